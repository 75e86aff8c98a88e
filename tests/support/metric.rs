//! The article-extraction-benchmark metric and dataset loader, shared by the
//! quality test (`tests/quality.rs`) and the development tool
//! (`tools/eval.rs`).
//!
//! Tokens are Unicode `\w+` matches; a text is the multiset of its 4-token
//! shingles (one shingle of all tokens when there are fewer than four, none
//! for an empty text). Per page, tp/fp/fn are divided by their sum; precision
//! is the mean of tp/(tp+fp) over pages with tp+fp > 0, recall the mean of
//! tp/(tp+fn) over pages with tp+fn > 0 (both 1 when fp = fn = 0, 0 when
//! tp = 0); F1 is the harmonic mean of the two means; accuracy is the share
//! of pages whose token lists are equal.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One page of the dataset.
pub struct Page {
    pub id: String,
    pub html: Vec<u8>,
    pub truth: String,
}

/// The metric's view of one page.
#[derive(Clone, Copy, Debug)]
pub struct PageScore {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub exact: bool,
}

/// Dataset-wide figures.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub accuracy: f64,
    pub pages: usize,
}

fn tokens(text: &str) -> Vec<&str> {
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\w+").expect("valid regex"));
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

fn shingles<'a>(toks: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        *out.entry(toks.to_vec()).or_default() += 1;
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_default() += 1;
    }
    out
}

/// Scores one prediction against its ground truth.
pub fn score_page(truth: &str, pred: &str) -> PageScore {
    let (tt, pt) = (tokens(truth), tokens(pred));
    let (ts, ps) = (shingles(&tt), shingles(&pt));
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (s, &n) in &ps {
        let m = ts.get(s).copied().unwrap_or(0);
        tp += n.min(m);
        fp += n.saturating_sub(m);
    }
    let fn_: usize = ts
        .iter()
        .map(|(s, &n)| n.saturating_sub(ps.get(s).copied().unwrap_or(0)))
        .sum();
    let exact = tt == pt;
    if fp == 0 && fn_ == 0 {
        return PageScore {
            precision: Some(1.0),
            recall: Some(1.0),
            exact,
        };
    }
    let part = |a: usize, b: usize| {
        if a + b == 0 {
            None
        } else if tp == 0 {
            Some(0.0)
        } else {
            Some(a as f64 / (a + b) as f64)
        }
    };
    PageScore {
        precision: part(tp, fp),
        recall: part(tp, fn_),
        exact,
    }
}

/// Means over pages.
pub fn summarize(scores: &[PageScore]) -> Summary {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(scores.iter().filter_map(|s| s.precision).collect());
    let recall = mean(scores.iter().filter_map(|s| s.recall).collect());
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let accuracy = scores.iter().filter(|s| s.exact).count() as f64 / scores.len().max(1) as f64;
    Summary {
        f1,
        precision,
        recall,
        accuracy,
        pages: scores.len(),
    }
}

/// Where the dataset is: `DECRUFT_DATASET`, else `../shared/datasets/article-extraction-benchmark`
/// beside the repository.
pub fn dataset_dir() -> PathBuf {
    match std::env::var_os("DECRUFT_DATASET") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/datasets/article-extraction-benchmark"),
    }
}

/// Loads every page of the dataset at `dir`, sorted by id.
pub fn load(dir: &Path) -> Result<Vec<Page>, String> {
    let gt_path = dir.join("ground-truth.json");
    let gt =
        std::fs::read_to_string(&gt_path).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let gt: serde_json::Value =
        serde_json::from_str(&gt).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let obj = gt.as_object().ok_or("ground-truth.json is not an object")?;
    let mut pages = Vec::new();
    for (id, v) in obj {
        let truth = v
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or_default()
            .to_owned();
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let gz = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut html)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        pages.push(Page {
            id: id.clone(),
            html,
            truth,
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    if pages.is_empty() {
        return Err(format!("{}: no pages", dir.display()));
    }
    Ok(pages)
}
