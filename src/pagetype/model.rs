//! The page-type model: a score per type over the page's features, the
//! highest wins. The score is a linear part (multinomial logistic
//! regression) plus boosted stumps: one-split trees, each adding one of
//! two values to one type's score as one feature lies at or below its
//! threshold or above it. The stumps, fitted on their own by gradient
//! boosting of the softmax loss, model what a line cannot: a feature that
//! counts only in one range (a page a little dated and one much dated), or
//! whose effect stops past a point. The two parts' log-odds are averaged
//! (the weights in [`weights`](super::weights) hold the average's factors
//! already: it is a plain sum here). All trained by `tools/train-pagetype`
//! on half A of wcxb-dev and checked on half B. No allocation: a fixed
//! array of scores.

use super::weights::{BIAS, CLASSES, STUMPS, WEIGHTS};
use super::PageType;

/// One boosted stump: `class`'s score gains `below` when feature `feature`
/// is at most `threshold`, else `above`.
pub(super) struct Stump {
    pub(super) class: u8,
    pub(super) feature: u8,
    pub(super) threshold: f32,
    pub(super) below: f32,
    pub(super) above: f32,
}

impl Stump {
    /// The stump's value for a page's features (`below` if the feature is
    /// missing: never, the arrays are one length).
    fn value(&self, features: &[f32]) -> f32 {
        match features.get(usize::from(self.feature)) {
            Some(&x) if x > self.threshold => self.above,
            _ => self.below,
        }
    }
}

/// The score of each type (in [`CLASSES`]'s order).
fn scores(features: &[f32]) -> [f32; CLASSES.len()] {
    let mut scores = BIAS;
    for (score, weights) in scores.iter_mut().zip(WEIGHTS.iter()) {
        *score += weights
            .iter()
            .zip(features)
            .map(|(w, x)| w * x)
            .sum::<f32>();
    }
    for stump in &STUMPS {
        if let Some(score) = scores.get_mut(usize::from(stump.class)) {
            *score += stump.value(features);
        }
    }
    scores
}

/// The type with the highest score. Scores are sums of finite weights,
/// products of finite weights and finite features, and finite stump
/// values: no NaN can win over a real score (a NaN compares false and
/// keeps the earlier type).
pub(super) fn predict(features: &[f32]) -> PageType {
    let mut best = (PageType::Article, f32::NEG_INFINITY);
    for (class, score) in CLASSES.iter().zip(scores(features)) {
        if score > best.1 {
            best = (*class, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::super::signals::FEATURE_NAMES;
    use super::super::weights::{EXAMPLES, FEATURES};
    use super::*;

    #[test]
    fn the_weights_were_trained_on_these_features() {
        assert_eq!(FEATURES, FEATURE_NAMES, "retrain: tools/train-pagetype");
    }

    #[test]
    fn a_stump_splits_at_its_threshold() {
        let stump = Stump {
            class: 0,
            feature: 1,
            threshold: 0.5,
            below: -1.0,
            above: 2.0,
        };
        assert_eq!(stump.value(&[9.0, 0.5]), -1.0);
        assert_eq!(stump.value(&[9.0, 0.6]), 2.0);
        assert_eq!(stump.value(&[9.0]), -1.0);
        assert!(STUMPS.iter().all(
            |s| usize::from(s.class) < CLASSES.len() && usize::from(s.feature) < FEATURES.len()
        ));
    }

    #[test]
    fn training_pages_get_the_type_the_trainer_gave_them() {
        // Feature vectors of wcxb-dev pages and the type the trainer's own
        // (f64) model gave each, with a clear margin: a table wired wrong
        // (a stump's sides or class swapped, a weight on the wrong type)
        // changes some of them.
        for (features, want) in EXAMPLES {
            assert_eq!(predict(&features), want, "{features:?}");
        }
    }
}
