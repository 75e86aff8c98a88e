//! TEMPORARY STUB (being replaced by the full stop-word lists).
pub(crate) static STOPWORDS: &[(&str, &[&str])] = &[("en", &["the", "of", "and"])];
