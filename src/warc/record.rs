//! One WARC record: its version line and headers, and the page its block
//! holds, if any (an HTML `response` with its HTTP headers, or an HTML
//! `resource`). Every line and header block is read within a bound.

use std::io::{self, BufRead, Read};

use super::{HttpPage, Record};

/// A stream that counts the bytes consumed from it.
pub(super) struct Counted<R> {
    inner: R,
    pos: u64,
}

impl<R> Counted<R> {
    pub(super) fn new(inner: R) -> Self {
        Counted { inner, pos: 0 }
    }

    /// Bytes consumed so far.
    pub(super) fn pos(&self) -> u64 {
        self.pos
    }
}

impl<R: BufRead> Read for Counted<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let buf = self.fill_buf()?;
        let n = buf.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), buf.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n as u64);
        self.inner.consume(n);
    }
}

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

/// The WARC headers of one record that matter here.
#[derive(Default)]
pub(super) struct WarcHead {
    pub(super) kind: String,
    pub(super) uri: Option<String>,
    pub(super) content_type: Option<String>,
    pub(super) length: Option<u64>,
}

/// Skips to the next line that starts with `WARC/` and reads it: the bytes
/// skipped, and the line (`None` at the end of the stream).
pub(super) fn skip_to_version_line(r: &mut impl BufRead) -> io::Result<(u64, Option<Vec<u8>>)> {
    const VERSION: &[u8] = b"WARC/";
    let mut skipped = 0u64;
    // How much of "WARC/" matched at the start of the current line;
    // None: not at a line start.
    let mut matched = Some(0usize);
    loop {
        let buf = r.fill_buf()?;
        let Some(&b) = buf.first() else {
            return Ok((skipped + matched.unwrap_or(0) as u64, None));
        };
        r.consume(1);
        matched = match matched {
            Some(k) if VERSION.get(k) == Some(&b) => Some(k + 1),
            _ if b == b'\n' => {
                skipped += 1;
                Some(0)
            }
            Some(k) => {
                skipped += k as u64 + 1;
                None
            }
            None => {
                skipped += 1;
                None
            }
        };
        if matched == Some(VERSION.len()) {
            let rest = read_line(r)?.unwrap_or_default();
            let mut line = VERSION.to_vec();
            line.extend(rest);
            return Ok((skipped, Some(line)));
        }
    }
}

/// Reads one line of at most [`MAX_LINE`] bytes, without its line ending.
/// `Ok(None)` at the end of the stream.
pub(super) fn read_line(r: &mut impl BufRead) -> io::Result<Option<Vec<u8>>> {
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
pub(super) fn read_warc_head(
    r: &mut impl BufRead,
    first: Option<Vec<u8>>,
) -> io::Result<Option<WarcHead>> {
    let mut blanks = 0;
    let version = if let Some(line) = first {
        line
    } else {
        loop {
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

/// Whether a Content-Type is an HTML page (`text/html` or
/// `application/xhtml+xml`, parameters aside).
///
/// ```
/// assert!(decruft::warc::is_html("Text/HTML; charset=UTF-8"));
/// assert!(!decruft::warc::is_html("image/png"));
/// ```
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
pub(super) fn page_of(
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
