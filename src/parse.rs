//! Stage 1: HTML text → [`Dom`], with the limits that keep html5ever linear.
//!
//! html5ever's tree builder scans its stack of open elements on most tags, so a
//! page nested N deep costs O(N²) (html5ever issue #788), and mis-nested
//! formatting tags make it re-create elements without end. Two guards sit
//! around it:
//!
//! * a token filter between the tokenizer and the tree builder keeps a cheap
//!   model of the stack of open elements and drops start tags past the depth
//!   limit (and their matching end tags), drops start tags past the element
//!   limit, caps unclosed formatting elements, trims attributes and drops
//!   comments;
//! * the tree sink wraps [`RcDom`], records each element's depth and, should the
//!   tree ever get deeper than the model allows, stops all further elements.
//!
//! The `RcDom` is then copied into the arena in one iterative walk and dropped
//! here: no html5ever or rcdom value leaves this module.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use crate::dom::{Dom, Element, NodeData, NodeId};
use crate::limits::{DEPTH_SLACK, MAX_OPEN_FORMATTING};

/// The limits applied while parsing (from [`Options`](crate::Options)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParseLimits {
    pub(crate) max_depth: usize,
    pub(crate) max_elements: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_attribute_len: usize,
}

/// Parses `html` into the arena, within `limits`.
pub(crate) fn parse(html: &str, limits: &ParseLimits) -> Dom {
    let shared = Rc::new(Shared::default());
    let sink = GuardSink {
        inner: RcDom::default(),
        shared: Rc::clone(&shared),
        depths: RefCell::default(),
        hard_depth: limits.max_depth.saturating_add(DEPTH_SLACK),
    };
    let opts = TreeBuilderOpts {
        // Parse <noscript> content as markup, as a browser with scripts off
        // does; the prune stage decides what to do with it.
        scripting_enabled: false,
        ..TreeBuilderOpts::default()
    };
    let filter = Filter {
        tree: TreeBuilder::new(sink, opts),
        shared,
        limits: *limits,
        model: RefCell::new(StackModel::default()),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // The filter turns every result but Done into Continue, so this loop ends
    // once the input is consumed.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    let rc = &tokenizer.sink.tree.sink.inner;
    to_arena(rc)
}

/// State shared by the filter and the sink.
#[derive(Default)]
struct Shared {
    /// Elements created so far.
    elements: Cell<usize>,
    /// Set when the tree got deeper than the filter's model allows.
    stop: Cell<bool>,
}

// ---------------------------------------------------------------------------
// Token filter
// ---------------------------------------------------------------------------

struct Filter {
    tree: TreeBuilder<Handle, GuardSink>,
    shared: Rc<Shared>,
    limits: ParseLimits,
    model: RefCell<StackModel>,
}

impl TokenSink for Filter {
    type Handle = Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        let token = match token {
            // Neither is ever used downstream; the tree builder would only
            // store them.
            Token::CommentToken(_) | Token::ParseError(_) => return TokenSinkResult::Continue,
            TagToken(tag) => match self.filter_tag(tag) {
                Some(tag) => TagToken(tag),
                None => return TokenSinkResult::Continue,
            },
            other => other,
        };
        match self.tree.process_token(token, line) {
            // Scripts are never run and the input is already decoded, so both
            // of these just mean "go on".
            TokenSinkResult::Script(_) | TokenSinkResult::EncodingIndicator(_) => {
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    fn end(&self) {
        self.tree.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.tree
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl Filter {
    /// Returns the tag to pass on, or `None` to drop it.
    fn filter_tag(&self, mut tag: Tag) -> Option<Tag> {
        let mut model = self.model.borrow_mut();
        match tag.kind {
            StartTag => {
                if self.shared.stop.get() || self.shared.elements.get() >= self.limits.max_elements
                {
                    model.drop_start(&tag.name);
                    return None;
                }
                if !model.start(&tag, self.limits.max_depth) {
                    model.drop_start(&tag.name);
                    return None;
                }
                tag.attrs.truncate(self.limits.max_attributes);
                for a in &mut tag.attrs {
                    if a.value.len() > self.limits.max_attribute_len {
                        a.value = StrTendril::new();
                    }
                }
                Some(tag)
            }
            EndTag => model.end(&tag.name).then_some(tag),
        }
    }
}

/// A cheap model of the tree builder's stack of open elements: enough of the
/// HTML tree-construction rules (implied end tags, scopes) that its depth
/// tracks the real one on real pages. Where it errs it errs deep (it may drop a
/// start tag the tree builder would have closed implicitly), and the sink's own
/// depth check catches the rest.
#[derive(Default)]
struct StackModel {
    stack: Vec<LocalName>,
    /// Open positions of each element name.
    open: HashMap<LocalName, Vec<usize>, BuildHasherDefault<AtomHasher>>,
    /// Positions of scope boundaries (table, td, html…).
    scopes: Vec<usize>,
    /// Positions of "special" elements that stop `li`/`dd`/`dt` closing and
    /// end tags of phrasing elements.
    barriers: Vec<usize>,
    /// Unclosed formatting start tags, per name and in all.
    formatting: HashMap<LocalName, usize, BuildHasherDefault<AtomHasher>>,
    formatting_total: usize,
    /// Start tags dropped, per name, whose end tags are swallowed too.
    dropped: HashMap<LocalName, usize, BuildHasherDefault<AtomHasher>>,
    /// Open svg/math elements.
    foreign: usize,
}

impl StackModel {
    fn top_of(&self, name: &LocalName) -> Option<usize> {
        self.open.get(name).and_then(|v| v.last().copied())
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
            Some(l) if l >= pos => None,
            _ => Some(pos),
        }
    }

    fn push(&mut self, name: &LocalName) {
        let pos = self.stack.len();
        self.open.entry(name.clone()).or_default().push(pos);
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
        if let Some(v) = self.open.get_mut(&name) {
            v.pop();
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

    fn drop_start(&mut self, name: &LocalName) {
        if !is_void(name) {
            *self.dropped.entry(name.clone()).or_default() += 1;
        }
    }

    /// Applies a start tag; false when it must be dropped.
    fn start(&mut self, tag: &Tag, max_depth: usize) -> bool {
        let name = &tag.name;
        if is_void(name) || (tag.self_closing && self.foreign > 0) {
            return true;
        }
        self.implied_end_tags(name);
        if self.stack.len() >= max_depth {
            return false;
        }
        if is_formatting(name) {
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

    /// Applies an end tag; false when it must be swallowed.
    fn end(&mut self, name: &LocalName) -> bool {
        if let Some(n) = self.dropped.get_mut(name) {
            if *n > 0 {
                *n -= 1;
                return false;
            }
        }
        if is_formatting(name) {
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

const HEADINGS: [LocalName; 6] = [
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];

fn is_heading(name: &LocalName) -> bool {
    HEADINGS.contains(name)
}

fn is_foreign_root(name: &LocalName) -> bool {
    matches!(*name, local_name!("svg") | local_name!("math"))
}

/// Elements that never have content (never pushed on the stack).
pub(crate) fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("frame")
            | local_name!("hr")
            | local_name!("image")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

fn is_formatting(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("a")
            | local_name!("b")
            | local_name!("big")
            | local_name!("code")
            | local_name!("em")
            | local_name!("font")
            | local_name!("i")
            | local_name!("nobr")
            | local_name!("s")
            | local_name!("small")
            | local_name!("strike")
            | local_name!("strong")
            | local_name!("tt")
            | local_name!("u")
    )
}

/// The default scope's boundaries (HTML "has an element in scope").
fn is_scope_boundary(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("applet")
            | local_name!("caption")
            | local_name!("html")
            | local_name!("table")
            | local_name!("td")
            | local_name!("th")
            | local_name!("marquee")
            | local_name!("object")
            | local_name!("template")
            | local_name!("svg")
            | local_name!("math")
    )
}

/// HTML's "special" elements other than address, div and p (and the list item
/// elements themselves): they stop `li`/`dd`/`dt` auto-closing and the end
/// tags of phrasing elements.
fn is_barrier(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("applet")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("button")
            | local_name!("caption")
            | local_name!("center")
            | local_name!("colgroup")
            | local_name!("details")
            | local_name!("dir")
            | local_name!("dl")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("frameset")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("head")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("html")
            | local_name!("iframe")
            | local_name!("listing")
            | local_name!("main")
            | local_name!("marquee")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("object")
            | local_name!("ol")
            | local_name!("pre")
            | local_name!("script")
            | local_name!("search")
            | local_name!("section")
            | local_name!("select")
            | local_name!("style")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("template")
            | local_name!("textarea")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("title")
            | local_name!("tr")
            | local_name!("ul")
            | local_name!("xmp")
    )
}

/// Start tags that close an open `p` (HTML tree construction, "in body").
fn closes_p(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("center")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dd")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("li")
            | local_name!("listing")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("p")
            | local_name!("plaintext")
            | local_name!("pre")
            | local_name!("search")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("ul")
            | local_name!("xmp")
    )
}

/// Hashes interned atoms and node addresses: both are already well spread.
#[derive(Default)]
struct AtomHasher(u64);

impl Hasher for AtomHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

// ---------------------------------------------------------------------------
// Tree sink
// ---------------------------------------------------------------------------

/// `RcDom` plus element counting, depth tracking and no stored parse errors.
struct GuardSink {
    inner: RcDom,
    shared: Rc<Shared>,
    /// Depth of each element, by node address.
    depths: RefCell<HashMap<usize, usize, BuildHasherDefault<AtomHasher>>>,
    hard_depth: usize,
}

impl GuardSink {
    fn depth_of(&self, h: &Handle) -> usize {
        let key = Rc::as_ptr(h) as usize;
        self.depths.borrow().get(&key).copied().unwrap_or(0)
    }

    fn record(&self, child: &NodeOrText<Handle>, depth: usize) {
        if let NodeOrText::AppendNode(h) = child {
            if matches!(h.data, RcData::Element { .. }) {
                self.depths
                    .borrow_mut()
                    .insert(Rc::as_ptr(h) as usize, depth);
                if depth > self.hard_depth {
                    self.shared.stop.set(true);
                }
            }
        }
    }
}

impl TreeSink for GuardSink {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = <RcDom as TreeSink>::ElemName<'a>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.shared.elements.set(self.shared.elements.get() + 1);
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.inner.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.inner.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.record(&child, self.depth_of(parent) + 1);
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let depth = self.depth_of(element).max(self.depth_of(prev_element) + 1);
        self.record(&child, depth);
        self.inner
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.inner.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        self.record(&new_node, self.depth_of(sibling));
        self.inner.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.inner.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.inner.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.inner
            .is_mathml_annotation_xml_integration_point(handle)
    }
}

// ---------------------------------------------------------------------------
// RcDom → arena
// ---------------------------------------------------------------------------

enum Step {
    Enter(Handle, Option<NodeId>),
    Exit(NodeId),
}

/// Moves the parsed tree into the arena, in document order, iteratively.
/// Comments, doctypes, processing instructions and template contents are left
/// behind; text and attributes are moved, not copied.
fn to_arena(rc: &RcDom) -> Dom {
    let mut dom = Dom::default();
    let mut stack = vec![Step::Enter(rc.document.clone(), None)];
    while let Some(step) = stack.pop() {
        let (handle, parent) = match step {
            Step::Exit(id) => {
                dom.close(id);
                continue;
            }
            Step::Enter(h, p) => (h, p),
        };
        let data = match &handle.data {
            RcData::Document => NodeData::Document,
            RcData::Text { contents } => {
                NodeData::Text(std::mem::take(&mut *contents.borrow_mut()))
            }
            RcData::Element { name, attrs, .. } => NodeData::Element(Element {
                name: name.local.clone(),
                attrs: std::mem::take(&mut *attrs.borrow_mut()),
                foreign: name.ns != ns!(html),
            }),
            _ => continue,
        };
        let is_text = matches!(data, NodeData::Text(_));
        let id = dom.open(parent, data);
        if is_text {
            continue;
        }
        stack.push(Step::Exit(id));
        let children = handle.children.borrow();
        for child in children.iter().rev() {
            stack.push(Step::Enter(child.clone(), Some(id)));
        }
    }
    dom
}
