//! One walk over the page: what it declares about itself and what its markup
//! counts, turned into the model's features.

use html5ever::local_name;

use super::{declare, ld_types, path_of, schema_kind, url_kind, PageType};
use crate::dom::Dom;
use crate::hints::ClassWords;
use crate::patterns::PRICE;

/// What one walk over the elements counted.
#[derive(Default, Debug)]
pub(super) struct Signals {
    /// A type the page declares (schema.org or `og:type`), strongest first.
    pub(super) declared: Option<PageType>,
    /// schema.org types the page declares that decide nothing alone but
    /// lean one way ([`LEAN_PAGE`], [`LEAN_SERVICE`], [`LEAN_LIST`] bits).
    leans: u8,
    /// `og:type` said "article".
    og_article: bool,
    /// The path of the canonical URL (or `og:url`), lowercase.
    pub(super) path: Option<String>,
    /// The host of that URL, lowercase ("docs.x.org"), if it names one.
    host: Option<String>,
    /// Text runs that look like a price ("$12.99", "12,50 €").
    prices: usize,
    /// `<pre>` elements.
    pre: usize,
    /// `<code>` elements outside `<pre>`.
    code: usize,
    /// h2–h4 elements that hold a link.
    linked_headings: usize,
    /// Elements whose class says forum/thread/topic/message.
    post_marks: usize,
    /// Elements whose class says price/cart/sku/add-to.
    buy_marks: usize,
    /// Elements whose class names a member's things (avatar, signature,
    /// reply, answer, vote, username).
    member_marks: usize,
    /// Elements whose class names an entry of a list (card, tile, teaser,
    /// excerpt, grid, result).
    entry_marks: usize,
    /// Elements whose class says breadcrumb.
    breadcrumbs: usize,
    /// Elements whose class says author or byline.
    byline_marks: usize,
    /// Elements whose class names a landing page's parts (hero, call to
    /// action, button, testimonial, pricing).
    landing_marks: usize,
    /// `<article>` elements.
    articles: usize,
    /// `<time>` elements.
    times: usize,
    /// The page declares a publication date.
    pub(super) dated: bool,
    /// Characters of visible text (outside script, style, noscript).
    pub(super) text: usize,
    /// Of which inside a link.
    link_text: usize,
    /// Of which inside a paragraph.
    paragraph_text: usize,
    /// Of which inside a heading.
    heading_text: usize,
    /// Elements by name.
    links: usize,
    h1: usize,
    h2_h4: usize,
    paragraphs: usize,
    items: usize,
    buttons: usize,
    images: usize,
    tables: usize,
    forms: usize,
    sections: usize,
    navs: usize,
    drawings: usize,
    frames: usize,
    /// Elements that repeat their previous sibling's name and class, both
    /// holding a link and a short text ([`ENTRY_TEXT`]): a list's entries.
    like_entries: usize,
    /// Of which holding text of their own beside the link's (a summary).
    like_cards: usize,
    /// Characters of text in those.
    like_card_text: usize,
    /// Repeated entries holding a price, a `<time>`, an image.
    like_priced: usize,
    like_dated: usize,
    like_pictured: usize,
    /// Paragraphs of at least [`LONG_PARAGRAPH`] characters, of some text
    /// under [`SHORT_PARAGRAPH`], and the longest one's length.
    long_paragraphs: usize,
    short_paragraphs: usize,
    longest_paragraph: usize,
    /// Characters of text in long paragraphs.
    long_paragraph_text: usize,
    /// Links to a place on the same page ("#part").
    anchor_links: usize,
    /// Links that call or write ("tel:", "mailto:").
    contact_links: usize,
    /// Links whose whole text is a short number (page numbers), and
    /// `rel="next"`/`"prev"` links.
    number_links: usize,
    pager_links: usize,
    /// Images inside a link.
    linked_images: usize,
    /// `<dl>` elements; `<kbd>`, `<samp>`, `<var>` elements.
    definitions: usize,
    keys: usize,
    asides: usize,
    addresses: usize,
    /// h5 and h6 elements.
    minor_headings: usize,
    /// Check boxes, radio buttons and drop-down lists (filters and options).
    choices: usize,
    /// `article:published_time` and `article:modified_time` metas.
    meta_published: bool,
    meta_modified: bool,
    /// Characters and words of the first `<h1>`, and characters of the
    /// first `<title>`: a story's headline is a sentence ("How the tide
    /// turned on the harbour"), a service's, shop's or list's a name
    /// ("Dental care", "Fire pits", "Science"). A page with no title
    /// (a fragment) is named by its `<h1>`: no title reads as a name of
    /// no characters, which no page of the training set has.
    h1_chars: usize,
    h1_words: usize,
    title_chars: usize,
    /// Words of the first `<title>`'s lead (before its first separator:
    /// "Dental care | Clinic" leads with a name of two words, a story's
    /// headline with a sentence) and the parts it has.
    title_lead_words: usize,
    title_parts: usize,
    /// A byline (an element whose class says author or byline) within
    /// [`NEAR_H1`] nodes of the first `<h1>`: a story's header names who
    /// wrote it, a service's page does not.
    h1_byline: bool,
    /// A `<time>` within [`NEAR_H1`] nodes of the first `<h1>`: a story's
    /// header dates it; a service's, shop's or list's does not.
    h1_time: bool,
    /// h2–h4 headings with less than [`SHORT_SECTION`] characters of text
    /// before the next heading (h1–h4) or the page's end: a landing page's
    /// blocks of a pitch each, a story's sections run longer.
    short_sections: usize,
    /// Links of a short text ([`LOOSE_LINK_TEXT`]) outside any paragraph,
    /// heading, list item, table cell and `<nav>`: a landing page's
    /// buttons ("Get a quote", "Learn more"); a story's links sit in its
    /// sentences, a list's in its items and headings.
    loose_links: usize,
    /// Characters of text inside the first `<main>` (or `role="main"`), and
    /// of which inside a link: a list's main part is mostly links, a story's
    /// or a service's mostly text.
    main_text: usize,
    main_link_text: usize,
}

/// An element the walk is inside: what its subtree held so far.
#[derive(Clone, Copy, Default)]
struct Open {
    id: usize,
    end: usize,
    text: usize,
    link_text: usize,
    holds: u8,
    paragraph: bool,
    /// A link outside paragraphs, headings, list items, cells and `<nav>`.
    loose_link: bool,
}

/// The last element closed at a depth of the walk's stack.
#[derive(Clone, Copy, Default)]
struct Closed {
    parent: usize,
    id: usize,
    entry: bool,
}

const HOLDS_PRICE: u8 = 1;
const HOLDS_TIME: u8 = 2;
const HOLDS_IMAGE: u8 = 4;

/// Open elements the walk follows; deeper ones count as part of the
/// deepest followed one (pages nest deeper only when broken).
const MAX_OPEN: usize = 256;
/// Characters of text of an entry of a list (a title and a summary): more
/// is a section of its own.
const ENTRY_TEXT: std::ops::RangeInclusive<usize> = 15..=1500;
/// Characters of an entry's text outside its links that make it a card
/// with a summary.
const CARD_OWN_TEXT: usize = 40;
/// A paragraph this long is prose; this short, a line.
const LONG_PARAGRAPH: usize = 300;
const SHORT_PARAGRAPH: usize = 80;
/// Nodes before the first `<h1>` or after its end where a story's byline
/// sits (its header). Half A of wcxb-dev: 41 % of articles have one this
/// near, 1 % of service pages.
const NEAR_H1: usize = 60;
/// Separators of a `<title>`'s parts ("Name | Brand", "Name - Brand").
/// Characters of text under an h2–h4 below which its section is a short
/// block of a pitch. Half A of wcxb-dev (session 28): a service page's
/// median section holds about 250, an article's about 700.
const SHORT_SECTION: usize = 300;
/// Characters of a link's text that make it a button's label ("Book now",
/// "Get a free quote today"): longer is a title or a sentence.
const LOOSE_LINK_TEXT: std::ops::RangeInclusive<usize> = 2..=30;
/// Separators of a `<title>`'s parts ("Name | Brand", "Name - Brand").
const TITLE_SEPARATORS: [&str; 7] = [" | ", " - ", " – ", " — ", " · ", " :: ", " » "];

/// Whether elements `a` and `b` have one name and one class: entries of
/// one list drawn alike. Compared only for pairs of entries, so the walk
/// reads no class it does not need.
fn alike(dom: &Dom, a: usize, b: usize) -> bool {
    fn class(e: &crate::dom::Element) -> &str {
        e.attr(&local_name!("class")).unwrap_or("").trim()
    }
    match (dom.element(a), dom.element(b)) {
        (Some(a), Some(b)) => a.name == b.name && class(a) == class(b),
        _ => false,
    }
}

/// `open` ends: what it held joins its parent's, and it is compared with
/// its previous sibling.
fn close(dom: &Dom, s: &mut Signals, stack: &mut [Open], last: &mut [Closed], open: Open) {
    let depth = stack.len();
    let parent = stack.last_mut();
    let parent_id = parent.as_ref().map_or(usize::MAX, |p| p.id);
    if let Some(p) = parent {
        p.text += open.text;
        p.link_text += open.link_text;
        p.holds |= open.holds;
    }
    s.loose_links += usize::from(open.loose_link && LOOSE_LINK_TEXT.contains(&open.text));
    if open.paragraph {
        if open.text >= LONG_PARAGRAPH {
            s.long_paragraphs += 1;
            s.long_paragraph_text += open.text;
        }
        s.short_paragraphs += usize::from(open.text > 0 && open.text < SHORT_PARAGRAPH);
        s.longest_paragraph = s.longest_paragraph.max(open.text);
    }
    // A paragraph with a link is prose, not an entry.
    let entry = !open.paragraph && open.link_text > 0 && ENTRY_TEXT.contains(&open.text);
    let Some(slot) = last.get_mut(depth) else {
        return;
    };
    if entry && slot.entry && slot.parent == parent_id && alike(dom, slot.id, open.id) {
        s.like_entries += 1;
        if open.text.saturating_sub(open.link_text) >= CARD_OWN_TEXT {
            s.like_cards += 1;
            s.like_card_text += open.text;
        }
        s.like_priced += usize::from(open.holds & HOLDS_PRICE != 0);
        s.like_dated += usize::from(open.holds & HOLDS_TIME != 0);
        s.like_pictured += usize::from(open.holds & HOLDS_IMAGE != 0);
    }
    *slot = Closed {
        parent: parent_id,
        id: open.id,
        entry,
    };
}

// Class words counted: `hints::PAGE_WORDS`, one bit each (scanned with the
// metadata's, once per page: see `hints::ClassWords`).
const FORUM_BITS: u64 = 0b11_1111;
const SHOP_BITS: u64 = 0b1111 << 6;
const MEMBER_BITS: u64 = 0b11_1111 << 10;
const ENTRY_BITS: u64 = 0b11_1111 << 16;
const CRUMB_BITS: u64 = 1 << 22;
const BYLINE_BITS: u64 = 0b11 << 23;
const LANDING_BITS: u64 = 0b1_1111 << 25;
// `hints::MARK_WORDS` bits: byline and author.
const MARK_BYLINE: u64 = 0b11;

/// The walk. `url` is the caller's URL for the page, if known (else the
/// page's canonical URL or `og:url`).
/// `class_words`: the page's class words as the metadata's walk read them
/// (an empty table: scanned here).
pub(super) fn signals(dom: &Dom, url: Option<&str>, class_words: &ClassWords) -> Signals {
    let mut s = Signals::default();
    let mut canonical = None;
    // Ends of the open <pre>, <a>, <p> and h1–h4 (nested ones are rare; the outer
    // one counts).
    let (mut pre_end, mut a_end, mut p_end, mut h_end) = (0, 0, 0, 0);
    // Ends of the open list item, table cell and <nav> (for loose links),
    // and of the first <main>.
    let (mut li_end, mut cell_end, mut nav_end, mut main_end) = (0, 0, 0, 0);
    let mut main_seen = false;
    // The open h2–h4 section: whether one is open, and the text since its
    // heading's end.
    let (mut in_section, mut section_text) = (false, 0usize);
    // The last <time> seen.
    let mut last_time = None::<usize>;
    // Ends of the first <h1> and the first <title> (0 until seen).
    let (mut h1_end, mut title_end) = (0, 0);
    // The first <h1>'s start (usize::MAX until seen) and the last element
    // with a byline mark.
    let mut h1_start = usize::MAX;
    let mut last_byline = None::<usize>;
    let mut stack: Vec<Open> = Vec::new();
    let mut title_text = String::new();
    let mut last = [Closed::default(); MAX_OPEN + 1];
    for id in 0..dom.len() {
        while let Some(open) = stack.pop_if(|o| o.end <= id) {
            close(dom, &mut s, &mut stack, &mut last, open);
        }
        if let Some(t) = dom.text(id) {
            let parent = dom.parent(id).and_then(|p| dom.html_name(p));
            let code = matches!(
                parent,
                Some(
                    &local_name!("script")
                        | &local_name!("style")
                        | &local_name!("noscript")
                        | &local_name!("template")
                )
            );
            if code {
                continue;
            }
            // The ASCII whitespace (most of it: the indentation between
            // tags) trimmed a byte at a time first; `trim` then finds the
            // same ends.
            let chars = t.trim_ascii().trim().chars().count();
            s.text += chars;
            let top = stack.last_mut();
            if id < a_end {
                s.link_text += chars;
                // A page number: one to three digits (counted as characters
                // above, so only such short texts are trimmed again).
                if (1..=3).contains(&chars) && t.trim().bytes().all(|b| b.is_ascii_digit()) {
                    s.number_links += 1;
                }
            }
            if let Some(top) = top {
                top.text += chars;
                if id < a_end {
                    top.link_text += chars;
                }
            }
            if id < p_end {
                s.paragraph_text += chars;
            }
            if id < h_end {
                s.heading_text += chars;
            } else {
                section_text += chars;
            }
            if id < main_end {
                s.main_text += chars;
                if id < a_end {
                    s.main_link_text += chars;
                }
            }
            if id < h1_end {
                s.h1_chars += chars;
                s.h1_words += t.split_whitespace().count();
            }
            if id < title_end {
                s.title_chars += chars;
                title_text.push_str(t);
            }

            if t.len() < 40 && t.bytes().any(|b| b.is_ascii_digit()) && PRICE.is_match(t) {
                s.prices += 1;
                if let Some(top) = stack.last_mut() {
                    top.holds |= HOLDS_PRICE;
                }
            }
            continue;
        }
        let Some(e) = dom.element(id) else { continue };
        if matches!(
            e.name,
            local_name!("h1") | local_name!("h2") | local_name!("h3") | local_name!("h4")
        ) && id >= h_end
        {
            // A heading ends the section before it.
            s.short_sections += usize::from(in_section && section_text < SHORT_SECTION);
            in_section = e.name != local_name!("h1");
            section_text = 0;
        }
        if !main_seen
            && (e.name == local_name!("main")
                || e.attr(&local_name!("role"))
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("main")))
        {
            main_seen = true;
            main_end = dom.end(id);
        }
        if stack.len() < MAX_OPEN {
            stack.push(Open {
                id,
                end: dom.end(id),
                paragraph: e.name == local_name!("p"),
                loose_link: e.name == local_name!("a")
                    && id >= p_end
                    && id >= h_end
                    && id >= li_end
                    && id >= cell_end
                    && id >= nav_end,
                holds: match e.name {
                    local_name!("time") => HOLDS_TIME,
                    local_name!("img") => HOLDS_IMAGE,
                    _ => 0,
                },
                ..Open::default()
            });
        }
        match e.name {
            local_name!("meta") => {
                let key = e
                    .attr(&local_name!("property"))
                    .or_else(|| e.attr(&local_name!("name")))
                    .map(|k| k.trim().to_ascii_lowercase());
                let value = e.attr(&local_name!("content")).unwrap_or("").trim();
                match key.as_deref() {
                    Some("og:type") => {
                        let v = value.to_ascii_lowercase();
                        if v == "article" {
                            s.og_article = true;
                        } else if v.starts_with("product") {
                            declare(&mut s.declared, PageType::Product);
                        }
                    }
                    Some("og:url") if canonical.is_none() => canonical = Some(value.to_owned()),
                    Some("article:published_time") => s.meta_published = true,
                    Some("article:modified_time") => s.meta_modified = true,
                    _ => {}
                }
            }
            local_name!("link") => {
                let rel = e.attr(&local_name!("rel")).unwrap_or("");
                s.pager_links += usize::from(is_pager(rel));
                if rel.eq_ignore_ascii_case("canonical") {
                    if let Some(h) = e.attr(&local_name!("href")) {
                        canonical = Some(h.trim().to_owned());
                    }
                }
            }
            local_name!("script") => {
                let ld = e
                    .attr(&local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld {
                    if let Some(text) = dom.text(id + 1) {
                        for list in ld_types(text) {
                            for t in list.split(['[', ']', ',', '"']) {
                                s.leans |= lean(t);
                                if let Some(t) = schema_kind(t) {
                                    declare(&mut s.declared, t);
                                }
                            }
                        }
                    }
                }
            }
            local_name!("pre") => {
                s.pre += 1;
                pre_end = dom.end(id);
            }
            local_name!("code") if id >= pre_end => s.code += 1,
            local_name!("article") => s.articles += 1,
            local_name!("time") => {
                s.times += 1;
                last_time = Some(id);
                // After the first <h1>'s start, near its end.
                s.h1_time |= id >= h1_start && id <= h1_end.saturating_add(NEAR_H1);
            }
            local_name!("a") => {
                s.links += 1;
                a_end = a_end.max(dom.end(id));
                let href = e.attr(&local_name!("href")).unwrap_or("").trim();
                s.anchor_links += usize::from(href.len() > 1 && href.starts_with('#'));
                let scheme = href.get(..7).unwrap_or("");
                s.contact_links += usize::from(
                    scheme.eq_ignore_ascii_case("mailto:")
                        || scheme
                            .get(..4)
                            .is_some_and(|p| p.eq_ignore_ascii_case("tel:")),
                );
                s.pager_links += usize::from(is_pager(e.attr(&local_name!("rel")).unwrap_or("")));
            }
            local_name!("p") => {
                s.paragraphs += 1;
                p_end = p_end.max(dom.end(id));
            }
            local_name!("h1") => {
                if s.h1 == 0 {
                    h1_end = dom.end(id);
                    h1_start = id;
                    s.h1_byline |= last_byline.is_some_and(|l| id.saturating_sub(l) <= NEAR_H1);
                    s.h1_time |= last_time.is_some_and(|l| id.saturating_sub(l) <= NEAR_H1);
                }
                s.h1 += 1;
                h_end = h_end.max(dom.end(id));
            }
            local_name!("h2") | local_name!("h3") | local_name!("h4") => {
                s.h2_h4 += 1;
                h_end = h_end.max(dom.end(id));
                if (id + 1..dom.end(id)).any(|n| dom.html_name(n) == Some(&local_name!("a"))) {
                    s.linked_headings += 1;
                }
            }
            local_name!("li") => {
                s.items += 1;
                li_end = li_end.max(dom.end(id));
            }
            local_name!("td") | local_name!("th") => cell_end = cell_end.max(dom.end(id)),
            local_name!("button") | local_name!("input") | local_name!("select") => {
                s.buttons += 1;
                let kind = e.attr(&local_name!("type")).unwrap_or("").trim();
                s.choices += usize::from(
                    e.name == local_name!("select")
                        || kind.eq_ignore_ascii_case("checkbox")
                        || kind.eq_ignore_ascii_case("radio"),
                );
            }
            local_name!("img") => {
                s.images += 1;
                s.linked_images += usize::from(id < a_end);
            }
            local_name!("dl") => s.definitions += 1,
            local_name!("kbd") | local_name!("samp") | local_name!("var") => s.keys += 1,
            local_name!("aside") => s.asides += 1,
            local_name!("address") => s.addresses += 1,
            local_name!("h5") | local_name!("h6") => s.minor_headings += 1,
            local_name!("table") => s.tables += 1,
            local_name!("title") if title_end == 0 => title_end = dom.end(id),
            local_name!("form") => s.forms += 1,
            local_name!("section") => s.sections += 1,
            local_name!("nav") => {
                s.navs += 1;
                nav_end = nav_end.max(dom.end(id));
            }
            local_name!("svg") => s.drawings += 1,
            local_name!("iframe") | local_name!("video") => s.frames += 1,
            _ => {}
        }
        if let Some(t) = e.attr(&local_name!("itemtype")) {
            for t in t.split_whitespace() {
                s.leans |= lean(t);
            }
            if let Some(k) = t.split_whitespace().filter_map(schema_kind).next() {
                declare(&mut s.declared, k);
            }
        }
        if e.attr(&local_name!("class")).is_some() {
            let found = class_words.page_words(id, e);
            if class_words.mark_words(id, e) & MARK_BYLINE != 0 {
                last_byline = Some(id);
                // After the first <h1>'s start, near its end.
                s.h1_byline |= id >= h1_start && id <= h1_end.saturating_add(NEAR_H1);
            }
            s.post_marks += usize::from(found & FORUM_BITS != 0);
            s.buy_marks += usize::from(found & SHOP_BITS != 0);
            s.member_marks += usize::from(found & MEMBER_BITS != 0);
            s.entry_marks += usize::from(found & ENTRY_BITS != 0);
            s.breadcrumbs += usize::from(found & CRUMB_BITS != 0);
            s.byline_marks += usize::from(found & BYLINE_BITS != 0);
            s.landing_marks += usize::from(found & LANDING_BITS != 0);
        }
    }
    while let Some(open) = stack.pop() {
        close(dom, &mut s, &mut stack, &mut last, open);
    }
    s.short_sections += usize::from(in_section && section_text < SHORT_SECTION);
    let title = title_text.trim();
    if !title.is_empty() {
        let lead = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| title.find(sep))
            .min()
            .map_or(title, |i| title.get(..i).unwrap_or(title));
        s.title_lead_words = lead.split_whitespace().count();
        s.title_parts = 1 + TITLE_SEPARATORS
            .iter()
            .map(|sep| title.matches(sep).count())
            .sum::<usize>();
    }
    let url = url.map(str::to_owned).or(canonical);
    s.host = url.as_deref().and_then(crate::url::host);
    s.path = url.map(|u| path_of(&u));
    s
}

/// The features' names, in the order of [`features`] and of the model's
/// weights (`tools/train_pagetype.py` reads them from the features dump and
/// writes them beside the weights; a test checks both agree).
pub(super) const FEATURE_NAMES: [&str; 88] = [
    "prices",
    "buy_marks",
    "post_marks",
    "member_marks",
    "entry_marks",
    "breadcrumbs",
    "linked_headings",
    "articles",
    "times",
    "pre",
    "code",
    "dated",
    "og_article",
    "declared_forum",
    "declared_product",
    "declared_documentation",
    "declared_collection",
    "declared_article",
    "url_forum",
    "url_documentation",
    "url_product",
    "url_collection",
    "url_listing",
    "url_home",
    "text",
    "link_text_share",
    "paragraph_text_share",
    "links",
    "h1",
    "h2_h4",
    "paragraphs",
    "items",
    "buttons",
    "images",
    "tables",
    "forms",
    "byline_marks",
    "landing_marks",
    "sections",
    "navs",
    "drawings",
    "frames",
    "paragraph_length",
    "heading_text_share",
    "url_dated",
    "url_service",
    "url_guide",
    "declared_page",
    "declared_service",
    "declared_list",
    "like_entries",
    "like_cards",
    "like_card_text_share",
    "like_priced",
    "like_dated",
    "like_pictured",
    "long_paragraphs",
    "short_paragraphs",
    "longest_paragraph",
    "anchor_links",
    "contact_links",
    "number_links",
    "pager_links",
    "linked_images",
    "definitions",
    "keys",
    "asides",
    "addresses",
    "minor_headings",
    "choices",
    "meta_published",
    "meta_modified",
    "long_paragraph_text_share",
    "entry_share",
    "h1_chars",
    "h1_words",
    "title_chars",
    "title_lead_words",
    "title_parts",
    "h1_byline",
    "h1_time",
    "short_sections",
    "short_section_share",
    "loose_links",
    "main_link_share",
    "linked_heading_share",
    "heading_density",
    "section_length",
];

/// Counts on a log scale (ln(1 + n)): ten prices and a hundred say about
/// the same, none and one do not.
fn log(n: usize) -> f32 {
    (n as f32).ln_1p()
}

fn flag(b: bool) -> f32 {
    if b {
        1.0
    } else {
        0.0
    }
}

/// The feature vector of a page's signals.
pub(super) fn features(s: &Signals) -> [f32; FEATURE_NAMES.len()] {
    let path = s.path.as_deref().unwrap_or("");
    let url = url_kind(path);
    let text = s.text.max(1) as f32;
    let host = s.host.as_deref().unwrap_or("");
    let words: Vec<&str> = path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    [
        log(s.prices),
        log(s.buy_marks),
        log(s.post_marks),
        log(s.member_marks),
        log(s.entry_marks),
        log(s.breadcrumbs),
        log(s.linked_headings),
        log(s.articles),
        log(s.times),
        log(s.pre),
        log(s.code),
        flag(s.dated),
        flag(s.og_article),
        flag(s.declared == Some(PageType::Forum)),
        flag(s.declared == Some(PageType::Product)),
        flag(s.declared == Some(PageType::Documentation)),
        flag(s.declared == Some(PageType::Collection)),
        flag(s.declared == Some(PageType::Article)),
        flag(url == Some(PageType::Forum)),
        flag(url == Some(PageType::Documentation)),
        flag(url == Some(PageType::Product)),
        flag(url == Some(PageType::Collection)),
        flag(url == Some(PageType::Listing)),
        // The site's home page: a known path with no segment.
        flag(s.path.is_some() && path.split('/').all(str::is_empty)),
        log(s.text),
        s.link_text as f32 / text,
        s.paragraph_text as f32 / text,
        log(s.links),
        log(s.h1),
        log(s.h2_h4),
        log(s.paragraphs),
        log(s.items),
        log(s.buttons),
        log(s.images),
        log(s.tables),
        log(s.forms),
        log(s.byline_marks),
        log(s.landing_marks),
        log(s.sections),
        log(s.navs),
        log(s.drawings),
        log(s.frames),
        log(s.paragraph_text / s.paragraphs.max(1)),
        s.heading_text as f32 / text,
        flag(path.split('/').any(is_year)),
        flag(words.iter().any(|w| SERVICE_WORDS.contains(w))),
        flag(
            words.iter().any(|w| GUIDE_WORDS.contains(w))
                || host
                    .split('.')
                    .next()
                    .is_some_and(|w| GUIDE_HOSTS.contains(&w)),
        ),
        flag(s.leans & LEAN_PAGE != 0),
        flag(s.leans & LEAN_SERVICE != 0),
        flag(s.leans & LEAN_LIST != 0),
        log(s.like_entries),
        log(s.like_cards),
        (s.like_card_text as f32 / text).min(1.0),
        log(s.like_priced),
        log(s.like_dated),
        log(s.like_pictured),
        log(s.long_paragraphs),
        log(s.short_paragraphs),
        log(s.longest_paragraph),
        log(s.anchor_links),
        log(s.contact_links),
        log(s.number_links),
        log(s.pager_links),
        log(s.linked_images),
        log(s.definitions),
        log(s.keys),
        log(s.asides),
        log(s.addresses),
        log(s.minor_headings),
        log(s.choices),
        flag(s.meta_published),
        flag(s.meta_modified),
        (s.long_paragraph_text as f32 / text).min(1.0),
        s.like_entries as f32 / (s.links.max(1) as f32),
        log(s.h1_chars),
        log(s.h1_words),
        log(if s.title_chars > 0 {
            s.title_chars
        } else {
            s.h1_chars
        }),
        log(s.title_lead_words),
        log(s.title_parts),
        flag(s.h1_byline),
        flag(s.h1_time),
        log(s.short_sections),
        s.short_sections as f32 / (s.h2_h4.max(1) as f32),
        log(s.loose_links),
        if s.main_text > 0 {
            s.main_link_text as f32 / s.main_text as f32
        } else {
            s.link_text as f32 / text
        },
        (s.linked_headings as f32 / (s.h2_h4.max(1) as f32)).min(1.0),
        // h2–h4 headings per thousand characters of text.
        s.h2_h4 as f32 * 1000.0 / text,
        // Characters of text outside headings per h2–h4 section.
        log(s.text.saturating_sub(s.heading_text) / (s.h2_h4 + 1)),
    ]
}

/// `rel` names the next or previous page of a series.
fn is_pager(rel: &str) -> bool {
    rel.split_ascii_whitespace()
        .any(|r| r.eq_ignore_ascii_case("next") || r.eq_ignore_ascii_case("prev"))
}

/// A plain web page (a CMS's type for what is not a post).
const LEAN_PAGE: u8 = 1;
/// A business and what it offers.
const LEAN_SERVICE: u8 = 2;
/// A list of things.
const LEAN_LIST: u8 = 4;

/// The lean of a schema.org type (the last segment of a type URL).
fn lean(t: &str) -> u8 {
    match t.rsplit('/').next().unwrap_or(t).trim() {
        "WebPage" | "AboutPage" | "ContactPage" => LEAN_PAGE,
        "Service"
        | "ProfessionalService"
        | "LocalBusiness"
        | "FAQPage"
        | "Course"
        | "SoftwareApplication"
        | "WebApplication"
        | "EducationalOccupationalProgram" => LEAN_SERVICE,
        "ItemList" | "SearchResultsPage" | "CollectionPage" => LEAN_LIST,
        _ => 0,
    }
}

/// Words of a URL's path that name what a business offers (its services,
/// plans and prices): a landing page's, rarely a story's.
const SERVICE_WORDS: &[&str] = &[
    "services",
    "service",
    "solutions",
    "consulting",
    "pricing",
    "plans",
    "features",
    "programs",
    "program",
];

/// Words of a URL's path that name documentation beyond the ones
/// [`url_kind`] reads (guides, tutorials, handbooks, manual pages). Not
/// "wiki": an encyclopedia's entries are articles.
const GUIDE_WORDS: &[&str] = &[
    "guide",
    "guides",
    "tutorial",
    "tutorials",
    "handbook",
    "man",
    "learn",
    "support",
    "help",
];

/// A host's first label that says it serves documentation
/// ("docs.x.org", "developer.x.com").
const GUIDE_HOSTS: &[&str] = &[
    "docs",
    "doc",
    "developer",
    "developers",
    "learn",
    "help",
    "support",
];

/// A path segment that is a year (a dated story's "/2024/05/...").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests;
