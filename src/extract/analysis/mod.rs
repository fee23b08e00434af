//! The per-document analysis every extractor reads: tokens (with their
//! lowercase forms), sentences, lines and paragraphs, and which sentences are
//! written in Title Case. It is computed once per document
//! ([`Analysis::new`]); extractors never tokenise or lowercase on their own.
//!
//! Offsets here are bytes ([`Span<Bytes>`]); [`CharIndex`] converts them to
//! the tables' code points at the extract stage's edge.

pub mod language;
mod sentences;
mod span;
mod tokens;

pub use sentences::{Sentence, split_sentences};
pub use span::{Bytes, CharIndex, Chars, Span};
pub use tokens::{Token, is_abbreviation, tokenize};

use crate::lexicon::{TITLE_FUNCTION_WORDS, is_play_word, sports_word_alone};
use std::ops::Range;
use std::sync::OnceLock;

/// A document's text with its tokens, sentences and lines, computed once and
/// shared by the extractors.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    /// The document text.
    pub text: &'a str,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; together they cover every token.
    pub sentences: Vec<Sentence>,
    /// Every line of the text without its line break ("\n" or "\r\n"), blank ones included.
    pub lines: Vec<Span<Bytes>>,
    /// All lowercase token forms, one after another; `lower_at[i]..lower_at[i + 1]` is token `i`'s.
    lower: String,
    lower_at: Vec<usize>,
    /// Sentence index of each token.
    sentence_of_token: Vec<usize>,
    /// Whether each sentence is written in Title Case (a headline).
    title_case: Vec<bool>,
    /// Whether the document speaks of sports ([`Analysis::sports_story`]), found when first asked.
    sports: OnceLock<bool>,
}

impl<'a> Analysis<'a> {
    /// Tokenise and split `text`.
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text);
        let sentences = split_sentences(text, &tokens);
        let mut lower = String::with_capacity(text.len());
        let mut lower_at = Vec::with_capacity(tokens.len() + 1);
        for t in &tokens {
            lower_at.push(lower.len());
            lower.extend(t.slice(text).chars().flat_map(char::to_lowercase));
        }
        lower_at.push(lower.len());
        let mut sentence_of_token = vec![0; tokens.len()];
        for (si, s) in sentences.iter().enumerate() {
            sentence_of_token[s.tokens.clone()].fill(si);
        }
        let mut a = Analysis {
            text,
            tokens,
            sentences,
            lines: lines(text),
            lower,
            lower_at,
            sentence_of_token,
            title_case: Vec::new(),
            sports: OnceLock::new(),
        };
        a.title_case = (0..a.sentences.len()).map(|s| a.compute_title_case(s)).collect();
        a
    }

    /// Are tokens `i` and `i + 1` written together, with no space between
    /// ("U.S.-bound", "$5", "Ill.-based")? False for the last token.
    pub fn adjacent(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].end == self.tokens[i + 1].start
    }

    /// Are tokens `i` and `i + 1` one space apart, as the words of a name are
    /// ("He Lifeng"; not across a line break)? False for the last token.
    pub fn one_space(&self, i: usize) -> bool {
        // One byte apart, and that byte a space: a line break between them is no name's.
        i + 1 < self.tokens.len() && self.tokens[i].end + 1 == self.tokens[i + 1].start && self.text.as_bytes()[self.tokens[i].end] == b' '
    }

    /// Is there a line break between tokens `i` and `i + 1`? False for the last token.
    pub fn line_break_after(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.text[self.tokens[i].end..self.tokens[i + 1].start].contains('\n')
    }

    /// The text of token `i`, or "" past the last token (as [`Analysis::low`]),
    /// so that a look at the next word never fails at the end of a document.
    pub fn tok(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.slice(self.text))
    }

    /// The lowercase form of token `i`, or "" past the last token.
    pub fn low(&self, i: usize) -> &str {
        if i + 1 < self.lower_at.len() { &self.lower[self.lower_at[i]..self.lower_at[i + 1]] } else { "" }
    }

    /// Do the lowercase tokens right before token `end`, starting no earlier
    /// than token `lo`, spell `phrase` (words separated by single spaces:
    /// "ahead of", "told")? Returns the phrase's first token.
    pub fn phrase_ending_at(&self, end: usize, lo: usize, phrase: &str) -> Option<usize> {
        let n = phrase.split(' ').count();
        let start = end.checked_sub(n).filter(|&s| s >= lo)?;
        phrase.split(' ').enumerate().all(|(k, w)| self.low(start + k) == w).then_some(start)
    }

    /// The tokens overlapping byte range `start..end`.
    pub fn token_range(&self, start: usize, end: usize) -> Range<usize> {
        self.tokens.partition_point(|t| t.end <= start)..self.tokens.partition_point(|t| t.start < end)
    }

    /// Index of the first token starting at or after byte `byte` (the token count when none does).
    pub fn tok_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.start < byte)
    }

    /// Index of the sentence holding byte offset `byte` (the last one that starts at or before it).
    pub fn sentence_of(&self, byte: usize) -> usize {
        self.sentences.partition_point(|s| s.start <= byte).saturating_sub(1)
    }

    /// Index of the sentence holding token `i`.
    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentence_of_token[i]
    }

    /// Is token `k` a word of a game in play (`sports_words.tsv`, column `play`: "scored",
    /// "points", "halftime"), not a market's "basis points" or "percentage points"? Read by the
    /// date resolver (a game's quarters) and the entity typing (a sports story).
    pub fn play_word(&self, k: usize) -> bool {
        is_play_word(self.low(k)) && !(k > 0 && matches!(self.low(k - 1), "basis" | "percentage"))
    }

    /// Does the document speak of sports: a word of `sports_words.tsv` that says so alone ("league",
    /// "playoffs"), or two different words of a game in play ([`Analysis::play_word`]: "scored",
    /// "points", not "basis points")? Words common in other news ("won", "lost", "victory") tell
    /// nothing alone. Read by the entity rules (clubs named by their city, sides' scores); found
    /// once per document.
    pub fn sports_story(&self) -> bool {
        *self.sports.get_or_init(|| {
            let mut play: Option<&str> = None;
            for k in 0..self.tokens.len() {
                let w = self.low(k);
                match sports_word_alone(w) {
                    Some(true) => return true,
                    Some(false) if self.play_word(k) => match play {
                        Some(p) if p != w => return true,
                        _ => play = Some(w),
                    },
                    _ => {}
                }
            }
            false
        })
    }

    /// Is sentence `s` written in Title Case, as headlines are: at least three
    /// words of four letters or more, seven in ten of them capitalised, and no
    /// lowercase word but a title's small words ("of", "at"; `title_function_words.txt`)
    /// ("Layoffs To Begin Today At The Plant")?
    pub fn is_title_case(&self, s: usize) -> bool {
        self.title_case[s]
    }

    /// How sentence `s` is capitalised: `(capitalised, words)` over its words
    /// of four letters or more (letters only), the count behind
    /// [`Analysis::is_title_case`] and behind tests that weigh it differently.
    pub fn capitalised_words(&self, s: usize) -> (usize, usize) {
        let words: Vec<&str> = self.sentences[s]
            .tokens
            .clone()
            .map(|k| self.tok(k))
            .filter(|t| t.chars().count() >= 4 && t.chars().all(char::is_alphabetic))
            .collect();
        (words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count(), words.len())
    }

    fn compute_title_case(&self, s: usize) -> bool {
        let (caps, words) = self.capitalised_words(s);
        // A lowercase word other than a title's small words is running text, however many
        // names it holds ("Leaders met at the World Health Organization on Tuesday."); a verb
        // is, as title case capitalises verbs ("Game 3 is Saturday at Madison Square Garden.").
        let prose = || {
            self.sentences[s].tokens.clone().any(|k| {
                let t = self.tok(k);
                t.len() >= 2 && t.chars().all(|c| c.is_ascii_lowercase()) && (t == "is" || !TITLE_FUNCTION_WORDS.contains(t))
            })
        };
        words >= 3 && caps * 10 >= words * 7 && !prose()
    }
}

/// Byte ranges of the text's lines, without their line break ("\n" or "\r\n").
fn lines(text: &str) -> Vec<Span<Bytes>> {
    let mut out = Vec::new();
    let mut s = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let e = if i > s && text.as_bytes()[i - 1] == b'\r' { i - 1 } else { i };
            out.push(Span::new(s, e));
            s = i + 1;
        }
    }
    out.push(Span::new(s, text.len()));
    out
}

/// Is `t` the possessive clitic the tokenizer splits off ("'s", "’s", "'S" in capitals)?
pub fn is_possessive(t: &str) -> bool {
    matches!(t, "'s" | "’s" | "'S" | "’S")
}

/// Is `t` punctuation only, typographic quotation marks and dashes included (a
/// token that opens no clause of its own: ",", "“", "—")?
pub fn is_punctuation_token(t: &str) -> bool {
    t.chars().all(|c| c.is_ascii_punctuation() || "“”‘’—–".contains(c))
}

/// Is `w` (lowercase) an adverb in "-ly" ("tearfully", "indirectly")? It may
/// stand between a subject and its verb, and it ends a count's noun phrase.
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.chars().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn one_space_is_a_space_on_one_line() {
        let a = Analysis::new("He Lifeng\nXi  Jinping");
        // "He" "Lifeng" one space; "Lifeng" "Xi" a line break; "Xi" "Jinping" two spaces.
        assert_eq!((0..3).map(|i| a.one_space(i)).collect::<Vec<_>>(), [true, false, false]);
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
        // A letter after "&" ends a name, not an initial.
        assert_eq!(toks("She shops at H&M. Then"), ["She", "shops", "at", "H", "&", "M", ".", "Then"]);
        // A one-letter name before a word that opens sentences, or after "on" before a capital, ends
        // its sentence; an initial before a surname keeps its period.
        assert_eq!(toks("won Group D. The"), ["won", "Group", "D", ".", "The"]);
        assert_eq!(toks("posted on X. Musk"), ["posted", "on", "X", ".", "Musk"]);
        assert_eq!(toks("wrote on X. “We won”"), ["wrote", "on", "X", ".", "“", "We", "won", "”"]);
        assert_eq!(toks("she wrote on X."), ["she", "wrote", "on", "X", "."]);
        // Only after a preposition: a name's letter before a quotation keeps its period.
        assert_eq!(toks("Malcolm X. “No”"), ["Malcolm", "X.", "“", "No", "”"]);
        assert_eq!(toks("Malcolm X. Lee and John F. Kennedy"), ["Malcolm", "X.", "Lee", "and", "John", "F.", "Kennedy"]);
        assert_eq!(
            toks("@elonmusk https://t.co/3esBWapV1x dailycaller.com."),
            ["@elonmusk", "https://t.co/3esBWapV1x", "dailycaller.com", "."]
        );
    }

    #[test]
    fn a_run_without_an_end_is_cut_at_a_pause_then_anywhere() {
        let lengths = |text: &str| Analysis::new(text).sentences.iter().map(|s| s.tokens.len()).collect::<Vec<_>>();
        // "w1, w2, ...": cut at the first comma from LONG_SENTENCE tokens on.
        let listed: String = (0..400).map(|i| format!("w{i}, ")).collect();
        assert_eq!(lengths(&listed)[..3], [sentences::LONG_SENTENCE, sentences::LONG_SENTENCE, sentences::LONG_SENTENCE]);
        // No pause at all: cut at twice that.
        let words = "word ".repeat(1100);
        assert_eq!(lengths(&words), [2 * sentences::LONG_SENTENCE, 2 * sentences::LONG_SENTENCE, 100]);
        // A long sentence that ends in time is one.
        let long = format!("{}end.", "word, ".repeat(100));
        assert_eq!(lengths(&long), [202]);
    }

    #[test]
    fn quotes_are_tokens() {
        assert_eq!(toks("wrote “They don’t.”"), ["wrote", "“", "They", "do", "n’t", ".", "”"]);
        assert_eq!(toks("\"No,\" he said"), ["\"", "No", ",", "\"", "he", "said"]);
    }

    #[test]
    fn lowercase_forms_lines_and_title_case() {
        let s = "ÉLAN Rises\r\n\nLayoffs To Begin Today At Acme\nthe plant will close soon.";
        let a = Analysis::new(s);
        assert_eq!(a.low(0), "élan");
        assert_eq!(a.low(a.tokens.len()), "");
        let lines: Vec<&str> = a.lines.iter().map(|l| l.slice(s)).collect();
        assert_eq!(lines, ["ÉLAN Rises", "", "Layoffs To Begin Today At Acme", "the plant will close soon."]);
        let title: Vec<bool> = (0..a.sentences.len()).map(|k| a.is_title_case(k)).collect();
        assert_eq!(title, [false, true, false]);
        assert_eq!(a.sentence_of_token(a.tok_at(s.find("plant").unwrap())), 2);
        assert_eq!(a.tok(a.tok_at(s.find("plant").unwrap() - 1)), "plant");
        // A lowercase word other than a title's small words makes a sentence of names running text.
        let prose = Analysis::new("Leaders met at the World Health Organization on Tuesday.\nLeaders Meet at World Health Organization");
        assert_eq!((0..prose.sentences.len()).map(|k| prose.is_title_case(k)).collect::<Vec<_>>(), [false, true]);
        // So does a lowercase verb: title case capitalises verbs.
        let verb = Analysis::new(
            "Game Three is Saturday at Madison Square Garden.
Game Three Is Saturday at Madison Square Garden",
        );
        assert_eq!((0..verb.sentences.len()).map(|k| verb.is_title_case(k)).collect::<Vec<_>>(), [false, true]);
    }

    #[test]
    fn sentences() {
        let s = "Mr. Smith went to the U.S. on Jan. 22. He paid $3.5 million.\nNew line here “Quote.” Then more";
        let a = Analysis::new(s);
        let sents: Vec<&str> = a.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(sents, ["Mr. Smith went to the U.S. on Jan. 22.", "He paid $3.5 million.", "New line here “Quote.”", "Then more"]);
        assert_eq!(a.sentence_of(s.find("He").unwrap()), 1);
        assert_eq!(a.sentence_of(s.len() - 1), 3);
        // A one-letter platform after "on" ends its sentence; an initial does not.
        let s = "She posted it on X. The Getty Villa said John F. Kennedy and Malcolm X. Lee met.";
        let a = Analysis::new(s);
        let sents: Vec<&str> = a.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(sents, ["She posted it on X.", "The Getty Villa said John F. Kennedy and Malcolm X. Lee met."]);
        // "No." ends a sentence before a capitalised word, not before a number or a code.
        let s = "She voted no. Critics ranked the bill No. 5 in Block No. S-1 today.";
        let a = Analysis::new(s);
        let sents: Vec<&str> = a.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(sents, ["She voted no.", "Critics ranked the bill No. 5 in Block No. S-1 today."]);
    }

    #[test]
    fn a_period_glued_to_a_hyphen_ends_no_sentence() {
        let s = "Roe runs the Dayton, Ill.-based firm. She said so. It ended. - Then a dash line.";
        let a = Analysis::new(s);
        let sents: Vec<&str> = a.sentences.iter().map(|x| &s[x.start..x.end]).collect();
        assert_eq!(sents, ["Roe runs the Dayton, Ill.-based firm.", "She said so.", "It ended.", "- Then a dash line."]);
    }
}
