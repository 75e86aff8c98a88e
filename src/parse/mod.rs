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
//! * the tree sink ([`sink`]) builds a linked tree in one vector, with
//!   indices for handles, records each element's depth and, should the tree
//!   ever get deeper than the model allows, stops all further elements.
//!
//! The tree is then moved into the pre-order arena in one iterative walk:
//! no html5ever value leaves this module.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::TokenizerResult;

use crate::dom::Dom;
use crate::limits::DEPTH_SLACK;

mod filter;
mod names;
mod prescan;
mod sink;

use filter::{Filter, StackModel};

/// The limits applied while parsing (from [`Options`](crate::Options)).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ParseLimits {
    pub(crate) max_depth: usize,
    pub(crate) max_elements: usize,
    pub(crate) max_attributes: usize,
    pub(crate) max_attribute_len: usize,
}

/// Bytes of HTML per node, roughly, on real pages (the dev set averages
/// about 35): room for `len / 64` nodes is made up front, so the node
/// vector is copied once or twice while it grows rather than a dozen times,
/// and a page of mostly text reserves little.
const BYTES_PER_NODE: usize = 64;

/// Bytes fed to the tokenizer at a time.
const FEED_CHUNK: usize = 64 * 1024;

/// Parses `html` into the arena, within `limits`.
pub(crate) fn parse(html: &str, limits: &ParseLimits) -> Dom {
    let shared = Rc::new(Shared::default());
    let sink = sink::Builder::new(
        Rc::clone(&shared),
        limits.max_depth.saturating_add(DEPTH_SLACK),
        limits.max_attributes,
        (html.len() / BYTES_PER_NODE).min(limits.max_elements),
    );
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
    tokenizer.sink.tree.sink.take_dom()
}

/// State shared by the filter and the sink.
#[derive(Default)]
struct Shared {
    /// Elements created so far.
    elements: Cell<usize>,
    /// Set when the tree got deeper than the filter's model allows.
    stop: Cell<bool>,
}
