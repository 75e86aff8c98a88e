//! The one integration test binary.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support {
    pub mod checks;
    pub mod fuzz_checks;
    pub mod markdown;
    pub mod metric;
    pub mod oracle;
    pub mod torture;
    #[cfg(feature = "warc")]
    pub mod warc_check;
}

#[cfg(feature = "serde")]
mod blocks_fixtures;
mod clean_cases;
mod cli;
mod cli_robust;
mod encoding_fixtures;
mod fixtures;
mod fuzz_replay;
mod limits;
#[cfg(feature = "serde")]
mod markdown_fixtures;
mod meta_fixtures;
mod properties;
mod robust;
mod text_fixtures;
