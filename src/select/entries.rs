//! Pages of many small items (listings, collections, shops): the fields
//! of repeated cards and entries kept whatever their length, a grid of
//! priced tiles, a category's intro, and the badges and lines said again
//! that go.

use super::region::{
    CLASS_TOKENS, GOOD_MAX_LINK_DENSITY, GOOD_MIN_CHARS, SIBLING_PROSE_LINK_DENSITY,
    TEASER_TITLE_LINK_DENSITY,
};
use super::*;

/// Unlinked good text (characters) under which a page may be a river of
/// linked entries...
pub(super) const LINKED_PAGE_MAX_FREE: usize = 500;
/// ... when its linked paragraphs of this length (characters: a summary,
/// not a menu item)...
pub(super) const LINKED_ENTRY_CHARS: usize = 80;
/// ... hold this many times that text, and at least this many characters
/// (a few linked tiles on an empty shell are no river).
pub(super) const LINKED_PAGE_RATIO: usize = 3;
pub(super) const LINKED_PAGE_MIN: usize = 1_000;
/// ... or, with more text of the page's own (an intro, a newsletter line),
/// this many times it: a program list's cards linked whole, summaries and
/// all, under an intro of 500 characters.
pub(super) const LINKED_PAGE_DOMINANT: usize = 6;

/// A linked sentence this long (characters, spaces aside) on a service page
/// is a card's description, not a link list. Set at 60 first; a feature
/// card's line is often shorter ("Resolve complex, repetitive queries with
/// ready to launch AI agents.", 58): 40 keeps it (wcxb-dev service: half A
/// 0.8648 -> 0.8655, half B 0.8385 -> 0.8397; 30 and 45 alike or less; no
/// type worse). A button or menu item says no sentence, or a shorter one.
pub(super) const CARD_TEXT_CHARS: usize = 40;

/// Whether the page's running text is nearly all inside links: cards
/// linked whole (title, summary, byline in one `<a>`), with no text of the
/// page's own beside them. A card's fields (`fields`: title, company,
/// place, date of a job or an event) count at any length. On a product
/// page (`short_own`) the page's own unlinked lines count at any length
/// too: the product's text is short lines (price, sizes, specifications),
/// and the rails of other products' cards under it make no river
/// (wcxb-dev half A: a shop's jacket page read as a listing kept its
/// 36 recommendation cards).
pub(super) fn all_text_linked(blocks: &[Block], fields: &[bool], short_own: bool) -> bool {
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
pub(super) const CARD_LINK_LEVELS: usize = 8;
/// A link holding this many blocks or more is a card linked whole (a job's
/// title, company, place and date in one `<a>`), not a menu item: a menu
/// link holds one line (wcxb-dev half A: a job board's cards hold 6 to 9,
/// a course list's 2).
pub(super) const CARD_MIN_FIELDS: usize = 2;

/// A card holding a block this long (characters) is a story's teaser (title
/// and summary); its short lines are metadata ("9 hrs ago", "Europe") that
/// listings' bodies leave out, where a card of short lines only (a job: title,
/// company, place, salary) is all fields (wcxb-dev half B: two listings of
/// story and product cards lost 0.04 to 0.07 F1 with their meta lines kept).
pub(super) const CARD_STORY_CHARS: usize = LINKED_ENTRY_CHARS;

/// Per block, whether it is a field of a card linked whole: its nearest
/// enclosing `<a>` (within [`CARD_LINK_LEVELS`]) holds at least
/// [`CARD_MIN_FIELDS`] blocks, none of them [`CARD_STORY_CHARS`] long,
/// and its first block is no boilerplate phrase: a link that opens with
/// "More in this category" or "See all" over a topic's name is the way to
/// other pages, no entry (see [`opens_with_phrase`]).
pub(super) fn card_fields(dom: &Dom, blocks: &[Block]) -> Vec<bool> {
    let link_of = |b: &Block| {
        std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(CARD_LINK_LEVELS + 1)
            .find(|&a| dom.html_name(a) == Some(&html5ever::local_name!("a")))
    };
    let links: Vec<Option<NodeId>> = blocks.iter().map(link_of).collect();
    // Per link: its blocks, its longest block's length, and whether its
    // first block is a boilerplate phrase.
    let mut count: crate::hash::FastMap<NodeId, (usize, usize, bool)> = Default::default();
    for (a, b) in links.iter().zip(blocks) {
        if let Some(a) = a {
            let c = count
                .entry(*a)
                .or_insert_with(|| (0, 0, opens_with_phrase(b)));
            c.0 += 1;
            c.1 = c.1.max(b.chars);
        }
    }
    links
        .iter()
        .map(|a| {
            a.and_then(|a| count.get(&a))
                .is_some_and(|&(n, longest, phrase)| {
                    n >= CARD_MIN_FIELDS && longest < CARD_STORY_CHARS && !phrase
                })
        })
        .collect()
}

/// Whether a link's first block is a boilerplate phrase, the way the
/// judge reads one inside a link: the phrase most of the line, or a
/// related lead-in ("More in this category", "Read more", "See all").
/// A card opens with its title; a link that opens with such a line points
/// to a section or a topic, and the names under it are that topic's
/// (wcxb-dev half A: a news list's "More in this category / Leisure
/// Travel" links kept their topic names as card fields).
fn opens_with_phrase(b: &Block) -> bool {
    crate::lang::phrase(&b.text).is_some_and(|m| {
        m.whole || m.covered * 2 >= m.len || m.kind == crate::boilerplate::Boilerplate::Related
    })
}

/// On a listing, the kept short labels that recur
/// [`thread::LABEL_MIN_REPEATS`] times or more among the kept lines: an
/// entry's badge or status ("Latest", "Actively hiring", "Instant
/// Savings"), not its title or summary, which are each entry's own. A
/// price recurs by chance and is the entry's (wcxb-dev, pages read as
/// listings: repeated short lines 185 words outside the gold to 15 in it
/// on half A, 396 to 18 on half B; on shops' grids, read as collections,
/// repeated conditions and prices are the gold's, so they keep them).
///
/// A label in one of the entries' fields stays (see [`field_slots`]): an
/// award's "Winner" or "Honoree", a story's "by" line, a maker's name.
pub(super) fn entry_badges(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let line = |b: &Block| matches!(b.kind, Kind::Paragraph | Kind::ListItem);
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_none() && line(b) {
            *times.entry(b.text.trim()).or_default() += 1;
        }
    }
    let field = field_slots(dom, blocks, verdicts);
    let varied = varied_slots(dom, blocks, verdicts);
    let digit = |t: &str| t.contains(|c: char| c.is_ascii_digit());
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        if v.is_some() || !line(b) || digit(&b.text) {
            continue;
        }
        if field.get(i).copied().unwrap_or(false) || varied.get(i).copied().unwrap_or(false) {
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

/// Most nodes of a line's box read for its picture: a thumbnail's box is
/// a picture (a few `<source>`s and an `<img>`) and its overlays.
const OVERLAY_BOX_NODES: usize = 48;
/// Most blocks read on each side of a line for the other lines of its box.
const OVERLAY_BOX_BLOCKS: usize = 8;

/// On a listing, the kept short lines (a label's bounds, digits allowed)
/// whose box, the parent of the line's element, holds a picture and no
/// line longer than such a label: text laid over a thumbnail (a video's
/// "On Now" and running time "1:07"), the entry's title and summary
/// sitting outside the picture's box. [`entry_badges`] spares "On Now",
/// as a field's name before its value ("1:07"), and keeps the value for
/// its digits. The line must be said [`thread::LABEL_MIN_REPEATS`] times
/// or more, or be a running time (digits and colons): a card header's
/// logo beside the company's name, place and age ("Mobbin", "Remote",
/// "29d") is the entry's and stays (wcxb-dev half A: any short line in a
/// pictured box cost listing 0.003 and half B 0.44 page-units; so bounded,
/// half A listing +0.024 (2965 0.892 -> 0.915), forum +0.004 (a thread
/// read as a listing), half B listing +0.039, no page down). It takes
/// [`thread::LABEL_MIN_REPEATS`] such lines on the page: a pattern of the
/// cards, not one picture's caption. Linear: each line reads a capped part
/// of its box and a capped run of its neighbours.
pub(super) fn picture_overlays(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let short = |b: &Block| thread::is_repeated_label(&b.text, thread::LABEL_MIN_REPEATS);
    let line = |b: &Block| matches!(b.kind, Kind::Paragraph | Kind::ListItem);
    let pictured = |p: NodeId| {
        dom.subtree(p).take(OVERLAY_BOX_NODES).any(|n| {
            matches!(
                dom.html_name(n),
                Some(&html5ever::local_name!("img") | &html5ever::local_name!("picture"))
            )
        })
    };
    // Whether every block of the box around block `i` is short (the
    // box's blocks are next to `i`, as blocks run in document order).
    let only_short = |i: usize, p: NodeId| {
        let inside = |j: usize| blocks.get(j).filter(|o| dom.contains(p, o.owner));
        let before = (1..=OVERLAY_BOX_BLOCKS + 1)
            .map_while(|k| i.checked_sub(k).and_then(inside))
            .collect::<Vec<_>>();
        let after = (1..=OVERLAY_BOX_BLOCKS + 1)
            .map_while(|k| inside(i + k))
            .collect::<Vec<_>>();
        before.len() <= OVERLAY_BOX_BLOCKS
            && after.len() <= OVERLAY_BOX_BLOCKS
            && before.iter().chain(&after).all(|o| short(o))
    };
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_none() && line(b) {
            *times.entry(b.text.trim()).or_default() += 1;
        }
    }
    // A label the entries repeat, or a running time ("1:07", "1:02:33").
    let badge = |b: &Block| {
        let t = b.text.trim();
        times.get(t).copied().unwrap_or(0) >= thread::LABEL_MIN_REPEATS
            || (t.contains(':') && t.chars().all(|c| c.is_ascii_digit() || c == ':'))
    };
    let found: Vec<usize> = blocks
        .iter()
        .zip(verdicts.iter())
        .enumerate()
        .filter(|(_, (b, v))| v.is_none() && line(b) && short(b) && badge(b))
        .filter_map(|(i, (b, _))| {
            let p = dom.parent(b.owner)?;
            (pictured(p) && only_short(i, p)).then_some(i)
        })
        .collect();
    if found.len() < thread::LABEL_MIN_REPEATS {
        return;
    }
    for i in found {
        if let Some(v) = verdicts.get_mut(i) {
            *v = Some(Reason::PictureOverlay);
        }
    }
}

/// Longest link (characters) in an entry's row of actions: a control, a
/// name or an age ("discuss", "jo", "2 hours ago"); a row holding a longer
/// link holds the entry's title or summary and stays.
pub(super) const ACTION_ROW_LINK_CHARS: usize = 24;
/// Most nodes read under one line for its links: a line is a few elements.
const ACTION_ROW_NODES: usize = 64;
/// Fewest links, each said word for word in nearly every such row, that
/// make a row the entries' controls: one repeated link is a tag or a
/// maker every entry shares (a shop's one brand), two side by side in
/// every entry ("hide", "past") are buttons.
pub(super) const ACTION_ROW_REPEATED: usize = 2;
/// Share (percent) of the page's rows of short links a link's text must
/// sit in to be every entry's: topic tags recur on some entries ("Developer
/// Tools" on two products of five), controls on all.
pub(super) const ACTION_ROW_SHARE: usize = 80;
/// Fewest such rows: a few entries share words by chance.
pub(super) const ACTION_ROW_MIN_ROWS: usize = 5;

/// On a listing, a kept line of at least two links, none longer than
/// [`ACTION_ROW_LINK_CHARS`], of which [`ACTION_ROW_REPEATED`] say the same
/// words in [`ACTION_ROW_SHARE`] percent of such lines (and at least
/// [`ACTION_ROW_MIN_ROWS`]): a news aggregator's line under each story
/// ("1 point by jo 2 hours ago | hide | past | discuss"), each entry's
/// controls and counters, not its title or summary, which listings' bodies
/// keep. Linear: each kept line's subtree is read once, capped.
pub(super) fn entry_action_rows(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let line = |b: &Block| matches!(b.kind, Kind::Paragraph | Kind::ListItem | Kind::Row);
    let is_a = |n: NodeId| dom.html_name(n) == Some(&html5ever::local_name!("a"));
    // Per kept line of short links: its links' texts (none when it is no such row).
    let rows: Vec<Vec<String>> = blocks
        .iter()
        .zip(verdicts.iter())
        .map(|(b, v)| {
            if v.is_some() || !line(b) {
                return Vec::new();
            }
            let mut texts: Vec<String> = dom
                .subtree(b.owner)
                .take(ACTION_ROW_NODES)
                .filter(|&n| is_a(n))
                .map(|a| dom.text_of(a))
                .filter(|t| !t.is_empty())
                .collect();
            if texts.len() < ACTION_ROW_REPEATED
                || texts
                    .iter()
                    .any(|t| crate::lang::longer_than(t, ACTION_ROW_LINK_CHARS))
            {
                return Vec::new();
            }
            texts.sort_unstable();
            texts.dedup();
            texts
        })
        .collect();
    let n = rows.iter().filter(|r| !r.is_empty()).count();
    if n < ACTION_ROW_MIN_ROWS {
        return;
    }
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for t in rows.iter().flatten() {
        *times.entry(t.as_str()).or_default() += 1;
    }
    let every = |t: &String| {
        times
            .get(t.as_str())
            .is_some_and(|&k| k * 100 >= n * ACTION_ROW_SHARE)
    };
    for (r, v) in rows.iter().zip(verdicts.iter_mut()) {
        if r.iter().filter(|t| every(t)).count() >= ACTION_ROW_REPEATED {
            *v = Some(Reason::EntryActionRow);
        }
    }
}

/// Blocks looked back over for an entry's field said already.
pub(super) const FIELD_SAID_LOOKBACK: usize = 12;

/// Whether one of the [`FIELD_SAID_LOOKBACK`] blocks before block `i`, kept,
/// holds its text inside a longer text: a card's fields table saying again
/// what the entry's summary line said ("Saucony" under "Saucony - Women's
/// Triumph 21. Color Lotus/Bough. $80.00").
fn said_before(blocks: &[Block], verdicts: &Verdicts, i: usize) -> bool {
    let Some(text) = blocks.get(i).map(|b| b.text.trim()) else {
        return false;
    };
    let from = i.saturating_sub(FIELD_SAID_LOOKBACK);
    let before = blocks.get(from..i).unwrap_or_default();
    let kept = verdicts.get(from..i).unwrap_or_default();
    before
        .iter()
        .zip(kept)
        .any(|(p, v)| v.is_none() && p.text.len() > text.len() && p.text.contains(text))
}

/// An element's name and class: where a block sits in its entry's card.
type Slot<'a> = (Option<&'a html5ever::LocalName>, &'a str);

/// Node `n`'s [`Slot`]: its element's name and class.
fn slot_of(dom: &Dom, n: NodeId) -> Slot<'_> {
    let class = dom
        .element(n)
        .and_then(|e| e.attr(&html5ever::local_name!("class")));
    (dom.html_name(n), class.unwrap_or(""))
}

/// Least share (percent) of the entries' cards (elements of one name and
/// class holding kept blocks) that hold a slot for it to be a field every
/// entry fills (wcxb-dev half A: an awards listing's "Winner"/"Honoree"
/// line in 685 of 685 cards, its makers' names in 685; a badge sits on a
/// few cards, or alone in its own element, where it says one value). 50
/// scores alike; 95 loses a listing of routines' "Easy"/"Beginner" (4100
/// -0.016) and a job board's places (4354 -0.004).
pub(super) const FIELD_SLOT_COVER: usize = 80;

/// Most share (percent) of a field's slot one value may hold: a slot that
/// says the same word in nearly every card tells the entries apart no more
/// than a badge (wcxb-dev half A: a sources list's "website" in 18 of 20
/// cards, outside the gold; an awards listing's "Honoree" in 488 of 685,
/// "Winner" in the rest, in it; 90 keeps "website", 0337 -0.005).
pub(super) const FIELD_VALUE_MAX_SHARE: usize = 80;

/// Per block, whether it sits in a field of the entries' cards: a slot (its
/// element's name and class under its parent's name and class) held once by
/// nearly every card of that kind ([`FIELD_SLOT_COVER`]) with values that
/// differ across them ([`FIELD_VALUE_MAX_SHARE`]), and not said already in
/// the entry's summary just above ([`said_before`]). A badge is the same
/// word on a few entries; a field says each entry's own value ("Winner" on
/// one, "Honoree" on the next; an author; a maker). wcxb-dev, pages read as
/// listings: half A 0203 +0.087, 4354 +0.055, 4100 +0.030, 4355 -0.014 (a
/// job board whose gold keeps only its intro); half B 2934 +0.030 (the
/// stories' "by" lines); nothing else moves. One pass over the kept
/// blocks; the look back runs only for a field's blocks.
pub(super) fn field_slots(dom: &Dom, blocks: &[Block], verdicts: &Verdicts) -> Vec<bool> {
    let slot = |n: NodeId| slot_of(dom, n);
    let key = |b: &Block| dom.parent(b.owner).map(|p| (p, (slot(p), slot(b.owner))));
    // Per card kind: how many cards hold a kept block; per slot: how many
    // blocks, and how often its most said value.
    let mut cards: crate::hash::FastMap<Slot<'_>, usize> = Default::default();
    let mut seen: crate::hash::FastSet<NodeId> = Default::default();
    let mut slots: crate::hash::FastMap<(Slot<'_>, Slot<'_>), (usize, usize)> = Default::default();
    let mut values: crate::hash::FastMap<((Slot<'_>, Slot<'_>), &str), usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        let Some((parent, k)) = key(b).filter(|_| v.is_none()) else {
            continue;
        };
        if seen.insert(parent) {
            *cards.entry(k.0).or_default() += 1;
        }
        let said = values.entry((k, b.text.trim())).or_default();
        *said += 1;
        let s = slots.entry(k).or_default();
        s.0 += 1;
        s.1 = s.1.max(*said);
    }
    let field = |b: &Block| {
        key(b).is_some_and(|(_, k)| {
            let n = cards.get(&k.0).copied().unwrap_or(0);
            slots.get(&k).is_some_and(|&(held, top)| {
                held <= n
                    && held * 100 >= n * FIELD_SLOT_COVER
                    && top * 100 <= held * FIELD_VALUE_MAX_SHARE
            })
        })
    };
    blocks
        .iter()
        .zip(verdicts.iter())
        .enumerate()
        .map(|(i, (b, v))| v.is_none() && field(b) && !said_before(blocks, verdicts, i))
        .collect()
}

/// Fewest different values a slot of the entries' cards must say for its
/// labels to be the entries' tags, not badges: a job board's row of tags
/// under each job (its hours, its pay, each country it hires in) says
/// dozens, a badge slot one or a few ("New", "Sale", "Featured").
/// wcxb-dev half A: a job board's tags 0.851 -> 0.952 (its "Full-Time" and
/// countries, 265 gold words, had gone as badges), a job board whose gold
/// keeps only its intro -0.003; half B and the other types unchanged.
pub(super) const VARIED_SLOT_VALUES: usize = 8;
/// Most share (percent) of such a slot's lines one value may hold.
pub(super) const VARIED_SLOT_TOP_SHARE: usize = 50;

/// Per block, whether it sits in a slot (as in [`field_slots`]: its
/// element's name and class under its parent's) that says at least
/// [`VARIED_SLOT_VALUES`] different values, none in more than
/// [`VARIED_SLOT_TOP_SHARE`] percent of the slot's kept lines, and held
/// more than once per card: a row of tags each entry fills with its own (a job's "Full-Time" beside the countries
/// it hires in), where a label recurs because entries share it, not
/// because it is a badge. [`field_slots`] misses such a slot, which a card
/// holds many times. A slot held once per card (a product grid's brand, a
/// photo's credit) stays with [`field_slots`]: wcxb-dev half B, two shops'
/// and galleries' grids read as listings lost 0.008 to 0.019 with it.
/// One pass over the kept blocks.
fn varied_slots(dom: &Dom, blocks: &[Block], verdicts: &Verdicts) -> Vec<bool> {
    let slot = |n: NodeId| slot_of(dom, n);
    let parent_key = |b: &Block| dom.parent(b.owner).map(|p| (p, (slot(p), slot(b.owner))));
    // Per slot: its kept lines, its values, its most said value's count,
    // and the cards (parents) holding it.
    let mut slots: crate::hash::FastMap<(Slot<'_>, Slot<'_>), [usize; 4]> = Default::default();
    let mut values: crate::hash::FastMap<((Slot<'_>, Slot<'_>), &str), usize> = Default::default();
    let mut rows: crate::hash::FastSet<(NodeId, Slot<'_>)> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        let Some((parent, k)) = parent_key(b).filter(|_| v.is_none()) else {
            continue;
        };
        let said = values.entry((k, b.text.trim())).or_default();
        *said += 1;
        let (first, top) = (*said == 1, *said);
        let s = slots.entry(k).or_default();
        s[0] += 1;
        s[1] += usize::from(first);
        s[2] = s[2].max(top);
        s[3] += usize::from(rows.insert((parent, k.1)));
    }
    blocks
        .iter()
        .zip(verdicts.iter())
        .map(|(b, v)| {
            v.is_none()
                && parent_key(b).and_then(|(_, k)| slots.get(&k)).is_some_and(
                    |&[held, distinct, top, cards]| {
                        held > cards
                            && distinct >= VARIED_SLOT_VALUES
                            && top * 100 <= held * VARIED_SLOT_TOP_SHARE
                    },
                )
        })
        .collect()
}

/// Longest value (characters, holding a digit) after a field's name.
pub(super) const FIELD_VALUE_CHARS: usize = 24;

/// Sibling tiles alike, each with its own shop control, that make a rail
/// of other products on a product page (the page's own product has one
/// buy box; three is the usual floor for a repeated record, as
/// [`ENTRY_MIN_GROUP`]). wcxb-dev: one product page of half A (an
/// add-ons rail of five tiles, each with "Buy Now") +0.035, product A
/// +0.0008; no page of half B moves.
pub(super) const SHOP_TILES_MIN: usize = 3;

/// Tiles side by side: per (parent, tag, class) of an element holding a
/// block that `marks` (or of one of its [`GRID_LEVELS`] ancestors), how many
/// such siblings hold one. Linear: each marked block climbs [`GRID_LEVELS`].
fn tile_runs<'a>(
    dom: &'a Dom,
    blocks: &[Block],
    levels: usize,
    marks: impl Fn(&Block) -> bool,
) -> crate::hash::FastMap<(NodeId, &'a html5ever::LocalName, &'a str), usize> {
    // Per (parent, tag, class): tiles counted, and the last tile seen.
    let mut runs: crate::hash::FastMap<_, (usize, NodeId)> = Default::default();
    for b in blocks.iter().filter(|b| marks(b)) {
        for tile in std::iter::once(b.owner)
            .chain(dom.ancestors(b.owner))
            .take(levels)
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
    runs.into_iter().map(|(k, (n, _))| (k, n)).collect()
}

/// On a product page, the kept blocks of a rail of other products: the
/// element whose children of one tag and class each hold a shop control
/// ("Buy now", "Add to cart"), [`SHOP_TILES_MIN`] of them or more, with
/// text of their own beside the controls and no `<h1>` (the product's
/// own). Linear but for sorting: the rails' text and `<h1>`s are counted
/// by binary search over the blocks and headings in document order.
pub(super) fn other_products(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Prices alone mark no rail: a collection typed product shows a
    // price per item it keeps (wcxb-dev half B: collection -0.021).
    let mut rails: Vec<NodeId> = tile_runs(dom, blocks, GRID_LEVELS, |b| {
        lang::is_shop_button(b.text.trim())
    })
    .into_iter()
    .filter(|&(_, n)| n >= SHOP_TILES_MIN)
    .map(|((parent, _, _), _)| parent)
    .collect();
    if rails.is_empty() {
        return;
    }
    // Text beside the controls, as running sums over the blocks in
    // document order; the `<h1>`s in document order.
    let mut text: Vec<(NodeId, usize)> = blocks
        .iter()
        .filter(|b| !lang::is_shop_button(b.text.trim()))
        .map(|b| (b.owner, b.chars))
        .collect();
    text.sort_unstable_by_key(|&(owner, _)| owner);
    let mut sums = Vec::with_capacity(text.len() + 1);
    sums.push(0usize);
    for &(_, chars) in &text {
        sums.push(sums.last().copied().unwrap_or(0).saturating_add(chars));
    }
    let h1s: Vec<NodeId> = (0..dom.len())
        .filter(|&d| dom.html_name(d) == Some(&html5ever::local_name!("h1")))
        .collect();
    let within = |ids: &[NodeId], r: NodeId| {
        let first = ids.partition_point(|&d| d < r);
        let end = ids.partition_point(|&d| dom.contains(r, d) || d < r);
        first..end
    };
    let owners: Vec<NodeId> = text.iter().map(|&(owner, _)| owner).collect();
    // A buy box's few controls alike hold no text of their own between
    // them; tiles of products hold names and blurbs.
    rails.retain(|&r| {
        let span = within(&owners, r);
        let chars = sums
            .get(span.end)
            .zip(sums.get(span.start))
            .map_or(0, |(e, s)| e.saturating_sub(*s));
        chars >= SHOP_TILES_MIN * ENTRY_MIN_CHARS && within(&h1s, r).is_empty()
    });
    // The outermost rails, in document order: a block is in one when the
    // last rail starting at or before it contains it.
    rails.sort_unstable();
    let mut outer: Vec<NodeId> = Vec::with_capacity(rails.len());
    for r in rails {
        if !outer.last().is_some_and(|&o| dom.contains(o, r)) {
            outer.push(r);
        }
    }
    if outer.is_empty() {
        return;
    }
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        let i = outer.partition_point(|&r| r <= b.owner);
        let in_rail = i
            .checked_sub(1)
            .and_then(|i| outer.get(i))
            .is_some_and(|&r| dom.contains(r, b.owner));
        if v.is_none() && in_rail {
            *v = Some(Reason::OtherProduct);
        }
    }
}

/// Ancestor levels above a price searched for the tile it sits in.
pub(super) const GRID_LEVELS: usize = 6;
/// Ancestor levels above a price line searched for the tile whose field
/// it is: a shop's tile may nest its price ten boxes deep (wcxb-dev half
/// A: a best-seller list's linked "4 offers from $16.14" lines, 0.797 ->
/// 0.858). Only for the fields: read as the grid's region too, a priced
/// carousel above a collection's own grid came in (half A -0.032).
pub(super) const PRICE_TILE_LEVELS: usize = 12;
/// Tiles with a price, alike and side by side, that make a grid of
/// products (a "featured" box shows two or three).
pub(super) const GRID_MIN_TILES: usize = 4;
/// Longest price line (characters): a price and a word or two.
pub(super) const PRICE_LINE_CHARS: usize = 40;

/// Whether a block is a price line: a price and a word or two, at most
/// [`PRICE_LINE_CHARS`].
pub(super) fn is_price_line(b: &Block) -> bool {
    b.chars <= PRICE_LINE_CHARS && crate::patterns::PRICE.is_match(&b.text)
}

/// Longest rating line (characters): a score, its scale, a word and a
/// count ("4.6 out of 5 stars 27,351" is 25; wcxb-dev half A's linked
/// tile ratings are 18 to 27), as long as a price line.
pub(super) const RATING_LINE_CHARS: usize = 40;

/// Whether a block is a product tile's rating line: a score out of five
/// with a word and a count, at most [`RATING_LINE_CHARS`].
pub(super) fn is_rating_line(b: &Block) -> bool {
    b.chars <= RATING_LINE_CHARS && crate::patterns::RATING.is_match(&b.text)
}

/// A collection's grid of products: the element whose children of one tag
/// and class hold a price each, [`GRID_MIN_TILES`] of them or more (the
/// one with most tiles). Linear: each price line climbs [`GRID_LEVELS`].
pub(super) fn price_grid(dom: &Dom, blocks: &[Block], levels: usize) -> Option<NodeId> {
    tile_grid(dom, blocks, levels, is_price_line)
}

/// The element whose children of one tag and class each hold a line
/// `field` says, [`GRID_MIN_TILES`] of them or more (the one with most).
pub(super) fn tile_grid(
    dom: &Dom,
    blocks: &[Block],
    levels: usize,
    field: fn(&Block) -> bool,
) -> Option<NodeId> {
    tile_runs(dom, blocks, levels, field)
        .into_iter()
        .filter(|&(_, n)| n >= GRID_MIN_TILES)
        .max_by_key(|&((parent, _, _), n)| (n, std::cmp::Reverse(parent)))
        .map(|((parent, _, _), _)| parent)
}

/// Like siblings needed to call them entries: two may be a pair of
/// columns, three is a list (the usual floor for a repeated record).
pub(super) const ENTRY_MIN_GROUP: usize = 3;
/// Characters of text an entry holds at least: a menu item's one or two
/// words are not an entry; a title is.
pub(super) const ENTRY_MIN_CHARS: usize = 20;
/// A paragraph this long (characters) ending a sentence is an entry's
/// summary (about a short sentence; "The manufacturer says a fix is rolling
/// out this week." is 44).
pub(super) const ENTRY_SUMMARY_CHARS: usize = 40;
/// Share of the page's text the largest group of entries must hold for its
/// entries to be kept whole on a listing (wcxb-dev half A: 0.15, 0.3 and
/// 0.5 score alike; below the floor a footer's or menu's links can be the
/// largest group).
pub(super) const ENTRY_GROUP_SHARE: f32 = 0.3;
/// Share of the page's text the largest group of entries must hold for a
/// page typed article to be read as a river of entries, whose linked
/// titles are kept (wcxb-dev: half A 0.6, 0.7 and 0.8 score alike, 0.6
/// best on B; the pages are listings typed article).
pub(super) const RIVER_GROUP_SHARE: f32 = 0.6;

/// The repeated entries of a listing: among elements holding a link and at
/// least [`ENTRY_MIN_CHARS`] of text, the siblings of one tag and class,
/// [`ENTRY_MIN_GROUP`] of them or more, that hold most text together. Gives
/// their parent and their text (characters), and the page's text. Linear:
/// one pass sums the blocks' text into their ancestors, one groups them.
pub(super) fn entry_group<'d>(
    dom: &'d Dom,
    blocks: &[Block],
    loose: bool,
) -> Option<EntryGroup<'d>> {
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
        let class = entry_class(e.attr(&html5ever::local_name!("class")), loose);
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
            loose,
            chars,
            total,
        })
}

/// The class entries of one kind share: the whole attribute, or read
/// `loose`ly its first token without a digit. Publishing systems mark each
/// entry with its own id and terms ("post-37400 category-minimalism" beside
/// "post-36923 category-sustainable-home"), which the whole attribute reads
/// as siblings of as many kinds as there are entries.
pub(super) fn entry_class(class: Option<&str>, loose: bool) -> &str {
    let class = class.unwrap_or("").trim();
    if !loose {
        return class;
    }
    class
        .split_ascii_whitespace()
        .find(|t| !t.bytes().any(|c| c.is_ascii_digit()))
        .unwrap_or("")
}

/// Whether most of a group's entries hold a heading: entries of a listing
/// (a post's title over its teaser), not a menu's items, whose sub-menus
/// are lists of links.
pub(super) fn entries_headed(dom: &Dom, blocks: &[Block], group: &EntryGroup<'_>) -> bool {
    let (of, n) = entry_of(dom, blocks, group);
    let mut headed = vec![false; n];
    for (k, b) in of.iter().zip(blocks) {
        if let Some(h) = k.and_then(|k| headed.get_mut(k)) {
            *h |= matches!(b.kind, Kind::Heading(_));
        }
    }
    headed.iter().filter(|&&h| h).count() * 2 > n && entries_alike(dom, group)
}

/// Whether most of a group's entries hold a heading mostly inside a link:
/// each entry titled by a link to its own page (a course index's cards, a
/// blog's posts), not the sections of one text, whose headings are its own
/// and unlinked. A group of fewer than [`ENTRY_MIN_GROUP`] entries is none.
pub(super) fn entries_title_linked(dom: &Dom, blocks: &[Block], group: &EntryGroup<'_>) -> bool {
    let (of, n) = entry_of(dom, blocks, group);
    let mut titled = vec![false; n];
    for (k, b) in of.iter().zip(blocks) {
        if let Some(t) = k.and_then(|k| titled.get_mut(k)) {
            *t |=
                matches!(b.kind, Kind::Heading(_)) && b.link_density() > TEASER_TITLE_LINK_DENSITY;
        }
    }
    n >= ENTRY_MIN_GROUP && titled.iter().filter(|&&t| t).count() * 2 > n
}

/// Share of a loosely read group's entries (numerator, denominator) that
/// must be alike: a shop's products tagged with many terms of their own
/// (two of forty) fall short of half their tokens shared.
const ALIKE_SHARE_NUM: usize = 3;
const ALIKE_SHARE_DEN: usize = 4;

/// Whether a loosely read group's entries are of one kind: each shares at
/// least half of its class tokens with the first, most of them (a publishing system's
/// posts differ in their id and terms only; a sidebar's widgets, each of its
/// own kind, share a token or two).
fn entries_alike(dom: &Dom, group: &EntryGroup<'_>) -> bool {
    let class = |c: NodeId| {
        dom.element(c)
            .filter(|e| e.name == *group.name)
            .and_then(|e| e.attr(&html5ever::local_name!("class")))
            .filter(|c| entry_class(Some(c), true) == group.class)
    };
    let mut members = dom.children(group.parent).filter_map(class);
    let Some(first) = members.next() else {
        return false;
    };
    let first: Vec<&str> = first.split_ascii_whitespace().take(CLASS_TOKENS).collect();
    let (mut alike, mut n) = (1usize, 1usize);
    for c in members {
        let tokens: Vec<&str> = c.split_ascii_whitespace().take(CLASS_TOKENS).collect();
        let shared = tokens.iter().filter(|t| first.contains(t)).count();
        alike += usize::from(shared * 2 >= tokens.len().max(first.len()));
        n += 1;
    }
    alike * ALIKE_SHARE_DEN >= n * ALIKE_SHARE_NUM
}

/// A page's largest group of repeated entries ([`entry_group`]).
pub(super) struct EntryGroup<'d> {
    /// The element holding them.
    pub(super) parent: NodeId,
    /// Their tag and class.
    pub(super) name: &'d html5ever::LocalName,
    pub(super) class: &'d str,
    /// Whether `class` is read loosely ([`entry_class`]).
    pub(super) loose: bool,
    /// Their text and the page's (characters).
    pub(super) chars: usize,
    pub(super) total: usize,
}

/// Per block, whether it sits in one of the group's entries: a child of its
/// parent with its tag and class (with or without a link of its own).
pub(super) fn entry_blocks(dom: &Dom, blocks: &[Block], group: &EntryGroup<'_>) -> Vec<bool> {
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
        .zip(blocks)
        .map(|(k, b)| {
            k.and_then(|k| teaser.get(k))
                .is_some_and(|&t| !t || topic_row(dom, b))
        })
        .collect()
}

/// Link density from which a teaser's line is a row of its topics.
pub(super) const TOPIC_ROW_LINK_DENSITY: f32 = 0.9;
/// Fewest links in such a row: one link alone is a button or a byline.
pub(super) const TOPIC_ROW_LINKS: usize = 2;
/// Nodes searched inside a line for its links.
const TOPIC_ROW_NODES: usize = 64;
/// Nodes searched inside a link for its first text.
const TOPIC_LINK_NODES: usize = 8;

/// Whether a line of a story's teaser is the story's row of topics: all
/// links, [`TOPIC_ROW_LINKS`] or more in one element ("Machine Learning
/// Developer Tools"). A teaser's other short lines (date, kicker) are no
/// fields and are judged as any line, but its topics are the entry's, which
/// listings' bodies keep;
/// a row every entry says word for word (controls) still goes with
/// `entry_action_rows`. Only links whose text is the line's count: a
/// kicker's one link shares its element with the title's. wcxb-dev half A:
/// a blog's index 0.836 -> 0.911, a launch list +0.007 (listing 0.7484 ->
/// 0.7501), none down; half B a listing +0.007, none down; news set
/// unchanged. Every topic kept as a separate line, or any link-dense line
/// of a teaser, lost half A listing 0.015 (one-link tags, "Back to
/// Project" lines). Linear: the line's first nodes read once, capped.
fn topic_row(dom: &Dom, b: &Block) -> bool {
    // A link of the line's own: its first text is in the line (the line's
    // element may hold the entry's title link too, a kicker beside it).
    let own = |a: NodeId| {
        dom.subtree(a)
            .take(TOPIC_LINK_NODES)
            .find_map(|d| dom.text(d).map(str::trim).filter(|t| !t.is_empty()))
            .is_some_and(|t| b.text.contains(t))
    };
    b.link_density() > TOPIC_ROW_LINK_DENSITY
        && dom
            .subtree(b.owner)
            .take(TOPIC_ROW_NODES)
            .filter(|&n| dom.html_name(n) == Some(&html5ever::local_name!("a")) && own(n))
            .count()
            >= TOPIC_ROW_LINKS
}

/// Entries that must say a linked line in the same words for it to be a
/// button of theirs ("View Company Profile", "Shop now"), not a field: an
/// entry's title and terms differ from entry to entry. With the guards
/// below, wcxb-dev half A: listing 0.7183 -> 0.7195, collection 0.7338 ->
/// 0.7349 (3 pages up, none down); half B listing 0.7348 -> 0.7370,
/// collection 0.6824 -> 0.6823 (5 up, one down by 0.026: a shop's linked
/// "On Sale!" badge, which its gold keeps). At 2 half A is alike (2 pages
/// up, 2 down); at 4 it loses a shop's "Notify Me" (A 1 down, B 3 down).
pub(super) const ACTION_MIN_ENTRIES: usize = 3;
/// Link density from which a line is a link of its own.
pub(super) const ACTION_LINK_DENSITY: f32 = 0.9;
/// Most such lines side by side (children of one element) for them to be
/// buttons; more are a picker's options (a product's colours, each a link
/// to its variant), which are the entry's (wcxb-dev half A, without this
/// guard and the one-address one: a cup shop's colour swatches and a
/// shop's maker line went, 0.696 -> 0.602 and 0.869 -> 0.815).
pub(super) const ACTION_MAX_SIBLINGS: usize = 2;
/// Nodes searched inside a line for its link.
const ACTION_LINK_NODES: usize = 8;

/// The link a line is: an `<a>` holding it (within [`CARD_LINK_LEVELS`])
/// or the first inside it.
fn line_link(dom: &Dom, b: &Block) -> Option<NodeId> {
    let is_a = |n: &NodeId| dom.html_name(*n) == Some(&html5ever::local_name!("a"));
    std::iter::once(b.owner)
        .chain(dom.ancestors(b.owner))
        .take(CARD_LINK_LEVELS + 1)
        .find(is_a)
        .or_else(|| dom.subtree(b.owner).take(ACTION_LINK_NODES).find(is_a))
}

/// Entry blocks that are links said in the same words in
/// [`ACTION_MIN_ENTRIES`] entries or more, each to its own address, are
/// buttons ("Shop now", "Notify me", "2 Reviews"), not fields: they are
/// judged as any link (a linked line, dropped). A line linking one address
/// from every entry is a term they share (a shop's one maker), and more
/// than [`ACTION_MAX_SIBLINGS`] of them side by side are a picker's
/// options, which stay in every entry; headings stay too. Linear: each
/// such line is hashed a few times.
pub(super) fn entry_actions(dom: &Dom, blocks: &[Block], fields: &[bool], entry: &mut [bool]) {
    // Lines kept as the group's fields only: a card's fields inside its one
    // link stay whatever is said here.
    let own: Vec<bool> = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            entry.get(i).copied().unwrap_or(false)
                && !fields.get(i).copied().unwrap_or(false)
                && !matches!(b.kind, Kind::Heading(_))
                && b.link_density() >= ACTION_LINK_DENSITY
        })
        .collect();
    let href = |b: &Block| {
        line_link(dom, b)
            .and_then(|a| dom.element(a))
            .and_then(|e| e.attr(&html5ever::local_name!("href")))
    };
    // Per text: lines, their first address, whether another differs.
    let mut seen: crate::hash::FastMap<&str, (usize, Option<&str>, bool)> = Default::default();
    for (b, _) in blocks.iter().zip(&own).filter(|(_, &o)| o) {
        let h = href(b);
        let s = seen.entry(b.text.trim()).or_insert((0, h, false));
        s.0 += 1;
        s.2 |= s.1 != h;
    }
    let button = |i: usize, b: &Block| {
        own.get(i).copied().unwrap_or(false)
            && seen
                .get(b.text.trim())
                .is_some_and(|&(n, _, apart)| n >= ACTION_MIN_ENTRIES && apart)
    };
    // Per element: such lines it holds side by side (a picker's options
    // are siblings; a button stands beside the price or alone).
    let mut row: crate::hash::FastMap<NodeId, usize> = Default::default();
    for (i, b) in blocks.iter().enumerate() {
        if let Some(p) = dom.parent(b.owner).filter(|_| button(i, b)) {
            *row.entry(p).or_default() += 1;
        }
    }
    // A picker's options stay in every entry, short pickers too.
    let mut options: crate::hash::FastSet<&str> = Default::default();
    for (i, b) in blocks.iter().enumerate() {
        let picker = dom
            .parent(b.owner)
            .and_then(|p| row.get(&p))
            .is_some_and(|&c| c > ACTION_MAX_SIBLINGS);
        if picker && button(i, b) {
            options.insert(b.text.trim());
        }
    }
    for (i, b) in blocks.iter().enumerate() {
        if button(i, b) && !options.contains(b.text.trim()) {
            if let Some(e) = entry.get_mut(i) {
                *e = false;
            }
        }
    }
}

/// Per block, the group's entry it sits in (a child of the group's parent
/// with its tag and class), and the number of entries.
pub(super) fn entry_of(
    dom: &Dom,
    blocks: &[Block],
    group: &EntryGroup<'_>,
) -> (Vec<Option<usize>>, usize) {
    let entries: Vec<(NodeId, NodeId)> = dom
        .children(group.parent)
        .filter(|&c| {
            dom.element(c).is_some_and(|e| {
                e.name == *group.name
                    && entry_class(e.attr(&html5ever::local_name!("class")), group.loose)
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
pub(super) const INTRO_BLOCKS: usize = 3;
/// Shortest intro line (characters): a sentence, not a label or a count.
pub(super) const INTRO_MIN_CHARS: usize = 60;

/// A listing's intro: the prose paragraphs among the first
/// [`INTRO_BLOCKS`] blocks after its title, above the region (a
/// category's description over its grid of products, whose region is the
/// grid or a buying guide below it). They are kept. A sentence set as a
/// subheading counts: a hero's description is often an `<h2>` under the
/// `<h1>` (wcxb-dev half A, listings: 4033 +0.111, 2901 +0.017; half B
/// and other types unchanged).
pub(super) fn category_intro(
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
        let prose = matches!(b.kind, Kind::Paragraph | Kind::Heading(_))
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

/// Longest lead-in line (characters) that introduces a list of links:
/// a clause ("The top brands for kayaks include:"), not a paragraph.
pub(super) const LEAD_IN_MAX_CHARS: usize = 60;
/// Fewest words of a lead-in: a control's label is one or two ("Sort
/// by:", "Filter:", "Source:"), a clause that introduces a list is more;
/// a longer label ends in a function word ("Refine your results by:").
pub(super) const LEAD_IN_MIN_WORDS: usize = 3;
/// Most links of a list a lead-in brings back: a handful of brands or
/// categories answers a question; longer lists are a site's menus.
pub(super) const LEAD_IN_MAX_ITEMS: usize = 12;

/// On a listing or a collection, a list of links dropped for its links
/// right after a kept clause ending in a colon ("The top brands for
/// kayaks include:") is what the clause announces: the list comes back
/// with it, up to [`LEAD_IN_MAX_ITEMS`] items, all of one list. A
/// clause ending in a stop word of the page's `language` is a control's
/// label (a facet's "Refine your results by:" over its price ranges).
pub(super) fn introduced_links(blocks: &[Block], language: Option<usize>, verdicts: &mut Verdicts) {
    let mut i = 0;
    while i < blocks.len() {
        let Some(lead) = blocks.get(i) else { break };
        i += 1;
        let text = lead.text.trim_end();
        let lead_in = matches!(verdicts.get(i - 1), Some(None))
            && matches!(lead.kind, Kind::Paragraph | Kind::Heading(_))
            && (text.ends_with(':') || text.ends_with('\u{ff1a}'))
            && lead.chars <= LEAD_IN_MAX_CHARS
            && text.split_whitespace().count() >= LEAD_IN_MIN_WORDS
            && !lang::ends_in_stop_word(text, language);
        if !lead_in {
            continue;
        }
        let Some(group) = blocks.get(i).and_then(|b| b.group) else {
            continue;
        };
        let run = blocks
            .iter()
            .skip(i)
            .take(LEAD_IN_MAX_ITEMS + 1)
            .zip(verdicts.iter().skip(i))
            .take_while(|(b, v)| {
                b.group == Some(group)
                    && b.kind == Kind::ListItem
                    && matches!(v, Some(Reason::LinkDense(_)))
            })
            .count();
        let whole = blocks.get(i + run).is_none_or(|b| b.group != Some(group));
        if run == 0 || run > LEAD_IN_MAX_ITEMS || !whole {
            continue;
        }
        for v in verdicts.iter_mut().skip(i).take(run) {
            *v = None;
        }
        i += run;
    }
}

/// Ancestor levels of a linked heading searched for the text it titles.
pub(super) const ENTRY_LEVELS: usize = 2;

/// A linked heading dropped as a link, right before kept text of the same
/// entry (within [`ENTRY_LEVELS`] of it): the title of that text, a teaser's
/// title on an archive page, comes back with it.
pub(super) fn entry_titles(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
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

/// Most short linked lines heading a card on a service page (a name, then
/// the person's role) before the card's text.
pub(super) const CARD_HEADER_LINES: usize = 2;
/// Longest card header line (characters): a name, a role, a service's
/// title, not a linked sentence.
pub(super) const CARD_HEADER_CHARS: usize = 60;
/// Levels from a card's header line up to the card holding its text.
pub(super) const CARD_LEVELS: usize = 4;
/// Levels above the card searched for the box repeated among its siblings
/// (a card in a column wrapper in a grid).
pub(super) const CARD_RUN_LEVELS: usize = 2;
/// Sibling boxes of one tag and class that make a grid of cards.
pub(super) const CARD_RUN: usize = 3;
/// Children of a box read when counting its like children.
pub(super) const CARD_RUN_SCAN: usize = 64;
/// Most text (characters) of a card: a header and a few lines, not a
/// section of the page.
pub(super) const CARD_MAX_CHARS: usize = 800;

/// On a service page, the short linked lines heading a card in a grid of
/// like cards, right before the card's kept text: a feature card linked
/// whole (its title, then its description), a testimonial whose
/// quoter's name and role link to their profile above the quote. They are
/// the card's title, not a menu: a menu's links head no text of their own.
/// The card is the nearest box (within [`CARD_LEVELS`]) holding the lines
/// and the text, at most [`CARD_MAX_CHARS`] of text, and it or a box up to
/// [`CARD_RUN_LEVELS`] above it is one of [`CARD_RUN`] or more siblings of
/// its tag and class. Linear: each block looked at once, a bounded walk
/// up and a bounded count of siblings per header. wcxb-dev half A service
/// +0.048 page-units (2849 0.881 -> 0.905: six quoters' names and roles;
/// 2841, 0712, 4282, 0707, 0340 up; 0169 -0.0007), half B +0.115 (service
/// +0.013, a listing +0.079 and a manual +0.024 typed service); on every
/// type half A lost 0.037 (forums, listings, collections), so service only.
/// The constants are the shapes of half A's cards (a name and a role over
/// a quote; at most 800 characters, three or more like boxes).
pub(super) fn card_headers(dom: &Dom, scores: &Scores, blocks: &[Block], verdicts: &mut Verdicts) {
    let header = |b: &Block, v: &Option<Reason>| {
        matches!(v, Some(Reason::LinkDense(_)))
            && matches!(b.kind, Kind::Paragraph | Kind::Heading(_))
            && b.chars <= CARD_HEADER_CHARS
            && !ends_sentence(&b.text)
    };
    let class = |n: NodeId| {
        dom.element(n).map(|e| {
            (
                e.name.clone(),
                e.attr(&html5ever::local_name!("class")).unwrap_or(""),
            )
        })
    };
    let in_run = |a: NodeId| {
        let (Some(sig), Some(parent)) = (class(a), dom.parent(a)) else {
            return false;
        };
        dom.children(parent)
            .take(CARD_RUN_SCAN)
            .filter(|&c| class(c).is_some_and(|s| s == sig))
            .count()
            >= CARD_RUN
    };
    let mut i = 0;
    while i < blocks.len() {
        let run = blocks
            .iter()
            .zip(verdicts.iter())
            .skip(i)
            .take(CARD_HEADER_LINES + 1)
            .take_while(|(b, v)| header(b, v))
            .count();
        if run == 0 {
            i += 1;
            continue;
        }
        let j = i + run;
        let text = blocks
            .get(j)
            .filter(|t| matches!(verdicts.get(j), Some(None)) && t.chars >= CARD_TEXT_CHARS);
        let (Some(first), Some(text)) = (blocks.get(i), text) else {
            i = j;
            continue;
        };
        let card = dom
            .ancestors(first.owner)
            .take(CARD_LEVELS)
            .find(|&a| dom.contains(a, text.owner));
        let grid = card.is_some_and(|c| {
            scores.chars.at(c) as usize <= CARD_MAX_CHARS
                && std::iter::once(c)
                    .chain(dom.ancestors(c))
                    .take(CARD_RUN_LEVELS + 1)
                    .any(in_run)
        });
        if run <= CARD_HEADER_LINES && grid {
            for v in verdicts.iter_mut().skip(i).take(run) {
                *v = None;
            }
        }
        i = j;
    }
}

/// Levels above a listing's group of entries searched for a featured
/// entry set before the list: the group's own box and the boxes holding it.
pub(super) const FEATURED_LEVELS: usize = 3;
/// Most text (characters) of a featured entry: a title, a summary, a date
/// and a few tags, not a section of its own (wcxb-dev half A: the one
/// featured post outside its list's region is a date, a title, a summary
/// and three tags).
pub(super) const FEATURED_MAX_CHARS: usize = 600;
/// Link density from which the featured entry's heading is its linked
/// title (a title link holds the whole heading).
pub(super) const FEATURED_TITLE_LINK_DENSITY: f32 = 0.5;

/// A listing's featured entry set apart before its list (a blog's sticky
/// post over the cards of the others): the element just before the
/// group's box, or a box holding it up to [`FEATURED_LEVELS`] levels up,
/// when it holds one heading, linked, and a summary (a block of
/// [`ENTRY_SUMMARY_CHARS`] or more, no link), all within
/// [`FEATURED_MAX_CHARS`]. It is one more entry, kept with the list
/// (wcxb-dev half A: 2901 0.911 -> 0.942, no other page of any type
/// moves; half B none moves; news set unchanged). Linear: a few levels'
/// children read once.
pub(super) fn featured_entry(
    dom: &Dom,
    blocks: &[Block],
    group: &EntryGroup<'_>,
) -> Option<NodeId> {
    let mut at = group.parent;
    for _ in 0..FEATURED_LEVELS {
        let parent = dom.parent(at)?;
        let before = dom
            .children(parent)
            .take_while(|&c| c != at)
            .filter(|&c| dom.element(c).is_some())
            .last();
        if let Some(e) = before {
            let first = blocks.partition_point(|b| b.owner < e);
            let last = blocks.partition_point(|b| b.owner < dom.end(e));
            let inside = blocks.get(first..last).unwrap_or_default();
            if !inside.is_empty() {
                let headings: Vec<&Block> = inside
                    .iter()
                    .filter(|b| matches!(b.kind, Kind::Heading(_)))
                    .collect();
                let chars: usize = inside.iter().map(|b| b.chars).sum();
                let summary = inside
                    .iter()
                    .any(|b| b.link_chars == 0 && b.chars >= ENTRY_SUMMARY_CHARS);
                let linked = headings
                    .first()
                    .is_some_and(|h| h.link_density() > FEATURED_TITLE_LINK_DENSITY);
                return (headings.len() == 1 && linked && summary && chars <= FEATURED_MAX_CHARS)
                    .then_some(e);
            }
        }
        at = parent;
    }
    None
}

/// Most nodes in one badge of a row of trust badges: an icon, its label
/// and the few boxes around them (wcxb-dev half A: 5 to 9).
const BADGE_MAX_NODES: usize = 40;
/// Longest label of a badge (characters); the longest on wcxb-dev half A
/// is 44 ("Members Get Free Shipping on orders over $49").
const BADGE_MAX_CHARS: usize = 60;
/// Ancestor levels above a label searched for its badge (the label's
/// `<p>`, its text box, the badge: 3 on wcxb-dev half A).
const BADGE_LEVELS: usize = 4;
/// Badges in a row: a shop shows two to six promises by its buy box.
const BADGE_ROW: std::ops::RangeInclusive<usize> = 2..=6;
/// Fewest badges of a row that name a shop's promise: one warranty among
/// a product's feature icons ("Garantie 15 ans sur la cuve", "Energie :
/// Charbon", "4 à 6 Convives", wcxb-dev half A) is the product's.
const TRUST_BADGES_MIN: usize = 2;

/// The label of element `id` if it is a badge: a small box
/// ([`BADGE_MAX_NODES`]) holding an icon (an `<img>` or `<svg>`) and a
/// short label, no sentence.
fn badge_label(dom: &Dom, id: NodeId) -> Option<String> {
    let end = dom.end(id);
    if end.saturating_sub(id) > BADGE_MAX_NODES {
        return None;
    }
    let icon = (id..end).any(|n| {
        dom.element(n)
            .is_some_and(|e| matches!(&*e.name, "img" | "svg"))
    });
    if !icon {
        return None;
    }
    let text = dom.text_of(id);
    (!text.is_empty() && text.chars().count() <= BADGE_MAX_CHARS && !ends_sentence(&text))
        .then_some(text)
}

/// The row of badges block `b`'s label sits in: the element whose
/// element children, [`BADGE_ROW`] of them, are each a badge.
fn badge_row(dom: &Dom, b: &Block) -> Option<(NodeId, Vec<String>)> {
    if b.chars > BADGE_MAX_CHARS {
        return None;
    }
    for badge in std::iter::once(b.owner)
        .chain(dom.ancestors(b.owner))
        .take(BADGE_LEVELS)
    {
        let Some(row) = dom.parent(badge) else { break };
        if badge_label(dom, badge).is_none() {
            continue;
        }
        let kids: Vec<NodeId> = dom
            .children(row)
            .filter(|&c| {
                dom.element(c)
                    .is_some_and(|e| !matches!(&*e.name, "style" | "script" | "template"))
            })
            .take(BADGE_ROW.end() + 1)
            .collect();
        if !BADGE_ROW.contains(&kids.len()) {
            continue;
        }
        let labels: Option<Vec<String>> = kids.iter().map(|&k| badge_label(dom, k)).collect();
        if let Some(labels) = labels {
            return Some((row, labels));
        }
    }
    None
}

/// On a product page, the kept labels of a row of trust badges by the buy
/// box: [`BADGE_ROW`] sibling boxes each an icon and a short label, at
/// least [`TRUST_BADGES_MIN`] of whose labels name a shop's promise
/// ([`lang::is_trust_badge`]: "1-Year Limited Warranty", "Easy Returns",
/// "Free Shipping*"). The shop says them on every product; golds leave them
/// out with the buy box. A row of the product's feature icons ("Night
/// Vision", "IP68") names no promise and stays; so does such a promise
/// said in the description.
pub(super) fn trust_badges(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per row looked at: whether it is one of trust badges.
    let mut rows: crate::hash::FastMap<NodeId, bool> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() {
            continue;
        }
        let Some((row, labels)) = badge_row(dom, b) else {
            continue;
        };
        let trust = *rows.entry(row).or_insert_with(|| {
            labels.iter().filter(|l| lang::is_trust_badge(l)).count() >= TRUST_BADGES_MIN
        });
        if trust {
            *v = Some(Reason::ShopTerms);
        }
    }
}

/// Link share of a box's kept text from which a box set among a listing's
/// entries is a rail of links (another list's promo), not prose: half, as
/// for a link list.
const RAIL_LINK_SHARE: f32 = 0.5;
/// Fewest kept linked lines in such a rail: a single link is a button (a
/// promo's "Get the free cookbook") that the entries' rules judge.
const RAIL_MIN_LINES: usize = 2;

/// The boxes set among a group's entries: children of their parent, after
/// the first entry and before the last, neither of the entries' tag and
/// class nor sharing a class word with them (a featured entry drawn another
/// way, "listing-container feature"), of a kind said at most once per
/// [`ENTRY_MIN_GROUP`] entries (a row every entry has beside it, an entry's
/// subtext row in a table, is part of the entries). Linear: two passes over
/// the parent's children.
pub(super) fn interleaved_boxes(dom: &Dom, group: &EntryGroup<'_>) -> Vec<NodeId> {
    let is_entry = |c: NodeId| {
        dom.element(c).is_some_and(|e| {
            e.name == *group.name
                && entry_class(e.attr(&html5ever::local_name!("class")), group.loose) == group.class
        })
    };
    let kind = |c: NodeId| {
        dom.element(c).map(|e| {
            (
                &e.name,
                e.attr(&html5ever::local_name!("class"))
                    .unwrap_or("")
                    .trim(),
            )
        })
    };
    // Per kind of child not an entry: how many; and the entries.
    let mut kinds: crate::hash::FastMap<(&html5ever::LocalName, &str), usize> = Default::default();
    let mut entries = 0usize;
    for c in dom.children(group.parent) {
        if is_entry(c) {
            entries += 1;
        } else if let Some(k) = kind(c) {
            *kinds.entry(k).or_default() += 1;
        }
    }
    // The entries' class words: a box sharing one is an entry drawn
    // another way.
    let words: Vec<&str> = dom
        .children(group.parent)
        .find(|&c| is_entry(c))
        .and_then(|c| dom.element(c))
        .and_then(|e| e.attr(&html5ever::local_name!("class")))
        .map(|c| c.split_ascii_whitespace().take(CLASS_TOKENS).collect())
        .unwrap_or_default();
    let rare = |c: NodeId| {
        kind(c).is_some_and(|k| {
            kinds
                .get(&k)
                .is_some_and(|&n| n * ENTRY_MIN_GROUP <= entries)
                && !k
                    .1
                    .split_ascii_whitespace()
                    .take(CLASS_TOKENS)
                    .any(|t| words.contains(&t))
        })
    };
    let mut boxes = Vec::new();
    let mut pending = Vec::new();
    let mut seen = false;
    for c in dom.children(group.parent) {
        if is_entry(c) {
            if seen {
                boxes.append(&mut pending);
            }
            pending.clear();
            seen = true;
        } else if seen && rare(c) {
            pending.push(c);
        }
    }
    boxes
}

/// On a listing, the kept lines of a box set among its entries
/// ([`interleaved_boxes`]) go when the box is a rail of links: most of its
/// kept text ([`RAIL_LINK_SHARE`]) linked, in [`RAIL_MIN_LINES`] linked
/// lines or more ("Recent Appointments" and six linked names between two
/// stories of a news river). A box of prose there (a note between the
/// entries) stays. Linear: `boxes` is in document order and disjoint, each
/// block finds its box by binary search.
pub(super) fn interleaved_rails(
    dom: &Dom,
    blocks: &[Block],
    boxes: &[NodeId],
    verdicts: &mut [Option<Reason>],
) {
    let box_of = |b: &Block| {
        let i = boxes.partition_point(|&x| x <= b.owner);
        i.checked_sub(1)
            .filter(|&i| boxes.get(i).is_some_and(|&x| dom.contains(x, b.owner)))
    };
    // Per box: kept text, kept link text, kept linked lines.
    let mut tally = vec![(0usize, 0usize, 0usize); boxes.len()];
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_some() {
            continue;
        }
        if let Some(t) = box_of(b).and_then(|i| tally.get_mut(i)) {
            t.0 += b.chars;
            t.1 += b.link_chars;
            t.2 += usize::from(b.link_density() > RAIL_LINK_SHARE);
        }
    }
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        let rail = v.is_none()
            && box_of(b)
                .and_then(|i| tally.get(i))
                .is_some_and(|&(c, l, n)| {
                    l as f32 >= c as f32 * RAIL_LINK_SHARE && n >= RAIL_MIN_LINES
                });
        if rail {
            *v = Some(Reason::EntryRail);
        }
    }
}
