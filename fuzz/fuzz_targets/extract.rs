#![no_main]
//! `decruft::extract` on arbitrary bytes (read as UTF-8, lossily) and
//! `decruft::extract_bytes` on the same bytes: neither panics, every output
//! word of `extract` comes from the input's text, and when the bytes decode
//! as UTF-8 both give the same article.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let html = String::from_utf8_lossy(data);
    let article = decruft::extract(&html).expect("input is within the limits");
    decruft_fuzz::check_words_from_input(&html, article.text());
    let from_bytes = decruft::extract_bytes(data, None).expect("input is within the limits");
    let utf8_without_bom = std::str::from_utf8(data).is_ok_and(|s| !s.starts_with('\u{feff}'));
    if from_bytes.encoding() == Some("UTF-8") && utf8_without_bom {
        assert_eq!(from_bytes.text(), article.text(), "extract_bytes differs from extract");
        assert_eq!(from_bytes.title(), article.title(), "extract_bytes differs from extract");
    }
    Corpus::Keep
});
