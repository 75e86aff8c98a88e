//! Stage 6: kept blocks → plain text or Markdown.
//!
//! Blocks are separated by one blank line; items of one list and rows of one
//! table by a single line break.

use crate::segment::{longest_run, Block, Kind};
use crate::select::Verdicts;

/// Renders the kept blocks as plain text.
pub(crate) fn text(blocks: &[Block], verdicts: &Verdicts) -> String {
    // Sized up front: doubling a string of 30 MB would hold up to twice
    // that while it is copied.
    let len: usize = blocks
        .iter()
        .zip(verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(b, _)| b.text.len() + 2)
        .sum();
    let mut out = String::with_capacity(len);
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

/// Renders the kept blocks as Markdown (CommonMark, with GFM tables and
/// strikethrough): headings, lists (nested, numbered), tables, quotes, code
/// blocks, and the inline markup the segmenter recorded.
pub(crate) fn markdown(blocks: &[Block], verdicts: &Verdicts) -> String {
    let kept: Vec<&Block> = blocks
        .iter()
        .zip(verdicts)
        .filter(|(b, v)| v.is_none() && !b.text.is_empty())
        .map(|(b, _)| b)
        .collect();
    let mut out = String::new();
    let mut prev: Option<&Block> = None;
    // Nesting of the last list item written: a nested item whose parents
    // were dropped goes no deeper than one level below it.
    let mut list_depth = 0usize;
    // (depth in the page, depth written) of the open items of the list being
    // written: lists whose parent items were dropped are written one level
    // below the nearest item kept, and their siblings at the same level.
    let mut levels: Vec<(usize, usize)> = Vec::new();
    // The last list block written continued its item (a later paragraph).
    let mut last_continued = false;
    let mut i = 0;
    while let Some(&b) = kept.get(i) {
        if let Some(p) = prev {
            let tight = b.kind == Kind::ListItem
                && p.kind == Kind::ListItem
                && p.group.is_some()
                && p.group == b.group
                && p.list.map(|l| l.item) != b.list.map(|l| l.item);
            out.push_str(if tight { "\n" } else { "\n\n" });
        }
        // A list item's images go inside the item (see below).
        if !b.md_images.is_empty() && b.kind != Kind::ListItem {
            out.push_str(&b.md_images);
            out.push_str("\n\n");
        }
        let md = if b.md.is_empty() { &b.text } else { &b.md };
        match b.kind {
            Kind::Row => {
                let rows: Vec<&Block> = kept
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|r| r.kind == Kind::Row && r.group.is_some() && r.group == b.group)
                    .copied()
                    .collect();
                table(&rows, &mut out);
                i += rows.len().max(1);
                prev = rows.last().copied().or(Some(b));
                continue;
            }
            Kind::Heading(level) => {
                out.push_str(&"#".repeat(usize::from(level.clamp(1, 6))));
                out.push(' ');
                let h = md.split('\n').collect::<Vec<_>>().join(" ");
                // A trailing run of '#' after a space would close the heading.
                let run = h.len() - h.trim_end_matches('#').len();
                let (text, hashes) = h.split_at(h.len() - run);
                let mut line = String::new();
                escape_line_start(text, &mut line);
                out.push_str(&line);
                if !hashes.is_empty() {
                    if text.is_empty() || text.ends_with(' ') {
                        out.push('\\');
                    }
                    out.push_str(hashes);
                }
            }
            Kind::Pre => {
                let fence = "`".repeat((longest_run(md, '`') + 1).max(3));
                out.push_str(&fence);
                out.push('\n');
                out.push_str(md);
                out.push('\n');
                out.push_str(&fence);
            }
            Kind::Quote => lines(md, "> ", "> ", &mut out),
            Kind::ListItem => {
                let list = b.list;
                let in_list = prev.is_some_and(|p| {
                    p.kind == Kind::ListItem && p.group.is_some() && p.group == b.group
                });
                let continued = list.is_some()
                    && prev.and_then(|p| p.list).map(|l| l.item) == list.map(|l| l.item);
                if !in_list {
                    levels.clear();
                }
                // A later block of the same item stays at the item's depth.
                let depth = if continued && in_list {
                    list_depth.max(1)
                } else {
                    let real = list.map_or(1, |l| usize::from(l.depth.max(1)));
                    while levels.last().is_some_and(|&(r, _)| r > real) {
                        levels.pop();
                    }
                    match levels.last().copied() {
                        Some((r, written)) if r == real => written,
                        Some((_, written)) => {
                            levels.push((real, written + 1));
                            written + 1
                        }
                        None => {
                            levels.push((real, 1));
                            1
                        }
                    }
                };
                // An item right after a continued paragraph, or a numbered
                // list starting past 1, must not follow a text line: either
                // would be read as that line's continuation.
                let number = list.and_then(|l| l.number);
                let starts_past_one = number.is_some_and(|n| n != 1) && depth != list_depth;
                if in_list
                    && !continued
                    && (last_continued || starts_past_one)
                    && out.ends_with('\n')
                    && !out.ends_with("\n\n")
                {
                    out.push('\n');
                }
                last_continued = continued;
                list_depth = depth;
                let indent = "    ".repeat(depth - 1);
                let marker = match list.and_then(|l| l.number) {
                    Some(n) => format!("{n}. "),
                    None => "- ".to_owned(),
                };
                let inner = format!("{indent}{}", " ".repeat(marker.len().max(4)));
                let first = if continued && prev.is_some() {
                    inner.clone()
                } else {
                    format!("{indent}{marker}")
                };
                if b.md_images.is_empty() {
                    lines(md, &first, &inner, &mut out);
                } else {
                    lines(&format!("{}\n{md}", b.md_images), &first, &inner, &mut out);
                }
            }
            Kind::Paragraph | Kind::Caption => lines(md, "", "", &mut out),
        }
        prev = Some(b);
        i += 1;
    }
    out
}

/// The lines of one block, the first after `first`, the others after
/// `rest`, joined by hard line breaks, each escaped where a line start
/// would read as markup.
fn lines(md: &str, first: &str, rest: &str, out: &mut String) {
    for (n, line) in md.split('\n').enumerate() {
        if n > 0 {
            out.push_str("\\\n");
            out.push_str(rest);
        } else {
            out.push_str(first);
        }
        escape_line_start(line, out);
    }
}

/// Writes `line`, with a backslash where its start would read as a heading,
/// list item, quote, rule or table.
fn escape_line_start(line: &str, out: &mut String) {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    match line.as_bytes().first() {
        Some(b'#' | b'-' | b'+' | b'=' | b'|') => out.push('\\'),
        Some(b'0'..=b'9')
            if digits <= 9 && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) =>
        {
            let (number, rest) = line.split_at(digits);
            out.push_str(number);
            out.push('\\');
            out.push_str(rest);
            return;
        }
        _ => {}
    }
    out.push_str(line);
}

/// Rows of one table as a GFM table, the first row as its header.
fn table(rows: &[&Block], out: &mut String) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let md = if r.md.is_empty() { &r.text } else { &r.md };
            md.split('\t')
                .map(|c| c.replace('\n', " ").replace('|', "\\|").trim().to_owned())
                .collect()
        })
        .collect();
    let columns = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for (n, row) in cells.iter().enumerate() {
        if n > 0 {
            out.push('\n');
        }
        out.push('|');
        for c in 0..columns {
            out.push(' ');
            out.push_str(row.get(c).map_or("", String::as_str));
            out.push_str(" |");
        }
        if n == 0 {
            out.push_str("\n|");
            out.push_str(&" --- |".repeat(columns));
        }
    }
}
