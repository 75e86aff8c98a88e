//! Stage 2: mark what is obviously not content.
//!
//! Nothing is deleted: each subtree root that must go gets a [`Cut`] saying
//! why, and later stages skip those subtrees. Three kinds of evidence:
//! the tag (script, nav, forms…), visibility (hidden, aria-hidden, inline
//! `display:none`), and class/id/role words ([`crate::hints`]). A page's
//! layout wrappers sometimes carry boilerplate words (`class="has-sidebar"`),
//! so a subtree that holds the page's headline or its marked article body, or
//! most of its text, is never cut for layout words or visibility.
//!
//! This file holds the walk that decides each cut ([`prune_with`]); the
//! evidence it weighs lives beside it: `below` (what each subtree holds,
//! from one reverse pass), `visibility` (hidden, disclosed, slides,
//! modals, clipped previews), `sections` (what a named box really is),
//! `toc` (tables of contents) and `threads` (comment threads, a thread of
//! comments on a page taken for a listing, a forum post's attribution).

use html5ever::local_name;

use crate::boilerplate::Boilerplate;
use crate::dom::{Dom, NodeId, PerNode};
use crate::hints::{
    classify, names_banner, names_card_part, names_disclaimer, names_main_column, ClassInfo,
};
use crate::pagetype::PageType;

mod below;
mod sections;
mod threads;
mod toc;
mod visibility;

use below::{
    Below, FORM_BOX_TEXT, HOLDS_FORM, HOLDS_HEADING, HOLDS_LINKED_PICTURE, HOLDS_MARKER,
    HOLDS_REPLY, HOLDS_TABLE_HEADER, SLIDE_TEXT_BYTES,
};
use sections::{
    count_classes, holds_the_prices, in_article, is_body_level, is_currency_list,
    is_customer_reviews, is_data_table_part, is_furniture, is_hero_header, is_layout_grid,
    is_named_boilerplate, is_named_text_section, is_promo_river, is_section_header, is_spec_sheet,
    is_spoken_price, is_teaser_footer, price_counts, shows_prices, ENTRY_FIELD_BOXES,
    PROMO_ENTRY_BYTES,
};
use threads::{
    comment_threads, flat_text, is_post_attribution, is_thread_of_comments, is_unique_quote_box,
    poster_name_link, remarks_by_peers,
};
use toc::tables_of_contents;
use visibility::{
    class_hides, controlled_and_menu_ids, follows_a_toggle, is_disclosure_panel,
    is_dismissible_notice, is_grid_of_linked_cards, is_grid_of_pictured_tiles, is_heading_button,
    is_hidden_at, is_hidden_code_line, is_hidden_price_tab, is_hidden_slide, is_labelled_tab_panel,
    is_modal, is_mostly_short_slides, is_one_of_slides, is_panel_title, is_phone_copy, is_preview,
    is_unshown_slide, opens_a_panel, precedes_a_toggle, shows_what_is_spoken, titles_a_text_panel,
    PANEL_TITLE_MIN_TEXT, SLIDE_SIBLINGS, TOGGLE_SCAN,
};

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
/// Unlinked text (bytes) that makes a service page's card header or footer
/// a part of what the card says (a testimonial's quote, a case study's
/// line): a sentence. A card's date and author line ("on Mar 8 Jane
/// Doe") or its price line is shorter (wcxb-dev half B: a news hub typed
/// service, whose 70 card footers hold a date and a name, lost its river
/// without the bound; at 30 a mover's price lines joined, B -0.014 on
/// one page; at 120 half A gains 0.140 on one page, not 0.184).
const CARD_PART_TEXT_BYTES: usize = 60;

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
    // A service page's sections come in a phone's and a desktop's form,
    // shown and hidden by responsive display classes (`hidden md:flex`
    // beside `md:hidden`): its text is the desktop's (wcxb-dev half A
    // service +0.117 page-units, 3 pages up by up to 0.085 -- a customer
    // story band, a rating line, a card grid's wording -- none down; half
    // B service -0.040, 3 pages down by up to 0.018; read so on every type,
    // half A lost 0.38 on listings, collections and articles, whose
    // desktop forms hold filter panels and drawers).
    let desktop = page_type == PageType::Service;
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
    // On a forum, which comment-named boxes are remarks on a post, each
    // kind of box deciding together ([`remarks_by_peers`]; wcxb-dev half
    // A forum 0.8167 -> 0.8173: a Q&A page's comments under a short
    // answer go as every other answer's do, 0.955 -> 0.991; two one-line
    // replies of a thread stay as every other post's content box does,
    // with an "Edited by" line the gold leaves out, -0.001; half B and
    // news unchanged).
    let remarks = if forum {
        remarks_by_peers(dom, text_len)
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
    // End of the thread of comments the walk is in, on a listing
    // ([`is_thread_of_comments`]).
    let mut thread_end: NodeId = 0;
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
    // The page's text in one line, made at the first quote box on a
    // thread ([`is_unique_quote_box`]), and the quote boxes weighed.
    let mut page_text: Option<String> = None;
    let mut quote_boxes = 0usize;
    // Per parent and tag of a carousel-named box on a product page:
    // whether its slides are mostly short ([`is_mostly_short_slides`]).
    let mut short_slides: crate::hash::FastMap<(NodeId, html5ever::LocalName), bool> =
        Default::default();
    // Per set of sibling slides: whether none shows its text
    // ([`is_unshown_slide`]), and the nodes left to read for it.
    let mut unshown_sets: visibility::UnshownSets = Default::default();
    let mut unshown_budget = visibility::UNSHOWN_SLIDE_BUDGET;
    let mut phone_copy_budget = visibility::PHONE_COPY_BUDGET;
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
        } else if in_code && is_hidden_code_line(e) {
            // A listing's lines its generator hides until the reader asks
            // for them (the `fn main() {` a sample needs to compile): not
            // on screen, not in the text ([`is_hidden_code_line`]).
            Some(Cut::Tag("hidden code line"))
        } else if is_dismissible_notice(dom, id, e) && !is_wrapper() {
            // A notice the reader closes (an ARIA alert with a dismiss
            // control: a forum's prompt to guests to sign up, "It looks
            // like you're interested in this conversation") is no text of
            // the page: wcxb-dev half A forum +0.046 page-units (0549
            // 0.890 -> 0.937), nothing else on either half moves; news
            // unchanged (read on every type: no other page holds one).
            Some(Cut::Tag("dismissible notice"))
        } else if is_phone_copy(dom, &below, id, e, &mut phone_copy_budget)
            && !protect.iter().any(|&p| dom.contains(id, p))
        {
            // A box drawn twice, for phones and for a desktop, each named
            // so ("comparison-page-mobile" beside "hide-for-mobile"), is
            // read once, in the desktop's form ([`is_phone_copy`]):
            // wcxb-dev half A service +0.280 page-units (a tax software
            // comparison typed article, 0.683 -> 0.963, its gold the
            // desktop's form); nothing else on either half moves; news
            // unchanged. On any type: a copy is a copy.
            Some(Cut::Tag(PHONE_COPY))
        } else if relax == Relax::Strict
            && names_disclaimer(e)
            && !below.holds(id, HOLDS_HEADING)
            && !is_wrapper()
            && is_body_level(dom, id)
        {
            // A box named a disclaimer with no section heading in it is the
            // page's small print (an offer's terms, "*Results may vary",
            // an affiliate notice, a calculator's fine print), not its
            // text, however many sentences it holds. A box holding a
            // heading is a titled section, and one holding the headline,
            // an `<article>` or `<main>`, or half the page's text is a
            // wrapper ("disclaimer-affiliate" on a story's `<article>`):
            // those stay. wcxb-dev half A: ALL +0.59 page-units (article
            // +0.35, service +0.14, product +0.10), 11 pages up by up to
            // 0.23, six down by at most 0.005 (a product's model line);
            // without the heading condition a comparison chart named so
            // went (product -0.019).
            Some(Cut::Tag(DISCLAIMER))
        } else if tocs.at(id) && !in_code && !is_wrapper() {
            // A table of contents repeats the headings below it.
            Some(Cut::Tag("table of contents"))
        } else if is_preview(dom, text_len, id) && !is_wrapper() {
            // A clipped preview of the text its next sibling holds whole:
            // each answer of a Q&A page said once (wcxb-dev half A: forum
            // 0.7942 -> 0.7963, a Q&A thread typed article 0.681 -> 0.810;
            // no other page of either half moves; news unchanged).
            Some(Cut::Tag("preview of the text after it"))
        } else if page_type == PageType::Product
            && matches!(e.name, local_name!("ul") | local_name!("ol"))
            && is_currency_list(dom, text_len, id)
        {
            // On a product page, the price said again in a list of other
            // currencies (a currency switcher's tooltip) is no text of the
            // page; an article's list of exchange rates is (so only here)
            // (wcxb-dev half A: one product page, 11 such lines, none in
            // its gold, 0.757 -> 0.846, product 0.7478 -> 0.7499; nothing
            // else on either half moves; news unchanged).
            Some(Cut::Tag("price in other currencies"))
        } else if page_type == PageType::Product
            && is_body_level(dom, id)
            && is_customer_reviews(e)
            && !protect.iter().any(|&p| dom.contains(id, p))
            && !below.is_unlinked_prose(id)
        {
            // A product page's customer reviews are its comments (a box of
            // prose linking nothing under a reviews name is its
            // description: [`below::UNLINKED_PROSE_LINK_SHARE`]).
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
            // A short <footer> closing a teaser's <article> on a listing
            // is that entry's byline and date (wcxb-dev half A: a blog
            // index's 30 cards, 0.513 -> 0.616, listing 0.7531 -> 0.7552;
            // nothing else on either half moves; on every type half B
            // forum -0.0006, so listings and collections only).
            // An accordion's toggle button is the title of the panel it
            // opens (an FAQ's question, a guide's title).
            // A <header> in <main> holding the page's own <h1> and a
            // paragraph is the page's hero, no banner of the site
            // ([`is_hero_header`]): wcxb-dev half A service +0.032
            // page-units (2839 0.947 -> 0.977, 0695 +0.003), none down;
            // half B service +0.077 (4 pages up), none down; news
            // unchanged. Service pages only: an article's <header> around
            // its headline is the byline's (on every type: A article
            // -0.018, B article -0.030, B documentation -0.005), and a
            // category archive's header (its <h1> and description) is no
            // entry of the list (fixture de-listing-archiv); on the other
            // types no page of either half moved.
            let wraps = (matches!(tag, "form" | "noscript") && is_wrapper())
                || (tag == "header"
                    && (below.is_prose(id)
                        || in_article(dom, id)
                        || is_section_header(dom, &below, id)
                        || (page_type == PageType::Service && is_hero_header(dom, id, text_len))
                        || (forum && is_post_attribution(dom, id, text_len.at(id)))))
                // A post's quote of words said nowhere else on the page
                // (a post of another topic) is what the post answers: the
                // gold keeps it (wcxb-dev half A forum 0.8173 -> 0.8181,
                // 0507 0.953 -> 0.998, 0510 +0.006; half B and news
                // unchanged). Every quote box kept, quotes of posts on the
                // page came in twice (A -0.010, B -0.036).
                || (tag == "aside"
                    && forum
                    && is_unique_quote_box(
                        dom,
                        id,
                        page_text.get_or_insert_with(|| flat_text(dom)),
                        &mut quote_boxes,
                    ))
                || (tag == "footer"
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && is_teaser_footer(dom, id, text_len.at(id)))
                || (tag == "button"
                    && text_len.at(id) >= PANEL_TITLE_MIN_TEXT
                    && (is_panel_title(e, text_len.at(id))
                        || is_heading_button(dom, id, e)
                        || (page_type == PageType::Service && opens_a_panel(dom, id, text_len))))
                || (tag == "button"
                    && titles_a_text_panel(dom, id, e, text_len, |n| below.is_linky(n)));
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
            && !below.is_view_picker(id)
            && !below.holds(id, HOLDS_TABLE_HEADER)
            && (text_len.at(id) < FORM_BOX_TEXT || below.is_signup_box(id))
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
            // Nor does a box whose form is drop-down menus alone (a price
            // history's period picker beside its heading and note):
            // wcxb-dev half A product 0.7416 -> 0.7440 (one page up
            // 0.10, none down); half B one collection page -0.003 (a sort
            // bar's "Sort by:" line), product flat; news unchanged.
            // A box asking for an e-mail address is weighed without its
            // signup form's text: a newsletter band's heading and pitch
            // beside a form of a dozen topics to tick (wcxb-dev half A
            // +0.118 page-units: product 0625 +0.082, article 0296 +0.032,
            // service +0.011/-0.011 on two contact boxes; half B -0.077: an
            // article +0.007, one listing -0.084, whose region then took in
            // a hidden measuring line at its end; news unchanged).
            Some(Cut::Tag("form box"))
        } else if is_hidden_at(e, desktop)
            // What a shop's tile shows the eye while screen readers hear
            // its label or a sentence instead (a rating's stars and count
            // under a link labelled "4.7 out of 5 stars, 58,483 ratings", a
            // struck price before "Original price was: 39€."): wcxb-dev
            // half A collection +0.197 page-units (2922 0.607 -> 0.738,
            // 0660, 0659, 2920), none down; half B collection +0.084,
            // listing -0.008. On every type half B lost (product -0.018,
            // service -0.015).
            && !(matches!(page_type, PageType::Listing | PageType::Collection)
                && shows_what_is_spoken(dom, &below, id, e, desktop))
        {
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
                && (!below.is_linky(id)
                    || below.is_teaser(id)
                    || (page_type == PageType::Documentation && is_labelled_tab_panel(e)));
            // One of a carousel's or a tab set's panels, shown in turn: on
            // pages of many sections it is one of them (wcxb-dev half A:
            // service pages' testimonial carousels, a tab set of templates
            // and FAQ items, +0.0045 on service; half B unchanged). The
            // slides of an article or a manual are its pictures' captions
            // and promotions. A carousel drawn before its script ran, every
            // slide hidden ([`is_unshown_slide`]), is shown whole: wcxb-dev
            // half A service +0.057 page-units (a home's three hero slides,
            // 0.906 -> 0.963), none down; half B unchanged. Not on a product
            // page, whose hidden carousels are as often a row of press
            // quotes as its ingredients (half A one page 0.787 -> 0.773;
            // the gold keeps the ingredients alone).
            let slide = !popover
                && !page_type.is_single_text()
                && !below.is_linky(id)
                && (is_hidden_slide(dom, &below, id, e)
                    || (page_type != PageType::Product
                        && is_unshown_slide(
                            dom,
                            &below,
                            id,
                            &mut unshown_sets,
                            &mut unshown_budget,
                        )));
            // One of a shop grid's tabs beside the one shown, as a tab
            // script hides it: on a listing or collection its entries are
            // the page's as much as the shown tab's.
            let tab = !popover
                && matches!(page_type, PageType::Listing | PageType::Collection)
                && is_hidden_price_tab(dom, id, e);
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
                && (below.holds(id, HOLDS_MARKER) || !class_hides(e, desktop));
            (!wrapper && !disclosed && !slide && !tab).then_some(Cut::Hidden)
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
            // On a product page a carousel's slides go together: most of
            // them too short to be text, it is a row of promotion cards,
            // its longer ones too ([`is_mostly_short_slides`]; wcxb-dev
            // half A: product 0.7416 -> 0.7427, a brand story's three
            // long cards among five short ones, 0.662 -> 0.710; no other
            // page of either half moves; news unchanged. Cut as soon as
            // one slide is short, feature captions and testimonials went
            // too: half A one page -0.047, half B service -0.0009).
            let promo_cards = page_type == PageType::Product
                && h == Boilerplate::Gallery
                && !protect.iter().any(|&p| dom.contains(id, p))
                && dom.parent(id).is_some_and(|parent| {
                    *short_slides
                        .entry((parent, e.name.clone()))
                        .or_insert_with(|| is_mostly_short_slides(dom, &below, id))
                });
            let protected = !promo_cards
                && (in_code
                || part_of_kept
                || protect.iter().any(|&p| dom.contains(id, p))
                || (relax != Relax::Strict && !semantic)
                // A shop tile's price said to screen readers ("Original
                // price was: $39.00.", beside the struck price shown) is
                // the tile's: it says which price is the old one, which
                // the strike-through alone showed.
                || (h == Boilerplate::ScreenReader
                    && page_type == PageType::Collection
                    && is_spoken_price(dom, text_len, id))
                || (forum
                    && h == Boilerplate::Comments
                    && !remarks.at(id))
                // A page of entries holds no comment thread of its own: one
                // there is a thread's replies under its post, on a page
                // taken for a listing (a social site's post and its
                // comment tree). wcxb-dev half A: forum 0.7963 -> 0.8010,
                // one thread typed listing 0.623 -> 0.917; kept on every
                // listing with a comment-named box, a manual's "Submit
                // correction" prompt and a news hub's comment counts came
                // in (half B -0.196, -0.012): hence the comment-named items
                // and the text not mostly links. No other page of either
                // half moves; news unchanged.
                || (matches!(page_type, PageType::Listing | PageType::Collection)
                    && h == Boilerplate::Comments
                    && (id < thread_end || {
                        let thread = is_thread_of_comments(dom, &below, id)
                            && !crate::thread::remarks_on_a_post(dom, id, text_len);
                        if thread {
                            thread_end = dom.end(id);
                        }
                        thread
                    }))
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
                // A data table's row or cell is named for its entry or
                // column, not as a box of the page ([`is_data_table_part`]):
                // wcxb-dev half A product +0.015 page-units (2898, a price
                // table's "Promo" column header back), service -0.001 (4876,
                // a feature row cut as a byline now shown as its siblings
                // are); nothing else on either half moves; news unchanged.
                || is_data_table_part(dom, &below, id, e)
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
                // A collection's grid of pictured tiles, each a category's
                // picture and name, is its entries though the box is named
                // for categories: a tag cloud links words alone.
                || (h == Boilerplate::Tags
                    && matches!(page_type, PageType::Listing | PageType::Collection)
                    && is_grid_of_pictured_tiles(dom, &below, id))
                // So does an undated page typed article: a guide or a
                // landing page the model took for a story, in a page
                // builder's widget panels (run with every page forced to
                // its label, a pricing guide typed service lost its panels
                // as an article). wcxb-dev half A service +0.014 page-units
                // (a landing page typed article), nothing down; half B
                // listing +0.206; news unchanged. On dated articles too,
                // half A lost 0.23 (sidebar widgets of text came in).
                || (h == Boilerplate::Layout
                    && (matches!(page_type, PageType::Service | PageType::Product)
                        || (page_type == PageType::Article && !dated))
                    && below.is_slides_of_text(id))
                // A service page's banner ("cta-banner", "hero-banner") is a
                // band of the page: an offer's heading and its line, a call
                // with its phone number. Its name says where it stands, not
                // what it is; a banner of links (a menu bar) or the page's
                // <header> still goes. wcxb-dev half A: service 0.8741 ->
                // 0.8747 (4 pages up by up to 0.038, 5 down by at most
                // 0.015, golds leaving out a hero or a closing band); with
                // 40+ bytes of text outside links required, +0.0003 only.
                // Half B: service 0.8576 -> 0.8575 (2 up, 3 down by at most
                // 0.016), one collection page typed service 0.606 -> 0.955;
                // news unchanged. Kept on every page type, half A lost
                // articles and a thread (article -0.07, forum -0.03 page-units).
                || (h == Boilerplate::Layout
                    && page_type == PageType::Service
                    && e.name != local_name!("header")
                    && names_banner(e)
                    && !below.is_linky(id))
                // A service page's card's own header or footer ("card-footer":
                // a testimonial's quote, a case study's line and its link)
                // is a part of the card, not the page's footer.
                || (h == Boilerplate::Layout
                    && page_type == PageType::Service
                    && names_card_part(e)
                    && below.text_len.at(id).saturating_sub(below.link_len.at(id))
                        >= CARD_PART_TEXT_BYTES)
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
                        .get_or_insert_with(|| is_promo_river(dom, text_len, id))));
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

/// The cut of a footnote's mark: the segmenter joins the words around it
/// ("life.<sup>3</sup> Now" reads "life. Now", "Rust<sup>1</sup>--and"
/// reads "Rust--and"), as the mark was never a word between them.
pub(crate) const FOOTNOTE_MARK: &str = "footnote mark";
/// The cut reason of a box's phone form beside its desktop form.
pub(crate) const PHONE_COPY: &str = "phone copy of a box";
/// The cut reason of a disclaimer-named box of small print.
pub(crate) const DISCLAIMER: &str = "disclaimer";

/// Longest footnote mark (bytes of text): a number or a few, a symbol or
/// two, in brackets or not ("17", "\[12\]", "3,4", "*").
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

#[cfg(test)]
mod tests;
