//! What the page declares about itself — authors, publication and
//! modification dates, site name, description, language, canonical URL,
//! main image, tags, categories. Sources, best first: JSON-LD (parsed as
//! JSON: arrays and `@graph` included; an article-like object before any
//! other), OpenGraph, `article:*`, Dublin Core and other `<meta>` names,
//! microdata (`itemprop`, several properties in one attribute included),
//! `<time datetime>`, then what the page shows: elements marked as a date or
//! a byline (class, id, `rel=author`). Dates go through [`super::date`],
//! authors through [`super::byline`]. A field no source gives stays `None`.
//! An author that is the site's declared name (`og:site_name`, the JSON-LD
//! publisher) is no person: a person named by a later source, written as a
//! name, stands over it, and the site's name written after a person's
//! ("Brian Truitt USA TODAY") goes.

mod json_ld;

use html5ever::local_name;

use super::{byline, date};
use crate::dom::{Dom, Element, NodeId};
use json_ld::{parse_json_ld, read_json_ld};

/// Elements marked as bylines or dates looked at per page: the page's own
/// come near the top.
const MAX_SHOWN: usize = 32;
/// Longest text of an element taken for a byline or a date, in characters:
/// a longer one is a container, not the mark itself.
const MAX_SHOWN_CHARS: usize = 200;

/// Page metadata (empty fields are `None` / empty).
#[derive(Debug, Default, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub(crate) struct PageMeta {
    pub(crate) authors: Vec<String>,
    pub(crate) date: Option<String>,
    pub(crate) date_modified: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) tags: Vec<String>,
    pub(crate) categories: Vec<String>,
    /// The absolute URL of the page's own news feed (`<link
    /// rel="alternate" type="application/rss+xml">`): where the page
    /// declares no URL of its own, its host names the site for the title
    /// (not serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) feed_url: Option<String>,
    /// The JSON-LD headline, a source for the title (not serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) headline: Option<String>,
    /// A date shown in an element marked as a date, a source for the date
    /// after the dateline beside the headline (not serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) shown_date: Option<String>,
    /// The moment an element's timestamp attribute holds (see
    /// [`crate::dom::is_time_attribute`]), when one element alone outside
    /// comments carries one (a list's teasers each carry their own): the
    /// date when no other source gives one, not even a thread's opening
    /// post (not serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) attr_date: Option<String>,
    /// The first element marked as a date whose numeric date only the
    /// page's language orders ("3/4/2025" on an `en-US` page), so read (not
    /// serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) shown_ordered: Option<String>,
    /// The date of the late sources, read with the rest and taken when no
    /// other source gives one (see `meta::read` and `meta::settle`; not
    /// serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) late_date: Option<String>,
    /// The description of a JSON-LD `Product`, a source for a product
    /// page's text when the page renders it by script (not serialized).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) product_description: Option<String>,
    /// Whether the authors come only from elements the page marks as
    /// bylines or from a reply's microdata, no declared source (not
    /// serialized): on a forum thread the opening post's author, found
    /// once the posts are known, stands over them.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) authors_shown: bool,
    /// Whether the authors name no person: an organisation, the site's
    /// name, a role (not serialized); a person a byline phrase names
    /// anywhere on the page stands over them.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) authors_no_person: bool,
}

/// Most authors or tags kept: pages that list more are listing something else.
const MAX_LIST: usize = 32;
/// Largest JSON-LD block parsed, in bytes.
const MAX_JSON_LD: usize = 1024 * 1024;
/// JSON-LD blocks parsed per page.
const MAX_JSON_LD_BLOCKS: usize = 16;

/// What one source said; merged best first.
#[derive(Default)]
struct Found {
    authors: Vec<String>,
    date: Option<String>,
    /// `<meta>` only: the publication dates declared after the first, in
    /// page order (see [`Found::published`]).
    later_dates: Vec<String>,
    modified: Option<String>,
    categories: Vec<String>,
    headline: Option<String>,
    site_name: Option<String>,
    description: Option<String>,
    url: Option<String>,
    image: Option<String>,
    tags: Vec<String>,
    /// Microdata: the first author of a reply (`Comment`, `Answer`) —
    /// the opening post's, on forums that mark every post a `Comment`.
    reply_authors: Vec<String>,
    /// JSON-LD: the authors given as an `Organization` (or a subtype), no
    /// person whatever their words ("Levitate Media", "Corti").
    organisations: Vec<String>,
}

/// What the walk in [`super::read`] gathers, one source at a time.
#[derive(Default)]
pub(super) struct Reader {
    ld: Found,
    /// JSON-LD objects that are not articles (`WebPage`): dates only.
    ld_page: Found,
    og: Found,
    /// Bylines the page shows (`rel=author`, class "author"/"byline").
    shown_authors: Vec<String>,
    /// The shown bylines' name elements (class "author-name",
    /// "authorName"…): the name alone, where the byline's box around it
    /// also holds a label, a job title and a date.
    shown_author_names: Vec<String>,
    /// Dates the page shows in elements marked as dates.
    shown_date: Option<String>,
    /// See [`PageMeta::shown_ordered`].
    shown_ordered: Option<String>,
    /// See [`PageMeta::attr_date`]: the first one found.
    attr_date: Option<String>,
    /// Elements outside comments carrying a timestamp attribute, counted
    /// up to two.
    attr_dates_seen: usize,
    /// Elements looked at for shown bylines and dates.
    shown_seen: usize,
    /// The N of a `twitter:labelN` that says "Written by".
    twitter_author_label: Option<String>,
    micro: Found,
    language: Option<String>,
    canonical: Option<String>,
    /// See [`PageMeta::feed_url`]: the first one found.
    feed: Option<String>,
    /// `<time datetime>` values outside comments, with their elements.
    times: Vec<(NodeId, String)>,
    times_seen: usize,
    blocks: usize,
    /// Per node, whether it or an ancestor is marked as comments (0 not yet
    /// known, 1 no, 2 yes), filled as [`Reader::in_comments`] asks: each
    /// element is classified once, not once per marked descendant.
    comments: Vec<u8>,
}

impl Reader {
    /// Reads one (HTML) element.
    pub(super) fn visit(&mut self, dom: &Dom, id: NodeId, e: &Element, class_marks: u64) {
        match e.name {
            local_name!("html") => {
                self.language = e
                    .attr(&local_name!("lang"))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned);
            }
            local_name!("meta") => {
                read_meta(e, &mut self.og);
                self.read_twitter_label(e);
            }
            local_name!("link") => {
                let rel = e.attr(&local_name!("rel")).unwrap_or_default();
                if rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                    && self.canonical.is_none()
                {
                    self.canonical = e.attr(&local_name!("href")).map(|h| h.trim().to_owned());
                }
                if self.feed.is_none() && is_feed_link(rel, e.attr(&local_name!("type"))) {
                    self.feed = e
                        .attr(&local_name!("href"))
                        .map(str::trim)
                        .filter(|h| h.starts_with("http://") || h.starts_with("https://"))
                        .map(str::to_owned);
                }
            }
            local_name!("script") => {
                let is_ld = e
                    .attr(&local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if is_ld && self.blocks < MAX_JSON_LD_BLOCKS {
                    self.blocks += 1;
                    let json: String = (id + 1..dom.end(id)).filter_map(|n| dom.text(n)).collect();
                    if json.len() <= MAX_JSON_LD {
                        if let Some(v) = parse_json_ld(&json) {
                            read_json_ld(&v, &mut self.ld, &mut self.ld_page);
                        }
                    }
                }
            }
            local_name!("time") if self.times_seen < MAX_TIME_ELEMENTS => {
                self.times_seen += 1;
                if !self.in_comments(dom, id) {
                    if let Some(d) = e.attr(&local_name!("datetime")).and_then(date::parse) {
                        self.times.push((id, d));
                    }
                }
            }
            _ => {}
        }
        if let Some(prop) = e.attr(&local_name!("itemprop")) {
            read_microdata(dom, id, prop, &mut self.micro);
        }
        self.read_shown(dom, id, e, class_marks);
        if self.attr_dates_seen < 2 {
            self.read_time_attribute(dom, id, e);
        }
    }

    /// The moment a timestamp attribute of `e` holds (see
    /// [`PageMeta::attr_date`]).
    fn read_time_attribute(&mut self, dom: &Dom, id: NodeId, e: &Element) {
        let Some(moment) = e
            .attrs
            .iter()
            .filter(|a| crate::dom::is_time_attribute(a.name.local.as_bytes()))
            .find_map(|a| date::moment(&a.value))
        else {
            return;
        };
        if !self.in_comments(dom, id) {
            self.attr_dates_seen += 1;
            self.attr_date.get_or_insert(moment);
        }
    }

    /// `twitter:labelN` "Written by" and its `twitter:dataN`: the author.
    fn read_twitter_label(&mut self, e: &Element) {
        let (Some(key), Some(value)) = (
            e.attr(&local_name!("name"))
                .or_else(|| e.attr(&local_name!("property"))),
            e.attr(&local_name!("content")),
        ) else {
            return;
        };
        let key = key.trim().to_ascii_lowercase();
        if let Some(n) = key.strip_prefix("twitter:label") {
            let v = value.trim().to_lowercase();
            if v.starts_with("written by") || v.starts_with("author") || v == "by" {
                self.twitter_author_label = Some(n.to_owned());
            }
        } else if let Some(n) = key.strip_prefix("twitter:data") {
            if self.twitter_author_label.as_deref() == Some(n) && self.og.authors.is_empty() {
                self.og.authors.push(value.trim().to_owned());
            }
        }
    }

    /// Bylines and dates the page shows, found by their marks.
    /// `class_marks`: the marks of `e`'s class (see [`marks_in`]).
    fn read_shown(&mut self, dom: &Dom, id: NodeId, e: &Element, class_marks: u64) {
        if self.shown_seen >= MAX_SHOWN {
            return;
        }
        let rel_author = e.attr(&local_name!("rel")).is_some_and(|r| {
            r.split_whitespace()
                .any(|r| r.eq_ignore_ascii_case("author"))
        });
        // Most elements have no id and many no class: no scan for those.
        let marks = class_marks | e.attr(&local_name!("id")).map_or(0, marks_in);
        // "Authorization", "authority": no author's mark.
        let marks = if marks & AUTHOR != 0
            && [e.attr(&local_name!("class")), e.attr(&local_name!("id"))]
                .into_iter()
                .flatten()
                .all(|v| !mentions_author(v))
        {
            marks & !AUTHOR
        } else {
            marks
        };
        // A link to an author's page ("/author/ann-lee") names the author.
        let author_link = e.name == local_name!("a")
            && e.attr(&local_name!("href")).is_some_and(|h| {
                memchr::memchr_iter(b'/', h.as_bytes()).any(|i| {
                    let at = |p: &[u8]| {
                        h.as_bytes()
                            .get(i..i + p.len())
                            .is_some_and(|w| w.eq_ignore_ascii_case(p))
                    };
                    at(b"/author/") || at(b"/authors/")
                })
            });
        let is_author = rel_author || author_link || marks & (BYLINE | AUTHOR) != 0;
        // An "updated" / "modified" mark shows the modification date.
        let is_date =
            marks & (DATE | TIME | PUBLISH | POSTED) != 0 && marks & (UPDATED | MODIFIED) == 0;
        let wants_author = is_author && self.shown_authors.len() < MAX_LIST;
        let wants_date = is_date && self.shown_date.is_none();
        if !(wants_author || wants_date) || self.in_comments(dom, id) {
            return;
        }
        self.shown_seen += 1;
        let text = dom.text_of(id);
        if text.chars().count() > MAX_SHOWN_CHARS {
            return;
        }
        if wants_date {
            self.shown_date = date::in_text(&text);
            // An element marked as a date is one: numbers whose order is
            // open are read in the order the page's language writes them
            // ("3/4/2025"), a late source.
            if self.shown_date.is_none() && self.shown_ordered.is_none() {
                self.shown_ordered = date::in_text_in(&text, self.language.as_deref());
            }
        }
        if wants_author && marks & (BIO | AVATAR) == 0 {
            let name_element = e.attr(&local_name!("class")).is_some_and(|c| {
                let squashed: String = c
                    .chars()
                    .filter(|c| !matches!(c, '-' | '_'))
                    .flat_map(|c| c.to_lowercase())
                    .collect();
                squashed.contains("authorname")
            });
            if name_element && self.shown_author_names.len() < MAX_LIST {
                self.shown_author_names.push(text.clone());
            }
            self.shown_authors.push(text);
        }
    }

    /// The sources merged, best first; `title` is the headline's element
    /// (a `<time>` just after it is the page's own, one elsewhere may be a
    /// sidebar's).
    pub(super) fn finish(self, dom: &Dom, title: Option<NodeId>) -> PageMeta {
        let Reader {
            ld,
            ld_page,
            og,
            micro,
            language,
            canonical,
            feed,
            times,
            shown_authors,
            shown_author_names,
            shown_date,
            shown_ordered,
            attr_date,
            attr_dates_seen,
            ..
        } = self;
        // The name elements, when the bylines mark them, are the names.
        let shown_authors = if shown_author_names.is_empty() {
            shown_authors
        } else {
            shown_author_names
        };
        let first = |a: Option<String>, b: Option<String>, c: Option<String>| a.or(b).or(c);
        let og_date = og.published();
        let after_title = title.and_then(|t| {
            let end = dom.end(t);
            times
                .iter()
                .find(|(id, _)| *id >= end && *id - end <= TIME_AFTER_TITLE)
        });
        let time = after_title.or(times.first()).map(|(_, d)| d.clone());
        // Authors: the first source that names a person; else the first that
        // names anyone (an organisation, a desk). The shown bylines are
        // the fourth (see `first_of_many` below).
        let ld_organisations = ld.organisations;
        let sources = [
            ld.authors,
            og.authors,
            micro.authors,
            shown_authors,
            micro.reply_authors,
        ];
        const SHOWN: usize = 3;
        // The site's own name is no person, whatever its words ("USA
        // Today" as a news article's author): a person named by a later
        // source wins over it.
        let site_names: Vec<String> = [&og.site_name, &ld.site_name, &micro.site_name]
            .into_iter()
            .flatten()
            .map(|n| squash(n))
            .filter(|n| !n.is_empty())
            .collect();
        // Each source's names, and whether they name a person; read in
        // order, and only as far as the first source that is taken (reading
        // a byline's names is the costliest step of the metadata).
        let named = |i: usize, s: &[String]| {
            // A declared author (JSON-LD, a `<meta>`, microdata) whose only
            // name is an e-mail address (an account named by its address) is
            // that author: a byline's address beside a name goes, this one is
            // all there is.
            if i < SHOWN && !s.is_empty() && s.iter().all(|r| is_address(r)) {
                let mut kept: Vec<String> = Vec::new();
                for r in s.iter().map(|r| r.trim().to_owned()) {
                    if !kept.iter().any(|k| k.eq_ignore_ascii_case(&r)) {
                        kept.push(r);
                    }
                }
                return (kept, true);
            }
            // The site's name given as the author is a name as written,
            // no byline to trim ("Luxury Travel Expert" keeps its last
            // word, which reads as a job title).
            let (site, rest): (Vec<&String>, Vec<&String>) =
                s.iter().partition(|r| site_names.contains(&squash(r)));
            let rest: Vec<String> = rest.into_iter().cloned().collect();
            let (names, person) = byline::names(&rest);
            // Authors the JSON-LD types as organisations name no person,
            // whatever their words: a person a later source names wins.
            let person = person
                && !(i == 0
                    && !rest.is_empty()
                    && rest.iter().all(|r| ld_organisations.contains(r)));
            let site = site
                .into_iter()
                .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "));
            let mut kept: Vec<String> = Vec::new();
            for n in site.chain(names.iter().map(|n| without_site(n, &site_names))) {
                if !kept.iter().any(|k| k.eq_ignore_ascii_case(&n)) {
                    kept.push(n);
                }
            }
            let names = kept;
            let site_only =
                !names.is_empty() && names.iter().all(|n| site_names.contains(&squash(n)));
            (names, person && !site_only)
        };
        // After a source naming only the site, a later one's person must
        // be written as a name ("Brian Truitt"; one of them, when several),
        // not a template's run-on text ("SupermoveLast update"): else the
        // site's name stands.
        let mut after_site = false;
        let mut person = None;
        let mut first_named = None;
        for (i, s) in sources.into_iter().enumerate() {
            let s = if i == SHOWN { first_of_many(s) } else { s };
            let (n, is_person) = named(i, &s);
            let take =
                is_person && !n.is_empty() && (!after_site || n.iter().any(|n| byline::tidy(n)));
            after_site |= !n.is_empty() && n.iter().all(|n| site_names.contains(&squash(n)));
            if take {
                person = Some((i, n));
                break;
            }
            if first_named.is_none() && !n.is_empty() {
                first_named = Some((i, n));
            }
        }
        let authors_no_person = person.is_none();
        let chosen = person.or(first_named);
        // From `sources` 3 and 4: the shown bylines and the replies' authors.
        let authors_shown = chosen.as_ref().is_some_and(|(i, _)| *i >= SHOWN);
        let authors = chosen
            .map(|(_, n)| n.into_iter().take(MAX_LIST).collect())
            .unwrap_or_default();
        PageMeta {
            authors,
            date: first(ld.date, og_date, micro.date)
                .or(ld_page.date)
                .or(time),
            date_modified: first(ld.modified, og.modified, micro.modified).or(ld_page.modified),
            site_name: first(og.site_name, ld.site_name, micro.site_name),
            product_description: ld_page.description,
            description: first(og.description, ld.description, micro.description),
            language: language.as_deref().and_then(super::language::normalize),
            // A URL holds no whitespace: a canonical link whose `href` is a
            // title ("What are the types of wine?") is a template's slip.
            url: [canonical, og.url, ld.url]
                .into_iter()
                .flatten()
                .find(|u| !u.is_empty() && !u.contains(char::is_whitespace)),
            feed_url: feed,
            image: first(og.image, ld.image, micro.image),
            tags: pick_list(ld.tags, og.tags, micro.tags),
            categories: pick_list(ld.categories, og.categories, micro.categories),
            headline: ld.headline.or(ld_page.headline),
            shown_date,
            attr_date: attr_date.filter(|_| attr_dates_seen == 1),
            shown_ordered,
            late_date: None,
            authors_shown,
            authors_no_person,
        }
    }
}

/// Whether a `<link>` of these `rel` and `type` is the page's news feed.
fn is_feed_link(rel: &str, kind: Option<&str>) -> bool {
    rel.split_whitespace()
        .any(|r| r.eq_ignore_ascii_case("alternate"))
        && kind.is_some_and(|t| {
            let t = t.trim();
            t.eq_ignore_ascii_case("application/rss+xml")
                || t.eq_ignore_ascii_case("application/atom+xml")
        })
}

/// Whether `s` is one e-mail address and nothing else
/// ("ann.lee@example.org").
pub(super) fn is_address(s: &str) -> bool {
    let s = s.trim();
    let Some((user, host)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !host.contains('@')
        && !s.contains("://")
}

/// Lowercase letters and digits only: "USA TODAY" and "Usa Today" compare
/// equal.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A name without the site's name written after it ("Brian Truitt USA
/// TODAY" → "Brian Truitt"); a name that is only the site's stays.
fn without_site(name: &str, sites: &[String]) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    for keep in 1..words.len() {
        let tail = words.get(keep..).unwrap_or_default().join(" ");
        // "CEO of CaseBasix" is a role, not a name followed by the site's.
        let named = words
            .get(keep - 1)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
        if named && sites.contains(&squash(&tail)) {
            return words.get(..keep).unwrap_or_default().join(" ");
        }
    }
    name.to_owned()
}

/// Shown bylines naming this many different people are posts' or
/// teasers' bylines (a forum thread, "more from" boxes), not one article's
/// several authors, who share one byline. Set on wcxb-dev half A's forum
/// threads and article pages with related-post bylines.
const MANY_BYLINES: usize = 3;

/// The shown bylines, or only the first when they name
/// [`MANY_BYLINES`] or more people: the page's own (the opening post's)
/// comes first.
fn first_of_many(raw: Vec<String>) -> Vec<String> {
    let per: Vec<Vec<String>> = raw
        .iter()
        .map(|r| byline::names(std::slice::from_ref(r)).0)
        .collect();
    let mut distinct: Vec<&str> = Vec::new();
    for n in per.iter().flatten() {
        if !distinct.iter().any(|d| d.eq_ignore_ascii_case(n)) {
            distinct.push(n);
        }
    }
    if distinct.len() < MANY_BYLINES {
        return raw;
    }
    raw.into_iter()
        .zip(&per)
        .find(|(_, names)| !names.is_empty())
        .map(|(r, _)| vec![r])
        .unwrap_or_default()
}

// The words `marks_in` looks for in class and id values: `hints::MARK_WORDS`,
// one bit each (a class is scanned once per page for these and the page
// type's words: see `hints::ClassWords`).
const BYLINE: u64 = 1;
const AUTHOR: u64 = 1 << 1;
const DATE: u64 = 1 << 2;
const TIME: u64 = 1 << 3;
const PUBLISH: u64 = 1 << 4;
const POSTED: u64 = 1 << 5;
const BIO: u64 = 1 << 6;
const AVATAR: u64 = 1 << 7;
const UPDATED: u64 = 1 << 8;
const MODIFIED: u64 = 1 << 9;

/// The marks (`hints::MARK_WORDS`) that `value` contains anywhere, in any
/// ASCII case.
fn marks_in(value: &str) -> u64 {
    crate::hints::mark_words(value)
}

/// Whether `value` (a class or an id) holds "author" as a word of its own
/// or a word's start other than "authoriz…", "authoris…", "authorit…"
/// ("authorization", "authority").
fn mentions_author(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.match_indices("author").any(|(at, _)| {
        let rest = lower.get(at + "author".len()..).unwrap_or_default();
        !["iz", "is", "it"].iter().any(|s| rest.starts_with(s))
    })
}

/// The first non-empty list, deduplicated and capped.
fn pick_list(a: Vec<String>, b: Vec<String>, c: Vec<String>) -> Vec<String> {
    let list = [a, b, c]
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for item in list {
        let item = item.split_whitespace().collect::<Vec<_>>().join(" ");
        if !item.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&item)) {
            out.push(item);
        }
        if out.len() >= MAX_LIST {
            break;
        }
    }
    out
}

fn set(slot: &mut Option<String>, value: &str) {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    }
}

/// [`set`] for a JSON-LD string: a script's text is not decoded by the
/// tokenizer, and templates write HTML's references into it ("Tools
/// &#8211; Tips", "M&amp;A"), which are read as characters.
fn set_ld(slot: &mut Option<String>, value: &str) {
    set(slot, &crate::parse::decode_references(value));
}

/// OpenGraph, article:* and plain meta names.
fn read_meta(e: &Element, f: &mut Found) {
    // A microdata `<meta itemprop>` may be a teaser's (a list of related
    // posts, each with its `datePublished`): no later publication date.
    let named =
        e.attr(&local_name!("property")).is_some() || e.attr(&local_name!("name")).is_some();
    let key = e
        .attr(&local_name!("property"))
        .or_else(|| e.attr(&local_name!("name")))
        .or_else(|| e.attr(&local_name!("itemprop")))
        .map(|k| k.trim().to_ascii_lowercase());
    let (Some(key), Some(value)) = (key, e.attr(&local_name!("content"))) else {
        return;
    };
    match key.as_str() {
        "og:site_name" | "application-name" => set(&mut f.site_name, value),
        "og:description" | "description" | "twitter:description" | "dc.description" => {
            set(&mut f.description, value)
        }
        "og:url" => set(&mut f.url, value),
        "og:image"
        | "og:image:url"
        | "og:image:secure_url"
        | "twitter:image"
        | "twitter:image:src" => set(&mut f.image, value),
        // A publication date's names (see [`is_publication_name`]): the
        // first read is the date.
        k if f.date.is_none() && is_publication_name(k) => {
            f.date = date::parse(value);
        }
        "article:modified_time"
        | "og:updated_time"
        | "datemodified"
        | "dc.date.modified"
        | "dcterms.modified"
        | "last-modified"
            if f.modified.is_none() =>
        {
            f.modified = date::parse(value);
        }
        // A publication name once one is read: kept for [`Found::published`].
        k if named && is_publication_name(k) && f.later_dates.len() < MAX_LATER_DATES => {
            f.later_dates.extend(date::parse(value));
        }
        // Other names that say "modified" ("modified-time", "modified-date").
        k if f.modified.is_none() && k.contains("modified") => {
            f.modified = date::parse(value);
        }
        // article:author is often a profile URL: not a name.
        "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author"
            if !value.trim_start().starts_with("http") =>
        {
            f.authors
                .extend(value.split([',', ';']).map(|a| a.trim().to_owned()));
        }
        // Scholarly metadata: one author per tag, often "Last, First".
        "citation_author" | "citation_authors" if !value.trim().is_empty() => {
            f.authors.push(citation_name(value));
        }
        "article:tag" | "keywords" | "news_keywords" | "parsely-tags" | "sailthru.tags" => {
            f.tags.extend(value.split(',').map(|t| t.trim().to_owned()));
        }
        "article:section" => f.categories.push(value.trim().to_owned()),
        _ => {}
    }
}

/// Publication dates read after a page's first `<meta>` one.
const MAX_LATER_DATES: usize = 4;

/// Whether a `<meta>` name says a publication date: the vocabularies'
/// names, other names that say "published" ("published",
/// "w-published-date") and a vocabulary's own date ("ms.date", as
/// "dc.date").
fn is_publication_name(k: &str) -> bool {
    matches!(
        k,
        "article:published_time"
            | "datepublished"
            | "datecreated"
            | "dcterms.date"
            | "dcterms.issued"
            | "dc.date.created"
            | "citation_publication_date"
            | "citation_date"
            | "date"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.created"
            | "sailthru.date"
            | "parsely-pub-date"
            | "og:published_time"
            | "published_time"
    ) || (k.contains("publish") && !k.contains("publisher"))
        || k.ends_with(".date")
}

impl Found {
    /// The publication date: the first declared, unless it is later than
    /// the declared modification (a page is not published after its last
    /// change: such a stamp is the moment a template rendered or re-issued
    /// the page); then the first later-read one that is not.
    fn published(&self) -> Option<String> {
        let day = |d: &str| d.get(..10).map(str::to_owned);
        let Some(modified) = self.modified.as_deref().and_then(day) else {
            return self.date.clone();
        };
        let not_after = |d: &&String| day(d).is_some_and(|d| d <= modified);
        match self.date.as_ref() {
            Some(d) if !not_after(&d) => self
                .later_dates
                .iter()
                .find(not_after)
                .cloned()
                .or_else(|| self.date.clone()),
            _ => self.date.clone(),
        }
    }
}

/// A `citation_author` value as a byline name: "Huberty, Jennifer" →
/// "Jennifer Huberty" (the byline parser splits at commas).
fn citation_name(value: &str) -> String {
    let v = value.split_whitespace().collect::<Vec<_>>().join(" ");
    match v.split_once(',') {
        // Not "Jennifer Huberty, MD": a credential after the comma.
        Some((last, first))
            if !first.contains(',')
                && !first.trim().is_empty()
                && !byline::is_credential(first) =>
        {
            format!("{} {}", first.trim(), last.trim())
        }
        _ => v,
    }
}

/// Microdata: itemprop on ordinary elements.
fn read_microdata(dom: &Dom, id: NodeId, prop: &str, f: &mut Found) {
    let Some(e) = dom.element(id) else { return };
    if e.name == local_name!("meta") {
        return; // read with the other metas
    }
    let value = || {
        e.attr(&local_name!("content"))
            .or_else(|| e.attr(&local_name!("datetime")))
            .map(str::to_owned)
            .unwrap_or_else(|| dom.text_of(id))
    };
    for p in prop.split_whitespace() {
        match p.to_ascii_lowercase().as_str() {
            "datepublished" | "datecreated" if f.date.is_none() => f.date = date::parse(&value()),
            "datemodified" if f.modified.is_none() => f.modified = date::parse(&value()),
            "author" | "creator" => {
                if f.authors.len() >= MAX_LIST {
                    continue;
                }
                let reply = of_reply(dom, id);
                if reply && !f.reply_authors.is_empty() {
                    continue;
                }
                // A `Person` item: its `name` property, not the text of the
                // whole block (avatar, badges, "Offline", a reputation).
                let v = e
                    .attr(&local_name!("itemscope"))
                    .and_then(|_| item_name(dom, id))
                    .unwrap_or_else(value);
                if !v.is_empty() && v.chars().count() <= 100 {
                    if reply {
                        f.reply_authors.push(v);
                    } else {
                        f.authors.push(v);
                    }
                }
            }
            "keywords" => f
                .tags
                .extend(value().split(',').map(|t| t.trim().to_owned())),
            "description" => set(&mut f.description, &value()),
            "image" => {
                if let Some(src) = e
                    .attr(&local_name!("src"))
                    .or_else(|| e.attr(&local_name!("href")))
                {
                    set(&mut f.image, src);
                }
            }
            _ => {}
        }
    }
}

/// Ancestors walked up from an `itemprop="author"` to the item it belongs
/// to: the owning `itemscope` is its block's own, a few levels up.
const MAX_OWNER_STEPS: usize = 32;
/// Nodes of a `Person` item looked through for its `name`: it comes right
/// after the avatar and the profile link.
const MAX_ITEM_NODES: usize = 256;

/// The item an `itemprop="author"` belongs to (its nearest `itemscope`
/// ancestor) is a reply — a `Comment` or an `Answer`, by its type or by the
/// property it fills (`comment`, `acceptedAnswer`, `suggestedAnswer`): the
/// author is a commenter's, not the page's. Only the first reply's counts,
/// and only when nothing else names an author (forum software that marks
/// the opening post a `Comment` too).
fn of_reply(dom: &Dom, id: NodeId) -> bool {
    let Some(owner) = dom
        .ancestors(id)
        .take(MAX_OWNER_STEPS)
        .filter_map(|a| dom.element(a))
        .find(|a| a.attr(&local_name!("itemscope")).is_some())
    else {
        return false;
    };
    let type_is_reply = owner.attr(&local_name!("itemtype")).is_some_and(|t| {
        t.split_whitespace().any(|t| {
            let last = t.rsplit(['/', '#']).next().unwrap_or_default();
            last.eq_ignore_ascii_case("comment") || last.eq_ignore_ascii_case("answer")
        })
    });
    let prop_is_reply = owner.attr(&local_name!("itemprop")).is_some_and(|p| {
        p.split_whitespace().any(|p| {
            ["comment", "acceptedanswer", "suggestedanswer"]
                .contains(&p.to_ascii_lowercase().as_str())
        })
    });
    type_is_reply || prop_is_reply
}

/// The `name` property of the item at `id` (a `<meta content>` or an
/// element's text), if it is among the item's first nodes.
fn item_name(dom: &Dom, id: NodeId) -> Option<String> {
    let end = dom.end(id).min(id.saturating_add(MAX_ITEM_NODES));
    (id + 1..end).find_map(|n| {
        let e = dom.element(n)?;
        let named = e
            .attr(&local_name!("itemprop"))?
            .split_whitespace()
            .any(|p| p.eq_ignore_ascii_case("name"));
        if !named {
            return None;
        }
        let v = e
            .attr(&local_name!("content"))
            .map_or_else(|| dom.text_of(n), |c| c.trim().to_owned());
        (!v.is_empty()).then_some(v)
    })
}

/// Nodes after the headline's end within which a `<time>` is the page's
/// dateline (the same reach as the dateline read in words).
const TIME_AFTER_TITLE: usize = 80;

/// `<time>` elements looked at for the date: each costs a walk up the tree
/// (to skip comments' dates), and the page's date comes early if at all.
const MAX_TIME_ELEMENTS: usize = 32;

/// Inside a comment section (by class, id or role): a comment's date is not
/// the page's.
impl Reader {
    /// An ancestor of `id` is marked as comments (class, id or role).
    fn in_comments(&mut self, dom: &Dom, id: NodeId) -> bool {
        const NO: u8 = 1;
        const YES: u8 = 2;
        if self.comments.len() != dom.len() {
            self.comments = vec![0; dom.len()];
        }
        // Up to the nearest node already known (or past the root), then
        // back down, each node marked if it or its parent is.
        let mut path = Vec::new();
        let mut known = NO;
        let mut next = dom.parent(id);
        while let Some(a) = next {
            match self.comments.get(a).copied() {
                Some(0) => {
                    path.push(a);
                    next = dom.parent(a);
                }
                Some(k) => {
                    known = k;
                    break;
                }
                None => break,
            }
        }
        for a in path.into_iter().rev() {
            let marked = dom.element(a).and_then(crate::hints::element_hint)
                == Some(crate::boilerplate::Boilerplate::Comments);
            if marked {
                known = YES;
            }
            if let Some(slot) = self.comments.get_mut(a) {
                *slot = known;
            }
        }
        known == YES
    }
}

#[cfg(test)]
mod tests;
