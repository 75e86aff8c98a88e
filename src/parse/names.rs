//! Sets of element names the token filter's stack model needs: HTML's
//! void, formatting and scope-boundary elements, and the names it counts.

use html5ever::{local_name, LocalName};

/// How many names [`tracked`] numbers.
pub(super) const TRACKED: usize = 19;

/// A number for each name the rules look up in the stack.
pub(super) fn tracked(name: &LocalName) -> Option<usize> {
    Some(match *name {
        local_name!("p") => 0,
        local_name!("button") => 1,
        local_name!("li") => 2,
        local_name!("dd") => 3,
        local_name!("dt") => 4,
        local_name!("td") => 5,
        local_name!("th") => 6,
        local_name!("tr") => 7,
        local_name!("tbody") => 8,
        local_name!("thead") => 9,
        local_name!("tfoot") => 10,
        local_name!("table") => 11,
        local_name!("a") => 12,
        local_name!("h1") => 13,
        local_name!("h2") => 14,
        local_name!("h3") => 15,
        local_name!("h4") => 16,
        local_name!("h5") => 17,
        local_name!("h6") => 18,
        _ => return None,
    })
}

pub(super) fn is_foreign_root(name: &LocalName) -> bool {
    matches!(*name, local_name!("svg") | local_name!("math"))
}

pub(super) fn is_formatting(name: &LocalName) -> bool {
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
pub(super) fn is_scope_boundary(name: &LocalName) -> bool {
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
pub(super) fn is_barrier(name: &LocalName) -> bool {
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
pub(super) fn closes_p(name: &LocalName) -> bool {
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
