//! Stage 1b (after parsing, before pruning): what kind of page this is.
//!
//! The body of a page depends on its kind: a forum thread's body is every
//! post, a service page's every section, a listing's every entry. This stage
//! reads what the page says about itself (schema.org types in JSON-LD and
//! microdata, `og:type`), the words of its URL's path, and a few counts from
//! one walk over its elements (prices, code blocks, linked headings, post
//! and product markup), and decides with ordered rules: declared types
//! first, then the URL, then the counts. Every rule is a general signal of
//! the web's page kinds, never a site's.

use html5ever::local_name;

use crate::dom::Dom;
use crate::patterns::PRICE;

/// The kind of a page.
///
/// Decided from the page's declared types, its URL's path and its markup;
/// see [`Article::page_type`](crate::Article::page_type).
///
/// ```
/// let html = r#"<html><head><script type="application/ld+json">
///   {"@type": "Product", "name": "Kettle"}</script></head>
///   <body><h1>Kettle</h1><p>A kettle that boils a litre in three minutes.</p></body></html>"#;
/// let article = decruft::extract(html)?;
/// assert_eq!(article.page_type(), decruft::PageType::Product);
/// assert_eq!(article.page_type().name(), "product");
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PageType {
    /// A story, post, guide or report: one text.
    #[default]
    Article,
    /// A discussion thread: posts by several people.
    Forum,
    /// Reference or how-to documentation.
    Documentation,
    /// A page presenting a service, an organisation or a software product
    /// (home and landing pages).
    Service,
    /// One product for sale.
    Product,
    /// A list of entries linking to other pages (news front page, search
    /// results, an archive).
    Listing,
    /// A category of products or things (a shop's category page).
    Collection,
    /// None of the above (an empty page, for one).
    Other,
}

impl PageType {
    /// The lowercase name used in JSON and explanations.
    ///
    /// ```
    /// assert_eq!(decruft::PageType::Forum.name(), "forum");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
            PageType::Product => "product",
            PageType::Listing => "listing",
            PageType::Collection => "collection",
            PageType::Other => "other",
        }
    }

    /// Pages whose body is one text: articles and documentation.
    pub(crate) fn is_single_text(self) -> bool {
        matches!(self, PageType::Article | PageType::Documentation)
    }
}

/// What one walk over the elements counted.
#[derive(Default, Debug)]
struct Signals {
    /// A type the page declares (schema.org or `og:type`), strongest first.
    declared: Option<PageType>,
    /// `og:type` said "article".
    og_article: bool,
    /// The path of the canonical URL (or `og:url`), lowercase.
    path: Option<String>,
    /// Text runs that look like a price ("$12.99", "12,50 €").
    prices: usize,
    /// `<pre>` elements.
    pre: usize,
    /// `<code>` elements outside `<pre>`.
    code: usize,
    /// h2–h4 elements that hold a link.
    linked_headings: usize,
    /// Elements whose class says forum/thread/topic/message.
    post_marks: usize,
    /// Elements whose class says price/cart/sku/add-to.
    buy_marks: usize,
    /// `<article>` elements.
    articles: usize,
    /// `<time>` elements.
    times: usize,
    /// The page declares a publication date.
    dated: bool,
}

/// Prices at or above this count, with product markup, make a collection.
const COLLECTION_MIN_PRICES: usize = 6;
/// Linked headings at or above this count make a listing (a front page or
/// archive lists a dozen or more; an article's related box half a dozen).
const LISTING_MIN_LINKED_HEADINGS: usize = 8;
/// Code blocks at or above this count make documentation.
const DOCS_MIN_PRE: usize = 3;
/// Post/message markup at or above this count makes a thread.
const FORUM_MIN_POST_MARKS: usize = 12;

/// The page's kind. `url` is the caller's URL for the page, if known.
pub(crate) fn classify(dom: &Dom, url: Option<&str>, dated: bool) -> PageType {
    let mut s = signals(dom, url);
    s.dated = dated;
    decide(&s)
}

fn decide(s: &Signals) -> PageType {
    let path = s.path.as_deref().unwrap_or("");
    if let Some(t) = url_kind(path).filter(|t| *t == PageType::Forum) {
        return t;
    }
    if let Some(t) = s.declared {
        if t != PageType::Article || !looks_listing(s) {
            return t;
        }
    }
    if let Some(t) = url_kind(path) {
        return t;
    }
    if s.buy_marks >= 3 && s.prices >= COLLECTION_MIN_PRICES {
        return PageType::Collection;
    }
    if s.buy_marks >= 2 && s.prices >= 1 {
        return PageType::Product;
    }
    if s.post_marks >= FORUM_MIN_POST_MARKS && s.times >= 3 {
        return PageType::Forum;
    }
    if s.pre >= DOCS_MIN_PRE {
        return PageType::Documentation;
    }
    if looks_listing(s) && !s.og_article {
        return PageType::Listing;
    }
    if (path.is_empty() || path == "/") && !s.og_article {
        return PageType::Service;
    }
    // Stories carry a date; a page that names none, declares no article
    // and shows no <time> presents something instead.
    if s.declared.is_none() && !s.og_article && !s.dated && s.times == 0 {
        return PageType::Service;
    }
    PageType::Article
}

fn looks_listing(s: &Signals) -> bool {
    s.linked_headings >= LISTING_MIN_LINKED_HEADINGS || s.articles >= LISTING_MIN_LINKED_HEADINGS
}

/// What the words of a URL path say, if anything.
fn url_kind(path: &str) -> Option<PageType> {
    let words: Vec<&str> = path
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    if has(&[
        "forum",
        "forums",
        "thread",
        "threads",
        "topic",
        "topics",
        "viewtopic",
        "showthread",
        "discussion",
        "discussions",
        "questions",
        "boards",
    ]) || path.starts_with("/t/")
    {
        return Some(PageType::Forum);
    }
    if has(&["docs", "doc", "documentation", "reference", "manual", "api"]) {
        return Some(PageType::Documentation);
    }
    if has(&["product", "products", "item", "itm", "dp", "p"]) && words.len() >= 2 {
        return Some(PageType::Product);
    }
    if has(&[
        "category",
        "categories",
        "collections",
        "collection",
        "c",
        "shop",
        "department",
        "departments",
    ]) {
        return Some(PageType::Collection);
    }
    if has(&[
        "tag", "tags", "search", "archive", "archives", "news", "blog",
    ]) && words.len() <= 2
    {
        return Some(PageType::Listing);
    }
    None
}

/// schema.org types (the last segment of a type URL) and what they declare.
fn schema_kind(t: &str) -> Option<PageType> {
    let t = t.rsplit('/').next().unwrap_or(t).trim();
    Some(match t {
        "Product" | "ProductGroup" | "IndividualProduct" | "Car" | "Vehicle" => PageType::Product,
        "DiscussionForumPosting" | "QAPage" | "SocialMediaPosting" => PageType::Forum,
        "CollectionPage" | "SearchResultsPage" | "OfferCatalog" => PageType::Collection,
        "TechArticle" | "APIReference" => PageType::Documentation,
        "Article"
        | "NewsArticle"
        | "BlogPosting"
        | "Report"
        | "ScholarlyArticle"
        | "OpinionNewsArticle"
        | "ReportageNewsArticle"
        | "AnalysisNewsArticle"
        | "Recipe"
        | "HowTo"
        | "LiveBlogPosting" => PageType::Article,
        _ => return None,
    })
}

/// The order in which declared kinds win over each other.
fn rank(t: PageType) -> u8 {
    match t {
        PageType::Forum => 0,
        PageType::Product => 1,
        PageType::Documentation => 2,
        PageType::Collection => 3,
        PageType::Article => 4,
        _ => 5,
    }
}

fn declare(s: &mut Signals, t: PageType) {
    if s.declared.is_none_or(|d| rank(t) < rank(d)) {
        s.declared = Some(t);
    }
}

/// The values of every `"@type"` key in JSON-LD text: `"@type": "X"` or
/// `"@type": ["X", "Y"]` (a scan, not a parse: the types alone are wanted,
/// and a page's JSON-LD is often invalid JSON).
fn ld_types(text: &str) -> impl Iterator<Item = &str> {
    text.match_indices("\"@type\"").filter_map(move |(i, key)| {
        let rest = text.get(i + key.len()..)?.trim_start();
        let rest = rest.strip_prefix(':')?.trim_start();
        let end = if rest.starts_with('[') {
            rest.find(']')?
        } else {
            rest.get(1..)?.find('"')? + 2
        };
        rest.get(..end)
    })
}

fn signals(dom: &Dom, url: Option<&str>) -> Signals {
    let mut s = Signals::default();
    let mut canonical = None;
    let mut pre_end = 0;
    for id in 0..dom.len() {
        if let Some(t) = dom.text(id) {
            if t.len() < 40 && t.bytes().any(|b| b.is_ascii_digit()) {
                let parent = dom.parent(id).and_then(|p| dom.html_name(p));
                let code = matches!(
                    parent,
                    Some(&local_name!("script") | &local_name!("style") | &local_name!("noscript"))
                );
                if !code && PRICE.is_match(t) {
                    s.prices += 1;
                }
            }
            continue;
        }
        let Some(e) = dom.element(id) else { continue };
        match e.name {
            local_name!("meta") => {
                let key = e
                    .attr(&local_name!("property"))
                    .or_else(|| e.attr(&local_name!("name")))
                    .map(|k| k.trim().to_ascii_lowercase());
                let value = e.attr(&local_name!("content")).unwrap_or("").trim();
                match key.as_deref() {
                    Some("og:type") => {
                        let v = value.to_ascii_lowercase();
                        if v == "article" {
                            s.og_article = true;
                        } else if v.starts_with("product") {
                            declare(&mut s, PageType::Product);
                        }
                    }
                    Some("og:url") if canonical.is_none() => canonical = Some(value.to_owned()),
                    _ => {}
                }
            }
            local_name!("link") => {
                let rel = e.attr(&local_name!("rel")).unwrap_or("");
                if rel.eq_ignore_ascii_case("canonical") {
                    if let Some(h) = e.attr(&local_name!("href")) {
                        canonical = Some(h.trim().to_owned());
                    }
                }
            }
            local_name!("script") => {
                let ld = e
                    .attr(&local_name!("type"))
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld {
                    if let Some(text) = dom.text(id + 1) {
                        for list in ld_types(text) {
                            for t in list
                                .split(['[', ']', ',', '"'])
                                .filter_map(schema_kind)
                                .collect::<Vec<_>>()
                            {
                                declare(&mut s, t);
                            }
                        }
                    }
                }
            }
            local_name!("pre") => {
                s.pre += 1;
                pre_end = dom.end(id);
            }
            local_name!("code") if id >= pre_end => s.code += 1,
            local_name!("article") => s.articles += 1,
            local_name!("time") => s.times += 1,
            local_name!("h2") | local_name!("h3") | local_name!("h4")
                if (id + 1..dom.end(id)).any(|n| dom.html_name(n) == Some(&local_name!("a"))) =>
            {
                s.linked_headings += 1;
            }
            _ => {}
        }
        if let Some(t) = e.attr(&local_name!("itemtype")) {
            if let Some(k) = t.split_whitespace().filter_map(schema_kind).next() {
                declare(&mut s, k);
            }
        }
        if let Some(c) = e.attr(&local_name!("class")) {
            // Forum software's own words ("post" and "reply" are every
            // blog's too: bits 0-5), and shops' (bits 6-9); in any ASCII case.
            const WORDS: crate::hints::WordSet = crate::hints::WordSet::new(&[
                "forum", "thread", "topic", "message", "postbody", "bbcode", "price", "cart",
                "sku", "add-to",
            ]);
            let found = WORDS.found_in(c);
            if found & 0b11_1111 != 0 {
                s.post_marks += 1;
            }
            if found & 0b11_1100_0000 != 0 {
                s.buy_marks += 1;
            }
        }
    }
    s.path = url.map(str::to_owned).or(canonical).map(|u| path_of(&u));
    s
}

/// The lowercase path of a URL ("/a/b" of "https://x.org/a/b?q").
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = match rest.find('/') {
        Some(i) if url.contains("://") => rest.get(i..).unwrap_or("/"),
        Some(_) => rest,
        None => "/",
    };
    let path = path.split(['?', '#']).next().unwrap_or("/");
    path.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(path_of("https://x.org/a/B?q=1"), "/a/b");
        assert_eq!(path_of("https://x.org"), "/");
        assert_eq!(path_of("/t/x/1"), "/t/x/1");
    }

    #[test]
    fn url_words() {
        for (path, want) in [
            ("/forum/trip-reports/1-x.html", Some(PageType::Forum)),
            ("/t/best-headphones/40024", Some(PageType::Forum)),
            ("/docs/current/indexes.html", Some(PageType::Documentation)),
            ("/products/dj-kettle", Some(PageType::Product)),
            ("/c/running-shoes", Some(PageType::Collection)),
            ("/news", Some(PageType::Listing)),
            ("/2024/05/a-story-about-tides", None),
        ] {
            assert_eq!(url_kind(path), want, "{path}");
        }
    }

    #[test]
    fn schema_types() {
        assert_eq!(
            schema_kind("https://schema.org/Product"),
            Some(PageType::Product)
        );
        assert_eq!(schema_kind("QAPage"), Some(PageType::Forum));
        assert_eq!(schema_kind("WebPage"), None);
    }

    #[test]
    fn json_ld_types() {
        let text = r#"{"@type": "Product", "offers": {"@type" : ["Offer", "X"]}, "@type":"#;
        let found: Vec<&str> = ld_types(text).collect();
        assert_eq!(found, ["\"Product\"", "[\"Offer\", \"X\""]);
    }
}
