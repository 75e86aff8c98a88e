//! Bands around an article's body that are about other things: its
//! author's biography, a rail of dated teasers for other stories, a band of
//! kickers (a section's label over a linked title). Each runs over the
//! blocks once the region is chosen.

use super::*;

/// Fewest words of an author's biography: a sentence about them, not their
/// name or a byline.
const BIO_MIN_WORDS: usize = 8;
/// Words that make a block the body's prose: one this long after a
/// biography means the biography sits inside the body (wcxb-dev half A:
/// 25 kept the most; 15 and 40 less).
const BODY_BLOCK_WORDS: usize = 25;

/// Most kept blocks saying an author's first name: a byline, a name line, a
/// biography and a sentence of it (wcxb-dev half A: writers' names are in
/// 1 to 4 blocks, brands signing their posts in 5 to 11).
const NAME_MAX_BLOCKS: usize = 4;
/// Declared authors looked at (a page's list of contributors can be long).
const MAX_AUTHORS: usize = 8;
/// Most paragraphs of a biography's box looked back over from a later one
/// (wcxb-dev half A: the biographies seen run to two or three paragraphs).
const BIO_PARAGRAPHS: usize = 3;

/// Whether `text` opens with one of the declared authors' names, whole or
/// its first word alone ("Jane Doe is…", "Jane joined…"). Only names of two
/// words or more: a one-word author is mostly a site or a brand, whose name
/// opens the body's own sentences.
fn opens_with_author(text: &str, authors: &[String]) -> bool {
    let opens = |prefix: &str| {
        text.strip_prefix(prefix)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    };
    authors.iter().any(|a| {
        let mut words = a.split_whitespace();
        let (Some(first), Some(_)) = (words.next(), words.next()) else {
            return false;
        };
        opens(a.trim()) || (first.chars().count() >= 3 && opens(first))
    })
}

/// Words at the start of a biography in which it may name its author
/// after a title or a phrase ("Dr. Jane Doe is…", "A New York transplant
/// hailing from the Pacific Northwest, Jane Doe has…"): wcxb-dev half A,
/// the names sit at words 2 to 10.
const BIO_NAME_WORDS: usize = 12;

/// Whether `text` names one of the declared authors in full within its
/// first [`BIO_NAME_WORDS`] words: a person's name of two words or more
/// and no digit, its credentials after a comma left out ("Shelby Loos,
/// DVM").
fn names_author_early(text: &str, authors: &[String]) -> bool {
    let start: Vec<&str> = text
        .split_whitespace()
        .take(BIO_NAME_WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    authors.iter().any(|a| {
        let name: Vec<&str> = a
            .split(',')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        // A name with a digit is a brand's ("98 Buck Social"), whose name
        // its own pitch says early ("Discover how 98 Buck Social can…").
        let personal = !name
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()));
        // A short form of the first name ("Matt" for "Matthew") with the
        // rest of the name whole is the same person.
        let same = |w: &[&str]| {
            let (Some((first, rest)), Some((want, want_rest))) =
                (w.split_first(), name.split_first())
            else {
                return false;
            };
            rest == want_rest
                && (first == want
                    || (first.chars().count() >= SHORT_NAME_CHARS && want.starts_with(first)))
        };
        personal && name.len() >= 2 && start.windows(name.len()).any(same)
    })
}

/// Fewest letters of a short form of a first name ("Matt" for "Matthew",
/// "Liz" for "Lizzie") read as that name.
const SHORT_NAME_CHARS: usize = 3;

/// Fewest dated teasers in a row that make a rail of other stories.
/// Three: two could be a story's own "part 1 / part 2" links.
const RAIL_MIN_ENTRIES: usize = 3;
/// Most blocks an entry holds after its linked title (a summary, a date,
/// a "read more" line).
const RAIL_ENTRY_BLOCKS: usize = 3;
/// Longest line (characters) read as an entry's date line.
const RAIL_DATE_CHARS: usize = 60;
/// Most characters of an entry's own text beside its title and date: a
/// teaser's one-paragraph summary, not a section of the story (wcxb-dev
/// half A: shop-blog and news rails' summaries run 150-300).
const RAIL_SUMMARY_CHARS: usize = 400;
/// Least link density of an entry's title where a rail may stand among
/// the sections (service pages): the title is a link as a whole.
/// wcxb-dev half B: a mover's dated reviews, each under a line
/// "Reviewing:" and the linked mover (0.55-0.75), made a rail without it
/// once an entry was cut at its date line (0.833 -> 0.823); the blog
/// promos' titles on both halves are wholly linked (1.00).
const RAIL_ANYWHERE_TITLE_LINK_DENSITY: f32 = 0.9;
/// Kept characters before the rail that make it follow a story; the story
/// must hold more text than the rail, too, or the rail is the page's
/// river of entries (a topic page's, wcxb-dev half B).
const RAIL_STORY_CHARS: usize = 500;

/// Whether a kept block is a teaser's linked title: a heading, or a line
/// of an entry title's length, mostly link text.
fn rail_title(b: &Block) -> bool {
    b.link_density() > region::TEASER_TITLE_LINK_DENSITY
        && (matches!(b.kind, Kind::Heading(_))
            || (b.kind == Kind::Paragraph && b.chars >= ENTRY_TITLE_CHARS))
}

/// Drops a rail of other stories kept after the body: a run of at least
/// [`RAIL_MIN_ENTRIES`] entries in a row, each a linked title of one kind
/// followed by at most [`RAIL_ENTRY_BLOCKS`] blocks, among them a short
/// line with a date, the rest no more than a summary
/// ([`RAIL_SUMMARY_CHARS`]), after [`RAIL_STORY_CHARS`] of kept text
/// outside dated linked titles and more than the rail holds, and closing
/// the kept text (no more than a summary after it) unless `anywhere`. A
/// story's own sections hold more than a summary, and its headings are
/// neither links nor dated. Linear: a range's text is read from running
/// sums.
///
/// `anywhere` (service pages): the rail need not close the kept text, and
/// an entry that runs on past its date line into the next section ends at
/// it. A service page's band of its blog's promos sits among its
/// sections, with a contact box and testimonials after it (wcxb-dev half A: service
/// 0.8732 -> 0.8734, an "Insights" band of four dated posts before the
/// contact box, 0.722 -> 0.741; half B 0.8560 -> 0.8572, a department's
/// six dated news promos 0.835 -> 0.930; no page worse on either half;
/// the closing test alone moved no service page).
pub(crate) fn dated_teaser_rails(blocks: &[Block], verdicts: &mut Verdicts, anywhere: bool) {
    // Among the sections, a teaser's title is a link as a whole (a post's
    // title), not a line that names a link ("Reviewing: Acme Movers", a
    // review's subject, whose dated reviews are the page's text).
    let title = |b: &Block| {
        rail_title(b) && (!anywhere || b.link_density() >= RAIL_ANYWHERE_TITLE_LINK_DENSITY)
    };
    // The kept blocks, and the linked titles dropped for their link
    // density: a rail's titles often are, leaving its dates and summaries.
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| match verdicts.get(i) {
            Some(None) => true,
            Some(Some(Reason::LinkDense(_))) => blocks.get(i).is_some_and(title),
            _ => false,
        })
        .collect();
    let live: Vec<bool> = kept
        .iter()
        .map(|&i| verdicts.get(i).is_some_and(Option::is_none))
        .collect();
    let block = |k: usize| kept.get(k).and_then(|&i| blocks.get(i));
    // Characters of the kept blocks before each position of `kept`, so
    // that a range's text is one subtraction (a page of many short runs
    // asks for many ranges).
    let mut before = Vec::with_capacity(kept.len() + 1);
    before.push(0usize);
    for (k, &alive) in live.iter().enumerate() {
        let here = if alive {
            block(k).map_or(0, |b| b.chars)
        } else {
            0
        };
        before.push(before.last().copied().unwrap_or(0).saturating_add(here));
    }
    let text = |r: std::ops::Range<usize>| -> usize {
        let at = |k: usize| before.get(k).copied().unwrap_or(0);
        at(r.end).saturating_sub(at(r.start))
    };
    // Entries as ranges of `kept`: a title and the blocks up to the next.
    // (first, end, a teaser, dated, the title's kind)
    let mut entries: Vec<(usize, usize, bool, bool, Kind)> = Vec::new();
    // Whether the entry before was cut at its date line.
    let mut cut_before = false;
    let mut k = 0;
    while k < kept.len() {
        let Some(t) = block(k).filter(|b| title(b)) else {
            k += 1;
            continue;
        };
        let mut end = k + 1;
        while end < kept.len() && block(end).is_some_and(|b| !title(b)) {
            end += 1;
        }
        let date_line = |b: &Block| b.chars <= RAIL_DATE_CHARS && has_date(&b.text);
        // (a teaser, dated) for the entry `k..end`.
        let judge = |end: usize| {
            let members = end - k - 1;
            let (mut dated, mut other) = (false, 0usize);
            for m in k + 1..end {
                let Some(b) = block(m) else { continue };
                if !dated && date_line(b) {
                    dated = true;
                } else {
                    other += b.chars;
                }
            }
            (
                dated && members <= RAIL_ENTRY_BLOCKS && other <= RAIL_SUMMARY_CHARS,
                dated,
            )
        };
        let (mut teaser, mut dated) = judge(end);
        // Where a rail may stand among the sections, its last entry runs
        // on into the section after it: after a whole teaser, an entry
        // that is none ends at its date line. (Cut entries never follow
        // each other: reviews, each a linked name, its text, a date and
        // a rating line, are no rail.)
        let after_whole = entries.last().is_some_and(|e| e.2) && !cut_before;
        cut_before = false;
        if anywhere && !teaser && after_whole {
            let cut = (k + 1..end)
                .take(RAIL_ENTRY_BLOCKS)
                .find(|&m| block(m).is_some_and(date_line))
                .map(|m| m + 1);
            if let Some(cut) = cut.filter(|&c| judge(c).0) {
                (teaser, dated) = judge(cut);
                end = cut;
                cut_before = true;
            }
        }
        entries.push((k, end, teaser, dated, t.kind));
        k = end;
    }
    // Per entry, the text of the dated entries before it.
    let mut dated_before = Vec::with_capacity(entries.len() + 1);
    dated_before.push(0usize);
    for &(first, end, _, dated, _) in &entries {
        let here = if dated { text(first..end) } else { 0 };
        dated_before.push(
            dated_before
                .last()
                .copied()
                .unwrap_or(0)
                .saturating_add(here),
        );
    }
    let mut e = 0;
    while e < entries.len() {
        let Some(&(first, _, true, _, kind)) = entries.get(e) else {
            e += 1;
            continue;
        };
        let mut last = e;
        while entries
            .get(last + 1)
            .is_some_and(|&(_, _, t, _, k)| t && k == kind)
        {
            last += 1;
        }
        let end = entries.get(last).map_or(first, |x| x.1);
        // The story: the kept text before the rail outside any linked
        // title with a date, so that a river of entries is no story.
        // (Entries are in order and meet end to end: those before `first`
        // are the first `e`.)
        let story = text(0..first).saturating_sub(dated_before.get(e).copied().unwrap_or(0));
        let rail = text(first..end);
        // A rail closes the kept text: no more than a summary after it.
        let after = text(end..kept.len());
        if last + 1 - e >= RAIL_MIN_ENTRIES
            && story >= RAIL_STORY_CHARS.max(rail)
            && (anywhere || after <= RAIL_SUMMARY_CHARS)
        {
            for i in kept.get(first..end).unwrap_or_default() {
                if let Some(v) = verdicts.get_mut(*i).filter(|v| v.is_none()) {
                    *v = Some(Reason::TeaserRail);
                }
            }
        }
        e = last + 1;
    }
}

/// Fewest teasers headed by their kind ("Case study", "Blog") that make a
/// band of other pages' promos: two may be a page's own links to its
/// report and its webinar (wcxb-dev half A: 2 and 3 alike, a service
/// page's band of three blog promos lost at 4).
const KICKER_BAND: usize = 3;
/// Most blocks from one kicker to the next in a band: the kicker, a
/// title, a summary, a date or a "read more" line (wcxb-dev half A: 4 to
/// 10 alike, a service page's band of eight research and case-study promos
/// lost at 3).
const KICKER_GAP: usize = 5;
/// Most ancestors climbed from a band's first kicker to the box that holds
/// its last.
const KICKER_CLIMB: usize = 12;

/// Drops a band of teasers whose cards each open with the kind of page
/// they promote, a kicker alone on a line ("Research report", "Case study",
/// "Blog", from the language data): at least [`KICKER_BAND`] kept kickers,
/// each within [`KICKER_GAP`] blocks of the next, and the kept blocks from
/// the first kicker on inside the nearest box holding them all (the band's
/// cards), when that box holds no more than the band's cards (no more
/// than [`KICKER_GAP`] blocks a kicker). A page's own sections are headed
/// by their subject, not by a kind of page. Linear: each block is read
/// once, the climb is capped.
pub(crate) fn kicker_bands(dom: &Dom, blocks: &[Block], verdicts: &mut Verdicts) {
    let kept = |i: usize| verdicts.get(i).is_some_and(Option::is_none);
    let kickers: Vec<usize> = (0..blocks.len())
        .filter(|&i| {
            kept(i)
                && blocks
                    .get(i)
                    .is_some_and(|b| lang::is_content_kind(&b.text))
        })
        .collect();
    let mut k = 0;
    while k < kickers.len() {
        let mut last = k;
        while let (Some(&a), Some(&b)) = (kickers.get(last), kickers.get(last + 1)) {
            if b - a > KICKER_GAP {
                break;
            }
            last += 1;
        }
        let run = last + 1 - k;
        let (Some(&first), Some(&end)) = (kickers.get(k), kickers.get(last)) else {
            break;
        };
        k = last + 1;
        if run < KICKER_BAND {
            continue;
        }
        let (Some(fb), Some(lb)) = (blocks.get(first), blocks.get(end)) else {
            continue;
        };
        let Some(band) = dom
            .ancestors(fb.owner)
            .take(KICKER_CLIMB)
            .find(|&a| dom.contains(a, lb.owner))
        else {
            continue;
        };
        // The band's cards end with its box, which holds no more.
        let mut stop = end + 1;
        while blocks
            .get(stop)
            .is_some_and(|b| dom.contains(band, b.owner))
            && stop - first <= run * KICKER_GAP
        {
            stop += 1;
        }
        if stop - first > run * KICKER_GAP {
            continue;
        }
        for v in verdicts.get_mut(first..stop).unwrap_or_default() {
            if v.is_none() {
                *v = Some(Reason::KickerBand);
            }
        }
    }
}

/// Whether `b` has at least `n` words. The count reads only as far as the
/// bound checked: the author passes look at every kept block of the page.
fn at_least(b: &Block, n: usize) -> bool {
    n == 0 || b.text.split_whitespace().nth(n - 1).is_some()
}

/// Drops the declared authors' biographies that close the kept text: a
/// block of at least [`BIO_MIN_WORDS`] opening with an author's name or
/// naming them in full among its first words ([`names_author_early`]:
/// wcxb-dev half A article 0.9593 -> 0.9595, 6 pages up, none down; half B
/// 0.9565 -> 0.9566, 4 up, 1 down by 0.006, an editor's credit line the
/// gold keeps; news 0.9769 -> 0.9770, precision 0.9663 -> 0.9668), with
/// no block of the body's prose ([`BODY_BLOCK_WORDS`]) after it and some
/// before it, and the line that is the name alone just above it. A story
/// about its own author keeps its sentences, the body's prose following.
/// A biography's later paragraphs in its own box go with it (wcxb-dev half
/// A article 1 page up by 0.025, none down; half B 1 page down by 0.003, a
/// bio the gold keeps; news 0.9770 -> 0.9771, precision 0.9668 -> 0.9669).
pub(crate) fn author_bios(blocks: &[Block], verdicts: &mut Verdicts, authors: &[String]) {
    if authors.is_empty() {
        return;
    }
    // The closing box's name line is its own evidence: a name the text
    // says often ("Illinois Admissions" on a university's blog) still
    // signs it.
    let declared: Vec<String> = authors.iter().take(MAX_AUTHORS).cloned().collect();
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| verdicts.get(i).is_some_and(Option::is_none))
        .collect();
    // A name whose first word the kept text says in more blocks than a
    // byline, a name line and a biography is the story's subject (a brand
    // signing its own post, "Atlas Van Lines"), not its writer.
    let said_in = |name: &str| {
        let first = name.split_whitespace().next().unwrap_or_default();
        kept.iter()
            .filter_map(|&i| blocks.get(i))
            .filter(|b| {
                // A substring search first: most blocks never say it.
                b.text.contains(first)
                    && b.text
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == first)
            })
            .count()
    };
    let authors: Vec<String> = authors
        .iter()
        .take(MAX_AUTHORS)
        .filter(|a| said_in(a) <= NAME_MAX_BLOCKS)
        .cloned()
        .collect();
    let authors = authors.as_slice();
    let is_bio = |b: &Block| {
        at_least(b, BIO_MIN_WORDS)
            && (opens_with_author(&b.text, authors) || names_author_early(&b.text, authors))
    };
    let kept_block = |k: usize| kept.get(k).and_then(|&i| blocks.get(i));
    let is_name =
        |k: usize| kept_block(k).is_some_and(|b| authors.iter().any(|a| a.trim() == b.text.trim()));
    // A biography's later paragraphs ("Fueled by the joy of writing, she
    // founded…") name nobody: a block continues one when a biography opens
    // at most [`BIO_PARAGRAPHS`] kept blocks above it, all in one element
    // that the block above the biography (past the name line) is not in,
    // a box of its own rather than the body's run of paragraphs, nor a
    // heading: a biography under the article's own heading ("Why we're
    // the experts") is one of its sections.
    let continues_bio = |k: usize| {
        let container = kept_block(k).map(|b| b.container);
        for back in 1..=BIO_PARAGRAPHS {
            let Some(j) = k.checked_sub(back) else {
                return false;
            };
            let Some(b) = kept_block(j) else { return false };
            if Some(b.container) != container {
                return false;
            }
            if is_bio(b) {
                let above = j.checked_sub(1).and_then(|a| {
                    if is_name(a) {
                        a.checked_sub(1)
                    } else {
                        Some(a)
                    }
                });
                return above.and_then(kept_block).is_some_and(|a| {
                    Some(a.container) != container && !matches!(a.kind, Kind::Heading(_))
                });
            }
        }
        false
    };
    // From the end: the biographies up to the last block of the body.
    let mut bios = Vec::new();
    let mut body = false;
    for (k, &i) in kept.iter().enumerate().rev() {
        let Some(b) = blocks.get(i) else { continue };
        if is_bio(b) || continues_bio(k) {
            bios.push(k);
        } else if at_least(b, BODY_BLOCK_WORDS) {
            body = true;
            break;
        }
    }
    author_boxes(blocks, verdicts, authors, &is_bio);
    closing_author_box(blocks, verdicts, &declared);
    if !body {
        return;
    }
    for k in bios {
        let mut drop = |k: usize| {
            if let Some(v) = kept.get(k).and_then(|&i| verdicts.get_mut(i)) {
                *v = Some(Reason::AuthorBio);
            }
        };
        drop(k);
        let name_above = k
            .checked_sub(1)
            .and_then(|j| kept.get(j))
            .and_then(|&j| blocks.get(j))
            .is_some_and(|b| authors.iter().any(|a| a.trim() == b.text.trim()));
        if name_above {
            drop(k - 1);
        }
    }
}

/// Most short lines between an author's name line and their biography in
/// an author box (a role, "5 articles"): wcxb-dev half A, 0 to 2 seen.
const BOX_GAP_LINES: usize = 2;
/// Most words of a box's short line: a role ("Owner, Founder, & Retreat
/// Leader at …", 8 words in wcxb-dev half A) or "Latest posts by Jane Doe
/// (see all)".
const BOX_LINE_WORDS: usize = 10;

/// An author box: the line that is a declared author's name alone (kept
/// or already dropped as a link), at most [`BOX_GAP_LINES`] short lines (a
/// role, a count of posts), then a biography naming them. The name line
/// makes it a box even with blocks after it (other stories' teasers), so
/// it goes when the body's prose ([`BODY_BLOCK_WORDS`]) comes before it;
/// with it a short line after it naming the author in full ("Latest posts
/// by Jane Doe") and the mostly-linked lines under it (their posts).
/// wcxb-dev article: half A 3 pages up (+0.063 page-units), none down;
/// half B 2 up (+0.052), none down; news set unchanged.
fn author_boxes(
    blocks: &[Block],
    verdicts: &mut Verdicts,
    authors: &[String],
    is_bio: &dyn Fn(&Block) -> bool,
) {
    let is_name = |b: &Block| authors.iter().any(|a| a.trim() == b.text.trim());
    let kept = |v: &Verdicts, i: usize| v.get(i).is_some_and(Option::is_none);
    let short_line = |b: &Block| {
        !at_least(b, BOX_LINE_WORDS + 1) && !b.text.trim_end().ends_with(['.', '!', '?', ':'])
    };
    let mut body_seen = false;
    let mut i = 0;
    while i < blocks.len() {
        let Some(b) = blocks.get(i) else { break };
        let live = kept(verdicts, i)
            || verdicts
                .get(i)
                .is_some_and(|v| *v == Some(Reason::AuthorBio));
        if !live {
            i += 1;
            continue;
        }
        // The name line above, over at most BOX_GAP_LINES short lines
        // (looked for first: it is cheap, the biography's test is not).
        let mut name_at = None;
        for back in 1..=BOX_GAP_LINES + 1 {
            let Some(j) = i.checked_sub(back) else { break };
            let Some(a) = blocks.get(j) else { break };
            if is_name(a) {
                name_at = Some(j);
                break;
            }
            if !short_line(a) {
                break;
            }
        }
        let Some(start) = name_at.filter(|_| is_bio(b)) else {
            if kept(verdicts, i) && at_least(b, BODY_BLOCK_WORDS) {
                body_seen = true;
            }
            i += 1;
            continue;
        };
        if !body_seen {
            i += 1;
            continue;
        }
        let drop = |v: &mut Verdicts, k: usize| {
            if let Some(slot) = v.get_mut(k) {
                if slot.is_none() {
                    *slot = Some(Reason::AuthorBio);
                }
            }
        };
        for k in start..=i {
            drop(verdicts, k);
        }
        // After it: a short line naming the author in full and the links
        // it heads (their posts, mostly a link each).
        let mut next = i + 1;
        while next < blocks.len() && !kept(verdicts, next) && next <= i + BOX_GAP_LINES {
            next += 1;
        }
        if let Some(n) = blocks.get(next) {
            let names = authors.iter().any(|a| {
                let a = a.trim();
                a.contains(' ') && n.text.contains(a)
            });
            if names && short_line(n) && kept(verdicts, next) {
                drop(verdicts, next);
                next += 1;
                while let Some(l) = blocks.get(next) {
                    if !kept(verdicts, next) || l.link_chars * 2 < l.chars {
                        break;
                    }
                    drop(verdicts, next);
                    next += 1;
                }
            }
        }
        i = next.max(i + 1);
    }
}

/// Most words of the label before an author's name on its line ("By",
/// "Author:", "Written by"): wcxb-dev half A, 0 to 1 seen.
const NAME_LABEL_WORDS: usize = 3;
/// Most blocks of a closing author box after its name line: its
/// paragraphs ([`BIO_PARAGRAPHS`]) and short lines (a role, "View all
/// posts").
const CLOSING_BOX_BLOCKS: usize = BIO_PARAGRAPHS + BOX_GAP_LINES;
/// Most words of a paragraph of a closing author box: longer is the
/// body's prose under a speaker's name (wcxb-dev half A: the biographies
/// cut run to 21 to 83 words).
const CLOSING_BIO_MAX_WORDS: usize = 100;

/// Whether `text` is a declared author's name alone, or after a byline
/// word or an authors' label ("By Jane Doe", "Author: Jane Doe").
fn is_name_line(text: &str, authors: &[String]) -> bool {
    let text = text.trim();
    authors.iter().any(|a| {
        let a = a.trim();
        !a.is_empty()
            && text.strip_suffix(a).is_some_and(|label| {
                label.is_empty()
                    || (label.ends_with(char::is_whitespace)
                        && label.split_whitespace().count() <= NAME_LABEL_WORDS
                        && crate::meta::is_byline_label(label))
            })
    })
}

/// The author box that closes the kept text though its biography names
/// nobody ("Lauren has written for…", "Our team delivers…"): the line that
/// is a declared author's name (kept or already dropped as a link, after a
/// label or a label's line: "By"), then at most [`CLOSING_BOX_BLOCKS`]
/// kept blocks with at least one paragraph ([`BIO_MIN_WORDS`]), none
/// longer than [`CLOSING_BIO_MAX_WORDS`] and no heading, the last of the
/// kept text, after the body's prose ([`BODY_BLOCK_WORDS`]). wcxb-dev
/// article: half A 4 pages up (+0.046 page-units), none down; half B 6 up
/// (+0.139), none down; news set unchanged (0.9793, precision 0.9703).
fn closing_author_box(blocks: &[Block], verdicts: &mut Verdicts, authors: &[String]) {
    let kept = |i: usize| verdicts.get(i).is_some_and(Option::is_none);
    let Some(last) = (0..blocks.len()).rev().find(|&i| kept(i)) else {
        return;
    };
    let mut seen = 0;
    let mut prose = false;
    let mut start = None;
    for i in (0..=last).rev() {
        let Some(b) = blocks.get(i) else { break };
        // An author box already cut: what follows it is something else.
        if verdicts
            .get(i)
            .is_some_and(|v| *v == Some(Reason::AuthorBio))
        {
            return;
        }
        if is_name_line(&b.text, authors) {
            start = Some(i);
            break;
        }
        if !kept(i) {
            continue;
        }
        seen += 1;
        if seen > CLOSING_BOX_BLOCKS
            || matches!(b.kind, Kind::Heading(_))
            || at_least(b, CLOSING_BIO_MAX_WORDS + 1)
        {
            return;
        }
        if at_least(b, BIO_MIN_WORDS) {
            prose = true;
        }
    }
    let Some(mut start) = start.filter(|_| prose) else {
        return;
    };
    // A label's own line just above ("By").
    if let Some(j) = start.checked_sub(1) {
        if blocks.get(j).is_some_and(|b| {
            kept(j)
                && b.text.split_whitespace().count() <= NAME_LABEL_WORDS
                && crate::meta::is_byline_label(&b.text)
        }) {
            start = j;
        }
    }
    let body =
        (0..start).any(|i| kept(i) && blocks.get(i).is_some_and(|b| at_least(b, BODY_BLOCK_WORDS)));
    if !body {
        return;
    }
    for v in verdicts.get_mut(start..=last).unwrap_or_default() {
        if v.is_none() {
            *v = Some(Reason::AuthorBio);
        }
    }
}

/// Fewest words of a site's name for its blurb to be known by it: a
/// one-word name ("Ovolo") opens the body's own sentences on a brand's
/// blog (wcxb-dev half A: the blurbs seen open with names of 2 to 3 words).
const BLURB_NAME_WORDS: usize = 2;
/// Most kept blocks saying the site's name, the blurb among them: a story
/// that says its publisher's name elsewhere is the publisher's own pitch
/// (wcxb-dev half A: a home improver's closing paragraph on its services,
/// which the gold keeps, says it in 6 blocks; the blurbs cut say it once;
/// at 3 a quarterly's "if you've enjoyed this" appeal went too, +0.004 on
/// A, and a closing paragraph the gold keeps on half B, -0.023).
const BLURB_MAX_SAID: usize = 1;

/// Drops the site's own blurb that closes an article ("Acme Health is a
/// nonprofit organisation with…", "Acme Health provides…"): the last block
/// of at least [`BIO_MIN_WORDS`] words opening with the declared site name
/// (of [`BLURB_NAME_WORDS`] words or more) as a whole, after the body's
/// prose ([`BODY_BLOCK_WORDS`]) and with none after it, the only kept
/// block saying the name ([`BLURB_MAX_SAID`]), with the short lines after
/// it in its element (its calls to action). wcxb-dev half A article 2
/// pages up (+0.086 page-units), none down; half B unchanged; news set
/// 0.9791 -> 0.9793, precision 0.9701 -> 0.9703.
pub(crate) fn site_blurb(blocks: &[Block], verdicts: &mut Verdicts, site_name: Option<&str>) {
    let Some(name) = site_name.map(str::trim) else {
        return;
    };
    if name.split_whitespace().count() < BLURB_NAME_WORDS {
        return;
    }
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| verdicts.get(i).is_some_and(Option::is_none))
        .collect();
    let opens = |t: &str| {
        t.strip_prefix(name)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    };
    // From the end: the blurb, past its short lines, before any of the
    // body's prose.
    let mut found = None;
    for (k, &i) in kept.iter().enumerate().rev() {
        let Some(b) = blocks.get(i) else { continue };
        if !matches!(b.kind, Kind::Heading(_)) && at_least(b, BIO_MIN_WORDS) && opens(&b.text) {
            found = Some(k);
            break;
        }
        if at_least(b, BODY_BLOCK_WORDS) {
            return;
        }
    }
    let Some(k) = found else { return };
    let Some(blurb) = kept.get(k).and_then(|&i| blocks.get(i)) else {
        return;
    };
    let said = kept
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| b.text.contains(name))
        .count();
    let body = kept
        .get(..k)
        .unwrap_or_default()
        .iter()
        .filter_map(|&i| blocks.get(i))
        .any(|b| at_least(b, BODY_BLOCK_WORDS));
    if said > BLURB_MAX_SAID || !body {
        return;
    }
    let container = blurb.container;
    for (n, &i) in kept.get(k..).unwrap_or_default().iter().enumerate() {
        if n == 0 || blocks.get(i).is_some_and(|b| b.container == container) {
            if let Some(v) = verdicts.get_mut(i) {
                *v = Some(Reason::SiteBlurb);
            }
        }
    }
}
