//! `decruft._decruft`: the native half of the `decruft` Python package.
//!
//! The Python package (`python/decruft/__init__.py`) re-exports these
//! classes and adds the module-level helpers. Every call that runs the
//! extractor releases the GIL (`Python::detach`), so Python threads run
//! pages on all cores; `extract_many` spreads a batch over a rayon pool.

use pyo3::prelude::*;

mod article;
mod clean;
mod errors;
mod extractor;
mod input;

/// The native module. Its classes say `__module__ == "decruft"`, where the
/// package re-exports them.
#[pymodule]
fn _decruft(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("Error", py.get_type::<errors::Error>())?;
    m.add(
        "InputTooLargeError",
        py.get_type::<errors::InputTooLargeError>(),
    )?;
    m.add_class::<article::Article>()?;
    m.add_class::<article::Comment>()?;
    m.add_class::<article::BlockReport>()?;
    m.add_class::<extractor::Extractor>()?;
    m.add_class::<clean::Cleaner>()?;
    m.add_function(wrap_pyfunction!(clean::clean_text, m)?)?;
    Ok(())
}
