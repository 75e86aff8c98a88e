//! Where the main content is: the best-scored container widened to the
//! siblings and ancestors that hold more of the same text (split sections,
//! a thread's sibling posts), and the teasers cut from its front.

use super::*;

/// Siblings whose score reaches this share of the best container's join it.
pub(super) const SIBLING_SHARE: f32 = 0.2;
/// ... and never below this absolute score.
pub(super) const SIBLING_MIN_SCORE: f32 = 10.0;

/// Most link text of a sibling post that joins a thread's region.
pub(super) const SIBLING_POST_MAX_LINK_DENSITY: f32 = 0.3;

/// On a thread, the siblings of the region's roots that are posts (or hold
/// one among their first nodes) join it: a question beside the container of
/// its answers, the first post above the container of the replies. A region
/// that is one post's text, or one post, alone (a post whose long log or
/// code block outscores the others) first grows to the post around it that
/// stands among sibling posts: the thread is all of them.
pub(super) fn sibling_posts(dom: &Dom, scores: &Scores, roots: &mut Vec<NodeId>) {
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
    if let Some(first) = first_post_above(dom, scores, parent, roots) {
        roots.push(first);
    }
}

/// Levels above the region's parent whose earlier siblings are looked at
/// for a thread's first post (wcxb-dev half A: the opening post two levels
/// above the replies' list, beside the block that wraps it; forum A 0.7895
/// -> 0.7903, one page up, none down on either half).
pub(super) const FIRST_POST_LEVELS: usize = 3;
/// Earlier siblings looked at per level for the first post (wcxb-dev half
/// A: six small elements -- a hidden copy, a title bar, sort links --
/// stand between the opening post and the replies' block; 4 missed it).
pub(super) const FIRST_POST_SIBLINGS: usize = 16;

/// Fewest characters of text of a first post above the replies that
/// carries no date: a thread's status box before the replies ("Status: Not
/// open for further replies.", 31 characters; "Status: The first post of
/// this thread is a WikiPost...", 114), marked as a message, is no post
/// (wcxb-dev: the three pages where a first post joined, half A 4317's
/// post with its date kept, A 0524 and B 0513's status boxes left out).
pub(super) const FIRST_POST_MIN_CHARS: u32 = 200;

/// A thread's first post set apart from its replies: the region is the
/// container of the replies (its roots hold posts), and a post stands
/// before it as an earlier sibling of one of the region's nearest
/// ancestors, the opening post that forum software renders above the
/// replies' list in a box of its own. The nearest such post, with text and
/// little link text, and a date (the post's timestamp) or
/// [`FIRST_POST_MIN_CHARS`] of text, joins the region: a status notice
/// marked as a message has neither. Linear: at most
/// [`FIRST_POST_LEVELS`] x [`FIRST_POST_SIBLINGS`] elements are read, each
/// to its first nodes ([`thread::holds_post`]), after a walk over the
/// children of [`FIRST_POST_LEVELS`] ancestors.
fn first_post_above(
    dom: &Dom,
    scores: &Scores,
    parent: NodeId,
    roots: &[NodeId],
) -> Option<NodeId> {
    if !roots.iter().any(|&r| thread::holds_post(dom, r)) {
        return None;
    }
    std::iter::once(parent)
        .chain(dom.ancestors(parent))
        .take(FIRST_POST_LEVELS)
        .find_map(|level| {
            let up = dom.parent(level)?;
            let mut earlier: Vec<NodeId> = dom
                .children(up)
                .take_while(|&c| c != level)
                .filter(|&c| dom.element(c).is_some())
                .collect();
            let from = earlier.len().saturating_sub(FIRST_POST_SIBLINGS);
            earlier.drain(..from);
            earlier.into_iter().rev().find(|&s| {
                thread::holds_post(dom, s)
                    && scores.chars.at(s) > 0
                    && scores.link_density(s) < SIBLING_POST_MAX_LINK_DENSITY
                    && (scores.chars.at(s) >= FIRST_POST_MIN_CHARS || has_date(&dom.text_of(s)))
            })
        })
}

/// The element marked as a post around `root` (itself included, within
/// [`thread::POST_OF_LEVELS`]) nearest to it that has a sibling holding a
/// post: one post of a thread whose region is that post's text alone.
/// Linear: at most [`POST_CLIMB_POSTS`] posts' siblings are read, each to
/// its first nodes ([`thread::holds_post`]).
pub(super) fn post_among_posts(dom: &Dom, root: NodeId) -> Option<NodeId> {
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
pub(super) const POST_CLIMB_POSTS: usize = 3;

/// Ancestor levels looked at for more of the same article.
pub(super) const EXPAND_LEVELS: usize = 3;
/// A container elsewhere under an ancestor, styled like the best one, that
/// scores this share of it with little link text, is more of the same
/// article (a body split by an ad slot or a player).
pub(super) const EXPAND_SHARE: f32 = 0.3;
/// ... "little link text" for a container styled like the best one.
pub(super) const EXPAND_MAX_LINK_DENSITY: f32 = 0.3;
/// A container of any style that scores this share of the best one...
pub(super) const EXPAND_STRONG_SHARE: f32 = 0.5;
/// ... with nearly no link text, is more of the same article too.
pub(super) const EXPAND_STRONG_MAX_LINK_DENSITY: f32 = 0.1;
/// A sibling styled like the best container gains this share of its score
/// (readability's class bonus).
pub(super) const SIBLING_CLASS_BONUS: f32 = 0.2;
/// A sibling with more text than this (characters)...
pub(super) const SIBLING_PROSE_CHARS: usize = 80;
/// ... and less link text than this, that scores or reads as a paragraph,
/// joins the region (readability's paragraph siblings).
pub(super) const SIBLING_PROSE_LINK_DENSITY: f32 = 0.25;

/// The best container, raised to the ancestor that holds the rest of a split
/// article, plus its article-like siblings.
pub(super) fn region(dom: &Dom, scores: &Scores, best: NodeId) -> Vec<NodeId> {
    let top = scores.of(best);
    let first = best;
    let mut best = best;
    let mut path = first;
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
        // ... or styled like the box on the way up that holds the best
        // one (a page builder's text blocks, `<div class="wysiwyg block">`
        // each: the intro's paragraphs in one, a heading and a list of
        // definitions that scores best in the next), among the ancestor's
        // children: wcxb-dev half A +0.092 page-units (4649, typed
        // article, 0.865 -> 0.957), nothing else on either half moves;
        // news unchanged (F1 0.9791).
        let path_class = class_of(dom, path);
        let more = (ancestor + 1..dom.end(ancestor)).any(|c| {
            if dom.contains(best, c) || dom.contains(c, best) {
                return false;
            }
            let (s, ld) = (scores.of(c), scores.link_density(c));
            let same_class = (first_class.is_some() && class_of(dom, c) == first_class)
                || (path_class.is_some()
                    && dom.parent(c) == Some(ancestor)
                    && class_of(dom, c) == path_class);
            (same_class && s >= EXPAND_SHARE * top && ld < EXPAND_MAX_LINK_DENSITY)
                || (s >= EXPAND_STRONG_SHARE * top && ld < EXPAND_STRONG_MAX_LINK_DENSITY)
        });
        if more || among_sections(dom, scores, ancestor) {
            best = ancestor;
        }
        path = ancestor;
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
pub(super) const GOOD_MIN_CHARS: usize = 25;
/// Most link text a good block may hold.
pub(super) const GOOD_MAX_LINK_DENSITY: f32 = 0.3;
/// Share of the page's good text the region must hold; short of it the
/// region widens to the nearest ancestor that does. Pages made of many
/// sections or entries (service pages, threads, listings) spread their
/// text over containers no single one of which wins by much (wcxb-dev
/// half A: 0.5 to 0.9 score alike, 0.6 the best).
pub(super) const REGION_COVER: f32 = 0.6;
/// The same share on a service page: its body is every section in order
/// (hero, features, testimonials, pricing, FAQ), so a container holding
/// two thirds of the good text is still one section short. wcxb-dev half A:
/// 0.7 to 0.8 gained 3 pages (0.73 to 0.92, 0.81 to 0.93), none worse, and
/// 0.75 and up widened an article typed service into its rail; from 0.9
/// stray boxes joined and half B lost; half B at 0.7: one page 0.67 to 0.88,
/// none worse.
pub(super) const SERVICE_REGION_COVER: f32 = 0.7;
/// The same for a product page: its description, specifications and
/// course or package outline sit in sibling boxes, and a lead paragraph
/// often sits above the one that wins. wcxb-dev: at 0.7 half A product
/// 0.687 -> 0.688 (a course page's lead 0.55 -> 0.60), half B 0.716 ->
/// 0.717 (one page 0.44 -> 0.50), no page worse; at 0.8 half B gained
/// more (0.719) but half A lost (0.684: buy boxes widened into rails).
pub(super) const PRODUCT_REGION_COVER: f32 = 0.7;
/// Most share of the product's box ([`product_box`]) the region may hold
/// for the box to replace it: a box that adds only a line or two beside the
/// region adds the buy box's price and option labels, not text about the
/// product. wcxb-dev half A, product pages whose region leaves out the
/// name: without the bound 2 up, 3 down (sum +0.015); the three that add
/// under a tenth (regions of 94 to 96 % of the box: a description beside a
/// price line, specifications beside a price) went 2 down, 1 up, and any
/// share from 0.79 to 0.94 leaves 1 up (0.19 -> 0.26), 1 down (0.88 ->
/// 0.85).
pub(super) const PRODUCT_BOX_REGION_SHARE: f32 = 0.9;
/// Good text (characters) that makes the region of a one-text page
/// (article, documentation) strong enough never to widen: widening past it
/// pulled teaser rails into news pages of the article benchmark, while
/// below it wcxb-dev articles split into sections gained their other
/// sections.
pub(super) const SINGLE_TEXT_STRONG: usize = 1_000;
/// ... provided it also holds this share of the page's good text: a body
/// split into sibling sections is not one strong container (wcxb-dev half A:
/// articles and docs gained their other sections at 0.3 to 0.5 alike).
pub(super) const SINGLE_TEXT_STRONG_SHARE: f32 = 0.4;
/// Good text before a one-text region, as a share of the region's, past
/// which the region is no strong body but a box at the page's end (an FAQ
/// under a service page's sections). wcxb-dev half A: +2 pages at 1.0 to
/// 0.25 alike, none worse; the news set gains one page at 0.5.
pub(super) const BEFORE_SHARE: f32 = 0.5;
/// A heading mostly inside a link is another page's title...
pub(super) const TEASER_TITLE_LINK_DENSITY: f32 = 0.5;
/// ... and, where one text's region was widened, it and what follows it up
/// to the next heading are a teaser when that is shorter than this
/// (characters); a listicle's linked section titles head longer text.
pub(super) const SECTION_TEXT: usize = 700;

/// Teaser entries outside the best region: a linked heading and what
/// follows it up to the next heading, when that is short (another story's
/// title and summary in a rail beside one text).
pub(super) fn teasers(dom: &Dom, blocks: &[Block], narrow: &[NodeId]) -> Vec<bool> {
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

/// Fewest linked entry titles (blocks of [`ENTRY_TITLE_CHARS`] or more,
/// mostly link text) that make an undated page a hub of entries...
pub(super) const HUB_TITLES: usize = 20;
/// ... when their text is at least this share of the page's unlinked good
/// text (its summaries and any prose).
pub(super) const HUB_TITLE_SHARE: f32 = 0.5;
/// Share of a hub's good text, its linked titles counted, the region must
/// hold: all its entries, not the densest block of them (wcxb-dev half A:
/// a news hub's video carousel held 0.64 of it and won over 65 story
/// promos; 0.7, 0.8 and 0.9 score alike). A listing whose titles make a
/// river ([`title_river`]) is held to it too, dated or not (wcxb-dev half
/// A: the same hub typed listing 0.76 -> 0.89 and another 0.84 -> 0.85;
/// half B: a service page typed listing 0.81 -> 0.95; no page worse).
pub(super) const HUB_REGION_COVER: f32 = 0.8;

/// Whether the page's linked entry titles are many and hold much of its
/// text: a hub's river of story promos, each a linked title over a short
/// summary, read as one text. Linear.
pub(super) fn title_river(blocks: &[Block]) -> bool {
    let (mut titles, mut title_chars, mut good) = (0usize, 0usize, 0usize);
    for b in blocks {
        if b.chars >= ENTRY_TITLE_CHARS && b.link_density() > TEASER_TITLE_LINK_DENSITY {
            titles += 1;
            title_chars += b.chars;
        } else if b.chars >= GOOD_MIN_CHARS && b.link_density() <= GOOD_MAX_LINK_DENSITY {
            good += b.chars;
        }
    }
    titles >= HUB_TITLES && title_chars as f32 >= good as f32 * HUB_TITLE_SHARE
}

/// The region, widened to the best container's nearest ancestor holding
/// [`REGION_COVER`] of the page's good text when the region holds less
/// (and whether it was). `dated` says whether the page declares a
/// publication date; `hub` whether it is a hub of entries read as an
/// article ([`title_river`]), whose region must hold
/// [`HUB_REGION_COVER`] of the good text, its linked titles counted.
#[allow(clippy::too_many_arguments)]
pub(super) fn widen(
    dom: &Dom,
    blocks: &[Block],
    fields: &[bool],
    roots: Vec<NodeId>,
    best: NodeId,
    page_type: PageType,
    dated: bool,
    hub: bool,
) -> (Vec<NodeId>, bool) {
    let mut good = crate::dom::PerNode::<usize>::new(dom.len());
    let mut total = 0usize;
    // On a listing a linked entry (a card linked whole) is text a reader
    // came for too.
    let entries = hub || matches!(page_type, PageType::Listing | PageType::Collection);
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
    // A strong region settles one text: a story or a manual's page. An
    // article with no date is no story but a guide or a landing page typed
    // article, whose sections its region may leave out: it widens as the
    // pages of many sections do (wcxb-dev half A: a service page whose FAQ
    // won, 0.79 -> 0.98, a landing page's sections, 0.73 -> 0.97; half B:
    // two undated guides, 0.79 -> 0.99 and 0.97 -> 0.98; no page worse;
    // the news set, whose stories are dated or strong, unchanged).
    let one_text = match page_type {
        PageType::Article => dated,
        _ => page_type.is_single_text(),
    };
    let cover = match page_type {
        _ if hub => HUB_REGION_COVER,
        PageType::Service => SERVICE_REGION_COVER,
        PageType::Product => PRODUCT_REGION_COVER,
        _ => REGION_COVER,
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
    let strong = one_text
        && covered >= SINGLE_TEXT_STRONG
        && covered as f32 >= total as f32 * SINGLE_TEXT_STRONG_SHARE
        && !stray;
    // Off one-text pages a stray box is no region even when it holds most
    // of the good text (a service page's FAQ under short sections); on
    // news pages that widening took in teasers above the story (news set
    // -0.002).
    let stray_box = stray && !one_text;
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

/// On a product page whose region leaves out the product's name (the
/// headline `title`), the nearest ancestor of `best` holding the name and
/// every root: the product's box, whose name, buy box and description the
/// region was one part of (a price box beside the name, a description
/// under the gallery). None when the region holds the name, or holds
/// [`PRODUCT_BOX_REGION_SHARE`] of the box's text or more. Walks up from
/// `best` once (the tree's depth).
pub(super) fn product_box(
    dom: &Dom,
    scores: &Scores,
    best: NodeId,
    roots: &[NodeId],
    title: NodeId,
) -> Option<NodeId> {
    if roots.iter().any(|&r| dom.contains(r, title)) {
        return None;
    }
    let b = dom
        .ancestors(best)
        .find(|&a| dom.contains(a, title) && roots.iter().all(|&r| dom.contains(a, r)))?;
    let held: u32 = roots.iter().map(|&r| scores.chars.at(r)).sum();
    ((held as f32) < scores.chars.at(b) as f32 * PRODUCT_BOX_REGION_SHARE).then_some(b)
}

/// A container whose first child with text is a heading (empty anchors
/// before it skipped)...
pub(super) fn opens_with_heading(dom: &Dom, scores: &Scores, id: NodeId) -> bool {
    dom.children(id)
        .find(|&c| dom.element(c).is_some() && scores.chars.at(c) > 0)
        .and_then(|c| dom.html_name(c))
        .is_some_and(crate::html::is_heading)
}

/// ... beside a sibling of its tag and class that opens with a heading too
/// and reads as prose: one section of a text split into sections (a
/// manual's NAME, SYNOPSIS, OPTIONS, EXAMPLES), the rest of which is more
/// of the same text.
pub(super) fn among_sections(dom: &Dom, scores: &Scores, id: NodeId) -> bool {
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
pub(super) fn is_paragraph_like(dom: &Dom, id: NodeId) -> bool {
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
pub(super) fn same_flow(dom: &Dom, a: NodeId, b: NodeId) -> bool {
    a == b
        || dom.parent(a) == dom.parent(b)
        || class_of(dom, a).is_some_and(|c| class_of(dom, b) == Some(c))
}

/// The class attribute of `id`, when it has a non-blank one.
pub(super) fn class_of(dom: &Dom, id: NodeId) -> Option<&str> {
    dom.element(id)
        .and_then(|e| e.attr(&html5ever::local_name!("class")))
        .filter(|c| !c.trim().is_empty())
}

/// Class tokens compared between two elements (page builders' utility
/// classes run to a dozen or two).
pub(super) const CLASS_TOKENS: usize = 32;

/// Two class attributes alike: the same first token and at least half of
/// the tokens shared (a page builder's sections differ in a spacing
/// utility or two: the first one has no top padding).
pub(super) fn classes_alike(a: &str, b: &str) -> bool {
    let ta: Vec<&str> = a.split_ascii_whitespace().take(CLASS_TOKENS).collect();
    let tb: Vec<&str> = b.split_ascii_whitespace().take(CLASS_TOKENS).collect();
    if ta.first() != tb.first() {
        return false;
    }
    let shared = ta.iter().filter(|t| tb.contains(t)).count();
    shared * 2 >= ta.len().max(tb.len())
}

/// Ancestor levels of a one-text region looked at for the `<section>` it
/// is one of (page builders nest a section's text eight deep).
pub(super) const SECTION_LEVELS: usize = 10;

/// Text (characters) of a sibling section that is a part of the body: a
/// few sentences. wcxb-dev half A and B: the sections that joined below
/// it were a dek's highlights, a call to action and a date line (under 150
/// characters each), the parts of split bodies held 580 and more.
pub(super) const SECTION_PART_CHARS: usize = 200;

/// On an article, a region inside one `<section>` of several alike (class
/// alike, same parent) grows to those of them that read as prose: a body
/// split over sibling sections, each holding one part under its heading,
/// of which the best container holds one. The climb stops at the page's
/// `<article>`, `<main>` or `<body>`, and at sections that are the page's
/// own rows: sections outside the story's own element are not its text.
pub(super) fn sibling_sections(dom: &Dom, scores: &Scores, roots: &mut Vec<NodeId>) {
    let [root] = roots.as_slice() else {
        return;
    };
    for a in std::iter::once(*root)
        .chain(dom.ancestors(*root))
        .take(SECTION_LEVELS)
    {
        let Some(name) = dom.html_name(a) else {
            return;
        };
        if matches!(
            name,
            &html5ever::local_name!("article")
                | &html5ever::local_name!("main")
                | &html5ever::local_name!("body")
                | &html5ever::local_name!("html")
        ) {
            return;
        }
        if name != &html5ever::local_name!("section") {
            continue;
        }
        let (Some(parent), Some(class)) = (dom.parent(a), class_of(dom, a)) else {
            continue;
        };
        // Sections straight under the page's `<main>` or `<body>` are the
        // page's own blocks (a page builder's rows: the post, its author
        // box, more posts, a contact form), not parts of one text.
        if matches!(
            dom.html_name(parent),
            Some(&html5ever::local_name!("main") | &html5ever::local_name!("body"))
        ) {
            return;
        }
        let alike: Vec<NodeId> = dom
            .children(parent)
            .filter(|&s| {
                s == a
                    || (dom.html_name(s) == Some(name)
                        && class_of(dom, s).is_some_and(|c| classes_alike(c, class))
                        && scores.chars.at(s) as usize >= SECTION_PART_CHARS
                        && scores.link_density(s) < SIBLING_PROSE_LINK_DENSITY)
            })
            .collect();
        if alike.len() > 1 {
            *roots = alike;
            return;
        }
    }
}

/// Wrappers with no text of their own climbed above a one-root region for
/// the text blocks beside it (a page builder nests a block's text three
/// deep: block, content box, text box).
pub(super) const WRAPPER_LEVELS: usize = 4;

/// On an article, a one-root region that is all the text of a wrapper
/// (a page builder's text block) grows to the wrapper's siblings of its
/// tag and a class alike that read as prose of some length: a body split
/// over several text blocks of one column, a carousel or a call to action
/// block between them, which the sibling merge one level down never sees.
/// Text limits as [`sibling_sections`]: [`SECTION_PART_CHARS`] and
/// [`SIBLING_PROSE_LINK_DENSITY`].
pub(super) fn sibling_blocks(dom: &Dom, scores: &Scores, roots: &mut Vec<NodeId>) {
    let [root] = roots.as_slice() else {
        return;
    };
    let mut w = *root;
    let mut climbed = false;
    for _ in 0..WRAPPER_LEVELS {
        let Some(parent) = dom.parent(w) else {
            break;
        };
        if matches!(
            dom.html_name(parent),
            Some(
                &html5ever::local_name!("body")
                    | &html5ever::local_name!("html")
                    | &html5ever::local_name!("main")
                    | &html5ever::local_name!("article")
            ) | None
        ) || scores.chars.at(parent) != scores.chars.at(w)
        {
            break;
        }
        w = parent;
        climbed = true;
    }
    let (Some(parent), Some(name), Some(class)) =
        (dom.parent(w), dom.html_name(w), class_of(dom, w))
    else {
        return;
    };
    if !climbed {
        return;
    }
    let extra: Vec<NodeId> = dom
        .children(parent)
        .filter(|&s| {
            s != w
                && dom.html_name(s) == Some(name)
                && class_of(dom, s).is_some_and(|c| classes_alike(c, class))
                && scores.chars.at(s) as usize >= SECTION_PART_CHARS
                && scores.link_density(s) < SIBLING_PROSE_LINK_DENSITY
                && reads_as_body_part(dom, s)
        })
        .collect();
    if extra.is_empty() {
        return;
    }
    let first = *root;
    *roots = extra;
    roots.push(first);
    // Node ids run in document order.
    roots.sort_unstable();
}

/// Paragraphs a text block beside the body needs to be more of it: a
/// part of a body runs to several, a closing disclaimer is one (wcxb-dev
/// half A: the one such block that joined wrongly was a one-paragraph
/// disclaimer).
pub(super) const BODY_PART_PARAGRAPHS: usize = 2;

/// Headings holding a link that make a block a row of teasers (related
/// posts, each under its linked title); one is a call to action in a
/// part of the body (wcxb-dev half A: a related-posts block had three, a
/// body part one).
pub(super) const TEASER_HEADINGS: usize = 2;

/// A block that reads as a part of a body: [`BODY_PART_PARAGRAPHS`]
/// paragraphs, and fewer than [`TEASER_HEADINGS`] headings holding a link. Linear in the block's nodes: headings do
/// not nest, so each node is read at most twice.
fn reads_as_body_part(dom: &Dom, id: NodeId) -> bool {
    let (mut paragraphs, mut linked_headings) = (0, 0);
    let mut n = id + 1;
    let end = dom.end(id);
    while n < end {
        match dom.html_name(n) {
            Some(&html5ever::local_name!("p")) => paragraphs += 1,
            Some(name) if crate::html::is_heading(name) => {
                if (n + 1..dom.end(n))
                    .any(|d| dom.html_name(d) == Some(&html5ever::local_name!("a")))
                {
                    linked_headings += 1;
                }
                n = dom.end(n);
                continue;
            }
            _ => {}
        }
        n += 1;
    }
    paragraphs >= BODY_PART_PARAGRAPHS && linked_headings < TEASER_HEADINGS
}

/// Ancestor levels of a collection's region climbed for the bands after it.
pub(super) const BAND_LEVELS: usize = 6;
/// Good text (characters) of a band after a collection's grid: a few sentences
/// under a heading (an FAQ, a buying guide), not a newsletter prompt. A
/// sibling with less text than this (a sort bar, a page count) is stepped
/// over. wcxb-dev half A: collection 0.727 -> 0.733 (an FAQ after a
/// buying guide 0.80 -> 0.99, a guide after a grid past its sort bar 0.08
/// -> 0.26), no page worse; half B unchanged. On product and service pages
/// the bands after the region were rails and sign-ups (half B: 4 pages
/// worse, half A: 2), so the rule is the collection's alone.
pub(super) const BAND_MIN_CHARS: usize = 200;
/// Share of a band's text that must be good text: prose, not links.
pub(super) const BAND_GOOD_SHARE: f32 = 0.6;

/// On a collection, the bands that follow its region, each a sibling of
/// the region's last root or of one of its ancestors below `<main>` or
/// `<body>`, that open with a heading and read as prose: the FAQ, buying
/// guide or "about this category" text a shop puts after its grid. The
/// run stops at the first sibling with text that is no such band (a rail
/// of links, a footer). Linear: two passes over the nodes.
pub(super) fn trailing_bands(
    dom: &Dom,
    blocks: &[Block],
    scores: &Scores,
    roots: &mut Vec<NodeId>,
) {
    bands(dom, blocks, scores, roots, false, None);
}

/// On a service page, the prose bands above its region, nearest first:
/// siblings of the region's first root or of one of its ancestors below
/// `<main>` or `<body>` that read as prose (the test of
/// [`trailing_bands`], without the opening heading: a hero's tagline and
/// intro are often styled text, not a heading). The page's convention
/// keeps every section, the hero and intro too; a `<header>`, `<nav>` or
/// `<aside>` never joins, nor a rail of links, and the run stops at the
/// first sibling with text that is no such band. wcxb-dev half B:
/// service 0.840 -> 0.841 (three pages better, a hero and its service
/// cards 0.86 -> 0.92), no page worse; half A: no service page changed
/// (its lost intros sit on pages typed article). On listing, collection
/// and product pages the bands above were sort bars, seller boxes and
/// promos (a collection on A and two products on B worse), so the rule
/// is the service page's and the undated article's alone. On undated
/// articles (landing and service pages typed article, guides whose
/// opening section sits beside the one that wins): wcxb-dev half A
/// article 0.9584 -> 0.9586 and service 0.8658 -> 0.8664 (4 pages
/// better, two of them service pages typed article: an intro section
/// 0.95 -> 0.99; one worse, a summary of the post above it, 1.00 ->
/// 0.99), half B article 0.9554 -> 0.9556 (2 better, 2 worse by 0.01);
/// the news set, whose stories are dated, unchanged.
///
/// On a service page `hero` is the headline's element (the page's h1): the
/// band above that holds it is the page's hero and joins however short its
/// text (a headline, a tagline, three points and a button: under
/// [`BAND_MIN_CHARS`] of good text, stepped over before), provided it has
/// little link text and is no `<header>`, `<nav>` or the like. wcxb-dev
/// half A: service 0.8734 -> 0.8740 (3 pages up: a hero of short lines
/// 0.857 -> 0.885, a headline and tagline 0.930 -> 0.941 and 0.943 ->
/// 0.951), none worse; half B: service 0.8572 -> 0.8576 (one page 0.891
/// -> 0.924), article 0.9569 -> 0.9568 (an article typed service whose
/// hero adds an ebook prompt its gold leaves out, 1.000 -> 0.973). On
/// undated articles the hero's headline is the title reported: half A one
/// page worse, none better, so it is the service page's alone.
pub(super) fn leading_bands(
    dom: &Dom,
    blocks: &[Block],
    scores: &Scores,
    roots: &mut Vec<NodeId>,
    hero: Option<NodeId>,
) {
    bands(dom, blocks, scores, roots, true, hero);
}

/// The bands after (`leading` false) or before the region; see
/// [`trailing_bands`] and [`leading_bands`].
fn bands(
    dom: &Dom,
    blocks: &[Block],
    scores: &Scores,
    roots: &mut Vec<NodeId>,
    leading: bool,
    title: Option<NodeId>,
) {
    let Some(last) = roots.iter().copied().max_by_key(|&r| dom.end(r)) else {
        return;
    };
    let Some(first_root) = roots.iter().copied().min() else {
        return;
    };
    // Per node: its good text and the index (plus one) of its first block.
    let mut good = crate::dom::PerNode::<usize>::new(dom.len());
    let mut first = crate::dom::PerNode::<usize>::new(dom.len());
    for (i, b) in blocks.iter().enumerate() {
        if b.chars >= GOOD_MIN_CHARS && b.link_density() <= GOOD_MAX_LINK_DENSITY {
            if let Some(g) = good.slot(b.owner) {
                *g += b.chars;
            }
        }
        if let Some(f) = first.slot(b.owner) {
            if *f == 0 {
                *f = i + 1;
            }
        }
    }
    for id in (1..dom.len()).rev() {
        let (own, f) = (good.at(id), first.at(id));
        let Some(p) = dom.parent(id) else { continue };
        if let Some(g) = good.slot(p) {
            *g += own;
        }
        if let Some(pf) = first.slot(p) {
            if f != 0 && (*pf == 0 || f < *pf) {
                *pf = f;
            }
        }
    }
    let excluded = |s: NodeId| {
        matches!(
            dom.html_name(s),
            Some(
                &html5ever::local_name!("footer")
                    | &html5ever::local_name!("nav")
                    | &html5ever::local_name!("aside")
                    | &html5ever::local_name!("header")
                    | &html5ever::local_name!("form")
            )
        )
    };
    let band = |s: NodeId| {
        let opens = first
            .at(s)
            .checked_sub(1)
            .and_then(|i| blocks.get(i))
            .is_some_and(|b| matches!(b.kind, Kind::Heading(_)));
        let chars = scores.chars.at(s) as usize;
        (opens || leading)
            && good.at(s) >= BAND_MIN_CHARS
            && good.at(s) as f32 >= chars as f32 * BAND_GOOD_SHARE
            && scores.link_density(s) < SIBLING_PROSE_LINK_DENSITY
            && !excluded(s)
    };
    // Siblings before the first root's ancestors or after the last's hold
    // no root: none is looked for.
    let mut at = if leading { first_root } else { last };
    for _ in 0..BAND_LEVELS {
        let Some(parent) = dom.parent(at) else { return };
        let mut side: Vec<NodeId> = if leading {
            dom.children(parent).filter(|&s| s < at).collect()
        } else {
            dom.children(parent).filter(|&s| s > at).collect()
        };
        if leading {
            // Nearest first: the run above the region stops at its first
            // sibling that is no band.
            side.reverse();
        }
        for s in side {
            // The page's hero: the band holding its headline joins however
            // short its tagline and points (see `leading_bands`).
            if title.is_some_and(|t| dom.contains(s, t))
                && scores.link_density(s) < SIBLING_PROSE_LINK_DENSITY
                && !excluded(s)
            {
                roots.push(s);
                continue;
            }
            if dom.element(s).is_none() || (scores.chars.at(s) as usize) < BAND_MIN_CHARS {
                continue;
            }
            if !band(s) {
                return;
            }
            roots.push(s);
        }
        if matches!(
            dom.html_name(parent),
            Some(
                &html5ever::local_name!("main")
                    | &html5ever::local_name!("body")
                    | &html5ever::local_name!("html")
            )
        ) || dom.html_name(parent).is_none()
        {
            return;
        }
        at = parent;
    }
}
