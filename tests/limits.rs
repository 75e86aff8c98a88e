//! Torture inputs (generated in `support/torture.rs`). Each asserts a
//! property of the output, never a time: speed is shown by the benchmarks
//! and `tools/torture.rs`.

use crate::support::torture::{inputs, MARKER};

#[test]
fn torture_inputs_keep_their_marker_and_drop_the_rest() {
    let mut failures = Vec::new();
    for (name, make) in inputs() {
        let html = make();
        let article = match decruft::extract(&html) {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        let text = article.text();
        let ok = match name.as_str() {
            "links-1m" => text.contains(MARKER) && !text.contains("link 999999"),
            "text-20mb" => text.len() == "word ".repeat(4_000_000).trim_end().len(),
            "attribute-10mb" | "attributes-100k" | "br-100k" => text == MARKER,
            "comment-form-only" | "empty" | "whitespace" => text.is_empty(),
            _ => text.contains(MARKER),
        };
        if !ok {
            let head: String = text.chars().take(120).collect();
            failures.push(format!("{name}: unexpected output {head:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn invalid_utf8_and_nul_bytes_decode_to_replacement_characters() {
    let mut page = b"<meta charset=utf-8><p>".to_vec();
    page.extend_from_slice(MARKER.as_bytes());
    page.extend_from_slice(b" \xff\xfe \xc3 \x00 \xe2\x82 end.</p>");
    let article = decruft::extract_bytes(&page, None).expect("small input");
    assert!(article.text().starts_with(MARKER), "{:?}", article.text());
    assert!(article.text().contains('\u{fffd}'), "{:?}", article.text());
    assert!(!article.text().contains('\u{0}'));
}
