//! Stage 0, before decoding: is this HTML (or text) at all? Input that is
//! plainly something else, an executable, an image, an archive, compressed
//! data, is refused with a reason instead of being "extracted" into junk
//! that looks like an article.
//!
//! Two tests on the first [`SNIFF_BYTES`] bytes only, so a large page costs
//! nothing more: the magic number of a common binary format at the start,
//! then (for bytes, not for text the caller already decoded) the density of
//! NUL bytes and of control characters that text never holds. Bytes
//! 0x80–0x9F are not counted: legacy encodings use them.

/// How many bytes are looked at.
const SNIFF_BYTES: usize = 8 * 1024;

/// NUL bytes, in hundredths of the sample, from which it is binary. Text
/// holds none or a stray few (the torture page with two NULs in 80 bytes is
/// text); executables and UTF-16 without a byte order mark are a third or
/// more NULs; compressed data about 0.4% — which the control density catches.
const MAX_NUL_PERCENT: usize = 1;

/// Fewest NUL bytes that can make a sample binary, so that a short page with
/// a stray NUL or two is not refused.
const MIN_NULS: usize = 8;

/// Control characters (other than white space, ESC and NUL), in hundredths
/// of the sample, from which it is binary. Random bytes hold about 11%
/// (28 of 256 values); text almost none. ESC is left out: ISO-2022-JP
/// switches character sets with it.
const MAX_CONTROL_PERCENT: usize = 5;

/// Fewest such controls that can make a sample binary.
const MIN_CONTROLS: usize = 16;

/// Magic numbers at the start of an input and what they mean.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (
        b"PK\x03\x04",
        "a ZIP archive (or a document format built on ZIP)",
    ),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (
        b"\x28\xb5\x2f\xfd",
        "zstd-compressed data (decompress it first)",
    ),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (
        b"\xca\xfe\xba\xbe",
        "a Java class or Mach-O universal binary",
    ),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3\x03", "an MP3 audio file"),
    (b"ID3\x04", "an MP3 audio file"),
    (b"wOFF", "a WOFF font"),
    (b"wOF2", "a WOFF2 font"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
];

/// Why `bytes` are not HTML, if they plainly are not. `utf16`: the input
/// starts with a UTF-16 byte order mark, so its NULs are text.
pub(crate) fn not_html(bytes: &[u8], utf16: bool) -> Option<String> {
    if let Some(what) = magic(bytes) {
        return Some(what);
    }
    if utf16 {
        return None;
    }
    density(bytes)
}

/// What the magic number at the start of `bytes` says they are, if they
/// start with one. Also applied to text given as `&str` (where density is
/// not: the caller has already decided it is text).
pub(crate) fn magic(bytes: &[u8]) -> Option<String> {
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some((*what).to_owned());
    }
    if bytes.starts_with(b"BZh") && bytes.get(4..10) == Some(b"1AY&SY") {
        return Some("bzip2-compressed data (decompress it first)".to_owned());
    }
    // RIFF containers (WebP, WAV, AVI) and ISO media (MP4, MOV, HEIC).
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 {
        return Some("a RIFF media file (WebP, WAV or AVI)".to_owned());
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some("an ISO media file (MP4, MOV or HEIC)".to_owned());
    }
    None
}

/// Binary data by the density of NUL bytes and control characters.
fn density(bytes: &[u8]) -> Option<String> {
    let sample = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    // Two counting passes without branches (the compiler vectorises them):
    // every page goes through here.
    let nuls = sample.iter().filter(|&&b| b == 0).count();
    let controls = sample
        .iter()
        .filter(|&&b| {
            matches!(b, 1..=0x1f | 0x7f) && !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x1b')
        })
        .count();
    let percent = |n: usize| n.saturating_mul(100) / sample.len().max(1);
    if nuls >= MIN_NULS && percent(nuls) >= MAX_NUL_PERCENT {
        return Some(format!(
            "binary data: {nuls} NUL bytes in the first {} bytes",
            sample.len()
        ));
    }
    if controls >= MIN_CONTROLS && percent(controls) >= MAX_CONTROL_PERCENT {
        return Some(format!(
            "binary data: {controls} control bytes in the first {} bytes",
            sample.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_and_densities() {
        assert_eq!(
            not_html(b"%PDF-1.4 ...", false).as_deref(),
            Some("a PDF document")
        );
        assert!(not_html(b"RIFF\x00\x00\x00\x00WEBPVP8 ", false).is_some());
        assert!(not_html(b"\x00\x00\x00\x18ftypmp42", false).is_some());
        assert!(not_html(b"<p>RIFF</p>", false).is_none());
        let nuls = [b'a', 0].repeat(100);
        assert!(not_html(&nuls, false).is_some());
        // The same bytes after a UTF-16 byte order mark are text.
        assert!(not_html(&nuls, true).is_none());
        // A few stray NULs or controls in a page are not enough.
        let mut page = b"<p>text</p>".repeat(100);
        page.extend([0, 0, 1, 2, 3]);
        assert!(not_html(&page, false).is_none());
        assert!(not_html(b"", false).is_none());
    }
}
