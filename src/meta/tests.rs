use super::*;

fn meta_of(html: &str) -> (Marks, PageMeta) {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    read(&dom, None)
}

#[test]
fn a_headline_marked_by_no_heading_is_found_by_its_words_for_the_dateline() {
    // The headline is a <legend>; the <h1>s are the site's logo and a
    // section of the post.
    let (marks, page) = meta_of(
        "<head><title>Ann's Blog: Advent of Code week two</title>\
         <meta property='og:title' content='Advent of Code week two'></head>\
         <body><h1><a href='/'>Ann's Blog</a></h1><p>Menu</p>\
         <fieldset><legend>Advent of Code  week two</legend>20 December 2025\
         <p>I did it again this year, and here is how it went.</p>\
         <h1>Day 7</h1><p>Part one.</p></fieldset></body>",
    );
    assert_eq!(marks.title_node, None);
    assert_eq!(page.date.as_deref(), Some("2025-12-20"));
    // Two words are a menu's text as often as a headline: not taken.
    let (_, page) = meta_of(
        "<head><meta property='og:title' content='Webcams Live'></head>\
         <body><ul><li>Webcams Live</li><li>Posted 3 May 2021</li></ul></body>",
    );
    assert_eq!(page.date, None);
}

/// The exact headline is the text reading as a title, whitespace and
/// case aside; texts with other word counts are passed over before
/// anything is lowercased, and `collapse` joins words with one space.
#[test]
fn the_exact_headline_is_the_text_with_the_titles_words() {
    let dom = crate::parse::parse(
        "<body><p>Advent of Code week</p><p>Advent of Code week two, more</p>\
         <legend>\n ADVENT  of\tCode week TWO </legend></body>",
        &crate::pipeline::limits(&crate::Options::default()),
    );
    let legend = (0..dom.len()).find(|&n| {
        dom.element(n)
            .is_some_and(|e| e.name == html5ever::local_name!("legend"))
    });
    assert!(legend.is_some());
    assert_eq!(
        exact_headline(&dom, &[None, Some("Advent of  Code week two")]),
        legend
    );
    assert_eq!(exact_headline(&dom, &[Some("Advent of Code")]), None);
    assert_eq!(crate::dom::collapse("\n a \t b\u{a0} c  "), "a b c");
    assert_eq!(crate::dom::collapse(" \n "), "");
}

#[test]
fn a_headlines_soft_hyphens_are_no_part_of_its_words() {
    for (h1, want) in [
        (
            "Home Repair Assis&shy;tance Program",
            "Home Repair Assistance Program",
        ),
        (
            "Wohnungs&shy;bau&shy;förderung für Familien",
            "Wohnungsbauförderung für Familien",
        ),
        ("Aide\u{200b} à la rénovation", "Aide à la rénovation"),
    ] {
        let (marks, _) = meta_of(&format!("<body><h1>{h1}</h1><p>Text.</p></body>"));
        assert_eq!(marks.h1_texts, [want], "{h1}");
    }
}

#[test]
fn a_script_beside_the_headline_is_no_dateline() {
    let (_, page) = meta_of(
        "<body><h1>Rapport sur la plomberie</h1><div class='video'>\
         <script type='application/ld+json'>{\"@type\": \"VideoObject\", \
         \"uploadDate\": \"2025-05-14T19:17:46Z\"}</script></div>\
         <p>Le marché de la plomberie en chiffres.</p></body>",
    );
    assert_eq!(page.date, None);
}

#[test]
fn a_timestamp_shown_as_written_is_the_pages_date() {
    // An author box showing the publication time as a bare timestamp.
    let (_, page) = meta_of(
        "<body><h1>Biofuels in aviation</h1>\
         <div class='author'><p>Nick van Mead</p>\
         <p><span class='publicationTime'>2022-11-23T08:10+02:00 </span></p></div>\
         <p>Aviation burns a lot of fuel.</p></body>",
    );
    assert_eq!(page.date.as_deref(), Some("2022-11-23T08:10+02:00"));
}

#[test]
fn a_custom_elements_creation_timestamp_is_the_last_source() {
    let settled = |html: &str| {
        let (_, mut page) = meta_of(html);
        settle(&mut page, "", None);
        page.date
    };
    // The post's element carries the moment; its text says "1 yr. ago".
    assert_eq!(
        settled(
            "<x-post created-timestamp='2026-03-03T09:47:05+0000'>\
             <h1>Best laptop for college</h1><span>1 yr. ago</span><p>Words.</p></x-post>"
        )
        .as_deref(),
        Some("2026-03-03T09:47:05+00:00")
    );
    assert_eq!(
        settled("<h1>Tiny homes</h1><div data-published-time='1766100338'>gestern</div>")
            .as_deref(),
        Some("2025-12-18T23:25:38Z")
    );
    // Any other source first.
    assert_eq!(
        settled(
            "<x-post created-timestamp='2026-03-03T09:47:05Z'><h1>Rain</h1>\
             <p>12 mai 2024</p></x-post>"
        )
        .as_deref(),
        Some("2024-05-12")
    );
    // A list's teasers each carry one; a comment's is not the page's.
    assert_eq!(
        settled(
            "<h1>Science</h1><div data-posted-date='1772948474'>A</div>\
             <div data-posted-date='1772773815'>B</div>"
        ),
        None
    );
    assert_eq!(
        settled(
            "<h1>Rain</h1><div class='comments'>\
             <div data-created-at='2026-03-03T09:47:05Z'>Nice.</div></div>"
        ),
        None
    );
}

#[test]
fn a_threads_declared_timestamp_a_day_off_its_opening_post_is_the_posts_day() {
    let page_with = |d: Option<&str>| PageMeta {
        date: d.map(str::to_owned),
        ..PageMeta::default()
    };
    let mut page = page_with(Some("2026-02-15T03:05:48"));
    opening_date(&mut page, Some("14. Februar 2026 | 21:05"));
    assert_eq!(page.date.as_deref(), Some("2026-02-14"));
    // The same day, or days apart: the declared one stands.
    for posted in ["15 février 2026, 03:05", "Feb 10, 2026 | 9:05 pm"] {
        let mut page = page_with(Some("2026-02-15T03:05:48"));
        opening_date(&mut page, Some(posted));
        assert_eq!(page.date.as_deref(), Some("2026-02-15T03:05:48"));
    }
    // No declared date: the opening post's.
    let mut page = page_with(None);
    opening_date(&mut page, Some("30th March 2025, 16:26"));
    assert_eq!(page.date.as_deref(), Some("2025-03-30"));
}

#[test]
fn a_dialogs_h1_is_no_headline() {
    // A consent banner's h1 beside the site's name in an h1: the
    // declared title stands (English, French); a page shown in a
    // dialog keeps its h1.
    for (banner, home, title) in [
        (
            "Your choice regarding cookies on this site",
            "Example",
            "Example: Software News, Trends and Practices",
        ),
        (
            "Vos choix concernant les cookies sur ce site",
            "Exemple",
            "Exemple : actualités, tendances et pratiques du logiciel",
        ),
    ] {
        let (marks, _) = meta_of(&format!(
            "<head><title>{title} - {home}</title>\
             <meta property='og:site_name' content='{home}'></head><body>\
             <div role='dialog'><h1>{banner}</h1><button>OK</button></div>\
             <h1>{home}</h1><p>Articles about software, every day of the week.</p></body>"
        ));
        assert_eq!(marks.reported.as_deref(), Some(title));
    }
    let (marks, _) = meta_of(
        "<body><dialog open><h1>Six gardening shows to watch this winter</h1>\
         <p>Backyard inspiration for the cold months.</p></dialog></body>",
    );
    assert_eq!(
        marks.reported.as_deref(),
        Some("Six gardening shows to watch this winter")
    );
}

#[test]
fn a_contributors_label_under_the_headline_names_the_author() {
    for (label, name) in [
        ("Contributors:", "Janet Loughrey"),
        ("Colaboradores:", "Ana Ruiz"),
    ] {
        let (_, page) = meta_of(&format!(
            "<body><h1>Low light houseplants</h1><div class='sub-title'><p>Plants for dim rooms</p></div>\
             <div class='tags'><div><strong>{label}</strong> {name}</div></div>\
             <p>Most houseplants come from forest floors, where light is scarce.</p></body>"
        ));
        assert_eq!(page.authors, [name]);
    }
}

#[test]
fn a_declared_author_named_only_by_an_e_mail_address_is_kept() {
    // JSON-LD and the "Written by" label: the account's only name.
    for head in [
        "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \
         \"author\": {\"@type\": \"Person\", \"name\": \"ana.ruiz@example.es\"}}</script>",
        "<meta name='twitter:label1' content='Written by'>\
         <meta name='twitter:data1' content='ana.ruiz@example.es'>",
    ] {
        let (_, page) = meta_of(&format!(
            "<head>{head}</head><body><h1>Cómo podar un olivo</h1>\
             <div class='comment'><span class='author'>Luis Gómez</span></div></body>"
        ));
        assert_eq!(page.authors, ["ana.ruiz@example.es"]);
    }
    // An address beside a name is no name of its own.
    let (_, page) = meta_of(
        "<head><meta name='author' content='Ana Ruiz, ana.ruiz@example.es'></head>\
         <body><h1>Cómo podar un olivo</h1></body>",
    );
    assert_eq!(page.authors, ["Ana Ruiz"]);
    assert!(!super::declared::is_address("Ana Ruiz ana@example.es"));
    assert!(!super::declared::is_address("@anaruiz"));
}

#[test]
fn a_headings_permalink_mark_is_no_part_of_the_title() {
    let (marks, _) = meta_of(
        "<title>Middleware - Docs</title><h1>Middleware<a class='headerlink' \
         href='#middleware' title='Link to this heading'>¶</a></h1><p>Text.</p>",
    );
    assert_eq!(marks.title.as_deref(), Some("Middleware"));
    // A mark alone is the heading's text, kept.
    let (marks, _) = meta_of("<h1><a href='#top'>#</a> Usage</h1><p>Text.</p>");
    assert_eq!(marks.title.as_deref(), Some("# Usage"));
}

#[test]
fn a_hidden_element_in_the_headline_is_no_part_of_it() {
    let (marks, _) = meta_of(
        "<title>Access overview | Cloud Docs</title><h1>Access overview<span hidden>\
         <span>Stay organized with collections</span> <span>Save content</span></span></h1>\
         <p>Text.</p>",
    );
    assert_eq!(marks.title.as_deref(), Some("Access overview"));
    assert_eq!(marks.reported.as_deref(), Some("Access overview"));
}

#[test]
fn an_faq_pages_questions_are_not_the_pages_work() {
    // A page's FAQ block, declared before its article: its questions
    // name no headline of the page (a Q&A page's question does).
    let (_, page) = meta_of(
        "<head><script type='application/ld+json'>{\"@type\": \"FAQPage\", \"mainEntity\": [\
         {\"@type\": \"Question\", \"name\": \"How much does an online MBA cost?\"}]}</script>\
         <script type='application/ld+json'>{\"@type\": \"Article\", \
         \"headline\": \"Best online MBA programs\"}</script></head>\
         <h1>Best online MBA programs</h1><p>Text.</p>",
    );
    assert_eq!(page.headline.as_deref(), Some("Best online MBA programs"));
    let (_, page) = meta_of(
        "<head><script type='application/ld+json'>{\"@type\": \"QAPage\", \"mainEntity\": \
         {\"@type\": \"Question\", \"name\": \"¿Cuánto cuesta un MBA?\"}}</script></head>\
         <h1>¿Cuánto cuesta un MBA?</h1><p>Texto.</p>",
    );
    assert_eq!(page.headline.as_deref(), Some("¿Cuánto cuesta un MBA?"));
}

#[test]
fn json_ld_strings_lose_their_character_references() {
    let (_, page) = meta_of(
        "<head><script type='application/ld+json'>{\"@type\": \"BlogPosting\", \
         \"headline\": \"Outils &#8211; M&amp;A et l&#039;été\", \
         \"author\": {\"name\": \"Seán O&#39;Brien\"}}</script></head>\
         <h1>Outils</h1><p>Texte.</p>",
    );
    assert_eq!(
        page.headline.as_deref(),
        Some("Outils \u{2013} M&A et l'été")
    );
    assert_eq!(page.authors, ["Seán O'Brien"]);
}

#[test]
fn a_json_ld_author_given_by_reference_is_the_named_node() {
    let (_, page) = meta_of(
        "<head><meta name='twitter:label1' content='Written by'>\
         <meta name='twitter:data1' content='Site Editor'>\
         <script type='application/ld+json'>{\"@graph\": [\
         {\"@type\": \"BlogPosting\", \"headline\": \"Rain\", \
          \"author\": {\"@id\": \"https://example.org/#/person/1\"}},\
         {\"@type\": \"Person\", \"@id\": \"https://example.org/#/person/1\", \
          \"name\": \"Ana Lopes\"}]}</script></head><h1>Rain</h1><p>Text.</p>",
    );
    assert_eq!(page.authors, ["Ana Lopes"]);
}

#[test]
fn the_byline_under_the_headline_stands_over_the_account_that_posted() {
    let (_, page) = meta_of(
        "<meta name='author' content='Stef Keegan'><h1>Ten nutrition myths</h1>\
         <p><em>By Lizzie Streit</em></p><p>Text of the article.</p>",
    );
    assert_eq!(page.authors, ["Lizzie Streit"]);
    // The same person, or a shown line that is no name, leaves the
    // declared author.
    let (_, page) = meta_of(
        "<meta name='author' content='Lizzie Streit'><h1>Ten nutrition myths</h1>\
         <p>By Lizzie Streit, MS</p><p>Text.</p>",
    );
    assert_eq!(page.authors, ["Lizzie Streit"]);
    let (_, page) = meta_of(
        "<meta name='author' content='Tom Kay'><h1>Kettles</h1>\
         <p>Sort by</p><p>Review Price: Ascending</p><p>Text.</p>",
    );
    assert_eq!(page.authors, ["Tom Kay"]);
    // A reviewer's line is no byline of the author's.
    let (_, page) = meta_of(
        "<meta name='author' content='Jill Kay'><h1>Plant-based diets</h1>\
         <div><span>Medically reviewed</span><span> by </span><a>Kim Rose</a></div>\
         <p>Text.</p>",
    );
    assert_eq!(page.authors, ["Jill Kay"]);
}

#[test]
fn a_microdata_author_item_gives_its_name_and_replies_authors_are_not_the_pages() {
    // A thread: the opening post's author is a `Person` item whose name
    // is a <meta>; the replies' authors belong to `Comment` / `Answer`
    // items.
    let (_, page) = meta_of(
        "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'>\
         <div itemprop='author' itemscope itemtype='https://schema.org/Person'>\
         <a href='/u/julian'><img src='a.png'>J</a> Offline\
         <meta itemprop='name' content='julian'></div>\
         <h1 itemprop='headline'>RC1 of NodeBB v4</h1><p>Text.</p>\
         <ul><li itemprop='comment' itemscope itemtype='http://schema.org/Comment'>\
         <div itemprop='author' itemscope itemtype='https://schema.org/Person'>\
         <span itemprop='name'>Kichae</span> wrote</div><p>Nice.</p></li>\
         <li itemscope itemtype='https://schema.org/Answer'>\
         <span itemprop='author'>Sylwester Cyba</span><p>Yes.</p></li></ul></div>",
    );
    assert_eq!(page.authors, ["julian"]);
    // Forum software that marks every post a `Comment`, the opening one
    // too: the first post's author, not every poster.
    let post = |name: &str| {
        format!(
            "<article itemscope itemtype='https://schema.org/Comment'>\
             <section itemprop='author' itemscope itemtype='https://schema.org/Person'>\
             <a href='/members/{name}'>{name}</a><meta itemprop='name' content='{name}'>\
             </section><p>Text.</p></article>"
        )
    };
    let (_, page) = meta_of(&format!(
        "<h1>Range?</h1>{}{}",
        post("Hostlar"),
        post("ann")
    ));
    assert_eq!(page.authors, ["Hostlar"]);
}

#[test]
fn the_time_after_the_headline_is_the_pages() {
    let (_, page) = meta_of(
        "<aside><time datetime='2025-01-31'>Jan 31</time></aside>\
         <h1>Candidate experience</h1><p><time datetime='2017-03-01'>03/01/2017</time></p>\
         <p>Text.</p>",
    );
    assert_eq!(page.date.as_deref(), Some("2017-03-01"));
    // With none after it, the first <time> stands.
    let (_, page) = meta_of(
        "<aside><time datetime='2025-01-31'>Jan 31</time></aside><h1>Candidate experience</h1>",
    );
    assert_eq!(page.date.as_deref(), Some("2025-01-31"));
}

#[test]
fn a_publication_declared_at_the_modification_yields_to_an_earlier_shown_date() {
    let page_of = |published: &str, modified: &str, dateline: &str| {
        meta_of(&format!(
            "<meta property='article:published_time' content='{published}'>\
             <meta property='article:modified_time' content='{modified}'>\
             <h1>Seven habits of a tidy kitchen</h1><p>{dateline}</p><p>Text.</p>"
        ))
        .1
        .date
    };
    let stamp = "2025-11-20T16:02:46Z";
    for (dateline, want) in [
        ("May 14, 2025", "2025-05-14"),
        ("Publié le 12 mars 2024", "2024-03-12"),
        ("eingestellt am 23.06.2024", "2024-06-23"),
        ("Publicado el 2 de mayo de 2025", "2025-05-02"),
        ("2024年5月12日", "2024-05-12"),
    ] {
        assert_eq!(
            page_of(stamp, stamp, dateline).as_deref(),
            Some(want),
            "{dateline}"
        );
    }
    // Declared seconds apart on one day, as a save stamps them: the
    // same, the shown date is the publication's.
    assert_eq!(
        page_of(stamp, "2025-11-20T16:02:31Z", "May 14, 2025").as_deref(),
        Some("2025-05-14")
    );
    // Two declared days: the publication's stands.
    let modified = "2025-11-21T09:00:00Z";
    assert_eq!(
        page_of(stamp, modified, "May 14, 2025").as_deref(),
        Some(stamp)
    );
    // A shown date later than the declared one is no publication's.
    assert_eq!(
        page_of(stamp, stamp, "December 2, 2025").as_deref(),
        Some(stamp)
    );
}

#[test]
fn a_date_in_a_sentence_under_the_headline_is_no_dateline() {
    let page_of = |sentence: &str| {
        meta_of(&format!(
            "<meta property='article:published_time' content='2025-12-19T11:52:20Z'>\
             <meta property='article:modified_time' content='2025-12-19T11:52:20Z'>\
             <h1>Enrolment now open</h1><p>{sentence}</p><p>Text.</p>"
        ))
        .1
        .date
    };
    for sentence in [
        "The enrolment period, which opened on Wednesday, December 17 2025, runs until \
         January 6, and the classes, given by native speakers, start in the second week \
         of the new year in the institute's rooms downtown.",
        "La période d'inscription, ouverte le mercredi 17 décembre 2025, court jusqu'au \
         6 janvier, et les cours, donnés par des locuteurs natifs, commencent ensuite \
         dans les salles de l'institut, \
         au centre-ville, comme chaque année.",
        "Die Anmeldung, die am Mittwoch, dem 17. Dezember 2025 begann, läuft bis zum \
         6. Januar, und der Unterricht durch Muttersprachler beginnt danach \
         in den Räumen des Instituts in der Innenstadt, wie jedes Jahr.",
        "El plazo de inscripción, abierto el miércoles 17 de diciembre de 2025, dura \
         hasta el 6 de enero, y las clases con hablantes nativos empiezan después \
         en las aulas del instituto, en el centro de la ciudad.",
    ] {
        assert_eq!(
            page_of(sentence).as_deref(),
            Some("2025-12-19T11:52:20Z"),
            "{sentence}"
        );
    }
    // The same date as a line of its own is the dateline.
    assert_eq!(page_of("December 17, 2025").as_deref(), Some("2025-12-17"));
}

#[test]
fn the_dateline_beside_the_headline_beats_a_marked_date_elsewhere() {
    let (_, page) = meta_of(
        "<div class='header-date'>Tuesday, March 3, 2026</div>\
         <h1>An ergonomic desk, step by step</h1><p>February 6, 2026</p><p>Text.</p>",
    );
    assert_eq!(page.date.as_deref(), Some("2026-02-06"));
    // A marked date still counts when no dateline is near the headline.
    let (_, page) = meta_of(
        "<h1>An ergonomic desk</h1><p>Text without a date.</p>\
         <footer><span class='post-date'>February 6, 2026</span></footer>",
    );
    assert_eq!(page.date.as_deref(), Some("2026-02-06"));
    // An "updated" mark is the modification date, not the publication's.
    let (_, page) = meta_of(
        "<span class='updated-date'>January 2, 2026</span><h1>Ten habits</h1>\
         <p>Text.</p><span class='dateline'>December 22, 2022</span>",
    );
    assert_eq!(page.date.as_deref(), Some("2022-12-22"));
}

#[test]
fn a_headline_set_as_an_h2_and_worded_its_own_way_anchors_the_dateline() {
    for (og, h2, dateline, want) in [
        (
            "7 Ways to Switch to a Plant-Based Diet | Koia",
            "7 Ways to Help You Switch to a Plant Based Diet",
            "<h3>Blog | February 01, 2022</h3>",
            "2022-02-01",
        ),
        (
            "Cinq fa\u{e7}ons de cuisiner les lentilles \u{2013} Le Potager",
            "Cinq fa\u{e7}ons simples de cuisiner les lentilles",
            "<p>Publi\u{e9} le 3 mars 2024</p>",
            "2024-03-03",
        ),
    ] {
        let html = format!(
            "<head><meta property='og:title' content='{og}'></head><body>\
             <h2>Your cart is empty</h2><p>{}</p>{dateline}<h2>{h2}</h2><p>Text.</p>\
             <footer><h2>Latest news</h2><p>{}</p><p>Copyright 12 May 2025</p></footer></body>",
            "Menu and offers. ".repeat(40),
            "Footer links. ".repeat(60),
        );
        let (marks, page) = meta_of(&html);
        assert_eq!(marks.title_node, None);
        assert_eq!(page.date.as_deref(), Some(want), "{h2}");
    }
    // An h2 that words another title is no headline: no dateline.
    let (_, page) = meta_of(
        "<head><meta property='og:title' content='7 Ways to Switch to a Plant-Based Diet'>\
         </head><body><h3>Blog | February 01, 2022</h3><h2>Our favourite smoothie recipes</h2>\
         <p>Text.</p></body>",
    );
    assert_eq!(page.date, None);
}

#[test]
fn a_headline_set_as_an_h2_and_worded_its_own_way_is_the_title() {
    for (og, h2) in [
        (
            "Five Ways to Store Winter Squash | Cellar Notes",
            "Five Ways to Help You Store Winter Squash",
        ),
        (
            "Cinq fa\u{e7}ons de cuisiner les lentilles \u{2013} Le Potager",
            "Cinq fa\u{e7}ons simples de cuisiner les lentilles",
        ),
    ] {
        let html = format!(
            "<head><meta property='og:title' content='{og}'></head><body>\
             <h2>Your cart is empty</h2><p>{}</p><h2>{h2}</h2><p>Text.</p></body>",
            "Menu and offers. ".repeat(40),
        );
        let (marks, _) = meta_of(&html);
        assert_eq!(marks.reported.as_deref(), Some(h2));
        // A landing page keeps its declared title.
        assert_ne!(marks.reported_landing.as_deref(), Some(h2));
    }
    // An h2 that says only the site's name, which the declared title
    // carries after its own, is no headline.
    let (marks, _) = meta_of(
        "<head><title>Electrical Hazards - Overview | Mine Safety and Health Agency</title>\
         </head><body><h2>Mine Safety and Health Agency</h2><p>Text.</p></body>",
    );
    assert_eq!(
        marks.reported.as_deref(),
        Some("Electrical Hazards - Overview")
    );
    // With an h1, the h1 rules decide (see `title`).
    let (marks, _) = meta_of(
        "<head><meta property='og:title' content='Five Ways to Store Winter Squash'></head>\
         <body><h1>Five Ways to Store Winter Squash</h1>\
         <h2>Five Ways to Help You Store Winter Squash</h2><p>Text.</p></body>",
    );
    assert_eq!(
        marks.reported.as_deref(),
        Some("Five Ways to Store Winter Squash")
    );
}

#[test]
fn the_urls_date_beats_a_marked_date_away_from_the_headline() {
    // The dateline is ambiguous (3 October or 10 March); the marked
    // dates are the sidebar's teasers'; the canonical link's `href` is
    // a title, no URL: the page's URL is `og:url`'s, dated in words.
    for (url, lang, teaser, want) in [
        (
            "/blog/2023/october/03/wine-styles",
            "en",
            "16 February 2026",
            "2023-10-03",
        ),
        (
            "/actu/2023/oct/03/vins",
            "fr",
            "16 f\u{e9}vrier 2026",
            "2023-10-03",
        ),
        (
            "/blog/2023/10/03/weinstile",
            "de",
            "16. Februar 2026",
            "2023-10-03",
        ),
    ] {
        let html = format!(
            "<html lang='{lang}'><head><link rel='canonical' href='Wine styles, all of them'>\
             <meta property='og:url' content='https://example.org{url}'></head><body>\
             <h1>Wine styles</h1><p>03/10/2023</p><p>{}</p><ul><li>\
             <a href='/blog/2026/other'>Other post</a>\
             <span class='post_date'>{teaser}</span></li></ul></body></html>",
            "Text of the article. ".repeat(40)
        );
        let (_, page) = meta_of(&html);
        assert_eq!(
            page.url.as_deref(),
            Some(format!("https://example.org{url}").as_str())
        );
        assert_eq!(page.date.as_deref(), Some(want), "{url}");
    }
}

#[test]
fn the_urls_day_stands_for_a_timestamp_a_day_off() {
    let html = "<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'>\
                <h1>Comfort watches</h1><p>Text.</p>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let (_, page) = read(
        &dom,
        Some("https://example.org/2025/12/18/comfort-watches/"),
    );
    assert_eq!(page.date.as_deref(), Some("2025-12-18"));
    // A URL two days off says nothing about time zones.
    let (_, page) = read(
        &dom,
        Some("https://example.org/2025/12/17/comfort-watches/"),
    );
    assert_eq!(page.date.as_deref(), Some("2025-12-19T02:41:41+00:00"));
    // A dateline a day later near the headline is a reply's: no change.
    let (_, page) = meta_of(
        "<meta property='article:published_time' content='2024-01-14T21:50:50-05:00'>\
         <h1>Thread</h1><p>Jan 15, 2024</p><p>Text.</p>",
    );
    assert_eq!(page.date.as_deref(), Some("2024-01-14T21:50:50-05:00"));
}

#[test]
fn a_vocabularys_own_date_meta_is_the_publication_date() {
    let (_, page) = meta_of(
        "<meta name='ms.date' content='2025-03-06T00:00:00Z'>\
         <meta name='dc.date.modified' content='2025-04-01'><h1>Overview</h1><p>Text.</p>",
    );
    assert_eq!(page.date.as_deref(), Some("2025-03-06T00:00:00Z"));
    assert_eq!(page.date_modified.as_deref(), Some("2025-04-01"));
}

#[test]
fn the_date_beside_the_authors_name() {
    let (_, page) = meta_of(
        "<h1>Introducing the accelerator</h1><p>Text of the article, long enough.</p>\
         <div class='resource-author-details'><p>Luke Kim</p><small>December 17, 2025</small></div>\
         <meta name='author' content='Luke Kim'>",
    );
    assert_eq!(page.date.as_deref(), Some("2025-12-17"));
    // Not a commenter's, and not a date far from the name (no headline
    // here: a dateline near one is another rule's).
    let (_, page) = meta_of(
        "<meta name='author' content='Luke Kim'><p>Text.</p>\
         <section id='comments'><p>Luke Kim</p><p>December 17, 2025</p></section>",
    );
    assert_eq!(page.date, None);
    let (_, page) = meta_of(
        "<meta name='author' content='Luke Kim'><p>Luke Kim</p>\
         <p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>December 17, 2025</p>",
    );
    assert_eq!(page.date, None);
}

#[test]
fn a_written_by_byline_anywhere_names_the_author() {
    let (_, page) = meta_of(
        "<h1>Rain</h1><p>Text of the article.</p><div class='bio'><p>Written by John Crenshaw</p></div>",
    );
    assert_eq!(page.authors, ["John Crenshaw"]);
    let (_, page) =
        meta_of("<h1>Rain</h1><p>Text.</p><h2>Article by</h2><div>Matias Heikkilä</div>");
    assert_eq!(page.authors, ["Matias Heikkilä"]);
    // A commenter's is not the page's.
    let (_, page) = meta_of(
        "<h1>Rain</h1><p>Text.</p><section id='comments'><p>Posted by Bo Chen</p></section>",
    );
    assert!(page.authors.is_empty());
}

#[test]
fn an_authors_label_anywhere_names_the_authors_of_its_list() {
    // A report's metadata box away from the headline: the label, then
    // one name per list item.
    for (label, names) in [
        ("Author(s)", ["John A. Alic", "David C. Mowery"]),
        ("Autores:", ["María López", "Juan Pérez"]),
        ("Autoren", ["Anna Schmidt", "Jonas Weber"]),
        ("Auteur(s)", ["Claire Dubois", "Luc Martin"]),
        ("Autori", ["Giulia Rossi", "Marco Bianchi"]),
    ] {
        let html = format!(
            "<div class='meta'><h6>Date</h6><p>November 2003</p>\
             <h6>{label}</h6><ul><li><a href='/a/1'>{}</a></li>\
             <li><a href='/a/2'>{}</a></li></ul></div>\
             <h1>Lessons for climate policy</h1><p>Text of the report.</p>",
            names[0], names[1]
        );
        let (_, page) = meta_of(&html);
        assert_eq!(page.authors, names, "{label}");
    }
    // Names written with "and" between them, in one line.
    let (_, page) = meta_of(
        "<h1>Rain</h1><p>Text.</p><div><b>Authors:</b> <a href='/a'>Ann Lee</a> \
         and <a href='/b'>Bo Chen</a></div>",
    );
    assert_eq!(page.authors, ["Ann Lee", "Bo Chen"]);
    // What follows a bare label must be written as names: a table's
    // column heads (away from the headline) are none.
    let (_, page) = meta_of(
        "<table><tr><th>Author</th><th>Post time</th></tr></table><h1>Rain</h1><p>Text.</p>",
    );
    assert!(page.authors.is_empty(), "{:?}", page.authors);
    // A button after the name is no second author.
    let (_, page) = meta_of(
        "<h1>Rain</h1><p>Text.</p><p><b>Author</b> <a href='/a'>A. J. Neal</a> \
         <a class='btn' href='/d'>View In Digital Edition</a></p>",
    );
    assert_eq!(page.authors, ["A. J. Neal"]);
}

#[test]
fn a_label_ending_with_a_byline_phrase_names_the_author_in_the_next_text() {
    for (label, name) in [
        ("Article written by:", "Doris Munoz-Mantilla, MD"),
        ("Article écrit par :", "Claire Dubois"),
        ("Dieser Artikel wurde geschrieben von", "Anna Schmidt"),
        ("Artículo escrito por:", "María López"),
        ("Articolo scritto da", "Giulia Rossi"),
    ] {
        let html = format!(
            "<h1>Rain</h1><p>Text of the article.</p><section class='bio'>\
             <h2>{label}</h2><div><img alt='Headshot'><h3>{name}</h3>\
             <p>A writer.</p></div></section>"
        );
        let (_, page) = meta_of(&html);
        assert_eq!(page.authors, [name], "{label}");
    }
}

#[test]
fn an_organisation_declared_by_reference_yields_to_a_byline_phrase() {
    // The JSON-LD author is a reference to an `Organization` node;
    // the page's "written by" box names a person.
    let ld = r##"<script type="application/ld+json">{"@graph":[
        {"@type":"BlogPosting","headline":"Rain","author":{"@id":"#identity"}},
        {"@id":"#identity","@type":"Organization","name":"Weather Medicine Association"}]}</script>"##;
    let (_, page) = meta_of(&format!(
        "{ld}<h1>Rain</h1><p>Text of the article.</p>\
         <h2>Article written by:</h2><h3>Ana Lopes</h3>"
    ));
    assert_eq!(page.authors, ["Ana Lopes"]);
    // With no such byline, the organisation stands.
    let (_, page) = meta_of(&format!("{ld}<h1>Rain</h1><p>Text of the article.</p>"));
    assert_eq!(page.authors, ["Weather Medicine Association"]);
    // A person declared by reference is not overridden.
    let ld = r##"<script type="application/ld+json">{"@graph":[
        {"@type":"BlogPosting","headline":"Rain","author":{"@id":"#p1"}},
        {"@id":"#p1","@type":"Person","name":"Bo Chen"}]}</script>"##;
    let (_, page) = meta_of(&format!(
        "{ld}<h1>Rain</h1><p>Text.</p><h2>Article written by:</h2><h3>Ana Lopes</h3>"
    ));
    assert_eq!(page.authors, ["Bo Chen"]);
}

#[test]
fn an_organisation_declared_as_author_yields_to_the_person_shown() {
    // JSON-LD types the author as an organisation; the byline box under
    // the headline holds a label, the name, a job title and a date.
    let ld = r#"<script type="application/ld+json">{"@type":"BlogPosting",
        "author":{"@type":"Organization","name":"Levante Medien"}}</script>"#;
    let (_, page) = meta_of(&format!(
        "{ld}<h1>Kurzvideos richtig produzieren</h1>\
         <div class='post-author'><h4 class='post-author-heading'>Einblicke von</h4>\
         <div class='post-author-info'><div class='post-author-name'>Lisa Berger</div>\
         <div class='post-author-position'>Marketingleiterin</div>\
         <div class='post-date'>14. Mai 2025</div></div></div><p>Text.</p>"
    ));
    assert_eq!(page.authors, ["Lisa Berger"]);
    // No person shown: the organisation stands.
    let (_, page) = meta_of(&format!(
        "{ld}<h1>Kurzvideos richtig produzieren</h1><p>Text.</p>"
    ));
    assert_eq!(page.authors, ["Levante Medien"]);
}

#[test]
fn an_authorization_section_is_no_byline() {
    let ld = r#"<script type="application/ld+json">{"@type":"Article",
        "author":{"@type":"Organization","name":"Servicios Legales"}}</script>"#;
    let (_, page) = meta_of(&format!(
        "{ld}<h1>Formularios legales gratuitos</h1><p>Texto.</p>\
         <h3 id='authorization'>Formularios De Autorización</h3><p>Texto.</p>"
    ));
    assert_eq!(page.authors, ["Servicios Legales"]);
}

#[test]
fn the_sites_name_is_no_author_when_a_person_is_named() {
    let ld = r#"<meta property="og:site_name" content="USA TODAY">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"New movies",
        "author":[{"name":"USA TODAY"}]}</script><h1>New movies</h1>"#;
    let (_, page) = meta_of(&format!(
        "{ld}<span class='author'><a href='/staff/1/'>Brian Truitt</a> USA TODAY</span>"
    ));
    assert_eq!(page.authors, ["Brian Truitt"]);
    // A template's run-on text is no person's name: the site's stands.
    let (_, page) = meta_of(&format!(
        "{ld}<div class='author'>USA TODAYLast update</div>"
    ));
    assert_eq!(page.authors, ["USA TODAY"]);
    // The site's name is kept as the site writes it, a last word that
    // reads as a job title included.
    let (_, page) = meta_of(
        "<meta property='og:site_name' content='Luxury Travel Expert'>\
         <meta name='author' content='Luxury Travel Expert'>",
    );
    assert_eq!(page.authors, ["Luxury Travel Expert"]);
    // Without a site's name, the first source stands as before.
    let (_, page) = meta_of(
        r#"<script type="application/ld+json">{"@type":"NewsArticle",
           "author":[{"name":"USA TODAY"}]}</script>
           <span class='author'>Brian Truitt</span>"#,
    );
    assert_eq!(page.authors, ["Usa Today"]);
    // A role naming the site keeps its words.
    let (_, page) = meta_of(
        "<meta property='og:site_name' content='CaseBasix'>             <meta name='author' content='Mayank Gupta, CEO of CaseBasix'>",
    );
    assert_eq!(page.authors, ["Mayank Gupta", "CEO of CaseBasix"]);
}

#[test]
fn a_name_beside_the_date_under_the_headline() {
    let long = "Text of the article, long enough to be a page's own section. ".repeat(8);
    let (_, page) = meta_of(&format!(
        "<h1>Health AI</h1><p>Aaron Ricadela | Senior Writer | July 2, 2025</p>\
         <h2>In This Article</h2><p>{long}</p>"
    ));
    assert_eq!(page.authors, ["Aaron Ricadela"]);
    let (_, page) = meta_of(&format!(
        "<h1>Pixel-perfect UI</h1><ul class='meta'><li>Bence Kovács</li>\
         <li>02-12-2025</li></ul><p>{long}</p>"
    ));
    assert_eq!(page.authors, ["Bence Kovács"]);
    // A linked part is a category's.
    let (_, page) = meta_of(&format!(
        "<h1>Rain</h1><p><a href='/c/pm'>Project Management</a> · July 2, 2025</p><p>{long}</p>"
    ));
    assert!(page.authors.is_empty());
    // A heading after the dateline is outside it; the site's name and
    // a lowercase label are no person's.
    let (_, page) = meta_of(&format!(
        "<h1>Rain</h1><p>July 2, 2025</p><h2>In This Article</h2><p>{long}</p>"
    ));
    assert!(page.authors.is_empty());
    let (_, page) = meta_of(&format!(
        "<meta property='og:site_name' content='Playful Tones'>\
         <h1>Rain</h1><p>Playful Tones · July 2, 2025 · all posts</p><p>{long}</p>"
    ));
    assert!(page.authors.is_empty());
}

#[test]
fn scholarly_metas_name_every_author() {
    let (_, page) = meta_of(
        "<meta name='DC.Creator' content='Jennifer Huberty'>\
         <meta name='citation_author' content='Huberty, Jennifer'>\
         <meta name='citation_author' content='Jeni Green'>\
         <meta name='citation_authors' content='Lee, Chong'>\
         <meta name='citation_author' content='Megan Puzia, PhD'>",
    );
    assert_eq!(
        page.authors,
        [
            "Jennifer Huberty",
            "Jeni Green",
            "Chong Lee",
            "Megan Puzia, PhD"
        ]
    );
}

#[test]
fn a_threads_prefix_label_is_no_part_of_its_title() {
    for (label, title) in [
        ("Question", "Which tent for a wet spring?"),
        ("Gelöst", "Zelt für den nassen Frühling"),
        ("Résolu", "Quelle tente pour un printemps humide ?"),
        ("Pregunta", "¿Qué tienda para una primavera húmeda?"),
    ] {
        let (marks, _) = meta_of(&format!(
            "<h1><span class='label label--blue'>{label}</span>\
             <span class='label-append'>&nbsp;</span>{title}</h1><p>Text.</p>"
        ));
        assert_eq!(marks.reported.as_deref(), Some(title));
    }
    // A label that is the whole heading stays, and so does a long one.
    let (marks, _) = meta_of("<h1><span class='badge'>Smart Thermostats</span></h1><p>x</p>");
    assert_eq!(marks.reported.as_deref(), Some("Smart Thermostats"));
    let long = "A prefix far too long to be a label of a thread";
    let (marks, _) = meta_of(&format!(
        "<h1><span class='label'>{long}</span> and more</h1><p>x</p>"
    ));
    assert_eq!(marks.reported, Some(format!("{long} and more")));
}

#[test]
fn an_h1_linking_to_the_front_page_is_the_sites_name() {
    let head = "<title>What happened with Arch Linux ISO / Discussion / Arch Linux Forums</title>";
    for href in [
        "http://archlinux.example/",
        "/",
        "./",
        "/index.php",
        "//archlinux.example",
    ] {
        let (marks, _) = meta_of(&format!(
            "{head}<h1><a href='{href}'>Arch Linux</a></h1><p>Text.</p>"
        ));
        assert_eq!(
            marks.reported.as_deref(),
            Some("What happened with Arch Linux ISO"),
            "{href}"
        );
    }
    // A link to another page is a headline.
    let (marks, _) = meta_of(&format!(
        "{head}<h1><a href='/t/arch-linux'>Arch Linux</a></h1><p>Text.</p>"
    ));
    assert_eq!(marks.reported.as_deref(), Some("Arch Linux"));
}

#[test]
fn forum_threads_name_the_opening_poster() {
    let (_, page) = meta_of(
        r#"<script type="application/ld+json">{"@type":"QAPage","mainEntity":
           {"@type":"Question","name":"Early symptoms?","author":{"@type":"Person","name":"lulug30"}}}</script>
           <h1>Early symptoms?</h1>"#,
    );
    assert_eq!(page.authors, ["lulug30"]);
    let (_, page) = meta_of(
        "<h1>Football season</h1>\
         <div class='post'><p class='author'>Outer Armatonisdaristan » Tue Aug 27, 2019</p><p>First.</p></div>\
         <div class='post'><p class='author'>Minoa » Tue Aug 27, 2019</p><p>Second.</p></div>\
         <div class='post'><p class='author'>The Blaatschapen » Wed Aug 28, 2019</p><p>Third.</p></div>",
    );
    assert_eq!(page.authors, ["Outer Armatonisdaristan"]);
    // Two bylines are an article's two authors.
    let (_, page) = meta_of(
        "<h1>Rain</h1><a class='author' href='/a'>Ann Lee</a> and <a class='author' href='/b'>Bo Chen</a>",
    );
    assert_eq!(page.authors, ["Ann Lee", "Bo Chen"]);
}

/// The metadata once the text is known: the late sources of the date
/// taken (see `settle`).
fn settled_of(html: &str) -> PageMeta {
    let (_, mut page) = meta_of(html);
    settle(&mut page, "", None);
    page
}

#[test]
fn a_relative_age_beside_the_headline_gives_the_date_in_its_tooltip() {
    for age in [
        "<span title='2024-10-04 12:43'>1 year ago</span>",
        "<span data-tippy-content='Friday, October 4th, 2024 at 3:43:10 PM'>1 year ago</span>",
        "<a href='/p/1'><span data-original-title='4 Oct 2024'>3 days ago</span></a>",
    ] {
        // Before the headline and after it.
        for html in [
            format!("<body><div>Ann · {age}</div><h1>Weekly development update</h1><p>Words.</p></body>"),
            format!("<body><h1>Weekly development update</h1><div>Ann · {age}</div><p>Words.</p></body>"),
        ] {
            // A late source: no date while the page is read (the page
            // type, pruning and selection see an undated page).
            assert_eq!(meta_of(&html).1.date, None, "{html}");
            let page = settled_of(&html);
            assert_eq!(page.date.as_deref().and_then(|d| d.get(..10)), Some("2024-10-04"), "{html}");
        }
    }
    // A tooltip on any other text is no date of the page's.
    let page = settled_of(
        "<body><h1>Weekly development update</h1>\
         <div><span title='2024-10-04'>Ann</span></div><p>Words.</p></body>",
    );
    assert_eq!(page.date, None);
}

#[test]
fn a_labelled_dateline_anywhere_is_the_last_source_of_the_date() {
    // Far from the headline: no dateline of its.
    let words = "Views of the falls from the ridge road, every few minutes. ".repeat(12);
    let page_of = |body: &str| {
        let html = format!("<body><h1>Webcams of the valley</h1><p>{words}</p>{body}</body>");
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let (_, mut page) = read(&dom, None);
        settle(&mut page, "Views of the falls.", None);
        page.date
    };
    assert_eq!(
        page_of("<footer><p>Last updated: November 13, 2025</p></footer>").as_deref(),
        Some("2025-11-13")
    );
    // The label and the date as texts of one short element.
    assert_eq!(
        page_of("<footer><p><b>Last updated</b> <time>November 13, 2025</time></p></footer>")
            .as_deref(),
        Some("2025-11-13")
    );
    // In comments, or with no label, or a sentence: none.
    for body in [
        "<div id='comments'><p>Posted on November 13, 2025</p></div>",
        "<footer><p>November 13, 2025</p></footer>",
        "<p>Posted on the society's forum for members on November 13, 2025</p>",
    ] {
        assert_eq!(page_of(body), None, "{body}");
    }
    // Any other source stands over it.
    let html = "<head><meta property='article:published_time' content='2024-02-01'></head>\
                <body><h1>Webcams</h1><p>Last updated: November 13, 2025</p></body>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let (_, mut page) = read(&dom, None);
    settle(&mut page, "", None);
    assert_eq!(page.date.as_deref(), Some("2024-02-01"));
}

#[test]
fn a_publication_declared_after_the_modification_yields_to_a_later_read_one() {
    let head = |metas: &str| {
        meta_of(&format!(
            "<head>{metas}</head><body><h1>Sea and air</h1><p>Words.</p></body>"
        ))
        .1
    };
    let page = head(
        "<meta name='published-time' content='2026-03-09T08:45:32Z'>\
         <meta name='modified-date' content='2024-07-30'>\
         <meta name='published-date' content='2021-02-16'>",
    );
    assert_eq!(page.date.as_deref(), Some("2021-02-16"));
    assert_eq!(page.date_modified.as_deref(), Some("2024-07-30"));
    // Before the modification, or with no other: as declared.
    let page = head(
        "<meta name='published-time' content='2023-03-09'>\
         <meta name='modified-date' content='2024-07-30'>\
         <meta name='published-date' content='2021-02-16'>",
    );
    assert_eq!(page.date.as_deref(), Some("2023-03-09"));
    let page = head(
        "<meta name='published-time' content='2026-03-09'>\
         <meta name='modified-date' content='2024-07-30'>",
    );
    assert_eq!(page.date.as_deref(), Some("2026-03-09"));
    // A teaser's microdata date is no later source.
    let page = head(
        "<meta property='article:published_time' content='2026-03-09'>\
         <meta property='og:updated_time' content='2024-07-30'>\
         <meta itemprop='datePublished' content='2021-02-16'>",
    );
    assert_eq!(page.date.as_deref(), Some("2026-03-09"));
}

#[test]
fn a_date_marked_element_reads_an_open_numeric_order_by_the_pages_language() {
    let date_of = |lang: &str| {
        settled_of(&format!(
            "<html lang='{lang}'><body><h1>Smart home guide</h1><p>Words of the guide.</p>\
             <div class='author'><a href='/author/yu/'>Yu</a><span class='time'>3/4/2025</span></div>\
             </body></html>"
        ))
        .date
    };
    assert_eq!(date_of("en").as_deref(), Some("2025-03-04"));
    assert_eq!(date_of("en-US").as_deref(), Some("2025-03-04"));
    assert_eq!(date_of("en-GB").as_deref(), Some("2025-04-03"));
    assert_eq!(date_of("fr").as_deref(), Some("2025-04-03"));
    assert_eq!(date_of("x"), None);
}
