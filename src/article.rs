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
///
/// With the `serde` feature, `Article` serializes to an object with every
/// field: `title`, `text`, `authors`, `date`, `date_modified`, `site_name`,
/// `description`, `language`, `url`, `image`, `tags`, `categories`,
/// `encoding`, `page_type`, `readerable`; `markdown`, `html`, `blocks`, `comments` and
/// `explanation` when asked for. It also deserializes, so a JSON line written by the CLI reads
/// back into an `Article` (an unknown encoding name reads as `None`).
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Article {
    pub(crate) title: Option<String>,
    pub(crate) text: String,
    pub(crate) page_type: crate::PageType,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) readerable: bool,
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub(crate) meta: crate::meta::PageMeta,
    #[cfg_attr(feature = "serde", serde(default, deserialize_with = "encoding_name"))]
    pub(crate) encoding: Option<&'static str>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) markdown: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) html: Option<String>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) blocks: Vec<crate::Block>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub(crate) comments: Vec<Comment>,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub(crate) explanation: Option<Vec<BlockReport>>,
}

/// An encoding's WHATWG name read back as the `&'static str` the library
/// hands out.
#[cfg(feature = "serde")]
fn encoding_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<&'static str>, D::Error> {
    let name: Option<String> = serde::Deserialize::deserialize(d)?;
    Ok(name
        .and_then(|n| encoding_rs::Encoding::for_label(n.as_bytes()))
        .map(encoding_rs::Encoding::name))
}

impl Article {
    /// What kind of page this is: an article, a forum thread, documentation,
    /// a service page, a product, a listing or a collection (see
    /// [`PageType`](crate::PageType)). The body follows the kind: every post
    /// of a thread, every section of a service page, every entry of a
    /// listing. A program that wants articles only filters on this.
    ///
    /// ```
    /// let html = r#"<html><head><link rel="canonical" href="https://forum.example/t/kettle-descaling/42"></head>
    ///   <body><h1>Kettle descaling</h1><p>How often do you descale a kettle in a hard-water area?</p></body></html>"#;
    /// let article = decruft::extract(html)?;
    /// assert_eq!(article.page_type(), decruft::PageType::Forum);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn page_type(&self) -> crate::PageType {
        self.page_type
    }

    /// Whether the body reads as an article worth a reader view (as
    /// Readability.js's `isProbablyReaderable` judges a page): its
    /// paragraphs of 140 characters or more, each counting the square
    /// root of its length past 140, add up to more than 20 (about three
    /// long paragraphs). A short notice, a product box or a link listing
    /// is not readerable even when it has text. A program that wants
    /// prose filters on this.
    ///
    /// ```
    /// let paras: String = (1..=4).map(|day| format!("<p>On day {day} the river rose again, the old bridge \
    ///     stayed closed to traffic, engineers spent the morning checking its piers for damage and the \
    ///     mayor asked everyone to keep away from the banks.</p>")).collect();
    /// let long = decruft::extract(&format!("<article>{paras}</article>"))?;
    /// assert!(long.readerable());
    /// let short = decruft::extract("<article><p>Closed today.</p></article>")?;
    /// assert!(!short.readerable());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn readerable(&self) -> bool {
        self.readerable
    }

    /// The headline, if the page has one: its `<h1>` or its declared title
    /// (`og:title`, `<title>`, JSON-LD `headline`), never the site's name
    /// around it. It is not repeated in [`text`](Article::text).
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

    /// The article body as plain text, without the headline (a product
    /// page's name, its first field, stays): paragraphs,
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

    /// The authors' names (JSON-LD, `<meta name=author>`, microdata, the
    /// byline shown near the headline, a "Written by" line anywhere; on a
    /// forum thread, the opening post's), in the page's order; empty when it
    /// names none. Bylines
    /// are split into names ("and", "&", commas, "und", "et", "y"…) and
    /// cleaned of "By"/"Par"/"Von"/"Por", handles, e-mail addresses, dates,
    /// roles ("Staff Writer") and reading times; an organisation is named
    /// only when no person is.
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta name="author" content="Ada Lovelace"><p>Text.</p>"#)?;
    /// assert_eq!(a.authors(), ["Ada Lovelace"]);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn authors(&self) -> &[String] {
        &self.meta.authors
    }

    /// The publication date as ISO 8601 ("2024-03-09" or with its time,
    /// "2024-03-09T10:00:00+01:00"). Sources, best first: JSON-LD
    /// `datePublished`, `article:published_time` and other meta names
    /// (Dublin Core included), microdata, the `<time datetime>` just after
    /// the headline (else the first), a dateline near the headline in the
    /// page's words ("Publié le 12 mars 2024", "2024年5月12日"), an element
    /// marked as a date (not as "updated"), a date in the URL's path.
    /// Dates that do not exist, are before 1990 or after tomorrow are
    /// refused.
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta property="article:published_time" content="2024-03-09T10:00:00Z"><p>x</p>"#)?;
    /// assert_eq!(a.date(), Some("2024-03-09T10:00:00Z"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn date(&self) -> Option<&str> {
        self.meta.date.as_deref()
    }

    /// The date of the last modification, ISO 8601 like [`date`](Article::date)
    /// (JSON-LD `dateModified`, `article:modified_time`, `og:updated_time`,
    /// Dublin Core); `None` when the page gives none.
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta property="article:modified_time" content="2024-03-10T08:00:00+0100"><p>x</p>"#)?;
    /// assert_eq!(a.date_modified(), Some("2024-03-10T08:00:00+01:00"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn date_modified(&self) -> Option<&str> {
        self.meta.date_modified.as_deref()
    }

    /// The sections the page files itself under (`article:section`,
    /// JSON-LD `articleSection`), apart from its [`tags`](Article::tags).
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta property="article:section" content="Science"><p>x</p>"#)?;
    /// assert_eq!(a.categories(), ["Science"]);
    /// assert!(a.tags().is_empty());
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn categories(&self) -> &[String] {
        &self.meta.categories
    }

    /// The site's name (`og:site_name`, the JSON-LD publisher).
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta property="og:site_name" content="Sea Notes"><p>x</p>"#)?;
    /// assert_eq!(a.site_name(), Some("Sea Notes"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn site_name(&self) -> Option<&str> {
        self.meta.site_name.as_deref()
    }

    /// The page's own summary (`og:description`, `<meta name=description>`).
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta name="description" content="Why tides turn."><p>x</p>"#)?;
    /// assert_eq!(a.description(), Some("Why tides turn."));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.meta.description.as_deref()
    }

    /// The language as a BCP 47 tag: `<html lang>` normalised (`EN_us` →
    /// `en-US`; `x-default` and malformed tags dropped), else an ISO 639-1
    /// code detected from the article's text (script for Chinese, Japanese,
    /// Korean and Thai; stop words for 54 other languages). When 1,000 bytes
    /// or more of text are plainly in another language than the declared
    /// one, the detected code stands. `None` when neither says.
    ///
    /// ```
    /// let a = decruft::extract(r#"<html lang="fr-CA"><p>x</p></html>"#)?;
    /// assert_eq!(a.language(), Some("fr-CA"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.meta.language.as_deref()
    }

    /// The canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`),
    /// resolved against the page's URL; else the page's URL given to
    /// [`Extractor::extract_with`](crate::Extractor::extract_with).
    ///
    /// ```
    /// let a = decruft::extract(r#"<link rel="canonical" href="https://example.org/a"><p>x</p>"#)?;
    /// assert_eq!(a.url(), Some("https://example.org/a"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn url(&self) -> Option<&str> {
        self.meta.url.as_deref()
    }

    /// The main image's URL (`og:image`, JSON-LD `image`, `twitter:image`).
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta property="og:image" content="https://example.org/a.jpg"><p>x</p>"#)?;
    /// assert_eq!(a.image(), Some("https://example.org/a.jpg"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn image(&self) -> Option<&str> {
        self.meta.image.as_deref()
    }

    /// Tags (JSON-LD `keywords`, `article:tag`, keywords meta),
    /// deduplicated; empty when the page gives none. Sections are
    /// [`categories`](Article::categories).
    ///
    /// ```
    /// let a = decruft::extract(r#"<meta name="keywords" content="tides, moon"><p>x</p>"#)?;
    /// assert_eq!(a.tags(), ["tides", "moon"]);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn tags(&self) -> &[String] {
        &self.meta.tags
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

    /// The body as Markdown (without the headline); `None` unless
    /// [`Options::markdown`](crate::Options::markdown) was set.
    ///
    /// ```
    /// let ex = decruft::Options::new().markdown(true).build();
    /// let a = ex.extract("<article><p>Cook the rice <em>slowly</em>, stirring now and then, for twenty minutes.</p></article>")?;
    /// assert_eq!(a.markdown(), Some("Cook the rice *slowly*, stirring now and then, for twenty minutes."));
    /// assert_eq!(decruft::extract("<p>x</p>")?.markdown(), None);
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn markdown(&self) -> Option<&str> {
        self.markdown.as_deref()
    }

    /// The body as minimal, well-formed HTML (without the headline); `None`
    /// unless [`Options::html`](crate::Options::html) was set. Headings,
    /// paragraphs (a line break as `<br>`), lists (nested, numbered from
    /// their `start`), tables (header rows as `<th>` in `<thead>`), quotes,
    /// code (`<pre><code class="language-…">`) and captions
    /// (`<figure><figcaption>`), one block per line, with `<strong>`,
    /// `<em>`, `<s>` and `<code>` inside, and `<a href>` and `<img src
    /// alt>` (URLs resolved) when [`Options::links`](crate::Options::links)
    /// and [`Options::images`](crate::Options::images) are on; no other
    /// attribute, no class, style, script or event handler, no
    /// `javascript:` or `data:` URL, every character of text escaped: safe
    /// to embed. Its text is the article's [`text`](Article::text).
    ///
    /// ```
    /// let ex = decruft::Options::new().html(true).links(true).base_url("https://example.org/").build();
    /// let a = ex.extract("<article><h2 class='x' onclick='f()'>Steps</h2>\
    ///     <p>Mix <b>well</b> &amp; rest the <a href='/dough' onclick='f()'>dough</a> for an hour.</p></article>")?;
    /// assert_eq!(a.html(), Some("<h2>Steps</h2>\n\
    ///     <p>Mix <strong>well</strong> &amp; rest the <a href=\"https://example.org/dough\">dough</a> for an hour.</p>"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn html(&self) -> Option<&str> {
        self.html.as_deref()
    }

    /// The body as typed blocks in page order (headings with their level,
    /// paragraphs, lists with their items, tables with their rows, quotes,
    /// code with its language, captions): see [`Block`](crate::Block).
    /// [`text`](Article::text) and [`markdown`](Article::markdown) are
    /// renderings of this list. Empty unless
    /// [`Options::blocks`](crate::Options::blocks) was set.
    ///
    /// ```
    /// let ex = decruft::Options::new().blocks(true).build();
    /// let a = ex.extract("<article><p>A sourdough starter is flour and water in which wild yeast has settled.</p>\
    ///     <h2>Steps</h2><ol><li>Mix the flour and the water.</li><li>Wait an hour.</li></ol></article>")?;
    /// let joined: Vec<&str> = a.blocks().iter().map(|b| b.text()).collect();
    /// assert_eq!(joined.join("\n\n"), a.text());
    /// assert_eq!(a.blocks()[2].items()[1].number(), Some(2));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn blocks(&self) -> &[crate::Block] {
        &self.blocks
    }

    /// The page's user comments, in page order; empty unless
    /// [`Options::comments`](crate::Options::comments) was set (or when the
    /// page has none). See [`Comment`].
    ///
    /// ```
    /// let html = r#"<p>A short note on the new timetable, which starts on the first of May this year.</p>
    ///   <div id="comments"><div class="comment"><span class="comment-author">Lee</span>
    ///   <p class="comment-text">Finally a late train on Sundays.</p></div></div>"#;
    /// let a = decruft::Options::new().comments(true).build().extract(html)?;
    /// assert_eq!(a.comments()[0].author(), Some("Lee"));
    /// assert_eq!(a.comments()[0].text(), "Finally a late train on Sundays.");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn comments(&self) -> &[Comment] {
        &self.comments
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
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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

/// One user comment (see [`Article::comments`]).
///
/// ```
/// let html = r#"<p>The ferry timetable changes on Monday, with two more crossings each day.</p>
///   <div id="comments"><div class="comment"><span class="comment-author">Sam</span>
///   <p class="comment-text">About time!</p></div></div>"#;
/// let article = decruft::Options::new().comments(true).build().extract(html)?;
/// for c in article.comments() {
///     println!("{}: {}", c.author().unwrap_or("anonymous"), c.text());
/// }
/// assert_eq!(article.comments().len(), 1);
/// # Ok::<(), decruft::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Comment {
    pub(crate) author: Option<String>,
    pub(crate) text: String,
}

impl Comment {
    /// The commenter's name, when the page gives one.
    ///
    /// ```
    /// let html = r#"<p>The library extends its opening hours from next week, the council said today.</p>
    ///   <ol class="comments"><li class="comment"><b class="comment-author">Ana</b><p>Great news.</p></li></ol>"#;
    /// let a = decruft::Options::new().comments(true).build().extract(html)?;
    /// assert_eq!(a.comments()[0].author(), Some("Ana"));
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn author(&self) -> Option<&str> {
        self.author.as_deref()
    }

    /// The comment's text, paragraphs separated by a blank line.
    ///
    /// ```
    /// let html = r#"<p>The library extends its opening hours from next week, the council said today.</p>
    ///   <ol class="comments"><li class="comment"><b class="comment-author">Ana</b><p>Great news.</p><p>Thanks!</p></li></ol>"#;
    /// let a = decruft::Options::new().comments(true).build().extract(html)?;
    /// assert_eq!(a.comments()[0].text(), "Great news.\n\nThanks!");
    /// # Ok::<(), decruft::Error>(())
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}
