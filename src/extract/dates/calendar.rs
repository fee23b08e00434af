//! Calendar arithmetic and ISO 8601 formatting at each granularity.
//!
//! Everything here is pure date maths: which March is "the most recent
//! March", which ISO week holds "the weekend", how a value is written.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// `2025-01-22`.
pub fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// `2025-W04`: the ISO week (and ISO week-year) holding `d`.
pub fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `2024-06`.
pub fn month(y: i32, m: u32) -> String {
    format!("{y:04}-{m:02}")
}

/// `2019-Q3`.
pub fn quarter(y: i32, q: u32) -> String {
    format!("{y:04}-Q{q}")
}

/// `2015`.
pub fn year(y: i32) -> String {
    format!("{y:04}")
}

/// `2022/2023`.
pub fn split_year(y: i32) -> String {
    format!("{y:04}/{:04}", y + 1)
}

/// Month `(y, m)` shifted by `k` months.
pub fn add_months(y: i32, m: u32, k: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + k;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// Quarter (1-4) of month `m`.
pub fn quarter_of(m: u32) -> u32 {
    (m - 1) / 3 + 1
}

/// Quarter `(y, q)` shifted by `k` quarters.
pub fn add_quarters(y: i32, q: u32, k: i32) -> (i32, u32) {
    let idx = y * 4 + (q as i32 - 1) + k;
    (idx.div_euclid(4), idx.rem_euclid(4) as u32 + 1)
}

/// The latest date with weekday `wd` that is on or before `d` (`strict`: before).
pub fn weekday_on_or_before(d: NaiveDate, wd: Weekday, strict: bool) -> NaiveDate {
    let mut back = (d.weekday().num_days_from_monday() as i64 - wd.num_days_from_monday() as i64).rem_euclid(7);
    if strict && back == 0 {
        back = 7;
    }
    d - Duration::days(back)
}

/// The earliest date with weekday `wd` that is on or after `d` (`strict`: after).
pub fn weekday_on_or_after(d: NaiveDate, wd: Weekday, strict: bool) -> NaiveDate {
    let mut fwd = (wd.num_days_from_monday() as i64 - d.weekday().num_days_from_monday() as i64).rem_euclid(7);
    if strict && fwd == 0 {
        fwd = 7;
    }
    d + Duration::days(fwd)
}

/// The day with weekday `wd` in the ISO week of `d` ("this Friday").
pub fn weekday_in_week(d: NaiveDate, wd: Weekday) -> NaiveDate {
    d - Duration::days(d.weekday().num_days_from_monday() as i64) + Duration::days(wd.num_days_from_monday() as i64)
}

/// The most recent `(year, month, day)` on or before `d` (`past`), or the
/// earliest on or after it; `None` when no such day exists within 8 years (Feb 30).
pub fn month_day_near(d: NaiveDate, m: u32, dd: u32, past: bool) -> Option<NaiveDate> {
    let mut y = d.year();
    for _ in 0..9 {
        if let Some(c) = NaiveDate::from_ymd_opt(y, m, dd)
            && ((past && c <= d) || (!past && c >= d))
        {
            return Some(c);
        }
        y += if past { -1 } else { 1 };
    }
    None
}

/// The year of month `m` most recently started on or before `d` (`past`), or
/// the year of the next month `m` from `d`'s month on (the current month counts both ways).
pub fn month_year_near(d: NaiveDate, m: u32, past: bool) -> i32 {
    match (past, m <= d.month(), m >= d.month()) {
        (true, true, _) | (false, _, true) => d.year(),
        (true, false, _) => d.year() - 1,
        (false, _, false) => d.year() + 1,
    }
}

/// Like [`month_year_near`] for quarter `q`.
pub fn quarter_year_near(d: NaiveDate, q: u32, past: bool) -> i32 {
    let dq = quarter_of(d.month());
    match (past, q <= dq, q >= dq) {
        (true, true, _) | (false, _, true) => d.year(),
        (true, false, _) => d.year() - 1,
        (false, _, false) => d.year() + 1,
    }
}

/// Number of months from `(y1, m1)` to `(y2, m2)`.
pub fn months_between(y1: i32, m1: u32, y2: i32, m2: u32) -> i32 {
    (y2 * 12 + m2 as i32) - (y1 * 12 + m1 as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn formats() {
        assert_eq!(week(d(2025, 1, 22)), "2025-W04");
        assert_eq!(week(d(2021, 1, 2)), "2020-W53");
        assert_eq!(month(2024, 6), "2024-06");
        assert_eq!(quarter(2019, 3), "2019-Q3");
        assert_eq!(split_year(2022), "2022/2023");
    }

    #[test]
    fn shifts() {
        assert_eq!(add_months(2025, 1, -1), (2024, 12));
        assert_eq!(add_months(2024, 12, 1), (2025, 1));
        assert_eq!(add_quarters(2025, 1, -1), (2024, 4));
        assert_eq!(weekday_on_or_before(d(2025, 1, 22), Weekday::Tue, false), d(2025, 1, 21));
        assert_eq!(weekday_on_or_before(d(2025, 1, 22), Weekday::Wed, false), d(2025, 1, 22));
        assert_eq!(weekday_on_or_before(d(2025, 1, 22), Weekday::Wed, true), d(2025, 1, 15));
        assert_eq!(weekday_on_or_after(d(2025, 1, 22), Weekday::Tue, false), d(2025, 1, 28));
        assert_eq!(weekday_in_week(d(2025, 1, 22), Weekday::Mon), d(2025, 1, 20));
        assert_eq!(month_day_near(d(2025, 1, 22), 12, 9, true), Some(d(2024, 12, 9)));
        assert_eq!(month_day_near(d(2025, 1, 22), 12, 9, false), Some(d(2025, 12, 9)));
        assert_eq!(month_day_near(d(2025, 3, 1), 2, 29, true), Some(d(2024, 2, 29)));
        assert_eq!(month_year_near(d(2025, 1, 22), 3, true), 2024);
        assert_eq!(month_year_near(d(2025, 1, 22), 3, false), 2025);
        assert_eq!(month_year_near(d(2025, 1, 22), 1, false), 2025);
    }
}
