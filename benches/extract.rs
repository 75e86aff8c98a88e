//! Benchmarks: end-to-end extraction on committed pages (small, medium,
//! large; several languages) beside the parse floor (html5ever into an RcDom
//! plus one walk over every node), the dev-set pages when `DECRUFT_DATASET`
//! is set (with the ratio extraction / parse floor printed), and hostile
//! shapes grown from 1k to 64k so that superlinear growth shows. Per-stage
//! timings are in `benches/stages.rs`.
//!
//! `cargo bench --bench extract` (add `-- scaling` for one group).

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

mod support;
use support::{ms_per_page, page, parse_floor, PAGES};

fn pages(c: &mut Criterion) {
    let extractor = decruft::Extractor::default();
    let mut g = c.benchmark_group("pages");
    for (name, path) in PAGES {
        let html = page(path);
        g.throughput(Throughput::Bytes(html.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", name), &html, |b, h| {
            b.iter(|| extractor.extract_bytes(black_box(h), None))
        });
        g.bench_with_input(BenchmarkId::new("parse_floor", name), &html, |b, h| {
            b.iter(|| parse_floor(black_box(h)))
        });
    }
    g.finish();
}

fn dev_set(c: &mut Criterion) {
    let Some(pages) = support::dev_set() else {
        return;
    };
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let extractor = decruft::Extractor::default();
    let extract = |h: &[u8]| {
        extractor
            .extract_bytes(h, None)
            .map_or(0, |a| a.text().len())
    };
    let mut g = c.benchmark_group("dev_set");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract", |b| {
        b.iter(|| pages.iter().map(|h| extract(h)).sum::<usize>())
    });
    g.bench_function("parse_floor", |b| {
        b.iter(|| pages.iter().map(|h| parse_floor(h)).sum::<usize>())
    });
    g.finish();
    // The ratio, from the best of several rounds of each, interleaved.
    let (mut e, mut f) = (f64::MAX, f64::MAX);
    for _ in 0..5 {
        e = e.min(ms_per_page(&pages, 2, extract));
        f = f.min(ms_per_page(&pages, 2, parse_floor));
    }
    let mb = bytes as f64 / pages.len() as f64 / 1e6;
    eprintln!(
        "dev_set: {} pages, {:.0} KB/page; extract {e:.3} ms/page ({:.0} pages/s, {:.1} MB/s), \
         parse floor {f:.3} ms/page ({:.1} MB/s): extract / floor = {:.2}",
        pages.len(),
        mb * 1000.0,
        1000.0 / e,
        mb * 1000.0 / e,
        mb * 1000.0 / f,
        e / f
    );
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
