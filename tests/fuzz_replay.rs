//! Replays the minimized fuzz finds under `fuzz/regressions/<target>/` on
//! the stable toolchain, with the targets' own checks, so CI guards them
//! without nightly. Each find's root cause is in `fuzz/regressions/README.md`.

use std::path::Path;

use crate::support::{checks, fuzz_checks, markdown};

fn cases(target: &str) -> Vec<(String, Vec<u8>)> {
    files_in("fuzz/regressions", target)
}

/// The seed corpus of a target (`fuzz/seeds/<target>/`) and its finds, if
/// any: the newer targets have no finds yet, so their seeds are replayed
/// with the same checks.
fn seeds_and_finds(target: &str) -> Vec<(String, Vec<u8>)> {
    let mut all = files_in("fuzz/seeds", target);
    let finds = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    if finds.exists() {
        all.extend(files_in("fuzz/regressions", target));
    }
    all
}

fn files_in(root: &str, target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(root)
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
    // A missing or empty directory must not pass silently.
    assert!(
        !out.is_empty(),
        "no regression inputs under {}",
        dir.display()
    );
    out
}

/// Each case through `check`, every failure named.
fn replay(target: &str, check: impl Fn(&str, &[u8]) -> Result<(), String>) {
    let failures: Vec<String> = cases(target)
        .into_iter()
        .filter_map(|(name, bytes)| check(&name, &bytes).err().map(|e| format!("{name}: {e}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn extract_finds() {
    replay("extract", |_, bytes| fuzz_checks::check_extract(bytes));
}

#[test]
fn clean_text_finds() {
    replay("clean_text", |_, bytes| {
        fuzz_checks::check_clean_text(&String::from_utf8_lossy(bytes))
    });
}

/// An `extract_options` case: `key=value` lines, `---`, then the page.
fn options_case(text: &str) -> Option<(decruft::Options, &str)> {
    let (head, html) = text.split_once("\n---\n")?;
    let mut o = decruft::Options::new();
    for line in head.lines() {
        let (k, v) = line.split_once('=')?;
        let n = || v.parse::<usize>().ok();
        o = match k {
            "max_input_bytes" => o.max_input_bytes(n()?),
            "max_depth" => o.max_depth(n()?),
            "max_elements" => o.max_elements(n()?),
            "max_attributes" => o.max_attributes(n()?),
            "max_attribute_len" => o.max_attribute_len(n()?),
            "captions" => o.captions(v == "true"),
            _ => return None,
        };
    }
    Some((o, html))
}

#[test]
fn extract_options_finds() {
    replay("extract_options", |_, bytes| {
        let text = String::from_utf8_lossy(bytes);
        let (options, html) = options_case(&text).ok_or("not a case file")?;
        fuzz_checks::check_extract_options(options, html)
    });
}

#[test]
fn markdown_finds() {
    replay("markdown", |_, bytes| {
        markdown::check(&String::from_utf8_lossy(bytes))
    });
}

#[test]
fn extract_bytes_seeds_and_finds() {
    let failures: Vec<String> = seeds_and_finds("extract_bytes")
        .into_iter()
        .filter_map(|(name, bytes)| {
            checks::extract_bytes(&bytes)
                .err()
                .map(|e| format!("{name}: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[cfg(feature = "warc")]
#[test]
fn warc_seeds_and_finds() {
    let failures: Vec<String> = seeds_and_finds("warc")
        .into_iter()
        .filter_map(|(name, bytes)| {
            crate::support::warc_check::warc(&bytes)
                .err()
                .map(|e| format!("{name}: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
