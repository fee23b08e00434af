//! Sentence splitting over the tokens.

use super::tokens::Token;
use std::ops::Range;

/// A sentence: its byte range and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of its first token.
    pub start: usize,
    /// Byte offset after its last token.
    pub end: usize,
    /// Indices of its tokens.
    pub tokens: Range<usize>,
}

/// Tokens after which a sentence with no end in sight is cut at a pause (twice as many: anywhere).
pub const LONG_SENTENCE: usize = 250;

fn is_closer(t: &str) -> bool {
    matches!(t, "”" | "’" | "\"" | "'" | ")" | "]" | "}" | "»")
}

/// Split tokens into sentences. A sentence ends at a line break, or after
/// ".", "!", "?" (and any closing quotes or brackets) when the next token
/// starts with a capital, a digit or an opening mark, but not before a hyphen
/// glued to the period ("Ill.-based"). Abbreviations keep their period as
/// part of the token, so "Mr. Smith" and "Jan. 22" do not split (the
/// tokenizer gives a one-letter name ending its sentence its own period:
/// "posted on X. The …"), but "No." before a capitalised word with a
/// lowercase letter ends one ("She voted no. Critics …").
///
/// A run of text with none of these (a page flattened to one line, a list
/// joined by commas) is cut after [`LONG_SENTENCE`] tokens at a comma,
/// semicolon, colon or dash, and after twice that many anywhere. That bounds
/// the work of every rule that reads a sentence around a word: one sentence
/// of a million characters took minutes.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &text[tokens[i].start..tokens[i].end];
        let mut last = i;
        let mut brk = false;
        // "No." abbreviates a number ("No. 5", "No. S-1"), never before a word with a lowercase
        // letter: "She voted no. Critics …" ends a sentence with the abbreviation's token.
        if matches!(t, "no." | "No." | "nos." | "Nos.") {
            let word = |n: &str| n.chars().count() >= 2 && n.chars().all(char::is_alphabetic) && n.chars().any(char::is_lowercase);
            let next = tokens.get(i + 1).map(|nx| &text[nx.start..nx.end]);
            brk = next.is_some_and(|n| word(n) && n.starts_with(char::is_uppercase));
        } else if matches!(t, "." | "!" | "?" | "..." | "…") || t.chars().all(|c| c == '.') {
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closer(&text[tokens[last + 1].start..tokens[last + 1].end])
            {
                last += 1;
            }
            brk = match tokens.get(last + 1) {
                None => true,
                // A hyphen glued to the period continues the word: "Glenview, Ill.-based".
                Some(nx) if nx.start == tokens[last].end && text[nx.start..].starts_with('-') => false,
                Some(nx) => {
                    let c = text[nx.start..].chars().next().unwrap_or(' ');
                    c.is_uppercase() || c.is_ascii_digit() || "\"“‘'([—–-".contains(c)
                }
            };
        }
        let newline_after = tokens.get(last + 1).is_some_and(|nx| text[tokens[last].end..nx.start].contains('\n'));
        let length = last + 1 - first;
        let too_long = length >= 2 * LONG_SENTENCE || length >= LONG_SENTENCE && matches!(t, "," | ";" | ":" | "—" | "–");
        if brk || newline_after || too_long || last + 1 == tokens.len() {
            out.push(Sentence { start: tokens[first].start, end: tokens[last].end, tokens: first..last + 1 });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}
