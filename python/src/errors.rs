//! The library's errors as Python exceptions: `decruft.Error` and one
//! subclass per kind of `decruft::Error`.

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    decruft,
    Error,
    PyException,
    "Base class of the errors decruft raises for a page it cannot process.\n\n\
     A page without main content is not an error: its Article is empty."
);

create_exception!(
    decruft,
    InputTooLargeError,
    Error,
    "The page is larger than the extractor's ``max_input_bytes``.\n\n\
     Attributes: ``size`` (the page's size in bytes) and ``limit`` (the limit in force)."
);

/// The Python exception for one library error.
pub fn to_py(py: Python<'_>, error: decruft::Error) -> PyErr {
    let message = error.to_string();
    match error {
        decruft::Error::InputTooLarge { len, max } => {
            let err = InputTooLargeError::new_err(message);
            let value = err.value(py);
            // Setting attributes on a fresh exception instance cannot fail
            // short of memory exhaustion; the message says it all anyway.
            let _ = value.setattr("size", len);
            let _ = value.setattr("limit", max);
            err
        }
        // `decruft::Error` is non-exhaustive: a kind added later is still
        // a `decruft.Error`, with the library's message.
        _ => Error::new_err(message),
    }
}
