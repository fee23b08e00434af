//! Amount expressions: a number with its currency prefix or suffix, or its
//! percent sign or word ("$5 million", "R4bn", "5 million euros", "3.5 per cent").

use super::currency::{GLUED_SUBUNITS, code_token, currency_prefix, currency_suffix, letter_prefix, sign_code, subunit_amount};
use super::{Ctx, Expr};
use crate::extract::numbers::{cardinal_word, is_vulgar_fraction, scale_word};
use crate::lexicon::{NEGATIVE_SIGNS, PERCENT_WORDS, VIDEO_RESOLUTIONS};

/// A cheap test that an amount expression may start at token `i` (most tokens are words).
pub(super) fn could_start(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tok(i);
    let starts_digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    t.chars().any(|c| c.is_ascii_digit() || is_vulgar_fraction(c))
        || starts_digit(ctx.tok(i + 1))
        || ctx.tok(i + 1) == "." && starts_digit(ctx.tok(i + 2))
        || sign_code(ctx.tok(i + 1), ctx).is_some()
        || sign_code(t, ctx).is_some()
        || matches!(ctx.a.low(i), "a" | "an" | "half")
        || cardinal_word(ctx.a.low(i)).is_some()
        || NEGATIVE_SIGNS.contains(ctx.a.low(i))
}

/// A sign or word that makes the number after it negative ("minus five percent", "-0.5%"):
/// the token the number starts at. "plus or minus 3 points" is a margin, not a sign.
fn negative_sign(ctx: &Ctx, i: usize) -> Option<usize> {
    let w = ctx.a.low(i);
    if !NEGATIVE_SIGNS.contains(w) {
        return None;
    }
    if w.chars().all(char::is_alphabetic) {
        let margin = i >= 2 && ctx.a.low(i - 1) == "or" && ctx.a.low(i - 2) == "plus";
        return (!margin).then_some(i + 1);
    }
    // A sign sits against the digits with a space (or nothing) before it: "fell -0.5%", not "2-3".
    let spaced = i == 0 || !ctx.a.adjacent(i - 1);
    let digits = ctx.tok(i + 1).starts_with(|c: char| c.is_ascii_digit());
    (spaced && digits && ctx.a.adjacent(i)).then_some(i + 1)
}

/// Read an amount expression starting at token `i`.
pub(super) fn parse_expr(ctx: &Ctx, i: usize) -> Option<Expr> {
    if let Some(k) = negative_sign(ctx, i) {
        let mut x = parse_unsigned(ctx, k)?;
        x.s = i;
        x.value = -x.value;
        x.num.value = -x.num.value;
        x.num.start = i;
        x.num.plain_digits = 0;
        return Some(x);
    }
    parse_unsigned(ctx, i)
}

/// An amount expression without a sign.
fn parse_unsigned(ctx: &Ctx, i: usize) -> Option<Expr> {
    let mut money = false;
    let mut currency = None;
    let mut j = i;
    if let Some((code, nj)) = currency_prefix(ctx, i) {
        money = true;
        currency = code;
        j = nj;
    }
    let num = ctx.number(j)?;
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
        currency = ctx.cur.resolve(code);
        value /= per;
    }
    if !money && !percent {
        if let Some(pe) = percent_suffix(ctx, e) {
            percent = true;
            e = pe;
        } else if let Some(suf) = currency_suffix(ctx, e, &num) {
            money = true;
            currency = suf.code;
            value = value * suf.mul / suf.div;
            // "75 USD million": a scale word after a code.
            if num.scale == 1.0
                && suf.mul == 1.0
                && code_token(ctx.tok(suf.end - 1)).is_some()
                && let Some(sc) = scale_word(ctx.a.low(suf.end)).filter(|s| *s >= 1e3)
            {
                value *= sc;
                e = suf.end + 1;
            } else {
                e = suf.end;
            }
        }
    }
    // "$20 and 43c", "thirteen dollars and forty-five cents" (not "25 cents and 75 cents").
    if money
        && value == num.value
        && num.integer
        && num.scale == 1.0
        && ctx.a.low(e) == "and"
        && let Some((code, cents, ce)) = subunit_amount(ctx, e + 1)
        && code == currency
    {
        value += cents;
        e = ce;
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
        "-" if ctx.a.adjacent(e) && low(e + 1) == "per" => e + 3,
        "-" if ctx.a.adjacent(e) && low(e + 1) == "percent" => e + 2,
        _ if is_percent_word(w) => e + 1,
        _ => return None,
    };
    if w == "%" && points(k) {
        k += 1;
    }
    Some(k)
}
