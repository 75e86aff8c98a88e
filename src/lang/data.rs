//! The language tables, read from plain text files under `src/lang/data/`:
//! one language a file, one entry a line, so a native speaker reviews one
//! language in one place and a diff shows one phrase a line.
//!
//! `phrases/xx.txt` holds a language's boilerplate phrases under `[kind]`
//! headings; `stopwords/xx.txt` its stop words (for Chinese, Japanese and
//! Korean, function characters, one a line; Thai function words are matched
//! as strings). Blank lines and lines starting with `#` are skipped. Entries
//! are lowercase, NFC, single-spaced, without trailing punctuation: the test
//! `lang::data::tests::tables_keep_their_rules` lists every entry that is not.
//!
//! Written by hand for decruft from general knowledge of the interface
//! strings of common publishing software (WordPress core and themes, Jetpack,
//! Disqus, Blogger, Drupal, Joomla, news-site templates, consent banners) and
//! of word frequency in each language. Not copied from any licensed list.
//! `no` is Norwegian Bokmål, `zh` simplified and `zh-hant` traditional
//! Chinese, `sr` Serbian in Cyrillic and `sr-latn` in Latin script. Elided
//! clitics (French `l'`, Italian `dell'`) are listed without the apostrophe,
//! as the tokenizer splitting on it sees them.

use std::sync::LazyLock;

use crate::boilerplate::Boilerplate;

/// Where a phrase is filed: one of the boilerplate kinds, or one of the two
/// label lists (photo credits, reply controls) that are not line kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Section {
    /// A boilerplate line of this kind.
    Kind(Boilerplate),
    /// A photo-credit label ("Photo", "Bildquelle").
    Credits,
    /// A comment's reply control ("Reply", "Antworten").
    Reply,
    /// A share button's word alone on a line ("WhatsApp", "微信"); clean only.
    Buttons,
    /// The label of a dateline ("Posted on", "eingestellt am"); clean only.
    Bylines,
    /// The label of a byline, before a name ("By", "Автор"); clean only.
    Authors,
    /// The word that makes a number and a unit a relative age ("ago",
    /// "vor", "il y a", "منذ", "前"); clean, and select (a listing entry's
    /// age line).
    Ages,
    /// The word that makes a number a counter ("views", "min read",
    /// "阅读"); clean only.
    Counters,
    /// Units a counter or an age may carry ("hours", "min", "k"); clean
    /// and select.
    Units,
    /// A label before a category, tag or source ("Category:", "来源："),
    /// or a platform footer; clean only.
    Labels,
    /// Words of a newsletter pitch found anywhere in a short line ("in your
    /// inbox"); clean, and select (on article pages).
    Pitches,
    /// The heading of a shop's own terms beside a product ("Shipping &
    /// returns", "Warranty info"); select only, on product pages.
    StorePolicy,
    /// A shop's control on a product or its tile, alone on a line ("Add to
    /// cart", "Choose options", "Quick view"); select only.
    ShopButtons,
    /// A shop tile's stock, novelty or rating badge, alone on a line ("Sold
    /// out", "Only # left", "New arrival", "Top rated"; `#` stands for any
    /// number); select only, on collections (on a product page the stock
    /// is the product's own news).
    ShopBadges,
    /// A shop tile's prompt for a first review, alone on a line ("Be the
    /// first to review this product", "No reviews yet"); select only, on
    /// collections, listings and product pages.
    ReviewPrompts,
    /// The noun of a tile's review count ("reviews", "Bewertungen"), read
    /// only after a zero ("0 reviews": a prompt, no count); select only.
    ReviewCounts,
    /// The heading of a shop's rail of other products ("Related products",
    /// "Pairs well with"); select only, on shop pages (elsewhere such a
    /// heading may title the page's own text: a product feed's spec).
    ShopRelated,
    /// The heading of the reviews or testimonials under a product ("Customer
    /// reviews", "What our customers say"); select only, on product pages
    /// (on a service page the clients' words are its own pitch).
    ProductReviews,
    /// A shop's sales terms found anywhere in a short line beside a product:
    /// a threshold for free shipping ("on orders over $49", "Spend $65 to
    /// get free shipping") or a loyalty reward ("in rewards"); select only,
    /// on product pages.
    ShopTerms,
    /// Free shipping said as an offer ("Free shipping", "Livraison
    /// gratuite"): the shop's terms only where an amount with a plus sign
    /// before it sets a threshold ("$150+ Free Shipping"); select only, on
    /// product pages.
    FreeShipping,
    /// A script's word for content it is still fetching, opening a short
    /// line that ends in an ellipsis ("Loading paragraph...", "Loading
    /// Questions…", "Chargement…"): the placeholder, never filled in the
    /// page as saved; select only.
    Loading,
    /// The words a payment plan's or reward's widget ends its line with,
    /// its amount and its lender's logo drawn after it by a script or as a
    /// picture ("or 4 payments of", "4 interest-free installments with",
    /// "More ways to pay"); only at a short line's end; select only, on
    /// product pages.
    PayPlans,
    /// A shop's sort, filter or view control, or its count of results, alone
    /// on a short line ("Sort by", "Filters", "Clear all", "Showing 24 of
    /// 291 results", "Page # of"; `#` stands for any number, and a number
    /// closing the line is trimmed with it); a label may carry its value after
    /// a colon ("Sort: Best Match"); select only, on collections.
    ResultControls,
    /// A shop tile's label for the field after it, alone on its line: a
    /// price's ("Sale price", "Regular price:", "Unit price", "Prix
    /// normal") or a rating's ("Rating:", "Bewertung:"), the value on the
    /// next line or drawn as stars; select only, on collections.
    TileLabels,
    /// The kind of another page a card promotes, alone on a line above its
    /// title ("Case study", "Webinar", "Whitepaper", "Fallstudie"): a
    /// teaser's kicker; select only.
    ContentKinds,
    /// A front page's label used as its title ("Home", "Startseite",
    /// "首页"): it names no page, so a title that is only this keeps the
    /// site's name beside it ("Home - Ohio Artisans"); meta only.
    FrontPage,
    /// A reader's consent, found anywhere in a short line ("you agree",
    /// "vous acceptez"); with a [`Section::Policies`] name, a consent
    /// notice; select only.
    Consents,
    /// The name of a site's legal terms, found anywhere in a short line
    /// ("privacy policy", "cookie preferences", "Nutzungsbedingungen");
    /// select only, with a [`Section::Consents`] phrase.
    Policies,
    /// Words of an affiliate disclosure found anywhere in a short line
    /// ("contains affiliate links", "earn from qualifying purchases", "wir
    /// erhalten eine Provision"): the site's note on how it is paid, said
    /// on all its pages; select only.
    Disclosures,
    /// A shop's promise of service found anywhere in a badge's label
    /// ("warranty", "free returns", "secure checkout", "paiement
    /// sécurisé"): with two or more in one row of icon badges, the row is
    /// the shop's trust badges by the buy box; select only.
    TrustBadges,
}

/// The `[heading]` of each section in a phrase file.
pub(crate) const SECTIONS: [(&str, Section); 40] = [
    ("comments", Section::Kind(Boilerplate::Comments)),
    ("related", Section::Kind(Boilerplate::Related)),
    ("share", Section::Kind(Boilerplate::Share)),
    ("newsletter", Section::Kind(Boilerplate::Newsletter)),
    ("cookies", Section::Kind(Boilerplate::Cookies)),
    ("author", Section::Kind(Boilerplate::Byline)),
    ("tags", Section::Kind(Boilerplate::Tags)),
    ("navigation", Section::Kind(Boilerplate::Navigation)),
    ("ads", Section::Kind(Boilerplate::Ads)),
    ("widget-errors", Section::Kind(Boilerplate::WidgetError)),
    ("copyright", Section::Kind(Boilerplate::Copyright)),
    ("credits", Section::Credits),
    ("reply", Section::Reply),
    ("buttons", Section::Buttons),
    ("bylines", Section::Bylines),
    ("authors", Section::Authors),
    ("ages", Section::Ages),
    ("counters", Section::Counters),
    ("units", Section::Units),
    ("labels", Section::Labels),
    ("pitches", Section::Pitches),
    ("store-policy", Section::StorePolicy),
    ("shop-buttons", Section::ShopButtons),
    ("shop-badges", Section::ShopBadges),
    ("review-prompts", Section::ReviewPrompts),
    ("review-counts", Section::ReviewCounts),
    ("shop-related", Section::ShopRelated),
    ("product-reviews", Section::ProductReviews),
    ("shop-terms", Section::ShopTerms),
    ("free-shipping", Section::FreeShipping),
    ("loading", Section::Loading),
    ("pay-plans", Section::PayPlans),
    ("front-page", Section::FrontPage),
    ("result-controls", Section::ResultControls),
    ("tile-labels", Section::TileLabels),
    ("content-kinds", Section::ContentKinds),
    ("consents", Section::Consents),
    ("policies", Section::Policies),
    ("disclosures", Section::Disclosures),
    ("trust-badges", Section::TrustBadges),
];

/// Boilerplate phrases, one file a language.
pub(crate) static PHRASE_FILES: &[(&str, &str)] = &[
    ("en", include_str!("data/phrases/en.txt")),
    ("fr", include_str!("data/phrases/fr.txt")),
    ("de", include_str!("data/phrases/de.txt")),
    ("es", include_str!("data/phrases/es.txt")),
    ("it", include_str!("data/phrases/it.txt")),
    ("pt", include_str!("data/phrases/pt.txt")),
    ("nl", include_str!("data/phrases/nl.txt")),
    ("pl", include_str!("data/phrases/pl.txt")),
    ("ru", include_str!("data/phrases/ru.txt")),
    ("uk", include_str!("data/phrases/uk.txt")),
    ("cs", include_str!("data/phrases/cs.txt")),
    ("sk", include_str!("data/phrases/sk.txt")),
    ("sv", include_str!("data/phrases/sv.txt")),
    ("da", include_str!("data/phrases/da.txt")),
    ("no", include_str!("data/phrases/no.txt")),
    ("fi", include_str!("data/phrases/fi.txt")),
    ("tr", include_str!("data/phrases/tr.txt")),
    ("el", include_str!("data/phrases/el.txt")),
    ("hu", include_str!("data/phrases/hu.txt")),
    ("ro", include_str!("data/phrases/ro.txt")),
    ("bg", include_str!("data/phrases/bg.txt")),
    ("ar", include_str!("data/phrases/ar.txt")),
    ("he", include_str!("data/phrases/he.txt")),
    ("fa", include_str!("data/phrases/fa.txt")),
    ("hi", include_str!("data/phrases/hi.txt")),
    ("zh", include_str!("data/phrases/zh.txt")),
    ("zh-hant", include_str!("data/phrases/zh-hant.txt")),
    ("ja", include_str!("data/phrases/ja.txt")),
    ("ko", include_str!("data/phrases/ko.txt")),
    ("vi", include_str!("data/phrases/vi.txt")),
    ("id", include_str!("data/phrases/id.txt")),
    ("th", include_str!("data/phrases/th.txt")),
];

/// Stop words of the languages written with spaces, one file a language. The
/// order is the language index of `StopCounts` (ties go to the later one).
pub(crate) static STOPWORD_FILES: &[(&str, &str)] = &[
    ("en", include_str!("data/stopwords/en.txt")),
    ("fr", include_str!("data/stopwords/fr.txt")),
    ("de", include_str!("data/stopwords/de.txt")),
    ("es", include_str!("data/stopwords/es.txt")),
    ("it", include_str!("data/stopwords/it.txt")),
    ("pt", include_str!("data/stopwords/pt.txt")),
    ("nl", include_str!("data/stopwords/nl.txt")),
    ("pl", include_str!("data/stopwords/pl.txt")),
    ("ru", include_str!("data/stopwords/ru.txt")),
    ("uk", include_str!("data/stopwords/uk.txt")),
    ("be", include_str!("data/stopwords/be.txt")),
    ("bg", include_str!("data/stopwords/bg.txt")),
    ("sr", include_str!("data/stopwords/sr.txt")),
    ("sr-latn", include_str!("data/stopwords/sr-latn.txt")),
    ("hr", include_str!("data/stopwords/hr.txt")),
    ("bs", include_str!("data/stopwords/bs.txt")),
    ("sl", include_str!("data/stopwords/sl.txt")),
    ("sk", include_str!("data/stopwords/sk.txt")),
    ("cs", include_str!("data/stopwords/cs.txt")),
    ("sv", include_str!("data/stopwords/sv.txt")),
    ("da", include_str!("data/stopwords/da.txt")),
    ("no", include_str!("data/stopwords/no.txt")),
    ("is", include_str!("data/stopwords/is.txt")),
    ("fi", include_str!("data/stopwords/fi.txt")),
    ("et", include_str!("data/stopwords/et.txt")),
    ("lv", include_str!("data/stopwords/lv.txt")),
    ("lt", include_str!("data/stopwords/lt.txt")),
    ("hu", include_str!("data/stopwords/hu.txt")),
    ("ro", include_str!("data/stopwords/ro.txt")),
    ("ca", include_str!("data/stopwords/ca.txt")),
    ("gl", include_str!("data/stopwords/gl.txt")),
    ("eu", include_str!("data/stopwords/eu.txt")),
    ("tr", include_str!("data/stopwords/tr.txt")),
    ("az", include_str!("data/stopwords/az.txt")),
    ("el", include_str!("data/stopwords/el.txt")),
    ("ar", include_str!("data/stopwords/ar.txt")),
    ("he", include_str!("data/stopwords/he.txt")),
    ("fa", include_str!("data/stopwords/fa.txt")),
    ("ur", include_str!("data/stopwords/ur.txt")),
    ("hi", include_str!("data/stopwords/hi.txt")),
    ("bn", include_str!("data/stopwords/bn.txt")),
    ("mr", include_str!("data/stopwords/mr.txt")),
    ("ta", include_str!("data/stopwords/ta.txt")),
    ("id", include_str!("data/stopwords/id.txt")),
    ("ms", include_str!("data/stopwords/ms.txt")),
    ("vi", include_str!("data/stopwords/vi.txt")),
    ("tl", include_str!("data/stopwords/tl.txt")),
    ("sw", include_str!("data/stopwords/sw.txt")),
    ("af", include_str!("data/stopwords/af.txt")),
    ("sq", include_str!("data/stopwords/sq.txt")),
    ("mk", include_str!("data/stopwords/mk.txt")),
    ("ka", include_str!("data/stopwords/ka.txt")),
    ("hy", include_str!("data/stopwords/hy.txt")),
    ("kk", include_str!("data/stopwords/kk.txt")),
];

/// Function characters of the scripts written without spaces.
pub(crate) static STOPCHAR_FILES: &[(&str, &str)] = &[
    ("zh", include_str!("data/stopwords/zh.txt")),
    ("ja", include_str!("data/stopwords/ja.txt")),
    ("ko", include_str!("data/stopwords/ko.txt")),
];

/// Thai function words (Thai is written without spaces between words, and
/// its words are several characters long, so they are matched as strings).
pub(crate) static THAI_FILE: &str = include_str!("data/stopwords/th.txt");

/// The language index is a 64-bit set: more stop-word languages than that
/// fail the build instead of being dropped.
const _: () = assert!(STOPWORD_FILES.len() <= 64);

/// The entries of a data file: its lines without blanks and `#` comments.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// One phrase, with its language and section.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    /// The file's language code (named in the rules test's report).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) lang: &'static str,
    /// The section it is filed under; `None` under an unknown heading (or
    /// before the first), which the rules test reports.
    pub(crate) section: Option<Section>,
    /// The phrase as written.
    pub(crate) text: &'static str,
}

/// Every phrase of every file, parsed once.
pub(crate) static PHRASES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for &(lang, text) in PHRASE_FILES {
        let mut section = None;
        for line in entries(text) {
            if let Some(h) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = SECTIONS.iter().find(|(n, _)| *n == h).map(|&(_, s)| s);
                continue;
            }
            out.push(Entry {
                lang,
                section,
                text: line,
            });
        }
    }
    out
});

/// The phrases filed under `section`, in every language.
pub(crate) fn phrases(section: Section) -> impl Iterator<Item = &'static str> {
    PHRASES
        .iter()
        .filter(move |e| e.section == Some(section))
        .map(|e| e.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::FastMap;
    use unicode_normalization::UnicodeNormalization;

    /// What is wrong with one entry as written, if anything.
    fn fault(text: &str) -> Option<&'static str> {
        if text.trim() != text || text.contains("  ") || text.contains('\t') {
            Some("stray white space")
        } else if text.to_lowercase() != text {
            Some("not lowercase")
        } else if text.nfc().collect::<String>() != text {
            Some("not NFC")
        } else if text
            .chars()
            .last()
            .is_some_and(|c| c.is_ascii_punctuation() || "…。．，、：；！？؟،".contains(c))
        {
            Some("trailing punctuation")
        } else {
            None
        }
    }

    /// Every entry that breaks the tables' own rules, listed one a line so a
    /// failure names them all.
    #[test]
    fn tables_keep_their_rules() {
        let mut bad: Vec<String> = Vec::new();
        let mut kinds: FastMap<String, (&str, Boilerplate)> = FastMap::default();
        for e in PHRASES.iter() {
            let Some(section) = e.section else {
                bad.push(format!(
                    "phrases/{}: {:?} is under no known [heading]",
                    e.lang, e.text
                ));
                continue;
            };
            if let Some(f) = fault(e.text) {
                bad.push(format!("phrases/{}: {:?}: {f}", e.lang, e.text));
            }
            if let Section::Kind(kind) = section {
                let key = crate::lang::normalize(e.text);
                let (lang, first) = *kinds.entry(key).or_insert((e.lang, kind));
                if first != kind {
                    bad.push(format!(
                        "phrases/{}: {:?} is {} but phrases/{lang} files it as {}",
                        e.lang,
                        e.text,
                        kind.name(),
                        first.name()
                    ));
                }
            }
        }
        for &(lang, text) in STOPWORD_FILES {
            for w in entries(text) {
                if let Some(f) = fault(w) {
                    bad.push(format!("stopwords/{lang}: {w:?}: {f}"));
                } else if w
                    .chars()
                    .any(|c| !c.is_alphanumeric() && !crate::lang::is_mark(c))
                {
                    bad.push(format!("stopwords/{lang}: {w:?} is not one word"));
                }
            }
        }
        for &(lang, text) in STOPCHAR_FILES {
            for c in entries(text) {
                if c.chars().count() != 1 {
                    bad.push(format!("stopwords/{lang}: {c:?} is not one character"));
                }
            }
        }
        for w in entries(THAI_FILE) {
            if let Some(f) = fault(w) {
                bad.push(format!("stopwords/th: {w:?}: {f}"));
            }
        }
        for files in [PHRASE_FILES, STOPWORD_FILES, STOPCHAR_FILES] {
            for (i, (lang, _)) in files.iter().enumerate() {
                if files.iter().skip(i + 1).any(|(l, _)| l == lang) {
                    bad.push(format!("{lang} is listed twice"));
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{} bad entries:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    /// The rules themselves catch what they name.
    #[test]
    fn rules_catch_faults() {
        for (text, want) in [
            ("leave a reply", None),
            ("Leave a reply", Some("not lowercase")),
            ("leave a reply:", Some("trailing punctuation")),
            ("leave  a reply", Some("stray white space")),
            ("cafe\u{301}", Some("not NFC")),
        ] {
            assert_eq!(fault(text), want, "{text:?}");
        }
    }

    /// The stop-word index is a 64-bit set (also checked at build time).
    #[test]
    fn stopword_languages_fit_the_index() {
        assert!(
            STOPWORD_FILES.len() <= 64,
            "{} languages",
            STOPWORD_FILES.len()
        );
    }

    /// Every heading of every phrase file is a known section, and every
    /// section has phrases.
    #[test]
    fn every_section_is_filled() {
        for (name, section) in SECTIONS {
            assert!(phrases(section).next().is_some(), "[{name}] is empty");
        }
    }
}
