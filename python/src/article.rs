//! `Article`, `Comment` and `BlockReport`: read-only views of the library's
//! results. The Rust values are kept as they are and turned into Python
//! objects only when a field is read, so an extraction whose caller reads
//! only `text` pays for only that string.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

/// The main content of a page and its metadata, as returned by
/// ``decruft.extract``.
///
/// Every field is read-only. Missing metadata is ``None`` (lists are
/// empty); a page without main content gives an Article whose ``text`` is
/// ``""`` (``is_empty`` is true), not an error.
///
/// >>> import decruft
/// >>> a = decruft.extract("<title>Tides</title><article><h1>Tides</h1>"
/// ...                     "<p>Twice a day the sea rises and falls along most coasts.</p></article>")
/// >>> a.title, a.text
/// ('Tides', 'Twice a day the sea rises and falls along most coasts.')
#[pyclass(frozen, module = "decruft")]
pub struct Article {
    inner: decruft::Article,
    /// The URL the caller gave for the page, the fallback for `url`.
    source_url: Option<String>,
}

impl Article {
    pub fn new(inner: decruft::Article, source_url: Option<String>) -> Self {
        Article { inner, source_url }
    }

    fn url_or_source(&self) -> Option<&str> {
        self.inner.url().or(self.source_url.as_deref())
    }

    fn comment_objects(&self) -> Vec<Comment> {
        self.inner
            .comments()
            .iter()
            .map(|c| Comment {
                author: c.author().map(str::to_owned),
                text: c.text().to_owned(),
            })
            .collect()
    }
}

#[pymethods]
impl Article {
    /// The headline, or None. It is not repeated in ``text``.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.inner.title()
    }

    /// The body as plain text: paragraphs separated by a blank line, list
    /// items and table rows on lines of their own, table cells separated by
    /// tabs. ``""`` when the page has no main content.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// The body as CommonMark (GFM tables), when the extractor was built
    /// with ``markdown=True``; otherwise None.
    #[getter]
    fn markdown(&self) -> Option<&str> {
        self.inner.markdown()
    }

    /// The body as minimal, safe HTML (headings, paragraphs, lists,
    /// tables, quotes, code, captions; no attribute but a list's ``start``
    /// and a code block's ``class="language-…"``), when the extractor was
    /// built with ``html=True``; otherwise None.
    ///
    /// >>> import decruft
    /// >>> decruft.extract("<article><h2 onclick='x()'>Kit</h2><p>A jar &amp; some flour, "
    /// ...                 "and a warm corner of the kitchen.</p></article>", html=True).html
    /// '<h2>Kit</h2>\n<p>A jar &amp; some flour, and a warm corner of the kitchen.</p>'
    #[getter]
    fn html(&self) -> Option<&str> {
        self.inner.html()
    }

    /// The body as typed blocks in page order, when the extractor was built
    /// with ``blocks=True``; otherwise ``[]``. Each is a dict with
    /// ``kind`` (``"heading"``, ``"paragraph"``, ``"list"``, ``"table"``,
    /// ``"quote"``, ``"code"``, ``"caption"``, ``"post"``) and ``text``, and
    /// where they apply ``level`` (heading), ``language`` (code), ``items``
    /// (list: dicts of ``text``, ``depth``, ``number``), ``rows`` (table:
    /// dicts of ``cells``, ``header``), ``author``, ``date`` and ``blocks``
    /// (a forum post: its blocks, dicts as these), ``markdown`` and ``html``. Their texts joined by a
    /// blank line are ``text``.
    ///
    /// >>> import decruft
    /// >>> a = decruft.extract("<article><p>A starter needs flour, water, a jar and a warm corner.</p>"
    /// ...                     "<h2>Kit</h2><ol><li>A glass jar</li><li>Rye flour</li></ol></article>", blocks=True)
    /// >>> [(b["kind"], b.get("level")) for b in a.blocks]
    /// [('paragraph', None), ('heading', 2), ('list', None)]
    /// >>> [(i["text"], i["number"]) for i in a.blocks[2]["items"]]
    /// [('A glass jar', 1), ('Rye flour', 2)]
    #[getter]
    fn blocks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        blocks_list(py, self.inner.blocks())
    }

    /// The authors' names, from the page's metadata or byline.
    #[getter]
    fn authors(&self) -> Vec<String> {
        self.inner.authors().to_vec()
    }

    /// The publication date as ISO 8601 (``"2024-03-09"``, or with its
    /// time and offset when the page gives them), checked (a real day,
    /// 1990 to tomorrow), or None.
    #[getter]
    fn date(&self) -> Option<&str> {
        self.inner.date()
    }

    /// The date of the last modification, ISO 8601 like ``date``, or None.
    #[getter]
    fn date_modified(&self) -> Option<&str> {
        self.inner.date_modified()
    }

    /// The site's name (``og:site_name`` and the like), or None.
    #[getter]
    fn site_name(&self) -> Option<&str> {
        self.inner.site_name()
    }

    /// The page's own summary (``<meta name=description>`` and the like), or None.
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description()
    }

    /// The language of the text as a BCP 47 tag (``"en"``, ``"pt-BR"``),
    /// declared by the page or detected from the text; None when unknown.
    #[getter]
    fn language(&self) -> Option<&str> {
        self.inner.language()
    }

    /// The page's canonical URL when it declares one, else the ``url``
    /// given to ``extract``, else None.
    #[getter]
    fn url(&self) -> Option<&str> {
        self.url_or_source()
    }

    /// The page's lead image URL (``og:image`` and the like), or None.
    #[getter]
    fn image(&self) -> Option<&str> {
        self.inner.image()
    }

    /// The page's tags or keywords.
    #[getter]
    fn tags(&self) -> Vec<String> {
        self.inner.tags().to_vec()
    }

    /// What kind of page this is: ``"article"``, ``"forum"``,
    /// ``"documentation"``, ``"service"``, ``"product"``, ``"listing"``,
    /// ``"collection"`` or ``"other"``. The body follows the kind (every post
    /// of a thread, every entry of a listing); filter on it to keep articles
    /// only.
    ///
    /// >>> import decruft
    /// >>> decruft.extract('<script type="application/ld+json">{"@type": "Product"}</script>'
    /// ...                 '<p>A kettle that boils a litre of water in three minutes.</p>').page_type
    /// 'product'
    #[getter]
    fn page_type(&self) -> &'static str {
        self.inner.page_type().name()
    }

    /// The sections the page files itself under (``article:section``,
    /// JSON-LD ``articleSection``), apart from ``tags``.
    #[getter]
    fn categories(&self) -> Vec<String> {
        self.inner.categories().to_vec()
    }

    /// The character encoding the bytes were decoded with (``"UTF-8"``,
    /// ``"windows-1252"``…), or None when the page was given as ``str``.
    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.inner.encoding()
    }

    /// The page's user comments, in page order, when the extractor was
    /// built with ``comments=True``; otherwise ``[]``. The body never
    /// contains them.
    #[getter]
    fn comments(&self) -> Vec<Comment> {
        self.comment_objects()
    }

    /// Every block with its verdict and the rule behind it, when the
    /// extractor was built with ``explain=True``; otherwise None.
    #[getter]
    fn explanation(&self) -> Option<Vec<BlockReport>> {
        self.inner
            .explanation()
            .map(|reports| reports.iter().cloned().map(BlockReport::from).collect())
    }

    /// Whether the body reads as an article worth a reader view (as
    /// Readability.js's ``isProbablyReaderable`` judges a page): about
    /// three paragraphs of 140 characters or more.
    ///
    /// >>> import decruft
    /// >>> decruft.extract("<article><p>Closed today.</p></article>").readerable
    /// False
    #[getter]
    fn readerable(&self) -> bool {
        self.inner.readerable()
    }

    /// True when the page has no main content (``text == ""``).
    #[getter]
    fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// Every field as a plain dict (JSON-serialisable): ``title``, ``text``,
    /// ``markdown``, ``html``, ``blocks``, ``authors``, ``date``, ``date_modified``, ``site_name``,
    /// ``description``, ``language``, ``url``, ``image``, ``tags``,
    /// ``categories``, ``encoding``, ``page_type``, ``readerable``,
    /// ``comments`` (a list of ``{"author", "text"}`` dicts) and
    /// ``explanation`` (None, or a list of ``{"text", "kept", "reason",
    /// "score"}`` dicts).
    ///
    /// >>> import decruft, json
    /// >>> d = decruft.extract("<h1>Hi</h1><p>A body that reads like a sentence.</p>").to_dict()
    /// >>> d["title"], d["text"], d["authors"]
    /// ('Hi', 'A body that reads like a sentence.', [])
    /// >>> _ = json.dumps(d)
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let a = &self.inner;
        let d = PyDict::new(py);
        d.set_item("title", a.title())?;
        d.set_item("text", a.text())?;
        d.set_item("markdown", a.markdown())?;
        d.set_item("html", a.html())?;
        d.set_item("blocks", blocks_list(py, a.blocks())?)?;
        d.set_item("authors", a.authors())?;
        d.set_item("date", a.date())?;
        d.set_item("date_modified", a.date_modified())?;
        d.set_item("site_name", a.site_name())?;
        d.set_item("description", a.description())?;
        d.set_item("language", a.language())?;
        d.set_item("url", self.url_or_source())?;
        d.set_item("image", a.image())?;
        d.set_item("tags", a.tags())?;
        d.set_item("categories", a.categories())?;
        d.set_item("encoding", a.encoding())?;
        d.set_item("page_type", a.page_type().name())?;
        d.set_item("readerable", a.readerable())?;
        let comments = PyList::empty(py);
        for c in a.comments() {
            let cd = PyDict::new(py);
            cd.set_item("author", c.author())?;
            cd.set_item("text", c.text())?;
            comments.append(cd)?;
        }
        d.set_item("comments", comments)?;
        match a.explanation() {
            None => d.set_item("explanation", py.None())?,
            Some(reports) => {
                let list = PyList::empty(py);
                for r in reports {
                    list.append(BlockReport::from(r.clone()).to_dict(py)?)?;
                }
                d.set_item("explanation", list)?;
            }
        }
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.inner.text();
        let head: String = text.chars().take(60).collect();
        let more = if head.len() < text.len() { "…" } else { "" };
        let title = match self.inner.title() {
            Some(t) => PyString::new(py, t).repr()?.to_string(),
            None => "None".to_owned(),
        };
        Ok(format!(
            "Article(title={title}, text={}{more}, {} chars)",
            PyString::new(py, &head).repr()?,
            text.chars().count()
        ))
    }
}

/// The blocks as a list of dicts (see ``Article.blocks``).
fn blocks_list<'py>(py: Python<'py>, blocks: &[decruft::Block]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for b in blocks {
        let d = PyDict::new(py);
        let kind = match b.kind() {
            decruft::BlockKind::Heading => "heading",
            decruft::BlockKind::Paragraph => "paragraph",
            decruft::BlockKind::List => "list",
            decruft::BlockKind::Table => "table",
            decruft::BlockKind::Quote => "quote",
            decruft::BlockKind::Code => "code",
            decruft::BlockKind::Caption => "caption",
            decruft::BlockKind::Post => "post",
            _ => "other",
        };
        d.set_item("kind", kind)?;
        d.set_item("text", b.text())?;
        if let Some(level) = b.level() {
            d.set_item("level", level)?;
        }
        if let Some(language) = b.language() {
            d.set_item("language", language)?;
        }
        if b.kind() == decruft::BlockKind::List {
            let items = PyList::empty(py);
            for i in b.items() {
                let id = PyDict::new(py);
                id.set_item("text", i.text())?;
                id.set_item("depth", i.depth())?;
                id.set_item("number", i.number())?;
                items.append(id)?;
            }
            d.set_item("items", items)?;
        }
        if b.kind() == decruft::BlockKind::Table {
            let rows = PyList::empty(py);
            for r in b.rows() {
                let rd = PyDict::new(py);
                rd.set_item("cells", r.cells())?;
                rd.set_item("header", r.is_header())?;
                rows.append(rd)?;
            }
            d.set_item("rows", rows)?;
        }
        if b.kind() == decruft::BlockKind::Post {
            d.set_item("author", b.author())?;
            d.set_item("date", b.date())?;
            // Posts never hold posts: this goes one level deep.
            d.set_item("blocks", blocks_list(py, b.blocks())?)?;
        }
        if let Some(md) = b.markdown() {
            d.set_item("markdown", md)?;
        }
        if let Some(html) = b.html() {
            d.set_item("html", html)?;
        }
        list.append(d)?;
    }
    Ok(list)
}

/// One user comment: ``author`` (None when the page names nobody) and
/// ``text`` (paragraphs separated by a blank line).
///
/// >>> import decruft
/// >>> html = ('<p>The ferry timetable changes on Monday, with two more crossings each day.</p>'
/// ...         '<div id="comments"><div class="comment"><span class="comment-author">Sam</span>'
/// ...         '<p class="comment-text">About time!</p></div></div>')
/// >>> [(c.author, c.text) for c in decruft.extract(html, comments=True).comments]
/// [('Sam', 'About time!')]
#[pyclass(frozen, get_all, module = "decruft")]
pub struct Comment {
    /// The commenter's name, or None.
    author: Option<String>,
    /// The comment's text.
    text: String,
}

#[pymethods]
impl Comment {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let author = match &self.author {
            Some(a) => PyString::new(py, a).repr()?.to_string(),
            None => "None".to_owned(),
        };
        Ok(format!(
            "Comment(author={author}, text={})",
            PyString::new(py, &self.text).repr()?
        ))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Comment>()
            .map(|o| {
                let o = o.get();
                o.author == self.author && o.text == self.text
            })
            .unwrap_or(false)
    }
}

/// One block (or, from ``Cleaner.explain``, one line) with its verdict:
/// ``text``, ``kept`` (bool), ``reason`` (the rule that decided, e.g.
/// ``"link density 0.82"``) and ``score``.
///
/// >>> import decruft
/// >>> [(r.kept, r.reason) for r in decruft.Cleaner().explain("Body text.\nShare this:")]
/// [(True, 'kept'), (False, 'phrase: share')]
#[pyclass(frozen, module = "decruft")]
pub struct BlockReport {
    inner: decruft::BlockReport,
}

impl From<decruft::BlockReport> for BlockReport {
    fn from(inner: decruft::BlockReport) -> Self {
        BlockReport { inner }
    }
}

#[pymethods]
impl BlockReport {
    /// The block's text.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }

    /// Whether the block was kept.
    #[getter]
    fn kept(&self) -> bool {
        self.inner.kept()
    }

    /// The rule that decided.
    #[getter]
    fn reason(&self) -> &str {
        self.inner.reason()
    }

    /// The block's content score (0 for ``Cleaner.explain`` lines).
    #[getter]
    fn score(&self) -> f32 {
        self.inner.score()
    }

    /// The report as a dict: ``text``, ``kept``, ``reason``, ``score``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("text", self.inner.text())?;
        d.set_item("kept", self.inner.kept())?;
        d.set_item("reason", self.inner.reason())?;
        d.set_item("score", self.inner.score())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "BlockReport(kept={}, reason={}, text={})",
            if self.inner.kept() { "True" } else { "False" },
            PyString::new(py, self.inner.reason()).repr()?,
            PyString::new(py, self.inner.text()).repr()?
        ))
    }
}
