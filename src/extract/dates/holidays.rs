//! Holidays: named days that recur every year ("Labor Day", "Christmas Eve",
//! "Good Friday"), read from the lexicon's `holidays.tsv`, and the day each
//! falls on in a given year (a fixed date, the n-th weekday of a month, or a
//! number of days from Easter Sunday).

use super::calendar;
use super::grammar::weekday_of;
use crate::lexicon::HOLIDAYS;
use chrono::{Duration, NaiveDate, Weekday};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Where a holiday falls in its year, before its offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// A month and day: Christmas Day is December 25.
    Fixed(u32, u32),
    /// The n-th weekday of a month (-1: the last one): Thanksgiving is the fourth Thursday of November.
    Nth(u32, i32, Weekday),
    /// Easter Sunday.
    Easter,
}

/// One row of `holidays.tsv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    /// The name as listed (lowercase).
    pub name: &'static str,
    rule: Rule,
    /// Days added to the rule's day (Election Day: the day after the first Monday of November).
    offset: i64,
    /// The name is also a plain noun ("Christmas shopping"): a date only after a lead word.
    pub needs_lead: bool,
}

impl Holiday {
    /// The holiday's day in year `y`.
    pub fn on(&self, y: i32) -> Option<NaiveDate> {
        let base = match self.rule {
            Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d)?,
            Rule::Nth(m, n, wd) => calendar::nth_weekday(y, m, n, wd)?,
            Rule::Easter => calendar::easter(y)?,
        };
        base.checked_add_signed(Duration::days(self.offset))
    }
}

/// A row parsed, or `None` when a column does not read (the lexicon test checks every row reads).
fn parse(r: &[&'static str]) -> Option<Holiday> {
    let [name, rule, month, day, weekday, offset, alone] = r else { return None };
    let rule = match *rule {
        "fixed" => Rule::Fixed(month.parse().ok()?, day.parse().ok()?),
        "nth" => Rule::Nth(month.parse().ok()?, day.parse().ok()?, weekday_of(weekday)?),
        "easter" => Rule::Easter,
        _ => return None,
    };
    Some(Holiday { name, rule, offset: offset.parse().ok()?, needs_lead: *alone == "lead" })
}

/// Every holiday of the lexicon, in file order.
pub static LIST: LazyLock<Vec<Holiday>> = LazyLock::new(|| HOLIDAYS.rows().iter().filter_map(|r| parse(r)).collect());

/// A name as compared: lowercase, apostrophes, periods and commas dropped, spaces and hyphens one space.
fn key(s: &str) -> String {
    let kept: String = s.chars().filter(|c| !matches!(c, '\'' | '’' | '.' | ',')).map(|c| if c == '-' { ' ' } else { c }).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Holidays by [`key`] of their name.
static BY_KEY: LazyLock<HashMap<String, usize>> = LazyLock::new(|| LIST.iter().enumerate().map(|(i, h)| (key(h.name), i)).collect());

/// The index in [`LIST`] of the holiday written `text` ("Presidents Day", "new year’s eve").
pub fn find(text: &str) -> Option<usize> {
    BY_KEY.get(&key(text)).copied()
}

/// A regex alternation of every holiday name, longest first; an apostrophe may be curly or
/// missing, a period or comma missing, a space any run of spaces or a hyphen.
pub fn alternation() -> String {
    let mut names: Vec<&str> = LIST.iter().map(|h| h.name).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| {
            n.chars()
                .map(|c| match c {
                    '\'' => "['’]?".to_string(),
                    '.' => r"\.?".to_string(),
                    ',' => ",?".to_string(),
                    ' ' => r"(?:[ \t\u{00A0}]+|-)".to_string(),
                    c => regex::escape(&c.to_string()),
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    fn on(name: &str, y: i32) -> Option<NaiveDate> {
        LIST[find(name)?].on(y)
    }

    #[test]
    fn every_row_reads() {
        assert_eq!(LIST.len(), HOLIDAYS.rows().len());
        assert!(LIST.iter().all(|h| (1990..2040).all(|y| h.on(y).is_some())));
    }

    #[test]
    fn days_of_holidays() {
        assert_eq!(on("Thanksgiving", 2024), Some(d(2024, 11, 28)));
        assert_eq!(on("Labor Day", 2025), Some(d(2025, 9, 1)));
        assert_eq!(on("Memorial Day", 2024), Some(d(2024, 5, 27)));
        assert_eq!(on("Election Day", 2024), Some(d(2024, 11, 5)));
        assert_eq!(on("Election Day", 2022), Some(d(2022, 11, 8)));
        assert_eq!(on("Good Friday", 2025), Some(d(2025, 4, 18)));
        assert_eq!(on("Easter Monday", 2024), Some(d(2024, 4, 1)));
        assert_eq!(on("Presidents Day", 2025), Some(d(2025, 2, 17)));
        assert_eq!(on("President’s Day", 2025), Some(d(2025, 2, 17)));
        assert_eq!(on("Martin Luther King, Jr. Day", 2025), Some(d(2025, 1, 20)));
        assert_eq!(on("new year’s eve", 2024), Some(d(2024, 12, 31)));
        assert_eq!(on("Mother's Day", 2025), Some(d(2025, 5, 11)));
        assert_eq!(find("Groundhog"), None);
    }

    #[test]
    fn names_match_with_their_variants() {
        let re = regex::Regex::new(&format!("(?i)^(?:{})$", alternation())).unwrap();
        for n in ["Presidents Day", "Presidents’ Day", "Martin Luther King Jr Day", "St Patrick's Day", "New-Year's Eve"] {
            assert!(re.is_match(n), "{n}");
        }
        assert!(!re.is_match("Christmas Island"));
    }
}
