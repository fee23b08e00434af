//! Amount expressions: a number with its currency prefix or suffix, or its
//! percent sign or word ("$5 million", "R4bn", "5 million euros", "3.5 per cent").

use super::currency::{GLUED_SUBUNITS, currency_prefix, currency_suffix, letter_prefix, sign_code};
use super::{Ctx, Expr};
use crate::extract::numbers::{adjacent, cardinal_word, parse_number};
use crate::lexicon::{PERCENT_WORDS, VIDEO_RESOLUTIONS};

/// A cheap test that an amount expression may start at token `i` (most tokens are words).
pub(super) fn could_start(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tok(i);
    let starts_digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    t.chars().any(|c| c.is_ascii_digit())
        || starts_digit(ctx.tok(i + 1))
        || ctx.tok(i + 1) == "." && starts_digit(ctx.tok(i + 2))
        || ctx.tok(i + 1) == "$"
        || sign_code(t, ctx).is_some()
        || matches!(ctx.a.low(i), "a" | "an" | "half")
        || cardinal_word(ctx.a.low(i)).is_some()
}

/// Read an amount expression starting at token `i`.
pub(super) fn parse_expr(ctx: &Ctx, i: usize) -> Option<Expr> {
    let a = ctx.a;
    let mut money = false;
    let mut currency = None;
    let mut j = i;
    if let Some((code, nj)) = currency_prefix(ctx, i) {
        money = true;
        currency = code;
        j = nj;
    }
    let num = parse_number(a, j)?;
    if money && (num.words || num.glued_currency.is_some()) {
        return None;
    }
    if let Some(g) = &num.glued_currency {
        currency = Some(letter_prefix(g, ctx, num.scale > 1.0)?);
        money = true;
    }
    let mut value = num.value;
    let mut e = num.end;
    let mut percent = num.glued_percent || num.fraction_percent;
    if let Some(&(code, per)) = num.glued_subunit.and_then(|s| GLUED_SUBUNITS.get(s))
        && !money
    {
        // "1080p" is a video resolution, unless the text talks of pounds.
        if !ctx.cur.cued(code) && VIDEO_RESOLUTIONS.words().iter().any(|r| r.parse() == Ok(value)) {
            return None;
        }
        money = true;
        currency = Some(code);
        value /= per;
    }
    if !money && !percent {
        if let Some(pe) = percent_suffix(ctx, e) {
            percent = true;
            e = pe;
        } else if let Some((code, ce, div)) = currency_suffix(ctx, e, &num) {
            money = true;
            currency = code;
            e = ce;
            value /= div;
        }
    }
    Some(Expr { s: i, e, num, value, money, currency, percent })
}

/// Is `w` a percent word ("percent", "pct")?
fn is_percent_word(w: &str) -> bool {
    PERCENT_WORDS.rows().iter().any(|r| r[0] == w)
}

/// A percent sign or word after the number: returns the token after it.
fn percent_suffix(ctx: &Ctx, e: usize) -> Option<usize> {
    let low = |k: usize| ctx.a.low(k);
    let w = low(e);
    let points = |k: usize| matches!(low(k), "point" | "points");
    let mut k = match w {
        "%" => e + 1,
        "per" if low(e + 1) == "cent" => e + 2,
        "percentage" if points(e + 1) => return Some(e + 2),
        // "5-percent", "5-per-cent".
        "-" if adjacent(ctx.a, e) && low(e + 1) == "per" => e + 3,
        "-" if adjacent(ctx.a, e) && low(e + 1) == "percent" => e + 2,
        _ if is_percent_word(w) => e + 1,
        _ => return None,
    };
    if w == "%" && points(k) {
        k += 1;
    }
    Some(k)
}
