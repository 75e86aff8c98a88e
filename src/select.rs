//! Stage 5: choose the main-content region and the blocks in it.
//!
//! The region is the best-scored container plus those of its siblings that
//! read like more of the same article (readability's sibling merge). Inside
//! it, blocks go when they are the headline again, mostly links, a known
//! boilerplate phrase, or part of a section such a phrase opens (a comment
//! thread, a related box), or a short non-sentence at the region's edges
//! (bylines, dates, "5 min read").

use crate::boilerplate::Boilerplate;
use crate::dom::{Dom, NodeId};
use crate::lang::{self, ends_sentence};
use crate::meta::{similarity, Marks};
use crate::pagetype::PageType;
use crate::score::Scores;
use crate::segment::{Block, Kind};
use crate::thread;

/// Why a block was left out. (Named so as not to shadow the prelude's
/// `Drop` trait.)
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Reason {
    /// Outside the main-content region.
    OutsideRegion,
    /// The headline, which is returned separately.
    Headline,
    /// Mostly link text.
    LinkDense(f32),
    /// A boilerplate phrase.
    Phrase(Boilerplate),
    /// In a section opened by a boilerplate phrase.
    Section(Boilerplate),
    /// A short line at the edge of the article that is not a sentence.
    Edge,
    /// A caption that is no sentence: a photo credit or a label.
    Credit,
    /// A post's date line in a thread ("Commented Mar 26, 2019 at 16:40").
    PostMeta,
    /// A data table's row, tables being off ([`Options::tables`](crate::Options::tables)).
    TablesOff,
    /// A line of a poster's user card in a thread: a counter or a label
    /// every post repeats ("Posts: 4,032", "Joined").
    UserCard,
    /// A thread's text said again by a later post (a quote of it).
    QuotedAgain,
    /// A post's linked subject heading above its kept date line ("Re:
    /// the thread's title"), not the post's text.
    PostSubject,
    /// A product's or listing's line said a second time (a section drawn
    /// again for another screen).
    SaidAgain,
    /// On a listing, a short label every few entries repeat ("Latest",
    /// "Fast apply", "Instant Savings"): a badge, not an entry's text.
    EntryBadge,
    /// A shop's control alone on a line ("Add to cart", "Quick view").
    ShopControl,
}

impl Reason {
    /// Human-readable reason.
    pub(crate) fn describe(self) -> String {
        match self {
            Reason::OutsideRegion => "outside the main-content region".to_owned(),
            Reason::Headline => "the headline (see title)".to_owned(),
            Reason::LinkDense(d) => format!("link density {d:.2}"),
            Reason::Phrase(p) => format!("phrase: {}", p.name()),
            Reason::Section(p) => format!("in a {} section", p.name()),
            Reason::Edge => "short non-sentence at the article's edge".to_owned(),
            Reason::Credit => "caption that is no sentence (credit or label)".to_owned(),
            Reason::PostMeta => "a post's date line".to_owned(),
            Reason::TablesOff => "a table row (tables off)".to_owned(),
            Reason::UserCard => "a user card's counter or label".to_owned(),
            Reason::QuotedAgain => "an earlier post's text quoted again".to_owned(),
            Reason::PostSubject => "a post's linked subject heading".to_owned(),
            Reason::SaidAgain => "text the page said above".to_owned(),
            Reason::EntryBadge => "a label the entries repeat".to_owned(),
            Reason::ShopControl => "a shop's control (\"Add to cart\")".to_owned(),
        }
    }
}

/// The verdict on each block: `None` kept, `Some(why)` dropped.
pub(crate) type Verdicts = Vec<Option<Reason>>;

/// Siblings whose score reaches this share of the best container's join it.
const SIBLING_SHARE: f32 = 0.2;
/// ... and never below this absolute score.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// Blocks with a larger share of link text are navigation, not prose.
const MAX_LINK_DENSITY: f32 = 0.5;
/// Shortest caption (characters) kept as a sentence.
const MIN_CAPTION: usize = 30;
/// Edge lines up to this long (characters) without function words (names,
/// credits, labels) are not prose.
const EDGE_NO_STOPWORDS_CHARS: usize = 150;
/// Edge lines up to this long (characters) holding a date are bylines.
const DATELINE_MAX_CHARS: usize = 100;
/// Blocks at least this long (characters) are prose even with many links.
const LONG_BLOCK: usize = 100;
/// Edge lines shorter than this (characters) without sentence punctuation go.
const EDGE_MAX_CHARS: usize = 40;
/// Lines up to this long can be a section heading opening boilerplate.
const MAX_HEADING_LINE: usize = 80;

/// A list item with more link text than this is navigation, whatever its
/// length; so is any block of links past it (a long digest of linked stories
/// still has some words of its own). Evidence: the fixtures' menus and cited
/// sources ("<a>Official Gazette</a>, 3 March edition").
const ALL_LINKS: f32 = 0.8;
/// A level-1/2 heading this similar to the declared title is the headline
/// again (the title is returned separately).
const HEADLINE_SIMILARITY: f32 = 0.9;
/// A related-phrase line with this much link text is a lead-in to a link
/// ("Lire aussi : <a>other story</a>").
const LEAD_IN_LINK_DENSITY: f32 = 0.3;
/// A phrase line with less link text than this (and no colon) is a heading
/// with a topic word ("Most popular diets"), not a lead-in.
const PLAIN_LINE_LINK_DENSITY: f32 = 0.1;
/// Prose back in the article's container, with less link text than this,
/// ends a flat related box ("DON'T MISS: …" between paragraphs).
const PROSE_LINK_DENSITY: f32 = 0.2;
/// Edge lines whose stop-word density is below this have no function words
/// (names, credits, labels).
const EDGE_MIN_STOPWORD_DENSITY: f32 = 0.05;

/// Nodes looked at between a boilerplate heading and an ancestor to see
/// whether the heading opens that ancestor.
const MAX_SCOPE_SCAN: usize = 256;

/// Decides which blocks are the article.
pub(crate) fn select(
    dom: &Dom,
    blocks: &[Block],
    scores: &Scores,
    meta: &Marks,
    captions: bool,
    page_type: PageType,
) -> Verdicts {
    let mut verdicts: Verdicts = vec![Some(Reason::OutsideRegion); blocks.len()];
    let Some(best) = scores.best else {
        return verdicts;
    };
    // Whatever the page's kind, a page whose running text is nearly all
    // inside links is read as a river of linked entries.
    let fields = card_fields(dom, blocks);
    let page_type = if !matches!(page_type, PageType::Listing | PageType::Collection)
        && all_text_linked(blocks, &fields, page_type == PageType::Product)
    {
        PageType::Listing
    } else {
        page_type
    };
    let narrow = region(dom, scores, best);
    let (mut roots, widened) = widen(dom, blocks, &fields, narrow.clone(), best, page_type);
    if page_type == PageType::Forum {
        sibling_posts(dom, scores, &mut roots);
    }
    // On a listing, the blocks of its repeated entries: kept whatever
    // their length, link text or kind (a card's name, its price, a
    // product's `<figcaption>`), as a card's fields are.
    let mut entry = vec![false; blocks.len()];
    if matches!(page_type, PageType::Listing | PageType::Collection) {
        let group = entry_group(dom, blocks)
            .filter(|g| g.chars as f32 >= g.total as f32 * ENTRY_GROUP_SHARE);
        if let Some(g) = group {
            entry = entry_blocks(dom, blocks, &g);
        }
        if let Some(grid) = price_grid(dom, blocks) {
            if !roots
                .iter()
                .any(|&r| dom.contains(r, grid) || dom.contains(grid, r))
            {
                roots.push(grid);
            }
        }
    }
    // On an article page whose text is mostly one group of repeated
    // entries, the entries' linked titles are its text too.
    let mut river = vec![false; blocks.len()];
    if page_type == PageType::Article {
        let group = entry_group(dom, blocks)
            .filter(|g| g.chars as f32 >= g.total as f32 * RIVER_GROUP_SHARE);
        if let Some(g) = group {
            // An entry is a title with more (a summary, a date), not one
            // linked paragraph of a story.
            let (of, n) = entry_of(dom, blocks, &g);
            let mut count = vec![0usize; n];
            for k in of.iter().flatten() {
                if let Some(c) = count.get_mut(*k) {
                    *c += 1;
                }
            }
            river = of
                .iter()
                .map(|k| k.and_then(|k| count.get(k)).is_some_and(|&c| c >= 2))
                .collect();
        }
    }
    let teaser = if widened && page_type.is_single_text() {
        teasers(dom, blocks, &narrow)
    } else {
        Vec::new()
    };
    // One text widened to an ancestor starts at its headline: what comes
    // before it there is a ticker or a teaser.
    let start = meta
        .title_node
        .filter(|&t| {
            widened && page_type.is_single_text() && roots.iter().any(|&r| dom.contains(r, t))
        })
        .unwrap_or(0);
    let in_region = |i: usize, b: &Block| {
        b.owner >= start
            && !teaser.get(i).copied().unwrap_or(false)
            && roots.iter().any(|&r| dom.contains(r, b.owner))
    };

    let mut state = Flow::default();
    for (i, b) in blocks.iter().enumerate() {
        if !in_region(i, b) {
            continue;
        }
        let field = fields.get(i).copied().unwrap_or(false);
        let field = field || entry.get(i).copied().unwrap_or(false);
        let drop = judge(dom, b, field, meta, &mut state, &roots, captions, page_type);
        let drop = drop.filter(|d| {
            !(matches!(d, Reason::LinkDense(_))
                && b.chars >= ENTRY_TITLE_CHARS
                && river.get(i).copied().unwrap_or(false))
        });
        if drop.is_none() && b.chars >= EDGE_MAX_CHARS {
            state.kept_prose += 1;
            state.prose_container = Some(b.container);
        }
        if let Some(v) = verdicts.get_mut(i) {
            *v = drop;
        }
    }
    // The page's language, from the region's first blocks (enough words
    // to tell; a giant region is not read whole).
    let mut counts = lang::StopCounts::default();
    let mut read = 0;
    for (_, b) in blocks.iter().enumerate().filter(|(i, b)| in_region(*i, b)) {
        if read > lang::LANGUAGE_SAMPLE {
            break;
        }
        let sample = b
            .text
            .get(..b.text.len().min(lang::LANGUAGE_SAMPLE))
            .unwrap_or(&b.text);
        counts.add(sample);
        read += sample.len();
    }
    let language = counts.language();
    if matches!(page_type, PageType::Listing | PageType::Collection) {
        category_intro(dom, blocks, meta.title_node, &roots, &mut verdicts);
    }
    entry_titles(dom, blocks, &mut verdicts);
    if page_type == PageType::Forum {
        user_card_lines(blocks, &mut verdicts);
        card_lines(dom, blocks, &mut verdicts);
        card_fields_beside(blocks, &mut verdicts);
        quoted_again(blocks, &mut verdicts);
        // Names first: a post's date line kept before its poster's name
        // does not hide the name.
        poster_names(dom, blocks, &mut verdicts);
        post_timestamps(dom, blocks, &mut verdicts);
    }
    if matches!(
        page_type,
        PageType::Product | PageType::Listing | PageType::Collection
    ) {
        said_again(blocks, &mut verdicts);
    }
    if matches!(
        page_type,
        PageType::Product | PageType::Service | PageType::Listing
    ) {
        said_twice_in_a_row(blocks, &mut verdicts);
    }
    if page_type == PageType::Listing {
        entry_badges(blocks, &mut verdicts);
    }
    trim_edges(blocks, &mut verdicts, language, &entry, page_type);
    verdicts
}

/// Unlinked good text (characters) under which a page may be a river of
/// linked entries...
const LINKED_PAGE_MAX_FREE: usize = 500;
/// ... when its linked paragraphs of this length (characters: a summary,
/// not a menu item)...
const LINKED_ENTRY_CHARS: usize = 80;
/// ... hold this many times that text, and at least this many characters
/// (a few linked tiles on an empty shell are no river).
const LINKED_PAGE_RATIO: usize = 3;
const LINKED_PAGE_MIN: usize = 1_000;
/// ... or, with more text of the page's own (an intro, a newsletter line),
/// this many times it: a program list's cards linked whole, summaries and
/// all, under an intro of 500 characters.
const LINKED_PAGE_DOMINANT: usize = 6;

/// A linked sentence this long (characters) on a service page is a card's
/// description, not a link list.
const CARD_TEXT_CHARS: usize = 60;

/// Whether the page's running text is nearly all inside links: cards
/// linked whole (title, summary, byline in one `<a>`), with no text of the
/// page's own beside them. A card's fields (`fields`: title, company,
/// place, date of a job or an event) count at any length. On a product
/// page (`short_own`) the page's own unlinked lines count at any length
/// too: the product's text is short lines (price, sizes, specifications),
/// and the rails of other products' cards under it make no river
/// (wcxb-dev half A: a shop's jacket page read as a listing kept its
/// 36 recommendation cards).
fn all_text_linked(blocks: &[Block], fields: &[bool], short_own: bool) -> bool {
    let (mut free, mut linked) = (0usize, 0usize);
    for (i, b) in blocks.iter().enumerate() {
        let field = fields.get(i).copied().unwrap_or(false);
        if field
            || b.chars >= GOOD_MIN_CHARS
                && b.link_density() > GOOD_MAX_LINK_DENSITY
                && matches!(b.kind, Kind::Paragraph)
                && b.chars >= LINKED_ENTRY_CHARS
        {
            linked += b.chars;
        } else if (short_own || b.chars >= GOOD_MIN_CHARS)
            && b.link_density() <= GOOD_MAX_LINK_DENSITY
        {
            free += b.chars;
        }
    }
    linked >= LINKED_PAGE_MIN
        && (free < LINKED_PAGE_MAX_FREE && linked > free.saturating_mul(LINKED_PAGE_RATIO)
            || linked > free.saturating_mul(LINKED_PAGE_DOMINANT))
}

/// Ancestor levels searched above a block for the link it sits in.
const CARD_LINK_LEVELS: usize = 8;
/// A link holding this many blocks or more is a card linked whole (a job's
/// title, company, place and date in one `<a>`), not a menu item: a menu
/// link holds one line (wcxb-dev half A: a job board's cards hold 6 to 9,
/// a course list's 2).
const CARD_MIN_FIELDS: usize = 2;

/// A card holding a block this long (characters) is a story's teaser (title
/// and summary); its short lines are metadata ("9 hrs ago", "Europe") that
/// listings' bodies leave out, where a card of short lines only (a job: title,
/// company, place, salary) is all fields (wcxb-dev half B: two listings of
/// story and product cards lost 0.04 to 0.07 F1 with their meta lines kept).
const CARD_STORY_CHARS: usize = LINKED_ENTRY_CHARS;

/// Per block, whether it is a field of a card linked whole: its nearest
/// enclosing `<a>` (within [`CARD_LINK_LEVELS`]) holds at least
/// [`CARD_MIN_FIELDS`] blocks, none of them [`CARD_STORY_CHARS`] long.
fn card_fields(dom: &Dom, blocks: &[Block]) -> Vec<bool> {
    let link_of = |b: &Block| {
        std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(CARD_LINK_LEVELS + 1)
            .find(|&a| dom.html_name(a) == Some(&html5ever::local_name!("a")))
    };
    let links: Vec<Option<NodeId>> = blocks.iter().map(link_of).collect();
    // Per link: its blocks, and its longest block's length.
    let mut count: crate::hash::FastMap<NodeId, (usize, usize)> = Default::default();
    for (a, b) in links.iter().zip(blocks) {
        if let Some(a) = a {
            let c = count.entry(*a).or_default();
            c.0 += 1;
            c.1 = c.1.max(b.chars);
        }
    }
    links
        .iter()
        .map(|a| {
            a.and_then(|a| count.get(&a))
                .is_some_and(|&(n, longest)| n >= CARD_MIN_FIELDS && longest < CARD_STORY_CHARS)
        })
        .collect()
}

/// On a thread, the kept lines of posters' user cards: counters ("Posts:
/// 4,032", "25.8k") that hold no date, and short labels that recur
/// [`thread::LABEL_MIN_REPEATS`] times or more among the kept lines
/// ("Joined", "Member", "Click to expand...").
fn user_card_lines(blocks: &[Block], verdicts: &mut Verdicts) {
    // A user card's title is often a heading ("<h5>Member</h5>"), and a
    // quote's expand control sits inside the quote.
    let line = |b: &Block| {
        matches!(
            b.kind,
            Kind::Paragraph | Kind::ListItem | Kind::Heading(_) | Kind::Quote
        )
    };
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_none() && line(b) {
            *times.entry(b.text.trim()).or_default() += 1;
        }
    }
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || !line(b) {
            continue;
        }
        let repeats = times.get(b.text.trim()).copied().unwrap_or(0);
        if (thread::is_counter_line(&b.text) && !has_date(&b.text))
            || thread::is_repeated_label(&b.text, repeats)
        {
            *v = Some(Reason::UserCard);
        }
    }
}

/// On a thread, the other kept short lines of a poster's card: a line of
/// no sentence (at most [`CARD_LINE_CHARS`] characters) in a post, whose
/// nearest enclosing element holding one of the card's dropped counters,
/// labels or date lines holds no kept text of the post's own (a line of
/// [`EDGE_MAX_CHARS`] characters or more): the poster's custom title
/// ("Senior Ambassador", "Aquapedia Mentor"), place or rank beside their
/// counters, not the post's text. A quote is the post's, whatever it
/// holds, and so is every line of a post with no longer line.
fn card_lines(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let posts: Vec<Option<NodeId>> = blocks
        .iter()
        .map(|b| thread::post_of(dom, b.owner))
        .collect();
    // Per element inside a post: its kept text of the post's own, and its
    // dropped card lines, counted from each block up to the post.
    let mut prose: crate::hash::FastMap<NodeId, usize> = Default::default();
    let mut card: crate::hash::FastMap<NodeId, usize> = Default::default();
    for ((b, v), post) in blocks.iter().zip(verdicts.iter()).zip(&posts) {
        let Some(post) = *post else { continue };
        let own = v.is_none() && b.chars >= EDGE_MAX_CHARS;
        let counter = matches!(v, Some(Reason::UserCard | Reason::PostMeta));
        if !own && !counter {
            continue;
        }
        let upward = std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(thread::POST_OF_LEVELS)
            .take_while(|&a| a != post);
        if own {
            *prose.entry(post).or_default() += 1;
        }
        for a in upward {
            *(if own { prose.entry(a) } else { card.entry(a) }).or_default() += 1;
        }
    }
    for ((b, v), post) in blocks.iter().zip(verdicts.iter_mut()).zip(&posts) {
        let Some(post) = *post else { continue };
        if v.is_some()
            || !matches!(b.kind, Kind::Paragraph | Kind::ListItem | Kind::Heading(_))
            || b.chars > CARD_LINE_CHARS
            || ends_sentence(&b.text)
        {
            continue;
        }
        let holder = std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(thread::POST_OF_LEVELS)
            .take_while(|&a| a != post)
            .find(|a| card.contains_key(a));
        // A post of short lines alone (a one-line answer) is all its own.
        if prose.contains_key(&post) && holder.is_some_and(|a| !prose.contains_key(&a)) {
            *v = Some(Reason::UserCard);
        }
    }
}

/// On a thread, the kept labelled rows of a poster's card ("Location:
/// AMS", "From: Brisbane, AU") next to its dropped labelled rows
/// ("Posts: 673", "Join Date: Jul 2024"): a run of "label: value" lines
/// in one container with a dropped counter or date in it is the card's,
/// not the post's
/// (wcxb-dev forums: such rows kept on pages of both halves, none in a
/// gold body).
fn card_fields_beside(blocks: &[Block], verdicts: &mut Verdicts) {
    let row = |b: &Block| {
        matches!(b.kind, Kind::Paragraph | Kind::ListItem)
            && b.chars <= CARD_LINE_CHARS
            && !ends_sentence(&b.text)
            && is_labelled_row(&b.text)
    };
    let card = |v: &Option<Reason>| matches!(v, Some(Reason::UserCard | Reason::PostMeta));
    // Forward, then backward: a run takes its rows from both ends.
    for forward in [true, false] {
        let order: Vec<usize> = if forward {
            (0..blocks.len()).collect()
        } else {
            (0..blocks.len()).rev().collect()
        };
        // The container of the card's dropped row the run is in.
        let mut in_card: Option<NodeId> = None;
        for i in order {
            let (Some(b), Some(v)) = (blocks.get(i), verdicts.get_mut(i)) else {
                continue;
            };
            if !row(b) || in_card.is_some_and(|c| c != b.container) {
                in_card = None;
            }
            if !row(b) {
                continue;
            }
            if card(v) {
                in_card = Some(b.container);
            } else if v.is_none() && in_card.is_some() {
                *v = Some(Reason::UserCard);
            }
        }
    }
}

/// Most words of a card row's label ("Join Date", "Current Location").
const ROW_LABEL_WORDS: usize = 3;

/// A "label: value" line: one to [`ROW_LABEL_WORDS`] words, a colon,
/// then a value.
fn is_labelled_row(text: &str) -> bool {
    let Some((label, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=ROW_LABEL_WORDS).contains(&words)
        && label.chars().any(char::is_alphabetic)
        && !value.trim().is_empty()
}

/// Longest line (characters) of a poster's card beside its counters: a
/// custom title ("Prophet of Truth that's Corrupted by Vengeance", 47, on
/// wcxb-dev half A threads) or a place.
const CARD_LINE_CHARS: usize = 50;

/// On a listing, the kept short labels that recur
/// [`thread::LABEL_MIN_REPEATS`] times or more among the kept lines: an
/// entry's badge or status ("Latest", "Actively hiring", "Instant
/// Savings"), not its title or summary, which are each entry's own. A
/// price recurs by chance and is the entry's (wcxb-dev, pages read as
/// listings: repeated short lines 185 words outside the gold to 15 in it
/// on half A, 396 to 18 on half B; on shops' grids, read as collections,
/// repeated conditions and prices are the gold's, so they keep them).
fn entry_badges(blocks: &[Block], verdicts: &mut Verdicts) {
    let line = |b: &Block| matches!(b.kind, Kind::Paragraph | Kind::ListItem);
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_none() && line(b) {
            *times.entry(b.text.trim()).or_default() += 1;
        }
    }
    let digit = |t: &str| t.contains(|c: char| c.is_ascii_digit());
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        if v.is_some() || !line(b) || digit(&b.text) {
            continue;
        }
        // A field's name followed by its value ("Duration", "5 min") is
        // the entry's.
        let names_a_value = blocks.get(i + 1).is_some_and(|n| {
            digit(&n.text) && !crate::lang::longer_than(n.text.trim(), FIELD_VALUE_CHARS)
        });
        let repeats = times.get(b.text.trim()).copied().unwrap_or(0);
        if !names_a_value && thread::is_repeated_label(&b.text, repeats) {
            *v = Some(Reason::EntryBadge);
        }
    }
}

/// Longest value (characters, holding a digit) after a field's name.
const FIELD_VALUE_CHARS: usize = 24;

/// On a product page, a kept block that says again what an earlier kept
/// block said (at least [`QUOTED_MIN_CHARS`] long): the same section drawn
/// twice, for wide screens and for narrow ones, one copy hidden by a style
/// sheet the extractor does not read, or the description repeated under
/// each variant. The product's text holds each line once (wcxb-dev: lines
/// kept twice on product pages: 1,782 words once or not at all in the gold,
/// 396 twice).
///
/// A listing's or collection's entries hold each line once too: a teaser
/// or maker's note drawn a second time for another screen (wcxb-dev, lines
/// of 30 characters and up kept twice: 2,220 words on half A once or not
/// at all in the gold, 369 twice; listing F1 half A 0.672 -> 0.678, B
/// unchanged; collection 0.714/0.667 -> 0.715/0.669; a floor of 100
/// characters instead scores lower on both halves).
fn said_again(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || b.chars < QUOTED_MIN_CHARS || b.kind == Kind::Row {
            continue;
        }
        if !said.insert(b.text.trim()) {
            *v = Some(Reason::SaidAgain);
        }
    }
}

/// On a product, service or listing page, a kept block saying again what
/// the kept block just before it said, however short: one line drawn twice
/// (a card's date in two layouts, a slide and its clone, a ticker's copies).
/// A page's own text does not say a line twice in a row (wcxb-dev: 34
/// pages of those types gain, 4 lose, 0.01 at most; collection golds keep
/// a grid's doubled names, so collections are left alone). Code and table
/// rows repeat for their own reasons and stay.
fn said_twice_in_a_row(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut last: Option<&str> = None;
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() {
            continue;
        }
        let text = b.text.trim();
        if matches!(b.kind, Kind::Pre | Kind::Row) || text.is_empty() {
            last = None;
            continue;
        }
        if last == Some(text) {
            *v = Some(Reason::SaidAgain);
        } else {
            last = Some(text);
        }
    }
}

/// Shortest text (characters) dropped as said again: shorter lines
/// ("Thanks!", "+1") recur by chance (wcxb-dev half A threads: quoted
/// lines 40 characters and up).
const QUOTED_MIN_CHARS: usize = 40;

/// On a thread, a kept block whose text an earlier kept block already said
/// (at least [`QUOTED_MIN_CHARS`] long): a later post quoting it, or a
/// preview of the post replied to. The thread holds each text once.
fn quoted_again(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || b.chars < QUOTED_MIN_CHARS || b.kind == Kind::Row {
            continue;
        }
        if !said.insert(b.text.trim()) {
            *v = Some(Reason::QuotedAgain);
        }
    }
    // The line that introduces a quote dropped whole ("Tom said:", "On
    // 8/26/2024 at 5:29 PM, ron1cne said:") goes with it.
    for i in 1..blocks.len() {
        let quoted = matches!(verdicts.get(i), Some(Some(Reason::QuotedAgain)));
        let kept = matches!(verdicts.get(i - 1), Some(None));
        let intro = blocks.get(i - 1).is_some_and(|b| {
            let t = b.text.trim();
            !crate::lang::longer_than(t, QUOTE_INTRO_MAX_CHARS) && t.ends_with([':', '：'])
        });
        if quoted && kept && intro {
            if let Some(v) = verdicts.get_mut(i - 1) {
                *v = Some(Reason::QuotedAgain);
            }
        }
    }
}

/// Longest line (characters) introducing a quote ("On 8/26/2024 at 5:29
/// PM, ron1cne said:" is 38; on wcxb-dev's threads the lines ending in
/// "said:" or "wrote:" run up to 45, then a paragraph of 93).
const QUOTE_INTRO_MAX_CHARS: usize = 60;

/// Most link text of a sibling post that joins a thread's region.
const SIBLING_POST_MAX_LINK_DENSITY: f32 = 0.3;

/// On a thread, the siblings of the region's roots that are posts (or hold
/// one among their first nodes) join it: a question beside the container of
/// its answers, the first post above the container of the replies. A region
/// that is one post's text, or one post, alone (a post whose long log or
/// code block outscores the others) first grows to the post around it that
/// stands among sibling posts: the thread is all of them.
fn sibling_posts(dom: &Dom, scores: &Scores, roots: &mut Vec<NodeId>) {
    if let [root] = roots.as_slice() {
        if let Some(post) = post_among_posts(dom, *root) {
            *roots = vec![post];
        }
    }
    let Some(parent) = roots.first().and_then(|&r| dom.parent(r)) else {
        return;
    };
    if roots.iter().any(|&r| dom.parent(r) != Some(parent)) {
        return;
    }
    let joining: Vec<NodeId> = dom
        .children(parent)
        .filter(|c| !roots.contains(c))
        .filter(|&c| {
            thread::holds_post(dom, c)
                && scores.chars.at(c) > 0
                && scores.link_density(c) < SIBLING_POST_MAX_LINK_DENSITY
        })
        .collect();
    roots.extend(joining);
}

/// The element marked as a post around `root` (itself included, within
/// [`thread::POST_OF_LEVELS`]) nearest to it that has a sibling holding a
/// post: one post of a thread whose region is that post's text alone.
/// Linear: at most [`POST_CLIMB_POSTS`] posts' siblings are read, each to
/// its first nodes ([`thread::holds_post`]).
fn post_among_posts(dom: &Dom, root: NodeId) -> Option<NodeId> {
    std::iter::once(root)
        .chain(dom.ancestors(root))
        .take(thread::POST_OF_LEVELS)
        .filter(|&a| thread::is_post_marked(dom, a))
        .take(POST_CLIMB_POSTS)
        .find(|&post| {
            dom.parent(post).is_some_and(|parent| {
                dom.children(parent)
                    .any(|c| c != post && thread::holds_post(dom, c))
            })
        })
}

/// Posts around a region looked at for one among sibling posts (a post's
/// text marked as a post inside the post itself: two levels).
const POST_CLIMB_POSTS: usize = 3;

/// Ancestor levels above a price searched for the tile it sits in.
const GRID_LEVELS: usize = 6;
/// Tiles with a price, alike and side by side, that make a grid of
/// products (a "featured" box shows two or three).
const GRID_MIN_TILES: usize = 4;
/// Longest price line (characters): a price and a word or two.
const PRICE_LINE_CHARS: usize = 40;

/// A collection's grid of products: the element whose children of one tag
/// and class hold a price each, [`GRID_MIN_TILES`] of them or more (the
/// one with most tiles). Linear: each price line climbs [`GRID_LEVELS`].
fn price_grid(dom: &Dom, blocks: &[Block]) -> Option<NodeId> {
    type Key<'a> = (NodeId, &'a html5ever::LocalName, &'a str);
    // Per (parent, tag, class): tiles counted, and the last tile seen.
    let mut runs: crate::hash::FastMap<Key<'_>, (usize, NodeId)> = Default::default();
    for b in blocks {
        if b.chars > PRICE_LINE_CHARS || !crate::patterns::PRICE.is_match(&b.text) {
            continue;
        }
        for tile in std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(GRID_LEVELS)
        {
            let (Some(parent), Some(e)) = (dom.parent(tile), dom.element(tile)) else {
                break;
            };
            let class = e.attr(&html5ever::local_name!("class")).unwrap_or("");
            let run = runs.entry((parent, &e.name, class)).or_insert((0, 0));
            if run.1 != tile {
                *run = (run.0 + 1, tile);
            }
        }
    }
    runs.into_iter()
        .filter(|&(_, (n, _))| n >= GRID_MIN_TILES)
        .max_by_key(|&((parent, _, _), (n, _))| (n, std::cmp::Reverse(parent)))
        .map(|((parent, _, _), _)| parent)
}

/// Like siblings needed to call them entries: two may be a pair of
/// columns, three is a list (the usual floor for a repeated record).
const ENTRY_MIN_GROUP: usize = 3;
/// Characters of text an entry holds at least: a menu item's one or two
/// words are not an entry; a title is.
const ENTRY_MIN_CHARS: usize = 20;
/// A paragraph this long (characters) ending a sentence is an entry's
/// summary (about a short sentence; "The manufacturer says a fix is rolling
/// out this week." is 44).
const ENTRY_SUMMARY_CHARS: usize = 40;
/// Share of the page's text the largest group of entries must hold for its
/// entries to be kept whole on a listing (wcxb-dev half A: 0.15, 0.3 and
/// 0.5 score alike; below the floor a footer's or menu's links can be the
/// largest group).
const ENTRY_GROUP_SHARE: f32 = 0.3;
/// Share of the page's text the largest group of entries must hold for a
/// page typed article to be read as a river of entries, whose linked
/// titles are kept (wcxb-dev: half A 0.6, 0.7 and 0.8 score alike, 0.6
/// best on B; the pages are listings typed article).
const RIVER_GROUP_SHARE: f32 = 0.6;

/// The repeated entries of a listing: among elements holding a link and at
/// least [`ENTRY_MIN_CHARS`] of text, the siblings of one tag and class,
/// [`ENTRY_MIN_GROUP`] of them or more, that hold most text together. Gives
/// their parent and their text (characters), and the page's text. Linear:
/// one pass sums the blocks' text into their ancestors, one groups them.
fn entry_group<'d>(dom: &'d Dom, blocks: &[Block]) -> Option<EntryGroup<'d>> {
    type Key<'a> = (NodeId, &'a html5ever::LocalName, &'a str);
    // Per element: text and link text (characters) of the blocks inside.
    let mut text = crate::dom::PerNode::<(usize, usize)>::new(dom.len());
    let mut total = 0usize;
    for b in blocks {
        if let Some(t) = text.slot(b.owner) {
            t.0 += b.chars;
            t.1 += b.link_chars;
        }
        total += b.chars;
    }
    for id in (1..dom.len()).rev() {
        let (c, l) = text.at(id);
        if let Some(t) = dom.parent(id).and_then(|p| text.slot(p)) {
            t.0 += c;
            t.1 += l;
        }
    }
    // Per (parent, tag, class): entries, and their text.
    let mut groups: crate::hash::FastMap<Key<'_>, (usize, usize)> = Default::default();
    for id in 0..dom.len() {
        let (Some(e), Some(parent)) = (dom.element(id), dom.parent(id)) else {
            continue;
        };
        let (chars, links) = text.at(id);
        if links == 0 || chars < ENTRY_MIN_CHARS {
            continue;
        }
        let class = e
            .attr(&html5ever::local_name!("class"))
            .unwrap_or("")
            .trim();
        let g = groups.entry((parent, &e.name, class)).or_default();
        g.0 += 1;
        g.1 += chars;
    }
    groups
        .into_iter()
        .filter(|&(_, (n, _))| n >= ENTRY_MIN_GROUP)
        .max_by_key(|&((parent, _, _), (_, chars))| (chars, std::cmp::Reverse(parent)))
        .map(|((parent, name, class), (_, chars))| EntryGroup {
            parent,
            name,
            class,
            chars,
            total,
        })
}

/// A page's largest group of repeated entries ([`entry_group`]).
struct EntryGroup<'d> {
    /// The element holding them.
    parent: NodeId,
    /// Their tag and class.
    name: &'d html5ever::LocalName,
    class: &'d str,
    /// Their text and the page's (characters).
    chars: usize,
    total: usize,
}

/// Per block, whether it sits in one of the group's entries: a child of its
/// parent with its tag and class (with or without a link of its own).
fn entry_blocks(dom: &Dom, blocks: &[Block], group: &EntryGroup<'_>) -> Vec<bool> {
    let (of, entries) = entry_of(dom, blocks, group);
    // Per entry, whether it is a story's teaser: a block of
    // [`CARD_STORY_CHARS`] or a summary that is a sentence. A teaser keeps
    // its short meta lines (kicker, date) out, as a card's does; the body
    // of a listing holds its titles and summaries only.
    let mut teaser = vec![false; entries];
    for (k, b) in of.iter().zip(blocks) {
        if let Some(t) = k.and_then(|k| teaser.get_mut(k)) {
            *t |= b.chars >= CARD_STORY_CHARS
                || b.kind == Kind::Paragraph
                    && b.chars >= ENTRY_SUMMARY_CHARS
                    && ends_sentence(&b.text);
        }
    }
    of.iter()
        .map(|k| k.and_then(|k| teaser.get(k)).is_some_and(|&t| !t))
        .collect()
}

/// Per block, the group's entry it sits in (a child of the group's parent
/// with its tag and class), and the number of entries.
fn entry_of(dom: &Dom, blocks: &[Block], group: &EntryGroup<'_>) -> (Vec<Option<usize>>, usize) {
    let entries: Vec<(NodeId, NodeId)> = dom
        .children(group.parent)
        .filter(|&c| {
            dom.element(c).is_some_and(|e| {
                e.name == *group.name
                    && e.attr(&html5ever::local_name!("class"))
                        .unwrap_or("")
                        .trim()
                        == group.class
            })
        })
        .map(|c| (c, dom.end(c)))
        .collect();
    let of_block = |b: &Block| {
        let at = entries.partition_point(|&(start, _)| start <= b.owner);
        at.checked_sub(1)
            .filter(|&k| entries.get(k).is_some_and(|&(_, end)| b.owner < end))
    };
    (blocks.iter().map(of_block).collect(), entries.len())
}

/// Blocks after a listing's title looked at for its intro.
const INTRO_BLOCKS: usize = 3;
/// Shortest intro line (characters): a sentence, not a label or a count.
const INTRO_MIN_CHARS: usize = 60;

/// A listing's intro: the prose paragraphs among the first
/// [`INTRO_BLOCKS`] blocks after its title, above the region (a
/// category's description over its grid of products, whose region is the
/// grid or a buying guide below it). They are kept.
fn category_intro(
    dom: &Dom,
    blocks: &[Block],
    title: Option<NodeId>,
    roots: &[NodeId],
    verdicts: &mut Verdicts,
) {
    let Some(title) = title else { return };
    let Some(start) = roots.iter().copied().min() else {
        return;
    };
    let after = blocks
        .iter()
        .position(|b| b.owner > title && !dom.contains(title, b.owner));
    let Some(after) = after else { return };
    for i in after..(after + INTRO_BLOCKS).min(blocks.len()) {
        let Some(b) = blocks.get(i) else { break };
        if b.owner >= start {
            break;
        }
        let prose = b.kind == Kind::Paragraph
            && b.chars >= INTRO_MIN_CHARS
            && b.link_density() < SIBLING_PROSE_LINK_DENSITY
            && ends_sentence(&b.text);
        if prose {
            if let Some(v) = verdicts.get_mut(i) {
                if *v == Some(Reason::OutsideRegion) {
                    *v = None;
                }
            }
        }
    }
}

/// Ancestor levels of a linked heading searched for the text it titles.
const ENTRY_LEVELS: usize = 2;

/// A linked heading dropped as a link, right before kept text of the same
/// entry (within [`ENTRY_LEVELS`] of it): the title of that text, a teaser's
/// title on an archive page, comes back with it.
fn entry_titles(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for (i, pair) in blocks.windows(2).enumerate() {
        let [title, text] = pair else { continue };
        let dropped = matches!(verdicts.get(i), Some(Some(Reason::LinkDense(_))));
        let kept = matches!(verdicts.get(i + 1), Some(None));
        let same_entry = || {
            std::iter::successors(dom.parent(title.owner), |&a| dom.parent(a))
                .take(ENTRY_LEVELS)
                .any(|a| dom.contains(a, text.owner))
        };
        if dropped
            && kept
            && matches!(title.kind, Kind::Heading(_))
            && matches!(text.kind, Kind::Paragraph)
            && same_entry()
        {
            if let Some(v) = verdicts.get_mut(i) {
                *v = None;
            }
        }
    }
}

/// Ancestor levels looked at for more of the same article.
const EXPAND_LEVELS: usize = 3;
/// A container elsewhere under an ancestor, styled like the best one, that
/// scores this share of it with little link text, is more of the same
/// article (a body split by an ad slot or a player).
const EXPAND_SHARE: f32 = 0.3;
/// ... "little link text" for a container styled like the best one.
const EXPAND_MAX_LINK_DENSITY: f32 = 0.3;
/// A container of any style that scores this share of the best one...
const EXPAND_STRONG_SHARE: f32 = 0.5;
/// ... with nearly no link text, is more of the same article too.
const EXPAND_STRONG_MAX_LINK_DENSITY: f32 = 0.1;
/// A sibling styled like the best container gains this share of its score
/// (readability's class bonus).
const SIBLING_CLASS_BONUS: f32 = 0.2;
/// A sibling with more text than this (characters)...
const SIBLING_PROSE_CHARS: usize = 80;
/// ... and less link text than this, that scores or reads as a paragraph,
/// joins the region (readability's paragraph siblings).
const SIBLING_PROSE_LINK_DENSITY: f32 = 0.25;

/// The best container, raised to the ancestor that holds the rest of a split
/// article, plus its article-like siblings.
fn region(dom: &Dom, scores: &Scores, best: NodeId) -> Vec<NodeId> {
    let top = scores.of(best);
    let first = best;
    let mut best = best;
    for ancestor in dom.ancestors(first).take(EXPAND_LEVELS) {
        if matches!(
            dom.html_name(ancestor),
            Some(&html5ever::local_name!("body") | &html5ever::local_name!("html")) | None
        ) {
            break;
        }
        // More of the same article: a container styled like the best one
        // (same class), or one nearly as strong with almost no links.
        let first_class = class_of(dom, first);
        let more = (ancestor + 1..dom.end(ancestor)).any(|c| {
            if dom.contains(best, c) || dom.contains(c, best) {
                return false;
            }
            let (s, ld) = (scores.of(c), scores.link_density(c));
            let same_class = first_class.is_some() && class_of(dom, c) == first_class;
            (same_class && s >= EXPAND_SHARE * top && ld < EXPAND_MAX_LINK_DENSITY)
                || (s >= EXPAND_STRONG_SHARE * top && ld < EXPAND_STRONG_MAX_LINK_DENSITY)
        });
        if more || among_sections(dom, scores, ancestor) {
            best = ancestor;
        }
    }
    let Some(parent) = dom.parent(best) else {
        return vec![best];
    };
    let threshold = (top * SIBLING_SHARE).max(SIBLING_MIN_SCORE);
    let best_class = class_of(dom, best);
    let mut roots = Vec::new();
    for sib in dom.children(parent) {
        if sib == best {
            roots.push(sib);
            continue;
        }
        if dom.element(sib).is_none() {
            continue;
        }
        let bonus = if best_class.is_some() && class_of(dom, sib) == best_class {
            top * SIBLING_CLASS_BONUS
        } else {
            0.0
        };
        let chars = scores.chars.at(sib) as usize;
        let ld = scores.link_density(sib);
        // A figure beside the body is the article's picture; its caption is
        // judged like any other.
        let figure = dom.html_name(sib) == Some(&html5ever::local_name!("figure"));
        let joins = scores.of(sib) + bonus >= threshold
            || (chars > SIBLING_PROSE_CHARS
                && ld < SIBLING_PROSE_LINK_DENSITY
                && (scores.of(sib) > 0.0 || is_paragraph_like(dom, sib)))
            || figure;
        if joins {
            roots.push(sib);
        }
    }
    roots
}

/// Blocks at least this long (characters) with little link text are text a
/// reader came for ("good" text, measured for region coverage).
const GOOD_MIN_CHARS: usize = 25;
/// Most link text a good block may hold.
const GOOD_MAX_LINK_DENSITY: f32 = 0.3;
/// Share of the page's good text the region must hold; short of it the
/// region widens to the nearest ancestor that does. Pages made of many
/// sections or entries (service pages, threads, listings) spread their
/// text over containers no single one of which wins by much (wcxb-dev
/// half A: 0.5 to 0.9 score alike, 0.6 the best).
const REGION_COVER: f32 = 0.6;
/// The same share on a service page: its body is every section in order
/// (hero, features, testimonials, pricing, FAQ), so a container holding
/// two thirds of the good text is still one section short. wcxb-dev half A:
/// 0.7 to 0.8 gained 3 pages (0.73 to 0.92, 0.81 to 0.93), none worse, and
/// 0.75 and up widened an article typed service into its rail; from 0.9
/// stray boxes joined and half B lost; half B at 0.7: one page 0.67 to 0.88,
/// none worse.
const SERVICE_REGION_COVER: f32 = 0.7;
/// Good text (characters) that makes the region of a one-text page
/// (article, documentation) strong enough never to widen: widening past it
/// pulled teaser rails into news pages of the article benchmark, while
/// below it wcxb-dev articles split into sections gained their other
/// sections.
const SINGLE_TEXT_STRONG: usize = 1_000;
/// ... provided it also holds this share of the page's good text: a body
/// split into sibling sections is not one strong container (wcxb-dev half A:
/// articles and docs gained their other sections at 0.3 to 0.5 alike).
const SINGLE_TEXT_STRONG_SHARE: f32 = 0.4;
/// Good text before a one-text region, as a share of the region's, past
/// which the region is no strong body but a box at the page's end (an FAQ
/// under a service page's sections). wcxb-dev half A: +2 pages at 1.0 to
/// 0.25 alike, none worse; the news set gains one page at 0.5.
const BEFORE_SHARE: f32 = 0.5;
/// A heading mostly inside a link is another page's title...
const TEASER_TITLE_LINK_DENSITY: f32 = 0.5;
/// ... and, where one text's region was widened, it and what follows it up
/// to the next heading are a teaser when that is shorter than this
/// (characters); a listicle's linked section titles head longer text.
const SECTION_TEXT: usize = 700;

/// Teaser entries outside the best region: a linked heading and what
/// follows it up to the next heading, when that is short (another story's
/// title and summary in a rail beside one text).
fn teasers(dom: &Dom, blocks: &[Block], narrow: &[NodeId]) -> Vec<bool> {
    let mut out = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        let Some(b) = blocks.get(i) else { break };
        let outside = !narrow.iter().any(|&r| dom.contains(r, b.owner));
        if !(matches!(b.kind, Kind::Heading(_))
            && outside
            && b.link_density() > TEASER_TITLE_LINK_DENSITY)
        {
            i += 1;
            continue;
        }
        let end = blocks
            .iter()
            .skip(i + 1)
            .position(|n| matches!(n.kind, Kind::Heading(_)))
            .map_or(blocks.len(), |p| i + 1 + p);
        let text: usize = blocks
            .get(i + 1..end)
            .unwrap_or_default()
            .iter()
            .map(|n| n.chars)
            .sum();
        if text < SECTION_TEXT {
            for t in out.get_mut(i..end).unwrap_or_default() {
                *t = true;
            }
        }
        i = end;
    }
    out
}

/// The region, widened to the best container's nearest ancestor holding
/// [`REGION_COVER`] of the page's good text when the region holds less
/// (and whether it was).
fn widen(
    dom: &Dom,
    blocks: &[Block],
    fields: &[bool],
    roots: Vec<NodeId>,
    best: NodeId,
    page_type: PageType,
) -> (Vec<NodeId>, bool) {
    let mut good = crate::dom::PerNode::<usize>::new(dom.len());
    let mut total = 0usize;
    // On a listing a linked entry (a card linked whole) is text a reader
    // came for too.
    let entries = matches!(page_type, PageType::Listing | PageType::Collection);
    for (i, b) in blocks.iter().enumerate() {
        let field = entries && fields.get(i).copied().unwrap_or(false);
        if field
            || b.chars >= GOOD_MIN_CHARS
                && (b.link_density() <= GOOD_MAX_LINK_DENSITY
                    || entries && b.chars >= ENTRY_TITLE_CHARS)
        {
            if let Some(g) = good.slot(b.owner) {
                *g += b.chars;
            }
            total += b.chars;
        }
    }
    for id in (1..dom.len()).rev() {
        let own = good.at(id);
        if let Some(g) = dom.parent(id).and_then(|p| good.slot(p)) {
            *g += own;
        }
    }
    let cover = if page_type == PageType::Service {
        SERVICE_REGION_COVER
    } else {
        REGION_COVER
    };
    let need = (total as f32 * cover) as usize;
    let covered: usize = roots.iter().map(|&r| good.at(r)).sum();
    // Good text before the region: a body opens the page; a region that
    // follows more good text than it holds is a stray box at its end (an
    // FAQ under a service page's sections).
    let first = roots.iter().copied().min().unwrap_or(0);
    let before: usize = blocks
        .iter()
        .take_while(|b| b.owner < first)
        .filter(|b| b.chars >= GOOD_MIN_CHARS && b.link_density() <= GOOD_MAX_LINK_DENSITY)
        .map(|b| b.chars)
        .sum();
    let stray = before as f32 > covered as f32 * BEFORE_SHARE;
    let strong = page_type.is_single_text()
        && covered >= SINGLE_TEXT_STRONG
        && covered as f32 >= total as f32 * SINGLE_TEXT_STRONG_SHARE
        && !stray;
    // Off one-text pages a stray box is no region even when it holds most
    // of the good text (a service page's FAQ under short sections); on
    // news pages that widening took in teasers above the story (news set
    // -0.002).
    let stray_box = stray && !page_type.is_single_text();
    if (covered >= need && !stray_box) || strong {
        return (roots, false);
    }
    // A stray box widens to the ancestor that also holds the text before it.
    let need = if stray_box {
        need.max(covered + before)
    } else {
        need
    };
    let Some(wider) = dom.ancestors(best).find(|&a| good.at(a) >= need) else {
        return (roots, false);
    };
    (vec![wider], true)
}

/// A container whose first child with text is a heading (empty anchors
/// before it skipped)...
fn opens_with_heading(dom: &Dom, scores: &Scores, id: NodeId) -> bool {
    dom.children(id)
        .find(|&c| dom.element(c).is_some() && scores.chars.at(c) > 0)
        .and_then(|c| dom.html_name(c))
        .is_some_and(crate::html::is_heading)
}

/// ... beside a sibling of its tag and class that opens with a heading too
/// and reads as prose: one section of a text split into sections (a
/// manual's NAME, SYNOPSIS, OPTIONS, EXAMPLES), the rest of which is more
/// of the same text.
fn among_sections(dom: &Dom, scores: &Scores, id: NodeId) -> bool {
    if !opens_with_heading(dom, scores, id) {
        return false;
    }
    let (Some(parent), Some(name)) = (dom.parent(id), dom.html_name(id)) else {
        return false;
    };
    let class = class_of(dom, id);
    dom.children(parent).any(|sib| {
        sib != id
            && dom.html_name(sib) == Some(name)
            && class_of(dom, sib) == class
            && opens_with_heading(dom, scores, sib)
            && scores.chars.at(sib) as usize > SIBLING_PROSE_CHARS
            && scores.link_density(sib) < SIBLING_PROSE_LINK_DENSITY
    })
}

/// A `<p>`, or an element holding only inline content (a `<div>` used as
/// a paragraph): readability's paragraph siblings.
fn is_paragraph_like(dom: &Dom, id: NodeId) -> bool {
    use crate::html::is_block;
    match dom.html_name(id) {
        Some(&html5ever::local_name!("p")) => true,
        Some(&html5ever::local_name!("div")) => !dom
            .children(id)
            .any(|c| dom.html_name(c).is_some_and(is_block)),
        _ => false,
    }
}

/// Two containers of one article's flow: the same, siblings, or styled alike.
fn same_flow(dom: &Dom, a: NodeId, b: NodeId) -> bool {
    a == b
        || dom.parent(a) == dom.parent(b)
        || class_of(dom, a).is_some_and(|c| class_of(dom, b) == Some(c))
}

/// The class attribute of `id`, when it has a non-blank one.
fn class_of(dom: &Dom, id: NodeId) -> Option<&str> {
    dom.element(id)
        .and_then(|e| e.attr(&html5ever::local_name!("class")))
        .filter(|c| !c.trim().is_empty())
}

/// A section opened by a boilerplate heading.
#[derive(Clone, Copy)]
struct Section {
    kind: Boilerplate,
    /// The element it fills, when the heading opens one.
    scope: Option<NodeId>,
    /// The heading's rank (6 for a heading-like paragraph).
    level: u8,
    /// Where the article's prose sat before the heading.
    article: Option<NodeId>,
    /// On a thread, the post the heading is in: the section ends with it.
    post: Option<NodeId>,
}

/// What the walk over the region has seen so far.
#[derive(Default)]
struct Flow {
    /// Kept blocks of prose length.
    kept_prose: usize,
    /// Container of the last of them.
    prose_container: Option<NodeId>,
    /// The open boilerplate section, if any.
    section: Option<Section>,
}

/// The verdict on one block inside the region: the rules below, in order,
/// the first that drops it.
#[allow(clippy::too_many_arguments)]
fn judge(
    dom: &Dom,
    b: &Block,
    field: bool,
    meta: &Marks,
    flow: &mut Flow,
    roots: &[NodeId],
    captions: bool,
    page_type: PageType,
) -> Option<Reason> {
    // On a listing the entries' linked titles are the content.
    let entries = matches!(page_type, PageType::Listing | PageType::Collection);
    in_open_section(dom, b, flow)
        .or_else(|| {
            // An entry's caption is its name or price ("<figcaption>" of a
            // product card), no photo credit.
            (!(entries && field))
                .then(|| non_sentence_caption(b, captions, page_type))
                .flatten()
        })
        .or_else(|| headline_again(dom, b, meta))
        .or_else(|| credit_line(b))
        .or_else(|| link_list(b, entries, field, page_type))
        .or_else(|| post_meta(b, page_type))
        .or_else(|| boilerplate_phrase(dom, b, flow, roots, page_type))
        .or_else(|| shop_control(b))
}

/// A shop's control drawn as a link or text rather than a `<button>`
/// ("Add to cart", "Choose options", "View details" under each tile): the
/// page's control, not its text (wcxb-dev, both halves: 67 such lines kept
/// on 9 pages of listings, collections and products, none in a gold body).
fn shop_control(b: &Block) -> Option<Reason> {
    (!matches!(b.kind, Kind::Heading(_)) && lang::is_shop_button(&b.text))
        .then_some(Reason::ShopControl)
}

/// Still inside a section a boilerplate heading opened? (Closes it if not.)
fn in_open_section(dom: &Dom, b: &Block, flow: &mut Flow) -> Option<Reason> {
    let s = flow.section?;
    // A post's section ends where another post starts, after it or nested
    // in it (a reply shown inside the post it answers).
    let other_post = s
        .post
        .is_some_and(|p| thread::post_of(dom, b.owner) != Some(p));
    let inside = !other_post
        && match s.scope {
            Some(scope) => dom.contains(scope, b.owner),
            // A flat section runs to the next heading of the same rank or
            // higher, except that prose back in the article's own container
            // means the box was inline ("DON'T MISS: …" between paragraphs).
            None => match b.kind {
                Kind::Heading(l) => l > s.level,
                _ => {
                    let article_again = s.article.is_some_and(|a| same_flow(dom, a, b.container))
                        && b.chars >= LONG_BLOCK
                        && b.link_density() < PROSE_LINK_DENSITY;
                    s.kind == Boilerplate::Comments || !article_again
                }
            },
        };
    if inside {
        return Some(Reason::Section(s.kind));
    }
    flow.section = None;
    None
}

/// A caption that is a sentence describes the story; one that is not is a
/// photo credit or a label ("Photo: AP", "Enlarge"). All go without
/// `captions`.
fn non_sentence_caption(b: &Block, captions: bool, page_type: PageType) -> Option<Reason> {
    // A manual's captions label its listings and figures ("Listing 9-3:
    // Opening a file"), a service page's its cards and offers (a case
    // study's field, an office's city, an offer's expiry): content,
    // sentence or not (wcxb-dev service: half A +3 pages by up to 0.006,
    // half B one page 0.54 -> 0.86, three pages -0.001 to -0.004).
    let label = matches!(page_type, PageType::Documentation | PageType::Service);
    (b.kind == Kind::Caption
        && (!captions
            || !label && (b.chars < MIN_CAPTION || !ends_sentence(strip_credit(&b.text)))))
    .then_some(Reason::Credit)
}

/// The headline again: the title's own element, or a level-1/2 heading that
/// says the same.
fn headline_again(dom: &Dom, b: &Block, meta: &Marks) -> Option<Reason> {
    let Kind::Heading(level) = b.kind else {
        return None;
    };
    let is_title = meta
        .title_node
        .is_some_and(|t| dom.contains(t, b.owner) || b.owner == t)
        || (level <= 2
            && meta
                .title
                .as_deref()
                .is_some_and(|t| similarity(t, &b.text) > HEADLINE_SIMILARITY));
    is_title.then_some(Reason::Headline)
}

/// A photo-credit line ("Photo: Jane Doe/AFP").
fn credit_line(b: &Block) -> Option<Reason> {
    (matches!(b.kind, Kind::Paragraph | Kind::Caption) && lang::is_credit_line(&b.text))
        .then_some(Reason::Credit)
}

/// Mostly links. Long blocks of prose may link much of their text (a digest
/// of linked stories); short ones or nearly all-link ones are navigation. A
/// list item with some words of its own ("<a>Official Gazette</a>, 3 March
/// edition") is a cited source; navigation is links only. On a listing
/// (`entries`) a linked heading is an entry's title, and a `field` of a
/// card linked whole is the entry's too, however short. On a service page a
/// card's sentence linked whole is its text; in a manual a linked list item
/// is a topic of its index.
fn link_list(b: &Block, entries: bool, field: bool, page_type: PageType) -> Option<Reason> {
    let cards = page_type == PageType::Service;
    let ld = b.link_density();
    let link_list = match b.kind {
        Kind::Heading(_) if entries => false,
        _ if entries && field => false,
        _ if entries && b.chars >= ENTRY_TITLE_CHARS => false,
        Kind::Paragraph if cards && b.chars >= CARD_TEXT_CHARS && ends_sentence(&b.text) => false,
        // A manual's linked list items are its index of topics (wcxb-dev
        // documentation: half A +0.005, half B +0.009; nothing else moves).
        Kind::ListItem => ld > ALL_LINKS && page_type != PageType::Documentation,
        _ => ld > MAX_LINK_DENSITY && (b.chars < LONG_BLOCK || ld > ALL_LINKS),
    };
    (b.kind != Kind::Pre && link_list).then_some(Reason::LinkDense(ld))
}

/// In a thread, a short line with a date that is no sentence is a post's
/// header or footer ("asked Mar 26, 2019 at 16:18", "Last Reply Sep 26").
fn post_meta(b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Forum
        && matches!(b.kind, Kind::Paragraph | Kind::ListItem)
        && b.chars < POST_META_CHARS
        && !ends_sentence(&b.text)
        && crate::meta::date::mention(&b.text).is_some_and(|(start, end)| {
            // Beside the date, a label and a month at most ("asked Mar 26,
            // 2019 at 16:18"), no sentence.
            let rest =
                b.text.get(..start).unwrap_or("").to_owned() + b.text.get(end..).unwrap_or("");
            rest.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                <= POST_META_WORDS
        }))
    .then_some(Reason::PostMeta)
}

/// On a thread, a post's date line that gives the time of day ("hayley.p
/// 2 May 2025 18:48", "11-29-2024, 09:03 AM #1") is the post's own
/// attribution, kept as the post's author and date lines: a poster's card
/// says when they joined by day or month, or under a label ("Joined:
/// 4. Jul 2012, 16:09"), never bare to the minute. It has served
/// [`card_lines`] as a card's mark before it is kept. So is a date line
/// in a `<header>` inside the post (XenForo's "Dec 30, 2023 #1", often
/// linked as the post's permalink), by day or not: the card sits beside
/// the post's header, not in it. And so is a post's first date line,
/// before any line of its text, when it is a full date linked to the
/// post ([`is_permalinked_date`]: "#2 · Jan 15, 2024", "Posted March 5,
/// 2024"): a card's join date is not linked (wcxb-dev forums: half A
/// 0.797 -> 0.798, B 0.844 -> 0.845; ten pages gain up to 0.035, four
/// lose 0.002 to 0.025, most where the gold leaves out every date).
///
/// A linked heading right above it is the post's subject ("Re: the
/// thread's title", said by every reply): it stays dropped, marked so
/// that no later rule takes it for an entry's title before kept text.
fn post_timestamps(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per post: whether a date line or a line of its text came already.
    let mut begun: crate::hash::FastSet<NodeId> = Default::default();
    for (i, b) in blocks.iter().enumerate() {
        let post = thread::post_of(dom, b.owner);
        let first = post.is_some_and(|p| !begun.contains(&p));
        let kept_text = matches!(verdicts.get(i), Some(None)) && b.chars >= EDGE_MAX_CHARS;
        // "Joined: 4. Jul 2012, 16:09" is a card's labelled row.
        let labelled = crate::meta::date::mention(&b.text)
            .and_then(|(start, _)| b.text.get(..start))
            .is_some_and(|before| before.contains([':', '：']));
        let dropped_date = matches!(
            verdicts.get(i),
            Some(Some(Reason::PostMeta | Reason::LinkDense(_)))
        ) && has_date(&b.text);
        // A post's header links its date to the post (a permalink).
        let header = dropped_date && in_post_header(dom, b.owner);
        let stamp = (header
            || (first && is_permalinked_date(b, verdicts.get(i)))
            || (matches!(verdicts.get(i), Some(Some(Reason::PostMeta)))
                && has_time_of_day(&b.text)))
            && !labelled;
        if let Some(p) = post.filter(|_| stamp || kept_text) {
            begun.insert(p);
        }
        if !stamp {
            continue;
        }
        if let Some(v) = verdicts.get_mut(i) {
            *v = None;
        }
        let subject = i.checked_sub(1).filter(|&h| {
            blocks
                .get(h)
                .is_some_and(|h| matches!(h.kind, Kind::Heading(_)))
        });
        if let Some(v) = subject.and_then(|h| verdicts.get_mut(h)) {
            if matches!(v, Some(Reason::LinkDense(_))) {
                *v = Some(Reason::PostSubject);
            }
        }
    }
}

/// On a thread, the poster's name heading each post: the post's first
/// link-dense line, when it comes before any kept line of the post and is
/// a name's length (at most [`NAME_WORDS`] words, no date, no sentence),
/// is the post's author line, not a link list. Only the first: the
/// profile links after it ("View Profile", "View Forum Posts") go.
fn poster_names(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let mut seen: crate::hash::FastMap<NodeId, ()> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        let Some(post) = thread::post_of(dom, b.owner) else {
            continue;
        };
        if seen.contains_key(&post) {
            continue;
        }
        match v {
            None => {
                seen.insert(post, ());
            }
            // An avatar's initial ("B") stands before the name.
            Some(Reason::LinkDense(_)) if b.text.trim().chars().count() > 1 => {
                seen.insert(post, ());
                let name = matches!(b.kind, Kind::Paragraph | Kind::ListItem | Kind::Heading(_))
                    && b.text.split_whitespace().count() <= NAME_WORDS
                    && b.chars <= EDGE_MAX_CHARS
                    && !ends_sentence(&b.text)
                    && !has_date(&b.text);
                if name {
                    *v = None;
                }
            }
            _ => {}
        }
    }
}

/// Most words of a poster's name line.
const NAME_WORDS: usize = 3;

/// A short line dropped for its links that is a full date (day, month
/// and year) and at most [`POST_META_WORDS`] words beside it ("#3 · Aug 5,
/// 2023", "Posted March 5, 2024"): a post's date linked to the post.
fn is_permalinked_date(b: &Block, verdict: Option<&Option<Reason>>) -> bool {
    matches!(verdict, Some(Some(Reason::LinkDense(_))))
        && b.chars < POST_META_CHARS
        && crate::meta::date::text_start(&b.text).is_some()
        && crate::meta::date::mention(&b.text).is_some_and(|(start, end)| {
            let rest =
                b.text.get(..start).unwrap_or("").to_owned() + b.text.get(end..).unwrap_or("");
            rest.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                <= POST_META_WORDS
        })
}

/// Whether `id` sits in a `<header>` inside one post of a thread: the
/// post's own heading ("Dec 30, 2023 #1"), not the poster's card beside
/// it.
fn in_post_header(dom: &Dom, id: NodeId) -> bool {
    let Some(post) = thread::post_of(dom, id) else {
        return false;
    };
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take_while(|&a| a != post)
        .any(|a| dom.html_name(a) == Some(&html5ever::local_name!("header")))
}

/// A time of day: one or two digits, a colon, two digits ("9:05",
/// "18:48"), not inside a longer run of digits.
fn has_time_of_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
        c == b':'
            && i >= 1
            && digit(i - 1)
            && digit(i + 1)
            && digit(i + 2)
            && !digit(i + 3)
            && !(i >= 3 && digit(i - 3) && digit(i - 2))
    })
}

/// Most words beside the date in a post's date line.
const POST_META_WORDS: usize = 3;

/// Most characters of a post's date line (wcxb-dev half A threads: 10 to
/// 40 alike).
const POST_META_CHARS: usize = 50;

/// On a listing, a linked block this long (characters) is an entry's title
/// or card, not a menu item (wcxb-dev half A: 15 to 40 alike).
const ENTRY_TITLE_CHARS: usize = 25;

/// A known boilerplate phrase, most of the line (or a related lead-in); a
/// heading that is the phrase alone opens a section of its kind.
fn boilerplate_phrase(
    dom: &Dom,
    b: &Block,
    flow: &mut Flow,
    roots: &[NodeId],
    page_type: PageType,
) -> Option<Reason> {
    let shop = matches!(
        page_type,
        PageType::Product | PageType::Collection | PageType::Listing
    );
    if (matches!(b.kind, Kind::Heading(_)) || b.chars <= MAX_HEADING_LINE)
        && ((page_type == PageType::Product && lang::is_store_policy_heading(&b.text))
            || (shop && lang::is_shop_related_heading(&b.text)))
    {
        // The shop's delivery, returns and warranty terms under a product
        // are the store's, said on all its pages, not the product's text;
        // its rail of other products ("Related products", "Pairs well
        // with") is no part of the product or the grid (wcxb-dev: 9 such
        // headings kept on 7 shop pages of both halves, none in a gold
        // body; on a documentation page a product feed's "Related
        // Products" attribute is the page's text, so only on shop pages).
        // On a listing such a heading before anything kept titles the
        // grid itself: the line goes, the grid stays.
        if page_type != PageType::Product && flow.kept_prose == 0 {
            return Some(Reason::Phrase(Boilerplate::Related));
        }
        flow.section = Some(Section {
            kind: Boilerplate::Related,
            scope: section_scope(dom, b, roots),
            level: match b.kind {
                Kind::Heading(l) => l,
                _ => 6,
            },
            article: flow.prose_container,
            post: None,
        });
        return Some(Reason::Phrase(Boilerplate::Related));
    }
    let m = lang::phrase(&b.text)?;
    // A manual's "See also" and "Related content" point to its other
    // pages: cross-references, part of the page's text (wcxb-dev: 8
    // documentation pages over both halves drop such text the gold keeps,
    // none drops text it leaves out).
    if page_type == PageType::Documentation && m.kind == Boilerplate::Related {
        return None;
    }
    let ld = b.link_density();
    let mostly = m.whole || m.covered * 2 >= m.len;
    // "Lire aussi : <a>other story</a>": a related lead-in, then a link.
    let lead_in = m.kind == Boilerplate::Related && ld > LEAD_IN_LINK_DENSITY;
    if !(mostly || lead_in) {
        return None;
    }
    let heading_like = matches!(b.kind, Kind::Heading(_)) || b.chars <= MAX_HEADING_LINE;
    // Only a heading that is the phrase and nothing else opens a section:
    // "Lire aussi : <a>other story</a>" in the body goes alone.
    // ("Most popular diets": the phrase and a topic word, no link.)
    let rest_plain = ld < PLAIN_LINE_LINK_DENSITY && !b.text.contains([':', '：']);
    let whole = m.whole || m.covered * 5 >= m.len * 4 || (rest_plain && m.covered * 2 >= m.len);
    // On a thread the replies are the content: a "Reply 3" or "Comments"
    // line outside any post heads the replies or a post, and opens no
    // section of comments. Inside a post it heads that post's remarks (a
    // question-and-answer site's "6 Comments"), a section that ends with
    // the post.
    let thread_reply = m.kind == Boilerplate::Comments
        && page_type == PageType::Forum
        && thread::post_of(dom, b.owner).is_none();
    let opens = matches!(m.kind, Boilerplate::Comments | Boilerplate::Related)
        && heading_like
        && whole
        && !thread_reply;
    // On a listing, a related heading before anything kept ("Latest
    // news") heads the listing's own entries.
    let listing_heading = matches!(page_type, PageType::Listing | PageType::Collection)
        && matches!(b.kind, Kind::Heading(_));
    if opens && (flow.kept_prose > 0 || m.kind == Boilerplate::Related && !listing_heading) {
        let level = match b.kind {
            Kind::Heading(l) => l,
            _ => 6,
        };
        flow.section = Some(Section {
            kind: m.kind,
            scope: section_scope(dom, b, roots),
            level,
            article: flow.prose_container,
            post: (page_type == PageType::Forum)
                .then(|| thread::post_of(dom, b.owner))
                .flatten(),
        });
    }
    Some(Reason::Phrase(m.kind))
}

/// The element a boilerplate heading opens: the outermost ancestor of the
/// heading, below the region's roots, whose text starts with the heading.
/// `None` when the heading sits directly in the article's flow.
fn section_scope(dom: &Dom, b: &Block, roots: &[NodeId]) -> Option<NodeId> {
    let mut scope = None;
    let mut child = b.owner;
    for a in dom.ancestors(b.owner) {
        if roots.contains(&a) || roots.iter().any(|&r| dom.contains(a, r)) {
            break;
        }
        // The heading must come first in `a`: nothing with text before it.
        // (Looking at most MAX_SCOPE_SCAN nodes back keeps this linear.)
        let before = child - a > MAX_SCOPE_SCAN
            || (a + 1..child).any(|n| dom.text(n).is_some_and(|t| !t.trim().is_empty()));
        if before {
            break;
        }
        scope = Some(a);
        child = a;
    }
    scope
}

/// Drops short non-sentence lines at the start and the end of the article
/// (and captions there, on every page).
///
/// On a product page the short lines at the body's edges are the product's
/// own labels, not a story's bylines and credits: its name, price, size or
/// fit ("slim fit"), the options it comes in. They stay (wcxb-dev products
/// half A 0.662 → 0.665, B 0.704 → 0.709; gains on five sites of A).
/// On a service page they are the page's own sections' short lines: the
/// hero's tagline, a call to action, an opening-hours or contact line, which
/// the body of a service page keeps with every section (service half A
/// 0.843 → 0.845, B 0.834 → 0.836).
fn trim_edges(
    blocks: &[Block],
    verdicts: &mut Verdicts,
    language: Option<usize>,
    entry: &[bool],
    page_type: PageType,
) {
    let labels = matches!(page_type, PageType::Product | PageType::Service);
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| verdicts.get(i).is_some_and(Option::is_none))
        .collect();
    for order in [true, false] {
        let iter: Box<dyn Iterator<Item = &usize>> = if order {
            Box::new(kept.iter())
        } else {
            Box::new(kept.iter().rev())
        };
        for &i in iter {
            let Some(b) = blocks.get(i) else { break };
            if entry.get(i).copied().unwrap_or(false) {
                break;
            }
            // A dateline ("ANKARA, TURQUIE –") leads into the next paragraph.
            let leads_on = b.text.ends_with(['–', '—', '-']);
            let short = b.chars < EDGE_MAX_CHARS
                || (b.chars < DATELINE_MAX_CHARS && has_date(&b.text))
                // Names, credits, labels: no function words at all.
                || (b.chars < EDGE_NO_STOPWORDS_CHARS
                    && lang::stopword_density(&b.text, language) < EDGE_MIN_STOPWORD_DENSITY);
            // A caption before the first paragraph or after the last belongs
            // to the lead picture or a gallery, not to the story's flow.
            let edge_caption = b.kind == Kind::Caption;
            let edge_line = b.kind == Kind::Paragraph
                && !labels
                && short
                && !ends_sentence(&b.text)
                && !leads_on;
            if edge_caption || edge_line {
                if let Some(v) = verdicts.get_mut(i) {
                    *v = Some(Reason::Edge);
                }
            } else {
                break;
            }
        }
    }
}

/// A caption without its trailing bracketed credit ("… 연다. [해안시 제공]").
fn strip_credit(s: &str) -> &str {
    let t = s.trim_end();
    let open = match t.chars().last() {
        Some(']') => '[',
        Some(')') => '(',
        Some('】') => '【',
        _ => return t,
    };
    match t.rfind(open) {
        Some(i) if i > 0 => t.get(..i).map_or(t, str::trim_end),
        _ => t,
    }
}

/// A year (1980–2039), a clock time or a numeric date: bylines and
/// datelines carry one.
fn has_date(s: &str) -> bool {
    crate::meta::date::mentions(s)
}

#[cfg(test)]
mod tests {
    //! One table per rule: a change to a rule shows which case moved.
    use super::*;

    /// A block of `kind` whose first `linked` characters are link text.
    fn block(kind: Kind, text: &str, linked: usize) -> Block {
        Block::for_rules(kind, text, linked)
    }

    #[test]
    fn short_linked_entries_beside_one_text_are_teasers() {
        let long = "Raised beds about one metre wide let gardeners reach the middle. ".repeat(20);
        let html = format!(
            "<body><div><div id='body'><p>{long}</p></div>\
             <h3><a href='/a'>Ten easy herbs for a windowsill</a></h3><p>Basil grows indoors.</p>\
             <h3><a href='/b'>The best of the year</a></h3><p>{long}</p>\
             <h3>Lay out the beds</h3><p>Short.</p></div></body>"
        );
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = crate::prune::prune(&dom, &[], PageType::Article, false);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let body = (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&html5ever::local_name!("id")))
                    == Some("body")
            })
            .unwrap_or(0);
        let got: Vec<(&str, bool)> = blocks
            .iter()
            .zip(teasers(&dom, &blocks, &[body]))
            .map(|(b, t)| (b.text.get(..12).unwrap_or(&b.text), t))
            .collect();
        assert_eq!(
            got,
            [
                ("Raised beds ", false),
                ("Ten easy her", true),
                ("Basil grows ", true),
                ("The best of ", false),
                ("Raised beds ", false),
                ("Lay out the ", false),
                ("Short.", false),
            ]
        );
    }

    #[test]
    fn captions_that_are_no_sentence_go() {
        let long = "The harbour at dawn, seen from the old lighthouse on the hill.";
        for (text, captions, dropped) in [
            (long, true, false),
            (long, false, true),
            ("Photo: AP", true, true),
            ("Enlarge this image", true, true),
            // A trailing bracketed credit does not hide the sentence.
            (
                "The harbour at dawn, seen from the old lighthouse. [City archive]",
                true,
                false,
            ),
        ] {
            let b = block(Kind::Caption, text, 0);
            assert_eq!(
                non_sentence_caption(&b, captions, PageType::Article).is_some(),
                dropped,
                "{text:?} captions={captions}"
            );
        }
        let p = block(Kind::Paragraph, "Photo: AP", 0);
        assert_eq!(
            non_sentence_caption(&p, true, PageType::Article),
            None,
            "only captions"
        );
        // A manual's listing labels stay, unless captions are off.
        let label = block(Kind::Caption, "Listing 9-3: Opening a file", 0);
        assert_eq!(
            non_sentence_caption(&label, true, PageType::Documentation),
            None
        );
        assert!(non_sentence_caption(&label, true, PageType::Article).is_some());
        assert!(non_sentence_caption(&label, false, PageType::Documentation).is_some());
        // So do a service page's card labels.
        let city = block(Kind::Caption, "New York, NY", 0);
        assert_eq!(non_sentence_caption(&city, true, PageType::Service), None);
        assert!(non_sentence_caption(&city, true, PageType::Article).is_some());
    }

    #[test]
    fn link_lists_go_prose_with_links_stays() {
        let long = "a".repeat(LONG_BLOCK + 20);
        for (kind, text, linked, dropped) in [
            (Kind::Paragraph, "Home News Sport", 15, true),
            (Kind::Paragraph, "Home News Sport", 5, false),
            // Long prose may link much of its text, not nearly all of it.
            (Kind::Paragraph, long.as_str(), LONG_BLOCK * 7 / 10, false),
            (Kind::Paragraph, long.as_str(), LONG_BLOCK + 20, true),
            // A list item is navigation only when nearly all links.
            (
                Kind::ListItem,
                "Official Gazette, 3 March edition",
                14,
                false,
            ),
            (Kind::ListItem, "Official Gazette", 15, true),
            // Code is never navigation.
            (Kind::Pre, "Home News Sport", 15, false),
        ] {
            let b = block(kind, text, linked);
            assert_eq!(
                link_list(&b, false, false, PageType::Article).is_some(),
                dropped,
                "{kind:?} {text:?} linked={linked}"
            );
        }
    }

    #[test]
    fn listings_keep_linked_entry_titles() {
        let title = "Night trains return to the continent's rail network";
        for (kind, text, dropped_on_listing) in [
            (Kind::Heading(3), "More", false),
            (Kind::Paragraph, title, false),
            (Kind::ListItem, title, false),
            // Menu items stay navigation on a listing too.
            (Kind::ListItem, "Home", true),
            (Kind::Paragraph, "About us", true),
        ] {
            let b = block(kind, text, text.len());
            assert_eq!(
                link_list(&b, true, false, PageType::Article).is_some(),
                dropped_on_listing,
                "{text:?}"
            );
            assert!(
                link_list(&b, false, false, PageType::Article).is_some(),
                "{text:?} elsewhere"
            );
        }
        // A service page's card, linked whole: its description stays, its
        // button goes.
        let card = "Use our targeting tools to boost customer engagement and loyalty \
                    across every channel.";
        let b = block(Kind::Paragraph, card, card.len());
        assert!(link_list(&b, false, false, PageType::Service).is_none());
        assert!(link_list(&b, false, false, PageType::Article).is_some());
        let button = block(Kind::Paragraph, "Learn more about our services", 29);
        assert!(link_list(&button, false, false, PageType::Service).is_some());
    }

    #[test]
    fn a_manuals_linked_list_items_are_its_index() {
        // A manual's list of linked topics ("Supported providers: Apple,
        // GitHub, …", the data types a guide covers) is its text; a
        // linked paragraph there is still a link.
        let item = block(Kind::ListItem, "Sorted sets", 11);
        assert!(link_list(&item, false, false, PageType::Documentation).is_none());
        assert!(link_list(&item, false, false, PageType::Article).is_some());
        let line = block(Kind::Paragraph, "Source code", 11);
        assert!(link_list(&line, false, false, PageType::Documentation).is_some());
    }

    #[test]
    fn a_listings_repeated_badges_go_its_fields_stay() {
        fn entry<'a>(title: &'a str, summary: &'a str) -> [(Kind, &'a str); 6] {
            [
                (Kind::Paragraph, "Latest"),
                (Kind::Heading(3), title),
                (Kind::Paragraph, summary),
                (Kind::Paragraph, "Duration"),
                (Kind::Paragraph, "5 min"),
                (Kind::Paragraph, "Sold out"),
            ]
        }
        let entries = [
            entry("Night trains return", "Sleepers run again."),
            entry("Ferries add routes", "More crossings in summer."),
            entry("Buses go electric", "A fleet renewed."),
        ];
        let blocks: Vec<Block> = entries
            .iter()
            .flatten()
            .map(|&(k, t)| block(k, t, 0))
            .collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        // Said twice only: "Sold out" stays in the last entry's place.
        if let Some(v) = verdicts.get_mut(17) {
            *v = Some(Reason::OutsideRegion);
        }
        entry_badges(&blocks, &mut verdicts);
        let dropped: Vec<&str> = blocks
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| matches!(v, Some(Reason::EntryBadge)))
            .map(|(b, _)| b.text.as_str())
            .collect();
        // The badge goes; titles, summaries, a field's name before its
        // value, the value, and a label said fewer than three times stay.
        assert_eq!(dropped, ["Latest", "Latest", "Latest"]);
    }

    #[test]
    fn a_box_after_more_good_text_than_it_holds_is_no_strong_body() -> Result<(), String> {
        // A service page's sections, then an FAQ box that won: the box holds
        // over half the page's good text, but more of it comes before.
        let html = "<div><div><p>s</p><p>s</p><p>s</p></div><div><p>f</p><p>f</p></div></div>";
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let ps: Vec<NodeId> = (0..dom.len())
            .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == "p"))
            .collect();
        let Some(&faq) = ps.get(3).and_then(|&p| dom.parent(p)).as_ref() else {
            return Err("no box".into());
        };
        let widened_on = |section_chars: usize, page_type: PageType| {
            let mut blocks = Vec::new();
            for (i, &p) in ps.iter().enumerate() {
                let n = if i < 3 { section_chars } else { 700 };
                let mut b = Block::for_rules(Kind::Paragraph, &"x".repeat(n), 0);
                b.owner = p;
                blocks.push(b);
            }
            widen(&dom, &blocks, &[], vec![faq], faq, page_type).1
        };
        let widened = |section_chars: usize| widened_on(section_chars, PageType::Article);
        // 1,400 characters in the box against 3 × 400 before it: more than
        // half of the box's, so the region widens; 3 × 100 before it: the
        // box is the body.
        if !widened(400) || widened(100) {
            return Err(format!("{} {}", widened(400), widened(100)));
        }
        // 3 × 300 before it: the box holds 60 % of the good text, which
        // settles an article's region but not a service page's.
        if widened(300) || !widened_on(300, PageType::Service) {
            return Err(format!(
                "{} {}",
                widened(300),
                widened_on(300, PageType::Service)
            ));
        }
        Ok(())
    }

    #[test]
    fn a_service_pages_region_holds_more_of_its_sections() -> Result<(), String> {
        // A box opening the page with two long sections, then three short
        // ones: the box holds 65 % of the good text, enough for an
        // article's region, one section short of a service page's.
        let html = "<div><div><p>f</p><p>f</p></div><div><p>s</p><p>s</p><p>s</p></div></div>";
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let ps: Vec<NodeId> = (0..dom.len())
            .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == "p"))
            .collect();
        let Some(&first) = ps.first().and_then(|&p| dom.parent(p)).as_ref() else {
            return Err("no box".into());
        };
        let mut blocks = Vec::new();
        for (i, &p) in ps.iter().enumerate() {
            let n = if i < 2 { 650 } else { 230 };
            let mut b = Block::for_rules(Kind::Paragraph, &"x".repeat(n), 0);
            b.owner = p;
            blocks.push(b);
        }
        let widened = |page_type| widen(&dom, &blocks, &[], vec![first], first, page_type).1;
        if widened(PageType::Article) || !widened(PageType::Service) {
            return Err(format!(
                "{} {}",
                widened(PageType::Article),
                widened(PageType::Service)
            ));
        }
        Ok(())
    }

    #[test]
    fn a_page_of_cards_linked_whole_reads_as_entries() {
        let summary = "Renting a car could lead to your arrest, police say, after a mix-up \
                       over a stolen car that was never reported found.";
        let card = |linked: usize| Block::for_rules(Kind::Paragraph, summary, linked);
        let linked: Vec<Block> = (0..20).map(|_| card(summary.len())).collect();
        let mut with_text = linked.clone();
        with_text.extend((0..10).map(|_| card(0)));
        // Twenty summaries inside their links and nothing else: entries. The
        // same cards beside the page's own text, or two on a bare shell: not.
        assert!(all_text_linked(&linked, &[], false));
        assert!(!all_text_linked(&with_text, &[], false));
        assert!(!all_text_linked(
            linked.get(..2).unwrap_or_default(),
            &[],
            false
        ));
        // An intro past the cap beside many times its text in cards: a
        // river with a preface; beside only a few times it, not.
        let intro = |cards: usize| {
            let mut page: Vec<Block> = (0..8).map(|_| card(0)).collect();
            page.extend((0..cards).map(|_| card(summary.len())));
            all_text_linked(&page, &[], false)
        };
        assert!(intro(60));
        assert!(!intro(20));
    }

    #[test]
    fn a_product_line_said_again_goes() {
        let line = "Interchangeable straps: reinvent your favourite watch for every day.";
        let blocks = [
            Block::for_rules(Kind::Heading(2), "Only the first of its kind", 0),
            Block::for_rules(Kind::Paragraph, line, 0),
            Block::for_rules(Kind::Heading(2), "Only the first of its kind", 0),
            Block::for_rules(Kind::Paragraph, line, 0),
            Block::for_rules(Kind::Paragraph, line, 0),
        ];
        // The third copy was dropped already; the second goes, the short
        // heading (a label items may share) stays.
        let mut v: Verdicts = vec![None, None, None, None, Some(Reason::Edge)];
        said_again(&blocks, &mut v);
        assert_eq!(
            v,
            [
                None,
                None,
                None,
                Some(Reason::SaidAgain),
                Some(Reason::Edge)
            ]
        );
    }

    #[test]
    fn a_line_said_twice_in_a_row_goes_once() {
        let blocks = [
            Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
            Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
            Block::for_rules(Kind::Paragraph, "Book now", 0),
            Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
            Block::for_rules(Kind::Pre, "}", 0),
            Block::for_rules(Kind::Pre, "}", 0),
            Block::for_rules(Kind::Paragraph, "Book now", 0),
            Block::for_rules(Kind::Paragraph, "Share", 0),
            Block::for_rules(Kind::Paragraph, "Book now", 0),
        ];
        // The second copy goes; the same line again after another stays, and
        // so does code; a dropped block in between is not read, so the
        // lines around it are in a row.
        let mut v: Verdicts = vec![None; blocks.len()];
        if let Some(share) = v.get_mut(7) {
            *share = Some(Reason::Edge);
        }
        said_twice_in_a_row(&blocks, &mut v);
        let gone: Vec<usize> = v
            .iter()
            .enumerate()
            .filter(|(_, r)| **r == Some(Reason::SaidAgain))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(gone, [1, 8]);
    }

    #[test]
    fn a_product_page_with_rails_of_cards_is_no_river() {
        let title =
            "Faux leather jacket, black, regular fit, by a brand you may like, shown in a rail \
                     of other products";
        let card = Block::for_rules(Kind::Paragraph, title, title.len());
        // The product's own lines: short, unlinked (specifications).
        let spec = Block::for_rules(Kind::Paragraph, "Outer fabric: polyester", 0);
        let mut page: Vec<Block> = (0..30).map(|_| spec.clone()).collect();
        page.extend((0..20).map(|_| card.clone()));
        // Read by their length only, the short lines are nothing and the
        // cards a river; on a product page they are its own text.
        assert!(all_text_linked(&page, &[], false));
        assert!(!all_text_linked(&page, &[], true));
        // A shell of cards with a few short lines is a river all the same.
        let shell: Vec<Block> = (0..3)
            .map(|_| spec.clone())
            .chain((0..20).map(|_| card.clone()))
            .collect();
        assert!(all_text_linked(&shell, &[], true));
    }

    #[test]
    fn a_linked_title_comes_back_with_its_entrys_kept_text() -> Result<(), String> {
        let html = "<article><header><h2><a href='/a'>Night trains return</a></h2></header>\
                    <div><p>They run again from May.</p></div></article>\
                    <div><div><h2><a href='/b'>Elsewhere</a></h2></div></div><p>Far away.</p>";
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let ids = |name: &str| -> Vec<NodeId> {
            (0..dom.len())
                .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == name))
                .collect()
        };
        let (headings, paragraphs) = (ids("h2"), ids("p"));
        let mut blocks = Vec::new();
        for (&h, &p) in headings.iter().zip(&paragraphs) {
            let mut title = Block::for_rules(Kind::Heading(2), "Night trains return", 17);
            title.owner = h;
            let mut text = Block::for_rules(Kind::Paragraph, "They run again from May.", 0);
            text.owner = p;
            blocks.extend([title, text]);
        }
        let restored = |text_kept: bool| {
            let text = if text_kept {
                None
            } else {
                Some(Reason::OutsideRegion)
            };
            let mut v: Verdicts = vec![
                Some(Reason::LinkDense(1.0)),
                text,
                Some(Reason::LinkDense(1.0)),
                text,
            ];
            entry_titles(&dom, &blocks, &mut v);
            (
                v.first().cloned().flatten().is_none(),
                v.get(2).cloned().flatten().is_none(),
            )
        };
        // The teaser's title comes back with its summary; the heading two
        // levels away from the next text, and any title before dropped
        // text, stay out.
        if restored(true) != (true, false) || restored(false) != (false, false) {
            return Err(format!("{:?} {:?}", restored(true), restored(false)));
        }
        Ok(())
    }

    #[test]
    fn credit_lines_go() {
        for (kind, text, dropped) in [
            (Kind::Paragraph, "Photo: Jane Doe/AFP", true),
            (Kind::Caption, "© Reuters", true),
            (Kind::Paragraph, "Foto: privat", true),
            (Kind::Paragraph, "The photo was taken in May.", false),
            (Kind::Heading(2), "Photo: Jane Doe/AFP", false),
        ] {
            let b = block(kind, text, 0);
            assert_eq!(credit_line(&b).is_some(), dropped, "{kind:?} {text:?}");
        }
    }

    /// The kept blocks' texts of `html` read as a page of `page_type`
    /// (the stages from prune to select).
    fn kept(html: &str, page_type: PageType) -> Vec<String> {
        let options = crate::Options::default();
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&options));
        let (meta, _) = crate::meta::read(&dom, None);
        let pruned = crate::prune::prune(&dom, &[], page_type, false);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let scores =
            crate::score::score(&dom, &pruned, &blocks, &meta.body_marks, options.max_depth);
        let verdicts = select(&dom, &blocks, &scores, &meta, false, page_type);
        blocks
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_none())
            .map(|(b, _)| b.text.clone())
            .collect()
    }

    #[test]
    fn a_tiles_shop_control_goes_its_name_and_price_stay() {
        let grid: String = (0..6)
            .map(|i| {
                format!(
                    "<li class='tile'><a href='/p/{i}'>Air Purifier {i}</a><p>$89.99</p>\
                     <a class='btn' href='/cart/add/{i}'>Add to Cart</a>\
                     <span>In den Warenkorb</span></li>"
                )
            })
            .collect();
        let html = format!(
            "<html><body><main><h1>Air purifiers</h1><ul class='products'>{grid}</ul>\
             <h2>Add to cart</h2><p>Our purifiers filter the air of a whole room in an hour, \
             and their filters last a year.</p></main></body></html>"
        );
        let out = kept(&html, PageType::Collection);
        assert!(out.iter().any(|t| t == "Air Purifier 3"), "{out:?}");
        assert!(out.iter().any(|t| t == "$89.99"), "{out:?}");
        assert!(!out.iter().any(|t| t == "Add to Cart"), "{out:?}");
        assert!(!out.iter().any(|t| t == "In den Warenkorb"), "{out:?}");
        // A heading of the words is a section's title, not a control.
        assert!(out.iter().any(|t| t == "Add to cart"), "{out:?}");
        assert!(lang::is_shop_button("  Add to basket "));
        assert!(!lang::is_shop_button(
            "Add to cart to see the price of this item."
        ));
    }

    #[test]
    fn a_shops_rail_of_other_products_goes_on_shop_pages_only() {
        let html = "<html><body><main><h1>Kettle</h1>\
             <p>A gooseneck kettle that holds a litre and keeps its water hot for an hour, \
             with a thermometer in the lid so the pour starts at the right heat.</p>\
             <p>The body is steel, the handle oak, and the base turns all the way round.</p>\
             <h2>Pairs well with</h2><p>Pour-over stand in oak with a steel drip tray</p>\
             </main></body></html>";
        let out = kept(html, PageType::Product);
        assert!(out.iter().any(|t| t.starts_with("A gooseneck")), "{out:?}");
        assert!(!out.iter().any(|t| t == "Pairs well with"), "{out:?}");
        assert!(!out.iter().any(|t| t.starts_with("Pour-over")), "{out:?}");
        // Off a shop, the heading may title the page's own text.
        let out = kept(html, PageType::Documentation);
        assert!(out.iter().any(|t| t == "Pairs well with"), "{out:?}");
        // Atop a collection, before anything kept, it titles the grid: the
        // heading goes, the entries stay.
        let grid: String = (0..6)
            .map(|i| {
                format!(
                    "<li class='tile'><a href='/p/{i}'>Ergonomic mouse model {i}</a>\
                     <p>Black</p><p>$49.99</p></li>"
                )
            })
            .collect();
        let guide = "<p>Our mice keep the wrist upright, and each one is tested by people \
                     who work at a desk all day.</p>"
            .repeat(8);
        let html = format!(
            "<html><body><main><h2>Related products</h2><div class='products'><ul>{grid}</ul></div>\
             <div class='seo'><div class='text'>{guide}</div></div></main></body></html>"
        );
        let out = kept(&html, PageType::Collection);
        assert!(!out.iter().any(|t| t == "Related products"), "{out:?}");
        assert!(out.iter().any(|t| t == "$49.99"), "{out:?}");
        assert!(out.iter().any(|t| t.starts_with("Our mice")), "{out:?}");
    }

    #[test]
    fn a_collections_grid_of_priced_tiles_joins_its_region() {
        let page = |tiles: usize, price: &str| {
            let grid: String = (0..tiles)
                .map(|i| {
                    format!(
                        "<li class='tile'><a href='/p/{i}'>Shirt {i}</a><p>Black</p><p>{price}</p></li>"
                    )
                })
                .collect();
            let guide = "<p>Our shirts are cut from cotton grown without pesticides, \
                         and each one is sewn in a workshop we visit every year.</p>"
                .repeat(8);
            format!(
                "<html><body><main><div class='products'><ul>{grid}</ul></div>\
                 <div class='seo'><div class='text'>{guide}</div></div></main></body></html>"
            )
        };
        // The buying guide below wins the region; the grid of products
        // above it, each tile with a price, is the collection's entries.
        let out = kept(&page(6, "$36"), PageType::Collection);
        assert!(out.iter().any(|t| t == "$36"), "{out:?}");
        assert!(out.iter().any(|t| t == "Black"), "{out:?}");
        // Three tiles are a featured box, tiles without a price are no
        // products, and off a listing the grid stays out.
        for (html, page_type) in [
            (page(3, "$36"), PageType::Collection),
            (page(6, "New"), PageType::Collection),
            (page(6, "$36"), PageType::Article),
        ] {
            let out = kept(&html, page_type);
            assert!(!out.iter().any(|t| t == "Black"), "{page_type:?} {out:?}");
        }
    }

    #[test]
    fn a_listings_teaser_drawn_twice_is_kept_once() {
        let note = "We built a pocket weather station that logs wind and rain \
                    every minute and sends a digest to your phone each evening.";
        let entry = |i: usize, text: &str| {
            format!(
                "<div class='entry'><h2><a href='/p/{i}'>Entry number {i} of the day</a></h2>\
                 <p>{text}</p></div>"
            )
        };
        let entries: String = (0..4)
            .map(|i| {
                entry(
                    i,
                    &format!("A short summary of entry {i}, written for this list alone."),
                )
            })
            .collect();
        let html = format!(
            "<html><body><main><h1>Launches</h1>{}{entries}<div class='wide'><p>{note}</p></div>\
             </main></body></html>",
            entry(9, note)
        );
        // The maker's note drawn again (for another screen) is kept once.
        let out = kept(&html, PageType::Listing);
        assert_eq!(out.iter().filter(|t| *t == note).count(), 1, "{out:?}");
        assert!(out.iter().any(|t| t.contains("entry 3")), "{out:?}");
        // On an article a line may be said twice (a pull quote).
        let out = kept(&html, PageType::Article);
        assert_eq!(out.iter().filter(|t| *t == note).count(), 2, "{out:?}");
    }

    #[test]
    fn an_article_page_that_is_a_river_of_entries_keeps_their_titles() {
        let entry = |i: usize| {
            format!(
                "<div class='item'><h3><a href='/n/{i}'>Release notes for version {i} of the toolkit</a></h3>\
                 <p><a href='/t/r'>releases</a> <a href='/t/t'>tooling</a></p></div>"
            )
        };
        let entries: String = (0..6).map(entry).collect();
        let html = format!(
            "<html><body><main><h1>News</h1><p>Every change to the toolkit, newest first, with \
             notes for those upgrading.</p><div class='list'>{entries}</div></main></body></html>"
        );
        let out = kept(&html, PageType::Article);
        for i in [0, 5] {
            let want = format!("Release notes for version {i} of the toolkit");
            assert!(out.contains(&want), "{want} {out:?}");
        }
        // A story's paragraphs that are one link each are no entries: a
        // link alone on its line stays out.
        let para = |i: usize| {
            format!(
                "<p>The committee met on day {i} and agreed the plan after a long debate \
                 about costs, as <a href='/s/{i}'>the minutes</a> show.</p>"
            )
        };
        let story: String = (0..6).map(para).collect();
        let html = format!(
            "<html><body><main><h1>Story</h1><div>{story}<p><a href='/v'>Watch the full \
             video review of the meeting</a></p></div></main></body></html>"
        );
        let out = kept(&html, PageType::Article);
        assert!(!out.iter().any(|t| t.starts_with("Watch")), "{out:?}");
    }

    #[test]
    fn a_listings_repeated_entries_are_kept_whole() {
        let cards: String = (0..8)
            .map(|i| {
                format!(
                    "<div class='card'><figure><img src='/s/{i}.jpg'><figcaption>\
                     <a href='/p/{i}'>Trail Runner Shoe {i}</a></figcaption></figure>\
                     <p>${i}20</p></div>"
                )
            })
            .collect();
        let html = format!(
            "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/m'>Men</a></li>\
             <li><a href='/w'>Women</a></li></ul></nav><main><h1>Running shoes</h1>\
             <p>Shoes for road and trail, cushioned for the long runs and light for \
             race day, in every size we make.</p><div class='grid'>{cards}</div></main></body></html>"
        );
        // A card's linked name (a caption, short and all link) and its
        // price line at the page's end are the entry's, kept.
        let out = kept(&html, PageType::Collection);
        for want in ["Trail Runner Shoe 0", "Trail Runner Shoe 7", "$020", "$720"] {
            assert!(out.iter().any(|t| t == want), "{want} {out:?}");
        }
        // Off a listing they are captions that are no sentence and links.
        let out = kept(&html, PageType::Article);
        assert!(!out.iter().any(|t| t == "Trail Runner Shoe 0"), "{out:?}");
    }

    #[test]
    fn entries_are_alike_linked_siblings_holding_most_text() {
        let dom = |html: &str| {
            crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()))
        };
        let group = |html: &str| {
            let d = dom(html);
            let pruned = crate::prune::prune(&d, &[], PageType::Listing, false);
            let blocks = crate::segment::segment(&d, &pruned, None);
            entry_group(&d, &blocks).map(|g| (g.class.to_owned(), g.chars, g.total))
        };
        let card = "<li class='card'><a href='/a'>Tides explained for beginners</a></li>";
        let got = group(&format!("<main><ul>{}</ul></main>", card.repeat(4)));
        assert_eq!(got, Some(("card".to_owned(), 4 * 26, 4 * 26)));
        // Two like siblings are a pair of columns; one-word menu items and
        // prose without links are no entries.
        let pair = "<div class='col'><a href='/a'>A column with a linked title</a></div>";
        let menu = "<ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li>\
                    <li><a href='/c'>Contact</a></li></ul>";
        let prose = "<p>The council met on Tuesday to debate the budget for the year.</p>";
        let html = format!("<main>{}{menu}{}</main>", pair.repeat(2), prose.repeat(4));
        assert_eq!(group(&html), None);
    }

    #[test]
    fn a_related_heading_atop_a_listing_heads_its_entries() {
        let story = |i: usize| {
            format!(
                "<article><h3><a href='/s/{i}'>Headphones gain new colour options {i}</a></h3>\
                 <p>The maker now sells its headphones in three new colours at the same price.</p>\
                 </article>"
            )
        };
        let stories: String = (0..6).map(story).collect();
        let html = format!(
            "<html><body><main><div class='river'><h2>Latest News</h2>{stories}</div></main></body></html>"
        );
        let summary = "The maker now sells its headphones in three new colours at the same price.";
        // A topic page's "Latest News" is its river of stories; beside one
        // text the same heading opens a box of other stories.
        let out = kept(&html, PageType::Listing);
        assert!(out.iter().any(|t| t == summary), "{out:?}");
        let out = kept(&html, PageType::Article);
        assert!(!out.iter().any(|t| t == summary), "{out:?}");
    }

    #[test]
    fn a_manuals_see_also_is_its_text() {
        let prose = "<p>The command records the staged changes in a new commit whose \
                     parent is the tip of the current branch.</p>"
            .repeat(6);
        let html = format!(
            "<html><body><main><div class='doc'><h1>commit</h1>{prose}\
             <h2>See also</h2><p>The staging commands describe how changes reach the index before a commit.</p>\
             </div></main></body></html>"
        );
        let cross_ref =
            "The staging commands describe how changes reach the index before a commit.";
        // In a manual the cross-references are its own text; after a story
        // the same heading opens a box of other stories.
        let out = kept(&html, PageType::Documentation);
        assert!(out.iter().any(|t| t == "See also"), "{out:?}");
        assert!(out.iter().any(|t| t == cross_ref), "{out:?}");
        let out = kept(&html, PageType::Article);
        assert!(!out.iter().any(|t| t == cross_ref), "{out:?}");
    }

    #[test]
    fn a_manuals_sections_are_one_text() {
        let page = |third: &str| {
            let options: String = (0..8)
                .map(|i| {
                    format!(
                        "<dt>--option-{i}</dt><dd><p>Changes how the command treats the \
                         files it was given before the index is written.</p></dd>"
                    )
                })
                .collect();
            format!(
                "<html><body><div id='main'>\
                 <div class='sect1'><span id='a'></span><h2>DESCRIPTION</h2><div class='body'>\
                 <p>Records the staged changes in a new commit whose parent is the tip of \
                 the current branch.</p></div></div>\
                 <div class='sect1'><h2>OPTIONS</h2><div class='body'><dl>{options}</dl></div></div>\
                 {third}</div></body></html>"
            )
        };
        let sections = |html: &str| {
            let options = crate::Options::default();
            let dom = crate::parse::parse(html, &crate::pipeline::limits(&options));
            let (meta, _) = crate::meta::read(&dom, None);
            let pruned = crate::prune::prune(&dom, &[], PageType::Documentation, false);
            let blocks = crate::segment::segment(&dom, &pruned, None);
            let scores =
                crate::score::score(&dom, &pruned, &blocks, &meta.body_marks, options.max_depth);
            (1..dom.len())
                .filter(|&id| class_of(&dom, id) == Some("sect1"))
                .map(|id| among_sections(&dom, &scores, id))
                .collect::<Vec<_>>()
        };
        // Each section, an empty anchor before its heading or not, has a
        // sibling section of prose: the text goes on there.
        assert_eq!(sections(&page("")), [true, true]);
        // A box styled like a section but made of links is no more of it:
        // the section beside it alone stays alone.
        let links = "<html><body><div class='sect1'><h2>OPTIONS</h2><p>Changes how the \
                     command treats the files it was given before the index is written, \
                     and which of them it reads again.</p>\
                     </div><div class='sect1'><h2>More commands</h2><ul><li><a href='/a'>add \
                     files to the index</a></li><li><a href='/b'>show the working tree \
                     status</a></li></ul></div></body></html>";
        assert_eq!(sections(links), [false, true]);
        let alone = "<html><body><div class='sect1'><h2>OPTIONS</h2><p>Changes how the \
                     command treats the files it was given.</p></div>\
                     <div class='sect1'><p>Changes how the command treats the files it was \
                     given before the index is written.</p></div></body></html>";
        // A sibling that opens with no heading is no section.
        assert_eq!(sections(alone), [false, false]);
    }

    #[test]
    fn a_listings_intro_under_its_title_is_kept() {
        let tiles: String = (0..12)
            .map(|i| format!("<li><a href='/p/{i}'>Bread maker {i}</a><span>$99</span></li>"))
            .collect();
        let guide = "<p>A bread maker kneads, proves and bakes a loaf while you sleep, \
                     and the better ones let you set each stage yourself.</p>"
            .repeat(8);
        let intro = "Bake fresh bread at home with our bread makers, from compact \
                     models to machines with a dozen programs.";
        let html = format!(
            "<html><head><title>Bread makers</title></head><body><main>\
             <div class='top'><div class='title'><h1>Bread makers</h1><p>{intro}</p></div></div>\
             <div class='grid'><ul>{tiles}</ul></div>\
             <div class='bottom'><div class='guide'><h2>Buying guide</h2>{guide}</div></div>\
             </main></body></html>"
        );
        // The category's description over its grid is kept, though the
        // region is the buying guide below.
        let out = kept(&html, PageType::Collection);
        assert!(out.iter().any(|t| t == intro), "{out:?}");
    }

    #[test]
    fn a_cards_short_fields_are_the_entry_a_teasers_meta_lines_are_not() {
        let job = |i: usize| {
            format!(
                "<li><a href='/jobs/{i}'><h3>Senior Software Engineer {i}</h3>\
                 <p>{i}d</p><p>Cortes Company {i}</p><p>Remote, Anywhere in the World</p></a></li>"
            )
        };
        let jobs: String = (0..20).map(job).collect();
        let html = format!(
            "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Blog</a></li>\
             </ul></nav><main><p>Remote full-stack jobs.</p><ul>{jobs}</ul></main></body></html>"
        );
        // A job board the page-type model reads as a service page: its
        // cards, linked whole, are all fields, kept however short; the menu
        // is not.
        let out = kept(&html, PageType::Service);
        for field in ["Cortes Company 3", "3d", "Remote, Anywhere in the World"] {
            assert!(out.iter().any(|t| t == field), "{field:?} in {out:?}");
        }
        assert!(!out.iter().any(|t| t == "Blog"), "{out:?}");
        // A story's card (title and summary) keeps its text but not its
        // short meta lines.
        let story = |i: usize| {
            format!(
                "<li><a href='/news/{i}'><h3>Night trains return to the Alps {i}</h3>\
                 <p>After twenty years the sleeper from Paris runs again, three nights a week \
                 from May to October, with couchettes and a dining car.</p><p>9 hrs ago</p><p>Europe</p></a></li>"
            )
        };
        let stories: String = (0..20).map(story).collect();
        let html = format!("<html><body><main><ul>{stories}</ul></main></body></html>");
        let out = kept(&html, PageType::Listing);
        assert!(
            out.iter().any(|t| t.starts_with("After twenty years")),
            "{out:?}"
        );
        assert!(!out.iter().any(|t| t == "9 hrs ago"), "{out:?}");
    }

    const ANSWER: &str = "Use the keyboard shortcut to move the focus into the file list, \
        then the arrow keys select the files one by one as you expect. ";

    #[test]
    fn a_question_beside_its_answers_container_is_the_threads() {
        let answers: String = (0..4)
            .map(|i| format!("<div class='answer'><p>{i} {}</p></div>", ANSWER.repeat(3)))
            .collect();
        let html = format!(
            "<body><div id='mainbar'><div class='question'><p>How do I move the focus \
             to the files pane with the keyboard alone?</p></div>\
             <div id='answers'>{answers}</div></div>\
             <div id='other'><p>Hot network questions</p></div></body>"
        );
        let has_question = |t: PageType| {
            kept(&html, t)
                .iter()
                .any(|k| k.starts_with("How do I move"))
        };
        assert!(has_question(PageType::Forum));
        assert!(!has_question(PageType::Article));
    }

    #[test]
    fn a_thread_whose_region_is_one_posts_text_keeps_every_post() {
        // One post's long log outscores the others' short replies; its text
        // box is marked as a post inside the post.
        let log = "2024-05-03 10:09:38 ERROR Error doing job: Future exception was never \
            retrieved, Traceback (most recent call last): File thread.py, line 58. "
            .repeat(40);
        let post = |text: &str| {
            format!(
                "<div class='topic-post'><div class='meta'>raoul</div>\
                 <div class='post'><p>{text}</p></div></div>"
            )
        };
        let html = format!(
            "<body><div id='thread'>{}{}{}</div><div id='other'><p>Suggested topics</p></div></body>",
            post("I have just installed the new version and now it is stuck at every reboot."),
            post(&log),
            post("Looks like it is the custom integration: try disabling it and restarting."),
        );
        let has = |t: PageType, start: &str| kept(&html, t).iter().any(|k| k.starts_with(start));
        assert!(has(PageType::Forum, "I have just installed"));
        assert!(has(PageType::Forum, "Looks like it is"));
        assert!(!has(PageType::Article, "Looks like it is"));
    }

    #[test]
    fn a_question_pages_answer_prompt_and_related_questions_go() {
        let answers: String = (0..3)
            .map(|i| format!("<div class='answer'><p>{i} {}</p></div>", ANSWER.repeat(3)))
            .collect();
        let html = format!(
            "<body><div id='mainbar'><div class='question'><p>How do I move the focus \
             to the files pane with the keyboard alone?</p></div>{answers}\
             <p>You must log in to answer this question.</p><p>Start asking to get answers</p>\
             <p>Explore related questions</p><p>See similar questions with these tags.</p>\
             </div></body>"
        );
        let out = kept(&html, PageType::Forum);
        assert!(
            out.iter().any(|k| k.starts_with("2 Use the keyboard")),
            "{out:?}"
        );
        assert!(!out.iter().any(|k| k.starts_with("You must")), "{out:?}");
        assert!(
            !out.iter().any(|k| k.starts_with("Explore related")),
            "{out:?}"
        );
        assert!(!out.iter().any(|k| k.starts_with("See similar")), "{out:?}");
    }

    #[test]
    fn a_section_opened_inside_a_post_ends_with_it() {
        let html = format!(
            "<body><div class='thread'><div class='post'><p>{}</p><p>See also:</p>\
             <p>Some other page about it</p></div>\
             <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div>\
             </div></body>",
            ANSWER.repeat(3),
        );
        let reply = |t: PageType| kept(&html, t).iter().any(|k| k.starts_with("Try Ctrl+Tab"));
        assert!(reply(PageType::Forum));
        // A reply nested in the post it answers, after its "1 Reply".
        let nested = format!(
            "<body><div class='thread'><div class='post'><p>{}</p><p>1 Reply</p>\
             <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div></div>\
             </div></body>",
            ANSWER.repeat(3),
        );
        assert!(kept(&nested, PageType::Forum)
            .iter()
            .any(|k| k.starts_with("Try Ctrl+Tab")));
    }

    #[test]
    fn on_a_thread_a_comments_line_outside_posts_opens_no_section() {
        let html = format!(
            "<body><div class='thread'><div class='post'><p>{}</p></div><h3>Comments</h3>\
             <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div></div></body>",
            ANSWER.repeat(3),
        );
        assert!(kept(&html, PageType::Forum)
            .iter()
            .any(|k| k.starts_with("Try Ctrl+Tab")));
    }

    #[test]
    fn a_threads_user_card_lines_and_repeated_quotes_go() {
        let said = "I booked the flights through the agency and the luggage was not included.";
        let lines = [
            (Kind::Heading(4), "Member"),
            (Kind::Paragraph, "Posts: 267"),
            (Kind::Paragraph, said),
            (Kind::Heading(4), "Member"),
            (Kind::Paragraph, "Posts: 1,295"),
            (Kind::Quote, "latawiec said:"),
            (Kind::Quote, said),
            (Kind::Quote, "Click to expand..."),
            (Kind::Paragraph, "That is how they sell the cheap fares."),
            (Kind::Heading(4), "Member"),
            (Kind::Paragraph, "Joined Mar 3, 2019"),
            (Kind::Paragraph, "Windows 10 has the same problem, I found."),
        ];
        let blocks: Vec<Block> = lines.iter().map(|&(k, t)| block(k, t, 0)).collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        user_card_lines(&blocks, &mut verdicts);
        quoted_again(&blocks, &mut verdicts);
        let kept: Vec<&str> = lines
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_none())
            .map(|(l, _)| l.1)
            .collect();
        assert_eq!(
            kept,
            [
                said,
                "Click to expand...",
                "That is how they sell the cheap fares.",
                "Joined Mar 3, 2019",
                "Windows 10 has the same problem, I found."
            ]
        );
    }

    #[test]
    fn a_posters_title_beside_their_counters_goes() {
        let card = |title: &str, posts: u32| {
            format!(
                "<div class='user'><a href='/u/{posts}'>poster{posts}</a><h5>{title}</h5>\
                 <dl><dt>Joined</dt><dd>Mar 3, 2019</dd><dt>Posts</dt><dd>{posts}</dd></dl></div>"
            )
        };
        let post = |title: &str, posts: u32, body: &str| {
            format!(
                "<div class='post'>{}<div class='body'>{body}</div></div>",
                card(title, posts)
            )
        };
        let html = format!(
            "<body><div class='thread'>{}{}{}{}</div></body>",
            post(
                "Aquapedia Mentor",
                267,
                &format!("<p>First, {ANSWER}</p><p>Good luck!</p>")
            ),
            post(
                "Senior Ambassador",
                1295,
                &format!("<p>Second, {ANSWER}</p><p>Gary</p>")
            ),
            post(
                "Forum Veteran",
                267,
                "<p>Ctrl+E then Esc</p><p>Works in Windows 10</p>"
            ),
            post("Senior Ambassador", 1295, &format!("<p>Last, {ANSWER}</p>")),
        );
        let thread = kept(&html, PageType::Forum);
        assert!(
            !thread
                .iter()
                .any(|k| k.contains("Mentor") || k.contains("Ambassador")),
            "{thread:?}"
        );
        // The post's own short lines stay, and so does a post of short
        // lines alone, its poster's title with it (the rule's cost).
        for line in [
            "Good luck!",
            "Gary",
            "Ctrl+E then Esc",
            "Works in Windows 10",
            "Forum Veteran",
        ] {
            assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
        // Off a thread the same lines are not judged as a card's.
        let article = kept(&html, PageType::Article);
        assert!(
            article.iter().any(|k| k == "Aquapedia Mentor"),
            "{article:?}"
        );
    }

    #[test]
    fn a_threads_date_lines_go() {
        for (text, page_type, dropped) in [
            ("Commented Mar 26, 2019 at 16:40", PageType::Forum, true),
            ("asked 12 March 2021", PageType::Forum, true),
            ("Commented Mar 26, 2019 at 16:40", PageType::Article, false),
            ("We met on 12 March 2021.", PageType::Forum, false),
            (
                "I bought mine on 12 March 2021 and it still works fine today",
                PageType::Forum,
                false,
            ),
        ] {
            let b = block(Kind::Paragraph, text, 0);
            assert_eq!(
                post_meta(&b, page_type).is_some(),
                dropped,
                "{text:?} {page_type:?}"
            );
        }
    }

    #[test]
    fn a_times_of_day_are_told_from_other_numbers() {
        for (text, time) in [
            ("2 May 2025 18:48", true),
            ("11-29-2024, 09:03 AM #1", true),
            ("Feb 14, 2026 | 9:05 pm", true),
            ("Mar 3, 2019", false),
            ("Odds 3:1", false),
            ("Ratio 123:45", false),
            ("Score 12:345", false),
        ] {
            assert_eq!(has_time_of_day(text), time, "{text:?}");
        }
    }

    #[test]
    fn a_date_in_a_posts_header_is_the_posts_the_cards_is_not() {
        let html =
            "<div class='message'><div class='userDetails'><span id='a'>Feb 8, 2017</span></div>\
                    <header class='attribution'><span id='b'>Dec 30, 2023 #1</span></header>\
                    <p>The post's text.</p></div><header><span id='c'>Dec 1, 2023</span></header>";
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let by_id = |want: &str| {
            (0..dom.len())
                .find(|&n| {
                    dom.element(n)
                        .and_then(|e| e.attr(&html5ever::local_name!("id")))
                        == Some(want)
                })
                .unwrap_or(0)
        };
        assert!(!in_post_header(&dom, by_id("a")));
        assert!(in_post_header(&dom, by_id("b")));
        // A page's header outside any post is no post's.
        assert!(!in_post_header(&dom, by_id("c")));
    }

    #[test]
    fn a_posts_time_stamp_stays_a_cards_join_date_goes() {
        let lines = [
            "hayley.p 2 May 2025 18:48 1",
            "11-29-2024, 09:03 AM #1",
            "Mar 3, 2019",
            "Joined: 4. Jul 2012, 16:09",
        ];
        let blocks: Vec<Block> = lines.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
        let mut verdicts: Verdicts = blocks
            .iter()
            .map(|b| post_meta(b, PageType::Forum))
            .collect();
        assert!(verdicts.iter().all(Option::is_some), "{verdicts:?}");
        let dom = crate::parse::parse(
            "<p></p>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        post_timestamps(&dom, &blocks, &mut verdicts);
        let kept: Vec<&str> = lines
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_none())
            .map(|(l, _)| *l)
            .collect();
        assert_eq!(
            kept,
            ["hayley.p 2 May 2025 18:48 1", "11-29-2024, 09:03 AM #1"]
        );
    }

    #[test]
    fn a_posts_author_and_time_stay_its_posters_card_goes() {
        let post = |name: &str, when: &str, body: &str| {
            format!(
                "<div class='post'><div class='user'><div><a href='/u/{name}'>{}</a></div>\
                 <h4><a href='/u/{name}'>{name}</a></h4><div><a href='/p/{name}'>View Profile</a></div>\
                 <dl><dt>Joined</dt><dd>Mar 3, 2019</dd><dt>Posts</dt><dd>267</dd></dl>\
                 <p>Joined: 4. Jul 2012, 16:09</p></div>\
                 <p>{when}</p><div class='body'><p>{body}</p></div></div>",
                name.get(..1).unwrap_or("")
            )
        };
        let html = format!(
            "<body><div class='thread'>{}{}{}</div></body>",
            post("hayley", "2 May 2025 18:48 #1", &format!("First, {ANSWER}")),
            post(
                "Kestrel",
                "3 May 2025 09:46 #2",
                &format!("Second, {ANSWER}")
            ),
            post("whammel", "3 May 2025 18:23 #3", &format!("Last, {ANSWER}")),
        );
        let thread = kept(&html, PageType::Forum);
        for line in [
            "hayley",
            "2 May 2025 18:48 #1",
            "Kestrel",
            "3 May 2025 18:23 #3",
        ] {
            assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
        // The avatar's initial, the profile link, and the card's join
        // dates (by day, or labelled to the minute) go.
        for line in [
            "h",
            "K",
            "View Profile",
            "Mar 3, 2019",
            "Joined: 4. Jul 2012, 16:09",
        ] {
            assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
    }

    #[test]
    fn a_posts_permalinked_date_stays_before_its_text_only() {
        // Each post opens with its number and date, linked to the post,
        // then the poster's name; a linked date further down (a link to
        // an older post) and a linked title with a year are not its date.
        let post = |i: usize, name: &str| {
            format!(
                "<article class='message--post'><div class='head'><p><a href='/p/{i}'>#{i} · \
                 Jan {i}, 2024</a></p><h4><a href='/u/{name}'>{name}</a></h4></div>\
                 <div class='body'><p>{i}: {ANSWER}</p><p><a href='/p/9'>Jan 9, 2023</a></p>\
                 <p><a href='/t/8'>Electives 2025</a></p></div></article>"
            )
        };
        let html = format!(
            "<body><div class='thread'>{}{}{}</div></body>",
            post(1, "sanmartin"),
            post(2, "Babylon"),
            post(3, "countingseconds"),
        );
        let thread = kept(&html, PageType::Forum);
        for line in [
            "sanmartin",
            "#2 · Jan 2, 2024",
            "Babylon",
            "#3 · Jan 3, 2024",
        ] {
            assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
        for line in ["Jan 9, 2023", "Electives 2025"] {
            assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
    }

    #[test]
    fn a_cards_labelled_rows_beside_its_counters_go() {
        // An old board's layout: no element marked as a post.
        let post = |i: usize| {
            format!(
                "<div class='row'><div class='card'><p>Join Date: Jul 2024</p>\
                 <p>Location: Amsterdam</p><p>Programs: BA Gold, LH FT</p><p>Posts: 67{i}</p>\
                 </div><div class='text'><p>Chapter {i}: The positioning flight</p>\
                 <p>{i}: {ANSWER}</p></div></div>"
            )
        };
        let html = format!(
            "<body><div class='thread'>{}{}{}</div></body>",
            post(1),
            post(2),
            post(3)
        );
        let thread = kept(&html, PageType::Forum);
        for line in [
            "Location: Amsterdam",
            "Programs: BA Gold, LH FT",
            "Posts: 672",
        ] {
            assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
        // A labelled line of the post's own text, in another container,
        // stays.
        assert!(
            thread
                .iter()
                .any(|k| k == "Chapter 2: The positioning flight"),
            "{thread:?}"
        );
        assert!(is_labelled_row("From: Brisbane, AU"));
        assert!(!is_labelled_row("Note that: "));
        assert!(!is_labelled_row(
            "Here is what I found when I tried it: nothing"
        ));
    }

    #[test]
    fn edges_lose_short_non_sentences() {
        let prose = "The council voted on Tuesday to keep the old bridge open to \
                     walkers, and the work will start in the spring of next year.";
        for (texts, want) in [
            // A byline and a reading time before the story, a tag line after.
            (
                vec!["By Jane Doe", "5 min read", prose, "Filed under: Cities"],
                vec![true, true, false, true],
            ),
            // A dateline leading into the first paragraph stays.
            (vec!["ANKARA, TURQUIE –", prose], vec![false, false]),
            // Short lines between paragraphs are not at an edge.
            (
                vec![prose, "Why it matters", prose],
                vec![false, false, false],
            ),
            // A short sentence is still a sentence.
            (vec!["It rained.", prose], vec![false, false]),
        ] {
            let blocks: Vec<Block> = texts.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
            let mut verdicts: Verdicts = vec![None; blocks.len()];
            trim_edges(&blocks, &mut verdicts, Some(0), &[], PageType::Article);
            let got: Vec<bool> = verdicts.iter().map(Option::is_some).collect();
            assert_eq!(got, want, "{texts:?}");
        }
    }

    #[test]
    fn edge_labels_stay_on_product_and_service_pages_and_edge_captions_go() {
        let prose = "A soft cotton tee with a relaxed cut, washed once before it is \
                     sewn so that it keeps its shape after many washes at home.";
        let mut blocks: Vec<Block> = ["Classic Tee", "slim fit", prose, "$24.00"]
            .iter()
            .map(|t| block(Kind::Paragraph, t, 0))
            .collect();
        blocks.push(block(Kind::Caption, "Front view", 0));
        for (page_type, want) in [
            (PageType::Product, vec![false, false, false, false, true]),
            (PageType::Service, vec![false, false, false, false, true]),
            (PageType::Article, vec![true, true, false, true, true]),
        ] {
            let mut verdicts: Verdicts = vec![None; blocks.len()];
            trim_edges(&blocks, &mut verdicts, Some(0), &[], page_type);
            let got: Vec<bool> = verdicts.iter().map(Option::is_some).collect();
            assert_eq!(got, want, "{page_type:?}");
        }
    }

    #[test]
    fn dates_and_credits() {
        for (text, date) in [
            ("12 May 2019", true),
            ("Updated 10:45", true),
            ("03/04/21", true),
            ("Chapter 12", false),
            ("Route 3000", false),
        ] {
            assert_eq!(has_date(text), date, "{text:?}");
        }
        for (caption, stripped) in [
            ("A harbour. [City archive]", "A harbour."),
            ("A harbour (AP)", "A harbour"),
            ("[Only a credit]", "[Only a credit]"),
            ("No credit", "No credit"),
        ] {
            assert_eq!(strip_credit(caption), stripped, "{caption:?}");
        }
    }
}
