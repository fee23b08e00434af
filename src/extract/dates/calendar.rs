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

/// The `n`-th weekday `wd` of month `m` in year `y` (`n` = -1: the last one);
/// `None` when the month has no such day ("the fifth Monday" of a short month).
pub fn nth_weekday(y: i32, m: u32, n: i32, wd: Weekday) -> Option<NaiveDate> {
    if n < 0 {
        let (ny, nm) = add_months(y, m, 1);
        let last = NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1);
        return Some(weekday_on_or_before(last, wd, false));
    }
    let first = weekday_on_or_after(NaiveDate::from_ymd_opt(y, m, 1)?, wd, false);
    let d = first + Duration::days(7 * (n as i64 - 1));
    (n >= 1 && d.month() == m).then_some(d)
}

/// Easter Sunday of year `y` (Gregorian computus, the "anonymous" algorithm).
pub fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let (b, c) = (y.div_euclid(100), y.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// The most recent occurrence on or before `d` (`past`), or the earliest on or
/// after it, of a day that recurs yearly (`on(year)`, which may skip years: a
/// February 29, a date on a given weekday); `None` when none within 28 years.
pub fn yearly_near(d: NaiveDate, past: bool, on: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let step = if past { -1 } else { 1 };
    (0..30).filter_map(|k| on(d.year() - step + step * k)).find(|c| if past { *c <= d } else { *c >= d })
}

/// `(year, quarter)` of a value written by [`quarter`] ("2019-Q3").
pub fn parse_quarter(v: &str) -> Option<(i32, u32)> {
    let (y, q) = v.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// The full year written with two digits `yy`: the latest one not after
/// `latest` (`latest` is the document's year, or a few years on for the future).
pub fn century(yy: u32, latest: i32) -> i32 {
    latest - (latest - yy as i32).rem_euclid(100)
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
        assert_eq!(yearly_near(d(2025, 1, 22), true, |y| NaiveDate::from_ymd_opt(y, 12, 9)), Some(d(2024, 12, 9)));
        assert_eq!(yearly_near(d(2025, 1, 22), false, |y| NaiveDate::from_ymd_opt(y, 12, 9)), Some(d(2025, 12, 9)));
        assert_eq!(yearly_near(d(2025, 3, 1), true, |y| NaiveDate::from_ymd_opt(y, 2, 29)), Some(d(2024, 2, 29)));
        assert_eq!(month_year_near(d(2025, 1, 22), 3, true), 2024);
        assert_eq!(month_year_near(d(2025, 1, 22), 3, false), 2025);
        assert_eq!(month_year_near(d(2025, 1, 22), 1, false), 2025);
    }

    #[test]
    fn yearly_days() {
        assert_eq!(nth_weekday(2024, 11, 4, Weekday::Thu), Some(d(2024, 11, 28)));
        assert_eq!(nth_weekday(2025, 5, -1, Weekday::Mon), Some(d(2025, 5, 26)));
        assert_eq!(nth_weekday(2024, 12, -1, Weekday::Tue), Some(d(2024, 12, 31)));
        assert_eq!(nth_weekday(2025, 2, 5, Weekday::Mon), None);
        assert_eq!(nth_weekday(2025, 9, 1, Weekday::Mon), Some(d(2025, 9, 1)));
        for (y, m, dd) in [(2024, 3, 31), (2025, 4, 20), (2019, 4, 21), (2000, 4, 23), (2038, 4, 25), (1998, 4, 12)] {
            assert_eq!(easter(y), Some(d(y, m, dd)));
        }
        assert_eq!(yearly_near(d(2025, 1, 22), false, |y| NaiveDate::from_ymd_opt(y, 2, 29)), Some(d(2028, 2, 29)));
        assert_eq!(century(74, 2025), 1974);
        assert_eq!(century(25, 2025), 2025);
        assert_eq!(century(26, 2025), 1926);
        assert_eq!(century(26, 2035), 2026);
        assert_eq!(century(0, 2025), 2000);
        assert_eq!(parse_quarter("2019-Q3"), Some((2019, 3)));
        assert_eq!(parse_quarter("2019-03"), None);
    }
}
