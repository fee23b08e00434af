//! Calendar expressions normalised to ISO 8601 (spec §3, §7).
//!
//! Three steps: [`grammar`] finds date expressions in the raw text and says
//! what each one is ("Jan. 22" is a month and a day, "last week" is one week
//! back); [`context`] reads the tense of the clause around it; [`resolve`]
//! turns it into an ISO value at its own granularity against the document
//! date. [`docdate`] infers the document date from the text when metadata
//! gives none.
//!
//! Conventions (they follow the gold files):
//! - Spans are the date words themselves, with their modifier ("last month",
//!   "next Tuesday", "the weekend", "November last year"), without
//!   prepositions or vague qualifiers ("Wednesday" in "early Wednesday
//!   morning", "August" in "mid-August", "this week" in "earlier this week").
//! - A weekday is the most recent one on or before the document date, or the
//!   coming one (on or after it) when the clause speaks of the future; a day
//!   or month without a year likewise (most recent unless future).
//! - Expressions that need the document date (weekdays, "yesterday", "last
//!   year", "in March", "Jan. 22") are **dropped** when it is unknown: a row
//!   without a value would only count as a wrong value. `relative` is true for
//!   every value that was resolved against the document date.
//! - Not dates: durations ("two years", "the past week"), vague spans
//!   ("recently", "the 2020s", "summer"), times of day, ages, years that are
//!   counts ("2015 employees").

mod anchors;
mod calendar;
mod context;
mod docdate;
mod grammar;
mod holidays;
mod ranges;
mod resolve;

use super::DateMention;
use super::analysis::Analysis;
use super::analysis::{Bytes, Span};
use crate::document::DateSource;
use chrono::NaiveDate;

/// Dates in the document (byte offsets), relative ones resolved against `doc_date`.
pub fn extract(a: &Analysis, doc_date: Option<NaiveDate>) -> Vec<DateMention<Bytes>> {
    let cands = grammar::candidates(a);
    let values = resolve::all(a, &cands, doc_date);
    cands
        .into_iter()
        .zip(values)
        .filter_map(|(c, v)| {
            let (value, granularity, relative) = v?;
            Some(DateMention {
                span: Span::new(c.start, c.end),
                text: a.text[c.start..c.end].to_string(),
                sentence: a.sentence_of(c.start),
                value,
                granularity,
                relative,
            })
        })
        .collect()
}

/// The document's publication date inferred from its text, with how it was found
/// (a social post, a dateline, the text); `None` when nothing is convincing.
pub fn infer_document_date(a: &Analysis) -> Option<(NaiveDate, DateSource)> {
    docdate::infer(a)
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod cases_context;
#[cfg(test)]
mod tests;
