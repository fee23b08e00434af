//! Further shapes of dates: holidays ("Labor Day", "Christmas 2019"), days
//! written with ordinal words ("the first of March", "March first", "the first
//! Tuesday of October"), numeric and abbreviated forms ("05-Aug-2016",
//! "Dec-2018", "11/2016", "2016-11"), two-digit years ("'98", "March '98",
//! "Jan. 5, '98"), quarters written with their year first ("2017 Q1", "1Q17")
//! and quarters counted from the one under discussion ("the year-ago quarter").

use super::super::super::analysis::Analysis;
use super::super::context::{in_headline, is_capitalized, sentence_initial};
use super::super::holidays;
use super::checks::{capitalized_before, date_cased, glued_number, name_before, weekday_ok};
use super::patterns::{MON, SP, WD_ALONE, YEAR, alternation, month_number, re, weekday_of};
use super::{Candidate, Kind, Shift, Short, YearRef, Yearly, cased_month, rel_offset, shift_of, span, weekday_written};
use crate::lexicon::{
    BE_FORMS, CLAUSE_OPENERS, HOLIDAY_LEAD, HOLIDAY_NOUNS, HOLIDAY_VERBS, INDEFINITE_DETERMINERS, NOT_YEAR_NEXT, ORDINALS, PREPOSITIONS,
    RECURRING_LEAD, TIME_UNITS, WORK_NOUNS,
};
use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Day numbers of ordinal words ("third" -> 3), lowercase, a space where the lexicon has a hyphen.
static ORDINAL_OF: LazyLock<HashMap<String, u32>> =
    LazyLock::new(|| ORDINALS.rows().iter().filter_map(|r| Some((r[0].replace('-', " "), r[1].parse().ok()?))).collect());

/// The ordinal words of days, a hyphen written as a hyphen or a space.
static ORD: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<&str> = ORDINALS.rows().iter().map(|r| r[0]).collect();
    let parts: Vec<String> = alternation(&words).split('|').map(|w| w.replace(r"\-", "-").replace('-', "[- ]")).collect();
    format!("(?:{})", parts.join("|"))
});

/// Day number of an ordinal word ("Twenty-First" -> 21).
fn ordinal(w: &str) -> Option<u32> {
    ORDINAL_OF.get(&w.to_lowercase().replace('-', " ")).copied()
}

/// A holiday with what fixes its year: "last Christmas", "last year's Thanksgiving", "Labor Day 2021",
/// "Christmas Day last year".
static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    let names = holidays::alternation();
    re(format!(
        r"(?i)\b(?:(?P<ry>last|this|next){SP}year['’]s{SP}|(?P<shift>this{SP}past|last|this|next|coming|past){SP})?(?P<name>{names})\b(?:,?{SP}(?:of{SP})?(?P<year>{YEAR})\b|{SP}(?P<rel>last|this|next){SP}year\b)?"
    ))
});
/// "the first of March", "the twenty-first of June, 2020".
static ORD_OF_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let (ord, mon) = (&*ORD, &*MON);
    re(format!(r"(?i)\bthe{SP}(?P<ord>{ord}){SP}of{SP}(?P<mon>{mon})(?:,?{SP}(?P<year>{YEAR})\b)?"))
});
/// "the 15th of this month", "the first of next month".
static DAY_OF_REL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    let ord = &*ORD;
    re(format!(r"(?i)\bthe{SP}(?:(?P<ord>{ord})|(?P<num>\d{{1,2}})(?:st|nd|rd|th)){SP}of{SP}(?P<rel>last|this|next){SP}month\b"))
});
/// "March first", "June twenty-first, 2020".
static MONTH_ORD: LazyLock<Regex> = LazyLock::new(|| {
    let (ord, mon) = (&*ORD, &*MON);
    re(format!(r"(?i)\b(?P<mon>{mon}){SP}(?P<ord>{ord})\b(?:,?{SP}(?P<year>{YEAR})\b)?"))
});
/// "the first Tuesday of October", "the last Friday in June 2020", "the first Monday of next month".
static NTH_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    let (wd, mon) = (&*WD_ALONE, &*MON);
    re(format!(
        r"(?i)\b(?:the{SP})?(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th){SP}(?P<wd>{wd}){SP}(?:of|in){SP}(?:(?P<rel>last|this|next){SP}month\b|(?P<mon>{mon})(?:,?{SP}(?P<year>{YEAR})\b)?)"
    ))
});
/// "05-Aug-2016", "5/Aug/16".
static DAY_MON_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(r"(?i)\b(?P<day>\d{{1,2}})[-/](?P<mon>{mon})[-/](?:(?P<year>{YEAR})|(?P<yy>\d\d))\b"))
});
/// "Dec-2018", "Dec/2018".
static MON_DASH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(r"(?i)\b(?P<mon>{mon})[-/](?P<year>{YEAR})\b"))
});
/// "11/2016", "2016-11", "2016/11".
static NUM_MONTH: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"\b(?:(?P<m>0?[1-9]|1[0-2])/(?P<y>{YEAR})|(?P<y2>{YEAR})[-/](?P<m2>0[1-9]|1[0-2]))\b")));
/// "March '98", "Jan. 5, '98", "5 January '98".
static MON_YY: LazyLock<Regex> = LazyLock::new(|| {
    let mon = &*MON;
    re(format!(
        r"(?i)\b(?:(?P<mon>{mon})(?:{SP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?{SP}(?P<mon2>{mon})),?{SP}['’](?P<yy>\d\d)\b"
    ))
});
/// "'98" alone.
static APOS_YEAR: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[ \t\n(\[—–-])(?P<yy>['’]\d\d)\b".to_string()));
/// "2017 Q1", "2017Q1", "FY17 Q1", "FY2017-Q1".
static YEAR_Q: LazyLock<Regex> =
    LazyLock::new(|| re(format!(r"\b(?:(?P<fy>FY)(?:{SP})?['’]?)?(?P<y>{YEAR}|\d\d)(?:{SP}|-)?(?P<q>Q[1-4])\b")));
/// "1Q17", "1Q 2017" (alone, "2Q" is as often a model's name).
static NUM_Q: LazyLock<Regex> = LazyLock::new(|| re(format!(r"\b(?P<q>[1-4])Q(?:(?:{SP})?(?P<y>{YEAR})|['’]?(?P<yy>\d\d))\b")));
/// "Tuesday last week", "Friday of next week".
static WEEKDAY_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    let wd = &*WD_ALONE;
    re(format!(r"(?i)\b(?P<wd>{wd}){SP}(?:of{SP})?(?P<rel>last|next|this){SP}week\b"))
});
/// "the year-ago quarter", "the same quarter last year", "the previous quarter".
static QUARTER_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\bthe{SP}(?:(?P<ya>year[- ]ago|year[- ]earlier|prior[- ]year|previous[- ]year)|(?P<pq>previous|prior|preceding))(?:{SP}fiscal)?{SP}quarter\b|\bthe{SP}same{SP}(?:fiscal{SP})?quarter(?:{SP}(?:of|in))?{SP}(?:last{SP}year|a{SP}year{SP}(?:ago|earlier|before)|the{SP}year{SP}before|(?:the{SP})?(?:previous|prior|preceding){SP}year)\b"
    ))
});

/// "the previous year", "the following year", "the year before": a year counted from the one the
/// text is telling (not "the previous-year quarter", nor "the previous year period", nor "the year
/// before independence").
static YEAR_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(format!(
        r"(?i)\bthe{SP}(?:(?P<back>previous|prior|preceding)|following){SP}year\b|\bthe{SP}year{SP}(?:(?P<before>before)|(?P<after>after))\b"
    ))
});

/// Is the token at `i` a capitalised word that continues a name ("Christmas Island") on its line?
fn name_after(a: &Analysis, i: usize) -> bool {
    i < a.tokens.len() && {
        let n = a.tok(i);
        let same_line = i == 0 || !a.line_break_after(i - 1);
        same_line
            && !in_headline(a, i)
            && is_capitalized(n)
            && n.chars().all(char::is_alphabetic)
            && month_number(n).is_none()
            && weekday_of(n).is_none()
            && !HOLIDAY_LEAD.contains(a.low(i))
    }
}

/// A holiday match, if its context makes it the day.
/// Does every word of a holiday's name but "of", "the" and "and" start with a capital?
/// ("Election Day" is the US one, "election day" any vote's.)
fn title_cased(name: &str) -> bool {
    name.split([' ', '-']).filter(|w| !matches!(*w, "of" | "the" | "and")).all(|w| !w.starts_with(char::is_lowercase))
}

/// Is the text at `s..e` set in quotation marks: a title ("the film “Independence Day”")?
fn quoted(t: &str, s: usize, e: usize) -> bool {
    let q = |c: Option<char>| c.is_some_and(|c| "\"“”‘’'".contains(c));
    q(t[..s].trim_end().chars().next_back()) && q(t[e..].trim_start_matches([',', '.', ' ']).chars().next())
}

fn holiday(a: &Analysis, c: &Captures) -> Option<Candidate> {
    let (s, e) = span(c);
    let name = c.name("name").unwrap();
    let h = holidays::find(name.as_str())?;
    if !date_cased(name.as_str()) || !title_cased(name.as_str()) || quoted(a.text, s, name.end()) {
        return None;
    }
    let (first, after) = (a.tok_at(s), a.tok_at(name.end()));
    let prev = if first > 0 { a.low(first - 1) } else { "" };
    // "every Christmas", "Christmas shopping", "a Christmas miracle", "a Christmas like no other", "the
    // film Independence Day"; but an event of the day is the day: "at a Labor Day rally in Pittsburgh".
    let event_next = after < a.tokens.len()
        && a.tok(after).chars().all(|ch| ch.is_ascii_lowercase())
        && !HOLIDAY_NOUNS.contains(a.low(after))
        && !PREPOSITIONS.contains(a.low(after))
        && !CLAUSE_OPENERS.contains(a.low(after))
        && !BE_FORMS.contains(a.low(after));
    let generic = (INDEFINITE_DETERMINERS.contains(prev) && !event_next) || WORK_NOUNS.contains(prev);
    if generic || RECURRING_LEAD.contains(prev) || HOLIDAY_NOUNS.contains(a.low(after)) || name_before(a, first) || name_after(a, after) {
        return None;
    }
    let year = if let Some(y) = c.name("year") {
        YearRef::Abs(y.as_str().parse().ok()?)
    } else if let Some(r) = c.name("rel").or(c.name("ry")) {
        YearRef::Rel(rel_offset(r.as_str()))
    } else {
        YearRef::Near(shift_of(c.name("shift").map(|m| m.as_str())))
    };
    let fixed = !matches!(year, YearRef::Near(Shift::Plain));
    // "on Christmas and Thanksgiving": a holiday joined to another shares its lead.
    let joined = matches!(prev, "and" | "or") && first >= 2 && holiday_ends_at(a, first - 2);
    // The subject of a verb of calendar position opening its sentence: "Christmas falls on a Wednesday".
    let subject = sentence_initial(a, first) && HOLIDAY_VERBS.contains(a.low(after));
    if holidays::LIST[h].needs_lead && !fixed && !HOLIDAY_LEAD.contains(prev) && !joined && !subject {
        return None;
    }
    Some(Candidate { start: s, end: e, kind: Kind::Yearly(Yearly::Holiday(h), year) })
}

/// Does a holiday's name end at token `k` ("Christmas", "Labor Day")?
fn holiday_ends_at(a: &Analysis, k: usize) -> bool {
    (0..4.min(k + 1)).any(|n| {
        let (from, to) = (a.tokens[k - n].start, a.tokens[k].end);
        title_cased(&a.text[from..to]) && holidays::find(&a.text[from..to]).is_some()
    })
}

/// The year a day pattern wrote ("year" group), or the nearest occurrence.
fn year_ref(c: &Captures) -> YearRef {
    c.name("year").and_then(|y| y.as_str().parse().ok()).map_or(YearRef::Near(Shift::Plain), YearRef::Abs)
}

/// Which of a month's weekdays an ordinal names: "first" 1 … "fifth" 5, "last" -1.
fn nth(word: &str) -> i32 {
    match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        "fifth" | "5th" => 5,
        _ => -1,
    }
}

/// A day of a month with a year written or not, as a kind.
fn month_day(m: u32, d: u32, year: YearRef) -> Option<Kind> {
    match year {
        YearRef::Abs(y) => NaiveDate::from_ymd_opt(y, m, d).map(Kind::Day),
        _ => NaiveDate::from_ymd_opt(2024, m, d).map(|_| Kind::MonthDay(m, d, None)),
    }
}

/// Appends the candidates of the shapes above to `out`.
pub fn candidates(a: &Analysis, out: &mut Vec<Candidate>) {
    let t = a.text;
    out.extend(HOLIDAY.captures_iter(t).filter_map(|c| holiday(a, &c)));
    for c in ORD_OF_MONTH.captures_iter(t) {
        let Some(m) = cased_month(&c) else { continue };
        let ord = c.name("ord").unwrap();
        if let Some(kind) = ordinal(ord.as_str()).and_then(|d| month_day(m, d, year_ref(&c))) {
            out.push(Candidate { start: ord.start(), end: span(&c).1, kind });
        }
    }
    for c in DAY_OF_REL_MONTH.captures_iter(t) {
        let day = c.name("ord").or(c.name("num")).unwrap();
        let d = ordinal(day.as_str()).or_else(|| day.as_str().parse().ok()).filter(|d| (1..=31).contains(d));
        if let Some(d) = d {
            out.push(Candidate { start: day.start(), end: span(&c).1, kind: Kind::DayOfRelMonth(d, rel_offset(&c["rel"])) });
        }
    }
    for c in MONTH_ORD.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(m) = cased_month(&c) else { continue };
        let ord = c.name("ord").unwrap();
        let next = a.tok_at(ord.end());
        // "March first-quarter", "May second round", "Theresa May first said".
        let adjective = t[ord.end()..].starts_with('-') || (next < a.tokens.len() && TIME_UNITS.contains(a.low(next)));
        if adjective || name_before(a, a.tok_at(s)) {
            continue;
        }
        let end = if c.name("year").is_some() { e } else { ord.end() };
        if let Some(kind) = ordinal(ord.as_str()).and_then(|d| month_day(m, d, year_ref(&c))) {
            out.push(Candidate { start: s, end, kind });
        }
    }
    for c in NTH_WEEKDAY.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(wd) = weekday_written(a, &c) else { continue };
        let n = nth(&c["n"]);
        let kind = match (c.name("rel"), cased_month(&c)) {
            (Some(rel), _) => Kind::NthWeekdayOfRelMonth(n, wd, rel_offset(rel.as_str())),
            (None, Some(m)) => Kind::Yearly(Yearly::NthWeekday(m, n, wd), year_ref(&c)),
            (None, None) => continue,
        };
        out.push(Candidate { start: s, end: e, kind });
    }
    for c in DAY_MON_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let (Some(m), Ok(d)) = (month_number(&c["mon"]), c["day"].parse::<u32>()) else { continue };
        if glued_number(t, s, e) {
            continue;
        }
        let kind = match (c.name("year"), c.name("yy")) {
            (Some(y), _) => NaiveDate::from_ymd_opt(y.as_str().parse().unwrap(), m, d).map(Kind::Day),
            (_, Some(yy)) => NaiveDate::from_ymd_opt(2024, m, d).map(|_| Kind::TwoDigit(yy.as_str().parse().unwrap(), Short::Day(m, d))),
            _ => None,
        };
        out.extend(kind.map(|kind| Candidate { start: s, end: e, kind }));
    }
    for c in MON_DASH_YEAR.captures_iter(t) {
        let (s, e) = span(&c);
        let Some(m) = month_number(&c["mon"]) else { continue };
        if !glued_number(t, s, e) {
            out.push(Candidate { start: s, end: e, kind: Kind::MonthYear(c["year"].parse().unwrap(), m) });
        }
    }
    for c in NUM_MONTH.captures_iter(t) {
        let (s, e) = span(&c);
        let (y, m): (i32, u32) = match (c.name("y"), c.name("y2")) {
            (Some(y), _) => (y.as_str().parse().unwrap(), c["m"].parse().unwrap()),
            (_, Some(y)) => (y.as_str().parse().unwrap(), c["m2"].parse().unwrap()),
            _ => continue,
        };
        // "2010-11" is a split year (the year grammar's), "1/11/2016" a day.
        let split = c.name("y2").is_some() && m as i32 == (y + 1) % 100;
        if !split && !glued_number(t, s, e) {
            out.push(Candidate { start: s, end: e, kind: Kind::MonthYear(y, m) });
        }
    }
    for c in MON_YY.captures_iter(t) {
        let (s, e) = span(&c);
        let mon = c.name("mon").or(c.name("mon2")).unwrap();
        let Some(m) = month_number(mon.as_str()).filter(|_| date_cased(mon.as_str())) else { continue };
        let yy = c["yy"].parse().unwrap();
        let short = match c.name("day").or(c.name("day2")).map(|d| d.as_str().parse::<u32>().unwrap()) {
            Some(d) if NaiveDate::from_ymd_opt(2024, m, d).is_some() => Short::Day(m, d),
            Some(_) => continue,
            None => Short::Month(m),
        };
        out.push(Candidate { start: s, end: e, kind: Kind::TwoDigit(yy, short) });
    }
    for c in APOS_YEAR.captures_iter(t) {
        let yy = c.name("yy").unwrap();
        let (s, e) = (yy.start(), yy.end());
        let after = a.tok_at(e);
        // "'90s" is a decade (no word boundary), "'98 percent" a number.
        if glued_number(t, s, e) {
            continue;
        }
        // "'98 percent"; "Schalke '04", "Hannover '96": a name's part.
        if after < a.tokens.len() && NOT_YEAR_NEXT.contains(a.low(after)) || capitalized_before(a, a.tok_at(s)) {
            continue;
        }
        out.push(Candidate { start: s, end: e, kind: Kind::TwoDigit(t[s..e][t[s..e].len() - 2..].parse().unwrap(), Short::Year) });
    }
    for c in YEAR_Q.captures_iter(t) {
        let (s, e) = span(&c);
        let q = c["q"][1..].parse().unwrap();
        let y = &c["y"];
        let kind = match (y.len(), c.name("fy")) {
            (4, _) => Kind::Quarter(y.parse().unwrap(), q),
            (_, Some(_)) => Kind::TwoDigit(y.parse().unwrap(), Short::Quarter(q)),
            _ => continue,
        };
        if !glued_number(t, s, e) {
            out.push(Candidate { start: s, end: e, kind });
        }
    }
    for c in NUM_Q.captures_iter(t) {
        let (s, e) = span(&c);
        if glued_number(t, s, e) {
            continue;
        }
        let q = c["q"].parse().unwrap();
        let kind = match (c.name("y"), c.name("yy")) {
            (Some(y), _) => Kind::Quarter(y.as_str().parse().unwrap(), q),
            (_, Some(yy)) => Kind::TwoDigit(yy.as_str().parse().unwrap(), Short::Quarter(q)),
            _ => continue,
        };
        out.push(Candidate { start: s, end: e, kind });
    }
    for c in WEEKDAY_WEEK.captures_iter(t) {
        let (s, e) = span(&c);
        let wdm = c.name("wd").unwrap();
        if date_cased(wdm.as_str()) && weekday_ok(a, wdm.start(), wdm.end()) {
            let wd = weekday_of(wdm.as_str()).unwrap();
            out.push(Candidate { start: s, end: e, kind: Kind::WeekdayOfWeek(wd, rel_offset(&c["rel"]) as i64) });
        }
    }
    for c in YEAR_BACK.captures_iter(t) {
        let (s, e) = span(&c);
        let rest = t[e..].trim_start_matches([' ', '\u{a0}']).to_lowercase();
        let noun_after = t[e..].starts_with('-') || ["quarter", "period", "fiscal", "ago"].iter().any(|w| rest.starts_with(w));
        // "the year before" ends its clause; before a word it is a preposition's ("the year before
        // independence", "the year after posting losses"), and so before an opening quotation mark
        // or bracket, one a space sets off ("the first film of the year after “Inside Out 2”").
        let preposition = c.name("before").is_some() || c.name("after").is_some();
        let opening = t[e..].starts_with([' ', '\u{a0}']) && rest.starts_with(['"', '“', '‘', '\'', '(']);
        let ends = rest.chars().next().is_none_or(|ch| !ch.is_alphanumeric()) && !opening;
        if !noun_after && (!preposition || ends) {
            let back = c.name("back").is_some() || c.name("before").is_some();
            out.push(Candidate { start: s, end: e, kind: Kind::YearBack(if back { -1 } else { 1 }) });
        }
    }
    for c in QUARTER_BACK.captures_iter(t) {
        let (s, e) = span(&c);
        let back = if c.name("pq").is_some() { (0, 1) } else { (1, 0) };
        out.push(Candidate { start: s, end: e, kind: Kind::QuarterBack(back.0, back.1) });
    }
}
