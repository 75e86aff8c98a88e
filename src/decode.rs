//! Stage 0: bytes → text, the way a browser decides (WHATWG "determine the
//! character encoding", for a page without a parent document):
//!
//! 1. a byte order mark;
//! 2. the `charset` parameter of the transport Content-Type;
//! 3. bytes that are valid UTF-8 and not all ASCII are UTF-8 (a departure
//!    from WHATWG: crawled pages are often re-saved as UTF-8 with a stale
//!    declaration left in, and legacy text practically never forms valid
//!    UTF-8 by accident);
//! 4. the prescan of the first 1024 bytes for `<meta charset>` or
//!    `<meta http-equiv="Content-Type" content="…charset=…">`;
//! 5. detection from the content with chardetng (Firefox's detector), UTF-8
//!    allowed, since most unlabelled pages today are UTF-8.
//!
//! Labels are resolved with encoding_rs, so `iso-8859-1`, `latin1` and
//! `us-ascii` mean windows-1252 as in browsers; a meta declaring UTF-16
//! means UTF-8. Malformed sequences become U+FFFD; nothing here fails.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How many bytes the meta prescan looks at (WHATWG).
const PRESCAN_BYTES: usize = 1024;

/// How many bytes the detector reads: enough for a confident guess on any
/// real page, bounded so that a huge page costs no more.
const DETECT_BYTES: usize = 64 * 1024;

/// Decodes `bytes` as a browser would; returns the text and the encoding used.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    content_type: Option<&str>,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return (enc.decode_without_bom_handling(body).0, enc);
    }
    let transport = content_type
        .and_then(charset_param)
        .and_then(|l| Encoding::for_label(l.as_bytes()));
    // Valid UTF-8 with multi-byte sequences is UTF-8 whatever the page's own
    // `<meta charset>` says: pages are re-saved as UTF-8 with the old
    // declaration left in, while legacy encodings practically never form
    // valid UTF-8 by accident. Only the transport is believed over the
    // bytes (it is what the server said about these very bytes).
    if transport.is_none() && !bytes.is_ascii() {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return (Cow::Borrowed(text), UTF_8);
        }
    }
    let declared = transport.or_else(|| prescan(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes)));
    let enc = declared.unwrap_or_else(|| detect(bytes));
    // The replacement encoding (labels like "iso-2022-kr") would turn the
    // whole page into one U+FFFD; read such pages as UTF-8 instead.
    let enc = if enc == encoding_rs::REPLACEMENT {
        UTF_8
    } else {
        enc
    };
    (enc.decode_without_bom_handling(bytes).0, enc)
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    // Valid UTF-8 with non-ASCII text is UTF-8: legacy encodings practically
    // never form valid UTF-8 by accident, and the check is much cheaper than
    // the detector. (ASCII reads the same in every candidate; UTF-8 is what
    // it most likely is.)
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let mut d = EncodingDetector::new(Iso2022JpDetection::Deny);
    let sample = bytes.get(..DETECT_BYTES).unwrap_or(bytes);
    d.feed(sample, sample.len() == bytes.len());
    d.guess(None, Utf8Detection::Allow)
}

/// The value of a `charset=` parameter ("text/html; charset=\"koi8-r\"").
fn charset_param(value: &str) -> Option<&str> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = value.get(at + "charset".len()..)?.trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    let label = rest.get(..end)?;
    (!label.is_empty()).then_some(label)
}

/// The WHATWG meta prescan over `head`: the first `<meta>` that declares an
/// encoding wins; comments are skipped.
fn prescan(head: &[u8]) -> Option<&'static Encoding> {
    let mut i = 0;
    while let Some(off) = head
        .get(i..)
        .and_then(|r| r.iter().position(|&b| b == b'<'))
    {
        let lt = i + off;
        let rest = head.get(lt..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            i = find(head, lt + 4, b"-->").map_or(head.len(), |p| p + 3);
            continue;
        }
        let is_meta = rest.len() > 5
            && rest
                .get(1..5)
                .is_some_and(|n| n.eq_ignore_ascii_case(b"meta"))
            && rest
                .get(5)
                .is_some_and(|&c| c.is_ascii_whitespace() || c == b'/');
        if !is_meta {
            i = lt + 1;
            continue;
        }
        let (attrs, end) = attributes(head, lt + 5);
        i = end;
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let label = match get("charset") {
            Some(c) => Some(c.to_owned()),
            None if get("http-equiv")
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("content-type")) =>
            {
                get("content").and_then(charset_param).map(str::to_owned)
            }
            None => None,
        };
        if let Some(enc) = label.and_then(|l| Encoding::for_label(l.trim().as_bytes())) {
            // A meta can't really declare UTF-16 (the bytes it was read from
            // are ASCII-compatible); x-user-defined means windows-1252.
            return Some(match enc.name() {
                "UTF-16LE" | "UTF-16BE" => UTF_8,
                "x-user-defined" => WINDOWS_1252,
                _ => enc,
            });
        }
    }
    None
}

/// The attributes of a tag starting at `i` (after its name), lowercased
/// names, and where the tag ends.
fn attributes(b: &[u8], mut i: usize) -> (Vec<(String, String)>, usize) {
    let mut out = Vec::new();
    loop {
        while b
            .get(i)
            .is_some_and(|&c| c.is_ascii_whitespace() || c == b'/')
        {
            i += 1;
        }
        match b.get(i) {
            None => return (out, b.len()),
            Some(b'>') => return (out, i + 1),
            Some(_) => {}
        }
        let start = i;
        while b
            .get(i)
            .is_some_and(|&c| !c.is_ascii_whitespace() && !matches!(c, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let name =
            String::from_utf8_lossy(b.get(start..i).unwrap_or_default()).to_ascii_lowercase();
        while b.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            let vstart;
            let vend;
            match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    vstart = i + 1;
                    vend = find(b, vstart, &[q]).unwrap_or(b.len());
                    i = (vend + 1).min(b.len());
                }
                _ => {
                    vstart = i;
                    while b
                        .get(i)
                        .is_some_and(|&c| !c.is_ascii_whitespace() && c != b'>')
                    {
                        i += 1;
                    }
                    vend = i;
                }
            }
            value = String::from_utf8_lossy(b.get(vstart..vend).unwrap_or_default()).into_owned();
        }
        if !name.is_empty() {
            out.push((name, value));
        }
        if start == i {
            i += 1;
        }
    }
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_whatwg_order() {
        // BOM beats the meta.
        let mut page = b"\xEF\xBB\xBF<meta charset=windows-1252>caf\xC3\xA9".to_vec();
        assert_eq!(decode(&page, None).0, "<meta charset=windows-1252>café");
        // Content-Type beats the meta.
        page = b"<meta charset=iso-8859-5>\xEF".to_vec();
        assert_eq!(
            decode(&page, Some("text/html; charset=windows-1251"))
                .1
                .name(),
            "windows-1251"
        );
        // latin1 means windows-1252; the meta is found through a comment.
        page = b"<!-- <meta charset=koi8-r> --><meta http-equiv='Content-Type' content='text/html; charset=latin1'>\x80".to_vec();
        let (text, enc) = decode(&page, None);
        assert_eq!(enc.name(), "windows-1252");
        assert!(text.ends_with('€'));
        assert_eq!(
            charset_param("text/html; charset=\"KOI8-R\""),
            Some("KOI8-R")
        );
    }

    #[test]
    fn valid_utf8_beats_a_stale_meta_but_not_the_transport() {
        let page = "<meta charset=gb2312><p>预算</p>".as_bytes();
        assert_eq!(decode(page, None).1, UTF_8);
        assert_eq!(
            decode(page, Some("text/html; charset=gb2312")).1.name(),
            "GBK"
        );
        // ASCII reads the same either way: the declaration stands.
        assert_eq!(
            decode(b"<meta charset=koi8-r><p>x</p>", None).1.name(),
            "KOI8-R"
        );
        // Not valid UTF-8: the declaration decides.
        assert_eq!(
            decode(b"<meta charset=koi8-r><p>\xee</p>", None).1.name(),
            "KOI8-R"
        );
    }
}
