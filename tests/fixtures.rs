//! Data-driven fixtures: every `tests/fixtures/NAME.html` is extracted and its
//! headline and body compared with `NAME.txt` (headline, blank line, body; an
//! empty file for a page without main content), and every output word must
//! be a word of the page (`support/oracle.rs`). Every mismatch is reported by
//! name with a line diff, then the test fails once.

use std::fmt::Write as _;
use std::path::Path;

/// What a fixture's `.txt` holds for an article: title + blank line + body.
pub fn rendered(article: &decruft::Article) -> String {
    if article.text().is_empty() {
        return String::new();
    }
    let mut s = String::new();
    if let Some(t) = article.title() {
        s.push_str(t);
        s.push_str("\n\n");
    }
    s.push_str(article.text());
    s.push('\n');
    s
}

/// A line diff (longest common subsequence), `-` expected, `+` actual.
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            let _ = writeln!(out, "    + {}", b[j]);
            j += 1;
        } else {
            let _ = writeln!(out, "    - {}", a[i]);
            i += 1;
        }
    }
    out
}

/// The names of the `NAME.html` fixtures in `dir`, sorted.
pub fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/fixtures exists")
        .filter_map(|e| {
            let p = e.ok()?.path();
            (p.extension()? == "html").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort();
    names
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let names = names(&dir);
    assert!(
        names.len() >= 25,
        "expected at least 25 fixtures, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let html = std::fs::read(dir.join(format!("{name}.html"))).expect("readable fixture");
        let html = String::from_utf8_lossy(&html);
        let expected = match std::fs::read_to_string(dir.join(format!("{name}.txt"))) {
            Ok(t) => t,
            Err(e) => {
                failures.push(format!("{name}: no expected output {name}.txt ({e})"));
                continue;
            }
        };
        match decruft::extract(&html) {
            Ok(article) => {
                let actual = rendered(&article);
                if actual != expected {
                    failures.push(format!("{name}:\n{}", diff(&expected, &actual)));
                }
                // Every word from the page, none glued across two blocks.
                if let Err(e) = crate::support::oracle::words_from_input(&html, article.text()) {
                    failures.push(format!("{name}: {e}"));
                }
            }
            Err(e) => failures.push(format!("{name}: error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
