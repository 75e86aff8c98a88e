//! Development tool: writes the dev-set pages as one WARC.gz, to measure
//! `decruft extract` on an archive as crawls deliver it: a warcinfo record,
//! then for each page a request and a `200 OK` text/html response record
//! (its target URI the page's URL from ground-truth.json), one gzip member
//! per record.
//!
//! ```text
//! cargo run --release --example devwarc -- /tmp/dev.warc.gz [COPIES]
//! target/release/decruft extract --format json --jobs 2 /tmp/dev.warc.gz > /dev/null
//! ```
//! COPIES (default 1) repeats the set, for a larger archive.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::io::Write;

#[path = "../tests/support/metric.rs"]
mod metric;

fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: devwarc OUT.warc.gz [COPIES]");
    let copies: usize = args.next().map_or(1, |c| c.parse().expect("COPIES"));
    let dir = metric::dataset_dir();
    let pages = metric::load(&dir).expect("dataset");
    let truth: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("ground-truth.json")).expect("ground-truth.json"),
    )
    .expect("JSON");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    let mut member = |bytes: &[u8]| {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(bytes).unwrap();
        out.write_all(&gz.finish().unwrap()).unwrap();
    };
    member(&record(
        "warcinfo",
        "",
        "application/warc-fields",
        b"software: decruft devwarc\r\n",
    ));
    for copy in 0..copies {
        for p in &pages {
            let url = truth[&p.id]["url"]
                .as_str()
                .unwrap_or("https://example.invalid/");
            let url = if copies > 1 {
                format!("{url}#{copy}")
            } else {
                url.to_owned()
            };
            let host = url.split('/').nth(2).unwrap_or("example.invalid");
            let request = format!("GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n");
            member(&record(
                "request",
                &url,
                "application/http; msgtype=request",
                request.as_bytes(),
            ));
            let mut response = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
                p.html.len()
            )
            .into_bytes();
            response.extend_from_slice(&p.html);
            member(&record(
                "response",
                &url,
                "application/http; msgtype=response",
                &response,
            ));
        }
    }
    println!("{} pages × {copies} written to {path}", pages.len());
}
