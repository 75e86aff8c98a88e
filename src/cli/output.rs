//! One page's result as the bytes to write: a JSON line, a text block, or a
//! text file in `--output-dir` with its JSON line. Built by the worker that
//! extracted the page, so serializing runs in parallel and the writer only
//! copies finished lines out in order.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// What became of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Main content found.
    Kept,
    /// Read and parsed, but no main content.
    Empty,
    /// Not read or not extracted; see the error.
    Failed,
}

impl Status {
    /// The record's `status` value.
    fn name(self) -> &'static str {
        match self {
            Status::Kept => "ok",
            Status::Empty => "empty",
            Status::Failed => "error",
        }
    }
}

/// A page's result, ready to write.
pub struct Outcome {
    /// What became of it.
    pub status: Status,
    /// The bytes for standard output: whole lines, possibly none.
    pub output: String,
    /// For standard error: `source: why`, when it failed.
    pub error: Option<String>,
}

/// The output format.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The body as plain text.
    Text,
    /// The body as Markdown.
    Markdown,
    /// The body as minimal HTML.
    Html,
    /// One JSON object per page and line.
    Json,
}

/// The JSON record's keys in the order they are written; keys not named
/// here (none today) follow in alphabetical order. `page_type_forced` is
/// written with the explanation only.
const KEY_ORDER: &[&str] = &[
    "source",
    "status",
    "error",
    "file",
    "title",
    "url",
    "date",
    "date_modified",
    "authors",
    "language",
    "site_name",
    "description",
    "image",
    "tags",
    "categories",
    "page_type",
    "page_type_forced",
    "readerable",
    "encoding",
    "text",
    "markdown",
    "html",
    "blocks",
    "comments",
    "explanation",
];

/// How results are written.
pub struct Layout {
    /// Text or JSON lines.
    pub format: Format,
    /// Print the headline before the body (text).
    pub title: bool,
    /// Print every block's verdict (text).
    pub explain: bool,
    /// `--page-type`: the page's kind was forced, not judged (said by the
    /// explanation).
    pub forced_type: bool,
    /// Print a metadata header before the body (text, Markdown, HTML).
    pub metadata: bool,
    /// Whether there may be more than one page (text: `==> name <==`).
    pub many: bool,
    /// `--output-dir`: one text file per page there, JSON lines on stdout.
    pub dir: Option<PathBuf>,
    /// `--keep-dirs`: each file in the subdirectory of `dir` its page had
    /// under the directory walked.
    pub keep_dirs: bool,
}

impl Layout {
    /// The outcome of page number `index` (from 0) from `source`, found
    /// in `subdir` of a directory walked (see [`Layout::keep_dirs`]).
    pub fn outcome(
        &self,
        index: usize,
        source: &str,
        subdir: &Path,
        result: Result<decruft::Article, String>,
    ) -> Outcome {
        let article = match result {
            Ok(a) => a,
            Err(error) => return self.failure(source, error),
        };
        let status = if article.is_empty() {
            Status::Empty
        } else {
            Status::Kept
        };
        let record = |text: bool| -> Map<String, Value> {
            let mut obj = match serde_json::to_value(&article) {
                Ok(Value::Object(obj)) => obj,
                _ => Map::new(),
            };
            if !text {
                for key in ["text", "markdown", "html", "blocks"] {
                    obj.remove(key);
                }
            }
            if article.explanation().is_some() {
                obj.insert("page_type_forced".to_owned(), self.forced_type.into());
            }
            obj.insert("source".to_owned(), source.into());
            obj.insert("status".to_owned(), status.name().into());
            obj
        };
        let output = match (&self.dir, self.format) {
            (Some(dir), _) => {
                let mut obj = record(false);
                if status == Status::Kept {
                    let mut name = file_name(index, source);
                    let ext = match self.format {
                        Format::Markdown => Some(".md"),
                        Format::Html => Some(".html"),
                        Format::Text | Format::Json => None,
                    };
                    if let Some(ext) = ext {
                        name.truncate(name.len().saturating_sub(".txt".len()));
                        name.push_str(ext);
                    }
                    let mut path = dir.clone();
                    if self.keep_dirs {
                        // Sanitized as file names are: a directory's name
                        // cannot climb out of DIR or hide.
                        path.extend(subdir.iter().map(|c| {
                            let c = safe_name(&c.to_string_lossy());
                            if c.is_empty() {
                                "_".to_owned()
                            } else {
                                c
                            }
                        }));
                        if let Err(e) = std::fs::create_dir_all(&path) {
                            let error = format!("creating {}: {e}", path.display());
                            return self.failure(source, error);
                        }
                    }
                    path.push(name);
                    let body = self.text_block(&article, false);
                    if let Err(e) = std::fs::write(&path, body) {
                        let error = format!("writing {}: {e}", path.display());
                        return self.failure(source, error);
                    }
                    obj.insert("file".to_owned(), path.display().to_string().into());
                }
                json_line(obj)
            }
            (None, Format::Json) => json_line(record(true)),
            (None, Format::Text | Format::Markdown | Format::Html) => {
                let mut s = String::new();
                if self.many {
                    if index > 0 {
                        s.push('\n');
                    }
                    s.push_str(&format!("==> {} <==\n", printable(source)));
                }
                s.push_str(&self.text_block(&article, self.explain));
                s
            }
        };
        Outcome {
            status,
            output,
            error: None,
        }
    }

    /// The outcome of a page that failed: a JSON record saying why (none in
    /// the text format) and a line for standard error.
    pub fn failure(&self, source: &str, error: String) -> Outcome {
        let output = if self.format == Format::Json || self.dir.is_some() {
            let mut obj = Map::new();
            obj.insert("source".to_owned(), source.into());
            obj.insert("status".to_owned(), Status::Failed.name().into());
            obj.insert("error".to_owned(), error.as_str().into());
            json_line(obj)
        } else {
            String::new()
        };
        Outcome {
            status: Status::Failed,
            output,
            error: Some(format!("{}: {}", printable(source), printable(&error))),
        }
    }
}

/// One JSON object and a line feed, its keys in [`KEY_ORDER`]. serde_json
/// escapes C0 controls; the
/// line and paragraph separators and NEL are escaped too, so that readers
/// that split lines on them (JavaScript, Python's `str.splitlines`) never
/// cut a record. (They can only occur inside strings, so replacing them
/// anywhere in the line is safe.)
fn json_line(obj: Map<String, Value>) -> String {
    let mut line = String::new();
    ordered(obj, KEY_ORDER, &mut line);
    if line.contains(['\u{2028}', '\u{2029}', '\u{85}']) {
        line = line
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029")
            .replace('\u{85}', "\\u0085");
    }
    line.push('\n');
    line
}

/// A block's keys in the order they are written.
const BLOCK_KEY_ORDER: &[&str] = &[
    "kind", "level", "language", "text", "items", "rows", "markdown",
];

/// `obj` as JSON, the keys in `order` first, in that order, then the others
/// alphabetically; the blocks' keys in [`BLOCK_KEY_ORDER`].
fn ordered(mut obj: Map<String, Value>, order: &[&str], out: &mut String) {
    out.push('{');
    let mut first = true;
    let mut field = |key: &str, value: Value, out: &mut String| {
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&Value::from(key).to_string());
        out.push(':');
        match value {
            Value::Array(blocks) if key == "blocks" && order == KEY_ORDER => {
                out.push('[');
                for (n, b) in blocks.into_iter().enumerate() {
                    if n > 0 {
                        out.push(',');
                    }
                    match b {
                        Value::Object(b) => ordered(b, BLOCK_KEY_ORDER, out),
                        other => out.push_str(&other.to_string()),
                    }
                }
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    };
    for key in order {
        if let Some(value) = obj.remove(*key) {
            field(key, value, out);
        }
    }
    for (key, value) in obj {
        field(&key, value, out);
    }
    out.push('}');
}

/// `s` (a path or a URI, an error message) safe to print on a terminal:
/// control characters, line breaks included, become `?`.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .map(|c| if c.is_control() { '?' } else { c })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

impl Layout {
    /// A page in the text, Markdown or HTML format: the explanation, the
    /// metadata header and the title on request, then the body, then the
    /// comments.
    fn text_block(&self, article: &decruft::Article, explain: bool) -> String {
        let mut s = String::new();
        if explain {
            let how = if self.forced_type {
                "forced by --page-type"
            } else {
                "judged from the page"
            };
            s.push_str(&format!(
                "page type: {} ({how})\n",
                article.page_type().name()
            ));
            for b in article.explanation().unwrap_or_default() {
                let verdict = if b.kept() { "KEEP" } else { "DROP" };
                let text: String = b.text().chars().take(80).collect();
                s.push_str(&format!("{verdict} [{}] {text}\n", b.reason()));
            }
            s.push('\n');
        }
        if self.metadata {
            header(article, self.format == Format::Markdown, &mut s);
        }
        if self.title {
            if let Some(t) = article.title().filter(|t| !opens_with(article.text(), t)) {
                match self.format {
                    Format::Markdown => {
                        s.push_str("# ");
                        s.push_str(t);
                    }
                    Format::Html => {
                        s.push_str("<h1>");
                        s.push_str(&escape_html(t));
                        s.push_str("</h1>");
                    }
                    Format::Text | Format::Json => s.push_str(t),
                }
                s.push_str("\n\n");
            }
        }
        let body = match self.format {
            Format::Markdown => article.markdown(),
            Format::Html => article.html(),
            Format::Text | Format::Json => None,
        }
        .unwrap_or(article.text());
        s.push_str(body);
        if !body.is_empty() {
            s.push('\n');
        }
        for c in article.comments() {
            s.push_str("\n---\n\n");
            if let Some(a) = c.author() {
                s.push_str(a);
                s.push_str(":\n");
            }
            s.push_str(c.text());
            s.push('\n');
        }
        s
    }
}

/// The metadata header: YAML front matter (`yaml`) or `key: value` lines,
/// present fields only, each value a JSON string (a valid YAML
/// double-quoted scalar) or a list of them.
fn header(article: &decruft::Article, yaml: bool, s: &mut String) {
    // Line and paragraph separators and NEL would break a YAML line.
    let quote = |v: &str| {
        Value::from(v)
            .to_string()
            .replace('\u{2028}', "\\u2028")
            .replace('\u{2029}', "\\u2029")
            .replace('\u{85}', "\\u0085")
    };
    let fields: [(&str, Option<&str>); 3] = [
        ("title", article.title()),
        ("date", article.date()),
        ("url", article.url()),
    ];
    let mut lines: Vec<String> = Vec::new();
    for (key, value) in fields {
        if let Some(v) = value {
            lines.push(format!("{key}: {}", quote(v)));
        }
    }
    if !article.authors().is_empty() {
        let list: Vec<String> = article.authors().iter().map(|a| quote(a)).collect();
        lines.push(format!("authors: [{}]", list.join(", ")));
    }
    let more: [(&str, Option<&str>); 3] = [
        ("language", article.language()),
        ("site_name", article.site_name()),
        ("description", article.description()),
    ];
    for (key, value) in more {
        if let Some(v) = value {
            lines.push(format!("{key}: {}", quote(v)));
        }
    }
    if yaml {
        s.push_str("---\n");
    }
    for l in &lines {
        s.push_str(l);
        s.push('\n');
    }
    s.push_str(if yaml { "---\n\n" } else { "\n" });
}

/// Text with `&`, `<` and `>` as character references.
fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Longest sanitized source kept in an output file name, in characters:
/// enough to recognise the page, well under file systems' 255-byte limit.
const MAX_NAME: usize = 80;

/// The text file of page `index` (from 0): `000001-<name>.txt`, the number
/// being the page's place in the input (so names sort in input order and
/// never collide) and the name the source's file name (for a URL, its host
/// and path) with every character but ASCII letters, digits, `.`, `-` and
/// `_` made `_`.
pub fn file_name(index: usize, source: &str) -> String {
    let base = match source.split_once("://") {
        Some((_, rest)) => rest,
        None if source == "-" => "stdin",
        None => Path::new(source)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(source),
    };
    let base = strip_suffix_ci(base, ".gz");
    let base = [".html", ".htm", ".xhtml"]
        .iter()
        .fold(base, |b, ext| strip_suffix_ci(b, ext));
    let name = safe_name(base);
    let n = index + 1;
    if name.is_empty() {
        format!("{n:06}.txt")
    } else {
        format!("{n:06}-{name}.txt")
    }
}

/// `base` as a file or directory name: every character but ASCII letters,
/// digits, `.`, `-` and `_` made `_`, no runs of `_` or `.`, nothing hidden,
/// never `..`, at most [`MAX_NAME`] bytes; possibly empty.
fn safe_name(base: &str) -> String {
    let mut name = String::new();
    for c in base.chars() {
        let c = if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
            c
        } else {
            '_'
        };
        // No runs of `_`, nothing hidden, no `..`.
        if (c == '_' || c == '.') && (name.is_empty() || name.ends_with(['_', '.'])) {
            continue;
        }
        name.push(c);
        if name.len() >= MAX_NAME {
            break;
        }
    }
    name.truncate(name.trim_end_matches(['_', '.']).len());
    name
}

/// `s` without `suffix` (ASCII, any case) at its end.
fn strip_suffix_ci<'a>(s: &'a str, suffix: &str) -> &'a str {
    let cut = s.len().saturating_sub(suffix.len());
    match (s.get(..cut), s.get(cut..)) {
        (Some(head), Some(tail)) if tail.eq_ignore_ascii_case(suffix) => head,
        _ => s,
    }
}

/// Whether the body's first paragraph is the title, white space aside: a
/// product page's name opens its text, and `--title` does not print it
/// twice.
fn opens_with(text: &str, title: &str) -> bool {
    let first = text.split("\n\n").next().unwrap_or_default();
    first.split_whitespace().eq(title.split_whitespace())
}

#[cfg(test)]
mod tests {
    use super::{file_name, opens_with, safe_name};

    #[test]
    fn a_title_the_body_opens_with_is_not_printed_twice() {
        assert!(opens_with(
            "Oak desk\n120 cm\n\nSolid oak.",
            "Oak desk 120 cm"
        ));
        assert!(!opens_with(
            "Oak desk, 120 cm wide.\n\nSolid oak.",
            "Oak desk"
        ));
        assert!(!opens_with("", "Oak desk"));
    }

    #[test]
    fn file_names_are_numbered_and_sanitized() {
        assert_eq!(file_name(0, "dir/Story One.html"), "000001-Story_One.txt");
        assert_eq!(file_name(9, "pages/a.HTML.gz"), "000010-a.txt");
        assert_eq!(
            file_name(41, "https://example.org/news/a?b=1"),
            "000042-example.org_news_a_b_1.txt"
        );
        assert_eq!(file_name(0, "-"), "000001-stdin.txt");
        assert_eq!(file_name(2, "../../etc/passwd"), "000003-passwd.txt");
        assert_eq!(file_name(2, "http://x/../.."), "000003-x.txt");
        assert_eq!(file_name(2, "http://.."), "000003.txt");
        assert_eq!(file_name(1_234_567, "a.htm"), "1234568-a.txt");
        let long = "x".repeat(500);
        assert!(file_name(0, &long).len() < 100);
        assert_eq!(file_name(0, "http://ü.example/ж"), "000001-example.txt");
    }

    #[test]
    fn directory_names_cannot_climb_or_hide() {
        assert_eq!(safe_name(".."), "");
        assert_eq!(safe_name(".git"), "git");
        assert_eq!(safe_name("a b/c"), "a_b_c");
        assert_eq!(safe_name("2024-05"), "2024-05");
    }
}
