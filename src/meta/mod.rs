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
mod title;

pub(crate) use declared::PageMeta;
pub(crate) use marks::{similarity, Marks};
pub(crate) use title::without_tagline;

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
        home: &marks.home_texts,
        ld: page.headline.as_deref(),
        site: page.site_name.as_deref(),
        // The page's own URL only: the title must not change with the URL a
        // caller passes (the same page fetched through a mirror or a proxy).
        url: page.url.as_deref(),
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
    let url_date = page_url
        .and_then(date::in_url)
        .or_else(|| page.url.as_deref().and_then(date::in_url));
    if page.date.is_none() {
        // A date in an element marked as one, away from the headline, may
        // be a sidebar's teaser's: the URL's date, when there is one, is
        // the page's own.
        page.date = anchor
            .and_then(|t| dateline(dom, t))
            .or_else(|| page.shown_date.take().filter(|_| url_date.is_none()));
    } else if page.date.is_some()
        && page.date.as_deref().and_then(|d| d.get(..10))
            == page.date_modified.as_deref().and_then(|d| d.get(..10))
    {
        // Publication and modification declared on one day (one moment,
        // or seconds apart): the site stamped both at its last save, and
        // the date it shows, when earlier, is the publication's.
        let shown = anchor
            .and_then(|t| dateline(dom, t))
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
    (marks, page)
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

/// A date written just after the headline, else just before it.
fn dateline(dom: &Dom, title: NodeId) -> Option<String> {
    let mut after = String::new();
    let mut read = 0;
    for n in (dom.end(title)..dom.len()).take(DATELINE_NODES) {
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
    let mut before: Vec<&str> = Vec::new();
    let mut len = 0;
    for n in (0..title).rev().take(DATELINE_NODES) {
        if let Some(t) = shown_text(dom, n) {
            len += t.len();
            before.push(t);
            if len > DATELINE_BEFORE {
                break;
            }
        }
    }
    before.reverse();
    date::in_text(&before.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> (Marks, PageMeta) {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        read(&dom, None)
    }

    #[test]
    fn a_headline_marked_by_no_heading_is_found_by_its_words_for_the_dateline() {
        // The headline is a <legend>; the <h1>s are the site's logo and a
        // section of the post.
        let (marks, page) = meta_of(
            "<head><title>Ann's Blog: Advent of Code week two</title>\
             <meta property='og:title' content='Advent of Code week two'></head>\
             <body><h1><a href='/'>Ann's Blog</a></h1><p>Menu</p>\
             <fieldset><legend>Advent of Code  week two</legend>20 December 2025\
             <p>I did it again this year, and here is how it went.</p>\
             <h1>Day 7</h1><p>Part one.</p></fieldset></body>",
        );
        assert_eq!(marks.title_node, None);
        assert_eq!(page.date.as_deref(), Some("2025-12-20"));
        // Two words are a menu's text as often as a headline: not taken.
        let (_, page) = meta_of(
            "<head><meta property='og:title' content='Webcams Live'></head>\
             <body><ul><li>Webcams Live</li><li>Posted 3 May 2021</li></ul></body>",
        );
        assert_eq!(page.date, None);
    }

    /// The exact headline is the text reading as a title, whitespace and
    /// case aside; texts with other word counts are passed over before
    /// anything is lowercased, and `collapse` joins words with one space.
    #[test]
    fn the_exact_headline_is_the_text_with_the_titles_words() {
        let dom = crate::parse::parse(
            "<body><p>Advent of Code week</p><p>Advent of Code week two, more</p>\
             <legend>\n ADVENT  of\tCode week TWO </legend></body>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        let legend = (0..dom.len()).find(|&n| {
            dom.element(n)
                .is_some_and(|e| e.name == html5ever::local_name!("legend"))
        });
        assert!(legend.is_some());
        assert_eq!(
            exact_headline(&dom, &[None, Some("Advent of  Code week two")]),
            legend
        );
        assert_eq!(exact_headline(&dom, &[Some("Advent of Code")]), None);
        assert_eq!(crate::dom::collapse("\n a \t b\u{a0} c  "), "a b c");
        assert_eq!(crate::dom::collapse(" \n "), "");
    }

    #[test]
    fn a_headlines_soft_hyphens_are_no_part_of_its_words() {
        for (h1, want) in [
            (
                "Home Repair Assis&shy;tance Program",
                "Home Repair Assistance Program",
            ),
            (
                "Wohnungs&shy;bau&shy;förderung für Familien",
                "Wohnungsbauförderung für Familien",
            ),
            ("Aide\u{200b} à la rénovation", "Aide à la rénovation"),
        ] {
            let (marks, _) = meta_of(&format!("<body><h1>{h1}</h1><p>Text.</p></body>"));
            assert_eq!(marks.h1_texts, [want], "{h1}");
        }
    }

    #[test]
    fn a_script_beside_the_headline_is_no_dateline() {
        let (_, page) = meta_of(
            "<body><h1>Rapport sur la plomberie</h1><div class='video'>\
             <script type='application/ld+json'>{\"@type\": \"VideoObject\", \
             \"uploadDate\": \"2025-05-14T19:17:46Z\"}</script></div>\
             <p>Le marché de la plomberie en chiffres.</p></body>",
        );
        assert_eq!(page.date, None);
    }

    #[test]
    fn a_timestamp_shown_as_written_is_the_pages_date() {
        // An author box showing the publication time as a bare timestamp.
        let (_, page) = meta_of(
            "<body><h1>Biofuels in aviation</h1>\
             <div class='author'><p>Nick van Mead</p>\
             <p><span class='publicationTime'>2022-11-23T08:10+02:00 </span></p></div>\
             <p>Aviation burns a lot of fuel.</p></body>",
        );
        assert_eq!(page.date.as_deref(), Some("2022-11-23T08:10+02:00"));
    }

    #[test]
    fn a_custom_elements_creation_timestamp_is_the_last_source() {
        let settled = |html: &str| {
            let (_, mut page) = meta_of(html);
            settle(&mut page, "", None);
            page.date
        };
        // The post's element carries the moment; its text says "1 yr. ago".
        assert_eq!(
            settled(
                "<x-post created-timestamp='2026-03-03T09:47:05+0000'>\
                 <h1>Best laptop for college</h1><span>1 yr. ago</span><p>Words.</p></x-post>"
            )
            .as_deref(),
            Some("2026-03-03T09:47:05+00:00")
        );
        assert_eq!(
            settled("<h1>Tiny homes</h1><div data-published-time='1766100338'>gestern</div>")
                .as_deref(),
            Some("2025-12-18T23:25:38Z")
        );
        // Any other source first.
        assert_eq!(
            settled(
                "<x-post created-timestamp='2026-03-03T09:47:05Z'><h1>Rain</h1>\
                 <p>12 mai 2024</p></x-post>"
            )
            .as_deref(),
            Some("2024-05-12")
        );
        // A list's teasers each carry one; a comment's is not the page's.
        assert_eq!(
            settled(
                "<h1>Science</h1><div data-posted-date='1772948474'>A</div>\
                 <div data-posted-date='1772773815'>B</div>"
            ),
            None
        );
        assert_eq!(
            settled(
                "<h1>Rain</h1><div class='comments'>\
                 <div data-created-at='2026-03-03T09:47:05Z'>Nice.</div></div>"
            ),
            None
        );
    }

    #[test]
    fn a_threads_declared_timestamp_a_day_off_its_opening_post_is_the_posts_day() {
        let page_with = |d: Option<&str>| PageMeta {
            date: d.map(str::to_owned),
            ..PageMeta::default()
        };
        let mut page = page_with(Some("2026-02-15T03:05:48"));
        opening_date(&mut page, Some("14. Februar 2026 | 21:05"));
        assert_eq!(page.date.as_deref(), Some("2026-02-14"));
        // The same day, or days apart: the declared one stands.
        for posted in ["15 février 2026, 03:05", "Feb 10, 2026 | 9:05 pm"] {
            let mut page = page_with(Some("2026-02-15T03:05:48"));
            opening_date(&mut page, Some(posted));
            assert_eq!(page.date.as_deref(), Some("2026-02-15T03:05:48"));
        }
        // No declared date: the opening post's.
        let mut page = page_with(None);
        opening_date(&mut page, Some("30th March 2025, 16:26"));
        assert_eq!(page.date.as_deref(), Some("2025-03-30"));
    }

    #[test]
    fn a_dialogs_h1_is_no_headline() {
        // A consent banner's h1 beside the site's name in an h1: the
        // declared title stands (English, French); a page shown in a
        // dialog keeps its h1.
        for (banner, home, title) in [
            (
                "Your choice regarding cookies on this site",
                "Example",
                "Example: Software News, Trends and Practices",
            ),
            (
                "Vos choix concernant les cookies sur ce site",
                "Exemple",
                "Exemple : actualités, tendances et pratiques du logiciel",
            ),
        ] {
            let (marks, _) = meta_of(&format!(
                "<head><title>{title} - {home}</title>\
                 <meta property='og:site_name' content='{home}'></head><body>\
                 <div role='dialog'><h1>{banner}</h1><button>OK</button></div>\
                 <h1>{home}</h1><p>Articles about software, every day of the week.</p></body>"
            ));
            assert_eq!(marks.reported.as_deref(), Some(title));
        }
        let (marks, _) = meta_of(
            "<body><dialog open><h1>Six gardening shows to watch this winter</h1>\
             <p>Backyard inspiration for the cold months.</p></dialog></body>",
        );
        assert_eq!(
            marks.reported.as_deref(),
            Some("Six gardening shows to watch this winter")
        );
    }

    #[test]
    fn a_contributors_label_under_the_headline_names_the_author() {
        for (label, name) in [
            ("Contributors:", "Janet Loughrey"),
            ("Colaboradores:", "Ana Ruiz"),
        ] {
            let (_, page) = meta_of(&format!(
                "<body><h1>Low light houseplants</h1><div class='sub-title'><p>Plants for dim rooms</p></div>\
                 <div class='tags'><div><strong>{label}</strong> {name}</div></div>\
                 <p>Most houseplants come from forest floors, where light is scarce.</p></body>"
            ));
            assert_eq!(page.authors, [name]);
        }
    }

    #[test]
    fn a_declared_author_named_only_by_an_e_mail_address_is_kept() {
        // JSON-LD and the "Written by" label: the account's only name.
        for head in [
            "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \
             \"author\": {\"@type\": \"Person\", \"name\": \"ana.ruiz@example.es\"}}</script>",
            "<meta name='twitter:label1' content='Written by'>\
             <meta name='twitter:data1' content='ana.ruiz@example.es'>",
        ] {
            let (_, page) = meta_of(&format!(
                "<head>{head}</head><body><h1>Cómo podar un olivo</h1>\
                 <div class='comment'><span class='author'>Luis Gómez</span></div></body>"
            ));
            assert_eq!(page.authors, ["ana.ruiz@example.es"]);
        }
        // An address beside a name is no name of its own.
        let (_, page) = meta_of(
            "<head><meta name='author' content='Ana Ruiz, ana.ruiz@example.es'></head>\
             <body><h1>Cómo podar un olivo</h1></body>",
        );
        assert_eq!(page.authors, ["Ana Ruiz"]);
        assert!(!super::declared::is_address("Ana Ruiz ana@example.es"));
        assert!(!super::declared::is_address("@anaruiz"));
    }

    #[test]
    fn a_headings_permalink_mark_is_no_part_of_the_title() {
        let (marks, _) = meta_of(
            "<title>Middleware - Docs</title><h1>Middleware<a class='headerlink' \
             href='#middleware' title='Link to this heading'>¶</a></h1><p>Text.</p>",
        );
        assert_eq!(marks.title.as_deref(), Some("Middleware"));
        // A mark alone is the heading's text, kept.
        let (marks, _) = meta_of("<h1><a href='#top'>#</a> Usage</h1><p>Text.</p>");
        assert_eq!(marks.title.as_deref(), Some("# Usage"));
    }

    #[test]
    fn a_hidden_element_in_the_headline_is_no_part_of_it() {
        let (marks, _) = meta_of(
            "<title>Access overview | Cloud Docs</title><h1>Access overview<span hidden>\
             <span>Stay organized with collections</span> <span>Save content</span></span></h1>\
             <p>Text.</p>",
        );
        assert_eq!(marks.title.as_deref(), Some("Access overview"));
        assert_eq!(marks.reported.as_deref(), Some("Access overview"));
    }

    #[test]
    fn an_faq_pages_questions_are_not_the_pages_work() {
        // A page's FAQ block, declared before its article: its questions
        // name no headline of the page (a Q&A page's question does).
        let (_, page) = meta_of(
            "<head><script type='application/ld+json'>{\"@type\": \"FAQPage\", \"mainEntity\": [\
             {\"@type\": \"Question\", \"name\": \"How much does an online MBA cost?\"}]}</script>\
             <script type='application/ld+json'>{\"@type\": \"Article\", \
             \"headline\": \"Best online MBA programs\"}</script></head>\
             <h1>Best online MBA programs</h1><p>Text.</p>",
        );
        assert_eq!(page.headline.as_deref(), Some("Best online MBA programs"));
        let (_, page) = meta_of(
            "<head><script type='application/ld+json'>{\"@type\": \"QAPage\", \"mainEntity\": \
             {\"@type\": \"Question\", \"name\": \"¿Cuánto cuesta un MBA?\"}}</script></head>\
             <h1>¿Cuánto cuesta un MBA?</h1><p>Texto.</p>",
        );
        assert_eq!(page.headline.as_deref(), Some("¿Cuánto cuesta un MBA?"));
    }

    #[test]
    fn json_ld_strings_lose_their_character_references() {
        let (_, page) = meta_of(
            "<head><script type='application/ld+json'>{\"@type\": \"BlogPosting\", \
             \"headline\": \"Outils &#8211; M&amp;A et l&#039;été\", \
             \"author\": {\"name\": \"Seán O&#39;Brien\"}}</script></head>\
             <h1>Outils</h1><p>Texte.</p>",
        );
        assert_eq!(
            page.headline.as_deref(),
            Some("Outils \u{2013} M&A et l'été")
        );
        assert_eq!(page.authors, ["Seán O'Brien"]);
    }

    #[test]
    fn a_json_ld_author_given_by_reference_is_the_named_node() {
        let (_, page) = meta_of(
            "<head><meta name='twitter:label1' content='Written by'>\
             <meta name='twitter:data1' content='Site Editor'>\
             <script type='application/ld+json'>{\"@graph\": [\
             {\"@type\": \"BlogPosting\", \"headline\": \"Rain\", \
              \"author\": {\"@id\": \"https://example.org/#/person/1\"}},\
             {\"@type\": \"Person\", \"@id\": \"https://example.org/#/person/1\", \
              \"name\": \"Ana Lopes\"}]}</script></head><h1>Rain</h1><p>Text.</p>",
        );
        assert_eq!(page.authors, ["Ana Lopes"]);
    }

    #[test]
    fn the_byline_under_the_headline_stands_over_the_account_that_posted() {
        let (_, page) = meta_of(
            "<meta name='author' content='Stef Keegan'><h1>Ten nutrition myths</h1>\
             <p><em>By Lizzie Streit</em></p><p>Text of the article.</p>",
        );
        assert_eq!(page.authors, ["Lizzie Streit"]);
        // The same person, or a shown line that is no name, leaves the
        // declared author.
        let (_, page) = meta_of(
            "<meta name='author' content='Lizzie Streit'><h1>Ten nutrition myths</h1>\
             <p>By Lizzie Streit, MS</p><p>Text.</p>",
        );
        assert_eq!(page.authors, ["Lizzie Streit"]);
        let (_, page) = meta_of(
            "<meta name='author' content='Tom Kay'><h1>Kettles</h1>\
             <p>Sort by</p><p>Review Price: Ascending</p><p>Text.</p>",
        );
        assert_eq!(page.authors, ["Tom Kay"]);
        // A reviewer's line is no byline of the author's.
        let (_, page) = meta_of(
            "<meta name='author' content='Jill Kay'><h1>Plant-based diets</h1>\
             <div><span>Medically reviewed</span><span> by </span><a>Kim Rose</a></div>\
             <p>Text.</p>",
        );
        assert_eq!(page.authors, ["Jill Kay"]);
    }

    #[test]
    fn a_microdata_author_item_gives_its_name_and_replies_authors_are_not_the_pages() {
        // A thread: the opening post's author is a `Person` item whose name
        // is a <meta>; the replies' authors belong to `Comment` / `Answer`
        // items.
        let (_, page) = meta_of(
            "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>\
             <div itemprop='author' itemscope itemtype='https://schema.org/Person'>\
             <a href='/u/julian'><img src='a.png'>J</a> Offline\
             <meta itemprop='name' content='julian'></div>\
             <h1 itemprop='headline'>RC1 of NodeBB v4</h1><p>Text.</p>\
             <ul><li itemprop='comment' itemscope itemtype='http://schema.org/Comment'>\
             <div itemprop='author' itemscope itemtype='https://schema.org/Person'>\
             <span itemprop='name'>Kichae</span> wrote</div><p>Nice.</p></li>\
             <li itemscope itemtype='https://schema.org/Answer'>\
             <span itemprop='author'>Sylwester Cyba</span><p>Yes.</p></li></ul></div>",
        );
        assert_eq!(page.authors, ["julian"]);
        // Forum software that marks every post a `Comment`, the opening one
        // too: the first post's author, not every poster.
        let post = |name: &str| {
            format!(
                "<article itemscope itemtype='https://schema.org/Comment'>\
                 <section itemprop='author' itemscope itemtype='https://schema.org/Person'>\
                 <a href='/members/{name}'>{name}</a><meta itemprop='name' content='{name}'>\
                 </section><p>Text.</p></article>"
            )
        };
        let (_, page) = meta_of(&format!(
            "<h1>Range?</h1>{}{}",
            post("Hostlar"),
            post("ann")
        ));
        assert_eq!(page.authors, ["Hostlar"]);
    }

    #[test]
    fn the_time_after_the_headline_is_the_pages() {
        let (_, page) = meta_of(
            "<aside><time datetime='2025-01-31'>Jan 31</time></aside>\
             <h1>Candidate experience</h1><p><time datetime='2017-03-01'>03/01/2017</time></p>\
             <p>Text.</p>",
        );
        assert_eq!(page.date.as_deref(), Some("2017-03-01"));
        // With none after it, the first <time> stands.
        let (_, page) = meta_of(
            "<aside><time datetime='2025-01-31'>Jan 31</time></aside><h1>Candidate experience</h1>",
        );
        assert_eq!(page.date.as_deref(), Some("2025-01-31"));
    }

    #[test]
    fn a_publication_declared_at_the_modification_yields_to_an_earlier_shown_date() {
        let page_of = |published: &str, modified: &str, dateline: &str| {
            meta_of(&format!(
                "<meta property='article:published_time' content='{published}'>\
                 <meta property='article:modified_time' content='{modified}'>\
                 <h1>Seven habits of a tidy kitchen</h1><p>{dateline}</p><p>Text.</p>"
            ))
            .1
            .date
        };
        let stamp = "2025-11-20T16:02:46Z";
        for (dateline, want) in [
            ("May 14, 2025", "2025-05-14"),
            ("Publié le 12 mars 2024", "2024-03-12"),
            ("eingestellt am 23.06.2024", "2024-06-23"),
            ("Publicado el 2 de mayo de 2025", "2025-05-02"),
            ("2024年5月12日", "2024-05-12"),
        ] {
            assert_eq!(
                page_of(stamp, stamp, dateline).as_deref(),
                Some(want),
                "{dateline}"
            );
        }
        // Declared seconds apart on one day, as a save stamps them: the
        // same, the shown date is the publication's.
        assert_eq!(
            page_of(stamp, "2025-11-20T16:02:31Z", "May 14, 2025").as_deref(),
            Some("2025-05-14")
        );
        // Two declared days: the publication's stands.
        let modified = "2025-11-21T09:00:00Z";
        assert_eq!(
            page_of(stamp, modified, "May 14, 2025").as_deref(),
            Some(stamp)
        );
        // A shown date later than the declared one is no publication's.
        assert_eq!(
            page_of(stamp, stamp, "December 2, 2025").as_deref(),
            Some(stamp)
        );
    }

    #[test]
    fn a_date_in_a_sentence_under_the_headline_is_no_dateline() {
        let page_of = |sentence: &str| {
            meta_of(&format!(
                "<meta property='article:published_time' content='2025-12-19T11:52:20Z'>\
                 <meta property='article:modified_time' content='2025-12-19T11:52:20Z'>\
                 <h1>Enrolment now open</h1><p>{sentence}</p><p>Text.</p>"
            ))
            .1
            .date
        };
        for sentence in [
            "The enrolment period, which opened on Wednesday, December 17 2025, runs until \
             January 6, and the classes, given by native speakers, start in the second week \
             of the new year in the institute's rooms downtown.",
            "La période d'inscription, ouverte le mercredi 17 décembre 2025, court jusqu'au \
             6 janvier, et les cours, donnés par des locuteurs natifs, commencent ensuite \
             dans les salles de l'institut, \
             au centre-ville, comme chaque année.",
            "Die Anmeldung, die am Mittwoch, dem 17. Dezember 2025 begann, läuft bis zum \
             6. Januar, und der Unterricht durch Muttersprachler beginnt danach \
             in den Räumen des Instituts in der Innenstadt, wie jedes Jahr.",
            "El plazo de inscripción, abierto el miércoles 17 de diciembre de 2025, dura \
             hasta el 6 de enero, y las clases con hablantes nativos empiezan después \
             en las aulas del instituto, en el centro de la ciudad.",
        ] {
            assert_eq!(
                page_of(sentence).as_deref(),
                Some("2025-12-19T11:52:20Z"),
                "{sentence}"
            );
        }
        // The same date as a line of its own is the dateline.
        assert_eq!(page_of("December 17, 2025").as_deref(), Some("2025-12-17"));
    }

    #[test]
    fn the_dateline_beside_the_headline_beats_a_marked_date_elsewhere() {
        let (_, page) = meta_of(
            "<div class='header-date'>Tuesday, March 3, 2026</div>\
             <h1>An ergonomic desk, step by step</h1><p>February 6, 2026</p><p>Text.</p>",
        );
        assert_eq!(page.date.as_deref(), Some("2026-02-06"));
        // A marked date still counts when no dateline is near the headline.
        let (_, page) = meta_of(
            "<h1>An ergonomic desk</h1><p>Text without a date.</p>\
             <footer><span class='post-date'>February 6, 2026</span></footer>",
        );
        assert_eq!(page.date.as_deref(), Some("2026-02-06"));
        // An "updated" mark is the modification date, not the publication's.
        let (_, page) = meta_of(
            "<span class='updated-date'>January 2, 2026</span><h1>Ten habits</h1>\
             <p>Text.</p><span class='dateline'>December 22, 2022</span>",
        );
        assert_eq!(page.date.as_deref(), Some("2022-12-22"));
    }

    #[test]
    fn a_headline_set_as_an_h2_and_worded_its_own_way_anchors_the_dateline() {
        for (og, h2, dateline, want) in [
            (
                "7 Ways to Switch to a Plant-Based Diet | Koia",
                "7 Ways to Help You Switch to a Plant Based Diet",
                "<h3>Blog | February 01, 2022</h3>",
                "2022-02-01",
            ),
            (
                "Cinq fa\u{e7}ons de cuisiner les lentilles \u{2013} Le Potager",
                "Cinq fa\u{e7}ons simples de cuisiner les lentilles",
                "<p>Publi\u{e9} le 3 mars 2024</p>",
                "2024-03-03",
            ),
        ] {
            let html = format!(
                "<head><meta property='og:title' content='{og}'></head><body>\
                 <h2>Your cart is empty</h2><p>{}</p>{dateline}<h2>{h2}</h2><p>Text.</p>\
                 <footer><h2>Latest news</h2><p>{}</p><p>Copyright 12 May 2025</p></footer></body>",
                "Menu and offers. ".repeat(40),
                "Footer links. ".repeat(60),
            );
            let (marks, page) = meta_of(&html);
            assert_eq!(marks.title_node, None);
            assert_eq!(page.date.as_deref(), Some(want), "{h2}");
        }
        // An h2 that words another title is no headline: no dateline.
        let (_, page) = meta_of(
            "<head><meta property='og:title' content='7 Ways to Switch to a Plant-Based Diet'>\
             </head><body><h3>Blog | February 01, 2022</h3><h2>Our favourite smoothie recipes</h2>\
             <p>Text.</p></body>",
        );
        assert_eq!(page.date, None);
    }

    #[test]
    fn the_urls_date_beats_a_marked_date_away_from_the_headline() {
        // The dateline is ambiguous (3 October or 10 March); the marked
        // dates are the sidebar's teasers'; the canonical link's `href` is
        // a title, no URL: the page's URL is `og:url`'s, dated in words.
        for (url, lang, teaser, want) in [
            (
                "/blog/2023/october/03/wine-styles",
                "en",
                "16 February 2026",
                "2023-10-03",
            ),
            (
                "/actu/2023/oct/03/vins",
                "fr",
                "16 f\u{e9}vrier 2026",
                "2023-10-03",
            ),
            (
                "/blog/2023/10/03/weinstile",
                "de",
                "16. Februar 2026",
                "2023-10-03",
            ),
        ] {
            let html = format!(
                "<html lang='{lang}'><head><link rel='canonical' href='Wine styles, all of them'>\
                 <meta property='og:url' content='https://example.org{url}'></head><body>\
                 <h1>Wine styles</h1><p>03/10/2023</p><p>{}</p><ul><li>\
                 <a href='/blog/2026/other'>Other post</a>\
                 <span class='post_date'>{teaser}</span></li></ul></body></html>",
                "Text of the article. ".repeat(40)
            );
            let (_, page) = meta_of(&html);
            assert_eq!(
                page.url.as_deref(),
                Some(format!("https://example.org{url}").as_str())
            );
            assert_eq!(page.date.as_deref(), Some(want), "{url}");
        }
    }

    #[test]
    fn the_urls_day_stands_for_a_timestamp_a_day_off() {
        let html = "<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'>\
                    <h1>Comfort watches</h1><p>Text.</p>";
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let (_, page) = read(
            &dom,
            Some("https://example.org/2025/12/18/comfort-watches/"),
        );
        assert_eq!(page.date.as_deref(), Some("2025-12-18"));
        // A URL two days off says nothing about time zones.
        let (_, page) = read(
            &dom,
            Some("https://example.org/2025/12/17/comfort-watches/"),
        );
        assert_eq!(page.date.as_deref(), Some("2025-12-19T02:41:41+00:00"));
        // A dateline a day later near the headline is a reply's: no change.
        let (_, page) = meta_of(
            "<meta property='article:published_time' content='2024-01-14T21:50:50-05:00'>\
             <h1>Thread</h1><p>Jan 15, 2024</p><p>Text.</p>",
        );
        assert_eq!(page.date.as_deref(), Some("2024-01-14T21:50:50-05:00"));
    }

    #[test]
    fn a_vocabularys_own_date_meta_is_the_publication_date() {
        let (_, page) = meta_of(
            "<meta name='ms.date' content='2025-03-06T00:00:00Z'>\
             <meta name='dc.date.modified' content='2025-04-01'><h1>Overview</h1><p>Text.</p>",
        );
        assert_eq!(page.date.as_deref(), Some("2025-03-06T00:00:00Z"));
        assert_eq!(page.date_modified.as_deref(), Some("2025-04-01"));
    }

    #[test]
    fn the_date_beside_the_authors_name() {
        let (_, page) = meta_of(
            "<h1>Introducing the accelerator</h1><p>Text of the article, long enough.</p>\
             <div class='resource-author-details'><p>Luke Kim</p><small>December 17, 2025</small></div>\
             <meta name='author' content='Luke Kim'>",
        );
        assert_eq!(page.date.as_deref(), Some("2025-12-17"));
        // Not a commenter's, and not a date far from the name (no headline
        // here: a dateline near one is another rule's).
        let (_, page) = meta_of(
            "<meta name='author' content='Luke Kim'><p>Text.</p>\
             <section id='comments'><p>Luke Kim</p><p>December 17, 2025</p></section>",
        );
        assert_eq!(page.date, None);
        let (_, page) = meta_of(
            "<meta name='author' content='Luke Kim'><p>Luke Kim</p>\
             <p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>December 17, 2025</p>",
        );
        assert_eq!(page.date, None);
    }

    #[test]
    fn a_written_by_byline_anywhere_names_the_author() {
        let (_, page) = meta_of(
            "<h1>Rain</h1><p>Text of the article.</p><div class='bio'><p>Written by John Crenshaw</p></div>",
        );
        assert_eq!(page.authors, ["John Crenshaw"]);
        let (_, page) =
            meta_of("<h1>Rain</h1><p>Text.</p><h2>Article by</h2><div>Matias Heikkilä</div>");
        assert_eq!(page.authors, ["Matias Heikkilä"]);
        // A commenter's is not the page's.
        let (_, page) = meta_of(
            "<h1>Rain</h1><p>Text.</p><section id='comments'><p>Posted by Bo Chen</p></section>",
        );
        assert!(page.authors.is_empty());
    }

    #[test]
    fn an_authors_label_anywhere_names_the_authors_of_its_list() {
        // A report's metadata box away from the headline: the label, then
        // one name per list item.
        for (label, names) in [
            ("Author(s)", ["John A. Alic", "David C. Mowery"]),
            ("Autores:", ["María López", "Juan Pérez"]),
            ("Autoren", ["Anna Schmidt", "Jonas Weber"]),
            ("Auteur(s)", ["Claire Dubois", "Luc Martin"]),
            ("Autori", ["Giulia Rossi", "Marco Bianchi"]),
        ] {
            let html = format!(
                "<div class='meta'><h6>Date</h6><p>November 2003</p>\
                 <h6>{label}</h6><ul><li><a href='/a/1'>{}</a></li>\
                 <li><a href='/a/2'>{}</a></li></ul></div>\
                 <h1>Lessons for climate policy</h1><p>Text of the report.</p>",
                names[0], names[1]
            );
            let (_, page) = meta_of(&html);
            assert_eq!(page.authors, names, "{label}");
        }
        // Names written with "and" between them, in one line.
        let (_, page) = meta_of(
            "<h1>Rain</h1><p>Text.</p><div><b>Authors:</b> <a href='/a'>Ann Lee</a> \
             and <a href='/b'>Bo Chen</a></div>",
        );
        assert_eq!(page.authors, ["Ann Lee", "Bo Chen"]);
        // What follows a bare label must be written as names: a table's
        // column heads (away from the headline) are none.
        let (_, page) = meta_of(
            "<table><tr><th>Author</th><th>Post time</th></tr></table><h1>Rain</h1><p>Text.</p>",
        );
        assert!(page.authors.is_empty(), "{:?}", page.authors);
        // A button after the name is no second author.
        let (_, page) = meta_of(
            "<h1>Rain</h1><p>Text.</p><p><b>Author</b> <a href='/a'>A. J. Neal</a> \
             <a class='btn' href='/d'>View In Digital Edition</a></p>",
        );
        assert_eq!(page.authors, ["A. J. Neal"]);
    }

    #[test]
    fn a_label_ending_with_a_byline_phrase_names_the_author_in_the_next_text() {
        for (label, name) in [
            ("Article written by:", "Doris Munoz-Mantilla, MD"),
            ("Article écrit par :", "Claire Dubois"),
            ("Dieser Artikel wurde geschrieben von", "Anna Schmidt"),
            ("Artículo escrito por:", "María López"),
            ("Articolo scritto da", "Giulia Rossi"),
        ] {
            let html = format!(
                "<h1>Rain</h1><p>Text of the article.</p><section class='bio'>\
                 <h2>{label}</h2><div><img alt='Headshot'><h3>{name}</h3>\
                 <p>A writer.</p></div></section>"
            );
            let (_, page) = meta_of(&html);
            assert_eq!(page.authors, [name], "{label}");
        }
    }

    #[test]
    fn an_organisation_declared_by_reference_yields_to_a_byline_phrase() {
        // The JSON-LD author is a reference to an `Organization` node;
        // the page's "written by" box names a person.
        let ld = r##"<script type="application/ld+json">{"@graph":[
            {"@type":"BlogPosting","headline":"Rain","author":{"@id":"#identity"}},
            {"@id":"#identity","@type":"Organization","name":"Weather Medicine Association"}]}</script>"##;
        let (_, page) = meta_of(&format!(
            "{ld}<h1>Rain</h1><p>Text of the article.</p>\
             <h2>Article written by:</h2><h3>Ana Lopes</h3>"
        ));
        assert_eq!(page.authors, ["Ana Lopes"]);
        // With no such byline, the organisation stands.
        let (_, page) = meta_of(&format!("{ld}<h1>Rain</h1><p>Text of the article.</p>"));
        assert_eq!(page.authors, ["Weather Medicine Association"]);
        // A person declared by reference is not overridden.
        let ld = r##"<script type="application/ld+json">{"@graph":[
            {"@type":"BlogPosting","headline":"Rain","author":{"@id":"#p1"}},
            {"@id":"#p1","@type":"Person","name":"Bo Chen"}]}</script>"##;
        let (_, page) = meta_of(&format!(
            "{ld}<h1>Rain</h1><p>Text.</p><h2>Article written by:</h2><h3>Ana Lopes</h3>"
        ));
        assert_eq!(page.authors, ["Bo Chen"]);
    }

    #[test]
    fn an_organisation_declared_as_author_yields_to_the_person_shown() {
        // JSON-LD types the author as an organisation; the byline box under
        // the headline holds a label, the name, a job title and a date.
        let ld = r#"<script type="application/ld+json">{"@type":"BlogPosting",
            "author":{"@type":"Organization","name":"Levante Medien"}}</script>"#;
        let (_, page) = meta_of(&format!(
            "{ld}<h1>Kurzvideos richtig produzieren</h1>\
             <div class='post-author'><h4 class='post-author-heading'>Einblicke von</h4>\
             <div class='post-author-info'><div class='post-author-name'>Lisa Berger</div>\
             <div class='post-author-position'>Marketingleiterin</div>\
             <div class='post-date'>14. Mai 2025</div></div></div><p>Text.</p>"
        ));
        assert_eq!(page.authors, ["Lisa Berger"]);
        // No person shown: the organisation stands.
        let (_, page) = meta_of(&format!(
            "{ld}<h1>Kurzvideos richtig produzieren</h1><p>Text.</p>"
        ));
        assert_eq!(page.authors, ["Levante Medien"]);
    }

    #[test]
    fn an_authorization_section_is_no_byline() {
        let ld = r#"<script type="application/ld+json">{"@type":"Article",
            "author":{"@type":"Organization","name":"Servicios Legales"}}</script>"#;
        let (_, page) = meta_of(&format!(
            "{ld}<h1>Formularios legales gratuitos</h1><p>Texto.</p>\
             <h3 id='authorization'>Formularios De Autorización</h3><p>Texto.</p>"
        ));
        assert_eq!(page.authors, ["Servicios Legales"]);
    }

    #[test]
    fn the_sites_name_is_no_author_when_a_person_is_named() {
        let ld = r#"<meta property="og:site_name" content="USA TODAY">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"New movies",
            "author":[{"name":"USA TODAY"}]}</script><h1>New movies</h1>"#;
        let (_, page) = meta_of(&format!(
            "{ld}<span class='author'><a href='/staff/1/'>Brian Truitt</a> USA TODAY</span>"
        ));
        assert_eq!(page.authors, ["Brian Truitt"]);
        // A template's run-on text is no person's name: the site's stands.
        let (_, page) = meta_of(&format!(
            "{ld}<div class='author'>USA TODAYLast update</div>"
        ));
        assert_eq!(page.authors, ["USA TODAY"]);
        // The site's name is kept as the site writes it, a last word that
        // reads as a job title included.
        let (_, page) = meta_of(
            "<meta property='og:site_name' content='Luxury Travel Expert'>\
             <meta name='author' content='Luxury Travel Expert'>",
        );
        assert_eq!(page.authors, ["Luxury Travel Expert"]);
        // Without a site's name, the first source stands as before.
        let (_, page) = meta_of(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
               "author":[{"name":"USA TODAY"}]}</script>
               <span class='author'>Brian Truitt</span>"#,
        );
        assert_eq!(page.authors, ["Usa Today"]);
        // A role naming the site keeps its words.
        let (_, page) = meta_of(
            "<meta property='og:site_name' content='CaseBasix'>             <meta name='author' content='Mayank Gupta, CEO of CaseBasix'>",
        );
        assert_eq!(page.authors, ["Mayank Gupta", "CEO of CaseBasix"]);
    }

    #[test]
    fn a_name_beside_the_date_under_the_headline() {
        let long = "Text of the article, long enough to be a page's own section. ".repeat(8);
        let (_, page) = meta_of(&format!(
            "<h1>Health AI</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p>\
             <h2>In This Article</h2><p>{long}</p>"
        ));
        assert_eq!(page.authors, ["Aaron Ricadela"]);
        let (_, page) = meta_of(&format!(
            "<h1>Pixel-perfect UI</h1><ul class='meta'><li>Bence Kovács</li>\
             <li>02-12-2025</li></ul><p>{long}</p>"
        ));
        assert_eq!(page.authors, ["Bence Kovács"]);
        // A linked part is a category's.
        let (_, page) = meta_of(&format!(
            "<h1>Rain</h1><p><a href='/c/pm'>Project Management</a> · July 2, 2025</p><p>{long}</p>"
        ));
        assert!(page.authors.is_empty());
        // A heading after the dateline is outside it; the site's name and
        // a lowercase label are no person's.
        let (_, page) = meta_of(&format!(
            "<h1>Rain</h1><p>July 2, 2025</p><h2>In This Article</h2><p>{long}</p>"
        ));
        assert!(page.authors.is_empty());
        let (_, page) = meta_of(&format!(
            "<meta property='og:site_name' content='Playful Tones'>\
             <h1>Rain</h1><p>Playful Tones · July 2, 2025 · all posts</p><p>{long}</p>"
        ));
        assert!(page.authors.is_empty());
    }

    #[test]
    fn scholarly_metas_name_every_author() {
        let (_, page) = meta_of(
            "<meta name='DC.Creator' content='Jennifer Huberty'>\
             <meta name='citation_author' content='Huberty, Jennifer'>\
             <meta name='citation_author' content='Jeni Green'>\
             <meta name='citation_authors' content='Lee, Chong'>\
             <meta name='citation_author' content='Megan Puzia, PhD'>",
        );
        assert_eq!(
            page.authors,
            [
                "Jennifer Huberty",
                "Jeni Green",
                "Chong Lee",
                "Megan Puzia, PhD"
            ]
        );
    }

    #[test]
    fn a_threads_prefix_label_is_no_part_of_its_title() {
        for (label, title) in [
            ("Question", "Which tent for a wet spring?"),
            ("Gelöst", "Zelt für den nassen Frühling"),
            ("Résolu", "Quelle tente pour un printemps humide ?"),
            ("Pregunta", "¿Qué tienda para una primavera húmeda?"),
        ] {
            let (marks, _) = meta_of(&format!(
                "<h1><span class='label label--blue'>{label}</span>\
                 <span class='label-append'>&nbsp;</span>{title}</h1><p>Text.</p>"
            ));
            assert_eq!(marks.reported.as_deref(), Some(title));
        }
        // A label that is the whole heading stays, and so does a long one.
        let (marks, _) = meta_of("<h1><span class='badge'>Smart Thermostats</span></h1><p>x</p>");
        assert_eq!(marks.reported.as_deref(), Some("Smart Thermostats"));
        let long = "A prefix far too long to be a label of a thread";
        let (marks, _) = meta_of(&format!(
            "<h1><span class='label'>{long}</span> and more</h1><p>x</p>"
        ));
        assert_eq!(marks.reported, Some(format!("{long} and more")));
    }

    #[test]
    fn an_h1_linking_to_the_front_page_is_the_sites_name() {
        let head =
            "<title>What happened with Arch Linux ISO / Discussion / Arch Linux Forums</title>";
        for href in [
            "http://archlinux.example/",
            "/",
            "./",
            "/index.php",
            "//archlinux.example",
        ] {
            let (marks, _) = meta_of(&format!(
                "{head}<h1><a href='{href}'>Arch Linux</a></h1><p>Text.</p>"
            ));
            assert_eq!(
                marks.reported.as_deref(),
                Some("What happened with Arch Linux ISO"),
                "{href}"
            );
        }
        // A link to another page is a headline.
        let (marks, _) = meta_of(&format!(
            "{head}<h1><a href='/t/arch-linux'>Arch Linux</a></h1><p>Text.</p>"
        ));
        assert_eq!(marks.reported.as_deref(), Some("Arch Linux"));
    }

    #[test]
    fn forum_threads_name_the_opening_poster() {
        let (_, page) = meta_of(
            r#"<script type="application/ld+json">{"@type":"QAPage","mainEntity":
               {"@type":"Question","name":"Early symptoms?","author":{"@type":"Person","name":"lulug30"}}}</script>
               <h1>Early symptoms?</h1>"#,
        );
        assert_eq!(page.authors, ["lulug30"]);
        let (_, page) = meta_of(
            "<h1>Football season</h1>\
             <div class='post'><p class='author'>Outer Armatonisdaristan » Tue Aug 27, 2019</p><p>First.</p></div>\
             <div class='post'><p class='author'>Minoa » Tue Aug 27, 2019</p><p>Second.</p></div>\
             <div class='post'><p class='author'>The Blaatschapen » Wed Aug 28, 2019</p><p>Third.</p></div>",
        );
        assert_eq!(page.authors, ["Outer Armatonisdaristan"]);
        // Two bylines are an article's two authors.
        let (_, page) = meta_of(
            "<h1>Rain</h1><a class='author' href='/a'>Ann Lee</a> and <a class='author' href='/b'>Bo Chen</a>",
        );
        assert_eq!(page.authors, ["Ann Lee", "Bo Chen"]);
    }
}
