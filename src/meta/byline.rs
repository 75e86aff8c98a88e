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

/// Whether `text` is only a byline word or an authors' label ("By",
/// "Written by", "Author:"): the name follows it, on its line or the next.
pub(crate) fn is_byline_label(text: &str) -> bool {
    let lower = text.trim().trim_end_matches(':').trim_end().to_lowercase();
    !lower.is_empty() && (WORDS.prefix.contains(&lower.as_str()) || is_author_label(&lower))
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
mod tests;
