//! Weekdays placed by another date of their sentence or passage rather than by
//! the document date (spec §3: "a weekday means the one the context implies"):
//!
//! - a day beside it says which: "Feb. 4, a Tuesday", "Tuesday (Feb. 4)";
//! - a gloss in brackets is the day next to the one it glosses: "on Tuesday
//!   (early Wednesday GMT)";
//! - a count from a date: "on Tuesday, two days after the March 3 meeting";
//! - an order with the nearest other day of the sentence: "met on Wednesday
//!   ahead of Friday's vote" (Friday after Wednesday), "rallied on Thursday
//!   after Tuesday's vote" (Tuesday before Thursday);
//! - an anaphor to the day the passage last gave: "the following Monday",
//!   "that Friday";
//! - "on a Tuesday" alone names no day.
//!
//! Year-less days and months likewise take the year of an explicit date of
//! another time told just before them ([`inherit_years`]), or of a year in
//! their own sentence ([`years_of_sentence`]: "before Election Day in 2020").
//!
//! The relation words are the lexicon's `weekday_relations.tsv`. Each weekday
//! is first resolved on its own ([`super::resolve`]); this pass then moves it.

use super::super::Granularity;
use super::super::analysis::Analysis;
use super::calendar;
use super::context::{self, Tense};
use super::grammar::{Candidate, Kind, Shift, YEAR, YearRef, Yearly, ago_count, re};
use super::resolve::Resolved;
use crate::lexicon::{COMPARISON_WORDS, WEEKDAY_RELATIONS};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// Days an order repair may move a weekday: beyond, the other day is no neighbour.
const ORDER_REACH: i64 = 14;
/// Sentences back in which an anaphor ("the following Monday") looks for its day.
const ANAPHOR_REACH: usize = 3;

/// "two days after the", "a week before": a count of days or weeks from the date that follows.
static COUNT_FROM: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?P<n>\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))[ \t]+(?P<u>day|week)s?[ \t]+(?P<dir>after|before|later than|earlier than)(?:[ \t]+the)?[ \t]*$".to_string())
});

/// The relation written right before the weekday word at token `w`, and whether it
/// points ahead with no other day: the longest row of the table that matches.
fn relation(a: &Analysis, w: usize) -> Option<(&'static str, bool)> {
    let mut best: Option<(usize, &'static str, bool)> = None;
    for r in WEEKDAY_RELATIONS.rows() {
        let words: Vec<&str> = r[0].split(' ').collect();
        let n = words.len();
        if n > w || best.is_some_and(|b| b.0 >= n) {
            continue;
        }
        if words.iter().enumerate().all(|(k, x)| a.low(w - n + k) == *x) {
            best = Some((n, r[1], r[2] == "ahead"));
        }
    }
    best.map(|b| (b.1, b.2))
}

/// The day of a resolved value at day granularity.
pub(super) fn day_of(v: &Option<Resolved>) -> Option<NaiveDate> {
    v.as_ref().filter(|v| v.1 == Granularity::Day).and_then(|v| NaiveDate::parse_from_str(&v.0, "%Y-%m-%d").ok())
}

/// The weekday `wd` nearest the day `d` (within three days either side).
fn nearest(d: NaiveDate, wd: Weekday) -> NaiveDate {
    let ahead = calendar::weekday_on_or_after(d, wd, false);
    if (ahead - d).num_days() <= 3 { ahead } else { calendar::weekday_on_or_before(d, wd, false) }
}

/// Is the text between two candidates (trimmed) an apposition: ", a", "(", ", an", "(a"?
fn apposition(gap: &str) -> bool {
    let g: String = gap.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    matches!(g.as_str(), "," | "(" | ",a" | ",an" | "(a" | "(an" | "--a" | "—a" | "–a")
}

/// Is the text between two dates a bracket opening a gloss of the first in another time zone, with
/// at most three lowercase words around it ("Tuesday (early Wednesday", "Monday night (Tuesday")?
fn zone_gloss(gap: &str) -> bool {
    let Some((before, after)) = gap.split_once('(') else { return false };
    let words: Vec<&str> = before.split_whitespace().chain(after.split_whitespace()).collect();
    words.len() <= 3 && words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())) && !after.contains(['(', ')'])
}

/// The day a count before the candidate `anchor` gives ("two days after the" March 3), if the text
/// `before` (ending where the anchor starts) ends with one.
fn counted(before: &str, anchor: NaiveDate) -> Option<NaiveDate> {
    let c = COUNT_FROM.captures(before)?;
    let n = ago_count(&c["n"])?;
    let days = if c["u"].eq_ignore_ascii_case("week") { 7 * n } else { n };
    let sign =
        if c["dir"].to_ascii_lowercase().starts_with("after") || c["dir"].to_ascii_lowercase().starts_with("later") { 1 } else { -1 };
    anchor.checked_add_signed(Duration::days(sign * days))
}

/// Days beyond which an explicit date lies in another time than the document's: a year-less day
/// after it takes its year from it, not from the document date.
const ANCHOR_AWAY: i64 = 183;
/// Sentences back, in the same paragraph, within which an explicit date lends its year.
const YEAR_REACH: usize = 2;

/// The first day of a candidate that writes its year ("March 3, 2019", "June 2019").
fn written_day(k: Kind) -> Option<NaiveDate> {
    match k {
        Kind::Day(d) => Some(d),
        Kind::MonthYear(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
        _ => None,
    }
}

/// Is the date at byte `start` the base of a comparison ("than in July 1995", "from June 2019",
/// "compared with March 2020"), not the time the story is told in?
fn compared(a: &Analysis, start: usize) -> bool {
    let t = a.tok_at(start);
    (t.saturating_sub(3)..t).any(|k| COMPARISON_WORDS.contains(a.low(k)))
}

/// A year counted from the one the text is telling ("Sales rose in 2019 after falling the previous
/// year" is 2018) counts from the latest date before it in its paragraph (no line break between),
/// whatever its form ("last year" too); with none there it is no date.
pub fn years_back(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>]) {
    for i in 0..cands.len() {
        let Kind::YearBack(off) = cands[i].kind else { continue };
        let anchor = (0..i)
            .rev()
            .take_while(|&j| !a.text[cands[j].end..cands[i].start].contains('\n'))
            .find_map(|j| out[j].as_ref().and_then(|r| r.0.get(..4)?.parse::<i32>().ok()));
        out[i] = anchor.map(|y| (calendar::year(y + off), Granularity::Year, true));
    }
}

/// Year-less days and months in the story an explicit date of another time tells take its year:
/// "On Oct. 7, 2023, ... On Oct. 8, ..." in a 2025 article is 2023-10-08. The anchor is the last
/// date with a year, in the same paragraph, at most [`YEAR_REACH`] sentences back, with no date
/// counted from the document date between; the day is its occurrence nearest the anchor, never
/// after the document date in a past clause, and a future clause keeps the document's reading.
pub fn inherit_years(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>], doc: Option<NaiveDate>) {
    let Some(doc) = doc else { return };
    let mut anchor: Option<(usize, NaiveDate)> = None;
    for i in 0..cands.len() {
        let c = &cands[i];
        let (m, dd) = match c.kind {
            Kind::MonthDay(m, dd, None) => (m, dd),
            Kind::Month(m, Shift::Plain) => (m, 0),
            k => {
                // A date counted from the document date brings the story back to it.
                let away = |d: &NaiveDate| (*d - doc).num_days().abs() > ANCHOR_AWAY;
                anchor = written_day(k).filter(|d| away(d) && !compared(a, c.start)).map(|d| (i, d)).or(match k {
                    Kind::Year(_) | Kind::Quarter(..) | Kind::SplitYear(_) => anchor,
                    _ => None,
                });
                continue;
            }
        };
        let Some((j, x)) = anchor else { continue };
        let (sj, si) = (a.sentence_of(cands[j].start), a.sentence_of(c.start));
        // A later sentence only: within one, a dated date is mostly a comparison ("up from July 1995
        // and from June").
        if si == sj || si - sj > YEAR_REACH || a.text[cands[j].end..c.start].contains('\n') {
            continue;
        }
        let tense = context::tense(a, c.start, c.end);
        if tense == Tense::Future {
            continue;
        }
        let on = |y: i32| NaiveDate::from_ymd_opt(y, m, dd.max(1));
        let best = (x.year() - 1..=x.year() + 1)
            .filter_map(on)
            .filter(|v| tense != Tense::Past || *v <= doc)
            .min_by_key(|v| (*v - x).num_days().abs());
        if let Some(v) = best {
            let value = if dd == 0 { calendar::month(v.year(), m) } else { calendar::day(v) };
            let g = if dd == 0 { Granularity::Month } else { Granularity::Day };
            out[i] = Some((value, g, true));
        }
    }
}

/// A year written as a word of its own: "2020", "1996".
static YEAR_WORD: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b{YEAR}\b")));

/// Lines a list opens with year-less days ("June 9 – West Palm Beach, FL": a
/// tour's or a season's dates, three lines at least, one after another) take
/// the year the line above the list gives ("The band's Tour 2020 dates:"), the
/// next year from a line whose month comes before the month of the line above
/// it. Under a line with no year, the year the text gave the list's first day
/// before the list ("the tour kicks off June 9th" read ahead) does the same;
/// else the list keeps its own readings.
pub fn list_years(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>]) {
    let line_of = |b: usize| a.lines.partition_point(|l| l.end < b);
    // (line, candidate, month, day) of each year-less day opening its line.
    let opening: Vec<(usize, usize, u32, u32)> = cands
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c.kind {
            Kind::MonthDay(m, d, None) => {
                let l = line_of(c.start);
                a.text[a.lines[l].start..c.start].trim().is_empty().then_some((l, i, m, d))
            }
            _ => None,
        })
        .collect();
    let mut k = 0;
    while k < opening.len() {
        let mut e = k + 1;
        while e < opening.len() && opening[e].0 == opening[e - 1].0 + 1 {
            e += 1;
        }
        let list = &opening[k..e];
        k = e;
        if list.len() < 3 || list[0].0 == 0 {
            continue;
        }
        // The last year written in the heading, a date's or a name's ("Tour 2020"); else the
        // year the text already gave the list's first day ("kicks off June 9th" read ahead).
        let head = a.lines[list[0].0 - 1].slice(a.text);
        let (_, first, m0, d0) = list[0];
        let given = || {
            (0..first).rev().find_map(|j| match cands[j].kind {
                Kind::MonthDay(m, d, _) if (m, d) == (m0, d0) => {
                    out[j].as_ref().filter(|r| r.1 == Granularity::Day).and_then(|r| Some((r.0.get(..4)?.parse::<i32>().ok()?, r.2)))
                }
                _ => None,
            })
        };
        let heading = YEAR_WORD.find_iter(head).last().and_then(|m| m.as_str().parse::<i32>().ok()).map(|y| (y, false));
        let Some((mut y, relative)) = heading.or_else(given) else { continue };
        let mut last_month = m0;
        for &(_, i, m, d) in list {
            if m < last_month {
                y += 1;
            }
            last_month = m;
            if let Some(v) = NaiveDate::from_ymd_opt(y, m, d) {
                out[i] = Some((calendar::day(v), Granularity::Day, relative));
            }
        }
    }
}

/// Year-less holidays, days and months that a year of their own sentence dates: one right after
/// ("before Election Day in 2020", "Christmas Day of 2019") or one opening the sentence ("In 2016, on
/// Election Day, …"). `yearly` gives a yearly day's date in a year (see [`super::resolve`]).
pub fn years_of_sentence(
    a: &Analysis,
    cands: &[Candidate],
    out: &mut [Option<Resolved>],
    yearly: impl Fn(Yearly, i32) -> Option<NaiveDate>,
) {
    if a.tokens.is_empty() {
        return;
    }
    // The sentence-opening year: "In 2016," before any other word.
    let opening_year = |i: usize| -> Option<i32> {
        let s = &a.sentences[a.sentence_of(cands[i].start)];
        let first = s.tokens.start;
        cands.iter().find_map(|y| match y.kind {
            Kind::Year(v) if a.tok_at(y.start) == first + 1 && a.low(first) == "in" && a.low(a.tok_at(y.end)) == "," => Some(v),
            _ => None,
        })
    };
    for i in 0..cands.len() {
        let c = &cands[i];
        if !matches!(c.kind, Kind::Yearly(_, YearRef::Near(Shift::Plain)) | Kind::MonthDay(_, _, None) | Kind::Month(_, Shift::Plain)) {
            continue;
        }
        let after = cands.get(i + 1).and_then(|n| match n.kind {
            Kind::Year(y) if matches!(a.text[c.end..n.start].trim(), "in" | "of") => Some(y),
            _ => None,
        });
        let Some(y) = after.or_else(|| opening_year(i)) else { continue };
        let value = match c.kind {
            Kind::Yearly(rule, _) => yearly(rule, y).map(|d| (calendar::day(d), Granularity::Day)),
            Kind::MonthDay(m, dd, _) => NaiveDate::from_ymd_opt(y, m, dd).map(|d| (calendar::day(d), Granularity::Day)),
            Kind::Month(m, _) => Some((calendar::month(y, m), Granularity::Month)),
            _ => None,
        };
        if let Some((v, g)) = value {
            out[i] = Some((v, g, true));
        }
    }
}

/// Move the weekdays of `cands` (values in `out`) that another date places; `doc` is the document date.
pub fn place_weekdays(a: &Analysis, cands: &[Candidate], out: &mut [Option<Resolved>], doc: Option<NaiveDate>) {
    for i in 0..cands.len() {
        let c = &cands[i];
        let Kind::Weekday(wd, shift) = c.kind else { continue };
        if out[i].is_none() || a.tokens.is_empty() {
            continue;
        }
        let sent = a.sentence_of(c.start);
        let same_sentence = |j: usize| a.sentence_of(cands[j].start) == sent;
        let prev = (i > 0 && same_sentence(i - 1)).then(|| i - 1).filter(|&j| day_of(&out[j]).is_some());
        let next = (i + 1 < cands.len() && same_sentence(i + 1)).then_some(i + 1).filter(|&j| day_of(&out[j]).is_some());
        let set = |out: &mut [Option<Resolved>], d: NaiveDate| out[i] = Some((calendar::day(d), Granularity::Day, true));

        // A day beside it says which: "Feb. 4, a Tuesday", "Tuesday (Feb. 4)".
        let beside = prev
            .filter(|&j| apposition(&a.text[cands[j].end..c.start]))
            .or(next.filter(|&j| apposition(&a.text[c.end..cands[j].start])))
            .and_then(|j| day_of(&out[j]))
            .filter(|d| d.weekday() == wd);
        if let Some(d) = beside {
            set(out, d);
            continue;
        }
        // A time-zone gloss is the day next to the one it glosses: "on Tuesday (early Wednesday GMT)".
        let glossed = prev.filter(|&j| zone_gloss(&a.text[cands[j].end..c.start])).and_then(|j| day_of(&out[j]));
        if let Some(d) = glossed.filter(|d| d.weekday() != wd) {
            set(out, nearest(d, wd));
            continue;
        }
        // A count from a date: "Tuesday, two days after the March 3 meeting";
        // "two days after the March 3 meeting, on Tuesday".
        let from_next = next.and_then(|j| counted(&a.text[c.end..cands[j].start], day_of(&out[j])?));
        let from_prev = prev.and_then(|j| counted(&a.text[a.sentences[sent].start..cands[j].start], day_of(&out[j])?));
        if let Some(d) = from_next.or(from_prev) {
            set(out, nearest(d, wd));
            continue;
        }
        // The weekday word's own token: "next Monday" ends with it.
        let w = a.tok_at(c.end).saturating_sub(1);
        let Some((rel, ahead_alone)) = relation(a, w) else { continue };
        if shift != Shift::Plain && !(shift == Shift::Next && rel == "next") {
            continue;
        }
        let mine = day_of(&out[i]);
        match rel {
            "none" => out[i] = None,
            "after" | "before" => {
                // The nearest other day of the sentence that gives its clause's time: not an event's
                // ("after Friday's practice for Sunday's race": Sunday's race says nothing of Friday).
                let possessive = |j: usize| a.text[cands[j].end..].starts_with("'s") || a.text[cands[j].end..].starts_with("’s");
                let other = [prev, next].into_iter().flatten().filter(|&j| !possessive(j)).min_by_key(|&j| {
                    let (x, y) = if j < i { (cands[j].end, c.start) } else { (c.end, cands[j].start) };
                    y.saturating_sub(x)
                });
                let (Some(mine), anchor) = (mine, other.and_then(|j| day_of(&out[j]))) else { continue };
                match anchor {
                    Some(o) if (mine - o).num_days().abs() <= ORDER_REACH => {
                        // The same day may be both ("rallied on Friday after Friday's data").
                        if rel == "after" && mine < o {
                            set(out, calendar::weekday_on_or_after(o, wd, false));
                        } else if rel == "before" && mine > o {
                            set(out, calendar::weekday_on_or_before(o, wd, false));
                        }
                    }
                    Some(_) => {}
                    None if ahead_alone => {
                        if let Some(d) = doc {
                            set(out, calendar::weekday_on_or_after(d, wd, false));
                        }
                    }
                    None => {}
                }
            }
            _ => {
                // An anaphor: the day the passage last gave, a few sentences back at most.
                let anchor = (0..i)
                    .rev()
                    .take_while(|&j| sent.saturating_sub(a.sentence_of(cands[j].start)) <= ANAPHOR_REACH)
                    .find_map(|j| day_of(&out[j]));
                let Some(o) = anchor else { continue };
                let d = match rel {
                    "next" => calendar::weekday_on_or_after(o, wd, true),
                    "previous" => calendar::weekday_on_or_before(o, wd, true),
                    _ => nearest(o, wd),
                };
                set(out, d);
            }
        }
    }
}
