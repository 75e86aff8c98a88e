//! Shared invariants for the fuzz targets. The oracle is the crate's own
//! test oracle (`tests/support/oracle.rs`), so the stable tests that replay
//! fuzz finds check exactly what the targets check.

#[path = "../../tests/support/oracle.rs"]
mod oracle;

pub use oracle::{all_text, words_from_input};

/// Inputs larger than this are rejected: the oracle parse has no depth guard
/// and would spend the fuzzer's time in html5ever's quadratic tree builder.
pub const MAX_INPUT: usize = 16 * 1024;

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
