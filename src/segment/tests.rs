//! One test per segmenting rule, on the smallest page that shows it.
use super::*;

/// `html` parsed, pruned as an article and segmented without Markdown.
fn parsed(html: &str) -> (Dom, Vec<Block>) {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], crate::pagetype::PageType::Article, false, true);
    let blocks = segment(&dom, &pruned, None);
    (dom, blocks)
}

/// The blocks of `html` as (text, kind).
fn texts(html: &str) -> Vec<(String, Kind)> {
    parsed(html)
        .1
        .into_iter()
        .map(|b| (b.text, b.kind))
        .collect()
}

/// The ids of `dom`'s elements named `tag`, in document order.
fn ids(dom: &Dom, tag: &str) -> Vec<NodeId> {
    (0..dom.len())
        .filter(|&id| dom.html_name(id).is_some_and(|n| &**n == tag))
        .collect()
}

fn block(text: &str, kind: Kind) -> (String, Kind) {
    (text.to_owned(), kind)
}

#[test]
fn paragraphs_and_headings_are_blocks_headings_with_their_level() {
    assert_eq!(
        texts("<body><h2>Budget</h2><p>The council met.</p><p>It voted.</p><h4>Votes</h4><div>Nine to two.</div></body>"),
        [
            block("Budget", Kind::Heading(2)),
            block("The council met.", Kind::Paragraph),
            block("It voted.", Kind::Paragraph),
            block("Votes", Kind::Heading(4)),
            block("Nine to two.", Kind::Paragraph),
        ]
    );
}

#[test]
fn a_footnotes_mark_leaves_no_space_where_it_was() {
    assert_eq!(
        texts(
            "<body><p>Rust<sup><a href='#fn-1'>1</a></sup>--and more, all day.\
             <sup><a href='#fn-2'>2</a></sup> Done<sup>*</sup>, at 20 m<sup>2</sup>.</p></body>"
        ),
        [block(
            "Rust--and more, all day. Done, at 20 m 2.",
            Kind::Paragraph
        )]
    );
}

#[test]
fn a_times_long_and_short_forms_stay_apart_digits_elsewhere_join() {
    let html = "<p>Posted <time datetime='2024-06-14'><span>June 14, 2024</span>\
                <span>1 yr</span></time></p><p>Call <span>555</span><span>1234</span></p>\
                <p><time>14<sup>th</sup> May</time></p>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    assert_eq!(
        dom.text_of(0),
        "Posted June 14, 2024 1 yrCall 5551234 14th May"
    );
    assert_eq!(
        texts(html),
        [
            block("Posted June 14, 2024", Kind::Paragraph),
            block("Call 5551234", Kind::Paragraph),
            block("14th May", Kind::Paragraph),
        ]
    );
}

#[test]
fn inline_elements_add_no_space_and_white_space_collapses() {
    assert_eq!(
        texts("<p><b>bud</b>get <i>v</i><span>ote</span>, <a href='/x'>to</a>day \n\t twice</p>"),
        [block("budget vote, today twice", Kind::Paragraph)]
    );
}

#[test]
fn a_capital_opening_an_element_after_another_closed_on_a_small_letter_starts_a_word() {
    // A card's brand and name, set apart by a style sheet; a word
    // written beside an element, or split inside one, stays whole.
    assert_eq!(
        texts(
            "<p><a href='/p'><span>Brooks</span><span>Glycerin 22</span></a> \
             <i>i</i>Phone <b>Mc<span>Donald</span></b> <b>bud</b><span>get</span></p>"
        ),
        [block(
            "Brooks Glycerin 22 iPhone McDonald budget",
            Kind::Paragraph
        )]
    );
}

#[test]
fn a_screen_readers_text_kept_in_the_page_is_words_of_its_own() {
    // A shop tile's sale price, each shown price followed by the sentence
    // screen readers hear instead, written with no space between: kept on
    // a collection, the sentences stand apart from the prices.
    let html = "<p><del aria-hidden='true'>$89.00</del><span class='screen-reader-text'>\
                Original price was: $89.00.</span><ins aria-hidden='true'>$69.00</ins>\
                <span class='screen-reader-text'>Current price is: $69.00.</span></p>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(
        &dom,
        &[],
        crate::pagetype::PageType::Collection,
        false,
        true,
    );
    let texts: Vec<String> = segment(&dom, &pruned, None)
        .into_iter()
        .map(|b| b.text)
        .collect();
    assert_eq!(
        texts,
        ["$89.00 Original price was: $89.00. $69.00 Current price is: $69.00."]
    );
}

#[test]
fn a_screen_readers_tile_label_inside_a_line_is_recorded() {
    // A shop tile's price line, each price after a screen reader's label
    // for it (kept by a relaxed pass): the labels are recorded for the
    // block, so that a collection can take them out of the kept text; a
    // screen reader's sentence around a price is no label.
    let html = "<p class='price'><span class='visually-hidden'>Sale price</span> £88 \
                <span class='visually-hidden'>Regular  price</span> <s>£102</s> \
                <span class='visually-hidden'>Current price is: £88.</span></p>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], crate::pagetype::PageType::Collection, true, true);
    let blocks = segment(&dom, &pruned, None);
    let labels: Vec<Vec<String>> = blocks
        .iter()
        .map(|b| {
            b.spoken_labels
                .as_deref()
                .map(<[String]>::to_vec)
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        labels,
        [vec!["Sale price".to_owned(), "Regular price".to_owned()]]
    );
    // The words themselves stay through selection.
    assert!(blocks.iter().all(|b| b.text.starts_with("Sale price £88")));
}

#[test]
fn a_digit_opening_an_element_after_another_closed_on_a_digit_starts_a_number() {
    // A card's year and running time, set apart by a style sheet; a
    // phone number's groups, a price's cents written inside the element
    // holding the price, and digits beside an element stay as they are.
    assert_eq!(
        texts(
            "<p><span>2026</span><span>1h 54m</span><span>R</span> \
             <span>555</span><span>1234</span> <b>$12<sup>99</sup></b> <i>1</i>2</p>"
        ),
        [block("2026 1h 54m R 5551234 $1299 12", Kind::Paragraph)]
    );
}

#[test]
fn a_capitalised_word_after_capitals_or_a_digit_another_element_closed_on_starts_a_word() {
    // A brand in capitals and the name, a price and the line under it, set
    // apart by a style sheet; a capital alone before a word's rest, or
    // capitals before capitals, stay as they are.
    assert_eq!(
        texts(
            "<p><span>HOKA</span><span>Kaha 3</span> <span>€25</span><span>Build a Pack</span> \
             <span>W</span><span>Wide</span> <span>AB</span><span>CD</span> <b>W</b><i>ord</i></p>"
        ),
        [block(
            "HOKA Kaha 3 €25 Build a Pack WWide ABCD Word",
            Kind::Paragraph
        )]
    );
}

#[test]
fn a_tabs_label_is_a_word_of_its_own() {
    assert_eq!(
        texts(
            "<div role='tablist'><span role='tab'>Node.js</span><span role='tab'>PHP</span>\
             <span role='tab'>C# (.NET)</span></div>"
        ),
        [block("Node.js PHP C# (.NET)", Kind::Paragraph)]
    );
}

#[test]
fn a_small_word_after_one_closed_deeper_starts_a_word() {
    // A field's name nested in two spans, then its type; a word an editor
    // split at one depth or around one styled letter stays whole.
    assert_eq!(
        texts(
            "<p><span><span><span>customer</span></span><span>nullable string</span></span> \
             <a><u>University o</u></a><a><u>f</u></a> <span><b>s</b></span><span>pecific</span> \
             <span><b>pre</b></span><span>fix</span></p>"
        ),
        [block(
            "customer nullable string University of specific pre fix",
            Kind::Paragraph
        )]
    );
}

#[test]
fn a_number_in_a_sup_after_a_letter_is_a_word_of_its_own() {
    // A note's mark that links nowhere; a price's cents and an ordinal's
    // letters stay joined.
    assert_eq!(
        texts(
            "<p>in about 48 minutes<sup>1</sup>, on average<sup> 2,3 </sup> and \
             $12<sup>99</sup> on the 14<sup>th</sup>, H<sup>a1</sup>.</p>"
        ),
        [block(
            "in about 48 minutes 1, on average 2,3 and $1299 on the 14th, Ha1.",
            Kind::Paragraph
        )]
    );
}

#[test]
fn a_br_breaks_the_line_and_two_brs_start_a_new_block() {
    assert_eq!(
        texts("<p>one<br>two<br><br>three</p>"),
        [
            block("one\ntwo", Kind::Paragraph),
            block("three", Kind::Paragraph)
        ]
    );
    // A `<hr>` ends a block too.
    assert_eq!(
        texts("<div>one<hr>two</div>"),
        [block("one", Kind::Paragraph), block("two", Kind::Paragraph)]
    );
}

#[test]
fn list_items_know_their_depth_and_number() {
    let (dom, blocks) = parsed(
        "<body><ol start='3'><li>first</li><li>second<ul><li>inner</li></ul></li></ol></body>",
    );
    let (li, ol) = (ids(&dom, "li"), ids(&dom, "ol"));
    let got: Vec<_> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind, b.list, b.group))
        .collect();
    let pos = |i: usize, depth, number| {
        li.get(i).map(|&item| ListPos {
            item,
            depth,
            number,
        })
    };
    assert_eq!(
        got,
        [
            (
                "first",
                Kind::ListItem,
                pos(0, 1, Some(3)),
                ol.first().copied()
            ),
            (
                "second",
                Kind::ListItem,
                pos(1, 1, Some(4)),
                ol.first().copied()
            ),
            // An unordered list numbers nothing; the outermost list is
            // the group.
            (
                "inner",
                Kind::ListItem,
                pos(2, 2, None),
                ol.first().copied()
            ),
        ]
    );
}

#[test]
fn data_table_rows_join_their_cells_with_tabs() {
    let (dom, blocks) = parsed(
        "<body><table><tr><th>Year</th><th>Rise</th></tr>\
         <tr><td>2023</td><td><b>4</b> cm</td></tr></table></body>",
    );
    let table = ids(&dom, "table").first().copied();
    let got: Vec<_> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind, b.header, b.group))
        .collect();
    assert_eq!(
        got,
        [
            ("Year\tRise", Kind::Row, true, table),
            ("2023\t4 cm", Kind::Row, false, table),
        ]
    );
}

#[test]
fn a_layout_table_is_not_rows() {
    // A cell longer than a data cell makes the table layout: each cell
    // is a block of its own.
    let long = "The council met on Tuesday to debate the budget. ".repeat(8);
    let blocks = texts(&format!(
        "<body><table><tr><td>Menu</td><td>{long}</td></tr></table></body>"
    ));
    assert_eq!(
        blocks,
        [
            block("Menu", Kind::Paragraph),
            block(long.trim(), Kind::Paragraph)
        ]
    );
}

#[test]
fn preformatted_text_is_kept_verbatim() {
    let (_, blocks) = parsed(
        "<body><pre class='language-rust'>\n  fn main() {\n      let  x = 1;   \n  }\n\n</pre></body>",
    );
    let got: Vec<_> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind, b.lang.as_deref(), b.chars))
        .collect();
    // Inner white space kept; trailing space and blank edge lines go;
    // chars count no white space.
    assert_eq!(
        got,
        [(
            "  fn main() {\n      let  x = 1;\n  }",
            Kind::Pre,
            Some("rust"),
            17
        )]
    );
    // A `<br>` in preformatted text is a line break, not a new block.
    assert_eq!(texts("<pre>a<br><br>b</pre>"), [block("a\n\nb", Kind::Pre)]);
}

#[test]
fn invisible_characters_vanish_and_no_break_spaces_are_spaces() {
    assert_eq!(
        texts("<p>soft\u{ad}ware zero\u{200b}width\u{feff} word\u{2060}joiner a\u{a0}b</p>"),
        [block("software zerowidth wordjoiner a b", Kind::Paragraph)]
    );
    // In preformatted text too.
    assert_eq!(texts("<pre>x\u{200b}y</pre>"), [block("xy", Kind::Pre)]);
}

#[test]
fn captions_and_quotes_have_their_kind() {
    assert_eq!(
        texts(
            "<body><figure><img src='a.jpg'><figcaption>The river in May.</figcaption></figure>\
             <blockquote><p>We have never seen it so high.</p></blockquote>\
             <div class='wp-caption-text'>Photo: Ana Lima</div></body>"
        ),
        [
            block("The river in May.", Kind::Caption),
            block("We have never seen it so high.", Kind::Quote),
            block("Photo: Ana Lima", Kind::Caption),
        ]
    );
}

#[test]
fn a_figure_of_a_quote_is_a_quote() {
    // `<figure><blockquote>…</blockquote><figcaption>` quotes someone and
    // names them: both are the quote, not a picture's caption.
    assert_eq!(
        texts(
            "<body><figure><blockquote><p>They answered every call we made.</p></blockquote>\
             <figcaption>Ana Lima, owner</figcaption></figure>\
             <figure><img src='a.jpg'><figcaption>The river in May.</figcaption></figure></body>"
        ),
        [
            block("They answered every call we made.", Kind::Quote),
            block("Ana Lima, owner", Kind::Quote),
            block("The river in May.", Kind::Caption),
        ]
    );
}

#[test]
fn link_text_is_counted_and_anchors_without_href_are_not_links() {
    let (_, blocks) = parsed(
        "<body><p>Read <a href='/r'>the report</a> now.</p><p>Read <a name='r'>the report</a> now.</p></body>",
    );
    let got: Vec<_> = blocks.iter().map(|b| (b.chars, b.link_chars)).collect();
    // "Read" "the" "report" "now." = 17 characters, 9 of them linked.
    assert_eq!(got, [(17, 9), (17, 0)]);
}

#[test]
fn anchors_going_nowhere_are_controls_not_links() {
    // An FAQ's question toggling its answer links to "#" alone: its
    // text is the page's own; a fragment or a page is a link, and so
    // is a button going nowhere outside headings and table rows.
    let (_, blocks) = parsed(
        "<body><h5><a href='#'>Why hire us?</a></h5><h5><a href=' # '>Why now?</a></h5>\
         <p>Read <a href='#top'>the top</a>.</p><p><a href='/faq'>More answers</a></p>\
         <p><a href='#'>Get started</a></p></body>",
    );
    let got: Vec<_> = blocks.iter().map(|b| (b.chars, b.link_chars)).collect();
    // Characters without spaces.
    assert_eq!(got, [(10, 0), (7, 0), (11, 6), (11, 11), (10, 10)]);
}

#[test]
fn control_characters_alone_make_no_block() {
    // A fuzz find: a list item holding only control characters became
    // a block, written "1." alone once the controls were removed, and
    // the item's later block then read as an indented code block.
    for html in [
        "<ol><li>\u{2}\u{0}\u{0}<div>Leave it</div></li></ol>",
        "<ol><li>\u{2}\u{80}<div>Leave it</div></li></ol>",
    ] {
        let got = texts(html);
        assert!(
            got.iter()
                .all(|(t, _)| t.chars().any(|c| !c.is_control() && !c.is_whitespace())),
            "{got:?}"
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }
}

#[test]
fn a_cut_element_still_separates_the_words_around_it() {
    assert_eq!(
        texts("<p>one<script>var x;</script>two<span hidden>gone</span>three</p>"),
        [block("one two three", Kind::Paragraph)]
    );
}

#[test]
fn a_block_inside_preformatted_text_in_a_cell_separates_words() {
    // A fuzz find: the boundary asked for a space the preformatted
    // text never wrote, joining "a" and "b".
    let got: Vec<_> = texts(
        "<table><tr><th>Year</th><th>Code</th></tr>\
         <tr><td>2023</td><td><pre>a<p>b</p></pre></td></tr></table>",
    );
    assert!(got.iter().any(|(t, _)| t.ends_with("a b")), "{got:?}");
}

#[test]
fn a_cells_words_then_preformatted_text_stay_apart() {
    // A fuzz find: the space owed before a `<pre>` that follows a
    // cell's words was never written ("2text").
    let got: Vec<_> = texts(
        "<table><tr><th>Year</th><th>Code</th></tr>\
         <tr><td>5</td><td>2<pre>text here</pre></td></tr></table>",
    );
    assert!(
        got.iter().any(|(t, _)| t.ends_with("2 text here")),
        "{got:?}"
    );
}

#[test]
fn a_dropped_heading_closed_by_another_levels_end_tag_separates_words() {
    // A fuzz find: past the depth limit, `<h6>…</h3>` joined the
    // heading's last word to the text after it.
    let para = "<p>The council met on Tuesday to debate the budget for the coming year.</p>";
    let html = format!(
        "<body><article>{}<div><div><h6>Leave a Reply</h3>a link and more.</div></div></article></body>",
        para.repeat(4)
    );
    for depth in 3..9 {
        let a = crate::Options::new()
            .max_depth(depth)
            .build()
            .extract(&html);
        let text = a.map(|a| a.text().to_owned()).unwrap_or_default();
        assert!(text.contains("The council met"), "{depth}: {text}");
        assert!(!text.contains("Replya"), "{depth}: {text}");
    }
}

#[test]
fn a_title_out_of_the_head_is_never_text() {
    // The tree builder leaves a <title> met in the body where it stands
    // (a fuzz find: its text joined the word before it).
    assert_eq!(
        texts("<p>The counci<title>Budget | Site</title>l met.</p>"),
        [block("The counci l met.", Kind::Paragraph)]
    );
}

#[test]
fn header_rows_are_marked_and_a_table_holding_a_table_is_layout() {
    let (_, blocks) = parsed(
        "<body><table><thead><tr><td>Year</td><td>Rise</td></tr></thead>\
         <tbody><tr><th>2023</th><td>4 cm</td></tr></tbody></table></body>",
    );
    let got: Vec<_> = blocks
        .iter()
        .map(|b| (b.text.as_str(), b.kind, b.header))
        .collect();
    // Inside `<thead>` a row is a header whatever its cells; elsewhere
    // only when all its cells are `<th>`.
    assert_eq!(
        got,
        [
            ("Year\tRise", Kind::Row, true),
            ("2023\t4 cm", Kind::Row, false)
        ]
    );
    assert_eq!(
        texts("<body><table><tr><td>Menu</td><td><table><tr><td>a</td></tr></table></td></tr></table></body>"),
        [
            block("Menu", Kind::Paragraph),
            block("a", Kind::Row),
        ]
    );
}

#[test]
fn code_blocks_take_their_language_from_class_or_data_lang() {
    for (html, lang) in [
        ("<pre><code class='lang-Go'>x</code></pre>", Some("go")),
        (
            "<div class='highlight-python'><pre>x</pre></div>",
            Some("python"),
        ),
        ("<pre data-lang='c++'>x</pre>", Some("c++")),
        ("<pre class='language-none'>x</pre>", None),
        ("<pre class='language-12'>x</pre>", None),
        ("<pre>x</pre>", None),
    ] {
        let (_, blocks) = parsed(&format!("<body>{html}</body>"));
        let got: Vec<_> = blocks.iter().map(|b| (b.kind, b.lang.as_deref())).collect();
        assert_eq!(got, [(Kind::Pre, lang)], "{html}");
    }
}

#[test]
fn a_block_scores_to_its_owners_parent_or_to_a_loose_runs_owner() {
    let (dom, blocks) =
        parsed("<body><div id='a'><p>In a paragraph.</p></div><div id='b'>Loose text<p>Beside a paragraph.</p></div></body>");
    let (p, div) = (ids(&dom, "p"), ids(&dom, "div"));
    let got: Vec<_> = blocks
        .iter()
        .map(|b| (b.text.as_str(), Some(b.owner), Some(b.container)))
        .collect();
    assert_eq!(
        got,
        [
            ("In a paragraph.", p.first().copied(), div.first().copied()),
            // Loose text beside a block: the div owns it and takes its score.
            ("Loose text", div.get(1).copied(), div.get(1).copied()),
            (
                "Beside a paragraph.",
                p.get(1).copied(),
                div.get(1).copied()
            ),
        ]
    );
}

#[test]
fn an_api_items_permalink_mark_is_no_word_of_it() {
    // Sphinx's definition terms end in a "¶" linked to the item; a term's
    // own linked words stay.
    for (html, term) in [
        (
            "<dl><dt id='b'>batched(iterable, n)<a class='headerlink' href='#b'>¶</a></dt>",
            "batched(iterable, n)",
        ),
        ("<dl><dt>See <a href='#b'>batched</a></dt>", "See batched"),
    ] {
        let texts = texts(&format!(
            "<body>{html}<dd>Some words after it.</dd></dl></body>"
        ));
        assert_eq!(texts.first().map(|(t, _)| t.as_str()), Some(term), "{html}");
    }
}

#[test]
fn a_headings_permalink_and_top_links_are_no_words_of_it() {
    for (html, heading) in [
        (
            "<h2 id='s2'>Real estate<a class='anchor' href='#s2'>#s2</a></h2>",
            "Real estate",
        ),
        (
            "<h2>Itertools<a class='headerlink' href='#it'>¶</a></h2>",
            "Itertools",
        ),
        (
            "<h2><a id='N' href='#N'></a>NAME <a href='#top'><span>top</span></a></h2>",
            "NAME",
        ),
        // Words of the heading stay: a whole heading that is a link, a
        // link to another page, a long fragment link.
        ("<h2><a href='#intro'>Intro</a></h2>", "Intro"),
        ("<h2>See <a href='/top'>top</a></h2>", "See top"),
        (
            "<h2>Part <a href='#p2'>two of the story</a></h2>",
            "Part two of the story",
        ),
        ("<h2>Chapter <a href='#c1'>One</a></h2>", "Chapter One"),
    ] {
        let texts = texts(&format!("<body>{html}<p>Some words after it.</p></body>"));
        assert_eq!(
            texts.first().map(|(t, _)| t.as_str()),
            Some(heading),
            "{html}"
        );
    }
}
