//! The date grammar: patterns that find calendar expressions in raw text and
//! the shape of what each one found ([`Kind`]), before any resolution.
//!
//! Each pattern is a regex compiled once and run once over the text (linear
//! time); word-level checks that regexes cannot express (a capitalised month,
//! "May" as a verb, a year that is really a count) are made in code on the
//! match's neighbourhood. Overlaps are settled afterwards, longest first.

use super::super::analysis::Analysis;
use super::context::{is_capitalized, low, prev_is, sentence_initial, title_case, token_at};
use chrono::{NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// Modifier in front of a weekday, month or weekend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Plain,
    Last,
    This,
    Next,
}

/// What a match says, before the document date resolves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A full calendar date: "January 22, 2025", "2025-01-22".
    Day(NaiveDate),
    /// A day without a year: "Jan. 22", "5 August".
    MonthDay(u32, u32),
    /// "June 2024".
    MonthYear(i32, u32),
    /// A month name alone or with last/this/next: "in March", "last March".
    Month(u32, Shift),
    /// A month with a relative year: "November last year" (-1).
    MonthOfRelYear(u32, i32),
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
    /// Days from the document date: "yesterday" (-1), "last night" (-1), "three days ago" (-3).
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
}

/// A date expression found in the text (byte offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

const SP: &str = r"[ \t\u{00A0}]+";
const MON: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)";
const MON_FULL: &str = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const WD: &str = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
const YEAR: &str = r"(?:19|20)\d\d";

/// Compile a pattern with ASCII word boundaries and digits: Unicode `\b`
/// would keep the fast DFA engines off any text with a non-ASCII character.
pub fn re(p: String) -> Regex {
    let p = p.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]");
    Regex::new(&p).expect("date pattern")
}

/// "Wednesday, January 22, 2025", "Jan. 22", "January 22nd".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(r"(?i)\b(?:(?P<wd>{WD})\b\.?,?{SP})?(?P<mon>{MON}){SP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?{SP}(?P<year>{YEAR})\b)?"))
});
/// "22 January 2025", "5 August", "22nd of January".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\b(?:(?P<wd>{WD})\b\.?,?{SP})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<mon>{MON})(?:,?{SP}(?P<year>{YEAR})\b)?"
    ))
});
/// "June 2024", "June of 2024".
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)\b(?P<mon>{MON}),?{SP}(?:of{SP})?(?P<year>{YEAR})\b")));
/// "November last year", "March of next year".
static MONTH_REL_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"(?i)\b(?P<mon>{MON}),?{SP}(?:of{SP})?(?P<rel>last|this|next){SP}year\b")));
/// "March", "last March".
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)\b(?:(?P<shift>last|this|next){SP})?(?P<mon>{MON_FULL})\b")));
/// "2025-01-22", "2025/01/22".
static ISO: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b(?P<y>{YEAR})(?P<sep>[-/])(?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})\b")));
/// "1/22/2025", "22/01/2025", "22.01.2025", "1/22/25".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})[/.](?P<y>{YEAR}|\d\d)\b")));
/// "2015", "2022/23", "2025/2026", "2019-20".
static YEARS: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b(?P<y>{YEAR})(?:(?P<sep>[/–-])(?P<y2>{YEAR}|\d\d)\b)?\b")));
/// "fiscal 2020", "fiscal year 2020", "FY2020", "FY20", "financial year 2024/25".
static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(r"\b(?:(?i:fiscal(?:{SP}year)?|financial{SP}year)|FY)(?:{SP})?'?(?P<y>{YEAR}|\d\d)(?:[/–-](?P<y2>{YEAR}|\d\d))?\b"))
});
/// "Q3 2019", "Q3 of 2019", "Q3'19", "Q3".
static Q_QUARTER: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"\b(?P<q>Q[1-4])\b(?:{SP}(?:of{SP})?(?P<y>{YEAR})\b|(?:{SP})?['’](?P<yy>\d\d)\b)?")));
/// "the third quarter", "the fourth quarter of 2019", "third-quarter", "the first quarter of last year".
static ORD_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\b(?:(?P<the>the){SP})?(?:fiscal{SP})?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?P<hy>[ -])(?:fiscal{SP})?quarter\b|(?P<fin>final|last){SP}quarter\b)(?:{SP}(?:of|in){SP}(?:fiscal{SP})?(?:(?P<y>{YEAR})\b|(?P<rel>last|this|next){SP}year\b))?"
    ))
});
/// "yesterday", "today", "tomorrow", "tonight", "last night".
static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)\b(?:last{SP}night|yesterday|today|tomorrow|tonight)\b")));
/// "this week", "last month", "next year", "this past weekend", "the weekend", "last quarter".
static UNIT_REL: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"(?i)\b(?P<m>this{SP}past|this|last|next|the){SP}(?P<u>week|month|year|quarter|weekend)\b")));
/// "Wednesday", "next Tuesday", "this past Monday".
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:(?P<m>this[ \t\u{00A0}]+past|last|next|this|coming|past)[ \t\u{00A0}]+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?P<pl>s)?\b".to_string())
});
/// "the new year".
static NEW_YEAR: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)\bthe{SP}new{SP}year\b")));
/// "two days ago", "a year ago".
static AGO: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(r"(?i)\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}}){SP}(?P<u>day|week|month|year)s?{SP}ago\b"))
});
/// URLs, web paths and handles: never dates.
static NOT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|co|io|uk|za|ly|me|tv|news|info)/\S*|@\w+|\b[\w.+-]+@[\w-]+\.[\w.]+"
        .to_string())
});

/// A day of a month with its year, or without one (the year comes from context).
fn day_kind(year: Option<&str>, m: u32, d: u32) -> Option<Kind> {
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y.parse().ok()?, m, d).map(Kind::Day),
        // 2024 is a leap year: "Feb. 29" is a valid day without a year.
        None if (1..=31).contains(&d) && NaiveDate::from_ymd_opt(2024, m, d).is_some() => Some(Kind::MonthDay(m, d)),
        None => None,
    }
}

/// Month number of a month word ("Sept." -> 9), case-insensitive.
pub fn month_number(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    const NAMES: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let m = NAMES.iter().position(|n| w.starts_with(n))? as u32 + 1;
    const FULL: [&str; 12] =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    let ok = w.len() == 3 || FULL[m as usize - 1] == w || w == "sept";
    ok.then_some(m)
}

/// Weekday of a weekday word or abbreviation.
pub fn weekday_of(w: &str) -> Option<Weekday> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    let wd = match w.get(..3)? {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    };
    Some(wd)
}

/// Capitalised ("March") or all caps ("MARCH"), as a date word must be.
fn date_cased(w: &str) -> bool {
    is_capitalized(w)
}

/// A two- or four-digit year: "19" -> 2019, "2019" -> 2019.
fn full_year(s: &str) -> i32 {
    let n: i32 = s.parse().unwrap_or(0);
    if s.len() == 2 { 2000 + n } else { n }
}

fn word_num(s: &str) -> Option<i64> {
    let w = s.to_ascii_lowercase();
    const WORDS: [&str; 11] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    match w.as_str() {
        "a" | "an" => Some(1),
        _ => WORDS.iter().position(|x| *x == w).map(|p| p as i64).or_else(|| w.parse().ok()),
    }
}

/// Character right before byte `b`, and right at byte `b`.
fn char_before(t: &str, b: usize) -> Option<char> {
    t[..b].chars().next_back()
}
fn char_at(t: &str, b: usize) -> Option<char> {
    t[b..].chars().next()
}

/// Does a number continue across the match edge ("1,2015", "2015.5", "$2015")?
fn glued_number(t: &str, s: usize, e: usize) -> bool {
    let before = char_before(t, s);
    let before2 = before.and_then(|c| char_before(t, s - c.len_utf8()));
    let after = char_at(t, e);
    let after2 = after.and_then(|c| char_at(t, e + c.len_utf8()));
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    matches!(before, Some('$' | '€' | '£' | '¥' | '#' | ':' | '+'))
        || (matches!(before, Some('.' | ',' | '/' | '-')) && digit(before2))
        || (matches!(after, Some('.' | ',' | '/' | ':' | '-')) && digit(after2))
        || matches!(after, Some('%' | '+'))
}

/// Previous and next words around bytes `s..e` (lowercased), and the token indices.
struct Around {
    first: usize,
    after: usize,
}

fn around(a: &Analysis, s: usize, e: usize) -> Around {
    Around { first: token_at(a, s), after: token_at(a, e) }
}

/// Words before a bare month that make it a date ("in March", "since May").
const MONTH_LEAD: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "through",
    "throughout",
    "by",
    "from",
    "during",
    "before",
    "after",
    "of",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "the",
    "between",
    "on",
    "as",
    "for",
    "each",
    "every",
    "into",
    "around",
    "about",
    "ending",
    "end",
    "start",
    "beginning",
    "middle",
    "until",
    "to",
    "and",
    "or",
    "-",
    "–",
];

/// Nouns counted by a number: a "year" before them is an amount ("2015 employees").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "employees",
    "workers",
    "jobs",
    "staff",
    "staffers",
    "members",
    "users",
    "customers",
    "students",
    "children",
    "residents",
    "households",
    "families",
    "homes",
    "houses",
    "units",
    "shares",
    "votes",
    "voters",
    "troops",
    "soldiers",
    "officers",
    "police",
    "cases",
    "deaths",
    "patients",
    "passengers",
    "flights",
    "planes",
    "aircraft",
    "jets",
    "cars",
    "vehicles",
    "trucks",
    "companies",
    "firms",
    "businesses",
    "stores",
    "shops",
    "branches",
    "schools",
    "districts",
    "applications",
    "applicants",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "metres",
    "meters",
    "feet",
    "ft",
    "tons",
    "tonnes",
    "barrels",
    "acres",
    "hectares",
    "pounds",
    "kg",
    "dollars",
    "euros",
    "points",
    "words",
    "pages",
    "copies",
    "items",
    "products",
    "signatures",
    "calories",
    "hours",
    "minutes",
    "seconds",
    "days",
    "times",
    "lbs",
    "gmt",
    "utc",
    "bst",
    "est",
    "hrs",
    "m",
    "bn",
    "million",
    "billion",
    "trillion",
    "percent",
    "per",
    "contracts",
    "positions",
    "roles",
    "seats",
    "beds",
    "rooms",
    "lawsuits",
    "claims",
    "complaints",
    "messages",
    "emails",
    "tweets",
    "posts",
    "followers",
    "visitors",
    "tourists",
    "migrants",
    "refugees",
    "immigrants",
    "protesters",
    "fans",
    "athletes",
    "players",
    "teachers",
    "doctors",
    "nurses",
    "individuals",
    "donors",
    "investors",
    "participants",
    "respondents",
];

/// Words before a number that make it an amount, an address or an id.
const NOT_YEAR_LEAD: &[&str] = &[
    "no",
    "no.",
    "number",
    "nos",
    "page",
    "pp",
    "p.",
    "flight",
    "route",
    "room",
    "suite",
    "highway",
    "model",
    "vol",
    "vol.",
    "version",
    "windows",
    "chapter",
    "section",
    "article",
    "rule",
    "code",
    "box",
    "unit",
    "apt",
    "exit",
    "gate",
    "bus",
    "platform",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "some",
    "than",
    "least",
    "over",
    "under",
    "only",
    "just",
    "another",
];

/// Is the four-digit number at `s..e` a year here?
fn year_in_context(a: &Analysis, s: usize, e: usize) -> bool {
    let t = a.text;
    if glued_number(t, s, e) {
        return false;
    }
    let Around { first, after } = around(a, s, e);
    let next = low(a, after);
    let prev = if first > 0 { low(a, first - 1) } else { String::new() };
    if COUNT_NOUNS.contains(&next.as_str()) {
        return false;
    }
    // "about 2000 jobs": a qualifier, then a lowercase plural noun.
    let next_raw = if after < a.tokens.len() { a.tok(after) } else { "" };
    let lower_plural = next_raw.len() > 3 && next_raw.ends_with('s') && next_raw.chars().all(|c| c.is_ascii_lowercase());
    if NOT_YEAR_LEAD.contains(&prev.as_str())
        && (lower_plural
            || matches!(
                prev.as_str(),
                "no" | "no."
                    | "number"
                    | "nos"
                    | "page"
                    | "pp"
                    | "p."
                    | "flight"
                    | "route"
                    | "room"
                    | "suite"
                    | "highway"
                    | "model"
                    | "vol"
                    | "vol."
                    | "version"
                    | "windows"
                    | "chapter"
                    | "section"
                    | "article"
                    | "rule"
                    | "code"
                    | "box"
                    | "unit"
                    | "apt"
                    | "exit"
                    | "gate"
                    | "bus"
                    | "platform"
            ))
    {
        return false;
    }
    true
}

/// Context checks for a month name standing alone ("in March", not "Theresa May").
fn bare_month_ok(a: &Analysis, s: usize, e: usize, m: u32, shifted: bool) -> bool {
    let word = &a.text[s..e];
    if !date_cased(word) {
        return false;
    }
    let Around { first, after } = around(a, s, e);
    let initial = sentence_initial(a, first);
    let prev_raw = if first > 0 { a.tok(first - 1) } else { "" };
    let prev = prev_raw.to_lowercase();
    let next_raw = if after < a.tokens.len() { a.tok(after) } else { "" };
    if shifted {
        return true;
    }
    // A name: "April Ryan", "Theresa May", "June Carter".
    let next_is_name = !title_case(a, first)
        && is_capitalized(next_raw)
        && next_raw.chars().all(|c| c.is_alphabetic())
        && month_number(next_raw).is_none()
        && weekday_of(next_raw).is_none()
        && a.sentence_of(a.tokens[after].start) == a.sentence_of(s);
    if next_is_name {
        return false;
    }
    let prev_is_name =
        !initial && is_capitalized(prev_raw) && prev_raw.chars().all(|c| c.is_alphabetic()) && !MONTH_LEAD.contains(&prev.as_str());
    if prev_is_name {
        return false;
    }
    let lead = MONTH_LEAD.contains(&prev.as_str()) && !initial;
    if m == 3 || m == 5 {
        // "May" and "March" are also a verb and a noun: need a date word before them.
        if !lead {
            return false;
        }
        if matches!(prev.as_str(), "and" | "or" | "to" | "-" | "–") {
            // "between April and May": a month must come just before.
            let lo = first.saturating_sub(3);
            return (lo..first.saturating_sub(1)).any(|k| month_number(a.tok(k)).is_some());
        }
    }
    true
}

/// Weekday names that are part of other names: "Black Friday", "Sunday Times".
fn weekday_ok(a: &Analysis, s: usize, e: usize) -> bool {
    const PREFIX: &[&str] =
        &["black", "cyber", "super", "good", "bloody", "ash", "holy", "palm", "easter", "giving", "maundy", "shrove", "man", "girl"];
    const SUFFIX: &[&str] = &[
        "times",
        "telegraph",
        "express",
        "mirror",
        "post",
        "herald",
        "independent",
        "mail",
        "night",
        "tribune",
        "journal",
        "sport",
        "people",
        "star",
        "world",
        "morning",
        "show",
        "service",
        "school",
        "club",
    ];
    let Around { first, after } = around(a, s, e);
    let prev = if first > 0 { a.tok(first - 1) } else { "" };
    let next = if after < a.tokens.len() { a.tok(after) } else { "" };
    let prefixed = is_capitalized(prev) && PREFIX.contains(&prev.to_lowercase().as_str());
    let suffixed = is_capitalized(next) && SUFFIX.contains(&next.to_lowercase().as_str());
    !prefixed && !suffixed
}

/// "today" meaning "nowadays", or a title ("USA Today"): not a date.
fn today_ok(a: &Analysis, s: usize, e: usize) -> bool {
    const NOWADAYS: &[&str] = &[
        "world",
        "society",
        "age",
        "generation",
        "youth",
        "culture",
        "economy",
        "standards",
        "terms",
        "dollars",
        "climate",
        "era",
        "times",
        "kids",
        "children",
        "young",
        "environment",
        "landscape",
        "america",
        "britain",
        "market",
        "markets",
        "politics",
    ];
    let word = &a.text[s..e];
    let Around { first, after } = around(a, s, e);
    let prev = if first > 0 { low(a, first - 1) } else { String::new() };
    let next = low(a, after);
    let next2 = low(a, after + 1);
    if is_capitalized(word) && !sentence_initial(a, first) && !title_case(a, first) {
        return false; // "USA Today", "NBC's Today"
    }
    if matches!(prev.as_str(), "of" | "even" | "still" | "usa") {
        return false;
    }
    if matches!(next.as_str(), "show" | "programme" | "program") {
        return false;
    }
    if matches!(next.as_str(), "'s" | "’s") && NOWADAYS.contains(&next2.as_str()) {
        return false;
    }
    true
}

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

fn span(c: &Captures) -> (usize, usize) {
    let m = c.get(0).unwrap();
    (m.start(), m.end())
}

/// Every date expression of the text, overlaps settled (longest wins, then earliest).
pub fn candidates(a: &Analysis) -> Vec<Candidate> {
    let t = a.text;
    let mut out: Vec<Candidate> = Vec::new();
    let mut push = |s: usize, e: usize, kind: Kind| out.push(Candidate { start: s, end: e, kind });

    for c in MONTH_DAY.captures_iter(t) {
        let (mut s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        if !date_cased(mon.as_str()) {
            continue;
        }
        if c.name("wd").is_some_and(|w| !date_cased(w.as_str()) || !weekday_ok(a, w.start(), w.end())) {
            s = mon.start(); // "sat 5 June", "Super Tuesday, March 5": not a weekday
        }
        let d: u32 = c["day"].parse().unwrap_or(0);
        let day_end = c.name("day").unwrap().end();
        let after = t[day_end..].chars().take(2).collect::<Vec<_>>();
        let decimal = after.len() == 2 && matches!(after[0], '.' | ',' | ':') && after[1].is_ascii_digit();
        if c.name("year").is_none() && (decimal || after.first() == Some(&'%')) {
            continue; // "May 5.5", "March 3:30"; "January 30-31" is a day
        }
        // "May" alone before a number is rarely a date unless a day follows cleanly.
        if let Some(kind) = day_kind(c.name("year").map(|y| y.as_str()), m, d) {
            push(s, e, kind);
        }
    }
    for c in DAY_MONTH.captures_iter(t) {
        let (mut s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        if !date_cased(mon.as_str()) {
            continue;
        }
        let day = c.name("day").unwrap();
        if c.name("wd").is_some_and(|w| !date_cased(w.as_str()) || !weekday_ok(a, w.start(), w.end())) {
            s = day.start();
        }
        if glued_number(t, day.start(), day.start()) {
            continue; // "$5 March", "1.5 March"
        }
        let d: u32 = day.as_str().parse().unwrap_or(0);
        if let Some(kind) = day_kind(c.name("year").map(|y| y.as_str()), m, d) {
            push(s, e, kind);
        }
    }
    for c in MONTH_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        if !date_cased(mon.as_str()) || glued_number(t, s, e) {
            continue;
        }
        push(s, e, Kind::MonthYear(c["year"].parse().unwrap(), m));
    }
    for c in MONTH_REL_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        if !date_cased(mon.as_str()) {
            continue;
        }
        let off = match c["rel"].to_ascii_lowercase().as_str() {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        push(s, e, Kind::MonthOfRelYear(m, off));
    }
    for c in MONTH_ALONE.captures_iter(t) {
        let (s, e) = span(&c);
        let mon = c.name("mon").unwrap();
        let Some(m) = month_number(mon.as_str()) else { continue };
        let shift = shift_of(c.name("shift").map(|x| x.as_str()));
        if !bare_month_ok(a, mon.start(), mon.end(), m, shift != Shift::Plain) {
            continue;
        }
        push(s, e, Kind::Month(m, shift));
    }
    for c in ISO.captures_iter(t) {
        let (s, e) = span(&c);
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
        let y = full_year(&c["y"]);
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
        if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
            push(s, e, Kind::Day(date));
        }
    }
    for c in FISCAL.captures_iter(t) {
        let (s, e) = span(&c);
        let y = full_year(&c["y"]);
        match c.name("y2").map(|x| full_year(x.as_str())) {
            Some(y2) if y2 == y + 1 => push(s, e, Kind::SplitYear(y)),
            Some(_) => {}
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
    for c in Q_QUARTER.captures_iter(t) {
        let (s, e) = span(&c);
        if glued_number(t, s, e) {
            continue;
        }
        let q = c["q"][1..].parse().unwrap();
        match c.name("y").or(c.name("yy")) {
            Some(y) => push(s, e, Kind::Quarter(full_year(y.as_str()), q)),
            None => push(s, e, Kind::QuarterAlone(q)),
        }
    }
    for c in ORD_QUARTER.captures_iter(t) {
        let (mut s, e) = span(&c);
        if c.name("fin").is_some() && c.name("y").is_none() && c.name("rel").is_none() {
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
        let first = token_at(a, s);
        let prev = if first > 0 { low(a, first - 1) } else { String::new() };
        let dated = c.name("the").is_some() || hyphen || c.name("y").is_some() || c.name("rel").is_some();
        if !dated && !matches!(prev.as_str(), "in" | "for" | "during" | "fiscal" | "calendar" | "its" | "their" | "his" | "her" | "our") {
            continue;
        }
        let kind = if let Some(y) = c.name("y") {
            Kind::Quarter(y.as_str().parse().unwrap(), q)
        } else if let Some(r) = c.name("rel") {
            let off = match r.as_str().to_ascii_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            Kind::QuarterOfRelYear(q, off)
        } else {
            Kind::QuarterAlone(q)
        };
        push(s, e, kind);
    }
    for c in DAY_WORD.captures_iter(t) {
        let (s, e) = span(&c);
        let w = c[0].to_ascii_lowercase();
        let off = match w.as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            "today" | "tonight" => 0,
            _ => -1, // last night
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
        let first = token_at(a, s);
        let prev = if first > 0 { low(a, first - 1) } else { String::new() };
        if matches!(prev.as_str(), "the" | "a" | "every" | "each" | "per") {
            continue; // "the last year", "over the next month": durations
        }
        let shift = shift_of(Some(&m));
        if m == "the" {
            if u == "weekend" {
                push(s, e, Kind::Weekend(Shift::Plain));
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
        if prev_is(a, token_at(a, s), &["every", "each", "most", "some", "any"]) {
            continue; // recurring: "every Monday"
        }
        let wd = weekday_of(wdm.as_str()).unwrap();
        push(s, e, Kind::Weekday(wd, shift_of(c.name("m").map(|x| x.as_str()))));
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
        let Some(n) = word_num(&c["n"]) else { continue };
        let kind = match c["u"].to_ascii_lowercase().as_str() {
            "day" => Kind::DayRel(-n),
            "week" => Kind::WeekRel(-n),
            "month" => Kind::MonthRel(-(n as i32)),
            _ => Kind::YearRel(-(n as i32)),
        };
        push(s, e, kind);
    }

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

/// Does a season/budget noun follow ("2019-2020 season"), making a 4-digit pair a split year?
fn split_year_noun(a: &Analysis, e: usize) -> bool {
    let after = token_at(a, e);
    matches!(
        low(a, after).as_str(),
        "season" | "financial" | "fiscal" | "school" | "academic" | "tax" | "budget" | "year" | "term" | "campaign" | "winter" | "session"
    )
}
