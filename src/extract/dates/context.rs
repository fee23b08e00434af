//! The words around a date: neighbouring tokens and the tense of its clause.
//!
//! A weekday or a month without a year is resolved to its most recent
//! occurrence unless the clause speaks of the future ("will ... on Friday",
//! "hoping to return in January", "through mid-August"). [`tense`] finds the
//! nearest tense cue before the date in its clause, or, when there is none,
//! just after it ("On Friday, the company will ...").

use super::super::analysis::{Analysis, is_possessive};
use super::super::numbers::cardinal_word;
use crate::lexicon::{
    ANTERIOR_LEAD_PHRASES, ATTRIBUTIVE_DETERMINERS, AUXILIARIES, BE_FORMS, CHANGE_WORDS, CLAUSE_OPENERS, CLOCK_WORDS, DIRECTIVE_VERBS,
    FUTURE_LEAD_PHRASES, INDEFINITE_DETERMINERS, PARTITIVE_DETERMINERS, PAST_AS_BASE, PERIOD_WORDS, POSTPONE_VERBS, PREPOSITIONS,
    PRESENT_LINKERS, PRONOUNS, STRETCH_VERBS, TENSE_FUTURE, TENSE_FUTURE_ALONE, TENSE_FUTURE_FOR, TENSE_FUTURE_MODAL, TENSE_FUTURE_TO,
    TENSE_FUTURE_WEAK, TENSE_PAST, TENSE_PRESENT_FUTURE, TENSE_PRESENT_FUTURE_NAMED, TENSE_PRESENT_FUTURE_PARTICLE,
    TENSE_PRESENT_FUTURE_PLURAL, TIME_UNITS, VERB_PARTICLES, WordList,
};

/// Does the sentence holding byte `pos` speak of a game in progress (`sports_words.tsv`, column
/// `play`: "led by 33 points", "at halftime"; not "basis points")? Its quarters and halves are the
/// game's, not the calendar's.
pub fn game_in_play(a: &Analysis, pos: usize) -> bool {
    if a.sentences.is_empty() {
        return false;
    }
    let sent = &a.sentences[a.sentence_of(pos)];
    sent.tokens.clone().any(|k| a.play_word(k))
}

/// Which way a clause points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// The clause speaks of the past.
    Past,
    /// The clause speaks of the future.
    Future,
    /// No cue either way.
    Unknown,
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
    let s = &a.sentences[a.sentence_of_token(i)];
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

/// Is token `i` (if any) in a headline, a sentence in Title Case ("Layoffs To Begin Today")?
/// Headlines capitalise every word and use the present for the past.
pub fn in_headline(a: &Analysis, i: usize) -> bool {
    i < a.tokens.len() && a.is_title_case(a.sentence_of_token(i))
}

/// Does the "through"/"until" at token `k` close a period rather than point ahead?
fn period_through(a: &Analysis, k: usize) -> bool {
    a.low(k) == "later" || (k.saturating_sub(5)..k).any(|j| PERIOD_WORDS.contains(a.low(j)))
}

/// Is `w` (lowercase) a clock time or its parts: "6am", "11:30", "6", "p.m." (`clock_words.txt`),
/// "noon", "midnight"?
fn clock_time(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let suffix = &w[digits.len()..];
    CLOCK_WORDS.contains(w)
        || matches!(w, "noon" | "midnight" | ":")
        || !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            && (suffix.is_empty() || CLOCK_WORDS.contains(suffix))
}

/// Tokens that end a clause for the purpose of the tense search: punctuation between clauses.
fn clause_break(t: &str) -> bool {
    matches!(t, ";" | "—" | "–" | "“" | "”" | "\"" | "(" | ")" | ":")
}

/// Is the word in "-ed" at token `i` no verb: a name ("United", "Red") or a
/// participle after a determiner ("the recomposed index", "a delayed flight")?
fn participle_or_name(a: &Analysis, i: usize) -> bool {
    (is_capitalized(a.tok(i)) && !sentence_initial(a, i)) || determiner_before(a, i)
}

/// Is the word before token `i` an article or a possessive ("the", "a", "its")?
pub fn determiner_before(a: &Analysis, i: usize) -> bool {
    prev_is(a, i, &ATTRIBUTIVE_DETERMINERS)
}

/// Is the date whose first token is `i` an event's modifier: after a
/// determiner ("the", "a", "its") or a possessive ("the president's July 25 call")?
pub fn event_modifier(a: &Analysis, i: usize) -> bool {
    determiner_before(a, i) || (i > 0 && matches!(a.tok(i - 1), "'s" | "’s"))
}

/// Does "from" or "since" stand before the determiner or possessive phrase
/// ending right before token `i` ("down from the March high", "since the
/// bank's June decision")?
pub fn change_start_before(a: &Analysis, i: usize) -> bool {
    (i.saturating_sub(4)..i).rev().find(|&k| matches!(a.low(k), "from" | "since")).is_some_and(|k| {
        (k + 1..i).all(|j| ATTRIBUTIVE_DETERMINERS.contains(a.low(j)) || matches!(a.tok(j), "'s" | "’s") || is_capitalized(a.tok(j)))
    })
}

/// Past or future cue carried by token `i` (with its neighbours), if any.
pub fn cue(a: &Analysis, i: usize) -> Option<Tense> {
    let w = a.low(i);
    let next = a.low(i + 1);
    let prev = if i > 0 { a.low(i - 1) } else { "" };
    // A modal perfect looks back: "would have said", "could not have known" (but "would have to
    // pay" is an obligation ahead).
    if matches!(w, "would" | "might" | "should" | "must" | "could" | "may") {
        let h = if matches!(next, "not" | "n't" | "n’t") { i + 2 } else { i + 1 };
        if a.low(h) == "have" && a.low(h + 1) != "to" {
            return Some(Tense::Past);
        }
    }
    if TENSE_FUTURE.contains(w) {
        return Some(Tense::Future);
    }
    // "could rule Friday", but "could not be reached Monday": a negated modal gives no cue.
    if TENSE_FUTURE_MODAL.contains(w) && is_lower(a.tok(i)) {
        return (!matches!(next, "not" | "n't" | "n’t")).then_some(Tense::Future);
    }
    // A comparison with a forecast is no schedule: "lower than expected".
    if prev == "than" && (TENSE_FUTURE_ALONE.contains(w) || TENSE_FUTURE_TO.contains(w)) {
        return None;
    }
    // "due to the storm" gives a cause, not a schedule ("due to close").
    let after_to = a.low(i + 2);
    // So does a comparison after "to": "due to weaker than expected sales".
    let compared = a.low(i + 3) == "than";
    let to_noun = next == "to" && (compared || PARTITIVE_DETERMINERS.contains(after_to) || INDEFINITE_DETERMINERS.contains(after_to));
    if to_noun && (TENSE_FUTURE_TO.contains(w) || TENSE_FUTURE_ALONE.contains(w)) {
        return None;
    }
    if (TENSE_FUTURE_TO.contains(w) && next == "to") || (TENSE_FUTURE_FOR.contains(w) && next == "for") {
        return Some(Tense::Future);
    }
    if TENSE_FUTURE_ALONE.contains(w) {
        return Some(Tense::Future);
    }
    if w == "next" && next != "to" {
        return Some(Tense::Future);
    }
    // A span of time away lies ahead: "Election Day is nine weeks away".
    if w == "away" && TIME_UNITS.contains(prev) {
        return Some(Tense::Future);
    }
    // Passive or infinitive future: "will be terminated", "to be held".
    // "could not be reached Monday" is no schedule: a negated "be" needs "will", "would" before it.
    let negated = i >= 2 && matches!(a.low(i - 2), "not" | "n't" | "n’t");
    let passive_future = prev == "be" && (!negated || (i >= 3 && TENSE_FUTURE.contains(a.low(i - 3))));
    // "have eight weeks", "has a month": "have" of possession before a count or article is no tense.
    if matches!(w, "have" | "has")
        && (INDEFINITE_DETERMINERS.contains(next)
            || next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty()
            || cardinal_word(next).is_some())
    {
        return None;
    }
    // "the last race before the break in August": "last" after a determiner is "final", no past,
    // unless a number or a span of time follows ("the last two weeks", "its last season").
    let span_next = TIME_UNITS.contains(next) || next.starts_with(|c: char| c.is_ascii_digit()) || cardinal_word(next).is_some();
    if w == "last" && ATTRIBUTIVE_DETERMINERS.contains(prev) && !span_next {
        return None;
    }
    if TENSE_PAST.contains(w) {
        // "will have", "would have to", "won't hit", "could hit": the modal before it speaks
        // (through a "not"); "may have", "could have" look back.
        let m = if matches!(prev, "not" | "n't" | "n’t") && i >= 2 { i - 2 } else { i.saturating_sub(1) };
        let modal = if i > 0 { a.low(m) } else { "" };
        // ("in May said": "May" the month is no modal.)
        if TENSE_FUTURE.contains(modal) || (TENSE_FUTURE_MODAL.contains(modal) && is_lower(a.tok(m)) && w != "have") {
            return Some(Tense::Future);
        }
        // An infinitive is no past ("expected to hit", "to have finished"): the words before speak.
        if prev == "to" {
            return None;
        }
        return Some(if passive_future && w != "been" { Tense::Future } else { Tense::Past });
    }
    // "the company cut 200 jobs": with a singular subject the present would be "cuts". The verb
    // takes an object; before a preposition it is a noun ("the first cut in June").
    let object_next = !matches!(next, "" | "," | "." | ";" | ":" | "?" | "!" | ")" | "”" | "\"" | "'") && !PREPOSITIONS.contains(next);
    if PAST_AS_BASE.contains(w) && object_next && singular_subject(a, i) {
        return Some(Tense::Past);
    }
    let alpha = w.chars().all(|c| c.is_ascii_alphabetic());
    if alpha && w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed") && !w.ends_with("dred") && !participle_or_name(a, i) {
        // A state after a present linking verb: "will stay closed on Friday", "is closed on Monday".
        if PRESENT_LINKERS.contains(prev) {
            return None;
        }
        return Some(if passive_future { Tense::Future } else { Tense::Past });
    }
    None
}

/// The tense of the clause around the date at bytes `start..end`.
pub fn tense(a: &Analysis, start: usize, end: usize) -> Tense {
    tense_near(a, start, end).0
}

/// Most modifier tokens between "the" and a subject's noun ("the Indianapolis - based company").
const SUBJECT_MODIFIERS: usize = 4;

/// Is the word before token `k` a subject: a capitalised word other than an article or a number
/// ("The Senate votes", "Apple reports"), a subject pronoun ("she returns"), or a noun after
/// "the" and its modifiers ("the team plays", "the Indianapolis-based company reports")?
fn named_subject(a: &Analysis, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let (p, low) = (a.tok(k - 1), a.low(k - 1));
    let capitalised = is_capitalized(p) && p.chars().all(char::is_alphabetic);
    // "the company reports", past modifiers: "The Indianapolis-based company reports".
    // Words of a noun phrase: no auxiliary, adverb or verb a subject steps over ("The firm will cut").
    let word = |j: usize| is_lower(a.tok(j)) && a.tok(j).chars().all(char::is_alphabetic) && !AUXILIARIES.contains(a.low(j));
    let modifier = |j: usize| a.tok(j) == "-" || word(j) || a.tok(j + 1) == "-";
    let definite = word(k - 1)
        && (k.saturating_sub(2 + SUBJECT_MODIFIERS)..k - 1)
            .rev()
            .take_while(|&j| a.low(j) == "the" || modifier(j))
            .any(|j| a.low(j) == "the");
    (capitalised && !ATTRIBUTIVE_DETERMINERS.contains(low) && !INDEFINITE_DETERMINERS.contains(low))
        || PRONOUNS.rows().iter().any(|r| r[0] == low)
        || definite
}

/// Is the token before `k` a plural subject: "they", "we", or a word ending
/// in "s" that is no verb, pronoun or possessive ("Voters", "Democrats",
/// "talks"; not "was", "has", "its", "boss"), or two names joined by "and"?
/// Past a prepositional phrase of lowercase words: "Public hearings in the
/// inquiry resume Wednesday".
fn plural_subject(a: &Analysis, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    if plural_word(a, k) {
        return true;
    }
    // Two names joined by "and": "Harris and Trump debate".
    if k >= 3 && is_capitalized(a.tok(k - 1)) && a.low(k - 2) == "and" && is_capitalized(a.tok(k - 3)) {
        return true;
    }
    // "hearings in the inquiry resume": a preposition, maybe "the", and a noun (no determiner: "the
    // close", "the end" are nouns themselves) between the plural and the verb.
    let noun = |j: usize| is_lower(a.tok(j)) && a.tok(j).chars().all(char::is_alphabetic) && !ATTRIBUTIVE_DETERMINERS.contains(a.low(j));
    if k < 3 || !noun(k - 1) || PREPOSITIONS.contains(a.low(k - 1)) {
        return false;
    }
    let p = if a.low(k - 2) == "the" { k - 3 } else { k - 2 };
    PREPOSITIONS.contains(a.low(p)) && plural_word(a, p)
}

/// Is the token before `k` "they", "we", or a plural noun (see [`plural_subject`])?
fn plural_word(a: &Analysis, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let low = a.low(k - 1);
    let plural_noun = low.len() > 3
        && low.ends_with('s')
        && !low.ends_with("ss")
        && !low.ends_with("us")
        && low.chars().all(char::is_alphabetic)
        && !matches!(low, "does" | "this" | "hers" | "ours" | "yours" | "theirs" | "whereas" | "perhaps");
    matches!(low, "they" | "we") || plural_noun
}

/// Is the word before token `k` a singular subject: a name, "he", "she",
/// "it" or "the" and a noun, not a plural ("they", "workers") or "I"/"you"?
fn singular_subject(a: &Analysis, k: usize) -> bool {
    named_subject(a, k) && !plural_subject(a, k) && !matches!(a.low(k - 1), "i" | "you" | "we" | "they")
}

/// Is the "to" at token `i` the end of a rescheduling ("postponed to", "pushed back to")?
pub fn rescheduled_before(a: &Analysis, i: usize) -> bool {
    let k = if i >= 2 && matches!(a.low(i - 1), "back" | "forward") { i - 1 } else { i };
    k > 0 && POSTPONE_VERBS.contains(a.low(k - 1))
}

/// Is the token written in lowercase ("may" the modal, not "May")?
fn is_lower(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_lowercase)
}

/// Do the tokens right before token `first` (not before `lo`) spell one of the `phrases`
/// ("as early as", "ahead of")?
pub fn lead(a: &Analysis, first: usize, lo: usize, phrases: &WordList) -> bool {
    phrases.words().iter().any(|p| a.phrase_ending_at(first, lo, p).is_some())
}

/// Is the word before token `i` (lowercase) in `words`?
pub fn prev_is(a: &Analysis, i: usize, words: &WordList) -> bool {
    i > 0 && words.contains(a.low(i - 1))
}

/// Does the clause before the "by" at token `k` (back to a clause break, a comma or token `lo`)
/// hold a past cue and no future one: "had to be filed by", "were due by"; not "said it will
/// finish by"? A word after a form of "be" gives no future here ("had to be filed", "were due"):
/// the form of "be" tells. Nor is a deadline set by an order past ("was ordered to report to
/// prison by Jan. 8": a directive verb and "to"; `directive_verbs.txt`), nor one a plan set
/// ("were expected to arrive by Thursday", "was scheduled to finish by March": a plan word and
/// "to"; `tense_future_alone.txt`).
fn deadline_past(a: &Analysis, k: usize, lo: usize) -> bool {
    let clause: Vec<usize> = (lo.max(k.saturating_sub(12))..k).rev().take_while(|&j| !clause_break(a.tok(j)) && a.tok(j) != ",").collect();
    let ordered = clause
        .iter()
        .any(|&j| (DIRECTIVE_VERBS.contains(a.low(j)) || TENSE_FUTURE_ALONE.contains(a.low(j))) && (j + 1..k).any(|t| a.low(t) == "to"));
    let cues: Vec<Tense> = clause.iter().filter(|&&j| j == 0 || !BE_FORMS.contains(a.low(j - 1))).filter_map(|&j| cue(a, j)).collect();
    !ordered && cues.contains(&Tense::Past) && !cues.contains(&Tense::Future)
}

/// Does the clause before the weak future word at token `k` ("until",
/// "through") hold a past verb of lasting (`stretch_verbs.txt`: "continued",
/// "lasted", "had") with no future cue between?
fn stretch_ended(a: &Analysis, k: usize, lo: usize) -> bool {
    let clause = (lo.max(k.saturating_sub(8))..k).rev().take_while(|&j| !clause_break(a.tok(j)) && a.tok(j) != ",");
    for j in clause {
        if STRETCH_VERBS.contains(a.low(j)) {
            return true;
        }
        if cue(a, j) == Some(Tense::Future) {
            return false;
        }
    }
    false
}

/// [`tense`], and whether its cue is weak: beyond a comma ("will grow 2.1%
/// this year, up from 1.4% in December") or a preposition ("until", "through").
pub fn tense_near(a: &Analysis, start: usize, end: usize) -> (Tense, bool) {
    if a.tokens.is_empty() {
        return (Tense::Unknown, false);
    }
    let (tense, weak) = clause_tense(a, start, end);
    // "spent heavily ahead of Election Day": a past event before the day says nothing of its side
    // ("is not expected to travel before Monday" still looks ahead).
    let first = a.tok_at(start);
    if tense == Tense::Past && lead(a, first, a.sentences[a.sentence_of(start)].tokens.start, &ANTERIOR_LEAD_PHRASES) {
        return (Tense::Unknown, false);
    }
    (tense, weak)
}

/// The tense cue of the clause around the date at bytes `start..end` (see [`tense_near`]).
fn clause_tense(a: &Analysis, start: usize, end: usize) -> (Tense, bool) {
    let first = a.tok_at(start);
    let sent = &a.sentences[a.sentence_of(start)];
    // The word right before: "by Monday", "from June 1 we'll ...".
    // (A deadline gone by is past: "had to be filed by Oct. 31", "were due by Friday".)
    if first > sent.tokens.start && a.low(first - 1) == "by" {
        // A "by" opening the sentence has its clause after the date: "By Wednesday night, power was back".
        // ("But by December, the symptoms worsened": a conjunction before it still opens.)
        let opens = (sent.tokens.start..first - 1)
            .all(|k| !a.tok(k).chars().any(char::is_alphanumeric) || matches!(a.low(k), "but" | "and" | "yet"));
        let past = deadline_past(a, first - 1, sent.tokens.start) || (opens && tense_after(a, start, end) == Tense::Past);
        return (if past { Tense::Past } else { Tense::Future }, false);
    }
    // A phrase right before: "as early as Friday", "no later than March"; "extended to March",
    // "pushed back to June" (the new date lies ahead).
    let moved = first > sent.tokens.start && a.low(first - 1) == "to" && rescheduled_before(a, first - 1);
    // A date something is set for lies ahead of the setting: "The judge set sentencing for May 14",
    // "adjourned the case for Friday" (the verb and three words at most before "for").
    let set_for = first > sent.tokens.start + 1
        && a.low(first - 1) == "for"
        && (first.saturating_sub(5).max(sent.tokens.start)..first - 1).any(|k| {
            (matches!(a.low(k), "set" | "sets" | "reset") || POSTPONE_VERBS.contains(a.low(k)))
                && (k + 1..first - 1).all(|j| a.tok(j).chars().all(char::is_alphabetic))
        });
    if moved || set_for || lead(a, first, sent.tokens.start, &FUTURE_LEAD_PHRASES) {
        return (Tense::Future, false);
    }
    // A date fronting a clause joined by "and"/"but" takes that clause's tense, not the one before
    // the conjunction: "went in search of stories, and from October they will be released".
    if opens_coordinate_clause(a, first, sent.tokens.start) {
        let t = tense_after_in(a, start, end, true);
        if t != Tense::Unknown {
            return (t, false);
        }
    }
    let lo = sent.tokens.start.max(first.saturating_sub(20));
    let headline = in_headline(a, first);
    let mut k = first;
    let mut comma = false;
    // A plan word modifying a noun on the way ("the planned strike"), with whether a comma came first.
    let mut planned: Option<bool> = None;
    // A comma setting off the date's own phrase keeps it in the clause: "will be released in two
    // parts, on August 6 and September 3" (its preposition, then dates joined by "and").
    let date_list =
        |j: usize| matches!(a.low(j), "and" | "or" | ",") || is_capitalized(a.tok(j)) || a.tok(j).chars().all(|c| c.is_ascii_digit());
    let sets_off = |k: usize| k + 1 == first || k + 1 < first && PREPOSITIONS.contains(a.low(k + 1)) && (k + 2..first).all(date_list);
    while k > lo {
        k -= 1;
        if clause_break(a.tok(k)) {
            break;
        }
        comma |= a.tok(k) == "," && !sets_off(k);
        // A weak word heads another phrase when the date has its own preposition: "threw a brick
        // through the window of a van in February".
        // A clock time between is the date's own: "remain in place until 6am on Sunday".
        let own_preposition = k + 1 < first
            && matches!(a.low(k), "through" | "thru" | "until" | "till")
            && matches!(a.low(first - 1), "in" | "on" | "at" | "during" | "since")
            && !(k + 1..first - 1).all(|j| clock_time(a.low(j)));
        if TENSE_FUTURE_WEAK.contains(a.low(k)) && !own_preposition {
            // A stretch that ended is past: "talks continued until March", "had until Oct. 31"
            // (not "was put off until Wednesday", "canceled flights through August").
            if stretch_ended(a, k, lo) {
                return (Tense::Past, false);
            }
            return (Tense::Future, period_through(a, k));
        }
        if headline_infinitive(a, k) {
            return (Tense::Future, comma);
        }
        if let Some(t) = cue(a, k) {
            // "initiated four rounds of planned outages in October": a plan word modifying a noun
            // yields to a past verb before it.
            if t == Tense::Future && attributive_plan(a, k) {
                planned.get_or_insert(comma);
                continue;
            }
            if planned.is_some() && t != Tense::Past {
                break;
            }
            return (t, comma);
        }
        // Present tense of a scheduled event, or "is"/"are" right before the
        // date ("the vote is on Friday"); headlines use the present for the past.
        let w = a.low(k);
        if !headline && (scheduled_present(a, k) || (first - k <= 2 && matches!(w, "is" | "are"))) {
            // A past verb right after outweighs it: "Media reports on Thursday said ...".
            if tense_after(a, start, end) == Tense::Past {
                return (Tense::Past, comma);
            }
            return (Tense::Future, comma);
        }
    }
    if let Some(comma) = planned {
        return (Tense::Future, comma);
    }
    (tense_after(a, start, end), false)
}

/// Most words of a document's first line that reads as a headline.
const HEADLINE_WORDS: usize = 14;

/// Is token `k` the "to" of a headline's infinitive, the headline's future ("Russ Berrie president to
/// retire in July", "Starliner crew to return on SpaceX capsule in February")? The document's first
/// line, of 14 words at most; "to" after a name or a noun and before a lowercase word, not after a
/// verb of change ("Sales fall to record low in March"; `change_words.txt`), a past form
/// ("Shares recovered to end the day …") or "according", nor before a determiner or a preposition.
fn headline_infinitive(a: &Analysis, k: usize) -> bool {
    if a.low(k) != "to" || k == 0 || k + 1 >= a.tokens.len() || a.lines.is_empty() {
        return false;
    }
    let first_line = a.lines[0];
    if a.tokens[k].start >= first_line.end {
        return false;
    }
    let words =
        a.tokens.iter().take_while(|t| t.end <= first_line.end).filter(|t| a.text[t.start..t.end].chars().any(char::is_alphabetic)).count();
    let (before, next) = (a.low(k - 1), a.tok(k + 1));
    words <= HEADLINE_WORDS
        && is_lower(next)
        && next.chars().all(char::is_alphabetic)
        && !ATTRIBUTIVE_DETERMINERS.contains(a.low(k + 1))
        && !PREPOSITIONS.contains(a.low(k + 1))
        && before.chars().all(char::is_alphabetic)
        && !CHANGE_WORDS.contains(before)
        && !before.ends_with("ed")
        && before != "according"
}

/// Is the nearest tense cue before the date at bytes `start..end`, in its clause, "would": a
/// future seen from a past moment ("said Britain would leave on Oct. 31"), which may lie on either
/// side of the document date?
pub fn future_in_past(a: &Analysis, start: usize, end: usize) -> bool {
    if a.tokens.is_empty() {
        return false;
    }
    let first = a.tok_at(start);
    let lo = a.sentences[a.sentence_of(start)].tokens.start.max(first.saturating_sub(20));
    let cue_at = (lo..first).rev().take_while(|&k| !clause_break(a.tok(k))).find(|&k| cue(a, k).is_some());
    cue_at.is_some_and(|k| a.low(k) == "would") && clause_tense(a, start, end).0 == Tense::Future
}

/// Is the plan word at token `k` ("planned", "scheduled", "expected") an
/// adjective before a lowercase noun, after a determiner, a preposition or a
/// number ("the planned merger", "rounds of planned outages")?
fn attributive_plan(a: &Analysis, k: usize) -> bool {
    let next = a.tok(k + 1);
    let noun_next = is_lower(next) && next.chars().all(char::is_alphabetic) && !PREPOSITIONS.contains(a.low(k + 1));
    let before = k > 0
        && (ATTRIBUTIVE_DETERMINERS.contains(a.low(k - 1))
            || PREPOSITIONS.contains(a.low(k - 1))
            || a.tok(k - 1).starts_with(|c: char| c.is_ascii_digit()));
    TENSE_FUTURE_ALONE.contains(a.low(k)) && noun_next && before
}

/// Does the date at token `first` open a clause after a coordinating conjunction, with a
/// preposition or two between ("and from October", "but on Friday"; not "between Monday and Friday"),
/// or right after ", and" ("…, and Election Day is nine weeks away")?
fn opens_coordinate_clause(a: &Analysis, first: usize, sent_start: usize) -> bool {
    let mut k = first;
    while k > sent_start && first - k < 3 {
        k -= 1;
        if matches!(a.low(k), "and" | "but" | "yet") {
            // "…, and from October they will …", or a date opening the clause after ", and".
            return k + 1 < first || (k > sent_start && a.tok(k - 1) == ",");
        }
        if !PREPOSITIONS.contains(a.low(k)) {
            return false;
        }
    }
    false
}

/// The tense cue a few words after the date at bytes `start..end`, through a
/// comma only when the date opens the sentence ("On Friday, the board will ...").
pub fn tense_after(a: &Analysis, start: usize, end: usize) -> Tense {
    if a.tokens.is_empty() {
        return Tense::Unknown;
    }
    let sent = &a.sentences[a.sentence_of(start)];
    tense_after_in(a, start, end, a.tok_at(start) <= sent.tokens.start + 2)
}

/// [`tense_after`], for a date that opens its clause (`fronted`) or not.
fn tense_after_in(a: &Analysis, start: usize, end: usize, fronted: bool) -> Tense {
    let after = a.tok_at(end);
    let sent = &a.sentences[a.sentence_of(start)];
    let hi = sent.tokens.end.min(after + 7);
    for k in after..hi {
        let t = a.tok(k);
        if clause_break(t) || CLAUSE_OPENERS.contains(a.low(k)) {
            break;
        }
        if t == "," && !fronted {
            break;
        }
        if let Some(c) = cue(a, k) {
            // The date tells when the intention was voiced: "In August the company agreed to buy a
            // rival" (a past form, not a passive "is expected to").
            return if c == Tense::Future && voiced_intention(a, k) { Tense::Past } else { c };
        }
        // A fronted date before a scheduled event in the present: "On Wednesday, the board meets"
        // (headlines use the present for the past).
        if fronted && scheduled_present(a, k) && !in_headline(a, a.tok_at(start)) {
            return Tense::Future;
        }
    }
    Tense::Unknown
}

/// Is token `k` the present tense of a scheduled event: "starts", "meets" (`tense_present_future.txt`),
/// "comes" before a particle ("comes out"),
/// "votes" after a singular subject, "vote" after a plural one?
fn scheduled_present(a: &Analysis, k: usize) -> bool {
    let w = a.low(k);
    TENSE_PRESENT_FUTURE.contains(w)
        || (TENSE_PRESENT_FUTURE_PARTICLE.contains(w) && VERB_PARTICLES.contains(a.low(k + 1)))
        || (TENSE_PRESENT_FUTURE_NAMED.contains(w) && named_subject(a, k))
        || (TENSE_PRESENT_FUTURE_PLURAL.contains(w) && plural_subject(a, k))
}

/// Is token `k` the simple past of a verb of intention before "to" ("agreed to", "vowed to"), not a
/// participle after a form of "be" ("is expected to", "was set to")?
fn voiced_intention(a: &Analysis, k: usize) -> bool {
    let w = a.low(k);
    let be = k > 0 && (BE_FORMS.contains(a.low(k - 1)) || is_possessive(a.low(k - 1)));
    TENSE_FUTURE_TO.contains(w) && w.ends_with("ed") && a.low(k + 1) == "to" && !be
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
        assert_eq!(tense_of("The Ohio-based company reports results on April 30.", "April 30"), Tense::Future);
        assert_eq!(tense_of("Media reports on April 30 said so.", "April 30"), Tense::Past);
        // A headline's infinitive is its future; not after a verb of change, nor in a long first line.
        assert_eq!(tense_of("Acme president to retire in July.\nBody.", "July"), Tense::Future);
        assert_eq!(tense_of("Sales fall to record low in March.\nBody.", "March"), Tense::Unknown);
        assert_eq!(
            tense_of("Workers at the big plant near the river in the north of the old county to strike in July.", "July"),
            Tense::Unknown
        );
        assert_eq!(tense_of("Body first.\nAcme president to retire in July.", "July"), Tense::Unknown);
        assert_eq!(tense_of("The meeting will be postponed from Tuesday to Friday.", "Tuesday"), Tense::Future);
        assert_eq!(tense_of("The staff will be terminated on Dec. 9, they said.", "Dec. 9"), Tense::Future);
        assert_eq!(tense_of("SpaceX is hoping to return to flight in January.", "January"), Tense::Future);
        assert_eq!(tense_of("From June 1 we’ll bring a further 250.", "June 1"), Tense::Future);
        assert_eq!(tense_of("Biden on Monday also expressed optimism.", "Monday"), Tense::Past);
        assert_eq!(tense_of("They sat next to Trump during his Tuesday announcement.", "Tuesday"), Tense::Unknown);
        assert_eq!(tense_of("The first on February 19 and the second on March 12.", "February"), Tense::Unknown);
        assert_eq!(tense_of("Flights are cancelled through mid-August.", "August"), Tense::Future);
        assert_eq!(tense_of("Sign the contract by Monday, otherwise it fails.", "Monday"), Tense::Future);
        assert_eq!(tense_of("The forms had to be filed by Monday.", "Monday"), Tense::Past);
        assert_eq!(tense_of("Bids were due by Monday.", "Monday"), Tense::Past);
        assert_eq!(tense_of("Bids will be due by Monday.", "Monday"), Tense::Future);
        assert_eq!(tense_of("Campaigns spent heavily ahead of Labor Day.", "Labor Day"), Tense::Unknown);
        assert_eq!(tense_of("She is not expected to travel before Monday.", "Monday"), Tense::Future);
        assert_eq!(tense_of("The envoy is to arrive on Monday.", "Monday"), Tense::Future);
        assert_eq!(tense_of("The vote is set for Monday.", "Monday"), Tense::Future);
        // "set" is no schedule here; after a singular subject it is past (the present is "sets").
        assert_eq!(tense_of("He set a record on Monday.", "Monday"), Tense::Past);
        assert_eq!(tense_of("Economists expect the first cut in June.", "June"), Tense::Future);
        assert_eq!(tense_of("Roads closed due to the snow on Monday.", "Monday"), Tense::Past);
        assert_eq!(tense_of("The deal is due to close on Monday.", "Monday"), Tense::Future);
    }
}
