//! Pages in legacy encodings (`tests/fixtures/encoding/NAME.html`, raw
//! bytes) go through `extract_bytes` and must give `NAME.txt` (headline,
//! blank line, body). A `NAME.content-type` file, when present, is passed
//! as the transport Content-Type. Every mismatch is reported by name.

use std::path::Path;

use crate::fixtures::{diff, rendered};

#[test]
fn encoding_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encoding");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/encoding exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".html").map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(
        names.len() >= 14,
        "expected at least 14 cases, found {}",
        names.len()
    );
    let mut failures = Vec::new();
    for name in &names {
        let bytes = std::fs::read(dir.join(format!("{name}.html"))).expect("readable");
        let content_type = std::fs::read_to_string(dir.join(format!("{name}.content-type"))).ok();
        let expected =
            std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("expected text");
        match decruft::extract_bytes(&bytes, content_type.as_deref()) {
            Ok(a) => {
                let actual = rendered(&a);
                if actual != expected {
                    failures.push(format!(
                        "{name} (decoded as {:?}):\n{}",
                        a.encoding(),
                        diff(&expected, &actual)
                    ));
                }
            }
            Err(e) => failures.push(format!("{name}: error {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} encoding fixtures differ:\n\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
