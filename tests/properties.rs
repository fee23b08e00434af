//! Property tests: every extractor on random news-like text. Whatever the
//! text, no row's offsets fall outside the document, each row's text is the
//! document's slice at its offsets (in code points), and extraction does not
//! panic. The generator mixes words that trigger every extractor (names,
//! roles, numbers, currencies, dates, quotation marks, handles, URLs) with
//! punctuation, line breaks and non-ASCII characters.

use newsframe::document::{Document, Metadata};
use newsframe::extract::{self, Models};
use proptest::prelude::*;
use std::sync::LazyLock;

static MODELS: LazyLock<Models> = LazyLock::new(|| Models::bundled().expect("bundled models"));

const PIECES: &[&str] = &[
    "Sam",
    "Altman",
    "Acme",
    "Corp",
    "Inc.",
    "said",
    "told",
    "he",
    "she",
    "the",
    "company",
    "CEO",
    "of",
    "in",
    "Paris",
    "U.S.",
    "Gov.",
    "Dr.",
    "$",
    "€",
    "£",
    "R",
    "5",
    "3.5",
    "1,200",
    "million",
    "bn",
    "billion",
    "%",
    "percent",
    "one",
    "two",
    "dozen",
    "workers",
    "jobs",
    "up",
    "to",
    "more",
    "than",
    "between",
    "and",
    "Monday",
    "January",
    "22",
    "2025",
    "last",
    "year",
    "next",
    "week",
    "Q3",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "''",
    "(",
    ")",
    ",",
    ".",
    ":",
    ";",
    "—",
    "-",
    "!",
    "?",
    "\n",
    "\n\n",
    "\r\n",
    "@handle",
    "https://t.co/x",
    "example.com",
    "é",
    "日本",
    "🇺🇸",
    "Ñandú",
    "'s",
    "’s",
    "n't",
    "-year-old",
    "X",
    "Y",
    "#tag",
    "…",
    "\u{a0}",
    "\t",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), prop::bool::weighted(0.8)), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (p, space) in v {
            s.push_str(p);
            if space {
                s.push(' ');
            }
        }
        s
    })
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = Document { doc_id: "p.txt".into(), source_path: "p.txt".into(), text: text.to_string(), meta: Metadata::default() };
    let x = extract::extract(&doc, &MODELS);
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> Result<String, TestCaseError> {
        prop_assert!(s <= e && e <= chars.len(), "offsets {s}..{e} outside a text of {} code points", chars.len());
        Ok(chars[s..e].iter().collect())
    };
    for m in &x.mentions {
        prop_assert_eq!(slice(m.span.start, m.span.end)?, m.text.clone(), "mention");
    }
    for a in &x.amounts {
        prop_assert_eq!(slice(a.span.start, a.span.end)?, a.text.clone(), "amount");
    }
    for d in &x.dates {
        prop_assert_eq!(slice(d.span.start, d.span.end)?, d.text.clone(), "date");
    }
    for q in &x.quotes {
        prop_assert_eq!(slice(q.span.start, q.span.end)?, q.text.clone(), "quote");
        prop_assert!(q.speaker.is_none_or(|m| m < x.mentions.len()));
    }
    for r in &x.relations {
        prop_assert_eq!(slice(r.span.start, r.span.end)?, r.evidence.clone(), "relation evidence");
        prop_assert!(r.subject < x.mentions.len() && r.object.is_none_or(|m| m < x.mentions.len()));
        prop_assert!(r.amount.is_none_or(|k| k < x.amounts.len()));
    }
    for a in &x.amounts {
        prop_assert!(a.owner.is_none_or(|m| m < x.mentions.len()));
    }
    prop_assert_eq!(x.info.n_chars, chars.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn rows_stay_inside_the_document_and_match_their_slices(t in text()) {
        check(&t)?;
    }

    #[test]
    fn arbitrary_unicode_does_not_break_extraction(t in "\\PC{0,300}") {
        check(&t)?;
    }
}
