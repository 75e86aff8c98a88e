//! Rules of context: lines that a line rule removes on their own but that
//! the lines around them show to be the article's. A cleaner that removes
//! an article line is worse than one that leaks a line, and text that is
//! already clean must come out whole; these rules only ever keep a line.
//!
//! - A field of a list of fields ("Video: 4K/30p" between "Sensor: …" and
//!   "Autofocus: …"; "Author: Jane Doe" above "Released: 2024").
//! - A table row shaped like a breadcrumb trail ("Rank | State | Score"
//!   above "1 | Utah | 91").
//! - A list item among the items of a list that the line rules kept.
//! - A cross-link, source or label line in the middle of the article
//!   ("Read more: How to reduce taxable income", "Source: NAIC" between
//!   paragraphs); at the edges, where leaks sit, they still go.
//!
//! Each judges the lines the line rules kept, and marks what it keeps and
//! what it leaned on as protected, so that a second clean, which sees
//! those same lines, judges the same.

use super::{breadcrumb_separator, is_title_only, Line};
use crate::lang;

/// Fewest words of a line of prose (a sentence, not a label or a title).
/// The shortest mid-article sentences the dev sets' gold bodies keep around
/// cross-links ("Take a look at the seven steps of machine learning.") have
/// eight; six leaves a margin without taking in short prompts.
const MIN_PROSE_WORDS: usize = 6;
/// The same in characters, for scripts written without spaces.
const MIN_PROSE_UNSPACED: usize = 15;
/// Most kept lines between a mid-article line and the prose on either side
/// of it: a cross-link sits between a paragraph and the next heading, whose
/// paragraph follows (the dev sets' gold bodies need two; three is the margin).
const PROSE_WINDOW: usize = 3;
/// Most lines (blank and removed ones included) looked at for those kept
/// lines: a bound, so that a text of many removed lines is judged in linear
/// time; blank lines between paragraphs and a removed line or two between
/// the kept ones fit in it.
const PROSE_SCAN: usize = 16;
/// Longest label of a field, in characters ("Who it's for", "Privacy policy").
const MAX_FIELD_LABEL: usize = 30;
/// Most words of a field's label.
const MAX_FIELD_WORDS: usize = 4;

/// Reasons a line in the middle of the article is kept for: cross-links and
/// source labels that the dev sets' gold bodies keep between paragraphs.
/// Ads, share, comment and author lines are not among them: between
/// paragraphs (and between comments) is where they leak.
const MID_ARTICLE: [&str; 3] = ["phrase: related", "phrase: navigation", "label"];

/// Reasons a field of a list of fields is kept for: credits, author and
/// source labels, which product and book lists use as fields ("Video:
/// 4K/30p", "Author: Jane Doe"). Bylines, counters, tags and prompts
/// ("Updated: 18 Nov 2019", "Search for:") sit beside other fields in the
/// page's chrome too.
const FIELD_LIST: [&str; 3] = ["photo credit", "phrase: byline", "label"];

/// A line of prose: a sentence (or longer than a title), of several words.
pub(super) fn is_prose(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let unspaced = line.chars().filter(|&c| lang::is_unspaced(c)).count();
    !is_title_only(line) && (words >= MIN_PROSE_WORDS || unspaced >= MIN_PROSE_UNSPACED)
}

/// "Label: value": a short label of a few words, a colon, and the rest
/// (maybe empty). A list marker before the label is skipped; a URL's colon
/// is no label's.
pub(super) fn field(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.split_once([':', '：'])?;
    let label = label.trim_start_matches(['-', '*', '•', '>', ' ']).trim();
    let value = value.trim();
    let ok = !label.is_empty()
        && label.chars().count() <= MAX_FIELD_LABEL
        && label.split_whitespace().count() <= MAX_FIELD_WORDS
        && label.chars().any(char::is_alphabetic)
        && !label.contains(['.', '!', '?', '。'])
        && !value.starts_with("//");
    ok.then_some((label, value))
}

/// Is a line kept by the line rules, and so by every rule after them?
fn kept(l: &Line) -> bool {
    l.drop.is_none() && !l.text.is_empty()
}

/// Is there prose among the first [`PROSE_WINDOW`] kept lines of `lines`,
/// within [`PROSE_SCAN`] lines? A table row counts as the article's too
/// ("Source: NAIC" under a table).
/// Gives the index of the line found, to be protected with the line kept
/// by it (a later rule dropping it would make a second clean judge apart).
fn prose_near(lines: &[Line], order: impl Iterator<Item = usize>) -> Option<usize> {
    order
        .take(PROSE_SCAN)
        .filter(|&j| lines.get(j).is_some_and(kept))
        .take(PROSE_WINDOW)
        .find(|&j| {
            lines
                .get(j)
                .is_some_and(|l| is_prose(&l.text) || is_table_row(&l.text))
        })
}

/// A row of a table as extractors write it: cells split by tabs or bars.
fn is_table_row(line: &str) -> bool {
    line.contains('\t') || line.matches(" | ").count() >= 2 || line.starts_with("| ")
}

/// A list item written with a marker ("- Back end", "* Keywords").
fn list_marker(line: &str) -> Option<&str> {
    ["- ", "* ", "• "].into_iter().find(|m| line.starts_with(m))
}

/// Runs of list items (same marker, no blank line between) in which the
/// line rules kept more items than they removed: such a list is the
/// article's ("- Article title", "- Author names", "- Keywords", …), and
/// its removed items are kept with its others.
fn article_lists(lines: &[Line]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(marker) = lines.get(i).and_then(|l| list_marker(&l.text)) else {
            i += 1;
            continue;
        };
        let end = (i..lines.len())
            .find(|&j| {
                lines
                    .get(j)
                    .is_none_or(|l| list_marker(&l.text) != Some(marker))
            })
            .unwrap_or(lines.len());
        let run = lines.get(i..end).unwrap_or_default();
        let dropped = run.iter().filter(|l| l.drop.is_some()).count();
        if dropped > 0 && run.len() > 2 * dropped {
            out.extend(i..end);
        }
        i = end.max(i + 1);
    }
    out
}

/// Is the first kept line after `i` prose?
pub(super) fn prose_follows(lines: &[Line], i: usize) -> bool {
    lines
        .iter()
        .skip(i + 1)
        .find(|l| kept(l))
        .is_some_and(|l| is_prose(&l.text))
}

/// The nearest non-blank line before and after `i`.
fn neighbours(lines: &[Line], i: usize) -> [Option<usize>; 2] {
    let before = (0..i)
        .rev()
        .find(|&j| lines.get(j).is_some_and(|l| !l.text.is_empty()));
    let after = (i + 1..lines.len()).find(|&j| lines.get(j).is_some_and(|l| !l.text.is_empty()));
    [before, after]
}

/// Keeps the lines that the lines around them show to be the article's.
pub(super) fn keep_article_lines(lines: &mut [Line]) {
    let mut keep: Vec<(usize, &str, Option<usize>)> = Vec::new();
    let mut also_protected: Vec<usize> = Vec::new();
    let lists = article_lists(lines);
    for (i, l) in lines.iter().enumerate() {
        if lists.binary_search(&i).is_ok() {
            keep.push((i, "article list", None));
            continue;
        }
        let Some(reason) = l.drop.as_deref() else {
            continue;
        };
        let near = neighbours(lines, i);
        // A field beside a kept field of another label: a credit, author
        // or source field with a value, or a definition beside another
        // ("Privacy policy: We read the VPN's policy…" after "Servers: …").
        if let Some((label, value)) = field(&l.text) {
            let definition = is_prose(value);
            let other_field = |j: &usize| {
                lines.get(*j).is_some_and(|n| {
                    kept(n)
                        && field(&n.text).is_some_and(|(other, v)| {
                            other != label && (!definition || is_prose(v))
                        })
                })
            };
            let plain = FIELD_LIST.contains(&reason)
                && !value.is_empty()
                && !label.contains(char::is_numeric);
            if let Some(j) = near
                .iter()
                .flatten()
                .find(|j| other_field(j))
                .filter(|_| plain || definition)
            {
                keep.push((i, "field list", Some(*j)));
                continue;
            }
        }
        // A row beside a row: a table. (A trail repeated is a repeat, not
        // a table: the copy goes, and the trail with it.) The rows share
        // their separator, so that each of two rows dropped as trails
        // keeps the other: a line that only holds this one's separator
        // once ("Home > Shop > Prices | Sale" above "Item | Price | Stock")
        // keeps none, or a second clean would drop the row it kept.
        if reason == "breadcrumb" {
            let sep = breadcrumb_separator(&l.text);
            let row = |j: &usize| {
                lines.get(*j).is_some_and(|n| {
                    (kept(n) || n.drop.as_deref() == Some("breadcrumb"))
                        && n.text != l.text
                        && sep.is_some()
                        && breadcrumb_separator(&n.text) == sep
                })
            };
            if let Some(j) = near.iter().flatten().find(|j| row(j)) {
                keep.push((i, "table row", Some(*j)));
                continue;
            }
        }
        // A cross-link or a source between paragraphs: a field with a
        // value, with prose on both sides.
        let labelled = field(&l.text).is_some_and(|(_, v)| !v.is_empty());
        if MID_ARTICLE.contains(&reason) && labelled {
            if let (Some(before), Some(after)) = (
                prose_near(lines, (0..i).rev()),
                prose_near(lines, i + 1..lines.len()),
            ) {
                keep.push((i, "between paragraphs", Some(before)));
                also_protected.push(after);
            }
        }
    }
    for (i, rule, leaned_on) in keep {
        if let Some(l) = lines.get_mut(i) {
            if let Some(reason) = l.drop.take() {
                l.kept_by = Some(format!("kept: {rule} (not {reason})"));
            }
            l.protected = true;
        }
        if let Some(l) = leaned_on.and_then(|j| lines.get_mut(j)) {
            l.protected = true;
        }
    }
    for j in also_protected {
        if let Some(l) = lines.get_mut(j) {
            l.protected = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(text: &str) -> String {
        crate::Cleaner::new().clean(text)
    }

    #[test]
    fn fields() {
        for (line, f) in [
            ("Video: 4K/30p", Some(("Video", "4K/30p"))),
            (
                "- Customer Reviews: Use feedback.",
                Some(("Customer Reviews", "Use feedback.")),
            ),
            ("Фото:", Some(("Фото", ""))),
            ("http://example.com/a", None),
            ("It was late. Then: rain", None),
            ("A label of far too many words here: value", None),
        ] {
            assert_eq!(field(line), f, "{line:?}");
        }
    }

    #[test]
    fn prose() {
        assert!(is_prose(
            "Take a look at the seven steps of machine learning."
        ));
        assert!(!is_prose("Read more: How to reduce taxable income"));
        assert!(!is_prose("Thanks for reading."));
    }

    #[test]
    fn article_lines_stay() {
        for text in [
            // A field of a spec list.
            "Sensor: 24.2MP APS-C\nVideo: 4K/30p\nAutofocus: fast tracking\n",
            // A book list.
            "House of Rayne\nAuthor: Harley Laroux\nReleased: 2024\n",
            // A table row between rows.
            "Rank | State | Score\n1 | Utah | 91\n",
            // A cross-link between paragraphs.
            "The bridge reopened on Monday after three weeks of repairs.\n\
             Read more: How the council paid for the bridge\n\
             Traffic\n\
             Drivers said the queues were gone by the evening rush hour.\n",
            // A source under a chart.
            "Prices rose in every region but one over the last year.\n\
             Source: National Statistics Office\n\
             The north saw the smallest rise of all, at two percent.\n",
            // A heading first, then prose.
            "Introduction\nElectricity plays an essential role in how your home operates.\n",
            // A list whose items the line rules kept, but for one.
            "- Article title\n- Journal name\n- Author names\n- Publication date\n- Keywords\n- Volume and issue\n- Copyright license\n",
            // A field whose value is a sentence.
            "Ads: Switching to a business account gives you access to different ad options.\n",
        ] {
            assert_eq!(judge(text), text, "{text:?}");
        }
    }

    #[test]
    fn rows_share_their_separator() {
        // Two trails of one separator are two rows of a table; a trail of
        // another separator, holding this one once, is no row beside it
        // (keeping the row by it once made a second clean drop the row).
        for (text, out) in [
            (
                "Rank | State | Name\nCity | Town | Area\n",
                "Rank | State | Name\nCity | Town | Area\n",
            ),
            ("Home > Shop > Prices | Sale\nItem | Price | Stock\n", ""),
            ("Item | Price | Stock\nHome > Shop > Prices | Sale\n", ""),
        ] {
            let once = judge(text);
            assert_eq!(once, out, "{text:?}");
            assert_eq!(judge(&once), once, "{text:?}");
        }
    }

    #[test]
    fn what_a_line_between_paragraphs_leaned_on_stays() {
        // The row after the cross-link is what kept it between paragraphs;
        // dropped later as a title at the end, it left a second clean to
        // drop the cross-link.
        let text = "The bridge reopened on Monday after three weeks of repairs.\n\
                    Read more: How the council paid for the bridge\n\
                    Share this article\n\
                    Name\tScore\n";
        let once = judge(text);
        assert_eq!(
            once,
            "The bridge reopened on Monday after three weeks of repairs.\n\
             Read more: How the council paid for the bridge\n\
             Name\tScore\n"
        );
        assert_eq!(judge(&once), once);
    }

    #[test]
    fn a_field_leaned_on_is_no_related_title() {
        // The credit stays as a field beside "Venue: City Hall"; dropped
        // after it as the title of a related group (`In "News"`), the venue
        // left a second clean to drop the credit.
        let text = "The bridge reopened on Monday after three weeks of repairs.\n\
                    Photo: Jane Roe\n\
                    Venue: City Hall\n\
                    In \"News\"\n";
        let once = judge(text);
        assert_eq!(
            once,
            "The bridge reopened on Monday after three weeks of repairs.\n\
             Photo: Jane Roe\n\
             Venue: City Hall\n"
        );
        assert_eq!(judge(&once), once);
    }

    #[test]
    fn leaks_at_the_edges_still_go() {
        for (text, out) in [
            (
                "The bridge reopened on Monday after three weeks of repairs.\nRead more: Ten bridges to see\n",
                "The bridge reopened on Monday after three weeks of repairs.\n",
            ),
            (
                "Home | News | World\nThe bridge reopened on Monday after three weeks of repairs.\n",
                "The bridge reopened on Monday after three weeks of repairs.\n",
            ),
            (
                "Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.\nThe bridge reopened on Monday after three weeks of repairs.\n",
                "The bridge reopened on Monday after three weeks of repairs.\n",
            ),
        ] {
            assert_eq!(judge(text), out, "{text:?}");
        }
    }
}
