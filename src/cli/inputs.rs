//! What to extract: command-line paths, directories walked in sorted order,
//! lists of paths (`--files-from`) and WARC files, turned into a stream of
//! [`Job`]s, one per page, in a deterministic order.
//!
//! Nothing here reads a whole input ahead: files are read by the worker that
//! extracts them, WARC records one at a time as the stream is pulled, and
//! a directory's entries are listed (names only) when the walk reaches it.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use decruft::warc::{self, WarcReader};

/// One page to extract.
pub struct Job {
    /// The path, `-`, or a WARC record's target URI.
    pub source: String,
    /// The directory the page's file sat in, relative to the directory
    /// named on the command line whose walk found it (empty for a file
    /// named directly and its records), for `--keep-dirs`.
    pub subdir: PathBuf,
    /// Where its bytes are.
    pub payload: Payload,
}

/// A page's bytes, or where to get them, or why there are none.
pub enum Payload {
    /// A file, read (and gunzipped) by the worker.
    File(PathBuf),
    /// Standard input or another stream, already read.
    Bytes(Vec<u8>),
    /// A WARC record's HTTP payload.
    Http(warc::HttpPage),
    /// The page could not be had.
    Failed(String),
}

/// Where the paths come from.
pub struct Sources {
    /// Paths given on the command line (`-` is standard input).
    pub paths: Vec<PathBuf>,
    /// `--files-from`: a file of paths, one a line (`-`: standard input).
    pub files_from: Option<PathBuf>,
}

/// How a path is read.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Html,
    Warc,
    Other,
}

/// The kind a file name says: `.html`, `.htm`, `.xhtml` and their `.gz`
/// forms are HTML, `.warc` and `.warc.gz` are WARC.
fn kind_by_name(path: &Path) -> Kind {
    let name = path
        .file_name()
        .and_then(OsStr::to_str)
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    if name.ends_with(".warc") {
        Kind::Warc
    } else if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| name.ends_with(e))
    {
        Kind::Html
    } else {
        Kind::Other
    }
}

/// Whether a named file of no known extension is a WARC file: its bytes (or
/// its gzip stream's) start with `WARC/`.
fn sniff_warc(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    BufReader::new(file)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .is_ok()
        && is_warc(&head)
}

/// Bytes of a file of another name read to tell whether it is an HTML page.
const SNIFF_HTML_BYTES: u64 = 1024;

/// Whether a file met in a directory walk under a name that says nothing
/// (`.php`, `.asp`, no extension) is an HTML page: its first bytes (of its
/// gzip stream if it is gzipped), past a byte order mark and white space,
/// are markup that opens an HTML document.
fn sniff_html(path: &Path) -> bool {
    let Ok(file) = File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    let mut reader = BufReader::new(file);
    let gz = reader
        .fill_buf()
        .is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
    let read = if gz {
        flate2::read::GzDecoder::new(reader)
            .take(SNIFF_HTML_BYTES)
            .read_to_end(&mut head)
    } else {
        reader.take(SNIFF_HTML_BYTES).read_to_end(&mut head)
    };
    // A gzip stream shorter than the sniff reads as an error at its end
    // only if it is damaged; what was read is still judged.
    let _ = read;
    looks_like_html(&head)
}

/// Text formats that may quote HTML but are not pages: a walk never reads
/// them as HTML, whatever they hold.
const TEXT_NOT_PAGE: &[&str] = &[
    "txt", "md", "markdown", "rst", "json", "xml", "rss", "atom", "css", "js", "mjs", "csv", "tsv",
    "svg", "log",
];

/// Whether the name ends in one of [`TEXT_NOT_PAGE`].
fn text_not_page(path: &Path) -> bool {
    path.extension()
        .and_then(OsStr::to_str)
        .is_some_and(|e| TEXT_NOT_PAGE.iter().any(|t| e.eq_ignore_ascii_case(t)))
}

/// Whether `head` opens an HTML document: its first character past a byte
/// order mark and white space is `<`, and it holds a doctype or an
/// `<html>`, `<head>`, `<body>`, `<meta>` or `<title>` tag.
fn looks_like_html(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    if start.and_then(|i| head.get(i)) != Some(&b'<') {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<title",
    ]
    .iter()
    .any(|tag| lower.windows(tag.len()).any(|w| w == *tag))
}

/// Bytes read from the start of a stream to tell what it holds: enough for
/// a gzip header and the first bytes of its data.
const SNIFF_BYTES: usize = 64 * 1024;

/// Whether `head` (the first bytes of an input) is the start of a WARC
/// file, plain or gzipped.
fn is_warc(head: &[u8]) -> bool {
    if head.starts_with(&[0x1f, 0x8b]) {
        let mut first = [0u8; 5];
        return flate2::read::GzDecoder::new(head)
            .read_exact(&mut first)
            .is_ok()
            && &first == b"WARC/";
    }
    head.starts_with(b"WARC/")
}

/// Opens a WARC file; the reader tells gzip from plain by its magic bytes,
/// whatever the file's name.
fn open_warc(path: &Path) -> io::Result<Box<dyn BufRead>> {
    Ok(Box::new(BufReader::with_capacity(
        256 * 1024,
        File::open(path)?,
    )))
}

/// Whether `path` (symbolic links followed) is a regular file: directory
/// walks take nothing else, since reading a FIFO or a device may never end.
fn is_regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

/// A step of the walk.
enum Entry {
    /// An HTML file.
    Html(PathBuf),
    /// Standard input (`-`) or another file that is not a regular one (a
    /// FIFO, `/dev/stdin`), named explicitly: read once, as a stream, and
    /// sniffed for gzip and WARC like a file.
    Stream(PathBuf),
    /// A WARC file.
    Warc(PathBuf),
    /// A directory that could not be listed, or a path list that could not
    /// be read.
    Failed(String, String),
}

/// Walks the sources in order: command-line paths, then the `--files-from`
/// list; each directory depth-first with its entries sorted by name.
/// Symbolic links to directories are not followed (no cycles); links to
/// files are.
struct Walk {
    paths: std::vec::IntoIter<PathBuf>,
    list: Option<Box<dyn BufRead>>,
    list_name: String,
    dirs: Vec<std::vec::IntoIter<PathBuf>>,
    /// The directory named on the command line being walked, and whether
    /// anything came of it yet: one that gives nothing is reported.
    named_dir: Option<(PathBuf, bool)>,
    /// Files skipped in the walk of the named directory: neither HTML nor
    /// WARC by name or content.
    skipped: u64,
    /// Whether to say on stderr how many files a walk skipped (the real
    /// walk, not the one that counts pages).
    report: bool,
}

impl Walk {
    fn new(sources: &Sources) -> Self {
        Walk {
            paths: sources.paths.clone().into_iter(),
            list: None,
            list_name: String::new(),
            dirs: Vec::new(),
            named_dir: None,
            skipped: 0,
            report: false,
        }
    }

    /// The next path named on the command line or in the list.
    fn next_named(&mut self) -> Option<Result<PathBuf, Entry>> {
        if let Some(p) = self.paths.next() {
            return Some(Ok(p));
        }
        let list = self.list.as_mut()?;
        loop {
            let mut line = String::new();
            match list.read_line(&mut line) {
                Ok(0) => {
                    self.list = None;
                    return None;
                }
                Ok(_) => {
                    let path = line.trim_end_matches(['\n', '\r']);
                    if !path.is_empty() {
                        return Some(Ok(PathBuf::from(path)));
                    }
                }
                Err(e) => {
                    self.list = None;
                    let name = std::mem::take(&mut self.list_name);
                    return Some(Err(Entry::Failed(name, e.to_string())));
                }
            }
        }
    }

    /// Lists a directory's entries, sorted.
    fn enter(&mut self, dir: &Path) -> Result<(), Entry> {
        let fail = |e: io::Error| Entry::Failed(dir.display().to_string(), e.to_string());
        let mut entries = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(fail)? {
            entries.push(entry.map_err(fail)?.path());
        }
        entries.sort();
        self.dirs.push(entries.into_iter());
        Ok(())
    }
}

impl Iterator for Walk {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        loop {
            if let Some(dir) = self.dirs.last_mut() {
                let Some(path) = dir.next() else {
                    self.dirs.pop();
                    continue;
                };
                let Some(entry) = self.walked(path) else {
                    continue;
                };
                if let Some((_, yielded)) = &mut self.named_dir {
                    *yielded = true;
                }
                return Some(entry);
            }
            if let Some((dir, yielded)) = self.named_dir.take() {
                let skipped = std::mem::take(&mut self.skipped);
                if !yielded {
                    let why = format!(
                        "no HTML or WARC file in this directory ({skipped} other files skipped)"
                    );
                    return Some(Entry::Failed(dir.display().to_string(), why));
                }
                if skipped > 0 && self.report {
                    eprintln!(
                        "decruft: {}: {skipped} files skipped (neither HTML nor WARC by name or content)",
                        super::output::printable(&dir.display().to_string())
                    );
                }
            }
            let path = match self.next_named()? {
                Ok(p) => p,
                Err(e) => return Some(e),
            };
            if path.as_os_str() == "-" {
                return Some(Entry::Stream(path));
            }
            if path.is_dir() {
                if let Err(e) = self.enter(&path) {
                    return Some(e);
                }
                self.named_dir = Some((path, false));
                continue;
            }
            // A named file is read whatever its name; one of no known
            // extension is checked for WARC content. One that is not a
            // regular file (a FIFO, /dev/stdin) is read once, as a stream.
            if path.exists() && !is_regular(&path) {
                return Some(Entry::Stream(path));
            }
            return Some(match kind_by_name(&path) {
                Kind::Warc => Entry::Warc(path),
                Kind::Html => Entry::Html(path),
                Kind::Other if sniff_warc(&path) => Entry::Warc(path),
                Kind::Other => Entry::Html(path),
            });
        }
    }
}

impl Walk {
    /// The directory of `path`, found by the walk of a named directory,
    /// relative to that directory; empty for a path named directly.
    fn subdir(&self, path: &Path) -> PathBuf {
        let Some((root, _)) = &self.named_dir else {
            return PathBuf::new();
        };
        path.parent()
            .and_then(|p| p.strip_prefix(root).ok())
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// A path met inside a directory: names decide, links to directories
    /// are not followed, and only regular files are read. `None` when the
    /// walk goes on to the next path (a directory entered, another file).
    fn walked(&mut self, path: PathBuf) -> Option<Entry> {
        let meta = std::fs::symlink_metadata(&path).ok()?;
        if meta.is_dir() {
            return self.enter(&path).err();
        }
        let kind = kind_by_name(&path);
        if !is_regular(&path) {
            if kind == Kind::Other {
                self.skipped += 1;
                return None;
            }
            let why = "not a regular file (a FIFO, socket or device): skipped".to_owned();
            return Some(Entry::Failed(path.display().to_string(), why));
        }
        // A mirror names its pages after the server's scripts (`.php`,
        // `.asp`) or not at all: those are read when their bytes are HTML.
        let kind = match kind {
            Kind::Other if !text_not_page(&path) && sniff_html(&path) => Kind::Html,
            Kind::Other if sniff_warc(&path) => Kind::Warc,
            k => k,
        };
        if kind == Kind::Other {
            self.skipped += 1;
            return None;
        }
        Some(match kind {
            Kind::Warc => Entry::Warc(path),
            _ => Entry::Html(path),
        })
    }
}

/// The stream of pages.
pub struct Jobs {
    walk: Walk,
    /// The WARC being read: its name, its reader, and whether it gave a
    /// page yet (one that gives none is reported).
    warc: Option<(String, Archive, bool)>,
    /// The WARC's [`Job::subdir`].
    warc_subdir: PathBuf,
    max_input: usize,
}

/// A WARC file's reader.
type Archive = WarcReader<Box<dyn BufRead>>;

impl Jobs {
    /// The pages of `sources`. A `--files-from` list that cannot be opened
    /// is an error here, before any output.
    pub fn new(sources: &Sources, max_input: usize) -> io::Result<Self> {
        let mut walk = Walk::new(sources);
        walk.report = true;
        if let Some(list) = &sources.files_from {
            walk.list = Some(if list.as_os_str() == "-" {
                Box::new(BufReader::new(io::stdin()))
            } else {
                Box::new(BufReader::new(File::open(list)?))
            });
            walk.list_name = list.display().to_string();
        }
        Ok(Jobs {
            walk,
            warc: None,
            warc_subdir: PathBuf::new(),
            max_input,
        })
    }
}

impl Iterator for Jobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some((path, reader, any)) = &mut self.warc {
                let subdir = &self.warc_subdir;
                let failed = |source: String, error: String| Job {
                    source,
                    subdir: subdir.clone(),
                    payload: Payload::Failed(error),
                };
                match reader.next() {
                    Some(warc::Record::Page(page)) => {
                        *any = true;
                        return Some(Job {
                            source: page.uri.clone(),
                            subdir: subdir.clone(),
                            payload: Payload::Http(page),
                        });
                    }
                    Some(warc::Record::Failed { uri, error }) => {
                        *any = true;
                        let error = format!("{path}: {error}");
                        return Some(failed(uri.unwrap_or_else(|| path.clone()), error));
                    }
                    Some(_) => {}
                    None => {
                        let records = reader.records();
                        let path = std::mem::take(path);
                        let any = *any;
                        self.warc = None;
                        if !any {
                            let why = format!("no HTML page among its {records} WARC records");
                            return Some(failed(path, why));
                        }
                    }
                }
                continue;
            }
            let entry = self.walk.next()?;
            let subdir = match &entry {
                Entry::Html(path) | Entry::Warc(path) => self.walk.subdir(path),
                Entry::Stream(_) | Entry::Failed(..) => PathBuf::new(),
            };
            match entry {
                Entry::Html(path) => {
                    let source = path.display().to_string();
                    return Some(Job {
                        source,
                        subdir,
                        payload: Payload::File(path),
                    });
                }
                Entry::Stream(path) => {
                    let source = path.display().to_string();
                    let payload = match open_stream(&path) {
                        Ok((true, r)) => {
                            self.warc = Some((source, WarcReader::new(r, self.max_input), false));
                            self.warc_subdir = subdir;
                            continue;
                        }
                        Ok((false, r)) => match read_page(r, self.max_input) {
                            Ok(bytes) => Payload::Bytes(bytes),
                            Err(e) => Payload::Failed(e),
                        },
                        Err(e) => Payload::Failed(e.to_string()),
                    };
                    return Some(Job {
                        source,
                        subdir,
                        payload,
                    });
                }
                Entry::Warc(path) => {
                    let name = path.display().to_string();
                    match open_warc(&path) {
                        Ok(r) => {
                            self.warc = Some((name, WarcReader::new(r, self.max_input), false));
                            self.warc_subdir = subdir;
                        }
                        Err(e) => {
                            return Some(Job {
                                source: name,
                                subdir,
                                payload: Payload::Failed(e.to_string()),
                            })
                        }
                    }
                }
                Entry::Failed(source, error) => {
                    return Some(Job {
                        source,
                        subdir,
                        payload: Payload::Failed(error),
                    })
                }
            }
        }
    }
}

/// The number of pages, when it is known without reading any input: no
/// `--files-from` list and no WARC file (whose page count is only known at
/// its end). Walks the directories a second time, names only.
pub fn count(sources: &Sources) -> Option<u64> {
    if sources.files_from.is_some() {
        return None;
    }
    let mut n = 0u64;
    for entry in Walk::new(sources) {
        match entry {
            Entry::Warc(_) => return None,
            Entry::Html(_) | Entry::Stream(_) | Entry::Failed(..) => n += 1,
        }
    }
    Some(n)
}

/// Reads one page's file, gunzipping it when it starts with the gzip magic
/// bytes. Files over `max` bytes (before or after decompression) are refused
/// without being read whole.
pub fn read_file(path: &Path, max: usize) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > max as u64 {
        return Err(format!(
            "file is {len} bytes, more than the limit of {max} bytes"
        ));
    }
    read_page(BufReader::new(file), max)
}

/// Reads one page from `r`, gunzipping it when it starts with the gzip
/// magic bytes; refused past `max` bytes, before or after decompression.
fn read_page(mut r: impl BufRead, max: usize) -> Result<Vec<u8>, String> {
    let gz = r
        .fill_buf()
        .map_err(|e| e.to_string())?
        .starts_with(&[0x1f, 0x8b]);
    let mut buf = Vec::new();
    let mut raw = (&mut r).take(max as u64 + 1);
    if gz {
        flate2::read::MultiGzDecoder::new(raw)
            .take(max as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("gzip: {e}"))?;
    } else {
        raw.read_to_end(&mut buf).map_err(|e| e.to_string())?;
    }
    if buf.len() > max {
        return Err(format!("input is more than the limit of {max} bytes"));
    }
    Ok(buf)
}

/// Opens a stream (standard input for `-`), and tells from its first bytes
/// whether it is a WARC file (plain or gzipped) or one page.
fn open_stream(path: &Path) -> io::Result<(bool, Box<dyn BufRead>)> {
    let mut r: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut head = Vec::new();
    (&mut r).take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
    let warc = is_warc(&head);
    let stream = io::Cursor::new(head).chain(r);
    Ok((warc, Box::new(BufReader::with_capacity(256 * 1024, stream))))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        assert_eq!(kind_by_name(Path::new("a/b.HTML")), Kind::Html);
        assert_eq!(kind_by_name(Path::new("b.htm.gz")), Kind::Html);
        assert_eq!(kind_by_name(Path::new("b.xhtml")), Kind::Html);
        assert_eq!(kind_by_name(Path::new("c.warc.gz")), Kind::Warc);
        assert_eq!(kind_by_name(Path::new("c.warc")), Kind::Warc);
        assert_eq!(kind_by_name(Path::new("d.txt")), Kind::Other);
        assert_eq!(kind_by_name(Path::new("d.gz")), Kind::Other);
        assert_eq!(kind_by_name(Path::new("html")), Kind::Other);
    }

    #[test]
    fn html_by_content() {
        assert!(looks_like_html(b"<!DOCTYPE html><p>x"));
        assert!(looks_like_html(b"\xef\xbb\xbf\n  <html lang=en>"));
        assert!(looks_like_html(b"<div>x</div><title>t</title>"));
        assert!(!looks_like_html(b"<?php echo 1; ?>"));
        assert!(!looks_like_html(b"<?xml version='1.0'?><urlset>"));
        assert!(!looks_like_html(b"body { color: red } <html>"));
        assert!(!looks_like_html(b"\x89PNG\r\n"));
        assert!(!looks_like_html(b""));
    }
}
