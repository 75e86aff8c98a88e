//! Stage 6: kept blocks → the article's typed blocks, and from them plain
//! text, Markdown and HTML.
//!
//! Blocks are separated by one blank line; items of one list and rows of one
//! table by a single line break.

use crate::block as out;
use crate::segment::{longest_run, Block, Kind};
use crate::select::Verdicts;

mod html;
pub(crate) use html::html;

/// The kept blocks as the article's typed blocks, in page order: runs of
/// list items and table rows of one list or table become one block each.
/// With `markdown`, each block also gets its Markdown. Beside them, with
/// `owners`, each one's owner (its first block's), for [`posts`].
pub(crate) fn blocks(
    blocks: Vec<Block>,
    verdicts: &Verdicts,
    markdown: bool,
    html: bool,
    owners: bool,
) -> (Vec<out::Block>, Vec<crate::dom::NodeId>) {
    // The blocks dropped go at once, and the texts of those kept move into
    // the result: no page's text is held three times.
    let mut kept: Vec<Block> = blocks
        .into_iter()
        .zip(verdicts)
        .filter(|(b, v)| v.is_none() && !b.text.is_empty())
        .map(|(b, _)| b)
        .collect();
    // At most one rendered block per kept block: no doubling on a page of
    // many blocks.
    let mut result = Vec::with_capacity(kept.len());
    let want_owners = owners;
    let mut owners = Vec::new();
    let mut i = 0;
    while let Some(b) = kept.get(i) {
        let (kind, group) = (b.kind, b.group);
        if want_owners {
            owners.push(b.owner);
        }
        // One list or table: the kept items or rows of one group, in a row.
        let run = if matches!(kind, Kind::ListItem | Kind::Row) && group.is_some() {
            kept.get(i..)
                .unwrap_or_default()
                .iter()
                .take_while(|r| r.kind == kind && r.group == group)
                .count()
                .max(1)
        } else {
            1
        };
        let Some(run_blocks) = kept.get_mut(i..i + run) else {
            break;
        };
        result.push(match kind {
            Kind::ListItem => list(run_blocks, markdown, html),
            Kind::Row => table_block(run_blocks, markdown, html),
            _ => match run_blocks.first_mut() {
                Some(b) => single(b, markdown, html),
                None => break,
            },
        });
        i += run;
    }
    (result, owners)
}

/// The blocks with each run of blocks of one post (`post_of[i]`, an index
/// into `posts`: its author and date) made one [`Post`](out::BlockKind::Post)
/// block holding them. Its text, Markdown and HTML are theirs joined as
/// the article's are, so the article's renderings read the same either way.
pub(crate) fn posts(
    blocks: Vec<out::Block>,
    post_of: &[Option<usize>],
    posts: &[(Option<String>, Option<String>)],
) -> Vec<out::Block> {
    if post_of.len() != blocks.len() {
        return blocks;
    }
    let mut result: Vec<out::Block> = Vec::with_capacity(blocks.len());
    let mut current: Option<usize> = None;
    for (b, &p) in blocks.into_iter().zip(post_of) {
        let Some(p) = p else {
            current = None;
            result.push(b);
            continue;
        };
        match result.last_mut() {
            Some(out::Block {
                post: Some(post), ..
            }) if current == Some(p) => post.blocks.push(b),
            _ => {
                let (author, date) = posts.get(p).cloned().unwrap_or_default();
                result.push(out::Block {
                    kind: out::BlockKind::Post,
                    text: String::new(),
                    level: None,
                    language: None,
                    items: Vec::new(),
                    rows: Vec::new(),
                    post: Some(Box::new(out::Post {
                        author,
                        date,
                        blocks: vec![b],
                    })),
                    markdown: None,
                    html: None,
                });
                current = Some(p);
            }
        }
    }
    for b in &mut result {
        let Some(post) = &b.post else {
            continue;
        };
        b.text = text(&post.blocks);
        if post.blocks.iter().all(|b| b.markdown.is_some()) {
            b.markdown = Some(markdown(&post.blocks));
        }
        if post.blocks.iter().all(|b| b.html.is_some()) {
            b.html = Some(html(&post.blocks));
        }
    }
    result
}

/// Shortest paragraph (characters) that counts toward [`readerable`]:
/// Readability.js's `isProbablyReaderable` default, which readers of
/// its reader mode have lived with for years.
const READERABLE_MIN_PARAGRAPH: usize = 140;

/// Score a page's paragraphs must pass to be readerable (Readability.js's
/// default as well).
const READERABLE_MIN_SCORE: f64 = 20.0;

/// Whether the kept body reads as an article worth a reader view: its
/// paragraphs and quotes of at least [`READERABLE_MIN_PARAGRAPH`]
/// characters, each counting the square root of its length past that,
/// add up to more than [`READERABLE_MIN_SCORE`] (about three long
/// paragraphs, or one very long one).
pub(crate) fn readerable(blocks: &[out::Block]) -> bool {
    let mut score = 0.0f64;
    for b in blocks {
        if !matches!(b.kind, out::BlockKind::Paragraph | out::BlockKind::Quote) {
            continue;
        }
        let len: usize = b.text.chars().map(reading_width).sum();
        if len >= READERABLE_MIN_PARAGRAPH {
            score += ((len - READERABLE_MIN_PARAGRAPH) as f64).sqrt();
            if score > READERABLE_MIN_SCORE {
                return true;
            }
        }
    }
    false
}

/// How many Latin letters a character stands for when paragraphs are
/// measured: a Chinese, Japanese or Korean character holds about a word's
/// syllable, so it counts twice (Korean and Chinese news paragraphs of
/// 150-200 characters read as long as English ones of 300-400).
fn reading_width(c: char) -> usize {
    match c {
        '\u{1100}'..='\u{11ff}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}'
        | '\u{f900}'..='\u{faff}' => 2,
        _ => 1,
    }
}

/// The article's plain text: the blocks' texts, separated by a blank line.
pub(crate) fn text(blocks: &[out::Block]) -> String {
    let len: usize = blocks.iter().map(|b| b.text.len() + 2).sum();
    let mut s = String::with_capacity(len);
    for b in blocks {
        if !s.is_empty() {
            s.push_str("\n\n");
        }
        s.push_str(&b.text);
    }
    s
}

/// The article's Markdown (CommonMark, with GFM tables and strikethrough):
/// the blocks' Markdown, separated by a blank line.
pub(crate) fn markdown(blocks: &[out::Block]) -> String {
    let mut s = String::new();
    for md in blocks.iter().filter_map(|b| b.markdown.as_deref()) {
        if !s.is_empty() {
            s.push_str("\n\n");
        }
        s.push_str(md);
    }
    s
}

/// A block's Markdown, or its text when it has none.
fn md_of(b: &Block) -> &str {
    if b.md().is_empty() {
        &b.text
    } else {
        b.md()
    }
}

/// Images waiting before a block, as their own paragraph.
fn images_before(b: &Block, out: &mut String) {
    if !b.md_images().is_empty() {
        out.push_str(b.md_images());
        out.push_str("\n\n");
    }
}

/// A block's inline HTML, or its text escaped when it has none.
fn html_of(b: &Block) -> String {
    if b.html().is_empty() {
        html::escape(&b.text)
    } else {
        b.html().to_owned()
    }
}

/// A block that is neither a list item nor a table row.
fn single(b: &mut Block, markdown: bool, want_html: bool) -> out::Block {
    let (kind, level) = match b.kind {
        Kind::Heading(level) => (out::BlockKind::Heading, Some(level.clamp(1, 6))),
        Kind::Pre => (out::BlockKind::Code, None),
        Kind::Quote => (out::BlockKind::Quote, None),
        Kind::Caption => (out::BlockKind::Caption, None),
        Kind::Paragraph | Kind::ListItem | Kind::Row => (out::BlockKind::Paragraph, None),
    };
    let language = if b.kind == Kind::Pre {
        b.lang.clone()
    } else {
        None
    };
    let md = markdown.then(|| {
        let mut out = String::new();
        images_before(b, &mut out);
        let md = md_of(b);
        match b.kind {
            Kind::Heading(level) => heading(md, level, &mut out),
            Kind::Pre => {
                let fence = "`".repeat((longest_run(md, '`') + 1).max(3));
                out.push_str(&fence);
                out.push_str(language.as_deref().unwrap_or(""));
                out.push('\n');
                out.push_str(md);
                out.push('\n');
                out.push_str(&fence);
            }
            Kind::Quote => lines(md, "> ", "> ", &mut out),
            _ => lines(md, "", "", &mut out),
        }
        out
    });
    let html = want_html.then(|| {
        html::single(
            kind,
            level,
            language.as_deref(),
            &html_of(b),
            b.html_images(),
        )
    });
    out::Block {
        kind,
        text: std::mem::take(&mut b.text),
        level,
        language,
        items: Vec::new(),
        rows: Vec::new(),
        post: None,
        markdown: md,
        html,
    }
}

/// A heading's line: `#`s for its level, its text on one line.
fn heading(md: &str, level: u8, out: &mut String) {
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

/// The rows of one table.
fn table_block(rows: &mut [Block], markdown: bool, want_html: bool) -> out::Block {
    let text = rows
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let md = markdown.then(|| {
        let mut out = String::new();
        if let Some(first) = rows.first() {
            images_before(first, &mut out);
        }
        table(rows, &mut out);
        out
    });
    let html = want_html.then(|| {
        let cells: Vec<(bool, String)> = rows.iter().map(|r| (r.header, html_of(r))).collect();
        let cells: Vec<(bool, &str)> = cells.iter().map(|(h, c)| (*h, c.as_str())).collect();
        let images = rows.first().map_or("", |r| r.html_images());
        html::table(&cells, images)
    });
    out::Block {
        html,
        kind: out::BlockKind::Table,
        text,
        level: None,
        language: None,
        items: Vec::new(),
        rows: rows
            .iter()
            .map(|r| out::TableRow {
                cells: r.text.split('\t').map(str::to_owned).collect(),
                header: r.header,
            })
            .collect(),
        post: None,
        markdown: md,
    }
}

/// One list item's part (a later paragraph of an item is a part of its own).
struct Part<'a> {
    block: &'a Block,
    /// Depth written: lists whose parent items were dropped go one level
    /// below the nearest item kept, and their siblings at the same level.
    depth: usize,
    /// A later part of the item before it.
    continued: bool,
    /// The previous part belongs to the same item (or neither has one).
    same_item: bool,
}

/// The kept items of one list: their depths, then the block.
fn list(blocks: &mut [Block], markdown: bool, want_html: bool) -> out::Block {
    let mut parts: Vec<Part<'_>> = Vec::with_capacity(blocks.len());
    // (depth in the page, depth written) of the open items.
    let mut levels: Vec<(usize, usize)> = Vec::new();
    let mut prev_depth = 0usize;
    for (n, b) in blocks.iter().enumerate() {
        let prev = n.checked_sub(1).and_then(|p| blocks.get(p));
        let same_item = prev.is_some_and(|p| p.list.map(|l| l.item) == b.list.map(|l| l.item));
        let continued = b.list.is_some() && same_item;
        let depth = if continued {
            prev_depth.max(1)
        } else {
            let real = b.list.map_or(1, |l| usize::from(l.depth.max(1)));
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
        prev_depth = depth;
        parts.push(Part {
            block: b,
            depth,
            continued,
            same_item,
        });
    }
    let mut items: Vec<out::ListItem> = Vec::new();
    for p in &parts {
        match items.last_mut() {
            Some(item) if p.continued => {
                item.text.push('\n');
                item.text.push_str(&p.block.text);
            }
            _ => items.push(out::ListItem {
                text: p.block.text.clone(),
                depth: u8::try_from(p.depth).unwrap_or(u8::MAX),
                number: p.block.list.and_then(|l| l.number),
            }),
        }
    }
    let text = parts
        .iter()
        .map(|p| p.block.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let html = want_html.then(|| {
        let mut items: Vec<html::Item> = Vec::new();
        for p in &parts {
            let mut inline = String::new();
            if !p.block.html_images().is_empty() {
                inline.push_str(p.block.html_images());
                inline.push('\n');
            }
            inline.push_str(&html_of(p.block));
            match items.last_mut() {
                Some(item) if p.continued => {
                    item.inline.push('\n');
                    item.inline.push_str(&inline);
                }
                _ => items.push(html::Item {
                    depth: u8::try_from(p.depth).unwrap_or(u8::MAX),
                    number: p.block.list.and_then(|l| l.number),
                    inline,
                }),
            }
        }
        html::list(&items)
    });
    out::Block {
        html,
        kind: out::BlockKind::List,
        text,
        level: None,
        language: None,
        items,
        rows: Vec::new(),
        post: None,
        markdown: markdown.then(|| list_markdown(&parts)),
    }
}

/// A list as Markdown: nested, numbered, an item's later paragraphs
/// indented under it, its images inside it.
fn list_markdown(parts: &[Part<'_>]) -> String {
    let mut out = String::new();
    // The depth of the last part written, and whether it continued its item.
    let mut list_depth = 0usize;
    let mut last_continued = false;
    for (n, p) in parts.iter().enumerate() {
        let b = p.block;
        let in_list = n > 0;
        if in_list {
            out.push_str(if p.same_item { "\n\n" } else { "\n" });
        }
        let depth = p.depth;
        // An item right after a continued paragraph, or a numbered list
        // starting past 1, must not follow a text line: either would be
        // read as that line's continuation.
        let number = b.list.and_then(|l| l.number);
        let starts_past_one = number.is_some_and(|n| n != 1) && depth != list_depth;
        if in_list
            && !p.continued
            && (last_continued || starts_past_one)
            && out.ends_with('\n')
            && !out.ends_with("\n\n")
        {
            out.push('\n');
        }
        last_continued = p.continued;
        list_depth = depth;
        let indent = "    ".repeat(depth.saturating_sub(1));
        let marker = match number {
            Some(n) => format!("{n}. "),
            None => "- ".to_owned(),
        };
        let inner = format!("{indent}{}", " ".repeat(marker.len().max(4)));
        let first = if p.continued {
            inner.clone()
        } else {
            format!("{indent}{marker}")
        };
        let md = md_of(b);
        if b.md_images().is_empty() {
            lines(md, &first, &inner, &mut out);
        } else {
            lines(
                &format!("{}\n{md}", b.md_images()),
                &first,
                &inner,
                &mut out,
            );
        }
    }
    out
}

/// The lines of one block, the first after `first`, the others after
/// `rest`, joined by hard line breaks, each escaped where a line start
/// would read as markup. White space and control characters at the
/// block's ends go first: the last stage strips the controls and the text
/// ends at its last visible character, so a line break before them would
/// be written as a hard break before nothing, which a CommonMark reader
/// takes for a literal backslash (a fuzz find: `<dt>m<br>\u{f}`).
fn lines(md: &str, first: &str, rest: &str, out: &mut String) {
    let blank = |c: char| c.is_whitespace() || c.is_control();
    let md = md.trim_matches(blank);
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
fn table(rows: &[Block], out: &mut String) {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let md = md_of(r);
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
