#![no_main]
//! `decruft::extract` on arbitrary bytes (read as UTF-8, lossily) and
//! `decruft::extract_bytes` on the same bytes: neither fails, every output
//! word of `extract` comes from the input's text, and when the bytes decode
//! as UTF-8 both give the same article (`check_extract`, which the stable
//! replay runs too).

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|data: &[u8]| -> Corpus {
    if data.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    decruft_fuzz::check(decruft_fuzz::check_extract(data));
    Corpus::Keep
});
