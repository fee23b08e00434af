//! Credit lines: wire sign-offs ("(Reporting by Jane Roe; Editing by Tom
//! Brown)"), bylines ("By John Carter", or a name alone on the second or
//! third line, under the headline), picture credits ("Photo by Mark
//! Evans/Getty Images") and datelines' agency tags ("WASHINGTON (Reuters) -").
//! The names there are the newsroom's: never a speaker, a subject, or the
//! person a pronoun or description stands for, so the discourse layer leaves
//! their mentions out as it leaves out those inside quotations.

use crate::extract::analysis::{Analysis, Bytes, Span};
use crate::lexicon::CREDIT_CUES;

/// Longest line read as a byline ("By John Carter and Ann Lee, Reuters").
const BYLINE_MAX: usize = 90;
/// Longest line read as a sign-off or credit.
const CREDIT_LINE_MAX: usize = 400;
/// How far into a line an agency tag of a dateline may stand.
const DATELINE_MAX: usize = 80;

/// Does `lower` (an ASCII-lowercased line) hold a credit cue at byte `i`, on a word boundary?
fn cue_at(lower: &str, i: usize) -> Option<usize> {
    let rest = &lower[i..];
    CREDIT_CUES.words().iter().find_map(|cue| {
        let end = i + cue.len();
        let bounded = || cue.ends_with(':') || lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        (rest.starts_with(cue) && bounded()).then_some(end)
    })
}

/// After a line's "By ": names ("John Carter and Ann Lee"), then at most a
/// short outlet or place ("…, Reuters", "… | AP"); not "By Tuesday, the talks had …".
fn is_byline_names(rest: &str) -> bool {
    let (names, tail) = rest.split_once([',', '|']).unwrap_or((rest, ""));
    let words: Vec<&str> = names.split_whitespace().collect();
    let name_word = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "and" | "&" | "de" | "van" | "von" | "al");
    let tail_ok = tail.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()));
    (1..=8).contains(&words.len()) && words.iter().all(name_word) && tail_ok
}

/// Is the line (its leading brackets and dashes off) a byline: "By", names,
/// then at most a short outlet or place ("By John Carter and Ann Lee, Reuters")?
pub fn is_byline(line: &str) -> bool {
    line.len() <= BYLINE_MAX && line.get(..3).is_some_and(|by| by.eq_ignore_ascii_case("by ")) && is_byline_names(&line[3..])
}

/// Is the line a name alone: two or three capitalised words (initials with
/// their periods allowed), nothing else ("Hilary Gush", "Jane R. Doe")?
fn is_bare_name_line(text: &str) -> bool {
    let initial = |w: &str| w.len() == 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w.ends_with('.');
    let name_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().any(char::is_lowercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=3).contains(&words.len()) && words.iter().all(|w| name_word(w) || initial(w)) && name_word(words[words.len() - 1])
}

/// The byte ranges of a text's credit lines (see the module docs), in order.
pub fn credit_regions(a: &Analysis) -> Vec<Span<Bytes>> {
    let mut out = Vec::new();
    let mut nonempty = 0;
    for line in &a.lines {
        let text = line.slice(a.text);
        let lower = text.to_ascii_lowercase();
        let lead = lower.len() - lower.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '-' | '—' | '–')).len();
        if lower.trim().is_empty() {
            continue;
        }
        nonempty += 1;
        // A whole line: "Reporting by …", "(Editing by …)", "By John Carter", or a name alone on
        // the second or third line, under the headline ("Hilary Gush").
        let byline = is_byline(&text[lead..]) || (2..=3).contains(&nonempty) && is_bare_name_line(text);
        if text.len() <= CREDIT_LINE_MAX && (byline || cue_at(&lower, lead).is_some()) {
            out.push(*line);
            continue;
        }
        // Inside a line: "(Reporting by …)" anywhere, or a cue after a sentence end.
        for (i, _) in lower.char_indices() {
            let before = lower[..i].trim_end();
            let paren = before.ends_with('(') || before.ends_with('[');
            let after_end = before.ends_with(['.', ';', '|']) && i > before.len();
            if !(paren || after_end) || cue_at(&lower, i).is_none() {
                continue;
            }
            let start = if paren { before.len() - 1 } else { i };
            let end = if paren { lower[i..].find([')', ']']).map_or(lower.len(), |e| i + e + 1) } else { lower.len() };
            out.push(Span::new(line.start + start, line.start + end));
            break;
        }
        // The agency tag of a dateline: "WASHINGTON (Reuters) -", "PARIS, May 3 (AFP) —".
        let head = (0..=text.len().min(DATELINE_MAX)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        if let Some(open) = text[..head].find('(')
            && let Some(close) = text[open..].find(')').map(|c| open + c)
        {
            let inner = &text[open + 1..close];
            let dash = text[close + 1..].trim_start().starts_with(['-', '—', '–']);
            let name = !inner.is_empty()
                && inner.len() <= 30
                && inner.chars().next().is_some_and(char::is_uppercase)
                && inner.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '&'));
            if dash && name {
                out.push(Span::new(line.start + open, line.start + close + 1));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, the credit regions' texts).
    const CASES: &[(&str, &[&str])] = &[
        ("He left.\n(Reporting by David Morgan; Editing by Peter Cooney)", &["(Reporting by David Morgan; Editing by Peter Cooney)"]),
        ("Reporting by Sarah White in Chicago; Editing by Tom Brown", &["Reporting by Sarah White in Chicago; Editing by Tom Brown"]),
        ("By John Carter\n\nDES MOINES — It rained.", &["By John Carter"]),
        ("Photo by Mark Evans/Getty Images", &["Photo by Mark Evans/Getty Images"]),
        ("The vote is Friday. (Additional reporting by Ann Lee)", &["(Additional reporting by Ann Lee)"]),
        ("It ended. Writing by Jo Park; editing by Kim Tan", &["Writing by Jo Park; editing by Kim Tan"]),
        ("WASHINGTON (Reuters) - Senator Mary Collins spoke.", &["(Reuters)"]),
        ("PARIS, May 3 (AFP) — It rained.", &["(AFP)"]),
        // Not credits: a passive "by" in prose, "by" opening a long sentence, a parenthesis without a dash.
        ("The bill was written by Senator Jane Roe last year.", &[]),
        ("By the time Smith arrived, the hall was empty and the speeches had long been over, so he went home.", &[]),
        ("Jane Roe (Acme) spoke first.", &[]),
        ("Reporting byline rules changed.", &[]),
        ("By Tuesday, the talks had collapsed.", &[]),
        ("By JANE ROE and TOM REYES, Associated Press", &["By JANE ROE and TOM REYES, Associated Press"]),
        // A name alone under the headline is a byline; not further down, nor a headline itself.
        ("Storm hits the coast.\nHilary Gush\nMIAMI 1996-08-22\nIt rained.", &["Hilary Gush"]),
        ("Storm hits the coast.\n\nJane R. Doe\n\nIt rained.", &["Jane R. Doe"]),
        ("Jane Doe\nIt rained.", &[]),
        ("Storm hits.\nIt rained.\nThen it stopped.\nJane Doe", &[]),
        ("Storm hits.\nMIAMI BEACH\nIt rained.", &[]),
    ];

    #[test]
    fn credit_lines_are_found() {
        for (text, want) in CASES {
            let a = Analysis::new(text);
            let got: Vec<&str> = credit_regions(&a).iter().map(|s| s.slice(text)).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }
}
