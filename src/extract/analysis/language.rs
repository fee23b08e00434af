//! The language a document is written in, told from its script and its
//! function words. newsframe's extractors read English; web archives and
//! feeds mix in pages in other languages, whose capitalised nouns and
//! quotation marks would otherwise come out as names, quotes and speakers.
//! The pipeline extracts rows from English documents only and reports every
//! document's language in `documents.language`.
//!
//! The rule, in order:
//! 1. If letters of another script outnumber Latin letters, the script names
//!    the language: Hangul `ko`, kana `ja`, Han without kana `zh`; any other
//!    script is told by its function words below (Cyrillic ones are listed),
//!    else `und` (undetermined).
//! 2. Otherwise each lowercase token found in `function_words.tsv` votes for
//!    its language; another language wins when it has at least
//!    [`MIN_VOTES`] votes and more than twice English's.
//! 3. Anything else, a text too short to tell included, is English (`en`).

use super::Analysis;
use crate::lexicon::FUNCTION_WORDS;
use std::collections::HashMap;
use std::sync::OnceLock;

/// ISO 639-1 code of English, the language newsframe extracts from.
pub const ENGLISH: &str = "en";

/// Votes another language needs before it can win over English: a short
/// English text with a foreign phrase in it stays English.
pub const MIN_VOTES: usize = 4;

/// Writing systems counted letter by letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Hangul,
    Kana,
    Han,
    Other,
}

fn script(c: char) -> Option<Script> {
    Some(match c as u32 {
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF => Script::Han,
        _ if !c.is_alphabetic() => return None,
        0..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        _ => Script::Other,
    })
}

/// The languages of `function_words.tsv` in file order (English among them),
/// and each function word's index into them.
struct Words {
    languages: Vec<&'static str>,
    language_of: HashMap<&'static str, usize>,
}

fn function_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut w = Words { languages: Vec::new(), language_of: HashMap::new() };
        for r in FUNCTION_WORDS.rows() {
            let k = w.languages.iter().position(|&l| l == r[1]).unwrap_or_else(|| {
                w.languages.push(r[1]);
                w.languages.len() - 1
            });
            w.language_of.insert(r[0], k);
        }
        w
    })
}

/// The ISO 639-1 code of the language `a` is written in (`und` when its
/// script is not one we can name); see the module's rule.
pub fn detect(a: &Analysis) -> &'static str {
    let mut letters = [0usize; 5];
    for c in a.text.chars() {
        if let Some(s) = script(c) {
            letters[s as usize] += 1;
        }
    }
    let [latin, hangul, kana, han, other] = letters;
    let non_latin = hangul + kana + han + other > latin;
    if non_latin {
        if hangul > 0 && hangul >= kana.max(han) {
            return "ko";
        }
        if kana > 0 && kana * 10 >= han {
            return "ja";
        }
        if han > other {
            return "zh";
        }
    }
    let words = function_words();
    let mut votes = vec![0usize; words.languages.len()];
    for i in 0..a.tokens.len() {
        // Names and sentence openers do not vote: only words written in lowercase.
        if a.tok(i) == a.low(i)
            && let Some(&k) = words.language_of.get(a.low(i))
        {
            votes[k] += 1;
        }
    }
    let english = words.languages.iter().position(|&l| l == ENGLISH).map_or(0, |k| votes[k]);
    // The most votes among the other languages, the one listed first on a tie.
    let best = (0..votes.len()).filter(|&k| words.languages[k] != ENGLISH).max_by_key(|&k| (votes[k], std::cmp::Reverse(k)));
    match best {
        Some(k) if votes[k] >= MIN_VOTES && votes[k] > 2 * english => words.languages[k],
        _ if non_latin => "und",
        _ => ENGLISH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> &'static str {
        detect(&Analysis::new(text))
    }

    #[test]
    fn tells_languages_by_script_and_function_words() {
        let cases: &[(&str, &str)] = &[
            ("The council said on Monday that it would vote on the budget, which has been delayed.", "en"),
            // Too short to tell, and names alone do not vote: English.
            ("Bayern München 2 Borussia Dortmund 1", "en"),
            ("", "en"),
            // An English text quoting a sentence of Spanish stays English.
            (
                "The mayor of the town said the plan was a failure. \"No es una buena idea para el pueblo,\" she said, and the council agreed with her that it would not work.",
                "en",
            ),
            ("Die Regierung hat am Montag beschlossen, dass die Steuer nicht erhöht wird und auch die Renten sind sicher.", "de"),
            ("Le gouvernement a annoncé lundi une réforme qui sera présentée dans les prochains jours avec les syndicats.", "fr"),
            ("El gobierno anunció el lunes una reforma de las pensiones que, como dijo el ministro, está lista.", "es"),
            ("O governo anunciou uma reforma que não agradou aos sindicatos, e o ministro foi também criticado pela oposição.", "pt"),
            ("Il governo ha annunciato che la riforma della scuola non sarà rinviata, anche se gli studenti protestano.", "it"),
            ("Het kabinet heeft besloten dat de belasting niet omhoog gaat, maar de oppositie is boos en wil een debat.", "nl"),
            ("Pemerintah mengumumkan bahwa pajak tidak akan naik tahun ini, dan itu disambut baik oleh warga yang hadir.", "id"),
            ("Правительство заявило, что налоги не будут повышены, и это решение поддержали в парламенте.", "ru"),
            ("정부는 월요일 세금을 올리지 않겠다고 발표했다.", "ko"),
            ("政府は月曜日、税金を上げないと発表しました。", "ja"),
            ("政府周一宣布不会提高税收。", "zh"),
            ("Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι δεν θα αυξήσει τους φόρους.", "und"),
        ];
        for &(text, want) in cases {
            assert_eq!(lang(text), want, "{text}");
        }
    }

    #[test]
    fn another_language_needs_enough_votes_and_a_clear_lead() {
        // Two lowercase German function words are not enough ("Sie" opens the
        // sentence and does not vote); four are.
        assert_eq!(lang("Sie ist nicht hier."), "en");
        assert_eq!(lang("Sie ist nicht hier und kommt nicht."), "de");
        // Four German votes against two English ones ("said", "the") are not more than twice as many.
        assert_eq!(lang("We said the words: sie ist nicht hier und so on."), "en");
        assert_eq!(lang("We said: sie ist nicht hier und so on."), "de");
    }
}
