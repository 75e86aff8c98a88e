//! The `decruft` program (built with the `cli` feature).
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_decruft");

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_the_body_of_each_file() {
    let out = Command::new(BIN)
        .args(["extract", &fixture("fr-wordpress-leaked.html")])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("ANKARA, TURQUIE –"), "{text}");
    assert!(!text.contains("Laisser un commentaire"));
}

#[test]
fn an_unreadable_file_is_named_and_the_rest_still_processed() {
    let out = Command::new(BIN)
        .args([
            "extract",
            "--format",
            "json",
            "/nonexistent/page.html",
            &fixture("fr-wordpress-leaked.html"),
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/page.html"), "{err}");
    let json = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(json.lines().count(), 1);
    let v: serde_json::Value = serde_json::from_str(json.trim()).expect("valid JSON");
    assert_eq!(
        v["title"],
        "Les armées syrienne et turque s'engagent dans de nouveaux affrontements meurtriers à Idlib"
    );
    assert!(v["text"].as_str().is_some_and(|t| t.contains("Sotchi")));
}

#[test]
fn reads_standard_input_and_prints_the_title_on_request() {
    let mut child = Command::new(BIN)
        .args(["extract", "--title", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(b"<h1>Headline</h1><p>A body sentence that is long enough to count.</p>")
        .expect("written");
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf-8"),
        "Headline\n\nA body sentence that is long enough to count.\n"
    );
}

#[test]
fn markdown_format_with_links_and_comments() {
    let out = Command::new(BIN)
        .args([
            "extract",
            "--format",
            "markdown",
            "--title",
            "--links",
            "--comments",
            &fixture("en-markdown-structures.html"),
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.starts_with("# A field guide to sourdough starters\n\n"),
        "{md}"
    );
    assert!(md.contains(
        "[feeding schedule](https://crumbandcrust.example/guides/feeding-schedule.html)"
    ));
    assert!(md.contains("| Hydration | Texture | Rise \\| peak |"));
    assert!(
        md.contains("\n---\n\nHanna:\nMine smelled of nail polish"),
        "{md}"
    );
    let json = Command::new(BIN)
        .args([
            "extract",
            "--format",
            "json",
            "--comments",
            &fixture("en-markdown-structures.html"),
        ])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(v["comments"][1]["author"], "Crumb & Crust");
    assert_eq!(v["comments"][2]["author"], serde_json::Value::Null);
}
