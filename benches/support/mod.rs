//! Pages and the parse floor shared by the benches.

#![allow(dead_code)]

use std::io::Read;
use std::path::Path;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

/// Committed pages: small, medium and large, in several languages and
/// scripts (name, path under the crate root).
pub const PAGES: [(&str, &str); 6] = [
    ("small_en", "tests/fixtures/en-markdown-structures.html"),
    ("small_zh", "tests/fixtures/zh-news-portal.html"),
    ("medium_fr", "tests/fixtures/fr-wordpress-leaked.html"),
    ("medium_ar", "tests/fixtures/ar-news-rtl.html"),
    ("medium_en", "tests/fixtures/en-wordpress-comments.html"),
    ("large_de", "benches/data/de-longread-large.html"),
];

/// A committed page's bytes.
pub fn page(path: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The dev-set pages (decompressed bytes) from `DECRUFT_DATASET`: `None`
/// with a message when it is unset, a panic when it is set but unreadable.
pub fn dev_set() -> Option<Vec<Vec<u8>>> {
    let Some(dir) = std::env::var_os("DECRUFT_DATASET") else {
        eprintln!("dev_set: skipped (DECRUFT_DATASET is not set)");
        return None;
    };
    let dir = Path::new(&dir).join("html");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "DECRUFT_DATASET is set but {} is unreadable: {e}",
            dir.display()
        )
    });
    let mut pages = Vec::new();
    for e in entries.flatten() {
        let gz = std::fs::read(e.path()).expect("readable page");
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut raw)
            .expect("gzip");
        pages.push(raw);
    }
    assert!(!pages.is_empty(), "DECRUFT_DATASET has no pages");
    pages.sort();
    Some(pages)
}

/// The parse floor: html5ever into an RcDom and one walk over all nodes.
pub fn parse_floor(html: &[u8]) -> usize {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .one(html);
    let mut stack = vec![dom.document.clone()];
    let mut n = 0;
    while let Some(node) = stack.pop() {
        n += 1;
        stack.extend(node.children.borrow().iter().cloned());
    }
    n
}

/// Best of `rounds` timings of `f` over all `pages`, in ms per page.
pub fn ms_per_page(pages: &[Vec<u8>], rounds: usize, mut f: impl FnMut(&[u8]) -> usize) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        let mut sink = 0;
        for p in pages {
            sink += f(p);
        }
        std::hint::black_box(sink);
        best = best.min(t.elapsed().as_secs_f64() * 1000.0 / pages.len() as f64);
    }
    best
}
