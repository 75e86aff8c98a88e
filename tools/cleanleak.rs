//! Development tool (issue 19): the leaked-extraction corpus. For every page
//! of the article-extraction-benchmark and the article pages of wcxb-dev,
//! makes the text a weak extractor leaks (the whole `<body>`, and the parent
//! of the main container, line by line; see `tests/support/leaks.rs`),
//! cleans it with `Cleaner`, and prints the share of gold lines kept, the
//! share of other lines removed and the word F1 before and after; then how
//! many lines `clean_text` removes from the gold bodies themselves, and the
//! gold lines lost, with their reasons.
//!
//! ```text
//! cargo run --release --example cleanleak [-- --lost N] [--all-types] [--context]
//! ```
//! The quality test (`tests/quality.rs`, trial `clean_leaked_text`) holds
//! the floors on the same figures.

// A development tool, not library code: panicking on a broken dataset is fine.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

#[path = "../tests/support/leaks.rs"]
mod leaks;
#[path = "../tests/support/metric.rs"]
mod metric;
#[allow(dead_code)]
#[path = "../tests/support/wcxb.rs"]
mod wcxb;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut lost = 40usize;
    let mut all_types = false;
    let mut context = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--lost" => lost = it.next().and_then(|v| v.parse().ok()).unwrap_or(40),
            "--all-types" => all_types = true,
            "--context" => context = true,
            other => {
                eprintln!("unknown argument {other}; usage: cleanleak [--lost N] [--all-types] [--context]");
                std::process::exit(2);
            }
        }
    }
    let mut corpora: Vec<(String, Vec<PageText>)> = Vec::new();
    let aeb = metric::load(&metric::dataset_dir()).expect("article-extraction-benchmark");
    corpora.push((
        "article-extraction-benchmark".to_owned(),
        aeb.iter()
            .map(|p| (p.id.clone(), leaks::decode(&p.html), p.truth.clone()))
            .collect(),
    ));
    let wc = wcxb::load(&wcxb::dir()).expect("wcxb-dev");
    corpora.push((
        if all_types {
            "wcxb-dev (all types)"
        } else {
            "wcxb-dev (articles)"
        }
        .to_owned(),
        wc.iter()
            .filter(|p| all_types || p.page_type == "article")
            .map(|p| (p.id.clone(), leaks::decode(&p.html), p.truth.clone()))
            .collect(),
    ));
    let mut total = [leaks::Figures::default(), leaks::Figures::default()];
    let (mut gold_total, mut gold_removed) = (0usize, Vec::new());
    for (name, pages) in &corpora {
        let mut f = [leaks::Figures::default(), leaks::Figures::default()];
        for (id, html, gold) in pages {
            let gold = leaks::Gold::new(gold);
            let l = leaks::leak(html, &gold);
            f[0].add(id, &l.body, &gold);
            f[1].add(id, &l.parent, &gold);
            gold_total += gold.lines.len();
            for (reason, line, before, after) in leaks::removed_from_gold_in_context(&gold.text) {
                gold_removed.push((id.clone(), reason, line, before, after));
            }
        }
        for (i, kind) in ["body", "parent"].iter().enumerate() {
            print_figures(&format!("{name}, {kind}"), &f[i]);
            let t = &mut total[i];
            t.pages += f[i].pages;
            t.gold_lines += f[i].gold_lines;
            t.gold_kept += f[i].gold_kept;
            t.other_lines += f[i].other_lines;
            t.other_removed += f[i].other_removed;
            t.f1_before += f[i].f1_before;
            t.f1_after += f[i].f1_after;
            t.lost.extend(f[i].lost.iter().cloned());
            for (r, n) in &f[i].removed_by_reason {
                *t.removed_by_reason.entry(r.clone()).or_default() += n;
            }
            t.kept_by_context_lines
                .extend(f[i].kept_by_context_lines.iter().cloned());
            for (r, n) in &f[i].kept_by_context {
                *t.kept_by_context.entry(r.clone()).or_default() += n;
            }
        }
    }
    print_figures("both, body", &total[0]);
    print_figures("both, parent", &total[1]);
    println!(
        "clean_text on the gold bodies: {} of {gold_total} lines removed",
        gold_removed.len()
    );
    let mut gold_reasons: std::collections::BTreeMap<&str, usize> = Default::default();
    for (_, r, _, _, _) in &gold_removed {
        *gold_reasons.entry(r.as_str()).or_default() += 1;
    }
    println!("  by reason: {gold_reasons:?}");
    for (id, reason, line, before, after) in gold_removed.iter().take(lost) {
        if context {
            println!(
                "  gold {id} [{reason}] {line:?}\n      before {before:?}\n      after  {after:?}"
            );
        } else {
            println!("  gold {id} [{reason}] {line:?}");
        }
    }
    for (i, kind) in ["body", "parent"].iter().enumerate() {
        println!(
            "other lines removed in the leaked {kind} texts, by reason: {:?}",
            total[i].removed_by_reason
        );
        println!(
            "other lines kept by a rule of context in the leaked {kind} texts: {:?}",
            total[i].kept_by_context
        );
        for (id, reason, line) in total[i].kept_by_context_lines.iter().take(lost) {
            println!("  context {id} [{reason}] {line:?}");
        }
    }
    let mut reasons: std::collections::BTreeMap<&str, usize> = Default::default();
    for (_, r, _) in total.iter().flat_map(|t| &t.lost) {
        *reasons.entry(r.as_str()).or_default() += 1;
    }
    println!("gold lines lost in the leaked texts, by reason: {reasons:?}");
    for (id, reason, line) in total.iter().flat_map(|t| &t.lost).take(lost) {
        println!("  lost {id} [{reason}] {line:?}");
    }
}

/// A page's id, HTML and gold body.
type PageText = (String, String, String);

fn print_figures(name: &str, f: &leaks::Figures) {
    println!(
        "{name}: {} pages; gold lines kept {:.2} % ({} of {}); other lines removed {:.2} % ({} of {}); word F1 {:.3} -> {:.3}",
        f.pages,
        100.0 * f.kept_share(),
        f.gold_kept,
        f.gold_lines,
        100.0 * f.removed_share(),
        f.other_removed,
        f.other_lines,
        f.mean_f1_before(),
        f.mean_f1_after()
    );
}
