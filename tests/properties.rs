//! Property tests, each with an invariant or an oracle.

use proptest::prelude::*;

use crate::support::{fuzz_checks, markdown, oracle};

/// Words of ten scripts, for generated text.
const WORDS: [&[&str]; 10] = [
    &[
        "river", "council", "bridge", "market", "said", "the", "of", "new",
    ],
    &[
        "rivière",
        "conseil",
        "pont",
        "marché",
        "été",
        "déclaré",
        "les",
        "des",
    ],
    &[
        "река",
        "совет",
        "мост",
        "рынок",
        "сказал",
        "город",
        "новый",
        "и",
    ],
    &["نهر", "مجلس", "جسر", "سوق", "قال", "مدينة", "جديد", "في"],
    &["नदी", "परिषद", "पुल", "बाज़ार", "कहा", "शहर", "नया", "और"],
    &[
        "河流", "议会", "桥梁", "市场", "表示", "城市", "新的", "今天",
    ],
    &[
        "川",
        "議会",
        "橋",
        "市場",
        "述べた",
        "都市",
        "新しい",
        "今日",
    ],
    &[
        "강",
        "의회",
        "다리",
        "시장",
        "말했다",
        "도시",
        "새로운",
        "오늘",
    ],
    &[
        "ποτάμι",
        "συμβούλιο",
        "γέφυρα",
        "αγορά",
        "είπε",
        "πόλη",
        "νέος",
        "και",
    ],
    &["נהר", "מועצה", "גשר", "שוק", "אמר", "עיר", "חדש", "של"],
];

/// A sentence of 4–14 words of one script, ending with a full stop.
fn sentence() -> impl Strategy<Value = String> {
    (0..WORDS.len(), prop::collection::vec(0usize..8, 4..14)).prop_map(|(s, idx)| {
        let words = WORDS[s];
        let mut out: Vec<&str> = idx.iter().map(|&i| words[i]).collect();
        if let Some(first) = out.first_mut() {
            *first = words[idx[0]];
        }
        format!("{}.", out.join(" "))
    })
}

/// A paragraph of 1–4 sentences.
fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(sentence(), 1..4).prop_map(|s| s.join(" "))
}

/// Lines of text mixing prose, boilerplate lines and odd white space.
fn messy_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => paragraph(),
        1 => Just("Leave a Reply".to_owned()),
        1 => Just("Laisser un commentaire".to_owned()),
        1 => Just("Share this:".to_owned()),
        1 => Just("相关文章".to_owned()),
        1 => Just("Home › News › World".to_owned()),
        1 => Just(String::new()),
        1 => "[ \u{a0}\t\u{200b}a-z]{0,12}",
    ];
    prop::collection::vec(line, 0..12).prop_map(|l| l.join("\n"))
}

/// An HTML element tree of common elements with text in several scripts.
fn html_tree() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        paragraph(),
        Just("<br>".to_owned()),
        Just("<img src=x alt=picture>".to_owned()),
        "[a-z &;<>]{0,10}",
        // Characters Markdown reads as markup, at line starts too.
        "[-a-z #*_`|~+=>1.\\[\\]()!]{0,12}",
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        let tag = prop::sample::select(vec![
            "div",
            "p",
            "span",
            "a",
            "b",
            "ul",
            "li",
            "table",
            "tr",
            "td",
            "article",
            "nav",
            "aside",
            "h2",
            "blockquote",
            "pre",
            "figure",
            "figcaption",
            "section",
            "footer",
            "em",
            "strong",
            "code",
            "ol",
            "del",
            "h3",
        ]);
        let class = prop::sample::select(vec![
            "",
            "content",
            "comments",
            "related",
            "share",
            "sidebar",
            "entry-content",
            "caption",
        ]);
        (tag, class, prop::collection::vec(inner, 0..6)).prop_map(|(t, c, kids)| {
            let href = if t == "a" { " href='/x'" } else { "" };
            format!("<{t} class='{c}'{href}>{}</{t}>", kids.concat())
        })
    })
}

/// Text of generated lines, cleaned of everything but white-space changes.
fn whitespace_normalized(paragraphs: &[String]) -> String {
    let mut s = paragraphs.join("\n\n");
    if !s.is_empty() {
        s.push('\n');
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn clean_text_is_idempotent(text in messy_text()) {
        let once = decruft::clean_text(&text);
        prop_assert_eq!(decruft::clean_text(&once), once);
    }

    #[test]
    fn clean_text_never_adds_words(text in messy_text()) {
        let out = decruft::clean_text(&text);
        // Invisible characters are removed, which may join two words.
        let source: String = text
            .chars()
            .filter(|c| !matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}'))
            .collect();
        for w in oracle::words(&out) {
            prop_assert!(source.contains(w), "{:?} not in the input", w);
        }
    }

    #[test]
    fn prose_without_boilerplate_is_unchanged(paras in prop::collection::vec(paragraph(), 1..8)) {
        // Odd white space around the same paragraphs changes nothing but itself.
        let messy: String = paras
            .iter()
            .map(|p| format!("  {}\u{a0} \r\n\r\n\n", p.replace(' ', "  ")))
            .collect();
        prop_assert_eq!(decruft::clean_text(&messy), whitespace_normalized(&paras));
    }

    #[test]
    fn extracted_words_come_from_the_page(body in html_tree()) {
        let html = format!("<html><head><title>t</title></head><body>{body}</body></html>");
        let a = decruft::extract(&html).expect("small input");
        prop_assert!(oracle::words_from_input(&html, a.text()).is_ok(),
            "{:?}", oracle::words_from_input(&html, a.text()));
    }

    #[test]
    fn explaining_changes_nothing(body in html_tree()) {
        let plain = decruft::extract(&body).expect("small input");
        let explained = decruft::Options::new().explain(true).build().extract(&body).expect("small input");
        prop_assert_eq!(plain.text(), explained.text());
        prop_assert_eq!(plain.title(), explained.title());
    }

    /// Arbitrary bytes through `extract` and `extract_bytes` (the fuzz
    /// target's check: both succeed, words come from the input, the two
    /// agree on UTF-8) and through `clean_text` (idempotent, adds no word).
    #[test]
    fn arbitrary_bytes_keep_the_invariants(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let checked = fuzz_checks::check_extract(&bytes);
        prop_assert!(checked.is_ok(), "{:?}", checked);
        let checked = fuzz_checks::check_clean_text(&String::from_utf8_lossy(&bytes));
        prop_assert!(checked.is_ok(), "{:?}", checked);
    }

    /// Generated pages as bytes: `extract_bytes` decodes them as UTF-8 and
    /// gives what `extract` gives, with words from the input.
    #[test]
    fn extract_bytes_agrees_with_extract(body in html_tree()) {
        let html = format!("<html><head><meta charset=utf-8><title>t</title></head><body>{body}</body></html>");
        let checked = fuzz_checks::check_extract(html.as_bytes());
        prop_assert!(checked.is_ok(), "{:?}", checked);
        let a = decruft::extract_bytes(html.as_bytes(), None).expect("small input");
        prop_assert_eq!(a.encoding(), Some("UTF-8"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn markdown_is_the_text_marked_up(body in html_tree()) {
        let html = format!("<html><body>{body}</body></html>");
        let checked = markdown::check(&html);
        prop_assert!(checked.is_ok(), "{:?}", checked);
    }

    /// The blocks are the text and the Markdown, the HTML parses back
    /// (html5ever) as the text with only the allowed elements and
    /// attributes, and asking for them changes neither text nor title.
    #[test]
    #[cfg(feature = "serde")]
    fn blocks_and_html_are_the_text(body in html_tree()) {
        let html = format!("<html><body>{body}</body></html>");
        let plain = decruft::extract(&html).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let a = decruft::Options::new()
            .blocks(true)
            .html(true)
            .markdown(true)
            .links(true)
            .images(true)
            .build()
            .extract(&html)
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(plain.text(), a.text());
        prop_assert_eq!(plain.title(), a.title());
        let checked = crate::blocks_fixtures::blocks_render(&a)
            .and_then(|()| crate::blocks_fixtures::html_reads_back(&a));
        prop_assert!(checked.is_ok(), "{:?}", checked);
    }
}

/// The oracle itself: words glued across two blocks are not the page's.
#[test]
fn oracle_catches_words_glued_across_blocks() {
    let html = "<p>the end</p><p>Next story</p><p>bold<b>face</b></p>";
    assert!(oracle::words_from_input(html, "the end Next story boldface").is_ok());
    assert!(oracle::words_from_input(html, "the endNext story").is_err());
    // Within one token is enough (a cut inline element splits a word).
    assert!(oracle::words_from_input(html, "bold face").is_ok());
    // A script is never on screen: the words around it run together there,
    // and its own words (JSON-LD) are the input's too, but not glued to them.
    let html = r#"<p>her<script>{"name":"Ann"}</script>Get</p>"#;
    assert!(oracle::words_from_input(html, "herGet").is_ok());
    assert!(oracle::words_from_input(html, "her Get Ann").is_ok());
    assert!(oracle::words_from_input(html, "herAnn").is_err());
}

/// Tomorrow by the system clock as `YYYY-MM-DD`: the latest date a page
/// may carry (its own civil-date arithmetic, not the library's).
fn tomorrow() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let mut days = secs / 86_400 + 1;
    let mut y = 1970u64;
    let leap = |y: u64| (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    while days >= if leap(y) { 366 } else { 365 } {
        days -= if leap(y) { 366 } else { 365 };
        y += 1;
    }
    let mut m = 1;
    while days >= days_in(y, m) {
        days -= days_in(y, m);
        m += 1;
    }
    format!("{y:04}-{m:02}-{:02}", days + 1)
}

fn days_in(y: u64, m: u64) -> u64 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether `d` is ISO 8601 as the library writes it, a real day, no
/// earlier than 1990 and no later than tomorrow.
fn date_ok(d: &str) -> bool {
    let iso = regex::Regex::new(
        r"^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$",
    )
    .expect("valid regex");
    let Some(c) = iso.captures(d) else {
        return false;
    };
    let n = |i: usize| c[i].parse::<u64>().unwrap_or(0);
    let (y, m, day) = (n(1), n(2), n(3));
    y >= 1990 && (1..=12).contains(&m) && day >= 1 && day <= days_in(y, m) && d[..10] <= *tomorrow()
}

/// Whether `tag` is a well-formed BCP 47 tag in its normal case.
fn language_ok(tag: &str) -> bool {
    regex::Regex::new(r"^[a-z]{2,3}(-([A-Z][a-z]{3}|[A-Z]{2}|[0-9]{3}|[a-z0-9]{3,8}))*$")
        .expect("valid regex")
        .is_match(tag)
}

/// A date as pages write it: any numbers (some impossible), in one of
/// several shapes.
fn page_date() -> impl Strategy<Value = (String, Option<String>)> {
    (
        1900u32..3100,
        0u32..14,
        0u32..33,
        0u32..26,
        0u32..62,
        0usize..6,
    )
        .prop_map(|(y, m, d, h, min, shape)| {
            let iso = format!("{y:04}-{m:02}-{d:02}");
            let plain = format!("{y:04}-{m:02}-{d:02}");
            let written = match shape {
                0 => iso,
                1 => format!("{plain}T{h:02}:{min:02}:00Z"),
                2 => format!("{plain}T{h:02}:{min:02}:00+0{}00", h % 10),
                3 => format!("{y:04}/{m:02}/{d:02}"),
                4 => format!("{y:04}{m:02}{d:02}"),
                _ => format!(
                    "{d} {} {y}",
                    ["Jan", "March", "mai", "Dezember"][(m % 4) as usize]
                ),
            };
            // The date every ISO source must give back when it is real.
            let real = y >= 1990
                && (1..=12).contains(&m)
                && d >= 1
                && u64::from(d) <= days_in(u64::from(y), u64::from(m))
                && plain <= tomorrow()
                && (shape == 0 || shape == 3 || shape == 4);
            (written, real.then_some(plain))
        })
}

fn language_tag() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "en",
        "EN_us",
        "en-gb",
        "zh-hant-tw",
        "pt_BR",
        "x-default",
        "de-DE-1996",
        "es-419",
        "english",
        "",
        "e",
        "en--us",
        "fr-ca-x-priv",
        "sr-Latn",
        "123",
        "i-klingon",
    ])
    .prop_map(str::to_owned)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Every emitted date parses as ISO 8601 and lies between 1990 and
    /// tomorrow; a real date in range written as ISO comes back as is.
    /// Every emitted language tag is well-formed BCP 47.
    #[test]
    fn metadata_is_well_formed((date, want) in page_date(), lang in language_tag(), body in paragraph()) {
        let html = format!(
            r#"<html lang="{lang}"><head><meta property="article:published_time" content="{date}">
            <meta property="article:modified_time" content="{date}"></head>
            <body><article><h1>Notes</h1><p>{body}</p></article></body></html>"#
        );
        let a = decruft::extract(&html).expect("extracts");
        for d in [a.date(), a.date_modified()].into_iter().flatten() {
            prop_assert!(date_ok(d), "date {d:?} from {date:?}");
        }
        if let Some(w) = want {
            prop_assert_eq!(a.date(), Some(w.as_str()), "from {:?}", date);
        }
        if let Some(l) = a.language() {
            prop_assert!(language_ok(l), "language {l:?} from {lang:?}");
        }
    }
}
