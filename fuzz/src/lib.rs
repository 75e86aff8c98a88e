//! Shared invariants for the fuzz targets (also replayed on stable by the
//! crate's tests, see `tests/fuzz_replay.rs`).

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{NodeData, RcDom};

/// Inputs larger than this are rejected: the oracle parse has no depth guard
/// and would spend the fuzzer's time in html5ever's quadratic tree builder.
pub const MAX_INPUT: usize = 16 * 1024;

/// Characters decruft removes from text (invisible ones).
fn visible(c: char) -> bool {
    !matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// All text of the document, concatenated in document order, parsed without
/// any of decruft's limits.
pub fn all_text(html: &str) -> String {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut out = String::new();
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            out.extend(contents.borrow().chars().filter(|&c| visible(c)));
        }
        if let NodeData::Element { template_contents, .. } = &node.data {
            if let Some(t) = template_contents.borrow().as_ref() {
                stack.push(t.clone());
            }
        }
        for child in node.children.borrow().iter().rev() {
            stack.push(child.clone());
        }
    }
    out
}

/// Every word of `output` occurs in the input document's text.
pub fn check_words_from_input(html: &str, output: &str) {
    let source = all_text(html);
    for word in output.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        assert!(
            source.contains(word),
            "output word {word:?} is not in the input's text"
        );
    }
}
