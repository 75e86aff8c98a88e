//! The metadata scorer of `../shared/tools/wcxb_meta.py`, in Rust: title,
//! author and publication date of each wcxb-dev page against its ground
//! truth (`title`, `author`, `publish_date`); only pages with a true value
//! count for a field. The matching rules are the script's:
//! - title: equal after Unicode normalisation (NFKC), case-folding
//!   (lowercasing here) and turning runs of non-word characters into one
//!   space; or one contains the other while being at least 70 % of its length;
//! - author: every true name (split on `,` `;` `&` and the words "and",
//!   "und", "et", "y") is among the predicted names, compared the same way;
//! - date: the predicted date's first characters equal the true
//!   `YYYY-MM-DD` (or `YYYY-MM`).

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// Hits and totals of the three fields, and how many dates are not ISO.
#[derive(Debug, Default)]
pub struct Score {
    pub title: (usize, usize),
    pub author: (usize, usize),
    pub date: (usize, usize),
    pub dates: usize,
    pub not_iso: usize,
}

pub fn norm(s: &str) -> String {
    let folded: String = s.nfkc().flat_map(char::to_lowercase).collect();
    let mut out = String::new();
    let mut gap = false;
    for c in folded.chars() {
        if c.is_alphanumeric() || c == '_' {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

pub fn title_ok(pred: &str, truth: &str) -> bool {
    let (p, t) = (norm(pred), norm(truth));
    if p.is_empty() {
        return false;
    }
    if p == t {
        return true;
    }
    let (short, long) = if p.chars().count() <= t.chars().count() {
        (&p, &t)
    } else {
        (&t, &p)
    };
    long.contains(short.as_str())
        && short.chars().count() as f64 >= 0.7 * long.chars().count() as f64
}

fn names(v: &str) -> std::collections::BTreeSet<String> {
    let split = Regex::new(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*").expect("regex");
    split.split(v).map(norm).filter(|n| !n.is_empty()).collect()
}

pub fn author_ok(pred: &[String], truth: &str) -> bool {
    names(truth).is_subset(&names(&pred.join("; ")))
}

pub fn date_ok(pred: Option<&str>, truth: &str) -> bool {
    pred.unwrap_or_default().get(..truth.len()) == Some(truth)
}

impl Score {
    /// Adds one page: the article and the page's `ground_truth` object.
    pub fn add(&mut self, a: &decruft::Article, gt: &serde_json::Value) {
        let iso =
            Regex::new(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$")
                .expect("regex");
        if let Some(d) = a.date() {
            self.dates += 1;
            self.not_iso += usize::from(!iso.is_match(d));
        }
        let truth = |k: &str| gt[k].as_str().filter(|t| !t.is_empty());
        let count = |slot: &mut (usize, usize), hit: bool| {
            slot.0 += usize::from(hit);
            slot.1 += 1;
        };
        if let Some(t) = truth("title") {
            count(&mut self.title, title_ok(a.title().unwrap_or_default(), t));
        }
        if let Some(t) = truth("author") {
            count(&mut self.author, author_ok(a.authors(), t));
        }
        if let Some(t) = truth("publish_date") {
            count(&mut self.date, date_ok(a.date(), t));
        }
    }
}

/// `hits / total` as a share.
pub fn share((hits, total): (usize, usize)) -> f64 {
    hits as f64 / total.max(1) as f64
}
