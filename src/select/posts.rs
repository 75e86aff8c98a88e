//! Threads: each post's author and date lines kept, and the web addresses
//! a poster cites in a sentence, and what every post repeats (user-card
//! counters, quotes of earlier posts, subject lines) dropped.

use super::*;

/// On a thread, the kept lines of posters' user cards: counters ("Posts:
/// 4,032", "25.8k") that hold no date, and short labels that recur
/// [`thread::LABEL_MIN_REPEATS`] times or more among the kept lines
/// ("Joined", "Member", "Click to expand..."). A line outside quotes counts
/// its repeats outside quotes only: replies quoting a post repeat its short
/// lines ("Hello,", "Thank you"), which the post says once (wcxb-dev forum
/// A 0.7941 -> 0.7942, 2081 up 0.008, 0555 down 0.0004 keeping one "Allan
/// wrote:"; B 0515 up 0.005). A short line whose every copy stands
/// between the same two long lines is a post's own line copied with its
/// passage (a reply's preview repeating a list item, "Emoji!"), no label
/// (wcxb-dev half A forum +0.0006 page-units, 0549; half B, other types
/// and the news set unchanged).
pub(super) fn user_card_lines(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // A user card's title is often a heading ("<h5>Member</h5>"), and a
    // quote's expand control sits inside the quote.
    let line = |b: &Block| {
        matches!(
            b.kind,
            Kind::Paragraph | Kind::ListItem | Kind::Heading(_) | Kind::Quote
        )
    };
    // Per line: times said outside quotes, and in all. A quote repeats the
    // lines of the post it quotes: a post's own line ("Hello,", "Thank
    // you") quoted by two replies is said once, outside the quotes.
    let quoted: Vec<bool> = blocks
        .iter()
        .map(|b| b.kind == Kind::Quote || in_blockquote(dom, b.owner))
        .collect();
    let mut times: crate::hash::FastMap<&str, (usize, usize)> = Default::default();
    // Per line: the texts around its first copy, and whether every copy
    // stands between those same texts.
    let mut around: crate::hash::FastMap<&str, ((&str, &str), bool)> = Default::default();
    for (i, ((b, v), &q)) in blocks.iter().zip(verdicts.iter()).zip(&quoted).enumerate() {
        if v.is_none() && line(b) {
            let t = times.entry(b.text.trim()).or_default();
            t.0 += usize::from(!q);
            t.1 += 1;
            let here = neighbours(blocks, i);
            around
                .entry(b.text.trim())
                .and_modify(|(first, same)| *same &= *first == here)
                .or_insert((here, true));
        }
    }
    for ((b, v), &q) in blocks.iter().zip(verdicts.iter_mut()).zip(&quoted) {
        if v.is_some() || !line(b) {
            continue;
        }
        let (outside, all) = times.get(b.text.trim()).copied().unwrap_or((0, 0));
        let repeats = if q { all } else { outside };
        let passage = around
            .get(b.text.trim())
            .is_some_and(|&((before, after), same)| {
                same && crate::lang::longer_than(before, PASSAGE_NEIGHBOUR_CHARS)
                    && crate::lang::longer_than(after, PASSAGE_NEIGHBOUR_CHARS)
            });
        if (thread::is_counter_line(&b.text) && !has_date(&b.text))
            || (thread::is_repeated_label(&b.text, repeats) && !passage)
        {
            *v = Some(Reason::UserCard);
        }
    }
}

/// Least characters of both lines around a repeated short line for its
/// copies to be one passage said again: a post's list item ("Emoji!")
/// between two of the post's sentences, copied whole by replies quoting
/// the post. A user card's label stands between names, dates and other
/// labels, which differ from post to post or are short.
const PASSAGE_NEIGHBOUR_CHARS: usize = 40;

/// The trimmed texts of the lines before and after line `i` (empty at the
/// page's edges).
fn neighbours(blocks: &[Block], i: usize) -> (&str, &str) {
    let text = |j: Option<usize>| {
        j.and_then(|j| blocks.get(j))
            .map_or("", |b: &Block| b.text.trim())
    };
    (text(i.checked_sub(1)), text(i.checked_add(1)))
}

/// Fewest distinct texts among the posts' opening label lines for them
/// to be posters' names: a frame's label ("Member", "Offline") opens
/// every post alike, names differ from post to post (wcxb-dev half A:
/// FluxBB and Flarum threads of 2 to 5 posters whose names each recur).
pub(super) const NAME_MIN_DISTINCT: usize = 2;

/// Most lines before a poster's name in its post, each a post number or a
/// date line ("2024-08-03 10:59:47", "#1"): the walk back stays short.
const NAME_LEAD_LINES: usize = 4;

/// On a thread, the posters' names dropped as repeated labels. A short
/// line dropped as a label the posts repeat, a name's length
/// ([`NAME_WORDS`] words, no sentence, no counter), opens its post when
/// the nearest element holding it and the next kept line of text
/// ([`EDGE_MAX_CHARS`] characters or more) holds no line before it but a
/// post number or a date line. When [`thread::LABEL_MIN_REPEATS`] such
/// openers or more say [`NAME_MIN_DISTINCT`] different texts or more,
/// they are each post's author line, said again by a poster posting
/// several times, not a frame's label ("Member" and "Offline" are no
/// post's first line, and say one text): they are kept.
pub(super) fn repeated_poster_names(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per block, the owner of the next kept line of text at or after it.
    let mut next_text: Vec<Option<NodeId>> = vec![None; blocks.len()];
    let mut after: Option<NodeId> = None;
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter()).enumerate().rev() {
        if v.is_none() && b.chars >= EDGE_MAX_CHARS {
            after = Some(b.owner);
        }
        if let Some(slot) = next_text.get_mut(i) {
            *slot = after;
        }
    }
    let frame = |b: &Block| {
        let text = b.text.trim();
        b.chars < POST_META_CHARS
            && (has_date(text)
                || text
                    .trim_start_matches('#')
                    .bytes()
                    .all(|c| c.is_ascii_digit()))
    };
    // Times each line dropped as a user card's is said on the page.
    let mut times: crate::hash::FastMap<&str, usize> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if matches!(v, Some(Reason::UserCard)) {
            *times.entry(b.text.trim()).or_default() += 1;
        }
    }
    let mut names: Vec<usize> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.trim();
        let repeats = times.get(text).copied().unwrap_or(0);
        let shaped = matches!(verdicts.get(i), Some(Some(Reason::UserCard)))
            && matches!(b.kind, Kind::Paragraph | Kind::ListItem | Kind::Heading(_))
            && thread::is_repeated_label(text, repeats)
            && text.split_whitespace().count() <= NAME_WORDS
            && !thread::is_counter_line(text)
            && !ends_sentence(text);
        let Some(Some(prose)) = next_text.get(i + 1).copied().filter(|_| shaped) else {
            continue;
        };
        let Some(post) = dom
            .ancestors(b.owner)
            .take(thread::POST_OF_LEVELS)
            .find(|&a| prose < dom.end(a))
        else {
            continue;
        };
        let mut before = blocks
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|p| p.owner >= post);
        let opens = before.by_ref().take(NAME_LEAD_LINES).all(frame) && before.next().is_none();
        if opens {
            names.push(i);
        }
    }
    let mut distinct: Vec<&str> = names
        .iter()
        .filter_map(|&i| blocks.get(i))
        .map(|b| b.text.trim())
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    if names.len() < thread::LABEL_MIN_REPEATS || distinct.len() < NAME_MIN_DISTINCT {
        return;
    }
    for i in names {
        if let Some(v) = verdicts.get_mut(i) {
            *v = None;
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
pub(super) fn card_lines(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
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
        let upward = || {
            std::iter::once(b.owner)
                .chain(dom.ancestors(b.owner))
                .take(thread::POST_OF_LEVELS)
                .take_while(|&a| a != post)
        };
        let holder = upward().find(|a| card.contains_key(a));
        // A post of short lines alone (a one-line answer) is all its own,
        // and so is a line in an element marked as a post's text
        // (`itemprop=text`): a one-line reply inside the element marked
        // as the whole thread, whose other replies are long (a NodeBB
        // thread: "@julian Good luck tracking it down"; wcxb-dev half A
        // forum 0.7984 -> 0.7985, one page up 0.003; B unchanged).
        if prose.contains_key(&post)
            && holder.is_some_and(|a| !prose.contains_key(&a))
            && !upward().any(|a| is_marked_text(dom, a))
        {
            *v = Some(Reason::UserCard);
        }
    }
}

/// An element marked as the words of a post or comment: schema.org's
/// `text` property (`itemprop="text"`), which a poster's card never is.
fn is_marked_text(dom: &Dom, n: NodeId) -> bool {
    dom.element(n)
        .and_then(|e| e.attr(&html5ever::LocalName::from("itemprop")))
        .is_some_and(|p| p.split_ascii_whitespace().any(|w| w == "text"))
}

/// On a thread, the kept lines of each post that holds no kept line of
/// [`EDGE_MAX_CHARS`] characters or more: a short reply ("Thank you, this
/// is helpful") with its header line is the whole post, its words, though
/// it reads like the short non-sentences a story's edges hold. wcxb-dev
/// forum A 0.8014 -> 0.8024 (8 up: a thread whose last five replies were
/// one line each lost them all to the edge trim, 0.948 -> 0.999, and
/// first posts' header lines; 3 down -0.001 to -0.005, golds leaving the
/// first post's header out), B 0.8467 -> 0.8469 (5 up, 3 down alike).
pub(super) fn short_posts(dom: &Dom, blocks: &[Block], verdicts: &Verdicts) -> Vec<bool> {
    let posts: Vec<Option<NodeId>> = blocks
        .iter()
        .map(|b| thread::numbered_post_of(dom, b.owner))
        .collect();
    let mut long: crate::hash::FastSet<NodeId> = Default::default();
    for ((b, v), post) in blocks.iter().zip(verdicts).zip(&posts) {
        if let Some(post) = *post {
            if v.is_none() && b.chars >= EDGE_MAX_CHARS {
                long.insert(post);
            }
        }
    }
    verdicts
        .iter()
        .zip(&posts)
        .map(|(v, post)| v.is_none() && post.is_some_and(|p| !long.contains(&p)))
        .collect()
}

/// On a thread, the kept labelled rows of a poster's card ("Location:
/// AMS", "From: Brisbane, AU") next to its dropped labelled rows
/// ("Posts: 673", "Join Date: Jul 2024"): a run of "label: value" lines
/// in one container with a dropped counter or date in it is the card's,
/// not the post's
/// (wcxb-dev forums: such rows kept on pages of both halves, none in a
/// gold body).
pub(super) fn card_fields_beside(blocks: &[Block], verdicts: &mut Verdicts) {
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

/// Levels above a line searched for the `<dt>` or `<dd>` holding it: a
/// term's or value's text sits in a link or a span or two.
const TERM_LEVELS: usize = 3;

/// Nodes allowed between a term's end and its value (the whitespace
/// between `</dt>` and `<dd>`).
const TERM_GAP_NODES: usize = 4;

/// The `<dt>` or `<dd>` (`name`) holding `id`, within [`TERM_LEVELS`].
fn in_term(dom: &Dom, id: NodeId, name: &html5ever::LocalName) -> Option<NodeId> {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(TERM_LEVELS)
        .find(|&a| dom.html_name(a) == Some(name))
}

/// On a thread, a user card's value in a description list
/// (`<dt>Location</dt><dd>Glasgow</dd>`): a kept short `<dd>` (no sentence, at most
/// [`CARD_LINE_CHARS`]) right after its `<dt>` dropped as a card's label
/// or counter goes with it, the card's field, not the post's words. Found
/// where no element marks the post (a vBulletin card beside a
/// `schema.org/Comment`), which [`card_lines`] needs.
pub(super) fn card_values(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for i in 1..blocks.len() {
        let (Some(b), Some(prev)) = (blocks.get(i), blocks.get(i - 1)) else {
            continue;
        };
        if !matches!(verdicts.get(i), Some(None))
            || !matches!(verdicts.get(i - 1), Some(Some(Reason::UserCard)))
            || b.chars > CARD_LINE_CHARS
            || ends_sentence(&b.text)
        {
            continue;
        }
        if term_and_value(dom, prev.owner, b.owner).is_some() {
            if let Some(v) = verdicts.get_mut(i) {
                *v = Some(Reason::UserCard);
            }
        }
    }
}

/// The `<dt>` holding node `term` and the `<dd>` holding node `value` when
/// the one comes right after the other (siblings, with at most
/// [`TERM_GAP_NODES`] nodes of whitespace and no element between).
fn term_and_value(dom: &Dom, term: NodeId, value: NodeId) -> Option<(NodeId, NodeId)> {
    let dt = in_term(dom, term, &html5ever::local_name!("dt"))?;
    let dd = in_term(dom, value, &html5ever::local_name!("dd"))?;
    let adjacent = dom.parent(dd) == dom.parent(dt)
        && dom.end(dt) <= dd
        && dd - dom.end(dt) <= TERM_GAP_NODES
        && (dom.end(dt)..dd).all(|n| dom.element(n).is_none());
    adjacent.then_some((dt, dd))
}

/// The element right after `dd` among its siblings, past the whitespace
/// of [`TERM_GAP_NODES`] nodes at most.
fn next_element(dom: &Dom, dd: NodeId) -> Option<NodeId> {
    let end = dom.end(dd);
    (end..end.saturating_add(TERM_GAP_NODES + 1))
        .take_while(|&n| n < dom.len())
        .find(|&n| dom.element(n).is_some())
        .filter(|&n| dom.parent(n) == dom.parent(dd))
}

/// On a thread, a description list's term left alone when its one value
/// went (`<dt>Status</dt><dd>Not open for further replies.</dd>`, a locked
/// thread's status box above and below the posts): a kept short `<dt>`
/// (no sentence, at most [`CARD_LINE_CHARS`]) right before a dropped
/// `<dd>`, no other `<dd>` after that one, goes with its value; a label
/// names nothing once what it labels is gone. A term whose value stays,
/// or one of several values, stays. With phpBB's and vBulletin's "Reply
/// with quote" among [`CONTROLS`]: wcxb-dev half A forum +0.011
/// page-units (0540 +0.006, 2081 +0.005), half B +0.010 (three threads
/// up, none down), news unchanged.
pub(super) fn orphan_terms(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for i in 1..blocks.len() {
        let (Some(prev), Some(b)) = (blocks.get(i - 1), blocks.get(i)) else {
            continue;
        };
        if !matches!(verdicts.get(i - 1), Some(None))
            || !matches!(verdicts.get(i), Some(Some(_)))
            || prev.chars > CARD_LINE_CHARS
            || ends_sentence(&prev.text)
        {
            continue;
        }
        let Some((_, dd)) = term_and_value(dom, prev.owner, b.owner) else {
            continue;
        };
        let alone = next_element(dom, dd)
            .is_none_or(|n| dom.html_name(n) != Some(&html5ever::local_name!("dd")));
        if alone {
            if let Some(v) = verdicts.get_mut(i - 1) {
                *v = Some(Reason::ThreadNotice);
            }
        }
    }
}

/// Fewest rows of a box of poster tallies ([`poster_tallies`]): two
/// names with counts could be a post's own short list, three in a list
/// and nothing else is a widget (wcxb-dev half A threads: the boxes list
/// four or five posters).
pub(super) const TALLY_MIN_ROWS: usize = 3;

/// Lines looked at above a box of tallies for its title (the dropped
/// lines between are a few counters), so that the walk stays short.
const TALLY_TITLE_SCAN: usize = 16;

/// A poster's tally: a list item of no sentence, some of it linked (the
/// name) and some not, whose last word is a count or whose last two are a
/// count and its noun ("William 56 posts", "R C-R 29"), with at most
/// [`NAME_WORDS`] words before them.
fn is_tally_row(b: &Block) -> bool {
    let words: Vec<&str> = b.text.split_whitespace().collect();
    let counted = |w: Option<&&str>| w.is_some_and(|w| thread::is_number(w));
    let name_words = if counted(words.last()) {
        words.len().saturating_sub(1)
    } else if counted(words.len().checked_sub(2).and_then(|i| words.get(i)))
        && words
            .last()
            .is_some_and(|w| w.chars().all(char::is_alphabetic))
    {
        words.len().saturating_sub(2)
    } else {
        return false;
    };
    b.kind == Kind::ListItem
        && (1..=NAME_WORDS).contains(&name_words)
        && b.link_chars > 0
        && b.link_chars < b.chars
        && b.chars <= CARD_LINE_CHARS
        && !ends_sentence(&b.text)
}

/// On a thread, a box of poster tallies ("Top Posters In This Topic":
/// "William 56 posts", "Alfred 8 posts"): a list that keeps no line but
/// tallies ([`is_tally_row`]) goes, with its title, when it holds
/// [`TALLY_MIN_ROWS`] tallies or more, or any under a short heading that
/// is the list's sibling (its title) with only dropped lines between.
/// Users each with a count and no words of their own are no post (a
/// poster named "paul2009" makes a box of one row).
pub(super) fn poster_tallies(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per list: its tally rows, kept or not, and whether it keeps any
    // other line.
    let mut lists: crate::hash::FastMap<NodeId, (Vec<usize>, bool)> = Default::default();
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter()).enumerate() {
        let Some(list) = b.list.and_then(|l| dom.parent(l.item)) else {
            continue;
        };
        let entry = lists.entry(list).or_default();
        if is_tally_row(b) {
            entry.0.push(i);
        } else if v.is_none() {
            entry.1 = true;
        }
    }
    let mut boxes: Vec<(NodeId, Vec<usize>)> = lists
        .into_iter()
        .filter(|(_, (rows, other))| !other && !rows.is_empty())
        .map(|(list, (rows, _))| (list, rows))
        .collect();
    boxes.sort_unstable();
    for (list, rows) in boxes {
        let first = rows.first().copied().unwrap_or(0);
        // The box's title: the nearest kept line above, a short heading
        // beside the list.
        let title = (first.saturating_sub(TALLY_TITLE_SCAN)..first)
            .rev()
            .find(|&h| matches!(verdicts.get(h), Some(None)))
            .filter(|&h| {
                blocks.get(h).is_some_and(|h| {
                    matches!(h.kind, Kind::Heading(_))
                        && h.chars <= CARD_LINE_CHARS
                        && !ends_sentence(&h.text)
                        && dom.parent(h.owner) == dom.parent(list)
                })
            });
        if rows.len() < TALLY_MIN_ROWS && title.is_none() {
            continue;
        }
        for i in rows.into_iter().chain(title) {
            if let Some(v @ None) = verdicts.get_mut(i) {
                *v = Some(Reason::UserCard);
            }
        }
    }
}

/// Most words of a card row's label ("Join Date", "Current Location").
pub(super) const ROW_LABEL_WORDS: usize = 3;

/// A "label: value" line: one to [`ROW_LABEL_WORDS`] words, a colon,
/// then a value.
pub(super) fn is_labelled_row(text: &str) -> bool {
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
pub(super) const CARD_LINE_CHARS: usize = 50;

/// Shortest text (characters) dropped as said again: shorter lines
/// ("Thanks!", "+1") recur by chance (wcxb-dev half A threads: quoted
/// lines 40 characters and up).
pub(super) const QUOTED_MIN_CHARS: usize = 40;

/// Drops, for `reason`, each kept block (at least [`QUOTED_MIN_CHARS`]
/// long, no table row) whose text an earlier kept block already said,
/// unless `anew` holds for it (said again in its own right; its text
/// still counts as said for the blocks after it).
pub(super) fn drop_repeats(
    blocks: &[Block],
    verdicts: &mut Verdicts,
    reason: Reason,
    anew: impl Fn(&Block) -> bool,
) {
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || b.chars < QUOTED_MIN_CHARS || b.kind == Kind::Row {
            continue;
        }
        if !said.insert(b.text.trim()) && !anew(b) {
            *v = Some(reason);
        }
    }
}

/// On a thread, a kept block whose text an earlier kept block already said
/// (at least [`QUOTED_MIN_CHARS`] long): a later post quoting it, or a
/// preview of the post replied to. The thread holds each text once.
///
/// But for a code block outside any `<blockquote>`: two answers that run
/// the same program print the same output, and two posters paste the
/// same log or configuration, each in their own post; a quoted one sits
/// in the quote's `<blockquote>` (wcxb-dev half A: a Q&A thread's two
/// answers with one program's output, 0.883 -> 0.892; B unchanged).
pub(super) fn quoted_again(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    drop_repeats(blocks, verdicts, Reason::QuotedAgain, |b| {
        b.kind == Kind::Pre && !in_blockquote(dom, b.owner)
    });
    glued_quotes(dom, blocks, verdicts);
    // The line that introduces a quote dropped whole ("Tom said:", "On
    // 8/26/2024 at 5:29 PM, ron1cne said:") goes with it.
    for i in 1..blocks.len() {
        let quoted = matches!(verdicts.get(i), Some(Some(Reason::QuotedAgain)));
        let kept = matches!(verdicts.get(i - 1), Some(None));
        let intro = blocks.get(i - 1).is_some_and(|b| is_quote_intro(&b.text));
        if quoted && kept && intro {
            if let Some(v) = verdicts.get_mut(i - 1) {
                *v = Some(Reason::QuotedAgain);
            }
        }
    }
}

/// On a thread, a kept quote whose line introducing it is glued to the
/// quoted text ("Tom wrote:I think it's ridiculous…", a phpBB quote's
/// `<cite>` run into its text): the text after the intro (a short prefix
/// ending in a colon, [`is_quote_intro`]) already said by an earlier kept
/// block, at least [`QUOTED_MIN_CHARS`] long, goes with its intro, as a
/// quote said again ([`quoted_again`]) does. Only inside a quote: a
/// post's own "Update: …" line stays; so does a quote whose intro stands
/// on its own line ("Tom:" then a line break, a quote shape the golds
/// keep). wcxb-dev half A forum +0.084 page-units (0560 +0.049, 0540
/// +0.035 of ten glued phpBB quotes; none down: the own-line condition
/// spares 0576, -0.030 without it); half B forum -0.008 (0535 +0.011;
/// 0558 -0.008, 4564 -0.011); no other type moves, news 0.9791 ->
/// 0.9793.
fn glued_quotes(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let mut said: crate::hash::FastSet<&str> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        let speaks = matches!(v, None | Some(Reason::QuotedAgain));
        if !speaks || b.kind == Kind::Row {
            continue;
        }
        let text = b.text.trim();
        if v.is_none() && (b.kind == Kind::Quote || in_blockquote(dom, b.owner)) {
            let glued = text
                .char_indices()
                .take(QUOTE_INTRO_MAX_CHARS)
                .filter(|&(_, c)| c == ':' || c == '：')
                .any(|(i, c)| {
                    let (intro, rest) = text.split_at(i + c.len_utf8());
                    let same_line = !rest.trim_start_matches([' ', '\t']).starts_with('\n');
                    let rest = rest.trim();
                    same_line
                        && is_quote_intro(intro)
                        && crate::lang::longer_than(rest, QUOTED_MIN_CHARS - 1)
                        && said.contains(rest)
                });
            if glued {
                *v = Some(Reason::QuotedAgain);
                continue;
            }
        }
        said.insert(text);
    }
}

/// A line introducing a quote: short, ending in a colon ("Tom said:").
fn is_quote_intro(text: &str) -> bool {
    let t = text.trim();
    !crate::lang::longer_than(t, QUOTE_INTRO_MAX_CHARS) && t.ends_with([':', '：'])
}

/// Longest line (characters) introducing a quote ("On 8/26/2024 at 5:29
/// PM, ron1cne said:" is 38; on wcxb-dev's threads the lines ending in
/// "said:" or "wrote:" run up to 45, then a paragraph of 93).
pub(super) const QUOTE_INTRO_MAX_CHARS: usize = 60;

/// In a thread, a short line with a date that is no sentence is a post's
/// header or footer ("asked Mar 26, 2019 at 16:18", "Last Reply Sep 26"),
/// and so is a label beside a machine-readable `<time>` whatever form its
/// text takes ("Created 1 yr", "Last Reply Sep 26Sep 26" of a long and a
/// short form, "Posted 3 hours ago"; wcxb-dev half A: forum 0.8037 ->
/// 0.8045, a topic summary's "Created"/"Last Reply" lines and "Edited
/// `<time>` by name" notes, three pages up, none down; half B 0.8469 ->
/// 0.8470, two up, none down).
pub(super) fn post_meta(dom: &Dom, b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Forum
        && matches!(b.kind, Kind::Paragraph | Kind::ListItem)
        && b.chars < POST_META_CHARS
        && !ends_sentence(&b.text)
        && (date_with_few_words(&b.text) || label_and_time(dom, b)))
    .then_some(Reason::PostMeta)
}

/// Whether `b` is a `<time datetime>`'s text with at most
/// [`POST_META_WORDS`] words with letters beside it (a label).
fn label_and_time(dom: &Dom, b: &Block) -> bool {
    let time = dom.subtree(b.owner).take(MACHINE_TIME_NODES).find(|&n| {
        dom.element(n).is_some_and(|e| {
            e.name == html5ever::local_name!("time")
                && e.attr(&html5ever::local_name!("datetime")).is_some()
        })
    });
    let Some(time) = time else { return false };
    let said = dom.text_of(time);
    if said.is_empty() {
        return false;
    }
    split_ignoring_spaces(&b.text, &said).is_some_and(|(before, after)| {
        before
            .split_whitespace()
            .chain(after.split_whitespace())
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= POST_META_WORDS
    })
}

/// `text` split around the first place `said` is written in it, spaces
/// aside: the segmenter may part words that the DOM's text joins (a
/// `<time>`'s long and short forms, "Sep 26Sep 26", read "Sep 26 Sep 26").
/// Called on short lines only ([`POST_META_CHARS`]); `None` when `said`
/// is longer than `text`.
fn split_ignoring_spaces<'t>(text: &'t str, said: &str) -> Option<(&'t str, &'t str)> {
    let want: Vec<char> = said.chars().filter(|c| !c.is_whitespace()).collect();
    if want.is_empty() || said.len() > text.len() {
        return None;
    }
    let starts = text.char_indices().filter(|&(_, c)| !c.is_whitespace());
    for (start, _) in starts {
        let mut need = want.iter();
        let mut next = need.next();
        for (i, c) in text.get(start..)?.char_indices() {
            let Some(&w) = next else { break };
            if c.is_whitespace() {
                continue;
            }
            if c != w {
                break;
            }
            next = need.next();
            if next.is_none() {
                let end = start + i + c.len_utf8();
                return Some((text.get(..start)?, text.get(end..)?));
            }
        }
    }
    None
}

/// On a thread, a post's date line that gives the time of day/// On a thread, a post's date line that gives the time of day ("hayley.p
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
pub(super) fn post_timestamps(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per post: whether a date line or a line of its text came already.
    let mut begun: crate::hash::FastSet<NodeId> = Default::default();
    for (i, b) in blocks.iter().enumerate() {
        let post = thread::numbered_post_of(dom, b.owner);
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
            || (first
                && matches!(verdicts.get(i), Some(Some(Reason::PostMeta)))
                && has_machine_time(dom, b.owner))
            || (matches!(verdicts.get(i), Some(Some(Reason::PostMeta)))
                && (has_time_of_day(&b.text) || has_timed_tooltip(dom, b.owner))))
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
pub(super) fn poster_names(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let mut seen: crate::hash::FastMap<NodeId, ()> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        let Some(post) = thread::numbered_post_of(dom, b.owner) else {
            continue;
        };
        if seen.contains_key(&post) {
            continue;
        }
        match v {
            // A post's date line kept above the poster's name (a
            // vBulletin post's header row) is no line of its text.
            None if b.chars < POST_META_CHARS && has_date(&b.text) => {}
            None => {
                seen.insert(post, ());
            }
            // An avatar's initial ("B") stands before the name, and so
            // does a group's badge in an author element declaring another
            // name ([`microdata_authors`] keeps the name itself): wcxb-dev
            // half A forum 0520 +0.001 (a rank line taken for the name),
            // nothing else moves.
            Some(Reason::LinkDense(_))
                if b.text.trim().chars().count() > 1
                    && declared_author_name(dom, b.owner)
                        .is_none_or(|n| n.eq_ignore_ascii_case(b.text.trim())) =>
            {
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

/// Levels above a dropped name line searched for the element marked as
/// its post's author (`itemprop="author"`): the name's link sits in a span
/// or two of the post's header row.
const AUTHOR_LEVELS: usize = 6;

/// Nodes read under a post's author element for its declared name (the
/// `<meta itemprop="name">` comes first in it, before the avatar).
const AUTHOR_NAME_NODES: usize = 64;

/// On a thread, a poster's name line dropped for its link (or as a label
/// the posts repeat) that is the name its post's author element declares:
/// the line sits in an element marked `itemprop="author"` (schema.org
/// microdata) whose `itemprop="name"` says the line's text, so it is the
/// post's author line, not a link list. The avatar's initial and the
/// profile links beside it say no name and stay dropped; a quote's or a
/// byline's name marked so on an article is not read here. wcxb-dev half
/// A forum +0.003 page-units (0549, a NodeBB thread, +0.004: its names
/// after a group's badge; 0537 -0.001, names past where its gold stops);
/// half B forum +0.001 (0516, 0519 up; 0360, 0552, 2828 down at most
/// 0.001); no other type moves.
pub(super) fn microdata_authors(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if !matches!(v, Some(Reason::LinkDense(_) | Reason::UserCard)) {
            continue;
        }
        let text = b.text.trim();
        let shaped = text.chars().count() > 1
            && b.chars < POST_META_CHARS
            && text.split_whitespace().count() <= NAME_WORDS
            && !ends_sentence(text)
            && !has_date(text);
        if shaped
            && declared_author_name(dom, b.owner).is_some_and(|n| n.eq_ignore_ascii_case(text))
        {
            *v = None;
        }
    }
}

/// Whether the element `n` has the microdata property `prop` among its
/// `itemprop` words.
fn has_itemprop(dom: &Dom, n: NodeId, prop: &str) -> bool {
    dom.element(n)
        .and_then(|e| e.attr(&html5ever::LocalName::from("itemprop")))
        .is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|w| w.eq_ignore_ascii_case(prop))
        })
}

/// The name declared by the element marked as the author
/// (`itemprop="author"`) holding `id` within [`AUTHOR_LEVELS`]: the
/// `content` of its `<meta itemprop="name">`, or the text of the first
/// other element marked `itemprop="name"` in it.
fn declared_author_name(dom: &Dom, id: NodeId) -> Option<String> {
    let author = std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(AUTHOR_LEVELS + 1)
        .find(|&a| has_itemprop(dom, a, "author"))?;
    let named = dom
        .subtree(author)
        .take(AUTHOR_NAME_NODES)
        .find(|&n| n != author && has_itemprop(dom, n, "name"))?;
    let e = dom.element(named)?;
    let name = if e.name == html5ever::local_name!("meta") {
        e.attr(&html5ever::local_name!("content"))?.to_owned()
    } else {
        dom.text_of(named)
    };
    Some(crate::dom::collapse(name.trim()))
}

/// Most words of a poster's name line.
pub(super) const NAME_WORDS: usize = 3;

/// A short line dropped for its links that is a full date (day, month
/// and year) and at most [`POST_META_WORDS`] words beside it ("#3 · Aug 5,
/// 2023", "Posted March 5, 2024"): a post's date linked to the post.
pub(super) fn is_permalinked_date(b: &Block, verdict: Option<&Option<Reason>>) -> bool {
    matches!(verdict, Some(Some(Reason::LinkDense(_))))
        && b.chars < POST_META_CHARS
        && crate::meta::date::text_start(&b.text).is_some()
        && date_with_few_words(&b.text)
}

/// Nodes searched under a date line for its `<time datetime>`: the line
/// is short (under [`POST_META_CHARS`]), its markup a few spans.
const MACHINE_TIME_NODES: usize = 32;

/// Whether the line at `id` writes its date in a `<time datetime>`: the
/// post's own timestamp, given to the machine as well as the reader.
fn has_machine_time(dom: &Dom, id: NodeId) -> bool {
    dom.subtree(id).take(MACHINE_TIME_NODES).any(|n| {
        dom.element(n).is_some_and(|e| {
            e.name == html5ever::local_name!("time")
                && e.attr(&html5ever::local_name!("datetime")).is_some()
        })
    })
}

/// Whether the line at `id` holds an element other than a `<time>` whose
/// tooltip (`title`, [`crate::dom::is_tooltip_attribute`]) gives a date to
/// the minute ("May 12, 2024 at 2:39 AM") where the line
/// shows the day alone: the post's own timestamp, its exact time kept for
/// the reader who points at it. A poster's card says when they joined by
/// day or month and gives no time behind it. A `<time>` under a post's
/// text is its edit stamp ("Edited April 19, 2024 by …"), whose tooltip
/// the forum software adds to every `<time>` (wcxb-dev half A: two pages
/// lost 0.004 and 0.052 keeping those; the gold leaves them out).
fn has_timed_tooltip(dom: &Dom, id: NodeId) -> bool {
    dom.subtree(id).take(MACHINE_TIME_NODES).any(|n| {
        dom.element(n)
            .filter(|e| e.name != html5ever::local_name!("time"))
            .is_some_and(|e| {
                e.attrs
                    .iter()
                    .filter(|a| crate::dom::is_tooltip_attribute(a.name.local.as_bytes()))
                    .any(|a| {
                        let t = &*a.value;
                        !crate::lang::longer_than(t, POST_META_CHARS)
                            && has_time_of_day(t)
                            && has_date(t)
                    })
            })
    })
}

/// Whether `text` holds a date with a label and a month at most beside it
/// (at most [`POST_META_WORDS`] words with letters: "asked Mar 26, 2019 at
/// 16:18"), no sentence.
fn date_with_few_words(text: &str) -> bool {
    crate::meta::date::mention(text).is_some_and(|(start, end)| {
        let rest = text.get(..start).unwrap_or("").to_owned() + text.get(end..).unwrap_or("");
        rest.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            <= POST_META_WORDS
    })
}

/// Whether `id` sits in a `<header>` inside one post of a thread: the
/// post's own heading ("Dec 30, 2023 #1"), not the poster's card beside
/// it.
pub(super) fn in_post_header(dom: &Dom, id: NodeId) -> bool {
    let Some(post) = thread::numbered_post_of(dom, id) else {
        return false;
    };
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take_while(|&a| a != post)
        .any(|a| dom.html_name(a) == Some(&html5ever::local_name!("header")))
}

/// A time of day: one or two digits, a colon, two digits ("9:05",
/// "18:48"), not inside a longer run of digits.
pub(super) fn has_time_of_day(s: &str) -> bool {
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
pub(super) const POST_META_WORDS: usize = 3;

/// Most characters of a post's date line (wcxb-dev half A threads: 10 to
/// 40 alike).
pub(super) const POST_META_CHARS: usize = 50;

/// On a thread, the line introducing a kept quote ("Tom said:", "On 8/26
/// at 5:29 PM, ron1cne said:"): a short line ending in a colon, dropped
/// for its link to the poster or to the post quoted, right before a kept
/// line inside a `<blockquote>`. It says whose words follow, and a thread's
/// body keeps it with them.
pub(super) fn quote_intros(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for i in 1..blocks.len() {
        let quote = matches!(verdicts.get(i), Some(None))
            && blocks.get(i).is_some_and(|b| in_blockquote(dom, b.owner));
        let intro = blocks.get(i - 1).is_some_and(|b| is_quote_intro(&b.text));
        if let Some(v) = verdicts.get_mut(i - 1).filter(|_| quote && intro) {
            if matches!(v, Some(Reason::LinkDense(_))) {
                *v = None;
            }
        }
    }
}

/// Levels above a quoted-again line searched for the box holding the
/// quote: a reply's preview of the post it answers holds the poster's
/// name and the quoted text two wrappers apart (wcxb-dev half A threads).
const QUOTE_BOX_LEVELS: usize = 3;

/// Most blocks a quote box holds on either side of its quoted-again line:
/// a larger box is a post or the thread, never one quote (and the scan
/// stays bounded).
const QUOTE_BOX_BLOCKS: usize = 24;

/// On a thread, the short lines left kept in the box of a quote whose
/// text went as said again ([`quoted_again`]): the quoted post's short
/// lines its poster said first ("Yay for bugs!", under the
/// [`QUOTED_MIN_CHARS`] that text needs), a line introducing the quote
/// ("Tom said:"), and a header above the quoted text that is no sentence
/// (the quoted poster's name, "Originally Posted by Tom"). The box is
/// the element, up to [`QUOTE_BOX_LEVELS`] above the quoted line, whose
/// kept lines are all such lines and say less than its quoted text: a
/// reply's own words after a quote ("Agreed!", said first there) keep
/// the reply's box from being taken for the quote's, and stay.
/// wcxb-dev half A forum +0.072 page-units (2081 +0.031, 0533 +0.014,
/// 0549 +0.009, 1674, 1658, 4492, 0527, 0555 up; 0521 -0.007 and 0544
/// -0.005, golds that keep quotes); half B forum +0.088 (0535 +0.031,
/// 0515, 0538, 4311 up, none down); no other type moves.
pub(super) fn quote_box_lines(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per block: whether an earlier kept or quoted block said its text.
    let mut said: crate::hash::FastSet<&str> = Default::default();
    let said_before: Vec<bool> = blocks
        .iter()
        .zip(verdicts.iter())
        .map(|(b, v)| {
            let speaks = matches!(v, None | Some(Reason::QuotedAgain));
            speaks && !said.insert(b.text.trim())
        })
        .collect();
    let mut marks: Vec<usize> = Vec::new();
    for (q, b) in blocks.iter().enumerate() {
        if !matches!(verdicts.get(q), Some(Some(Reason::QuotedAgain))) {
            continue;
        }
        let mut node = b.owner;
        for _ in 0..QUOTE_BOX_LEVELS {
            let Some(up) = dom.parent(node) else { break };
            node = up;
            let inside = |j: usize| blocks.get(j).is_some_and(|c| dom.contains(node, c.owner));
            let first = (q.saturating_sub(QUOTE_BOX_BLOCKS)..q)
                .rev()
                .take_while(|&j| inside(j))
                .last()
                .unwrap_or(q);
            let last = (q + 1..blocks.len())
                .take(QUOTE_BOX_BLOCKS)
                .take_while(|&j| inside(j))
                .last()
                .unwrap_or(q);
            if (first > 0 && first == q.saturating_sub(QUOTE_BOX_BLOCKS) && inside(first - 1))
                || (last + 1 < blocks.len() && last == q + QUOTE_BOX_BLOCKS && inside(last + 1))
            {
                break; // a box too large to be one quote
            }
            let first_quoted = (first..=last)
                .find(|&j| matches!(verdicts.get(j), Some(Some(Reason::QuotedAgain))))
                .unwrap_or(q);
            let (mut quoted, mut kept) = (0usize, 0usize);
            let mut lines = Vec::new();
            let mut furniture = true;
            for j in first..=last {
                let (Some(c), Some(v)) = (blocks.get(j), verdicts.get(j)) else {
                    continue;
                };
                match v {
                    Some(Reason::QuotedAgain) => quoted += c.chars,
                    None => {
                        kept += c.chars;
                        let again = said_before.get(j).copied().unwrap_or(false)
                            && c.chars < QUOTED_MIN_CHARS;
                        let header = j < first_quoted
                            && (is_quote_intro(&c.text)
                                || (c.chars <= QUOTE_INTRO_MAX_CHARS && !ends_sentence(&c.text)));
                        furniture &= again || header;
                        lines.push(j);
                    }
                    Some(_) => {}
                }
            }
            if !furniture || kept >= quoted {
                break;
            }
            marks.extend(lines);
        }
    }
    for i in marks {
        if let Some(v @ None) = verdicts.get_mut(i) {
            *v = Some(Reason::QuotedAgain);
        }
    }
}

/// Levels above a line searched for the `<blockquote>` holding it: a
/// quote's text sits a few wrappers inside it (its title, its content,
/// an expandable box).
const QUOTE_LEVELS: usize = 6;

fn in_blockquote(dom: &Dom, id: NodeId) -> bool {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(QUOTE_LEVELS)
        .any(|a| dom.html_name(a) == Some(&html5ever::local_name!("blockquote")))
}

/// Share of a line's linked characters that must be web addresses spelled
/// out for the line to be a poster's cited address (1/2: a bare address,
/// or a sentence whose link is its address, "Refer to this howto:
/// http://…"; a menu's links are words).
const ADDRESS_LINK_SHARE_DEN: usize = 2;

/// Fewest words beside the address in a cited address's line ("Refer to
/// this howto: http://…"): a bare address line reads as a link preview's
/// or a list's, and the gold keeps those in some threads, not others
/// (wcxb-dev half A: keeping bare ones too cost one page 0.034 and
/// gained another 0.002).
const ADDRESS_LINE_WORDS: usize = 2;

/// Most addresses in a cited address's line: a sentence cites one or two
/// ("Associated Press: https://…, or Reuters: https://…"); a block of
/// many is a list of links under a label (wcxb-dev half A: one post's
/// eight league tables, left out by the gold).
const ADDRESSES_MAX: usize = 2;

/// On a thread, a line of a post dropped for its links whose links are
/// mostly web addresses written out ("`https://www.english-online.at/`",
/// "Check more info at `http://tldp.org/…`"): an address the poster pasted
/// is the post's words, not navigation, whose links are words.
pub(super) fn pasted_addresses(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if !matches!(v, Some(Reason::LinkDense(_)))
            || !matches!(b.kind, Kind::Paragraph | Kind::ListItem | Kind::Quote)
        {
            continue;
        }
        let (mut addresses, mut address_chars) = (0usize, 0usize);
        for w in b.text.split_whitespace().filter(|w| is_web_address(w)) {
            addresses += 1;
            address_chars += w.chars().count();
        }
        let words = b
            .text
            .split_whitespace()
            .filter(|w| !is_web_address(w) && w.chars().any(char::is_alphabetic))
            .count();
        if (1..=ADDRESSES_MAX).contains(&addresses)
            && words >= ADDRESS_LINE_WORDS
            && address_chars * ADDRESS_LINK_SHARE_DEN >= b.link_chars
            && thread::numbered_post_of(dom, b.owner).is_some()
        {
            *v = None;
        }
    }
}

/// On a thread, a line of a post dropped for its links whose element holds
/// a kept line of the post's own text (of [`EDGE_MAX_CHARS`] or more): the
/// poster's links, set between line breaks in the prose of the post ("you
/// might also be interested in these threads:" and a link a line), are
/// the post's words. A post's chrome (its reply and quote controls, the
/// poster's profile links) and a signature stand in elements of their own.
/// Short lines with a date (under [`POST_META_CHARS`]: a date line, not a
/// list naming a year) and lines with a web address written out are left
/// to the rules for those ([`post_timestamps`], [`pasted_addresses`]): a
/// pasted news story's linked byline and date, an embed's "View:
/// https://…" and a list of bare addresses are not in the golds (wcxb-dev
/// half A: forum 0.7900 -> 0.7941, one page up, none down on either half;
/// with those lines too, 3 pages down on A and 3 on B).
pub(super) fn links_in_post_prose(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let mut prose: crate::hash::FastSet<NodeId> = Default::default();
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        if v.is_none() && b.chars >= EDGE_MAX_CHARS && b.kind == Kind::Paragraph {
            prose.insert(b.owner);
        }
    }
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if matches!(v, Some(Reason::LinkDense(_)))
            && b.kind == Kind::Paragraph
            && prose.contains(&b.owner)
            && !(b.chars < POST_META_CHARS && has_date(&b.text))
            && !b.text.split_whitespace().any(is_web_address)
            && thread::numbered_post_of(dom, b.owner).is_some()
        {
            *v = None;
        }
    }
}

/// On a thread, a list of links set among the paragraphs of a post's
/// text: an item dropped for its links whose list stands in an element
/// that holds, among its own children and before the list, a kept `<p>`
/// of prose (of [`EDGE_MAX_CHARS`] or more, ending a sentence). A post's
/// row of controls ("Reply with quote") comes before its text, and its
/// byline ("by Tom » Tue Aug 27, 2019") is no sentence. A poster's Markdown body puts its lists beside
/// its paragraphs ("What we worked on:", a heading and a list of linked
/// changes a line each, "Support us:" and the places to give); a thread's
/// menus, tag clouds and lists of similar threads stand in boxes of their
/// own, with no paragraph of prose beside them (wcxb-dev half A: a
/// development update's lists of linked changes, once the page is typed a
/// forum).
pub(super) fn link_lists_in_post_prose(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per element: the first kept sentence of prose in a `<p>` among its
    // children.
    let mut prose: crate::hash::FastMap<NodeId, usize> = Default::default();
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter()).enumerate() {
        let own_p = dom.html_name(b.owner) == Some(&html5ever::local_name!("p"));
        if v.is_none()
            && b.chars >= EDGE_MAX_CHARS
            && b.kind == Kind::Paragraph
            && own_p
            && ends_sentence(&b.text)
        {
            if let Some(p) = dom.parent(b.owner) {
                prose.entry(p).or_insert(i);
            }
        }
    }
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        let after_prose = b
            .group
            .and_then(|g| dom.parent(g))
            .and_then(|p| prose.get(&p))
            .is_some_and(|&first| first < i);
        if matches!(v, Some(Reason::LinkDense(_)))
            && b.kind == Kind::ListItem
            && b.chars > 1
            && after_prose
        {
            *v = None;
        }
    }
}

/// A web address written out: a scheme and a host, or a `www.` host.
fn is_web_address(word: &str) -> bool {
    let w = word.trim_start_matches(['(', '<', '[', '"']);
    let lower = |p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    (lower("https://") || lower("http://") || lower("www."))
        && w.trim_end_matches(['/', ')', '>', ']', '"', '.', ','])
            .len()
            > "https://".len()
}

/// Levels above an empty thread's headline looked at for the box of its
/// opening post (wcxb-dev half A: a link post's title and link line are
/// siblings in the post's element, one level up).
const OPENER_LEVELS: usize = 3;
/// Most lines beside the headline in that box: an opening post with no
/// words of its own is a title with a link line, a byline, a flair; more
/// short lines are a menu.
const OPENER_MAX_PARTS: usize = 3;
/// Longest such line, in characters (a link's domain, a poster's name).
const OPENER_PART_MAX_CHARS: usize = 80;

/// On a thread every pass leaves empty (a link post whose replies the
/// page loads by script), the opening post's parts the page holds: its
/// headline (the element that reads as the declared title) and, when the
/// nearest box around it holds at most [`OPENER_MAX_PARTS`] other short
/// one-line blocks (the link line, a byline), those too. Only blocks that
/// were left out as outside the region come in: what prune cut (menus, a
/// sidebar) stays cut, and a box of more lines keeps the headline alone.
pub(crate) fn empty_thread_opener(
    dom: &Dom,
    blocks: &[Block],
    verdicts: &mut Verdicts,
    headline: Option<NodeId>,
) {
    let Some(h) = headline else {
        return;
    };
    if verdicts.iter().any(Option::is_none) {
        return;
    }
    let outside = |i: usize| verdicts.get(i).copied().flatten() == Some(Reason::OutsideRegion);
    let within = |a: NodeId, i: usize| blocks.get(i).is_some_and(|b| dom.contains(a, b.owner));
    let mut keep: Vec<usize> = (0..blocks.len())
        .filter(|&i| within(h, i) && outside(i))
        .collect();
    if keep.is_empty() {
        return;
    }
    let mut node = h;
    for _ in 0..OPENER_LEVELS {
        let Some(p) = dom.parent(node) else {
            break;
        };
        let parts: Vec<usize> = (0..blocks.len())
            .filter(|&i| within(p, i) && !within(h, i))
            .collect();
        if !parts.is_empty() {
            let short = |i: usize| {
                blocks.get(i).is_some_and(|b| {
                    b.chars <= OPENER_PART_MAX_CHARS && !b.text.trim().contains('\n')
                })
            };
            if parts.len() <= OPENER_MAX_PARTS && parts.iter().all(|&i| outside(i) && short(i)) {
                keep.extend(parts);
            }
            break;
        }
        node = p;
    }
    for i in keep {
        if let Some(v) = verdicts.get_mut(i) {
            *v = None;
        }
    }
}

/// Longest thread notice looked at (characters): a post's "Advertisement
/// (gone after registration)" is 39, a mobile app's signature ("Sent from
/// my SM-S908U using AC Forums mobile app") 48, a reaction line naming
/// three posters 60 to 90; a post's own line that happens to start so
/// runs longer (wcxb-dev half A threads).
const NOTICE_MAX_CHARS: usize = 100;

/// The words of an advertisement's label, in the languages forum software
/// ships: a slot's label followed by a note to guests ("Advertisement -
/// Members don't see this ad", "Advertisement (gone after registration)").
const AD_LABELS: [&str; 10] = [
    "advertisement",
    "advertisements",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklama",
    "реклама",
    "advertentie",
];

/// How a mobile app signs a post it sent ("Sent from my iPhone using
/// Tapatalk"), lower case: the app's words, not the poster's.
const SENT_FROM: [&str; 10] = [
    "sent from my ",
    "sent using ",
    "gesendet von meinem ",
    "gesendet von iphone mit ",
    "envoyé de mon ",
    "enviado desde mi ",
    "enviado de meu ",
    "inviato dal mio ",
    "verzonden vanaf mijn ",
    "wysłane z mojego ",
];

/// A post's controls left alone on a line (a button drawn as text, a
/// quote's "Quote" caption naming no one, phpBB's and vBulletin's "Reply
/// with quote" button), lower case, whole.
const CONTROLS: [&str; 11] = [
    "quote",
    "multiquote",
    "expand",
    "zitieren",
    "citer",
    "citar",
    "reply with quote",
    "mit zitat antworten",
    "répondre en citant",
    "responder citando",
    "rispondi citando",
];

/// A label of a post's frame, lower case, whole: the poster's presence
/// ("Online", "Offline") and the badge marking the thread's opener
/// ("Thread starter", "OP").
const FRAME_LABELS: [&str; 9] = [
    "online",
    "offline",
    "op",
    "thread starter",
    "topic starter",
    "themenstarter",
    "themenersteller",
    "auteur du sujet",
    "autor del tema",
];

/// A poster's rank word, lower case: the word that makes a short line a
/// user title under the poster's name ("New Member", "Junior Guru",
/// "Moderator", "Membre actif"), in the languages forum software ships;
/// none that is also a thing a post may name in a short title (Dutch
/// "lid" is a pot's lid in English).
const RANKS: [&str; 23] = [
    "member",
    "moderator",
    "administrator",
    "admin",
    "guru",
    "newbie",
    "guest",
    "mitglied",
    "gast",
    "neuling",
    "membre",
    "modérateur",
    "administrateur",
    "invité",
    "miembro",
    "moderador",
    "administrador",
    "invitado",
    "membro",
    "moderatore",
    "amministratore",
    "ospite",
    "beheerder",
];

/// Rank words that are also usernames on their own ("Admin" posting as
/// "Admin", a phpBB guest shown as "Guest"): they make a user title only
/// beside another word.
const RANKS_NEVER_ALONE: [&str; 3] = ["admin", "guest", "gast"];

/// Most words of a user title ("Web Hosting Guru" is 3, "The Evil Wiki
/// Admin" 4; wcxb-dev half A threads).
const RANK_TITLE_WORDS: usize = 4;

/// Most share of a user title's text in links: a rank is plain text under
/// the poster's linked name; a line all link is the name itself.
const RANK_TITLE_MAX_LINK_DENSITY: f32 = 0.5;

/// Whether `text` is a poster's user title left alone on a line ("New
/// Member", "Junior Guru", "Moderator"): at most [`RANK_TITLE_WORDS`]
/// words with no digit and no sentence, capitalised, opening or closing on
/// a rank word of [`RANKS`]; no post says that alone on a line. No gold of
/// wcxb-dev half A keeps one (six threads show them); half A forum +0.037
/// page-units (0518 0.971 -> 0.990, 0541 +0.016, 0533), half B +0.0007,
/// no page down; a title joined to the poster's linked name on one line
/// ("MargoFarrel Member") stays with the name.
fn is_rank_title(text: &str, link_density: f32) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().take(RANK_TITLE_WORDS + 1).collect();
    if words.is_empty()
        || words.len() > RANK_TITLE_WORDS
        || link_density > RANK_TITLE_MAX_LINK_DENSITY
        || !text.chars().next().is_some_and(char::is_uppercase)
        || text.chars().any(|c| c.is_ascii_digit())
        || text.contains([':', ',', '!', '?', '.'])
    {
        return false;
    }
    let is_rank = |w: &&str| {
        let w = w.to_lowercase();
        RANKS.contains(&w.as_str()) && (words.len() > 1 || !RANKS_NEVER_ALONE.contains(&w.as_str()))
    };
    words.first().is_some_and(is_rank) || words.last().is_some_and(is_rank)
}

/// A prompt asking the reader to rate a post, lower case, at the line's
/// start ("Did this help? Please give feedback by clicking an icon
/// below").
const FEEDBACK: [&str; 6] = [
    "did this help?",
    "was this helpful?",
    "was this answer helpful?",
    "war das hilfreich?",
    "cela vous a-t-il aidé",
    "¿te ha sido útil?",
];

/// A post's placeholder where a deleted post stood, lower case.
const DELETED: [&str; 8] = [
    "this post has been deleted",
    "this post was deleted",
    "this topic has been deleted",
    "this reply has been deleted",
    "this comment has been deleted",
    "this message has been deleted",
    "dieser beitrag wurde gelöscht",
    "ce message a été supprimé",
];

/// The word after a relative time in a thread's gap marker ("2 weeks
/// later...", "3 Monate später..."), lower case.
const LATER: [&str; 7] = [
    " later",
    " später",
    " plus tard",
    " después",
    " depois",
    " dopo",
    " później",
];

/// The end of a line crediting posters with a reaction ("WiSK and JapesUK
/// like this."), lower case, its final stop removed.
const REACTED: [&str; 5] = [
    " like this",
    " likes this",
    " liked this",
    " gefällt das",
    " aiment ça",
];

/// Least share of a reaction line's text in links: the posters' names
/// are links to their profiles ("WiSK and JapesUK like this." is 0.6); a
/// post's "I'd do something like this." links nothing.
const REACTED_MIN_LINK_DENSITY: f32 = 0.3;

/// On a thread, a short line that is the forum software's, not a post's
/// words: an ad slot's label with its note to guests ("Advertisement -
/// Members don't see this ad"), a mobile app's signature ("Sent from my
/// iPhone using Tapatalk"), a deleted post's placeholder ("This topic has
/// been deleted. Only users with topic management privileges can see
/// it."), a gap marker between posts far apart in time ("2 weeks
/// later..."), and a line of linked names crediting a post with a
/// reaction ("WiSK and JapesUK like this."); a post's control alone on a
/// line ("Quote", "Expand"), a frame's label alone on a line ("Offline",
/// "Thread starter") and a prompt to rate it ("Did this help?"). No gold
/// of wcxb-dev keeps such a line; half A forum 0.8147 -> 0.8167 (9 pages
/// up 0.0015 to 0.063, none down), half B and the news set unchanged.
pub(super) fn thread_notices(blocks: &[Block], verdicts: &mut Verdicts) {
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some()
            || !matches!(
                b.kind,
                Kind::Paragraph | Kind::ListItem | Kind::Heading(_) | Kind::Quote
            )
            || b.chars > NOTICE_MAX_CHARS
        {
            continue;
        }
        if is_thread_notice(&b.text, b.link_density()) {
            *v = Some(Reason::ThreadNotice);
        }
    }
}

/// Whether one line (its text and its share in links) is a
/// [`thread_notices`] notice.
pub(super) fn is_thread_notice(text: &str, link_density: f32) -> bool {
    let lower = text.trim().to_lowercase();
    // "Advertisement (gone after registration)": the label, then a note
    // in brackets or after a dash; a colon introduces a topic instead
    // ("Advertising: reach your audience").
    let ad_label = !lower.contains(':')
        && lower
            .split_once(['(', '-', '–', '—'])
            .is_some_and(|(head, rest)| {
                AD_LABELS.contains(&head.trim()) && !rest.trim().is_empty()
            });
    let sent_from = SENT_FROM.iter().any(|p| lower.starts_with(p));
    let deleted = DELETED.iter().any(|p| lower.starts_with(p));
    let bare = lower.trim_end_matches(['.', '…', '!']);
    let gap = LATER.iter().any(|w| {
        bare.strip_suffix(w)
            .is_some_and(crate::lang::is_relative_time)
    });
    let reacted =
        link_density >= REACTED_MIN_LINK_DENSITY && REACTED.iter().any(|w| bare.ends_with(w));
    let control = CONTROLS.contains(&bare) || FRAME_LABELS.contains(&bare);
    let feedback = FEEDBACK.iter().any(|p| lower.starts_with(p));
    let rank = is_rank_title(text, link_density);
    ad_label || sent_from || deleted || gap || reacted || control || feedback || rank
}
