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
    /// The input is plainly not HTML or text: it starts with the magic
    /// number of a binary format (an executable, an image, an archive,
    /// compressed data…), or, given as bytes, it is dense with NUL bytes or
    /// control characters (text given as `&str` is only checked for magic
    /// numbers: the caller already decided it is text). Checked on the
    /// first 8 KiB only, so it costs nothing on large pages.
    ///
    /// ```
    /// let err = decruft::extract_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", None).unwrap_err();
    /// assert!(matches!(err, decruft::Error::NotHtml { .. }));
    /// assert_eq!(err.to_string(), "not HTML: a PDF document");
    /// ```
    NotHtml {
        /// What the input looks like instead ("a PNG image", "NUL bytes
        /// (3% of the first 8192 bytes)").
        reason: String,
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
            Error::NotHtml { reason } => write!(f, "not HTML: {reason}"),
        }
    }
}

impl std::error::Error for Error {}
