//! Checks shared by the fuzz targets added for issue 13 (`extract_bytes`,
//! `warc`) and their replay on stable (`tests/fuzz_replay.rs`);
//! `fuzz/src/lib.rs` includes this file. Each returns why an input fails.
#![allow(dead_code)]

/// Every output of `a` is free of control characters but line feed and tab.
pub fn no_controls(a: &decruft::Article) -> Result<(), String> {
    let stray = |s: &str| s.chars().any(|c| c.is_control() && c != '\n' && c != '\t');
    let mut fields = vec![
        a.text(),
        a.title().unwrap_or(""),
        a.markdown().unwrap_or(""),
        a.description().unwrap_or(""),
        a.site_name().unwrap_or(""),
    ];
    fields.extend(a.comments().iter().map(decruft::Comment::text));
    match fields.into_iter().find(|f| stray(f)) {
        Some(f) => Err(format!("control character in output: {f:?}")),
        None => Ok(()),
    }
}

/// Transport charsets tried by [`extract_bytes`] (`None`: no Content-Type).
const LABELS: [Option<&str>; 12] = [
    None,
    None,
    None,
    Some("utf-8"),
    Some("windows-1252"),
    Some("shift_jis"),
    Some("gb18030"),
    Some("utf-16le"),
    Some("iso-2022-jp"),
    Some("koi8-r"),
    Some("x-user-defined"),
    Some("no-such-charset"),
];

/// `extract_bytes` on `data` past its first two bytes, which choose a
/// transport charset and an input limit: fails only with `NotHtml` or, over
/// the limit, `InputTooLarge`; no output holds a control character; the
/// encoding it reports is a real one, and naming it as the transport
/// charset gives the same article.
pub fn extract_bytes(data: &[u8]) -> Result<(), String> {
    let [label, limit, bytes @ ..] = data else {
        return Ok(());
    };
    let label = LABELS
        .get(usize::from(*label) % LABELS.len())
        .copied()
        .flatten();
    let content_type = label.map(|l| format!("text/html; charset={l}"));
    // Mostly no limit in reach; sometimes one the input may be over.
    let max = if *limit < 16 {
        usize::from(*limit) * 64
    } else {
        decruft::limits::DEFAULT_MAX_INPUT_BYTES
    };
    let extractor = decruft::Options::new().max_input_bytes(max).build();
    let article = match extractor.extract_bytes(bytes, content_type.as_deref()) {
        Ok(a) => a,
        Err(decruft::Error::InputTooLarge { len, max: m }) if len > m && bytes.len() > max => {
            return Ok(())
        }
        Err(decruft::Error::NotHtml { reason }) if !reason.is_empty() => return Ok(()),
        Err(e) => return Err(format!("unexpected error: {e:?}")),
    };
    no_controls(&article)?;
    let Some(encoding) = article.encoding() else {
        return Err("no encoding reported".to_owned());
    };
    if encoding_rs::Encoding::for_label(encoding.as_bytes()).is_none() {
        return Err(format!("not an encoding: {encoding}"));
    }
    let again = extractor
        .extract_bytes(bytes, Some(&format!("text/html; charset={encoding}")))
        .map_err(|e| format!("the same bytes again: {e}"))?;
    if again.text() != article.text() || again.title() != article.title() {
        return Err(format!(
            "decoding with {encoding} named gives another article"
        ));
    }
    Ok(())
}
