//! What the page declares about itself — authors, publication date, site
//! name, description, language, canonical URL, main image, tags. Sources,
//! best first:
//! JSON-LD (parsed as JSON: arrays and `@graph` included), OpenGraph and
//! other `<meta>` names, microdata, `<time datetime>`, `<html lang>`. A field
//! no source gives stays `None`: nothing is guessed.

use html5ever::local_name;
use serde_json::Value;

use crate::dom::{Dom, Element, NodeId};

/// Page metadata (empty fields are `None` / empty).
#[derive(Debug, Default, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub(crate) struct PageMeta {
    pub(crate) authors: Vec<String>,
    pub(crate) date: Option<String>,
    pub(crate) site_name: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) language: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) image: Option<String>,
    pub(crate) tags: Vec<String>,
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
    site_name: Option<String>,
    description: Option<String>,
    url: Option<String>,
    image: Option<String>,
    tags: Vec<String>,
}

/// What the walk in [`super::read`] gathers, one source at a time.
#[derive(Default)]
pub(super) struct Reader {
    ld: Found,
    og: Found,
    micro: Found,
    language: Option<String>,
    canonical: Option<String>,
    time: Option<String>,
    times_seen: usize,
    blocks: usize,
}

impl Reader {
    /// Reads one (HTML) element.
    pub(super) fn visit(&mut self, dom: &Dom, id: NodeId, e: &Element) {
        match e.name {
            local_name!("html") => {
                self.language = e
                    .attr(&local_name!("lang"))
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned);
            }
            local_name!("meta") => read_meta(e, &mut self.og),
            local_name!("link") => {
                let rel = e.attr(&local_name!("rel")).unwrap_or_default();
                if rel
                    .split_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("canonical"))
                    && self.canonical.is_none()
                {
                    self.canonical = e.attr(&local_name!("href")).map(|h| h.trim().to_owned());
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
                        if let Ok(v) = serde_json::from_str::<Value>(&json) {
                            read_json_ld(&v, &mut self.ld);
                        }
                    }
                }
            }
            local_name!("time") if self.time.is_none() && self.times_seen < MAX_TIME_ELEMENTS => {
                self.times_seen += 1;
                if !in_comments(dom, id) {
                    self.time = e.attr(&local_name!("datetime")).and_then(normalize_date);
                }
            }
            _ => {}
        }
        if let Some(prop) = e.attr(&local_name!("itemprop")) {
            read_microdata(dom, id, prop, &mut self.micro);
        }
    }

    /// The sources merged, best first.
    pub(super) fn finish(self) -> PageMeta {
        let Reader {
            ld,
            og,
            micro,
            language,
            canonical,
            time,
            ..
        } = self;
        let first = |a: Option<String>, b: Option<String>, c: Option<String>| a.or(b).or(c);
        PageMeta {
            authors: pick_list(ld.authors, og.authors, micro.authors),
            date: first(ld.date, og.date, micro.date).or(time),
            site_name: first(og.site_name, ld.site_name, micro.site_name),
            description: first(og.description, ld.description, micro.description),
            language,
            url: canonical.filter(|u| !u.is_empty()).or(og.url).or(ld.url),
            image: first(og.image, ld.image, micro.image),
            tags: pick_list(ld.tags, og.tags, micro.tags),
        }
    }
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

/// OpenGraph, article:* and plain meta names.
fn read_meta(e: &Element, f: &mut Found) {
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
        "article:published_time"
        | "datepublished"
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
            if f.date.is_none() =>
        {
            f.date = normalize_date(value);
        }
        // article:author is often a profile URL: not a name.
        "author" | "article:author" | "dc.creator" | "parsely-author" | "sailthru.author"
            if !value.trim_start().starts_with("http") =>
        {
            f.authors
                .extend(value.split([',', ';']).map(|a| a.trim().to_owned()));
        }
        "article:tag" | "keywords" | "news_keywords" | "parsely-tags" | "sailthru.tags" => {
            f.tags.extend(value.split(',').map(|t| t.trim().to_owned()));
        }
        "article:section" => f.tags.push(value.trim().to_owned()),
        _ => {}
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
            "datepublished" | "datecreated" if f.date.is_none() => {
                f.date = normalize_date(&value())
            }
            "author" | "creator" => {
                let v = value();
                if !v.is_empty() && v.chars().count() <= 100 {
                    f.authors.push(v);
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

/// Types whose objects describe the page's main work.
fn is_work(v: &Value) -> bool {
    const TYPES: [&str; 12] = [
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "scholarlyarticle",
        "techarticle",
        "report",
        "liveblogposting",
        "socialmediaposting",
        "posting",
    ];
    let matches = |t: &str| TYPES.contains(&t.to_ascii_lowercase().as_str());
    match v.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// JSON-LD: the first article-like object, found through arrays and @graph.
fn read_json_ld(v: &Value, f: &mut Found) {
    let mut stack = vec![v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 4096 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_work(v) && f.date.is_none() && f.authors.is_empty() {
                    read_work(v, f);
                }
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
}

fn read_work(v: &Value, f: &mut Found) {
    let s = |k: &str| v.get(k).and_then(Value::as_str);
    if let Some(d) = s("datePublished").or_else(|| s("dateCreated")) {
        f.date = normalize_date(d);
    }
    names(v.get("author"), &mut f.authors);
    if let Some(p) = v.get("publisher") {
        if let Some(n) = p.get("name").and_then(Value::as_str) {
            set(&mut f.site_name, n);
        }
    }
    if let Some(d) = s("description") {
        set(&mut f.description, d);
    }
    if let Some(u) = s("url") {
        set(&mut f.url, u);
    }
    if let Some(img) = v.get("image") {
        let url = match img {
            Value::String(u) => Some(u.as_str()),
            Value::Array(a) => a
                .first()
                .and_then(|i| i.as_str().or_else(|| i.get("url").and_then(Value::as_str))),
            Value::Object(_) => img.get("url").and_then(Value::as_str),
            _ => None,
        };
        if let Some(u) = url {
            set(&mut f.image, u);
        }
    }
    match v.get("keywords") {
        Some(Value::String(k)) => f.tags.extend(k.split(',').map(|t| t.trim().to_owned())),
        Some(Value::Array(ks)) => f
            .tags
            .extend(ks.iter().filter_map(Value::as_str).map(str::to_owned)),
        _ => {}
    }
    if f.tags.is_empty() {
        if let Some(sec) = s("articleSection") {
            f.tags.push(sec.to_owned());
        }
    }
}

/// Author names from a JSON-LD author value (string, object, array).
fn names(v: Option<&Value>, out: &mut Vec<String>) {
    match v {
        Some(Value::String(n)) => out.push(n.clone()),
        Some(Value::Object(_)) => {
            if let Some(n) = v.and_then(|o| o.get("name")).and_then(Value::as_str) {
                out.push(n.to_owned());
            }
        }
        Some(Value::Array(items)) => {
            for i in items.iter().take(MAX_LIST) {
                names(Some(i), out);
            }
        }
        _ => {}
    }
}

/// An ISO-8601 date (with time when given) from the usual ways pages write
/// one; `None` when it is not clearly a date.
pub(crate) fn normalize_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|d| d.parse::<u32>().ok());
    let valid = |y: u32, m: u32, d: u32| {
        (1000..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    };
    // 2019-11-20, 2019/11/20, 2019-11-20T10:00:00+01:00
    if digits(0..4)
        && matches!(b.get(4), Some(b'-' | b'/' | b'.'))
        && digits(5..7)
        && b.get(7) == b.get(4)
        && digits(8..10)
    {
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !valid(y, m, d) {
            return None;
        }
        let date = format!("{y:04}-{m:02}-{d:02}");
        let rest = s.get(10..).unwrap_or_default();
        let time_ok = rest.len() >= 6
            && matches!(rest.as_bytes().first(), Some(b'T' | b' '))
            && rest
                .get(1..6)
                .is_some_and(|t| t.as_bytes().get(2) == Some(&b':'))
            && rest
                .chars()
                .skip(1)
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z'));
        return Some(if time_ok {
            format!("{date}T{}", rest.get(1..).unwrap_or_default())
        } else {
            date
        });
    }
    // 20191120
    if b.len() == 8 && digits(0..8) {
        let (y, m, d) = (num(0..4)?, num(4..6)?, num(6..8)?);
        return valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"));
    }
    // "20 Nov 2019", "Nov 20, 2019", "Wed, 20 Nov 2019 10:00:00 GMT"
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let month = words
        .iter()
        .position(|w| MONTHS.iter().any(|m| w.starts_with(m) && w.len() <= 9))?;
    let m = MONTHS
        .iter()
        .position(|mm| words.get(month).is_some_and(|w| w.starts_with(mm)))? as u32
        + 1;
    let year = words
        .iter()
        .find_map(|w| (w.len() == 4).then(|| w.parse::<u32>().ok()).flatten())?;
    let day = [month.checked_sub(1), Some(month + 1)]
        .into_iter()
        .flatten()
        .find_map(|i| {
            words.get(i).and_then(|w| {
                w.trim_end_matches(['.', 's', 't', 'h', 'n', 'd', 'r'])
                    .parse::<u32>()
                    .ok()
            })
        })?;
    valid(year, m, day).then(|| format!("{year:04}-{m:02}-{day:02}"))
}

/// `<time>` elements looked at for the date: each costs a walk up the tree
/// (to skip comments' dates), and the page's date comes early if at all.
const MAX_TIME_ELEMENTS: usize = 32;

/// Inside a comment section (by class, id or role): a comment's date is not
/// the page's.
fn in_comments(dom: &Dom, id: NodeId) -> bool {
    dom.ancestors(id).any(|a| {
        dom.element(a).and_then(crate::hints::element_hint) == Some(crate::hints::Hint::Comments)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso() {
        assert_eq!(
            normalize_date("2019-11-20T10:00:00+01:00").as_deref(),
            Some("2019-11-20T10:00:00+01:00")
        );
        assert_eq!(normalize_date("2019/11/20").as_deref(), Some("2019-11-20"));
        assert_eq!(
            normalize_date("Wed, 20 Nov 2019 10:00:00 GMT").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            normalize_date("November 20, 2019").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(normalize_date("20191120").as_deref(), Some("2019-11-20"));
        assert_eq!(normalize_date("yesterday"), None);
        assert_eq!(normalize_date("2019-13-40"), None);
    }
}
