//! Ranges of months and days share their year: "January-June 1996",
//! "Nov. 28 to Dec. 3", "between March and May".
//!
//! Each end of a range is first resolved on its own; an end without a year
//! then takes the year that puts it next to the other end: the year written
//! on the other end ("January-April 1995"), else the year of the end that
//! keeps both ends on the side of the document date they took alone. A
//! yearly day that ends a range comes after its start: "between Labor Day
//! and Election Day" is the Election Day after that Labor Day
//! ([`order_yearly_ends`]).

use super::super::Granularity;
use super::super::analysis::Analysis;
use super::anchors::day_of;
use super::calendar;
use super::grammar::{Candidate, Kind, Shift, YearRef, Yearly};
use super::resolve::Resolved;
use crate::lexicon::DATE_RANGE_JOINERS;
use chrono::{Datelike, NaiveDate};

/// Month and day (0 for a whole month) of a candidate, and whether its year was written.
fn month_day(k: Kind) -> Option<(u32, u32, bool)> {
    match k {
        Kind::Month(m, Shift::Plain) => Some((m, 0, false)),
        Kind::MonthDay(m, d, None) => Some((m, d, false)),
        Kind::MonthYear(_, m) => Some((m, 0, true)),
        Kind::Day(d) => Some((d.month(), d.day(), true)),
        _ => None,
    }
}

/// Is the text between two candidates a range joiner ("-", "to"), or "and" after "between"?
fn joined(a: &Analysis, x: &Candidate, y: &Candidate) -> bool {
    let gap = a.text[x.end..y.start].trim();
    if DATE_RANGE_JOINERS.contains(gap.to_ascii_lowercase().as_str()) {
        return true;
    }
    gap.eq_ignore_ascii_case("and") && a.text[..x.start].trim_end().to_ascii_lowercase().ends_with("between")
}

/// The year of a resolved value ("1996-05", "1996-05-21").
fn year_of(v: &Resolved) -> Option<i32> {
    v.0.get(..4)?.parse().ok()
}

/// The value of month `m`, day `d` (0: the whole month) in year `y`, at the granularity of `v`.
fn with_year(v: &Resolved, y: i32, m: u32, d: u32) -> Option<Resolved> {
    let s = match v.1 {
        Granularity::Month => calendar::month(y, m),
        Granularity::Day => calendar::day(NaiveDate::from_ymd_opt(y, m, d)?),
        _ => return None,
    };
    Some((s, v.1, v.2))
}

/// Give the year-less end of each range (`out[i]` for `cands[i]`) the year that puts it next to the other end.
pub fn share_years(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>], doc: Option<NaiveDate>) {
    for i in 1..cands.len() {
        let (x, y) = (&cands[i - 1], &cands[i]);
        let (Some((m1, d1, abs1)), Some((m2, d2, abs2))) = (month_day(x.kind), month_day(y.kind)) else { continue };
        if (abs1 && abs2) || !joined(a, x, y) {
            continue;
        }
        let (Some(v1), Some(v2)) = (out[i - 1].clone(), out[i].clone()) else { continue };
        let (Some(y1), Some(y2)) = (year_of(&v1), year_of(&v2)) else { continue };
        // Does the range wrap into the next year ("Nov. 28 to Jan. 3")?
        let wraps = (m2, d2) < (m1, d1);
        // Which end keeps its year: a written one; else the one whose choice
        // leaves both ends on the side of the document date they took alone
        // ("stalled between January and March" in January: last year's
        // January); else the one nearer the document date.
        let keep_start = if abs1 != abs2 {
            abs1
        } else {
            let Some(doc) = doc else { continue };
            let at = |y: i32, m: u32, d: u32| (y * 12 + m as i32) * 32 + d as i32;
            let now = at(doc.year(), doc.month(), if d1 == 0 || d2 == 0 { 0 } else { doc.day() });
            let past = |y: i32, m: u32, d: u32| at(y, m, d) <= now;
            let start_ok = past(y1 + i32::from(wraps), m2, d2) == past(y2, m2, d2);
            let end_ok = past(y2 - i32::from(wraps), m1, d1) == past(y1, m1, d1);
            if start_ok != end_ok { start_ok } else { (at(y1, m1, 0) - now).abs() <= (at(y2, m2, 0) - now).abs() }
        };
        if keep_start {
            out[i] = with_year(&v2, y1 + i32::from(wraps), m2, d2).or(out[i].take());
        } else {
            out[i - 1] = with_year(&v1, y2 - i32::from(wraps), m1, d1).or(out[i - 1].take());
        }
    }
}

/// Move the year-less yearly day that ends a range (`out[i]` for `cands[i]`) to its first occurrence
/// on or after the range's start, when taken alone it fell before it ("between Labor Day and
/// Election Day"). `on(rule, year)` gives a yearly day's date in a year.
pub fn order_yearly_ends(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>], on: impl Fn(Yearly, i32) -> Option<NaiveDate>) {
    for i in 1..cands.len() {
        let (x, y) = (&cands[i - 1], &cands[i]);
        let Kind::Yearly(rule, YearRef::Near(Shift::Plain)) = y.kind else { continue };
        if !joined(a, x, y) {
            continue;
        }
        let (Some(start), Some(end)) = (day_of(&out[i - 1]), day_of(&out[i])) else { continue };
        if end >= start {
            continue;
        }
        if let Some(d) = (start.year()..=start.year() + 1).filter_map(|yr| on(rule, yr)).find(|d| *d >= start) {
            out[i] = Some((calendar::day(d), Granularity::Day, true));
        }
    }
}
