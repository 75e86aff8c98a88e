//! Stage 4: score the containers that hold text, readability-style.
//!
//! Every block of running text (25 characters or more) earns a score from its
//! length and commas; the score goes to the block's container and, halved and
//! then divided further, to a few of its ancestors. A container's own tag and
//! class/id words start it off, and its final score is scaled down by the
//! share of its text inside links. Pure: reads blocks and the DOM, writes
//! nothing back.

use html5ever::local_name;

use crate::dom::{Dom, NodeId, PerNode};
use crate::limits::SCORE_ANCESTOR_LEVELS;
use crate::prune::Pruned;
use crate::segment::{Block, Kind};

/// Scores of the containers of one page.
pub(crate) struct Scores {
    /// Final score per node (0 for nodes that hold no scored text).
    pub(crate) score: PerNode<f32>,
    /// Characters of block text under each node.
    pub(crate) chars: PerNode<u32>,
    /// Characters of link text under each node.
    pub(crate) link_chars: PerNode<u32>,
    /// The best container, if any block was scored.
    pub(crate) best: Option<NodeId>,
}

impl Scores {
    /// Score of `id`.
    pub(crate) fn of(&self, id: NodeId) -> f32 {
        self.score.at(id)
    }

    /// Share of the block text under `id` that is link text.
    pub(crate) fn link_density(&self, id: NodeId) -> f32 {
        let (c, l) = (self.chars.at(id), self.link_chars.at(id));
        if c == 0 {
            0.0
        } else {
            l as f32 / c as f32
        }
    }
}

/// Shortest block (characters) that earns a score.
const MIN_SCORED_CHARS: usize = 25;

/// Multiplier for containers marked as the article body by the page itself.
const MARKED_BODY_BONUS: f32 = 1.5;

/// Scores the containers of `blocks`.
///
/// Text past the parse depth limit (`max_depth`) was flattened into one
/// element, however many blocks it held: one such block can outweigh the
/// whole article by its length and commas, and where it sits says nothing
/// about the page's structure. It votes only when no other text does.
pub(crate) fn score(
    dom: &Dom,
    pruned: &Pruned,
    blocks: &[Block],
    body_marks: &[NodeId],
    max_depth: usize,
) -> Scores {
    let n = dom.len();
    let votes = |b: &Block| b.chars >= MIN_SCORED_CHARS && !matches!(b.kind, Kind::Heading(_));
    let flattened = |b: &Block| b.depth as usize > max_depth;
    let shallow_votes = blocks.iter().any(|b| votes(b) && !flattened(b));
    let mut raw = PerNode::<f32>::new(n);
    let mut touched = PerNode::<bool>::new(n);
    let mut chars = PerNode::<u32>::new(n);
    let mut link_chars = PerNode::<u32>::new(n);

    for b in blocks {
        if let Some(c) = chars.slot(b.owner) {
            *c = c.saturating_add(b.chars as u32);
        }
        if let Some(c) = link_chars.slot(b.owner) {
            *c = c.saturating_add(b.link_chars as u32);
        }
        if !votes(b) || (shallow_votes && flattened(b)) {
            continue;
        }
        let s = content_score(b);
        let mut node = Some(b.container);
        for level in 0..SCORE_ANCESTOR_LEVELS {
            let Some(id) = node else { break };
            if dom.html_name(id).is_none() {
                break;
            }
            if let Some(t) = touched.slot(id) {
                if !*t {
                    *t = true;
                    if let Some(r) = raw.slot(id) {
                        *r += initial_score(dom, pruned, id);
                    }
                }
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if let Some(r) = raw.slot(id) {
                *r += s / divider;
            }
            node = dom.parent(id);
        }
    }

    // Subtree sums of block text, in one reverse pass (children follow parents).
    for id in (1..n).rev() {
        if let Some(p) = dom.parent(id) {
            let (c, l) = (chars.at(id), link_chars.at(id));
            if let Some(v) = chars.slot(p) {
                *v = v.saturating_add(c);
            }
            if let Some(v) = link_chars.slot(p) {
                *v = v.saturating_add(l);
            }
        }
    }

    let mut scores = Scores {
        score: raw,
        chars,
        link_chars,
        best: None,
    };
    let mut best: Option<(f32, NodeId)> = None;
    for id in 0..n {
        if !touched.at(id) {
            continue;
        }
        let mut s = scores.of(id) * (1.0 - scores.link_density(id));
        if body_marks.contains(&id) {
            s *= MARKED_BODY_BONUS;
        }
        if let Some(v) = scores.score.slot(id) {
            *v = s;
        }
        if best.is_none_or(|(b, _)| s > b) {
            best = Some((s, id));
        }
    }
    scores.best = best.map(|(_, id)| promote(dom, &scores, id));
    scores
}

/// Readability's rule: when several near-best containers share an ancestor,
/// the article is split across them and the ancestor is the real container.
fn promote(dom: &Dom, scores: &Scores, top: NodeId) -> NodeId {
    let top_score = scores.of(top);
    if top_score <= 0.0 {
        return top;
    }
    let mut alternatives: Vec<(f32, NodeId)> = scores
        .score
        .iter()
        .enumerate()
        .filter(|&(id, &s)| {
            id != top && s >= 0.75 * top_score && !dom.contains(id, top) && !dom.contains(top, id)
        })
        .map(|(id, &s)| (s, id))
        .collect();
    alternatives.sort_by(|a, b| b.0.total_cmp(&a.0));
    alternatives.truncate(5);
    if alternatives.len() < 3 {
        return top;
    }
    for ancestor in dom.ancestors(top) {
        if dom.html_name(ancestor) == Some(&local_name!("body")) {
            break;
        }
        let shared = alternatives
            .iter()
            .filter(|&&(_, id)| dom.contains(ancestor, id))
            .count();
        if shared >= 3 {
            return ancestor;
        }
    }
    top
}

/// A block's contribution: one point, one per comma, one per 100 characters
/// (at most three).
fn content_score(b: &Block) -> f32 {
    let commas = b
        .text
        .chars()
        .filter(|c| matches!(c, ',' | '，' | '、' | '،' | '﹐' | '﹑'))
        .count();
    1.0 + commas as f32 + (b.chars / 100).min(3) as f32
}

/// A container's starting score from its tag and class/id words.
fn initial_score(dom: &Dom, pruned: &Pruned, id: NodeId) -> f32 {
    let Some(e) = dom.element(id) else { return 0.0 };
    let tag = match e.name {
        local_name!("div") | local_name!("article") | local_name!("main") => 5.0,
        local_name!("section") => 3.0,
        local_name!("pre") | local_name!("td") | local_name!("blockquote") => 3.0,
        local_name!("address")
        | local_name!("ol")
        | local_name!("ul")
        | local_name!("dl")
        | local_name!("dd")
        | local_name!("dt")
        | local_name!("li")
        | local_name!("form") => -3.0,
        local_name!("h1")
        | local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
        | local_name!("th") => -5.0,
        _ => 0.0,
    };
    tag + pruned.class(id).weight
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The best container's depth for `html` parsed with a depth limit of 8.
    fn best_depth(html: &str) -> Option<u32> {
        let options = crate::Options::new().max_depth(8);
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&options));
        let pruned = crate::prune::prune(&dom, &[], crate::PageType::Article, false, true);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        score(&dom, &pruned, &blocks, &[], 8)
            .best
            .map(|b| dom.depth(b))
    }

    #[test]
    fn flattened_text_votes_only_when_nothing_else_does() {
        let article =
            "<p>The council met on Tuesday to debate the budget, at length.</p>".repeat(3);
        let tail = "<div><span>More words, and commas, and more, sentence. ".repeat(40);
        // The tail, flattened past depth 8, outweighs the article by its
        // commas, but only the article votes.
        assert!(best_depth(&format!("<body>{article}{tail}")).unwrap() < 8);
        // Alone, the tail still finds its container.
        assert!(best_depth(&format!("<body>{tail}")).is_some());
    }

    /// A page's DOM, pruned as an article, its blocks and its scores.
    fn scored(html: &str, marks: &[&str]) -> (Dom, Pruned, Vec<Block>, Scores) {
        let options = crate::Options::default();
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&options));
        let pruned = crate::prune::prune(&dom, &[], crate::PageType::Article, false, true);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let marks: Vec<NodeId> = marks.iter().filter_map(|id| by_id(&dom, id)).collect();
        let scores = score(&dom, &pruned, &blocks, &marks, options.max_depth);
        (dom, pruned, blocks, scores)
    }

    /// The element whose id is `id`.
    fn by_id(dom: &Dom, id: &str) -> Option<NodeId> {
        (0..dom.len()).find(|&n| {
            dom.element(n)
                .and_then(|e| e.attr(&local_name!("id")))
                .is_some_and(|v| v == id)
        })
    }

    /// Scores of the elements with ids `ids`, 0 for a missing one.
    fn scores_of(dom: &Dom, scores: &Scores, ids: &[&str]) -> Vec<f32> {
        ids.iter()
            .map(|id| by_id(dom, id).map_or(f32::NAN, |n| scores.of(n)))
            .collect()
    }

    fn close(a: &[f32], b: &[f32]) -> bool {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-4)
    }

    /// A sentence of 50 characters with two commas: it scores 3.
    const SENTENCE: &str = "The council met on Tuesday, at length, to debate the budget.";

    #[test]
    fn a_block_scores_its_container_and_decays_to_a_few_ancestors() {
        // Eight nested divs: the text's container is d7, its parent's.
        let open: String = (0..8).map(|i| format!("<div id='d{i}'>")).collect();
        let html = format!(
            "<body id='b'>{open}<p>{SENTENCE}</p>{}</body>",
            "</div>".repeat(8)
        );
        let (dom, _, blocks, scores) = scored(&html, &[]);
        let s = blocks.first().map_or(0.0, content_score);
        assert!((s - 3.0).abs() < 1e-4, "{s}");
        // A div starts at 5; the score is divided by 1, 2, then 3 × level,
        // for SCORE_ANCESTOR_LEVELS levels; nothing above.
        let want = [
            5.0 + s,
            5.0 + s / 2.0,
            5.0 + s / 6.0,
            5.0 + s / 9.0,
            5.0 + s / 12.0,
            5.0 + s / 15.0,
            0.0,
            0.0,
            0.0,
        ];
        let got = scores_of(
            &dom,
            &scores,
            &["d7", "d6", "d5", "d4", "d3", "d2", "d1", "d0", "b"],
        );
        assert!(close(&got, &want), "{got:?}");
        assert_eq!(scores.best, by_id(&dom, "d7"));
    }

    #[test]
    fn the_score_grows_with_commas_and_length() {
        // One point, one per comma (in several scripts), one per 100
        // characters up to three.
        for (text, want) in [
            ("No comma in this sentence at all, well one.", 2.0),
            ("Commas of other scripts: a、b，c،d and so on.", 4.0),
            (&*"Word ".repeat(100), 4.0),
            (&*"Word ".repeat(1000), 4.0),
        ] {
            let (_, _, blocks, _) = scored(&format!("<body><div><p>{text}</p></div></body>"), &[]);
            let got = blocks.first().map(content_score);
            assert_eq!(got, Some(want), "{text}");
        }
    }

    #[test]
    fn headings_and_short_blocks_earn_no_score() {
        for html in [
            "<body><div><h2>A heading of more than twenty-five characters</h2></div></body>",
            "<body><div><p>Under 25 characters.</p></div></body>",
        ] {
            let (_, _, blocks, scores) = scored(html, &[]);
            assert!(!blocks.is_empty(), "{html}");
            assert_eq!(scores.best, None, "{html}");
            assert!(scores.score.iter().all(|&s| s == 0.0), "{html}");
        }
    }

    #[test]
    fn a_link_dense_container_is_scaled_down_by_its_link_share() {
        let html = format!(
            "<body><div id='half'><p>{SENTENCE} <a href='/x'>{SENTENCE}</a></p></div>\
             <div id='all'><p><a href='/y'>{SENTENCE}</a></p></div></body>"
        );
        let (dom, _, blocks, scores) = scored(&html, &[]);
        let s: Vec<f32> = blocks.iter().map(content_score).collect();
        let want = [(5.0 + s.first().copied().unwrap_or(0.0)) * 0.5, 0.0];
        let got = scores_of(&dom, &scores, &["half", "all"]);
        assert!(close(&got, &want), "{got:?}");
        // Block and link characters add up to every ancestor.
        let body = dom.find(&local_name!("body")).unwrap_or(0);
        assert_eq!(
            (scores.chars.at(body), scores.link_chars.at(body)),
            (150, 100)
        );
        assert_eq!(scores.best, by_id(&dom, "half"));
    }

    #[test]
    fn a_container_starts_from_its_tag_and_class_words() {
        let long = format!("{SENTENCE} ").repeat(40);
        let html = format!(
            "<body><div id='plain'><p>{SENTENCE}</p></div>\
             <section id='section'><p>{SENTENCE}</p></section>\
             <div><blockquote id='bq'><p>{SENTENCE}</p></blockquote></div>\
             <div id='good' class='entry-content'><p>{SENTENCE}</p></div>\
             <div id='bad' class='sidebar'><p>{long}</p></div></body>"
        );
        let (dom, pruned, blocks, scores) = scored(&html, &[]);
        let s: Vec<f32> = blocks.iter().map(content_score).collect();
        let weight = |id: &str| by_id(&dom, id).map_or(f32::NAN, |n| pruned.class(n).weight);
        // A content word raises the start, a boilerplate word lowers it
        // (the sidebar full of prose is not cut, only weighed down).
        assert!(weight("good") > 0.0 && weight("bad") < 0.0 && weight("plain") == 0.0);
        let s0 = s.first().copied().unwrap_or(f32::NAN);
        let s_long = s.last().copied().unwrap_or(f32::NAN);
        let want = [
            5.0 + s0,
            3.0 + s0,
            3.0 + s0,
            5.0 + weight("good") + s0,
            5.0 + weight("bad") + s_long,
        ];
        let got = scores_of(&dom, &scores, &["plain", "section", "bq", "good", "bad"]);
        assert!(close(&got, &want), "{got:?} {want:?}");
    }

    #[test]
    fn a_container_the_page_marks_as_the_body_gets_a_bonus() {
        let html = format!(
            "<body><div id='a'><p>{SENTENCE}</p></div><div id='b'><p>{SENTENCE}</p></div></body>"
        );
        let (dom, _, _, scores) = scored(&html, &["b"]);
        let got = scores_of(&dom, &scores, &["a", "b"]);
        assert!(close(&got, &[8.0, 8.0 * MARKED_BODY_BONUS]), "{got:?}");
        assert_eq!(scores.best, by_id(&dom, "b"));
    }

    #[test]
    fn three_near_best_containers_promote_their_shared_ancestor() {
        let part =
            |i: usize| format!("<div id='m{i}'><div id='c{i}'><p>{SENTENCE}</p></div></div>");
        let page = |n: usize| {
            let parts: String = (0..n).map(part).collect();
            format!("<body><div id='outer'>{parts}</div></body>")
        };
        // Three parts: the best part and the near-best others share `outer`.
        let (dom, _, _, scores) = scored(&page(3), &[]);
        assert_eq!(scores.best, by_id(&dom, "outer"));
        // Two are too few: the best part stays.
        let (dom, _, _, scores) = scored(&page(2), &[]);
        assert_eq!(scores.best, by_id(&dom, "c0"));
    }
}
