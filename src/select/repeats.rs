//! Lines said again: a product page's section or line drawn twice (for
//! wide screens and narrow ones, or under each variant), a listing's card
//! saying its title twice, a box of cards drawn twice. Each rule keeps the
//! first copy and drops the rest; code, table rows and lines that are an
//! entry's own value stay.

use super::posts::drop_repeats;
use super::*;

/// Most kept lines of an entry [`said_again_in_entry`] reads: a card (a
/// title, a date, a host, a price); an entry of more is a section of many
/// cards (an awards category's hundreds of "Honoree" lines, a blog's band
/// of posts sharing a date), whose lines recur across its cards (wcxb-dev
/// listings: no cap costs half A 0203 -0.109; 12 costs 2902 -0.007; 24
/// costs B 2934 -0.004; at 8 no page goes down).
pub(super) const ENTRY_SAID_MAX_LINES: usize = 8;

/// On a listing, a kept line that an earlier kept line of the same entry
/// (`entry_of`: per block, its entry of the page's group) says word for
/// word: a card drawn twice, for wide screens and narrow ones, its title
/// and date said again under the picture. An entry says each of its lines
/// once; the same line in another entry (an award's "Honoree", a price)
/// is that entry's own and stays. Code and table rows stay (wcxb-dev
/// listings: half A 2913 +0.160, 0767 +0.051; half B 3014
/// +0.024, 2962 +0.006, 0083 +0.001; no other type moves). Linear: each
/// kept line is hashed once.
pub(super) fn said_again_in_entry(
    blocks: &[Block],
    entry_of: &[Option<usize>],
    verdicts: &mut Verdicts,
) {
    let line = |b: &Block, v: &Option<Reason>| {
        v.is_none() && !matches!(b.kind, Kind::Pre | Kind::Row) && !b.text.trim().is_empty()
    };
    // Per entry: its kept lines.
    let mut lines: crate::hash::FastMap<usize, usize> = Default::default();
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter()).enumerate() {
        if let Some(k) = entry_of.get(i).copied().flatten().filter(|_| line(b, v)) {
            *lines.entry(k).or_default() += 1;
        }
    }
    let card = |k: usize| lines.get(&k).is_some_and(|&n| n <= ENTRY_SAID_MAX_LINES);
    let mut said: crate::hash::FastSet<(usize, &str)> = Default::default();
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        if !line(b, v) {
            continue;
        }
        let Some(k) = entry_of.get(i).copied().flatten().filter(|&k| card(k)) else {
            continue;
        };
        if !said.insert((k, b.text.trim())) {
            *v = Some(Reason::SaidAgain);
        }
    }
}

/// On a product page, a kept block that says again what an earlier kept
/// block said (at least [`QUOTED_MIN_CHARS`](super::posts::QUOTED_MIN_CHARS) long): the same section drawn
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
pub(super) fn said_again(blocks: &[Block], verdicts: &mut Verdicts) {
    drop_repeats(blocks, verdicts, Reason::SaidAgain, |_| false);
}

/// Marks that set a list's items apart inside one paragraph: a quick-view
/// box's copy of the description, its points run together ("●Design: …
/// ●Battery: …"), says its lines as much as a list would (wcxb-dev half A:
/// product 0.7341 -> 0.7363, a page's 325-word copy of its description,
/// 0.580 -> 0.671; half B and the other types unchanged).
const BULLETS: [char; 2] = ['●', '•'];

/// On a product page, a kept block whose lines an earlier kept block
/// already said (as its text or as one of its lines), but for short labels
/// (under [`QUOTED_MIN_CHARS`](super::posts::QUOTED_MIN_CHARS), counted
/// with spaces): a section drawn again with its text under a label
/// ("Extraction method" over the paragraph said above), or one line of an
/// earlier block said alone, which [`said_again`] misses, as the blocks'
/// whole texts differ. At least one line must be said again and that long.
/// wcxb-dev: product F1 half A 0.6882 -> 0.6886 (one page up), half B
/// 0.7218 -> 0.7222 (five up, one down by 0.001); collection B +0.0001
/// (a collection typed product); nothing else moves. On
/// collection pages too it costs half A 0.0006 (grids say a card's line
/// again on purpose), and simulated off shop pages it costs documentation
/// 0.009 and service 0.003. Code and table rows stay. Linear: each kept
/// line is hashed once.
pub(super) fn lines_said_again(blocks: &[Block], verdicts: &mut Verdicts) {
    use super::posts::QUOTED_MIN_CHARS;
    let long = |l: &str| crate::lang::longer_than(l, QUOTED_MIN_CHARS - 1);
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || matches!(b.kind, Kind::Pre | Kind::Row) {
            continue;
        }
        let lines = || {
            b.text
                .split(|c| c == '\n' || BULLETS.contains(&c))
                .map(str::trim)
                .filter(|l| long(l))
        };
        let mut any = false;
        let all_said = lines().all(|l| {
            any = true;
            said.contains(l)
        });
        if any && all_said {
            *v = Some(Reason::SaidAgain);
            continue;
        }
        said.extend(lines());
    }
}

/// Shortest run of kept blocks, in a row, that repeats an earlier run block
/// for block to be a section drawn again: a tab's or a carousel's copy, a
/// variant's panel of short labels and values ("Fabric", "100% cotton",
/// "Care"), each line too short for [`said_again`]. Two lines repeat by
/// chance on a spec sheet ("Yes", "No"); three in the same order do not
/// (wcxb-dev, gold product pages: F1 half A 0.6685 -> 0.6688, B 0.7115 ->
/// 0.7149; collection B 0.6692 -> 0.6698 from a collection typed product;
/// no other type moves. Simulated on the saved output, runs of 2 gain as
/// much on product but drop those collections' spec cards).
pub(super) const REPEATED_RUN: usize = 3;

/// Earlier places of one line a run is compared from (the first ones): a
/// label every tile repeats is not compared with every tile.
const RUN_PLACES: usize = 4;

/// Longest run compared, in blocks: the work stays linear in the page.
const RUN_MAX: usize = 64;

/// On a product page, a run of [`REPEATED_RUN`] kept blocks or more that
/// says again, line for line, what an earlier run of kept blocks said goes
/// (see [`REPEATED_RUN`]). Code blocks stay.
pub(super) fn run_said_again(blocks: &[Block], verdicts: &mut Verdicts) {
    let kept: Vec<usize> = blocks
        .iter()
        .zip(verdicts.iter())
        .enumerate()
        .filter(|(_, (b, v))| v.is_none() && b.kind != Kind::Pre && !b.text.trim().is_empty())
        .map(|(i, _)| i)
        .collect();
    let text = |k: usize| {
        kept.get(k)
            .and_then(|&i| blocks.get(i))
            .map(|b| b.text.trim())
    };
    let mut places: crate::hash::FastMap<&str, Vec<usize>> = Default::default();
    let mut drop = Vec::new();
    let mut k = 0;
    while let Some(t) = text(k) {
        let mut best = 0;
        for &j in places.get(t).map(Vec::as_slice).unwrap_or_default() {
            let mut n = 0;
            while n < RUN_MAX && j + n < k && text(k + n).is_some() && text(k + n) == text(j + n) {
                n += 1;
            }
            best = best.max(n);
        }
        let step = if best >= REPEATED_RUN { best } else { 1 };
        for m in k..k + step {
            if let Some(t) = text(m) {
                let at = places.entry(t).or_default();
                if at.len() < RUN_PLACES {
                    at.push(m);
                }
            }
            if step > 1 {
                drop.extend(kept.get(m).copied());
            }
        }
        k += step;
    }
    for i in drop {
        if let Some(v) = verdicts.get_mut(i) {
            *v = Some(Reason::SaidAgain);
        }
    }
}

/// Fewest words of a short line [`short_said_again`] drops: a single word
/// ("Yes", "Black") recurs by chance among a product's options and specs
/// (wcxb-dev, simulated on the saved output: 2 words product A +0.0011,
/// B +0.0014; 3 words +0.0008, +0.0006. Without the digit and colon
/// exclusions 2 words gain more on product but cost a collection typed
/// product its spec cards, collection B -0.002).
pub(super) const SHORT_REPEAT_WORDS: usize = 2;

/// On a product page, a kept line of [`SHORT_REPEAT_WORDS`] words or more,
/// too short for [`said_again`], with no digit and no closing colon, that
/// an earlier kept line already said: a feature's title drawn again for
/// another screen or under each variant. Lines with a figure ("4 mm",
/// "Memory: 8 GB RAM") and field names ("Ideal for:") are a spec sheet's,
/// repeated by each item it lists; code and table rows stay.
pub(super) fn short_said_again(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || matches!(b.kind, Kind::Pre | Kind::Row) {
            continue;
        }
        let text = b.text.trim();
        if text.split_whitespace().count() < SHORT_REPEAT_WORDS
            || text.contains(|c: char| c.is_ascii_digit())
            || text.ends_with([':', '：'])
        {
            continue;
        }
        if !said.insert(text) {
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
pub(super) fn said_twice_in_a_row(blocks: &[Block], verdicts: &mut Verdicts) {
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

/// Least share (percent) of a copy's kept lines that its original said
/// for [`copy_said_again`] to read it as a second drawing of the same
/// cards: a copy says all of them; two entries of one list share at most
/// a date or a source, not their titles (set by reasoning, not tuned: the
/// one page it moves, wcxb-dev half A 2972, says 100 %).
pub(super) const COPY_SAID_SHARE: usize = 80;

/// Fewest kept lines of a copy: one long line said twice in two sibling
/// boxes is a quote, not a section drawn again.
pub(super) const COPY_MIN_LINES: usize = 3;

/// Fewest long lines a copy says again: a box of cards drawn twice says
/// each card's title again; one entry said twice in a list (a job posted
/// again) is a list's own entry, its copy a single card (wcxb-dev half A:
/// at 1 a job board's reposted jobs lose their lines, 4354 -0.035). A
/// single card drawn twice sits in two boxes of different kinds (name or
/// class: the wide layout's and the narrow one's), where a list's entries
/// are alike.
pub(super) const COPY_MIN_LONG: usize = 2;

/// Pairs of long lines said twice that [`copy_said_again`] reads, and
/// levels it climbs from each: the work stays linear in the page.
const COPY_MAX_PAIRS: usize = 64;

const COPY_MAX_LEVELS: usize = 48;

/// Most blocks a copy or its original spans.
const COPY_MAX_BLOCKS: usize = 600;

/// Blocks whose owner sits in `root`'s subtree, around block `at` (blocks
/// run in document order, so a subtree's blocks are one run).
fn subtree_blocks(dom: &Dom, blocks: &[Block], root: NodeId, at: usize) -> std::ops::Range<usize> {
    let inside = |k: usize| blocks.get(k).is_some_and(|b| dom.contains(root, b.owner));
    let mut from = at;
    while from > 0 && at - from < COPY_MAX_BLOCKS && inside(from - 1) {
        from -= 1;
    }
    let mut to = at;
    while to - from < COPY_MAX_BLOCKS && inside(to) {
        to += 1;
    }
    from..to
}

/// The two children of the nearest common ancestor of `a` and `b` that hold
/// them, `a`'s first; `None` when one holds the other or they sit too far
/// apart.
fn sibling_roots(dom: &Dom, a: NodeId, b: NodeId) -> Option<(NodeId, NodeId)> {
    let mut child_b = b;
    let common = std::iter::once(b)
        .chain(dom.ancestors(b))
        .take(COPY_MAX_LEVELS)
        .find(|&n| {
            let found = dom.contains(n, a);
            if !found {
                child_b = n;
            }
            found
        })?;
    if common == b || common == a {
        return None;
    }
    let child_a = std::iter::once(a)
        .chain(dom.ancestors(a))
        .take(COPY_MAX_LEVELS)
        .find(|&n| dom.parent(n) == Some(common))?;
    Some((child_a, child_b))
}

/// On a listing, a box of cards drawn a second time (for wide screens and
/// narrow ones, one copy hidden by a style sheet the extractor does not
/// read): where a long kept line (at least [`QUOTED_MIN_CHARS`](super::posts::QUOTED_MIN_CHARS))
/// is said again, the two sibling boxes under the lines' nearest common
/// ancestor are the original and its copy; when at least
/// [`COPY_SAID_SHARE`] percent of the copy's kept lines (of
/// [`COPY_MIN_LINES`] or more) are said in the original, the copy's lines
/// said there go, however short (a byline, "1d ago · 3 min read"), which
/// [`said_again`] leaves for their length. Two entries of one list differ
/// in their titles, so one entry is no copy of another. Code and table
/// rows stay. wcxb-dev half A: listing 0.7378 -> 0.7404 (a blog's
/// posts drawn twice, 2972 0.627 -> 0.752); half B and the other types
/// unchanged. Linear: at most [`COPY_MAX_PAIRS`] pairs, each copy read
/// once, each climbing at most [`COPY_MAX_LEVELS`] levels.
pub(super) fn copy_said_again(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    use super::posts::QUOTED_MIN_CHARS;
    let line = |b: &Block, v: &Option<Reason>| {
        v.is_none() && !matches!(b.kind, Kind::Pre | Kind::Row) && !b.text.trim().is_empty()
    };
    let mut first: crate::hash::FastMap<&str, usize> = Default::default();
    let mut pairs = Vec::new();
    for (j, (b, v)) in blocks.iter().zip(verdicts.iter()).enumerate() {
        if !line(b, v) || b.chars < QUOTED_MIN_CHARS {
            continue;
        }
        match first.get(b.text.trim()) {
            Some(&i) if pairs.len() < COPY_MAX_PAIRS => pairs.push((i, j)),
            Some(_) => {}
            None => {
                first.insert(b.text.trim(), j);
            }
        }
    }
    let mut done: Vec<NodeId> = Vec::new();
    let mut drop = Vec::new();
    for (i, j) in pairs {
        let (Some(a), Some(b)) = (blocks.get(i), blocks.get(j)) else {
            continue;
        };
        let Some((orig, copy)) = sibling_roots(dom, a.owner, b.owner) else {
            continue;
        };
        if done
            .iter()
            .any(|&d| dom.contains(d, copy) || dom.contains(copy, d))
        {
            continue;
        }
        done.push(copy);
        let said: crate::hash::FastSet<&str> = subtree_blocks(dom, blocks, orig, i)
            .filter_map(|k| Some((blocks.get(k)?, verdicts.get(k)?)))
            .filter(|(b, v)| line(b, v))
            .map(|(b, _)| b.text.trim())
            .collect();
        let lines: Vec<usize> = subtree_blocks(dom, blocks, copy, j)
            .filter(|&k| {
                blocks
                    .get(k)
                    .zip(verdicts.get(k))
                    .is_some_and(|(b, v)| line(b, v))
            })
            .collect();
        let again: Vec<usize> = lines
            .iter()
            .copied()
            .filter(|&k| blocks.get(k).is_some_and(|b| said.contains(b.text.trim())))
            .collect();
        let long = again
            .iter()
            .filter(|&&k| blocks.get(k).is_some_and(|b| b.chars >= QUOTED_MIN_CHARS))
            .count();
        let class = |n: NodeId| {
            let e = dom.element(n);
            let c = e.and_then(|e| e.attr(&html5ever::local_name!("class")));
            (dom.html_name(n), c.unwrap_or(""))
        };
        if (long >= COPY_MIN_LONG || class(orig) != class(copy))
            && lines.len() >= COPY_MIN_LINES
            && again.len() * 100 >= lines.len() * COPY_SAID_SHARE
        {
            drop.extend(again);
        }
    }
    for k in drop {
        if let Some(v) = verdicts.get_mut(k) {
            *v = Some(Reason::SaidAgain);
        }
    }
}
