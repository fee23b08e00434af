//! The scan: at each token, read an amount expression and decide what it is
//! (money, percent, count, quantity, duration, age) or that it is no amount
//! at all (years, dates, times, labels, model and phone numbers).

use super::currency::code_token;
use super::expr::{could_start, parse_expr};
use super::qualifiers::{inherited_qualifier, is_qualifier_word, post_qualifier, pre_qualifier};
use super::ranges::{change_from, one_in_n, try_range};
use super::units::{UnitFind, anaphoric, count_unit, elided_position, elided_unit};
use super::{Ctx, Expr, Found, Recent, Step, is_year, set_bounds, simple};
use crate::extract::analysis::is_ly_adverb;
use crate::extract::numbers::is_digit_token;
use crate::extract::{AmountKind, EntityType, Qualifier};
use crate::lexicon::{
    AGE_GROUP_NOUNS, AGE_UNITS, AGE_WORDS, AMOUNT_FILLERS, CLOCK_WORDS, COUNT_PHRASE_STOPS, MONTHS, MULTIPLIER_WORDS, NUMBER_LABELS,
    TIME_UNITS, WEEKDAYS,
};
use std::collections::HashSet;
use std::sync::LazyLock;

/// Try to read an amount at token `i`.
pub(super) fn scan_at(ctx: &Ctx, i: usize, consumed: &[bool], done: &[Found], recent: &mut Recent) -> Step {
    if !could_start(ctx, i) {
        return Step::None;
    }
    let Some(x) = parse_expr(ctx, i) else {
        return Step::None;
    };
    let a = ctx.a;
    // Hyphenated digits that are not a range: model numbers and scores ("787-9", "3-1").
    if !x.money
        && !x.percent
        && !x.num.words
        && ctx.tok(x.e) == "-"
        && a.adjacent(x.e - 1)
        && a.adjacent(x.e)
        && let Some(y) = ctx.number(x.e + 1).filter(|y| !y.words)
    {
        let yv = if y.scale == 1.0 && x.num.scale > 1.0 { y.value * x.num.scale } else { y.value };
        let y_expr = parse_expr(ctx, x.e + 1);
        let y_marked = y_expr.as_ref().is_some_and(|y| y.money || y.percent) || y.scale > 1.0;
        if (yv <= x.value || (x.num.plain_digits == 4 && y.plain_digits >= 2)) && !y_marked {
            return Step::Skip(y.end);
        }
    }
    let plain = !x.money && !x.percent;
    if plain && let Some(step) = excluded(ctx, &x) {
        return step;
    }
    // Qualifier words before the expression (after any fillers).
    let (mut qual, qual_start) = pre_qualifier(ctx, x.s);
    let before = qual_start.unwrap_or(x.s);
    let prev_word = ctx.low_before(before);

    // Ranges: "X to Y", "X-Y", "between X and Y".
    if let Some((found, next)) = try_range(ctx, &x, prev_word, before) {
        let mut found = found;
        if found.kind == AmountKind::Count {
            match count_unit(ctx, next, found.high.unwrap_or(0.0), consumed) {
                UnitFind::Unit(u, extra) => {
                    recent.counted(AmountKind::Count, &u, ctx.a.sentence_of_token(i));
                    found.unit = Some(u);
                    found.extra_consumed = extra;
                    return Step::Emit(found);
                }
                UnitFind::Other(kind, unit) => {
                    found.kind = kind;
                    found.unit = unit;
                }
                UnitFind::Label => {
                    *recent = Recent::default();
                    return Step::Skip(next);
                }
                UnitFind::Reject | UnitFind::Empty => match elided_unit(ctx, &x, recent, qual != Qualifier::Exact, consumed) {
                    Some((AmountKind::Money, _)) => {
                        found.kind = AmountKind::Money;
                        found.currency = recent.sum.and_then(|(_, c)| c);
                    }
                    Some((kind, u)) => {
                        found.kind = kind;
                        found.unit = Some(u);
                    }
                    None => return Step::Skip(next),
                },
            }
        }
        return Step::Emit(found);
    }

    // "one in five" -> 20 percent.
    if plain
        && x.num.integer
        && !x.num.fraction_percent
        && let Some(mut f) = one_in_n(ctx, &x)
    {
        f.qualifier = qual;
        return Step::Emit(set_bounds(f));
    }

    // "from 300 to 450 people", "from 9 to 4 percent": the start of a change.
    if plain && let Some(f) = change_start(ctx, &x, prev_word, before, qual, consumed) {
        if let Some(u) = &f.unit {
            recent.counted(AmountKind::Count, u, ctx.a.sentence_of_token(i));
        }
        return Step::Emit(set_bounds(f));
    }

    // Qualifiers after the number: "8M+", "100,000-plus", "50 or more".
    let mut p = x.e;
    if let Some((q, np)) = post_qualifier(ctx, p) {
        // A bound written after the number outweighs an estimate before it: "an estimated 10,000+".
        if matches!(qual, Qualifier::Exact | Qualifier::Approx) {
            qual = q;
        }
        p = np;
    }
    if qual == Qualifier::Exact {
        qual = inherited_qualifier(ctx, x.s, done);
    }
    let value = x.value;
    let mut found = Found {
        s: x.s,
        e: x.e,
        kind: AmountKind::Count,
        value: Some(value),
        low: None,
        high: None,
        qualifier: qual,
        currency: x.currency,
        unit: None,
        extra_consumed: Vec::new(),
    };
    if x.money {
        found.kind = AmountKind::Money;
        recent.sum = Some((ctx.a.sentence_of_token(i), x.currency));
        return Step::Emit(set_bounds(found));
    }
    if x.percent {
        found.kind = AmountKind::Percent;
        return Step::Emit(set_bounds(found));
    }
    // A plain number: a count, a duration, a quantity, an age... or nothing.
    found.currency = None;
    match count_unit(ctx, p, value, consumed) {
        UnitFind::Unit(u, extra) => {
            // "the 2024 elections": a year, unless a qualifier makes it an amount.
            if x.num.plain_digits == 4 && is_year(x.value) && qual == Qualifier::Exact {
                return Step::Skip(x.e);
            }
            if !x.num.integer && x.num.scale == 1.0 {
                return Step::Skip(x.e); // "3.5 people" is not a count
            }
            recent.counted(AmountKind::Count, &u, ctx.a.sentence_of_token(i));
            found.unit = Some(u);
            found.extra_consumed = extra;
            Step::Emit(set_bounds(found))
        }
        UnitFind::Other(kind, unit) => {
            if x.num.plain_digits == 4 && is_year(x.value) && kind != AmountKind::Quantity {
                return Step::Skip(x.e);
            }
            if let (Some(u), AmountKind::Quantity) = (&unit, kind) {
                recent.counted(kind, u, ctx.a.sentence_of_token(i));
            }
            found.kind = kind;
            found.unit = unit;
            Step::Emit(set_bounds(found))
        }
        UnitFind::Reject => Step::Skip(x.e),
        // A rank before a name: the numbers after it are a table's, not the counts told before.
        UnitFind::Label => {
            *recent = Recent::default();
            Step::Skip(x.e)
        }
        UnitFind::Empty => {
            if x.num.plain_digits == 4 && is_year(x.value) || !x.num.integer && x.num.scale == 1.0 {
                return Step::Skip(x.e);
            }
            let anaphor = anaphoric(ctx, p);
            if !elided_position(ctx, &x, anaphor.is_some()) {
                return Step::Skip(x.e);
            }
            let fallback = || anaphor.as_ref().and_then(|a| a.fallback.clone()).map(|u| (AmountKind::Count, u));
            // "of them" looks back for its noun; "others" without a count just before is its own unit.
            let search = qual != Qualifier::Exact || anaphor.as_ref().is_some_and(|a| a.fallback.is_none());
            match elided_unit(ctx, &x, recent, search, consumed).or_else(fallback) {
                Some((AmountKind::Money, _)) => {
                    found.kind = AmountKind::Money;
                    found.currency = recent.sum.and_then(|(_, c)| c);
                    Step::Emit(set_bounds(found))
                }
                Some((kind, u)) => {
                    recent.counted(kind, &u, ctx.a.sentence_of_token(i));
                    found.kind = kind;
                    found.unit = Some(u);
                    Step::Emit(set_bounds(found))
                }
                None => Step::Skip(x.e),
            }
        }
    }
}

/// The start of a change "from X to Y" written without its own unit, percent
/// or currency: it takes those of Y ("from 300 to 450 people", "from 9 to 4
/// percent", "from 1.5 to 2 million dollars"), and Y's scale when the two are
/// of one size. Y itself is read when the scan reaches it.
fn change_start(ctx: &Ctx, x: &Expr, prev_word: &str, before: usize, qual: Qualifier, consumed: &[bool]) -> Option<Found> {
    if ctx.a.low(x.e) != "to" || !(prev_word == "from" || change_from(ctx, before)) {
        return None;
    }
    if x.num.plain_digits == 4 && is_year(x.value) || x.num.fraction_percent {
        return None;
    }
    let y = parse_expr(ctx, x.e + 1)?;
    if y.num.plain_digits == 4 && is_year(y.value) {
        return None;
    }
    let mut value = x.value;
    let y_units = y.num.value / y.num.scale;
    if x.num.scale == 1.0 && y.num.scale > 1.0 && y_units > 0.0 && (0.1..=10.0).contains(&(x.value / y_units)) {
        value *= y.num.scale;
    }
    let mut f = Found { value: Some(value), qualifier: qual, ..simple(x, AmountKind::Count, None) };
    if y.percent {
        f.kind = AmountKind::Percent;
    } else if y.money && y.num.start == y.s {
        // A currency after Y's number ("7 million euros") covers X; a sign before it ("$7") does not.
        f.kind = AmountKind::Money;
        f.currency = y.currency;
    } else if !y.money && (x.num.integer || value != x.value) {
        match count_unit(ctx, y.e, y.value, consumed) {
            UnitFind::Unit(u, _) => f.unit = Some(u),
            UnitFind::Other(kind, unit) => {
                f.kind = kind;
                f.unit = unit;
            }
            _ => return None,
        }
    } else {
        return None;
    }
    Some(f)
}

/// Plain numbers that are not amounts: years and dates, times, phone and
/// model numbers, labels and ranks, ages, "one" as an article, multipliers.
pub(super) fn excluded(ctx: &Ctx, x: &Expr) -> Option<Step> {
    let a = ctx.a;
    let i = x.num.start;
    let skip = Some(Step::Skip(x.e));
    let prev = ctx.low_before(i);
    let next = ctx.a.low(x.e);
    // A number with a glued scale ("100K") is an amount even where the tagger took it for a
    // MISC name by itself; an organisation ("3M") stays a name.
    let scaled_token = x.num.end == i + 1
        && x.num.scale > 1.0
        && ctx.mention_at[i].is_some_and(|m| ctx.mention_ends[i] == Some(m) && ctx.mentions[m].label == EntityType::Misc);
    if ctx.mention_at[i].is_some() && !(scaled_token && (i == 0 || ctx.mention_at[i - 1] != ctx.mention_at[i])) || ctx.phone[i] {
        return skip;
    }
    // Dates and times: "January 22", "5 August", "22/01/2025", "10:30", "5 p.m.".
    let month = |k: usize| is_month(ctx.a.low(k)) && ctx.tok(k).chars().next().is_some_and(char::is_uppercase);
    if i > 0 && month(i - 1) && !x.num.words && x.num.scale == 1.0 || month(x.e) && x.num.scale == 1.0 {
        return skip;
    }
    if (i > 0 && matches!(prev, "/" | ":" | ".") && a.adjacent(i - 1) && i > 1 && a.adjacent(i - 2) && is_digit_token(a, i - 2))
        || (matches!(next, "/" | ":") && a.adjacent(x.e - 1) && a.adjacent(x.e) && is_digit_token(a, x.e + 1))
    {
        return skip;
    }
    if CLOCK_WORDS.contains(next) {
        return skip;
    }
    // Glued to a word by a hyphen: "A350-900", "F-35", "Covid-19", "Top-10".
    if prev == "-" && i > 1 && a.adjacent(i - 2) && a.adjacent(i - 1) && ctx.tok(i - 2).chars().any(char::is_alphanumeric) {
        return skip;
    }
    // Labels and ranks: "No. 1", "number eight", "page 5", "#1".
    // "aged between 18 and 24"
    if matches!(prev, "between" | "from") && i > 1 && AGE_WORDS.contains(ctx.a.low(i - 2)) {
        return skip;
    }
    // "#" is the number sign ("#1"); "no" is a label only capitalised ("No 1", not "no 5").
    // A label word that ends a qualifier is the qualifier ("expected to top 10,000 visitors").
    if (prev == "#" || NUMBER_LABELS.contains(prev)) && !(prev == "no" && ctx.tok(i - 1) == "no") && pre_qualifier(ctx, i).1.is_none() {
        if AGE_WORDS.contains(prev) {
            return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
        }
        return skip;
    }
    // A number right after a capitalised word is part of a name: "Boeing 737",
    // "Falcon 9", "Windows 10" (a function word opening a sentence is not a name, nor is
    // a word opening it before a span of time, nor an adverb opening it).
    if i > 0 {
        let pt = ctx.tok(i - 1);
        let cap = pt.chars().next().is_some_and(char::is_uppercase);
        let in_mention = ctx.mention_at[i - 1].is_some();
        let function_word = COUNT_PHRASE_STOPS.contains(prev) || is_qualifier_word(prev) || AMOUNT_FILLERS.contains(prev);
        let in_title = ctx.a.is_title_case(ctx.a.sentence_of_token(i));
        // Not a word opening its sentence before a number of hours or days, alone or in a range: an
        // imperative or a subject ("Sleep 7-9 hours a night", "Eat 1–2 hours after training").
        let unit_at = |k: usize| TIME_UNITS.contains(a.low(k));
        let span_of_time =
            unit_at(x.e) || matches!(ctx.tok(x.e), "-" | "–" | "—" | "to") && ctx.number(x.e + 1).is_some_and(|y| unit_at(y.end));
        // (A weekday or month opening a table's row is its label: "Thursday 600 week ago".)
        let calendar = is_month(a.low(i - 1)) || WEEKDAYS.rows().iter().any(|r| r[0] == a.low(i - 1));
        // Nor an adverb opening it ("Exactly 12 jurors sat").
        let adverb = is_ly_adverb(prev);
        let opener = !in_mention && ctx.sentence_initial(i - 1) && (span_of_time && !calendar || adverb);
        if cap && code_token(pt).is_none() && (in_mention || !in_title && !function_word) && !opener {
            return skip;
        }
    }
    // Ages: "39-year-old", "55 years old", "Altman, 39,"; a bare whole number after "under" or
    // "over" right after a plural of people is their age ("children under 5", "adults over 60").
    let age_group = matches!(prev, "under" | "over" | "above" | "below")
        && i > 1
        && AGE_GROUP_NOUNS.contains(ctx.a.low(i - 2))
        && x.num.integer
        && x.num.scale == 1.0
        && x.value < 120.0
        && {
            // Nothing counted after it: punctuation, an age's unit or a word that ends the phrase.
            let w = ctx.a.low(x.e);
            !ctx.tok(x.e).starts_with(char::is_lowercase)
                || AGE_UNITS.contains(w)
                || matches!(
                    w,
                    "in" | "at" | "from" | "with" | "and" | "or" | "who" | "are" | "were" | "was" | "is" | "will" | "can" | "should" | "to"
                )
        };
    if age_suffix(ctx, x.e) || age_group {
        return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
    }
    let name_before = |k: usize| {
        ctx.mention_ends[k].is_some_and(|m| ctx.mentions[m].label == EntityType::Person)
            || ctx.mention_ends[k].is_none() && ctx.tok(k).chars().next().is_some_and(char::is_uppercase) && !ctx.sentence_initial(k)
    };
    // A bare number in brackets ending a clause is a reference mark ("linked to binge eating (12).")
    // or a tie-break ("7-6 (5),"), unless a name before it makes it an age ("Jo Hale (23),").
    let bare = x.e == i + 1 && bare_digits(ctx, i);
    if prev == "(" && next == ")" && bare && !(i > 1 && name_before(i - 2)) && matches!(a.low(x.e + 1), "." | "," | ";" | "") {
        return skip;
    }
    // A record or score in brackets after a name is no amount: "The Eagles (6-5, 3-4)", "Boston (12-3)".
    if bare && in_record_brackets(ctx, i) {
        return skip;
    }
    // So is every number of a bracketed list of bare numbers ending a clause ("emotional eating (32, 33).").
    if bare
        && let Some((open, close)) = bare_number_list(ctx, i)
        && !(open > 0 && name_before(open - 1))
        && matches!(a.low(close + 1), "." | "," | ";" | "")
    {
        return skip;
    }
    if prev == "," && i > 1 && x.num.integer && x.value < 120.0 && name_before(i - 2) && matches!(next, "," | ")")
        || prev == "," && i > 1 && ctx.mention_ends[i - 2].is_some_and(|m| ctx.mentions[m].label == EntityType::Person) && next == "."
        || prev == "(" && i > 1 && ctx.mention_ends[i - 2].is_some() && next == ")"
    {
        return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
    }
    // "one" as a pronoun or article; "the two" without a noun is handled with elision.
    // "one in five" and "one or two people" are amounts, and so is a bounded one.
    let alternative = matches!(next, "or" | "to") && ctx.number(x.e + 1).is_some_and(|y| y.words && y.value > 1.0);
    let proportion = |w: &str| matches!(w, "in" | "out");
    let joined = next == "-" && proportion(ctx.a.low(x.e + 1)) && ctx.tok(x.e + 2) == "-";
    // A bound makes it a count: "at least one person" (not "at least one of them").
    let bounded = next != "of" && matches!(pre_qualifier(ctx, x.s).0, Qualifier::AtLeast | Qualifier::AtMost);
    if x.num.words && x.value == 1.0 && x.num.scale == 1.0 && !proportion(next) && !joined && !alternative && !bounded {
        return skip;
    }
    // A ratio or score glued by hyphens ("backed it 2-to-1", "won 3-to-2"), both its numbers.
    let glued = |k: usize| ctx.tok(k) == "-" && ctx.a.adjacent(k - 1) && ctx.a.adjacent(k);
    let ratio_after = next == "-" && glued(x.e) && ctx.a.low(x.e + 1) == "to" && glued(x.e + 2) && ctx.number(x.e + 3).is_some();
    let ratio_before = x.s >= 3 && glued(x.s - 1) && ctx.a.low(x.s - 2) == "to" && glued(x.s - 3);
    if ratio_after || ratio_before {
        return skip;
    }
    // Multipliers: "three times", "10-fold".
    if MULTIPLIER_WORDS.contains(next) || next == "-" && MULTIPLIER_WORDS.contains(ctx.a.low(x.e + 1)) {
        return skip;
    }
    None
}

/// Is the number followed by "-year-old", "years old", "-month-old"?
fn age_suffix(ctx: &Ctx, e: usize) -> bool {
    let mut k = e;
    if ctx.a.low(k) == "-" {
        k += 1;
    }
    if !AGE_UNITS.contains(ctx.a.low(k)) {
        return false;
    }
    k += 1;
    if ctx.a.low(k) == "-" {
        k += 1;
    }
    ctx.a.low(k) == "old"
}

/// Month names and abbreviations as lowercase tokens: a full name, an
/// abbreviation that is not also a word ("jan", "sept"), or any abbreviation
/// with its period ("mar.", "jun.").
static MONTH_FORMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let rows = MONTHS.rows();
    // A month's full name is its longest form.
    let full = |r: &Vec<&str>| rows.iter().filter(|o| o[1] == r[1]).all(|o| o[0].len() <= r[0].len());
    let mut forms = HashSet::new();
    for r in rows {
        if full(r) || r[2] == "no" {
            forms.insert(r[0].to_string());
        }
        if !full(r) {
            forms.insert(format!("{}.", r[0]));
        }
    }
    forms
});

/// Is the lowercase token `w` a month ("january", "jan.", "sept")?
pub(super) fn is_month(w: &str) -> bool {
    MONTH_FORMS.contains(w)
}

/// Is token `k` a number of digits alone ("33", not "3.5" or "33rd")?
fn bare_digits(ctx: &Ctx, k: usize) -> bool {
    ctx.tok(k).bytes().all(|b| b.is_ascii_digit())
}

/// The brackets around a comma-separated list of items of `width` tokens
/// each, one of which starts at token `start`, when the brackets hold nothing
/// else: the tokens of "(" and ")" and the number of items.
fn bracketed_list(ctx: &Ctx, start: usize, width: usize, item: impl Fn(usize) -> bool) -> Option<(usize, usize, usize)> {
    let n = ctx.a.tokens.len();
    let (mut open, mut close, mut items) = (start, start + width, 1);
    while open > width && ctx.tok(open - 1) == "," && item(open - 1 - width) {
        open -= width + 1;
        items += 1;
    }
    while close + width < n && ctx.tok(close) == "," && item(close + 1) {
        close += width + 1;
        items += 1;
    }
    (open >= 1 && ctx.tok(open - 1) == "(" && close < n && ctx.tok(close) == ")").then_some((open - 1, close, items))
}

/// Does token `i` stand in brackets that hold only pairs of bare numbers
/// joined by a hyphen and separated by commas, right after a capitalised word:
/// a team's record or a score ("The Eagles (6-5, 3-4)", "Boston (12-3)")?
fn in_record_brackets(ctx: &Ctx, i: usize) -> bool {
    let n = ctx.a.tokens.len();
    let pair = |k: usize| {
        k + 2 < n && bare_digits(ctx, k) && ctx.tok(k + 1) == "-" && ctx.a.adjacent(k) && ctx.a.adjacent(k + 1) && bare_digits(ctx, k + 2)
    };
    // The pair holding token `i`: it opens there or closes there.
    let start = if pair(i) {
        i
    } else if i >= 2 && pair(i - 2) {
        i - 2
    } else {
        return false;
    };
    bracketed_list(ctx, start, 3, pair).is_some_and(|(open, _, _)| {
        open >= 1 && ctx.tok(open - 1).starts_with(char::is_uppercase) && ctx.tok(open - 1).chars().any(char::is_alphabetic)
    })
}

/// The brackets around token `i` when it stands in a list of two or more bare
/// numbers joined by commas and nothing else: "(32, 33)", "(4, 5, 6)".
fn bare_number_list(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    bracketed_list(ctx, i, 1, |k| bare_digits(ctx, k)).filter(|&(_, _, items)| items >= 2).map(|(open, close, _)| (open, close))
}
