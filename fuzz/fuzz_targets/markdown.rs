#![no_main]
//! The Markdown renderer on arbitrary bytes (read as UTF-8, lossily), with
//! links, images, a base URL and comments on: never panics, changes neither
//! text nor title, and the Markdown read back by a CommonMark parser
//! (pulldown-cmark) has the words of the text, in order.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let html = String::from_utf8_lossy(data);
    decruft_fuzz::check_markdown(&html);
    Corpus::Keep
});
