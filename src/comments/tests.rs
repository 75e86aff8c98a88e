//! What `collect` finds, on small threads of the common shapes.
use super::*;

/// A page's comments as (author, text).
fn comments(html: &str) -> Vec<(Option<String>, String)> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let pruned = crate::prune::prune(&dom, &[], crate::pagetype::PageType::Article, false, true);
    collect(&dom, &pruned)
        .into_iter()
        .map(|c| (c.author, c.text))
        .collect()
}

fn said(author: Option<&str>, text: &str) -> (Option<String>, String) {
    (author.map(str::to_owned), text.to_owned())
}

const ARTICLE: &str = "<article><h1>Opening hours</h1><p>The library extends its opening \
    hours from next week, the council said today, after a year of requests.</p></article>";

/// A WordPress thread: one comment and a reply nested in it, then the
/// reply form.
fn wordpress() -> String {
    let comment = |n: u32, name: &str, words: &str, children: &str| {
        format!(
            "<li id='comment-{n}' class='comment even depth-1'>\
             <article id='div-comment-{n}' class='comment-body'>\
             <footer class='comment-meta'><div class='comment-author vcard'>\
             <img class='avatar' src='a.png' alt=''><b class='fn'><a href='/u'>{name}</a></b> \
             <span class='says'>says:</span></div>\
             <div class='comment-metadata'><a href='#comment-{n}'><time datetime='2024-05-09'>\
             9 May 2024 at 12:04</time></a></div></footer>\
             <div class='comment-content'><p>{words}</p></div>\
             <div class='reply'><a class='comment-reply-link' href='#'>Reply</a></div>\
             </article>{children}</li>"
        )
    };
    let reply = comment(2, "Ben Ortiz", "I agree, and the weekend too.", "");
    let first = comment(
        1,
        "Ana",
        "Great news for students.</p><p>About time.",
        &format!("<ol class='children'>{reply}</ol>"),
    );
    format!(
        "<body>{ARTICLE}<div id='comments' class='comments-area'>\
         <h2 class='comments-title'>2 thoughts on “Opening hours”</h2>\
         <ol class='comment-list'>{first}</ol>\
         <div id='respond' class='comment-respond'><h3>Leave a Reply</h3>\
         <form><textarea name='comment'></textarea><button>Post Comment</button></form></div>\
         </div></body>"
    )
}

#[test]
fn a_wordpress_thread_gives_each_comment_its_author_and_words() {
    assert_eq!(
        comments(&wordpress()),
        [
            said(Some("Ana"), "Great news for students.\n\nAbout time."),
            said(Some("Ben Ortiz"), "I agree, and the weekend too."),
        ]
    );
}

#[test]
fn a_page_without_a_thread_has_no_comments() {
    for html in [
        format!("<body>{ARTICLE}</body>"),
        // Furniture that is cut but holds no comments.
        format!(
            "<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>\
             {ARTICLE}<footer><p>© 2024 The Town Paper. All rights reserved.</p></footer></body>"
        ),
    ] {
        assert_eq!(comments(&html), [], "{html}");
    }
}

#[test]
fn a_thread_in_a_cut_footer_is_found() {
    let html = format!(
        "<body>{ARTICLE}<footer><div class='comments'>\
         <div class='comment-item'><span class='username'>maria_k</span><p>Which days exactly?</p></div>\
         <div class='comment-item'><span class='username'>tom</span><p>Saturdays, it says.</p></div>\
         </div><p>© 2024 The Town Paper.</p></footer></body>"
    );
    assert_eq!(
        comments(&html),
        [
            said(Some("maria_k"), "Which days exactly?"),
            said(Some("tom"), "Saturdays, it says."),
        ]
    );
}

#[test]
fn the_most_specific_name_element_is_the_author() {
    // `.fn` inside `.comment-author`: the name, not the whole box.
    let html = format!(
        "<body>{ARTICLE}<div id='comments'><div class='comment'>\
         <div class='comment-author'>Posted by <b class='fn'>Ana</b></div>\
         <div class='comment-text'><p>Great news for students.</p></div></div></div></body>"
    );
    assert_eq!(
        comments(&html),
        [said(Some("Ana"), "Great news for students.")]
    );
}

#[test]
fn without_a_text_element_the_author_box_stays_out_of_the_words() {
    // The name is narrowed to `.fn` (or `itemprop=name`) inside the
    // author box; the box's other words ("Posted by") are no comment.
    for author in [
        "<div class='comment-author'>Posted by <b class='fn'>Ana</b></div>",
        "<span itemprop='author' itemscope>Posted by <span itemprop='name'>Ana</span></span>",
    ] {
        let html = format!(
            "<body>{ARTICLE}<div id='comments'><div class='comment'>{author}\
             <p>Great news for students.</p></div></div></body>"
        );
        assert_eq!(
            comments(&html),
            [said(Some("Ana"), "Great news for students.")],
            "{author}"
        );
    }
}

#[test]
fn schema_org_comments_name_their_author_and_text() {
    // The words are the `itemprop=text` element's: the time line
    // beside it is left out.
    let comment = |name: &str, words: &str| {
        format!(
            "<div itemscope itemtype='https://schema.org/Comment'>\
             <span itemprop='author' itemscope><span itemprop='name'>{name}</span></span>\
             <span>two days ago</span><div itemprop='text'><p>{words}</p></div></div>"
        )
    };
    let html = format!(
        "<body>{ARTICLE}<section class='comments'>{}{}</section></body>",
        comment("Ana", "Great news for students."),
        comment("Ben", "And the weekend?")
    );
    assert_eq!(
        comments(&html),
        [
            said(Some("Ana"), "Great news for students."),
            said(Some("Ben"), "And the weekend?"),
        ]
    );
}

#[test]
fn without_marked_comments_the_items_of_the_longest_list_are() {
    // No author markup: the text is the whole item, its date line and
    // reply control dropped, and there is no author.
    let html = format!(
        "<body>{ARTICLE}<section id='comments'><ul>\
         <li><p>09.05.2024 12:04</p><p>Finally, some good news.</p><a href='#'>Reply</a></li>\
         <li><p>About time they listened to us.</p></li></ul></section></body>"
    );
    assert_eq!(
        comments(&html),
        [
            said(None, "Finally, some good news."),
            said(None, "About time they listened to us."),
        ]
    );
}

/// The post (author, date) of each of the `<p>`s of `html`.
fn posts_of_paragraphs(html: &str) -> Vec<Option<(Option<String>, Option<String>)>> {
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let owners: Vec<NodeId> = (0..dom.len())
        .filter(|&n| dom.html_name(n) == Some(&local_name!("p")))
        .collect();
    let (post_of, posts) = posts(&dom, &owners, MIN_POSTS);
    if post_of.is_empty() {
        return vec![None; owners.len()];
    }
    post_of
        .into_iter()
        .map(|p| {
            p.and_then(|p| posts.get(p))
                .map(|p| (p.author.clone(), p.date.clone()))
        })
        .collect()
}

#[test]
fn a_threads_posts_have_their_author_and_date() {
    let html = "<p>Intro</p>\
        <div class='post' id='p1'><div class='profile'><a class='username'>ana</a><span>Member</span></div>\
          <time datetime='2024-03-01T10:00'>1 Mar</time><p>First post.</p><p>More of it.</p></div>\
        <div class='post' id='p2'><div class='user' itemprop='author'><b>ben</b><br>312 posts</div><p>Second.</p>\
          <div class='comment'><p>A reply inside, by nobody named.</p></div></div>";
    let said =
        |a: Option<&str>, d: Option<&str>| Some((a.map(str::to_owned), d.map(str::to_owned)));
    assert_eq!(
        posts_of_paragraphs(html),
        [
            None,
            said(Some("ana"), Some("2024-03-01T10:00")),
            said(Some("ana"), Some("2024-03-01T10:00")),
            // A user box of several lines with no name element names nobody.
            said(None, None),
            said(None, None),
        ]
    );
}

#[test]
fn a_user_cards_term_names_the_posts_author_and_a_quotes_bold_name_does_not() {
    // A user card as a definition list: the name alone in the <dt>
    // (Polish forum, Czech reply).
    let html = "<div id='p101' class='blockpost'><dl><dt><strong>kasia_w</strong></dt>\
          <dd>Użytkownik</dd><dd>Posty: 98</dd></dl><p>Pierwszy wpis.</p></div>\
        <div id='p102' class='blockpost'><dl><dt><strong>petr.novak</strong></dt>\
          <dd>Člen</dd></dl><p>Odpověď.</p></div>\
        <div id='p103' class='blockpost'><blockquote><strong>kasia_w</strong> napisała:\
          <p>cytat</p></blockquote><p>Druga odpowiedź.</p></div>";
    let authors: Vec<Option<String>> = posts_of_paragraphs(html)
        .into_iter()
        .map(|p| p.and_then(|(a, _)| a))
        .collect();
    assert_eq!(
        authors,
        [
            Some("kasia_w".to_owned()),
            Some("petr.novak".to_owned()),
            None,
            None
        ]
    );
}

#[test]
fn one_post_alone_is_no_thread() {
    let html = "<article class='post'><p>One.</p><p>Two.</p></article><p>Outside.</p>";
    assert_eq!(posts_of_paragraphs(html), [None, None, None]);
}

#[test]
fn loose_text_after_a_quote_stays_in_its_post() {
    // The run after the quote is owned by the post's body element,
    // which comes before the quote in document order.
    let html = "<div class='message'><time>today</time><div class='body'><blockquote><p>q</p></blockquote>after</div></div>\
                <div class='message'><p>Second post.</p></div>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let body = (0..dom.len())
        .find(|&n| dom.element(n).and_then(|e| e.attr(&local_name!("class"))) == Some("body"));
    let p: Vec<NodeId> = (0..dom.len())
        .filter(|&n| dom.html_name(n) == Some(&local_name!("p")))
        .collect();
    let owners: Vec<NodeId> = [p.first().copied(), body, p.get(1).copied()]
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(owners.len(), 3);
    let (post_of, posts) = posts(&dom, &owners, MIN_POSTS);
    assert_eq!(post_of, [Some(0), Some(0), Some(1)]);
    assert_eq!(posts.first().and_then(|p| p.date.as_deref()), Some("today"));
}

#[test]
fn a_posts_date_standing_alone_in_its_header_cell() {
    // A table layout: the header row's cell holds the date alone, the
    // post's words follow; a date after the words is a quote's.
    for (lines, quoted, want) in [
        (
            ["30th March 2025, 16:26", "31st March 2025, 09:02"],
            "Quote from 1st January 2020",
            ["30th March 2025, 16:26", "31st March 2025, 09:02"],
        ),
        (
            ["30.03.2025, 16:26", "31.03.2025, 09:02"],
            "12.01.2020",
            ["30.03.2025, 16:26", "31.03.2025, 09:02"],
        ),
        (
            ["30 mars 2025 à 16h26", "31 mars 2025 à 09h02"],
            "1 janvier 2020",
            ["30 mars 2025 à 16h26", "31 mars 2025 à 09h02"],
        ),
    ] {
        let html: String = lines
            .iter()
            .enumerate()
            .map(|(i, when)| {
                format!(
                    "<div id='post{i}'><table><tr><td class='thead'><img alt='Old'>{when}</td>\
                     <td>#{i}</td></tr><tr><td><a class='bigusername'>name{i}</a></td>\
                     <td><div class='content'><p>{} of post {i}.</p><p>{quoted}</p></div></td></tr></table></div>",
                    "Words ".repeat(30)
                )
            })
            .collect();
        let dates_of = |html: &str| -> Vec<Option<String>> {
            let dom =
                crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
            let owners: Vec<NodeId> = (0..dom.len())
                .filter(|&n| {
                    dom.element(n).and_then(|e| e.attr(&local_name!("class"))) == Some("content")
                })
                .collect();
            posts(&dom, &owners, MIN_POSTS)
                .1
                .into_iter()
                .map(|p| p.date)
                .collect()
        };
        assert_eq!(
            dates_of(&html),
            want.map(|w| Some(w.to_owned())),
            "{lines:?}"
        );
        // Words before any date: no date line.
        let late = html.replace(
            "<td class='thead'>",
            &format!("<td class='thead'><p>{}</p>", "Words ".repeat(30)),
        );
        assert_eq!(dates_of(&late), [None, None], "{lines:?}");
    }
}

#[test]
fn a_posts_date_written_in_its_author_line() {
    for (by, lines, joined, want) in [
        (
            "by",
            ["Tue Aug 27, 2019 1:47 am", "Wed Aug 28, 2019 5:58 am"],
            "Joined: Sun Mar 3, 2013 9:00 pm",
            ["2019-08-27", "2019-08-28"],
        ),
        (
            "von",
            ["27. August 2019, 13:47", "28. August 2019, 05:58"],
            "Registriert: 3. März 2013",
            ["2019-08-27", "2019-08-28"],
        ),
    ] {
        // The poster's card, with a joining date, comes first.
        let html: String = lines
            .iter()
            .enumerate()
            .map(|(i, when)| {
                format!(
                    "<div class='post' id='p{i}'><dl class='postprofile'><dd>{joined}</dd></dl>\
                     <p class='author'>{by} <strong><a href='/u/{i}'>name{i}</a></strong> » {when}</p>\
                     <div class='content'><p>Words of post {i}.</p></div></div>"
                )
            })
            .collect();
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let owners: Vec<NodeId> = (0..dom.len())
            .filter(|&n| {
                dom.element(n).and_then(|e| e.attr(&local_name!("class"))) == Some("content")
            })
            .collect();
        let (_, posts) = posts(&dom, &owners, MIN_POSTS);
        let dates: Vec<_> = posts.iter().map(|p| p.date.as_deref()).collect();
        assert_eq!(dates, want.map(Some));
    }
}

#[test]
fn a_thread_of_one_post_has_its_opening_post_when_asked() {
    // A thread with no reply yet: too few posts to group its blocks by
    // post, but its one post is the opening post, with its date.
    let html = "<h1>Lens question</h1>\
        <div class='message message--post'><a class='username'>ana</a>\
          <time datetime='2025-12-19T04:25:38+0500'>Dec 19, 2025</time>\
          <div class='body'><p>Which lens for the moon?</p></div></div>";
    let dom = crate::parse::parse(html, &crate::pipeline::limits(&crate::Options::default()));
    let owners: Vec<NodeId> = (0..dom.len())
        .filter(|&n| dom.html_name(n) == Some(&local_name!("p")))
        .collect();
    assert!(posts(&dom, &owners, MIN_POSTS).1.is_empty());
    let (post_of, one) = posts(&dom, &owners, 1);
    assert_eq!(post_of, [Some(0)]);
    assert_eq!(
        one.first().and_then(|p| p.date.as_deref()),
        Some("2025-12-19T04:25:38+0500")
    );
    assert_eq!(one.first().and_then(|p| p.author.as_deref()), Some("ana"));
}

#[test]
fn a_lone_post_is_the_opening_post_only_after_a_title() {
    // After the thread's title, the one post is the opening post; after
    // unmarked words (the opening post's), it is a reply or the replies.
    let post = "<div class='message message--post'><a class='username'>ben</a>\
                <time datetime='2025-12-20T10:00'>Dec 20</time><p>A reply.</p></div>";
    for (before, want) in [
        ("<h1>Lens question</h1>", Some("ben")),
        (
            "<h1>Lens question</h1><p>Which lens for the moon?</p>",
            None,
        ),
    ] {
        let html = format!("{before}{post}");
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let owners: Vec<NodeId> = (0..dom.len())
            .filter(|&n| {
                dom.html_name(n)
                    .is_some_and(|t| matches!(t.as_ref(), "p" | "h1"))
            })
            .collect();
        let got = opening_post(&dom, &owners).and_then(|p| p.author);
        assert_eq!(got.as_deref(), want, "{html}");
    }
}

#[test]
fn a_table_with_a_post_id_is_a_post() {
    // A table layout's post is a table of its own, known by its numbered
    // id (its class names its look); the header row's date is the post's.
    // A table with another id, or a class alone, is no post.
    let post = |attrs: &str, when: &str, who: &str| {
        format!(
            "<table {attrs}><tr><td class='thead'><img alt='Old'>{when}</td></tr>\
             <tr><td><a class='bigusername'>{who}</a></td>\
             <td><div class='content'><p>{} by {who}.</p></div></td></tr></table>",
            "Words ".repeat(30)
        )
    };
    for (a, b, want) in [
        (
            "id='post2017066' class='tborder'",
            "id='post2017176' class='tborder'",
            vec![
                Some("30th March 2025, 16:26"),
                Some("2nd April 2025, 13:59"),
            ],
        ),
        (
            "id='layout1' class='post'",
            "id='layout2' class='post'",
            vec![],
        ),
    ] {
        let html = format!(
            "<h1>Wrong refresh rate</h1>{}{}",
            post(a, "30th March 2025, 16:26", "ann"),
            post(b, "2nd April 2025, 13:59", "bo")
        );
        let dom = crate::parse::parse(&html, &crate::pipeline::limits(&crate::Options::default()));
        let owners: Vec<NodeId> = (0..dom.len())
            .filter(|&n| {
                dom.element(n).and_then(|e| e.attr(&local_name!("class"))) == Some("content")
            })
            .collect();
        let (_, posts) = posts(&dom, &owners, MIN_POSTS);
        let dates: Vec<_> = posts.iter().map(|p| p.date.as_deref()).collect();
        assert_eq!(dates, want, "{html}");
        let opening = opening_post(&dom, &owners).and_then(|p| p.date);
        assert_eq!(opening.as_deref(), want.first().copied().flatten());
    }
}
