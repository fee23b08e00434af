//! Text analysis shared by every extractor: tokens and sentences with byte
//! offsets, and the byte -> code point conversion used at the stage's edge.
//!
//! Tokenisation serves both the CoNLL training data and real news text:
//! punctuation is split off, possessives and clitics ("Musk’s", "don't") are
//! their own tokens, hyphenated words are split ("Trump-backed" -> "Trump",
//! "-", "backed"), while numbers ("1,234.5"), abbreviations ("U.S.", "Mr."),
//! handles ("@sama"), URLs and web domains stay whole.

use std::ops::Range;

/// A token: a byte range into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// A sentence: its byte range and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
}

/// A document's text with its tokens and sentences, computed once and shared
/// by the extractors.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        Analysis { text, tokens, sentences }
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// The tokens overlapping byte range `start..end`.
    pub fn token_range(&self, start: usize, end: usize) -> Range<usize> {
        self.tokens.partition_point(|t| t.end <= start)..self.tokens.partition_point(|t| t.start < end)
    }

    /// Index of the sentence holding byte offset `byte` (the last one that starts at or before it).
    pub fn sentence_of(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= byte).saturating_sub(1)
    }
}

/// Abbreviations that keep their final period and never end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "maj", "rev", "hon", "pres", "supt", "corp", "inc", "ltd", "co", "bros", "plc", "vs", "etc", "no", "nos", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "ave", "blvd", "approx", "est", "dept", "univ", "assn", "fig",
];

/// Clitics split off the end of a word, longest first (both apostrophes).
const CLITICS: &[&str] = &["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

/// Is `word` (without its final period) an abbreviation that keeps the period?
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.is_empty() {
        return false;
    }
    // Initials and dotted abbreviations: "J", "U.S", "a.m".
    let single = w.chars().count() == 1 && w.chars().all(char::is_alphabetic);
    let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    single || dotted || ABBREVIATIONS.contains(&w.to_lowercase().as_str())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Split `text` into tokens (byte offsets).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = 0;
    for chunk in text.split(|c: char| c.is_whitespace()) {
        let start = i;
        i += chunk.len() + text[start + chunk.len()..].chars().next().map_or(0, char::len_utf8);
        if !chunk.is_empty() {
            tokenize_chunk(chunk, start, &mut out);
        }
    }
    out
}

/// Tokenise one whitespace-free chunk starting at byte `base`.
fn tokenize_chunk(chunk: &str, base: usize, out: &mut Vec<Token>) {
    let lower = chunk.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        let core = chunk.trim_end_matches(|c: char| ".,;:!?)]}\"'”’".contains(c));
        out.push(Token { start: base, end: base + core.len() });
        if core.len() < chunk.len() {
            tokenize_chunk(&chunk[core.len()..], base + core.len(), out);
        }
        return;
    }
    let chars: Vec<(usize, char)> = chunk.char_indices().collect();
    let n = chars.len();
    let at = |k: usize| if k < n { chars[k].0 } else { chunk.len() };
    let mut k = 0;
    while k < n {
        let (b, c) = chars[k];
        if is_word_char(c) || (c == '@' && k + 1 < n && is_word_char(chars[k + 1].1)) {
            // A word: letters/digits, with inner "." "," between digits, inner "."
            // in abbreviations and domains, inner apostrophes ("O'Brien").
            let mut j = k + 1;
            while j < n {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                    continue;
                }
                let next = chars.get(j + 1).map(|x| x.1);
                let prev = chars[j - 1].1;
                let apostrophe = cj == '\'' || cj == '’';
                if apostrophe && prev == 'n' && j - 1 > k && (clitic_ends(chunk, at(j - 1), "n't") || clitic_ends(chunk, at(j - 1), "n’t"))
                {
                    j -= 1; // "don't" -> "do" + "n't"
                    break;
                }
                let joins = match cj {
                    '.' => next.is_some_and(is_word_char) && prev.is_alphanumeric(),
                    ',' => next.is_some_and(|nc| nc.is_ascii_digit()) && prev.is_ascii_digit(),
                    _ if apostrophe => next.is_some_and(char::is_alphabetic) && !CLITICS.iter().any(|cl| clitic_ends(chunk, at(j), cl)),
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            let mut end = j;
            // Keep the final period of an abbreviation ("U.S.", "Mr.", "Jan.").
            if end < n && chars[end].1 == '.' && is_abbreviation(&chunk[b..at(end)]) {
                end += 1;
            }
            out.push(Token { start: base + b, end: base + at(end) });
            k = end;
            continue;
        }
        // Clitics ("'s", "n't") and runs of the same punctuation ("...", "--").
        if let Some(cl) = CLITICS.iter().find(|cl| clitic_ends(chunk, b, cl)) {
            out.push(Token { start: base + b, end: base + b + cl.len() });
            k += cl.chars().count();
            continue;
        }
        let mut j = k + 1;
        if c == '.' || c == '-' {
            while j < n && chars[j].1 == c {
                j += 1;
            }
        }
        out.push(Token { start: base + b, end: base + at(j) });
        k = j;
    }
}

/// Does the clitic `cl` at byte `b` of `chunk` end the word (no letter follows)?
fn clitic_ends(chunk: &str, b: usize, cl: &str) -> bool {
    chunk.get(b..b + cl.len()).is_some_and(|p| p.eq_ignore_ascii_case(cl))
        && !chunk[b + cl.len()..].chars().next().is_some_and(is_word_char)
}

fn is_closer(t: &str) -> bool {
    matches!(t, "”" | "’" | "\"" | "'" | ")" | "]" | "}" | "»")
}

/// Split tokens into sentences. A sentence ends at a line break, or after
/// ".", "!", "?" (and any closing quotes or brackets) when the next token
/// starts with a capital, a digit or an opening mark. Abbreviations keep
/// their period as part of the token, so "Mr. Smith" and "Jan. 22" do not split.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &text[tokens[i].start..tokens[i].end];
        let mut last = i;
        let mut brk = false;
        if matches!(t, "." | "!" | "?" | "..." | "…") || t.chars().all(|c| c == '.') {
            while last + 1 < tokens.len()
                && tokens[last + 1].start == tokens[last].end
                && is_closer(&text[tokens[last + 1].start..tokens[last + 1].end])
            {
                last += 1;
            }
            brk = match tokens.get(last + 1) {
                None => true,
                Some(nx) => {
                    let c = text[nx.start..].chars().next().unwrap_or(' ');
                    c.is_uppercase() || c.is_ascii_digit() || "\"“‘'([—–-".contains(c)
                }
            };
        }
        let newline_after = tokens.get(last + 1).is_some_and(|nx| text[tokens[last].end..nx.start].contains('\n'));
        if brk || newline_after || last + 1 == tokens.len() {
            out.push(Sentence { start: tokens[first].start, end: tokens[last].end, tokens: first..last + 1 });
            first = last + 1;
        }
        i = last + 1;
    }
    out
}

/// Maps byte offsets of a text to code point offsets (Python `str` indexing).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `starts[k]` is the byte offset of code point `k`; one extra entry for the end.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Code point offset of byte offset `byte` (which must be a char boundary).
    pub fn to_char(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn splits_punctuation_and_keeps_numbers() {
        assert_eq!(toks("over $1,234.5 million, (10%)."), ["over", "$", "1,234.5", "million", ",", "(", "10", "%", ")", "."]);
        assert_eq!(toks("$10B secured."), ["$", "10B", "secured", "."]);
    }

    #[test]
    fn possessives_clitics_and_hyphens() {
        assert_eq!(toks("Musk’s Trump-backed don't"), ["Musk", "’s", "Trump", "-", "backed", "do", "n't"]);
        assert_eq!(toks("Altman's O'Brien"), ["Altman", "'s", "O'Brien"]);
        assert_eq!(toks("Farmers' union"), ["Farmers", "'", "union"]);
    }

    #[test]
    fn abbreviations_handles_urls_domains() {
        assert_eq!(
            toks("Mr. Smith of the U.S. met Sen. Jones on Jan. 22."),
            ["Mr.", "Smith", "of", "the", "U.S.", "met", "Sen.", "Jones", "on", "Jan.", "22", "."]
        );
        assert_eq!(toks("Tester (D., Mont.) was ill."), ["Tester", "(", "D.", ",", "Mont", ".", ")", "was", "ill", "."]);
        assert_eq!(
            toks("@elonmusk https://t.co/3esBWapV1x dailycaller.com."),
            ["@elonmusk", "https://t.co/3esBWapV1x", "dailycaller.com", "."]
        );
    }

    #[test]
    fn quotes_are_tokens() {
        assert_eq!(toks("wrote “They don’t.”"), ["wrote", "“", "They", "do", "n’t", ".", "”"]);
        assert_eq!(toks("\"No,\" he said"), ["\"", "No", ",", "\"", "he", "said"]);
    }

    #[test]
    fn sentences() {
        let s = "Mr. Smith went to the U.S. on Jan. 22. He paid $3.5 million.\nNew line here “Quote.” Then more";
        let a = Analysis::new(s);
        let sents: Vec<&str> = a.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(sents, ["Mr. Smith went to the U.S. on Jan. 22.", "He paid $3.5 million.", "New line here “Quote.”", "Then more"]);
        assert_eq!(a.sentence_of(s.find("He").unwrap()), 1);
        assert_eq!(a.sentence_of(s.len() - 1), 3);
    }

    #[test]
    fn char_index_counts_code_points() {
        let s = "a’b🇺🇸c";
        let ci = CharIndex::new(s);
        assert_eq!(ci.to_char(0), 0);
        assert_eq!(ci.to_char(s.find('b').unwrap()), 2);
        assert_eq!(ci.to_char(s.find('c').unwrap()), 5);
        assert_eq!(ci.to_char(s.len()), 6);
    }
}
