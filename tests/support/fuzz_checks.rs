//! The fuzz targets' checks, shared by the targets (`fuzz/fuzz_targets/`,
//! which panic on an `Err`) and their stable replay (`tests/fuzz_replay.rs`,
//! which lists every `Err`): one function per target, so the replay checks
//! exactly what the target checks.

use super::{checks, oracle};

/// The article, `None` for an input refused as not HTML (with a reason),
/// or the error.
fn unless_not_html(
    r: Result<decruft::Article, decruft::Error>,
    what: &str,
) -> Result<Option<decruft::Article>, String> {
    match r {
        Ok(a) => Ok(Some(a)),
        Err(decruft::Error::NotHtml { reason }) if !reason.is_empty() => Ok(None),
        Err(e) => Err(format!("{what}: {e}")),
    }
}

/// `extract` on bytes read lossily as UTF-8 and `extract_bytes` on the same
/// bytes: both succeed or refuse the input as not HTML, every output word
/// of `extract` comes from the input's text, no output holds a control
/// character but line feed and tab, and when the bytes are UTF-8 (no BOM)
/// both agree.
pub fn check_extract(bytes: &[u8]) -> Result<(), String> {
    let html = String::from_utf8_lossy(bytes);
    let Some(a) = unless_not_html(decruft::extract(&html), "extract")? else {
        return Ok(());
    };
    oracle::words_from_input(&html, a.text())?;
    checks::no_controls(&a)?;
    let Some(b) = unless_not_html(decruft::extract_bytes(bytes, None), "extract_bytes")? else {
        return Ok(());
    };
    checks::no_controls(&b)?;
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
            checks::no_controls(&a)?;
            oracle::words_from_input(html, a.text())
        }
        (Err(decruft::Error::NotHtml { .. }), Err(decruft::Error::NotHtml { .. })) => Ok(()),
        (Err(decruft::Error::InputTooLarge { len, max }), Err(_)) if len > max => Ok(()),
        other => Err(format!("unexpected results: {other:?}")),
    }
}
