//! The token filter between html5ever's tokenizer and its tree builder: a
//! cheap model of the stack of open elements that drops start tags past the
//! depth limit (and their end tags), past the element limit, and unclosed
//! formatting tags past a small cap; trims attributes; drops comments.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::rc::Rc;

use super::names::{
    closes_p, is_barrier, is_foreign_root, is_formatting, is_scope_boundary, tracked, TRACKED,
};
use super::rawtext::Raw;
use super::sink::{Builder, Handle};
use super::{ParseLimits, Shared};
use crate::hash::FastHasher;
use crate::html::{is_block, is_heading, is_raw_text, is_void, noise_tag, HEADINGS};
use crate::limits::MAX_OPEN_FORMATTING;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{local_name, LocalName};

pub(super) struct Filter {
    pub(super) tree: TreeBuilder<Handle, Builder>,
    pub(super) shared: Rc<Shared>,
    pub(super) limits: ParseLimits,
    pub(super) model: RefCell<StackModel>,
    /// Set when the tree builder has just switched the tokenizer to read
    /// the body of a `<script>` or `<style>` whose body nothing reads: the
    /// tokenizer is stopped right after the start tag (see [`super::parse`]),
    /// which then jumps over the body to its end tag.
    pub(super) skip: Cell<Option<Raw>>,
    /// Whether to stop at such bodies at all.
    pub(super) jump: bool,
    /// Text not yet passed on: the tokenizer hands text over in many small
    /// pieces (a line break on its own, then the indentation after it), and
    /// the tree builder handles a run of text given in one piece as it
    /// handles the same text given piece by piece (see [`Filter::flush`]).
    pub(super) pending: RefCell<StrTendril>,
    /// Whether text is passed on as it comes (the tests' oracle).
    pub(super) piecewise: bool,
    /// Set while the tokenizer reads for the fast path: it is stopped after
    /// the next tag that leaves it in its data state.
    pub(super) stop_at_tags: Cell<bool>,
    /// Set when it was stopped so.
    pub(super) stopped: Cell<bool>,
}

impl TokenSink for Filter {
    type Handle = Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        let tag = matches!(token, TagToken(_));
        let result = self.process(token, line);
        // The tokenizer goes back to its data state after a tag the tree
        // builder did not switch it away from: it may stop there, and the
        // parser's fast path take over (see [`super::fast`]).
        if tag && self.stop_at_tags.get() && matches!(result, TokenSinkResult::Continue) {
            self.stopped.set(true);
            return TokenSinkResult::Script(0);
        }
        result
    }

    fn end(&self) {
        self.flush();
        self.tree.end();
    }

    /// The tokenizer asks this to read `<![CDATA[` as a section (foreign
    /// content) or a bogus comment: inside an `<svg>` or `<math>` dropped
    /// past the depth limit, as the page without the limit would have it.
    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.flush();
        self.tree
            .adjusted_current_node_present_but_not_in_html_namespace()
            || self.model.borrow().in_dropped_foreign()
    }
}

/// The body a start tag opens that the parser may jump over: every
/// `<script>` but JSON-LD (which the metadata reads), and `<style>`.
fn skippable(tag: &Tag) -> Option<Raw> {
    match tag.name {
        local_name!("style") => Some(Raw::Style),
        local_name!("script") => {
            let ld = tag.attrs.iter().any(|a| {
                a.name.local == local_name!("type")
                    && a.value.trim().eq_ignore_ascii_case("application/ld+json")
            });
            (!ld).then_some(Raw::Script)
        }
        _ => None,
    }
}

/// A start tag `<iframe … />`. An iframe's body is raw text up to
/// `</iframe>`, so a browser would read the rest of the page as the frame's
/// fallback text; the slash only occurs where the author meant an empty frame,
/// nearly always the tracking snippet inside a `<noscript>` that a browser
/// with scripts on reads as plain text and never renders (two pages of
/// wcxb-dev, both losing their whole body to it). It is closed at once.
fn is_closed_iframe(tag: &Tag) -> bool {
    tag.kind == StartTag && tag.self_closing && tag.name == local_name!("iframe")
}

/// A tag the filter dropped.
struct Dropped {
    /// It was a block-level tag, a `<br>`, or a tag whose element the
    /// segmenter cuts (a `<button>`, an `<input>`: a cut element parts the
    /// words around it): its place still separates words. A fuzz find
    /// (`extract_options/dropped-button-closing-a-button.txt`): past the
    /// element limit a second `<button>`, which without the limit closes
    /// the first and the `<div>` in it, was dropped as inline, and the
    /// words on either side joined.
    separates: bool,
}

impl Dropped {
    fn of(tag: &Tag) -> Dropped {
        Dropped {
            separates: is_block(&tag.name)
                || tag.name == local_name!("br")
                || noise_tag(&tag.name).is_some(),
        }
    }
}

impl Filter {
    /// Filters one token and passes it on to the tree builder.
    pub(super) fn process(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        let token = match token {
            Token::CharacterTokens(text) if !self.piecewise => {
                let mut pending = self.pending.borrow_mut();
                if pending.is_empty() {
                    *pending = text;
                } else {
                    pending.push_tendril(&text);
                }
                return TokenSinkResult::Continue;
            }
            // Neither is ever used downstream; the tree builder would only
            // store them.
            Token::CommentToken(_) | Token::ParseError(_) => return TokenSinkResult::Continue,
            other => other,
        };
        self.flush();
        let skippable = match &token {
            TagToken(tag) if self.jump && tag.kind == StartTag => skippable(tag),
            _ => None,
        };
        let closed_iframe = matches!(&token, TagToken(tag) if is_closed_iframe(tag));
        let token = match token {
            // Inside an `<svg>` or `<math>` dropped past the depth limit the
            // tree builder is in HTML content, where it ignores a NUL; the
            // page without the limit would have it in foreign content, where
            // it is U+FFFD and parts the words around it.
            Token::NullCharacterToken if self.model.borrow().in_dropped_foreign() => {
                Token::CharacterTokens(StrTendril::from_slice("\u{fffd}"))
            }
            TagToken(tag) => match self.filter_tag(tag) {
                Ok(tag) => TagToken(tag),
                // A dropped block-level tag still separates words: it becomes
                // a space, so flattened text never runs two blocks together.
                Err(Dropped { separates: true }) => {
                    Token::CharacterTokens(StrTendril::from_slice(self.model.borrow().separator()))
                }
                Err(Dropped { separates: false }) => return TokenSinkResult::Continue,
            },
            other => other,
        };
        match self.tree.process_token(token, line) {
            // Scripts are never run and the input is already decoded, so both
            // of these just mean "go on".
            TokenSinkResult::Script(_) | TokenSinkResult::EncodingIndicator(_) => {
                TokenSinkResult::Continue
            }
            // The tokenizer is about to read a body nothing needs: stop it
            // here instead (it goes back to the data state, where the
            // end tag it is fed next reads the same).
            TokenSinkResult::RawData(kind @ (RawKind::ScriptData | RawKind::Rawtext))
                if skippable
                    .is_some_and(|raw| (raw == Raw::Script) == (kind == RawKind::ScriptData)) =>
            {
                self.skip.set(skippable);
                TokenSinkResult::Script(0)
            }
            // `<iframe … />`: the tokenizer is not switched to raw text and
            // the element is closed at once (see [`is_closed_iframe`]).
            TokenSinkResult::RawData(RawKind::Rawtext) if closed_iframe => {
                let end = Tag {
                    kind: EndTag,
                    name: local_name!("iframe"),
                    self_closing: false,
                    had_duplicate_attributes: false,
                    attrs: Vec::new(),
                };
                if let Ok(end) = self.filter_tag(end) {
                    // An end tag in the text mode only pops the element.
                    let _ = self.tree.process_token(TagToken(end), line);
                }
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    /// Passes the pending text on to the tree builder, as one token. Before
    /// every other token, at the end of each piece of input fed (the parse
    /// loop looks at the element count there) and whenever the tokenizer
    /// asks about the tree builder's state, so the tree builder sees the
    /// same tokens in the same order, only with each run of text in one
    /// piece. It treats a run alike however it is cut: the line break
    /// ignored after `<pre>` is the run's first character either way, table
    /// text is gathered until the next other token in any case, and where
    /// spaces and words are told apart (before the body, in a frameset, in
    /// a column group) it splits each piece into runs of either, so a piece
    /// ending mid-run only splits a run in two that is handled alike.
    pub(super) fn flush(&self) {
        let text = std::mem::take(&mut *self.pending.borrow_mut());
        if !text.is_empty() {
            let _ = self.tree.process_token(Token::CharacterTokens(text), 0);
        }
    }

    /// Returns the tag to pass on, or why it was dropped.
    fn filter_tag(&self, mut tag: Tag) -> Result<Tag, Dropped> {
        let mut model = self.model.borrow_mut();
        match tag.kind {
            // Raw-text elements (script, style, textarea…) always pass: their
            // start tag switches the tokenizer to raw text, so dropping one
            // would turn its content into markup, and they hold no elements,
            // so they cannot deepen the tree.
            StartTag if is_raw_text(&tag.name) => {
                model.push(&tag.name);
                trim_attributes(&mut tag, &self.limits);
                Ok(tag)
            }
            StartTag => {
                if self.shared.stop.get() || self.shared.elements.get() >= self.limits.max_elements
                {
                    model.drop_start(&tag.name);
                    return Err(Dropped::of(&tag));
                }
                // Not counted as dropped: its end tag is dropped the same way
                // (see [`StackModel::end`]), not kept for a later real cell.
                if model.table_part_outside(&tag.name) {
                    return Err(Dropped::of(&tag));
                }
                if !model.start(&tag, self.limits.max_depth) {
                    model.drop_start(&tag.name);
                    return Err(Dropped::of(&tag));
                }
                trim_attributes(&mut tag, &self.limits);
                Ok(tag)
            }
            // A raw-text element's end tag always passes, as its start tag
            // does: the tree builder, in its text mode, takes nothing else.
            EndTag if is_raw_text(&tag.name) => {
                model.end(&tag.name);
                Ok(tag)
            }
            EndTag if model.end(&tag.name) => Ok(tag),
            EndTag => Err(Dropped::of(&tag)),
        }
    }
}

/// Keeps at most the limit's attributes and empties over-long values.
fn trim_attributes(tag: &mut Tag, limits: &ParseLimits) {
    tag.attrs.truncate(limits.max_attributes);
    for a in &mut tag.attrs {
        if a.value.len() > limits.max_attribute_len {
            a.value = StrTendril::new();
        }
    }
}

/// Tags that only mean something inside a `<table>`.
fn is_table_part(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("caption")
            | local_name!("colgroup")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
    )
}

type Counts = HashMap<LocalName, usize, BuildHasherDefault<FastHasher>>;

/// Start tags dropped inside one dropped scope boundary (or outside all).
#[derive(Default)]
struct DroppedFrame {
    /// The dropped scope boundary that opened the frame (none for the
    /// outermost frame).
    opener: Option<LocalName>,
    /// Start tags dropped in it and not yet closed, per name.
    counts: Counts,
}

/// A cheap model of the tree builder's stack of open elements: enough of the
/// HTML tree-construction rules (implied end tags, scopes) that its depth
/// tracks the real one on real pages. Where it errs it errs deep (it may drop a
/// start tag the tree builder would have closed implicitly), and the sink's own
/// depth check catches the rest.
#[derive(Default)]
pub(super) struct StackModel {
    stack: Vec<LocalName>,
    /// Open elements of each name the rules look for (see [`tracked`]), so
    /// that looking for one that is not open costs nothing; the others are
    /// found by scanning the stack from the top, where they nearly always are.
    counts: [u32; TRACKED],
    /// Positions of scope boundaries (table, td, html…).
    scopes: Vec<usize>,
    /// Positions of "special" elements that stop `li`/`dd`/`dt` closing and
    /// end tags of phrasing elements.
    barriers: Vec<usize>,
    /// Unclosed formatting start tags, per name and in all.
    formatting: HashMap<LocalName, usize, BuildHasherDefault<FastHasher>>,
    formatting_total: usize,
    /// Start tags dropped whose end tags are swallowed too, in frames: a
    /// dropped scope boundary (a table, a cell, an svg…) opens one, and an
    /// end tag is matched in the innermost frame only, as the tree builder
    /// looks for an element in scope only (an `</h3>` inside a table does not
    /// close the `<h3>` the table is in). Empty until the first drop.
    frames: Vec<DroppedFrame>,
    /// The frames opened by a `<table>` (`</table>` closes the nearest one
    /// from within its cells too).
    table_frames: usize,
    /// Dropped start tags still open, per name, over all frames, openers
    /// included.
    dropped: Counts,
    /// All of `dropped` (zero on nearly every page: no lookups then).
    dropped_total: usize,
    /// Open svg/math elements.
    foreign: usize,
}

impl StackModel {
    fn top_of(&self, name: &LocalName) -> Option<usize> {
        if let Some(i) = tracked(name) {
            if self.counts.get(i).is_none_or(|&n| n == 0) {
                return None;
            }
        }
        self.stack.iter().rposition(|n| n == name)
    }

    fn top_scope(&self) -> Option<usize> {
        self.scopes.last().copied()
    }

    /// `name` is open above every scope boundary (and above `extra`, if open).
    fn in_scope(&self, name: &LocalName, extra: Option<&LocalName>) -> Option<usize> {
        let pos = self.top_of(name)?;
        let mut limit = self.top_scope();
        if let Some(extra) = extra {
            limit = limit.max(self.top_of(extra));
        }
        match limit {
            Some(l) if l > pos => None,
            _ => Some(pos),
        }
    }

    fn push(&mut self, name: &LocalName) {
        let pos = self.stack.len();
        if let Some(n) = tracked(name).and_then(|i| self.counts.get_mut(i)) {
            *n += 1;
        }
        if is_scope_boundary(name) {
            self.scopes.push(pos);
        }
        if is_barrier(name) {
            self.barriers.push(pos);
        }
        if is_foreign_root(name) {
            self.foreign += 1;
        }
        self.stack.push(name.clone());
    }

    fn pop(&mut self) {
        let Some(name) = self.stack.pop() else { return };
        let pos = self.stack.len();
        if let Some(n) = tracked(&name).and_then(|i| self.counts.get_mut(i)) {
            *n = n.saturating_sub(1);
        }
        if self.scopes.last() == Some(&pos) {
            self.scopes.pop();
        }
        if self.barriers.last() == Some(&pos) {
            self.barriers.pop();
        }
        if is_foreign_root(&name) {
            self.foreign = self.foreign.saturating_sub(1);
        }
    }

    /// Pops until the stack has `pos` entries.
    fn truncate(&mut self, pos: usize) {
        while self.stack.len() > pos {
            self.pop();
        }
    }

    /// The text that stands for a dropped block-level tag: a space, but a
    /// no-break space where the current node is a table or a part of one
    /// that holds no text. There the tree builder keeps a run of spaces in
    /// the table while the text around it is foster-parented before the
    /// table, into one text node, where the words would join (the page
    /// without the limit has the dropped tag foster-parented too, between
    /// them). A no-break space is not white space to the tree builder, so it
    /// goes where the text goes; the segmenter reads it as a space.
    fn separator(&self) -> &'static str {
        let table_text = self.foreign == 0
            && self.stack.last().is_some_and(|n| {
                matches!(
                    *n,
                    local_name!("table")
                        | local_name!("tbody")
                        | local_name!("tfoot")
                        | local_name!("thead")
                        | local_name!("tr")
                )
            });
        if table_text {
            "\u{a0}"
        } else {
            " "
        }
    }

    /// Whether an `<svg>` or `<math>` start tag was dropped and its end tag
    /// has not come yet: the text here would be foreign content.
    fn in_dropped_foreign(&self) -> bool {
        self.dropped_total > 0
            && [local_name!("svg"), local_name!("math")]
                .iter()
                .any(|n| self.dropped.get(n).is_some_and(|&c| c > 0))
    }

    fn drop_start(&mut self, name: &LocalName) {
        if is_void(name) {
            return;
        }
        *self.dropped.entry(name.clone()).or_default() += 1;
        self.dropped_total += 1;
        if self.frames.is_empty() {
            self.frames.push(DroppedFrame::default());
        }
        if is_scope_boundary(name) {
            if *name == local_name!("table") {
                self.table_frames += 1;
            }
            self.frames.push(DroppedFrame {
                opener: Some(name.clone()),
                counts: Counts::default(),
            });
        } else if let Some(frame) = self.frames.last_mut() {
            *frame.counts.entry(name.clone()).or_default() += 1;
        }
    }

    /// `n` dropped start tags named `name` are closed.
    fn forget_dropped(&mut self, name: &LocalName, n: usize) {
        if let Some(c) = self.dropped.get_mut(name) {
            *c = c.saturating_sub(n);
        }
        self.dropped_total = self.dropped_total.saturating_sub(n);
    }

    /// Swallows an end tag that closes a dropped start tag: one of its name
    /// in the innermost frame, or the dropped boundary that opened a frame
    /// (with everything dropped inside it). False when it closes none.
    fn end_dropped(&mut self, name: &LocalName) -> bool {
        if self.dropped_total == 0 {
            return false;
        }
        if let Some(c) = self
            .frames
            .last_mut()
            .and_then(|f| f.counts.get_mut(name))
            .filter(|c| **c > 0)
        {
            *c -= 1;
            self.forget_dropped(name, 1);
            return true;
        }
        let top = self.frames.len().checked_sub(1);
        let close = if top
            .and_then(|t| self.frames.get(t))
            .is_some_and(|f| f.opener.as_ref() == Some(name))
        {
            top
        } else if *name == local_name!("table") && self.table_frames > 0 {
            self.frames
                .iter()
                .rposition(|f| f.opener.as_ref() == Some(name))
        } else {
            None
        };
        let Some(pos) = close else { return false };
        // Each frame is opened once and closed once: no quadratic rescans.
        for frame in self.frames.split_off(pos) {
            if let Some(opener) = frame.opener {
                if opener == local_name!("table") {
                    self.table_frames = self.table_frames.saturating_sub(1);
                }
                self.forget_dropped(&opener, 1);
            }
            for (n, c) in frame.counts {
                self.forget_dropped(&n, c);
            }
        }
        true
    }

    /// Applies a start tag; false when it must be dropped.
    fn start(&mut self, tag: &Tag, max_depth: usize) -> bool {
        let name = &tag.name;
        if is_void(name) || (tag.self_closing && self.foreign > 0) {
            return true;
        }
        // A row, cell or section tag outside any table is a parse error the
        // tree builder ignores (in HTML content). Pushing it would let its
        // end tag pass later, ignored too, where a real cell's end tag (its
        // table's start tag dropped past the depth limit) ends a block; it is
        // dropped instead, and separates the words around it like any
        // dropped block (a browser joins them, which is never worse to split).
        if self.table_part_outside(name) {
            return false;
        }
        self.implied_end_tags(name);
        if self.stack.len() >= max_depth {
            return false;
        }
        // `<a>` is exempt: a new one first closes the open one (adoption
        // agency), so they never pile up, and links matter downstream.
        if is_formatting(name) && *name != local_name!("a") {
            if self.formatting_total >= MAX_OPEN_FORMATTING {
                return false;
            }
            self.formatting_total += 1;
            *self.formatting.entry(name.clone()).or_default() += 1;
        }
        self.push(name);
        true
    }

    /// The end tags the tree builder implies before a start tag `name`.
    fn implied_end_tags(&mut self, name: &LocalName) {
        // Past a dropped scope boundary the start tag is inside it (a `<tr>`
        // in a dropped table, not a new row of the table the model holds):
        // the elements the model holds are outside its scope, and none of
        // them is closed, as none is by an end tag there (see [`Self::end`]).
        if self.boundary_dropped() {
            return;
        }
        if closes_p(name) {
            if let Some(pos) = self.in_scope(&local_name!("p"), Some(&local_name!("button"))) {
                self.truncate(pos);
            }
        }
        let barrier = self.barriers.last().copied();
        let above_barrier = |pos: Option<usize>| match (pos, barrier) {
            (Some(p), Some(b)) if p > b => Some(p),
            (Some(p), None) => Some(p),
            _ => None,
        };
        match *name {
            local_name!("li") => {
                if let Some(pos) = above_barrier(self.top_of(&local_name!("li"))) {
                    self.truncate(pos);
                }
            }
            local_name!("dd") | local_name!("dt") => {
                let top = self
                    .top_of(&local_name!("dd"))
                    .max(self.top_of(&local_name!("dt")));
                if let Some(pos) = above_barrier(top) {
                    self.truncate(pos);
                }
            }
            local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
                if self.stack.last().is_some_and(is_heading) =>
            {
                self.pop();
            }
            local_name!("td") | local_name!("th") => {
                let cell = self
                    .top_of(&local_name!("td"))
                    .max(self.top_of(&local_name!("th")));
                self.truncate_above_table(cell);
            }
            local_name!("tr") => {
                let row = self.top_of(&local_name!("tr"));
                self.truncate_above_table(row);
            }
            local_name!("tbody") | local_name!("thead") | local_name!("tfoot") => {
                let section = self
                    .top_of(&local_name!("tbody"))
                    .max(self.top_of(&local_name!("thead")))
                    .max(self.top_of(&local_name!("tfoot")));
                self.truncate_above_table(section);
            }
            // A table opened in a table but outside its cells closes it
            // first (in a cell it is a nested table). Not once a cell was
            // dropped past the depth limit: the model cannot tell then
            // whether the table is in that cell, and it errs deep, as
            // everywhere (closing would let a deep nest of tables rebuild
            // itself level by level instead of being flattened).
            local_name!("table") if self.foreign == 0 && !self.cell_dropped() => {
                if let Some(t) = self.top_of(&local_name!("table")) {
                    let cell = self
                        .top_of(&local_name!("td"))
                        .max(self.top_of(&local_name!("th")));
                    let template = self.top_of(&local_name!("template"));
                    if cell.is_none_or(|c| c < t) && template.is_none_or(|x| x < t) {
                        self.truncate(t);
                    }
                }
            }
            local_name!("option") => {
                if self.stack.last() == Some(&local_name!("option")) {
                    self.pop();
                }
            }
            local_name!("a") => {
                if let Some(pos) = above_barrier(self.top_of(&local_name!("a"))) {
                    self.truncate(pos);
                    self.forget_formatting(&local_name!("a"));
                }
            }
            _ => {}
        }
    }

    fn truncate_above_table(&mut self, pos: Option<usize>) {
        if let Some(pos) = pos {
            if self.top_of(&local_name!("table")).is_none_or(|t| pos > t) {
                self.truncate(pos);
            }
        }
    }

    fn forget_formatting(&mut self, name: &LocalName) {
        if let Some(n) = self.formatting.get_mut(name) {
            if *n > 0 {
                *n -= 1;
                self.formatting_total = self.formatting_total.saturating_sub(1);
            }
        }
    }

    /// Whether a scope boundary's start tag (`<table>`, a cell, …) was
    /// dropped and its end tag has not come yet.
    fn boundary_dropped(&self) -> bool {
        self.frames.len() > 1
    }

    /// Whether a `<td>` or `<th>` start tag was dropped and its end tag has
    /// not come yet.
    fn cell_dropped(&self) -> bool {
        self.dropped_total > 0
            && [local_name!("td"), local_name!("th")]
                .iter()
                .any(|n| self.dropped.get(n).is_some_and(|&c| c > 0))
    }

    /// A row, cell or section tag outside any table, in HTML content: the
    /// tree builder ignores it, start or end tag.
    fn table_part_outside(&self, name: &LocalName) -> bool {
        is_table_part(name) && self.foreign == 0 && self.top_of(&local_name!("table")).is_none()
    }

    /// Applies an end tag; false when it must be swallowed.
    fn end(&mut self, name: &LocalName) -> bool {
        if self.end_dropped(name) {
            return false;
        }
        // Ignored by the tree builder, it is dropped instead and separates
        // the words around it, as its start tag does.
        if self.table_part_outside(name) {
            return false;
        }
        // Past a dropped scope boundary (a table, a cell…) every element the
        // model holds is outside its scope: the tree builder would ignore
        // this end tag, which must not close them here either.
        if self.boundary_dropped() {
            return false;
        }
        // A heading's end tag closes a heading of any level: with none open
        // but one dropped, it is that one's end (the tree builder would
        // ignore it, and the words on either side would join).
        if self.dropped_total > 0
            && HEADINGS.contains(name)
            && HEADINGS.iter().all(|h| self.in_scope(h, None).is_none())
        {
            let dropped = self.frames.last_mut().and_then(|f| {
                let h = HEADINGS
                    .into_iter()
                    .find(|h| f.counts.get(h).is_some_and(|&n| n > 0))?;
                let n = f.counts.get_mut(&h)?;
                *n -= 1;
                Some(h)
            });
            if let Some(h) = dropped {
                self.forget_dropped(&h, 1);
                return false;
            }
        }
        // A formatting element closed in order is gone; one closed out of
        // order goes through the adoption agency, which leaves a clone in
        // the list of active formatting elements to be re-created after
        // every block, so it keeps counting against the cap.
        if is_formatting(name) && *name != local_name!("a") && self.stack.last() == Some(name) {
            self.forget_formatting(name);
        }
        match *name {
            // The tree builder never pops these on their end tags.
            local_name!("html") | local_name!("body") => {}
            local_name!("p") => {
                if let Some(pos) = self.in_scope(name, Some(&local_name!("button"))) {
                    self.truncate(pos);
                }
            }
            local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6") => {
                let top = HEADINGS.iter().filter_map(|h| self.in_scope(h, None)).max();
                if let Some(pos) = top {
                    self.truncate(pos);
                }
            }
            // `</table>` closes the table from within its cells too (it is
            // looked for in table scope, where only `template` and `html`
            // stop the search, not the cells' own scope).
            local_name!("table") => {
                if let Some(pos) = self.top_of(name) {
                    if self
                        .top_of(&local_name!("template"))
                        .is_none_or(|t| t < pos)
                    {
                        self.truncate(pos);
                    }
                }
            }
            _ if is_barrier(name) || is_scope_boundary(name) => {
                if let Some(pos) = self.in_scope(name, None) {
                    self.truncate(pos);
                }
            }
            _ => {
                let barrier = self.barriers.last().copied();
                if let Some(pos) = self.top_of(name) {
                    if barrier.is_none_or(|b| pos > b) {
                        self.truncate(pos);
                    }
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::tokenizer::{EndTag, StartTag};

    /// Feeds `tags` ("div", "/div", "path/") to a model; returns its depth.
    fn depth_after(tags: &[&str]) -> usize {
        let mut model = StackModel::default();
        for t in tags {
            let (kind, name) = match t.strip_prefix('/') {
                Some(n) => (EndTag, n),
                None => (StartTag, *t),
            };
            let self_closing = name.ends_with('/');
            let name = LocalName::from(name.trim_end_matches('/'));
            if kind == EndTag {
                model.end(&name);
            } else {
                let tag = Tag {
                    kind,
                    name,
                    self_closing,
                    attrs: Vec::new(),
                    had_duplicate_attributes: false,
                };
                if !model.start(&tag, 10_000) {
                    model.drop_start(&tag.name);
                }
            }
        }
        model.stack.len()
    }

    #[test]
    fn closed_scope_boundaries_leave_the_stack() {
        // Elements that bound a scope (svg, table, td…) are closed by their
        // own end tags: hundreds of icons or tables in a row must not pile
        // up into a depth that drops the page's later elements.
        let icon = ["button", "svg", "use", "/use", "/svg", "/button"];
        let table = [
            "table", "tbody", "tr", "td", "/td", "/tr", "/tbody", "/table",
        ];
        let mut tags = vec!["html", "body", "div"];
        for _ in 0..300 {
            tags.extend(icon);
            tags.extend(table);
        }
        assert_eq!(depth_after(&tags), 3);
        assert_eq!(depth_after(&["html", "body", "svg", "path/", "/svg"]), 2);
        // The element itself is in scope; a boundary above it still hides it.
        assert_eq!(depth_after(&["html", "body", "div", "table", "/div"]), 4);
    }

    #[test]
    fn start_tags_inside_a_dropped_table_close_nothing_outside_it() {
        // A `<tr>` after a table dropped past the depth limit is that table's
        // row: without the limit it would not close the outer table's open
        // cell. The model closed the cell, the row passed, the tree builder
        // closed the cell too, and the row's text, foster-parented before the
        // outer table, joined a word outside it (a fuzz find).
        let tag = |n: &str| Tag {
            kind: StartTag,
            name: LocalName::from(n),
            self_closing: false,
            attrs: Vec::new(),
            had_duplicate_attributes: false,
        };
        let mut model = StackModel::default();
        for n in ["table", "tr", "th", "div"] {
            assert!(model.start(&tag(n), 4), "{n}");
        }
        assert!(!model.start(&tag("table"), 4));
        model.drop_start(&LocalName::from("table"));
        assert!(!model.start(&tag("tr"), 4), "dropped with its table");
        assert_eq!(model.stack.len(), 4, "the outer cell stays open");
    }

    #[test]
    fn end_tags_inside_a_dropped_table_close_nothing_outside_it() {
        // An `<h3>` and a `<table>` in it, both dropped: the tree builder
        // would ignore the `</h3>` inside the table (the table bounds the
        // scope), so it must not take the dropped heading's count, or the
        // real `</h3>` after the table passes, ends nothing, and the words
        // on either side join (a fuzz find).
        let mut model = StackModel::default();
        let h3 = LocalName::from("h3");
        let table = LocalName::from("table");
        model.drop_start(&h3);
        model.drop_start(&table);
        assert!(!model.end(&h3), "ignored inside the table");
        assert!(model.boundary_dropped());
        assert!(!model.end(&table), "the dropped table's own end");
        assert!(!model.boundary_dropped());
        assert!(!model.end(&h3), "the dropped heading's own end");
        assert_eq!(model.dropped_total, 0);
        // `</table>` from within a dropped cell closes the table and all
        // that was dropped inside it.
        for t in ["table", "tbody", "tr", "td", "div"] {
            model.drop_start(&LocalName::from(t));
        }
        assert!(!model.end(&table));
        assert_eq!((model.dropped_total, model.frames.len()), (0, 1));
    }

    #[test]
    fn table_parts_outside_a_table_are_ignored() {
        // The tree builder ignores them in body: so does the model, or a
        // later </th> would pass the filter and end nothing (a fuzz find:
        // a cell's word joined the next one past the depth limit).
        assert_eq!(
            depth_after(&["html", "body", "div", "th", "tr", "tbody"]),
            3
        );
        assert_eq!(depth_after(&["html", "body", "table", "tr", "th"]), 5);
        // In SVG they are foreign elements like any other.
        assert_eq!(depth_after(&["html", "body", "svg", "td"]), 4);
    }
}
