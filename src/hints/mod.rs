//! What an element's `class`, `id`, `role` and `itemprop` say about it.
//!
//! Class and id values are split into lowercase words (on punctuation, digits
//! and camelCase humps: `commentRespond` → `comment`, `respond`) and each word
//! is looked up without allocating. Markup vocabularies (WordPress, Drupal,
//! Blogger, Bootstrap, schema.org) are English whatever the page's language,
//! which is why these lists are not in `lang`.

use crate::boilerplate::Boilerplate;
use crate::dom::Element;
pub(crate) mod words;

use html5ever::local_name;
use words::{CAPTION_WORDS, CLASS_WORDS};

/// Words that mark main content (readability's positive class words).
static CONTENT_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "post",
    "story",
    "text",
    "blog",
    "prose",
    // Page builders wrap every block, text included, in a "widget"
    // ("elementor-widget-container", "widget-wrap"): the wrapper of a
    // widget is no sidebar. A sidebar's own "widget" class still is.
    "widgetcontainer",
    "widgetwrap",
    // Elementor marks every block of a page "elementor-widget", headings
    // and text included (its sidebar and menu widgets say so in more words).
    "elementorwidget",
];

/// Splits a class/id value into lowercase ASCII words, calling `f` on each
/// until it returns `Some`. Joins `sr-only` style pairs by also offering each
/// word glued to the next one. The words are given as bytes (ASCII letters
/// only), so that no word is validated as UTF-8 before its lookup.
fn words<T>(value: &str, mut f: impl FnMut(&[u8]) -> Option<T>) -> Option<T> {
    // Words are short; longer runs are not vocabulary we know.
    const MAX_WORD: usize = 24;
    let mut buf = [0u8; 2 * MAX_WORD];
    let mut prev_len = 0usize; // length of the previous word at buf[..prev_len]
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Start of a word: an ASCII letter.
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii_alphabetic() {
            if !matches!(b, b'-' | b'_') {
                prev_len = 0; // whitespace or other: no gluing across values
            }
            i += 1;
            continue;
        }
        let start = i;
        // Letters right after a digit are a fragment of a hash or generated
        // id ("5f18ad9", "c3a9ad"), not a word: "ad" there is no ad slot.
        let after_digit = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        i += 1;
        while let Some(&c) = bytes.get(i) {
            let hump =
                c.is_ascii_uppercase() && bytes.get(i - 1).is_some_and(|p| p.is_ascii_lowercase());
            if !c.is_ascii_alphabetic() || hump {
                break;
            }
            i += 1;
        }
        let word = bytes.get(start..i).unwrap_or_default();
        if word.len() > MAX_WORD || after_digit {
            prev_len = 0;
            continue;
        }
        let mut w = [0u8; MAX_WORD];
        for (d, s) in w.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        let w = w.get(..word.len()).unwrap_or_default();
        if let Some(r) = f(w) {
            return Some(r);
        }
        // Glued with the previous word ("sr" + "only", "related" + "posts").
        if prev_len > 0 {
            if let Some(dst) = buf.get_mut(prev_len..prev_len + w.len()) {
                dst.copy_from_slice(w);
                if let Some(s) = buf.get(..prev_len + w.len()) {
                    if let Some(r) = f(s) {
                        return Some(r);
                    }
                }
            }
        }
        if let Some(dst) = buf.get_mut(..w.len()) {
            dst.copy_from_slice(w);
            prev_len = w.len();
        }
    }
    None
}

/// What one word of a class or id says.
#[derive(Clone, Copy, Default)]
struct WordInfo {
    hint: Option<Boilerplate>,
    content: bool,
    caption: bool,
    /// "embed", "embedded", "tweet": an embedded post, not a share bar.
    embed: bool,
    /// "privacy": with a popup word, a consent notice ("privacy-banner").
    privacy: bool,
    /// "banner", "modal", "popup", "overlay", "notice", "prompt": a box
    /// over or atop the page.
    popup: bool,
}

/// Every word list of this module in one map: each word of every class and
/// id on a page is looked up, alone and glued to the previous one.
static WORD_MAP: std::sync::LazyLock<crate::hash::FastMap<&'static [u8], WordInfo>> =
    std::sync::LazyLock::new(|| {
        let mut map: crate::hash::FastMap<&'static [u8], WordInfo> = Default::default();
        for &(w, h) in CLASS_WORDS {
            map.entry(w.as_bytes()).or_default().hint = Some(h);
        }
        for &w in CONTENT_WORDS {
            map.entry(w.as_bytes()).or_default().content = true;
        }
        for &w in CAPTION_WORDS {
            map.entry(w.as_bytes()).or_default().caption = true;
        }
        for w in ["embed", "embedded", "tweet"] {
            map.entry(w.as_bytes()).or_default().embed = true;
        }
        map.entry(b"privacy".as_slice()).or_default().privacy = true;
        for w in POPUP_WORDS {
            map.entry(w.as_bytes()).or_default().popup = true;
        }
        map
    });

/// What a whole class or id value says: its first hint word, and whether it
/// has a content, caption or embed word anywhere.
#[derive(Clone, Copy, Default)]
struct ValueInfo {
    hint: Option<Boilerplate>,
    content: bool,
    caption: bool,
    embed: bool,
}

fn value_info(value: &str) -> ValueInfo {
    let mut v = ValueInfo::default();
    let (mut privacy, mut popup) = (false, false);
    words(value, |w| {
        if let Some(i) = WORD_MAP.get(w) {
            v.hint = v.hint.or(i.hint);
            v.content |= i.content;
            v.caption |= i.caption;
            v.embed |= i.embed;
            privacy |= i.privacy;
            popup |= i.popup;
        }
        None::<()>
    });
    // A privacy banner, modal or notice is a consent prompt, however much
    // it says ("privacy-cmp-banner": its partners, purposes and choices).
    if privacy && popup {
        v.hint = Some(Boilerplate::Cookies);
    }
    v
}

/// Words naming a box shown over or atop the page (see
/// [`WordInfo::popup`]).
const POPUP_WORDS: [&str; 6] = ["banner", "modal", "popup", "overlay", "notice", "prompt"];

/// Up to 64 lowercase ASCII words to look for inside class names, indexed
/// by their first two letters at compile time ([`WordSet::new`] in a
/// `const`): at most positions of a value no word starts with the byte
/// there, and the scan moves on after one table read.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Per byte, whether a word starting with two letters starts with it
    /// (in either ASCII case).
    starts: [bool; 256],
    /// Per pair of first letters ([`LETTER`] of each byte, 27 × 27; the
    /// 27th "letter" is any other byte), the words (as bits) starting with
    /// them.
    by_pair: [u64; 27 * 27],
    /// Words not starting with two letters: tried at every byte.
    other: u64,
}

/// Each byte's letter of the alphabet, 0–25 in either ASCII case; 26 for
/// every other byte.
// Indices below 256 into a table of 256, fixed at compile time.
#[allow(clippy::indexing_slicing)]
const LETTER: [u8; 256] = {
    let mut t = [26u8; 256];
    let mut c = 0u8;
    while c < 26 {
        t[(b'a' + c) as usize] = c;
        t[(b'A' + c) as usize] = c;
        c += 1;
    }
    t
};

/// The index in [`WordSet::by_pair`] of the two bytes `a`, `b`.
// A byte indexes a table of 256; a const fn cannot call `get`.
#[allow(clippy::indexing_slicing)]
const fn pair(a: u8, b: u8) -> usize {
    LETTER[a as usize] as usize * 27 + LETTER[b as usize] as usize
}

impl WordSet {
    /// Indexes `words` (at most 64 are used).
    // The index is below 27 × 27 (a letter's index is at most 26), of a
    // word fixed at compile time; a const fn cannot call `get_mut`.
    #[allow(clippy::indexing_slicing)]
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        let mut by_pair = [0u64; 27 * 27];
        let mut starts = [false; 256];
        let mut other = 0u64;
        let mut rest = words;
        let mut bit = 0u32;
        while let [w, tail @ ..] = rest {
            if bit < 64 {
                match w.as_bytes() {
                    [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                        by_pair[pair(*a, *b)] |= 1 << bit;
                        starts[*a as usize] = true;
                        starts[a.to_ascii_uppercase() as usize] = true;
                    }
                    _ => other |= 1 << bit,
                }
            }
            bit += 1;
            rest = tail;
        }
        WordSet {
            words,
            starts,
            by_pair,
            other,
        }
    }

    /// Which of the words `value` contains anywhere, in any ASCII case, one
    /// bit per word (word `i`, bit `i`): what lowercasing `value` and
    /// searching it for each word would say, in one pass and without a copy
    /// (the class of every element is read this way).
    pub(crate) fn found_in(&self, value: &str) -> u64 {
        let b = value.as_bytes();
        let mut found = 0u64;
        // Sets the bits of the words of `bits` that start at byte `at`.
        let check = |found: &mut u64, bits: u64, at: usize| {
            let mut candidates = bits & !*found;
            while candidates != 0 {
                let bit = candidates.trailing_zeros();
                candidates &= candidates - 1;
                let Some(w) = self.words.get(bit as usize).map(|w| w.as_bytes()) else {
                    continue;
                };
                let Some(s) = b.get(at..at.saturating_add(w.len())) else {
                    continue;
                };
                // The third byte first: most pairs that start a word here
                // ("re", "te") start another word.
                let third = |x: &[u8]| x.get(2).map(u8::to_ascii_lowercase);
                if third(s) == third(w) && s.eq_ignore_ascii_case(w) {
                    *found |= 1 << bit;
                }
            }
        };
        // Words starting with two letters, where a byte starts one: most
        // bytes start none and cost one table read.
        // One byte carried over instead of a zip of two iterators: the loop
        // is one table read and one branch per byte.
        if let Some((&first, rest)) = b.split_first() {
            let mut c = first;
            for (i, &d) in rest.iter().enumerate() {
                if self.starts.get(usize::from(c)).copied().unwrap_or(false) {
                    let pairs = self.by_pair.get(pair(c, d)).copied().unwrap_or(0);
                    if pairs != 0 {
                        check(&mut found, pairs, i);
                    }
                }
                c = d;
            }
        }
        // The others (rarely any), at every byte.
        if self.other != 0 {
            for i in 0..b.len() {
                check(&mut found, self.other, i);
            }
        }
        found
    }
}

/// The words two stages look for in every element's class, in one set so
/// that each class is scanned once per page (see [`ClassWords`]): the page
/// type's ([`PAGE_WORDS`], bits from 0) and the metadata's byline and date
/// marks ([`MARK_WORDS`], bits from [`MARK_SHIFT`]).
// Indices below the lengths of arrays fixed at compile time; a const
// block cannot call `get`.
#[allow(clippy::indexing_slicing)]
const CLASS_LIST: [&str; PAGE_WORDS.len() + MARK_WORDS.len()] = {
    let mut all = [""; PAGE_WORDS.len() + MARK_WORDS.len()];
    let mut i = 0;
    while i < PAGE_WORDS.len() {
        all[i] = PAGE_WORDS[i];
        i += 1;
    }
    let mut j = 0;
    while j < MARK_WORDS.len() {
        all[PAGE_WORDS.len() + j] = MARK_WORDS[j];
        j += 1;
    }
    all
};
const CLASS_SET: WordSet = WordSet::new(&CLASS_LIST);

/// The bit of [`CLASS_SET`] where [`MARK_WORDS`] start.
const MARK_SHIFT: u32 = PAGE_WORDS.len() as u32;

/// Class words the page type counts, in ASCII case: forum software's own
/// (bits 0–5; "post" and "reply" are every blog's too), shops' (6–9), a
/// member's things (10–15), a list's entries (16–21), breadcrumbs (22),
/// bylines (23–24), a landing page's parts (25–29).
const PAGE_WORDS: [&str; 30] = [
    "forum",
    "thread",
    "topic",
    "message",
    "postbody",
    "bbcode",
    "price",
    "cart",
    "sku",
    "add-to",
    "avatar",
    "signature",
    "reply",
    "answer",
    "vote",
    "username",
    "card",
    "tile",
    "teaser",
    "excerpt",
    "grid",
    "result",
    "breadcrumb",
    "author",
    "byline",
    "hero",
    "cta",
    "btn",
    "testimonial",
    "pricing",
];

/// The words the metadata looks for in class and id values, one bit each
/// from bit 0 in what [`mark_words`] and [`ClassWords::mark_words`] give.
pub(crate) const MARK_WORDS: [&str; 10] = [
    "byline", "author", "date", "time", "publish", "posted", "bio", "avatar", "updat", "modif",
];

/// The [`MARK_WORDS`] that `value` contains anywhere, in any ASCII case.
pub(crate) fn mark_words(value: &str) -> u64 {
    CLASS_SET.found_in(value) >> MARK_SHIFT
}

/// Per node, the words of [`CLASS_SET`] its class holds (0 for nodes
/// without a class), filled by the first walk over the elements (the
/// metadata's) and read again by the page type's walk: each class is
/// scanned once per page.
#[derive(Debug, Default)]
pub(crate) struct ClassWords(Vec<u64>);

impl ClassWords {
    /// A table of `len` nodes, none read yet.
    pub(crate) fn new(len: usize) -> ClassWords {
        ClassWords(vec![0; len])
    }

    /// Scans the class of element `id`, records its words and returns its
    /// [`MARK_WORDS`] (bits from 0).
    pub(crate) fn record(&mut self, id: usize, e: &Element) -> u64 {
        let found = e
            .attr(&local_name!("class"))
            .map_or(0, |c| CLASS_SET.found_in(c));
        if let Some(slot) = self.0.get_mut(id) {
            *slot = found;
        }
        found >> MARK_SHIFT
    }

    /// The [`PAGE_WORDS`] (bits from 0) of element `id`'s class: from the
    /// table when it covers `id`, else scanned now.
    pub(crate) fn page_words(&self, id: usize, e: &Element) -> u64 {
        let found = match self.0.get(id) {
            Some(&f) => f,
            None => e
                .attr(&local_name!("class"))
                .map_or(0, |c| CLASS_SET.found_in(c)),
        };
        found & ((1 << MARK_SHIFT) - 1)
    }

    /// The [`MARK_WORDS`] (bits from 0) of element `id`'s class, read as
    /// [`page_words`](Self::page_words) reads its page words.
    pub(crate) fn mark_words(&self, id: usize, e: &Element) -> u64 {
        let found = match self.0.get(id) {
            Some(&f) => f,
            None => e
                .attr(&local_name!("class"))
                .map_or(0, |c| CLASS_SET.found_in(c)),
        };
        found >> MARK_SHIFT
    }
}

/// The boilerplate hint of one class/id value, if any.
#[cfg(test)]
fn hint_of(value: &str) -> Option<Boilerplate> {
    value_info(value).hint
}

/// True when one of the value's words (split as for hints) satisfies `f`.
pub(crate) fn has_word(value: &str, f: impl Fn(&str) -> bool) -> bool {
    words(value, |w| {
        std::str::from_utf8(w).is_ok_and(&f).then_some(())
    })
    .is_some()
}

/// Everything an element's class, id and role say, from one pass over
/// their words.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct ClassInfo {
    /// The boilerplate hint (see [`element_hint`]).
    pub(crate) hint: Option<Boilerplate>,
    /// A readability-style weight: +25 for a content word, −25 for a
    /// boilerplate word, per attribute.
    pub(crate) weight: f32,
    /// The class or id marks a caption or photo credit.
    pub(crate) caption: bool,
}

/// Classifies an element by its class, id and role.
pub(crate) fn classify(e: &Element) -> ClassInfo {
    let class = e.attr(&local_name!("class")).map(value_info);
    let id = e.attr(&local_name!("id")).map(value_info);
    let role = e.attr(&local_name!("role")).and_then(|role| {
        let role = role.trim();
        let is = |names: &[&str]| names.iter().any(|n| role.eq_ignore_ascii_case(n));
        if is(&["navigation", "menu", "menubar", "search"]) {
            Some(Boilerplate::Navigation)
        } else if is(&[
            "banner",
            "contentinfo",
            "complementary",
            "dialog",
            "alertdialog",
            "toolbar",
        ]) {
            Some(Boilerplate::Layout)
        } else if is(&["comment"]) {
            Some(Boilerplate::Comments)
        } else {
            None
        }
    });
    let of = |v: Option<ValueInfo>| {
        let v = v?;
        let h = v.hint?;
        // "content-with-sidebar", "main-nav-wrapper-content": a layout word
        // beside a content word names a wrapper, not the furniture itself.
        let furniture = matches!(
            h,
            Boilerplate::Layout | Boilerplate::Navigation | Boilerplate::Ads
        );
        // "social-media-embed", "twitter-tweet": an embedded post quoted by
        // the article, not a share bar.
        let embed = h == Boilerplate::Share && v.embed;
        (!(embed || (furniture && v.content))).then_some(h)
    };
    // The weight follows the same reading: a furniture word beside a content
    // word ("elementor-widget-container") names a content wrapper.
    let mut weight = 0.0;
    for v in [class, id] {
        if of(v).is_some() {
            weight -= 25.0;
        } else if v.is_some_and(|v| v.content) {
            weight += 25.0;
        }
    }
    // A consent notice named so in its id is one whatever furniture its
    // class names ("modal fade" on "privacy-cmp-banner").
    let consent = id
        .and_then(|v| v.hint)
        .filter(|&h| h == Boilerplate::Cookies);
    ClassInfo {
        hint: role.or(consent).or_else(|| of(class)).or_else(|| of(id)),
        weight,
        caption: class.is_some_and(|v| v.caption) || id.is_some_and(|v| v.caption),
    }
}

/// Whether the element's class or id names a page's main column: a content
/// word ("layout-main", "main-content") and no boilerplate word in either
/// ("sidebar-content" is the sidebar's own inner box, and a sidebar's
/// `<div id="text-2" class="widget">` one of its widgets).
pub(crate) fn names_main_column(e: &Element) -> bool {
    let values = [local_name!("class"), local_name!("id")]
        .map(|a| e.attr(&a).map(value_info).unwrap_or_default());
    values.iter().any(|v| v.content) && values.iter().all(|v| v.hint.is_none())
}

/// Whether the element's class names a part of a card (see
/// [`words::CARD_PART_WORDS`]): its header or footer, named for the card.
pub(crate) fn names_card_part(e: &Element) -> bool {
    e.attr(&local_name!("class"))
        .is_some_and(|c| has_word(c, |w| words::CARD_PART_WORDS.contains(&w)))
}

/// Whether the element's class names a banner ("cta-banner", "hero_banner"):
/// a band across the page, whatever it holds. A consent notice's banner
/// ("cookie-banner") is named for what it asks, and `role="banner"` is the
/// page's own header.
pub(crate) fn names_banner(e: &Element) -> bool {
    let landmark = e
        .attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("banner"));
    !landmark
        && e.attr(&local_name!("class")).is_some_and(|c| {
            has_word(c, |w| w.eq_ignore_ascii_case("banner"))
                && !has_word(c, |w| {
                    let w = w.to_ascii_lowercase();
                    w.contains("cookie") || w.contains("consent")
                })
        })
}

/// Whether the element's class or id names a disclaimer ("disclaimer",
/// "footer-disclaimers", "PublishDateDisclaimer"): the small print under a
/// page's text (an offer's conditions, an affiliate notice, the terms of a
/// trial), which names itself so in any language's markup.
pub(crate) fn names_disclaimer(e: &Element) -> bool {
    // A byte scan for the word first: splitting every class and id into
    // words cost more than the rest of this rule (callgrind, news set).
    const WORD: &[u8] = b"disclaimer";
    [local_name!("class"), local_name!("id")].iter().any(|a| {
        e.attr(a).is_some_and(|v| {
            v.as_bytes()
                .windows(WORD.len())
                .any(|w| w.eq_ignore_ascii_case(WORD))
                && has_word(v, |w| matches!(w, "disclaimer" | "disclaimers"))
        })
    })
}

/// The boilerplate hint of an element from its class, id and role.
pub(crate) fn element_hint(e: &Element) -> Option<Boilerplate> {
    classify(e).hint
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The scan that skips bytes starting no word finds what lowercasing
        /// and searching finds, on any mix of the words' letters and others.
        #[test]
        fn found_in_is_lowercase_and_contains(value in "[aAbByYlLiInNeEtTzZ/ -]{0,24}") {
            const WORDS: [&str; 6] = ["byline", "bytes", "line", "/a", "ab", "zz"];
            const SET: super::WordSet = super::WordSet::new(&WORDS);
            let lower = value.to_ascii_lowercase();
            let expected = WORDS
                .iter()
                .enumerate()
                .filter(|(_, w)| lower.contains(*w))
                .fold(0u64, |acc, (bit, _)| acc | 1 << bit);
            proptest::prop_assert_eq!(SET.found_in(&value), expected, "{:?}", value);
        }
    }

    #[test]
    fn contained_words_are_what_lowercasing_and_searching_finds() {
        let words = [
            "byline", "author", "date", "add-to", "/author/", "sku", "q", "zz",
        ];
        for value in [
            "post-Byline",
            "AUTHOR",
            "x/Author/y",
            "Add-To-Cart SKU",
            "autho dat",
            "\u{17f}ku dAte",
            "",
            "Q",
            "a-z-Zz[`@{",
            "\u{e9}zz\u{c1}",
        ] {
            let lower = value.to_ascii_lowercase();
            let expected = words
                .iter()
                .enumerate()
                .filter(|(_, w)| lower.contains(*w))
                .fold(0u64, |acc, (bit, _)| acc | 1 << bit);
            const SET: super::WordSet = super::WordSet::new(&[
                "byline", "author", "date", "add-to", "/author/", "sku", "q", "zz",
            ]);
            assert_eq!(SET.found_in(value), expected, "{value:?}");
        }
    }

    use super::*;

    #[test]
    fn class_words_read_once_are_the_words_scanned_again() {
        let dom = crate::parse::parse(
            "<div class='forum-Post post-byline'>a</div><p class='Date updated'>b</p>\
             <svg class='hero'></svg><span>c</span>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        let mut table = ClassWords::new(dom.len());
        let empty = ClassWords::default();
        let mut seen = 0;
        for id in 0..dom.len() {
            let Some(e) = dom.element(id) else { continue };
            let marks = table.record(id, e);
            let class = e.attr(&local_name!("class")).unwrap_or("");
            assert_eq!(marks, mark_words(class), "{class:?}");
            assert_eq!(table.page_words(id, e), empty.page_words(id, e));
            seen += usize::from(marks | table.page_words(id, e) != 0);
        }
        assert_eq!(seen, 3);
        // Bits 0 (forum) and 24 (byline) of the page type's words; the
        // metadata's byline and date marks.
        let first = (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .is_some_and(|e| e.attr(&local_name!("class")).is_some())
            })
            .unwrap_or(0);
        let e = dom.element(first);
        assert_eq!(e.map(|e| table.page_words(first, e)), Some(1 | 1 << 24));
        assert_eq!(mark_words("post-byline"), 1);
        assert_eq!(mark_words("Date updated"), 1 << 2 | 1 << 8);
    }

    #[test]
    fn page_builder_wrappers_are_no_furniture() {
        // The layout word stays, but beside a content word it names a
        // wrapper, which classify does not cut.
        let v = value_info("elementor-widget-container");
        assert_eq!(v.hint, Some(Boilerplate::Layout));
        assert!(v.content);
        assert!(!value_info("widget widget_recent_entries").content);
        assert_eq!(hint_of("cmp-text cmp-container"), None);
        assert_eq!(hint_of("cookie-consent-banner"), Some(Boilerplate::Cookies));
        // Elementor's widgets are every block of its pages.
        assert!(value_info("elementor-element elementor-widget elementor-widget-heading").content);
    }

    #[test]
    fn a_wikis_edit_links_and_print_footer_are_furniture() {
        // MediaWiki's "[edit]" after each heading and its print-only
        // "Retrieved from …" line.
        assert_eq!(hint_of("mw-editsection"), Some(Boilerplate::Layout));
        assert_eq!(hint_of("printfooter"), Some(Boilerplate::Layout));
        // The wiki's text box is no furniture.
        assert_eq!(hint_of("mw-parser-output"), None);
    }

    #[test]
    fn a_privacy_banner_is_a_consent_notice() {
        assert_eq!(hint_of("privacy-cmp-banner"), Some(Boilerplate::Cookies));
        assert_eq!(hint_of("privacyNotice"), Some(Boilerplate::Cookies));
        // A privacy page's text, or a banner alone, is none.
        assert_eq!(hint_of("privacy-policy-content"), None);
        assert_eq!(hint_of("hero-banner"), Some(Boilerplate::Layout));
        // Named so in its id, whatever furniture its class names.
        let dom = crate::parse::parse(
            "<div class='modal fade' id='privacy-cmp-banner'>a</div>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        let hints: Vec<_> = (0..dom.len())
            .filter_map(|id| dom.element(id))
            .filter(|e| e.attr(&local_name!("id")).is_some())
            .map(element_hint)
            .collect();
        assert_eq!(hints, [Some(Boilerplate::Cookies)]);
        // End to end: the consent prompt's paragraphs go, the page stays.
        let prose = "We value your privacy. We and our partners use cookies and \
                     similar technologies to store and access information on your \
                     device, to personalise content and advertising and to measure it. ";
        let html = format!(
            "<html><body><main><h1>Garden design</h1><p>{}</p><p>{}</p></main>\
             <div class='modal fade' id='privacy-cmp-banner'><h6>Help us keep this free</h6>\
             <p>{prose}{prose}</p><p>{prose}</p></div></body></html>",
            "We plan, plant and look after gardens of every size, from a courtyard to \
             a country estate, with native plants chosen for your soil and light.",
            "Every project starts with a visit: we listen, measure and sketch, then \
             send a plan with a fixed price and a calendar you can hold us to."
        );
        let text = crate::extract(&html)
            .map(|a| a.text().to_owned())
            .unwrap_or_default();
        assert!(text.contains("courtyard"), "{text}");
        assert!(!text.contains("partners"), "{text}");
    }

    #[test]
    fn a_content_wrapper_weighs_as_content() {
        let dom = crate::parse::parse(
            "<div class='elementor-widget-container'>a</div><div class='widget'>b</div>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        let weights: Vec<f32> = (0..dom.len())
            .filter_map(|id| dom.element(id))
            .filter(|e| e.attr(&local_name!("class")).is_some())
            .map(|e| classify(e).weight)
            .collect();
        assert_eq!(weights, [25.0, -25.0]);
    }

    #[test]
    fn splits_and_glues_words() {
        assert_eq!(hint_of("comment-respond"), Some(Boilerplate::Comments));
        assert_eq!(hint_of("commentRespond"), Some(Boilerplate::Comments));
        assert_eq!(hint_of("sr-only"), Some(Boilerplate::ScreenReader));
        assert_eq!(hint_of("related-posts"), Some(Boilerplate::Related));
        assert_eq!(hint_of("td-post-sharing"), Some(Boilerplate::Share));
        assert_eq!(hint_of("entry-content"), None);
        assert_eq!(hint_of("shareholder-news"), None);
        assert_eq!(hint_of("commentary"), None);
        assert_eq!(hint_of("header-ad-slot"), Some(Boilerplate::Ads));
        assert_eq!(hint_of("add-to-cart"), None);
        // Fragments of generated ids are no words; a word before digits is.
        assert_eq!(hint_of("elementor-element-5f18ad9"), None);
        assert_eq!(hint_of("ad300x250"), Some(Boilerplate::Ads));
        // A subtitle is text, not a byline.
        assert_eq!(hint_of("subtitle-v2 font-size__xs"), None);
        assert!(value_info("post-body").content);
    }
}
