//! Counter and relative-age lines: "3 hours ago", "vor 2 Tagen", "1.2K
//! views", "5 min read", "منذ 3 ساعات". The words are language data (the
//! `ages`, `counters` and `units` sections of `data/phrases/*.txt`); this
//! module only says what shape a line must have around them, so the clean
//! stage (which drops such lines as leaks) and the select stage (which keeps
//! a listing entry's linked age) read one table.

use std::sync::LazyLock;

use super::data::{phrases, Section};
use super::{is_mark, is_unspaced};

/// Longest counter or relative-time line, in characters ("1.2K views",
/// "Просмотров: 1 234"; the longest hand-made case is 28).
pub(crate) const MAX_COUNTER: usize = 60;

/// What a word of a counter line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// A relative age's marker ("ago", "vor").
    Age,
    /// A counter's marker ("views", "min read").
    Counter,
    /// A unit ("hours", "k").
    Unit,
}

fn lower_list(section: Section) -> impl Iterator<Item = String> {
    phrases(section).map(str::to_lowercase)
}

/// Every counter word with its kind, longest first ("min read" before
/// "min").
static WORDS: LazyLock<Vec<(String, Word)>> = LazyLock::new(|| {
    let mut v: Vec<(String, Word)> = lower_list(Section::Ages)
        .map(|w| (w, Word::Age))
        .chain(lower_list(Section::Counters).map(|w| (w, Word::Counter)))
        .chain(lower_list(Section::Units).map(|w| (w, Word::Unit)))
        .collect();
    v.sort_by_key(|(p, _)| std::cmp::Reverse(p.chars().count()));
    v
});

/// Does `rest` start with `word` ending at a word boundary?
fn starts_with_word<'a>(rest: &'a str, word: &str) -> Option<&'a str> {
    let after = rest.strip_prefix(word)?;
    let last = word.chars().last()?;
    match after.chars().next() {
        None => Some(after),
        Some(n) if !n.is_alphanumeric() || is_unspaced(n) || is_unspaced(last) => Some(after),
        Some(_) => None,
    }
}

/// The kinds of word a short line of nothing but numbers and counter words
/// holds (age, counter, unit), and whether it holds a number; `None` when
/// it holds anything else.
fn shape(line: &str) -> Option<([bool; 3], bool)> {
    if line.chars().count() > MAX_COUNTER {
        return None;
    }
    // Numbers, words and the separators of a counter ("77° View" is weather).
    let plain = line.chars().all(|c| {
        c.is_alphanumeric() || is_mark(c) || c.is_whitespace() || ".,:·|()/-\u{200c}".contains(c)
    });
    if !plain {
        return None;
    }
    let lower = line.to_lowercase();
    let digit = lower.chars().any(char::is_numeric);
    let words: String = lower
        .chars()
        .map(|c| {
            if c.is_alphabetic() || is_mark(c) || c == '\u{200c}' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut seen = [false; 3];
    let mut rest = words.trim_start();
    while !rest.is_empty() {
        let (after, kind) = WORDS
            .iter()
            .find_map(|(w, k)| starts_with_word(rest, w).map(|a| (a, *k)))?;
        if let Some(s) = seen.get_mut(kind as usize) {
            *s = true;
        }
        rest = after.trim_start();
    }
    Some((seen, digit))
}

/// "3 hours ago", "منذ 3 ساعات", "Просмотров: 1 234", "1.2K views",
/// "5 min read", "an hour ago": nothing but numbers, units and at least one
/// marker (an age's or a counter's); a number or a unit beside the marker.
pub(crate) fn is_age_or_count_line(line: &str) -> bool {
    shape(line).is_some_and(|([age, counter, unit], digit)| (age || counter) && (digit || unit))
}

/// "17 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "an
/// hour ago": a relative age alone — a counter line whose marker is an
/// age's and no counter's ("3 days ago · 12 views" is no age alone).
pub(crate) fn is_age_line(line: &str) -> bool {
    shape(line).is_some_and(|([age, counter, unit], digit)| age && !counter && (digit || unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_ages() {
        for (line, counter, age) in [
            ("3 hours ago", true, true),
            ("17 hours ago", true, true),
            ("منذ 3 ساعات", true, true),
            ("Просмотров: 1 234", true, false),
            ("1.2K views", true, false),
            ("5 min read", true, false),
            ("an hour ago", true, true),
            ("3小时前", true, true),
            ("vor 3 Stunden", true, true),
            ("il y a 3 jours", true, true),
            ("hace 2 días", true, true),
            ("3 days ago · 12 views", true, false),
            ("3 hours", false, false),
            ("Views", false, false),
            ("ago", false, false),
            ("3 hours ago the bridge fell.", false, false),
        ] {
            assert_eq!(is_age_or_count_line(line), counter, "{line:?}");
            assert_eq!(is_age_line(line), age, "{line:?}");
        }
    }
}
