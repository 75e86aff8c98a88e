//! Language data and lookups: multilingual boilerplate phrases and stop words.
//! The tables themselves are plain text files read by [`data`]; this
//! module normalises text the same way for table entries and page text, and
//! answers "is this short line a known boilerplate phrase, and of what kind".

use std::sync::LazyLock;

use crate::boilerplate::Boilerplate;
use crate::hash::{FastMap, FastSet};
use crate::patterns::PhraseSet;

mod counters;
pub(crate) mod data;

pub(crate) use counters::{is_age_line, is_age_or_count_line};

use data::Section;

/// A phrase found at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PhraseMatch {
    /// Its kind.
    pub(crate) kind: Boilerplate,
    /// True when the phrase is the whole line (after normalisation).
    pub(crate) whole: bool,
    /// Characters of the normalised line the phrase covers.
    pub(crate) covered: usize,
    /// Characters of the normalised line.
    pub(crate) len: usize,
}

static REPLY_LABELS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::Reply).map(normalize).collect());

static STORE_POLICY_HEADINGS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::StorePolicy).map(normalize).collect());

static SHOP_BUTTONS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::ShopButtons).map(normalize).collect());

static SHOP_BADGES: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::ShopBadges).map(normalize).collect());

static RESULT_CONTROLS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    data::phrases(Section::ResultControls)
        .map(normalize)
        .collect()
});

static TILE_LABELS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::TileLabels).map(normalize).collect());

static REVIEW_PROMPTS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    data::phrases(Section::ReviewPrompts)
        .map(normalize)
        .collect()
});

static REVIEW_COUNTS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    data::phrases(Section::ReviewCounts)
        .map(normalize)
        .collect()
});

static TIME_UNITS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::Units).map(normalize).collect());

static SHOP_RELATED: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::ShopRelated).map(normalize).collect());

static PRODUCT_REVIEWS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    data::phrases(Section::ProductReviews)
        .map(normalize)
        .collect()
});

static CONTENT_KINDS: LazyLock<FastSet<String>> = LazyLock::new(|| {
    data::phrases(Section::ContentKinds)
        .map(normalize)
        .collect()
});

/// Longest content kind (characters) looked up.
const MAX_CONTENT_KIND: usize = 30;

/// Is `line` only the kind of another page a card promotes ("Case study",
/// "Webinar", "Research report", "Étude de cas"): a teaser's kicker?
pub(crate) fn is_content_kind(line: &str) -> bool {
    !longer_than(line, MAX_CONTENT_KIND) && with_normalized(line, |n| CONTENT_KINDS.contains(n))
}

/// A section's phrases, normalised, longest first.
fn normalized_list(section: Section) -> Vec<String> {
    let mut v: Vec<String> = data::phrases(section)
        .map(normalize)
        .filter(|p| !p.is_empty())
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.len()));
    v
}

// Looked for anywhere in a line, each list in one pass (a line of every
// page's body is tested).
static CONSENTS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::Consents)));
static POLICIES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::Policies)));

/// Longest consent notice (characters): a sentence or two under a form or
/// at the foot of a page; a paragraph of a privacy page says more. Set at
/// 200 first; an embed held back by the reader's cookie choice says why in
/// three sentences ("This content isn't visible due to your cookie
/// preferences. To load this content, click the Allow button below to opt
/// in to ... cookies. ...", 273), a text-alerts sign-up's terms in 293
/// (wcxb-dev: no gold line over 150 characters holds a consent and a
/// policy's name, on either half).
const MAX_CONSENT_NOTICE: usize = 300;

/// Is `line` a short consent notice: a reader's consent and the name of
/// the site's legal terms in one line ("By using Medium, you agree to our
/// Privacy Policy, including cookie policy.", "By searching, you agree to
/// the Terms of Use")? The site's terms, said on all its pages, not its
/// text.
pub(crate) fn is_consent_notice(line: &str) -> bool {
    if longer_than(line, MAX_CONSENT_NOTICE) {
        return false;
    }
    with_normalized(line, |n| CONSENTS.found_in(n) && POLICIES.found_in(n))
}

static LOADING: LazyLock<Vec<String>> = LazyLock::new(|| normalized_list(Section::Loading));

/// Longest script's placeholder (characters): its word and the thing it
/// fetches ("Loading paragraph...", 20; "Loading Questions...", 20). wcxb-dev
/// half A: every such line is under 25 characters; a sentence about loading
/// ("Loading time of your pages") has no ellipsis.
const MAX_LOADING: usize = 40;

/// Most words after the loading word ("Loading hub_pages...": one).
const MAX_LOADING_WORDS: usize = 2;

/// Is `line` a script's placeholder for content it is still fetching: a
/// loading word, at most two words after it, and an ellipsis ending the line
/// ("Loading paragraph...", "Loading Questions…", "Chargement…")?
pub(crate) fn is_loading_placeholder(line: &str) -> bool {
    let t = line.trim();
    if longer_than(t, MAX_LOADING) || !(t.ends_with("...") || t.ends_with('…')) {
        return false;
    }
    with_normalized(t, |n| {
        LOADING.iter().any(|w| {
            n.strip_prefix(w.as_str()).is_some_and(|rest| {
                (rest.is_empty() || rest.starts_with(' '))
                    && rest.split_whitespace().count() <= MAX_LOADING_WORDS
            })
        })
    })
}

static SHOP_TERMS: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::ShopTerms)));
static PAY_PLANS: LazyLock<Vec<String>> = LazyLock::new(|| normalized_list(Section::PayPlans));
static FREE_SHIPPING: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::FreeShipping)));

/// Longest line (characters) read as a shop's terms: a badge or a line
/// beside the price ("Members Get Free Shipping on orders over $49", 44;
/// "Earn up to 4500 Huel+ points per item", 37). wcxb-dev half A: every
/// such line on product pages is under 45 characters; the terms said in a
/// sentence of a description run longer.
const MAX_SHOP_TERMS: usize = 60;

/// Is `line` a shop's sales terms beside a product: a threshold for free
/// shipping or a loyalty reward said anywhere in it ("Free shipping on all
/// orders over $100", "Members get an est. $9.99 in rewards"), or a
/// payment plan's words ending it, where the widget draws its amount and
/// its lender's logo after them ("or 4 payments of", "4 interest-free
/// installments with", "Collect 79 points with")? A plan that states its
/// amount ("4 payments of $48.75") is the price's own line and is not one.
/// Free shipping is terms only with its threshold: words after it ("over"),
/// or an amount with a plus sign ("$150+ Free Shipping | $100+ Half
/// Shipping"); a live count of shoppers on the product ("16
/// people are viewing this right now") is the same widget's pressure.
pub(crate) fn is_shop_terms(line: &str) -> bool {
    if longer_than(line, MAX_SHOP_TERMS) {
        return false;
    }
    // A plan's words end the line as written: normalising trims an amount
    // after them ("… payments of $48.75"), which makes it the price's line.
    let ends_in_word = line
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '…' | ':' | '*'))
        .chars()
        .last()
        .is_some_and(char::is_alphabetic);
    let threshold = crate::patterns::AMOUNT_PLUS.is_match(line);
    with_normalized(line, |n| {
        SHOP_TERMS.found_in(n)
            || threshold && FREE_SHIPPING.found_in(n)
            || ends_in_word
                && PAY_PLANS.iter().any(|p| {
                    n.strip_suffix(p.as_str())
                        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
                })
    })
}

static TRUST_BADGES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::TrustBadges)));

/// Longest badge label (characters) read as a shop's promise: the labels
/// of the rows of trust badges on wcxb-dev half A run 11 to 44 characters
/// ("Easy Returns", "Members Get Free Shipping on orders over $49"); the
/// bound is [`MAX_SHOP_TERMS`]'s, set for the same lines beside a price.
const MAX_TRUST_BADGE: usize = MAX_SHOP_TERMS;

/// Is `label` a shop's promise of service, the label of a trust badge
/// ("1-Year Limited Warranty", "Free Returns", "Secure checkout",
/// "Livraison offerte"): a short line with such words anywhere in it?
pub(crate) fn is_trust_badge(label: &str) -> bool {
    !longer_than(label, MAX_TRUST_BADGE) && with_normalized(label, |n| TRUST_BADGES.found_in(n))
}

static PITCHES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::Pitches)));

/// Longest line (characters) read as a newsletter pitch: the sign-up lines
/// this drops on wcxb-dev half A article pages run 51 to 135 characters
/// ("Want more from …? Sign up for our newsletter, …, and shop smarter."),
/// as `clean`'s own limit; a sentence of the story that names a newsletter
/// runs longer.
const MAX_PITCH: usize = 140;

/// Is `line` a newsletter's sign-up pitch: a short line with a pitch's
/// words anywhere in it ("Sign up for our newsletter for tips and events",
/// "Thank you for subscribing to our daily newsletter.", "… delivered to
/// your inbox")?
pub(crate) fn is_newsletter_pitch(line: &str) -> bool {
    !longer_than(line, MAX_PITCH) && with_normalized(line, |n| PITCHES.found_in(n))
}

static DISCLOSURES: LazyLock<PhraseSet> =
    LazyLock::new(|| PhraseSet::new(&normalized_list(Section::Disclosures)));

/// Longest line (characters) read as an affiliate disclosure: the notes
/// this drops on wcxb-dev half A run 33 to 212 characters ("As an Amazon
/// Associate we earn from qualifying purchases.", "Disclaimer: I select and
/// review independently. If you buy through affiliate links, I may earn
/// commissions …"), set with room as the consent notices' limit; a
/// paragraph about affiliate marketing runs longer.
const MAX_DISCLOSURE: usize = 300;

/// Is `line` a site's affiliate disclosure: a short line with a
/// disclosure's words anywhere in it ("This post may contain affiliate
/// links.", "We may earn commission from links on this page", "Als
/// Amazon-Partner …, erhalten wir eine Provision")?
pub(crate) fn is_affiliate_disclosure(line: &str) -> bool {
    !longer_than(line, MAX_DISCLOSURE) && with_normalized(line, |n| DISCLOSURES.found_in(n))
}

static FRONT_PAGE_LABELS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::FrontPage).map(normalize).collect());

/// Longest front page's label (characters) looked up.
const MAX_FRONT_PAGE_LABEL: usize = 30;

/// Is `title` only a front page's label ("Home", "Accueil", "ホーム")?
pub(crate) fn is_front_page_label(title: &str) -> bool {
    !longer_than(title, MAX_FRONT_PAGE_LABEL)
        && with_normalized(title, |n| FRONT_PAGE_LABELS.contains(n))
}

/// More than `n` characters? (Without counting all of a long text.)
pub(crate) fn longer_than(s: &str, n: usize) -> bool {
    s.len() > n && s.chars().nth(n).is_some()
}

/// Marks that end a sentence (or a clause that runs on to the next line:
/// `:` and `;`), in every script the crate reads: Latin, Greek (`;` as its
/// question mark, U+037E), Armenian `։`, Arabic and Urdu `؟ ؛ ۔`,
/// Devanagari and Bengali `। ॥`, Myanmar `။`, Khmer `។ ៕`, Tibetan `།`,
/// Ethiopic `። ፧`, Mongolian `᠃`, and the CJK full-width marks.
const SENTENCE_ENDS: &[char] = &[
    '.', '!', '?', ':', ';', '…', '‼', '⁇', '⁈', '⁉', '‽', '\u{37e}', '։', '؟', '؛', '۔', '।', '॥',
    '။', '។', '៕', '།', '።', '፧', '᠃', '。', '．', '｡', '！', '？', '：', '；',
];

/// What may follow a sentence's last mark: closing quotes and brackets of
/// any language (`»…«` and `„…“` close on `«` and `“`), and spaces.
const SENTENCE_CLOSERS: &[char] = &[
    '"', '\'', '”', '“', '’', '‘', '»', '«', '›', '‹', ')', ']', '）', '］', '」', '』', '》',
    '〉', '】', '〕', ' ',
];

/// Ends with sentence punctuation in any script, closing quotes and
/// brackets aside: a line that reads as a sentence, not a title, label or
/// menu entry. The one test for it in every stage.
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(SENTENCE_CLOSERS)
        .ends_with(SENTENCE_ENDS)
}

/// Is `label` (a link's or button's whole text) a comment's reply control?
pub(crate) fn is_reply_label(label: &str) -> bool {
    !longer_than(label, 30) && with_normalized(label, |n| REPLY_LABELS.contains(n))
}

/// Longest unit word (characters) looked up by [`is_relative_time`].
const MAX_TIME_UNIT: usize = 12;

/// Is `text` a short relative time: a number and a unit ("1 yr", "3 mo",
/// "2d", "5 hours"), the unit one of the counter units of any language?
pub(crate) fn is_relative_time(text: &str) -> bool {
    let t = text.trim();
    let unit = t.trim_start_matches(|c: char| c.is_ascii_digit());
    unit.len() < t.len()
        && !unit.is_empty()
        && !longer_than(unit.trim(), MAX_TIME_UNIT)
        && with_normalized(unit.trim(), |n| TIME_UNITS.contains(n))
}

/// Longest shop control (characters) looked up.
const MAX_SHOP_BUTTON: usize = 40;

/// Is `line` a shop's control alone ("Add to cart", "Choose options",
/// "In den Warenkorb"), drawn as a link or text rather than a button?
pub(crate) fn is_shop_button(line: &str) -> bool {
    !longer_than(line, MAX_SHOP_BUTTON) && with_normalized(line, |n| SHOP_BUTTONS.contains(n))
}

/// Longest shop badge (characters) looked up.
const MAX_SHOP_BADGE: usize = 30;

/// Is `line` a shop tile's stock or novelty badge alone ("Sold out", "Only
/// 3 left!", "New arrival", "Ausverkauft")? Each run of digits inside the
/// line reads as the tables' `#`.
pub(crate) fn is_shop_badge(line: &str) -> bool {
    if longer_than(line, MAX_SHOP_BADGE) {
        return false;
    }
    let n = normalize(line);
    let mut key = String::with_capacity(n.len());
    for c in n.chars() {
        if !c.is_ascii_digit() {
            key.push(c);
        } else if !key.ends_with('#') {
            key.push('#');
        }
    }
    SHOP_BADGES.contains(&key)
}

/// Longest result control (characters) looked up: "Showing 1-24 of 1,291
/// results" is 30, a sort label with its value ("Sort by: Price, low to
/// high") 28; a line of 60 or more is a sentence about the shop's range.
const MAX_RESULT_CONTROL: usize = 60;

/// Longest value (characters) after a control's label and colon ("Sort:
/// Best Match", "Sort by: Newest arrivals"): a sort key or a view's name is a
/// few words.
const MAX_CONTROL_VALUE: usize = 30;

/// `line` normalised, each run of digits (with its thousands separators)
/// read as the tables' `#`.
fn numbers_as_hash(line: &str) -> String {
    let n = normalize(line);
    let mut key = String::with_capacity(n.len());
    let mut chars = n.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_ascii_digit() {
            key.push(c);
            continue;
        }
        key.push('#');
        while let Some(&d) = chars.peek() {
            if d.is_ascii_digit() || matches!(d, ',' | '.') {
                chars.next();
            } else {
                break;
            }
        }
    }
    // A separator read into the number may have closed it ("24 of 291."):
    // the key is trimmed as `normalize` trims.
    key.trim_end_matches(|c: char| !c.is_alphabetic())
        .to_owned()
}

/// Is `line` a shop's sort, filter or view control, or its count of results,
/// alone ("Sort by", "Filters", "Clear all", "Showing 24 of 291 results",
/// "Page 1 of 2"), or a control's label with its value after a colon ("Sort:
/// Best Match", "Sortieren nach: Preis")? A bare count ("291 items") is
/// not one: golds keep it as the collection's size.
pub(crate) fn is_result_control(line: &str) -> bool {
    if longer_than(line, MAX_RESULT_CONTROL) {
        return false;
    }
    if RESULT_CONTROLS.contains(&numbers_as_hash(line)) {
        return true;
    }
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let value = value.trim();
    !value.is_empty()
        && !longer_than(value, MAX_CONTROL_VALUE)
        && with_normalized(label, |n| RESULT_CONTROLS.contains(n))
}

/// Longest tile label (characters) looked up: "Ursprünglicher Preis" is
/// 20, "Durchschnittliche Bewertung:" 28; a screen reader's sentence
/// around a price ("Original price was: $39.95.") is longer and holds the
/// price.
const MAX_TILE_LABEL: usize = 30;
/// [`MAX_TILE_LABEL`] in bytes at most (four per character): the bound on
/// a box's text read as a label.
pub(crate) const MAX_TILE_LABEL_BYTES: usize = MAX_TILE_LABEL * 4;

/// Is `line` a shop tile's label for the field beside it, and nothing else
/// ("Sale price", "Regular price:", "Prix normal", "Rating:")? A line with
/// a digit holds its value ("Price: $20") and is no label alone.
pub(crate) fn is_tile_label(line: &str) -> bool {
    !longer_than(line.trim(), MAX_TILE_LABEL)
        && !line.bytes().any(|b| b.is_ascii_digit())
        && with_normalized(line, |n| TILE_LABELS.contains(n))
}

/// Longest review prompt (characters) looked up: "Be the first to review
/// this product" is 35, its French "Soyez le premier à donner votre avis" 36.
const MAX_REVIEW_PROMPT: usize = 50;

/// Is `line` a shop tile's prompt for a first review alone ("Be the first
/// to review this product", "No reviews yet", "Noch keine Bewertungen"), or
/// a count of none ("0 reviews", "(0 Bewertungen)")? A count above zero
/// ("6 reviews") is the tile's own news and does not match.
pub(crate) fn is_review_prompt(line: &str) -> bool {
    if longer_than(line, MAX_REVIEW_PROMPT) {
        return false;
    }
    let t = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']'));
    if let Some(rest) = t.strip_prefix('0') {
        // A zero alone before the noun: "0 reviews", not "05 reviews" or
        // "0.5 reviews".
        return rest.starts_with(char::is_whitespace)
            && with_normalized(rest, |n| REVIEW_COUNTS.contains(n));
    }
    with_normalized(line, |n| REVIEW_PROMPTS.contains(n))
}

/// Is `line` the heading of a shop's rail of other products ("Related
/// products", "Ils vont bien ensemble")?
pub(crate) fn is_shop_related_heading(line: &str) -> bool {
    !longer_than(line, 60) && with_normalized(line, |n| SHOP_RELATED.contains(n))
}

/// Is `line` the heading of the reviews under a product ("Customer
/// reviews", "Kundenbewertungen", "What our customers say")?
pub(crate) fn is_product_reviews_heading(line: &str) -> bool {
    !longer_than(line, 60) && with_normalized(line, |n| PRODUCT_REVIEWS.contains(n))
}

/// Is `line` the heading of a shop's own terms ("Shipping & returns")?
pub(crate) fn is_store_policy_heading(line: &str) -> bool {
    !longer_than(line, 60) && with_normalized(line, |n| STORE_POLICY_HEADINGS.contains(n))
}

/// Longest ASCII text normalised on the stack by [`with_normalized`].
const STACK_NORMALIZE: usize = 256;

/// Calls `f` with [`normalize`]`(s)`, built in a stack buffer, without
/// allocating, when `s` is short ASCII (most menu links and short lines).
fn with_normalized<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if !s.is_ascii() || s.len() > STACK_NORMALIZE {
        return f(&normalize(s));
    }
    let mut buf = [0u8; STACK_NORMALIZE];
    let mut len = 0;
    let mut space = false;
    for &b in s.as_bytes() {
        if b.is_ascii_whitespace() || b == 0x0b {
            space = true;
            continue;
        }
        if space && len > 0 {
            if let Some(slot) = buf.get_mut(len) {
                *slot = b' ';
                len += 1;
            }
        }
        space = false;
        let c = if b == b'`' {
            b'\''
        } else {
            b.to_ascii_lowercase()
        };
        if let Some(slot) = buf.get_mut(len) {
            *slot = c;
            len += 1;
        }
    }
    // The same trimming as `normalize`: anything but letters at the ends.
    let bytes = buf.get(..len).unwrap_or_default();
    let start = bytes
        .iter()
        .position(u8::is_ascii_alphabetic)
        .unwrap_or(len);
    let end = bytes
        .iter()
        .rposition(u8::is_ascii_alphabetic)
        .map_or(start, |i| i + 1);
    match bytes.get(start..end).map(std::str::from_utf8) {
        Some(Ok(n)) => f(n),
        _ => f(&normalize(s)),
    }
}

/// Multi-word cookie-notice and copyright phrases, normalised, for finding
/// them anywhere in a line ("Web sitemizde … çerezler kullanıyoruz").
static INNER_PHRASES: LazyLock<Vec<(String, Boilerplate)>> = LazyLock::new(|| {
    [Boilerplate::Cookies, Boilerplate::Copyright]
        .into_iter()
        .flat_map(|kind| data::phrases(Section::Kind(kind)).map(move |p| (normalize(p), kind)))
        // "powered by", "designed by" name a maker only at a line's start
        // ("… cameras powered by batteries" is prose).
        .filter(|(p, _)| {
            (p.contains(' ') && p.chars().count() >= 10
                || p.chars().any(is_unspaced) && p.chars().count() >= 4)
                && !p.ends_with(" by")
        })
        .collect()
});

/// A cookie-notice or copyright phrase anywhere in a short line.
pub(crate) fn inner_phrase(line: &str) -> Option<Boilerplate> {
    if longer_than(line, MAX_PHRASE_LINE) {
        return None;
    }
    let norm = normalize(line);
    INNER_PHRASES
        .iter()
        .find(|(p, _)| norm.contains(p.as_str()))
        .map(|&(_, k)| k)
}

/// Longest photo-credit line, in characters.
const MAX_CREDIT_LINE: usize = 120;

static CREDIT_LABELS: LazyLock<FastSet<String>> =
    LazyLock::new(|| data::phrases(Section::Credits).map(normalize).collect());

/// A photo credit: a short line that is "©…", or a credit label and a colon
/// ("Photo: Jane Doe/AFP", "Фото: личный архив", "写真：共同").
pub(crate) fn is_credit_line(line: &str) -> bool {
    let line = line.trim();
    if longer_than(line, MAX_CREDIT_LINE) {
        return false;
    }
    if line.starts_with('©') {
        return true;
    }
    let Some((label, _)) = line.split_once([':', '：']) else {
        return false;
    };
    label.chars().count() <= 24 && CREDIT_LABELS.contains(&normalize(label))
}

/// Lines longer than this (in characters) are never looked up: boilerplate
/// prompts are short, and article sentences that merely start like one are not.
pub(crate) const MAX_PHRASE_LINE: usize = 200;

static TABLE: LazyLock<FastMap<String, Boilerplate>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    // Kinds in the order of `SECTIONS`: a phrase filed under two kinds keeps
    // the first (the rules test reports such phrases).
    for (_, section) in data::SECTIONS {
        let Section::Kind(kind) = section else {
            continue;
        };
        for p in data::phrases(section) {
            let key = normalize(p);
            if !key.is_empty() {
                map.entry(key).or_insert(kind);
            }
        }
    }
    map
});

/// Lowercases, unifies apostrophes and dashes, strips leading and trailing
/// punctuation, symbols and digits ("12 Comments:", "(3) comments") and
/// collapses white space.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        let c = match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{b4}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            _ => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    // Trimmed in place: one allocation per call.
    let edge = |c: char| c.is_numeric() || !(c.is_alphabetic() || is_mark(c));
    let end = out.trim_end_matches(edge).len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches(edge).len();
    out.drain(..start);
    out
}

/// Combining marks of scripts whose words may end in one (Indic vowel signs
/// and viramas, Thai and Lao vowels, Hebrew and Arabic points): never trimmed
/// as punctuation.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{591}'..='\u{5c7}'
        | '\u{610}'..='\u{61a}'
        | '\u{64b}'..='\u{65f}'
        | '\u{670}'
        | '\u{6d6}'..='\u{6ed}'
        | '\u{900}'..='\u{963}'
        | '\u{966}'..='\u{dff}'
        | '\u{e31}'..='\u{e4e}'
        | '\u{eb1}'..='\u{ecd}'
        | '\u{f18}'..='\u{fbc}'
        | '\u{102b}'..='\u{103e}'
        | '\u{17b4}'..='\u{17d3}'
        | '\u{3099}'..='\u{309a}'
    )
}

/// Every phrase of [`TABLE`] with its kind, and every start of one that
/// ends where a line's word may end (before a character that is no letter
/// or digit, or beside one written without spaces) with `None`: a line's
/// start that is none of these starts no phrase, nor does any longer one.
static STARTS: LazyLock<FastMap<&'static str, Option<Boilerplate>>> = LazyLock::new(|| {
    let table: &'static FastMap<String, Boilerplate> = &TABLE;
    let mut map = FastMap::default();
    for phrase in table.keys() {
        let mut chars = phrase.char_indices().peekable();
        while let Some((_, c)) = chars.next() {
            let Some(&(end, n)) = chars.peek() else { break };
            if !n.is_alphanumeric() || is_unspaced(c) || is_unspaced(n) {
                if let Some(start) = phrase.get(..end) {
                    map.entry(start).or_insert(None);
                }
            }
        }
    }
    for (phrase, &kind) in table {
        map.insert(phrase.as_str(), Some(kind));
    }
    map
});

/// Bytes of the longest phrase in [`TABLE`]: no longer prefix can match.
static LONGEST_PHRASE: LazyLock<usize> =
    LazyLock::new(|| TABLE.keys().map(String::len).max().unwrap_or(0));

/// Is `line` a known boilerplate phrase, or does it start with one?
pub(crate) fn phrase(line: &str) -> Option<PhraseMatch> {
    if longer_than(line, MAX_PHRASE_LINE) {
        return None;
    }
    with_normalized(line, phrase_of)
}

/// [`phrase`] of a normalised line.
fn phrase_of(norm: &str) -> Option<PhraseMatch> {
    let len = norm.chars().count();
    if len == 0 {
        return None;
    }
    if let Some(&kind) = TABLE.get(norm) {
        return Some(PhraseMatch {
            kind,
            whole: true,
            covered: len,
            len,
        });
    }
    // Longest prefix that ends at a word boundary (or, in scripts written
    // without spaces, at any character), no longer than the longest phrase.
    let mut best = None;
    for (n, (i, c)) in norm.char_indices().enumerate() {
        let chars = n + 1;
        let end = i + c.len_utf8();
        if end > *LONGEST_PHRASE {
            break;
        }
        let mut rest = norm.get(end..).map(str::chars).into_iter().flatten();
        let next = rest.next();
        // A hyphen between letters joins a word ("back-end" is no "back").
        let joined = next == Some('-') && rest.next().is_some_and(char::is_alphabetic);
        let boundary = match next {
            None => false, // the whole line, looked up above
            Some(n) => (!n.is_alphanumeric() && !joined) || is_unspaced(c) || is_unspaced(n),
        };
        if !boundary {
            continue;
        }
        match norm.get(..end).and_then(|p| STARTS.get(p)) {
            // No phrase starts so: none longer either.
            None => break,
            Some(None) => {}
            Some(&Some(kind)) => {
                best = Some(PhraseMatch {
                    kind,
                    whole: false,
                    covered: chars,
                    len,
                });
            }
        }
    }
    best
}

/// Characters of scripts written without spaces between words.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // kana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // han
        | '\u{0e00}'..='\u{0e7f}' // thai
        | '\u{0e80}'..='\u{0eff}' // lao
        | '\u{1000}'..='\u{109f}' // myanmar
        | '\u{1780}'..='\u{17ff}' // khmer
    )
}

/// Word → bit set of the languages (index into [`data::STOPWORD_FILES`])
/// whose stop-word list has it. 64 bits: the data module refuses to build
/// with more languages.
static STOP_INDEX: LazyLock<FastMap<&'static str, u64>> = LazyLock::new(|| {
    let mut map: FastMap<&'static str, u64> = FastMap::default();
    for (i, &(_, text)) in data::STOPWORD_FILES.iter().enumerate() {
        for w in data::entries(text) {
            *map.entry(w).or_default() |= 1u64 << i;
        }
    }
    map
});

/// Bytes of text read to tell a language: of the article's text for the
/// `language` field, and of the selected region for select's edge rules
/// (some 600 words: stop words tell a language within a few dozen; select
/// read 2,000 bytes from 396b8c7 on, with the same verdicts on every fixture
/// and dev page as with 4,000).
pub(crate) const LANGUAGE_SAMPLE: usize = 4_000;

/// Function characters of Chinese, Japanese and Korean, all together.
static CJK_STOP: LazyLock<FastSet<char>> = LazyLock::new(|| {
    data::STOPCHAR_FILES
        .iter()
        .flat_map(|&(_, text)| data::entries(text))
        .flat_map(str::chars)
        .collect()
});

/// Stop-word counts of a text, per language, for choosing the page's language.
#[derive(Clone, Debug)]
pub(crate) struct StopCounts {
    hits: [u32; 64],
}

impl Default for StopCounts {
    fn default() -> Self {
        StopCounts { hits: [0; 64] }
    }
}

impl StopCounts {
    /// Adds the stop words of `text`.
    pub(crate) fn add(&mut self, text: &str) {
        for_words(text, |w| {
            if let Some(&mask) = STOP_INDEX.get(w) {
                // Only the languages whose bit is set (a word is a stop word
                // in a few languages, not in 64).
                let mut m = mask;
                while m != 0 {
                    if let Some(h) = self.hits.get_mut(m.trailing_zeros() as usize) {
                        *h += 1;
                    }
                    m &= m - 1;
                }
            }
        });
    }

    /// The language with most stop words, if any was seen.
    pub(crate) fn language(&self) -> Option<usize> {
        let (i, &n) = self.hits.iter().enumerate().max_by_key(|&(_, n)| *n)?;
        (n > 0).then_some(i)
    }
}

/// Share of `text`'s words that are stop words of language `lang` (an
/// index from [`StopCounts::language`]); for text written without spaces,
/// the share of characters that are function characters. jusText's
/// measure: running prose is rich in them, menus, credits and lists of
/// names are not.
pub(crate) fn stopword_density(text: &str, lang: Option<usize>) -> f32 {
    let mut words = 0u32;
    let mut stops = 0u32;
    let mut unspaced = 0u32;
    let mut unspaced_stops = 0u32;
    let mut thai = 0u32;
    for c in text.chars() {
        if ('\u{e00}'..='\u{e7f}').contains(&c) {
            thai += 1;
        } else if is_unspaced(c) || ('\u{ac00}'..='\u{d7a3}').contains(&c) {
            unspaced += 1;
            unspaced_stops += u32::from(CJK_STOP.contains(&c));
        }
    }
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count() as u32;
    if thai * 2 > letters {
        // Share of the Thai characters inside function words.
        let inside: usize = data::entries(data::THAI_FILE)
            .map(|w| text.matches(w).count() * w.chars().count())
            .sum();
        return (inside as f32 / thai.max(1) as f32).min(1.0);
    }
    if unspaced * 2 > letters {
        return unspaced_stops as f32 / unspaced.max(1) as f32;
    }
    let bit = lang.map_or(u64::MAX, |i| 1u64 << i);
    for_words(text, |w| {
        words += 1;
        if STOP_INDEX.get(w).is_some_and(|m| m & bit != 0) {
            stops += 1;
        }
    });
    if words == 0 {
        0.0
    } else {
        stops as f32 / words as f32
    }
}

/// Whether the last word of `text` is a stop word of language `lang` (an
/// index from [`StopCounts::language`]; any language when unknown): a
/// label left open for a control's value ("Sort by:", "Refine your
/// results by:"), not a clause that names what follows ("The top brands
/// include:").
pub(crate) fn ends_in_stop_word(text: &str, lang: Option<usize>) -> bool {
    let bit = lang.map_or(u64::MAX, |i| 1u64 << i);
    let mut last = false;
    for_words(text, |w| {
        last = STOP_INDEX.get(w).is_some_and(|m| m & bit != 0);
    });
    last
}

/// The language of `text` (ISO 639-1 code), from its script for Japanese,
/// Korean, Chinese and Thai, else from its stop words; `None` when too little
/// text says.
pub(crate) fn detect_language(text: &str) -> Option<&'static str> {
    let (mut kana, mut hangul, mut han, mut thai, mut letters) = (0u32, 0u32, 0u32, 0u32, 0u32);
    for c in text.chars().take(20_000) {
        if c.is_ascii() {
            letters += u32::from(c.is_ascii_alphabetic());
            continue;
        }
        match c {
            '\u{3040}'..='\u{30ff}' => kana += 1,
            '\u{ac00}'..='\u{d7a3}' => hangul += 1,
            '\u{4e00}'..='\u{9fff}' => han += 1,
            '\u{e00}'..='\u{e7f}' => thai += 1,
            c if c.is_alphabetic() => letters += 1,
            _ => {}
        }
    }
    let cjk = kana + hangul + han + thai;
    if cjk > letters {
        return Some(if kana * 10 > cjk {
            "ja"
        } else if hangul > han {
            "ko"
        } else if thai > han {
            "th"
        } else {
            "zh"
        });
    }
    let mut counts = StopCounts::default();
    // The first words tell as well as all of them.
    let mut end = text.len().min(LANGUAGE_SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    counts.add(text.get(..end).unwrap_or(text));
    let i = counts.language()?;
    // A handful of stop words is no evidence.
    let hits = counts.hits.get(i).copied().unwrap_or(0);
    (hits >= 5)
        .then(|| data::STOPWORD_FILES.get(i).map(|l| l.0))
        .flatten()
}

/// Calls `f` on each lowercase word of `text` (letters and digits; an
/// apostrophe splits, so "l'homme" gives "l" and "homme").
fn for_words(text: &str, mut f: impl FnMut(&str)) {
    let mut word = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
                continue;
            }
        } else if c.is_alphanumeric() || is_mark(c) {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            f(&word);
            word.clear();
        }
    }
    if !word.is_empty() {
        f(&word);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consent_notice_is_a_consent_and_a_policy() {
        for (text, notice) in [
            (
                "By searching, you agree to the Terms of Use, and Privacy Policy.",
                true,
            ),
            (
                "En poursuivant, vous acceptez notre politique de confidentialité.",
                true,
            ),
            (
                "This content isn't visible due to your cookie preferences. To load this \
                 content, click the Allow button below to opt in to \"Social Media & \
                 Embedded Content\" cookies. These cookies are set and controlled by the \
                 third party sources from which the embedded content originates.",
                true,
            ),
            ("Read our privacy policy.", false),
            (
                "If you agree, sign the form and send it back to the school.",
                false,
            ),
        ] {
            assert_eq!(is_consent_notice(text), notice, "{text}");
        }
        assert!(!is_consent_notice(
            &"you agree to our privacy policy ".repeat(10)
        ));
    }

    #[test]
    fn a_relative_time_is_a_number_and_a_unit() {
        for (text, relative) in [
            ("1 yr", true),
            ("3 mo", true),
            ("2d", true),
            (" 5 hours ", true),
            ("2024", false),
            ("yr", false),
            ("14 June", false),
            ("3 replies", false),
        ] {
            assert_eq!(is_relative_time(text), relative, "{text}");
        }
    }

    #[test]
    fn sentence_ends_in_every_script() {
        for (line, ends) in [
            ("It rained.", true),
            ("Did it rain?", true),
            ("It rained;", true),
            ("\"Why?\"", true),
            ("«Il pleuvait.»", true),
            ("„Es regnete.“", true),
            ("(See the map.)", true),
            ("「雨が降った。」", true),
            ("下雨了！", true),
            ("هل أمطرت؟", true),
            ("بارش ہوئی۔", true),
            ("बारिश हुई।", true),
            ("မိုးရွာတယ်။", true),
            ("ዝናብ ዘነበ።", true),
            ("Անձրև էր։", true),
            ("Read more", false),
            ("Chapter 12", false),
            ("Ana (AP)", false),
            ("", false),
        ] {
            assert_eq!(ends_sentence(line), ends, "{line:?}");
        }
    }

    proptest::proptest! {
        /// The allocation-free path normalises exactly as `normalize` does.
        #[test]
        fn stack_normalization_matches(s in "[ -~\t\n\x0b\x0c\r]{0,300}") {
            let fast = with_normalized(&s, str::to_owned);
            proptest::prop_assert_eq!(fast, normalize(&s));
        }
    }

    #[test]
    fn finds_phrases_in_many_languages() {
        for (line, kind) in [
            ("Laisser un commentaire", Boilerplate::Comments),
            ("Leave a Reply Cancel reply", Boilerplate::Comments),
            ("12 Comments", Boilerplate::Comments),
            ("Schreibe einen Kommentar", Boilerplate::Comments),
            ("Lire aussi :", Boilerplate::Related),
            ("Ähnliche Artikel", Boilerplate::Related),
            ("相关文章", Boilerplate::Related),
            ("関連記事", Boilerplate::Related),
            ("مقالات ذات صلة", Boilerplate::Related),
            ("Похожие статьи", Boilerplate::Related),
            ("Similar items", Boilerplate::Related),
            ("Similar threads", Boilerplate::Related),
            ("Ähnliche Themen", Boilerplate::Related),
            (
                "People who viewed this item also viewed",
                Boilerplate::Related,
            ),
            ("Frequently bought together", Boilerplate::Related),
            // A shop's rail of other products under the product's text.
            ("YOU MAY ALSO ENJOY:", Boilerplate::Related),
            ("Get the look", Boilerplate::Related),
            ("Other Posts You May Enjoy", Boilerplate::Related),
            (
                "GIPHY App Key not set. Please check settings",
                Boilerplate::WidgetError,
            ),
            // A quoted post's expand control, in forum software's words.
            ("Click to expand...", Boilerplate::Navigation),
            ("Zum Erweitern klicken...", Boilerplate::Navigation),
        ] {
            assert_eq!(phrase(line).map(|m| m.kind), Some(kind), "{line}");
        }
        assert_eq!(phrase("Leaves fell on the reply desk"), None);
        // A related heading whose known start ("Related articles") is less
        // than half of it, listed whole.
        let m = phrase("Related articles that may interest you");
        assert!(m.is_some_and(|m| m.covered * 2 >= m.len));
        assert!(is_credit_line("Фото: личный архив Андрея Рудькова"));
        assert!(is_credit_line("Photo: Damian Dovarganes, AP"));
        assert!(is_credit_line("© Lucy Nicholson"));
        assert!(!is_credit_line("Photo editors: the unsung heroes of the newsroom, by our media critic, who spent a week with them and has a long story to tell about it."));
        assert!(!is_credit_line(
            "The mayor said: photo opportunities are over."
        ));
    }

    #[test]
    fn stop_words_tell_prose_from_lists() {
        let prose =
            "Le gouvernement a annoncé que les travaux de la ligne commenceront dans un an.";
        let mut counts = StopCounts::default();
        counts.add(prose);
        let lang = counts.language();
        assert_eq!(
            lang.and_then(|i| data::STOPWORD_FILES.get(i)).map(|l| l.0),
            Some("fr")
        );
        assert!(stopword_density(prose, lang) > 0.3);
        assert!(stopword_density("Photo Jean Dupont AFP Getty Images", lang) < 0.1);
        assert!(stopword_density("这是我们的新产品，它在市场上很受欢迎。", None) > 0.2);
        assert!(stopword_density("เขาบอกว่าการประชุมจะมีขึ้นในวันพรุ่งนี้ที่ศาลากลาง", None) > 0.2);
        assert!(stopword_density("กรุงเทพมหานคร", None) < 0.1);
    }
}
