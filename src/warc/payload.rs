//! A WARC response's payload as the page's bytes: HTTP transfer and content
//! codings undone (in the `decruft` program, by the worker that extracts the
//! page, so that the reading thread only copies bytes).

use std::io::Read;

use super::HttpPage;

/// The payload with its transfer and content codings undone: chunked
/// transfer coding, then gzip or deflate. Payloads marked chunked that do not
/// parse as chunks are taken as they are (crawlers that de-chunk but keep
/// the header). The result is refused past `max` bytes.
///
/// # Errors
/// A message when the coding is unsupported (`br`, `zstd`…), the compressed
/// data is damaged, or the result is over `max` bytes.
///
/// ```
/// let mut page = decruft::warc::HttpPage::default();
/// page.body = b"4\r\n<p>A\r\n5\r\n</p>B\r\n0\r\n\r\n".to_vec();
/// page.transfer_encoding = Some("chunked".into());
/// assert_eq!(decruft::warc::decode_body(&page, 100).unwrap(), b"<p>A</p>B");
/// ```
pub fn decode_body(page: &HttpPage, max: usize) -> Result<Vec<u8>, String> {
    let chunked = page
        .transfer_encoding
        .as_deref()
        .is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let dechunked = if chunked { dechunk(&page.body) } else { None };
    let body = dechunked.as_deref().unwrap_or(&page.body);
    let coding = page
        .content_encoding
        .as_deref()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let reader: Box<dyn Read + '_> = match coding.as_str() {
        // No content coding: the limit still holds (a body marked chunked
        // that does not parse as chunks is taken whole).
        "" | "identity" if body.len() > max => return Err(over_limit(max)),
        "" | "identity" => return Ok(body.to_vec()),
        "gzip" | "x-gzip" => Box::new(flate2::read::MultiGzDecoder::new(body)),
        "deflate" => Box::new(flate2::read::ZlibDecoder::new(body)),
        other => return Err(format!("unsupported Content-Encoding {other:?}")),
    };
    let mut out = Vec::new();
    reader
        .take(max as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("Content-Encoding {coding}: {e}"))?;
    if out.len() > max {
        return Err(over_limit(max));
    }
    Ok(out)
}

/// The message for a payload whose decoded bytes pass the limit.
fn over_limit(max: usize) -> String {
    format!("decoded payload is more than the limit of {max} bytes")
}

/// Undoes chunked transfer coding (RFC 9112 §7.1): hex size lines (with
/// optional `;extensions`), data, CRLF, up to a zero size. `None` when the
/// input is not well-formed chunks.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let eol = b.iter().position(|&c| c == b'\n')?;
        let line = std::str::from_utf8(b.get(..eol)?).ok()?;
        let hex = line.split(';').next()?.trim();
        let size = usize::from_str_radix(hex, 16).ok()?;
        b = b.get(eol + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn chunked_and_gzip_payloads_are_decoded() {
        let mut p = HttpPage {
            body: b"4\r\n<p>A\r\n5;x=1\r\n</p>B\r\n0\r\n\r\n".to_vec(),
            transfer_encoding: Some("chunked".into()),
            ..HttpPage::default()
        };
        assert_eq!(decode_body(&p, 100).unwrap(), b"<p>A</p>B");
        // Already de-chunked despite the header: kept as is.
        p.body = b"<p>plain</p>".to_vec();
        assert_eq!(decode_body(&p, 100).unwrap(), b"<p>plain</p>");

        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<p>zipped</p>").unwrap();
        let p = HttpPage {
            body: gz.finish().unwrap(),
            content_encoding: Some("gzip".into()),
            ..HttpPage::default()
        };
        assert_eq!(decode_body(&p, 100).unwrap(), b"<p>zipped</p>");
        assert!(decode_body(&p, 5).is_err());
        let p = HttpPage {
            content_encoding: Some("br".into()),
            ..HttpPage::default()
        };
        assert!(decode_body(&p, 100).is_err());
    }

    #[test]
    fn an_uncompressed_payload_over_the_limit_is_refused() {
        // The fuzz find: a body marked chunked that is no chunks was taken
        // whole, past the limit.
        let mut p = HttpPage {
            body: vec![b'x'; 101],
            transfer_encoding: Some("chunked".into()),
            ..HttpPage::default()
        };
        assert!(decode_body(&p, 100).is_err());
        p.transfer_encoding = None;
        assert!(decode_body(&p, 100).is_err());
        p.content_encoding = Some("identity".into());
        assert!(decode_body(&p, 100).is_err());
        p.body.truncate(100);
        assert_eq!(decode_body(&p, 100).unwrap().len(), 100);
        // Chunks decoding to the limit pass, whatever the coded length.
        p.body = b"64\r\n"
            .iter()
            .chain(&[b'y'; 100])
            .chain(b"\r\n0\r\n\r\n")
            .copied()
            .collect();
        p.transfer_encoding = Some("chunked".into());
        assert_eq!(decode_body(&p, 100).unwrap().len(), 100);
    }
}
