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
use std::cell::RefCell;
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{ns, Attribute, LocalName, Namespace, QualName};

use super::Shared;
use crate::dom::{Dom, Element, NodeData};

/// A node handle: its index in the builder.
pub(super) type Handle = usize;

/// The document node's index.
const DOCUMENT: Handle = 0;

enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// A `<template>`'s content fragment (never part of the document).
        template: Option<Handle>,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Comments, processing instructions, template fragments: never read.
    Other,
}

struct Node {
    parent: Option<Handle>,
    first: Option<Handle>,
    last: Option<Handle>,
    prev: Option<Handle>,
    next: Option<Handle>,
    /// Element depth where the node was attached (0: the document).
    depth: usize,
    data: Data,
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            parent: None,
            first: None,
            last: None,
            prev: None,
            next: None,
            depth: 0,
            data,
        }
    }
}

/// The nodes, linked.
struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    fn push(&mut self, data: Data) -> Handle {
        self.nodes.push(Node::new(data));
        self.nodes.len() - 1
    }

    fn get(&self, h: Handle) -> Option<&Node> {
        self.nodes.get(h)
    }

    fn get_mut(&mut self, h: Handle) -> Option<&mut Node> {
        self.nodes.get_mut(h)
    }

    /// Detaches `h` from its parent, if it has one.
    fn unlink(&mut self, h: Handle) {
        let Some(n) = self.get_mut(h) else { return };
        let (parent, prev, next) = (n.parent.take(), n.prev.take(), n.next.take());
        let Some(p) = parent else { return };
        match prev.and_then(|x| self.get_mut(x)) {
            Some(x) => x.next = next,
            None => {
                if let Some(pn) = self.get_mut(p) {
                    pn.first = next;
                }
            }
        }
        match next.and_then(|x| self.get_mut(x)) {
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
        let Some(last) = self.get(p).map(|n| n.last) else {
            return;
        };
        let depth = self.get(p).map_or(0, |n| n.depth + 1);
        if let Some(cn) = self.get_mut(c) {
            cn.parent = Some(p);
            cn.prev = last;
            cn.next = None;
            cn.depth = depth;
        }
        match last.and_then(|l| self.get_mut(l)) {
            Some(l) => l.next = Some(c),
            None => {
                if let Some(pn) = self.get_mut(p) {
                    pn.first = Some(c);
                }
            }
        }
        if let Some(pn) = self.get_mut(p) {
            pn.last = Some(c);
        }
    }

    /// Attaches detached `c` just before `sibling`, which has a parent.
    fn link_before(&mut self, sibling: Handle, c: Handle) {
        let Some((parent, prev, depth)) = self
            .get(sibling)
            .and_then(|s| Some((s.parent?, s.prev, s.depth)))
        else {
            return;
        };
        if let Some(cn) = self.get_mut(c) {
            cn.parent = Some(parent);
            cn.prev = prev;
            cn.next = Some(sibling);
            cn.depth = depth;
        }
        if let Some(s) = self.get_mut(sibling) {
            s.prev = Some(c);
        }
        match prev.and_then(|x| self.get_mut(x)) {
            Some(x) => x.next = Some(c),
            None => {
                if let Some(pn) = self.get_mut(parent) {
                    pn.first = Some(c);
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
    shared: Rc<Shared>,
    hard_depth: usize,
    max_attributes: usize,
}

impl Builder {
    pub(super) fn new(shared: Rc<Shared>, hard_depth: usize, max_attributes: usize) -> Builder {
        Builder {
            tree: RefCell::new(Tree {
                nodes: vec![Node::new(Data::Document)],
            }),
            shared,
            hard_depth,
            max_attributes,
        }
    }

    /// Records an element attached at `h`: too deep means stop building.
    fn check_depth(&self, tree: &Tree, h: Handle) {
        let deep = tree.get(h).is_some_and(|n| n.depth > self.hard_depth);
        if deep {
            self.shared.stop.set(true);
        }
    }

    /// Moves the document into the pre-order arena, iteratively; comments,
    /// doctypes and template contents are left behind, text and attributes
    /// are moved, not copied.
    pub(super) fn take_dom(&self) -> Dom {
        enum Step {
            Enter(Handle, Option<usize>),
            Exit(usize),
        }
        let mut tree = self.tree.replace(Tree { nodes: Vec::new() });
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
            let Some(node) = tree.get_mut(h) else {
                continue;
            };
            let data = match std::mem::replace(&mut node.data, Data::Other) {
                Data::Document => NodeData::Document,
                Data::Text(t) => NodeData::Text(t),
                Data::Element { name, attrs, .. } => NodeData::Element(Element {
                    foreign: name.ns != ns!(html),
                    name: name.local,
                    attrs,
                }),
                Data::Other => continue,
            };
            let is_text = matches!(data, NodeData::Text(_));
            let id = dom.open(parent, data);
            if is_text {
                continue;
            }
            stack.push(Step::Exit(id));
            // Children pushed last first, so that they pop in order.
            let mut child = node.last;
            while let Some(c) = child {
                stack.push(Step::Enter(c, Some(id)));
                child = tree.get(c).and_then(|n| n.prev);
            }
        }
        dom
    }
}

/// An element's name, as the tree builder asks for it (copied out: atoms
/// of known names are copied, others reference-counted).
#[derive(Debug)]
pub(super) struct Name {
    ns: Namespace,
    local: LocalName,
}

impl html5ever::interface::ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.local
    }
}

impl TreeSink for Builder {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = Name
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Name {
        match self.tree.borrow().get(*target).map(|n| &n.data) {
            Some(Data::Element { name, .. }) => Name {
                ns: name.ns.clone(),
                local: name.local.clone(),
            },
            // The tree builder only asks for elements' names.
            _ => Name {
                ns: ns!(html),
                local: html5ever::local_name!(""),
            },
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.shared.elements.set(self.shared.elements.get() + 1);
        let mut tree = self.tree.borrow_mut();
        let template = flags.template.then(|| tree.push(Data::Other));
        tree.push(Data::Element {
            name,
            attrs,
            template,
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.tree.borrow_mut().push(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.tree.borrow_mut().push(Data::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let mut tree = self.tree.borrow_mut();
        match child {
            NodeOrText::AppendText(text) => {
                let last = tree.get(*parent).and_then(|n| n.last);
                if !tree.extend_text(last, &text) {
                    let t = tree.push(Data::Text(text));
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
        let has_parent = self
            .tree
            .borrow()
            .get(*element)
            .is_some_and(|n| n.parent.is_some());
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
            Some(Data::Element {
                template: Some(t), ..
            }) => *t,
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
        if tree.get(*sibling).is_none_or(|s| s.parent.is_none()) {
            return;
        }
        match child {
            NodeOrText::AppendText(text) => {
                let prev = tree.get(*sibling).and_then(|s| s.prev);
                if !tree.extend_text(prev, &text) {
                    let t = tree.push(Data::Text(text));
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
        let mut child = tree.get(*node).and_then(|n| n.first);
        while let Some(c) = child {
            child = tree.get(c).and_then(|n| n.next);
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
