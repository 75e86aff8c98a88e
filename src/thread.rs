//! Forum threads: what in a thread is none of its posts' words. Three
//! kinds, all told by structure and shape, never by a site's names:
//!
//! - the remarks under one post (a question-and-answer site's comments on
//!   the question and on each answer): a comment list inside an element
//!   marked as a post, beside more of that post's own text than it holds
//!   ([`remarks_on_a_post`], used by prune);
//! - the lines of a poster's user card: counters ("Posts: 4,032", "25.8k",
//!   "135k 4 gold badges 175 silver badges") and the labels every post
//!   repeats ("Joined", "Member", "Click to expand...")
//!   ([`is_counter_line`], [`is_repeated_label`], used by select);
//! - each post's number in its header ("#2"), counting up post by post
//!   ([`post_ordinals`], used by prune).
//!
//! A helper of the prune and select stages on pages classified as forums;
//! it reads the DOM and text only.

use html5ever::{local_name, LocalName};

use crate::dom::{Dom, NodeId, PerNode};

/// Ancestor levels searched above a comment list for the post it remarks
/// on (a question-and-answer page: list → comments column → post layout →
/// the question or answer).
const POST_LEVELS: usize = 3;

/// Most text of a post's remarks, as a multiple of the post's own text: a
/// question's comments can outweigh a short question (wcxb-dev half A's
/// Q&A pages: 1 left four questions' comments, 2 all but one, 4 none, and
/// no forum page lost), a thread's replies inside its first post's element
/// outweigh it many times over.
const REMARKS_MAX_RATIO: usize = 4;

/// Nodes of a comment list looked at for posts inside it (a thread's
/// container holds posts; a post's remarks hold none). Caps the scan so
/// that nested lists never cost more than linear time.
const THREAD_SCAN: usize = 256;

/// A comment list (an element whose words name comments) that remarks on a
/// post: inside an element marked as a post ([`is_post_marked`]) within
/// [`POST_LEVELS`] levels, holding less than [`REMARKS_MAX_RATIO`] times the
/// text the post holds beside it, and holding no post itself (a thread's container of replies does).
/// `text_len` is the bytes of text below each node.
pub(crate) fn remarks_on_a_post(dom: &Dom, id: NodeId, text_len: &PerNode<usize>) -> bool {
    remarks_by_weight(dom, id, text_len) == Some(true)
}

/// [`remarks_on_a_post`]'s weighing of a comment list: `None` when the
/// list is no candidate (no post marked around it, no text, or posts
/// inside it), else whether it holds less than [`REMARKS_MAX_RATIO`]
/// times the text its post holds beside it.
pub(crate) fn remarks_by_weight(dom: &Dom, id: NodeId, text_len: &PerNode<usize>) -> Option<bool> {
    let own = text_len.at(id);
    let post = dom
        .ancestors(id)
        .take(POST_LEVELS)
        .find(|&a| is_post_marked(dom, a))?;
    // The poster's card beside a post's text (an `<aside>` among the post's
    // children or grandchildren) is not the post's own text: a short
    // reply beside a long card is the post, not remarks on it.
    let card: usize = dom
        .children(post)
        .flat_map(|c| std::iter::once(c).chain(dom.children(c)))
        .take(THREAD_SCAN)
        .filter(|&c| c != id && dom.html_name(c) == Some(&local_name!("aside")))
        .map(|c| text_len.at(c))
        .sum();
    let beside = text_len.at(post).saturating_sub(own).saturating_sub(card);
    let holds_posts =
        (id + 1..dom.end(id).min(id + 1 + THREAD_SCAN)).any(|n| is_post_marked(dom, n));
    (own > 0 && !holds_posts).then(|| own < beside.saturating_mul(REMARKS_MAX_RATIO))
}

/// An element that is a post or holds one among its first [`THREAD_SCAN`]
/// nodes.
pub(crate) fn holds_post(dom: &Dom, id: NodeId) -> bool {
    (id..dom.end(id).min(id + 1 + THREAD_SCAN)).any(|n| is_post_marked(dom, n))
}

/// Levels above a block searched for the post holding it: a post's text
/// sits a few levels inside it (wcxb-dev threads: 2 to 10), and the cap
/// keeps a walk per block short on deep pages.
pub(crate) const POST_OF_LEVELS: usize = 32;

/// The innermost element marked as a post around `id` (itself included),
/// within [`POST_OF_LEVELS`].
pub(crate) fn post_of(dom: &Dom, id: NodeId) -> Option<NodeId> {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(POST_OF_LEVELS)
        .find(|&a| is_post_marked(dom, a))
}

/// schema.org types of one post of a thread.
const POST_TYPES: [&str; 4] = [
    "/DiscussionForumPosting",
    "/SocialMediaPosting",
    "/Question",
    "/Answer",
];

/// Last words of a class token that name one post ("post", "js-answer",
/// "topic_message", "question").
const POST_CLASS_ENDS: [&str; 4] = ["post", "message", "answer", "question"];

/// Longest component prefix run into a class word ("cPost", "lmgPost"):
/// a style sheet's namespace of one to three lower-case letters. Longer
/// heads are words of their own ("blockMessage" is a notice, "iconAnswer"
/// an icon, "lastPost" a column of a board's index), not a post.
const CLASS_PREFIX_MAX: usize = 3;

/// Whether a class token's last word (after `-` and `_`) is `word`, alone
/// or after a component prefix of at most [`CLASS_PREFIX_MAX`] lower-case
/// letters with the word capitalised ("post", "js-post", "cPost").
fn ends_with_class_word(token: &str, word: &str) -> bool {
    let last = token
        .rsplit(['-', '_'])
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if last.eq_ignore_ascii_case(word) {
        return true;
    }
    let Some(head_len) = last.len().checked_sub(word.len()) else {
        return false;
    };
    let (Some(head), Some(tail)) = (last.get(..head_len), last.get(head_len..)) else {
        return false;
    };
    (1..=CLASS_PREFIX_MAX).contains(&head.len())
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && tail.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && tail.eq_ignore_ascii_case(word)
}

/// An element marked as one post: a schema.org post type ([`POST_TYPES`]),
/// or a class token whose last word is one of [`POST_CLASS_ENDS`], alone or
/// after a component prefix ([`ends_with_class_word`]).
pub(crate) fn is_post_marked(dom: &Dom, n: NodeId) -> bool {
    let Some(e) = dom.element(n) else {
        return false;
    };
    let schema = e.attr(&LocalName::from("itemtype")).is_some_and(|t| {
        let t = t.trim().trim_end_matches('/');
        POST_TYPES.iter().any(|k| t.ends_with(k))
    });
    schema
        || e.attr(&local_name!("class")).is_some_and(|c| {
            c.split_ascii_whitespace().any(|token| {
                POST_CLASS_ENDS
                    .iter()
                    .any(|w| ends_with_class_word(token, w))
            })
        })
}

/// Whether element `n` is a post by its numbered id ([`is_numbered_post_id`]
/// on a `<li>`, `<article>`, `<div>`, `<section>` or `<table>`).
fn is_numbered_post(dom: &Dom, n: NodeId) -> bool {
    dom.element(n).is_some_and(|e| {
        matches!(
            e.name,
            local_name!("li")
                | local_name!("article")
                | local_name!("div")
                | local_name!("section")
                | local_name!("table")
        ) && e.attr(&local_name!("id")).is_some_and(is_numbered_post_id)
    })
}

/// The innermost post around `id` (itself included) within
/// [`POST_OF_LEVELS`]: an element marked as a post ([`is_post_marked`]) or
/// numbered as one ([`is_numbered_post`]).
pub(crate) fn numbered_post_of(dom: &Dom, id: NodeId) -> Option<NodeId> {
    std::iter::once(id)
        .chain(dom.ancestors(id))
        .take(POST_OF_LEVELS)
        .find(|&a| is_post_marked(dom, a) || is_numbered_post(dom, a))
}

/// Prefixes of a post's numbered id ("post_10465225", "p2187941",
/// "answer-42").
const POST_ID_PREFIXES: [&str; 3] = ["post", "answer", "p"];

/// Whether an element id is a post's number after a post prefix
/// ([`POST_ID_PREFIXES`]), with or without a separator: the anchor a
/// thread links each post by ("#post_10465225", "#p2187941").
fn is_numbered_post_id(id: &str) -> bool {
    let id = id.trim();
    POST_ID_PREFIXES.iter().any(|p| {
        id.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p))
            && id.get(p.len()..).is_some_and(|rest| {
                let rest = rest.trim_start_matches(['-', '_']);
                !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())
            })
    })
}

/// Longest counter line (characters): a user card's "135k 4 gold badges
/// 175 silver badges 322 bronze badges" is 54 (wcxb-dev half A threads:
/// counters 1 to 54 alike, posts' short lines longer or worded).
const COUNTER_MAX_CHARS: usize = 60;
/// Numbers that make a line of counters whatever its words ("4 gold
/// badges 175 silver badges 322 bronze badges").
const COUNTER_MIN_NUMBERS: usize = 3;

/// A line of counters: short, no sentence, no function words, and at
/// least half of its words numbers ("267", "Posts: 4,032", "Views 1.9k",
/// "4 Answers") or [`COUNTER_MIN_NUMBERS`] of them. A one-line post naming a version
/// ("Windows 10") reads the same and goes too: the cost of the rule.
pub(crate) fn is_counter_line(text: &str) -> bool {
    let text = text.trim();
    if crate::lang::longer_than(text, COUNTER_MAX_CHARS) || crate::lang::ends_sentence(text) {
        return false;
    }
    let (mut words, mut numbers) = (0usize, 0usize);
    for w in text.split_whitespace() {
        words += 1;
        numbers += usize::from(is_number(w));
    }
    numbers > 0
        && (numbers * 2 >= words || numbers >= COUNTER_MIN_NUMBERS)
        && crate::lang::stopword_density(text, None) < COUNTER_MAX_STOPWORD_DENSITY
}

/// Counters are labels and numbers: a line with this share of function
/// words or more ("It took 2 hours and 15 minutes over 3 days") is a
/// sentence.
const COUNTER_MAX_STOPWORD_DENSITY: f32 = 0.1;

/// A count as forums write it: digits with grouping or decimal marks, an
/// optional sign, percent or thousands/millions suffix ("1,295", "25.8k",
/// "+3", "2M", "#4").
pub(crate) fn is_number(w: &str) -> bool {
    let core = w
        .trim_start_matches(['+', '-', '#', '('])
        .trim_end_matches([')', ':', ',', '%'])
        .trim_end_matches(['k', 'K', 'm', 'M']);
    core.bytes().any(|b| b.is_ascii_digit())
        && core
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b','))
}

/// Longest repeated label (characters): "Click to expand..." is 18,
/// "Current Location" 16 (wcxb-dev half A user cards); posts' own short
/// replies ("Thanks, that fixed it!") are longer or said once.
const LABEL_MAX_CHARS: usize = 24;
/// Most words of a repeated label.
const LABEL_MAX_WORDS: usize = 3;
/// Times a label recurs on the page to be a user card's or a post's frame
/// (three posts at least: two could be one poster quoting another).
pub(crate) const LABEL_MIN_REPEATS: usize = 3;

/// A short label (at most [`LABEL_MAX_CHARS`] characters and
/// [`LABEL_MAX_WORDS`] words) that `times` recurs on the page: a field of
/// every post's user card or frame.
pub(crate) fn is_repeated_label(text: &str, times: usize) -> bool {
    let text = text.trim();
    times >= LABEL_MIN_REPEATS
        && !text.is_empty()
        && !crate::lang::longer_than(text, LABEL_MAX_CHARS)
        && text.split_whitespace().count() <= LABEL_MAX_WORDS
}

/// Most bytes of text of a post's number ("#12345": six digits and `#`).
const ORDINAL_MAX_BYTES: usize = 7;

/// Most nodes in a post number's element, itself included: its text, or
/// a span holding it (`<a><span>#2</span></a>`). Keeps the text read per
/// element bounded, so the walk stays linear in the page.
const ORDINAL_MAX_NODES: usize = 4;

/// How a post's number is written: with `#` or as a marked position, and
/// in which element. Every post's header writes it alike, so only numbers
/// of one shape count up together.
type Shape<'a> = (bool, &'a LocalName);

/// The elements that number a thread's posts: the outermost element of at
/// most [`ORDINAL_MAX_NODES`] nodes whose whole text is `#` and a number
/// ("#2", a permalink to the post), or a number that schema.org marks as a
/// position in a list (`itemprop="position"`), when an earlier such
/// element's number comes just before it or a later one's just after.
/// Every post's header repeats the shape, counting up by one: the post's
/// place in the thread, none of its words. A lone "#4307" linking an
/// issue, or two numbers that do not count up, stay. One walk over the
/// page's elements, reading the text of the tiny ones only. wcxb-dev:
/// forum A 0.8006 -> 0.8014 (15 up, 1 down; vBulletin, FluxBB, XenForo,
/// Tapatalk and Discourse headers, whose gold keeps each post's author and
/// date, not its number), B 0.8464 -> 0.8467 (9 up, 3 down: one site's
/// gold keeps "#1", "#2"... -0.025).
pub(crate) fn post_ordinals(dom: &Dom, text_len: &PerNode<usize>) -> PerNode<bool> {
    let mut found: Vec<(NodeId, Shape, u32)> = Vec::new();
    let mut walk = dom.walk(0..dom.len());
    while let Some(id) = walk.next() {
        let Some(e) = dom.element(id) else { continue };
        let len = text_len.at(id);
        if len == 0 || len > ORDINAL_MAX_BYTES || dom.end(id).saturating_sub(id) > ORDINAL_MAX_NODES
        {
            continue;
        }
        let text = dom.text_of(id);
        let text = text.trim();
        let (number, hash) = match text.strip_prefix('#') {
            Some(n) => (n, true),
            None if e
                .attr(&local_name!("itemprop"))
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("position")) =>
            {
                (text, false)
            }
            None => continue,
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Ok(n) = number.parse::<u32>() {
            found.push((id, (hash, &e.name), n));
            walk.skip_subtree(id);
        }
    }
    // Each number's last element: a post's number follows the one before
    // it on the page, whatever numbers the posts' own text holds between.
    let mut last: crate::hash::FastMap<(Shape, u32), NodeId> = Default::default();
    let mut ordinals = PerNode::<bool>::new(dom.len());
    for (id, shape, n) in found {
        if let Some(&before) = n.checked_sub(1).and_then(|m| last.get(&(shape, m))) {
            for one in [before, id] {
                if let Some(slot) = ordinals.slot(one) {
                    *slot = true;
                }
            }
        }
        last.insert((shape, n), id);
    }
    ordinals
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(html: &str) -> Dom {
        crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()))
    }

    /// Bytes of trimmed text below each node, as prune counts them.
    fn text_len(dom: &Dom) -> PerNode<usize> {
        let mut len = PerNode::<usize>::new(dom.len());
        for id in (0..dom.len()).rev() {
            let own = dom.text(id).map_or(0, |t| t.trim().len());
            let total = len.at(id) + own;
            if let Some(s) = len.slot(id) {
                *s = total;
            }
            if let Some(p) = dom.parent(id).and_then(|p| len.slot(p)) {
                *p += total;
            }
        }
        len
    }

    /// Whether each element with class `comments` remarks on a post.
    fn remarks(html: &str) -> Vec<bool> {
        let dom = parse(html);
        let len = text_len(&dom);
        (0..dom.len())
            .filter(|&n| {
                dom.element(n)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c.split_whitespace().any(|w| w == "comments"))
            })
            .map(|n| remarks_on_a_post(&dom, n, &len))
            .collect()
    }

    const ANSWER: &str = "The neutral wire carries current back to the panel, and its \
        potential stays near ground because it is bonded to earth there. ";

    #[test]
    fn comments_under_a_post_are_its_remarks() {
        // A question-and-answer page: each post's comments beside its text.
        let qa = format!(
            "<body><div class='answer'><div class='layout'><div class='body'><p>{}</p></div>\
             <div class='col'><div class='comments'><ul><li class='comment'>Good point.</li>\
             <li class='comment'>See the code.</li></ul></div></div></div></div></body>",
            ANSWER.repeat(3)
        );
        assert_eq!(remarks(&qa), [true]);
        // Remarks far longer than the post they sit under are not told
        // apart from replies.
        let long = qa.replace("Good point.", &ANSWER.repeat(13));
        assert_eq!(remarks(&long), [false]);
        // No element marked as a post around the list: a thread's replies.
        let thread = qa.replace("class='answer'", "class='topic'");
        assert_eq!(remarks(&thread), [false]);
        // A container of posts is the thread, whatever surrounds it.
        let replies = qa.replace("class='comment'", "class='reply-post'");
        assert_eq!(remarks(&replies), [false]);
    }

    #[test]
    fn a_short_reply_beside_its_posters_card_is_the_post() {
        // A board whose posts' text sits in an element named for comments,
        // beside an `<aside>` card longer than a short reply.
        let card = "<aside class='author'>Dave Level 5 4,522 posts Joined 2012 \
            Subscription premium About me: likes notes and long walks</aside>";
        let html = format!(
            "<body><article class='cPost'>{card}<div class='col'>\
             <div class='comments'><p>Yes, the new look is worse.</p></div></div>\
             </article></body>"
        );
        assert_eq!(remarks(&html), [false]);
        // Beside text of the post's own, a comment list is its remarks.
        let own = html.replace("<aside class='author'>", "<div class='author'>");
        let own = own.replace("</aside>", "</div>");
        assert_eq!(remarks(&own), [true]);
    }

    #[test]
    fn post_classes_with_a_component_prefix_mark_a_post() {
        for (class, post) in [
            ("post", true),
            ("js-answer", true),
            ("topic_message", true),
            ("cPost ipsBox", true),
            ("lmgPost", true),
            ("blockMessage blockMessage--important", false),
            ("iconAnswer", false),
            ("lastPost", false),
            ("poster", false),
            ("Post", true),
        ] {
            let dom = parse(&format!("<body><div class='{class}'>x</div></body>"));
            let marked = (0..dom.len()).any(|n| is_post_marked(&dom, n));
            assert_eq!(marked, post, "{class}");
        }
    }

    #[test]
    fn a_numbered_id_marks_a_post() {
        // vBulletin's `<li id="post_N">`, FluxBB's `<div id="pN">`, a table
        // layout's `<table id="postN">`: a post by its number alone. A
        // page's or a post title's id is no post.
        let dom = parse(
            "<ol><li id='post_10465225'><p>a</p></li></ol><div id='p2187941'><p>b</p></div>\
             <table id='post2017066'><tr><td><p>c</p></td></tr></table>\
             <div id='page2'><p>d</p></div><div id='post-title'><p>e</p></div>\
             <span id='p12'><b>f</b></span>",
        );
        let found: Vec<bool> = ["a", "b", "c", "d", "e", "f"]
            .iter()
            .map(|t| {
                let id = (0..dom.len())
                    .rfind(|&n| dom.text_of(n) == *t && dom.element(n).is_some())
                    .unwrap_or(0);
                numbered_post_of(&dom, id).is_some() && post_of(&dom, id).is_none()
            })
            .collect();
        assert_eq!(found, [true, true, true, false, false, false]);
    }

    #[test]
    fn counters_are_short_lines_of_numbers() {
        for (line, counter) in [
            ("267", true),
            ("1,295", true),
            ("Posts: 4032", true),
            ("Views 1.9k", true),
            ("4 Answers", true),
            (
                "135k 4 gold badges 175 silver badges 322 bronze badges",
                true,
            ),
            ("25.8k posts 4.6k Solutions", true),
            ("Windows 10", true),
            ("Member", false),
            ("I have 3 cats.", false),
            ("It took 2 hours and 15 minutes over 3 days", false),
            ("Senior Member since the early days", false),
            (&"12 ".repeat(30), false),
        ] {
            assert_eq!(is_counter_line(line), counter, "{line}");
        }
    }

    #[test]
    fn labels_repeated_by_every_post_are_its_frame() {
        for (label, times, frame) in [
            ("Joined", 5, true),
            ("Click to expand...", 3, true),
            ("Current Location", 4, true),
            ("Joined", 2, false),
            ("Thanks, that fixed it for me!", 4, false),
            ("Yes I agree with that", 3, false),
            ("", 9, false),
        ] {
            assert_eq!(is_repeated_label(label, times), frame, "{label} {times}");
        }
    }

    /// The texts of the elements [`post_ordinals`] marks.
    fn ordinals(html: &str) -> Vec<String> {
        let dom = parse(html);
        let marked = post_ordinals(&dom, &text_len(&dom));
        (0..dom.len())
            .filter(|&n| marked.at(n))
            .map(|n| dom.text_of(n).trim().to_owned())
            .collect()
    }

    #[test]
    fn numbers_counting_up_post_by_post_are_the_posts_places() {
        let post = |n: u32, body: &str| {
            format!(
                "<div class='post'><div class='head'>joe <a href='#p{n}'><span>#{n}</span></a> \
                 Jan 15, 2024</div><p>{body}</p></div>"
            )
        };
        let html = format!(
            "<body>{}{}{}</body>",
            post(7, "First."),
            post(
                8,
                "Fixed in <a href='/issues/4307'>#4307</a>, see <b>#12</b>."
            ),
            post(9, "Thanks."),
        );
        assert_eq!(ordinals(&html), ["#7", "#8", "#9"]);
        // schema.org's position of a post, a bare number.
        let discourse = "<body><div><span itemprop='position'>2</span><p>Hi.</p></div>\
            <div><span itemprop='position'>3</span><p>I have <span>4</span> cats.</p></div></body>";
        assert_eq!(ordinals(discourse), ["2", "3"]);
        // Numbers that do not count up are no thread's.
        let issues = "<body><p>See <a href='/i/1'>#41</a> and <a href='/i/2'>#17</a>.</p></body>";
        assert!(ordinals(issues).is_empty());
    }
}
