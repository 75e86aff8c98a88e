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
        let pruned = crate::prune::prune(&dom, &[], crate::PageType::Article, false);
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
}
