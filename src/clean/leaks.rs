//! Line rules for leaks that are not phrases: share-button words alone,
//! bylines and datelines, counters and relative times, labels, newsletter
//! pitches and WordPress "related" groups. Every word list is language data
//! (`src/lang/data/phrases/*.txt`; the counter and date shapes, which select
//! reads too, live in `lang::counters` and `meta::date`); the rules only
//! say what shape a line must have around those words. Each rule is narrow
//! (a short line, no sentence end, nothing but the listed words and
//! numbers): a leaked line kept is better than an article line lost.

use std::sync::LazyLock;

use crate::hash::FastSet;
use crate::lang::data::{phrases, Section};
use crate::lang::{self, is_unspaced};
use crate::lang::{ends_sentence, is_age_or_count_line};
use crate::meta::date::{is_date_line, mentions};
use crate::patterns::IN_QUOTED;

use super::{is_title_only, Line};

/// Longest byline or dateline ("Redacción | 3 de marzo de 2021"; bylines
/// with a role run to about 60).
const MAX_BYLINE: usize = 100;
/// Most words of a name after a byline label ("By Jane Roe, Staff Writer").
const MAX_NAME_WORDS: usize = 6;
/// Longest labelled line ("Category: Local news", "Filed under …").
const MAX_LABEL: usize = 150;
/// Most words after a label with no colon ("Filed under Local, Weather").
const MAX_LABEL_WORDS: usize = 6;
/// Longest newsletter pitch line ("Get the best of the week in your inbox.").
const MAX_PITCH: usize = 140;
/// Most share-button words on one line ("Facebook Twitter WhatsApp Email").
const MAX_BUTTONS: usize = 10;

fn set(section: Section) -> FastSet<String> {
    phrases(section).map(lang::normalize).collect()
}

fn lower_list(section: Section) -> Vec<String> {
    let mut v: Vec<String> = phrases(section).map(str::to_lowercase).collect();
    // Longest first: "filed under" before "filed", "min read" before "min".
    v.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    v
}

static BUTTONS: LazyLock<FastSet<String>> = LazyLock::new(|| set(Section::Buttons));
static BYLINES: LazyLock<Vec<String>> = LazyLock::new(|| lower_list(Section::Bylines));
static AUTHORS: LazyLock<Vec<String>> = LazyLock::new(|| lower_list(Section::Authors));
static LABELS: LazyLock<Vec<String>> = LazyLock::new(|| lower_list(Section::Labels));
static PITCHES: LazyLock<Vec<String>> = LazyLock::new(|| lower_list(Section::Pitches));
/// The verdict of the rules of this module on one line.
pub(super) fn verdict(line: &str) -> Option<&'static str> {
    if is_button_line(line) {
        Some("share button")
    } else if is_age_or_count_line(line) {
        Some("counter or relative time")
    } else if is_label_line(line) {
        Some("label")
    } else if is_byline(line) {
        Some("byline")
    } else if is_pitch_line(line) {
        Some("newsletter pitch")
    } else if is_in_category(line) {
        Some("related: in category")
    } else {
        None
    }
}

/// "Pin", "WhatsApp", "微信", or a row of them ("Facebook Twitter Email").
fn is_button_line(line: &str) -> bool {
    // Words only: "1. Facebook" is a list item, "LinkedIn\t$2.50" a table row.
    let words_only = line
        .chars()
        .all(|c| c.is_alphabetic() || lang::is_mark(c) || matches!(c, ' ' | '-' | '+' | '.'));
    if line.chars().count() > 120 || !words_only {
        return false;
    }
    if BUTTONS.contains(&lang::normalize(line)) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 2
        && words.len() <= MAX_BUTTONS
        && words.iter().all(|w| BUTTONS.contains(&lang::normalize(w)))
}

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

/// "Category: Local news", "カテゴリー：…", "来源：新华社", "Source : AFP",
/// "Filed under Local, Weather", "Blog at WordPress.com".
fn is_label_line(line: &str) -> bool {
    if line.chars().count() > MAX_LABEL {
        return false;
    }
    let lower = line.to_lowercase();
    LABELS.iter().any(|label| {
        let Some(rest) = starts_with_word(&lower, label) else {
            return false;
        };
        let rest = rest.trim_start().trim_end_matches(['.', '!']);
        if rest.starts_with([':', '：']) {
            return !rest.trim_start_matches([':', '：', ' ']).is_empty();
        }
        let multi = label.contains([' ', '.']);
        if rest.is_empty() {
            return multi;
        }
        multi
            && !ends_sentence(rest)
            && rest.split_whitespace().count() <= MAX_LABEL_WORDS
            && !rest.contains(char::is_numeric)
    })
}

/// Words that may join the parts of a name ("Jane Roe and John Doe").
const NAME_JOINERS: [&str; 12] = [
    "and", "und", "et", "y", "e", "и", "&", "de", "van", "von", "der", "da",
];

/// "Jane Roe, Staff Writer": a few capitalised words, no digits.
fn is_name_like(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // One word is a menu's "By Audience", not a name.
    words.len() >= 2
        && words.len() <= MAX_NAME_WORDS
        && !s.contains(char::is_numeric)
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || NAME_JOINERS.contains(w))
}

/// "Posted on March 3, 2021", "Redacción | 3 de marzo de 2021",
/// "eingestellt am 03.03.2021" (a dateline label and a date), "By Jane Roe,
/// Staff Writer", "作者：张三" (a byline label and a name).
fn is_byline(line: &str) -> bool {
    if line.chars().count() > MAX_BYLINE || ends_sentence(line) {
        return false;
    }
    let lower = line.to_lowercase();
    let seps = [':', '：', '|', '-', '–', '—', '·', ',', ' '];
    let dated = BYLINES.iter().any(|label| {
        starts_with_word(&lower, label).is_some_and(|rest| {
            let tail = rest.trim_start_matches(seps);
            mentions(tail) && tail.split_whitespace().count() <= 12
        })
    });
    // "By Jane Roe" starts with a capital; "by Jane Roe" under a title is
    // a book list's credit.
    let capital = line
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.to_lowercase().eq(c.to_uppercase()));
    dated
        || capital
            && AUTHORS.iter().any(|label| {
                let Some(rest) = starts_with_word(&lower, label) else {
                    return false;
                };
                let colon = rest.trim_start().starts_with([':', '：']);
                let tail = rest.trim_start_matches(seps);
                if tail.is_empty() {
                    return false;
                }
                // The same tail in the line's own case, for the name test.
                let original = (lower.len() == line.len())
                    .then(|| line.len().checked_sub(tail.len()))
                    .flatten()
                    .and_then(|i| line.get(i..))
                    .unwrap_or("");
                is_name_like(original) || (colon && tail.chars().count() <= 30)
            })
}

/// "Get the best of the week in your inbox.": a short line with a pitch's
/// words anywhere.
fn is_pitch_line(line: &str) -> bool {
    if line.chars().count() > MAX_PITCH {
        return false;
    }
    let lower = line.to_lowercase();
    PITCHES.iter().any(|p| lower.contains(p.as_str()))
}

/// `In "Category"` (WordPress's related posts), in any language's quotes.
fn is_in_category(line: &str) -> bool {
    line.chars().count() <= 80 && IN_QUOTED.is_match(line)
}

/// WordPress related groups: before each `In "Category"` line, its date
/// line and its title line go too, unless a rule of context leaned on the
/// title line.
pub(super) fn drop_related_groups(lines: &mut [Line]) {
    let marks: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.drop.as_deref() == Some("related: in category"))
        .map(|(i, _)| i)
        .collect();
    for i in marks {
        let mut before = (0..i).rev().filter(|&j| {
            lines.get(j).is_some_and(|l| {
                !l.text.is_empty() && l.drop.as_deref() != Some("related: in category")
            })
        });
        let Some(mut j) = before.next() else { continue };
        if lines.get(j).is_some_and(|l| is_date_line(&l.text)) {
            match before.next() {
                Some(k) => j = k,
                None => continue,
            }
        }
        if let Some(l) = lines.get_mut(j) {
            // A line a rule of context leaned on stays: dropping it would
            // leave the line it kept without its reason, and a second clean
            // would drop that line too.
            if l.drop.is_none() && !l.protected && is_title_only(&l.text) {
                l.drop = Some("related: title".to_owned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_and_dates() {
        for (line, byline) in [
            ("Posted on March 3, 2021", true),
            ("Redacción | 3 de marzo de 2021", true),
            ("eingestellt am 03.03.2021", true),
            ("By Jane Roe, Staff Writer", true),
            ("By the end of the day it rained", false),
            ("By Audience", false),
            ("by Jane Roe", false),
            ("作者：张明", true),
            ("Published in 2021, the book sold well.", false),
        ] {
            assert_eq!(is_byline(line), byline, "{line:?}");
        }
        for (line, date) in [
            ("March 3, 2021", true),
            ("2021年3月3日", true),
            ("03.03.2021", true),
            ("1990 – 2000", false),
            ("March 2021", false),
            ("In 2021, 3 bridges fell.", false),
        ] {
            assert_eq!(is_date_line(line), date, "{line:?}");
        }
    }

    #[test]
    fn labels_buttons_pitches() {
        assert!(is_label_line("Category: Local news"));
        assert!(is_label_line("Filed under Local, Weather"));
        assert!(is_label_line("Blog at WordPress.com."));
        assert!(!is_label_line(
            "Categories of risk were defined by the council."
        ));
        assert!(is_button_line("WhatsApp"));
        assert!(is_button_line("Facebook Twitter Email"));
        assert!(!is_button_line("Telegram was founded in 2013."));
        assert!(is_pitch_line("Get the best of the week in your inbox."));
        assert!(is_in_category("In \"Local news\""));
        assert!(!is_in_category("In 2021 the bridge fell."));
    }
}
