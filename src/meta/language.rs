//! Language tags as BCP 47: `EN_us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`;
//! `x-default`, private-use and malformed tags are dropped.

/// A declared language tag normalised to BCP 47 case and separators, or
/// `None` when it is not a well-formed language tag.
///
/// The primary subtag is 2–3 letters (lowercase); a 4-letter subtag is a
/// script (title case); a 2-letter or 3-digit subtag a region (uppercase);
/// other subtags (5–8 alphanumerics, variants) are lowercased.
pub(crate) fn normalize(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let mut parts = tag.split(['-', '_']);
    let primary = parts.next()?;
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = primary.to_ascii_lowercase();
    for (i, p) in parts.enumerate() {
        if p.is_empty() || p.len() > 8 || !p.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        out.push('-');
        let alpha = p.bytes().all(|b| b.is_ascii_alphabetic());
        if i == 0 && p.len() == 4 && alpha {
            let mut cs = p.chars();
            out.extend(cs.next().map(|c| c.to_ascii_uppercase()));
            out.push_str(&cs.as_str().to_ascii_lowercase());
        } else if (p.len() == 2 && alpha) || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
        {
            out.push_str(&p.to_ascii_uppercase());
        } else if p.len() == 1 {
            // An extension or private-use singleton: the rest is not a language.
            out.pop();
            break;
        } else {
            out.push_str(&p.to_ascii_lowercase());
        }
    }
    Some(out)
}

/// Whether `tag` is a well-formed tag as [`normalize`] writes it.
#[cfg(test)]
pub(crate) fn is_well_formed(tag: &str) -> bool {
    normalize(tag).as_deref() == Some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised() {
        assert_eq!(normalize("EN_us").as_deref(), Some("en-US"));
        assert_eq!(normalize("zh-hant-tw").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(normalize("es-419").as_deref(), Some("es-419"));
        assert_eq!(normalize(" de ").as_deref(), Some("de"));
        assert_eq!(normalize("en-x-private").as_deref(), Some("en"));
        assert_eq!(normalize("x-default"), None);
        assert_eq!(normalize("english"), None);
        assert_eq!(normalize(""), None);
        assert_eq!(normalize("en--us"), None);
        assert!(is_well_formed("pt-BR"));
        assert!(!is_well_formed("pt_br"));
    }
}
