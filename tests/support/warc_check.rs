//! The `warc` fuzz target's check, shared with its replay on stable
//! (`tests/fuzz_replay.rs`); `fuzz/src/lib.rs` includes this file.
#![allow(dead_code)]

use decruft::warc::{decode_body, HttpPage, Record, WarcReader};

/// Payload limit: small, so that the limit code is reached.
const MAX_PAYLOAD: usize = 4096;

/// The pages a reader of `data` yields, checking every record on the way.
fn pages(data: &[u8]) -> Result<Vec<HttpPage>, String> {
    let mut pages = Vec::new();
    let mut items = 0usize;
    for record in WarcReader::new(data, MAX_PAYLOAD) {
        items += 1;
        // Each item consumes input: a record, or bytes skipped.
        if items > data.len() + 1 {
            return Err("more records than bytes".to_owned());
        }
        if let Record::Page(page) = record {
            if page.body.len() > MAX_PAYLOAD {
                return Err("payload over the limit".to_owned());
            }
            if decode_body(&page, MAX_PAYLOAD).is_ok_and(|b| b.len() > MAX_PAYLOAD) {
                return Err("decoded payload over the limit".to_owned());
            }
            pages.push(page);
        }
    }
    Ok(pages)
}

/// `data` as one gzip member.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to memory cannot fail.
    let _ = gz.write_all(data);
    gz.finish().unwrap_or_default()
}

/// The WARC reader on `data` as it is (plain or gzip, by its magic bytes)
/// and gzipped as one member: ends, never yields a payload over the limit,
/// and the gzipped stream's pages are a prefix of the plain stream's (the
/// gzip layer never invents or alters a page). The payload decoders
/// (chunked, gzip, deflate) on the same bytes stay within their limit.
pub fn warc(data: &[u8]) -> Result<(), String> {
    let plain = pages(data)?;
    if !data.starts_with(&[0x1f, 0x8b]) {
        let zipped = pages(&gzip(data))?;
        if zipped.len() > plain.len() || zipped[..] != plain[..zipped.len()] {
            return Err("the gzipped stream gave other pages".to_owned());
        }
    }
    for (te, ce) in [
        (Some("chunked"), None),
        (None, Some("gzip")),
        (None, Some("deflate")),
        (Some("chunked"), Some("gzip")),
    ] {
        let mut page = HttpPage::default();
        page.body = data.to_vec();
        page.transfer_encoding = te.map(str::to_owned);
        page.content_encoding = ce.map(str::to_owned);
        if decode_body(&page, MAX_PAYLOAD).is_ok_and(|b| b.len() > MAX_PAYLOAD) {
            return Err(format!("{te:?}/{ce:?} payload over the limit"));
        }
    }
    Ok(())
}
