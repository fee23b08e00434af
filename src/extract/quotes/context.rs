//! Who said a quotation that has no reporting verb next to it: the previous
//! quotation of its paragraph, an introducing sentence ("Hours later, Altman
//! responded." / "…:"; a topic line "On the fans: “…”" goes on with the last speaker), a
//! sentence about a person just before, or, for a paragraph that
//! is nothing but the quotation, the speaker of the quotations just before it
//! (a speech quoted over several paragraphs) or, with none, the person the
//! sentence before introduced ("…, Owen Dempsey, a chest doctor.").

use super::attribution::{Attribution, according_to, after_be, is_reporting_verb};
use super::candidates::{Cand, OPENING_MARKS};
use crate::extract::analysis::Analysis;
use crate::extract::discourse::words::{is_person_role, is_personal_pronoun, possessive_pronoun};
use crate::extract::discourse::{Discourse, Said};
use crate::extract::rows::EntityType;
use crate::lexicon::{BE_FORMS, INDEFINITE_DETERMINERS, POSSESSIVES, TOPIC_LEADS, VIEWPOINT_NOUNS};

/// How many paragraphs back a quote-only paragraph looks for the speaker it continues.
const CONTINUE_PARAGRAPHS: usize = 3;

/// The quotations of the paragraph of `c` so far, `c` included, as (opening
/// mark, end) in text order. `done` is in text order, so they are one run in
/// it, at its end or before the quotations of later paragraphs (`c` may be
/// the first of a group that runs on).
fn paragraph_quotes(c: &Cand, done: &[(Cand, Attribution)]) -> Vec<(usize, usize)> {
    let mut parts: Vec<(usize, usize)> = done
        .iter()
        .rev()
        .skip_while(|(p, _)| p.para.start > c.para.start)
        .take_while(|(p, _)| p.para == c.para)
        .map(|(p, _)| (p.open, p.close_end))
        .collect();
    parts.reverse();
    parts.push((c.open, c.close_end));
    parts.sort_unstable();
    parts
}

/// Where the first quotation of the paragraph of `c` opens when the paragraph
/// opens with a mark that pairs with nothing: the words after that mark are
/// quoted too ("“It is a “fake”. “And I think …”": the first mark's close was lost).
fn after_stray_mark(a: &Analysis, c: &Cand, done: &[(Cand, Attribution)]) -> Option<usize> {
    let para = &a.text[c.para.start..c.para.end];
    let lead = c.para.start + (para.len() - para.trim_start().len());
    let first = paragraph_quotes(c, done)[0].0;
    (para.trim_start().starts_with(OPENING_MARKS) && first > lead).then_some(first)
}

/// Is the paragraph of `c` nothing but quotations (and punctuation), past the
/// words of a stray opening mark ([`after_stray_mark`])?
fn quote_only_paragraph(d: &Discourse, c: &Cand, done: &[(Cand, Attribution)]) -> bool {
    let a = d.a;
    let mut outside = String::new();
    let parts = paragraph_quotes(c, done);
    let mut at = after_stray_mark(a, c, done).unwrap_or(c.para.start);
    for (o, e) in parts {
        if o >= at {
            outside.push_str(&a.text[at..o]);
        }
        at = at.max(e);
    }
    outside.push_str(&a.text[at.min(c.para.end)..c.para.end]);
    !outside.chars().any(char::is_alphanumeric)
}

/// The last quotation before `c` that has a speaker, with its attribution.
fn last_attributed<'d>(c: &Cand, done: &'d [(Cand, Attribution)]) -> Option<&'d (Cand, Attribution)> {
    done.iter().rev().find(|(pc, pa)| pc.start < c.start && pa.speaker.is_some())
}

/// Do tokens `from..to` put their subject in the passive or describe it: a form
/// of "be" (past an adverb) before a past participle or a determiner ("was
/// sentenced to", "is widely seen as", "was a nurse who had")?
fn describes_subject(d: &Discourse, from: usize, to: usize) -> bool {
    let a = d.a;
    (from + 1..to).any(|k| {
        let w = a.low(k);
        let participle = w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")) && a.tok(k).starts_with(|c: char| c.is_lowercase());
        (participle || INDEFINITE_DETERMINERS.contains(w) || w == "the") && after_be(a, k, from)
    })
}

/// The person a sentence's fronted viewpoint phrase names: "In her view, …", "In Smith's words,
/// …", "For him, …", "To Smith, …"; a quotation in the sentence states their view.
fn viewpoint_holder(d: &Discourse, s: usize, recent: &[Said]) -> Option<usize> {
    let a = d.a;
    let toks = a.sentences.get(s)?.tokens.clone();
    let t = toks.start;
    let lead = a.low(t);
    let holder_at = t + 1;
    if holder_at >= toks.end || !matches!(lead, "in" | "from" | "for" | "to") {
        return None;
    }
    // The holder: a pronoun ("her", "his", "him") or a person's name, and where it ends.
    let w = a.low(holder_at);
    let subject = if w == "him" { Some("he") } else { possessive_pronoun(w) }.filter(|p| is_personal_pronoun(p));
    let (holder, mut k) = match subject {
        Some(p) => (d.resolve_speaker_pronoun(p, a.tokens[holder_at].start, recent)?, holder_at + 1),
        None => {
            let m = d.subject_mention_at(holder_at).filter(|&m| d.mentions[m].label == EntityType::Person)?;
            (m, d.index().run_end(m, holder_at, toks.end))
        }
    };
    if matches!(lead, "in" | "from") {
        if k < toks.end && POSSESSIVES.contains(a.tok(k)) {
            k += 1;
        }
        if k >= toks.end || !VIEWPOINT_NOUNS.contains(a.low(k)) {
            return None;
        }
        k += 1;
    }
    (k < toks.end && a.tok(k) == "," && d.mentions[holder].label == EntityType::Person).then_some(holder)
}

/// A person sentence `s` ends by introducing, with an apposition that describes
/// them: "…advice from one of the authors, Owen Dempsey, a chest doctor at the
/// Royal Infirmary." Only names are introduced (no pronoun, no quotation in the
/// sentence), and nobody is named after the apposition but its organisations and places.
fn introduced_last(d: &Discourse, s: usize) -> Option<usize> {
    let a = d.a;
    let sent = a.sentences.get(s)?;
    if a.text[sent.start..sent.end].contains(['“', '”', '"']) {
        return None;
    }
    let ms = d.sentence_mentions(s);
    let k = ms.iter().rposition(|&m| d.mentions[m].label == EntityType::Person)?;
    let m = ms[k];
    let after = a.tok_at(d.mentions[m].span.end);
    if after + 1 >= sent.tokens.end || a.tok(after) != "," {
        return None;
    }
    let next = a.low(after + 1);
    let describes = INDEFINITE_DETERMINERS.contains(next) || matches!(next, "the" | "who") || is_person_role(next);
    (describes && !ms[k + 1..].iter().any(|&o| d.mentions[o].label == EntityType::Person)).then_some(m)
}

/// Does a sentence wholly between bytes `from` and `to` open with someone
/// unnamed, a relation or an indefinite person ("His friend nods.", "A
/// neighbour agreed.")? The quotation after it is no longer the previous speaker's.
fn someone_unnamed_between(d: &Discourse, from: usize, to: usize) -> bool {
    let a = d.a;
    a.sentences
        .iter()
        .filter(|s| s.start >= from && s.end <= to)
        .any(|s| s.tokens.clone().find(|&t| a.tok(t).chars().any(char::is_alphanumeric)).is_some_and(|t| d.unnamed_person_at(t)))
}

/// Does `text` hold a double quotation mark (two apostrophes included)?
fn has_quotation_marks(text: &str) -> bool {
    text.contains(['“', '”', '"']) || text.contains("''")
}

/// The speaker of a paraphrase the sentence before ends by attributing ("The
/// drug works in mice, Howitt says. Just because it works in mice, “that does
/// not mean …”"), for a quotation inside sentence `s` of the same paragraph
/// that names no one and has no reporting verb before it.
fn paraphrase_before(d: &Discourse, c: &Cand, s: usize, recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    let prev = s.checked_sub(1).filter(|&p| a.sentences[p].start >= c.para.start)?;
    let own = a.sentences[s].tokens.start..a.tok_at(c.open);
    let someone = |k: usize| is_personal_pronoun(a.low(k)) || possessive_pronoun(a.low(k)).is_some();
    if own.clone().any(|k| d.mention_at(k).is_some() || is_reporting_verb(d, k) || someone(k)) {
        return None;
    }
    let ps = &a.sentences[prev];
    if has_quotation_marks(&a.text[ps.start..ps.end]) {
        return None;
    }
    let toks = ps.tokens.clone();
    let v = toks.clone().rev().find(|&i| is_reporting_verb(d, i))?;
    let sp = d.subject_before(v, toks.start, recent).filter(|&m| d.mentions[m].label == EntityType::Person)?;
    Some(Attribution { speaker: Some(sp), verb: Some(a.low(v).to_string()) })
}

/// Speaker from the context when no verb is next to the quote. `done` holds
/// the quotes before it with their attributions, `recent` the speakers so far.
pub(super) fn context_attribution(d: &Discourse, c: &Cand, done: &[(Cand, Attribution)], recent: &[Said]) -> Option<Attribution> {
    let a = d.a;
    // The previous quote of the same paragraph, or of the previous paragraph when this
    // quote opens its own (past words after a mark that opens the paragraph and pairs
    // with nothing: they are quoted too).
    let starts_para = a.text[c.para.start..c.open].trim().is_empty() || after_stray_mark(a, c, done) == Some(c.open);
    if let Some((pc, pa)) = done.iter().rev().find(|(pc, _)| pc.group != c.group && pc.start < c.start) {
        let same_para = pc.para == c.para;
        let prev_para = starts_para && a.text[pc.para.end..c.para.start].trim().is_empty() && a.text[pc.close_end..pc.para.end].len() < 200;
        if (same_para || prev_para) && pa.speaker.is_some() && !someone_unnamed_between(d, pc.close_end, c.open) {
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
    // Past the quoted words of a paragraph-opening mark, to the sentence before the paragraph.
    while starts_para && a.sentences[prev].start >= c.para.start {
        prev = prev.checked_sub(1)?;
    }
    let ps = &a.sentences[prev];
    if ps.end > c.open {
        if let Some(m) = viewpoint_holder(d, prev, recent) {
            return Some(Attribution { speaker: Some(m), verb: None });
        }
        // Introduced by a colon in its own sentence: "Smith was blunt: “…”".
        let before = a.text[ps.start..c.open].trim_end();
        if before.ends_with(':') {
            // A topic line ("On Dele Alli: “…”": a short phrase, no comma, no verb of being or
            // saying, unlike "On Monday Smith was blunt:") names no speaker: the quotation goes
            // on with the last one quoted in the paragraphs before it.
            let lead = ps.tokens.start..a.tok_at(c.open);
            let verb = |k: usize| BE_FORMS.contains(a.low(k)) || is_reporting_verb(d, k);
            if TOPIC_LEADS.contains(a.low(lead.start)) && lead.len() <= 8 && !lead.clone().any(|k| a.tok(k) == "," || verb(k)) {
                let here = d.paragraph_of(c.open)?;
                let (pc, pa) = last_attributed(c, done)?;
                return (here <= d.paragraph_of(pc.open)? + CONTINUE_PARAGRAPHS).then_some(Attribution { speaker: pa.speaker, verb: None });
            }
            // Its subject, past a party or nationality before a title ("Democratic state Sen. Jo
            // Park was blunt:"), else its first name.
            let named = || d.sentence_mentions(prev).iter().copied().filter(|&m| d.mentions[m].span.end <= c.open);
            let person_or_org = |m: usize| matches!(d.mentions[m].label, EntityType::Person | EntityType::Org);
            let subject = named().find(|&m| person_or_org(m) && d.is_subject_position(a.tok_at(d.mentions[m].span.start)));
            return subject
                .or_else(|| named().next())
                .filter(|&m| matches!(d.mentions[m].label, EntityType::Person | EntityType::Org))
                .map(|m| Attribution { speaker: Some(m), verb: None });
        }
        // A quotation inside a sentence without a reporting verb holds the words of the
        // sentence's subject when that is a person: "Fields hopes to “finish the job”"; not
        // when the sentence says something of the subject ("Roe was convicted of “…”").
        let Some(m) = d.sentence_topic_person(prev, c.open, recent) else {
            return paraphrase_before(d, c, prev, recent);
        };
        let from = a.tok_at(d.mentions[m].span.end).max(ps.tokens.start);
        return (!describes_subject(d, from, a.tok_at(c.open))).then_some(Attribution { speaker: Some(m), verb: None });
    }
    let ptext = &a.text[ps.start..ps.end];
    if !has_quotation_marks(ptext) {
        let toks = ps.tokens.clone();
        if let Some(v) = toks.clone().find(|&i| is_reporting_verb(d, i))
            && let Some(sp) = d.subject_before(v, toks.start, recent)
        {
            return Some(Attribution { speaker: Some(sp), verb: Some(a.low(v).to_string()) });
        }
        // "According to X, the plan costs too much. “We are paying outsiders.”": X's words, and
        // nobody's when X is unnamed ("according to a statement from her office").
        let according = toks.clone().filter(|&k| k + 1 < toks.end && a.low(k) == "according").find_map(|k| {
            let hi = (k + 2..toks.end).find(|&j| a.tok(j) == ",").unwrap_or(toks.end);
            according_to(d, k, hi, recent)
        });
        if according.is_some() {
            return according;
        }
        if ptext.trim_end().ends_with(':')
            && let Some(&m) = d.sentence_mentions(prev).first()
        {
            return Some(Attribution { speaker: Some(m), verb: None });
        }
    }
    let opens_sentence = a.text[sent.start.min(c.open)..c.open].trim().is_empty();
    if !(starts_para || opens_sentence) {
        return None;
    }
    // A quoted paragraph, or a quoted sentence of a paragraph, after a sentence about a person:
    // "Roe expects a deal. “We have the votes.”", "Asked about the critics, the governor shrugged."
    if let Some(m) = d.sentence_topic_person(prev, ps.end, recent) {
        return Some(Attribution { speaker: Some(m), verb: None });
    }
    if !starts_para {
        return None;
    }
    // A paragraph that is only the quotation continues the speaker of the quotes just before,
    // or, with none to continue, is the words of the person the sentence before introduced.
    if quote_only_paragraph(d, c, done) {
        let here = d.paragraph_of(c.open)?;
        let Some((pc, pa)) = last_attributed(c, done) else {
            return introduced_last(d, prev).map(|m| Attribution { speaker: Some(m), verb: None });
        };
        let there = d.paragraph_of(pc.open)?;
        if here <= there + CONTINUE_PARAGRAPHS {
            // Not across prose where someone else speaks ("Hill said the plan was reckless."):
            // the quote is theirs.
            let from = a.sentence_of(pc.close_end.min(a.text.len().saturating_sub(1))) + 1;
            let other = (from..prev + 1).rev().find_map(|k| {
                let toks = a.sentences[k].tokens.clone();
                // A verb of speech, not "reported to him" or "said to be".
                let speech = |i: usize| i + 1 < toks.end && !matches!(a.low(i + 1), "to" | "by");
                let v = toks.clone().find(|&i| is_reporting_verb(d, i) && speech(i) && !d.is_quoted(a.tokens[i].start))?;
                let sp = d.subject_before(v, toks.start, recent)?;
                (d.mentions[sp].label == EntityType::Person && d.referent(sp) != pa.speaker.map_or(usize::MAX, |m| d.referent(m)))
                    .then_some((sp, v))
            });
            if let Some((sp, v)) = other {
                return Some(Attribution { speaker: Some(sp), verb: Some(a.low(v).to_string()) });
            }
            return Some(pa.clone());
        }
    }
    None
}
