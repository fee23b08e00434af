//! Ranges and fractions of a whole: "X to Y", "X-Y", "between X and Y" (spec
//! §2: a range has `low` and `high` and no value), and "one in five", "three
//! out of four" (a percent).

use super::expr::parse_expr;
use super::scan::excluded;
use super::{Ctx, Expr, Found, is_year, set_bounds};
use crate::extract::numbers::{adjacent, parse_number};
use crate::extract::{AmountKind, Qualifier};
use crate::lexicon::{CHANGE_WORDS, COUNT_PHRASE_STOPS, TIME_UNITS};

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
            if prev_word == "from" {
                return None;
            }
            if prev_word == "by" && before >= 2 && CHANGE_WORDS.contains(ctx.a.low(before - 2)) {
                return None;
            }
            change_verb = CHANGE_WORDS.contains(prev_word);
        }
        "and" => {
            if prev_word != "between" {
                return None;
            }
        }
        "-" => {
            if !(adjacent(a, k - 1) && adjacent(a, k)) {
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
    if x.money && y.money && x.currency != y.currency {
        return None;
    }
    let plain = !(x.money || x.percent || y.money || y.percent);
    if plain && (x.num.plain_digits == 4 && is_year(x.value) || y.num.plain_digits == 4 && is_year(y.value)) {
        return None;
    }
    if !plain && !x.money && !x.percent && y.num.plain_digits == 4 && is_year(y.value) {
        return None;
    }
    // A scale written once applies to both: "$3 to $5 billion", "1.5-2 million".
    let mut xv = x.value;
    if x.num.scale == 1.0 && y.num.scale > 1.0 && x.num.value < y.num.value / y.num.scale {
        xv *= y.num.scale;
    }
    if xv >= y.value {
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
    match ctx.a.low(k) {
        "in" => k += 1,
        "out" if ctx.a.low(k + 1) == "of" => k += 2,
        _ => return None,
    }
    let y = parse_number(ctx.a, k)?;
    if !y.integer || y.glued_currency.is_some() || y.value > 1000.0 || y.value <= x.value || y.scale > 1.0 {
        return None;
    }
    let nx = ctx.a.low(y.end);
    if !(nx == "of"
        || nx.chars().all(char::is_alphabetic) && !nx.is_empty() && !COUNT_PHRASE_STOPS.contains(nx) && !TIME_UNITS.contains(nx))
    {
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
