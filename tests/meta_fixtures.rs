//! Metadata fixtures: `tests/fixtures/meta/NAME.html` and the expected
//! metadata in `NAME.json` (title, authors, date, date_modified, site_name,
//! description, language, url, image, tags, categories); a key left out of
//! `NAME.json` is not checked. Every field that differs is reported, by
//! case, then the test fails once.

use std::path::Path;

use serde_json::{json, Value};

fn actual(a: &decruft::Article) -> Value {
    json!({
        "title": a.title(),
        "authors": a.authors(),
        "date": a.date(),
        "date_modified": a.date_modified(),
        "categories": a.categories(),
        "site_name": a.site_name(),
        "description": a.description(),
        "language": a.language(),
        "url": a.url(),
        "image": a.image(),
        "tags": a.tags(),
    })
}

#[test]
fn meta_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/meta");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/meta exists")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .into_string()
                .ok()?
                .strip_suffix(".html")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 8,
        "expected at least 8 cases, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let bytes = std::fs::read(dir.join(format!("{name}.html"))).expect("readable");
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("expected json"),
        )
        .expect("valid json");
        let article = decruft::extract_bytes(&bytes, None).expect("extracts");
        let got = actual(&article);
        for (key, want) in expected.as_object().into_iter().flatten() {
            if got.get(key) != Some(want) {
                failures.push(format!(
                    "{name}.{key}: expected {want}, got {}",
                    got.get(key).unwrap_or(&Value::Null)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} metadata mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
