//! Per-node facts the segmenter needs before its walk, and which elements
//! are blocks.

use html5ever::{local_name, LocalName};

use crate::dom::{Dom, NodeId};
use crate::html::is_block;

/// Longest cell (bytes of text) of a table taken for data, not layout.
const MAX_DATA_CELL: usize = 300;

/// Per-node facts computed in one reverse pass.
pub(crate) struct Facts<'a> {
    /// Holds a `<table>` below it.
    pub(crate) has_table: Vec<bool>,
    /// Longest cell text (bytes) below it.
    pub(crate) max_cell: Vec<usize>,
    /// Has a block-level element child.
    pub(crate) block_child: Vec<bool>,
    /// Bytes of text below it.
    pub(crate) text: &'a [usize],
}

impl<'a> Facts<'a> {
    /// `text` is the bytes of (trimmed) text below each node, as prune
    /// counted them.
    pub(crate) fn new(dom: &Dom, text: &'a [usize]) -> Facts<'a> {
        let n = dom.len();
        let mut f = Facts {
            has_table: vec![false; n],
            max_cell: vec![0; n],
            block_child: vec![false; n],
            text,
        };
        for id in (0..n).rev() {
            let t = text.get(id).copied().unwrap_or(0);
            let name = dom.html_name(id);
            let is_cell = matches!(name, Some(&local_name!("td")) | Some(&local_name!("th")));
            let is_table = name == Some(&local_name!("table"));
            let cell = f
                .max_cell
                .get(id)
                .copied()
                .unwrap_or(0)
                .max(if is_cell { t } else { 0 });
            let has_table = f.has_table.get(id).copied().unwrap_or(false);
            let block = name.is_some_and(is_block);
            if let Some(p) = dom.parent(id) {
                if let Some(v) = f.max_cell.get_mut(p) {
                    *v = (*v).max(cell);
                }
                if let Some(v) = f.has_table.get_mut(p) {
                    *v |= has_table || is_table;
                }
                if let Some(v) = f.block_child.get_mut(p) {
                    *v |= block;
                }
            }
            if let Some(v) = f.max_cell.get_mut(id) {
                *v = cell;
            }
        }
        f
    }

    pub(crate) fn is_data_table(&self, id: NodeId) -> bool {
        !self.has_table.get(id).copied().unwrap_or(true)
            && self.max_cell.get(id).copied().unwrap_or(usize::MAX) <= MAX_DATA_CELL
    }
}

/// Elements whose text is one paragraph-like unit.
pub(crate) fn is_paragraph_like(name: Option<&LocalName>) -> bool {
    matches!(
        name,
        Some(
            &local_name!("p")
                | &local_name!("h1")
                | &local_name!("h2")
                | &local_name!("h3")
                | &local_name!("h4")
                | &local_name!("h5")
                | &local_name!("h6")
                | &local_name!("li")
                | &local_name!("dt")
                | &local_name!("dd")
                | &local_name!("pre")
                | &local_name!("td")
                | &local_name!("th")
                | &local_name!("figcaption")
        )
    )
}
