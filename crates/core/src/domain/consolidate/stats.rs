//! Average, minimum, maximum and spread of a set of scores, exactly.
//!
//! Values are [`Fixed`] hundredths summed in `i128`, so nothing drifts however many units a
//! batch holds. **Rounding:** the mean is the exact sum divided by the count, rounded once to
//! hundredths, halves away from zero ([`div_round_half_up`], the crate's one rounding rule);
//! minimum, maximum and spread (`max − min`) are exact.

use crate::domain::fixed::div_round_half_up;
use crate::domain::Fixed;

/// Summary statistics of at least one value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stats {
    pub count: usize,
    /// Rounded half away from zero to hundredths.
    pub mean: Fixed,
    pub min: Fixed,
    pub max: Fixed,
    /// `max − min`.
    pub spread: Fixed,
}

impl Stats {
    /// The statistics of `values`; `None` when there are none.
    pub fn of(values: impl IntoIterator<Item = Fixed>) -> Option<Stats> {
        let mut count = 0_usize;
        let mut sum = 0_i128;
        let mut min = Fixed::MAX;
        let mut max = Fixed::MIN;
        for value in values {
            count += 1;
            sum += i128::from(value.hundredths());
            min = min.min(value);
            max = max.max(value);
        }
        if count == 0 {
            return None;
        }
        let count_wide = i128::try_from(count).unwrap_or(i128::MAX);
        let mean = div_round_half_up(sum, count_wide).unwrap_or(0);
        Some(Stats {
            count,
            mean: Fixed::from_hundredths_saturating(mean),
            min,
            max,
            spread: max.saturating_sub(min),
        })
    }

    /// The five figures a statistics table shows, in column order (count, mean, minimum,
    /// maximum, spread): a count of 0 and dashes when no unit has a value.
    pub fn figures(stats: Option<&Stats>) -> [String; 5] {
        match stats {
            Some(s) => [
                s.count.to_string(),
                s.mean.to_string(),
                s.min.to_string(),
                s.max.to_string(),
                s.spread.to_string(),
            ],
            None => ["0".into(), "—".into(), "—".into(), "—".into(), "—".into()],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(hundredths: i64) -> Fixed {
        Fixed::from_hundredths(hundredths)
    }

    #[test]
    fn figures_read_in_column_order_and_dashes_when_no_unit_applies() {
        let stats = Stats::of([f(8_050), f(9_000), f(7_025)]);
        assert_eq!(
            Stats::figures(stats.as_ref()),
            ["3", "80.25", "70.25", "90", "19.75"].map(String::from)
        );
        assert_eq!(
            Stats::figures(None),
            ["0", "—", "—", "—", "—"].map(String::from)
        );
    }

    #[test]
    fn the_mean_is_rounded_once_half_away_from_zero() {
        // (80 + 85.5 + 90.01) / 3 = 85.17
        let stats = Stats::of([f(8000), f(8550), f(9001)]);
        assert_eq!(
            stats,
            Some(Stats {
                count: 3,
                mean: f(8517),
                min: f(8000),
                max: f(9001),
                spread: f(1001),
            })
        );
        // 0.01 + 0.02 = 0.03, / 2 = 0.015 → 0.02
        assert_eq!(Stats::of([f(1), f(2)]).map(|s| s.mean), Some(f(2)));
    }

    #[test]
    fn nothing_has_no_statistics() {
        assert_eq!(Stats::of([]), None);
    }
}
