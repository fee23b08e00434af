//! Products and models are one MISC span (spec §7): a name or a capitalised
//! word followed by a model number, with an optional variant word ("Boeing 737
//! MAX", "Airbus A350-900", "787-9 Dreamliner", "Max 737", "Falcon 9"), model
//! codes on their own ("A380", "777X"), a listed product's name with its
//! number or version ("Grok 4", "Llama 3.1", "GPT-4o"), and a bare model
//! number the document already used in a product name. A brand, its number and its variant words
//! ("iPhone 15 Pro Max")
//! stand on one line; a result ("Chelsea 2-1", "Miami Heat 112-108"), a phone number
//! ("212-859-1610") and a number before a person's name ("284 Robert
//! Allenby", a leader board) are no models.

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention, mention_at};
use super::misc::is_group_word;
use super::{is_cap, is_party_word, is_place_head, replace_spans};
use crate::lexicon::{
    ADJECTIVE_ENDINGS, MODEL_VARIANTS, MONTHS, NOT_BRANDS, NOT_MODEL_PREFIXES, NUMBER_SCALES, NUMBERED_ORG_WORDS, PERCENT_WORDS, PRODUCTS,
    SCALE_SUFFIXES, SERIES_WORDS,
};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Month names as written in running text ("January", "Sept"): no brand either.
static MONTH_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    MONTHS
        .rows()
        .iter()
        .map(|r| {
            let mut c = r[0].chars();
            c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        })
        .collect()
});

/// A capitalised word that is not a brand before a number ("In 300", "Chapter 11", "March 5").
fn not_brand(t: &str) -> bool {
    NOT_BRANDS.contains(t) || MONTH_WORDS.contains(t)
}

/// Prefixes of periods and amounts (`not_model_prefixes.tsv`) -> the most digits after them that
/// still make one (`*`: any).
static PERIOD_PREFIXES: LazyLock<HashMap<&'static str, usize>> =
    LazyLock::new(|| NOT_MODEL_PREFIXES.rows().iter().map(|r| (r[0], r[1].parse().unwrap_or(usize::MAX))).collect());

/// Do `letters` before `digits` digits make a period or an amount ("Q3", "FY2024", "R300"; not "H100")?
fn period_or_amount(letters: &str, digits: usize) -> bool {
    PERIOD_PREFIXES.get(letters).is_some_and(|&most| digits <= most)
}

/// A model code on its own: "A350", "A330neo", "777X", "H100" (not "Q3", "H1", "G7").
pub(super) fn is_model_code(t: &str) -> bool {
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let letters: String = t.chars().take_while(char::is_ascii_uppercase).collect();
    let digits = t[letters.len()..].chars().take_while(char::is_ascii_digit).count();
    let rest = &t[letters.len() + digits..];
    match letters.len() {
        1 | 2 => {
            !period_or_amount(&letters, digits)
                && (3..=4).contains(&digits)
                && (rest.is_empty() || rest.chars().all(|c| c.is_ascii_lowercase()) && rest.len() <= 3 && !SCALE_SUFFIXES.contains(rest))
        }
        0 => digits == 3 && ((1..=2).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_uppercase()) || rest == "x"),
        _ => false,
    }
}

/// A short model code that needs a brand before it: one or two capitals and one
/// or two digits, with an optional lowercase ending ("Galaxy S24", "MacBook M3", "Pixel 8a").
fn is_short_code(t: &str) -> bool {
    let letters = t.chars().take_while(char::is_ascii_uppercase).count();
    let digits = t[letters..].chars().take_while(char::is_ascii_digit).count();
    let rest = &t[letters + digits..];
    (1..=2).contains(&letters)
        && (1..=2).contains(&digits)
        && rest.len() <= 2
        && rest.chars().all(|c| c.is_ascii_lowercase())
        && !period_or_amount(&t[..letters], digits)
}

/// A brand word before a model number: capitalised, or an i-product ("iPhone", "iPad").
fn is_brand_word(t: &str) -> bool {
    let mut c = t.chars();
    is_cap(t) || c.next() == Some('i') && c.next().is_some_and(char::is_uppercase)
}

/// A capitalised word that can name a model's variant ("Max", "Dreamliner"),
/// not a plural, a nationality or a party ("300 Republicans", "200 Chinese",
/// "120 Labour MPs"); in
/// capitals only a listed variant ("737 MAX", not "121 RBI" or "107 RUNS").
fn is_variant(t: &str) -> bool {
    let demonym = ADJECTIVE_ENDINGS.rows().iter().any(|r| r[1] == "yes" && t.ends_with(r[0]));
    let caps = t.chars().all(|c| c.is_ascii_uppercase());
    let listed_caps = || {
        let mut c = t.chars();
        c.next().into_iter().chain(c.flat_map(char::to_lowercase)).collect::<String>()
    };
    t.chars().count() >= 3
        && is_cap(t)
        && t.chars().all(char::is_alphabetic)
        && !t.ends_with('s')
        && !demonym
        && !is_party_word(t)
        && !not_brand(t)
        && (!caps || MODEL_VARIANTS.contains(listed_caps().as_str()))
}

/// A result or a phone number, not a model number: a number of one or two
/// digits with a dash and digits ("2-1", "5-3"), a basketball result of three
/// digits ("112-108": the loser's score below the winner's and close to it, not a
/// round hundred as a model's series is: "737-800", "747-400", "737-700"), or
/// digits with two dashes ("880-2-506363").
fn score_or_phone(a: &Analysis, i: usize) -> bool {
    let digits = |k: usize| k < a.tokens.len() && a.tok(k).chars().all(|c| c.is_ascii_digit());
    let dash_digits = |k: usize| k + 1 < a.tokens.len() && a.tok(k) == "-" && a.adjacent(k - 1) && a.adjacent(k) && digits(k + 1);
    let close_result = || {
        let (Ok(x), Ok(y)) = (a.tok(i).parse::<u32>(), a.tok(i + 2).parse::<u32>()) else { return false };
        (10..1000).contains(&y) && y <= x && x - y <= 60 && y % 100 != 0
    };
    dash_digits(i + 1) && (a.tok(i).len() <= 2 || close_result() || dash_digits(i + 3))
}

/// A model number after a brand: 1 to 4 digits, not a year.
fn is_model_number(t: &str) -> bool {
    (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit()) && !(t.len() == 4 && (t.starts_with("19") || t.starts_with("20")))
}

/// A software version after a brand: "2.5", "4.1" (one or two digits, a dot, one or two).
fn is_version(t: &str) -> bool {
    let Some((major, minor)) = t.split_once('.') else { return false };
    let digits = |x: &str| (1..=2).contains(&x.len()) && x.chars().all(|c| c.is_ascii_digit());
    digits(major) && digits(minor)
}

/// Product and model spans (MISC), replacing the mentions they cover.
pub(super) fn products(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut ends_at: HashMap<usize, &Mention<Bytes>> = HashMap::new();
    for m in &mentions {
        ends_at.insert(m.span.end, m);
    }
    let sentence_start: HashSet<usize> = a.sentences.iter().map(|s| s.tokens.start).collect();
    // The mention holding each token, and whether a mention of these types starts there.
    let at: Vec<Option<&Mention<Bytes>>> = mention_at(a, &mentions).into_iter().map(|k| k.map(|k| &mentions[k])).collect();
    let starts_with = |k: usize, types: &[EntityType]| at[k].is_some_and(|m| m.span.start == a.tokens[k].start && types.contains(&m.label));
    // "787-9", "A350-900": the model number goes on with a dash and a code.
    let dashed = |i: usize| {
        a.adjacent(i) && i + 2 < n && a.tok(i + 1) == "-" && a.adjacent(i + 1) && a.tok(i + 2).chars().all(|c| c.is_ascii_alphanumeric())
    };
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut models: HashSet<&str> = HashSet::new();
    let mut i = 0;
    // Token `k` stands on the line of the token before it.
    let same_line = |k: usize| !a.line_break_after(k - 1);
    while i < n {
        let t = a.tok(i);
        // A listed product's name, a dash and a version: "GPT-4o", "GPT-5".
        if t == "-" && i > 0 && i + 1 < n && a.adjacent(i - 1) && a.adjacent(i) && PRODUCTS.contains(a.tok(i - 1)) {
            let v = a.tok(i + 1);
            if v.starts_with(|c: char| c.is_ascii_digit()) && v.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
                found.push((i - 1, i + 2));
                i += 2;
                continue;
            }
        }
        let code = is_model_code(t);
        let version = is_version(t);
        // A listed product's name right before: "Grok 4", "Windows 11", "Llama 3.1" (no score or count).
        let listed_before = i > 0 && same_line(i) && PRODUCTS.contains(a.tok(i - 1));
        // A short code needs its brand on the same line, in running text ("Galaxy S24", not a results table's "McLaren\nF1").
        let short = !code && is_short_code(t) && i > 0 && same_line(i);
        let short = short && a.tok(i - 1).chars().any(char::is_lowercase);
        // A union local's or a station's number is no model ("Teamsters Local 705", "BBC Radio 4").
        // Nor is an amount's figure ("fines Meta 800 million euros").
        if !code && !short && !is_model_number(t) && !version
            || i > 0 && NUMBERED_ORG_WORDS.contains(a.tok(i - 1))
            || score_or_phone(a, i)
            || i + 1 < n && super::is_amount_word(a.tok(i + 1))
        {
            i += 1;
            continue;
        }
        // A brand before the number: a name ending right there, or a capitalised
        // word inside the sentence ("Boeing’s Max 737").
        let mut s = i;
        // A name the tagger ran on over a model code is the product's whatever its type ("Samsung
        // Galaxy S24" tagged a place); over a bare number only an organisation's or a product's
        // ("Route 66", "Studio 54" stay).
        let covering =
            at[i].filter(|m| m.span.start < a.tokens[i].start && (matches!(m.label, EntityType::Org | EntityType::Misc) || code || short));
        // "Boeing's 787-9": the maker owns the model but stays out of its span; a product's
        // number is one of its parts or figures ("Stadia's 22 launch titles", "the RAV4's 176 hp").
        let possessed = !version
            && i >= 2
            && matches!(a.tok(i - 1), "'s" | "’s")
            && ends_at.get(&a.tokens[i - 2].end).is_some_and(|m| m.label == EntityType::Org);
        // "737 Max": a model number with its variant word.
        // A variant word goes on the model's line: "737 Max", not a table's "116\nAamir".
        let variant = t.len() == 3
            && !version
            && i + 1 < n
            && same_line(i + 1)
            && is_variant(a.tok(i + 1))
            // Nor a street's name after a house number ("100 Main Street").
            && !is_place_head(a.tok(i + 2))
            && !starts_with(i + 1, &[EntityType::Person, EntityType::Org, EntityType::Loc]);
        if let Some(m) = covering {
            s = (0..i).rev().find(|&k| a.tokens[k].start <= m.span.start).unwrap_or(i);
        } else if i > 0 && same_line(i) {
            // A brand goes on the model's line too.
            let prev = a.tok(i - 1);
            // A short number needs a noun after it ("Falcon 9 rocket"), not a score
            // ("Chelsea 1, Arsenal 2"); look past "-9" and a variant word ("787-9 Dreamliner jets").
            let mut k = if dashed(i) { i + 3 } else { i + 1 };
            if k < n && same_line(k) && (is_variant(a.tok(k)) || MODEL_VARIANTS.contains(a.tok(k))) {
                k += 1;
            }
            // A variant word ends a model's name even at the end of a sentence ("iPhone 16 Pro.").
            let named_variant = k > i + 1 && MODEL_VARIANTS.contains(a.tok(k - 1));
            let next_lower = named_variant || k < n && same_line(k) && a.tok(k).chars().next().is_some_and(char::is_lowercase);
            // A version needs a listed brand or a variant word ("Gemini 2.5 Pro"), not "Acme 2.5 percent".
            // A series word takes a short number whatever follows ("Apple Watch Series 10,").
            let series = SERIES_WORDS.contains(prev);
            let number_ok =
                if version { listed_before || named_variant } else { t.len() >= 3 || short || next_lower || listed_before || series };
            let brand_ok = |m: &&&Mention<Bytes>| matches!(m.label, EntityType::Org | EntityType::Misc) && number_ok && !not_brand(&m.text);
            if let Some(m) = ends_at.get(&a.tokens[i - 1].end).filter(brand_ok) {
                s = (0..i).rev().find(|&k| a.tokens[k].start <= m.span.start).unwrap_or(i - 1);
            } else if !at[i - 1].is_some_and(|m| matches!(m.label, EntityType::Person | EntityType::Loc))
                && (listed_before
                    || (is_brand_word(prev)
                        && (!version || named_variant)
                        && (next_lower || short)
                        && !sentence_start.contains(&(i - 1))
                        && !not_brand(prev)
                        && prev.chars().all(char::is_alphabetic)
                        && (t.len() == 3 || code || short || named_variant)))
            {
                s = i - 1;
            }
        }
        if s == i && (short || !code && !possessed && !variant) {
            i += 1;
            continue;
        }
        // The model number may go on with "-9" or "-900"; a variant word may follow.
        let mut e = if dashed(i) { i + 3 } else { i + 1 };
        if e < n
            && same_line(e)
            && is_cap(a.tok(e))
            && a.tok(e).chars().all(char::is_alphabetic)
            && (MODEL_VARIANTS.contains(a.tok(e)) || !starts_with(e, &[EntityType::Person, EntityType::Org, EntityType::Loc]))
        {
            e += 1;
            // A second variant word goes on too: "iPhone 15 Pro Max".
            if e < n && same_line(e) && MODEL_VARIANTS.contains(a.tok(e)) && MODEL_VARIANTS.contains(a.tok(e - 1)) {
                e += 1;
            }
        }
        models.insert(t.trim_end_matches(|c: char| !c.is_ascii_digit()));
        found.push((s, e));
        i = e;
    }
    // A bare model number the document used in a product name.
    for i in 0..n {
        if a.tok(i).len() >= 3 && models.contains(a.tok(i)) && !found.iter().any(|&(s, e)| (s..e).contains(&i)) && is_model_number(a.tok(i))
        {
            // Not a count of things ("787 jets"), a share, a sum or a score ("backed her 100 percent"
            // beside "FTSE 100"; "$500 million", "500 points").
            let next = if i + 1 < n { a.low(i + 1) } else { "" };
            let plural_noun = next.len() > 3 && next.ends_with('s') && next.chars().all(|c| c.is_lowercase());
            let measure = matches!(next, "%" | "per" | "points" | "of")
                || PERCENT_WORDS.rows().iter().any(|r| r[0] == next)
                || NUMBER_SCALES.rows().iter().any(|r| r[0] == next && r[2] != "suffix");
            let money = i > 0 && a.adjacent(i - 1) && !a.tok(i - 1).chars().any(char::is_alphanumeric);
            if !plural_noun && !measure && !money {
                found.push((i, if dashed(i) { i + 3 } else { i + 1 }));
            }
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// A product's name takes a capital letter standing alone after it, its edition
/// ("Xbox Series X", "Model Y", "iPhone X"), when no capitalised word follows
/// the letter on its line and nothing is glued to it ("T-72"); not "A" or "I",
/// which are words, nor after a nationality ("Russian T-72").
pub(super) fn letter_editions(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Misc) {
        let r = a.token_range(m.span.start, m.span.end);
        let k = r.end;
        let letter = k < n && a.tok(k).len() == 1 && a.tok(k).chars().all(|c| c.is_ascii_uppercase()) && !matches!(a.tok(k), "A" | "I");
        let spaced = letter && a.one_space(k - 1);
        // The letter stands alone ("T-72" is a model of its own), after no nationality ("Russian").
        let alone = !(a.adjacent(k) && (a.tok(k + 1) == "-" || a.tok(k + 1).chars().all(char::is_alphanumeric)));
        if spaced && alone && !is_group_word(&m.text) && !(k + 1 < n && !a.line_break_after(k) && is_cap(a.tok(k + 1))) {
            found.push((r.start, k + 1));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}
