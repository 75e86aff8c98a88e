//! Markdown read back to text by a real CommonMark parser (pulldown-cmark,
//! with GFM tables and strikethrough), for the round-trip checks: the
//! Markdown decruft renders, parsed and stripped of its markup, must have
//! the words of the plain text it renders, in the same order. Images give
//! no text (the plain text has none for them).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The text a CommonMark reader sees in `md`, blocks separated by spaces.
pub fn strip(md: &str) -> String {
    let mut out = String::new();
    let mut in_image = 0usize;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if in_image == 0 => out.push_str(&t),
            Event::Html(t) | Event::InlineHtml(t) if in_image == 0 => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            // Block boundaries separate words; inline markup does not.
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::Table(_)
                | Tag::TableHead
                | Tag::TableRow
                | Tag::TableCell,
            ) => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::TableCell,
            ) => out.push(' '),
            _ => {}
        }
    }
    out
}

/// The round-trip invariant shared by the property test, the fuzz target
/// and the replay of its finds: with Markdown, links, images, a base URL
/// and comments on, text and title are those of a plain extraction, and the
/// Markdown reads back, through a CommonMark parser, as the text.
pub fn check(html: &str) -> Result<(), String> {
    let plain = match decruft::extract(html) {
        // Refused (it starts with a binary format's magic number): there
        // is no Markdown to check.
        Err(decruft::Error::NotHtml { .. }) => return Ok(()),
        other => other.map_err(|e| e.to_string())?,
    };
    let a = decruft::Options::new()
        .markdown(true)
        .links(true)
        .images(true)
        .base_url("https://example.org/a/b?c#d")
        .comments(true)
        .build()
        .extract(html)
        .map_err(|e| e.to_string())?;
    if plain.text() != a.text() || plain.title() != a.title() {
        return Err("Markdown or comments changed the text or the title".to_owned());
    }
    let md = a.markdown().unwrap_or_default();
    if words(&strip(md)) != words(a.text()) {
        return Err(format!("Markdown does not read back as the text:\n{md}"));
    }
    Ok(())
}

/// White space collapsed, for comparing texts whose line layout differs.
pub fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn reads_what_decruft_writes() {
    let md = "## A *b*\n\n- one **two**\n    1. x\\*y [link](http://a/%28b%29)\n\n| a | b\\|c |\n| --- | --- |\n\n```\n*raw*\n```\n\n> q\\\n> r ![i](s) `` a`b ``";
    assert_eq!(
        words(&strip(md)),
        "A b one two x*y link a b|c *raw* q r a`b"
    );
}
