//! The leaked-extraction corpus of issue 19, shared by the quality test
//! (`tests/quality.rs`, which holds the floors) and the generator
//! (`tools/cleanleak.rs`, which prints the figures and the lines lost).
//!
//! For each dev-set page, two leaked texts are made the way weak extractors
//! make them, line by line (a line break at every block element and `<br>`;
//! `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>` and elements
//! marked `hidden` skipped):
//! - `body`: the visible text of the whole `<body>`;
//! - `parent`: the text of the parent of the main container, the main
//!   container being the deepest element holding every line of the gold
//!   body found in the page.
//!
//! Each is cleaned with `Cleaner::explain`, and each leaked line is gold
//! when it is a line of the gold body (both normalised by the cleaner), or
//! when it has at least [`MIN_SUBSTRING_WORDS`] words (or
//! [`MIN_SUBSTRING_CHARS`] characters of a script without spaces) and is
//! found inside the gold body. Figures: the share of gold lines kept, the
//! share of the other lines removed, and the benchmark's word F1 (lowercased
//! `\w+` multisets, per page, averaged) before and after cleaning.
#![allow(dead_code)]

use std::collections::HashSet;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// A leaked line this long (in words) counts as gold when the gold body
/// holds it anywhere: a paragraph the gold splits differently.
pub const MIN_SUBSTRING_WORDS: usize = 5;
/// The same for scripts written without spaces, in characters.
pub const MIN_SUBSTRING_CHARS: usize = 12;

fn breaks(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "br"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "option"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
    )
}

fn skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "head"
            | "iframe"
            | "object"
            | "select"
            | "textarea"
            | "button"
    )
}

/// One line of a page's body text, with the ids of its element ancestors
/// (outermost first).
pub struct BodyLine {
    pub text: String,
    pub path: Vec<usize>,
}

enum Step {
    Enter(Handle),
    /// The end of a block element: the line breaks.
    LeaveBlock,
    /// The end of an inline element: the line goes on.
    LeaveInline,
}

/// The visible text of `<body>`, line by line, without recursion.
pub fn body_lines(html: &str) -> Vec<BodyLine> {
    let dom = html5ever::parse_document(RcDom::default(), Default::default())
        .from_utf8()
        .one(html.as_bytes());
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut path: Vec<usize> = Vec::new();
    let mut next_id = 0usize;
    let mut stack = vec![Step::Enter(dom.document.clone())];
    let flush = |current: &mut String, path: &[usize], lines: &mut Vec<BodyLine>| {
        let t = current.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            lines.push(BodyLine {
                text: t,
                path: path.to_vec(),
            });
        }
        current.clear();
    };
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::LeaveBlock => {
                flush(&mut current, &path, &mut lines);
                path.pop();
                continue;
            }
            Step::LeaveInline => {
                path.pop();
                continue;
            }
            Step::Enter(n) => n,
        };
        match &node.data {
            NodeData::Text { contents } => current.push_str(&contents.borrow()),
            NodeData::Element { name, attrs, .. } => {
                let local: &str = &name.local;
                let hidden = attrs.borrow().iter().any(|a| {
                    let n: &str = &a.name.local;
                    n == "hidden"
                        || (n == "style" && a.value.replace(' ', "").contains("display:none"))
                });
                if skipped(local) || hidden {
                    continue;
                }
                let block = breaks(local);
                if block {
                    flush(&mut current, &path, &mut lines);
                }
                next_id += 1;
                path.push(next_id);
                stack.push(if block {
                    Step::LeaveBlock
                } else {
                    Step::LeaveInline
                });
            }
            _ => {}
        }
        for child in node.children.borrow().iter().rev() {
            stack.push(Step::Enter(child.clone()));
        }
    }
    flush(&mut current, &path, &mut lines);
    lines
}

/// Bytes to text: UTF-8 when valid, else the encoding Firefox's detector
/// guesses (the dev sets' pages declare theirs inconsistently).
pub fn decode(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_owned();
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let (text, _, _) = det
        .guess(None, chardetng::Utf8Detection::Allow)
        .decode(bytes);
    text.into_owned()
}

/// The two leaked texts of one page.
pub struct Leaked {
    pub body: String,
    pub parent: String,
}

fn is_gold(line: &str, gold_lines: &HashSet<String>, gold_text: &str) -> bool {
    if gold_lines.contains(line) {
        return true;
    }
    let long = line.split_whitespace().count() >= MIN_SUBSTRING_WORDS
        || (line.chars().filter(|c| is_unspaced(*c)).count() >= MIN_SUBSTRING_CHARS);
    long && gold_text.contains(line)
}

fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{e00}'..='\u{e7f}')
}

/// The gold body's lines as the cleaner normalises them.
pub fn gold_lines(gold: &str) -> Vec<String> {
    decruft::Cleaner::new()
        .explain(gold)
        .into_iter()
        .map(|r| r.text().to_owned())
        .collect()
}

/// A gold body, normalised by the cleaner, for finding its lines.
pub struct Gold {
    pub text: String,
    pub lines: Vec<String>,
    set: HashSet<String>,
    joined: String,
}

impl Gold {
    pub fn new(text: &str) -> Gold {
        let lines = gold_lines(text);
        Gold {
            text: text.to_owned(),
            set: lines.iter().cloned().collect(),
            joined: lines.join("\n"),
            lines,
        }
    }

    /// Is `line` (normalised by the cleaner) a gold line?
    pub fn holds(&self, line: &str) -> bool {
        is_gold(line, &self.set, &self.joined)
    }
}

/// Makes the two leaked texts of a page.
pub fn leak(html: &str, gold: &Gold) -> Leaked {
    let lines = body_lines(html);
    let mut lca: Option<Vec<usize>> = None;
    for l in &lines {
        // White space is all the walk leaves to normalise, mostly; a line
        // missed here only moves the main container up.
        if gold.holds(&l.text) {
            lca = Some(match lca {
                None => l.path.clone(),
                Some(p) => p
                    .iter()
                    .zip(&l.path)
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| *a)
                    .collect(),
            });
        }
    }
    let body = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let parent = match lca {
        Some(mut p) => {
            p.pop();
            lines
                .iter()
                .filter(|l| l.path.starts_with(&p))
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        }
        None => body.clone(),
    };
    Leaked { body, parent }
}

/// Figures over a corpus.
#[derive(Default, Clone, Debug)]
pub struct Figures {
    pub pages: usize,
    pub gold_lines: usize,
    pub gold_kept: usize,
    pub other_lines: usize,
    pub other_removed: usize,
    pub f1_before: f64,
    pub f1_after: f64,
    /// Gold lines the cleaner removed: (page id, reason, line).
    pub lost: Vec<(String, String, String)>,
    /// Other lines the cleaner removed, counted by reason.
    pub removed_by_reason: std::collections::BTreeMap<String, usize>,
    /// Other lines a rule of context kept, counted by rule.
    pub kept_by_context: std::collections::BTreeMap<String, usize>,
    /// Other lines a rule of context kept: (page id, reason, line).
    pub kept_by_context_lines: Vec<(String, String, String)>,
}

impl Figures {
    pub fn kept_share(&self) -> f64 {
        self.gold_kept as f64 / self.gold_lines.max(1) as f64
    }
    pub fn removed_share(&self) -> f64 {
        self.other_removed as f64 / self.other_lines.max(1) as f64
    }
    pub fn mean_f1_before(&self) -> f64 {
        self.f1_before / self.pages.max(1) as f64
    }
    pub fn mean_f1_after(&self) -> f64 {
        self.f1_after / self.pages.max(1) as f64
    }

    /// Adds one leaked text of page `id`.
    pub fn add(&mut self, id: &str, leaked: &str, gold: &Gold) {
        let cleaner = decruft::Cleaner::new();
        let report = cleaner.explain(leaked);
        for r in &report {
            if gold.holds(r.text()) {
                self.gold_lines += 1;
                if r.kept() {
                    self.gold_kept += 1;
                } else {
                    self.lost
                        .push((id.to_owned(), r.reason().to_owned(), r.text().to_owned()));
                }
            } else {
                self.other_lines += 1;
                if r.kept() && r.reason() != "kept" {
                    let rule = r.reason().split(" (").next().unwrap_or_default();
                    *self.kept_by_context.entry(rule.to_owned()).or_default() += 1;
                    self.kept_by_context_lines.push((
                        id.to_owned(),
                        r.reason().to_owned(),
                        r.text().to_owned(),
                    ));
                }
                if !r.kept() {
                    self.other_removed += 1;
                    *self
                        .removed_by_reason
                        .entry(r.reason().to_owned())
                        .or_default() += 1;
                }
            }
        }
        self.pages += 1;
        self.f1_before += prf(leaked, &gold.text).2;
        self.f1_after += prf(&cleaner.clean(leaked), &gold.text).2;
    }
}

/// `clean_text` on a gold body: the lines it removes, with their reasons.
pub fn removed_from_gold(gold: &str) -> Vec<(String, String)> {
    removed_from_gold_in_context(gold)
        .into_iter()
        .map(|(reason, line, _, _)| (reason, line))
        .collect()
}

/// [`removed_from_gold`] with the line before and the line after each.
pub fn removed_from_gold_in_context(gold: &str) -> Vec<(String, String, String, String)> {
    let report = decruft::Cleaner::new().explain(gold);
    let text = |i: Option<usize>| {
        i.and_then(|i| report.get(i))
            .map_or(String::new(), |r| r.text().to_owned())
    };
    report
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.kept())
        .map(|(i, r)| {
            (
                r.reason().to_owned(),
                r.text().to_owned(),
                text(i.checked_sub(1)),
                text(Some(i + 1)),
            )
        })
        .collect()
}

fn tokens(s: &str) -> std::collections::HashMap<String, usize> {
    static WORD: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\w+").expect("valid regex"));
    let mut m = std::collections::HashMap::new();
    for w in WORD.find_iter(&s.to_lowercase()) {
        *m.entry(w.as_str().to_owned()).or_insert(0) += 1;
    }
    m
}

/// Word (precision, recall, F1): lowercased `\w+` multisets, as wcxb's
/// scorer computes them.
pub fn prf(pred: &str, truth: &str) -> (f64, f64, f64) {
    let (p, r) = (tokens(pred), tokens(truth));
    let (np, nr): (usize, usize) = (p.values().sum(), r.values().sum());
    if nr == 0 || np == 0 {
        let v = if nr == np { 1.0 } else { 0.0 };
        return (v, v, v);
    }
    let tp: usize = p
        .iter()
        .map(|(w, &c)| c.min(r.get(w).copied().unwrap_or(0)))
        .sum();
    let (pr, rc) = (tp as f64 / np as f64, tp as f64 / nr as f64);
    let f = if tp == 0 {
        0.0
    } else {
        2.0 * pr * rc / (pr + rc)
    };
    (pr, rc, f)
}
