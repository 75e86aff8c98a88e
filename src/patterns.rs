//! Every regular expression of the crate, in one place, compiled on first
//! use. A pattern that does not compile matches nothing rather than panic on
//! a page; the test `tests::every_pattern_compiles` makes such a typo fail
//! CI instead of silently turning a rule off.

use std::sync::OnceLock;

use regex::Regex;

/// A regular expression compiled on first use.
pub(crate) struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<Regex>>,
}

impl Pattern {
    pub(crate) const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            compiled: OnceLock::new(),
        }
    }

    /// The pattern's source, for the tests that compile every pattern.
    #[cfg(test)]
    pub(crate) fn source(&self) -> &'static str {
        self.source
    }

    /// Does the pattern match somewhere in `s`? (Never, if it failed to
    /// compile — which the tests rule out.)
    pub(crate) fn is_match(&self, s: &str) -> bool {
        self.compiled
            .get_or_init(|| Regex::new(self.source).ok())
            .as_ref()
            .is_some_and(|r| r.is_match(s))
    }

    /// Where the pattern first matches in `s` (start and end bytes).
    pub(crate) fn find(&self, s: &str) -> Option<(usize, usize)> {
        self.compiled
            .get_or_init(|| Regex::new(self.source).ok())
            .as_ref()
            .and_then(|r| r.find(s))
            .map(|m| (m.start(), m.end()))
    }
}

/// A set of literal phrases (language data, already normalized) found in
/// one pass over a text however many there are: the phrases, escaped, as
/// one regular expression's alternatives, which the regex crate searches
/// for all at once. `None` for no phrases (or, never for escaped literals,
/// a set too large to compile): the set matches nothing.
pub(crate) struct PhraseSet(Option<Regex>);

impl PhraseSet {
    pub(crate) fn new(phrases: &[String]) -> PhraseSet {
        let alternatives: Vec<String> = phrases
            .iter()
            .filter(|p| !p.is_empty())
            .map(|p| regex::escape(p))
            .collect();
        if alternatives.is_empty() {
            return PhraseSet(None);
        }
        PhraseSet(Regex::new(&alternatives.join("|")).ok())
    }

    /// Does one of the phrases occur somewhere in `s`?
    pub(crate) fn found_in(&self, s: &str) -> bool {
        self.0.as_ref().is_some_and(|r| r.is_match(s))
    }
}

/// A social counter line, lowercased ("1.2k likes", "3 min read") (clean).
pub(crate) static COUNTER: Pattern = Pattern::new(
    r"^\d[\d.,]*\s*[km]?\s*(likes?|comments?|shares?|views?|retweets?|followers?|reads?|min read|minutes? read)$",
);

/// WordPress's related-post category line: a short preposition and a quoted
/// name, `In "Local news"`, `Dans « Actualités »`, `В «Новости»` (clean).
pub(crate) static IN_QUOTED: Pattern =
    Pattern::new(r#"^\p{L}{1,4}\s+["“”«„‘「『]\s*[^"“”«»„「」『』]{1,60}?\s*["“”»«‘’」』]$"#);

/// A price: a currency sign next to digits (pagetype: product pages show a
/// few, collections many).
pub(crate) static PRICE: Pattern =
    Pattern::new(r"[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|zł|kr|руб|₽|CHF|USD|EUR)");

/// A rating line's score out of five: "4.6 out of 5 stars 27,351", "4,5 von
/// 5 Sternen", "4.2/5", "5つ星のうち4.5", or a row of star glyphs (select: a
/// priced tile's rating, a field of the tile).
pub(crate) static RATING: Pattern = Pattern::new(
    r"(?i)^\D{0,3}[0-5][.,]\d{1,2}\s*(?:/|out of|von|sur|de|su|van|na|av|из|z)\s*5(?:[.,]0)?(?:\D|$)|[★☆]{3,}|5つ星のうち\s*[0-5]",
);

/// An amount with a plus sign after it, "$150+", "60 €+": a threshold
/// (lang: "$150+ Free Shipping", the shop's terms).
pub(crate) static AMOUNT_PLUS: Pattern =
    Pattern::new(r"(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|zł|kr|CHF|USD|EUR))\s?\+");

/// Every pattern above, for the test that compiles them all. (Dates have
/// their own module, `meta::date`, which tests its patterns the same way.)
#[cfg(test)]
static ALL: [&Pattern; 5] = [&COUNTER, &PRICE, &IN_QUOTED, &AMOUNT_PLUS, &RATING];

#[cfg(test)]
mod tests {

    #[test]
    fn a_phrase_set_finds_any_of_its_phrases_as_written() {
        let set = PhraseSet::new(&["you agree".to_owned(), "terms (of use)".to_owned()]);
        assert!(set.found_in("by reading on, you agree to our terms"));
        assert!(set.found_in("see the terms (of use)."));
        assert!(!set.found_in("see the terms of use."));
        assert!(!set.found_in("you disagree"));
        assert!(!PhraseSet::new(&[String::new()]).found_in("anything"));
    }
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for p in ALL {
            let compiled = Regex::new(p.source);
            assert!(
                compiled.is_ok(),
                "pattern {:?} does not compile: {:?}",
                p.source,
                compiled.err()
            );
        }
        // A pattern added above but not to `ALL` would go untested.
        let needle = concat!(": Pattern", " =");
        let declared = include_str!("patterns.rs").matches(needle).count();
        assert_eq!(declared, ALL.len(), "every Pattern belongs in ALL");
    }

    #[test]
    fn patterns_match_what_they_name() {
        assert!(COUNTER.is_match("1.2k likes"));
        assert!(COUNTER.is_match("3 min read"));
        assert!(!COUNTER.is_match("likes and dislikes"));
        assert!(IN_QUOTED.is_match("In \"Local news\""));
        assert!(IN_QUOTED.is_match("Dans « Actualités »"));
        assert!(!IN_QUOTED.is_match("In 2021 the council said \"no\""));
        assert!(PRICE.is_match("$12.99"));
        assert!(PRICE.is_match("12,50 €"));
        assert!(!PRICE.is_match("12 apples"));
    }

    #[test]
    fn a_rating_is_a_score_out_of_five() {
        assert!(RATING.is_match("4.6 out of 5 stars 27,351"));
        assert!(RATING.is_match("4,5 von 5 Sternen"));
        assert!(RATING.is_match("4.2/5"));
        assert!(RATING.is_match("★★★★☆ (12)"));
        assert!(RATING.is_match("5つ星のうち4.5"));
        // A slide counter or a step is no rating.
        assert!(!RATING.is_match("1 of 5"));
        assert!(!RATING.is_match("2/5"));
        assert!(!RATING.is_match("Top 5 picks"));
    }
}
