//! Issue 13, "nothing bad passes as good", library side: control characters
//! never reach the output, input that is not HTML is refused, an unclosed
//! tail keeps the article, valid UTF-8 wins over a stale `<meta charset>`.

/// Sentences long enough to be an article.
fn body() -> String {
    "The council met on Tuesday to debate the budget for the coming year. ".repeat(8)
}

/// A C0 or C1 control other than a line feed or a tab.
fn stray_control(s: &str) -> Option<char> {
    s.chars()
        .find(|&c| c.is_control() && c != '\n' && c != '\t')
}

/// Every string of `a` that reaches a user, with its name.
fn outputs(a: &decruft::Article) -> Vec<(String, String)> {
    let mut v = vec![("text".to_owned(), a.text().to_owned())];
    v.extend(a.title().map(|t| ("title".to_owned(), t.to_owned())));
    v.extend(a.markdown().map(|t| ("markdown".to_owned(), t.to_owned())));
    for (name, value) in [
        ("description", a.description()),
        ("site_name", a.site_name()),
        ("date", a.date()),
        ("url", a.url()),
        ("image", a.image()),
        ("language", a.language()),
    ] {
        v.extend(value.map(|t| (name.to_owned(), t.to_owned())));
    }
    v.extend(a.authors().iter().map(|t| ("author".to_owned(), t.clone())));
    v.extend(a.tags().iter().map(|t| ("tag".to_owned(), t.clone())));
    for c in a.comments() {
        v.push(("comment".to_owned(), c.text().to_owned()));
        v.extend(
            c.author()
                .map(|t| ("comment author".to_owned(), t.to_owned())),
        );
    }
    for r in a.explanation().unwrap_or_default() {
        v.push(("explanation".to_owned(), r.text().to_owned()));
        v.push(("reason".to_owned(), r.reason().to_owned()));
    }
    v
}

fn assert_no_controls(label: &str, a: &decruft::Article) {
    for (field, value) in outputs(a) {
        if let Some(c) = stray_control(&value) {
            panic!("{label}: {field} holds {c:?}: {value:?}");
        }
    }
}

#[test]
fn no_control_characters_reach_any_output() {
    let b = body();
    let pages: Vec<(&str, Vec<u8>, Option<&str>)> = vec![
        (
            "raw bytes and references",
            format!(
                "<html><head><title>T\x1b[2J itle\x07</title>\
                 <meta name=description content=\"desc&#1;ription\x1b\">\
                 <meta property=og:site_name content=\"Site&#x1b;[31m\">\
                 <script type=application/ld+json>{{\"@type\":\"NewsArticle\",\"author\":{{\"name\":\"A\\u0001B\"}},\
                 \"keywords\":\"tag\\u0085one\"}}</script></head>\
                 <body><article><h1>Head\x01line</h1><p>{b}&#1;\x02 end&#x1b;[0m.</p>\
                 <pre>code\x0b\x0cline</pre><p>nel\u{85}here and \u{9b}csi {b}</p></article>\
                 <div class=comments><div class=comment><span class=author>Bob\x1b</span>\
                 <p>A comment\x01 that is long enough to be kept as a comment here.</p></div></div>\
                 </body></html>"
            )
            .into_bytes(),
            None,
        ),
        (
            "C1 bytes from a legacy encoding",
            [
                &b"<meta charset=iso-8859-7><title>\x81\x9f</title><p>"[..],
                b.as_bytes(),
                b"\x81\x8d\x9f</p>",
            ]
            .concat(),
            None,
        ),
        (
            "Shift_JIS",
            [
                &b"<p>"[..],
                b.as_bytes(),
                b"\x80\xa0\xfd</p>",
            ]
            .concat(),
            Some("text/html; charset=shift_jis"),
        ),
    ];
    for (label, bytes, ctype) in pages {
        for options in [
            decruft::Options::new(),
            decruft::Options::new()
                .markdown(true)
                .links(true)
                .comments(true)
                .explain(true),
        ] {
            let a = options.build().extract_bytes(&bytes, ctype).unwrap();
            assert!(a.text().contains("The council met"), "{label}: {a:?}");
            assert_no_controls(label, &a);
        }
    }
}

#[test]
fn a_control_between_words_keeps_them_apart() {
    let a = decruft::extract(&format!("<p>{}alpha&#1;beta\x1bgamma</p>", body())).unwrap();
    assert!(a.text().ends_with("alpha beta gamma"), "{:?}", a.text());
}

#[test]
fn clean_text_drops_control_characters() {
    let input = "A first line\x1b[2J that is long enough to be kept.\r\nSecond\x01line \u{85}here, also long enough.\x7f";
    let out = decruft::clean_text(input);
    assert_eq!(stray_control(&out), None, "{out:?}");
    assert_eq!(decruft::clean_text(&out), out);
}

/// The first bytes of common binary formats, each padded with a little data.
fn binaries() -> Vec<(&'static str, Vec<u8>)> {
    let pad = |magic: &[u8]| {
        let mut v = magic.to_vec();
        v.extend(b"<html><p>some text after the magic number</p>");
        v
    };
    vec![
        ("ELF", pad(b"\x7fELF\x02\x01\x01")),
        ("PNG", pad(b"\x89PNG\r\n\x1a\n")),
        ("JPEG", pad(b"\xff\xd8\xff\xe0")),
        ("GIF", pad(b"GIF89a")),
        ("PDF", pad(b"%PDF-1.7\n")),
        ("ZIP", pad(b"PK\x03\x04")),
        ("gzip", pad(b"\x1f\x8b\x08\x00")),
        ("bzip2", pad(b"BZh91AY&SY")),
        ("xz", pad(b"\xfd7zXZ\x00")),
        ("zstd", pad(b"\x28\xb5\x2f\xfd")),
        ("7z", pad(b"7z\xbc\xaf\x27\x1c")),
        ("WebAssembly", pad(b"\x00asm")),
        ("SQLite", pad(b"SQLite format 3\x00")),
        ("NUL-dense", {
            let mut v = b"MZ".to_vec();
            v.extend(std::iter::repeat_n(*b"\x00\x00\x01<p>", 200).flatten());
            v
        }),
        (
            "control-dense",
            (0u32..4096).map(|i| (i * 37 % 251) as u8).collect(),
        ),
    ]
}

#[test]
fn binary_input_is_refused_with_a_reason() {
    for (name, bytes) in binaries() {
        match decruft::extract_bytes(&bytes, None) {
            Err(decruft::Error::NotHtml { reason }) => {
                assert!(!reason.is_empty(), "{name}");
            }
            other => panic!("{name}: {other:?}"),
        }
        // The same input handed over as text (read lossily) is refused too
        // when its magic number survives the conversion. (Density is not
        // judged on text: the caller decided it is text.)
        let text = String::from_utf8_lossy(&bytes);
        if text.as_bytes().starts_with(&bytes[..4]) && !name.ends_with("-dense") {
            assert!(
                matches!(decruft::extract(&text), Err(decruft::Error::NotHtml { .. })),
                "{name} as text"
            );
        }
    }
}

#[test]
fn text_pages_are_not_taken_for_binary() {
    let b = body();
    for page in [
        String::new(),
        "   ".to_owned(),
        "plain text, no markup at all".to_owned(),
        format!("<p>\u{0}\u{1}{b}</p>"),
        // ISO-2022-JP switches character sets with escape sequences.
        format!("<p>\x1b$B$3$s$K$A$O\x1b(B {b}</p>"),
        format!("GIF is a format. <p>{b}</p>"),
    ] {
        assert!(decruft::extract(&page).is_ok(), "{page:?}");
        assert!(
            decruft::extract_bytes(page.as_bytes(), None).is_ok(),
            "{page:?}"
        );
    }
    // UTF-16 with a byte order mark is text.
    let utf16: Vec<u8> = [0xfeff_u16]
        .into_iter()
        .chain(format!("<p>{b}</p>").encode_utf16())
        .flat_map(u16::to_le_bytes)
        .collect();
    let a = decruft::extract_bytes(&utf16, None).unwrap();
    assert!(a.text().starts_with("The council met"));
}

#[test]
fn an_article_survives_a_tail_of_unclosed_tags() {
    let b = body();
    let mut page = format!(
        "<html><head><title>Budget</title></head><body>\
         <p>{b}</p><p>{b}</p><p>{b}</p>"
    );
    for i in 0..4000 {
        page.push_str(&format!(
            "<div><span><b><i><p>The talk goes on, sentence {i}. "
        ));
    }
    let a = decruft::extract(&page).unwrap();
    assert!(
        a.text().starts_with("The council met"),
        "the article was lost: {:?}",
        a.text().get(..200)
    );
}

#[test]
fn valid_utf8_wins_over_a_stale_meta_charset() {
    let b = body();
    for (label, text) in [
        ("gb2312", "议会周二开会讨论来年的预算。"),
        (
            "windows-1251",
            "Совет собрался во вторник, чтобы обсудить бюджет.",
        ),
        (
            "iso-8859-1",
            "Le conseil s'est réuni mardi pour débattre du budget.",
        ),
    ] {
        let page = format!("<meta charset=\"{label}\"><p>{text}</p><p>{b}</p>");
        let a = decruft::extract_bytes(page.as_bytes(), None).unwrap();
        assert_eq!(a.encoding(), Some("UTF-8"), "{label}");
        assert!(a.text().starts_with(text), "{label}: {:?}", a.text());
        // A transport header is believed: it is what the server said.
        let ctype = format!("text/html; charset={label}");
        let a = decruft::extract_bytes(page.as_bytes(), Some(&ctype)).unwrap();
        assert_ne!(a.encoding(), Some("UTF-8"), "{label} from the transport");
    }
    // Bytes that are not valid UTF-8 follow the declaration.
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Совет собрался во вторник.");
    let page = [
        &b"<meta charset=windows-1251><p>"[..],
        &cp1251,
        b"</p><p>",
        b.as_bytes(),
        b"</p>",
    ]
    .concat();
    let a = decruft::extract_bytes(&page, None).unwrap();
    assert_eq!(a.encoding(), Some("windows-1251"));
    assert!(a.text().starts_with("Совет собрался во вторник."));
    // ASCII-only pages keep their declared encoding (it decodes the same).
    let page = format!("<meta charset=windows-1251><p>{b}</p>");
    let a = decruft::extract_bytes(page.as_bytes(), None).unwrap();
    assert_eq!(a.encoding(), Some("windows-1251"));
}

/// The page of the issue: 700,000 small paragraphs, some 50 MB.
fn many_paragraphs() -> String {
    let mut s = String::with_capacity(51 << 20);
    s.push_str("<html><head><title>Many</title></head><body>");
    for i in 0..700_000 {
        s.push_str(&format!(
            "<p>Paragraph {i} says a little more on this topic, briefly and plainly.</p>\n"
        ));
    }
    s.push_str("</body></html>");
    s
}

/// The process's peak resident set, in bytes (Linux).
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Run by [`peak_memory_stays_within_four_times_the_input`] in a process of
/// its own (so that no other test's memory counts): extracts the input named
/// by `DECRUFT_PEAK_INPUT` and prints the input's size and the peak.
#[test]
#[ignore = "a helper: runs in its own process"]
fn peak_memory_child() {
    let Ok(name) = std::env::var("DECRUFT_PEAK_INPUT") else {
        return;
    };
    let html = if name == "many-paragraphs" {
        many_paragraphs()
    } else {
        let inputs = crate::support::torture::inputs();
        let (_, make) = inputs.iter().find(|(n, _)| *n == name).unwrap();
        make()
    };
    let article = decruft::extract(&html).unwrap();
    std::hint::black_box(article);
    println!("PEAK {} {}", html.len(), peak_rss().unwrap());
}

#[cfg(target_os = "linux")]
#[test]
fn peak_memory_stays_within_four_times_the_input() {
    let mut names = vec!["many-paragraphs".to_owned()];
    names.extend(
        crate::support::torture::inputs()
            .into_iter()
            .map(|(n, _)| n),
    );
    let exe = std::env::current_exe().unwrap();
    let mut over = Vec::new();
    for name in names {
        let out = std::process::Command::new(&exe)
            .args([
                "--exact",
                "robust::peak_memory_child",
                "--ignored",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("DECRUFT_PEAK_INPUT", &name)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let line = stdout
            .lines()
            .find_map(|l| l.split("PEAK ").nth(1))
            .unwrap_or_else(|| panic!("{name}: {stdout}"));
        let (len, peak) = line.split_once(' ').unwrap();
        let (len, peak): (usize, usize) = (len.parse().unwrap(), peak.parse().unwrap());
        if peak > 4 * len + (64 << 20) {
            over.push(format!(
                "{name}: {} MB in, peak {} MB",
                len >> 20,
                peak >> 20
            ));
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}
