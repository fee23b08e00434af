//! Who said a quotation when a reporting verb or a dash line stands next to it:
//! "…,” he said", "said Tester", "Musk wrote “…”", "according to X", a line
//! "— Jane Roe, a farmer" after the quote. The speaker finders (subjects past
//! appositions and titles, pronouns, descriptions, spokespeople) are the
//! discourse layer's; the context rules for quotes without a verb are in
//! `context.rs`.

use super::candidates::Cand;
use crate::extract::analysis::{Analysis, is_possessive, is_punctuation_token};
use crate::extract::discourse::words::{is_ly_adverb, is_person_pronoun, is_personal_pronoun, is_role_noun, pronoun};
use crate::extract::discourse::{Discourse, Said};
use crate::extract::rows::EntityType;
use crate::lexicon::{
    ATTRIBUTIVE_DETERMINERS, BE_FORMS, CHARACTERISING_VERBS, DOCUMENT_VERBS, POSSESSIVES, PREPOSITIONS, REPORTING_VERBS, SPEECH_NOUNS,
    VERB_PARTICLES,
};

/// How a quote's speaker was found.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    /// The speaker, an index into the mentions.
    pub speaker: Option<usize>,
    /// The reporting verb as written, lowercase.
    pub verb: Option<String>,
}

/// Is token `i` a quotation mark (two apostrophes, `''`, count as one)?
pub(super) fn is_quote_mark(a: &Analysis, i: usize) -> bool {
    let t = a.tok(i);
    if matches!(t, "“" | "”" | "\"" | "«" | "»" | "‘" | "``") {
        return true;
    }
    let glued = |j: usize| j < a.tokens.len() && matches!(a.tok(j), "'" | "`");
    matches!(t, "'" | "`") && ((a.adjacent(i) && glued(i + 1)) || (i > 0 && glued(i - 1) && a.adjacent(i - 1)))
}

/// Does token `i` end a sentence? A period before a comma, a closing
/// parenthesis or a glued hyphen ends an abbreviation instead ("R-Neb.,
/// said", "(D., Conn.)", "Ill.-based").
fn is_sentence_end(a: &Analysis, i: usize) -> bool {
    let t = a.tok(i);
    let end = matches!(t, "." | "!" | "?" | "…" | ";") || (t.len() > 1 && t.chars().all(|c| c == '.'));
    let glued_hyphen = a.adjacent(i) && a.tok(i + 1) == "-";
    end && !(t == "." && i + 1 < a.tokens.len() && (matches!(a.tok(i + 1), "," | ")") || glued_hyphen))
}

fn is_dash(t: &str) -> bool {
    matches!(t, "—" | "―" | "–" | "-" | "--" | "---")
}

/// A lowercase past-tense form not in the verb list, read as a reporting verb
/// right after a subject ("…,” Trump simpered", "Tester quipped, “…”") or
/// right before a name after the quote ("…,” lamented Basuki").
fn looks_like_past_verb(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") && w.chars().all(|ch| ch.is_ascii_lowercase())
}

/// Is token `i` a reporting verb? A verb is a word of the list outside any
/// name and written in lowercase, unless it opens its sentence, stands in a
/// Title Case headline, or follows its subject's name ("Smith Said"); so
/// "United States" never holds the verb "states".
pub(super) fn is_reporting_verb(d: &Discourse, i: usize) -> bool {
    let a = d.a;
    // "“…,” the statement read", "the letter read: “…”", "reads the letter": only with a document
    // subject, next to the quotation (not "a statement read on television that …").
    let n = a.tokens.len();
    let document_verb = DOCUMENT_VERBS.contains(a.low(i))
        && ((i > 0
            && d.is_document_noun(i - 1)
            && (i + 1 == n || a.tok(i + 1).chars().all(|c| c.is_ascii_punctuation() || "“”‘’".contains(c))))
            || (i + 2 < n && i > 0 && a.low(i + 1) == "the" && d.is_document_noun(i + 2) && matches!(a.tok(i - 1), "," | "”" | "\"")));
    // "As Gaiman put it, “…”", "as one farmer puts it".
    let put_it = matches!(a.low(i), "put" | "puts") && i + 1 < n && a.low(i + 1) == "it";
    if !(REPORTING_VERBS.contains(a.low(i)) || document_verb || put_it) || d.mention_at(i).is_some() {
        return false;
    }
    // After an article or a possessive the word is a noun: "his claim", "the company's note",
    // "the players’ claim" (an apostrophe glued to a plural, not a closing quotation mark: "…,’ said").
    let plural_possessive =
        |k: usize| k > 0 && a.adjacent(k - 1) && a.tok(k - 1).ends_with('s') && a.tok(k - 1).chars().all(char::is_alphabetic);
    let possessive = |k: usize| matches!(a.tok(k), "'s" | "’s") || (POSSESSIVES.contains(a.tok(k)) && plural_possessive(k));
    if i > 0 && (ATTRIBUTIVE_DETERMINERS.contains(a.low(i - 1)) || possessive(i - 1)) {
        return false;
    }
    if !a.tok(i).chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    let s = a.sentence_of_token(i);
    let start = a.sentences[s].tokens.start;
    let opens = (start..i).all(|k| !a.tok(k).chars().any(char::is_alphanumeric));
    opens || a.is_title_case(s) || (i > 0 && (d.mention_at(i - 1).is_some() || is_person_pronoun(a.low(i - 1))))
}

/// Does a form of "be" stand right before token `k` (past one -ly adverb, not
/// before token `lo`): "was described", "were widely seen"?
pub(super) fn after_be(a: &Analysis, k: usize, lo: usize) -> bool {
    let b = if k >= lo + 2 && is_ly_adverb(a.low(k - 1)) { k - 2 } else { k.saturating_sub(1) };
    b >= lo && b < k && BE_FORMS.contains(a.low(b))
}

/// The speaker of reporting verb `v` (its subject, back to token `lo`), or the
/// person a quoting verb names: "it quoted Smith as saying", "quoting Smith as
/// saying", where the reporter quotes Smith. A passive verb's subject is
/// spoken of, not speaking ("Reyes was described as “…”"), except when quoted
/// or asked ("Reyes was quoted as saying", "… was quoted by Bernama as saying").
fn subject_of(d: &Discourse, v: usize, lo: usize, recent: &[Said]) -> Option<usize> {
    let a = d.a;
    if after_be(a, v, lo) && !matches!(a.low(v), "quoted" | "asked") {
        return None;
    }
    // "Anwar was quoted by Bernama as saying": the subject of the quoting verb.
    if v > lo + 1
        && a.low(v) == "saying"
        && a.low(v - 1) == "as"
        && let Some(q) = (lo..v - 1).rev().take(8).find(|&q| matches!(a.low(q), "quoted" | "cited"))
        && after_be(a, q, lo)
    {
        return d.subject_before(q, lo, recent);
    }
    if matches!(a.low(v), "quoted" | "quoting" | "quotes" | "cited" | "citing" | "cites")
        && let Some(m) = d.mention_of(v + 1, &[EntityType::Person, EntityType::Org])
    {
        let end = d.index().run_end(m, v + 1, a.tokens.len());
        if end < a.tokens.len() && a.low(end) == "as" {
            return Some(m);
        }
    }
    d.subject_before(v, lo, recent)
}

/// A speaker on a dash line after the quote: "“…” — Jane Roe" in the same
/// paragraph, or a line "― Jane Roe, a farmer" right after a paragraph that
/// ends with the quote; read as after an inverted verb ("— Acme spokesman Tom
/// Hale" is Hale).
fn dash_attribution(d: &Discourse, c: &Cand) -> Option<Attribution> {
    let a = d.a;
    let n = a.tokens.len();
    // The dash stands where an inverted verb would: "— Acme spokesman Tom Hale" is Hale.
    let named = |k: usize, hi: usize| -> Option<usize> {
        (k + 1 < n
            && is_dash(a.tok(k))
            && d.mention_of(k + 1, &[EntityType::Person, EntityType::Org]).or_else(|| d.name_backoff(k + 1)).is_some())
        .then(|| d.subject_after(k, hi, &[]))
        .flatten()
        .filter(|&m| matches!(d.mentions[m].label, EntityType::Person | EntityType::Org))
    };
    let k = a.tok_at(c.close_end);
    if k < n && a.tokens[k].start < c.para.end {
        return named(k, a.tok_at(c.para.end)).map(|m| Attribution { speaker: Some(m), verb: None });
    }
    if !a.text[c.close_end.min(c.para.end)..c.para.end].trim().is_empty() {
        return None;
    }
    let li = a.lines.partition_point(|l| l.start <= c.para.start);
    let next = a.lines[li..].iter().take(3).find(|l| !l.slice(a.text).trim().is_empty())?;
    let k = a.tok_at(next.start);
    let short = a.token_range(next.start, next.end).len() <= 24;
    short.then(|| named(k, a.tok_at(next.end))).flatten().map(|m| Attribution { speaker: Some(m), verb: None })
}

/// The nearest reporting verb before the opening mark (token `open_tok`), back
/// to token `lo`, with its speaker: "Musk … wrote “…”", "said Smith: “…”",
/// "according to X, “…”".
fn before_verb(d: &Discourse, lo: usize, open_tok: usize, recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    // A passive verb ("were being asked to pay for “…”") says nothing of who speaks: an
    // earlier verb of the clause may ("His members, he argued, were being asked …"). Not "was
    // quoted as saying", nor "was asked whether …", whose subject answers.
    let mut passive: Option<Attribution> = None;
    // "which the company views as “…”", "rejected the report as “…”": a verb characterising
    // something as the quoted words attributes them, like a reporting verb, unless one reports
    // it ("the ministry said it viewed the move as “…”" is the ministry's).
    let as_quoted = open_tok > lo && a.low(open_tok - 1) == "as";
    let characterises = |v: usize| {
        as_quoted
            && CHARACTERISING_VERBS.contains(a.tok(v))
            && d.mention_at(v).is_none()
            && !(v > 0 && ATTRIBUTIVE_DETERMINERS.contains(a.low(v - 1)))
            && !(lo..v).any(|u| is_reporting_verb(d, u))
    };
    // A verb of a relative clause on a noun, before "be", is no attribution: "the letter Mike wrote
    // was “…”" describes the letter in the clause's words ("What he said was “…”" is still his).
    let determiner = |k: usize| ATTRIBUTIVE_DETERMINERS.contains(a.low(k)) || POSSESSIVES.contains(a.low(k));
    let in_relative = |v: usize| {
        let name = d.mention_at(v - 1);
        let subject = name.map_or(v - 1, |m| a.tok_at(d.mentions[m].span.start));
        let named = name.is_some() || pronoun(a.low(v - 1)).is_some();
        BE_FORMS.contains(a.low(v + 1))
            && named
            && subject >= lo + 2
            && a.tok(subject - 1).chars().all(|c| c.is_lowercase())
            && !determiner(subject - 1)
            && determiner(subject - 2)
    };
    for v in (lo..open_tok).rev() {
        if v > lo && is_reporting_verb(d, v) && in_relative(v) {
            continue;
        }
        let reporting = is_reporting_verb(d, v) || characterises(v);
        let answers = a.low(v) == "quoted" || (a.low(v) == "asked" && a.low(v + 1) != "to");
        if reporting && !answers && after_be(a, v, lo) {
            passive = passive.or_else(|| Some(Attribution { speaker: None, verb: Some(a.low(v).to_string()) }));
            continue;
        }
        if reporting {
            let mut speaker = subject_of(d, v, lo, recent);
            // A participle right after a place that is a preposition's object is not the place's:
            // "Liam took a taxi back to London saying he had “…”" is Liam's.
            let s0 = a.sentences[a.sentence_of_token(v)].tokens.start;
            let pp_object = speaker.is_some_and(|m| {
                let (st, e) = (a.tok_at(d.mentions[m].span.start), a.tok_at(d.mentions[m].span.end));
                e == v && st > s0 && PREPOSITIONS.contains(a.low(st - 1)) && d.mentions[m].label == EntityType::Loc
            });
            if pp_object && a.low(v).ends_with("ing") {
                speaker = d.sentence_topic_person(a.sentence_of_token(v), a.tokens[v].start, recent);
            }
            // A verb coordinated with one before an earlier quote: "He calls it “exciting,”
            // but cautions that “…”" takes the sentence's subject.
            if speaker.is_none() && v > lo && s0 < lo && matches!(a.low(v - 1), "but" | "and") {
                speaker = subject_of(d, v, s0, recent);
            }
            // A participle after a comma ("Roe said …, adding that it was “…”", also past the
            // closing mark of an earlier quote: "…,” adding “…”") speaks for the subject of the
            // sentence's reporting verb before it, or the person the sentence is about.
            let before = if v >= 2 && matches!(a.tok(v - 1), "”" | "\"" | "’") { v - 2 } else { v - 1 };
            if speaker.is_none() && v > s0 && before >= s0 && a.low(v).ends_with("ing") && matches!(a.low(before), "," | "and") {
                speaker = (s0..v - 1)
                    .rev()
                    .find(|&u| is_reporting_verb(d, u))
                    .and_then(|u| subject_of(d, u, s0, recent))
                    .or_else(|| d.sentence_topic_person(a.sentence_of_token(v), a.tokens[v].start, recent));
            }
            // "said Smith: “…”", the verb opening its clause; not "A Labour MP told The Times: “…”",
            // where the subject is there but unnamed, nor a pronoun opening the reported clause
            // after a comma that closes the subject's relative clause ("Her aide, who asked not
            // to be named, said she was “…”").
            let inverted = (v == lo || is_punctuation_token(a.tok(v - 1))) && !is_personal_pronoun(a.low(v + 1));
            if speaker.is_none() && v + 1 < open_tok && inverted {
                speaker = d.subject_after(v, open_tok, recent);
            }
            return Some(Attribution { speaker, verb: Some(a.low(v).to_string()) });
        }
        if let Some(at) = according_to(d, v, open_tok, recent) {
            return Some(at);
        }
    }
    passive
}

/// "according to X" at token `k`, X named before token `hi`: X's words, or nobody's when X is
/// unnamed ("according to a statement from her office").
pub(super) fn according_to(d: &Discourse, k: usize, hi: usize, recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    (a.low(k) == "according" && k + 1 < hi && a.low(k + 1) == "to")
        .then(|| Attribution { speaker: d.subject_after(k + 1, hi, recent), verb: Some("according to".into()) })
}

/// Speaker from a reporting verb next to the quote, in its paragraph, or from a
/// dash line after it. `recent` are the speakers of the quotes before it.
///
/// A verb that found no one (an unnamed subject: "…,” the prosecutor's office
/// said) gives way to a verb right before the opening mark that names the
/// speaker ("he said, “…,” the office said": the words are his, reported).
pub(super) fn direct_attribution(d: &Discourse, c: &Cand, recent: &[Said]) -> Option<Attribution> {
    let at = attribution_near(d, c, recent).or_else(|| speech_noun_owner(d, c));
    if at.as_ref().is_some_and(|at| at.speaker.is_none())
        && let Some(lead) = lead_verb(d, c, recent)
    {
        return Some(lead);
    }
    at
}

/// The owner of a noun of something said right before the opening mark of `c`
/// (`speech_nouns.txt`), a person or an organisation: "Trump's pledge to “…”",
/// "directives from Xi to “…”", "a warning from the WHO that it would “…”" (a
/// clause of up to six words may stand after "that").
fn speech_noun_owner(d: &Discourse, c: &Cand) -> Option<Attribution> {
    let a = d.a;
    let open = a.tok_at(c.open);
    let lo = clause_start(a, c);
    let owner = |k: usize| d.mention_of(k, &[EntityType::Person, EntityType::Org]);
    let noun = |k: usize| SPEECH_NOUNS.contains(a.low(k));
    let mut k = open.checked_sub(1).filter(|&k| k >= lo)?;
    if matches!(a.low(k), "to" | "of" | "for") {
        k = k.checked_sub(1)?;
    } else if let Some(t) = (k.saturating_sub(6).max(lo)..=k).rev().find(|&t| a.low(t) == "that") {
        k = t.checked_sub(1)?;
    }
    if k < lo + 1 {
        return None;
    }
    let speaker = if let Some(m) = owner(k) {
        // "NOUN from|by (the) X"
        let mut s = a.tok_at(d.mentions[m].span.start);
        if s > lo && a.low(s - 1) == "the" {
            s -= 1;
        }
        (s >= lo + 2 && matches!(a.low(s - 1), "from" | "by") && noun(s - 2)).then_some(m)
    } else {
        // "X's NOUN"
        (noun(k) && k >= lo + 2 && is_possessive(a.tok(k - 1))).then(|| owner(k - 2)).flatten()
    };
    speaker.map(|m| Attribution { speaker: Some(m), verb: None })
}

/// The first token of the clause before the opening mark of `c`: back to the
/// sentence start, the previous quotation mark or the paragraph start, 40 tokens at most.
fn clause_start(a: &Analysis, c: &Cand) -> usize {
    let open_tok = a.tok_at(c.open);
    let mut before_lo = open_tok;
    while before_lo > 0 && before_lo + 40 > open_tok && a.tokens[before_lo - 1].start >= c.para.start {
        if is_quote_mark(a, before_lo - 1) || is_sentence_end(a, before_lo - 1) {
            break;
        }
        before_lo -= 1;
    }
    before_lo
}

/// A reporting verb right before the opening mark, past a comma or colon ("he
/// said, “…”"), with the speaker its subject names.
fn lead_verb(d: &Discourse, c: &Cand, recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    let open_tok = a.tok_at(c.open);
    let lo = clause_start(a, c);
    if open_tok < lo + 3 || !matches!(a.tok(open_tok - 1), "," | ":") || !is_reporting_verb(d, open_tok - 2) {
        return None;
    }
    before_verb(d, lo, open_tok, recent).filter(|at| at.speaker.is_some())
}

/// [`direct_attribution`] before its fallback to a lead verb.
fn attribution_near(d: &Discourse, c: &Cand, recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    let n = a.tokens.len();
    if c.closed
        && let Some(at) = dash_attribution(d, c)
    {
        return Some(at);
    }
    // Tokens after the closing mark, to the end of the clause.
    let after_lo = a.tok_at(c.close_end);
    let mut after_hi = after_lo;
    let mut paren = false; // inside "( … )", where a period ends an abbreviation ("(D-Md.)")
    while after_hi < n && after_hi < after_lo + 40 && a.tokens[after_hi].start < c.para.end {
        let t = a.tok(after_hi);
        if is_quote_mark(a, after_hi) || (is_sentence_end(a, after_hi) && !paren) {
            break;
        }
        paren = match t {
            "(" => true,
            ")" => false,
            _ => paren,
        };
        after_hi += 1;
    }
    // Tokens before the opening mark, back to the sentence start or the previous quote.
    let open_tok = a.tok_at(c.open);
    let before_lo = clause_start(a, c);
    let verb_at = |i: usize| -> Attribution { Attribution { speaker: None, verb: Some(a.low(i).to_string()) } };

    // A quotation inside its sentence's run, after a lowercase word and with no punctuation closing
    // it, is a phrase of that sentence, not a quote set off for a verb after it: in "voters say that
    // “honest” describes Biden" the verb after it is the quotation's own.
    let inner = a.text[c.start..c.end].trim_end();
    let unpunctuated = !(inner.ends_with([',', '?', '!', '.', '…', '—', ';', ':']) || after_lo < after_hi && a.tok(after_lo) == ",");
    let embedded = unpunctuated && open_tok > before_lo && a.tok(open_tok - 1).chars().all(|ch| ch.is_lowercase());
    // 1. Tight attribution after the quote: "…,” said Tester", "…,” he said", "…,” Trump simpered".
    if c.closed {
        let mut k = after_lo;
        if k < after_hi && a.tok(k) == "," {
            k += 1;
        }
        // A quote ending its sentence ("….” Asked whether …") takes only "….” Trump said".
        // A question or exclamation before a lowercase word goes on ("“Why?” asked Roe").
        let lower_next = k < after_hi && a.tok(k).starts_with(char::is_lowercase);
        let ends_sentence = inner.ends_with('.') || (inner.ends_with(['?', '!']) && !lower_next);
        if k < after_hi {
            let w = a.low(k);
            // Subject then verb: "Trump said", "he advised", "the company said".
            let mut s = k;
            // A name first: "He" may open one ("He Lifeng said").
            if let Some(m) = d.subject_mention_at(k) {
                s = d.index().run_end(m, s, after_hi);
            } else if pronoun(w).is_some() || d.name_backoff(k).is_some() {
                s += 1;
            } else if w == "the" && k + 1 < after_hi && is_role_noun(a.low(k + 1)) {
                s += 2;
            }
            // An adverb between: "Brooke tearfully asked".
            if s > k && s + 1 < after_hi && is_ly_adverb(a.low(s)) {
                s += 1;
            }
            // "….” Smith agreed: “…”", "….” Lincoln wrote on the letter: “…”": a clause a colon
            // ends introduces the next quote.
            let colon_before_next = after_hi < n && is_quote_mark(a, after_hi) && a.tok(after_hi - 1) == ":";
            let introduces_next = ends_sentence && s + 1 < after_hi && (a.tok(s + 1) == ":" || colon_before_next);
            // "….” Fry added that her brother …": a new sentence reporting something else.
            let reports_other = ends_sentence && s + 1 < after_hi && a.low(s + 1) == "that";
            // A verb the list lacks after a quote that ends its sentence must end the clause too
            // ("….” he sighed."), not open a new one ("….” He played chess").
            let unlisted_ok = !ends_sentence || s + 1 >= n || is_sentence_end(a, s + 1) || a.tok(s + 1) == ",";
            let verb = is_reporting_verb(d, s) || (unlisted_ok && looks_like_past_verb(a.low(s)));
            if s > k && s < after_hi && !introduces_next && !reports_other && verb {
                let mut at = verb_at(s);
                at.speaker = subject_of(d, s, k, recent);
                return Some(at);
            }
            // A name with an apposition, then the verb: "….” Dylan Nelson, a fellow at X, said".
            if let Some(m) = d.mention_of(k, &[EntityType::Person])
                && s < after_hi
                && a.tok(s) == ","
                && d.opens_apposition(s + 1)
                && let Some(v) = (s + 1..after_hi).find(|&v| is_reporting_verb(d, v))
                && subject_of(d, v, k, recent).is_some_and(|x| d.referent(x) == d.referent(m))
            {
                let mut at = verb_at(v);
                at.speaker = Some(m);
                return Some(at);
            }
        }
        // A participle after the quote with no subject of its own ("…,” adding that …")
        // takes the subject of the clause before the quote, if it has one.
        let mut participle: Option<Attribution> = None;
        if k < after_hi && !ends_sentence {
            // "…,” said Tester", and a verb the list lacks before a name: "…,” lamented Basuki".
            let inverted_past = looks_like_past_verb(a.low(k)) && d.mention_of(k + 1, &[EntityType::Person]).is_some();
            if (is_reporting_verb(d, k) || inverted_past) && !embedded {
                let mut at = verb_at(k);
                at.speaker = d.subject_after(k, after_hi, recent);
                // A participle of the quoted sentence, not its attribution ("…little deal”
                // announced in October, said Derek Scissors"): the inverted verb after its comma.
                if at.speaker.is_none()
                    && let Some(v) = (k + 2..after_hi).find(|&v| a.tok(v - 1) == "," && is_reporting_verb(d, v))
                    && let Some(m) = d.subject_after(v, after_hi, recent)
                {
                    return Some(Attribution { speaker: Some(m), verb: Some(a.low(v).to_string()) });
                }
                if at.speaker.is_some() || !a.low(k).ends_with("ing") {
                    return Some(at);
                }
                participle = Some(at);
            }
            if let Some(at) = according_to(d, k, after_hi, recent) {
                // An unnamed source ("according to an internal memo") leaves the words to a
                // reporting verb before the quote with a subject: "what Mark Zuckerberg called “…”".
                if at.speaker.is_none()
                    && let Some(b) = before_verb(d, before_lo, open_tok, recent).filter(|b| b.speaker.is_some())
                {
                    return Some(b);
                }
                return Some(at);
            }
            // The verb within eight words of the quote, not counting a parenthetical ("Rep. Jane Roe (D-Md.) said").
            // (Not past a participle that opens the clause: "…,” adding that …".)
            let scan = if participle.is_some() { k..k } else { k..after_hi };
            let mut counted = 0;
            let mut paren = false;
            for v in scan {
                paren = match a.tok(v) {
                    "(" => true,
                    ")" => false,
                    _ => paren,
                };
                if !paren {
                    counted += 1;
                }
                if counted > 8 {
                    break;
                }
                // (After a quotation inside its sentence's run, only a verb past a comma: "to “block”
                // discussions, Ruiz said", not "a “new mandate” would be agreed".)
                if is_reporting_verb(d, v) && (!embedded || (k..v).any(|j| a.tok(j) == ",")) {
                    let mut at = verb_at(v);
                    at.speaker = subject_of(d, v, k, recent);
                    // A participle, or a verb coordinated with the clause before the quote
                    // ("She called it “…” and promised to …"): its subject is that clause's.
                    let elided = a.low(v).ends_with("ing") || (v > k && matches!(a.low(v - 1), "and" | "but" | "then" | "or"));
                    if at.speaker.is_none() && elided {
                        participle = Some(at);
                        break;
                    }
                    return Some(at);
                }
            }
        }
        if let Some(mut p) = participle {
            return Some(match before_verb(d, before_lo, open_tok, recent) {
                Some(b) if b.speaker.is_some() => b,
                _ => {
                    p.speaker = d.sentence_topic_person(a.sentence_of(c.open), c.open, recent);
                    p
                }
            });
        }
    }
    // "He went on: “…”", "she hit back: “…”": a person's clause that a colon ends, with a verb the
    // list lacks (a word in lowercase, past a particle) right after its subject.
    if open_tok >= before_lo + 3 && a.tok(open_tok - 1) == ":" {
        let mut v = open_tok - 2;
        if v > before_lo + 1 && VERB_PARTICLES.contains(a.low(v)) {
            v -= 1;
        }
        let lower_word = a.tok(v).chars().all(|ch| ch.is_lowercase());
        let person =
            d.subject_mention_at(v - 1).is_some_and(|m| d.mentions[m].label == EntityType::Person) || is_personal_pronoun(a.low(v - 1));
        let vw = a.low(v);
        if lower_word && person && !BE_FORMS.contains(vw) && !is_reporting_verb(d, v) {
            let verb = (v + 2 == open_tok && looks_like_past_verb(vw)).then(|| vw.to_string());
            return Some(Attribution { speaker: subject_of(d, v, before_lo, recent), verb });
        }
    }
    // 2. A reporting verb before the quote: "Musk … wrote “…”", "The project, Trump announced, would be “…”".
    if let Some(at) = before_verb(d, before_lo, open_tok, recent) {
        return Some(at);
    }
    // Headline style "Starmer: ‘We will fix it’": the name is all the clause before the colon
    // ("… collaborating with Smith and York: “…”" is not York's).
    if open_tok >= before_lo + 2
        && a.tok(open_tok - 1) == ":"
        && let Some(m) = d.subject_mention_at(open_tok - 2)
        && matches!(d.mentions[m].label, EntityType::Person | EntityType::Org)
        && (before_lo..a.tok_at(d.mentions[m].span.start)).all(|k| !a.tok(k).chars().any(char::is_alphanumeric))
    {
        return Some(Attribution { speaker: Some(m), verb: None });
    }
    // "Tester quipped, “…”" with a verb not in the list.
    if open_tok >= before_lo + 3 && matches!(a.tok(open_tok - 1), "," | ":") {
        let v = open_tok - 2;
        let vw = a.low(v);
        let subj = d.subject_mention_at(v - 1).is_some() || is_person_pronoun(a.low(v - 1));
        if subj && looks_like_past_verb(vw) {
            return Some(Attribution { speaker: subject_of(d, v, before_lo, recent), verb: Some(vw.to_string()) });
        }
    }
    // 3. Looser: a verb later in the clause after the quote ("…” be struck down, he told reporters).
    if c.closed && !a.text[c.start..c.end].trim_end().ends_with(['.', '?', '!']) {
        for v in after_lo..after_hi {
            if is_reporting_verb(d, v) {
                let mut at = verb_at(v);
                at.speaker = subject_of(d, v, after_lo, recent);
                return Some(at);
            }
        }
    }
    None
}
