//! Comment threads found by their reply controls, and a forum post's attribution line and poster card.

use super::*;

/// Items with a reply control that make a list a comment thread.
pub(super) const THREAD_MIN_ITEMS: usize = 3;
/// Text (bytes) beside a thread in its parent that still counts as the
/// thread's own heading and rules.
pub(super) const THREAD_FRAME_TEXT: usize = 300;
/// Levels a thread's cut may rise to take in its heading.
pub(super) const THREAD_FRAME_LEVELS: usize = 4;

/// Comment-named elements inside a comment section that make it a thread
/// of comments (a list of comments, each a comment-named item, replies
/// nested in them), not a comment form's prompt or a comment count.
pub(super) const THREAD_COMMENT_ITEMS: usize = 3;
/// Nodes of a comment section scanned for its comment-named items (a
/// comment of a social thread is some 60 nodes: its poster's link, vote
/// controls, its text).
pub(super) const THREAD_COMMENT_SCAN: usize = 1024;

/// Whether the comment-named section `id` holds a thread of comments: at
/// least [`THREAD_COMMENT_ITEMS`] comment-named elements among its first
/// [`THREAD_COMMENT_SCAN`] nodes, and text that is not mostly links.
pub(super) fn is_thread_of_comments(dom: &Dom, below: &Below, id: NodeId) -> bool {
    !below.is_linky(id)
        && dom
            .walk(id + 1..dom.end(id))
            .take(THREAD_COMMENT_SCAN)
            .filter(|&n| {
                dom.element(n)
                    .is_some_and(|e| classify(e).hint == Some(Boilerplate::Comments))
            })
            .nth(THREAD_COMMENT_ITEMS - 1)
            .is_some()
}

/// Comment threads found by structure: a list whose items (three or more,
/// at least half of them) each carry a reply control ("Reply", "Antworten",
/// "回复"), raised to the ancestor that adds no more than a heading and some
/// rules around it. Catches threads whose markup names nothing.
pub(super) fn comment_threads(dom: &Dom, below: &Below, protect: &[NodeId]) -> PerNode<bool> {
    let n = dom.len();
    let text_len = &below.text_len;
    let mut thread = PerNode::<bool>::new(n);
    for id in 0..n {
        if !below.holds(id, HOLDS_REPLY) || dom.element(id).is_none() {
            continue;
        }
        let (mut items, mut replying) = (0usize, 0usize);
        for c in dom.children(id).filter(|&c| dom.element(c).is_some()) {
            items += 1;
            replying += usize::from(below.holds(c, HOLDS_REPLY));
        }
        if replying < THREAD_MIN_ITEMS || replying * 2 < items {
            continue;
        }
        let mut top = id;
        for a in dom.ancestors(id).take(THREAD_FRAME_LEVELS) {
            let beside = text_len.at(a).saturating_sub(text_len.at(top));
            if beside > THREAD_FRAME_TEXT || !is_body_level(dom, a) {
                break;
            }
            top = a;
        }
        if !protect.iter().any(|&p| dom.contains(top, p)) {
            if let Some(t) = thread.slot(top) {
                *t = true;
            }
        }
    }
    thread
}

/// Longest byline (bytes) inside a post kept on a thread as the post's
/// attribution: a name, a date and a post number (wcxb-dev half A threads:
/// 30 to 60; a user card with its counters and titles runs longer).
pub(super) const POST_ATTRIBUTION_BYTES: usize = 120;

/// Most words (of letters) beside the date in a post's attribution line: a
/// name and its display form ("raoul (raoul) May 3, 2024, 8:45am
/// 1"); a user card's counters and badges run longer ("asked Mar 3, 2024
/// at 9:12 fenna_bakes 1,204 3 silver badges 11 bronze badges").
pub(super) const POST_ATTRIBUTION_WORDS: usize = 4;

/// A post's short line with a date, inside one post of a thread: the
/// post's attribution line ("raoul May 3, 2024, 8:45am", a `<header>`'s
/// "Dec 30, 2023 #1"), which a thread's body keeps.
pub(super) fn is_post_attribution(dom: &Dom, id: NodeId, text_len: usize) -> bool {
    text_len <= POST_ATTRIBUTION_BYTES
        && crate::thread::post_of(dom, id).is_some()
        && is_attribution(&dom.text_of(id))
}

/// Nodes of a poster's card searched for the name at its head (an avatar
/// and a heading around the name link: wcxb-dev threads 6 to 12).
pub(super) const CARD_NAME_SCAN: usize = 48;

/// Most words of a poster's name (as select's poster-name line).
pub(super) const POSTER_NAME_WORDS: usize = 3;

/// Most bytes of a poster's name (wcxb-dev half A threads' names: 3 to
/// 18; a longer link is a title or a notice's phrase).
pub(super) const POSTER_NAME_BYTES: usize = 40;

/// The link naming the poster at the head of the card `id` in `post`,
/// when no words of the post come before the card: the first words of
/// the card, all inside one `<a>` (an avatar's link, with no
/// text, may come before it), a name's length with no digit of a date.
pub(super) fn poster_name_link(
    dom: &Dom,
    id: NodeId,
    post: NodeId,
    text_len: &PerNode<usize>,
) -> Option<NodeId> {
    // The card heads its post: no words of the post come before it (a
    // post whose header named the poster already needs no second name).
    let before = (post + 1..id).take(CARD_NAME_SCAN + 1);
    if before.len() > CARD_NAME_SCAN
        || (post + 1..id).any(|n| dom.text(n).is_some_and(|t| !t.trim().is_empty()))
    {
        return None;
    }
    let mut link: Option<NodeId> = None;
    for n in dom.subtree(id).take(CARD_NAME_SCAN) {
        if let Some(e) = dom.element(n) {
            if e.name == local_name!("a") && link.is_none_or(|l| !dom.contains(l, n)) {
                link = Some(n);
            }
            continue;
        }
        let Some(t) = dom.text(n) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        // The card's first words: the name link's, or none is the name.
        let l = link.filter(|&l| dom.contains(l, n))?;
        // The name is its line's whole text (a link in a notice's
        // sentence is none).
        let alone = dom
            .ancestors(l)
            .take_while(|&a| a != id)
            .all(|a| text_len.at(a) == text_len.at(l));
        let text = dom.text_of(l);
        let text = text.trim();
        return (alone
            && text.len() <= POSTER_NAME_BYTES
            && text.split_whitespace().count() <= POSTER_NAME_WORDS
            && crate::meta::date::mention(text).is_none())
        .then_some(l);
    }
    None
}

/// A post's attribution: a date and at most [`POST_ATTRIBUTION_WORDS`]
/// words beside it.
pub(super) fn is_attribution(text: &str) -> bool {
    crate::meta::date::mention(text).is_some_and(|(start, end)| {
        // Words of letters only: a time ("8:45am") or a number is none.
        let words = |s: &str| {
            s.split_whitespace()
                .filter(|w| {
                    w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit())
                })
                .count()
        };
        words(text.get(..start).unwrap_or("")) + words(text.get(end..).unwrap_or(""))
            <= POST_ATTRIBUTION_WORDS
    })
}

/// Fewest comment lists of one tag and class that decide together whether
/// they are remarks on posts ([`remarks_by_peers`]).
pub(super) const REMARK_PEERS: usize = 3;

/// On a thread, which comment-named elements are remarks on a post (a
/// question-and-answer site's comments under an answer), their kind
/// deciding: every candidate [`crate::thread::remarks_by_weight`] weighs
/// is set beside the others of its tag and class, and when
/// [`REMARK_PEERS`] or more are weighed their majority rules them all. A
/// forum's post content boxes, marked as comments, outweigh the post's
/// header beside them but for a one-line reply; the comments under a
/// short answer outweigh it, as no other answer's do. A tie, an element
/// without a class, or fewer peers: its own weighing.
pub(super) fn remarks_by_peers(dom: &Dom, text_len: &PerNode<usize>) -> PerNode<bool> {
    let n = dom.len();
    let mut verdict = PerNode::<bool>::new(n);
    let mut weighed: Vec<(NodeId, bool)> = Vec::new();
    let mut tally: crate::hash::FastMap<(&html5ever::LocalName, &str), (usize, usize)> =
        Default::default();
    for id in 0..n {
        let Some(e) = dom.element(id) else {
            continue;
        };
        if classify(e).hint != Some(Boilerplate::Comments) {
            continue;
        }
        let Some(remarks) = crate::thread::remarks_by_weight(dom, id, text_len) else {
            continue;
        };
        weighed.push((id, remarks));
        if let Some(c) = e
            .attr(&local_name!("class"))
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            let t = tally.entry((&e.name, c)).or_insert((0, 0));
            t.0 += usize::from(remarks);
            t.1 += 1;
        }
    }
    for (id, own) in weighed {
        let peers = dom.element(id).and_then(|e| {
            let c = e.attr(&local_name!("class")).map(str::trim)?;
            tally.get(&(&e.name, c)).copied()
        });
        let remarks = match peers {
            Some((r, t)) if t >= REMARK_PEERS && r * 2 != t => r * 2 > t,
            _ => own,
        };
        if let Some(slot) = verdict.slot(id) {
            *slot = remarks;
        }
    }
    verdict
}

/// Quote boxes per page weighed by [`is_unique_quote_box`]: each searches
/// the page's text once, so the cap keeps the work linear.
pub(super) const QUOTE_BOXES_MAX: usize = 32;

/// Characters of a quote's opening looked for elsewhere on the page.
pub(super) const QUOTE_KEY_CHARS: usize = 40;

/// The page's text, its whitespace runs one space each.
pub(super) fn flat_text(dom: &Dom) -> String {
    let mut out = String::new();
    for n in 0..dom.len() {
        if let Some(t) = dom.text(n) {
            for w in t.split_whitespace() {
                out.push_str(w);
                out.push(' ');
            }
        }
    }
    out
}

/// On a thread, an `<aside>` inside a post with a `<blockquote>` among its
/// children (a quote box: the quoted post's title or poster, its words)
/// whose quoted words open nowhere else on the page: a quote of a post on
/// another page (another topic, an earlier page of the thread), which the
/// post's own words answer. A quote of a post on the page says it again.
pub(super) fn is_unique_quote_box(dom: &Dom, id: NodeId, page: &str, weighed: &mut usize) -> bool {
    let Some(quote) = dom
        .children(id)
        .find(|&c| dom.html_name(c) == Some(&local_name!("blockquote")))
    else {
        return false;
    };
    if crate::thread::post_of(dom, id).is_none() || *weighed >= QUOTE_BOXES_MAX {
        return false;
    }
    *weighed += 1;
    let mut key = String::new();
    'words: for n in dom.subtree(quote) {
        for w in dom.text(n).into_iter().flat_map(str::split_whitespace) {
            key.push_str(w);
            key.push(' ');
            if key.chars().count() >= QUOTE_KEY_CHARS {
                break 'words;
            }
        }
    }
    let key = key.trim_end();
    !key.is_empty() && page.matches(key).nth(1).is_none()
}
