//! Resolving what the grammar found to ISO values at their own granularity.
//!
//! Absolute forms need nothing else; a two-digit year takes the century that
//! puts it in the document's past (or a few years on, for a fiscal year, a
//! quarter or a future clause); everything else is placed against the
//! document date, with the tense of its clause choosing between the last and
//! the coming occurrence; a quarter counted back ("the year-ago quarter") is
//! counted from the quarter the text is discussing.

use super::super::Granularity;
use super::super::analysis::Analysis;
use super::anchors;
use super::calendar;
use super::context::{self, Tense};
use super::grammar::{Candidate, Kind, Shift, Short, YearRef, Yearly};
use super::holidays;
use super::ranges;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// An ISO value, its granularity, and whether the document date placed it.
pub type Resolved = (String, Granularity, bool);

/// Years ahead of the document's year that a two-digit fiscal year or quarter
/// ("FY26", "Q1'27"), or a two-digit year in a future clause, may name.
const TWO_DIGIT_AHEAD: i32 = 10;
/// Years ahead of the document's year that any two-digit year may name: the
/// next year is far likelier than a century ago ("'97" in a late-1996 text).
const TWO_DIGIT_NEXT: i32 = 1;
/// Latest year a two-digit year names when the document date is unknown ("'49"
/// is 2049, "'50" is 1950), the pivot of RFC 5280's two-digit years.
const TWO_DIGIT_LATEST: i32 = 2049;

/// Values of every candidate (in order), `None` where it needs a document date that is unknown.
pub fn all(a: &Analysis, cands: &[Candidate], doc: Option<NaiveDate>) -> Vec<Option<Resolved>> {
    let mut out: Vec<Option<Resolved>> = cands.iter().map(|c| one(a, c, doc)).collect();
    // The quarters the text discusses, in order: a quarter counted back is
    // counted from the nearest one before it, else after it, else from the
    // last quarter completed before the document date (earnings reports).
    let discussed: Vec<(usize, (i32, u32))> = out
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().filter(|r| r.1 == Granularity::Quarter).and_then(|r| Some((i, calendar::parse_quarter(&r.0)?))))
        .collect();
    for (i, c) in cands.iter().enumerate() {
        let Kind::QuarterBack(years, quarters) = c.kind else { continue };
        let k = discussed.partition_point(|(j, _)| *j < i);
        let near = if k > 0 { discussed.get(k - 1) } else { discussed.get(k) };
        let base = near.map(|x| x.1).or_else(|| doc.map(|d| calendar::add_quarters(d.year(), calendar::quarter_of(d.month()), -1)));
        out[i] = base.map(|(y, q)| {
            let (y, q) = calendar::add_quarters(y, q, -(4 * years + quarters));
            (calendar::quarter(y, q), Granularity::Quarter, true)
        });
    }
    anchors::years_back(a, cands, &mut out);
    ranges::share_years(a, cands, &mut out, doc);
    ranges::order_yearly_ends(a, cands, &mut out, |rule, y| yearly_rule(rule)(y));
    anchors::inherit_years(a, cands, &mut out, doc);
    anchors::list_years(a, cands, &mut out);
    anchors::years_of_sentence(a, cands, &mut out, |rule, y| yearly_rule(rule)(y));
    anchors::place_weekdays(a, cands, &mut out, doc);
    out
}

/// Should a day or month without a year be taken in the future, given how
/// far back its most recent occurrence lies and how far ahead its next one?
/// Future tense says yes, past tense no; with no cue the past wins unless the
/// next occurrence is less than half as far. A future cue beyond a comma
/// does not carry a date more than half a year ahead.
fn take_future(a: &Analysis, c: &Candidate, back: i64, ahead: i64, half_year: i64) -> bool {
    // A date that modifies a noun after a determiner or a possessive ("for
    // the Aug. 31 qualifier", "a May 21 meeting", "the president's July 25
    // call") names an event, not the clause's time: the nearer occurrence ("the
    // first of March" is no such modifier). A past clause keeps one ahead only
    // within a quarter ("picked its candidate for the March 4 primary", not
    // "was arrested in April for the March 21 call").
    let named_first = a.text[c.start..].starts_with(|ch: char| ch.is_uppercase());
    if named_first && !a.tokens.is_empty() && context::event_modifier(a, a.tok_at(c.start)) {
        // A past verb after it still counts ("the May rebellion ended"); a future one there mostly
        // belongs to another clause ("the police at the October brawl be punished"). The start of
        // a change or a stretch is past ("down from the March high", "since the June vote").
        if context::tense_after(a, c.start, c.end) == Tense::Past || context::change_start_before(a, a.tok_at(c.start)) {
            return false;
        }
        let past_clause = context::tense(a, c.start, c.end) == Tense::Past;
        return ahead < back && (!past_clause || ahead <= EVENT_AHEAD_IN_PAST);
    }
    match context::tense_near(a, c.start, c.end) {
        (Tense::Future, far) => !far || ahead <= half_year || back > ahead,
        (Tense::Past, _) => false,
        (Tense::Unknown, _) => ahead * 2 < back,
    }
}

/// The occurrence of a yearly day (`on(year)`) that the clause means: the last
/// one before the document date `d`, or the coming one.
fn yearly_pick(a: &Analysis, c: &Candidate, d: NaiveDate, on: impl Fn(i32) -> Option<NaiveDate>) -> Option<NaiveDate> {
    let past = calendar::yearly_near(d, true, &on);
    let fut = calendar::yearly_near(d, false, &on);
    let back = past.map_or(i64::MAX / 4, |p| (d - p).num_days());
    let ahead = fut.map_or(i64::MAX / 4, |f| (f - d).num_days());
    // A day just gone is not pushed a year ahead by a present tense ("the season kicks off on 16 August");
    // one only days ahead is not pushed a year back by a past one (see [`SOON`]).
    // A future seen from the past ("said it would close on Oct. 31") is the nearer occurrence.
    let future = if context::future_in_past(a, c.start, c.end) {
        ahead < back
    } else {
        ahead <= SOON || (take_future(a, c, back, ahead, 183) && !(back <= 7 && ahead > 180))
    };
    if future { fut.or(past) } else { past.or(fut) }
}

/// Days ahead within which an event named by its date in a past clause is the
/// coming one ("picked its candidate for the March 4 primary").
const EVENT_AHEAD_IN_PAST: i64 = 92;

/// Days ahead of the document date within which a year-less day or holiday is
/// the coming one even in a past clause: news writes a day of last year with
/// its year ("Aug. 25 last year", "Aug. 25, 2024"), so "was named for the Aug.
/// 31 match" a week before is this year's.
const SOON: i64 = 31;

/// A month and day whose weekday is written ("Saturday, April 25"): the year in
/// which they agree nearest the document date `d`, on the side the tense gives
/// (ahead at most two years).
fn weekday_day(a: &Analysis, c: &Candidate, d: NaiveDate, m: u32, dd: u32, wd: Weekday) -> Option<NaiveDate> {
    let on = |y| NaiveDate::from_ymd_opt(y, m, dd).filter(|x| x.weekday() == wd);
    let past = calendar::yearly_near(d, true, on);
    let fut = calendar::yearly_near(d, false, on);
    // A schedule more than two years ahead would be written with its year: the past one then.
    let fut = fut.filter(|f| (*f - d).num_days() <= 2 * 366).or(fut.filter(|_| past.is_none()));
    match context::tense(a, c.start, c.end) {
        Tense::Past => past.or(fut),
        Tense::Future => fut.or(past),
        Tense::Unknown => match (past, fut) {
            (Some(p), Some(f)) => Some(if f - d < d - p { f } else { p }),
            (p, f) => p.or(f),
        },
    }
}

/// The day a yearly rule gives in the year `year` names, against the document date `d`.
fn yearly(a: &Analysis, c: &Candidate, d: NaiveDate, on: impl Fn(i32) -> Option<NaiveDate>, year: YearRef) -> Option<NaiveDate> {
    let day = Duration::days(1);
    match year {
        YearRef::Abs(y) => on(y),
        YearRef::Rel(off) => on(d.year() + off),
        YearRef::Near(Shift::Plain) => yearly_pick(a, c, d, on),
        YearRef::Near(Shift::Last) => calendar::yearly_near(d - day, true, on),
        YearRef::Near(Shift::Next) => calendar::yearly_near(d + day, false, on),
        // "this Christmas" in a future clause, this year's gone: the coming one.
        YearRef::Near(Shift::This) => match on(d.year()) {
            Some(x) if x < d && context::tense(a, c.start, c.end) == Tense::Future => on(d.year() + 1),
            x => x,
        },
    }
}

/// The rule of a yearly day, as a function of the year.
fn yearly_rule(rule: Yearly) -> impl Fn(i32) -> Option<NaiveDate> {
    move |y| match rule {
        Yearly::Holiday(h) => holidays::LIST.get(h)?.on(y),
        Yearly::NthWeekday(m, n, wd) => calendar::nth_weekday(y, m, n, wd),
    }
}

/// The full year of a two-digit year: the century that puts it in the
/// document's past (or its next year), or up to [`TWO_DIGIT_AHEAD`] years on
/// for a fiscal year, a quarter or a clause in the future.
fn two_digit_year(a: &Analysis, c: &Candidate, yy: u32, short: Short, doc: Option<NaiveDate>) -> i32 {
    let Some(d) = doc else { return calendar::century(yy, TWO_DIGIT_LATEST) };
    let ahead = match short {
        Short::Fiscal | Short::Quarter(_) => TWO_DIGIT_AHEAD,
        _ if context::tense(a, c.start, c.end) == Tense::Future => TWO_DIGIT_AHEAD,
        _ => TWO_DIGIT_NEXT,
    };
    calendar::century(yy, d.year() + ahead)
}

/// ISO value, granularity and relative flag of a candidate; `None` when it
/// needs a document date that is unknown (or a quarter under discussion: see [`all`]).
fn one(a: &Analysis, c: &Candidate, doc: Option<NaiveDate>) -> Option<Resolved> {
    // Absolute forms first: no document date needed.
    match c.kind {
        Kind::Day(d) => return Some((calendar::day(d), Granularity::Day, false)),
        Kind::MonthYear(y, m) => return Some((calendar::month(y, m), Granularity::Month, false)),
        Kind::Year(y) => return Some((calendar::year(y), Granularity::Year, false)),
        Kind::SplitYear(y) => return Some((calendar::split_year(y), Granularity::Year, false)),
        Kind::Quarter(y, q) => return Some((calendar::quarter(y, q), Granularity::Quarter, false)),
        Kind::Yearly(rule, YearRef::Abs(y)) => return Some((calendar::day(yearly_rule(rule)(y)?), Granularity::Day, false)),
        Kind::TwoDigit(yy, short) => {
            let y = two_digit_year(a, c, yy, short, doc);
            return Some(match short {
                Short::Day(m, d) => (calendar::day(NaiveDate::from_ymd_opt(y, m, d)?), Granularity::Day, false),
                Short::Month(m) => (calendar::month(y, m), Granularity::Month, false),
                Short::Year | Short::Fiscal => (calendar::year(y), Granularity::Year, false),
                Short::Quarter(q) => (calendar::quarter(y, q), Granularity::Quarter, false),
            });
        }
        Kind::QuarterBack(..) | Kind::YearBack(_) => return None,
        _ => {}
    }
    let d = doc?;
    let out = match c.kind {
        Kind::MonthDay(m, dd, None) => (calendar::day(yearly_pick(a, c, d, |y| NaiveDate::from_ymd_opt(y, m, dd))?), Granularity::Day),
        Kind::MonthDay(m, dd, Some(wd)) => (calendar::day(weekday_day(a, c, d, m, dd, wd)?), Granularity::Day),
        Kind::Yearly(rule, year) => (calendar::day(yearly(a, c, d, yearly_rule(rule), year)?), Granularity::Day),
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
                // "this March" in a future clause, March gone: the coming one.
                Shift::This if m < d.month() && context::tense(a, c.start, c.end) == Tense::Future => d.year() + 1,
                Shift::This => d.year(),
            };
            (calendar::month(y, m), Granularity::Month)
        }
        Kind::ContractMonth(m) => (calendar::month(if m >= d.month() { d.year() } else { d.year() + 1 }, m), Granularity::Month),
        Kind::DataMonth(m) => (calendar::month(calendar::month_year_near(d, m, true), m), Granularity::Month),
        Kind::DayOfRelMonth(dd, off) => {
            let (y, m) = calendar::add_months(d.year(), d.month(), off);
            (calendar::day(NaiveDate::from_ymd_opt(y, m, dd)?), Granularity::Day)
        }
        Kind::NthWeekdayOfRelMonth(n, wd, off) => {
            let (y, m) = calendar::add_months(d.year(), d.month(), off);
            (calendar::day(calendar::nth_weekday(y, m, n, wd)?), Granularity::Day)
        }
        Kind::MonthOfRelYear(m, off) => (calendar::month(d.year() + off, m), Granularity::Month),
        Kind::MonthDayOfRelYear(m, dd, off) => (calendar::day(NaiveDate::from_ymd_opt(d.year() + off, m, dd)?), Granularity::Day),
        // A game's quarter ("led by 33 points in the fourth quarter") is no date.
        Kind::QuarterAlone(_) if context::game_in_play(a, c.start) => return None,
        Kind::QuarterAlone(q) => {
            // Quarters are mostly reported after the fact ("will report fourth-quarter
            // results" in January): the future only for a quarter not just gone.
            let py = calendar::quarter_year_near(d, q, true);
            let back = (d.year() - py) * 4 + calendar::quarter_of(d.month()) as i32 - q as i32;
            // "could beat the first quarter ended May 4": a past verb right after wins.
            let fut =
                back >= 2 && context::tense(a, c.start, c.end) == Tense::Future && context::tense_after(a, c.start, c.end) != Tense::Past;
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
        Kind::WeekdayOfWeek(wd, n) => (calendar::day(calendar::weekday_in_week(d + Duration::days(7 * n), wd)), Granularity::Day),
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
        Kind::Day(_)
        | Kind::MonthYear(..)
        | Kind::Year(_)
        | Kind::SplitYear(_)
        | Kind::Quarter(..)
        | Kind::TwoDigit(..)
        | Kind::QuarterBack(..)
        | Kind::YearBack(_) => {
            unreachable!()
        }
    };
    Some((out.0, out.1, true))
}
