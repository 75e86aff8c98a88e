//! Torture inputs, generated here (nothing big is committed). Each asserts a
//! property of the output, never a time: speed is shown by the benchmarks.

const MARKER: &str = "The marker sentence at the very bottom of the page must survive.";

fn extract(html: &str) -> decruft::Article {
    decruft::extract(html).expect("within the default limits")
}

fn deep(open: &str, close: &str, n: usize, closed: bool) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + 200);
    s.push_str("<html><body>");
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str("<p>");
    s.push_str(MARKER);
    s.push_str("</p>");
    if closed {
        for _ in 0..n {
            s.push_str(close);
        }
    }
    s.push_str("</body></html>");
    s
}

#[test]
fn deep_nesting_keeps_the_bottom_text() {
    for (open, close, n) in [
        ("<div>", "</div>", 200_000),
        ("<ul><li>", "</li></ul>", 100_000),
        ("<li>", "</li>", 100_000),
        ("<table><tr><td>", "</td></tr></table>", 100_000),
        ("<blockquote>", "</blockquote>", 100_000),
        ("<b>", "</b>", 100_000),
        ("<span>", "</span>", 100_000),
    ] {
        for closed in [true, false] {
            let a = extract(&deep(open, close, n, closed));
            assert!(
                a.text().contains(MARKER),
                "{open} x{n} closed={closed}: marker lost: {:?}",
                a.text().get(..200)
            );
        }
    }
}

#[test]
fn a_million_sibling_links_is_navigation() {
    let mut s = String::from("<html><body><article><p>");
    s.push_str(MARKER);
    s.push_str(
        " It sits above a huge list of links, which is not part of the article.</p></article><div>",
    );
    for i in 0..1_000_000 {
        s.push_str(&format!("<a href=\"/p/{i}\">link {i}</a>"));
    }
    s.push_str("</div></body></html>");
    let a = extract(&s);
    assert!(a.text().contains(MARKER));
    assert!(!a.text().contains("link 999999"));
}

#[test]
fn huge_text_node_and_attribute() {
    let big = "word ".repeat(4_000_000); // 20 MB
    let a = extract(&format!("<p>{big}</p>"));
    assert_eq!(a.text().len(), big.trim_end().len());

    let attr = "x".repeat(10_000_000);
    let a = extract(&format!("<div class=\"{attr}\"><p>{MARKER}</p></div>"));
    assert_eq!(a.text(), MARKER);
}

#[test]
fn many_attributes_and_line_breaks() {
    let mut tag = String::from("<div");
    for i in 0..100_000 {
        tag.push_str(&format!(" data-a{i}=\"{i}\""));
    }
    tag.push('>');
    let a = extract(&format!("{tag}<p>{MARKER}</p></div>"));
    assert_eq!(a.text(), MARKER);

    let a = extract(&format!("<p>{MARKER}</p>{}", "<br>".repeat(100_000)));
    assert_eq!(a.text(), MARKER);
}

#[test]
fn misnested_formatting_and_control_characters() {
    let mut s = String::new();
    for i in 0..20_000 {
        s.push_str(&format!("<b id=\"{i}\"><i><p>x{i}</b></i>"));
    }
    s.push_str(&format!("<p>{MARKER}</p>"));
    let a = extract(&s);
    assert!(a.text().contains(MARKER));

    let a = extract(&format!("<p>\u{0}\u{1}{MARKER}\u{fffd}</p>"));
    assert!(a.text().contains(MARKER));
}

#[test]
fn empty_and_boilerplate_only_pages_are_empty() {
    for html in ["", "   \n\t ", "<html></html>", "<!-- only a comment -->"] {
        assert!(extract(html).is_empty(), "{html:?}");
    }
    let form = r#"<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
        <form><p>Your email address will not be published. Required fields are marked *</p>
        <textarea></textarea><input type="submit" value="Post Comment"></form></div>"#;
    assert!(extract(form).is_empty(), "{:?}", extract(form).text());
}
