//! Ranges and fractions of a whole: "X to Y", "X-Y", "between X and Y", "anywhere from X to Y" (spec
//! §2: a range has `low` and `high` and no value), and "one in five", "three
//! out of four" (a percent).

use super::expr::parse_expr;
use super::scan::excluded;
use super::{Ctx, Expr, Found, is_year, set_bounds};
use crate::extract::{AmountKind, Qualifier};
use crate::lexicon::{
    CHANGE_START_WORDS, CHANGE_WORDS, INDEFINITE_DETERMINERS, MEASURE_UNITS, SPREAD_LEADS, TENSE_FUTURE, TENSE_FUTURE_MODAL, TIME_UNITS,
};

pub(super) fn try_range(ctx: &Ctx, x: &Expr, prev_word: &str, before: usize) -> Option<(Found, usize)> {
    let a = ctx.a;
    if x.num.fraction_percent {
        return None;
    }
    let k = x.e;
    let conn = ctx.a.low(k);
    let hyphen = matches!(conn, "-" | "–" | "—");
    let mut change_verb = false;
    match conn {
        "to" => {
            // "from X to Y" is a change, unless a word before "from" makes it a spread of values
            // ("anywhere from $200 to $500", "ranging from").
            let spread = prev_word == "from" && before >= 2 && SPREAD_LEADS.contains(a.low(before - 2));
            if prev_word == "from" && !spread || change_from(ctx, before) {
                return None;
            }
            if prev_word == "by" && change_by(ctx, before - 1) {
                return None;
            }
            change_verb = CHANGE_WORDS.contains(prev_word);
        }
        "and" => {
            if prev_word != "between" {
                return None;
            }
        }
        // "5 or 6 points", "two or three people": close alternatives are a range.
        "or" => {}
        "-" => {
            if !(a.adjacent(k - 1) && a.adjacent(k)) {
                return None;
            }
        }
        "–" | "—" => {}
        _ => return None,
    }
    if prev_word == "from" && hyphen {
        return None;
    }
    let y = parse_expr(ctx, k + 1)?;
    if y.num.fraction_percent || (x.num.words != y.num.words && hyphen) {
        return None;
    }
    if (x.money && y.percent) || (x.percent && y.money) {
        return None;
    }
    // A percent or sum before "to" and a bare number after it, with no scale word: a change and a
    // new level ("the peso weakened 1.8% to 21.15 per dollar", "rose 1.2% to 23,400 points"); a
    // range writes its sign or word on the second end or on both ("10 to 12%", "10% to 12%", "$3
    // to 5 billion").
    if conn == "to" && (x.percent || x.money) && !(y.percent || y.money) && y.num.scale == 1.0 {
        return None;
    }
    if x.money && y.money && x.currency != y.currency {
        return None;
    }
    // "20 percent or 40 million tonnes": alternatives of two kinds.
    if conn == "or" && (x.percent && !y.percent || x.money && !y.money) {
        return None;
    }
    let plain = !(x.money || x.percent || y.money || y.percent);
    if plain && (x.num.plain_digits == 4 && is_year(x.value) || y.num.plain_digits == 4 && is_year(y.value)) {
        return None;
    }
    if !plain && !x.money && !x.percent && y.num.plain_digits == 4 && is_year(y.value) {
        return None;
    }
    // A year before "to" and an amount with its own symbol: "from $3 million in 2020 to $8 million".
    if !x.money && !x.percent && x.num.plain_digits == 4 && is_year(x.value) && (y.money || y.percent) {
        return None;
    }
    // A scale written once applies to both: "$3 to $5 billion", "1.5-2 million".
    let mut xv = x.value;
    // A currency word after the second number applies to both: "5 or 6 cents", "3 to 4 dollars".
    // Divide by a subunit's count rather than multiply by its fraction, so 70 cents is 0.7 exactly.
    if !x.money && y.money && x.num.scale == 1.0 && y.num.value > 0.0 && y.value > 0.0 {
        let per = y.num.value / y.value;
        if per > 1.0 { xv /= per.round() } else { xv *= y.value / y.num.value }
    }
    if x.num.scale == 1.0 && y.num.scale > 1.0 && x.num.value < y.num.value / y.num.scale {
        xv *= y.num.scale;
    }
    if xv >= y.value {
        return None;
    }
    // "$5 or $500": alternatives far apart are two amounts.
    if conn == "or" && (y.value > 2.0 * xv || xv <= 0.0) {
        return None;
    }
    // "rose 2p to 140p": a change and a new level, not a range.
    if change_verb && y.value > 3.0 * xv {
        return None;
    }
    let money = x.money || y.money;
    let percent = x.percent || y.percent;
    if plain {
        // Both ends must be plain numbers that could be counts.
        if excluded(ctx, x).is_some() || !x.num.integer && x.num.scale == 1.0 {
            return None;
        }
    }
    let kind = if money {
        AmountKind::Money
    } else if percent {
        AmountKind::Percent
    } else {
        AmountKind::Count
    };
    let f = Found {
        s: x.s,
        e: y.e,
        kind,
        value: None,
        low: Some(xv),
        high: Some(y.value),
        qualifier: Qualifier::Range,
        currency: if money { y.currency.or(x.currency) } else { None },
        unit: None,
        extra_consumed: Vec::new(),
    };
    Some((f, y.e))
}

/// "one in five Americans", "three out of four": a fraction of a whole, as a percent.
pub(super) fn one_in_n(ctx: &Ctx, x: &Expr) -> Option<Found> {
    let mut k = x.e;
    // "one-in-three": the words joined by hyphens.
    let hyphen = |k: usize| ctx.tok(k) == "-" && ctx.a.adjacent(k - 1) && ctx.a.adjacent(k);
    let joined = hyphen(k);
    if joined {
        k += 1;
    }
    match ctx.a.low(k) {
        "in" => k += 1,
        "out" if ctx.a.low(k + 1) == "of" => k += 2,
        _ => return None,
    }
    if joined {
        if !hyphen(k) {
            return None;
        }
        k += 1;
    }
    // "one in every five"
    if ctx.a.low(k) == "every" {
        k += 1;
    }
    let y = ctx.number(k)?;
    if !y.integer || y.glued_currency.is_some() || y.value > 1000.0 || y.value <= x.value || y.scale > 1.0 {
        return None;
    }
    // The whole is followed by its noun ("one in five voters"), by "of", or ends the
    // phrase ("one in three is jobless", "nine in 10 agree."); not by a unit ("2 in 10 minutes").
    let nx = ctx.a.low(y.end);
    let next_tok = ctx.tok(y.end);
    let unit = TIME_UNITS.contains(nx) || MEASURE_UNITS.contains(nx);
    let phrase_end = next_tok.is_empty() || matches!(next_tok, "." | "," | ";" | ":" | ")" | "”" | "\"" | "!" | "?" | "—" | "–");
    let word = nx.chars().all(char::is_alphabetic) && !nx.is_empty();
    if unit || !(word || phrase_end) || ctx.number(y.end).is_some() {
        return None;
    }
    let v = x.value * 100.0 / y.value;
    let f = Found {
        s: x.s,
        e: y.end,
        kind: AmountKind::Percent,
        value: Some(v),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        currency: None,
        unit: None,
        extra_consumed: Vec::new(),
    };
    Some(set_bounds(f))
}

/// Is the "by" at token `by` that of a change done, so that "by X to Y" is the
/// change and the new level: a change word up to four words before it, within
/// the clause ("fell by 30 to 126", "raised its dividend by 10 cents to 58
/// cents"), with no modal or "to" right before that word? A change yet to come
/// is a range of it ("will increase collection by R20bn to R50bn", "may rise
/// by 5 to 10 percent").
fn change_by(ctx: &Ctx, by: usize) -> bool {
    let a = ctx.a;
    let modal = |w: &str| w == "to" || TENSE_FUTURE.contains(w) || TENSE_FUTURE_MODAL.contains(w);
    let verb = (by.saturating_sub(4)..by)
        .rev()
        .take_while(|&j| a.tok(j).chars().all(char::is_alphanumeric))
        .find(|&j| CHANGE_WORDS.contains(a.low(j)));
    verb.is_some_and(|j| !(j.saturating_sub(2)..j).any(|k| modal(a.low(k))))
}

/// Is the amount whose words start at token `before` the start of a change
/// "from ... X to Y" ("from the current $7.25 to $15", "from a low of 40% to
/// 55%", "from last year's 5% to 7%")? The words between "from" and the
/// number (at most five, no punctuation or number) must end with one that
/// leads a start value (change_start_words.txt); "of" only after "from a/an ...".
pub(super) fn change_from(ctx: &Ctx, before: usize) -> bool {
    if before == 0 || !CHANGE_START_WORDS.contains(ctx.a.low(before - 1)) {
        return false;
    }
    let sent = ctx.sent(before);
    let first = before.saturating_sub(6);
    for k in (first..before - 1).rev() {
        let t = ctx.tok(k);
        if ctx.sent(k) != sent {
            return false;
        }
        if ctx.a.low(k) == "from" {
            // "from a low of 40% to 55%" is a change; "from the north of 10 to 15 knots" names a
            // place, and "from an earlier range of $3 billion to $3.3 billion" a range.
            let of = ctx.a.low(before - 1) == "of";
            return !of || (INDEFINITE_DETERMINERS.contains(ctx.a.low(k + 1)) && !matches!(ctx.a.low(before - 2), "range" | "band"));
        }
        let word = t.chars().next().is_some_and(char::is_alphabetic) || super::is_possessive(t);
        if !word || ctx.number(k).is_some() {
            return false;
        }
    }
    false
}
