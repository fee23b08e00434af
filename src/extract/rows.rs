//! The rows the extract stage produces, one type per output table, with the
//! closed sets of values as enums.
//!
//! Every row is generic over the unit of its offsets: extractors build rows
//! in bytes (`Mention<Bytes>`), and [`Extraction::into_chars`] converts a
//! document's rows to code points (`Mention<Chars>`, the default) once, at
//! the stage's edge. Rows refer to each other by index within the document:
//! a quote's speaker or an amount's owner is an index into
//! [`Extraction::mentions`]; the transform stage turns those into entity ids.

use super::analysis::{Bytes, CharIndex, Chars, Span};
use crate::document::DateSource;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

string_enum! {
    /// Entity types of spec §1.
    EntityType {
        /// People, including surname-only mentions and fictional characters.
        Person = "PERSON",
        /// Companies, agencies, institutions, parties, media outlets, teams.
        Org = "ORG",
        /// Countries, cities, regions, named places and buildings.
        Loc = "LOC",
        /// Nationalities, events, works, products, named projects.
        Misc = "MISC",
    }
}

string_enum! {
    /// How a stated number relates to the true one (spec §2 table).
    Qualifier {
        /// No qualifier: the value as stated.
        Exact = "exact",
        /// "about", "nearly", "some".
        Approx = "approx",
        /// "over", "more than".
        Over = "over",
        /// "under", "less than".
        Under = "under",
        /// "at least".
        AtLeast = "at_least",
        /// "at most", "up to".
        AtMost = "at_most",
        /// "between X and Y", "X to Y": `low` and `high`, no value.
        Range = "range",
    }
}

string_enum! {
    /// What an amount counts. Money, percent and count are scored (spec §2);
    /// the others are kept so that users can tell them apart.
    AmountKind {
        /// A sum of money with its currency.
        Money = "money",
        /// A percentage or a fraction of a whole.
        Percent = "percent",
        /// A number of countable things, with the counted noun as `unit`.
        Count = "count",
        /// A measure with a unit ("3.3 billion barrels").
        Quantity = "quantity",
        /// A span of time ("two years").
        Duration = "duration",
        /// A person's age ("39-year-old").
        Age = "age",
    }
}

string_enum! {
    /// The granularity of a date's ISO value (spec §3).
    Granularity {
        /// `2025-01-22`.
        Day = "day",
        /// `2025-W04`.
        Week = "week",
        /// `2024-06`.
        Month = "month",
        /// `2019-Q3`.
        Quarter = "quarter",
        /// `2015`, or a split year `2022/2023`.
        Year = "year",
    }
}

string_enum! {
    /// Where a quote was found (spec §4).
    Channel {
        /// Quotation marks in running text.
        Prose = "prose",
        /// An embedded social-media post with an attribution line.
        Social = "social",
    }
}

string_enum! {
    /// What a relation says of its subject.
    Predicate {
        /// Subject holds a role (title in `detail`) at the object.
        Role = "role",
        /// Subject pays the amount (verb in `detail`) to the object.
        Payment = "payment",
        /// Subject founded the object.
        Founded = "founded",
        /// Subject sued the object.
        Sued = "sued",
        /// Subject acquired the object.
        Acquired = "acquired",
    }
}

/// An entity mention (spec §1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Mention<U = Chars> {
    /// Where it stands in the text.
    pub span: Span<U>,
    /// The text it covers.
    pub text: String,
    /// Its type as tagged (the transform stage gives every mention its entity's type).
    pub label: EntityType,
    /// 0-based index of its sentence.
    pub sentence: usize,
}

/// An amount (spec §2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Amount<U = Chars> {
    /// The number with its currency sign or word and scale word, qualifiers left out.
    pub span: Span<U>,
    /// The text it covers.
    pub text: String,
    /// 0-based index of its sentence.
    pub sentence: usize,
    /// What it counts.
    pub kind: AmountKind,
    /// The stated number in base units; empty for a range.
    pub value: Option<f64>,
    /// Lower bound (spec §2 table).
    pub low: Option<f64>,
    /// Upper bound (spec §2 table).
    pub high: Option<f64>,
    /// How the stated number relates to the true one.
    pub qualifier: Qualifier,
    /// ISO 4217 code for money.
    pub currency: Option<String>,
    /// Counted noun for counts ("jobs"), measure unit for quantities.
    pub unit: Option<String>,
    /// Index into the document's mentions of who pays, raises, holds... the amount.
    pub owner: Option<usize>,
}

/// A calendar expression (spec §3).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct DateMention<U = Chars> {
    /// The date words themselves.
    pub span: Span<U>,
    /// The text it covers.
    pub text: String,
    /// 0-based index of its sentence.
    pub sentence: usize,
    /// ISO 8601 at its own granularity: 2025-01-22, 2025-W04, 2024-06, 2019-Q3, 2015, 2022/2023.
    pub value: String,
    /// The granularity of `value`.
    pub granularity: Granularity,
    /// Resolved against the document date ("Wednesday", "last year").
    pub relative: bool,
}

/// A direct quote or embedded social post (spec §4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Quote<U = Chars> {
    /// The quoted words, quotation marks left out.
    pub span: Span<U>,
    /// The text it covers.
    pub text: String,
    /// 0-based index of the sentence it starts in.
    pub sentence: usize,
    /// Index into the document's mentions of the speaker, when one was found.
    pub speaker: Option<usize>,
    /// Reporting verb ("said", "tweeted"); empty for embedded posts.
    pub verb: Option<String>,
    /// Running text or an embedded post.
    pub channel: Channel,
    /// Social handle of an embedded post's author, with its "@".
    pub handle: Option<String>,
    /// ISO date of an embedded post.
    pub posted_at: Option<String>,
}

/// A relation between entities (role, payment, founded, sued, acquired).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Relation<U = Chars> {
    /// Index into the document's mentions.
    pub subject: usize,
    /// What the relation says.
    pub predicate: Predicate,
    /// Index into the document's mentions, when the object is an entity.
    pub object: Option<usize>,
    /// Index into the document's amounts (payments).
    pub amount: Option<usize>,
    /// ISO date when the sentence dates the relation.
    pub date: Option<String>,
    /// The evidence sentence.
    pub evidence: String,
    /// Where the evidence sentence stands.
    pub span: Span<U>,
    /// Free-text argument when the object is not an entity (a role's title: "CEO").
    pub detail: Option<String>,
}

/// Document-level facts: metadata where given, else inferred from the text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// The headline.
    pub title: Option<String>,
    /// Who published it (a name or a web domain).
    pub publisher: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// When it was published.
    pub published_date: Option<NaiveDate>,
    /// Where `published_date` came from; empty when unknown.
    pub date_source: Option<DateSource>,
    /// Length of the text in code points.
    pub n_chars: usize,
    /// ISO 639-1 code of the language it is written in (metadata's, else
    /// [`super::analysis::language::detect`]'s); rows are extracted from English only.
    pub language: String,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Extraction<U = Chars> {
    /// Document-level facts.
    pub info: DocInfo,
    /// Entity mentions, in text order.
    pub mentions: Vec<Mention<U>>,
    /// Amounts, in text order.
    pub amounts: Vec<Amount<U>>,
    /// Dates, in text order.
    pub dates: Vec<DateMention<U>>,
    /// Quotes, in text order.
    pub quotes: Vec<Quote<U>>,
    /// Relations, in evidence order.
    pub relations: Vec<Relation<U>>,
}

impl<U> Default for Extraction<U> {
    fn default() -> Self {
        Extraction { info: DocInfo::default(), mentions: vec![], amounts: vec![], dates: vec![], quotes: vec![], relations: vec![] }
    }
}

impl Extraction<Bytes> {
    /// The same rows with every offset in code points of `text`, and `n_chars` set.
    pub fn into_chars(self, text: &str) -> Extraction<Chars> {
        let ci = CharIndex::new(text);
        let sp = |s: Span<Bytes>| ci.span(s);
        Extraction {
            info: DocInfo { n_chars: ci.len(), ..self.info },
            mentions: self
                .mentions
                .into_iter()
                .map(|r| Mention { span: sp(r.span), text: r.text, label: r.label, sentence: r.sentence })
                .collect(),
            amounts: self
                .amounts
                .into_iter()
                .map(|r| Amount {
                    span: sp(r.span),
                    text: r.text,
                    sentence: r.sentence,
                    kind: r.kind,
                    value: r.value,
                    low: r.low,
                    high: r.high,
                    qualifier: r.qualifier,
                    currency: r.currency,
                    unit: r.unit,
                    owner: r.owner,
                })
                .collect(),
            dates: self
                .dates
                .into_iter()
                .map(|r| DateMention {
                    span: sp(r.span),
                    text: r.text,
                    sentence: r.sentence,
                    value: r.value,
                    granularity: r.granularity,
                    relative: r.relative,
                })
                .collect(),
            quotes: self
                .quotes
                .into_iter()
                .map(|r| Quote {
                    span: sp(r.span),
                    text: r.text,
                    sentence: r.sentence,
                    speaker: r.speaker,
                    verb: r.verb,
                    channel: r.channel,
                    handle: r.handle,
                    posted_at: r.posted_at,
                })
                .collect(),
            relations: self
                .relations
                .into_iter()
                .map(|r| Relation {
                    span: sp(r.span),
                    subject: r.subject,
                    predicate: r.predicate,
                    object: r.object,
                    amount: r.amount,
                    date: r.date,
                    evidence: r.evidence,
                    detail: r.detail,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_serialise_to_the_table_strings() {
        assert_eq!(serde_json::to_string(&AmountKind::Money).unwrap(), "\"money\"");
        assert_eq!(serde_json::to_string(&Qualifier::AtLeast).unwrap(), "\"at_least\"");
        assert_eq!(serde_json::to_string(&EntityType::Person).unwrap(), "\"PERSON\"");
        for k in Granularity::ALL {
            assert_eq!(serde_json::to_string(k).unwrap(), format!("\"{}\"", k.as_str()));
        }
        assert_eq!(Predicate::Acquired.to_string(), "acquired");
        assert_eq!(Channel::Social.as_str(), "social");
    }

    #[test]
    fn conversion_to_code_points_happens_once_for_every_row() {
        let text = "é Acme said “hi there” on Monday, paying €5 to Bo.";
        let b = |s: &str| {
            let st = text.find(s).unwrap();
            Span::<Bytes>::new(st, st + s.len())
        };
        let x = Extraction::<Bytes> {
            mentions: vec![Mention { span: b("Acme"), text: "Acme".into(), label: EntityType::Org, sentence: 0 }],
            amounts: vec![Amount {
                span: b("€5"),
                text: "€5".into(),
                sentence: 0,
                kind: AmountKind::Money,
                value: Some(5.0),
                low: Some(5.0),
                high: Some(5.0),
                qualifier: Qualifier::Exact,
                currency: Some("EUR".into()),
                unit: None,
                owner: Some(0),
            }],
            dates: vec![DateMention {
                span: b("Monday"),
                text: "Monday".into(),
                sentence: 0,
                value: "2025-01-20".into(),
                granularity: Granularity::Day,
                relative: true,
            }],
            quotes: vec![Quote {
                span: b("hi there"),
                text: "hi there".into(),
                sentence: 0,
                speaker: Some(0),
                verb: Some("said".into()),
                channel: Channel::Prose,
                handle: None,
                posted_at: None,
            }],
            relations: vec![Relation {
                span: b("Acme said"),
                subject: 0,
                predicate: Predicate::Payment,
                object: None,
                amount: Some(0),
                date: None,
                evidence: "Acme said".into(),
                detail: None,
            }],
            ..Default::default()
        };
        let c = x.into_chars(text);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: Span<Chars>| chars[s.start..s.end].iter().collect::<String>();
        assert_eq!(slice(c.mentions[0].span), "Acme");
        assert_eq!(slice(c.amounts[0].span), "€5");
        assert_eq!(slice(c.dates[0].span), "Monday");
        assert_eq!(slice(c.quotes[0].span), "hi there");
        assert_eq!(slice(c.relations[0].span), "Acme said");
        assert_eq!(c.info.n_chars, chars.len());
    }
}
