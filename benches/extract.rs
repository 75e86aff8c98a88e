//! Benchmarks: extraction on committed pages beside the parse floor
//! (html5ever into an RcDom plus one walk over every node), the dev-set pages
//! when `DECRUFT_DATASET` is set, and hostile shapes grown from 1k to 64k so
//! that superlinear growth shows.
//!
//! `cargo bench --bench extract` (add `-- scaling` for one group).

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::io::Read;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// Committed pages of three sizes and scripts.
const PAGES: [&str; 4] = [
    "fr-wordpress-leaked",
    "en-wordpress-comments",
    "zh-news-portal",
    "ar-news-rtl",
];

fn page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/{name}.html"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The parse floor: html5ever into an RcDom and one walk over all nodes.
fn parse_floor(html: &str) -> usize {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut stack = vec![dom.document.clone()];
    let mut n = 0;
    while let Some(node) = stack.pop() {
        n += 1;
        stack.extend(node.children.borrow().iter().cloned());
    }
    n
}

fn pages(c: &mut Criterion) {
    let extractor = decruft::Extractor::default();
    let mut g = c.benchmark_group("pages");
    for name in PAGES {
        let html = page(name);
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", name), &html, |b, h| {
            b.iter(|| extractor.extract(black_box(h)))
        });
        g.bench_with_input(BenchmarkId::new("parse_floor", name), &html, |b, h| {
            b.iter(|| parse_floor(black_box(h)))
        });
    }
    g.finish();
}

fn dev_set(c: &mut Criterion) {
    let Some(dir) = std::env::var_os("DECRUFT_DATASET") else {
        eprintln!("dev_set: skipped (DECRUFT_DATASET is not set)");
        return;
    };
    let dir = Path::new(&dir).join("html");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "DECRUFT_DATASET is set but {} is unreadable: {e}",
            dir.display()
        )
    });
    let mut htmls = Vec::new();
    for e in entries.flatten() {
        let gz = std::fs::read(e.path()).expect("readable page");
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut raw)
            .expect("gzip");
        htmls.push(String::from_utf8_lossy(&raw).into_owned());
    }
    assert!(!htmls.is_empty(), "DECRUFT_DATASET has no pages");
    let bytes: usize = htmls.iter().map(String::len).sum();
    let extractor = decruft::Extractor::default();
    let mut g = c.benchmark_group("dev_set");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract", |b| {
        b.iter(|| {
            htmls
                .iter()
                .map(|h| extractor.extract(h).map_or(0, |a| a.text().len()))
                .sum::<usize>()
        })
    });
    g.bench_function("parse_floor", |b| {
        b.iter(|| htmls.iter().map(|h| parse_floor(h)).sum::<usize>())
    });
    g.finish();
}

fn scaling(c: &mut Criterion) {
    let extractor = decruft::Extractor::default();
    type Shape = (&'static str, fn(usize) -> String);
    let shapes: [Shape; 6] = [
        ("nested_div", |n| {
            format!("{}<p>bottom</p>{}", "<div>".repeat(n), "</div>".repeat(n))
        }),
        ("nested_li", |n| "<ul><li>".repeat(n)),
        ("sibling_links", |n| {
            (0..n)
                .map(|i| format!("<a href='/{i}'>link {i}</a>"))
                .collect()
        }),
        ("misnested_formatting", |n| {
            (0..n)
                .map(|i| format!("<b id={i}><i><p>x</b></i>"))
                .collect()
        }),
        ("attributes_on_one_tag", |n| {
            let attrs: String = (0..n).map(|i| format!(" a{i}=\"{i}\"")).collect();
            format!("<div{attrs}><p>text</p></div>")
        }),
        ("nested_table", |n| "<table><tr><td>".repeat(n)),
    ];
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    for (name, make) in shapes {
        for n in [1_000, 4_000, 16_000, 64_000] {
            let html = make(n);
            g.throughput(Throughput::Bytes(html.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, n), &html, |b, h| {
                b.iter(|| extractor.extract(black_box(h)))
            });
        }
    }
    g.finish();
}

criterion_group!(benches, pages, dev_set, scaling);
criterion_main!(benches);
