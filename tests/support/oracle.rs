//! The oracle for "every output word comes from the input's text", shared by
//! the property tests and the fuzz targets (`fuzz/src/lib.rs` includes this
//! file). It parses with html5ever into an RcDom without any of decruft's
//! limits and reads every text node, with a line break at each block
//! element's start and end (and at `<br>`), so that the words of two blocks
//! are two tokens: an output word glued across a block boundary ("end" +
//! "Next" → "endNext") is not in the input and fails. The bodies of
//! `<script>` and `<style>` are out of that flow, as on screen (the text on
//! either side of one is one token), and their own words a set apart.
#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{NodeData, RcDom};

/// Characters decruft removes from text (invisible ones).
fn visible(c: char) -> bool {
    // Bidi controls too: decruft drops them outside right-to-left lines.
    !matches!(
        c,
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{200e}' | '\u{200f}'
            | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Elements that separate the words before them from the words after them
/// (HTML's block-level elements, and `<br>`).
fn separates(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "listing"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "optgroup"
            | "option"
            | "p"
            | "pre"
            | "search"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "xmp"
            | "title"
    )
}

/// What the walk in [`all_text`] does next.
enum Step {
    Node(markup5ever_rcdom::Handle),
    Break,
}

/// All text of the document, in document order, NFC, invisible characters
/// removed, parsed with scripting off and no limits; a line break at each
/// block boundary.
pub fn all_text(html: &str) -> String {
    let (text, _) = text_and_scripts(html, false);
    text
}

/// [`all_text`], with (`apart` true) the bodies of `<script>` and `<style>`
/// taken out of the flow and returned second, a line each: a browser never
/// shows them, so the text on either side of one runs together as it does
/// on screen (decruft separates them, which a token's substring allows),
/// and the words decruft takes from them (JSON-LD) are still the input's.
fn text_and_scripts(html: &str, apart: bool) -> (String, String) {
    use unicode_normalization::UnicodeNormalization;
    // Scripting off, as decruft parses: <noscript> content is markup.
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom = html5ever::parse_document(RcDom::default(), opts)
        .from_utf8()
        .one(html.as_bytes());
    let mut out = String::new();
    let mut scripts = String::new();
    let mut stack = vec![Step::Node(dom.document.clone())];
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Node(n) => n,
            Step::Break => {
                out.push('\n');
                continue;
            }
        };
        if let NodeData::Text { contents } = &node.data {
            out.extend(contents.borrow().chars().filter(|&c| visible(c)));
        }
        if let NodeData::Element {
            name,
            template_contents,
            ..
        } = &node.data
        {
            if apart && matches!(&*name.local, "script" | "style") {
                for child in node.children.borrow().iter() {
                    if let NodeData::Text { contents } = &child.data {
                        scripts.extend(contents.borrow().chars().filter(|&c| visible(c)));
                    }
                }
                scripts.push('\n');
                continue;
            }
            if separates(&name.local) {
                out.push('\n');
                stack.push(Step::Break);
            }
            if let Some(t) = template_contents.borrow().as_ref() {
                stack.push(Step::Node(t.clone()));
            }
        }
        for child in node.children.borrow().iter().rev() {
            stack.push(Step::Node(child.clone()));
        }
    }
    (out.nfc().collect(), scripts.nfc().collect())
}

/// The words of `text` (runs of alphanumeric characters).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Every word of `output` occurs in one token of the input document's text
/// (a token never spans a block boundary). Within a token is enough: a cut
/// inline element rightly splits the word around it.
pub fn words_from_input(html: &str, output: &str) -> Result<(), String> {
    let (source, scripts) = text_and_scripts(html, true);
    let tokens: std::collections::HashSet<&str> = words(&source).chain(words(&scripts)).collect();
    let in_source = |w: &str| tokens.contains(w) || tokens.iter().any(|t| t.contains(w));
    match words(output).find(|w| !in_source(w)) {
        Some(w) => Err(format!("output word {w:?} is not in the input's text")),
        None => Ok(()),
    }
}

/// Every word of `clean_text`'s output is in its input: compared after NFC
/// and without invisible characters, and, for lines that mojibake repair
/// rewrote, against the input cleaned alone (the repair is the only change
/// cleaning makes to words).
pub fn clean_words_from_input(input: &str, output: &str) -> Result<(), String> {
    use unicode_normalization::UnicodeNormalization;
    let source: String = input
        .chars()
        .filter(|&c| visible(c))
        .collect::<String>()
        .nfc()
        .collect();
    match words(output).find(|w| !source.contains(w)) {
        None => Ok(()),
        Some(w) => {
            // A repaired line: its words must come from the repaired input.
            let repaired = decruft::Cleaner::new().explain(input);
            if repaired.iter().any(|r| r.text().contains(w)) {
                Ok(())
            } else {
                Err(format!("output word {w:?} is not in the input"))
            }
        }
    }
}
