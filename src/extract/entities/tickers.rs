//! Listed companies' tickers and possessive-looking names, from the
//! organisation lists, applied after tagging (spec §7: "tickers ("AAL") are
//! ORG mentions of their company").
//!
//! - A ticker in parentheses after an exchange or the word "ticker" or
//!   "symbol" ("(NYSE: HD)", "(Nasdaq: AAPL)", "(ticker: HD)") is an ORG
//!   mention, listed or not: the cue leaves no doubt.
//! - A ticker in parentheses right after a name of its own company
//!   ("Home Depot (HD)", "Lowe’s (LOW)") is an ORG mention, and so is the
//!   name before it whatever the tagger typed it.
//! - A company whose listed name ends in "'s" ("Lowe's", "McDonald's") keeps
//!   the "'s" that span cleaning takes for a possessive, when the name
//!   without it is not on the lists.

use super::orgs::OrgGazetteer;
use super::with_added;
use crate::extract::analysis::{Analysis, Bytes, Span};
use crate::extract::{EntityType, Mention};
use crate::lexicon::TICKER_CUES;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words that may stand between "(" and ":" before a ticker (`ticker_cues.tsv`, lowercase).
static CUE_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| TICKER_CUES.rows().iter().map(|r| r[0]).collect());
/// Of those, the ones that make a cue on their own (an exchange, "ticker", "symbol").
static CUE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TICKER_CUES.rows().iter().filter(|r| r[1] == "yes").map(|r| r[0]).collect());

/// Is the token shaped like a ticker: 1 to 6 capitals or digits, at least
/// one capital, maybe one inner "." or "-" ("BRK.B", "RDS-A")?
pub fn ticker_shaped(t: &str) -> bool {
    let n = t.chars().count();
    (1..=7).contains(&n)
        && t.chars().any(|c| c.is_ascii_uppercase())
        && t.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && t.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && t.chars().last().is_some_and(|c| c.is_ascii_alphanumeric())
        && t.chars().filter(|c| matches!(c, '.' | '-')).count() <= 1
}

/// Add ticker mentions and fix listed names (see the module doc); mentions
/// stay sorted by start.
pub fn company_mentions(a: &Analysis, mut mentions: Vec<Mention<Bytes>>, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let tok = |i: usize| a.tok(i);
    let sentence_of = |i: usize| a.sentences.partition_point(|s| s.tokens.end <= i);
    // Names ending in "'s".
    for m in &mut mentions {
        let r = a.token_range(m.span.start, m.span.end);
        if r.end < n && matches!(tok(r.end), "'s" | "’s") && a.tokens[r.end].start == m.span.end {
            let name: Vec<&str> = r.clone().map(tok).collect();
            let mut with = name.clone();
            with.push(tok(r.end));
            if orgs.lookup(&with) != 0 && orgs.lookup(&name) == 0 {
                m.span.end = a.tokens[r.end].end;
                m.text = a.text[m.span.start..m.span.end].to_string();
            }
        }
    }
    let mut added = Vec::new();
    let covered =
        |mentions: &[Mention<Bytes>], i: usize| mentions.iter().any(|m| m.span.start < a.tokens[i].end && a.tokens[i].start < m.span.end);
    let mut i = 0;
    while i < n {
        if tok(i) != "(" {
            i += 1;
            continue;
        }
        // "(" CUE... ":" TICKER ("," CUE... ":" TICKER)* ")"
        let mut j = i + 1;
        let mut found = Vec::new();
        loop {
            let mut k = j;
            let mut head = false;
            while k < n && k < j + 3 && CUE_WORDS.contains(tok(k).to_ascii_lowercase().as_str()) {
                head |= CUE_HEADS.contains(tok(k).to_ascii_lowercase().as_str());
                k += 1;
            }
            if !(head && k + 1 < n && tok(k) == ":" && ticker_shaped(tok(k + 1))) {
                break;
            }
            found.push(k + 1);
            j = k + 2;
            if j < n && matches!(tok(j), "," | ";") {
                j += 1;
            } else {
                break;
            }
        }
        let closed = j < n && tok(j) == ")";
        // The mention right before the "(", if any.
        let open = a.tokens[i].start;
        let before = mentions.iter().rposition(|m| m.span.end <= open && a.text[m.span.end..open].trim().is_empty());
        if closed && !found.is_empty() {
            if let Some(b) = before {
                mentions[b].label = EntityType::Org;
            }
        } else {
            found.clear();
            // "NAME (TICKER)": the ticker of the company named right before.
            let t = i + 1;
            if t + 1 < n
                && tok(t + 1) == ")"
                && ticker_shaped(tok(t))
                && orgs.is_ticker(tok(t))
                && let Some(b) = before
            {
                let name: Vec<&str> = a.token_range(mentions[b].span.start, mentions[b].span.end).map(tok).collect();
                if orgs.ticker_of(tok(t), &name) {
                    mentions[b].label = EntityType::Org;
                    found.push(t);
                }
            }
        }
        for &t in &found {
            if !covered(&mentions, t) {
                let (start, end) = (a.tokens[t].start, a.tokens[t].end);
                added.push(Mention {
                    span: Span::new(start, end),
                    text: a.text[start..end].to_string(),
                    label: EntityType::Org,
                    sentence: sentence_of(t),
                });
            }
        }
        i += 1;
    }
    with_added(mentions, added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orgs() -> OrgGazetteer {
        OrgGazetteer::from_text(
            "P\tZorp Depot\t1\nP\tThe Zorp Depot\t1\nP\tMira's\t1\nT\tZD\tThe Zorp Depot|Zorp Depot\nT\tLOW\tMira's\nT\tKLK\tKlonk Holdings\n",
        )
        .unwrap()
    }

    fn m(a: &Analysis, text: &str, label: EntityType) -> Mention<Bytes> {
        let start = a.text.find(text).unwrap();
        Mention { span: Span::new(start, start + text.len()), text: text.into(), label, sentence: 0 }
    }

    fn got(ms: &[Mention<Bytes>]) -> Vec<(&str, &str)> {
        ms.iter().map(|m| (m.text.as_str(), m.label.as_str())).collect()
    }

    #[test]
    fn tickers_after_an_exchange_or_the_company_are_org_mentions() {
        let a =
            Analysis::new("Zorp Depot (NYSE: ZD) beat Mira’s (LOW) and Quux Corp (Nasdaq: QX, TSX: QXC) but not Klonk (KLK) or pH (7).");
        let ms = vec![
            m(&a, "Zorp Depot", EntityType::Person),
            m(&a, "Mira", EntityType::Person),
            m(&a, "Quux Corp", EntityType::Org),
            m(&a, "Klonk", EntityType::Org),
        ];
        let out = company_mentions(&a, ms, &orgs());
        assert_eq!(
            got(&out),
            vec![
                ("Zorp Depot", "ORG"),
                ("ZD", "ORG"),
                ("Mira’s", "ORG"),
                ("LOW", "ORG"),
                ("Quux Corp", "ORG"),
                ("QX", "ORG"),
                ("QXC", "ORG"),
                ("Klonk", "ORG"),
            ],
            "the exchange cue needs no list and types the name before it; a bare ticker must be its company's (KLK is not Klonk's)"
        );
        let a = Analysis::new("Zorp Depot (ZD) and (ticker: ABC) and (NYSE: abc) and (see: ZD).");
        let out = company_mentions(&a, vec![m(&a, "Zorp Depot", EntityType::Loc)], &orgs());
        assert_eq!(got(&out), vec![("Zorp Depot", "ORG"), ("ZD", "ORG"), ("ABC", "ORG")]);
    }

    #[test]
    fn ticker_shape() {
        for t in ["HD", "AAPL", "BRK.B", "RDS-A", "X", "3M"] {
            assert!(ticker_shaped(t), "{t}");
        }
        for t in ["Hd", "ABCDEFGH", "A.B.C", "-A", "", "10"] {
            assert!(!ticker_shaped(t), "{t}");
        }
    }
}
