//! MISC recall (spec §1: nationalities, religions, works, products):
//!
//! - **Nationalities and religions** (`demonyms.tsv` with plurals,
//!   `religions.txt`): a mention that is one of them is MISC; one the tagger
//!   left out becomes a MISC mention ("Kenyan officials"), unless it leads an
//!   untagged capitalised name ("Dutch Bank"); a sentence's first word that is
//!   lowercase in running text is cut off one ("Many Muslims" -> "Muslims").
//! - **Titles of works** after a work noun ("the film Silent Harbor", "her
//!   novel The Long Road", "the HBO drama “Game of Thrones”") are one MISC
//!   span, a leading "The" left out (spec §7).
//! - **Party labels** ("(D-N.Y.)"): the party letter is MISC, the state LOC.
//! - **Untagged names with an event, law or treaty head** ("the Second
//!   Amendment", "the Paris Agreement") are one MISC mention.
//! - **Holidays and named days** the tagger left out ("Labor Day",
//!   "Thanksgiving") are MISC mentions.
//! - **Known products** (`products.txt`: "ChatGPT", "iPhone") are MISC, and an
//!   untagged one inside a sentence becomes a mention.

use super::super::super::analysis::{Analysis, Bytes, is_possessive};
use super::super::super::{EntityType, Mention, mention_at};
use super::super::features::{CaseDict, TokInfo};
use super::super::hash::{HashMap64, hash_exact};
use super::{is_cap, is_title_or_role, mention, plural_noun, replace_spans};
use crate::lexicon::{
    AP_STATES, ATTRIBUTIVE_DETERMINERS, AWARD_FIELDS, AWARD_HEADS, BE_FORMS, DEMONYMS, DOCTRINE_ENDINGS, ETHNIC_GROUPS, EVENT_PREFIXES,
    HOLIDAYS, MODEL_VARIANTS, MONTHS, NAME_TITLES, PARTY_ADJECTIVES, POSSESSIVES, PRODUCTS, RELIGIONS, REPORTING_VERBS,
    TITLE_FUNCTION_WORDS, WEEKDAY_NAME_PREFIXES, WEEKDAYS, WORK_NOUNS, is_event_head,
};
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a word is: 1 a nationality (with plurals: "Kenyan", "Kenyans", "Chinese")
/// or a religion, 2 a known product; keyed by its exact hash (a fast lookup, as
/// every capitalised token of a document is looked up).
static KINDS: LazyLock<HashMap64<u8>> = LazyLock::new(|| {
    let mut kinds = HashMap64::default();
    for w in PRODUCTS.words() {
        kinds.insert(hash_exact(0, w), 2);
    }
    for w in RELIGIONS.words() {
        kinds.insert(hash_exact(0, w), 1);
    }
    for w in DEMONYMS.rows().iter().map(|r| r[0]).chain(ETHNIC_GROUPS.words().iter().copied()) {
        kinds.insert(hash_exact(0, w), 1);
        // "Kenyans", "Scots"; not "Chineses", "Britishs", "Frenchs".
        if !(w.ends_with('s') || w.ends_with("ese") || w.ends_with("sh") || w.ends_with("ch")) {
            kinds.insert(hash_exact(0, &format!("{w}s")), 1);
        }
    }
    kinds
});

/// Storm and operation prefixes (`event_prefixes.tsv`), their words and how many capitalised words
/// their name may have.
static EVENT_PREFIX: LazyLock<Vec<(Vec<&'static str>, usize)>> =
    LazyLock::new(|| EVENT_PREFIXES.rows().iter().filter_map(|r| Some((r[0].split(' ').collect(), r.get(1)?.parse().ok()?))).collect());

/// The storm or operation prefix opening `words` ("Hurricane", "Tropical Storm", "Operation"): how
/// many words it has and the most words of the name after it ("Hurricane" 1, "Operation" 3); the
/// longest prefix wins.
pub(super) fn event_prefix(words: &[&str]) -> Option<(usize, usize)> {
    EVENT_PREFIX.iter().filter(|(p, _)| words.starts_with(p)).map(|(p, most)| (p.len(), *most)).max()
}

fn kind(name: &str) -> u8 {
    KINDS.get(&hash_exact(0, name)).copied().unwrap_or(0)
}

/// Is `name` a nationality, people or religion word ("Kenyan", "Kenyans", "Kurds", "Muslims", "Hinduism")?
pub(super) fn is_group_word(name: &str) -> bool {
    kind(name) == 1
}

/// Is `name` a known product ("ChatGPT", "iPhone")?
pub(super) fn is_product(name: &str) -> bool {
    kind(name) == 2
}

/// Is `name` one capitalised word with a doctrine's ending (`doctrine_endings.txt`: "Confucianism",
/// "Zionism") that running text does not write in lowercase (`case`: "Tourism", "Terrorism" opening
/// a sentence are common nouns), with more than the ending and three letters ("Prism", "Schism")?
pub(super) fn is_doctrine(name: &str, case: &CaseDict) -> bool {
    // The ending first: most capitalised words have none.
    DOCTRINE_ENDINGS.words().iter().any(|e| name.len() >= e.len() + 4 && name.ends_with(e))
        && is_cap(name)
        && name.chars().skip(1).all(char::is_lowercase)
        && !case.mostly_lowercase(name)
}

/// Nationalities, religions and known products: typed MISC, added where the tagger left them out, as
/// doctrines are (typing weighs a tagged doctrine's name: "published by Futurism").
pub(super) fn groups_and_products(a: &Analysis, mentions: Vec<Mention<Bytes>>, case: &CaseDict) -> Vec<Mention<Bytes>> {
    let mut out: Vec<Mention<Bytes>> = Vec::with_capacity(mentions.len());
    for mut m in mentions {
        let r = a.token_range(m.span.start, m.span.end);
        if is_group_word(&m.text) || is_product(&m.text) {
            m.label = EntityType::Misc;
        } else if r.len() >= 2 && a.sentences[a.sentence_of_token(r.start)].tokens.start == r.start {
            // "Many Muslims": a sentence's first word, lowercase in running text, is no part of the name.
            let rest = mention(a, r.start + 1, r.end, EntityType::Misc);
            if is_group_word(&rest.text) && case.get(TokInfo::new(a.tok(r.start), 0, 0).lower) == 1 {
                m = rest;
            }
        }
        out.push(m);
    }
    let at = mention_at(a, &out);
    // A sentence's first word that running text writes in lowercase is no name ("Many Britons").
    let opener = |k: usize| a.sentences[a.sentence_of_token(k)].tokens.start == k && case.get(TokInfo::new(a.tok(k), 0, 0).lower) == 1;
    let mut added = Vec::new();
    for (i, t) in a.tokens.iter().enumerate() {
        let w = a.tok(i);
        // Only a capitalised word or a camel-case one ("iPhone", "macOS") can be one: look no further for the rest.
        let camel = || w.bytes().skip(1).any(|b| b.is_ascii_uppercase());
        if at[i].is_some() || !(is_cap(w) || camel()) {
            continue;
        }
        // A doctrine glued after a prefix is part of a common word ("anti-Semitism").
        let glued = i > 0 && a.tok(i - 1) == "-" && a.adjacent(i - 1);
        let sentence_start = a.sentences[a.sentence_of_token(i)].tokens.start == i;
        // A party adjective inside its sentence, after no capitalised word but a sentence's opening
        // common word, and before a lowercase one ("the Conservative leader", "A Socialist deputy";
        // not "Conservative estimates" opening one, nor in a name).
        let lower_next = a.tok(i + 1).starts_with(char::is_lowercase) && !a.line_break_after(i);
        if PARTY_ADJECTIVES.contains(w)
            && !sentence_start
            && lower_next
            && (!is_cap(a.tok(i - 1)) || opener(i - 1))
            && !a.is_title_case(a.sentence_of_token(i))
        {
            added.push(mention(a, i, i + 1, EntityType::Misc));
            continue;
        }
        let k = match kind(w) {
            0 if is_doctrine(w, case) && !glued => 1,
            k => k,
        };
        if k == 0 {
            continue;
        }
        let handle = i > 0 && a.tokens[i - 1].end == t.start && matches!(a.tok(i - 1), "#" | "@" | "/" | ".");
        if handle {
            continue;
        }
        if k == 1 {
            // Not the head of a name the tagger missed ("Dutch Reformed Church"), nor its middle
            // ("Royal Dutch Shell"), but a title or a person may follow ("Kenyan President Ruto").
            let cap_word = |k: usize| is_cap(a.tok(k)) && a.tok(k).chars().all(char::is_alphabetic);
            let next_name = i + 1 < a.tokens.len()
                && a.tokens[i].end < a.tokens[i + 1].start
                && cap_word(i + 1)
                && !NAME_TITLES.contains(a.low(i + 1))
                && at[i + 1].is_none_or(|k| out[k].label != EntityType::Person);
            let prev_name = i > 0 && !sentence_start && cap_word(i - 1) && !opener(i - 1) && !a.is_title_case(a.sentence_of_token(i));
            if !next_name && !prev_name {
                added.push(mention(a, i, i + 1, EntityType::Misc));
            }
        } else if k == 2 && !sentence_start {
            added.push(mention(a, i, i + 1, EntityType::Misc));
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|m| (m.span.start, m.span.end));
    }
    product_variants(a, out)
}

/// A known product takes the variant words after it ("iPad Pro", "MacBook Air",
/// `model_variants.txt`), and one-word mentions of those words inside it go.
fn product_variants(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Misc && is_product(&m.text)) {
        let r = a.token_range(m.span.start, m.span.end);
        let mut e = r.end;
        while e < n && e < r.end + 2 && a.tokens[e - 1].end + 1 == a.tokens[e].start && MODEL_VARIANTS.contains(a.tok(e)) {
            e += 1;
        }
        // Only over words no other mention holds, or one-word mentions of them.
        let (from, to) = (a.tokens[r.end.min(n - 1)].start, a.tokens[e - 1].end);
        let fits = |o: &Mention<Bytes>| !(o.span.start < to && o.span.end > from) || (o.span.start >= from && o.span.end <= to);
        if e > r.end && mentions.iter().all(fits) {
            found.push((r.start, e));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Is token `k` a word of a title: capitalised letters or digits ("Silent", "2001", "O'Brien")?
fn title_word(a: &Analysis, k: usize) -> bool {
    let t = a.tok(k);
    (is_cap(t) || t.chars().all(|c| c.is_ascii_digit())) && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '&'))
}

/// The end of the run of title words from token `s` before `sent_end`: ten
/// words at most, one or two small words (`title_function_words.txt`) allowed
/// between two of them ("Game of Thrones", "The Boy and the Heron"), but not
/// "and" after a plural work noun (`list`: "its albums X and Y"), nor a year
/// that opens the next title ("X and 1973's Y").
fn title_run_end(a: &Analysis, s: usize, sent_end: usize, list: bool) -> usize {
    let word = |k: usize| title_word(a, k) && !(is_year(a, k) && k + 1 < sent_end && matches!(a.tok(k + 1), "'s" | "’s"));
    let small_word = |k: usize| TITLE_FUNCTION_WORDS.contains(a.tok(k)) && !(list && a.tok(k) == "and");
    let mut e = s + 1;
    while e < sent_end && e - s < 10 {
        // Small words before a capitalised one, two at most: "The Boy and the Heron".
        let small =
            small_word(e) && (e + 1 < sent_end && word(e + 1) || e + 2 < sent_end && small_word(e + 1) && word(e + 2) && e + 2 - s < 10);
        if word(e) || small {
            e += 1;
        } else {
            break;
        }
    }
    e
}

/// Is token `k` a year of four digits ("2019 film", "1978's “…”")?
fn is_year(a: &Analysis, k: usize) -> bool {
    a.tok(k).len() == 4 && a.tok(k).chars().all(|c| c.is_ascii_digit())
}

/// Does a person's or organisation's mention hold token `k` (`at` from [`mention_at`])?
fn person_or_org_at(at: &[Option<usize>], mentions: &[Mention<Bytes>], k: usize) -> bool {
    at[k].is_some_and(|m| matches!(mentions[m].label, EntityType::Person | EntityType::Org))
}

/// Is token `k` a word that may open a title: a capitalised word, not a number?
fn title_start(a: &Analysis, k: usize) -> bool {
    is_cap(a.tok(k)) && title_word(a, k)
}

/// A day or month name: a time, not a title ("the game Sunday", "the show March 3").
fn day_or_month(a: &Analysis, k: usize) -> bool {
    calendar_word(a.low(k))
}

/// Is `w` (lowercase) a weekday's name?
pub(super) fn weekday_word(w: &str) -> bool {
    WEEKDAYS.rows().iter().any(|r| r[0] == w)
}

/// Is `w` (lowercase) a weekday or month name?
pub(super) fn calendar_word(w: &str) -> bool {
    weekday_word(w) || MONTHS.rows().iter().any(|r| r[0] == w)
}

/// Does the work noun at token `i` stand as a noun: after a determiner or
/// possessive ("the film", "her novel", "Netflix's series"), an adjective
/// after one ("the new film"; not a plural noun: "the floods hit X"), a name
/// or a year ("HBO drama", "2019 film"), or is it a naming verb ("titled")?
fn noun_use(a: &Analysis, i: usize, at: &[Option<usize>], mentions: &[Mention<Bytes>]) -> bool {
    if matches!(a.low(i), "titled" | "entitled" | "headlined") {
        return true;
    }
    let det = |k: usize| ATTRIBUTIVE_DETERMINERS.contains(a.low(k)) || POSSESSIVES.contains(a.tok(k));
    // A name before the noun needs a determiner before it ("the HBO drama"), or "play" and
    // "show" may be verbs ("UAE play Kuwait").
    let named = |k: usize| at[k].is_some_and(|m| a.tok_at(mentions[m].span.start).checked_sub(1).is_some_and(det));
    // The word between is an adjective, not a plural subject ("The floods hit Rio Grande").
    let adjective = |w: &str| w.chars().all(char::is_lowercase) && !plural_noun(w);
    i >= 1 && (det(i - 1) || named(i - 1) || is_year(a, i - 1)) || i >= 2 && adjective(a.tok(i - 1)) && (det(i - 2) || named(i - 2))
}

/// The work noun before the naming verb at token `i` ("a novel called X", "the
/// book was called X", "her album, known as X,"), when token `i` is "called",
/// "dubbed" or the "as" of "known as" and the noun stands right before the
/// verb, or before a form of "be" or a comma before it.
fn named_work(a: &Analysis, i: usize) -> Option<usize> {
    let verb = match a.low(i) {
        "called" | "dubbed" => i,
        "as" if i >= 1 && a.low(i - 1) == "known" => i - 1,
        _ => return None,
    };
    let w = match verb.checked_sub(1)? {
        j if BE_FORMS.contains(a.low(j)) || a.tok(j) == "," => j.checked_sub(1)?,
        j => j,
    };
    (WORK_NOUNS.contains(a.tok(w)) && !a.tok(w).ends_with("ed")).then_some(w)
}

/// Titles of works after a work noun ("the film X", "his latest film, X,", "a
/// novel called X"), after a year's possessive ("1972's Toulouse Street"; not
/// an organisation the tagger found there: "2008's Lehman Brothers collapse"), or
/// quoted after a person's or organisation's possessive ("Gerwig's “Barbie”",
/// "HBO's “The Last of Us”"), become one MISC mention each.
pub(super) fn works(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    // Built at the first work noun: most documents have none.
    let mut at_cache: Option<Vec<Option<usize>>> = None;
    let n = a.tokens.len();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for i in 0..n.saturating_sub(1) {
        // What follows a work noun is a title or a quotation mark: test that (cheap) first.
        let next = a.tok(i + 1);
        let quote_next = matches!(next, "“" | "\"" | "‘");
        let possessive = matches!(a.tok(i), "'s" | "’s") && quote_next && i > 0;
        // A year's possessive before a title: "1972's Toulouse Street", "2016's Star Trek Beyond".
        let year_work = matches!(a.tok(i), "'s" | "’s") && i > 0 && is_year(a, i - 1) && is_cap(next);
        // "His latest film, Oppenheimer, won": a title in apposition, closed after it.
        let comma = next == "," && i + 2 < n && is_cap(a.tok(i + 2));
        // "a novel called X", "The book was called X": the work noun before the naming verb.
        let named = if is_cap(next) || quote_next { named_work(a, i) } else { None };
        if !(is_cap(next) || quote_next || comma) || !(WORK_NOUNS.contains(a.tok(i)) || possessive || year_work || named.is_some()) {
            continue;
        }
        let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
        // A quoted title after a person's or organisation's possessive: "Gerwig's “Barbie”".
        let stands = match named {
            Some(w) => noun_use(a, w, at, &mentions),
            None if year_work => at[i + 1].is_none_or(|m| mentions[m].label != EntityType::Org),
            None if possessive => person_or_org_at(at, &mentions, i - 1),
            None => noun_use(a, i, at, &mentions),
        };
        if !stands {
            continue;
        }
        let sent_end = a.sentences[a.sentence_of_token(i)].tokens.end;
        let open = matches!(a.tok(i + 1), "“" | "\"" | "‘");
        let mut s = if open || comma { i + 2 } else { i + 1 };
        if s < sent_end && a.tok(s) == "The" && s + 1 < sent_end && title_start(a, s + 1) {
            s += 1; // spec §7: a leading "The" stays out
        }
        if s >= sent_end || !title_start(a, s) || day_or_month(a, s) {
            continue;
        }
        // A plural work noun ("albums": "album" is one too; not "series") lists titles.
        let list = named.is_none() && WORK_NOUNS.contains(a.tok(i)) && a.tok(i).strip_suffix('s').is_some_and(|w| WORK_NOUNS.contains(w));
        let e = title_run_end(a, s, sent_end, list);
        if open && !(e < sent_end && matches!(a.tok(e), "”" | "\"" | "’")) {
            continue; // a quoted title must end at its closing mark
        }
        if comma && !(e == sent_end || matches!(a.tok(e), "," | ".")) {
            continue; // an apposition's title must end at its comma
        }
        // "the book Smith wrote": a person alone before a verb is the writer, not the title.
        let lone_person = e == s + 1 && at[s].is_some_and(|k| mentions[k].label == EntityType::Person);
        if lone_person && e < n && a.tok(e).chars().all(char::is_lowercase) {
            continue;
        }
        found.push((s, e));
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Titles in quotation marks ("hits like “Black Water” and “China Grove”",
/// "Disney fare such as “Mary Poppins”", "the “Black Death”"): two to ten
/// words, capitalised but for small function words (`title_function_words.txt`),
/// with a subtitle after a colon ("“Wicked: For Good”"),
/// inside a sentence, become one MISC mention each (spec §1: works, products,
/// events), a leading "The" left out. Not speech (a reporting verb right after
/// the closing mark, a colon or reporting verb right before the opening one),
/// nor a nickname (after the person it names, or opening with a title: "Mr
/// Clean"), nor after a possessive of no person, organisation or year ("the
/// city's “Silent Harbor” plan"). A quoted place or organisation the tagger
/// found whole keeps its type ("the “Caja Magica” arena"). A straight mark
/// opens only with a space before it and none after it.
pub(super) fn quoted_titles(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut at_cache: Option<Vec<Option<usize>>> = None;
    let mut found: Vec<(usize, usize)> = Vec::new();
    // One-word titles in quotation marks: (opening mark, closing mark).
    let mut single: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i + 2 < n {
        let straight_open = a.tok(i) == "\"" && a.adjacent(i) && (i == 0 || !a.adjacent(i - 1));
        if !(a.tok(i) == "“" || straight_open) || !title_start(a, i + 1) || day_or_month(a, i + 1) {
            i += 1;
            continue;
        }
        let sent_end = a.sentences[a.sentence_of_token(i)].tokens.end;
        let mut e = title_run_end(a, i + 1, sent_end, false);
        // A subtitle after a colon ("“Wicked: For Good”", "“Star Wars: The Last Jedi”").
        // After a word: a number there is a model's or an episode's, which the product rules read.
        if e + 1 < sent_end && a.tok(e) == ":" && title_start(a, e + 1) && a.tok(e - 1).chars().all(char::is_alphabetic) {
            e = title_run_end(a, e + 1, sent_end, false);
        }
        // Closed right after the words, or after a comma or period inside the marks.
        let close = closing_mark_at(a, e);
        if close >= n || !matches!(a.tok(close), "”" | "\"") {
            i += 1;
            continue;
        }
        if e - (i + 1) < 2 {
            // One word: a title only beside another title of its sentence (see below).
            if e == i + 2 && !super::bounds::opens_sentence(a, i) {
                single.push((i, close));
            }
            i += 1;
            continue;
        }
        let s = if a.tok(i + 1) == "The" && e - (i + 2) >= 2 { i + 2 } else { i + 1 };
        let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
        let attributed = not_a_title(a, i, close, s, at, &mentions);
        // A work noun right before the marks names a title whatever the tagger found, and so does an
        // organisation's possessive: its programme or product ("CNN's “State of the Union”"), or a
        // person's: their work ("Mira Vell's “The Salt Orchard,”").
        let kept = !work_noun_before(a, i)
            && !owned_quoted_title(a, s, e, at, &mentions)
            && at[s].is_some_and(|m| {
                let m = &mentions[m];
                matches!(m.label, EntityType::Loc | EntityType::Org)
                    && m.span.start == a.tokens[s].start
                    && m.span.end == a.tokens[e - 1].end
            });
        if !attributed && !kept {
            found.push((s, e));
        }
        i = close + 1;
    }
    // A one-word title in quotation marks in a sentence that lists longer ones ("produced “Off
    // the Wall” in 1979, “Thriller” in 1982 and “Bad” in 1987"): a title too, untagged or not.
    let titled_sentences: Vec<usize> = found.iter().map(|&(s, _)| a.sentence_of_token(s)).collect();
    for (open, close) in single {
        let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
        if titled_sentences.contains(&a.sentence_of_token(open)) && !not_a_title(a, open, close, open + 1, at, &mentions) {
            found.push((open + 1, open + 2));
        }
    }
    found.sort_unstable();
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Does the possessive of a mention typed one of `owners` end right before token `k` ("CNN's"
/// before "“State of the Union”", "Gerwig's" before "“Barbie”")? What follows is its programme,
/// product or work.
fn possessive_before(a: &Analysis, k: usize, at: &[Option<usize>], mentions: &[Mention<Bytes>], owners: &[EntityType]) -> bool {
    k >= 2
        && is_possessive(a.tok(k - 1))
        && at[k - 2].is_some_and(|m| owners.contains(&mentions[m].label) && mentions[m].span.end == a.tokens[k - 2].end)
}

/// Is the name over tokens `s..e` a title in quotation marks (a leading "The" and a closing comma or
/// period may stand inside them) after an organisation's or a person's possessive: their programme,
/// product or work ("CNN's “State of the Union”", "Mira Vell's “The Salt Orchard,”")? Work evidence
/// for document typing, however its last word reads.
pub(super) fn owned_quoted_title(a: &Analysis, s: usize, e: usize, at: &[Option<usize>], mentions: &[Mention<Bytes>]) -> bool {
    quotation_opening(a, s, e).is_some_and(|open| possessive_before(a, open, at, mentions, &[EntityType::Org, EntityType::Person]))
}

/// The opening mark of quotation marks around the name over tokens `s..e`, a leading "The" and a
/// closing comma or period inside them (“The Salt Orchard,”), if they stand there.
pub(super) fn quotation_opening(a: &Analysis, s: usize, e: usize) -> Option<usize> {
    let open = if s >= 2 && a.tok(s - 1) == "The" { s - 2 } else { s.checked_sub(1)? };
    let close = closing_mark_at(a, e);
    (matches!(a.tok(open), "“" | "\"") && close < a.tokens.len() && matches!(a.tok(close), "”" | "\"")).then_some(open)
}

/// Does a work noun stand right before the quotation mark at token `open`, or before a comma or
/// colon there ("her latest album, “The Tortured Poets Department,”"; not a naming verb: "named
/// “El Pueblo de …”")?
fn work_noun_before(a: &Analysis, open: usize) -> bool {
    let work_noun = |k: usize| WORK_NOUNS.contains(a.tok(k)) && !a.tok(k).ends_with("ed");
    open > 0 && (work_noun(open - 1) || open > 1 && matches!(a.tok(open - 1), "," | ":") && work_noun(open - 2))
}

/// Is the name over tokens `s..e` a title in quotation marks of its own after a work noun (a
/// leading "The" and a closing comma or period may stand inside the marks)? Work evidence for
/// document typing, which an organisation's head word in the title must not outweigh ("album,
/// “The Tortured Poets Department,”").
pub(super) fn quoted_work_title(a: &Analysis, s: usize, e: usize) -> bool {
    quotation_opening(a, s, e).is_some_and(|open| work_noun_before(a, open))
}

/// Where the closing mark of a quotation whose words end before token `e` stands: right there, or
/// after a comma or period inside the marks ("“Barbie,” the film").
pub(super) fn closing_mark_at(a: &Analysis, e: usize) -> usize {
    if e + 1 < a.tokens.len() && matches!(a.tok(e), "," | ".") { e + 1 } else { e }
}

/// Is the quotation opening at token `open` and closing at token `close`, its words from token
/// `s`, no title but speech, a nickname or a thing's name? Speech: "“Game On,” she said.", "She
/// said: “Thank You All.”" (a naming verb before it names a title: "a poem called “Winter
/// Solstice”"). A nickname: after the person it names ("called Altman “Little Finger”", "dubbed
/// him “Mr Clean”", "referring to Altman as “…”") or opening with a title. After a possessive only
/// a person's, an organisation's or a year's work is a title ("Gerwig's “Barbie”", "1978's “Minute
/// by Minute”"; not "the city's “Silent Harbor” plan").
fn not_a_title(a: &Analysis, open: usize, close: usize, s: usize, at: &[Option<usize>], mentions: &[Mention<Bytes>]) -> bool {
    let n = a.tokens.len();
    let speech_verb = |k: usize| REPORTING_VERBS.contains(a.low(k)) && !matches!(a.low(k), "called" | "calling" | "dubbed");
    let speech =
        (close + 1..n.min(close + 5)).any(speech_verb) || (open.saturating_sub(3)..open).any(|k| speech_verb(k) || a.tok(k) == ":");
    let person = |k: usize| {
        at[k].is_some_and(|m| mentions[m].label == EntityType::Person) || matches!(a.low(k), "him" | "them" | "himself" | "herself")
    };
    let person_before = open > 0 && (person(open - 1) || open > 1 && a.low(open - 1) == "as" && person(open - 2));
    let titled = NAME_TITLES.contains(a.low(s).trim_end_matches('.'));
    let owner = |k: usize| is_year(a, k) || person_or_org_at(at, mentions, k);
    let unowned = open > 1 && matches!(a.tok(open - 1), "'s" | "’s") && !owner(open - 2);
    speech || person_before || titled || unowned
}

/// Is the one-word mention over token `s` a title in quotation marks of its own ("Christopher
/// Nolan's “Oppenheimer” won", "distributed “Oppenheimer,” said", a headline's "'Oppenheimer'
/// sweeps")? Capitalised, not camel case, and not speech, a nickname (also after a title: "Commander
/// “Oscar”") or an unowned thing's name ([`not_a_title`]). Document typing types such mentions
/// apart from the bare name; entity resolution still gives one string one type per document, so
/// a film named for a man the document names ("Oppenheimer") takes his.
pub(super) fn quoted_word_title(a: &Analysis, s: usize, at: &[Option<usize>], mentions: &[Mention<Bytes>]) -> bool {
    let n = a.tokens.len();
    if s == 0 || s + 1 >= n || !matches!(a.tok(s - 1), "“" | "\"" | "‘" | "'") || !a.adjacent(s - 1) {
        return false;
    }
    // A title is capitalised and no account's or product's camel case ("factcheckUK", "iPhone"); a
    // title or role before the mark makes a nickname ("Commander “Oscar”").
    let word = a.tok(s);
    let capitalised = word.starts_with(char::is_uppercase) && word.chars().skip(1).all(|c| !c.is_uppercase());
    // The list's first quotation stands for the rest: "Commanders “Vicente” and “Oscar”".
    let mut open = s - 1;
    while open >= 4 && matches!(a.low(open - 1), "and" | "or" | ",") && matches!(a.tok(open - 2), "”" | "\"" | "’" | "'") {
        match (open.saturating_sub(6)..open - 2).rev().find(|&k| a.tok(k) == a.tok(s - 1)) {
            Some(k) => open = k,
            None => break,
        }
    }
    let titled = open >= 1 && is_title_or_role(a.low(open - 1).trim_end_matches('s'));
    if !capitalised || titled {
        return false;
    }
    let close = closing_mark_at(a, s + 1);
    let closes = match a.tok(s - 1) {
        "“" => "”",
        "‘" => "’",
        mark => mark,
    };
    a.tok(close) == closes && a.adjacent(close - 1) && !not_a_title(a, s - 1, close, s, at, mentions)
}

/// A party letter before a state in a politician's label ("(D-N.Y.)", "(R., Texas)",
/// or AP's "Sen. John Cornyn, R-Texas, said" between commas after a person): the letter
/// is a party adjective (MISC, spec §1) and the state a place, replacing whatever the
/// tagger made of the label.
pub(super) fn party_labels(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
    for i in (0..n.saturating_sub(4)).filter(|&i| a.tok(i) == "(") {
        let j = i + 1;
        if !matches!(a.tok(j).trim_end_matches('.'), "D" | "R" | "I") {
            continue;
        }
        let party_end = if a.tok(j + 1) == "." && a.adjacent(j) { j + 2 } else { j + 1 };
        if !matches!(a.tok(party_end), "-" | "," | "–") {
            continue;
        }
        let Some(close) = (party_end + 1..n.min(party_end + 6)).find(|&k| a.tok(k) == ")") else { continue };
        let state = party_end + 1..close;
        let letters = state.clone().all(|k| a.tok(k).chars().all(|c| c.is_alphabetic() || c == '.') || a.tok(k) == " ");
        if !state.is_empty() && letters && is_cap(a.tok(state.start)) {
            found.push((j, party_end, state.start, close));
        }
    }
    // AP style between commas after the name: "Sen. John Cornyn, R-Texas, said".
    let person_ends = |k: usize| mentions.iter().any(|m| m.label == EntityType::Person && m.span.end == a.tokens[k].end);
    for i in (1..n.saturating_sub(3)).filter(|&i| a.tok(i) == "," && person_ends(i - 1)) {
        let j = i + 1;
        if !matches!(a.tok(j), "D" | "R" | "I") || a.tok(j + 1) != "-" || !a.adjacent(j) || !a.adjacent(j + 1) {
            continue;
        }
        let sent_end = a.sentences[a.sentence_of_token(j)].tokens.end;
        // The state: capitalised words and their periods, up to a comma, a bracket or the sentence's
        // end, or an AP abbreviation ending in its period ("Mike Johnson, R-La." ending a sentence,
        // "Ada Reyes, D-Calif. spoke"). A period ending the sentence stays out of any other state.
        let mut state_end = j + 2;
        while state_end < sent_end.min(j + 7) && (is_cap(a.tok(state_end)) || a.tok(state_end) == "." && a.adjacent(state_end - 1)) {
            state_end += 1;
        }
        let abbreviation =
            |e: usize| e > j + 2 && AP_STATES.rows().iter().any(|r| r[0] == &a.text[a.tokens[j + 2].start..a.tokens[e - 1].end]);
        let closed = state_end == sent_end || matches!(a.tok(state_end), "," | ";" | ")");
        if !abbreviation(state_end) && state_end > j + 2 && a.tok(state_end - 1) == "." {
            state_end -= 1;
        }
        if !(closed || abbreviation(state_end)) {
            continue;
        }
        let state = j + 2..state_end;
        let letters = state.clone().all(|k| a.tok(k).chars().all(|c| c.is_alphabetic() || c == '.'));
        if !state.is_empty() && letters && is_cap(a.tok(state.start)) {
            found.push((j, j + 1, state.start, state.end));
        }
    }
    if found.is_empty() {
        return mentions;
    }
    for &(ps, pe, ss, se) in &found {
        let (start, end) = (a.tokens[ps].start, a.tokens[se - 1].end);
        mentions.retain(|m| !(m.span.start < end && start < m.span.end));
        mentions.push(mention(a, ps, pe, EntityType::Misc));
        mentions.push(mention(a, ss, se, EntityType::Loc));
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions
}

/// The fields of `award_fields.txt`, each split into its words.
static AWARD_FIELD_WORDS: LazyLock<Vec<Vec<&'static str>>> =
    LazyLock::new(|| AWARD_FIELDS.words().iter().map(|f| f.split(' ').collect()).collect());

/// Most capitalised words an award's "of"/"for" complement takes ("Academy Award for Best Supporting Actress").
const AWARD_COMPLEMENT_WORDS: usize = 3;

/// An award's name goes on over its complement: "of"/"for", an optional
/// "the" and up to three capitalised words no person, place or organisation
/// mention holds ("Presidential Medal of Freedom", "Pulitzer Prize for
/// Fiction"; not "an Emmy Award for Netflix"), or "in" and a listed field
/// ("Nobel Prize in Literature", which the tagger reads as a place).
pub(super) fn award_complements(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter().filter(|m| m.label == EntityType::Misc) {
        let r = a.token_range(m.span.start, m.span.end);
        let sent_end = a.sentences[m.sentence].tokens.end;
        if !AWARD_HEADS.contains(a.tok(r.end - 1)) || r.end + 1 >= sent_end {
            continue;
        }
        let mut e = r.end + 1;
        if a.tok(r.end) == "in" {
            let field =
                AWARD_FIELD_WORDS.iter().filter(|f| e + f.len() <= sent_end && f.iter().enumerate().all(|(i, w)| a.tok(e + i) == *w));
            e += field.map(Vec::len).max().unwrap_or(0);
        } else if matches!(a.tok(r.end), "of" | "for") {
            if a.tok(e) == "the" {
                e += 1;
            }
            let open = |k: usize| at[k].is_none_or(|j| mentions[j].label == EntityType::Misc);
            let start = e;
            while e < sent_end
                && e - start < AWARD_COMPLEMENT_WORDS
                && is_cap(a.tok(e))
                && a.tok(e).chars().all(char::is_alphabetic)
                && open(e)
            {
                e += 1;
            }
            // Not the start of a longer name ("for Best Picture Films"), nor a bare "the".
            if e == start || e < sent_end && is_cap(a.tok(e)) {
                continue;
            }
        }
        if e > r.end + 1 {
            found.push((r.start, e));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Names the tagger left out that end in an event, law or treaty word ("the
/// Second Amendment", "the Paris Agreement"): the capitalised words before the
/// head, a place among them included, become one MISC mention. So do a storm's
/// or an operation's name and the word that opens it ("Hurricane Maria",
/// "Operation Desert Storm"; `event_prefixes.tsv`), whatever the tagger made of the name.
pub(super) fn headed_names(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    // Built at the first head word: most documents have none.
    let mut at_cache: Option<Vec<Option<usize>>> = None;
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (si, sent) in a.sentences.iter().enumerate() {
        if a.is_title_case(si) {
            continue;
        }
        for h in sent.tokens.start + 1..sent.tokens.end {
            if !is_cap(a.tok(h)) || !is_event_head(a.tok(h)) {
                continue;
            }
            let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
            // A head the tagger took alone ("Olympics" after "Tokyo") may still take the words before it.
            if at[h].is_some_and(|k| (mentions[k].span.start, mentions[k].span.end) != (a.tokens[h].start, a.tokens[h].end)) {
                continue;
            }
            let cap =
                |k: usize| is_cap(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphanumeric()) && a.tok(k) != "The" && !day_or_month(a, k);
            // Back over capitalised words; a mention among them must lie wholly inside.
            let mut s = h;
            while s > sent.tokens.start && cap(s - 1) && at[s - 1].is_none_or(|k| a.tokens[s - 1].start >= mentions[k].span.start) {
                s -= 1;
            }
            if let Some(k) = at[s].filter(|_| s < h)
                && a.tokens[s].start != mentions[k].span.start
            {
                continue;
            }
            if s < h {
                found.push((s, h + 1));
            }
        }
        for p in sent.tokens.start..sent.tokens.end.saturating_sub(1) {
            if !is_cap(a.tok(p)) || !EVENT_PREFIX.iter().any(|(w, _)| w[0] == a.tok(p)) {
                continue;
            }
            let words: Vec<&str> = (p..sent.tokens.end.min(p + 3)).map(|k| a.tok(k)).collect();
            let Some((len, most)) = event_prefix(&words) else { continue };
            let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
            let cap = |k: usize| is_cap(a.tok(k)) && a.tok(k).chars().all(char::is_alphanumeric);
            let mut e = p + len;
            while e < sent.tokens.end && cap(e) {
                e += 1;
            }
            // A longer run of capitals is another name ("Storm Prediction Center"); a mention
            // over the name must lie wholly inside prefix and name.
            let (start, end) = (a.tokens[p].start, a.tokens[e - 1].end);
            let inside = (p..e).filter_map(|k| at[k]).all(|k| start <= mentions[k].span.start && mentions[k].span.end <= end);
            let taken = found.iter().any(|&(fs, fe)| fs < e && p < fe);
            if e > p + len && e - p - len <= most && inside && !taken {
                found.push((p, e));
            }
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Holidays and named days by their first word (`holidays.tsv`, lowercase, apostrophes straight).
static HOLIDAY_NAMES: LazyLock<HashMap<String, Vec<String>>> = LazyLock::new(|| {
    let mut by_first: HashMap<String, Vec<String>> = HashMap::new();
    for r in HOLIDAYS.rows() {
        let name = r[0].replace('’', "'");
        let first = name.split([' ', '\'']).next().unwrap_or("").to_string();
        by_first.entry(first).or_default().push(name);
    }
    for names in by_first.values_mut() {
        names.sort_by_key(|n| std::cmp::Reverse(n.len())); // longest first: "Christmas Day" before "Christmas"
    }
    by_first
});

/// Is `name` a holiday or named day of `holidays.tsv` as a whole ("Easter", "Labor Day",
/// "New Year's Day")? Such a name is MISC (spec §1: events) whatever the tagger read ("Easter"
/// as a person).
pub(super) fn is_holiday(name: &str) -> bool {
    let name = name.replace('’', "'").to_lowercase();
    let first = name.split([' ', '\'']).next().unwrap_or("");
    HOLIDAY_NAMES.get(first).is_some_and(|names| names.contains(&name))
}

/// A name with a plus sign glued to its end is a subscription service, a
/// product (spec §1, MISC): "Disney+", "Apple TV+", "ESPN+"; whatever the
/// tagger made of the name, the sign joins it.
pub(super) fn plus_services(a: &Analysis, mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut found: Vec<(usize, usize)> = Vec::new();
    for m in &mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let e = r.end;
        let glued = e < a.tokens.len() && a.tok(e) == "+" && a.tokens[e].start == m.span.end;
        if glued && !a.text[a.tokens[e].end..].starts_with(|c: char| c.is_alphanumeric() || c == '+') {
            found.push((r.start, e + 1));
        }
    }
    replace_spans(a, mentions, &found, EntityType::Misc)
}

/// Holidays and named days the tagger left out ("Labor Day", "Thanksgiving",
/// "New Year's Day") are MISC mentions (spec §1: events), when written with capitals, and so are
/// named days ("Black Friday").
pub(super) fn holidays(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    let mut at_cache: Option<Vec<Option<usize>>> = None;
    let mut found: Vec<(usize, usize)> = Vec::new();
    let n = a.tokens.len();
    let mut i = 0;
    while i < n {
        // A named day: a capitalised prefix before a capitalised weekday ("Black Friday", "Cyber
        // Monday", "Super Tuesday"; `weekday_name_prefixes.txt`, shared with the date grammar).
        if i + 1 < n
            && is_cap(a.tok(i))
            && is_cap(a.tok(i + 1))
            && WEEKDAY_NAME_PREFIXES.contains(a.low(i))
            && WEEKDAYS.rows().iter().any(|r| r[0] == a.low(i + 1))
        {
            let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
            if at[i].is_none() && at[i + 1].is_none() {
                found.push((i, i + 2));
            }
            i += 2;
            continue;
        }
        let Some(names) = HOLIDAY_NAMES.get(a.low(i)).filter(|_| is_cap(a.tok(i))) else {
            i += 1;
            continue;
        };
        let start = a.tokens[i].start;
        // The text from here, lowercase with straight apostrophes, against each name.
        let rest: String = a.text[start..].chars().take(40).map(|c| if c == '’' { '\'' } else { c }).flat_map(char::to_lowercase).collect();
        let hit = names
            .iter()
            .find(|name| rest.starts_with(name.as_str()) && rest[name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()));
        let Some(name) = hit else {
            i += 1;
            continue;
        };
        // Map the name's end back to a token: the last token starting inside it.
        let end_byte = start + a.text[start..].char_indices().nth(name.chars().count()).map_or(a.text.len() - start, |(b, _)| b);
        let e = a.tok_at(end_byte);
        let at = at_cache.get_or_insert_with(|| mention_at(a, &mentions));
        if e > i && is_cap(a.tok(e - 1)) && (i..e).all(|k| at[k].is_none()) {
            found.push((i, e));
        }
        i = e.max(i + 1);
    }
    for &(s, e) in &found {
        mentions.push(mention(a, s, e, EntityType::Misc));
    }
    if !found.is_empty() {
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
    mentions
}
