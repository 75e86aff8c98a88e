//! Where the body of a `<script>` or `<style>` ends, read exactly as
//! html5ever's tokenizer reads it, so that the parser can jump over it:
//! those bodies are half the bytes of a typical page, nothing downstream
//! reads them (JSON-LD, which the metadata needs, is never skipped), and the
//! tokenizer would otherwise walk them character by character and copy them
//! into text nodes.
//!
//! A `<style>` body (RAWTEXT) ends at the first `</style` followed by white
//! space, `/` or `>`. A `<script>` body follows the tokenizer's script-data
//! states: `<!--` enters the escaped state, where `<script` followed by white
//! space, `/` or `>` enters the double-escaped state, in which `</script`
//! does not end the element but returns to the escaped state, and `-->`
//! returns to plain script data from either. Tag names match without regard
//! to ASCII case. Without an end tag the body runs to the end of the input.

use html5ever::tendril::StrTendril;

/// Which raw-text body to skip.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Raw {
    /// `<script>`: script data, with the escaped states.
    Script,
    /// `<style>`: RAWTEXT.
    Style,
}

/// The position of the end tag (or the input's end) closing the body of
/// `raw` that starts at `from`.
pub(super) fn body_end(b: &[u8], from: usize, raw: Raw) -> usize {
    match raw {
        Raw::Script => script_end(b, from),
        Raw::Style => style_end(b, from),
    }
}

/// The body `text[start..end]` as the tokenizer would have given it: line
/// breaks `\r\n` and `\r` read as `\n`, NUL as U+FFFD. Without either, a
/// slice of `window` (which holds `text` from `window_start`) when the body
/// lies within it: no copy.
pub(super) fn body_text(
    text: &str,
    window: &StrTendril,
    window_start: usize,
    start: usize,
    end: usize,
) -> StrTendril {
    let Some(body) = text.get(start..end) else {
        return StrTendril::new();
    };
    if memchr::memchr2(b'\r', b'\0', body.as_bytes()).is_none() {
        let slice = start
            .checked_sub(window_start)
            .and_then(|from| Some((u32::try_from(from).ok()?, u32::try_from(body.len()).ok()?)))
            .and_then(|(from, len)| window.try_subtendril(from, len).ok());
        return slice.unwrap_or_else(|| StrTendril::from_slice(body));
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\0' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    StrTendril::from_slice(&out)
}

/// Characters that end a tag name: white space (`\r` included, which the
/// tokenizer reads as a line feed), `/` and `>`.
fn ends_name(c: Option<&u8>) -> bool {
    matches!(
        c,
        Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
    )
}

/// `name` (any ASCII case) at `i`, followed by a character ending a name.
fn name_at(b: &[u8], i: usize, name: &[u8]) -> bool {
    b.get(i..i + name.len())
        .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && ends_name(b.get(i + name.len()))
}

fn style_end(b: &[u8], i: usize) -> usize {
    text_end(b, i, b"style")
}

/// The position of the end tag closing a RAWTEXT or RCDATA body (`style`,
/// `title`, `textarea`, `xmp`, `iframe`, `noembed`, `noframes`) of element
/// `name` that starts at `i`: the first `</name` followed by white space,
/// `/` or `>`, in any case; else the input's end.
pub(super) fn text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    while let Some(p) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) {
        let lt = i + p;
        if b.get(lt + 1) == Some(&b'/') && name_at(b, lt + 2, name) {
            return lt;
        }
        i = lt + 1;
    }
    b.len()
}

/// The script-data states that matter for finding the end tag.
#[derive(Clone, Copy)]
enum State {
    Data,
    /// Escaped, with the count (up to 2) of dashes just read.
    Escaped(u8),
    /// Double escaped, with the count (up to 2) of dashes just read.
    DoubleEscaped(u8),
}

fn script_end(b: &[u8], mut i: usize) -> usize {
    const NAME: &[u8] = b"script";
    let mut state = State::Data;
    loop {
        match state {
            State::Data => {
                // Only `<` matters here: a vectorised search, not a walk.
                let Some(p) = b.get(i..).and_then(|r| memchr::memchr(b'<', r)) else {
                    return b.len();
                };
                let lt = i + p;
                match b.get(lt + 1) {
                    Some(b'/') if name_at(b, lt + 2, NAME) => return lt,
                    Some(b'/') => i = lt + 2,
                    // `<!--` leaves the state machine just past its second
                    // dash, as after `--` in the escaped state.
                    Some(b'!') if b.get(lt + 2..lt + 4) == Some(b"--") => {
                        state = State::Escaped(2);
                        i = lt + 4;
                    }
                    _ => i = lt + 1,
                }
            }
            State::Escaped(dashes) | State::DoubleEscaped(dashes) => {
                let double = matches!(state, State::DoubleEscaped(_));
                let Some(&c) = b.get(i) else {
                    return b.len();
                };
                let same = |d: u8| {
                    if double {
                        State::DoubleEscaped(d)
                    } else {
                        State::Escaped(d)
                    }
                };
                match c {
                    b'-' => {
                        state = same((dashes + 1).min(2));
                        i += 1;
                    }
                    b'>' if dashes == 2 => {
                        state = State::Data;
                        i += 1;
                    }
                    b'<' if b.get(i + 1) == Some(&b'/') => {
                        if name_at(b, i + 2, NAME) {
                            if !double {
                                // An end tag: the element ends here.
                                return i;
                            }
                            // `</script` ends the double escape; the
                            // character after the name is read as text.
                            state = State::Escaped(0);
                            i += 2 + NAME.len() + 1;
                        } else {
                            state = same(0);
                            i += 2;
                        }
                    }
                    b'<' if !double && name_at(b, i + 1, NAME) => {
                        state = State::DoubleEscaped(0);
                        i += 1 + NAME.len() + 1;
                    }
                    _ => {
                        state = same(0);
                        i += 1;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(s: &str, raw: Raw) -> &str {
        s.get(body_end(s.as_bytes(), 0, raw)..).unwrap_or_default()
    }

    #[test]
    fn style_ends_at_its_end_tag_in_any_case() {
        assert_eq!(end("a{}</stylex></STYLE >x", Raw::Style), "</STYLE >x");
        assert_eq!(end("a</style", Raw::Style), "");
        assert_eq!(end("a</style\r>", Raw::Style), "</style\r>");
    }

    #[test]
    fn script_data_states() {
        assert_eq!(end("if (a</b) {}</script>", Raw::Script), "</script>");
        assert_eq!(end("a</scripts></script/>", Raw::Script), "</script/>");
        // Escaped: an end tag still ends it.
        assert_eq!(end("<!-- x </script> -->", Raw::Script), "</script> -->");
        // Double escaped: it does not, until `-->` or `</script>` again.
        assert_eq!(
            end("<!-- <script> </script> </script>", Raw::Script),
            "</script>"
        );
        assert_eq!(
            end("<!-- <SCRIPT>x--></script>y", Raw::Script),
            "</script>y"
        );
        // `<!-->` enters and leaves at once.
        assert_eq!(end("<!--><script></script>", Raw::Script), "</script>");
        // `-->` in plain script data is text.
        assert_eq!(end("--> </script>", Raw::Script), "</script>");
        assert_eq!(end("<!-- <script", Raw::Script), "");
    }
}
