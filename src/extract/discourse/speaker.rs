//! Who a speaker phrase stands for: the subject of a reporting verb, read back
//! from the verb ([`Discourse::subject_before`]) or forward after an inverted
//! one ([`Discourse::subject_after`]).
//!
//! - The subject's head is found past what may stand between it and the verb:
//!   gap words and adverbs ("has also", "tearfully"), a parenthetical ("Rep.
//!   Jane Roe (D-Md.) said"), an apposition or relative clause between commas
//!   ("Perry, who hugged X at the rally, shouted"), a prepositional phrase
//!   after a name ("Gov. Mike Pence of Indiana said", "Smith in a statement
//!   said"). The head, not the nearest capitalised word, is the speaker.
//! - Pronouns resolve by salience ([`Discourse::resolve_speaker_pronoun`]):
//!   earlier speakers and sentence subjects first, with gender agreement.
//! - Unnamed spokespeople ([`Spokes`], `spokes.rs`: "a spokeswoman for Acme", "an Acme
//!   spokesman") speak for their organisation (spec §7), and a later "she
//!   said" is the same speaker.
//! - Descriptions ("the 56-year-old", "the Republican governor", "the
//!   Portuguese boss") resolve to the most salient person whose facts (see
//!   `people.rs`) fit, confirmed facts first.
//! - Documents ("the statement said", "said a report from Acme") speak for
//!   their issuer (`documents.rs`).
//! - An unnamed subject ("analysts said", "a source said") gives no speaker.

use super::documents::DOCUMENT_MODIFIERS;
use super::people::{PersonFacts, age_ending_at, demonym_ending_at, party_at};
use super::subject::is_title_word;
use super::words::{Gender, is_person_noun, is_person_pronoun, is_personal_pronoun, is_role_noun, is_spokesperson_noun};
use super::words::{is_ly_adverb, is_participle, is_person_head, is_person_role, noun_gender, possessive_pronoun, pronoun, pronoun_gender};
use super::{Discourse, Spokes};
use crate::extract::analysis::is_possessive;
use crate::extract::numbers::cardinal_word;
use crate::extract::rows::EntityType;
use crate::lexicon::{
    ATTRIBUTIVE_DETERMINERS, AUXILIARIES, INDEFINITE_DETERMINERS, NOT_NAME_MODIFIERS, NOT_SUBJECT_HEADS, PHRASE_PREPOSITIONS, POSSESSIVES,
    PREPOSITIONS, REPORTING_VERBS, ROLE_MODIFIERS, SUBJECT_OPENERS,
};
use std::cmp::Reverse;

/// A speaker found earlier in the document: where its quotation opens (byte)
/// and the speaker mention. Later pronouns and descriptions weigh them first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    /// Byte offset of the quotation's opening mark.
    pub at: usize,
    /// The speaker, an index into the mentions.
    pub speaker: usize,
}

/// How many paragraphs back a description or pronoun looks for the person it stands for by salience alone.
const SALIENCE_PARAGRAPHS: usize = 3;

/// Most capitalised words of an office between an organisation's or place's name and a role after
/// an inverted reporting verb ("said Los Angeles County Fire Chief Anthony Marrone").
const ROLE_OFFICE_WORDS: usize = 3;

/// A description of a person before a verb.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Description {
    /// "the 56-year-old Portuguese boss": its facts and head noun.
    Definite(PersonFacts, String),
    /// "a spokesman", "one official": nobody named.
    Indefinite,
    /// "Pike's lawyer", "Pike's longtime friend" after a named person: someone
    /// else than that person (the mention), by its head noun.
    Possessed(usize, String),
}

fn capitalised(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lowercase(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_lowercase)
}

fn gender_fits(want: Option<Gender>, known: Option<Gender>) -> bool {
    want.is_none() || known.is_none() || want == known
}

/// A person salient before some point of the text ([`Discourse::salient_people`]).
pub(super) struct Salient {
    /// The person's latest mention (or speaker entry) before the point.
    pub mention: usize,
    /// The paragraph of that mention.
    pub paragraph: usize,
    /// How often, in the stretch looked at, the person spoke or was named as a clause's subject.
    pub prominence: usize,
}

impl Discourse<'_, '_> {
    /// Is a name at token `t` its clause's subject: its noun phrase opens the
    /// sentence or follows a clause opener or fronted phrase?
    pub fn is_subject_position(&self, t: usize) -> bool {
        let a = self.a;
        let s = &a.sentences[a.sentence_of_token(t)];
        let mut b = s.tokens.start;
        while b < t && !a.tok(b).chars().any(char::is_alphanumeric) {
            b += 1;
        }
        let name = t;
        let t = self.noun_phrase_start(t, b);
        let name_end = self.index.at(name).map_or(name + 1, |m| self.index.run_end(m, name, a.tokens.len()));
        // The possessor of a person is not the subject ("Slot's assistant, Sipke Hulshoff, spoke" is
        // Hulshoff's clause, named in apposition to the subject); of a thing it stands for it
        // ("Godongwana's budget documents show …").
        let person_noun = |k: usize| k < s.tokens.end && is_person_head(a.low(k));
        if self.possesses_person(name_end, 0) {
            return false;
        }
        if t > b + 2 && a.tok(t - 1) == "," && name_end < s.tokens.end && a.tok(name_end) == "," {
            let first = self.index.at(b).map(|m| self.index.run_end(m, b, t));
            if first.is_some_and(|e| self.possesses_person(e, 0) && (e + 1..t - 1).all(|k| starts_lowercase(a.tok(k)))) {
                return true;
            }
        }
        // In apposition to a role noun phrase opening the sentence, before its verb: "The
        // senator from Ohio, Jim Dale, weighed in", "The union that represents the tellers,
        // the Financial Workers Union, welcomed the fine", "His rival, Ana Ruiz, has campaigned", "A
        // spokesperson for the ministry, Lin Jian, told a briefing".
        if t > b + 2 && a.tok(t - 1) == "," && name_end + 1 < s.tokens.end && a.tok(name_end) == "," {
            let role_word = |k: usize| is_role_noun(a.low(k)) || is_spokesperson_noun(a.low(k)) || person_noun(k);
            let role_np = matches!(a.low(b), "the" | "a" | "an" | "his" | "her" | "their" | "its")
                && (b + 1..t - 1).all(|k| a.tok(k) != ",")
                && (b + 1..t - 1).any(|k| self.index.at(k).is_none() && role_word(k));
            let verb = a.tok(name_end + 1).chars().all(|c| c.is_ascii_lowercase())
                && !matches!(a.low(name_end + 1), "who" | "which" | "whose" | "and" | "or" | "a" | "an" | "the");
            if role_np && verb {
                return true;
            }
        }
        if t == b || (t > s.tokens.start && SUBJECT_OPENERS.contains(a.low(t - 1))) {
            return true;
        }
        // After a fronted phrase, before its verb or a relative clause on it: "On Twitter, Ray
        // appealed …", "In a sign of the times, the Trust, which owns the ground, issued …".
        // (The name's end, past any determiner or title the phrase opens with: "On Monday, the Trust".)
        let end = name_end;
        let relative = end + 1 < s.tokens.end && a.tok(end) == "," && matches!(a.low(end + 1), "which" | "who" | "whose");
        t > s.tokens.start
            && a.tok(t - 1) == ","
            && end < s.tokens.end
            && (relative || starts_lowercase(a.tok(end)) && !matches!(a.low(end), "and" | "or" | "of" | "and," | "to"))
    }

    /// Where the noun phrase of a name at token `t` starts (not before token
    /// `b`): past a determiner, modifiers, titles, nouns of a kind of person
    /// and roles with the organisation or place they belong to: "though the
    /// Chinese CDC", "Sen. Mary Collins", "striker Tom Reyes", "Liverpool
    /// manager Jurgen Klopp", "Opposition leader Hamzah", "Democratic state
    /// Sen. Jo Park".
    fn noun_phrase_start(&self, t: usize, b: usize) -> usize {
        let a = self.a;
        let mut t = t;
        let mut after_role = false;
        loop {
            let named = |k: usize, types: &[EntityType]| self.index.at(k).filter(|&m| types.contains(&self.mentions[m].label));
            let role =
                |k: usize| self.index.at(k).is_none() && (is_title_word(a.low(k)) || is_person_role(a.low(k)) || is_person_noun(a.low(k)));
            if t > b && role(t - 1) {
                t -= 1;
                after_role = true;
                continue;
            } else if after_role && t > b && self.index.at(t - 1).is_none() && ROLE_MODIFIERS.contains(a.low(t - 1)) {
                // A lowercase modifier of the title: "Democratic state Sen. Jo Park", "former Gov. Jo Park".
                t -= 1;
                continue;
            } else if t > b && (a.low(t - 1) == "the" || named(t - 1, &[EntityType::Misc]).is_some()) {
                t -= 1;
            } else if t > b + 1 && a.tok(t - 1) == "." && is_title_word(a.low(t - 2)) {
                t -= 2;
            } else if let Some(m) = (after_role && t > b).then(|| named(t - 1, &[EntityType::Org, EntityType::Loc])).flatten() {
                t = a.tok_at(self.mentions[m].span.start).max(b);
            } else if after_role && t > b && self.index.at(t - 1).is_none() && capitalised(a.tok(t - 1)) {
                // A capitalised modifier of the role: "Opposition leader", "Communications Minister".
                t -= 1;
            } else {
                break;
            }
            after_role = false;
        }
        t
    }

    /// The mention the speaker pronoun `word` at byte `pos` stands for, by
    /// salience: a person opening a clause earlier in the same sentence; else,
    /// sentence by sentence going back (ten at most), the speaker of a quotation
    /// there (`recent`), then its first fitting mention or unnamed spokesperson.
    /// "he"/"she" need a person (or a spokesperson's principal) whose known
    /// gender agrees; "they" a person or organisation; "it" an organisation.
    pub fn resolve_speaker_pronoun(&self, word: &str, pos: usize, recent: &[Said]) -> Option<usize> {
        let refers = pronoun(word)?;
        let a = self.a;
        if a.sentences.is_empty() {
            return None;
        }
        let want = pronoun_gender(word);
        let fits = |m: usize| {
            let ok = match self.mentions[m].label {
                EntityType::Person => refers.person,
                EntityType::Org => refers.org,
                _ => false,
            };
            ok && gender_fits(want, self.person_facts(m).and_then(PersonFacts::gender_or_name))
        };
        let spokes_fit = |sp: &Spokes| refers.person && gender_fits(want, sp.gender);
        let s = a.sentence_of(pos);
        let in_sentence = |sp: &&Spokes, k: usize| a.sentence_of_token(sp.noun) == k;
        let same = self.sentence_mentions(s).iter().copied().filter(|&m| self.mentions[m].span.end <= pos);
        if let Some(m) = same.filter(|&m| fits(m)).find(|&m| self.is_subject_position(a.tok_at(self.mentions[m].span.start))) {
            return Some(m);
        }
        let first_spokes = self.spokes.partition_point(|sp| a.tokens[sp.noun].start < a.sentences[s.saturating_sub(10)].start);
        let spokes = &self.spokes[first_spokes..];
        if let Some(sp) = spokes.iter().filter(|sp| in_sentence(sp, s) && a.tokens[sp.last].end <= pos).find(|sp| spokes_fit(sp))
            && self.is_subject_position(sp.first)
        {
            return Some(sp.principal);
        }
        // Whether a sentence crossed on the way back had the same pronoun as its subject.
        let mut in_chain = false;
        for k in (s.saturating_sub(10)..s).rev() {
            if let Some(r) = recent.iter().rev().find(|r| a.sentence_of(r.at) == k && fits(r.speaker)) {
                return Some(r.speaker);
            }
            // A sentence whose subject is the same pronoun continues the chain: only a
            // person opening a clause there can break it ("She met Smith." does not).
            let first_word = a.sentences[k].tokens.clone().find(|&t| a.tok(t).chars().any(char::is_alphanumeric));
            // A sentence opening inside a quotation is the quoted speaker's words, found where it opened.
            let opens_quoted = first_word.is_some_and(|t| self.is_quoted(a.tokens[t].start));
            // The same pronoun as the subject, opening the sentence or after a fronted phrase ("On
            // July 27, he emailed Gorman."): the names after it are not its referent.
            let subject_pronoun = first_word.filter(|_| want.is_some() && !opens_quoted).and_then(|f| {
                (f..a.sentences[k].tokens.end)
                    .take_while(|&t| self.index.at(t).is_none() && !self.is_quoted(a.tokens[t].start))
                    .find(|&t| pronoun_gender(a.low(t)) == want && self.is_subject_position(t))
            });
            let chained = subject_pronoun.is_some();
            in_chain |= chained;
            // "He said Hassan had met 30 executives.": the names after the pronoun's own reporting
            // verb are what it reported, and the chain runs on past them.
            if subject_pronoun.is_some_and(|t| self.reports_next(t, a.sentences[k].tokens.end)) {
                continue;
            }
            // A clause's subject before other names ("Asked about Nunez's comments, Slot shrugged." is Slot).
            let subject = |m: usize| self.is_subject_position(a.tok_at(self.mentions[m].span.start));
            let fitting = || self.sentence_mentions(k).iter().copied().filter(|&m| fits(m));
            let subject_m = fitting().find(|&m| subject(m));
            // A possessor yields to another name of its sentence ("went to Tom Vance’s brother, Carl
            // Vance"), and past a chain of the same pronoun is no antecedent at all: "… three days at
            // Epstein’s mansion. During the visit, he was photographed …. “…,” he said" is not Epstein.
            let possessor = |m: usize| is_possessive(a.tok(a.tok_at(self.mentions[m].span.end)));
            let m = subject_m.or_else(|| match chained {
                true => None,
                false => fitting().find(|&m| !possessor(m)).or_else(|| fitting().next().filter(|_| !in_chain)),
            });
            let sp = spokes.iter().find(|sp| in_sentence(sp, k) && spokes_fit(sp) && (!chained || self.is_subject_position(sp.first)));
            match (m, sp) {
                (Some(m), Some(sp)) => {
                    return Some(if a.tokens[sp.first].start < self.mentions[m].span.start { sp.principal } else { m });
                }
                // A name that is no subject where someone unnamed speaks ("A spokesman said Iran
                // had requested Banisadr's extradition. “…,” he said."): the unnamed speaker.
                (Some(_), None) if subject_m.is_none() && self.unnamed_speaker_in(k, pos, want) => return None,
                (Some(m), None) => return Some(m),
                (None, Some(sp)) => return Some(sp.principal),
                (None, None) if self.unnamed_speaker_in(k, pos, want) => return None,
                (None, None) => {
                    // A definite role opening the sentence: "The watchdog also fined two
                    // executives. “…,” it said."
                    if let Some(r) = self.opening_role_subject(k).filter(|&r| fits(r) && !opens_quoted) {
                        return Some(r);
                    }
                }
            }
        }
        None
    }

    /// Does an unnamed person's phrase open at token `t`: a possessive or
    /// indefinite determiner before a lowercase person noun ("His friend", "A
    /// neighbour", "her colleague")?
    pub fn unnamed_person_at(&self, t: usize) -> bool {
        let a = self.a;
        let w = a.low(t);
        t + 1 < a.tokens.len()
            && (possessive_pronoun(w).is_some() || INDEFINITE_DETERMINERS.contains(w))
            && a.tok(t + 1).starts_with(char::is_lowercase)
            && is_person_head(a.low(t + 1))
    }

    /// Is the word after token `t` (past up to three auxiliaries and "-ly"
    /// adverbs, before `end`) a lowercase reporting verb: "He said", "She also
    /// told", "He has repeatedly argued"?
    fn reports_next(&self, t: usize, end: usize) -> bool {
        let a = self.a;
        for v in t + 1..end.min(t + 5) {
            if REPORTING_VERBS.contains(a.tok(v)) {
                return true;
            }
            if !(AUXILIARIES.contains(a.low(v)) || is_ly_adverb(a.tok(v))) {
                return false;
            }
        }
        false
    }

    /// The mention a definite role noun phrase opening sentence `k` stands for,
    /// when a lowercase word (its verb) follows: "The watchdog also fined …",
    /// "The company said …" (the noun within four words of "The").
    fn opening_role_subject(&self, k: usize) -> Option<usize> {
        let a = self.a;
        let toks = a.sentences[k].tokens.clone();
        if toks.len() < 3 || a.tok(toks.start) != "The" {
            return None;
        }
        let h = (toks.start + 1..(toks.start + 5).min(toks.end - 1))
            .take_while(|&j| a.tok(j).chars().all(|c| c.is_ascii_lowercase() || c == '-'))
            .find(|&j| is_role_noun(a.low(j)) && a.tok(j + 1).chars().all(|c| c.is_ascii_lowercase()))?;
        self.resolve_role_np(h)
    }

    /// Does sentence `k` (before byte `pos`) report the words of someone
    /// unnamed of gender `want` ("A spokeswoman said …", "Meanwhile, the
    /// governor's spokeswoman said …", "a state official told reporters")? A
    /// "she said" after it continues that speaker, not a person named earlier.
    /// Any of its reporting verbs may be that speaker's: "Her colleague, a nurse
    /// who asked not to be named, agreed" is the colleague's, not the relative clause's. So
    /// is an indefinite subject before a relative clause: "An engineer in the Austin, Texas,
    /// office, who asked not to be named, said …".
    fn unnamed_speaker_in(&self, k: usize, pos: usize, want: Option<Gender>) -> bool {
        let a = self.a;
        let lo = a.sentences[k].tokens.start;
        let mut verbs = a.sentences[k].tokens.clone().filter(|&v| {
            a.tokens[v].end <= pos
                && REPORTING_VERBS.contains(a.low(v))
                && a.tok(v).starts_with(char::is_lowercase)
                && self.index.at(v).is_none()
                && !self.is_quoted(a.tokens[v].start)
        });
        verbs.any(|v| {
            self.indefinite_before_relative(v)
                || self.subject_head(v, lo).is_some_and(|h| {
                    let w = a.low(h);
                    is_person_head(w)
                        && a.tok(h).starts_with(char::is_lowercase)
                        && gender_fits(want, noun_gender(w))
                        && self.subject_before(v, lo, &[]).is_none()
                })
        })
    }

    /// The first token of the gap words right before token `v` (no further back
    /// than `lo`), never stepping over a subject pronoun ("it said").
    fn skip_speech_gap(&self, v: usize, lo: usize) -> usize {
        let mut p = v;
        while p > lo && AUXILIARIES.contains(self.a.low(p - 1)) && pronoun(self.a.low(p - 1)).is_none() {
            p -= 1;
        }
        p
    }

    /// Can token `k` open an apposition or relative clause after a name: a
    /// lowercase word or a number ("who", "a", "45", "speaking"), or a role,
    /// party, nationality or title ("Democrat of New York", "President of
    /// Acme", "R-Neb."), or an organisation's possessive or role ("Acme's
    /// chairman", "Acme CEO"), but not another person's name?
    pub fn opens_apposition(&self, k: usize) -> bool {
        let a = self.a;
        if k >= a.tokens.len() {
            return false;
        }
        let t = a.tok(k);
        let w = a.low(k);
        if let Some(m) = self.mention_of(k, &[EntityType::Person]) {
            // Another person's name only as the possessor of a role or a relation: "Smith's chief
            // of staff", "Teresa's husband".
            let e = self.index.run_end(m, k, a.tokens.len());
            let role = |j: usize| j < a.tokens.len() && (is_person_head(a.low(j)) || ROLE_MODIFIERS.contains(a.low(j)));
            return e < a.tokens.len() && POSSESSIVES.contains(a.tok(e)) && role(e + 1);
        }
        if let Some(m) = self.subject_mention_at(k) {
            let e = self.index.run_end(m, k, a.tokens.len());
            return e < a.tokens.len() && (matches!(a.tok(e), "'s" | "’s") || is_role_noun(a.low(e)) || ROLE_MODIFIERS.contains(a.low(e)));
        }
        !capitalised(t)
            || is_role_noun(w)
            || is_person_noun(w)
            || ROLE_MODIFIERS.contains(w)
            || party_at(a, k).is_some()
            || demonym_ending_at(a, k).is_some()
            || super::words::title_facts(w.trim_end_matches('.')).is_some()
            || (t.trim_end_matches('.').len() == 1 && k + 1 < a.tokens.len() && matches!(a.tok(k + 1), "-" | ","))
    }

    /// The last token of the subject's head before a reporting verb at token
    /// `v`, no further back than `lo` (see the module docs).
    fn subject_head(&self, v: usize, lo: usize) -> Option<usize> {
        let a = self.a;
        let mut p = v;
        'walk: loop {
            p = self.skip_speech_gap(p, lo);
            if p > lo + 1 && is_ly_adverb(a.low(p - 1)) {
                let b = p - 2;
                if self.index.at(b).is_some() || is_person_pronoun(a.low(b)) || capitalised(a.tok(b)) {
                    p -= 1;
                    continue;
                }
            }
            if p <= lo {
                return None;
            }
            let q = p - 1;
            match a.tok(q) {
                ")" => {
                    if let Some(o) = (lo..q).rev().take(10).find(|&j| a.tok(j) == "(") {
                        p = o;
                        continue;
                    }
                    return Some(q);
                }
                "," => {
                    // An apposition or relative clause: the subject before its opening comma, the
                    // earliest comma that opens one after a name ("Perry, who hugged Clinton, said";
                    // "After meeting Jones, Smith, 45, said" skips the comma after Jones).
                    // After a person noun too, when the apposition names nobody ("Her colleague, a
                    // nurse of 30 years, agreed"; not "His lawyer, Tom Hale, said").
                    let unnamed_head = |j: usize| {
                        starts_lowercase(a.tok(j - 1))
                            && is_person_head(a.low(j - 1))
                            && !(j + 1..q).any(|k| self.mention_of(k, &[EntityType::Person]).is_some())
                    };
                    // After a document noun, a relative clause: "The statement, which was obtained by
                    // Billboard, claimed".
                    // Or a participle: "The lawsuit, filed by the group in May, alleges".
                    let document_relative = |j: usize| {
                        self.is_document_noun(j - 1)
                            && (matches!(a.low(j + 1), "which" | "that") || is_participle(a.low(j + 1)) && a.low(j + 2) == "by")
                    };
                    // After a description of a person, a relative clause, whoever it names: "The
                    // Briton, who lost his title to Mike Tyson in March, said".
                    let described_relative =
                        |j: usize| matches!(a.low(j + 1), "who" | "whose") && self.description_ending_at(j - 1, lo).is_some();
                    let mut opening = (lo + 1..q).rev().take(30).filter(|&j| a.tok(j) == ",").filter(|&j| {
                        (self.subject_mention_at(j - 1).or_else(|| self.name_backoff(j - 1)).is_some()
                            || a.tok(j - 1) == ")"
                            || unnamed_head(j))
                            && self.opens_apposition(j + 1)
                            || document_relative(j)
                            || described_relative(j)
                    });
                    if let Some(j) = opening.next_back() {
                        p = j;
                        continue;
                    }
                    return Some(q);
                }
                _ => {}
            }
            if let Some(j) = self.participle_modifier(q, lo) {
                p = j;
                continue;
            }
            // A phrase after a name or a person noun: "Mike Pence of Indiana", "Smith in a
            // statement", "he on Tuesday", "the senator from Ohio".
            for prep in (lo + 1..q).rev().take(4) {
                // A document's addressee is never its voice: "Acme's letter to Ann Roe, the
                // owner, said" is Acme's.
                let addressed = a.low(prep) == "to" && self.is_document_noun(prep - 1);
                if !PHRASE_PREPOSITIONS.contains(a.low(prep)) && !addressed {
                    continue;
                }
                // Not across a conjunction: "Ruiz met Reyes on Friday and said" coordinates verbs.
                let words = (prep + 1..=q).all(|j| {
                    a.tok(j).chars().all(|c| c.is_alphanumeric() || c == '.' || c == '\'') && !matches!(a.low(j), "and" | "or" | "but")
                });
                let b = prep - 1;
                let person_before = self
                    .mention_of(b, &[EntityType::Person, EntityType::Org])
                    .is_some_and(|m| !self.is_quoted(self.mentions[m].span.start))
                    || self.name_backoff(b).is_some()
                    || is_person_pronoun(a.low(b))
                    // A noun on a platform or medium, not its staff: "one user on Weibo posted".
                    || (a.low(prep) == "on" && b > lo && INDEFINITE_DETERMINERS.contains(a.low(b - 1)) && self.is_plain_modifier(b))
                    // "the senator from Ohio said", "a police spokesman in Linz said"; not "of"
                    // ("the mother of two"), nor before an organisation, which speaks through its
                    // staff ("an official at Acme said").
                    || (a.tok(b).starts_with(char::is_lowercase)
                        && a.low(prep) != "of"
                        && is_person_head(a.low(b))
                        && !(prep + 1..=q).any(|j| self.mention_of(j, &[EntityType::Org]).is_some()))
                    // A place after a common noun is where its people are, never the speaker:
                    // "officials in Kabul said", "the embassy in Abu Dhabi said", "the governor of
                    // Texas said".
                    || (self.common_noun(b) && (prep + 1..=q).all(|j| self.mention_of(j, &[EntityType::Loc]).is_some()));
                if words && (person_before || addressed) {
                    p = prep;
                    continue 'walk;
                }
            }
            return Some(q);
        }
    }

    /// Is token `k` a lowercase word of letters that may head a subject: no auxiliary, reporting
    /// verb, pronoun or adverb in "-ly" ("the research published in …", "officials in …")?
    fn lowercase_head(&self, k: usize) -> bool {
        let (t, w) = (self.a.tok(k), self.a.low(k));
        starts_lowercase(t)
            && t.chars().all(char::is_alphabetic)
            && !AUXILIARIES.contains(w)
            && !NOT_SUBJECT_HEADS.contains(w)
            && !REPORTING_VERBS.contains(w)
            && !is_ly_adverb(w)
            && pronoun(w).is_none()
    }

    /// Is token `k` a common noun: a [`Self::lowercase_head`] that is no participle ("officials",
    /// "embassy"; not "based", "living")?
    fn common_noun(&self, k: usize) -> bool {
        let w = self.a.low(k);
        self.lowercase_head(k) && !is_participle(w) && !w.ends_with("ing")
    }

    /// Where a participle phrase that names someone opens, when it modifies
    /// the common noun before it and ends at token `q`: "the research
    /// published in the journal X", "researchers based at X", "the union
    /// representing workers at X". The noun heads the subject; the name in the
    /// phrase does not speak ("the team led by X"; but "the report published
    /// by X" speaks for X). Not a verb after an auxiliary or a pronoun ("he was
    /// based at X"), nor across a conjunction or punctuation.
    fn participle_modifier(&self, q: usize, lo: usize) -> Option<usize> {
        let a = self.a;
        let plain = |k: usize| a.tok(k).chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '’' | '-'));
        let participle = |w: &str| is_participle(w) || w.len() > 5 && w.ends_with("ing");
        let mut named = false;
        for j in (lo + 1..=q).rev().take(8) {
            named |= self.index.at(j).is_some();
            let w = a.low(j);
            if !plain(j) || matches!(w, "and" | "or" | "but") {
                return None;
            }
            // A past participle heads a phrase after a noun only with its preposition ("published
            // in", "led by"); before an object it is a past verb ("the paper quoted Smith as saying").
            let reduced = w.ends_with("ing") || PREPOSITIONS.contains(a.low(j + 1));
            if j < q && starts_lowercase(a.tok(j)) && participle(w) && reduced {
                let noun = self.lowercase_head(j - 1);
                // A document's agent is its issuer, who speaks through it ("the report published by X").
                let issuer = a.low(j + 1) == "by" && self.is_document_noun(j - 1);
                return (named && noun && !issuer).then_some(j);
            }
        }
        None
    }

    /// A description of a person ending at token `h` and starting no earlier
    /// than `lo`: a person or role noun, nationality, party or age as its head,
    /// with modifiers back to its determiner.
    fn description_ending_at(&self, h: usize, lo: usize) -> Option<Description> {
        let a = self.a;
        let w = a.low(h);
        let mut f = PersonFacts::default();
        let mut k;
        if let Some((age, s)) = age_ending_at(a, h) {
            f.age = Some(age);
            k = s;
        } else if is_person_noun(w) || is_spokesperson_noun(w) {
            f.roles.push(w.to_string());
            f.gender = noun_gender(w);
            k = h;
        } else if let Some(s) = f.read_fact_at(a, h) {
            k = s;
        } else {
            // A noun the lists lack after an age, nationality or party: "the 47-year-old alderwoman".
            let noun = starts_lowercase(a.tok(h)) && a.tok(h).chars().all(char::is_alphabetic);
            k = (noun && h > lo).then(|| f.read_fact_at(a, h - 1)).flatten()?;
        }
        let mut steps = 0;
        // Plain adjectives the lists lack, two at most: "the retired nurse", "the visibly shaken owner".
        let mut plain = 0;
        while k > lo && steps < 8 {
            steps += 1;
            let p = k - 1;
            let pw = a.low(p);
            if let Some(o) = (matches!(a.tok(p), "'s" | "’s") && p > 0).then(|| self.mention_of(p - 1, &[EntityType::Person])).flatten() {
                return Some(Description::Possessed(o, w.to_string()));
            }
            if pw == "the" || matches!(a.tok(p), "'s" | "’s") {
                return Some(Description::Definite(f, w.to_string()));
            }
            // A number word opening a hyphenated modifier is no determiner: "the two-term governor".
            let compound = a.tok(p + 1) == "-" && a.adjacent(p);
            if INDEFINITE_DETERMINERS.contains(pw) && !compound {
                return Some(Description::Indefinite);
            }
            // A capitalised word before a party's word is part of its name ("the Social Democrat",
            // "the Christian Democrat"), read as the party's word.
            let party_name = self.index.at(p).is_none()
                && a.tok(p).starts_with(char::is_uppercase)
                && a.tok(p).chars().all(char::is_alphabetic)
                && party_at(a, p + 1).is_some();
            if let Some(s) = f.read_fact_at(a, p) {
                k = s;
            } else if party_name || is_person_noun(pw) || ROLE_MODIFIERS.contains(pw) || pw == "-" {
                k = p;
            } else if p > lo && a.tok(p - 1) == "-" && a.adjacent(p - 1) && starts_lowercase(a.tok(p)) {
                // The tail of a hyphenated modifier: "the Seoul-born attorney", "the two-time champion".
                k = p;
            } else if let Some(o) = self.index.at(p).filter(|&o| self.mentions[o].label != EntityType::Person) {
                k = a.tok_at(self.mentions[o].span.start);
            } else if plain < 2 && self.is_plain_modifier(p) {
                plain += 1;
                k = p;
            } else {
                return None;
            }
        }
        None
    }

    /// Can token `p` be an adjective of a description that no list holds: a
    /// lowercase word, not a function word, auxiliary or reporting verb ("the
    /// retired nurse", not "that said the nurse")?
    fn is_plain_modifier(&self, p: usize) -> bool {
        let (a, w) = (self.a, self.a.low(p));
        starts_lowercase(a.tok(p))
            && a.tok(p).chars().all(char::is_alphabetic)
            && !NOT_SUBJECT_HEADS.contains(w)
            && !NOT_NAME_MODIFIERS.contains(w)
            && !AUXILIARIES.contains(w)
            && !REPORTING_VERBS.contains(w)
            && !POSSESSIVES.contains(w)
            && pronoun(w).is_none()
    }

    /// The head of a lowercase noun phrase opening the clause at `lo` (after a
    /// determiner, and "but" or "and") right before "who", when a verb at `v`
    /// follows with no comma between: "A booster who asked not to be named said"
    /// gives "booster" ("who" makes any noun a person's); not a name ("Smith, who
    /// …" is the walk's), a phrase past four words, one a comma may name
    /// ("The officer who held him, Sgt. Ana Ruiz, said"), nor one whose relative
    /// clause reports a clause with its own subject ("The aide who took the call
    /// recalled that he said").
    fn relative_head(&self, lo: usize, v: usize) -> Option<usize> {
        let a = self.a;
        let d = if matches!(a.low(lo), "but" | "and") { lo + 1 } else { lo };
        if d >= v || !(INDEFINITE_DETERMINERS.contains(a.low(d)) || a.low(d) == "the") {
            return None;
        }
        let word = |k: usize| starts_lowercase(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '-');
        let who = (d + 1..v.min(d + 6)).take_while(|&k| word(k)).find(|&k| a.low(k) == "who")?;
        (who > d + 1 && !(who..v).any(|k| matches!(a.low(k), "," | "that"))).then_some(who - 1)
    }

    /// Does the sentence of the verb at `v` (or its clause after "but" or "and") open with an
    /// indefinite determiner and up to ten words before ", who", the relative clause closed by
    /// the comma right before the verb: "A Turkish diplomat familiar with the talks, who …, said"?
    /// Its subject is unnamed, whoever the relative clause names.
    fn indefinite_before_relative(&self, v: usize) -> bool {
        let a = self.a;
        let s0 = a.sentences[a.sentence_of_token(v)].tokens.start;
        if v < s0 + 4 || a.tok(v - 1) != "," {
            return false;
        }
        let Some(k) = (s0.max(v.saturating_sub(40))..v - 1).find(|&k| a.tok(k) == "," && a.low(k + 1) == "who") else {
            return false;
        };
        // Words, and the commas of a place and its state between capitalised words ("in the Austin,
        // Texas, office").
        let cap = |j: usize| a.tok(j).starts_with(char::is_uppercase);
        let words = |j: usize| a.tok(j).chars().all(|c| c.is_alphabetic() || c == '-') || a.tok(j) == "," && j > s0 && cap(j - 1);
        let mut d = k;
        while d > s0 && k - d < 11 && words(d - 1) && !INDEFINITE_DETERMINERS.contains(a.low(d)) {
            d -= 1;
        }
        let opens = d == s0 || matches!(a.low(d - 1), "but" | "and");
        opens && d + 1 < k && INDEFINITE_DETERMINERS.contains(a.low(d))
    }

    /// Is the common noun ending at token `h` an unnamed subject ("analysts
    /// said", "After the vote, officials said"): a lowercase noun phrase of at
    /// most four words opening its clause (at `lo` or after a comma), or an
    /// indefinite one with names among its modifiers ("one Weibo commenter")?
    fn is_unnamed_subject(&self, h: usize, lo: usize) -> bool {
        let a = self.a;
        let word = |k: usize| starts_lowercase(a.tok(k)) && a.tok(k).chars().all(|c| c.is_alphabetic() || c == '-');
        if !word(h) || NOT_SUBJECT_HEADS.contains(a.low(h)) {
            return false;
        }
        let mut b = h;
        // An indefinite determiner may open the sentence in capitals ("One user on X posted").
        let opener = |k: usize| word(k) || k == lo && INDEFINITE_DETERMINERS.contains(a.low(k));
        while b > lo && h - b < 4 && opener(b - 1) && !NOT_SUBJECT_HEADS.contains(a.low(b - 1)) {
            b -= 1;
        }
        if b == lo || matches!(a.tok(b - 1), "," | ":" | ";" | "—" | "–") || SUBJECT_OPENERS.contains(a.low(b - 1)) {
            return true;
        }
        // Names as modifiers after an indefinite determiner: "one Weibo commenter", "a senior
        // White House aide" (a named organisation's unnamed member, not the organisation).
        let mut k = h;
        let mut named = false;
        while k > lo && h - k < 8 {
            k -= 1;
            if INDEFINITE_DETERMINERS.contains(a.low(k)) {
                return named;
            }
            match self.index.at(k) {
                Some(m) if self.mentions[m].label != EntityType::Person => {
                    named = true;
                    k = k.min(a.tok_at(self.mentions[m].span.start));
                }
                None if word(k) && !NOT_NAME_MODIFIERS.contains(a.low(k)) && !NOT_SUBJECT_HEADS.contains(a.low(k)) => {}
                _ => return false,
            }
        }
        false
    }

    /// People mentioned before byte `pos` (outside quotations) and earlier
    /// speakers, most recent first, one entry per person (see [`Salient`]).
    pub(super) fn salient_people(&self, pos: usize, recent: &[Said]) -> Vec<Salient> {
        let mut out: Vec<Salient> = Vec::new();
        let mut seen = Vec::new();
        let mut r = recent.partition_point(|s| s.at < pos);
        let mut i = self.mentions.partition_point(|m| m.span.start < pos);
        let mut looked = 0;
        while looked < 60 && (i > 0 || r > 0) {
            looked += 1;
            let from_recent = r > 0 && (i == 0 || recent[r - 1].at > self.mentions[i - 1].span.start);
            let m = if from_recent {
                r -= 1;
                recent[r].speaker
            } else {
                i -= 1;
                i
            };
            let mm = &self.mentions[m];
            if mm.label != EntityType::Person || (!from_recent && self.is_quoted(mm.span.start)) {
                continue;
            }
            let prominent = usize::from(from_recent || self.is_subject_position(self.a.tok_at(mm.span.start)));
            let who = self.referent(m);
            match seen.iter().position(|&w| w == who) {
                Some(k) => out[k].prominence += prominent,
                None => {
                    seen.push(who);
                    out.push(Salient { mention: m, paragraph: self.paragraph_of(mm.span.start).unwrap_or(0), prominence: prominent });
                }
            }
        }
        out
    }

    /// Of `people` (from [`Discourse::salient_people`]) named within the last
    /// paragraphs before `here` and passing `fits`, the most recent who spoke
    /// or was a clause's subject, else the most recent: "Starmer defended
    /// accepting gifts from Alli. … the Prime Minister said" is Starmer.
    fn most_prominent(people: &[Salient], here: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let mut near = people.iter().take_while(|p| here <= p.paragraph + SALIENCE_PARAGRAPHS).filter(|p| fits(p.mention));
        let first = near.clone().next()?;
        Some(near.find(|p| p.prominence > 0).unwrap_or(first).mention)
    }

    /// The person a definite description (`facts` of it, head noun `head`) at
    /// byte `pos` refers to. Without an age, nationality or party it is a role
    /// ("the governor": the latest person introduced with it; "the spokeswoman":
    /// that or the latest unnamed spokesperson). Otherwise the most salient
    /// person whose facts do not contradict it, preferring those confirming the
    /// most; unconfirmed, only a person named within the last three paragraphs.
    fn resolve_description(&self, facts: &PersonFacts, head: &str, pos: usize, recent: &[Said]) -> Option<usize> {
        if !facts.is_distinctive() {
            let role = if is_role_noun(head) { self.resolve_role(head, pos) } else { None };
            if is_spokesperson_noun(head) {
                let sp = self.spokes[..self.spokes.partition_point(|s| self.a.tokens[s.noun].start < pos)]
                    .iter()
                    .rev()
                    // A spokesperson, not an office or a ministry ("the Trump administration").
                    .find(|s| is_spokesperson_noun(self.a.low(s.noun)) && gender_fits(facts.gender, s.gender));
                let role_at = role.map(|m| self.mentions[m].span.start);
                if let Some(sp) = sp
                    && role_at.is_none_or(|r| r < self.a.tokens[sp.noun].start)
                {
                    return Some(sp.principal);
                }
            }
            return role.or_else(|| self.description_by_salience(facts, head, pos, recent));
        }
        let people = self.salient_people(pos, recent);
        let known = |m: usize| self.person_facts(m).cloned().unwrap_or_default();
        if let Some((_, p)) = people
            .iter()
            .enumerate()
            .filter(|(_, p)| !facts.contradicts(&known(p.mention)))
            .max_by_key(|(i, p)| (facts.matches(&known(p.mention)), Reverse(*i)))
            .filter(|(_, p)| facts.matches(&known(p.mention)) > 0)
        {
            return Some(p.mention);
        }
        let here = self.paragraph_of(pos).unwrap_or(0);
        Self::most_prominent(&people, here, |m| !facts.contradicts(&known(m)))
    }

    /// A role description the text never gave anyone ("the former governor
    /// said" when nobody was called governor): the most salient person of the
    /// last paragraphs whose facts do not contradict it. Not for nouns of a
    /// kind of person ("the man", "the mother"), spokespeople, or a noun the
    /// text used for someone unnamed ("a senior official … the official said").
    fn description_by_salience(&self, facts: &PersonFacts, head: &str, pos: usize, recent: &[Said]) -> Option<usize> {
        let role = is_person_role(head) || (is_person_noun(head) && noun_gender(head).is_none());
        if !role || is_spokesperson_noun(head) {
            return None;
        }
        let a = self.a;
        let here = self.paragraph_of(pos).unwrap_or(0);
        let known = |m: usize| self.person_facts(m).cloned().unwrap_or_default();
        let people = self.salient_people(pos, recent);
        // A role opening its sentence with a common possessor introduces someone new ("The city's
        // finance director warned …"): the person the text names with it next, if any.
        let h = a.tok_at(pos);
        if h < a.tokens.len()
            && a.low(h) == head
            && self.opening_description(h, a.sentences[a.sentence_of_token(h)].tokens.start) == Some(true)
        {
            return self.named_later(head, pos);
        }
        if let Some(u) = self.unnamed_before(head, pos) {
            // Someone unnamed was given the noun ("one farmer shouted"): the noun is theirs, unless
            // a person the text gave it by name was mentioned since ("Lambert, a dairy farmer …
            // Lambert was not convinced. “…,” the farmer said.").
            let since = |p: &&Salient| a.tok_at(self.mentions[p.mention].span.start) > u;
            let given = people.iter().filter(since).find(|p| known(p.mention).roles.iter().any(|r| r == head)).map(|p| p.mention);
            return given.or_else(|| self.named_later(head, pos));
        }
        // Someone the text named right after the noun ("striker Tom Reyes") is "the striker".
        let named_so = |m: usize| {
            let t = a.tok_at(self.mentions[m].span.start);
            t > 0 && self.index.at(t - 1).is_none() && a.low(t - 1) == head
        };
        let fits = |m: usize| !facts.contradicts(&known(m)) && !self.role_conflicts(m, pos);
        if let Some(p) =
            people.iter().take_while(|p| here <= p.paragraph + SALIENCE_PARAGRAPHS).find(|p| named_so(p.mention) && fits(p.mention))
        {
            return Some(p.mention);
        }
        // Someone the text gave the noun by name ("Mark Feld, a former accountant, …") is "the
        // accountant", however prominent the others.
        let given = |m: usize| known(m).roles.iter().any(|r| r == head);
        if let Some(p) =
            people.iter().take_while(|p| here <= p.paragraph + SALIENCE_PARAGRAPHS).find(|p| given(p.mention) && fits(p.mention))
        {
            return Some(p.mention);
        }
        Self::most_prominent(&people, here, fits)
    }

    /// The person sentence `s` is about, read from its words before byte
    /// `before`: its first mention in a subject position, when that is a person
    /// ("Asked about it, Fields laughed.", "Fields' plan would …"; an
    /// organisation or place there means nobody, and so does the possessor of a
    /// person noun: "Fields' longtime lawyer"), else a pronoun or definite
    /// role opening the sentence or its first comma's clause, resolved ("He
    /// shrugged.", "Asked about it, the governor shrugged.").
    pub fn sentence_topic_person(&self, s: usize, before: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let toks = a.sentences.get(s)?.tokens.clone();
        let first = toks.clone().find(|&t| a.tok(t).chars().any(char::is_alphanumeric))?;
        let after_comma = toks.clone().find(|&t| a.tok(t) == ",").map(|c| c + 1);
        // A name opening the sentence, or the clause after its first comma, as its subject.
        let named = self.sentence_mentions(s).iter().copied().find(|&m| {
            let mm = &self.mentions[m];
            let t = a.tok_at(mm.span.start);
            let np = self.noun_phrase_start(t, first);
            mm.span.end <= before && (np == first || Some(np) == after_comma) && self.is_subject_position(t) && !self.owns_person_noun(t)
        });
        let named_at = named.map_or(before, |m| self.mentions[m].span.start);
        let unnamed = [Some(first), after_comma]
            .into_iter()
            .flatten()
            .filter(|&t| t < toks.end && a.tokens[t].end <= named_at && !self.is_quoted(a.tokens[t].start))
            .find_map(|t| {
                let w = a.low(t);
                // "His friend nods.": a relation of someone, unnamed.
                if t + 1 < toks.end && self.unnamed_person_at(t) {
                    return None;
                }
                let m = if is_personal_pronoun(w) {
                    self.resolve_speaker_pronoun(w, a.tokens[t].start, recent)
                } else if w == "the" && t + 1 < toks.end {
                    self.definite_np_person(t, toks.end.min(a.tok_at(named_at)), recent)
                } else {
                    None
                }?;
                (self.mentions[m].label == EntityType::Person).then_some(m)
            });
        unnamed.or_else(|| named.filter(|&m| self.mentions[m].label == EntityType::Person))
    }

    /// The person a definite noun phrase opening at token `t` (its "the") and
    /// ending before token `end` describes: "the senator", "the Democratic
    /// nominee", "the 56-year-old" (its longest description, resolved as a
    /// reporting verb's subject would be: by the facts it gives, its role, salience).
    fn definite_np_person(&self, t: usize, end: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let mut found = None;
        for h in t + 1..end.min(t + 6) {
            if self.index.at(h).is_some_and(|m| self.mentions[m].label == EntityType::Person) {
                break;
            }
            match self.description_ending_at(h, t) {
                Some(d) => found = Some((h, d)),
                None if found.is_some() => break,
                None => {}
            }
        }
        match found? {
            // "the victim's mother": someone else, unnamed.
            (h, _) if h + 1 < a.tokens.len() && POSSESSIVES.contains(a.tok(h + 1)) => None,
            (h, Description::Definite(f, head)) => self.resolve_description(&f, &head, a.tokens[h].start, recent),
            (h, Description::Indefinite) => self.named_next(h),
            (h, Description::Possessed(o, head)) => self.resolve_possessed(o, &head, a.tokens[h].start),
        }
    }

    /// Does a possessive glued to the name ending before token `e` possess a
    /// person noun of its sentence, past up to `modifiers` lowercase words
    /// ("Slot's assistant"; with two, "Pike's longtime aide")? The possessor is
    /// then not the person who acts or speaks.
    fn possesses_person(&self, e: usize, modifiers: usize) -> bool {
        let a = self.a;
        if e == 0 || e >= a.tokens.len() || !POSSESSIVES.contains(a.tok(e)) || !a.adjacent(e - 1) {
            return false;
        }
        let end = a.sentences[a.sentence_of_token(e)].tokens.end;
        (e + 1..end.min(e + 2 + modifiers)).take_while(|&k| starts_lowercase(a.tok(k))).any(|k| is_person_head(a.low(k)))
    }

    /// Is the name at token `t` the possessor of a person noun past up to two
    /// modifiers ("Pike's lawyer, who …, said": the lawyer speaks)? Subject
    /// positions ([`Discourse::is_subject_position`]) look at the next word only.
    fn owns_person_noun(&self, t: usize) -> bool {
        self.possesses_person(self.index.at(t).map_or(t + 1, |m| self.index.run_end(m, t, self.a.tokens.len())), 2)
    }

    /// The person a possessed description names ("Pike's lawyer said"): one
    /// the text introduced with that role, not the possessor; else nobody (the
    /// possessor is not the speaker, and salience would pick them).
    fn resolve_possessed(&self, owner: usize, head: &str, pos: usize) -> Option<usize> {
        let m = if is_role_noun(head) { self.resolve_role(head, pos) } else { None }?;
        (self.referent(m) != self.referent(owner)).then_some(m)
    }

    /// The person an indefinite role noun phrase at token `h` ("A federal judge
    /// on Thursday blocked …") turns out to be: the person the next sentence
    /// introduces with the same role ("U.S. District Judge Karen Holt wrote"),
    /// as news ledes name their subject a sentence later. Only a role the text
    /// gives people (`person_roles.tsv`), not a spokesperson's or a kind of
    /// person ("a spokeswoman", "a nurse" stay unnamed).
    fn named_next(&self, h: usize) -> Option<usize> {
        let a = self.a;
        let w = a.low(h);
        if !is_person_role(w) || is_spokesperson_noun(w) {
            return None;
        }
        let s = a.sentence_of_token(h);
        let next = a.sentences.get(s + 1)?;
        let (from, to) = (a.tokens[h].end, a.tokens[next.tokens.end.max(next.tokens.start + 1) - 1].end);
        let mut named = self.roles.iter().filter(|r| r.at >= from && r.at < to && r.role == w);
        let first = named.next()?;
        let person = self.referent(first.mention);
        // One person with the role there, and nobody given it before.
        let before = self.roles.iter().any(|r| r.at < a.tokens[h].start && r.role == w);
        (self.mentions[first.mention].label == EntityType::Person && !before && named.all(|r| self.referent(r.mention) == person))
            .then_some(first.mention)
    }

    /// A definite role noun phrase ending at token `h` ("the prime minister",
    /// "the Prime Minister", "the former Harbor City coach") that no
    /// introduction resolves: the most salient person who fits, as for a
    /// description (see [`Discourse::description_by_salience`]).
    fn definite_role_by_salience(&self, h: usize, lo: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let mut k = h;
        let mut words = 0;
        while k > lo && words < 3 && a.low(k - 1) != "the" {
            match self.index.at(k - 1) {
                // The organisation or place the role belongs to: one word of the phrase.
                Some(m) if matches!(self.mentions[m].label, EntityType::Org | EntityType::Loc) => {
                    k = a.tok_at(self.mentions[m].span.start).max(lo);
                }
                None if a.tok(k - 1).chars().all(char::is_alphabetic) => k -= 1,
                _ => break,
            }
            words += 1;
        }
        (k > lo && a.low(k - 1) == "the")
            .then(|| self.description_by_salience(&PersonFacts::default(), a.low(h), a.tokens[h].start, recent))
            .flatten()
    }

    /// The person the text names with the role noun `head` only after byte `pos`,
    /// in the same paragraph or the next ("“…,” the finance director said. The
    /// director, Paul Minsky, has served since 2019."): the first introduction
    /// with the noun there, when it is a person's and nobody had the noun before.
    fn named_later(&self, head: &str, pos: usize) -> Option<usize> {
        let here = self.paragraph_of(pos)?;
        let to = self.paragraphs.get(here + 1).unwrap_or(&self.paragraphs[here]).span.end;
        if self.roles.iter().any(|r| r.at < pos && r.role == head) {
            return None;
        }
        let first = self.roles.iter().find(|r| r.at > pos && r.at < to && r.role == head)?;
        (self.mentions[first.mention].label == EntityType::Person).then_some(first.mention)
    }

    /// Does the noun at token `h` head a definite noun phrase opening its
    /// sentence, past up to two lowercase modifiers and a common possessor, with
    /// no name beside it ("The patient went …", "The city's finance director
    /// warned …"), not before token `lo`? `Some(true)` when a possessor stands in it.
    fn opening_description(&self, h: usize, lo: usize) -> Option<bool> {
        let a = self.a;
        let mut k = h;
        while k > lo && h - k < 2 && a.tok(k - 1).chars().all(|c| c.is_ascii_lowercase() || c == '-') && a.low(k - 1) != "the" {
            k -= 1;
        }
        let possessed =
            k > lo + 1 && matches!(a.tok(k - 1), "'s" | "’s") && starts_lowercase(a.tok(k - 2)) && self.index.at(k - 2).is_none();
        if possessed {
            k -= 2;
        }
        let opens = k > lo && a.tok(k - 1) == "The" && a.sentences[a.sentence_of_token(h)].tokens.start == k - 1;
        let named_beside = h + 1 >= a.tokens.len() || a.tok(h + 1) == "," || self.index.at(h + 1).is_some();
        (opens && !named_beside).then_some(possessed)
    }

    /// The noun's token where the last paragraphs before byte `pos` latest
    /// introduced someone unnamed with the noun `head` ("a senior official",
    /// "one analyst", or a sentence opening "The patient went …"), if they did;
    /// not a named person's apposition ("Mark Feld, a farmer,").
    fn unnamed_before(&self, head: &str, pos: usize) -> Option<usize> {
        let a = self.a;
        let here = self.paragraph_of(pos).unwrap_or(0);
        let from = self.paragraphs.get(here.saturating_sub(SALIENCE_PARAGRAPHS)).map_or(0, |p| p.span.start);
        let (lo, hi) = (a.tok_at(from), a.tok_at(pos));
        let indefinite = |h: usize| {
            // Back over up to three lowercase modifiers to the determiner: "a forensic scientist".
            let mut k = h;
            while k > lo && h - k < 4 {
                k -= 1;
                let w = a.low(k);
                if INDEFINITE_DETERMINERS.contains(w) {
                    // Not a named person's apposition: "Mark Feld, a farmer," gives Feld the noun.
                    let named = k >= 2 && a.tok(k - 1) == "," && self.mention_of(k - 2, &[EntityType::Person]).is_some();
                    return !named;
                }
                if !(starts_lowercase(a.tok(k)) && w.chars().all(|c| c.is_alphabetic() || c == '-')) {
                    return false;
                }
            }
            false
        };
        // Or "The patient went to his doctor.", "The city's finance director warned …".
        let definite_opener = |h: usize| h + 1 < hi && self.opening_description(h, lo).is_some();
        (lo..hi).rev().find(|&h| a.low(h) == head && (indefinite(h) || definite_opener(h)))
    }

    /// The person the text names right after organisation mention `org`'s name
    /// (any mention of the same name) and a role ("Ryanair Chief Executive
    /// Michael O'Leary"): the latest such before byte `pos`, else the first after
    /// it (a headline's "says Ryanair boss" is introduced in the body).
    fn person_with_role_at(&self, org: usize, pos: usize) -> Option<usize> {
        let a = self.a;
        let name = &self.mentions[org].text;
        let role_word = |j: usize| {
            let w = a.low(j).trim_end_matches('.');
            super::words::is_person_role(w) || ROLE_MODIFIERS.contains(w) || is_title_word(w)
        };
        let introduced = |p: &usize| {
            let mut t = a.tok_at(self.mentions[*p].span.start);
            let person_at = t;
            while t > 0 && person_at - t < 6 && self.index.at(t - 1).is_none() && role_word(t - 1) {
                t -= 1;
            }
            t < person_at && t > 0 && self.index.at(t - 1).is_some_and(|o| self.mentions[o].text == *name)
        };
        let people = (0..self.mentions.len())
            .filter(|&p| self.mentions[p].label == EntityType::Person && !self.is_quoted(self.mentions[p].span.start));
        let found: Vec<usize> = people.filter(introduced).collect();
        found.iter().rev().find(|&&p| self.mentions[p].span.start < pos).or_else(|| found.first()).copied()
    }

    /// The speaker of a reporting verb at token `v`, looking back no further
    /// than token `lo`: the subject's head (see [`Discourse::subject_head`])
    /// as a mention, pronoun, back-off name, relative pronoun's antecedent,
    /// unnamed spokesperson, description or role noun phrase; an unnamed
    /// common-noun subject ("analysts said") gives none; with no subject right
    /// there, the nearest person of the clause, a "he"/"she" of it, or its
    /// nearest organisation. `recent` are the speakers found so far.
    pub fn subject_before(&self, v: usize, lo: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let p = self.skip_speech_gap(v, lo);
        if p > lo
            && let Some(sp) = self.spokes.iter().chain(&self.documents).find(|s| s.last + 1 == p && s.first >= lo)
        {
            return Some(sp.principal);
        }
        // A noun phrase opening the clause before a relative clause with no commas is the
        // subject, whoever the relative clause names ("A booster who asked not to be named
        // because he was not authorized to speak said", "a lawyer who worked with Ana Ruiz
        // said" are unnamed).
        // So is an indefinite one before a relative clause set off by commas: "A Turkish diplomat
        // familiar with the talks, who spoke on condition that he not be named, said" is unnamed.
        if self.indefinite_before_relative(v) {
            return None;
        }
        if let Some(h) = self.relative_head(lo, v) {
            return match self.description_ending_at(h, lo) {
                Some(Description::Definite(f, head)) => self.resolve_description(&f, &head, a.tokens[h].start, recent),
                Some(Description::Possessed(o, head)) => self.resolve_possessed(o, &head, a.tokens[h].start),
                _ => self.named_next(h),
            };
        }
        if let Some(h) = self.subject_head(v, lo) {
            let w = a.low(h);
            if pronoun(w).is_some() {
                return self.resolve_speaker_pronoun(w, a.tokens[h].start, recent);
            }
            if self.is_document_noun(h) {
                return self.document_speaker(h, lo, recent);
            }
            if let Some(m) = self.subject_mention_at(h).or_else(|| self.name_backoff(h)) {
                return Some(m);
            }
            // A law quoted for its words speaks them: "The Clean Air Act says the agency “shall …”".
            if let Some(m) = self.index.at(h).filter(|&m| self.is_law(m)) {
                return Some(m);
            }
            if matches!(w, "who" | "which" | "that") && h > lo {
                let mut q = h - 1;
                if a.tok(q) == "," && q > lo {
                    q -= 1;
                }
                if let Some(m) = self.subject_mention_at(q) {
                    return Some(m);
                }
                if is_role_noun(a.low(q)) {
                    return self.resolve_role_np(q);
                }
            }
            if let Some(sp) = self.spokes.iter().find(|s| s.last == h && s.first >= lo) {
                return Some(sp.principal);
            }
            // "the mother of two said": a person noun with the number of children it has is a
            // description of the most salient person it fits, gendered or not.
            if h >= lo + 2
                && a.low(h - 1) == "of"
                && (cardinal_word(a.low(h)).is_some() || a.tok(h).chars().all(|c| c.is_ascii_digit()))
                && is_person_noun(a.low(h - 2))
                && let Some(Description::Definite(f, _)) = self.description_ending_at(h - 2, lo)
            {
                let pos = a.tokens[h].start;
                let known = |m: usize| self.person_facts(m).cloned().unwrap_or_default();
                let here = self.paragraph_of(pos).unwrap_or(0);
                return Self::most_prominent(&self.salient_people(pos, recent), here, |m| !f.contradicts(&known(m)));
            }
            match self.description_ending_at(h, lo) {
                Some(Description::Definite(f, head)) => return self.resolve_description(&f, &head, a.tokens[h].start, recent),
                Some(Description::Indefinite) => return self.named_next(h),
                Some(Description::Possessed(o, head)) => return self.resolve_possessed(o, &head, a.tokens[h].start),
                None => {}
            }
            if is_role_noun(w) {
                return self.resolve_role_np(h).or_else(|| self.definite_role_by_salience(h, lo, recent));
            }
            if self.is_unnamed_subject(h, lo) {
                return None;
            }
        }
        // Fallback within the clause: a person opening it with an apposition ("Kurinji
        // Selvaraj, a research analyst at X think tank, told"), the nearest person, a
        // pronoun, the nearest organisation.
        let mut f = lo;
        while f < v && is_title_word(a.low(f)) && self.index.at(f).is_none() {
            f += 1;
        }
        if let Some(m) = (f < v).then(|| self.mention_of(f, &[EntityType::Person])).flatten() {
            let e = self.index.run_end(m, f, v);
            if e + 1 < v && a.tok(e) == "," && self.opens_apposition(e + 1) && !self.is_quoted(self.mentions[m].span.start) {
                return Some(m);
            }
        }
        // The subject opening the clause, for a verb coordinated with its own ("Acme said
        // on Monday it had won and added that …", "Smith criticised the plan, saying …").
        let g = self.skip_speech_gap(v, lo);
        let coordinated = g > lo && (matches!(a.low(g - 1), "and" | "but") || (a.tok(g - 1) == "," && a.low(v).ends_with("ing")));
        // A pronoun subject counts too, before an object named later ("During the call, he
        // asked about it, called Omar a “…” and said, “…”" is his).
        let opener = (lo..v).filter(|_| coordinated).find_map(|i| {
            if matches!(a.low(i), "he" | "she" | "they") && self.is_subject_position(i) {
                return Some(self.resolve_speaker_pronoun(a.low(i), a.tokens[i].start, recent));
            }
            self.subject_mention_at(i)
                .filter(|&m| {
                    matches!(self.mentions[m].label, EntityType::Person | EntityType::Org)
                        && self.is_subject_position(a.tok_at(self.mentions[m].span.start))
                        && !self.opens_persons_phrase(m, v)
                })
                .map(Some)
        });
        if let Some(opener) = opener {
            return opener;
        }
        // An unnamed person opening the clause ("A federal judge blocked the law, ruling that …"):
        // the person the next sentence names with that role, if any, and no one else in the clause.
        if coordinated && INDEFINITE_DETERMINERS.contains(a.low(lo)) {
            let head = (lo + 1..v.min(lo + 5)).take_while(|&k| starts_lowercase(a.tok(k))).find(|&k| is_person_role(a.low(k)));
            if let Some(h) = head {
                return self.named_next(h);
            }
        }
        // A description opening the clause ("The 56-year-old said his players had “…” and criticised
        // the refereeing as “…”"): the subject of the clause's first reporting verb.
        if coordinated
            && a.low(lo) == "the"
            && let Some(u) = (lo + 1..g - 1).find(|&u| REPORTING_VERBS.contains(a.low(u)) && starts_lowercase(a.tok(u)))
            && let Some(m) = self.subject_before(u, lo, recent)
        {
            return Some(m);
        }
        // A clause whose only person is a possessor ("Pike's lawyer, who …, said"): the lawyer
        // speaks, unnamed (not "Pike's husband, Tom Pike, said").
        let person_at = |i: usize| self.mention_of(i, &[EntityType::Person]);
        if let Some(f) = (lo..v).find(|&i| person_at(i).is_some())
            && self.owns_person_noun(f)
            && (f..v).all(|i| person_at(i).is_none() || self.index.at(i) == self.index.at(f))
        {
            return None;
        }
        let person = (lo..v)
            .rev()
            .filter_map(|i| self.subject_mention_at(i).or_else(|| self.name_backoff(i)))
            .find(|&m| self.mentions[m].label == EntityType::Person);
        if person.is_some() {
            return person;
        }
        if let Some(i) = (lo..v).find(|&i| is_personal_pronoun(a.low(i))) {
            return self.resolve_speaker_pronoun(a.low(i), a.tokens[i].start, recent);
        }
        (lo..v).rev().filter_map(|i| self.subject_mention_at(i)).find(|&m| self.mentions[m].label == EntityType::Org)
    }

    /// Does organisation mention `m` open a person's noun phrase before token `v`, the person
    /// after its role ("Red Bull team principal Alastair Brennan", "Acme CEO Ann Lee")? The
    /// person, not the organisation, is then the subject.
    fn opens_persons_phrase(&self, m: usize, v: usize) -> bool {
        if self.mentions[m].label != EntityType::Org {
            return false;
        }
        let a = self.a;
        let start = a.tok_at(self.mentions[m].span.start);
        let e = self.index.run_end(m, start, v);
        (e..v.min(e + 6))
            .take_while(|&k| self.index.at(k).is_none_or(|o| self.mentions[o].label == EntityType::Person))
            .find_map(|k| self.mention_of(k, &[EntityType::Person]).map(|_| k))
            .is_some_and(|k| self.noun_phrase_start(k, start) == start)
    }

    /// A person named in apposition after a role phrase that opens at token
    /// `k` (before token `hi`): "said the agency's director of communications,
    /// Jane Roe, in a statement", "said a spokeswoman for Acme, Ann Lee". The
    /// phrase holds a person noun and no clause word, the name follows its
    /// comma and ends the clause or is followed by a comma or a preposition. A
    /// possessor may stand in the phrase: "asked Pike's wife, Ellen"; "one" or
    /// "another" may be the phrase: "asked one, Sarah Bell".
    fn named_after_role_phrase(&self, k: usize, hi: usize) -> Option<usize> {
        let a = self.a;
        let mut person_noun = false;
        let mut j = k;
        while j < hi.min(k + 14) {
            let w = a.low(j);
            if a.tok(j) == "," {
                let m = (person_noun && j + 1 < hi).then(|| self.mention_of(j + 1, &[EntityType::Person])).flatten()?;
                let e = self.index.run_end(m, j + 1, hi);
                let ends = e < a.tokens.len() && (matches!(a.tok(e), "," | "." | ";" | ":") || PHRASE_PREPOSITIONS.contains(a.low(e)));
                return (ends && !self.is_quoted(self.mentions[m].span.start)).then_some(m);
            }
            // "asked one, Sarah Bell", "said another, Ana Ruiz": the pronoun stands for a person noun.
            let one = j == k && matches!(w, "one" | "another") && j + 1 < hi && a.tok(j + 1) == ",";
            person_noun |= is_person_noun(w) || is_spokesperson_noun(w) || one;
            let word = a.tok(j).chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.' || c == '&');
            let clause_word = NOT_NAME_MODIFIERS.contains(w) && !matches!(w, "of" | "for" | "at" | "and" | "on");
            // "according to his aunt, Jane Roe": a possessive opens the phrase.
            let determiner = j == k && ATTRIBUTIVE_DETERMINERS.contains(w);
            // A plural's possessive is a bare apostrophe against the name: "Natural Resources Wales' head".
            let plural_possessive = matches!(a.tok(j), "'" | "’") && j > k && a.adjacent(j - 1) && a.tok(j - 1).ends_with('s');
            let allowed = (word && !clause_word && (determiner || !is_person_pronoun(w))) || is_possessive(a.tok(j)) || plural_possessive;
            if let Some(m) = self.mention_of(j, &[EntityType::Person]) {
                // A possessor is part of the phrase ("asked Pike's wife, Ellen"); another name is not.
                let e = self.index.run_end(m, j, hi);
                if !(e < hi && matches!(a.tok(e), "'s" | "’s")) {
                    return None;
                }
                j = e;
                continue;
            }
            if !allowed {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The speaker after an inverted reporting verb at token `v`, before token
    /// `hi` ("said Tester", "said the company", "said Sen. Smith", "said the
    /// minister, Liz Truss", "said SpaceX spokesman Phil Larson", "said a
    /// spokeswoman for Acme", "said the 56-year-old"). `recent` as for
    /// [`Discourse::subject_before`].
    pub fn subject_after(&self, v: usize, hi: usize, recent: &[Said]) -> Option<usize> {
        let a = self.a;
        let mut k = v + 1;
        if let Some(m) = self.named_after_role_phrase(k, hi) {
            return Some(m);
        }
        if let Some(sp) = self.spokes.iter().chain(&self.documents).find(|s| s.first == k && s.last < hi) {
            return Some(sp.principal);
        }
        // "said the statement", "said the company's written statement".
        if k < hi
            && a.low(k) == "the"
            && let Some(h) = (k + 1..hi.min(k + 3 + DOCUMENT_MODIFIERS)).find(|&j| self.is_document_noun(j))
            && (k + 1..h).all(|j| {
                let word = starts_lowercase(a.tok(j)) && !NOT_NAME_MODIFIERS.contains(a.low(j));
                word || matches!(a.tok(j), "'s" | "’s") || self.index.at(j).is_some()
            })
        {
            return self.document_speaker(h, k, recent);
        }
        if k < hi && a.low(k) == "the" {
            for j in (k + 1..hi.min(k + 9)).rev() {
                // "said the minister, Liz Truss": the name after the comma speaks; a clause
                // after it does not ("said the 56-year-old, who has worked there since 1990").
                let named_next = j + 1 < hi
                    && (self.subject_mention_at(j + 1).is_some()
                        || (a.tok(j + 1) == "," && j + 2 < hi && self.subject_mention_at(j + 2).is_some()));
                if named_next {
                    continue;
                }
                if let Some(Description::Definite(f, head)) = self.description_ending_at(j, k)
                    && (f.is_distinctive() || is_spokesperson_noun(&head) || is_person_role(&head))
                {
                    return self.resolve_description(&f, &head, a.tokens[j].start, recent);
                }
            }
        }
        // Role words before the name: "said planetary geologist Rosaly Lopes", "says
        // Acme senior vice president Jo Park", "explains Acme Team Leader Jo Park".
        for j in k..hi.min(k + 7) {
            if let Some(m) = self.mention_of(j, &[EntityType::Person]) {
                if j > k && !self.is_quoted(self.mentions[m].span.start) {
                    return Some(m);
                }
                break;
            }
            let t = a.tok(j);
            let role_word =
                is_role_noun(a.low(j)) || is_person_noun(a.low(j)) || ROLE_MODIFIERS.contains(a.low(j)) || is_title_word(a.low(j));
            let org_word = self.mention_of(j, &[EntityType::Org]).is_some() || matches!(t, "'s" | "’s");
            // Other modifiers: "the 24-year-old", "long-time", "Undersecretary-General";
            // a clause word ("that", "on", "after") ends the phrase.
            let word =
                (t == "-" || (t.chars().any(char::is_alphanumeric) && t.chars().all(|c| c.is_alphanumeric() || c == '-'))) && j + 1 < hi;
            let modifier = word && !NOT_NAME_MODIFIERS.contains(a.low(j)) && self.index.at(j).is_none();
            if !(role_word || org_word || modifier) {
                break;
            }
        }
        let mut skipped = 0;
        while k < hi && skipped <= 4 {
            if let Some(m) = self.subject_mention_at(k).or_else(|| self.name_backoff(k)) {
                // "said SpaceX spokesman Phil Larson", "said U.S. Attorney Nealy Cox", "said White House
                // Press Secretary Stephanie Grisham": the person after the organisation's or place's role.
                if self.mentions[m].label != EntityType::Person {
                    let role_start = self.index.run_end(m, k, hi);
                    let mut j = role_start;
                    let role_word = |j: usize| {
                        let w = a.low(j).trim_end_matches('.');
                        super::words::is_person_role(w) || ROLE_MODIFIERS.contains(w) || is_title_word(w)
                    };
                    // Capitalised words of an office the tagger left unnamed before the role: "said
                    // Los Angeles County Fire Chief Anthony Marrone".
                    while j < hi
                        && j < role_start + ROLE_OFFICE_WORDS
                        && capitalised(a.tok(j))
                        && !role_word(j)
                        && self.index.at(j).is_none()
                        && j + 1 < hi
                        && (role_word(j + 1) || capitalised(a.tok(j + 1)) && self.index.at(j + 1).is_none())
                    {
                        j += 1;
                    }
                    let office_end = j;
                    // Joined roles too: "said Acme chairman and chief executive Jo Park".
                    let joined = |j: usize| matches!(a.low(j), "and" | "&") && j > role_start && j + 1 < hi && role_word(j + 1);
                    while j < hi && j < role_start + 7 && (role_word(j) || joined(j)) {
                        j += 1;
                    }
                    if j > office_end
                        && j < hi
                        && let Some(p) = self.subject_mention_at(j)
                        && self.mentions[p].label == EntityType::Person
                    {
                        return Some(p);
                    }
                    // No name after the role ("says Ryanair boss" in a headline): the person the
                    // text names after the organisation and a role, unless the role is a
                    // spokesperson's (who speaks for the organisation, spec §7).
                    let spokes = (role_start..j).any(|r| is_spokesperson_noun(a.low(r)));
                    if j > office_end
                        && !spokes
                        && let Some(p) = self.person_with_role_at(m, a.tokens[k].start)
                    {
                        return Some(p);
                    }
                }
                return Some(m);
            }
            let w = a.low(k);
            if is_person_pronoun(w) {
                return self.resolve_speaker_pronoun(w, a.tokens[k].start, recent);
            }
            if is_role_noun(w) && k + 2 < hi && a.tok(k + 1) == "," {
                // "said the minister, Liz Truss"
                if let Some(m) = self.subject_mention_at(k + 2) {
                    return Some(m);
                }
            }
            if is_role_noun(w) && !(k + 1 < hi && self.subject_mention_at(k + 1).is_some()) {
                return self.resolve_role_np(k);
            }
            if !(is_title_word(w) || capitalised(a.tok(k))) {
                return None;
            }
            skipped += 1;
            k += 1;
        }
        None
    }
}
