//! Settings and the reusable [`Extractor`]. Its extraction methods are in
//! `pipeline.rs`, which runs the stages with these settings: the settings
//! do not import the pipeline that reads them.

use crate::limits;
// The types the settings' docs link to.
#[cfg(doc)]
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
    pub(crate) captions: Option<bool>,
    pub(crate) tables: bool,
    pub(crate) markdown: bool,
    pub(crate) links: bool,
    pub(crate) images: bool,
    pub(crate) base_url: Option<String>,
    pub(crate) comments: bool,
    pub(crate) html: bool,
    pub(crate) blocks: bool,
    pub(crate) favor: crate::favor::Favor,
    pub(crate) page_type: Option<crate::PageType>,
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
            captions: None,
            tables: true,
            markdown: false,
            links: false,
            images: false,
            base_url: None,
            comments: false,
            html: false,
            blocks: false,
            favor: crate::favor::Favor::Balanced,
            page_type: None,
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
    /// the rest of the page is not read (a page has to be some 25 MB of
    /// ordinary HTML to get there). It bounds memory: about 240 bytes per
    /// node, some three nodes per element. Default: 250,000.
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
    /// Counted after the attributes no stage reads (`data-*`, `srcset`, event
    /// handlers…) are cut from the input, so the ones read are kept first.
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

    /// Keep image captions (a `<figcaption>`, text in a `<figure>`, or an
    /// element whose class names a caption) that read as sentences inside
    /// the text's flow, on every page type (`true`), or none (`false`).
    /// Photo credits and labels, the lead picture's caption (before the
    /// first paragraph) and captions after the last paragraph go either way;
    /// a `<figure>` of a `<blockquote>` is a quote, not a caption.
    ///
    /// Default (not set): sentence captions are kept, except on a page
    /// typed [`PageType::Article`](crate::PageType::Article), where every
    /// caption goes: a story's pictures are not its text, and both dev sets'
    /// golds leave them out (news set F1 0.977 -> 0.979; wcxb-dev half A,
    /// 177 kept captions outside the gold against 16 in it). Set `true` for
    /// a reader view that shows the story's pictures with their captions
    /// (a captioned picture is one block with its caption: with
    /// [`images`](Options::images) it goes with the caption).
    ///
    /// ```
    /// let html = "<article><p>The bridge reopened on Monday after two years of repairs and delays.</p>\
    ///             <figure><img src='b.jpg'><figcaption>The bridge at dawn on its first day, seen from the east bank.</figcaption></figure>\
    ///             <p>Traffic is expected to return to its old levels within a month, the city said.</p></article>";
    /// let default = decruft::Options::new().build().extract(html)?;
    /// let with = decruft::Options::new().captions(true).build().extract(html)?;
    /// let without = decruft::Options::new().captions(false).build().extract(html)?;
    /// // A story: its captions go unless asked for.
    /// assert_eq!(default.page_type(), decruft::PageType::Article);
    /// assert!(!default.text().contains("at dawn"));
    /// assert!(with.text().contains("at dawn"));
    /// assert!(!without.text().contains("at dawn"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn captions(mut self, keep: bool) -> Self {
        self.captions = Some(keep);
        self
    }

    /// Keep the article's data tables (rows of cells; layout tables, whose
    /// cells hold the page's text, are read as text either way). Off, every
    /// row of a data table is left out of the text, the Markdown, the HTML
    /// and the blocks. Default: on.
    ///
    /// ```
    /// let html = "<article><p>The ferry runs every day of the week, weather allowing, from the old pier.</p>\
    ///             <table><tr><th>Day</th><th>Departure</th></tr><tr><td>Monday</td><td>09:00</td></tr></table>\
    ///             <p>Tickets are sold on board and at the kiosk beside the harbour office.</p></article>";
    /// let with = decruft::extract(html)?;
    /// let without = decruft::Options::new().tables(false).build().extract(html)?;
    /// assert!(with.text().contains("Monday\t09:00"));
    /// assert!(!without.text().contains("Monday"));
    /// assert!(without.text().contains("Tickets are sold"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn tables(mut self, keep: bool) -> Self {
        self.tables = keep;
        self
    }

    /// Also render the body as Markdown, for [`Article::markdown`]: headings,
    /// nested and numbered lists, tables (GFM), block quotes, code blocks,
    /// bold, italic, strikethrough and inline code. Stripped of its markup,
    /// the Markdown is the plain text. Default: off (it costs a little time).
    ///
    /// ```
    /// let html = "<article><h2>Steps</h2><ol><li>Boil <b>fresh</b> water for the tea.</li>\
    ///             <li>Pour it over the leaves and wait three minutes.</li></ol></article>";
    /// let article = decruft::Options::new().markdown(true).build().extract(html)?;
    /// assert_eq!(
    ///     article.markdown(),
    ///     Some("## Steps\n\n1. Boil **fresh** water for the tea.\n2. Pour it over the leaves and wait three minutes.")
    /// );
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn markdown(mut self, on: bool) -> Self {
        self.markdown = on;
        self
    }

    /// Keep links in the Markdown as `[text](url)` (and in the HTML as
    /// `<a href>`), their targets resolved against the base URL (see
    /// [`Options::base_url`]); `javascript:` links stay plain text.
    /// Default: off (link text only).
    ///
    /// ```
    /// let html = r#"<p>Read <a href="/guide">the guide</a> before you start the engine.</p>"#;
    /// let article = decruft::Options::new()
    ///     .markdown(true)
    ///     .links(true)
    ///     .base_url("https://example.org/docs/")
    ///     .build()
    ///     .extract(html)?;
    /// assert_eq!(
    ///     article.markdown(),
    ///     Some("Read [the guide](https://example.org/guide) before you start the engine.")
    /// );
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn links(mut self, on: bool) -> Self {
        self.links = on;
        self
    }

    /// Keep the article's images in the Markdown as `![alt](src)` (and in
    /// the HTML as `<img src alt>`; `src` or a lazy-loading `data-src`,
    /// resolved against the base URL; inline `data:` images are left out).
    /// A captioned picture is one block with its caption: on a page typed
    /// article it goes with it unless [`captions`](Options::captions) is
    /// `true`, as here. Default: off.
    ///
    /// ```
    /// let html = r#"<article><p>The comet was bright enough to see from the city last night.</p>
    ///     <figure><img src="comet.jpg" alt="The comet"><figcaption>The comet over the harbour, seen from the old pier at midnight.</figcaption></figure>
    ///     <p>It will come back in about seventy years, astronomers said on Monday.</p></article>"#;
    /// let article = decruft::Options::new()
    ///     .markdown(true)
    ///     .images(true)
    ///     .captions(true)
    ///     .base_url("https://example.org/news/comet.html")
    ///     .build()
    ///     .extract(html)?;
    /// assert!(article.markdown().unwrap().contains("![The comet](https://example.org/news/comet.jpg)"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn images(mut self, on: bool) -> Self {
        self.images = on;
        self
    }

    /// The page's URL, against which relative links and images in the
    /// Markdown are resolved (RFC 3986). A `<base href>` in the page is
    /// resolved against it and takes its place, as in a browser. Without
    /// either, relative URLs are left as written. Default: none.
    ///
    /// ```
    /// let html = r#"<base href="https://cdn.example.net/a/"><p>See <a href="b.html">this page</a> for the full list of stations.</p>"#;
    /// let article = decruft::Options::new().markdown(true).links(true).build().extract(html)?;
    /// assert_eq!(
    ///     article.markdown(),
    ///     Some("See [this page](https://cdn.example.net/a/b.html) for the full list of stations.")
    /// );
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Also collect the page's user comments, for [`Article::comments`]:
    /// each comment's author (when the page names one) and text, in page
    /// order, replies included. The body never contains comments, whether
    /// this is on or off. Default: off.
    ///
    /// ```
    /// let html = r#"<article><h1>Spring fair</h1>
    ///   <p>The spring fair opens on Saturday with forty stalls and a brass band in the square.</p></article>
    ///   <ol class="comment-list">
    ///     <li class="comment"><cite class="fn">Maria</cite><div class="comment-content"><p>We will be there with the kids!</p></div></li>
    ///     <li class="comment"><cite class="fn">Tom</cite><div class="comment-content"><p>Is parking free?</p></div></li>
    ///   </ol>"#;
    /// let article = decruft::Options::new().comments(true).build().extract(html)?;
    /// assert!(!article.text().contains("kids"));
    /// let comments = article.comments();
    /// assert_eq!(comments.len(), 2);
    /// assert_eq!(comments[0].author(), Some("Maria"));
    /// assert_eq!(comments[1].text(), "Is parking free?");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn comments(mut self, on: bool) -> Self {
        self.comments = on;
        self
    }

    /// Also render the body as minimal, safe HTML, for
    /// [`Article::html`] (with links and images as
    /// [`links`](Options::links) and [`images`](Options::images) say).
    /// Default: off.
    ///
    /// ```
    /// let ex = decruft::Options::new().html(true).build();
    /// let a = ex.extract("<article><p>The ferry leaves at nine <script>x()</script>and returns at six.</p></article>")?;
    /// assert_eq!(a.html(), Some("<p>The ferry leaves at nine and returns at six.</p>"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn html(mut self, on: bool) -> Self {
        self.html = on;
        self
    }

    /// Keep the body's typed blocks (headings, paragraphs, lists, tables,
    /// quotes, code, captions) for [`Article::blocks`], and in the JSON
    /// with the `serde` feature. Default: off.
    ///
    /// ```
    /// let ex = decruft::Options::new().blocks(true).build();
    /// let a = ex.extract("<article><h2>Kit</h2><p>A glass jar with a loose lid is all you need.</p></article>")?;
    /// assert_eq!(a.blocks().len(), 2);
    /// assert!(decruft::extract("<p>x</p>")?.blocks().is_empty());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn blocks(mut self, on: bool) -> Self {
        self.blocks = on;
        self
    }

    /// Favor precision: leave out the blocks selection was least sure of
    /// (kept blocks with over 30 % link text, captions, short lines that
    /// end no sentence), for output with less boilerplate and a little less
    /// of the article. Turns [`favor_recall`](Options::favor_recall) off.
    /// Default: off. See the README for what it does to precision and
    /// recall on the dev sets.
    ///
    /// ```
    /// let html = "<article><p>The river rose by two metres overnight and the old bridge was closed.</p>\
    ///             <p>Water levels at dawn</p>\
    ///             <p>Engineers will inspect the bridge on Monday before it reopens to traffic.</p></article>";
    /// assert!(decruft::extract(html)?.text().contains("Water levels at dawn"));
    /// let a = decruft::Options::new().favor_precision(true).build().extract(html)?;
    /// assert!(!a.text().contains("Water levels at dawn"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn favor_precision(mut self, on: bool) -> Self {
        self.favor = if on {
            crate::favor::Favor::Precision
        } else if self.favor == crate::favor::Favor::Precision {
            crate::favor::Favor::Balanced
        } else {
            self.favor
        };
        self
    }

    /// Favor recall: bring back the blocks selection left out for doubt
    /// (short lines and captions at the article's edges, lists with many
    /// links between kept blocks), for output that misses less of the
    /// article and holds a little more boilerplate. Turns
    /// [`favor_precision`](Options::favor_precision) off. Default: off.
    ///
    /// ```
    /// let html = "<article><p>The river rose by two metres overnight and the old bridge was closed.</p>\
    ///             <p>Engineers will inspect the bridge on Monday before it reopens to traffic.</p>\
    ///             <p>Filed from Elsenbruch</p></article>";
    /// assert!(!decruft::extract(html)?.text().contains("Filed from"));
    /// let a = decruft::Options::new().favor_recall(true).build().extract(html)?;
    /// assert!(a.text().ends_with("Filed from Elsenbruch"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn favor_recall(mut self, on: bool) -> Self {
        self.favor = if on {
            crate::favor::Favor::Recall
        } else if self.favor == crate::favor::Favor::Recall {
            crate::favor::Favor::Balanced
        } else {
            self.favor
        };
        self
    }

    /// Extract every page as this kind of page, instead of the kind the
    /// page is judged to be (see [`Article::page_type`]): a crawl of one
    /// site's forum, shop or documentation whose kind is known. The body
    /// follows the kind (every post of a thread, every entry of a listing,
    /// every section of a service page, the captions of anything but an
    /// article), the title too (a service page's or a thread's name), and
    /// [`Article::page_type`] reports the kind forced, even on a page left
    /// empty. Default: not set, the kind is decided per page.
    ///
    /// ```
    /// use decruft::{Options, PageType};
    /// let html = "<article><p>The bridge reopened on Monday after two years of repairs and delays.</p>\
    ///             <figure><img src='b.jpg'><figcaption>The bridge at dawn on its first day, seen from the east bank.</figcaption></figure>\
    ///             <p>Traffic is expected to return to its old levels within a month, the city said.</p></article>";
    /// let decided = decruft::extract(html)?;
    /// assert_eq!(decided.page_type(), PageType::Article);
    /// assert!(!decided.text().contains("at dawn"));
    /// // Read as a service page: its sentence captions are kept.
    /// let forced = Options::new().page_type(PageType::Service).build().extract(html)?;
    /// assert_eq!(forced.page_type(), PageType::Service);
    /// assert!(forced.text().contains("at dawn"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn page_type(mut self, kind: crate::PageType) -> Self {
        self.page_type = Some(kind);
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
    pub(crate) options: Options,
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
}

/// What the caller knows about one page: its URL and its HTTP
/// `Content-Type`, given per call to [`Extractor::extract_with`] so that one
/// extractor serves many pages. Both default to unknown (`None`).
///
/// ```
/// let page = decruft::PageInfo::new()
///     .url("https://example.org/2024/05/12/rain.html")
///     .content_type("text/html; charset=utf-8");
/// assert_eq!(page.page_url(), Some("https://example.org/2024/05/12/rain.html"));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageInfo<'a> {
    pub(crate) url: Option<&'a str>,
    pub(crate) content_type: Option<&'a str>,
}

impl<'a> PageInfo<'a> {
    /// Nothing known: no URL, no content type.
    ///
    /// ```
    /// assert_eq!(decruft::PageInfo::new().page_url(), None);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// The page's URL: relative links, `url` and `image` resolve against it,
    /// it is the article's [`url`](crate::Article::url) when the page names
    /// no canonical one, and a date in its path is the last source of the
    /// publication date. Default: none (then [`Options::base_url`] is used).
    ///
    /// ```
    /// let page = decruft::PageInfo::new().url("https://example.org/a");
    /// assert_eq!(page.page_url(), Some("https://example.org/a"));
    /// ```
    pub fn url(mut self, url: &'a str) -> Self {
        self.url = Some(url);
        self
    }

    /// The HTTP `Content-Type` header, whose charset decodes the bytes
    /// (see [`extract_bytes`](crate::extract_bytes)). Default: none.
    ///
    /// ```
    /// let page = decruft::PageInfo::new().content_type("text/html; charset=koi8-r");
    /// assert_eq!(page.page_content_type(), Some("text/html; charset=koi8-r"));
    /// ```
    pub fn content_type(mut self, content_type: &'a str) -> Self {
        self.content_type = Some(content_type);
        self
    }

    /// The URL given, if any.
    ///
    /// ```
    /// assert_eq!(decruft::PageInfo::new().url("https://e.org/").page_url(), Some("https://e.org/"));
    /// ```
    pub fn page_url(&self) -> Option<&'a str> {
        self.url
    }

    /// The content type given, if any.
    ///
    /// ```
    /// assert_eq!(decruft::PageInfo::new().page_content_type(), None);
    /// ```
    pub fn page_content_type(&self) -> Option<&'a str> {
        self.content_type
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

    /// The kind [`Options::page_type`] forces on every page, if set.
    ///
    /// ```
    /// use decruft::{Options, PageType};
    /// assert_eq!(Options::new().forced_page_type(), None);
    /// let o = Options::new().page_type(PageType::Forum);
    /// assert_eq!(o.forced_page_type(), Some(PageType::Forum));
    /// ```
    pub fn forced_page_type(&self) -> Option<crate::PageType> {
        self.page_type
    }
}
