//! Named bounds on the work done for one page. Every default here is also an
//! [`Options`](crate::Options) setting; these constants are the defaults and the
//! fixed internal bounds that have no setting.

/// Default largest input accepted, in bytes. Real article pages are almost all
/// under 2 MiB (the dev set's largest is about 2 MiB); 64 MiB leaves room for
/// pages with inline data while keeping the worst-case DOM well under 1 GiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Default deepest element nesting kept. html5ever's tree builder scans its
/// stack of open elements on most tags, so its cost per tag grows with depth
/// (its issue #788): start tags past this depth are dropped before they reach
/// it and their content is flattened into the element at the limit. Browsers
/// stop near 512; real article pages stay well under 100 (the dev set's
/// extraction is the same at 256 as at 512), and halving the cap halves the
/// worst case per tag.
pub const DEFAULT_MAX_DEPTH: usize = 256;

/// Default most elements built for one page. Large real pages have tens of
/// thousands of elements; a quarter of a million is far beyond them (some
/// 25 MB of ordinary HTML). It is what bounds memory: a page costs about
/// 240 bytes per node at its peak (arena, analysis, blocks) and has at most
/// about three nodes per element, so past the input itself no page needs
/// more than some 180 MB. At 500,000 a 50 MB page of small paragraphs
/// peaked at 8× its size; at 250,000 every input of the robustness suite
/// (`tests/robust.rs`) stays under 4× its size plus 64 MB. Once it is
/// reached the rest of the page is not read.
pub const DEFAULT_MAX_ELEMENTS: usize = 250_000;

/// Default most attributes kept on one element. Real elements carry a handful;
/// the rest are dropped so that 100,000 attributes on one tag cost nothing later.
pub const DEFAULT_MAX_ATTRIBUTES: usize = 64;

/// Default longest attribute value kept, in bytes. Longer values (inline data
/// URIs, serialized state) are never needed for extraction and are emptied.
pub const DEFAULT_MAX_ATTRIBUTE_LEN: usize = 8 * 1024;

/// Unclosed formatting elements (`<b>`, `<i>`, `<font>`…) allowed at once.
/// The tree builder re-creates every open formatting element after each block
/// ("reconstruct the active formatting elements"); unbounded, mis-nested
/// formatting tags turn a 64 KB page into millions of nodes. Real pages stay
/// far below this.
pub(crate) const MAX_OPEN_FORMATTING: usize = 24;

/// Slack above the depth limit before the parse guard stops building elements
/// altogether. The tree builder may nest a little deeper than the token filter
/// sees (re-created formatting elements, foster parenting); anything deeper
/// means the filter's model of the stack diverged, and from then on only text
/// is added, so the tree builder's stack can no longer grow.
pub(crate) const DEPTH_SLACK: usize = MAX_OPEN_FORMATTING + 64;

/// Ancestor levels a block's score is propagated to when containers are scored.
/// Readability uses a handful; a fixed small number keeps scoring linear in the
/// number of blocks whatever the depth.
pub(crate) const SCORE_ANCESTOR_LEVELS: usize = 6;
