//! Money, percents and counts with normalised values and qualifiers (spec §2, §7).
//!
//! The extractor walks the tokens once. At each token it tries to read an
//! amount expression (`expr.rs`): an optional currency prefix ("$", "US$",
//! "€", "R", "USD"), a number (`numbers.rs`), and an optional suffix (a
//! percent word or sign, a currency word such as "Hong Kong dollars", a
//! trailing "$"); which dollar, yen or rupee a bare sign means comes from the
//! text as a whole (`currency.rs`). Two expressions joined by "to", "-" or
//! "between ... and" make a range (`ranges.rs`). Then (`scan.rs`):
//!
//! - money and percents are kept as they are;
//! - plain numbers become counts when a counted noun follows ("300 school
//!   districts" -> "districts", "30 of the planes" -> "planes") or, for a
//!   bare number ("we hired 500"), when an earlier count in the last sentences
//!   gives the elided noun (`units.rs`); a number before a time word is a
//!   `duration`, before a measure unit a `quantity`, and years, dates, times,
//!   ages, ordinals, model numbers, phone numbers and "one" as an article are
//!   left out;
//! - the qualifier comes from the words before ("more than", "up to", "some")
//!   or after ("8M+", "or more") the expression and is kept out of the span
//!   (`qualifiers.rs`).
//!
//! Each amount's owner is the PERSON or ORG mention that is the subject of a
//! money verb ("paid", "raised", "has") before it in the same sentence
//! (`owner.rs`). Every word list comes from [`crate::lexicon`]. Offsets are
//! bytes; `extract::extract` converts them to code points.

mod currency;
mod expr;

mod owner;
mod qualifiers;
mod ranges;
mod scan;
mod units;

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;

use super::analysis::{Analysis, Bytes, Span, is_possessive};
use super::{Amount, AmountKind, Mention, Qualifier};
use crate::extract::numbers::{Grouping, Number, parse_number_grouped};
use currency::TextCurrency;
use regex::Regex;
use std::sync::LazyLock;

/// Amounts in the document; `mentions` let an amount name its owner.
pub fn extract(a: &Analysis, mentions: &[Mention<Bytes>]) -> Vec<Amount<Bytes>> {
    let ctx = Ctx::new(a, mentions);
    let n = a.tokens.len();
    let mut consumed = vec![false; n];
    let mut out: Vec<Found> = Vec::new();
    let mut recent = Recent::default();
    let mut i = 0;
    while i < n {
        if consumed[i] {
            i += 1;
            continue;
        }
        match scan::scan_at(&ctx, i, &consumed, &out, &mut recent) {
            Step::Emit(found) => {
                // Words after the amount are scanned again ("30 of the 50 states"),
                // except the model numbers inside its noun phrase ("30 Boeing 787 jets").
                consumed[found.s..found.e].iter_mut().for_each(|c| *c = true);
                for &k in &found.extra_consumed {
                    consumed[k] = true;
                }
                i = found.e.max(i + 1);
                out.push(found);
            }
            Step::Skip(upto) => {
                for c in consumed.iter_mut().take(upto).skip(i) {
                    *c = true;
                }
                i = upto.max(i + 1);
            }
            Step::None => i += 1,
        }
    }
    out.iter().map(|f| to_amount(&ctx, f)).collect()
}

// ---------------------------------------------------------------------------
// Document context (ASCII word boundaries keep the regexes on the fast engines)
// ---------------------------------------------------------------------------

/// Phone numbers: "(202) 555-0143", "+1 202 555 0143", "555-1234".
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{1,3}[\s.-]?)?\(?(?-u:\b)\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?-u:\b)|(?-u:\b)\d{3}-\d{4}(?-u:\b)").unwrap()
});

/// What the amount extractor knows about the document beyond the shared
/// analysis: the mention index, phone numbers, sentence starts and the
/// currencies the text uses.
struct Ctx<'a, 'b> {
    a: &'b Analysis<'a>,
    mentions: &'b [Mention<Bytes>],
    /// Mention covering each token (the shared [`super::mention_at`] index).
    mention_at: Vec<Option<usize>>,
    /// Mention ending with each token.
    mention_ends: Vec<Option<usize>>,
    /// Tokens inside a phone number.
    phone: Vec<bool>,
    /// First token of each sentence with a letter or digit.
    first_word: Vec<usize>,
    /// Which dollar, yen and rupee the text means, and which currencies it cues.
    cur: TextCurrency,
    /// How the text groups thousands.
    grouping: Grouping,
}

impl<'a, 'b> Ctx<'a, 'b> {
    fn new(a: &'b Analysis<'a>, mentions: &'b [Mention<Bytes>]) -> Self {
        let n = a.tokens.len();
        let mention_at = super::mention_at(a, mentions);
        let mention_ends: Vec<Option<usize>> = (0..n).map(|k| mention_at[k].filter(|&m| a.tokens[k].end >= mentions[m].span.end)).collect();
        let mut phone = vec![false; n];
        for m in PHONE.find_iter(a.text) {
            phone[a.token_range(m.start(), m.end())].fill(true);
        }
        let first_word = a
            .sentences
            .iter()
            .map(|s| s.tokens.clone().find(|&k| a.tok(k).chars().any(char::is_alphanumeric)).unwrap_or(s.tokens.start))
            .collect();
        Ctx { a, mentions, mention_at, mention_ends, phone, first_word, cur: TextCurrency::new(a.text), grouping: Grouping::of(a.text) }
    }

    /// The number phrase starting at token `i`, read with the text's grouping.
    fn number(&self, i: usize) -> Option<Number> {
        parse_number_grouped(self.a, i, self.grouping)
    }

    fn n(&self) -> usize {
        self.a.tokens.len()
    }

    /// The text of token `i`, or "" past the last token.
    fn tok(&self, i: usize) -> &'a str {
        self.a.tok(i)
    }

    /// The sentence of token `i`, or `None` past the last token.
    fn sent(&self, i: usize) -> Option<usize> {
        (i < self.n()).then(|| self.a.sentence_of_token(i))
    }

    /// Is token `i` the first word of its sentence (only punctuation before it)?
    fn sentence_initial(&self, i: usize) -> bool {
        i <= self.first_word[self.a.sentence_of_token(i)]
    }

    /// Do the lowercase tokens ending just before `end` spell `phrase`? Returns its first token.
    fn phrase_before(&self, end: usize, phrase: &str) -> Option<usize> {
        self.a.phrase_ending_at(end, 0, phrase).filter(|&start| self.sent(start) == self.sent(end.saturating_sub(1)))
    }

    /// Do the lowercase tokens from `start` spell `phrase`? Returns the token after it.
    fn phrase_at(&self, start: usize, phrase: &str) -> Option<usize> {
        let mut n = 0;
        for (k, w) in phrase.split(' ').enumerate() {
            if self.a.low(start + k) != w {
                return None;
            }
            n = k + 1;
        }
        Some(start + n)
    }

    /// The lowercase form of the token before `i`, or "" at the start.
    fn low_before(&self, i: usize) -> &str {
        if i > 0 { self.a.low(i - 1) } else { "" }
    }
}

// ---------------------------------------------------------------------------
// Expressions and findings
// ---------------------------------------------------------------------------

/// One amount expression: a number with its currency or percent marks.
#[derive(Debug, Clone)]
struct Expr {
    /// First token of the span (currency sign included).
    s: usize,
    /// One past the last token of the span.
    e: usize,
    num: Number,
    value: f64,
    money: bool,
    currency: Option<&'static str>,
    percent: bool,
}

/// An amount found, in tokens, before conversion to a row.
#[derive(Debug, Clone)]
struct Found {
    s: usize,
    e: usize,
    kind: AmountKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Qualifier,
    currency: Option<&'static str>,
    unit: Option<String>,
    extra_consumed: Vec<usize>,
}

/// The unit of the last count or quantity, for elided nouns ("we hired 500").
#[derive(Debug, Clone)]
struct LastUnit {
    kind: AmountKind,
    unit: String,
    sentence: usize,
}

/// What the scan read last that a bare number after it may take: the last count's or quantity's
/// unit, and the sentence and currency of a sum read since, whose currency a scaled bare number in
/// that sentence takes ("147.3 million crowns compared to 144.5 million").
#[derive(Debug, Clone, Default)]
struct Recent {
    unit: Option<LastUnit>,
    sum: Option<(usize, Option<&'static str>)>,
}

impl Recent {
    /// A count or quantity with its unit: the noun elided numbers take from now on.
    fn counted(&mut self, kind: AmountKind, unit: &str, sentence: usize) {
        *self = Recent { unit: Some(LastUnit { kind, unit: unit.to_string(), sentence }), sum: None };
    }
}

enum Step {
    /// An amount.
    Emit(Found),
    /// Not an amount: skip these tokens (a model number, a date...).
    Skip(usize),
    None,
}

/// Is `v` a plausible year (a four-digit number in this range is a year, not a count)?
fn is_year(v: f64) -> bool {
    (1800.0..=2100.0).contains(&v)
}

/// Fill low/high from the qualifier (spec §2 table).
fn set_bounds(mut f: Found) -> Found {
    let v = f.value;
    if f.qualifier != Qualifier::Range {
        f.low = None;
        f.high = None;
    }
    match f.qualifier {
        Qualifier::Exact => {
            f.low = v;
            f.high = v;
        }
        Qualifier::Approx => {}
        Qualifier::Over | Qualifier::AtLeast => f.low = v,
        Qualifier::Under | Qualifier::AtMost => f.high = v,
        Qualifier::Range => {}
    }
    f
}

/// A non-scored amount with exact bounds ("age", "duration").
fn simple(x: &Expr, kind: AmountKind, unit: Option<&str>) -> Found {
    Found {
        s: x.s,
        e: x.e,
        kind,
        value: Some(x.value),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        currency: None,
        unit: unit.map(str::to_string),
        extra_consumed: Vec::new(),
    }
}

fn to_amount(ctx: &Ctx, f: &Found) -> Amount<Bytes> {
    let a = ctx.a;
    let start = a.tokens[f.s].start;
    let end = a.tokens[f.e - 1].end;
    Amount {
        span: Span::new(start, end),
        text: a.text[start..end].to_string(),
        sentence: a.sentence_of(start),
        kind: f.kind,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        currency: if f.kind == AmountKind::Money { f.currency.map(str::to_string) } else { None },
        unit: f.unit.clone(),
        owner: owner::owner(ctx, f),
    }
}
