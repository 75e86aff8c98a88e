//! Issue 13, "nothing bad passes as good", in the `decruft` program:
//! control characters, binary input, standard input sniffed like files,
//! damaged archives, FIFOs, inputs that gave no record, closed pipes.
#![cfg(feature = "cli")]

use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::cli::{
    article, gzip, http_response, json_lines, scratch, sources, warc_record, BIN, RESPONSE,
};

/// Runs the program with `stdin` as standard input.
fn run_with_input(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("finishes");
    writer.join().expect("writer");
    out
}

/// Waits at most `secs` for `child`; kills it and fails the test if it hangs.
fn wait_or_kill(mut child: std::process::Child, secs: u64) -> Output {
    let start = Instant::now();
    loop {
        if child.try_wait().expect("waits").is_some() {
            return child.wait_with_output().expect("output");
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the run hung for {secs} s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A C0 or C1 control other than a line feed or a tab, in UTF-8 output.
fn stray_control(bytes: &[u8]) -> Option<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn no_terminal_escapes_or_line_separators_in_any_output() {
    let body = "The council met on Tuesday to debate the budget. ".repeat(8);
    let page = format!(
        "<title>T\x1b[2J\u{2028}itle</title><meta name=description content='a\u{2029}b\u{85}c'>\
         <p>{body}&#1;\x1b[0m and\u{2028}more</p>"
    );
    for args in [
        &["extract", "--title"][..],
        &["extract", "--format", "markdown", "--title"],
        &["extract", "--explain"],
        &["extract", "--format", "json", "--explain", "--comments"],
        &["clean"],
    ] {
        let out = run_with_input(args, page.as_bytes());
        assert!(out.status.success(), "{args:?}: {out:?}");
        assert_eq!(stray_control(&out.stdout), None, "{args:?}");
        if args.contains(&"json") {
            // Readers that split lines on U+2028/U+2029 must not cut a record.
            let s = String::from_utf8(out.stdout.clone()).expect("utf-8");
            assert!(!s.contains(['\u{2028}', '\u{2029}', '\u{85}']), "{s}");
            let records = json_lines(&out.stdout);
            assert_eq!(records.len(), 1);
            assert!(records[0]["text"]
                .as_str()
                .is_some_and(|t| t.contains("and\u{2028}more")));
        }
    }
}

#[test]
fn binary_files_are_refused_not_extracted() {
    let dir = scratch("binary");
    let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00".to_vec();
    elf.extend(b"GLIBC_2.2.5 some strings that look like words in a binary file");
    std::fs::write(dir.join("prog"), &elf).expect("w");
    std::fs::write(
        dir.join("image.html"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<p>looks like a page</p>",
    )
    .expect("w");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(dir.join("prog"))
        .arg(dir.join("image.html"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 2);
    for (r, what) in records.iter().zip(["ELF", "PNG"]) {
        assert_eq!(r["status"], "error", "{r}");
        let error = r["error"].as_str().expect("error");
        assert!(error.starts_with("not HTML") && error.contains(what), "{r}");
    }
}

#[test]
fn standard_input_is_sniffed_like_a_file() {
    // A gzipped page.
    let page = article("Zipped", "A page that came compressed on standard input.");
    let out = run_with_input(&["extract", "--format", "json"], &gzip(page.as_bytes()));
    assert!(out.status.success(), "{out:?}");
    let records = json_lines(&out.stdout);
    assert_eq!(records[0]["title"], "Zipped");
    assert_eq!(sources(&records), ["-"]);
    // A WARC, plain and gzipped.
    let warc: Vec<u8> = [
        warc_record(
            "response",
            "https://a.example/one",
            RESPONSE,
            &http_response("text/html", article("One", "The first.").as_bytes()),
            usize::MAX,
        ),
        warc_record(
            "response",
            "https://a.example/two",
            RESPONSE,
            &http_response("text/html", article("Two", "The second.").as_bytes()),
            usize::MAX,
        ),
    ]
    .concat();
    for input in [warc.clone(), gzip(&warc)] {
        let out = run_with_input(&["extract", "--format", "json", "-"], &input);
        assert!(out.status.success(), "{out:?}");
        let records = json_lines(&out.stdout);
        assert_eq!(
            sources(&records),
            ["https://a.example/one", "https://a.example/two"]
        );
        assert_eq!(records[1]["title"], "Two");
    }
}

/// Five HTML response records, each its own gzip member; the members.
fn five_members() -> Vec<Vec<u8>> {
    (1..=5)
        .map(|i| {
            gzip(&warc_record(
                "response",
                &format!("https://d.example/{i}"),
                RESPONSE,
                &http_response(
                    "text/html",
                    article(
                        &format!("Story {i}"),
                        &"Words of a story that fill the gzip member well enough. ".repeat(5),
                    )
                    .as_bytes(),
                ),
                usize::MAX,
            ))
        })
        .collect()
}

#[test]
fn a_damaged_gzip_member_is_an_error_and_the_rest_is_recovered() {
    let dir = scratch("damaged-warc");
    let members = five_members();
    let mut bytes = members.concat();
    let third = members[0].len() + members[1].len();
    // A bit flipped in the middle of the third member's deflate data.
    bytes[third + members[2].len() / 2] ^= 0x10;
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &bytes).expect("w");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&path)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let records = json_lines(&out.stdout);
    let statuses: Vec<_> = records.iter().map(|r| r["status"].clone()).collect();
    assert_eq!(statuses, ["ok", "ok", "error", "ok", "ok"], "{records:?}");
    for (i, r) in records.iter().enumerate() {
        if i != 2 {
            assert_eq!(r["title"], format!("Story {}", i + 1));
        }
    }
    let error = records[2]["error"].as_str().expect("error");
    assert!(error.contains("record 3"), "{error}");
    assert!(error.contains("bytes skipped"), "{error}");
}

#[test]
fn a_directory_walk_skips_fifos_but_a_named_fifo_is_read() {
    let dir = scratch("fifo");
    std::fs::write(dir.join("a.html"), article("Alpha", "A regular page.")).expect("w");
    let fifo = dir.join("p.html");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let child = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let out = wait_or_kill(child, 30);
    let records = json_lines(&out.stdout);
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["title"], "Alpha");
    assert_eq!(records[1]["status"], "error");
    assert!(records[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("not a regular file")));

    // Named explicitly, a FIFO is read as standard input would be.
    let child = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .arg(&fifo)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut w = std::fs::OpenOptions::new()
        .write(true)
        .open(&fifo)
        .expect("fifo opens");
    w.write_all(article("Piped", "A page written into a FIFO.").as_bytes())
        .expect("written");
    drop(w);
    let out = wait_or_kill(child, 30);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(json_lines(&out.stdout)[0]["title"], "Piped");
}

#[test]
fn every_named_input_yields_a_record() {
    let dir = scratch("no-record");
    let empty_dir = dir.join("empty");
    std::fs::create_dir_all(&empty_dir).expect("dir");
    std::fs::write(empty_dir.join("notes.txt"), "not a page").expect("w");
    let empty_warc = dir.join("empty.warc");
    std::fs::write(&empty_warc, b"").expect("w");
    let images_only = dir.join("images.warc");
    std::fs::write(
        &images_only,
        warc_record(
            "response",
            "https://a.example/i.png",
            RESPONSE,
            &http_response("image/png", b"\x89PNG"),
            usize::MAX,
        ),
    )
    .expect("w");
    let out = Command::new(BIN)
        .args(["extract", "--format", "json"])
        .args([&empty_dir, &empty_warc, &images_only])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let records = json_lines(&out.stdout);
    let names: Vec<String> = [&empty_dir, &empty_warc, &images_only]
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(sources(&records), names, "{records:?}");
    assert!(records.iter().all(|r| r["status"] == "error"));
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert!(err.contains("3 failed"), "{err}");
}

#[test]
fn a_closed_output_pipe_ends_the_run_quietly() {
    let dir = scratch("epipe");
    for i in 0..300 {
        std::fs::write(
            dir.join(format!("p{i:03}.html")),
            article(&format!("Page {i}"), "A page among many."),
        )
        .expect("w");
    }
    let mut child = Command::new(BIN)
        .args(["extract", "--format", "json", "--jobs", "1"])
        .arg(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("a first record");
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("finishes");
    assert!(err.is_empty(), "{err}");
    assert_eq!(status.code(), Some(141), "as a shell reports SIGPIPE");
    assert!(Path::new(&dir).exists());
}
