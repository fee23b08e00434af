//! Word-level checks on a pattern's match that regexes cannot express: a
//! year that is really a count or an id, a month name that is a person's
//! name or a verb, a weekday inside another name ("Black Friday"), "today"
//! meaning "nowadays". Each looks at the tokens around the match.

use super::super::super::analysis::Analysis;
use super::super::context::{Tense, cue, in_headline, is_capitalized, rescheduled_before, sentence_initial};
use super::patterns::{month_number, weekday_of};
use crate::extract::discourse::words::demonym;
use crate::lexicon::{
    CONTRACT_MONTH_WORDS, HISTORIC_YEAR_LEAD, HOLIDAY_LEAD, MARCH_NOUN_NEXT, MONTH_LEAD, NOT_YEAR_NEXT, NUMBER_ID_LEAD, QUANTITY_LEAD,
    SPLIT_YEAR_NOUNS, TODAY_NOT_DATE, WEEKDAY_NAME_PREFIXES, WEEKDAY_NAME_SUFFIXES, WordList,
};

/// Capitalised ("March") or all caps ("MARCH"), as a date word must be.
pub fn date_cased(w: &str) -> bool {
    is_capitalized(w)
}

/// Character right before byte `b`.
fn char_before(t: &str, b: usize) -> Option<char> {
    t[..b].chars().next_back()
}

/// Character at byte `b`.
fn char_at(t: &str, b: usize) -> Option<char> {
    t[b..].chars().next()
}

/// Does a number continue across the match edge ("1,2015", "2015.5", "$2015")?
pub fn glued_number(t: &str, s: usize, e: usize) -> bool {
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

/// The lowercase word before token `i`, or "" at the start.
fn low_before<'a>(a: &'a Analysis, i: usize) -> &'a str {
    if i > 0 { a.low(i - 1) } else { "" }
}

/// Is the four-digit number at `s..e` a year here?
pub fn year_in_context(a: &Analysis, s: usize, e: usize) -> bool {
    if glued_number(a.text, s, e) {
        return false;
    }
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    if NOT_YEAR_NEXT.contains(a.low(after)) {
        return false;
    }
    // "about 2000 jobs": a qualifier, then a lowercase plural noun.
    let prev = low_before(a, first);
    !(NUMBER_ID_LEAD.contains(prev) || (QUANTITY_LEAD.contains(prev) && lower_plural(a.tok(after))) || name_part(a, first))
}

/// Is the token before `first` a capitalised word of a name ("Theresa May first", "Lunar New Year's"),
/// not a lead word that opens the sentence ("On May first", "By Christmas")?
pub(super) fn name_before(a: &Analysis, first: usize) -> bool {
    !in_headline(a, first) && capitalized_before(a, first)
}

/// Is the token before `first` a capitalised word other than a lead word, headline or not?
pub(super) fn capitalized_before(a: &Analysis, first: usize) -> bool {
    first > 0 && {
        let (p, low) = (a.tok(first - 1), a.low(first - 1));
        is_capitalized(p) && p.chars().all(char::is_alphabetic) && !HOLIDAY_LEAD.contains(low) && !MONTH_LEAD.contains(low)
    }
}

/// Is the number at token `first` the end of a name ([`name_before`]) on its
/// line, inside a sentence of running text ("Farming Simulator 2019", "Grid
/// 2019", "Tokyo 2020")? Not after a month or weekday, a nationality
/// ("American 1984 and 1988 champion") or a fiscal year's "FY", nor in a line
/// in capitals ("DAY'S CHANGE 1996 HIGH").
fn name_part(a: &Analysis, first: usize) -> bool {
    name_before(a, first) && {
        let (p, low) = (a.tok(first - 1), a.low(first - 1));
        let heading = caps(p) && caps(a.tok(first + 1));
        !heading
            && !a.line_break_after(first - 1)
            && !sentence_initial(a, first - 1)
            && month_number(p).is_none()
            && weekday_of(p).is_none()
            && !matches!(low, "fy" | "fiscal")
            && demonym(p).is_none()
    }
}

/// Is `w` a word in capitals ("HIGH", "CES")?
fn caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_lowercase())
}

/// Is `w` shaped as a lowercase plural noun ("jobs", "workers")?
fn lower_plural(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && w.chars().all(|c| c.is_ascii_lowercase())
}

/// Is the number from 1000 to 1899 at `s..e` a year: after a word of
/// `historic_year_lead.txt` ("founded in 1898"), a name's "of" ("the Act of
/// 1887"), "the" before a name ("the 1898 Spanish-American War"), "the" or a
/// possessive before a singular noun ("the island's 1898 annexation"; not "the
/// 1500 block") or such a year and "and"/"to" ("in 1852 and 1853"), and not a
/// count ("in 1500 cases")?
pub fn historic_year(a: &Analysis, s: usize, e: usize) -> bool {
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    let next = a.tok(after);
    let count_next = lower_plural(next) && !next.ends_with("ss");
    // The second of two years: "in 1852 and 1853", "from 1861 to 1865" (the first one a year itself).
    let after_year = first >= 2
        && matches!(a.low(first - 1), "and" | "or" | "to")
        && a.tok(first - 2).len() == 4
        && a.tok(first - 2).parse::<u32>().is_ok_and(|y| (1000..2100).contains(&y));
    // A name's "of": "the Act of 1887", "the Panic of 1873" (not "a total of 1500").
    let cap = |k: usize| a.tok(k).chars().next().is_some_and(char::is_uppercase) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '-');
    let of_name = first >= 2 && a.low(first - 1) == "of" && cap(first - 2) && !sentence_initial(a, first - 2);
    // Before a name in the same sentence: "the 1898 Spanish-American War" (not "the 1500 Americans").
    let names_next = first >= 1
        && a.low(first - 1) == "the"
        && after < a.tokens.len()
        && cap(after)
        && !next.ends_with('s')
        && a.sentence_of_token(after) == a.sentence_of_token(first);
    // Modifying a singular noun after "the" or a possessive: "the 1898 treaty", "the island's 1898
    // annexation" (not "the 1500 workers", nor "the 1500 block" of an address: `not_year_next.txt`).
    let lower_singular = after < a.tokens.len() && next.chars().all(|c| c.is_ascii_lowercase()) && next.len() > 2 && !next.ends_with('s');
    let modifies = first >= 1
        && (a.low(first - 1) == "the" || matches!(a.tok(first - 1), "'s" | "’s"))
        && lower_singular
        && a.sentence_of_token(after) == a.sentence_of_token(first);
    let lead = HISTORIC_YEAR_LEAD.contains(low_before(a, first))
        || of_name
        || names_next
        || modifies
        || after_year && historic_year(a, a.tokens[first - 2].start, a.tokens[first - 2].end);
    lead && !count_next && year_in_context(a, s, e)
}

/// Context checks for a month name standing alone ("in March", not "Theresa May").
pub fn bare_month_ok(a: &Analysis, s: usize, e: usize, m: u32, shifted: bool) -> bool {
    let word = &a.text[s..e];
    if !date_cased(word) {
        return false;
    }
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    let initial = sentence_initial(a, first);
    let prev_raw = if first > 0 { a.tok(first - 1) } else { "" };
    let prev = low_before(a, first);
    let next_raw = a.tok(after);
    if shifted {
        return true;
    }
    if march_noun(a, s, e) {
        return false;
    }
    // A name: "April Ryan", "Theresa May", "June Carter".
    let next_is_name = !in_headline(a, first)
        && is_capitalized(next_raw)
        && next_raw.chars().all(|c| c.is_alphabetic())
        && month_number(next_raw).is_none()
        && weekday_of(next_raw).is_none()
        && a.sentence_of_token(after) == a.sentence_of(s);
    if next_is_name {
        return false;
    }
    let prev_is_name = !initial && is_capitalized(prev_raw) && prev_raw.chars().all(|c| c.is_alphabetic()) && !MONTH_LEAD.contains(prev);
    if prev_is_name {
        return false;
    }
    let lead = MONTH_LEAD.contains(prev) && !initial;
    if m == 3 || m == 5 {
        // "May" and "March" are also a verb and a noun: need a date word before them.
        if !lead {
            return false;
        }
        // "mid-May", "early-March": a modifier glued to the month by a hyphen.
        if prev == "-" && first >= 2 && a.tokens[first - 1].end == s && glued_modifier(a, first - 2) {
            return true;
        }
        // "postponed to March": a rescheduling verb before "to".
        if prev == "to" && first > 0 && rescheduled_before(a, first - 1) {
            return true;
        }
        if matches!(prev, "and" | "or" | "to" | "-" | "–") {
            // "between April and May": a month must come just before.
            let lo = first.saturating_sub(3);
            return (lo..first.saturating_sub(1)).any(|k| month_number(a.tok(k)).is_some());
        }
    }
    true
}

/// The role of a word after a month in the contract-month table ("crude" -> "commodity").
fn contract_role(w: &str) -> Option<&'static str> {
    CONTRACT_MONTH_WORDS.rows().iter().find(|r| r[0] == w).map(|r| r[1])
}

/// Does the month name ending at byte `e` name a futures or delivery month ("March crude", "the
/// December contract", "for May delivery", "March-loading"), not a month of data ("December crude imports")?
pub fn contract_month(a: &Analysis, e: usize) -> bool {
    let mut i = a.tok_at(e);
    if a.low(i) == "-" && i < a.tokens.len() && a.tokens[i].start == e {
        i += 1;
    }
    match contract_role(a.low(i)) {
        Some("contract") => true,
        Some("commodity") => contract_role(a.low(i + 1)) != Some("statistic"),
        _ => false,
    }
}

/// Does the month name ending at byte `e` name a month of data ("July consumer prices", "June payrolls")?
pub fn data_month(a: &Analysis, e: usize) -> bool {
    let i = a.tok_at(e);
    i < a.tokens.len() && a.tok(i).starts_with(|c: char| c.is_lowercase()) && contract_role(a.low(i)) == Some("statistic")
}

/// Is the "March" at `s..e` the noun, a procession ("the March on Washington"), not the month?
pub fn march_noun(a: &Analysis, s: usize, e: usize) -> bool {
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    month_number(&a.text[s..e]) == Some(3) && first > 0 && matches!(a.low(first - 1), "the" | "a") && MARCH_NOUN_NEXT.contains(a.low(after))
}

/// Is token `i` a lead word written right before a hyphen ("mid-", "early-"), not a joiner ("April-May")?
fn glued_modifier(a: &Analysis, i: usize) -> bool {
    let w = a.low(i);
    MONTH_LEAD.contains(w) && w.chars().all(|c| c.is_ascii_alphabetic()) && !matches!(w, "and" | "or" | "to") && a.adjacent(i)
}

/// Is token `i` (if any) capitalised and, lowercased, in `list`?
fn capitalized_in(a: &Analysis, i: Option<usize>, list: &WordList) -> bool {
    i.filter(|&i| i < a.tokens.len()).is_some_and(|i| is_capitalized(a.tok(i)) && list.contains(a.low(i)))
}

/// Is the weekday at `s..e` a day, not part of another name ("Black Friday", "Sunday Times")?
pub fn weekday_ok(a: &Analysis, s: usize, e: usize) -> bool {
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    !capitalized_in(a, first.checked_sub(1), &WEEKDAY_NAME_PREFIXES) && !capitalized_in(a, Some(after), &WEEKDAY_NAME_SUFFIXES)
}

/// Is `w` listed in the lexicon's "today" table at `place` ("before", "after", "possessed")?
fn today_cue(w: &str, place: &str) -> bool {
    TODAY_NOT_DATE.rows().iter().any(|r| r[0] == w && r[1] == place)
}

/// "today" meaning "nowadays" ("even today", "today's world", "kids today
/// spend", "unlike today", "than ever" in its sentence), or a title ("USA
/// Today"): not a date.
pub fn today_ok(a: &Analysis, s: usize, e: usize) -> bool {
    let word = &a.text[s..e];
    let (first, after) = (a.tok_at(s), a.tok_at(e));
    if is_capitalized(word) && !sentence_initial(a, first) && !in_headline(a, first) {
        return false; // "USA Today", "NBC's Today"
    }
    if today_cue(low_before(a, first), "before") || today_cue(a.low(after), "after") {
        return false;
    }
    if matches!(a.low(after), "'s" | "’s") && today_cue(a.low(after + 1), "possessed") {
        return false;
    }
    // The generic nouns of "today's kids" as the subject before it, with no past verb after
    // ("Kids today spend …"; not "Workers today voted …"), or a comparison with all time in its
    // sentence ("Today, more people than ever …").
    let before = low_before(a, first);
    let sent = &a.sentences[a.sentence_of_token(first)].tokens;
    // The noun opens its sentence's subject: its first word or after one or two modifiers
    // ("Kids today", "Many American parents today"; not an object: "win this game today").
    let generic_noun =
        first > sent.start && first - 1 - sent.start <= 2 && today_cue(before, "possessed") && cue(a, after) != Some(Tense::Past);
    let than_ever = (sent.start + 1..sent.end).any(|k| a.low(k - 1) == "than" && a.low(k) == "ever");
    !(generic_noun || than_ever)
}

/// Does a season/budget noun follow ("2019-2020 season"), making a 4-digit pair a split year?
pub fn split_year_noun(a: &Analysis, e: usize) -> bool {
    SPLIT_YEAR_NOUNS.contains(a.low(a.tok_at(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Run `check` on the first occurrence of `word` in `text`.
    fn on(text: &str, word: &str, check: impl Fn(&Analysis, usize, usize) -> bool) -> bool {
        let s = text.find(word).unwrap();
        check(&Analysis::new(text), s, s + word.len())
    }

    #[test]
    fn years_that_are_counts_or_ids() {
        for (text, year) in [
            ("It cut 2015 jobs.", false),
            ("Flight 2015 left.", false),
            ("About 2000 workers.", false),
            ("In 2015 it grew.", true),
            ("About 2000, it grew.", true),
        ] {
            let digits = text.split(|c: char| !c.is_ascii_digit()).find(|w| !w.is_empty()).unwrap();
            assert_eq!(on(text, digits, year_in_context), year, "{text}");
        }
    }

    #[test]
    fn weekdays_and_today_inside_names() {
        assert!(!on("Shops opened on Black Friday.", "Friday", weekday_ok));
        assert!(!on("He read the Sunday Times.", "Sunday", weekday_ok));
        assert!(on("It opened on black Friday.", "Friday", weekday_ok));
        assert!(TODAY_NOT_DATE.rows().iter().all(|r| r.len() == 2 && ["before", "after", "possessed"].contains(&r[1])));
        for (text, date) in [("Even today it works.", false), ("In today's world it works.", false), ("It opened today.", true)] {
            assert_eq!(on(text, "today", today_ok), date, "{text}");
        }
    }

    #[test]
    fn bare_months_need_a_lead_word_and_no_name_beside_them() {
        for (text, word, date) in [
            ("It rose in March.", "March", true),
            ("Theresa May spoke.", "May", false),
            ("April Ryan asked.", "April", false),
            ("Prices may fall.", "may", false),
        ] {
            let m = month_number(word).unwrap();
            assert_eq!(on(text, word, |a, s, e| bare_month_ok(a, s, e, m, false)), date, "{text}");
        }
    }
}
