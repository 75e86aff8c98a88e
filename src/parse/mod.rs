//! Stage 1: HTML text → [`Dom`], with the limits that keep html5ever linear.
//!
//! html5ever's tree builder scans its stack of open elements on most tags, so a
//! page nested N deep costs O(N²) (html5ever issue #788), and mis-nested
//! formatting tags make it re-create elements without end. Two guards sit
//! around it:
//!
//! * a token filter between the tokenizer and the tree builder keeps a cheap
//!   model of the stack of open elements and drops start tags past the depth
//!   limit (and their matching end tags), drops start tags past the element
//!   limit, caps unclosed formatting elements, trims attributes and drops
//!   comments;
//! * the tree sink ([`sink`]) builds a linked tree in one vector, with
//!   indices for handles, records each element's depth and, should the tree
//!   ever get deeper than the model allows, stops all further elements.
//!
//! The tree is then moved into the pre-order arena in one iterative walk:
//! no html5ever value leaves this module.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;

use crate::dom::Dom;
use crate::limits::DEPTH_SLACK;

mod fast;
pub(crate) use fast::decode_references;
mod filter;
mod names;
mod prescan;
mod rawtext;
mod sink;

use filter::{Filter, StackModel};

/// The limits applied while parsing (from [`Options`](crate::Options)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParseLimits {
    pub(crate) max_depth: usize,
    pub(crate) max_elements: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_attribute_len: usize,
}

/// Bytes of HTML per node, roughly, on real pages (the dev set averages
/// about 35): room for `len / 64` nodes is made up front, so the node
/// vector is copied once or twice while it grows rather than a dozen times,
/// and a page of mostly text reserves little.
const BYTES_PER_NODE: usize = 64;

/// Bytes fed to the tokenizer at a time.
const FEED_CHUNK: usize = 64 * 1024;

/// Parses `html` into the arena, within `limits`.
pub(crate) fn parse(html: &str, limits: &ParseLimits) -> Dom {
    // The fast path never gets an answer it cannot follow (see
    // [`fast::Unexpected`]); were it to, the page is read again without it.
    parse_with(html, limits, true, true, true, true)
        .unwrap_or_else(|| parse_tokenizer_only(html, limits))
}

/// [`parse`] without the fast path: html5ever's tokenizer reads everything
/// (but the bodies jumped over).
fn parse_tokenizer_only(html: &str, limits: &ParseLimits) -> Dom {
    let tokenizer_only = parse_with(html, limits, true, true, true, false);
    // Without the fast path there is nothing to be unexpected.
    tokenizer_only.unwrap_or_default()
}

/// [`parse`], jumping over script and style bodies or (`jump` false, for
/// the tests' oracle) letting the tokenizer read them; cutting the
/// attributes no stage reads before parsing or (`cut` false, the tests'
/// oracle again) keeping them; passing each run of text to the tree builder
/// in one piece or (`merge` false, an oracle too) in the tokenizer's pieces;
/// reading plain text and tags past the tokenizer or (`fast` false, an
/// oracle too) not. `None` when the fast path got an answer from the tree
/// builder it cannot follow (see [`fast::Unexpected`]).
fn parse_with(
    html: &str,
    limits: &ParseLimits,
    jump: bool,
    cut: bool,
    merge: bool,
    fast: bool,
) -> Option<Dom> {
    let shared = Rc::new(Shared::default());
    let sink = sink::Builder::new(
        Rc::clone(&shared),
        limits.max_depth.saturating_add(DEPTH_SLACK),
        limits.max_attributes,
        (html.len() / BYTES_PER_NODE).min(limits.max_elements),
    );
    let opts = TreeBuilderOpts {
        // Parse <noscript> content as markup, as a browser with scripts off
        // does; the prune stage decides what to do with it.
        scripting_enabled: false,
        ..TreeBuilderOpts::default()
    };
    let filter = Filter {
        tree: TreeBuilder::new(sink, opts),
        shared: Rc::clone(&shared),
        limits: *limits,
        model: RefCell::new(StackModel::default()),
        skip: Cell::new(None),
        jump,
        pending: RefCell::new(StrTendril::new()),
        piecewise: !merge,
        stop_at_tags: Cell::new(false),
        stopped: Cell::new(false),
    };
    // The byte order mark is dropped here, once: the tokenizer's own option
    // would drop one at the start of every chunk fed.
    let tokenizer = Tokenizer::new(
        filter,
        TokenizerOpts {
            discard_bom: false,
            ..TokenizerOpts::default()
        },
    );
    let input = BufferQueue::default();
    let (mut all, html) = match prescan::trim(html, cut) {
        prescan::Trimmed::Shared(all) => (all, Cow::Borrowed("")),
        prescan::Trimmed::Text(html) => (StrTendril::new(), html),
    };
    if all.starts_with('\u{feff}') {
        all.pop_front(3);
    }
    let text: &str = if all.is_empty() {
        html.strip_prefix('\u{feff}').unwrap_or(&html)
    } else {
        &all
    };
    // Fed in chunks so that reading can stop once the element limit is hit:
    // past it, the rest of the page is not read. Each chunk is a slice of
    // the trimmed page's tendril, or else is copied once into a window;
    // after a skipped body, feeding goes on from a slice of the same one.
    let mut window = StrTendril::new();
    let mut window_start = 0;
    let mut pos = 0;
    // Whether the tokenizer is idle in its data state, with nothing read
    // ahead, so that the fast path may read on (see [`fast`]).
    let mut idle = fast;
    while pos < text.len() && shared.elements.get() < limits.max_elements {
        let window_end = window_start + window.len();
        if pos >= window_end {
            let mut end = (pos + FEED_CHUNK).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            window = slice(&all, text, pos, end);
            window_start = pos;
        }
        let window_end = window_start + window.len();
        // Within the window, the fast path and the tokenizer take turns:
        // the fast path reads while the input is plain, the tokenizer from
        // the first thing that is not, up to a tag after which it is idle
        // again (or to the window's end, or a body to skip).
        loop {
            if idle {
                pos = fast::run(
                    &tokenizer.sink,
                    text,
                    &window,
                    window_start,
                    pos,
                    window_end,
                )
                .ok()?;
                if pos >= window_end {
                    break;
                }
                idle = false;
                tokenizer.sink.stop_at_tags.set(true);
            }
            let piece = u32::try_from(pos - window_start)
                .ok()
                .and_then(|from| window.try_subtendril(from, window.len32() - from).ok())
                .unwrap_or_default();
            input.push_back(piece);
            pos = window_end;
            // The filter turns every result into Continue but at the start tag
            // of a body to skip, where it stops the tokenizer, and (for the
            // fast path) after a tag that leaves it idle: what is left of
            // the window tells where the body starts, or where to go on.
            let mut skipped = false;
            while let TokenizerResult::Script(_) = tokenizer.feed(&input) {
                let stopped = tokenizer.sink.stopped.take();
                let raw = tokenizer.sink.skip.take();
                if !stopped && raw.is_none() {
                    continue;
                }
                let mut left = 0;
                while let Some(t) = input.pop_front() {
                    left += t.len();
                }
                let start = window_end - left;
                tokenizer.sink.stop_at_tags.set(false);
                // Idle after either: the tokenizer is back in its data
                // state, right after a tag or before a body's end tag.
                idle = fast;
                let Some(raw) = raw else {
                    pos = start;
                    break;
                };
                skipped = true;
                pos = rawtext::body_end(text.as_bytes(), start, raw);
                // The body still becomes the element's text, in one piece, as
                // the tokenizer would have given it (some readers look at the
                // text near the headline, code included).
                let body = if all.is_empty() {
                    rawtext::body_text(text, &window, window_start, start, pos)
                } else {
                    rawtext::body_text(text, &all, 0, start, pos)
                };
                if !body.is_empty() {
                    let _ = tokenizer
                        .sink
                        .process(html5ever::tokenizer::Token::CharacterTokens(body), 0);
                }
                break;
            }
            // After a skipped body, the element count is looked at before
            // reading on, as at a window's end.
            if skipped || !idle || pos >= window_end {
                break;
            }
        }
        // The element count is looked at next.
        tokenizer.sink.flush();
    }
    tokenizer.sink.stop_at_tags.set(false);
    tokenizer.end();
    Some(tokenizer.sink.tree.sink.take_dom())
}

/// The tree as text: one line per node, with its depth (the tests' and
/// the fuzz target's way to compare two parses).
#[cfg(any(test, feature = "internals"))]
fn outline(dom: &Dom) -> String {
    outline_of(dom, |_| true)
}

/// [`outline`] with only the attributes `keep` says.
#[cfg(any(test, feature = "internals"))]
fn outline_of(dom: &Dom, keep: impl Fn(&str) -> bool) -> String {
    use crate::dom::NodeData;
    use std::fmt::Write as _;
    let mut out = String::new();
    for id in 0..dom.len() {
        let depth = dom.depth(id) as usize;
        let _ = write!(out, "{}", " ".repeat(depth));
        let _ = match dom.node(id).map(|n| &n.data) {
            Some(NodeData::Element(e)) => {
                let attrs: Vec<String> = e
                    .attrs
                    .iter()
                    .filter(|a| keep(&a.name.local))
                    .map(|a| format!("{}={:?}", a.name.local, &*a.value))
                    .collect();
                writeln!(out, "<{} {}>", e.name, attrs.join(" "))
            }
            Some(NodeData::Text(t)) => writeln!(out, "{:?}", &**t),
            _ => writeln!(out, "#"),
        };
    }
    out
}

/// Parses `html` with and without the fast path, within `limits`: `Err`
/// with both trees when they differ, or when the fast path got an answer
/// it cannot follow (see [`fast::Unexpected`]).
#[cfg(any(test, feature = "internals"))]
pub(crate) fn same_tree_when_fast(html: &str, limits: &ParseLimits) -> Result<(), String> {
    let Some(fast) = parse_with(html, limits, true, true, true, true) else {
        return Err(format!("{html:?}: the fast path got an unexpected answer"));
    };
    let (fast, slow) = (outline(&fast), outline(&parse_tokenizer_only(html, limits)));
    if fast == slow {
        Ok(())
    } else {
        Err(format!("{html:?}\nfast:\n{fast}\ntokenizer:\n{slow}"))
    }
}

/// The bytes `from..to` of `text`: a slice of `all`, sharing its buffer,
/// when `all` holds them (it is `text` or empty), else a copy.
fn slice(all: &StrTendril, text: &str, from: usize, to: usize) -> StrTendril {
    let shared = u32::try_from(from)
        .ok()
        .zip(u32::try_from(to).ok())
        .and_then(|(f, t)| all.try_subtendril(f, t.checked_sub(f)?).ok());
    shared.unwrap_or_else(|| StrTendril::from_slice(text.get(from..to).unwrap_or_default()))
}

/// State shared by the filter and the sink.
#[derive(Default)]
struct Shared {
    /// Elements created so far.
    elements: Cell<usize>,
    /// Set when the tree got deeper than the filter's model allows.
    stop: Cell<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`parse_with`], which must not give up on the fast path.
    fn parse_strict(
        html: &str,
        limits: &ParseLimits,
        (jump, cut, merge): (bool, bool, bool),
        fast: bool,
    ) -> Dom {
        let dom = parse_with(html, limits, jump, cut, merge, fast);
        assert!(
            dom.is_some(),
            "unexpected answer to the fast path: {html:?}"
        );
        dom.unwrap_or_default()
    }

    fn limits() -> ParseLimits {
        crate::pipeline::limits(&crate::Options::default())
    }

    /// [`super::same_tree_when_fast`] at the default limits, or at
    /// `max_elements`.
    fn same_tree_when_fast(html: &str, max_elements: Option<usize>) -> Result<(), String> {
        let mut l = limits();
        if let Some(n) = max_elements {
            l.max_elements = n;
        }
        super::same_tree_when_fast(html, &l)
    }

    /// The outlines of `html` parsed two ways, the same or both shown.
    fn same_outline(
        html: &str,
        (a, a_flags): (&str, (bool, bool, bool)),
        (b, b_flags): (&str, (bool, bool, bool)),
        limits: &ParseLimits,
    ) -> Result<(), String> {
        let parse = |(x, y, z)| outline(&parse_strict(html, limits, (x, y, z), true));
        let (left, right) = (parse(a_flags), parse(b_flags));
        if left == right {
            Ok(())
        } else {
            Err(format!("{html:?}\n{a}:\n{left}\n{b}:\n{right}"))
        }
    }

    fn same_tree(html: &str) -> Result<(), String> {
        let (jumped, read) = ((true, true, true), (false, true, true));
        same_outline(html, ("jumped", jumped), ("read", read), &limits())
    }

    #[test]
    fn jumping_over_bodies_builds_the_same_tree() {
        for html in [
            "<script>a<b</script><p>x",
            "<script>x<!-- <script> </script> --></script><p>y</p>",
            "<script><!--<script></script>-->y</script>z",
            "<style>p{}</STYLE><p>x",
            "<script type=application/ld+json>{}</script>",
            "<script>\r\na\rb\0c</script>",
            "<svg><script>x<p>y</p></script><style>q</style></svg>",
            "<frameset><script>a</script></frameset>",
            "<table><script>x</script><tr><td>y",
            "<select><script>x</script><style>y</style></select>",
            "<textarea><script>x</script></textarea><title><style>y</style></title>",
            "<noscript><style>x</style></noscript>",
            "<script>unclosed <p>",
            "<script></script  ><p>",
            "\u{feff}<p>bom</p>",
        ] {
            let r = same_tree(html);
            assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
        }
    }

    #[test]
    fn text_in_an_svg_dropped_past_the_depth_limit_reads_as_foreign_content() {
        // A NUL is U+FFFD there (in HTML content it is dropped, joining the
        // words around it), and `<![CDATA[` opens a section of text (in HTML
        // content, a bogus comment that would hide it).
        let html = "<div><svg>yea\0b<![CDATA[x]]>c</svg></div>";
        let deep = outline(&parse(html, &limits()));
        assert!(deep.contains("\"yea\u{fffd}bxc\""), "{deep}");
        let mut shallow = limits();
        shallow.max_depth = 1;
        let flat = outline(&parse(html, &shallow));
        assert!(!flat.contains("<svg"), "{flat}");
        assert!(flat.contains("\"yea\u{fffd}bxc\""), "{flat}");
    }

    #[test]
    fn a_table_closed_from_within_a_cell_is_closed_for_the_filter_too() {
        // `</table>` in a cell closes the table (it is looked for in table
        // scope); a cell tag after it is outside any table, dropped, and
        // separates the words around it as elsewhere.
        let tree = outline(&parse("<table><tr><td>a</table><p>b<td>c</p>", &limits()));
        assert!(tree.contains("\"b c\""), "{tree}");
        // So does a `<table>` start tag in a row (in a cell it nests).
        let html = "<table><tr><table></table><p>b<td>c</p>";
        let tree = outline(&parse(html, &limits()));
        assert!(tree.contains("\"b c\""), "{tree}");
        // A cell tag outside any table is ignored, start and end: it does
        // not close a later real cell early.
        let html = "<th>a<table><th></th>b<tr>c";
        let tree = outline(&parse(html, &limits()));
        assert!(tree.contains("\"abc\""), "{tree}");
        let html = "<table><tr><td><table></table><p>b<td>c</p>";
        let tree = outline(&parse(html, &limits()));
        assert!(tree.contains("\"b\"") && tree.contains("\"c\""), "{tree}");
    }

    #[test]
    fn end_tags_inside_a_table_dropped_past_the_limit_close_nothing_outside_it() {
        // The table is a scope boundary: `</div>` inside it is ignored, and
        // `</h3>` after it then closes the heading, parting "x" from "y".
        let html = "<div><h1><table></div></table>x</h3>y";
        let mut shallow = limits();
        shallow.max_depth = 2;
        let tree = outline(&parse(html, &shallow));
        assert!(!tree.contains("<table") && !tree.contains("xy"), "{tree}");
        // A raw-text element's end tag still passes there (the tree builder
        // in its text mode takes nothing else; a fuzz find panicked in it).
        let html = "<div><h1><table><script>x</script><p>y</p><textarea>z</textarea><b>w";
        let tree = outline(&parse(html, &shallow));
        assert!(tree.contains("\"w\""), "{tree}");
    }

    #[test]
    fn a_block_dropped_in_a_table_still_parts_the_foster_parented_words() {
        // Past the element limit the table is built and the `<div>` in it is
        // dropped. The end tags around it reach the tree builder and end each
        // run of table text: "a" and "b" are foster-parented before the table,
        // into one text node, while a lone space standing for the div would
        // stay in the table and the words would join (a fuzz find); without
        // the limit the div is foster-parented between them.
        let html = "<table>a</x><div></x>b</table>";
        let mut few = limits();
        few.max_elements = 4;
        let tree = outline(&parse(html, &few));
        assert!(!tree.contains("<div") && tree.contains("<table"), "{tree}");
        assert!(tree.contains("\"a\\u{a0}b\""), "{tree}");
        // Outside a table it is a plain space.
        let tree = outline(&parse("<p>a</x><div></x>b", &few));
        assert!(tree.contains("\"a b\""), "{tree}");
    }

    #[test]
    fn a_dropped_button_parts_the_words_around_it() {
        // Past the element limit (html, head, body) every tag is dropped; a `<button>` (which
        // the segmenter cuts, parting the words around it) still separates
        // them, as a block's tag does (a fuzz find: the second button closes
        // the first and the `<div>` in it without the limit).
        let mut none = limits();
        none.max_elements = 3;
        let tree = outline(&parse("<button>a<div>b<button>c", &none));
        assert!(tree.contains("\"a b c\""), "{tree}");
    }

    #[test]
    fn a_streamed_segment_takes_its_placeholders_place() {
        let html = "<main><h1>Top</h1><template id='B:0'></template><p>Fallback</p></main>\
            <footer>Foot</footer><div hidden id='S:0'><p>Late list</p>\
            <template id='P:1a'></template></div><div hidden id='S:1a'><p>Later still</p></div>\
            <div hidden id='S:2'><p>No place</p></div>";
        let tree = outline(&parse(html, &limits()));
        let at = |s: &str| tree.find(s).unwrap_or(usize::MAX);
        // In the order a browser shows them, inside `<main>`.
        let order = [
            "<main",
            "Top",
            "Late list",
            "Later still",
            "Fallback",
            "Foot",
            "No place",
        ];
        assert!(
            order
                .iter()
                .zip(order.iter().skip(1))
                .all(|(a, b)| at(a) < at(b)),
            "{tree}"
        );
        assert!(!tree.contains("S:0") && !tree.contains("B:0") && !tree.contains("S:1a"));
        // A segment without a placeholder stays where it was.
        assert!(tree.contains("\"S:2\""), "{tree}");
        // Placeholders only in each other's segments: nothing moves, nothing is lost.
        let html = "<p>Page</p><div hidden id='S:0'><p>One</p><template id='B:1'></template></div>\
            <div hidden id='S:1'><p>Two</p><template id='B:0'></template></div>";
        let tree = outline(&parse(html, &limits()));
        assert!(
            tree.contains("\"One\"") && tree.contains("\"Two\""),
            "{tree}"
        );
        assert!(
            tree.contains("\"S:0\"") && tree.contains("\"S:1\""),
            "{tree}"
        );
    }

    #[test]
    fn a_self_closed_iframe_does_not_swallow_the_page() {
        let html = "<noscript><iframe src=/ns.html /></noscript><main><p>Body text</p></main>";
        let tree = outline(&parse(html, &limits()));
        assert!(tree.contains("<main"), "{tree}");
        assert!(tree.contains("\"Body text\""), "{tree}");
        // A frame closed the usual way keeps its fallback text as text.
        let html = "<iframe><p>fallback</p></iframe><p>after</p>";
        let tree = outline(&parse(html, &limits()));
        assert!(tree.contains("\"<p>fallback</p>\""), "{tree}");
        assert!(tree.contains("\"after\""), "{tree}");
    }

    #[test]
    fn chunks_are_slices_of_the_trimmed_page_or_copies() {
        let all = StrTendril::from_slice("abcdef");
        assert_eq!(&*slice(&all, &all, 1, 3), "bc");
        // An untrimmed page, or one too long for a tendril: copies.
        assert_eq!(&*slice(&StrTendril::new(), "abcdef", 2, 6), "cdef");
        assert_eq!(&*slice(&StrTendril::new(), "abcdef", 4, 2), "");
    }

    #[test]
    fn bodies_across_chunks_build_the_same_tree() {
        let script = format!(
            "<script>{}</script>",
            "var a = 1; if (a<2) {}\r\n".repeat(4000)
        );
        let style = format!("<style>{}</style>", "p { color: red }\n".repeat(5000));
        let html = format!(
            "<p>{}</p>{script}<p>mid</p>{style}{script}<p>end</p>",
            "x".repeat(60_000)
        );
        assert!(html.len() > 3 * FEED_CHUNK);
        let r = same_tree(&html).map_err(|e| e.chars().take(2000).collect::<String>());
        assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
    }

    /// Cutting the attributes no stage reads before parsing builds the tree
    /// that parsing everything and then dropping them builds: same elements,
    /// same text, same attributes kept.
    fn same_tree_when_cut(html: &str) -> Result<(), String> {
        let read = |name: &str| {
            crate::dom::READ_ATTRIBUTES.contains(&name)
                || crate::dom::is_time_attribute(name.as_bytes())
                || crate::dom::is_tooltip_attribute(name.as_bytes())
        };
        let cut = outline_of(
            &parse_strict(html, &limits(), (true, true, true), true),
            read,
        );
        let kept = outline_of(
            &parse_strict(html, &limits(), (true, false, true), true),
            read,
        );
        if cut == kept {
            Ok(())
        } else {
            Err(format!("{html:?}\ncut:\n{cut}\nkept:\n{kept}"))
        }
    }

    #[test]
    fn cutting_unread_attributes_builds_the_same_tree() {
        for html in [
            r#"<p class="a" data-x="1" id='b' srcset="x 1x">t</p>"#,
            r#"<svg><path d="M0 0L1 1" fill=red/></svg><p>after</p>"#,
            r#"<a href="/x"data-a="1"title='t'>link</a>"#,
            // Comments end where the tokenizer ends them.
            r#"<!--><title>T <b data-x="1"></title>"#,
            r#"<!---><textarea>a data-y="2"</textarea>"#,
            r#"<!-- x --!><title>a data-y="3"</title>"#,
            r#"<!-- x ---><title>a data-y="4"</title>"#,
            // End tags carry attributes the tokenizer reads and drops.
            r#"</div title="<b data-x='1'>">text"#,
            r#"</ <b data-x="a>b">tail"#,
            // Raw text ends only at its own end tag.
            r#"<title>a</titles><b data-x="1"></title>"#,
            r#"<script>if(a)<!--<script></script><b data-x="1"></script>-->x"#,
            r#"<plaintext><b data-x="1"></plaintext><i data-y="2">"#,
            r#"<svg><![CDATA[<b data-x="1">]]></svg><p data-z="3">"#,
            // A value holding markup is kept (it may be text to the tokenizer).
            r#"<b data-html="<i>x</i>">y</b>"#,
            // An `=` after the value would go to a valueless attribute before.
            r#"<b class data-x="1"="v">t</b>"#,
            r#"<b class data-x="1"  ="v">t</b>"#,
            r#"<input type="hidden" data-x="1"><table><input type=hidden data-y="2">"#,
            // Foreign content: `<title>` and `<style>` are elements there,
            // and an HTML element may end it.
            r#"<svg><title>Icon</title><path d="M0 0"/></svg><title>T data-x="1"</title>"#,
            r#"<svg><style><p><title>x</style><b data-y="z">t</title>"#,
            r#"<svg><desc><title>x data-y="z"</title></desc></svg>"#,
            r#"<math><mi><textarea>a data-y="z"</textarea></mi></math>"#,
            r#"<svg></p><title>x data-y="z"</title></svg>"#,
            r#"<svg/><title>x data-y="z"</title>"#,
            // Comments are cut where nothing before them is pending.
            "a <!-- x --> b",
            "a&amp<!-- x -->;b<<!-- y -->p>c\r<!-- z -->\nd",
            "<pre><!-- x -->\ne</pre><!-- y --!>f<!--->g<!-- unclosed",
            "\u{feff}<!-- x -->\u{feff}h",
            "<svg><desc></title></<p><title><!---->",
            "<svg></textarea<p><math></svg><title><!--",
            "<div><svg></div><title><!---->x</title>",
            "<div><svg><g></div><title><!---->x</title>",
        ] {
            let r = same_tree_when_cut(html);
            assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
        }
        // And the cut happens.
        let tree = outline(&parse("<p>a <!-- x --> b</p>", &limits()));
        assert!(tree.contains("\"a  b\""), "{tree}");
        assert!(matches!(
            prescan::trim_attributes("<p>a <!-- x --> b", true),
            std::borrow::Cow::Owned(s) if s == "<p>a  b"
        ));
        for html in [
            r#"<p data-x="1" class="c">t</p>"#,
            r#"<svg><title>i</title><path data-x="1" class="c"/></svg>"#,
        ] {
            let tree = outline(&parse(html, &limits()));
            assert!(
                tree.contains("class=") && !tree.contains("data-x"),
                "{tree}"
            );
        }
    }

    /// Passing each run of text in one piece builds the tree that passing
    /// the tokenizer's pieces builds (and so does a short element limit).
    fn same_tree_when_merged(html: &str, limits: &ParseLimits) -> Result<(), String> {
        let (merged, pieces) = ((true, true, true), (true, true, false));
        same_outline(html, ("merged", merged), ("pieces", pieces), limits)
    }

    #[test]
    fn merging_text_builds_the_same_tree() {
        let mut few = limits();
        few.max_elements = 6;
        for html in [
            "<p>a\n  b &amp; c\r\n d</p>",
            "<pre>\n\nx</pre><textarea>\n\ny</textarea><listing>\nz</listing>",
            "<table>a <tr> b<td>c</td>\n d</tr></table>",
            "<table><colgroup> a b<col></colgroup></table>",
            "<head> \n a b<title>t</title></head>",
            "<noscript> a</noscript> b",
            "<frameset> a b <frame></frameset> c d",
            "<frameset>a&amp; b\n c<frame></frameset>d&amp; e",
            "<b>x<p>y\n z</b> w",
            "<select> a <option>b\n c</select>",
            "<svg>a\0b<![CDATA[c]]>d</svg>\n e",
            "</body> a\n b</html> c",
        ] {
            for l in [limits(), few] {
                let r = same_tree_when_merged(html, &l);
                assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
            }
        }
    }

    #[test]
    fn the_fast_path_builds_the_same_tree() {
        for html in [
            r#"<div class="a b" id=x><p>Hello <b>world</b></p></div>"#,
            r#"<A HREF="/x" Title='t' hidden>link</A ><br/><img src=a.png alt="">"#,
            r#"<p a=1 a=2 b="x"c d= e =f g/h/>t</p>"#,
            r#"<p class="a&amp;b">x &amp; y</p><i>z</i>"#,
            "<p>a\r\nb</p><p c=\"\r\">x\0y</p>",
            "<title>T <b>x</b></title><textarea><p>y</textarea><p>z",
            "<script>a<b</script><style>p{}</style><p>x</p>",
            "<script type=application/ld+json>{}</script><p>x</p>",
            "<svg><title>i</title><p>y</p></svg><math><mi>x</mi></math>",
            "<!DOCTYPE html><!-- c --><p>x<![CDATA[y]]></p><?php x ?>",
            "<p>a < b <3 </ p></>c</p>",
            "<pre>\nx</pre><table><tr><td>a</td></tr></table>",
            "<p>unclosed <b class=\"x",
            "<p>tail <b",
            "<noscript><p>x</p></noscript><iframe src=x></iframe><iframe/><p>after",
            "<plaintext><p>x",
            "<p é=1 data-Ü=2>ü</p>",
            r#"<p title="a &amp; b &#39;c&#x27; &nbsp;" alt=&lt;x&gt;>x&lt;y &gt; &quot;&apos;</p>"#,
            "<p>&#128; &#0; &#xD800; &#x110000; &copy; &amp &ampx; &#39 &#;</p>",
            "a\r\nb\rc<p a='x\r\ny'\rb=1\r\n>d\r</p>\r\n<pre>\r\ne</pre>",
            "<textarea>\r\nx</textarea><p a=\"&amp\" b='&notit;' c=&amp=>y",
        ] {
            for l in [None, Some(6)] {
                let r = same_tree_when_fast(html, l);
                assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
            }
        }
    }

    #[test]
    fn the_fast_path_across_windows_builds_the_same_tree() {
        let body = "<p class=\"c\">a &amp; b\r\n<a href=\"/x?a=1&amp;b=2\">l</a></p>".repeat(3000);
        let html = format!("<div>{body}<script>x</script>{body}</div>");
        assert!(html.len() > 3 * FEED_CHUNK);
        let r =
            same_tree_when_fast(&html, None).map_err(|e| e.chars().take(2000).collect::<String>());
        assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// Any mix of the pieces that steer the tokenizer's states.
        #[test]
        fn the_fast_path_never_changes_the_tree(pieces in prop::collection::vec(prop::sample::select(vec![
            // Tags, any case, and the states they steer the tree builder to.
            "<p", "<b ", "<B", "<P CLASS=X>", "<Div>", "</DIV>", "<p>", "</p>", "<div>", "</div>",
            "<title>", "</title>", "<TITLE>", "</Title>", "<textarea>", "</textarea", "<TextArea>",
            "<script>", "</script>", "<SCRIPT>", "</Script>", "<style>", "</style>", "<xmp>",
            "</xmp>", "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<iframe",
            "</iframe>", "<plaintext>", "<noscript>", "</noscript>", "<svg>", "</svg>", "<SVG>",
            "<math>", "</math>", "<mi>", "<foreignObject>", "</foreignobject>", "<desc>",
            "<annotation-xml encoding=text/html>", "<image/>", "<font color=x>", "<table>",
            "<td>", "<tr>", "<caption>", "<colgroup>", "<col>", "<tbody>", "<select>", "<option>",
            "<frameset>", "<template>", "</template>", "<head>", "<body>", "</body>", "</html>",
            "<li>", "<h1>", "</h2>", "<br/>", "<pre>", "<a href=x>", "</a>", "<input",
            " type=hidden",
            // Markup the fast path leaves to the tokenizer.
            "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<!", "<?", "</", "</>", "<",
            "</ p>", "<3",
            // Pieces of tags: names, values, quotes of both kinds.
            ">", "/", "=", "\"", "'", " ", "a", "é", "class", "CLASS", "href", "=\"v\"", "='v'",
            "=v", " class=\"c\"", "=\"a'b\"", "='a\"b'", "a=\"x\"b", " a=1 A=2", "=>",
            // Line breaks, NUL and character references, in text, values and names.
            "\r", "\n", "\r\n", "\t", "\0", "&amp;", "&", "#", ";", "&lt;", "&#39;", "&#x80;",
            "&#x41;", "&#65", "&#0;", "&#xD800;", "&nbsp;", "&nbsp", "&amp", "&ampx;", "&not",
            "&notin;", "&copy;", "'&amp;'", "=\"&quot;\"", " &lt;=1", " a&amp;b=1", "=&amp;",
        ]), 0..40), elements in 3usize..40) {
            let html: String = pieces.concat();
            for l in [None, Some(elements)] {
                let r = same_tree_when_fast(&html, l);
                prop_assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
            }
        }
    }

    /// Every tag name, in any case and form, read by the fast path in
    /// every insertion mode of the tree builder, gets the answer "go on"
    /// (the fast path reads no start tag the tree builder switches the
    /// tokenizer on) and builds the tree the tokenizer builds.
    #[test]
    fn no_tag_read_fast_switches_the_tokenizer_in_any_mode() {
        let modes = [
            "",
            "<!DOCTYPE html>",
            "<html>",
            "<head>",
            "<head><noscript>",
            "<head></head>",
            "<body>",
            "<p><b>",
            "<table>",
            "<table><caption>",
            "<table><colgroup>",
            "<table><tbody>",
            "<table><tr>",
            "<table><td>",
            "<select>",
            "<table><td><select>",
            "<select><optgroup>",
            "<template>",
            "<template><tr>",
            "<head><template>",
            "<body></body>",
            "<body></body></html>",
            "<frameset>",
            "<frameset></frameset>",
            "<frameset></frameset></html>",
            "<svg>",
            "<svg><desc>",
            "<svg><foreignObject>",
            "<math>",
            "<math><mi>",
            "<math><annotation-xml encoding=text/html>",
            "<table><svg>",
            "<ul><li><textarea></textarea>",
            "<script></script>",
            "<style></style>",
        ];
        // HTML's elements, obsolete ones the tree builder knows included,
        // and foreign ones it treats apart.
        let mut names: Vec<&str> = "a abbr address applet area article aside audio b base \
            basefont bdi bdo bgsound big blink blockquote body br button canvas caption center \
            cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em \
            embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 \
            head header hgroup hr html i iframe image img input ins isindex kbd keygen label \
            legend li link listing main map mark marquee menu menuitem meta meter nav nobr \
            noembed noframes noscript object ol optgroup option output p param picture \
            plaintext pre progress q rb rp rt rtc ruby s samp script search section select \
            slot small source span strike strong style sub summary sup table tbody td template \
            textarea tfoot th thead time title tr track tt u ul var video wbr xmp svg math \
            foreignObject desc mi mo mn ms mtext mglyph malignmark annotation-xml x-custom"
            .split_whitespace()
            .collect();
        names.extend(fast::SWITCHING);
        for mode in modes {
            for name in &names {
                let upper = name.to_ascii_uppercase();
                for n in [*name, upper.as_str()] {
                    for tag in [
                        format!("<{n}>"),
                        format!("<{n} a=1 b='x'>"),
                        format!("<{n}/>"),
                        format!("</{n}>"),
                    ] {
                        let html = format!("{mode}{tag}x<p>y</p>z");
                        for l in [None, Some(4)] {
                            let r = same_tree_when_fast(&html, l);
                            assert!(r.is_ok(), "{}", r.err().unwrap_or_default());
                        }
                    }
                }
            }
        }
    }

    /// The fast path does read a plain page, nearly all of it.
    #[test]
    fn the_fast_path_reads_a_plain_page() {
        let html =
            "<div class=a><p>Some <b>text</b> &amp; a <a href='/x'>link</a>.</p></div>".repeat(50);
        fast::FAST_BYTES.with(|n| n.set(0));
        let _ = parse_strict(&html, &limits(), (true, true, true), true);
        let read = fast::FAST_BYTES.with(std::cell::Cell::get);
        assert_eq!(read, html.len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any mix of tags that switch the tree builder's insertion modes
        /// and of text cut into pieces by the tokenizer.
        #[test]
        fn merging_never_changes_the_tree(pieces in prop::collection::vec(prop::sample::select(vec![
            "<p>", "</p>", "<pre>", "</pre>", "<table>", "</table>", "<tr>", "<td>", "</td>",
            "<colgroup>", "<col>", "<caption>", "<select>", "<option>", "<head>", "</head>",
            "<body>", "</body>", "</html>", "<frameset>", "<frame>", "</frameset>", "<noscript>",
            "<svg>", "</svg>", "<math>", "<b>", "</b>", "<i>", "<template>", "</template>",
            "<textarea>", "<title>", "</title>", "<!--c-->", "<![CDATA[", "]]>", "\n", "\r\n",
            "\r", " ", "\t", "a", "b c", "&amp;", "&", "\0", "é", "<div>", "</div>", "<li>",
        ]), 0..30), elements in 3usize..40) {
            let html: String = pieces.concat();
            let mut l = limits();
            l.max_elements = elements;
            for l in [limits(), l] {
                prop_assert!(same_tree_when_merged(&html, &l).is_ok(), "{}",
                    same_tree_when_merged(&html, &l).err().unwrap_or_default());
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any mix of the pieces that steer the tokenizer's states and its
        /// reading of attributes.
        #[test]
        fn cutting_never_changes_the_tree(pieces in prop::collection::vec(prop::sample::select(vec![
            "<p", "<b ", "<title>", "</title>", "<textarea>", "</textarea", "<script>",
            "</script>", "<style>", "</style>", "<!--", "-->", "--!>", "<!-->", "<![CDATA[",
            "]]>", "<svg>", "</svg>", "<math>", "<plaintext>", "</", "<", ">", "/", "=", "\"",
            "'", " ", "a", "data-x", "class", "d", "srcset", "on", "=\"v\"", "='v'", "=v",
            " data-x=\"1\"", " class=\"c\"", " d='M0'", "<!", "<?", "<table>", "<td>",
            "<input", " type=hidden", "<font", " color=red", "é", "<p>", "</p>", "<desc>",
            "<foreignObject>", "<mi>", "/>", "<svg/>", "<div>", "&amp", "&", "#", ";", "\r",
            "\n", "<!---->", "<pre>", "\u{feff}",
        ]), 0..30)) {
            let html: String = pieces.concat();
            prop_assert!(same_tree_when_cut(&html).is_ok(), "{}",
                same_tree_when_cut(&html).err().unwrap_or_default());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        /// Any mix of the pieces that steer the tokenizer's raw-text states.
        #[test]
        fn jumping_never_changes_the_tree(pieces in prop::collection::vec(prop::sample::select(vec![
            "<script>", "<script>", "<script>", "<SCRIPT type=x>", "</script>", "</script>",
            "</script>", "<!--", "<!--", "-->", "-->", "<script type='application/ld+json'>",
            "</script ", "</ScRiPt/>", "<script", "<style>", "</style>", "</style", "--!>",
            "<!-->", "-", "<", "/", ">", "</", "!", "\r\n", "\r", "\0", "<p>", "a", " ",
            "<svg>", "</svg>", "<title>", "</title>", "<textarea>", "<table>", "<td>", "<select>",
            "<frameset>", "<template>", "</template>", "<noscript>", "\"", "=", "<math>", "é",
        ]), 0..30)) {
            let html: String = pieces.concat();
            prop_assert!(same_tree(&html).is_ok(), "{}", same_tree(&html).err().unwrap_or_default());
        }
    }
}
