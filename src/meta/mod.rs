//! Side stage: what the page says about itself. Reads the DOM in one walk,
//! never changes it, and runs before pruning so that a headline inside a
//! pruned `<header>` is still found.
//!
//! - [`marks`]: the headline and the marked article body, which pruning
//!   protects and scoring and selection lean on;
//! - [`declared`]: the page's declared metadata (authors, date, site name,
//!   description, language, URL, image, tags), returned beside the text.

mod declared;
mod marks;

pub(crate) use declared::PageMeta;
pub(crate) use marks::{similarity, Marks};

use crate::dom::Dom;

/// Reads the marks and the declared metadata in one walk over the elements.
pub(crate) fn read(dom: &Dom) -> (Marks, PageMeta) {
    let mut marks = marks::Reader::default();
    let mut declared = declared::Reader::default();
    for id in 0..dom.len() {
        let Some(e) = dom.element(id) else { continue };
        if e.foreign {
            continue;
        }
        marks.visit(dom, id, e);
        declared.visit(dom, id, e);
    }
    (marks.finish(dom), declared.finish())
}
