//! Mojibake repair: UTF-8 read as Windows-1252 ("Ã©tÃ©", "â€™"), decoded
//! right, span by span.

/// Windows-1252's bytes 0x80–0x9F (WHATWG: the undefined ones map to the
/// C1 controls of the same value).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte of `c`, if it has one; a C1 control stands for
/// the byte of its own value (UTF-8 read as ISO-8859-1: "â\u{80}\u{94}"
/// is "—"), since no text holds one for itself.
fn cp1252_byte(c: char) -> Option<u8> {
    let n = u32::from(c);
    if n <= 0xff {
        return u8::try_from(n).ok();
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .and_then(|i| u8::try_from(0x80 + i).ok())
}

/// A line with spans of UTF-8 read as Windows-1252 ("Ã©tÃ©", "â€™"), those
/// spans decoded right; `None` when there is none. A span is a run of
/// characters that Windows-1252 can encode, spaces aside; it is repaired
/// when its bytes are UTF-8 and decode to letters or punctuation of a
/// living script (so "groß“", bytes DF 93, stays).
pub(super) fn repair_mojibake(line: &str) -> Option<String> {
    // Quick test: a lead byte of a UTF-8 sequence (Â–ô) followed by what
    // would be a continuation byte.
    let mut chars = line.chars().peekable();
    let mut suspicious = false;
    while let Some(c) = chars.next() {
        if ('\u{c2}'..='\u{f4}').contains(&c) {
            if let Some(&n) = chars.peek() {
                if cp1252_byte(n).is_some_and(|b| (0x80..=0xbf).contains(&b)) {
                    suspicious = true;
                    break;
                }
            }
        }
    }
    if !suspicious {
        return None;
    }
    let mut out = String::with_capacity(line.len());
    let mut changed = false;
    let mut span = String::new();
    let mut flush = |span: &mut String, out: &mut String| {
        match repair_span(span) {
            Some(fixed) => {
                out.push_str(&fixed);
                changed = true;
            }
            None => out.push_str(span),
        }
        span.clear();
    };
    for c in line.chars() {
        if c != ' ' && cp1252_byte(c).is_some() {
            span.push(c);
        } else {
            flush(&mut span, &mut out);
            out.push(c);
        }
    }
    flush(&mut span, &mut out);
    changed.then_some(out)
}

/// One span decoded as UTF-8, if it is mojibake.
fn repair_span(span: &str) -> Option<String> {
    if span.is_ascii() {
        return None;
    }
    let bytes: Option<Vec<u8>> = span.chars().map(cp1252_byte).collect();
    let fixed = String::from_utf8(bytes?).ok()?;
    (fixed != span && fixed.chars().all(|c| c.is_ascii() || plausible(c))).then_some(fixed)
}

/// Characters that repaired mojibake may hold: letters and punctuation of
/// the scripts a page is written in, not the rare blocks that a legitimate
/// Latin-1 pair ("ß“") would decode to.
fn plausible(c: char) -> bool {
    matches!(c,
        '\u{a0}'..='\u{24f}' | '\u{300}'..='\u{36f}' | '\u{370}'..='\u{52f}'
        | '\u{590}'..='\u{6ff}' | '\u{900}'..='\u{dff}' | '\u{e00}'..='\u{e7f}'
        | '\u{1e00}'..='\u{1fff}' | '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}'
        | '\u{2100}'..='\u{215f}' | '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7af}' | '\u{ff00}'..='\u{ffef}'
    )
}
