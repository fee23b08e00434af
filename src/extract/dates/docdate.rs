//! Inferring a document's publication date from its text (when metadata is silent).
//!
//! Sources, most trusted first:
//! 1. `social_post`: attribution lines of embedded posts
//!    ("— Elon Musk (@elonmusk) January 22, 2025"); the latest one whose
//!    weekday fits the weekdays the article mentions (an old post quoted in a
//!    later article does not date it).
//! 2. `dateline`: a date in the article's first lines after a capitalised
//!    place ("BRUSSELS 1996-08-22", "WASHINGTON, Jan. 5 (Reuters) -"), on a
//!    line of its own ("By Jane Doe | March 3, 2021"), or after
//!    "Published"/"Updated"/"Posted" anywhere.
//! 3. `text`: an explicit full date in the text whose weekday (or the day
//!    after it) is a weekday the text mentions: an article saying "on
//!    Wednesday" and "January 22, 2025" was written that Wednesday. Not a
//!    date in a future clause ("will kick off the tour June 9, 2020").
//!
//! Nothing convincing gives `None`.

use super::super::analysis::Analysis;
use super::super::social;
use super::calendar;
use super::context::{self, Tense};
use super::grammar::{self, Candidate, Kind, Shift, Short, WD_ALONE, re};
use crate::document::DateSource;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;
use std::collections::{BTreeMap, HashSet};
use std::sync::LazyLock;

/// "Published", "Updated on", "Posted:" right before a date.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    let wd = &*WD_ALONE;
    re(format!(
        r"(?i)\b(?P<w>published|updated|posted|first published|last updated|last modified)(?:[ \t]+on)?[ \t]*:?[ \t]*(?:{wd},?[ \t]*)?$"
    ))
});
/// A capitalised place opening a dateline: "BRUSSELS ", "WASHINGTON, ", "NEW YORK (Reuters) - ".
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t][A-Z][A-Za-z.]+){0,3})?[ \t]*[,/]?[ \t]*$".to_string())
});
/// A line that is only a byline or a stamp around the date: "By Jane Doe |".
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[ \t]*(?:By[ \t][^\n|•·]{1,60}[|•·,—–-][ \t]*)?(?:[A-Z][a-z]+day,?[ \t]*)?$".to_string()));
/// What may follow a date on a dateline or stamp line: a time, a zone, an agency.
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[ \t]*(?:,?[ \t]*(?:at[ \t]*)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*[A-Z]{2,4})?)?[ \t]*(?:\([A-Za-z .]+\)|/[A-Za-z .-]+/)?[ \t]*(?:[—–-]+.*)?$".to_string())
});

/// Bounds of the line holding byte `b` (a binary search over the analysis' lines,
/// so that a long single-line text costs no more per date than a short one).
fn line_of(a: &Analysis, b: usize) -> (usize, usize) {
    let k = a.lines.partition_point(|l| l.start <= b).saturating_sub(1);
    a.lines.get(k).map_or((0, a.text.len()), |l| (l.start, l.end))
}

/// Start of the last ≤ `n` bytes of `t[..b]`, on a char boundary.
fn tail_start(t: &str, b: usize, n: usize) -> usize {
    let mut s = b.saturating_sub(n);
    while !t.is_char_boundary(s) {
        s += 1;
    }
    s
}

/// How well date `d` fits the weekdays mentioned: 2 its own weekday, 1 the day before.
fn weekday_fit(d: NaiveDate, mentioned: &HashSet<Weekday>) -> u8 {
    if mentioned.contains(&d.weekday()) {
        2
    } else if mentioned.contains(&(d - Duration::days(1)).weekday()) {
        1
    } else {
        0
    }
}

/// Is the candidate the date of an embedded post's attribution line (with a handle)?
fn is_attribution(a: &Analysis, c: &Candidate) -> bool {
    social::attribution(a.text, line_of(a, c.start)).is_some_and(|a| a.handle.is_some() && a.date.is_some_and(|d| d.start == c.start))
}

/// Byte offset where the first `n` non-empty lines end.
fn head_end(t: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut pos = 0;
    for line in t.split_inclusive('\n') {
        pos += line.len();
        if !line.trim().is_empty() {
            seen += 1;
            if seen >= n {
                break;
            }
        }
    }
    pos
}

/// The full date a candidate writes: a calendar date, or a day whose two-digit
/// year ("12/06/96") takes the century nearest the text's most frequent year
/// (else the pivot of RFC 5280: "49" is 2049, "50" 1950).
fn full_day(c: &Candidate, year_hint: Option<i32>) -> Option<NaiveDate> {
    match c.kind {
        Kind::Day(d) => Some(d),
        Kind::TwoDigit(yy, Short::Day(m, d)) => {
            let y = year_hint.map_or(calendar::century(yy, 2049), |h| calendar::century(yy, h + 50));
            NaiveDate::from_ymd_opt(y, m, d)
        }
        _ => None,
    }
}

/// Dateline or stamp date for a candidate, if it stands in one.
fn dateline_date(a: &Analysis, c: &Candidate, head: usize, year_hint: Option<i32>) -> Option<(NaiveDate, bool)> {
    let t = a.text;
    let (ls, le) = line_of(a, c.start);
    let before = &t[tail_start(t, c.start, 120).max(ls)..c.start];
    let mut ae = le.min(c.end + 120);
    while !t.is_char_boundary(ae) {
        ae -= 1;
    }
    let after = &t[c.end..ae];
    let date = match c.kind {
        Kind::Day(_) | Kind::TwoDigit(..) => full_day(c, year_hint)?,
        Kind::MonthDay(m, d, None) => NaiveDate::from_ymd_opt(year_hint?, m, d)?,
        // "Saturday, April 25": the year nearest the text's year in which the weekday fits.
        Kind::MonthDay(m, d, Some(wd)) => {
            let y = year_hint?;
            (0..=28).flat_map(|k| [y + k, y - k]).find_map(|y| NaiveDate::from_ymd_opt(y, m, d).filter(|x| x.weekday() == wd))?
        }
        _ => return None,
    };
    if let Some(m) = STAMP.captures(before) {
        let published = !m["w"].to_ascii_lowercase().contains("updated") && !m["w"].to_ascii_lowercase().contains("modified");
        return Some((date, published));
    }
    if c.start >= head || !DATE_TAIL.is_match(after) {
        return None;
    }
    if PLACE.is_match(before) || (matches!(c.kind, Kind::Day(_) | Kind::TwoDigit(..)) && BYLINE.is_match(before)) {
        return Some((date, true));
    }
    None
}

/// See the module doc.
pub fn infer(a: &Analysis) -> Option<(NaiveDate, DateSource)> {
    let t = a.text;
    let cands = grammar::candidates(a);
    let mentioned: HashSet<Weekday> = cands
        .iter()
        .filter_map(|c| match c.kind {
            Kind::Weekday(wd, Shift::Plain) => Some(wd),
            _ => None,
        })
        .collect();
    let fits = |d: NaiveDate| mentioned.is_empty() || weekday_fit(d, &mentioned) > 0;

    // 1. Embedded posts.
    let mut posts: Vec<NaiveDate> = cands
        .iter()
        .filter_map(|c| match c.kind {
            Kind::Day(d) if is_attribution(a, c) => Some(d),
            _ => None,
        })
        .collect();
    posts.sort();
    if let Some(d) = posts.iter().rev().find(|d| fits(**d)) {
        return Some((*d, DateSource::SocialPost));
    }

    // 2. Datelines and stamps. A year-less dateline takes the text's most frequent year.
    let mut years: BTreeMap<i32, usize> = BTreeMap::new();
    for c in &cands {
        let y = match c.kind {
            Kind::Day(_) | Kind::TwoDigit(_, Short::Day(..)) => full_day(c, None).map_or(0, |d| d.year()),
            Kind::MonthYear(y, _) | Kind::Year(y) => y,
            _ => continue,
        };
        *years.entry(y).or_default() += 1;
    }
    let year_hint = years.iter().max_by_key(|(y, n)| (**n, **y)).map(|(y, _)| *y);
    let head = head_end(t, 4);
    let mut stamps: Vec<(bool, usize, NaiveDate)> =
        cands.iter().filter_map(|c| dateline_date(a, c, head, year_hint).map(|(d, published)| (published, c.start, d))).collect();
    // Published before updated, then the earliest in the text.
    stamps.sort_by_key(|(published, start, _)| (!published, *start));
    if let Some((_, _, d)) = stamps.first() {
        return Some((*d, DateSource::Dateline));
    }

    // 3. Full dates in the text that fit the weekdays it mentions.
    if mentioned.is_empty() {
        return None;
    }
    // Not a date the text puts ahead ("will kick off the tour June 9, 2020"): the writing is before it.
    cands
        .iter()
        .filter(|c| context::tense(a, c.start, c.end) != Tense::Future)
        .filter_map(|c| full_day(c, year_hint).map(|d| (weekday_fit(d, &mentioned), d)))
        .filter(|(fit, _)| *fit > 0)
        .max()
        .map(|(_, d)| (d, DateSource::Text))
}
