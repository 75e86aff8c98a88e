//! Facts about HTML element names that every stage shares: which elements
//! start a block, are void, are headings, hold raw text, and whose subtree is
//! never article text. A leaf: it imports nothing of the crate, so the
//! parser, pruning, segmentation and the side stages all read one list.

use html5ever::{local_name, LocalName};

/// Elements that start a new block of text.
pub(crate) fn is_block(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address")
            | local_name!("article")
            | local_name!("aside")
            | local_name!("blockquote")
            | local_name!("body")
            | local_name!("caption")
            | local_name!("center")
            | local_name!("dd")
            | local_name!("details")
            | local_name!("dialog")
            | local_name!("dir")
            | local_name!("div")
            | local_name!("dl")
            | local_name!("dt")
            | local_name!("fieldset")
            | local_name!("figcaption")
            | local_name!("figure")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
            | local_name!("header")
            | local_name!("hgroup")
            | local_name!("hr")
            | local_name!("html")
            | local_name!("legend")
            | local_name!("li")
            | local_name!("listing")
            | local_name!("main")
            | local_name!("menu")
            | local_name!("nav")
            | local_name!("ol")
            | local_name!("optgroup")
            | local_name!("option")
            | local_name!("p")
            | local_name!("pre")
            | local_name!("search")
            | local_name!("section")
            | local_name!("summary")
            | local_name!("table")
            | local_name!("tbody")
            | local_name!("td")
            | local_name!("tfoot")
            | local_name!("th")
            | local_name!("thead")
            | local_name!("tr")
            | local_name!("ul")
            | local_name!("xmp")
    )
}

/// Elements that never have content (the parser never pushes them on its stack).
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

/// The six heading elements, h1 first.
pub(crate) const HEADINGS: [LocalName; 6] = [
    local_name!("h1"),
    local_name!("h2"),
    local_name!("h3"),
    local_name!("h4"),
    local_name!("h5"),
    local_name!("h6"),
];

/// h1 to h6.
pub(crate) fn is_heading(name: &LocalName) -> bool {
    HEADINGS.contains(name)
}

/// Elements whose content the tokenizer reads as raw text.
pub(crate) fn is_raw_text(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("plaintext")
    )
}

/// `<script>` and `<style>`: their text is code, never words of the page.
pub(crate) fn is_code(name: &LocalName) -> bool {
    matches!(*name, local_name!("script") | local_name!("style"))
}

/// [`is_code`] and `<noscript>` (a fallback that repeats or replaces text).
pub(crate) fn is_code_or_fallback(name: &LocalName) -> bool {
    is_code(name) || *name == local_name!("noscript")
}

/// Tags whose subtree is never article text, with the name an explanation
/// gives the cut.
pub(crate) fn noise_tag(name: &LocalName) -> Option<&'static str> {
    Some(match *name {
        local_name!("head") => "head",
        local_name!("script") => "script",
        local_name!("style") => "style",
        local_name!("noscript") => "noscript",
        local_name!("template") => "template",
        local_name!("iframe") => "iframe",
        local_name!("object") => "object",
        local_name!("embed") => "embed",
        local_name!("canvas") => "canvas",
        local_name!("video") => "video",
        local_name!("audio") => "audio",
        local_name!("map") => "map",
        local_name!("select") => "select",
        local_name!("button") => "button",
        local_name!("input") => "input",
        local_name!("textarea") => "textarea",
        local_name!("form") => "form",
        local_name!("nav") => "nav",
        local_name!("aside") => "aside",
        local_name!("footer") => "footer",
        local_name!("header") => "header",
        local_name!("dialog") => "dialog",
        local_name!("menu") => "menu",
        // A <title> out of the head (the tree builder keeps one met in the
        // body where it stands): browsers never show it.
        local_name!("title") => "title",
        _ => return None,
    })
}
