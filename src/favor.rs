//! select, last step: moving the trade-off between precision and recall
//! when asked ([`Options::favor_precision`](crate::Options::favor_precision),
//! [`Options::favor_recall`](crate::Options::favor_recall)). The balanced
//! default leaves the verdicts as they are.

use crate::lang::ends_sentence;
use crate::segment::{Block, Kind};
use crate::select::{Reason, Verdicts};

/// Which way to move the trade-off.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Favor {
    /// The verdicts as selection gave them.
    #[default]
    Balanced,
    /// Fewer blocks: the doubtful ones go.
    Precision,
    /// More blocks: the doubtful ones around the article come back.
    Recall,
}

/// Precision: kept blocks with more link text than this share go (the
/// balanced cut is 0.5; on both dev sets, 0.3 gained precision for a
/// smaller loss of recall than 0.2).
const PRECISION_MAX_LINK_DENSITY: f32 = 0.3;

/// Precision: kept paragraphs shorter than this (characters) that end no
/// sentence go: labels, bylines, buttons that selection let through.
const PRECISION_MIN_LINE_CHARS: usize = 40;

/// Recall: a block dropped for link density comes back between kept
/// blocks up to this share of link text (lists of sources, of steps).
const RECALL_MAX_LINK_DENSITY: f32 = 0.8;

/// Recall: a block outside the chosen region comes back when it lies
/// between kept blocks with at most this share of link text.
const RECALL_MAX_REGION_LINK_DENSITY: f32 = 0.3;

/// Moves the verdicts the way `favor` says.
pub(crate) fn adjust(blocks: &[Block], verdicts: &mut Verdicts, favor: Favor) {
    linked_headings(blocks, verdicts);
    match favor {
        Favor::Balanced => {}
        Favor::Precision => precision(blocks, verdicts),
        Favor::Recall => recall(blocks, verdicts),
    }
}

/// A heading that is all link (`<h4><a href>Paseo Grill</a></h4>`, a
/// list post's entries) inside the article, right before kept text, is the
/// article's: link density says nothing about a heading.
fn linked_headings(blocks: &[Block], verdicts: &mut Verdicts) {
    let first = verdicts.iter().position(Option::is_none);
    let last = verdicts.iter().rposition(Option::is_none);
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    for i in first + 1..last {
        let heading = blocks
            .get(i)
            .is_some_and(|b| matches!(b.kind, Kind::Heading(_)));
        let linked = matches!(verdicts.get(i), Some(Some(Reason::LinkDense(_))));
        let next_kept = blocks
            .get(i + 1)
            .is_some_and(|b| !matches!(b.kind, Kind::Heading(_)))
            && matches!(verdicts.get(i + 1), Some(None));
        if heading && linked && next_kept {
            if let Some(v) = verdicts.get_mut(i) {
                *v = None;
            }
        }
    }
}

fn precision(blocks: &[Block], verdicts: &mut Verdicts) {
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() || matches!(b.kind, Kind::Pre | Kind::Heading(_)) {
            continue;
        }
        let ld = b.link_density();
        if ld > PRECISION_MAX_LINK_DENSITY {
            *v = Some(Reason::LinkDense(ld));
        } else if b.kind == Kind::Caption {
            *v = Some(Reason::Credit);
        } else if b.kind == Kind::Paragraph
            && b.chars < PRECISION_MIN_LINE_CHARS
            && !ends_sentence(&b.text)
        {
            *v = Some(Reason::Edge);
        }
    }
}

fn recall(blocks: &[Block], verdicts: &mut Verdicts) {
    let first = verdicts.iter().position(Option::is_none);
    let last = verdicts.iter().rposition(Option::is_none);
    let (Some(first), Some(last)) = (first, last) else {
        return;
    };
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        let back = match *v {
            Some(Reason::Edge | Reason::Credit) => true,
            Some(Reason::LinkDense(d)) => {
                first < i && i < last && d <= RECALL_MAX_LINK_DENSITY && b.kind != Kind::Paragraph
            }
            Some(Reason::OutsideRegion) => {
                first < i && i < last && b.link_density() <= RECALL_MAX_REGION_LINK_DENSITY
            }
            _ => false,
        };
        if back {
            *v = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(kind: Kind, text: &str, linked: usize) -> Block {
        Block::for_rules(kind, text, linked)
    }

    #[test]
    fn precision_drops_doubtful_blocks_and_recall_brings_them_back() {
        let prose = "The river rose by two metres overnight and the old bridge was closed.";
        let blocks = [
            block(Kind::Paragraph, prose, 0),
            block(Kind::Paragraph, "Share this story", 0),
            block(Kind::ListItem, "Sources: the county report", 20),
            block(
                Kind::Caption,
                "The bridge at dawn, seen from the east bank of the river.",
                0,
            ),
            block(Kind::Paragraph, prose, 0),
            block(Kind::Paragraph, "Photo: A. Smith", 0),
        ];
        let kept = vec![None, None, None, None, None, Some(Reason::Edge)];
        let mut v = kept.clone();
        adjust(&blocks, &mut v, Favor::Balanced);
        assert_eq!(v, kept);
        let mut v = kept.clone();
        adjust(&blocks, &mut v, Favor::Precision);
        let dropped: Vec<bool> = v.iter().map(Option::is_some).collect();
        assert_eq!(dropped, [false, true, true, true, false, true]);
        let mut v = vec![
            None,
            None,
            Some(Reason::LinkDense(0.7)),
            None,
            None,
            Some(Reason::Edge),
        ];
        adjust(&blocks, &mut v, Favor::Recall);
        assert!(v.iter().all(Option::is_none), "{v:?}");
        // Outside the kept span, link-dense blocks stay out.
        let mut v = vec![Some(Reason::LinkDense(0.7)); 3];
        v.extend([None, None, Some(Reason::OutsideRegion)]);
        adjust(&blocks, &mut v, Favor::Recall);
        let dropped: Vec<bool> = v.iter().map(Option::is_some).collect();
        assert_eq!(dropped, [true, true, true, false, false, true]);
    }

    #[test]
    fn linked_headings_inside_the_article_stay() {
        let prose = "The river rose by two metres overnight and the old bridge was closed.";
        let blocks = [
            block(Kind::Paragraph, prose, 0),
            block(Kind::Heading(4), "Paseo Grill", 10),
            block(Kind::Paragraph, prose, 0),
            block(Kind::Heading(4), "More stories", 11),
            block(Kind::Heading(4), "Read next", 8),
            block(Kind::Paragraph, prose, 0),
            block(Kind::Heading(4), "Contact", 7),
        ];
        let ld = Some(Reason::LinkDense(1.0));
        let mut v = vec![None, ld, None, ld, ld, None, ld];
        adjust(&blocks, &mut v, Favor::Balanced);
        let dropped: Vec<bool> = v.iter().map(Option::is_some).collect();
        // Back: the heading before kept text; not one before another
        // heading, nor one after the last kept block.
        assert_eq!(dropped, [false, false, false, true, false, false, true]);
    }
}
