//! What is quoted but is not a quotation: quoted names, titles of works and
//! shows, slogans, scare quotes of one word, and short terms with no reporting cue.

use super::candidates::Cand;
use crate::extract::discourse::Discourse;
use crate::lexicon::{
    ATTRIBUTIVE_DETERMINERS, COUNT_PHRASE_STOPS, LABEL_LEADS, REPORTING_VERBS, SLOGAN_NOUNS, TITLE_FUNCTION_WORDS, WORK_NOUNS,
};

/// Number of words (whitespace-separated pieces with a letter or digit).
pub(super) fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

/// A quoted title or name: at most ten words, the first capitalised and the others
/// capitalised or small function words, no sentence punctuation at the end; or,
/// ending with a period, such a title of two to eight words with no other
/// sentence punctuation and not written in capitals throughout ("Meet the Press.",
/// "Make America Great Again.", but not "WE WILL NOT PAY.").
fn is_title_like(s: &str) -> bool {
    let t = s.trim();
    let (t, period) = match t.strip_suffix('.') {
        Some(core) => (core.trim_end(), true),
        None => (t, false),
    };
    if t.ends_with(['.', '?', '!']) {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    if period {
        let inner_stop = words[..words.len() - 1].iter().any(|w| w.ends_with(['.', '?', '!', ',', ';', ':']));
        let shouted = !t.chars().any(char::is_lowercase);
        if words.len() < 2 || words.len() > 8 || inner_stop || shouted {
            return false;
        }
    }
    let cap = |w: &str| w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    cap(words[0]) && words.iter().all(|w| cap(w) || TITLE_FUNCTION_WORDS.contains(&w.to_lowercase()))
}

/// Is the quote a slogan or title named by a noun next to it: "the slogan “…”",
/// "the hashtag: “…”" right before it (not a verb of saying's object: "called the
/// campaign “a disaster”"), "“…” campaign", "“…” awareness campaign",
/// "“…” hats" after it (the noun lowercase, within two words; a quote ending
/// with a comma is followed by its attribution instead)?
fn is_named_slogan(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    let mut k = a.tok_at(c.open);
    if k > 0 && matches!(a.tok(k - 1), "," | ":") {
        k -= 1;
    }
    // Not the object of a verb of saying: "he called the campaign “a slow-motion disaster”".
    let said_of = (k.saturating_sub(4)..k.saturating_sub(1)).any(|j| REPORTING_VERBS.contains(a.low(j)));
    if k > 0 && a.tokens[k - 1].start >= c.para.start && SLOGAN_NOUNS.contains(a.low(k - 1)) && !said_of {
        return true;
    }
    if !c.closed || a.text[c.start..c.end].trim_end().ends_with(',') {
        return false;
    }
    let k = a.tok_at(c.close_end);
    let lower = |k: usize| k < a.tokens.len() && a.tok(k).chars().next().is_some_and(char::is_lowercase);
    (k..k + 2).take_while(|&k| lower(k)).any(|k| SLOGAN_NOUNS.contains(a.low(k)))
}

/// Is the quoted span exactly a name: its words covered by one mention
/// ("He called Altman “Little Finger”")?
pub(super) fn is_quoted_name(d: &Discourse, c: &Cand) -> bool {
    let content = &d.a.text[c.start..c.end];
    let core_s = c.start + content.find(|ch: char| ch.is_alphanumeric()).unwrap_or(0);
    let core_e = c.start
        + content
            .rfind(|ch: char| ch.is_alphanumeric())
            .map_or(content.len(), |k| k + content[k..].chars().next().map_or(1, char::len_utf8));
    let before = d.mentions.partition_point(|m| m.span.start <= core_s);
    d.mentions[..before].iter().rev().take(3).any(|m| m.span.end >= core_e)
}

/// Is the quoted span the title of a work: title-like, or right after a work noun
/// of its sentence ("the HBO drama “Game of Thrones”", "the film “Gone with the wind”") without
/// ending like a sentence or clause?
pub(super) fn is_title_of_work(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    let content = &a.text[c.start..c.end];
    let open_tok = a.tok_at(c.open);
    // Within its paragraph and sentence: not "Floods hit.\n\n“…”".
    let after_work_noun = (open_tok.saturating_sub(2)..open_tok).any(|k| {
        WORK_NOUNS.contains(a.low(k)) && a.tokens[k].start >= c.para.start && a.sentence_of_token(k) == a.sentence_of_token(open_tok)
    });
    // A title ending its sentence takes the sentence's period inside the marks, and may hold a
    // subtitle or dates: "the exhibition “North Sea Light: Painters of the Coast, 1860-1910.”"
    let titled_sentence_end = || {
        let bare: String = content.trim_end().strip_suffix('.').unwrap_or("").chars().filter(|c| !matches!(c, ',' | ':' | ';')).collect();
        !bare.is_empty() && is_title_like(&bare)
    };
    is_title_like(content)
        || (after_work_noun && (!content.trim_end().ends_with(['.', '?', '!', ',']) || titled_sentence_end()))
        || is_named_slogan(d, c)
}

/// Does the quote's sentence have a reporting verb, or a colon introduce it?
/// Short fragments need one ("the “leading expert”, he said" and "Smith was
/// blunt: “Absolutely not.”" count; "a “green shoe” option" does not).
pub(super) fn has_reporting_cue(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    let open_tok = a.tok_at(c.open);
    (open_tok > 0 && a.tok(open_tok - 1) == ":")
        || a.sentences.get(a.sentence_of(c.open)).is_some_and(|s| s.tokens.clone().any(|k| REPORTING_VERBS.contains(a.low(k))))
}

/// Is the quote a short term or label rather than reported words (four words at
/// most, not ending like a sentence or clause): named as a term by a word within
/// three before it ("dubbed “feather duvet lung”", "the phrase “quiet
/// quitting”", `label_leads.txt`), or standing inside a noun phrase, between a
/// determiner (and one lowercase modifier) and the lowercase noun it modifies ("a “phase one” trade
/// deal", "his “tough on China” stance", "a new “functions on demand” system"), or before a plural
/// noun no verb follows ("“save the students” marches"; not before a function word, an "-ly" adverb,
/// a reporting verb or a verb's "-ed" or "-ing" form: "the “deal of the century”
/// was rejected", "a “very modest adjustment” given the data")?
pub(super) fn is_quoted_label(d: &Discourse, c: &Cand) -> bool {
    let a = d.a;
    let content = a.text[c.start..c.end].trim_end();
    if word_count(content) > 4 || content.ends_with(['.', ',', '!', '?', ';', ':', '…']) || !c.closed {
        return false;
    }
    let open = a.tok_at(c.open);
    let lo = a.tok_at(c.para.start);
    let named = (open.saturating_sub(2)..=open)
        .any(|end| LABEL_LEADS.words().iter().any(|p| a.phrase_ending_at(end, lo, &p.replace('-', " - ")).is_some()));
    if named {
        return true;
    }
    let after = a.tok_at(c.close_end);
    let noun_after = after < a.tokens.len() && a.tokens[after].start < c.para.end && {
        let t = a.tok(after);
        let w = a.low(after);
        t.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-')
            && !COUNT_PHRASE_STOPS.contains(w)
            && !REPORTING_VERBS.contains(w)
            && !w.ends_with("ly")
            && !w.ends_with("ed")
            && !w.ends_with("ing")
    };
    // A determiner right before it or before one lowercase modifier ("a new “functions on demand”
    // system"); or, with no determiner, a plural noun after it that no reporting verb follows
    // ("launched “save the students” marches"; not before a verb: "“No more wars” protesters chanted").
    let modifier = |k: usize| a.tok(k).chars().all(|ch| ch.is_lowercase()) && !REPORTING_VERBS.contains(a.low(k));
    let determined = open > lo && ATTRIBUTIVE_DETERMINERS.contains(a.low(open - 1))
        || open > lo + 1 && modifier(open - 1) && ATTRIBUTIVE_DETERMINERS.contains(a.low(open - 2));
    let plural_head = noun_after && a.low(after).len() > 3 && a.low(after).ends_with('s') && !a.low(after).ends_with("ss") && {
        let next = after + 1;
        next >= a.tokens.len() || !(REPORTING_VERBS.contains(a.low(next)) || a.low(next).ends_with("ed"))
    };
    // After "to" the quoted words are a verb's and the noun its object ("told to “block and control”
    // discussions").
    noun_after && (determined || open > lo && a.low(open - 1) != "to" && plural_head)
}
