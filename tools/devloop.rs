//! Profiling helper: runs every dev-set page `N` times (default 5), with the
//! pages decompressed up front, and prints ms per page for each stage and
//! end to end. `cargo run --release --features internals --example devloop -- 5`

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::Instant;

use decruft::stages;

#[path = "../tests/support/metric.rs"]
mod metric;

#[path = "../benches/support/mod.rs"]
mod support;
use support::parse_floor;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let pages = metric::load(&metric::dataset_dir()).expect("dataset");
    let per_page = |t: Instant| t.elapsed().as_secs_f64() * 1000.0 / (n * pages.len()) as f64;

    let extractor = decruft::Extractor::default();
    let t = Instant::now();
    let mut out = 0;
    for _ in 0..n {
        for p in &pages {
            out += extractor
                .extract_bytes(&p.html, None)
                .map_or(0, |a| a.text().len());
        }
    }
    let total = per_page(t);
    if std::env::args().nth(2).as_deref() == Some("e2e") {
        println!("{total:.3} ms/page end to end ({out} bytes out)");
        return;
    }

    let texts: Vec<String> = pages.iter().map(|p| stages::decode(&p.html)).collect();
    let t = Instant::now();
    for _ in 0..n {
        for p in &pages {
            out += stages::decode(&p.html).len();
        }
    }
    let decode = per_page(t);
    let t = Instant::now();
    for _ in 0..n {
        for h in &texts {
            out += stages::parse(h).nodes();
        }
    }
    let parse = per_page(t);
    let parsed: Vec<_> = texts.iter().map(|h| stages::parse(h)).collect();
    let t = Instant::now();
    for _ in 0..n {
        for p in &parsed {
            out += stages::analyse(p).blocks();
        }
    }
    let analyse = per_page(t);
    let analysed: Vec<_> = parsed.iter().map(stages::analyse).collect();
    let t = Instant::now();
    for _ in 0..n {
        for a in &analysed {
            out += stages::render_text(a).len();
        }
    }
    let render = per_page(t);
    let t = Instant::now();
    for _ in 0..n {
        for p in &pages {
            out += parse_floor(&p.html);
        }
    }
    let floor = per_page(t);
    println!(
        "{total:.3} ms/page end to end = {:.2} x the parse floor ({floor:.3}); \
         decode {decode:.3}, parse {parse:.3}, \
         analyse {analyse:.3}, render {render:.3} ({out} bytes out)",
        total / floor
    );
}
