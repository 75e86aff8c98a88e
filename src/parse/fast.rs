//! A fast path past html5ever's tokenizer, for the plain runs of text and
//! the plain tags that make up nearly all of a page.
//!
//! html5ever's tokenizer reads a character at a time and copies every name
//! and value into buffers. Where it is idle in its data state with nothing
//! read ahead, [`run`] reads the next run of text or the next tag itself,
//! as the tokenizer would, and hands the token straight to the token filter
//! ([`Filter::process`]): text and attribute values as slices of the page
//! (no copy) where nothing in them needs decoding, names looked up once. At
//! the first thing it does not read exactly the tokenizer's way, it returns
//! its position and the parse loop ([`super::parse`]) feeds the tokenizer
//! from there, with the filter set to stop it after the next tag the tree
//! builder answers with "go on" (see [`Filter::stop_at_tags`]); what is left
//! of the fed window tells where the fast path takes over again.
//!
//! # What it reads
//!
//! - Text up to the next `<`, with `\r\n` and `\r` read as `\n`, and the
//!   references `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` and `&#N;` /
//!   `&#xH;` (with their `;`, for a code point the tokenizer keeps as it is)
//!   decoded.
//! - Start and end tags whose name starts with an ASCII letter, ending in
//!   the fed window, with the tokenizer's quirks: names lowered (ASCII
//!   only), attributes with quoted, unquoted or no values, the same
//!   references decoded in values, `\r` as white space, an `=` or quote
//!   read as part of a name, `a="x"b` as two attributes, a stray `/`
//!   ignored, `>` before a value ending the tag, a repeated attribute
//!   dropped (and the tag marked), attributes on end tags kept.
//!
//! # What it leaves to the tokenizer, and why
//!
//! - `<!` (comments, doctypes, and `<![CDATA[`, which reads as a section or
//!   a comment by the tree builder's answer about the current node), `<?`,
//!   and `<` or `</` not followed by a letter: rare, and each its own state
//!   machine.
//! - Any other reference (`&copy;`, `&amp` without `;`, `&#128;`…): the
//!   tokenizer's longest-match table and its replacements for numeric
//!   references are not copied here.
//! - NUL anywhere: the tree builder reads it differently by insertion mode.
//! - A `\r` ending the window (it may be half of a `\r\n`) and a tag not
//!   ended in the window (the tokenizer keeps the part read for the next
//!   window).
//! - Start tags in [`SWITCHING`]: the tree builder answers them by switching
//!   the tokenizer to raw text, RCDATA, script data or plaintext, which
//!   cannot be done from outside the tokenizer. `noscript` is not among them
//!   because the parser runs with scripting off.
//!
//! # Why the tree is the tokenizer's
//!
//! 1. Each token handed over is the token the tokenizer would emit from
//!    the same bytes in its data state. Text may be cut at other places,
//!    but the filter hands each run of text to the tree builder in one piece
//!    whichever way it was cut (see [`Filter::flush`]).
//! 2. The tokenizer is in its data state, with nothing buffered, wherever
//!    the fast path reads: at the start, after each window it was fed in
//!    full, after a tag the tree builder answered with "go on" (the filter
//!    stops it there), and after a skipped script or style body. No token
//!    read here moves it out of that state, since the tree builder switches
//!    it only on the start tags left to it (and the tokenizer, reading those
//!    itself, also records the name their end tag must match).
//! 3. Every answer to a token read here is checked: anything but "go on"
//!    stops the parse, which starts again without the fast path (see
//!    [`Unexpected`]). The tests walk every tag name through every insertion
//!    mode to show it does not happen.
//! 4. The element limit is looked at where it was without the fast path (at
//!    the end of each fed window and after a skipped body), and the filter
//!    drops start tags past it either way, so a tree is cut at the same
//!    place.
//!
//! The tests in [`super`] compare trees built with and without it
//! (hand-written pages, pages across several windows, a proptest over the
//! pieces that steer the tokenizer's states, every tag name in every
//! insertion mode), and the fuzz target `parse_fast` does so on arbitrary
//! input through `stages::parse_both`.

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{EndTag, StartTag, Tag, TagKind, TagToken, Token, TokenSinkResult};
use html5ever::{ns, Attribute, LocalName, QualName};

use super::filter::Filter;

/// Start tags after which the tokenizer reads the content its own way.
pub(super) const SWITCHING: [&str; 9] = [
    "script",
    "style",
    "title",
    "textarea",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// The tree builder answered a token this path read with anything but
/// "go on": it would have switched the tokenizer to another state, which
/// the tokenizer cannot be told from outside. [`SWITCHING`] holds every
/// start tag the tree builder switches on (with scripting off), so this
/// does not happen; if a new html5ever ever did it, the page is parsed
/// again without this path (see [`super::parse`]).
#[derive(Debug)]
pub(super) struct Unexpected;

/// Passes `token` to `filter`, which must answer "go on".
fn pass(filter: &Filter, token: Token) -> Result<(), Unexpected> {
    match filter.process(token, 0) {
        TokenSinkResult::Continue => Ok(()),
        _ => Err(Unexpected),
    }
}

#[cfg(test)]
thread_local! {
    /// Bytes read by this path on this thread (the tests check that it
    /// does read most of a plain page).
    pub(super) static FAST_BYTES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Reads `b[pos..end]` (the window `window` holds `b` from `window_start`)
/// for as long as it is plain, handing each token to `filter`; returns
/// where the tokenizer must take over (`end` when it need not).
pub(super) fn run(
    filter: &Filter,
    page: &str,
    window: &StrTendril,
    window_start: usize,
    mut pos: usize,
    end: usize,
) -> Result<usize, Unexpected> {
    let slice = |from: usize, to: usize| -> Option<StrTendril> {
        let f = u32::try_from(from.checked_sub(window_start)?).ok()?;
        let len = u32::try_from(to.checked_sub(from)?).ok()?;
        window.try_subtendril(f, len).ok()
    };
    let b = page.as_bytes();
    // The attributes of the tag being read, reused from tag to tag: each
    // tag's list is then allocated once at its exact size.
    let mut scratch = Vec::new();
    while pos < end {
        let Some(rest) = b.get(pos..end) else {
            return Ok(pos);
        };
        let lt = memchr::memchr(b'<', rest).map_or(end, |p| pos + p);
        if lt > pos {
            let text = b.get(pos..lt).unwrap_or_default();
            let t = if memchr::memchr3(b'&', b'\r', b'\0', text).is_some() {
                // A `\r` at the window's end may be half of a line break.
                let decoded = page
                    .get(pos..lt)
                    .filter(|_| lt < end || text.last() != Some(&b'\r'))
                    .and_then(decode);
                let Some(d) = decoded else {
                    return Ok(pos);
                };
                StrTendril::from(d)
            } else {
                let Some(t) = slice(pos, lt) else {
                    return Ok(pos);
                };
                t
            };
            pass(filter, Token::CharacterTokens(t))?;
            #[cfg(test)]
            FAST_BYTES.with(|n| n.set(n.get() + lt - pos));
            pos = lt;
            continue;
        }
        let Some((tag, after)) = read_tag(page, lt, end, &slice, &mut scratch) else {
            return Ok(pos);
        };
        pass(filter, TagToken(tag))?;
        #[cfg(test)]
        FAST_BYTES.with(|n| n.set(n.get() + after - pos));
        pos = after;
    }
    Ok(pos)
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b' ')
}

/// White space in a tag: a `\r` reads as a line feed there (and a `\n`
/// after it is dropped, which in a tag changes nothing).
fn is_tag_space(c: u8) -> bool {
    is_space(c) || c == b'\r'
}

/// The attribute value `page[from..to]`: a slice of the page, or decoded.
fn value_at(
    page: &str,
    from: usize,
    to: usize,
    slice: &dyn Fn(usize, usize) -> Option<StrTendril>,
) -> Option<StrTendril> {
    let raw = page.get(from..to)?;
    if memchr::memchr3(b'&', b'\r', b'\0', raw.as_bytes()).is_none() {
        return slice(from, to);
    }
    decode(raw).map(StrTendril::from)
}

/// Text or an attribute value as the tokenizer reads it: `\r\n` and `\r`
/// as `\n`, and the common character references (`&amp;`, `&lt;`, `&gt;`,
/// `&quot;`, `&apos;`, `&nbsp;`, `&#N;`, `&#xH;`, each with its `;`)
/// decoded; `None` for anything else (other references, NUL).
fn decode(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let (mut i, mut from) = (0, 0);
    while let Some(p) = b
        .get(i..)
        .and_then(|r| memchr::memchr3(b'&', b'\r', b'\0', r))
    {
        let at = i + p;
        out.push_str(raw.get(from..at)?);
        match b.get(at)? {
            b'\r' => {
                out.push('\n');
                i = at + 1;
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'&' => {
                let (c, len) = char_ref(b.get(at + 1..)?)?;
                out.push(c);
                i = at + 1 + len;
            }
            _ => return None,
        }
        from = i;
    }
    out.push_str(raw.get(from..)?);
    Some(out)
}

/// `t` with its character references (the forms [`char_ref`] reads)
/// decoded and any other `&` kept as written: for text that reached the
/// page still escaped (a JSON-LD string, a title its template escaped
/// twice), which the tokenizer did not decode.
pub(crate) fn decode_references(t: &str) -> String {
    let b = t.as_bytes();
    let mut out = String::with_capacity(t.len());
    let (mut i, mut from) = (0, 0);
    while let Some(p) = b.get(i..).and_then(|r| memchr::memchr(b'&', r)) {
        let at = i + p;
        match b.get(at + 1..).and_then(char_ref) {
            Some((c, len)) => {
                out.push_str(t.get(from..at).unwrap_or_default());
                out.push(c);
                i = at + 1 + len;
                from = i;
            }
            None => i = at + 1,
        }
    }
    out.push_str(t.get(from..).unwrap_or_default());
    out
}

/// The character a reference (the bytes after its `&`) stands for, and
/// the bytes it takes: only the forms read the same everywhere (with a
/// `;`, a name the longest match cannot extend, a code point the tokenizer
/// keeps as it is).
fn char_ref(b: &[u8]) -> Option<(char, usize)> {
    let semi = memchr::memchr(b';', b.get(..b.len().min(10))?)?;
    let c = match b.get(..semi)? {
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" => '\'',
        b"nbsp" => '\u{a0}',
        [b'#', b'x' | b'X', hex @ ..]
            if !hex.is_empty() && hex.iter().all(u8::is_ascii_hexdigit) =>
        {
            code_point(hex, 16)?
        }
        [b'#', dec @ ..] if !dec.is_empty() && dec.iter().all(u8::is_ascii_digit) => {
            code_point(dec, 10)?
        }
        _ => return None,
    };
    Some((c, semi + 1))
}

/// A numeric reference's character, where the tokenizer keeps the code
/// point as it is (not NUL, a C1 control, a surrogate or past U+10FFFF).
fn code_point(digits: &[u8], radix: u32) -> Option<char> {
    let n = u32::from_str_radix(std::str::from_utf8(digits).ok()?, radix).ok()?;
    if n == 0 || (0x80..=0x9f).contains(&n) {
        return None;
    }
    char::from_u32(n)
}

/// A name as the tokenizer makes it: ASCII letters lowered.
fn local_name(s: &str) -> Option<LocalName> {
    if s.bytes().any(|c| c.is_ascii_uppercase()) {
        Some(LocalName::from(s.to_ascii_lowercase()))
    } else {
        Some(LocalName::from(s))
    }
}

/// The tag whose `<` is at `lt`, read as the tokenizer reads it from its
/// data state, and the position after its `>`; `None` for anything this
/// path leaves to the tokenizer.
fn read_tag(
    page: &str,
    lt: usize,
    end: usize,
    slice: &dyn Fn(usize, usize) -> Option<StrTendril>,
    attrs: &mut Vec<Attribute>,
) -> Option<(Tag, usize)> {
    let b = page.as_bytes();
    let at = |i: usize| if i < end { b.get(i).copied() } else { None };
    let (kind, mut i): (TagKind, usize) = match at(lt + 1)? {
        b'/' if at(lt + 2)?.is_ascii_alphabetic() => (EndTag, lt + 2),
        c if c.is_ascii_alphabetic() => (StartTag, lt + 1),
        _ => return None,
    };
    let name_start = i;
    loop {
        match at(i)? {
            b'\0' | b'&' => return None,
            c if is_tag_space(c) || c == b'/' || c == b'>' => break,
            _ => i += 1,
        }
    }
    let name = local_name(page.get(name_start..i)?)?;
    if kind == StartTag && SWITCHING.iter().any(|s| *name == **s) {
        return None;
    }
    attrs.clear();
    let mut duplicate = false;
    let mut self_closing = false;
    // The attribute being read: its name's bytes and its value.
    let mut current: Option<(usize, usize)> = None;
    let mut value: Option<StrTendril> = None;
    #[derive(Clone, Copy)]
    enum S {
        BeforeName,
        Name,
        AfterName,
        BeforeValue,
        AfterQuoted,
        SelfClosing,
    }
    let mut state = if matches!(at(i)?, b'/') {
        i += 1;
        S::SelfClosing
    } else if at(i)? == b'>' {
        i += 1;
        return Some((
            Tag {
                kind,
                name,
                self_closing,
                attrs: Vec::new(),
                had_duplicate_attributes: duplicate,
            },
            i,
        ));
    } else {
        i += 1;
        S::BeforeName
    };
    loop {
        let c = at(i)?;
        if c == b'\0' {
            return None;
        }
        match state {
            S::BeforeName => {
                i += 1;
                match c {
                    c if is_tag_space(c) => {}
                    b'/' => state = S::SelfClosing,
                    b'>' => break,
                    _ => {
                        finish(page, &mut current, &mut value, attrs, &mut duplicate)?;
                        current = Some((i - 1, i));
                        state = S::Name;
                    }
                }
            }
            S::Name => {
                i += 1;
                match c {
                    c if is_tag_space(c) => state = S::AfterName,
                    b'/' => state = S::SelfClosing,
                    b'=' => state = S::BeforeValue,
                    b'>' => break,
                    _ => {
                        if let Some((_, e)) = current.as_mut() {
                            *e = i;
                        }
                    }
                }
            }
            S::AfterName => {
                i += 1;
                match c {
                    c if is_tag_space(c) => {}
                    b'/' => state = S::SelfClosing,
                    b'=' => state = S::BeforeValue,
                    b'>' => break,
                    _ => {
                        finish(page, &mut current, &mut value, attrs, &mut duplicate)?;
                        current = Some((i - 1, i));
                        state = S::Name;
                    }
                }
            }
            S::BeforeValue => match c {
                c if is_tag_space(c) => i += 1,
                q @ (b'"' | b'\'') => {
                    let from = i + 1;
                    let len = memchr::memchr(q, b.get(from..end)?)?;
                    value = Some(value_at(page, from, from + len, slice)?);
                    i = from + len + 1;
                    state = S::AfterQuoted;
                }
                b'>' => {
                    i += 1;
                    break;
                }
                _ => {
                    // Unquoted: to white space or `>`.
                    let from = i;
                    loop {
                        match at(i)? {
                            b'\0' => return None,
                            c if is_tag_space(c) || c == b'>' => break,
                            _ => i += 1,
                        }
                    }
                    value = Some(value_at(page, from, i, slice)?);
                    if at(i)? == b'>' {
                        i += 1;
                        break;
                    }
                    i += 1;
                    state = S::BeforeName;
                }
            },
            S::AfterQuoted => match c {
                c if is_tag_space(c) => {
                    i += 1;
                    state = S::BeforeName;
                }
                b'/' => {
                    i += 1;
                    state = S::SelfClosing;
                }
                b'>' => {
                    i += 1;
                    break;
                }
                // Reconsumed as the start of the next attribute.
                _ => state = S::BeforeName,
            },
            S::SelfClosing => {
                if c == b'>' {
                    self_closing = true;
                    i += 1;
                    break;
                }
                // Reconsumed before an attribute name.
                state = S::BeforeName;
            }
        }
    }
    finish(page, &mut current, &mut value, attrs, &mut duplicate)?;
    // Exact size: the arena holds each list for the whole extraction, and
    // most tags keep one or two attributes (a list grown by pushing would
    // hold room for four).
    let mut exact = Vec::with_capacity(attrs.len());
    exact.append(attrs);
    Some((
        Tag {
            kind,
            name,
            self_closing,
            attrs: exact,
            had_duplicate_attributes: duplicate,
        },
        i,
    ))
}

/// Ends the attribute being read, as the tokenizer does: a name already
/// on the tag is dropped (and marks the tag).
fn finish(
    page: &str,
    current: &mut Option<(usize, usize)>,
    value: &mut Option<StrTendril>,
    attrs: &mut Vec<Attribute>,
    duplicate: &mut bool,
) -> Option<()> {
    if let Some((s, e)) = current.take() {
        let local = local_name(page.get(s..e)?)?;
        let v = value.take().unwrap_or_default();
        if attrs.iter().any(|a| a.name.local == local) {
            *duplicate = true;
        } else {
            attrs.push(Attribute {
                name: QualName::new(None, ns!(), local),
                value: v,
            });
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_decoded_and_other_ampersands_kept() {
        assert_eq!(
            decode_references("Tools &#8211; Tips &amp; M&A &#x26; &bull; &#;"),
            "Tools \u{2013} Tips & M&A & &bull; &#;"
        );
        assert_eq!(decode_references("l&#039;été"), "l'été");
        assert_eq!(decode_references("&"), "&");
    }

    #[test]
    fn decodes_only_what_reads_the_same_everywhere() {
        assert_eq!(decode("a\r\nb\rc\n").as_deref(), Some("a\nb\nc\n"));
        assert_eq!(
            decode("&amp;&lt;&gt;&quot;&apos;&nbsp;&#39;&#x27;&#X41;").as_deref(),
            Some("&<>\"'\u{a0}''A")
        );
        for raw in [
            "&amp",
            "&copy;",
            "&#0;",
            "&#128;",
            "&#xD800;",
            "&#x110000;",
            "&#;",
            "&#x;",
            "a\0b",
            "&ampx;",
            "&#0000000039;",
        ] {
            assert_eq!(decode(raw), None, "{raw}");
        }
    }
}
