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
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{ns, Attribute, QualName, TokenizerResult};
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use crate::dom::{Dom, Element, NodeData, NodeId};
use crate::limits::DEPTH_SLACK;

mod filter;
mod prescan;

pub(crate) use filter::is_void;
use filter::{Filter, StackModel};

/// The limits applied while parsing (from [`Options`](crate::Options)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParseLimits {
    pub(crate) max_depth: usize,
    pub(crate) max_elements: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_attribute_len: usize,
}

/// Bytes fed to the tokenizer at a time.
const FEED_CHUNK: usize = 64 * 1024;

/// Parses `html` into the arena, within `limits`.
pub(crate) fn parse(html: &str, limits: &ParseLimits) -> Dom {
    let shared = Rc::new(Shared::default());
    let sink = GuardSink {
        inner: RcDom::default(),
        shared: Rc::clone(&shared),
        path: RefCell::default(),
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
        shared: Rc::clone(&shared),
        limits: *limits,
        model: RefCell::new(StackModel::default()),
    };
    let tokenizer = Tokenizer::new(filter, TokenizerOpts::default());
    let input = BufferQueue::default();
    let html = prescan::trim_attributes(html);
    // Fed in chunks so that reading can stop once the element limit is hit:
    // past it, the rest of the page is not read.
    let mut rest: &str = &html;
    while !rest.is_empty() && shared.elements.get() < limits.max_elements {
        let mut cut = rest.len().min(FEED_CHUNK);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        input.push_back(StrTendril::from_slice(chunk));
        // The filter turns every result but Done into Continue, so this
        // loop ends once the chunk is consumed.
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    }
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
// Tree sink
// ---------------------------------------------------------------------------

/// `RcDom` plus element counting, depth tracking and no stored parse errors.
struct GuardSink {
    inner: RcDom,
    shared: Rc<Shared>,
    /// The chain of elements from the root to the one appended last, by
    /// node address: appends nearly always go to its end, so a parent's
    /// depth is its position here, found from the top in a step or two.
    path: RefCell<Vec<usize>>,
    hard_depth: usize,
}

impl GuardSink {
    /// Records `child` appended under `parent` (or beside `parent` when
    /// `beside`) and stops element building if the tree got too deep.
    fn record(&self, parent: &Handle, child: &NodeOrText<Handle>, beside: bool) {
        let NodeOrText::AppendNode(h) = child else {
            return;
        };
        if !matches!(h.data, RcData::Element { .. }) {
            return;
        }
        let mut path = self.path.borrow_mut();
        let key = Rc::as_ptr(parent) as usize;
        // A parent off the chain (the document, an element of a closed
        // branch) restarts it: depth is under-counted there, never over.
        let keep = path.iter().rposition(|&p| p == key).map_or(0, |i| i + 1);
        path.truncate(if beside { keep.saturating_sub(1) } else { keep });
        path.push(Rc::as_ptr(h) as usize);
        if path.len() > self.hard_depth {
            self.shared.stop.set(true);
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
        self.record(parent, &child, false);
        self.inner.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        self.record(prev_element, &child, false);
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
        self.record(sibling, &new_node, true);
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
