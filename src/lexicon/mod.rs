//! Every word list newsframe uses, once, as data.
//!
//! Each list is a UTF-8 file in this folder, embedded in the binary at build
//! time: lines starting with `#` are comments (the first ones say what the
//! list is for and where it came from), blank lines are skipped, every other
//! line is one entry. A [`WordList`] holds single entries (words or
//! lowercase phrases); a [`Table`] holds rows of tab-separated columns. Code
//! never spells a list out: it asks the lexicon, so a list lives in one place
//! and a change to it is a change to data (and to the extractor fingerprint,
//! which covers this folder).

use std::collections::HashSet;
use std::sync::OnceLock;

/// A list of words or phrases from one data file, in file order, with a set for look-ups.
pub struct WordList {
    file: &'static str,
    text: &'static str,
    parsed: OnceLock<(Vec<&'static str>, HashSet<&'static str>)>,
}

fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl WordList {
    /// A list over the contents of `file` (used by the macro below).
    pub const fn new(file: &'static str, text: &'static str) -> Self {
        WordList { file, text, parsed: OnceLock::new() }
    }

    fn parsed(&self) -> &(Vec<&'static str>, HashSet<&'static str>) {
        self.parsed.get_or_init(|| {
            let v: Vec<&'static str> = entries(self.text).collect();
            let s = v.iter().copied().collect();
            (v, s)
        })
    }

    /// Whether `w` is an entry (exact, case-sensitive match).
    pub fn contains(&self, w: &str) -> bool {
        self.parsed().1.contains(w)
    }

    /// The entries in file order.
    pub fn words(&self) -> &[&'static str] {
        &self.parsed().0
    }

    /// The data file's name.
    pub fn file(&self) -> &'static str {
        self.file
    }

    /// The comment lines at the top of the file: what the list is for and its source.
    pub fn header(&self) -> String {
        header(self.text)
    }
}

/// Rows of tab-separated columns from one data file, in file order.
pub struct Table {
    file: &'static str,
    text: &'static str,
    rows: OnceLock<Vec<Vec<&'static str>>>,
}

impl Table {
    /// A table over the contents of `file` (used by the macro below).
    pub const fn new(file: &'static str, text: &'static str) -> Self {
        Table { file, text, rows: OnceLock::new() }
    }

    /// The rows, each a list of its columns.
    pub fn rows(&self) -> &[Vec<&'static str>] {
        self.rows.get_or_init(|| entries(self.text).map(|l| l.split('\t').map(str::trim).collect()).collect())
    }

    /// The data file's name.
    pub fn file(&self) -> &'static str {
        self.file
    }

    /// The comment lines at the top of the file.
    pub fn header(&self) -> String {
        header(self.text)
    }
}

fn header(text: &str) -> String {
    text.lines().take_while(|l| l.starts_with('#')).map(|l| l.trim_start_matches('#').trim()).collect::<Vec<_>>().join(" ")
}

/// Declares the lists: `NAME: "file.txt";` for a [`WordList`], `NAME: table "file.tsv";` for a [`Table`].
macro_rules! lexicon {
    ($($(#[$doc:meta])* $name:ident: $($kind:ident)? $file:literal;)*) => {
        $( lexicon!(@one $(#[$doc])* $name $($kind)? $file); )*
        /// Every list and table as (file name, file text): for the tests and the fingerprint.
        pub const FILES: &[(&str, &str)] = &[$(($file, include_str!($file))),*];
    };
    (@one $(#[$doc:meta])* $name:ident $file:literal) => {
        $(#[$doc])* pub static $name: WordList = WordList::new($file, include_str!($file));
    };
    (@one $(#[$doc:meta])* $name:ident table $file:literal) => {
        $(#[$doc])* pub static $name: Table = Table::new($file, include_str!($file));
    };
}

lexicon! {
    /// Abbreviations that keep their final period and never end a sentence (lowercase, no period).
    ABBREVIATIONS: "abbreviations.txt";
    /// Clitics split off the end of a word, longest first, with both apostrophes.
    CLITICS: "clitics.txt";
    /// Month names and abbreviations: form, number, whether the form is also a word.
    MONTHS: table "months.tsv";
    /// Verbs of money: verb, whether its subject owns the amount, whether it pays someone.
    MONEY_VERBS: table "money_verbs.tsv";
    // Dates, document facts, entity rules and resolution (r-dates).
    /// Weekday names and abbreviations: form, ISO day number (1 = Monday).
    WEEKDAYS: table "weekdays.tsv";
    /// Words that put a date's clause in the future.
    TENSE_FUTURE: "tense_future.txt";
    /// Prepositions that point a date ahead unless they close a period.
    TENSE_FUTURE_WEAK: "tense_future_weak.txt";
    /// Words that make "through"/"until" close a period.
    PERIOD_WORDS: "period_words.txt";
    /// Words that point to the future when "to" follows.
    TENSE_FUTURE_TO: "tense_future_to.txt";
    /// Words that point to the future on their own.
    TENSE_FUTURE_ALONE: "tense_future_alone.txt";
    /// Present-tense verbs of scheduled events.
    TENSE_PRESENT_FUTURE: "tense_present_future.txt";
    /// Words that point a clause to the past.
    TENSE_PAST: "tense_past.txt";
    /// Words that open a new clause.
    CLAUSE_OPENERS: "clause_openers.txt";
    /// Words before a month name that make it a date.
    MONTH_LEAD: "month_lead.txt";
    /// Words after a four-digit number that make it a count, a measure or a time.
    NOT_YEAR_NEXT: "not_year_next.txt";
    /// Words before a number that make it an id or an address.
    NUMBER_ID_LEAD: "number_id_lead.txt";
    /// Words before a number that make it a quantity when a plural noun follows.
    QUANTITY_LEAD: "quantity_lead.txt";
    /// Words before a weekday name that make it part of another name.
    WEEKDAY_NAME_PREFIXES: "weekday_name_prefixes.txt";
    /// Words after a weekday name that make it part of another name.
    WEEKDAY_NAME_SUFFIXES: "weekday_name_suffixes.txt";
    /// Words around "today" that make it "nowadays" or a title: word, where.
    TODAY_NOT_DATE: table "today_not_date.tsv";
    /// Words before an ordinal quarter that make it a date.
    QUARTER_LEAD: "quarter_lead.txt";
    /// Words before a weekday that make it recurring.
    RECURRING_LEAD: "recurring_lead.txt";
    /// Words before "last year", "next month"... that make it a duration.
    DURATION_LEAD: "duration_lead.txt";
    /// Nouns after two consecutive years that make them one split year.
    SPLIT_YEAR_NOUNS: "split_year_nouns.txt";
    /// Acronyms of common nouns that are never mentions (case-sensitive).
    NOT_NAME_ACRONYMS: "not_name_acronyms.txt";
    /// Last words that make a name an organisation (case-sensitive).
    ORG_SUFFIXES: "org_suffixes.txt";
    /// Capitalised words that are not brands before a number (case-sensitive).
    NOT_BRANDS: "not_brands.txt";
    /// Last words of an event's name (case-sensitive).
    EVENT_HEADS: "event_heads.txt";
    /// Role words after an organisation's name: role, whether span cleaning trims it.
    ORG_ROLES: table "org_roles.tsv";
    /// Surname prefixes that give a name an inner capital (case-sensitive).
    SURNAME_PREFIXES: "surname_prefixes.txt";
    /// Adjective endings: ending, not a model variant, not a name's leading part.
    ADJECTIVE_ENDINGS: table "adjective_endings.tsv";
    /// Letters before digits that make a code a period or an amount (case-sensitive).
    NOT_MODEL_PREFIXES: "not_model_prefixes.txt";
    /// Scale suffixes glued to digits.
    SCALE_SUFFIXES: "scale_suffixes.txt";
    /// Word prefixes written with a hyphen.
    HYPHEN_PREFIXES: "hyphen_prefixes.txt";
    /// Titles and roles left out at the start of a mention.
    NAME_TITLES: "name_titles.txt";
    /// AP state abbreviations: abbreviation, state name.
    AP_STATES: table "ap_states.tsv";
    /// Country abbreviations: abbreviation, long form.
    COUNTRY_ABBREVIATIONS: table "country_abbreviations.tsv";
    /// Small words an acronym may leave out.
    ACRONYM_SKIP_WORDS: "acronym_skip_words.txt";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_file_says_what_it_is_for_and_has_no_duplicates() {
        for (file, text) in FILES {
            assert!(text.starts_with('#'), "{file} must start with a comment saying what it is for and where it came from");
            let mut seen = HashSet::new();
            for e in entries(text) {
                assert!(seen.insert(e), "{file}: '{e}' is listed twice");
                assert_eq!(e, e.trim(), "{file}: '{e}' has stray spaces");
            }
            assert!(!seen.is_empty(), "{file} is empty");
        }
    }

    #[test]
    fn table_rows_have_their_columns() {
        for (t, n) in [(&MONTHS, 3), (&MONEY_VERBS, 3)] {
            assert!(t.rows().iter().all(|r| r.len() == n), "{}", t.file());
        }
        assert!(MONTHS.rows().iter().any(|r| r[..] == ["sept", "9", "no"]));
        assert!(MONEY_VERBS.rows().iter().any(|r| r[..] == ["gave", "yes", "yes"]));
    }

    #[test]
    fn lists_parse_in_file_order() {
        assert_eq!(CLITICS.words()[0], "n't");
        assert!(ABBREVIATIONS.contains("mr") && !ABBREVIATIONS.contains("Mr"));
        assert!(ABBREVIATIONS.header().contains("period"));
        assert_eq!(ABBREVIATIONS.file(), "abbreviations.txt");
    }
}
