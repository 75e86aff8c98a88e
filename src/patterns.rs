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

/// Every pattern above, for the test that compiles them all. (Dates have
/// their own module, `meta::date`, which tests its patterns the same way.)
#[cfg(test)]
static ALL: [&Pattern; 3] = [&COUNTER, &PRICE, &IN_QUOTED];

#[cfg(test)]
mod tests {
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
}
