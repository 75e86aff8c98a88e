#![no_main]
//! `decruft::clean_text` on arbitrary text: never panics, is idempotent,
//! and adds no word (invisible characters aside, whose removal may join two
//! words; and mojibake repair, which only rewrites whole lines).

use libfuzzer_sys::{fuzz_target, Corpus};

fuzz_target!(|text: &str| -> Corpus {
    if text.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    decruft_fuzz::check(decruft_fuzz::check_clean_text(text));
    Corpus::Keep
});
