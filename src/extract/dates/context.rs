//! The words around a date: neighbouring tokens and the tense of its clause.
//!
//! A weekday or a month without a year is resolved to its most recent
//! occurrence unless the clause speaks of the future ("will ... on Friday",
//! "hoping to return in January", "through mid-August"). [`tense`] finds the
//! nearest tense cue before the date in its clause, or, when there is none,
//! just after it ("On Friday, the company will ...").

use super::super::analysis::Analysis;

/// Which way a clause points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// Index of the first token starting at or after byte `b`.
pub fn token_at(a: &Analysis, b: usize) -> usize {
    a.tokens.partition_point(|t| t.start < b)
}

/// Lowercased text of token `i`, or "" out of range.
pub fn low(a: &Analysis, i: usize) -> String {
    if i < a.tokens.len() { a.tok(i).to_lowercase() } else { String::new() }
}

/// Does the token start with an uppercase letter?
pub fn is_capitalized(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// Is token `i` the first word of its sentence (ignoring opening quotes and brackets)?
pub fn sentence_initial(a: &Analysis, i: usize) -> bool {
    if i >= a.tokens.len() {
        return false;
    }
    let s = &a.sentences[a.sentence_of(a.tokens[i].start)];
    let mut k = i;
    while k > s.tokens.start {
        k -= 1;
        let t = a.tok(k);
        if !t.chars().all(|c| "\"“‘'([—–-|".contains(c)) {
            return false;
        }
    }
    true
}

/// Is the sentence holding token `i` in Title Case (a headline: "Layoffs To Begin Today")?
pub fn title_case(a: &Analysis, i: usize) -> bool {
    if i >= a.tokens.len() {
        return false;
    }
    let s = &a.sentences[a.sentence_of(a.tokens[i].start)];
    let words: Vec<&str> = s.tokens.clone().map(|k| a.tok(k)).filter(|t| t.chars().all(char::is_alphabetic) && t.len() > 3).collect();
    words.len() >= 3 && words.iter().filter(|w| is_capitalized(w)).count() * 10 >= words.len() * 7
}

/// Present-tense verbs that put a date in the future in running text ("the trial starts Monday").
const PRESENT_FUTURE: &[&str] =
    &["starts", "begins", "opens", "meets", "faces", "resumes", "kicks", "launches", "arrives", "expires", "convenes", "reopens", "ends"];

/// Words that certainly point to the future.
const FUTURE: &[&str] = &["will", "'ll", "’ll", "shall", "wo", "upcoming", "would", "tomorrow"];
/// Words that point to the future ("cancelled through mid-August"), unless
/// they close a period ("the 12 months through September", "from May until June").
const FUTURE_WEAK: &[&str] = &["until", "till", "through", "thru", "later"];

/// Does the "through"/"until" at token `k` close a period rather than point ahead?
fn period_through(a: &Analysis, k: usize) -> bool {
    const PERIOD: &[&str] = &["from", "months", "weeks", "days", "years", "period", "quarter", "year", "ended", "ending", "between"];
    low(a, k) == "later" || (k.saturating_sub(5)..k).any(|j| PERIOD.contains(&low(a, j).as_str()))
}
/// Words that point to the future when "to" follows ("hoping to", "set to").
const FUTURE_TO: &[&str] = &[
    "going",
    "set",
    "due",
    "scheduled",
    "slated",
    "poised",
    "expected",
    "expects",
    "expect",
    "expecting",
    "hoping",
    "hopes",
    "hope",
    "plans",
    "plan",
    "planning",
    "aims",
    "aim",
    "aiming",
    "intends",
    "intend",
    "intending",
    "working",
    "seeks",
    "seeking",
    "wants",
    "want",
    "looking",
    "preparing",
    "prepares",
    "prepare",
    "likely",
    "about",
    "ready",
    "vowed",
    "pledged",
    "promised",
    "agreed",
];
/// Words that point to the future on their own.
const FUTURE_ALONE: &[&str] = &[
    "scheduled",
    "slated",
    "due",
    "planned",
    "deadline",
    "starting",
    "beginning",
    "effective",
    "expect",
    "expects",
    "expected",
    "expecting",
];
/// Words that point to the past.
const PAST: &[&str] = &[
    "has",
    "have",
    "had",
    "ago",
    "since",
    "previously",
    "earlier",
    "already",
    "yesterday",
    "did",
    "was",
    "were",
    "said",
    "told",
    "took",
    "made",
    "met",
    "came",
    "went",
    "began",
    "left",
    "sent",
    "saw",
    "gave",
    "got",
    "held",
    "spoke",
    "wrote",
    "became",
    "brought",
    "bought",
    "sold",
    "paid",
    "won",
    "lost",
    "fell",
    "rose",
    "ran",
    "found",
    "thought",
    "knew",
    "felt",
    "kept",
    "led",
    "grew",
    "drew",
    "broke",
    "chose",
    "stood",
    "struck",
    "tweeted",
    "posted",
    "last",
    "been",
    "spent",
];
/// Tokens that end a clause for the purpose of the tense search.
const CLAUSE_BREAK: &[&str] = &[";", "—", "–", "“", "”", "\"", "(", ")", ":"];

/// Past or future cue carried by token `i` (with its neighbours), if any.
fn cue(a: &Analysis, i: usize) -> Option<Tense> {
    let w = low(a, i);
    let w = w.as_str();
    let next = low(a, i + 1);
    let prev = if i > 0 { low(a, i - 1) } else { String::new() };
    if FUTURE.contains(&w) {
        return Some(Tense::Future);
    }
    if FUTURE_TO.contains(&w) && next == "to" {
        return Some(Tense::Future);
    }
    if FUTURE_ALONE.contains(&w) {
        return Some(Tense::Future);
    }
    if w == "next" && next != "to" {
        return Some(Tense::Future);
    }
    // Passive or infinitive future: "will be terminated", "to be held".
    let passive_future = prev == "be";
    if PAST.contains(&w) {
        return Some(if passive_future && w != "been" { Tense::Future } else { Tense::Past });
    }
    let alpha = w.chars().all(|c| c.is_ascii_alphabetic());
    if alpha && w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !w.ends_with("dred") {
        return Some(if passive_future { Tense::Future } else { Tense::Past });
    }
    None
}

/// The tense of the clause around the date at bytes `start..end`.
pub fn tense(a: &Analysis, start: usize, end: usize) -> Tense {
    tense_near(a, start, end).0
}

/// Is the word before token `i` one of `words`?
pub fn prev_is(a: &Analysis, i: usize, words: &[&str]) -> bool {
    i > 0 && words.contains(&low(a, i - 1).as_str())
}

/// [`tense`], and whether its cue is weak: beyond a comma ("will grow 2.1%
/// this year, up from 1.4% in December") or a preposition ("until", "through").
pub fn tense_near(a: &Analysis, start: usize, end: usize) -> (Tense, bool) {
    if a.tokens.is_empty() {
        return (Tense::Unknown, false);
    }
    let first = token_at(a, start);
    let after = token_at(a, end);
    let sent = &a.sentences[a.sentence_of(start)];
    // The word right before: "by Monday", "from June 1 we'll ...".
    if first > sent.tokens.start && low(a, first - 1) == "by" {
        return (Tense::Future, false);
    }
    let lo = sent.tokens.start.max(first.saturating_sub(20));
    let headline = title_case(a, first);
    let mut k = first;
    let mut comma = false;
    while k > lo {
        k -= 1;
        if CLAUSE_BREAK.contains(&a.tok(k)) {
            break;
        }
        comma |= a.tok(k) == ",";
        if FUTURE_WEAK.contains(&low(a, k).as_str()) {
            return (Tense::Future, period_through(a, k));
        }
        if let Some(t) = cue(a, k) {
            return (t, comma);
        }
        // Present tense of a scheduled event, or "is"/"are" right before the
        // date ("the vote is on Friday"); headlines use the present for the past.
        let w = low(a, k);
        if !headline && (PRESENT_FUTURE.contains(&w.as_str()) || (first - k <= 2 && matches!(w.as_str(), "is" | "are"))) {
            return (Tense::Future, comma);
        }
    }
    // Nothing before: look a few words ahead, through a comma only when the
    // date opens the sentence ("On Friday, the board will ...").
    let fronted = first <= sent.tokens.start + 2;
    let hi = sent.tokens.end.min(after + 7);
    for k in after..hi {
        let t = a.tok(k);
        let lw = t.to_lowercase();
        if CLAUSE_BREAK.contains(&t)
            || matches!(lw.as_str(), "and" | "but" | "which" | "who" | "that" | "when" | "where" | "while" | "after" | "before")
        {
            break;
        }
        if t == "," && !fronted {
            break;
        }
        if let Some(c) = cue(a, k) {
            return (c, false);
        }
    }
    (Tense::Unknown, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(s: &str, word: &str) -> Tense {
        let a = Analysis::new(s);
        let b = s.find(word).unwrap();
        tense(&a, b, b + word.len())
    }

    #[test]
    fn finds_tense_cues() {
        assert_eq!(tense_of("NASA announced on Monday that it would wait.", "Monday"), Tense::Past);
        assert_eq!(tense_of("The meeting will be postponed from Tuesday to Friday.", "Tuesday"), Tense::Future);
        assert_eq!(tense_of("The staff will be terminated on Dec. 9, they said.", "Dec. 9"), Tense::Future);
        assert_eq!(tense_of("SpaceX is hoping to return to flight in January.", "January"), Tense::Future);
        assert_eq!(tense_of("From June 1 we’ll bring a further 250.", "June 1"), Tense::Future);
        assert_eq!(tense_of("Biden on Monday also expressed optimism.", "Monday"), Tense::Past);
        assert_eq!(tense_of("They sat next to Trump during his Tuesday announcement.", "Tuesday"), Tense::Unknown);
        assert_eq!(tense_of("The first on February 19 and the second on March 12.", "February"), Tense::Unknown);
        assert_eq!(tense_of("Flights are cancelled through mid-August.", "August"), Tense::Future);
        assert_eq!(tense_of("Sign the contract by Monday, otherwise it fails.", "Monday"), Tense::Future);
    }
}
