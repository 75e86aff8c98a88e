//! Replays the minimized fuzz finds under `fuzz/regressions/<target>/` on
//! the stable toolchain, with the targets' own checks, so CI guards them
//! without nightly. Each find's root cause is in `fuzz/regressions/README.md`.

use std::path::Path;

use crate::support::oracle;

fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| {
                let e = e.ok()?;
                Some((
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).ok()?,
                ))
            })
            .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

#[test]
fn extract_finds() {
    let mut failures = Vec::new();
    for (name, bytes) in cases("extract") {
        let html = String::from_utf8_lossy(&bytes);
        match decruft::extract(&html) {
            Ok(a) => {
                if let Err(e) = oracle::words_from_input(&html, a.text()) {
                    failures.push(format!("{name}: {e}"));
                }
                if let Ok(b) = decruft::extract_bytes(&bytes, None) {
                    let utf8 =
                        std::str::from_utf8(&bytes).is_ok_and(|s| !s.starts_with('\u{feff}'));
                    if b.encoding() == Some("UTF-8") && utf8 && b.text() != a.text() {
                        failures.push(format!("{name}: extract_bytes differs from extract"));
                    }
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn clean_text_finds() {
    let mut failures = Vec::new();
    for (name, bytes) in cases("clean_text") {
        let text = String::from_utf8_lossy(&bytes);
        let once = decruft::clean_text(&text);
        if decruft::clean_text(&once) != once {
            failures.push(format!("{name}: not idempotent"));
        }
        if let Err(e) = oracle::clean_words_from_input(&text, &once) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
