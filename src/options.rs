//! Settings and the reusable [`Extractor`].

use crate::limits;
use crate::{Article, Error};

/// Settings for an [`Extractor`], built with chained setters.
///
/// Every setting has a default suited to crawled web pages; see each setter.
///
/// ```
/// let extractor = decruft::Options::new()
///     .max_input_bytes(8 * 1024 * 1024)
///     .explain(true)
///     .build();
/// let article = extractor.extract("<p>Hello</p>")?;
/// assert!(article.explanation().is_some());
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    pub(crate) max_input_bytes: usize,
    pub(crate) max_depth: usize,
    pub(crate) max_elements: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_attribute_len: usize,
    pub(crate) explain: bool,
    pub(crate) captions: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_input_bytes: limits::DEFAULT_MAX_INPUT_BYTES,
            max_depth: limits::DEFAULT_MAX_DEPTH,
            max_elements: limits::DEFAULT_MAX_ELEMENTS,
            max_attributes: limits::DEFAULT_MAX_ATTRIBUTES,
            max_attribute_len: limits::DEFAULT_MAX_ATTRIBUTE_LEN,
            explain: false,
            captions: true,
        }
    }
}

impl Options {
    /// The default settings.
    ///
    /// ```
    /// assert_eq!(decruft::Options::new(), decruft::Options::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Largest input accepted, in bytes; a larger one is refused with
    /// [`Error::InputTooLarge`]. Default: 64 MiB.
    ///
    /// ```
    /// let ex = decruft::Options::new().max_input_bytes(4).build();
    /// assert!(ex.extract("<p>too long</p>").is_err());
    /// ```
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.max_input_bytes = bytes;
        self
    }

    /// Deepest element nesting built (at least 1). Start tags deeper than this
    /// are dropped and their text flattened into the element at the limit, so
    /// nothing is lost and parsing stays linear. Default: 256 (browsers stop
    /// near 512; real pages stay well under 100).
    ///
    /// ```
    /// let deep = format!("{}<p>The bottom text of a very deeply nested page is kept.</p>", "<div>".repeat(5000));
    /// let article = decruft::Options::new().max_depth(64).build().extract(&deep)?;
    /// assert!(article.text().contains("bottom text"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth.max(1);
        self
    }

    /// Most elements built for one page (at least 1). Once it is reached,
    /// the rest of the page is not read (a page has to be some 50 MB of
    /// ordinary HTML to get there). Default: 500,000.
    ///
    /// ```
    /// let ex = decruft::Options::new().max_elements(100_000).build();
    /// # let _ = ex;
    /// ```
    pub fn max_elements(mut self, elements: usize) -> Self {
        self.max_elements = elements.max(1);
        self
    }

    /// Most attributes kept on one element; the rest are dropped. Default: 64.
    ///
    /// ```
    /// let ex = decruft::Options::new().max_attributes(16).build();
    /// # let _ = ex;
    /// ```
    pub fn max_attributes(mut self, attributes: usize) -> Self {
        self.max_attributes = attributes;
        self
    }

    /// Longest attribute value kept, in bytes; longer values are emptied.
    /// Default: 8 KiB.
    ///
    /// ```
    /// let ex = decruft::Options::new().max_attribute_len(1024).build();
    /// # let _ = ex;
    /// ```
    pub fn max_attribute_len(mut self, bytes: usize) -> Self {
        self.max_attribute_len = bytes;
        self
    }

    /// Record why every block was kept or dropped, for
    /// [`Article::explanation`]. Costs some time and memory. Default: off.
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// let a = ex.extract("<nav><a href='/'>Home</a></nav>")?;
    /// assert!(a.explanation().unwrap().iter().all(|b| !b.kept()));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn explain(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// Keep image captions inside the article's flow that read as sentences
    /// (a `<figcaption>`, text in a `<figure>`, or an element whose class
    /// names a caption). Photo credits and labels, the lead picture's caption
    /// (before the first paragraph) and captions after the last paragraph
    /// are dropped either way. Default: on.
    ///
    /// ```
    /// let html = "<article><p>The bridge reopened on Monday after two years of repairs and delays.</p>\
    ///             <figure><img src='b.jpg'><figcaption>The bridge at dawn on its first day, seen from the east bank.</figcaption></figure>\
    ///             <p>Traffic is expected to return to its old levels within a month, the city said.</p></article>";
    /// let with = decruft::Options::new().build().extract(html)?;
    /// let without = decruft::Options::new().captions(false).build().extract(html)?;
    /// assert!(with.text().contains("at dawn"));
    /// assert!(!without.text().contains("at dawn"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn captions(mut self, keep: bool) -> Self {
        self.captions = keep;
        self
    }

    /// An [`Extractor`] with these settings.
    ///
    /// ```
    /// let extractor = decruft::Options::new().build();
    /// # let _ = extractor;
    /// ```
    pub fn build(self) -> Extractor {
        Extractor { options: self }
    }
}

/// Extracts articles with fixed [`Options`]; cheap to clone, `Send` and `Sync`,
/// reusable for any number of pages.
///
/// ```
/// let extractor = decruft::Extractor::default();
/// for page in ["<p>one</p>", "<p>two</p>"] {
///     let article = extractor.extract(page)?;
///     # let _ = article;
/// }
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// The settings in use.
    ///
    /// ```
    /// let ex = decruft::Options::new().explain(true).build();
    /// assert!(ex.options().explain_enabled());
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the main content of one HTML page.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `html` is over
    /// [`Options::max_input_bytes`]. A page without main content is not an
    /// error: its article is empty.
    ///
    /// ```
    /// let article = decruft::Extractor::default().extract("<article><h1>Hi</h1><p>Body text.</p></article>")?;
    /// assert_eq!(article.title(), Some("Hi"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn extract(&self, html: &str) -> Result<Article, Error> {
        crate::pipeline::run(html, &self.options)
    }

    /// Extracts the main content of a page given as bytes; see
    /// [`extract_bytes`](crate::extract_bytes) for how they are decoded.
    ///
    /// # Errors
    /// [`Error::InputTooLarge`] when `bytes` is over
    /// [`Options::max_input_bytes`].
    ///
    /// ```
    /// let page = "<meta charset=koi8-r><p>Новости</p>".as_bytes();
    /// let article = decruft::Extractor::default().extract_bytes(page, None)?;
    /// assert_eq!(article.encoding(), Some("KOI8-R"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn extract_bytes(
        &self,
        bytes: &[u8],
        content_type: Option<&str>,
    ) -> Result<Article, Error> {
        if bytes.len() > self.options.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: bytes.len(),
                max: self.options.max_input_bytes,
            });
        }
        let (text, encoding) = crate::decode::decode(bytes, content_type);
        let mut article = crate::pipeline::run(&text, &self.options)?;
        article.encoding = Some(encoding.name());
        Ok(article)
    }
}

impl Options {
    /// Whether [`Options::explain`] is on.
    ///
    /// ```
    /// assert!(!decruft::Options::new().explain_enabled());
    /// ```
    pub fn explain_enabled(&self) -> bool {
        self.explain
    }
}
