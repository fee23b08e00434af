//! Currencies: signs, codes, letter prefixes and currency nouns around a
//! number, and which dollar, yen or rupee a text means by a sign it shares
//! with other countries (spec §2). The words are the lexicon's currency
//! tables; this module reads them and holds the rules.

use super::Ctx;
use crate::extract::numbers::{Number, is_digit_token};
use crate::lexicon::{
    CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_CUES, CURRENCY_NOUNS, CURRENCY_PREFIXES, CURRENCY_SIGN_LETTERS, CURRENCY_SIGNS,
    CURRENCY_SUBUNITS, DOLLAR_PREFIXES, INDEFINITE_DETERMINERS, MEASURE_UNITS, NUMBER_SCALES, Table, WEIGHT_VERBS,
};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Which dollar, yen and rupee a text means, and which currencies its cues name.
#[derive(Debug, Clone)]
pub(super) struct TextCurrency {
    /// ISO code of a bare "$" and of "dollars".
    pub dollar: &'static str,
    /// ISO code of "¥" (the yen, or the yuan in a Chinese text).
    pub yen: &'static str,
    /// ISO code of "Rs" and "rupees".
    pub rupee: &'static str,
    /// ISO code of "pounds": sterling, or the local pound of a text about Egypt, Lebanon, Syria or Sudan.
    pub pound: &'static str,
    /// ISO code of "kroner" and "crowns": the crown whose country the text names most (NOK when none).
    pub krone: &'static str,
    /// ISO code of "pesos": the peso whose country the text names most (MXN when none).
    pub peso: &'static str,
    /// Codes whose cues the text holds (currency_cues.tsv).
    cued: HashSet<&'static str>,
}

impl TextCurrency {
    /// Read the cues of `text`.
    pub fn new(text: &str) -> Self {
        let cued: HashSet<&'static str> = CUES.iter().filter(|c| c.any(text)).map(|c| c.code).collect();
        let count = |code: &str| CUES.iter().find(|c| c.code == code).map_or(0, |c| c.count(text));
        let yuan_named = CUES.iter().any(|c| c.code == "CNY" && c.any_case.as_ref().is_some_and(|re| re.is_match(text)));
        let yen = if yuan_named || count("CNY") > count("JPY") { "CNY" } else { "JPY" };
        let rupee = if cued.contains("PKR") && !cued.contains("INR") { "PKR" } else { "INR" };
        let (krone, peso) = (most_named("krone", "NOK", count), most_named("peso", "MXN", count));
        TextCurrency { dollar: dollar_code(text, count), yen, rupee, pound: pound_code(text, count), krone, peso, cued }
    }

    /// Does the text hold a cue of currency `code` (its country, cities, institutions, names)?
    pub fn cued(&self, code: &str) -> bool {
        self.cued.contains(code)
    }

    /// The ISO code a table cell means: an ISO code, `dollar` / `yen` / `rupee` / `pound` / `krone` / `peso`
    /// for the one this text uses, `-` for unknown.
    pub fn resolve(&self, code: &'static str) -> Option<&'static str> {
        match code {
            "dollar" => Some(self.dollar),
            "yen" => Some(self.yen),
            "rupee" => Some(self.rupee),
            "pound" => Some(self.pound),
            "krone" => Some(self.krone),
            "peso" => Some(self.peso),
            "-" => None,
            c => Some(c),
        }
    }
}

// ---------------------------------------------------------------------------
// The tables
// ---------------------------------------------------------------------------

/// Rows of `t` as a map from column `k` to column `v`.
fn column_map(t: &Table, k: usize, v: usize) -> HashMap<&'static str, &'static str> {
    t.rows().iter().map(|r| (r[k], r[v])).collect()
}

/// Sign -> code.
static SIGNS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| column_map(&CURRENCY_SIGNS, 0, 1));
/// Letters before "$" -> code.
static DOLLAR_LETTERS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| column_map(&DOLLAR_PREFIXES, 0, 1));
/// (Letters, sign) written together before the digits ("E£") -> code.
static SIGN_LETTERS: LazyLock<HashMap<(&str, &str), &str>> =
    LazyLock::new(|| CURRENCY_SIGN_LETTERS.rows().iter().map(|r| ((r[0], r[1]), r[2])).collect());
/// Written code -> ISO code.
static CODES: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| column_map(&CURRENCY_CODES, 0, 1));

/// A letter prefix (currency_prefixes.tsv).
struct Prefix {
    code: &'static str,
    ambiguous: bool,
    period: bool,
}

static PREFIXES: LazyLock<HashMap<&str, Prefix>> = LazyLock::new(|| {
    CURRENCY_PREFIXES.rows().iter().map(|r| (r[0], Prefix { code: r[1], ambiguous: r[2] == "yes", period: r[3] == "yes" })).collect()
});

/// A currency noun with its forms and the adjectives that name other codes.
struct Noun {
    forms: Vec<&'static str>,
    code: &'static str,
    /// (adjective, code), in file order.
    adjectives: Vec<(&'static str, &'static str)>,
}

/// Currency nouns in file order (currency_nouns.tsv, currency_adjectives.tsv).
static NOUNS: LazyLock<Vec<Noun>> = LazyLock::new(|| {
    let mut nouns: Vec<(&str, Noun)> = Vec::new();
    for r in CURRENCY_NOUNS.rows() {
        match nouns.iter_mut().find(|(name, _)| *name == r[1]) {
            Some((_, n)) => n.forms.push(r[0]),
            None => nouns.push((r[1], Noun { forms: vec![r[0]], code: r[2], adjectives: Vec::new() })),
        }
    }
    for r in CURRENCY_ADJECTIVES.rows() {
        if let Some((_, n)) = nouns.iter_mut().find(|(name, _)| *name == r[0]) {
            n.adjectives.push((r[1], r[2]));
        }
    }
    nouns.into_iter().map(|(_, n)| n).collect()
});

/// Every currency noun form.
static NOUN_FORMS: LazyLock<HashSet<&str>> = LazyLock::new(|| CURRENCY_NOUNS.rows().iter().map(|r| r[0]).collect());

/// Forms that are also common words (column `ambiguous`).
static AMBIGUOUS_NOUNS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| CURRENCY_NOUNS.rows().iter().filter(|r| r[4] == "yes").map(|r| r[0]).collect());

/// Forms that make hyphenated compounds ("5-dollar"): form -> code.
static COMPOUND_NOUNS: LazyLock<HashMap<&str, &str>> =
    LazyLock::new(|| CURRENCY_NOUNS.rows().iter().filter(|r| r[3] == "yes").map(|r| (r[0], r[2])).collect());

/// Subunits written as words ("cents", "pence"): form -> (code, how many make a unit).
static SUBUNIT_WORDS: LazyLock<HashMap<&str, (&str, f64)>> = LazyLock::new(|| subunits(false));

/// Subunits glued to the digits ("99p"): form -> (code, how many make a unit).
pub(super) static GLUED_SUBUNITS: LazyLock<HashMap<&str, (&str, f64)>> = LazyLock::new(|| subunits(true));

fn subunits(glued: bool) -> HashMap<&'static str, (&'static str, f64)> {
    let want = if glued { "yes" } else { "no" };
    CURRENCY_SUBUNITS
        .rows()
        .iter()
        .filter(|r| r[3] == want)
        .map(|r| (r[0], (r[1], r[2].parse().expect("currency_subunits.tsv: column 3 is a number"))))
        .collect()
}

// ---------------------------------------------------------------------------
// Cues: which dollar, yen, rupee
// ---------------------------------------------------------------------------

/// The cues of one currency (currency_cues.tsv), as regexes.
struct Cues {
    code: &'static str,
    /// The case-sensitive cues, in file order (counted).
    exact: Option<Regex>,
    /// The cues matched in any case.
    any_case: Option<Regex>,
}

impl Cues {
    fn any(&self, text: &str) -> bool {
        self.exact.iter().chain(&self.any_case).any(|re| re.is_match(text))
    }

    /// How often the case-sensitive cues occur.
    fn count(&self, text: &str) -> usize {
        self.exact.as_ref().map_or(0, |re| re.find_iter(text).count())
    }
}

/// A cue as a regex: a whole word (ASCII word boundaries keep the regexes on the
/// fast engines) unless a "*" lets it go on at that end.
fn cue_pattern(cue: &str) -> String {
    let (open, cue) = match cue.strip_prefix('*') {
        Some(c) => (true, c),
        None => (false, cue),
    };
    let (open_end, cue) = match cue.strip_suffix('*') {
        Some(c) => (true, c),
        None => (false, cue),
    };
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let lead = if !open && word(cue.chars().next()) { r"(?-u:\b)" } else { "" };
    let trail = if !open_end && word(cue.chars().last()) { r"(?-u:\b)" } else { "" };
    format!("{lead}{}{trail}", regex::escape(cue))
}

/// Cues per code, codes in file order.
static CUES: LazyLock<Vec<Cues>> = LazyLock::new(|| {
    let mut codes: Vec<&str> = Vec::new();
    for r in CURRENCY_CUES.rows() {
        if !codes.contains(&r[0]) {
            codes.push(r[0]);
        }
    }
    let build = |code: &str, case: &str| {
        let alts: Vec<String> = CURRENCY_CUES.rows().iter().filter(|r| r[0] == code && r[2] == case).map(|r| cue_pattern(r[1])).collect();
        let prefix = if case == "any" { "(?i)" } else { "" };
        (!alts.is_empty()).then(|| Regex::new(&format!("{prefix}{}", alts.join("|"))).expect("currency_cues.tsv: a cue is not a pattern"))
    };
    codes.into_iter().map(|code| Cues { code, exact: build(code, "exact"), any_case: build(code, "any") }).collect()
});

/// The dollars other than the US dollar that a text can make its own: the
/// dollar adjectives' codes (currency_adjectives.tsv) that have cues, in cue order.
static LOCAL_DOLLARS: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let dollar_codes: HashSet<&str> = dollar_adjectives().map(|(_, code)| code).collect();
    CUES.iter().map(|c| c.code).filter(|c| *c != "USD" && dollar_codes.contains(c)).collect()
});

/// The adjectives of the text's own dollar noun ("hong kong", "canadian"...) with their codes.
fn dollar_adjectives() -> impl Iterator<Item = (&'static str, &'static str)> {
    let noun = CURRENCY_NOUNS.rows().iter().find(|r| r[2] == "dollar").map_or("", |r| r[1]);
    CURRENCY_ADJECTIVES.rows().iter().filter(move |r| r[0] == noun).map(|r| (r[1], r[2]))
}

/// Adjectives as a regex alternation, periods optional ("U.S." or "US").
fn adjective_alternation(adjs: &[&str]) -> String {
    adjs.iter().map(|a| regex::escape(a).replace(r"\.", r"\.?")).collect::<Vec<_>>().join("|")
}

/// The adjectives of the local dollars.
fn local_dollar_adjectives() -> Vec<&'static str> {
    dollar_adjectives().filter(|(_, c)| LOCAL_DOLLARS.contains(c)).map(|(a, _)| a).collect()
}

/// "amounts are in Canadian dollars": the text says which dollar it uses.
static IN_LOCAL_DOLLARS: LazyLock<Regex> = LazyLock::new(|| {
    let adjs = adjective_alternation(&local_dollar_adjectives());
    Regex::new(&format!(r"(?i)(?-u:\b)(?:in|are|were)\s+({adjs})\s+dollars(?-u:\b)")).unwrap()
});

/// Another dollar named where meant ("C$5", "5 million Canadian dollars"), so a bare "$" is the US dollar.
static NAMED_OTHER_DOLLAR: LazyLock<Regex> = LazyLock::new(|| {
    let letters: Vec<String> =
        DOLLAR_PREFIXES.rows().iter().filter(|r| LOCAL_DOLLARS.contains(&r[1])).map(|r| regex::escape(r[0])).collect();
    let scales: Vec<String> = NUMBER_SCALES.rows().iter().map(|r| r[0].to_lowercase()).collect::<HashSet<_>>().into_iter().collect();
    let mut scales: Vec<&str> = scales.iter().map(String::as_str).collect();
    scales.sort_by_key(|s| (std::cmp::Reverse(s.len()), *s));
    let adjs = adjective_alternation(&local_dollar_adjectives());
    Regex::new(&format!(r"(?-u:\b)(?:{})\$|(?i:\d(?:\s*(?:{}))?\s+(?:{adjs})\s+dollars)", letters.join("|"), scales.join("|"))).unwrap()
});

/// The US dollar spelled out ("US$", "USD", "U.S. dollars"), so a bare "$" may be a local dollar.
static US_DOLLAR_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    let letters: Vec<String> = DOLLAR_PREFIXES.rows().iter().filter(|r| r[1] == "USD").map(|r| regex::escape(r[0])).collect();
    let codes: Vec<String> = CURRENCY_CODES.rows().iter().filter(|r| r[1] == "USD").map(|r| regex::escape(r[0])).collect();
    let adjs: Vec<&str> = dollar_adjectives().filter(|(_, c)| *c == "USD").map(|(a, _)| a).collect();
    Regex::new(&format!(
        r"(?-u:\b)(?:{})\$|(?-u:\b)(?:{})(?-u:\b)|(?i:(?-u:\b)(?:{})\s+dollars?(?-u:\b))",
        letters.join("|"),
        codes.join("|"),
        adjective_alternation(&adjs)
    ))
    .unwrap()
});

/// The ISO code of a bare "$" in this text: USD unless the text makes
/// another dollar the local one (spec §2). `count` counts a code's cues.
fn dollar_code(text: &str, count: impl Fn(&str) -> usize) -> &'static str {
    if let Some(c) = IN_LOCAL_DOLLARS.captures(text) {
        let adj = c[1].to_lowercase().replace('.', "");
        return dollar_adjectives().find(|(a, _)| a.replace('.', "") == adj).map_or("USD", |(_, code)| code);
    }
    if NAMED_OTHER_DOLLAR.is_match(text) {
        return "USD"; // the other dollar is spelled out where meant
    }
    let us = count("USD");
    let (code, n) = LOCAL_DOLLARS.iter().map(|&code| (code, count(code))).max_by_key(|(_, c)| *c).unwrap_or(("USD", 0));
    if US_DOLLAR_NAMED.is_match(text) && n >= 1 {
        return code; // "US$" is spelled out, so "$" is the local dollar
    }
    // Three cues of the local dollar's country, three times the US's; or two where nothing names
    // the US at all ("Canberra", "Australians" in a story of Australian politics).
    if n >= 3 && n >= 3 * us.max(1) || n >= 2 && us == 0 {
        return code;
    }
    "USD"
}

/// The ISO code of "pounds" in this text: the local pound (currency_adjectives.tsv
/// rows of the pound noun with cues) named at least twice by its country's cues,
/// when the text does not name sterling ("£", "sterling", "GBP"); else GBP.
fn pound_code(text: &str, count: impl Fn(&str) -> usize) -> &'static str {
    let noun = CURRENCY_NOUNS.rows().iter().find(|r| r[2] == "pound").map_or("", |r| r[1]);
    let sterling_named = CURRENCY_SIGNS.rows().iter().filter(|r| r[1] == "GBP").any(|r| text.contains(r[0]))
        || CURRENCY_NOUNS.rows().iter().filter(|r| r[2] == "GBP").any(|r| text.contains(r[0]))
        || CURRENCY_CODES.rows().iter().filter(|r| r[1] == "GBP").any(|r| text.contains(r[0]));
    if sterling_named {
        return "GBP";
    }
    let local =
        CURRENCY_ADJECTIVES.rows().iter().filter(|r| r[0] == noun && r[2] != "GBP").map(|r| (r[2], count(r[2]))).max_by_key(|(_, c)| *c);
    match local {
        Some((code, n)) if n >= 2 => code,
        _ => "GBP",
    }
}

/// The ISO code of a currency noun several countries share (`kind`, the nouns table's code:
/// "krone" for "kroner" and "crowns", "peso" for "pesos") in this text: of the currencies the
/// noun's adjectives name (currency_adjectives.tsv), the one whose country's cues the text holds
/// most ("Copenhagen", "Danish": DKK; "Manila": PHP); `default`, the plain noun of news (NOK, MXN),
/// when it names none.
fn most_named(kind: &str, default: &'static str, count: impl Fn(&str) -> usize) -> &'static str {
    let noun = CURRENCY_NOUNS.rows().iter().find(|r| r[2] == kind).map_or("", |r| r[1]);
    let mut best = (default, 0);
    for r in CURRENCY_ADJECTIVES.rows().iter().filter(|r| r[0] == noun) {
        let n = count(r[2]);
        if n > best.1 {
            best = (r[2], n);
        }
    }
    best.0
}

// ---------------------------------------------------------------------------
// Currencies around a number
// ---------------------------------------------------------------------------

/// The code of a currency sign ("$", "€"), if `t` is one.
pub(super) fn sign_code(t: &str, ctx: &Ctx) -> Option<&'static str> {
    SIGNS.get(t).and_then(|&c| ctx.cur.resolve(c))
}

/// The ISO code of a written currency code ("USD", "RMB"), if `t` is one.
pub(super) fn code_token(t: &str) -> Option<&'static str> {
    CODES.get(t).copied()
}

/// Currency abbreviations written before the digits, glued ("R4bn") or not ("Rs 500").
pub(super) fn letter_prefix(t: &str, ctx: &Ctx, scaled: bool) -> Option<&'static str> {
    if let Some(code) = code_token(t) {
        return Some(code);
    }
    let p = PREFIXES.get(t.trim_end_matches('.'))?;
    if p.ambiguous && !(scaled || ctx.cur.cued(p.code)) {
        return None;
    }
    ctx.cur.resolve(p.code)
}

/// A currency written before the number: returns the code and the number's first token.
pub(super) fn currency_prefix(ctx: &Ctx, i: usize) -> Option<(Option<&'static str>, usize)> {
    let t = ctx.tok(i);
    let a = ctx.a;
    if ctx.tok(i + 1) == "$"
        && let Some(&code) = DOLLAR_LETTERS.get(t)
        && (a.adjacent(i) || spaced_letters(ctx, i))
    {
        return is_digit_token(a, i + 2).then_some((Some(code), i + 2));
    }
    // "E£300 million": letters against another sign.
    if a.adjacent(i)
        && let Some(&code) = SIGN_LETTERS.get(&(t, ctx.tok(i + 1)))
    {
        return is_digit_token(a, i + 2).then_some((Some(code), i + 2));
    }
    if let Some(code) = sign_code(t, ctx) {
        return is_digit_token(a, i + 1).then_some((Some(code), i + 1));
    }
    // "Rs. 500" ("Rs" is not an abbreviation, so its period is a token).
    if ctx.tok(i + 1) == "."
        && a.adjacent(i)
        && is_digit_token(a, i + 2)
        && let Some(code) = letter_prefix(t, ctx, false).filter(|_| PREFIXES.get(t).is_some_and(|p| p.period))
    {
        return Some((Some(code), i + 2));
    }
    if !is_digit_token(a, i + 1) {
        return None;
    }
    if let Some(code) = code_token(t) {
        return Some((Some(code), i + 1));
    }
    let scaled = ctx.number(i + 1).is_some_and(|n| n.scale > 1.0);
    letter_prefix(t, ctx, scaled).map(|code| (Some(code), i + 1))
}

/// Letters written apart from their "$" ("C $ 16.4 million", "HK $ 10 billion"): capitals
/// (or dotted ones, "U.S.") that are not an article ("A $5 million grant").
fn spaced_letters(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tok(i);
    let gap = &ctx.a.text[ctx.a.tokens[i].end..ctx.a.tokens[i + 1].start];
    gap == " " && t.chars().all(|c| c.is_uppercase() || c == '.') && !INDEFINITE_DETERMINERS.contains(&t.to_lowercase())
}

/// A currency written after a number.
pub(super) struct Suffix {
    /// ISO code, when known.
    pub code: Option<&'static str>,
    /// The token after the currency.
    pub end: usize,
    /// Multiplier of a scale written into the code ("30 MUSD" -> 1e6), else 1.
    pub mul: f64,
    /// Divisor to base units (100 for cents and pence), else 1.
    pub div: f64,
}

impl Suffix {
    fn new(code: Option<&'static str>, end: usize) -> Self {
        Suffix { code, end, mul: 1.0, div: 1.0 }
    }
}

/// A code with a scale written before it ("MUSD", "bnEUR"): the code and the multiplier.
fn scaled_code(t: &str) -> Option<(&'static str, f64)> {
    SCALE_SUFFIXES.iter().find_map(|(sfx, mul)| {
        let rest = t.strip_prefix(sfx)?;
        code_token(rest).filter(|_| rest.len() == 3).map(|c| (c, *mul))
    })
}

/// Scale suffixes that may stand before a currency code, longest first (number_scales.tsv).
static SCALE_SUFFIXES: LazyLock<Vec<(&str, f64)>> = LazyLock::new(|| {
    let mut v: Vec<(&str, f64)> =
        NUMBER_SCALES.rows().iter().filter(|r| r[2] != "word").filter_map(|r| Some((r[0], r[1].parse().ok()?))).collect();
    v.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    v
});

/// A number of subunits at token `k` ("43c", "45 cents", "forty-five cents"): the
/// currency, the amount in base units and the token after it.
pub(super) fn subunit_amount(ctx: &Ctx, k: usize) -> Option<(Option<&'static str>, f64, usize)> {
    let n = ctx.number(k).filter(|n| n.integer && n.scale == 1.0 && n.glued_currency.is_none())?;
    if !(1.0..100.0).contains(&n.value) {
        return None;
    }
    let (code, per, end) = match n.glued_subunit.and_then(|s| GLUED_SUBUNITS.get(s)) {
        Some(&(code, per)) => (code, per, n.end),
        None => {
            let &(code, per) = SUBUNIT_WORDS.get(ctx.a.low(n.end))?;
            (code, per, n.end + 1)
        }
    };
    Some((ctx.cur.resolve(code), n.value / per, end))
}

/// A currency written after the number: its code, the token after it, and
/// the factors to base units.
pub(super) fn currency_suffix(ctx: &Ctx, e: usize, num: &Number) -> Option<Suffix> {
    let t = ctx.tok(e);
    let low = |k: usize| ctx.a.low(k);
    if let Some(code) = sign_code(t, ctx) {
        if !is_digit_token(ctx.a, e + 1) {
            return Some(Suffix::new(Some(code), e + 1));
        }
        return None;
    }
    if let Some(code) = code_token(t) {
        return Some(Suffix::new(Some(code), e + 1));
    }
    if num.scale == 1.0
        && let Some((code, mul)) = scaled_code(t)
    {
        return Some(Suffix { mul, ..Suffix::new(Some(code), e + 1) });
    }
    if let Some(&(code, per)) = SUBUNIT_WORDS.get(low(e)) {
        return Some(Suffix { div: per, ..Suffix::new(ctx.cur.resolve(code), e + 1) });
    }
    if low(e) == "-"
        && ctx.a.adjacent(e)
        && let Some(&code) = COMPOUND_NOUNS.get(low(e + 1))
    {
        return Some(Suffix::new(ctx.cur.resolve(code), e + 2));
    }
    // A currency noun must come within the next four tokens.
    if !(e..e + 4).any(|k| NOUN_FORMS.contains(low(k))) {
        return None;
    }
    for noun in NOUNS.iter() {
        // Adjective + noun ("Hong Kong dollars").
        for &(adj, code) in &noun.adjectives {
            if let Some(k) = ctx.phrase_at(e, adj)
                && noun.forms.contains(&low(k))
            {
                return Some(Suffix::new(Some(code), k + 1));
            }
        }
        let w = low(e);
        if noun.forms.contains(&w) {
            if AMBIGUOUS_NOUNS.contains(w) && !(num.scale > 1.0 || ctx.cur.resolve(noun.code).is_some_and(|c| ctx.cur.cued(c))) {
                return None;
            }
            if MEASURE_UNITS.contains(w) && (low(e + 1) == "of" || weighed(ctx, e, num.scale > 1.0)) {
                return None;
            }
            return Some(Suffix::new(ctx.cur.resolve(noun.code), e + 1));
        }
    }
    None
}

/// Is there a verb of weight shortly before token `e` ("weighing 200 pounds"; "lost 30
/// pounds" only for a number without a scale word: `weight_verbs.tsv`)?
fn weighed(ctx: &Ctx, e: usize, scaled: bool) -> bool {
    (e.saturating_sub(4)..e).any(|k| WEIGHT_VERBS.rows().iter().any(|r| r[0] == ctx.a.low(k) && (r[1] == "any" || !scaled)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_whole_words_unless_starred() {
        assert_eq!(cue_pattern("Ottawa"), r"(?-u:\b)Ottawa(?-u:\b)");
        assert_eq!(cue_pattern("Canadian*"), r"(?-u:\b)Canadian");
        assert_eq!(cue_pattern("*pence*"), "pence");
        assert_eq!(cue_pattern("U.S."), r"(?-u:\b)U\.S\.");
        assert_eq!(cue_pattern("£"), "£");
    }

    #[test]
    fn the_text_decides_dollar_yen_and_rupee() {
        let c = TextCurrency::new("Ottawa and Toronto agreed; Quebec and Alberta too.");
        assert_eq!(c.dollar, "CAD");
        let c = TextCurrency::new("Ottawa and Toronto agreed; Quebec paid C$5 and Washington paid $3.");
        assert_eq!(c.dollar, "USD");
        let c = TextCurrency::new("All figures are in Australian dollars.");
        assert_eq!(c.dollar, "AUD");
        let c = TextCurrency::new("Sydney paid US$5 while the local firm paid $3.");
        assert_eq!(c.dollar, "AUD");
        // Two cues where nothing names the US; not where something does.
        assert_eq!(TextCurrency::new("Canberra said Australians would pay $5.").dollar, "AUD");
        assert_eq!(TextCurrency::new("Sydney and Melbourne fans paid $5, Washington said.").dollar, "USD");
        assert_eq!(TextCurrency::new("A Sydney fan paid $5.").dollar, "USD");
        assert_eq!(TextCurrency::new("Tokyo and Japan.").yen, "JPY");
        assert_eq!(TextCurrency::new("Beijing and China, and Tokyo.").yen, "CNY");
        assert_eq!(TextCurrency::new("Tokyo, Japan: 5 YUAN.").yen, "CNY");
        assert_eq!(TextCurrency::new("Lahore, Pakistan.").rupee, "PKR");
        assert_eq!(TextCurrency::new("Pakistan and India.").rupee, "INR");
        assert_eq!(TextCurrency::new("The Danish firm in Copenhagen, not the Norwegian one.").krone, "DKK");
        assert_eq!(TextCurrency::new("Oslo said so.").krone, "NOK");
        assert_eq!(TextCurrency::new("No country here.").krone, "NOK");
        assert_eq!(TextCurrency::new("Officials in Manila said the Philippine economy grew.").peso, "PHP");
        assert_eq!(TextCurrency::new("Buenos Aires set a new budget.").peso, "ARS");
        assert_eq!(TextCurrency::new("No country here.").peso, "MXN");
        let c = TextCurrency::new("Spencer met Eskom bosses.");
        assert!(c.cued("GBP") && c.cued("ZAR") && !c.cued("KRW"));
        assert!(!TextCurrency::new("Rand Paul spoke.").cued("ZAR"));
    }

    #[test]
    fn every_table_cell_is_known() {
        let is_code = |c: &str| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_uppercase());
        let is_cell = |c: &str| is_code(c) || matches!(c, "dollar" | "yen" | "rupee" | "pound" | "krone" | "peso" | "-");
        for t in [&CURRENCY_SIGNS, &DOLLAR_PREFIXES] {
            assert!(t.rows().iter().all(|r| r.len() == 2 && is_cell(r[1])), "{}", t.file());
        }
        assert!(CURRENCY_CODES.rows().iter().all(|r| r.len() == 3 && is_code(r[1]) && matches!(r[2], "yes" | "no")));
        assert!(CURRENCY_PREFIXES.rows().iter().all(|r| r.len() == 4 && is_cell(r[1])));
        assert!(CURRENCY_NOUNS.rows().iter().all(|r| r.len() == 5 && is_cell(r[2])));
        assert!(CURRENCY_ADJECTIVES.rows().iter().all(|r| r.len() == 3 && is_code(r[2]) && NOUNS.iter().any(|n| n.forms[0] == r[0])));
        assert!(CURRENCY_CUES.rows().iter().all(|r| r.len() == 3 && is_code(r[0]) && matches!(r[2], "exact" | "any")));
        assert!(CURRENCY_SUBUNITS.rows().iter().all(|r| r.len() == 4 && is_cell(r[1]) && r[2].parse::<f64>().is_ok()));
        assert_eq!(*LOCAL_DOLLARS, ["CAD", "AUD", "NZD", "SGD", "HKD", "TWD"]);
    }
}
