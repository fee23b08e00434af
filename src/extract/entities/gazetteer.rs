//! Name lists used as tagger features: census first and last names by rank,
//! countries, cities by population, US states. Phrases are matched
//! case-insensitively over tokens; a match sets bit `category * 4 + position`
//! (B, I, L, U) on each token it covers. Membership is a feature, never proof.

use super::error::{Result, invalid, io};
use super::hash::{HashMap64, PHRASE_SEED, fin, hash_phrase, mark_phrase, phrase_step};
use crate::extract::analysis::tokenize;
use crate::lexicon::{AP_STATES, NAME_PREFIXES};
use std::path::Path;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Gazetteer categories (bit index in a phrase's category mask).
/// Census first name, rank up to 200.
pub const FIRST_TOP: u32 = 0;
/// Census first name, rank 201 to 1,000.
pub const FIRST_MID: u32 = 1;
/// Census first name, rarer.
pub const FIRST_LOW: u32 = 2;
/// Census surname, rank up to 1,000.
pub const LAST_TOP: u32 = 3;
/// Census surname, rank 1,001 to 10,000.
pub const LAST_MID: u32 = 4;
/// Census surname, rarer.
pub const LAST_LOW: u32 = 5;
/// Country name (GeoNames).
pub const COUNTRY: u32 = 6;
/// City of a million people or more.
pub const CITY_BIG: u32 = 7;
/// City of 100,000 people or more.
pub const CITY_MID: u32 = 8;
/// Smaller city or town.
pub const CITY_SMALL: u32 = 9;
/// First-level division (US state, province).
pub const STATE: u32 = 10;

/// Is `s` an AP state abbreviation without its final period ("Conn", "N.Y")?
pub fn is_ap_state_stem(s: &str) -> bool {
    AP_STATES.rows().iter().any(|r| r[0].strip_suffix('.') == Some(s))
}

/// Mask bit: the phrase is a proper prefix of a longer one (matching goes on).
const PREFIX: u32 = 1 << 31;

/// A phrase list: lowercase token-sequence hash -> category mask.
#[derive(Default, Clone)]
pub struct Gazetteer {
    map: HashMap64<u32>,
    max_len: usize,
    /// The entries as `phrase\tmask` lines, kept to write the model file.
    lines: Vec<(String, u32)>,
    /// Phrases by the hash of the tokens of their other spellings
    /// ([`other_spellings`]: "sao paulo" for "São Paulo", "st. paul" for
    /// "Saint Paul"): read by [`Gazetteer::folded`], not by the tagger's features.
    folded: HashMap64<u32>,
}

impl Gazetteer {
    fn add(&mut self, phrase: &str, cat: u32) {
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return;
        }
        self.lines.push((phrase.to_string(), 1 << cat));
    }

    /// Index the collected lines (merging duplicates).
    fn index(&mut self) {
        let mut merged: std::collections::BTreeMap<String, u32> = Default::default();
        for (p, m) in self.lines.drain(..) {
            *merged.entry(p).or_default() |= m;
        }
        self.map.clear();
        self.folded.clear();
        self.max_len = 0;
        for (p, m) in merged {
            for (f, m) in other_spellings(&p, m) {
                *self.folded.entry(hash_phrase(tokenize(&f).iter().map(|t| &f[t.start..t.end]))).or_default() |= m;
            }
            let toks: Vec<&str> = tokenize(&p).iter().map(|t| &p[t.start..t.end]).collect();
            if toks.is_empty() || toks.len() > 6 {
                continue;
            }
            self.max_len = self.max_len.max(toks.len());
            // Every proper prefix is marked, so matching stops as soon as no phrase can follow.
            let mut h = PHRASE_SEED;
            for (k, t) in toks.iter().enumerate() {
                h = phrase_step(h, t);
                *self.map.entry(fin(h)).or_default() |= if k + 1 == toks.len() { m } else { PREFIX };
            }
            self.lines.push((p, m));
        }
    }

    /// Build from the raw files of `/work/shared/data/gazetteers` (see its README).
    pub fn from_raw_dir(dir: &Path) -> Result<Gazetteer> {
        let read = |name: &str| {
            let p = dir.join(name);
            std::fs::read_to_string(&p).map_err(io(&p))
        };
        let mut g = Gazetteer::default();
        // Census names, bucketed by rank: (name file, rank limits, categories).
        let census = [
            ("first_names_male.txt", [200, 1000], [FIRST_TOP, FIRST_MID, FIRST_LOW]),
            ("first_names_female.txt", [200, 1000], [FIRST_TOP, FIRST_MID, FIRST_LOW]),
            ("last_names.txt", [1000, 10000], [LAST_TOP, LAST_MID, LAST_LOW]),
        ];
        for (f, limits, cats) in census {
            for line in read(f)?.lines().filter(|l| !l.starts_with('#')) {
                let c: Vec<&str> = line.split('\t').collect();
                let (Some(name), Some(rank)) = (c.first(), c.get(2).and_then(|r| r.trim().parse::<u32>().ok())) else { continue };
                let cat = cats[limits.iter().take_while(|&&l| rank > l).count()];
                g.add(&titlecase(name), cat);
            }
        }
        for line in read("countries.tsv")?.lines().skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            if let Some(name) = c.get(2) {
                g.add(name.trim_start_matches("The "), COUNTRY);
            }
        }
        for line in read("cities15000.tsv")?.lines().skip(1) {
            let c: Vec<&str> = line.split('\t').collect();
            let (Some(name), Some(pop)) = (c.get(1), c.get(4).and_then(|p| p.trim().parse::<u64>().ok())) else { continue };
            let cat = if pop >= 1_000_000 {
                CITY_BIG
            } else if pop >= 100_000 {
                CITY_MID
            } else {
                CITY_SMALL
            };
            g.add(name, cat);
        }
        for line in read("us_states.tsv")?.lines().skip(1) {
            if let Some(name) = line.split('\t').nth(1) {
                g.add(name, STATE);
            }
        }
        for r in AP_STATES.rows() {
            g.add(r[0], STATE);
        }
        g.index();
        Ok(g)
    }

    /// Serialise as `phrase\tmask` lines.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        for (p, m) in &self.lines {
            s.push_str(p);
            s.push('\t');
            s.push_str(&m.to_string());
            s.push('\n');
        }
        s
    }

    /// Read what [`Gazetteer::to_text`] wrote.
    pub fn from_text(text: &str) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        for (n, line) in text.lines().enumerate() {
            let bad = |reason: &str| invalid(format!("gazetteer line {}", n + 1), reason);
            let (p, m) = line.rsplit_once('\t').ok_or_else(|| bad("no tab"))?;
            g.lines.push((p.to_string(), m.parse().map_err(|_| bad("bad category mask"))?));
        }
        g.index();
        Ok(g)
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// Is the list empty?
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The category mask of listed phrases that, spelt another way news
    /// writes them ([`other_spellings`]), are the whole of `toks` ("Sao Paulo",
    /// "Bogota": AP style drops diacritics; "St. Paul"); 0 if none.
    pub fn folded(&self, toks: &[&str]) -> u32 {
        self.folded.get(&hash_phrase(toks.iter().copied())).copied().unwrap_or(0)
    }

    /// Set match bits on the tokens of one sentence.
    pub fn annotate(&self, toks: &[&str], out: &mut [u64]) {
        for i in 0..toks.len() {
            if !toks[i].chars().next().is_some_and(char::is_alphabetic) {
                continue;
            }
            let mut h = PHRASE_SEED;
            for len in 1..=self.max_len.min(toks.len() - i) {
                h = phrase_step(h, toks[i + len - 1]);
                let Some(&mask) = self.map.get(&fin(h)) else { break };
                mark_phrase(&mut out[i..i + len], mask & !PREFIX);
                if mask & PREFIX == 0 {
                    break;
                }
            }
        }
    }
}

/// The other ways news writes a listed phrase, with the categories each
/// keeps: without diacritics and without a final soft sign ("Sao Paulo",
/// "Ryazan" for GeoNames' "Ryazan’"; not for small towns, whose bare names are
/// as often words: "Göd"), and with its opening word abbreviated or written
/// out (`name_prefixes.tsv`: "St. Paul" for "Saint Paul", "Saint Louis" for "St. Louis").
fn other_spellings(p: &str, m: u32) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    if !p.is_ascii() {
        let f = fold_accents(p);
        let f = f.trim_end_matches(['’', 'ʼ', '\'']);
        let m = m & !(1 << CITY_SMALL);
        if m != 0 && !f.is_empty() {
            out.push((f.to_string(), m));
        }
    }
    for r in NAME_PREFIXES.rows() {
        let (abbreviation, word) = (r[0], r[1]);
        for (from, to) in [(word, abbreviation), (abbreviation, word)] {
            if let Some(rest) = p.strip_prefix(from).and_then(|x| x.strip_prefix(' ')) {
                out.push((format!("{to} {rest}"), m));
            }
        }
    }
    out
}

/// `s` with the combining marks of its letters removed ("Grêmio" -> "Gremio",
/// "Atlético" -> "Atletico"); letters without a decomposition ("ø") stay.
pub(crate) fn fold_accents(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

fn titlecase(s: &str) -> String {
    let lower = s.to_lowercase();
    let mut c = lower.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_token_matches_set_positions() {
        let g = Gazetteer::from_text("New York\t1024\nYork\t512\nSmith\t8\n").unwrap();
        let toks = ["in", "NEW", "YORK", "Smith"];
        let mut bits = [0u64; 4];
        g.annotate(&toks, &mut bits);
        assert_eq!(bits[0], 0);
        assert_ne!(bits[1] & (1 << (STATE * 4)), 0, "B of a state");
        assert_ne!(bits[2] & (1 << (STATE * 4 + 2)), 0, "L of a state");
        assert_ne!(bits[2] & (1 << (CITY_SMALL * 4 + 3)), 0, "U of a city");
        assert_ne!(bits[3] & (1 << (LAST_TOP * 4 + 3)), 0);
        let round = Gazetteer::from_text(&g.to_text()).unwrap();
        assert_eq!(round.len(), 3);
    }
}
