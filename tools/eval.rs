//! Development tool: runs decruft over the article-extraction-benchmark pages
//! and prints F1 / precision / recall / accuracy, ms per page and the worst
//! pages, to steer the work.
//!
//! ```text
//! cargo run --release --example eval [-- --worst N] [--show ID-PREFIX] [--errors] [--captions | --no-captions] [--precision | --recall]
//! ```
//! The dataset is read from `DECRUFT_DATASET`, else
//! `../shared/datasets/article-extraction-benchmark`.

// A development tool, not library code: panicking on a broken dataset is fine.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

#[path = "../tests/support/metric.rs"]
mod metric;

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut worst = 15usize;
    let mut show: Option<String> = None;
    let mut errors = false;
    // Not set: the library's default (no captions on articles).
    let mut captions: Option<bool> = None;
    let (mut precision, mut recall) = (false, false);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--worst" => worst = it.next().and_then(|v| v.parse().ok()).unwrap_or(15),
            "--show" => show = it.next().cloned(),
            "--errors" => errors = true,
            "--captions" => captions = Some(true),
            "--no-captions" => captions = Some(false),
            "--precision" => precision = true,
            "--recall" => recall = true,
            other => {
                eprintln!("unknown argument {other}; usage: eval [--worst N] [--show ID-PREFIX]");
                std::process::exit(2);
            }
        }
    }
    let dir = metric::dataset_dir();
    let pages = match metric::load(&dir) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("cannot load the dataset: {e}");
            std::process::exit(1);
        }
    };
    let mut options = decruft::Options::new();
    if let Some(keep) = captions {
        options = options.captions(keep);
    }
    let extractor = options
        .explain(show.is_some())
        .favor_precision(precision)
        .favor_recall(recall)
        .build();
    let mut rows = Vec::new();
    let mut elapsed = 0.0f64;
    let mut bytes = 0usize;
    for page in &pages {
        let t = Instant::now();
        let article = extractor.extract_bytes(&page.html, None);
        elapsed += t.elapsed().as_secs_f64();
        bytes += page.html.len();
        let text = article
            .as_ref()
            .map(|a| a.text().to_owned())
            .unwrap_or_default();
        let s = metric::score_page(&page.truth, &text);
        if let (Some(prefix), Ok(a)) = (&show, &article) {
            if page.id.starts_with(prefix.as_str()) {
                println!("=== {} title: {:?}", page.id, a.title());
                for b in a.explanation().unwrap_or_default() {
                    let t: String = b.text().chars().take(100).collect();
                    println!(
                        "{} {:6.1} {:40} {:?}",
                        if b.kept() { "KEEP" } else { "drop" },
                        b.score(),
                        b.reason(),
                        t
                    );
                }
                println!("--- truth:\n{}\n--- ours:\n{}", page.truth, text);
            }
        }
        if errors {
            print_errors(&page.id, &page.truth, &text);
        }
        rows.push((page.id.clone(), s));
    }
    let scores: Vec<_> = rows.iter().map(|r| r.1).collect();
    let sum = metric::summarize(&scores);
    println!(
        "pages {}  F1 {:.4}  precision {:.4}  recall {:.4}  accuracy {:.4}  {:.2} ms/page  {:.1} MB/s",
        sum.pages,
        sum.f1,
        sum.precision,
        sum.recall,
        sum.accuracy,
        elapsed * 1000.0 / pages.len() as f64,
        bytes as f64 / 1e6 / elapsed
    );
    let f = |s: &metric::PageScore| {
        let p = s.precision.unwrap_or(1.0);
        let r = s.recall.unwrap_or(1.0);
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    };
    rows.sort_by(|a, b| f(&a.1).total_cmp(&f(&b.1)));
    println!("worst pages:");
    for (id, s) in rows.iter().take(worst) {
        println!(
            "  {}  F1 {:.3}  P {:.3}  R {:.3}",
            &id[..12.min(id.len())],
            f(s),
            s.precision.unwrap_or(f64::NAN),
            s.recall.unwrap_or(f64::NAN)
        );
    }
}

/// Prints, for one page, the output paragraphs absent from the truth (leaked
/// boilerplate) and the truth paragraphs absent from the output (lost text).
fn print_errors(id: &str, truth: &str, ours: &str) {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let t = norm(truth);
    let o = norm(ours);
    let short = |s: &str| s.chars().take(110).collect::<String>();
    for p in ours.split("\n\n").map(norm).filter(|p| !p.is_empty()) {
        let probe: String = p.chars().take(60).collect();
        if !t.contains(&probe) {
            println!("{} LEAK  {}", &id[..8], short(&p));
        }
    }
    for p in truth.split("\n").map(norm).filter(|p| !p.is_empty()) {
        let probe: String = p.chars().take(60).collect();
        if !o.contains(&probe) {
            println!("{} LOST  {}", &id[..8], short(&p));
        }
    }
}
