//! One date parser for every source. Machine-written values (JSON-LD,
//! `<meta content>`, `<time datetime>`, microdata) go through [`parse`];
//! datelines in the page's own words ("Publié le 12 mars 2024",
//! "eingestellt am 23.06.2024", "12 de mayo de 2024", "2024年5月12日")
//! through [`in_text`]; `/2024/05/12/` in a URL path through [`in_url`].
//!
//! Every date returned is ISO 8601: `YYYY-MM-DD`, or
//! `YYYY-MM-DDTHH:MM[:SS[.f]][Z|±HH:MM]` when the source gives a time (an
//! offset is kept as written, normalised to `±HH:MM`; `UTC`/`GMT` become
//! `Z`). A date that does not exist (`2019-02-31`, `25:99`) is refused, and
//! so is one before [`EARLIEST_YEAR`] or after tomorrow (by the system
//! clock): a page cannot be published in the future.
//!
//! The same module says where a text *mentions* a date, for the stages
//! that judge lines rather than read dates (select's post headers, clean's
//! datelines): [`mention`], [`mentions`] and [`mentions_numeric`]. A date
//! [`in_text`] finds is always a mention first: the shapes below are the
//! crate's one date detector, and the parser reads only what they find.
//!
//! Month names are language data: `src/lang/data/dates/months.txt`.

use std::collections::HashMap;
use std::sync::LazyLock;
use std::time::{SystemTime, UNIX_EPOCH};

use regex::Regex;

use crate::patterns::Pattern;

/// A clock time ("10:45"), in every shape below.
macro_rules! clock {
    () => {
        r"\d{1,2}:\d{2}"
    };
}
/// A numeric date, day or month first ("03.03.2021", "12/25/23").
macro_rules! numeric_dmy {
    () => {
        r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    };
}

/// A date mentioned: a year (1980–2039) standing alone, a clock time or a
/// numeric date. Loose on purpose: bylines and datelines carry one, and a
/// line with none is no dateline. A year glued to a Latin letter before it
/// is part of a name ("paul2009", "Member2019"), not a date; CJK text
/// glues its dates to the words before them ("发布于2019年"), so only Latin
/// letters count.
static MENTION: Pattern = Pattern::new(concat!(
    r"(?:^|[^\dA-Za-z])(?:19[89]\d|20[0-3]\d)(?:\D|$)|",
    clock!(),
    "|",
    numeric_dmy!()
));

/// A date in digits only, or a clock time ("03.03.2021", "2021-03-03",
/// "10:45"): a dateline with no month word.
static NUMERIC: Pattern = Pattern::new(concat!(
    numeric_dmy!(),
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}|",
    clock!()
));

/// Where `s` first mentions a date (see [`MENTION`]), in bytes.
pub(crate) fn mention(s: &str) -> Option<(usize, usize)> {
    MENTION.find(s)
}

/// Whether `s` mentions a date (see [`MENTION`]).
pub(crate) fn mentions(s: &str) -> bool {
    MENTION.is_match(s)
}

/// Whether `s` holds a date in digits or a clock time (see [`NUMERIC`]).
pub(crate) fn mentions_numeric(s: &str) -> bool {
    NUMERIC.is_match(s)
}

/// Dates before this year are refused: the web's first pages are from
/// 1991, so an earlier "publication date" is a birth date, a founding year
/// or an epoch default (1970-01-01), never the page's.
pub(crate) const EARLIEST_YEAR: i32 = 1990;

static MONTHS_FILE: &str = include_str!("../lang/data/dates/months.txt");

/// Month name (lowercase) → month number, every language at once.
static MONTHS: LazyLock<HashMap<String, u32>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in MONTHS_FILE.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace().skip(1);
        let Some(n) = parts.next().and_then(|n| n.parse::<u32>().ok()) else {
            continue;
        };
        for name in parts {
            map.insert(name.to_owned(), n);
        }
    }
    map
});

fn month_alternation() -> String {
    let mut names: Vec<&String> = MONTHS.keys().collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|")
}

/// A date pattern for text, with the same pattern less its word boundaries
/// (`\b`) to find where a match may start. The boundaries are Unicode's, so
/// regex's fast automaton gives up at the first non-ASCII byte of a text and
/// a slower engine reads all of it; the loose pattern has no boundary and
/// its automaton reads any text. Every match of the pattern is a match of
/// the loose one, so the leftmost loose match never starts after the
/// leftmost match, and the pattern searched from there (with the text
/// before it as context for `\b`) finds the very same matches as a search
/// from the start: in texts without a date (most of them) the slow engine
/// never runs, and where there is one it starts at the date.
struct InText {
    exact: Regex,
    /// `None` when the pattern has no boundary to drop.
    loose: Option<Regex>,
}

impl InText {
    fn new(pattern: &str) -> Option<InText> {
        let loose = pattern.replace(r"\b", "");
        Some(InText {
            exact: Regex::new(pattern).ok()?,
            loose: if loose == pattern {
                None
            } else {
                Some(Regex::new(&loose).ok()?)
            },
        })
    }

    /// The first `n` matches in `text`, as `captures_iter(text).take(n)`
    /// gives them (no pattern here matches the empty string; one that did
    /// would end the search).
    fn captures<'t>(&self, text: &'t str, n: usize) -> Vec<regex::Captures<'t>> {
        let mut out = Vec::new();
        let mut at = 0;
        while out.len() < n {
            let from = match &self.loose {
                Some(loose) => match loose.find_at(text, at) {
                    Some(m) => m.start(),
                    None => break,
                },
                None => at,
            };
            let Some(c) = self.exact.captures_at(text, from) else {
                break;
            };
            match c.get(0).map(|m| (m.start(), m.end())) {
                Some((start, end)) if end > start => at = end,
                _ => break,
            }
            out.push(c);
        }
        out
    }
}

/// The patterns of dates written in words or digits inside text.
struct TextPatterns {
    /// 2024年5月12日, 2024년 5월 12일
    cjk: InText,
    /// 2024-05-12 (or 2024.05.12, 2024/05/12) inside text, also as the
    /// date of a timestamp shown as written ("2024-05-12T08:10+02:00")
    iso: InText,
    /// 23.06.2024 (day first)
    dotted: InText,
    /// 06/23/2024, 23/06/2024 or 11-29-2024 (taken only when unambiguous)
    slashed: InText,
    /// 12 March 2024, 12. März 2024, 12 de mayo de 2024, 1er mars 2024
    dmy: InText,
    /// March 12, 2024
    mdy: InText,
    /// /2024/05/12/ or /2024-05-12 in a URL path
    url: Regex,
    /// /2024/may/12/ or /2024/mai/12/ in a URL path: the month as a word
    url_month: Regex,
    /// A machine timestamp: date, optional time and offset.
    machine: Regex,
}

static PATTERNS: LazyLock<Option<TextPatterns>> = LazyLock::new(|| {
    let m = month_alternation();
    Some(TextPatterns {
        cjk: InText::new(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")?,
        iso: InText::new(r"\b(\d{4})([-./])(\d{2})[-./](\d{2})(?:\b|T\d)")?,
        dotted: InText::new(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")?,
        slashed: InText::new(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b(\d{1,2})-(\d{1,2})-(\d{4})\b")?,
        dmy: InText::new(&format!(
            r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?[\s-]*(?:de\s+|of\s+)?({m})\b\.?,?[\s-]*(?:de\s+|del\s+)?(\d{{4}})\b"
        ))?,
        mdy: InText::new(&format!(
            r"(?i)\b({m})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
        ))?,
        url: Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$|\.)").ok()?,
        // The day ends its segment: "/2024/march/3-ways-to" is a title's.
        url_month: Regex::new(&format!(r"(?i)/((?:19|20)\d{{2}})/({m})/(\d{{1,2}})(?:/|$)")).ok()?,
        machine: Regex::new(
            r"(?i)^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$",
        )
        .ok()?,
    })
});

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian.
fn civil(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// Tomorrow by the system clock: the latest date accepted.
fn latest() -> (i32, u32, u32) {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    civil((secs / 86_400) as i64 + 1)
}

/// (year, month, day) → days since 1970-01-01, the inverse of [`civil`].
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day of an ISO date this module wrote (`YYYY-MM-DD…`), as days
/// since 1970-01-01.
fn day_of(iso: &str) -> Option<i64> {
    let y = iso.get(0..4)?.parse().ok()?;
    let m = iso.get(5..7)?.parse().ok()?;
    let d = iso.get(8..10)?.parse().ok()?;
    Some(days_from_civil(y, m, d))
}

/// The writer's day, `shown` (the date in the page's URL), when a declared
/// timestamp (a date with a time) falls one day off it: the same moment in
/// the writer's time zone ("2025-12-19T02:41:41+00:00" and
/// `/2025/12/18/` give "2025-12-18"); otherwise the declared date stands.
pub(crate) fn local_day(declared: String, shown: Option<&str>) -> String {
    let Some(shown) = shown else { return declared };
    if !declared.contains('T') {
        return declared;
    }
    match (day_of(&declared), day_of(shown)) {
        (Some(a), Some(b)) if (a - b).abs() == 1 => shown.get(..10).unwrap_or(shown).to_owned(),
        _ => declared,
    }
}

fn days_in(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A real calendar day within the accepted range, as `YYYY-MM-DD`.
pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<String> {
    let ok = y >= EARLIEST_YEAR
        && (1..=12).contains(&m)
        && d >= 1
        && d <= days_in(y, m)
        && (y, m, d) <= latest();
    ok.then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn num<T: std::str::FromStr>(c: &regex::Captures<'_>, i: usize) -> Option<T> {
    c.get(i).and_then(|g| g.as_str().parse().ok())
}

/// A machine-written date (`content`, `datetime`, JSON-LD) as ISO 8601;
/// falls back to [`in_text`] for the written forms some sites put there
/// ("Wed, 20 Nov 2019 10:00:00 GMT", "November 20, 2019").
pub(crate) fn parse(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() || s.len() > 200 {
        return None;
    }
    if let Some(stamp) = timestamp(s) {
        return stamp;
    }
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return ymd(
            s.get(0..4)?.parse().ok()?,
            s.get(4..6)?.parse().ok()?,
            s.get(6..8)?.parse().ok()?,
        );
    }
    in_text(s)
}

/// Most digits of a count of seconds since 1970 (10: up to 2286); 13 are
/// milliseconds.
const EPOCH_SECONDS_DIGITS: usize = 10;

/// A moment a widget's attribute holds: a machine timestamp with its time
/// ("2026-03-03T09:47:05.754000+0000") or a count of seconds or
/// milliseconds since 1970 ("1766100338", "1772531225754"), as ISO 8601
/// (the count in UTC). A date without a time is no such moment: a
/// calendar's day cell carries one.
pub(crate) fn moment(s: &str) -> Option<String> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        let secs: i64 = match s.len() {
            EPOCH_SECONDS_DIGITS => s.parse().ok()?,
            13 => s.parse::<i64>().ok()? / 1000,
            _ => return None,
        };
        let (y, m, d) = civil(secs.div_euclid(86_400));
        let t = secs.rem_euclid(86_400);
        let day = ymd(y, m, d)?;
        return Some(format!(
            "{day}T{:02}:{:02}:{:02}Z",
            t / 3600,
            t % 3600 / 60,
            t % 60
        ));
    }
    timestamp(s)?.filter(|d| d.contains('T'))
}

/// `s` read as a machine timestamp (date, optional time and offset):
/// `None` when it is not one, `Some(None)` when it is one that cannot be
/// (`2019-02-31`, `25:99`).
fn timestamp(s: &str) -> Option<Option<String>> {
    let c = PATTERNS.as_ref()?.machine.captures(s)?;
    Some((|| {
        let date = ymd(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?)?;
        let Some(h) = num::<u32>(&c, 4) else {
            return Some(date);
        };
        let min: u32 = num(&c, 5)?;
        let sec: Option<u32> = num(&c, 6);
        if h > 23 || min > 59 || sec.is_some_and(|s| s > 60) {
            return None;
        }
        let mut out = format!("{date}T{h:02}:{min:02}");
        if let Some(sec) = sec {
            out.push_str(&format!(":{sec:02}"));
            if let Some(f) = c.get(7) {
                out.push_str(f.as_str());
            }
        }
        match c.get(8).map(|o| o.as_str()) {
            None => {}
            Some(z) if z.eq_ignore_ascii_case("z") || z.len() == 3 => out.push('Z'),
            Some(o) => {
                let digits: String = o.chars().filter(char::is_ascii_digit).collect();
                let (oh, om) = (digits.get(0..2)?, digits.get(2..4)?);
                if oh.parse::<u32>().ok()? > 14 || om.parse::<u32>().ok()? > 59 {
                    return None;
                }
                out.push_str(&format!("{}{oh}:{om}", o.get(0..1)?));
            }
        }
        Some(out)
    })())
}

/// The first date written in `text`, in any covered language's usual
/// forms; `None` when there is none.
pub(crate) fn in_text(text: &str) -> Option<String> {
    first(text, None).map(|(_, d)| d)
}

/// [`in_text`] on a page in `language` (a BCP 47 tag, as declared): a
/// numeric date whose order its numbers leave open ("3/4/2025") is read
/// in the order the language writes dates in (see [`month_first`]).
pub(crate) fn in_text_in(text: &str, language: Option<&str>) -> Option<String> {
    first(text, language.and_then(month_first)).map(|(_, d)| d)
}

/// Whether a page in `language` writes a numeric date month first
/// (`Some(true)`: English of the United States, and English with no
/// region, most of it American on the web) or day first (`Some(false)`:
/// English of anywhere else and every other language that writes a date
/// with its year last); `None` when the tag names no language.
pub(crate) fn month_first(language: &str) -> Option<bool> {
    let mut parts = language.trim().split(['-', '_']);
    let primary = parts.next()?.to_ascii_lowercase();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    if primary != "en" {
        return Some(false);
    }
    // The region, skipping a script ("en-Latn-US").
    let region = parts.find(|p| p.len() != 4).map(str::to_ascii_lowercase);
    Some(region.is_none_or(|r| r == "us"))
}

/// Where the first date in `text` starts (a byte offset).
pub(crate) fn text_start(text: &str) -> Option<usize> {
    first(text, None).map(|(at, _)| at)
}

/// The first date in `text` and where it starts; `month_first` reads a
/// numeric date whose order is open (`None`: no such date is read).
fn first(text: &str, month_first: Option<bool>) -> Option<(usize, String)> {
    // Every full date holds a year standing alone: no mention, no date.
    if !mentions(text) {
        return None;
    }
    let p = PATTERNS.as_ref()?;
    let month = |c: &regex::Captures<'_>, i: usize| -> Option<u32> {
        let name = c.get(i)?.as_str().to_lowercase();
        MONTHS.get(name.trim_end_matches('.')).copied()
    };
    let mut best: Option<(usize, String)> = None;
    let mut offer = |at: usize, date: Option<String>| {
        if let Some(d) = date {
            if best.as_ref().is_none_or(|(b, _)| at < *b) {
                best = Some((at, d));
            }
        }
    };
    let start = |c: &regex::Captures<'_>| c.get(0).map_or(usize::MAX, |m| m.start());
    for c in p.cjk.captures(text, 4) {
        offer(start(&c), (|| ymd(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?))());
    }
    for c in p.iso.captures(text, 4) {
        // A quoted timestamp is a data blob's value shown as text (a
        // shop's product JSON), not a date written for readers.
        let quoted = c.get(0).is_some_and(|m| {
            m.as_str().contains('T')
                && text
                    .get(..m.start())
                    .is_some_and(|b| b.ends_with(['"', '\'']))
        });
        if quoted {
            continue;
        }
        // A timestamp shown as written keeps its time and offset.
        let stamp = || {
            let m = c.get(0)?;
            let rest = text.get(m.start()..)?;
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            timestamp(rest.get(..end)?.trim_end_matches([',', '.', ';', ')']))?
        };
        let date = (|| ymd(num(&c, 1)?, num(&c, 3)?, num(&c, 4)?))();
        let stamped = date
            .as_ref()
            .and_then(|d| stamp().filter(|s| s.starts_with(d.as_str())));
        offer(start(&c), stamped.or(date));
    }
    for c in p.dotted.captures(text, 4) {
        offer(start(&c), (|| ymd(num(&c, 3)?, num(&c, 2)?, num(&c, 1)?))());
    }
    for c in p.slashed.captures(text, 4) {
        let date = (|| {
            // Slashes (groups 1-3) or hyphens (4-6), the same both times.
            let g = if c.get(1).is_some() { 1 } else { 4 };
            let (a, b, y): (u32, u32, i32) = (num(&c, g)?, num(&c, g + 1)?, num(&c, g + 2)?);
            // Only when the order is certain: one of the two exceeds 12,
            // or the page's language says it (the same number twice is
            // one day either way).
            match (a > 12, b > 12, month_first) {
                (true, false, _) => ymd(y, b, a),
                (false, true, _) => ymd(y, a, b),
                (false, false, Some(true)) => ymd(y, a, b),
                (false, false, Some(false)) => ymd(y, b, a),
                _ => None,
            }
        })();
        offer(start(&c), date);
    }
    for c in p.dmy.captures(text, 4) {
        offer(
            start(&c),
            (|| ymd(num(&c, 3)?, month(&c, 2)?, num(&c, 1)?))(),
        );
    }
    for c in p.mdy.captures(text, 4) {
        offer(
            start(&c),
            (|| ymd(num(&c, 3)?, month(&c, 1)?, num(&c, 2)?))(),
        );
    }
    best
}

/// A date in a URL's path (`/2024/05/12/`, `/2024-05-12-title`, and with
/// the month as a word in any language the month data covers:
/// `/2024/oct/12/`, `/2024/mars/12/`).
pub(crate) fn in_url(url: &str) -> Option<String> {
    let p = PATTERNS.as_ref()?;
    let path = url.split(['?', '#']).next().unwrap_or_default();
    if let Some(c) = p.url.captures(path) {
        return ymd(num(&c, 1)?, num(&c, 2)?, num(&c, 3)?);
    }
    let c = p.url_month.captures(path)?;
    let month = MONTHS.get(&c.get(2)?.as_str().to_lowercase()).copied()?;
    ymd(num(&c, 1)?, month, num(&c, 3)?)
}

/// Dateline labels ("posted on", "last updated", "veröffentlicht am",
/// "更新日"): the `bylines` section of the phrase data, lowercase, longest
/// first.
static DATELINE_LABELS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut v: Vec<String> = crate::lang::data::phrases(crate::lang::data::Section::Bylines)
        .map(str::to_lowercase)
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
    v
});

/// Longest labelled dateline read, in characters ("Last updated: November
/// 13, 2025"; a dateline with its byline runs to about 60).
const MAX_LABELLED: usize = 100;
/// Most words after the label: more is a sentence that mentions a date.
const MAX_LABELLED_WORDS: usize = 8;

/// The date of a labelled dateline: a short text that opens with a
/// dateline label ("Last updated: November 13, 2025", "Publié le 12 mars
/// 2024", "更新日：2024年5月12日") and says a date in a few words after it.
pub(crate) fn labelled(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > MAX_LABELLED || !mentions(line) {
        return None;
    }
    let lower = line.to_lowercase();
    let tail = DATELINE_LABELS.iter().find_map(|label| {
        let after = lower.strip_prefix(label.as_str())?;
        // The label ends at a word's end ("posted" is no label of
        // "postedness"), unless the script writes no spaces.
        let unspaced = |c: char| crate::lang::is_unspaced(c);
        match after.chars().next() {
            Some(c)
                if c.is_alphanumeric()
                    && !unspaced(c)
                    && !label.chars().last().is_some_and(unspaced) =>
            {
                None
            }
            _ => Some(after),
        }
    })?;
    let tail = tail.trim_start_matches([':', '：', '|', '-', '–', '—', '·', ',', ' ']);
    if tail.split_whitespace().count() > MAX_LABELLED_WORDS {
        return None;
    }
    // The date follows the label, a preposition at most between ("Last
    // updated on Mar 6, 2026"): "Posted on the Society's forum on
    // 2025-07-09" says where something else was posted.
    let (at, date) = first(tail, None)?;
    let between = tail.get(..at)?.split_whitespace().count();
    (between <= 1).then_some(date)
}

/// Longest date-only line ("Monday, 3 March 2021, 10:45").
const MAX_DATE: usize = 50;

/// Number groups in `s` ("3 March 2021" has two).
fn digit_groups(s: &str) -> usize {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count()
}

/// Runs of letters in `s` (each run of a script without spaces is one).
fn letter_runs(s: &str) -> usize {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|g| !g.is_empty())
        .count()
}

/// A date alone: "March 3, 2021", "3 de marzo de 2021", "2021年3月3日",
/// "03.03.2021 10:45" — a year or a time, another number, at most three
/// words, and a month word or a numeric date (so "1990 – 2000" stays).
pub(crate) fn is_date_line(line: &str) -> bool {
    // "March 3, 2021." ends on a number: the dot is no sentence's end.
    let line = match line.strip_suffix('.') {
        Some(l) if l.ends_with(|c: char| c.is_ascii_digit()) => l,
        _ => line,
    };
    line.chars().count() <= MAX_DATE
        && !line.contains(['\t', '%'])
        && mentions(line)
        && (2..=4).contains(&digit_groups(line))
        && letter_runs(line) <= 3
        && (letter_runs(line) >= 1 || mentions_numeric(line))
        && !crate::lang::ends_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn machine_dates_are_iso_and_checked() {
        assert_eq!(
            parse("2019-11-20T10:00:00+01:00").as_deref(),
            Some("2019-11-20T10:00:00+01:00")
        );
        assert_eq!(
            parse("2023-05-17T00:00:00+0000").as_deref(),
            Some("2023-05-17T00:00:00+00:00")
        );
        assert_eq!(
            parse("2025-01-29T18:10:07.780602-0500").as_deref(),
            Some("2025-01-29T18:10:07.780602-05:00")
        );
        assert_eq!(
            parse("2019-11-20 10:00 UTC").as_deref(),
            Some("2019-11-20T10:00Z")
        );
        assert_eq!(parse("2019/11/20").as_deref(), Some("2019-11-20"));
        assert_eq!(parse("20191120").as_deref(), Some("2019-11-20"));
        assert_eq!(
            parse("Wed, 20 Nov 2019 10:00:00 GMT").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(parse("November 20, 2019").as_deref(), Some("2019-11-20"));
        assert_eq!(parse("2019-02-31T25:99:00Z"), None);
        assert_eq!(parse("2019-02-28T25:99:00Z"), None);
        assert_eq!(parse("2019-13-40"), None);
        assert_eq!(parse("1970-01-01"), None);
        assert_eq!(parse("2999-01-01"), None);
        assert_eq!(parse("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(parse("2023-02-29"), None);
        assert_eq!(parse("yesterday"), None);
    }

    #[test]
    fn datelines_in_many_languages() {
        for (text, want) in [
            ("Publié le 12 mars 2024 à 10h", "2024-03-12"),
            ("Publié le 1er février 2024", "2024-02-01"),
            ("eingestellt am 23.06.2024", "2024-06-23"),
            ("Veröffentlicht am 3. März 2024", "2024-03-03"),
            ("Publicado el 12 de mayo de 2024", "2024-05-12"),
            ("Pubblicato il 4 settembre 2023", "2023-09-04"),
            ("Publicado em 7 de março de 2022", "2022-03-07"),
            ("Gepubliceerd op 9 mei 2021", "2021-05-09"),
            ("Opublikowano 14 lipca 2020", "2020-07-14"),
            ("Опубликовано 5 марта 2024", "2024-03-05"),
            ("发布于 2024年5月12日", "2024-05-12"),
            ("2024년 5월 12일", "2024-05-12"),
            ("Posted on March 5th, 2024 by Ann", "2024-03-05"),
            ("Updated Sept. 30, 2023", "2023-09-30"),
            ("12/25/2023", "2023-12-25"),
            ("25/12/2023", "2023-12-25"),
            ("11-29-2024, 09:03 AM", "2024-11-29"),
            ("29-11-2024", "2024-11-29"),
            ("Essay - Published: 2025.12.17 |", "2025-12-17"),
            ("on 04-ago-2021 5:11:10", "2021-08-04"),
            // A timestamp shown as written, with its time and offset.
            ("Nick Lee 2022-11-23T08:10+02:00", "2022-11-23T08:10+02:00"),
            ("Julkaistu 2022-11-23T08:10, päivitetty", "2022-11-23T08:10"),
            ("2022-11-23T25:10", "2022-11-23"),
        ] {
            assert_eq!(in_text(text).as_deref(), Some(want), "{text}");
        }
        assert_eq!(in_text("03/04/2023"), None, "ambiguous order");
        assert_eq!(in_text("03-04-2023"), None, "ambiguous order");
        assert_eq!(in_text("11/29-2024"), None, "two separators");
        assert_eq!(in_text("May I help you in 2024?"), None);
        assert_eq!(
            in_text(r#"{"published_at":"2023-03-17T12:35:57-07:00"}"#),
            None,
            "a data blob's timestamp"
        );
    }

    #[test]
    fn labelled_datelines() {
        for (text, want) in [
            ("Last updated: November 13, 2025", Some("2025-11-13")),
            (
                "Last updated on Mar 06, 2026 (12:52 UTC).",
                Some("2026-03-06"),
            ),
            ("Updated on: January 30, 2026", Some("2026-01-30")),
            ("Last updated 2026-03-05 UTC.", Some("2026-03-05")),
            ("Publié le 12 mars 2024", Some("2024-03-12")),
            ("更新日：2024年5月12日", Some("2024-05-12")),
            // No label, a word that only starts like one, a sentence.
            ("November 13, 2025", None),
            ("Postedness November 13, 2025", None),
            ("Posted on the society's forum on 2025-07-09", None),
            ("Updated", None),
        ] {
            assert_eq!(labelled(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn an_open_numeric_order_is_the_languages() {
        assert_eq!(month_first("en"), Some(true));
        assert_eq!(month_first("en-US"), Some(true));
        assert_eq!(month_first("en-Latn-US"), Some(true));
        assert_eq!(month_first("EN_us"), Some(true));
        assert_eq!(month_first("en-GB"), Some(false));
        assert_eq!(month_first("de-DE"), Some(false));
        assert_eq!(month_first("x"), None);
        assert_eq!(month_first(""), None);
        assert_eq!(
            in_text_in("3/4/2025", Some("en-US")).as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            in_text_in("3/4/2025", Some("fr")).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            in_text_in("03-04-2025", Some("en-AU")).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(in_text_in("3/4/2025", None), None);
        // An order the numbers settle stays theirs.
        assert_eq!(
            in_text_in("25/12/2023", Some("en-US")).as_deref(),
            Some("2023-12-25")
        );
        assert_eq!(
            in_text_in("12/25/2023", Some("fr")).as_deref(),
            Some("2023-12-25")
        );
    }

    #[test]
    fn url_dates() {
        assert_eq!(
            in_url("https://example.org/2024/05/12/rain/").as_deref(),
            Some("2024-05-12")
        );
        assert_eq!(
            in_url("https://example.org/blog/2024-05-12-rain").as_deref(),
            Some("2024-05-12")
        );
        assert_eq!(in_url("https://example.org/item/20240512"), None);
        // The month as a word, in several languages.
        for (url, want) in [
            ("https://example.org/world/2023/oct/03/rain", "2023-10-03"),
            ("https://example.org/blog/2023/October/3/rain", "2023-10-03"),
            ("https://example.fr/actu/2024/mars/12/pluie", "2024-03-12"),
            ("https://example.es/2024/mayo/12", "2024-05-12"),
            (
                "https://example.it/notizie/2024/settembre/05/",
                "2024-09-05",
            ),
        ] {
            assert_eq!(in_url(url).as_deref(), Some(want), "{url}");
        }
        // A number that starts a title's words is no day; a word that only
        // starts with a month's name is no month; no 30 February.
        assert_eq!(
            in_url("https://example.org/2023/march/3-ways-to-save"),
            None
        );
        assert_eq!(in_url("https://example.org/2023/octopus/03/"), None);
        assert_eq!(in_url("https://example.org/2023/feb/30/"), None);
    }

    #[test]
    fn month_names_have_one_number() {
        let mut seen: HashMap<&str, u32> = HashMap::new();
        for line in MONTHS_FILE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let mut parts = line.split_whitespace().skip(1);
            let n: u32 = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            assert!((1..=12).contains(&n), "{line}");
            for name in parts {
                assert_eq!(name, name.to_lowercase(), "{line}");
                let prev = seen.insert(name, n);
                assert!(prev.is_none_or(|p| p == n), "{name} is two months");
            }
        }
    }

    #[test]
    fn text_patterns_find_what_a_search_from_the_start_finds() {
        assert!(PATTERNS.is_some(), "a date pattern does not compile");
        let Some(p) = PATTERNS.as_ref() else { return };
        let texts = [
            "Publié le 12 mars 2024 à 10h, mis à jour le 13 mars 2024",
            "é12 March 2024, x12 May 2024 and 3 May 2024; 4 May 2024 5 May 2024",
            "«March 12, 2024» — мая 2024, 12 января 2024 г., 5 Ιουνίου 2023",
            "2024-05-12 é2024-05-13 ٢2024-05-14 2024-05-15é 2024-05-16_ 2024-05-17",
            "23.06.2024ü 1.2.2023 ١1.2.2023 11/29/2024 29/11/2024 11-29-2024",
            "2024年5月12日 und 2024년 5월 12일, 12. März 2024, 1er mars 2024",
            "no date here at all, only words: März, mars, 2024 alone",
            "",
        ];
        let all = [&p.cjk, &p.iso, &p.dotted, &p.slashed, &p.dmy, &p.mdy];
        let spans = |c: &regex::Captures<'_>| {
            c.iter()
                .map(|g| g.map(|g| (g.start(), g.end())))
                .collect::<Vec<_>>()
        };
        for text in texts {
            for (i, pattern) in all.iter().enumerate() {
                for n in [1, 4, 10] {
                    let want: Vec<_> = pattern
                        .exact
                        .captures_iter(text)
                        .take(n)
                        .map(|c| spans(&c))
                        .collect();
                    let got: Vec<_> = pattern.captures(text, n).iter().map(spans).collect();
                    assert_eq!(got, want, "pattern {i} on {text:?}");
                }
            }
        }
    }

    #[test]
    fn every_date_pattern_compiles() {
        for p in [&MENTION, &NUMERIC] {
            assert!(Regex::new(p.source()).is_ok(), "{}", p.source());
        }
        assert!(PATTERNS.is_some(), "a date pattern does not compile");
    }

    #[test]
    fn mentions_are_years_times_and_numeric_dates() {
        assert!(mentions("12 May 2019"));
        // A year glued to a Latin letter is a name's; CJK glues dates.
        assert!(!mentions("paul2009 1 post"));
        assert!(!mentions("Member2019"));
        assert!(mentions("发布于2019年3月5日"));
        assert!(mentions("(2019)"));
        assert!(mentions("10:45"));
        assert!(mentions("asked 03/26/19"));
        assert!(!mentions("chapter 12"));
        assert!(!mentions("call 020 7946 12345"));
        assert_eq!(mention("asked Mar 26, 2019 at 16:18"), Some((13, 19)));
        assert!(mentions_numeric("03.03.2021"));
        assert!(mentions_numeric("2021-03-03"));
        assert!(!mentions_numeric("1990 – 2000"));
        // Whatever the parser reads, the detector found first.
        for text in [
            "Publié le 12 mars 2024",
            "2024年5月12日",
            "23.06.2024",
            "May 5, 2024",
        ] {
            assert!(in_text(text).is_some() && mentions(text), "{text}");
        }
    }

    #[test]
    fn a_timestamp_a_day_off_the_shown_date_is_the_writers_day() {
        let ts = || "2025-12-19T02:41:41+00:00".to_owned();
        assert_eq!(local_day(ts(), Some("2025-12-18")), "2025-12-18");
        assert_eq!(local_day(ts(), Some("2025-12-20")), "2025-12-20");
        // The same day, another day, or no time in the declared date: as declared.
        assert_eq!(local_day(ts(), Some("2025-12-19")), ts());
        assert_eq!(local_day(ts(), Some("2025-11-18")), ts());
        assert_eq!(local_day(ts(), None), ts());
        assert_eq!(
            local_day("2025-12-19".to_owned(), Some("2025-12-18")),
            "2025-12-19"
        );
        // Across a month's and a year's end.
        assert_eq!(
            local_day("2025-01-01T01:00Z".to_owned(), Some("2024-12-31")),
            "2024-12-31"
        );
    }

    #[test]
    fn a_widgets_moment_has_its_time_or_counts_seconds() {
        assert_eq!(
            moment("2026-03-03T09:47:05.754000+0000").as_deref(),
            Some("2026-03-03T09:47:05.754000+00:00")
        );
        assert_eq!(
            moment("1766100338").as_deref(),
            Some("2025-12-18T23:25:38Z")
        );
        assert_eq!(
            moment("1772531225754").as_deref(),
            Some("2026-03-03T09:47:05Z")
        );
        // A day without a time (a calendar's cell), other counts, words.
        for v in [
            "2026-03-03",
            "123456",
            "17725312257541",
            "",
            "soon",
            "9999999999",
        ] {
            assert_eq!(moment(v), None, "{v}");
        }
    }

    #[test]
    fn civil_dates() {
        for days in [-800_000, -1, 0, 59, 19_723, 20_000, 2_000_000] {
            let (y, m, d) = civil(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(19_723), (2024, 1, 1));
    }
}
