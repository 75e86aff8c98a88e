//! A small streaming WARC reader (feature `warc`): the HTML responses of a
//! WARC 1.0/1.1 file, plain or gzipped, one record at a time, and their
//! payloads decoded ([`decode_body`]). It is the `decruft` program's archive
//! reader, in the library so that it can be fuzzed and reused.
//!
//! ```
//! # fn main() -> Result<(), decruft::Error> {
//! use decruft::warc::{decode_body, Record, WarcReader};
//!
//! let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\
//!               <p>A page kept in an archive, long enough to be read as prose.</p>";
//! let mut warc = format!(
//!     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/\r\n\
//!      Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
//!     block.len()
//! )
//! .into_bytes();
//! warc.extend_from_slice(block);
//! warc.extend_from_slice(b"\r\n\r\n");
//!
//! for record in WarcReader::new(&warc[..], 64 << 20) {
//!     match record {
//!         Record::Page(page) => {
//!             let bytes = decode_body(&page, 64 << 20).expect("plain payload");
//!             let article = decruft::extract_bytes(&bytes, page.content_type.as_deref())?;
//!             assert_eq!(page.uri, "https://example.org/");
//!             assert!(article.text().starts_with("A page kept in an archive"));
//!         }
//!         Record::Failed { error, .. } => panic!("{error}"),
//!         _ => {}
//!     }
//! }
//! # Ok(())
//! # }
//! ```
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
//! and [`decode_body`] undoes them.
//!
//! Damage is reported, never passed on as a page: in a WARC.gz (one gzip
//! member per record) a member whose CRC or length check fails, or whose
//! deflate data does not decode, is a [`Record::Failed`] naming its record
//! and the bytes skipped, and reading resumes at the next member; its page
//! is held back until its member's check has passed. In a plain WARC,
//! reading resumes at the next `WARC/` version line.

mod gzip;
mod payload;
mod record;

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};

pub use payload::decode_body;
pub use record::is_html;
use record::{page_of, read_warc_head, skip_to_version_line};

/// One record of interest: an HTML page, or why a record could not be read.
///
/// ```
/// let recs: Vec<_> = decruft::warc::WarcReader::new(&b"<html>not a WARC file</html>"[..], 1024).collect();
/// assert!(matches!(&recs[..], [decruft::warc::Record::Failed { uri: None, .. }]));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Record {
    /// An HTML response (or resource) record.
    Page(HttpPage),
    /// A record that could not be read; `uri` when its header named one.
    Failed {
        /// The record's `WARC-Target-URI`, when known.
        uri: Option<String>,
        /// Why, naming the record by its number in the file.
        error: String,
    },
}

/// The payload of an HTML response, as stored.
///
/// ```
/// let mut page = decruft::warc::HttpPage::default();
/// page.body = b"<p>x</p>".to_vec();
/// assert_eq!(decruft::warc::decode_body(&page, 100).unwrap(), b"<p>x</p>");
/// ```
#[derive(Debug, Default, Clone, PartialEq, Eq)]
#[non_exhaustive]
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

/// Reads the records of a WARC stream, plain or gzipped (by its magic
/// bytes), yielding HTML pages and failures and silently skipping every
/// other record. After damage it resumes at the next gzip member, or in a
/// plain file at the next version line; a truncated file ends the stream.
///
/// ```
/// let warc = b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://b/\r\n\
///              Content-Type: text/html\r\nContent-Length: 8\r\n\r\n<p>B</p>\r\n\r\n";
/// let mut reader = decruft::warc::WarcReader::new(&warc[..], 1000);
/// match reader.next() {
///     Some(decruft::warc::Record::Page(p)) => assert_eq!(p.body, b"<p>B</p>"),
///     other => panic!("{other:?}"),
/// }
/// assert!(reader.next().is_none());
/// ```
pub struct WarcReader<R> {
    source: Source<R>,
    max_payload: usize,
    /// Records read so far (numbered from 1 in messages).
    records: u64,
    /// Records ready to hand out.
    out: VecDeque<Record>,
    /// Records of the gzip member being read, held until its check passes,
    /// with their payload bytes in all.
    held: Vec<Record>,
    held_bytes: usize,
    /// A version line already read by a resynchronisation.
    resumed: Option<Vec<u8>>,
    /// `records` when the current gzip member started.
    member_first: u64,
}

/// Where the records come from.
enum Source<R> {
    /// Not known yet: the first bytes decide.
    Unknown(R),
    Plain(record::Counted<R>),
    /// Between gzip members.
    Between(gzip::Replay<R>),
    /// Inside a gzip member.
    Member(Box<MemberReader<R>>),
    /// Taken out while changing state, or at the end.
    Done,
}

/// One gzip member's decompressed bytes.
type MemberReader<R> = io::BufReader<gzip::Watch<flate2::bufread::GzDecoder<gzip::Replay<R>>>>;

/// Capacity of the buffer over one member's decompressed bytes.
const MEMBER_BUFFER: usize = 64 * 1024;

/// A record whose boundaries were lost: a bad header, a block cut short.
struct Lost {
    /// Its number, when its header was read.
    number: Option<u64>,
    uri: Option<String>,
    error: io::Error,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader of `r` that refuses payloads over `max_payload` bytes (the
    /// extractor's input limit) with a failure record, skipping them unread.
    ///
    /// ```
    /// let none: Vec<_> = decruft::warc::WarcReader::new(&b""[..], 1024).collect();
    /// assert!(none.is_empty());
    /// ```
    pub fn new(r: R, max_payload: usize) -> Self {
        WarcReader {
            source: Source::Unknown(r),
            max_payload,
            records: 0,
            out: VecDeque::new(),
            held: Vec::new(),
            held_bytes: 0,
            resumed: None,
            member_first: 0,
        }
    }

    /// Records read so far, of any type (damaged ones included).
    ///
    /// ```
    /// let mut r = decruft::warc::WarcReader::new(&b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"[..], 10);
    /// assert!(r.next().is_none());
    /// assert_eq!(r.records(), 1);
    /// ```
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Reads the next record from `r`: `Ok(None)` at a clean end,
    /// `Ok(Some(None))` for a record of no interest.
    fn read_record(&mut self, r: &mut impl BufRead) -> Result<Option<Option<Record>>, Lost> {
        let n = self.records + 1;
        let lost = |number, uri, error| Lost { number, uri, error };
        let head = match read_warc_head(r, self.resumed.take()) {
            Ok(Some(h)) => h,
            Ok(None) => return Ok(None),
            Err(e) => return Err(lost(None, None, e)),
        };
        self.records = n;
        let Some(length) = head.length else {
            let e = io::Error::new(io::ErrorKind::InvalidData, "no Content-Length");
            return Err(lost(Some(n), head.uri, e));
        };
        let mut block = r.take(length);
        let found = page_of(&head, &mut block, self.max_payload);
        // Whatever of the block was not read is skipped as a stream.
        let skipped = io::copy(&mut block, &mut io::sink());
        let uri = head.uri;
        match skipped {
            Ok(_) if block.limit() == 0 => {}
            Ok(_) => {
                let msg = format!("truncated ({length} bytes declared)");
                let e = io::Error::new(io::ErrorKind::UnexpectedEof, msg);
                return Err(lost(Some(n), uri, e));
            }
            Err(e) => return Err(lost(Some(n), uri, e)),
        }
        // The block was whole: a record that could not be read is
        // reported and the next one is read.
        Ok(Some(match found {
            Ok(found) => found,
            Err(e) => Some(Record::Failed {
                uri,
                error: format!("WARC record {n}: {e}"),
            }),
        }))
    }

    /// The next record of a plain WARC.
    fn next_plain(&mut self, mut r: record::Counted<R>) -> Option<Record> {
        loop {
            let start = r.pos();
            match self.read_record(&mut r) {
                Ok(None) => return None,
                Ok(Some(None)) => {}
                Ok(Some(Some(record))) => {
                    self.source = Source::Plain(r);
                    return Some(record);
                }
                Err(lost) => {
                    let n = lost.number.unwrap_or(self.records + 1);
                    let mut error = format!("WARC record {n}: {}", lost.error);
                    if lost.error.kind() != io::ErrorKind::UnexpectedEof {
                        let read = r.pos() - start;
                        match skip_to_version_line(&mut r) {
                            Ok((skipped, line)) => {
                                let skipped = read + skipped;
                                error.push_str(&format!("; {skipped} bytes skipped"));
                                if line.is_some() {
                                    error.push_str(" to the next record");
                                    self.resumed = line;
                                    self.source = Source::Plain(r);
                                }
                            }
                            Err(e) => error.push_str(&format!("; {e}")),
                        }
                    }
                    return Some(Record::Failed {
                        uri: lost.uri,
                        error,
                    });
                }
            }
        }
    }

    /// Hands out the held records of a member whose check passed.
    fn release(&mut self) {
        self.out.extend(self.held.drain(..));
        self.held_bytes = 0;
    }

    /// Holds a record until its member's check passes; past the payload
    /// limit in all (a whole archive gzipped as one member) the oldest go
    /// out unchecked, so memory stays bounded.
    fn hold(&mut self, record: Record) {
        if let Record::Page(p) = &record {
            self.held_bytes = self.held_bytes.saturating_add(p.body.len());
        }
        self.held.push(record);
        while self.held_bytes > self.max_payload && !self.held.is_empty() {
            let first = self.held.remove(0);
            if let Record::Page(p) = &first {
                self.held_bytes = self.held_bytes.saturating_sub(p.body.len());
            }
            self.out.push_back(first);
        }
    }

    /// Steps a gzip stream on: between members, starts the next one; inside
    /// one, reads a record. Queues what comes out.
    fn step_gzip(&mut self, source: Source<R>) {
        match source {
            Source::Between(mut raw) => {
                raw.start_member();
                self.member_first = self.records;
                match raw.at_member() {
                    Ok(None) => {}
                    Ok(Some(true)) => {
                        let gz = flate2::bufread::GzDecoder::new(raw);
                        let r = io::BufReader::with_capacity(MEMBER_BUFFER, gzip::Watch::new(gz));
                        self.source = Source::Member(Box::new(r));
                    }
                    Ok(Some(false)) => self.damaged(raw, None, "not a gzip member"),
                    Err(e) => self.damaged(raw, None, &e.to_string()),
                }
            }
            Source::Member(mut member) => match self.read_record(&mut *member) {
                Ok(None) => {
                    // The member ended and its CRC and length were checked.
                    self.release();
                    self.source = Source::Between(member.into_inner().into_inner().into_inner());
                }
                Ok(Some(record)) => {
                    if let Some(record) = record {
                        self.hold(record);
                    }
                    self.source = Source::Member(member);
                }
                Err(lost) => {
                    // Damage, or a WARC error inside an intact member? Read
                    // the member to its end to tell.
                    if member.get_ref().failed().is_none() {
                        let _ = io::copy(&mut *member, &mut io::sink());
                    }
                    let failed = member.get_ref().failed().map(str::to_owned);
                    let raw = member.into_inner().into_inner().into_inner();
                    match failed {
                        Some(why) => self.damaged(raw, Some(lost), &why),
                        None => {
                            let n = lost.number.unwrap_or(self.records + 1);
                            self.records = n;
                            self.hold(Record::Failed {
                                uri: lost.uri,
                                error: format!("WARC record {n}: {}", lost.error),
                            });
                            self.release();
                            self.source = Source::Between(raw);
                        }
                    }
                }
            },
            other => self.source = other,
        }
    }

    /// A damaged member: its records become failures naming them and the
    /// bytes skipped; reading goes on at the next member.
    fn damaged(&mut self, mut raw: gzip::Replay<R>, lost: Option<Lost>, why: &str) {
        let start = raw.member_start();
        let found = raw.skip_to_next_member();
        let skipped = raw.pos().saturating_sub(start);
        let whither = match found {
            Ok(true) => "to the next member",
            Ok(false) => "to the end of the file",
            Err(_) => "before a read error",
        };
        let mut failed: Vec<(u64, Option<String>)> = Vec::new();
        // Held records came from this member: none can be trusted.
        let mut n = self.records.saturating_sub(self.held.len() as u64);
        for record in self.held.drain(..) {
            n += 1;
            match record {
                Record::Page(p) => failed.push((n, Some(p.uri))),
                Record::Failed { uri, .. } => failed.push((n, uri)),
            }
        }
        self.held_bytes = 0;
        match lost {
            Some(Lost {
                number: Some(n),
                uri,
                ..
            }) => failed.push((n, uri)),
            // The last record read from this member (one of no interest,
            // or the page just held) is the damaged one.
            _ if failed.is_empty() && self.records > self.member_first => {
                failed.push((self.records, None));
            }
            _ => {}
        }
        if failed.is_empty() {
            // Nothing of it was read: it counts as one record.
            self.records += 1;
            failed.push((self.records, None));
        }
        for (n, uri) in failed {
            self.out.push_back(Record::Failed {
                uri,
                error: format!(
                    "WARC record {n}: damaged gzip member at byte {start} ({why}); \
                     {skipped} bytes skipped {whither}"
                ),
            });
        }
        if matches!(found, Ok(true)) {
            self.source = Source::Between(raw);
        }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(record) = self.out.pop_front() {
                return Some(record);
            }
            match std::mem::replace(&mut self.source, Source::Done) {
                Source::Done => return None,
                Source::Unknown(mut r) => {
                    let gz = r.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
                    self.source = if gz {
                        Source::Between(gzip::Replay::new(r))
                    } else {
                        Source::Plain(record::Counted::new(r))
                    };
                }
                Source::Plain(r) => return self.next_plain(r),
                source => self.step_gzip(source),
            }
        }
    }
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
            // Ends, and yields at most one item per record plus one failure
            // per place reading can resume at.
            let resumes = w.windows(5).filter(|v| v == b"WARC/").count();
            assert!(read_all(&w, 1000).len() <= 3 + resumes);
        }

        #[test]
        fn damaged_gzip_never_panics(flip in 0usize..2000, byte: u8, cut in 0usize..2000, noise: Vec<u8>) {
            let mut w = three_members().concat();
            if let Some(b) = w.get_mut(flip) {
                *b = byte;
            }
            w.truncate(cut.max(2));
            w.extend(noise);
            for r in read_all(&w, 1000) {
                if let Record::Page(p) = r {
                    assert!(p.body.starts_with(b"<p>page "), "{p:?}");
                }
            }
        }
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    /// The body of page `i`: long enough that its member holds real
    /// deflate blocks.
    fn body(i: usize) -> Vec<u8> {
        format!("<p>page {i}: {}</p>", "words that compress, ".repeat(20)).into_bytes()
    }

    /// Three HTML responses, one gzip member each.
    fn three_members() -> Vec<Vec<u8>> {
        (1..=3)
            .map(|i| {
                let block = http("Content-Type: text/html\r\n", &body(i));
                gzip(&record("response", &format!("http://{i}/"), RESP, &block))
            })
            .collect()
    }

    #[test]
    fn every_flipped_bit_in_a_member_is_reported_and_the_others_recovered() {
        let members = three_members();
        let whole = members.concat();
        let (start, len) = (members[0].len(), members[1].len());
        let mut failed = 0;
        for at in start..start + len {
            for bit in [0x01u8, 0x10, 0x80] {
                let mut w = whole.clone();
                w[at] ^= bit;
                let recs = read_all(&w, 10_000);
                // The members around the damage always come out whole.
                assert_eq!(page(&recs[0]).body, body(1), "byte {at}");
                assert_eq!(page(recs.last().unwrap()).body, body(3), "byte {at}");
                match &recs[1..recs.len() - 1] {
                    // Bits no check covers (the header's time, OS, flags
                    // of no effect) leave the page as it was.
                    [Record::Page(p)] => assert_eq!(p.body, body(2), "byte {at}"),
                    [Record::Failed { error, .. }] => {
                        assert!(error.contains("WARC record 2"), "byte {at}: {error}");
                        assert!(
                            error.contains(&format!("{len} bytes skipped to the next member")),
                            "byte {at}: {error}"
                        );
                        failed += 1;
                    }
                    other => panic!("byte {at} bit {bit}: {other:?}"),
                }
            }
        }
        assert!(failed > len * 2, "most flips are caught: {failed}");
    }

    #[test]
    fn a_cut_gzip_file_keeps_what_came_before() {
        let whole = three_members().concat();
        let recs = read_all(&whole[..whole.len() - 30], 10_000);
        assert_eq!(recs.len(), 3);
        assert_eq!(page(&recs[1]).body, body(2));
        assert!(
            matches!(&recs[2], Record::Failed { error, .. } if error.contains("to the end of the file"))
        );
    }

    #[test]
    fn plain_warc_resumes_at_the_next_version_line() {
        let mut w = record("resource", "http://a/", "text/html", b"<p>A</p>");
        w.extend_from_slice(b"garbage that is not a record\r\nmore of it\r\n");
        w.extend(record("resource", "http://b/", "text/html", b"<p>B</p>"));
        let recs = read_all(&w, 1000);
        assert_eq!(recs.len(), 3, "{recs:?}");
        assert_eq!(page(&recs[0]).body, b"<p>A</p>");
        match &recs[1] {
            Record::Failed { error, .. } => {
                assert!(
                    error.contains("46 bytes skipped to the next record"),
                    "{error}"
                )
            }
            Record::Page(_) => panic!("garbage is no page"),
        }
        assert_eq!(page(&recs[2]).body, b"<p>B</p>");
    }

    #[test]
    fn media_types() {
        assert!(is_html("Text/HTML; charset=UTF-8"));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("text/plain"));
        assert!(!is_html(""));
    }
}
