//! Stage 5: choose the main-content region and the blocks in it.
//!
//! The region is the best-scored container plus those of its siblings that
//! read like more of the same article (readability's sibling merge). Inside
//! it, blocks go when they are the headline again, mostly links, a known
//! boilerplate phrase, or part of a section such a phrase opens (a comment
//! thread, a related box), or a short non-sentence at the region's edges
//! (bylines, dates, "5 min read").
//!
//! This file holds the stage's driver and the rules every page type shares;
//! [`mod@region`] finds the region, [`entries`] holds the rules for pages of many
//! small items (listings, collections, shops), [`repeats`] those for lines
//! said twice, [`posts`] those for threads, and [`bands`] the biographies,
//! teaser rails and kicker bands around an article's body.

use crate::boilerplate::Boilerplate;
use crate::dom::{Dom, NodeId};
use crate::lang::{self, ends_sentence};
use crate::meta::{similarity, Marks};
use crate::pagetype::PageType;
use crate::prune::{Cut, Pruned};
use crate::score::Scores;
use crate::segment::{Block, Kind};
use crate::thread;

mod bands;
mod entries;
mod posts;
mod region;
mod repeats;
#[cfg(test)]
mod tests;

use bands::kicker_bands;
pub(crate) use bands::{author_bios, dated_teaser_rails, site_blurb};
use entries::{
    all_text_linked, card_fields, card_headers, category_intro, entries_headed,
    entries_title_linked, entry_action_rows, entry_actions, entry_badges, entry_blocks,
    entry_group, entry_of, entry_titles, featured_entry, interleaved_boxes, interleaved_rails,
    introduced_links, is_price_line, is_rating_line, other_products, picture_overlays, price_grid,
    tile_grid, trust_badges, CARD_TEXT_CHARS, ENTRY_GROUP_SHARE, GRID_LEVELS, PRICE_TILE_LEVELS,
    RIVER_GROUP_SHARE,
};
pub(crate) use posts::empty_thread_opener;
use posts::{
    card_fields_beside, card_lines, card_values, link_lists_in_post_prose, links_in_post_prose,
    microdata_authors, orphan_terms, pasted_addresses, post_meta, post_timestamps, poster_names,
    poster_tallies, quote_box_lines, quote_intros, quoted_again, repeated_poster_names,
    short_posts, thread_notices, user_card_lines,
};
use region::{
    leading_bands, product_box, region, same_flow, sibling_blocks, sibling_posts, sibling_sections,
    teasers, title_river, trailing_bands, widen,
};
use repeats::{
    copy_said_again, lines_said_again, run_said_again, said_again, said_again_in_entry,
    said_twice_in_a_row, short_said_again,
};

/// Why a block was left out. (Named so as not to shadow the prelude's
/// `Drop` trait.)
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Reason {
    /// Outside the main-content region.
    OutsideRegion,
    /// The headline, which is returned separately.
    Headline,
    /// Mostly link text.
    LinkDense(f32),
    /// A boilerplate phrase.
    Phrase(Boilerplate),
    /// In a section opened by a boilerplate phrase.
    Section(Boilerplate),
    /// A short line at the edge of the article that is not a sentence.
    Edge,
    /// A caption that is no sentence: a photo credit or a label.
    Credit,
    /// A post's date line in a thread ("Commented Mar 26, 2019 at 16:40").
    PostMeta,
    /// A data table's row, tables being off ([`Options::tables`](crate::Options::tables)).
    TablesOff,
    /// A line of a poster's user card in a thread: a counter or a label
    /// every post repeats ("Posts: 4,032", "Joined").
    UserCard,
    /// A thread's text said again by a later post (a quote of it).
    QuotedAgain,
    /// A post's linked subject heading above its kept date line ("Re:
    /// the thread's title"), not the post's text.
    PostSubject,
    /// A product's or listing's line said a second time (a section drawn
    /// again for another screen).
    SaidAgain,
    /// On a listing, a short label every few entries repeat ("Latest",
    /// "Fast apply", "Instant Savings"): a badge, not an entry's text.
    EntryBadge,
    /// On a listing, a short line laid over an entry's picture, in the
    /// picture's box apart from the entry's title ("On Now", "1:07").
    PictureOverlay,
    /// On a listing, a box of links set among the entries, not one of
    /// them ("Recent Appointments" after the sixth story): another list's
    /// promo.
    EntryRail,
    /// On a listing, an entry's row of short links most entries repeat
    /// word for word ("1 point by jo 2 hours ago | hide | past | discuss"):
    /// the entry's controls, not its text.
    EntryActionRow,
    /// A shop's control alone on a line ("Add to cart", "Quick view").
    ShopControl,
    /// On a collection, a tile's stock or novelty badge ("Sold out", "Only
    /// 3 left!", "New arrival").
    ShopBadge,
    /// On a collection, a tile's label for the field beside it alone on a
    /// line ("Sale price", "Rating:").
    TileLabel,
    /// On a collection, a shop's sort, filter or view control or its count
    /// of results ("Sort by", "Filters", "Showing 24 of 291 results").
    ResultControl,
    /// On a shop's page, a prompt for a first review ("Be the first to
    /// review this product", "0 reviews").
    ReviewPrompt,
    /// On a product page, a line of the shop's sales terms: a threshold
    /// for free shipping, a loyalty reward, a payment plan's widget.
    ShopTerms,
    /// On a product page, a tile of a rail of other products, each with
    /// its own shop control.
    OtherProduct,
    /// The author's biography after the body ("Jane Doe is a reporter…").
    AuthorBio,
    /// The site's own blurb closing the article ("Acme Health is a
    /// nonprofit…"): a boilerplate about the publisher, not the story.
    SiteBlurb,
    /// A ticker: one short phrase said over and over in one line ("Book
    /// now * Book now * Book now…"), drawn to scroll across the screen.
    Marquee,
    /// An entry of a rail of other stories after the body, each a linked
    /// title with its date.
    TeaserRail,
    /// A card of a band of teasers each headed by the kind of page it
    /// promotes ("Case study", "Webinar", "Blog"): other pages' promos.
    KickerBand,
    /// On a product page, a line that is a bare count ("3.", "1,113"): a
    /// step's or slide's number drawn apart from its text, a rating count.
    BareNumber,
    /// On a product page, a line that is a price alone ("$20.00", "$34.99
    /// $49.99", "Save $15"): the buy box's figure, no text about the product.
    BarePrice,
    /// A counter its script never ran ("0") and its caption.
    UnrunCounter,
    /// A section's heading closing the kept text with nothing under it (a
    /// section a script fills in, "Poll of the Week").
    EmptyHeading,
    /// On a thread, a line of the forum software's between posts: an ad
    /// slot's label, an app's signature, a deleted post's placeholder, a
    /// gap marker, a reaction credit.
    ThreadNotice,
}

impl Reason {
    /// Human-readable reason.
    pub(crate) fn describe(self) -> String {
        match self {
            Reason::OutsideRegion => "outside the main-content region".to_owned(),
            Reason::Headline => "the headline (see title)".to_owned(),
            Reason::LinkDense(d) => format!("link density {d:.2}"),
            Reason::Phrase(p) => format!("phrase: {}", p.name()),
            Reason::Section(p) => format!("in a {} section", p.name()),
            Reason::Edge => "short non-sentence at the article's edge".to_owned(),
            Reason::Credit => "caption that is no sentence (credit or label)".to_owned(),
            Reason::PostMeta => "a post's date line".to_owned(),
            Reason::TablesOff => "a table row (tables off)".to_owned(),
            Reason::UserCard => "a user card's counter or label".to_owned(),
            Reason::ThreadNotice => "a thread's notice (ad label, app signature)".to_owned(),
            Reason::QuotedAgain => "an earlier post's text quoted again".to_owned(),
            Reason::PostSubject => "a post's linked subject heading".to_owned(),
            Reason::SaidAgain => "text the page said above".to_owned(),
            Reason::EntryBadge => "a label the entries repeat".to_owned(),
            Reason::PictureOverlay => "a label over an entry's picture".to_owned(),
            Reason::EntryRail => "a rail of links set among the entries".to_owned(),
            Reason::EntryActionRow => "a row of links every entry repeats".to_owned(),
            Reason::ShopControl => "a shop's control (\"Add to cart\")".to_owned(),
            Reason::ShopBadge => "a tile's stock badge (\"Sold out\")".to_owned(),
            Reason::TileLabel => "a tile's field label (\"Sale price\", \"Rating:\")".to_owned(),
            Reason::ResultControl => "a shop's sort or filter control (\"Sort by\")".to_owned(),
            Reason::ReviewPrompt => {
                "a tile's prompt for a first review (\"No reviews yet\")".to_owned()
            }
            Reason::ShopTerms => {
                "the shop's terms (\"Free shipping on orders over $50\")".to_owned()
            }
            Reason::OtherProduct => "a tile of a rail of other products".to_owned(),
            Reason::AuthorBio => "the author's biography after the body".to_owned(),
            Reason::SiteBlurb => "the site's own blurb after the body".to_owned(),
            Reason::Marquee => "a ticker repeating one short phrase".to_owned(),
            Reason::TeaserRail => "a rail of dated teasers after the body".to_owned(),
            Reason::BareNumber => "a bare count on a product page".to_owned(),
            Reason::BarePrice => "a price alone on a product page".to_owned(),
            Reason::UnrunCounter => "a counter its script never ran, or its caption".to_owned(),
            Reason::KickerBand => "a band of teasers headed by their kind".to_owned(),
            Reason::EmptyHeading => "a heading closing the text with nothing under it".to_owned(),
        }
    }
}

/// Longest heading (words) read as a section's label when it closes the
/// kept text with nothing under it. wcxb-dev half A: with no bound, a
/// shop's closing tagline and a service page's closing pitch (headings
/// with prose in them) went, service -0.19 page-units.
const EMPTY_HEADING_MAX_WORDS: usize = 6;

/// Drops the headings that close the kept text with nothing under them: a
/// section a script fills in ("Latest", "Poll of the Week", "How other
/// merchants stack up") is its heading alone in the page's HTML. Only a
/// label goes: no link in it (an entry's linked title), at most
/// [`EMPTY_HEADING_MAX_WORDS`] words and no sentence, and no heading of the
/// same rank just above it (a run of headings is a list of titles, a
/// shop's tiles named by headings over images). Trimmed from the end, so
/// an empty section's heading and its empty sub-heading go together.
///
/// wcxb-dev half A: article +0.015 page-units, listing +0.010, product
/// +0.003, collection +0.002, service +0.001 (8 pages up, 2 down by
/// 0.002 and 0.006); half B: +0.024 net (15 up, 6 down, service -0.016,
/// closing headings the golds keep); news F1 0.9771 unchanged, precision
/// 0.9669 -> 0.9670. Any heading followed by one of the same or a higher
/// rank with nothing between, too: half A service -0.71, listing -0.26
/// page-units, collection +0.31 (spec labels, product names and pitches
/// as headings in a row).
pub(crate) fn empty_headings(blocks: &[Block], verdicts: &mut Verdicts) {
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            verdicts.get(i).is_some_and(Option::is_none)
                && blocks.get(i).is_some_and(|b| !b.text.trim().is_empty())
        })
        .collect();
    for (k, &i) in kept.iter().enumerate().rev() {
        let Some(b) = blocks.get(i) else { break };
        let above = k
            .checked_sub(1)
            .and_then(|j| kept.get(j))
            .and_then(|&j| blocks.get(j));
        let label = matches!(b.kind, Kind::Heading(_))
            && b.link_chars == 0
            && b.text.split_whitespace().count() <= EMPTY_HEADING_MAX_WORDS
            && !ends_sentence(&b.text)
            && above.is_none_or(|a| a.kind != b.kind);
        if !label {
            break;
        }
        if let Some(v) = verdicts.get_mut(i) {
            *v = Some(Reason::EmptyHeading);
        }
    }
}

/// Longest heading (words) read as the label of a product page's box of
/// controls when all under it went. wcxb-dev half A: the labels seen over
/// a shop's buttons and links ("Accessories for KALLAX", "Assembly and
/// documents", "How to get it") are two to four words; the bound is the
/// one [`EMPTY_HEADING_MAX_WORDS`] set for section labels.
const CONTROL_HEADING_MAX_WORDS: usize = EMPTY_HEADING_MAX_WORDS;

/// Drops, on a product page, a section heading whose whole section went:
/// the next kept block is a heading of the same or a higher rank, and
/// something stood between them that was left out (a button, a row of
/// links, a hidden panel, a shop's terms). The heading labelled the shop's
/// controls ("Accessories for KALLAX" over a "Show all" button, "Assembly
/// and documents" over download links), not the product. A heading right
/// above its neighbour with nothing at all between stays (a run of spec
/// labels or tab titles; dropping those was rejected before).
///
/// wcxb-dev half A: product +0.021 page-units (0622 +0.013: "Assembly and
/// documents" and its sub-headings over download links, "Accessories for
/// KALLAX" over a button; 0612, 0628, 3062, 0601 up; 3060 -0.002); half
/// B: product +0.051 (7 up, 5 down, 2890 -0.009).
pub(crate) fn control_headings(
    dom: &Dom,
    pruned: &Pruned,
    blocks: &[Block],
    verdicts: &mut Verdicts,
) {
    let cut_roots = text_cut_roots(dom, pruned);
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            verdicts.get(i).is_some_and(Option::is_none)
                && blocks.get(i).is_some_and(|b| !b.text.trim().is_empty())
        })
        .collect();
    // From the end, so that a heading over sub-headings that all went goes
    // with them ("Assembly and documents" over "Assembly instructions").
    let mut next_kept: Option<usize> = None;
    for &i in kept.iter().rev() {
        let (Some(b), Some(j)) = (blocks.get(i), next_kept) else {
            next_kept = Some(i);
            continue;
        };
        let Some(next) = blocks.get(j) else {
            next_kept = Some(i);
            continue;
        };
        let label = match (b.kind, next.kind) {
            (Kind::Heading(rank), Kind::Heading(next_rank)) => {
                b.link_chars == 0
                    && next_rank <= rank
                    && b.text.split_whitespace().count() <= CONTROL_HEADING_MAX_WORDS
                    && !ends_sentence(&b.text)
            }
            _ => false,
        };
        // Left out between them: a dropped block, or a pruned subtree
        // after the heading's own and before the next heading.
        let after = dom.end(b.owner);
        let first_cut = cut_roots.partition_point(|&c| c < after);
        let cut_between = cut_roots.get(first_cut).is_some_and(|&c| c < next.owner);
        if label && (j > i + 1 || cut_between) {
            if let Some(v) = verdicts.get_mut(i) {
                *v = Some(Reason::EmptyHeading);
            }
        } else {
            next_kept = Some(i);
        }
    }
}

/// The roots of pruned subtrees that held text (not a page's head, scripts
/// or styles), in document order.
fn text_cut_roots(dom: &Dom, pruned: &Pruned) -> Vec<NodeId> {
    let mut out = Vec::new();
    let mut walk = dom.walk(0..dom.len());
    while let Some(id) = walk.next() {
        if let Some(cut) = pruned.cut(id) {
            if !matches!(cut, Cut::Tag("head" | "script" | "style" | "template"))
                && pruned.text_len.at(id) > 0
            {
                out.push(id);
            }
            walk.skip_subtree(id);
        }
    }
    out
}

/// The verdict on each block: `None` kept, `Some(why)` dropped.
pub(crate) type Verdicts = Vec<Option<Reason>>;
/// Blocks with a larger share of link text are navigation, not prose.
const MAX_LINK_DENSITY: f32 = 0.5;
/// Shortest caption (characters) kept as a sentence.
const MIN_CAPTION: usize = 30;
/// Edge lines up to this long (characters) without function words (names,
/// credits, labels) are not prose.
const EDGE_NO_STOPWORDS_CHARS: usize = 150;
/// Edge lines up to this long (characters) holding a date are bylines.
const DATELINE_MAX_CHARS: usize = 100;
/// Blocks at least this long (characters) are prose even with many links.
const LONG_BLOCK: usize = 100;
/// Edge lines shorter than this (characters) without sentence punctuation go.
const EDGE_MAX_CHARS: usize = 40;
/// Lines up to this long can be a section heading opening boilerplate.
const MAX_HEADING_LINE: usize = 80;

/// A list item with more link text than this is navigation, whatever its
/// length; so is any block of links past it (a long digest of linked stories
/// still has some words of its own). Evidence: the fixtures' menus and cited
/// sources ("<a>Official Gazette</a>, 3 March edition").
const ALL_LINKS: f32 = 0.8;
/// A level-1/2 heading this similar to the declared title is the headline
/// again (the title is returned separately).
const HEADLINE_SIMILARITY: f32 = 0.9;
/// A related-phrase line with this much link text is a lead-in to a link
/// ("Lire aussi : <a>other story</a>").
const LEAD_IN_LINK_DENSITY: f32 = 0.3;
/// A phrase line with less link text than this (and no colon) is a heading
/// with a topic word ("Most popular diets"), not a lead-in.
const PLAIN_LINE_LINK_DENSITY: f32 = 0.1;
/// Prose back in the article's container, with less link text than this,
/// ends a flat related box ("DON'T MISS: …" between paragraphs).
const PROSE_LINK_DENSITY: f32 = 0.2;
/// Edge lines whose stop-word density is below this have no function words
/// (names, credits, labels).
const EDGE_MIN_STOPWORD_DENSITY: f32 = 0.05;

/// Nodes looked at between a boilerplate heading and an ancestor to see
/// whether the heading opens that ancestor.
const MAX_SCOPE_SCAN: usize = 256;

/// Whether the prose bands above the region join it ([`leading_bands`]):
/// a service page's hero and intro, and an undated article's opening
/// sections (a landing or service page typed article, a guide). A dated
/// article is a story: what sits above its body is a teaser or a dek
/// (wcxb-dev half A with dated articles too: 16 pages worse, 8 better;
/// the news set 0.9769 -> 0.9762). A hub's entries are no sections.
fn bands_above_join(page_type: PageType, dated: bool, hub: bool) -> bool {
    page_type == PageType::Service || (page_type == PageType::Article && !dated && !hub)
}

/// Decides which blocks are the article.
pub(crate) fn select(
    dom: &Dom,
    blocks: &[Block],
    scores: &Scores,
    meta: &Marks,
    captions: Option<bool>,
    page_type: PageType,
    dated: bool,
) -> Verdicts {
    let mut verdicts: Verdicts = vec![Some(Reason::OutsideRegion); blocks.len()];
    let Some(best) = scores.best else {
        return verdicts;
    };
    // Whatever the page's kind, a page whose running text is nearly all
    // inside links is read as a river of linked entries.
    let fields = card_fields(dom, blocks);
    let page_type = if !matches!(page_type, PageType::Listing | PageType::Collection)
        && all_text_linked(blocks, &fields, page_type == PageType::Product)
    {
        PageType::Listing
    } else {
        page_type
    };
    // An undated page read as an article whose text is mostly one group of
    // repeated entries, most of them titled by a link to their own page, is
    // an index of those pages (a course catalogue, a blog's front page): a
    // listing, whose entries' summaries are its text, not teasers round a
    // story (wcxb-dev half A: a course index labelled article 0.363 ->
    // 0.988, one event list -0.012 at a 0.4 share, none at 0.6; half B: a
    // listing 0.934 -> 0.946; dated too, the news set lost three stories
    // over rivers of teasers, F1 0.9791 -> 0.9738).
    let page_type = if page_type == PageType::Article
        && !dated
        && entry_group(dom, blocks, false).is_some_and(|g| {
            g.chars as f32 >= g.total as f32 * RIVER_GROUP_SHARE
                && entries_title_linked(dom, blocks, &g)
        }) {
        PageType::Listing
    } else {
        page_type
    };
    // An undated page read as an article whose linked entry titles are
    // many is a hub's river of entries: its region holds them all, and
    // its linked titles are its text.
    let river_titles = title_river(blocks);
    let hub = page_type == PageType::Article && !dated && river_titles;
    // A listing whose linked entry titles make such a river is a hub too:
    // its region must hold all its entries, not the densest box of them (a
    // news hub typed listing, whose video carousel won over its story
    // promos, as it did when the hub was typed article).
    let listing_hub = matches!(page_type, PageType::Listing | PageType::Collection) && river_titles;
    let narrow = region(dom, scores, best);
    let (mut roots, widened) = widen(
        dom,
        blocks,
        &fields,
        narrow.clone(),
        best,
        page_type,
        dated,
        hub || listing_hub,
    );
    if page_type == PageType::Forum {
        sibling_posts(dom, scores, &mut roots);
    }
    // A product page's text is about the product its name heads: a region
    // that leaves the name out is one part of the product's box (the
    // description under the gallery, a price box beside the name), and
    // widens to the box (see `product_box`; wcxb-dev half A product
    // 0.7333 -> 0.7342, B 0.7352 -> 0.7390, no other type moves).
    if page_type == PageType::Product {
        if let Some(b) = meta
            .title_node
            .and_then(|t| product_box(dom, scores, best, &roots, t))
        {
            roots = vec![b];
        }
    }
    if page_type == PageType::Article && !widened {
        sibling_sections(dom, scores, &mut roots);
        sibling_blocks(dom, scores, &mut roots);
    }
    // On a listing, the blocks of its repeated entries: kept whatever
    // their length, link text or kind (a card's name, its price, a
    // product's `<figcaption>`), as a card's fields are.
    let mut entry = vec![false; blocks.len()];
    // Per block, the entry of the group it sits in.
    let mut entry_ids: Vec<Option<usize>> = Vec::new();
    let mut grid_node = None;
    let mut rail_boxes: Vec<NodeId> = Vec::new();
    if matches!(page_type, PageType::Listing | PageType::Collection) {
        // Entries each marked with their own id and terms are read by the
        // class they share when their whole classes make no group, if most
        // hold a heading and their classes are alike (wcxb-dev half A: a
        // blog category's posts beside its intro, two shops' product grids,
        // 3 pages up, none down; half B unchanged). A group outside the
        // region joins it: the region may be the intro above the entries.
        let share =
            |g: &entries::EntryGroup<'_>| g.chars as f32 >= g.total as f32 * ENTRY_GROUP_SHARE;
        let group = entry_group(dom, blocks, false).filter(share).or_else(|| {
            entry_group(dom, blocks, true).filter(|g| share(g) && entries_headed(dom, blocks, g))
        });
        if let Some(g) = &group {
            rail_boxes = interleaved_boxes(dom, g);
            entry = entry_blocks(dom, blocks, g);
            entry_actions(dom, blocks, &fields, &mut entry);
            entry_ids = entry_of(dom, blocks, g).0;
            // A featured entry set before the list (a blog's sticky post)
            // is one more entry (wcxb-dev half A: 2901 0.911 -> 0.942).
            if let Some(f) = featured_entry(dom, blocks, g) {
                if !roots.iter().any(|&r| dom.contains(r, f)) {
                    roots.push(f);
                }
            }
            if !roots
                .iter()
                .any(|&r| dom.contains(r, g.parent) || dom.contains(g.parent, r))
            {
                roots.push(g.parent);
            }
        }
        let grouped = group.is_some();
        if let Some(grid) = price_grid(dom, blocks, GRID_LEVELS) {
            // A grid of priced tiles with no linked entries (a script
            // opens each tile) is the entries all the same: its names and
            // prices are no short lines at the text's edge.
            if !grouped {
                grid_node = Some(grid);
            }
            if !roots
                .iter()
                .any(|&r| dom.contains(r, grid) || dom.contains(grid, r))
            {
                roots.push(grid);
            }
        }
        // The price lines of the page's grid of priced tiles are the
        // tiles' prices, linked or not ("4 offers from $16.14", a link to
        // the offers): a field of each tile, not a link list, though the
        // tiles make no group of entries (their text a small share of the
        // page's). wcxb-dev half A: collection 0.7895 -> 0.7906, listing
        // 0.7435 -> 0.7437 (3 pages up, 1 down -0.002); half B: collection
        // 0.7189 -> 0.7195, listing 0.7504 -> 0.7502 (a gold without
        // prices, -0.007), product -0.0001 (a collection typed product's
        // priced names); news unchanged. A tile's linked rating line ("4.6
        // out of 5 stars 27,351", a link to its reviews) is its field too
        // (wcxb-dev half A: two best-seller lists' ratings, collection
        // +0.115 page-units, 2920 0.875 -> 0.975; half B none moves), and
        // so in a grid of 4+ rated tiles whose prices the price pattern
        // misses ("EUR 28.39": 0655 +0.013; half B none).
        if let Some(grid) = price_grid(dom, blocks, PRICE_TILE_LEVELS) {
            for (field, b) in entry.iter_mut().zip(blocks) {
                *field |= (is_price_line(b) || is_rating_line(b)) && dom.contains(grid, b.owner);
            }
        }
        if let Some(grid) = tile_grid(dom, blocks, PRICE_TILE_LEVELS, is_rating_line) {
            for (field, b) in entry.iter_mut().zip(blocks) {
                *field |= is_rating_line(b) && dom.contains(grid, b.owner);
            }
        }
        if page_type == PageType::Collection {
            trailing_bands(dom, blocks, scores, &mut roots);
        }
    }
    if bands_above_join(page_type, dated, hub) {
        // A service page's hero: the band holding its headline.
        let hero = meta.title_node.filter(|_| page_type == PageType::Service);
        leading_bands(dom, blocks, scores, &mut roots, hero);
    }
    // On an article page whose text is mostly one group of repeated
    // entries, the entries' linked titles are its text too.
    let mut river = vec![hub; blocks.len()];
    if page_type == PageType::Article && !hub {
        let group = entry_group(dom, blocks, false)
            .filter(|g| g.chars as f32 >= g.total as f32 * RIVER_GROUP_SHARE);
        if let Some(g) = group {
            // An entry is a title with more (a summary, a date), not one
            // linked paragraph of a story.
            let (of, n) = entry_of(dom, blocks, &g);
            let mut count = vec![0usize; n];
            for k in of.iter().flatten() {
                if let Some(c) = count.get_mut(*k) {
                    *c += 1;
                }
            }
            river = of
                .iter()
                .map(|k| k.and_then(|k| count.get(k)).is_some_and(|&c| c >= 2))
                .collect();
        }
    }
    // A hub is no one text: its entries are no teasers, and its first
    // entry may come before the page's title.
    let one_text = page_type.is_single_text() && !hub;
    let teaser = if widened && one_text {
        teasers(dom, blocks, &narrow)
    } else {
        Vec::new()
    };
    // One text widened to an ancestor starts at its headline: what comes
    // before it there is a ticker or a teaser.
    let start = meta
        .title_node
        .filter(|&t| widened && one_text && roots.iter().any(|&r| dom.contains(r, t)))
        .unwrap_or(0);
    let in_region = |i: usize, b: &Block| {
        b.owner >= start
            && !teaser.get(i).copied().unwrap_or(false)
            && roots.iter().any(|&r| dom.contains(r, b.owner))
    };

    // An article whose sections each list their linked topics is a guide's
    // index: those list items are its text, as in a manual (wcxb-dev half
    // A: article +0.038 page-units, 4698 +0.027, 4085 +0.011; a tutorial
    // hub typed article, gold documentation, 4020 0.857 -> 0.960; none
    // down; half B article +0.114 (0215), listing +0.455 (2904 0.565 ->
    // 0.979, 2102 +0.041), none down; news F1 0.9791 -> 0.9794, P 0.9701
    // -> 0.9703). Linked list items kept on every article lost B 0.139.
    let topics = page_type == PageType::Article && is_topic_guide(blocks, &in_region);
    let mut state = Flow::default();
    let listing = matches!(page_type, PageType::Listing | PageType::Collection);
    // Whether the region's last block was kept and is no age line: an
    // entry's title or text, which a linked age line below belongs to.
    let mut after_entry = false;
    for (i, b) in blocks.iter().enumerate() {
        if !in_region(i, b) {
            continue;
        }
        let field = fields.get(i).copied().unwrap_or(false);
        let field = field || entry.get(i).copied().unwrap_or(false);
        let drop = judge(dom, b, field, meta, &mut state, &roots, captions, page_type);
        // A row of links on a listing goes as any link list.
        let drop = drop.or_else(|| {
            (!field && link_row(dom, scores, b, page_type))
                .then_some(Reason::LinkDense(b.link_density()))
        });
        let drop = drop.filter(|d| {
            !(matches!(d, Reason::LinkDense(_))
                && b.chars >= ENTRY_TITLE_CHARS
                && river.get(i).copied().unwrap_or(false))
        });
        let drop = drop
            .filter(|d| !(topics && b.kind == Kind::ListItem && matches!(d, Reason::LinkDense(_))));
        let age = listing && is_age_or_date(b) && own_link(dom, b);
        let drop = drop.filter(|d| !(matches!(d, Reason::LinkDense(_)) && age && after_entry));
        after_entry = drop.is_none() && !age;
        if drop.is_none() && b.chars >= EDGE_MAX_CHARS {
            state.kept_prose += 1;
            state.prose_container = Some(b.container);
        }
        if let Some(v) = verdicts.get_mut(i) {
            *v = drop;
        }
    }
    // wcxb-dev half A +0.068 page-units (service +0.028, 2842 +0.026: a
    // list of cards under linked titles; product +0.014, 0611 +0.023 and
    // 0604 -0.009; collection, article, forum, listing up; no type down),
    // half B +0.052 (listing 0265 +0.052, article +0.005, product -0.002,
    // collection -0.002, forum -0.001); news unchanged (F1 0.9791).
    linked_items_in_lists(dom, scores, blocks, &mut verdicts);
    if page_type == PageType::Documentation {
        labelled_link_sections(blocks, &mut verdicts);
    }
    // The page's language, from the region's first blocks (enough words
    // to tell; a giant region is not read whole).
    let mut counts = lang::StopCounts::default();
    let mut read = 0;
    for (_, b) in blocks.iter().enumerate().filter(|(i, b)| in_region(*i, b)) {
        if read > lang::LANGUAGE_SAMPLE {
            break;
        }
        let sample = b
            .text
            .get(..b.text.len().min(lang::LANGUAGE_SAMPLE))
            .unwrap_or(&b.text);
        counts.add(sample);
        read += sample.len();
    }
    let language = counts.language();
    if matches!(page_type, PageType::Listing | PageType::Collection) {
        category_intro(dom, blocks, meta.title_node, &roots, &mut verdicts);
        introduced_links(blocks, language, &mut verdicts);
    }
    entry_titles(dom, blocks, &mut verdicts);
    if page_type == PageType::Service {
        card_headers(dom, scores, blocks, &mut verdicts);
    }
    if page_type == PageType::Forum {
        user_card_lines(dom, blocks, &mut verdicts);
        card_lines(dom, blocks, &mut verdicts);
        card_fields_beside(blocks, &mut verdicts);
        // wcxb-dev half A forum +0.0025 page-units (0533: six posters'
        // places, "Glasgow", none in the gold); half B, news unchanged.
        card_values(dom, blocks, &mut verdicts);
        poster_tallies(dom, blocks, &mut verdicts);
        repeated_poster_names(dom, blocks, &mut verdicts);
        // Before the quotes: a quoted post's cited address goes with it.
        pasted_addresses(dom, blocks, &mut verdicts);
        links_in_post_prose(dom, blocks, &mut verdicts);
        link_lists_in_post_prose(dom, blocks, &mut verdicts);
        quoted_again(dom, blocks, &mut verdicts);
        quote_intros(dom, blocks, &mut verdicts);
        // Names first: a post's date line kept before its poster's name
        // does not hide the name.
        poster_names(dom, blocks, &mut verdicts);
        microdata_authors(dom, blocks, &mut verdicts);
        quote_box_lines(dom, blocks, &mut verdicts);
        post_timestamps(dom, blocks, &mut verdicts);
        thread_notices(blocks, &mut verdicts);
        orphan_terms(dom, blocks, &mut verdicts);
    }
    // Not on collections: it costs half B 0.001 (a grid its gold keeps
    // doubled), half A +0.0001. Service pages too: a section drawn twice
    // for wide and narrow screens (wcxb-dev half A service +0.0027
    // page-units: 4290 0.832 -> 0.923, 2842 +0.009, 0717 +0.008; 0696
    // 0.907 -> 0.814 and 0148 -0.013, golds that keep every copy; half B
    // service +0.354, product +0.024 (pages typed service); no other type
    // moves).
    if matches!(page_type, PageType::Listing | PageType::Service) {
        copy_said_again(dom, blocks, &mut verdicts);
    }
    if matches!(
        page_type,
        PageType::Product | PageType::Listing | PageType::Collection
    ) {
        said_again(blocks, &mut verdicts);
    }
    unrun_counters(blocks, &mut verdicts);
    if page_type == PageType::Product {
        run_said_again(blocks, &mut verdicts);
        other_products(dom, blocks, &mut verdicts);
        short_said_again(blocks, &mut verdicts);
        lines_said_again(blocks, &mut verdicts);
        bare_numbers(blocks, &mut verdicts);
        bare_prices(blocks, &mut verdicts);
        // wcxb-dev half A: product +0.0056 page-units (0591 +0.003, 0607
        // +0.002), none down; half B product +0.0016 (one page); news
        // unchanged (F1 0.9793, P 0.9703).
        trust_badges(dom, blocks, &mut verdicts);
    }
    if matches!(
        page_type,
        PageType::Product | PageType::Service | PageType::Listing
    ) {
        said_twice_in_a_row(blocks, &mut verdicts);
    }
    if page_type == PageType::Listing {
        // wcxb-dev half A listing +0.096 page-units (0259 0.790 -> 0.886:
        // a news river's "Recent Appointments" box after its sixth
        // story), none down; half B and the news set unchanged.
        interleaved_rails(dom, blocks, &rail_boxes, &mut verdicts);
        said_again_in_entry(blocks, &entry_ids, &mut verdicts);
        entry_badges(dom, blocks, &mut verdicts);
        picture_overlays(dom, blocks, &mut verdicts);
        entry_action_rows(dom, blocks, &mut verdicts);
    }
    kicker_bands(dom, blocks, &mut verdicts);
    // A thread's one-line posts are no edge's short lines: the trim stops
    // at them as at a listing's entries.
    let mut stops = entry;
    // wcxb-dev half A: collection 0.7671 -> 0.7837 (a shop's page of nine
    // tiles, names and prices only, left empty before: 0 -> 1); half B
    // one collection 0.821 -> 0.795 (a grid its gold keeps only half of).
    if let Some(grid) = grid_node {
        for (stop, b) in stops.iter_mut().zip(blocks) {
            *stop |= dom.contains(grid, b.owner);
        }
    }
    if page_type == PageType::Forum {
        for (stop, short) in stops.iter_mut().zip(short_posts(dom, blocks, &verdicts)) {
            *stop |= short;
        }
    }
    trim_edges(blocks, &mut verdicts, language, &stops, page_type);
    verdicts
}

/// Fewest lists of linked items, each opening right after a heading of the
/// region (or a line under one), that make an article a guide's index of
/// topics section by section: a tutorial hub's sections, each a heading, a
/// line and its linked lessons, or a checklist whose items link to their
/// pages. wcxb-dev half A: the guides held 7, 8 and 17 such lists; a
/// newsletter of 6 sections of promotions (past issues, courses, jobs),
/// whose gold leaves them out, lost 0.045 at 6, so 7.
const TOPIC_LISTS: usize = 7;

/// Whether the region holds [`TOPIC_LISTS`] lists whose items are all
/// linked, each right after a heading or a line under one.
fn is_topic_guide(blocks: &[Block], in_region: &impl Fn(usize, &Block) -> bool) -> bool {
    let mut lists = 0;
    let mut last_group = None;
    let mut after_heading = 0u8;
    for (i, b) in blocks.iter().enumerate() {
        if !in_region(i, b) {
            continue;
        }
        match b.kind {
            Kind::Heading(_) => after_heading = 2,
            Kind::ListItem => {
                if b.group != last_group {
                    last_group = b.group;
                    if after_heading > 0 && b.link_density() > ALL_LINKS {
                        lists += 1;
                        if lists >= TOPIC_LISTS {
                            return true;
                        }
                    }
                }
                after_heading = 0;
            }
            _ => after_heading = after_heading.saturating_sub(1),
        }
    }
    false
}

/// A section opened by a boilerplate heading.
#[derive(Clone, Copy)]
struct Section {
    kind: Boilerplate,
    /// The element it fills, when the heading opens one.
    scope: Option<NodeId>,
    /// The heading's rank (6 for a heading-like paragraph).
    level: u8,
    /// Where the article's prose sat before the heading.
    article: Option<NodeId>,
    /// On a thread, the post the heading is in: the section ends with it.
    post: Option<NodeId>,
}

/// What the walk over the region has seen so far.
#[derive(Default)]
struct Flow {
    /// Kept blocks of prose length.
    kept_prose: usize,
    /// Container of the last of them.
    prose_container: Option<NodeId>,
    /// The open boilerplate section, if any.
    section: Option<Section>,
}

/// The verdict on one block inside the region: the rules below, in order,
/// the first that drops it.
#[allow(clippy::too_many_arguments)]
fn judge(
    dom: &Dom,
    b: &Block,
    field: bool,
    meta: &Marks,
    flow: &mut Flow,
    roots: &[NodeId],
    captions: Option<bool>,
    page_type: PageType,
) -> Option<Reason> {
    // On a listing the entries' linked titles are the content.
    let entries = matches!(page_type, PageType::Listing | PageType::Collection);
    in_open_section(dom, b, flow)
        .or_else(|| {
            // An entry's caption is its name or price ("<figcaption>" of a
            // product card), no photo credit.
            (!(entries && field))
                .then(|| non_sentence_caption(b, captions, page_type))
                .flatten()
        })
        .or_else(|| headline_again(dom, b, meta, page_type))
        .or_else(|| credit_line(b))
        .or_else(|| {
            (!in_headline(dom, b, meta, page_type))
                .then(|| link_list(b, entries, field, page_type))
                .flatten()
        })
        .or_else(|| post_meta(dom, b, page_type))
        .or_else(|| boilerplate_phrase(dom, b, flow, roots, page_type))
        .or_else(|| consent_notice(b))
        .or_else(|| loading_placeholder(b))
        .or_else(|| shop_control(b))
        .or_else(|| shop_badge(b, page_type))
        .or_else(|| tile_label(b, page_type))
        .or_else(|| review_prompt(b, page_type))
        .or_else(|| result_control(b, page_type))
        .or_else(|| shop_terms(b, page_type))
        .or_else(|| newsletter_pitch(b, page_type))
        .or_else(|| affiliate_disclosure(dom, b))
        .or_else(|| marquee(b))
}

/// On an article, a short line that pitches the site's newsletter ("Sign up
/// for our newsletter for tips and events", "Thank you for subscribing to
/// our daily newsletter.") is the site's furniture between or after the
/// story's paragraphs, whatever share of the line the pitch's words take
/// (a boilerplate phrase must cover half of it).
fn newsletter_pitch(b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Article
        && !matches!(b.kind, Kind::Heading(_))
        && lang::is_newsletter_pitch(&b.text))
    .then_some(Reason::Phrase(Boilerplate::Newsletter))
}

/// A short affiliate disclosure in a box of its own ("This post may
/// contain affiliate links. Read more …", "As an Amazon Associate we earn
/// from qualifying purchases."; see [`lang::is_affiliate_disclosure`]): the
/// site's note on how it is paid, set by its template in a bar, a widget or
/// the post's header, said on all its pages, whatever share of the line its
/// words take, on every page type. A heading ("How we earn a commission")
/// titles a page's own text; a paragraph among paragraphs (an element with
/// a sibling of its own tag) is the author's own note in the story, which
/// golds keep ("When you buy through links on this site I may earn a
/// commission."), or prose about affiliate marketing in a list of points.
/// wcxb-dev half A: 6 articles up (article 0.9621 -> 0.9623; 0461 +0.035),
/// none down (without the sibling condition three articles went down, and
/// on a `<div>` as well three boxes stayed); half B: 9 articles up, one down
/// (0.9576 -> 0.9578); news unchanged.
fn affiliate_disclosure(dom: &Dom, b: &Block) -> Option<Reason> {
    // The sibling test first: it is cheaper than normalising the line, and
    // most blocks are paragraphs among paragraphs.
    (!matches!(b.kind, Kind::Heading(_))
        && !has_sibling_of_its_tag(dom, b.owner)
        && lang::is_affiliate_disclosure(&b.text))
    .then_some(Reason::Phrase(Boilerplate::Ads))
}

/// Siblings looked at for one of the same tag: a paragraph among the
/// story's paragraphs has one within a few; a cap keeps a page of
/// thousands of boxes linear.
const SIBLINGS_LOOKED: usize = 64;

/// Whether a paragraph or a list item has a sibling of its own tag (a `<p>`
/// among `<p>`s, an `<li>` among `<li>`s) among its parent's first
/// children. A `<div>` among `<div>`s is a box among a template's boxes.
fn has_sibling_of_its_tag(dom: &Dom, id: NodeId) -> bool {
    let (Some(parent), Some(name)) = (dom.parent(id), dom.html_name(id)) else {
        return false;
    };
    if !matches!(
        *name,
        html5ever::local_name!("p") | html5ever::local_name!("li")
    ) {
        return false;
    }
    dom.children(parent)
        .take(SIBLINGS_LOOKED)
        .any(|c| c != id && dom.html_name(c) == Some(name))
}

/// On a product page, a block inside the page's `<h1>` but not the whole
/// of it: a part of the product's name set in its own box, such as the
/// brand linked to the brand's shop above the name (`<h1><div><a>Bershka
/// </a></div><span>Faux leather jacket</span></h1>`). It is the headline's
/// words, not a link list, whatever its link density. wcxb-dev half A:
/// product 0625 0.664 -> 0.669, nothing else moves on either half (read
/// on every page type, nothing else moved either; kept to product pages,
/// where a brand above the name is the common shape).
fn in_headline(dom: &Dom, b: &Block, meta: &Marks, page_type: PageType) -> bool {
    page_type == PageType::Product
        && meta
            .title_node
            .is_some_and(|t| t != b.owner && dom.contains(t, b.owner))
}

/// A short consent notice ("By using Medium, you agree to our Privacy
/// Policy, including cookie policy."; see [`lang::is_consent_notice`]):
/// the site's terms, said on every page, not its text. wcxb-dev: such
/// lines kept on half A on two listings, an article and a thread, on half B
/// on an article, none in a gold body (listing A 0.7403 -> 0.7430; a
/// thread's sign-up prompt, no line of its gold, left empty: forum A
/// 0.7942 -> 0.7916; B one article +0.001; news unchanged).
fn consent_notice(b: &Block) -> Option<Reason> {
    lang::is_consent_notice(&b.text).then_some(Reason::Phrase(Boilerplate::Cookies))
}

/// A script's placeholder for content it is still fetching ("Loading
/// paragraph...", "Loading Questions…"; see [`lang::is_loading_placeholder`]):
/// never filled in the page as saved, no text of it. wcxb-dev half A: such
/// lines on two articles of one site (19) and a product page, none a line of
/// its gold.
fn loading_placeholder(b: &Block) -> Option<Reason> {
    (!matches!(b.kind, Kind::Heading(_)) && lang::is_loading_placeholder(&b.text))
        .then_some(Reason::Phrase(Boilerplate::WidgetError))
}

/// Longest bare count (characters): a step's number ("12.") or a rating
/// count ("1,113"); a year or a model number is a value, said longer.
const BARE_NUMBER_CHARS: usize = 5;
/// Longest label (characters) a value stands under ("Speeds" over "5").
const VALUE_LABEL_CHARS: usize = 40;

/// On a product page, kept lines that are only a whole number, maybe
/// followed by a dot or parenthesis ("3.", "979"): a numbered step's or a
/// slide's counter drawn in its own box beside its text, a tile's rating
/// count, a quantity box's "1". Such a line says nothing alone, but under
/// a short label (no heading) with no digit and no sentence's end it is
/// that label's value ("Speeds" over "5"). wcxb-dev: 140 such lines on
/// product pages, none a line of a gold body; product half A 0.6992 ->
/// 0.6993 (3 pages up), B 0.7225 -> 0.7240 (10 up; one game's score "90"
/// under a heading -0.001). On listings it cost half B 0.008 (a ranked
/// list's numbers are its gold's). Linear.
fn bare_numbers(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut label = false;
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() {
            continue;
        }
        let t = b.text.trim();
        let digits = t.strip_suffix(['.', ')']).unwrap_or(t);
        let bare = !matches!(b.kind, Kind::Row | Kind::Pre)
            && !digits.is_empty()
            && digits.len() <= BARE_NUMBER_CHARS
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == ',');
        if bare && !label {
            *v = Some(Reason::BareNumber);
            continue;
        }
        label = !matches!(b.kind, Kind::Heading(_))
            && !t.is_empty()
            && b.chars <= VALUE_LABEL_CHARS
            && !t.contains(|c: char| c.is_ascii_digit())
            && !t.ends_with(['.', '!', '?', ':']);
    }
}

/// Longest line (characters) read as a price alone: "$34.99 $49.99 Save
/// $15" is 25; wcxb-dev half A's price lines on product pages are all under
/// 40, and 40 or 60 drop the same lines there.
const BARE_PRICE_CHARS: usize = 40;
/// Most words of letters beside the amounts in a price alone: a label or a
/// verb ("Price $79.99", "Save $100", "$15 FREE"). With none, half A
/// product +0.045 page-units; with one, +0.047; with two, "€49.99 VAT
/// included" (a gold's line) goes too and half A gains less (+0.035).
const BARE_PRICE_WORDS: usize = 1;

/// On a product page, kept lines that are a price alone, or a price and
/// one word ("$20.00", "$34.99 $49.99", "Save $100", "Price $ 79.99"): the
/// buy box's figures, said again in its sticky bar and its variant picker,
/// which the golds leave out with the box's controls. wcxb-dev half A: 25
/// lines of bare amounts kept on 14 product pages, 21 of them in no gold
/// (the 4 in one are two shops that show a single price over the
/// description). A price in a sentence or a line of more words ("€49.99
/// VAT included", "From $1099 or $91.58/mo.") stays, and so do a table's
/// rows and code. Linear: each amount is found once.
fn bare_prices(blocks: &[Block], verdicts: &mut Verdicts) {
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_none() && !matches!(b.kind, Kind::Row | Kind::Pre) && is_bare_price(&b.text) {
            *v = Some(Reason::BarePrice);
        }
    }
}

/// Is `text` a price alone: one or more amounts and at most
/// [`BARE_PRICE_WORDS`] words of letters, in [`BARE_PRICE_CHARS`]
/// characters at most?
fn is_bare_price(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || lang::longer_than(t, BARE_PRICE_CHARS) {
        return false;
    }
    let mut rest = t;
    let mut words = 0;
    let mut prices = 0;
    loop {
        let (before, after) = match crate::patterns::PRICE.find(rest) {
            Some((start, end)) => {
                prices += 1;
                (
                    rest.get(..start).unwrap_or(""),
                    rest.get(end..).unwrap_or(""),
                )
            }
            None => (rest, ""),
        };
        words += before
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .count();
        if words > BARE_PRICE_WORDS {
            return false;
        }
        if after.is_empty() || after.len() == rest.len() {
            break;
        }
        rest = after;
    }
    prices > 0
}

/// A kept line that is a zero alone ("0"), and the short label kept right
/// after it: a stats band's counter ("0" over "Community Members") whose
/// script counts up to the figure on screen and has not run. No page says
/// a bare zero as text; a figure's caption without its figure says
/// nothing. The label is a line of up to [`VALUE_LABEL_CHARS`] characters,
/// no heading, with no digit and no sentence's end (wcxb-dev half A: a
/// service page's band of five such counters, 4479 0.894 -> 0.906; half
/// B listing +0.0004, service +0.0004; nothing else moves). The band's
/// heading stays: golds keep it (4479 back to 0.894 without it). Table
/// rows and code stay. Linear.
fn unrun_counters(blocks: &[Block], verdicts: &mut Verdicts) {
    let mut after_zero = false;
    for (b, v) in blocks.iter().zip(verdicts.iter_mut()) {
        if v.is_some() {
            continue;
        }
        let t = b.text.trim();
        let line = !matches!(b.kind, Kind::Row | Kind::Pre);
        if line && t == "0" {
            *v = Some(Reason::UnrunCounter);
            after_zero = true;
            continue;
        }
        let label = line
            && !matches!(b.kind, Kind::Heading(_))
            && !t.is_empty()
            && b.chars <= VALUE_LABEL_CHARS
            && !t.contains(|c: char| c.is_ascii_digit())
            && !t.ends_with(['.', '!', '?', ':']);
        if after_zero && label {
            *v = Some(Reason::UnrunCounter);
        }
        after_zero = false;
    }
}

/// Most words of the phrase a ticker repeats, and fewest times it says it:
/// a scrolling band of calls ("Book Now *Book Now *…", wcxb-dev half A: a
/// service page's 100 times, 200 words none of the gold's). Prose never
/// says the same five words five times in a row; a table row's cells may
/// (a plan comparison's "Free domain" in each column) and are left alone.
const MARQUEE_PHRASE_WORDS: usize = 6;
const MARQUEE_REPEATS: usize = 5;

/// A ticker's line: its words one phrase of two to
/// [`MARQUEE_PHRASE_WORDS`] words said at least [`MARQUEE_REPEATS`] times
/// over, nothing else (case aside).
fn marquee(b: &Block) -> Option<Reason> {
    if matches!(b.kind, Kind::Row | Kind::Pre) {
        return None;
    }
    let words = || {
        b.text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
    };
    let same = |a: &str, b: &str| {
        a.chars()
            .flat_map(char::to_lowercase)
            .eq(b.chars().flat_map(char::to_lowercase))
    };
    // The walk in step stops at the first word out of step (most often the
    // first): linear in the text, and run before counting the words, which
    // would read the first thirty words of every block.
    let repeats = |k: usize| {
        words().zip(words().skip(k)).all(|(a, b)| same(a, b))
            && words().nth(k * MARQUEE_REPEATS - 1).is_some()
    };
    // The first words, read once: a phrase of k words says its first word
    // again as word k, so only such k are walked in full.
    let mut head = [""; MARQUEE_PHRASE_WORDS + 1];
    let mut n = 0;
    for (slot, w) in head.iter_mut().zip(words()) {
        *slot = w;
        n += 1;
    }
    // One word said over and over is a word's own run (laughter, a
    // placeholder page of "word word…"), no phrase.
    let (first, second) = (head[0], head[1]);
    (n > 2
        && !same(first, second)
        && (2..n).any(|k| head.get(k).is_some_and(|w| same(first, w)) && repeats(k)))
    .then_some(Reason::Marquee)
}

/// A shop's control drawn as a link or text rather than a `<button>`
/// ("Add to cart", "Choose options", "View details" under each tile): the
/// page's control, not its text (wcxb-dev, both halves: 67 such lines kept
/// on 9 pages of listings, collections and products, none in a gold body).
fn shop_control(b: &Block) -> Option<Reason> {
    (!matches!(b.kind, Kind::Heading(_)) && lang::is_shop_button(&b.text))
        .then_some(Reason::ShopControl)
}

/// Most of a badge's text (share) in a link: a badge is drawn as text; a
/// linked "New arrivals" is a way to other tiles (a category menu's entry).
const BADGE_LINK_DENSITY: f32 = 0.5;

/// On a collection, a tile's stock, novelty or rating badge alone on a line
/// ("Sold out", "Only 3 left!", "New arrival", "Bestseller", "Top rated";
/// see [`lang::is_shop_badge`]): the tile's state this hour, not its name or
/// price (wcxb-dev half A, pages read as collections: 58 such lines kept
/// on 14 pages, none a line of its gold; "Top rated" and "Award winner"
/// later, 108 lines on 11 pages of one shop, none in its gold: collection
/// +0.063 page-units; "Sale" and "Out of stock", as
/// often in golds as out, are not listed, nor is a bare "New", which golds
/// join to the tile's name, "MacBook Air - NEW": 22 lines, A -0.005). On a
/// product page the stock is the product's own news and stays.
fn shop_badge(b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Collection
        && !matches!(b.kind, Kind::Heading(_))
        && b.link_density() < BADGE_LINK_DENSITY
        && lang::is_shop_badge(&b.text))
    .then_some(Reason::ShopBadge)
}

/// Most bytes between a spoken tile label and the price it names that are
/// looked at ("Sale price £88": the price opens the rest of the line).
const LABELLED_PRICE_LOOKAHEAD: usize = 24;

/// On a collection or listing, a kept block's screen-reader tile labels
/// said inside its line, before the price each names ("Sale price £88
/// Regular price £102" -> "£88 £102"; see [`Block::spoken_labels`]):
/// a theme's words for screen readers, never shown, which the page's
/// golds leave out. They stay through selection (their words lift a grid
/// of tiles over the relaxed pass's floor: cut in prune, wcxb-dev half A
/// lost 1.43 page-units) and go from the kept text, Markdown and HTML
/// alike, only where a price follows. Each label is looked for once,
/// after the last one taken out: one pass over the text.
pub(crate) fn strip_spoken_labels(b: &mut Block, page_type: PageType) {
    if !matches!(page_type, PageType::Collection | PageType::Listing) {
        return;
    }
    let Some(labels) = b.spoken_labels.take() else {
        return;
    };
    let mut taken = Vec::with_capacity(labels.len());
    b.text = without_labels(&b.text, &labels, &mut taken, true);
    if let Some(m) = b.markup.as_mut() {
        // The Markdown and HTML lose the labels the text lost, whatever
        // markup stands between a label and its price ("~~£45~~").
        m.md = without_labels(&m.md, &labels, &mut taken, false);
        m.html = without_labels(&m.html, &labels, &mut taken, false);
    }
}

/// `s` without those of `labels` (in order, each once, a word of its own)
/// that a price follows after white space. With `judge`, which ones went
/// is written to `taken`; without, `taken` says which ones go.
fn without_labels(s: &str, labels: &[String], taken: &mut Vec<bool>, judge: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    for (i, label) in labels.iter().enumerate() {
        let found = rest.match_indices(label.as_str()).find(|&(at, _)| {
            rest.get(..at).is_some_and(|before| {
                before.is_empty() || before.ends_with(|c: char| c.is_whitespace() || c == '>')
            })
        });
        let Some((at, _)) = found else {
            if judge {
                taken.push(false);
            }
            continue;
        };
        let (before, from) = rest.split_at(at);
        let after = from.get(label.len()..).unwrap_or_default();
        let next = after.trim_start();
        let spaced = after.len() > next.len();
        let go = if judge {
            let go = spaced && opens_with_price(next);
            taken.push(go);
            go
        } else {
            spaced && taken.get(i).copied().unwrap_or(false)
        };
        if go {
            out.push_str(before);
            rest = next;
        } else {
            let keep = at + label.len();
            out.push_str(rest.get(..keep).unwrap_or_default());
            rest = rest.get(keep..).unwrap_or_default();
        }
    }
    out.push_str(rest);
    out
}

/// Whether `s` opens with a price ("£88", "49,95 €"), read in its first
/// [`LABELLED_PRICE_LOOKAHEAD`] bytes.
fn opens_with_price(s: &str) -> bool {
    let mut end = s.len().min(LABELLED_PRICE_LOOKAHEAD);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end)
        .and_then(|head| crate::patterns::PRICE.find(head))
        .is_some_and(|(start, _)| start == 0)
}

/// On a collection, a tile's label for the field beside it, alone on a line
/// and no heading ("Sale price", "Regular price", "Rating:", "Prix normal";
/// see [`lang::is_tile_label`]): a theme's label for screen readers (the
/// shown price follows on its own line, the rating is drawn as stars),
/// which says nothing the tile's value does not. wcxb-dev half A: 9
/// "Rating:" lines on one Magento grid, none in its gold (+0.010); half B
/// +0.009 page-units (a price label's line on two pages, 3051 +0.011 and
/// 4805 -0.003: checked, not tuned on).
fn tile_label(b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Collection
        && !matches!(b.kind, Kind::Heading(_))
        && lang::is_tile_label(&b.text))
    .then_some(Reason::TileLabel)
}

/// On a collection, a shop's sort, filter or view control or its count of
/// results alone on a short line ("Sort: Best Match", "Filters", "Clear
/// all", "Showing 24 of 291 results", "Page 1 of 2"; see
/// [`lang::is_result_control`]): the grid's toolbar, drawn as text where
/// its buttons and menus are already gone, not an entry. A block is a line
/// of its own, so a sentence of prose that names sorting ("Sort by price to
/// find a bargain") is longer than the phrase and never matches.
fn result_control(b: &Block, page_type: PageType) -> Option<Reason> {
    (matches!(page_type, PageType::Collection | PageType::Listing)
        && lang::is_result_control(&b.text))
    .then_some(Reason::ResultControl)
}

/// On a collection, listing or product page, a prompt for a first review
/// alone on a line ("Be the first to review this product", "No reviews
/// yet", "0 reviews", "Noch keine Bewertungen"; see
/// [`lang::is_review_prompt`]): the shop's widget drawn in every tile (or
/// under a product) that has no review, not the entry's name, price or
/// rating (a count above zero, "6 reviews", stays). wcxb-dev half A: 55
/// such lines kept on 12 collections, 52 of them no line of their gold (the
/// 3 in a gold stand on two pages of one shop whose golds keep and drop them
/// at random): collection 0.8052 -> 0.8065, one page 0.761 -> 0.837. Half A
/// has no product page with such a line (product pages kept in since A
/// product does not drop; half B one product page +0.0035).
fn review_prompt(b: &Block, page_type: PageType) -> Option<Reason> {
    (matches!(
        page_type,
        PageType::Collection | PageType::Listing | PageType::Product
    ) && !matches!(b.kind, Kind::Heading(_))
        && lang::is_review_prompt(&b.text))
    .then_some(Reason::ReviewPrompt)
}

/// On a product page, a short line of the shop's sales terms beside the
/// price (see [`lang::is_shop_terms`]): a threshold for free shipping ("Free
/// shipping on all orders over $100", "Spend $65 to get free shipping"), a
/// loyalty reward ("Members get an est. $9.99 in rewards"), a payment
/// plan's widget with its amount and lender drawn by a script ("or 4
/// payments of", "More ways to pay"). The shop's offer on every product,
/// not the product's (wcxb-dev half A: 13 such blocks on 8 product pages,
/// none a line of its gold; product 0.7499 -> 0.7521, none down; half B
/// product +0.020 page-units, one page read as a product whose listing
/// gold it scarcely held, 0.018 -> 0). Free shipping said without a
/// threshold ("Free delivery and free returns") is in golds as often as
/// out and is not listed; nor are delivery options ("Standard Delivery
/// (4-7 Working Days)": half A one page up, one down). A heading is left
/// to the section rules. A live count of shoppers ("16 people are viewing
/// this right now") and a threshold set before the words ("$150+ Free
/// Shipping") are the same widget's lines, and so is a short box of broken
/// lines one of which is terms (a shipping note: rates, threshold, dispatch
/// time): half A product +0.068 page-units (0600 0.846 -> 0.888, 0593 0.855
/// -> 0.881, none down), half B product +0.0045 (one page), no other type
/// moves.
fn shop_terms(b: &Block, page_type: PageType) -> Option<Reason> {
    (page_type == PageType::Product
        && !matches!(b.kind, Kind::Heading(_))
        && (lang::is_shop_terms(&b.text) || terms_box(&b.text)))
    .then_some(Reason::ShopTerms)
}

/// Longest box (characters) of lines joined by line breaks read as the
/// shop's terms when one of its lines is ("Australia Shipping: / Standard
/// $8.80, Express $12 / Free shipping on all orders over $100 / …", 190).
/// wcxb-dev half A: the one such box on a product page is under 200
/// characters; a description written as broken lines runs longer.
const MAX_TERMS_BOX: usize = 300;

/// A short box of lines joined by line breaks, one of them the shop's terms
/// (see [`lang::is_shop_terms`]): the shop's shipping note, its rates and
/// threshold said one a line.
fn terms_box(text: &str) -> bool {
    text.contains('\n')
        && !lang::longer_than(text, MAX_TERMS_BOX)
        && text.lines().any(lang::is_shop_terms)
}

/// Still inside a section a boilerplate heading opened? (Closes it if not.)
fn in_open_section(dom: &Dom, b: &Block, flow: &mut Flow) -> Option<Reason> {
    let s = flow.section?;
    // A post's section ends where another post starts, after it or nested
    // in it (a reply shown inside the post it answers).
    let other_post = s
        .post
        .is_some_and(|p| thread::post_of(dom, b.owner) != Some(p));
    let inside = !other_post
        && match s.scope {
            Some(scope) => dom.contains(scope, b.owner),
            // A flat section runs to the next heading of the same rank or
            // higher, except that prose back in the article's own container
            // means the box was inline ("DON'T MISS: …" between paragraphs).
            None => match b.kind {
                Kind::Heading(l) => l > s.level,
                _ => {
                    let article_again = s.article.is_some_and(|a| same_flow(dom, a, b.container))
                        && b.chars >= LONG_BLOCK
                        && b.link_density() < PROSE_LINK_DENSITY;
                    s.kind == Boilerplate::Comments || !article_again
                }
            },
        };
    if inside {
        return Some(Reason::Section(s.kind));
    }
    flow.section = None;
    None
}

/// A caption that is a sentence describes the story; one that is not is a
/// photo credit or a label ("Photo: AP", "Enlarge"). All go with
/// `captions` `Some(false)`; on an article all go unless it is `Some(true)`.
fn non_sentence_caption(b: &Block, captions: Option<bool>, page_type: PageType) -> Option<Reason> {
    // A manual's captions label its listings and figures ("Listing 9-3:
    // Opening a file"), a service page's its cards and offers (a case
    // study's field, an office's city, an offer's expiry): content,
    // sentence or not (wcxb-dev service: half A +3 pages by up to 0.006,
    // half B one page 0.54 -> 0.86, three pages -0.001 to -0.004).
    let label = matches!(page_type, PageType::Documentation | PageType::Service);
    // A story's pictures are not its text, however its captions read: the
    // golds of both sets leave them out (wcxb-dev half A article: 16 kept
    // captions in a gold against 177 not; news set F1 0.9771 -> 0.9788 with
    // no captions). A quote's attribution in its `<figure>` is a quote.
    let story = page_type == PageType::Article && captions != Some(true);
    (b.kind == Kind::Caption
        && (captions == Some(false)
            || story
            || !label && (b.chars < MIN_CAPTION || !ends_sentence(strip_credit(&b.text)))))
    .then_some(Reason::Credit)
}

/// The headline again: the title's own element, or a level-1/2 heading that
/// says the same.
///
/// A service page is titled by what it declares (`og:title`, `<title>`:
/// "Deploy app servers close to your users"), not by its `<h1>`, the hero's
/// heading ("Build fast. Run any code fearlessly."): there the headline goes
/// only when the title reported says it, else no field of the output would
/// carry the page's first words (wcxb-dev half A: service 0.8688 -> 0.8704,
/// 20 pages up by up to 0.077, 5 down by at most 0.008; half B: service
/// 0.8560 unchanged, 11 pages up, 6 down by at most 0.008). A product
/// page's heading, the product's name, stays in the text.
fn headline_again(dom: &Dom, b: &Block, meta: &Marks, page_type: PageType) -> Option<Reason> {
    let Kind::Heading(level) = b.kind else {
        return None;
    };
    // A product page's heading is the product's name, the first field of
    // the record the page presents (name, price, description), not a story's
    // headline said again: it stays in the text (wcxb-dev, pages read as
    // products: product half A 0.7367 -> 0.7416, 9 pages up by up to 0.151,
    // 9 down by up to 0.055, golds leaving out a marketplace's long listing
    // name; half B 0.7387 -> 0.7436, 22 up, 14 down by up to 0.022; no other
    // type moves by more than 0.0002; news set unchanged).
    if page_type == PageType::Product {
        return None;
    }
    if page_type == PageType::Service
        && !meta
            .reported_landing
            .as_deref()
            .is_some_and(|t| similarity(t, &b.text) > HEADLINE_SIMILARITY)
    {
        return None;
    }
    let is_title = meta
        .title_node
        .is_some_and(|t| dom.contains(t, b.owner) || b.owner == t)
        || (level <= 2
            && meta
                .title
                .as_deref()
                .is_some_and(|t| similarity(t, &b.text) > HEADLINE_SIMILARITY));
    is_title.then_some(Reason::Headline)
}

/// Whether a block is a date or a relative age alone ("17 hours ago",
/// "vor 2 Tagen", "3 March 2021"): on a listing, an entry's age line,
/// often linked whole to the entry, which the listing's text keeps below
/// the entry it dates (wcxb-dev half A: a job board's 30 linked ages, all
/// in its gold; 33 link-dense date or age lines on half A, all in golds).
fn is_age_or_date(b: &Block) -> bool {
    // A table row of one cell is a line too (a job board's row of subtext).
    let line = match b.kind {
        Kind::Paragraph | Kind::ListItem => true,
        Kind::Row => !b.text.contains('\t'),
        _ => false,
    };
    line && (lang::is_age_line(&b.text) || crate::meta::date::is_date_line(&b.text))
}

/// Nodes searched inside an age line's element for its link (a span or
/// two around one link).
const OWN_LINK_NODES: usize = 8;

/// Whether a block's link is its own (an `<a>` inside its element), not a
/// card's linked whole around it: a card's age line is its meta, judged as
/// any line. Bounded: [`OWN_LINK_NODES`] nodes.
fn own_link(dom: &Dom, b: &Block) -> bool {
    dom.subtree(b.owner)
        .take(OWN_LINK_NODES)
        .any(|n| dom.html_name(n) == Some(&html5ever::local_name!("a")))
}

/// A photo-credit line ("Photo: Jane Doe/AFP").
fn credit_line(b: &Block) -> Option<Reason> {
    (matches!(b.kind, Kind::Paragraph | Kind::Caption) && lang::is_credit_line(&b.text))
        .then_some(Reason::Credit)
}

/// Mostly links. Long blocks of prose may link much of their text (a digest
/// of linked stories); short ones or nearly all-link ones are navigation. A
/// list item with some words of its own ("<a>Official Gazette</a>, 3 March
/// edition") is a cited source; navigation is links only. On a listing
/// (`entries`) a linked heading is an entry's title, and a `field` of a
/// card linked whole is the entry's too, however short. On a service page a
/// card's sentence linked whole is its text; in a manual a linked list item
/// is a topic of its index and a linked heading a topic's card. On articles,
/// manuals and threads a linked sentence with words of its own is a
/// cross-reference ([`cross_reference`]).
fn link_list(b: &Block, entries: bool, field: bool, page_type: PageType) -> Option<Reason> {
    let cards = page_type == PageType::Service;
    let ld = b.link_density();
    let link_list = match b.kind {
        Kind::Heading(_) if entries => false,
        _ if entries && field => false,
        _ if entries && b.chars >= ENTRY_TITLE_CHARS => false,
        Kind::Paragraph if cards && b.chars >= CARD_TEXT_CHARS && ends_sentence(&b.text) => false,
        // A manual's linked list items are its index of topics (wcxb-dev
        // documentation: half A +0.005, half B +0.009; nothing else moves).
        Kind::ListItem => ld > ALL_LINKS && page_type != PageType::Documentation,
        Kind::Paragraph if cross_reference(b, page_type) => false,
        // A manual's heading linked whole is a card's title in a grid of
        // its topics (a guide's "Providers": Apple, GitHub, … each an icon
        // and a linked `<h5>`) or an API item's signature linked to its
        // anchor; its sidebar is out of the region already (wcxb-dev
        // documentation: half A +0.025 page-units, a grid of 22 linked
        // provider cards 0.966 -> 1.000, an API page whose gold is cut
        // short -0.010; half B +0.005; nothing else moves).
        Kind::Heading(_) if page_type == PageType::Documentation => false,
        _ => ld > MAX_LINK_DENSITY && (b.chars < LONG_BLOCK || ld > ALL_LINKS),
    };
    (b.kind != Kind::Pre && link_list).then_some(Reason::LinkDense(ld))
}

/// Characters of its own (outside links, spaces excluded) from which a
/// linked sentence is a cross-reference: "See <a>Handling application
/// errors</a>." holds four ("See."), the fewest of such lines kept in the
/// golds of wcxb-dev half A's manuals; a link alone ending in a full stop
/// holds one.
const XREF_OWN_CHARS: usize = 4;

/// Whether a line mostly linked is a sentence of the text all the same: a
/// cross-reference ("See <a>Handling application errors</a> for more
/// details.", "For more information, see <a>Overview of storage</a>."), a
/// sentence naming linked things ("Companies using it are <a>FICO</a>,
/// <a>USA Today</a>, …."). It ends a sentence and holds
/// [`XREF_OWN_CHARS`] of its own. On articles, manuals and threads; a
/// service page's linked sentence is a call to action ("Questions? Watch
/// a demo or talk to a human.") the golds leave out. wcxb-dev half A:
/// article +0.125 page-units, documentation +0.017, forum +0.006 (on
/// service and product pages -0.004 and -0.002, so not there); half B
/// article +0.071, documentation +0.061; news F1 0.9789 -> 0.9791.
fn cross_reference(b: &Block, page_type: PageType) -> bool {
    matches!(
        page_type,
        PageType::Article | PageType::Documentation | PageType::Forum
    ) && b.chars.saturating_sub(b.link_chars) >= XREF_OWN_CHARS
        && ends_sentence(&b.text)
}

/// Links in one block from which, linked past [`MAX_LINK_DENSITY`], it is
/// a row of links (a menu's, a filter's, a card's topics, a legal line),
/// not an entry's title: a title is one link, maybe with its source's
/// beside it (wcxb-dev, pages read as listings or collections: half A 3
/// pages up, none down; half B one up, one down).
const LINK_ROW_LINKS: usize = 3;
/// Nodes searched inside a block's element for its links (a row of a dozen
/// links and the spaces between them).
const LINK_ROW_NODES: usize = 64;

/// Whether a block on a listing or collection is a row of links: a line or
/// list item whose element holds no other block's text, linked past
/// [`MAX_LINK_DENSITY`] (past [`ALL_LINKS`] from [`LONG_BLOCK`] on, as any
/// link list: a category menu's dozen links on one line; wcxb-dev half A
/// 2 more pages up, half B a game page's row of its own links, which its
/// gold keeps, -0.010), holding [`LINK_ROW_LINKS`] links or more. The length that keeps an entry's
/// linked title ([`ENTRY_TITLE_CHARS`]) would keep the row too; it goes as
/// a link list. A table row's linked cells are data (a schedule's teams and
/// players) and stay. Bounded: [`LINK_ROW_NODES`] nodes per block, and only
/// for blocks kept so far.
fn link_row(dom: &Dom, scores: &Scores, b: &Block, page_type: PageType) -> bool {
    matches!(page_type, PageType::Listing | PageType::Collection)
        && matches!(b.kind, Kind::Paragraph | Kind::ListItem)
        && scores.chars.at(b.owner) as usize <= b.chars
        && b.link_density() > MAX_LINK_DENSITY
        && b.chars >= ENTRY_TITLE_CHARS
        && (b.chars < LONG_BLOCK || b.link_density() > ALL_LINKS)
        && dom
            .subtree(b.owner)
            .take(LINK_ROW_NODES)
            .filter(|&n| dom.html_name(n) == Some(&html5ever::local_name!("a")))
            .count()
            >= LINK_ROW_LINKS
}

/// On a listing, a linked block this long (characters) is an entry's title
/// or card, not a menu item (wcxb-dev half A: 15 to 40 alike).
const ENTRY_TITLE_CHARS: usize = 25;

/// A known boilerplate phrase, most of the line (or a related lead-in); a
/// heading that is the phrase alone opens a section of its kind.
fn boilerplate_phrase(
    dom: &Dom,
    b: &Block,
    flow: &mut Flow,
    roots: &[NodeId],
    page_type: PageType,
) -> Option<Reason> {
    let shop = matches!(
        page_type,
        PageType::Product | PageType::Collection | PageType::Listing
    );
    if (matches!(b.kind, Kind::Heading(_)) || b.chars <= MAX_HEADING_LINE)
        && ((page_type == PageType::Product && lang::is_store_policy_heading(&b.text))
            || (shop && lang::is_shop_related_heading(&b.text)))
    {
        // The shop's delivery, returns and warranty terms under a product
        // are the store's, said on all its pages, not the product's text;
        // its rail of other products ("Related products", "Pairs well
        // with") is no part of the product or the grid (wcxb-dev: 9 such
        // headings kept on 7 shop pages of both halves, none in a gold
        // body; on a documentation page a product feed's "Related
        // Products" attribute is the page's text, so only on shop pages).
        // On a listing such a heading before anything kept titles the
        // grid itself: the line goes, the grid stays.
        if page_type != PageType::Product && flow.kept_prose == 0 {
            return Some(Reason::Phrase(Boilerplate::Related));
        }
        flow.section = Some(Section {
            kind: Boilerplate::Related,
            scope: section_scope(dom, b, roots),
            level: match b.kind {
                Kind::Heading(l) => l,
                _ => 6,
            },
            article: flow.prose_container,
            post: None,
        });
        return Some(Reason::Phrase(Boilerplate::Related));
    }
    if page_type == PageType::Product
        && lang::is_product_reviews_heading(&b.text)
        && b.link_density() < PLAIN_LINE_LINK_DENSITY
    {
        // The customers' reviews and testimonials under a product are their
        // words, not the product's description (wcxb-dev: no product gold
        // keeps them; half A 2 pages up, product 0.6974 -> 0.7009, half B
        // 1 up, 0.7230 -> 0.7283, nothing down). A heading
        // opens it, or a line that starts its own box (a shop's
        // testimonials box under `<strong>`); a linked or button label is a
        // tab's, whose panel may hold the description.
        let scope = section_scope(dom, b, roots);
        let heading = matches!(b.kind, Kind::Heading(_));
        if heading || (scope.is_some() && !is_control_label(dom, b)) {
            flow.section = Some(Section {
                kind: Boilerplate::Comments,
                scope,
                level: match b.kind {
                    Kind::Heading(l) => l,
                    _ => 6,
                },
                article: flow.prose_container,
                post: None,
            });
            return Some(Reason::Phrase(Boilerplate::Comments));
        }
    }
    let m = lang::phrase(&b.text)?;
    // A manual's "See also" and "Related content" point to its other
    // pages: cross-references, part of the page's text (wcxb-dev: 8
    // documentation pages over both halves drop such text the gold keeps,
    // none drops text it leaves out).
    if page_type == PageType::Documentation && m.kind == Boilerplate::Related {
        return None;
    }
    let ld = b.link_density();
    let mostly = m.whole || m.covered * 2 >= m.len;
    // "Lire aussi : <a>other story</a>": a related lead-in, then a link.
    let lead_in = m.kind == Boilerplate::Related && ld > LEAD_IN_LINK_DENSITY;
    if !(mostly || lead_in) {
        return None;
    }
    let heading_like = matches!(b.kind, Kind::Heading(_)) || b.chars <= MAX_HEADING_LINE;
    // Only a heading that is the phrase and nothing else opens a section:
    // "Lire aussi : <a>other story</a>" in the body goes alone.
    // ("Most popular diets": the phrase and a topic word, no link.)
    let rest_plain = ld < PLAIN_LINE_LINK_DENSITY && !b.text.contains([':', '：']);
    let whole = m.whole || m.covered * 5 >= m.len * 4 || (rest_plain && m.covered * 2 >= m.len);
    // On a thread the replies are the content: a "Reply 3" or "Comments"
    // line outside any post heads the replies or a post, and opens no
    // section of comments. Inside a post it heads that post's remarks (a
    // question-and-answer site's "6 Comments"), a section that ends with
    // the post.
    let thread_reply = m.kind == Boilerplate::Comments
        && page_type == PageType::Forum
        && thread::post_of(dom, b.owner).is_none();
    let opens = matches!(m.kind, Boilerplate::Comments | Boilerplate::Related)
        && heading_like
        && whole
        && !thread_reply
        && !(m.kind == Boilerplate::Related && is_control_label(dom, b));
    // On a listing, a related heading before anything kept ("Latest
    // news") heads the listing's own entries.
    let listing_heading = matches!(page_type, PageType::Listing | PageType::Collection)
        && matches!(b.kind, Kind::Heading(_));
    if opens && (flow.kept_prose > 0 || m.kind == Boilerplate::Related && !listing_heading) {
        let level = match b.kind {
            Kind::Heading(l) => l,
            _ => 6,
        };
        flow.section = Some(Section {
            kind: m.kind,
            scope: section_scope(dom, b, roots),
            level,
            article: flow.prose_container,
            post: (page_type == PageType::Forum)
                .then(|| thread::post_of(dom, b.owner))
                .flatten(),
        });
    }
    Some(Reason::Phrase(m.kind))
}

/// Levels above a block, and nodes below its owner, looked at for the
/// control it labels (a button's label sits in a span or two).
const CONTROL_LEVELS: usize = 3;
const CONTROL_NODES: usize = 16;

/// Whether the block is a control's label: its text is a button's or a
/// select's (`<button>`, `role="button"`, `<select>`). A sort control
/// showing its choice ("Sort: Recommended") or a "Most popular" toggle
/// names an option, not a section of related links, and opens none
/// (wcxb-dev half A: a listing's sort button dropped its every entry;
/// half B unchanged). A thread's "Add a comment" button does head its
/// comments, whose keeping is the thread rules' business.
fn is_control_label(dom: &Dom, b: &Block) -> bool {
    let is_control = |id: NodeId| {
        dom.element(id).is_some_and(|e| {
            matches!(&*e.name, "button" | "select" | "option")
                || e.attr(&html5ever::local_name!("role"))
                    .is_some_and(|r| r.trim().eq_ignore_ascii_case("button"))
        })
    };
    if is_control(b.owner) || dom.ancestors(b.owner).take(CONTROL_LEVELS).any(is_control) {
        return true;
    }
    dom.subtree(b.owner).take(CONTROL_NODES).any(|c| {
        c != b.owner
            && is_control(c)
            && dom
                .text_of(c)
                .split_whitespace()
                .eq(b.text.split_whitespace())
    })
}

/// The element a boilerplate heading opens: the outermost ancestor of the
/// heading, below the region's roots, whose text starts with the heading.
/// `None` when the heading sits directly in the article's flow.
fn section_scope(dom: &Dom, b: &Block, roots: &[NodeId]) -> Option<NodeId> {
    let mut scope = None;
    let mut child = b.owner;
    for a in dom.ancestors(b.owner) {
        if roots.contains(&a) || roots.iter().any(|&r| dom.contains(a, r)) {
            break;
        }
        // The heading must come first in `a`: nothing with text before it.
        // (Looking at most MAX_SCOPE_SCAN nodes back keeps this linear.)
        let before = child - a > MAX_SCOPE_SCAN
            || (a + 1..child).any(|n| dom.text(n).is_some_and(|t| !t.trim().is_empty()));
        if before {
            break;
        }
        scope = Some(a);
        child = a;
    }
    scope
}

/// Drops short non-sentence lines at the start and the end of the article
/// (and captions there, on every page).
///
/// On a product page the short lines at the body's edges are the product's
/// own labels, not a story's bylines and credits: its name, price, size or
/// fit ("slim fit"), the options it comes in (a price alone goes with
/// [`bare_prices`]). They stay (wcxb-dev products
/// half A 0.662 → 0.665, B 0.704 → 0.709; gains on five sites of A).
/// On a service page they are the page's own sections' short lines: the
/// hero's tagline, a call to action, an opening-hours or contact line, which
/// the body of a service page keeps with every section (service half A
/// 0.843 → 0.845, B 0.834 → 0.836).
fn trim_edges(
    blocks: &[Block],
    verdicts: &mut Verdicts,
    language: Option<usize>,
    entry: &[bool],
    page_type: PageType,
) {
    let labels = matches!(page_type, PageType::Product | PageType::Service);
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| verdicts.get(i).is_some_and(Option::is_none))
        .collect();
    for order in [true, false] {
        let iter: Box<dyn Iterator<Item = &usize>> = if order {
            Box::new(kept.iter())
        } else {
            Box::new(kept.iter().rev())
        };
        for &i in iter {
            let Some(b) = blocks.get(i) else { break };
            if entry.get(i).copied().unwrap_or(false) {
                break;
            }
            // A dateline ("ANKARA, TURQUIE –") leads into the next paragraph.
            let leads_on = b.text.ends_with(['–', '—', '-']);
            let short = b.chars < EDGE_MAX_CHARS
                || (b.chars < DATELINE_MAX_CHARS && has_date(&b.text))
                // Names, credits, labels: no function words at all.
                || (b.chars < EDGE_NO_STOPWORDS_CHARS
                    && lang::stopword_density(&b.text, language) < EDGE_MIN_STOPWORD_DENSITY);
            // A caption before the first paragraph or after the last belongs
            // to the lead picture or a gallery, not to the story's flow.
            let edge_caption = b.kind == Kind::Caption;
            let edge_line = b.kind == Kind::Paragraph
                && !labels
                && short
                && !ends_sentence(&b.text)
                && !leads_on;
            if edge_caption || edge_line {
                if let Some(v) = verdicts.get_mut(i) {
                    *v = Some(Reason::Edge);
                }
            } else {
                break;
            }
        }
    }
}

/// A caption without its trailing bracketed credit ("… 연다. [해안시 제공]").
fn strip_credit(s: &str) -> &str {
    let t = s.trim_end();
    let open = match t.chars().last() {
        Some(']') => '[',
        Some(')') => '(',
        Some('】') => '【',
        _ => return t,
    };
    match t.rfind(open) {
        Some(i) if i > 0 => t.get(..i).map_or(t, str::trim_end),
        _ => t,
    }
}

/// A year (1980–2039), a clock time or a numeric date: bylines and
/// datelines carry one.
fn has_date(s: &str) -> bool {
    crate::meta::date::mentions(s)
}

/// Fewest unlinked items kept in a list for its linked items to be items of
/// the same list (set by hand, not tuned: the lists it restores on wcxb-dev
/// half A hold six unlinked items or more).
const PROSE_LIST_ITEMS: usize = 3;
/// Kept unlinked items a list needs per linked item dropped: a list mostly
/// of text, not a menu with a few unlinked labels.
const PROSE_LIST_RATIO: usize = 2;

/// A list item dropped for its link, in a list whose other items are
/// mostly kept and unlinked (a syllabus: "colour theory", "typography",
/// a linked "data visualization"): an item of the text, linked because a
/// page on it exists. Kept when the list's kept unlinked items are
/// [`PROSE_LIST_ITEMS`] or more and [`PROSE_LIST_RATIO`] times its linked
/// ones, and
/// the linked line is its item's only text or opens it (a card's title
/// over its description), not a post's or a tile's button drawn inside a
/// list item ("Reply With Quote", "Notify Me"; wcxb-dev half A: those cost
/// a thread and a shop 0.02 each). Linear: one pass counts per list, one
/// restores (each item's first block found by a binary search).
fn linked_items_in_lists(dom: &Dom, scores: &Scores, blocks: &[Block], verdicts: &mut Verdicts) {
    // Per list element: kept unlinked items, linked items dropped.
    let mut lists: crate::hash::FastMap<NodeId, (usize, usize)> = Default::default();
    let list_of = |b: &Block| {
        (b.kind == Kind::ListItem)
            .then_some(b.list)
            .flatten()
            .and_then(|l| dom.parent(l.item))
    };
    // A linked item is restored when it is one line (its element holds
    // this block's text alone) or opens its item (a card's title over its
    // description), not a post's or a tile's buttons drawn in a list item.
    let opens_item = |i: usize, b: &Block| {
        b.list.is_some_and(|l| {
            scores.chars.at(l.item) as usize <= b.chars
                || blocks.partition_point(|x| x.owner < l.item) == i
        })
    };
    for (b, v) in blocks.iter().zip(verdicts.iter()) {
        let Some(list) = list_of(b) else { continue };
        let c = lists.entry(list).or_default();
        match v {
            None if b.link_chars == 0 => c.0 += 1,
            Some(Reason::LinkDense(_)) => c.1 += 1,
            _ => {}
        }
    }
    for (i, (b, v)) in blocks.iter().zip(verdicts.iter_mut()).enumerate() {
        if !matches!(v, Some(Reason::LinkDense(_))) || !opens_item(i, b) {
            continue;
        }
        let Some(&(plain, linked)) = list_of(b).and_then(|l| lists.get(&l)) else {
            continue;
        };
        if plain >= PROSE_LIST_ITEMS && plain >= PROSE_LIST_RATIO * linked {
            *v = None;
        }
    }
}

/// Longest line (words) read as the label of a manual's section whose
/// whole body is one linked block: an API reference's "Endpoints" box
/// over its routes. The bound [`EMPTY_HEADING_MAX_WORDS`] set for labels.
const SECTION_LABEL_MAX_WORDS: usize = EMPTY_HEADING_MAX_WORDS;

/// Puts back, on a manual, a block dropped as a link list that is the
/// whole section of the label just above it: the block before it is kept
/// and is a heading or a short line with no link and no sentence (a
/// label), and the next block is a kept heading (the next section). The
/// links are the section's text: an API reference's list of a resource's
/// routes ("Endpoints": "POST /v1/charges", "GET /v1/charges/:id"), a
/// "Related topics" box under its heading. A sidebar's link lists are out
/// of the region already; in it, a run of link lists (a menu) has no
/// kept label and heading on either side of each.
///
/// wcxb-dev half A: documentation 0680 (an API reference's endpoint box).
fn labelled_link_sections(blocks: &[Block], verdicts: &mut Verdicts) {
    let kept = |v: &Verdicts, j: usize| v.get(j).is_some_and(Option::is_none);
    for i in 1..blocks.len() {
        if !matches!(verdicts.get(i), Some(Some(Reason::LinkDense(_)))) {
            continue;
        }
        let (Some(above), Some(below)) = (blocks.get(i - 1), blocks.get(i + 1)) else {
            continue;
        };
        let label = match above.kind {
            Kind::Heading(_) => true,
            Kind::Paragraph => {
                above.link_chars == 0
                    && above.text.split_whitespace().count() <= SECTION_LABEL_MAX_WORDS
                    && !ends_sentence(&above.text)
            }
            _ => false,
        };
        if label
            && kept(verdicts, i - 1)
            && kept(verdicts, i + 1)
            && matches!(below.kind, Kind::Heading(_))
        {
            if let Some(v) = verdicts.get_mut(i) {
                *v = None;
            }
        }
    }
}
