//! Per-node facts the segmenter needs before its walk, and which elements
//! are blocks.

use html5ever::{local_name, LocalName};

use crate::dom::{Dom, NodeId, PerNode};
use crate::html::is_block;

/// Longest cell (bytes of text) of a table taken for data, not layout.
const MAX_DATA_CELL: usize = 300;

/// Per-node facts computed in one reverse pass.
pub(crate) struct Facts<'a> {
    /// Holds a `<table>` below it.
    pub(crate) has_table: PerNode<bool>,
    /// Longest cell text (bytes) below it.
    pub(crate) max_cell: PerNode<usize>,
    /// Has a block-level element child.
    pub(crate) block_child: PerNode<bool>,
    /// Bytes of text below it.
    pub(crate) text: &'a PerNode<usize>,
}

impl<'a> Facts<'a> {
    /// `text` is the bytes of (trimmed) text below each node, as prune
    /// counted them.
    pub(crate) fn new(dom: &Dom, text: &'a PerNode<usize>) -> Facts<'a> {
        let n = dom.len();
        let mut f = Facts {
            has_table: PerNode::new(n),
            max_cell: PerNode::new(n),
            block_child: PerNode::new(n),
            text,
        };
        for id in (0..n).rev() {
            let t = text.at(id);
            let name = dom.html_name(id);
            let is_cell = matches!(name, Some(&local_name!("td")) | Some(&local_name!("th")));
            let is_table = name == Some(&local_name!("table"));
            let cell = f.max_cell.at(id).max(if is_cell { t } else { 0 });
            let has_table = f.has_table.at(id);
            let block = name.is_some_and(is_block);
            if let Some(p) = dom.parent(id) {
                if let Some(v) = f.max_cell.slot(p) {
                    *v = (*v).max(cell);
                }
                if let Some(v) = f.has_table.slot(p) {
                    *v |= has_table || is_table;
                }
                if let Some(v) = f.block_child.slot(p) {
                    *v |= block;
                }
            }
            if let Some(v) = f.max_cell.slot(id) {
                *v = cell;
            }
        }
        f
    }

    pub(crate) fn is_data_table(&self, id: NodeId) -> bool {
        // Outside the table: no data table.
        !self.has_table.at_or(id, true) && self.max_cell.at_or(id, usize::MAX) <= MAX_DATA_CELL
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
