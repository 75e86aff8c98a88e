//! One table per rule: a change to a rule shows which case moved.
use super::posts::{has_time_of_day, in_post_header, is_labelled_row, is_thread_notice};
use super::region::{among_sections, class_of, HUB_TITLES};
use super::*;

/// A block of `kind` whose first `linked` characters are link text.
fn block(kind: Kind, text: &str, linked: usize) -> Block {
    Block::for_rules(kind, text, linked)
}

/// The texts of `lines` still kept after `rules` ran over them in order, as
/// blocks of an empty page.
fn kept_by<'a>(
    lines: &[(Kind, &'a str)],
    rules: &[fn(&Dom, &[Block], &mut Verdicts)],
) -> Vec<&'a str> {
    let blocks: Vec<Block> = lines.iter().map(|&(k, t)| block(k, t, 0)).collect();
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    let dom = crate::parse::parse(
        "<p></p>",
        &crate::pipeline::limits(&crate::Options::default()),
    );
    for rule in rules {
        rule(&dom, &blocks, &mut verdicts);
    }
    lines
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| l.1)
        .collect()
}

#[test]
fn short_linked_entries_beside_one_text_are_teasers() {
    let long = "Raised beds about one metre wide let gardeners reach the middle. ".repeat(20);
    let html = format!(
        "<body><div><div id='body'><p>{long}</p></div>\
         <h3><a href='/a'>Ten easy herbs for a windowsill</a></h3><p>Basil grows indoors.</p>\
         <h3><a href='/b'>The best of the year</a></h3><p>{long}</p>\
         <h3>Lay out the beds</h3><p>Short.</p></div></body>"
    );
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Article, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let body = (0..dom.len())
        .find(|&id| {
            dom.element(id)
                .and_then(|e| e.attr(&html5ever::local_name!("id")))
                == Some("body")
        })
        .unwrap_or(0);
    let got: Vec<(&str, bool)> = blocks
        .iter()
        .zip(teasers(&dom, &blocks, &[body]))
        .map(|(b, t)| (b.text.get(..12).unwrap_or(&b.text), t))
        .collect();
    assert_eq!(
        got,
        [
            ("Raised beds ", false),
            ("Ten easy her", true),
            ("Basil grows ", true),
            ("The best of ", false),
            ("Raised beds ", false),
            ("Lay out the ", false),
            ("Short.", false),
        ]
    );
}

#[test]
fn captions_that_are_no_sentence_go() {
    let long = "The harbour at dawn, seen from the old lighthouse on the hill.";
    for (text, captions, dropped) in [
        (long, true, false),
        (long, false, true),
        ("Photo: AP", true, true),
        ("Enlarge this image", true, true),
        // A trailing bracketed credit does not hide the sentence.
        (
            "The harbour at dawn, seen from the old lighthouse. [City archive]",
            true,
            false,
        ),
    ] {
        let b = block(Kind::Caption, text, 0);
        // `captions` true: the default (not set); false: set off.
        let set = (!captions).then_some(false);
        assert_eq!(
            non_sentence_caption(&b, set, PageType::Forum).is_some(),
            dropped,
            "{text:?} captions={captions}"
        );
        // A story's captions go, sentences or not, unless asked for: then
        // they are judged as on any page.
        assert!(non_sentence_caption(&b, set, PageType::Article).is_some());
        let asked = captions.then_some(true).or(Some(false));
        assert_eq!(
            non_sentence_caption(&b, asked, PageType::Article).is_some(),
            dropped,
            "{text:?} asked on an article"
        );
    }
    let p = block(Kind::Paragraph, "Photo: AP", 0);
    assert_eq!(
        non_sentence_caption(&p, None, PageType::Article),
        None,
        "only captions"
    );
    // A manual's listing labels stay, unless captions are off.
    let label = block(Kind::Caption, "Listing 9-3: Opening a file", 0);
    assert_eq!(
        non_sentence_caption(&label, None, PageType::Documentation),
        None
    );
    assert!(non_sentence_caption(&label, None, PageType::Article).is_some());
    assert!(non_sentence_caption(&label, Some(false), PageType::Documentation).is_some());
    // So do a service page's card labels.
    let city = block(Kind::Caption, "New York, NY", 0);
    assert_eq!(non_sentence_caption(&city, None, PageType::Service), None);
    assert!(non_sentence_caption(&city, None, PageType::Article).is_some());
}

#[test]
fn link_lists_go_prose_with_links_stays() {
    let long = "a".repeat(LONG_BLOCK + 20);
    for (kind, text, linked, dropped) in [
        (Kind::Paragraph, "Home News Sport", 15, true),
        (Kind::Paragraph, "Home News Sport", 5, false),
        // Long prose may link much of its text, not nearly all of it.
        (Kind::Paragraph, long.as_str(), LONG_BLOCK * 7 / 10, false),
        (Kind::Paragraph, long.as_str(), LONG_BLOCK + 20, true),
        // A list item is navigation only when nearly all links.
        (
            Kind::ListItem,
            "Official Gazette, 3 March edition",
            14,
            false,
        ),
        (Kind::ListItem, "Official Gazette", 15, true),
        // Code is never navigation.
        (Kind::Pre, "Home News Sport", 15, false),
    ] {
        let b = block(kind, text, linked);
        assert_eq!(
            link_list(&b, false, false, PageType::Article).is_some(),
            dropped,
            "{kind:?} {text:?} linked={linked}"
        );
    }
}

#[test]
fn listings_keep_linked_entry_titles() {
    let title = "Night trains return to the continent's rail network";
    for (kind, text, dropped_on_listing) in [
        (Kind::Heading(3), "More", false),
        (Kind::Paragraph, title, false),
        (Kind::ListItem, title, false),
        // Menu items stay navigation on a listing too.
        (Kind::ListItem, "Home", true),
        (Kind::Paragraph, "About us", true),
    ] {
        let b = block(kind, text, text.len());
        assert_eq!(
            link_list(&b, true, false, PageType::Article).is_some(),
            dropped_on_listing,
            "{text:?}"
        );
        assert!(
            link_list(&b, false, false, PageType::Article).is_some(),
            "{text:?} elsewhere"
        );
    }
    // A service page's card, linked whole: its description stays, its
    // button goes.
    let card = "Use our targeting tools to boost customer engagement and loyalty \
                across every channel.";
    let b = block(Kind::Paragraph, card, card.len());
    assert!(link_list(&b, false, false, PageType::Service).is_none());
    assert!(link_list(&b, false, false, PageType::Article).is_some());
    let button = block(Kind::Paragraph, "Learn more about our services", 29);
    assert!(link_list(&button, false, false, PageType::Service).is_some());
    // A short feature card's line is its description too; a short call to
    // action that ends a sentence is no card's text.
    let short = "Sync your subscribers and leads across platforms.";
    let b = block(Kind::Paragraph, short, short.len());
    assert!(link_list(&b, false, false, PageType::Service).is_none());
    assert!(link_list(&b, false, false, PageType::Article).is_some());
    let call = block(Kind::Paragraph, "Let's talk about your project!", 30);
    assert!(link_list(&call, false, false, PageType::Service).is_some());
}

#[test]
fn a_manuals_linked_list_items_are_its_index() {
    // A manual's list of linked topics ("Supported providers: Apple,
    // GitHub, …", the data types a guide covers) is its text; a
    // linked paragraph there is still a link.
    let item = block(Kind::ListItem, "Sorted sets", 11);
    assert!(link_list(&item, false, false, PageType::Documentation).is_none());
    assert!(link_list(&item, false, false, PageType::Article).is_some());
    let line = block(Kind::Paragraph, "Source code", 11);
    assert!(link_list(&line, false, false, PageType::Documentation).is_some());
}

#[test]
fn a_linked_sentence_with_words_of_its_own_is_a_cross_reference() {
    // "See " and "." are the line's own: 4 characters, spaces aside.
    let see = "See Handling application errors.";
    let linked = "Handlingapplicationerrors".len();
    let b = block(Kind::Paragraph, see, linked);
    for page_type in [PageType::Article, PageType::Documentation, PageType::Forum] {
        assert!(
            link_list(&b, false, false, page_type).is_none(),
            "{page_type:?}"
        );
    }
    // A service page's linked sentence is a call to action.
    assert!(link_list(&b, false, false, PageType::Service).is_some());
    // No sentence, or no word of its own: still a link.
    let label = block(Kind::Paragraph, "See Handling application errors", linked);
    assert!(link_list(&label, false, false, PageType::Documentation).is_some());
    let whole = block(Kind::Paragraph, "Handling application errors.", linked + 1);
    assert!(link_list(&whole, false, false, PageType::Documentation).is_some());
}

#[test]
fn a_manuals_section_of_one_linked_block_stays() {
    // An API reference's "Endpoints" box: a label, its routes linked
    // whole, the next section's heading.
    let blocks = [
        block(Kind::Paragraph, "Endpoints", 0),
        block(
            Kind::Paragraph,
            "POST /v2/invoices GET /v2/invoices/:id",
            30,
        ),
        block(Kind::Heading(2), "The Invoice object", 0),
        // Under a sentence, not a label: a link list still.
        block(Kind::Paragraph, "Invoices are finalized after an hour.", 0),
        block(Kind::Paragraph, "Invoices Payouts Refunds", 22),
        block(Kind::Heading(2), "Create an invoice", 0),
        // Two link lists under one label (a menu): neither is the
        // label's whole section.
        block(Kind::Heading(3), "Resources", 0),
        block(Kind::Paragraph, "Customers Invoices", 17),
        block(Kind::Paragraph, "Payouts Refunds", 14),
        block(Kind::Heading(2), "Errors", 0),
    ];
    let linked = |b: &Block| b.link_chars > 0;
    let mut verdicts: Verdicts = blocks
        .iter()
        .map(|b| linked(b).then_some(Reason::LinkDense(1.0)))
        .collect();
    labelled_link_sections(&blocks, &mut verdicts);
    let kept: Vec<&str> = blocks
        .iter()
        .zip(&verdicts)
        .filter(|(b, v)| linked(b) && v.is_none())
        .map(|(b, _)| b.text.as_str())
        .collect();
    assert_eq!(kept, ["POST /v2/invoices GET /v2/invoices/:id"]);
}

#[test]
fn a_manuals_linked_heading_is_a_topic_card() {
    // A grid of providers, each an icon and a linked `<h5>`.
    let h = block(Kind::Heading(5), "Bitbucket", 9);
    assert!(link_list(&h, false, false, PageType::Documentation).is_none());
    assert!(link_list(&h, false, false, PageType::Article).is_some());
}

/// The texts of the blocks `rule` drops for `reason` on `html` read as a
/// listing (parsed, pruned and segmented as the pipeline does).
fn dropped_on_listing(
    html: &str,
    rule: fn(&Dom, &[Block], &mut Verdicts),
    reason: Reason,
) -> Vec<String> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Listing, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    rule(&dom, &blocks, &mut verdicts);
    blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| **v == Some(reason))
        .map(|(b, _)| b.text.clone())
        .collect()
}

#[test]
fn a_listings_repeated_badges_go_its_fields_stay() {
    fn entry<'a>(title: &'a str, summary: &'a str) -> [(Kind, &'a str); 6] {
        [
            (Kind::Paragraph, "Latest"),
            (Kind::Heading(3), title),
            (Kind::Paragraph, summary),
            (Kind::Paragraph, "Duration"),
            (Kind::Paragraph, "5 min"),
            (Kind::Paragraph, "Sold out"),
        ]
    }
    let entries = [
        entry("Night trains return", "Sleepers run again."),
        entry("Ferries add routes", "More crossings in summer."),
        entry("Buses go electric", "A fleet renewed."),
    ];
    let blocks: Vec<Block> = entries
        .iter()
        .flatten()
        .map(|&(k, t)| block(k, t, 0))
        .collect();
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    // Said twice only: "Sold out" stays in the last entry's place.
    if let Some(v) = verdicts.get_mut(17) {
        *v = Some(Reason::OutsideRegion);
    }
    let dom = crate::parse::parse("", &crate::pipeline::limits(&crate::Options::default()));
    entry_badges(&dom, &blocks, &mut verdicts);
    let dropped: Vec<&str> = blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| matches!(v, Some(Reason::EntryBadge)))
        .map(|(b, _)| b.text.as_str())
        .collect();
    // The badge goes; titles, summaries, a field's name before its
    // value, the value, and a label said fewer than three times stay.
    assert_eq!(dropped, ["Latest", "Latest", "Latest"]);
}

#[test]
fn a_row_of_links_every_entry_repeats_is_its_controls() {
    // A news aggregator: each story's title line, then its line of a score,
    // a poster, an age and the controls every story repeats; one story
    // carries topic tags of its own.
    let story = |n: usize, title: &str, user: &str, tags: &str| {
        format!(
            "<p><a href='/s{n}'>{title}</a></p>\
             <p>{n} points by <a href='/u/{user}'>{user}</a> <a href='/i{n}'>{n} hours ago</a> | \
             <a href='/hide{n}'>hide</a> | <a href='/past{n}'>past</a> | \
             <a href='/i{n}'>discuss</a></p>{tags}"
        )
    };
    let tags = "<p><a href='/t/rail'>Rail</a> <a href='/t/sea'>Sea</a></p>";
    let stories = [
        story(1, "Night trains return across the continent", "ana", tags),
        story(2, "Ferries add routes for the summer season", "bo", ""),
        story(3, "Buses go electric in twelve more cities", "cy", ""),
        story(4, "A tram line reopens after forty years", "di", ""),
        story(5, "Bike lanes double along the river front", "ed", ""),
    ];
    let html = format!("<body><main>{}</main></body>", stories.concat());
    let dropped = dropped_on_listing(&html, entry_action_rows, Reason::EntryActionRow);
    // The five control lines go; the titles and the one story's tags (no
    // link said in nearly every row) stay.
    assert_eq!(dropped.len(), 5, "{dropped:?}");
    assert!(dropped.iter().all(|t| t.contains("discuss")));
}

#[test]
fn a_line_said_twice_in_one_card_goes_once() {
    // Event cards drawn twice inside (wide and narrow layouts): title and
    // date again; every card says "Free" once; the last entry is a
    // section of many cards whose lines recur.
    let lines = [
        (0, "Tech writing"),
        (0, "Wed, Apr 1, 10:00 AM"),
        (0, "Free"),
        (0, "Tech writing"),
        (0, "Wed, Apr 1, 10:00 AM"),
        (1, "Green tech night"),
        (1, "Wed, Apr 15, 6:00 PM"),
        (1, "Free"),
    ];
    let mut blocks: Vec<Block> = lines
        .iter()
        .map(|&(_, t)| block(Kind::Paragraph, t, 0))
        .collect();
    let mut of: Vec<Option<usize>> = lines.iter().map(|&(k, _)| Some(k)).collect();
    for i in 0..repeats::ENTRY_SAID_MAX_LINES + 1 {
        blocks.push(block(
            Kind::Paragraph,
            if i % 2 == 0 { "Honoree" } else { "Winner" },
            0,
        ));
        of.push(Some(2));
    }
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    said_again_in_entry(&blocks, &of, &mut verdicts);
    let dropped: Vec<usize> = verdicts
        .iter()
        .enumerate()
        .filter(|(_, v)| matches!(v, Some(Reason::SaidAgain)))
        .map(|(i, _)| i)
        .collect();
    // The card's second title and date go; "Free" in each card and the
    // section's recurring lines stay.
    assert_eq!(dropped, [3, 4]);
}

#[test]
fn a_box_of_cards_drawn_twice_is_kept_once_a_reposted_entry_stays() {
    // A blog's posts drawn twice, for wide and narrow screens: the copy's
    // bylines and dates, too short for `said_again`, go with it. A job
    // posted twice in one list is two alike entries and stays.
    let card = |title: &str, by: &str, when: &str| {
        format!("<article><h2><a href='/p'>{title}</a></h2><p>{by}</p><p>{when}</p></article>")
    };
    let posts = [
        card(
            "Optimizing recommendation systems with vectors",
            "By Ann Lee",
            "5d ago",
        ),
        card(
            "Scaling containers on modern processors today",
            "By Bo Chan",
            "9d ago",
        ),
    ]
    .concat();
    let job = "<li class='job'><h3>Senior data engineer for the payments platform</h3>\
               <p>Acme</p><p>Remote</p></li>";
    let html = format!(
        "<body><main><div class='wide'>{posts}</div><div class='narrow'>{posts}</div>\
         <ul><li class='job'><h3>Designer</h3><p>Beta</p><p>Paris</p></li>{job}{job}</ul>\
         </main></body>"
    );
    let dropped = dropped_on_listing(&html, copy_said_again, Reason::SaidAgain);
    assert_eq!(
        dropped,
        [
            "Optimizing recommendation systems with vectors",
            "By Ann Lee",
            "5d ago",
            "Scaling containers on modern processors today",
            "By Bo Chan",
            "9d ago"
        ]
    );
}

#[test]
fn a_row_of_tags_each_entry_fills_is_no_badge() {
    // Job cards: a "Featured" badge, then a row of tags, the hours and the
    // countries the job is open in; many jobs share a country or the hours.
    let places = [
        "Albania", "Austria", "Belgium", "Croatia", "Denmark", "Estonia", "Finland", "France",
        "Greece", "Ireland",
    ];
    let titles = [
        "Baker", "Welder", "Editor", "Driver", "Tailor", "Gardener", "Plumber", "Nurse",
    ];
    let card = |i: usize| {
        let tags: String = places
            .iter()
            .cycle()
            .skip(i)
            .take(3)
            .map(|p| format!("<p class='tag'>{p}</p>"))
            .collect();
        format!(
            "<li class='job'><p class='badge'>Featured</p><h4>{}</h4>\
             <div class='tags'><p class='tag'>Full-Time</p>{tags}</div></li>",
            titles.get(i).unwrap_or(&"Clerk")
        )
    };
    let cards: String = (0..8).map(card).collect();
    let html = format!("<body><main><ul>{cards}</ul></main></body>");
    let dropped = dropped_on_listing(&html, entry_badges, Reason::EntryBadge);
    // The badge goes; the hours and the places, tags that differ from job
    // to job in one row, stay.
    assert_eq!(dropped, vec!["Featured"; 8]);
}

#[test]
fn a_field_every_entry_fills_with_its_own_value_is_no_badge() {
    // Award cards: each says "Winner" or "Honoree" in the same slot and
    // its maker in another, and a few carry a "New" badge.
    let card = |kind: &str, title: &str, maker: &str, badge: bool| {
        let badge = if badge {
            "<span class='tag'><p>New</p></span>"
        } else {
            ""
        };
        format!(
            "<div class='card'>{badge}<p class='kind'>{kind}</p><h4>{title}</h4>\
             <p class='by'>{maker}</p></div>"
        )
    };
    let cards = [
        card("Winner", "Harbour Library", "Studio North", true),
        card("Honoree", "Hill School", "Atelier Ost", true),
        card("Honoree", "River Baths", "Studio North", true),
        card("Winner", "Tram Depot", "Atelier Ost", false),
        card("Honoree", "Dune House", "Studio North", false),
        card("Honoree", "Sky Hall", "Atelier Ost", false),
    ];
    let html = format!("<body><main>{}</main></body>", cards.concat());
    let dropped = dropped_on_listing(&html, entry_badges, Reason::EntryBadge);
    // The badge on a few cards goes; the kind and the maker, fields of
    // every card with values that differ, stay.
    assert_eq!(dropped, ["New", "New", "New"]);
}

#[test]
fn a_box_after_more_good_text_than_it_holds_is_no_strong_body() -> Result<(), String> {
    // A service page's sections, then an FAQ box that won: the box holds
    // over half the page's good text, but more of it comes before.
    let html = "<div><div><p>s</p><p>s</p><p>s</p></div><div><p>f</p><p>f</p></div></div>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let ps: Vec<NodeId> = (0..dom.len())
        .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == "p"))
        .collect();
    let Some(&faq) = ps.get(3).and_then(|&p| dom.parent(p)).as_ref() else {
        return Err("no box".into());
    };
    let widened_on = |section_chars: usize, page_type: PageType| {
        let mut blocks = Vec::new();
        for (i, &p) in ps.iter().enumerate() {
            let n = if i < 3 { section_chars } else { 700 };
            let mut b = Block::for_rules(Kind::Paragraph, &"x".repeat(n), 0);
            b.owner = p;
            blocks.push(b);
        }
        widen(&dom, &blocks, &[], vec![faq], faq, page_type, true, false).1
    };
    let widened = |section_chars: usize| widened_on(section_chars, PageType::Article);
    // 1,400 characters in the box against 3 × 400 before it: more than
    // half of the box's, so the region widens; 3 × 100 before it: the
    // box is the body.
    if !widened(400) || widened(100) {
        return Err(format!("{} {}", widened(400), widened(100)));
    }
    // 3 × 300 before it: the box holds 60 % of the good text, which
    // settles an article's region but not a service page's.
    if widened(300) || !widened_on(300, PageType::Service) {
        return Err(format!(
            "{} {}",
            widened(300),
            widened_on(300, PageType::Service)
        ));
    }
    Ok(())
}

/// A box of two long paragraphs (`long` characters each) beside a box of
/// short ones (`short` each), parsed from `html` whose `<p>`s are in that
/// order: the DOM, one block per `<p>`, and the first box.
fn two_boxes(html: &str, long: usize, short: usize) -> Result<(Dom, Vec<Block>, NodeId), String> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let ps: Vec<NodeId> = (0..dom.len())
        .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == "p"))
        .collect();
    let Some(&first) = ps.first().and_then(|&p| dom.parent(p)).as_ref() else {
        return Err("no box".into());
    };
    let mut blocks = Vec::new();
    for (i, &p) in ps.iter().enumerate() {
        let n = if i < 2 { long } else { short };
        let mut b = Block::for_rules(Kind::Paragraph, &"x".repeat(n), 0);
        b.owner = p;
        blocks.push(b);
    }
    Ok((dom, blocks, first))
}

#[test]
fn product_and_service_pages_regions_hold_more_of_their_boxes() -> Result<(), String> {
    // A box opening the page with two long sections (a product's
    // description), then three short ones: the box holds 65 % of the good
    // text, enough for an article's region, not for a product or service
    // page's (70 %); holding 80 % of it, it is their region too.
    let html = "<div><div><p>f</p><p>f</p></div><div><p>s</p><p>s</p><p>s</p></div></div>";
    for (long, short, page_type, wide) in [
        (650, 230, PageType::Article, false),
        (650, 230, PageType::Product, true),
        (650, 230, PageType::Service, true),
        (800, 130, PageType::Product, false),
        (800, 130, PageType::Service, false),
    ] {
        let (dom, blocks, first) = two_boxes(html, long, short)?;
        let widened = widen(
            &dom,
            &blocks,
            &[],
            vec![first],
            first,
            page_type,
            true,
            false,
        )
        .1;
        if widened != wide {
            return Err(format!(
                "{page_type:?} at {long}/{short}: widened {widened}"
            ));
        }
    }
    Ok(())
}

#[test]
fn an_undated_article_widens_to_its_other_sections() -> Result<(), String> {
    // Two long sections in a box, then six short ones beside it: the box
    // holds 1,400 characters, half the good text. A dated story's region
    // that strong is its body; an undated page typed article (a guide, a
    // landing page) is read as one of many sections, and a manual's page
    // stays one text.
    let html = "<div><div><p>f</p><p>f</p></div>\
                <div><p>s</p><p>s</p><p>s</p><p>s</p><p>s</p><p>s</p></div></div>";
    let (dom, blocks, first) = two_boxes(html, 700, 233)?;
    let widened = |page_type, dated| {
        widen(
            &dom,
            &blocks,
            &[],
            vec![first],
            first,
            page_type,
            dated,
            false,
        )
        .1
    };
    let got = [
        widened(PageType::Article, true),
        widened(PageType::Article, false),
        widened(PageType::Documentation, false),
    ];
    if got != [false, true, false] {
        return Err(format!("{got:?}"));
    }
    Ok(())
}

#[test]
fn a_page_of_cards_linked_whole_reads_as_entries() {
    let summary = "Renting a car could lead to your arrest, police say, after a mix-up \
                   over a stolen car that was never reported found.";
    let card = |linked: usize| Block::for_rules(Kind::Paragraph, summary, linked);
    let linked: Vec<Block> = (0..20).map(|_| card(summary.len())).collect();
    let mut with_text = linked.clone();
    with_text.extend((0..10).map(|_| card(0)));
    // Twenty summaries inside their links and nothing else: entries. The
    // same cards beside the page's own text, or two on a bare shell: not.
    assert!(all_text_linked(&linked, &[], false));
    assert!(!all_text_linked(&with_text, &[], false));
    assert!(!all_text_linked(
        linked.get(..2).unwrap_or_default(),
        &[],
        false
    ));
    // An intro past the cap beside many times its text in cards: a
    // river with a preface; beside only a few times it, not.
    let intro = |cards: usize| {
        let mut page: Vec<Block> = (0..8).map(|_| card(0)).collect();
        page.extend((0..cards).map(|_| card(summary.len())));
        all_text_linked(&page, &[], false)
    };
    assert!(intro(60));
    assert!(!intro(20));
}

#[test]
fn a_product_line_said_again_goes() {
    let line = "Interchangeable straps: reinvent your favourite watch for every day.";
    let blocks = [
        Block::for_rules(Kind::Heading(2), "Only the first of its kind", 0),
        Block::for_rules(Kind::Paragraph, line, 0),
        Block::for_rules(Kind::Heading(2), "Only the first of its kind", 0),
        Block::for_rules(Kind::Paragraph, line, 0),
        Block::for_rules(Kind::Paragraph, line, 0),
    ];
    // The third copy was dropped already; the second goes, the short
    // heading (a label items may share) stays.
    let mut v: Verdicts = vec![None, None, None, None, Some(Reason::Edge)];
    said_again(&blocks, &mut v);
    assert_eq!(
        v,
        [
            None,
            None,
            None,
            Some(Reason::SaidAgain),
            Some(Reason::Edge)
        ]
    );
}

#[test]
fn a_product_block_whose_lines_were_said_goes() {
    let line = "Our key actives are cold-pressed from seeds grown on the farm.";
    let other = "Massage two drops into clean skin, morning and night.";
    let labelled = format!("Extraction method\n{line}");
    let new = format!("Extraction method\n{other}");
    let both = format!("{line}\n{other}");
    let blocks = [
        Block::for_rules(Kind::Paragraph, line, 0),
        // A label over the text said above: goes.
        Block::for_rules(Kind::Paragraph, &labelled, 0),
        // A label over new text, and short lines alone: stay.
        Block::for_rules(Kind::Paragraph, &new, 0),
        Block::for_rules(Kind::Paragraph, "Extraction method", 0),
        // Two lines said in two blocks before: goes; a table row stays.
        Block::for_rules(Kind::ListItem, &both, 0),
        Block::for_rules(Kind::Row, line, 0),
        // A line of an earlier block said alone: goes.
        Block::for_rules(Kind::Paragraph, other, 0),
    ];
    let mut v: Verdicts = vec![None; blocks.len()];
    lines_said_again(&blocks, &mut v);
    let gone: Vec<usize> = (0..v.len())
        .filter(|&i| v.get(i) == Some(&Some(Reason::SaidAgain)))
        .collect();
    assert_eq!(gone, [1, 4, 6], "{v:?}");
}

#[test]
fn a_product_paragraph_of_bulleted_points_said_above_goes() {
    let one = "Long battery: up to six hours on a charge, fifty with the case.";
    let two = "Quick charging: a USB-C port fills the case in ninety minutes.";
    let run = format!("●{one} ●{two}");
    let new = format!("●{one} ●Light: each earbud weighs four grams and no more.");
    let blocks = [
        Block::for_rules(Kind::ListItem, one, 0),
        Block::for_rules(Kind::ListItem, two, 0),
        // A quick view's copy, its points run together: goes.
        Block::for_rules(Kind::Paragraph, &run, 0),
        // One point new: stays.
        Block::for_rules(Kind::Paragraph, &new, 0),
    ];
    let mut v: Verdicts = vec![None; blocks.len()];
    lines_said_again(&blocks, &mut v);
    let gone: Vec<usize> = (0..v.len())
        .filter(|&i| v.get(i) == Some(&Some(Reason::SaidAgain)))
        .collect();
    assert_eq!(gone, [2], "{v:?}");
}

#[test]
fn a_product_run_said_again_goes() {
    let p = |t: &str| Block::for_rules(Kind::Paragraph, t, 0);
    // A panel of short lines drawn twice (for wide and narrow screens);
    // spec cards that share two labels in a row, and code, stay.
    let blocks = [
        p("Colour"),
        p("Sand"),
        p("Fabric"),
        p("Linen"),
        p("Yes"),
        p("No"),
        p("Colour"),
        p("Sand"),
        p("Fabric"),
        p("Linen"),
        p("Yes"),
        p("No"),
        p("Weight"),
        Block::for_rules(Kind::Pre, "}", 0),
        Block::for_rules(Kind::Pre, "}", 0),
        Block::for_rules(Kind::Pre, "}", 0),
        p("Yes"),
        p("No"),
        p("Height"),
    ];
    let mut v: Verdicts = vec![None; blocks.len()];
    run_said_again(&blocks, &mut v);
    let gone: Vec<usize> = v
        .iter()
        .enumerate()
        .filter(|(_, r)| **r == Some(Reason::SaidAgain))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(gone, [6, 7, 8, 9, 10, 11]);
}

#[test]
fn a_short_product_line_said_again_goes_figures_and_field_names_stay() {
    let blocks = [
        Block::for_rules(Kind::Heading(3), "Interchangeable straps", 0),
        Block::for_rules(Kind::Paragraph, "4 mm", 0),
        Block::for_rules(Kind::Paragraph, "Ideal for:", 0),
        Block::for_rules(Kind::Paragraph, "Black", 0),
        Block::for_rules(Kind::Heading(3), "Interchangeable straps", 0),
        Block::for_rules(Kind::Paragraph, "4 mm", 0),
        Block::for_rules(Kind::Paragraph, "Ideal for:", 0),
        Block::for_rules(Kind::Paragraph, "Black", 0),
    ];
    let mut v: Verdicts = vec![None; blocks.len()];
    short_said_again(&blocks, &mut v);
    // The title said again goes; a figure, a field's name and one word
    // recur by chance on a spec sheet and stay.
    let dropped: Vec<usize> = (0..v.len())
        .filter(|&i| v.get(i) == Some(&Some(Reason::SaidAgain)))
        .collect();
    assert_eq!(dropped, [4], "{v:?}");
}

#[test]
fn a_line_said_twice_in_a_row_goes_once() {
    let blocks = [
        Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
        Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
        Block::for_rules(Kind::Paragraph, "Book now", 0),
        Block::for_rules(Kind::Paragraph, "5d ago 9 min read", 0),
        Block::for_rules(Kind::Pre, "}", 0),
        Block::for_rules(Kind::Pre, "}", 0),
        Block::for_rules(Kind::Paragraph, "Book now", 0),
        Block::for_rules(Kind::Paragraph, "Share", 0),
        Block::for_rules(Kind::Paragraph, "Book now", 0),
    ];
    // The second copy goes; the same line again after another stays, and
    // so does code; a dropped block in between is not read, so the
    // lines around it are in a row.
    let mut v: Verdicts = vec![None; blocks.len()];
    if let Some(share) = v.get_mut(7) {
        *share = Some(Reason::Edge);
    }
    said_twice_in_a_row(&blocks, &mut v);
    let gone: Vec<usize> = v
        .iter()
        .enumerate()
        .filter(|(_, r)| **r == Some(Reason::SaidAgain))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(gone, [1, 8]);
}

#[test]
fn a_product_page_with_rails_of_cards_is_no_river() {
    let title =
        "Faux leather jacket, black, regular fit, by a brand you may like, shown in a rail \
                 of other products";
    let card = Block::for_rules(Kind::Paragraph, title, title.len());
    // The product's own lines: short, unlinked (specifications).
    let spec = Block::for_rules(Kind::Paragraph, "Outer fabric: polyester", 0);
    let mut page: Vec<Block> = (0..30).map(|_| spec.clone()).collect();
    page.extend((0..20).map(|_| card.clone()));
    // Read by their length only, the short lines are nothing and the
    // cards a river; on a product page they are its own text.
    assert!(all_text_linked(&page, &[], false));
    assert!(!all_text_linked(&page, &[], true));
    // A shell of cards with a few short lines is a river all the same.
    let shell: Vec<Block> = (0..3)
        .map(|_| spec.clone())
        .chain((0..20).map(|_| card.clone()))
        .collect();
    assert!(all_text_linked(&shell, &[], true));
}

#[test]
fn a_linked_title_comes_back_with_its_entrys_kept_text() -> Result<(), String> {
    let html = "<article><header><h2><a href='/a'>Night trains return</a></h2></header>\
                <div><p>They run again from May.</p></div></article>\
                <div><div><h2><a href='/b'>Elsewhere</a></h2></div></div><p>Far away.</p>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let ids = |name: &str| -> Vec<NodeId> {
        (0..dom.len())
            .filter(|&i| dom.html_name(i).is_some_and(|n| &**n == name))
            .collect()
    };
    let (headings, paragraphs) = (ids("h2"), ids("p"));
    let mut blocks = Vec::new();
    for (&h, &p) in headings.iter().zip(&paragraphs) {
        let mut title = Block::for_rules(Kind::Heading(2), "Night trains return", 17);
        title.owner = h;
        let mut text = Block::for_rules(Kind::Paragraph, "They run again from May.", 0);
        text.owner = p;
        blocks.extend([title, text]);
    }
    let restored = |text_kept: bool| {
        let text = if text_kept {
            None
        } else {
            Some(Reason::OutsideRegion)
        };
        let mut v: Verdicts = vec![
            Some(Reason::LinkDense(1.0)),
            text,
            Some(Reason::LinkDense(1.0)),
            text,
        ];
        entry_titles(&dom, &blocks, &mut v);
        (
            v.first().cloned().flatten().is_none(),
            v.get(2).cloned().flatten().is_none(),
        )
    };
    // The teaser's title comes back with its summary; the heading two
    // levels away from the next text, and any title before dropped
    // text, stay out.
    if restored(true) != (true, false) || restored(false) != (false, false) {
        return Err(format!("{:?} {:?}", restored(true), restored(false)));
    }
    Ok(())
}

#[test]
fn credit_lines_go() {
    for (kind, text, dropped) in [
        (Kind::Paragraph, "Photo: Jane Doe/AFP", true),
        (Kind::Caption, "© Reuters", true),
        (Kind::Paragraph, "Foto: privat", true),
        (Kind::Paragraph, "The photo was taken in May.", false),
        (Kind::Heading(2), "Photo: Jane Doe/AFP", false),
    ] {
        let b = block(kind, text, 0);
        assert_eq!(credit_line(&b).is_some(), dropped, "{kind:?} {text:?}");
    }
}

/// `html` through the stages before select, read as a page of `page_type`.
struct Staged {
    dom: Dom,
    meta: crate::meta::Marks,
    page: crate::meta::PageMeta,
    blocks: Vec<Block>,
    scores: Scores,
}

fn staged(html: &str, page_type: PageType) -> Staged {
    let options = crate::Options::default();
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&options));
    let (meta, page) = crate::meta::read(&dom, None);
    let pruned = crate::prune::prune(&dom, &[], page_type, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let scores = crate::score::score(&dom, &pruned, &blocks, &meta.body_marks, options.max_depth);
    Staged {
        dom,
        meta,
        page,
        blocks,
        scores,
    }
}

/// The kept blocks' texts of `html` read as a page of `page_type`
/// (the stages from prune to select).
fn kept(html: &str, page_type: PageType) -> Vec<String> {
    let Staged {
        dom,
        meta,
        page,
        blocks,
        scores,
    } = staged(html, page_type);
    let verdicts = select(
        &dom,
        &blocks,
        &scores,
        &meta,
        Some(false),
        page_type,
        page.date.is_some(),
    );
    blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(b, _)| b.text.clone())
        .collect()
}

/// `html` with a declared publication date: a story, which the rule reading
/// an undated article of linked-titled entries as a listing leaves alone.
fn dated(html: &str) -> String {
    html.replacen(
        "<html>",
        "<html><head><meta property='article:published_time' \
         content='2026-03-02T10:00:00Z'></head>",
        1,
    )
}

#[test]
fn a_tiles_shop_control_goes_its_name_and_price_stay() {
    let grid: String = (0..6)
        .map(|i| {
            format!(
                "<li class='tile'><a href='/p/{i}'>Air Purifier {i}</a><p>$89.99</p>\
                 <a class='btn' href='/cart/add/{i}'>Add to Cart</a>\
                 <span>In den Warenkorb</span></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Air purifiers</h1><ul class='products'>{grid}</ul>\
         <h2>Add to cart</h2><p>Our purifiers filter the air of a whole room in an hour, \
         and their filters last a year.</p></main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(out.iter().any(|t| t == "Air Purifier 3"), "{out:?}");
    assert!(out.iter().any(|t| t == "$89.99"), "{out:?}");
    assert!(!out.iter().any(|t| t == "Add to Cart"), "{out:?}");
    assert!(!out.iter().any(|t| t == "In den Warenkorb"), "{out:?}");
    // A heading of the words is a section's title, not a control.
    assert!(out.iter().any(|t| t == "Add to cart"), "{out:?}");
    assert!(lang::is_shop_button("  Add to basket "));
    assert!(!lang::is_shop_button(
        "Add to cart to see the price of this item."
    ));
}

#[test]
fn a_tiles_stock_badge_goes_on_a_collection_only() {
    let badges = [
        "Sold out",
        "Only 3 left!",
        "New arrival",
        "Ausverkauft",
        "Bestseller",
        "Sold out",
    ];
    let grid: String = badges
        .iter()
        .enumerate()
        .map(|(i, badge)| {
            format!(
                "<li class='tile'><p class='badge'>{badge}</p>\
                 <h3><a href='/p/{i}'>Linen Shirt {i}</a></h3><p>$49.00</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Shirts</h1><ul class='products'>{grid}</ul>\
         <h2>New arrivals</h2><p>Our linen is woven in Portugal and washed soft, \
         so a shirt feels worn in from its first day.</p></main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(out.iter().any(|t| t == "Linen Shirt 3"), "{out:?}");
    assert!(out.iter().any(|t| t == "$49.00"), "{out:?}");
    for badge in badges {
        assert!(!out.iter().any(|t| t == badge), "{badge}: {out:?}");
    }
    // A heading of the words titles a section.
    assert!(out.iter().any(|t| t == "New arrivals"), "{out:?}");
    // On a product page the stock is the product's news.
    let out = kept(&html, PageType::Product);
    assert!(out.iter().any(|t| t == "Only 3 left!"), "{out:?}");
    assert!(lang::is_shop_badge(" Only 12 left "));
    assert!(lang::is_shop_badge("Top Rated"));
    assert!(lang::is_shop_badge("Top bewertet"));
    assert!(!lang::is_shop_badge(
        "Only 12 left in the warehouse near you"
    ));
}

#[test]
fn a_collection_tiles_field_labels_go_their_values_stay() {
    let labels = [
        "Rating:",
        "Regular price",
        "Sale price",
        "Prix normal",
        "Bewertung:",
        "Unit price",
    ];
    let grid: String = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            format!(
                "<li class='tile'><h3><a href='/p/{i}'>Cedar Planter {i}</a></h3>\
                 <div class='label'>{label}</div><div class='value'>$48.00</div></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Planters</h1><ul class='products'>{grid}</ul>\
         <h2>Price</h2><p>Every planter is oiled by hand before it leaves the \
         workshop, so it is ready to plant on the day it arrives.</p></main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(out.iter().any(|t| t == "Cedar Planter 3"), "{out:?}");
    assert!(out.iter().any(|t| t == "$48.00"), "{out:?}");
    for label in labels {
        assert!(!out.iter().any(|t| t == label), "{label}: {out:?}");
    }
    // A heading of the words titles a section.
    assert!(out.iter().any(|t| t == "Price"), "{out:?}");
    // Off collections the rule does not read.
    let out = kept(&html, PageType::Article);
    assert!(out.iter().any(|t| t == "Regular price"), "{out:?}");
    assert!(lang::is_tile_label(" Sale price "));
    assert!(lang::is_tile_label("Ursprünglicher Preis"));
    // A label with its value is the field itself.
    assert!(!lang::is_tile_label("Price: $20"));
    assert!(!lang::is_tile_label(
        "Regular price for members who join today"
    ));
}

#[test]
fn a_collections_sort_and_filter_controls_go_its_prose_stays() {
    let controls = [
        "Filters",
        "Clear all",
        "Sort by: Featured",
        "Showing 1\u{2013}6 of 48 results",
        "Sortieren nach: Preis",
        "Page 1 of 8",
    ];
    let tools: String = controls.iter().map(|c| format!("<p>{c}</p>")).collect();
    let grid: String = (0..6)
        .map(|i| {
            format!(
                "<li class='tile'><h3><a href='/p/{i}'>Ash Board {i}</a></h3>\
                 <p>$38.00</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Boards</h1><p>Boards cut from ash felled in the \
         valley. Sort by price or by wood to find the one for your kitchen.</p>\
         <div class='tools'>{tools}</div><ul class='products'>{grid}</ul>\
         <h2>Filter</h2><p>Every board is oiled by hand before it leaves the \
         workshop, so it is ready to use on the day it arrives.</p></main></body></html>"
    );
    for page_type in [PageType::Collection, PageType::Listing] {
        let out = kept(&html, page_type);
        assert!(out.iter().any(|t| t == "Ash Board 3"), "{out:?}");
        // A sentence that names sorting is the page's prose.
        assert!(out.iter().any(|t| t.starts_with("Boards cut")), "{out:?}");
        for c in controls {
            assert!(!out.iter().any(|t| t == c), "{c}: {out:?}");
        }
    }
    // Elsewhere the words are the page's own.
    let out = kept(&html, PageType::Article);
    assert!(out.iter().any(|t| t == "Sort by: Featured"), "{out:?}");
    assert!(lang::is_result_control("Trier par : Prix croissant"));
    assert!(lang::is_result_control("並び替え：おすすめ順"));
    assert!(lang::is_result_control("Showing 1-24 of 1,291 results"));
    // A bare count is the collection's size; a spec line names no control;
    // a long value after the label is a sentence.
    assert!(!lang::is_result_control("291 items"));
    assert!(!lang::is_result_control("Filter Type: Bottle, Press"));
    assert!(!lang::is_result_control(
        "Sort: what the reviewers liked most about this bottle"
    ));
}

#[test]
fn a_tiles_review_prompt_goes_on_shop_pages_a_count_stays() {
    let ratings = [
        "Be the first to review this product",
        "No reviews yet",
        "0 reviews",
        "(0 Bewertungen)",
        "Soyez le premier à donner votre avis",
        "6 reviews",
    ];
    let grid: String = ratings
        .iter()
        .enumerate()
        .map(|(i, rating)| {
            format!(
                "<li class='tile'><h3><a href='/p/{i}'>Oolong Tin {i}</a></h3>\
                 <p>$18.00</p><p class='rating'>{rating}</p></li>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Oolong</h1><ul class='products'>{grid}</ul>\
         <h2>No reviews yet</h2><p>Our oolongs are rolled and roasted by the families \
         that grow them, and we taste every lot before it ships.</p></main></body></html>"
    );
    for page_type in [PageType::Collection, PageType::Listing] {
        let out = kept(&html, page_type);
        assert!(out.iter().any(|t| t == "Oolong Tin 3"), "{out:?}");
        assert!(out.iter().any(|t| t == "$18.00"), "{out:?}");
        // A count above zero is the tile's news.
        assert!(out.iter().any(|t| t == "6 reviews"), "{out:?}");
        for rating in &ratings[..5] {
            // A heading of the words titles a section and stays, once.
            let heading = usize::from(*rating == "No reviews yet");
            let n = out.iter().filter(|t| t == rating).count();
            assert_eq!(n, heading, "{rating}: {out:?}");
        }
    }
    // Elsewhere (a dated story) the words are the page's own.
    let out = kept(&dated(&html), PageType::Article);
    assert!(out.iter().any(|t| t == "0 reviews"), "{out:?}");
    // Under a product its own prompt goes too.
    let product = "<html><body><main><h1>Milk Oolong</h1><p>$18.00</p>\
         <p>Be the first to review this product</p>\
         <p>A creamy oolong from the hills of Nantou, rolled tight and roasted \
         lightly so it steeps five times.</p></main></body></html>";
    let out = kept(product, PageType::Product);
    assert!(
        out.iter().any(|t| t.starts_with("A creamy oolong")),
        "{out:?}"
    );
    assert!(
        !out.iter().any(|t| t.starts_with("Be the first")),
        "{out:?}"
    );
    assert!(lang::is_review_prompt("  Noch keine Bewertungen "));
    assert!(lang::is_review_prompt("0 Reviews"));
    assert!(!lang::is_review_prompt("10 reviews"));
    assert!(!lang::is_review_prompt("0.5 reviews"));
    assert!(!lang::is_review_prompt(
        "No reviews yet, but our tasters gave it top marks"
    ));
}

#[test]
fn a_shops_sales_terms_beside_a_product_go_on_product_pages_only() {
    let html = "<html><body><main><h1>Walnut Desk Tidy</h1>\
         <p class='price'>$45.00</p>\
         <p>A desk tidy turned from one block of walnut, with a slot for a phone \
         and three wells for pens, clips and the keys you always lose.</p>\
         <p>or 4 payments of</p>\
         <p>Members get free shipping on orders over $49</p>\
         <p>Earn up to 90 points per item</p>\
         <p>Oiled by hand; wipe it with a dry cloth and oil it again once a year.</p>\
         <p>Free shipping on every order we send, in a box with no plastic in it.</p>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("A desk tidy")), "{out:?}");
    // The price alone goes too, as a bare price (`bare_prices`).
    assert!(!out.iter().any(|t| t == "$45.00"), "{out:?}");
    for terms in [
        "or 4 payments of",
        "Members get free shipping on orders over $49",
        "Earn up to 90 points per item",
    ] {
        assert!(!out.iter().any(|t| t == terms), "{terms}: {out:?}");
    }
    // Free shipping without a threshold is a claim about the product's
    // delivery, not a widget's line: it stays.
    assert!(
        out.iter().any(|t| t.starts_with("Free shipping on every")),
        "{out:?}"
    );
    // Off a product page such lines are left to the other rules.
    let out = kept(html, PageType::Service);
    assert!(out.iter().any(|t| t == "or 4 payments of"), "{out:?}");
    // A plan that states its amount is the price's own line; the words
    // must end the line.
    assert!(lang::is_shop_terms("4 interest-free installments with"));
    assert!(lang::is_shop_terms("Checking payment options..."));
    assert!(lang::is_shop_terms("Livraison gratuite dès 60 € d'achat"));
    assert!(!lang::is_shop_terms("$195.00 or 4 payments of $48.75"));
    assert!(!lang::is_shop_terms("Free delivery and free returns"));
    assert!(!lang::is_shop_terms(
        "We ship free on orders over $49 to every state, and our team packs each one by hand."
    ));
}

#[test]
fn a_threshold_before_free_shipping_and_a_live_shopper_count_are_the_shops_terms() {
    let html = "<html><body><main><h1>Linen Wrap Dress</h1>\
         <p class='price'>$128.00</p>\
         <p>$150+ Free Shipping | $100+ Half Shipping</p>\
         <p>A wrap dress cut from washed linen, with a tie at the waist, deep pockets \
         and sleeves that stop just above the elbow, sewn to order in our studio.</p>\
         <p>12 people are viewing this right now</p>\
         <p>Free shipping on every dress</p>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("A wrap dress")), "{out:?}");
    assert!(!out.iter().any(|t| t.starts_with("$150+")), "{out:?}");
    assert!(!out.iter().any(|t| t.starts_with("12 people")), "{out:?}");
    // Free shipping with no amount set before or after it stays.
    assert!(
        out.iter().any(|t| t == "Free shipping on every dress"),
        "{out:?}"
    );
    assert!(lang::is_shop_terms("Livraison gratuite 60 €+"));
    assert!(lang::is_shop_terms("5 personas están viendo este producto"));
    assert!(!lang::is_shop_terms("Free shipping, $150 value"));
    assert!(!lang::is_shop_terms("$150+ in savings"));
}

#[test]
fn a_short_box_of_broken_lines_holding_the_shops_terms_goes_on_product_pages() {
    let body = "<h1>Joey Cup</h1><p class='price'>$29.95</p>\
         <p>A reusable cup blown from borosilicate glass, with a silicone sleeve that \
         keeps the heat off your fingers and a lid that snaps shut in a bag.</p>";
    let note = "<p><b>Domestic Shipping:</b><br>Standard $9, Express $15<br>\
         Free shipping on all orders over $100<br>All orders dispatched within a day.</p>";
    let html = format!("<html><body><main>{body}{note}</main></body></html>");
    let out = kept(&html, PageType::Product);
    assert!(
        out.iter().any(|t| t.starts_with("A reusable cup")),
        "{out:?}"
    );
    assert!(!out.iter().any(|t| t.contains("Express $15")), "{out:?}");
    // Off a product page the box is left to the other rules.
    let out = kept(&html, PageType::Service);
    assert!(out.iter().any(|t| t.contains("Express $15")), "{out:?}");
    // A long text of broken lines is the product's own, terms or not.
    let verse: String = (0..8)
        .map(|i| format!("Line {i} of a poem printed on the cup, said slowly.<br>"))
        .collect();
    let long = format!(
        "<html><body><main>{body}<p>{verse}Free shipping on all orders over $100</p></main></body></html>"
    );
    let out = kept(&long, PageType::Product);
    assert!(
        out.iter().any(|t| t.contains("Line 3 of a poem")),
        "{out:?}"
    );
}

#[test]
fn a_scripts_loading_placeholder_goes() {
    let html = "<html><body><main><h1>Index funds, explained</h1>\
         <p>An index fund buys every stock of an index, so its return is the \
         market's, less a small fee, and nobody has to pick the winners.</p>\
         <p>Loading paragraph...</p>\
         <p>Fees matter more than anything else over thirty years of saving.</p>\
         <h2>Questions &amp; Answers</h2><p>Loading Questions…</p>\
         <p>Loading time matters less than cost...</p>\
         </main></body></html>";
    let out = kept(html, PageType::Article);
    assert!(
        out.iter().any(|t| t.starts_with("An index fund")),
        "{out:?}"
    );
    assert!(!out.iter().any(|t| t == "Loading paragraph..."), "{out:?}");
    assert!(!out.iter().any(|t| t == "Loading Questions…"), "{out:?}");
    // More than two words after the loading word is a sentence.
    assert!(
        out.iter()
            .any(|t| t == "Loading time matters less than cost..."),
        "{out:?}"
    );
    assert!(lang::is_loading_placeholder("Chargement…"));
    assert!(lang::is_loading_placeholder("Wird geladen..."));
    assert!(!lang::is_loading_placeholder("Loading paragraph"));
    assert!(!lang::is_loading_placeholder("Loadings..."));
}

#[test]
fn a_shops_rail_of_other_products_goes_on_shop_pages_only() {
    let html = "<html><body><main><h1>Kettle</h1>\
         <p>A gooseneck kettle that holds a litre and keeps its water hot for an hour, \
         with a thermometer in the lid so the pour starts at the right heat.</p>\
         <p>The body is steel, the handle oak, and the base turns all the way round.</p>\
         <h2>Pairs well with</h2><p>Pour-over stand in oak with a steel drip tray</p>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("A gooseneck")), "{out:?}");
    assert!(!out.iter().any(|t| t == "Pairs well with"), "{out:?}");
    assert!(!out.iter().any(|t| t.starts_with("Pour-over")), "{out:?}");
    // Off a shop, the heading may title the page's own text.
    let out = kept(html, PageType::Documentation);
    assert!(out.iter().any(|t| t == "Pairs well with"), "{out:?}");
    // Atop a collection, before anything kept, it titles the grid: the
    // heading goes, the entries stay.
    let grid: String = (0..6)
        .map(|i| {
            format!(
                "<li class='tile'><a href='/p/{i}'>Ergonomic mouse model {i}</a>\
                 <p>Black</p><p>$49.99</p></li>"
            )
        })
        .collect();
    let guide = "<p>Our mice keep the wrist upright, and each one is tested by people \
                 who work at a desk all day.</p>"
        .repeat(8);
    let html = format!(
        "<html><body><main><h2>Related products</h2><div class='products'><ul>{grid}</ul></div>\
         <div class='seo'><div class='text'>{guide}</div></div></main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(!out.iter().any(|t| t == "Related products"), "{out:?}");
    assert!(out.iter().any(|t| t == "$49.99"), "{out:?}");
    assert!(out.iter().any(|t| t.starts_with("Our mice")), "{out:?}");
}

#[test]
fn the_reviews_under_a_product_go_on_product_pages_only() {
    let html = "<html><body><main><h1>Kettle</h1>\
         <p>A gooseneck kettle that holds a litre and keeps its water hot for an hour, \
         with a thermometer in the lid so the pour starts at the right heat.</p>\
         <p>The body is steel, the handle oak, and the base turns all the way round.</p>\
         <h2>Testimonials</h2>\
         <p>I bought this kettle for my pour-over coffee and it has been perfect every \
         morning since, the handle never gets hot and the spout pours slowly.</p>\
         <p>Jane from Leeds</p>\
         <div class='box'><strong>What our customers say</strong>\
         <div>Fast delivery and a friendly shop, we will certainly buy here again.</div></div>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("A gooseneck")), "{out:?}");
    assert!(!out.iter().any(|t| t == "Testimonials"), "{out:?}");
    assert!(!out.iter().any(|t| t.starts_with("I bought")), "{out:?}");
    assert!(
        !out.iter().any(|t| t.starts_with("Fast delivery")),
        "{out:?}"
    );
    // On a service page the clients' words are its pitch.
    let out = kept(html, PageType::Service);
    assert!(out.iter().any(|t| t.starts_with("I bought")), "{out:?}");
    // A tab's linked label opens nothing: its panel may be the description.
    let html = "<html><body><main><h1>Kettle</h1>\
         <ul class='tabs'><li><a href='#d'>Description</a></li>\
         <li><a href='#r'>Reviews</a></li></ul>\
         <p>A gooseneck kettle that holds a litre and keeps its water hot for an hour, \
         with a thermometer in the lid so the pour starts at the right heat.</p>\
         <p>The body is steel, the handle oak, and the base turns all the way round.</p>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("The body")), "{out:?}");
    assert!(lang::is_product_reviews_heading("Kundenbewertungen"));
    assert!(!lang::is_product_reviews_heading(
        "Reviews of the best kettles"
    ));
}

#[test]
fn a_product_pages_tiles_each_with_a_buy_button_are_other_products() {
    let page = |tiles: usize| {
        let rail: String = (0..tiles)
            .map(|i| {
                format!(
                    "<div class='addon'><h3>Wall mount {i}</h3><p>Fix the feeder to a wall \
                     or a fence post in a minute, with the screws in the box.</p>\
                     <a class='btn' href='/p/{i}'>Buy now</a></div>"
                )
            })
            .collect();
        format!(
            "<html><body><main><h1>Bird feeder</h1>\
             <p>A feeder with a camera that names each bird that visits it and sends \
             you its picture, powered by a battery that lasts a month.</p>\
             <p>The roof lifts off for cleaning and the seed tray holds a litre.</p>\
             <div class='buy'><p>$199</p><a class='btn' href='/cart'>Add to cart</a></div>\
             <div class='addons'>{rail}</div></main></body></html>"
        )
    };
    let out = kept(&page(4), PageType::Product);
    assert!(out.iter().any(|t| t.starts_with("A feeder")), "{out:?}");
    assert!(!out.iter().any(|t| t == "Wall mount 2"), "{out:?}");
    assert!(
        !out.iter().any(|t| t.starts_with("Fix the feeder")),
        "{out:?}"
    );
    // Two tiles are a pair of offers (a bundle beside the product), and
    // off a product page the tiles are entries.
    let out = kept(&page(2), PageType::Product);
    assert!(out.iter().any(|t| t == "Wall mount 1"), "{out:?}");
    let out = kept(&page(4), PageType::Collection);
    assert!(out.iter().any(|t| t == "Wall mount 2"), "{out:?}");
}

#[test]
fn rails_of_other_products_are_found_each_in_its_place() {
    let rail = |name: &str| -> String {
        (0..3)
            .map(|i| {
                format!(
                    "<div class='tile'><h3>{name} {i}</h3><p>Another kettle of steel, with a \
                     filter you can wash.</p><a class='btn' href='/p/{i}'>Buy now</a></div>"
                )
            })
            .collect()
    };
    let body = "<p>A kettle of brushed steel that boils a litre in three minutes and keeps \
                the water warm for an hour.</p>";
    // Two rails around the description's second paragraph, the second one
    // inside an outer rail of its own; a tile set holding the <h1> is the
    // product's own buy box.
    let html = format!(
        "<html><body><main><div class='own'><div class='t'><h1>Kettle</h1>\
         <a href='/cart'>Buy now</a></div><div class='t'><p>Steel or copper, both made in \
         our workshop.</p><a href='/cart'>Buy now</a></div><div class='t'><p>Gift wrapped \
         on request, at no cost.</p><a href='/cart'>Buy now</a></div></div>\
         {body}<div class='rail'>{}</div>\
         <p>The lid opens with one hand and locks shut when you pour.</p>\
         <div class='outer'><div class='rail'>{}</div></div></main></body></html>",
        rail("Left"),
        rail("Right")
    );
    let out = kept(&html, PageType::Product);
    for want in [
        "Steel or copper, both made in our workshop.",
        "Gift wrapped on request, at no cost.",
    ] {
        assert!(out.iter().any(|t| t == want), "{want}: {out:?}");
    }
    assert!(out.iter().any(|t| t.starts_with("A kettle")), "{out:?}");
    assert!(out.iter().any(|t| t.starts_with("The lid")), "{out:?}");
    assert!(
        !out.iter()
            .any(|t| t.starts_with("Left") || t.starts_with("Right")),
        "{out:?}"
    );
}

#[test]
fn a_collections_grid_of_priced_tiles_joins_its_region() {
    let page = |tiles: usize, price: &str| {
        let grid: String = (0..tiles)
            .map(|i| {
                format!(
                    "<li class='tile'><a href='/p/{i}'>Shirt {i}</a><p>Black</p><p>{price}</p></li>"
                )
            })
            .collect();
        let guide = "<p>Our shirts are cut from cotton grown without pesticides, \
                     and each one is sewn in a workshop we visit every year.</p>"
            .repeat(8);
        format!(
            "<html><body><main><div class='products'><ul>{grid}</ul></div>\
             <div class='seo'><div class='text'>{guide}</div></div></main></body></html>"
        )
    };
    // The buying guide below wins the region; the grid of products
    // above it, each tile with a price, is the collection's entries.
    let out = kept(&page(6, "$36"), PageType::Collection);
    assert!(out.iter().any(|t| t == "$36"), "{out:?}");
    assert!(out.iter().any(|t| t == "Black"), "{out:?}");
    // Three tiles are a featured box, tiles without a price are no
    // products, and off a listing the grid stays out.
    for (html, page_type) in [
        (page(3, "$36"), PageType::Collection),
        (page(6, "New"), PageType::Collection),
        (page(6, "$36"), PageType::Article),
    ] {
        let out = kept(&html, page_type);
        assert!(!out.iter().any(|t| t == "Black"), "{page_type:?} {out:?}");
    }
}

#[test]
fn a_tiles_linked_price_deep_in_its_tile_is_its_field() {
    // Each tile nests its price, a link to the offers, eight boxes deep;
    // the text below outweighs the tiles, so they make no group of
    // entries: the price lines alone say the grid.
    let tiles: String = (0..6)
        .map(|i| {
            format!(
                "<li class='tile'><span><div><div><div><div>\
                 <h3>The Long Way Home, volume {i} of the series</h3>\
                 <div class='row'><div class='row'><div><a href='/p/{i}/offers'>\
                 <span>{} offers from <span>${}.99</span></span></a></div></div></div>\
                 </div></div></div></div></span></li>",
                i + 2,
                i + 12
            )
        })
        .collect();
    let legal: String = (0..12)
        .map(|i| {
            format!(
                "<p>Condition {i} of use applies to every order placed on this site, \
                 and prices may change before checkout without notice.</p>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Best Sellers in Books</h1><ol class='grid'>{tiles}</ol>\
         {legal}</main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(out.iter().any(|t| t == "4 offers from $14.99"), "{out:?}");
}

#[test]
fn a_priced_tiles_linked_rating_line_is_its_field() {
    // Each tile of a best-seller grid: a long linked name (a teaser's
    // title, whose short lines are judged as any line), a rating line
    // linked to the reviews, and a price.
    let tiles: String = (0..6)
        .map(|i| {
            format!(
                "<li class='tile'><div><a href='/p/{i}'>Kettle {i} with a stainless \
                 steel body, a keep-warm setting and a filter that lifts out for \
                 cleaning</a><div class='row'><a href='/p/{i}/reviews'>4.{i} out of 5 \
                 stars 1,20{i}</a></div><div class='row'><a href='/p/{i}/sellers'>\
                 Other sellers</a></div><p>${}.99</p></div></li>",
                i + 20
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Best Sellers in Kitchen</h1><ol class='grid'>{tiles}</ol>\
         </main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    assert!(
        out.iter().any(|t| t == "4.3 out of 5 stars 1,203"),
        "{out:?}"
    );
    // Another linked line of the tile is still a link.
    assert!(!out.iter().any(|t| t == "Other sellers"), "{out:?}");
    // Tiles whose prices the page writes otherwise ("EUR 20.99") are a
    // grid by their ratings alone.
    let unpriced = html.replace("<p>$", "<p>EUR ");
    let out = kept(&unpriced, PageType::Collection);
    assert!(
        out.iter().any(|t| t == "4.3 out of 5 stars 1,203"),
        "{out:?}"
    );
}

#[test]
fn a_grid_of_priced_tiles_without_links_is_no_edge() {
    // Names and prices only, each tile opened by a script: no linked
    // entries, and every line is short.
    let grid: String = [
        "Hand Cream",
        "Body Spritz",
        "Balm Dotcom",
        "Candles",
        "Wardrobe",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| {
        format!(
            "<div class='tile'><div>{n}</div><div><div>€{}</div></div></div>",
            10 + i
        )
    })
    .collect();
    let html = format!(
        "<html><body><div>Save $26 with the Limited Edition Holiday Set</div>\
         <div class='grid'>{grid}</div></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    assert!(out.iter().any(|t| t == "Hand Cream"), "{out:?}");
    assert!(out.iter().any(|t| t == "€14"), "{out:?}");
}

#[test]
fn a_listings_teaser_drawn_twice_is_kept_once() {
    let note = "We built a pocket weather station that logs wind and rain \
                every minute and sends a digest to your phone each evening.";
    let entry = |i: usize, text: &str| {
        format!(
            "<div class='entry'><h2><a href='/p/{i}'>Entry number {i} of the day</a></h2>\
             <p>{text}</p></div>"
        )
    };
    let entries: String = (0..4)
        .map(|i| {
            entry(
                i,
                &format!("A short summary of entry {i}, written for this list alone."),
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Launches</h1>{}{entries}<div class='wide'><p>{note}</p></div>\
         </main></body></html>",
        entry(9, note)
    );
    // The maker's note drawn again (for another screen) is kept once.
    let out = kept(&html, PageType::Listing);
    assert_eq!(out.iter().filter(|t| *t == note).count(), 1, "{out:?}");
    assert!(out.iter().any(|t| t.contains("entry 3")), "{out:?}");
    // On an article (a dated story) a line may be said twice (a pull quote).
    let out = kept(&dated(&html), PageType::Article);
    assert_eq!(out.iter().filter(|t| *t == note).count(), 2, "{out:?}");
}

#[test]
fn an_article_page_that_is_a_river_of_entries_keeps_their_titles() {
    let entry = |i: usize| {
        format!(
            "<div class='item'><h3><a href='/n/{i}'>Release notes for version {i} of the toolkit</a></h3>\
             <p><a href='/t/r'>releases</a> <a href='/t/t'>tooling</a></p></div>"
        )
    };
    let entries: String = (0..6).map(entry).collect();
    let html = format!(
        "<html><body><main><h1>News</h1><p>Every change to the toolkit, newest first, with \
         notes for those upgrading.</p><div class='list'>{entries}</div></main></body></html>"
    );
    let out = kept(&html, PageType::Article);
    for i in [0, 5] {
        let want = format!("Release notes for version {i} of the toolkit");
        assert!(out.contains(&want), "{want} {out:?}");
    }
    // A story's paragraphs that are one link each are no entries: a
    // link alone on its line stays out.
    let para = |i: usize| {
        format!(
            "<p>The committee met on day {i} and agreed the plan after a long debate \
             about costs, as <a href='/s/{i}'>the minutes</a> show.</p>"
        )
    };
    let story: String = (0..6).map(para).collect();
    let html = format!(
        "<html><body><main><h1>Story</h1><div>{story}<p><a href='/v'>Watch the full \
         video review of the meeting</a></p></div></main></body></html>"
    );
    let out = kept(&html, PageType::Article);
    assert!(!out.iter().any(|t| t.starts_with("Watch")), "{out:?}");
}

#[test]
fn a_listings_repeated_entries_are_kept_whole() {
    let cards: String = (0..8)
        .map(|i| {
            format!(
                "<div class='card'><figure><img src='/s/{i}.jpg'><figcaption>\
                 <a href='/p/{i}'>Trail Runner Shoe {i}</a></figcaption></figure>\
                 <p>${i}20</p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/m'>Men</a></li>\
         <li><a href='/w'>Women</a></li></ul></nav><main><h1>Running shoes</h1>\
         <p>Shoes for road and trail, cushioned for the long runs and light for \
         race day, in every size we make.</p><div class='grid'>{cards}</div></main></body></html>"
    );
    // A card's linked name (a caption, short and all link) and its
    // price line at the page's end are the entry's, kept.
    let out = kept(&html, PageType::Collection);
    for want in ["Trail Runner Shoe 0", "Trail Runner Shoe 7", "$020", "$720"] {
        assert!(out.iter().any(|t| t == want), "{want} {out:?}");
    }
    // Off a listing they are captions that are no sentence and links.
    let out = kept(&html, PageType::Article);
    assert!(!out.iter().any(|t| t == "Trail Runner Shoe 0"), "{out:?}");
}

#[test]
fn a_listings_buttons_go_its_makers_and_pickers_stay() {
    // Each card: its maker (one address for all), its linked name, its
    // price, a "Shop now" button to its own page, and on some a picker of
    // colours, each a link to its variant.
    let cards: String = (0..8)
        .map(|i| {
            let picker = if i % 2 == 0 {
                format!(
                    "<div class='swatches'><p><a href='/p/{i}?c=red'>Red</a></p><p>\
                     <a href='/p/{i}?c=teal'>Teal</a></p><p><a href='/p/{i}?c=sand'>Sand</a>\
                     </p></div>"
                )
            } else {
                format!("<div class='swatches'><p><a href='/p/{i}?c=red'>Red</a></p></div>")
            };
            format!(
                "<div class='card'><p><a href='/maker/acme'>ACME</a></p>\
                 <h3><a href='/p/{i}'>Trail Runner Shoe {i}</a></h3><p>${i}20</p>{picker}\
                 <p><a href='/p/{i}'>Shop now</a></p></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><main><h1>Running shoes</h1><p>Shoes for road and trail, cushioned \
         for the long runs and light for race day, in every size we make.</p>\
         <div class='grid'>{cards}</div></main></body></html>"
    );
    let out = kept(&html, PageType::Collection);
    for want in ["Trail Runner Shoe 0", "$720", "ACME", "Red", "Teal"] {
        assert!(out.iter().any(|t| t == want), "{want} {out:?}");
    }
    // The button, said alike in every card and linking each to its own
    // page, is no field of theirs.
    assert!(!out.iter().any(|t| t == "Shop now"), "{out:?}");
}

#[test]
fn entries_are_alike_linked_siblings_holding_most_text() {
    let dom = |html: &str| {
        crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()))
    };
    let group = |html: &str| {
        let d = dom(html);
        let pruned = crate::prune::prune(&d, &[], PageType::Listing, false, true);
        let blocks = crate::segment::segment(&d, &pruned, None);
        entry_group(&d, &blocks, false).map(|g| (g.class.to_owned(), g.chars, g.total))
    };
    let card = "<li class='card'><a href='/a'>Tides explained for beginners</a></li>";
    let got = group(&format!("<main><ul>{}</ul></main>", card.repeat(4)));
    assert_eq!(got, Some(("card".to_owned(), 4 * 26, 4 * 26)));
    // Two like siblings are a pair of columns; one-word menu items and
    // prose without links are no entries.
    let pair = "<div class='col'><a href='/a'>A column with a linked title</a></div>";
    let menu = "<ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li>\
                <li><a href='/c'>Contact</a></li></ul>";
    let prose = "<p>The council met on Tuesday to debate the budget for the year.</p>";
    let html = format!("<main>{}{menu}{}</main>", pair.repeat(2), prose.repeat(4));
    assert_eq!(group(&html), None);
}

#[test]
fn entries_marked_each_with_their_own_id_are_one_group_and_join_the_region() {
    // A category's intro (the region), then its posts, each marked with its
    // id and terms as publishing systems do: the posts' linked titles are
    // its entries, and their container joins the region.
    let intro = "<div class='intro'><p>Here is a long list of every post for beginners \
                 on this site, from the first steps to the habits that last, in the order \
                 to read them.</p><p>No one \
                 gets everything right at once; we are all doing the best we can, and the \
                 posts below start where most of us started.</p><p>Read the first post \
                 before any other: it says what the whole idea is, and why it matters for \
                 a household of any size.</p><p>Then come the tips that save the most for \
                 the least effort, and after them the guides to the kitchen, the bathroom \
                 and travel.</p>\
                 </div>";
    let terms = [
        "category-home",
        "category-tips category-kitchen",
        "category-travel",
    ];
    let posts: String = (0..8)
        .map(|i| {
            format!(
                "<article class='Excerpt Center post-{i} post type-post status-publish \
                 hentry {}'><header><h2><a href='/p{i}'>A guide to living with less \
                 waste, part {i}</a></h2></header></article>",
                terms.get(i % 3).copied().unwrap_or("")
            )
        })
        .collect();
    let html = format!(
        "<html><body><div class='page'><h1>For beginners</h1>{intro}\
         <div class='grid'>{posts}</div></div></body></html>"
    );
    // The whole pipeline: the page is typed a listing, its title kept
    // out of the region as a page's `<h1>` is.
    let article = crate::extract(&html).map_err(|e| e.to_string());
    let article = article.as_ref().map(|a| (a.page_type(), a.text()));
    assert!(
        matches!(article, Ok((PageType::Listing, text)) if text.contains("less waste, part 3")),
        "{article:?}"
    );
    // Boxes each of its own kind beside the intro are no such group.
    let boxes: String = [
        ("login", "Log in"),
        ("register", "Register"),
        ("help", "Help"),
    ]
    .iter()
    .enumerate()
    .map(|(i, (k, h))| {
        format!(
            "<div class='tile t{i} tile_{k}'><h4>{h}</h4><p><a href='/{k}'>Click here \
                 to {k} today</a></p></div>"
        )
    })
    .collect();
    let html = format!(
        "<html><body><div class='page'><h1>Gadgets</h1>{intro}\
         <div class='more'>{boxes}</div></div></body></html>"
    );
    let text = crate::extract(&html).map(|a| a.text().to_owned());
    assert!(
        text.as_ref().is_ok_and(|t| !t.contains("Click here")),
        "{text:?}"
    );
    // Read loosely ("tile t0 tile_login" beside "tile t1 tile_register")
    // they are one group, each headed, but they share too few of their
    // class names to be entries of one kind.
    let d = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&d, &[], PageType::Listing, false, true);
    let blocks = crate::segment::segment(&d, &pruned, None);
    let loose = entry_group(&d, &blocks, true);
    assert_eq!(loose.as_ref().map(|g| g.class), Some("tile"));
    assert!(!loose.is_some_and(|g| entries_headed(&d, &blocks, &g)));
}

#[test]
fn a_related_heading_atop_a_listing_heads_its_entries() {
    let story = |i: usize| {
        format!(
            "<article><h3><a href='/s/{i}'>Headphones gain new colour options {i}</a></h3>\
             <p>The maker now sells its headphones in three new colours at the same price.</p>\
             </article>"
        )
    };
    let stories: String = (0..6).map(story).collect();
    let html = format!(
        "<html><body><main><div class='river'><h2>Latest News</h2>{stories}</div></main></body></html>"
    );
    let summary = "The maker now sells its headphones in three new colours at the same price.";
    // A topic page's "Latest News" is its river of stories; beside one
    // text the same heading opens a box of other stories.
    let out = kept(&html, PageType::Listing);
    assert!(out.iter().any(|t| t == summary), "{out:?}");
    let out = kept(&dated(&html), PageType::Article);
    assert!(!out.iter().any(|t| t == summary), "{out:?}");
}

#[test]
fn a_sort_buttons_choice_opens_no_related_section() {
    let entry = |i: usize| {
        format!(
            "<li class='home'><p>{i} Pine Road, Sparks</p><p>$40{i},000</p>\
             <p>A bright single-storey home number {i} on a quiet street close to the park.</p></li>"
        )
    };
    let entries: String = (0..6).map(entry).collect();
    let page = |sort: &str| {
        format!(
            "<html><body><main><div class='bar'><span>Sort: </span><div class='flyout'>{sort}</div></div>\
             <ul class='homes'>{entries}</ul></main></body></html>"
        )
    };
    let summary = "A bright single-storey home number 4 on a quiet street close to the park.";
    // The sort control shows its choice, "Recommended": an option, not a
    // heading of recommended links.
    let out = kept(
        &page("<a class='sort' role='button'><span>Recommended</span></a>"),
        PageType::Collection,
    );
    assert!(out.iter().any(|t| t == summary), "{out:?}");
    let out = kept(&page("<button>Recommended</button>"), PageType::Collection);
    assert!(out.iter().any(|t| t == summary), "{out:?}");
}

#[test]
fn a_manuals_see_also_is_its_text() {
    let prose = "<p>The command records the staged changes in a new commit whose \
                 parent is the tip of the current branch.</p>"
        .repeat(6);
    let html = format!(
        "<html><body><main><div class='doc'><h1>commit</h1>{prose}\
         <h2>See also</h2><p>The staging commands describe how changes reach the index before a commit.</p>\
         </div></main></body></html>"
    );
    let cross_ref = "The staging commands describe how changes reach the index before a commit.";
    // In a manual the cross-references are its own text; after a story
    // the same heading opens a box of other stories.
    let out = kept(&html, PageType::Documentation);
    assert!(out.iter().any(|t| t == "See also"), "{out:?}");
    assert!(out.iter().any(|t| t == cross_ref), "{out:?}");
    let out = kept(&html, PageType::Article);
    assert!(!out.iter().any(|t| t == cross_ref), "{out:?}");
}

#[test]
fn a_manuals_sections_are_one_text() {
    let page = |third: &str| {
        let options: String = (0..8)
            .map(|i| {
                format!(
                    "<dt>--option-{i}</dt><dd><p>Changes how the command treats the \
                     files it was given before the index is written.</p></dd>"
                )
            })
            .collect();
        format!(
            "<html><body><div id='main'>\
             <div class='sect1'><span id='a'></span><h2>DESCRIPTION</h2><div class='body'>\
             <p>Records the staged changes in a new commit whose parent is the tip of \
             the current branch.</p></div></div>\
             <div class='sect1'><h2>OPTIONS</h2><div class='body'><dl>{options}</dl></div></div>\
             {third}</div></body></html>"
        )
    };
    let sections = |html: &str| {
        let Staged { dom, scores, .. } = staged(html, PageType::Documentation);
        (1..dom.len())
            .filter(|&id| class_of(&dom, id) == Some("sect1"))
            .map(|id| among_sections(&dom, &scores, id))
            .collect::<Vec<_>>()
    };
    // Each section, an empty anchor before its heading or not, has a
    // sibling section of prose: the text goes on there.
    assert_eq!(sections(&page("")), [true, true]);
    // A box styled like a section but made of links is no more of it:
    // the section beside it alone stays alone.
    let links = "<html><body><div class='sect1'><h2>OPTIONS</h2><p>Changes how the \
                 command treats the files it was given before the index is written, \
                 and which of them it reads again.</p>\
                 </div><div class='sect1'><h2>More commands</h2><ul><li><a href='/a'>add \
                 files to the index</a></li><li><a href='/b'>show the working tree \
                 status</a></li></ul></div></body></html>";
    assert_eq!(sections(links), [false, true]);
    let alone = "<html><body><div class='sect1'><h2>OPTIONS</h2><p>Changes how the \
                 command treats the files it was given.</p></div>\
                 <div class='sect1'><p>Changes how the command treats the files it was \
                 given before the index is written.</p></div></body></html>";
    // A sibling that opens with no heading is no section.
    assert_eq!(sections(alone), [false, false]);
}

#[test]
fn a_listings_intro_under_its_title_is_kept() {
    let tiles: String = (0..12)
        .map(|i| format!("<li><a href='/p/{i}'>Bread maker {i}</a><span>$99</span></li>"))
        .collect();
    let guide = "<p>A bread maker kneads, proves and bakes a loaf while you sleep, \
                 and the better ones let you set each stage yourself.</p>"
        .repeat(8);
    let intro = "Bake fresh bread at home with our bread makers, from compact \
                 models to machines with a dozen programs.";
    let html = format!(
        "<html><head><title>Bread makers</title></head><body><main>\
         <div class='top'><div class='title'><h1>Bread makers</h1><p>{intro}</p></div></div>\
         <div class='grid'><ul>{tiles}</ul></div>\
         <div class='bottom'><div class='guide'><h2>Buying guide</h2>{guide}</div></div>\
         </main></body></html>"
    );
    // The category's description over its grid is kept, though the
    // region is the buying guide below.
    let out = kept(&html, PageType::Collection);
    assert!(out.iter().any(|t| t == intro), "{out:?}");
}

#[test]
fn a_listings_intro_set_as_a_heading_is_kept() {
    // A hero's description under the title, marked up as a subheading.
    let tiles: String = (0..12)
        .map(|i| format!("<li><a href='/p/{i}'>Monitor arm {i}</a><span>$99</span></li>"))
        .collect();
    let guide = "<p>A monitor arm lifts the screen to eye level and frees the \
                 desk below it, and the better ones hold two or three displays.</p>"
        .repeat(8);
    let intro = "Up your productivity and optimize your workspace with a mount \
                 for two, three or even four displays.";
    let html = format!(
        "<html><head><title>Monitor mounts</title></head><body><main>\
         <div class='top'><div class='hero'><h1>Monitor mounts</h1><h2>{intro}</h2></div></div>\
         <div class='grid'><ul>{tiles}</ul></div>\
         <div class='bottom'><div class='guide'><h2>Buying guide</h2>{guide}</div></div>\
         </main></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    assert!(out.iter().any(|t| t == intro), "{out:?}");
}

#[test]
fn a_cards_short_fields_are_the_entry_a_teasers_meta_lines_are_not() {
    let job = |i: usize| {
        format!(
            "<li><a href='/jobs/{i}'><h3>Senior Software Engineer {i}</h3>\
             <p>{i}d</p><p>Cortes Company {i}</p><p>Remote, Anywhere in the World</p></a></li>"
        )
    };
    let jobs: String = (0..20).map(job).collect();
    let html = format!(
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Blog</a></li>\
         </ul></nav><main><p>Remote full-stack jobs.</p><ul>{jobs}</ul></main></body></html>"
    );
    // A job board the page-type model reads as a service page: its
    // cards, linked whole, are all fields, kept however short; the menu
    // is not.
    let out = kept(&html, PageType::Service);
    for field in ["Cortes Company 3", "3d", "Remote, Anywhere in the World"] {
        assert!(out.iter().any(|t| t == field), "{field:?} in {out:?}");
    }
    assert!(!out.iter().any(|t| t == "Blog"), "{out:?}");
    // A story's card (title and summary) keeps its text but not its
    // short meta lines.
    let story = |i: usize| {
        format!(
            "<li><a href='/news/{i}'><h3>Night trains return to the Alps {i}</h3>\
             <p>After twenty years the sleeper from Paris runs again, three nights a week \
             from May to October, with couchettes and a dining car.</p><p>9 hrs ago</p><p>Europe</p></a></li>"
        )
    };
    let stories: String = (0..20).map(story).collect();
    let html = format!("<html><body><main><ul>{stories}</ul></main></body></html>");
    let out = kept(&html, PageType::Listing);
    assert!(
        out.iter().any(|t| t.starts_with("After twenty years")),
        "{out:?}"
    );
    assert!(!out.iter().any(|t| t == "9 hrs ago"), "{out:?}");
}

#[test]
fn a_listings_featured_entry_before_its_list_is_kept() {
    let card = |i: usize| {
        format!(
            "<div class='post-card'><div class='post-card__content'><div class='top'>\
             <div class='date'>May {i}, 2024</div>\
             <a href='/p/{i}'><h4>Keeping the kiln at temperature, part {i}</h4></a>\
             <div class='text'>Notes from week {i} of firing: what the thermocouples said \
             and what we changed in the...</div></div>\
             <div class='tags'><a href='/t/kiln'>Kiln</a><a href='/t/glaze{i}'>Glaze {i}</a></div>\
             </div></div>"
        )
    };
    let cards: String = (1..=8).map(card).collect();
    let html = format!(
        "<html><body><main><section class='banner'><div><h1>Workshop notes</h1>\
         <h4><p>How a small studio builds and looks after its tools.</p></h4></div></section>\
         <section class='top'><div class='box'><div class='date'>June 20, 2024</div>\
         <a href='/p/top'><h4>Why we rebuilt the glaze room</h4></a>\
         <div class='text'>Dust, damp and one broken extractor: a summer of work on the \
         room where every...</div></div></section>\
         <section class='wrap'><section class='filters'><button>All categories</button></section>\
         <section class='posts'>{cards}</section><div><button>Load more</button></div></section>\
         </main></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    // The featured post above the cards is one more entry of the list.
    assert!(
        out.iter().any(|t| t == "Why we rebuilt the glaze room"),
        "{out:?}"
    );
    assert!(out.iter().any(|t| t.starts_with("Dust, damp")), "{out:?}");
    assert!(
        out.iter().any(|t| t.starts_with("Keeping the kiln")),
        "{out:?}"
    );
}

#[test]
fn a_teasers_row_of_topic_links_is_the_entry() {
    let topics = ["Rail", "Energy", "Cities", "Climate", "Freight", "Policy"];
    let story = |i: usize| {
        let topic = |k: usize| topics.get(k % topics.len()).copied().unwrap_or_default();
        let (a, b) = (topic(i), topic(i + 1));
        format!(
            "<div class='post'><h3><a href='/news/{i}'>Night trains return to the Alps {i}</a></h3>\
             <p>After twenty years the sleeper from Paris runs again, {i} nights a week \
             from May to October, with couchettes and a dining car.</p>\
             <div class='row'><a href='/t/{a}'>{a}</a> <a href='/t/{b}'>{b}</a></div></div>"
        )
    };
    let stories: String = (0..12).map(story).collect();
    let html = format!(
        "<html><body><main><h1>Stories</h1><div class='posts'>{stories}</div></main></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    // Each story's row of topic links is its own, kept with its summary.
    assert!(out.iter().any(|t| t == "Energy Cities"), "{out:?}");
    assert!(out.iter().any(|t| t.starts_with("After twenty")), "{out:?}");
}

#[test]
fn a_link_that_opens_with_a_boilerplate_phrase_is_no_card() {
    // A story's topic links: "More in this category" over the topic's
    // name, two lines in one `<a>`, as a card's fields are; a job's card
    // opens with its title.
    let html = "<html><body><main>\
         <a href='/list/travel'><div>More in this category</div><div>Leisure Travel</div></a>\
         <a href='/jobs/1'><h3>Night porter</h3><p>Hotel Alpina</p></a>\
         </main></body></html>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Listing, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let got: Vec<(&str, bool)> = blocks
        .iter()
        .zip(card_fields(&dom, &blocks))
        .map(|(b, f)| (b.text.as_str(), f))
        .collect();
    assert_eq!(
        got,
        [
            ("More in this category", false),
            ("Leisure Travel", false),
            ("Night porter", true),
            ("Hotel Alpina", true),
        ]
    );
}

const ANSWER: &str = "Use the keyboard shortcut to move the focus into the file list, \
    then the arrow keys select the files one by one as you expect. ";

/// A thread of three posts written by `post` (numbered 1 to 3).
fn thread_of(post: impl Fn(usize) -> String) -> String {
    format!(
        "<body><div class='thread'>{}{}{}</div></body>",
        post(1),
        post(2),
        post(3)
    )
}

#[test]
fn a_threads_code_said_again_outside_a_quote_stays() {
    // Two answers print one program's output, each in its own post; the
    // third post quotes the first answer's output in a <blockquote>.
    let output = "Task A: Computing 0+1\nTime: 0.00\nTask A: Computing 1+2\nTime: 1.00";
    let html = thread_of(|i| {
        let code = format!("<pre>{output}</pre>");
        let body = if i == 3 {
            format!("<blockquote>{code}</blockquote><p>{ANSWER}</p>")
        } else {
            format!("<p>{i} {ANSWER}</p>{code}")
        };
        format!("<div class='post'><div class='content'>{body}</div></div>")
    });
    let out = kept(&html, PageType::Forum);
    let times = out.iter().filter(|k| k.starts_with("Task A")).count();
    assert_eq!(times, 2, "{out:?}");
}

#[test]
fn a_posts_list_of_links_after_its_prose_stays_its_controls_go() {
    // The first post's Markdown body: a sentence, then a list of linked
    // changes; every post's controls are a list before its text.
    let html = thread_of(|i| {
        let changes = if i == 1 {
            "<h2>Nutomic</h2><ul><li><a href='/pull/1'>Resolve links to remote posts \
             into local addresses</a></li><li><a href='/pull/2'>Handle partial \
             settings backup</a></li></ul>"
        } else {
            ""
        };
        format!(
            "<div class='post'><div class='author'><a href='/u/{i}'>Tom</a></div>\
             <div class='body'><ul class='icons'><li>\
             <a href='/q/{i}'>Reply with quote</a></li></ul>\
             <p>{i} {ANSWER}</p>{changes}</div></div>"
        )
    });
    let out = kept(&html, PageType::Forum);
    assert!(
        out.iter().any(|k| k.contains("partial settings")),
        "{out:?}"
    );
    assert!(!out.iter().any(|k| k.contains("Reply with")), "{out:?}");
}

#[test]
fn a_posts_links_between_its_line_breaks_stay_its_chrome_goes() {
    // The first post lists threads, a link a line, in the flow of its
    // text; the post's controls stand in an element of their own.
    let html = thread_of(|i| {
        let links = if i == 1 {
            "<br><br><a href='/t/1'>Conservative Party campaign thread</a>\
             <br><a href='/t/2'>Labour Party campaign thread</a>"
        } else {
            ""
        };
        format!(
            "<div class='post'><div class='content'>{i} {ANSWER}{links}</div>\
             <div class='controls'><a href='/r/{i}'>Reply to this post</a> \
             <a href='/q/{i}'>Quote this post</a></div></div>"
        )
    });
    let out = kept(&html, PageType::Forum);
    assert!(out.iter().any(|k| k.contains("Labour Party")), "{out:?}");
    assert!(!out.iter().any(|k| k.contains("Reply to")), "{out:?}");
}

#[test]
fn a_question_beside_its_answers_container_is_the_threads() {
    let answers: String = (0..4)
        .map(|i| format!("<div class='answer'><p>{i} {}</p></div>", ANSWER.repeat(3)))
        .collect();
    let html = format!(
        "<body><div id='mainbar'><div class='question'><p>How do I move the focus \
         to the files pane with the keyboard alone?</p></div>\
         <div id='answers'>{answers}</div></div>\
         <div id='other'><p>Hot network questions</p></div></body>"
    );
    let has_question = |t: PageType| {
        kept(&html, t)
            .iter()
            .any(|k| k.starts_with("How do I move"))
    };
    assert!(has_question(PageType::Forum));
    assert!(!has_question(PageType::Article));
}

#[test]
fn a_thread_whose_region_is_one_posts_text_keeps_every_post() {
    // One post's long log outscores the others' short replies; its text
    // box is marked as a post inside the post.
    let log = "2024-05-03 10:09:38 ERROR Error doing job: Future exception was never \
        retrieved, Traceback (most recent call last): File thread.py, line 58. "
        .repeat(40);
    let post = |text: &str| {
        format!(
            "<div class='topic-post'><div class='meta'>raoul</div>\
             <div class='post'><p>{text}</p></div></div>"
        )
    };
    let html = format!(
        "<body><div id='thread'>{}{}{}</div><div id='other'><p>Suggested topics</p></div></body>",
        post("I have just installed the new version and now it is stuck at every reboot."),
        post(&log),
        post("Looks like it is the custom integration: try disabling it and restarting."),
    );
    let has = |t: PageType, start: &str| kept(&html, t).iter().any(|k| k.starts_with(start));
    assert!(has(PageType::Forum, "I have just installed"));
    assert!(has(PageType::Forum, "Looks like it is"));
    assert!(!has(PageType::Article, "Looks like it is"));
}

#[test]
fn a_threads_first_post_in_its_own_box_above_the_replies_list_joins_it() {
    // The opening post stands in a box of its own before the block that
    // wraps the replies' list (sort links and a pager between), two levels
    // above the list the region is.
    let replies: String = (0..4)
        .map(|i| format!("<div class='message'><p>{i} {}</p></div>", ANSWER.repeat(3)))
        .collect();
    let html = format!(
        "<body><div id='thread'>\
         <div id='first'><div class='original-post'><h1>Moving the focus</h1><span>Mar 3, 2024</span>\
         <p>How do I move the focus to the files pane with the keyboard alone? \
         I have tried every shortcut in the manual.</p></div></div>\
         <div class='bar'><a href='/s'>Sort</a></div><div class='bar'><a href='/p'>Pages</a></div>\
         <div class='block'><div class='container'><div id='replies'>{replies}</div></div></div>\
         </div></body>"
    );
    let (roots, list, first) = first_post_roots(&html);
    assert_eq!(
        roots,
        [list, first].into_iter().flatten().collect::<Vec<_>>()
    );
}

/// `html` read as a thread: the regions after `sibling_posts`, starting
/// from the element `#replies`, and the ids of `#replies` and `#first`.
fn first_post_roots(html: &str) -> (Vec<NodeId>, Option<NodeId>, Option<NodeId>) {
    let Staged { dom, scores, .. } = staged(html, PageType::Forum);
    let by_id = |want: &str| {
        (0..dom.len()).find(|&n| {
            dom.element(n)
                .and_then(|e| e.attr(&html5ever::local_name!("id")))
                == Some(want)
        })
    };
    let (list, first) = (by_id("replies"), by_id("first"));
    assert!(
        list.is_some() && first.is_some(),
        "the page has #replies and #first"
    );
    let mut roots: Vec<NodeId> = list.into_iter().collect();
    sibling_posts(&dom, &scores, &mut roots);
    (roots, list, first)
}

#[test]
fn a_status_box_above_the_replies_list_is_no_first_post() {
    // A thread's status notice ("Status: Not open for further replies.")
    // stands above the replies' block, marked as a message: no date, one
    // short sentence. A first post with its date there joins.
    let replies: String = (0..4)
        .map(|i| format!("<div class='message'><p>{i} {}</p></div>", ANSWER.repeat(3)))
        .collect();
    let page = |above: &str| {
        format!(
            "<body><div id='thread'>{above}\
             <div class='bar'><a href='/s'>Sort</a></div>\
             <div class='block'><div class='container'><div id='replies'>{replies}</div></div></div>\
             </div></body>"
        )
    };
    let status = "<div id='first'><dl class='blockStatus'><dt>Status</dt>\
                  <dd class='blockStatus-message'>Not open for further replies.</dd></dl></div>";
    let post = "<div id='first'><div class='original-post'><span>Mar 3, 2024</span>\
                <p>How do I move the focus with the keyboard?</p></div></div>";
    for (above, joins) in [(status, false), (post, true)] {
        let (roots, list, first) = first_post_roots(&page(above));
        let want: Vec<NodeId> = if joins {
            [list, first].into_iter().flatten().collect()
        } else {
            list.into_iter().collect()
        };
        assert_eq!(roots, want, "{above}");
    }
}

#[test]
fn a_question_pages_answer_prompt_and_related_questions_go() {
    let answers: String = (0..3)
        .map(|i| format!("<div class='answer'><p>{i} {}</p></div>", ANSWER.repeat(3)))
        .collect();
    let html = format!(
        "<body><div id='mainbar'><div class='question'><p>How do I move the focus \
         to the files pane with the keyboard alone?</p></div>{answers}\
         <p>You must log in to answer this question.</p><p>Start asking to get answers</p>\
         <p>Explore related questions</p><p>See similar questions with these tags.</p>\
         </div></body>"
    );
    let out = kept(&html, PageType::Forum);
    assert!(
        out.iter().any(|k| k.starts_with("2 Use the keyboard")),
        "{out:?}"
    );
    assert!(!out.iter().any(|k| k.starts_with("You must")), "{out:?}");
    assert!(
        !out.iter().any(|k| k.starts_with("Explore related")),
        "{out:?}"
    );
    assert!(!out.iter().any(|k| k.starts_with("See similar")), "{out:?}");
}

#[test]
fn a_section_opened_inside_a_post_ends_with_it() {
    let html = format!(
        "<body><div class='thread'><div class='post'><p>{}</p><p>See also:</p>\
         <p>Some other page about it</p></div>\
         <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div>\
         </div></body>",
        ANSWER.repeat(3),
    );
    let reply = |t: PageType| kept(&html, t).iter().any(|k| k.starts_with("Try Ctrl+Tab"));
    assert!(reply(PageType::Forum));
    // A reply nested in the post it answers, after its "1 Reply".
    let nested = format!(
        "<body><div class='thread'><div class='post'><p>{}</p><p>1 Reply</p>\
         <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div></div>\
         </div></body>",
        ANSWER.repeat(3),
    );
    assert!(kept(&nested, PageType::Forum)
        .iter()
        .any(|k| k.starts_with("Try Ctrl+Tab")));
}

#[test]
fn on_a_thread_a_comments_line_outside_posts_opens_no_section() {
    let html = format!(
        "<body><div class='thread'><div class='post'><p>{}</p></div><h3>Comments</h3>\
         <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div></div></body>",
        ANSWER.repeat(3),
    );
    assert!(kept(&html, PageType::Forum)
        .iter()
        .any(|k| k.starts_with("Try Ctrl+Tab")));
}

#[test]
fn a_threads_one_line_replies_at_its_end_stay() {
    let post = |head: &str, body: &str| {
        format!("<div class='post'><div class='head'>{head}</div><p>{body}</p></div>")
    };
    let html = format!(
        "<body><div class='thread'>{}{}{}</div><p>Jump to</p></body>",
        post("kestrel 3 May 2025 09:46", &ANSWER.repeat(3)),
        post("hayley 6 May 2025 17:41", "Thank you this is helpful"),
        post("hayley 6 May 2025 17:42", "Thanks very much"),
    );
    let thread = kept(&html, PageType::Forum);
    for line in [
        "Thank you this is helpful",
        "Thanks very much",
        "hayley 6 May 2025 17:42",
    ] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    assert!(!thread.iter().any(|k| k == "Jump to"), "{thread:?}");
}

#[test]
fn a_threads_sign_in_prompt_goes_its_posts_stay() {
    let html = format!(
        "<body><div class='thread'><div class='post'><p>{}</p></div>\
         <div class='post'><p>Try Ctrl+Tab, that should do it.</p></div>\
         <div class='x9'><h4>Create an account or sign in to comment</h4>\
         <p>You need to be a member in order to leave a comment</p>\
         <p>Already have an account? Sign in here.</p></div></div></body>",
        ANSWER.repeat(3),
    );
    let thread = kept(&html, PageType::Forum);
    assert!(
        thread.iter().any(|k| k.starts_with("Try Ctrl+Tab")),
        "{thread:?}"
    );
    assert!(
        !thread
            .iter()
            .any(|k| k.contains("comment") || k.contains("Sign in")),
        "{thread:?}"
    );
}

#[test]
fn a_threads_user_card_lines_and_repeated_quotes_go() {
    let said = "I booked the flights through the agency and the luggage was not included.";
    let lines = [
        (Kind::Heading(4), "Member"),
        (Kind::Paragraph, "Posts: 267"),
        // A post's own short line, quoted by two replies, is said once.
        (Kind::Paragraph, "Hello,"),
        (Kind::Quote, "Hello,"),
        (Kind::Quote, "Hello,"),
        (Kind::Paragraph, said),
        (Kind::Heading(4), "Member"),
        (Kind::Paragraph, "Posts: 1,295"),
        (Kind::Quote, "latawiec said:"),
        (Kind::Quote, said),
        (Kind::Quote, "Click to expand..."),
        (Kind::Paragraph, "That is how they sell the cheap fares."),
        (Kind::Heading(4), "Member"),
        (Kind::Paragraph, "Joined Mar 3, 2019"),
        (Kind::Paragraph, "Windows 10 has the same problem, I found."),
    ];
    let kept = kept_by(&lines, &[user_card_lines, quoted_again]);
    assert_eq!(
        kept,
        [
            "Hello,",
            said,
            "Click to expand...",
            "That is how they sell the cheap fares.",
            "Joined Mar 3, 2019",
            "Windows 10 has the same problem, I found."
        ]
    );
}

#[test]
fn a_posters_title_beside_their_counters_goes() {
    let card = |title: &str, posts: u32| {
        format!(
            "<div class='user'><a href='/u/{posts}'>poster{posts}</a><h5>{title}</h5>\
             <dl><dt>Joined</dt><dd>Mar 3, 2019</dd><dt>Posts</dt><dd>{posts}</dd></dl></div>"
        )
    };
    let post = |title: &str, posts: u32, body: &str| {
        format!(
            "<div class='post'>{}<div class='body'>{body}</div></div>",
            card(title, posts)
        )
    };
    let html = format!(
        "<body><div class='thread'>{}{}{}{}</div></body>",
        post(
            "Aquapedia Mentor",
            267,
            &format!("<p>First, {ANSWER}</p><p>Good luck!</p>")
        ),
        post(
            "Senior Ambassador",
            1295,
            &format!("<p>Second, {ANSWER}</p><p>Gary</p>")
        ),
        post(
            "Forum Veteran",
            267,
            "<p>Ctrl+E then Esc</p><p>Works in Windows 10</p>"
        ),
        post("Senior Ambassador", 1295, &format!("<p>Last, {ANSWER}</p>")),
    );
    let thread = kept(&html, PageType::Forum);
    assert!(
        !thread
            .iter()
            .any(|k| k.contains("Mentor") || k.contains("Ambassador")),
        "{thread:?}"
    );
    // The post's own short lines stay, and so does a post of short
    // lines alone, its poster's title with it (the rule's cost).
    for line in [
        "Good luck!",
        "Gary",
        "Ctrl+E then Esc",
        "Works in Windows 10",
        "Forum Veteran",
    ] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    // Off a thread the same lines are not judged as a card's.
    let article = kept(&html, PageType::Article);
    assert!(
        article.iter().any(|k| k == "Aquapedia Mentor"),
        "{article:?}"
    );
}

#[test]
fn a_one_line_reply_in_a_posts_marked_text_stays() {
    // The whole discussion is the element marked as a post; each reply
    // is typed Comment, a header with its counter line beside a body
    // marked `itemprop=text`.
    let reply = |posts: u32, body: &str| {
        format!(
            "<li itemscope itemtype='http://schema.org/Comment'>\
             <div class='wrap'><div class='header'><a href='/u/{posts}'>poster{posts}</a>\
             <p>Posts: {posts}</p></div>\
             <div class='content' itemprop='text'><p>{body}</p></div></div></li>"
        )
    };
    let html = format!(
        "<body><div itemscope itemtype='https://schema.org/DiscussionForumPosting'>\
         <ul class='posts'>{}{}{}</ul></div></body>",
        reply(267, &format!("First, {ANSWER}")),
        reply(1295, "Good luck tracking it down"),
        reply(31, &format!("Last, {ANSWER}")),
    );
    let thread = kept(&html, PageType::Forum);
    assert!(
        thread.iter().any(|k| k == "Good luck tracking it down"),
        "{thread:?}"
    );
    // Without the mark the same line reads as a card's.
    let unmarked = kept(&html.replace(" itemprop='text'", ""), PageType::Forum);
    assert!(
        !unmarked.iter().any(|k| k == "Good luck tracking it down"),
        "{unmarked:?}"
    );
}

#[test]
fn a_threads_date_lines_go() {
    for (text, page_type, dropped) in [
        ("Commented Mar 26, 2019 at 16:40", PageType::Forum, true),
        ("asked 12 March 2021", PageType::Forum, true),
        ("Commented Mar 26, 2019 at 16:40", PageType::Article, false),
        ("We met on 12 March 2021.", PageType::Forum, false),
        (
            "I bought mine on 12 March 2021 and it still works fine today",
            PageType::Forum,
            false,
        ),
    ] {
        let b = block(Kind::Paragraph, text, 0);
        let dom = crate::parse::parse(
            "<p></p>",
            &crate::pipeline::limits(&crate::Options::default()),
        );
        assert_eq!(
            post_meta(&dom, &b, page_type).is_some(),
            dropped,
            "{text:?} {page_type:?}"
        );
    }
}

#[test]
fn a_times_of_day_are_told_from_other_numbers() {
    for (text, time) in [
        ("2 May 2025 18:48", true),
        ("11-29-2024, 09:03 AM #1", true),
        ("Feb 14, 2026 | 9:05 pm", true),
        ("Mar 3, 2019", false),
        ("Odds 3:1", false),
        ("Ratio 123:45", false),
        ("Score 12:345", false),
    ] {
        assert_eq!(has_time_of_day(text), time, "{text:?}");
    }
}

/// The element whose `id` is `want` (the root when none is).
fn node_with_id(dom: &Dom, want: &str) -> NodeId {
    (0..dom.len())
        .find(|&n| {
            dom.element(n)
                .and_then(|e| e.attr(&html5ever::local_name!("id")))
                == Some(want)
        })
        .unwrap_or(0)
}

#[test]
fn a_date_in_a_posts_header_is_the_posts_the_cards_is_not() {
    let html =
        "<div class='message'><div class='userDetails'><span id='a'>Feb 8, 2017</span></div>\
                <header class='attribution'><span id='b'>Dec 30, 2023 #1</span></header>\
                <p>The post's text.</p></div><header><span id='c'>Dec 1, 2023</span></header>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let by_id = |want: &str| node_with_id(&dom, want);
    assert!(!in_post_header(&dom, by_id("a")));
    assert!(in_post_header(&dom, by_id("b")));
    // A page's header outside any post is no post's.
    assert!(!in_post_header(&dom, by_id("c")));
}

#[test]
fn a_threads_label_beside_a_time_goes() {
    // A topic's summary between its posts: labels beside times whose text
    // is a relative form, given twice (a long and a short form).
    let time = |d: &str, t: &str| {
        format!("<time datetime='{d}'><span class='long'>{t}</span><span class='short'>{t}</span></time>")
    };
    let html = thread_of(|i| {
        let post =
            format!("<div class='post'><div class='content'><p>{i} {ANSWER}</p></div></div>");
        if i == 1 {
            format!(
                "{post}<ul class='overview'><li><span>Created</span> {}</li>\
                 <li><span>Last Reply</span> {}</li></ul>",
                time("2024-04-02T05:03:15Z", "1 yr"),
                time("2025-09-26T15:07:17Z", "Sep 26")
            )
        } else {
            post
        }
    });
    let out = kept(&html, PageType::Forum);
    assert!(out.iter().any(|k| k.starts_with("3 Use the")), "{out:?}");
    assert!(
        !out.iter()
            .any(|k| k.starts_with("Created") || k.starts_with("Last Reply")),
        "{out:?}"
    );
}

#[test]
fn a_posts_time_stamp_stays_a_cards_join_date_goes() {
    let lines = [
        "hayley.p 2 May 2025 18:48 1",
        "11-29-2024, 09:03 AM #1",
        "Mar 3, 2019",
        "Joined: 4. Jul 2012, 16:09",
    ];
    let blocks: Vec<Block> = lines.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
    let dom = crate::parse::parse(
        "<p></p>",
        &crate::pipeline::limits(&crate::Options::default()),
    );
    let mut verdicts: Verdicts = blocks
        .iter()
        .map(|b| post_meta(&dom, b, PageType::Forum))
        .collect();
    assert!(verdicts.iter().all(Option::is_some), "{verdicts:?}");
    post_timestamps(&dom, &blocks, &mut verdicts);
    let kept: Vec<&str> = lines
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| *l)
        .collect();
    assert_eq!(
        kept,
        ["hayley.p 2 May 2025 18:48 1", "11-29-2024, 09:03 AM #1"]
    );
}

#[test]
fn a_posts_author_and_time_stay_its_posters_card_goes() {
    let post = |name: &str, when: &str, body: &str| {
        format!(
            "<div class='post'><div class='user'><div><a href='/u/{name}'>{}</a></div>\
             <h4><a href='/u/{name}'>{name}</a></h4><div><a href='/p/{name}'>View Profile</a></div>\
             <dl><dt>Joined</dt><dd>Mar 3, 2019</dd><dt>Posts</dt><dd>267</dd></dl>\
             <p>Joined: 4. Jul 2012, 16:09</p></div>\
             <p>{when}</p><div class='body'><p>{body}</p></div></div>",
            name.get(..1).unwrap_or("")
        )
    };
    let html = format!(
        "<body><div class='thread'>{}{}{}</div></body>",
        post("hayley", "2 May 2025 18:48 #1", &format!("First, {ANSWER}")),
        post(
            "Kestrel",
            "3 May 2025 09:46 #2",
            &format!("Second, {ANSWER}")
        ),
        post("whammel", "3 May 2025 18:23 #3", &format!("Last, {ANSWER}")),
    );
    let thread = kept(&html, PageType::Forum);
    for line in [
        "hayley",
        "2 May 2025 18:48 #1",
        "Kestrel",
        "3 May 2025 18:23 #3",
    ] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    // The avatar's initial, the profile link, and the card's join
    // dates (by day, or labelled to the minute) go.
    for line in [
        "h",
        "K",
        "View Profile",
        "Mar 3, 2019",
        "Joined: 4. Jul 2012, 16:09",
    ] {
        assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
}

#[test]
fn a_posts_permalinked_date_stays_before_its_text_only() {
    // Each post opens with its number and date, linked to the post,
    // then the poster's name; a linked date further down (a link to
    // an older post) and a linked title with a year are not its date.
    let post = |i: usize, name: &str| {
        format!(
            "<article class='message--post'><div class='head'><p><a href='/p/{i}'>#{i} · \
             Jan {i}, 2024</a></p><h4><a href='/u/{name}'>{name}</a></h4></div>\
             <div class='body'><p>{i}: {ANSWER}</p><p><a href='/p/9'>Jan 9, 2023</a></p>\
             <p><a href='/t/8'>Electives 2025</a></p></div></article>"
        )
    };
    let html = format!(
        "<body><div class='thread'>{}{}{}</div></body>",
        post(1, "sanmartin"),
        post(2, "Babylon"),
        post(3, "countingseconds"),
    );
    let thread = kept(&html, PageType::Forum);
    for line in [
        "sanmartin",
        "#2 · Jan 2, 2024",
        "Babylon",
        "#3 · Jan 3, 2024",
    ] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    for line in ["Jan 9, 2023", "Electives 2025"] {
        assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
}

#[test]
fn a_cards_labelled_rows_beside_its_counters_go() {
    // An old board's layout: no element marked as a post.
    let post = |i: usize| {
        format!(
            "<div class='row'><div class='card'><p>Join Date: Jul 2024</p>\
             <p>Location: Amsterdam</p><p>Programs: BA Gold, LH FT</p><p>Posts: 67{i}</p>\
             </div><div class='text'><p>Chapter {i}: The positioning flight</p>\
             <p>{i}: {ANSWER}</p></div></div>"
        )
    };
    let html = thread_of(post);
    let thread = kept(&html, PageType::Forum);
    for line in [
        "Location: Amsterdam",
        "Programs: BA Gold, LH FT",
        "Posts: 672",
    ] {
        assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    // A labelled line of the post's own text, in another container,
    // stays.
    assert!(
        thread
            .iter()
            .any(|k| k == "Chapter 2: The positioning flight"),
        "{thread:?}"
    );
    assert!(is_labelled_row("From: Brisbane, AU"));
    assert!(!is_labelled_row("Note that: "));
    assert!(!is_labelled_row(
        "Here is what I found when I tried it: nothing"
    ));
}

#[test]
fn a_cards_values_in_a_description_list_go_with_their_labels() {
    // An old board's card: terms and values in a <dl>, no element marked
    // as a post (a schema.org Comment); each poster's place differs, so
    // only its label repeats.
    let places = ["Glasgow", "Earth", "San Jose, CA"];
    let post = |i: usize| {
        let place = places.get(i - 1).copied().unwrap_or("Earth");
        let tip = if i == 1 {
            "<dl><dt>Tip</dt><dd>Press F6 first</dd></dl>"
        } else {
            ""
        };
        format!(
            "<li class='postbit' itemscope itemtype='http://schema.org/Comment'>\
             <div class='userinfo'><a href='/u/{i}'>poster{i}</a>\
             <dl class='userstats'><dt>Location</dt> <dd>{place}</dd>\
             <dt>Posts</dt> <dd>9{i}</dd></dl></div>\
             <div class='postbody'><p>{i}: {ANSWER}</p>{tip}</div></li>"
        )
    };
    let html = thread_of(post);
    let thread = kept(&html, PageType::Forum);
    for line in places {
        assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    // A description list of the post's own, its term kept, stays whole.
    assert!(thread.iter().any(|k| k == "Press F6 first"), "{thread:?}");
}

#[test]
fn edges_lose_short_non_sentences() {
    let prose = "The council voted on Tuesday to keep the old bridge open to \
                 walkers, and the work will start in the spring of next year.";
    for (texts, want) in [
        // A byline and a reading time before the story, a tag line after.
        (
            vec!["By Jane Doe", "5 min read", prose, "Filed under: Cities"],
            vec![true, true, false, true],
        ),
        // A dateline leading into the first paragraph stays.
        (vec!["ANKARA, TURQUIE –", prose], vec![false, false]),
        // Short lines between paragraphs are not at an edge.
        (
            vec![prose, "Why it matters", prose],
            vec![false, false, false],
        ),
        // A short sentence is still a sentence.
        (vec!["It rained.", prose], vec![false, false]),
    ] {
        let blocks: Vec<Block> = texts.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        trim_edges(&blocks, &mut verdicts, Some(0), &[], PageType::Article);
        let got: Vec<bool> = verdicts.iter().map(Option::is_some).collect();
        assert_eq!(got, want, "{texts:?}");
    }
}

#[test]
fn edge_labels_stay_on_product_and_service_pages_and_edge_captions_go() {
    let prose = "A soft cotton tee with a relaxed cut, washed once before it is \
                 sewn so that it keeps its shape after many washes at home.";
    let mut blocks: Vec<Block> = ["Classic Tee", "slim fit", prose, "$24.00"]
        .iter()
        .map(|t| block(Kind::Paragraph, t, 0))
        .collect();
    blocks.push(block(Kind::Caption, "Front view", 0));
    for (page_type, want) in [
        (PageType::Product, vec![false, false, false, false, true]),
        (PageType::Service, vec![false, false, false, false, true]),
        (PageType::Article, vec![true, true, false, true, true]),
    ] {
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        trim_edges(&blocks, &mut verdicts, Some(0), &[], page_type);
        let got: Vec<bool> = verdicts.iter().map(Option::is_some).collect();
        assert_eq!(got, want, "{page_type:?}");
    }
}

#[test]
fn dates_and_credits() {
    for (text, date) in [
        ("12 May 2019", true),
        ("Updated 10:45", true),
        ("03/04/21", true),
        ("Chapter 12", false),
        ("Route 3000", false),
    ] {
        assert_eq!(has_date(text), date, "{text:?}");
    }
    for (caption, stripped) in [
        ("A harbour. [City archive]", "A harbour."),
        ("A harbour (AP)", "A harbour"),
        ("[Only a credit]", "[Only a credit]"),
        ("No credit", "No credit"),
    ] {
        assert_eq!(strip_credit(caption), stripped, "{caption:?}");
    }
}

#[test]
fn the_authors_biography_after_the_body_goes() {
    let body = "The council met on Tuesday to debate the budget for the coming year, the new \
                roads and the school, and voted late at night to raise the rates by two per cent.";
    let bio = "Jane Doe is a staff writer covering city hall and the county courts since 2019.";
    let first = "Jane joined the newsroom in 2019 after ten years at the county paper downtown.";
    let authors = ["Jane Doe".to_string()];
    let run = |texts: &[&str], authors: &[String]| {
        let blocks: Vec<Block> = texts.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        author_bios(&blocks, &mut verdicts, authors);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    // The name line and the biography after the body go, by full name or
    // first name.
    assert_eq!(run(&[body, "Jane Doe", bio], &authors), [false, true, true]);
    assert_eq!(run(&[body, first], &authors), [false, true]);
    // A biography naming its author after a title or a phrase goes too
    // (credentials after a comma left out); a brand's pitch naming it
    // stays.
    let titled = "Dr. Jane Doe is a veterinarian who graduated from the state university in 2017.";
    let phrase =
        "A New York transplant from the Pacific Northwest, Jane Doe has a passion for cars.";
    let credentialed = ["Jane Doe, DVM".to_string()];
    assert_eq!(run(&[body, titled], &credentialed), [false, true]);
    assert_eq!(run(&[body, phrase], &authors), [false, true]);
    // A short form of the declared first name, the surname whole.
    let short = "As a contributing analyst, Matt Berg, CFP, writes on banks and property markets.";
    let declared = ["Matthew Berg".to_string()];
    assert_eq!(run(&[body, short], &declared), [false, true]);
    let other = "As a contributing analyst, Mat Bergman writes on banks and property markets.";
    assert_eq!(run(&[body, other], &declared), [false, false]);
    let pitch = "Discover how 98 Buck Social can help your brand grow with affordable marketing.";
    assert_eq!(
        run(&[body, pitch], &["98 Buck Social".to_string()]),
        [false, false]
    );
    // Inside the body (prose follows), or with no body before it, it stays.
    assert_eq!(run(&[body, bio, body], &authors), [false, false, false]);
    assert_eq!(run(&[bio], &authors), [false]);
    // A one-word author is a site or brand; a name the text says in many
    // blocks is the story's subject.
    assert_eq!(
        run(
            &[
                body,
                "Acme is a maker of fine tools since the year 1901 in Ohio."
            ],
            &["Acme".to_string()]
        ),
        [false, false]
    );
    let brand = ["Jane Corp".to_string()];
    let jane_body =
        "Jane Corp reported a profit for the third quarter running, its board said on Friday.";
    assert_eq!(
        run(
            &[jane_body, jane_body, jane_body, jane_body, body, bio],
            &brand
        ),
        [false; 6]
    );
}

#[test]
fn an_author_box_goes_with_its_role_line_and_posts_even_with_teasers_after() {
    let body = "The council met on Tuesday to debate the budget for the coming year, the new \
                roads and the school, and voted late at night to raise the rates by two per cent.";
    let bio = "Jane Doe is a staff writer covering city hall and the county courts since 2019.";
    let teaser = "Another story entirely: the harbour board approved the new ferry terminal plan \
                  after a long public hearing on noise, traffic and the cost to the town's budget.";
    let authors = ["Jane Doe".to_string()];
    let run = |parts: &[(&str, usize)]| {
        let blocks: Vec<Block> = parts
            .iter()
            .map(|&(t, linked)| block(Kind::Paragraph, t, linked))
            .collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        author_bios(&blocks, &mut verdicts, &authors);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    // Name line, role line, biography, "Latest posts by", two linked posts;
    // a teaser's long summary after the box does not keep it.
    let post = "A walk along the river - May 2, 2024";
    assert_eq!(
        run(&[
            (body, 0),
            ("Jane Doe", 8),
            ("City Hall Reporter at The Daily Town", 0),
            (bio, 0),
            ("Latest posts by Jane Doe (see all)", 7),
            (post, 21),
            (post, 21),
            (teaser, 0),
        ]),
        [false, true, true, true, true, true, true, false]
    );
    // No name line above: the biography followed by prose stays.
    assert_eq!(
        run(&[(body, 0), (bio, 0), (teaser, 0)]),
        [false, false, false]
    );
    // No body before it: the box stays.
    assert_eq!(
        run(&[("Jane Doe", 8), (bio, 0), (teaser, 0)]),
        [false, false, false]
    );
}

#[test]
fn a_closing_author_box_goes_though_its_biography_names_nobody() {
    let body = "The council met on Tuesday to debate the budget for the coming year, the new \
                roads and the school, and voted late at night to raise the rates by two per cent.";
    let bio = "Lauren has covered city hall since 2018 and writes on budgets, roads and schools.";
    let authors = ["Lauren".to_string(), "Acme Newsroom".to_string()];
    let run = |parts: &[(Kind, &str)]| {
        let blocks: Vec<Block> = parts.iter().map(|&(k, t)| block(k, t, 0)).collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        author_bios(&blocks, &mut verdicts, &authors);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    let p = Kind::Paragraph;
    // A label's line, the name line and the biography closing the text go.
    assert_eq!(
        run(&[(p, body), (p, "By"), (p, "Lauren"), (p, bio)]),
        [false, true, true, true]
    );
    // The label on the name's own line; the team's box with a role line.
    let team = "Driven by research, our team delivers insightful content to keep readers informed.";
    assert_eq!(
        run(&[
            (p, body),
            (p, "Author: Acme Newsroom"),
            (p, "Editors"),
            (p, team)
        ]),
        [false, true, true, true]
    );
    // Prose after it, a heading in it, a name line with no paragraph under
    // it, or no body before it: it stays.
    let long = body.repeat(4);
    assert_eq!(
        run(&[(p, body), (p, "Lauren"), (p, bio), (p, &long)]),
        [false, false, false, false]
    );
    assert_eq!(
        run(&[
            (p, body),
            (p, "Lauren"),
            (Kind::Heading(2), "Budgets"),
            (p, bio)
        ]),
        [false, false, false, false]
    );
    assert_eq!(
        run(&[(p, body), (p, "Lauren"), (p, "City desk")]),
        [false, false, false]
    );
    assert_eq!(run(&[(p, "Lauren"), (p, bio)]), [false, false]);
    // A name the text says in many blocks still signs its closing box.
    let acme = "Acme Newsroom counted the votes again on Wednesday morning and the clerk agreed.";
    assert_eq!(
        run(&[
            (p, acme),
            (p, acme),
            (p, acme),
            (p, acme),
            (p, body),
            (p, "Acme Newsroom"),
            (p, team)
        ]),
        [false, false, false, false, false, true, true]
    );
    // A heading that ends with the name is no name line ("Shopping smart
    // with Acme Newsroom").
    assert_eq!(
        run(&[
            (p, body),
            (Kind::Heading(2), "Shopping smart with Acme Newsroom"),
            (p, team)
        ]),
        [false, false, false]
    );
    // A longer line ending with the name is a sentence, no name line.
    assert_eq!(
        run(&[
            (p, body),
            (p, "This story was reported by Lauren"),
            (p, bio)
        ]),
        [false, false, false]
    );
}

#[test]
fn a_biographys_later_paragraphs_in_its_own_box_go_with_it() {
    let body = "The council met on Tuesday to debate the budget for the coming year, the new \
                roads and the school, and voted late at night to raise the rates by two per cent.";
    let bio = "Jane Doe is a staff writer covering city hall and the county courts since 2019.";
    let more = "Fueled by the joy of writing, she founded her own blog in 2015 and wrote for \
                other papers in the region, and she still believes the key is to listen well.";
    let authors = ["Jane Doe".to_string()];
    // (kind, text, container) for each block.
    let run = |parts: &[(Kind, &str, usize)]| {
        let blocks: Vec<Block> = parts
            .iter()
            .map(|&(kind, t, c)| {
                let mut b = block(kind, t, 0);
                b.container = c;
                b
            })
            .collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        author_bios(&blocks, &mut verdicts, &authors);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    let p = Kind::Paragraph;
    // The biography's box holds a second paragraph naming nobody: both go.
    assert_eq!(
        run(&[(p, body, 1), (p, bio, 2), (p, more, 2)]),
        [false, true, true]
    );
    // In the body's own run of paragraphs, the prose after it keeps it.
    assert_eq!(
        run(&[(p, body, 1), (p, bio, 1), (p, more, 1)]),
        [false, false, false]
    );
    // Under the article's own heading it is one of the article's sections.
    assert_eq!(
        run(&[
            (p, body, 1),
            (Kind::Heading(2), "Why we are the experts", 3),
            (p, bio, 2),
            (p, more, 2)
        ]),
        [false, false, false, false]
    );
}

#[test]
fn the_sites_own_blurb_closing_an_article_goes() {
    let body = "The council met on Tuesday to debate the budget for the coming year, the new \
                roads and the school, and voted late at night to raise the rates by two per cent.";
    let blurb = "Harbour Health is a nonprofit clinic with twenty doctors across the county, \
                 here to help whatever you are going through.";
    let run = |texts: &[&str], site: Option<&str>| {
        let blocks: Vec<Block> = texts.iter().map(|t| block(Kind::Paragraph, t, 0)).collect();
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        site_blurb(&blocks, &mut verdicts, site);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    let site = Some("Harbour Health");
    // The blurb after the body goes, with its short line after it.
    assert_eq!(
        run(&[body, blurb, "Find a doctor near you"], site),
        [false, true, true]
    );
    // Prose after it: it is the body's.
    assert_eq!(run(&[body, blurb, body], site), [false, false, false]);
    // No body before it, or no site name declared: it stays.
    assert_eq!(run(&[blurb], site), [false]);
    assert_eq!(run(&[body, blurb], None), [false, false]);
    // A one-word site name opens a brand's own sentences.
    let short = "Harbour is a nonprofit clinic with twenty doctors across the county.";
    assert_eq!(run(&[body, short], Some("Harbour")), [false, false]);
    // The name said elsewhere in the story: the publisher's own pitch stays.
    let said = "At Harbour Health we asked the council to fund the new clinic on the roads.";
    assert_eq!(run(&[said, body, blurb], site), [false, false, false]);
}

#[test]
fn a_kept_quotes_intro_line_stays_with_it() {
    let html = "<div class='message'><p id='t'>Agreed, and here is why.</p>\
                <blockquote><div><a id='i' href='/m/1'>Tom said:</a></div>\
                <div><div id='q'>Nothing beats a long walk.</div></div></blockquote>\
                <div><a id='n' href='/m/2'>See also:</a></div><p id='u'>Not a quote.</p></div>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let by_id = |want: &str| node_with_id(&dom, want);
    let owned = |kind: Kind, text: &str, linked: usize, id: &str| {
        let mut b = block(kind, text, linked);
        b.owner = by_id(id);
        b
    };
    let blocks = vec![
        owned(Kind::Paragraph, "Agreed, and here is why.", 0, "t"),
        owned(Kind::Paragraph, "Tom said:", 9, "i"),
        owned(Kind::Paragraph, "Nothing beats a long walk.", 0, "q"),
        owned(Kind::Paragraph, "See also:", 9, "n"),
        owned(Kind::Paragraph, "Not a quote.", 0, "u"),
    ];
    let mut verdicts: Verdicts = vec![
        None,
        Some(Reason::LinkDense(1.0)),
        None,
        Some(Reason::LinkDense(1.0)),
        None,
    ];
    quote_intros(&dom, &blocks, &mut verdicts);
    // The quote's intro is kept; a linked line before text outside any
    // quote stays dropped.
    assert_eq!(verdicts.get(1), Some(&None));
    assert!(matches!(verdicts.get(3), Some(Some(Reason::LinkDense(_)))));
}

#[test]
fn a_body_split_over_sibling_sections_is_one_text() {
    // A dated story whose body a page builder split over sections alike
    // (the first without top padding), each part four boxes deep: the
    // region, inside the longest part, grows to the others; a short call
    // to action styled alike stays out, and so do sections that are the
    // page's own rows under its `<main>`.
    let s = "The garden needs water in the morning, before the sun is high, and the roots drink it slowly. ";
    let part = |class: &str, text: &str| {
        format!(
            "<section class=\"part {class}\"><div><div><div><div>{text}</div></div></div></div></section>"
        )
    };
    let p = |lead: &str, n: usize| format!("<p>{lead} {}</p>", s.repeat(n));
    let sections = [
        part(
            "pt-0",
            &format!("<h2>Before you start</h2>{}", p("First,", 3)),
        ),
        part(
            "pt-1",
            &format!(
                "<h2>The steps</h2>{}{}{}{}",
                p("One.", 4),
                p("Two.", 4),
                p("Three.", 4),
                p("Four.", 4)
            ),
        ),
        part("pt-1", &p("In the end,", 3)),
        part("pt-1", "<p>Call us today for a free quote.</p>"),
    ]
    .concat();
    let head = "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\"></head><body>";
    let has = |got: &[String], w: &str| got.iter().any(|t| t.contains(w));
    let nested = format!("{head}<main><div class=\"wrap\">{sections}</div></main></body></html>");
    let got = kept(&nested, PageType::Article);
    assert!(
        has(&got, "First,") && has(&got, "In the end,") && !has(&got, "free quote"),
        "split body: {got:?}"
    );
    let rows = format!("{head}<main>{sections}</main></body></html>");
    let got = kept(&rows, PageType::Article);
    assert!(!has(&got, "First,"), "page rows: {got:?}");
}

#[test]
fn a_body_split_over_text_blocks_of_one_column_is_one_text() {
    // A dated post whose page builder put its body in text blocks of one
    // column, each four boxes deep, with a carousel block between: the
    // region, one block's text box, grows to the blocks alike that read as
    // body parts; a one-paragraph disclaimer and a block of related posts
    // under linked titles stay out.
    let s = "The garden needs water in the morning, before the sun is high, and the roots drink it slowly. ";
    let block = |text: &str| {
        format!("<div class=\"block html-block\"><div class=\"content\"><div class=\"box\"><div class=\"text\">{text}</div></div></div></div>")
    };
    let p = |lead: &str, n: usize| format!("<p>{lead} {}</p>", s.repeat(n));
    let teaser = |t: &str| format!("<h3><a href=\"/{t}\">{t}</a></h3>{}", p(t, 1));
    let carousel = "<div class=\"block summary-block\"><div><span>Featured</span>\
                    <a href=\"/a\">Workbook</a><a href=\"/b\">Planner</a></div></div>";
    let column = [
        block(&format!(
            "{}{}{}{}",
            p("One.", 4),
            p("Two.", 4),
            p("Three.", 4),
            p("Four.", 4)
        )),
        carousel.to_string(),
        block(&format!(
            "<h2>After the rain</h2>{}{}",
            p("Later,", 2),
            p("At last,", 2)
        )),
        block(&format!("{}{}", teaser("Roses"), teaser("Tulips"))),
        block(&format!(
            "<p>This page is for information only. {}</p>",
            s.repeat(3)
        )),
    ]
    .concat();
    let html = format!(
        "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\"></head>\
         <body><main><div class=\"column\">{column}</div></main></body></html>"
    );
    let got = kept(&html, PageType::Article);
    let has = |w: &str| got.iter().any(|t| t.contains(w));
    assert!(
        has("One.") && has("Later,") && has("At last,"),
        "body parts: {got:?}"
    );
    assert!(
        !has("Tulips") && !has("information only"),
        "teasers, disclaimer: {got:?}"
    );
}

#[test]
fn a_featured_insights_heading_opens_a_related_section() {
    // A consultancy's service page ends with teasers of its articles under
    // "Featured insights" (wcxb-dev: 4 service pages over both halves, no
    // gold body keeps them); "Insights" alone may title the page's own
    // section, and stays.
    let section = "<section><h2>Cloud migration</h2><p>We move your workloads to the \
                   cloud in stages, testing each one before the next begins.</p></section>";
    let teasers = "<div class='cards'><div><h3>Ten risks for 2026</h3><p>Our survey of \
                   finance leaders shows where budgets are heading this year.</p></div>\
                   <div><h3>Agents at work</h3><p>How firms put AI agents to work on \
                   their back-office tasks without losing control.</p></div></div>";
    for (heading, teasers_kept) in [("Featured insights", false), ("Insights", true)] {
        let html = format!(
            "<body><main><h1>Our services</h1>{section}{section}\
             <h2>{heading}</h2>{teasers}</main></body>"
        );
        let out = kept(&html, PageType::Service);
        assert!(out.iter().any(|k| k.starts_with("We move")), "{out:?}");
        assert_eq!(
            out.iter().any(|k| k.starts_with("Our survey")),
            teasers_kept,
            "{heading}: {out:?}"
        );
    }
}

#[test]
fn a_ticker_repeating_one_phrase_goes() {
    let ticker = "Book Now *".repeat(12);
    let html = format!(
        "<body><main><h1>Packaging design</h1><p>We design packaging that sells: \
         research, concepts and print-ready files for every product line.</p>\
         <p>{ticker}</p><p>No, no, no, no: that is not how it works.</p>\
         <table><tr><td>Free domain</td><td>Free domain</td><td>Free domain</td>\
         <td>Free domain</td><td>Free domain</td></tr></table></main></body>"
    );
    let out = kept(&html, PageType::Service);
    assert!(out.iter().any(|k| k.starts_with("We design")), "{out:?}");
    assert!(!out.iter().any(|k| k.starts_with("Book Now")), "{out:?}");
    // Four times is speech, not a ticker; a table row's cells stay.
    assert!(out.iter().any(|k| k.starts_with("No, no")), "{out:?}");
    assert!(out.iter().any(|k| k.starts_with("Free domain")), "{out:?}");
    let reason = |text: &str| marquee(&block(Kind::Paragraph, text, 0));
    assert_eq!(
        reason("Sale ends soon · ".repeat(5).as_str()),
        Some(Reason::Marquee)
    );
    assert_eq!(reason("Sale ends soon · ".repeat(4).as_str()), None);
    assert_eq!(reason("one two three four five six seven"), None);
    assert_eq!(reason("word ".repeat(40).as_str()), None);
}

#[test]
fn an_undated_hub_of_linked_titles_widens_to_all_its_entries() -> Result<(), String> {
    // A box of two long summaries (a carousel's), then a river of linked
    // story titles beside it: the box holds most of the unlinked text, so
    // an article's region stays there; a hub's counts the titles and needs
    // all of its entries.
    let title = "Space agency revamps its moon landing plan after a long delay";
    let mut titles = String::new();
    for _ in 0..HUB_TITLES {
        titles.push_str("<p>t</p>");
    }
    let html = format!("<div><div><p>f</p><p>f</p></div><div>{titles}</div></div>");
    let (dom, mut blocks, first) = two_boxes(&html, 700, 0)?;
    for b in blocks.iter_mut().skip(2) {
        let owner = b.owner;
        *b = Block::for_rules(Kind::Paragraph, title, title.len());
        b.owner = owner;
    }
    let few: Vec<Block> = blocks.iter().take(HUB_TITLES).cloned().collect();
    if !title_river(&blocks) || title_river(&few) {
        return Err("title_river".into());
    }
    let widened = |hub| {
        widen(
            &dom,
            &blocks,
            &[],
            vec![first],
            first,
            PageType::Article,
            false,
            hub,
        )
        .1
    };
    if widened(false) || !widened(true) {
        return Err(format!("{} {}", widened(false), widened(true)));
    }
    Ok(())
}

#[test]
fn a_collections_questions_after_its_guide_join_its_region() {
    let page = |band: &str| {
        let guide: String = (1..=8)
            .map(|i| {
                format!(
                    "<p>Tip {i}: a charcoal grill gives the food a taste no gas burner \
                     gives, and a lid turns it into an oven for slow roasts.</p>"
                )
            })
            .collect();
        format!(
            "<html><body><main>\
             <div class='guide'><div class='text'><h2>Choosing a grill</h2>{guide}</div></div>\
             <div class='bar'><span>Sort by</span></div>\
             {band}</main><footer><p>Free delivery on orders over 300 euros, \
             returns within thirty days of delivery.</p></footer></body></html>"
        )
    };
    let faq = "<div class='band'><div class='wrap'><h2>Questions about grills</h2>\
               <div class='q'><h3>How do I light it?</h3><p>Fill a chimney starter with \
               charcoal, light the paper under it and pour the coals out after fifteen \
               minutes, once they are grey.</p></div>\
               <div class='q'><h3>What does one cost?</h3><p>From fifty euros for a small \
               open grill to a few thousand for a ceramic cooker that keeps its heat \
               for hours, and everything in between.</p></div></div></div>";
    // The questions after the guide, past a short sort bar, are the
    // collection's text too.
    let out = kept(&page(faq), PageType::Collection);
    assert!(out.iter().any(|t| t == "How do I light it?"), "{out:?}");
    assert!(
        out.iter().any(|t| t.starts_with("From fifty euros")),
        "{out:?}"
    );
    // A band that opens with no heading (a box of other text) ends the
    // run; the footer never joins; off a collection the questions stay
    // out.
    let note = "<p>Our shop in the old town is open every day but Sunday, and the \
                team there will light a grill for you to try before you buy it, or \
                help you choose the charcoal that suits it best. Parking is free \
                for our customers behind the shop, and a bus stops at its door every \
                ten minutes.</p>";
    let rail = format!("<div class='note'>{note}</div>{faq}");
    let out = kept(&page(&rail), PageType::Collection);
    assert!(!out.iter().any(|t| t == "How do I light it?"), "{out:?}");
    assert!(
        !out.iter().any(|t| t.starts_with("Free delivery")),
        "{out:?}"
    );
    let out = kept(&page(faq), PageType::Article);
    assert!(!out.iter().any(|t| t == "How do I light it?"), "{out:?}");
}

/// A service page: a `<header id='head'>` of prose, a band holding the
/// hero section (`hero`, the inside of `<section id='hero'>`), `between`,
/// then six plans' cards in `<section id='plans'>`.
fn garden_service_page(hero: &str, between: &str) -> String {
    let cards: String = (1..=6)
        .map(|i| {
            format!(
                "<div class='card'><h3>Plan {i}</h3><p>Plan {i} waters the garden \
                 twice a week, mows the lawn and trims the hedges along the street \
                 side, with the clippings taken away the same day.</p></div>"
            )
        })
        .collect();
    format!(
        "<html><body><main><header id='head'><p>Book a visit today and let the \
         team call you back within the hour, any day of the week, from morning \
         to night, wherever you live in the valley or the hills around it.</p>\
         </header><div class='top'><section id='hero'>{hero}</section></div>\
         {between}<div class='body'><div class='wrap'><section id='plans'>\
         <h2>Our plans</h2>{cards}</section></div></div></main></body></html>"
    )
}

/// Whether `leading_bands` joins `#hero` and `#head` of a
/// [`garden_service_page`] to the region rooted at `#plans`; `title`: with
/// `#title` as the headline's element.
fn hero_joins(html: &str, title: bool) -> (bool, bool) {
    let Staged {
        dom,
        blocks,
        scores,
        ..
    } = staged(html, PageType::Service);
    let mut roots = vec![node_with_id(&dom, "plans")];
    let title = title.then(|| node_with_id(&dom, "title"));
    leading_bands(&dom, &blocks, &scores, &mut roots, title);
    let (hero, head) = (node_with_id(&dom, "hero"), node_with_id(&dom, "head"));
    (
        roots.iter().any(|&r| dom.contains(r, hero)),
        roots.iter().any(|&r| dom.contains(r, head)),
    )
}

#[test]
fn a_service_pages_hero_above_its_region_joins_it() {
    let hero = "<p>Gardens that look after themselves</p><p>We plan, plant and keep \
                gardens of every size, from a balcony of pots to a park, with one \
                gardener who knows your plot and comes back every week of the year, \
                in rain or sun. The first visit, a walk round the plot and a plan \
                drawn for it, costs nothing.</p>";
    // The hero above the plans, two levels up and with no heading of its
    // own, joins the region; the page's <header> above it does not.
    assert_eq!(
        hero_joins(&garden_service_page(hero, ""), false),
        (true, false)
    );
    // A box of mostly linked text between the hero and the plans ends
    // the run.
    let links: String = (1..=8)
        .map(|i| format!("<a href='/area/{i}'>gardening in district number {i}</a>, "))
        .collect();
    let strip = format!("<div class='areas'><p>We also work in: {links}and more.</p></div>");
    assert_eq!(
        hero_joins(&garden_service_page(hero, &strip), false),
        (false, false)
    );
}

#[test]
fn a_service_pages_short_hero_holding_its_headline_joins_the_region() {
    let page = |hero_links: &str| {
        garden_service_page(
            &format!(
                "<h1 id='title'>Gardens, kept</h1><p>For every plot in the valley</p>\
                 <ul><li>Weekly visits</li><li>One gardener</li><li>No contract</li></ul>\
                 {hero_links}"
            ),
            "",
        )
    };
    // The hero, a headline and short lines (too little text for a band),
    // joins as the band that holds the headline; the <header> above does
    // not.
    assert_eq!(hero_joins(&page(""), true), (true, false));
    // Without the headline's element it is stepped over.
    assert_eq!(hero_joins(&page(""), false), (false, false));
    // A hero that is mostly links is no hero.
    let links: String = (1..=6)
        .map(|i| format!("<a href='/area/{i}'>gardening in district number {i}</a> "))
        .collect();
    assert_eq!(hero_joins(&page(&links), true), (false, false));
}

/// Which of the blocks (kind, text, wholly linked) `dated_teaser_rails`
/// cuts; `anywhere`: the rail may stand among the sections (service).
fn teaser_rail_cuts(texts: &[(Kind, &str, bool)], anywhere: bool) -> Vec<bool> {
    let blocks: Vec<Block> = texts
        .iter()
        .map(|&(k, t, linked)| block(k, t, if linked { t.len() } else { 0 }))
        .collect();
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    dated_teaser_rails(&blocks, &mut verdicts, anywhere);
    verdicts.iter().map(Option::is_some).collect()
}

#[test]
fn a_rail_of_dated_teasers_closing_the_story_goes() {
    let para = "The river rose two metres overnight and the town council opened the school \
                hall to the families whose houses stood nearest the old stone bridge.";
    let run = |texts: &[(Kind, &str, bool)]| teaser_rail_cuts(texts, false);
    let p = (Kind::Paragraph, para, false);
    let h = (Kind::Heading(2), "What the council decided", false);
    let title = (
        Kind::Heading(3),
        "Ten walks along the coast this spring",
        true,
    );
    let summary = (
        Kind::Paragraph,
        "Our pick of the paths that stay dry.",
        false,
    );
    let date = (Kind::Paragraph, "Mar 3, 2026", false);
    let story = [p, p, h, p, p];
    // Three linked titles, each with its date and a summary, after the
    // story: the rail goes, the story stays.
    let mut page = story.to_vec();
    page.extend([title, summary, date, title, summary, date, title, date]);
    let got = run(&page);
    let mut want = vec![false; 5];
    want.extend([true; 8]);
    assert_eq!(got, want);
    // Two are no rail; undated linked titles are no dated teasers.
    let mut two = story.to_vec();
    two.extend([title, date, title, date]);
    assert_eq!(run(&two), [false; 9]);
    let mut undated = story.to_vec();
    undated.extend([title, summary, title, summary, title, summary]);
    assert_eq!(run(&undated), [false; 11]);
    // A river of dated entries with no story before it stays, and so
    // does a rail the story goes on after.
    let river = [title, summary, date, title, summary, date, title, date, p];
    assert_eq!(run(&river), [false; 9]);
    let mut inside = page.clone();
    inside.extend([p, p, p, p]);
    assert_eq!(run(&inside), [false; 17]);
    // Titles already dropped for their link density still mark the
    // entries: their name lines, dates and summaries go.
    let blocks: Vec<Block> = page
        .iter()
        .map(|&(k, t, linked)| block(k, t, if linked { t.len() } else { 0 }))
        .collect();
    let mut verdicts: Verdicts = blocks
        .iter()
        .map(|b| (b.link_density() > 0.5).then_some(Reason::LinkDense(1.0)))
        .collect();
    dated_teaser_rails(&blocks, &mut verdicts, false);
    let (l, t) = (Some(Reason::LinkDense(1.0)), Some(Reason::TeaserRail));
    let mut want: Verdicts = vec![None; 5];
    want.extend([l, t, t, l, t, t, l, t]);
    assert_eq!(verdicts, want);
    // Entries whose text is a section of the story, not a summary, stay.
    let long = (Kind::Paragraph, para, false);
    let mut sections = story.to_vec();
    for _ in 0..3 {
        sections.extend([title, long, long, long, date]);
    }
    assert_eq!(run(&sections), [false; 20]);
}

#[test]
fn on_a_service_page_a_rail_of_dated_teasers_goes_among_its_sections() {
    let para = "Our advisers review your payroll, benefits and hiring files and \
                tell you which rules apply to a company of your size and state.";
    let run = teaser_rail_cuts;
    let p = (Kind::Paragraph, para, false);
    let title = (
        Kind::Heading(3),
        "What happens during a benefit plan audit",
        true,
    );
    let by = (
        Kind::Paragraph,
        "Written by Jane Roe on June 20, 2024",
        false,
    );
    let contact = (Kind::Heading(2), "How can we help you?", false);
    // The service's sections, a band of three dated promos, then a
    // contact box and a client's words: the band goes on a service page,
    // stays where a rail must close the text (an article's).
    let mut page = vec![p, p, p, p, p];
    page.extend([title, by, title, by, title, by, contact, p, p]);
    let mut want = vec![false; 5];
    want.extend([true; 6]);
    want.extend([false; 3]);
    assert_eq!(run(&page, true), want);
    assert_eq!(run(&page, false), [false; 14]);
    // Titles that only name a link ("Reviewing: ..." and the linked
    // subject) head dated reviews, the page's text: they stay.
    let blocks: Vec<Block> = page
        .iter()
        .map(|&(k, t, linked)| block(k, t, if linked { t.len() * 2 / 3 } else { 0 }))
        .collect();
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    dated_teaser_rails(&blocks, &mut verdicts, true);
    assert!(verdicts.iter().all(Option::is_none));
}

#[test]
fn on_a_thread_a_posts_cited_address_stays_a_link_list_goes() {
    let html = format!(
        "<body><div class='thread'><div class='post'><p>{}</p>\
         <p>Check more info at <a href='http://tldp.org/HOWTO/x.html'>\
         http://tldp.org/HOWTO/SquashFS-HOWTO/creatingandusing.html</a></p></div>\
         <div class='post'><p>{}</p><p>\
         <a href='/a'>https://example.org/tables/one</a><br>\
         <a href='/b'>https://example.org/tables/two</a><br>\
         <a href='/c'>https://example.org/tables/three</a> for the tables</p>\
         <p><a href='/next'>Next thread about it</a></p></div></div></body>",
        ANSWER.repeat(3),
        ANSWER.repeat(2),
    );
    let out = kept(&html, PageType::Forum);
    assert!(
        out.iter()
            .any(|k| k.starts_with("Check more info at http://tldp")),
        "{out:?}"
    );
    assert!(!out.iter().any(|k| k.contains("tables/one")), "{out:?}");
    assert!(!out.iter().any(|k| k.starts_with("Next thread")), "{out:?}");
    // Elsewhere a link-dense line still goes.
    assert!(!kept(&html, PageType::Article)
        .iter()
        .any(|k| k.starts_with("Check more info")));
}

#[test]
fn the_bands_above_the_region_join_on_service_pages_and_undated_articles() {
    // A service page's hero and an undated article's opening section (a
    // landing page typed article) join; a dated story's region does not
    // grow upwards, nor does a hub's or a shop's.
    assert!(bands_above_join(PageType::Service, true, false));
    assert!(bands_above_join(PageType::Article, false, false));
    assert!(!bands_above_join(PageType::Article, true, false));
    assert!(!bands_above_join(PageType::Article, false, true));
    assert!(!bands_above_join(PageType::Product, false, false));
    assert!(!bands_above_join(PageType::Collection, false, false));
}

#[test]
fn a_posts_first_date_line_in_a_machine_time_stays() {
    // Each post opens with its date, written in a `<time datetime>` (long
    // and short forms), neither linked nor in a `<header>`; a date line
    // further down the post, after its text, is not its date. The short
    // form ("1 yr") goes in segment.
    let post = |i: usize| {
        format!(
            "<article class='post'><div class='meta'><span><time datetime='2024-06-1{i}'>\
             <span>June 1{i}, 2024</span><span>1 yr</span></time></span></div>\
             <div class='body'><p>{i}: {ANSWER}</p><p><time datetime='2024-06-19'>\
             June 19, 2024</time></p></div></article>"
        )
    };
    let html = thread_of(post);
    let thread = kept(&html, PageType::Forum);
    for line in ["June 12, 2024", "June 13, 2024"] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    assert!(!thread.iter().any(|k| k == "June 19, 2024"), "{thread:?}");
}

#[test]
fn a_product_pages_bare_counts_go_but_a_labels_value_stays() {
    let html = "<html><body><main><h1>Bird feeder</h1>\
         <p>A feeder with a camera that names each bird that visits it and sends \
         you its picture, powered by a battery that lasts a month.</p>\
         <h2>Set it up</h2>\
         <div class='step'><div>1.</div><p>Fill the tray with seed and close the roof.</p></div>\
         <div class='step'><div>2.</div><p>Hang the feeder where you can see it from a window.</p></div>\
         <div class='spec'><div>Speeds</div><div>5</div></div>\
         <div class='spec'><div>Battery life</div><div>30 days</div></div>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    assert!(
        out.iter().any(|t| t.starts_with("Fill the tray")),
        "{out:?}"
    );
    assert!(!out.iter().any(|t| t == "1." || t == "2."), "{out:?}");
    assert!(out.iter().any(|t| t == "5"), "{out:?}");
    // Off a product page a numbered box is left to the other rules.
    let out = kept(html, PageType::Service);
    assert!(out.iter().any(|t| t == "2."), "{out:?}");
}

#[test]
fn a_product_pages_bare_prices_go_but_a_price_in_words_stays() {
    let html = "<html><body><main><h1>Rain shell</h1>\
         <div class='price'>€89.00</div>\
         <div class='was'>$34.99 $49.99</div>\
         <div class='save'>Save $15</div>\
         <p>€89.00 VAT included</p>\
         <p>A packable shell for wet walks and windy ferry crossings, with taped \
         seams and a hood that rolls into the collar. It costs $89 in our shops too.</p>\
         <table><tr><td>Price</td><td>$20.00</td></tr></table>\
         </main></body></html>";
    let out = kept(html, PageType::Product);
    for gone in ["€89.00", "$34.99 $49.99", "Save $15"] {
        assert!(!out.iter().any(|t| t == gone), "{gone} {out:?}");
    }
    assert!(out.iter().any(|t| t == "€89.00 VAT included"), "{out:?}");
    assert!(
        out.iter().any(|t| t.starts_with("A packable shell")),
        "{out:?}"
    );
    assert!(out.iter().any(|t| t.contains("$20.00")), "{out:?}");
    // Off a product page a price alone is left to the other rules.
    let out = kept(html, PageType::Service);
    assert!(out.iter().any(|t| t == "Save $15"), "{out:?}");
    assert!(is_bare_price("Price $ 79.99"));
    assert!(!is_bare_price("From $1099 or $91.58/mo. for 12 mo."));
    assert!(!is_bare_price("12 apples"));
    assert!(!is_bare_price(""));
}

#[test]
fn a_listing_hub_of_linked_titles_widens_past_its_carousel() {
    // A river of linked story titles, then a carousel of four stories with
    // long summaries: the carousel holds two thirds of the good text and
    // wins, but a listing whose titles make a river is a hub, whose region
    // holds all its entries.
    let promo = |i: usize| {
        format!(
            "<h3><a href='/v{i}'>Video {i}: bears wear cameras in the far north</a></h3>\
             <p>Unique views of the northern slope come from unlikely photographers: bears. Twelve \
             bears in one of the most remote populations in the world wear video collars that show \
             researchers how they feed, rest and roam through the long summer days, number {i}.</p>"
        )
    };
    let title = |i: usize| {
        // Promos of two markups, neither a group of entries of its own.
        let tag = if i.is_multiple_of(2) {
            "div"
        } else {
            "section"
        };
        format!("<{tag} class='item'><h3><a href='/s{i}'>Space agency story number {i} on the moon</a></h3></{tag}>")
    };
    let promos: String = (0..4).map(promo).collect();
    let titles: String = (0..HUB_TITLES - 3).map(title).collect();
    let html = format!(
        "<html><body><main><div class='top'><div class='list'>{titles}</div></div>\
         <div class='videos'><div class='carousel'>{promos}</div></div></main></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    assert!(
        out.iter()
            .any(|t| t.starts_with("Space agency story number 7")),
        "{out:?}"
    );
}

#[test]
fn a_band_of_teasers_headed_by_their_kind_goes() {
    let section = |h: &str| {
        format!(
            "<section><h2>{h}</h2><p>We plan, build and run the service with your team, \
             and we stay with you for as long as it runs in production.</p></section>"
        )
    };
    let card = |kind: &str, title: &str| {
        format!(
            "<div class='card'><p>{kind}</p><h3>{title}</h3>\
             <p>What a client learned moving its systems over a winter.</p></div>"
        )
    };
    let run = |band: &str| {
        let html = format!(
            "<body><main>{}{}<div class='band'>{band}</div>{}</main></body>",
            section("Strategy"),
            section("Operations"),
            section("Questions"),
        );
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = crate::prune::prune(&dom, &[], PageType::Service, false, true);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let mut verdicts: Verdicts = vec![None; blocks.len()];
        kicker_bands(&dom, &blocks, &mut verdicts);
        blocks
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_some())
            .map(|(b, _)| b.text.clone())
            .collect::<Vec<_>>()
    };
    // Three cards each opening with the kind of page they promote: the
    // band goes, the page's sections stay.
    let band = [
        card("Case study", "Moving a bank to the cloud"),
        card("Webinar", "Five lessons from a migration"),
        card("Blog", "Why the old system stayed"),
    ]
    .concat();
    let gone = run(&band);
    assert_eq!(gone.len(), 9);
    assert_eq!(gone.first().map(String::as_str), Some("Case study"));
    assert!(gone.iter().all(|t| !t.starts_with("We plan")));
    // Two such cards are no band; nor are cards whose first line names
    // their subject.
    let two = [
        card("Case study", "Moving a bank to the cloud"),
        card("Webinar", "Five lessons from a migration"),
    ]
    .concat();
    assert!(run(&two).is_empty());
    let subjects = [
        card("Banking", "Moving a bank to the cloud"),
        card("Retail", "Five lessons from a migration"),
        card("Energy", "Why the old system stayed"),
    ]
    .concat();
    assert!(run(&subjects).is_empty());
}

#[test]
fn a_product_pages_region_widens_to_the_box_holding_its_name() {
    // The description under the gallery wins the region; the name, and
    // the lines beside it, sit in the box above. On a product page the
    // region widens to the box holding both, when the box adds more than a
    // line or two; on articles, or when the lines beside the name are
    // only a price, the region stays the description.
    let desc = "The Classic watch sticks to its roots: a clean dial, hex hands and \
                a steel case that wears well every day of the year. "
        .repeat(6);
    let page = |beside: &str| {
        format!(
            "<html><head><title>Classic Moon Silver</title></head><body>\
             <div class='product'><div class='info-col'><div class='info'>\
             <h1>Classic Moon Silver</h1><p>{beside}</p></div></div>\
             <div class='detail-col'><div class='tabs'><div class='description'>\
             <p>{desc}</p></div></div></div></div>\
             <footer><p>Free shipping over $75 and easy returns on every order we ship.</p>\
             </footer></body></html>"
        )
    };
    let lead = "A slim 40 mm case in brushed steel, a silver dial and a mesh strap \
                that adjusts in seconds without any tool at all.";
    let long = page(lead);
    let short = page("Now $168.00, ships in two days.");
    let has = |out: &[String], t: &str| out.iter().any(|o| o.starts_with(t));
    let product = kept(&long, PageType::Product);
    assert!(has(&product, "A slim 40 mm"), "{product:?}");
    assert!(has(&product, "The Classic watch"), "{product:?}");
    assert!(!has(&product, "Free shipping"), "{product:?}");
    let out = kept(&long, PageType::Article);
    assert!(!has(&out, "A slim 40 mm"), "{out:?}");
    // On a service page the box above, holding the headline, is its hero
    // and joins as one (`leading_bands`).
    let out = kept(&long, PageType::Service);
    assert!(has(&out, "A slim 40 mm"), "{out:?}");
    let price = kept(&short, PageType::Product);
    assert!(!has(&price, "Now $168.00"), "{price:?}");
    assert!(has(&price, "The Classic watch"), "{price:?}");
}

#[test]
fn a_listings_row_of_links_goes_its_linked_titles_stay() {
    let entry = |i: usize| {
        format!(
            "<div class='post'><h3><a href='/p/{i}'>How we rebuilt the search index, part {i}</a></h3>\
             <p>A look at the storage engine behind the search box and what changed in release {i}.</p>\
             <p><a href='/a/{i}'>A longer linked title of entry number {i} here</a></p></div>"
        )
    };
    let row = "<div class='topics'><a href='/t/dev'>Developer tools</a> \
               <a href='/t/oss'>Open source</a> <a href='/t/ml'>Machine learning</a></div>";
    let entries: String = (0..4)
        .map(|i| entry(i) + if i == 1 { row } else { "" })
        .collect();
    let html = format!("<html><body><main><h1>Engineering</h1>{entries}</main></body></html>");
    let out = kept(&html, PageType::Listing);
    // Three links on one line, alone in their element: a menu's row.
    assert!(!out.iter().any(|t| t.contains("Open source")), "{out:?}");
    // One link per line, however long, is an entry's title.
    assert!(out.iter().any(|t| t.contains("entry number 2")), "{out:?}");
    assert!(out.iter().any(|t| t.contains("part 2")), "{out:?}");
}

#[test]
fn a_service_pages_headline_stays_unless_its_title_says_it() {
    let dom = crate::parse::parse(
        "<body><h1>Build fast. Run any code fearlessly.</h1></body>",
        &crate::pipeline::limits(&crate::Options::default()),
    );
    let hero = block(Kind::Heading(1), "Build fast. Run any code fearlessly.", 0);
    // The h1 is the headline's own element (the block's owner).
    let marks = |landing: &str| Marks {
        title: Some(hero.text.clone()),
        title_node: Some(hero.owner),
        reported_landing: Some(landing.to_owned()),
        ..Marks::default()
    };
    // An article's title is its headline: the heading goes.
    let declared = marks("Deploy app servers close to your users");
    assert!(headline_again(&dom, &hero, &declared, PageType::Article).is_some());
    // A service page reports its declared title: the hero's heading stays.
    assert!(headline_again(&dom, &hero, &declared, PageType::Service).is_none());
    // Unless that title says the heading.
    let same = marks("Build fast. Run any code fearlessly.");
    assert!(headline_again(&dom, &hero, &same, PageType::Service).is_some());
}

#[test]
fn a_consent_notice_goes_a_paragraph_about_a_policy_stays() {
    let prose = "The river rose two metres overnight and the council closed the \
                 bridge to traffic until engineers could inspect its piers. ";
    let html = format!(
        "<html><body><main><h1>Flood closes bridge</h1><p>{prose}</p><p>{prose}</p>\
         <p>Our privacy policy says how long we keep the photographs readers send.</p>\
         <p>To make this site work, we log user data. By using it, you agree to our \
         Privacy Policy, including cookie policy.</p></main></body></html>"
    );
    let text = kept(&html, PageType::Article).join("\n");
    assert!(text.contains("piers"), "{text}");
    assert!(text.contains("photographs readers send"), "{text}");
    assert!(!text.contains("you agree"), "{text}");
}

#[test]
fn a_product_pages_name_stays_in_the_text() {
    let dom = crate::parse::parse(
        "<body><h1>Faux leather jacket - black</h1></body>",
        &crate::pipeline::limits(&crate::Options::default()),
    );
    let name = block(Kind::Heading(1), "Faux leather jacket - black", 0);
    let marks = Marks {
        title: Some(name.text.clone()),
        title_node: Some(name.owner),
        ..Marks::default()
    };
    // On an article the heading is the headline the title reports: it goes.
    assert!(headline_again(&dom, &name, &marks, PageType::Article).is_some());
    // On a product page it is the product's name, the record's first line.
    assert!(headline_again(&dom, &name, &marks, PageType::Product).is_none());
}

#[test]
fn a_linked_brand_inside_a_product_pages_h1_stays() {
    let prose = "Cut from a soft faux leather with a turn-down collar, a zip and a \
                 chest pocket, this jacket is lined in polyester and machine washable. ";
    let html = format!(
        "<html><body><main><h1><div><a href='/brands/northwind/'>Northwind</a></div>\
         <span>Faux leather jacket - black</span></h1><p>{prose}</p><p>{prose}</p>\
         <div><a href='/brands/northwind/'>More from this brand</a></div></main></body></html>"
    );
    let text = kept(&html, PageType::Product).join("\n");
    // The brand is the headline's first words, linked to the brand's shop.
    assert!(text.contains("Northwind"), "{text}");
    assert!(text.contains("Faux leather jacket"), "{text}");
    // A link outside the headline is still judged as links are.
    assert!(!text.contains("More from this brand"), "{text}");
}

#[test]
fn a_list_of_links_a_clause_announces_stays_on_listings() {
    let page = |lead: &str, items: usize| {
        let links: String = (0..items)
            .map(|k| format!("<li><a href=/b{k}>Brand {k}</a></li>"))
            .collect();
        format!(
            "<body><main><p>What are some popular brands here?</p><p>{lead}</p>\
             <ul>{links}</ul><p>Browse our selection of brands.</p></main></body>"
        )
    };
    let kept = |html: &str| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = crate::prune::prune(&dom, &[], PageType::Collection, false, true);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let mut verdicts: Verdicts = blocks
            .iter()
            .map(|b| (b.link_density() > 0.5).then_some(Reason::LinkDense(1.0)))
            .collect();
        introduced_links(&blocks, None, &mut verdicts);
        blocks
            .iter()
            .zip(&verdicts)
            .filter(|(b, v)| b.text.starts_with("Brand") && v.is_none())
            .count()
    };
    assert_eq!(kept(&page("The top brands for kayaks include:", 5)), 5);
    // A control's label, short or ending in a function word, a clause
    // without its colon, or a list as long as a menu: the links go.
    assert_eq!(kept(&page("Sort by:", 5)), 0);
    assert_eq!(kept(&page("Refine your results by:", 5)), 0);
    assert_eq!(kept(&page("The top brands for kayaks include", 5)), 0);
    assert_eq!(kept(&page("The top brands for kayaks include:", 40)), 0);
}

#[test]
fn a_box_of_poster_tallies_goes_a_posts_own_list_stays() {
    // A thread's overview box: a titled list of posters, each a linked
    // name and a count; then a post whose own list of linked names and
    // numbers sits among its prose; then the "Most active" box of one
    // row, under its own heading.
    let tally = |name: &str, n: usize| {
        format!("<li><a href='/u/{name}'>{name}</a> <span>{n} posts</span></li>")
    };
    let html = format!(
        "<body><div class='thread'>\
         <div class='overview'><h4>Top Posters In This Topic</h4><ul>{}{}{}</ul></div>\
         <div class='post'><h4><a href='/u/hayley'>hayley</a></h4><div class='body'>\
         <p>First, {ANSWER}</p><ul><li><a href='/m/1'>Model One</a> 12 mm</li>\
         <li><a href='/m/2'>Model Two</a> 18 mm</li><li><a href='/m/3'>Model Three</a> 24 mm</li>\
         <li>I would take the second, it is the lightest of them all.</li></ul></div></div>\
         <div class='overview'><h4>Most Active</h4><ul>{}</ul></div>\
         <div class='post'><h4><a href='/u/kestrel'>kestrel</a></h4><div class='body'>\
         <p>Second, {ANSWER}</p></div></div>\
         </div></body>",
        tally("William", 56),
        tally("Alfred", 8),
        tally("SrPx", 19),
        tally("paul2009", 1),
    );
    let thread = kept(&html, PageType::Forum);
    for line in [
        "Top Posters In This Topic",
        "William 56 posts",
        "Alfred 8 posts",
        "Most Active",
        "paul2009 1 posts",
    ] {
        assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    for line in ["Model One 12 mm", "Model Three 24 mm", "hayley", "kestrel"] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
}

#[test]
fn an_empty_threads_opening_post_is_its_title_and_link_line() {
    // A link post whose replies a script loads: the headline and the link
    // line beside it in the post's box come in; a menu's lines do not, and
    // a box of more lines keeps the headline alone.
    let parts = |extra: &str| {
        format!(
            "<body><ul><li><a href='/'>Home</a></li><li><a href='/new'>New</a></li></ul>\
             <div class='post'><h1 id='t'>Council votes to open the river path at night</h1>\
             <a href='https://example.org/story'>example.org</a>{extra}</div></body>"
        )
    };
    let many = "<p>one</p><p>two</p><p>three</p>";
    for (html, want) in [
        (
            parts(""),
            vec![
                "Council votes to open the river path at night",
                "example.org",
            ],
        ),
        (
            parts(many),
            vec!["Council votes to open the river path at night"],
        ),
    ] {
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = crate::prune::prune(&dom, &[], PageType::Forum, false, true);
        let blocks = crate::segment::segment(&dom, &pruned, None);
        let mut verdicts: Verdicts = vec![Some(Reason::OutsideRegion); blocks.len()];
        let h = (0..dom.len()).find(|&id| {
            dom.element(id)
                .and_then(|e| e.attr(&html5ever::local_name!("id")))
                == Some("t")
        });
        empty_thread_opener(&dom, &blocks, &mut verdicts, h);
        let kept: Vec<&str> = blocks
            .iter()
            .zip(&verdicts)
            .filter(|(_, v)| v.is_none())
            .map(|(b, _)| b.text.trim())
            .collect();
        assert_eq!(kept, want, "{html}");
        // A page with a kept block is not empty: nothing changes.
        let mut one = vec![Some(Reason::OutsideRegion); blocks.len()];
        if let Some(v) = one.last_mut() {
            *v = None;
        }
        let before = one.clone();
        empty_thread_opener(&dom, &blocks, &mut one, h);
        assert_eq!(one, before);
    }
}

#[test]
fn a_heading_closing_the_text_with_nothing_under_it_goes() {
    let run = |rows: &[(Kind, &str, usize, bool)]| {
        let blocks: Vec<Block> = rows.iter().map(|(k, t, l, _)| block(*k, t, *l)).collect();
        let mut verdicts: Verdicts = rows
            .iter()
            .map(|(.., dropped)| dropped.then_some(Reason::OutsideRegion))
            .collect();
        empty_headings(&blocks, &mut verdicts);
        verdicts.iter().map(Option::is_some).collect::<Vec<_>>()
    };
    let (h2, h3, p) = (Kind::Heading(2), Kind::Heading(3), Kind::Paragraph);
    let text = "The valley's orchards flowered early this year.";
    // A closing section's label goes, with its empty sub-heading; a
    // heading whose text was dropped closes the text too.
    assert_eq!(
        run(&[
            (p, text, 0, false),
            (h2, "Related", 0, false),
            (h3, "Latest", 0, false)
        ]),
        [false, true, true]
    );
    assert_eq!(
        run(&[
            (p, text, 0, false),
            (h2, "Poll of the Week", 0, false),
            (p, text, 0, true)
        ]),
        [false, true, true]
    );
    // A heading with text under it stays, and so does one above it.
    assert_eq!(
        run(&[
            (h2, "Poll of the Week", 0, false),
            (h3, "Latest", 0, false),
            (p, text, 0, false)
        ]),
        [false, false, false]
    );
    // A linked title, a sentence, a long heading, and the last of a run of
    // headings of one rank (tiles' names) stay.
    for closing in [
        (h2, "Ten easy herbs", 10, false),
        (h2, "We answer within a day.", 0, false),
        (
            h2,
            "Everything you need to grow a garden in spring",
            0,
            false,
        ),
    ] {
        assert_eq!(run(&[(p, text, 0, false), closing]), [false, false]);
    }
    assert_eq!(
        run(&[
            (p, text, 0, false),
            (h3, "Koi Sets", 0, false),
            (h3, "QoR Sets", 0, false)
        ]),
        [false, false, false]
    );
}

#[test]
fn labels_over_an_entrys_picture_go() {
    // Video cards: a picture box holding the picture, an "On Now" label
    // and the running time, beside a body box of title and summary; then
    // job cards whose header box holds a logo, the company and its place.
    let video = |(t, d): (&str, &str)| {
        format!(
            "<li><div class='media'><img src='a.jpg'><div>On Now</div><div>{d}</div></div>\
             <div class='body'><div>{t}</div><p>A summary of the clip, told in a sentence.</p>\
             </div></li>"
        )
    };
    let job = |(c, p): (&str, &str)| {
        format!(
            "<li><div class='head'><img src='logo.png'><div>{c}</div><div>{p}</div></div>\
             <h3>A job offered by {c}, with its title in full</h3></li>"
        )
    };
    let videos: String = [
        ("Whales sing again", "1:07"),
        ("A comet seen from Chile", "0:41"),
        ("Bees count to four", "12:05"),
    ]
    .into_iter()
    .map(video)
    .collect();
    let jobs: String = [
        ("Acme", "Lisbon"),
        ("Borealis", "Oslo"),
        ("Cobalt", "Porto"),
    ]
    .into_iter()
    .map(job)
    .collect();
    let html = format!("<body><main><ul>{videos}</ul><ul>{jobs}</ul></main></body>");
    let dropped = dropped_on_listing(&html, picture_overlays, Reason::PictureOverlay);
    // The labels and running times over the pictures go; titles,
    // summaries and the job cards' companies and places (said once) stay.
    assert_eq!(
        dropped,
        ["On Now", "1:07", "On Now", "0:41", "On Now", "12:05"]
    );
}

#[test]
fn a_threads_software_notices_go() {
    for (text, linked, notice) in [
        ("Advertisement (gone after registration)", 0.0, true),
        ("Advertisement - Members don't see this ad", 0.0, true),
        ("Anzeige (nur für Gäste)", 0.0, true),
        ("Sent from my SM-S908U using Tapatalk", 0.0, true),
        ("Gesendet von meinem Pixel 7 mit Tapatalk", 0.0, true),
        (
            "This topic has been deleted. Only users with topic management privileges can see it.",
            0.0,
            true,
        ),
        ("2 weeks later...", 0.0, true),
        ("3 Wochen später…", 0.0, true),
        ("WiSK and JapesUK like this.", 0.6, true),
        ("Quote", 0.0, true),
        ("Expand", 0.0, true),
        ("Reply with quote", 0.0, true),
        ("Mit Zitat antworten", 0.0, true),
        ("OP", 0.0, true),
        ("New Member", 0.0, true),
        ("Web Hosting Guru", 0.0, true),
        ("Moderator", 0.0, true),
        ("Membre actif", 0.0, true),
        ("Offline", 0.0, true),
        ("Thread starter", 0.0, true),
        (
            "Did this help? Please give feedback by clicking an icon below",
            0.0,
            true,
        ),
        // A post's own words that start or end alike.
        ("Advertising: reach your buyers where they read", 0.0, false),
        ("Advertisement", 0.0, false),
        ("I'd do something like this.", 0.0, false),
        ("Two weeks later the engine failed again.", 0.0, false),
        ("Quote of the day", 0.0, false),
        ("Reply with quotes from the manual, please.", 0.0, false),
        // A poster named for a rank, a rank in a sentence, a linked name.
        ("Admin", 0.0, false),
        ("Guest", 0.0, false),
        ("Welcome, new member!", 0.0, false),
        ("Thanks to every member of the club", 0.0, false),
        ("Forum Moderator", 1.0, false),
        ("Member since 2019", 0.0, false),
        (
            "Sent from the garden shed, where the router is.",
            0.0,
            false,
        ),
    ] {
        assert_eq!(is_thread_notice(text, linked), notice, "{text}");
    }
    let lines = [
        (
            Kind::Paragraph,
            "Advertisement (gone after registration)",
            0,
        ),
        (Kind::Paragraph, "Shino glazes love a wood firing.", 0),
        (Kind::Quote, "Quote", 0),
        (Kind::Paragraph, "WiSK and JapesUK like this.", 16),
        (Kind::Paragraph, "Sent from my Pixel 7 using Tapatalk", 0),
    ];
    let blocks: Vec<Block> = lines.iter().map(|&(k, t, l)| block(k, t, l)).collect();
    let mut verdicts: Verdicts = vec![None; blocks.len()];
    thread_notices(&blocks, &mut verdicts);
    let kept: Vec<&str> = lines
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(l, _)| l.1)
        .collect();
    assert_eq!(kept, ["Shino glazes love a wood firing."]);
}

#[test]
fn a_listings_linked_age_line_below_an_entry_stays() {
    // A job board drawn as a table: each entry's title row, then a row
    // holding only its age, linked whole to the entry.
    let rows: String = (1..=6)
        .map(|i| {
            format!(
                "<tr class='entry' id='e{i}'><td class='rank'>{i}.</td><td><img src='s.gif'>\
                 </td><td><a href='https://example.org/{i}'>Harbour Tools is hiring a \
                 welder for shift {i}</a> (<a href='/from/{i}'>example.org</a>)</td></tr>\
                 <tr><td colspan='2'></td><td class='sub'><span class='age'>\
                 <a href='/job/{i}'>{i} days ago</a></span></td></tr><tr class='gap'></tr>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><table><tr><td><a href='/'>Home</a></td></tr></table>\
         <table>{rows}</table></body></html>"
    );
    let out = kept(&html, PageType::Listing);
    assert!(out.iter().any(|t| t == "3 days ago"), "{out:?}");
    assert!(out.iter().any(|t| t.contains("shift 3")), "{out:?}");
    assert!(!out.iter().any(|t| t == "Home"), "{out:?}");
    // Elsewhere a linked age line goes as any link.
    let out = kept(&html, PageType::Article);
    assert!(!out.iter().any(|t| t == "3 days ago"), "{out:?}");
    for (kind, text, age) in [
        (Kind::Row, "17 hours ago", true),
        (Kind::Paragraph, "vor 2 Tagen", true),
        (Kind::Paragraph, "il y a 3 jours", true),
        (Kind::ListItem, "March 3, 2021", true),
        (Kind::Row, "3 days ago\t12 points", false),
        (Kind::Paragraph, "1.2K views", false),
        (Kind::Heading(3), "2 days ago", false),
    ] {
        assert_eq!(
            is_age_or_date(&block(kind, text, text.len())),
            age,
            "{text:?}"
        );
    }
}

#[test]
fn a_counter_its_script_never_ran_goes_with_its_caption() {
    // A stats band drawn before its script counts up: "0" over each
    // figure's caption. A table's zero and a sentence after a zero stay.
    let html = "<html><body><main><h1>Open source CRM</h1>\
         <p>Sell, market and serve your customers better with a CRM that you own, \
         run on your own servers and change as your business needs it.</p>\
         <h2>Join the people using it</h2>\
         <div class='counters'><div class='box'><span class='display-counter'>0</span>\
         <div class='caption'>Community Members</div></div>\
         <div class='box'><span class='display-counter'>0</span>\
         <div class='caption'>Downloads</div></div></div>\
         <p>Every feature is free to use, and the code is yours to read and to change \
         under an open licence.</p>\
         <table><tr><td>Open issues</td><td>0</td></tr></table>\
         </main></body></html>";
    let out = kept(html, PageType::Service);
    assert!(
        out.iter().any(|t| t.starts_with("Every feature")),
        "{out:?}"
    );
    assert!(
        !out.iter()
            .any(|t| t == "0" || t == "Community Members" || t == "Downloads"),
        "{out:?}"
    );
    assert!(out.iter().any(|t| t.contains("Open issues")), "{out:?}");
}

#[test]
fn a_service_pages_section_drawn_twice_is_kept_once() {
    // A feature band drawn twice, for wide screens and narrow ones, in two
    // sibling boxes of different classes: the narrow copy goes.
    let band = "<h3>Alignment</h3><p>Get business units working in harmony across the whole company.</p>\
                <h3>Efficiency</h3><p>Standardize and automate workflows while assigning clear owners.</p>\
                <h3>Visibility</h3><p>Take the guesswork out of decisions with real-time insights.</p>";
    let html = format!(
        "<html><body><main><h1>Work management</h1>\
         <p>Plan, run and track every project of your organisation in one place that every \
         team can shape to the way it works, from a first idea to delivery.</p>\
         <div class='sec'><div class='wide'>{band}</div><div class='narrow'>{band}</div></div>\
         <p>Start free today and invite your whole team to the workspace in a minute.</p>\
         </main></body></html>"
    );
    let out = kept(&html, PageType::Service);
    let times = out
        .iter()
        .filter(|t| t.starts_with("Get business units"))
        .count();
    assert_eq!(times, 1, "{out:?}");
    assert_eq!(
        out.iter().filter(|t| *t == "Alignment").count(),
        1,
        "{out:?}"
    );
}

#[test]
fn a_newsletter_pitch_goes_on_articles_whatever_its_share_of_the_line() {
    let html = "<html><body><main><h1>Pruning Roses in March</h1>\
         <p>Roses want a hard cut in early spring, just as the buds swell, down to \
         an outward-facing bud about a hand above the ground.</p>\
         <p>Sign up for our newsletter for garden tips, updates, and events</p>\
         <p>Take out dead and crossing stems first, then thin the middle so the air \
         moves through the bush all summer long.</p>\
         <p>Thank you for subscribing to our weekly digest.</p>\
         <p>Our readers told us how they use the weekly newsletter our club sends in \
         spring: as a calendar for the first feed, the first spray and the show, \
         pinned by the back door all season.</p>\
         </main></body></html>";
    let out = kept(html, PageType::Article);
    assert!(out.iter().any(|t| t.starts_with("Roses want")), "{out:?}");
    assert!(
        out.iter().any(|t| t.starts_with("Take out dead")),
        "{out:?}"
    );
    assert!(!out.iter().any(|t| t.starts_with("Sign up")), "{out:?}");
    assert!(!out.iter().any(|t| t.starts_with("Thank you")), "{out:?}");
    // A sentence of the story that names a newsletter is longer: it stays.
    assert!(out.iter().any(|t| t.starts_with("Our readers")), "{out:?}");
    // Off an article such lines are left to the other rules.
    let out = kept(html, PageType::Service);
    assert!(out.iter().any(|t| t.starts_with("Sign up")), "{out:?}");
    assert!(lang::is_newsletter_pitch(
        "Get the best stories delivered to your inbox."
    ));
    assert!(!lang::is_newsletter_pitch("Sign up for MyGuide today."));
}

#[test]
fn an_affiliate_disclosure_in_its_own_box_goes_on_every_type() {
    let html = "<html><body><main><h1>Three Camp Stoves for Autumn</h1>\
         <div class='bar'><p>This post may contain affiliate links. Read more on \
         my About page!</p></div>\
         <p>Cold mornings punish a stove that was happy in July: canisters lose \
         pressure below freezing and the wind doubles the time to a boil.</p>\
         <p>Full disclosure: I bought all three, and when you buy through links on \
         this blog I may earn a commission.</p>\
         <p>I carried each of them on four trips last autumn and timed a litre of \
         water every evening, from frosty campsites to a windy ridge.</p>\
         <ul><li>A remote canister that can be turned upside down in the cold.</li>\
         <li>Many brands run programmes where writers earn a commission on each \
         sale, so read several reviews.</li></ul>\
         <div class='note'>As an Amazon Associate we earn from qualifying purchases.</div>\
         </main></body></html>";
    for page_type in [PageType::Article, PageType::Product, PageType::Service] {
        let out = kept(html, page_type);
        assert!(
            out.iter().any(|t| t.starts_with("Cold mornings")),
            "{out:?}"
        );
        // A template's boxes: a notice bar, a disclosure div.
        assert!(
            !out.iter().any(|t| t.starts_with("This post may")),
            "{page_type:?} {out:?}"
        );
        assert!(
            !out.iter().any(|t| t.starts_with("As an Amazon")),
            "{page_type:?} {out:?}"
        );
        // The author's note among the story's paragraphs, and a list
        // item about affiliate programmes, are the page's own words.
        assert!(
            out.iter().any(|t| t.starts_with("Full disclosure")),
            "{page_type:?} {out:?}"
        );
        assert!(
            out.iter().any(|t| t.starts_with("Many brands")),
            "{page_type:?} {out:?}"
        );
    }
    assert!(lang::is_affiliate_disclosure(
        "Dieser Beitrag enthält Affiliate-Links."
    ));
    assert!(lang::is_affiliate_disclosure(
        "Cet article contient des liens affiliés."
    ));
    assert!(!lang::is_affiliate_disclosure(
        "No affiliate links. No paid promotion."
    ));
}

#[test]
fn a_numbered_posts_name_after_its_date_row_stays() {
    // A vBulletin-style post (`<li id="post_N">`, no class or schema type
    // naming a post): its header row gives the date, then the poster's
    // linked name, profile links and card. Without the numbered id no post
    // is found, and the date line kept first hid the name.
    let post = |i: usize| {
        let name = ["", "hazelrow", "Kestrel", "whammel"]
            .get(i)
            .copied()
            .unwrap_or("x");
        format!(
            "<li id='post_10{i}' class='postbitlegacy'><div class='posthead'>\
             <span>11-2{i}-2024, 02:43 PM</span></div>\
             <div class='userinfo'><span>Seedling Grower</span>\
             <div><a href='/member.php?u={i}'><strong>{name}</strong></a></div>\
             <div><a href='/member.php?u={i}&amp;tab=profile'>View Profile</a></div></div>\
             <div class='content'><p>{i}: {ANSWER}</p></div></li>"
        )
    };
    let thread = kept(&thread_of(post), PageType::Forum);
    for line in ["hazelrow", "Kestrel", "whammel", "11-22-2024, 02:43 PM"] {
        assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
    }
    assert!(!thread.iter().any(|k| k == "View Profile"), "{thread:?}");
}

#[test]
fn a_post_footers_date_with_its_minute_in_a_tooltip_stays() {
    // A XenForo-1-style footer after each post's text: the poster's name
    // and the day shown, the minute in the date's tooltip, and an "IP"
    // control. A card's join date under no tooltip goes, and so does an
    // edit stamp written in a `<time>` (its tooltip is the machine's).
    let post = |i: usize| {
        format!(
            "<li id='post-{i}' class='message'><div class='card'>\
             <dl><dt>Joined:</dt><dd>Mar 3, 2019</dd></dl></div>\
             <div class='body'><p>{i}: {ANSWER}</p></div>\
             <div class='meta'><span><a href='/m/{i}'>poster{i}</a>, \
             <span class='DateTime' title='May 1{i}, 2024 at 2:39 AM'>May 1{i}, 2024</span>\
             </span> <a href='/p/{i}/ip'>IP</a></div>\
             <div class='edit'>Edited <time datetime='2024-06-0{i}T10:00' \
             title='June 0{i}, 2024 at 10:00 AM'>June 0{i}, 2024</time> by poster{i}</div></li>"
        )
    };
    let thread = kept(&thread_of(post), PageType::Forum);
    assert!(
        thread.iter().any(|k| k == "poster2, May 12, 2024 IP"),
        "{thread:?}"
    );
    assert!(
        !thread.iter().any(|k| k.starts_with("Edited")),
        "{thread:?}"
    );
    assert!(!thread.iter().any(|k| k == "Mar 3, 2019"), "{thread:?}");
}

#[test]
fn a_posters_name_said_again_in_later_posts_stays() {
    // Two posters take turns, each name said three times as its posts'
    // first line: each is a repeated label, yet names differ from post to
    // post. "Member" and "Offline" are said alike and open no post.
    let post = |n: u32, name: &str, body: &str| {
        format!(
            "<div id='p{n}' class='blockpost'><h2><a href='#p{n}'>2024-08-0{n} 10:59</a></h2>\
             <div class='inbox'><div class='left'><dl><dt><strong>{name}</strong></dt>\
             <dd>Member</dd><dd>Posts: 9{n}</dd></dl></div>\
             <div class='right'><p>{body}</p></div><p>Offline</p></div></div>"
        )
    };
    let html = format!(
        "<body><div class='thread'>{}{}{}{}{}{}</div></body>",
        post(1, "archie", &format!("First, {ANSWER}")),
        post(2, "Trilby", &format!("Second, {ANSWER}")),
        post(3, "archie", &format!("Third, {ANSWER}")),
        post(4, "Trilby", &format!("Fourth, {ANSWER}")),
        post(5, "archie", &format!("Fifth, {ANSWER}")),
        post(6, "Trilby", &format!("Sixth, {ANSWER}")),
    );
    let thread = kept(&html, PageType::Forum);
    for name in ["archie", "Trilby"] {
        let times = thread.iter().filter(|k| *k == name).count();
        assert_eq!(times, 3, "{name} {thread:?}");
    }
    assert!(
        !thread.iter().any(|k| k == "Member" || k == "Offline"),
        "{thread:?}"
    );
    // One poster alone: a line every post opens with alike is a label.
    let html = html.replace("Trilby", "archie");
    let thread = kept(&html, PageType::Forum);
    assert!(!thread.iter().any(|k| k == "archie"), "{thread:?}");
}

#[test]
fn a_box_styled_like_the_one_around_the_best_joins_the_region() -> Result<(), String> {
    // A page builder's text blocks, each `<div class="rich block">`: the
    // intro's paragraphs in one, a heading and a list of definitions in
    // the next, whose list scores best.
    // (Its paragraphs link a guide: more link text than a body split by
    // an ad slot would show.)
    let para = "Use this planner to see how much you need to save each month for the \
                years you have left before you stop working, and what it leaves you \
                (<a href='/guide'>read our guide to saving for later life</a>).";
    let item = |t: &str| {
        format!(
            "<li><strong>{t}:</strong> the amount you enter here, in today's money, \
             which the planner grows each year by the rate of return you expect.</li>"
        )
    };
    let items: String = [
        "Savings",
        "Income",
        "Spending",
        "Return",
        "Inflation",
        "Age",
    ]
    .iter()
    .map(|t| item(t))
    .collect();
    let html = format!(
        "<body><div class='content'><div><div class='rich block'><p>{para}</p><p>{para}</p>\
         <p>{para}</p></div><div class='rich block'><h3>Definitions</h3><ul>{items}</ul>\
         </div></div></div></body>"
    );
    let Staged { dom, scores, .. } = staged(&html, PageType::Article);
    let find = |tag: &str| (0..dom.len()).find(|&i| dom.html_name(i).is_some_and(|n| &**n == tag));
    let (Some(ul), Some(p)) = (find("ul"), find("p")) else {
        return Err("no list or paragraph".into());
    };
    let roots = region(&dom, &scores, ul);
    assert!(roots.iter().any(|&r| dom.contains(r, p)), "{roots:?}");
    Ok(())
}

#[test]
fn a_linked_item_in_a_list_of_text_is_an_item_of_it() {
    let s = staged(
        "<body><ul>\
         <li>Colour theory</li><li>Typography fundamentals</li>\
         <li><a href='/dv'>Data visualization</a></li><li>Accessibility in design</li>\
         <li>Design thinking</li></ul>\
         <ul><li>Sign in</li><li><a href='/a'>Home</a></li><li><a href='/b'>Shop</a></li>\
         <li><a href='/c'>Blog</a></li></ul>\
         <ol><li><p>Great question, thanks.</p><p>Me too.</p><p>And me.</p>\
         <a href='/q'>Reply With Quote</a></li></ol></body>",
        PageType::Article,
    );
    let text = |t: &str| s.blocks.iter().position(|b| b.text.trim() == t);
    let mut verdicts: Verdicts = s
        .blocks
        .iter()
        .map(|b| (b.link_density() > 0.5).then_some(Reason::LinkDense(1.0)))
        .collect();
    linked_items_in_lists(&s.dom, &s.scores, &s.blocks, &mut verdicts);
    let verdict = |t: &str| text(t).and_then(|i| verdicts.get(i)).cloned();
    // An item of a list of text stays.
    assert_eq!(verdict("Data visualization"), Some(None));
    // A menu's links stay out: its one unlinked label is no list of text.
    assert!(matches!(verdict("Home"), Some(Some(Reason::LinkDense(_)))));
    // A post's button, closing its item after its text, stays out.
    assert!(matches!(
        verdict("Reply With Quote"),
        Some(Some(Reason::LinkDense(_)))
    ));
}

#[test]
fn a_product_heading_whose_section_all_went_goes() {
    let html = "<body><main><h1>Oak shelf</h1>\
        <p>A sturdy shelf of solid oak, finished by hand and built to last for years.</p>\
        <h2>Assembly and documents</h2><h3>Assembly instructions</h3>\
        <p><a href='/shelf.pdf'>Oak shelf 802.758.87</a></p>\
        <h2>Accessories for the shelf</h2><button>Show all accessories</button>\
        <h2>Measurements</h2><h3>Material</h3><h3>Care</h3><p>Wipe clean with a damp cloth.</p>\
        <h2>Good to know</h2><p>The top holds up to 25 kg when the shelf is fixed to a wall.</p>\
        </main></body>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Product, false, false);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    // Everything kept but the link line, as the earlier rules leave it.
    let mut verdicts: Verdicts = blocks
        .iter()
        .map(|b| (b.link_chars > 0).then_some(Reason::LinkDense(1.0)))
        .collect();
    control_headings(&dom, &pruned, &blocks, &mut verdicts);
    let kept: Vec<&str> = blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(b, _)| b.text.trim())
        .collect();
    // The headings over the download link and over the button go; a
    // heading over a sub-heading with text, and a run of two labels with
    // nothing at all between them, stay.
    assert_eq!(
        kept,
        [
            "Oak shelf",
            "A sturdy shelf of solid oak, finished by hand and built to last for years.",
            "Measurements",
            "Material",
            "Care",
            "Wipe clean with a damp cloth.",
            "Good to know",
            "The top holds up to 25 kg when the shelf is fixed to a wall."
        ]
    );
}

#[test]
fn a_service_cards_linked_header_comes_back_with_its_text() {
    let people = [
        ("Ann Lee", "Founder at Paperbell"),
        ("Bo Chen", "CTO at Basecamp"),
        ("Cy Diaz", "Designer and founder"),
    ];
    let quotes: String = people
        .iter()
        .map(|(name, role)| {
            format!(
                "<div class='quote'><div class='head'><a href='https://social.example/{name}'>\
                 <div>{name}</div><div>{role}</div></a></div>\
                 <div class='said'>We switched our whole network over in an afternoon and \
                 have not looked back since.</div></div>"
            )
        })
        .collect();
    let html = format!(
        "<html><body><nav><a href='/'>Home</a> <a href='/pricing'>Pricing</a></nav><main>\
         <h1>Simple analytics</h1><p>Count your visitors without cookies, and keep every \
         figure on servers you choose, in a dashboard anyone on your team can read.</p>\
         <div class='quotes'>{quotes}</div><p>Start a free trial today: no card is asked \
         for, and you can leave whenever you like.</p>\
         <div><a href='/docs'>Documentation</a></div></main></body></html>"
    );
    let out = kept(&html, PageType::Service);
    for (name, role) in people {
        assert!(out.iter().any(|t| t == name), "{name}: {out:?}");
        assert!(out.iter().any(|t| t == role), "{role}: {out:?}");
    }
    // A link alone heading no text of its card is still a link.
    assert!(!out.iter().any(|t| t == "Documentation"), "{out:?}");
    // On an article the same lines stay links.
    let out = kept(&html, PageType::Article);
    assert!(!out.iter().any(|t| t == "Ann Lee"), "{out:?}");
}

#[test]
fn a_collections_spoken_tile_labels_leave_the_kept_price_line() {
    let labelled = |text: &str, labels: &[&str]| {
        let mut b = block(Kind::Paragraph, text, 0);
        b.spoken_labels = Some(labels.iter().map(|l| (*l).to_owned()).collect());
        b.markup = Some(Box::new(crate::segment::Markup {
            md: text.replace("£102", "~~£102~~"),
            html: text.replace("£102", "<s>£102</s>"),
            ..Default::default()
        }));
        b
    };
    let line = "Sale price £88 Regular price £102";
    let mut b = labelled(line, &["Sale price", "Regular price"]);
    strip_spoken_labels(&mut b, PageType::Collection);
    assert_eq!(b.text, "£88 £102");
    let m = b
        .markup
        .as_deref()
        .map(|m| (m.md.as_str(), m.html.as_str()));
    assert_eq!(m, Some(("£88 ~~£102~~", "£88 <s>£102</s>")));
    // A label no price follows is words of the line; off collections and
    // listings nothing is read.
    let mut b = labelled("Sale price ends Sunday", &["Sale price"]);
    strip_spoken_labels(&mut b, PageType::Collection);
    assert_eq!(b.text, "Sale price ends Sunday");
    let mut b = labelled(line, &["Sale price", "Regular price"]);
    strip_spoken_labels(&mut b, PageType::Article);
    assert_eq!(b.text, line);
    // Only the labels the screen reader's boxes held go.
    let mut b = labelled(line, &["Regular price"]);
    strip_spoken_labels(&mut b, PageType::Listing);
    assert_eq!(b.text, "Sale price £88 £102");
}

#[test]
fn a_posts_linked_name_its_author_element_declares_stays() {
    // A NodeBB-style post: a group badge (a link) before the poster's
    // linked name, in a header marked `itemprop="author"` whose `<meta
    // itemprop="name">` says the name; the avatar's initial repeats it.
    // Without the declared name the link-dense name line went and the
    // badge was taken for the post's first line.
    let post = |i: usize| {
        let name = ["", "julian", "Kichae", "Scott M. Stolz"]
            .get(i)
            .copied()
            .unwrap_or("x");
        let initial: String = name.chars().take(1).collect();
        format!(
            "<div {{mark}}{i}'><div class='post-header' itemprop='author' \
             itemscope itemtype='https://schema.org/Person'>\
             <meta itemprop='name' content='{name}'>\
             <div><a href='/u/{i}'><span>{initial}</span></a></div>\
             <div><a href='/groups/devs'>Developers</a></div>\
             <div><a class='name' href='/user/{i}'>{name}</a></div></div>\
             <div class='content' itemprop='text'><p>{i}: {ANSWER}</p></div></div>"
        )
    };
    // Posts no id or class marks (only the declared author finds the
    // name), then numbered posts (the poster-name rule took the badge, the
    // post's first linked line, for the name).
    for mark in ["data-index='", "id='post_10"] {
        let html = thread_of(post).replace("{mark}", mark);
        let thread = kept(&html, PageType::Forum);
        // (The first post's header lines are the story's edge, trimmed.)
        for line in ["Kichae", "Scott M. Stolz"] {
            assert!(thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
        for line in ["Developers", "J", "K"] {
            assert!(!thread.iter().any(|k| k == line), "{line} {thread:?}");
        }
    }
}

#[test]
fn an_article_listing_each_sections_linked_topics_is_a_guide() {
    // Each section a heading, a line and a list of linked lessons: from
    // seven such lists the article is a guide's index and the lists are
    // its text; six (a newsletter's sections of promotions) or lists not
    // under their heading are not.
    let blocks_of = |html: &str| {
        let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
        let pruned = crate::prune::prune(&dom, &[], PageType::Article, false, true);
        crate::segment::segment(&dom, &pruned, None)
    };
    let section = |k: usize, gap: &str| {
        format!(
            "<h3>{k}. Part {k}</h3><p>This part covers the basics of step {k}.</p>{gap}\
             <ul><li><a href='/l/{k}a'>Lesson {k} one</a></li>\
             <li><a href='/l/{k}b'>Lesson {k} two</a></li></ul>"
        )
    };
    let page = |n: usize, gap: &str| {
        let body: String = (1..=n).map(|k| section(k, gap)).collect();
        format!("<body><main>{body}</main></body>")
    };
    let all = |_: usize, _: &Block| true;
    assert!(is_topic_guide(&blocks_of(&page(TOPIC_LISTS, "")), &all));
    assert!(!is_topic_guide(
        &blocks_of(&page(TOPIC_LISTS - 1, "")),
        &all
    ));
    let far = "<p>A second line.</p><p>A third line.</p>";
    assert!(!is_topic_guide(&blocks_of(&page(TOPIC_LISTS, far)), &all));
}

#[test]
fn a_quotes_header_and_short_lines_go_with_its_quoted_text() {
    // Post 2 opens with a preview of post 1 (its poster's name, its long
    // line and its short one again) and answers in a short line of its
    // own.
    let html = thread_of(|i| {
        let (preview, own) = match i {
            1 => (
                String::new(),
                format!("<p>1 {ANSWER}</p><p>Yay for bugs!</p>"),
            ),
            2 => (
                format!(
                    "<div class='parent'><div class='who'><span>Tom Jones</span></div>\
                     <div class='said'><p>1 {ANSWER}</p><p>Yay for bugs!</p></div></div>"
                ),
                "<p>Agreed, thanks</p>".to_owned(),
            ),
            _ => (String::new(), format!("<p>3 {ANSWER}</p>")),
        };
        format!("<div class='post'>{preview}<div class='content'>{own}</div></div>")
    });
    let out = kept(&html, PageType::Forum);
    let count = |s: &str| out.iter().filter(|k| k.as_str() == s).count();
    assert_eq!(count("Tom Jones"), 0, "{out:?}");
    assert_eq!(count("Yay for bugs!"), 1, "{out:?}");
    assert_eq!(count("Agreed, thanks"), 1, "{out:?}");
}

#[test]
fn an_undated_article_of_linked_titled_entries_is_a_listing() {
    // A course index typed article: a short intro, then cards each titled
    // by a link to the course, with a one-line summary.
    let cards = |linked: bool| -> String {
        [
            (
                "soil",
                "A solid overview of soil, from sand and clay to compost.",
            ),
            (
                "seeds",
                "A guide to sowing, from trays to thinning the rows.",
            ),
            (
                "pruning",
                "An in-depth course on cutting fruit trees and shrubs.",
            ),
            (
                "water",
                "A course for those new to irrigation in a small garden.",
            ),
            (
                "pests",
                "Discover how to keep slugs and aphids off your crops.",
            ),
            (
                "beds",
                "Every part of building a raised bed that drains well.",
            ),
        ]
        .iter()
        .map(|(k, s)| {
            let title = if linked {
                format!("<a href='/learn/{k}'>Learn {k}</a>")
            } else {
                format!("Learn {k}")
            };
            format!(
                "<div class='course-card'><h3>{title}</h3><p>{s}</p>\
                 <a class='btn' href='/learn/{k}'>Start course</a></div>"
            )
        })
        .collect()
    };
    let page = |cards: String| {
        format!(
            "<html><head><title>Learn gardening</title></head><body><main>\
             <div class='page-intro'><h1>Learn gardening</h1><p>Explore our growing \
             collection of courses on growing food and flowers at home. A working \
             gardener has written each course, helped by our volunteers. Follow the \
             modules in order, or dip into the topics you most want to learn \
             about.</p></div><div class='course-row'>{cards}</div></main></body></html>"
        )
    };
    let extractor = crate::Options::new().page_type(PageType::Article).build();
    let text = |html: &str| {
        extractor
            .extract(html)
            .map(|a| a.text().to_owned())
            .unwrap_or_default()
    };
    // Read as a listing: every card's summary is the page's text.
    let got = text(&page(cards(true)));
    assert!(got.contains("drains well"), "{got:?}");
    assert!(got.contains("Explore our growing"), "{got:?}");
    // The group of entries is titled by links; headings of its own are not.
    let html = page(cards(false));
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Article, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let group = entry_group(&dom, &blocks, false);
    assert!(
        group
            .as_ref()
            .is_some_and(|g| !entries_title_linked(&dom, &blocks, g)),
        "{:?}",
        group.map(|g| g.parent)
    );
    let html = page(cards(true));
    let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Article, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    let group = entry_group(&dom, &blocks, false);
    assert!(group
        .as_ref()
        .is_some_and(|g| entries_title_linked(&dom, &blocks, g)));
}

#[test]
fn a_threads_quote_glued_to_its_intro_goes_when_said_before() {
    let said = "I think the cash that floats around the top league never makes it down.";
    let glued = format!("Bombadil wrote:{said}");
    let own = format!("Update: {said}");
    let own_line = format!("Mia:\n{said}");
    let lines = [
        (Kind::Paragraph, said),
        // A reply quoting it, the intro run into the quoted text.
        (Kind::Quote, glued.as_str()),
        (Kind::Paragraph, "That is how the money works, sadly."),
        // A post's own line outside any quote stays.
        (Kind::Paragraph, own.as_str()),
        // A quote of text no one said before stays.
        (
            Kind::Quote,
            "Tom wrote:Nobody has said this sentence before on the thread.",
        ),
        // An intro on its own line is no glued one.
        (Kind::Quote, own_line.as_str()),
    ];
    let kept = kept_by(&lines, &[quoted_again]);
    assert_eq!(
        kept,
        [
            said,
            "That is how the money works, sadly.",
            own.as_str(),
            "Tom wrote:Nobody has said this sentence before on the thread.",
            own_line.as_str()
        ]
    );
}

#[test]
fn a_product_pages_row_of_trust_badges_goes_its_feature_icons_stay() {
    let page = |labels: [&str; 3]| {
        let row: String = labels
            .iter()
            .map(|l| format!("<div class='promise'><img src='/i.svg' alt=''><p>{l}</p></div>"))
            .collect();
        format!(
            "<html><body><main><h1>Harbour Kettle</h1>\
             <p>A stovetop kettle pressed from one sheet of enamelled steel, with a beech \
             handle that stays cool and a whistle that sings softly when the water boils.</p>\
             <div class='promises'>{row}</div>\
             <p>It works on gas, electric and induction hobs, and the wide lid lifts off \
             for cleaning and descaling.</p></main></body></html>"
        )
    };
    let out = kept(
        &page(["2-Year Warranty", "Free Returns", "Secure Checkout"]),
        PageType::Product,
    );
    assert!(out.iter().any(|t| t.starts_with("A stovetop")), "{out:?}");
    assert!(!out.iter().any(|t| t == "Free Returns"), "{out:?}");
    assert!(!out.iter().any(|t| t == "2-Year Warranty"), "{out:?}");
    // One promise among the product's features is the product's; the
    // same labels as lines without icons are no badges; off a product
    // page the row stays.
    let out = kept(
        &page(["Induction ready", "1.2 litres", "10-year warranty"]),
        PageType::Product,
    );
    assert!(out.iter().any(|t| t == "10-year warranty"), "{out:?}");
    let plain = page(["2-Year Warranty", "Free Returns", "Secure Checkout"])
        .replace("<img src='/i.svg' alt=''>", "");
    let out = kept(&plain, PageType::Product);
    assert!(out.iter().any(|t| t == "Free Returns"), "{out:?}");
    let out = kept(
        &page(["2-Year Warranty", "Free Returns", "Secure Checkout"]),
        PageType::Service,
    );
    assert!(out.iter().any(|t| t == "Free Returns"), "{out:?}");
}

#[test]
fn a_terms_lone_value_gone_takes_the_term() {
    let html = "<body><dl><dt>Status</dt> <dd>Not open for further replies.</dd></dl>\
        <p>Hello, which title sounds better for the course?</p>\
        <dl><dt>Location</dt> <dd>Glasgow</dd></dl>\
        <dl><dt>Tags</dt> <dd>grammar</dd> <dd>titles</dd></dl></body>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], PageType::Forum, false, true);
    let blocks = crate::segment::segment(&dom, &pruned, None);
    // The notice and the first of two tags went; Glasgow stays.
    let mut verdicts: Verdicts = blocks
        .iter()
        .map(|b| {
            (b.text.starts_with("Not open") || b.text == "grammar").then_some(Reason::ThreadNotice)
        })
        .collect();
    orphan_terms(&dom, &blocks, &mut verdicts);
    let kept: Vec<&str> = blocks
        .iter()
        .zip(&verdicts)
        .filter(|(_, v)| v.is_none())
        .map(|(b, _)| b.text.as_str())
        .collect();
    assert_eq!(
        kept,
        [
            "Hello, which title sounds better for the course?",
            "Location",
            "Glasgow",
            "Tags",
            "titles"
        ]
    );
}

#[test]
fn a_short_line_copied_with_its_passage_is_no_card_label() {
    let intro = "Here is the list of new features and fixes since the first beta:";
    let next = "Ability to search for a user by their handle from the search bar";
    // The post, then two replies' previews copying it whole; every post
    // under a "Member" label between names.
    let lines = [
        (Kind::Paragraph, "julian"),
        (Kind::Paragraph, "Member"),
        (Kind::Paragraph, intro),
        (Kind::ListItem, "Emoji!"),
        (Kind::ListItem, next),
        (Kind::Paragraph, "kichae"),
        (Kind::Paragraph, "Member"),
        (Kind::Paragraph, intro),
        (Kind::ListItem, "Emoji!"),
        (Kind::ListItem, next),
        (Kind::Paragraph, "scott"),
        (Kind::Paragraph, "Member"),
        (Kind::Paragraph, intro),
        (Kind::ListItem, "Emoji!"),
        (Kind::ListItem, next),
    ];
    let kept = kept_by(&lines, &[user_card_lines]);
    assert_eq!(kept.iter().filter(|&&t| t == "Emoji!").count(), 3);
    assert!(!kept.contains(&"Member"), "{kept:?}");
    // A label between names and dates, which differ, still goes.
    let cards = [
        (Kind::Paragraph, "julian"),
        (Kind::Paragraph, "Joined"),
        (Kind::Paragraph, "Mar 2020"),
        (Kind::Paragraph, "kichae"),
        (Kind::Paragraph, "Joined"),
        (Kind::Paragraph, "Jan 2021"),
        (Kind::Paragraph, "scott"),
        (Kind::Paragraph, "Joined"),
        (Kind::Paragraph, "Jul 2023"),
    ];
    assert!(!kept_by(&cards, &[user_card_lines]).contains(&"Joined"));
}

#[test]
fn a_rail_of_links_set_among_a_listings_entries_goes_a_note_stays() {
    // A trade paper's river of stories, a box of linked appointments after
    // the third story and an editor's note of prose after the fourth.
    let story = |n: usize, title: &str, summary: &str| {
        format!(
            "<article class='story'><h2><a href='/news/{n}'>{title}</a></h2>\
             <p>{summary}</p></article>"
        )
    };
    let rail = "<div class='intersection'><div>Recent Appointments</div>\
        <div><a href='/people/1'>Mara Lind has been appointed General Manager at the Harbour Hotel</a></div>\
        <div><a href='/people/2'>Jon Ekberg has been appointed Head Chef at the Old Mill Inn in Westford</a></div>\
        <div><a href='/people/3'>Ida Berg has been appointed Director of Sales at Fjordview Resorts Group</a></div></div>";
    let note = "<div class='editor-note'><p>Our newsroom takes a short break over the holidays; \
        the river fills again from the second of January, with the week's openings first.</p></div>";
    let stories = [
        story(
            1,
            "A lakeside lodge reopens after a long renovation",
            "The lodge adds forty rooms, a spa and a restaurant run by a local chef.",
        ),
        story(
            2,
            "City hotels report a busy autumn season",
            "Occupancy rose in nine of the ten largest cities, the survey finds.",
        ),
        story(
            3,
            "A rail operator and a hotel group join forces",
            "Travellers will book a night and a seat in one step from next spring.",
        ),
        rail.to_owned(),
        story(
            4,
            "Mountain resorts invest in summer trails",
            "New lifts carry hikers and cyclists where skiers went in winter.",
        ),
        note.to_owned(),
        story(
            5,
            "A boutique chain opens its first coastal house",
            "Twelve rooms look over the bay, each named for a fishing boat.",
        ),
    ];
    let html = format!(
        "<html><body><main><h1>All latest news</h1><div class='river'>{}</div></main></body></html>",
        stories.concat()
    );
    let kept = kept(&html, PageType::Listing);
    // The appointments go; every story and the note of prose stay.
    assert!(!kept.iter().any(|t| t.contains("appointed")), "{kept:?}");
    assert!(kept.iter().any(|t| t.contains("holidays")), "{kept:?}");
    for title in [
        "A lakeside lodge",
        "City hotels",
        "A rail operator",
        "Mountain resorts",
        "A boutique chain",
    ] {
        assert!(
            kept.iter().any(|t| t.starts_with(title)),
            "{title}: {kept:?}"
        );
    }
}
