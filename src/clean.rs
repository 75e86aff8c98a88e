//! Text clean-up: the normalisation every output goes through, and
//! [`Cleaner`], which also drops boilerplate lines from text that another
//! tool already extracted.
//!
//! Normalisation: CRLF → LF, Unicode NFC, odd spaces → space, invisible
//! characters removed (ZWJ/ZWNJ kept), bidi controls removed from lines with
//! no right-to-left letters, runs of spaces collapsed, lines trimmed,
//! blank-line runs collapsed, adjacent duplicate lines collapsed. Text given
//! to [`Cleaner`] also has its mojibake repaired first, span by span (before
//! anything else touches a byte of it: "Ã" and a soft hyphen are "í"), ZWJ
//! and ZWNJ removed between letters of scripts that never use them, and
//! bidi marks removed where they change nothing (see [`tidy_line`]).

use unicode_normalization::UnicodeNormalization;

use crate::article::BlockReport;
use crate::boilerplate::Boilerplate;
use crate::lang::{self, ends_sentence};

mod context;
mod leaks;
mod mojibake;

use mojibake::repair_mojibake;

/// Cleans text that another tool extracted from a web page: drops
/// boilerplate lines in many languages (comment forms, share and cookie
/// prompts, newsletter calls, "related" headings with the titles after them
/// at the end, copyright and breadcrumb lines, ad labels, widget errors,
/// stray one-word lines at the edges) and normalises what is left.
///
/// Body paragraphs that merely mention comments, sharing or cookies stay.
/// The corpus line filters ([`Cleaner::terminal_punctuation`] and the
/// others) are off by default.
///
/// ```
/// let cleaner = decruft::Cleaner::new().lorem_ipsum(true);
/// let text = "Leave a Reply\nThe bridge reopened on Monday.\nLorem ipsum dolor sit amet.";
/// assert_eq!(cleaner.clean(text), "The bridge reopened on Monday.\n");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Cleaner {
    terminal_punctuation: bool,
    javascript: bool,
    lorem_ipsum: bool,
    policy: bool,
    counters: bool,
}

impl Cleaner {
    /// A cleaner with the default settings (all optional line filters off).
    ///
    /// ```
    /// assert_eq!(decruft::Cleaner::new(), decruft::Cleaner::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Drop lines that do not end with terminal punctuation (C4's rule;
    /// headings go too). Default: off.
    ///
    /// ```
    /// let c = decruft::Cleaner::new().terminal_punctuation(true);
    /// assert_eq!(c.clean("A heading\n\nA sentence."), "A sentence.\n");
    /// ```
    pub fn terminal_punctuation(mut self, on: bool) -> Self {
        self.terminal_punctuation = on;
        self
    }

    /// Drop lines that mention JavaScript ("Please enable JavaScript").
    /// Default: off.
    ///
    /// ```
    /// let c = decruft::Cleaner::new().javascript(true);
    /// assert_eq!(c.clean("JavaScript must be enabled to view this.\nText."), "Text.\n");
    /// ```
    pub fn javascript(mut self, on: bool) -> Self {
        self.javascript = on;
        self
    }

    /// Drop lines containing "lorem ipsum". Default: off.
    ///
    /// ```
    /// let c = decruft::Cleaner::new().lorem_ipsum(true);
    /// assert_eq!(c.clean("Lorem ipsum dolor sit amet.\nText."), "Text.\n");
    /// ```
    pub fn lorem_ipsum(mut self, on: bool) -> Self {
        self.lorem_ipsum = on;
        self
    }

    /// Drop lines about terms of use, privacy or cookie policies. Default: off.
    ///
    /// ```
    /// let c = decruft::Cleaner::new().policy(true);
    /// assert_eq!(c.clean("Read our privacy policy and terms of use.\nText."), "Text.\n");
    /// ```
    pub fn policy(mut self, on: bool) -> Self {
        self.policy = on;
        self
    }

    /// Drop counter lines ("12 likes", "3 comments", "1.2K shares",
    /// "5 min read"). Default: off.
    ///
    /// ```
    /// let c = decruft::Cleaner::new().counters(true);
    /// assert_eq!(c.clean("1.2K shares\nText."), "Text.\n");
    /// ```
    pub fn counters(mut self, on: bool) -> Self {
        self.counters = on;
        self
    }

    /// Cleans `text`.
    ///
    /// ```
    /// let out = decruft::Cleaner::new().clean("in\n\nRain returns to the valley\n\nBody text.\n\nLaisser un commentaire\n");
    /// assert_eq!(out, "Rain returns to the valley\n\nBody text.\n");
    /// ```
    pub fn clean(&self, text: &str) -> String {
        let lines = self.judge(text);
        join(
            lines
                .iter()
                .filter(|l| l.drop.is_none())
                .map(|l| l.text.as_str()),
        )
    }

    /// Why each line was kept or dropped: one report per non-blank line.
    /// A kept line's reason is "kept", or "kept: RULE (not REASON)" when a
    /// rule of context (a field list, a table row, a list, a line between
    /// paragraphs) kept a line that the rule REASON removes on its own.
    ///
    /// ```
    /// let report = decruft::Cleaner::new().explain("Body text.\nShare this:");
    /// assert!(report[0].kept());
    /// assert_eq!(report[1].reason(), "phrase: share");
    /// ```
    pub fn explain(&self, text: &str) -> Vec<BlockReport> {
        self.judge(text)
            .into_iter()
            .filter(|l| !l.text.is_empty())
            .map(|l| BlockReport {
                kept: l.drop.is_none(),
                reason: l.drop.or(l.kept_by).unwrap_or_else(|| "kept".to_owned()),
                text: l.text,
                score: 0.0,
            })
            .collect()
    }

    /// Normalises `text` and gives each line its verdict.
    fn judge(&self, text: &str) -> Vec<Line> {
        let mut lines: Vec<Line> = normalized_lines(text)
            .into_iter()
            .map(|text| Line {
                text,
                drop: None,
                protected: false,
                kept_by: None,
            })
            .collect();
        for l in lines.iter_mut().filter(|l| !l.text.is_empty()) {
            l.drop = self.line_verdict(&l.text);
        }
        context::keep_article_lines(&mut lines);
        leaks::drop_related_groups(&mut lines);
        drop_tail_titles(&mut lines);
        drop_stray_edges(&mut lines);
        lines
    }

    /// The verdict on one line on its own.
    fn line_verdict(&self, line: &str) -> Option<String> {
        let verdict = self.rule_verdict(line)?;
        // "Ads: Facebook Ads are highly customizable, …": a field whose
        // value is a sentence of its own is article text, unless the value
        // is boilerplate too ("Privacy & Cookies: This site uses cookies.").
        match context::field(line) {
            Some((_, value)) if context::is_prose(value) && self.rule_verdict(value).is_none() => {
                None
            }
            _ => Some(verdict),
        }
    }

    /// The rule that removes one line on its own, if any.
    fn rule_verdict(&self, line: &str) -> Option<String> {
        if let Some(kind) = boilerplate_line(line) {
            return Some(format!("phrase: {}", kind.name()));
        }
        if is_breadcrumb(line) {
            return Some("breadcrumb".to_owned());
        }
        // A credit label alone ("Фото:", "Photo Credit:") is followed by
        // its value on the next line, which stays: the label stays with it.
        if lang::is_credit_line(line) && context::field(line).is_none_or(|(_, v)| !v.is_empty()) {
            return Some("photo credit".to_owned());
        }
        if let Some(reason) = leaks::verdict(line) {
            return Some(reason.to_owned());
        }
        let lower = line.to_lowercase();
        if self.terminal_punctuation && !ends_sentence(line) {
            return Some("no terminal punctuation".to_owned());
        }
        if self.javascript && lower.contains("javascript") {
            return Some("mentions javascript".to_owned());
        }
        if self.lorem_ipsum && lower.contains("lorem ipsum") {
            return Some("lorem ipsum".to_owned());
        }
        if self.policy && POLICY.iter().any(|p| lower.contains(p)) {
            return Some("policy line".to_owned());
        }
        if self.counters && crate::patterns::COUNTER.is_match(&lower) {
            return Some("counter line".to_owned());
        }
        None
    }
}

/// Cleans text another tool extracted, with the default [`Cleaner`].
///
/// ```
/// let text = "Body text of the story.\n\nYour email address will not be published. Required fields are marked *";
/// assert_eq!(decruft::clean_text(text), "Body text of the story.\n");
/// ```
pub fn clean_text(text: &str) -> String {
    Cleaner::default().clean(text)
}

/// Lines about terms and policies (C4's list, English).
const POLICY: [&str; 6] = [
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "terms and conditions",
];

/// A line and its verdict (`None`: kept).
struct Line {
    text: String,
    drop: Option<String>,
    /// Kept, or holding up a kept line, by a rule of context: the rules
    /// that run after it leave it alone, so that cleaning twice changes
    /// nothing more.
    protected: bool,
    /// The rule of context that kept a line a line rule removed, and that
    /// rule: "kept: field list (not label)".
    kept_by: Option<String>,
}

/// Is `line` boilerplate? Its first sentence must be a boilerplate phrase
/// and so must more than half of its sentences ("We use cookies to improve
/// your experience. By continuing to browse, you agree…"); or it holds a
/// cookie-notice or copyright phrase and is short. Returns the kind.
fn boilerplate_line(line: &str) -> Option<Boilerplate> {
    if line.contains('©') && line.chars().count() <= 200 {
        return Some(Boilerplate::Copyright);
    }
    if let Some(kind) = lang::inner_phrase(line) {
        // "… scans the terms and conditions that alert the users.": a
        // phrase inside a sentence of prose is the sentence's subject.
        if kind != Boilerplate::Copyright || !context::is_prose(line) {
            return Some(kind);
        }
    }
    let mut first = None;
    let (mut total, mut matched, mut prose) = (0usize, 0usize, false);
    for sentence in sentences(line) {
        total += 1;
        match sentence_phrase(sentence) {
            Some(kind) => {
                matched += 1;
                if total == 1 {
                    first = Some(kind);
                }
            }
            None if total == 1 => return None,
            None => prose |= context::is_prose(sentence),
        }
    }
    // Half and half goes to the article when the other half is prose
    // ("share. That idea has driven everything since.").
    let boilerplate = matched * 2 > total || (matched * 2 == total && !prose);
    boilerplate.then_some(first).flatten()
}

/// The boilerplate phrase a sentence is, if it is one.
fn sentence_phrase(sentence: &str) -> Option<Boilerplate> {
    {
        let m = lang::phrase(sentence)?;
        // "Tags: a, b", "Partager : …": the label before the colon is the phrase.
        let labelled = sentence
            .split_once([':', '：'])
            .and_then(|(label, _)| lang::phrase(label))
            .is_some_and(|l| l.whole);
        // A long, specific prompt of several words at the start of a short
        // sentence ("Click to share on X (Opens in new window)").
        let phrase = lang::normalize(sentence);
        let head: String = phrase.chars().take(m.covered).collect();
        let several = head.contains(' ') || head.chars().any(lang::is_unspaced);
        let specific = several && m.covered >= 12 && m.len <= 80;
        let accepted = m.whole || m.covered * 2 >= m.len || specific || labelled;
        accepted.then_some(m.kind)
    }
}

/// The sentences of a line: split after . ! ? and their CJK forms.
fn sentences(line: &str) -> impl Iterator<Item = &str> {
    line.split_inclusive(['.', '!', '?', '。', '！', '？'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
}

/// "Home › News › World": short parts between two or more separators.
fn is_breadcrumb(line: &str) -> bool {
    let Some(sep) = breadcrumb_separator(line) else {
        return false;
    };
    // A table row ("Art | 91 | 61.49%", "| a | b |") has numbers, empty
    // cells or many cells; a trail has a few short words.
    let parts: Vec<&str> = line.split(sep).collect();
    // "Example: Women > Rings > Diamond rings", "- More jobs / funding …":
    // a label or a list item holds a path, a trail has neither.
    !ends_sentence(line)
        && !line.contains([':', '：'])
        && !line.starts_with(['-', '*', '•'])
        && line.chars().count() <= 120
        && parts.len() <= MAX_CRUMBS
        && !line.contains(char::is_numeric)
        && !line.starts_with(['|', '>'])
        && !line.ends_with(['|', '>'])
        && parts
            .iter()
            .all(|part| !part.trim().is_empty() && part.split_whitespace().count() <= 5)
}

/// The separator a breadcrumb trail of `line` would use: one found at
/// least twice. Arrows ("Working Directory → Staging Area → …") are steps.
fn breadcrumb_separator(line: &str) -> Option<&'static str> {
    const SEPARATORS: [&str; 5] = [" › ", " » ", " > ", " / ", " | "];
    SEPARATORS
        .into_iter()
        .find(|s| line.matches(*s).count() >= 2)
}

/// Most parts of a breadcrumb trail: the gold bodies of the dev sets hold
/// table rows of seven cells and more, and trails of up to six parts.
const MAX_CRUMBS: usize = 6;

/// After the last line of prose, once a boilerplate line was dropped, the
/// title-only lines that follow are the related list or the comment titles.
fn drop_tail_titles(lines: &mut [Line]) {
    let last_prose = lines
        .iter()
        .rposition(|l| l.drop.is_none() && !l.text.is_empty() && !is_title_only(&l.text));
    let start = last_prose.map_or(0, |i| i + 1);
    let mut after_boilerplate = false;
    for l in lines.iter_mut().skip(start) {
        if l.drop.is_some() {
            after_boilerplate = true;
        } else if after_boilerplate && !l.protected && is_title_only(&l.text) {
            l.drop = Some("title after boilerplate at the end".to_owned());
        }
    }
}

/// Stray one-word lines first or last ("in", "Uncategorized", "Tags"), as
/// many as there are.
fn drop_stray_edges(lines: &mut [Line]) {
    for from_end in [false, true] {
        loop {
            let idx = if from_end {
                lines
                    .iter()
                    .rposition(|l| l.drop.is_none() && !l.text.is_empty())
            } else {
                lines
                    .iter()
                    .position(|l| l.drop.is_none() && !l.text.is_empty())
            };
            let Some(i) = idx else {
                return;
            };
            // "Introduction", "Abstract", "TL;DR" first, then prose: a
            // heading of the article.
            if !from_end && context::prose_follows(lines, i) {
                break;
            }
            let Some(l) = lines.get_mut(i) else {
                return;
            };
            let t = l.text.as_str();
            // A word of letters: "www.example.com", "02-751-1500", "___"
            // and "[Purpose]" are the article's.
            let one_word = !t.contains(char::is_whitespace)
                && t.chars().count() <= 25
                && !t.chars().any(lang::is_unspaced)
                && t.chars().all(|c| {
                    c.is_alphabetic() || lang::is_mark(c) || matches!(c, '-' | '\'' | '’')
                })
                && !l.protected
                && !ends_sentence(t);
            if !one_word {
                break;
            }
            l.drop = Some("stray word at the edge".to_owned());
        }
    }
}

/// A line that reads as a title: short, no final punctuation.
fn is_title_only(line: &str) -> bool {
    line.chars().count() <= 150 && !ends_sentence(line)
}

/// Joins kept lines: blank-line runs become one, edges trimmed, one final
/// newline (none for empty text).
fn join<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut blank = false;
    let mut prev: Option<&str> = None;
    for l in lines {
        if l.is_empty() {
            blank = true;
            continue;
        }
        // Lines made adjacent by a dropped line between them collapse too.
        if !blank && prev == Some(l) {
            continue;
        }
        prev = Some(l);
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(l);
        blank = false;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// The lines of `text`, normalised; blank lines are empty strings.
fn normalized_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<String> = text.split('\n').map(|l| normalize_line(l, true)).collect();
    // Adjacent duplicates go before any line is judged, so that cleaning
    // twice changes nothing more.
    lines.dedup_by(|a, b| !a.is_empty() && a == b);
    lines
}

/// Rounds of mojibake repair: text garbled twice ("Ã\u{83}Â©") is repaired
/// twice, so that cleaning twice changes nothing more than cleaning once.
const REPAIR_ROUNDS: usize = 3;

/// Normalises one line (no line breaks inside); `cleaner`: the line is
/// text given to [`Cleaner`], whose mojibake is repaired and whose joiners
/// and bidi marks are judged (extraction output keeps its characters).
/// Control characters go in every case, and last: mojibake holds C1
/// controls ("Å\u{81}" is "Ł").
fn normalize_line(line: &str, cleaner: bool) -> String {
    let line = if cleaner {
        // Repair before anything else: a soft hyphen or a no-break space
        // is a byte of the mojibake ("Ã\u{ad}" is "í", "Ã\u{a0}" is "à").
        let mut text = line.to_owned();
        for _ in 0..REPAIR_ROUNDS {
            match repair_mojibake(&text) {
                Some(fixed) => text = fixed,
                None => break,
            }
        }
        tidy_line(&text.nfc().collect::<String>(), true)
    } else {
        tidy_line(line, false)
    };
    let line = match strip_controls(&line) {
        Some(clean) => tidy_line(&clean, cleaner),
        None => line,
    };
    // Removing a soft hyphen or a control can bring a letter and a
    // combining mark together ("w\u{ad}\u{308}"): compose once more, so
    // that cleaning twice changes nothing more than cleaning once.
    if unicode_normalization::is_nfc_quick(line.chars()) == unicode_normalization::IsNormalized::Yes
    {
        line
    } else {
        line.nfc().collect()
    }
}

/// Spaces, invisible characters and bidi controls of one line. `judge`:
/// also drop ZWJ/ZWNJ between letters of scripts that never use them, and
/// LRM/RLM where they change nothing: in a line with no letter of the
/// other direction, or between two letters of their own direction.
fn tidy_line(line: &str, judge: bool) -> String {
    let rtl = line.chars().any(is_rtl);
    let mut chars: Vec<char> = line
        .chars()
        .filter(|&c| !is_invisible(c) && (rtl || !is_bidi_control(c)))
        .collect();
    if judge {
        chars = judge_joiners_and_marks(&chars);
    }
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in chars {
        if c == ' ' || is_odd_space(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() && !out.ends_with('\t') {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    let trimmed = out.trim_matches([' ', '\t']);
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_owned()
    }
}

/// [`tidy_line`]'s judgement on joiners and bidi marks; neighbours are
/// read in `chars` as given, so a second pass finds nothing more to drop.
fn judge_joiners_and_marks(chars: &[char]) -> Vec<char> {
    let ltr = |c: char| c.is_alphabetic() && !is_rtl(c);
    let rtl_letter = |c: char| c.is_alphabetic() && is_rtl(c);
    let has_ltr = chars.iter().any(|&c| ltr(c));
    let has_rtl = chars.iter().any(|&c| rtl_letter(c));
    let mut out = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        let next = chars.get(i + 1).copied();
        let both = |f: &dyn Fn(char) -> bool| prev.is_some_and(f) && next.is_some_and(f);
        let drop = match c {
            '\u{200c}' | '\u{200d}' => both(&joinerless_letter),
            '\u{200f}' => !has_ltr || both(&rtl_letter),
            '\u{200e}' => !has_rtl || both(&ltr),
            _ => false,
        };
        if !drop {
            out.push(c);
        }
    }
    out
}

/// A letter of a script that never uses ZWJ/ZWNJ (Latin, Greek, Cyrillic,
/// Armenian, Georgian, Hebrew, Thai, kana, Han, Hangul); Arabic, Persian,
/// the Indic scripts and emoji sequences use them.
fn joinerless_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c,
            '\u{0}'..='\u{24f}' | '\u{1e00}'..='\u{1fff}' // Latin, Greek extended
            | '\u{370}'..='\u{58f}' // Greek, Cyrillic, Armenian
            | '\u{5d0}'..='\u{5ea}' // Hebrew letters
            | '\u{10a0}'..='\u{10ff}' // Georgian
            | '\u{e00}'..='\u{e7f}' // Thai
            | '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' // kana, Han
            | '\u{ac00}'..='\u{d7af}' // Hangul
        )
}

/// Normalises one block of extractor output (white space is already
/// collapsed there): NFC, invisible characters, odd spaces, bidi controls.
/// Preformatted text keeps its spacing and blank lines.
pub(crate) fn normalize_block(text: &str, pre: bool) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    // Most text is already NFC and free of odd characters: nothing to do,
    // as for ASCII (checked without allocating).
    let odd = text
        .chars()
        .any(|c| is_invisible(c) || is_odd_space(c) || is_bidi_control(c));
    if !odd
        && unicode_normalization::is_nfc_quick(text.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return None;
    }
    let nfc: String = text.nfc().collect();
    if pre {
        let s: String = nfc
            .chars()
            .filter(|&c| !is_invisible(c))
            .map(|c| if is_odd_space(c) { ' ' } else { c })
            .collect();
        return Some(s);
    }
    // No mojibake repair here: extraction decodes bytes properly, and its
    // output words must all come from the page.
    let lines: Vec<String> = nfc.split('\n').map(|l| normalize_line(l, false)).collect();
    let mut s = join(lines.iter().map(String::as_str));
    if s.ends_with('\n') {
        s.pop();
    }
    Some(s)
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}')
}

/// A C0 or C1 control character (or DEL) other than a line feed or a tab:
/// never part of text, and in a terminal an escape sequence.
fn is_stray_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// `text` without control characters other than line feeds and tabs, or
/// `None` when it has none (checked without allocating). Each run of them
/// becomes one space between two words, and nothing next to white space or
/// at either end, so that `a&#1;b` stays two words.
pub(crate) fn strip_controls(text: &str) -> Option<String> {
    // C1 controls are U+0080–U+009F, encoded as 0xC2 0x80–0x9F.
    let bytes = text.as_bytes();
    let found = bytes.iter().enumerate().any(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..0xa0).contains(n)))
    });
    if !found {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    for c in text.chars() {
        if is_stray_control(c) {
            pending = true;
            continue;
        }
        if pending
            && !c.is_whitespace()
            && out.chars().next_back().is_some_and(|p| !p.is_whitespace())
        {
            out.push(' ');
        }
        pending = false;
        out.push(c);
    }
    Some(out)
}

/// Repairs mojibake in `s` in place (UTF-8 read as Windows-1252 or
/// ISO-8859-1, see [`repair_mojibake`]), before its controls go: for the
/// metadata shown to users (a title, a site's name), which the page's
/// template garbled ("itertools â\u{80}\u{94} Functions" is "itertools —
/// Functions"). The extracted text keeps its characters.
pub(crate) fn repair_mojibake_in(s: &mut String) {
    for _ in 0..REPAIR_ROUNDS {
        match repair_mojibake(s) {
            Some(fixed) => *s = fixed,
            None => break,
        }
    }
}

/// Removes control characters from `s` in place (see [`strip_controls`]).
pub(crate) fn strip_controls_in(s: &mut String) {
    if let Some(clean) = strip_controls(s) {
        *s = clean;
    }
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}'
    )
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn is_rtl(c: char) -> bool {
    matches!(c, '\u{590}'..='\u{8ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
}

#[cfg(test)]
mod tests {
    //! One table per rule: a change to a rule shows which case moved.
    use super::*;

    #[test]
    fn a_removed_character_leaves_composed_text() {
        // U+0344 decomposes; once the soft hyphen goes, "w" and its
        // diaeresis compose: the line comes out composed the first time.
        for line in ["w\u{ad}\u{344} x", "w\u{1}\u{308} x"] {
            for cleaner in [true, false] {
                let once = normalize_line(line, cleaner);
                assert_eq!(normalize_line(&once, cleaner), once, "{line:?} {cleaner}");
            }
        }
    }

    #[test]
    fn breadcrumbs() {
        for (line, crumb) in [
            ("Home › News › World", true),
            ("Start » Blog » Rezepte » Suppen", true),
            ("Home / News", false), // one separator is a path, not a trail
            ("A › B › C is how the trail reads.", false),
            ("Politics | The council voted on a long list of items and more words here | Archive", false),
            ("Art | 91 | 61.49% | 1,449 | 45.57%", false), // a table row
            ("Example: Women > Rings > Diamond rings", false), // a label's path
            ("- More jobs / funding mean more projects / resources", false), // a list item
            ("Working Directory → Staging Area → Git Repository", false), // steps
            ("| Studio | Movers | Hours |", false),
        ] {
            assert_eq!(is_breadcrumb(line), crumb, "{line:?}");
        }
    }

    #[test]
    fn mojibake_is_repaired_span_by_span() {
        for (line, repaired) in [
            ("Ã‰tÃ© Ã\u{a0} Paris", Some("Été à Paris")),
            ("Itâ€™s here", Some("It’s here")),
            // UTF-8 read as ISO-8859-1: C1 controls for the bytes 0x80–0x9F.
            (
                "itertools â\u{80}\u{94} loopingÂ¶",
                Some("itertools — looping¶"),
            ),
            ("Investorâ\u{80}\u{99}s Guide", Some("Investor’s Guide")),
            ("Ã\u{89}tÃ©", Some("Été")),
            ("Été à Paris", None),
            ("plain ASCII", None),
            // Repaired span by span, around what Windows-1252 cannot hold.
            ("Ã© and 日本", Some("é and 日本")),
            // The soft hyphen is a byte of "í".
            ("polÃ\u{ad}tica", Some("política")),
            // Legitimate Latin-1 that happens to be valid UTF-8: "ß“" is DF 93.
            ("groß“", None),
            ("„Straße“", None),
        ] {
            assert_eq!(repair_mojibake(line).as_deref(), repaired, "{line:?}");
        }
    }

    #[test]
    fn boilerplate_lines() {
        for (line, kind) in [
            (
                "© 2024 Example Media. All rights reserved.",
                Some(Boilerplate::Copyright),
            ),
            ("Leave a reply", Some(Boilerplate::Comments)),
            ("Share this:", Some(Boilerplate::Share)),
            ("The council voted to keep the bridge open.", None),
            // A hyphen joins a word: "back-end" is no "back".
            ("Back-end", None),
            // "powered by", "terms and conditions" inside prose.
            ("Video doorbells and weatherproof cameras powered by batteries, the Sun, or plugged in", None),
            ("Such an app scans the terms and conditions that alert the users.", None),
            ("Proudly powered by WordPress", Some(Boilerplate::Copyright)),
            // A boilerplate sentence, then prose: half and half is prose.
            ("share. That idea has driven everything since.", None),
            ("Leave a Reply. Cancel reply.", Some(Boilerplate::Comments)),
        ] {
            assert_eq!(boilerplate_line(line), kind, "{line:?}");
        }
    }
}
