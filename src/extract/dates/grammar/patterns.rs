//! The date patterns: one regex per shape of date expression, compiled once,
//! and the month and weekday names they are built from (the lexicon's
//! `months.tsv` and `weekdays.tsv`).

use crate::lexicon::{MONTHS, WEEKDAYS};
use chrono::Weekday;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Spaces between the words of a date (no line break).
pub(super) const SP: &str = r"[ \t\u{00A0}]+";
/// A year of the 20th or 21st century.
pub const YEAR: &str = r"(?:19|20)\d\d";
/// A year from 1000 on, for a full date ("March 4, 1865", "July 1776"): a
/// month beside it says it is a year.
pub(super) const ANY_YEAR: &str = r"(?:1\d|20)\d\d";

/// Month numbers by lowercase form ("september", "sept" -> 9).
static MONTH_OF: LazyLock<HashMap<&'static str, u32>> =
    LazyLock::new(|| MONTHS.rows().iter().filter_map(|r| Some((r[0], r[1].parse().ok()?))).collect());

/// ISO weekday numbers (1 = Monday) by lowercase form ("tues" -> 2).
static WEEKDAY_OF: LazyLock<HashMap<&'static str, u32>> =
    LazyLock::new(|| WEEKDAYS.rows().iter().filter_map(|r| Some((r[0], r[1].parse().ok()?))).collect());

/// A table's forms (column 0) split into full names, the longest form of each
/// number (column 1), and the other forms, the abbreviations.
fn full_and_short(rows: &'static [Vec<&'static str>]) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut longest: HashMap<&str, &str> = HashMap::new();
    for r in rows {
        let l = longest.entry(r[1]).or_insert(r[0]);
        if r[0].len() > l.len() {
            *l = r[0];
        }
    }
    let (full, short): (Vec<&Vec<&str>>, Vec<&Vec<&str>>) = rows.iter().partition(|r| longest[r[1]] == r[0]);
    (full.iter().map(|r| r[0]).collect(), short.iter().map(|r| r[0]).collect())
}

/// A regex alternation of `words`, longest first so that no word stops at a shorter one's end.
pub(super) fn alternation(words: &[&str]) -> String {
    let mut w: Vec<&str> = words.to_vec();
    w.sort_by_key(|x| std::cmp::Reverse(x.len()));
    w.iter().map(|x| regex::escape(x)).collect::<Vec<_>>().join("|")
}

/// Month names in full, or abbreviated with an optional period: "January", "Jan.", "Sept".
pub(super) static MON: LazyLock<String> = LazyLock::new(|| {
    let (full, short) = full_and_short(MONTHS.rows());
    format!(r"(?:{}|(?:{})\b\.?)", alternation(&full), alternation(&short))
});
/// Month names in full only.
static MON_FULL: LazyLock<String> = LazyLock::new(|| format!("(?:{})", alternation(&full_and_short(MONTHS.rows()).0)));
/// Weekday names in full or abbreviated ("Wednesday", "Wed", "Thurs").
static WD: LazyLock<String> = LazyLock::new(|| format!("(?:{})", alternation(&WEEKDAYS.rows().iter().map(|r| r[0]).collect::<Vec<_>>())));
/// Weekday names that stand on their own: in full, or abbreviations no word
/// shares ("Wednesday", "Thurs", "Weds"; not "Sun" or "Wed").
pub static WD_ALONE: LazyLock<String> =
    LazyLock::new(|| format!("(?:{})", alternation(&WEEKDAYS.rows().iter().filter(|r| r[2] == "yes").map(|r| r[0]).collect::<Vec<_>>())));

/// Month number of a month word ("Sept." -> 9), case-insensitive.
pub fn month_number(w: &str) -> Option<u32> {
    MONTH_OF.get(w.trim_end_matches('.').to_ascii_lowercase().as_str()).copied()
}

/// Weekday of a word by its first three letters, case-insensitive ("Tues." and
/// "Thursday" as "tue" and "thu"; so also of any word that begins like one).
pub fn weekday_of(w: &str) -> Option<Weekday> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    let n = WEEKDAY_OF.get(w.get(..3)?)?;
    Weekday::try_from(*n as u8 - 1).ok()
}

/// Compile a pattern with ASCII word boundaries and digits: Unicode `\b`
/// would keep the fast DFA engines off any text with a non-ASCII character.
pub fn re(p: String) -> Regex {
    let p = p.replace(r"\b", r"(?-u:\b)").replace(r"\d", "[0-9]");
    Regex::new(&p).expect("date pattern")
}

/// "Wednesday, January 22, 2025", "Jan. 22", "January 22nd".
pub static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let wd = &*WD;
    let mon = &*MON;
    re(format!(
        r"(?i)\b(?:(?P<wd>{wd})\b\.?,?{SP})?(?P<mon>{mon}){SP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?{SP}(?P<year>{ANY_YEAR})\b)?"
    ))
});
/// "22 January 2025", "5 August", "22nd of January".
pub static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let wd = &*WD;
    let mon = &*MON;
    re(format!(
        r"(?i)\b(?:(?P<wd>{wd})\b\.?,?{SP})?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<mon>{mon})(?:,?{SP}(?P<year>{ANY_YEAR})\b)?"
    ))
});
/// "June 2024", "June of 2024".
pub static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(r"(?i)\b(?P<mon>{mon}),?{SP}(?:of{SP})?(?P<year>{ANY_YEAR})\b"))
});
/// "Aug. 25 last year", "May 30 next year", "25 August last year", "December 1, last year".
pub static DAY_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(
        r"(?i)\b(?:(?P<mon>{mon}){SP}(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?:of{SP})?(?P<mon2>{mon}))(?:st|nd|rd|th)?,?{SP}(?P<rel>last|this|next){SP}year\b"
    ))
});
/// "November last year", "March of next year".
pub static MONTH_REL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(r"(?i)\b(?P<mon>{mon}),?{SP}(?:of{SP})?(?P<rel>last|this|next){SP}year\b"))
});
/// "March", "last March".
pub static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    let mon_full = &*MON_FULL;
    re(format!(r"(?i)\b(?:(?P<shift>last|this|next){SP})?(?P<mon>{mon_full})\b"))
});
/// "2025-01-22", "2025/01/22", "2025-01-22T10:00:00Z" (a timestamp: the date is the day).
pub static ISO: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"\b(?P<y>{YEAR})(?P<sep>[-/])(?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})(?:\b|T\d)")));
/// "1/22/2025", "22/01/2025", "22.01.2025", "1/22/25".
pub static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"\b(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})[/.](?P<y>{YEAR}|\d\d)\b")));
/// A year before 1900 standing alone ("in 1898"): only after a word of
/// `historic_year_lead.txt`, checked by the grammar.
pub static HISTORIC_YEARS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?P<y>1[0-8]\d\d)\b".to_string()));
/// "2015", "2022/23", "2025/2026", "2019-20".
pub static YEARS: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b(?P<y>{YEAR})(?:(?P<sep>[/–-])(?P<y2>{YEAR}|\d\d)\b)?\b")));
/// "fiscal 2020", "fiscal year 2020", "FY2020", "FY20", "financial year 2024/25".
pub static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(r"\b(?:(?i:fiscal(?:{SP}year)?|financial{SP}year)|FY)(?:{SP})?'?(?P<y>{YEAR}|\d\d)(?:[/–-](?P<y2>{YEAR}|\d\d))?\b"))
});
/// "Q3 2019", "Q3 of 2019", "Q3 FY2019", "Q3'19", "Q3 FY19", "Q3".
pub static Q_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"\b(?P<q>Q[1-4])\b(?:{SP}(?:of{SP})?(?:(?:FY|(?i:fiscal))(?:{SP})?)?(?P<y>{YEAR})\b|{SP}FY(?:{SP})?['’]?(?P<fy>\d\d)\b|(?:{SP})?['’](?P<yy>\d\d)\b)?"
    ))
});
/// "the third quarter", "the fourth quarter of 2019", "third-quarter", "the first quarter of last year",
/// "the 1988 second quarter", "next year's first quarter", "fourth-quarter 2016", "the third quarter last year".
pub static ORD_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\b(?:(?P<the>the){SP})?(?:(?P<py>{YEAR})(?:['’]s)?{SP}|(?P<prel>last|this|next){SP}year['’]s{SP})?(?:fiscal{SP})?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?P<hy>[ -])(?:fiscal{SP})?quarter\b|(?P<fin>final|last){SP}quarter\b)(?:{SP}(?:(?:of|in){SP})?(?:fiscal{SP})?(?:(?P<y>{YEAR})\b|(?P<rel>last|this|next){SP}year\b))?"
    ))
});
/// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
/// "the day before yesterday", "the day after tomorrow".
pub static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\b(?:the{SP}day{SP}before{SP}yesterday|the{SP}day{SP}after{SP}tomorrow|last{SP}night|this{SP}(?:morning|afternoon|evening)|yesterday|today|tomorrow|tonight)\b"
    ))
});
/// "this week", "last month", "next year", "this past weekend", "the weekend", "last quarter".
pub static UNIT_REL: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"(?i)\b(?P<m>this{SP}past|this|last|next|the){SP}(?P<u>week|month|year|quarter|weekend)\b")));
/// "Wednesday", "next Tuesday", "this past Monday".
pub static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let wd_full = &*WD_ALONE;
    re(format!(r"(?i)\b(?:(?P<m>this{SP}past|last|next|this|coming|past){SP})?(?P<wd>{wd_full})(?P<pl>s)?\b"))
});
/// "the new year".
pub static NEW_YEAR: LazyLock<Regex> = LazyLock::new(|| re(format!(r"(?i)\bthe{SP}new{SP}year\b")));
/// "two days ago", "a year ago", "Eighteen months ago".
pub static AGO: LazyLock<Regex> = LazyLock::new(|| {
    let words = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";
    re(format!(r"(?i)\b(?P<n>an?|{words}|\d{{1,2}}){SP}(?P<u>day|week|month|year)s?{SP}ago\b"))
});
/// URLs, web paths and handles: never dates.
pub static NOT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|gov|edu|co|io|uk|za|ly|me|tv|news|info)/\S*|@\w+|\b[\w.+-]+@[\w-]+\.[\w.]+"
        .to_string())
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_and_weekday_names_come_from_the_lexicon() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("MAY"), Some(5));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("Mayor"), None);
        assert_eq!(month_number("Ju"), None);
        assert_eq!(weekday_of("Thurs."), Some(Weekday::Thu));
        assert_eq!(weekday_of("SUNDAY"), Some(Weekday::Sun));
        assert_eq!(weekday_of("Ma"), None);
        assert!(WEEKDAYS.rows().iter().all(|r| r.len() == 3 && (1..=7).contains(&r[1].parse::<u32>().unwrap())));
        // Every full name stands alone.
        assert!(full_and_short(WEEKDAYS.rows()).0.iter().all(|f| WEEKDAYS.rows().iter().any(|r| r[0] == *f && r[2] == "yes")));
        assert_eq!(full_and_short(MONTHS.rows()).0.len(), 12);
        assert_eq!(full_and_short(WEEKDAYS.rows()).0, ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
    }

    #[test]
    fn patterns_built_from_the_names_match_full_and_short_forms() {
        let found = |re: &Regex, t: &str| re.find(t).map(|m| m.as_str().to_string());
        assert_eq!(found(&MONTH_DAY, "on Wed., Sept. 4, 2024 at"), Some("Wed., Sept. 4, 2024".into()));
        assert_eq!(found(&MONTH_DAY, "on Thursday, March 5"), Some("Thursday, March 5".into()));
        assert_eq!(found(&MONTH_DAY, "Septem 4"), None);
        assert_eq!(found(&DAY_MONTH, "the 22nd of January 2025"), Some("22nd of January 2025".into()));
        assert_eq!(found(&MONTH_ALONE, "since Jan. and in last March"), Some("last March".into()));
        assert_eq!(found(&WEEKDAY, "on Mondays and this past Friday"), Some("Mondays".into()));
        assert_eq!(alternation(&["sep", "sept", "a.m"]), r"sept|sep|a\.m");
    }
}
