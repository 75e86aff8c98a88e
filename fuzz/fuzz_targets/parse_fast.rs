#![no_main]
//! The parser's fast path (plain text and tags read past html5ever's
//! tokenizer) against the tokenizer alone, on arbitrary bytes (read as
//! UTF-8, lossily): both build the same tree, at the default limits and, when
//! the first byte has its top bit set, at a small element limit taken from
//! it (the tree must be cut at the same place too).

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let (max_elements, rest) = match data.split_first() {
        Some((&b, rest)) if b & 0x80 != 0 => (Some(usize::from(b & 0x3f) + 1), rest),
        _ => (None, data),
    };
    let html = String::from_utf8_lossy(rest);
    decruft_fuzz::check(decruft::stages::parse_both(&html, max_elements));
    Corpus::Keep
});
