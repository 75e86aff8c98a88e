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

#[path = "../../tests/support/checks.rs"]
pub mod checks;

#[path = "../../tests/support/warc_check.rs"]
pub mod warc_check;

pub use oracle::{all_text, words_from_input};

/// Inputs larger than this are rejected by the `warc` target: enough to
/// reach its line (64 KiB) and header (256 KiB) limits.
pub const MAX_WARC_INPUT: usize = 1024 * 1024;

/// Inputs larger than this are rejected: the oracle parse has no depth guard
/// and would spend the fuzzer's time in html5ever's quadratic tree builder.
pub const MAX_INPUT: usize = 16 * 1024;


/// The article, or `None` for input refused as not HTML; panics on any
/// other error (inputs here are within every size limit).
pub fn unless_not_html(r: Result<decruft::Article, decruft::Error>) -> Option<decruft::Article> {
    match r {
        Ok(a) => Some(a),
        Err(decruft::Error::NotHtml { reason }) => {
            assert!(!reason.is_empty(), "a refusal gives its reason");
            None
        }
        Err(e) => panic!("unexpected error: {e}"),
    }
}

/// Panics if any output of `a` holds a control character other than a line
/// feed or a tab.
pub fn check_no_controls(a: &decruft::Article) {
    if let Err(e) = checks::no_controls(a) {
        panic!("{e}");
    }
}

/// Panics unless every word of `output` occurs in the input's text.
pub fn check_words_from_input(html: &str, output: &str) {
    if let Err(e) = words_from_input(html, output) {
        panic!("{e}");
    }
}

/// Panics unless every word of cleaned `output` is in `input` (invisible
/// characters removed, NFC, each line also read as mojibake repaired).
pub fn check_clean_words(input: &str, output: &str) {
    if let Err(e) = oracle::clean_words_from_input(input, output) {
        panic!("{e}");
    }
}

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
        .extract_bytes(bytes, None);
    let Some(a) = unless_not_html(a) else {
        return;
    };
    let json = serde_json::to_string(&a).expect("an article always serializes");
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["text"].as_str(), Some(a.text()));
    assert_eq!(v["title"].as_str(), a.title());
    let comments = v["comments"].as_array().map_or(0, Vec::len);
    assert_eq!(comments, a.comments().len());
}
