//! Number grammar of the amount extractor (spec §2): digits with
//! thousands separators and decimals ("1,234.5", "1 234 567"), suffixed scales
//! glued to the digits ("10B", "R4bn", "8M", "1MM", "3.5pc"), slash and vulgar
//! fractions ("3/4 of", "¾ of", "2½ million"; `digits.rs`), number words
//! ("three", "twenty-five", "one hundred and forty", "two and a half million",
//! "two point two million"), scale words, also one after another ("million",
//! "bn", "crore", "2.5 lakh crore", "3 hundred and 21"), and fractions ("a
//! quarter of a billion", "half a million", "half million", "one tenth",
//! "two-thirds of", "a dozen").
//!
//! The grammar works on the tokens of [`Analysis`] and knows nothing about
//! units or qualifiers, nor what a currency prefix or suffix glued to the
//! digits means (it reports them as written): it answers "which tokens
//! starting here spell a number, and what is it worth". Vague magnitudes ("millions of",
//! "several hundred") never parse, because a scale word alone or in the
//! plural does not start a number.
//!
//! The words (cardinals, scales, fractions) and the prefixes and suffixes
//! glued to digits come from [`crate::lexicon`].

mod digits;

pub use digits::{Grouping, is_vulgar_fraction};
use digits::{parse_digits, parse_vulgar};

use crate::extract::analysis::Analysis;
use crate::lexicon::{
    ATTRIBUTIVE_DETERMINERS, CARDINALS, CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_SUBUNITS, FRACTIONS, NUMBER_SCALES, ORDINALS,
    PERCENT_WORDS, PERIOD_HALF_LEAD, Table, VULGAR_FRACTIONS,
};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A number phrase found at some token.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// First token of the phrase.
    pub start: usize,
    /// One past the last token of the phrase.
    pub end: usize,
    /// Value in base units ("3.5 million" -> 3.5e6). For a fraction of a
    /// whole ([`Number::fraction_percent`]) it is the percent ("a third of" -> 33.3).
    pub value: f64,
    /// Multiplier of a scale word or suffix, 1 when there is none.
    pub scale: f64,
    /// Written as a whole number without decimals or fractions ("300", "three").
    pub integer: bool,
    /// Written in words ("three", "a dozen", "half a million").
    pub words: bool,
    /// A fraction of a whole ("one tenth", "a third of"): `value` is a percent.
    pub fraction_percent: bool,
    /// Currency prefix glued to the digits, as written ("R" of "R4bn", "RM", "Rs").
    pub glued_currency: Option<String>,
    /// A percent suffix glued to the digits ("3.5pc", "5pct").
    pub glued_percent: bool,
    /// A currency subunit glued to the digits, as written ("p" of "99p").
    pub glued_subunit: Option<&'static str>,
    /// Number of digits when the phrase is one plain integer token without
    /// separators, prefixes or suffixes ("2015" -> 4), else 0. Used to tell years.
    pub plain_digits: usize,
}

/// Alternation of `words`, longest first, escaped.
fn alternation<'w>(words: impl Iterator<Item = &'w str>) -> String {
    let mut v: Vec<&str> = words.collect();
    v.sort_by_key(|w| (std::cmp::Reverse(w.len()), *w));
    v.dedup();
    v.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// Column 0 of the rows of `t` whose column `col` is `value`.
fn forms<'t>(t: &'t Table, col: usize, value: &'t str) -> impl Iterator<Item = &'static str> + 't {
    t.rows().iter().filter(move |r| r[col] == value).map(|r| r[0])
}

/// Digits with optional glued currency prefix, decimals and scale/percent/pence suffix.
static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    // Prefixes, those also written with a period ("Rs.500") taking an optional one.
    let mut prefixes = vec![alternation(forms(&CURRENCY_PREFIXES, 3, "no").chain(forms(&CURRENCY_CODES, 2, "yes")))];
    let dotted = alternation(forms(&CURRENCY_PREFIXES, 3, "yes"));
    if !dotted.is_empty() {
        prefixes.push(format!(r"(?:{dotted})\.?"));
    }
    let suffixes = SCALE_SUFFIXES.keys().copied().chain(forms(&PERCENT_WORDS, 1, "yes")).chain(forms(&CURRENCY_SUBUNITS, 3, "yes"));
    Regex::new(&format!(
        r"^(?P<pre>{})?(?P<int>\d{{1,3}}(?:,\d{{3}})+|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d+)(?:\.(?P<frac>\d+))?(?P<suf>{})?$",
        prefixes.join("|"),
        alternation(suffixes),
    ))
    .unwrap()
});

/// A multiplier column as a number.
fn multiplier(r: &[&str]) -> f64 {
    r[1].parse().expect("number_scales.tsv: column 2 is a number")
}

/// Scale words written as their own token, lowercase -> multiplier.
static SCALE_WORDS: LazyLock<HashMap<&str, f64>> =
    LazyLock::new(|| NUMBER_SCALES.rows().iter().filter(|r| r[2] != "suffix").map(|r| (r[0], multiplier(r))).collect());

/// Scale suffixes glued to digits, case as written -> multiplier.
static SCALE_SUFFIXES: LazyLock<HashMap<&str, f64>> =
    LazyLock::new(|| NUMBER_SCALES.rows().iter().filter(|r| r[2] != "word").map(|r| (r[0], multiplier(r))).collect());

/// Cardinal words -> value.
static CARDINAL_WORDS: LazyLock<HashMap<&str, u32>> =
    LazyLock::new(|| CARDINALS.rows().iter().map(|r| (r[0], r[1].parse().expect("cardinals.tsv: column 2 is a number"))).collect());

/// Fraction words -> denominator.
static FRACTION_WORDS: LazyLock<HashMap<&str, f64>> =
    LazyLock::new(|| FRACTIONS.rows().iter().map(|r| (r[0], r[1].parse().expect("fractions.tsv: column 2 is a number"))).collect());

/// Value of a cardinal number word below 100, in any case ("seven" -> 7, "Forty" -> 40).
pub fn cardinal_word(w: &str) -> Option<u32> {
    CARDINAL_WORDS.get(w).or_else(|| CARDINAL_WORDS.get(w.to_ascii_lowercase().as_str())).copied()
}

/// Multiplier of a lowercase scale word written as its own token ("million",
/// "bn", "crore"). "hundred" is included; plural forms ("millions") are vague
/// and are not.
pub fn scale_word(w: &str) -> Option<f64> {
    SCALE_WORDS.get(w).copied()
}

/// Multiplier of a scale suffix glued to digits ("10B", "4bn", "8M", "5k").
fn scale_suffix(s: &str) -> Option<f64> {
    SCALE_SUFFIXES.get(s).copied()
}

/// Denominator of a lowercase fraction word ("third" -> 3, "quarters" -> 4, "half" -> 2).
pub fn fraction_word(w: &str) -> Option<f64> {
    FRACTION_WORDS.get(w.strip_suffix('s').unwrap_or(w)).copied()
}

/// Does a digit token (with the grammar's prefixes and suffixes) start at `i`?
pub fn is_digit_token(a: &Analysis, i: usize) -> bool {
    i < a.tokens.len() && (DIGITS.is_match(a.tok(i)) || a.tok(i).starts_with(|c: char| c.is_ascii_digit()) && parse_vulgar(a, i).is_some())
}

/// Parse the number phrase that starts at token `i`, if any (thousands grouped by thin and no-break spaces only).
pub fn parse_number(a: &Analysis, i: usize) -> Option<Number> {
    parse_number_grouped(a, i, Grouping::default())
}

/// Parse the number phrase that starts at token `i` in a text grouped as `g`.
pub fn parse_number_grouped(a: &Analysis, i: usize, g: Grouping) -> Option<Number> {
    if i >= a.tokens.len() {
        return None;
    }
    if let Some(n) = parse_digits(a, i, g) {
        return Some(n);
    }
    if let Some(n) = parse_vulgar(a, i) {
        return Some(n);
    }
    if let Some(n) = parse_fraction(a, i) {
        return Some(n);
    }
    parse_words(a, i)
}

/// Number words: "three", "twenty-five", "one hundred and forty", "a million",
/// "two dozen", "one and a half million", "half a billion".
fn parse_words(a: &Analysis, i: usize) -> Option<Number> {
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        Start,
        Article,
        Units,
        Tens,
        Hundred,
        Scale,
        Half,
        Decimal,
    }
    let n_tok = a.tokens.len();
    let first = a.low(i);
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last = Last::Start;
    let mut end = i;
    let mut top_scale = 1.0f64;
    let mut integer = true;
    let mut j = i;
    if first == "half" {
        if let Some(end) = of_a_percent(a, i + 1) {
            let mut n = word_number(i, end, 0.5, 1.0, false);
            n.fraction_percent = true;
            return Some(n);
        }
        // "half million", "half-million"
        let k = if a.low(i + 1) == "-" && a.adjacent(i) && a.adjacent(i + 1) { i + 2 } else { i + 1 };
        if let Some(sc) = scale_word(a.low(k)).filter(|s| *s >= 1e3) {
            return Some(word_number(i, k + 1, 0.5 * sc, sc, false));
        }
        // "half a million"
        if matches!(a.low(i + 1), "a" | "an")
            && let Some(sc) = scale_word(a.low(i + 2))
        {
            return Some(word_number(i, i + 3, 0.5 * sc, sc, false));
        }
        return None;
    }
    if first == "a" || first == "an" {
        let next = a.low(i + 1);
        if next == "dozen" {
            return Some(word_number(i, i + 2, 12.0, 1.0, true));
        }
        if next == "half" {
            // "a half million"
            let sc = scale_word(a.low(i + 2))?;
            return Some(word_number(i, i + 3, 0.5 * sc, sc, false));
        }
        scale_word(next)?;
        cur = 1.0;
        last = Last::Article;
        j = i + 1;
        end = i + 1;
    }
    while j < n_tok {
        let w = a.low(j);
        if let Some(v) = cardinal_word(w) {
            let v = v as f64;
            match last {
                Last::Start | Last::Hundred | Last::Scale => {
                    cur += v;
                    last = if v >= 20.0 { Last::Tens } else { Last::Units };
                }
                Last::Tens if v < 10.0 && v > 0.0 => {
                    cur += v;
                    last = Last::Units;
                }
                _ => break,
            }
            j += 1;
            end = j;
            continue;
        }
        if w == "-" && last == Last::Tens && a.adjacent(j - 1) && a.adjacent(j) {
            if cardinal_word(a.low(j + 1)).is_some_and(|v| (1..10).contains(&v)) {
                j += 1;
                continue;
            }
            break;
        }
        if w == "hundred" && matches!(last, Last::Units | Last::Tens | Last::Article) && cur < 100.0 {
            cur *= 100.0;
            top_scale = top_scale.max(100.0);
            last = Last::Hundred;
            j += 1;
            end = j;
            continue;
        }
        if let Some(sc) = scale_word(w).filter(|s| *s >= 1e3) {
            if matches!(last, Last::Units | Last::Tens | Last::Hundred | Last::Article | Last::Half | Last::Decimal) && cur > 0.0 {
                total += cur * sc;
                cur = 0.0;
                top_scale = top_scale.max(sc);
                last = Last::Scale;
                j += 1;
                end = j;
                continue;
            }
            // "two lakh crore", "one thousand crore": a larger scale multiplies what came before.
            if last == Last::Scale && cur == 0.0 && sc > top_scale {
                total *= sc;
                top_scale = sc;
                j += 1;
                end = j;
                continue;
            }
            break;
        }
        // "two point two (million)": decimals spelled digit by digit.
        if w == "point" && matches!(last, Last::Units | Last::Tens) && total == 0.0 && digit_word(a.low(j + 1)).is_some() {
            let mut place = 0.1;
            j += 1;
            while let Some(d) = digit_word(a.low(j)) {
                cur += d * place;
                place /= 10.0;
                j += 1;
            }
            integer = false;
            last = Last::Decimal;
            end = j;
            continue;
        }
        if w == "dozen" && matches!(last, Last::Units | Last::Tens) && total == 0.0 {
            cur *= 12.0;
            end = j + 1;
            break;
        }
        // "two and a half (million)", "five-and-a-half": a half more.
        let words = |phrase: &[&str]| (j..j + phrase.len()).map(|k| a.low(k)).eq(phrase.iter().copied());
        let and_a_half = if words(&["and", "a", "half"]) {
            3
        } else if words(&["-", "and", "-", "a", "-", "half"]) {
            6
        } else {
            0
        };
        if and_a_half > 0 && matches!(last, Last::Units | Last::Tens) {
            cur += 0.5;
            integer = false;
            last = Last::Half;
            j += and_a_half;
            end = j;
            continue;
        }
        if w == "and" && matches!(last, Last::Hundred | Last::Scale) && cardinal_word(a.low(j + 1)).is_some_and(|v| v > 0) {
            j += 1;
            continue;
        }
        break;
    }
    if end == i || last == Last::Article || last == Last::Start {
        return None;
    }
    let value = total + cur;
    if value <= 0.0 {
        return None;
    }
    let mut n = word_number(i, end, value, top_scale, integer);
    n.scale = if top_scale >= 1e3 { top_scale } else { 1.0 };
    Some(n)
}

/// The value of a single-digit number word ("zero" to "nine").
fn digit_word(w: &str) -> Option<f64> {
    cardinal_word(w).filter(|v| *v < 10).map(f64::from)
}

/// "a percentage point", "a percent", "one per cent" from token `k`: the token after it.
fn of_a_percent(a: &Analysis, k: usize) -> Option<usize> {
    if !matches!(a.low(k), "a" | "one") {
        return None;
    }
    match a.low(k + 1) {
        "percentage" if matches!(a.low(k + 2), "point" | "points") => Some(k + 3),
        "percent" => Some(k + 2),
        "per" if a.low(k + 2) == "cent" => Some(k + 3),
        _ => None,
    }
}

fn word_number(start: usize, end: usize, value: f64, scale: f64, integer: bool) -> Number {
    Number {
        start,
        end,
        value,
        scale,
        integer,
        words: true,
        fraction_percent: false,
        glued_currency: None,
        glued_percent: false,
        glued_subunit: None,
        plain_digits: 0,
    }
}

/// Fractions: "a quarter of a billion" (a quantity), "a third of", "one tenth",
/// "two-thirds" (fractions of a whole, as percents), "half of" (50 percent).
/// "a third" without "of" is an ordinal ("a third buyer") and "a quarter"
/// without "of" a period of time, so neither parses.
fn parse_fraction(a: &Analysis, i: usize) -> Option<Number> {
    let first = a.low(i);
    let (numer, mut j, article) = match first {
        "a" | "an" => (1.0, i + 1, true),
        "half" => {
            // "the second half of 1996", "the latter half of the season": a period, not a share.
            let prev = if i > 0 { a.low(i - 1) } else { "" };
            let period = ORDINALS.rows().iter().any(|r| r[0] == prev) || PERIOD_HALF_LEAD.contains(prev);
            // "half the voters", "half its members": a share of a plural's whole (not "half the
            // size", a multiplier).
            let share = ATTRIBUTIVE_DETERMINERS.contains(a.low(i + 1)) && {
                let noun = a.low(i + 2);
                noun.len() > 3 && noun.ends_with('s') && !noun.ends_with("ss") && noun.chars().all(|c| c.is_ascii_lowercase())
            };
            if (a.low(i + 1) == "of" || share) && !period {
                let mut n = word_number(i, i + 1, 50.0, 1.0, false);
                n.fraction_percent = true;
                return Some(n);
            }
            return None;
        }
        w => (cardinal_word(w).filter(|v| (1..=19).contains(v))? as f64, i + 1, false),
    };
    if a.low(j) == "-" && a.adjacent(j - 1) && a.adjacent(j) {
        j += 1;
    }
    let fw = a.low(j);
    let den = fraction_word(fw)?;
    if den == 2.0 && !article {
        return None; // "one half", "two halves": rare, and "one-half" reads as 50% only with "of"
    }
    let frac = numer / den;
    let after = a.low(j + 1);
    // "a quarter of a percentage point": a percent, not a fraction of a whole.
    if after == "of"
        && let Some(end) = of_a_percent(a, j + 2)
    {
        let mut n = word_number(i, end, frac, 1.0, false);
        n.fraction_percent = true;
        return Some(n);
    }
    // "a quarter of a billion", "three quarters of a million"
    if after == "of"
        && matches!(a.low(j + 2), "a" | "an")
        && let Some(sc) = scale_word(a.low(j + 3)).filter(|s| *s >= 1e3)
    {
        return Some(word_number(i, j + 4, frac * sc, sc, false));
    }
    // "a quarter million", "a half billion"
    if let Some(sc) = scale_word(after).filter(|s| *s >= 1e3) {
        return Some(word_number(i, j + 2, frac * sc, sc, false));
    }
    let whole = after == "of" || (!article && !fw.starts_with("quarter"));
    if !whole || (den == 2.0 && after != "of") {
        return None;
    }
    let mut n = word_number(i, j + 1, numer * 100.0 / den, 1.0, false);
    n.fraction_percent = true;
    Some(n)
}

#[cfg(test)]
mod tests;
