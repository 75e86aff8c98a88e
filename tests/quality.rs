//! Quality floor on the dev set (article-extraction-benchmark), scored with
//! the benchmark's metric (see `support/metric.rs`). The dataset path is
//! `DECRUFT_DATASET`, else `../shared/datasets/article-extraction-benchmark`.
//! Under CI (`CI=true`) a missing dataset fails; elsewhere the test is
//! reported as ignored (not passed), with the reason on stderr.
//!
//! Its own test binary with a libtest-mimic harness: libtest cannot mark a
//! test ignored at run time, and whether the dev set is present is only
//! known then.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use libtest_mimic::{Arguments, Failed, Trial};

/// `assert!` for a libtest-mimic trial: returns the message as the failure.
macro_rules! check {
    ($ok:expr, $($msg:tt)+) => {
        let ok: bool = $ok;
        if !ok {
            return Err(format!($($msg)+).into());
        }
    };
}

#[allow(dead_code)]
#[path = "support/markdown.rs"]
mod markdown;
#[path = "support/metric.rs"]
mod metric;

/// The floors this build must hold on the dev set (the quality issue's
/// targets: above every published extractor).
const MIN_F1: f64 = 0.975;
const MIN_PRECISION: f64 = 0.960;
const MIN_RECALL: f64 = 0.975;
const MIN_ACCURACY: f64 = 0.35;

fn main() {
    let args = Arguments::from_args();
    let dir = metric::dataset_dir();
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    let present = dir.join("ground-truth.json").is_file();
    let trial = Trial::test("dev_set_quality", move || dev_set_quality(&dir));
    let trial = if present || ci {
        trial
    } else {
        eprintln!(
            "dev_set_quality ignored: no dev set at {} (set DECRUFT_DATASET)",
            metric::dataset_dir().display()
        );
        trial.with_ignored_flag(true)
    };
    libtest_mimic::run(&args, vec![trial]).exit();
}

fn dev_set_quality(dir: &std::path::Path) -> Result<(), Failed> {
    let pages = metric::load(dir).map_err(|e| format!("dev set missing: {e}"))?;
    // Markdown, links, images and comments are on: none of them may change
    // the text, and the Markdown must strip back to it on real pages too.
    let extractor = decruft::Options::new()
        .markdown(true)
        .links(true)
        .images(true)
        .comments(true)
        .build();
    let mut round_trip = Vec::new();
    let scores: Vec<_> = pages
        .iter()
        .map(|p| {
            let article = extractor.extract_bytes(&p.html, None).unwrap_or_default();
            let md = article.markdown().unwrap_or_default();
            if markdown::words(&markdown::strip(md)) != markdown::words(article.text()) {
                round_trip.push(p.id.clone());
            }
            metric::score_page(&p.truth, article.text())
        })
        .collect();
    check!(
        round_trip.is_empty(),
        "Markdown stripped of markup differs from the text on {round_trip:?}"
    );
    let s = metric::summarize(&scores);
    println!(
        "dev set: {} pages, F1 {:.4}, precision {:.4}, recall {:.4}, accuracy {:.4}",
        s.pages, s.f1, s.precision, s.recall, s.accuracy
    );
    check!(s.f1 >= MIN_F1, "F1 {:.4} below {MIN_F1}", s.f1);
    check!(
        s.precision >= MIN_PRECISION,
        "precision {:.4} below {MIN_PRECISION}",
        s.precision
    );
    check!(
        s.recall >= MIN_RECALL,
        "recall {:.4} below {MIN_RECALL}",
        s.recall
    );
    check!(
        s.accuracy >= MIN_ACCURACY,
        "accuracy {:.4} below {MIN_ACCURACY}",
        s.accuracy
    );
    Ok(())
}
