//! The article's blocks as minimal, well-formed HTML: headings,
//! paragraphs, lists, tables, quotes, code and captions, with `<strong>`,
//! `<em>`, `<s>` and `<code>` inside, `<a href>` and `<img src alt>` when
//! links and images are on, and no attribute but those, `start` on a
//! numbered list and `class="language-…"` on code. The segmenter escaped
//! every character of text, so nothing in it can open an element.

use crate::block::{Block, BlockKind};

/// The blocks' HTML, one block per line.
pub(crate) fn html(blocks: &[Block]) -> String {
    let len: usize = blocks
        .iter()
        .filter_map(|b| b.html.as_ref())
        .map(|h| h.len() + 1)
        .sum();
    let mut out = String::with_capacity(len);
    for h in blocks.iter().filter_map(|b| b.html.as_deref()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(h);
    }
    out
}

/// A block that is neither a list nor a table. `inline` is its escaped
/// inline HTML (line breaks as `\n`), `images` the images before it.
pub(super) fn single(
    kind: BlockKind,
    level: Option<u8>,
    language: Option<&str>,
    inline: &str,
    images: &str,
) -> String {
    let mut out = String::new();
    if !images.is_empty() && kind != BlockKind::Caption {
        out.push_str("<p>");
        out.push_str(images);
        out.push_str("</p>");
    }
    match kind {
        BlockKind::Heading => {
            let level = level.unwrap_or(2).clamp(1, 6);
            out.push_str(&format!("<h{level}>"));
            lines(inline, &mut out);
            out.push_str(&format!("</h{level}>"));
        }
        BlockKind::Quote => {
            out.push_str("<blockquote>");
            wrap("p", inline, &mut out);
            out.push_str("</blockquote>");
        }
        BlockKind::Caption => {
            out.push_str("<figure>");
            out.push_str(images);
            wrap("figcaption", inline, &mut out);
            out.push_str("</figure>");
        }
        BlockKind::Code => {
            out.push_str("<pre><code");
            if let Some(lang) = language {
                out.push_str(" class=\"language-");
                // Letters, digits and `+#-_.` only (see the segmenter).
                out.push_str(lang);
                out.push('"');
            }
            out.push('>');
            // A line feed right after <pre> is dropped by parsers.
            if inline.starts_with('\n') {
                out.push('\n');
            }
            out.push_str(inline);
            out.push_str("</code></pre>");
        }
        // (Lists, tables and posts have writers of their own.)
        BlockKind::Paragraph | BlockKind::List | BlockKind::Table | BlockKind::Post => {
            wrap("p", inline, &mut out)
        }
    }
    out
}

/// `<tag>inline</tag>`, line breaks as `<br>`.
fn wrap(tag: &str, inline: &str, out: &mut String) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    lines(inline, out);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Inline HTML with its line breaks as `<br>`.
fn lines(inline: &str, out: &mut String) {
    for (n, line) in inline.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<br>");
        }
        out.push_str(line);
    }
}

/// One list item for [`list`]: its depth (1 outermost), its number in an
/// ordered list, and its inline HTML (images first).
pub(super) struct Item {
    pub(super) depth: u8,
    pub(super) number: Option<u32>,
    pub(super) inline: String,
}

/// Nested lists from the items' depths, with an explicit stack of open
/// lists (never recursion): a deeper item opens a list inside the open
/// item, a shallower one closes lists down to its level.
pub(super) fn list(items: &[Item]) -> String {
    let mut out = String::new();
    // Open lists: whether each is numbered, and whether an item is open in it.
    let mut open: Vec<(bool, bool)> = Vec::new();
    for item in items {
        let depth = usize::from(item.depth.max(1));
        while open.len() > depth {
            close(&mut open, &mut out);
        }
        if open.len() == depth {
            if let Some(top) = open.last_mut().filter(|t| t.1) {
                out.push_str("</li>");
                top.1 = false;
            }
        }
        while open.len() < depth {
            if let Some(top) = open.last_mut() {
                if !top.1 {
                    out.push_str("<li>");
                    top.1 = true;
                }
            }
            match item.number {
                Some(1) => out.push_str("<ol>"),
                Some(n) => out.push_str(&format!("<ol start=\"{n}\">")),
                None => out.push_str("<ul>"),
            }
            open.push((item.number.is_some(), false));
        }
        out.push_str("<li>");
        lines(&item.inline, &mut out);
        if let Some(top) = open.last_mut() {
            top.1 = true;
        }
    }
    while !open.is_empty() {
        close(&mut open, &mut out);
    }
    out
}

/// Closes the innermost open list (and its open item).
fn close(open: &mut Vec<(bool, bool)>, out: &mut String) {
    if let Some((numbered, item)) = open.pop() {
        if item {
            out.push_str("</li>");
        }
        out.push_str(if numbered { "</ol>" } else { "</ul>" });
    }
}

/// A table from its rows (header flag, cells' inline HTML separated by
/// tabs), its leading header rows in `<thead>`; `images` before it.
pub(super) fn table(rows: &[(bool, &str)], images: &str) -> String {
    let mut out = String::new();
    if !images.is_empty() {
        out.push_str("<p>");
        out.push_str(images);
        out.push_str("</p>");
    }
    out.push_str("<table>");
    let head = rows.iter().take_while(|r| r.0).count();
    let (thead, tbody) = rows.split_at(head.min(rows.len()));
    for (tag, part) in [("thead", thead), ("tbody", tbody)] {
        if part.is_empty() {
            continue;
        }
        out.push_str(&format!("<{tag}>"));
        for (header, cells) in part {
            out.push_str("<tr>");
            let cell = if *header { "th" } else { "td" };
            for c in cells.split('\t') {
                wrap(cell, c, &mut out);
            }
            out.push_str("</tr>");
        }
        out.push_str(&format!("</{tag}>"));
    }
    out.push_str("</table>");
    out
}

/// Text escaped as inline HTML (for blocks built without it).
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}
