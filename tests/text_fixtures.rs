//! `clean_text` fixtures: every `tests/fixtures/text/NAME.txt` is cleaned
//! and compared with `NAME.expected.txt`; every mismatch is reported by name
//! with a line diff, then the test fails once.

use std::path::Path;

use crate::fixtures::diff;

#[test]
fn text_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/text");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/text exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            let stem = name.strip_suffix(".txt")?;
            (!stem.ends_with(".expected")).then(|| stem.to_owned())
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 12,
        "expected at least 12 cases, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let input = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("readable");
        let Ok(expected) = std::fs::read_to_string(dir.join(format!("{name}.expected.txt"))) else {
            failures.push(format!("{name}: no {name}.expected.txt"));
            continue;
        };
        let actual = decruft::clean_text(&input);
        if actual != expected {
            failures.push(format!("{name}:\n{}", diff(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} text fixtures differ:\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
