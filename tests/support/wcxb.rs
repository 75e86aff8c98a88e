//! The wcxb-dev set (`../shared/datasets/wcxb-dev`, or `DECRUFT_WCXB`):
//! 1,497 pages of seven labelled page types, scored with the benchmark's
//! metric (word-level precision/recall/F1 over multisets of lowercased
//! `\w+` tokens, per page, averaged), by page type and by half of a fixed
//! split by domain: half A (tuned on) and half B (only checked).
//!
//! The split: a page's host, lowercased and without a leading `www.`,
//! hashed with 64-bit FNV-1a; even hashes are half A, odd ones half B
//! (`tools/wcxb_split.py` prints it; the same rule).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One page: its id, type, half, HTML and gold body.
pub struct Page {
    pub id: String,
    pub page_type: String,
    pub half: char,
    pub html: Vec<u8>,
    pub truth: String,
}

/// Where the set is.
pub fn dir() -> PathBuf {
    match std::env::var_os("DECRUFT_WCXB") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/datasets/wcxb-dev"),
    }
}

/// 64-bit FNV-1a.
pub fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The half of the split a URL's page belongs to.
pub fn half(url: &str) -> char {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', ':', '?', '#']).next().unwrap_or("");
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if fnv1a(host).is_multiple_of(2) {
        'A'
    } else {
        'B'
    }
}

/// Loads every page, sorted by id.
pub fn load(dir: &Path) -> Result<Vec<Page>, String> {
    let gt_dir = dir.join("ground-truth");
    let mut names: Vec<_> = std::fs::read_dir(&gt_dir)
        .map_err(|e| format!("{}: {e}", gt_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut pages = Vec::new();
    for p in names {
        let id = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?,
        )
        .map_err(|e| format!("{}: {e}", p.display()))?;
        let gt = &v["ground_truth"];
        let pt = &v["_internal"]["page_type"];
        let pt = pt["primary"]
            .as_str()
            .or(pt.as_str())
            .or(gt["page_type"].as_str())
            .unwrap_or("article");
        let page_type = if pt == "category" { "collection" } else { pt }.to_owned();
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let gz = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut html)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        pages.push(Page {
            id,
            page_type,
            half: half(v["url"].as_str().unwrap_or("")),
            html,
            truth: gt["main_content"].as_str().unwrap_or("").to_owned(),
        });
    }
    if pages.is_empty() {
        return Err(format!("{}: no pages", dir.display()));
    }
    Ok(pages)
}

fn tokens(s: &str) -> HashMap<String, usize> {
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\w+").unwrap());
    let mut m = HashMap::new();
    for w in WORD.find_iter(&s.to_lowercase()) {
        *m.entry(w.as_str().to_owned()).or_insert(0) += 1;
    }
    m
}

/// Word-level (precision, recall, F1) of `pred` against `truth`, as the
/// benchmark's scorer computes it.
pub fn prf(pred: &str, truth: &str) -> (f64, f64, f64) {
    let (p, r) = (tokens(pred), tokens(truth));
    let (np, nr): (usize, usize) = (p.values().sum(), r.values().sum());
    if nr == 0 {
        return if np == 0 {
            (1.0, 1.0, 1.0)
        } else {
            (0.0, 0.0, 0.0)
        };
    }
    if np == 0 {
        return (0.0, 0.0, 0.0);
    }
    let overlap: usize = p
        .iter()
        .map(|(w, c)| (*c).min(r.get(w).copied().unwrap_or(0)))
        .sum();
    let (pp, rr) = (overlap as f64 / np as f64, overlap as f64 / nr as f64);
    let f = if pp + rr > 0.0 {
        2.0 * pp * rr / (pp + rr)
    } else {
        0.0
    };
    (pp, rr, f)
}

/// The split and the metric on known values (called by the quality test).
pub fn check_split_and_metric() {
    assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(
        half("https://www.Example.org/a"),
        half("http://example.org:8080/b")
    );
    let (p, r, f) = prf("a b c", "a b d e");
    assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9 && f > 0.57 && f < 0.58);
}
