//! Numbers written with digits: thousands separators and decimals
//! ("1,234.5", "5,59,000"), groups after spaces ("1 234 567"), glued prefixes
//! and suffixes ("R4bn", "3.5pc", "99p"), scale words after them ("3.5
//! million", "2.5 lakh crore", "3 hundred and 21"), slash fractions ("3/4
//! of") and vulgar fractions ("¾ of", "2½ million").

use super::*;

/// How a document groups the thousands of its numbers.
#[derive(Debug, Clone, Copy, Default)]
pub struct Grouping {
    /// Groups of three digits may follow a plain space ("12 500 jobs"): the text
    /// never writes a comma between thousands, nor numbers side by side that no
    /// grouping explains ("74 100% 1 tackle", "35 47%": a table's columns). Thin and
    /// no-break spaces always group.
    pub plain_spaces: bool,
}

/// A comma between thousands ("1,234").
static COMMA_GROUPS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9],[0-9]{3}(?:[^0-9]|$)").unwrap());

/// Two numbers a plain space apart where the second is no group of three digits ("35 47").
static UNGROUPED_PAIRS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^0-9.,])[0-9]+ (?:[0-9]{1,2}|[0-9]{4,})(?:[^0-9,.]|$)").unwrap());

impl Grouping {
    /// The grouping `text` uses.
    pub fn of(text: &str) -> Self {
        Grouping { plain_spaces: !COMMA_GROUPS.is_match(text) && !UNGROUPED_PAIRS.is_match(text) }
    }
}

pub(super) fn parse_digits(a: &Analysis, i: usize, g: Grouping) -> Option<Number> {
    let t = a.tok(i);
    let c = DIGITS.captures(t)?;
    let frac = c.name("frac").map(|m| m.as_str());
    let suf = c.name("suf").map(|m| m.as_str());
    let pre = c.name("pre").map(|m| m.as_str().trim_end_matches('.').to_string());
    let mut int: String = c["int"].chars().filter(|ch| *ch != ',').collect();
    let mut frac = frac.map(str::to_string);
    let mut end = i + 1;
    // Thousands written in groups of three after a space ("1 234 567", "R12 500"),
    // unless the number itself follows another one ("680 50 248" is a list).
    let after_number = i > 0 && a.tok(i - 1).ends_with(|c: char| c.is_ascii_digit()) && !a.adjacent(i - 1);
    if frac.is_none()
        && suf.is_none()
        && !t.contains(',')
        && int.len() <= 3
        && !int.starts_with('0')
        && !after_number
        && let Some((groups, last_frac, e)) = space_groups(a, i + 1, g)
    {
        int.push_str(&groups);
        frac = last_frac;
        end = e;
    }
    if end == i + 1
        && pre.is_none()
        && suf.is_none()
        && frac.is_none()
        && let Some(n) = slash_fraction(a, i, &int)
    {
        return Some(n);
    }
    let mut value: f64 = format!("{}.{}", int, frac.as_deref().unwrap_or("0")).parse().ok()?;
    let mut n = Number {
        start: i,
        end,
        value,
        scale: 1.0,
        integer: frac.is_none(),
        words: false,
        fraction_percent: false,
        glued_currency: pre,
        glued_percent: suf.is_some_and(|x| forms(&PERCENT_WORDS, 1, "yes").any(|p| p == x)),
        glued_subunit: suf.and_then(|x| forms(&CURRENCY_SUBUNITS, 3, "yes").find(|u| *u == x)),
        plain_digits: 0,
    };
    if let Some(sc) = suf.and_then(scale_suffix) {
        n.scale = sc;
        value *= sc;
        // "2.5 lakh crore": a larger scale word multiplies.
        if let Some((sc2, e)) = larger_scale(a, n.end, sc) {
            n.scale *= sc2;
            value *= sc2;
            n.end = e;
        }
    } else if suf.is_none() {
        // A separate scale word, optionally hyphenated ("3.5 million", "$5.5-billion").
        let mut j = end;
        if j < a.tokens.len() && a.tok(j) == "-" && a.adjacent(j - 1) && a.adjacent(j) {
            j += 1;
        }
        let lw = a.low(j);
        if lw == "hundred" && n.integer && value < 100.0 && end == i + 1 {
            // "3 hundred", "3 hundred and 21", "5 hundred thousand".
            let (v, e) = digits_hundred(a, value, j + 1);
            value = v;
            n.end = e;
            if let Some((sc, e)) = larger_scale(a, n.end, 100.0) {
                n.scale = sc;
                value *= sc;
                n.end = e;
            }
        } else if let Some(sc) = scale_word(lw).filter(|_| lw != "hundred") {
            n.scale = sc;
            value *= sc;
            n.end = j + 1;
            if let Some((sc2, e)) = larger_scale(a, n.end, sc) {
                n.scale *= sc2;
                value *= sc2;
                n.end = e;
            }
        } else if n.glued_currency.is_none() && !t.contains(',') && end == i + 1 {
            n.plain_digits = int.len();
        }
    }
    // "16.4 million" is 164 * 1e6 / 10, exact in floating point (16.4 * 1e6 is not).
    if n.scale > 1.0
        && let Some(f) = frac.as_deref()
        && let Ok(m) = format!("{int}{f}").parse::<f64>()
        && m < 9e15
        && let Ok(d) = i32::try_from(f.len())
    {
        value = m * n.scale / 10f64.powi(d);
    }
    n.value = value;
    Some(n)
}

/// A scale word at token `j` larger than `sc` ("crore" after "lakh", "million" after "hundred"):
/// its multiplier and the token after it.
fn larger_scale(a: &Analysis, j: usize, sc: f64) -> Option<(f64, usize)> {
    scale_word(a.low(j)).filter(|s| *s > sc && *s >= 1e3).map(|s| (s, j + 1))
}

/// "3 hundred" from the token after "hundred": the value with any "and 21" added, and the token after it.
fn digits_hundred(a: &Analysis, units: f64, k: usize) -> (f64, usize) {
    let value = units * 100.0;
    let mut j = k;
    if a.low(j) == "and" {
        j += 1;
    }
    let rest = cardinal_word(a.low(j)).map(f64::from).or_else(|| {
        let t = a.tok(j);
        (t.len() <= 2 && !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())).then(|| t.parse().ok()).flatten()
    });
    match rest {
        Some(r) if r > 0.0 && r < 100.0 => {
            // "twenty-one" spelled with a hyphen.
            let mut e = j + 1;
            let mut r = r;
            if r >= 20.0
                && a.low(e) == "-"
                && a.adjacent(e - 1)
                && a.adjacent(e)
                && let Some(u) = cardinal_word(a.low(e + 1)).filter(|u| (1..10).contains(u))
            {
                r += f64::from(u);
                e += 2;
            }
            (value + r, e)
        }
        _ => (value, k),
    }
}

/// Space characters that always separate groups of three digits ("1 234 567"):
/// a thin space, a no-break space and a narrow no-break space.
const GROUP_SPACES: [&str; 3] = ["\u{2009}", "\u{a0}", "\u{202f}"];

/// Groups of three digits after a number's first group, each after one
/// space ("1 234 567", "12 500.75"): their digits, the decimals of the last
/// one, and the token after them. None when no group follows, or when
/// another number, a name or a hyphen follows the groups ("400 737 Max
/// jets", "3 500 12": numbers side by side, not one number).
fn space_groups(a: &Analysis, mut j: usize, g: Grouping) -> Option<(String, Option<String>, usize)> {
    let is_gap = |gap: &str| GROUP_SPACES.contains(&gap) || g.plain_spaces && gap == " ";
    let mut digits = String::new();
    let mut frac = None;
    while j < a.tokens.len() && frac.is_none() {
        let gap = &a.text[a.tokens[j - 1].end..a.tokens[j].start];
        let t = a.tok(j);
        let (group, decimals) = t.split_once('.').map_or((t, None), |(g, d)| (g, Some(d)));
        let group_ok = group.len() == 3 && group.chars().all(|c| c.is_ascii_digit());
        let decimals_ok = decimals.is_none_or(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()));
        if !is_gap(gap) || !group_ok || !decimals_ok {
            break;
        }
        digits.push_str(group);
        frac = decimals.map(str::to_string);
        j += 1;
    }
    if digits.is_empty() {
        return None;
    }
    if j < a.tokens.len() {
        let next = a.tok(j);
        let glued = a.adjacent(j - 1);
        if next.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) || glued && next == "-" {
            return None;
        }
    }
    Some((digits, frac, j))
}

/// "3/4 of": a fraction of a whole written with a slash, as a percent.
fn slash_fraction(a: &Analysis, i: usize, numer: &str) -> Option<Number> {
    if a.tok(i + 1) != "/" || !a.adjacent(i) || !a.adjacent(i + 1) || a.low(i + 3) != "of" {
        return None;
    }
    let den = a.tok(i + 2);
    if !(1..=3).contains(&den.len()) || !den.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (numer, den): (f64, f64) = (numer.parse().ok()?, den.parse().ok()?);
    // "3/4 of the staff"; "23/32 of a point" is a price fraction, not a share of a whole.
    if numer <= 0.0 || numer >= den || den > 10.0 && den != 100.0 || matches!(a.low(i + 4), "a" | "an") {
        return None;
    }
    let mut n = word_number(i, i + 3, numer * 100.0 / den, 1.0, false);
    n.words = false;
    n.fraction_percent = true;
    Some(n)
}

/// Vulgar fraction characters with their values (vulgar_fractions.tsv).
static VULGAR: LazyLock<HashMap<char, f64>> = LazyLock::new(|| {
    VULGAR_FRACTIONS
        .rows()
        .iter()
        .filter_map(|r| {
            let c = r[0].chars().next()?;
            let v = r[1].parse::<f64>().ok()? / r[2].parse::<f64>().ok()?;
            Some((c, v))
        })
        .collect()
});

/// Is `c` a vulgar fraction character ("¾")?
pub fn is_vulgar_fraction(c: char) -> bool {
    VULGAR.contains_key(&c)
}

/// "¾ of" (a fraction of a whole, as a percent), "2½", "2½ million".
pub(super) fn parse_vulgar(a: &Analysis, i: usize) -> Option<Number> {
    let t = a.tok(i);
    let last = t.chars().last()?;
    let frac = *VULGAR.get(&last)?;
    let int = &t[..t.len() - last.len_utf8()];
    if !int.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if int.is_empty() && a.low(i + 1) == "of" {
        let mut n = word_number(i, i + 1, frac * 100.0, 1.0, false);
        n.words = false;
        n.fraction_percent = true;
        return Some(n);
    }
    let mut n = word_number(i, i + 1, int.parse::<f64>().unwrap_or(0.0) + frac, 1.0, false);
    n.words = false;
    if let Some(sc) = scale_word(a.low(i + 1)).filter(|s| *s >= 1e3) {
        n.scale = sc;
        n.value *= sc;
        n.end = i + 2;
    }
    Some(n)
}
