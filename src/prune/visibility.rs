//! Hidden or shown: disclosure panels and their toggles, FAQ questions, carousel slides, grids of
//! linked cards, modals, streamed segments, clipped previews of the text after them and the hiding
//! classes and styles.

use super::*;

/// Class/id words of the panels that accordions, FAQs and tabs show on a
/// click (wcxb-dev: service, product and documentation pages put their
/// answers and tab contents there, hidden until opened). "pane" is
/// Bootstrap's `tab-pane` (wcxb-dev half B: a product page's
/// specification tab, product +0.005; half A unchanged). The bare words
/// "tab" and "tabs" also name a pricing table's per-plan views that repeat
/// its rows (half B: service -0.002), so they are not among them.
pub(super) const DISCLOSURE_WORDS: [&str; 8] = [
    "accordion",
    "answer",
    "collapse",
    "collapsible",
    "faq",
    "tabpanel",
    "panel",
    "pane",
];

/// A panel shown on a click: `role="tabpanel"`, or a class or id word of
/// [`DISCLOSURE_WORDS`].
pub(super) fn is_disclosure_panel(e: &crate::dom::Element) -> bool {
    let word = |w: &str| DISCLOSURE_WORDS.contains(&w);
    e.attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
        || e.attr(&local_name!("class"))
            .is_some_and(|c| crate::hints::has_word(c, word))
        || e.attr(&local_name!("id"))
            .is_some_and(|c| crate::hints::has_word(c, word))
}

/// A tab set's panel by the ARIA tab pattern: `role="tabpanel"` named by
/// its tab (`aria-labelledby`). On a manual such a panel is one of a
/// sample's versions (a language's install steps, each step a link to the
/// tool's download page), however much of it is linked; a menu's
/// disclosure is no tab's panel. wcxb-dev half A: documentation 0681's
/// prerequisites by language, whose gold keeps every tab's steps.
pub(super) fn is_labelled_tab_panel(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
        && e.attr(&local_name!("aria-labelledby"))
            .is_some_and(|l| !l.trim().is_empty())
}

/// The ids that controls open (`aria-controls`), and the ids of the page's
/// drop-down menus (`<select>`), whose `<label>`s name a control (wcxb-dev:
/// 18 such labels kept as text on 18 pages of both halves, none in the
/// gold). One pass over the elements.
pub(super) fn controlled_and_menu_ids(
    dom: &Dom,
) -> (crate::hash::FastSet<&str>, crate::hash::FastSet<&str>) {
    let mut controlled = crate::hash::FastSet::default();
    let mut menus = crate::hash::FastSet::default();
    for e in (0..dom.len()).filter_map(|id| dom.element(id)) {
        if let Some(c) = e.attr(&local_name!("aria-controls")) {
            controlled.extend(c.split_ascii_whitespace());
        }
        if e.name == local_name!("select") {
            menus.extend(
                e.attr(&local_name!("id"))
                    .map(str::trim)
                    .filter(|i| !i.is_empty()),
            );
        }
    }
    (controlled, menus)
}

/// Shortest text (bytes) of a toggle button that titles its panel: menu
/// and filter toggles say a word or two ("Menu", "Price", "Show more"),
/// accordions' questions and guide titles a phrase (wcxb-dev half A
/// collection and service pages: 22 to 100 and more).
pub(super) const PANEL_TITLE_MIN_TEXT: usize = 20;

/// A `<button>` that opens and closes a panel (`aria-expanded`), with a
/// phrase for text: the panel's title, an FAQ's question.
pub(super) fn is_panel_title(e: &crate::dom::Element, text: usize) -> bool {
    e.attr(&local_name!("aria-expanded")).is_some() && text >= PANEL_TITLE_MIN_TEXT
}

/// A `<button>` that is a heading's text (`<h3><button>Can I return
/// it?</button></h3>`): the accordion pattern, whose panel titles are
/// headings holding the button that opens each panel (the script adds
/// `aria-expanded` only when it runs). A control beside a heading's text
/// ("Edit", a "#" anchor) shares the heading with it; a form's submit
/// button opens no panel. (Both need a title's length: a "Menu" toggle
/// in a heading opens the navigation.)
pub(super) fn is_heading_button(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
    let submits = e
        .attr(&local_name!("type"))
        .map(str::trim)
        .is_some_and(|t| t.eq_ignore_ascii_case("submit") || t.eq_ignore_ascii_case("reset"));
    !submits
        && dom.parent(id).is_some_and(|p| {
            dom.html_name(p).is_some_and(crate::html::is_heading)
                && dom
                    .children(p)
                    .all(|c| c == id || dom.text(c).is_some_and(|t| t.trim().is_empty()))
        })
}

/// A short toggle button that is a heading's whole text and opens a panel
/// of text right after that heading (`<h2><button aria-expanded>Material
/// & care</button></h2><div><dl>…</dl></div>`): a product's accordion of
/// details, whose titles are a word or two. The panel, not the words,
/// tells it from a menu's or a footer's disclosure headings ("Help",
/// "About us"), whose panels are lists of links: it holds
/// [`PANEL_TEXT_MIN`] bytes of text, most of it outside links. (wcxb-dev
/// half A: product 0625 0.669 -> 0.680, its "Material & care", "Details"
/// and "Size & fit"; 4107 0.940 -> 0.938 and one article -0.0004, a
/// "Details" and an FAQ question their golds leave out; A +0.0094
/// page-units; half B +0.0128: four product pages, two service, one
/// collection up, one article and one product down a little.)
pub(super) fn titles_a_text_panel(
    dom: &Dom,
    id: NodeId,
    e: &crate::dom::Element,
    text_len: &PerNode<usize>,
    is_linky: impl Fn(NodeId) -> bool,
) -> bool {
    text_len.at(id) > 0
        && e.attr(&local_name!("aria-expanded")).is_some()
        && is_heading_button(dom, id, e)
        && dom
            .parent(id)
            .and_then(|h| next_element_sibling(dom, h))
            .is_some_and(|n| text_len.at(n) >= PANEL_TEXT_MIN && !is_linky(n))
}

/// A `<button>` that opens the panel after it, by its markup rather than
/// its words: it holds the panel's title as a heading (`<button><h5>How
/// much does it cost?</h5>`), or it says one short question and a sibling
/// with text follows it (an FAQ's question, then its answer: the script
/// adds `aria-expanded` only when it runs). Bounded: reads at most
/// [`TOGGLE_SCAN`] nodes of the button and skips at most as many blank
/// text nodes before its next sibling. Asked on service pages only, whose
/// FAQ is one of their sections (wcxb-dev service: half A 0.8655 ->
/// 0.8658, half B 0.8397 -> 0.8404, 4 pages better, 1 worse; asked on
/// every page, articles' and products' FAQ widgets, which their body
/// leaves out, came in: article B -0.0001, product B -0.0002; with
/// `aria-controls` as a mark too, service A -0.0004).
pub(super) fn opens_a_panel(dom: &Dom, id: NodeId, text_len: &PerNode<usize>) -> bool {
    if dom
        .walk(id + 1..dom.end(id))
        .take(TOGGLE_SCAN)
        .any(|d| dom.html_name(d).is_some_and(crate::html::is_heading))
    {
        return true;
    }
    if !is_question(dom, id) {
        return false;
    }
    next_element_sibling(dom, id).is_some_and(|n| text_len.at(n) >= PANEL_TEXT_MIN)
}

/// The element sibling right after `id`, skipping at most [`TOGGLE_SCAN`]
/// blank text nodes; `None` when text with words, the parent's end or
/// anything but an element comes first.
pub(super) fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id);
    let mut n = dom.end(id);
    for _ in 0..TOGGLE_SCAN {
        if n >= dom.len() || dom.parent(n) != parent {
            return None;
        }
        match dom.text(n) {
            Some(t) if t.trim().is_empty() => n = dom.end(n),
            Some(_) => return None,
            None => return dom.element(n).is_some().then_some(n),
        }
    }
    None
}

/// Least text (characters) of the panel a question's button opens: an
/// answer's sentence, not an icon or a label.
pub(super) const PANEL_TEXT_MIN: usize = 40;

/// Nodes of the previous sibling looked at for a toggle control.
pub(super) const TOGGLE_SCAN: usize = 16;

/// Whether the element sibling before `id` is, or holds near its start, a
/// control that opens it: a `<button>` or an element with
/// `aria-expanded`/`aria-controls` (the accordion pattern: a question's
/// button, then its hidden answer) or, with `questions`, is one short
/// question (see [`is_question`]). Bounded: climbs from the node just
/// before `id` to its sibling level, skips at most a few text nodes, and
/// scans [`TOGGLE_SCAN`] nodes of that sibling. A `<summary>` is no such
/// control: it opens its own `<details>`, never the box after it (wcxb-dev
/// half A: a manual's hidden "Access to this page requires authorization"
/// notices after its collapsed outline, documentation 0.9556 -> 0.9563, two
/// pages up, none down; half B and news unchanged).
pub(super) fn follows_a_toggle(dom: &Dom, id: NodeId, questions: bool) -> bool {
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let mut x = id.checked_sub(1);
    for _ in 0..TOGGLE_SCAN {
        let Some(mut n) = x else { return false };
        if n == parent {
            return false;
        }
        // The node before `id` in document order is the previous sibling
        // or its last descendant: climb to the sibling.
        while let Some(p) = dom.parent(n) {
            if p == parent {
                break;
            }
            n = p;
        }
        match dom.element(n) {
            Some(_) => {
                return dom.walk(n..dom.end(n)).take(TOGGLE_SCAN).any(|d| {
                    dom.element(d).is_some_and(|e| {
                        e.name == local_name!("button")
                            || e.attr(&local_name!("aria-expanded")).is_some()
                            || e.attr(&local_name!("aria-controls")).is_some()
                    })
                }) || (questions && is_question(dom, n));
            }
            // Whitespace between the two: look further back.
            None => x = n.checked_sub(1),
        }
    }
    false
}

/// Whether the element sibling after `id` is, or holds near its start, a
/// closed control that opens it (`aria-expanded="false"`): the "Read more"
/// pattern, a text's rest hidden under a button that follows it (a book's
/// excerpt or a product's long description behind "Read more"). Only the
/// ARIA mark counts: a plain button after a hidden box is as often a
/// form's or a slider's. Bounded like [`follows_a_toggle`]: skips at most
/// [`TOGGLE_SCAN`] blank text nodes and scans as many nodes of the sibling.
/// (wcxb-dev: one product page of half A, 0.648 -> 0.920, a book's
/// excerpt; no other page of either half moves; news unchanged.)
pub(super) fn precedes_a_toggle(dom: &Dom, id: NodeId) -> bool {
    next_element_sibling(dom, id).is_some_and(|n| {
        dom.walk(n..dom.end(n)).take(TOGGLE_SCAN).any(|d| {
            dom.element(d).is_some_and(|e| {
                e.attr(&local_name!("aria-expanded"))
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("false"))
            })
        })
    })
}

/// Opening (characters) a box must share with the sibling after it to be
/// that sibling's preview: a sentence or more, so two texts that merely
/// start alike ("Yes.", "Thanks for the A2A.") do not match.
pub(super) const PREVIEW_OPENING_CHARS: usize = 60;

/// Most nodes of a preview: its few lines and the control that expands
/// it (an answer's three paragraphs over its button: 60 nodes on
/// wcxb-dev's Q&A thread).
pub(super) const PREVIEW_SCAN: usize = 256;

/// Whether element `id` is a clipped preview of the text its next sibling
/// holds whole: `id` holds a control (a `<button>`, an `aria-expanded`
/// element) that expands it, its text outside that control (at least
/// [`PREVIEW_OPENING_CHARS`] characters, a trailing ellipsis aside) is
/// where the sibling's longer text starts ("Continue reading" under an
/// answer's first lines, the full answer right after, shown once the
/// script runs). Both copies on screen say the opening twice. Two tab
/// panels that start alike (the same filter bar, then different rows)
/// part after their opening. A shown sibling only: a hidden one is the
/// prune's to judge. Cheap where it fails: the first text of each is
/// compared before any text is gathered.
pub(super) fn is_preview(dom: &Dom, text_len: &PerNode<usize>, id: NodeId) -> bool {
    if text_len.at(id) < PREVIEW_OPENING_CHARS {
        return false;
    }
    let Some(next) = next_element_sibling(dom, id) else {
        return false;
    };
    if text_len.at(next) <= text_len.at(id) || dom.element(next).is_some_and(is_hidden) {
        return false;
    }
    let (Some(a), Some(b)) = (first_text(dom, id), first_text(dom, next)) else {
        return false;
    };
    if a != b {
        return false;
    }
    let Some(shown) = text_outside_controls(dom, id) else {
        return false;
    };
    // "…" or "..." after the clipped words, or a sentence's full stop.
    let shown = shown.trim_end_matches(['…', '.', ' ']);
    shown.chars().nth(PREVIEW_OPENING_CHARS).is_some() && dom.text_of(next).starts_with(shown)
}

/// Whether `e` expands or collapses something: a `<button>` or an element
/// with `aria-expanded`.
fn is_control(e: &crate::dom::Element) -> bool {
    e.name == local_name!("button") || e.attr(&local_name!("aria-expanded")).is_some()
}

/// `id`'s text without the text of its controls ([`is_control`]), white
/// space collapsed, read from at most [`PREVIEW_SCAN`] nodes; `None` when
/// it holds no control or is longer than that.
fn text_outside_controls(dom: &Dom, id: NodeId) -> Option<String> {
    if dom.end(id).saturating_sub(id) > PREVIEW_SCAN {
        return None;
    }
    let mut out = String::new();
    let mut control = false;
    let mut walk = dom.subtree(id);
    while let Some(n) = walk.next() {
        if n != id && dom.element(n).is_some_and(is_control) {
            control = true;
            walk.skip_subtree(n);
        } else if let Some(t) = dom.text(n) {
            out.push_str(t);
        }
    }
    control.then(|| crate::dom::collapse(&out))
}

/// The first text with words below `id`, trimmed, read from at most
/// [`TOGGLE_SCAN`] nodes.
fn first_text(dom: &Dom, id: NodeId) -> Option<&str> {
    dom.subtree(id)
        .take(TOGGLE_SCAN)
        .filter_map(|n| dom.text(n))
        .map(str::trim)
        .find(|t| !t.is_empty())
}

/// Longest question (bytes) that heads a hidden answer.
pub(super) const QUESTION_MAX_BYTES: usize = 200;

/// Whether the element `n` is one short question: its text, read from at
/// most [`TOGGLE_SCAN`] nodes, ends in a question mark (the FAQ whose
/// question is a clickable `<div>` with no button or ARIA markup).
pub(super) fn is_question(dom: &Dom, n: NodeId) -> bool {
    if dom.end(n).saturating_sub(n) > TOGGLE_SCAN {
        return false;
    }
    let mut len = 0;
    let mut last = None;
    for t in (n..dom.end(n)).filter_map(|d| dom.text(d)) {
        len += t.len();
        if let Some(c) = t.trim_end().chars().next_back() {
            last = Some(c);
        }
    }
    len <= QUESTION_MAX_BYTES && matches!(last, Some('?' | '？' | '؟' | '\u{37e}'))
}

/// One slide of a carousel of text: a carousel-named item with text, not
/// mostly links, one of at least [`SLIDE_SET`] sibling elements of its tag
/// under a parent that holds slides of text (a service page's carousel of
/// case studies or partners, each a title and a line or two); not a copy
/// of an earlier sibling (a cloned slide).
pub(super) fn is_one_of_slides(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let (Some(e), Some(parent)) = (dom.element(id), dom.parent(id)) else {
        return false;
    };
    let len = below.text_len.at(id);
    if len == 0 || below.is_linky(id) || !below.is_slides_of_text(parent) {
        return false;
    }
    let mut set = 0;
    let mut own: Option<String> = None;
    let siblings = element_children(dom, parent);
    for (c, _) in siblings.filter(|(_, ce)| ce.name == e.name) {
        if copies(dom, below, c, id, &mut own) {
            return false;
        }
        set += 1;
    }
    set >= SLIDE_SET
}

/// Whether `id`, one of at least [`SLIDE_SET`] carousel-named sibling
/// elements of its tag, sits in a carousel most of whose slides with text
/// hold too little to be slides of text or prose: a row of promotion cards
/// (a product page's brand story, each card a heading and a line), whose
/// few longer cards are the same pitch. A carousel mostly of long slides
/// (testimonials, feature captions) is text, its short slides with it.
pub(super) fn is_mostly_short_slides(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let (Some(e), Some(parent)) = (dom.element(id), dom.parent(id)) else {
        return false;
    };
    let (mut set, mut short, mut long) = (0, 0, 0);
    let siblings = element_children(dom, parent)
        .filter(|(_, ce)| ce.name == e.name && classify(ce).hint == Some(Boilerplate::Gallery));
    for (c, _) in siblings {
        set += 1;
        if below.text_len.at(c) == 0 {
            continue;
        }
        if below.is_slides_of_text(c) || below.is_prose(c) {
            long += 1;
        } else {
            short += 1;
        }
    }
    set >= SLIDE_SET && short > long
}

/// Whether `id` says again the text of `c`, an earlier sibling (a
/// carousel's cloned slide, a marquee's second run); `own` holds `id`'s
/// text once read, for the next sibling.
pub(super) fn copies(
    dom: &Dom,
    below: &Below,
    c: NodeId,
    id: NodeId,
    own: &mut Option<String>,
) -> bool {
    c < id
        && below.text_len.at(c) == below.text_len.at(id)
        && dom.text_of(c) == *own.get_or_insert_with(|| dom.text_of(id))
}

/// Sibling elements looked at for a shown slide beside a hidden one: a
/// carousel or a tab set holds a few to a few dozen.
pub(super) const SLIDE_SIBLINGS: usize = 64;

/// The class token that names a slide's kind: its first, unless that is a
/// hiding class ([`HIDDEN_CLASSES`]), then the next.
pub(super) fn slide_class(e: &crate::dom::Element) -> Option<&str> {
    e.attr(&local_name!("class"))?
        .split_ascii_whitespace()
        .find(|w| !HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
}

/// Whether the hidden element `id` is one of a set of sibling panels shown
/// one at a time (a carousel's slides, a tab set's panels): among the
/// first [`SLIDE_SIBLINGS`] element children of its parent, one of the
/// same tag and class kind is shown and holds text. A copy of an earlier
/// sibling's text (a carousel's cloned slides, a marquee's second run) is
/// not one.
pub(super) fn is_hidden_slide(
    dom: &Dom,
    below: &Below,
    id: NodeId,
    e: &crate::dom::Element,
) -> bool {
    let (Some(kind), Some(parent)) = (slide_class(e), dom.parent(id)) else {
        return false;
    };
    let len = below.text_len.at(id);
    if len < SLIDE_TEXT_BYTES
        || !hidden_by_markup(e)
        || e.attr(&local_name!("class")).is_some_and(is_responsive)
    {
        return false;
    }
    // `aria-hidden` alone hides from screen readers, not from the eye: a
    // carousel so marks its cells off screen (a page rendered before its
    // script runs marks them all), and a cell of text among cells of
    // pictures (a home's photos, then its description) is a slide as much
    // as one beside a shown slide of text.
    let aria_only = e.attr(&local_name!("hidden")).is_none() && !has_hiding_class(e);
    let mut shown = false;
    let mut set = 1;
    let mut own: Option<String> = None;
    let siblings = element_children(dom, parent);
    for (c, ce) in siblings.filter(|&(c, _)| c != id) {
        if ce.name != e.name || slide_class(ce) != Some(kind) {
            continue;
        }
        if copies(dom, below, c, id, &mut own) {
            return false;
        }
        set += 1;
        shown |= !is_hidden(ce) && below.text_len.at(c) > 0;
    }
    (shown || aria_only) && set >= SLIDE_SET
}

/// Least text (bytes) of a hidden box shown as a slide of a carousel whose
/// every slide is hidden, and of each slide counted in its set
/// ([`is_unshown_slide`]): a slide's headline or a line of a quote
/// (wcxb-dev half A: a service home's three hero slides of 90 to 110
/// bytes each); a picture's label ("Product Image of color Oak Brown
/// loading", 40 bytes) is no slide of text.
pub(super) const UNSHOWN_SLIDE_TEXT: usize = 60;

/// Levels climbed from a hidden box to the slide that holds it: the box
/// itself, or its slide's content container one or two levels below the
/// slide (`<li><div class="slide-content" style="display:none">`).
pub(super) const UNSHOWN_SLIDE_DEPTH: usize = 2;

/// Nodes of the page read in all to tell whether a carousel's slides show
/// any text: a cap, so that many nested sets of hidden boxes (hostile
/// input) cost no more than this page-wide; past it a set counts as
/// shown.
pub(super) const UNSHOWN_SLIDE_BUDGET: usize = 100_000;

/// Per set of sibling slides (parent, tag, class kind): whether every
/// slide with text shows none of it.
pub(super) type UnshownSets<'a> =
    crate::hash::FastMap<(NodeId, html5ever::LocalName, Option<&'a str>), bool>;

/// Whether the hidden element `id` is content of a carousel drawn before
/// its script ran: `id`, or an ancestor at most [`UNSHOWN_SLIDE_DEPTH`]
/// levels up, is one of at least [`SLIDE_SET`] sibling elements of its tag
/// and class kind (its slides), and no slide shows any text, every slide
/// with text holding it in hidden boxes only. A script shows them in
/// turn, so each is on screen in its time; with none shown, none is the
/// "other" slide of a shown one. A slide that says again an earlier
/// one's text (a cloned slide) is not one. `sets` remembers each set's
/// verdict; `budget` caps the nodes read page-wide
/// ([`UNSHOWN_SLIDE_BUDGET`]).
pub(super) fn is_unshown_slide<'a>(
    dom: &'a Dom,
    below: &Below,
    id: NodeId,
    sets: &mut UnshownSets<'a>,
    budget: &mut usize,
) -> bool {
    if below.text_len.at(id) < UNSHOWN_SLIDE_TEXT {
        return false;
    }
    let mut slide = id;
    for _ in 0..=UNSHOWN_SLIDE_DEPTH {
        let (Some(e), Some(parent)) = (dom.element(slide), dom.parent(slide)) else {
            return false;
        };
        if e.attr(&local_name!("class")).is_some_and(is_responsive) {
            return false;
        }
        let kind = slide_class(e);
        let alike = |ce: &crate::dom::Element| ce.name == e.name && slide_class(ce) == kind;
        let set = element_children(dom, parent)
            .filter(|(_, ce)| alike(ce))
            .count();
        if set >= SLIDE_SET {
            if !dom
                .ancestors(slide)
                .take(CAROUSEL_LEVELS)
                .chain(std::iter::once(slide))
                .filter_map(|a| dom.element(a))
                .any(names_carousel)
            {
                return false;
            }
            let key = (parent, e.name.clone(), kind);
            let unshown = *sets
                .entry(key)
                .or_insert_with(|| every_slide_unshown(dom, below, parent, &alike, budget));
            if !unshown {
                return false;
            }
            let mut own: Option<String> = None;
            return !element_children(dom, parent)
                .filter(|(_, ce)| alike(ce))
                .any(|(c, _)| copies(dom, below, c, slide, &mut own));
        }
        slide = parent;
    }
    false
}

/// Class and id words of a carousel or one of its slides (a slider
/// library's names among them: `flexslider`'s `slides`, `slick-slide`,
/// `swiper-slide`, `splide__slide`, a marquee's or a ticker's run).
pub(super) const CAROUSEL_WORDS: [&str; 11] = [
    "carousel",
    "slider",
    "slides",
    "slide",
    "slideshow",
    "swiper",
    "slick",
    "splide",
    "flickity",
    "marquee",
    "ticker",
];

/// Levels above a slide looked at for a carousel's name: its list, the
/// track around it, the carousel.
pub(super) const CAROUSEL_LEVELS: usize = 3;

/// Whether the element's class or id holds a word of [`CAROUSEL_WORDS`],
/// or its `aria-roledescription` says "carousel" or "slide" (the ARIA
/// carousel pattern).
fn names_carousel(e: &crate::dom::Element) -> bool {
    let word = |w: &str| CAROUSEL_WORDS.contains(&w);
    e.attr(&local_name!("class"))
        .is_some_and(|c| crate::hints::has_word(c, word))
        || e.attr(&local_name!("id"))
            .is_some_and(|c| crate::hints::has_word(c, word))
        || e.attrs
            .iter()
            .find(|a| &*a.name.local == "aria-roledescription")
            .is_some_and(|a| {
                let v = a.value.to_ascii_lowercase();
                v.contains("carousel") || v.contains("slide")
            })
}

/// Whether at least [`SLIDE_SET`] of `parent`'s first [`SLIDE_SIBLINGS`]
/// element children that are `alike` hold [`UNSHOWN_SLIDE_TEXT`] of text
/// and none of them shows any (all of it under hidden elements). Reads at most `budget` nodes, taken
/// from it; past it, false.
fn every_slide_unshown(
    dom: &Dom,
    below: &Below,
    parent: NodeId,
    alike: &dyn Fn(&crate::dom::Element) -> bool,
    budget: &mut usize,
) -> bool {
    let mut with_text = 0;
    for (c, _) in element_children(dom, parent).filter(|(_, ce)| alike(ce)) {
        let len = below.text_len.at(c);
        if len == 0 {
            continue;
        }
        if len >= UNSHOWN_SLIDE_TEXT {
            with_text += 1;
        }
        let mut walk = dom.subtree(c);
        while let Some(n) = walk.next() {
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            if below.text_len.at(n) == 0 || dom.element(n).is_some_and(is_hidden) {
                walk.skip_subtree(n);
            } else if dom.text(n).is_some() {
                return false;
            }
        }
    }
    with_text >= SLIDE_SET
}

/// Bytes of a panel's opening text compared with its shown sibling's: a
/// box's mobile and desktop forms open with the same product name and
/// price, two tabs of a shop's grid with different ones.
pub(super) const TAB_OPENING_BYTES: usize = 64;

/// Whether the hidden element `id`, holding prices, is a tab of a shop's
/// grid beside the tab shown (its "Add-ons" beside its "Feeders"): among
/// the first [`SLIDE_SIBLINGS`] element children of its parent, one of
/// the same tag shares a class word with it, is shown, holds text and
/// opens with other words. A pair is enough, as tab sets often hold two
/// panels (a carousel's slides need [`SLIDE_SET`]); the mobile and
/// desktop forms of one grid open alike and stay out. The hiding may be
/// an inline style, as a tab script sets it.
pub(super) fn is_hidden_price_tab(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
    let (Some(class), Some(parent)) = (e.attr(&local_name!("class")), dom.parent(id)) else {
        return false;
    };
    let words = || {
        class
            .split_ascii_whitespace()
            .filter(|w| !HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
    };
    if words().next().is_none() || !super::sections::shows_prices(dom, id) {
        return false;
    }
    let mut own: Option<String> = None;
    for (c, ce) in element_children(dom, parent).filter(|&(c, _)| c != id) {
        if ce.name != e.name || is_hidden(ce) {
            continue;
        }
        let Some(other) = ce.attr(&local_name!("class")) else {
            continue;
        };
        if !other
            .split_ascii_whitespace()
            .any(|o| words().any(|w| w == o))
        {
            continue;
        }
        let opening = opening_text(dom, c);
        if opening.is_empty() {
            continue;
        }
        if *own.get_or_insert_with(|| opening_text(dom, id)) != opening {
            return true;
        }
    }
    false
}

/// Nodes read for a panel's opening: a tile's picture, badges and links
/// come before its name. A cap, so that many hidden panels beside large
/// siblings without text cost no more than this each (hostile input).
const OPENING_SCAN: usize = 1024;

/// The first [`TAB_OPENING_BYTES`] (or a little more, to a text node's
/// end) of `id`'s text, its words joined by single spaces, read from at
/// most [`OPENING_SCAN`] nodes.
fn opening_text(dom: &Dom, id: NodeId) -> String {
    let mut out = String::new();
    for n in (id..dom.end(id)).take(OPENING_SCAN) {
        if out.len() >= TAB_OPENING_BYTES {
            break;
        }
        if let Some(t) = dom.text(n) {
            for w in t.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(w);
            }
        }
    }
    let mut cut = TAB_OPENING_BYTES.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

/// Whether `id` is a grid of cards linked whole: at least
/// [`CARD_GRID_LINKS`] links holding nearly all its text, on average
/// [`CARD_LINK_BYTES`] each (a title and a description). Reads at most
/// [`CARD_GRID_SCAN`] nodes.
pub(super) fn is_grid_of_linked_cards(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let text = below.text_len.at(id);
    if text < CARD_LINK_BYTES * CARD_GRID_LINKS
        || (below.link_len.at(id) as f32) < text as f32 * CARD_GRID_LINKED_SHARE
    {
        return false;
    }
    let end = dom.end(id);
    let mut links = 0;
    let mut n = id + 1;
    let mut read = 0;
    while n < end && read < CARD_GRID_SCAN {
        read += 1;
        if dom.html_name(n) == Some(&local_name!("a")) && below.text_len.at(n) > 0 {
            links += 1;
            n = dom.end(n).max(n + 1);
        } else {
            n += 1;
        }
    }
    n >= end && links >= CARD_GRID_LINKS && text / links >= CARD_LINK_BYTES
}

/// A grid of pictured tiles: at least [`TILE_GRID_PICTURES`] links holding a
/// picture, and at most [`TILE_TEXT_LINKS_PER_PICTURE`] links with words to
/// each (a category's tile is its picture and its name, linked as one or as
/// two links; a tag cloud or a menu of categories links words alone).
pub(super) fn is_grid_of_pictured_tiles(dom: &Dom, below: &Below, id: NodeId) -> bool {
    if !below.holds(id, super::below::HOLDS_LINKED_PICTURE) {
        return false;
    }
    let end = dom.end(id);
    let (mut pictured, mut worded) = (0usize, 0usize);
    let mut n = id + 1;
    let mut read = 0;
    while n < end && read < CARD_GRID_SCAN {
        read += 1;
        if dom.html_name(n) == Some(&local_name!("a")) {
            if below.holds(n, super::below::HOLDS_PICTURE) {
                pictured += 1;
            }
            if below.text_len.at(n) > 0 {
                worded += 1;
            }
            n = dom.end(n).max(n + 1);
        } else {
            n += 1;
        }
    }
    n >= end && pictured >= TILE_GRID_PICTURES && worded <= pictured * TILE_TEXT_LINKS_PER_PICTURE
}

/// Fewest pictured links of a grid of tiles (a row of three is as often a
/// promotion strip; wcxb-dev half A: a shop's home page's grid of 25
/// pictured category tiles in a box named "featuredCategories").
pub(super) const TILE_GRID_PICTURES: usize = 4;
/// Most links with words per pictured link in a grid of tiles: a tile's
/// name linked apart from its picture, and a "View all" or two.
pub(super) const TILE_TEXT_LINKS_PER_PICTURE: usize = 2;

/// Fewest cards of a grid of linked cards.
pub(super) const CARD_GRID_LINKS: usize = 3;
/// Shortest average text (bytes) of a grid's linked cards: a title and a
/// sentence; a menu's links, descriptions and all, say fewer (wcxb-dev
/// half A: one service page's grid of nine services 0.63 -> 0.71, no other
/// page of any type moved, on service pages alone or on every type but
/// articles and manuals; half B unchanged).
pub(super) const CARD_LINK_BYTES: usize = 120;
/// Share of a grid's text inside its links.
pub(super) const CARD_GRID_LINKED_SHARE: f32 = 0.8;
/// Most nodes read for a grid's links.
pub(super) const CARD_GRID_SCAN: usize = 2_000;

/// Hidden by its markup (`hidden`, `aria-hidden="true"`, a hiding class),
/// as carousels and tab sets hide their panels in turn; an inline
/// `display:none` is as often a template or a script's box waiting to be
/// filled (wcxb-dev half A: speaker-card templates of lorem ipsum).
pub(super) fn hidden_by_markup(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("hidden")).is_some()
        || e.attr(&local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || has_hiding_class(e)
}

/// One of the element's classes is a framework's whole `display: none`
/// class ([`HIDDEN_CLASSES`]).
pub(super) fn has_hiding_class(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|w| HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
    })
}

/// Fewest panels of a carousel or tab set (a pair of siblings alike is as
/// often a page's mobile and desktop forms of one box).
pub(super) const SLIDE_SET: usize = 3;

/// Classes that show or hide an element by screen width (`d-md-block`,
/// `md:flex`, `hide@medium`, `hidden-xs`, `mobile__block`): the hidden one
/// is the other form of a box shown beside it.
pub(super) fn is_responsive(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        w.contains(':')
            || w.contains('@')
            || w.starts_with("hidden-")
            || w.starts_with("visible-")
            || ["d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-"]
                .iter()
                .any(|p| w.starts_with(p))
            || crate::hints::has_word(&w, |x| matches!(x, "mobile" | "desktop" | "tablet"))
    })
}

/// `aria-modal="true"`, or `role="dialog"`/`"alertdialog"` not declared
/// non-modal: a modal dialog (a `<dialog>` element is cut by its tag). A
/// dialog marked `aria-modal="false"` is a sheet or drawer beside the page
/// (a product's description in a side panel).
pub(super) fn is_modal(e: &crate::dom::Element) -> bool {
    match e.attr(&local_name!("aria-modal")) {
        Some(v) => v.trim().eq_ignore_ascii_case("true"),
        None => e.attr(&local_name!("role")).is_some_and(|r| {
            let r = r.trim();
            r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
        }),
    }
}

/// Nodes read under an alert for its dismiss control: a notice is a few
/// paragraphs, links and a button (wcxb-dev half A: a guest prompt of 15
/// nodes), so the read stays short on a page-sized alert.
pub(super) const NOTICE_NODES: usize = 64;

/// A notice the reader can close: an element of ARIA role `alert` holding
/// a control that dismisses it (Bootstrap's `data-bs-dismiss` or
/// `data-dismiss` on its close button). A prompt to sign up, a cookie or
/// connection notice: the site speaking to the visitor, not the page's
/// text. Language-free: the markup, not the words.
pub(super) fn is_dismissible_notice(
    dom: &crate::dom::Dom,
    id: crate::dom::NodeId,
    e: &crate::dom::Element,
) -> bool {
    let alert = e
        .attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("alert"));
    alert
        && dom.subtree(id).take(NOTICE_NODES).any(|n| {
            dom.element(n).is_some_and(|c| {
                c.attrs.iter().any(|a| {
                    let name: &str = &a.name.local;
                    matches!(name, "data-bs-dismiss" | "data-dismiss")
                })
            })
        })
}

/// Class names of the lines of a code listing that its generator hides
/// until the reader clicks to show them: mdBook (the Rust books and many
/// projects' manuals) wraps the boilerplate a sample needs to compile (a
/// `fn main() {` around it, the `use` lines and types defined in an earlier
/// listing) in `<span class="boring">`, which its script hides on load.
/// wcxb-dev half A: three mdBook chapters hold such lines (2860: 157, 2996:
/// 25, 0667: 24), none of them in their golds.
pub(super) const HIDDEN_CODE_LINE_CLASSES: [&str; 1] = ["boring"];

/// An element inside a `<pre>` (the caller checks) whose class is one of
/// [`HIDDEN_CODE_LINE_CLASSES`]: a listing's line hidden until asked for.
/// Only inside a code block: the word names nothing hidden elsewhere.
pub(super) fn is_hidden_code_line(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace().any(|w| {
            HIDDEN_CODE_LINE_CLASSES
                .iter()
                .any(|h| w.eq_ignore_ascii_case(h))
        })
    })
}

/// Whole class names that CSS frameworks use for `display: none`.
pub(super) const HIDDEN_CLASSES: [&str; 6] = [
    "hidden",
    "hide",
    "is-hidden",
    "d-none",
    "display-none",
    "invisible",
];

/// A segment of a page that the server streamed out of order: React renders
/// each late part into `<div hidden id="S:n">` at the end of the document and
/// a script swaps it in for the placeholder at once, so it is on screen (on
/// wcxb-dev 30 pages hold such segments, several their whole body). React
/// numbers them in hexadecimal (`S:9`, `S:a`, … `S:1f`): read as decimal,
/// every segment from the tenth on stayed hidden (wcxb-dev: half A one
/// article 0.870 -> 0.886; half B a product page whose description is the
/// eleventh segment 0.007 -> 0.681; nothing else moves; news unchanged).
/// The parse moves each segment with a placeholder into it (see
/// `parse::sink`); those left here have none, or a looping chain of them.
pub(super) fn is_streamed_segment(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("id")).is_some_and(|id| {
        id.strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

/// Breakpoints of the CSS frameworks' responsive display classes, narrow
/// to wide, up to a desktop's width (Tailwind's and Bootstrap's `xl`,
/// 1200-1280 px; their `2xl`/`xxl` is a wide screen's).
const DESKTOP_BREAKPOINTS: [&str; 4] = ["sm", "md", "lg", "xl"];

/// Whether a display utility's value (`hidden`, `none`, `block`, `flex`,
/// ...) shows (`Some(true)`) or hides (`Some(false)`) the element.
fn display_value(util: &str) -> Option<bool> {
    match util {
        "hidden" | "none" => Some(false),
        "block" | "flex" | "grid" | "inline" | "inline-block" | "inline-flex" | "inline-grid"
        | "table" | "table-row" | "table-cell" | "contents" | "flow-root" | "list-item" => {
            Some(true)
        }
        _ => None,
    }
}

/// Whether an element's responsive display classes show it at a desktop's
/// width, read as the stylesheet reads them, the widest breakpoint up to
/// [`DESKTOP_BREAKPOINTS`]' last winning: `hidden md:flex` and `d-none
/// d-lg-block` show it (the desktop form of a box), `md:hidden` and
/// `d-md-none` hide it (the phone's form), `md:hidden xl:block` shows it.
/// `None` when no class sets the display at a breakpoint.
pub(super) fn desktop_display(class: &str) -> Option<bool> {
    let mut at: [Option<bool>; 4] = [None; 4];
    for w in class.split_ascii_whitespace() {
        let split = w
            .split_once(':')
            .or_else(|| w.strip_prefix("d-").and_then(|r| r.split_once('-')));
        let Some((bp, util)) = split else {
            continue;
        };
        let Some(i) = DESKTOP_BREAKPOINTS
            .iter()
            .position(|b| bp.eq_ignore_ascii_case(b))
        else {
            continue;
        };
        if let (Some(slot), Some(v)) = (at.get_mut(i), display_value(&util.to_ascii_lowercase())) {
            *slot = Some(v);
        }
    }
    at.iter().rev().find_map(|x| *x)
}

/// Whether the element is hidden by a hiding class, its responsive display
/// classes read at a desktop's width when `desktop` (see
/// [`desktop_display`]): a box shown from a breakpoint on is not hidden by
/// its base `hidden`, one hidden from a breakpoint on is.
pub(super) fn class_hides(e: &crate::dom::Element, desktop: bool) -> bool {
    let resolved = desktop
        .then(|| e.attr(&local_name!("class")).and_then(desktop_display))
        .flatten();
    match resolved {
        Some(shown) => !shown,
        None => has_hiding_class(e),
    }
}

/// Most text of an element hidden from screen readers that may be the
/// shown form of an enclosing element's `aria-label` (a rating's "4.7 out
/// of 5 stars" and "58,483" under a link labelled "4.7 out of 5 stars,
/// 58,483 ratings"): labels are a line or two.
pub(super) const LABEL_SHOWN_BYTES: usize = 120;
/// Most nodes in such an element (a star icon with its hidden text).
pub(super) const LABEL_SHOWN_NODES: usize = 32;
/// Ancestors looked at for the label: a link around an icon around a span.
pub(super) const LABEL_ANCESTORS: usize = 3;
/// Next siblings looked at for a screen reader's sentence.
pub(super) const LABEL_SIBLINGS: usize = 2;

/// Whether the element, hidden only by `aria-hidden="true"`, shows on
/// screen what a close ancestor's `aria-label` says to screen readers: its
/// text is part of that label. A page hides the visual form so that the
/// label is not read twice; the eye sees it.
pub(super) fn shows_what_is_spoken(
    dom: &Dom,
    below: &Below,
    id: NodeId,
    e: &crate::dom::Element,
    desktop: bool,
) -> bool {
    let aria = e
        .attr(&local_name!("aria-hidden"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
    let len = below.text_len.at(id);
    if !aria
        || len == 0
        || len > LABEL_SHOWN_BYTES
        || dom.end(id).saturating_sub(id) > LABEL_SHOWN_NODES
        || e.attr(&local_name!("hidden")).is_some()
        || class_hides(e, desktop)
        || style_hides(e)
    {
        return false;
    }
    let text = dom.text_of(id).to_lowercase();
    if text.chars().all(|c| !c.is_alphanumeric()) {
        return false;
    }
    let labelled = dom.ancestors(id).take(LABEL_ANCESTORS).any(|a| {
        dom.element(a)
            .and_then(|ae| ae.attr(&local_name!("aria-label")))
            .is_some_and(|l| crate::dom::collapse(l).to_lowercase().contains(&text))
    });
    // A shop's struck and sale prices, each followed by a screen reader's
    // sentence saying it ("39€", then "Original price was: 39€.").
    let spoken = || {
        let Some(parent) = dom.parent(id) else {
            return false;
        };
        let end = dom.end(parent);
        let mut n = dom.end(id);
        let mut seen = 0;
        let mut steps = 0;
        while n < end && seen < LABEL_SIBLINGS && steps < 4 * LABEL_SIBLINGS {
            steps += 1;
            if let Some(ne) = dom.element(n) {
                seen += 1;
                if classify(ne).hint == Some(Boilerplate::ScreenReader)
                    && below.text_len.at(n) <= 2 * LABEL_SHOWN_BYTES
                    && dom.text_of(n).to_lowercase().contains(&text)
                {
                    return true;
                }
            }
            n = dom.end(n).max(n + 1);
        }
        false
    };
    labelled || spoken()
}

/// `hidden` (but not on a streamed segment), `aria-hidden="true"`, a
/// hiding class, or an inline style hiding the element.
pub(super) fn is_hidden(e: &crate::dom::Element) -> bool {
    is_hidden_at(e, false)
}

/// [`is_hidden`], the hiding classes read by [`class_hides`] (at a
/// desktop's width when `desktop`).
pub(super) fn is_hidden_at(e: &crate::dom::Element, desktop: bool) -> bool {
    // A popover is hidden until a control opens it (HTML's `popover`
    // attribute): menus, dialogs, install and notification prompts.
    if (e.attr(&local_name!("hidden")).is_some() && !is_streamed_segment(e))
        || e.attrs.iter().any(|a| &*a.name.local == "popover")
    {
        return true;
    }
    if class_hides(e, desktop) || is_hidden_alert(e) {
        return true;
    }
    // A link hidden from screen readers is on screen: the second link of a
    // card (picture or summary) to a page its title already links. So is a
    // heading: a card's title drawn on its cover while screen readers hear
    // the card's link label (wcxb-dev half A: of 8 headings so marked, 6
    // were a service page's award cards, all in its gold, 0.903 -> 0.958;
    // no other page of either half moves; news unchanged).
    if e.name != local_name!("a")
        && !crate::html::is_heading(&e.name)
        && e.attr(&local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    style_hides(e)
}

/// An alert (`role="alert"`: the message a script shows when a request
/// fails or a field is left empty) whose class says hidden in a prefixed
/// form (`aok-hidden`, `u-hide`, `is_hidden`): the page's own framework
/// hides it until the script needs it. The alert role is what makes a
/// prefixed class word enough (alone it was not: BEM `__hidden` names
/// were rejected on every box); `visually-hidden` and the like are screen
/// readers' text, not a hidden box. (wcxb-dev half A: one product page's
/// "We're sorry, your request can't be completed right now" came in; the
/// other hidden alerts there sit in boxes cut anyway.)
fn is_hidden_alert(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("alert"))
        && e.attr(&local_name!("class")).is_some_and(|c| {
            c.split_ascii_whitespace().any(|w| {
                let w = w.to_ascii_lowercase();
                let last = w.rsplit(['-', '_']).next().unwrap_or("");
                matches!(last, "hidden" | "hide")
                    && !["visually", "sr", "screen", "visuallyhidden", "offscreen"]
                        .iter()
                        .any(|x| w.contains(x))
            })
        })
}

/// An inline style hiding the element (`display:none`, `visibility:hidden`).
fn style_hides(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("style")).is_some_and(|s| {
        // Most styles say neither: rejected without allocating.
        let has = |w: &str| {
            s.as_bytes()
                .windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        };
        if !has("none") && !has("hidden") {
            return false;
        }
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// The first [`SLIDE_SIBLINGS`] element children of `parent`, with their
/// elements: the siblings a slide is compared with.
fn element_children(
    dom: &Dom,
    parent: NodeId,
) -> impl Iterator<Item = (NodeId, &crate::dom::Element)> + '_ {
    dom.children(parent)
        .filter_map(|c| Some((c, dom.element(c)?)))
        .take(SLIDE_SIBLINGS)
}

/// Which form of a box a class or id names: the phone's (`mobile-header`,
/// `comparison-page-mobile`, `hide-desktop`) or the desktop's
/// (`desktop-header`, `hide-for-mobile`). A name saying both, a responsive
/// utility (`u-1/1@mobile-landscape`, `md:hidden`: read by
/// [`desktop_display`]) or neither says none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DeviceForm {
    /// Shown on phones, hidden on a desktop.
    Phone,
    /// Shown on a desktop, hidden on phones.
    Desktop,
}

/// Class and id tokens read for a [`DeviceForm`]: a box's few names.
const DEVICE_FORM_TOKENS: usize = 16;

/// The [`DeviceForm`] that `e`'s class and id tokens name, if they agree.
pub(super) fn device_form(e: &crate::dom::Element) -> Option<DeviceForm> {
    let (mut phone, mut desktop) = (false, false);
    let values = [local_name!("class"), local_name!("id")].map(|a| e.attr(&a));
    for token in values
        .iter()
        .flatten()
        .flat_map(|v| v.split_ascii_whitespace())
        .take(DEVICE_FORM_TOKENS)
    {
        if token.contains([':', '@', '/']) {
            continue;
        }
        let (mut m, mut d, mut hide) = (false, false, false);
        for w in token.split(|c: char| !c.is_ascii_alphanumeric()) {
            if w.eq_ignore_ascii_case("mobile") {
                m = true;
            } else if w.eq_ignore_ascii_case("desktop") {
                d = true;
            } else if w.eq_ignore_ascii_case("hide") || w.eq_ignore_ascii_case("hidden") {
                hide = true;
            }
        }
        if m == d {
            continue;
        }
        // "mobile-header" is shown on phones, "hide-for-mobile" hidden there.
        if m != hide {
            phone = true;
        } else {
            desktop = true;
        }
    }
    match (phone, desktop) {
        (true, false) => Some(DeviceForm::Phone),
        (false, true) => Some(DeviceForm::Desktop),
        _ => None,
    }
}

/// Least text (bytes) of a box and of its desktop sibling for the box to
/// be taken for the phone's copy of it: a section of the page or a table
/// drawn twice. A card's two forms are shorter and do not say the same:
/// the phone's card adds its organiser's name and followers, which golds
/// keep (wcxb-dev half A: a listing's 23 event cards, each named
/// "discover-search-mobile-card" beside "…-desktop-card", 330 bytes; cut,
/// 0.991 -> 0.970).
pub(super) const PHONE_COPY_TEXT: usize = 1000;

/// Share of the phone copy's distinct words that its desktop sibling says
/// too: the same box reworded ("Compare Software Packages" for "Compare
/// professional tax software") says most of them; a phone app's section
/// beside a desktop app's says its own. (wcxb-dev half A: a tax software
/// comparison's phone copy says 181 of its 182 distinct words in the
/// desktop form too; no other pair of 1,000 bytes each on either half.)
pub(super) const PHONE_COPY_SHARED: f32 = 0.6;

/// Nodes of each box read for its words: bounds the comparison's cost.
const PHONE_COPY_SCAN: usize = 4096;

/// Nodes the page's phone-copy comparisons read in all: a few pairs of
/// boxes, however many boxes a hostile page names for phones.
pub(super) const PHONE_COPY_BUDGET: usize = 16 * PHONE_COPY_SCAN;

/// The distinct lower-case words of `id`'s text, read from at most
/// [`PHONE_COPY_SCAN`] nodes, each taken from `budget`; `None` once the
/// budget is spent.
fn box_words(
    dom: &Dom,
    id: NodeId,
    budget: &mut usize,
) -> Option<std::collections::HashSet<String>> {
    let mut out = std::collections::HashSet::new();
    for n in dom.subtree(id).take(PHONE_COPY_SCAN) {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        if let Some(t) = dom.text(n) {
            out.extend(
                t.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    Some(out)
}

/// Whether `id` is the phone's form of a box whose desktop form is its
/// sibling: its class or id names the phone ([`device_form`]), a sibling
/// among the parent's first [`SLIDE_SIBLINGS`] element children names the
/// desktop, both hold [`PHONE_COPY_TEXT`] of text, and the desktop's says
/// [`PHONE_COPY_SHARED`] of the phone's distinct words: one box drawn
/// twice, of which a reader sees one. A phone copy holding an `<h1>`,
/// `<main>` or `<article>` goes only beside a desktop form holding one too
/// (each form its own headline). The words are read within the page's
/// `budget` ([`PHONE_COPY_BUDGET`]); past it, false.
pub(super) fn is_phone_copy(
    dom: &Dom,
    below: &Below,
    id: NodeId,
    e: &crate::dom::Element,
    budget: &mut usize,
) -> bool {
    if below.text_len.at(id) < PHONE_COPY_TEXT || device_form(e) != Some(DeviceForm::Phone) {
        return false;
    }
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let mut own: Option<std::collections::HashSet<String>> = None;
    for (c, ce) in element_children(dom, parent) {
        if c == id
            || below.text_len.at(c) < PHONE_COPY_TEXT
            || device_form(ce) != Some(DeviceForm::Desktop)
            || (below.holds(id, super::below::HOLDS_MARKER)
                && !below.holds(c, super::below::HOLDS_MARKER))
        {
            continue;
        }
        if own.is_none() {
            own = box_words(dom, id, budget);
        }
        let Some(own) = own.as_ref().filter(|w| !w.is_empty()) else {
            return false;
        };
        let Some(theirs) = box_words(dom, c, budget) else {
            return false;
        };
        let shared = own.iter().filter(|w| theirs.contains(*w)).count();
        if shared as f32 >= own.len() as f32 * PHONE_COPY_SHARED {
            return true;
        }
    }
    false
}
