//! The hand-made `clean_text` cases of issue 19, one table:
//! `tests/fixtures/clean/cases.txt` (its header gives the format). Every
//! case that differs is named with a line diff, then the test fails once;
//! the table must keep covering every class in several languages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::fixtures::diff;

/// One case of the table.
struct Case {
    name: String,
    lang: String,
    script: String,
    class: String,
    input: String,
    expected: String,
}

/// `\u{XXXX}` escapes to their characters.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("closed escape");
        let c = u32::from_str_radix(&after[..end], 16)
            .ok()
            .and_then(char::from_u32)
            .expect("valid escape");
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn parse(text: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in text.split("\n=== ").skip(1) {
        let (head, body) = block.split_once('\n').expect("a case has a body");
        let fields: Vec<&str> = head.split('|').map(str::trim).collect();
        assert_eq!(fields.len(), 4, "case header {head:?}");
        let (input, expected) = body
            .split_once("\n---\n")
            .expect("input and output are split by ---");
        let expected = expected.trim_end_matches('\n');
        cases.push(Case {
            name: fields[0].to_owned(),
            lang: fields[1].to_owned(),
            script: fields[2].to_owned(),
            class: fields[3].to_owned(),
            input: unescape(input),
            expected: if expected.is_empty() {
                String::new()
            } else {
                unescape(expected) + "\n"
            },
        });
    }
    cases
}

#[test]
fn clean_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/clean/cases.txt");
    let cases = parse(&std::fs::read_to_string(path).expect("cases.txt"));
    let langs: BTreeSet<&str> = cases.iter().map(|c| c.lang.as_str()).collect();
    let scripts: BTreeSet<&str> = cases.iter().map(|c| c.script.as_str()).collect();
    let mut by_class: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in &cases {
        by_class.entry(&c.class).or_default().insert(&c.lang);
    }
    assert!(cases.len() >= 40, "{} cases, fewer than 40", cases.len());
    assert!(langs.len() >= 15, "{} languages: {langs:?}", langs.len());
    assert!(scripts.len() >= 6, "{} scripts: {scripts:?}", scripts.len());
    for class in [
        "mojibake", "joiner", "bidi", "button", "pitch", "byline", "counter", "label", "related",
        "keep", "context",
    ] {
        let n = by_class.get(class).map_or(0, BTreeSet::len);
        assert!(
            n >= 3 || (class == "keep" && n >= 2),
            "class {class} in {n} languages"
        );
    }
    let mut failures = Vec::new();
    for c in &cases {
        let actual = decruft::clean_text(&c.input);
        if actual != c.expected {
            failures.push(format!(
                "{} ({}):\n{}",
                c.name,
                c.class,
                diff(&c.expected, &actual)
            ));
        }
        // Cleaning twice changes nothing more.
        let again = decruft::clean_text(&actual);
        if again != actual {
            failures.push(format!("{}: a second clean changes the text", c.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} clean cases differ:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
