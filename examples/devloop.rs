//! Profiling helper: extracts every dev-set page `N` times (default 5),
//! with the pages decompressed up front, and prints ms per page.
//! `cargo run --release --example devloop -- 5`

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

#[path = "../tests/support/metric.rs"]
mod metric;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let pages = metric::load(&metric::dataset_dir()).expect("dataset");
    let extractor = decruft::Extractor::default();
    let t = std::time::Instant::now();
    let mut out = 0;
    for _ in 0..n {
        for p in &pages {
            out += extractor
                .extract_bytes(&p.html, None)
                .map_or(0, |a| a.text().len());
        }
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / (n * pages.len()) as f64;
    println!("{ms:.3} ms/page ({out} bytes out)");
}
