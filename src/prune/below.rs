//! What is below each node (text, links, flags), from one reverse pass over the document.

use super::*;

/// Unlinked text (bytes) that makes a subtree prose: some 300 words, more
/// than any cookie notice, share bar or widget holds (wcxb-dev pages whose
/// content wrappers carry layout or consent-tool class words).
pub(super) const PROSE_BYTES: usize = 2_000;
/// Most share of a prose subtree's text inside links.
pub(super) const PROSE_MAX_LINK_SHARE: f32 = 0.3;

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
pub(super) const UNLINKED_PROSE_LINK_SHARE: f32 = 0.005;

/// Unlinked text (bytes) that makes a carousel's slides text, not pictures
/// (wcxb-dev half A: 200 gains 0.010 on service pages, 500 only 0.001), and
/// a service page's layout-named box a section of it, and a hidden panel of
/// a carousel or tab set one of the page's sections.
pub(super) const SLIDE_TEXT_BYTES: usize = 200;

/// Fewest bytes outside its one link for a panel to be a teaser, though
/// its link ("Read full article: How to Choose a Bike Helmet", screen-reader
/// words and all) is a third of its text or more (wcxb-dev half A:
/// collection hubs' closed accordion panels of 61 to 160 bytes before their
/// link).
pub(super) const TEASER_TEXT_BYTES: usize = 50;

/// Most text (bytes) in a box around a form cut as the form's prompt.
pub(super) const FORM_BOX_TEXT: usize = 300;

/// Sibling boxes each holding a form that make a list of entries rather
/// than a form's box (a row of three product tiles at least).
pub(super) const FORM_ENTRY_SIBLINGS: usize = 3;

/// Wrapper levels between a box holding a form and the entry of a run
/// it fills (a tile's `<li>` around its inner `<div>`), on listing and
/// collection pages. wcxb-dev: the tiles cut as form boxes there sit one
/// or two levels inside their entry; 3 leaves a margin, and each level
/// must hold no other form and little other text
/// ([`FORM_ENTRY_CONTROL_BYTES`]).
pub(super) const FORM_ENTRY_WRAPPER_LEVELS: usize = 3;

/// Most text (bytes) an entry may hold outside its inner box with the
/// form: the tile's own controls ("Quick view", "Compare") and a hidden
/// SKU. wcxb-dev: at 48, half A unchanged by itself and, with pictured
/// tiles' swatches, one collection page up 0.13; half B three listing and
/// collection pages up 0.10 to 0.57. At 100 a book row's shelf and
/// rating widget came in (half A three pages down, listing -0.04); twice
/// the box's text took it whole (half A listing -0.26).
pub(super) const FORM_ENTRY_CONTROL_BYTES: usize = 48;

/// A `<form>` or a visible `<input>` is below the node.
pub(super) const HOLDS_FORM: u16 = 1;
/// An `<article>`, `<main>` or `<h1>` is below the node: a sidebar or a
/// hidden panel never holds one, a page wrapper with a layout class does.
pub(super) const HOLDS_MARKER: u16 = 2;
/// A comment's reply control ("Reply", "Antworten", "回复") is below it.
pub(super) const HOLDS_REPLY: u16 = 4;
/// A radio button is below the node: one of a question's answers (a quiz,
/// a poll, a survey).
pub(super) const HOLDS_CHOICE: u16 = 8;
/// A checkbox is below the node: a filter panel's option.
pub(super) const HOLDS_CHECKBOX: u16 = 16;
/// A picture is below the node.
pub(super) const HOLDS_PICTURE: u16 = 32;
/// A link holding a picture is below the node: a teaser card's (or a
/// promotion's) picture leading to its page.
pub(super) const HOLDS_LINKED_PICTURE: u16 = 64;
/// A table's header cell (`<th>`) is below the node: a table of data (a
/// product's prices or specifications), which no form's prompt holds.
pub(super) const HOLDS_TABLE_HEADER: u16 = 128;
/// A field to fill is below the node: a visible `<input>` other than a
/// button, a `<select>` or a `<textarea>`. A form without one is a row of
/// buttons ("Add to cart" beside its hidden product id).
pub(super) const HOLDS_FIELD: u16 = 256;
/// A control a reader fills in or presses is below the node: a visible
/// `<input>`, a `<textarea>` or a `<button>`. A form of drop-down menus
/// alone (a chart's period, a table's currency) changes the view around
/// it, and submits nothing.
pub(super) const HOLDS_CONTROL: u16 = 512;
/// A visible e-mail field (`<input type="email">`) is below the node: the
/// address a signup, login or contact form asks for.
pub(super) const HOLDS_EMAIL: u16 = 1024;
/// A heading below `<h1>` (`<h2>` to `<h6>`) is below the node: a section
/// of the page, titled, not a note in small print.
pub(super) const HOLDS_HEADING: u16 = 2048;

/// Most text (bytes) in a `<form>` holding an e-mail field whose text
/// counts as the form's own (its labels and options) when its box is
/// weighed as a signup's prompt; a bigger form holds a page (an ASP.NET
/// page's one form around everything). Not tuned: wcxb-dev half A's one
/// such band (a shop's newsletter form, its e-mail label, two radio
/// buttons and eight topic checkboxes) holds about 300 bytes in its form;
/// the bound leaves room for longer option lists.
pub(super) const SIGNUP_FORM_TEXT: usize = 1000;

/// What is below each node, from one reverse pass over the document: the
/// bytes of its (unpruned, trimmed) text, and [`HOLDS_FORM`],
/// [`HOLDS_MARKER`] and [`HOLDS_REPLY`] flags.
pub(super) struct Below {
    pub(super) text_len: PerNode<usize>,
    /// Bytes of that text inside links.
    pub(super) link_len: PerNode<usize>,
    pub(super) flags: PerNode<u16>,
    /// Element children holding a form (an `<input>` or `<form>`).
    pub(super) form_children: PerNode<u16>,
    /// Links (`<a>`) below the node, the node itself included.
    pub(super) links: PerNode<u16>,
    /// Bytes of text inside the `<form>`s below the node (the node itself
    /// included) that hold an e-mail field and at most
    /// [`SIGNUP_FORM_TEXT`] bytes: a signup form's labels and options.
    pub(super) signup_form_text: PerNode<usize>,
}

impl Below {
    pub(super) fn new(dom: &Dom) -> Below {
        let n = dom.len();
        let mut len = PerNode::<usize>::new(n);
        let mut flags = PerNode::<u16>::new(n);
        let mut link = PerNode::<usize>::new(n);
        let mut form_children = PerNode::<u16>::new(n);
        let mut links = PerNode::<u16>::new(n);
        let mut signup = PerNode::<usize>::new(n);
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
                if e.name == local_name!("form") && !e.foreign {
                    // A form's own text replaces what its children summed
                    // (forms do not nest), or nothing if it is no signup's.
                    let own = if up & HOLDS_EMAIL != 0 && sum <= SIGNUP_FORM_TEXT {
                        sum
                    } else {
                        0
                    };
                    if let Some(slot) = signup.slot(id) {
                        *slot = own;
                    }
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
            let signup_text = signup.at(id);
            if let Some(p) = parent {
                if let Some(slot) = signup.slot(p) {
                    *slot += signup_text;
                }
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
            signup_form_text: signup,
        }
    }

    /// A signup's box: an e-mail field below it, and at most
    /// [`FORM_BOX_TEXT`] bytes of text outside its signup forms (a heading
    /// and a line of pitch beside the form, however many topics the form
    /// offers to tick).
    pub(super) fn is_signup_box(&self, id: NodeId) -> bool {
        self.holds(id, HOLDS_EMAIL)
            && self.signup_form_text.at(id) > 0
            && self
                .text_len
                .at(id)
                .saturating_sub(self.signup_form_text.at(id))
                < FORM_BOX_TEXT
    }

    /// Mostly links: more than [`PROSE_MAX_LINK_SHARE`] of its text.
    pub(super) fn is_linky(&self, id: NodeId) -> bool {
        self.link_len.at(id) as f32 > self.text_len.at(id) as f32 * PROSE_MAX_LINK_SHARE
    }

    /// A teaser: a sentence or more ([`TEASER_TEXT_BYTES`]) outside links
    /// and one link, to the page it sums up ("Read full article"). A
    /// menu's or a contact card's panel holds links, buttons and labels.
    pub(super) fn is_teaser(&self, id: NodeId) -> bool {
        self.links.at(id) == 1
            && self.text_len.at(id).saturating_sub(self.link_len.at(id)) >= TEASER_TEXT_BYTES
    }

    /// A subtree full of prose: [`PROSE_BYTES`] of text outside links, at
    /// most [`PROSE_MAX_LINK_SHARE`] of it linked. A class word alone never
    /// cuts such a subtree (page builders put "widget", "slider" or a
    /// consent-tool prefix on content wrappers).
    pub(super) fn is_prose(&self, id: NodeId) -> bool {
        let text = self.text_len.at(id);
        let link = self.link_len.at(id);
        text.saturating_sub(link) >= PROSE_BYTES
            && link as f32 <= text as f32 * PROSE_MAX_LINK_SHARE
    }

    /// Prose ([`Self::is_prose`]) with next to no links
    /// ([`UNLINKED_PROSE_LINK_SHARE`]): a text, not a comment section or a
    /// rail, whose entries link their posters, replies and permalinks.
    pub(super) fn is_unlinked_prose(&self, id: NodeId) -> bool {
        self.is_prose(id)
            && (self.link_len.at(id) as f32)
                < self.text_len.at(id) as f32 * UNLINKED_PROSE_LINK_SHARE
    }

    /// Slides of text, not of pictures or links: [`SLIDE_TEXT_BYTES`] of
    /// text outside links, at most [`PROSE_MAX_LINK_SHARE`] of it linked (a
    /// service page's testimonials or feature panels in a carousel).
    pub(super) fn is_slides_of_text(&self, id: NodeId) -> bool {
        let text = self.text_len.at(id);
        text.saturating_sub(self.link_len.at(id)) >= SLIDE_TEXT_BYTES && !self.is_linky(id)
    }

    /// One of a run of at least [`FORM_ENTRY_SIBLINGS`] sibling boxes each
    /// holding a form, with an entry's text ([`PROMO_ENTRY_BYTES`]): a
    /// listing's entry with its own control (a product tile's "Add to
    /// cart", a book's "Want to read"). A signup or search box stands
    /// alone; a filter panel's options are a few words each; a quiz's or
    /// poll's questions offer radio buttons (on a listing, radio buttons
    /// in a tile with a picture are its swatches: wcxb-dev half A,
    /// collection 2 pages up 0.02 and 0.13, 2 down 0.015 and 0.11 whose
    /// golds leave out the product grid; half B one up 0.10, one down
    /// 0.005; without the picture a product page's review filter came in).
    pub(super) fn is_entry_with_a_form(&self, dom: &Dom, id: NodeId, entries: bool) -> bool {
        let run = |p: NodeId| usize::from(self.form_children.at(p)) >= FORM_ENTRY_SIBLINGS;
        let text = self.text_len.at(id);
        // Radio buttons are a question's answers, or on a listing a
        // pictured tile's swatches (its colours or sizes to pick).
        let choice = self.holds(id, HOLDS_CHOICE);
        if choice && !entries {
            return false;
        }
        let tile = |entry: NodeId| !choice || self.holds(entry, HOLDS_PICTURE);
        // The entry itself, or the short list that holds such a run.
        if (text >= PROMO_ENTRY_BYTES && dom.parent(id).is_some_and(run) && tile(id))
            || (text >= PROMO_ENTRY_BYTES * FORM_ENTRY_SIBLINGS && run(id) && !choice)
        {
            return true;
        }
        if !entries || text < PROMO_ENTRY_BYTES || self.holds(id, HOLDS_CHECKBOX) {
            return false;
        }
        // A tile with its linked picture whose form is buttons alone ("Buy
        // now" beside its hidden product id) is an entry, whether or not
        // its siblings are tiles too (a shop's one product card among
        // promotions). A control bar beside a tile's name holds no picture.
        // (wcxb-dev: collection A 0.7843 -> 0.7862, one page up 0.11; B
        // 0.7056 -> 0.7189, one page up 0.76; nothing else moves. Taking
        // every form of buttons alone for no form, on every type, brought
        // in tiles' bars of "Add to cart" and "Add to compare", a book
        // row's rating widget and an article's app cards: listing A 2908
        // -0.29, article A 4715 -0.07, collection A 4360 -0.05.)
        let pictured_buttons =
            |p: NodeId| !self.holds(p, HOLDS_FIELD) && self.holds(p, HOLDS_LINKED_PICTURE);
        if pictured_buttons(id) {
            return true;
        }
        // The box inside an entry: the entry's only child holding a form
        // (a tile's inner wrapper), one of such a run a few levels up,
        // with all of the entry's text but its controls' few words.
        let mut at = id;
        for _ in 0..FORM_ENTRY_WRAPPER_LEVELS {
            let Some(p) = dom.parent(at) else {
                return false;
            };
            if usize::from(self.form_children.at(p)) != 1
                || self.text_len.at(p) > text + FORM_ENTRY_CONTROL_BYTES
            {
                return false;
            }
            if dom.parent(p).is_some_and(run) {
                return tile(p);
            }
            if pictured_buttons(p) {
                return true;
            }
            at = p;
        }
        false
    }

    /// A box whose only controls are drop-down menus (a chart's period,
    /// a price table's currency): they change the view around them and
    /// submit nothing, so the box is the text they show, not a form's
    /// prompt. A form with no control at all is still a form (a script
    /// fills in a contact or signup form's fields).
    pub(super) fn is_view_picker(&self, id: NodeId) -> bool {
        self.holds(id, HOLDS_FIELD) && !self.holds(id, HOLDS_CONTROL)
    }

    pub(super) fn holds(&self, id: NodeId, flag: u16) -> bool {
        self.flags.at(id) & flag != 0
    }
}

/// A disabled checkbox with no name: a checklist's mark the reader cannot
/// tick (how Markdown task lists render, `<li><input type="checkbox"
/// disabled> Pack the rings</li>`), not a control of a form, which is named
/// for the value it sends (a report's chapters to buy, ticked and locked).
pub(super) fn is_checklist_mark(e: &crate::dom::Element) -> bool {
    e.attr(&local_name!("type"))
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"))
        && e.attr(&local_name!("disabled")).is_some()
        && e.attr(&local_name!("name")).is_none()
}

/// A text field filled in with a web address for the reader to copy (a
/// post's or page's "Link to post" share field): no form anyone fills
/// in, so the box around it is no form box. A field for the reader's own
/// address is empty or holds a placeholder, not a `value`. wcxb-dev half
/// A forum +0.042 page-units (1658, an Invision thread whose one-line
/// replies' columns went as form boxes: 0.893 -> 0.935); no other page of
/// either half moves; news unchanged.
pub(super) fn is_link_to_copy(e: &crate::dom::Element) -> bool {
    let text_field = e
        .attr(&local_name!("type"))
        .is_none_or(|t| matches!(t.trim().to_ascii_lowercase().as_str(), "text" | "url"));
    text_field
        && e.attr(&local_name!("value")).is_some_and(|v| {
            let v = v.trim();
            v.get(..8)
                .is_some_and(|h| h.eq_ignore_ascii_case("https://"))
                || v.get(..7)
                    .is_some_and(|h| h.eq_ignore_ascii_case("http://"))
        })
}

/// The flags element `id` itself gives its ancestors; `text` is the bytes
/// of text below it.
pub(super) fn own_flags(dom: &Dom, id: NodeId, e: &crate::dom::Element, text: usize) -> u16 {
    let mut f = 0;
    match e.name {
        local_name!("form") => f |= HOLDS_FORM,
        local_name!("select") if !e.foreign => f |= HOLDS_FIELD,
        local_name!("textarea") if !e.foreign => f |= HOLDS_FIELD | HOLDS_CONTROL,
        local_name!("input")
            if !e
                .attr(&local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("hidden"))
                && !is_checklist_mark(e)
                && !is_link_to_copy(e) =>
        {
            f |= HOLDS_FORM | HOLDS_CONTROL;
            if !e.attr(&local_name!("type")).is_some_and(is_button_type) {
                f |= HOLDS_FIELD;
            }
            if e.attr(&local_name!("type"))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("email"))
            {
                f |= HOLDS_EMAIL;
            }
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
        local_name!("h2")
        | local_name!("h3")
        | local_name!("h4")
        | local_name!("h5")
        | local_name!("h6")
            if !e.foreign =>
        {
            f |= HOLDS_HEADING
        }
        local_name!("a") | local_name!("button") if text > 0 && text <= 40 => {
            if e.name == local_name!("button") {
                f |= HOLDS_CONTROL;
            }
            let reply = match dom.text(id + 1).filter(|_| dom.end(id) == id + 2) {
                // A lone text child (the usual case) is read in place.
                Some(t) => crate::lang::is_reply_label(t),
                None => crate::lang::is_reply_label(&dom.text_of(id)),
            };
            if reply {
                f |= HOLDS_REPLY;
            }
        }
        local_name!("button") if !e.foreign => f |= HOLDS_CONTROL,
        _ => {}
    }
    f
}

/// An `<input>` type that makes a button, not a field to fill.
fn is_button_type(t: &str) -> bool {
    let t = t.trim();
    ["submit", "button", "reset", "image"]
        .iter()
        .any(|b| t.eq_ignore_ascii_case(b))
}

/// Length of `t` without white space at its ends; text that starts and ends
/// with a visible ASCII character (most of it) is measured without decoding,
/// and ASCII white space at the ends (the indentation between tags) is
/// trimmed a byte at a time before `trim` looks for the rest.
pub(super) fn trimmed_len(t: &str) -> usize {
    let b = t.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_graphic() && l.is_ascii_graphic() => b.len(),
        _ => t.trim_ascii().trim().len(),
    }
}
