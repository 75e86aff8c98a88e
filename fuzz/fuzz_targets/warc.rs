#![no_main]
//! The WARC reader and HTTP payload decoding (`decruft::warc`) on arbitrary
//! bytes, plain and gzipped: see `tests/support/warc_check.rs`. Inputs up to
//! 1 MiB, past its line (64 KiB) and header (256 KiB) limits.

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_WARC_INPUT {
        return Corpus::Reject;
    }
    if let Err(e) = decruft_fuzz::warc_check::warc(data) {
        panic!("{e}");
    }
    Corpus::Keep
});
