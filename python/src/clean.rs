//! `decruft.clean_text` and `decruft.Cleaner`: boilerplate lines out of
//! text another tool extracted. The GIL is released while Rust works.

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyDict, PyTuple};

use crate::article::BlockReport;

/// Cleans text another tool extracted: drops comment-form prompts, share,
/// cookie and newsletter lines, "related" headings with the titles after
/// them, copyright and breadcrumb lines, ad labels and widget errors (in
/// some 30 languages), repairs mojibake and normalises Unicode and white
/// space. Paragraphs that merely mention comments or cookies stay.
///
/// >>> import decruft
/// >>> decruft.clean_text("Body of the story, as another tool extracted it.\n\nLeave a Reply\n"
/// ...                    "Your email address will not be published. Required fields are marked *")
/// 'Body of the story, as another tool extracted it.\n'
#[pyfunction]
pub fn clean_text(py: Python<'_>, text: PyBackedStr) -> String {
    py.detach(|| decruft::clean_text(&text))
}

/// ``clean_text`` with the optional corpus line filters (C4 and Gopher
/// style), each off by default, and ``explain``:
///
/// - ``terminal_punctuation``: drop lines that do not end with terminal
///   punctuation (C4's rule; headings go too).
/// - ``javascript``: drop lines that mention JavaScript.
/// - ``lorem_ipsum``: drop placeholder text.
/// - ``policy``: drop lines about terms of use, privacy and cookie policies.
/// - ``counters``: drop view, like and share counters.
///
/// >>> import decruft
/// >>> c = decruft.Cleaner(lorem_ipsum=True)
/// >>> c.clean("Leave a Reply\nThe bridge reopened on Monday.\nLorem ipsum dolor sit amet.")
/// 'The bridge reopened on Monday.\n'
#[pyclass(frozen, module = "decruft")]
pub struct Cleaner {
    inner: decruft::Cleaner,
    flags: [bool; 5],
}

const FLAG_NAMES: [&str; 5] = [
    "terminal_punctuation",
    "javascript",
    "lorem_ipsum",
    "policy",
    "counters",
];

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (*, terminal_punctuation=false, javascript=false, lorem_ipsum=false, policy=false, counters=false))]
    fn new(
        terminal_punctuation: bool,
        javascript: bool,
        lorem_ipsum: bool,
        policy: bool,
        counters: bool,
    ) -> Self {
        let inner = decruft::Cleaner::new()
            .terminal_punctuation(terminal_punctuation)
            .javascript(javascript)
            .lorem_ipsum(lorem_ipsum)
            .policy(policy)
            .counters(counters);
        Cleaner {
            inner,
            flags: [
                terminal_punctuation,
                javascript,
                lorem_ipsum,
                policy,
                counters,
            ],
        }
    }

    /// The cleaned text.
    fn clean(&self, py: Python<'_>, text: PyBackedStr) -> String {
        py.detach(|| self.inner.clean(&text))
    }

    /// Why each line was kept or dropped: one ``BlockReport`` per non-blank line.
    ///
    /// >>> import decruft
    /// >>> [r.reason for r in decruft.Cleaner().explain("Body text.\nShare this:")]
    /// ['kept', 'phrase: share']
    fn explain(&self, py: Python<'_>, text: PyBackedStr) -> Vec<BlockReport> {
        py.detach(|| self.inner.explain(&text))
            .into_iter()
            .map(BlockReport::from)
            .collect()
    }

    /// The settings, as a dict of the constructor's keywords.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (name, on) in FLAG_NAMES.iter().zip(self.flags) {
            d.set_item(name, on)?;
        }
        Ok(d)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::empty(py), self.options(py)?))
    }

    fn __repr__(&self) -> String {
        let on: Vec<String> = FLAG_NAMES
            .iter()
            .zip(self.flags)
            .filter(|(_, on)| *on)
            .map(|(name, _)| format!("{name}=True"))
            .collect();
        format!("Cleaner({})", on.join(", "))
    }
}
