//! Shared invariants for the fuzz targets. The oracle is the crate's own
//! test oracle (`tests/support/oracle.rs`), so the stable tests that replay
//! fuzz finds check exactly what the targets check.

#[path = "../../tests/support/oracle.rs"]
mod oracle;

#[path = "../../tests/support/markdown.rs"]
mod markdown;

#[path = "../../tests/support/fuzz_checks.rs"]
mod fuzz_checks;

pub use fuzz_checks::{check_clean_text, check_extract, check_extract_options};

/// Panics with the message of a failed check.
pub fn check(result: Result<(), String>) {
    if let Err(e) = result {
        panic!("{e}");
    }
}

pub use oracle::{all_text, words_from_input};

/// Inputs larger than this are rejected: the oracle parse has no depth guard
/// and would spend the fuzzer's time in html5ever's quadratic tree builder.
pub const MAX_INPUT: usize = 16 * 1024;

/// Panics unless the Markdown of `html` (links, images, base URL and
/// comments on) leaves text and title as they are without it and reads back,
/// through a CommonMark parser, as the text (`tests/support/markdown.rs`).
pub fn check_markdown(html: &str) {
    if let Err(e) = markdown::check(html) {
        panic!("{e}");
    }
}

/// Panics unless the article of `bytes` (Markdown, comments and explanation
/// on) serializes to JSON that parses back with its title, text and comments.
pub fn check_json(bytes: &[u8]) {
    let a = decruft::Options::new()
        .markdown(true)
        .comments(true)
        .explain(true)
        .build()
        .extract_bytes(bytes, None)
        .expect("input is within the limits");
    let json = serde_json::to_string(&a).expect("an article always serializes");
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["text"].as_str(), Some(a.text()));
    assert_eq!(v["title"].as_str(), a.title());
    let comments = v["comments"].as_array().map_or(0, Vec::len);
    assert_eq!(comments, a.comments().len());
}
