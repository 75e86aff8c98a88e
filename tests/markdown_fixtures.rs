//! Renderer fixtures. For every extraction fixture `tests/fixtures/NAME.html`:
//! the Markdown stripped of its markup must be the plain text (round trip);
//! where `NAME.md` exists, the Markdown (links and images on, relative URLs
//! against the page's `<base href>`) must equal it; where `NAME.json`
//! exists, the article serialized with comments on must equal it (compared as
//! JSON values). Every mismatch is named, then the test fails once.

use std::path::Path;

use crate::fixtures::{diff, names};
use crate::support::markdown::{strip, words};

#[test]
fn markdown_and_json_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let names = names(&dir);
    let md_options = decruft::Options::new()
        .markdown(true)
        .links(true)
        .images(true)
        .build();
    let json_options = decruft::Options::new().comments(true).build();
    let (mut failures, mut md_checked, mut json_checked) = (Vec::new(), 0, 0);
    for name in &names {
        let html = std::fs::read(dir.join(format!("{name}.html"))).expect("readable fixture");
        let a = match md_options.extract_bytes(&html, None) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let md = a.markdown().unwrap_or_default();
        if words(&strip(md)) != words(a.text()) {
            failures.push(format!(
                "{name}: Markdown stripped of markup is not the text:\n{}",
                diff(a.text(), &strip(md))
            ));
        }
        if let Ok(expected) = std::fs::read_to_string(dir.join(format!("{name}.md"))) {
            md_checked += 1;
            let actual = format!("{md}\n");
            if actual != expected {
                failures.push(format!("{name}.md:\n{}", diff(&expected, &actual)));
            }
        }
        if let Ok(expected) = std::fs::read_to_string(dir.join(format!("{name}.json"))) {
            json_checked += 1;
            let a = json_options
                .extract_bytes(&html, None)
                .expect("fixture size");
            let actual = serde_json::to_value(&a).expect("serializable");
            let expected: serde_json::Value = match serde_json::from_str(&expected) {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("{name}.json: not JSON ({e})"));
                    continue;
                }
            };
            if actual != expected {
                let pretty =
                    |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default();
                failures.push(format!(
                    "{name}.json:\n{}",
                    diff(&pretty(&expected), &pretty(&actual))
                ));
            }
        }
    }
    assert!(
        md_checked >= 5,
        "expected at least 5 .md fixtures, found {md_checked}"
    );
    assert!(
        json_checked >= 3,
        "expected at least 3 .json fixtures, found {json_checked}"
    );
    assert!(
        failures.is_empty(),
        "{} renderer fixture checks failed:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
