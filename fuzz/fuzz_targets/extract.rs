#![no_main]
//! `decruft::extract` on arbitrary bytes (read as UTF-8, lossily) and
//! `decruft::extract_bytes` on the same bytes: neither panics, neither fails
//! but with `NotHtml`, every output word of `extract` comes from the input's
//! text, no output holds a control character but line feed and tab, and
//! when the bytes decode as UTF-8 both give the same article.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let html = String::from_utf8_lossy(data);
    let Some(article) = decruft_fuzz::unless_not_html(decruft::extract(&html)) else {
        return Corpus::Keep;
    };
    decruft_fuzz::check_words_from_input(&html, article.text());
    decruft_fuzz::check_no_controls(&article);
    let Some(from_bytes) = decruft_fuzz::unless_not_html(decruft::extract_bytes(data, None)) else {
        return Corpus::Keep;
    };
    decruft_fuzz::check_no_controls(&from_bytes);
    let utf8_without_bom = std::str::from_utf8(data).is_ok_and(|s| !s.starts_with('\u{feff}'));
    if from_bytes.encoding() == Some("UTF-8") && utf8_without_bom {
        assert_eq!(
            from_bytes.text(),
            article.text(),
            "extract_bytes differs from extract"
        );
        assert_eq!(
            from_bytes.title(),
            article.title(),
            "extract_bytes differs from extract"
        );
    }
    Corpus::Keep
});
