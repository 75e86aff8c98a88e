//! Tables of contents: lists of links to the page's own sections, which repeat its headings.

use super::*;

/// Fewest links to the page's own sections that make a table of contents.
pub(super) const TOC_MIN_LINKS: u32 = 3;
/// Most text (bytes) a table of contents' box holds beside its links (its
/// title: "Table of Contents", "In this article", "Inhaltsverzeichnis",
/// "Contents \[hide\]"), and the longest title line before a bare list.
pub(super) const TOC_TITLE_BYTES: usize = 40;
/// Wrapper levels a table of contents' box rises through to take in its
/// title.
pub(super) const TOC_LEVELS: usize = 3;

/// Whether a link points to an element of this page by its id or name
/// (`href="#section-2"` and an element `id="section-2"`).
pub(super) fn is_own_fragment(href: &str, ids: &crate::hash::FastSet<&str>) -> bool {
    href.trim()
        .strip_prefix('#')
        .is_some_and(|f| !f.is_empty() && ids.contains(f))
}

/// Tables of contents and their titles: a box of at least
/// [`TOC_MIN_LINKS`] links to the page's own sections (nine in ten of its
/// links, four fifths of its text linked) is a table of contents, not the
/// text; it rises through wrappers that add only its title, and a short
/// line of no links right before a bare list is the title. One reverse
/// pass counts the links below each node, one forward pass marks the
/// boxes.
pub(super) fn tables_of_contents(dom: &Dom, below: &Below) -> PerNode<bool> {
    let n = dom.len();
    let mut toc = PerNode::<bool>::new(n);
    let ids: crate::hash::FastSet<&str> = (0..n)
        .filter_map(|id| dom.element(id))
        .flat_map(|e| [e.attr(&local_name!("id")), e.attr(&local_name!("name"))])
        .flatten()
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    if ids.is_empty() {
        return toc;
    }
    // (links to own sections, all links) below each node.
    let mut links = PerNode::<(u32, u32)>::new(n);
    for id in (0..n).rev() {
        let mut here = links.at(id);
        if let Some(e) = dom.element(id) {
            if e.name == local_name!("a") {
                if let Some(href) = e.attr(&local_name!("href")) {
                    here.1 += 1;
                    here.0 += u32::from(is_own_fragment(href, &ids));
                }
            }
        }
        if let Some(slot) = links.slot(id) {
            *slot = here;
        }
        if let Some(p) = dom.parent(id) {
            if let Some(slot) = links.slot(p) {
                slot.0 += here.0;
                slot.1 += here.1;
            }
        }
    }
    let is_toc = |id: NodeId| {
        let (own, all) = links.at(id);
        let text = below.text_len.at(id);
        let link = below.link_len.at(id);
        own >= TOC_MIN_LINKS
            && own * 10 >= all * 9
            && link * 5 >= text * 4
            && text - link.min(text) <= TOC_TITLE_BYTES
    };
    let mut walk = dom.walk(0..n);
    while let Some(id) = walk.next() {
        if dom.element(id).is_none() || !is_toc(id) || !is_body_level(dom, id) {
            continue;
        }
        walk.skip_subtree(id);
        let own = links.at(id).0;
        let mut root = id;
        for _ in 0..TOC_LEVELS {
            let Some(p) = dom.parent(root) else { break };
            let extra = below.text_len.at(p).saturating_sub(below.text_len.at(root));
            if !is_body_level(dom, p) || links.at(p).0 != own || extra > TOC_TITLE_BYTES {
                break;
            }
            root = p;
        }
        // A bare list is a table of contents only under its title (the
        // short line right before it), which goes with it: after a
        // sentence ("Redis implements the following data types:") the
        // list of links to the sections below is part of the text.
        let bare = below.text_len.at(root) <= below.link_len.at(root) + TOC_BULLET_BYTES;
        let title = if bare {
            match previous_element(dom, root).filter(|&t| is_toc_title(dom, below, t)) {
                Some(t) => Some(t),
                None => continue,
            }
        } else {
            None
        };
        for id in std::iter::once(root).chain(title) {
            if let Some(slot) = toc.slot(id) {
                *slot = true;
            }
        }
    }
    toc
}

/// Most words of a table of contents' title ("Table of Contents", "On
/// this page").
pub(super) const TOC_TITLE_WORDS: usize = 4;

/// A line that titles a table of contents: a few words, no links, no
/// sentence or lead-in punctuation at its end ("These are the top trends:"
/// introduces a list of the text).
pub(super) fn is_toc_title(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let len = below.text_len.at(id);
    if len == 0 || len > TOC_TITLE_BYTES || below.link_len.at(id) > 0 {
        return false;
    }
    let text = dom.text_of(id);
    let text = text.trim();
    text.split_whitespace().count() <= TOC_TITLE_WORDS
        && !text.ends_with(['.', ':', '!', '?', '。', '：', '！', '？'])
}

/// Text (bytes) outside its links that still leaves a list bare (bullets,
/// separators).
pub(super) const TOC_BULLET_BYTES: usize = 8;

/// The element sibling right before `id`, with nothing but blank text
/// between them.
pub(super) fn previous_element(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id)?;
    let mut x = id.checked_sub(1)?;
    loop {
        if x == parent {
            return None;
        }
        // The node before `x` in document order is its previous sibling or
        // that sibling's last descendant: climb to the sibling.
        let mut n = x;
        while let Some(p) = dom.parent(n) {
            if p == parent {
                break;
            }
            n = p;
        }
        match dom.node(n) {
            Some(_) if dom.element(n).is_some() => return Some(n),
            _ => match dom.text(n) {
                Some(t) if t.trim().is_empty() => x = n.checked_sub(1)?,
                Some(_) => return None,
                // A comment or other node: look further back.
                None => x = n.checked_sub(1)?,
            },
        }
    }
}
