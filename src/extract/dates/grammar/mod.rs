//! The date grammar: patterns that find calendar expressions in raw text and
//! the shape of what each one found ([`Kind`]), before any resolution.
//!
//! Each pattern is a regex compiled once and run once over the text (linear
//! time); word-level checks that regexes cannot express (a capitalised month,
//! "May" as a verb, a year that is really a count) are made in code on the
//! match's neighbourhood. Overlaps are settled afterwards, longest first.

mod checks;
mod forms;
mod patterns;

use super::super::analysis::Analysis;
use super::super::numbers::cardinal_word;
use super::context::{lead, prev_is};
use crate::lexicon::{DURATION_LEAD, PERIOD_PART_LEAD, QUARTER_LEAD, RECURRING_LEAD};
use checks::{
    bare_month_ok, contract_month, data_month, date_cased, glued_number, historic_year, split_year_noun, today_ok, weekday_ok,
    year_in_context,
};
use chrono::{NaiveDate, Weekday};
use patterns::*;
pub use patterns::{WD_ALONE, YEAR, re, weekday_of};
use regex::Captures;

/// Modifier in front of a weekday, month or weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// No modifier: "March", "Friday".
    Plain,
    /// "last", "past", "this past": the previous one.
    Last,
    /// "this": the current one.
    This,
    /// "next", "coming": the following one.
    Next,
}

/// What a match says, before the document date resolves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A full calendar date: "January 22, 2025", "2025-01-22".
    Day(NaiveDate),
    /// A day without a year: "Jan. 22", "5 August", "March first"; with the
    /// weekday written beside it ("Saturday, April 25"), which picks the year.
    MonthDay(u32, u32, Option<Weekday>),
    /// "June 2024".
    MonthYear(i32, u32),
    /// A month name alone or with last/this/next: "in March", "last March".
    Month(u32, Shift),
    /// The delivery month of a futures contract or cargo: "March crude", "the December contract".
    /// Contracts trade ahead: the month on or after the document's.
    ContractMonth(u32),
    /// The month of a statistic ("July consumer prices"): data come out after their month, so the
    /// last one on or before the document's.
    DataMonth(u32),
    /// A day of a month counted from the document's: "the 15th of this month" (15, 0).
    DayOfRelMonth(u32, i32),
    /// The nth weekday (-1 the last) of a month counted from the document's: "the first Monday of
    /// next month" (1, Monday, 1).
    NthWeekdayOfRelMonth(i32, Weekday, i32),
    /// A month with a relative year: "November last year" (-1).
    MonthOfRelYear(u32, i32),
    /// Month and day of a year counted from the document's: "Aug. 25 last year" (8, 25, -1).
    MonthDayOfRelYear(u32, u32, i32),
    /// "2015", "fiscal 2020".
    Year(i32),
    /// "2022/23", "2025/2026": the first year.
    SplitYear(i32),
    /// "Q3 2019", "the third quarter of 2019".
    Quarter(i32, u32),
    /// "the third quarter", "Q3": year from context.
    QuarterAlone(u32),
    /// "the fourth quarter of last year" (-1).
    QuarterOfRelYear(u32, i32),
    /// Weekday with its modifier: "Wednesday", "next Tuesday".
    Weekday(Weekday, Shift),
    /// A weekday of a week counted from the document date's: "Tuesday last week" (-1).
    WeekdayOfWeek(Weekday, i64),
    /// Days from the document date: "yesterday" (-1), "the day before yesterday" (-2), "last night" (-1),
    /// "this morning" (0), "three days ago" (-3).
    DayRel(i64),
    /// Weeks from the document date's week: "last week" (-1).
    WeekRel(i64),
    /// Months from the document date's month: "next month" (+1).
    MonthRel(i32),
    /// Quarters from the document date's quarter: "last quarter" (-1).
    QuarterRel(i32),
    /// Years from the document date's year: "this year" (0).
    YearRel(i32),
    /// "the weekend" (Plain), "this weekend", "last weekend", "next weekend".
    Weekend(Shift),
    /// "the new year".
    NewYear,
    /// A date whose year is written with two digits ("10/31/74", "'98", "Q1'17"):
    /// the two digits and what they date; the century comes from the document date.
    TwoDigit(u32, Short),
    /// A day that recurs each year (a holiday, "the first Tuesday of October") and which year's.
    Yearly(Yearly, YearRef),
    /// A quarter counted back from the quarter the text is discussing: years, then
    /// quarters ("the year-ago quarter" is (1, 0), "the previous quarter" (0, 1)).
    QuarterBack(i32, i32),
    /// A year counted from the year the text is telling: "the previous year" (-1),
    /// "the following year" (+1).
    YearBack(i32),
}

/// What a two-digit year dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Short {
    /// A day: "10/31/74", "Jan. 5, '98", "05-Aug-16".
    Day(u32, u32),
    /// A month: "March '98".
    Month(u32),
    /// The year: "'98".
    Year,
    /// A fiscal year, often named ahead: "FY26".
    Fiscal,
    /// A quarter, often named ahead: "Q1'26", "1Q26".
    Quarter(u32),
}

/// A day that recurs each year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Yearly {
    /// A holiday: its index in the lexicon's holiday list.
    Holiday(usize),
    /// The n-th weekday of a month (-1: the last one): month, n, weekday.
    NthWeekday(u32, i32, Weekday),
}

/// Which year a yearly day is taken in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// The year written: "Christmas 2019".
    Abs(i32),
    /// Years from the document date's year: "Christmas last year" (-1).
    Rel(i32),
    /// The occurrence nearest the document date, with its modifier: "on Labor Day", "last Christmas".
    Near(Shift),
}

/// A date expression found in the text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Byte offset of the expression's first character.
    pub start: usize,
    /// Byte offset after its last character.
    pub end: usize,
    /// What the expression says.
    pub kind: Kind,
}

/// A day of a month with its year, or without one (the year comes from context
/// and from the weekday written beside it, if any).
fn day_kind(year: Option<&str>, m: u32, d: u32, wd: Option<Weekday>) -> Option<Kind> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y.parse().ok()?, m, d).map(Kind::Day),
        // 2024 is a leap year: "Feb. 29" is a valid day without a year.
        None if (1..=31).contains(&d) && NaiveDate::from_ymd_opt(2024, m, d).is_some() => Some(Kind::MonthDay(m, d, wd)),
        None => None,
    }
}

/// A two- or four-digit year: "19" -> 2019, "2019" -> 2019.
fn full_year(s: &str) -> i32 {
    let n: i32 = s.parse().unwrap_or(0);
    if s.len() == 2 { 2000 + n } else { n }
}

/// Count of an "ago" phrase: "a"/"an", a number word ("two") or digits.
pub fn ago_count(s: &str) -> Option<i64> {
    if s.eq_ignore_ascii_case("a") || s.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    cardinal_word(s).map(i64::from).or_else(|| s.parse().ok())
}

/// The shift a modifier gives: "last"/"past" back, "next"/"coming" ahead, "this past" back.
fn shift_of(m: Option<&str>) -> Shift {
    let m = m.map(|m| m.to_ascii_lowercase());
    match m.as_deref().map(|s| s.split_whitespace().next().unwrap_or("")) {
        Some("last") | Some("past") => Shift::Last,
        Some("next") | Some("coming") => Shift::Next,
        Some("this") if m.as_deref().is_some_and(|s| s.contains("past")) => Shift::Last,
        Some("this") => Shift::This,
        _ => Shift::Plain,
    }
}

/// Years from this one that "last", "this" or "next" (year) means.
fn rel_offset(w: &str) -> i32 {
    match w.to_ascii_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

/// Byte range of a whole match.
fn span(c: &Captures) -> (usize, usize) {
    let m = c.get(0).unwrap();
    (m.start(), m.end())
}

/// The month of a match's "mon" group, if it is written as a date word ("March", "MARCH", not "march").
fn cased_month(c: &Captures) -> Option<u32> {
    let mon = c.name("mon")?.as_str();
    month_number(mon).filter(|_| date_cased(mon))
}

/// The weekday of a match's "wd" group, unless it is not one ("sat 5 June", "Super Tuesday, March 5").
fn weekday_written(a: &Analysis, c: &Captures) -> Option<Weekday> {
    c.name("wd").filter(|w| date_cased(w.as_str()) && weekday_ok(a, w.start(), w.end())).and_then(|w| weekday_of(w.as_str()))
}

/// Every date expression of the text, overlaps settled (longest wins, then earliest).
pub fn candidates(a: &Analysis) -> Vec<Candidate> {
    let t = a.text;
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |s: usize, e: usize, kind: Kind| out.push(Candidate { start: s, end: e, kind });

    for c in MONTH_DAY.captures_iter(t) {
        let (mut s, e) = span(&c);
        let Some(m) = cased_month(&c) else { continue };
        let wd = weekday_written(a, &c);
        if wd.is_none() {
            s = c.name("mon").unwrap().start();
        }
        let d: u32 = c["day"].parse().unwrap_or(0);
        let day_end = c.name("day").unwrap().end();
        let after = t[day_end..].chars().take(2).collect::<Vec<_>>();
        let decimal = after.len() == 2 && matches!(after[0], '.' | ',' | ':') && after[1].is_ascii_digit();
        if c.name("year").is_none() && (decimal || after.first() == Some(&'%')) {
            continue; // "May 5.5", "March 3:30"; "January 30-31" is a day
        }
        // "May" alone before a number is rarely a date unless a day follows cleanly.
        if let Some(kind) = day_kind(c.name("year").map(|y| y.as_str()), m, d, wd) {
            push(s, e, kind);
        }
    }
    for c in DAY_MONTH.captures_iter(t) {
        let (mut s, e) = span(&c);
        let Some(m) = cased_month(&c) else { continue };
        let day = c.name("day").unwrap();
        let wd = weekday_written(a, &c);
        if wd.is_none() {
            s = day.start();
        }
        if glued_number(t, day.start(), day.start()) {
            continue; // "$5 March", "1.5 March"
        }
        let d: u32 = day.as_str().parse().unwrap_or(0);
        if let Some(kind) = day_kind(c.name("year").map(|y| y.as_str()), m, d, wd) {
            push(s, e, kind);
        }
    }
    for c in MONTH_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(m) = cased_month(&c) else { continue };
        if glued_number(t, s, e) {
            continue;
        }
        push(s, e, Kind::MonthYear(c["year"].parse().unwrap(), m));
    }
    for c in MONTH_REL_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(m) = cased_month(&c) else { continue };
        push(s, e, Kind::MonthOfRelYear(m, rel_offset(&c["rel"])));
    }
    for c in DAY_REL_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(mon) = c.name("mon").or_else(|| c.name("mon2")) else { continue };
        let Some(m) = month_number(mon.as_str()).filter(|_| date_cased(mon.as_str())) else { continue };
        let d: u32 = c.name("day").or_else(|| c.name("day2")).map_or(0, |d| d.as_str().parse().unwrap_or(0));
        if (1..=31).contains(&d) && NaiveDate::from_ymd_opt(2024, m, d).is_some() {
            push(s, e, Kind::MonthDayOfRelYear(m, d, rel_offset(&c["rel"])));
        }
    }
    for c in MONTH_ALONE.captures_iter(t) {
        let (s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        let shift = shift_of(c.name("shift").map(|x| x.as_str()));
        if shift == Shift::Plain && date_cased(mon.as_str()) && contract_month(a, mon.end()) {
            push(s, e, Kind::ContractMonth(m));
            continue;
        }
        if !bare_month_ok(a, mon.start(), mon.end(), m, shift != Shift::Plain) {
            continue;
        }
        if shift == Shift::Plain && data_month(a, mon.end()) {
            push(s, e, Kind::DataMonth(m));
            continue;
        }
        push(s, e, Kind::Month(m, shift));
    }
    for c in ISO.captures_iter(t) {
        let (s, e) = (span(&c).0, c.name("d").unwrap().end());
        if glued_number(t, s, e) {
            continue;
        }
        let (y, m, d) = (c["y"].parse().unwrap(), c["m"].parse().unwrap(), c["d"].parse().unwrap());
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            push(s, e, Kind::Day(date));
        }
    }
    for c in NUMERIC.captures_iter(t) {
        let (s, e) = span(&c);
        if glued_number(t, s, e) {
            continue;
        }
        let (x, z): (u32, u32) = (c["a"].parse().unwrap(), c["b"].parse().unwrap());
        let dotted = &c["sep"] == ".";
        if dotted && c["y"].len() == 2 {
            continue; // "1.5.25": a version number more likely than a date
        }
        // Day/month order: whichever is above 12 is the day; else US order
        // (month first) for slashes and European order for dots.
        let (m, d) = if x > 12 {
            (z, x)
        } else if z > 12 || !dotted {
            (x, z)
        } else {
            (z, x)
        };
        let yy = &c["y"];
        if yy.len() == 2 {
            if NaiveDate::from_ymd_opt(2024, m, d).is_some() {
                push(s, e, Kind::TwoDigit(yy.parse().unwrap(), Short::Day(m, d)));
            }
        } else if let Some(date) = NaiveDate::from_ymd_opt(yy.parse().unwrap(), m, d) {
            push(s, e, Kind::Day(date));
        }
    }
    for c in FISCAL.captures_iter(t) {
        let (s, e) = span(&c);
        let y = full_year(&c["y"]);
        match c.name("y2").map(|x| full_year(x.as_str())) {
            Some(y2) if y2 == y + 1 => push(s, e, Kind::SplitYear(y)),
            Some(_) => {}
            None if c["y"].len() == 2 => push(s, e, Kind::TwoDigit(c["y"].parse().unwrap(), Short::Fiscal)),
            None => push(s, e, Kind::Year(y)),
        }
    }
    for c in YEARS.captures_iter(t) {
        let y: i32 = c["y"].parse().unwrap();
        let ym = c.name("y").unwrap();
        match (c.name("sep"), c.name("y2")) {
            (Some(sep), Some(y2m)) => {
                let y2s = y2m.as_str();
                let mut y2 = if y2s.len() == 2 { y / 100 * 100 + y2s.parse::<i32>().unwrap() } else { y2s.parse().unwrap() };
                if y2s.len() == 2 && y2 < y {
                    y2 += 100; // "1999-00"
                }
                let (s, e) = span(&c);
                if glued_number(t, s, e) {
                    continue; // part of a longer numeric date
                }
                if y2 == y + 1 && (sep.as_str() == "/" || y2s.len() == 2 || split_year_noun(a, e)) {
                    push(s, e, Kind::SplitYear(y));
                } else if y2s.len() == 4 && y2 > y {
                    // A range "2015-2020": two years.
                    push(ym.start(), ym.end(), Kind::Year(y));
                    push(y2m.start(), y2m.end(), Kind::Year(y2));
                } else if y2s.len() == 4 || !glued_number(t, ym.start(), ym.end()) {
                    push(ym.start(), ym.end(), Kind::Year(y));
                }
            }
            _ => {
                if year_in_context(a, ym.start(), ym.end()) {
                    push(ym.start(), ym.end(), Kind::Year(y));
                }
            }
        }
    }
    for c in HISTORIC_YEARS.captures_iter(t) {
        let ym = c.name("y").unwrap();
        if historic_year(a, ym.start(), ym.end()) {
            push(ym.start(), ym.end(), Kind::Year(c["y"].parse().unwrap()));
        }
    }
    for c in Q_QUARTER.captures_iter(t) {
        let (s, e) = span(&c);
        if glued_number(t, s, e) {
            continue;
        }
        let q = c["q"][1..].parse().unwrap();
        match (c.name("y"), c.name("yy").or(c.name("fy"))) {
            (Some(y), _) => push(s, e, Kind::Quarter(y.as_str().parse().unwrap(), q)),
            (None, Some(yy)) => push(s, e, Kind::TwoDigit(yy.as_str().parse().unwrap(), Short::Quarter(q))),
            (None, None) => push(s, e, Kind::QuarterAlone(q)),
        }
    }
    for c in ORD_QUARTER.captures_iter(t) {
        let (mut s, e) = span(&c);
        if c.name("fin").is_some() && ["y", "rel", "py", "prel"].iter().all(|g| c.name(g).is_none()) {
            continue; // "the last quarter" alone: the previous one or the fourth? Too vague.
        }
        let q = match c.name("ord").map_or("fourth".to_string(), |o| o.as_str().to_ascii_lowercase()).as_str() {
            "first" | "1st" => 1,
            "second" | "2nd" => 2,
            "third" | "3rd" => 3,
            _ => 4,
        };
        let hyphen = c.name("hy").is_some_and(|h| h.as_str() == "-");
        if hyphen && let Some(the) = c.name("the") {
            // "the third-quarter results": "the" belongs to "results".
            s = t[the.end()..].find(|ch: char| !ch.is_whitespace()).map_or(s, |k| the.end() + k);
        }
        // "a third quarter of respondents" is a fraction: need "the", a hyphen, a year or a lead word.
        let year = c.name("y").or(c.name("py"));
        let rel = c.name("rel").or(c.name("prel"));
        let dated = c.name("the").is_some() || hyphen || year.is_some() || rel.is_some();
        if !dated && !prev_is(a, a.tok_at(s), &QUARTER_LEAD) {
            continue;
        }
        let kind = if let Some(y) = year {
            Kind::Quarter(y.as_str().parse().unwrap(), q)
        } else if let Some(r) = rel {
            Kind::QuarterOfRelYear(q, rel_offset(r.as_str()))
        } else {
            Kind::QuarterAlone(q)
        };
        push(s, e, kind);
    }
    for c in DAY_WORD.captures_iter(t) {
        let (s, e) = span(&c);
        let w = c[0].to_ascii_lowercase();
        let off = match w.as_str() {
            _ if w.ends_with("before yesterday") => -2,
            _ if w.ends_with("after tomorrow") => 2,
            "yesterday" => -1,
            "tomorrow" => 1,
            "today" | "tonight" => 0,
            _ if w.starts_with("this") => 0, // this morning
            _ => -1,                         // last night
        };
        if w == "today" && !today_ok(a, s, e) {
            continue;
        }
        push(s, e, Kind::DayRel(off));
    }
    for c in UNIT_REL.captures_iter(t) {
        let (s, e) = span(&c);
        let m = c["m"].to_ascii_lowercase();
        let u = c["u"].to_ascii_lowercase();
        if prev_is(a, a.tok_at(s), &DURATION_LEAD) {
            continue; // "the last year", "over the next month": durations
        }
        let shift = shift_of(Some(&m));
        if m == "the" {
            if u == "weekend" {
                push(s, e, Kind::Weekend(Shift::Plain));
            } else if let Some(kind) = current_period(a, s, &u) {
                push(s, e, kind);
            }
            continue;
        }
        let off = match shift {
            Shift::Last => -1,
            Shift::Next => 1,
            _ => 0,
        };
        let kind = match u.as_str() {
            "week" => Kind::WeekRel(off as i64),
            "month" => Kind::MonthRel(off),
            "year" => Kind::YearRel(off),
            "quarter" => Kind::QuarterRel(off),
            _ => Kind::Weekend(shift),
        };
        push(s, e, kind);
    }
    for c in WEEKDAY.captures_iter(t) {
        let (s, e) = span(&c);
        let wdm = c.name("wd").unwrap();
        if c.name("pl").is_some() || !date_cased(wdm.as_str()) || !weekday_ok(a, s, e) {
            continue;
        }
        if prev_is(a, a.tok_at(s), &RECURRING_LEAD) {
            continue; // recurring: "every Monday"
        }
        let wd = weekday_of(wdm.as_str()).unwrap();
        // "past" alone after a word other than "the" is a preposition, not "this past": "keep the
        // government open past Friday's deadline" is Friday's, as the clause's tense says.
        let m = c.name("m");
        if m.is_some_and(|m| m.as_str().eq_ignore_ascii_case("past")) && !(a.tok_at(s) > 0 && a.low(a.tok_at(s) - 1) == "the") {
            push(wdm.start(), e, Kind::Weekday(wd, Shift::Plain));
            continue;
        }
        push(s, e, Kind::Weekday(wd, shift_of(m.map(|x| x.as_str()))));
    }
    for c in NEW_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let rest = &t[e..];
        if rest.starts_with("'s") || rest.starts_with("’s") {
            continue; // "New Year's Day/Eve": a holiday
        }
        push(s, e, Kind::NewYear);
    }
    for c in AGO.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(n) = ago_count(&c["n"]) else { continue };
        let kind = match c["u"].to_ascii_lowercase().as_str() {
            "day" => Kind::DayRel(-n),
            "week" => Kind::WeekRel(-n),
            "month" => Kind::MonthRel(-(n as i32)),
            _ => Kind::YearRel(-(n as i32)),
        };
        push(s, e, kind);
    }

    forms::candidates(a, &mut out);

    // Drop matches inside URLs and handles, then settle overlaps: longest first.
    let blocked: Vec<(usize, usize)> = NOT_TEXT.find_iter(t).map(|m| (m.start(), m.end())).collect();
    out.retain(|c| {
        let k = blocked.partition_point(|b| b.1 <= c.start);
        !(k < blocked.len() && blocked[k].0 < c.end)
    });
    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
    for c in out {
        match kept.last() {
            Some(p) if c.start < p.end => {
                // Overlap: keep the longer (the earlier one on ties).
                if c.end - c.start > p.end - p.start {
                    kept.pop();
                    kept.push(c);
                }
            }
            _ => kept.push(c),
        }
    }
    kept
}

/// "the month" or "the year" at byte `s` after a phrase of its part ("by the end of the month",
/// "earlier in the year"; `period_part_lead.txt`): the current one, unless this or the previous
/// sentence names a month (a year) it may refer to instead ("In March … by the end of the month").
fn current_period(a: &Analysis, s: usize, unit: &str) -> Option<Kind> {
    let first = a.tok_at(s);
    let si = a.sentence_of(s);
    if !lead(a, first, a.sentences[si].tokens.start, &PERIOD_PART_LEAD) {
        return None;
    }
    let from = a.sentences[si.saturating_sub(1)].tokens.start;
    let named = (from..first).any(|k| {
        let t = a.tok(k);
        match unit {
            "month" => month_number(&t.to_ascii_lowercase()).is_some() && date_cased(t),
            _ => t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && (1800..2200).contains(&t.parse::<u32>().unwrap_or(0)),
        }
    });
    match unit {
        "month" if !named => Some(Kind::MonthRel(0)),
        "year" if !named => Some(Kind::YearRel(0)),
        _ => None,
    }
}
