//! The title reported to users: the page's headline, never the site's name.
//!
//! Sources: the `<h1>`, the declared titles (`og:title` / `twitter:title`,
//! then `<title>`) and the JSON-LD `headline`. A declared title loses the
//! site's name around it ("Rain | Weather Daily" → "Rain"): a part that is
//! `og:site_name` / the JSON-LD publisher, the rest of `<title>` once the
//! `og:title` is taken out of it, or the page's host name ("Punto Rojo" on
//! puntorojo.com; with no URL declared, the host of the page's news feed),
//! or a bare domain written as another part of the title ("Sound Co |
//! SoundCo.com - Headline"); failing those, the last part after a strong separator
//! (" | ", " · ", " :: ", " » ") is a site's or section's name, and so is
//! all after the first part of a trail ("Post / Board / Forum"). An `<h1>`
//! that is the site's name, or wholly a link to a front page (a logo), is
//! no headline (one naming the host among other words, "Ridge Wallet" on
//! ridge.com, is a product's or a page's name and stays a candidate), nor is one ending in a colon, which leads in to what
//! follows it ("A message from our co-founder:", a promo box's heading).
//!
//! An `og:title` and a `<title>` that share their first part and go on,
//! after the same separator, in different words ("In The News - Reading
//! Corps" and "In The News - High-Impact Tutoring - Reading Corps") agree
//! on that part alone: it is the declared title, the rest the site's name
//! or tagline worded two ways.
//!
//! An `og:title` and a `<title>` that say different things (once the
//! site's name is off both) are weighed by the `<h1>`s: the one whose words
//! they share more of is the declared title, the other a social card's hook
//! ("We're Really Good at Email" beside "Email Marketing Tools" under an h1
//! about an email marketing platform); on a tie the `og:title` stands.
//!
//! Then, when the `<h1>` and the declared title say different things: the
//! `<h1>` stands when it says what the declared title (or one of its parts)
//! says, when the declared title opens with it (two words or more, even
//! among several `<h1>`s) and goes on ("Marathon Training" and "Marathon
//! Training for All Skill Levels": the page's name, extended for search
//! engines), when the JSON-LD headline agrees with it (even among several
//! `<h1>`s: the others are a blog's name or a widget's), when it is a full
//! headline of [`LONG_H1_WORDS`] words or more, or when more than
//! [`SHARED_WORDS`] of its words (two or more) are the declared title's
//! (the same headline worded for the page); otherwise (and always
//! when the page has several `<h1>`s) the declared title, which names the
//! page for search engines and links, stands over a short `<h1>` that is a
//! tagline or a section's label. On a page that presents a service or an
//! organisation (a landing page), the declared title stands over any `<h1>`
//! that does not say what it says: such an `<h1>` is a pitch ("Clarity,
//! finally.", "Build what's next"), and the page's title names the offer
//! (wcxb-dev service pages whose h1 and declared title disagree: the
//! declared title was the page's title about three times as often).
//!
//! An `<h1>` and a declared title that open with the same headline of
//! [`MIN_COMMON_HEAD_WORDS`] words or more and go on each with its own
//! additions (the h1 an edition, the declared title an author, a code and a
//! store after a separator: "Title: Subtitle: Surname, Name: 9780000000000:
//! Shop: Books") have that headline for title.
//!
//! An `<h1>` that comes after an `<h2>` saying the declared title is a
//! section's heading, no headline: the theme set the headline in the
//! `<h2>`, and the declared title stands.
//!
//! Last, whichever title is reported loses a tagline after a spaced hyphen
//! ("15 Apps Compared - Personally Tested" → "15 Apps Compared"; see
//! [`without_tagline`]): the part before it must be a headline of
//! [`MIN_HEAD_WORDS`] words or more, and the rest no longer than it.

/// An `<h1>` this many words long is a full headline, not a tagline or a
/// label, and stands over a differently worded declared title. Set on
/// wcxb-dev half A (pages whose `<h1>` and declared title disagree: below
/// seven words the declared title was the page's title more often).
const LONG_H1_WORDS: usize = 7;

/// A short `<h1>` of two words or more sharing more than this share of its
/// words with the declared title is the same headline worded for the page,
/// and stands ("Online Graphic Design Course" over "Graphic Design Course
/// Online"); a one-word h1 ("Latest") is a label. Set on wcxb-dev half A (a
/// third and two thirds did no better; +2 pages there, +9 on half B, which
/// the word-count rule alone had cost).
const SHARED_WORDS: f32 = 0.5;

/// Two titles say the same when one holds the other and the shorter has at
/// least this share of the longer's characters (a site's name or a
/// subtitle aside).
const SAME_TITLE_SHARE: f32 = 0.7;

/// Separators between a title and a site's or section's name, strongest
/// first: the first one a title holds splits it.
const SEPARATORS: [&str; 9] = [
    " | ", " :: ", " · ", " • ", " » ", " — ", " – ", " - ", " / ",
];

/// Separators after which the last part is a site's or section's name even
/// when nothing says which site ("Kayaks | Outdoor Co-op").
const STRONG: [&str; 5] = [" | ", " :: ", " · ", " • ", " » "];

/// A title of this many parts at [`TRAIL_SEPARATOR`] is a trail, headline
/// first ("Post / Board / Site Forums"): the first part is the headline (a
/// site named first leads it the other way: then only the site's part
/// goes). The same rule for " - " cost as many shop titles on wcxb-dev
/// ("Brand - Model - Colour") as it fixed forum titles.
const TRAIL_PARTS: usize = 3;

/// The separator of a path-like trail.
const TRAIL_SEPARATOR: &str = " / ";

/// Host name labels shorter than this are not looked for inside a part
/// ("bbc" would match too much); a part equal to one is still the site's.
const MIN_HOST_LABEL: usize = 4;

/// Most words of a part taken for a site's name by holding the host's
/// label: a longer part is a headline that mentions the site.
const MAX_SITE_WORDS: usize = 4;

/// Longest declared title or h1 read, in bytes: a longer one is not a
/// title, and the comparisons below stay linear in the page.
const MAX_TITLE_BYTES: usize = 1000;

/// Most parts of a title compared with the h1s.
const MAX_PARTS: usize = 16;

/// What the page says its title is.
#[derive(Debug, Default)]
pub(crate) struct Sources<'a> {
    /// `og:title` (else `twitter:title`).
    pub(crate) og: Option<&'a str>,
    /// `<title>`.
    pub(crate) doc: Option<&'a str>,
    /// The `<h1>` texts, in page order.
    pub(crate) h1s: &'a [String],
    /// The texts of the `<h2>`s before the first `<h1>`.
    pub(crate) lead_h2s: &'a [String],
    /// The texts of the `<h1>`s that are wholly a link to a front page
    /// (the site's name set by its template).
    pub(crate) home: &'a [String],
    /// The JSON-LD `headline`.
    pub(crate) ld: Option<&'a str>,
    /// The site's declared name (`og:site_name`, JSON-LD publisher).
    pub(crate) site: Option<&'a str>,
    /// The page's own URL (canonical, `og:url`, JSON-LD `url`).
    pub(crate) url: Option<&'a str>,
    /// The page's news feed's URL: its host is the site's when the page
    /// declares no URL of its own.
    pub(crate) feed: Option<&'a str>,
}

/// The headline users see (see the module's notes), or `None` when the
/// page names none: on an article page, and on a page presenting a service,
/// a software product or an organisation (a landing page, a home page),
/// whose `<h1>` is a pitch ("Clarity, finally.") and whose declared title
/// names the page. The two differ only past the sources both read, so the
/// sources are read once for both.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Titles {
    pub(crate) article: Option<String>,
    pub(crate) landing: Option<String>,
    /// A discussion thread's headline: its `<h1>` (the thread's subject)
    /// over a declared title that shares none of its words (see
    /// [`unrelated`]).
    pub(crate) thread: Option<String>,
}

/// The article page's headline (see [`Titles`]).
#[cfg(test)]
fn choose(s: &Sources<'_>) -> Option<String> {
    choose_both(s).article
}

/// The [`Titles`] the sources give.
pub(crate) fn choose_both(s: &Sources<'_>) -> Titles {
    let mut titles = choose_titles(s);
    if titles.thread.is_none() {
        titles.thread.clone_from(&titles.article);
    }
    titles
}

/// The [`Titles`] the sources give, a thread's headline set only where it
/// differs from an article's.
fn choose_titles(s: &Sources<'_>) -> Titles {
    let og = s.og.map(|t| unescape(clip(t)));
    let doc = s.doc.map(|t| unescape(clip(t)));
    let site = Site::new(s, og.as_deref(), doc.as_deref(), s.h1s);
    let mut og_kept = og.as_deref().map(|t| site.strip(t));
    let mut doc_kept = doc.as_deref().map(|t| site.strip(t));
    // og:title and <title> that share their first part and name the rest
    // two ways ("In The News - Reading Corps" and "In The News - High-Impact
    // Tutoring - Reading Corps") agree on that part alone: the rest is the
    // site's name or tagline, worded for each.
    if let Some(head) = shared_head(og_kept.as_deref(), doc_kept.as_deref()) {
        og_kept = Some(head.clone());
        doc_kept = Some(head);
    }
    // An og:title that is only a front page's label ("Home") yields to a
    // `<title>` saying more ("Home - The Daily Blog", kept whole below).
    let declared = og_kept
        .clone()
        .filter(|t| !site.named(t))
        .filter(|t| {
            !crate::lang::is_front_page_label(t)
                || doc_kept
                    .as_deref()
                    .is_none_or(crate::lang::is_front_page_label)
        })
        .or_else(|| doc_kept.clone().filter(|t| !site.named(t)))
        .or_else(|| s.ld.map(str::to_owned));
    // An og:title and a `<title>` that say different things: the one whose
    // words the h1s share more of names the page, the other is a social
    // card's hook ("We're Really Good at Email" beside "Email Marketing
    // Tools" under the h1 "... the #1 email marketing platform").
    let declared = match (declared, doc_kept.as_deref()) {
        (Some(d), Some(doc))
            if og_kept.as_deref() == Some(d.as_str())
                && !site.named(doc)
                && !same(&d, doc)
                && closer_to_h1s(doc, &d, s.h1s) =>
        {
            Some(doc.to_owned())
        }
        (d, _) => d,
    };
    // An h1 that leads in to what follows it is a box's heading.
    let h1s: Vec<&String> = s
        .h1s
        .iter()
        .filter(|h| !h.trim().is_empty() && h.len() <= MAX_TITLE_BYTES && !site.named(h))
        .filter(|h| !leads_in(h))
        .collect();
    // The h1 that says what a declared title (or a part of it) says, else
    // the first.
    let parts: Vec<&str> = [
        og.as_deref(),
        doc.as_deref(),
        og_kept.as_deref(),
        doc_kept.as_deref(),
    ]
    .into_iter()
    .flatten()
    .flat_map(parts_of)
    .collect();
    let agreeing = h1s
        .iter()
        .find(|h| parts.iter().any(|p| same(h, p) || h_and_site(h, p, &site)))
        .copied();
    let both = |t: Option<String>| Titles {
        article: t.clone(),
        landing: t,
        thread: None,
    };
    let Some(declared) = declared else {
        return both(h1s.first().map(|h| (*h).clone()));
    };
    // An h1 whose template lost its apostrophes and dashes to "?" is the
    // declared title, damaged: the declared one is read whole.
    if h1s.iter().any(|h| damaged(h, &declared)) {
        return both(Some(declared));
    }
    if let Some(h) = agreeing {
        // An h1 may carry the site's name too ("Rain | Daily News").
        return both(Some(site.strip(h)));
    }
    // A landing page: the declared title.
    let landing = Some(declared.clone());
    // The h1 of two words or more the declared title opens with, then says
    // more ("Marathon Training" and "Marathon Training for All Skill
    // Levels", "Amazon Best Sellers" and "Amazon Best Sellers: Best
    // Electronics"): the page's name, which the declared title extends with
    // words for search engines. A one-word h1 is a label ("Latest" over
    // "Latest technology news"), as below.
    let declared_words = norm(&declared);
    // An h1 and a declared title opening with the same long headline, each
    // going on with its own additions (the h1 an edition, "Hardcover –
    // October 16, 2018"; the declared title, after a separator, an author,
    // a code and a store, ": Clear, James: 9780735211292: Shop: Books"):
    // the head they share is the headline.
    if let Some(head) = h1s.iter().find_map(|h| common_head(h, &declared)) {
        return both(Some(head));
    }
    if let Some(h) = h1s.iter().find(|h| opens(h, &declared_words)) {
        return Titles {
            article: Some(site.strip(h)),
            landing,
            thread: None,
        };
    }
    // The h1 the JSON-LD headline says, even among several (a page's
    // headline beside a blog's or a widget's h1).
    if let Some(h) = h1s.iter().find(|h| s.ld.is_some_and(|l| same(l, h))) {
        return Titles {
            article: Some(site.strip(h)),
            landing,
            thread: None,
        };
    }
    // An h1 after an h2 that says the declared title is a section's
    // heading: the page set its headline in the h2 (a blog theme's post
    // title) and its author's text starts at h1.
    if s.lead_h2s.iter().any(|h| same(h, &declared)) {
        return both(Some(declared));
    }
    let [h1] = h1s.as_slice() else {
        // None, or several: a page with several h1s uses them for widgets.
        return Titles {
            article: Some(declared),
            landing,
            thread: None,
        };
    };
    let h1_stands = h1.split_whitespace().count() >= LONG_H1_WORDS
        || (h1.split_whitespace().count() >= 2 && shared_words(h1, &declared) > SHARED_WORDS);
    // A thread's subject set in its one h1 of two words or more stands over
    // a declared title sharing none of its words: a forum app's title for
    // every page ("Site - The heart of the internet"), left unset by the
    // thread's script.
    let thread =
        (h1.split_whitespace().count() >= 2 && unrelated(h1, &declared)).then(|| (*h1).clone());
    Titles {
        article: Some(if h1_stands { (*h1).clone() } else { declared }),
        landing,
        thread,
    }
}

/// Fewest words (runs of letters and digits) of the head an `<h1>` and the
/// declared title share for it to be the headline (see [`common_head`]).
/// Set on wcxb-dev half A: at four or five words a headline's bracketed
/// remark ("How To Use Gym Equipment (With Confidence!)") was cut for the
/// declared title's shorter wording (one page lost); six and eight words
/// gave the same (one page won, a store's "Title: Author: ISBN: Store"
/// title).
const MIN_COMMON_HEAD_WORDS: usize = 6;

/// The words `h1` and `declared` both open with (compared without case),
/// as `declared` writes them, when they are [`MIN_COMMON_HEAD_WORDS`] or
/// more, both titles go on, and the declared title goes on after a
/// separator (a colon, a bar, a dash, a slash, a dot or "»"). Linear in
/// the titles.
fn common_head(h1: &str, declared: &str) -> Option<String> {
    let words = |s: &str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    out.push((b, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(b) = start {
            out.push((b, s.len()));
        }
        out
    };
    let (hw, dw) = (words(h1), words(declared));
    let same_word = |a: (usize, usize), b: (usize, usize)| {
        h1.get(a.0..a.1)
            .zip(declared.get(b.0..b.1))
            .is_some_and(|(x, y)| x.to_lowercase() == y.to_lowercase())
    };
    let k = hw
        .iter()
        .zip(&dw)
        .take_while(|(a, b)| same_word(**a, **b))
        .count();
    if k < MIN_COMMON_HEAD_WORDS || k >= hw.len() || k >= dw.len() {
        return None;
    }
    let end = dw.get(k - 1)?.1;
    let rest = declared.get(end..)?.trim_start();
    let sep = rest.starts_with([':', '|', '-', '–', '—', '·', '•', '/', '»']);
    sep.then(|| declared.get(..end).map(|h| h.trim().to_owned()))
        .flatten()
}

/// Whether `h1` and `declared` share no word.
fn unrelated(h1: &str, declared: &str) -> bool {
    shared_words(h1, declared) == 0.0 && shared_words(declared, h1) == 0.0
}

/// The spaced hyphen that parts a headline from a tagline after it ("15
/// Apps Compared - Personally Tested"). En and em dashes are not read so:
/// in a headline they set off a clause of it ("Best workout of 2024 — and
/// 5 trends to expect"), which wcxb-dev titles kept (half A: the hyphen
/// rule +6 pages and none lost, the dashes as many lost as won; half B
/// +5, the dashes -5 net).
const TAGLINE_SEPARATOR: &str = " - ";

/// Fewest words (letter-bearing runs of letters and digits: "3.1" and "300"
/// are no words) of a headline before a tagline: a shorter head ("Git -
/// git-commit Documentation", "Squad 2024 - 2025", "Zero Waste - A
/// Beginner's Guide") is a name or a label the rest completes. Set on
/// wcxb-dev half A (two words: a head of a numbered section lost; four
/// words: two pages fewer), held on half B.
const MIN_HEAD_WORDS: usize = 3;

/// `title` without a tagline after its headline: the part after the
/// first [`TAGLINE_SEPARATOR`] goes when the part before it is a headline
/// of [`MIN_HEAD_WORDS`] words or more and what follows has no more words
/// than it ("CBD Relax Berries - (30ct) 300mg", "Wrong refresh rate -
/// Doom9's Forum"); a longer rest is the headline's second half.
pub(crate) fn without_tagline(title: String) -> String {
    let Some((head, rest)) = title.split_once(TAGLINE_SEPARATOR) else {
        return title;
    };
    let head_words = letter_words(head);
    if head_words >= MIN_HEAD_WORDS && letter_words(rest) <= head_words {
        return head.trim().to_owned();
    }
    title
}

/// Years a bracketed number may be ("(1792)", "(2025 Reviews)"): a year in
/// a title is part of its name, no count.
const YEARS: std::ops::RangeInclusive<u32> = 1000..=2199;

/// `title` without a count in brackets at its end ("Best Books Ever (77141
/// books)", "Trail Shoes (158 items)", "Inbox (3)"): how many entries the
/// page lists today, which its template writes after the name, no part of
/// it. The brackets must hold a number alone or with one word after it,
/// and the number must be no year ("(1792)", "(2025 Reviews)" stay), nor
/// hold letters ("(LFD102)"); what comes before must hold a letter. The
/// pipeline asks it on listings and collections only: a product's "(128
/// GB)" or "(2 Pack)" has the same shape.
pub(crate) fn without_count(title: String) -> String {
    let trimmed = title.trim_end();
    let open = match trimmed.chars().last() {
        Some(')') => '(',
        Some(']') => '[',
        _ => return title,
    };
    let Some(at) = trimmed.rfind(open) else {
        return title;
    };
    let (Some(head), Some(inner)) = (
        trimmed.get(..at),
        trimmed.get(at + 1..trimmed.len().saturating_sub(1)),
    ) else {
        return title;
    };
    let mut words = inner.split_whitespace();
    let (Some(number), word, None) = (words.next(), words.next(), words.next()) else {
        return title;
    };
    let is_number = number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    let year = number.len() == 4 && number.parse::<u32>().is_ok_and(|y| YEARS.contains(&y));
    let counted = word.is_none_or(|w| w.chars().all(char::is_alphabetic));
    if is_number && !year && counted && head.contains(char::is_alphabetic) {
        return head.trim_end().to_owned();
    }
    title
}

/// The runs of letters and digits in `s` that hold a letter.
fn letter_words(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A title and its first [`MAX_PARTS`] parts at its strongest separator.
fn parts_of(t: &str) -> Vec<&str> {
    let mut out = vec![t];
    if let Some(sep) = SEPARATORS.iter().find(|s| t.contains(*s)) {
        out.extend(
            t.split(sep)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .take(MAX_PARTS),
        );
    }
    out
}

/// The first part two declared titles share when both go on, after the
/// same separator, in different words (see [`choose_both`]).
fn shared_head(og: Option<&str>, doc: Option<&str>) -> Option<String> {
    let (og, doc) = (og?, doc?);
    // One held whole by the other is the same title, the site's name added.
    let (a, b) = (squash(og), squash(doc));
    if a.contains(&b) || b.contains(&a) {
        return None;
    }
    let sep = SEPARATORS.iter().find(|s| og.contains(*s))?;
    if SEPARATORS.iter().find(|s| doc.contains(*s)) != Some(sep) {
        return None;
    }
    let (a, b) = (og.split(sep).next()?.trim(), doc.split(sep).next()?.trim());
    (!a.is_empty() && squash(a) == squash(b)).then(|| a.to_owned())
}

/// Whether `h1` ends in a colon: it leads in to what follows it ("A
/// message from our co-founder:"), a box's heading, no headline.
fn leads_in(h1: &str) -> bool {
    h1.trim_end().ends_with([':', '\u{ff1a}'])
}

/// `t` cut to [`MAX_TITLE_BYTES`] at a character boundary.
fn clip(t: &str) -> &str {
    if t.len() <= MAX_TITLE_BYTES {
        return t;
    }
    let mut end = MAX_TITLE_BYTES;
    while !t.is_char_boundary(end) {
        end -= 1;
    }
    t.get(..end).unwrap_or_default()
}

/// What names the site.
struct Site {
    /// Declared names, squashed (see [`squash`]).
    names: Vec<String>,
    /// The host's labels but the last ("news", "example" of
    /// news.example.org), and the host's last two labels squashed together
    /// ("exampleorg" for "Example.org").
    labels: Vec<String>,
    /// The logo h1s' texts, squashed: read only for a domain leading a
    /// title (as names of the site they also stripped "About - Site",
    /// which wcxb-dev keeps whole: half A +1 -1).
    home: Vec<String>,
}

impl Site {
    fn new(s: &Sources<'_>, og: Option<&str>, doc: Option<&str>, h1s: &[String]) -> Site {
        let mut names: Vec<String> = s.site.map(squash).into_iter().collect();
        // <title> = og:title + separator + the site's name (or the reverse).
        if let (Some(og), Some(doc)) = (og, doc) {
            let rest = doc
                .strip_prefix(og)
                .or_else(|| doc.strip_suffix(og))
                .map(|r| r.trim_matches(|c: char| c.is_whitespace() || "|-–—:·»/".contains(c)));
            if let Some(r) = rest.filter(|r| !r.is_empty()) {
                names.push(squash(r));
            }
        }
        let host = s
            .url
            .and_then(crate::url::host)
            .or_else(|| s.feed.and_then(crate::url::host))
            .unwrap_or_default();
        let mut labels = host_labels(&host);
        // A domain written as a title's part ("Sound Co | SoundCo.com -
        // Headline") names the site as its host would.
        for t in [og, doc].into_iter().flatten() {
            let mut parts = vec![t];
            for sep in SEPARATORS {
                parts = parts
                    .iter()
                    .flat_map(|p| p.split(sep))
                    .take(MAX_PARTS)
                    .collect();
            }
            if parts.len() > 1 {
                labels.extend(
                    parts
                        .into_iter()
                        .filter_map(domain_name)
                        .flat_map(|d| host_labels(&d)),
                );
            }
        }
        labels.retain(|l| !l.is_empty());
        // The last part after a strong separator names the site or a
        // section ("Part 1 | Playful Tones"), and so does what is left of a
        // title whose headline the template left empty ("| Volts Magazine");
        // but not in a title led by the site's name, declared or its host's
        // ("Studio | Headline", "NationStates • Thread" on nationstates.net),
        // nor that title's headline worded after another shortening of the
        // name ("Std | Headline").
        let site = s.site.map(squash).filter(|n| !n.is_empty());
        let headlines: Vec<String> = [og, doc]
            .into_iter()
            .flatten()
            .filter_map(strong_parts)
            .filter(|(first, _)| {
                let first = squash(first);
                site.as_deref() == Some(first.as_str()) || labels.contains(&first)
            })
            .map(|(_, last)| squash(last))
            .collect();
        for t in [og, doc].into_iter().flatten() {
            let t = t.trim();
            if let Some((_, last)) = strong_parts(t) {
                let last = squash(last);
                if !headlines.contains(&last) {
                    names.push(last);
                }
            }
            let bare = t.trim_matches(|c: char| c.is_whitespace() || "|-–—:·•»/".contains(c));
            if bare.len() < t.len() && !SEPARATORS.iter().any(|s| bare.contains(s)) {
                names.push(squash(bare));
            }
        }
        names.retain(|n| !n.is_empty());
        // A last part that is the og:title is the headline, after the
        // site's name ("Psychiatry.org - Headline"), and so is the last part
        // of a title led by the declared site's name.
        let og_squashed = og.map(squash);
        let tails = [og, doc]
            .into_iter()
            .flatten()
            .filter_map(|t| {
                let sep = SEPARATORS.iter().find(|s| t.contains(*s))?;
                t.rsplit(sep).next().map(squash)
            })
            .filter(|t| !t.is_empty() && og_squashed.as_ref() != Some(t) && !headlines.contains(t))
            .collect::<Vec<String>>();
        // A last part an h1 says is the site's name.
        names.extend(h1s.iter().map(|h| squash(h)).filter(|h| tails.contains(h)));
        let home = s.home.iter().map(|h| squash(h)).collect();
        Site {
            names,
            labels,
            home,
        }
    }

    /// Whether `part` is a name of the site, as declared or as its host.
    fn named(&self, part: &str) -> bool {
        let p = squash(part);
        p.is_empty() || self.names.contains(&p) || self.labels.contains(&p)
    }

    /// Whether `part`, a few words, begins with the site's host name
    /// ("Zotero Documentation" on zotero.org).
    fn leads(&self, part: &str) -> bool {
        let p = squash(part);
        part.split_whitespace().count() <= MAX_SITE_WORDS
            && self
                .labels
                .iter()
                .any(|l| l.chars().count() >= MIN_HOST_LABEL && p.starts_with(l.as_str()))
    }

    /// Whether `part` is the site's name.
    fn is(&self, part: &str) -> bool {
        let p = squash(part);
        if p.is_empty() {
            return true;
        }
        if self.names.contains(&p) || self.labels.contains(&p) {
            return true;
        }
        part.split_whitespace().count() <= MAX_SITE_WORDS
            && self
                .labels
                .iter()
                .any(|l| l.chars().count() >= MIN_HOST_LABEL && p.contains(l.as_str()))
    }

    /// `title` without the site's name at either end (at its start, only a
    /// part that is wholly a name of the site: "Brand Tee - Black" is a
    /// product and its colour), and only its first
    /// part left after a strong separator ("Rain | Local | Daily News" →
    /// "Rain") or in a trail of [`TRAIL_PARTS`] parts ("Rain / Local /
    /// Daily News"): what follows is a section's or a site's name.
    fn strip(&self, title: &str) -> String {
        // What follows a site's name leading the title may name the site
        // again, more weakly set off ("Site | site.com - Headline"): it is
        // stripped once more.
        match self.strip_once(title) {
            (kept, true) => self.strip_once(&kept).0,
            (kept, false) => kept,
        }
    }

    /// One pass of [`Site::strip`], and whether the title was led by the
    /// site's name.
    fn strip_once(&self, title: &str) -> (String, bool) {
        let title = title.trim();
        let Some(sep) = SEPARATORS.iter().find(|s| title.contains(*s)) else {
            return (self.without_domain(title), false);
        };
        let mut parts: Vec<&str> = title
            .split(sep)
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let trail = parts.len() >= TRAIL_PARTS;
        while parts.len() > 1 && parts.last().is_some_and(|p| self.is(p)) {
            parts.pop();
        }
        let mut led_by_site = false;
        while parts.len() > 1 && parts.first().is_some_and(|p| self.named(p)) {
            parts.remove(0);
            led_by_site = true;
        }
        if STRONG.contains(sep) || (trail && *sep == TRAIL_SEPARATOR && !led_by_site) {
            parts.truncate(1);
        }
        let kept = parts.join(sep);
        // A front page's label alone ("Home" of "Home - Ohio Artisans")
        // names no page: the title stays whole, the site's name with it.
        if crate::lang::is_front_page_label(&kept) {
            return (title.to_owned(), false);
        }
        (kept, led_by_site)
    }

    /// `title` without the site's domain leading it as written with no
    /// separator ("example.com Rain" on example.com, or under a logo h1
    /// "example.com"): a word with a dot that is the site's name is no
    /// headline's word.
    fn without_domain(&self, title: &str) -> String {
        if let Some((first, rest)) = title.split_once(' ') {
            let rest = rest.trim();
            let name = squash(first);
            if first.contains('.')
                && !rest.is_empty()
                && (self.labels.contains(&name) || self.home.contains(&name))
            {
                return rest.to_owned();
            }
        }
        title.to_owned()
    }
}

/// A host's labels but the last ("news", "example" of news.example.org,
/// not "www"), and its last two labels squashed together ("exampleorg").
fn host_labels(host: &str) -> Vec<String> {
    let all: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let mut labels: Vec<String> = all
        .iter()
        .take(all.len().saturating_sub(1))
        .filter(|l| **l != "www")
        .map(|l| squash(l))
        .collect();
    if let [.., a, b] = all.as_slice() {
        labels.push(squash(&format!("{a}{b}")));
    }
    labels
}

/// Top-level domains a title's part must end in to be read as a domain
/// name: the common generic ones and the largest countries'. A dotted
/// name ending otherwise is a product's or a language's ("Node.js",
/// "ASP.NET", "Vue.JS").
const TITLE_TLDS: [&str; 30] = [
    "com", "org", "net", "io", "co", "edu", "gov", "info", "biz", "app", "dev", "ai", "blog",
    "news", "uk", "de", "fr", "es", "it", "nl", "au", "ca", "ch", "at", "be", "se", "pl", "jp",
    "in", "eu",
];

/// `part`, lowercased, when it is a bare domain name ("SoundCo.com",
/// "www.example.org"): one word of dotted labels of letters, digits and
/// hyphens, one before the last holding a letter, the last a lowercase
/// top-level domain of [`TITLE_TLDS`].
fn domain_name(part: &str) -> Option<String> {
    let part = part.trim();
    if part.is_empty() || part.contains(char::is_whitespace) {
        return None;
    }
    let labels: Vec<&str> = part.split('.').collect();
    let [names @ .., tld] = labels.as_slice() else {
        return None;
    };
    let well_formed = !names.is_empty()
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && names
            .iter()
            .any(|l| l.chars().any(|c| c.is_ascii_alphabetic()));
    (well_formed && TITLE_TLDS.contains(tld)).then(|| part.to_ascii_lowercase())
}

/// The first and the last part of `t` at its strongest strong separator.
fn strong_parts(t: &str) -> Option<(&str, &str)> {
    let t = t.trim();
    let sep = STRONG.iter().find(|s| t.contains(*s))?;
    Some((t.split(sep).next()?, t.rsplit(sep).next()?))
}

/// Lowercase letters and digits only: "Punto Rojo" and "puntorojo" compare
/// equal.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The share of `h1`'s words that `declared` holds too.
fn shared_words(h1: &str, declared: &str) -> f32 {
    let declared = norm(declared);
    let theirs: Vec<&str> = declared.split(' ').collect();
    let h1 = norm(h1);
    let ours: Vec<&str> = h1.split(' ').filter(|w| !w.is_empty()).collect();
    if ours.is_empty() {
        return 0.0;
    }
    let shared = ours.iter().filter(|w| theirs.contains(w)).count();
    shared as f32 / ours.len() as f32
}

/// Whether the h1s share more of their words with `doc` than with `og`
/// (the best h1 for each; see [`shared_words`]).
fn closer_to_h1s(doc: &str, og: &str, h1s: &[String]) -> bool {
    let best = |t: &str| {
        h1s.iter()
            .filter(|h| h.len() <= MAX_TITLE_BYTES)
            .take(MAX_PARTS)
            .map(|h| shared_words(h, t))
            .fold(0.0f32, f32::max)
    };
    best(doc) > best(og)
}

/// Lowercase words joined by one space.
fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two titles say the same: equal words, or one holds the other
/// and has [`SAME_TITLE_SHARE`] of its length.
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.contains(short.as_str()) && short.len() as f32 >= SAME_TITLE_SHARE * long.len() as f32
}

/// Whether the declared title, as its words (`declared_words`, see
/// [`norm`]), opens with all of `h1`'s words, two or more, and goes on
/// with more (see [`choose_both`]).
fn opens(h1: &str, declared_words: &str) -> bool {
    let h1 = norm(h1);
    h1.contains(' ')
        && declared_words
            .strip_prefix(h1.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether `title` is `h1` and the site's name after it with no
/// separator between ("Trails Ghorba" for the h1 "Trails" on ghorba.org,
/// "searching [Zotero Documentation]" on zotero.org): the h1 says what
/// the title says.
fn h_and_site(h1: &str, title: &str, site: &Site) -> bool {
    let (h1, title) = (norm(h1), norm(title));
    if h1.is_empty() {
        return false;
    }
    title
        .strip_prefix(h1.as_str())
        .and_then(|rest| rest.strip_prefix(' '))
        .is_some_and(|rest| site.named(rest) || site.leads(rest))
}

/// Most characters of the declared title one "?" of a damaged h1 stands
/// for ("’s" is two; a dash with its spaces three).
const MAX_LOST_CHARS: usize = 3;

/// Whether `h1` is `declared` with characters its template could not
/// encode shown as "?" or U+FFFD ("Event Planning? Beginner? Guide" for
/// "Event Planning: Beginner's Guide"): the rest equal, in any case, and
/// each mark standing for one to [`MAX_LOST_CHARS`] characters. Linear:
/// each piece is tried at most that many places.
fn damaged(h1: &str, declared: &str) -> bool {
    let is_mark = |c: char| c == '?' || c == '\u{fffd}';
    if !h1.contains(is_mark) {
        return false;
    }
    let (h1, declared) = (h1.to_lowercase(), declared.to_lowercase());
    let mut pieces = h1.split(is_mark);
    let Some(head) = pieces.next() else {
        return false;
    };
    let Some(mut rest) = declared.strip_prefix(head) else {
        return false;
    };
    let mut lost = false;
    for piece in pieces {
        let found = (1..=MAX_LOST_CHARS).find_map(|n| {
            let at = rest.char_indices().nth(n).map_or(rest.len(), |(i, _)| i);
            // A mark standing for characters that are there as written
            // ("?" in both) is no loss.
            let gap = rest.get(..at)?;
            (rest.chars().count() >= n)
                .then(|| rest.get(at..)?.strip_prefix(piece).map(|r| (gap, r)))
                .flatten()
        });
        let Some((gap, r)) = found else {
            return false;
        };
        lost |= !gap.chars().all(is_mark);
        rest = r;
    }
    lost && rest.is_empty()
}

/// A title escaped twice by its template ("Kneelers &amp; More", "TFC8&reg;",
/// "SQL &#x26; AI") with the second escape undone.
fn unescape(t: &str) -> String {
    const NAMED: [(&str, &str); 8] = [
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&apos;", "'"),
        ("&#39;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&nbsp;", " "),
        ("&reg;", "®"),
    ];
    if !t.contains('&') {
        return crate::dom::collapse(t);
    }
    let mut out = t.to_owned();
    for (e, c) in NAMED {
        out = out.replace(e, c);
    }
    crate::dom::collapse(&crate::parse::decode_references(&out))
}

#[cfg(test)]
mod tests;
