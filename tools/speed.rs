//! Speed harness: times one extractor over every page of one or more dev
//! sets (their `html/*.html.gz`, decompressed up front) and prints the best
//! of `--rounds` rounds in ms per page, after one untimed pass. `tools/compare.py` runs it beside
//! resiliparse, round after round on one core; under callgrind
//! (`--rounds 1`) it gives instruction counts per stage.
//!
//! ```text
//! cargo run --release --example speed -- extract|floor DIR... [--rounds N]
//! ```
//! `extract`: decruft's `extract_bytes` with the default options; `floor`:
//! html5ever into an RcDom plus one walk over every node (no extraction).

// A development tool, not library code: panicking on a broken dataset is fine.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::Read;

#[path = "../benches/support/mod.rs"]
mod support;

fn load(dir: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<_> = std::fs::read_dir(std::path::Path::new(dir).join("html"))
        .unwrap_or_else(|e| panic!("{dir}/html: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let gz = std::fs::read(p).expect("readable page");
            let mut raw = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut raw)
                .expect("gzip");
            raw
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().expect("extract|floor DIR...").clone();
    let mut rounds = 1usize;
    let mut dirs = Vec::new();
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--rounds" => rounds = it.next().and_then(|v| v.parse().ok()).unwrap_or(1),
            d => dirs.push(d.to_owned()),
        }
    }
    let pages: Vec<Vec<u8>> = dirs.iter().flat_map(|d| load(d)).collect();
    assert!(!pages.is_empty(), "no pages");
    let extractor = decruft::Extractor::default();
    let run = |p: &[u8]| -> usize {
        match mode.as_str() {
            "extract" => extractor
                .extract_bytes(p, None)
                .map_or(0, |a| a.text().len()),
            "floor" => support::parse_floor(p),
            m => panic!("unknown mode {m}"),
        }
    };
    // One pass first, untimed: lazily built tables (regexes, word lists)
    // are built once per process, not once per page. Under callgrind,
    // `--toggle-collect='*ms_per_page*'` counts the timed rounds alone.
    for p in &pages {
        std::hint::black_box(run(p));
    }
    let ms = support::ms_per_page(&pages, rounds, run);
    println!("{ms:.4}");
}
