//! The calendar interval an ISO 8601 date value denotes, for the typed
//! `date_start` / `date_end` columns: `2019-04-15` is that day, `2019-W04`
//! Monday to Sunday of that ISO week, `2024-06` the month, `2019-Q3` the
//! quarter, `2015` the year, `2022/2023` both years. Sorting and filtering
//! on these columns works whatever the value's granularity.

use chrono::{Datelike, NaiveDate, Weekday};

/// First and last day (both inclusive) of the interval `value` names;
/// `None` for a value that is not one of the forms above.
pub fn interval(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let v = value.trim();
    let year = |s: &str| -> Option<i32> { (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten() };
    let whole_years = |a: i32, b: i32| Some((NaiveDate::from_ymd_opt(a, 1, 1)?, NaiveDate::from_ymd_opt(b, 12, 31)?));
    if let Some(y) = year(v) {
        return whole_years(y, y);
    }
    if let Some((a, b)) = v.split_once('/') {
        let (a, b) = (year(a)?, year(b)?);
        return if a <= b { whole_years(a, b) } else { None };
    }
    let (y, rest) = v.split_once('-')?;
    let y = year(y)?;
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        return months(y, (q - 1) * 3 + 1, (q - 1) * 3 + 3);
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u32 = h.parse().ok().filter(|h| (1..=2).contains(h))?;
        return months(y, (h - 1) * 6 + 1, (h - 1) * 6 + 6);
    }
    if let Some(w) = rest.strip_prefix('W') {
        let w: u32 = w.parse().ok()?;
        let monday = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
        return Some((monday, NaiveDate::from_isoywd_opt(y, w, Weekday::Sun)?));
    }
    match rest.split_once('-') {
        None if rest.len() == 2 => {
            let m: u32 = rest.parse().ok()?;
            months(y, m, m)
        }
        Some((m, d)) if m.len() == 2 && d.len() == 2 => {
            let day = NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)?;
            Some((day, day))
        }
        _ => None,
    }
}

/// First day of month `a` to the last day of month `b` of year `y`.
fn months(y: i32, a: u32, b: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(y, a, 1)?;
    let next = if b == 12 { NaiveDate::from_ymd_opt(y + 1, 1, 1)? } else { NaiveDate::from_ymd_opt(y, b + 1, 1)? };
    Some((first, next.pred_opt()?)).filter(|(f, l)| f.year() == l.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_granularity_has_its_interval() {
        assert_eq!(interval("2019-04-15"), Some((d("2019-04-15"), d("2019-04-15"))));
        assert_eq!(interval("2019-W04"), Some((d("2019-01-21"), d("2019-01-27"))));
        assert_eq!(interval("2020-W53"), Some((d("2020-12-28"), d("2021-01-03"))), "an ISO week crosses the year");
        assert_eq!(interval("2024-02"), Some((d("2024-02-01"), d("2024-02-29"))));
        assert_eq!(interval("2019-Q3"), Some((d("2019-07-01"), d("2019-09-30"))));
        assert_eq!(interval("2019-Q4"), Some((d("2019-10-01"), d("2019-12-31"))));
        assert_eq!(interval("2021-H1"), Some((d("2021-01-01"), d("2021-06-30"))));
        assert_eq!(interval("2015"), Some((d("2015-01-01"), d("2015-12-31"))));
        assert_eq!(interval("2022/2023"), Some((d("2022-01-01"), d("2023-12-31"))));
    }

    #[test]
    fn other_values_have_none() {
        for v in ["", "2019-Q5", "2019-W54", "2019-13", "2019-02-30", "19", "2019-4-1", "the 2020s", "2023/2022"] {
            assert_eq!(interval(v), None, "{v}");
        }
    }
}
