//! The article's blocks as minimal, well-formed HTML: headings,
//! paragraphs, lists, tables, quotes, code and captions, with no attribute
//! but `start` on a numbered list and `class="language-…"` on code. Every
//! character of text is escaped, so nothing in it can open an element.

use crate::block::{Block, BlockKind, ListItem, TableRow};

/// The blocks as an HTML fragment, one block per line.
pub(crate) fn html(blocks: &[Block]) -> String {
    let len: usize = blocks.iter().map(|b| b.text.len() + 16).sum();
    let mut out = String::with_capacity(len);
    for b in blocks {
        if !out.is_empty() {
            out.push('\n');
        }
        match b.kind {
            BlockKind::Heading => {
                let level = b.level.unwrap_or(2).clamp(1, 6);
                out.push_str(&format!("<h{level}>"));
                inline(&b.text, &mut out);
                out.push_str(&format!("</h{level}>"));
            }
            BlockKind::Paragraph => wrap("p", &b.text, &mut out),
            BlockKind::Quote => {
                out.push_str("<blockquote>");
                wrap("p", &b.text, &mut out);
                out.push_str("</blockquote>");
            }
            BlockKind::Caption => {
                out.push_str("<figure>");
                wrap("figcaption", &b.text, &mut out);
                out.push_str("</figure>");
            }
            BlockKind::Code => {
                out.push_str("<pre><code");
                if let Some(lang) = &b.language {
                    out.push_str(" class=\"language-");
                    escape(lang, &mut out);
                    out.push('"');
                }
                out.push('>');
                // A line feed right after <pre> is dropped by parsers.
                if b.text.starts_with('\n') {
                    out.push('\n');
                }
                escape(&b.text, &mut out);
                out.push_str("</code></pre>");
            }
            BlockKind::List => list(&b.items, &mut out),
            BlockKind::Table => table(&b.rows, &mut out),
        }
    }
    out
}

/// `<tag>text</tag>`, line breaks as `<br>`.
fn wrap(tag: &str, text: &str, out: &mut String) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    inline(text, out);
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

/// Text escaped, its line breaks as `<br>`.
fn inline(text: &str, out: &mut String) {
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push_str("<br>");
        }
        escape(line, out);
    }
}

/// Text with `&`, `<`, `>` and `"` as character references.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Nested lists from the items' depths, with an explicit stack of open
/// lists (never recursion): a deeper item opens a list inside the open
/// item, a shallower one closes lists down to its level.
fn list(items: &[ListItem], out: &mut String) {
    // Open lists: whether each is numbered, and whether an item is open in it.
    let mut open: Vec<(bool, bool)> = Vec::new();
    for item in items {
        let depth = usize::from(item.depth.max(1));
        while open.len() > depth {
            close(&mut open, out);
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
        inline(&item.text, out);
        if let Some(top) = open.last_mut() {
            top.1 = true;
        }
    }
    while !open.is_empty() {
        close(&mut open, out);
    }
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

/// A table, its leading header rows in `<thead>`.
fn table(rows: &[TableRow], out: &mut String) {
    out.push_str("<table>");
    let head = rows.iter().take_while(|r| r.header).count();
    let (thead, tbody) = rows.split_at(head.min(rows.len()));
    for (tag, part) in [("thead", thead), ("tbody", tbody)] {
        if part.is_empty() {
            continue;
        }
        out.push_str(&format!("<{tag}>"));
        for row in part {
            out.push_str("<tr>");
            let cell = if row.header { "th" } else { "td" };
            for c in &row.cells {
                wrap(cell, c, out);
            }
            out.push_str("</tr>");
        }
        out.push_str(&format!("</{tag}>"));
    }
    out.push_str("</table>");
}
