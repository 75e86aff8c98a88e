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

use super::warc::{self, WarcReader};

/// One page to extract.
pub struct Job {
    /// The path, `-`, or a WARC record's target URI.
    pub source: String,
    /// Where its bytes are.
    pub payload: Payload,
}

/// A page's bytes, or where to get them, or why there are none.
pub enum Payload {
    /// A file, read (and gunzipped) by the worker.
    File(PathBuf),
    /// Standard input, already read.
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
    let mut r = BufReader::new(file);
    let gz = r.fill_buf().is_ok_and(|b| b.starts_with(&[0x1f, 0x8b]));
    let mut head = [0u8; 5];
    let read = if gz {
        flate2::read::MultiGzDecoder::new(r).read_exact(&mut head)
    } else {
        r.read_exact(&mut head)
    };
    read.is_ok() && &head == b"WARC/"
}

/// Opens a WARC file, decompressing it as it is read when it is gzip (by its
/// magic bytes, whatever its name): a `.warc.gz` is a series of gzip
/// members, one per record, which `MultiGzDecoder` reads in turn.
fn open_warc(path: &Path) -> io::Result<Box<dyn BufRead>> {
    let mut r = BufReader::with_capacity(256 * 1024, File::open(path)?);
    if r.fill_buf()?.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::read::MultiGzDecoder::new(r);
        Ok(Box::new(BufReader::with_capacity(256 * 1024, gz)))
    } else {
        Ok(Box::new(r))
    }
}

/// A step of the walk.
enum Entry {
    /// An HTML file (or standard input, `-`).
    Html(PathBuf),
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
}

impl Walk {
    fn new(sources: &Sources) -> Self {
        Walk {
            paths: sources.paths.clone().into_iter(),
            list: None,
            list_name: String::new(),
            dirs: Vec::new(),
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
                // Inside a directory: names decide, and links to
                // directories are not followed.
                let Ok(meta) = std::fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.is_dir() {
                    if let Err(e) = self.enter(&path) {
                        return Some(e);
                    }
                    continue;
                }
                match kind_by_name(&path) {
                    Kind::Html => return Some(Entry::Html(path)),
                    Kind::Warc => return Some(Entry::Warc(path)),
                    Kind::Other => continue,
                }
            }
            let path = match self.next_named()? {
                Ok(p) => p,
                Err(e) => return Some(e),
            };
            if path.as_os_str() == "-" {
                return Some(Entry::Html(path));
            }
            if path.is_dir() {
                if let Err(e) = self.enter(&path) {
                    return Some(e);
                }
                continue;
            }
            // A named file is read whatever its name; one of no known
            // extension is checked for WARC content.
            return Some(match kind_by_name(&path) {
                Kind::Warc => Entry::Warc(path),
                Kind::Html => Entry::Html(path),
                Kind::Other if sniff_warc(&path) => Entry::Warc(path),
                Kind::Other => Entry::Html(path),
            });
        }
    }
}

/// The stream of pages.
pub struct Jobs {
    walk: Walk,
    warc: Option<(String, WarcReader<Box<dyn BufRead>>)>,
    max_input: usize,
}

impl Jobs {
    /// The pages of `sources`. A `--files-from` list that cannot be opened
    /// is an error here, before any output.
    pub fn new(sources: &Sources, max_input: usize) -> io::Result<Self> {
        let mut walk = Walk::new(sources);
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
            max_input,
        })
    }
}

impl Iterator for Jobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some((path, reader)) = &mut self.warc {
                match reader.next() {
                    Some(warc::Record::Page(page)) => {
                        return Some(Job {
                            source: page.uri.clone(),
                            payload: Payload::Http(page),
                        })
                    }
                    Some(warc::Record::Failed { uri, error }) => {
                        return Some(Job {
                            source: uri.unwrap_or_else(|| path.clone()),
                            payload: Payload::Failed(format!("{path}: {error}")),
                        })
                    }
                    None => self.warc = None,
                }
            }
            match self.walk.next()? {
                Entry::Html(path) => {
                    let source = path.display().to_string();
                    let payload = if path.as_os_str() == "-" {
                        let max = self.max_input;
                        let mut buf = Vec::new();
                        match io::stdin().take(max as u64 + 1).read_to_end(&mut buf) {
                            Ok(_) if buf.len() > max => Payload::Failed(format!(
                                "input is more than the limit of {max} bytes"
                            )),
                            Ok(_) => Payload::Bytes(buf),
                            Err(e) => Payload::Failed(e.to_string()),
                        }
                    } else {
                        Payload::File(path)
                    };
                    return Some(Job { source, payload });
                }
                Entry::Warc(path) => {
                    let name = path.display().to_string();
                    match open_warc(&path) {
                        Ok(r) => self.warc = Some((name, WarcReader::new(r, self.max_input))),
                        Err(e) => {
                            return Some(Job {
                                source: name,
                                payload: Payload::Failed(e.to_string()),
                            })
                        }
                    }
                }
                Entry::Failed(source, error) => {
                    return Some(Job {
                        source,
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
            Entry::Html(_) | Entry::Failed(..) => n += 1,
        }
    }
    Some(n)
}

/// Reads one page's file, gunzipping it when it starts with the gzip magic
/// bytes. Files over `max` bytes (before or after decompression) are refused
/// without being read whole.
pub fn read_file(path: &Path, max: usize) -> Result<Vec<u8>, String> {
    let too_large = |len: u64| format!("file is {len} bytes, more than the limit of {max} bytes");
    let file = File::open(path).map_err(|e| e.to_string())?;
    let len = file.metadata().map_err(|e| e.to_string())?.len();
    if len > max as u64 {
        return Err(too_large(len));
    }
    let mut r = BufReader::new(file);
    let gz = r
        .fill_buf()
        .map_err(|e| e.to_string())?
        .starts_with(&[0x1f, 0x8b]);
    let mut buf = Vec::new();
    if gz {
        flate2::read::MultiGzDecoder::new(r)
            .take(max as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("gzip: {e}"))?;
        if buf.len() > max {
            return Err(format!(
                "decompressed file is more than the limit of {max} bytes"
            ));
        }
    } else {
        r.take(max as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| e.to_string())?;
    }
    Ok(buf)
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
}
