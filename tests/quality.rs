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

#[path = "support/leaks.rs"]
mod leaks;
#[allow(dead_code)]
#[path = "support/markdown.rs"]
mod markdown;
#[path = "support/metric.rs"]
mod metric;
#[allow(dead_code)]
#[path = "support/wcxb.rs"]
mod wcxb;
#[path = "support/wcxb_meta.rs"]
mod wcxb_meta;

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
    let wcxb_dir = wcxb::dir();
    let wcxb_present = wcxb_dir.join("ground-truth").is_dir();
    let wcxb_trial = Trial::test("wcxb_dev_quality", move || wcxb_quality(&wcxb_dir));
    let wcxb_trial = if wcxb_present || ci {
        wcxb_trial
    } else {
        eprintln!(
            "wcxb_dev_quality ignored: no wcxb-dev at {} (set DECRUFT_WCXB)",
            wcxb::dir().display()
        );
        wcxb_trial.with_ignored_flag(true)
    };
    let (aeb_dir, wc_dir) = (metric::dataset_dir(), wcxb::dir());
    let clean_trial = Trial::test("clean_leaked_text", move || {
        clean_leaked_text(&aeb_dir, &wc_dir)
    });
    let clean_trial = if (present && wcxb_present) || ci {
        clean_trial
    } else {
        eprintln!("clean_leaked_text ignored: a dev set is missing");
        clean_trial.with_ignored_flag(true)
    };
    let meta_dir = wcxb::dir();
    let meta_trial = Trial::test("wcxb_dev_metadata", move || wcxb_metadata(&meta_dir));
    let meta_trial = if wcxb_present || ci {
        meta_trial
    } else {
        eprintln!(
            "wcxb_dev_metadata ignored: no wcxb-dev at {} (set DECRUFT_WCXB)",
            wcxb::dir().display()
        );
        meta_trial.with_ignored_flag(true)
    };
    libtest_mimic::run(&args, vec![trial, wcxb_trial, meta_trial, clean_trial]).exit();
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

/// wcxb-dev floors by page type: where this round started (the page-type
/// issue's "decruft" column). They keep the gains from slipping back; the
/// issue's goals (article and documentation 0.95, service 0.88, forum
/// 0.85, the rest 0.80, all 0.90) are printed beside the figures and are not
/// met yet.
const WCXB_FLOORS: [(&str, f64, f64); 8] = [
    ("article", 0.879, 0.95),
    ("documentation", 0.866, 0.95),
    ("service", 0.581, 0.88),
    ("forum", 0.331, 0.85),
    ("product", 0.577, 0.80),
    ("listing", 0.381, 0.80),
    ("collection", 0.488, 0.80),
    ("all", 0.716, 0.90),
];
/// Most pages with content that may come out empty: the page-type issue's
/// goal, 1 % of the 1,476 pages whose gold body is not empty (155 came out
/// empty when the round started; 7 do now, all of them forum pages whose
/// HTML holds no post: script shells, and a sign-up box where a post
/// should be).
const WCXB_MAX_EMPTY: usize = 14;

fn wcxb_quality(dir: &std::path::Path) -> Result<(), Failed> {
    wcxb::check_split_and_metric();
    let pages = wcxb::load(dir).map_err(|e| format!("wcxb-dev missing: {e}"))?;
    let extractor = decruft::Options::new().build();
    // (type, half) -> F1 of each page
    let mut f1: std::collections::BTreeMap<(String, char), Vec<f64>> = Default::default();
    let (mut empty, mut agree) = (0usize, 0usize);
    for p in &pages {
        let article = extractor.extract_bytes(&p.html, None).unwrap_or_default();
        let (_, _, f) = wcxb::prf(article.text(), &p.truth);
        if article.text().is_empty() && !p.truth.trim().is_empty() {
            empty += 1;
        }
        agree += usize::from(article.page_type().name() == p.page_type);
        for t in [p.page_type.as_str(), "all"] {
            for h in [p.half, '*'] {
                f1.entry((t.to_owned(), h)).or_default().push(f);
            }
        }
    }
    let mean = |t: &str, h: char| {
        f1.get(&(t.to_owned(), h))
            .map_or(0.0, |v| v.iter().sum::<f64>() / v.len().max(1) as f64)
    };
    println!("wcxb-dev word F1 by page type (all / half A, tuned / half B, checked; goal):");
    let mut failures = Vec::new();
    for (t, floor, goal) in WCXB_FLOORS {
        let (all, a, b) = (mean(t, '*'), mean(t, 'A'), mean(t, 'B'));
        println!("  {t:14} {all:.3} / {a:.3} / {b:.3}   floor {floor:.3}, goal {goal:.2}");
        if all < floor {
            failures.push(format!("{t} F1 {all:.3} below {floor}"));
        }
    }
    println!(
        "  empty output on {empty} pages with content; page type agrees with the label on {:.1} %",
        100.0 * agree as f64 / pages.len().max(1) as f64
    );
    check!(failures.is_empty(), "{failures:?}");
    check!(
        empty <= WCXB_MAX_EMPTY,
        "{empty} empty pages, more than {WCXB_MAX_EMPTY}"
    );
    Ok(())
}

/// Issue 19's goal: the cleaner keeps at least this share of the gold lines
/// of the leaked corpus (`support/leaks.rs`), in each of its two forms.
const MIN_GOLD_KEPT: f64 = 0.995;
/// Share of the other lines removed, whole `<body>` and main container's
/// parent, is held at least where issue 19's round started (14.83 % and
/// 8.94 %; the figures since are in the README: 15.89 % and 9.63 %), not
/// just under today's: the issue sets no goal for it, and its rules of
/// context trade some removal for no lost article line.
const MIN_OTHER_REMOVED: [f64; 2] = [0.1483, 0.0894];
/// Lines `clean_text` removes from the gold bodies of both dev sets: the goal
/// is none. 526 when issue 19's round started, 262 after its first round,
/// 100 after its second (of 67,994; most are lines the gold keeps although
/// they are boilerplate: "© Reuters", "Related", "Updated on …", "8 min
/// read"; see the README). A ratchet at the measured count, no margin: any
/// rule that removes one more article line fails here, and a rule that
/// removes fewer lowers it.
const MAX_GOLD_REMOVED: usize = 100;

fn clean_leaked_text(aeb: &std::path::Path, wc: &std::path::Path) -> Result<(), Failed> {
    let mut pages: Vec<(String, String, String)> = metric::load(aeb)
        .map_err(|e| format!("dev set missing: {e}"))?
        .into_iter()
        .map(|p| (p.id, leaks::decode(&p.html), p.truth))
        .collect();
    pages.extend(
        wcxb::load(wc)
            .map_err(|e| format!("wcxb-dev missing: {e}"))?
            .into_iter()
            .filter(|p| p.page_type == "article")
            .map(|p| (p.id, leaks::decode(&p.html), p.truth)),
    );
    let mut f = [leaks::Figures::default(), leaks::Figures::default()];
    let (mut gold_lines, mut gold_removed) = (0usize, 0usize);
    for (id, html, gold) in &pages {
        let gold = leaks::Gold::new(gold);
        let l = leaks::leak(html, &gold);
        f[0].add(id, &l.body, &gold);
        f[1].add(id, &l.parent, &gold);
        gold_lines += gold.lines.len();
        gold_removed += leaks::removed_from_gold(&gold.text).len();
    }
    let mut failures = Vec::new();
    for (i, kind) in ["body", "parent"].iter().enumerate() {
        let g = &f[i];
        println!(
            "leaked {kind}: {} pages; gold lines kept {:.2} %; other lines removed {:.2} %; word F1 {:.3} -> {:.3}",
            g.pages,
            100.0 * g.kept_share(),
            100.0 * g.removed_share(),
            g.mean_f1_before(),
            g.mean_f1_after()
        );
        if g.kept_share() < MIN_GOLD_KEPT {
            let lost: Vec<_> = g.lost.iter().take(20).collect();
            failures.push(format!(
                "{kind}: gold lines kept {:.4} below {MIN_GOLD_KEPT}; first lost: {lost:?}",
                g.kept_share()
            ));
        }
        if g.removed_share() < MIN_OTHER_REMOVED[i] {
            failures.push(format!(
                "{kind}: other lines removed {:.4} below {}",
                g.removed_share(),
                MIN_OTHER_REMOVED[i]
            ));
        }
        if g.mean_f1_after() <= g.mean_f1_before() {
            failures.push(format!("{kind}: cleaning does not raise word F1"));
        }
    }
    println!("clean_text on the gold bodies: {gold_removed} of {gold_lines} lines removed");
    if gold_removed > MAX_GOLD_REMOVED {
        failures.push(format!(
            "clean_text removes {gold_removed} gold lines, more than {MAX_GOLD_REMOVED}"
        ));
    }
    check!(failures.is_empty(), "{failures:#?}");
    Ok(())
}

/// wcxb-dev metadata floors, as shares of the pages with a true value
/// (scored like `../shared/tools/wcxb_meta.py`, see `support/wcxb_meta.rs`),
/// and the metadata issue's goals. The goals are not met yet (79.6 / 73.6 /
/// 83.5 % on 2026-12-04 after the first metadata round, 81.4 / 78.5 / 84.3 %
/// after the second, 82.2 / 79.2 / 84.5 % after the third, 82.2 / 80.8 / 85.2 %
/// after the fourth), so the floors are where the metadata work started
/// (77.0 / 54.4 / 66.6 %): the gains cannot slip back that far, and the
/// figures print beside the goals.
const META_FLOORS: [(&str, f64, f64); 3] = [
    ("title", 0.770, 0.92),
    ("author", 0.544, 0.85),
    ("date", 0.666, 0.93),
];

fn wcxb_metadata(dir: &std::path::Path) -> Result<(), Failed> {
    let pages = wcxb::load(dir).map_err(|e| format!("wcxb-dev missing: {e}"))?;
    let extractor = decruft::Options::new().build();
    let mut score = wcxb_meta::Score::default();
    for p in &pages {
        let path = dir.join("ground-truth").join(format!("{}.json", p.id));
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        let article = extractor.extract_bytes(&p.html, None).unwrap_or_default();
        score.add(&article, &v["ground_truth"]);
    }
    println!("wcxb-dev metadata (hits / pages with a truth; floor, goal):");
    let mut failures = Vec::new();
    for (field, floor, goal) in META_FLOORS {
        let slot = match field {
            "title" => score.title,
            "author" => score.author,
            _ => score.date,
        };
        let got = wcxb_meta::share(slot);
        println!(
            "  {field:7} {}/{} = {:.1} %   floor {:.1} %, goal {:.0} %",
            slot.0,
            slot.1,
            100.0 * got,
            100.0 * floor,
            100.0 * goal
        );
        if got < floor {
            failures.push(format!("{field} {:.3} below {floor}", got));
        }
    }
    println!("  dates not ISO 8601: {} of {}", score.not_iso, score.dates);
    check!(failures.is_empty(), "{failures:?}");
    check!(score.not_iso == 0, "{} dates not ISO 8601", score.not_iso);
    Ok(())
}
