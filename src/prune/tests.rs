//! The prune rules' unit tests: one small page per rule, each showing
//! what the rule cuts or keeps.
use super::sections::{is_price_text, PROMO_RIVER_ENTRIES};
use super::threads::is_attribution;
use super::*;

/// The cuts of `html`'s elements named `tag`, in document order.
fn cuts_of(html: &str, tag: &str, page_type: PageType, relaxed: bool) -> Vec<Option<Cut>> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = prune(&dom, &[], page_type, relaxed, true);
    (0..dom.len())
        .filter(|&id| dom.html_name(id).is_some_and(|n| &**n == tag))
        .map(|id| pruned.cut(id))
        .collect()
}

/// The cut of the first element named `tag`.
fn first_cut(html: &str, tag: &str, page_type: PageType, relaxed: bool) -> Option<Cut> {
    cuts_of(html, tag, page_type, relaxed)
        .first()
        .copied()
        .flatten()
}

fn prose(sentences: usize) -> String {
    "The council met on Tuesday to debate the budget for the coming year. ".repeat(sentences)
}

/// `n` readers' comments, each with its poster's link and a reply link.
fn remarks(n: usize) -> String {
    (0..n)
        .map(|k| {
            format!(
                "<div><a href=/u/{k}>reader_{k}</a><p>{}</p><a href=#reply>Reply</a></div>",
                prose(2)
            )
        })
        .collect()
}

#[test]
fn a_manuals_section_named_for_its_heading_is_text() {
    // A documentation generator names each section for its heading:
    // "cookies" and "respond-to-review-comments" are topics among
    // sibling sections so named, not a cookie notice or a thread. A
    // lone "comments" box, or one headed by the boilerplate phrase
    // itself, still goes.
    let section = |id: &str, title: &str| {
        format!(
            "<section id='{id}'><span id='old-{id}'></span><h2>{title}</h2><p>{}</p></section>",
            prose(3)
        )
    };
    let manual = format!(
        "<body><main>{}{}{}{}</main></body>",
        section("quickstart", "Quickstart"),
        section("cookies", "Cookies"),
        section("respond-to-review-comments", "Respond to review comments"),
        section("sessions", "Sessions"),
    );
    let cuts = cuts_of(&manual, "section", PageType::Documentation, false);
    assert_eq!(cuts, vec![None; 4]);
    let thread = format!(
        "<body><main>{}{}{}</main></body>",
        section("intro", "Intro"),
        section("usage", "Usage"),
        section("comments", "Comments"),
    );
    let cuts = cuts_of(&thread, "section", PageType::Article, false);
    assert!(cuts.get(2).copied().flatten().is_some());
    let lone = format!(
        "<body><main><p>{}</p>{}</main></body>",
        prose(4),
        section("respond-to-review-comments", "Respond to review comments")
    );
    assert!(first_cut(&lone, "section", PageType::Article, false).is_some());
}

#[test]
fn a_table_of_contents_goes_with_its_title() {
    // A box of links to the page's own sections, under its short
    // title, repeats the headings below: both go. The same links
    // after a sentence that announces them are the text's list.
    let links: String = ["one", "two", "three"]
        .iter()
        .map(|s| format!("<li><a href='#{s}'>Part {s}</a></li>"))
        .collect();
    let sections: String = ["one", "two", "three"]
        .iter()
        .map(|s| format!("<h2 id='{s}'>Part {s}</h2><p>{}</p>", prose(3)))
        .collect();
    let page = |before: &str| {
        format!(
            "<body><main><p>{}</p>{before}<ul>{links}</ul>{sections}</main></body>",
            prose(2)
        )
    };
    let titled = page("<h3>Table of Contents</h3>");
    assert_eq!(
        first_cut(&titled, "h3", PageType::Documentation, false),
        Some(Cut::Tag("table of contents"))
    );
    assert_eq!(
        first_cut(&titled, "ul", PageType::Documentation, false),
        Some(Cut::Tag("table of contents"))
    );
    assert_eq!(
        first_cut(&titled, "h2", PageType::Documentation, false),
        None
    );
    let boxed = format!(
        "<body><main><div class='box'><p>In this article</p><ul>{links}</ul></div>\
         {sections}</main></body>"
    );
    assert_eq!(
        first_cut(&boxed, "div", PageType::Article, false),
        Some(Cut::Tag("table of contents"))
    );
    let announced = page("<p>The guide has these parts:</p>");
    assert_eq!(
        first_cut(&announced, "ul", PageType::Documentation, false),
        None
    );
    assert_eq!(
        cuts_of(&announced, "p", PageType::Documentation, false)
            .get(1)
            .copied()
            .flatten(),
        None
    );
    // Links to other pages are an index, not a table of contents.
    let index = titled.replace("href='#", "href='/");
    assert_eq!(
        first_cut(&index, "h3", PageType::Documentation, false),
        None
    );
}

#[test]
fn a_checklists_locked_marks_are_no_form() {
    // A task list's items (Markdown renders them with a disabled,
    // unnamed checkbox) are text; a named control is a form's, locked
    // or not.
    for (input, cut) in [
        ("<input type=checkbox disabled>", false),
        ("<input disabled='' type='checkbox'>", false),
        ("<input type=checkbox>", true),
        ("<input type=checkbox name=chapter disabled>", true),
    ] {
        let html = format!(
            "<body><main><p>{}</p><ul><li>{input} Eat breakfast</li>\
             <li>{input} Get dressed</li></ul></main></body>",
            prose(3)
        );
        assert_eq!(
            first_cut(&html, "ul", PageType::Article, false).is_some(),
            cut,
            "{input}"
        );
    }
}

#[test]
fn a_layout_grid_named_for_its_sidebar_keeps_its_main_column() {
    // A grid named for its sidebar holds the sidebar beside the main
    // column: the sidebar goes, the grid and its main column stay.
    let nav: String = (1..=6)
        .map(|i| format!("<li><a href=/s{i}>Step {i} of the guide</a></li>"))
        .collect();
    let page = |main: &str| {
        format!(
            "<body><div class='layout-sidebar-left'><div class='layout-sidebar-top'>\
             <ul>{nav}</ul></div>{main}</div><footer><p>{}</p></footer></body>",
            prose(24)
        )
    };
    let grid = page(&format!(
        "<div class='layout-main'><p>{}</p></div>",
        prose(12)
    ));
    let cuts = cuts_of(&grid, "div", PageType::Article, false);
    assert_eq!(cuts.first().copied().flatten(), None);
    assert!(cuts.get(1).copied().flatten().is_some());
    assert_eq!(cuts.get(2).copied().flatten(), None);
    // A sidebar's own widgets stay furniture: one named for its text
    // beside a word naming a widget, and a short "post" box.
    for main in [
        format!("<div id='text-2' class='widget'><p>{}</p></div>", prose(12)),
        "<div class='post'><p>Read our latest post.</p></div>".to_string(),
    ] {
        let cuts = cuts_of(&page(&main), "div", PageType::Article, false);
        assert!(cuts.first().copied().flatten().is_some(), "{main}");
    }
}

#[test]
fn a_drop_down_menus_label_goes_and_other_labels_stay() {
    let html = format!(
        "<body><p>{}</p><div><label for='sort'>Sorted by:</label>\
         <select id='sort'><option>Highest score</option></select></div>\
         <label for='agree'>I agree</label><input id='agree' type='checkbox'></body>",
        prose(3)
    );
    let cuts = cuts_of(&html, "label", PageType::Forum, false);
    assert!(
        matches!(cuts.as_slice(), [Some(Cut::Tag(_)), None]),
        "{cuts:?}"
    );
}

#[test]
fn a_highlighters_token_classes_cut_no_code() {
    // Syntax highlighters name a comment token "comment": inside a
    // code listing it is the code's text, not a comment section.
    for class in ["comment", "token comment", "hljs-comment"] {
        let html = format!(
            "<body><main><p>{}</p><pre><code>let x = 1; \
             <span class='{class}'>// why x is one</span></code></pre></main></body>",
            prose(3)
        );
        assert_eq!(
            first_cut(&html, "span", PageType::Documentation, false),
            None,
            "{class}"
        );
    }
    // Outside a listing the same word still names a section.
    let html = format!(
        "<body><main><p>{}</p></main><div class='comment'><p>Nice post!</p></div></body>",
        prose(3)
    );
    assert!(first_cut(&html, "div", PageType::Article, false).is_some());
}

#[test]
fn a_class_word_never_cuts_a_subtree_of_prose() {
    for (class, sentences, cut) in [
        // A short sidebar widget goes; a page builder's wrapper full of
        // prose stays, whatever its words.
        ("sidebar", 2, true),
        ("sidebar", 40, false),
        ("ad-slot", 40, false),
        // Words naming a kind of section cut whatever the text.
        ("related-posts", 40, true),
        ("comments", 40, true),
    ] {
        // (Their entries link their posters, as they do.)
        let entries = if cut && sentences > 2 {
            remarks(sentences / 2)
        } else {
            String::new()
        };
        let html = format!(
            "<body><main><p>{}</p></main><section class='{class}'><p>{}</p>{entries}</section></body>",
            prose(10),
            prose(sentences),
        );
        let got = cuts_of(&html, "section", PageType::Article, false);
        assert_eq!(
            got.first().is_some_and(Option::is_some),
            cut,
            "{class} {sentences}"
        );
    }
}

#[test]
fn a_run_of_entries_each_with_its_form_are_entries() {
    // Product tiles, each with its own "Add to cart" form: a list of
    // entries, not boxes around forms.
    let tile = |name: &str| {
        format!(
            "<li><a href=/p>{name} wool runner, machine washable, natural white</a><p>$98.00</p>\
             <form action=/cart><input type=number value=1><button>Add to cart</button></form></li>"
        )
    };
    let tiles = |n: usize| {
        let items: String = (0..n).map(|i| tile(&format!("Model {i}"))).collect();
        format!(
            "<body><main><h1>Shoes</h1><ul>{items}</ul><p>{}</p></main></body>",
            prose(8)
        )
    };
    for page_type in [PageType::Collection, PageType::Article] {
        for tag in ["ul", "li"] {
            assert!(cuts_of(&tiles(3), tag, page_type, false)
                .iter()
                .all(Option::is_none));
        }
    }
    // One such box alone is a form's box (a signup with its pitch).
    assert!(cuts_of(&tiles(1), "ul", PageType::Collection, false)
        .iter()
        .all(Option::is_some));
    // A quiz's questions, each with its radio buttons, stay cut.
    let question = |i: usize| {
        format!(
            "<div class=q><p>{i}. How well does your team document its processes today?</p>\
             <label><input type=radio name=q{i}>Well</label><label><input type=radio name=q{i}>Poorly</label></div>"
        )
    };
    let quiz: String = (0..4).map(question).collect();
    let html = format!(
        "<body><main><p>{}</p><section>{quiz}</section></main></body>",
        prose(8)
    );
    assert!(cuts_of(&html, "section", PageType::Service, false)
        .iter()
        .all(Option::is_some));
}

#[test]
fn a_tiles_inner_box_with_its_form_is_part_of_an_entry_on_listings() {
    // The form sits in a tile's inner wrapper (li > div), one such tile
    // of a run: on a listing or collection page the wrapper is part of
    // an entry, elsewhere it stays a form's box.
    let tile = |i: usize| {
        format!(
            "<li><div class=card><a href=/p{i}>Model {i} wool runner, machine washable, natural white</a>\
             <p>$98.00</p><form action=/cart><button>Add to cart</button></form></div></li>"
        )
    };
    let items: String = (0..4).map(tile).collect();
    let html = format!(
        "<body><main><h1>Shoes</h1><p>{}</p><ul>{items}</ul></main></body>",
        prose(8)
    );
    for (page_type, kept) in [
        (PageType::Collection, true),
        (PageType::Listing, true),
        (PageType::Article, false),
    ] {
        let none = |tag| {
            cuts_of(&html, tag, page_type, false)
                .iter()
                .all(Option::is_none)
        };
        assert_eq!(none("div") && none("li"), kept, "{page_type:?}");
    }
    // A filter panel's boxes, with checkboxes, stay cut.
    let filter = |i: usize| {
        format!(
            "<li><div class=facet><p>Colour number {i} of the range of running shoes we sell this season</p>\
             <form><label><input type=checkbox>Red</label><label><input type=checkbox>Blue</label></form></div></li>"
        )
    };
    let facets: String = (0..4).map(filter).collect();
    let html = format!(
        "<body><main><h1>Shoes</h1><p>{}</p><ul>{facets}</ul></main></body>",
        prose(8)
    );
    for tag in ["div", "li", "ul"] {
        let cut = |t| cuts_of(&html, tag, t, false);
        assert_eq!(cut(PageType::Collection), cut(PageType::Article), "{tag}");
    }
    assert!(cuts_of(&html, "div", PageType::Collection, false)
        .iter()
        .all(Option::is_some));
}

#[test]
fn a_pictured_tiles_box_with_swatches_is_part_of_an_entry_on_listings() {
    // Each tile's inner box holds its colour swatches (radio buttons),
    // title and price; the tile adds a "Quick view" button around it.
    let tile = |i: usize, picture: &str| {
        format!(
            "<li><div class=tile>{picture}<button>Quick view</button><div class=body>\
             <label><input type=radio name=c{i}>Black</label><label><input type=radio name=c{i}>Navy</label>\
             <a href=/p{i}>Merino wool blend calf sock, pack of four, number {i}</a><p>$89.00</p>\
             </div></div></li>"
        )
    };
    let page = |picture: &str| {
        let items: String = (0..4).map(|i| tile(i, picture)).collect();
        format!(
            "<body><main><h1>Socks</h1><p>{}</p><ul>{items}</ul></main></body>",
            prose(8)
        )
    };
    let pictured = page("<img src=/s.jpg alt=''>");
    let kept = |html: &str, t| {
        ["li", "div"]
            .iter()
            .all(|tag| cuts_of(html, tag, t, false).iter().all(Option::is_none))
    };
    assert!(kept(&pictured, PageType::Collection));
    // Elsewhere, and without a picture (a filter's or a quiz's radio
    // buttons), the box stays a form's box.
    assert!(!kept(&pictured, PageType::Article));
    assert!(!kept(&page(""), PageType::Collection));
}

#[test]
fn a_lone_pictured_tile_whose_form_is_buttons_alone_is_an_entry_on_listings() {
    // One product card among promotions: its linked picture beside an
    // inner box of name, price and a form of one "Buy now" button (and a
    // hidden product id). No run of sibling tiles says it is an entry.
    let card = |form: &str| {
        format!(
            "<body><main><h1>Shop</h1><p>{}</p><ul><li><div class=wrap>\
             <a href=/p><img src=/p.jpg alt=''></a><div class=details>\
             <h3><a href=/p>Smart bird feeder pro</a></h3><p>199 EUR</p>\
             <p>Video in slow motion without worrying about charging.</p>\
             <form action=/cart>{form}</form></div></div></li>\
             <li><p>{}</p></li></ul></main></body>",
            prose(8),
            prose(4)
        )
    };
    let kept = |html: &str, t| {
        ["li", "div"]
            .iter()
            .all(|tag| cuts_of(html, tag, t, false).iter().all(Option::is_none))
    };
    let buttons = card("<input type=hidden name=id value=7><button type=submit>Buy now</button>");
    assert!(kept(&buttons, PageType::Collection));
    assert!(kept(
        &card("<input type=submit value='Buy now'>"),
        PageType::Listing
    ));
    // Elsewhere, or with a field to fill (an email for a waitlist), the
    // box stays a form's box.
    assert!(!kept(&buttons, PageType::Article));
    assert!(!kept(
        &card("<input type=email name=mail><button>Notify me</button>"),
        PageType::Collection
    ));
}

#[test]
fn a_listings_entries_in_a_carousel_are_entries() {
    // A row of featured recipes, each an <article> cell of a carousel,
    // is part of a recipe index; its cells hold a title and a rating
    // line, no paragraph of text.
    let html = "<body><main><h2>Top rated</h2><div class='carousel'>\
                <article class='carousel-cell'><a href=/a>Crispy tofu</a><p>104 reviews</p></article>\
                <article class='carousel-cell'><a href=/b>Marry me chicken</a><p>31 reviews</p></article>\
                </div></main></body>";
    for (page_type, cut) in [
        (PageType::Listing, false),
        (PageType::Collection, false),
        // Beside one text a carousel of teasers is furniture.
        (PageType::Article, true),
    ] {
        assert_eq!(
            first_cut(html, "article", page_type, false).is_some(),
            cut,
            "{page_type:?}"
        );
    }
    // A carousel's cells that are no <article> stay furniture.
    let divs = html.replace("article", "div");
    assert!(cuts_of(&divs, "div", PageType::Listing, false)
        .iter()
        .any(Option::is_some));
}

#[test]
fn a_listings_carousel_of_products_is_entries() {
    let row = |price: &str| {
        let items: String = (0..6)
            .map(|i| {
                format!("<li><a href='/p/{i}'>Pressure cooker {i}</a><span>{price}</span></li>")
            })
            .collect();
        format!(
            "<body><main><h2>Best sellers</h2><ul class='carousel'>{items}</ul>\
             <p>{}</p></main></body>",
            prose(5)
        )
    };
    // A row of products with their prices is part of a category
    // page; a row of pictures or links is a carousel, and beside one
    // text a row of products is a recommendation box.
    assert!(first_cut(&row("$148.02"), "ul", PageType::Listing, false).is_none());
    assert!(first_cut(&row("$148.02"), "ul", PageType::Collection, false).is_none());
    assert!(first_cut(&row("New"), "ul", PageType::Listing, false).is_some());
    assert!(first_cut(&row("$148.02"), "ul", PageType::Article, false).is_some());
}

#[test]
fn a_carousel_of_text_slides_is_content_beside_sections() {
    // Testimonials or feature panels in a slider are a service or
    // product page's content; pictures and linked teasers are not, and
    // beside one article's text a slider is still furniture. A service
    // page's sections in page-builder "widgets" are its content too, and
    // so are a product page's details in a modal sheet.
    let boxed = |class: &str, inner: &str| {
        format!(
            "<body><main><p>{}</p></main><div class='{class}'>{inner}</div></body>",
            prose(10)
        )
    };
    let slides = format!("<div>{}</div><div>{}</div>", prose(2), prose(2));
    let text = boxed("carousel", &slides);
    let pictures = boxed(
        "carousel",
        "<figure><img src=a.jpg><figcaption>Dawn</figcaption></figure>",
    );
    let teasers = boxed("carousel", &format!("<a href=/x>{}</a>", prose(4)));
    let widget = boxed("widget", &slides);
    let sheet = boxed("product-details-modal", &slides);
    for (html, page_type, cut) in [
        (&text, PageType::Service, false),
        (&text, PageType::Product, false),
        (&text, PageType::Article, true),
        (&pictures, PageType::Service, true),
        (&teasers, PageType::Service, true),
        (&widget, PageType::Service, false),
        (&widget, PageType::Listing, true),
        (&widget, PageType::Article, true),
        (&sheet, PageType::Product, false),
        (&sheet, PageType::Listing, true),
    ] {
        let got = cuts_of(html, "div", page_type, false);
        assert_eq!(
            got.first().is_some_and(Option::is_some),
            cut,
            "{page_type:?} {html}"
        );
    }
}

#[test]
fn a_modal_dialog_is_never_the_text_a_side_sheet_may_be() {
    for (attrs, inner, cut) in [
        // A modal over the page, even full of prose (a republishing
        // tool holds a copy of the article).
        ("role='dialog' aria-modal='true'", prose(40), true),
        ("role='alertdialog'", prose(40), true),
        ("aria-modal='true'", prose(40), true),
        // A sheet declared non-modal, and a dialog holding the page's
        // headline (the page rendered in a lightbox), stay.
        ("role='dialog' aria-modal='false'", prose(40), false),
        (
            "role='dialog'",
            format!("<h1>Budget</h1>{}", prose(40)),
            false,
        ),
        // A consent dialog titled by its own <h1> holds little of the
        // page's text: a dialog still.
        (
            "role='dialog' aria-labelledby='t'",
            format!("<h1 id='t'>We value your privacy</h1>{}", prose(2)),
            true,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p></main><div {attrs}><p>{inner}</p></div></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{attrs}");
    }
}

#[test]
fn a_notice_the_reader_closes_is_no_text() {
    for (attrs, close, cut) in [
        // An alert with its dismiss control: a prompt to guests.
        (
            "role='alert' class='alert'",
            "<button data-bs-dismiss='alert' aria-label='Close'></button>",
            true,
        ),
        ("role='alert'", "<a href=# data-dismiss='alert'>x</a>", true),
        // An alert the reader cannot close (a form's error), and a box
        // with a close button but no alert role, stay.
        ("role='alert'", "", false),
        (
            "class='alert'",
            "<button data-bs-dismiss='alert'></button>",
            false,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p></main><div {attrs}><p>Hello! It looks like \
             you're interested in this conversation, but you don't have an \
             account yet.</p>{close}</div></body>",
            prose(10)
        );
        for page_type in [PageType::Forum, PageType::Article] {
            let got = first_cut(&html, "div", page_type, false);
            assert_eq!(
                got,
                cut.then_some(Cut::Tag("dismissible notice")),
                "{attrs} {close}"
            );
        }
    }
}

#[test]
fn a_closed_modal_after_its_button_is_no_panel() {
    // A hidden modal after the button that opens it is no accordion's
    // panel but a box over the page, and however much it holds (a
    // republishing box's copy of the story, headline and all) no page
    // wrapper. A hidden panel after its button stays.
    let story = prose(10);
    for (attrs, cut) in [
        ("style='display:none' role='dialog' aria-modal='true'", true),
        ("style='display:none'", false),
    ] {
        let html = format!(
            "<body><main><p>{story}</p></main><section><button>Republish</button>\
             <div {attrs}><h1>Budget</h1><p>{story}{story}</p></div></section></body>"
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{attrs}");
    }
}

#[test]
fn a_hidden_box_after_a_closed_details_is_no_panel() {
    // A `<summary>` opens its own `<details>`, never the box after it: a
    // hidden notice after a box holding a disclosure ("Access to this page
    // requires authorization") stays hidden. After a button it is that
    // button's panel.
    for (toggle, cut) in [
        (
            "<details><summary>In this article</summary><p>Overview. Scenarios.</p></details>",
            true,
        ),
        ("<button>Show the notice</button>", false),
    ] {
        let html = format!(
            "<body><main><p>{}</p><div>{toggle}</div><div hidden><p>Access to this page \
             requires authorization. You can try signing in.</p></div></main></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Documentation, false);
        assert_eq!(got.get(1).is_some_and(Option::is_some), cut, "{toggle}");
    }
}

#[test]
fn a_link_hidden_from_screen_readers_is_on_screen() {
    // A card's second link (its summary) is aria-hidden so that screen
    // readers hear the title once; a hidden span is hidden.
    let html = format!(
        "<body><main><p>{}</p></main><div><h3><a href=/n>Night trains</a></h3>\
         <a href=/n aria-hidden=true tabindex=-1>They run again from May.</a>\
         <span aria-hidden=true>They run again from May.</span></div></body>",
        prose(10)
    );
    assert_eq!(
        cuts_of(&html, "a", PageType::Listing, false),
        vec![None, None]
    );
    assert_eq!(
        cuts_of(&html, "span", PageType::Listing, false),
        vec![Some(Cut::Hidden)]
    );
}

#[test]
fn a_heading_hidden_from_screen_readers_is_on_screen() {
    // An award card draws its title on its cover, `aria-hidden`, while
    // screen readers hear the card's link label: the eye reads it. A
    // paragraph so marked is still hidden.
    let html = format!(
        "<body><main><p>{}</p><div class=card><div class=cover>\
         <h3 aria-hidden=true>Named a leader in the 2025 security services report</h3></div>\
         <p>Highest revenue in managed security services worldwide.</p>\
         <a href=/r aria-label='Learn more: the security services report'>Learn more</a></div>\
         <p aria-hidden=true>Named a leader in the 2025 security services report</p></main></body>",
        prose(4)
    );
    assert_eq!(cuts_of(&html, "h3", PageType::Service, false), vec![None]);
    assert_eq!(
        cuts_of(&html, "p", PageType::Service, false)
            .last()
            .copied()
            .flatten(),
        Some(Cut::Hidden)
    );
}

#[test]
fn a_listings_promo_boxes_are_its_entries() {
    let html = |inner: &str| {
        format!(
            "<body><main><p>{}</p></main><div class='promo'>{inner}</div></body>",
            prose(2)
        )
    };
    let entry =
        html("<h3><a href=/s>Moon landing plan revamped</a></h3><p>The programme is modelled after the speedy Apollo missions.</p>");
    let slot = html("<span>Advertisement</span>");
    for (html, page_type, cut) in [
        (&entry, PageType::Listing, false),
        (&entry, PageType::Collection, false),
        (&entry, PageType::Article, true),
        (&slot, PageType::Listing, true),
    ] {
        let got = first_cut(html, "div", page_type, false);
        assert_eq!(got.is_some(), cut, "{page_type:?} {html}");
    }
    // A service page's promo container of cards linked whole (title,
    // line, "Find out more") is its list of services.
    let card = "<a href=/s><h3>Audit</h3><p>Our external audits help clients understand \
                how to address risks.</p><span>Find out more</span></a>";
    let services = format!(
        "<body><main><p>{}</p></main><div class='promo'>{}</div></body>",
        prose(10),
        card.repeat(3)
    );
    for (html, page_type, cut) in [
        (&services, PageType::Service, false),
        (&services, PageType::Article, true),
        (&slot, PageType::Service, true),
    ] {
        let got = first_cut(html, "div", page_type, false);
        assert_eq!(got.is_some(), cut, "{page_type:?} {html}");
    }
}

#[test]
fn an_undated_pages_river_of_promo_boxes_is_its_entries() {
    // An undated page of many ad-named boxes each with a story's title
    // is a hub's river of promos, whatever its type; a dated story's
    // few promos, or many of them, are its related rails.
    let river = |n: usize| {
        let entry = "<div class='promo'><h3><a href=/s>Space agency revamps its moon landing plan \
                     after a delay</a></h3><span>3 hours ago</span></div>";
        format!(
            "<body><main><p>{}</p>{}</main></body>",
            prose(2),
            entry.repeat(n)
        )
    };
    let cuts = |html: &str, dated: bool| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], PageType::Article, false, dated);
        (0..dom.len())
            .filter(|&id| dom.html_name(id).is_some_and(|n| &**n == "div"))
            .filter(|&id| pruned.cut(id).is_some())
            .count()
    };
    let many = river(PROMO_RIVER_ENTRIES);
    let few = river(PROMO_RIVER_ENTRIES - 1);
    assert_eq!(cuts(&many, false), 0);
    assert_eq!(cuts(&many, true), PROMO_RIVER_ENTRIES);
    assert_eq!(cuts(&few, false), PROMO_RIVER_ENTRIES - 1);
}

#[test]
fn a_navigation_named_box_of_text_is_a_section() {
    let boxed = |inner: &str| {
        format!(
            "<body><main><p>{}</p></main><div class='skip-item'>{inner}</div></body>",
            prose(10)
        )
    };
    let section = boxed(&format!("<h2>Overview</h2><p>{}</p>", prose(3)));
    let menu = boxed(&format!("<a href=/a>{}</a>", prose(3)));
    assert_eq!(first_cut(&section, "div", PageType::Article, false), None);
    assert!(matches!(
        first_cut(&menu, "div", PageType::Article, false),
        Some(Cut::Hint(Boilerplate::Navigation))
    ));
}

#[test]
fn a_service_pages_grid_of_linked_cards_is_a_section() {
    // A service page lists its services as cards linked whole, in a box
    // (and cards) named for navigation: each card a title and a sentence.
    // A menu so named, whose links say a few words each, still goes.
    let card = |name: &str| {
        format!(
            "<div class='navCard'><a href='/{name}'><h3>{name}</h3><p>Our experts work \
             with you to deliver a robust {name} strategy that aligns your business \
             goals, challenges and teams.</p></a></div>"
        )
    };
    let page = |inner: &str| {
        format!(
            "<body><main><p>{}</p></main><section class='nestedNavGrid'>{inner}</section></body>",
            prose(10)
        )
    };
    let grid = page(
        &["strategy", "architecture", "governance"]
            .map(card)
            .concat(),
    );
    assert_eq!(first_cut(&grid, "section", PageType::Service, false), None);
    assert_eq!(
        cuts_of(&grid, "div", PageType::Service, false),
        vec![None; 3]
    );
    // On an article such a box is a rail of links elsewhere.
    eprintln!(
        "art {:?}",
        first_cut(&grid, "section", PageType::Article, false)
    );
    eprintln!(
        "lst {:?}",
        first_cut(&grid, "section", PageType::Listing, false)
    );
    let menu = page(
        &[
            "Strategy",
            "Architecture",
            "Governance",
            "Security",
            "Reporting",
        ]
        .map(|n| format!("<a href='/{n}'>{n} services</a>"))
        .concat(),
    );
    assert!(matches!(
        first_cut(&menu, "section", PageType::Service, false),
        Some(Cut::Hint(Boilerplate::Navigation))
    ));
}

#[test]
fn a_headings_slug_id_cuts_nothing() {
    let html = format!(
        "<body><main><h2 id='h-why-use-social-shopping'>Why use social shopping?</h2>\
         <p>{}</p></main><div class='social-share'><a href=/s>Share</a></div></body>",
        prose(10)
    );
    assert_eq!(first_cut(&html, "h2", PageType::Article, false), None);
    assert!(matches!(
        first_cut(&html, "div", PageType::Article, false),
        Some(Cut::Hint(Boilerplate::Share))
    ));
}

#[test]
fn a_posts_dated_byline_is_its_attribution_on_a_thread() {
    let html = format!(
        "<body><div class='thread'><div class='topic-post'><div class='post-meta'>raoul \
         May 3, 2024, 8:45am</div><p>{}</p></div></div></body>",
        prose(10)
    );
    for (page_type, cut) in [(PageType::Forum, false), (PageType::Article, true)] {
        let got = cuts_of(&html, "div", page_type, false)
            .into_iter()
            .flatten()
            .next();
        assert_eq!(got.is_some(), cut, "{page_type:?}");
    }
    // A user card with its counters stays a byline.
    assert!(!is_attribution(
        "asked Mar 3, 2024 at 9:12 fenna_bakes 1,204 3 silver badges 11 bronze badges"
    ));
    assert!(is_attribution("raoul (raoul) May 3, 2024, 8:45am 1"));
}

#[test]
fn a_popover_is_hidden_until_opened() {
    let html = format!(
        "<body><main><p>{}</p></main><div popover id='install'><p>Tap Add to Home \
         Screen.</p></div></body>",
        prose(10)
    );
    assert!(matches!(
        first_cut(&html, "div", PageType::Forum, false),
        Some(Cut::Hidden)
    ));
    // ... even right after the button that opens it (no accordion's
    // answer: it opens over the page).
    let html = format!(
        "<body><main><p>{}</p></main><div><button popovertarget='install'>Learn \
         more</button></div><i-card popover id='install'><p>Tap Add to Home \
         Screen.</p></i-card></body>",
        prose(10)
    );
    assert!(matches!(
        first_cut(&html, "i-card", PageType::Forum, false),
        Some(Cut::Hidden)
    ));
}

#[test]
fn an_undated_articles_carousel_of_text_is_a_section_of_teasers_is_not() {
    // A page typed article with no date is mostly a guide or a landing
    // page: its carousel of testimonials or feature cards is one of its
    // sections, as on a service page. A carousel whose cards each lead
    // on by a linked picture is a rail of promotions, and a dated
    // story's carousel stays furniture.
    let page = |card: &dyn Fn(&str) -> String| {
        format!(
            "<body><main><p>{}</p></main><div class='carousel'>{}{}{}</div></body>",
            prose(10),
            card("We cut our audit time in half with their team, and our board noticed."),
            card("They answered every question within the hour, even on a Sunday."),
            card("Our quarterly reports now take a day to write instead of a week."),
        )
    };
    let quotes = page(&|q| format!("<div><blockquote>{q}</blockquote><p>A client</p></div>"));
    let promos = page(&|q| {
        format!("<div><a href=/x><img src=x.jpg alt=''></a><h3><a href=/x>Try it</a></h3><p>{q}</p></div>")
    });
    let cut = |html: &str, dated: bool| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], PageType::Article, false, dated);
        (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c == "carousel")
            })
            .and_then(|id| pruned.cut(id))
            .is_some()
    };
    assert_eq!(
        [cut(&quotes, false), cut(&promos, false), cut(&quotes, true)],
        [false, true, true]
    );
}

#[test]
fn a_carousels_short_slides_of_text_are_sections() {
    // Each slide a title and a line, too short alone to read as text;
    // together the carousel's slides are a section. A cloned slide
    // (a copy of an earlier one) is not, nor are a product page's.
    let item = |words: &str| {
        format!("<div class='carousel-item'><h3>{words}</h3><p>We plan, build and run it with you.</p></div>")
    };
    let html = format!(
        "<body><main><h1>Our service</h1><p>{}</p><div class='row'>{}{}{}{}</div></main></body>",
        prose(10),
        item("Strategy and discovery"),
        item("Design and delivery"),
        item("Support and operations"),
        item("Strategy and discovery"),
    );
    let items = |t| {
        cuts_of(&html, "div", t, false)
            .into_iter()
            .skip(1)
            .map(|c| c.is_some())
            .collect::<Vec<_>>()
    };
    assert_eq!(items(PageType::Service), [false, false, false, true]);
    assert_eq!(items(PageType::Product), [true, true, true, true]);
    assert_eq!(items(PageType::Article), [true, true, true, true]);
}

#[test]
fn a_product_pages_carousel_mostly_of_short_cards_goes_whole() {
    // A brand story: a few cards long enough to read as text among cards
    // of a heading and a line. Mostly short, the carousel is a row of
    // promotion cards and its long cards go with it; mostly long, it is
    // text and they stay.
    let long = || format!("<li class='carousel-card'><p>{}</p></li>", prose(4));
    let short = |words: &str| {
        format!("<li class='carousel-card'><h3>{words}</h3><p>Sound for every day.</p></li>")
    };
    let page = |cards: String| {
        format!(
            "<body><main><h1>Wireless earbuds</h1><p>{}</p><ul class='row'>{cards}</ul></main></body>",
            prose(10)
        )
    };
    let mostly_short = page(format!(
        "{}{}{}{}{}",
        long(),
        long(),
        short("Bold design"),
        short("Deep bass"),
        short("All-day battery")
    ));
    let mostly_long = page(format!(
        "{}{}{}{}",
        long(),
        long(),
        long(),
        short("Deep bass")
    ));
    let cut = |html: &str, t| {
        cuts_of(html, "li", t, false)
            .into_iter()
            .map(|c| c.is_some())
            .collect::<Vec<_>>()
    };
    assert_eq!(cut(&mostly_short, PageType::Product), [true; 5]);
    assert_eq!(
        cut(&mostly_long, PageType::Product),
        [false, false, false, true]
    );
    // Off product pages a carousel of text stays whole (a service page's
    // cards, short ones with them).
    assert_eq!(cut(&mostly_short, PageType::Service), [false; 5]);
}

#[test]
fn a_carousels_hidden_slides_are_sections_its_clones_are_not() {
    let slide = |attrs: &str, words: &str| {
        format!(
            "<div class='story {attrs}'><p>{words} {}</p></div>",
            prose(3)
        )
    };
    let html = format!(
        "<body><main><h1>Our service</h1><p>{}</p><div class='stories'>{}{}{}{}</div></main></body>",
        prose(10),
        slide("active", "Shown first."),
        slide("' aria-hidden='true", "Second story."),
        slide("hidden", "Third story."),
        slide("' aria-hidden='true", "Second story."),
    );
    let cut = |t| {
        cuts_of(&html, "div", t, false)
            .into_iter()
            .map(|c| c.is_some())
            .collect::<Vec<_>>()
    };
    // The row, then its four slides: the last copies the second (a
    // cloned slide).
    assert_eq!(
        cut(PageType::Service),
        [false, false, false, false, true],
        "service"
    );
    // An article's hidden slides stay hidden.
    assert_eq!(cut(PageType::Article), [false, false, true, true, true]);
    // A pair of boxes alike, one for small screens, is no carousel.
    let pair = format!(
        "<body><main><p>{}</p><div class='box d-none d-md-block'><p>{}</p></div><div class='box d-md-none'><p>{}</p></div><div class='box hidden'><p>{}</p></div></main></body>",
        prose(10),
        prose(3),
        prose(3),
        prose(2)
    );
    let got = cuts_of(&pair, "div", PageType::Product, false);
    assert!(got.first().is_some_and(Option::is_some), "{got:?}");
    assert!(got.get(2).is_some_and(Option::is_some), "{got:?}");
    // A service page is read at a desktop's width: the desktop's form
    // stays, the phone's goes.
    let got = cuts_of(&pair, "div", PageType::Service, false);
    assert_eq!(got, vec![None, Some(Cut::Hidden), Some(Cut::Hidden)]);
}

#[test]
fn a_carousel_whose_every_slide_is_hidden_is_shown() {
    // A hero slider drawn before its script ran: each slide's content
    // box hidden by an inline style, none shown.
    let slide = |style: &str, words: &str| {
        format!(
            "<li><div class='slide-content' style='{style}'><h2>{words}</h2></div><div class='bg'></div></li>"
        )
    };
    let page = |class: &str, second: &str| {
        format!(
            "<body><main><h1>Our service</h1><p>{}</p><div class='{class}'><ul>{}{}{}</ul></div><p>{}</p></main></body>",
            prose(6),
            slide("display:none", "One inbox for every e-mail, chat and call your team answers each day."),
            slide(second, "Assign, follow up and close each conversation without a second reply."),
            slide("display:none", "Reports on how long your customers wait for a first answer from you."),
            prose(4)
        )
    };
    let hidden = |html: &str, t| {
        cuts_of(html, "div", t, false)
            .iter()
            .filter(|c| **c == Some(Cut::Hidden))
            .count()
    };
    let all = page("hero-slider", "display:none");
    assert_eq!(hidden(&all, PageType::Service), 0);
    assert_eq!(hidden(&all, PageType::Listing), 0);
    // Not on a product page (press quotes as often as its features),
    // nor beside one article's text.
    assert_eq!(hidden(&all, PageType::Product), 3);
    assert_eq!(hidden(&all, PageType::Article), 3);
    // One slide shown: the others are its turns, short, and stay hidden.
    assert_eq!(hidden(&page("hero-slider", ""), PageType::Service), 2);
    // Boxes alike not named as a carousel's are no slides.
    assert_eq!(
        hidden(&page("points", "display:none"), PageType::Service),
        3
    );
}

#[test]
fn a_carousel_cell_hidden_from_screen_readers_only_is_shown() {
    // A card's carousel rendered before its script runs: every cell
    // `aria-hidden`, photos first, then the home's description.
    let card = |hide: &str| {
        let photo = format!("<li class='cell' {hide}><img src='a.jpg' alt=''></li>");
        format!(
            "<ul class='cells'>{}<li class='cell' {hide}><p>{}</p></li></ul>",
            photo.repeat(3),
            prose(3)
        )
    };
    let html = |hide: &str| {
        format!(
            "<body><main><h1>Homes for sale</h1><p>{}</p><div class='card'>{}</div></main></body>",
            prose(6),
            card(hide)
        )
    };
    // The fourth cell holds the text.
    let cut = |h: &str, t| cuts_of(&html(h), "li", t, false).get(3).copied().flatten();
    // `aria-hidden` hides from screen readers, not from the eye.
    assert_eq!(cut("aria-hidden='true'", PageType::Collection), None);
    // Hidden by the `hidden` attribute, nothing shows it.
    assert_eq!(cut("hidden", PageType::Collection), Some(Cut::Hidden));
    // An article's hidden slides stay hidden.
    assert_eq!(
        cut("aria-hidden='true'", PageType::Article),
        Some(Cut::Hidden)
    );
}

#[test]
fn a_kept_product_sheets_parts_named_after_it_stay() {
    // A product page's details in a modal sheet are content, and so are
    // its paragraphs, named after the sheet in the BEM way; a box named
    // on its own inside it answers for itself, and off product pages
    // the naming protects nothing (a service page keeps the sheet
    // but not its parts).
    let html = format!(
        "<body><main><p>{}</p></main><div class='details-modal'>\
         <div class='details-modal__body'><p class='details-modal__paragraph'>{}</p>\
         <p class='details-modal__paragraph'>{}</p><p class='promo-modal'>Sign up today.</p>\
         </div></div></body>",
        prose(10),
        prose(2),
        prose(2)
    );
    let kept = |page_type| {
        cuts_of(&html, "p", page_type, false)
            .iter()
            .map(Option::is_none)
            .collect::<Vec<_>>()
    };
    assert_eq!(kept(PageType::Product), [true, true, true, false]);
    assert_eq!(kept(PageType::Service), [true, false, false, false]);
    assert!(is_part_of_classes(
        "details-modal__paragraph",
        "details-modal"
    ));
    assert!(!is_part_of_classes("details-modal-x", "details-modal"));
    assert!(!is_part_of_classes("promo-modal", "details-modal"));
}

#[test]
fn a_products_specification_sheet_in_a_modal_stays() {
    // A heading and label/value rows about the product, in a box named
    // like a modal sheet, are its specifications on a product page; a
    // sheet of share links is not, and off product pages the name
    // decides as before.
    let html = format!(
        "<body><main><p>{}</p></main><div class='measurements-modal'>\
         <h2>Measurements</h2><ul><li>Width: 80 cm</li><li>Depth: 39 cm</li>\
         <li>Height: 147 cm</li><li>Max load/shelf: 13 kg</li></ul></div>\
         <div class='share-modal'><h2>Share</h2><ul><li>Facebook</li><li>X</li>\
         <li>Email</li></ul></div>\
         <div class='spec-modal'><h2>Sizes</h2><table><tr><th>Width</th><td>80 cm</td></tr>\
         <tr><th>Depth</th><td>39 cm</td></tr><tr><th>Weight</th><td>2 kg</td></tr>\
         </table></div></body>",
        prose(10)
    );
    let kept = |page_type| {
        cuts_of(&html, "div", page_type, false)
            .iter()
            .map(Option::is_none)
            .collect::<Vec<_>>()
    };
    assert_eq!(kept(PageType::Product), [true, false, true]);
    assert_eq!(kept(PageType::Service), [false, false, false]);
}

fn is_part_of_classes(mine: &str, theirs: &str) -> bool {
    let dom = crate::parse::parse(
        &format!("<div class='{theirs}'><p class='{mine}'>x</p></div>"),
        &crate::pipeline::limits(&crate::Options::default()),
    );
    let find = |tag: &str| {
        (0..dom.len())
            .find(|&id| dom.html_name(id).is_some_and(|n| &**n == tag))
            .and_then(|id| dom.element(id))
    };
    match (find("p"), find("div")) {
        (Some(p), Some(div)) => is_part_of(p, div),
        _ => false,
    }
}

#[test]
fn most_of_the_text_behind_a_hiding_class_is_a_closed_drawer() {
    // A closed drawer holding most of the page's words: a data list of
    // thumbnail addresses behind a framework's hiding class.
    let data =
        "<dt>thumb:</dt><dd>https://cdn.example.com/images/thumbnails/a_long_file_name.jpg</dd>"
            .repeat(12);
    let page = |hide: &str, inner: &str| {
        format!("<body><main><p>A soft cotton tee.</p><div {hide}>{inner}</div></main></body>")
    };
    let dl = format!("<dl>{data}</dl>");
    let cut = |html: &str| first_cut(html, "div", PageType::Product, false);
    assert_eq!(cut(&page("class='info hide'", &dl)), Some(Cut::Hidden));
    // An inline display:none box is as often shown by a script (a
    // streamed list, a content locker), and a wrapper a modal hid holds
    // the headline: both stay.
    assert_eq!(cut(&page("style='display:none'", &dl)), None);
    let wrapper = format!("<h1>Soft tee</h1><p>{}</p>", prose(8));
    assert_eq!(cut(&page("class='hidden'", &wrapper)), None);
}

#[test]
fn a_streamed_segment_is_on_screen() {
    // Segments with a placeholder are moved into it by the parse; one
    // whose placeholder the page lacks is still shown where it is.
    let html = format!(
        "<body><main><p>{}</p><template id='B:9'></template></main>\
         <div hidden id='S:0'><p>{}</p></div><div hidden id='S:1f'><p>{}</p></div>\
         <div hidden id='S:x'><p>Later.</p></div></body>",
        prose(30),
        prose(3),
        prose(2)
    );
    let cuts = cuts_of(&html, "div", PageType::Article, false);
    assert_eq!(cuts.len(), 3, "{cuts:?}");
    // React numbers its segments in hexadecimal: the 32nd is `S:1f`.
    assert!(cuts.first().is_some_and(Option::is_none), "{cuts:?}");
    assert!(cuts.get(1).is_some_and(Option::is_none), "{cuts:?}");
    assert!(matches!(cuts.get(2), Some(Some(Cut::Hidden))), "{cuts:?}");
}

#[test]
fn a_posts_signature_is_no_word_of_it() {
    let html = format!(
        "<body><div class='post'><p>{}</p><div class='signature'>My rig: a fast one.</div>\
         </div></body>",
        prose(10)
    );
    let cuts = cuts_of(&html, "div", PageType::Forum, false);
    assert!(matches!(
        cuts.as_slice(),
        [None, Some(Cut::Hint(Boilerplate::Byline))]
    ));
    // FluxBB's one-word class ("postsignature postmsg") names it too.
    let fluxbb = html.replace("'signature'", "'postsignature postmsg'");
    let cuts = cuts_of(&fluxbb, "div", PageType::Forum, false);
    assert!(
        matches!(
            cuts.as_slice(),
            [None, Some(Cut::Hint(Boilerplate::Byline))]
        ),
        "{cuts:?}"
    );
}

#[test]
fn a_forum_posts_remarks_are_comments_its_replies_are_not() {
    let html = format!(
        "<body><div class='answer'><div class='body'><p>{}</p></div>\
         <div class='comments'><p>Good point, thanks.</p></div></div>\
         <div class='replies'><div class='reply-post'><p>{}</p></div></div></body>",
        prose(3),
        prose(3)
    );
    let cuts = cuts_of(&html, "div", PageType::Forum, false);
    assert!(
        matches!(
            cuts.as_slice(),
            [
                None,
                None,
                Some(Cut::Hint(Boilerplate::Comments)),
                None,
                None
            ]
        ),
        "{cuts:?}"
    );
}

#[test]
fn a_threads_comment_lists_decide_together_whether_they_are_remarks() {
    // A Q&A page: every answer's comments weigh less than four times its
    // text but the last, a one-line answer under a long discussion. Its
    // comment list is of the kind of the others: remarks, cut.
    let answer = |body: &str, comments: usize| {
        format!(
            "<div class='answer'><div class='body'><p>{body}</p></div>\
             <div class='comments'><p>{}</p></div></div>",
            prose(comments)
        )
    };
    let html = format!(
        "<body>{}{}{}{}</body>",
        answer(&prose(3), 1),
        answer(&prose(4), 2),
        answer(&prose(3), 1),
        answer("Use Back In Time.", 3)
    );
    let cuts = cuts_of(&html, "div", PageType::Forum, false);
    let comments: Vec<_> = cuts.iter().skip(2).step_by(3).collect();
    assert_eq!(comments.len(), 4, "{cuts:?}");
    assert!(
        comments
            .iter()
            .all(|c| matches!(c, Some(Cut::Hint(Boilerplate::Comments)))),
        "{cuts:?}"
    );
    // A thread whose posts' content boxes are named for comments: each
    // outweighs its post's header line, but for a one-line reply, which
    // stays with the others.
    let post = |body: &str| {
        format!(
            "<article class='post'><div class='head'>kim_h May 3, 2024</div>\
             <div class='comment_content'><p>{body}</p></div></article>"
        )
    };
    let html = format!(
        "<body>{}{}{}{}</body>",
        post(&prose(3)),
        post(&prose(2)),
        post("Why not cancel it?"),
        post(&prose(3))
    );
    let cuts = cuts_of(&html, "div", PageType::Forum, false);
    assert!(cuts.iter().all(Option::is_none), "{cuts:?}");
    // Weighed alone, the reply's box is remarks on its post (and cut).
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let below = Below::new(&dom);
    let reply = (0..dom.len())
        .filter(|&n| {
            dom.element(n).is_some_and(|e| {
                e.attr(&local_name!("class")) == Some("comment_content")
                    && classify(e).hint == Some(Boilerplate::Comments)
            })
        })
        .nth(2);
    assert!(reply.is_some_and(|r| crate::thread::remarks_on_a_post(&dom, r, &below.text_len)));
}

#[test]
fn a_posts_quote_of_words_said_nowhere_else_on_the_page_stays() {
    // The second post quotes the first (its words said again: cut) and a
    // post of another topic (said nowhere else: kept, what it answers).
    let html = format!(
        "<body><div class='post'><p>{}</p></div>\
         <div class='post'><p>Two quotes follow.</p>\
         <aside class='quote'><div class='title'>kim_h:</div>\
         <blockquote><p>The council met on Tuesday to debate the budget</p></blockquote></aside>\
         <aside class='quote'><div class='title'>Budget threads of 2023</div>\
         <blockquote><p>Last year the hall roof took half of the money we had.</p></blockquote>\
         </aside><p>{}</p></div></body>",
        prose(3),
        prose(2)
    );
    let cuts = cuts_of(&html, "aside", PageType::Forum, false);
    assert!(
        matches!(cuts.as_slice(), [Some(Cut::Tag("aside")), None]),
        "{cuts:?}"
    );
    // Off threads an <aside> is a sidebar, quote or not.
    let cuts = cuts_of(&html, "aside", PageType::Article, false);
    assert!(cuts.iter().all(Option::is_some), "{cuts:?}");
}

#[test]
fn forum_posts_are_not_comments() {
    let html = format!(
        "<body><div class='comment'><p>{}</p></div><div class='comment'><p>{}</p></div></body>",
        prose(3),
        prose(3)
    );
    assert!(cuts_of(&html, "div", PageType::Article, false)
        .iter()
        .all(Option::is_some));
    assert!(cuts_of(&html, "div", PageType::Forum, false)
        .iter()
        .all(Option::is_none));
}

#[test]
fn an_accordions_toggle_button_titles_its_panel() {
    for (button, cut) in [
        (
            "<button aria-expanded='false'>How do I choose a sleeping bag?</button>",
            false,
        ),
        ("<button aria-expanded='false'>Menu</button>", true),
        (
            "<button type='submit'>Subscribe to our weekly letter</button>",
            true,
        ),
        // The heading's whole text, before the script adds
        // `aria-expanded`; a control beside the heading's words is not.
        ("<button class='acc'>Can I return my order?</button>", false),
        (
            "Returns <button>Suggest an edit to this part</button>",
            true,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p><h3>{button}</h3><div>Pick one rated for the coldest night.</div></main></body>",
            prose(10)
        );
        let got = cuts_of(&html, "button", PageType::Collection, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{button}");
    }
}

#[test]
fn an_accordion_panel_of_a_teaser_and_its_link_stays() {
    // A hub's closed accordion panel: a sentence, then one link to the
    // article it sums up (its screen-reader words make the link a third
    // of the panel's text). A nav disclosure of links, or one link with a
    // label, is a menu's.
    for (panel, cut) in [
        (
            "<div>Learn how to fix a broken tent pole in the field and at home.</div><p><a href=/fix>Read full article<span class=sr-only>: How to Fix a Tent Pole</span></a></p>",
            false,
        ),
        (
            "<ul><li><a href=/w>Women's jackets and vests</a></li><li><a href=/m>Men's jackets and vests</a></li><li><a href=/k>Kids' jackets</a></li></ul><p>Shop by category</p>",
            true,
        ),
        ("<p>Shop all</p><p><a href=/tents>Tents and shelters for camping</a></p>", true),
    ] {
        let html = format!(
            "<body><main><p>{}</p><h3><button aria-expanded=false aria-controls=p1>How to Fix a Tent Pole</button></h3><div id=p1 aria-hidden=true class=closed>{panel}</div></main></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Collection, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{panel}");
    }
}

#[test]
fn a_service_pages_faq_button_opening_its_answer_titles_it() {
    for (button, answer, cut) in [
        // A question's button, then its answer: the FAQ's question.
        (
            "<button class='acc'>Can I cancel my plan at any time?</button>",
            "<div><p>Yes, cancel from your account page and pay nothing more.</p></div>",
            false,
        ),
        // The panel's title as a heading inside the button.
        (
            "<button type='button'><h5>How long does a project take?</h5></button>",
            "",
            false,
        ),
        // A question with nothing to open, or a call that asks nothing.
        (
            "<button class='acc'>Can I cancel my plan at any time?</button>",
            "",
            true,
        ),
        (
            "<button class='acc'>Add the full report to your cart</button>",
            "<div><p>Yes, cancel from your account page and pay nothing more.</p></div>",
            true,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p><div>{button}\n {answer}</div></main></body>",
            prose(10)
        );
        let got = cuts_of(&html, "button", PageType::Service, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{button}");
        // Elsewhere an FAQ widget is no part of the body.
        let got = cuts_of(&html, "button", PageType::Article, false);
        assert!(got.first().is_some_and(Option::is_some), "{button}");
    }
}

#[test]
fn a_texts_rest_hidden_before_its_read_more_toggle_stays() {
    // A description's rest hidden by an inline style, with its closed
    // "Read more" toggle after it: the reader opens it with a click. The
    // same box before a plain button or an open one is just hidden.
    for (after, cut) in [
        (
            "<div><a role=button aria-expanded=false href=#>Read more</a></div>",
            false,
        ),
        ("\n <button aria-expanded='false'>Read more</button>", false),
        ("<div><button>Add to cart</button></div>", true),
        (
            "<div><a aria-expanded=true href=#>Read less</a></div>",
            true,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p><div><div style='display:none'><p>{}</p></div>{after}</div></main></body>",
            prose(10),
            prose(3)
        );
        let got = cuts_of(&html, "div", PageType::Product, false);
        assert_eq!(got.get(1).is_some_and(Option::is_some), cut, "{after}");
    }
}

#[test]
fn a_manuals_tab_panel_named_by_its_tab_stays_however_linked() {
    // Install steps by language, each a link to the tool's download page:
    // mostly linked, as a menu's panel is, but a tab names it.
    let steps = "<ul><li><a href='/php'>Install PHP</a>.</li>\
                 <li><a href='/ngrok'>Install and set up ngrok</a>.</li></ul>";
    for (labelled, page_type, cut) in [
        ("aria-labelledby='tab-php'", PageType::Documentation, false),
        ("", PageType::Documentation, true),
        ("aria-labelledby='tab-php'", PageType::Article, true),
    ] {
        let html = format!(
            "<body><main><p>{}</p><div role='tabpanel' hidden {labelled}>{steps}</div></main></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", page_type, false);
        assert_eq!(
            got.first().is_some_and(Option::is_some),
            cut,
            "{labelled} {page_type:?}"
        );
    }
}

#[test]
fn hidden_panels_opened_by_a_click_stay() {
    for (attrs, cut) in [
        ("class='faq-answer' hidden", false),
        ("role='tabpanel' style='display:none'", false),
        ("class='accordion-body hidden'", false),
        // Bootstrap's tab panels: the specification and review tabs of a
        // product page.
        ("class='tab-pane' style='display:none'", false),
        ("class='menu' hidden", true),
        ("aria-hidden='true'", true),
    ] {
        let html = format!(
            "<body><main><p>{}</p></main><div {attrs}><p>Returns are free within thirty days of delivery.</p></div></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.first().is_some_and(Option::is_some), cut, "{attrs}");
    }
    // An answer hidden by a bare class right after its question's
    // button (or inside an `<h3>` holding it) opens with a click; after
    // a paragraph it is just hidden.
    for (question, cut) in [
        ("<button type=button>Can I return it?</button>", false),
        (
            "<h3><button aria-expanded=false>Can I return it?</button></h3>\n ",
            false,
        ),
        ("<div aria-controls=a1>Can I return it?</div>", false),
        ("<p>Returns</p>", true),
        // A question with no control markup (a clickable <div>).
        ("<div><div>Can I return it?</div></div>", false),
        ("<div>¿Puedo devolverlo?</div>", false),
    ] {
        let html = format!(
            "<body><main><p>{}</p></main><section>{question}<div class='hidden'><p>Returns are free within thirty days of delivery.</p></div></section></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.last().is_some_and(Option::is_some), cut, "{question}");
    }
    // A form after a question is a signup's pitch, not an answer.
    let html = format!(
        "<body><main><p>{}</p></main><section><p>{}</p><div>Want 15% off?</div><div class='hidden'><p>{}</p><input name=phone></div></section></body>",
        prose(10),
        prose(4),
        prose(6)
    );
    let got = cuts_of(&html, "div", PageType::Article, false);
    assert!(got.last().is_some_and(Option::is_some), "signup {got:?}");
    // A panel named by a tab's aria-controls, the tabs in a row of
    // their own above the panels, opens with a click too.
    for (tabs, cut) in [
        (
            "<ul><li><h3 role=button aria-controls='t1 t9'>Testing</h3></li></ul>",
            false,
        ),
        (
            "<ul><li><h3 role=button aria-controls=t9>Testing</h3></li></ul>",
            true,
        ),
    ] {
        let html = format!(
            "<body><main><p>{}</p></main><section>{tabs}<p>Pick a service.</p><div id=t1 class='hidden'><p>Returns are free within thirty days of delivery.</p></div></section></body>",
            prose(10)
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.last().is_some_and(Option::is_some), cut, "{tabs}");
    }
}

#[test]
fn the_relaxed_pass_keeps_furniture_but_not_named_boilerplate() {
    let html = format!(
        "<body><header><p>{}</p></header><aside class='newsletter'><p>Sign up.</p></aside><script>x()</script></body>",
        prose(1)
    );
    assert!(first_cut(&html, "header", PageType::Article, false).is_some());
    assert!(first_cut(&html, "header", PageType::Article, true).is_none());
    assert!(first_cut(&html, "aside", PageType::Article, true).is_some());
    assert!(first_cut(&html, "script", PageType::Article, true).is_some());
}

#[test]
fn the_class_words_pass_keeps_named_furniture_but_cuts_furniture_tags() {
    let html = format!(
        "<body><div class='sidebar'><p>{}</p></div><footer><p>{}</p></footer></body>",
        prose(1),
        prose(1)
    );
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = prune_with(&dom, &[], PageType::Article, Relax::Words, true);
    let cut = |tag: &str| {
        (0..dom.len())
            .find(|&id| dom.html_name(id).is_some_and(|n| &**n == tag))
            .and_then(|id| pruned.cut(id))
    };
    assert!(cut("div").is_none());
    assert!(cut("footer").is_some());
}

#[test]
fn a_noscript_holding_the_page_is_kept() {
    let whole = format!("<body><noscript><p>{}</p></noscript></body>", prose(10));
    assert!(first_cut(&whole, "noscript", PageType::Forum, false).is_none());
    let fallback = format!(
        "<body><p>{}</p><noscript><p>Enable JavaScript.</p></noscript></body>",
        prose(10)
    );
    assert!(first_cut(&fallback, "noscript", PageType::Article, false).is_some());
}

#[test]
fn a_header_full_of_prose_is_the_articles_own() {
    let page_header = format!(
        "<body><header><a href='/'>Home</a> <a href='/news'>News</a></header><main><p>{}</p></main></body>",
        prose(10)
    );
    assert!(first_cut(&page_header, "header", PageType::Article, false).is_some());
    let body_in_header = format!("<body><header><p>{}</p></header></body>", prose(40));
    assert!(first_cut(&body_in_header, "header", PageType::Article, false).is_none());
}

#[test]
fn an_articles_teaser_header_is_content_its_story_header_is_not() {
    let teaser = "<body><article><header><h2><a href='/a'>Beats gain new colours</a></h2>\
                  <p>Walmart now has them.</p></header></article></body>";
    assert!(first_cut(teaser, "header", PageType::Listing, false).is_none());
    let story = "<body><article><header><h1>Beats gain new colours</h1>\
                 <p>By Jane Roe</p></header><p>Text.</p></article></body>";
    assert!(first_cut(story, "header", PageType::Article, false).is_some());
    let attribution = "<body><article><header><a href='/u'>jroe</a> · Oct 3</header>\
                       <p>Text.</p></article></body>";
    assert!(first_cut(attribution, "header", PageType::Forum, false).is_some());
    // Inside a post marked as one, a short dated header is that post's
    // attribution, which a thread's body keeps.
    let post_header = "<body><article class='message'><header>Dec 30, 2023 #1</header>\
                       <p>Text.</p></article></body>";
    assert!(first_cut(post_header, "header", PageType::Forum, false).is_none());
    assert!(first_cut(post_header, "header", PageType::Article, false).is_some());
    let page_header = "<body><header><h2>Site</h2><a href='/'>Home</a></header></body>";
    assert!(first_cut(page_header, "header", PageType::Listing, false).is_some());
}

#[test]
fn a_teasers_footer_is_its_byline_on_listings() {
    let teaser = "<body><div><article><h3><a href='/a'>Scanning for flaws with agents</a></h3>\
                  <p>How the lab's framework finds auth bypasses.</p>\
                  <footer><a href='/u/jroe'>Jane Roe</a> · March 6, 2026</footer></article>\
                  </div></body>";
    assert!(first_cut(teaser, "footer", PageType::Listing, false).is_none());
    assert!(first_cut(teaser, "footer", PageType::Collection, false).is_none());
    // Elsewhere, and for a story's own footer (under its <h1>) or a long
    // one, it is furniture as any footer.
    assert!(first_cut(teaser, "footer", PageType::Article, false).is_some());
    let story = "<body><article><h1>Scanning for flaws with agents</h1><p>Text.</p>\
                 <footer><a href='/u/jroe'>Jane Roe</a> · March 6, 2026</footer></article></body>";
    assert!(first_cut(story, "footer", PageType::Listing, false).is_some());
    let long = format!(
        "<body><article><h3><a href='/a'>Scanning</a></h3><footer><p>{}</p></footer></article></body>",
        prose(3)
    );
    assert!(first_cut(&long, "footer", PageType::Listing, false).is_some());
    let page_footer =
        "<body><main><h2>News</h2></main><footer>© 2026 Lab · Privacy</footer></body>";
    assert!(first_cut(page_footer, "footer", PageType::Listing, false).is_some());
}

#[test]
fn a_header_that_titles_a_section_is_content() {
    for (header, cut) in [
        // A section's title and its line, over a row of entries.
        (
            "<header><h2>Air fryer chicken recipes</h2><p>Chicken for dinner!</p></header>",
            false,
        ),
        // The page's header: a logo heading and links, a search box,
        // a menu, or the story's own headline.
        (
            "<header><h2><a href='/'>Pinch of Yum</a></h2><a href='/r'>Recipes</a></header>",
            true,
        ),
        ("<header><h3>Search</h3><input name=q></header>", true),
        (
            "<header><h3>Menu</h3><nav>Recipes About</nav></header>",
            true,
        ),
        (
            "<header><h1>Air fryer recipes</h1><p>By Jane Roe</p></header>",
            true,
        ),
        ("<header><p>Free shipping over $50</p></header>", true),
    ] {
        let html = format!(
            "<body>{header}<div><article><h3><a href='/a'>Crispy tofu</a></h3></article></div></body>"
        );
        assert_eq!(
            first_cut(&html, "header", PageType::Listing, false).is_some(),
            cut,
            "{header}"
        );
    }
    let long = format!(
        "<body><header><h2>Recipes</h2><p>{}</p></header></body>",
        prose(5)
    );
    assert!(first_cut(&long, "header", PageType::Listing, false).is_some());
}

#[test]
fn a_product_pages_customer_reviews_are_its_comments() {
    let html = format!(
        "<body><main><p>{}</p></main><section id='product-reviews'>{}</section></body>",
        prose(5),
        remarks(15)
    );
    assert!(first_cut(&html, "section", PageType::Product, false).is_some());
    // A review article is no product page: its text stays.
    let review = format!(
        "<body><main><p>{}</p></main><section id='product-reviews'><p>{}</p></section></body>",
        prose(5),
        prose(30)
    );
    assert!(first_cut(&review, "section", PageType::Article, false).is_none());
}

#[test]
fn a_comments_word_alone_never_cuts_prose_without_links() {
    // A shop's box of the product's description and press quotes named
    // for reviews ("editorialReviews"), or a blog's section of prose with
    // "comments" in its class: paragraphs with no link are a text. A
    // comment section links each poster and reply.
    for (page_type, name) in [
        (PageType::Product, "id='editorial-reviews'"),
        (PageType::Article, "class='comments'"),
    ] {
        let text = format!(
            "<body><main><p>{}</p></main><section {name}><h2>Reviews</h2><p>{}</p><p>{}</p></section></body>",
            prose(5),
            prose(20),
            prose(20)
        );
        assert_eq!(
            first_cut(&text, "section", page_type, false),
            None,
            "{name}"
        );
        let thread = format!(
            "<body><main><p>{}</p></main><section {name}><h2>Reviews</h2>{}</section></body>",
            prose(5),
            remarks(20)
        );
        assert!(
            first_cut(&thread, "section", page_type, false).is_some(),
            "{name}"
        );
    }
}

#[test]
fn a_related_named_box_holding_a_listings_prices_is_its_grid() {
    // A theme names a category's only grid of products "related-product":
    // on a listing it holds the page's prices (written across lines in
    // the source), so it is the grid. A rail of other products beside a
    // priced grid still goes, and so does the box on an article.
    let tile = |name: &str, price: &str| {
        format!("<div class='tile'><h3>{name}</h3><span class='price'>$\n  {price}</span></div>")
    };
    let tiles = |n: usize| {
        (0..n)
            .map(|k| tile(&format!("Mower model {k}"), &format!("{k},099.99")))
            .collect::<String>()
    };
    let only = format!(
        "<body><main><h1>Robotic lawn mowers</h1>\
         <section class='related-product'>{}</section></main></body>",
        tiles(6)
    );
    assert_eq!(first_cut(&only, "section", PageType::Listing, false), None);
    assert!(first_cut(&only, "section", PageType::Article, false).is_some());
    let beside = format!(
        "<body><main><h1>Robotic lawn mowers</h1><div class='grid'>{}</div>\
         <section class='related-product'>{}</section></main></body>",
        tiles(8),
        tiles(4)
    );
    assert!(first_cut(&beside, "section", PageType::Listing, false).is_some());
    assert!(is_price_text("$  2,099.99"));
    assert!(!is_price_text("2 apples"));
}

#[test]
fn a_tags_box_in_every_entry_of_a_listing_is_its_fields() {
    // Each job of a board shows its type, salary and place in a box named
    // "listing__categories": on a listing those are the entry's fields.
    // A lone tag cloud still goes, and so do the boxes on an article.
    let job = |k: usize| {
        format!(
            "<li><h3>Software engineer {k}</h3><div class='listing__categories'>\
             <span>Full-Time</span><span>$50,000 - $74,999</span><span>Anywhere</span></div></li>"
        )
    };
    let board = format!(
        "<body><main><ul>{}</ul></main></body>",
        (0..4).map(job).collect::<String>()
    );
    assert_eq!(
        cuts_of(&board, "div", PageType::Listing, false),
        vec![None; 4]
    );
    assert!(cuts_of(&board, "div", PageType::Article, false)
        .iter()
        .all(Option::is_some));
    let cloud = format!(
        "<body><main><ul>{}</ul><div class='tag-cloud'><a href='/a'>Remote</a></div></main></body>",
        (0..4)
            .map(|k| format!("<li><h3>Software engineer {k}</h3></li>"))
            .collect::<String>()
    );
    assert!(first_cut(&cloud, "div", PageType::Listing, false).is_some());
}

#[test]
fn a_threads_post_numbers_go_on_forums_only() {
    let post = |n: u32| {
        format!(
            "<div class='post'><div class='head'>joe <em>#{n}</em> Jan 15, 2024</div>\
             <p>{}</p></div>",
            prose(2)
        )
    };
    let html = format!("<body>{}{}{}</body>", post(1), post(2), post(3));
    let number = Some(Cut::Tag("post number"));
    assert_eq!(
        cuts_of(&html, "em", PageType::Forum, false),
        [number, number, number]
    );
    assert_eq!(
        cuts_of(&html, "em", PageType::Article, false),
        [None, None, None]
    );
}

#[test]
fn a_footnotes_mark_is_cut_an_exponent_and_an_ordinal_stay() {
    // A mark linked to its note, or a note symbol alone, points elsewhere;
    // an unlinked number (an exponent) and letters (an ordinal) are text.
    let html = "<body><main><p>Up to 8 hours of battery life.<sup class='fn'>\
                <a href='#footnote-3'>3</a></sup> Also 20 m<sup>2</sup> of room, the \
                1<sup>st</sup> of its kind<sup>*</sup>, cited<sup><a href='#cite-1'>[1]</a>\
                </sup> and <sup><a href='/notes'>4</a></sup>.</p></main></body>";
    let cuts = cuts_of(html, "sup", PageType::Product, false);
    let mark = Some(Cut::Tag(FOOTNOTE_MARK));
    assert_eq!(cuts, vec![mark, None, None, mark, mark, None]);
}

#[test]
fn a_product_pages_notes_its_marks_link_to_are_cut() {
    // The notes a product page's marks point to are its fine print; an
    // article keeps them (its sources), and an id no mark links to stays.
    let page = format!(
        "<body><main><p>{}Up to 31 hours of playback.<sup><a href='#notes'>1</a></sup></p>\
         <div id='notes'><ol><li>Tested under lab conditions.</li></ol></div>\
         <div id='specs'><p>Weight: 218 g</p></div></main></body>",
        prose(6)
    );
    let cuts = cuts_of(&page, "div", PageType::Product, false);
    assert_eq!(cuts, vec![Some(Cut::Tag("footnotes")), None]);
    let cuts = cuts_of(&page, "div", PageType::Article, false);
    assert_eq!(cuts, vec![None, None]);
}

#[test]
fn a_posters_card_keeps_only_the_name_at_its_head_on_a_thread() {
    // A post's poster card (an <aside>: avatar, name, group, counters)
    // gives the thread its poster's name, once per post; the rest of the
    // card, and a second card repeating the name beside the date, go.
    let html = "<body><article class='post'>\
                <aside><a href='/u/1'><img alt='JGD'></a><h3><a href='/u/1'>JGD</a></h3>\
                <div class='group'>Members</div><ul><li><a href='/u/1/c'>563 posts</a></li></ul></aside>\
                <aside><h3><a href='/u/1'>JGD</a> <span>Members</span></h3>\
                <time datetime='2024-04-02'>April 2, 2024</time></aside>\
                <p>Text of the post.</p></article></body>";
    let cut = |html: &str, tag: &str, page_type, i: usize| {
        cuts_of(html, tag, page_type, false)
            .get(i)
            .copied()
            .flatten()
    };
    assert_eq!(cut(html, "aside", PageType::Forum, 0), None);
    assert!(cut(html, "aside", PageType::Forum, 1).is_some());
    assert_eq!(cut(html, "h3", PageType::Forum, 0), None);
    assert!(cut(html, "div", PageType::Forum, 0).is_some());
    assert!(cut(html, "ul", PageType::Forum, 0).is_some());
    // Off a thread a card is furniture, whole.
    assert!(cut(html, "aside", PageType::Article, 0).is_some());
    // A card opening with words outside a link names no poster.
    let label = html.replace(
        "<h3><a href='/u/1'>JGD</a></h3>",
        "<h3>Author: <a href='/u/1'>JGD</a></h3>",
    );
    assert!(cut(&label, "aside", PageType::Forum, 0).is_some());
}

#[test]
fn a_small_box_with_a_table_of_data_is_no_forms_prompt() {
    // A product's short column of prices and specifications with a small
    // form (a price history's period picker) is the page's text; the same
    // box without the table's header cells is a signup's prompt.
    let page = |head: &str| {
        format!(
            "<body><main><h1>Decorating clips</h1><div class='col'>\
             <div><h2>Prices</h2><table><tr>{head}</tr></table></div>\
             <div><h2>Specifications</h2><h3>Maker</h3><p>3M</p></div>\
             <div><h2>Price history</h2><form><select><option>60 days</option></select>\
             </form></div></div></main><div><p>{}</p></div></body>",
            prose(6)
        )
    };
    let table = page("<th>Merchant</th><th>Base</th><th>Total</th>");
    assert_eq!(first_cut(&table, "div", PageType::Product, false), None);
    let plain = page("<td>Merchant</td><td>Base</td><td>Total</td>")
        .replace("</select>", "</select><button>Set alert</button>");
    assert!(first_cut(&plain, "div", PageType::Product, false).is_some());
}

#[test]
fn a_box_whose_form_is_only_menus_is_no_forms_prompt() {
    // A box whose form holds drop-down menus alone (a price history's
    // period picker) changes the view around it and submits nothing: its
    // heading and note are the page's. With a field to fill and a button
    // it is a signup's prompt; a form with no control yet (a script fills
    // a contact form in) is still a form.
    let page = |form: &str| {
        format!(
            "<body><main><h1>Decorating clips</h1><p>{}</p>\
             <div class=history><h2>Price history</h2><form>{form}</form>\
             <p>* Amazon pricing is not included in price history graphs.</p></div>\
             </main></body>",
            prose(6)
        )
    };
    let menus = page("<select name=days><option>60 days</option><option>1 year</option></select>");
    assert_eq!(first_cut(&menus, "div", PageType::Product, false), None);
    let signup = page("<input type=email name=mail><button>Notify me</button>");
    assert!(first_cut(&signup, "div", PageType::Product, false).is_some());
    let empty = page("");
    assert!(first_cut(&empty, "div", PageType::Product, false).is_some());
}

#[test]
fn a_list_of_the_price_in_other_currencies_goes() {
    // A currency switcher's tooltip beside the price: every item a code
    // and an amount. A list with one item of words (a spec list) stays.
    let page = |extra: &str| {
        format!(
            "<body><main><h1>Iris dress</h1><p>{}</p><div class=price><span>132.34 EUR</span>\
             <ul><li><b>GBP</b>: <span>110.82</span></li><li><b>USD</b>: <span>$149.64</span></li>\
             <li><b>ZAR</b>: <span>R2,679.54</span></li>{extra}</ul></div></main></body>",
            prose(6)
        )
    };
    let rates = page("");
    assert_eq!(
        first_cut(&rates, "ul", PageType::Product, false),
        Some(Cut::Tag("price in other currencies"))
    );
    let specs = page("<li>Hemp and organic cotton</li>");
    assert_eq!(first_cut(&specs, "ul", PageType::Product, false), None);
}

#[test]
fn a_signup_box_is_weighed_without_its_forms_options() {
    // A newsletter band: a heading and a line of pitch beside a form that
    // asks for an e-mail address and offers a dozen topics to tick. The
    // form's labels take the box past a prompt's length; counted without
    // them the box is a signup's and goes. The same box asking for a name
    // (no e-mail field) is weighed whole, and stays.
    let topics: String = (0..14)
        .map(|k| format!("<label><input type=checkbox name=t{k}>Seasonal topic number {k}</label>"))
        .collect();
    let page = |field: &str| {
        format!(
            "<body><main><h1>Harbour jacket</h1><p>{}</p></main>\
             <div class=band><div><h2>Deals and new arrivals</h2><p>Straight to you</p>\
             <p>Enjoy offers and discover new arrivals every week.</p></div>\
             <div><form><label>Your details</label><input type={field} name=f>{topics}\
             <button>Sign me up</button></form></div></div></body>",
            prose(30)
        )
    };
    let signup = page("email");
    assert_eq!(
        first_cut(&signup, "div", PageType::Product, false),
        Some(Cut::Tag("form box"))
    );
    let named = page("text");
    assert_eq!(first_cut(&named, "div", PageType::Product, false), None);
}

#[test]
fn a_service_cards_footer_with_a_sentence_is_part_of_the_card() {
    // "card-footer" names the card's own footer (a testimonial's quote
    // and its link), not the page's: on a service page it stays when it
    // says a sentence. A card's date and author line goes as before, and
    // on other pages the name still cuts.
    let card = |footer: &str| {
        format!(
            "<body><main><p>{}</p><div class=cards><div class=card><h3>Ada, CTO</h3>\
             <div class='card-footer'>{footer}<a href=/story>Read the story</a></div></div></div>\
             </main></body>",
            prose(6)
        )
    };
    let quote = card(
        "The cost of running our service would be far higher elsewhere, and support answers fast.",
    );
    let dated = card("on Mar 8 Jane Doe");
    let footer = |html: &str, page_type| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], page_type, false, true);
        (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c == "card-footer")
            })
            .and_then(|id| pruned.cut(id))
    };
    assert_eq!(footer(&quote, PageType::Service), None);
    assert!(footer(&dated, PageType::Service).is_some());
    assert!(footer(&quote, PageType::Article).is_some());
}

#[test]
fn a_service_pages_banner_of_text_is_a_band_of_the_page() {
    // A banner-named band on a service page (an offer's heading and its
    // line) is one of its sections: it stays. A banner of links (a menu
    // bar) still goes, and on an article the name still cuts.
    let page = |banner: &str| {
        format!(
            "<body><main><p>{}</p><div class='offer-banner'>{banner}</div></main></body>",
            prose(6)
        )
    };
    let offer = page("<h3>Save $40 on your first visit</h3><p>Use code SPRING at checkout.</p>");
    let links = page(
        "<a href=/a>Plans</a> <a href=/b>Offers</a> <a href=/c>Locations</a> <a href=/d>Help</a>",
    );
    let banner = |html: &str, page_type| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], page_type, false, true);
        (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c == "offer-banner")
            })
            .and_then(|id| pruned.cut(id))
    };
    assert_eq!(banner(&offer, PageType::Service), None);
    assert!(banner(&links, PageType::Service).is_some());
    assert!(banner(&offer, PageType::Article).is_some());
}

#[test]
fn a_clipped_preview_before_its_whole_text_goes() {
    // An answer's first lines over a "Continue reading" button, then the
    // whole answer: the preview says the opening a second time and goes.
    // Two tab panels opening alike (a filter bar, then different rows)
    // both stay, and so does a preview whose sibling is another text.
    let answer = |rest: &str| {
        format!("<p>The war lasted six years and cost some seventy million lives.</p><p>{rest}</p>")
    };
    let page = |after: &str| {
        format!(
            "<body><main><h1>Was it bad?</h1><div class=preview>{}\
             <button>Continue reading</button></div><div class=whole>{}</div></main></body>",
            answer("Famine followed"),
            after
        )
    };
    let whole = answer(&format!("Famine followed in many countries. {}", prose(2)));
    let cuts = cuts_of(&page(&whole), "div", PageType::Forum, false);
    assert!(matches!(cuts.first(), Some(Some(Cut::Tag(_)))), "{cuts:?}");
    assert_eq!(cuts.get(1), Some(&None));
    // Tab panels: the same opening, different rows after it.
    let other = answer(&format!("Rationing lasted until 1954. {}", prose(2)));
    let cuts = cuts_of(&page(&other), "div", PageType::Forum, false);
    assert_eq!(cuts, vec![None, None]);
}

#[test]
fn a_thread_of_comments_on_a_page_taken_for_a_listing_stays() {
    // A social site's post with its comment tree, typed listing: the
    // comment-named list of comment-named items is the thread's replies.
    // A comment form's prompt or a comment count, named so too, still go.
    let comment = |k: usize, reply: &str| {
        format!(
            "<li class=comment><article class=comment-node id=comment-{k}>\
             <a href=/u/{k}>reader_{k}</a><p>{}</p>{reply}</article></li>",
            prose(1)
        )
    };
    let nested = format!("<ul class=comments>{}</ul>", comment(3, ""));
    let page = format!(
        "<body><main><h1>Development update</h1><div class=post>{}</div>\
         <ul class=comments>{}{}</ul>\
         <div id=docComments><h2>Submit correction</h2><p>If you see anything wrong, \
         please use <a href=/form>this form</a> to report it to the editors.</p></div>\
         </main></body>",
        prose(3),
        comment(1, &nested),
        comment(2, ""),
    );
    assert_eq!(first_cut(&page, "ul", PageType::Listing, false), None);
    assert_eq!(
        cuts_of(&page, "div", PageType::Listing, false).last(),
        Some(&Some(Cut::Hint(Boilerplate::Comments)))
    );
    // On an article the comments are no part of the text.
    assert_eq!(
        first_cut(&page, "ul", PageType::Article, false),
        Some(Cut::Hint(Boilerplate::Comments))
    );
}

#[test]
fn a_shops_hidden_tab_of_priced_tiles_is_kept_beside_the_tab_shown() {
    // Two tabs of a shop's grid, the second hidden by its tab script's
    // inline style; the panels share a class word, not their first.
    let tile = |name: &str, price: u32| {
        format!(
            "<li><h3>{name}</h3><p>{price} EUR</p><p>{}</p></li>",
            prose(1)
        )
    };
    let panel = |class: &str, style: &str, names: [&str; 4]| {
        format!(
            "<div class='{class}' style='{style}'><ul>{}{}{}{}</ul></div>",
            tile(names[0], 199),
            tile(names[1], 29),
            tile(names[2], 25),
            tile(names[3], 14)
        )
    };
    let page = |second: [&str; 4]| {
        format!(
            "<body><main><h1>Shop</h1><p>{}</p><div class=tabs>{}{}</div></main></body>",
            prose(4),
            panel(
                "wrapper products",
                "display: block",
                ["Feeder", "Feeder pro", "Bath", "Camera"]
            ),
            panel("products px-0", "display: none", second)
        )
    };
    let tabs = page(["Nutrition set", "Wall mount", "Solar roof", "Perch"]);
    let hidden = |html: &str, t| cuts_of(html, "div", t, false).get(2).copied().flatten();
    assert_eq!(hidden(&tabs, PageType::Collection), None);
    assert_eq!(hidden(&tabs, PageType::Listing), None);
    // On other pages, or when the hidden panel opens as the shown one
    // does (the grid's other form, for small screens), it goes.
    assert!(hidden(&tabs, PageType::Article).is_some());
    let copy = page(["Feeder", "Feeder pro", "Bath", "Camera"]);
    assert!(hidden(&copy, PageType::Collection).is_some());
}

#[test]
fn a_categories_box_of_pictured_tiles_is_a_collections_grid() {
    // A shop's home page shows its categories as tiles, each a picture
    // and a name, in a box named "featuredCategories": its entries. A
    // categories box of words alone is still a tag list, and on an
    // article the tiles go with it.
    let tile = |k: usize| {
        format!(
            "<li><a href='/c/{k}'><figure><img src='/{k}.jpg' alt=''></figure>\
             <h3>Category {k}</h3></a></li>"
        )
    };
    let grid = format!(
        "<body><main><h2>Shop</h2><p>{}</p><section class='featuredCategories'><h2>Browse</h2>\
         <a href='/all'>View all</a><ul>{}</ul></section></main></body>",
        prose(3),
        (0..6).map(tile).collect::<String>()
    );
    assert_eq!(
        first_cut(&grid, "section", PageType::Collection, false),
        None
    );
    assert!(first_cut(&grid, "section", PageType::Article, false).is_some());
    let words = format!(
        "<body><main><h2>Shop</h2><p>{}</p><section class='featuredCategories'><ul>{}</ul></section></main></body>",
        prose(3),
        (0..6)
            .map(|k| format!("<li><a href='/c/{k}'>Category {k}</a></li>"))
            .collect::<String>()
    );
    assert!(first_cut(&words, "section", PageType::Collection, false).is_some());
}

#[test]
fn a_service_pages_desktop_form_is_its_text() {
    let html = format!(
        "<body><main><h1>Rotas</h1><p>{}</p>\
         <section class='a'><div class='hidden md:flex'><p>{}</p></div></section>\
         <section class='b'><div class='md:hidden'><p>{}</p></div></section>\
         <section class='c'><div class='hidden'><p>{}</p></div></section></main></body>",
        prose(4),
        prose(2),
        prose(1),
        prose(1)
    );
    let cuts = |t| cuts_of(&html, "div", t, false);
    // At a desktop's width the first box shows and the phone's form hides;
    // a box hidden at every width stays hidden.
    assert_eq!(
        cuts(PageType::Service),
        vec![None, Some(Cut::Hidden), Some(Cut::Hidden)]
    );
    // Other pages read the bare `hidden` class alone.
    assert_eq!(
        cuts(PageType::Article),
        vec![Some(Cut::Hidden), None, Some(Cut::Hidden)]
    );
}

#[test]
fn responsive_display_classes_are_read_at_a_desktops_width() {
    use super::visibility::desktop_display;
    assert_eq!(desktop_display("hidden md:flex"), Some(true));
    assert_eq!(desktop_display("d-none d-lg-block"), Some(true));
    assert_eq!(desktop_display("block md:hidden"), Some(false));
    assert_eq!(desktop_display("d-md-none"), Some(false));
    assert_eq!(desktop_display("md:hidden xl:block"), Some(true));
    assert_eq!(desktop_display("sm:block lg:hidden"), Some(false));
    assert_eq!(desktop_display("hidden"), None);
    assert_eq!(desktop_display("md:px-4 hover:underline"), None);
    assert_eq!(desktop_display("2xl:hidden"), None);
}

#[test]
fn a_tiles_price_said_to_screen_readers_stays_on_a_collection() {
    // A shop grid's sale prices, each with the sentence screen readers
    // hear ("Original price was: $45.00."): the sentence says which price
    // is the old one, as the strike-through showed. A screen reader's
    // label without a price ("Sale price") and a long hidden text still
    // go, and so does every such sentence off a collection.
    let tile = |k: usize| {
        format!(
            "<li class='tile'><a href='/p/{k}'>Walnut desk lamp {k}</a>\
             <span class='price'><del>$4{k}.00</del>\
             <span class='screen-reader-text'>Original price was: $4{k}.00.</span>\
             <ins>$3{k}.00</ins>\
             <span class='screen-reader-text'>Current price is: $3{k}.00.</span></span>\
             <span class='sr-only'>Sale price</span></li>"
        )
    };
    let grid: String = (1..=4).map(tile).collect();
    let long = format!(
        "<div class='visually-hidden'>{} Prices from $10.00.</div>",
        prose(2)
    );
    let html = format!(
        "<body><main><h1>Desk lamps</h1><p>{}</p>{long}<ul class='grid'>{grid}</ul></main></body>",
        prose(2)
    );
    let spoken = |t| {
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], t, false, true);
        (0..dom.len())
            .filter(|&id| {
                dom.element(id)
                    .is_some_and(|e| e.attr(&local_name!("class")).is_some())
            })
            .filter_map(|id| {
                let class = dom.element(id)?.attr(&local_name!("class"))?;
                matches!(class, "screen-reader-text" | "sr-only" | "visually-hidden")
                    .then(|| (class.to_string(), pruned.cut(id).is_none()))
            })
            .collect::<Vec<_>>()
    };
    let kept = |v: &[(String, bool)], c: &str| v.iter().filter(|(k, kept)| k == c && *kept).count();
    let got = spoken(PageType::Collection);
    assert_eq!(kept(&got, "screen-reader-text"), 8);
    assert_eq!(kept(&got, "sr-only"), 0);
    assert_eq!(kept(&got, "visually-hidden"), 0);
    for t in [PageType::Product, PageType::Listing, PageType::Article] {
        assert_eq!(kept(&spoken(t), "screen-reader-text"), 0, "{t:?}");
    }
}

#[test]
fn a_tiles_shown_form_of_what_screen_readers_hear_stays_on_shop_grids() {
    // A shop tile's stars and count, hidden from screen readers that read
    // the link's label instead, and a struck price hidden before the
    // sentence that says it.
    let tile = |k: usize, extra: &str| {
        format!(
            "<li class='tile'><a href='/p/{k}'>Walnut desk lamp {k}</a>\
             <a href='/r/{k}' aria-label='4.{k} out of 5 stars, 31{k} ratings'>\
             <i class='stars' aria-hidden='true'><span>4.{k} out of 5 stars</span></i> \
             <span class='count' aria-hidden='true'>31{k}</span></a>\
             <span class='price'><del aria-hidden='true'>$4{k}.00</del> \
             <span class='screen-reader-text'>Original price was: $4{k}.00.</span>\
             <ins aria-hidden='true'>$3{k}.00</ins>\
             <span class='screen-reader-text'>Current price is: $3{k}.00.</span></span>{extra}</li>"
        )
    };
    let grid: String = (1..=4)
        .map(|k| tile(k, "<span class='badge' aria-hidden='true'>Hot pick</span>"))
        .collect();
    let html = format!(
        "<body><main><h1>Desk lamps</h1><p>{}</p><ul class='grid'>{grid}</ul></main></body>",
        prose(2)
    );
    for (tag, n) in [("i", 4), ("del", 4), ("ins", 4)] {
        let cuts = cuts_of(&html, tag, PageType::Collection, false);
        assert_eq!(cuts, vec![None; n], "{tag}");
        // An article's hidden text stays hidden.
        let cuts = cuts_of(&html, tag, PageType::Article, false);
        assert_eq!(cuts, vec![Some(Cut::Hidden); n], "{tag}");
    }
    // The ratings count is in the label too; a badge nobody speaks is not.
    let spans = cuts_of(&html, "span", PageType::Collection, false);
    assert!(spans.contains(&Some(Cut::Hidden)));
    let count = |t| {
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], t, false, true);
        (0..dom.len())
            .filter(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c == "count" || c == "badge")
            })
            .map(|id| pruned.cut(id))
            .collect::<Vec<_>>()
    };
    let got = count(PageType::Collection);
    assert_eq!(got.iter().filter(|c| c.is_none()).count(), 4);
    assert_eq!(got.iter().filter(|c| **c == Some(Cut::Hidden)).count(), 4);
}

#[test]
fn a_short_accordion_title_over_a_panel_of_text_stays() {
    // A product's accordion: a heading's whole text is a short toggle
    // button ("Material & care"), and the panel after the heading holds
    // text. The same shape over a panel of links is a footer's or a
    // menu's disclosure heading ("Help"), and goes.
    let details = "<dl><dt>Outer fabric:</dt><dd>100% polyester</dd><dt>Care:</dt><dd>Machine wash at 30 °C, gentle cycle</dd></dl>";
    let links = "<ul><li><a href=/a>Contact us</a></li><li><a href=/b>Returns and refunds</a></li><li><a href=/c>Delivery</a></li></ul>";
    let page = |panel: &str| {
        format!(
            "<body><main><p>{}</p><h2><button type=button aria-expanded=false>Material &amp; care</button></h2>\n <div style='max-height:0'>{panel}</div></main></body>",
            prose(2)
        )
    };
    assert_eq!(
        first_cut(&page(details), "button", PageType::Product, false),
        None
    );
    assert!(first_cut(&page(links), "button", PageType::Product, false).is_some());
    // Without the toggle's mark, or with no heading around it, a short
    // button is a control.
    let plain = page(details).replace(" aria-expanded=false", "");
    assert!(first_cut(&plain, "button", PageType::Product, false).is_some());
    let bare = page(details)
        .replace("<h2>", "<div>")
        .replace("</h2>", "</div>");
    assert!(first_cut(&bare, "button", PageType::Product, false).is_some());
}

#[test]
fn an_alert_hidden_by_a_prefixed_class_is_hidden() {
    // A script's error message, hidden by the page's framework until a
    // request fails; a shown alert stays.
    let alert = |class: &str| {
        format!(
            "<body><main><p>{}</p><div class='{class}' role=alert><span>We're sorry, your request can't be completed right now. Please try again later.</span></div></main></body>",
            prose(2)
        )
    };
    assert_eq!(
        first_cut(
            &alert("box alert-error aok-hidden"),
            "div",
            PageType::Product,
            false
        ),
        Some(Cut::Hidden)
    );
    assert_eq!(
        first_cut(
            &alert("box alert-error u_hide"),
            "div",
            PageType::Product,
            false
        ),
        Some(Cut::Hidden)
    );
    assert_eq!(
        first_cut(&alert("box alert-error"), "div", PageType::Product, false),
        None
    );
    // (A screen reader's box goes by its own rule, not as a hidden alert.)
    assert_ne!(
        first_cut(
            &alert("box visually-hidden"),
            "div",
            PageType::Product,
            false
        ),
        Some(Cut::Hidden)
    );
    // Without the alert role a prefixed class word alone hides nothing.
    let plain = alert("box aok-hidden").replace(" role=alert", "");
    assert_eq!(first_cut(&plain, "div", PageType::Product, false), None);
}

#[test]
fn a_hero_header_in_main_is_the_pages_own() {
    // A service page's hero: a `<header>` in `<main>` holding the page's
    // `<h1>` and a line saying what it offers. A site's banner (outside
    // `<main>`), a header whose `<h1>` is the logo's link, one of a
    // headline alone, and a header on an article or a listing stay
    // furniture.
    let hero = |h1: &str, line: &str| {
        format!(
            "<header class=section><nav><a href=/a>Design</a><a href=/b>Hosting</a></nav>{h1}{line}</header>"
        )
    };
    let line = "<p>Design, manage and publish your content from one visual canvas.</p>";
    let page = |header: &str, in_main: bool| {
        let body = format!("{header}<section><p>{}</p></section>", prose(8));
        if in_main {
            format!("<body><main>{body}</main></body>")
        } else {
            format!("<body>{body}</body>")
        }
    };
    let shown = hero("<h1>Your content, your canvas.</h1>", line);
    for (html, page_type, cut) in [
        (page(&shown, true), PageType::Service, false),
        (page(&shown, true), PageType::Listing, true),
        (page(&shown, false), PageType::Service, true),
        (page(&shown, true), PageType::Article, true),
        (
            page(&hero("<h1><a href=/>Acme</a></h1>", line), true),
            PageType::Service,
            true,
        ),
        (
            page(&hero("<h1>Your content, your canvas.</h1>", ""), true),
            PageType::Service,
            true,
        ),
    ] {
        assert_eq!(
            first_cut(&html, "header", page_type, false).is_some(),
            cut,
            "{page_type:?} {html}"
        );
    }
}

#[test]
fn a_data_tables_rows_and_cells_are_not_named_boxes() {
    // A feature comparison: each row's id is a slug of its feature, and
    // "signature" there names no post's signature, nor "promo" over a
    // column of prices an ad slot.
    let rows = [
        "Cloud reporting",
        "Client portal",
        "Digital signature compatible",
    ]
    .iter()
    .map(|f| {
        let slug = f.to_lowercase().replace(' ', "-");
        format!(
            "<tr id='{slug}-row' class='feature-row'><td id='{slug}-text'>{f}</td>\
                 <td>yes</td><td>no</td></tr>"
        )
    })
    .collect::<String>();
    let html = format!(
        "<body><p>{}</p><table><thead><tr><th>Feature</th><th class='th__promo'>Web</th>\
         <th>Desktop</th></tr></thead><tbody>{rows}</tbody></table></body>",
        prose(4)
    );
    for tag in ["tr", "td", "th"] {
        let cuts = cuts_of(&html, tag, PageType::Service, false);
        assert!(cuts.iter().all(Option::is_none), "{tag}: {cuts:?}");
    }
    // A layout table (no header cells) still has its menu column cut.
    let layout = format!(
        "<body><table><tr><td id='NavColumn'><a href='/a'>Home</a> <a href='/b'>News</a></td>\
         <td><p>{}</p></td></tr></table></body>",
        prose(4)
    );
    assert_eq!(
        first_cut(&layout, "td", PageType::Article, false),
        Some(Cut::Hint(Boilerplate::Navigation))
    );
}

#[test]
fn an_undated_articles_page_builder_panel_of_text_is_its_text() {
    // A page builder puts each of a page's blocks in a widget-named panel:
    // on an undated page typed article (a guide, a landing page the model
    // missed) a panel of text stays, as on a service page; a panel of
    // links (a menu) still goes.
    let page = |panel: &str| {
        format!(
            "<body><main><p>{}</p><div class='so-panel widget widget_editor'>{panel}</div></main></body>",
            prose(6)
        )
    };
    let text = page(&format!(
        "<h3>How we are qualified</h3><p>{}</p>",
        "Our electricians train for months and pass written exams before their first call. "
            .repeat(3)
    ));
    let links = page(
        "<a href=/a>Plans</a> <a href=/b>Offers</a> <a href=/c>Locations</a> <a href=/d>Help</a>",
    );
    let panel = |html: &str, page_type, dated| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = prune(&dom, &[], page_type, false, dated);
        (0..dom.len())
            .find(|&id| {
                dom.element(id)
                    .and_then(|e| e.attr(&local_name!("class")))
                    .is_some_and(|c| c.starts_with("so-panel"))
            })
            .and_then(|id| pruned.cut(id))
    };
    assert_eq!(panel(&text, PageType::Article, false), None);
    assert_eq!(panel(&text, PageType::Service, true), None);
    assert!(panel(&links, PageType::Article, false).is_some());
    // A dated story's widget panels are its sidebar's.
    assert!(panel(&text, PageType::Article, true).is_some());
    assert!(panel(&text, PageType::Forum, false).is_some());
}

#[test]
fn a_box_whose_only_field_holds_a_link_to_copy_is_no_form_box() {
    // A short reply's column: its date, its one sentence and a share menu
    // whose text field holds the post's address to copy. No reader fills
    // that field in; the column stays. An empty field (a search, a login)
    // still makes the box a form box.
    let page = |field: &str| {
        format!(
            "<body><main><h1>Best camera for a beginner</h1><p>{}</p>\
             <div class=column><div>Posted August 26</div>\
             <p>The best camera is the one you have with you.</p>\
             <div class=share><h4>Link to post</h4>{field}</div></div></main></body>",
            prose(30)
        )
    };
    let copy = page("<input type=text value='https://forum.example/topic/9/?comment=58'>");
    assert_eq!(first_cut(&copy, "div", PageType::Forum, false), None);
    let search = page("<input type=text name=q placeholder='Search'>");
    assert_eq!(
        first_cut(&search, "div", PageType::Forum, false),
        Some(Cut::Tag("form box"))
    );
}

#[test]
fn a_listings_lines_hidden_until_asked_for_go() {
    // mdBook wraps the lines a sample needs only to compile in
    // `<span class="boring">` and hides them on load: they go, the shown
    // lines stay. The word outside a code block names nothing hidden.
    let page = format!(
        "<body><main><p>{}</p><pre><code><span class='boring'>fn main() {{\n\
         </span>    let total = 2 + 2;\n<span class='boring'>}}</span></code></pre>\
         <p class='boring'>{}</p></main></body>",
        prose(2),
        prose(2)
    );
    let spans = cuts_of(&page, "span", PageType::Documentation, false);
    assert_eq!(
        spans,
        vec![
            Some(Cut::Tag("hidden code line")),
            Some(Cut::Tag("hidden code line"))
        ]
    );
    assert_eq!(
        first_cut(&page, "code", PageType::Documentation, false),
        None
    );
    assert_eq!(
        cuts_of(&page, "p", PageType::Documentation, false),
        vec![None, None]
    );
}

#[test]
fn a_disclaimer_named_box_of_small_print_goes() {
    // The small print under a page's text, in a box named a disclaimer,
    // goes however many sentences it holds (an offer's terms, a trial's
    // conditions); a titled section named so, and a wrapper of the page's
    // text named so ("disclaimer-affiliate" on a story's `<article>`), stay.
    let terms = "Offer valid for new accounts only. Rewards are paid within two \
                 weeks of the end of the qualifying period. "
        .repeat(12);
    for (tag, attrs, inner, cut) in [
        ("div", "class='disclaimer'", format!("<p>{terms}</p>"), true),
        (
            "div",
            "id='site-disclaimers'",
            format!("<p>{terms}</p>"),
            true,
        ),
        (
            "p",
            "class='PublishDateDisclaimer__Disclaimer'",
            "This article was originally published in 2019.".to_owned(),
            true,
        ),
        // A section with its own heading: a section of the page.
        (
            "div",
            "class='disclaimer'",
            format!("<h2>Why choose us</h2><p>{terms}</p>"),
            false,
        ),
        // The story's own wrapper.
        (
            "article",
            "class='post disclaimer-affiliate'",
            format!("<h1>The budget</h1><p>{}</p>", prose(20)),
            false,
        ),
        // Other words stay as before.
        (
            "div",
            "class='disclosure-panel'",
            format!("<p>{terms}</p>"),
            false,
        ),
    ] {
        let html = format!(
            "<body><div><p>{}</p></div><{tag} {attrs}>{inner}</{tag}></body>",
            prose(20)
        );
        for page_type in [PageType::Service, PageType::Article, PageType::Product] {
            let got = cuts_of(&html, tag, page_type, false)
                .last()
                .copied()
                .flatten();
            assert_eq!(
                got == Some(Cut::Tag(DISCLAIMER)),
                cut,
                "{tag} {attrs} {page_type:?}"
            );
        }
        // Never on a relaxed pass, which looks for any text at all.
        let relaxed = cuts_of(&html, tag, PageType::Service, true);
        assert_ne!(
            relaxed.last().copied().flatten(),
            Some(Cut::Tag(DISCLAIMER))
        );
    }
}

#[test]
fn a_boxs_phone_copy_beside_its_desktop_form_goes() {
    // A comparison section drawn twice, for a desktop and for phones, each
    // form named so and worded a little apart: the phone's copy goes, the
    // desktop's stays. Each form holds its own headline.
    let plans = "Every plan includes unlimited electronic filing, all state \
                 returns and support by phone and chat all season long. ";
    let section = |h1: &str, lead: &str| {
        format!(
            "<h1>{h1}</h1><p>{lead}</p><h2>Choosing the right plan</h2><p>{}</p>\
             <table><tr><td>Cloud access</td><td>yes</td></tr></table>",
            plans.repeat(8)
        )
    };
    let desktop = section(
        "Compare professional tax software",
        "Find the perfect fit for your practice.",
    );
    let phone = section(
        "Compare software packages",
        "All-inclusive software for every practice.",
    );
    for (desktop_attrs, phone_attrs, cut) in [
        (
            "id='page-desktop' class='hide-for-mobile'",
            "id='page-mobile' class='page-mobile'",
            true,
        ),
        ("class='compare-desktop'", "class='compare--mobile'", true),
        ("class='hide-mobile'", "class='hide-desktop'", true),
        // Not named for a device: both stay (as any two sections do).
        ("class='compare-wide'", "class='compare-narrow'", false),
        // Both named for phones, or a responsive utility: no pair.
        ("class='hide-desktop'", "class='mobile-only'", false),
        ("class='u-1/1@desktop'", "class='u-1/1@mobile'", false),
    ] {
        let html = format!(
            "<body><div {desktop_attrs}>{desktop}</div><div {phone_attrs}>{phone}</div></body>"
        );
        let got = cuts_of(&html, "div", PageType::Article, false);
        assert_eq!(got.first().copied().flatten(), None, "{desktop_attrs}");
        assert_eq!(
            got.get(1).copied().flatten() == Some(Cut::Tag(PHONE_COPY)),
            cut,
            "{phone_attrs}"
        );
    }
    // The comparison reads within the page's budget: spent, no cut.
    let html = format!(
        "<body><div class='hide-for-mobile'>{desktop}</div><div id='page-mobile'>{phone}</div></body>"
    );
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let below = Below::new(&dom);
    let found = (0..dom.len()).find_map(|id| {
        dom.element(id)
            .filter(|e| e.attr(&local_name!("id")) == Some("page-mobile"))
            .map(|e| (id, e))
    });
    assert!(found.is_some(), "the phone box");
    let Some((phone_box, e)) = found else { return };
    let mut budget = visibility::PHONE_COPY_BUDGET;
    assert!(is_phone_copy(&dom, &below, phone_box, e, &mut budget));
    assert!(budget < visibility::PHONE_COPY_BUDGET);
    assert!(!is_phone_copy(&dom, &below, phone_box, e, &mut 0));
    // A phone app's section beside a desktop app's says other words: both
    // stay.
    let other = format!(
        "<h2>On the go</h2><p>{}</p>",
        "Scan receipts with your camera and sign returns with a fingertip \
         wherever clients meet you, online or offline. "
            .repeat(10)
    );
    let html = format!(
        "<body><div class='desktop-app'>{desktop}</div><div class='mobile-app'>{other}</div></body>"
    );
    assert_eq!(
        cuts_of(&html, "div", PageType::Service, false),
        vec![None, None]
    );
    // A card's two forms (a few hundred bytes) say different fields: both
    // stay.
    let card = "<h3>Tech meetup</h3><p>Thursday at seven, downtown hall.</p>";
    let html = format!(
        "<body><div class='card-desktop'>{card}</div><div class='card-mobile'>{card}<p>Host: Tech Hub, 260 followers</p></div></body>"
    );
    assert_eq!(
        cuts_of(&html, "div", PageType::Listing, false),
        vec![None, None]
    );
}
