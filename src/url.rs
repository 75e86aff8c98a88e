//! Reference resolution (RFC 3986, section 5) for the links and images of
//! the Markdown output: a relative `href` against the page's base URL.
//!
//! Deliberately small: no percent-decoding, no IDNA, no normalisation beyond
//! what RFC 3986 asks (dot segments); a reference is copied as it is written
//! when there is nothing to resolve it against or it is already absolute.

/// A URL's parts, borrowed (RFC 3986 appendix B's split).
#[derive(Debug, PartialEq, Eq)]
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn split(s: &str) -> Parts<'_> {
    let (rest, fragment) = match s.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (s, None),
    };
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let (scheme, rest) = match rest.find([':', '/']) {
        Some(i) if rest.as_bytes().get(i) == Some(&b':') && is_scheme(&rest[..i]) => {
            (Some(&rest[..i]), &rest[i + 1..])
        }
        _ => (None, rest),
    };
    let (authority, path) = match rest.strip_prefix("//") {
        Some(r) => match r.find('/') {
            Some(i) => (Some(&r[..i]), &r[i..]),
            None => (Some(r), ""),
        },
        None => (None, rest),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
        fragment,
    }
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The host of an absolute or scheme-relative URL, lowercased, without
/// user or port ("`https://Docs.X.org:8080/a`" and "//docs.x.org/a" give
/// "docs.x.org"); `None` for a path or an empty host.
///
/// ```text
/// host("https://News.example.org/a") == Some("news.example.org")
/// ```
pub(crate) fn host(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = match url.split_once("://") {
        Some((_, rest)) => rest,
        None => url.strip_prefix("//")?,
    };
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// `reference` resolved against `base` (RFC 3986 §5.2). White space around
/// the reference is ignored, as browsers do.
///
/// ```text
/// resolve("http://a/b/c/d;p?q", "../g") == "http://a/b/g"
/// ```
pub(crate) fn resolve(base: &str, reference: &str) -> String {
    let reference = reference.trim();
    let r = split(reference);
    let b = split(base.trim());
    if b.scheme.is_none() || r.scheme.is_some() {
        // Nothing to resolve against, or nothing to resolve.
        return match r.scheme {
            Some(_) => join(
                r.scheme,
                r.authority,
                &remove_dot_segments(r.path),
                r.query,
                r.fragment,
            ),
            None => reference.to_owned(),
        };
    }
    if r.authority.is_some() {
        return join(
            b.scheme,
            r.authority,
            &remove_dot_segments(r.path),
            r.query,
            r.fragment,
        );
    }
    if r.path.is_empty() {
        return join(
            b.scheme,
            b.authority,
            b.path,
            r.query.or(b.query),
            r.fragment,
        );
    }
    let path = if r.path.starts_with('/') {
        remove_dot_segments(r.path)
    } else {
        let merged = if b.authority.is_some() && b.path.is_empty() {
            format!("/{}", r.path)
        } else {
            match b.path.rfind('/') {
                Some(i) => format!("{}{}", &b.path[..=i], r.path),
                None => r.path.to_owned(),
            }
        };
        remove_dot_segments(&merged)
    };
    join(b.scheme, b.authority, &path, r.query, r.fragment)
}

fn join(
    scheme: Option<&str>,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut s = String::new();
    if let Some(x) = scheme {
        s.push_str(x);
        s.push(':');
    }
    if let Some(x) = authority {
        s.push_str("//");
        s.push_str(x);
    }
    s.push_str(path);
    if let Some(x) = query {
        s.push('?');
        s.push_str(x);
    }
    if let Some(x) = fragment {
        s.push('#');
        s.push_str(x);
    }
    s
}

/// RFC 3986 §5.2.4, over segments (linear: each segment is pushed and
/// popped at most once).
fn remove_dot_segments(path: &str) -> String {
    if !path.contains('.') {
        return path.to_owned();
    }
    let absolute = path.starts_with('/');
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    // A trailing "." or ".." leaves the path ending in a slash.
    let mut trailing_slash = false;
    for (i, seg) in segments.iter().enumerate() {
        if i == 0 && absolute {
            continue;
        }
        match *seg {
            "." => trailing_slash = i == last,
            ".." => {
                out.pop();
                trailing_slash = i == last;
            }
            s => {
                out.push(s);
                trailing_slash = false;
            }
        }
    }
    let mut s = String::with_capacity(path.len());
    if absolute {
        s.push('/');
    }
    s.push_str(&out.join("/"));
    if trailing_slash && !s.ends_with('/') {
        s.push('/');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 3986 §5.4: every normal and abnormal example.
    #[test]
    fn rfc3986_examples() {
        let base = "http://a/b/c/d;p?q";
        let cases = [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ];
        for (reference, want) in cases {
            assert_eq!(resolve(base, reference), want, "{reference}");
        }
    }

    #[test]
    fn without_a_base_references_stay_as_written() {
        assert_eq!(resolve("", "/a/b"), "/a/b");
        assert_eq!(resolve("not a url", "x.html"), "x.html");
        assert_eq!(
            resolve("https://h.example/x", "mailto:a@b.c"),
            "mailto:a@b.c"
        );
        assert_eq!(
            resolve("https://h.example/x/y", "/a:b"),
            "https://h.example/a:b"
        );
        assert_eq!(resolve("https://h.example", "p"), "https://h.example/p");
    }
}
