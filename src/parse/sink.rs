//! html5ever's tree sink, building a linked tree in one vector.
//!
//! The tree builder needs a mutable tree while it parses (it moves nodes for
//! mis-nested tags, foster-parents table text, inserts before siblings), so
//! the nodes are linked both ways by index. Handles are indices: nothing is
//! reference-counted, no node is allocated on its own, and nothing has to be
//! torn down node by node afterwards. Once parsing is done, [`Builder::take_dom`]
//! moves the tree into the pre-order [`Dom`] the later stages read.
//!
//! The sink also counts elements (the filter stops feeding past the limit)
//! and records each element's depth where it is attached; should the tree
//! ever get deeper than the filter's model allows, it sets the stop flag so
//! that no further element is built.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{ns, Attribute, LocalName, Namespace, QualName};

use super::Shared;
use crate::dom::{Dom, Element, NodeData};

/// A node handle: its index in the builder.
pub(super) type Handle = usize;

/// Most nodes a [`Link`] can address.
const MAX_NODES: usize = (u32::MAX - 1) as usize;

/// The document node's index.
const DOCUMENT: Handle = 0;

enum Data {
    Document,
    /// An element; its name is kept beside the nodes ([`Builder::names`]),
    /// so that a node stays small (a page of 250,000 elements has up to
    /// some 750,000 nodes).
    Element {
        attrs: Vec<Attribute>,
        /// A `<template>`'s content fragment (never part of the document).
        template: Link,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, processing instructions, template fragments: never read.
    Other,
}

/// A link to another node: its index plus one in 32 bits, 0 for none
/// (node counts stay far below 2³² because the element limit stops the
/// parse long before; see [`Builder::create_element`]).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Link(u32);

impl Link {
    const NONE: Link = Link(0);

    fn to(h: Handle) -> Link {
        u32::try_from(h + 1).map_or(Link::NONE, Link)
    }

    fn get(self) -> Option<Handle> {
        (self.0 as usize).checked_sub(1)
    }
}

struct Node {
    parent: Link,
    first: Link,
    last: Link,
    prev: Link,
    next: Link,
    /// Element depth where the node was attached (0: the document).
    depth: u32,
    data: Data,
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: Link::NONE,
            first: Link::NONE,
            last: Link::NONE,
            prev: Link::NONE,
            next: Link::NONE,
            depth: 0,
            data,
        }
    }
}

/// The nodes, linked.
struct Tree {
    nodes: Vec<Node>,
    /// Each node's index in [`Builder::names`] (0 for nodes other than
    /// elements), beside the nodes: the tree builder asks for names far
    /// more often than for anything else (scope checks walk its stack), and
    /// this keeps them dense.
    name_of: Vec<u32>,
}

impl Tree {
    /// Adds a node; `name`, its index in [`Builder::names`].
    fn push(&mut self, data: Data, name: u32) -> Handle {
        self.name_of.push(name);
        self.nodes.push(Node::new(data));
        self.nodes.len() - 1
    }

    fn get(&self, h: Handle) -> Option<&Node> {
        self.nodes.get(h)
    }

    fn get_mut(&mut self, h: Handle) -> Option<&mut Node> {
        self.nodes.get_mut(h)
    }

    fn parent(&self, h: Handle) -> Option<Handle> {
        self.get(h).and_then(|n| n.parent.get())
    }

    /// Detaches `h` from its parent, if it has one.
    fn unlink(&mut self, h: Handle) {
        let Some(n) = self.get_mut(h) else { return };
        let parent = std::mem::replace(&mut n.parent, Link::NONE);
        let prev = std::mem::replace(&mut n.prev, Link::NONE);
        let next = std::mem::replace(&mut n.next, Link::NONE);
        let Some(p) = parent.get() else { return };
        match prev.get().and_then(|x| self.get_mut(x)) {
            Some(x) => x.next = next,
            None => {
                if let Some(pn) = self.get_mut(p) {
                    pn.first = next;
                }
            }
        }
        match next.get().and_then(|x| self.get_mut(x)) {
            Some(x) => x.prev = prev,
            None => {
                if let Some(pn) = self.get_mut(p) {
                    pn.last = prev;
                }
            }
        }
    }

    /// Attaches detached `c` as the last child of `p`.
    fn link_last(&mut self, p: Handle, c: Handle) {
        let Some((last, depth)) = self.get(p).map(|n| (n.last, n.depth.saturating_add(1))) else {
            return;
        };
        if let Some(cn) = self.get_mut(c) {
            cn.parent = Link::to(p);
            cn.prev = last;
            cn.next = Link::NONE;
            cn.depth = depth;
        }
        match last.get().and_then(|l| self.get_mut(l)) {
            Some(l) => l.next = Link::to(c),
            None => {
                if let Some(pn) = self.get_mut(p) {
                    pn.first = Link::to(c);
                }
            }
        }
        if let Some(pn) = self.get_mut(p) {
            pn.last = Link::to(c);
        }
    }

    /// Attaches detached `c` just before `sibling`, which has a parent.
    fn link_before(&mut self, sibling: Handle, c: Handle) {
        let Some((parent, prev, depth)) = self
            .get(sibling)
            .and_then(|s| Some((s.parent.get()?, s.prev, s.depth)))
        else {
            return;
        };
        if let Some(cn) = self.get_mut(c) {
            cn.parent = Link::to(parent);
            cn.prev = prev;
            cn.next = Link::to(sibling);
            cn.depth = depth;
        }
        if let Some(s) = self.get_mut(sibling) {
            s.prev = Link::to(c);
        }
        match prev.get().and_then(|x| self.get_mut(x)) {
            Some(x) => x.next = Link::to(c),
            None => {
                if let Some(pn) = self.get_mut(parent) {
                    pn.first = Link::to(c);
                }
            }
        }
    }

    /// Appends `text` to node `h` if it is a text node.
    fn extend_text(&mut self, h: Option<Handle>, text: &StrTendril) -> bool {
        match h.and_then(|h| self.get_mut(h)).map(|n| &mut n.data) {
            Some(Data::Text(t)) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }
}

/// The tree sink.
pub(super) struct Builder {
    tree: RefCell<Tree>,
    /// The elements' names, in the order they were created, after a
    /// placeholder (index 0) for every other node. Apart from the tree, so
    /// that the tree builder can be lent a name (see [`Name`]) while it goes
    /// on changing the tree.
    names: RefCell<Vec<(Namespace, LocalName)>>,
    shared: Rc<Shared>,
    hard_depth: usize,
    max_attributes: usize,
    /// Elements that may be React streaming parts: `<div id="S:n">` and
    /// `<template id="B:n">`/`"P:n"` (see [`streamed_placements`]), noted
    /// as they are created so that no pass over the tree looks for them.
    streamed: RefCell<Vec<Handle>>,
}

impl Builder {
    /// `capacity`: nodes to make room for up front.
    pub(super) fn new(
        shared: Rc<Shared>,
        hard_depth: usize,
        max_attributes: usize,
        capacity: usize,
    ) -> Builder {
        let mut nodes = Vec::with_capacity(capacity.max(1));
        nodes.push(Node::new(Data::Document));
        let mut name_of = Vec::with_capacity(capacity.max(1));
        name_of.push(0);
        // About half of the nodes are elements.
        let mut names = Vec::with_capacity(capacity.max(2) / 2);
        names.push(NO_NAME.clone());
        Builder {
            tree: RefCell::new(Tree { nodes, name_of }),
            names: RefCell::new(names),
            shared,
            hard_depth,
            max_attributes,
            streamed: RefCell::new(Vec::new()),
        }
    }

    /// Records an element attached at `h`: too deep means stop building.
    fn check_depth(&self, tree: &Tree, h: Handle) {
        let deep = tree
            .get(h)
            .is_some_and(|n| n.depth as usize > self.hard_depth);
        if deep {
            self.shared.stop.set(true);
        }
    }

    /// Moves the document into the pre-order arena, iteratively; comments,
    /// doctypes and template contents are left behind, text and attributes
    /// are moved, not copied; React's streamed segments are read at their
    /// placeholders (see [`streamed_placements`]).
    pub(super) fn take_dom(&self) -> Dom {
        let mut tree = self.tree.replace(Tree {
            nodes: Vec::new(),
            name_of: Vec::new(),
        });
        let names = self.names.replace(Vec::new());
        let streamed = self.streamed.replace(Vec::new());
        let (placed_at, placed) = streamed_placements(&tree, &names, &streamed, self.hard_depth);
        let mut dom = Dom::default();
        dom.nodes.reserve(tree.nodes.len());
        let mut stack = vec![Step::Enter(DOCUMENT, None)];
        while let Some(step) = stack.pop() {
            let (h, parent) = match step {
                Step::Exit(id) => {
                    dom.close(id);
                    continue;
                }
                Step::Enter(h, p) => (h, p),
            };
            if !placed.is_empty() {
                if placed.contains(&h) {
                    continue;
                }
                if let Some(&segment) = placed_at.get(&h) {
                    // The placeholder gives way to the segment's children.
                    push_children(&mut stack, &tree, segment, parent);
                    continue;
                }
            }
            let Some(node) = tree.nodes.get_mut(h) else {
                continue;
            };
            let data = match std::mem::replace(&mut node.data, Data::Other) {
                Data::Document => NodeData::Document,
                Data::Text(t) => NodeData::Text(t),
                Data::Element { attrs, .. } => {
                    let (ns, name) = tree
                        .name_of
                        .get(h)
                        .and_then(|&i| names.get(i as usize))
                        .cloned()
                        .unwrap_or_default();
                    NodeData::Element(Element {
                        foreign: ns != ns!(html),
                        name,
                        attrs: attrs.into_boxed_slice(),
                    })
                }
                Data::Other => continue,
            };
            let is_text = matches!(data, NodeData::Text(_));
            let Some(id) = dom.open(parent, data) else {
                // Full (never on a real page): the rest is left out, the
                // open subtrees still close.
                continue;
            };
            if is_text {
                continue;
            }
            stack.push(Step::Exit(id));
            push_children(&mut stack, &tree, h, Some(id));
        }
        dom
    }
}

/// One step of [`Builder::take_dom`]'s walk.
enum Step {
    /// Enter a node, with its parent's id in the arena.
    Enter(Handle, Option<usize>),
    /// Close an arena node: its subtree is done.
    Exit(usize),
}

/// Pushes `h`'s children, last first (so that they pop in order), to be
/// entered under `parent`.
fn push_children(stack: &mut Vec<Step>, tree: &Tree, h: Handle, parent: Option<usize>) {
    let mut child = tree.get(h).and_then(|n| n.last.get());
    while let Some(c) = child {
        stack.push(Step::Enter(c, parent));
        child = tree.get(c).and_then(|n| n.prev.get());
    }
}

/// Where React's streamed segments go: placeholder handle -> segment handle,
/// and the segments so placed.
///
/// A server streaming a React page sends each part that was late as
/// `<div hidden id="S:n">` at the end of the document, and a script at once
/// moves its children into the part's placeholder, `<template id="B:n">`
/// (a boundary; `P:n` for a segment of one), earlier in the page. Read where
/// the browser shows them, the parts sit in their section rather than after
/// the footer, beside the article, product or list they belong to (wcxb-dev:
/// 33 pages stream segments; half A 0046 +0.030, 0625 +0.029, 2838 +0.010,
/// 4503 +0.009, 2914 -0.003; half B 0620 +0.056, 2923 +0.041). The
/// placeholder's fallback (a spinner, up to React's end-of-boundary comment)
/// stays: comments are not read, and fallbacks hold no text.
///
/// Each segment goes to the first placeholder of its number. A placeholder
/// inside a placed segment is reached only if that segment's own placeholder
/// is: should a chain of them loop or run past [`MAX_SEGMENT_CHAIN`] links,
/// nothing on the page is moved (a segment left at the end is still read;
/// one placed where the walk never goes would be lost).
fn streamed_placements(
    tree: &Tree,
    names: &[(Namespace, LocalName)],
    candidates: &[Handle],
    hard_depth: usize,
) -> (
    std::collections::HashMap<Handle, Handle>,
    std::collections::HashSet<Handle>,
) {
    use std::collections::{HashMap, HashSet};
    let none = (HashMap::new(), HashSet::new());
    let number = |id: &str, prefix: &str| {
        id.strip_prefix(prefix)
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
            .map(str::to_owned)
    };
    let mut segments: HashMap<String, Handle> = HashMap::new();
    let mut placeholders: Vec<(String, Handle)> = Vec::new();
    if candidates.is_empty() {
        return none;
    }
    for &h in candidates {
        let Some(Data::Element { attrs, .. }) = tree.get(h).map(|n| &n.data) else {
            continue;
        };
        let Some(id) = attrs
            .iter()
            .find(|a| a.name.local == html5ever::local_name!("id") && a.name.ns.is_empty())
            .map(|a| &*a.value)
        else {
            continue;
        };
        let name = tree
            .name_of
            .get(h)
            .and_then(|&i| names.get(i as usize))
            .filter(|(ns, _)| *ns == ns!(html))
            .map(|(_, n)| n);
        match name {
            Some(&html5ever::local_name!("div"))
                if attrs
                    .iter()
                    .any(|a| a.name.local == html5ever::local_name!("hidden")) =>
            {
                if let Some(n) = number(id, "S:") {
                    segments.entry(n).or_insert(h);
                }
            }
            Some(&html5ever::local_name!("template")) => {
                if let Some(n) = number(id, "B:").or_else(|| number(id, "P:")) {
                    placeholders.push((n, h));
                }
            }
            _ => {}
        }
    }
    if segments.is_empty() || placeholders.is_empty() {
        return none;
    }
    let mut placed_at = HashMap::new();
    let mut placed = HashSet::new();
    for (n, t) in placeholders {
        if let Some(s) = segments.remove(&n) {
            placed_at.insert(t, s);
            placed.insert(s);
        }
    }
    if placed.is_empty() {
        return none;
    }
    let segment_of: HashMap<Handle, Handle> = placed_at.iter().map(|(&t, &s)| (s, t)).collect();
    // The nearest placed segment holding `h`, if any (the tree is never
    // deeper than `hard_depth`).
    let holder = |h: Handle| {
        let mut at = tree.parent(h);
        for _ in 0..=hard_depth {
            let a = at?;
            if placed.contains(&a) {
                return Some(a);
            }
            at = tree.parent(a);
        }
        None
    };
    // Per placed segment, whether its placeholder, followed out through
    // the segments holding it, reaches the page: each segment resolved
    // once, so a hostile page of many placeholders inside one deep chain
    // costs one walk up the tree per placeholder and per segment, not one
    // per link of the chain for each placeholder.
    let mut reaches: HashMap<Handle, bool> = HashMap::new();
    for &t in placed_at.keys() {
        let mut path = Vec::new();
        let mut at = t;
        let verdict = loop {
            let Some(s) = holder(at) else {
                break true;
            };
            if let Some(&known) = reaches.get(&s) {
                break known;
            }
            if path.len() >= MAX_SEGMENT_CHAIN {
                break false;
            }
            path.push(s);
            match segment_of.get(&s) {
                Some(&next) => at = next,
                None => break false,
            }
        };
        if !verdict {
            return none;
        }
        reaches.extend(path.into_iter().map(|s| (s, verdict)));
    }
    (placed_at, placed)
}

/// Most placeholders nested in placed segments followed from one
/// placeholder to the page (React nests a few; a longer chain is a loop).
const MAX_SEGMENT_CHAIN: usize = 64;

/// The name of every node but an element.
static NO_NAME: (Namespace, LocalName) = (ns!(), html5ever::local_name!(""));

/// What the tree builder is told of a handle that is no node at all (it
/// only asks of elements).
static UNKNOWN: (Namespace, LocalName) = (ns!(html), html5ever::local_name!(""));

/// An element's name, as the tree builder asks for it: lent, not copied
/// (it asks for names millions of times per page set, mostly to check
/// scopes). html5ever 0.40's tree builder reads a name and lets it go before
/// it creates the next element; should it ever hold one while creating an
/// element, that element goes nameless (see [`TreeSink::create_element`])
/// rather than anything panicking.
pub(super) enum Name<'a> {
    Lent(Ref<'a, (Namespace, LocalName)>),
    Fixed(&'static (Namespace, LocalName)),
}

impl Name<'_> {
    fn get(&self) -> &(Namespace, LocalName) {
        match self {
            Name::Lent(n) => n,
            Name::Fixed(n) => n,
        }
    }
}

impl std::fmt::Debug for Name<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl html5ever::interface::ElemName for Name<'_> {
    fn ns(&self) -> &Namespace {
        &self.get().0
    }

    fn local_name(&self) -> &LocalName {
        &self.get().1
    }
}

impl TreeSink for Builder {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = Name<'a>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Name<'a> {
        // The tree builder only asks for elements' names.
        let Some(i) = self.tree.borrow().name_of.get(*target).copied() else {
            return Name::Fixed(&UNKNOWN);
        };
        let Ok(names) = self.names.try_borrow() else {
            return Name::Fixed(&UNKNOWN);
        };
        match Ref::filter_map(names, |n| n.get(i as usize)) {
            Ok(name) => Name::Lent(name),
            Err(_) => Name::Fixed(&UNKNOWN),
        }
    }

    fn create_element(
        &self,
        name: QualName,
        mut attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Handle {
        // The tokenizer's list, cut by the filter, may hold room for more
        // than it keeps: on a page dense in elements the room adds up.
        attrs.shrink_to_fit();
        self.shared.elements.set(self.shared.elements.get() + 1);
        let mut tree = self.tree.borrow_mut();
        if tree.nodes.len() >= MAX_NODES {
            // Links are 32 bits: stop building (never reached with any
            // sensible element limit).
            self.shared.stop.set(true);
        }
        let template = if flags.template {
            Link::to(tree.push(Data::Other, 0))
        } else {
            Link::NONE
        };
        // A possible React streaming part (see [`streamed_placements`]).
        let part = matches!(
            name.local,
            html5ever::local_name!("div") | html5ever::local_name!("template")
        ) && attrs.iter().any(|a| {
            a.name.local == html5ever::local_name!("id")
                && ["S:", "B:", "P:"].iter().any(|p| a.value.starts_with(p))
        });
        // Never refused (see [`Name`]); if it were, the element would be
        // built without its name.
        let index = match self.names.try_borrow_mut() {
            Ok(mut names) => {
                let i = u32::try_from(names.len()).unwrap_or(0);
                names.push((name.ns, name.local));
                i
            }
            Err(_) => 0,
        };
        let h = tree.push(
            Data::Element {
                attrs,
                template,
                mathml_annotation_xml_integration_point: flags
                    .mathml_annotation_xml_integration_point,
            },
            index,
        );
        if part {
            if let Ok(mut streamed) = self.streamed.try_borrow_mut() {
                streamed.push(h);
            }
        }
        h
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.tree.borrow_mut().push(Data::Other, 0)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.tree.borrow_mut().push(Data::Other, 0)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let mut tree = self.tree.borrow_mut();
        match child {
            NodeOrText::AppendText(text) => {
                let last = tree.get(*parent).and_then(|n| n.last.get());
                if !tree.extend_text(last, &text) {
                    let t = tree.push(Data::Text(text), 0);
                    tree.link_last(*parent, t);
                }
            }
            NodeOrText::AppendNode(node) => {
                tree.unlink(node);
                tree.link_last(*parent, node);
                self.check_depth(&tree, node);
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.tree.borrow().parent(*element).is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match self.tree.borrow().get(*target).map(|n| &n.data) {
            Some(Data::Element { template, .. }) if template.get().is_some() => {
                template.get().unwrap_or(*target)
            }
            // Never asked of anything but a template; any node will do.
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, child: NodeOrText<Handle>) {
        let mut tree = self.tree.borrow_mut();
        if tree.parent(*sibling).is_none() {
            return;
        }
        match child {
            NodeOrText::AppendText(text) => {
                let prev = tree.get(*sibling).and_then(|s| s.prev.get());
                if !tree.extend_text(prev, &text) {
                    let t = tree.push(Data::Text(text), 0);
                    tree.link_before(*sibling, t);
                }
            }
            NodeOrText::AppendNode(node) => {
                tree.unlink(node);
                tree.link_before(*sibling, node);
                self.check_depth(&tree, node);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let max = self.max_attributes;
        let mut tree = self.tree.borrow_mut();
        if let Some(Data::Element {
            attrs: existing, ..
        }) = tree.get_mut(*target).map(|n| &mut n.data)
        {
            // Both lists are capped, so this is at most max² comparisons.
            for a in attrs {
                if existing.len() >= max {
                    break;
                }
                if !existing.iter().any(|e| e.name == a.name) {
                    existing.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.tree.borrow_mut().unlink(*target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut tree = self.tree.borrow_mut();
        let mut child = tree.get(*node).and_then(|n| n.first.get());
        while let Some(c) = child {
            child = tree.get(c).and_then(|n| n.next.get());
            tree.unlink(c);
            tree.link_last(*new_parent, c);
        }
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.tree.borrow().get(*handle).map(|n| &n.data),
            Some(Data::Element {
                mathml_annotation_xml_integration_point: true,
                ..
            })
        )
    }
}
