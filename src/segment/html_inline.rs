//! The HTML of a block's inline content, built beside its plain text when
//! HTML output is asked for: the same characters, spaces and line breaks,
//! escaped, with `<strong>`, `<em>`, `<s>`, `<code>`, and `<a href>` and
//! `<img>` when links and images are on.
//!
//! Like the Markdown, markup opens lazily, just before the first character
//! inside it, so empty elements leave nothing behind; a line break, a cell
//! boundary or the block's end closes what is open, and the next character
//! inside reopens it, so every block's HTML is balanced on its own.

use crate::dom::NodeId;

use super::inline::{Inline, MdSettings, Span};

/// The Markdown and the inline HTML of a block, each when asked for, fed
/// together by the segmenter.
pub(crate) struct Inlines {
    settings: MdSettings,
    md: Option<Inline>,
    html: Option<HtmlInline>,
}

/// What [`Inlines::finish`] gives for one block: images before it and its
/// inline content, as Markdown and as HTML.
#[derive(Default)]
pub(crate) struct Finished {
    pub(crate) md_images: String,
    pub(crate) md: String,
    pub(crate) html_images: String,
    pub(crate) html: String,
}

impl Inlines {
    pub(crate) fn new(settings: MdSettings) -> Inlines {
        Inlines {
            md: settings.markdown.then(|| Inline::new(settings.clone())),
            html: settings.html.then(HtmlInline::new),
            settings,
        }
    }

    pub(crate) fn links(&self) -> bool {
        self.settings.links
    }

    pub(crate) fn images(&self) -> bool {
        self.settings.images
    }

    pub(crate) fn target(&self, href: &str) -> Option<String> {
        self.settings.target(href)
    }

    pub(crate) fn open(&mut self, node: NodeId, span: Span) {
        if let Some(h) = self.html.as_mut() {
            h.open(node, span.clone());
        }
        if let Some(m) = self.md.as_mut() {
            m.open(node, span);
        }
    }

    pub(crate) fn in_code(&self) -> bool {
        self.md.as_ref().is_some_and(Inline::in_code)
            || self.html.as_ref().is_some_and(HtmlInline::in_code)
    }

    pub(crate) fn close(&mut self, node: NodeId) {
        if let Some(m) = self.md.as_mut() {
            m.close(node);
        }
        if let Some(h) = self.html.as_mut() {
            h.close(node);
        }
    }

    pub(crate) fn char(&mut self, c: char, pre: bool) {
        if let Some(m) = self.md.as_mut() {
            m.char(c, pre);
        }
        if let Some(h) = self.html.as_mut() {
            h.char(c);
        }
    }

    pub(crate) fn push(&mut self, c: char) {
        if let Some(m) = self.md.as_mut() {
            m.push(c);
        }
        if let Some(h) = self.html.as_mut() {
            h.push(c);
        }
    }

    pub(crate) fn image(&mut self, alt: &str, src: &str) {
        if let Some(m) = self.md.as_mut() {
            m.image(alt, src);
        }
        if let Some(h) = self.html.as_mut() {
            if let Some(src) = self.settings.target(src) {
                h.image(alt, &src);
            }
        }
    }

    pub(crate) fn finish(&mut self, has_text: bool, pre: bool, text: &str) -> Finished {
        let (md_images, md) = self
            .md
            .as_mut()
            .map(|m| m.finish(has_text, pre, text))
            .unwrap_or_default();
        let (html_images, html) = self
            .html
            .as_mut()
            .map(|h| h.finish(has_text))
            .unwrap_or_default();
        Finished {
            md_images,
            md,
            html_images,
            html,
        }
    }
}

/// One open inline element.
struct Mark {
    node: NodeId,
    span: Span,
    /// Whether its start tag is written in the current run of text.
    open: bool,
}

/// One block's inline HTML in the making.
pub(crate) struct HtmlInline {
    buf: String,
    marks: Vec<Mark>,
    /// Images seen in blocks without text, put before the next block.
    pending_images: String,
}

impl HtmlInline {
    pub(crate) fn new() -> HtmlInline {
        HtmlInline {
            buf: String::new(),
            marks: Vec::new(),
            pending_images: String::new(),
        }
    }

    /// An inline element opens (written before its first character).
    pub(crate) fn open(&mut self, node: NodeId, span: Span) {
        let same = |m: &Mark| std::mem::discriminant(&m.span) == std::mem::discriminant(&span);
        if self.marks.iter().any(same) {
            return;
        }
        self.marks.push(Mark {
            node,
            span,
            open: false,
        });
    }

    /// Whether a `<code>` is open (no markup goes inside it).
    pub(crate) fn in_code(&self) -> bool {
        self.marks.iter().any(|m| matches!(m.span, Span::Code))
    }

    /// The element opened for `node` closes, with those opened inside it.
    pub(crate) fn close(&mut self, node: NodeId) {
        let Some(at) = self.marks.iter().rposition(|m| m.node == node) else {
            return;
        };
        while self.marks.len() > at {
            let Some(m) = self.marks.pop() else { break };
            if m.open {
                end_tag(&m.span, &mut self.buf);
            }
        }
    }

    /// A visible character.
    pub(crate) fn char(&mut self, c: char) {
        self.open_pending();
        escape_char(c, &mut self.buf);
    }

    /// A separator the plain text also got (space, line break, cell tab):
    /// open elements close before a line break or a cell and reopen after.
    pub(crate) fn push(&mut self, c: char) {
        if c != ' ' {
            self.close_written();
        }
        self.buf.push(c);
    }

    /// An image (`src` already resolved and checked).
    pub(crate) fn image(&mut self, alt: &str, src: &str) {
        self.open_pending();
        self.buf.push_str("<img src=\"");
        escape_attr(src, &mut self.buf);
        self.buf.push_str("\" alt=\"");
        escape_attr(
            &alt.split_whitespace().collect::<Vec<_>>().join(" "),
            &mut self.buf,
        );
        self.buf.push_str("\">");
    }

    /// Ends the block: closes what is open and returns the images to put
    /// before it and its inline HTML; a block without text gives nothing
    /// and its images wait for the next block.
    pub(crate) fn finish(&mut self, has_text: bool) -> (String, String) {
        self.close_written();
        let html = std::mem::take(&mut self.buf);
        if has_text {
            (std::mem::take(&mut self.pending_images), html)
        } else {
            let images = html.trim();
            if images.contains("<img") {
                // Only the images: the rest of an empty block is white space.
                let mut rest = images;
                while let Some(at) = rest.find("<img") {
                    let Some(tail) = rest.get(at..) else { break };
                    let end = tail.find('>').map_or(tail.len(), |e| e + 1);
                    if let Some(img) = tail.get(..end) {
                        if !self.pending_images.is_empty() {
                            self.pending_images.push(' ');
                        }
                        self.pending_images.push_str(img);
                    }
                    rest = tail.get(end..).unwrap_or("");
                }
            }
            (String::new(), String::new())
        }
    }

    fn open_pending(&mut self) {
        for m in self.marks.iter_mut().filter(|m| !m.open) {
            m.open = true;
            match &m.span {
                Span::Strong => self.buf.push_str("<strong>"),
                Span::Emphasis => self.buf.push_str("<em>"),
                Span::Strike => self.buf.push_str("<s>"),
                Span::Code => self.buf.push_str("<code>"),
                Span::Link(url) => {
                    self.buf.push_str("<a href=\"");
                    escape_attr(url, &mut self.buf);
                    self.buf.push_str("\">");
                }
            }
        }
    }

    fn close_written(&mut self) {
        for m in self.marks.iter_mut().rev() {
            if m.open {
                m.open = false;
                end_tag(&m.span, &mut self.buf);
            }
        }
    }
}

fn end_tag(span: &Span, out: &mut String) {
    out.push_str(match span {
        Span::Strong => "</strong>",
        Span::Emphasis => "</em>",
        Span::Strike => "</s>",
        Span::Code => "</code>",
        Span::Link(_) => "</a>",
    });
}

/// One character of text, escaped.
fn escape_char(c: char, out: &mut String) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        c => out.push(c),
    }
}

/// An attribute value, escaped for double quotes.
fn escape_attr(s: &str, out: &mut String) {
    for c in s.chars() {
        escape_char(c, out);
    }
}
