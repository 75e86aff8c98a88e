//! A linear pass over the raw HTML before html5ever sees it, for what the
//! token filter cannot prevent, since the tokenizer has done the work by the
//! time a tag reaches it:
//!
//! - html5ever's tokenizer compares each new attribute of a tag with all the
//!   earlier ones (duplicates are dropped), so a tag with N attributes costs
//!   O(N²): attributes past [`MAX_TAG_ATTRIBUTES`] are cut out of the text.
//! - The tokenizer copies every attribute's name and value, character by
//!   character; most of them (`data-*`, `srcset`, an SVG path's `d`, event
//!   handlers) no stage ever reads. A quoted attribute whose name is not in
//!   [`READ_ATTRIBUTES`] is cut out: on the news dev set that is a tenth of
//!   the bytes the tokenizer reads and nearly a tenth of the whole
//!   extraction's instructions (callgrind).
//! - The tokenizer reads comments a character at a time, and the token
//!   filter then drops them: a comment after a tag or a space is cut out
//!   (see [`clean_before`]).
//!
//! The pass follows the tokenizer far enough to know where tags and their
//! attributes are: comments as the tokenizer ends them, doctypes and bogus
//! comments, end tags (whose attributes are read and dropped), the content
//! of raw-text elements to their exact end tag (script data with its
//! escaped states, as the parser's jump reads it), and quoted values. Where
//! it cannot tell (a CDATA section, which is text in SVG or MathML and a
//! bogus comment elsewhere) it cuts nothing from there on. A cut value holds
//! no `<` or `>`, and its name follows white space, so even text the pass
//! took for a tag (raw text inside foreign content, whose rules it does not
//! follow) loses only characters that look like an attribute, never an end
//! tag, and no two words join.

use std::borrow::Cow;
use std::sync::LazyLock;

use html5ever::tendril::StrTendril;

use super::rawtext::{self, Raw};
use crate::dom::READ_ATTRIBUTES;

/// Attributes one tag may carry before the rest are cut from the input.
/// Real tags carry a handful (a few dozen with data-* attributes); the
/// tokenizer's duplicate check makes each extra one cost as much as all the
/// earlier ones together.
pub(crate) const MAX_TAG_ATTRIBUTES: usize = 256;

/// Elements whose content the tokenizer reads as text up to their end tag
/// (`script` has its own states, see [`rawtext`]; `plaintext` never ends).
const RAW_TEXT: [&[u8]; 7] = [
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"iframe",
    b"noembed",
    b"noframes",
];

/// [`trim`] as a string (for the tests).
#[cfg(test)]
pub(super) fn trim_attributes(html: &str, unread: bool) -> Cow<'_, str> {
    match trim(html, unread) {
        Trimmed::Text(text) => text,
        Trimmed::Shared(t) => Cow::Owned(t.to_string()),
    }
}

/// The page as [`trim`] leaves it.
pub(super) enum Trimmed<'a> {
    /// Something was cut: what is left, in one tendril that the parser
    /// feeds to the tokenizer in slices (the page is copied once, not into
    /// a string and again into the tokenizer's buffers).
    Shared(StrTendril),
    /// Nothing was cut (the page itself), or the page is too long for a
    /// tendril (4 GiB or more).
    Text(Cow<'a, str>),
}

/// `html` with the attributes past the limit of every tag, and (`unread`
/// true; false for the tests' oracle) the quoted attributes no stage reads
/// and the comments, cut out.
pub(super) fn trim(html: &str, unread: bool) -> Trimmed<'_> {
    let cuts = find_cuts(html, unread);
    let kept = || {
        let ends = cuts.iter().map(|&(start, _)| start).chain([html.len()]);
        let starts = [0].into_iter().chain(cuts.iter().map(|&(_, end)| end));
        starts
            .zip(ends)
            .map(|(from, to)| html.get(from..to).unwrap_or_default())
    };
    if cuts.is_empty() {
        return Trimmed::Text(Cow::Borrowed(html));
    }
    let Ok(len) = u32::try_from(html.len()) else {
        return Trimmed::Text(Cow::Owned(kept().collect()));
    };
    let mut out = StrTendril::new();
    out.reserve(len);
    for piece in kept() {
        out.push_slice(piece);
    }
    Trimmed::Shared(out)
}

/// The byte ranges to cut from `html`, in order (see [`trim`]).
fn find_cuts(html: &str, unread: bool) -> Vec<(usize, usize)> {
    let b = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut unread = unread;
    let mut foreign = Foreign::default();
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        let lt = i + off;
        i = lt + 1;
        match b.get(i) {
            Some(b'!') if b.get(i + 1..i + 3) == Some(b"--") => {
                let end = comment_end(b, i + 3);
                if unread && clean_before(b, lt) {
                    cuts.push((lt, end));
                }
                i = end;
            }
            // Text in foreign content, a bogus comment elsewhere: the pass
            // does not know which, so it cuts only past the limit from here.
            Some(b'!') if b.get(i + 1..i + 8) == Some(b"[CDATA[") => {
                unread = false;
                i += 1;
            }
            Some(b'!' | b'?') => i = find(b, i, b">").map_or(b.len(), |p| p + 1),
            Some(b'/') => match b.get(i + 1) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let (end, name, _) = scan_tag(b, i + 1, None, false);
                    i = end;
                    unread &= foreign.end(name);
                }
                // `</>` is dropped; `</` and anything else opens a bogus
                // comment, to the next `>`.
                Some(_) => i = find(b, i, b">").map_or(b.len(), |p| p + 1),
                None => {}
            },
            Some(c) if c.is_ascii_alphabetic() => {
                let (end, name, self_closing) = scan_tag(b, i, Some(&mut cuts), unread);
                i = end;
                match foreign.start(name, self_closing) {
                    Tokenized::AsMarkup => continue,
                    Tokenized::Unknown => unread = false,
                    Tokenized::AsHtml => {}
                }
                if name.eq_ignore_ascii_case(b"plaintext") {
                    break;
                }
                if name.eq_ignore_ascii_case(b"script") {
                    i = rawtext::body_end(b, i, Raw::Script);
                } else if let Some(raw) = RAW_TEXT.iter().find(|r| name.eq_ignore_ascii_case(r)) {
                    i = rawtext::text_end(b, i, raw);
                }
            }
            _ => {}
        }
    }
    cuts
}

/// Whether the tokenizer, reading the `<` at `lt` in its data state, has
/// nothing pending from the text before it: a `>` or a space other than a
/// carriage return before it. A comment cut out there could not join what
/// precedes it to what follows (`&amp` and `;` into one character
/// reference, `<` and a name into a tag, a `\r` and a `\n` into one line
/// break). Not at the input's start, where cutting it would make a byte
/// order mark after it the page's own.
fn clean_before(b: &[u8], lt: usize) -> bool {
    lt.checked_sub(1)
        .and_then(|p| b.get(p))
        .is_some_and(|c| matches!(c, b'>' | b' ' | b'\t' | b'\n' | b'\x0c'))
}

/// Where a comment whose text starts at `i` (just after `<!--`) ends, as
/// the tokenizer ends it: `<!-->` and `<!--->` at once, else after the
/// first `--` that more dashes and then `>` or `!>` follow; without one, at
/// the input's end.
fn comment_end(b: &[u8], i: usize) -> usize {
    match b.get(i..) {
        Some([b'>', ..]) => return i + 1,
        Some([b'-', b'>', ..]) => return i + 2,
        _ => {}
    }
    let mut from = i;
    while let Some(p) = find(b, from, b"--") {
        let mut j = p + 2;
        while b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j..) {
            Some([b'>', ..]) => return j + 1,
            Some([b'!', b'>', ..]) => return j + 2,
            _ => from = j,
        }
    }
    b.len()
}

/// How the tokenizer reads what follows a start tag, as far as the pass
/// can tell.
enum Tokenized {
    /// By HTML's rules (raw text after `<script>`, `<title>`…).
    AsHtml,
    /// As markup: inside SVG or MathML, where `<title>` or `<style>` is an
    /// element like any other.
    AsMarkup,
    /// Not known without the tree builder's state (an HTML element inside
    /// SVG or MathML, which may end it or sit in a `<foreignObject>`).
    Unknown,
}

/// The elements open since the outermost `<svg>` or `<math>`, as a small
/// stack of names: enough to know that a page's inline icons are foreign
/// content, and to give up (cut only past the limit) wherever the tree
/// builder's own rules would be needed to follow it — an end tag that does
/// not close what the pass saw open (`</title>` inside `<desc>` closes
/// nothing; `</svg>` closes a `<math>` opened inside it; `</div>` closes
/// the `<svg>` inside the div).
#[derive(Default)]
struct Foreign<'a> {
    /// Open element names, outermost first.
    open: Vec<&'a [u8]>,
    /// How many open elements are integration points (`<foreignObject>`,
    /// `<desc>`, `<title>`, `<annotation-xml>`, MathML text elements),
    /// inside which HTML's rules apply again.
    integration: usize,
}

/// Elements open in foreign content past which the pass gives up: inline
/// icons nest a few levels (`<svg><g><path>`), never dozens.
const MAX_FOREIGN_DEPTH: usize = 64;

impl<'a> Foreign<'a> {
    fn inside(&self) -> bool {
        !self.open.is_empty()
    }

    fn start(&mut self, name: &'a [u8], self_closing: bool) -> Tokenized {
        let is = |n: &[u8]| name.eq_ignore_ascii_case(n);
        let root = is(b"svg") || is(b"math");
        if !self.inside() {
            if root && !self_closing {
                self.open.push(name);
            }
            return Tokenized::AsHtml;
        }
        let raw = is(b"script") || is(b"plaintext") || RAW_TEXT.iter().any(|r| is(r));
        if is_breakout(name) || (raw && (self.integration > 0 || !is(b"title"))) {
            return Tokenized::Unknown;
        }
        if !self_closing {
            if self.open.len() >= MAX_FOREIGN_DEPTH {
                return Tokenized::Unknown;
            }
            self.integration += usize::from(integration_point(name).is_some());
            self.open.push(name);
        }
        Tokenized::AsMarkup
    }

    /// Counts an end tag; false when it leaves the pass unsure.
    fn end(&mut self, name: &[u8]) -> bool {
        let Some(&top) = self.open.last() else {
            return true;
        };
        // Only an end tag closing the innermost open element is followed;
        // any other needs the tree builder's stack and scope rules.
        if !top.eq_ignore_ascii_case(name) {
            return false;
        }
        self.open.pop();
        self.integration = self
            .integration
            .saturating_sub(usize::from(integration_point(name).is_some()));
        // `</p>` and `</br>` leave foreign content like a start tag does.
        !(name.eq_ignore_ascii_case(b"p") || name.eq_ignore_ascii_case(b"br"))
    }
}

/// HTML start tags that end foreign content (`font` only with some
/// attributes; counted always, to be safe).
fn is_breakout(name: &[u8]) -> bool {
    const NAMES: [&[u8]; 45] = [
        b"b",
        b"big",
        b"blockquote",
        b"body",
        b"br",
        b"center",
        b"code",
        b"dd",
        b"div",
        b"dl",
        b"dt",
        b"em",
        b"embed",
        b"h1",
        b"h2",
        b"h3",
        b"h4",
        b"h5",
        b"h6",
        b"head",
        b"hr",
        b"i",
        b"img",
        b"li",
        b"listing",
        b"menu",
        b"meta",
        b"nobr",
        b"ol",
        b"p",
        b"pre",
        b"ruby",
        b"s",
        b"small",
        b"span",
        b"strong",
        b"strike",
        b"sub",
        b"sup",
        b"table",
        b"tt",
        b"u",
        b"ul",
        b"var",
        b"font",
    ];
    NAMES.iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// SVG and MathML elements inside which HTML's rules apply.
const INTEGRATION_POINTS: [&[u8]; 9] = [
    b"foreignobject",
    b"desc",
    b"title",
    b"annotation-xml",
    b"mi",
    b"mo",
    b"mn",
    b"ms",
    b"mtext",
];

/// Which of [`INTEGRATION_POINTS`] `name` is, if any.
fn integration_point(name: &[u8]) -> Option<u8> {
    INTEGRATION_POINTS
        .iter()
        .position(|n| name.eq_ignore_ascii_case(n))
        .and_then(|k| u8::try_from(k).ok())
}

/// [`READ_ATTRIBUTES`] by length: a name is compared with the few of its
/// own length only (every quoted attribute of a page is looked up).
static READ_BY_LEN: LazyLock<Vec<Vec<&'static [u8]>>> = LazyLock::new(|| {
    let mut by_len: Vec<Vec<&'static [u8]>> = Vec::new();
    for a in READ_ATTRIBUTES {
        if by_len.len() <= a.len() {
            by_len.resize(a.len() + 1, Vec::new());
        }
        if let Some(same) = by_len.get_mut(a.len()) {
            same.push(a.as_bytes());
        }
    }
    by_len
});

/// Whether an attribute `name` is one to keep (see [`READ_ATTRIBUTES`],
/// [`crate::dom::is_time_attribute`] and [`crate::dom::is_tooltip_attribute`]).
fn is_read(name: &[u8]) -> bool {
    READ_BY_LEN
        .get(name.len())
        .is_some_and(|same| same.iter().any(|a| name.eq_ignore_ascii_case(a)))
        || crate::dom::is_time_attribute(name)
        || crate::dom::is_tooltip_attribute(name)
}

/// Scans a tag whose name starts at `i`, exactly as the tokenizer reads
/// it: returns where the tag ends, its name, and whether it closes itself. With `cuts` (a start tag),
/// records there the byte ranges to cut: each quoted attribute no stage
/// reads (when `unread`), and every attribute past the limit. Cut points fall on ASCII
/// bytes, so the text stays valid UTF-8.
fn scan_tag<'a>(
    b: &'a [u8],
    mut i: usize,
    mut cuts: Option<&mut Vec<(usize, usize)>>,
    unread: bool,
) -> (usize, &'a [u8], bool) {
    let name_start = i;
    while b
        .get(i)
        .is_some_and(|&c| !is_space(c) && c != b'>' && c != b'/')
    {
        i += 1;
    }
    let name = b.get(name_start..i).unwrap_or_default();
    let mut count = 0;
    let mut over_limit = None;
    loop {
        // A `/` right before the `>` closes the tag itself.
        let mut solidus = false;
        while let Some(&c) = b.get(i).filter(|&&c| is_space(c) || c == b'/') {
            solidus = c == b'/';
            i += 1;
        }
        let end = match b.get(i) {
            None => Some((b.len(), b.len())),
            Some(b'>') => Some((i, i + 1)),
            Some(_) => None,
        };
        if let Some((last, end)) = end {
            if let (Some(cuts), Some(s)) = (cuts, over_limit) {
                cuts.push((s, last));
            }
            return (end, name, solidus);
        }
        count += 1;
        if count > MAX_TAG_ATTRIBUTES && over_limit.is_none() {
            over_limit = Some(i);
        }
        // The name: the first character may be '=', as in the tokenizer.
        let attr_start = i;
        i += 1;
        while b
            .get(i)
            .is_some_and(|&c| !is_space(c) && !matches!(c, b'>' | b'/' | b'='))
        {
            i += 1;
        }
        let attr_name = b.get(attr_start..i).unwrap_or_default();
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
                let value_end = find(b, i + 1, &[q]).map(|p| p + 1);
                // Not before an `=`: without the attribute, that `=` would
                // give a value to the one before it, if it had none.
                let next = |e: usize| b.get(e..).and_then(|r| r.iter().find(|&&c| !is_space(c)));
                let cut = value_end.filter(|&e| {
                    unread
                        && over_limit.is_none()
                        && !is_read(attr_name)
                        && b.get(i + 1..e - 1)
                            .is_some_and(|v| memchr::memchr2(b'<', b'>', v).is_none())
                        && next(e) != Some(&b'=')
                        // Nor right after a `/`: without the attribute
                        // that `/` could stand before the `>` and close
                        // the tag itself (`<x/a="v">` is no `<x/>`).
                        && attr_start.checked_sub(1).and_then(|p| b.get(p)) != Some(&b'/')
                });
                if let (Some(cuts), Some(e)) = (cuts.as_deref_mut(), cut) {
                    cuts.push((attr_start, e));
                }
                i = value_end.unwrap_or(b.len());
            }
            _ => {
                while b.get(i).is_some_and(|&c| !is_space(c) && c != b'>') {
                    i += 1;
                }
            }
        }
    }
}

/// The first position of `needle` in `b` at or after `from` (memchr's
/// vectorised search: this pass reads every byte of the page).
/// The needles are a few bytes long: a search for the first byte, checked
/// for the rest, costs less than building a substring searcher per call.
fn find(b: &[u8], mut from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    loop {
        let at = from + memchr::memchr(first, b.get(from..)?)?;
        if b.get(at + 1..at + 1 + rest.len()) == Some(rest) {
            return Some(at);
        }
        from = at + 1;
    }
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attribute_right_after_a_solidus_is_not_cut() {
        // Cut, `<x/a="v">` would read as `<x/>`, a tag that closes itself
        // (in `<svg>`, where that counts): found by the parse proptest.
        let tag = b"<input/textarea=\"v\">";
        let mut cuts = Vec::new();
        let (end, name, closes) = scan_tag(tag, 1, Some(&mut cuts), true);
        assert_eq!((end, name, closes), (tag.len(), &b"input"[..], false));
        assert!(cuts.is_empty(), "{cuts:?}");
        // With a space between them the cut leaves `/ >`: no self-closing.
        let tag = b"<input/ textarea=\"v\">";
        let mut cuts = Vec::new();
        scan_tag(tag, 1, Some(&mut cuts), true);
        assert_eq!(cuts.len(), 1);
    }

    #[test]
    fn read_attributes_are_read_in_any_case_and_others_not() {
        for a in READ_ATTRIBUTES {
            assert!(is_read(a.as_bytes()), "{a}");
            assert!(is_read(a.to_ascii_uppercase().as_bytes()), "{a}");
            assert!(!is_read(format!("{a}x").as_bytes()), "{a}");
        }
        for a in ["", "data-x", "srcset", "onclick", "d", "hrefs", "classes"] {
            assert!(!is_read(a.as_bytes()), "{a}");
        }
    }

    #[test]
    fn tooltip_attributes_are_read() {
        for a in [
            "title",
            "TITLE",
            "data-tippy-content",
            "data-tooltip",
            "data-bs-original-title",
        ] {
            assert!(is_read(a.as_bytes()), "{a}");
        }
        for a in ["titles", "data-title-x", "tooltip", "data-tip"] {
            assert!(!is_read(a.as_bytes()), "{a}");
        }
    }

    #[test]
    fn creation_time_attributes_are_read() {
        for a in [
            "created-timestamp",
            "data-published-time",
            "data-created-at",
            "data-posted-date",
            "Created_Timestamp",
        ] {
            assert!(is_read(a.as_bytes()), "{a}");
        }
        // A bare time may be the server's rendering time.
        for a in [
            "timestamp",
            "data-time",
            "data-timestamp",
            "created",
            "data-created-by",
            "data-date-format",
        ] {
            assert!(!is_read(a.as_bytes()), "{a}");
        }
    }

    #[test]
    fn foreign_content_is_followed_while_its_end_tags_match() {
        // An icon closed tag for tag: the comment after it is still cut.
        let icon = r#"<svg><title>Icon</title><path d="M0"/><g><use href="/i.svg"></use></g></svg> <!-- x --><p>t</p>"#;
        assert_eq!(
            trim_attributes(icon, true),
            r#"<svg><title>Icon</title><path /><g><use href="/i.svg"></use></g></svg> <p>t</p>"#
        );
        // An end tag that closes nothing the pass saw open (`</title>` in
        // `<desc>`), or more than it (`</svg>` over an open `<math>`,
        // `</div>` over the `<svg>`): nothing is cut from there on.
        for html in [
            "<svg><desc></title></desc></svg> <!-- x --><p>t</p>",
            "<svg><math></svg> <!-- x --><p>t</p>",
            "<div><svg></div> <!-- x --><p>t</p>",
        ] {
            assert_eq!(trim_attributes(html, true), html);
        }
    }

    #[test]
    fn real_tags_are_untouched() {
        let html =
            r#"<p class="a" id=b data-x='1 > 2'>x</p><script>if (a<b) { s = "<i x y>"; }</script>"#;
        assert!(matches!(trim_attributes(html, true), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_past_the_limit_are_cut() {
        let mut tag = String::from("<div");
        for i in 0..1000 {
            tag.push_str(&format!(" a{i}=\"v>{i}\""));
        }
        let html = format!("{tag}>kept</div>");
        let out = trim_attributes(&html, true);
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
        let out = trim_attributes(&html, true);
        assert!(out.contains(" a250") && !out.contains(" a300"), "{out}");
        assert!(out.ends_with(">kept</div>"));
    }
}
