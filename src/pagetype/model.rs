//! The page-type model: a linear score per type over the page's features,
//! the highest wins (multinomial logistic regression; the weights in
//! [`weights`](super::weights) are trained by `tools/train-pagetype` on half
//! A of wcxb-dev and checked on half B).

use super::weights::{BIAS, CLASSES, WEIGHTS};
use super::PageType;

/// The type with the highest score. Scores are sums of products of finite
/// weights and finite features: no NaN can win over a real score (a NaN
/// compares false and keeps the earlier type).
pub(super) fn predict(features: &[f32]) -> PageType {
    let mut best = (PageType::Article, f32::NEG_INFINITY);
    for ((class, weights), bias) in CLASSES.iter().zip(WEIGHTS.iter()).zip(BIAS) {
        let score = bias
            + weights
                .iter()
                .zip(features)
                .map(|(w, x)| w * x)
                .sum::<f32>();
        if score > best.1 {
            best = (*class, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::super::signals::FEATURE_NAMES;
    use super::super::weights::FEATURES;

    #[test]
    fn the_weights_were_trained_on_these_features() {
        assert_eq!(FEATURES, FEATURE_NAMES, "retrain: tools/train-pagetype");
    }
}
