//! Training-data augmentation, deterministic (hash of document and sentence
//! index, no random state):
//!
//! - [`augment`]: headline-style copies (Title Case, ALL CAPS) of some
//!   sentences, so the model learns headline capitalisation with the body
//!   text as document context.
//! - [`replace_names`]: copies of some sentences with each ORG name replaced
//!   by a name from the organisation lists (companies, media, parties, clubs,
//!   universities, agencies) and some LOC names by airports. CoNLL-2003 is
//!   1996 Reuters text: without this, a list category the corpus rarely meets
//!   ("Denver Post", "Home Depot", "Blue Origin") gets little weight however
//!   right the list is.

use super::conll::SubDoc;
use super::hash::fin;
use super::model::{encode, spans};
use super::orgs::{self, OrgGazetteer};
use crate::extract::analysis::tokenize;
use crate::lexicon::HEADLINE_SMALL_WORDS;

/// A draw in `0..n` from a hash ([`fin`] sets the lowest bit, so it is dropped).
fn draw(h: u64, n: u64) -> u64 {
    (h >> 1) % n
}

/// Append Title Case copies of about one sentence in six and ALL CAPS copies
/// of about one in eight to a training document (same labels), so the model
/// learns headline capitalisation with the body text as document context.
pub fn augment(d: &mut SubDoc, doc_index: usize) {
    let n = d.sents.len();
    for si in 0..n {
        let r = d.sents[si].clone();
        if r.len() < 4 {
            continue;
        }
        let h = (doc_index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (si as u64).wrapping_mul(0xc2b2_ae3d_27d4_eb4f);
        let h = fin(h);
        let mode = if draw(h, 6) == 0 {
            1
        } else if draw(h, 8) == 1 {
            2
        } else {
            continue;
        };
        let start = d.toks.len();
        for i in r.clone() {
            let t = d.toks[i].clone();
            let nt = if mode == 2 {
                t.to_uppercase()
            } else if (i > r.start && HEADLINE_SMALL_WORDS.contains(t.as_str())) || !t.chars().next().is_some_and(char::is_lowercase) {
                t
            } else {
                let mut c = t.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            };
            d.toks.push(nt);
            d.gold.push(d.gold[i]);
            d.origin.push(d.origin[i]);
            d.free.push(d.free[i]);
        }
        d.sents.push(start..d.toks.len());
    }
}

/// Names to substitute, per organisation-list category, each as its tokens.
pub struct NamePool {
    orgs: Vec<Vec<Vec<String>>>,
    locs: Vec<Vec<String>>,
}

impl NamePool {
    /// Unambiguous names of the organisation categories and airports (ALL
    /// CAPS legal names and one-letter tokens left out).
    pub fn new(g: &OrgGazetteer) -> NamePool {
        let toks = |p: &str| -> Vec<String> { tokenize(p).iter().map(|t| p[t.start..t.end].to_string()).collect() };
        let usable = |p: &str| p.chars().any(char::is_lowercase) && p.chars().count() >= 3;
        let cats = [orgs::COMPANY_TOP, orgs::COMPANY, orgs::MEDIA, orgs::PARTY, orgs::SPORTS, orgs::UNIVERSITY, orgs::AGENCY];
        let orgs = cats.iter().map(|&c| g.names(c).filter(|p| usable(p)).map(toks).collect::<Vec<_>>()).filter(|v| !v.is_empty()).collect();
        let locs = g.names(orgs::AIRPORT).filter(|p| usable(p)).map(toks).collect();
        NamePool { orgs, locs }
    }

    /// Is there nothing to substitute?
    pub fn is_empty(&self) -> bool {
        self.orgs.is_empty()
    }

    fn pick(&self, ty: usize, h: u64) -> Option<&[String]> {
        let h2 = fin(h ^ 0x2545_f491_4f6c_dd1d);
        match ty {
            1 if !self.orgs.is_empty() => {
                let cat = &self.orgs[draw(h, self.orgs.len() as u64) as usize];
                Some(&cat[draw(h2, cat.len() as u64) as usize])
            }
            // One LOC name in eight becomes an airport.
            2 if !self.locs.is_empty() && draw(h, 8) == 0 => Some(&self.locs[draw(h2, self.locs.len() as u64) as usize]),
            _ => None,
        }
    }
}

/// Append to a training document copies of about one in `every` of its
/// sentences that name an organisation (or a place), with those names
/// replaced from `pool` (same labels, new words).
pub fn replace_names(d: &mut SubDoc, doc_index: usize, pool: &NamePool, every: u64) {
    if pool.is_empty() || every == 0 {
        return;
    }
    let n = d.sents.len();
    for si in 0..n {
        let r = d.sents[si].clone();
        let h = fin((doc_index as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (si as u64).wrapping_mul(0xd6e8_feb8_6659_fd93) ^ 0x51);
        if draw(h, every) != 0 {
            continue;
        }
        let sp = spans(&d.gold[r.clone()]);
        let picks: Vec<Option<&[String]>> = sp.iter().enumerate().map(|(k, &(_, _, ty))| pool.pick(ty, fin(h ^ (k as u64 + 1)))).collect();
        if picks.iter().all(Option::is_none) {
            continue;
        }
        let start = d.toks.len();
        let mut new_spans = Vec::new();
        let mut i = r.start;
        let mut k = 0;
        while i < r.end {
            if k < sp.len() && r.start + sp[k].0 == i {
                let (s, e, ty) = sp[k];
                let at = d.toks.len() - start;
                match picks[k] {
                    Some(name) => {
                        for t in name {
                            d.toks.push(t.clone());
                            d.origin.push(d.origin[i]);
                            d.free.push(false);
                        }
                    }
                    None => {
                        for j in r.start + s..r.start + e {
                            d.toks.push(d.toks[j].clone());
                            d.origin.push(d.origin[j]);
                            d.free.push(d.free[j]);
                        }
                    }
                }
                new_spans.push((at, d.toks.len() - start, ty));
                i = r.start + e;
                k += 1;
            } else {
                d.toks.push(d.toks[i].clone());
                d.origin.push(d.origin[i]);
                d.free.push(d.free[i]);
                i += 1;
            }
        }
        d.gold.extend(encode(d.toks.len() - start, &new_spans));
        d.sents.push(start..d.toks.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::entities::conll::{self, ConllDoc};

    fn doc(words: &[(&str, &str)], copies: usize) -> SubDoc {
        let sent: Vec<(String, String)> = words.iter().map(|(w, t)| (w.to_string(), t.to_string())).collect();
        conll::subdoc(&ConllDoc { sents: vec![sent; copies] })
    }

    #[test]
    fn headline_copies_come_in_both_styles_at_their_rates() {
        let mut d = doc(&[("Acme", "B-ORG"), ("shares", "O"), ("rose", "O"), ("in", "O"), ("Paris", "B-LOC"), (".", "O")], 600);
        augment(&mut d, 1);
        let copies: Vec<Vec<&str>> = d.sents[600..].iter().map(|s| d.toks[s.clone()].iter().map(String::as_str).collect()).collect();
        let caps = copies.iter().filter(|c| c[1] == "SHARES").count();
        let title = copies.iter().filter(|c| c[1] == "Shares" && c[3] == "in").count();
        assert_eq!(caps + title, copies.len());
        assert!((70..=130).contains(&title), "about one in six Title Case: {title}");
        assert!((45..=110).contains(&caps), "about one in eight ALL CAPS (of the rest): {caps}");
        assert_eq!(d.gold.len(), d.toks.len());
    }

    #[test]
    fn replaced_names_keep_their_labels() {
        let g = OrgGazetteer::from_text("P\tZorp Daily Post\t4\nP\tQuexville Air Field\t128\n").unwrap();
        let pool = NamePool::new(&g);
        let mut d = doc(&[("Acme", "B-ORG"), ("sued", "O"), ("Mira", "B-PER"), ("in", "O"), ("Paris", "B-LOC"), (".", "O")], 12);
        replace_names(&mut d, 3, &pool, 3);
        assert!(d.sents.len() > 12, "some sentences are copied");
        assert_eq!(d.toks.len(), d.gold.len());
        assert_eq!(d.toks.len(), d.free.len());
        assert_eq!(d.toks.len(), d.origin.len());
        for s in &d.sents[12..] {
            let toks: Vec<&str> = d.toks[s.clone()].iter().map(String::as_str).collect();
            let sp = spans(&d.gold[s.clone()]);
            let names: Vec<(String, usize)> = sp.iter().map(|&(a, b, ty)| (toks[a..b].join(" "), ty)).collect();
            assert_eq!(names[0], ("Zorp Daily Post".to_string(), 1), "{toks:?}");
            assert_eq!(names[1], ("Mira".to_string(), 0));
            assert!(names[2] == ("Paris".to_string(), 2) || names[2] == ("Quexville Air Field".to_string(), 2));
        }
        // Deterministic.
        let mut d2 = doc(&[("Acme", "B-ORG"), ("sued", "O"), ("Mira", "B-PER"), ("in", "O"), ("Paris", "B-LOC"), (".", "O")], 12);
        replace_names(&mut d2, 3, &pool, 3);
        assert_eq!(d.toks, d2.toks);
    }
}
