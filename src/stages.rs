//! The pipeline's stages one at a time, for benchmarks (feature
//! `internals`). Not a stable API: it exists so that `benches/` can time
//! decoding, parsing, analysis and rendering apart.

use crate::dom::Dom;
use crate::pipeline::Analysis;
use crate::{Article, Options};

/// Bytes to text as [`extract_bytes`](crate::extract_bytes) decodes them.
///
/// ```
/// assert_eq!(decruft::stages::decode(b"<p>caf\xC3\xA9</p>"), "<p>café</p>");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    crate::decode::decode(bytes, None).0.into_owned()
}

/// A parsed page (opaque).
///
/// ```
/// let parsed: decruft::stages::Parsed = decruft::stages::parse("<p>x</p>");
/// # let _ = parsed;
/// ```
pub struct Parsed {
    dom: Dom,
}

impl Parsed {
    /// Nodes in the document.
    ///
    /// ```
    /// assert!(decruft::stages::parse("<p>x</p>").nodes() > 3);
    /// ```
    pub fn nodes(&self) -> usize {
        self.dom.len()
    }
}

/// Parsing with the default limits (prescan, token filter, html5ever, arena).
///
/// ```
/// let parsed = decruft::stages::parse("<p>Hello</p>");
/// # let _ = parsed;
/// ```
pub fn parse(html: &str) -> Parsed {
    Parsed {
        dom: crate::parse::parse(html, &crate::pipeline::limits(&Options::default())),
    }
}

/// Parses `html` twice, reading plain text and tags with the parser's own
/// fast path and with html5ever's tokenizer only, at the default limits or
/// at `max_elements`: `Err` showing both trees when they differ (or when
/// the fast path had to give up), for the differential fuzz target. Not
/// stable: the fast path and this check may change or go.
///
/// ```
/// assert!(decruft::stages::parse_both("<p class=a>x &amp; y<b>z", None).is_ok());
/// assert!(decruft::stages::parse_both("<div><div><div>", Some(2)).is_ok());
/// ```
pub fn parse_both(html: &str, max_elements: Option<usize>) -> Result<(), String> {
    let mut limits = crate::pipeline::limits(&Options::default());
    if let Some(n) = max_elements {
        limits.max_elements = n;
    }
    crate::parse::same_tree_when_fast(html, &limits)
}

/// A page after metadata, prune, segment, score, select and clean (opaque).
///
/// ```
/// let parsed = decruft::stages::parse("<p>x</p>");
/// let analysed: decruft::stages::Analysed<'_> = decruft::stages::analyse(&parsed);
/// # let _ = analysed;
/// ```
pub struct Analysed<'a> {
    dom: &'a Dom,
    analysis: Analysis,
}

impl Analysed<'_> {
    /// Blocks found on the page, kept or not.
    ///
    /// ```
    /// let parsed = decruft::stages::parse("<p>One.</p><p>Two.</p>");
    /// assert_eq!(decruft::stages::analyse(&parsed).blocks(), 2);
    /// ```
    pub fn blocks(&self) -> usize {
        self.analysis.blocks.len()
    }
}

/// Everything between parsing and rendering, with the default options.
///
/// ```
/// let parsed = decruft::stages::parse("<p>Hello</p>");
/// let analysed = decruft::stages::analyse(&parsed);
/// # let _ = analysed;
/// ```
pub fn analyse(parsed: &Parsed) -> Analysed<'_> {
    Analysed {
        dom: &parsed.dom,
        analysis: crate::pipeline::analyse(&parsed.dom, &Options::default()),
    }
}

/// The plain text of the kept blocks.
///
/// ```
/// let parsed = decruft::stages::parse("<p>A sentence of the article, long enough to be kept.</p>");
/// let analysed = decruft::stages::analyse(&parsed);
/// assert!(decruft::stages::render_text(&analysed).starts_with("A sentence"));
/// ```
pub fn render_text(analysed: &Analysed<'_>) -> String {
    let a = &analysed.analysis;
    crate::render::text(
        &crate::render::blocks(a.blocks.clone(), &a.verdicts, false, false, false).0,
    )
}

/// The whole article from an analysed page: rendering, language detection.
///
/// ```
/// let parsed = decruft::stages::parse("<p>A sentence of the article, long enough to be kept.</p>");
/// let article = decruft::stages::finish(decruft::stages::analyse(&parsed));
/// assert!(!article.is_empty());
/// ```
pub fn finish(analysed: Analysed<'_>) -> Article {
    crate::pipeline::finish(analysed.dom, analysed.analysis, &Options::default())
}

/// The page-type model's input for a parsed page, feature by feature (what
/// `tools/train_pagetype.py` trains on; `cargo run --release --features
/// internals,warc --example pagetype_features` dumps it for a set of pages).
///
/// ```
/// let parsed = decruft::stages::parse("<p>Hello</p>");
/// let features = decruft::stages::page_type_features(&parsed);
/// assert!(features.iter().any(|(name, _)| *name == "paragraphs"));
/// ```
pub fn page_type_features(parsed: &Parsed) -> Vec<(&'static str, f32)> {
    let (_, page) = crate::meta::read(&parsed.dom, None);
    crate::pagetype::features(&parsed.dom, None, page.date.is_some())
}
