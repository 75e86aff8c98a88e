//! The crate's one error type.

use std::fmt;

/// Why a page could not be processed.
///
/// A page that parses but has no main content is not an error: the
/// [`Article`](crate::Article) comes back with empty text.
///
/// ```
/// let extractor = decruft::Options::new().max_input_bytes(10).build();
/// let err = extractor.extract("<p>far more than ten bytes</p>").unwrap_err();
/// assert!(matches!(err, decruft::Error::InputTooLarge { max: 10, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    InputTooLarge {
        /// Size of the input, in bytes.
        len: usize,
        /// The limit in force, in bytes.
        max: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { len, max } => {
                write!(
                    f,
                    "input is {len} bytes, more than the limit of {max} bytes"
                )
            }
        }
    }
}

impl std::error::Error for Error {}
