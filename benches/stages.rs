//! Per-stage benchmarks (feature `internals`): decode (bytes to text),
//! parse (pre-scan, token filter, html5ever, arena), analyse (metadata,
//! prune, segment, score, select, clean) and render (plain text), plus end
//! to end and the parse floor, on the committed pages and, when
//! `DECRUFT_DATASET` is set, on the dev set (one sample = all its pages).
//!
//! `cargo bench --features internals --bench stages`

#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use decruft::stages;

mod support;
use support::{page, parse_floor, PAGES};

fn bench_pages(c: &mut Criterion, group: &str, pages: &[(String, Vec<u8>)]) {
    let extractor = decruft::Extractor::default();
    let mut g = c.benchmark_group(group);
    for (name, bytes) in pages {
        g.throughput(Throughput::Bytes(bytes.len() as u64));
        let text = stages::decode(bytes);
        let parsed = stages::parse(&text);
        let analysed = stages::analyse(&parsed);
        g.bench_with_input(BenchmarkId::new("decode", name), bytes, |b, h| {
            b.iter(|| stages::decode(black_box(h)))
        });
        g.bench_with_input(BenchmarkId::new("parse", name), &text, |b, t| {
            b.iter(|| stages::parse(black_box(t)))
        });
        g.bench_with_input(BenchmarkId::new("analyse", name), &parsed, |b, p| {
            b.iter(|| stages::analyse(black_box(p)).blocks())
        });
        g.bench_with_input(BenchmarkId::new("render", name), &analysed, |b, a| {
            b.iter(|| stages::render_text(black_box(a)))
        });
        g.bench_with_input(BenchmarkId::new("end_to_end", name), bytes, |b, h| {
            b.iter(|| extractor.extract_bytes(black_box(h), None))
        });
        g.bench_with_input(BenchmarkId::new("parse_floor", name), bytes, |b, h| {
            b.iter(|| parse_floor(black_box(h)))
        });
    }
    g.finish();
}

fn committed(c: &mut Criterion) {
    let pages: Vec<(String, Vec<u8>)> = PAGES
        .iter()
        .map(|(name, path)| ((*name).to_owned(), page(path)))
        .collect();
    bench_pages(c, "stages", &pages);
}

fn dev_set(c: &mut Criterion) {
    let Some(pages) = support::dev_set() else {
        return;
    };
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let texts: Vec<String> = pages.iter().map(|p| stages::decode(p)).collect();
    let parsed: Vec<_> = texts.iter().map(|t| stages::parse(t)).collect();
    let analysed: Vec<_> = parsed.iter().map(stages::analyse).collect();
    let extractor = decruft::Extractor::default();
    let mut g = c.benchmark_group("stages_dev_set");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("decode", |b| {
        b.iter(|| pages.iter().map(|p| stages::decode(p).len()).sum::<usize>())
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| stages::parse(t).nodes())
                .sum::<usize>()
        })
    });
    g.bench_function("analyse", |b| {
        b.iter(|| {
            parsed
                .iter()
                .map(|p| stages::analyse(p).blocks())
                .sum::<usize>()
        })
    });
    g.bench_function("render", |b| {
        b.iter(|| {
            analysed
                .iter()
                .map(|a| stages::render_text(a).len())
                .sum::<usize>()
        })
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| {
                    extractor
                        .extract_bytes(p, None)
                        .map_or(0, |a| a.text().len())
                })
                .sum::<usize>()
        })
    });
    g.bench_function("parse_floor", |b| {
        b.iter(|| pages.iter().map(|p| parse_floor(p)).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, committed, dev_set);
criterion_main!(benches);
