//! User comments as their own output (`Options::comments`).
//!
//! Runs after prune and reads only what prune cut: comment sections (by
//! class/id/role words or by thread structure) and, inside other cut
//! subtrees (a `<footer>`, an `<aside>`), elements whose class/id names
//! comments. The body never sees any of it. In a section, the comments are
//! the elements marked as one comment (schema.org `Comment`, a class such as
//! `comment` or `comment-item`, an id such as `comment-123`), else its
//! `<article>`s, else the items of its longest list. In each comment, the
//! author is the most specific name-like element (`itemprop=author`, `.fn`,
//! `.username`, `.comment-author`, `<cite>`) and the text is the element
//! holding the comment's words (`itemprop=text`, `.comment-content`,
//! `.comment-text`…), else the comment minus its author, dates and controls.

use html5ever::{local_name, LocalName};

use crate::article::Comment;
use crate::boilerplate::Boilerplate;
use crate::dom::{Dom, NodeId};
use crate::hash::FastSet;
use crate::hints::words::{
    COMMENT_ACTION_WORDS, COMMENT_AUTHOR_WORDS, COMMENT_ITEM_SUFFIXES, COMMENT_META_WORDS,
    COMMENT_TEXT_WORDS, COMMENT_WORDS,
};
use crate::hints::{element_hint, has_word};
use crate::prune::{Cut, Pruned};

/// Longest author name kept (bytes): longer text is not a name.
const MAX_AUTHOR: usize = 100;

/// Nodes of an author box searched for a name element.
const AUTHOR_BOX_NODES: usize = 64;

/// Comments of the page, in page order.
pub(crate) fn collect(dom: &Dom, pruned: &Pruned) -> Vec<Comment> {
    let mut out = Vec::new();
    let mut walk = dom.walk(0..dom.len());
    while let Some(id) = walk.next() {
        match pruned.cut(id) {
            Some(Cut::Hint(Boilerplate::Comments)) => {
                section(dom, id, &mut out);
                walk.skip_subtree(id);
            }
            Some(Cut::Tag("head" | "script" | "style" | "template")) => walk.skip_subtree(id),
            Some(_) => {
                // Comment sections inside a cut footer or aside.
                let mut inner = dom.subtree(id);
                while let Some(n) = inner.next() {
                    if dom.element(n).and_then(element_hint) == Some(Boilerplate::Comments) {
                        section(dom, n, &mut out);
                        inner.skip_subtree(n);
                    }
                }
                walk.skip_subtree(id);
            }
            None => {}
        }
    }
    out
}

/// The comments of one section.
fn section(dom: &Dom, root: NodeId, out: &mut Vec<Comment>) {
    let mut items = items(dom, root);
    if items.is_empty() && is_item(dom, root) {
        // A section that is one comment (each comment cut on its own).
        items.push(root);
    }
    let set: FastSet<NodeId> = items.iter().copied().collect();
    for &item in &items {
        // Nested comments (replies) are items of their own. Every walk below
        // goes in document order and skips a subtree where `inside` holds,
        // so testing the subtree's root is enough.
        let inside = |n: NodeId| n != item && set.contains(&n);
        let author = author_of(dom, item, &inside);
        let body = text_element(dom, item, author.map(|a| a.name), &inside);
        let text = if dom.html_name(item) == Some(&local_name!("dt")) {
            // A definition list: the name in <dt>, the words in the <dd>s after it.
            definitions(dom, item)
        } else {
            match body {
                Some(b) => block_text(dom, b, |n| inside(n) || is_noise_tag(dom, n)),
                None => without_leading_date(block_text(dom, item, |n| {
                    inside(n)
                        || author.is_some_and(|a| dom.contains(a.boxed, n))
                        || is_noise_tag(dom, n)
                        || is_meta(dom, n)
                })),
            }
        };
        let text = strip_controls(&text);
        if text.is_empty() {
            continue;
        }
        let author = author.and_then(|a| author_text(dom, a.name, &inside));
        let text = crate::clean::normalize_block(&text, false).unwrap_or(text);
        out.push(Comment { author, text });
    }
}

/// The name in author element `a`, when it reads as one.
fn author_text(dom: &Dom, a: NodeId, inside: &dyn Fn(NodeId) -> bool) -> Option<String> {
    let a = block_text(dom, a, |n| {
        inside(n) || is_noise_tag(dom, n) || class_has(dom, n, |w| w == "says")
    });
    Some(a.trim_end_matches(':').trim().replace('\n', " "))
        .filter(|a| !a.is_empty() && a.len() <= MAX_AUTHOR)
}

/// One post of a thread, as [`posts`] found it.
pub(crate) struct Post {
    /// The post's author, when an element names one.
    pub(crate) author: Option<String>,
    /// The post's date, as the page gives it.
    pub(crate) date: Option<String>,
}

/// Fewest posts that make the kept body a thread of posts: one post alone
/// is the page's article (the grouping of the blocks by post asks for
/// this many; the opening post's author and date ask for one, as a thread
/// of one post is its opening post).
pub(crate) const MIN_POSTS: usize = 2;

/// On a thread, the post holding each of `owners` (block owners, in page
/// order): the innermost element marked as a post or comment (schema.org
/// `Comment`, `DiscussionForumPosting`, `Answer` or `Question`, a class
/// ending in `post`, `message`, `answer` or a comment word, an id such as
/// `post-123`, on a table only the id), with its author and date. Empty unless at least
/// `min_posts` posts hold an owner ([`MIN_POSTS`] to group a thread's
/// blocks by post: fewer is no thread of posts this can tell apart; one to
/// read the opening post of a thread that may hold no reply).
pub(crate) fn posts(
    dom: &Dom,
    owners: &[NodeId],
    min_posts: usize,
) -> (Vec<Option<usize>>, Vec<Post>) {
    let marked: Vec<NodeId> = (0..dom.len()).filter(|&n| is_post(dom, n)).collect();
    if marked.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // One pass over the owners in document order (a loose run after a
    // nested block is owned by the element around both, so blocks in page
    // order are not always owners in order) and the marked elements, with
    // the stack of marked elements open at the current owner.
    let mut order: Vec<usize> = (0..owners.len()).collect();
    order.sort_by_key(|&i| owners.get(i).copied().unwrap_or_default());
    let mut open: Vec<NodeId> = Vec::new();
    let mut next = marked.iter().copied().peekable();
    let mut post_of: Vec<Option<NodeId>> = vec![None; owners.len()];
    for i in order {
        let Some(&o) = owners.get(i) else {
            continue;
        };
        while let Some(m) = next.next_if(|&m| m <= o) {
            while open.last().is_some_and(|&t| dom.end(t) <= m) {
                open.pop();
            }
            open.push(m);
        }
        while open.last().is_some_and(|&t| dom.end(t) <= o) {
            open.pop();
        }
        if let Some(p) = post_of.get_mut(i) {
            *p = open.last().copied();
        }
    }
    let mut used: Vec<NodeId> = post_of.iter().flatten().copied().collect();
    used.dedup();
    if used.len() < min_posts.max(1) {
        return (Vec::new(), Vec::new());
    }
    let set: FastSet<NodeId> = marked.iter().copied().collect();
    let mut posts = Vec::with_capacity(used.len());
    let mut index: crate::hash::FastMap<NodeId, usize> = Default::default();
    for &p in &used {
        if index.contains_key(&p) {
            continue;
        }
        let inside = |n: NodeId| n != p && set.contains(&n);
        let author = post_author(dom, p, &inside);
        index.insert(p, posts.len());
        posts.push(Post {
            author,
            date: post_date(dom, p, &inside),
        });
    }
    let post_of = post_of
        .into_iter()
        .map(|p| p.and_then(|p| index.get(&p).copied()))
        .collect();
    (post_of, posts)
}

/// On a thread, its opening post (see [`posts`]): the first of two posts
/// or more, or a thread's only post (no reply yet) when no block but a
/// heading (the thread's title) comes before it: text before a lone
/// marked post is the opening post's, unmarked, and the marked element a
/// reply or the box of all replies (wcxb-dev half A: a woodworking
/// thread's replies in one marked box gave its first replier for the
/// starter).
pub(crate) fn opening_post(dom: &Dom, owners: &[NodeId]) -> Option<Post> {
    let (post_of, posts) = posts(dom, owners, 1);
    if posts.len() == 1 {
        let first = owners
            .iter()
            .zip(&post_of)
            .filter(|(_, p)| p.is_some())
            .map(|(&o, _)| o)
            .min()?;
        let heading = |o: NodeId| {
            dom.html_name(o)
                .is_some_and(|n| matches!(n.as_ref(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
        };
        let before = owners
            .iter()
            .zip(&post_of)
            .any(|(&o, p)| p.is_none() && o < first && !heading(o));
        if before {
            return None;
        }
    }
    posts.into_iter().next()
}

/// A post's author: an element marked as one before the words (not a bold
/// word or a link, on a forum page as often a quote's source), else one
/// marked `itemprop=author` anywhere in the post (a question-and-answer
/// site's user card after the words). A box of several lines (name, rank,
/// post count) gives the name element inside it, or nothing.
fn post_author(dom: &Dom, post: NodeId, inside: &dyn Fn(NodeId) -> bool) -> Option<String> {
    let marked = author_ranked(dom, post, inside)
        .filter(|&(rank, _)| rank <= 3)
        .map(|(_, a)| a)
        .or_else(|| {
            let mut walk = dom.walk(post + 1..dom.end(post));
            while let Some(n) = walk.next() {
                if inside(n) {
                    walk.skip_subtree(n);
                } else if has_itemprop(dom, n, &["author", "creator"]) {
                    return Some(n);
                }
            }
            None
        })?;
    let one_line = |n: NodeId| {
        let t = block_text(dom, n, |m| inside(m) || is_noise_tag(dom, m));
        // A badge saying "Author" (the thread's starter) names nobody.
        let label = COMMENT_AUTHOR_WORDS.contains(&t.to_lowercase().as_str());
        if t.contains('\n') || label {
            None
        } else {
            author_text(dom, n, inside)
        }
    };
    one_line(marked).or_else(|| {
        let end = dom.end(marked).min(marked + 1 + POST_AUTHOR_BOX_NODES);
        (marked + 1..end)
            .filter(|&n| {
                has_itemprop(dom, n, &["name"])
                    || class_has(dom, n, |w| matches!(w, "username" | "fn" | "authorname"))
            })
            .find_map(one_line)
    })
}

/// Nodes of a post's author box searched for the name element (a forum's
/// user card holds avatar, rank, join date and post count beside it).
const POST_AUTHOR_BOX_NODES: usize = 256;

/// Whether element `n` has one of `props` in its `itemprop`.
fn has_itemprop(dom: &Dom, n: NodeId, props: &[&str]) -> bool {
    dom.element(n)
        .and_then(|e| e.attr(&LocalName::from("itemprop")))
        .is_some_and(|p| p.split_ascii_whitespace().any(|p| props.contains(&p)))
}

/// Whether element `n` is one post of a thread (see [`posts`]).
fn is_post(dom: &Dom, n: NodeId) -> bool {
    let Some(e) = dom.element(n) else {
        return false;
    };
    let schema = e.attr(&LocalName::from("itemtype")).is_some_and(|t| {
        let t = t.trim().trim_end_matches('/');
        [
            "/Comment",
            "/DiscussionForumPosting",
            "/Answer",
            "/Question",
        ]
        .iter()
        .any(|k| t.ends_with(k))
    });
    if schema {
        return true;
    }
    if is_item(dom, n) {
        return true;
    }
    let by_id = e.attr(&local_name!("id")).is_some_and(|id| {
        let id = id.trim().to_ascii_lowercase();
        let rest = ["post", "answer", "p"]
            .iter()
            .find_map(|p| id.strip_prefix(p))
            .unwrap_or("");
        let rest = rest.trim_start_matches(['-', '_']);
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
    });
    // A table layout's post is a table of its own (header row with the
    // date, author cell, words cell), known by its numbered id alone: a
    // table's class names its look ("tborder"), not a post.
    if e.name == local_name!("table") {
        return by_id;
    }
    if !matches!(
        e.name,
        local_name!("li") | local_name!("article") | local_name!("div") | local_name!("section")
    ) {
        return false;
    }
    let by_class = e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace().any(|token| {
            let last = token
                .rsplit(['-', '_'])
                .find(|w| !w.is_empty())
                .unwrap_or("");
            ["post", "message", "answer"]
                .iter()
                .any(|w| last.eq_ignore_ascii_case(w))
        })
    });
    by_class || by_id
}

/// Longest post date kept (bytes): longer text is no date.
const MAX_DATE: usize = 60;

/// Longest author line read for a post's date (bytes): "by name » Tue Aug
/// 27, 2019 1:47 am" is one line; longer text is the post's words.
const MAX_AUTHOR_LINE: usize = 120;

/// A post's date: its first `<time>` (the `datetime` attribute, else the
/// text) or element marked `itemprop=datePublished`/`dateCreated` (the
/// `content` or `datetime` attribute, else the text), outside nested posts;
/// else the date written in its author line (an element whose class names
/// the author, of at most [`MAX_AUTHOR_LINE`] bytes: a forum's "by name »
/// Tue Aug 27, 2019 1:47 am"); else a text of its own that starts with a
/// date, of at most [`MAX_DATE_LINE`] bytes, before the post's words (a
/// table layout's header cell "30th March 2025, 16:26": a date after the
/// words is a quote's or a signature's), as the page gives it.
fn post_date(dom: &Dom, post: NodeId, inside: &dyn Fn(NodeId) -> bool) -> Option<String> {
    let mut walk = dom.walk(post + 1..dom.end(post));
    let mut in_author_line: Option<String> = None;
    let mut date_line: Option<String> = None;
    // Past the post's first long text, its words: no date line after it.
    let mut in_words = false;
    // Author elements inside one already read are not read again (linear).
    let mut read_until = 0;
    while let Some(n) = walk.next() {
        if inside(n) {
            walk.skip_subtree(n);
            continue;
        }
        if let Some(t) = dom.text(n) {
            let t = t.trim();
            if t.len() > MAX_AUTHOR_LINE {
                in_words = true;
            } else if !in_words
                && date_line.is_none()
                && t.len() <= MAX_DATE_LINE
                && crate::meta::date::text_start(t) == Some(0)
            {
                date_line = Some(t.to_owned());
            }
        }
        let Some(e) = dom.element(n) else {
            continue;
        };
        if in_author_line.is_none()
            && n >= read_until
            && has_word(e.attr(&local_name!("class")).unwrap_or(""), |w| {
                COMMENT_AUTHOR_WORDS.contains(&w)
            })
        {
            read_until = dom.end(n);
            let line = dom.text_of(n);
            if line.len() <= MAX_AUTHOR_LINE {
                in_author_line = crate::meta::date::in_text(&line);
            }
        }
        let marked = e.attr(&LocalName::from("itemprop")).is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|p| matches!(p, "datePublished" | "dateCreated"))
        });
        if e.name != local_name!("time") && !marked {
            continue;
        }
        let value = [local_name!("datetime"), local_name!("content")]
            .iter()
            .filter_map(|a| e.attr(a))
            .map(str::trim)
            .find(|v| !v.is_empty())
            .map_or_else(|| dom.text_of(n), str::to_owned);
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if !value.is_empty() && value.len() <= MAX_DATE {
            return Some(value);
        }
    }
    in_author_line.or(date_line)
}

/// The comment elements of a section, in page order.
fn items(dom: &Dom, root: NodeId) -> Vec<NodeId> {
    // The section's elements, forms and scripts left out.
    let mut nodes = Vec::new();
    let mut walk = dom.walk(root + 1..dom.end(root));
    while let Some(n) = walk.next() {
        if is_noise_tag(dom, n) {
            walk.skip_subtree(n);
        } else if dom.element(n).is_some() {
            nodes.push(n);
        }
    }
    let range = nodes.iter().copied();
    let schema: Vec<NodeId> = range
        .clone()
        .filter(|&n| {
            dom.element(n).is_some_and(|e| {
                e.attr(&LocalName::from("itemtype"))
                    .is_some_and(|t| t.trim_end_matches('/').ends_with("/Comment"))
                    || e.attr(&local_name!("role"))
                        .is_some_and(|r| r.trim().eq_ignore_ascii_case("comment"))
            })
        })
        .collect();
    if !schema.is_empty() {
        return schema;
    }
    let marked: Vec<NodeId> = range.clone().filter(|&n| is_item(dom, n)).collect();
    if !marked.is_empty() {
        return outermost_with_text(dom, marked);
    }
    let articles: Vec<NodeId> = range
        .clone()
        .filter(|&n| dom.html_name(n) == Some(&local_name!("article")))
        .collect();
    if !articles.is_empty() {
        return articles;
    }
    // The largest run of siblings sharing a class ("pl-item" × 5).
    let mut best: Vec<NodeId> = Vec::new();
    for parent in range.clone() {
        let mut groups: crate::hash::FastMap<&str, Vec<NodeId>> = Default::default();
        for c in dom.children(parent) {
            if let Some(class) = dom
                .element(c)
                .and_then(|e| e.attr(&local_name!("class")))
                .map(str::trim)
                .filter(|c| !c.is_empty())
            {
                groups.entry(class).or_default().push(c);
            }
        }
        for (_, g) in groups {
            if g.len() >= MIN_REPEATED && g.len() > best.len() {
                best = g;
            }
        }
    }
    if !best.is_empty() {
        best.sort_unstable();
        return best;
    }
    // The list with the most items.
    let list = range
        .filter(|&n| {
            matches!(
                dom.html_name(n),
                Some(&local_name!("ol") | &local_name!("ul"))
            )
        })
        .max_by_key(|&n| dom.children(n).count());
    list.map(|l| {
        dom.children(l)
            .filter(|&c| dom.html_name(c) == Some(&local_name!("li")))
            .collect()
    })
    .unwrap_or_default()
}

/// Siblings sharing a class that make a run of comments.
const MIN_REPEATED: usize = 2;

/// Drops a marked element whose text all sits in marked elements below it
/// (WordPress's `<li class="comment">` around `<article class="comment-body">`).
fn outermost_with_text(dom: &Dom, marked: Vec<NodeId>) -> Vec<NodeId> {
    let set: FastSet<NodeId> = marked.iter().copied().collect();
    let mut keep = Vec::with_capacity(marked.len());
    for &m in &marked {
        // Stops at the first text outside nested marked elements; each node
        // is visited by the innermost marked element holding it, so the
        // whole pass is linear.
        let mut own = false;
        let mut walk = dom.walk(m + 1..dom.end(m));
        while let Some(n) = walk.next() {
            if set.contains(&n) {
                walk.skip_subtree(n);
            } else if dom.text(n).is_some_and(|t| !t.trim().is_empty()) {
                own = true;
                break;
            }
        }
        if own {
            keep.push(m);
        }
    }
    keep
}

/// One comment by its class (`comment`, `comment-item`, `p-comment__item`)
/// or id (`comment-123`, `div-comment-123`, `c123`), on an element that
/// can hold one (not a paragraph or a span, which hold its text).
fn is_item(dom: &Dom, n: NodeId) -> bool {
    let Some(e) = dom.element(n) else {
        return false;
    };
    if !matches!(
        e.name,
        local_name!("li")
            | local_name!("article")
            | local_name!("div")
            | local_name!("section")
            | local_name!("dt")
            | local_name!("tr")
    ) {
        return false;
    }
    let by_class = e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace().any(|token| {
            let words: Vec<String> = token
                .split(['-', '_'])
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            if words
                .iter()
                .any(|w| COMMENT_ACTION_WORDS.contains(&w.as_str()))
            {
                return false;
            }
            match words.as_slice() {
                [.., w] if COMMENT_WORDS.contains(&w.as_str()) => true,
                [.., w, s] => {
                    COMMENT_WORDS.contains(&w.as_str())
                        && COMMENT_ITEM_SUFFIXES.contains(&s.as_str())
                }
                _ => false,
            }
        })
    });
    let by_id = e.attr(&local_name!("id")).is_some_and(|id| {
        let id = id.trim().to_ascii_lowercase();
        let id = id.strip_prefix("div-").unwrap_or(&id);
        let rest = id
            .strip_prefix("comment")
            .or_else(|| id.strip_prefix('c'))
            .unwrap_or("");
        let rest = rest.trim_start_matches(['-', '_']);
        !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
    });
    by_class || by_id
}

/// A comment's author: the element holding the name, and the author box
/// around it (the outermost name-like element holding the name, which may be
/// the name itself), whose other words ("Posted by") are no comment text.
#[derive(Clone, Copy)]
struct Author {
    name: NodeId,
    boxed: NodeId,
    /// How sure: 0 marked by `itemprop`, 1 a `fn` or author-name class, 2
    /// an author-word class, 3 a `<cite>`, 4 a short bold name or link
    /// before the words.
    rank: u8,
}

/// [`author_of`]'s name element with how sure it is ([`Author::rank`]).
fn author_ranked(dom: &Dom, item: NodeId, inside: &dyn Fn(NodeId) -> bool) -> Option<(u8, NodeId)> {
    author_of(dom, item, inside).map(|a| (a.rank, a.name))
}

/// The element naming the comment's author, the most specific first.
fn author_of(dom: &Dom, item: NodeId, inside: &dyn Fn(NodeId) -> bool) -> Option<Author> {
    let mut best: Option<(u8, NodeId)> = None;
    // Every name-like candidate, in document order: the first that holds
    // the chosen name is its box.
    let mut candidates: Vec<NodeId> = Vec::new();
    let mut walk = dom.walk(item + 1..dom.end(item));
    while let Some(n) = walk.next() {
        if inside(n) {
            walk.skip_subtree(n);
            continue;
        }
        let rank = dom.element(n).and_then(|e| {
            let itemprop = e.attr(&LocalName::from("itemprop")).unwrap_or("");
            if itemprop
                .split_ascii_whitespace()
                .any(|p| p == "author" || p == "creator")
            {
                return Some(0);
            }
            let class = e.attr(&local_name!("class")).unwrap_or("");
            if class
                .split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("fn"))
                || has_word(class, |w| matches!(w, "authorname" | "commentername"))
            {
                return Some(1);
            }
            if has_word(class, |w| COMMENT_AUTHOR_WORDS.contains(&w)) {
                return Some(2);
            }
            if e.name == local_name!("cite") {
                return Some(3);
            }
            // A short bold name or profile link before the words.
            let plain = matches!(
                e.name,
                local_name!("b") | local_name!("strong") | local_name!("a")
            );
            if !(plain && is_name_like(dom, n)) {
                return None;
            }
            // The whole term of a user card's definition list ("<dl><dt>
            // <strong>name</strong></dt><dd>Member</dd>…"): as sure as a
            // `<cite>`, a quote's source is no such term.
            let term = dom.parent(n).filter(|&p| {
                dom.html_name(p) == Some(&local_name!("dt"))
                    && dom.text_of(p).trim() == dom.text_of(n).trim()
            });
            Some(if term.is_some() { 3 } else { 4 })
        });
        if let Some(r) = rank.filter(|&r| r == 4 || is_name_like(dom, n)) {
            candidates.push(n);
            if best.is_none_or(|(b, _)| r < b) {
                best = Some((r, n));
            }
        }
        if best.is_none() && is_text_start(dom, n) {
            // A name comes before the words.
            break;
        }
    }
    let (rank, a) = best?;
    let boxed = candidates
        .into_iter()
        .find(|&c| dom.contains(c, a))
        .unwrap_or(a);
    // An author box holding a name element: the name. (Looked for among the
    // first few elements only, so that odd markup cannot make this costly.)
    let mut n = a + 1;
    while n < dom.end(a).min(a + 1 + AUTHOR_BOX_NODES) {
        if dom.element(n).is_some_and(|e| {
            e.attr(&LocalName::from("itemprop"))
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "name"))
        }) {
            return Some(Author {
                name: n,
                boxed,
                rank,
            });
        }
        n += 1;
    }
    Some(Author {
        name: a,
        boxed,
        rank,
    })
}

/// The element holding the comment's words, if the markup names one.
fn text_element(
    dom: &Dom,
    item: NodeId,
    author: Option<NodeId>,
    inside: &dyn Fn(NodeId) -> bool,
) -> Option<NodeId> {
    let mut fallback = None;
    let mut walk = dom.walk(item + 1..dom.end(item));
    while let Some(n) = walk.next() {
        if inside(n) {
            walk.skip_subtree(n);
            continue;
        }
        if author.is_some_and(|a| dom.contains(n, a)) {
            continue;
        }
        if let Some(e) = dom.element(n) {
            if e.attr(&LocalName::from("itemprop")).is_some_and(|p| {
                p.split_ascii_whitespace()
                    .any(|p| matches!(p, "text" | "commentText"))
            }) {
                return Some(n);
            }
            let named = e
                .attr(&local_name!("class"))
                .is_some_and(|c| has_word(c, |w| COMMENT_TEXT_WORDS.contains(&w)));
            if named && fallback.is_none() {
                fallback = Some(n);
            }
        }
    }
    fallback
}

/// Elements that hold no words of a comment.
fn is_noise_tag(dom: &Dom, n: NodeId) -> bool {
    dom.element(n).is_some_and(|e| {
        e.foreign
            || matches!(
                e.name,
                local_name!("script")
                    | local_name!("style")
                    | local_name!("noscript")
                    | local_name!("template")
                    | local_name!("form")
                    | local_name!("button")
                    | local_name!("select")
                    | local_name!("textarea")
            )
    })
}

/// A comment's furniture: dates, controls, avatars, votes.
fn is_meta(dom: &Dom, n: NodeId) -> bool {
    dom.html_name(n) == Some(&local_name!("time"))
        || class_has(dom, n, |w| COMMENT_META_WORDS.contains(&w))
}

fn class_has(dom: &Dom, n: NodeId, f: impl Fn(&str) -> bool) -> bool {
    dom.element(n)
        .and_then(|e| e.attr(&local_name!("class")))
        .is_some_and(|c| has_word(c, f))
}

/// Drops lines that are only a reply control ("Reply", "Antworten").
fn strip_controls(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .map(|p| {
            p.split('\n')
                .filter(|l| !crate::lang::is_reply_label(l))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .filter(|p| !p.trim().is_empty())
        .collect();
    paragraphs.join("\n\n")
}

/// The text under `root` in paragraphs (blank line between blocks, a line
/// break for `<br>`), white space collapsed, subtrees where `skip` holds
/// left out.
fn block_text(dom: &Dom, root: NodeId, skip: impl Fn(NodeId) -> bool) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut open: Vec<NodeId> = Vec::new(); // ends of open block elements
    let mut walk = dom.walk(root + 1..dom.end(root));
    let mut pending_space = false;
    let brk = |cur: &mut String, paragraphs: &mut Vec<String>| {
        let t = cur.trim();
        if !t.is_empty() {
            paragraphs.push(t.to_owned());
        }
        cur.clear();
    };
    while let Some(n) = walk.next() {
        while open.last().is_some_and(|&e| e <= n) {
            open.pop();
            brk(&mut cur, &mut paragraphs);
        }
        if skip(n) {
            walk.skip_subtree(n);
            continue;
        }
        if let Some(t) = dom.text(n) {
            for c in t.chars() {
                if c.is_whitespace() {
                    pending_space = true;
                } else {
                    if pending_space && !cur.is_empty() && !cur.ends_with('\n') {
                        cur.push(' ');
                    }
                    pending_space = false;
                    cur.push(c);
                }
            }
        } else if let Some(e) = dom.element(n) {
            if e.name == local_name!("br") {
                if !cur.is_empty() {
                    cur.push('\n');
                }
                pending_space = false;
            } else if !e.foreign && crate::html::is_block(&e.name) {
                brk(&mut cur, &mut paragraphs);
                open.push(dom.end(n));
            }
        }
    }
    brk(&mut cur, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Short text without sentence punctuation, as a name is: at most
/// [`MAX_AUTHOR`] bytes, looked for among [`AUTHOR_BOX_NODES`] nodes.
fn is_name_like(dom: &Dom, n: NodeId) -> bool {
    let mut len = 0;
    let end = dom.end(n).min(n + 1 + AUTHOR_BOX_NODES);
    for m in n + 1..end {
        if let Some(t) = dom.text(m) {
            len += t.trim().len();
            if len > MAX_AUTHOR || t.contains(['.', '!', '?', '\u{3002}']) && t.trim().len() > 20 {
                return false;
            }
        }
    }
    len > 0 && dom.end(n) <= end && !crate::lang::is_reply_label(&dom.text_of(n))
}

/// A paragraph: where a comment's words start.
fn is_text_start(dom: &Dom, n: NodeId) -> bool {
    dom.html_name(n) == Some(&local_name!("p"))
}

/// The text of the `<dd>`s following `dt` up to the next `<dt>`, minus
/// their furniture.
fn definitions(dom: &Dom, dt: NodeId) -> String {
    let parent = dom.parent(dt);
    let mut parts = Vec::new();
    let mut n = dom.end(dt);
    while n < dom.len() && dom.parent(n) == parent && parent.is_some() {
        match dom.html_name(n) {
            Some(&local_name!("dt")) => break,
            Some(&local_name!("dd")) if !is_meta(dom, n) => {
                let t = block_text(dom, n, |m| is_noise_tag(dom, m) || is_meta(dom, m));
                if !t.is_empty() {
                    parts.push(t);
                }
            }
            _ => {}
        }
        n = dom.end(n).max(n + 1);
    }
    parts.join("\n\n")
}

/// Longest first paragraph dropped as the comment's date line.
const MAX_DATE_LINE: usize = 40;

/// Drops a first paragraph that is a date or time ("23.04.2024 10:44",
/// "9 maggio 2024 alle 12:04") when words follow it.
fn without_leading_date(text: String) -> String {
    let Some((first, rest)) = text.split_once("\n\n") else {
        return text;
    };
    let bytes = first.as_bytes();
    let year = bytes.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    let clock = bytes
        .windows(3)
        .any(|w| matches!(w, [a, b':', b] if a.is_ascii_digit() && b.is_ascii_digit()));
    if first.len() <= MAX_DATE_LINE && (year || clock) {
        rest.to_owned()
    } else {
        text
    }
}

#[cfg(test)]
mod tests;
