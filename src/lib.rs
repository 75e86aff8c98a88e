//! decruft turns a web page into its clean main text.
//!
//! Give it HTML; it returns the page's headline and main content as plain text
//! and leaves out everything around them: navigation, comment forms and comment
//! threads, "related" and "read also" boxes, share bars, newsletter and cookie
//! notices, author bios, tag lists, ads, in any language. The main content is
//! what the page is for: an article's story, every post of a forum thread, a
//! documentation page's text and code, the sections of a service page, a
//! product's description, the entries of a listing or a collection
//! ([`Article::page_type`] says which kind of page it read).
//!
//! # Quick start
//!
//! ```
//! let html = r#"<html><head><title>Tides explained | Sea Notes</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article>
//!     <h1>Tides explained</h1>
//!     <p>Twice a day the sea rises and falls along most coasts, pulled by the Moon.</p>
//!     <p>The Sun adds its own, smaller pull, so the range changes over the month.</p>
//!     <div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
//!   </article>
//! </body></html>"#;
//!
//! let article = decruft::extract(html)?;
//! assert_eq!(article.title(), Some("Tides explained"));
//! assert_eq!(
//!     article.text(),
//!     "Twice a day the sea rises and falls along most coasts, pulled by the Moon.\n\n\
//!      The Sun adds its own, smaller pull, so the range changes over the month."
//! );
//! # Ok::<(), decruft::Error>(())
//! ```
//!
//! For many pages, build an [`Extractor`] once from [`Options`] and reuse it.
//!
//! # How it works
//!
//! A pipeline of small stages, data flowing one way: **decode** (bytes to
//! text as a browser does, for [`extract_bytes`]) → **parse** (html5ever,
//! guarded, building decruft's own index-linked arena, no reference-counted
//! nodes; the page's declared metadata is read here)
//! → **prune** (tags, visibility, class/id words in many languages and
//! comment-thread structure that never hold article text) → **segment** (text
//! blocks with their link density and place in the tree) → **score**
//! (readability-style container scores) → **select** (the best container and
//! its siblings, minus link lists, known boilerplate phrases in many
//! languages and the sections they open, edges that are not prose, listing
//! pages) → **clean** (Unicode and white-space normalisation) → **render**
//! (typed blocks, and from them plain text, Markdown with
//! [`Options::markdown`] and HTML with [`Options::html`]). User comments,
//! cut from the body by prune, can be collected on their own with
//! [`Options::comments`].
//!
//! # Output formats
//!
//! ```
//! let html = "<article><h2>Steps</h2><ul><li>Mix the <em>dry</em> ingredients first.</li>\
//!             <li>Then add the milk, slowly, while stirring.</li></ul></article>";
//! let article = decruft::Options::new().markdown(true).build().extract(html)?;
//! assert_eq!(article.text(), "Steps\n\nMix the dry ingredients first.\nThen add the milk, slowly, while stirring.");
//! assert_eq!(
//!     article.markdown(),
//!     Some("## Steps\n\n- Mix the *dry* ingredients first.\n- Then add the milk, slowly, while stirring.")
//! );
//! # Ok::<(), decruft::Error>(())
//! ```
//!
//! With the `serde` feature, [`Article`] serializes to JSON with every field.
//!
//! Text that another tool already extracted can be cleaned with
//! [`clean_text`] or a [`Cleaner`].
//!
//! # Untrusted input
//!
//! decruft is built for crawled pages, hostile ones included:
//!
//! * **No panics.** No input makes an entry point panic; the library denies
//!   `unwrap`, `expect`, `panic!` and unchecked indexing.
//! * **No stack overflow.** No walk over the document recurses; all use loops
//!   over an arena in document order or explicit stacks.
//! * **Linear time.** html5ever's tree builder is quadratic in nesting depth
//!   (its issue #788); a token filter in front of it drops start tags past
//!   [`Options::max_depth`] (default 256), so 100,000 nested elements cost no
//!   more than 100,000 siblings. Text below the limit is flattened into the
//!   deepest element kept, never lost. Unclosed formatting elements are capped
//!   (24) so that mis-nested `<b><i>…` cannot make the tree builder re-create
//!   elements without end. Attributes past 256 on one tag are cut from the
//!   input before html5ever's tokenizer, whose duplicate-attribute check is
//!   quadratic per tag; so are the quoted attributes no stage reads, which
//!   also spares the tokenizer their copying.
//! * **Bounded memory.** Input over [`Options::max_input_bytes`] (default
//!   64 MiB) is refused with [`Error::InputTooLarge`]; once
//!   [`Options::max_elements`] (default 250,000) elements are built, the rest
//!   of the page is not read; attributes are capped per element
//!   ([`Options::max_attributes`], 64) and in length
//!   ([`Options::max_attribute_len`], 8 KiB); parse errors are not stored.
//!
//! A page that parses but has no main content yields an empty [`Article`],
//! not an error.

mod article;
mod block;
mod boilerplate;
mod clean;
mod comments;
mod decode;
mod dom;
mod error;
mod favor;
mod hash;
mod hints;
mod html;
mod lang;
pub mod limits;
mod meta;
mod options;
mod pagetype;
mod parse;
mod patterns;
mod pipeline;
mod prune;
mod render;
mod score;
mod segment;
mod select;
mod sniff;
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod stages;
mod thread;
mod url;
#[cfg(feature = "warc")]
pub mod warc;

pub use article::{Article, BlockReport, Comment};
pub use block::{Block, BlockKind, ListItem, TableRow};
pub use clean::{clean_text, Cleaner};
pub use error::Error;
pub use options::{Extractor, Options, PageInfo};
pub use pagetype::PageType;

/// Extracts the main content of an HTML page with the default [`Options`].
///
/// # Errors
/// [`Error::InputTooLarge`] when `html` is over 64 MiB; [`Error::NotHtml`]
/// when it is plainly not HTML or text (an executable read as text, dense
/// with control characters).
///
/// ```
/// let article = decruft::extract("<h1>Title</h1><p>Some body text that reads like a sentence.</p>")?;
/// assert_eq!(article.title(), Some("Title"));
/// assert_eq!(article.text(), "Some body text that reads like a sentence.");
/// # Ok::<(), decruft::Error>(())
/// ```
pub fn extract(html: &str) -> Result<Article, Error> {
    pipeline::run(html, &Options::default())
}

/// Extracts the main content of a page given as bytes, decoding them as a
/// browser does: byte order mark, then the `charset` of `content_type` (the
/// HTTP Content-Type header, if you have it), then `<meta charset>` in the
/// first 1024 bytes, then detection from the content. One departure: bytes
/// that are valid UTF-8 and not all ASCII are read as UTF-8 whatever
/// `<meta charset>` says (pages re-saved as UTF-8 keep stale declarations);
/// only `content_type` overrides that. Malformed sequences become U+FFFD.
///
/// # Errors
/// [`Error::InputTooLarge`] when `bytes` is over 64 MiB;
/// [`Error::NotHtml`] when they are plainly something else (an image, an
/// executable, compressed data: see its documentation).
///
/// ```
/// // "café" in windows-1252, declared by the transport.
/// let page = b"<p>Un caf\xE9 au lait, servi sur la terrasse, comme chaque matin.</p>";
/// let article = decruft::extract_bytes(page, Some("text/html; charset=windows-1252"))?;
/// assert_eq!(article.text(), "Un café au lait, servi sur la terrasse, comme chaque matin.");
/// assert_eq!(article.encoding(), Some("windows-1252"));
/// # Ok::<(), decruft::Error>(())
/// ```
pub fn extract_bytes(bytes: &[u8], content_type: Option<&str>) -> Result<Article, Error> {
    Extractor::default().extract_bytes(bytes, content_type)
}

// The README's examples are compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
