//! The Markdown of a block's inline content, built beside its plain text
//! when Markdown output is asked for.
//!
//! The segmenter feeds this the same characters, spaces and line breaks it
//! puts in the plain text, plus the inline elements around them (emphasis,
//! code, links, images), so the Markdown stripped of its markup is the plain
//! text. Markup opens lazily, just before the first character inside it, so
//! empty elements leave nothing behind; a block boundary closes whatever is
//! open and the next character inside reopens it.

use crate::dom::NodeId;

use super::text::longest_run;

/// What the Markdown keeps beyond the text structure.
#[derive(Clone, Debug, Default)]
pub(crate) struct MdSettings {
    /// `[text](url)` for links.
    pub(crate) links: bool,
    /// `![alt](src)` for images.
    pub(crate) images: bool,
    /// Base for relative URLs (the page's `<base href>` resolved against the
    /// caller's URL).
    pub(crate) base: Option<String>,
    /// Build the Markdown.
    pub(crate) markdown: bool,
    /// Build the inline HTML.
    pub(crate) html: bool,
}

impl MdSettings {
    /// `href` resolved against the base, or `None` for targets that are not
    /// places to go (`javascript:`, empty).
    pub(crate) fn target(&self, href: &str) -> Option<String> {
        let href = href.trim();
        if href.is_empty()
            || href
                .get(..11)
                .is_some_and(|s| s.eq_ignore_ascii_case("javascript:"))
        {
            return None;
        }
        let url = match &self.base {
            Some(base) => crate::url::resolve(base, href),
            None => href.to_owned(),
        };
        Some(encode_destination(&url))
    }
}

/// An inline element whose markup surrounds its text.
#[derive(Clone, Debug)]
pub(crate) enum Span {
    Strong,
    Emphasis,
    Strike,
    Code,
    /// A link, with its resolved target.
    Link(String),
}

struct Mark {
    node: NodeId,
    span: Span,
    /// Where the opener was written in this block, once it has been.
    start: Option<usize>,
    /// Left out in this run of text: its opener could not open (CommonMark's
    /// flanking rules) where its text starts.
    suppressed: bool,
}

/// Emphasis written around text ending in punctuation, whose closer only
/// closes if what follows is not a letter or digit: byte ranges of the
/// opener and the closer, removed if a letter follows.
struct Check {
    opener: std::ops::Range<usize>,
    closer: std::ops::Range<usize>,
}

/// Characters escaped wherever they appear in text (line starts are
/// handled when blocks are rendered).
fn needs_escape(c: char) -> bool {
    matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~')
}

/// A character that, right after `&`, may begin a character reference
/// (`&amp;`, `&#128;`), which a Markdown reader would decode.
fn starts_reference(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '#'
}

/// Escapes the `&` that `md` ends with, if it does (control characters
/// after it do not count: the last stage removes them), so that text
/// reading "&amp;" stays those five characters. Only an `&` followed by
/// what may begin a reference is escaped ("R&D" becomes "R\&D", "R & D"
/// stays); nothing is written after the `&` but controls, so no position
/// kept in the block moves.
fn escape_last_ampersand(md: &mut String) {
    let Some((i, c)) = md.char_indices().rev().find(|&(_, c)| !c.is_control()) else {
        return;
    };
    if c == '&' {
        md.insert(i, '\\');
    }
}

/// One block's Markdown in the making.
pub(crate) struct Inline {
    settings: MdSettings,
    buf: String,
    marks: Vec<Mark>,
    /// Images seen in blocks without text, put before the next block.
    pending_images: String,
    /// Raw (preformatted) characters went into this block.
    raw: bool,
    /// Closers waiting for the next character.
    checks: Vec<Check>,
    /// The emphasis closers written one right after the other at the end
    /// of the text, innermost span's first: each one's span's opener
    /// start, the closer's range and delimiter. An opener right after the
    /// last one would fuse with it into one delimiter run; once that one is
    /// taken back (its span continues), the one before it ends the text.
    last_closers: Vec<(usize, std::ops::Range<usize>, &'static str)>,
    /// The last code span written: where it stands and its content. A
    /// code span right after it would fuse the two backtick runs into one,
    /// so it continues this one instead.
    last_code: Option<(std::ops::Range<usize>, String)>,
}

impl Inline {
    pub(crate) fn new(settings: MdSettings) -> Inline {
        Inline {
            settings,
            buf: String::new(),
            marks: Vec::new(),
            pending_images: String::new(),
            raw: false,
            checks: Vec::new(),
            last_closers: Vec::new(),
            last_code: None,
        }
    }

    /// `href` resolved against the base (see [`MdSettings::target`]).
    pub(crate) fn target(&self, href: &str) -> Option<String> {
        self.settings.target(href)
    }

    pub(crate) fn open(&mut self, node: NodeId, span: Span) {
        // Bold inside bold adds nothing, and its delimiters could close the
        // outer span early; links do not nest.
        let same = |m: &Mark| std::mem::discriminant(&m.span) == std::mem::discriminant(&span);
        if self.marks.iter().any(same) {
            return;
        }
        self.marks.push(Mark {
            node,
            span,
            start: None,
            suppressed: false,
        });
    }

    pub(crate) fn in_code(&self) -> bool {
        self.marks.iter().any(|m| matches!(m.span, Span::Code))
    }

    /// Closes the span opened for `node`, if any.
    pub(crate) fn close(&mut self, node: NodeId) {
        let Some(at) = self.marks.iter().rposition(|m| m.node == node) else {
            return;
        };
        while self.marks.len() > at {
            let Some(m) = self.marks.pop() else { break };
            if let Some(start) = m.start {
                self.write_closer(&m.span, start);
            }
        }
    }

    /// Settles waiting closers now that `next` follows them: a letter or
    /// digit after a closer that follows punctuation means it would not
    /// close, so that span's markup goes.
    fn settle(&mut self, next: char) {
        if self.checks.is_empty() {
            return;
        }
        let checks = std::mem::take(&mut self.checks);
        if !next.is_alphanumeric() {
            return;
        }
        let mut ranges: Vec<std::ops::Range<usize>> = checks
            .into_iter()
            .flat_map(|c| [c.opener, c.closer])
            .collect();
        ranges.sort_by_key(|r| std::cmp::Reverse(r.start));
        self.last_closers.clear();
        for r in ranges {
            if r.end <= self.buf.len() && self.buf.is_char_boundary(r.start) {
                // The last code span moves with what is removed before it.
                let removed = r.len();
                self.last_code = self.last_code.take().and_then(|(at, content)| {
                    if r.end <= at.start {
                        Some((at.start - removed..at.end - removed, content))
                    } else {
                        (r.start >= at.end).then_some((at, content))
                    }
                });
                self.buf.replace_range(r, "");
            }
        }
    }

    /// Writes the openers of spans not yet written in this block, before
    /// `next`, the first character they hold as written.
    fn open_pending(&mut self, next: char) {
        for i in 0..self.marks.len() {
            let follows = self.written_after(i, next);
            let Some(m) = self
                .marks
                .get_mut(i)
                .filter(|m| m.start.is_none() && !m.suppressed)
            else {
                continue;
            };
            let emphasis = matches!(m.span, Span::Strong | Span::Emphasis | Span::Strike);
            // An opener before white space is not left-flanking: it waits
            // for the first visible character, and so do the spans inside
            // it, which must open after it.
            if emphasis && is_blank(next) {
                break;
            }
            // An opener before punctuation is left-flanking only after
            // white space or punctuation: after a letter, and after any
            // character not surely punctuation (a combining mark, which
            // CommonMark counts as neither), it would be read as text. The
            // punctuation may be the opener of a span inside it ("t*[" of
            // a link in italics after a letter).
            let before = self.buf.chars().next_back();
            if emphasis
                && is_punctuation(follows)
                && before.is_some_and(|b| !is_blank(b) && !is_surely_punctuation(b))
            {
                m.suppressed = true;
                continue;
            }
            if let Some((start, closer, delim)) = self
                .last_closers
                .last()
                .cloned()
                .filter(|(_, c, _)| emphasis && c.end == self.buf.len())
            {
                // Right after a closer: the same emphasis again continues it
                // ("<b>a</b><b>b</b>"); another one would fuse the runs. The
                // closer before it, now last, is the next span's to continue
                // ("<b><i>a</i></b><b><i>b</i></b>": reopening the italics
                // with a fresh `*` would fuse with its closer into `**`).
                let opener = opener_of(&m.span);
                if delim == opener {
                    self.buf.truncate(closer.start);
                    self.checks.retain(|c| c.closer != closer);
                    self.last_closers.pop();
                    m.start = Some(start);
                    continue;
                }
                if delim.starts_with(opener) || opener.starts_with(delim) {
                    m.suppressed = true;
                    continue;
                }
            }
            if matches!(m.span, Span::Code) {
                let len = self.buf.len();
                if let Some((at, content)) = self.last_code.take().filter(|(at, _)| at.end == len) {
                    let start = at.start;
                    // Right after a code span: "<code>a</code><code>b</code>"
                    // is one span, its fence chosen again when it closes.
                    self.buf.truncate(start);
                    self.buf.push('`');
                    self.buf.push_str(&content);
                    m.start = Some(start);
                    continue;
                }
            }
            // "now!" before a link would make it an image: `![…](…)`.
            if matches!(m.span, Span::Link(_)) && self.buf.ends_with('!') {
                self.buf.insert(self.buf.len() - 1, '\\');
            }
            m.start = Some(self.buf.len());
            self.buf.push_str(opener_of(&m.span));
        }
    }

    /// The character written right after pending mark `i`'s opener: the
    /// opener of the next pending span inside it, unless that one's
    /// delimiter continues the same run (`***` of italics around bold, whose
    /// run flanks what follows it), else `next`.
    fn written_after(&self, i: usize, next: char) -> char {
        let Some(own) = self
            .marks
            .get(i)
            .and_then(|m| opener_of(&m.span).chars().next())
        else {
            return next;
        };
        self.marks
            .get(i + 1..)
            .unwrap_or_default()
            .iter()
            .filter(|m| m.start.is_none() && !m.suppressed)
            .filter_map(|m| opener_of(&m.span).chars().next())
            .find(|&c| c != own)
            .unwrap_or(next)
    }

    fn write_closer(&mut self, span: &Span, start: usize) {
        let opener = match span {
            Span::Strong => 2,
            Span::Emphasis | Span::Code | Span::Link(_) => 1,
            Span::Strike => 2,
        };
        let inner = self.buf.get(start + opener..).unwrap_or("");
        // An emphasis closer written right after a code span keeps it the
        // last one: if the span continues (the closer taken back), a code
        // span written next must still continue the last one rather than
        // fuse its backticks with it. Anything written after it moves the
        // end of the text past the span, which `write_opener` checks.
        if matches!(span, Span::Link(_) | Span::Code) {
            self.last_code = None;
        }
        if inner.trim().is_empty() {
            self.last_closers.clear();
            self.buf.truncate(start);
            return;
        }
        let closer = match span {
            Span::Strong => Some("**"),
            Span::Emphasis => Some("*"),
            Span::Strike => Some("~~"),
            _ => None,
        };
        if let Some(closer) = closer {
            // A closer after white space is not right-flanking: the
            // trailing white space goes after it (the opener never precedes
            // any, see `open_pending`).
            let kept = inner.trim_end_matches(is_blank).len();
            if kept == 0 {
                // Nothing visible inside: no markup, the characters stay.
                self.last_closers.clear();
                self.buf.replace_range(start..start + opener, "");
                return;
            }
            let tail = self.buf.split_off(start + opener + kept);
            let at = self.buf.len();
            if !tail.is_empty() {
                self.buf.push_str(closer);
                self.buf.push_str(&tail);
                // White space follows: the closer closes whatever comes next.
                self.last_closers.clear();
                return;
            }
            // Closers written one after the other are kept together: they
            // are one delimiter run, flanked by what comes before the first.
            if self
                .last_closers
                .last()
                .is_some_and(|(_, c, _)| c.end != at)
            {
                self.last_closers.clear();
            }
            let run_start = self.last_closers.first().map_or(at, |(_, c, _)| c.start);
            let before = self
                .buf
                .get(..run_start)
                .and_then(|s| s.chars().next_back());
            if before.is_some_and(is_punctuation) {
                self.checks.push(Check {
                    opener: start..start + opener,
                    closer: at..at + closer.len(),
                });
            }
            self.buf.push_str(closer);
            self.last_closers.push((start, at..self.buf.len(), closer));
            return;
        }
        match span {
            Span::Strong | Span::Emphasis | Span::Strike => {}
            Span::Link(url) => {
                self.buf.push_str("](");
                self.buf.push_str(url);
                self.buf.push(')');
            }
            Span::Code => {
                let content = inner.to_owned();
                self.buf.truncate(start);
                write_code_span(&mut self.buf, &content);
                self.last_code = Some((start..self.buf.len(), content));
            }
        }
    }

    /// A visible character of text (`pre`: inside preformatted text, kept
    /// raw for a code block).
    pub(crate) fn char(&mut self, c: char, pre: bool) {
        if pre {
            self.raw = true;
            self.last_code = None;
            self.buf.push(c);
            return;
        }
        let in_code = self.in_code();
        let escape = needs_escape(c) && !in_code;
        let first = if escape { '\\' } else { c };
        self.settle(first);
        self.open_pending(first);
        self.last_closers.clear();
        self.last_code = None;
        if !in_code && starts_reference(c) {
            escape_last_ampersand(&mut self.buf);
        }
        if escape {
            self.buf.push('\\');
        }
        self.buf.push(c);
    }

    /// A separator the plain text also got (space, line break, cell tab).
    /// Spans close before a line break or a cell and reopen after it, so
    /// that no markup runs across lines or cells.
    pub(crate) fn push(&mut self, c: char) {
        if c != ' ' {
            self.close_written();
        }
        self.settle(c);
        self.last_closers.clear();
        self.last_code = None;
        self.buf.push(c);
    }

    /// Closes the spans written in this block; they reopen before the next
    /// character inside them.
    fn close_written(&mut self) {
        for i in (0..self.marks.len()).rev() {
            let Some(m) = self.marks.get_mut(i) else {
                continue;
            };
            m.suppressed = false;
            if let Some(start) = m.start.take() {
                let span = m.span.clone();
                self.write_closer(&span, start);
            }
        }
    }

    /// An image, when images are on.
    pub(crate) fn image(&mut self, alt: &str, src: &str) {
        let Some(src) = self.target(src) else { return };
        self.settle('!');
        self.open_pending('!');
        self.last_closers.clear();
        self.last_code = None;
        self.buf.push_str("![");
        for c in alt.split_whitespace().flat_map(|w| w.chars().chain([' '])) {
            if starts_reference(c) {
                escape_last_ampersand(&mut self.buf);
            }
            if needs_escape(c) {
                self.buf.push('\\');
            }
            self.buf.push(c);
        }
        if self.buf.ends_with(' ') {
            self.buf.pop();
        }
        self.buf.push_str("](");
        self.buf.push_str(&src);
        self.buf.push(')');
    }

    /// Ends the block: closes open spans (they reopen in the next block)
    /// and returns the images to put before it and its Markdown. A block
    /// without text gives nothing; its images wait for the next block.
    /// `pre` says whether the block is rendered as preformatted: if it is
    /// not but took raw characters (a heading inside `<pre>`), its Markdown
    /// is its text, escaped.
    pub(crate) fn finish(&mut self, has_text: bool, pre: bool, text: &str) -> (String, String) {
        self.close_written();
        self.checks.clear();
        self.last_code = None;
        let mut md = std::mem::take(&mut self.buf);
        if std::mem::take(&mut self.raw) && !pre {
            md = escape(text);
        }
        if has_text {
            (std::mem::take(&mut self.pending_images), md)
        } else {
            let images = md.trim();
            if !images.is_empty() {
                if !self.pending_images.is_empty() {
                    self.pending_images.push('\n');
                }
                self.pending_images.push_str(images);
            }
            (String::new(), String::new())
        }
    }
}

/// Text with every character Markdown could read as markup escaped.
fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if starts_reference(c) {
            escape_last_ampersand(&mut s);
        }
        if needs_escape(c) {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

/// The delimiter opening a span.
fn opener_of(span: &Span) -> &'static str {
    match span {
        Span::Strong => "**",
        Span::Emphasis => "*",
        Span::Strike => "~~",
        Span::Code => "`",
        Span::Link(_) => "[",
    }
}

/// White space for the flanking rules, and the control characters that the
/// last stage turns into a space or removes (`clean::strip_controls`): a
/// delimiter next to one would end up next to white space or nothing.
/// Writes a code span holding `content`: a fence longer than any backtick
/// run inside, padded when the content holds a backtick. Control characters
/// at either edge go outside the fences: the last stage turns a run of them
/// between two visible characters into a space (see
/// `clean::strip_controls`), which the plain text keeps as a word break but
/// a CommonMark reader would strip from inside a padded span.
fn write_code_span(buf: &mut String, content: &str) {
    let is_stray = |c: char| c.is_control() && c != '\n' && c != '\t';
    let rest = content.trim_start_matches(is_stray);
    let middle = rest.trim_end_matches(is_stray);
    let (before, after) = content
        .split_at_checked(content.len() - rest.len())
        .zip(rest.split_at_checked(middle.len()))
        .map_or(("", ""), |((before, _), (_, after))| (before, after));
    let middle = if before.len() + middle.len() + after.len() == content.len() {
        middle
    } else {
        content
    };
    if middle.trim().is_empty() {
        // Nothing visible inside: no span, the characters stay.
        buf.push_str(content);
        return;
    }
    let longest = longest_run(middle, '`');
    buf.push_str(before);
    if longest > 0 {
        let fence = "`".repeat(longest + 1);
        buf.push_str(&fence);
        buf.push(' ');
        buf.push_str(middle);
        buf.push(' ');
        buf.push_str(&fence);
    } else {
        buf.push('`');
        buf.push_str(middle);
        buf.push('`');
    }
    buf.push_str(after);
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c.is_control()
}

/// ASCII or Unicode punctuation and symbols, as CommonMark's flanking rules
/// count them.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() || (!c.is_alphanumeric() && !c.is_whitespace() && !c.is_control())
}

/// Punctuation by every reading of CommonMark's rules: ASCII punctuation
/// and the common punctuation of Latin-1, General Punctuation and CJK.
/// [`is_punctuation`] also takes marks, format characters and unassigned
/// code points, which CommonMark counts as neither punctuation nor white
/// space; an opener that depends on one is not written.
fn is_surely_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(
            c,
            '\u{a1}' | '\u{a7}' | '\u{ab}' | '\u{b6}' | '\u{b7}' | '\u{bb}' | '\u{bf}'
                | '\u{2010}'..='\u{2027}'
                | '\u{2030}'..='\u{205e}'
                | '\u{3001}'..='\u{3003}'
                | '\u{3008}'..='\u{3011}'
        )
}

/// A link destination Markdown reads back unchanged: spaces, parentheses
/// and angle brackets percent-encoded.
fn encode_destination(url: &str) -> String {
    let mut s = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => s.push_str("%20"),
            '(' => s.push_str("%28"),
            ')' => s.push_str("%29"),
            '<' => s.push_str("%3C"),
            '>' => s.push_str("%3E"),
            '\\' => s.push_str("%5C"),
            c if c.is_control() || c.is_whitespace() => {}
            c => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    //! The writer's delimiter rules, on the calls the segmenter makes.
    use super::*;

    /// The Markdown of one block: `spans` opened (outermost first, node ids
    /// 0, 1, …) before `inside`, closed after it, then `after`.
    fn written(spans: &[Span], inside: &str, after: &str) -> String {
        let mut md = Inline::new(MdSettings {
            markdown: true,
            ..MdSettings::default()
        });
        for (node, span) in spans.iter().enumerate() {
            md.open(node, span.clone());
        }
        for c in inside.chars() {
            md.char(c, false);
        }
        md.close(0);
        for c in after.chars() {
            md.char(c, false);
        }
        md.finish(true, false, "").1
    }

    #[test]
    fn text_that_reads_as_a_character_reference_is_escaped() {
        // The fuzz find: "&", NULs, "#128;" became the reference "&#128;"
        // once the controls were stripped, and read back as U+0080.
        assert_eq!(written(&[], "&\0\0#128;", ""), "\\&\0\0#128;");
        assert_eq!(
            written(&[], "R&D, AT&T, &amp;", ""),
            "R\\&D, AT\\&T, \\&amp;"
        );
        assert_eq!(written(&[], "R & D &", ""), "R & D &");
        assert_eq!(written(&[Span::Code], "&amp;", ""), "`&amp;`");
        assert_eq!(escape("a&b"), "a\\&b");
    }

    #[test]
    fn a_closer_never_follows_white_space_or_a_control_character() {
        // The fuzz find: a control character at the end of bold italics
        // became a space before the closer once controls were stripped.
        assert_eq!(
            written(&[Span::Strong, Span::Emphasis], "tai\u{7}", ""),
            "***tai***\u{7}"
        );
        assert_eq!(written(&[Span::Emphasis], "a\u{3000}", "b"), "*a*\u{3000}b");
        assert_eq!(written(&[Span::Strike], "a \u{1}", ""), "~~a~~ \u{1}");
        // Inside, white space stays where it is.
        assert_eq!(written(&[Span::Strong], "a\u{3000}b", ""), "**a\u{3000}b**");
    }

    #[test]
    fn an_opener_never_precedes_white_space_nor_do_the_spans_inside_it() {
        assert_eq!(written(&[Span::Strong], "\u{3000}a", ""), "\u{3000}**a**");
        assert_eq!(
            written(&[Span::Strong, Span::Link("/x".to_owned())], "\u{1}a", ""),
            "\u{1}**[a](/x)**"
        );
        // A link around the emphasis opens where its text starts.
        assert_eq!(
            written(&[Span::Link("/x".to_owned()), Span::Strong], "\u{1}a", ""),
            "[\u{1}**a**](/x)"
        );
    }

    #[test]
    fn emphasis_around_nothing_visible_leaves_no_markup() {
        assert_eq!(written(&[Span::Emphasis], "\u{3000}", "a"), "\u{3000}a");
        assert_eq!(
            written(&[Span::Strong, Span::Emphasis], "\u{7}", ""),
            "\u{7}"
        );
    }

    /// The Markdown of code spans written one right after the other.
    fn adjacent_code(texts: &[&str]) -> String {
        let mut md = Inline::new(MdSettings {
            markdown: true,
            ..MdSettings::default()
        });
        for (node, text) in texts.iter().enumerate() {
            md.open(node, Span::Code);
            for c in text.chars() {
                md.char(c, false);
            }
            md.close(node);
        }
        md.finish(true, false, "").1
    }

    #[test]
    fn adjacent_code_spans_are_one_never_a_fused_backtick_run() {
        // A fuzz find: `a``b` is one code span holding "a``b".
        assert_eq!(adjacent_code(&["now!", "th."]), "`now!th.`");
        // The fence is chosen again for the whole content.
        assert_eq!(adjacent_code(&["a`", "b"]), "`` a`b ``");
        assert_eq!(adjacent_code(&["a", "b`", "c"]), "`` ab`c ``");
    }

    /// The Markdown of runs of text each inside its own `spans` (opened
    /// outermost first, closed after the text), one right after the other.
    fn adjacent_runs(spans: &[Span], texts: &[&str]) -> String {
        let mut md = Inline::new(MdSettings {
            markdown: true,
            ..MdSettings::default()
        });
        for (run, text) in texts.iter().enumerate() {
            let first = run * spans.len();
            for (i, span) in spans.iter().enumerate() {
                md.open(first + i, span.clone());
            }
            for c in text.chars() {
                md.char(c, false);
            }
            md.close(first);
        }
        md.finish(true, false, "").1
    }

    #[test]
    fn nested_emphasis_again_right_after_it_continues_every_span() {
        // The fuzz find: the tree builder reopened `<b><i>` for a second
        // run of text; the italics' fresh opener fused with their closer
        // (`***\>**\<a***`), and CommonMark left `**` as text.
        assert_eq!(
            adjacent_runs(&[Span::Strong, Span::Emphasis], &[">", "<a"]),
            "***\\>\\<a***"
        );
        assert_eq!(
            adjacent_runs(&[Span::Strong, Span::Emphasis], &["a", "b", "c"]),
            "***abc***"
        );
        // Nested the other way round: the bold's opener would fuse with the
        // italics' closer, so it is left out; the italics continue.
        let mut md = Inline::new(MdSettings {
            markdown: true,
            ..MdSettings::default()
        });
        for (node, span, text) in [
            (0, Span::Emphasis, ""),
            (1, Span::Strong, "x"),
            (2, Span::Strong, ""),
            (3, Span::Emphasis, "y"),
        ] {
            md.open(node, span);
            for c in text.chars() {
                md.char(c, false);
            }
            if node % 2 == 1 {
                md.close(node - 1);
            }
        }
        assert_eq!(md.finish(true, false, "").1, "***x**y*");
    }

    #[test]
    fn no_italics_opener_after_a_letter_before_a_links_bracket() {
        // The fuzz find: "t<em><a href=/x>nl oad</a> 'oday.</em>" was
        // "t*[nl oad](/x) 'oday.*", whose `*` (after a letter, before the
        // link's `[`) is not left-flanking and reads back as text.
        let write = |before: &str, inner: Span| {
            let mut md = Inline::new(MdSettings {
                markdown: true,
                links: true,
                ..MdSettings::default()
            });
            for c in before.chars() {
                md.char(c, false);
            }
            md.open(0, Span::Emphasis);
            md.open(1, inner);
            for c in "nl oad".chars() {
                md.char(c, false);
            }
            md.close(1);
            for c in " 'oday.".chars() {
                md.char(c, false);
            }
            md.close(0);
            md.finish(true, false, "").1
        };
        let link = || Span::Link("/x".to_owned());
        assert_eq!(write("t", link()), "t[nl oad](/x) 'oday.");
        assert_eq!(write("t", Span::Code), "t`nl oad` 'oday.");
        assert_eq!(write("t", Span::Strike), "t~~nl oad~~ 'oday.");
        // After white space the opener flanks the bracket; bold inside
        // italics is one run of `*` that flanks the letter after it.
        assert_eq!(write("t ", link()), "t *[nl oad](/x) 'oday.*");
        assert_eq!(write("t", Span::Strong), "t***nl oad** 'oday.*");
    }

    #[test]
    fn no_opener_after_a_mark_before_punctuation() {
        // The fuzz find: "Tuesd" and a combining mark (U+031F), then
        // italics opening on U+FFFD (a symbol: punctuation to CommonMark).
        // After the mark, which is neither punctuation nor white space, the
        // `*` is not left-flanking and read back as text.
        let write = |before: &str| {
            let mut md = Inline::new(MdSettings {
                markdown: true,
                ..MdSettings::default()
            });
            for c in before.chars() {
                md.char(c, false);
            }
            md.open(0, Span::Emphasis);
            for c in "\u{fffd}o debate".chars() {
                md.char(c, false);
            }
            md.close(0);
            md.finish(true, false, "").1
        };
        assert_eq!(write("Tuesd\u{31f}"), "Tuesd\u{31f}\u{fffd}o debate");
        assert_eq!(write("Tuesd"), "Tuesd\u{fffd}o debate");
        // After white space or punctuation the opener flanks its text.
        assert_eq!(write("on "), "on *\u{fffd}o debate*");
        assert_eq!(write("on \u{2014}"), "on \u{2014}*\u{fffd}o debate*");
    }

    #[test]
    fn controls_at_a_code_spans_edges_stay_outside_its_fences() {
        // The fuzz find: "a<code>\u{4}b`c</code>" was "a`` \u{4}b`c ``",
        // which the last stage made "a`` b`c ``" (no space by the pad) and a
        // CommonMark reader "ab`c", where the text reads "a b`c".
        let strip = |md: String| crate::clean::strip_controls(&md).unwrap_or(md);
        let padded = written(&[Span::Code], "\u{4}b`c\u{1}", "d");
        assert_eq!(padded, "\u{4}`` b`c ``\u{1}d");
        assert_eq!(strip(padded), "`` b`c `` d");
        assert_eq!(written(&[Span::Code], "\u{4}bc", ""), "\u{4}`bc`");
        // Controls alone make no span.
        assert_eq!(written(&[Span::Code], "\u{4}", "d"), "\u{4}d");
    }

    #[test]
    fn stripped_of_controls_the_delimiters_still_flank_their_text() {
        let md = written(&[Span::Strong, Span::Emphasis], "tai\u{7}", "");
        assert_eq!(
            crate::clean::strip_controls(&md).as_deref(),
            Some("***tai***")
        );
    }
}
