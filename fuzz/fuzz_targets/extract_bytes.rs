#![no_main]
//! `decruft::extract_bytes` (decoding) on arbitrary bytes, with a transport
//! charset and an input limit chosen by the first two bytes: see
//! `tests/support/checks.rs`. No oracle parse here, so inputs may be large
//! (run with `-max_len=1048576`): past the sniffing (8 KiB), the meta
//! prescan (1 KiB) and the detector's sample (64 KiB).

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = decruft_fuzz::checks::extract_bytes(data) {
        panic!("{e}");
    }
});
