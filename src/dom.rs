//! The private document model every stage after parsing works on.
//!
//! An arena of nodes in document (pre-)order: a node's descendants are exactly
//! the ids `id + 1 .. end`. That makes every walk a loop over a range (no
//! recursion, no explicit stack for most walks) and "skip this subtree" a jump
//! to `end`. The arena owns its strings (html5ever tendrils moved out of the
//! parser's tree), so nothing of html5ever's tree outlives parsing.

use html5ever::tendril::StrTendril;
use html5ever::{local_name, Attribute, LocalName};

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeId = usize;

/// What a node is.
pub(crate) enum NodeData {
    /// The root.
    Document,
    /// An element with its attributes.
    Element(Element),
    /// A run of text (entities already decoded).
    Text(StrTendril),
}

/// An element's name and attributes.
pub(crate) struct Element {
    /// Local name (lowercase for HTML elements).
    pub(crate) name: LocalName,
    /// Attributes, at most the parse limit's count (a boxed slice: no
    /// spare room, one word less per element than a vector).
    pub(crate) attrs: Box<[Attribute]>,
    /// True for SVG and MathML elements.
    pub(crate) foreign: bool,
}

impl Element {
    /// The value of attribute `name` (no namespace), if present.
    pub(crate) fn attr(&self, name: &LocalName) -> Option<&str> {
        // Reading an attribute the parser cuts would always find nothing.
        #[cfg(test)]
        assert!(
            READ_ATTRIBUTES.contains(&&**name),
            "attribute {name} is read but cut before parsing: add it to READ_ATTRIBUTES"
        );
        self.attrs
            .iter()
            .find(|a| a.name.local == *name && a.name.ns.is_empty())
            .map(|a| &*a.value)
    }
}

/// The attributes kept: those some stage reads (`Element::attr` checks the
/// list in the unit tests), the rest being cut before parsing (see
/// `parse::prescan`), and those html5ever's tree builder acts on
/// (`type` of a hidden input in a table, `encoding` of MathML
/// annotation-xml, `color`/`face`/`size` of a `<font>` leaving foreign
/// content, `charset`/`http-equiv` of a `<meta>`). Lowercase; attribute
/// names match without regard to ASCII case, as the tokenizer lowercases them.
pub(crate) const READ_ATTRIBUTES: &[&str] = &[
    "alt",
    "aria-controls",
    "aria-expanded",
    "aria-hidden",
    "aria-labelledby",
    "aria-label",
    "aria-modal",
    "charset",
    "class",
    "color",
    "content",
    "data-bs-dismiss",
    "data-dismiss",
    "data-lang",
    "data-src",
    "datetime",
    "disabled",
    "encoding",
    "face",
    "for",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "itemscope",
    "itemtype",
    "lang",
    "name",
    "popover",
    "property",
    "rel",
    "role",
    "size",
    "src",
    "start",
    "style",
    "type",
    "value",
];

/// Whether attribute `name` carries the moment something was created or
/// published, as a custom element or a script's widget holds it
/// ("created-timestamp", "data-published-time", "data-created-at"): a word
/// of it (split at `-`, `_` or `:`) says creation or publication and its
/// last word is "timestamp", "time", "date" or "at". A bare "timestamp" or
/// "data-time" may be the moment the server rendered the page. Such
/// attributes are kept beside [`READ_ATTRIBUTES`]; `meta::declared` reads
/// them.
pub(crate) fn is_time_attribute(name: &[u8]) -> bool {
    // The shortest such name, "posted-at": most attribute names (every one
    // the prescan does not keep is asked) are shorter.
    const SHORTEST: usize = 9;
    if name.len() < SHORTEST {
        return false;
    }
    let is = |w: &[u8], of: &[&str]| of.iter().any(|o| w.eq_ignore_ascii_case(o.as_bytes()));
    let mut words = name.split(|&b| matches!(b, b'-' | b'_' | b':'));
    let last = words.next_back().unwrap_or(name);
    is(last, &["timestamp", "time", "date", "at"])
        && words.any(|w| is(w, &["created", "published", "posted", "creation"]))
}

/// Whether attribute `name` holds the text a pointer shows over an
/// element (a tooltip): `title`, or a tooltip library's data attribute
/// ("data-tippy-content", "data-tooltip", "data-original-title", where
/// Bootstrap moves a `title`). A relative age shown as text ("1 year ago")
/// keeps its full date there; `meta` reads it for such ages only. Kept
/// beside [`READ_ATTRIBUTES`].
pub(crate) fn is_tooltip_attribute(name: &[u8]) -> bool {
    // Every quoted attribute of a page is asked: no allocation, and one
    // byte decides for most ("class", "href", "id", "src", "style").
    match name.first() {
        Some(b't' | b'T') => return name.eq_ignore_ascii_case(b"title"),
        Some(b'd' | b'D') => {}
        _ => return false,
    }
    name.get(..5)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"data-"))
        && [&b"tippy"[..], b"tooltip", b"original-title"]
            .iter()
            .any(|w| name.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)))
}

/// One node of the arena.
pub(crate) struct Node {
    /// Parent id plus one; 0 for the root. (32 bits: a page has far fewer
    /// nodes than that, and every later stage keeps a few vectors of one
    /// entry per node, so nodes are kept small.)
    parent: u32,
    /// One past the last descendant: the subtree is `id..end`.
    end: u32,
    /// Nesting depth: 0 for the root.
    depth: u32,
    /// What the node is.
    pub(crate) data: NodeData,
}

/// Most nodes the arena holds (ids are stored in 32 bits).
pub(crate) const MAX_NODES: usize = u32::MAX as usize - 1;

/// The whole document, in document order. Node 0 is the root.
#[derive(Default)]
pub(crate) struct Dom {
    pub(crate) nodes: Vec<Node>,
}

impl Dom {
    /// Number of nodes.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node `id`, if it exists.
    pub(crate) fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id)
    }

    /// The element at `id`, if `id` is an element.
    pub(crate) fn element(&self, id: NodeId) -> Option<&Element> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(NodeData::Element(e)) => Some(e),
            _ => None,
        }
    }

    /// The text at `id`, if `id` is a text node.
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match self.nodes.get(id).map(|n| &n.data) {
            Some(NodeData::Text(t)) => Some(t),
            _ => None,
        }
    }

    /// The local name of element `id`, if it is an HTML element.
    pub(crate) fn html_name(&self, id: NodeId) -> Option<&LocalName> {
        self.element(id).filter(|e| !e.foreign).map(|e| &e.name)
    }

    /// One past the last descendant of `id` (`id + 1` for a leaf).
    pub(crate) fn end(&self, id: NodeId) -> NodeId {
        self.nodes.get(id).map_or(id + 1, |n| n.end as usize)
    }

    /// Parent of `id`.
    pub(crate) fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes
            .get(id)
            .and_then(|n| (n.parent as usize).checked_sub(1))
    }

    /// Depth of `id` (root 0).
    pub(crate) fn depth(&self, id: NodeId) -> u32 {
        self.nodes.get(id).map_or(0, |n| n.depth)
    }

    /// Direct children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// The nodes of `range` in document order, as a [`Walk`] that can skip
    /// subtrees.
    pub(crate) fn walk(&self, range: std::ops::Range<NodeId>) -> Walk<'_> {
        Walk {
            dom: self,
            next: range.start,
            end: range.end,
        }
    }

    /// The subtree of `id`, `id` first, as a [`Walk`].
    pub(crate) fn subtree(&self, id: NodeId) -> Walk<'_> {
        self.walk(id..self.end(id))
    }

    /// Ancestors of `id`, nearest first, `id` itself excluded.
    pub(crate) fn ancestors(&self, id: NodeId) -> Ancestors<'_> {
        Ancestors {
            dom: self,
            next: self.parent(id),
        }
    }

    /// True when `a` is `d` or one of its ancestors.
    pub(crate) fn contains(&self, a: NodeId, d: NodeId) -> bool {
        a <= d && d < self.end(a)
    }

    /// Builder side: appends a node whose subtree is closed later by [`Dom::close`].
    ///
    /// Returns `None`, adding nothing, once the arena holds [`MAX_NODES`].
    pub(crate) fn open(&mut self, parent: Option<NodeId>, data: NodeData) -> Option<NodeId> {
        let id = self.nodes.len();
        if id >= MAX_NODES {
            return None;
        }
        let depth = parent.map_or(0, |p| self.depth(p).saturating_add(1));
        self.nodes.push(Node {
            parent: parent.map_or(0, |p| u32::try_from(p + 1).unwrap_or(0)),
            end: u32::try_from(id + 1).unwrap_or(u32::MAX),
            depth,
            data,
        });
        Some(id)
    }

    /// Builder side: every node appended since `open(id)` is a descendant of `id`.
    pub(crate) fn close(&mut self, id: NodeId) {
        let end = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        if let Some(n) = self.nodes.get_mut(id) {
            n.end = end;
        }
    }

    /// The first element named `name` in document order.
    pub(crate) fn find(&self, name: &LocalName) -> Option<NodeId> {
        (0..self.len()).find(|&i| self.html_name(i) == Some(name))
    }
}

/// One value per node of a [`Dom`]. Read with [`PerNode::at`]: a node
/// outside the table reads as the default, so lookups never panic and the
/// `.get(id).copied().unwrap_or(..)` idiom is written once.
#[derive(Clone, Debug, Default)]
pub(crate) struct PerNode<T>(Vec<T>);

impl<T: Copy + Default> PerNode<T> {
    /// `len` nodes, each the default.
    pub(crate) fn new(len: usize) -> PerNode<T> {
        PerNode(vec![T::default(); len])
    }

    /// The value of `id` (the default outside the table).
    pub(crate) fn at(&self, id: NodeId) -> T {
        self.0.get(id).copied().unwrap_or_default()
    }

    /// The value of `id`, or `outside` when `id` is not in the table.
    pub(crate) fn at_or(&self, id: NodeId, outside: T) -> T {
        self.0.get(id).copied().unwrap_or(outside)
    }

    /// Every node's value, in node order.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    /// The value of `id`, to change (`None` outside the table).
    pub(crate) fn slot(&mut self, id: NodeId) -> Option<&mut T> {
        self.0.get_mut(id)
    }
}

/// A walk over nodes in document order that can skip the subtree of the
/// node it just gave (`dom.walk(range)`): the "skip this subtree" loop,
/// written once.
pub(crate) struct Walk<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Walk<'_> {
    /// Skips the descendants of `id`, the node just given.
    pub(crate) fn skip_subtree(&mut self, id: NodeId) {
        self.next = self.dom.end(id).max(id + 1);
    }
}

impl Iterator for Walk<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = id + 1;
        Some(id)
    }
}

/// Iterator over the children of a node.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.dom.end(id).max(id + 1);
        Some(id)
    }
}

/// Iterator over the ancestors of a node.
pub(crate) struct Ancestors<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

/// Longest text [`Dom::text_of`] gathers, in bytes: it reads titles and
/// labels, which are short.
const MAX_TEXT_OF: usize = 2048;

impl Dom {
    /// Whether element `id` is a `<time>` or a child of one.
    pub(crate) fn in_time(&self, id: NodeId) -> bool {
        let time = |e: NodeId| self.html_name(e).is_some_and(|n| *n == local_name!("time"));
        time(id) || self.parent(id).is_some_and(time)
    }

    /// An element's text with white space collapsed, leaving out the code of
    /// `<script>` and `<style>`; at most about [`MAX_TEXT_OF`] bytes.
    pub(crate) fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut last_parent = None;
        for n in id + 1..self.end(id) {
            if let Some(t) = self.text(n) {
                let parent = self.parent(n);
                if parent
                    .and_then(|p| self.html_name(p))
                    .is_some_and(crate::html::is_code)
                {
                    continue;
                }
                // A date's long and short forms in sibling spans of a
                // `<time>` ("June 14, 2024" and "1 yr") are two texts.
                if last_parent != parent
                    && out.ends_with(|c: char| c.is_ascii_digit())
                    && t.starts_with(|c: char| c.is_ascii_digit())
                    && parent.is_some_and(|p| self.in_time(p))
                {
                    out.push(' ');
                }
                last_parent = parent;
                out.push_str(t);
                if out.len() > MAX_TEXT_OF {
                    break;
                }
            }
        }
        collapse(&out)
    }
}

/// `s` with runs of white space made one space, and none at the ends.
pub(crate) fn collapse(s: &str) -> String {
    // Into one String: no vector of the words first (every heading, title
    // and short text the metadata compares is collapsed).
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

impl Iterator for Ancestors<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.parent(id);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::is_tooltip_attribute;

    #[test]
    fn tooltip_attributes_are_title_and_tooltip_libraries_data() {
        for name in [
            "title",
            "TITLE",
            "data-tippy-content",
            "data-tooltip",
            "DATA-Original-Title",
        ] {
            assert!(is_tooltip_attribute(name.as_bytes()), "{name}");
        }
        for name in [
            "",
            "t",
            "titles",
            "class",
            "href",
            "data-",
            "data-src",
            "tooltip",
            "aria-label",
        ] {
            assert!(!is_tooltip_attribute(name.as_bytes()), "{name}");
        }
    }
}
