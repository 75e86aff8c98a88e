//! JSON-LD, the first source of [`super`]: a block's article-like object
//! (or a forum's opening post, a Q&A page's question) gives the headline,
//! authors, dates, site name, description, URL, image and tags; a product's
//! object gives the description a product page may show only there.
//! Authors given by `@id` reference are looked up among the block's named
//! nodes; authors typed as organisations are kept apart.

use serde_json::Value;

use super::{set, set_ld, Found, MAX_LIST};
use crate::meta::date;

/// Values looked at per JSON-LD block (objects, arrays and `@graph`s
/// walked): a page's own block has a few dozen; more is a catalogue.
const MAX_NODES: usize = 4096;

/// Whether `v`'s `@type` (one string or an array of them) has a type
/// `matches` accepts.
fn typed(v: &Value, matches: impl Fn(&str) -> bool) -> bool {
    match v.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

/// Types whose objects describe the page's main work.
fn is_work(v: &Value) -> bool {
    const TYPES: [&str; 14] = [
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
        // A forum thread's opening post and a Q&A page's question: their
        // author is the page's (the replies are `Comment`s / `Answer`s).
        "discussionforumposting",
        "question",
    ];
    typed(v, |t| TYPES.contains(&t.to_ascii_lowercase().as_str()))
}

/// A JSON-LD `FAQPage`: its `mainEntity` is the questions a page answers
/// in its FAQ section, none of them the page's work (a `QAPage`'s is).
fn is_faq(v: &Value) -> bool {
    typed(v, |t| t.eq_ignore_ascii_case("faqpage"))
}

/// A JSON-LD `Product` (or a `ProductGroup` of its variants).
fn is_product(v: &Value) -> bool {
    typed(v, |t| {
        t.eq_ignore_ascii_case("product") || t.eq_ignore_ascii_case("productgroup")
    })
}

/// A JSON-LD block as JSON. Templates often paste an article's text into
/// a string as it is, line breaks and tabs unescaped, which strict JSON
/// refuses: such a block is read again with every control character a
/// space (between tokens one is whitespace anyway), as browsers' and
/// search engines' lenient readers do.
pub(super) fn parse_json_ld(json: &str) -> Option<Value> {
    serde_json::from_str::<Value>(json).ok().or_else(|| {
        if !json.contains(char::is_control) {
            return None;
        }
        let spaced: String = json
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str::<Value>(&spaced).ok()
    })
}

/// JSON-LD: the first article-like object, found through arrays and @graph
/// (and the first product's description, in `page`).
pub(super) fn read_json_ld(v: &Value, f: &mut Found, page: &mut Found) {
    let named = named_nodes(v);
    let mut stack = vec![v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > MAX_NODES {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if is_product(v) && page.description.is_none() {
                    if let Some(d) = v.get("description").and_then(Value::as_str) {
                        set_ld(&mut page.description, d);
                    }
                }
                if is_work(v) && f.date.is_none() && f.authors.is_empty() {
                    read_work(v, f, &named);
                } else if page.date.is_none() {
                    let s = |k: &str| v.get(k).and_then(Value::as_str);
                    page.date = s("datePublished").and_then(date::parse);
                    page.modified = s("dateModified").and_then(date::parse);
                    if let Some(h) = s("headline") {
                        set_ld(&mut page.headline, h);
                    }
                }
                // The page's main object may sit in `@graph` or, on a
                // `QAPage` / `WebPage`, in `mainEntity`.
                for key in ["@graph", "mainEntity"] {
                    if key == "mainEntity" && is_faq(v) {
                        continue;
                    }
                    if let Some(g) = map.get(key).filter(|g| g.is_object() || g.is_array()) {
                        stack.push(g);
                    }
                }
            }
            _ => {}
        }
    }
}

fn read_work(v: &Value, f: &mut Found, named: &[Named<'_>]) {
    let s = |k: &str| v.get(k).and_then(Value::as_str);
    if let Some(d) = s("datePublished").or_else(|| s("dateCreated")) {
        f.date = date::parse(d);
    }
    f.modified = s("dateModified").and_then(date::parse);
    if let Some(h) = s("headline").or_else(|| s("name")) {
        set_ld(&mut f.headline, h);
    }
    names(v.get("author"), named, &mut f.authors);
    organisations(v.get("author"), named, &mut f.organisations);
    if let Some(p) = v.get("publisher") {
        if let Some(n) = p.get("name").and_then(Value::as_str) {
            set_ld(&mut f.site_name, n);
        }
    }
    if let Some(d) = s("description") {
        set_ld(&mut f.description, d);
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
    match v.get("articleSection") {
        Some(Value::String(sec)) => f.categories.push(sec.to_owned()),
        Some(Value::Array(secs)) => f
            .categories
            .extend(secs.iter().filter_map(Value::as_str).map(str::to_owned)),
        _ => {}
    }
}

/// Author names from a JSON-LD author value (string, object, array).
/// An object given by reference alone (`{"@id": "…#/schema/person/1"}`,
/// as SEO plugins write an article's author) is the node of the same block
/// with that `@id`; `named` lists the block's nodes that have a name.
fn names(v: Option<&Value>, named: &[Named<'_>], out: &mut Vec<String>) {
    match v {
        Some(Value::String(n)) => out.push(crate::parse::decode_references(n)),
        Some(Value::Object(o)) => {
            if let Some(n) = o.get("name").and_then(Value::as_str) {
                out.push(crate::parse::decode_references(n));
            } else if let Some(id) = o.get("@id").and_then(Value::as_str) {
                if let Some((_, n, _)) = named.iter().find(|(i, _, _)| *i == id) {
                    out.push(crate::parse::decode_references(n));
                }
            }
        }
        Some(Value::Array(items)) => {
            for i in items.iter().take(MAX_LIST) {
                names(Some(i), named, out);
            }
        }
        _ => {}
    }
}

/// Whether a JSON-LD `@type` value names an organisation
/// (`Organization`, `NewsMediaOrganization`, `Corporation`…).
fn org_typed(v: Option<&Value>) -> bool {
    let is_org = |t: &str| {
        let t = t.to_ascii_lowercase();
        t.ends_with("organization") || t == "corporation" || t == "localbusiness" || t == "brand"
    };
    match v {
        Some(Value::String(t)) => is_org(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_org),
        _ => false,
    }
}

/// The names of a JSON-LD author value's objects typed as an organisation,
/// in place or by reference (`{"@id": "#identity"}`, a node of `named`).
fn organisations(v: Option<&Value>, named: &[Named<'_>], out: &mut Vec<String>) {
    let items: Vec<&Value> = match v {
        Some(Value::Array(items)) => items.iter().take(MAX_LIST).collect(),
        Some(o @ Value::Object(_)) => vec![o],
        _ => Vec::new(),
    };
    for o in items {
        if let Some(n) = o.get("name").and_then(Value::as_str) {
            if org_typed(o.get("@type")) {
                out.push(n.to_owned());
            }
        } else if let Some(id) = o.get("@id").and_then(Value::as_str) {
            if let Some((_, n, true)) = named.iter().find(|(i, _, _)| *i == id) {
                out.push((*n).to_owned());
            }
        }
    }
}

/// Most named nodes of a JSON-LD block indexed by `@id`.
const MAX_NAMED_NODES: usize = 256;

/// A JSON-LD node with an `@id` and a `name`: (`@id`, name, whether typed
/// as an organisation).
type Named<'a> = (&'a str, &'a str, bool);

/// The nodes of a JSON-LD block (top level, arrays and `@graph`) that have
/// both an `@id` and a `name`.
fn named_nodes(v: &Value) -> Vec<Named<'_>> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > MAX_NODES || out.len() >= MAX_NAMED_NODES {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter()),
            Value::Object(map) => {
                let s = |k: &str| map.get(k).and_then(Value::as_str);
                if let (Some(id), Some(name)) = (s("@id"), s("name")) {
                    out.push((id, name, org_typed(map.get("@type"))));
                }
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    out
}
