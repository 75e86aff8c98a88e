//! The headline and the marked article body (`itemprop="articleBody"`): the
//! marks that pruning protects and scoring and selection lean on.

use html5ever::local_name;

use crate::dom::{collapse, Dom, Element, NodeId};

/// The headline and the marked article body, as the page gives them.
#[derive(Debug, Default)]
pub(crate) struct Marks {
    /// The headline, if the page has one.
    pub(crate) title: Option<String>,
    /// The element holding the headline, when it is on the page.
    pub(crate) title_node: Option<NodeId>,
    /// Elements marked as the article body (`itemprop="articleBody"`).
    pub(crate) body_marks: Vec<NodeId>,
    /// The title reported to users (see [`super::title`]), set by
    /// [`super::read`]; `title` above is the headline that selection drops
    /// from the text.
    pub(crate) reported: Option<String>,
    /// The title reported when the page turns out to present a service or
    /// an organisation (see [`super::title::Titles::landing`]).
    pub(crate) reported_landing: Option<String>,
    /// The title reported when the page turns out to be a discussion
    /// thread (see [`super::title::Titles::thread`]).
    pub(crate) reported_thread: Option<String>,
    /// `og:title` (else `twitter:title`), `<title>` and the `<h1>` texts:
    /// the sources of `reported`.
    pub(crate) og_title: Option<String>,
    pub(crate) doc_title: Option<String>,
    pub(crate) h1_texts: Vec<String>,
    /// The texts of the `<h2>`s before the first of `h1_texts`' headings:
    /// a theme may set the page's headline in one and leave the `<h1>` to
    /// a section of the body (see [`super::title`]).
    pub(crate) lead_h2_texts: Vec<String>,
    /// The texts of the h1s that are wholly a link to a front page: the
    /// site's name as its template sets it.
    pub(crate) home_texts: Vec<String>,
    /// Headings led by a thread's prefix label ("Question Which tent?"),
    /// each with its text without the label ("Which tent?"): the title
    /// reported is the latter (the label is read with the heading for the
    /// choice, where the declared title often carries it too).
    pub(crate) unlabelled: Vec<(String, String)>,
    /// Every element's class words, for the page type's walk.
    pub(crate) class_words: crate::hints::ClassWords,
}

/// Headings looked at when choosing the headline.
const MAX_H1: usize = 32;

/// `<h2>`s read before the page's first `<h1>` (a headline set in an
/// `<h2>` comes early; a page's navigation may carry a few before it).
/// Not tuned: the one wcxb-dev half-A page the rule moved (a blog post's
/// title in its first `<h2>`) needs one; eight leaves room for a menu's.
const MAX_LEAD_H2: usize = 8;

/// What the walk in [`super::read`] gathers for the headline and the marks.
#[derive(Default)]
pub(super) struct Reader {
    og_title: Option<String>,
    twitter_title: Option<String>,
    doc_title: Option<String>,
    h1s: Vec<(NodeId, String)>,
    /// The plain `<h2>`s seen before any `<h1>`.
    lead_h2s: Vec<(NodeId, String)>,
    /// The h1s that are a link to a front page: the site's logo or name.
    home_h1s: Vec<NodeId>,
    /// The h1s inside a dialog (a consent banner's, a newsletter
    /// sign-up's, a search box's).
    dialog_h1s: Vec<NodeId>,
    /// One past the last node of the dialogs seen so far.
    dialog_end: NodeId,
    body_marks: Vec<NodeId>,
    unlabelled: Vec<(String, String)>,
}

impl Reader {
    /// Reads one (HTML) element.
    pub(super) fn visit(&mut self, dom: &Dom, id: NodeId, e: &Element) {
        if is_dialog(e) {
            self.dialog_end = self.dialog_end.max(dom.end(id));
        }
        if e.name == local_name!("h2")
            && self.lead_h2s.len() < MAX_LEAD_H2
            && !self
                .h1s
                .iter()
                .any(|(h, _)| dom.html_name(*h) == Some(&local_name!("h1")))
        {
            let t = heading_text(dom, id).0;
            if !t.is_empty() {
                self.lead_h2s.push((id, t));
            }
        }
        match e.name {
            local_name!("meta") => {
                let key = e
                    .attr(&local_name!("property"))
                    .or_else(|| e.attr(&local_name!("name")));
                if let (Some(k), Some(v)) = (key, e.attr(&local_name!("content"))) {
                    let k = k.trim();
                    // og:title before twitter:title, whichever comes first.
                    let slot = if k.eq_ignore_ascii_case("og:title") {
                        Some(&mut self.og_title)
                    } else if k.eq_ignore_ascii_case("twitter:title") {
                        Some(&mut self.twitter_title)
                    } else {
                        None
                    };
                    if let Some(slot) = slot.filter(|s| s.is_none()) {
                        let v = collapse(v);
                        if !v.is_empty() {
                            *slot = Some(v);
                        }
                    }
                }
            }
            local_name!("title") if self.doc_title.is_none() => {
                let t = dom.text_of(id);
                if !t.is_empty() {
                    self.doc_title = Some(t);
                }
            }
            local_name!("h1") | local_name!("h2") | local_name!("h3")
                if self.h1s.len() < MAX_H1 && (e.name == local_name!("h1") || is_titled(e)) =>
            {
                let (t, unlabelled) = heading_text(dom, id);
                if let Some(u) = unlabelled {
                    self.unlabelled.push((t.clone(), u));
                }
                if !t.is_empty() {
                    if e.name == local_name!("h1") && links_home(dom, id, &t) {
                        self.home_h1s.push(id);
                    }
                    if id < self.dialog_end {
                        self.dialog_h1s.push(id);
                    }
                    self.h1s.push((id, t));
                }
            }
            _ => {}
        }
        if e.attr(&local_name!("itemprop")).is_some_and(|v| {
            v.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("articlebody"))
        }) {
            self.body_marks.push(id);
        }
    }

    /// The headline and the article-body marks.
    pub(super) fn finish(self, dom: &Dom) -> Marks {
        let Reader {
            og_title,
            twitter_title,
            doc_title,
            h1s,
            lead_h2s,
            home_h1s,
            dialog_h1s,
            dialog_end: _,
            body_marks,
            unlabelled,
        } = self;
        let og_title = og_title.or(twitter_title);
        // Each text split into words once.
        let refs: Vec<Vec<String>> = og_title
            .iter()
            .chain(doc_title.iter())
            .map(|t| words(t))
            .collect();
        // The heading that covers most of the page's declared title with
        // nothing else ("Blog name: Post title" picks the post's heading, not
        // the blog's h1).
        let mut best: Option<(f32, NodeId, &str)> = None;
        for (id, text) in &h1s {
            let h = words(text);
            let sim = refs.iter().map(|r| coverage(&h, r)).fold(0.0f32, f32::max);
            if sim >= MIN_TITLE_COVERAGE && best.is_none_or(|(s, _, _)| sim > s) {
                best = Some((sim, *id, text));
            }
        }
        let h1s: Vec<&(NodeId, String)> = h1s
            .iter()
            .filter(|(id, _)| dom.html_name(*id) == Some(&local_name!("h1")))
            .collect();
        // A front-page link is the site's name, no source for the title
        // reported (the headline dropped from the text is chosen above);
        // nor is a dialog's h1 on a page with an h1 outside dialogs (a
        // page shown in a dialog has its headline there).
        let outside = h1s.iter().any(|(id, _)| !dialog_h1s.contains(id));
        let kept_h1s: Vec<&&(NodeId, String)> = h1s
            .iter()
            .filter(|(id, _)| !home_h1s.contains(id))
            .filter(|(id, _)| !(outside && dialog_h1s.contains(id)))
            .collect();
        let h1_texts = kept_h1s.iter().map(|(_, t)| t.clone()).collect();
        let first_h1 = kept_h1s.first().map_or(0, |(id, _)| *id);
        let lead_h2_texts = lead_h2s
            .into_iter()
            .filter(|(id, _)| *id < first_h1)
            .map(|(_, t)| t)
            .collect();
        let home_texts = h1s
            .iter()
            .filter(|(id, _)| home_h1s.contains(id))
            .map(|(_, t)| t.clone())
            .collect();
        let (title, title_node) = match best {
            Some((_, id, text)) => (Some(text.to_owned()), Some(id)),
            // A page's only h1 is its headline even when the declared title
            // words it differently: the declared title is written for search
            // engines and social cards, the h1 for the reader.
            None => match (&og_title, h1s.as_slice()) {
                (Some(_), [(id, text)]) if text.split_whitespace().count() >= MIN_H1_WORDS => {
                    (Some(text.clone()), Some(*id))
                }
                (Some(og), [(id, _)]) => (Some(og.clone()), Some(*id)),
                (Some(og), _) => (Some(og.clone()), None),
                (None, [(id, text)]) => (Some(text.clone()), Some(*id)),
                _ => (doc_title.as_deref().map(strip_site_name), None),
            },
        };
        Marks {
            title,
            title_node,
            body_marks,
            reported: None,
            reported_landing: None,
            reported_thread: None,
            og_title,
            doc_title,
            h1_texts,
            lead_h2_texts,
            home_texts,
            unlabelled,
            class_words: Default::default(),
        }
    }
}

/// Whether the heading `id`, whose text is `text`, is wholly a link to a
/// front page ("/", "`https://example.org/`"): a site's logo or name set in
/// an `<h1>` by its template ("Arch Linux" over every forum thread).
fn links_home(dom: &Dom, id: NodeId, text: &str) -> bool {
    (id + 1..dom.end(id)).any(|n| {
        dom.element(n).is_some_and(|a| {
            a.name == local_name!("a") && a.attr(&local_name!("href")).is_some_and(is_front_page)
        }) && collapse(&dom.text_of(n)) == text
    })
}

/// Whether `href` points at a site's front page: its path is empty (with a
/// host named) or `/`, `./` or `/index.*`, with no query.
fn is_front_page(href: &str) -> bool {
    let h = href.trim();
    let (path, hosted) = match h.split_once("://").map(|(_, r)| r).or(h.strip_prefix("//")) {
        Some(rest) => (
            rest.find('/').and_then(|i| rest.get(i..)).unwrap_or(""),
            true,
        ),
        None => (h, false),
    };
    let path = path.split('#').next().unwrap_or_default();
    (path.is_empty() && hosted)
        || path == "/"
        || path == "./"
        || path
            .strip_prefix("/index.")
            .is_some_and(|ext| ext.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Longest heading text read, in bytes.
const MAX_HEADING: usize = 2048;

/// A character that shows nothing: a soft hyphen, a zero-width space,
/// a word joiner, a byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// A heading's text, a line break read as a space ("Rebuilding the
/// Legacy<br>of American Made"); scripts and styles skipped, and so is an
/// element with the `hidden` attribute, which the browser does not show (a
/// bookmark button's tooltip set inside the headline). With it, the text
/// without a thread's prefix label leading it ("Question", "Solved"), when
/// there is one and more after it.
pub(super) fn heading_text(dom: &Dom, id: NodeId) -> (String, Option<String>) {
    let mut out = String::new();
    // A thread's prefix label leading the heading, read apart.
    let mut label = String::new();
    let end = dom.end(id);
    let mut n = id + 1;
    while n < end {
        let hidden = dom
            .element(n)
            .is_some_and(|e| e.attr(&local_name!("hidden")).is_some());
        if hidden || (is_anchor_mark(dom, n) && out.contains(char::is_alphanumeric)) {
            n = dom.end(n);
            continue;
        }
        if label.is_empty() && !out.contains(char::is_alphanumeric) && is_prefix_label(dom, n) {
            label = dom.text_of(n);
            n = dom.end(n);
            continue;
        }
        if let Some(t) = dom.text(n) {
            let code = dom
                .parent(n)
                .and_then(|p| dom.html_name(p))
                .is_some_and(crate::html::is_code);
            if !code {
                // Soft hyphens and zero-width characters are no part of the
                // words ("Assis\u{ad}tance" is "Assistance").
                out.extend(t.chars().filter(|c| !is_invisible(*c)));
            }
        } else if dom.html_name(n) == Some(&local_name!("br")) {
            out.push(' ');
        }
        if out.len() > MAX_HEADING {
            break;
        }
        n += 1;
    }
    let unlabelled =
        (!label.is_empty() && out.contains(char::is_alphanumeric)).then(|| collapse(&out));
    out.insert_str(0, &label);
    (collapse(&out), unlabelled)
}

/// Longest text of a label taken for a thread's prefix, in characters.
const MAX_PREFIX_LABEL: usize = 30;

/// Class words of a forum thread's prefix label ("Question", "Solved",
/// "\[Vocabulary\]") set before its title in the heading.
const LABEL_CLASSES: [&str; 4] = ["label", "prefix", "badge", "flair"];

/// Whether element `n` is a short label marked by its class (a class word
/// of [`LABEL_CLASSES`], alone or before a `-`/`_` modifier: "label
/// label--blue"): a thread's prefix, no part of the headline after it.
fn is_prefix_label(dom: &Dom, n: NodeId) -> bool {
    dom.element(n).is_some_and(|e| {
        e.attr(&local_name!("class")).is_some_and(|c| {
            c.split_whitespace().any(|w| {
                let w = w.to_ascii_lowercase();
                LABEL_CLASSES.iter().any(|l| {
                    w.strip_prefix(l)
                        .is_some_and(|r| r.is_empty() || r.starts_with(['-', '_']))
                })
            })
        })
    }) && {
        let t = dom.text_of(n);
        t.contains(char::is_alphanumeric) && !crate::lang::longer_than(t.trim(), MAX_PREFIX_LABEL)
    }
}

/// A link to a fragment of the page whose text is a mark, no letter or
/// digit: the permalink after a heading's words ("Middleware¶", "Usage #"),
/// no part of the headline.
fn is_anchor_mark(dom: &Dom, n: NodeId) -> bool {
    dom.element(n).is_some_and(|e| {
        e.name == local_name!("a")
            && e.attr(&local_name!("href"))
                .is_some_and(|h| h.trim_start().starts_with('#'))
            && !dom.text_of(n).contains(char::is_alphanumeric)
    })
}

/// Words an h1 needs to stand for the page over a differently worded
/// declared title: a one- or two-word h1 ("Latest", "Kategorie: Rezepte")
/// is a section's name, the declared title says more. Set on the listing
/// fixtures; wcxb-dev titles are h1s in most pages.
const MIN_H1_WORDS: usize = 3;

/// Share of a declared title a heading must cover (with no words of its own).
const MIN_TITLE_COVERAGE: f32 = 0.4;

/// Whether `e` is a dialog (`<dialog>`, `role="dialog"` or
/// `"alertdialog"`).
fn is_dialog(e: &Element) -> bool {
    e.name == local_name!("dialog")
        || e.attr(&local_name!("role")).is_some_and(|r| {
            r.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("dialog") || w.eq_ignore_ascii_case("alertdialog"))
        })
}

/// An h2/h3 marked as a title by its class or itemprop ("entry-title",
/// "post-title", "headline").
fn is_titled(e: &Element) -> bool {
    [local_name!("class"), local_name!("itemprop")]
        .iter()
        .any(|n| {
            e.attr(n).is_some_and(|v| {
                let has = |w: &str| {
                    v.as_bytes()
                        .windows(w.len())
                        .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
                };
                has("title") || has("headline")
            })
        })
}

/// How well `heading` stands for `declared`: the share of the declared
/// title's words it has, times the share of its own words found there.
/// Whether a heading's `text` covers one of the declared `titles` as an
/// h1 must to be taken for the headline (see [`MIN_TITLE_COVERAGE`]).
pub(super) fn covers_title(text: &str, titles: &[&str]) -> bool {
    let h = words(text);
    titles
        .iter()
        .any(|t| coverage(&h, &words(t)) >= MIN_TITLE_COVERAGE)
}

fn coverage(h: &[String], d: &[String]) -> f32 {
    if h.is_empty() || d.is_empty() {
        return 0.0;
    }
    let own = h.iter().filter(|w| d.contains(w)).count() as f32 / h.len() as f32;
    let covered = d.iter().filter(|w| h.contains(w)).count() as f32 / d.len() as f32;
    own * own * covered
}

/// Removes a " | Site" / " - Site" suffix (or prefix) from a document title:
/// the longest part is the headline.
fn strip_site_name(t: &str) -> String {
    const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];
    for sep in SEPARATORS {
        if t.contains(sep) {
            if let Some(part) = t.split(sep).max_by_key(|p| p.chars().count()) {
                return part.trim().to_owned();
            }
        }
    }
    t.to_owned()
}

/// Share of the shorter text's words found in the longer one (0..=1); texts
/// written without spaces compare by characters.
pub(crate) fn similarity(a: &str, b: &str) -> f32 {
    let wa = words(a);
    let wb = words(b);
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    if short.is_empty() {
        return 0.0;
    }
    // A set: the longer text's words looked up, not scanned, for each of
    // the shorter's (a scan was quadratic in two long headings' words).
    let set: std::collections::HashSet<&str> = long.iter().map(String::as_str).collect();
    let hits = short.iter().filter(|w| set.contains(w.as_str())).count();
    let cover = hits as f32 / short.len() as f32;
    // Penalise a short text that matches only a small part of a long one.
    let ratio = short.len() as f32 / long.len().max(1) as f32;
    cover * ratio.sqrt().clamp(0.5, 1.0)
}

/// Most words of a text [`similarity`] reads: a headline's few dozen and
/// then some; a longer text compares by its first words (the same measure
/// while the shorter text has up to a quarter as many, the length penalty
/// being at its floor), so that a page of many long headings costs each
/// one a bounded read.
const SIMILARITY_WORDS: usize = 512;

fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        if out.len() >= SIMILARITY_WORDS {
            return out;
        }
        if crate::lang::is_unspaced(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_reads_a_bounded_number_of_words() {
        assert!((similarity("Storm hits the coast", "storm hits the coast!") - 1.0).abs() < 1e-6);
        assert!(similarity("Storm hits the coast", "Markets rally") < 0.01);
        // A headline inside a long text: the length penalty at its floor.
        let long = format!("Storm hits the coast {}", "and more words ".repeat(400));
        assert!((similarity("Storm hits the coast", &long) - 0.5).abs() < 1e-6);
        // Two long texts alike compare by their first words, and fast: a
        // page of many long headings once cost their words' product each.
        let a = "漢字".repeat(5_000);
        assert_eq!(words(&a).len(), SIMILARITY_WORDS);
        assert!((similarity(&a, &a) - 1.0).abs() < 1e-6);
    }
}
