//! The gzip layer of a WARC.gz: one member at a time, so that a damaged
//! member is known as such (its CRC or length check fails, or its deflate
//! data does not decode) and reading can resume at the next member.
//!
//! [`Replay`] is the raw stream with a short memory: it records the bytes
//! of the current member (up to [`MAX_REWIND`]), so that after damage the
//! search for the next member starts right after the damaged member's
//! header, even when the decoder ran on past its real end.

use std::io::{self, BufRead, Read};

/// Most bytes of one member kept for a rewind after damage. Members are one
/// record each, mostly under a few hundred KiB; past this, the search for
/// the next member starts where the decoder stopped.
const MAX_REWIND: usize = 8 * 1024 * 1024;

/// Bytes read again after rewinds, at most, per byte of the stream: keeps
/// recovery linear whatever the damage.
const REPLAY_FACTOR: u64 = 4;

/// The gzip magic bytes and the deflate method byte.
const HEADER: [u8; 3] = [0x1f, 0x8b, 0x08];

/// Flag bits that must be zero in a gzip header (RFC 1952 §2.3.1).
const RESERVED_FLAGS: u8 = 0xe0;

/// The raw stream, its position, and the bytes of the member being read.
pub(super) struct Replay<R> {
    inner: R,
    /// Bytes to read again before `inner` (after a rewind).
    replay: Vec<u8>,
    at: usize,
    /// The current member's bytes so far, while under [`MAX_REWIND`].
    member: Vec<u8>,
    recording: bool,
    /// Bytes consumed from the start of the stream.
    pos: u64,
    /// Where the current member started.
    member_start: u64,
    /// Bytes read again after rewinds, in all.
    replayed: u64,
}

impl<R: BufRead> Replay<R> {
    pub(super) fn new(inner: R) -> Self {
        Replay {
            inner,
            replay: Vec::new(),
            at: 0,
            member: Vec::new(),
            recording: true,
            pos: 0,
            member_start: 0,
            replayed: 0,
        }
    }

    /// Marks the start of a member here.
    pub(super) fn start_member(&mut self) {
        self.member.clear();
        self.recording = true;
        self.member_start = self.pos;
    }

    /// Where the current member started.
    pub(super) fn member_start(&self) -> u64 {
        self.member_start
    }

    /// Bytes consumed from the start of the stream.
    pub(super) fn pos(&self) -> u64 {
        self.pos
    }

    /// Whether the stream is at a gzip header; `Ok(None)` at its end.
    pub(super) fn at_member(&mut self) -> io::Result<Option<bool>> {
        let buf = self.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        Ok(Some(buf.starts_with(&HEADER[..2])))
    }

    /// After damage: goes back to just after the damaged member's first
    /// byte (when its bytes were all kept) and skips to the next plausible
    /// gzip header, or to the end. Returns whether one was found.
    pub(super) fn skip_to_next_member(&mut self) -> io::Result<bool> {
        // Rewinds are bounded in all (a crafted file of nested headers could
        // otherwise make every byte be read again and again).
        let budget = self.pos.saturating_mul(REPLAY_FACTOR) + MAX_REWIND as u64;
        let affordable = self.replayed.saturating_add(self.member.len() as u64) <= budget;
        if self.recording && !self.member.is_empty() && affordable {
            self.replayed = self.replayed.saturating_add(self.member.len() as u64);
            let mut replay = self.member.split_off(1);
            replay.extend_from_slice(self.replay.get(self.at..).unwrap_or_default());
            self.replay = replay;
            self.at = 0;
            self.pos = self.member_start + 1;
        }
        self.member.clear();
        self.recording = false;
        // A candidate is the magic, the deflate method and clear reserved
        // flags, judged in the buffer; one cut by a buffer's end (rare) is
        // stepped over.
        loop {
            let buf = self.fill_buf()?;
            if buf.is_empty() {
                return Ok(false);
            }
            match memchr::memchr(HEADER[0], buf) {
                None => {
                    let n = buf.len();
                    self.consume(n);
                }
                Some(i) => {
                    let head = buf.get(i..i + 4);
                    let found = head.is_some_and(|h| {
                        h.get(..3) == Some(&HEADER[..])
                            && h.get(3).is_some_and(|f| f & RESERVED_FLAGS == 0)
                    });
                    if found {
                        self.consume(i);
                        return Ok(true);
                    }
                    self.consume(i + 1);
                }
            }
        }
    }
}

impl<R: BufRead> Read for Replay<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let buf = self.fill_buf()?;
        let n = buf.len().min(out.len());
        if let (Some(dst), Some(src)) = (out.get_mut(..n), buf.get(..n)) {
            dst.copy_from_slice(src);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Replay<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.replay.len() {
            return Ok(self.replay.get(self.at..).unwrap_or_default());
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        let record = self.recording && self.member.len().saturating_add(n) <= MAX_REWIND;
        if !record {
            self.recording = false;
            self.member.clear();
        }
        if self.at < self.replay.len() {
            let end = self.at.saturating_add(n).min(self.replay.len());
            if record {
                self.member
                    .extend_from_slice(self.replay.get(self.at..end).unwrap_or_default());
            }
            self.at = end;
            if self.at == self.replay.len() {
                self.replay.clear();
                self.at = 0;
            }
        } else {
            if record {
                if let Ok(buf) = self.inner.fill_buf() {
                    self.member.extend_from_slice(buf.get(..n).unwrap_or(buf));
                }
            }
            self.inner.consume(n);
        }
        self.pos = self.pos.saturating_add(n as u64);
    }
}

/// A reader that remembers its first error: told apart, after a WARC record
/// failed to read, whether the gzip member itself is damaged.
pub(super) struct Watch<D> {
    inner: D,
    failed: Option<String>,
}

impl<D> Watch<D> {
    pub(super) fn new(inner: D) -> Self {
        Watch {
            inner,
            failed: None,
        }
    }

    /// The decoder's first error, if any.
    pub(super) fn failed(&self) -> Option<&str> {
        self.failed.as_deref()
    }

    pub(super) fn into_inner(self) -> D {
        self.inner
    }
}

impl<D: Read> Read for Watch<D> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(e) = &self.failed {
            return Err(io::Error::new(io::ErrorKind::InvalidData, e.clone()));
        }
        self.inner.read(buf).inspect_err(|e| {
            self.failed = Some(match e.kind() {
                io::ErrorKind::UnexpectedEof => "the file ends inside it".to_owned(),
                _ => e.to_string(),
            });
        })
    }
}
