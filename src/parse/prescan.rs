//! A linear pass over the raw HTML before html5ever sees it, for the one
//! cost the token filter cannot prevent: html5ever's tokenizer compares each
//! new attribute of a tag with all the earlier ones (duplicates are dropped),
//! so a tag with N attributes costs O(N²) before any token reaches us.
//! Attributes past [`MAX_TAG_ATTRIBUTES`] are cut out of the text.
//!
//! The pass follows the tokenizer just enough to find where tags and their
//! attributes are: it skips comments, doctypes and the content of raw-text
//! elements (script, style, textarea…), and honours quoted values. Real
//! pages never reach the limit, so for them it copies nothing.

use std::borrow::Cow;

/// Attributes one tag may carry before the rest are cut from the input.
/// Real tags carry a handful (a few dozen with data-* attributes); the
/// tokenizer's duplicate check makes each extra one cost as much as all the
/// earlier ones together.
pub(crate) const MAX_TAG_ATTRIBUTES: usize = 256;

/// Elements whose content the tokenizer reads as text up to their end tag.
const RAW_TEXT: [&[u8]; 9] = [
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
    b"plaintext",
];

/// `html` with the attributes past the limit of every tag cut out.
pub(crate) fn trim_attributes(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        let lt = i + off;
        i = lt + 1;
        match b.get(i) {
            Some(b'!') => {
                i = if b.get(i + 1..i + 3) == Some(b"--") {
                    find(b, i + 3, b"-->").map_or(b.len(), |p| p + 3)
                } else {
                    find(b, i, b">").map_or(b.len(), |p| p + 1)
                };
            }
            Some(b'?') => i = find(b, i, b">").map_or(b.len(), |p| p + 1),
            Some(c) if c.is_ascii_alphabetic() => {
                let (end, name, cut) = match short_tag_end(b, i) {
                    Some(end) => (end, tag_name(b, i), None),
                    None => scan_tag(b, i),
                };
                if let Some(c) = cut {
                    cuts.push(c);
                }
                i = end;
                if let Some(raw) = RAW_TEXT.iter().find(|r| name.eq_ignore_ascii_case(r)) {
                    i = find_end_tag(b, i, raw);
                }
            }
            _ => {}
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in cuts {
        out.push_str(html.get(from..start).unwrap_or_default());
        from = end;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    Cow::Owned(out)
}

/// Bytes a tag needs to carry more than [`MAX_TAG_ATTRIBUTES`] attributes:
/// each takes at least a name byte and a separating space.
const LONG_TAG: usize = 2 * MAX_TAG_ATTRIBUTES;

/// Where a tag starting at `i` ends, if it ends within [`LONG_TAG`] bytes,
/// found by jumping from `=` to `=` and over quoted values (vectorised
/// searches, not a byte-by-byte walk). A quote counts only after `=`, as in
/// the tokenizer; where the two could disagree (a name starting with `=`, an
/// unquoted value holding `="`), this reads the tag as longer than the
/// tokenizer does, so such a tag gets the exact scan, never less.
fn short_tag_end(b: &[u8], i: usize) -> Option<usize> {
    let limit = (i + LONG_TAG).min(b.len());
    let mut j = i;
    loop {
        let p = j + memchr::memchr2(b'=', b'>', b.get(j..limit)?)?;
        if b.get(p) == Some(&b'>') {
            return Some(p + 1);
        }
        let mut q = p + 1;
        while b.get(q).is_some_and(|&c| is_space(c)) {
            q += 1;
        }
        j = match b.get(q) {
            Some(&c @ (b'"' | b'\'')) => q + 2 + memchr::memchr(c, b.get(q + 1..limit)?)?,
            _ => q,
        };
    }
}

/// The name of the tag starting at `i`.
fn tag_name(b: &[u8], i: usize) -> &[u8] {
    let len = b
        .get(i..)
        .unwrap_or_default()
        .iter()
        .take_while(|&&c| !is_space(c) && c != b'>' && c != b'/')
        .count();
    b.get(i..i + len).unwrap_or_default()
}

/// Scans a start tag whose name starts at `i`: returns where the tag ends,
/// its name, and the byte range of its attributes past the limit, if any.
/// Cut points fall on ASCII bytes, so the text stays valid UTF-8.
fn scan_tag(b: &[u8], mut i: usize) -> (usize, &[u8], Option<(usize, usize)>) {
    let name_start = i;
    while b
        .get(i)
        .is_some_and(|&c| !is_space(c) && c != b'>' && c != b'/')
    {
        i += 1;
    }
    let name = b.get(name_start..i).unwrap_or_default();
    let mut count = 0;
    let mut cut_start = None;
    loop {
        while b.get(i).is_some_and(|&c| is_space(c) || c == b'/') {
            i += 1;
        }
        match b.get(i) {
            None => return (b.len(), name, cut_start.map(|s| (s, b.len()))),
            Some(b'>') => return (i + 1, name, cut_start.map(|s| (s, i))),
            Some(_) => {}
        }
        count += 1;
        if count > MAX_TAG_ATTRIBUTES && cut_start.is_none() {
            cut_start = Some(i);
        }
        // The name: the first character may be '=', as in the tokenizer.
        i += 1;
        while b
            .get(i)
            .is_some_and(|&c| !is_space(c) && !matches!(c, b'>' | b'/' | b'='))
        {
            i += 1;
        }
        while b.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        if b.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while b.get(i).is_some_and(|&c| is_space(c)) {
            i += 1;
        }
        match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                i = find(b, i + 1, &[q]).map_or(b.len(), |p| p + 1);
            }
            _ => {
                while b.get(i).is_some_and(|&c| !is_space(c) && c != b'>') {
                    i += 1;
                }
            }
        }
    }
}

/// Where the content of raw-text element `name` ends: at its end tag
/// (`</name` in any case), or the end of input.
fn find_end_tag(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(p) = find(b, i, b"</") {
        let after = p + 2;
        let matches = b
            .get(after..after + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if matches {
            return p;
        }
        i = after;
    }
    b.len()
}

/// The first position of `needle` in `b` at or after `from` (memchr's
/// vectorised search: this pass reads every byte of the page).
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = b.get(from..)?;
    let at = match needle {
        [c] => memchr::memchr(*c, hay),
        _ => memchr::memmem::find(hay, needle),
    };
    at.map(|p| from + p)
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_tags_are_untouched() {
        let html =
            r#"<p class="a" id=b data-x='1 > 2'>x</p><script>if (a<b) { s = "<i x y>"; }</script>"#;
        assert!(matches!(trim_attributes(html), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_past_the_limit_are_cut() {
        let mut tag = String::from("<div");
        for i in 0..1000 {
            tag.push_str(&format!(" a{i}=\"v>{i}\""));
        }
        let html = format!("{tag}>kept</div>");
        let out = trim_attributes(&html);
        assert!(out.ends_with(">kept</div>"));
        assert!(out.contains("a255=") && !out.contains("a256="));
    }

    #[test]
    fn quotes_count_only_after_equals() {
        // The tokenizer reads `b'c` as a name, so the tag goes on past the
        // quoted '>' and its 1000 attributes must be cut.
        let mut tag = String::from("<div b'c d='>'");
        for i in 0..1000 {
            tag.push_str(&format!(" a{i}"));
        }
        let html = format!("{tag}>kept</div>");
        let out = trim_attributes(&html);
        assert!(out.contains(" a250") && !out.contains(" a300"), "{out}");
        assert!(out.ends_with(">kept</div>"));
    }
}
