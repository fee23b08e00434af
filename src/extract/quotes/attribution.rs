//! Who said a quotation: a reporting verb next to it ("…,” he said", "said
//! Tester", "Musk wrote “…”", "according to X"), else its context (the previous
//! quotation of the paragraph, an introducing sentence such as "Hours later,
//! Altman responded.", a paragraph about a person). The speaker finders and
//! pronoun and role resolution are the discourse layer's.

use super::candidates::Cand;
use crate::extract::discourse::Discourse;
use crate::extract::discourse::words::{is_person_pronoun, is_role_noun};
use crate::extract::rows::EntityType;
use crate::lexicon::REPORTING_VERBS;

/// How a quote's speaker was found.
#[derive(Debug, Clone)]
pub(super) struct Attribution {
    /// The speaker, an index into the mentions.
    pub speaker: Option<usize>,
    /// The reporting verb as written, lowercase.
    pub verb: Option<String>,
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "“" | "”" | "\"" | "«" | "»" | "‘")
}

fn is_sentence_end(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | ";") || (t.len() > 1 && t.chars().all(|c| c == '.'))
}

/// A lowercase past-tense form not in the verb list, read as a reporting verb
/// right after a subject ("…,” Trump simpered", "Tester quipped, “…”").
fn looks_like_past_verb(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") && w.chars().all(|ch| ch.is_ascii_lowercase())
}

/// Speaker from a reporting verb next to the quote, in its paragraph.
pub(super) fn direct_attribution(d: &Discourse, c: &Cand) -> Option<Attribution> {
    let a = d.a;
    let n = a.tokens.len();
    // Tokens after the closing mark, to the end of the clause.
    let after_lo = a.tok_at(c.close_end);
    let mut after_hi = after_lo;
    while after_hi < n && after_hi < after_lo + 20 && a.tokens[after_hi].start < c.para.end {
        let t = a.tok(after_hi);
        if is_quote_mark(t) || is_sentence_end(t) {
            break;
        }
        after_hi += 1;
    }
    // Tokens before the opening mark, back to the sentence start or the previous quote.
    let open_tok = a.tok_at(c.open);
    let mut before_lo = open_tok;
    while before_lo > 0 && before_lo + 40 > open_tok && a.tokens[before_lo - 1].start >= c.para.start {
        let t = a.tok(before_lo - 1);
        if is_quote_mark(t) || is_sentence_end(t) {
            break;
        }
        before_lo -= 1;
    }
    let verb_at = |i: usize| -> Attribution { Attribution { speaker: None, verb: Some(a.low(i).to_string()) } };

    // 1. Tight attribution after the quote: "…,” said Tester", "…,” he said", "…,” Trump simpered".
    if c.closed {
        let mut k = after_lo;
        if k < after_hi && a.tok(k) == "," {
            k += 1;
        }
        // A quote ending its sentence ("….” Asked whether …") takes only "….” Trump said".
        let ends_sentence = a.text[c.start..c.end].trim_end().ends_with(['.', '?', '!']);
        if k < after_hi {
            let w = a.low(k);
            // Subject then verb: "Trump said", "he advised", "the company said".
            let mut s = k;
            if is_person_pronoun(w) {
                s += 1;
            } else if let Some(m) = d.subject_mention_at(k) {
                s = d.index().run_end(m, s, after_hi);
            } else if d.name_backoff(k).is_some() {
                s += 1;
            } else if w == "the" && k + 1 < after_hi && is_role_noun(a.low(k + 1)) {
                s += 2;
            }
            if s > k && s < after_hi {
                let vw = a.low(s);
                if REPORTING_VERBS.contains(vw) || looks_like_past_verb(vw) {
                    let mut at = verb_at(s);
                    at.speaker = d.subject_before(s, k);
                    return Some(at);
                }
            }
        }
        if k < after_hi && !ends_sentence {
            let w = a.low(k);
            if REPORTING_VERBS.contains(w) {
                let mut at = verb_at(k);
                at.speaker = d.subject_after(k, after_hi);
                return Some(at);
            }
            if w == "according" && k + 1 < after_hi && a.low(k + 1) == "to" {
                return Some(Attribution { speaker: d.subject_after(k + 1, after_hi), verb: Some("according to".into()) });
            }
            for v in k..after_hi.min(k + 8) {
                let vw = a.low(v);
                if REPORTING_VERBS.contains(vw) {
                    let mut at = verb_at(v);
                    at.speaker = d.subject_before(v, k);
                    return Some(at);
                }
            }
        }
    }
    // 2. A reporting verb before the quote: "Musk … wrote “…”", "The project, Trump announced, would be “…”".
    for v in (before_lo..open_tok).rev() {
        let w = a.low(v);
        if REPORTING_VERBS.contains(w) {
            let mut at = verb_at(v);
            at.speaker = d.subject_before(v, before_lo);
            if at.speaker.is_none() && v + 1 < open_tok {
                // "said Smith: “…”"
                at.speaker = d.subject_after(v, open_tok);
            }
            return Some(at);
        }
        if w == "according" && v + 1 < open_tok && a.low(v + 1) == "to" {
            return Some(Attribution { speaker: d.subject_after(v + 1, open_tok), verb: Some("according to".into()) });
        }
    }
    // Headline style "Starmer: ‘We will fix it’".
    if open_tok >= before_lo + 2
        && a.tok(open_tok - 1) == ":"
        && let Some(m) = d.subject_mention_at(open_tok - 2)
        && matches!(d.mentions[m].label, EntityType::Person | EntityType::Org)
    {
        return Some(Attribution { speaker: Some(m), verb: None });
    }
    // "Tester quipped, “…”" with a verb not in the list.
    if open_tok >= before_lo + 3 && matches!(a.tok(open_tok - 1), "," | ":") {
        let v = open_tok - 2;
        let vw = a.low(v);
        let subj = d.subject_mention_at(v - 1).is_some() || is_person_pronoun(a.low(v - 1));
        if subj && looks_like_past_verb(vw) {
            return Some(Attribution { speaker: d.subject_before(v, before_lo), verb: Some(vw.to_string()) });
        }
    }
    // 3. Looser: a verb later in the clause after the quote ("…” be struck down, he told reporters).
    if c.closed && !a.text[c.start..c.end].trim_end().ends_with(['.', '?', '!']) {
        for v in after_lo..after_hi {
            let w = a.low(v);
            if REPORTING_VERBS.contains(w) {
                let mut at = verb_at(v);
                at.speaker = d.subject_before(v, after_lo);
                return Some(at);
            }
        }
    }
    None
}

/// Speaker from the context when no verb is next to the quote.
pub(super) fn context_attribution(d: &Discourse, c: &Cand, done: &[(Cand, Attribution)]) -> Option<Attribution> {
    let a = d.a;
    // The previous quote of the same paragraph, or of the previous paragraph when this
    // quote opens its own.
    let starts_para = a.text[c.para.start..c.open].trim().is_empty();
    if let Some((pc, pa)) = done.iter().rev().find(|(pc, _)| pc.group != c.group && pc.start < c.start) {
        let same_para = pc.para == c.para;
        let prev_para = starts_para && a.text[pc.para.end..c.para.start].trim().is_empty() && a.text[pc.close_end..pc.para.end].len() < 200;
        if (same_para || prev_para) && pa.speaker.is_some() {
            return Some(pa.clone());
        }
    }
    if a.sentences.is_empty() {
        return None;
    }
    // The sentence before the quote introduces it: "Hours later, Altman responded." / "…:".
    let s = a.sentence_of(c.open);
    let sent = &a.sentences[s];
    let mut prev = s;
    if sent.start >= c.open || a.text[sent.start..c.open].trim().is_empty() {
        prev = s.checked_sub(1)?;
    }
    let ps = &a.sentences[prev];
    if ps.end > c.open {
        return None;
    }
    let ptext = &a.text[ps.start..ps.end];
    if !ptext.contains(['“', '”', '"']) {
        let toks = ps.tokens.clone();
        if let Some(v) = toks.clone().find(|&i| REPORTING_VERBS.contains(a.low(i)))
            && let Some(sp) = d.subject_before(v, toks.start)
        {
            return Some(Attribution { speaker: Some(sp), verb: Some(a.low(v).to_string()) });
        }
        if ptext.trim_end().ends_with(':')
            && let Some(&m) = d.sentence_mentions(prev).first()
        {
            return Some(Attribution { speaker: Some(m), verb: None });
        }
    }
    // A quoted paragraph after a sentence about a person (its subject comes first).
    if starts_para {
        let first = ps.tokens.start;
        if let Some(&m) = d.sentence_mentions(prev).first() {
            let mm = &d.mentions[m];
            if mm.label == EntityType::Person && first < a.tokens.len() && mm.span.start <= a.tokens[first].end {
                return Some(Attribution { speaker: Some(m), verb: None });
            }
        }
    }
    None
}
