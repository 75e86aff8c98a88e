//! Stage 3: the pruned document as a flat list of text blocks.
//!
//! A block is the text between two block-level boundaries: a paragraph, a
//! heading, a list item, a table row (cells joined by tabs), a `<pre>`, a
//! caption. Inline elements add nothing between their texts ("<b>a</b>b" is
//! "ab"; but a capital opening an element right after another element closed
//! on a small letter starts a word: a card's brand and name), runs of white
//! space become one space, a `<br>` a line break and two
//! `<br>`s a new block. Each block records where it sits in the DOM and how
//! much of its text is link text, for scoring.

use html5ever::{local_name, LocalName};

use crate::dom::{Dom, NodeData, NodeId};
use crate::html::is_block;
use crate::prune::{Cut, Pruned, FOOTNOTE_MARK};

mod facts;
mod html_inline;
mod inline;
#[cfg(test)]
mod tests;
mod text;

use facts::{is_paragraph_like, Facts};
use html_inline::Inlines;
pub(crate) use inline::MdSettings;
use inline::Span;
pub(crate) use text::longest_run;
use text::{heading_level, is_invisible, is_space, tidy, tidy_pre, HTML_SPACE};

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Running text.
    Paragraph,
    /// `<h1>`–`<h6>`, with its level.
    Heading(u8),
    /// A list item (or `dt`/`dd`).
    ListItem,
    /// A data-table row; cells separated by tabs.
    Row,
    /// Preformatted text, white space kept.
    Pre,
    /// Text inside a blockquote.
    Quote,
    /// A figure caption.
    Caption,
}

/// One block of text.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// The text, white space normalised (kept as is in `Pre`).
    pub(crate) text: String,
    /// What the block is.
    pub(crate) kind: Kind,
    /// Innermost block-level element holding the text.
    pub(crate) owner: NodeId,
    /// The element the block's score goes to first (the owner's parent, or
    /// the owner itself when the text is a loose run beside other blocks).
    pub(crate) container: NodeId,
    /// Outermost list or table the block belongs to.
    pub(crate) group: Option<NodeId>,
    /// Characters of text, spaces excluded.
    pub(crate) chars: usize,
    /// Characters inside links.
    pub(crate) link_chars: usize,
    /// Where a list item sits in its list.
    pub(crate) list: Option<ListPos>,
    /// The text as Markdown and as HTML, when asked for (boxed: most runs
    /// ask for neither, and a page can have a million blocks).
    pub(crate) markup: Option<Box<Markup>>,
    /// Nesting depth of its deepest text node: past the parse depth limit,
    /// text is flattened into the element at the limit.
    pub(crate) depth: u32,
    /// Preformatted text: the language its element's class names
    /// (`language-x`, `lang-x`, `highlight-x`, `data-lang`).
    pub(crate) lang: Option<String>,
    /// A table row inside `<thead>` or whose cells are all `<th>`.
    pub(crate) header: bool,
    /// Texts of the block's screen-reader boxes that are a tile's field
    /// label ("Sale price"; see [`crate::lang::is_tile_label`]), in page
    /// order: kept through selection (their words count there), taken out
    /// of a collection's kept text afterwards (boxed: few blocks hold any).
    pub(crate) spoken_labels: Option<Box<[String]>>,
}

/// A block's text as Markdown and as inline HTML, with the images from
/// blocks without text just before it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Markup {
    /// Markdown inline content (empty unless asked for).
    pub(crate) md: String,
    /// Images (Markdown) before the block.
    pub(crate) md_images: String,
    /// Inline HTML, escaped (empty unless asked for).
    pub(crate) html: String,
    /// Images (HTML) before the block.
    pub(crate) html_images: String,
}

impl Block {
    /// The Markdown inline content, or `""`.
    pub(crate) fn md(&self) -> &str {
        self.markup.as_ref().map_or("", |m| m.md.as_str())
    }

    /// The Markdown images before the block, or `""`.
    pub(crate) fn md_images(&self) -> &str {
        self.markup.as_ref().map_or("", |m| m.md_images.as_str())
    }

    /// The inline HTML, or `""`.
    pub(crate) fn html(&self) -> &str {
        self.markup.as_ref().map_or("", |m| m.html.as_str())
    }

    /// The HTML images before the block, or `""`.
    pub(crate) fn html_images(&self) -> &str {
        self.markup.as_ref().map_or("", |m| m.html_images.as_str())
    }
}

/// A list item's place: the item element, how many lists hold it and its
/// number in an ordered list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ListPos {
    pub(crate) item: NodeId,
    pub(crate) depth: u8,
    pub(crate) number: Option<u32>,
}

/// An open list: its element, whether it is numbered and the next number.
struct OpenList {
    id: NodeId,
    ordered: bool,
    next: u32,
}

#[cfg(test)]
impl Block {
    /// A free-standing block for the rules' unit tests (select, favor):
    /// `kind` and `text`, its first `linked` characters link text.
    pub(crate) fn for_rules(kind: Kind, text: &str, linked: usize) -> Block {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        Block {
            text: text.to_owned(),
            kind,
            owner: 0,
            container: 0,
            group: None,
            chars,
            link_chars: linked.min(chars),
            list: None,
            markup: None,
            depth: 0,
            lang: None,
            header: false,
            spoken_labels: None,
        }
    }
}

impl Block {
    /// Share of the text inside links.
    pub(crate) fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

/// Most text (bytes) under an element taken for a caption by its class.
const MAX_CAPTION_TEXT: usize = 1000;

/// Most screen-reader tile labels recorded per block (a tile's line holds
/// two or three: "Sale price", "Regular price", "Unit price"; set by hand):
/// the bound that keeps taking them out of the kept text linear when a
/// block holds thousands.
const MAX_SPOKEN_LABELS: usize = 16;

/// Segments the document below `<body>` (or the root), skipping pruned
/// subtrees; with `markdown`, each block also gets its Markdown and (as
/// the settings say) its inline HTML.
pub(crate) fn segment(dom: &Dom, pruned: &Pruned, markdown: Option<MdSettings>) -> Vec<Block> {
    let facts = Facts::new(dom, &pruned.text_len);
    let start = dom.find(&local_name!("body")).unwrap_or(0);
    let mut s = Segmenter {
        dom,
        pruned,
        facts: &facts,
        blocks: Vec::new(),
        buf: String::new(),
        chars: 0,
        link_chars: 0,
        depth: 0,
        pending_space: false,
        frames: Vec::new(),
        pre: 0,
        links: 0,
        quotes: 0,
        captions: 0,
        quote_figure: None,
        items: 0,
        heading: 0,
        row: None,
        group: None,
        lists: Vec::new(),
        list_items: Vec::new(),
        spoken_labels: Vec::new(),
        md: markdown.map(Inlines::new),
        lang: None,
        cells: (0, 0),
    };
    let mut walk = dom.subtree(start);
    while let Some(id) = walk.next() {
        s.exit_until(id);
        let Some(node) = dom.node(id) else { break };
        match &node.data {
            NodeData::Text(t) => {
                s.depth = s.depth.max(dom.depth(id));
                s.push_text(t);
            }
            NodeData::Document => {}
            NodeData::Element(e) => {
                let block = !e.foreign && is_block(&e.name);
                if let Some(cut) = pruned.cut(id) {
                    if cut == Cut::Tag(FOOTNOTE_MARK) {
                        // A footnote's mark sits in a word's or a
                        // sentence's end: no space where it was.
                    } else if block {
                        s.boundary(&e.name);
                    } else {
                        // A cut inline element (an ad label, a share link)
                        // still separates the words around it: joined, they
                        // would make a word the page never had.
                        s.separate();
                    }
                    walk.skip_subtree(id);
                    continue;
                }
                if e.foreign {
                    // Unpruned foreign content is inline text at most.
                } else if e.name == local_name!("a")
                    && (s.heading > 0 || in_term(dom, id))
                    && is_heading_anchor(dom, id, e, &s.buf)
                {
                    s.separate();
                    walk.skip_subtree(id);
                    continue;
                } else if e.name == local_name!("br") {
                    s.line_break();
                } else if e.name == local_name!("hr") {
                    s.flush();
                } else if e.name == local_name!("img") {
                    s.image(e);
                } else if !crate::html::is_void(&e.name) {
                    if !block
                        && s.buf.ends_with(|c: char| c.is_ascii_digit())
                        && glued_time_part(dom, id)
                    {
                        s.separate();
                        if ends_in_year(&s.buf) && relative_time_part(dom, id) {
                            walk.skip_subtree(id);
                            continue;
                        }
                    }
                    if !block
                        && s.pre == 0
                        && s.buf.ends_with(|c: char| c.is_ascii_digit())
                        && glued_digit_part(dom, id)
                    {
                        s.separate();
                    }
                    if !block
                        && s.pre == 0
                        && s.buf.ends_with(char::is_lowercase)
                        && glued_word_part(dom, id)
                    {
                        s.separate();
                    }
                    if !block
                        && s.pre == 0
                        && ends_in_caps_or_digit(&s.buf)
                        && glued_name_part(dom, id)
                    {
                        s.separate();
                    }
                    if !block
                        && s.pre == 0
                        && e.name == local_name!("sup")
                        && s.buf.ends_with(char::is_alphabetic)
                        && is_note_number(dom, id)
                    {
                        s.separate();
                    }
                    if !block && is_spoken_aside(pruned, id) {
                        s.separate();
                        let room = s.spoken_labels.len() < MAX_SPOKEN_LABELS;
                        if let Some(label) = room.then(|| spoken_label(dom, pruned, id)).flatten() {
                            s.spoken_labels.push(label);
                        }
                    }
                    if !block
                        && s.pre == 0
                        && s.buf.ends_with(char::is_lowercase)
                        && glued_small_part(dom, id)
                    {
                        s.separate();
                    }
                    if !block && is_tab(e) {
                        s.separate();
                    }
                    s.enter(id, &e.name, block);
                }
            }
        }
    }
    s.exit_until(usize::MAX);
    s.flush();
    // The blocks live until the page is rendered: give back the room the
    // doubling left (up to half on a page of many blocks).
    s.blocks.shrink_to_fit();
    s.blocks
}

/// Whether inline element `id` is a screen reader's text kept in the page
/// (a shop tile's "Original price was: $39.00."): a box of its own, drawn
/// off the page, so its words never run into the shown text beside it
/// ("$29.00Current price is: $29.00.").
fn is_spoken_aside(pruned: &Pruned, id: NodeId) -> bool {
    pruned.class(id).hint == Some(crate::boilerplate::Boilerplate::ScreenReader)
}

/// The text of screen-reader box `id` when it is a shop tile's label for
/// the field beside it and nothing else ("Sale price", "Regular price";
/// see [`crate::lang::is_tile_label`]), read only when short.
fn spoken_label(dom: &Dom, pruned: &Pruned, id: NodeId) -> Option<String> {
    if pruned.text_len.at(id) > crate::lang::MAX_TILE_LABEL_BYTES {
        return None;
    }
    let t = dom.text_of(id);
    crate::lang::is_tile_label(&t).then(|| t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether inline element `id` opens with a small-letter word of 2+
/// letters right after a word of 2+ letters that closed deeper than the
/// element's own first text: a box of its own, nested in wrappers, then
/// its neighbour's label (an API reference's field name in two spans,
/// then the field's type: `<span><span>customer</span></span>` then
/// `<span>nullable string</span>`, drawn apart by a style sheet). Joined they
/// make a word no reader saw ("customernullable"). A word an editor split
/// at the same depth (`<u>University o</u><u>f</u>`) or around one
/// styled letter (`<b>s</b>pecific`) stays joined. wcxb-dev half A:
/// documentation 0680 0.931 -> 0.963, nothing else moves (on every
/// small-letter join: article -0.005, collection -0.009 on A, service
/// -0.028 on B; without the letter counts, two half-B articles lost
/// 0.0018 to split words). Reads at most [`WORD_PART_NODES`] nodes.
fn glued_small_part(dom: &Dom, id: NodeId) -> bool {
    let word = |w: Option<&str>| w.is_some_and(|w| w.chars().count() >= 2);
    let Some(before) = id.checked_sub(1) else {
        return false;
    };
    let closed_word = word(dom.text(before).and_then(|t| t.split_whitespace().last()));
    closed_word
        && opens_after_closed(dom, id, |t| {
            t.starts_with(char::is_lowercase)
                && t.split_whitespace()
                    .next()
                    .is_some_and(|w| w.chars().count() >= 2)
        })
        && dom
            .walk(id..dom.end(id))
            .take(WORD_PART_NODES)
            .find(|&d| dom.text(d).is_some_and(|t| !t.is_empty()))
            .is_some_and(|first| dom.depth(before) > dom.depth(first))
}

/// Whether inline element `e` is a tab of a tab set (`role="tab"`): a
/// control of its own, drawn as a button beside the next one, whose label
/// is never the end of the word before it ("PHP" then "C#" in a
/// manual's language picker over its code samples reads "PHPC#" joined).
/// wcxb-dev half A: documentation 0681's picker; no other page moves.
fn is_tab(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("tab"))
}

/// Most nodes of a `<time>`'s part read for its first text
/// ([`glued_time_part`]): a date's span holds its text at once; the cap
/// keeps nested `<time>`s of empty elements linear in the page.
const TIME_PART_NODES: usize = 16;

/// Whether element `id` is a later part of a `<time>` whose text starts
/// with a digit: a date's long and short forms written as sibling spans
/// ("June 14, 2024" then "1 yr", the short one shown only on narrow
/// screens by a style sheet) would join into "June 14, 20241 yr", a date
/// no reader saw and no date parser finds. Inside a `<time>`, digits on
/// both sides of an element's edge are two numbers, never one (wcxb-dev
/// half A: three forum threads whose post headers read so).
fn glued_time_part(dom: &Dom, id: NodeId) -> bool {
    let in_time = dom
        .parent(id)
        .and_then(|p| dom.html_name(p))
        .is_some_and(|n| *n == local_name!("time"));
    in_time
        && dom
            .walk(id..dom.end(id))
            .take(TIME_PART_NODES)
            .find_map(|d| dom.text(d).map(str::trim_start).filter(|t| !t.is_empty()))
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()))
}

/// Most nodes of an inline element read for its first text
/// ([`glued_word_part`]).
const WORD_PART_NODES: usize = 16;

/// Whether inline element `id` opens with a capital right after the
/// lower-case letter another element closed on ("<span>Brooks</span><span>
/// Glycerin 22</span>"): a card's brand and name, a label and its value,
/// set on lines of their own by a style sheet. Joined they would make a
/// word no reader saw ("BrooksGlycerin"); a word is not split into two
/// elements at a capital. Text written beside the element (no element
/// closed before it) and words in one element are left as they are.
/// wcxb-dev half A: 17 pages up (shops' cards, tag lists; collection
/// 0.7392 -> 0.7436, listing 0.7204 -> 0.7252), 4 down by <= 0.008 (golds
/// that join such words, "JavaScriptMicrosoft"); half B 5 up, 2 down.
/// O(1) but for the first text, read within [`WORD_PART_NODES`].
fn glued_word_part(dom: &Dom, id: NodeId) -> bool {
    opens_after_closed(dom, id, |t| t.starts_with(char::is_uppercase))
}

/// Whether `text` starts a capitalised word: a capital, then a small
/// letter ("Kaha", "There"; not "W", "VAT", "iPhone").
fn starts_capitalised_word(text: &str) -> bool {
    let mut c = text.chars();
    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
}

/// Whether `buf` ends in a digit or in two capitals (a price "€25", a
/// brand written in capitals "HOKA"): text after which a capitalised word
/// starts a new word, as it does after a small letter
/// ([`glued_word_part`]). One capital alone may be a word's first letter
/// set apart for styling ("<b>W</b>ord") and is left as it is.
fn ends_in_caps_or_digit(buf: &str) -> bool {
    let mut c = buf.chars().rev();
    match c.next() {
        Some(d) if d.is_ascii_digit() => true,
        Some(u) if u.is_uppercase() => c.next().is_some_and(char::is_uppercase),
        _ => false,
    }
}

/// Whether inline element `id` opens with a capitalised word
/// ([`starts_capitalised_word`]) right after another element closed on
/// capitals or a digit ([`ends_in_caps_or_digit`]): a card's brand in
/// capitals and the product's name ("<span>HOKA</span><span>Kaha 3
/// </span>"), a price and the words under it ("<span>€25</span><span>
/// Build a Pack</span>"), each on a line of its own by a style sheet.
/// Joined they make a word no reader saw ("HOKAKaha"). Read as
/// [`glued_word_part`], within [`WORD_PART_NODES`].
/// wcxb-dev half A: 9 pages up (shops' grids, a trail list; collection
/// 0.8161 -> 0.8169, listing 0.7560 -> 0.7564; +0.062 page-units), 6
/// down by <= 0.0014; half B 6 up, 5 down by <= 0.0014 (+0.020); news
/// set unchanged.
fn glued_name_part(dom: &Dom, id: NodeId) -> bool {
    opens_after_closed(dom, id, starts_capitalised_word)
}

/// Most bytes of a `<sup>`'s text read as a note's number.
const NOTE_NUMBER_BYTES: usize = 8;

/// Whether `<sup>` element `id` holds only a number (digits and commas,
/// up to [`NOTE_NUMBER_BYTES`]): a note's mark after a word
/// ("48 minutes<sup>1</sup>"), kept as text when it links nowhere (linked
/// marks are cut in prune). After a letter it is a word of its own, not
/// the word's end ("minutes1"): the benchmark's golds write "minutes 1"
/// (and an exponent "m 2"). wcxb-dev half A: 3 pages up (+0.009
/// page-units), none down; half B a service page +0.013, two pages
/// -0.0003. Reads at most [`WORD_PART_NODES`] nodes.
fn is_note_number(dom: &Dom, id: NodeId) -> bool {
    let mut len = 0;
    for d in dom.walk(id..dom.end(id)).take(WORD_PART_NODES) {
        if let Some(t) = dom.text(d) {
            let t = t.trim();
            len += t.len();
            if len > NOTE_NUMBER_BYTES || !t.bytes().all(|b| b.is_ascii_digit() || b == b',') {
                return false;
            }
        }
    }
    len > 0 && dom.end(id).saturating_sub(id) <= WORD_PART_NODES
}

/// Whether inline element `id` comes right after another element closed
/// on text and its first text (read within [`WORD_PART_NODES`]) is one
/// that `opens` accepts.
fn opens_after_closed(dom: &Dom, id: NodeId, opens: fn(&str) -> bool) -> bool {
    let Some(before) = id.checked_sub(1) else {
        return false;
    };
    // The node before is the last node of the element that closed before
    // `id` (or `id`'s parent, when `id` is a first child).
    let closed = dom.text(before).is_some() && dom.parent(before) != dom.parent(id);
    closed
        && dom
            .walk(id..dom.end(id))
            .take(WORD_PART_NODES)
            .find_map(|d| dom.text(d).filter(|t| !t.is_empty()))
            .is_some_and(opens)
}

/// Whether inline element `id` opens with a digit right after the digit
/// another element closed on, and its first text holds a letter ("<span>
/// 2026</span><span>1h 54m</span>"): a card's year and running time, a
/// count and its unit, set apart by a style sheet. Joined they would make
/// a word no reader saw ("20261h"). Digits alone may be one number split
/// for styling (a phone number's groups, "<span>555</span><span>1234
/// </span>") and stay joined, as do a price's cents in a `<sup>` inside
/// the element holding the price (no element closed before them). Read as
/// [`glued_word_part`], within [`WORD_PART_NODES`].
/// wcxb-dev half A: a film chart 0.810 -> 0.947, a shop's grid +0.015, an
/// article +0.006, none down (listing 0.7457 -> 0.7484); half B a
/// collection -0.004 and a service page -0.001; news set unchanged.
fn glued_digit_part(dom: &Dom, id: NodeId) -> bool {
    opens_after_closed(dom, id, |t| {
        t.starts_with(|c: char| c.is_ascii_digit()) && t.contains(char::is_alphabetic)
    })
}

/// Longest text (bytes) of a `<time>`'s later part read as a relative time.
const RELATIVE_TIME_BYTES: usize = 24;

/// Whether `buf` ends in a year: a run of exactly four digits, the end of
/// a full date ("June 14, 2024", "14.06.2024").
fn ends_in_year(buf: &str) -> bool {
    let digits = buf.bytes().rev().take_while(u8::is_ascii_digit).count();
    digits == 4
}

/// Whether element `id`, a later part of a `<time>` after a full date
/// ([`glued_time_part`], [`ends_in_year`]), holds only a short relative
/// form of the same date ("1 yr", "3 mo", "2d"): a second rendering a
/// style sheet shows on narrow screens, not the post's words. The gold
/// keeps the date alone (wcxb-dev half A: three forum threads whose post
/// headers read "June 14, 2024 1 yr").
fn relative_time_part(dom: &Dom, id: NodeId) -> bool {
    let mut text = String::new();
    for d in dom.walk(id..dom.end(id)).take(TIME_PART_NODES) {
        if let Some(t) = dom.text(d) {
            if text.len() + t.len() > RELATIVE_TIME_BYTES {
                return false;
            }
            text.push_str(t);
        }
    }
    crate::lang::is_relative_time(&text)
}

/// The words of a heading's trailing link to a fragment that name no part
/// of the heading but the link itself (manual pages' "top", blogs'
/// "permalink"). Evidence: wcxb-dev documentation and manual pages, whose
/// headings end in such links; the benchmark's gold leaves them out.
const HEADING_ANCHOR_WORDS: &[&str] = &["top", "link", "permalink"];

/// Whether an anchor's `href` leads anywhere: `#` alone is a script's
/// control. In a heading (an FAQ's question toggling its answer, a tab's
/// title) or a table's row (a rating's "score" opening a box) its text is
/// the page's own, not another page's title; elsewhere such a control is a
/// button ("Get started", "View the reviews") and stays link text.
/// wcxb-dev half A: +3 pages (FAQs and list entries taken for link lists);
/// `#` counted as no link anywhere also kept buttons (an article and a
/// product -0.006 and -0.02), and `javascript:` targets lost a product
/// page's description to its "Read more" toggle (half A -0.05).
fn goes_somewhere(href: &str) -> bool {
    href.trim() != "#"
}

/// Whether element `id` sits right in a definition list's term (`<dt>`):
/// a manual's API item ("itertools.batched(iterable, n)"), whose trailing
/// mark linking to it (Sphinx's `¶`, "Link to this definition") is the
/// item's permalink as a heading's is, no word of the text.
fn in_term(dom: &Dom, id: NodeId) -> bool {
    dom.parent(id)
        .and_then(|p| dom.html_name(p))
        .is_some_and(|n| *n == local_name!("dt"))
}

/// A link inside a heading, after the heading's words (`buf`), to a
/// fragment of the page, whose text is a mark rather than words: no
/// letter or digit (`¶`, `#`, `↑`), one of [`HEADING_ANCHOR_WORDS`], or the
/// fragment itself (`#section2`).
fn is_heading_anchor(dom: &Dom, id: NodeId, e: &crate::dom::Element, buf: &str) -> bool {
    if e.name != local_name!("a") || buf.trim().is_empty() {
        return false;
    }
    let Some(fragment) = e
        .attr(&local_name!("href"))
        .and_then(|h| h.trim().strip_prefix('#'))
    else {
        return false;
    };
    let text = dom.text_of(id);
    let text = text.trim();
    !text.contains(char::is_alphanumeric)
        || HEADING_ANCHOR_WORDS
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w))
        || text.strip_prefix('#') == Some(fragment)
}

/// Longest language name taken from a class (`language-…`).
const MAX_LANG: usize = 24;

/// The programming language an element's attributes name for its code:
/// `data-lang`, or a class `language-x`, `lang-x`, `highlight-x` or
/// `highlight-source-x`; lower-cased, letters, digits and `+#-_.` only.
fn code_language(e: &crate::dom::Element) -> Option<String> {
    let valid = |l: &str| {
        !["none", "auto", "plain", "nohighlight"]
            .iter()
            .any(|n| l.eq_ignore_ascii_case(n))
            && l.len() <= MAX_LANG
            && l.bytes().any(|b| b.is_ascii_alphabetic())
            && l.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'#' | b'-' | b'_' | b'.'))
    };
    if let Some(l) = e.attr(&LocalName::from("data-lang")).map(str::trim) {
        if valid(l) {
            return Some(l.to_ascii_lowercase());
        }
    }
    let class = e.attr(&local_name!("class"))?;
    class.split_ascii_whitespace().find_map(|c| {
        let l = ["language-", "lang-", "highlight-source-", "highlight-"]
            .iter()
            .find_map(|p| {
                c.get(..p.len())
                    .filter(|h| h.eq_ignore_ascii_case(p))
                    .and_then(|_| c.get(p.len()..))
            })?;
        valid(l).then(|| l.to_ascii_lowercase())
    })
}

/// An open element during the walk.
struct Frame {
    id: NodeId,
    end: NodeId,
    name: LocalName,
    block: bool,
}

struct Segmenter<'a> {
    dom: &'a Dom,
    pruned: &'a Pruned,
    facts: &'a Facts<'a>,
    blocks: Vec<Block>,
    buf: String,
    chars: usize,
    link_chars: usize,
    /// Deepest text node of the block in the making.
    depth: u32,
    pending_space: bool,
    frames: Vec<Frame>,
    pre: usize,
    links: usize,
    quotes: usize,
    captions: usize,
    /// The open outermost `<figure>` that holds a `<blockquote>`: a quote
    /// with its attribution, read as a quote, not as a picture's caption.
    quote_figure: Option<NodeId>,
    items: usize,
    /// Level of the innermost open heading, 0 when none.
    heading: u8,
    /// The data-table row being collected, if any.
    row: Option<NodeId>,
    /// Outermost open list or data table.
    group: Option<NodeId>,
    /// Open lists, outermost first.
    lists: Vec<OpenList>,
    /// Open list items, outermost first.
    list_items: Vec<ListPos>,
    /// Screen-reader tile labels of the block in the making (see
    /// [`Block::spoken_labels`]).
    spoken_labels: Vec<String>,
    /// Markdown being built, when asked for.
    md: Option<Inlines>,
    /// The language of the open preformatted element, once one names it.
    lang: Option<String>,
    /// `<th>` and `<td>` cells of the row being collected.
    cells: (u32, u32),
}

impl Segmenter<'_> {
    fn enter(&mut self, id: NodeId, name: &LocalName, block: bool) {
        if block {
            self.boundary(name);
        }
        // A caption or credit by class ("wp-caption-text", "image-credit");
        // counted as a figcaption (the frame is renamed so that leaving it
        // undoes the count).
        let small = self.facts.text.at(id) <= MAX_CAPTION_TEXT;
        if small && self.pruned.class(id).caption {
            self.captions += 1;
            self.frames.push(Frame {
                id,
                end: self.dom.end(id),
                name: local_name!("figcaption"),
                block,
            });
            return;
        }
        if self.lang.is_none()
            && (self.pre > 0 || matches!(*name, local_name!("pre") | local_name!("code")))
        {
            // The element, or for `<pre>` its wrapper too
            // (`<div class="highlight-python"><pre>`).
            self.lang = self.dom.element(id).and_then(code_language).or_else(|| {
                let wrapper = (*name == local_name!("pre"))
                    .then(|| self.dom.parent(id))
                    .flatten();
                wrapper
                    .and_then(|p| self.dom.element(p))
                    .and_then(code_language)
            });
        }
        match *name {
            local_name!("pre") | local_name!("listing") | local_name!("xmp") => self.pre += 1,
            local_name!("th") if self.row.is_some() => self.cells.0 += 1,
            local_name!("td") if self.row.is_some() => self.cells.1 += 1,
            local_name!("a") => {
                let href = self
                    .dom
                    .element(id)
                    .and_then(|e| e.attr(&local_name!("href")))
                    .is_some_and(|h| {
                        goes_somewhere(h) || (self.heading == 0 && self.row.is_none())
                    });
                if href {
                    self.links += 1;
                } else {
                    // Anchors without href are not links, nor are controls
                    // going nowhere in a heading or a table row (an
                    // accordion's question, a rating's score): count them
                    // as ordinary inline elements.
                    self.frames.push(Frame {
                        id,
                        end: self.dom.end(id),
                        name: local_name!("span"),
                        block,
                    });
                    return;
                }
            }
            local_name!("blockquote") | local_name!("q") if block => self.quotes += 1,
            local_name!("figcaption") | local_name!("figure") => {
                // Only the outermost figure is searched, so no node is
                // scanned twice.
                if *name == local_name!("figure")
                    && self.captions == 0
                    && self.quote_figure.is_none()
                    && self
                        .dom
                        .walk(id + 1..self.dom.end(id))
                        .any(|d| self.dom.html_name(d) == Some(&local_name!("blockquote")))
                {
                    self.quote_figure = Some(id);
                }
                self.captions += 1
            }
            local_name!("li") | local_name!("dt") | local_name!("dd") => {
                self.items += 1;
                self.open_item(id);
            }
            local_name!("ul") | local_name!("ol") | local_name!("dl") => {
                if self.group.is_none() {
                    self.group = Some(id);
                }
                let start = self
                    .dom
                    .element(id)
                    .and_then(|e| e.attr(&local_name!("start")))
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                self.lists.push(OpenList {
                    id,
                    ordered: *name == local_name!("ol"),
                    next: start,
                });
            }
            local_name!("table") => {
                if self.row.is_none() && self.facts.is_data_table(id) && self.group.is_none() {
                    self.group = Some(id);
                }
            }
            local_name!("tr") => {
                if self.row.is_none() && self.group.is_some_and(|g| self.is_data_table(g)) {
                    self.row = Some(id);
                    self.cells = (0, 0);
                }
            }
            _ => {}
        }
        if let Some(level) = heading_level(name) {
            self.heading = level;
        }
        self.open_span(id, name);
        self.frames.push(Frame {
            id,
            end: self.dom.end(id),
            name: name.clone(),
            block,
        });
    }

    fn is_data_table(&self, id: NodeId) -> bool {
        self.dom.html_name(id) == Some(&local_name!("table")) && self.facts.is_data_table(id)
    }

    /// Closes every frame that ends at or before `id`.
    fn exit_until(&mut self, id: NodeId) {
        while self.frames.last().is_some_and(|f| f.end <= id) {
            let Some(f) = self.frames.last() else { break };
            if f.block {
                let name = f.name.clone();
                self.boundary(&name);
            }
            let Some(f) = self.frames.pop() else { break };
            if !f.block && is_spoken_aside(self.pruned, f.id) {
                self.separate();
            }
            match f.name {
                local_name!("pre") | local_name!("listing") | local_name!("xmp") => {
                    self.pre = self.pre.saturating_sub(1);
                    if self.pre == 0 {
                        self.lang = None;
                    }
                }
                local_name!("code") if self.pre == 0 => self.lang = None,
                local_name!("a") => self.links = self.links.saturating_sub(1),
                local_name!("blockquote") | local_name!("q") if f.block => {
                    self.quotes = self.quotes.saturating_sub(1)
                }
                local_name!("figcaption") | local_name!("figure") => {
                    self.captions = self.captions.saturating_sub(1)
                }
                local_name!("li") | local_name!("dt") | local_name!("dd") => {
                    self.items = self.items.saturating_sub(1)
                }
                _ => {}
            }
            if heading_level(&f.name).is_some() {
                self.heading = 0;
            }
            if self.row == Some(f.id) {
                self.row = None;
            }
            if self.quote_figure == Some(f.id) {
                self.quote_figure = None;
            }
            if let Some(md) = self.md.as_mut() {
                md.close(f.id);
            }
            if self.lists.last().is_some_and(|l| l.id == f.id) {
                self.lists.pop();
            }
            if self.list_items.last().is_some_and(|l| l.item == f.id) {
                self.list_items.pop();
            }
            if self.group == Some(f.id) {
                self.group = None;
            }
        }
    }

    /// A block-level boundary: inside a data-table row it separates cells,
    /// elsewhere it ends the block.
    fn boundary(&mut self, name: &LocalName) {
        if self.row.is_some() && *name != local_name!("tr") {
            if matches!(*name, local_name!("td") | local_name!("th")) {
                if !self.buf.is_empty() && !self.buf.ends_with('\t') {
                    self.buf.push('\t');
                    if let Some(md) = self.md.as_mut() {
                        md.push('\t');
                    }
                }
                self.pending_space = false;
            } else {
                // In a cell's preformatted text too, where white space is
                // written as it comes.
                self.separate();
            }
            return;
        }
        self.flush();
    }

    fn push_text(&mut self, t: &str) {
        let link = self.links > 0;
        if self.pre > 0 {
            // A space owed from before the preformatted text began (a cell's
            // words, then a `<pre>` in the same cell).
            if std::mem::take(&mut self.pending_space)
                && !self.buf.is_empty()
                && !self.buf.ends_with(char::is_whitespace)
            {
                self.buf.push(' ');
                if let Some(md) = self.md.as_mut() {
                    md.push(' ');
                }
            }
            for c in t.chars() {
                if c == '\r' || is_invisible(c) {
                    continue;
                }
                let c = if c == '\u{a0}' { ' ' } else { c };
                self.buf.push(c);
                if let Some(md) = self.md.as_mut() {
                    md.char(c, true);
                }
                if !c.is_whitespace() && !c.is_control() {
                    self.chars += 1;
                    self.link_chars += usize::from(link);
                }
            }
            return;
        }
        if self.md.is_none() && t.is_ascii() {
            self.push_ascii(t, link);
            return;
        }
        for c in t.chars() {
            if is_space(c) {
                self.pending_space = true;
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            if self.pending_space {
                if !self.buf.is_empty() && !self.buf.ends_with(['\n', '\t', ' ']) {
                    self.buf.push(' ');
                    if let Some(md) = self.md.as_mut() {
                        md.push(' ');
                    }
                }
                self.pending_space = false;
            }
            self.buf.push(c);
            if let Some(md) = self.md.as_mut() {
                md.char(c, false);
            }
            // Control characters are removed at the end: a block of
            // nothing else is no block (a list item written "1." alone).
            if !c.is_control() {
                self.chars += 1;
                self.link_chars += usize::from(link);
            }
        }
    }

    /// [`Segmenter::push_text`] for ASCII text without Markdown: words are
    /// copied whole between runs of white space (most text on most pages).
    fn push_ascii(&mut self, t: &str, link: bool) {
        if t.is_empty() {
            return;
        }
        // White space alone (the indentation between tags): one space owed,
        // as the split below would say, without splitting it a char at a
        // time ([`HTML_SPACE`] is ASCII white space).
        if t.bytes().all(|b| b.is_ascii_whitespace()) {
            self.pending_space = true;
            return;
        }
        for word in t.split(HTML_SPACE) {
            if word.is_empty() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space {
                if !self.buf.is_empty() && !self.buf.ends_with(['\n', '\t', ' ']) {
                    self.buf.push(' ');
                }
                self.pending_space = false;
            }
            self.buf.push_str(word);
            let visible = word.bytes().filter(|b| !b.is_ascii_control()).count();
            self.chars += visible;
            self.link_chars += if link { visible } else { 0 };
            // The separator after this word, if any, is white space.
            self.pending_space = true;
        }
        // No separator after the last piece: the space it set is not real.
        if !t.ends_with(HTML_SPACE) {
            self.pending_space = false;
        }
    }

    /// A word boundary where something was left out.
    fn separate(&mut self) {
        if self.pre == 0 {
            self.pending_space = true;
        } else if !self.buf.is_empty() && !self.buf.ends_with(char::is_whitespace) {
            self.buf.push(' ');
            if let Some(md) = self.md.as_mut() {
                md.push(' ');
            }
        }
    }

    fn line_break(&mut self) {
        if self.pre > 0 {
            self.buf.push('\n');
            if let Some(md) = self.md.as_mut() {
                md.push('\n');
            }
        } else if self.row.is_some() {
            self.pending_space = true;
        } else if self.buf.ends_with('\n') {
            self.flush();
        } else if !self.buf.is_empty() {
            self.buf.push('\n');
            if let Some(md) = self.md.as_mut() {
                md.push('\n');
            }
            self.pending_space = false;
        }
    }

    fn flush(&mut self) {
        self.pending_space = false;
        let kind = self.kind();
        let tidy = if kind == Kind::Pre { tidy_pre } else { tidy };
        let text = if self.chars == 0 {
            String::new()
        } else {
            tidy(&self.buf)
        };
        let finished = self
            .md
            .as_mut()
            .map(|m| m.finish(self.chars > 0, kind == Kind::Pre, &text))
            .unwrap_or_default();
        let (md_images, md) = (finished.md_images, finished.md);
        if self.chars == 0 {
            self.buf.clear();
            self.link_chars = 0;
            self.depth = 0;
            self.spoken_labels.clear();
            return;
        }
        let md = if md.is_empty() { md } else { tidy(&md) };
        let html = if finished.html.is_empty() {
            finished.html
        } else {
            tidy(&finished.html)
        };
        let html_images = finished.html_images;
        self.buf.clear();
        let lang = if kind == Kind::Pre {
            self.lang.clone()
        } else {
            None
        };
        let header = kind == Kind::Row && self.header_row();
        let owner = self
            .frames
            .iter()
            .rev()
            .find(|f| f.block)
            .map_or(0, |f| f.id);
        let container =
            if self.facts.block_child.at(owner) && !is_paragraph_like(self.dom.html_name(owner)) {
                owner
            } else {
                self.dom.parent(owner).unwrap_or(owner)
            };
        self.blocks.push(Block {
            text,
            kind,
            owner,
            container,
            group: if matches!(kind, Kind::ListItem | Kind::Row) {
                self.group
            } else {
                None
            },
            chars: self.chars,
            link_chars: self.link_chars,
            list: if kind == Kind::ListItem {
                self.list_items.last().copied()
            } else {
                None
            },
            markup: (!(md.is_empty()
                && md_images.is_empty()
                && html.is_empty()
                && html_images.is_empty()))
            .then(|| {
                Box::new(Markup {
                    md,
                    md_images,
                    html,
                    html_images,
                })
            }),
            depth: std::mem::take(&mut self.depth),
            lang,
            header,
            spoken_labels: (!self.spoken_labels.is_empty())
                .then(|| std::mem::take(&mut self.spoken_labels).into_boxed_slice()),
        });
        self.chars = 0;
        self.link_chars = 0;
    }

    /// Whether the row being collected is a header row: inside `<thead>`,
    /// or with `<th>` cells and no `<td>`.
    fn header_row(&self) -> bool {
        let in_thead = self
            .row
            .and_then(|r| self.dom.parent(r))
            .and_then(|p| self.dom.html_name(p))
            == Some(&local_name!("thead"));
        in_thead || (self.cells.0 > 0 && self.cells.1 == 0)
    }

    /// A list item opens: its number in the innermost list.
    fn open_item(&mut self, id: NodeId) {
        let depth = u8::try_from(self.lists.len()).unwrap_or(u8::MAX);
        let number = self.lists.last_mut().and_then(|l| {
            let n = l.next;
            l.next = l.next.saturating_add(1);
            l.ordered.then_some(n)
        });
        self.list_items.push(ListPos {
            item: id,
            depth,
            number,
        });
    }

    /// Inline markup for the Markdown: emphasis (not in headings), code
    /// (not in preformatted text), links.
    fn open_span(&mut self, id: NodeId, name: &LocalName) {
        let (heading, pre) = (self.heading > 0, self.pre > 0);
        let Some(md) = self.md.as_mut() else { return };
        let span = match *name {
            local_name!("b") | local_name!("strong") if !heading => Span::Strong,
            local_name!("i") | local_name!("em") if !heading => Span::Emphasis,
            local_name!("s") | local_name!("del") | local_name!("strike") => Span::Strike,
            local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt")
                if !pre =>
            {
                Span::Code
            }
            local_name!("a") if md.links() => {
                let href = self
                    .dom
                    .element(id)
                    .and_then(|e| e.attr(&local_name!("href")));
                match href.and_then(|h| md.target(h)) {
                    Some(url) => Span::Link(url),
                    None => return,
                }
            }
            _ => return,
        };
        if !md.in_code() && !pre {
            md.open(id, span);
        }
    }

    /// An `<img>`: its Markdown when images are asked for.
    fn image(&mut self, e: &crate::dom::Element) {
        // Inside code an image would be read as code text.
        let pre = self.pre > 0;
        let Some(md) = self
            .md
            .as_mut()
            .filter(|m| m.images() && !pre && !m.in_code())
        else {
            return;
        };
        let src = [local_name!("src"), LocalName::from("data-src")]
            .iter()
            .filter_map(|n| e.attr(n))
            .find(|s| !s.trim().is_empty() && !s.trim_start().starts_with("data:"));
        if let Some(src) = src {
            md.image(e.attr(&local_name!("alt")).unwrap_or(""), src);
        }
    }

    fn kind(&self) -> Kind {
        if self.row.is_some() {
            Kind::Row
        } else if self.heading > 0 {
            Kind::Heading(self.heading)
        } else if self.pre > 0 {
            Kind::Pre
        } else if self.items > 0 {
            Kind::ListItem
        } else if self.captions > 0 && self.quote_figure.is_none() {
            Kind::Caption
        } else if self.quotes > 0 || self.quote_figure.is_some() {
            Kind::Quote
        } else {
            Kind::Paragraph
        }
    }
}
