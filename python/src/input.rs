//! Python arguments turned into values the library can read without the
//! GIL, with a `TypeError`/`ValueError` naming the argument when they are
//! not what is expected.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

/// A page's HTML, borrowed from the Python object (no copy): safe to read
/// with the GIL released, the object being kept alive by the reference.
pub enum Html {
    Text(PyBackedStr),
    Bytes(PyBackedBytes),
}

/// One page of a batch: its HTML, URL and HTTP Content-Type.
pub struct Page {
    pub html: Html,
    pub url: Option<String>,
    pub content_type: Option<String>,
}

/// `html` as given to `extract`: `str` or `bytes`.
pub fn html(value: &Bound<'_, PyAny>, what: &str) -> PyResult<Html> {
    if value.is_instance_of::<PyString>() {
        Ok(Html::Text(value.extract()?))
    } else if value.is_instance_of::<PyBytes>() {
        Ok(Html::Bytes(value.extract()?))
    } else {
        Err(PyTypeError::new_err(format!(
            "{what} must be str or bytes, not {}",
            type_name(value)
        )))
    }
}

/// An optional string argument (`url`, `content_type`).
pub fn opt_str(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match value {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if v.is_instance_of::<PyString>() => Ok(Some(v.extract()?)),
        Some(v) => Err(PyTypeError::new_err(format!(
            "{what} must be str or None, not {}",
            type_name(v)
        ))),
    }
}

/// One item of `extract_many`'s `pages`: `str`, `bytes`, `(html, url)` or
/// `(html, url, content_type)`.
pub fn page(item: &Bound<'_, PyAny>, index: usize) -> PyResult<Page> {
    if item.is_instance_of::<PyTuple>() || item.is_instance_of::<PyList>() {
        let parts: Vec<Bound<'_, PyAny>> = item.try_iter()?.collect::<PyResult<_>>()?;
        let (html_part, url, content_type) = match parts.as_slice() {
            [h, u] => (h, Some(u), None),
            [h, u, c] => (h, Some(u), Some(c)),
            _ => {
                return Err(PyValueError::new_err(format!(
                    "pages[{index}] must be str, bytes, (html, url) or (html, url, content_type); \
                     got a sequence of {} items",
                    parts.len()
                )))
            }
        };
        return Ok(Page {
            html: html(html_part, &format!("pages[{index}][0]"))?,
            url: opt_str(url, &format!("pages[{index}][1] (the url)"))?,
            content_type: opt_str(
                content_type,
                &format!("pages[{index}][2] (the content type)"),
            )?,
        });
    }
    if item.is_instance_of::<PyString>() || item.is_instance_of::<PyBytes>() {
        return Ok(Page {
            html: html(item, &format!("pages[{index}]"))?,
            url: None,
            content_type: None,
        });
    }
    Err(PyTypeError::new_err(format!(
        "pages[{index}] must be str, bytes, (html, url) or (html, url, content_type), not {}",
        type_name(item)
    )))
}

/// A non-negative integer setting (a size or count limit).
pub fn limit(value: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<usize>> {
    let Some(v) = value else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    // bool is an int subclass in Python; `max_depth=True` is a mistake.
    if v.is_instance_of::<pyo3::types::PyBool>() || !v.is_instance_of::<pyo3::types::PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be an int, not {}",
            type_name(v)
        )));
    }
    match v.extract::<i128>() {
        Ok(n) if n >= 0 => Ok(Some(usize::try_from(n).unwrap_or(usize::MAX))),
        Ok(n) => Err(PyValueError::new_err(format!(
            "{what} must be 0 or more, got {n}"
        ))),
        // Beyond 128 bits.
        Err(_) if v.lt(0)? => Err(PyValueError::new_err(format!("{what} must be 0 or more"))),
        Err(_) => Ok(Some(usize::MAX)),
    }
}

pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an unknown type".to_owned())
}
