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
}

/// Characters escaped wherever they appear in text (line starts are
/// handled when blocks are rendered).
fn needs_escape(c: char) -> bool {
    matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~')
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
}

impl Inline {
    pub(crate) fn new(settings: MdSettings) -> Inline {
        Inline {
            settings,
            buf: String::new(),
            marks: Vec::new(),
            pending_images: String::new(),
            raw: false,
        }
    }

    pub(crate) fn links(&self) -> bool {
        self.settings.links
    }

    pub(crate) fn images(&self) -> bool {
        self.settings.images
    }

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
        let url = match &self.settings.base {
            Some(base) => crate::url::resolve(base, href),
            None => href.to_owned(),
        };
        Some(encode_destination(&url))
    }

    pub(crate) fn open(&mut self, node: NodeId, span: Span) {
        self.marks.push(Mark {
            node,
            span,
            start: None,
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

    /// Writes the openers of spans not yet written in this block.
    fn open_pending(&mut self) {
        for m in self.marks.iter_mut().filter(|m| m.start.is_none()) {
            m.start = Some(self.buf.len());
            self.buf.push_str(match m.span {
                Span::Strong => "**",
                Span::Emphasis => "*",
                Span::Strike => "~~",
                Span::Code => "`",
                Span::Link(_) => "[",
            });
        }
    }

    fn write_closer(&mut self, span: &Span, start: usize) {
        let opener = match span {
            Span::Strong => 2,
            Span::Emphasis | Span::Code | Span::Link(_) => 1,
            Span::Strike => 2,
        };
        let inner = self.buf.get(start + opener..).unwrap_or("");
        if inner.trim().is_empty() {
            self.buf.truncate(start);
            return;
        }
        match span {
            Span::Strong => self.buf.push_str("**"),
            Span::Emphasis => self.buf.push('*'),
            Span::Strike => self.buf.push_str("~~"),
            Span::Link(url) => {
                self.buf.push_str("](");
                self.buf.push_str(url);
                self.buf.push(')');
            }
            Span::Code => {
                // A fence longer than any backtick run inside, padded when
                // the content touches a backtick.
                let longest = longest_run(inner, '`');
                if longest > 0 {
                    let content = inner.to_owned();
                    let fence = "`".repeat(longest + 1);
                    self.buf.truncate(start);
                    self.buf.push_str(&fence);
                    self.buf.push(' ');
                    self.buf.push_str(&content);
                    self.buf.push(' ');
                    self.buf.push_str(&fence);
                } else {
                    self.buf.push('`');
                }
            }
        }
    }

    /// A visible character of text (`pre`: inside preformatted text, kept
    /// raw for a code block).
    pub(crate) fn char(&mut self, c: char, pre: bool) {
        if pre {
            self.raw = true;
            self.buf.push(c);
            return;
        }
        self.open_pending();
        if needs_escape(c) && !self.in_code() {
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
        self.buf.push(c);
    }

    /// Closes the spans written in this block; they reopen before the next
    /// character inside them.
    fn close_written(&mut self) {
        for i in (0..self.marks.len()).rev() {
            let Some(m) = self.marks.get_mut(i) else {
                continue;
            };
            if let Some(start) = m.start.take() {
                let span = m.span.clone();
                self.write_closer(&span, start);
            }
        }
    }

    /// An image, when images are on.
    pub(crate) fn image(&mut self, alt: &str, src: &str) {
        let Some(src) = self.target(src) else { return };
        self.open_pending();
        self.buf.push_str("![");
        for c in alt.split_whitespace().flat_map(|w| w.chars().chain([' '])) {
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
        if needs_escape(c) {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

fn longest_run(s: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for x in s.chars() {
        run = if x == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
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
