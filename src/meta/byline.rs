//! Bylines → person names. "By MEG KINNARD and ERRIN HAINES, Associated
//! Press" gives `["Meg Kinnard", "Errin Haines"]`; "by Bryan DeArdo
//! @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read" gives
//! `["Bryan DeArdo"]`. A byline is cut at a date, a bullet or a reading
//! time; split on commas, semicolons and the joiners of the covered
//! languages ("and", "&", "und", "et", "y"…); the leading "By", "Par",
//! "Von", "Por"…, handles, e-mail addresses and URLs are removed. A part
//! made of role words ("Staff Writer") or naming an organisation is kept
//! only when no person is named. Word lists: `src/lang/data/dates/bylines.txt`.

use std::sync::LazyLock;

static FILE: &str = include_str!("../lang/data/dates/bylines.txt");

/// The byline word lists.
struct Words {
    prefix: Vec<&'static str>,
    joiner: Vec<&'static str>,
    role: Vec<&'static str>,
    modifier: Vec<&'static str>,
    org: Vec<&'static str>,
    stop: Vec<&'static str>,
    collective: Vec<&'static str>,
    reading: Vec<&'static str>,
    reviewer: Vec<&'static str>,
    credential: Vec<&'static str>,
    label: Vec<&'static str>,
    /// Searchers for the reading-time and reviewer markers and " updated ",
    /// " posted ",
    /// built once: a searcher built per search was half of this module's
    /// time on the news set (callgrind).
    cut_at: Vec<memchr::memmem::Finder<'static>>,
    /// The prefixes of two words or more ("written by"), and their first
    /// and last words: a text whose first (last) word is none of these
    /// opens (ends) no such phrase, tested before the phrases are (the
    /// page-wide label search asks this of every short text).
    phrases: Vec<&'static str>,
    phrase_first: crate::hash::FastSet<&'static str>,
    phrase_last: crate::hash::FastSet<&'static str>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words {
        prefix: Vec::new(),
        joiner: Vec::new(),
        role: Vec::new(),
        modifier: Vec::new(),
        org: Vec::new(),
        stop: Vec::new(),
        collective: Vec::new(),
        reading: Vec::new(),
        reviewer: Vec::new(),
        credential: Vec::new(),
        label: Vec::new(),
        cut_at: Vec::new(),
        phrases: Vec::new(),
        phrase_first: Default::default(),
        phrase_last: Default::default(),
    };
    let mut section = "";
    for line in FILE.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s;
            continue;
        }
        match section {
            "prefix" => w.prefix.push(line),
            "joiner" => w.joiner.push(line),
            "role" => w.role.push(line),
            "modifier" => w.modifier.push(line),
            "organisation" => w.org.push(line),
            "stop" => w.stop.push(line),
            "collective" => w.collective.push(line),
            "reading" => w.reading.push(line),
            "reviewer" => w.reviewer.push(line),
            "credential" => w.credential.push(line),
            "label" => w.label.push(line),
            _ => {}
        }
    }
    w.prefix.sort_by_key(|p| std::cmp::Reverse(p.len()));
    w.cut_at = w
        .reading
        .iter()
        .chain(&w.reviewer)
        .copied()
        .chain([" updated ", " posted "])
        .map(memchr::memmem::Finder::new)
        .collect();
    w.phrases = w
        .prefix
        .iter()
        .copied()
        .filter(|p| p.contains(' '))
        .collect();
    w.phrase_first = w
        .phrases
        .iter()
        .filter_map(|p| p.split_whitespace().next())
        .collect();
    w.phrase_last = w
        .phrases
        .iter()
        .filter_map(|p| p.split_whitespace().last())
        .collect();
    w
});

/// Longest name part kept, in characters: longer is a sentence.
const MAX_NAME_CHARS: usize = 60;
/// Most words in one name.
const MAX_NAME_WORDS: usize = 6;

#[derive(PartialEq)]
enum Kind {
    Person,
    Other,
}

/// Whether `text` opens with a byline word ("By", "Par", "Written by"…).
pub(crate) fn opens_byline(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    WORDS.prefix.iter().any(|p| {
        lower.starts_with(p)
            && lower
                .get(p.len()..)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':']))
    })
}

/// Whether `text` opens with a byline phrase of two words or more
/// ("Written by", "Article by"): unlike a bare "By", one that says a byline
/// wherever it stands on the page.
pub(crate) fn opens_byline_phrase(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or_default();
    if !lower_word_in(first, &WORDS.phrase_first) {
        return false;
    }
    let lower = text.trim_start().to_lowercase();
    WORDS.phrases.iter().any(|p| {
        lower.starts_with(p)
            && lower
                .get(p.len()..)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':']))
    })
}

/// Most words of a label that ends with a byline phrase ("Article written
/// by:", "This post was written by"): longer is a sentence.
const LABEL_PHRASE_WORDS: usize = 5;

/// Whether `text` is a short label ending with a byline phrase of two
/// words or more ("Article written by:", "Cet article a été écrit par") —
/// the name follows in the next text.
pub(crate) fn ends_byline_phrase(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches(':').trim_end();
    // Asked of every short text on the page (the page-wide label search):
    // the word count and the last word are read before anything is
    // lowercased. Lowercasing keeps every character's whitespace-ness and
    // reads no context across whitespace (final sigma), so the text's
    // words lowercased one by one are its lowercased words.
    if trimmed.split_whitespace().nth(LABEL_PHRASE_WORDS).is_some()
        || !trimmed
            .split_whitespace()
            .last()
            .is_some_and(|w| lower_word_in(w, &WORDS.phrase_last))
    {
        return false;
    }
    let lower = trimmed.to_lowercase();
    lower.split_whitespace().count() <= LABEL_PHRASE_WORDS
        && lower
            .split_whitespace()
            .last()
            .is_some_and(|w| WORDS.phrase_last.contains(w))
        && WORDS.phrases.iter().any(|p| {
            lower
                .strip_suffix(p)
                .is_some_and(|head| head.is_empty() || head.ends_with(' '))
        })
}

/// Whether `text` is only an authors' label ("Authors", "Author(s):",
/// "Autores"): the names follow it, wherever it stands.
pub(crate) fn is_author_label(text: &str) -> bool {
    let trimmed = text.trim().trim_end_matches(':').trim_end();
    // Asked of every short text on the page: ASCII text (most of it) is
    // compared without a lowercased copy.
    if trimmed.is_ascii() {
        return WORDS.label.iter().any(|l| {
            l.len() == trimmed.len()
                && l.bytes()
                    .zip(trimmed.bytes())
                    .all(|(a, b)| a == b.to_ascii_lowercase())
        });
    }
    let lower = trimmed.to_lowercase();
    WORDS.label.iter().any(|l| lower == *l)
}

/// Longest word lowercased on the stack by [`lower_word_in`].
const STACK_WORD: usize = 32;

/// Whether `word` lowercased is in `set`: what `set.contains(word.to_lowercase())`
/// says, without a copy on the heap for a short ASCII word (the first or
/// last word of every short text on the page is asked).
fn lower_word_in(word: &str, set: &crate::hash::FastSet<&'static str>) -> bool {
    let mut buf = [0u8; STACK_WORD];
    match buf.get_mut(..word.len()) {
        Some(dst) if word.is_ascii() => {
            for (d, b) in dst.iter_mut().zip(word.bytes()) {
                *d = b.to_ascii_lowercase();
            }
            std::str::from_utf8(dst).is_ok_and(|w| set.contains(w))
        }
        _ => set.contains(word.to_lowercase().as_str()),
    }
}

/// Whether `word` is a joiner of names ("and", "&", "und", "et"…).
pub(crate) fn is_joiner(word: &str) -> bool {
    let lower = word.to_lowercase();
    WORDS.joiner.iter().any(|j| lower == *j)
}

/// Names from raw bylines (each as the page wrote it), and whether any of
/// them is a person's.
pub(crate) fn names(raw: &[String]) -> (Vec<String>, bool) {
    let mut parts: Vec<(Kind, String)> = Vec::new();
    for r in raw {
        for p in with_credentials(split(r)) {
            let base = |s: &str| base_name(s).to_lowercase();
            let b = base(&p);
            match parts.iter_mut().find(|(_, q)| base(q) == b) {
                // The same person again, with credentials one source gives
                // and another leaves out: the fuller form stands.
                Some((_, q)) if p.len() > q.len() => *q = p,
                Some(_) => {}
                None => parts.push((kind(&b), p)),
            }
        }
    }
    // A credential given apart from any name ("Ann Lee" and "FACP" in two
    // sources) is no name; bylines that are only such words name someone by
    // initials or a handle ("JGD").
    if parts.iter().any(|(_, p)| !is_credential_word(p)) {
        parts.retain(|(_, p)| !is_credential_word(p));
    }
    let has_person = parts.iter().any(|(k, _)| *k == Kind::Person);
    let names = parts
        .into_iter()
        .filter(|(k, _)| !has_person || *k == Kind::Person)
        .map(|(_, p)| p)
        .collect();
    (names, has_person)
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn kind(part: &str) -> Kind {
    let w = &*WORDS;
    let words = lower_words(part);
    if words.iter().any(|x| w.org.contains(&x.as_str()))
        || words
            .iter()
            .all(|x| w.role.contains(&x.as_str()) || w.modifier.contains(&x.as_str()))
        || words.iter().any(|x| w.role.contains(&x.as_str())) && words.len() <= 2
    {
        Kind::Other
    } else {
        Kind::Person
    }
}

/// One byline split into cleaned name parts: the names of its first
/// segment between bullets and bars that has any ("Dec. 19, 2025 · Niko
/// Matsakis" gives "Niko Matsakis"; "Ann Lee | 2 min read", "Ann Lee").
fn split(raw: &str) -> Vec<String> {
    let s: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    s.split(['•', '|', '·', '—', '»'])
        .map(split_segment)
        .find(|parts| !parts.is_empty())
        .unwrap_or_default()
}

/// One segment of a byline cut (at a date, a reading time, a dash) and
/// split into cleaned name parts.
fn split_segment(raw: &str) -> Vec<String> {
    let w = &*WORDS;
    let mut s = raw.trim().to_owned();
    if let Some(cut) = super::date::text_start(&s) {
        s.truncate(cut);
    }
    // An aside left open ("raoul (raoul" of a cut-off profile card).
    if let Some(cut) = s
        .find('(')
        .filter(|&at| !s.get(at..).is_some_and(|r| r.contains(')')))
    {
        s.truncate(cut);
    }
    for sep in [" - ", " – "] {
        if let Some(cut) = s.find(sep) {
            s.truncate(cut);
        }
    }
    let mut lower = s.to_lowercase();
    for marker in &w.cut_at {
        // A reading time follows its count ("5 min read", "10mins read"),
        // never a word's letters ("Benjamin read").
        let cut = marker.find_iter(lower.as_bytes()).find(|&at| {
            lower
                .get(..at)
                .and_then(|b| b.chars().next_back())
                .is_none_or(|c| c.is_whitespace() || c.is_ascii_digit())
        });
        if let Some(prefix) = cut.and_then(|cut| s.get(..cut)) {
            let p = prefix.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
            s = p.to_owned();
            lower = s.to_lowercase();
        }
    }
    // Words: handles, e-mails and URLs dropped.
    let tokens: Vec<&str> = s
        .split_whitespace()
        .filter(|t| !t.contains('@') && !t.starts_with("http") && !t.contains("://"))
        .collect();
    let mut parts = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let flush = |cur: &mut Vec<&str>, parts: &mut Vec<String>| {
        let p = clean_part(&cur.join(" "));
        if !p.is_empty() {
            parts.push(p);
        }
        cur.clear();
    };
    for t in tokens {
        let bare = t.trim_end_matches([',', ';']);
        let lower = bare.to_lowercase();
        if w.joiner
            .iter()
            .any(|j| bare.eq_ignore_ascii_case(j) || lower == *j)
        {
            flush(&mut cur, &mut parts);
            continue;
        }
        if !bare.is_empty() {
            cur.push(bare);
        }
        if bare.len() != t.len() {
            flush(&mut cur, &mut parts);
        }
    }
    flush(&mut cur, &mut parts);
    parts
}

/// A byline's parts with each credential that follows a name kept with
/// it, as the byline writes it: "Ann Lee, MS, RD" is one person, "Ann Lee,
/// MS, RD", whose post-nominal letters are part of how the page names her
/// (readers see them; sources that give them agree with those that leave
/// them out, see [`names`]). A credential with no name before it stays a
/// part of its own.
fn with_credentials(parts: Vec<String>) -> Vec<String> {
    let listed = |p: &str| {
        let bare: String = p.chars().filter(|&c| c != '.').collect();
        !p.contains(' ')
            && p.chars().next().is_some_and(char::is_uppercase)
            && WORDS.credential.contains(&bare.to_lowercase().as_str())
    };
    let credential = |p: &str| listed(p) || is_credential_word(p);
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    // Whether the last part of `out` is a name that took credentials.
    let mut took = false;
    for (i, p) in parts.iter().enumerate() {
        let next_too = parts.get(i + 1).is_some_and(|n| credential(n));
        let attach = credential(p) && (listed(p) || took || next_too);
        match out.last_mut() {
            Some(name) if attach && !credential(base_name(name)) => {
                name.push_str(", ");
                name.push_str(p);
                took = true;
            }
            _ => {
                out.push(p.clone());
                took = false;
            }
        }
    }
    out
}

/// A name without the credentials kept after it ("Ann Lee, MD" gives "Ann
/// Lee").
pub(crate) fn base_name(name: &str) -> &str {
    name.split(", ").next().unwrap_or_default()
}

/// Whether `s` is one word of at most five capitals (and dots), as a
/// credential is ("MS", "RD", "FACP", "M.D.").
fn is_credential_word(s: &str) -> bool {
    !s.contains(' ') && s.chars().count() <= 5 && s.chars().all(|c| c.is_uppercase() || c == '.')
}

/// A name part without its prefix ("By", "Par"…), surrounding punctuation,
/// and in name case when written all in capitals.
fn clean_part(p: &str) -> String {
    let w = &*WORDS;
    let mut s = p
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned();
    loop {
        let lower = s.to_lowercase();
        // "By Ann", "By: Ann", and "ByAnn" (a byline glued to its name).
        let Some(pre) = w.prefix.iter().find(|pre| {
            lower.starts_with(*pre)
                && (lower
                    .get(pre.len()..)
                    .is_some_and(|r| r.is_empty() || r.starts_with([' ', ':']))
                    // Glued only as a word is written ("ByAnn"), not
                    // inside capitals ("DABOM" is no "da" + "BOM").
                    || s.get(..pre.len()).is_some_and(|h| h.chars().any(char::is_lowercase))
                        && s.get(pre.len()..)
                            .and_then(|r| r.chars().next())
                            .is_some_and(char::is_uppercase))
        }) else {
            break;
        };
        s = s
            .get(pre.len()..)
            .unwrap_or_default()
            .trim_start_matches([' ', ':'])
            .to_owned();
    }
    let s = cut_tail(s.trim());
    if s.chars().count() > MAX_NAME_CHARS
        || is_placeholder(&s)
        || s.split_whitespace().count() > MAX_NAME_WORDS
        || s.split_whitespace().any(|t| !name_word(t))
        || !s.chars().any(char::is_alphabetic)
    {
        return String::new();
    }
    let letters = s.chars().filter(|c| c.is_alphabetic());
    // Capitals are recased ("MEG KINNARD"), a word that reads as initials
    // or an acronym ("JGD", "WRAL") is not.
    if s.chars().count() > 3 && letters.clone().all(char::is_uppercase) && !is_credential_word(&s) {
        return s
            .split(' ')
            .map(|word| {
                let mut cs = word.chars();
                cs.next().map_or(String::new(), |f| {
                    f.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    s
}

/// Whether `t` is one letter, the first of `name` in any case.
fn is_initial_of(t: &str, name: &str) -> bool {
    let mut cs = t.chars();
    match (cs.next(), cs.next(), name.chars().next()) {
        (Some(a), None, Some(b)) => a.is_alphabetic() && a.to_lowercase().eq(b.to_lowercase()),
        _ => false,
    }
}

/// A name without what templates write after it: it ends before a stop
/// word ("BeauHD on Friday", "latawiec Member Joined") after its first
/// word, or before a role word after its first two ("Keith Barry Senior
/// Autos Reporter"); a part made only of stop words is no name ("Sat").
fn cut_tail(s: &str) -> String {
    let w = &*WORDS;
    let mut words: Vec<&str> = s.split_whitespace().collect();
    // An avatar's initial printed beside the name ("JosephF J", "S sean_g"):
    // a lone letter that is the name's own first letter.
    if let (Some(first), Some(last)) = (words.first().copied(), words.last().copied()) {
        if words.len() >= 2 && is_initial_of(last, first) {
            words.pop();
        }
    }
    if let (Some(first), Some(second)) = (words.first().copied(), words.get(1).copied()) {
        if is_initial_of(first, second) {
            words.remove(0);
        }
    }
    let bare = |t: &str| {
        t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    };
    let is_stop = |t: &str| w.stop.contains(&bare(t).as_str());
    // Two texts run together ("Harry RabinowitzTech Reporter"): the name
    // ends inside the word where they meet. In the name's last word, only
    // before a role or stop word ("Ann LeeEditor"): a capital there with
    // nothing after it is the name's own ("Mark SubbaRao", "Team
    // SimplyThrilled").
    let last = words.len().saturating_sub(1);
    if let Some((i, at)) = words.iter().enumerate().skip(1).find_map(|(i, t)| {
        let at = glued_at(t)?;
        let tail = t.get(at..).unwrap_or_default();
        let marked = is_stop(tail) || w.role.contains(&bare(tail).as_str());
        (i < last || marked).then_some((i, at))
    }) {
        let head = words.get(i).and_then(|t| t.get(..at)).unwrap_or_default();
        words.truncate(i);
        words.push(head);
    }
    if !words.is_empty() && words.iter().all(|t| is_stop(t)) {
        return String::new();
    }
    let is_role = |t: &str| {
        let b = bare(t);
        w.role.contains(&b.as_str()) && !w.collective.contains(&b.as_str())
    };
    let is_modifier = |t: &str| w.modifier.contains(&bare(t).as_str());
    let end = words
        .iter()
        .enumerate()
        .position(|(i, t)| {
            // A modifier opens a role when the words after it reach a role
            // word ("Content Marketing Coordinator"), not alone ("Top
            // Growth Marketing").
            let opens_role = is_modifier(t)
                && words
                    .iter()
                    .skip(i + 1)
                    .take_while(|t| is_modifier(t) || is_role(t))
                    .any(|t| is_role(t));
            (i >= 1 && is_stop(t)) || (i >= 2 && (is_role(t) || opens_role))
        })
        .unwrap_or(words.len());
    words
        .get(..end)
        .unwrap_or_default()
        .join(" ")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// A word a name (or a user name) may hold: letters, and digits only as
/// user names write them ("lulug30", "3i"), not a time or a count ("12:30",
/// "3") nor a date glued to a name ("2025Julian", "Yucy3/4/2025").
fn name_word(t: &str) -> bool {
    if !t.chars().any(char::is_alphabetic) {
        return false;
    }
    if !t.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    // Glued: a run of digits that opens the word or is two digits or more,
    // then a capital ("2025Julian", "Lee12Dec"); a handle's one digit
    // between words ("Need2KnowLion") is no date.
    let chars: Vec<char> = t.chars().collect();
    let glued = chars.windows(2).enumerate().any(|(i, pair)| {
        let [a, b] = pair else { return false };
        if !(a.is_ascii_digit() && b.is_uppercase()) {
            return false;
        }
        let run = chars
            .get(..=i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        run >= 2 || run == i + 1
    });
    !glued && t.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c))
}

/// Whether `s` is a credential or a role, not a given name ("PhD", "MD",
/// "Staff Writer"): role words, or words written in capitals.
pub(crate) fn is_credential(s: &str) -> bool {
    let w = &*WORDS;
    let mut words = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|t| {
            w.role.contains(&t.to_lowercase().as_str())
                || t.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        })
}

/// Most words of a name [`tidy`] accepts.
const TIDY_WORDS: usize = 4;

/// Whether `name` is written as a person's name: two to [`TIDY_WORDS`]
/// words, each opening with a capital, none holding a digit or two texts
/// run together ("Brian Truitt", not "SupermoveLast update" nor
/// "ServiceTitanNovember 26th").
pub(crate) fn tidy(name: &str) -> bool {
    let words: Vec<&str> = base_name(name).split_whitespace().collect();
    (2..=TIDY_WORDS).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
                && glued_at(w).is_none()
        })
}

/// Lowercase letters before a capital that mark two texts run together
/// rather than a name's own capital ("McDonald", "DeArdo", "MacKenzie").
const GLUE_MIN_LOWER: usize = 4;

/// Where two texts run together inside `word` ("RabinowitzTech" → 10): a
/// capital after [`GLUE_MIN_LOWER`] or more lowercase letters.
fn glued_at(word: &str) -> Option<usize> {
    let mut lower = 0;
    for (at, c) in word.char_indices() {
        if c.is_uppercase() && lower >= GLUE_MIN_LOWER {
            return Some(at);
        }
        lower = if c.is_lowercase() { lower + 1 } else { 0 };
    }
    None
}

/// A template's unfilled placeholder ("page.head.extra.author",
/// "{{author}}"), not a name.
fn is_placeholder(s: &str) -> bool {
    let dotted_field = !s.contains(' ')
        && s.contains('.')
        && s.rsplit('.').next().is_some_and(|last| {
            ["author", "name", "byline", "creator"]
                .iter()
                .any(|f| last.eq_ignore_ascii_case(f))
        });
    s.contains("{{") || s.contains("}}") || s.contains('%') || dotted_field
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Vec<String> {
        names(&[s.to_owned()]).0
    }

    /// The label and phrase tests that read words before lowercasing say
    /// what lowercasing the whole text first says, on ASCII and on text
    /// whose lowercase changes length or reads context (final sigma).
    #[test]
    fn label_and_phrase_tests_match_lowercasing_first() {
        let ends = |text: &str| {
            let lower = text.trim().trim_end_matches(':').trim_end().to_lowercase();
            lower.split_whitespace().count() <= LABEL_PHRASE_WORDS
                && lower
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| WORDS.phrase_last.contains(w))
                && WORDS.phrases.iter().any(|p| {
                    lower
                        .strip_suffix(p)
                        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
                })
        };
        let label = |text: &str| {
            let lower = text.trim().trim_end_matches(':').trim_end().to_lowercase();
            WORDS.label.iter().any(|l| lower == *l)
        };
        let mut texts: Vec<String> = WORDS
            .label
            .iter()
            .chain(&WORDS.phrases)
            .flat_map(|w| {
                [
                    (*w).to_owned(),
                    w.to_uppercase(),
                    format!(" {}: ", w.to_uppercase()),
                    format!("Article {w}"),
                    format!("One two three four {w}"),
                    format!("{w} Ann Lee"),
                    format!("\u{130}{w}"),
                    format!("{w}\u{212a}"),
                ]
            })
            .collect();
        for t in [
            "",
            " ",
            ":",
            "ΟΔΟΣ ΣΑΣ",
            "\u{212a}",
            "AUTHORS",
            "Autor:",
            "x".repeat(40).as_str(),
        ] {
            texts.push(t.to_owned());
        }
        for t in &texts {
            assert_eq!(ends_byline_phrase(t), ends(t), "{t:?}");
            assert_eq!(is_author_label(t), label(t), "{t:?}");
            let first = t.split_whitespace().next().unwrap_or_default();
            assert_eq!(
                lower_word_in(first, &WORDS.phrase_first),
                WORDS.phrase_first.contains(first.to_lowercase().as_str()),
                "{t:?}"
            );
        }
    }

    #[test]
    fn bylines_become_names() {
        assert_eq!(
            n("By MEG KINNARD and ERRIN HAINES, Associated Press"),
            ["Meg Kinnard", "Errin Haines"]
        );
        assert_eq!(
            n("by Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET • 2 min read"),
            ["Bryan DeArdo"]
        );
        assert_eq!(
            n("Par Jeanne Martin et Paul Durand"),
            ["Jeanne Martin", "Paul Durand"]
        );
        assert_eq!(
            n("Von Anna Schmidt und Jonas Weber"),
            ["Anna Schmidt", "Jonas Weber"]
        );
        assert_eq!(
            n("Por María López y Juan Pérez"),
            ["María López", "Juan Pérez"]
        );
        assert_eq!(n("Jane Doe, Staff Writer"), ["Jane Doe"]);
        assert_eq!(n("jane@example.org"), Vec::<String>::new());
        assert_eq!(n("Reuters"), ["Reuters"]);
        assert_eq!(n("Ann Lee & Bo Chen"), ["Ann Lee", "Bo Chen"]);
        assert_eq!(n("BySummer Swann"), ["Summer Swann"]);
        assert_eq!(n("Byron Hale"), ["Byron Hale"]);
        assert_eq!(
            n("Dylan Bailey, MS, RD, FAND"),
            ["Dylan Bailey, MS, RD, FAND"]
        );
        assert_eq!(
            n("David Jackson - FullStack Editorial Team"),
            ["David Jackson"]
        );
    }

    #[test]
    fn reading_times_end_a_name() {
        assert_eq!(n("Ann Lee 10mins read"), ["Ann Lee"]);
        assert_eq!(n("10mins read"), Vec::<String>::new());
        assert_eq!(n("Par Jeanne Martin 5 min de lecture"), ["Jeanne Martin"]);
        assert_eq!(n("Von Anna Schmidt 4 Min. Lesezeit"), ["Anna Schmidt"]);
        assert_eq!(n("Por María López 3 minutos de lectura"), ["María López"]);
        // Not inside a word.
        assert_eq!(n("Jasmin Reads"), ["Jasmin Reads"]);
    }

    #[test]
    fn a_reviewer_is_no_author() {
        assert_eq!(
            n("By Shelby Lane, DVM. Reviewed by Molly Brand, DVM"),
            ["Shelby Lane, DVM"]
        );
        assert_eq!(
            n("Par Jeanne Martin, relu par Paul Roux"),
            ["Jeanne Martin"]
        );
        assert_eq!(
            n("Von Anna Schmidt, geprüft von Max Roth"),
            ["Anna Schmidt"]
        );
        assert_eq!(n("Por María López. Revisado por Ana Ruiz"), ["María López"]);
        assert_eq!(n("Reviewed by Molly Brand"), Vec::<String>::new());
    }

    #[test]
    fn job_titles_end_a_name() {
        assert_eq!(
            n("Meghan Neville Content Marketing Coordinator"),
            ["Meghan Neville"]
        );
        assert_eq!(n("Ana Ruiz Directora"), ["Ana Ruiz"]);
        assert_eq!(n("Paul Durand Rédacteur"), ["Paul Durand"]);
        // "Head of …" and its equivalents open a job title too.
        assert_eq!(n("Shivkumar M Head Product Launches"), ["Shivkumar M"]);
        assert_eq!(n("Matt Check Head Winemaker"), ["Matt Check"]);
        assert_eq!(n("Jonas Weber Leiter Redaktion"), ["Jonas Weber"]);
        // A modifier with no role word after it is a name's own word.
        assert_eq!(n("Top Growth Marketing"), ["Top Growth Marketing"]);
    }

    #[test]
    fn more_articles_by_names_the_author() {
        assert!(opens_byline_phrase("All articles by Elliot Raba"));
        assert!(opens_byline_phrase("Weitere Artikel von Anna Schmidt"));
        assert!(opens_byline_phrase("Tous les articles de Jeanne Martin"));
        assert_eq!(n("All articles by Elliot Raba"), ["Elliot Raba"]);
        assert!(opens_byline_phrase("Find More Posts by microfast"));
        assert_eq!(n("Find More Posts by microfast"), ["microfast"]);
        assert_eq!(n("Más artículos de María López"), ["María López"]);
    }

    #[test]
    fn capitals_beside_a_name_are_its_credentials_and_alone_are_the_name() {
        assert_eq!(n("Ann Lee, MS, RD"), ["Ann Lee, MS, RD"]);
        assert_eq!(n("Par Ana Ruiz, MD"), ["Ana Ruiz, MD"]);
        assert_eq!(n("Von Jonas Weber, FACP"), ["Jonas Weber, FACP"]);
        assert_eq!(n("Door Eva de Vries, Ph.D."), ["Eva de Vries, Ph.D"]);
        assert_eq!(
            n("Di Marco Rossi, PhD e Anna Bianchi"),
            ["Marco Rossi, PhD", "Anna Bianchi"]
        );
        // A role is no credential ("Staff Writer" is cut, not kept), nor
        // are capitals alone after a name (as often an organisation's).
        assert_eq!(n("Ann Lee, Staff Writer"), ["Ann Lee"]);
        assert_eq!(n("Ann Lee, Co-Founder"), ["Ann Lee"]);
        assert_eq!(n("Clara Díaz, EFE"), ["Clara Díaz"]);
        // Capitals beside a listed credential are credentials too.
        assert_eq!(n("Ana Souza, RN, CCRN"), ["Ana Souza, RN, CCRN"]);
        // Given apart (a `<meta name=author>` split at its commas).
        let apart = names(&["Ann Lee".to_owned(), "FACP".to_owned()]).0;
        assert_eq!(apart, ["Ann Lee"]);
        // One source with the credentials, one without: one person.
        let both = names(&["Ann Lee".to_owned(), "Ann Lee, MD".to_owned()]).0;
        assert_eq!(both, ["Ann Lee, MD"]);
        // A handle or initials, and an acronym, as written.
        assert_eq!(n("JGD"), ["JGD"]);
        assert_eq!(n("By WRAL"), ["WRAL"]);
        assert_eq!(n("Por JGD"), ["JGD"]);
        assert_eq!(n("By MEG KINNARD"), ["Meg Kinnard"]);
    }

    #[test]
    fn credentials() {
        assert!(is_credential("PhD"));
        assert!(is_credential("MD, FACP"));
        assert!(is_credential("Staff Writer"));
        assert!(!is_credential("Jennifer"));
        assert!(!is_credential("Jeff T."));
    }

    #[test]
    fn labels_ending_with_a_byline_phrase() {
        for label in [
            "Article written by:",
            "This post was written by",
            "Article écrit par :",
            "Dieser Beitrag wurde geschrieben von",
            "Artículo escrito por:",
            "Articolo scritto da",
        ] {
            assert!(ends_byline_phrase(label), "{label}");
        }
        // A sentence, a bare "by" (a sponsor, a tool), or a phrase with
        // the name already in it are no such labels.
        for text in [
            "This long article about the city council was written by",
            "Powered by",
            "Written by Ann Lee",
        ] {
            assert!(!ends_byline_phrase(text), "{text}");
        }
    }

    #[test]
    fn a_credential_in_capitals_keeps_its_letters() {
        // "DABOM" is no "da" (Portuguese "by") glued to "BOM".
        assert_eq!(
            n("Doris Munoz-Mantilla, MD, FOMA, DABOM"),
            ["Doris Munoz-Mantilla, MD, FOMA, DABOM"]
        );
        // A byline word glued to its name still goes.
        assert_eq!(n("ByAnn Lee"), ["Ann Lee"]);
    }

    #[test]
    fn tidy_names() {
        assert!(tidy("Brian Truitt"));
        assert!(tidy("María López"));
        assert!(!tidy("SupermoveLast update"));
        assert!(!tidy("ServiceTitanNovember 26th"));
        assert!(!tidy("Brian"));
        assert!(!tidy("Ann Lee Bo Chen Joe Doe"));
    }

    #[test]
    fn what_follows_a_name_is_cut() {
        assert_eq!(n("BeauHD on Friday December 19, 2025"), ["BeauHD"]);
        assert_eq!(n("latawiec Member Joined"), ["latawiec"]);
        assert_eq!(n("Keith Barry Senior Autos Reporter"), ["Keith Barry"]);
        assert_eq!(n("Zackery Cuevas Writer"), ["Zackery Cuevas"]);
        assert_eq!(n("Harry RabinowitzTech Reporter"), ["Harry Rabinowitz"]);
        assert_eq!(n("Mateusz HabernyFounder at Oakywood"), ["Mateusz Haberny"]);
        // A capital in the last word, a role after it or nothing.
        assert_eq!(n("Jane DoughertyEditor"), ["Jane Dougherty"]);
        assert_eq!(n("Mark SubbaRao"), ["Mark SubbaRao"]);
        assert_eq!(n("Ronald McDonald"), ["Ronald McDonald"]);
        assert_eq!(n("Bryan DeArdo"), ["Bryan DeArdo"]);
        assert_eq!(
            n("Outer Armatonisdaristan » Tue Aug 27, 2019"),
            ["Outer Armatonisdaristan"]
        );
        assert_eq!(n("Text by Hunter Dukes"), ["Hunter Dukes"]);
        assert_eq!(n("Post by galitsyn » 17. Sep 2024"), ["galitsyn"]);
        assert_eq!(n("Authored by: Ehsan Jazini"), ["Ehsan Jazini"]);
        assert_eq!(n("Von Anna Schmidt am Montag"), ["Anna Schmidt"]);
        // A weekday alone is no name; a name with a role word after its
        // second word keeps its first two.
        assert_eq!(n("Sat"), Vec::<String>::new());
        assert_eq!(n("raoul (raoul"), ["raoul"]);
        assert_eq!(n("Paramita (Guha) Ghosh"), ["Paramita (Guha) Ghosh"]);
        assert_eq!(n("Ursula Le Guin"), ["Ursula Le Guin"]);
        assert_eq!(n("Mary Ann Evans"), ["Mary Ann Evans"]);
        assert_eq!(n("The Diggs Team"), ["The Diggs Team"]);
        assert_eq!(n("lulug30"), ["lulug30"]);
        assert_eq!(n("Ann Lee 12:30"), Vec::<String>::new());
        assert_eq!(n("2025Julian K. Arni"), Vec::<String>::new());
        assert_eq!(n("Yucy3/4/2025"), Vec::<String>::new());
        assert_eq!(n("Lee12Dec"), Vec::<String>::new());
        // A handle's one digit between words is no date glued to it.
        assert_eq!(n("Need2KnowLion"), ["Need2KnowLion"]);
        assert_eq!(n("3i Global"), ["3i Global"]);
        // An avatar's initial beside the name goes; another initial stays.
        assert_eq!(n("JosephF J"), ["JosephF"]);
        assert_eq!(n("xJewishNinjax X"), ["xJewishNinjax"]);
        assert_eq!(n("S sean_g"), ["sean_g"]);
        assert_eq!(n("J JosephF"), ["JosephF"]);
        assert_eq!(n("Harry S"), ["Harry S"]);
    }

    #[test]
    fn byline_phrases() {
        assert!(opens_byline_phrase("Written by John Crenshaw"));
        assert!(opens_byline_phrase("Article by"));
        assert!(!opens_byline_phrase("By the sea"));
        assert!(!opens_byline_phrase("Writtenby"));
    }

    #[test]
    fn a_contributors_label_with_its_colon_opens_a_byline() {
        assert_eq!(n("Contributors: Janet Loughrey"), ["Janet Loughrey"]);
        assert_eq!(n("Contributeur : Luc Martin"), ["Luc Martin"]);
        assert_eq!(n("Colaboradora: Ana Ruiz"), ["Ana Ruiz"]);
        assert!(opens_byline("Mitwirkende:"));
        // Without the colon, the words are a name of their own.
        assert!(!opens_byline("Contributors to Wikimedia projects"));
        assert_ne!(
            n("Contributors to Wikimedia projects"),
            ["to Wikimedia projects"]
        );
    }

    #[test]
    fn a_byline_may_open_with_its_date() {
        assert_eq!(n("Dec. 19, 2025 · Niko Matsakis"), ["Niko Matsakis"]);
        assert_eq!(n("12 March 2024 | By Ann Lee"), ["Ann Lee"]);
        assert_eq!(n("Ann Lee | 2 min read"), ["Ann Lee"]);
    }

    #[test]
    fn placeholders_are_no_names() {
        assert_eq!(n("page.head.extra.author"), Vec::<String>::new());
        assert_eq!(n("{{ author.name }}"), Vec::<String>::new());
        assert_eq!(n("J.R.R. Tolkien"), ["J.R.R. Tolkien"]);
        assert_eq!(n("sara.r.peter"), ["sara.r.peter"]);
    }
}
