#![no_main]
//! `decruft::Extractor` with arbitrary options on arbitrary text: never
//! panics, errors only for a too-large input or one that starts with a
//! binary format's magic number, words come from the input, and explaining
//! changes nothing in the output.

use arbitrary::Arbitrary;
use libfuzzer_sys::{fuzz_target, Corpus};

#[derive(Arbitrary, Debug)]
struct Input {
    max_input_bytes: u16,
    max_depth: u8,
    max_elements: u16,
    max_attributes: u8,
    max_attribute_len: u16,
    captions: bool,
    html: String,
}

fuzz_target!(|input: Input| -> Corpus {
    if input.html.len() > decruft_fuzz::MAX_INPUT {
        return Corpus::Reject;
    }
    let options = decruft::Options::new()
        .max_input_bytes(usize::from(input.max_input_bytes))
        .max_depth(usize::from(input.max_depth))
        .max_elements(usize::from(input.max_elements))
        .max_attributes(usize::from(input.max_attributes))
        .max_attribute_len(usize::from(input.max_attribute_len))
        .captions(input.captions);
    decruft_fuzz::check(decruft_fuzz::check_extract_options(options, &input.html));
    Corpus::Keep
});
