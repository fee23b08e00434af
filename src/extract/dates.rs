//! Calendar expressions normalised to ISO 8601 (spec §3, §7).
//!
//! Three steps: [`grammar`] finds date expressions in the raw text and says
//! what each one is ("Jan. 22" is a month and a day, "last week" is one week
//! back); [`context`] reads the tense of the clause around it; [`resolve`]
//! turns it into an ISO value at its own granularity against the document
//! date. [`docdate`] infers the document date from the text when metadata
//! gives none.
//!
//! Conventions (they follow the gold files):
//! - Spans are the date words themselves, with their modifier ("last month",
//!   "next Tuesday", "the weekend", "November last year"), without
//!   prepositions or vague qualifiers ("Wednesday" in "early Wednesday
//!   morning", "August" in "mid-August", "this week" in "earlier this week").
//! - A weekday is the most recent one on or before the document date, or the
//!   coming one (on or after it) when the clause speaks of the future; a day
//!   or month without a year likewise (most recent unless future).
//! - Expressions that need the document date (weekdays, "yesterday", "last
//!   year", "in March", "Jan. 22") are **dropped** when it is unknown: a row
//!   without a value would only count as a wrong value. `relative` is true for
//!   every value that was resolved against the document date.
//! - Not dates: durations ("two years", "the past week"), vague spans
//!   ("recently", "the 2020s", "summer"), times of day, ages, years that are
//!   counts ("2015 employees").

mod calendar;
mod context;
mod docdate;
mod grammar;

use super::analysis::Analysis;
use super::analysis::{Bytes, Span};
use super::{DateMention, Granularity};
use crate::document::DateSource;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use context::Tense;
use grammar::{Candidate, Kind, Shift};

/// Dates in the document (byte offsets), relative ones resolved against `doc_date`.
pub fn extract(a: &Analysis, doc_date: Option<NaiveDate>) -> Vec<DateMention<Bytes>> {
    grammar::candidates(a)
        .into_iter()
        .filter_map(|c| {
            let (value, granularity, relative) = resolve(a, &c, doc_date)?;
            Some(DateMention {
                span: Span::new(c.start, c.end),
                text: a.text[c.start..c.end].to_string(),
                sentence: a.sentence_of(c.start),
                value,
                granularity,
                relative,
            })
        })
        .collect()
}

/// The document's publication date inferred from its text, with how it was found
/// (a social post, a dateline, the text); `None` when nothing is convincing.
pub fn infer_document_date(a: &Analysis) -> Option<(NaiveDate, DateSource)> {
    docdate::infer(a)
}

/// Should a day or month without a year be taken in the future, given how
/// far back its most recent occurrence lies and how far ahead its next one?
/// Future tense says yes, past tense no; with no cue the past wins unless the
/// next occurrence is less than half as far. A future cue beyond a comma
/// does not carry a date more than half a year ahead.
fn take_future(a: &Analysis, c: &Candidate, back: i64, ahead: i64, half_year: i64) -> bool {
    match context::tense_near(a, c.start, c.end) {
        (Tense::Future, far) => !far || ahead <= half_year || back > ahead,
        (Tense::Past, _) => false,
        (Tense::Unknown, _) => ahead * 2 < back,
    }
}

/// ISO value, granularity and relative flag of a candidate; `None` when it
/// needs a document date that is unknown.
fn resolve(a: &Analysis, c: &Candidate, doc: Option<NaiveDate>) -> Option<(String, Granularity, bool)> {
    // Absolute forms first: no document date needed.
    match c.kind {
        Kind::Day(d) => return Some((calendar::day(d), Granularity::Day, false)),
        Kind::MonthYear(y, m) => return Some((calendar::month(y, m), Granularity::Month, false)),
        Kind::Year(y) => return Some((calendar::year(y), Granularity::Year, false)),
        Kind::SplitYear(y) => return Some((calendar::split_year(y), Granularity::Year, false)),
        Kind::Quarter(y, q) => return Some((calendar::quarter(y, q), Granularity::Quarter, false)),
        _ => {}
    }
    let d = doc?;
    let out = match c.kind {
        Kind::MonthDay(m, dd) => {
            let past = calendar::month_day_near(d, m, dd, true);
            let fut = calendar::month_day_near(d, m, dd, false);
            let back = past.map_or(i64::MAX / 4, |p| (d - p).num_days());
            let ahead = fut.map_or(i64::MAX / 4, |f| (f - d).num_days());
            // A day just gone is not pushed a year ahead by a present tense ("the season kicks off on 16 August").
            let future = take_future(a, c, back, ahead, 183) && !(back <= 7 && ahead > 180);
            let pick = if future { fut.or(past) } else { past.or(fut) };
            (calendar::day(pick?), Granularity::Day)
        }
        Kind::Month(m, shift) => {
            let y = match shift {
                Shift::Plain => {
                    let py = calendar::month_year_near(d, m, true);
                    let fy = calendar::month_year_near(d, m, false);
                    let back = calendar::months_between(py, m, d.year(), d.month()) as i64;
                    let ahead = calendar::months_between(d.year(), d.month(), fy, m) as i64;
                    if take_future(a, c, back, ahead, 6) { fy } else { py }
                }
                Shift::Last => {
                    if m < d.month() {
                        d.year()
                    } else {
                        d.year() - 1
                    }
                }
                Shift::Next => {
                    if m > d.month() {
                        d.year()
                    } else {
                        d.year() + 1
                    }
                }
                Shift::This => d.year(),
            };
            (calendar::month(y, m), Granularity::Month)
        }
        Kind::MonthOfRelYear(m, off) => (calendar::month(d.year() + off, m), Granularity::Month),
        Kind::QuarterAlone(q) => {
            // Quarters are mostly reported after the fact ("will report fourth-quarter
            // results" in January): the future only for a quarter not just gone.
            let py = calendar::quarter_year_near(d, q, true);
            let back = (d.year() - py) * 4 + calendar::quarter_of(d.month()) as i32 - q as i32;
            let fut = back >= 2 && context::tense(a, c.start, c.end) == Tense::Future;
            (calendar::quarter(calendar::quarter_year_near(d, q, !fut), q), Granularity::Quarter)
        }
        Kind::QuarterOfRelYear(q, off) => (calendar::quarter(d.year() + off, q), Granularity::Quarter),
        Kind::Weekday(wd, shift) => {
            let day = match shift {
                Shift::Plain => {
                    if context::tense(a, c.start, c.end) == Tense::Future {
                        calendar::weekday_on_or_after(d, wd, false)
                    } else {
                        calendar::weekday_on_or_before(d, wd, false)
                    }
                }
                Shift::Last => calendar::weekday_on_or_before(d, wd, true),
                Shift::Next => calendar::weekday_on_or_after(d, wd, true),
                Shift::This => calendar::weekday_in_week(d, wd),
            };
            (calendar::day(day), Granularity::Day)
        }
        Kind::DayRel(n) => (calendar::day(d + Duration::days(n)), Granularity::Day),
        Kind::WeekRel(n) => (calendar::week(d + Duration::days(7 * n)), Granularity::Week),
        Kind::MonthRel(n) => {
            let (y, m) = calendar::add_months(d.year(), d.month(), n);
            (calendar::month(y, m), Granularity::Month)
        }
        Kind::QuarterRel(n) => {
            let (y, q) = calendar::add_quarters(d.year(), calendar::quarter_of(d.month()), n);
            (calendar::quarter(y, q), Granularity::Quarter)
        }
        Kind::YearRel(n) => (calendar::year(d.year() + n), Granularity::Year),
        Kind::Weekend(shift) => {
            let on_weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
            let past = if on_weekend { d } else { d - Duration::days(7) };
            let tense = context::tense(a, c.start, c.end);
            let day = match shift {
                Shift::Plain if tense == Tense::Future => d,
                Shift::Plain => past,
                Shift::This if tense == Tense::Past => past,
                Shift::This => d,
                Shift::Last => d - Duration::days(7),
                Shift::Next => d + Duration::days(7),
            };
            (calendar::week(day), Granularity::Week)
        }
        Kind::NewYear => (calendar::year(if d.month() >= 10 { d.year() + 1 } else { d.year() }), Granularity::Year),
        Kind::Day(_) | Kind::MonthYear(..) | Kind::Year(_) | Kind::SplitYear(_) | Kind::Quarter(..) => unreachable!(),
    };
    Some((out.0, out.1, true))
}

#[cfg(test)]
mod tests;
