//! Dumps the page-type model's features for a set of pages, one tab-separated
//! line per page after a header of feature names: the training input of
//! `tools/train_pagetype.py`. Pages are files (`.html` or `.html.gz`) named
//! on the command line or one per line on standard input.
//!
//! `cargo run --release --features internals,warc --example pagetype_features -- PAGE...`

use std::io::{BufRead, Read, Write};

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    let raw = std::fs::read(path)?;
    if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice()).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        for line in std::io::stdin().lock().lines() {
            paths.push(line?);
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut header = false;
    for path in paths {
        let html = decruft::stages::decode(&read(&path)?);
        let features = decruft::stages::page_type_features(&decruft::stages::parse(&html));
        if !header {
            let names: Vec<&str> = features.iter().map(|(n, _)| *n).collect();
            writeln!(out, "page\t{}", names.join("\t"))?;
            header = true;
        }
        // Each value as the shortest decimal that reads back as the same
        // f32: the model's stumps compare them with thresholds exactly.
        let values: Vec<String> = features.iter().map(|(_, v)| format!("{v}")).collect();
        writeln!(out, "{path}\t{}", values.join("\t"))?;
    }
    Ok(())
}
