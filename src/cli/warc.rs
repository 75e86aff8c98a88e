//! A small streaming WARC reader: the HTML responses of a WARC 1.0/1.1 file,
//! one record at a time.
//!
//! Written here rather than taken from crates.io: the `warc` crate pulls in
//! nom, chrono, url and an old uuid and its buffered records have no size
//! bound; `rust_warc` reads every record's whole block into memory whatever its
//! size or type. Here a record's block is only read into memory when it is an
//! HTML response no larger than the extractor's input limit; every other block
//! (images, video, requests, metadata) is skipped as a stream, so neither a
//! 5 GB file nor a 2 GB record is ever held in memory.
//!
//! Format (ISO 28500): a version line (`WARC/1.0`, `WARC/1.1`), header lines
//! `Name: value` (continuation lines start with a space or tab), an empty
//! line, exactly `Content-Length` bytes of block, then `\r\n\r\n`. A
//! `response` record whose Content-Type is `application/http` holds the HTTP
//! response as received: status line, headers, empty line, payload. The
//! payload may still be chunked or compressed (wget keeps what the server
//! sent; Common Crawl de-chunks and decompresses and renames the headers):
//! the record carries the headers' `Transfer-Encoding` and `Content-Encoding`
//! and [`decode_body`](super::payload::decode_body) undoes them.

use std::io::{self, BufRead, Read};

/// Longest WARC or HTTP header line accepted. Real lines are under a few KiB
/// (long URIs, cookies); a longer one means the stream is not a WARC file or
/// is corrupt, and reading it unbounded could take all memory.
const MAX_LINE: u64 = 64 * 1024;

/// Most bytes in one WARC record's header block. Crawlers write some 20
/// headers; this leaves ample room and bounds memory on garbage input.
const MAX_WARC_HEADER: usize = 256 * 1024;

/// Most bytes in the HTTP status line and headers inside a response record.
/// Servers themselves refuse more than 8–64 KiB of headers; 256 KiB is
/// generous and keeps a corrupt record from being read as headers without end.
const MAX_HTTP_HEADER: u64 = 256 * 1024;

/// Empty lines skipped between records before giving up. A record ends with
/// `\r\n\r\n`; some writers add a few more.
const MAX_BLANK_LINES: usize = 16;

/// One record of interest: an HTML page, or why a record could not be read.
#[derive(Debug)]
pub enum Record {
    /// An HTML response (or resource) record.
    Page(HttpPage),
    /// A record that could not be read; `uri` when its header named one.
    Failed {
        /// The record's `WARC-Target-URI`, when known.
        uri: Option<String>,
        /// Why.
        error: String,
    },
}

/// The payload of an HTML response, as stored.
#[derive(Debug, Default)]
pub struct HttpPage {
    /// `WARC-Target-URI`.
    pub uri: String,
    /// The HTTP Content-Type header (for its charset).
    pub content_type: Option<String>,
    /// The payload bytes, possibly still chunked or compressed.
    pub body: Vec<u8>,
    /// The HTTP `Transfer-Encoding` header, if any.
    pub transfer_encoding: Option<String>,
    /// The HTTP `Content-Encoding` header, if any.
    pub content_encoding: Option<String>,
}

/// Reads the records of a WARC stream (already decompressed), yielding HTML
/// pages and failures and silently skipping every other record. After a
/// failure that loses the record boundaries (truncation, a bad header) the
/// reader stops: WARC has no sync marker to resume at.
pub struct WarcReader<R> {
    r: R,
    max_payload: usize,
    records: u64,
    done: bool,
}

/// The WARC headers of one record that matter here.
#[derive(Default)]
struct WarcHead {
    kind: String,
    uri: Option<String>,
    content_type: Option<String>,
    length: Option<u64>,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader of `r` that refuses payloads over `max_payload` bytes (the
    /// extractor's input limit) with a failure record, skipping them unread.
    pub fn new(r: R, max_payload: usize) -> Self {
        WarcReader {
            r,
            max_payload,
            records: 0,
            done: false,
        }
    }

    fn fail(&mut self, uri: Option<String>, error: String) -> Option<Record> {
        self.done = true;
        Some(Record::Failed { uri, error })
    }

    /// The next record of interest; `None` at the end of the stream.
    fn next_record(&mut self) -> Option<Record> {
        while !self.done {
            let n = self.records + 1;
            let head = match read_warc_head(&mut self.r) {
                Ok(Some(h)) => h,
                Ok(None) => return None,
                Err(e) => return self.fail(None, format!("WARC record {n}: {e}")),
            };
            self.records = n;
            let Some(length) = head.length else {
                return self.fail(head.uri, format!("WARC record {n}: no Content-Length"));
            };
            let mut block = (&mut self.r).take(length);
            let found = page_of(&head, &mut block, self.max_payload);
            // Whatever of the block was not read is skipped as a stream.
            let skipped = io::copy(&mut block, &mut io::sink());
            let uri = head.uri;
            match skipped {
                Ok(_) if block.limit() == 0 => {}
                Ok(_) => {
                    let msg = format!("WARC record {n}: truncated ({length} bytes declared)");
                    return self.fail(uri, msg);
                }
                Err(e) => return self.fail(uri, format!("WARC record {n}: {e}")),
            }
            // The block was whole: a record that could not be read is
            // reported and the next one is read.
            let found = match found {
                Ok(found) => found,
                Err(e) => Some(Record::Failed {
                    uri,
                    error: format!("WARC record {n}: {e}"),
                }),
            };
            if let Some(record) = found {
                return Some(record);
            }
        }
        None
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        self.next_record()
    }
}

/// Reads one line of at most [`MAX_LINE`] bytes, without its line ending.
/// `Ok(None)` at the end of the stream.
fn read_line(r: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let n = r.take(MAX_LINE + 1).read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() != Some(&b'\n') {
        if n as u64 > MAX_LINE {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "header line too long",
            ));
        }
        // The stream ended inside the line.
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    buf.pop();
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(buf))
}

/// Reads `Name: value` lines up to an empty line; continuation lines are
/// joined to the previous value. At most `max` bytes in all.
fn read_headers(r: &mut impl BufRead, max: usize) -> io::Result<Vec<(String, String)>> {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut total = 0usize;
    loop {
        let Some(line) = read_line(r)? else {
            return Err(io::ErrorKind::UnexpectedEof.into());
        };
        total = total.saturating_add(line.len() + 2);
        if total > max {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "headers too long",
            ));
        }
        if line.is_empty() {
            return Ok(headers);
        }
        let line = String::from_utf8_lossy(&line);
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        // A line without a colon is not a header; it is ignored, as
        // lenient readers do.
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
}

/// Reads a record's version line and headers. `Ok(None)` at a clean end of
/// the stream (only blank lines left).
fn read_warc_head(r: &mut impl BufRead) -> io::Result<Option<WarcHead>> {
    let mut blanks = 0;
    let version = loop {
        match read_line(r)? {
            None => return Ok(None),
            Some(line) if line.is_empty() => {
                blanks += 1;
                if blanks > MAX_BLANK_LINES {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        "blank lines instead of a record",
                    ));
                }
            }
            Some(line) => break line,
        }
    };
    if !version.starts_with(b"WARC/") {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "not a WARC record (no WARC/1.x version line)",
        ));
    }
    let mut head = WarcHead::default();
    for (name, value) in read_headers(r, MAX_WARC_HEADER)? {
        match name.as_str() {
            "warc-type" => head.kind = value.to_ascii_lowercase(),
            // WARC 1.0 writes the URI in angle brackets in some tools.
            "warc-target-uri" => {
                head.uri = Some(
                    value
                        .trim_start_matches('<')
                        .trim_end_matches('>')
                        .to_owned(),
                )
            }
            "content-type" => head.content_type = Some(value),
            "content-length" => head.length = value.parse().ok(),
            _ => {}
        }
    }
    Ok(Some(head))
}

/// The media type of a Content-Type value, lower-cased, without parameters.
fn media_type(content_type: &str) -> String {
    let end = content_type.find(';').unwrap_or(content_type.len());
    content_type
        .get(..end)
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a Content-Type is an HTML page.
pub fn is_html(content_type: &str) -> bool {
    matches!(
        media_type(content_type).as_str(),
        "text/html" | "application/xhtml+xml"
    )
}

/// The page held by a record's block, if it is one: a 2xx HTML `response`
/// (HTTP inside) or an HTML `resource` record (the page itself). Reads at
/// most the HTTP headers and a payload within `max_payload`; what is left of
/// `block` is skipped by the caller.
fn page_of(
    head: &WarcHead,
    block: &mut io::Take<&mut impl BufRead>,
    max_payload: usize,
) -> io::Result<Option<Record>> {
    let uri = head.uri.clone().unwrap_or_default();
    let warc_type = head.content_type.as_deref().unwrap_or_default();
    let mut page = HttpPage {
        uri,
        ..HttpPage::default()
    };
    match head.kind.as_str() {
        "response" if media_type(warc_type) == "application/http" || warc_type.is_empty() => {
            let mut http = (&mut *block).take(MAX_HTTP_HEADER);
            let Some(status) = read_line(&mut http)? else {
                return Err(io::ErrorKind::UnexpectedEof.into());
            };
            if !status.starts_with(b"HTTP/") {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "response block without an HTTP status line",
                ));
            }
            // Only successful responses are pages of the site: redirects'
            // and error pages' bodies are boilerplate.
            let code = status.split(|&b| b == b' ').nth(1).unwrap_or_default();
            if !code.starts_with(b"2") {
                return Ok(None);
            }
            let headers = read_headers(&mut http, usize::MAX)?;
            for (name, value) in headers {
                match name.as_str() {
                    "content-type" => page.content_type = Some(value),
                    "transfer-encoding" => page.transfer_encoding = Some(value),
                    "content-encoding" => page.content_encoding = Some(value),
                    _ => {}
                }
            }
        }
        "resource" => page.content_type = head.content_type.clone(),
        _ => return Ok(None),
    }
    if !page.content_type.as_deref().is_some_and(is_html) {
        return Ok(None);
    }
    let left = block.limit();
    if left > max_payload as u64 {
        return Ok(Some(Record::Failed {
            uri: Some(page.uri),
            error: format!("payload is {left} bytes, more than the limit of {max_payload} bytes"),
        }));
    }
    // `left` is within the extractor's limit, so this allocation is bounded.
    let mut body = Vec::with_capacity(usize::try_from(left).unwrap_or(0));
    block.read_to_end(&mut body)?;
    if block.limit() > 0 {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "truncated record",
        ));
    }
    page.body = body;
    Ok(Some(Record::Page(page)))
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, ctype: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(headers: &str, body: &[u8]) -> Vec<u8> {
        let mut b = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        b.extend_from_slice(body);
        b
    }

    fn read_all(bytes: &[u8], max: usize) -> Vec<Record> {
        WarcReader::new(bytes, max).collect()
    }

    fn page(r: &Record) -> &HttpPage {
        match r {
            Record::Page(p) => p,
            Record::Failed { error, .. } => panic!("failed: {error}"),
        }
    }

    const RESP: &str = "application/http; msgtype=response";

    #[test]
    fn yields_html_responses_and_skips_the_rest() {
        let mut w = record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: x\r\n",
        );
        w.extend(record(
            "request",
            "http://a/",
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        w.extend(record(
            "response",
            "http://a/",
            RESP,
            &http("Content-Type: text/html; charset=utf-8\r\n", b"<p>A</p>"),
        ));
        w.extend(record(
            "response",
            "http://a/i.png",
            RESP,
            &http("Content-Type: image/png\r\n", b"\x89PNG"),
        ));
        w.extend(record(
            "response",
            "http://a/r",
            RESP,
            b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n<a>x</a>",
        ));
        w.extend(record("resource", "http://b/", "text/html", b"<p>B</p>"));
        let recs = read_all(&w, 1000);
        assert_eq!(recs.len(), 2);
        let a = page(&recs[0]);
        assert_eq!(a.uri, "http://a/");
        assert_eq!(a.content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert_eq!(a.body, b"<p>A</p>");
        assert_eq!(page(&recs[1]).body, b"<p>B</p>");
    }

    #[test]
    fn folded_headers_and_bare_newlines_are_read() {
        let block = b"HTTP/1.0 200 OK\nContent-Type: text/html;\n  charset=koi8-r\n\n<p>x</p>";
        let w = format!(
            "WARC/1.1\nWARC-Type: response\nWARC-Target-URI: <http://c/>\nContent-Length: {}\n\n",
            block.len()
        );
        let mut bytes = w.into_bytes();
        bytes.extend_from_slice(block);
        let recs = read_all(&bytes, 1000);
        let p = page(&recs[0]);
        assert_eq!(p.uri, "http://c/");
        assert_eq!(p.content_type.as_deref(), Some("text/html; charset=koi8-r"));
    }

    #[test]
    fn a_truncated_record_fails_and_ends_the_stream() {
        let mut w = record(
            "response",
            "http://a/",
            RESP,
            &http("Content-Type: text/html\r\n", b"<p>A</p>"),
        );
        let full = record(
            "response",
            "http://t/",
            RESP,
            &http("Content-Type: text/html\r\n", b"<p>truncated page</p>"),
        );
        w.extend_from_slice(&full[..full.len() - 12]);
        let recs = read_all(&w, 1000);
        assert_eq!(recs.len(), 2);
        match &recs[1] {
            Record::Failed { uri, error } => {
                assert_eq!(uri.as_deref(), Some("http://t/"));
                assert!(error.contains("record 2"), "{error}");
            }
            Record::Page(_) => panic!("a truncated record is no page"),
        }
    }

    #[test]
    fn a_truncated_skipped_record_also_fails() {
        let full = record(
            "response",
            "http://i/",
            RESP,
            &http("Content-Type: image/png\r\n", &[0u8; 100]),
        );
        let recs = read_all(&full[..60], 1000);
        assert!(matches!(&recs[..], [Record::Failed { .. }]), "{recs:?}");
    }

    #[test]
    fn a_payload_over_the_limit_is_skipped_with_a_failure_and_reading_goes_on() {
        let mut w = record(
            "response",
            "http://big/",
            RESP,
            &http("Content-Type: text/html\r\n", &[b'x'; 5000]),
        );
        w.extend(record(
            "response",
            "http://a/",
            RESP,
            &http("Content-Type: text/html\r\n", b"<p>A</p>"),
        ));
        let recs = read_all(&w, 1000);
        assert_eq!(recs.len(), 2);
        assert!(matches!(&recs[0], Record::Failed { error, .. } if error.contains("5000 bytes")));
        assert_eq!(page(&recs[1]).uri, "http://a/");
    }

    #[test]
    fn garbage_is_one_failure_not_a_panic() {
        for input in [
            &b"<html>not a warc</html>"[..],
            b"WARC/1.0\r\nContent-Length: x\r\n\r\n",
            b"WARC/1.0\r\n",
        ] {
            let recs = read_all(input, 1000);
            assert_eq!(recs.len(), 1, "{input:?}");
            assert!(matches!(recs[0], Record::Failed { .. }));
        }
        let long_line = vec![b'W'; 200_000];
        assert_eq!(read_all(&long_line, 1000).len(), 1);
        assert!(read_all(b"", 1000).is_empty());
        assert!(read_all(b"\r\n\r\n", 1000).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn damaged_archives_never_panic(cut in 0usize..400, flip in 0usize..400, byte: u8, noise: Vec<u8>) {
            let mut w = record("response", "http://a/", RESP, &http("Content-Type: text/html\r\n", b"<p>A</p>"));
            w.extend(record("resource", "http://b/", "text/html", b"<p>B</p>"));
            if let Some(b) = w.get_mut(flip) {
                *b = byte;
            }
            w.truncate(cut);
            w.extend(noise);
            // Ends, and yields at most one item per record plus a failure.
            assert!(read_all(&w, 1000).len() <= 3);
        }
    }

    #[test]
    fn media_types() {
        assert!(is_html("Text/HTML; charset=UTF-8"));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("text/plain"));
        assert!(!is_html(""));
    }
}
