//! Small text helpers of the segmenter: white space, invisible characters,
//! tidying a block's lines, heading levels.

use html5ever::{local_name, LocalName};

/// Trims each line and drops empty ones.
pub(super) fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// Strips trailing space from lines and blank lines at both ends.
pub(super) fn tidy_pre(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty()).unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|l| !l.is_empty())
        .map_or(0, |i| i + 1);
    lines.get(first..last).unwrap_or_default().join("\n")
}

/// ASCII white space as HTML defines it.
pub(super) const HTML_SPACE: [char; 5] = [' ', '\t', '\n', '\r', '\u{c}'];

/// White space that HTML collapses (plus no-break space, which text output
/// treats as a plain space).
pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}' | '\u{a0}')
        || matches!(c, '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}')
}

/// Characters with no visible form that only get in the way of words: zero
/// width space, word joiner, BOM, soft hyphen. (ZWJ and ZWNJ are kept: they
/// matter in Persian, Indic and emoji text.)
pub(super) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

pub(super) fn heading_level(name: &LocalName) -> Option<u8> {
    Some(match *name {
        local_name!("h1") => 1,
        local_name!("h2") => 2,
        local_name!("h3") => 3,
        local_name!("h4") => 4,
        local_name!("h5") => 5,
        local_name!("h6") => 6,
        _ => return None,
    })
}

/// Length of the longest run of `c` in `s` (for code fences).
pub(crate) fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for x in s.chars() {
        run = if x == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}
