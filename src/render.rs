//! Stage 6: kept blocks → plain text.
//!
//! Blocks are separated by one blank line; items of one list and rows of one
//! table by a single line break.

use crate::segment::{Block, Kind};
use crate::select::Verdicts;

/// Renders the kept blocks as plain text.
pub(crate) fn text(blocks: &[Block], verdicts: &Verdicts) -> String {
    let mut out = String::new();
    let mut prev: Option<&Block> = None;
    for (b, v) in blocks.iter().zip(verdicts) {
        if v.is_some() || b.text.is_empty() {
            continue;
        }
        if let Some(p) = prev {
            let same_group = p.group.is_some()
                && p.group == b.group
                && matches!(b.kind, Kind::ListItem | Kind::Row)
                && p.kind == b.kind;
            out.push_str(if same_group { "\n" } else { "\n\n" });
        }
        out.push_str(&b.text);
        prev = Some(b);
    }
    out
}
