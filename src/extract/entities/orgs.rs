//! Organisation (and airport) names as tagger features, from the lists in
//! `../shared/data/gazetteers/orgs` (see `models/README.md` for sources and
//! licences): companies (SEC, S&P 500), newspapers, political parties,
//! football and North American clubs, universities, US federal agencies,
//! airports.
//!
//! Unlike the census and place lists, these names are matched
//! **case-sensitively** ("Apple" the company, never "apple"), with curly
//! apostrophes folded. A match sets bit `category * 4 + position` (B, I, L,
//! U) on the tokens it covers; the model weighs each category, so a match is
//! evidence, never a label. Forms the source flags as common English words
//! (`ambiguous_forms`: Apple, Target, Chevron, Heat) get their own
//! categories, so the model learns how little they prove; lowercase forms,
//! tickers and airport codes are not matched at all, and all-caps
//! abbreviations of parties and agencies only from 3 letters (and for
//! parties, only those that won 5% of a vote).
//!
//! Tickers are kept apart: a ticker maps to the name forms of its company, so
//! that "Home Depot (HD)" and "(NYSE: HD)" can be recognised as mentions of
//! the company (spec §7; see `entities::ticker_mentions`).

use super::error::{Result, invalid, io};
use super::gazetteer::fold_accents;
use super::hash::{HashMap64, fin, hash_phrase, hash_phrase_exact, mark_phrase, phrase_step_exact};
use crate::extract::analysis::tokenize;
use std::collections::BTreeMap;
use std::path::Path;

/// Categories (bit index in a phrase's category mask).
/// S&P 500 companies, and the SEC's first 1,000 by market value.
pub const COMPANY_TOP: u32 = 0;
/// Other SEC-listed companies.
pub const COMPANY: u32 = 1;
/// Newspapers, broadcasters and other media.
pub const MEDIA: u32 = 2;
/// Political parties.
pub const PARTY: u32 = 3;
/// Sports clubs.
pub const SPORTS: u32 = 4;
/// Universities.
pub const UNIVERSITY: u32 = 5;
/// Government agencies.
pub const AGENCY: u32 = 6;
/// Airports.
pub const AIRPORT: u32 = 7;
/// A company's name that is also a common word ("Apple", "Target").
pub const AMBIG_COMPANY: u32 = 8;
/// Another organisation's name that is also a common word ("Heat", "Monitor").
pub const AMBIG_OTHER: u32 = 9;
/// All-caps abbreviation of a party, agency or university ("NASA", "SPD").
pub const ACRONYM: u32 = 10;
/// Number of categories.
pub const N_CATS: u32 = 11;

/// Mask bit: the phrase is a proper prefix of a longer one (matching goes on).
const PREFIX: u32 = 1 << 31;
/// Longest phrase matched, in tokens.
const MAX_LEN: usize = 8;

/// Case-sensitive organisation names and the tickers of listed companies.
#[derive(Default, Clone)]
pub struct OrgGazetteer {
    map: HashMap64<u32>,
    /// Phrases written with diacritics, by their exact hash without them
    /// ("Gremio" for "Grêmio"): read by [`OrgGazetteer::lookup_folded`], not
    /// by the tagger's features.
    folded: HashMap64<u32>,
    /// Exact ticker hash -> lowercase phrase hashes of its company's name forms.
    tickers: HashMap64<Vec<u64>>,
    /// The phrases as written, with their category masks (for the model file).
    phrases: BTreeMap<String, u32>,
    /// Ticker -> its company's name forms (for the model file).
    ticker_forms: BTreeMap<String, Vec<String>>,
    /// Exact hashes of the clubs' short names: the last word or two of a
    /// listed club's name that is itself listed, common word or not ("Chiefs"
    /// of "Kansas City Chiefs", "Heat" of "Miami Heat", "Red Sox").
    club_short: HashMap64<()>,
    /// Exact hashes of the tickers that spell the initials of their company's
    /// name, for the companies of [`COMPANY_TOP`], three letters or more ("AMD"
    /// of Advanced Micro Devices, "IBM", "UPS"): news names these companies so,
    /// and [`OrgGazetteer::lookup`] knows them as the company (not the tagger's
    /// features, which see no ticker).
    initialisms: HashMap64<()>,
}

/// The initials of a name's capitalised words ("AMD" of "Advanced Micro Devices", "AIG" of
/// "American International Group"; "of", "and" and "&" skipped).
fn initials(name: &str) -> String {
    name.split([' ', '-']).filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase)).collect()
}

/// The tokens of a listed name, as the analysis tokenizer splits them.
pub(super) fn toks(p: &str) -> Vec<&str> {
    tokenize(p).iter().map(|t| &p[t.start..t.end]).collect()
}

/// Is the form all capitals (an abbreviation or an all-caps name)?
fn all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// One row of a list, as far as the gazetteer cares.
struct Row<'a> {
    forms: Vec<&'a str>,
    ambiguous: Vec<&'a str>,
    codes: Vec<&'a str>,
}

/// Read a list's rows: `(column index by name, rows)`.
fn read_tsv(path: &Path) -> Result<(HashMap64<usize>, Vec<Vec<String>>)> {
    let text = std::fs::read_to_string(path).map_err(io(path))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().ok_or_else(|| invalid(path.display(), "empty file"))?.split('\t').collect();
    let mut cols = HashMap64::default();
    for (i, h) in header.iter().enumerate() {
        cols.insert(super::hash::hash_bytes(h), i);
    }
    for need in ["name", "aliases", "ambiguous_forms"] {
        if !cols.contains_key(&super::hash::hash_bytes(need)) {
            return Err(invalid(path.display(), format!("no column {need:?}")));
        }
    }
    let rows = lines.filter(|l| !l.is_empty()).map(|l| l.split('\t').map(str::to_string).collect()).collect();
    Ok((cols, rows))
}

fn col<'a>(cols: &HashMap64<usize>, row: &'a [String], name: &str) -> &'a str {
    cols.get(&super::hash::hash_bytes(name)).and_then(|&i| row.get(i)).map_or("", |s| s.trim())
}

fn split(s: &str) -> Vec<&str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty()).collect()
}

impl OrgGazetteer {
    /// Add a row's forms under `cat` (ambiguous ones under `ambig_cat`).
    fn add_row(&mut self, row: &Row, cat: u32, ambig_cat: u32, acronyms: bool) {
        for &f in &row.forms {
            if row.codes.contains(&f) || f.chars().count() < 2 || !f.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            {
                continue;
            }
            let single = !f.contains(' ');
            let c = if row.ambiguous.contains(&f) {
                if f.chars().count() <= 3 {
                    continue;
                }
                ambig_cat
            } else if single && all_caps(f) && f.chars().count() <= 6 && cat != COMPANY_TOP && cat != COMPANY {
                if !acronyms || f.chars().count() < 3 {
                    continue;
                }
                ACRONYM
            } else {
                cat
            };
            *self.phrases.entry(f.to_string()).or_default() |= 1 << c;
        }
    }

    /// Build from the lists of `dir` (`../shared/data/gazetteers/orgs`).
    pub fn from_raw_dir(dir: &Path) -> Result<OrgGazetteer> {
        let mut g = OrgGazetteer::default();
        let files: [(&str, u32); 9] = [
            ("companies_sp500.tsv", COMPANY_TOP),
            ("companies_sec.tsv", COMPANY),
            ("newspapers_wikidata.tsv", MEDIA),
            ("political_parties.tsv", PARTY),
            ("football_clubs.tsv", SPORTS),
            ("sports_teams_north_america.tsv", SPORTS),
            ("universities.tsv", UNIVERSITY),
            ("us_federal_agencies.tsv", AGENCY),
            ("airports.tsv", AIRPORT),
        ];
        for (file, base) in files {
            let (cols, rows) = read_tsv(&dir.join(file))?;
            for r in &rows {
                let name = col(&cols, r, "name");
                let mut forms = vec![name];
                forms.extend(split(col(&cols, r, "aliases")));
                let tickers = split(col(&cols, r, "ticker"));
                let mut codes = tickers.clone();
                codes.extend(split(col(&cols, r, "iata")));
                let row = Row { forms, ambiguous: split(col(&cols, r, "ambiguous_forms")), codes };
                let (cat, ambig, acronyms) = match base {
                    COMPANY => {
                        let rank: u32 = col(&cols, r, "sec_rank").parse().unwrap_or(u32::MAX);
                        let top = rank <= 1000 || col(&cols, r, "sp500") == "1";
                        (if top { COMPANY_TOP } else { COMPANY }, AMBIG_COMPANY, false)
                    }
                    COMPANY_TOP => (COMPANY_TOP, AMBIG_COMPANY, false),
                    AIRPORT if col(&cols, r, "priority") != "1" => continue,
                    PARTY => (PARTY, AMBIG_OTHER, col(&cols, r, "vote_share").parse::<f64>().is_ok_and(|v| v >= 5.0)),
                    _ => (base, AMBIG_OTHER, true),
                };
                g.add_row(&row, cat, ambig, acronyms);
                if !tickers.is_empty() {
                    let names: Vec<String> = row.forms.iter().filter(|f| !row.codes.contains(f)).map(|f| f.to_string()).collect();
                    for t in tickers {
                        let e = g.ticker_forms.entry(t.to_string()).or_default();
                        for n in &names {
                            if !e.contains(n) {
                                e.push(n.clone());
                            }
                        }
                    }
                }
            }
        }
        g.index();
        Ok(g)
    }

    /// Build the lookup tables from `phrases` and `ticker_forms`.
    fn index(&mut self) {
        self.map.clear();
        self.tickers.clear();
        self.folded.clear();
        self.club_short.clear();
        for (p, &m) in self.phrases.iter().filter(|(p, _)| !p.is_ascii()) {
            let f = fold_accents(p);
            if f != *p {
                *self.folded.entry(hash_phrase_exact(toks(&f).iter().copied())).or_default() |= m;
            }
        }
        for (p, &m) in &self.phrases {
            let t = toks(p);
            if t.is_empty() || t.len() > MAX_LEN {
                continue;
            }
            let mut h = super::hash::PHRASE_SEED;
            for (k, tok) in t.iter().enumerate() {
                h = phrase_step_exact(h, tok);
                let e = self.map.entry(fin(h)).or_default();
                *e |= if k + 1 == t.len() { m } else { PREFIX };
            }
        }
        for (p, _) in self.phrases.iter().filter(|(_, m)| *m & (1 << SPORTS) != 0) {
            let t = toks(p);
            if t.len() < 2 {
                continue;
            }
            for k in t.len().saturating_sub(2).max(1)..t.len() {
                let h = hash_phrase_exact(t[k..].iter().copied());
                if self.map.get(&h).is_some_and(|&s| s & ((1 << SPORTS) | (1 << AMBIG_OTHER)) != 0) {
                    self.club_short.insert(h, ());
                }
            }
        }
        self.initialisms.clear();
        for (t, forms) in &self.ticker_forms {
            let v = forms.iter().map(|f| hash_phrase(toks(f))).collect();
            self.tickers.insert(hash_phrase_exact([t.as_str()]), v);
            let top = || forms.iter().any(|f| self.phrases.get(f).is_some_and(|m| m & (1 << COMPANY_TOP) != 0));
            let spelt = || forms.iter().any(|f| initials(f) == *t);
            if t.len() >= 3 && t.chars().all(|c| c.is_ascii_uppercase()) && spelt() && top() {
                self.initialisms.insert(hash_phrase_exact([t.as_str()]), ());
            }
        }
    }

    /// Serialise: `P<TAB>phrase<TAB>mask` and `T<TAB>ticker<TAB>form|form` lines.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for (p, m) in &self.phrases {
            s.push_str(&format!("P\t{p}\t{m}\n"));
        }
        for (t, f) in &self.ticker_forms {
            s.push_str(&format!("T\t{t}\t{}\n", f.join("|")));
        }
        s
    }

    /// Read what [`OrgGazetteer::to_text`] wrote.
    pub fn from_text(text: &str) -> Result<OrgGazetteer> {
        let mut g = OrgGazetteer::default();
        for (n, line) in text.lines().enumerate() {
            let mut c = line.splitn(3, '\t');
            match (c.next(), c.next(), c.next()) {
                (Some("P"), Some(p), Some(m)) => {
                    g.phrases.insert(p.to_string(), m.parse().map_err(|e| invalid(format!("organisation list line {}", n + 1), e))?);
                }
                (Some("T"), Some(t), Some(f)) => {
                    g.ticker_forms.insert(t.to_string(), split(f).into_iter().map(str::to_string).collect());
                }
                _ => return Err(invalid(format!("organisation list line {}", n + 1), format!("bad line {line:?}"))),
            }
        }
        g.index();
        Ok(g)
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.phrases.len()
    }

    /// Is the list empty?
    pub fn is_empty(&self) -> bool {
        self.phrases.is_empty()
    }

    /// The phrases whose only category is `cat`.
    pub fn names(&self, cat: u32) -> impl Iterator<Item = &str> {
        self.phrases.iter().filter(move |(_, m)| **m == 1 << cat).map(|(p, _)| p.as_str())
    }

    /// Number of tickers.
    pub fn n_tickers(&self) -> usize {
        self.ticker_forms.len()
    }

    /// Set match bits on the tokens of one sentence (case-sensitive).
    pub fn annotate(&self, toks: &[&str], out: &mut [u64]) {
        for i in 0..toks.len() {
            if !toks[i].chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
                continue;
            }
            let mut h = super::hash::PHRASE_SEED;
            for len in 1..=MAX_LEN.min(toks.len() - i) {
                h = phrase_step_exact(h, toks[i + len - 1]);
                let Some(&mask) = self.map.get(&fin(h)) else { break };
                mark_phrase(&mut out[i..i + len], mask & !PREFIX);
                if mask & PREFIX == 0 {
                    break;
                }
            }
        }
    }

    /// The category mask of a phrase given as tokens, matched exactly (0 if absent).
    pub fn lookup(&self, toks: &[&str]) -> u32 {
        let h = hash_phrase_exact(toks.iter().copied());
        match self.map.get(&h).map_or(0, |m| m & !PREFIX) {
            0 if self.initialisms.contains_key(&h) => 1 << COMPANY_TOP,
            m => m,
        }
    }

    /// The category mask of listed names that, written without their
    /// diacritics, are the phrase given as tokens ("Gremio" for "Grêmio",
    /// "Atletico Madrid": AP style drops them); 0 if none.
    pub fn lookup_folded(&self, toks: &[&str]) -> u32 {
        self.folded.get(&hash_phrase_exact(toks.iter().copied())).copied().unwrap_or(0)
    }

    /// Is the phrase given as tokens a listed sports club's name (not a
    /// common word)?
    pub fn is_club(&self, toks: &[&str]) -> bool {
        self.lookup(toks) & (1 << SPORTS) != 0
    }

    /// Is the phrase given as tokens the short name of a listed club, even one
    /// that is a common word too ("Chiefs", "Heat")?
    pub fn is_club_short_name(&self, toks: &[&str]) -> bool {
        self.club_short.contains_key(&hash_phrase_exact(toks.iter().copied()))
    }

    /// Is `ticker` the ticker of a listed company?
    pub fn is_ticker(&self, ticker: &str) -> bool {
        self.tickers.contains_key(&hash_phrase_exact([ticker]))
    }

    /// Is `ticker` the ticker of a company named `name` (tokens, any case)?
    pub fn ticker_of(&self, ticker: &str, name: &[&str]) -> bool {
        let h = hash_phrase(name.iter().copied());
        self.tickers.get(&hash_phrase_exact([ticker])).is_some_and(|v| v.contains(&h))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let w = |f: &str, body: &str| std::fs::write(dir.path().join(f), body).unwrap();
        w(
            "companies_sp500.tsv",
            "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\tticker\n\
             The Zorp Depot\tORG\tcompany\tZorp Depot|ZD\t0\t\tZD\n\
             Quince\tORG\tcompany\tQNC\t1\tQuince\tQNC\n\
             Mira's\tORG\tcompany\tLOW\t1\tLOW\tLOW\n\
             Vexa Ridge Kinetics\tORG\tcompany\tVRK\t0\t\tVRK\n",
        );
        w(
            "companies_sec.tsv",
            "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\tticker\texchange\tcik\tsec_rank\tsp500\n\
             KLONK HOLDINGS INC\tORG\tcompany\tKlonk Holdings|Klonk|KLK\t0\t\tKLK\tNYSE\t1\t5000\t0\n",
        );
        w(
            "newspapers_wikidata.tsv",
            "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\nThe Quexville Post\tORG\tmedia\tQuexville Post|financial\t1\tfinancial\n",
        );
        w(
            "political_parties.tsv",
            "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\tvote_share\n\
             Zorpian Social Party\tORG\tparty\tZSP|He\t1\tHe\t25.0\n\
             Tiny Party\tORG\tparty\tTPX\t0\t\t0.5\n",
        );
        for f in ["football_clubs.tsv", "sports_teams_north_america.tsv", "universities.tsv", "us_federal_agencies.tsv"] {
            w(f, "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\n");
        }
        w(
            "airports.tsv",
            "name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\tiata\ticao\tcity\tcountry\tpriority\n\
             Quexville International Airport\tLOC\tairport\tQXV\t0\t\tQXV\tKQXV\tQuexville\tZZ\t1\n\
             Tiny Strip\tLOC\tairport\t\t0\t\t\tXX00\tNowhere\tZZ\t7\n",
        );
        dir
    }

    fn cats(g: &OrgGazetteer, toks: &[&str]) -> Vec<Vec<(u32, u32)>> {
        let mut bits = vec![0u64; toks.len()];
        g.annotate(toks, &mut bits);
        bits.iter().map(|&b| (0..64).filter(|k| b & (1 << k) != 0).map(|k| (k / 4, k % 4)).collect()).collect()
    }

    #[test]
    fn matches_are_case_sensitive_with_categories_and_positions() {
        let g = OrgGazetteer::from_raw_dir(sample_dir().path()).unwrap();
        let c = cats(&g, &["at", "The", "Zorp", "Depot", "and", "the", "zorp", "depot", "Klonk", "Holdings", "Quexville", "Post"]);
        assert_eq!(c[1], vec![(COMPANY_TOP, 0)], "B of 'The Zorp Depot'");
        assert!(c[2].contains(&(COMPANY_TOP, 0)) && c[2].contains(&(COMPANY_TOP, 1)), "{:?}", c[2]);
        assert!(c[3].contains(&(COMPANY_TOP, 2)));
        assert!(c[6].is_empty() && c[7].is_empty(), "lowercase text does not match");
        assert!(c[8].contains(&(COMPANY, 0)) && c[8].contains(&(COMPANY, 3)), "{:?}", c[8]);
        assert_eq!(c[10], vec![(MEDIA, 0)]);
    }

    #[test]
    fn ambiguous_forms_codes_and_small_parties_are_kept_apart() {
        let g = OrgGazetteer::from_raw_dir(sample_dir().path()).unwrap();
        assert_eq!(g.lookup(&["Quince"]), 1 << AMBIG_COMPANY, "a common-word company name");
        assert_eq!(g.lookup(&["quince"]), 0);
        assert_eq!(g.lookup(&["ZSP"]), 1 << ACRONYM, "abbreviation of a party with votes");
        assert_eq!(g.lookup(&["TPX"]), 0, "abbreviation of a tiny party");
        assert_eq!(g.lookup(&["He"]), 0, "short ambiguous forms are dropped");
        assert_eq!(g.lookup(&["financial"]), 0, "lowercase forms are dropped");
        assert_eq!(g.lookup(&["ZD"]) | g.lookup(&["QXV"]) | g.lookup(&["LOW"]), 0, "tickers and airport codes are not names");
        assert_eq!(g.lookup(&["VRK"]), 1 << COMPANY_TOP, "a leading company's ticker spelling its initials is its name");
        assert_eq!(g.lookup(&["KLK"]), 0, "not another company's");
        assert_eq!(g.lookup(&["Quexville", "International", "Airport"]), 1 << AIRPORT);
        assert_eq!(g.lookup(&["Tiny", "Strip"]), 0, "only airports with an IATA code");
        assert_eq!(g.lookup(&["Mira", "'s"]), 1 << COMPANY_TOP);
    }

    #[test]
    fn tickers_know_their_company_and_round_trip() {
        let g = OrgGazetteer::from_raw_dir(sample_dir().path()).unwrap();
        assert!(g.is_ticker("ZD") && g.is_ticker("KLK") && !g.is_ticker("zd") && !g.is_ticker("QXV"));
        assert!(g.ticker_of("ZD", &["Zorp", "Depot"]) && g.ticker_of("ZD", &["The", "Zorp", "Depot"]));
        assert!(g.ticker_of("LOW", &["Mira", "’s"]) && !g.ticker_of("LOW", &["Quince"]));
        let back = OrgGazetteer::from_text(&g.to_text()).unwrap();
        assert_eq!(back.to_text(), g.to_text());
        assert_eq!(back.lookup(&["Klonk"]), g.lookup(&["Klonk"]));
        assert!(back.ticker_of("KLK", &["Klonk", "Holdings"]));
        assert!(OrgGazetteer::from_text("X\tbad\n").is_err());
    }
}
