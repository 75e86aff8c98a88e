//! Side stage: what the page says about itself. Reads the DOM in one walk,
//! never changes it, and runs before pruning so that a headline inside a
//! pruned `<header>` is still found.
//!
//! - [`marks`]: the headline and the marked article body, which pruning
//!   protects and scoring and selection lean on;
//! - [`declared`]: the page's declared metadata (authors, dates, site name,
//!   description, language, URL, image, tags, categories), returned beside
//!   the text;
//! - [`date`], [`byline`], [`language`]: one parser each for dates, bylines
//!   and language tags, whatever the source;
//! - [`title`]: the title reported to users, chosen among the `<h1>` and the
//!   declared titles, without the site's name.
//!
//! The publication date's sources, best first: JSON-LD `datePublished` of an
//! article-like object; `article:published_time` and other OpenGraph,
//! Dublin Core and publication `<meta>` names (a vocabulary's own `x.date`,
//! "ms.date", too); microdata `datePublished` /
//! `dateCreated`; JSON-LD `datePublished` of another object (`WebPage`);
//! the `<time datetime>` just after the headline, else the first one
//! outside comments; a dateline in the page's words just after (else just
//! before) the headline; a date in the page URL's path (`/2024/05/12/`,
//! `/2024/may/12/`); an element marked as a date (class or id "date",
//! "time", "published", "posted", not "updated" / "modified": away from
//! the headline it may be a sidebar teaser's); the date shown beside the
//! author's name (an author
//! box far from the headline); on a forum thread, the opening post's date;
//! last, the moment an element's timestamp attribute holds
//! (`created-timestamp="2026-03-03T09:47:05Z"`, `data-time="1766100338"`:
//! a custom element's or a widget's). A timestamp one day off the date in the
//! URL's path (or, on a thread, the opening post's date) is the same moment
//! in another time zone: the writer's day, the URL's or the post's, stands (a dateline near the headline is no such evidence: on
//! threads and blogs it is often a reply's or a sidebar's, a day later).
//! A publication declared on the day of the modification (the same value,
//! or seconds apart: the site stamped both at its last save) yields to the
//! date shown beside the headline, else in an element marked as a date,
//! when that one is earlier. A dateline is a short text of its own: a date
//! inside a sentence under the headline ("the enrolment, which opened on
//! December 17, 2025, …") is a fact the article reports, not its date. The modification date (`dateModified`,
//! `article:modified_time`, `og:updated_time`) is a field of its own.
//!
//! The authors are the declared ones (see [`declared`]), unless the byline
//! shown just under the headline ("By Ann Lee") names, as a name, a person
//! no declared author shares a word with: readers see that one, and the
//! declared one is then the account that posted the article. Declared
//! authors that name no person (an organisation, typed so in the JSON-LD
//! in place or by `@id` reference, or the site's name) yield to a person a
//! byline phrase names anywhere on the page ("Written by Ann Lee", or a
//! label such as "Article written by:" or "Authors" with the names after
//! it).

mod byline;
pub(crate) mod date;
mod declared;
pub(crate) mod language;
mod marks;
#[cfg(test)]
mod tests;
mod title;

pub(crate) use byline::is_byline_label;
pub(crate) use declared::PageMeta;
pub(crate) use marks::{similarity, Marks};
pub(crate) use title::{without_count, without_tagline};

use crate::dom::{Dom, NodeId};

/// Text read around the headline for a dateline, in bytes, after it…
const DATELINE_AFTER: usize = 600;
/// …and before it (dates above the headline).
const DATELINE_BEFORE: usize = 300;
/// Nodes looked at on either side of the headline.
const DATELINE_NODES: usize = 80;
/// Longest text, in bytes, read as a dateline: longer is a sentence (half
/// A of wcxb-dev: one page's prose date under the headline gone at 200, no
/// dateline lost; a dateline with its byline and reading time is shorter).
const DATELINE_LINE: usize = 200;
/// Texts after the headline looked at for a plain-text byline.
const DATELINE_TEXTS: usize = 12;

/// Reads the marks and the declared metadata in one walk over the elements;
/// `page_url` is the page's URL when the caller knows it.
pub(crate) fn read(dom: &Dom, page_url: Option<&str>) -> (Marks, PageMeta) {
    let mut marks = marks::Reader::default();
    let mut declared = declared::Reader::default();
    // Every element's class is scanned here once, for this walk's marks and
    // the page type's (see `ClassWords`).
    let mut class_words = crate::hints::ClassWords::new(dom.len());
    for id in 0..dom.len() {
        let Some(e) = dom.element(id) else { continue };
        let class_marks = class_words.record(id, e);
        if e.foreign {
            continue;
        }
        marks.visit(dom, id, e);
        declared.visit(dom, id, e, class_marks);
    }
    let mut marks = marks.finish(dom);
    marks.class_words = class_words;
    let mut page = declared.finish(dom, marks.title_node);
    if marks.title.is_none() {
        marks.title = page.headline.clone();
    }
    marks.title = marks.title.take().and_then(|t| headline_not_site(t, &page));
    let sources = title::Sources {
        og: marks.og_title.as_deref(),
        doc: marks.doc_title.as_deref(),
        h1s: &marks.h1_texts,
        lead_h2s: &marks.lead_h2_texts,
        home: &marks.home_texts,
        ld: page.headline.as_deref(),
        site: page.site_name.as_deref(),
        // The page's own URL only: the title must not change with the URL a
        // caller passes (the same page fetched through a mirror or a proxy).
        url: page.url.as_deref(),
        feed: page.feed_url.as_deref(),
    };
    let titles = title::choose_both(&sources);
    // A heading's prefix label is no part of the title reported.
    let unlabel = |t: Option<String>| {
        t.map(|t| {
            marks
                .unlabelled
                .iter()
                .find(|(full, _)| *full == t)
                .map_or(t, |(_, u)| u.clone())
        })
    };
    let reported = unlabel(titles.article.or_else(|| marks.title.clone()));
    let landing = unlabel(titles.landing.or_else(|| marks.title.clone()));
    marks.reported_thread = unlabel(titles.thread.or_else(|| marks.title.clone()));
    marks.reported = reported;
    marks.reported_landing = landing;
    if page.site_name.is_some() && page.site_name == marks.reported {
        page.site_name = None;
    }
    // Where the headline stands, for the datelines and bylines beside it:
    // the headline's element, else the text that reads as the declared
    // title (a headline set in a `<legend>`, a plain `<h2>`, a `<div>`).
    let anchor = marks.title_node.or_else(|| {
        headline_by_text(
            dom,
            &[
                marks.reported.as_deref(),
                marks.og_title.as_deref(),
                marks.doc_title.as_deref(),
            ],
        )
    });
    if let Some(h) = anchor.and_then(|t| heading_headline(dom, t, &marks)) {
        marks.reported = Some(h);
    }
    let url_date = page_url
        .and_then(date::in_url)
        .or_else(|| page.url.as_deref().and_then(date::in_url));
    if page.date.is_none() {
        // A date in an element marked as one, away from the headline, may
        // be a sidebar's teaser's: the URL's date, when there is one, is
        // the page's own.
        page.date = anchor
            .and_then(|t| dateline(dom, t, false))
            .or_else(|| page.shown_date.take().filter(|_| url_date.is_none()));
    } else if page.date.is_some()
        && page.date.as_deref().and_then(|d| d.get(..10))
            == page.date_modified.as_deref().and_then(|d| d.get(..10))
    {
        // Publication and modification declared on one day (one moment,
        // or seconds apart): the site stamped both at its last save, and
        // the date it shows, when earlier, is the publication's.
        let shown = anchor
            .and_then(|t| dateline(dom, t, false))
            .or_else(|| page.shown_date.take());
        let earlier = |d: &String| {
            page.date
                .as_deref()
                .and_then(|p| p.get(..10))
                .is_some_and(|p| d.get(..10).is_some_and(|s| s < p))
        };
        if let Some(d) = shown.filter(earlier) {
            page.date = Some(d);
        }
    }
    if let Some(t) = anchor {
        let shown = shown_byline(dom, t, !page.authors.is_empty());
        if page.authors.is_empty() || shown_over_declared(&shown, &page.authors) {
            page.authors_shown = false;
            page.authors = shown;
        }
    }
    if page.authors.is_empty() {
        page.authors = phrase_byline(dom);
    } else if page.authors_no_person {
        // Declared authors naming no person (an organisation, the site)
        // yield to a person a byline phrase names ("Written by Ann Lee").
        let named = phrase_byline(dom);
        if !named.is_empty() && named.iter().all(|n| byline::tidy(n)) {
            page.authors = named;
            page.authors_no_person = false;
        }
    }
    if page.authors.is_empty() {
        if let Some(t) = anchor {
            page.authors = dateline_name(dom, t, page.site_name.as_deref());
        }
    }
    if page.date.is_none() && url_date.is_none() {
        page.date = page.authors.first().and_then(|a| date_beside_name(dom, a));
    }
    page.date = match page.date.take() {
        Some(declared) => Some(date::local_day(declared, url_date.as_deref())),
        None => url_date,
    };
    if page.date.is_none() {
        // The late sources (see [`settle`]), read while the page is at
        // hand (no URL's date either): a relative age's tooltip by the
        // headline, the date of an element marked as one in the language's
        // numeric order, a labelled dateline anywhere.
        page.late_date = anchor
            .and_then(|t| dateline(dom, t, true))
            .or_else(|| page.shown_ordered.take())
            .or_else(|| labelled_dateline(dom));
    }
    (marks, page)
}

/// The date of the first labelled dateline on the page, outside comments
/// (see [`date::labelled`]): a text of its own, or the short element
/// around a label whose date is a text of its own ("Last updated:" then
/// "November 13, 2025"). The page's last source of a date.
fn labelled_dateline(dom: &Dom) -> Option<String> {
    (0..dom.len())
        .filter_map(|n| dom.text(n).map(|t| (n, t.trim())))
        .filter(|(_, t)| !t.is_empty())
        .take(PHRASE_BYLINE_TEXTS)
        .find_map(|(n, t)| {
            let d = date::labelled(t).or_else(|| {
                // A label alone: the date in the short text of its element
                // or the one around it (a bold label, then a `<time>`).
                if t.chars().count() > DATELINE_PART_CHARS || date::mentions(t) {
                    return None;
                }
                dom.ancestors(n)
                    .take(LABELLED_LEVELS)
                    .take_while(|&a| dom.end(a) - a <= LABELLED_NODES)
                    .find_map(|a| date::labelled(&dom.text_of(a)))
            })?;
            (!in_comments(dom, n)).then_some(d)
        })
}

/// On a forum thread, the opening post's author (`poster`, as the post's
/// markup names them) is the page's: it stands over authors found only in
/// elements marked as bylines or in a reply's microdata (a badge saying
/// "Topic Author", the first reply's user card), never over a declared one.
/// A poster's name is a handle as often as a name ("b.scherer"): it is
/// kept when the byline parser reads one name in it.
pub(crate) fn opening_poster(page: &mut PageMeta, poster: Option<&str>) {
    if !(page.authors.is_empty() || page.authors_shown) {
        return;
    }
    let Some(poster) = poster.map(str::trim).filter(|p| !p.is_empty()) else {
        return;
    };
    let (names, _) = byline::names(&[poster.to_owned()]);
    if let [name] = names.as_slice() {
        page.authors = vec![name.clone()];
        page.authors_shown = false;
    }
}

/// On a forum thread, the opening post's date (see `comments::posts`): the
/// thread's first post is its article. It is the date when the thread
/// declares none; a declared timestamp one day off it is the same moment
/// in another time zone, and the day the forum shows its readers (in the
/// site's own zone) stands, as with a URL's date (see [`date::local_day`]).
pub(crate) fn opening_date(page: &mut PageMeta, posted: Option<&str>) {
    let posted = posted.and_then(date::parse);
    page.date = match page.date.take() {
        None => posted,
        Some(declared) => Some(date::local_day(declared, posted.as_deref())),
    };
}

/// The text of the `<h2>` / `<h3>` that stands for the headline on a page
/// with no `<h1>` ([`headline_by_text`] found it, `anchor`), when it words
/// the title chosen from the declared ones (without the site's name) as an
/// `<h1>` must to be the headline: a theme that sets its post's title in
/// an `<h2>` ("7 Ways to Help You Switch to a Plant-Based Diet" under the
/// declared "7 Ways to Switch to a Plant-Based Diet | Koia") shows readers
/// that heading, and the declared title is its wording for search engines,
/// as beside an `<h1>` (see [`title`]). Only the article's title: a landing
/// page keeps its declared title.
fn heading_headline(dom: &Dom, anchor: NodeId, marks: &Marks) -> Option<String> {
    if marks.title_node.is_some() || !marks.h1_texts.is_empty() {
        return None;
    }
    let e = dom.element(anchor)?;
    if !(e.name == html5ever::local_name!("h2") || e.name == html5ever::local_name!("h3")) {
        return None;
    }
    let (text, _) = marks::heading_text(dom, anchor);
    let declared = marks.reported.as_deref()?;
    (!text.is_empty() && marks::covers_title(&text, &[declared])).then_some(text)
}

/// Fewest words of a text taken for the headline by its words alone: a
/// shorter title ("Webcams", "Blog") is also a menu's or a link's text.
const HEADLINE_TEXT_WORDS: usize = 3;
/// Longest text, in bytes, compared with the titles: a headline is short,
/// and a paragraph need not be lowercased to be told apart.
const HEADLINE_TEXT_BYTES: usize = 400;

/// Most nodes inside an `<h2>` / `<h3>` read as a headline: a heading
/// holding more is a section wrapped by a template's slip.
const HEADLINE_HEADING_NODES: usize = 64;

/// The element of the first text on the page, outside the `<head>`, that
/// reads as one of the declared `titles` (whitespace and case aside) and
/// has at least [`HEADLINE_TEXT_WORDS`] words: the headline of a page that
/// marks none with a heading. Failing one, the first `<h2>` or `<h3>` of
/// as many words that words the declared title its own way as an `<h1>`
/// must to be the headline ("7 Ways to Help You Switch to a Plant-Based
/// Diet" for "7 Ways to Switch to a Plant-Based Diet | Koia"): a page
/// whose template has no `<h1>`, headline set as an `<h2>`.
fn headline_by_text(dom: &Dom, titles: &[Option<&str>]) -> Option<NodeId> {
    let declared: Vec<&str> = titles.iter().flatten().copied().collect();
    exact_headline(dom, titles).or_else(|| {
        let body = dom.find(&html5ever::local_name!("body"))?;
        (body..dom.end(body)).find(|&n| {
            let heading = dom.element(n).is_some_and(|e| {
                e.name == html5ever::local_name!("h2") || e.name == html5ever::local_name!("h3")
            });
            if !heading || dom.end(n) - n > HEADLINE_HEADING_NODES {
                return false;
            }
            let text = dom.text_of(n);
            text.len() <= HEADLINE_TEXT_BYTES
                && text.split_whitespace().count() >= HEADLINE_TEXT_WORDS
                && marks::covers_title(&text, &declared)
        })
    })
}

/// The exact match of [`headline_by_text`].
fn exact_headline(dom: &Dom, titles: &[Option<&str>]) -> Option<NodeId> {
    let titles: Vec<String> = titles
        .iter()
        .flatten()
        .map(|t| crate::dom::collapse(t).to_lowercase())
        .filter(|t| t.split_whitespace().count() >= HEADLINE_TEXT_WORDS)
        .collect();
    if titles.is_empty() {
        return None;
    }
    // A text reads as a title only with as many words (lowercasing keeps
    // whitespace): counted before a text is collapsed and lowercased.
    let counts: Vec<usize> = titles
        .iter()
        .map(|t| t.split_whitespace().count())
        .collect();
    let body = dom.find(&html5ever::local_name!("body"))?;
    (body..dom.end(body)).find_map(|n| {
        let t = dom.text(n)?;
        if t.len() > HEADLINE_TEXT_BYTES || !counts.contains(&t.split_whitespace().count()) {
            return None;
        }
        let t = crate::dom::collapse(t).to_lowercase();
        if !titles.contains(&t) {
            return None;
        }
        dom.parent(n)
    })
}

/// Text that settles the page's language against the declared one, in
/// bytes: shorter text is too little to contradict the page.
const CONTRADICT_TEXT: usize = 1000;

/// Completes the metadata once the text is known: the language is the
/// declared one (normalised BCP 47) unless the article's text, at least
/// [`CONTRADICT_TEXT`] bytes of it, is plainly in another language, in which
/// case the detected ISO 639-1 code stands; with no declared language, the
/// detected one. `url` and `image` are resolved against the page's URL.
/// A page with no date from any other source (a thread's opening post
/// included) takes the moment a widget's timestamp attribute holds.
pub(crate) fn settle(page: &mut PageMeta, text: &str, page_url: Option<&str>) {
    // The last source of the date: a widget's timestamp attribute.
    if page.date.is_none() {
        page.date = page.attr_date.take();
    }
    // Then the late sources (see [`read`]): found after the page type,
    // pruning and selection have read whether the page is dated, they
    // change no text.
    if page.date.is_none() {
        page.date = page.late_date.take();
    }
    let detected = crate::lang::detect_language(text);
    page.language = match (page.language.take(), detected) {
        (Some(declared), Some(d)) if text.len() >= CONTRADICT_TEXT => {
            let primary = declared.split('-').next().unwrap_or_default();
            Some(if primary == d { declared } else { d.to_owned() })
        }
        (Some(declared), _) => Some(declared),
        (None, d) => d.map(str::to_owned),
    };
    if let Some(base) = page_url.filter(|b| !b.trim().is_empty()) {
        for slot in [&mut page.url, &mut page.image] {
            if let Some(u) = slot.as_deref() {
                *slot = Some(crate::url::resolve(base, u));
            }
        }
    }
}

/// The headline without the site's name around it ("Rain | Weather Daily"
/// → "Rain"); the site's name alone is no headline when the JSON-LD gives
/// another (a front page whose only headline is the site's name keeps it).
fn headline_not_site(title: String, page: &PageMeta) -> Option<String> {
    let Some(site) = page.site_name.as_deref() else {
        return Some(title);
    };
    let same = |a: &str, b: &str| a.trim().eq_ignore_ascii_case(b.trim());
    if same(&title, site) {
        // A front page whose only headline is the site's name keeps it.
        return page
            .headline
            .clone()
            .filter(|h| !same(h, site))
            .or(Some(title));
    }
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", ": "] {
        if let Some(rest) = title.strip_suffix(site).and_then(|r| r.strip_suffix(sep)) {
            return Some(rest.trim().to_owned());
        }
        if let Some(rest) = title.strip_prefix(site).and_then(|r| r.strip_prefix(sep)) {
            return Some(rest.trim().to_owned());
        }
    }
    Some(title)
}

/// A byline in plain text just after the headline ("By Ann Lee", or
/// "Written by" with the name in the next text).
fn shown_byline(dom: &Dom, title: NodeId, strict: bool) -> Vec<String> {
    let texts: Vec<(NodeId, &str)> = (dom.end(title)..dom.len())
        .take(DATELINE_NODES)
        .filter_map(|n| dom.text(n).map(|t| (n, t.trim())))
        .filter(|(_, t)| !t.is_empty())
        .take(DATELINE_TEXTS)
        .collect();
    first_byline(dom, &texts, byline::opens_byline, strict)
}

/// Longest text read as one dateline's part, in characters.
const DATELINE_PART_CHARS: usize = 60;
/// Most text, in bytes, of the element holding both a dateline's date and
/// the name beside it: more is a page's section, not one dateline.
const DATELINE_LINE_BYTES: usize = 300;

/// A name in the dateline just after the headline, with no byline word:
/// "Aaron Ricadela | Senior Writer | July 2, 2025", or "Bence Kovács" and
/// "02-12-2025" as the items of one short list. The name is a part beside
/// the date's (set off by a bar or a bullet, or a text of its own), in one
/// element of at most [`DATELINE_LINE_BYTES`] with the date, written as a
/// person's name (see [`byline::tidy`]) and not the site's.
fn dateline_name(dom: &Dom, title: NodeId, site: Option<&str>) -> Vec<String> {
    let mut parts: Vec<(NodeId, &str)> = Vec::new();
    for n in (dom.end(title)..dom.len()).take(DATELINE_NODES) {
        let Some(t) = dom.text(n).map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        if t.chars().count() > DATELINE_PART_CHARS * 3 || in_comments(dom, n) {
            break;
        }
        parts.extend(
            t.split(['|', '•', '·', '—'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| (n, p)),
        );
        if parts.len() >= DATELINE_TEXTS {
            break;
        }
    }
    let Some(at) = parts.iter().position(|(_, p)| date::mentions(p)) else {
        return Vec::new();
    };
    let Some(&(date_node, _)) = parts.get(at) else {
        return Vec::new();
    };
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    // The parts just before and after the date's, nearest first.
    let near = [
        at.checked_sub(1),
        at.checked_add(1),
        at.checked_sub(2),
        at.checked_add(2),
    ];
    for &(n, p) in near.into_iter().flatten().filter_map(|i| parts.get(i)) {
        if p.chars().count() > DATELINE_PART_CHARS
            || !byline::tidy(p)
            || site.is_some_and(|s| squash(s) == squash(p))
            || !one_line(dom, date_node, n)
            || in_link(dom, n)
        {
            continue;
        }
        let (names, person) = byline::names(&[p.to_owned()]);
        if person && names.len() == 1 {
            return names;
        }
    }
    Vec::new()
}

/// Whether text `n` is inside a link to another page: a dateline's
/// linked part is a category, a section or a call to action ("Project
/// Management", "Learn More"); an author's page link is read by its mark.
fn in_link(dom: &Dom, n: NodeId) -> bool {
    dom.ancestors(n).any(|a| {
        dom.element(a).is_some_and(|e| {
            e.name == html5ever::local_name!("a")
                && e.attr(&html5ever::local_name!("href"))
                    .is_some_and(|h| !h.trim().is_empty() && !h.trim().starts_with('#'))
        })
    })
}

/// Whether texts `a` and `b` sit in one element of at most
/// [`DATELINE_LINE_BYTES`] of text (one dateline, one short list).
fn one_line(dom: &Dom, a: NodeId, b: NodeId) -> bool {
    if a == b {
        return true;
    }
    let (lo, hi) = (a.min(b), a.max(b));
    // The nearest ancestor of the earlier text that holds the later one.
    let Some(common) = dom.ancestors(lo).find(|&x| dom.end(x) > hi) else {
        return false;
    };
    let mut len = 0;
    for n in common..dom.end(common) {
        len += dom.text(n).map_or(0, |t| t.trim().len());
        if len > DATELINE_LINE_BYTES {
            return false;
        }
    }
    true
}

/// Texts read after a byline label for the further names of its list
/// (a joiner between two names is a text too).
const LABEL_LIST_TEXTS: usize = 12;

/// Most nodes of the element around a dateline's label read for its date
/// (the label, a `<time>` and its text).
const LABELLED_NODES: usize = 8;
/// Elements around a label's text read for its date: its own and the one
/// around it.
const LABELLED_LEVELS: usize = 2;

/// Texts looked at for a "Written by" byline anywhere on the page.
const PHRASE_BYLINE_TEXTS: usize = 5000;

/// A byline phrase ("Written by Ann Lee", or "Article by" with the name in
/// the next text) anywhere on the page, outside comments: the first one.
/// Whether the byline shown under the headline ("By Ann Lee") stands over
/// the declared authors: it names a person, written as a name, whom no
/// declared author shares a word with (the account that posted a guest's
/// article, an editor). Readers see the shown one.
fn shown_over_declared(shown: &[String], declared: &[String]) -> bool {
    let words = |s: &str| -> Vec<String> {
        byline::base_name(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 1)
            .map(str::to_lowercase)
            .collect()
    };
    let theirs: Vec<String> = declared.iter().flat_map(|d| words(d)).collect();
    !shown.is_empty()
        && shown.iter().all(|n| byline::tidy(n) && !n.contains(':'))
        && shown
            .iter()
            .flat_map(|n| words(n))
            .all(|w| !theirs.contains(&w))
}

fn phrase_byline(dom: &Dom) -> Vec<String> {
    let texts: Vec<(NodeId, &str)> = (0..dom.len())
        .filter_map(|n| dom.text(n).map(|t| (n, t.trim())))
        .filter(|(_, t)| !t.is_empty())
        .take(PHRASE_BYLINE_TEXTS)
        .collect();
    let phrased = first_byline(
        dom,
        &texts,
        |t| byline::opens_byline_phrase(t) || byline::ends_byline_phrase(t),
        false,
    );
    if !phrased.is_empty() {
        return phrased;
    }
    // A bare label ("Authors", "Autor:") says less than a phrase: what
    // follows it is taken only when written as people's names ("Ann Lee",
    // not a table's "Post time" nor a style sheet's text).
    let labelled = first_byline(dom, &texts, byline::is_author_label, false);
    if labelled.iter().all(|n| byline::tidy(n)) {
        labelled
    } else {
        Vec::new()
    }
}

/// The names of the first of `texts` that `opens` reads as a byline (at
/// most 100 characters, outside comments); a byline of one or two words
/// ("By", "Written by") takes its name from the next text.
/// `strict`: a byline word that ends a phrase begun in the same line
/// ("Medically reviewed" then "by Kim Lee") opens no byline of the
/// author's.
fn first_byline(
    dom: &Dom,
    texts: &[(NodeId, &str)],
    opens: fn(&str) -> bool,
    strict: bool,
) -> Vec<String> {
    for (i, (n, t)) in texts.iter().enumerate() {
        if t.chars().nth(100).is_some() || !opens(t) || in_comments(dom, *n) {
            continue;
        }
        let continues = i
            .checked_sub(1)
            .and_then(|p| texts.get(p))
            .is_some_and(|(p, prev)| {
                prev.chars().last().is_some_and(char::is_alphabetic) && one_line(dom, *p, *n)
            });
        if strict && continues {
            continue;
        }
        let mut line = (*t).to_owned();
        // A label ending with a byline phrase ("Article written by:") is
        // no name's part: the name is the next text.
        let label = byline::ends_byline_phrase(t) && !byline::opens_byline_phrase(t);
        if label {
            line.clear();
        }
        if label || t.split_whitespace().count() <= 2 {
            if let Some((_, next)) = texts.get(i + 1) {
                line.push(' ');
                line.push_str(next);
            }
            // A label over a list of names ("Authors" then one name per
            // item): the names after the first, each a text of its own in
            // the label's short line (see [`one_line`]) and written as a
            // list: set off from the name before by a joiner or a comma, or
            // in a list item of its own. Any other text ends the list (a
            // button's "View In Digital Edition" after the name is none).
            let mut prev = texts.get(i + 1).map(|(m, _)| *m);
            let mut joined = false;
            for (m, more) in texts.iter().skip(i + 2).take(LABEL_LIST_TEXTS) {
                if !one_line(dom, *n, *m) {
                    break;
                }
                let bare = more.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
                if bare.is_empty() || byline::is_joiner(bare) {
                    joined = true;
                    continue;
                }
                let own_item = prev.is_some_and(|p| {
                    let (a, b) = (list_item(dom, p), list_item(dom, *m));
                    a.is_some() && b.is_some() && a != b
                });
                let (one, person) = byline::names(&[(*more).to_owned()]);
                if !(joined || own_item)
                    || !(person && one.len() == 1 && one.iter().all(|o| byline::tidy(o)))
                {
                    break;
                }
                line.push_str(", ");
                line.push_str(more);
                prev = Some(*m);
                joined = false;
            }
        }
        let (names, _) = byline::names(&[line]);
        if !names.is_empty() {
            return names;
        }
    }
    Vec::new()
}

/// The list item (`<li>`) holding text `n`, if any.
fn list_item(dom: &Dom, n: NodeId) -> Option<NodeId> {
    dom.ancestors(n).find(|&a| {
        dom.element(a)
            .is_some_and(|e| e.name == html5ever::local_name!("li"))
    })
}

/// Inside a comment section: a commenter's byline is not the page's.
fn in_comments(dom: &Dom, id: NodeId) -> bool {
    dom.ancestors(id).any(|a| {
        dom.element(a).and_then(crate::hints::element_hint)
            == Some(crate::boilerplate::Boilerplate::Comments)
    })
}

/// Texts after an author's name read for the date shown beside it.
const BESIDE_NAME_TEXTS: usize = 4;
/// Bytes of those texts read.
const BESIDE_NAME_BYTES: usize = 200;

/// The date shown with the author's name, outside comments: in the first
/// short text naming them or the few texts after it ("Luke Kim" then
/// "December 17, 2025" in an author box far from the headline).
fn date_beside_name(dom: &Dom, name: &str) -> Option<String> {
    let texts: Vec<(NodeId, &str)> = (0..dom.len())
        .filter_map(|n| dom.text(n).map(|t| (n, t.trim())))
        .filter(|(_, t)| !t.is_empty())
        .take(PHRASE_BYLINE_TEXTS)
        .collect();
    let at = texts
        .iter()
        .position(|(n, t)| t.len() <= 100 && t.contains(name) && !in_comments(dom, *n))?;
    let mut near = String::new();
    for (_, t) in texts.iter().skip(at).take(BESIDE_NAME_TEXTS) {
        near.push_str(t);
        near.push(' ');
        if near.len() > BESIDE_NAME_BYTES {
            break;
        }
    }
    date::in_text(&near)
}

/// Text node `n`'s text, unless it is a script's or a style's: a JSON-LD
/// block beside the headline (a video's `uploadDate`) is not a dateline.
fn shown_text(dom: &Dom, n: NodeId) -> Option<&str> {
    let t = dom.text(n)?;
    let code = dom
        .parent(n)
        .and_then(|p| dom.html_name(p))
        .is_some_and(crate::html::is_code);
    (!code).then_some(t)
}

/// Elements around a relative age's text looked at for its tooltip: the
/// text's own element and the one around it (a span in a link).
const AGE_TOOLTIP_ELEMENTS: usize = 2;

/// The full date behind a relative age shown as text ("1 year ago" with
/// `title="2024-10-04 12:43"`, or a tooltip library's
/// `data-tippy-content="Friday, October 4th, 2024 at 3:43 PM"`): the page
/// shows readers the date on pointing at the age, and the age alone says
/// nothing once the page is read later. `None` for any other text.
fn age_tooltip(dom: &Dom, n: NodeId) -> Option<String> {
    let t = dom.text(n)?;
    if !crate::lang::is_age_line(t.trim()) {
        return None;
    }
    dom.ancestors(n)
        .take(AGE_TOOLTIP_ELEMENTS)
        .filter_map(|a| dom.element(a))
        .find_map(|e| {
            e.attrs
                .iter()
                .filter(|a| crate::dom::is_tooltip_attribute(a.name.local.as_bytes()))
                .find_map(|a| date::in_text(&a.value))
        })
}

/// A date written just after the headline, else just before it; with
/// `tooltips`, a relative age there stands for the date its tooltip holds
/// (see [`age_tooltip`]).
fn dateline(dom: &Dom, title: NodeId, tooltips: bool) -> Option<String> {
    let mut after = String::new();
    let mut read = 0;
    for n in (dom.end(title)..dom.len()).take(DATELINE_NODES) {
        // Only asked when reading tooltips: the first reading (every page)
        // pays nothing for them.
        if let Some(d) = tooltips.then(|| age_tooltip(dom, n)).flatten() {
            after.push_str(&d);
            after.push(' ');
            read += d.len() + 1;
            continue;
        }
        if let Some(t) = shown_text(dom, n) {
            // A sentence's date is a fact the text reports, not when it was
            // written: its text is skipped, though counted in the window.
            if t.len() <= DATELINE_LINE {
                after.push_str(t);
            }
            after.push(' ');
            read += t.len() + 1;
            if read > DATELINE_AFTER {
                break;
            }
        }
    }
    if let Some(d) = date::in_text(&after) {
        return Some(d);
    }
    let mut before: Vec<std::borrow::Cow<'_, str>> = Vec::new();
    let mut len = 0;
    for n in (0..title).rev().take(DATELINE_NODES) {
        let t = match age_tooltip(dom, n).filter(|_| tooltips) {
            Some(d) => std::borrow::Cow::Owned(d),
            None => match shown_text(dom, n) {
                Some(t) => std::borrow::Cow::Borrowed(t),
                None => continue,
            },
        };
        len += t.len();
        before.push(t);
        if len > DATELINE_BEFORE {
            break;
        }
    }
    before.reverse();
    date::in_text(&before.join(" "))
}
