use super::marks_in;

#[test]
fn in_comments_is_any_ancestor_marked_as_comments() {
    let html = r#"<div id="comments"><div><p><span>a</span></p></div></div><div><p>b</p></div>"#;
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let mut r = super::Reader::default();
    for id in 0..dom.len() {
        let expected = dom.ancestors(id).any(|a| {
            dom.element(a).and_then(crate::hints::element_hint)
                == Some(crate::boilerplate::Boilerplate::Comments)
        });
        assert_eq!(r.in_comments(&dom, id), expected, "node {id}");
    }
    assert!((0..dom.len()).any(|id| r.in_comments(&dom, id)));
}

#[test]
fn byline_and_date_marks() {
    assert_eq!(
        marks_in("post-Byline entry-DATE"),
        super::BYLINE | super::DATE
    );
    assert_eq!(marks_in("author-bio"), super::AUTHOR | super::BIO);
    assert_eq!(marks_in("autho"), 0);
}

#[test]
fn json_ld_with_raw_line_breaks_in_a_string_is_read() {
    let v = super::parse_json_ld(
        "{\"@type\": \"DiscussionForumPosting\",\n\t\"articleBody\": \"First line.\n\tSecond.\",\
         \"datePublished\": \"2024-02-21 13:00:00\"}",
    );
    let date = v.as_ref().and_then(|v| v.get("datePublished"));
    assert_eq!(date.and_then(|d| d.as_str()), Some("2024-02-21 13:00:00"));
    assert!(super::parse_json_ld("{\"a\": }").is_none());
}
