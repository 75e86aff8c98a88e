#![no_main]
//! `decruft::extract` on arbitrary bytes (read as UTF-8, lossily): never
//! panics, and every output word comes from the input's text.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let html = String::from_utf8_lossy(data);
    let article = decruft::extract(&html).expect("input is within the limits");
    decruft_fuzz::check_words_from_input(&html, article.text());
    Corpus::Keep
});
