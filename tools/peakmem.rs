//! Peak memory of one extraction: reads a page (plain or .gz), notes the
//! process's peak resident set, extracts, and prints the page's size and
//! how much the peak grew (Linux: VmHWM). One page per process, so that
//! each peak is its own: `for f in pages/*; do cargo run --release --example
//! peakmem -- "$f"; done`.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Read;

fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let path = std::env::args().nth(1).expect("a page");
    let raw = std::fs::read(&path).expect("readable");
    let bytes = if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .expect("gzip");
        out
    } else {
        raw
    };
    // Warm the lazily built tables first: they are shared by every page.
    let _ = decruft::extract("<p>warm</p>");
    let before = peak_rss_kib();
    let article = decruft::extract_bytes(&bytes, None).expect("within limits");
    let after = peak_rss_kib();
    std::hint::black_box(article);
    println!("{} {}", bytes.len(), after.saturating_sub(before) * 1024);
}
