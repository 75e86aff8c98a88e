//! The result of an extraction.

/// The main content of a page.
///
/// A page with no main content (an empty page, a pure link listing) gives an
/// `Article` whose [`text`](Article::text) is empty; it is not an error.
///
/// ```
/// let article = decruft::extract("<html><body></body></html>")?;
/// assert!(article.is_empty());
/// assert_eq!(article.title(), None);
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Article {
    pub(crate) title: Option<String>,
    pub(crate) text: String,
    pub(crate) explanation: Option<Vec<BlockReport>>,
    pub(crate) encoding: Option<&'static str>,
}

impl Article {
    /// The headline, if the page has one. It is not repeated in [`text`](Article::text).
    ///
    /// ```
    /// let html = "<title>Rain in Spain | Weather Daily</title><h1>Rain in Spain</h1>\
    ///             <p>It mostly falls on the plain, as the old saying goes, and rarely elsewhere.</p>";
    /// let article = decruft::extract(html)?;
    /// assert_eq!(article.title(), Some("Rain in Spain"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The article body as plain text, without the headline: paragraphs,
    /// headings, captions and quotes separated by one blank line, list items
    /// and table rows (cells separated by tabs) on lines of their own.
    ///
    /// ```
    /// let html = "<article><p>First paragraph of the story, long enough to count as prose.</p>\
    ///             <p>Second paragraph of the story, also long enough to count as prose.</p></article>";
    /// let article = decruft::extract(html)?;
    /// assert_eq!(article.text(), "First paragraph of the story, long enough to count as prose.\n\n\
    ///                            Second paragraph of the story, also long enough to count as prose.");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// True when no main content was found.
    ///
    /// ```
    /// assert!(decruft::extract("")?.is_empty());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The character encoding the page was decoded from (its WHATWG name,
    /// e.g. "UTF-8", "windows-1252", "Shift_JIS"); `None` when the page was
    /// given as text.
    ///
    /// ```
    /// assert_eq!(decruft::extract("<p>x</p>")?.encoding(), None);
    /// assert_eq!(decruft::extract_bytes(b"<p>x</p>", None)?.encoding(), Some("UTF-8"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn encoding(&self) -> Option<&str> {
        self.encoding
    }

    /// Why each block of the page was kept or dropped, in page order; `None`
    /// unless [`Options::explain`](crate::Options::explain) was set.
    ///
    /// ```
    /// let extractor = decruft::Options::new().explain(true).build();
    /// let article = extractor.extract("<p>Only one short line.</p><nav><a href='/'>Home</a></nav>")?;
    /// for block in article.explanation().unwrap_or_default() {
    ///     println!("{} {:?}: {}", if block.kept() { "KEEP" } else { "DROP" }, block.text(), block.reason());
    /// }
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn explanation(&self) -> Option<&[BlockReport]> {
        self.explanation.as_deref()
    }
}

/// How one block of the page was judged (see [`Article::explanation`]).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BlockReport {
    pub(crate) text: String,
    pub(crate) kept: bool,
    pub(crate) reason: String,
    pub(crate) score: f32,
}

impl BlockReport {
    /// The block's text (removed subtrees are reported by their first words).
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// let a = ex.extract("<p>A paragraph that is long enough to be kept as article text.</p>")?;
    /// assert!(a.explanation().unwrap()[0].text().starts_with("A paragraph"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the block is part of the article.
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// let a = ex.extract("<p>A paragraph that is long enough to be kept as article text.</p>")?;
    /// assert!(a.explanation().unwrap()[0].kept());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn kept(&self) -> bool {
        self.kept
    }

    /// Why, in words: "main content", "link density 0.82", "phrase: related"…
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// let a = ex.extract("<p>A paragraph that is long enough to be kept as article text.</p>")?;
    /// assert_eq!(a.explanation().unwrap()[0].reason(), "main content");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// The score of the block's container (0 when it has none).
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// let a = ex.extract("<p>A paragraph that is long enough to be kept as article text.</p>")?;
    /// assert!(a.explanation().unwrap()[0].score() > 0.0);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn score(&self) -> f32 {
        self.score
    }
}
