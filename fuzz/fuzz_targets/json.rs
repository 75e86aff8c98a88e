#![no_main]
//! The JSON renderer (serde) on arbitrary bytes, with Markdown, comments and
//! the explanation on: never panics, always serializes, and the JSON parses
//! back with the article's title, text and comments.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    decruft_fuzz::check_json(data);
    Corpus::Keep
});
