//! Units: the noun a number counts ("300 school districts", "30 of the
//! planes"), or the time or measure unit that makes it a duration or a
//! quantity, and the elided noun of a bare number ("we hired 500").

use super::currency::sign_code;
use super::expr::parse_expr;
use super::qualifiers::pre_qualifier;
use super::scan::is_month;
use super::{Ctx, Expr, Recent};
use crate::extract::analysis::is_ly_adverb;
use crate::extract::{AmountKind, EntityType};
use crate::lexicon::{
    ATTRIBUTIVE_DETERMINERS, AUXILIARIES, BARE_NUMBER_BLOCKERS, COMPOUND_PLURAL_HEADS, COUNT_ANAPHORS, COUNT_PHRASE_STOPS,
    COUNT_PLACEHOLDERS, IRREGULAR_PLURALS, MEASURE_UNITS, MULTIPLIER_WORDS, NUMERAL_NOUNS, PARTITIVE_ADJECTIVES, PARTITIVE_DETERMINERS,
    PARTITIVE_PRONOUNS, PREPOSITIONS, S_FINAL_NON_PLURALS, TALLY_COMPOUNDS, TALLY_LEADS, TALLY_NOUNS, TIME_UNITS, VERB_PARTICLES,
    VERB_SUBJECTS,
};

/// What follows a number.
pub(super) enum UnitFind {
    /// A counted noun and the number tokens inside its phrase.
    Unit(String, Vec<usize>),
    /// Not a count: another kind ("duration", "quantity", "age") and its unit.
    Other(AmountKind, Option<String>),
    /// A noun follows but the number does not count it ("the 777 program").
    Reject,
    /// A person's name follows: the number is a rank or a shirt number, no amount at all.
    Label,
    /// No noun follows.
    Empty,
}

/// Does token `k` look like a plural noun ("districts", "people")?
fn plural_like(ctx: &Ctx, k: usize) -> bool {
    let l = ctx.a.low(k);
    if IRREGULAR_PLURALS.contains(l) || compound_plural(l) {
        return true;
    }
    l.len() >= 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
        && l.chars().all(|c| c.is_alphabetic())
        && !S_FINAL_NON_PLURALS.contains(l)
}

/// Is `w` (lowercase) a compound ending in an irregular plural ("grandchildren", "gunmen"; not
/// "specimen"; `compound_plural_heads.tsv`)?
fn compound_plural(w: &str) -> bool {
    COMPOUND_PLURAL_HEADS
        .rows()
        .iter()
        .any(|r| w.len() > r[0].len() + 2 && w.ends_with(r[0]) && !r.get(1).is_some_and(|singulars| singulars.split(' ').any(|x| x == w)))
}

/// Is token `k` a verb in the past tense after a number rather than an adjective before its noun:
/// "four dropped out", "about 100 injured in", "three resigned.", "two pleaded guilty."; not
/// "three armed men", "two shattered neck bones"? The word after it must be one that opens no noun
/// phrase (punctuation, a particle, a preposition, a determiner or an adverb), or a lowercase word
/// no plural that ends the clause so ("pleaded guilty to", "remained hospitalized.").
fn past_verb(ctx: &Ctx, k: usize) -> bool {
    let (l, next) = (ctx.a.low(k), ctx.a.low(k + 1));
    let ends_clause = |j: usize| {
        !ctx.tok(j).starts_with(char::is_alphanumeric) && ctx.tok(j) != "-"
            || VERB_PARTICLES.contains(ctx.a.low(j))
            || PREPOSITIONS.contains(ctx.a.low(j))
    };
    let complement = || {
        ctx.tok(k + 1).chars().all(|c| c.is_ascii_lowercase())
            && !ctx.tok(k + 1).is_empty()
            && !plural_like(ctx, k + 1)
            && ends_clause(k + 2)
    };
    l.len() > 4
        && l.ends_with("ed")
        && ctx.tok(k).starts_with(char::is_lowercase)
        && (ends_clause(k + 1) || ATTRIBUTIVE_DETERMINERS.contains(next) || is_ly_adverb(next) || complement())
}

fn is_word(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_alphabetic) && t.chars().all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '’')
}

fn is_model_token(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit()) && t.chars().all(char::is_alphanumeric)
}

/// The noun counted by a number whose expression ends before token `p`.
pub(super) fn count_unit(ctx: &Ctx, p: usize, value: f64, consumed: &[bool]) -> UnitFind {
    let a = ctx.a;
    let w = ctx.a.low(p);
    // Hyphenated compounds: "two-class layout", "five-year plan", "5,000-strong".
    if w == "-" && p > 0 && a.adjacent(p - 1) && a.adjacent(p) {
        let t = ctx.tok(p + 1);
        let lw = ctx.a.low(p + 1).to_string();
        if !is_word(t) || t.chars().next().is_some_and(char::is_uppercase) {
            return UnitFind::Reject;
        }
        if TIME_UNITS.contains(&lw) {
            return UnitFind::Other(AmountKind::Duration, Some(lw));
        }
        if MEASURE_UNITS.contains(&lw) {
            return UnitFind::Other(AmountKind::Quantity, Some(lw));
        }
        // "a 50-basis-point cut", "a 10-percentage-point lead": a longer compound ending in a measure.
        let mut last = p + 1;
        while ctx.tok(last + 1) == "-" && a.adjacent(last) && a.adjacent(last + 1) && is_word(ctx.tok(last + 2)) {
            last += 2;
        }
        if last > p + 1 && MEASURE_UNITS.contains(ctx.a.low(last)) {
            let unit: String = (p + 1..=last).map(|k| ctx.a.low(k)).collect();
            return UnitFind::Other(AmountKind::Quantity, Some(unit));
        }
        // "a 3-pointer", "a two-seater": the compound names one thing.
        if MULTIPLIER_WORDS.contains(&lw) || NUMERAL_NOUNS.contains(&lw) {
            return UnitFind::Reject;
        }
        if lw == "strong" {
            return match noun_chunk(ctx, p + 2, consumed) {
                Some((head, extra)) => UnitFind::Unit(ctx.tok(head).to_string(), extra),
                None => UnitFind::Reject,
            };
        }
        return UnitFind::Unit(ctx.tok(p + 1).to_string(), Vec::new());
    }
    // "three others": the noun named before, found as for an elided one (see [`anaphoric`]).
    if COUNT_ANAPHORS.contains(w) {
        return UnitFind::Empty;
    }
    // "30 of the planes", "eight of its Hong Kong shares", "30 of Boeing's jets", "two of three rules".
    if w == "of" {
        let mut q = p + 1;
        let d = ctx.a.low(q);
        if PARTITIVE_PRONOUNS.contains(d) {
            return UnitFind::Empty;
        }
        if PARTITIVE_DETERMINERS.contains(d) {
            q += 1;
            // "seven of its last 10 games": an adjective may stand before the number of a plural whole
            // (not "five of their last six overall").
            if q < ctx.n()
                && PARTITIVE_ADJECTIVES.contains(ctx.a.low(q))
                && ctx.number(q + 1).is_some_and(|n| n.end < ctx.n() && plural_like(ctx, n.end))
            {
                q += 1;
            }
            // "30 of the 50 states": the inner number counts too, so it is not part of the phrase.
            if let Some(inner) = ctx.number(q).filter(|n| n.integer && !n.words && n.glued_currency.is_none()) {
                let nx = ctx.tok(inner.end);
                if nx != "-" && !nx.chars().next().is_some_and(char::is_uppercase) {
                    q = inner.end;
                }
            }
        } else if let Some(inner) = ctx.number(q).filter(|n| n.integer && n.glued_currency.is_none() && n.value > value) {
            // "two of three requirements", "3 of 4 races": a part of a whole counted with it.
            q = inner.end;
        } else if let Some(k) = (q..q + 5).find(|&k| matches!(ctx.tok(k), "'s" | "’s" | "'" | "’")) {
            if (q..k).all(|j| ctx.tok(j).chars().next().is_some_and(char::is_uppercase)) {
                q = k + 1;
            } else {
                return UnitFind::Reject;
            }
        } else {
            return UnitFind::Reject;
        }
        return match noun_chunk(ctx, q, consumed) {
            Some((head, extra)) => classify_head(ctx, head, extra, true, value),
            None => UnitFind::Reject,
        };
    }
    // A measure opening the phrase measures what follows, when its number agrees with it or it is
    // abbreviated: "1 cup strawberries", "2 cups flour", "4 oz. chicken"; not a noun modifying the
    // counted one: "Two cup matches".
    // A verb, not a phrase: "four dropped out".
    if past_verb(ctx, p) {
        return UnitFind::Empty;
    }
    let measure = ctx.a.low(p).trim_end_matches('.');
    let agrees = value <= 1.0 || measure.ends_with('s') || ctx.tok(p).ends_with('.') || ctx.tok(p + 1) == ".";
    match noun_chunk(ctx, p, consumed) {
        Some(_) if MEASURE_UNITS.contains(measure) && agrees => UnitFind::Other(AmountKind::Quantity, Some(measure.to_string())),
        Some((head, extra)) => classify_head(ctx, head, extra, false, value),
        None => UnitFind::Empty,
    }
}

/// Decide what a number counts from the head noun of its phrase.
fn classify_head(ctx: &Ctx, head: usize, extra: Vec<usize>, via_of: bool, value: f64) -> UnitFind {
    // A person's name counts nothing: the number before it is a rank, a seed or a shirt number
    // ("16 Erik Jones 2194", "1 Kyle Busch"), not a count of Joneses.
    if ctx.mention_at[head].is_some_and(|m| ctx.mentions[m].label == EntityType::Person) {
        return UnitFind::Label;
    }
    let lw = ctx.a.low(head).to_string();
    if TIME_UNITS.contains(&lw) {
        if lw.starts_with("year") && ctx.a.low(head + 1) == "old" {
            return UnitFind::Other(AmountKind::Age, Some("years".into()));
        }
        return UnitFind::Other(AmountKind::Duration, Some(lw));
    }
    if MEASURE_UNITS.contains(&lw) {
        return UnitFind::Other(AmountKind::Quantity, Some(lw));
    }
    if lw == "times" {
        return UnitFind::Reject;
    }
    let t = ctx.tok(head);
    if via_of || value == 1.0 || plural_like(ctx, head) {
        return UnitFind::Unit(t.to_string(), extra);
    }
    UnitFind::Reject
}

/// The noun phrase starting at `p`: its head token and the number tokens
/// inside it (model numbers, not amounts).
fn noun_chunk(ctx: &Ctx, p: usize, consumed: &[bool]) -> Option<(usize, Vec<usize>)> {
    let a = ctx.a;
    let n = ctx.n();
    let mut words: Vec<usize> = Vec::new();
    let mut numbers: Vec<usize> = Vec::new();
    let mut j = p;
    let sent0 = ctx.a.sentence_of_token(p.saturating_sub(1).min(n.saturating_sub(1)));
    while j < n && j < p + 10 && words.len() < 6 {
        if ctx.a.sentence_of_token(j) != sent0 {
            break;
        }
        let t = ctx.tok(j);
        let lw = ctx.a.low(j);
        if t == "-" {
            if j > p && a.adjacent(j - 1) && a.adjacent(j) && (is_word(ctx.tok(j + 1)) || is_model_token(ctx.tok(j + 1))) {
                j += 1;
                continue;
            }
            break;
        }
        if is_model_token(t) {
            if consumed.get(j).copied().unwrap_or(false) || sign_code(ctx.tok(j + 1), ctx).is_some() {
                break;
            }
            // A model number inside the phrase ("30 Boeing 787 jets"); another
            // amount ("5 million", "10%") ends it.
            if parse_expr(ctx, j).is_some_and(|e| e.money || e.percent || e.num.scale > 1.0) {
                break;
            }
            numbers.push(j);
            j += 1;
            continue;
        }
        if !is_word(t) {
            break;
        }
        if COUNT_PHRASE_STOPS.contains(lw) {
            let coord = matches!(lw, "and" | "or")
                && !words.is_empty()
                && !words.iter().any(|&k| plural_like(ctx, k))
                && is_word(ctx.tok(j + 1))
                && !COUNT_PHRASE_STOPS.contains(ctx.a.low(j + 1));
            if coord {
                j += 1;
                continue;
            }
            break;
        }
        // An adverb ends the phrase, unless it opens one ("30 newly hired workers"; not "another
        // 20,000 indirectly.").
        let next = ctx.tok(j + 1);
        let phrase_next = next.starts_with(|c: char| c.is_alphanumeric()) && !COUNT_PHRASE_STOPS.contains(ctx.a.low(j + 1));
        if is_ly_adverb(lw) && (!words.is_empty() || !phrase_next) {
            break;
        }
        // A past tense after a noun is a verb ("the 777 program faced delays"); "-ed"
        // adjectives come first ("registered voters") or hyphenated ("US-based firms").
        if !words.is_empty() && lw.ends_with("ed") && lw.len() > 4 && ctx.tok(j - 1) != "-" && !ctx.a.low(j - 1).ends_with("ly") {
            break;
        }
        if is_month(lw) && t.chars().next().is_some_and(char::is_uppercase) && lw != "may" {
            break;
        }
        words.push(j);
        j += 1;
    }
    if words.iter().all(|&k| COUNT_PLACEHOLDERS.contains(ctx.a.low(k))) {
        return None;
    }
    // The head: the first plural noun not followed by another plural, else the last word.
    let mut head = *words.last()?;
    for (k, &w) in words.iter().enumerate() {
        if plural_like(ctx, w) && words.get(k + 1).is_none_or(|&nx| !plural_like(ctx, nx)) {
            head = w;
            break;
        }
    }
    numbers.retain(|&k| k < head);
    Some((head, numbers))
}

/// A number that points back to a counted noun named earlier: "nine of them",
/// "three others" (count_anaphors.txt).
pub(super) struct Anaphor {
    /// The unit when no earlier noun is found: the anaphoric word itself ("others").
    pub fallback: Option<String>,
}

/// Is the number ending before token `p` followed by a partitive pronoun ("of
/// them") or an anaphoric word ("others")?
pub(super) fn anaphoric(ctx: &Ctx, p: usize) -> Option<Anaphor> {
    if ctx.a.low(p) == "of" && PARTITIVE_PRONOUNS.contains(ctx.a.low(p + 1)) {
        return Some(Anaphor { fallback: None });
    }
    COUNT_ANAPHORS.contains(ctx.a.low(p)).then(|| Anaphor { fallback: Some(ctx.tok(p).to_string()) })
}

/// Is a bare number where an elided noun may stand ("we hired 500.", "a further 250 and",
/// "Nine of them", "Two were killed", "four dropped out")? `anaphor`: a partitive pronoun or "others" follows.
pub(super) fn elided_position(ctx: &Ctx, x: &Expr, anaphor: bool) -> bool {
    let i = x.s;
    if !(x.num.integer || x.num.scale > 1.0) || x.value < 2.0 {
        return false;
    }
    let prev = ctx.low_before(i);
    // "the two pour millions": "the" + number is a pronoun; "he is 45" is an age or a score.
    if prev == "the" || i == 0 && !anaphor {
        return false;
    }
    // A sentence may open with an elided count when a verb or "of them" follows ("Two were killed.",
    // "Five more were freed.").
    let verb_after = |k: usize| AUXILIARIES.contains(ctx.a.low(k));
    let verb_follows = verb_after(x.e) || COUNT_PLACEHOLDERS.contains(ctx.a.low(x.e)) && verb_after(x.e + 1) || past_verb(ctx, x.e);
    if ctx.sentence_initial(i) && !anaphor && !verb_follows {
        return false;
    }
    // "at 45" is a value, unless a running total earlier in the sentence is what it counts ("the
    // death toll stood at 40").
    if BARE_NUMBER_BLOCKERS.contains(prev) && !(prev == "at" && tally_noun(ctx, x).is_some()) {
        return false;
    }
    // A cricket score's wickets: "446 for nine declared".
    if prev == "for" && i >= 2 && ctx.number(i - 2).is_some() {
        return false;
    }
    let next = ctx.tok(x.e);
    next.is_empty()
        || ctx.sent(x.e) != ctx.sent(i)
        || matches!(next, "." | "," | ";" | ":" | ")" | "”" | "\"" | "’" | "!" | "?" | "—" | "–")
        || COUNT_PHRASE_STOPS.contains(ctx.a.low(x.e))
        || COUNT_PLACEHOLDERS.contains(ctx.a.low(x.e))
        // An adverb ends the phrase too: "support another 20,000 indirectly".
        || is_ly_adverb(ctx.a.low(x.e))
        // So does a verb after a count of something named before: "Of the twelve candidates, four
        // dropped out" (the noun then comes from that count).
        || past_verb(ctx, x.e)
}

/// The kind and noun of an elided count: those of the last count or
/// quantity in the last two sentences ("fell 1,190 points to 79,043" is a
/// quantity; after a sum in its sentence, a scaled number is money: see
/// `Recent`), else (when a qualifier marks the number as an amount) the
/// nearest plural noun earlier in this or the previous sentence.
pub(super) fn elided_unit(ctx: &Ctx, x: &Expr, recent: &Recent, qualified: bool, consumed: &[bool]) -> Option<(AmountKind, String)> {
    let si = ctx.a.sentence_of_token(x.s);
    // After a sum, a scaled number in its sentence is another sum in its currency ("147.3 million
    // crowns compared to 144.5 million").
    if recent.sum.is_some_and(|(sentence, _)| sentence == si) && x.num.scale > 1.0 {
        return Some((AmountKind::Money, String::new()));
    }
    // A running total in the number's own sentence names what it counts, before any earlier unit
    // ("… 2 feet of rain. The death toll reached 57").
    if let Some(u) = tally_noun(ctx, x) {
        return Some((AmountKind::Count, u));
    }
    if let Some(l) = &recent.unit
        && si >= l.sentence
        && si - l.sentence <= 2
    {
        return Some((l.kind, l.unit.clone()));
    }
    if let Some(u) = same_verb_object(ctx, x, consumed) {
        return Some((AmountKind::Count, u));
    }
    if !qualified {
        return None;
    }
    let first = ctx.a.sentences[si.saturating_sub(1)].tokens.start.max(x.s.saturating_sub(60));
    (first..x.s)
        .rev()
        .find(|&k| {
            let (t, l) = (ctx.tok(k), ctx.a.low(k));
            // A word in "-s" after a pronoun is a verb ("that takes").
            let verb = k > 0 && VERB_SUBJECTS.contains(ctx.a.low(k - 1));
            // A capital is a name's, unless the noun opens its sentence ("Visits are expected to top 10,000").
            let common = t.chars().next().is_some_and(char::is_lowercase) || ctx.sentence_initial(k) && ctx.mention_at[k].is_none();
            plural_like(ctx, k)
                && common
                && !verb
                && !COUNT_PHRASE_STOPS.contains(l)
                && !TIME_UNITS.contains(l)
                && !MEASURE_UNITS.contains(l)
        })
        .map(|k| (AmountKind::Count, ctx.tok(k).to_string()))
}

/// The noun a running total counts when the number is its new value: "raised the total of league
/// titles to 14", "pushed the number of damaged homes to 230" (`tally_nouns.txt`): the plural after
/// "of" (past a determiner and up to two modifiers) of a total noun earlier in the sentence, or
/// right after the number ("raised to five the number of deaths"), the number right after "to",
/// "at" or a verb of reaching (`tally_leads.txt`: "reached 57"); a compound total earlier in the
/// sentence names its plural itself ("the death toll rose to 12", `tally_compounds.tsv`), and of a
/// compound plural the last word is the head ("the number of measles cases" -> "cases").
fn tally_noun(ctx: &Ctx, x: &Expr) -> Option<String> {
    let before = pre_qualifier(ctx, x.s).1.unwrap_or(x.s);
    if before == 0 || !TALLY_LEADS.contains(ctx.a.low(before - 1)) {
        return None;
    }
    let sentence = ctx.a.sentences[ctx.a.sentence_of_token(x.s)].tokens.clone();
    // The plural of the "of" phrase opening at token `k` ("of the damaged homes"), before token `hi`.
    let of_plural = |k: usize, hi: usize| {
        let mut k = k + 1;
        if k < hi && ATTRIBUTIVE_DETERMINERS.contains(ctx.a.low(k)) {
            k += 1;
        }
        (k..(k + 3).min(hi))
            .find(|&j| plural_like(ctx, j) && ctx.tok(j).starts_with(char::is_lowercase))
            .filter(|&j| (k..j).all(|i| ctx.tok(i).chars().all(|c| c.is_alphabetic() || c == '-')))
            // The head is the last plural of a compound: "the number of measles cases".
            .map(|j| {
                (j..hi).take_while(|&i| i == j || plural_like(ctx, i) && ctx.tok(i).starts_with(char::is_lowercase)).last().unwrap_or(j)
            })
            .map(|j| ctx.tok(j).to_string())
    };
    // After the number: "to five the number of deaths".
    let e = x.e;
    if e + 2 < sentence.end && ctx.a.low(e) == "the" && TALLY_NOUNS.contains(ctx.a.low(e + 1)) && ctx.a.low(e + 2) == "of" {
        return of_plural(e + 2, sentence.end);
    }
    let start = sentence.start.max(before.saturating_sub(15));
    let compound = (start..before.saturating_sub(2)).rev().find_map(|k| {
        TALLY_COMPOUNDS.rows().iter().find(|r| r[0].split_once(' ') == Some((ctx.a.low(k), ctx.a.low(k + 1)))).map(|r| r[1].to_string())
    });
    compound.or_else(|| {
        let t = (start..before - 1).rev().find(|&k| TALLY_NOUNS.contains(ctx.a.low(k)) && ctx.a.low(k + 1) == "of")?;
        of_plural(t + 1, before - 1)
    })
}

/// A verb's stem for matching its forms ("hired", "hiring", "hires" -> "hir").
fn verb_stem(w: &str) -> &str {
    ["ing", "ed", "es", "s", "e"].iter().find_map(|suf| w.strip_suffix(suf).filter(|s| s.len() >= 3)).unwrap_or(w)
}

/// The noun a bare number counts when its verb took that noun earlier ("The
/// firm hired workers in April. In May it hired 500." -> "workers"): the
/// plural head of the object of the same verb in this or the two sentences
/// before.
fn same_verb_object(ctx: &Ctx, x: &Expr, consumed: &[bool]) -> Option<String> {
    let before = pre_qualifier(ctx, x.s).1.unwrap_or(x.s);
    if before == 0 {
        return None;
    }
    let v = before - 1;
    let verb = ctx.a.low(v);
    if verb.len() < 3 || !verb.chars().all(char::is_alphabetic) || COUNT_PHRASE_STOPS.contains(verb) || BARE_NUMBER_BLOCKERS.contains(verb)
    {
        return None;
    }
    let stem = verb_stem(verb);
    let si = ctx.a.sentence_of_token(v);
    let first = ctx.a.sentences[si.saturating_sub(2)].tokens.start.max(v.saturating_sub(120));
    (first..v).rev().filter(|&k| verb_stem(ctx.a.low(k)) == stem).find_map(|k| {
        let mut q = k + 1;
        while PARTITIVE_DETERMINERS.contains(ctx.a.low(q)) || matches!(ctx.a.low(q), "a" | "an") {
            q += 1;
        }
        if !ctx.tok(q).starts_with(char::is_alphabetic) {
            return None;
        }
        let (head, _) = noun_chunk(ctx, q, consumed)?;
        let (t, l) = (ctx.tok(head), ctx.a.low(head));
        let noun = plural_like(ctx, head) && t.starts_with(char::is_lowercase) && !TIME_UNITS.contains(l) && !MEASURE_UNITS.contains(l);
        noun.then(|| t.to_string())
    })
}
