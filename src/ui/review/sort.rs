//! Sorting the units table by any of its columns, in either order.
//!
//! Sorting only reorders the rows a person sees; the ranking itself is the core's. Rows that
//! compare equal keep the ranking's order (a stable sort over ranking order), so sorting by
//! rank shows exactly the core's list.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::domain::Fixed;

/// A sortable column of the units table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortColumn {
    Rank,
    Unit,
    SelfScore,
    ReviewScore,
    Grade,
    Completeness,
    Date,
    FileStatus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortOrder {
    Ascending,
    Descending,
}

impl SortOrder {
    pub fn flipped(self) -> SortOrder {
        match self {
            SortOrder::Ascending => SortOrder::Descending,
            SortOrder::Descending => SortOrder::Ascending,
        }
    }

    /// The `aria-sort` value of a sorted column heading.
    pub fn aria(self) -> &'static str {
        match self {
            SortOrder::Ascending => "ascending",
            SortOrder::Descending => "descending",
        }
    }
}

/// What a row is sorted on, one field per column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SortKeys {
    /// `None` for a file set aside (it sorts after every ranked one).
    pub rank: Option<usize>,
    pub unit: String,
    pub self_score: Fixed,
    pub review_score: Option<Fixed>,
    /// Position of the grade among the template's bands (0 is best).
    pub grade: usize,
    /// Answered share in hundredths of a percent, so 45/46 and 90/92 sort alike.
    pub completeness: i64,
    pub date: NaiveDate,
    /// Verified, changed, no digest; then older formats after current ones.
    pub status: (u8, Option<u32>),
}

fn by(column: SortColumn, a: &SortKeys, b: &SortKeys) -> Ordering {
    let none_last = |x: Option<usize>, y: Option<usize>| match (x, y) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    match column {
        SortColumn::Rank => none_last(a.rank, b.rank),
        SortColumn::Unit => a.unit.cmp(&b.unit),
        SortColumn::SelfScore => a.self_score.cmp(&b.self_score),
        SortColumn::ReviewScore => a.review_score.cmp(&b.review_score),
        SortColumn::Grade => a.grade.cmp(&b.grade),
        SortColumn::Completeness => a.completeness.cmp(&b.completeness),
        SortColumn::Date => a.date.cmp(&b.date),
        SortColumn::FileStatus => a.status.cmp(&b.status),
    }
}

/// Sorts `rows` (given in ranking order) by `column` in `order`, stably.
pub fn sort_rows<T>(rows: &mut [(SortKeys, T)], column: SortColumn, order: SortOrder) {
    rows.sort_by(|(a, _), (b, _)| {
        let ordering = by(column, a, b);
        match order {
            SortOrder::Ascending => ordering,
            SortOrder::Descending => ordering.reverse(),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(rank: Option<usize>, unit: &str, self_score: i64) -> SortKeys {
        SortKeys {
            rank,
            unit: unit.to_owned(),
            self_score: Fixed::from_int(self_score),
            review_score: None,
            grade: 0,
            completeness: 10_000,
            date: NaiveDate::default(),
            status: (0, None),
        }
    }

    #[test]
    fn ties_keep_the_ranking_order_and_set_aside_files_come_last() {
        let mut rows = vec![
            (keys(Some(1), "乙", 90), 'a'),
            (keys(Some(1), "甲", 90), 'b'),
            (keys(Some(3), "丙", 80), 'c'),
            (keys(None, "丁", 95), 'd'),
        ];
        sort_rows(&mut rows, SortColumn::Rank, SortOrder::Ascending);
        assert_eq!(rows.iter().map(|r| r.1).collect::<String>(), "abcd");
        sort_rows(&mut rows, SortColumn::SelfScore, SortOrder::Descending);
        assert_eq!(rows.iter().map(|r| r.1).collect::<String>(), "dabc");
    }
}
