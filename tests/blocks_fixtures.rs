//! The typed blocks and the HTML output, on every extraction fixture
//! `tests/fixtures/NAME.html`:
//!
//! - the blocks' texts joined by a blank line are the article's text, and
//!   their Markdown joined the same way its Markdown (one source of truth);
//!   a list's text is its items', a table's its rows' cells;
//! - the HTML (links and images on), parsed back by html5ever, has the
//!   text's words in the same order, only the elements and attributes it
//!   may have, and is the blocks' HTML joined; neither the blocks nor the
//!   HTML change the text;
//! - where `NAME.blocks.json` exists, the blocks serialized must equal it
//!   (compared as JSON values).
//!
//! Every mismatch is named, then the test fails once.

use std::path::Path;

use markup5ever_rcdom::{NodeData, RcDom};

use crate::fixtures::{diff, names};
use crate::support::oracle::{all_text, words};

/// Elements the HTML output may hold.
const ALLOWED: &[&str] = &[
    "html",
    "head",
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "pre",
    "code",
    "figure",
    "figcaption",
    "strong",
    "em",
    "s",
    "a",
    "img",
];

/// What is wrong with `html` as decruft's output: an element or an
/// attribute it may not have.
pub fn html_shape(html: &str) -> Result<(), String> {
    use html5ever::tendril::TendrilSink;
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut stack = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let tag = name.local.as_ref();
            if !ALLOWED.contains(&tag) {
                return Err(format!("element <{tag}> in the HTML output"));
            }
            for a in attrs.borrow().iter() {
                let ok = match (tag, a.name.local.as_ref()) {
                    ("ol", "start") => a.value.parse::<u32>().is_ok(),
                    ("code", "class") => a.value.starts_with("language-"),
                    ("a", "href") | ("img", "src") => {
                        let v = a.value.trim_start().to_ascii_lowercase();
                        !v.is_empty() && !v.starts_with("javascript:") && !v.starts_with("data:")
                    }
                    ("img", "alt") => true,
                    _ => false,
                };
                if !ok {
                    return Err(format!(
                        "attribute {}={:?} on <{tag}> in the HTML output",
                        a.name.local, a.value
                    ));
                }
            }
        }
        stack.extend(node.children.borrow().iter().cloned());
    }
    Ok(())
}

/// The HTML output is well formed and safe, and parsed back it reads as
/// the text.
pub fn html_reads_back(article: &decruft::Article) -> Result<(), String> {
    let html = article.html().ok_or("no HTML")?;
    html_shape(html)?;
    let back = all_text(html);
    let (a, b): (Vec<&str>, Vec<&str>) = (words(article.text()).collect(), words(&back).collect());
    if a != b {
        return Err(format!(
            "HTML parsed back is not the text:\n{}",
            diff(&article.text().replace('\t', " "), &back)
        ));
    }
    Ok(())
}

/// The blocks are the text and the Markdown.
pub fn blocks_render(article: &decruft::Article) -> Result<(), String> {
    let blocks = article.blocks();
    let joined = blocks
        .iter()
        .map(|b| b.text())
        .collect::<Vec<_>>()
        .join("\n\n");
    if joined != article.text() {
        return Err(format!(
            "blocks joined are not the text:\n{}",
            diff(article.text(), &joined)
        ));
    }
    if let Some(md) = article.markdown() {
        let joined = blocks
            .iter()
            .filter_map(|b| b.markdown())
            .collect::<Vec<_>>()
            .join("\n\n");
        if joined != md {
            return Err(format!(
                "blocks' Markdown joined is not the Markdown:\n{}",
                diff(md, &joined)
            ));
        }
    }
    if let Some(html) = article.html() {
        let joined = blocks
            .iter()
            .filter_map(|b| b.html())
            .collect::<Vec<_>>()
            .join("\n");
        if joined != html {
            return Err(format!(
                "blocks' HTML joined is not the HTML:\n{}",
                diff(html, &joined)
            ));
        }
    }
    for b in blocks {
        let parts: Vec<String> = match b.kind() {
            decruft::BlockKind::List => b.items().iter().map(|i| i.text().to_owned()).collect(),
            decruft::BlockKind::Table => b.rows().iter().map(|r| r.cells().join("\t")).collect(),
            _ => continue,
        };
        if parts.join("\n") != b.text() {
            return Err(format!("a list or table is not its items: {:?}", b.text()));
        }
    }
    Ok(())
}

#[test]
fn blocks_and_html_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let names = names(&dir);
    let options = decruft::Options::new()
        .blocks(true)
        .html(true)
        .markdown(true)
        .links(true)
        .images(true)
        .build();
    let json_options = decruft::Options::new().blocks(true).build();
    // Captions asked for: articles keep their sentence captions, so the
    // Caption kind is rendered and read back too.
    let caption_options = decruft::Options::new()
        .blocks(true)
        .html(true)
        .markdown(true)
        .images(true)
        .captions(true)
        .build();
    let mut caption_kinds = std::collections::HashSet::new();
    let (mut failures, mut json_checked) = (Vec::new(), 0);
    let mut kinds = std::collections::HashSet::new();
    for name in &names {
        let html = std::fs::read(dir.join(format!("{name}.html"))).expect("readable fixture");
        let (a, plain) = match (
            options.extract_bytes(&html, None),
            decruft::extract_bytes(&html, None),
        ) {
            (Ok(a), Ok(p)) => (a, p),
            (Err(e), _) | (_, Err(e)) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        if a.text() != plain.text() {
            failures.push(format!("{name}: blocks or HTML changed the text"));
        }
        kinds.extend(a.blocks().iter().map(|b| format!("{:?}", b.kind())));
        match caption_options.extract_bytes(&html, None) {
            Ok(c) => {
                caption_kinds.extend(c.blocks().iter().map(|b| format!("{:?}", b.kind())));
                if let Err(e) = blocks_render(&c).and_then(|()| html_reads_back(&c)) {
                    failures.push(format!("{name} (captions): {e}"));
                }
            }
            Err(e) => failures.push(format!("{name} (captions): error {e}")),
        }
        if let Err(e) = blocks_render(&a).and_then(|()| html_reads_back(&a)) {
            failures.push(format!("{name}: {e}"));
        }
        if let Ok(expected) = std::fs::read_to_string(dir.join(format!("{name}.blocks.json"))) {
            json_checked += 1;
            let a = json_options
                .extract_bytes(&html, None)
                .expect("fixture size");
            let actual = serde_json::to_value(a.blocks()).expect("serializable");
            let expected: serde_json::Value = match serde_json::from_str(&expected) {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("{name}.blocks.json: not JSON ({e})"));
                    continue;
                }
            };
            if actual != expected {
                let pretty =
                    |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap_or_default();
                failures.push(format!(
                    "{name}.blocks.json:\n{}",
                    diff(&pretty(&expected), &pretty(&actual))
                ));
            }
        }
    }
    assert!(
        json_checked >= 8,
        "expected at least 8 .blocks.json fixtures, found {json_checked}"
    );
    for kind in [
        "Heading",
        "Paragraph",
        "List",
        "Table",
        "Quote",
        "Code",
        "Post",
    ] {
        assert!(kinds.contains(kind), "no fixture has a {kind} block");
    }
    // Every fixture with a figure is an article, whose captions go unless
    // asked for.
    assert!(
        caption_kinds.contains("Caption"),
        "no fixture has a Caption block with captions(true)"
    );
    assert!(
        failures.is_empty(),
        "{} block and HTML fixture checks failed:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn html_is_escaped_and_nested() {
    let html = r#"<article><h2 onclick="x()">Kit &amp; <b>caboodle</b></h2>
        <p>A <script>alert(1)</script>line with &lt;tags&gt; &amp; "quotes", <b class="x" style="color:red">long</b> enough to be
        the <a href="/body" onclick="steal()">body</a> of a <a href="javascript:alert(1)">page</a>.<img src="javascript:x()" onerror="alert(1)"></p>
        <ol start="3"><li>Three, the first step of the method described here.<ul><li>a nested point</li></ul></li><li>Four, the second step.</li></ol>
        <table><tr><th>Flour</th><th>Water</th></tr><tr><td>50 g</td><td>50 g</td></tr></table>
        <pre class="language-rust">fn main() { println!("&lt;hi&gt;"); }</pre></article>"#;
    let a = decruft::Options::new()
        .html(true)
        .links(true)
        .images(true)
        .base_url("https://example.org/a/")
        .build()
        .extract(html)
        .expect("extracts");
    let out = a.html().expect("asked for");
    assert_eq!(
        out,
        "<h2>Kit &amp; caboodle</h2>\n\
         <p>A line with &lt;tags&gt; &amp; &quot;quotes&quot;, <strong>long</strong> enough to be \
         the <a href=\"https://example.org/body\">body</a> of a page.</p>\n\
         <ol start=\"3\"><li>Three, the first step of the method described here.<ul><li>a nested point</li></ul></li><li>Four, the second step.</li></ol>\n\
         <table><thead><tr><th>Flour</th><th>Water</th></tr></thead><tbody><tr><td>50 g</td><td>50 g</td></tr></tbody></table>\n\
         <pre><code class=\"language-rust\">fn main() { println!(&quot;&lt;hi&gt;&quot;); }</code></pre>"
    );
    html_reads_back(&a).expect("reads back");
}

#[test]
fn code_fences_name_the_language() {
    let cases = [
        (
            "<pre><code class='hljs language-Python'>x = 1</code></pre>",
            Some("python"),
        ),
        ("<pre class='lang-go'>x := 1</pre>", Some("go")),
        (
            "<div class='highlight-source-js'><pre>let x = 1;</pre></div>",
            Some("js"),
        ),
        ("<pre data-lang='ruby'>x = 1</pre>", Some("ruby")),
        ("<pre><code class='language-none'>x = 1</code></pre>", None),
        ("<pre><code class='language-a`b'>x = 1</code></pre>", None),
        ("<pre><code>x = 1</code></pre>", None),
    ];
    let ex = decruft::Options::new().blocks(true).markdown(true).build();
    let intro =
        "<p>To set the variable, type the line below into the interpreter and press enter.</p>";
    for (code, lang) in cases {
        let html = format!("<article>{intro}{code}</article>");
        let a = ex.extract(&html).expect("extracts");
        let b = a
            .blocks()
            .iter()
            .find(|b| b.kind() == decruft::BlockKind::Code)
            .unwrap_or_else(|| panic!("no code block: {html}"));
        assert_eq!(b.language(), lang, "{html}");
        let md = b.markdown().expect("asked for");
        let fence = format!("```{}\n", lang.unwrap_or(""));
        assert!(
            md.starts_with(&fence) && md.ends_with("\n```"),
            "{html}: {md}"
        );
    }
}
