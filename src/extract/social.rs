//! Attribution lines of embedded social posts: "— Elon Musk (@elonmusk) January 22, 2025".
//!
//! One parser serves the quotes extractor (the post above the line, its
//! author, handle and date) and the document-date inference (the latest post
//! date). A line is an attribution when it opens with a dash (or "A post
//! shared by"), names an author of at most six words with a capital, and has a
//! handle in brackets or a date, optionally with a time.

use chrono::NaiveDate;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^[ \t]*(?:—|–|―|-{1,2}|A post shared by)|\S(?:—|–|―))[ \t]*(?P<name>[^\s()@—–][^\n()@—–]{0,79}?)[ \t]*(?:\((?P<handle>@[A-Za-z0-9_]{1,30})\))?[ \t]*(?:on[ \t]+)?(?P<date>[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})?(?:[ \t]+at[ \t]+\d{1,2}:\d{2}[^\n]{0,12})?[ \t]*$",
    )
    .unwrap()
});

/// A parsed attribution line; ranges are byte offsets into the whole text.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Where the attribution starts: the line's start, or the dash glued to the
    /// end of the post's text ("pic.twitter.com/abc— Jane Doe (@jdoe) …").
    pub start: usize,
    /// The author's name.
    pub name: Range<usize>,
    /// The handle with its "@".
    pub handle: Option<String>,
    /// The post's date as written ("January 22, 2025"), read by [`post_date`].
    pub date: Option<Range<usize>>,
}

/// Parse the line `text[line.0..line.1]` as an attribution line.
pub fn attribution(text: &str, line: (usize, usize)) -> Option<Attribution> {
    // Cheap checks first (this runs on every line): a line opening with a dash or "A post shared
    // by", or holding a long dash (glued to the post's end).
    let l = &text[line.0..line.1];
    let opening = l.trim_start();
    if !(opening.starts_with(['—', '–', '―', '-']) || opening.starts_with("A post shared by") || l.contains(['—', '–', '―'])) {
        return None;
    }
    let c = ATTRIBUTION.captures(l)?;
    let (handle, date) = (c.name("handle"), c.name("date"));
    let name = c.name("name")?;
    if handle.is_none() && date.is_none() || name.as_str().split_whitespace().count() > 6 || !name.as_str().chars().any(char::is_uppercase)
    {
        return None;
    }
    let abs = |m: regex::Match| line.0 + m.start()..line.0 + m.end();
    let m = c.get(0).unwrap();
    let glued = !text[line.0..line.0 + m.start()].trim().is_empty();
    let start = if glued { line.0 + m.start() + m.as_str().chars().next().map_or(0, char::len_utf8) } else { line.0 };
    Some(Attribution { start, name: abs(name), handle: handle.map(|h| h.as_str().to_string()), date: date.map(abs) })
}

/// The date of a post ("January 22, 2025", "22 Jan 2025", "2025-01-22"); a
/// date without a year takes `year`.
pub fn post_date(s: &str, year: Option<i32>) -> Option<NaiveDate> {
    let s = s.replace(['.', ','], "");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let full = ["%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d"].iter().find_map(|f| NaiveDate::parse_from_str(&s, f).ok());
    full.or_else(|| {
        let with_year = format!("{s} {}", year?);
        ["%B %d %Y", "%b %d %Y"].iter().find_map(|f| NaiveDate::parse_from_str(&with_year, f).ok())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Option<(String, Option<String>, Option<String>)> {
        let a = attribution(line, (0, line.len()))?;
        Some((line[a.name].to_string(), a.handle, a.date.map(|d| line[d].to_string())))
    }

    #[test]
    fn attribution_lines() {
        assert_eq!(
            parse("— Elon Musk (@elonmusk) January 22, 2025"),
            Some(("Elon Musk".into(), Some("@elonmusk".into()), Some("January 22, 2025".into())))
        );
        assert_eq!(parse("-- Jane Doe (@jd)"), Some(("Jane Doe".into(), Some("@jd".into()), None)));
        assert_eq!(parse("A post shared by Nasa on 3 May 2021 at 10:05am PDT").map(|p| p.2), Some(Some("3 May 2021".into())));
        assert_eq!(parse("— a lowercase aside"), None);
        let glued = "Big news pic.twitter.com/abc123— Jane Doe (@jdoe) March 3, 2021";
        let a = attribution(glued, (0, glued.len())).unwrap();
        assert_eq!(&glued[..a.start], "Big news pic.twitter.com/abc123");
        assert_eq!(&glued[a.name], "Jane Doe");
        assert_eq!(parse("— Someone Important"), None, "needs a handle or a date");
    }

    #[test]
    fn post_dates() {
        assert_eq!(post_date("January 22, 2025", None), NaiveDate::from_ymd_opt(2025, 1, 22));
        assert_eq!(post_date("Jan. 22", Some(2024)), NaiveDate::from_ymd_opt(2024, 1, 22));
        assert_eq!(post_date("22 January 2025", None), NaiveDate::from_ymd_opt(2025, 1, 22));
        assert_eq!(post_date("Jan. 22", None), None);
    }
}
