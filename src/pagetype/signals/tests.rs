use super::*;

fn features_of(html: &str, url: Option<&str>) -> Vec<(&'static str, f32)> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    FEATURE_NAMES
        .iter()
        .copied()
        .zip(features(&signals(&dom, url, &ClassWords::default())))
        .collect()
}

fn value(features: &[(&str, f32)], name: &str) -> f32 {
    features
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(f32::NAN, |(_, v)| *v)
}

#[test]
fn hosts_and_years() {
    assert_eq!(
        crate::url::host("https://Docs.X.org:8080/a?b").as_deref(),
        Some("docs.x.org")
    );
    assert_eq!(crate::url::host("/a/b"), None);
    assert_eq!(
        crate::url::host("//Docs.x.org/a").as_deref(),
        Some("docs.x.org")
    );
    assert!(is_year("2024") && !is_year("2024a") && !is_year("1234"));
}

#[test]
fn the_urls_shape_and_words() {
    let story = features_of(
        "<p>x</p>",
        Some("https://x.org/2024/05/a-story-about-tides"),
    );
    assert_eq!(value(&story, "url_dated"), 1.0);
    assert_eq!(value(&story, "url_service"), 0.0);
    let service = features_of("<p>x</p>", Some("https://x.org/services/roof-repair"));
    assert_eq!(value(&service, "url_service"), 1.0);
    assert_eq!(value(&service, "url_dated"), 0.0);
    let guide = features_of("<p>x</p>", Some("https://developer.x.com/start/intro"));
    assert_eq!(value(&guide, "url_guide"), 1.0);
    let tutorial = features_of("<p>x</p>", Some("https://x.com/tutorial/loops"));
    assert_eq!(value(&tutorial, "url_guide"), 1.0);
    // A relative canonical URL names no home page; forum software's
    // "viewtopic.php?t=3" is a thread.
    let topic = features_of("<p>x</p>", Some("viewtopic.php?t=3"));
    assert_eq!(value(&topic, "url_home"), 0.0);
    assert_eq!(value(&topic, "url_forum"), 1.0);
    assert_eq!(value(&features_of("<p>x</p>", Some("/")), "url_home"), 1.0);
    // An encyclopedia's entry is no guide.
    let entry = features_of("<p>x</p>", Some("https://en.x.org/wiki/Tides"));
    assert_eq!(value(&entry, "url_guide"), 0.0);
}

#[test]
fn runs_of_like_entries() {
    let card = "<div class='card'><h3><a href='/s'>A story about tides</a></h3>\
        <p>Why the sea rises twice a day, told by the harbour master.</p>\
        <time>May 1</time><span>$12.99</span></div>";
    let listing = features_of(&format!("<main>{}</main>", card.repeat(5)), None);
    assert_eq!(value(&listing, "like_entries"), 4f32.ln_1p());
    assert_eq!(value(&listing, "like_cards"), 4f32.ln_1p());
    assert_eq!(value(&listing, "like_dated"), 4f32.ln_1p());
    assert_eq!(value(&listing, "like_priced"), 4f32.ln_1p());
    assert!(value(&listing, "like_card_text_share") > 0.5);
    // Paragraphs of prose, and cards under different parents, are no run.
    let prose = "<p>The council met on Tuesday to debate the budget for the coming year, \
        and members argued for an hour about <a href='/b'>the old bridge</a>.</p>";
    let story = features_of(&prose.repeat(5), None);
    assert_eq!(value(&story, "like_entries"), 0.0);
    assert_eq!(value(&story, "long_paragraphs"), 0.0);
    assert_eq!(value(&story, "short_paragraphs"), 0.0);
    let apart = features_of(&format!("<section>{card}</section><div>{card}</div>"), None);
    assert_eq!(value(&apart, "like_entries"), 0.0);
}

#[test]
fn links_paragraphs_and_dates() {
    let page = features_of(
        "<meta property='article:modified_time' content='2024-05-01'>\
         <link rel='next' href='/page/2'><a href='#intro'>Intro</a>\
         <a href='tel:+15550100'>Call</a><a href='/page/3'>3</a>\
         <p>Short line.</p><form><input type='checkbox'><select></select></form>",
        None,
    );
    for (name, want) in [
        ("pager_links", 1f32.ln_1p()),
        ("anchor_links", 1f32.ln_1p()),
        ("contact_links", 1f32.ln_1p()),
        ("number_links", 1f32.ln_1p()),
        ("short_paragraphs", 1f32.ln_1p()),
        ("long_paragraphs", 0.0),
        ("choices", 2f32.ln_1p()),
        ("meta_modified", 1.0),
        ("meta_published", 0.0),
    ] {
        assert_eq!(value(&page, name), want, "{name}");
    }
}

#[test]
fn a_headline_or_a_name() {
    // The first <h1> and <title> only: a later h1, an h2 and the body
    // do not count.
    let story = features_of(
        "<title>How the tide turned</title><h1>How the tide turned on the \
         harbour</h1><h1>Comments</h1><h2>More</h2><p>Text.</p>",
        None,
    );
    assert_eq!(value(&story, "h1_chars"), 34f32.ln_1p());
    assert_eq!(value(&story, "h1_words"), 7f32.ln_1p());
    assert_eq!(value(&story, "title_chars"), 19f32.ln_1p());
    let service = features_of("<h1><span>Dental</span> <b>care</b></h1>", None);
    assert_eq!(value(&service, "h1_words"), 2f32.ln_1p());
    assert_eq!(value(&service, "h1_chars"), 10f32.ln_1p());
    // No title: the h1 names the page.
    assert_eq!(value(&service, "title_chars"), 10f32.ln_1p());
}

#[test]
fn a_titles_lead_and_a_byline_near_the_headline() {
    // "Name | Brand": a lead of two words in two parts; a story's
    // byline just under its headline.
    let story = features_of(
        "<title>How the tide turned on the harbour - The Gazette</title>\
         <h1>How the tide turned</h1><p class='post-author'>By A. Writer</p>\
         <p>Text.</p>",
        None,
    );
    assert_eq!(value(&story, "title_lead_words"), 7f32.ln_1p());
    assert_eq!(value(&story, "title_parts"), 2f32.ln_1p());
    assert_eq!(value(&story, "h1_byline"), 1.0);
    let service = features_of(
        "<title>Dental care | Clinic | Town</title><h1>Dental care</h1>\
         <p>We care for teeth.</p>",
        None,
    );
    assert_eq!(value(&service, "title_lead_words"), 2f32.ln_1p());
    assert_eq!(value(&service, "title_parts"), 3f32.ln_1p());
    assert_eq!(value(&service, "h1_byline"), 0.0);
    // A byline far below the headline (a comment's author) is no
    // story's header; one just above it is.
    let far = format!(
        "<h1>Dental care</h1>{}<span class='author'>Sam</span>",
        "<p>x</p>".repeat(NEAR_H1)
    );
    assert_eq!(value(&features_of(&far, None), "h1_byline"), 0.0);
    let above = features_of("<div class='byline'>Sam</div><h1>A story</h1>", None);
    assert_eq!(value(&above, "h1_byline"), 1.0);
}

#[test]
fn declared_leanings() {
    let page = features_of(
        r#"<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
        {"@type": ["ProfessionalService", "Organization"]}]}</script><p>x</p>"#,
        None,
    );
    assert_eq!(value(&page, "declared_page"), 1.0);
    assert_eq!(value(&page, "declared_service"), 1.0);
    assert_eq!(value(&page, "declared_list"), 0.0);
    let list = features_of(
        r#"<ul itemscope itemtype="https://schema.org/ItemList"><li>a</li></ul>"#,
        None,
    );
    assert_eq!(value(&list, "declared_list"), 1.0);
    assert_eq!(value(&list, "declared_page"), 0.0);
    assert_eq!(lean("https://schema.org/FAQPage"), LEAN_SERVICE);
    assert_eq!(lean("NewsArticle"), 0);
}

#[test]
fn a_landing_pages_short_sections_and_buttons() {
    // A service page: short pitches under h2s, buttons outside any
    // paragraph or list, no date by the headline.
    let pitch = "<h2>Repairs</h2><p>We fix boilers the same day.</p>\
                 <a class='btn' href='/quote'>Get a quote</a>";
    let service = features_of(
        &format!(
            "<h1>Heating</h1>{}<nav><a href='/'>Home</a></nav>\
             <ul><li><a href='/a'>About us</a></li></ul>",
            pitch.repeat(3)
        ),
        None,
    );
    assert_eq!(value(&service, "short_sections"), 3f32.ln_1p());
    assert_eq!(value(&service, "short_section_share"), 1.0);
    // The three buttons; not the menu's or the list's links.
    assert_eq!(value(&service, "loose_links"), 3f32.ln_1p());
    assert_eq!(value(&service, "h1_time"), 0.0);
    // A story: a dated header, one long section, its links in sentences.
    let long = "<p>The council met on Tuesday to debate the budget for the coming \
                year, and members argued about <a href='/b'>the bridge</a>.</p>";
    let story = features_of(
        &format!(
            "<h1>Council debates budget</h1><time datetime='2024-05-01'>May 1</time>\
             <h2>The debate</h2>{}<h2>Next</h2>{}",
            long.repeat(4),
            long.repeat(4)
        ),
        None,
    );
    assert_eq!(value(&story, "short_sections"), 0.0);
    assert_eq!(value(&story, "short_section_share"), 0.0);
    assert_eq!(value(&story, "loose_links"), 0.0);
    assert_eq!(value(&story, "h1_time"), 1.0);
    // Linked text inside <main>: a list's main part is its links.
    let list = features_of(
        "<a href='/'>Home page of the site</a><main><h2><a href='/1'>One</a></h2>\
         <h2><a href='/2'>Two</a></h2><p>Some words.</p></main>",
        None,
    );
    assert_eq!(value(&list, "main_link_share"), 6.0 / 17.0);
    assert_eq!(value(&list, "linked_heading_share"), 1.0);
}
