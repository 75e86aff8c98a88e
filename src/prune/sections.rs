//! What a named box really is: sections of a text named for their headings, spec sheets, layout
//! grids, section headers, grids and carousels of priced products, rivers of promos, customer reviews.

use super::*;

/// Fewest sibling sections, each named for its heading, around a section
/// so named that make them the sections of one text.
pub(super) const TEXT_SECTION_RUN: usize = 2;

/// The heading that opens element `id`: its first child with text, when
/// that is a heading (blank text and a few small empty elements before it,
/// such as an anchor `<span id="old-name"></span>`, aside).
pub(super) fn opening_heading(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let blank = |c: NodeId| match dom.text(c) {
        Some(t) => t.trim().is_empty(),
        None => {
            dom.end(c).saturating_sub(c) <= TOGGLE_SCAN
                && (c..dom.end(c)).all(|d| dom.text(d).is_none_or(|t| t.trim().is_empty()))
        }
    };
    let first = dom.children(id).take(TOGGLE_SCAN).find(|&c| !blank(c))?;
    dom.html_name(first)
        .is_some_and(crate::html::is_heading)
        .then_some(first)
}

/// Letters and digits of `s`, lowercased: an id and the heading it is the
/// slug of ("use-trimmed-replies", "Use trimmed replies¶") read alike.
pub(super) fn slug_letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether element `id` opens with a heading whose words its id spells
/// (documentation generators name each section so).
pub(super) fn is_named_for_heading(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
    let Some(name) = e.attr(&local_name!("id")).map(slug_letters) else {
        return false;
    };
    let Some(h) = opening_heading(dom, id) else {
        return false;
    };
    let heading = slug_letters(&dom.text_of(h));
    !name.is_empty() && !heading.is_empty() && heading.starts_with(&name)
}

/// A section of a text, named for its heading, whose class/id words are
/// the topic, not a role: it opens with a heading its id spells, that
/// heading is no boilerplate phrase ("Comments", "Related articles"), and
/// at least [`TEXT_SECTION_RUN`] of its first [`SLIDE_SIBLINGS`] siblings
/// of its tag are named for their headings too (a manual's sections:
/// "Cookies", "Respond to review comments" cut as a cookie notice or a
/// comment thread).
pub(super) fn is_named_text_section(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    if !is_named_for_heading(dom, id, e) {
        return false;
    }
    let boilerplate = opening_heading(dom, id)
        .and_then(|h| crate::lang::phrase(&dom.text_of(h)))
        .is_some_and(|m| m.whole || m.covered * 2 >= m.len);
    if boilerplate {
        return false;
    }
    dom.children(parent)
        .filter(|&c| c != id)
        .filter_map(|c| Some((c, dom.element(c)?)))
        .take(SLIDE_SIBLINGS)
        .filter(|&(c, ce)| ce.name == e.name && is_named_for_heading(dom, c, ce))
        .nth(TEXT_SECTION_RUN - 1)
        .is_some()
}

/// Whether the box `id` is a specification sheet: a heading, then at least
/// [`SPEC_ROWS`] short label/value rows ("Width: 30 cm" items, two-cell
/// table rows, a definition list's terms) holding most of its text. Looks
/// at the first [`SPEC_SHEET_NODES`] nodes of the box only.
pub(super) fn is_spec_sheet(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let mut heading = false;
    let mut rows = 0usize;
    let mut row_text = 0usize;
    let mut walk = dom.subtree(id);
    let mut seen = 0usize;
    while let Some(n) = walk.next() {
        seen += 1;
        if seen > SPEC_SHEET_NODES {
            return false;
        }
        let Some(e) = dom.element(n) else {
            continue;
        };
        let len = below.text_len.at(n);
        if crate::html::is_heading(&e.name) || e.name == local_name!("caption") {
            heading |= len > 0;
            walk.skip_subtree(n);
            continue;
        }
        let row = if e.name == local_name!("li") {
            len <= SPEC_ROW_BYTES && {
                let t = dom.text_of(n);
                t.split_once(':').is_some_and(|(label, value)| {
                    let label = label.trim();
                    !label.is_empty() && label.len() <= SPEC_LABEL_BYTES && !value.trim().is_empty()
                })
            }
        } else if e.name == local_name!("tr") {
            let cells = dom
                .children(n)
                .filter(|&c| {
                    dom.html_name(c)
                        .is_some_and(|c| *c == local_name!("td") || *c == local_name!("th"))
                })
                .count();
            len <= SPEC_ROW_BYTES && cells == 2
        } else if e.name == local_name!("dt") {
            len <= SPEC_LABEL_BYTES && len > 0
        } else {
            false
        };
        if row {
            rows += 1;
            row_text += len;
            walk.skip_subtree(n);
        } else if e.name == local_name!("dd") {
            // A term's value counts with its term.
            row_text += len;
            walk.skip_subtree(n);
        }
    }
    heading && rows >= SPEC_ROWS && row_text * 2 >= below.text_len.at(id)
}

/// Label/value rows that make a box a specification sheet: three
/// measurements or properties, more than a price line and a stock note.
pub(super) const SPEC_ROWS: usize = 3;
/// Bytes of a specification row ("Max load/shelf: 29 lb"); a sentence with
/// a colon in it is longer.
pub(super) const SPEC_ROW_BYTES: usize = 120;
/// Bytes of a specification's label ("Package(s)").
pub(super) const SPEC_LABEL_BYTES: usize = 40;
/// Nodes of a box [`is_spec_sheet`] reads: a sheet of a few dozen rows,
/// and no box read beyond it (no quadratic case on nested boxes).
pub(super) const SPEC_SHEET_NODES: usize = 400;

/// Hints that name page furniture by its place (a sidebar, a menu, an ad
/// slot), not by what it says.
pub(super) fn is_furniture(h: Boilerplate) -> bool {
    matches!(
        h,
        Boilerplate::Layout | Boilerplate::Navigation | Boilerplate::Ads
    )
}

/// Least text (bytes) of a layout grid's main column: a few paragraphs, more
/// than a control's label in a box named "swipe-text" beside a carousel's
/// pagination (wcxb-dev half A: the one main column this rule must keep
/// holds 1,700).
pub(super) const MAIN_COLUMN_BYTES: usize = 500;

/// A container whose children are furniture named so and holding text (a
/// sidebar, a menu; an empty anchor or ad slot says nothing)
/// beside a box whose class names the main column and holds more text than
/// they do: the page's layout grid, named for its sidebar
/// (`<div class="layout-sidebar-left"><nav class="sidebar">…</nav><div
/// class="layout-main">…</div></div>`), not a sidebar. Reads each child's
/// class once, and only for containers a furniture word would cut.
pub(super) fn is_layout_grid(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let (mut main, mut furniture) = (0usize, 0usize);
    for c in dom.children(id) {
        let Some(e) = dom.element(c) else {
            continue;
        };
        let len = below.text_len.at(c);
        if names_main_column(e) {
            main = main.max(len);
        } else if classify(e).hint.is_some_and(is_furniture) {
            furniture += len;
        }
    }
    furniture > 0 && main > furniture && main >= MAIN_COLUMN_BYTES
}

/// Hints that name a kind of boilerplate section (as opposed to page
/// furniture: layout, navigation, ads…).
pub(super) fn is_named_boilerplate(h: Boilerplate) -> bool {
    matches!(
        h,
        Boilerplate::Comments
            | Boilerplate::Related
            | Boilerplate::Share
            | Boilerplate::Newsletter
            | Boilerplate::Cookies
    )
}

/// Ancestors climbed from a `<header>` for the `<main>` it sits in.
pub(super) const HERO_HEADER_LEVELS: usize = 32;
/// Nodes of a `<header>` read for its `<h1>`: a hero's heading, line and
/// calls to action (with a menu of sibling pages) take a few hundred; a
/// bigger box is no hero.
pub(super) const HERO_HEADER_NODES: usize = 4_096;

/// Least text (bytes) of the paragraph a hero says beside its `<h1>`
/// (wcxb-dev half A: "The platform for devs who just want to ship…", 111
/// bytes; 0695's "Design, manage, and publish site content…", 132). A
/// header of a breadcrumb and an `<h1>` alone holds none: half A's two such service
/// pages lost 0.008 and 0.010 with it, their golds leaving the headline
/// out.
pub(super) const HERO_LINE_TEXT: usize = 40;

/// Whether a `<header>` is the main content's own: it sits in `<main>`
/// (or an element of role `main`), where HTML makes it no banner of the
/// site, and holds the page's `<h1>` with words of its own, not a link (a
/// logo's) and a paragraph ([`HERO_LINE_TEXT`]). A service page's hero
/// (its headline, a line saying what it offers, a call to action) is so
/// marked up. Bounded: a header of more than [`HERO_HEADER_NODES`] nodes
/// is none, and [`HERO_HEADER_LEVELS`] ancestors are looked at.
pub(super) fn is_hero_header(dom: &Dom, id: NodeId, text_len: &PerNode<usize>) -> bool {
    if dom.end(id).saturating_sub(id) > HERO_HEADER_NODES {
        return false;
    }
    let in_main = dom.ancestors(id).take(HERO_HEADER_LEVELS).any(|a| {
        dom.element(a).is_some_and(|ae| {
            ae.name == local_name!("main")
                || ae
                    .attr(&local_name!("role"))
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        })
    });
    if !in_main {
        return false;
    }
    // Each `<h1>` is read once for a link holding all its words; the
    // budget keeps nested headings linear.
    let mut budget = HERO_HEADER_NODES;
    let mut headline = false;
    let mut line = false;
    for d in dom.subtree(id) {
        match dom.html_name(d) {
            Some(&local_name!("h1")) if !headline => {
                let len = text_len.at(d);
                let span = dom.end(d).saturating_sub(d);
                if len > 0 && span <= budget {
                    budget -= span;
                    headline = !dom.subtree(d).any(|a| {
                        dom.html_name(a) == Some(&local_name!("a")) && text_len.at(a) == len
                    });
                }
            }
            Some(&local_name!("p")) => line |= text_len.at(d) >= HERO_LINE_TEXT,
            _ => {}
        }
        if headline && line {
            return true;
        }
    }
    false
}

/// Whether an `<article>` holds the element and its heading is below
/// `<h1>`: a `<header>` there introduces one entry of a list of articles (a
/// teaser's heading and summary), not the page (HTML's sectioning rule). A
/// story's own header, around its `<h1>`, and a forum post's attribution
/// line (no heading) hold bylines and dates, and stay furniture.
pub(super) fn in_article(dom: &Dom, id: NodeId) -> bool {
    let mut headings = dom
        .subtree(id)
        .filter_map(|d| dom.html_name(d))
        .filter(|n| crate::html::is_heading(n));
    let teaser = match headings.next() {
        Some(first) => *first != local_name!("h1") && headings.all(|n| *n != local_name!("h1")),
        None => false,
    };
    teaser
        && dom
            .ancestors(id)
            .any(|a| dom.html_name(a) == Some(&local_name!("article")))
}

/// Ancestor levels searched above a `<footer>` for the `<article>` it
/// closes (a card's footer sits in a wrapper or two of it).
pub(super) const TEASER_FOOTER_LEVELS: usize = 4;
/// Most nodes of that `<article>`: a teaser is a picture, a heading, a
/// summary and a footer (wcxb-dev half A: a blog index's cards hold 16 to
/// 28 elements, two or three times as many nodes with their text); a
/// story's `<article>` holds hundreds.
pub(super) const TEASER_NODES: usize = 256;
/// Most text (bytes) of a teaser's footer: its byline and date (two
/// authors and a date, about 50 on wcxb-dev half A's cards), not a block
/// of prose or links.
pub(super) const TEASER_FOOTER_TEXT: usize = 160;

/// Whether a `<footer>` closes one entry of a list of articles: its
/// nearest `<article>` (within [`TEASER_FOOTER_LEVELS`]) is small (fewer
/// than [`TEASER_NODES`] nodes), titled by a heading below `<h1>`, and the
/// footer holds a line or two ([`TEASER_FOOTER_TEXT`]). HTML's sectioning
/// rule makes such a footer the entry's byline and date, as its header is
/// the entry's title; a story's own footer (tags, share buttons, a bio)
/// closes an article of more nodes or an `<h1>`. Bounded: a few ancestors
/// and [`TEASER_NODES`] nodes.
pub(super) fn is_teaser_footer(dom: &Dom, id: NodeId, text: usize) -> bool {
    if text == 0 || text > TEASER_FOOTER_TEXT {
        return false;
    }
    let Some(article) = dom
        .ancestors(id)
        .take(TEASER_FOOTER_LEVELS)
        .find(|&a| dom.html_name(a) == Some(&local_name!("article")))
    else {
        return false;
    };
    if dom.end(article).saturating_sub(article) > TEASER_NODES {
        return false;
    }
    let mut headings = dom
        .subtree(article)
        .filter_map(|d| dom.html_name(d))
        .filter(|n| crate::html::is_heading(n));
    match headings.next() {
        Some(first) => *first != local_name!("h1") && headings.all(|n| *n != local_name!("h1")),
        None => false,
    }
}

/// Most text (bytes) of a section's header: its heading and a line (the
/// form-box bound; wcxb-dev half A: a recipe river's and service pages'
/// section headers hold 20 to 200).
pub(super) const SECTION_HEADER_TEXT: usize = 300;
/// Most nodes of a section's header (a few elements around a heading);
/// bigger ones are not looked into, which keeps nested headers linear.
pub(super) const SECTION_HEADER_NODES: usize = 64;

/// A `<header>` that titles a section of the page, not the page: a
/// heading below `<h1>` (and perhaps a line under it), with little link
/// text, no form and no navigation ("Top rated recipes" over a row of
/// entries). A page header is a logo, links and a search box.
pub(super) fn is_section_header(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let text = below.text_len.at(id);
    if text == 0
        || text > SECTION_HEADER_TEXT
        || dom.end(id).saturating_sub(id) > SECTION_HEADER_NODES
        || below.holds(id, HOLDS_FORM)
        || below.is_linky(id)
    {
        return false;
    }
    let mut heading = false;
    for d in dom.subtree(id) {
        match dom.html_name(d) {
            Some(&local_name!("h1") | &local_name!("nav") | &local_name!("img")) => return false,
            Some(n) if crate::html::is_heading(n) => heading = true,
            _ => {}
        }
    }
    heading
}

/// Prices a carousel shows to be a row of products (a carousel of
/// pictures or of stories shows none).
pub(super) const CAROUSEL_PRICES: usize = 4;
/// Nodes of a carousel read for its prices: a row of a dozen products
/// fits in far fewer; a bigger box is no such row (and the bound keeps
/// nested carousels linear).
pub(super) const CAROUSEL_SCAN: usize = 4_096;
/// Longest text node (bytes) read for a price: a product's name with
/// its price ("Instant Pot Duo 6-Quart … $148.02"), not a paragraph.
pub(super) const PRICE_TEXT: usize = 300;

/// Whether the subtree at `id` (read up to [`CAROUSEL_SCAN`] nodes) shows
/// [`CAROUSEL_PRICES`] prices or more: a carousel of products.
pub(super) fn shows_prices(dom: &Dom, id: NodeId) -> bool {
    dom.end(id).saturating_sub(id) <= CAROUSEL_SCAN
        && (id..dom.end(id))
            .filter_map(|n| dom.text(n))
            .filter(|t| t.len() <= PRICE_TEXT && crate::patterns::PRICE.is_match(t))
            .take(CAROUSEL_PRICES)
            .count()
            >= CAROUSEL_PRICES
}

/// Tags-named boxes of one class that make them each entry's fields on a
/// listing (the usual floor for a repeated record; wcxb-dev: listing A
/// 0.709 -> 0.713, B 0.742 -> 0.743; a job board whose gold keeps each
/// job's type, salary and place 0.58 -> 0.89, one whose gold keeps titles
/// only 0.34 -> 0.24; collection A -0.0001 from one shop grid).
pub(super) const ENTRY_FIELD_BOXES: usize = 3;

/// Elements per class attribute (the whole string). Linear.
pub(super) fn count_classes(dom: &Dom) -> crate::hash::FastMap<&str, usize> {
    let mut counts: crate::hash::FastMap<&str, usize> = Default::default();
    for id in 0..dom.len() {
        if let Some(c) = dom.element(id).and_then(|e| e.attr(&local_name!("class"))) {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
}

/// Share of a page's prices a box must hold to be its grid of products
/// (wcxb-dev half A: a category page whose only grid sits in a
/// "related-product" section, listing 0.09 -> 0.83, listing A 0.694 ->
/// 0.709; no other page of either half moves, so the share is set by
/// reason, not fit: a rail holds a minority of a priced page's prices).
pub(super) const GRID_PRICE_SHARE: f32 = 0.8;

/// Per node, the prices shown in its subtree (text nodes of at most
/// [`PRICE_TEXT`] bytes holding one). Linear: one pass sums them upward.
pub(super) fn price_counts(dom: &Dom) -> PerNode<u32> {
    let mut counts = PerNode::<u32>::new(dom.len());
    for id in (0..dom.len()).rev() {
        let own = u32::from(dom.text(id).is_some_and(is_price_text));
        let here = counts.at(id).saturating_add(own);
        if let Some(c) = counts.slot(id) {
            *c = here;
        }
        if let Some(c) = dom.parent(id).and_then(|p| counts.slot(p)) {
            *c = c.saturating_add(here);
        }
    }
    counts
}

/// Whether a text node of at most [`PRICE_TEXT`] bytes shows a price,
/// its white space as the page's source has it ("$  2,099.99" on two
/// lines read as "$ 2,099.99").
pub(super) fn is_price_text(t: &str) -> bool {
    use crate::patterns::PRICE;
    t.len() <= PRICE_TEXT
        && (PRICE.is_match(t)
            || (t.bytes().any(|b| b.is_ascii_digit())
                && PRICE.is_match(&t.split_whitespace().collect::<Vec<_>>().join(" "))))
}

/// Longest screen-reader text (bytes) read as a tile's spoken price: a
/// sentence around one price ("Current price is: 29,00 €."), not a
/// hidden paragraph. wcxb-dev half A: the two shops' sentences are 25 to
/// 28 bytes; 40, 80 and 120 move the same pages.
pub(super) const SPOKEN_PRICE_BYTES: usize = 80;

/// Whether the screen-reader box `id` says a price (see
/// [`SPOKEN_PRICE_BYTES`]): a shop tile's price as screen readers hear it.
pub(super) fn is_spoken_price(dom: &Dom, text_len: &PerNode<usize>, id: NodeId) -> bool {
    text_len.at(id) <= SPOKEN_PRICE_BYTES && is_price_text(&dom.text_of(id))
}

/// Whether `id` shows [`CAROUSEL_PRICES`] prices or more and at least
/// [`GRID_PRICE_SHARE`] of the page's (`counts`, from [`price_counts`]).
pub(super) fn holds_the_prices(counts: &PerNode<u32>, id: NodeId) -> bool {
    let here = counts.at(id);
    here as usize >= CAROUSEL_PRICES && here as f32 >= counts.at(0) as f32 * GRID_PRICE_SHARE
}

/// Elements above `<body>` (html, body) are never cut for words.
pub(super) fn is_body_level(dom: &Dom, id: NodeId) -> bool {
    !matches!(
        dom.html_name(id),
        Some(&local_name!("html")) | Some(&local_name!("body"))
    )
}

/// Text (bytes) that makes an ad-named box on a listing an entry: a
/// title and a line, more than an ad slot's label.
pub(super) const PROMO_ENTRY_BYTES: usize = 60;

/// Fewest ad-named boxes with an entry's text that make a river of promos
/// on an undated page of any type (wcxb-dev half A: a dated article's
/// related-story rails hold up to 15, a news hub's river 65).
pub(super) const PROMO_RIVER_ENTRIES: usize = 10;

/// Whether the ad-named boxes with an entry's text from `from` on are
/// many: entries of a river (a news hub's story promos, a service page's
/// cards), not ad slots. One walk over the rest of the page, done once.
pub(super) fn is_promo_river(dom: &Dom, text_len: &PerNode<usize>, from: NodeId) -> bool {
    let mut n = 0usize;
    let mut walk = dom.walk(from..dom.len());
    while let Some(id) = walk.next() {
        let Some(e) = dom.element(id) else {
            continue;
        };
        if text_len.at(id) >= PROMO_ENTRY_BYTES && classify(e).hint == Some(Boilerplate::Ads) {
            n += 1;
            walk.skip_subtree(id);
        }
    }
    n >= PROMO_RIVER_ENTRIES
}

/// Class or id words of a customer-review section ("reviews",
/// "product-reviews", "yotpo-reviews-widget").
pub(super) fn is_customer_reviews(e: &crate::dom::Element) -> bool {
    [local_name!("class"), local_name!("id")].iter().any(|a| {
        e.attr(a)
            .is_some_and(|v| crate::hints::has_word(v, |w| matches!(w, "reviews" | "review")))
    })
}

/// Fewest items of a list of the price in other currencies
/// ([`is_currency_list`]): two could be a price and its sale price.
pub(super) const CURRENCY_LIST_ITEMS: usize = 3;
/// Most nodes below one item of such a list ("<b>USD</b>: <span>$149.64
/// </span>" is five), so each item is read in a few steps.
const CURRENCY_ITEM_NODES: usize = 12;
/// Most bytes of an item's text ("ZAR: $2,679.54" is 14).
const CURRENCY_ITEM_BYTES: usize = 32;

/// Whether list `id` is the price in other currencies, every item a
/// currency's code and an amount ("AED: 549.56AED", "USD: $149.64"): a
/// currency switcher's tooltip beside the price, not the product's text.
/// Bounded: each item read only when it has at most
/// [`CURRENCY_ITEM_NODES`] nodes; the walk stops at the first other item.
pub(super) fn is_currency_list(dom: &Dom, text_len: &PerNode<usize>, id: NodeId) -> bool {
    let mut n = 0usize;
    for c in dom.children(id) {
        let Some(ce) = dom.element(c) else {
            if dom.text(c).is_some_and(|t| !t.trim().is_empty()) {
                return false;
            }
            continue;
        };
        if ce.name != local_name!("li")
            || text_len.at(c) > CURRENCY_ITEM_BYTES
            || dom.end(c).saturating_sub(c) > CURRENCY_ITEM_NODES
            || !is_amount_in_currency(&dom.text_of(c))
        {
            return false;
        }
        n += 1;
    }
    n >= CURRENCY_LIST_ITEMS
}

/// "USD: $149.64": a three-letter currency code in capitals, a colon, and
/// an amount (digits, with at most a symbol or a code of letters around).
fn is_amount_in_currency(t: &str) -> bool {
    let Some((code, amount)) = t.trim().split_once(':') else {
        return false;
    };
    let code = code.trim();
    let amount = amount.trim();
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && amount.bytes().any(|b| b.is_ascii_digit())
        && amount.chars().filter(|c| c.is_alphabetic()).count() <= 3
        && !amount.contains(char::is_whitespace)
}

/// Most steps from a table's row or cell up to its `<table>` (a cell, its
/// row, the row group): further up, an element is no part of that table.
const TABLE_PART_STEPS: usize = 3;

/// Whether `id` is a row or cell of a data table: a `<tr>`, `<td>` or
/// `<th>` whose `<table>` holds header cells (`<th>`). Its class and id
/// name its entry or column ("digital-signature-compatible-row" in a
/// feature comparison, "th__promo" over a column of promotions), not a box
/// of the page; a layout table (a page's columns, one of them its menu)
/// has no header cells.
pub(super) fn is_data_table_part(
    dom: &Dom,
    below: &Below,
    id: NodeId,
    e: &crate::dom::Element,
) -> bool {
    matches!(
        e.name,
        local_name!("tr") | local_name!("td") | local_name!("th")
    ) && dom
        .ancestors(id)
        .take(TABLE_PART_STEPS)
        .find(|&a| dom.html_name(a) == Some(&local_name!("table")))
        .is_some_and(|t| below.holds(t, HOLDS_TABLE_HEADER))
}
