//! The `decruft` program (built with the `cli` feature).
#![cfg(feature = "cli")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub(crate) const BIN: &str = env!("CARGO_BIN_EXE_decruft");

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
    let mut err_lines = err.lines();
    assert!(
        err_lines
            .next()
            .is_some_and(|l| l.contains("/nonexistent/page.html")),
        "{err}"
    );
    assert!(
        err_lines
            .next()
            .is_some_and(|l| l.contains("2 pages: 1 kept, 0 empty, 1 failed")),
        "{err}"
    );
    assert_eq!(err_lines.next(), None, "{err}");
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["source"], "/nonexistent/page.html");
    assert_eq!(records[0]["status"], "error");
    assert!(records[0]["error"].as_str().is_some_and(|e| !e.is_empty()));
    let v = &records[1];
    assert_eq!(v["status"], "ok");
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

/// Parses JSON-lines output; every line must be one whole object.
pub(crate) fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .expect("utf-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

pub(crate) fn sources(records: &[serde_json::Value]) -> Vec<&str> {
    records
        .iter()
        .map(|r| r["source"].as_str().expect("source"))
        .collect()
}

/// A fresh, empty directory for one test.
pub(crate) fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// An article page: a headline and paragraphs long enough to be kept.
pub(crate) fn article(title: &str, body: &str) -> String {
    let paragraphs: String = (1..=3)
        .map(|i| format!("<p>{body} This is sentence number {i} of the story, told at some length so that it reads as prose.</p>"))
        .collect();
    format!(
        "<html><head><title>{title}</title></head><body>\
         <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
         <article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )
}

pub(crate) const EMPTY_PAGE: &str = "<html><body><nav><a href='/'>Home</a></nav></body></html>";

pub(crate) fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip")
}

/// One WARC record, `block` cut to `keep` bytes (a truncated file).
pub(crate) fn warc_record(
    kind: &str,
    uri: &str,
    content_type: &str,
    block: &[u8],
    keep: usize,
) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2024-03-09T10:00:00Z\r\nContent-Type: {content_type}\r\n\
         Content-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(&block[..keep.min(block.len())]);
    if keep >= block.len() {
        r.extend_from_slice(b"\r\n\r\n");
    }
    r
}

pub(crate) fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut b = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    b.extend_from_slice(body);
    b
}

pub(crate) const RESPONSE: &str = "application/http; msgtype=response";

#[test]
fn extracts_the_html_responses_of_a_warc_gz_in_order() {
    let dir = scratch("warc");
    let cyrillic = "Правительство Москвы утвердило новый план развития городского транспорта.";
    let page = format!(
        "<html><head><title>Новый план</title></head><body><article><h1>Новый план</h1>\
         <p>{cyrillic}</p><p>Власти города сообщили, что это должно сократить время в пути \
         для жителей и сделать поездки по столице более удобными.</p></article></body></html>"
    );
    let cp1251 = encoding_rs::WINDOWS_1251.encode(&page).0.into_owned();
    // Not UTF-8: only the HTTP header's charset decodes it right.
    assert!(std::str::from_utf8(&cp1251).is_err());
    let records = [
        warc_record(
            "warcinfo",
            "",
            "application/warc-fields",
            b"software: decruft-test\r\n",
            usize::MAX,
        ),
        warc_record(
            "request",
            "https://a.example/one",
            "application/http; msgtype=request",
            b"GET /one HTTP/1.1\r\nHost: a.example\r\n\r\n",
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://a.example/one",
            RESPONSE,
            &http_response(
                "text/html; charset=utf-8",
                article("First story", "Tides rise twice a day.").as_bytes(),
            ),
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://a.example/logo.png",
            RESPONSE,
            &http_response("image/png", b"\x89PNG\r\n\x1a\n<p>not a page</p>"),
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://ru.example/plan",
            RESPONSE,
            &http_response("text/html; charset=windows-1251", &cp1251),
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://a.example/empty",
            RESPONSE,
            &http_response("application/xhtml+xml", EMPTY_PAGE.as_bytes()),
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://a.example/cut",
            RESPONSE,
            &http_response("text/html", article("Cut", "Never seen.").as_bytes()),
            120,
        ),
    ];
    // One gzip member per record, as crawlers write them.
    let warc: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, warc).expect("written");

    let out = Command::new(BIN)
        .args(["extract", "--format", "json", "--jobs", "2"])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(!out.status.success(), "the truncated record is a failure");
    let records = json_lines(&out.stdout);
    assert_eq!(
        sources(&records),
        [
            "https://a.example/one",
            "https://ru.example/plan",
            "https://a.example/empty",
            "https://a.example/cut"
        ]
    );
    assert_eq!(records[0]["status"], "ok");
    assert_eq!(records[0]["title"], "First story");
    assert!(records[0]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Tides rise twice a day.")));
    assert_eq!(records[1]["status"], "ok");
    assert_eq!(records[1]["encoding"], "windows-1251");
    assert_eq!(records[1]["title"], "Новый план");
    assert!(
        records[1]["text"]
            .as_str()
            .is_some_and(|t| t.contains(cyrillic)),
        "{}",
        records[1]
    );
    assert_eq!(records[1]["language"], "ru");
    assert_eq!(records[2]["status"], "empty");
    assert_eq!(records[2]["text"], "");
    assert_eq!(records[3]["status"], "error");
    assert!(
        records[3]["error"]
            .as_str()
            .is_some_and(|e| e.contains("truncated")),
        "{}",
        records[3]
    );
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("https://a.example/cut"), "{err}");
    assert!(err.contains("4 pages: 2 kept, 1 empty, 1 failed"), "{err}");

    // The same archive uncompressed and named without an extension is
    // recognised by its content.
    let plain: Vec<u8> = records_bytes_plain(&dir);
    let bare = dir.join("crawl-archive");
    std::fs::write(&bare, plain).expect("written");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&bare)
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(sources(&json_lines(&out.stdout)), ["https://b.example/x"]);
}

fn records_bytes_plain(_dir: &Path) -> Vec<u8> {
    warc_record(
        "response",
        "https://b.example/x",
        RESPONSE,
        &http_response(
            "text/html",
            article("Plain", "An uncompressed archive.").as_bytes(),
        ),
        usize::MAX,
    )
}

/// A directory tree: nested, with a gzipped page, an empty page and a file
/// that is not HTML.
fn page_tree(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("sub/deeper")).expect("dirs");
    std::fs::write(dir.join("a.html"), article("Alpha", "The first page.")).expect("w");
    std::fs::write(dir.join("notes.txt"), article("Notes", "Not a page.")).expect("w");
    std::fs::write(dir.join("sub/b.htm"), article("Beta", "The second page.")).expect("w");
    std::fs::write(
        dir.join("sub/deeper/c.html.gz"),
        gzip(article("Gamma", "A gzipped page.").as_bytes()),
    )
    .expect("w");
    std::fs::write(dir.join("z.html"), EMPTY_PAGE).expect("w");
    dir
}

#[test]
fn walks_a_directory_in_sorted_order_and_ignores_other_files() {
    let dir = page_tree("tree");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(out.status.success(), "an empty page is no failure");
    let records = json_lines(&out.stdout);
    let d = dir.display();
    assert_eq!(
        sources(&records),
        [
            format!("{d}/a.html"),
            format!("{d}/sub/b.htm"),
            format!("{d}/sub/deeper/c.html.gz"),
            format!("{d}/z.html")
        ]
    );
    let titles: Vec<_> = records.iter().map(|r| r["title"].clone()).collect();
    assert_eq!(titles[..3], ["Alpha", "Beta", "Gamma"]);
    assert_eq!(records[3]["status"], "empty");
    assert!(records[2]["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("A gzipped page.")));

    // The text format names each page.
    let out = Command::new(BIN)
        .args(["extract", "--title"])
        .arg(&dir)
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with(&format!("==> {d}/a.html <==\nAlpha\n\nThe first page.")),
        "{text}"
    );
    assert!(
        text.contains(&format!("\n\n==> {d}/sub/b.htm <==\nBeta\n")),
        "{text}"
    );
}

#[test]
fn reads_the_list_of_paths_from_standard_input() {
    let dir = page_tree("files-from");
    let list = format!(
        "{0}/sub/b.htm\n\n{0}/missing.html\n{0}/a.html\n",
        dir.display()
    );
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "json", "--files-from", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(list.as_bytes())
        .expect("written");
    let out = child.wait_with_output().expect("finishes");
    assert!(!out.status.success(), "a missing file is a failure");
    let records = json_lines(&out.stdout);
    let d = dir.display();
    assert_eq!(
        sources(&records),
        [
            format!("{d}/sub/b.htm"),
            format!("{d}/missing.html"),
            format!("{d}/a.html")
        ]
    );
    assert_eq!(records[0]["title"], "Beta");
    assert_eq!(records[1]["status"], "error");
    assert_eq!(
        records[1].as_object().map(|o| o.len()),
        Some(3),
        "{}",
        records[1]
    );
    assert_eq!(records[2]["title"], "Alpha");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("missing.html"), "{err}");
}

#[test]
fn keeps_input_order_with_two_jobs() {
    let dir = scratch("order");
    let n = 60;
    for i in 0..n {
        // Early pages are the largest, so they finish last when run in
        // parallel: only reordering puts them first.
        let filler =
            "More words to make the page longer and slower to extract. ".repeat(40 * (n - i));
        let page = article(
            &format!("Page {i:03}"),
            &format!("Story {i:03} begins. {filler}"),
        );
        std::fs::write(dir.join(format!("p{i:03}.html")), page).expect("w");
    }
    let out = Command::new(BIN)
        .args(["extract", "--format", "json", "--jobs", "2"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), n);
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["source"], format!("{}/p{i:03}.html", dir.display()));
        assert_eq!(r["title"], format!("Page {i:03}"));
        assert!(r["text"]
            .as_str()
            .is_some_and(|t| t.starts_with(&format!("Story {i:03} begins."))));
    }
}

#[test]
fn writes_one_text_file_per_page_into_the_output_directory() {
    let dir = page_tree("output-dir-in");
    let out_dir = scratch("output-dir-out").join("texts");
    let out = Command::new(BIN)
        .args(["extract", "--title", "--output-dir"])
        .arg(&out_dir)
        .arg(&dir)
        .arg("/nonexistent/page.html")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let mut files: Vec<String> = std::fs::read_dir(&out_dir)
        .expect("created")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["000001-a.txt", "000002-b.txt", "000003-c.txt"]);
    let gamma = std::fs::read_to_string(out_dir.join("000003-c.txt")).expect("read");
    assert!(gamma.starts_with("Gamma\n\nA gzipped page."), "{gamma}");
    // Every page, empty and failed ones too, has its record on stdout.
    let records = json_lines(&out.stdout);
    let status: Vec<_> = records
        .iter()
        .map(|r| r["status"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(status, ["ok", "ok", "ok", "empty", "error"]);
    assert_eq!(
        records[2]["file"],
        out_dir.join("000003-c.txt").display().to_string()
    );
    assert!(records[2].get("text").is_none());
    assert!(records[3].get("file").is_none());
}

#[test]
fn ctrl_c_stops_with_whole_records_written() {
    let dir = scratch("interrupt");
    let page = dir.join("page.html");
    let filler = "Words that make the page slow enough to extract. ".repeat(2000);
    std::fs::write(&page, article("Long", &filler)).expect("w");
    let list = format!("{}\n", page.display()).repeat(20_000);
    let list_path = dir.join("list.txt");
    std::fs::write(&list_path, list).expect("w");
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "json", "--jobs", "2", "--files-from"])
        .arg(&list_path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    // Once a record is out the handler is in place.
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).expect("a first record");
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let mut rest = Vec::new();
    std::io::Read::read_to_end(&mut stdout, &mut rest).expect("read");
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(130));
    let mut all = first.into_bytes();
    all.extend(rest);
    assert!(all.ends_with(b"\n"));
    let records = json_lines(&all);
    assert!(records.len() < 20_000, "stopped early");
    assert!(records
        .iter()
        .all(|r| r["status"] == "ok" && r["title"] == "Long"));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("interrupted after"), "{err}");
}

#[test]
fn standard_input_is_not_both_a_page_and_the_list() {
    let out = Command::new(BIN)
        .args(["extract", "--files-from", "-", "-"])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("standard input"), "{err}");
}

#[test]
fn warc_links_resolve_against_the_record_uri() {
    let dir = scratch("warc-links");
    let page = "<html><body><article><h1>Harbour works</h1>\
        <p>The harbour wall will be rebuilt over two summers, the port authority said, and the \
        <a href='plans/wall.pdf'>plans</a> are open to comment until May.</p></article></body></html>";
    let body = http_response("text/html; charset=utf-8", page.as_bytes());
    let uri = "https://news.example.org/2024/03/harbour.html";
    let warc = gzip(&warc_record("response", uri, RESPONSE, &body, usize::MAX));
    let path = dir.join("one.warc.gz");
    std::fs::write(&path, warc).expect("write");
    let out = Command::new(BIN)
        .args(["extract", "--format", "markdown", "--links"])
        .arg(&path)
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.contains("[plans](https://news.example.org/2024/03/plans/wall.pdf)"),
        "{md}"
    );
    let out = Command::new(BIN)
        .args([
            "extract",
            "--format",
            "markdown",
            "--links",
            "--base-url",
            "https://mirror.example/x/",
        ])
        .arg(&path)
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        md.contains("[plans](https://mirror.example/x/plans/wall.pdf)"),
        "{md}"
    );
}

/// A page with a heading, a code block in Python, a nested list and a table.
fn structured_page() -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>Tides | Sea</title>\
         <meta name=\"author\" content=\"Ada Lovelace\">\
         <link rel=\"canonical\" href=\"https://sea.example/tides\"></head><body><article><h1>Tides</h1>\
         <p>Twice a day the sea rises and falls along most coasts, pulled by the <a href=\"/moon\">Moon</a>.</p>\
         <h2>Code: \"quoted\"</h2><pre><code class=\"language-python\">print(\"tide\")</code></pre>\
         <ul><li>One item of the list here</li><li>Two<ul><li>nested</li></ul></li></ul>\
         <table><tr><th>Hour</th><th>Height</th></tr><tr><td>6</td><td>2 m</td></tr></table>{}\
         </article></body></html>",
        "<p>The Sun adds its own, smaller pull, so the range changes over the month.</p>".repeat(3)
    )
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).output().expect("runs")
}

#[test]
fn json_records_start_with_source_and_status_and_carry_what_was_asked_for() {
    let dir = scratch("json-fields");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let p = page.to_str().expect("utf-8");
    let out = run(&["extract", "--format", "json", p]);
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        line.starts_with(&format!(
            "{{\"source\":{},\"status\":\"ok\",\"title\":",
            serde_json::Value::from(p)
        )),
        "{line}"
    );
    let v = &json_lines(line.as_bytes())[0];
    for absent in ["markdown", "html", "blocks"] {
        assert!(v.get(absent).is_none(), "{absent} not asked for: {line}");
    }
    // --links alone asks for the Markdown with its links; --html and
    // --blocks add theirs.
    let out = run(&[
        "extract", "--format", "json", "--links", "--html", "--blocks", p,
    ]);
    let line = String::from_utf8(out.stdout).expect("utf-8");
    let v = &json_lines(line.as_bytes())[0];
    let md = v["markdown"].as_str().expect("markdown");
    assert!(md.contains("[Moon](/moon)"), "{md}");
    assert!(md.contains("```python\nprint(\"tide\")\n```"), "{md}");
    assert!(v["html"]
        .as_str()
        .is_some_and(|h| h.contains("<li>Two<ul><li>nested</li></ul></li>")));
    let blocks = v["blocks"].as_array().expect("blocks");
    assert_eq!(blocks[1]["kind"], "heading");
    assert_eq!(blocks[1]["level"], 2);
    assert_eq!(blocks[2]["language"], "python");
    assert_eq!(blocks[3]["items"][2]["depth"], 2);
    assert_eq!(blocks[4]["rows"][0]["header"], true);
    assert!(
        line.contains("{\"kind\":\"heading\",\"level\":2,\"text\":"),
        "{line}"
    );
    // Text and Markdown come after the metadata.
    let at = |k: &str| line.find(&format!("\"{k}\":")).expect(k);
    assert!(
        at("title") < at("authors") && at("authors") < at("text") && at("text") < at("markdown")
    );
    assert!(at("markdown") < at("html") && at("html") < at("blocks"));
}

#[test]
fn metadata_header_is_yaml_front_matter_in_markdown() {
    let dir = scratch("front-matter");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let p = page.to_str().expect("utf-8");
    let out = run(&["extract", "--format", "markdown", "--metadata", p]);
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).expect("utf-8");
    let rest = md.strip_prefix("---\n").expect("front matter opens");
    let (yaml, body) = rest.split_once("\n---\n\n").expect("front matter closes");
    assert!(body.starts_with("Twice a day"), "{body}");
    // Each line a key and a JSON string or list of them: the YAML subset
    // that JSON's grammar reads the same way.
    let mut keys = Vec::new();
    for line in yaml.lines() {
        let (key, value) = line.split_once(": ").expect("key: value");
        let value: serde_json::Value = serde_json::from_str(value).expect("JSON scalar or list");
        keys.push((key.to_owned(), value));
    }
    assert_eq!(keys[0], ("title".to_owned(), "Tides".into()));
    assert!(keys.contains(&("authors".to_owned(), serde_json::json!(["Ada Lovelace"]))));
    assert!(keys.contains(&("url".to_owned(), "https://sea.example/tides".into())));
    assert!(keys.contains(&("language".to_owned(), "en".into())));
    // Read by a real YAML parser when one is installed (PyYAML).
    let python = Command::new("python3")
        .args(["-c", "import sys, yaml, json; d = yaml.safe_load(sys.stdin.read().split('---')[1]); print(json.dumps(d, sort_keys=True))"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut child) = python {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(md.as_bytes())
            .expect("w");
        let out = child.wait_with_output().expect("finishes");
        if out.status.success() {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
            assert_eq!(v["title"], "Tides");
            assert_eq!(v["authors"][0], "Ada Lovelace");
        }
    }
    // Text: the same lines, then a blank line, then the body.
    let out = run(&["extract", "--metadata", p]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("title: \"Tides\"\n"), "{text}");
    assert!(text.contains("\nlanguage: \"en\"\n\nTwice a day"), "{text}");
}

#[test]
fn html_format_and_no_subcommand() {
    let dir = scratch("html-format");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let p = page.to_str().expect("utf-8");
    // `decruft FILE` is `decruft extract FILE`.
    let out = run(&["--format", "html", p]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8(out.stdout).expect("utf-8");
    assert!(html.starts_with("<p>Twice a day"), "{html}");
    assert!(
        html.contains("<h2>Code: &quot;quoted&quot;</h2>\n<pre><code class=\"language-python\">")
    );
    assert!(html.contains("<table><thead><tr><th>Hour</th><th>Height</th></tr></thead>"));
    let plain = run(&[p]);
    assert!(plain.status.success());
    assert!(String::from_utf8(plain.stdout)
        .expect("utf-8")
        .starts_with("Twice a day"));
}

#[test]
fn no_captions_leaves_captions_out() {
    let page = fixture("en-drupal-report.html");
    let with = run(&["extract", &page]);
    let without = run(&["extract", "--no-captions", &page]);
    let (with, without) = (
        String::from_utf8(with.stdout).expect("utf-8"),
        String::from_utf8(without.stdout).expect("utf-8"),
    );
    // An article leaves its pictures' captions out unless asked for them.
    assert_eq!(with, without);
    assert!(!with.contains("The main library, which opens"));
    let asked = run(&["extract", "--captions", &page]);
    let asked = String::from_utf8(asked.stdout).expect("utf-8");
    assert!(asked.contains("The main library, which opens"), "{asked}");
    let both = run(&["extract", "--captions", "--no-captions", &page]);
    assert!(!both.status.success());
}

#[test]
fn page_type_forces_the_kind_and_the_explanation_says_so() {
    let page = fixture("en-drupal-report.html");
    let judged = run(&["extract", "--format", "json", &page]);
    let judged = &json_lines(&judged.stdout)[0];
    assert_eq!(judged["page_type"], "article");
    let out = run(&[
        "extract",
        "--format",
        "json",
        "--page-type",
        "listing",
        &page,
    ]);
    assert!(out.status.success());
    let forced = &json_lines(&out.stdout)[0];
    assert_eq!(forced["page_type"], "listing");
    assert!(forced.get("page_type_forced").is_none());
    // A page typed service keeps its sentence captions, an article not.
    let out = run(&["extract", "--page-type", "service", &page]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("The main library, which opens"), "{text}");
    let out = run(&["extract", "--explain", "--page-type", "forum", &page]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with("page type: forum (forced by --page-type)\n"),
        "{text}"
    );
    let out = run(&["extract", "--explain", &page]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with("page type: article (judged from the page)\n"),
        "{text}"
    );
    let out = run(&[
        "extract",
        "--format",
        "json",
        "--explain",
        "--page-type",
        "forum",
        &page,
    ]);
    let v = &json_lines(&out.stdout)[0];
    assert_eq!(v["page_type_forced"], true);
    assert!(!run(&["extract", "--page-type", "blog", &page])
        .status
        .success());
}

#[test]
fn directory_of_php_and_extensionless_pages() {
    let dir = scratch("php-mirror");
    std::fs::create_dir_all(dir.join("news")).expect("dirs");
    std::fs::write(dir.join("index.php"), article("Home", "The front page.")).expect("w");
    std::fs::write(
        dir.join("news/story"),
        article("Story", "A page without an extension."),
    )
    .expect("w");
    std::fs::write(
        dir.join("news/item.asp.gz"),
        gzip(article("Item", "A gzipped ASP page.").as_bytes()),
    )
    .expect("w");
    std::fs::write(dir.join("style.css"), "body { color: red } /* <html> */").expect("w");
    std::fs::write(
        dir.join("notes.txt"),
        article("Notes", "Quoted HTML in a text file."),
    )
    .expect("w");
    std::fs::write(dir.join("logo.png"), b"\x89PNG\r\n\x1a\n").expect("w");
    let out = run(&["extract", "--format", "json", dir.to_str().expect("utf-8")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let records = json_lines(&out.stdout);
    let d = dir.display();
    assert_eq!(
        sources(&records),
        [
            format!("{d}/index.php"),
            format!("{d}/news/item.asp.gz"),
            format!("{d}/news/story")
        ]
    );
    assert!(records.iter().all(|r| r["status"] == "ok"));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("3 files skipped"), "{err}");
}

#[test]
fn a_directory_without_pages_is_an_error() {
    let dir = scratch("no-pages");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("readme.txt"), "nothing here").expect("w");
    let out = run(&["extract", dir.to_str().expect("utf-8")]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        err.contains("no HTML or WARC file in this directory (1 other files skipped)"),
        "{err}"
    );
    let empty = scratch("empty-dir");
    std::fs::create_dir_all(&empty).expect("dir");
    let out = run(&[
        "extract",
        "--format",
        "json",
        empty.to_str().expect("utf-8"),
    ]);
    assert!(!out.status.success());
    assert_eq!(json_lines(&out.stdout)[0]["status"], "error");
}

#[test]
fn output_dir_records_hold_no_body_and_files_follow_the_format() {
    let dir = scratch("out-formats");
    std::fs::create_dir_all(&dir).expect("dir");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let p = page.to_str().expect("utf-8");
    for (format, ext, start) in [
        ("markdown", "md", "Twice a day"),
        ("html", "html", "<p>Twice a day"),
        ("text", "txt", "Twice a day"),
    ] {
        let out_dir = dir.join(format!("out-{format}"));
        let out = run(&[
            "extract",
            "--format",
            format,
            "--output-dir",
            out_dir.to_str().expect("utf-8"),
            p,
        ]);
        assert!(out.status.success());
        let v = &json_lines(&out.stdout)[0];
        for key in ["text", "markdown", "html"] {
            assert!(v.get(key).is_none(), "{format}: {key} in the record");
        }
        let file = v["file"].as_str().expect("file");
        assert!(file.ends_with(&format!(".{ext}")), "{file}");
        let body = std::fs::read_to_string(file).expect("written");
        assert!(body.starts_with(start), "{format}: {body}");
    }
}

#[test]
fn precision_and_recall_move_the_doubtful_lines() {
    let dir = scratch("favor");
    let page = dir.join("p.html");
    std::fs::write(
        &page,
        "<article><p>The river rose by two metres overnight and the old bridge was closed.</p>\
         <p>Water levels at dawn</p>\
         <p>Engineers will inspect the bridge on Monday before it reopens to traffic.</p>\
         <p>Filed from Elsenbruch</p></article>",
    )
    .expect("w");
    let p = page.to_str().expect("utf-8");
    let text = |args: &[&str]| {
        let out = run(&[&["extract"], args, &[p]].concat());
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let (balanced, precise, full) = (text(&[]), text(&["--precision"]), text(&["--recall"]));
    assert!(
        balanced.contains("Water levels") && !balanced.contains("Filed from"),
        "{balanced}"
    );
    assert!(
        !precise.contains("Water levels") && precise.contains("Engineers"),
        "{precise}"
    );
    assert!(
        full.contains("Water levels") && full.contains("Filed from"),
        "{full}"
    );
    assert!(!run(&["extract", "--precision", "--recall", p])
        .status
        .success());
}

#[test]
fn output_dir_must_be_empty_or_new() {
    let dir = scratch("out-not-empty");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let out_dir = dir.join("out");
    std::fs::create_dir_all(&out_dir).expect("dir");
    std::fs::write(out_dir.join("000001-old.txt"), "an earlier run").expect("w");
    let out = run(&[
        "extract",
        "--output-dir",
        out_dir.to_str().expect("utf-8"),
        page.to_str().expect("utf-8"),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("must be empty or new"));
    assert_eq!(
        std::fs::read_dir(&out_dir).expect("dir").count(),
        1,
        "nothing written"
    );
}

#[test]
fn no_tables_leaves_the_data_tables_out() {
    let dir = scratch("no-tables");
    let page = dir.join("p.html");
    std::fs::write(&page, structured_page()).expect("w");
    let p = page.to_str().expect("utf-8");
    let text = |args: &[&str]| {
        let out = run(&[&["extract"], args, &[p]].concat());
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let (with, without) = (text(&[]), text(&["--no-tables"]));
    assert!(with.contains("Hour\tHeight\n6\t2 m"), "{with}");
    assert!(
        !without.contains("Hour") && !without.contains("2 m"),
        "{without}"
    );
    // Only the table goes.
    assert_eq!(with.replace("Hour\tHeight\n6\t2 m\n\n", ""), without);
    let md = text(&["--no-tables", "--format", "markdown"]);
    assert!(!md.contains('|') && md.contains("- One item"), "{md}");
}

#[test]
fn no_comments_undoes_comments() {
    let page = fixture("en-markdown-structures.html");
    let comments = |args: &[&str]| {
        let out = run(&[&["extract", "--format", "json"], args, &[page.as_str()]].concat());
        assert!(out.status.success());
        json_lines(&out.stdout)[0]
            .get("comments")
            .and_then(|c| c.as_array())
            .map_or(0, Vec::len)
    };
    assert!(comments(&["--comments"]) >= 3);
    assert_eq!(comments(&["--comments", "--no-comments"]), 0);
    assert_eq!(comments(&["--no-comments"]), 0);
    // The last one named wins, as in an alias followed by a flag.
    assert!(comments(&["--no-comments", "--comments"]) >= 3);
}

#[test]
fn keep_dirs_mirrors_the_walked_tree() {
    let dir = page_tree("keep-dirs-in");
    let single = scratch("keep-dirs-single").join("solo.html");
    std::fs::write(&single, article("Solo", "A page named directly.")).expect("w");
    let out_dir = scratch("keep-dirs-out").join("out");
    let out = run(&[
        "extract",
        "--keep-dirs",
        "--output-dir",
        out_dir.to_str().expect("utf-8"),
        dir.to_str().expect("utf-8"),
        single.to_str().expect("utf-8"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<String> = json_lines(&out.stdout)
        .iter()
        .filter_map(|r| r["file"].as_str())
        .map(|f| {
            Path::new(f)
                .strip_prefix(&out_dir)
                .expect("inside DIR")
                .display()
                .to_string()
        })
        .collect();
    assert_eq!(
        files,
        [
            "000001-a.txt",
            "sub/000002-b.txt",
            "sub/deeper/000003-c.txt",
            "000005-solo.txt"
        ]
    );
    let gamma = std::fs::read_to_string(out_dir.join("sub/deeper/000003-c.txt")).expect("read");
    assert!(gamma.starts_with("A gzipped page."), "{gamma}");
    // Without --output-dir it is refused; without --keep-dirs, DIR is flat.
    assert!(
        !run(&["extract", "--keep-dirs", dir.to_str().expect("utf-8")])
            .status
            .success()
    );
    let flat = scratch("keep-dirs-flat").join("out");
    let out = run(&[
        "extract",
        "--output-dir",
        flat.to_str().expect("utf-8"),
        dir.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success());
    assert!(flat.join("000003-c.txt").is_file());
}
