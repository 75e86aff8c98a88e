//! Stage 2: mark what is obviously not content.
//!
//! Nothing is deleted: each subtree root that must go gets a [`Cut`] saying
//! why, and later stages skip those subtrees. Three kinds of evidence:
//! the tag (script, nav, forms…), visibility (hidden, aria-hidden, inline
//! `display:none`), and class/id/role words ([`crate::hints`]). A page's
//! layout wrappers sometimes carry boilerplate words (`class="has-sidebar"`),
//! so a subtree that holds the page's headline or its marked article body, or
//! most of its text, is never cut for layout words or visibility.

use html5ever::local_name;

use crate::boilerplate::Boilerplate;
use crate::dom::{Dom, NodeId, PerNode};
use crate::hints::{classify, names_main_column, ClassInfo};
use crate::pagetype::PageType;

/// Why a subtree was cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cut {
    /// Its tag never holds article text (script, nav, form…).
    Tag(&'static str),
    /// Hidden from readers.
    Hidden,
    /// A class, id or role word.
    Hint(Boilerplate),
}

impl Cut {
    /// Human-readable reason.
    pub(crate) fn describe(self) -> String {
        match self {
            Cut::Tag(t) => format!("<{t}> element"),
            Cut::Hidden => "hidden element".to_owned(),
            Cut::Hint(h) => format!("{} section (class/id/role)", h.name()),
        }
    }
}

/// The verdict of the prune stage: a cut per subtree root.
pub(crate) struct Pruned {
    cuts: Vec<Option<Cut>>,
    /// Bytes of trimmed text below each node (script and style excluded).
    pub(crate) text_len: PerNode<usize>,
    /// What each element's class, id and role say (elements outside cut
    /// subtrees; the default elsewhere).
    class: PerNode<ClassInfo>,
}

impl Pruned {
    /// The cut at `id`, if `id` roots a cut subtree.
    pub(crate) fn cut(&self, id: NodeId) -> Option<Cut> {
        self.cuts.get(id).copied().flatten()
    }

    /// What element `id`'s class, id and role say.
    pub(crate) fn class(&self, id: NodeId) -> ClassInfo {
        self.class.at(id)
    }
}

/// Fraction of the body's text above which a subtree is taken for a page
/// wrapper and never cut for layout words or visibility.
const WRAPPER_TEXT_SHARE: f32 = 0.5;

/// How far a pass relaxes the prune's evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relax {
    /// Every cut.
    Strict,
    /// Class words naming page furniture (layout, navigation, ads) no
    /// longer cut, furniture by tag still cut: the weaker evidence is
    /// relaxed first, so a page whose text a class word cut keeps its
    /// site header and footer cut.
    Words,
    /// Furniture by tag no longer cut either.
    All,
}

/// [`prune_with`], strict or wholly relaxed (the stages' unit tests).
#[cfg(test)]
pub(crate) fn prune(
    dom: &Dom,
    protect: &[NodeId],
    page_type: PageType,
    relaxed: bool,
    dated: bool,
) -> Pruned {
    let relax = if relaxed { Relax::All } else { Relax::Strict };
    prune_with(dom, protect, page_type, relax, dated)
}

/// Marks what to drop. `protect` lists nodes (the headline, a marked article
/// body) whose ancestors must survive layout and visibility cuts.
///
/// `relax` says how far a second try on a page the strict pass left empty
/// relaxes the evidence ([`Relax`]): at most, page furniture by tag
/// (header, footer, aside, nav, menu, form) and layout, navigation, ad and
/// similar class words no longer cut, only what never holds content and
/// the sections named for boilerplate (comments, related, share,
/// newsletter, cookies). Later stages still drop menus by their links.
///
/// `dated` says whether the page declares a publication date: an article
/// with none is mostly a guide or a landing page, whose carousels and tab
/// sets hold its sections as a service page's do.
pub(crate) fn prune_with(
    dom: &Dom,
    protect: &[NodeId],
    page_type: PageType,
    relax: Relax,
    dated: bool,
) -> Pruned {
    let below = Below::new(dom);
    // On a forum the posts are the content, however they are marked.
    let forum = page_type == PageType::Forum;
    let threads = if forum {
        PerNode::new(dom.len())
    } else {
        comment_threads(dom, &below, protect)
    };
    let text_len = &below.text_len;
    // On a forum each post's number in its header ("#2") goes: its place
    // in the thread, not its words.
    let ordinals = if forum {
        crate::thread::post_ordinals(dom, text_len)
    } else {
        PerNode::new(0)
    };
    let total = text_len.at(0).max(1) as f32;
    let (controlled, menus) = controlled_and_menu_ids(dom);
    let tocs = tables_of_contents(dom, &below);
    let notes = if page_type == PageType::Product {
        footnote_targets(dom, &below.text_len)
    } else {
        Default::default()
    };
    let mut cuts = vec![None; dom.len()];
    let mut class = PerNode::<ClassInfo>::new(dom.len());
    let mut walk = dom.walk(0..dom.len());
    // End of the `<pre>` the walk is in: a code listing's highlighter
    // classes ("comment", "token comment") name its tokens, no section.
    let mut code_end: NodeId = 0;
    // End of the grid of linked cards the walk is in
    // ([`is_grid_of_linked_cards`]).
    let mut grid_end: NodeId = 0;
    // The nearest ancestor kept despite its boilerplate name. On a product
    // page a box judged content under such a name (the details in a
    // "product-details-modal" sheet) keeps the parts named after it
    // ("product-details-modal__paragraph"), whose class words are the
    // box's name, not their own (wcxb-dev half A: product 0.683 -> 0.686,
    // one page's description and designer 0.48 -> 0.62; half B and every
    // other type unchanged. On all page types it cost forum A 0.005: a
    // post's kept box keeps its "signature" parts).
    let mut kept_box = PerNode::<Option<NodeId>>::new(dom.len());
    // Whether the page's ad-named boxes are a river of entries (found at
    // the first such box, so pages without one pay nothing).
    let mut promo_river: Option<bool> = None;
    // Prices per subtree, counted at the first related-named box of a
    // listing (pages without one pay nothing).
    let mut prices: Option<PerNode<u32>> = None;
    // Elements per class attribute, counted at the first tags-named box
    // of a listing.
    let mut class_counts: Option<crate::hash::FastMap<&str, usize>> = None;
    // The poster's card the walk is in (its end) and the name link kept
    // from it ([`poster_name_link`]); posts whose name a card gave.
    let mut card: Option<(NodeId, NodeId)> = None;
    let mut named_posts: crate::hash::FastSet<NodeId> = Default::default();
    while let Some(id) = walk.next() {
        let Some(e) = dom.element(id) else {
            continue;
        };
        let kept_above = dom.parent(id).and_then(|p| kept_box.at(p));
        if let Some(slot) = kept_box.slot(id) {
            *slot = kept_above;
        }
        let part_of_kept = page_type == PageType::Product
            && kept_above
                .and_then(|a| dom.element(a))
                .is_some_and(|a| is_part_of(e, a));
        let in_code = id < code_end;
        if e.name == local_name!("pre") {
            code_end = code_end.max(dom.end(id));
        }
        let info = classify(e);
        if let Some(slot) = class.slot(id) {
            *slot = info;
        }
        if let Some((_, link)) = card.filter(|&(end, _)| id < end) {
            if !dom.contains(id, link) && !dom.contains(link, id) {
                // The rest of the card: avatar, group, counters, fields.
                if let Some(slot) = cuts.get_mut(id) {
                    *slot = Some(Cut::Tag("aside"));
                }
                walk.skip_subtree(id);
                continue;
            }
            if id != link && dom.contains(id, link) {
                // A wrapper of the name (its heading): kept.
                continue;
            }
        }
        let is_wrapper = || {
            protect.iter().any(|&p| dom.contains(id, p))
                || below.holds(id, HOLDS_MARKER)
                || text_len.at(id) as f32 / total > WRAPPER_TEXT_SHARE
        };
        let cut = if threads.at(id) {
            Some(Cut::Hint(Boilerplate::Comments))
        } else if ordinals.at(id) {
            Some(Cut::Tag("post number"))
        } else if tocs.at(id) && !in_code && !is_wrapper() {
            // A table of contents repeats the headings below it.
            Some(Cut::Tag("table of contents"))
        } else if page_type == PageType::Product
            && is_body_level(dom, id)
            && is_customer_reviews(e)
            && !protect.iter().any(|&p| dom.contains(id, p))
            && !below.is_unlinked_prose(id)
        {
            // A product page's customer reviews are its comments (a box of
            // prose linking nothing under a reviews name is its
            // description: [`UNLINKED_PROSE_LINK_SHARE`]).
            Some(Cut::Hint(Boilerplate::Comments))
        } else if e.name == local_name!("sup") && is_footnote_mark(dom, id, text_len.at(id)) {
            // A footnote's mark ("…battery life.<sup><a href=#fn-3>3</a></sup>")
            // points to a note elsewhere on the page: no word of the text,
            // and glued to the word before it ("life3") it spoils both.
            // A product page's feature captions ending so read as
            // sentences again (wcxb-dev half A: product 0.6886 -> 0.6923,
            // five pages up, a gallery of captions 0.74 -> 0.89; articles
            // +0.0000 (four up, two down by 0.0006: golds that keep the
            // numbers); half B: ALL +0.0000, one documentation page
            // -0.0003; news unchanged). Unlinked numbers stay: after a
            // word they are marks as often as exponents (half A flat, B
            // +0.0001, news -0.0001).
            Some(Cut::Tag(FOOTNOTE_MARK))
        } else if !notes.is_empty()
            && e.attr(&local_name!("id"))
                .is_some_and(|i| notes.contains(i.trim()))
            && !is_wrapper()
        {
            // The notes a product page's footnote marks link to are the
            // maker's fine print (test conditions, availability, trademark
            // lines), no part of the product's text: wcxb-dev half A
            // product 0.6923 -> 0.6968 (a phone's page of 800 words of
            // notes 0.32 -> 0.51), half B and news unchanged. An
            // article's notes are its sources and asides, which golds keep
            // as often as not (on every type: article A +0.0000, three
            // pages down; documentation B -0.0001), so only here. The
            // page's wrapper (a mark linking to the top) stays.
            Some(Cut::Tag("footnotes"))
        } else if e.foreign {
            // SVG and MathML: drawings and formulas, never prose.
            Some(Cut::Tag("svg/math"))
        } else if e.name == local_name!("label")
            && e.attr(&local_name!("for"))
                .is_some_and(|f| menus.contains(f.trim()))
        {
            // The label of a drop-down menu ("Sorted by:", "Country",
            // "Sort:") names the control, not the page's text.
            Some(Cut::Tag("label of a menu"))
        } else if let Some(tag) = crate::html::noise_tag(&e.name) {
            // Forms wrap whole pages on some CMSs (ASP.NET), and a
            // <noscript> holds the whole page where scripts render it
            // (forum software's reader view): keep those.
            // A <header> full of prose is the article's own (page builders
            // put whole bodies in one); a page header is a few links.
            // A <header> inside an <article> introduces that article (an
            // entry of a river of teasers, or the story's own headline).
            // An accordion's toggle button is the title of the panel it
            // opens (an FAQ's question, a guide's title).
            let wraps = (matches!(tag, "form" | "noscript") && is_wrapper())
                || (tag == "header"
                    && (below.is_prose(id)
                        || in_article(dom, id)
                        || is_section_header(dom, &below, id)
                        || (forum && is_post_attribution(dom, id, text_len.at(id)))))
                || (tag == "button"
                    && text_len.at(id) >= PANEL_TITLE_MIN_TEXT
                    && (is_panel_title(e, text_len.at(id))
                        || is_heading_button(dom, id, e)
                        || (page_type == PageType::Service && opens_a_panel(dom, id, text_len))));
            let furniture = matches!(tag, "header" | "footer" | "aside" | "nav" | "menu" | "form");
            // A post's poster card (an `<aside>` in a post on a thread)
            // opens with the poster's name: that link stays (select's
            // poster-name rule keeps it as the post's author line), the
            // rest of the card goes, once per post (a second card
            // repeating the name beside the date goes whole). wcxb-dev
            // half A: forum 0.8031 -> 0.8036 (two threads up 0.011 and
            // 0.025, one down 0.004 whose gold stops after a few posts);
            // half B: forum flat, one page -0.001 (a name the gold
            // leaves out); news unchanged (forum pages only).
            let name = (forum && tag == "aside" && !wraps)
                .then(|| crate::thread::post_of(dom, id))
                .flatten()
                .filter(|p| !named_posts.contains(p))
                .and_then(|p| poster_name_link(dom, id, p, text_len).map(|l| (p, l)));
            if let Some((post, link)) = name {
                named_posts.insert(post);
                card = Some((dom.end(id), link));
                continue;
            }
            if relax == Relax::All && furniture {
                // Furniture kept on the second pass, unless its words name
                // boilerplate.
                info.hint
                    .filter(|&h| is_named_boilerplate(h))
                    .map(Cut::Hint)
            } else {
                (!wraps).then_some(Cut::Tag(tag))
            }
        } else if below.holds(id, HOLDS_FORM)
            && !below.holds(id, HOLDS_TABLE_HEADER)
            && text_len.at(id) < FORM_BOX_TEXT
            && crate::html::is_block(&e.name)
            && is_body_level(dom, id)
            && !is_wrapper()
            && !below.is_entry_with_a_form(
                dom,
                id,
                matches!(page_type, PageType::Listing | PageType::Collection),
            )
        {
            // A small box around a form: newsletter signup, search, login,
            // comment form. Its few words are the form's prompt. (One of a
            // run of sibling boxes each with its form is an entry of a
            // list: a product tile with its "Add to cart", a book with its
            // "Want to read".) A box holding a table's header cells holds
            // data, not a prompt: a product's column of prices and specs
            // with a price history's period picker (wcxb-dev: one product
            // page of half A, 0 -> 0.576; nothing else on either half moves).
            Some(Cut::Tag("form box"))
        } else if is_hidden(e) {
            // Hidden blocks of schema.org microdata repeat the headline, so
            // only a share of the text marks a wrapper hidden by a modal.
            // A closed accordion, FAQ answer or tab panel is content the
            // reader opens with a click.
            let share = text_len.at(id) as f32 / total;
            let opened = e
                .attr(&local_name!("id"))
                .is_some_and(|i| controlled.contains(i.trim()));
            // (A form after a question is a signup's pitch: "Want 15% off?")
            let questions = !below.holds(id, HOLDS_FORM);
            // A popover opens over the page, not in its flow, whatever
            // control beside it opens it (an app-install or notification
            // prompt after its button); so does a modal dialog (a
            // "Republish this article" box after its button, holding a
            // copy of the story's headline and byline to paste).
            let popover = e.attrs.iter().any(|a| &*a.name.local == "popover") || is_modal(e);
            // A panel mostly of links is a menu's (a nav disclosure, a
            // mega-menu's submenu); a teaser with its one "Read full
            // article" link is a hub's panel (wcxb-dev half A: collection
            // 0.7357 -> 0.7381, 8 pages up, none down).
            let disclosed = !popover
                && (is_disclosure_panel(e)
                    || opened
                    || follows_a_toggle(dom, id, questions)
                    || precedes_a_toggle(dom, id))
                && (!below.is_linky(id) || below.is_teaser(id));
            // One of a carousel's or a tab set's panels, shown in turn: on
            // pages of many sections it is one of them (wcxb-dev half A:
            // service pages' testimonial carousels, a tab set of templates
            // and FAQ items, +0.0045 on service; half B unchanged). The
            // slides of an article or a manual are its pictures' captions
            // and promotions.
            let slide = !popover
                && !page_type.is_single_text()
                && !below.is_linky(id)
                && is_hidden_slide(dom, &below, id, e);
            // A stylesheet's hiding class on most of the page's text, with
            // no headline, <main> or <article> inside, is a drawer kept
            // closed (a product comparison, a data list of thumbnail URLs);
            // a wrapper a modal hid holds the headline, and an inline
            // `display:none` box is as often filled and shown by a script
            // (a streamed list of entries, a content locker): wcxb-dev half
            // A +0.0016 ALL (a product and a collection page), B unchanged.
            // The modal itself is no wrapper, however much it holds (a
            // republishing box's copy of the story, markup and all).
            let wrapper = !is_modal(e)
                && share > WRAPPER_TEXT_SHARE
                && (below.holds(id, HOLDS_MARKER) || !has_hiding_class(e));
            (!wrapper && !disclosed && !slide).then_some(Cut::Hidden)
        } else if is_modal(e)
            && !(below.holds(id, HOLDS_MARKER)
                && text_len.at(id) as f32 / total > WRAPPER_TEXT_SHARE)
            && !protect.iter().any(|&p| dom.contains(id, p))
        {
            // A modal dialog (republishing terms, a signup, a video
            // player) opens over the page: never its text, however long.
            // Its own title may be an <h1> ("We value your privacy"): only
            // a dialog holding most of the page's text with it is the
            // page's wrapper (a story opened over its index).
            Some(Cut::Tag("dialog"))
        } else if let Some(h) = info.hint {
            let semantic = is_named_boilerplate(h);
            let protected = in_code
                || part_of_kept
                || protect.iter().any(|&p| dom.contains(id, p))
                || (relax != Relax::Strict && !semantic)
                || (forum
                    && h == Boilerplate::Comments
                    && !crate::thread::remarks_on_a_post(dom, id, text_len))
                // A thread's body holds each post with its poster and
                // date: a post's short byline with a date is its
                // attribution line ("raoul May 3, 2024, 8:45am").
                || (forum
                    && h == Boilerplate::Byline
                    && is_post_attribution(dom, id, text_len.at(id)))
                || (!matches!(h, Boilerplate::Comments | Boilerplate::Related)
                    && below.is_prose(id))
                // Whatever its words, prose with next to no links is a text
                // (a comment section links its posters and replies).
                || below.is_unlinked_prose(id)
                // A section of the text named for its own heading
                // ("respond-to-review-comments", "cookies") among sibling
                // sections named so: a manual's chapter, not boilerplate.
                || is_named_text_section(dom, id, e)
                // A layout grid ("layout-sidebar-left") holds the sidebar
                // beside the main column: its children say which is which.
                || (is_furniture(h) && is_layout_grid(dom, &below, id))
                // Sliders of testimonials and feature panels off one-text
                // pages, a service page's sections in page-builder widgets,
                // and a product page's details in a drawer or modal sheet
                // ("product-details-modal") are content (on listings a
                // layout box of text is a rail that outscored the entries:
                // wcxb-dev half A lost 0.02 there; on products half A gains
                // 0.003, B 0.001).
                // A carousel's slides too short alone are slides of text
                // together (wcxb-dev: service A +0.0005, B +0.0007; on
                // product pages, marketing galleries: A -0.0028).
                // An undated article (a guide, a landing page) keeps its
                // carousels of text too, unless they hold a linked picture:
                // promotion cards leading on (wcxb-dev half A: service
                // 0.8602 -> 0.8620, one article's promotion carousel
                // 0.99 -> 0.96 without the picture check; half B: article
                // 0.9545 -> 0.9551; ALL A +0.0003, B +0.0004).
                || (h == Boilerplate::Gallery
                    && (!page_type.is_single_text()
                        || (page_type == PageType::Article
                            && !dated
                            && !below.holds(id, HOLDS_LINKED_PICTURE)))
                    && (below.is_slides_of_text(id)
                        || (page_type != PageType::Product && is_one_of_slides(dom, &below, id))))
                // On a listing an <article> in a carousel is one of its
                // entries (a row of featured stories or recipes), and so
                // is a carousel of products with their prices.
                || (h == Boilerplate::Gallery
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && (e.name == local_name!("article") || shows_prices(dom, id)))
                // A related-named box holding nearly all of a listing's
                // prices is its grid of products, not a rail beside it
                // (a theme's "related-product" section around a
                // category's only grid): a rail of other products sits
                // beside a grid priced too.
                || (h == Boilerplate::Related
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && holds_the_prices(
                        prices.get_or_insert_with(|| price_counts(dom)),
                        id,
                    ))
                // A listing's entries each show their fields (job type,
                // salary, place, topics) in a tags-named box of one class;
                // a page's tag cloud is one box.
                || (h == Boilerplate::Tags
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && e.attr(&local_name!("class")).is_some_and(|c| {
                        class_counts
                            .get_or_insert_with(|| count_classes(dom))
                            .get(c)
                            .is_some_and(|&n| n >= ENTRY_FIELD_BOXES)
                    }))
                || (h == Boilerplate::Layout
                    && matches!(page_type, PageType::Service | PageType::Product)
                    && below.is_slides_of_text(id))
                // A product's specification sheet in a drawer or modal
                // ("measurements-modal": a heading, then "Width: 30 cm",
                // "Weight: 2 kg") is about the product, though no prose.
                || (page_type == PageType::Product
                    && !matches!(h, Boilerplate::Comments | Boilerplate::Related)
                    && !below.is_linky(id)
                    && is_spec_sheet(dom, &below, id))
                // A service page's ad-named ("promo") container holding
                // text is one of its sections (its list of services, cards
                // linked whole: title, a line, "Find out more"); an ad slot
                // holds a label and a picture.
                || (h == Boilerplate::Ads
                    && page_type == PageType::Service
                    && text_len.at(id) >= SLIDE_TEXT_BYTES)
                // Navigation is links: a box named so that holds text
                // outside links is a section ("skip-item", "topic").
                || (h == Boilerplate::Navigation && below.is_slides_of_text(id))
                // A service page's grid of its services, each a card
                // linked whole (a title and a sentence or two), is a
                // section, though named for navigation: a menu's links
                // say a few words each.
                // (Its cards, named so too, with it.)
                || (h == Boilerplate::Navigation
                    && page_type == PageType::Service
                    && (id < grid_end || {
                        let grid = is_grid_of_linked_cards(dom, &below, id);
                        if grid {
                            grid_end = dom.end(id);
                        }
                        grid
                    }))
                // A listing's "promo" boxes are its entries (a news hub's
                // story promos); an ad slot holds a label at most.
                || (h == Boilerplate::Ads
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && text_len.at(id) >= PROMO_ENTRY_BYTES)
                // So are they on an undated page of any type where they are
                // many: a news hub taken for an article is a river of story
                // promos (a dated story's are its related rails).
                || (h == Boilerplate::Ads
                    && !dated
                    && text_len.at(id) >= PROMO_ENTRY_BYTES
                    && *promo_river
                        .get_or_insert_with(|| is_promo_river(dom, text_len, id)));
            // Boilerplate words on a page wrapper ("main has-sidebar") say
            // nothing about its content; words naming a kind of section do,
            // unless the section holds the headline or the marked body.
            // A heading's class words name the box it heads, and its id is
            // mostly a slug of its own words ("h-what-is-social-shopping"):
            // the heading goes with its box or not at all.
            let heading = crate::html::is_heading(&e.name);
            // (A block's parts answer to the block, not to each other.)
            if protected && !part_of_kept {
                if let Some(slot) = kept_box.slot(id) {
                    *slot = Some(id);
                }
            }
            if protected || heading || (!semantic && is_wrapper()) || !is_body_level(dom, id) {
                None
            } else {
                Some(Cut::Hint(h))
            }
        } else {
            None
        };
        if let Some(c) = cut {
            if let Some(slot) = cuts.get_mut(id) {
                *slot = Some(c);
            }
            walk.skip_subtree(id);
        }
    }
    Pruned {
        cuts,
        text_len: below.text_len,
        class,
    }
}

/// Whether `e` is a part of the box `of` by its class: a block's element
/// in the BEM naming ("details-modal__paragraph" in "details-modal"), whose
/// words are its block's name, not its own.
fn is_part_of(e: &crate::dom::Element, of: &crate::dom::Element) -> bool {
    let (Some(mine), Some(theirs)) = (
        e.attr(&local_name!("class")),
        of.attr(&local_name!("class")),
    ) else {
        return false;
    };
    mine.split_ascii_whitespace().take(CLASS_WORDS).any(|c| {
        theirs
            .split_ascii_whitespace()
            .take(CLASS_WORDS)
            .any(|t| c.strip_prefix(t).is_some_and(|rest| rest.starts_with("__")))
    })
}

/// Class words of each side [`is_part_of`] compares: a BEM block and its
/// element carry a handful; the cap keeps a class list of thousands from
/// making the comparison quadratic.
const CLASS_WORDS: usize = 16;

/// Fewest sibling sections, each named for its heading, around a section
/// so named that make them the sections of one text.
const TEXT_SECTION_RUN: usize = 2;

/// The heading that opens element `id`: its first child with text, when
/// that is a heading (blank text and a few small empty elements before it,
/// such as an anchor `<span id="old-name"></span>`, aside).
fn opening_heading(dom: &Dom, id: NodeId) -> Option<NodeId> {
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
fn slug_letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether element `id` opens with a heading whose words its id spells
/// (documentation generators name each section so).
fn is_named_for_heading(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
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
fn is_named_text_section(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
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
fn is_spec_sheet(dom: &Dom, below: &Below, id: NodeId) -> bool {
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
const SPEC_ROWS: usize = 3;
/// Bytes of a specification row ("Max load/shelf: 29 lb"); a sentence with
/// a colon in it is longer.
const SPEC_ROW_BYTES: usize = 120;
/// Bytes of a specification's label ("Package(s)").
const SPEC_LABEL_BYTES: usize = 40;
/// Nodes of a box [`is_spec_sheet`] reads: a sheet of a few dozen rows,
/// and no box read beyond it (no quadratic case on nested boxes).
const SPEC_SHEET_NODES: usize = 400;

/// Hints that name page furniture by its place (a sidebar, a menu, an ad
/// slot), not by what it says.
fn is_furniture(h: Boilerplate) -> bool {
    matches!(
        h,
        Boilerplate::Layout | Boilerplate::Navigation | Boilerplate::Ads
    )
}

/// Least text (bytes) of a layout grid's main column: a few paragraphs, more
/// than a control's label in a box named "swipe-text" beside a carousel's
/// pagination (wcxb-dev half A: the one main column this rule must keep
/// holds 1,700).
const MAIN_COLUMN_BYTES: usize = 500;

/// A container whose children are furniture named so and holding text (a
/// sidebar, a menu; an empty anchor or ad slot says nothing)
/// beside a box whose class names the main column and holds more text than
/// they do: the page's layout grid, named for its sidebar
/// (`<div class="layout-sidebar-left"><nav class="sidebar">…</nav><div
/// class="layout-main">…</div></div>`), not a sidebar. Reads each child's
/// class once, and only for containers a furniture word would cut.
fn is_layout_grid(dom: &Dom, below: &Below, id: NodeId) -> bool {
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
fn is_named_boilerplate(h: Boilerplate) -> bool {
    matches!(
        h,
        Boilerplate::Comments
            | Boilerplate::Related
            | Boilerplate::Share
            | Boilerplate::Newsletter
            | Boilerplate::Cookies
    )
}

/// Whether an `<article>` holds the element and its heading is below
/// `<h1>`: a `<header>` there introduces one entry of a list of articles (a
/// teaser's heading and summary), not the page (HTML's sectioning rule). A
/// story's own header, around its `<h1>`, and a forum post's attribution
/// line (no heading) hold bylines and dates, and stay furniture.
fn in_article(dom: &Dom, id: NodeId) -> bool {
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

/// Most text (bytes) of a section's header: its heading and a line (the
/// form-box bound; wcxb-dev half A: a recipe river's and service pages'
/// section headers hold 20 to 200).
const SECTION_HEADER_TEXT: usize = 300;
/// Most nodes of a section's header (a few elements around a heading);
/// bigger ones are not looked into, which keeps nested headers linear.
const SECTION_HEADER_NODES: usize = 64;

/// A `<header>` that titles a section of the page, not the page: a
/// heading below `<h1>` (and perhaps a line under it), with little link
/// text, no form and no navigation ("Top rated recipes" over a row of
/// entries). A page header is a logo, links and a search box.
fn is_section_header(dom: &Dom, below: &Below, id: NodeId) -> bool {
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
const CAROUSEL_PRICES: usize = 4;
/// Nodes of a carousel read for its prices: a row of a dozen products
/// fits in far fewer; a bigger box is no such row (and the bound keeps
/// nested carousels linear).
const CAROUSEL_SCAN: usize = 4_096;
/// Longest text node (bytes) read for a price: a product's name with
/// its price ("Instant Pot Duo 6-Quart … $148.02"), not a paragraph.
const PRICE_TEXT: usize = 300;

/// Whether the subtree at `id` (read up to [`CAROUSEL_SCAN`] nodes) shows
/// [`CAROUSEL_PRICES`] prices or more: a carousel of products.
fn shows_prices(dom: &Dom, id: NodeId) -> bool {
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
const ENTRY_FIELD_BOXES: usize = 3;

/// Elements per class attribute (the whole string). Linear.
fn count_classes(dom: &Dom) -> crate::hash::FastMap<&str, usize> {
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
const GRID_PRICE_SHARE: f32 = 0.8;

/// Per node, the prices shown in its subtree (text nodes of at most
/// [`PRICE_TEXT`] bytes holding one). Linear: one pass sums them upward.
fn price_counts(dom: &Dom) -> PerNode<u32> {
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
fn is_price_text(t: &str) -> bool {
    use crate::patterns::PRICE;
    t.len() <= PRICE_TEXT
        && (PRICE.is_match(t)
            || (t.bytes().any(|b| b.is_ascii_digit())
                && PRICE.is_match(&t.split_whitespace().collect::<Vec<_>>().join(" "))))
}

/// Whether `id` shows [`CAROUSEL_PRICES`] prices or more and at least
/// [`GRID_PRICE_SHARE`] of the page's (`counts`, from [`price_counts`]).
fn holds_the_prices(counts: &PerNode<u32>, id: NodeId) -> bool {
    let here = counts.at(id);
    here as usize >= CAROUSEL_PRICES && here as f32 >= counts.at(0) as f32 * GRID_PRICE_SHARE
}

/// Elements above `<body>` (html, body) are never cut for words.
fn is_body_level(dom: &Dom, id: NodeId) -> bool {
    !matches!(
        dom.html_name(id),
        Some(&local_name!("html")) | Some(&local_name!("body"))
    )
}

/// Class/id words of the panels that accordions, FAQs and tabs show on a
/// click (wcxb-dev: service, product and documentation pages put their
/// answers and tab contents there, hidden until opened). "pane" is
/// Bootstrap's `tab-pane` (wcxb-dev half B: a product page's
/// specification tab, product +0.005; half A unchanged). The bare words
/// "tab" and "tabs" also name a pricing table's per-plan views that repeat
/// its rows (half B: service -0.002), so they are not among them.
const DISCLOSURE_WORDS: [&str; 8] = [
    "accordion",
    "answer",
    "collapse",
    "collapsible",
    "faq",
    "tabpanel",
    "panel",
    "pane",
];

/// A panel shown on a click: `role="tabpanel"`, or a class or id word of
/// [`DISCLOSURE_WORDS`].
fn is_disclosure_panel(e: &crate::dom::Element) -> bool {
    let word = |w: &str| DISCLOSURE_WORDS.contains(&w);
    e.attr(&local_name!("role"))
        .is_some_and(|r| r.trim().eq_ignore_ascii_case("tabpanel"))
        || e.attr(&local_name!("class"))
            .is_some_and(|c| crate::hints::has_word(c, word))
        || e.attr(&local_name!("id"))
            .is_some_and(|c| crate::hints::has_word(c, word))
}

/// The ids that controls open (`aria-controls`), and the ids of the page's
/// drop-down menus (`<select>`), whose `<label>`s name a control (wcxb-dev:
/// 18 such labels kept as text on 18 pages of both halves, none in the
/// gold). One pass over the elements.
fn controlled_and_menu_ids(dom: &Dom) -> (crate::hash::FastSet<&str>, crate::hash::FastSet<&str>) {
    let mut controlled = crate::hash::FastSet::default();
    let mut menus = crate::hash::FastSet::default();
    for e in (0..dom.len()).filter_map(|id| dom.element(id)) {
        if let Some(c) = e.attr(&local_name!("aria-controls")) {
            controlled.extend(c.split_ascii_whitespace());
        }
        if e.name == local_name!("select") {
            menus.extend(
                e.attr(&local_name!("id"))
                    .map(str::trim)
                    .filter(|i| !i.is_empty()),
            );
        }
    }
    (controlled, menus)
}

/// Shortest text (bytes) of a toggle button that titles its panel: menu
/// and filter toggles say a word or two ("Menu", "Price", "Show more"),
/// accordions' questions and guide titles a phrase (wcxb-dev half A
/// collection and service pages: 22 to 100 and more).
const PANEL_TITLE_MIN_TEXT: usize = 20;

/// A `<button>` that opens and closes a panel (`aria-expanded`), with a
/// phrase for text: the panel's title, an FAQ's question.
fn is_panel_title(e: &crate::dom::Element, text: usize) -> bool {
    e.attr(&local_name!("aria-expanded")).is_some() && text >= PANEL_TITLE_MIN_TEXT
}

/// A `<button>` that is a heading's text (`<h3><button>Can I return
/// it?</button></h3>`): the accordion pattern, whose panel titles are
/// headings holding the button that opens each panel (the script adds
/// `aria-expanded` only when it runs). A control beside a heading's text
/// ("Edit", a "#" anchor) shares the heading with it; a form's submit
/// button opens no panel. (Both need a title's length: a "Menu" toggle
/// in a heading opens the navigation.)
fn is_heading_button(dom: &Dom, id: NodeId, e: &crate::dom::Element) -> bool {
    let submits = e
        .attr(&local_name!("type"))
        .map(str::trim)
        .is_some_and(|t| t.eq_ignore_ascii_case("submit") || t.eq_ignore_ascii_case("reset"));
    !submits
        && dom.parent(id).is_some_and(|p| {
            dom.html_name(p).is_some_and(crate::html::is_heading)
                && dom
                    .children(p)
                    .all(|c| c == id || dom.text(c).is_some_and(|t| t.trim().is_empty()))
        })
}

/// A `<button>` that opens the panel after it, by its markup rather than
/// its words: it holds the panel's title as a heading (`<button><h5>How
/// much does it cost?</h5>`), or it says one short question and a sibling
/// with text follows it (an FAQ's question, then its answer: the script
/// adds `aria-expanded` only when it runs). Bounded: reads at most
/// [`TOGGLE_SCAN`] nodes of the button and skips at most as many blank
/// text nodes before its next sibling. Asked on service pages only, whose
/// FAQ is one of their sections (wcxb-dev service: half A 0.8655 ->
/// 0.8658, half B 0.8397 -> 0.8404, 4 pages better, 1 worse; asked on
/// every page, articles' and products' FAQ widgets, which their body
/// leaves out, came in: article B -0.0001, product B -0.0002; with
/// `aria-controls` as a mark too, service A -0.0004).
fn opens_a_panel(dom: &Dom, id: NodeId, text_len: &PerNode<usize>) -> bool {
    if dom
        .walk(id + 1..dom.end(id))
        .take(TOGGLE_SCAN)
        .any(|d| dom.html_name(d).is_some_and(crate::html::is_heading))
    {
        return true;
    }
    if !is_question(dom, id) {
        return false;
    }
    next_element_sibling(dom, id).is_some_and(|n| text_len.at(n) >= PANEL_TEXT_MIN)
}

/// The element sibling right after `id`, skipping at most [`TOGGLE_SCAN`]
/// blank text nodes; `None` when text with words, the parent's end or
/// anything but an element comes first.
fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id);
    let mut n = dom.end(id);
    for _ in 0..TOGGLE_SCAN {
        if n >= dom.len() || dom.parent(n) != parent {
            return None;
        }
        match dom.text(n) {
            Some(t) if t.trim().is_empty() => n = dom.end(n),
            Some(_) => return None,
            None => return dom.element(n).is_some().then_some(n),
        }
    }
    None
}

/// Least text (characters) of the panel a question's button opens: an
/// answer's sentence, not an icon or a label.
const PANEL_TEXT_MIN: usize = 40;

/// Nodes of the previous sibling looked at for a toggle control.
const TOGGLE_SCAN: usize = 16;

/// Whether the element sibling before `id` is, or holds near its start, a
/// control that opens it: a `<button>`, a `<summary>`, or an element with
/// `aria-expanded`/`aria-controls` (the accordion pattern: a question's
/// button, then its hidden answer) or, with `questions`, is one short
/// question (see [`is_question`]). Bounded: climbs from the node just
/// before `id` to its sibling level, skips at most a few text nodes, and
/// scans [`TOGGLE_SCAN`] nodes of that sibling.
fn follows_a_toggle(dom: &Dom, id: NodeId, questions: bool) -> bool {
    let Some(parent) = dom.parent(id) else {
        return false;
    };
    let mut x = id.checked_sub(1);
    for _ in 0..TOGGLE_SCAN {
        let Some(mut n) = x else { return false };
        if n == parent {
            return false;
        }
        // The node before `id` in document order is the previous sibling
        // or its last descendant: climb to the sibling.
        while let Some(p) = dom.parent(n) {
            if p == parent {
                break;
            }
            n = p;
        }
        match dom.element(n) {
            Some(_) => {
                return dom.walk(n..dom.end(n)).take(TOGGLE_SCAN).any(|d| {
                    dom.element(d).is_some_and(|e| {
                        matches!(e.name, local_name!("button") | local_name!("summary"))
                            || e.attr(&local_name!("aria-expanded")).is_some()
                            || e.attr(&local_name!("aria-controls")).is_some()
                    })
                }) || (questions && is_question(dom, n));
            }
            // Whitespace between the two: look further back.
            None => x = n.checked_sub(1),
        }
    }
    false
}

/// Whether the element sibling after `id` is, or holds near its start, a
/// closed control that opens it (`aria-expanded="false"`): the "Read more"
/// pattern, a text's rest hidden under a button that follows it (a book's
/// excerpt or a product's long description behind "Read more"). Only the
/// ARIA mark counts: a plain button after a hidden box is as often a
/// form's or a slider's. Bounded like [`follows_a_toggle`]: skips at most
/// [`TOGGLE_SCAN`] blank text nodes and scans as many nodes of the sibling.
/// (wcxb-dev: one product page of half A, 0.648 -> 0.920, a book's
/// excerpt; no other page of either half moves; news unchanged.)
fn precedes_a_toggle(dom: &Dom, id: NodeId) -> bool {
    next_element_sibling(dom, id).is_some_and(|n| {
        dom.walk(n..dom.end(n)).take(TOGGLE_SCAN).any(|d| {
            dom.element(d).is_some_and(|e| {
                e.attr(&local_name!("aria-expanded"))
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case("false"))
            })
        })
    })
}

/// Longest question (bytes) that heads a hidden answer.
const QUESTION_MAX_BYTES: usize = 200;

/// Whether the element `n` is one short question: its text, read from at
/// most [`TOGGLE_SCAN`] nodes, ends in a question mark (the FAQ whose
/// question is a clickable `<div>` with no button or ARIA markup).
fn is_question(dom: &Dom, n: NodeId) -> bool {
    if dom.end(n).saturating_sub(n) > TOGGLE_SCAN {
        return false;
    }
    let mut len = 0;
    let mut last = None;
    for t in (n..dom.end(n)).filter_map(|d| dom.text(d)) {
        len += t.len();
        if let Some(c) = t.trim_end().chars().next_back() {
            last = Some(c);
        }
    }
    len <= QUESTION_MAX_BYTES && matches!(last, Some('?' | '？' | '؟' | '\u{37e}'))
}

/// One slide of a carousel of text: a carousel-named item with text, not
/// mostly links, one of at least [`SLIDE_SET`] sibling elements of its tag
/// under a parent that holds slides of text (a service page's carousel of
/// case studies or partners, each a title and a line or two); not a copy
/// of an earlier sibling (a cloned slide).
fn is_one_of_slides(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let (Some(e), Some(parent)) = (dom.element(id), dom.parent(id)) else {
        return false;
    };
    let len = below.text_len.at(id);
    if len == 0 || below.is_linky(id) || !below.is_slides_of_text(parent) {
        return false;
    }
    let mut set = 0;
    let mut own: Option<String> = None;
    let siblings = dom
        .children(parent)
        .filter_map(|c| Some((c, dom.element(c)?)))
        .take(SLIDE_SIBLINGS);
    for (c, _) in siblings.filter(|(_, ce)| ce.name == e.name) {
        if copies(dom, below, c, id, &mut own) {
            return false;
        }
        set += 1;
    }
    set >= SLIDE_SET
}

/// Whether `id` says again the text of `c`, an earlier sibling (a
/// carousel's cloned slide, a marquee's second run); `own` holds `id`'s
/// text once read, for the next sibling.
fn copies(dom: &Dom, below: &Below, c: NodeId, id: NodeId, own: &mut Option<String>) -> bool {
    c < id
        && below.text_len.at(c) == below.text_len.at(id)
        && dom.text_of(c) == *own.get_or_insert_with(|| dom.text_of(id))
}

/// Sibling elements looked at for a shown slide beside a hidden one: a
/// carousel or a tab set holds a few to a few dozen.
const SLIDE_SIBLINGS: usize = 64;

/// The class token that names a slide's kind: its first, unless that is a
/// hiding class ([`HIDDEN_CLASSES`]), then the next.
fn slide_class(e: &crate::dom::Element) -> Option<&str> {
    e.attr(&local_name!("class"))?
        .split_ascii_whitespace()
        .find(|w| !HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
}

/// Whether the hidden element `id` is one of a set of sibling panels shown
/// one at a time (a carousel's slides, a tab set's panels): among the
/// first [`SLIDE_SIBLINGS`] element children of its parent, one of the
/// same tag and class kind is shown and holds text. A copy of an earlier
/// sibling's text (a carousel's cloned slides, a marquee's second run) is
/// not one.
fn is_hidden_slide(dom: &Dom, below: &Below, id: NodeId, e: &crate::dom::Element) -> bool {
    let (Some(kind), Some(parent)) = (slide_class(e), dom.parent(id)) else {
        return false;
    };
    let len = below.text_len.at(id);
    if len < SLIDE_TEXT_BYTES
        || !hidden_by_markup(e)
        || e.attr(&local_name!("class")).is_some_and(is_responsive)
    {
        return false;
    }
    // `aria-hidden` alone hides from screen readers, not from the eye: a
    // carousel so marks its cells off screen (a page rendered before its
    // script runs marks them all), and a cell of text among cells of
    // pictures (a home's photos, then its description) is a slide as much
    // as one beside a shown slide of text.
    let aria_only = e.attr(&local_name!("hidden")).is_none() && !has_hiding_class(e);
    let mut shown = false;
    let mut set = 1;
    let mut own: Option<String> = None;
    let siblings = dom
        .children(parent)
        .filter_map(|c| Some((c, dom.element(c)?)))
        .take(SLIDE_SIBLINGS);
    for (c, ce) in siblings.filter(|&(c, _)| c != id) {
        if ce.name != e.name || slide_class(ce) != Some(kind) {
            continue;
        }
        if copies(dom, below, c, id, &mut own) {
            return false;
        }
        set += 1;
        shown |= !is_hidden(ce) && below.text_len.at(c) > 0;
    }
    (shown || aria_only) && set >= SLIDE_SET
}

/// Whether `id` is a grid of cards linked whole: at least
/// [`CARD_GRID_LINKS`] links holding nearly all its text, on average
/// [`CARD_LINK_BYTES`] each (a title and a description). Reads at most
/// [`CARD_GRID_SCAN`] nodes.
fn is_grid_of_linked_cards(dom: &Dom, below: &Below, id: NodeId) -> bool {
    let text = below.text_len.at(id);
    if text < CARD_LINK_BYTES * CARD_GRID_LINKS
        || (below.link_len.at(id) as f32) < text as f32 * CARD_GRID_LINKED_SHARE
    {
        return false;
    }
    let end = dom.end(id);
    let mut links = 0;
    let mut n = id + 1;
    let mut read = 0;
    while n < end && read < CARD_GRID_SCAN {
        read += 1;
        if dom.html_name(n) == Some(&local_name!("a")) && below.text_len.at(n) > 0 {
            links += 1;
            n = dom.end(n).max(n + 1);
        } else {
            n += 1;
        }
    }
    n >= end && links >= CARD_GRID_LINKS && text / links >= CARD_LINK_BYTES
}

/// Fewest cards of a grid of linked cards.
const CARD_GRID_LINKS: usize = 3;
/// Shortest average text (bytes) of a grid's linked cards: a title and a
/// sentence; a menu's links, descriptions and all, say fewer (wcxb-dev
/// half A: one service page's grid of nine services 0.63 -> 0.71, no other
/// page of any type moved, on service pages alone or on every type but
/// articles and manuals; half B unchanged).
const CARD_LINK_BYTES: usize = 120;
/// Share of a grid's text inside its links.
const CARD_GRID_LINKED_SHARE: f32 = 0.8;
/// Most nodes read for a grid's links.
const CARD_GRID_SCAN: usize = 2_000;

/// Hidden by its markup (`hidden`, `aria-hidden="true"`, a hiding class),
/// as carousels and tab sets hide their panels in turn; an inline
/// `display:none` is as often a template or a script's box waiting to be
/// filled (wcxb-dev half A: speaker-card templates of lorem ipsum).
fn hidden_by_markup(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("hidden")).is_some()
        || e.attr(&local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || has_hiding_class(e)
}

/// One of the element's classes is a framework's whole `display: none`
/// class ([`HIDDEN_CLASSES`]).
fn has_hiding_class(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("class")).is_some_and(|c| {
        c.split_ascii_whitespace()
            .any(|w| HIDDEN_CLASSES.iter().any(|h| w.eq_ignore_ascii_case(h)))
    })
}

/// Fewest panels of a carousel or tab set (a pair of siblings alike is as
/// often a page's mobile and desktop forms of one box).
const SLIDE_SET: usize = 3;

/// Classes that show or hide an element by screen width (`d-md-block`,
/// `md:flex`, `hide@medium`, `hidden-xs`, `mobile__block`): the hidden one
/// is the other form of a box shown beside it.
fn is_responsive(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        let w = w.to_ascii_lowercase();
        w.contains(':')
            || w.contains('@')
            || w.starts_with("hidden-")
            || w.starts_with("visible-")
            || ["d-sm-", "d-md-", "d-lg-", "d-xl-", "d-xxl-"]
                .iter()
                .any(|p| w.starts_with(p))
            || crate::hints::has_word(&w, |x| matches!(x, "mobile" | "desktop" | "tablet"))
    })
}

/// The cut of a footnote's mark: the segmenter joins the words around it
/// ("life.<sup>3</sup> Now" reads "life. Now", "Rust<sup>1</sup>--and"
/// reads "Rust--and"), as the mark was never a word between them.
pub(crate) const FOOTNOTE_MARK: &str = "footnote mark";

/// Longest footnote mark (bytes of text): a number or a few, a symbol or
/// two, in brackets or not ("17", "[12]", "3,4", "*").
const FOOTNOTE_MARK_BYTES: usize = 12;
/// Nodes of a `<sup>` read for the link it holds.
const FOOTNOTE_MARK_NODES: usize = 8;

/// Whether `<sup>` element `id` (of `text` bytes) is a footnote's mark: a
/// short mark of digits or note symbols, linked to a place on the page
/// (`href="#…"`), or a note symbol alone (`*`, `†`). A superscript of
/// letters (an ordinal's "st", "Mme") or an unlinked number (an exponent,
/// "m²") is text.
fn is_footnote_mark(dom: &Dom, id: NodeId, text: usize) -> bool {
    if text == 0 || text > FOOTNOTE_MARK_BYTES {
        return false;
    }
    let mark = dom.text_of(id);
    let symbol = |c: char| matches!(c, '*' | '†' | '‡' | '§' | '¶');
    let marked = mark
        .trim()
        .chars()
        .all(|c| c.is_ascii_digit() || symbol(c) || matches!(c, ',' | '-' | '–' | '[' | ']' | ' '));
    if !marked {
        return false;
    }
    let symbols_only = mark.trim().chars().all(symbol);
    symbols_only
        || dom.subtree(id).take(FOOTNOTE_MARK_NODES).any(|n| {
            dom.element(n).is_some_and(|a| {
                a.name == local_name!("a")
                    && a.attr(&local_name!("href"))
                        .is_some_and(|h| h.trim_start().starts_with('#'))
            })
        })
}

/// The ids footnote marks link to (`<sup><a href="#note-3">3</a></sup>`):
/// the notes. One pass over the elements; the marks' text is read only for
/// `<sup>`s of a mark's length.
fn footnote_targets<'d>(dom: &'d Dom, text_len: &PerNode<usize>) -> crate::hash::FastSet<&'d str> {
    let mut targets = crate::hash::FastSet::default();
    for id in 0..dom.len() {
        if dom.html_name(id) != Some(&local_name!("sup"))
            || !is_footnote_mark(dom, id, text_len.at(id))
        {
            continue;
        }
        for n in dom.subtree(id).take(FOOTNOTE_MARK_NODES) {
            let href = dom
                .element(n)
                .filter(|a| a.name == local_name!("a"))
                .and_then(|a| a.attr(&local_name!("href")));
            if let Some(t) = href.and_then(|h| h.trim().strip_prefix('#')) {
                if !t.is_empty() {
                    targets.insert(t);
                }
            }
        }
    }
    targets
}

/// `aria-modal="true"`, or `role="dialog"`/`"alertdialog"` not declared
/// non-modal: a modal dialog (a `<dialog>` element is cut by its tag). A
/// dialog marked `aria-modal="false"` is a sheet or drawer beside the page
/// (a product's description in a side panel).
fn is_modal(e: &crate::dom::Element) -> bool {
    match e.attr(&local_name!("aria-modal")) {
        Some(v) => v.trim().eq_ignore_ascii_case("true"),
        None => e.attr(&local_name!("role")).is_some_and(|r| {
            let r = r.trim();
            r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")
        }),
    }
}

/// Whole class names that CSS frameworks use for `display: none`.
const HIDDEN_CLASSES: [&str; 6] = [
    "hidden",
    "hide",
    "is-hidden",
    "d-none",
    "display-none",
    "invisible",
];

/// A segment of a page that the server streamed out of order: React renders
/// each late part into `<div hidden id="S:n">` at the end of the document and
/// a script swaps it in for the placeholder at once, so it is on screen (on
/// wcxb-dev 30 pages hold such segments, several their whole body). React
/// numbers them in hexadecimal (`S:9`, `S:a`, … `S:1f`): read as decimal,
/// every segment from the tenth on stayed hidden (wcxb-dev: half A one
/// article 0.870 -> 0.886; half B a product page whose description is the
/// eleventh segment 0.007 -> 0.681; nothing else moves; news unchanged).
fn is_streamed_segment(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("id")).is_some_and(|id| {
        id.strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

/// `hidden` (but not on a streamed segment), `aria-hidden="true"`, a
/// hiding class, or an inline style hiding the element.
fn is_hidden(e: &crate::dom::Element) -> bool {
    // A popover is hidden until a control opens it (HTML's `popover`
    // attribute): menus, dialogs, install and notification prompts.
    if (e.attr(&local_name!("hidden")).is_some() && !is_streamed_segment(e))
        || e.attrs.iter().any(|a| &*a.name.local == "popover")
    {
        return true;
    }
    if has_hiding_class(e) {
        return true;
    }
    // A link hidden from screen readers is on screen: the second link of a
    // card (picture or summary) to a page its title already links.
    if e.name != local_name!("a")
        && e.attr(&local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    e.attr(&local_name!("style")).is_some_and(|s| {
        // Most styles say neither: rejected without allocating.
        let has = |w: &str| {
            s.as_bytes()
                .windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
        };
        if !has("none") && !has("hidden") {
            return false;
        }
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Fewest links to the page's own sections that make a table of contents.
const TOC_MIN_LINKS: u32 = 3;
/// Most text (bytes) a table of contents' box holds beside its links (its
/// title: "Table of Contents", "In this article", "Inhaltsverzeichnis",
/// "Contents [hide]"), and the longest title line before a bare list.
const TOC_TITLE_BYTES: usize = 40;
/// Wrapper levels a table of contents' box rises through to take in its
/// title.
const TOC_LEVELS: usize = 3;

/// Whether a link points to an element of this page by its id or name
/// (`href="#section-2"` and an element `id="section-2"`).
fn is_own_fragment(href: &str, ids: &crate::hash::FastSet<&str>) -> bool {
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
fn tables_of_contents(dom: &Dom, below: &Below) -> PerNode<bool> {
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
const TOC_TITLE_WORDS: usize = 4;

/// A line that titles a table of contents: a few words, no links, no
/// sentence or lead-in punctuation at its end ("These are the top trends:"
/// introduces a list of the text).
fn is_toc_title(dom: &Dom, below: &Below, id: NodeId) -> bool {
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
const TOC_BULLET_BYTES: usize = 8;

/// The element sibling right before `id`, with nothing but blank text
/// between them.
fn previous_element(dom: &Dom, id: NodeId) -> Option<NodeId> {
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

/// Items with a reply control that make a list a comment thread.
const THREAD_MIN_ITEMS: usize = 3;
/// Text (bytes) beside a thread in its parent that still counts as the
/// thread's own heading and rules.
const THREAD_FRAME_TEXT: usize = 300;
/// Levels a thread's cut may rise to take in its heading.
const THREAD_FRAME_LEVELS: usize = 4;

/// Comment threads found by structure: a list whose items (three or more,
/// at least half of them) each carry a reply control ("Reply", "Antworten",
/// "回复"), raised to the ancestor that adds no more than a heading and some
/// rules around it. Catches threads whose markup names nothing.
fn comment_threads(dom: &Dom, below: &Below, protect: &[NodeId]) -> PerNode<bool> {
    let n = dom.len();
    let text_len = &below.text_len;
    let mut thread = PerNode::<bool>::new(n);
    for id in 0..n {
        if !below.holds(id, HOLDS_REPLY) || dom.element(id).is_none() {
            continue;
        }
        let (mut items, mut replying) = (0usize, 0usize);
        for c in dom.children(id).filter(|&c| dom.element(c).is_some()) {
            items += 1;
            replying += usize::from(below.holds(c, HOLDS_REPLY));
        }
        if replying < THREAD_MIN_ITEMS || replying * 2 < items {
            continue;
        }
        let mut top = id;
        for a in dom.ancestors(id).take(THREAD_FRAME_LEVELS) {
            let beside = text_len.at(a).saturating_sub(text_len.at(top));
            if beside > THREAD_FRAME_TEXT || !is_body_level(dom, a) {
                break;
            }
            top = a;
        }
        if !protect.iter().any(|&p| dom.contains(top, p)) {
            if let Some(t) = thread.slot(top) {
                *t = true;
            }
        }
    }
    thread
}

/// Unlinked text (bytes) that makes a subtree prose: some 300 words, more
/// than any cookie notice, share bar or widget holds (wcxb-dev pages whose
/// content wrappers carry layout or consent-tool class words).
const PROSE_BYTES: usize = 2_000;
/// Most share of a prose subtree's text inside links.
const PROSE_MAX_LINK_SHARE: f32 = 0.3;

/// Most share of a comments- or related-named prose subtree's text inside
/// links for the name alone not to cut it: comment sections link each
/// poster, reply and permalink. Set on the 60 or so prose subtrees wcxb-dev cut
/// so: the comment sections, review lists and rails golds leave out link
/// 0.7 % to 28 % of their text (one review list none), the boxes golds
/// keep (a book's description and press quotes in an "editorialReviews"
/// box, testimonial quotes) 0 to 0.1 %, one 1.2 %. The share of the
/// page's text or the length of the paragraphs tells nothing: comment
/// sections hold 6 % to 90 % of their page's text in paragraphs of up
/// to 1,200 bytes, the description box 11 % in paragraphs of 600.
/// Half A: product 0.7201 -> 0.7268 (the book's page 0.36 -> 0.65); half
/// B and news unchanged.
const UNLINKED_PROSE_LINK_SHARE: f32 = 0.005;

/// Unlinked text (bytes) that makes a carousel's slides text, not pictures
/// (wcxb-dev half A: 200 gains 0.010 on service pages, 500 only 0.001), and
/// a service page's layout-named box a section of it, and a hidden panel of
/// a carousel or tab set one of the page's sections.
const SLIDE_TEXT_BYTES: usize = 200;

/// Fewest bytes outside its one link for a panel to be a teaser, though
/// its link ("Read full article: How to Choose a Bike Helmet", screen-reader
/// words and all) is a third of its text or more (wcxb-dev half A:
/// collection hubs' closed accordion panels of 61 to 160 bytes before their
/// link).
const TEASER_TEXT_BYTES: usize = 50;

/// Longest byline (bytes) inside a post kept on a thread as the post's
/// attribution: a name, a date and a post number (wcxb-dev half A threads:
/// 30 to 60; a user card with its counters and titles runs longer).
const POST_ATTRIBUTION_BYTES: usize = 120;

/// Most words (of letters) beside the date in a post's attribution line: a
/// name and its display form ("raoul (raoul) May 3, 2024, 8:45am
/// 1"); a user card's counters and badges run longer ("asked Mar 3, 2024
/// at 9:12 fenna_bakes 1,204 3 silver badges 11 bronze badges").
const POST_ATTRIBUTION_WORDS: usize = 4;

/// A post's short line with a date, inside one post of a thread: the
/// post's attribution line ("raoul May 3, 2024, 8:45am", a `<header>`'s
/// "Dec 30, 2023 #1"), which a thread's body keeps.
fn is_post_attribution(dom: &Dom, id: NodeId, text_len: usize) -> bool {
    text_len <= POST_ATTRIBUTION_BYTES
        && crate::thread::post_of(dom, id).is_some()
        && is_attribution(&dom.text_of(id))
}

/// Nodes of a poster's card searched for the name at its head (an avatar
/// and a heading around the name link: wcxb-dev threads 6 to 12).
const CARD_NAME_SCAN: usize = 48;

/// Most words of a poster's name (as select's poster-name line).
const POSTER_NAME_WORDS: usize = 3;

/// Most bytes of a poster's name (wcxb-dev half A threads' names: 3 to
/// 18; a longer link is a title or a notice's phrase).
const POSTER_NAME_BYTES: usize = 40;

/// The link naming the poster at the head of the card `id` in `post`,
/// when no words of the post come before the card: the first words of
/// the card, all inside one `<a>` (an avatar's link, with no
/// text, may come before it), a name's length with no digit of a date.
fn poster_name_link(
    dom: &Dom,
    id: NodeId,
    post: NodeId,
    text_len: &PerNode<usize>,
) -> Option<NodeId> {
    // The card heads its post: no words of the post come before it (a
    // post whose header named the poster already needs no second name).
    let before = (post + 1..id).take(CARD_NAME_SCAN + 1);
    if before.len() > CARD_NAME_SCAN
        || (post + 1..id).any(|n| dom.text(n).is_some_and(|t| !t.trim().is_empty()))
    {
        return None;
    }
    let mut link: Option<NodeId> = None;
    for n in dom.subtree(id).take(CARD_NAME_SCAN) {
        if let Some(e) = dom.element(n) {
            if e.name == local_name!("a") && link.is_none_or(|l| !dom.contains(l, n)) {
                link = Some(n);
            }
            continue;
        }
        let Some(t) = dom.text(n) else {
            continue;
        };
        if t.trim().is_empty() {
            continue;
        }
        // The card's first words: the name link's, or none is the name.
        let l = link.filter(|&l| dom.contains(l, n))?;
        // The name is its line's whole text (a link in a notice's
        // sentence is none).
        let alone = dom
            .ancestors(l)
            .take_while(|&a| a != id)
            .all(|a| text_len.at(a) == text_len.at(l));
        let text = dom.text_of(l);
        let text = text.trim();
        return (alone
            && text.len() <= POSTER_NAME_BYTES
            && text.split_whitespace().count() <= POSTER_NAME_WORDS
            && crate::meta::date::mention(text).is_none())
        .then_some(l);
    }
    None
}

/// A post's attribution: a date and at most [`POST_ATTRIBUTION_WORDS`]
/// words beside it.
fn is_attribution(text: &str) -> bool {
    crate::meta::date::mention(text).is_some_and(|(start, end)| {
        // Words of letters only: a time ("8:45am") or a number is none.
        let words = |s: &str| {
            s.split_whitespace()
                .filter(|w| {
                    w.chars().any(char::is_alphabetic) && !w.chars().any(|c| c.is_ascii_digit())
                })
                .count()
        };
        words(text.get(..start).unwrap_or("")) + words(text.get(end..).unwrap_or(""))
            <= POST_ATTRIBUTION_WORDS
    })
}

/// Text (bytes) that makes an ad-named box on a listing an entry: a
/// title and a line, more than an ad slot's label.
const PROMO_ENTRY_BYTES: usize = 60;

/// Fewest ad-named boxes with an entry's text that make a river of promos
/// on an undated page of any type (wcxb-dev half A: a dated article's
/// related-story rails hold up to 15, a news hub's river 65).
const PROMO_RIVER_ENTRIES: usize = 10;

/// Whether the ad-named boxes with an entry's text from `from` on are
/// many: entries of a river (a news hub's story promos, a service page's
/// cards), not ad slots. One walk over the rest of the page, done once.
fn is_promo_river(dom: &Dom, text_len: &PerNode<usize>, from: NodeId) -> bool {
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

/// Most text (bytes) in a box around a form cut as the form's prompt.
const FORM_BOX_TEXT: usize = 300;

/// Sibling boxes each holding a form that make a list of entries rather
/// than a form's box (a row of three product tiles at least).
const FORM_ENTRY_SIBLINGS: usize = 3;

/// Wrapper levels between a box holding a form and the entry of a run
/// it fills (a tile's `<li>` around its inner `<div>`), on listing and
/// collection pages. wcxb-dev: the tiles cut as form boxes there sit one
/// or two levels inside their entry; 3 leaves a margin, and each level
/// must hold no other text and no other form.
const FORM_ENTRY_WRAPPER_LEVELS: usize = 3;

/// A `<form>` or a visible `<input>` is below the node.
const HOLDS_FORM: u8 = 1;
/// An `<article>`, `<main>` or `<h1>` is below the node: a sidebar or a
/// hidden panel never holds one, a page wrapper with a layout class does.
const HOLDS_MARKER: u8 = 2;
/// A comment's reply control ("Reply", "Antworten", "回复") is below it.
const HOLDS_REPLY: u8 = 4;
/// A radio button is below the node: one of a question's answers (a quiz,
/// a poll, a survey).
const HOLDS_CHOICE: u8 = 8;
/// A checkbox is below the node: a filter panel's option.
const HOLDS_CHECKBOX: u8 = 16;
/// A picture is below the node.
const HOLDS_PICTURE: u8 = 32;
/// A link holding a picture is below the node: a teaser card's (or a
/// promotion's) picture leading to its page.
const HOLDS_LINKED_PICTURE: u8 = 64;
/// A table's header cell (`<th>`) is below the node: a table of data (a
/// product's prices or specifications), which no form's prompt holds.
const HOLDS_TABLE_HEADER: u8 = 128;

/// What is below each node, from one reverse pass over the document: the
/// bytes of its (unpruned, trimmed) text, and [`HOLDS_FORM`],
/// [`HOLDS_MARKER`] and [`HOLDS_REPLY`] flags.
struct Below {
    text_len: PerNode<usize>,
    /// Bytes of that text inside links.
    link_len: PerNode<usize>,
    flags: PerNode<u8>,
    /// Element children holding a form (an `<input>` or `<form>`).
    form_children: PerNode<u16>,
    /// Links (`<a>`) below the node, the node itself included.
    links: PerNode<u16>,
}

impl Below {
    fn new(dom: &Dom) -> Below {
        let n = dom.len();
        let mut len = PerNode::<usize>::new(n);
        let mut flags = PerNode::<u8>::new(n);
        let mut link = PerNode::<usize>::new(n);
        let mut form_children = PerNode::<u16>::new(n);
        let mut links = PerNode::<u16>::new(n);
        for id in (0..n).rev() {
            let parent = dom.parent(id);
            let own = match dom.text(id) {
                Some(t) => {
                    let in_code = parent
                        .and_then(|p| dom.html_name(p))
                        .is_some_and(crate::html::is_code_or_fallback);
                    if in_code {
                        0
                    } else {
                        trimmed_len(t)
                    }
                }
                None => 0,
            };
            let sum = len.at(id) + own;
            if let Some(slot) = len.slot(id) {
                *slot = sum;
            }
            let mut up = flags.at(id);
            if let Some(e) = dom.element(id) {
                up |= own_flags(dom, id, e, sum);
                if e.name == local_name!("a") && up & HOLDS_PICTURE != 0 {
                    up |= HOLDS_LINKED_PICTURE;
                }
                if e.name == local_name!("a") {
                    if let Some(slot) = link.slot(id) {
                        *slot = sum;
                    }
                    if let Some(slot) = links.slot(id) {
                        *slot = slot.saturating_add(1);
                    }
                }
            }
            let linked = link.at(id);
            let below_links = links.at(id);
            if let Some(p) = parent {
                if let Some(slot) = links.slot(p) {
                    *slot = slot.saturating_add(below_links);
                }
                if let Some(slot) = link.slot(p) {
                    *slot += linked;
                }
                if let Some(slot) = len.slot(p) {
                    *slot += sum;
                }
                if let Some(slot) = flags.slot(p) {
                    *slot |= up;
                }
                if up & HOLDS_FORM != 0 && dom.element(id).is_some() {
                    if let Some(slot) = form_children.slot(p) {
                        *slot = slot.saturating_add(1);
                    }
                }
            }
        }
        Below {
            text_len: len,
            link_len: link,
            flags,
            form_children,
            links,
        }
    }

    /// Mostly links: more than [`PROSE_MAX_LINK_SHARE`] of its text.
    fn is_linky(&self, id: NodeId) -> bool {
        self.link_len.at(id) as f32 > self.text_len.at(id) as f32 * PROSE_MAX_LINK_SHARE
    }

    /// A teaser: a sentence or more ([`TEASER_TEXT_BYTES`]) outside links
    /// and one link, to the page it sums up ("Read full article"). A
    /// menu's or a contact card's panel holds links, buttons and labels.
    fn is_teaser(&self, id: NodeId) -> bool {
        self.links.at(id) == 1
            && self.text_len.at(id).saturating_sub(self.link_len.at(id)) >= TEASER_TEXT_BYTES
    }

    /// A subtree full of prose: [`PROSE_BYTES`] of text outside links, at
    /// most [`PROSE_MAX_LINK_SHARE`] of it linked. A class word alone never
    /// cuts such a subtree (page builders put "widget", "slider" or a
    /// consent-tool prefix on content wrappers).
    fn is_prose(&self, id: NodeId) -> bool {
        let text = self.text_len.at(id);
        let link = self.link_len.at(id);
        text.saturating_sub(link) >= PROSE_BYTES
            && link as f32 <= text as f32 * PROSE_MAX_LINK_SHARE
    }

    /// Prose ([`Self::is_prose`]) with next to no links
    /// ([`UNLINKED_PROSE_LINK_SHARE`]): a text, not a comment section or a
    /// rail, whose entries link their posters, replies and permalinks.
    fn is_unlinked_prose(&self, id: NodeId) -> bool {
        self.is_prose(id)
            && (self.link_len.at(id) as f32)
                < self.text_len.at(id) as f32 * UNLINKED_PROSE_LINK_SHARE
    }

    /// Slides of text, not of pictures or links: [`SLIDE_TEXT_BYTES`] of
    /// text outside links, at most [`PROSE_MAX_LINK_SHARE`] of it linked (a
    /// service page's testimonials or feature panels in a carousel).
    fn is_slides_of_text(&self, id: NodeId) -> bool {
        let text = self.text_len.at(id);
        text.saturating_sub(self.link_len.at(id)) >= SLIDE_TEXT_BYTES && !self.is_linky(id)
    }

    /// One of a run of at least [`FORM_ENTRY_SIBLINGS`] sibling boxes each
    /// holding a form, with an entry's text ([`PROMO_ENTRY_BYTES`]): a
    /// listing's entry with its own control (a product tile's "Add to
    /// cart", a book's "Want to read"). A signup or search box stands
    /// alone; a filter panel's options are a few words each; a quiz's or
    /// poll's questions offer radio buttons.
    fn is_entry_with_a_form(&self, dom: &Dom, id: NodeId, entries: bool) -> bool {
        let run = |p: NodeId| usize::from(self.form_children.at(p)) >= FORM_ENTRY_SIBLINGS;
        let text = self.text_len.at(id);
        if self.holds(id, HOLDS_CHOICE) {
            return false;
        }
        // The entry itself, or the short list that holds such a run.
        if (text >= PROMO_ENTRY_BYTES && dom.parent(id).is_some_and(run))
            || (text >= PROMO_ENTRY_BYTES * FORM_ENTRY_SIBLINGS && run(id))
        {
            return true;
        }
        if !entries || text < PROMO_ENTRY_BYTES || self.holds(id, HOLDS_CHECKBOX) {
            return false;
        }
        // The box inside an entry: the entry's only child holding a form
        // (a tile's inner wrapper), one of such a run a few levels up.
        let mut at = id;
        for _ in 0..FORM_ENTRY_WRAPPER_LEVELS {
            let Some(p) = dom.parent(at) else {
                return false;
            };
            if usize::from(self.form_children.at(p)) != 1 || self.text_len.at(p) > text {
                return false;
            }
            if dom.parent(p).is_some_and(run) {
                return true;
            }
            at = p;
        }
        false
    }

    fn holds(&self, id: NodeId, flag: u8) -> bool {
        self.flags.at(id) & flag != 0
    }
}

/// A disabled checkbox with no name: a checklist's mark the reader cannot
/// tick (how Markdown task lists render, `<li><input type="checkbox"
/// disabled> Pack the rings</li>`), not a control of a form, which is named
/// for the value it sends (a report's chapters to buy, ticked and locked).
fn is_checklist_mark(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("type"))
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"))
        && e.attr(&local_name!("disabled")).is_some()
        && e.attr(&local_name!("name")).is_none()
}

/// The flags element `id` itself gives its ancestors; `text` is the bytes
/// of text below it.
fn own_flags(dom: &Dom, id: NodeId, e: &crate::dom::Element, text: usize) -> u8 {
    let mut f = 0;
    match e.name {
        local_name!("form") => f |= HOLDS_FORM,
        local_name!("input")
            if !e
                .attr(&local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
                && !is_checklist_mark(e) =>
        {
            f |= HOLDS_FORM;
            if e.attr(&local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("radio"))
            {
                f |= HOLDS_CHOICE;
            }
            if e.attr(&local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("checkbox"))
            {
                f |= HOLDS_CHECKBOX;
            }
        }
        local_name!("img") | local_name!("picture") if !e.foreign => f |= HOLDS_PICTURE,
        local_name!("th") if !e.foreign => f |= HOLDS_TABLE_HEADER,
        local_name!("article") | local_name!("main") | local_name!("h1") if !e.foreign => {
            f |= HOLDS_MARKER
        }
        local_name!("a") | local_name!("button") if text > 0 && text <= 40 => {
            let reply = match dom.text(id + 1).filter(|_| dom.end(id) == id + 2) {
                // A lone text child (the usual case) is read in place.
                Some(t) => crate::lang::is_reply_label(t),
                None => crate::lang::is_reply_label(&dom.text_of(id)),
            };
            if reply {
                f |= HOLDS_REPLY;
            }
        }
        _ => {}
    }
    f
}

/// Length of `t` without white space at its ends; text that starts and ends
/// with a visible ASCII character (most of it) is measured without decoding,
/// and ASCII white space at the ends (the indentation between tags) is
/// trimmed a byte at a time before `trim` looks for the rest.
fn trimmed_len(t: &str) -> usize {
    let b = t.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => b.len(),
        _ => t.trim_ascii().trim().len(),
    }
}

/// Class or id words of a customer-review section ("reviews",
/// "product-reviews", "yotpo-reviews-widget").
fn is_customer_reviews(e: &crate::dom::Element) -> bool {
    [local_name!("class"), local_name!("id")].iter().any(|a| {
        e.attr(a)
            .is_some_and(|v| crate::hints::has_word(v, |w| matches!(w, "reviews" | "review")))
    })
}

#[cfg(test)]
mod tests;
