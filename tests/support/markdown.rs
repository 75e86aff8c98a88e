//! Markdown stripped back to text, for the round-trip checks: the Markdown
//! decruft renders, without its markup, must be the plain text it renders.
//!
//! Handles exactly the Markdown decruft writes: fenced code, ATX headings,
//! `>` quotes, `-`/`N.` list markers with indentation, GFM tables,
//! `**`/`*`/`~~` emphasis, code spans, links, images, backslash escapes and
//! backslash hard breaks.

/// The text of `md`, one output line per Markdown line.
pub fn strip(md: &str) -> String {
    let mut out = String::new();
    let mut fence: Option<&str> = None;
    for line in md.lines() {
        let trimmed = line.trim_start();
        if let Some(f) = fence {
            if trimmed == f {
                fence = None;
            } else {
                out.push_str(line);
                out.push('\n');
            }
            continue;
        }
        if trimmed.starts_with("```") {
            fence = Some(trimmed);
            continue;
        }
        let mut l = trimmed;
        if l.starts_with('|') && l.chars().all(|c| matches!(c, '|' | '-' | ' ')) {
            continue; // a table's delimiter row
        }
        while let Some(r) = l.strip_prefix("> ").or_else(|| (l == ">").then_some("")) {
            l = r;
        }
        if l.starts_with('#') {
            l = l.trim_start_matches('#').trim_start();
        } else if let Some(r) = l.strip_prefix("- ") {
            l = r;
        } else {
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && l[digits..].starts_with(". ") {
                l = &l[digits + 2..];
            }
        }
        let row = l.starts_with("| ") && l.ends_with(" |");
        inline(l, row, &mut out);
        out.push('\n');
    }
    out
}

fn inline(s: &str, row: bool, out: &mut String) {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                if let Some(&n) = chars.get(i + 1) {
                    if n.is_ascii_punctuation() {
                        out.push(n);
                    } else {
                        out.push('\\');
                        out.push(n);
                    }
                }
                i += 2;
            }
            '`' => {
                let n = chars[i..].iter().take_while(|&&x| x == '`').count();
                let start = i + n;
                let mut j = start;
                let mut end = None;
                while j < chars.len() {
                    let run = chars[j..].iter().take_while(|&&x| x == '`').count();
                    if run == n {
                        end = Some(j);
                        break;
                    }
                    j += run.max(1);
                }
                let Some(end) = end else {
                    out.extend(&chars[i..start]);
                    i = start;
                    continue;
                };
                let mut content: String = chars[start..end].iter().collect();
                if n > 1 && content.starts_with(' ') && content.ends_with(' ') && content.len() > 1
                {
                    content = content[1..content.len() - 1].to_owned();
                }
                out.push_str(&content);
                i = end + n;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                // An image: no text.
                i = skip_link(&chars, i + 1);
            }
            '[' | '*' | '~' => i += 1,
            ']' if chars.get(i + 1) == Some(&'(') => {
                let close = chars[i..]
                    .iter()
                    .position(|&x| x == ')')
                    .map_or(chars.len(), |p| i + p);
                i = close + 1;
            }
            '|' if row => {
                out.push(' ');
                i += 1;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// From a `[` to just after the `)` of its destination.
fn skip_link(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            ']' if chars.get(i + 1) == Some(&'(') => {
                let close = chars[i..]
                    .iter()
                    .position(|&x| x == ')')
                    .map_or(chars.len(), |p| i + p);
                return close + 1;
            }
            _ => i += 1,
        }
    }
    i
}

/// White space collapsed, for comparing texts whose line layout differs.
pub fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn strips_what_decruft_writes() {
    let md = "## A *b*\n\n- one **two**\n    1. x\\*y [link](http://a/(b%29)\n\n| a | b\\|c |\n| --- | --- |\n\n```\n*raw*\n```\n\n> q\\\n> r ![i](s) `` a`b ``";
    assert_eq!(
        words(&strip(md)),
        "A b one two x*y link a b|c *raw* q r a`b"
    );
}
