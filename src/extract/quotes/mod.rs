//! Direct quotes and embedded social posts with their speakers (spec §4).
//!
//! Two passes over the document:
//! 1. Embedded posts: an attribution line such as `— Elon Musk (@elonmusk) January 22, 2025`
//!    turns the post lines right above it into one `social` quote (speaker from the
//!    attribution, `handle`, `posted_at`). Those lines are then left out of pass 2, so a
//!    quotation inside a post is not counted twice.
//! 2. Prose quotes: text between quotation marks (curly, straight, guillemets; single
//!    marks only when clearly attributed, or as a whole sentence right after an
//!    attributed single-quoted one), paired within a paragraph; a paragraph that
//!    ends inside an open quotation and is followed by one opening with a mark continues
//!    it (one quote per paragraph, one speaker). Nested quotations are not separate.
//!    Scare quotes of one word, quoted names and titles of works are dropped.
//!
//! Speakers come from reporting verbs next to the quote ("…,” he said", "said Tester",
//! "Musk wrote “…”", "according to X"), then from the context (the previous quote of the
//! paragraph, an introducing sentence such as "Hours later, Altman responded."). Pronouns
//! resolve to the subject of the nearest earlier sentence naming a person; role nouns
//! ("the company", "the senator") to the mention the document introduced with that role:
//! that part is the [`discourse`](super::discourse) layer's, which the quotes also feed
//! (the regions inside quotation marks and posts, where mentions are not speakers).
//!
//! Parts: `candidates` pairs quotation marks, `posts` finds embedded posts,
//! `attribution` finds speakers, `filters` drops names, titles and scare quotes.
//!
//! All offsets are bytes; every scan is linear or logarithmic in the document size.

mod attribution;
mod candidates;
mod context;
mod filters;
mod posts;
#[cfg(test)]
mod speaker_cases;
#[cfg(test)]
mod speaker_classes;
#[cfg(test)]
mod tests;

use super::analysis::{Analysis, Bytes, Span};
use super::discourse::{Discourse, Said};
use super::rows::EntityType;
use super::{Channel, Quote};
use attribution::{Attribution, direct_attribution};
use candidates::Cand;
use chrono::NaiveDate;
use context::context_attribution;
use posts::Post;
use std::collections::HashMap;

/// Where a document's quotations are, found before speakers are known: its
/// embedded posts and the spans between quotation marks (outside the posts).
/// Their [`regions`](QuoteSpans::regions) feed the discourse layer; [`extract`]
/// then attributes them.
pub struct QuoteSpans {
    posts: Vec<Post>,
    cands: Vec<Cand>,
}

impl QuoteSpans {
    /// Find the embedded posts and the quoted spans of the other paragraphs.
    /// `doc_date` supplies the year of a post dated without one.
    pub fn find(a: &Analysis, doc_date: Option<NaiveDate>) -> Self {
        let posts = posts::find_posts(a, doc_date);
        let excluded: Vec<Span<Bytes>> = posts.iter().map(|p| p.region).collect();
        let cands = candidates::find_candidates(a, &excluded);
        QuoteSpans { posts, cands }
    }

    /// Byte ranges where mentions are not speakers or subjects: the text inside
    /// quotation marks, and each post with its attribution line.
    pub fn regions(&self) -> Vec<Span<Bytes>> {
        self.cands.iter().map(|c| Span::new(c.start, c.end)).chain(self.posts.iter().map(|p| p.region)).collect()
    }
}

/// Quotes in the document, sorted by start; speakers are indices into the
/// discourse's mentions. `spans` are the document's [`QuoteSpans`] (whose
/// regions built `d`).
pub fn extract(d: &Discourse, spans: QuoteSpans) -> Vec<Quote<Bytes>> {
    let a = d.a;
    let mut out: Vec<Quote<Bytes>> = spans
        .posts
        .into_iter()
        .map(|p| Quote {
            span: p.span,
            text: p.span.slice(a.text).to_string(),
            sentence: a.sentence_of(p.span.start),
            speaker: d.mention_within(p.name.start, p.name.end).or_else(|| d.mention_named(p.name.slice(a.text))),
            verb: None,
            channel: Channel::Social,
            handle: p.handle,
            posted_at: p.posted_at,
        })
        .collect();
    out.extend(prose_quotes(d, &spans.cands));
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out
}

/// Prose quotes with their speakers, after the filters.
fn prose_quotes(d: &Discourse, cands: &[Cand]) -> Vec<Quote<Bytes>> {
    let a = d.a;
    // Attribution per candidate, in text order (pronouns and descriptions weigh the
    // speakers found before); a group takes the first part that has one.
    let mut recent: Vec<Said> = Vec::new();
    let mut direct: Vec<Option<Attribution>> = Vec::with_capacity(cands.len());
    for c in cands {
        let at = direct_attribution(d, c, &recent);
        if let Some(sp) = at.as_ref().and_then(|at| at.speaker) {
            recent.push(Said { at: c.open, speaker: sp });
        }
        direct.push(at);
    }
    let mut by_group: HashMap<usize, (usize, Option<Attribution>)> = HashMap::new();
    for (i, (c, at)) in cands.iter().zip(&direct).enumerate() {
        let e = by_group.entry(c.group).or_insert((i, None));
        if e.1.is_none() {
            e.1 = at.clone().filter(|at| at.speaker.is_some());
        }
    }
    let mut done: Vec<(Cand, Attribution)> = Vec::new();
    let mut out = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let content = &a.text[c.start..c.end];
        let words = filters::word_count(content);
        let (first_of_group, group_speaker) = &by_group[&c.group];
        let group_attr = group_speaker.clone().or_else(|| direct[i].clone());
        // Scare quotes of one word, quoted names, titles of works, slogans and labels; their
        // attribution still tells who speaks next in the paragraph ("“Amazing,” Davis said. “…”").
        let dropped = words < 2 || filters::is_quoted_name(d, c) || filters::is_title_of_work(d, c) || filters::is_quoted_label(d, c)
            // Single-quoted spans count only when a reporting verb attributes them, or as a whole
            // sentence right after an attributed one ("'…,' she said. 'Drivers have waited.'").
            || (c.single && group_attr.is_none() && !after_attributed_single(a, c, done.last()))
            // Short fragments need a reporting cue ("the “leading expert”", not "a “green shoe” option").
            || (words <= 2
                && group_attr.is_none()
                && !filters::has_reporting_cue(d, c)
                && !whole_spoken_paragraph(a, c)
                && !spoken_sentence_after_quote(a, c, done.last().map(|(p, _)| p)));
        if dropped {
            if let Some(at) = direct[i].clone().filter(|at| at.speaker.is_some()) {
                done.push((c.clone(), at));
            }
            continue;
        }
        let group_attr = group_attr.or_else(|| sentence_mate_attribution(d, cands, &direct, i));
        let attr = match group_attr {
            // A verb with a speaker, or with an unnamed one ("analysts said"): final.
            Some(at) => at,
            other => {
                let first = &cands[*first_of_group];
                context_attribution(d, first, &done, &recent).map_or(other.unwrap_or(Attribution { speaker: None, verb: None }), |mut x| {
                    if let Some(o) = direct[i].as_ref() {
                        x.verb = o.verb.clone().or(x.verb);
                    }
                    x
                })
            }
        };
        done.push((c.clone(), attr.clone()));
        out.push(Quote {
            span: Span::new(c.start, c.end),
            text: content.to_string(),
            sentence: a.sentence_of(c.start),
            speaker: attr.speaker,
            verb: attr.verb,
            channel: Channel::Prose,
            handle: None,
            posted_at: None,
        });
    }
    out
}

/// The attribution of a later quotation of the same sentence, for quotation `i`
/// that has none: one trailing verb speaks for every fragment of its sentence
/// ("The outages were “disruptive”, but “we will not gamble,” chief executive
/// Andrew Vesey said."). Not when a person stands outside quotations before it
/// in the sentence or between the two other than the speaker ("Smith called it
/// “a disaster”, and Jones said “…”").
fn sentence_mate_attribution(d: &Discourse, cands: &[Cand], direct: &[Option<Attribution>], i: usize) -> Option<Attribution> {
    let a = d.a;
    let c = &cands[i];
    let sent = a.sentence_of(c.open);
    let (j, at) = (i + 1..cands.len())
        .take_while(|&j| a.sentence_of(cands[j].open) == sent)
        .find_map(|j| direct[j].clone().filter(|at| at.speaker.is_some()).map(|at| (j, at)))?;
    let speaker = at.speaker?;
    let from = a.sentences[sent].tokens.start;
    let to = a.tok_at(cands[j].open);
    let other_person = (from..to).any(|k| {
        d.mention_of(k, &[EntityType::Person]).is_some_and(|m| !d.is_quoted(a.tokens[k].start) && d.referent(m) != d.referent(speaker))
    });
    (!other_person).then_some(at)
}

/// Is the single-quoted `c` a whole sentence right after a single-quoted
/// quotation of its paragraph (`prev`, the last one handled) that a verb
/// attributed to someone? British style sets speech in single marks.
fn after_attributed_single(a: &Analysis, c: &Cand, prev: Option<&(Cand, Attribution)>) -> bool {
    prev.is_some_and(|(p, at)| p.single && at.speaker.is_some() && spoken_sentence_after_quote(a, c, Some(p)))
}

/// Is the quotation a whole sentence ("“We won.”") right after another
/// quotation of its paragraph (`prev`, the last one handled)? Then it goes on
/// with that speech however short ("“We did this too,” she recalled. “We won.”").
fn spoken_sentence_after_quote(a: &Analysis, c: &Cand, prev: Option<&Cand>) -> bool {
    let Some(prev) = prev.filter(|p| p.para.start == c.para.start && p.close_end <= c.open) else { return false };
    let Some(sentence) = a.sentences.get(a.sentence_of(c.open)).filter(|s| !s.tokens.is_empty()) else { return false };
    let (from, to) = (a.tokens[sentence.tokens.start].start, a.tokens[sentence.tokens.end - 1].end);
    let inside = a.text[c.start..c.end].trim_end();
    c.closed
        && inside.ends_with(['.', '!', '?'])
        && prev.close_end <= from
        && from <= c.open
        && a.text[from..c.open].trim().is_empty()
        && a.text[c.close_end..to.max(c.close_end)].trim().is_empty()
}

/// Is the quotation a whole paragraph ending a sentence ("“It hurts.”")? Then
/// it is speech however short, not a quoted fragment.
fn whole_spoken_paragraph(a: &Analysis, c: &Cand) -> bool {
    let inside = a.text[c.start..c.end].trim_end();
    c.closed
        && a.text[c.para.start..c.open].trim().is_empty()
        && a.text[c.close_end.min(c.para.end)..c.para.end].trim().is_empty()
        && inside.ends_with(['.', '!', '?'])
}
