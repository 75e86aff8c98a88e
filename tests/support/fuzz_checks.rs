//! The fuzz targets' checks, shared by the targets (`fuzz/fuzz_targets/`,
//! which panic on an `Err`) and their stable replay (`tests/fuzz_replay.rs`,
//! which lists every `Err`): one function per target, so the replay checks
//! exactly what the target checks.

use super::oracle;

/// `extract` on bytes read lossily as UTF-8 and `extract_bytes` on the same
/// bytes: both succeed, every output word of `extract` comes from the
/// input's text, and when the bytes are UTF-8 (no BOM) both agree.
pub fn check_extract(bytes: &[u8]) -> Result<(), String> {
    let html = String::from_utf8_lossy(bytes);
    let a = decruft::extract(&html).map_err(|e| format!("extract: {e}"))?;
    oracle::words_from_input(&html, a.text())?;
    let b = decruft::extract_bytes(bytes, None).map_err(|e| format!("extract_bytes: {e}"))?;
    let utf8 = std::str::from_utf8(bytes).is_ok_and(|s| !s.starts_with('\u{feff}'));
    if b.encoding() == Some("UTF-8") && utf8 && (b.text() != a.text() || b.title() != a.title()) {
        return Err("extract_bytes differs from extract".into());
    }
    Ok(())
}

/// `clean_text` is idempotent and adds no word.
pub fn check_clean_text(text: &str) -> Result<(), String> {
    let once = decruft::clean_text(text);
    if decruft::clean_text(&once) != once {
        return Err("not idempotent".into());
    }
    oracle::clean_words_from_input(text, &once)
}

/// An extractor built from `options` errs only on a too-large input, its
/// words come from the input, and explaining changes nothing.
pub fn check_extract_options(options: decruft::Options, html: &str) -> Result<(), String> {
    let plain = options.clone().build().extract(html);
    let explained = options.explain(true).build().extract(html);
    match (plain, explained) {
        (Ok(a), Ok(b)) => {
            if a.text() != b.text() || a.title() != b.title() {
                return Err("explain changed the output".into());
            }
            oracle::words_from_input(html, a.text())
        }
        (Err(decruft::Error::InputTooLarge { len, max }), Err(_)) if len > max => Ok(()),
        other => Err(format!("unexpected results: {other:?}")),
    }
}
