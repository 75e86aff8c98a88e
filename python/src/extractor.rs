//! `decruft.Extractor`: settings fixed once, any number of pages, from any
//! number of threads. Each call releases the GIL while the page is
//! extracted; `extract_many` runs a batch on a rayon pool.

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use rayon::prelude::*;

use crate::article::Article;
use crate::errors;
use crate::input::{self, Html, Page};

/// The settings as the caller gave them, kept to rebuild the extractor
/// when it is pickled (Spark, datatrove and multiprocessing send steps to
/// other processes) and for `repr`.
#[derive(Clone, Default)]
struct Settings {
    markdown: bool,
    links: bool,
    images: bool,
    comments: bool,
    captions: Option<bool>,
    explain: bool,
    html: bool,
    blocks: bool,
    precision: bool,
    recall: bool,
    base_url: Option<String>,
    page_type: Option<decruft::PageType>,
    max_input_bytes: Option<usize>,
    max_depth: Option<usize>,
    max_elements: Option<usize>,
    max_attributes: Option<usize>,
    max_attribute_len: Option<usize>,
}

impl Settings {
    fn build(&self) -> decruft::Extractor {
        let mut o = decruft::Options::new()
            .markdown(self.markdown)
            .links(self.links)
            .images(self.images)
            .comments(self.comments)
            .explain(self.explain)
            .html(self.html)
            .blocks(self.blocks)
            .favor_precision(self.precision)
            .favor_recall(self.recall);
        if let Some(keep) = self.captions {
            o = o.captions(keep);
        }
        if let Some(u) = &self.base_url {
            o = o.base_url(u.clone());
        }
        if let Some(kind) = self.page_type {
            o = o.page_type(kind);
        }
        if let Some(n) = self.max_input_bytes {
            o = o.max_input_bytes(n);
        }
        if let Some(n) = self.max_depth {
            o = o.max_depth(n);
        }
        if let Some(n) = self.max_elements {
            o = o.max_elements(n);
        }
        if let Some(n) = self.max_attributes {
            o = o.max_attributes(n);
        }
        if let Some(n) = self.max_attribute_len {
            o = o.max_attribute_len(n);
        }
        o.build()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("markdown", self.markdown)?;
        d.set_item("links", self.links)?;
        d.set_item("images", self.images)?;
        d.set_item("comments", self.comments)?;
        d.set_item("captions", self.captions)?;
        d.set_item("explain", self.explain)?;
        d.set_item("html", self.html)?;
        d.set_item("blocks", self.blocks)?;
        d.set_item("precision", self.precision)?;
        d.set_item("recall", self.recall)?;
        d.set_item("base_url", self.base_url.as_deref())?;
        d.set_item("page_type", self.page_type.map(decruft::PageType::name))?;
        d.set_item("max_input_bytes", self.max_input_bytes)?;
        d.set_item("max_depth", self.max_depth)?;
        d.set_item("max_elements", self.max_elements)?;
        d.set_item("max_attributes", self.max_attributes)?;
        d.set_item("max_attribute_len", self.max_attribute_len)?;
        Ok(d)
    }
}

/// The kinds `page_type` may force, by name (every kind the page-type
/// decision can give but "other").
const FORCEABLE: [decruft::PageType; 7] = [
    decruft::PageType::Article,
    decruft::PageType::Forum,
    decruft::PageType::Documentation,
    decruft::PageType::Service,
    decruft::PageType::Product,
    decruft::PageType::Listing,
    decruft::PageType::Collection,
];

/// The kind named by `page_type`, or a `ValueError` listing the names.
fn forced_type(name: Option<String>) -> PyResult<Option<decruft::PageType>> {
    let Some(name) = name else { return Ok(None) };
    match FORCEABLE.into_iter().find(|k| k.name() == name) {
        Some(kind) => Ok(Some(kind)),
        None => Err(PyValueError::new_err(format!(
            "page_type must be one of {}, not {name:?}",
            FORCEABLE.map(decruft::PageType::name).join(", ")
        ))),
    }
}

/// Extracts articles with fixed settings. Build it once and reuse it: it
/// is immutable, safe to share between threads, and picklable (it sends
/// its settings, not state).
///
/// Every setting is keyword-only:
///
/// - ``markdown`` (default False): also render the body as Markdown
///   (``Article.markdown``).
/// - ``links``, ``images`` (default False): keep links and images in the
///   Markdown, resolved against the page's ``<base href>``, the call's
///   ``url`` or ``base_url``.
/// - ``comments`` (default False): collect the user comments
///   (``Article.comments``); the body never contains them.
/// - ``captions`` (default None): keep figure and image captions that read
///   as sentences in the body. None keeps them, but not on pages typed
///   article (a story's pictures are not its text); True keeps them on
///   articles too (a reader view with pictures); False drops them all.
/// - ``explain`` (default False): record every block's verdict
///   (``Article.explanation``); costs time.
/// - ``html`` (default False): also render the body as minimal, safe HTML
///   (``Article.html``).
/// - ``blocks`` (default False): keep the body as typed blocks
///   (``Article.blocks``: headings, paragraphs, lists, tables, quotes,
///   code, captions).
/// - ``precision``, ``recall`` (default False): move the trade-off, leaving
///   out the blocks selection was least sure of, or bringing them back; at
///   most one of them.
/// - ``base_url`` (default None): the URL relative links are resolved
///   against when a call gives no ``url``.
/// - ``page_type`` (default None: judged page by page): read every page as
///   this kind, one of ``"article"``, ``"forum"``, ``"documentation"``,
///   ``"service"``, ``"product"``, ``"listing"``, ``"collection"`` (a crawl
///   of one forum); ``Article.page_type`` then says the kind forced.
/// - ``max_input_bytes`` (default 64 MiB): larger pages raise
///   ``InputTooLargeError``.
/// - ``max_depth`` (256), ``max_elements`` (500,000), ``max_attributes``
///   (64), ``max_attribute_len`` (8 KiB): the parser's caps on hostile
///   pages; None keeps the library's default.
///
/// >>> import decruft
/// >>> ex = decruft.Extractor(markdown=True, links=True)
/// >>> a = ex.extract('<p>See <a href="/b">the guide</a> for the full list of stations.</p>',
/// ...                url="https://example.org/a/")
/// >>> a.markdown
/// 'See [the guide](https://example.org/b) for the full list of stations.'
#[pyclass(frozen, module = "decruft")]
pub struct Extractor {
    inner: decruft::Extractor,
    settings: Settings,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (
        *, markdown=false, links=false, images=false, comments=false, captions=None,
        explain=false, html=false, blocks=false, precision=false, recall=false, base_url=None, page_type=None, max_input_bytes=None, max_depth=None,
        max_elements=None, max_attributes=None, max_attribute_len=None
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        markdown: bool,
        links: bool,
        images: bool,
        comments: bool,
        captions: Option<bool>,
        explain: bool,
        html: bool,
        blocks: bool,
        precision: bool,
        recall: bool,
        base_url: Option<&Bound<'_, PyAny>>,
        page_type: Option<&Bound<'_, PyAny>>,
        max_input_bytes: Option<&Bound<'_, PyAny>>,
        max_depth: Option<&Bound<'_, PyAny>>,
        max_elements: Option<&Bound<'_, PyAny>>,
        max_attributes: Option<&Bound<'_, PyAny>>,
        max_attribute_len: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        if precision && recall {
            return Err(PyValueError::new_err(
                "precision and recall cannot both be favored",
            ));
        }
        let settings = Settings {
            markdown,
            links,
            images,
            comments,
            captions,
            explain,
            html,
            blocks,
            precision,
            recall,
            base_url: input::opt_str(base_url, "base_url")?,
            page_type: forced_type(input::opt_str(page_type, "page_type")?)?,
            max_input_bytes: input::limit(max_input_bytes, "max_input_bytes")?,
            max_depth: input::limit(max_depth, "max_depth")?,
            max_elements: input::limit(max_elements, "max_elements")?,
            max_attributes: input::limit(max_attributes, "max_attributes")?,
            max_attribute_len: input::limit(max_attribute_len, "max_attribute_len")?,
        };
        Ok(Extractor {
            inner: settings.build(),
            settings,
        })
    }

    /// Extracts one page.
    ///
    /// ``html`` is ``str``, or ``bytes`` decoded as a browser does (byte
    /// order mark, then the charset of ``content_type`` — the HTTP
    /// Content-Type header, if you have it — then ``<meta charset>``, then
    /// detection). ``url`` is the page's address: relative links and images
    /// are resolved against it, and ``Article.url`` falls back to it.
    ///
    /// Raises ``InputTooLargeError`` (a ``decruft.Error``) for a page over
    /// ``max_input_bytes``; a page without main content gives an empty
    /// Article. The GIL is released while the page is extracted.
    ///
    /// >>> import decruft
    /// >>> ex = decruft.Extractor()
    /// >>> ex.extract(b"<p>Un caf\xe9 au lait, servi sur la terrasse, comme chaque matin.</p>",
    /// ...            content_type="text/html; charset=windows-1252").text
    /// 'Un café au lait, servi sur la terrasse, comme chaque matin.'
    #[pyo3(signature = (html, *, url=None, content_type=None))]
    fn extract(
        &self,
        py: Python<'_>,
        html: &Bound<'_, PyAny>,
        url: Option<&Bound<'_, PyAny>>,
        content_type: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Article> {
        let page = Page {
            html: input::html(html, "html")?,
            url: input::opt_str(url, "url")?,
            content_type: input::opt_str(content_type, "content_type")?,
        };
        let result = py.detach(|| run(&self.inner, &page));
        match result {
            Ok(a) => Ok(Article::new(a, page.url)),
            Err(e) => Err(errors::to_py(py, e)),
        }
    }

    /// Extracts a batch of pages in parallel, in Rust, and returns their
    /// Articles in the order of ``pages``.
    ///
    /// Each page is ``str``, ``bytes``, an ``(html, url)`` pair or an
    /// ``(html, url, content_type)`` triple. ``jobs`` is the number of
    /// threads (default: one per core). With ``on_error="raise"`` (the
    /// default) the first failed page, in order, raises its error, with the
    /// page's position as ``error.index``; with ``on_error="return"`` the
    /// list holds the exception in that page's place.
    ///
    /// The whole batch is held in memory: feed a large corpus in chunks.
    ///
    /// >>> import decruft
    /// >>> pages = ["<p>The first page says something of its own, at length.</p>",
    /// ...          (b"<p>The second page came from a crawl, with its address.</p>", "https://example.org/2")]
    /// >>> [a.text[:15] for a in decruft.Extractor().extract_many(pages, jobs=2)]
    /// ['The first page ', 'The second page']
    #[pyo3(signature = (pages, *, jobs=None, on_error="raise"))]
    fn extract_many(
        &self,
        py: Python<'_>,
        pages: &Bound<'_, PyAny>,
        jobs: Option<&Bound<'_, PyAny>>,
        on_error: &str,
    ) -> PyResult<Vec<Py<PyAny>>> {
        let raise = match on_error {
            "raise" => true,
            "return" => false,
            other => {
                return Err(PyValueError::new_err(format!(
                    "on_error must be \"raise\" or \"return\", not {other:?}"
                )))
            }
        };
        let jobs = match input::limit(jobs, "jobs")? {
            Some(0) => return Err(PyValueError::new_err("jobs must be 1 or more, got 0")),
            j => j,
        };
        if pages.is_instance_of::<PyString>() || pages.is_instance_of::<PyBytes>() {
            return Err(PyTypeError::new_err(
                "pages must be an iterable of pages, not a single page; use extract() for one",
            ));
        }
        let pages: Vec<Page> = pages
            .try_iter()
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "pages must be an iterable of pages, not {}",
                    input::type_name(pages)
                ))
            })?
            .enumerate()
            .map(|(i, item)| input::page(&item?, i))
            .collect::<PyResult<_>>()?;
        let results = py.detach(|| run_batch(&self.inner, &pages, jobs))?;
        let mut out = Vec::with_capacity(results.len());
        for (index, (result, page)) in results.into_iter().zip(pages).enumerate() {
            match result {
                Ok(a) => out.push(Py::new(py, Article::new(a, page.url))?.into_any()),
                Err(e) => {
                    let err = errors::to_py(py, e);
                    err.value(py).setattr("index", index)?;
                    if raise {
                        return Err(err);
                    }
                    out.push(err.into_value(py).into_any());
                }
            }
        }
        Ok(out)
    }

    /// The settings, as a dict of the constructor's keywords.
    ///
    /// >>> import decruft
    /// >>> decruft.Extractor(markdown=True).options["markdown"]
    /// True
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.settings.to_dict(py)
    }

    /// Pickling sends the settings; the copy is built anew from them.
    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.settings.to_dict(py)?))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let defaults = Settings::default().to_dict(py)?;
        let mut parts = Vec::new();
        for (k, v) in self.settings.to_dict(py)?.iter() {
            let default = defaults.get_item(&k)?;
            if !default.is_some_and(|d| d.eq(&v).unwrap_or(false)) {
                parts.push(format!("{}={}", k, v.repr()?));
            }
        }
        Ok(format!("Extractor({})", parts.join(", ")))
    }
}

/// One page, with the GIL released.
fn run(extractor: &decruft::Extractor, page: &Page) -> Result<decruft::Article, decruft::Error> {
    // A per-call URL: an extractor with that base URL, a clone of the
    // settings (a few words and one string), so pages of many sites share
    // one Python Extractor.
    let with_url;
    let ex = match &page.url {
        Some(u) => {
            with_url = extractor.options().clone().base_url(u.clone()).build();
            &with_url
        }
        None => extractor,
    };
    match &page.html {
        Html::Text(s) => ex.extract(s),
        Html::Bytes(b) => ex.extract_bytes(b, page.content_type.as_deref()),
    }
}

type Results = Vec<Result<decruft::Article, decruft::Error>>;

/// A batch, in order, on `jobs` threads (rayon's global pool, one thread
/// per core, when `jobs` is None).
fn run_batch(
    extractor: &decruft::Extractor,
    pages: &[Page],
    jobs: Option<usize>,
) -> PyResult<Results> {
    let par = || pages.par_iter().map(|p| run(extractor, p)).collect();
    match jobs {
        Some(1) => Ok(pages.iter().map(|p| run(extractor, p)).collect()),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}")))?;
            Ok(pool.install(par))
        }
        None => Ok(par()),
    }
}
