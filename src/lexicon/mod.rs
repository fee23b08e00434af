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
    /// Words that open a sentence and never follow an initial inside a name (lowercase).
    SENTENCE_OPENERS: "sentence_openers.txt";
    /// Verbs of calendar position after a holiday opening its sentence: the day itself (lowercase).
    HOLIDAY_VERBS: "holiday_verbs.txt";
    /// Clitics split off the end of a word, longest first, with both apostrophes.
    CLITICS: "clitics.txt";
    /// Month names and abbreviations: form, number, whether the form is also a word.
    MONTHS: table "months.tsv";
    /// Verbs of money: verb, whether its subject owns the amount, whether it pays someone.
    MONEY_VERBS: table "money_verbs.tsv";
    // amounts (src/extract/amounts/)
    /// Qualifier phrases of amounts: phrase, side of the number (`before` / `after`), qualifier.
    AMOUNT_QUALIFIERS: table "amount_qualifiers.tsv";
    /// Words between a qualifier and its number that change nothing ("an additional").
    AMOUNT_FILLERS: "amount_fillers.txt";
    /// Currency signs: sign, ISO code (or `dollar` / `yen`: the one the text uses).
    CURRENCY_SIGNS: table "currency_signs.tsv";
    /// Currency codes as written: code, ISO code, whether also glued to the digits.
    CURRENCY_CODES: table "currency_codes.tsv";
    /// Currency abbreviations before the digits: prefix, code, ambiguous (also a letter), also with a period.
    CURRENCY_PREFIXES: table "currency_prefixes.tsv";
    /// Letters against a "$" that name the dollar: letters, ISO code.
    DOLLAR_PREFIXES: table "dollar_prefixes.tsv";
    /// Currency nouns: form, noun, code, makes hyphenated compounds, ambiguous (also a common word).
    CURRENCY_NOUNS: table "currency_nouns.tsv";
    /// Adjectives naming a currency noun's country: noun, adjective, ISO code.
    CURRENCY_ADJECTIVES: table "currency_adjectives.tsv";
    /// Hundredths of a currency: form, code, how many make a unit, glued to the digits.
    CURRENCY_SUBUNITS: table "currency_subunits.tsv";
    /// Cues of a currency's country in a text: ISO code, cue, case.
    CURRENCY_CUES: table "currency_cues.tsv";
    /// Percent words after a number: word, whether also glued to the digits.
    PERCENT_WORDS: table "percent_words.tsv";
    /// Scale words and suffixes of numbers: form, multiplier, written as word / suffix / both.
    NUMBER_SCALES: table "number_scales.tsv";
    /// Cardinal number words below one hundred: word, value.
    CARDINALS: table "cardinals.tsv";
    /// Fraction words: word, denominator.
    FRACTIONS: table "fractions.tsv";
    /// Words that end the noun phrase a number counts.
    COUNT_PHRASE_STOPS: "count_phrase_stops.txt";
    /// Words that stand for the counted noun without naming it ("500 more").
    COUNT_PLACEHOLDERS: "count_placeholders.txt";
    /// Plural nouns without a final "s", and nouns whose singular counts.
    IRREGULAR_PLURALS: "irregular_plurals.txt";
    /// Irregular plurals that end compound plurals ("grandchildren"), with singulars ending alike.
    COMPOUND_PLURAL_HEADS: table "compound_plural_heads.tsv";
    /// Words ending in "s" that are no plural nouns ("yes", "was", "this").
    S_FINAL_NON_PLURALS: "s_final_non_plurals.txt";
    /// Units of time: a number before them is a duration.
    TIME_UNITS: "time_units.txt";
    /// Units of measure: a number before them is a quantity.
    MEASURE_UNITS: "measure_units.txt";
    /// Nouns a number makes with a hyphen that name one thing ("a 3-pointer", "a two-seater").
    NUMERAL_NOUNS: "numeral_nouns.txt";
    /// Verbs that make a number of "pounds" after them a weight ("weighing 200 pounds", "lost 30 pounds").
    WEIGHT_VERBS: table "weight_verbs.tsv";
    /// Words before a number that make it a label or rank ("No. 1", "page 5").
    NUMBER_LABELS: "number_labels.txt";
    /// Words that take a number into an organisation's name ("Local 705", "Radio 4").
    NUMBERED_ORG_WORDS: "numbered_org_words.txt";
    /// Words of change ("down by 30 to 126" is no range).
    CHANGE_WORDS: "change_words.txt";
    /// Clock marks and time zones after a number ("5 p.m.").
    CLOCK_WORDS: "clock_words.txt";
    /// Words before a number that make it an age ("aged 55").
    AGE_WORDS: "age_words.txt";
    /// Units of an age after a number ("39-year-old").
    AGE_UNITS: "age_units.txt";
    /// Plural nouns of people whose age a number after "under"/"over" gives ("children under 5").
    AGE_GROUP_NOUNS: "age_group_nouns.txt";
    /// Words after a number that make it a multiplier ("three times").
    MULTIPLIER_WORDS: "multiplier_words.txt";
    /// Determiners after "of" in a partitive count ("30 of the planes").
    PARTITIVE_DETERMINERS: "partitive_determiners.txt";
    /// Adjectives between a partitive's determiner and its whole's number ("seven of its last 10 games").
    PARTITIVE_ADJECTIVES: "partitive_adjectives.txt";
    /// Pronouns after "of" in a partitive count ("30 of them").
    PARTITIVE_PRONOUNS: "partitive_pronouns.txt";
    /// Words before a bare number that make it a value, not an elided count ("he is 45").
    BARE_NUMBER_BLOCKERS: "bare_number_blockers.txt";
    /// Subjects after which a word in "-s" is a verb ("that takes").
    VERB_SUBJECTS: "verb_subjects.txt";
    /// Words before a mention that make it an object, not the subject of a money verb.
    OWNER_SUBJECT_BLOCKERS: "owner_subject_blockers.txt";
    /// Video resolutions written with "p" ("1080p" is no pence).
    VIDEO_RESOLUTIONS: "video_resolutions.txt";
    // Quotes, relations and the discourse layer.
    /// Organisation nouns that also open organisations' names ("Studio Ghibli"): kept at a sentence's start.
    NAME_OPENING_ROLES: "name_opening_roles.txt";
    /// Royal and religious titles before a person's name, out of its span ("King Charles" -> "Charles").
    ROYAL_TITLES: "royal_titles.txt";
    /// Personal pronouns and possessive determiners: never a name ("We" tagged ORG).
    PERSONAL_PRONOUNS: "personal_pronouns.txt";
    /// Reporting verbs that attribute a quotation ("said", "tweeted").
    REPORTING_VERBS: "reporting_verbs.txt";
    /// Verbs of a prose line that reports a reply or post ("responded", "fired back").
    REPLY_VERBS: "reply_verbs.txt";
    /// Subject pronouns: pronoun, whether it may stand for a person, whether for an organisation.
    PRONOUNS: table "pronouns.tsv";
    /// Role nouns naming an organisation ("the company").
    ORG_ROLES: "org_roles.txt";
    /// Lowercase nouns cut off the end of a tagged name besides organisation nouns and place heads ("BBC radio").
    TRAILING_NOUNS: "trailing_nouns.txt";
    /// Organisation role nouns that stand for an organisation of any kind ("the company").
    GENERIC_ORG_ROLES: "generic_org_roles.txt";
    /// Plural kind nouns whose examples after "such as"/"like"/"including" are of their type ("miners": ORG).
    EXAMPLE_KINDS: table "example_kinds.tsv";
    /// Kinds of organisation nouns that stand for one another ("agency", "administration": public body).
    ORG_NOUN_KINDS: table "org_noun_kinds.tsv";
    /// Role nouns naming a person: word, whether it heads a title held at an organisation ("CEO").
    PERSON_ROLES: table "person_roles.tsv";
    /// Words before a title's head noun ("former chief executive").
    ROLE_MODIFIERS: "role_modifiers.txt";
    /// Words between a subject and its verb ("has also", "agreed to").
    AUXILIARIES: "auxiliaries.txt";
    /// Honorifics and modifiers between an inverted verb and a name ("said Sen. Smith").
    TITLE_WORDS: "title_words.txt";
    /// Nouns before a quoted title of a work ("the film").
    WORK_NOUNS: "work_nouns.txt";
    /// Nouns of a kind of product after a product's name ("its Blackwell chips").
    PRODUCT_NOUNS: "product_nouns.txt";
    /// Small words that stay lowercase inside a title ("of", "the").
    TITLE_FUNCTION_WORDS: "title_function_words.txt";
    /// Function words with their language's ISO 639-1 code: which language a document is in (word, code).
    FUNCTION_WORDS: table "function_words.tsv";
    /// US state codes after a city's name and comma ("Irving, TX"): code, state, whether also a degree ("MD").
    STATE_CODES: table "state_codes.tsv";
    /// Surnames written like a capitalised pronoun ("He" of "He Lifeng"), as written.
    PRONOUN_SURNAMES: "pronoun_surnames.txt";
    /// Determiners that make a role noun indefinite ("a spokesman").
    INDEFINITE_DETERMINERS: "indefinite_determiners.txt";
    /// Words that put a role in the past ("the former Chelsea manager").
    PAST_ROLE_WORDS: "past_role_words.txt";
    /// Words before a role noun that leave the role as it is ("the former minister").
    ROLE_NEUTRAL_WORDS: "role_neutral_words.txt";
    /// Nouns of a document that can say something ("the statement said"): its issuer speaks.
    DOCUMENT_NOUNS: "document_nouns.txt";
    /// Verbs that report only after a document subject ("the statement read").
    DOCUMENT_VERBS: "document_verbs.txt";
    /// Verbs whose subject issues the document they take ("Acme issued a statement saying …").
    ISSUING_VERBS: "issuing_verbs.txt";
    /// Verbs of the founded, sued and acquired relations: verb, predicate, whether only before "by".
    RELATION_VERBS: table "relation_verbs.tsv";
    /// Nouns of a lawsuit ("filed a lawsuit against").
    LAWSUIT_NOUNS: "lawsuit_nouns.txt";
    /// Verbs that bring a lawsuit ("filed").
    FILING_VERBS: "filing_verbs.txt";
    /// Forms of "be", for passives and descriptions ("was sentenced to", "was a nurse").
    BE_FORMS: "be_forms.txt";
    /// Particles of a phrasal verb before a colon that opens a quotation ("he went on:").
    VERB_PARTICLES: "verb_particles.txt";
    /// Nouns of a fronted viewpoint phrase ("In her view, …"), whose holder a quotation there is.
    VIEWPOINT_NOUNS: "viewpoint_nouns.txt";
    /// Prepositions opening a fronted phrase ("According to an official, Smith …"): no apposition across its comma.
    FRONTED_PREPOSITIONS: "fronted_prepositions.txt";
    /// Words opening a topic line before a colon ("On the fans: “…”"): its quotation continues the last speaker.
    TOPIC_LEADS: "topic_leads.txt";
    /// Linking verbs between a person and a title ("is", "became").
    COPULAS: "copulas.txt";
    /// Words after an acquiring or suing verb that end the search for its object ("stake", "shares").
    OBJECT_STOP_WORDS: "object_stop_words.txt";
    /// Possessive markers as tokens ("'s", "’").
    POSSESSIVES: "possessives.txt";
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
    /// Present or base linking verbs: the participle after them is a state ("will stay closed on Friday").
    PRESENT_LINKERS: "present_linkers.txt";
    /// Verbs whose past is their base form ("cut", "hit"): past after a singular subject.
    PAST_AS_BASE: "past_as_base.txt";
    /// Common prepositions: one after a word of `past_as_base.txt` makes that word a noun.
    PREPOSITIONS: "prepositions.txt";
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
    /// Words that make a number from 1000 to 1899 after them a year ("in 1898", "since 1865").
    HISTORIC_YEAR_LEAD: "historic_year_lead.txt";
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
    /// Top-level domains that make a dotted token a bare web domain, never a mention.
    WEB_DOMAIN_ENDINGS: "web_domain_endings.txt";
    /// Organisation suffixes that also end programmes' names ("Services"): no organisation alone.
    PROGRAMME_HEADS: "programme_heads.txt";
    /// Plural party-group nouns that training relabels from MISC to ORG ("Democrats").
    PARTY_GROUP_PLURALS: "party_group_plurals.txt";
    /// Words between "(" and ":" before a ticker ("NYSE"): word, whether it is a cue alone.
    TICKER_CUES: table "ticker_cues.tsv";
    /// Words that end the modifiers before an inverted speaker's name ("that", "by").
    NOT_NAME_MODIFIERS: "not_name_modifiers.txt";
    /// Prepositions of a phrase between a subject and its verb ("Smith in a statement said").
    PHRASE_PREPOSITIONS: "phrase_prepositions.txt";
    /// Function words that never head a reporting verb's subject ("and", "that").
    NOT_SUBJECT_HEADS: "not_subject_heads.txt";
    /// Lowercase words that may join the capitalised words of a title ("The Eye of the World").
    TITLE_JOINERS: "title_joiners.txt";
    /// Words between two dates that make them the ends of one range.
    DATE_RANGE_JOINERS: "date_range_joiners.txt";
    /// Small words left lowercase in Title Case headlines.
    HEADLINE_SMALL_WORDS: "headline_small_words.txt";
    /// Trades that end a company's name ("Marathon Oil"; case-sensitive).
    INDUSTRY_SUFFIXES: "industry_suffixes.txt";
    /// Generational suffixes after a surname ("Jr.", "III").
    GENERATIONAL_SUFFIXES: "generational_suffixes.txt";
    /// Capitalised words that are not brands before a number (case-sensitive).
    NOT_BRANDS: "not_brands.txt";
    /// Last words of an event's name (case-sensitive).
    EVENT_HEADS: "event_heads.txt";
    /// Last words of an award's name that take "of"/"for" or "in" and a field inside it ("Medal of Freedom").
    AWARD_HEADS: "award_heads.txt";
    /// Fields an award is given in ("Nobel Prize in Physics"), words separated by spaces.
    AWARD_FIELDS: "award_fields.txt";
    /// Last words of a law's or treaty's name ("Act", "Clause"): MISC, and a speaker when it says something.
    LAW_HEADS: "law_heads.txt";
    /// Role words after an organisation's name: role, whether span cleaning trims it.
    ORG_STAFF_ROLES: table "org_staff_roles.tsv";
    /// Party adjectives the tagger leaves out before a lowercase noun ("the Conservative leader").
    PARTY_ADJECTIVES: "party_adjectives.txt";
    /// Endings of doctrines' one-word names ("Confucianism", "Marxism").
    DOCTRINE_ENDINGS: "doctrine_endings.txt";
    /// Research roles between a firm's name and a person's ("Wedbush analyst Dan Ives").
    RESEARCH_ROLES: "research_roles.txt";
    /// Surname prefixes that give a name an inner capital (case-sensitive).
    SURNAME_PREFIXES: "surname_prefixes.txt";
    /// Words before a name that make it the one spoken to ("told the BBC").
    ADDRESSEE_LEADS: "addressee_leads.txt";
    /// Past verbs of lasting before "until"/"through": the date after is past.
    STRETCH_VERBS: "stretch_verbs.txt";
    /// Nouns of something said whose owner said the quotation after them ("Trump's pledge to “…”").
    SPEECH_NOUNS: "speech_nouns.txt";
    /// English nicknames and the given names they shorten ("Josh" -> "Joshua"): nickname, given names.
    HYPOCORISMS: table "hypocorisms.tsv";
    /// Lowercase particles inside names ("do" of "Rio Grande do Sul"): particle, what precedes.
    NAME_PARTICLES: table "name_particles.tsv";
    /// Adjective endings: ending, not a model variant, not a name's leading part.
    ADJECTIVE_ENDINGS: table "adjective_endings.tsv";
    /// Letters before digits that make a code a period or an amount (case-sensitive).
    NOT_MODEL_PREFIXES: table "not_model_prefixes.tsv";
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
    // Dates (q-dates): holidays, ordinal days, two-digit years, quarters in context.
    /// Holidays and their yearly rules: name, rule, month, day or n-th, weekday, offset, alone or after a lead.
    HOLIDAYS: table "holidays.tsv";
    /// Words before a holiday name that is also a plain noun ("by Christmas") that make it a date.
    HOLIDAY_LEAD: "holiday_lead.txt";
    /// Nouns after a holiday name that make it a modifier ("Christmas shopping"), not a date.
    HOLIDAY_NOUNS: "holiday_nouns.txt";
    /// Ordinal words of the days of a month: word, day ("third", 3).
    ORDINALS: table "ordinals.tsv";
    /// Words that point to the future when "for" follows ("set for Thursday").
    TENSE_FUTURE_FOR: "tense_future_for.txt";
    /// Articles and possessives that make a following date or "-ed" word a noun's modifier.
    ATTRIBUTIVE_DETERMINERS: "attributive_determiners.txt";
    // Amounts, issue 10 (src/extract/numbers.rs, src/extract/amounts/).
    /// Vulgar fraction characters: character, numerator, denominator.
    VULGAR_FRACTIONS: table "vulgar_fractions.tsv";
    /// Signs and words that make the number after them negative ("minus", "−").
    NEGATIVE_SIGNS: "negative_signs.txt";
    /// Letters against a currency sign other than "$": letters, sign, ISO code ("E", "£", "EGP").
    CURRENCY_SIGN_LETTERS: table "currency_sign_letters.tsv";
    /// Words right before the first number of a change "from ... X to Y" ("of", "current").
    CHANGE_START_WORDS: "change_start_words.txt";
    /// Words before "from" that make "from X to Y" a spread, a range ("anywhere", "ranging").
    SPREAD_LEADS: "spread_leads.txt";
    /// Words after a number that point back to a counted noun ("three others").
    COUNT_ANAPHORS: "count_anaphors.txt";
    // Speakers (issue 10: src/extract/discourse/, src/extract/quotes/).
    /// Given names borne by one gender: name, `m` or `f` (pronoun agreement).
    GIVEN_NAMES: table "given_names.tsv";
    /// Nationality adjectives and nouns: form, ISO country code.
    DEMONYMS: table "demonyms.tsv";
    /// Words giving a person's party: word, party key, `word` or `letter` (a tag such as "D-Md.").
    PARTY_WORDS: table "party_words.tsv";
    /// Titles before a name: title, the role noun it gives or `-`, the gender it gives or `-`.
    NAME_TITLE_FACTS: table "name_title_facts.tsv";
    /// Nouns heading a description of a person ("the 56-year-old striker"): noun, gender.
    PERSON_NOUNS: table "person_nouns.tsv";
    /// Nouns for an unnamed spokesperson ("a spokeswoman for Acme").
    SPOKESPERSON_NOUNS: "spokesperson_nouns.txt";
    /// Nouns next to a quoted slogan or title ("the slogan “…”", "“…” campaign").
    SLOGAN_NOUNS: "slogan_nouns.txt";
    /// Words naming the quoted words as a term ("dubbed", "the phrase", "known as"): no quotation after them.
    LABEL_LEADS: "label_leads.txt";
    /// Verbs that characterise something "as" quoted words ("views privacy as “…”"): they attribute it.
    CHARACTERISING_VERBS: "characterising_verbs.txt";
    /// Words after which a name opens its clause as the subject ("When Smith arrived, he …").
    SUBJECT_OPENERS: "subject_openers.txt";

    // Entity rules: document-level typing and span boundaries (issue 9).
    /// Interjections that open a spoken sentence ("Oh", "Um", "Alright"), lowercase: never a name.
    INTERJECTIONS: "interjections.txt";
    /// Words ending a product's name before its short number ("Apple Watch Series 10").
    SERIES_WORDS: "series_words.txt";
    /// Subordinating conjunctions that never open a name ("If Hezbollah" -> "Hezbollah").
    SUBORDINATORS: "subordinators.txt";
    /// Parties and party groups by their members' name or a nickname ("Democrats", "GOP"): ORG.
    PARTY_GROUPS: "party_groups.txt";
    /// International bodies, NGOs, foundations and federations the gazetteer lists lack ("Oxfam"): ORG.
    KNOWN_ORGS: "known_orgs.txt";
    /// News outlets named by one common word ("Variety", "Deadline"): ORG where the word stands alone inside a sentence.
    MEDIA_WORDS: "media_words.txt";
    /// Events, wars, movements, laws, awards, competitions and languages news names often ("Cold War", "Obamacare"): MISC.
    KNOWN_MISC: "known_misc.txt";
    /// Nations of the UK, other and former country names, regions, territories and seas ("West Bank", "Soviet Union"): LOC.
    KNOWN_PLACES: "known_places.txt";
    /// States, provinces and regions of countries other than the US ("Bavaria", "Punjab"): LOC evidence like a US state.
    REGIONS: "regions.txt";
    /// First-level subdivisions of countries from ISO 3166-2 ("Terengganu", "Maharashtra"; generated by
    /// `scripts/subdivisions.py`): read with `REGIONS`.
    SUBDIVISIONS: "subdivisions.txt";
    /// Sports whose governing bodies are named by the sport and the place ("Cricket Australia"): ORG.
    SPORT_BODIES: "sport_bodies.txt";
    /// Heads of bodies two places share, named with both over "and" ("Avon and Somerset Police").
    JOINT_BODY_HEADS: "joint_body_heads.txt";
    /// Peoples, ethnic groups and regions' inhabitants ("Asian", "Kurds", "Hispanics"): MISC like nationalities.
    ETHNIC_GROUPS: "ethnic_groups.txt";
    /// Words that open a storm's or an operation's name ("Hurricane Maria", "Operation Desert Storm"): MISC.
    EVENT_PREFIXES: table "event_prefixes.tsv";
    /// Head nouns that make a place before them an organisation's name ("United States Navy").
    ORG_HEADS: "org_heads.txt";
    /// Head nouns that make a place before them a bigger place's name ("Denver International Airport").
    PLACE_HEADS: table "place_heads.tsv";
    /// Abbreviated words that open names ("St.", "Mt.") and the words they stand for.
    NAME_PREFIXES: table "name_prefixes.tsv";
    /// Conventional short names of organisations and the long names they stand for ("Fed").
    ORG_SHORT_FORMS: table "org_short_forms.tsv";
    /// Organisation heads that take "of/for (the)" and a complement inside the name ("Foundation for the Arts").
    NAME_EXTENSION_HEADS: "name_extension_heads.txt";
    /// Words next to a name that support a type: side, lowercase cue tokens, type, weight.
    TYPE_CUES: table "type_cues.tsv";
    /// Words of sports reporting (lowercase) and whether they speak of a game in progress.
    SPORTS_WORDS: table "sports_words.tsv";

    // Dates (issue 10, second round: src/extract/dates/).
    /// Words after a month that make it a contract or delivery month: word, `contract`, `commodity` or `statistic`.
    CONTRACT_MONTH_WORDS: table "contract_month_words.tsv";
    /// Words after "the March" that make it a procession ("the March on Washington"), not the month.
    MARCH_NOUN_NEXT: "march_noun_next.txt";
    /// Words before a weekday that place it by another date: words, relation, alone (`ahead` or `-`).
    WEEKDAY_RELATIONS: table "weekday_relations.tsv";
    /// Modals that point a clause ahead unless negated ("could", "may").
    TENSE_FUTURE_MODAL: "tense_future_modal.txt";
    /// Phrases right before a date that put it ahead ("as early as", "no later than").
    FUTURE_LEAD_PHRASES: "future_lead_phrases.txt";
    /// Phrases before a date that place an event before it ("ahead of"): no side from the tense.
    ANTERIOR_LEAD_PHRASES: "anterior_lead_phrases.txt";
    /// Phrases before "the month"/"the year" that make it the current one ("by the end of").
    PERIOD_PART_LEAD: "period_part_lead.txt";
    /// Words besides ordinals before "half of" that make it a part of a period ("the latter half of").
    PERIOD_HALF_LEAD: "period_half_lead.txt";
    /// Present-tense verbs of scheduled events that are also plural nouns: future after a named subject.
    TENSE_PRESENT_FUTURE_NAMED: "tense_present_future_named.txt";
    /// Plural present-tense verbs of scheduled events, after a plural subject ("Voters head … Sunday").
    TENSE_PRESENT_FUTURE_PLURAL: "tense_present_future_plural.txt";
    /// Nouns of a running total whose "of" phrase names what a number after "to" counts ("the total of titles to 14").
    TALLY_NOUNS: "tally_nouns.txt";
    /// Words before a running total's new value ("rose to 146", "reached 57").
    TALLY_LEADS: "tally_leads.txt";
    /// Compound totals and the plural they count ("death toll" -> "deaths"): word pair, plural.
    TALLY_COMPOUNDS: table "tally_compounds.tsv";
    /// Present-tense verbs of scheduled releases that need a particle after them ("comes out Wednesday").
    TENSE_PRESENT_FUTURE_PARTICLE: "tense_present_future_particle.txt";
    /// Words before a date that make it the base of a comparison ("than in July 1995").
    COMPARISON_WORDS: "comparison_words.txt";
    /// Verbs that move a date, before "to" and the new date ("postponed to March").
    POSTPONE_VERBS: "postpone_verbs.txt";
    /// Past forms of directing verbs before "to" ("was ordered to report by Jan. 8"): a deadline ahead of the order.
    DIRECTIVE_VERBS: "directive_verbs.txt";

    // Quote speakers, issue 10 round 2 (src/extract/discourse/, src/extract/quotes/).
    /// Phrases opening a sign-off, byline or picture credit ("Reporting by", "Photo by"): no speakers there.
    CREDIT_CUES: "credit_cues.txt";
    /// Nouns that speak for the owner a possessive names ("her office", "Smith's campaign").
    PRINCIPAL_NOUNS: "principal_nouns.txt";

    // Entity rules: MISC recall and cluster typing (issue 9, round 2).
    /// Religions and their adherents ("Muslim", "Hinduism"), case-sensitive: MISC, never a place.
    RELIGIONS: "religions.txt";
    /// Variant words after a model number that end a product name ("iPhone 16 Pro", "Galaxy S24 Ultra").
    MODEL_VARIANTS: "model_variants.txt";
    /// One-word products, software and devices ("ChatGPT", "iPhone", "Android"), case-sensitive: MISC evidence.
    PRODUCTS: "products.txt";
}

/// Does a word of sports reporting (`sports_words.tsv`) say sports alone ("soccer", "playoff"),
/// unlike one common in other news too ("won", "season")? `None`: no word of sports reporting.
pub fn sports_word_alone(w: &str) -> Option<bool> {
    SPORTS_WORD.get(w).map(|&(_, alone)| alone)
}

/// Is `w` (lowercase) a word of a game in progress ("points", "halftime")?
pub fn is_play_word(w: &str) -> bool {
    SPORTS_WORD.get(w).is_some_and(|&(play, _)| play)
}

/// `sports_words.tsv` as word -> (speaks of a game in progress, says sports alone).
static SPORTS_WORD: std::sync::LazyLock<std::collections::HashMap<&'static str, (bool, bool)>> =
    std::sync::LazyLock::new(|| SPORTS_WORDS.rows().iter().map(|r| (r[0], (r[1] == "yes", r[2] == "yes"))).collect());

/// Is `w` the last word of an event's or a law's name ("Olympics", "Act"; case-sensitive)? Such names are MISC.
pub fn is_event_head(w: &str) -> bool {
    EVENT_HEADS.contains(w) || LAW_HEADS.contains(w)
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
        for (t, n) in [(&MONTHS, 3), (&MONEY_VERBS, 3), (&HOLIDAYS, 7), (&ORDINALS, 2)] {
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
