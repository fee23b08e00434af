//! Feature extraction for the NER tagger: every feature is a 64-bit hash of a
//! template id and the hashes of the token properties it combines, computed
//! without allocating strings. Token properties are computed once per token
//! ([`TokInfo`]); templates then combine them over a +-2 window.

use super::gazetteer::Gazetteer;
pub use super::hash::HashMap64;
use super::hash::{fin, hash_bytes, hash_lower, hash_phrase, mix, norm};
use super::orgs::OrgGazetteer;
use crate::lexicon::WEB_DOMAIN_ENDINGS;
use std::ops::Range;

/// Number of labels: O plus B/I/L/U for each of the four types.
pub const NL: usize = 17;

/// Bumped whenever features change, so a model trained with other features is refused.
pub const FEATURE_VERSION: u32 = 8;

fn shape_char(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_ascii_digit() {
        'd'
    } else if c.is_ascii_punctuation() {
        c
    } else if c == '’' || c == '‘' {
        '\''
    } else if c.is_alphabetic() {
        'x'
    } else {
        '?'
    }
}

/// Token flags.
pub const F_INITCAP: u16 = 1;
/// Token flag: all letters are capitals.
pub const F_ALLCAPS: u16 = 2;
/// Token flag: contains a digit.
pub const F_DIGIT: u16 = 4;
/// Token flag: contains a letter.
pub const F_ALPHA: u16 = 8;
/// Token flag: punctuation only.
pub const F_PUNCT: u16 = 16;
/// Token flag: never inside an entity (a lowercase-only word the rules exclude).
pub const F_FORCE_O: u16 = 32;

/// Per-token properties computed once, combined by the feature templates.
#[derive(Clone, Copy, Default)]
pub struct TokInfo {
    /// Hash of the token as written.
    pub word: u64,
    /// Hash of its lowercase form.
    pub lower: u64,
    /// Hash of its shape (`Xxxx`, `dd.d`).
    pub shape: u64,
    /// Hash of its short shape (runs collapsed: `Xx`, `d.d`).
    pub sshape: u64,
    /// Hashes of its prefixes of 1 to 4 characters.
    pub pre: [u64; 4],
    /// Hashes of its suffixes of 1 to 4 characters.
    pub suf: [u64; 4],
    /// `F_*` flags.
    pub flags: u16,
    /// Gazetteer matches: bit `cat * 4 + pos` (pos 0..4 = B, I, L, U).
    pub gaz: u64,
    /// Organisation-list matches (case-sensitive), bits as in `gaz`.
    pub org: u64,
    /// How often the lowercase form is capitalised mid-sentence in training text (0 = unknown).
    pub case: u8,
    /// Length in characters, capped at 255.
    pub len: u8,
}

/// Is the token an amount of money written as one word with a scale
/// ("R50bn", "US$3m", "€1.2bn", "Rs300k")? Never part of a name, unlike a model
/// code ("A350", "3M"): the scale suffix is lowercase.
pub fn is_amount_token(t: &str) -> bool {
    let body = t.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &t[body.len()..];
    if !matches!(suffix, "bn" | "m" | "mn" | "k" | "tn" | "trn" | "bln") {
        return false;
    }
    let digits = body.trim_start_matches(|c: char| !c.is_ascii_digit());
    let prefix = &body[..body.len() - digits.len()];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && prefix.chars().count() <= 3
        && prefix.chars().all(|c| c.is_uppercase() || c.is_ascii_lowercase() || matches!(c, '$' | '€' | '£' | '¥' | '₹'))
}

/// Is the token a handle, URL, bare web domain or one-word amount (never part of a mention)?
pub fn is_forced_o(t: &str) -> bool {
    if is_amount_token(t) {
        return true;
    }
    if t.starts_with('@') && t.len() > 1 {
        return true;
    }
    let l = t.to_ascii_lowercase();
    if l.starts_with("http://") || l.starts_with("https://") || l.starts_with("www.") {
        return true;
    }
    // Bare domain: label.label...tld with a known top-level domain.
    if let Some(dot) = l.rfind('.')
        && dot > 0
    {
        let tld = &l[dot + 1..];
        let host = &l[..dot];
        if WEB_DOMAIN_ENDINGS.contains(tld)
            && !host.is_empty()
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            && !host.split('.').any(|p| p.is_empty())
            && host.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2
            // "U.S" style abbreviations are not domains: they have 1-letter labels only.
            && host.split('.').any(|p| p.len() >= 2)
        {
            return true;
        }
    }
    false
}

impl TokInfo {
    /// Compute a token's properties from its text, gazetteer bits and case bucket.
    pub fn new(t: &str, gaz_bits: u64, case: u8) -> TokInfo {
        let mut info = TokInfo { gaz: gaz_bits, case, ..Default::default() };
        info.word = fin(mix(0x77, hash_bytes(t)));
        info.lower = fin(hash_lower(0x11, t));
        let (mut n_up, mut n_low, mut n_digit, mut n_alpha, mut n_chars) = (0, 0, 0, 0, 0);
        let mut shape = 0x33u64;
        let mut sshape = 0x55u64;
        let (mut last, mut run) = ('\0', 0);
        let mut ph = 0x99u64;
        for (k, c) in t.chars().enumerate() {
            n_chars += 1;
            if c.is_uppercase() {
                n_up += 1;
            }
            if c.is_lowercase() {
                n_low += 1;
            }
            if c.is_alphabetic() {
                n_alpha += 1;
            }
            if c.is_ascii_digit() {
                n_digit += 1;
            }
            let s = shape_char(c);
            if s == last {
                run += 1;
            } else {
                run = 1;
                sshape = mix(sshape, s as u64);
            }
            if run <= 4 {
                shape = mix(shape, s as u64);
            }
            last = s;
            if k < 4 {
                for l in c.to_lowercase() {
                    ph = mix(ph, norm(l) as u64);
                }
                info.pre[k] = fin(ph);
            }
        }
        // Suffixes: last 1..4 chars, lowercased.
        let tail: Vec<char> = t.chars().rev().take(4).collect();
        let mut sh = 0xaau64;
        for (k, &c) in tail.iter().enumerate() {
            for l in c.to_lowercase() {
                sh = mix(sh, norm(l) as u64);
            }
            info.suf[k] = fin(sh);
        }
        info.shape = fin(shape);
        info.sshape = fin(sshape);
        let first = t.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            info.flags |= F_INITCAP;
        }
        if n_up > 0 && n_low == 0 {
            info.flags |= F_ALLCAPS;
        }
        if n_digit > 0 {
            info.flags |= F_DIGIT;
        }
        if n_alpha > 0 {
            info.flags |= F_ALPHA;
        }
        if n_alpha == 0 && n_digit == 0 {
            info.flags |= F_PUNCT;
        }
        if is_forced_o(t) {
            info.flags |= F_FORCE_O;
        }
        info.len = n_chars.min(255) as u8;
        info
    }
    fn capclass(&self) -> u64 {
        if self.flags & F_ALLCAPS != 0 {
            2
        } else if self.flags & F_INITCAP != 0 {
            1
        } else {
            0
        }
    }
}

/// Sentence kinds: normal, all-caps headline, title-case headline.
pub const S_NORMAL: u64 = 0;
/// Sentence kind: an all-caps headline.
pub const S_ALLCAPS: u64 = 1;
/// Sentence kind: a title-case headline.
pub const S_TITLE: u64 = 2;

/// Classify a sentence by the capitalisation of its words.
pub fn sentence_kind(infos: &[TokInfo]) -> u64 {
    let alpha: Vec<&TokInfo> = infos.iter().filter(|t| t.flags & F_ALPHA != 0 && t.len > 1).collect();
    if alpha.len() < 3 {
        return S_NORMAL;
    }
    let caps = alpha.iter().filter(|t| t.flags & F_ALLCAPS != 0).count();
    if caps * 10 >= alpha.len() * 8 {
        return S_ALLCAPS;
    }
    let init = alpha.iter().filter(|t| t.flags & F_INITCAP != 0).count();
    if alpha.len() >= 4 && init * 4 >= alpha.len() * 3 {
        return S_TITLE;
    }
    S_NORMAL
}

/// Mid-sentence capitalisation statistics of lowercase word forms, learnt from
/// unlabeled training text: bucket 1 = always lowercase ... 4 = always capitalised.
#[derive(Default, Clone)]
pub struct CaseDict {
    /// Lowercase-form hash -> bucket (1..=4).
    pub map: HashMap64<u8>,
}

impl CaseDict {
    /// Count, for each lowercase form, how often it is capitalised when not
    /// sentence-initial in a normal (non-headline) sentence.
    pub fn build<'a>(sentences: impl Iterator<Item = &'a [String]>) -> CaseDict {
        let mut counts: HashMap64<(u32, u32)> = HashMap64::default();
        for s in sentences {
            let infos: Vec<TokInfo> = s.iter().map(|t| TokInfo::new(t, 0, 0)).collect();
            if sentence_kind(&infos) != S_NORMAL {
                continue;
            }
            for (k, t) in infos.iter().enumerate().skip(1) {
                if t.flags & F_ALPHA == 0 {
                    continue;
                }
                // After an opening quote or colon capitals are not informative.
                let prev = &s[k - 1];
                if matches!(prev.as_str(), "\"" | "“" | ":" | "(" | "'" | "‘") {
                    continue;
                }
                let e = counts.entry(t.lower).or_default();
                e.1 += 1;
                if t.flags & F_INITCAP != 0 {
                    e.0 += 1;
                }
            }
        }
        let mut map = HashMap64::default();
        for (k, (cap, n)) in counts {
            if n < 2 {
                continue;
            }
            let r = cap as f64 / n as f64;
            let b = if r < 0.05 {
                1
            } else if r < 0.5 {
                2
            } else if r < 0.95 {
                3
            } else {
                4
            };
            map.insert(k, b);
        }
        CaseDict { map }
    }
    /// The bucket of a lowercase-form hash, 0 when unseen.
    pub fn get(&self, lower: u64) -> u8 {
        self.map.get(&lower).copied().unwrap_or(0)
    }

    /// Is `word` mostly lowercase in running text (buckets 1 and 2): a common word, not a name?
    pub fn mostly_lowercase(&self, word: &str) -> bool {
        matches!(self.get(TokInfo::new(word, 0, 0).lower), 1 | 2)
    }
}

/// A document prepared for tagging: per-token info and sentence ranges.
pub struct Prepared {
    /// Per-token properties.
    pub infos: Vec<TokInfo>,
    /// Sentences as token ranges.
    pub sents: Vec<Range<usize>>,
    /// Each sentence's kind (`S_*`).
    pub kinds: Vec<u64>,
}

/// What the features know besides the text: name lists and case statistics.
#[derive(Clone, Copy)]
pub struct Knowledge<'a> {
    /// Person and place names.
    pub gaz: &'a Gazetteer,
    /// Organisation names (case-sensitive).
    pub orgs: &'a OrgGazetteer,
    /// Mid-sentence capitalisation statistics.
    pub case: &'a CaseDict,
}

/// Compute token infos (with gazetteer matches and case statistics) for a document.
pub fn prepare(toks: &[&str], sents: &[Range<usize>], k: Knowledge) -> Prepared {
    let mut gbits = vec![0u64; toks.len()];
    let mut obits = vec![0u64; toks.len()];
    for s in sents {
        k.gaz.annotate(&toks[s.clone()], &mut gbits[s.clone()]);
        k.orgs.annotate(&toks[s.clone()], &mut obits[s.clone()]);
    }
    let infos: Vec<TokInfo> = toks
        .iter()
        .zip(gbits.iter().zip(&obits))
        .map(|(t, (&g, &o))| {
            let mut i = TokInfo::new(t, g, 0);
            i.org = o;
            i.case = k.case.get(i.lower);
            i
        })
        .collect();
    let kinds = sents.iter().map(|s| sentence_kind(&infos[s.clone()])).collect();
    Prepared { infos, sents: sents.to_vec(), kinds }
}

#[inline]
/// The distinct categories of a token's gazetteer bits (`category * 4 + position`), in increasing order.
fn categories(mut bits: u64) -> impl Iterator<Item = u64> {
    let mut seen = 0u64;
    std::iter::from_fn(move || {
        while bits != 0 {
            let cat = bits.trailing_zeros() as u64 / 4;
            bits &= bits - 1;
            if seen & (1 << cat) == 0 {
                seen |= 1 << cat;
                return Some(cat);
            }
        }
        None
    })
}

fn f1(t: u64, a: u64) -> u64 {
    fin(mix(mix(0xf00d, t), a))
}
#[inline]
fn f2(t: u64, a: u64, b: u64) -> u64 {
    fin(mix(mix(mix(0xf00d, t), a), b))
}
#[inline]
fn f3(t: u64, a: u64, b: u64, c: u64) -> u64 {
    fin(mix(mix(mix(mix(0xf00d, t), a), b), c))
}

const BOS: TokInfo =
    TokInfo { word: 0xb05, lower: 0xb05, shape: 0xb05, sshape: 0xb05, pre: [0; 4], suf: [0; 4], flags: 0, gaz: 0, org: 0, case: 9, len: 0 };
const EOS: TokInfo = TokInfo {
    word: 0xe05,
    lower: 0xe05,
    shape: 0xe05,
    sshape: 0xe05,
    pre: [0; 4],
    suf: [0; 4],
    flags: 0,
    gaz: 0,
    org: 0,
    case: 10,
    len: 0,
};

fn len_bucket(n: u8) -> u64 {
    match n {
        0..=1 => 1,
        2 => 2,
        3 => 3,
        4..=5 => 4,
        6..=8 => 5,
        _ => 6,
    }
}

/// Push the base (first-pass) features of token `i` of sentence `s` onto `out`.
pub fn token_features(p: &Prepared, si: usize, i: usize, out: &mut Vec<u64>) {
    let s = &p.sents[si];
    let kind = p.kinds[si];
    let at = |k: isize| -> &TokInfo {
        let j = i as isize + k;
        if j < s.start as isize {
            &BOS
        } else if j >= s.end as isize {
            &EOS
        } else {
            &p.infos[j as usize]
        }
    };
    let t = at(0);
    let (m2, m1, p1, p2) = (at(-2), at(-1), at(1), at(2));
    out.push(f1(0, 0));
    out.push(f1(1, t.word));
    out.push(f1(2, t.lower));
    out.push(f1(3, t.shape));
    out.push(f1(4, t.sshape));
    let n = t.len as usize;
    for k in 0..4.min(n) {
        out.push(f1(5 + k as u64, t.pre[k]));
        out.push(f1(9 + k as u64, t.suf[k]));
    }
    out.push(f1(13, m1.lower));
    out.push(f1(14, m2.lower));
    out.push(f1(15, p1.lower));
    out.push(f1(16, p2.lower));
    out.push(f1(17, m1.sshape));
    out.push(f1(18, m2.sshape));
    out.push(f1(19, p1.sshape));
    out.push(f1(20, p2.sshape));
    out.push(f2(21, m1.lower, t.lower));
    out.push(f2(22, t.lower, p1.lower));
    out.push(f3(23, m1.sshape, t.sshape, p1.sshape));
    if i == s.start {
        out.push(f1(24, t.sshape));
        out.push(f2(24, t.case as u64, t.capclass()));
    }
    out.push(f2(25, kind, t.sshape));
    if kind != S_NORMAL {
        out.push(f2(26, kind, t.lower));
        out.push(f3(37, kind, t.case as u64, t.capclass()));
    }
    out.push(f2(27, t.case as u64, t.sshape));
    out.push(f2(28, m1.case as u64, t.case as u64));
    out.push(f2(29, t.case as u64, p1.case as u64));
    let mut g = t.gaz;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(f2(30, b, t.capclass()));
        out.push(f1(31, b));
    }
    for (tid, nb) in [(32, m1), (33, p1)] {
        out.extend(categories(nb.gaz).map(|cat| f2(tid, cat, nb.capclass())));
    }
    // Organisation lists: category and position, with the capitalisation
    // and sentence start (where a common word is capitalised anyway).
    let mut g = t.org;
    let first = (i == s.start) as u64;
    while g != 0 {
        let b = g.trailing_zeros() as u64;
        g &= g - 1;
        out.push(f1(40, b));
        out.push(f3(41, b, t.capclass(), first));
    }
    for (tid, nb) in [(42, m1), (43, p1)] {
        out.extend(categories(nb.org).map(|cat| f1(tid, cat)));
    }
    out.push(f2(34, m1.lower, t.sshape));
    out.push(f2(35, t.sshape, p1.lower));
    out.push(f2(36, len_bucket(t.len), t.sshape));
    out.push(f2(38, m1.word, t.capclass()));
}

/// Type (0..4) of a BILOU label, or 4 for O.
#[inline]
pub fn label_type(l: u8) -> usize {
    if l == 0 { 4 } else { (l as usize - 1) / 4 }
}

/// Document-level (second-pass) features from first-pass labels: how the same
/// word and the same phrases were tagged elsewhere in the document. They let a
/// name tagged in the body guide its all-caps or title-case headline occurrence.
pub fn doc_features(p: &Prepared, toks: &[&str], labels: &[u8]) -> Vec<Vec<u64>> {
    let n = p.infos.len();
    let mut out = vec![Vec::new(); n];
    // Word level: type counts per lowercase form from normal sentences.
    let mut counts: HashMap64<[u16; 5]> = HashMap64::default();
    let mut counted = vec![false; n];
    for (si, s) in p.sents.iter().enumerate() {
        if p.kinds[si] != S_NORMAL {
            continue;
        }
        for j in s.clone() {
            let t = &p.infos[j];
            if t.flags & F_ALPHA == 0 || (j == s.start && labels[j] == 0) {
                continue;
            }
            counts.entry(t.lower).or_default()[label_type(labels[j])] += 1;
            counted[j] = true;
        }
    }
    for (si, s) in p.sents.iter().enumerate() {
        let kind = p.kinds[si];
        for i in s.clone() {
            let t = &p.infos[i];
            if t.flags & F_ALPHA == 0 || t.capclass() == 0 {
                continue;
            }
            let Some(c) = counts.get(&t.lower) else { continue };
            let mut c = *c;
            if counted[i] {
                c[label_type(labels[i])] -= 1;
            }
            let total: u16 = c.iter().sum();
            if total == 0 {
                continue;
            }
            let (maj, _) = c.iter().enumerate().max_by_key(|&(k, &v)| (v, std::cmp::Reverse(k))).unwrap();
            out[i].push(f2(50, maj as u64, kind));
            out[i].push(f3(51, maj as u64, kind, t.capclass()));
            for (ty, &v) in c.iter().enumerate().take(4) {
                if v > 0 {
                    out[i].push(f2(52, ty as u64, kind));
                }
            }
        }
    }
    // Name-part context: the word is elsewhere the first or last token of a
    // multi-token entity ("Musk" after "Elon Musk"), or follows a known first name.
    let mut parts: HashMap64<u16> = HashMap64::default();
    for s in &p.sents {
        for j in s.clone() {
            let l = labels[j];
            if l != 0 && (l - 1) % 4 != 3 {
                let pos = (l - 1) % 4; // 0 first, 2 last, 1 inside
                let bit = label_type(l) * 3 + pos as usize;
                *parts.entry(p.infos[j].lower).or_default() |= 1 << bit;
            }
            if j > s.start && p.infos[j].flags & F_INITCAP != 0 && p.infos[j - 1].flags & F_INITCAP != 0 {
                let g = p.infos[j - 1].gaz;
                // Unigram first-name match (U position) of rank <= 1000.
                if g & ((1 << 3) | (1 << 7)) != 0 {
                    *parts.entry(p.infos[j].lower).or_default() |= 1 << 15;
                }
            }
        }
    }
    for (si, s) in p.sents.iter().enumerate() {
        for i in s.clone() {
            let t = &p.infos[i];
            if t.flags & F_ALPHA == 0 || t.capclass() == 0 {
                continue;
            }
            if let Some(&b) = parts.get(&t.lower) {
                let mut m = b;
                while m != 0 {
                    let bit = m.trailing_zeros() as u64;
                    m &= m - 1;
                    out[i].push(f2(57, bit, p.kinds[si]));
                }
            }
        }
    }
    // Neighbour context elsewhere: the words right before and after the other
    // occurrences of a capitalised word ("Acme shares", "Acme spokesman",
    // "mayor of Acme") type it where its own context says little.
    let mut occ: HashMap64<Vec<usize>> = HashMap64::default();
    for (si, s) in p.sents.iter().enumerate() {
        if p.kinds[si] != S_NORMAL {
            continue;
        }
        for j in s.clone() {
            let t = &p.infos[j];
            if t.flags & F_ALPHA != 0 && t.flags & F_INITCAP != 0 {
                let v = occ.entry(t.lower).or_default();
                if v.len() < 8 {
                    v.push(j);
                }
            }
        }
    }
    let sent_of = |j: usize| p.sents.partition_point(|r| r.end <= j);
    for s in &p.sents {
        for i in s.clone() {
            let t = &p.infos[i];
            if t.flags & F_ALPHA == 0 || t.capclass() == 0 {
                continue;
            }
            let Some(v) = occ.get(&t.lower) else { continue };
            for &j in v {
                if j == i {
                    continue;
                }
                let r = &p.sents[sent_of(j)];
                // Skip over the rest of a capitalised run to the first word after it.
                let mut e = j + 1;
                while e < r.end && p.infos[e].flags & F_INITCAP != 0 && p.infos[e].flags & F_ALPHA != 0 {
                    e += 1;
                }
                let word = |k: usize| p.infos[k].flags & (F_INITCAP | F_DIGIT | F_PUNCT) == 0 && p.infos[k].flags & F_ALPHA != 0;
                let mut b = j;
                while b > r.start && p.infos[b - 1].flags & F_INITCAP != 0 && p.infos[b - 1].flags & F_ALPHA != 0 {
                    b -= 1;
                }
                if e < r.end && word(e) {
                    out[i].push(f1(58, p.infos[e].lower));
                }
                if b > r.start && word(b - 1) {
                    out[i].push(f1(59, p.infos[b - 1].lower));
                }
            }
        }
    }
    // Capitalised-sequence context: is the word seen elsewhere (in normal
    // sentences) inside a run of capitalised words, or alone?
    let mut ctx: HashMap64<u8> = HashMap64::default();
    for (si, s) in p.sents.iter().enumerate() {
        if p.kinds[si] != S_NORMAL {
            continue;
        }
        for j in s.clone() {
            let t = &p.infos[j];
            if t.flags & F_INITCAP == 0 || j == s.start {
                continue;
            }
            let cap = |k: usize| p.infos[k].flags & F_INITCAP != 0 && p.infos[k].flags & F_ALPHA != 0;
            let multi = (j > s.start + 1 && cap(j - 1)) || (j + 1 < s.end && cap(j + 1));
            *ctx.entry(t.lower).or_default() |= if multi { 2 } else { 1 };
        }
    }
    for (si, s) in p.sents.iter().enumerate() {
        for i in s.clone() {
            if p.infos[i].flags & F_ALPHA != 0
                && p.infos[i].capclass() != 0
                && let Some(&b) = ctx.get(&p.infos[i].lower)
            {
                out[i].push(f2(55, b as u64, p.kinds[si]));
            }
        }
    }
    // Phrase level: entities predicted anywhere, matched case-insensitively.
    let mut phrases: HashMap64<u8> = HashMap64::default();
    let mut max_len = 0;
    for s in &p.sents {
        let mut start = None;
        for j in s.clone() {
            let l = labels[j];
            if l == 0 {
                continue;
            }
            let pos = (l - 1) % 4;
            if pos == 0 || pos == 3 {
                start = Some(j);
            }
            if (pos == 2 || pos == 3)
                && let Some(b) = start
            {
                let len = j + 1 - b;
                if len <= 6 {
                    *phrases.entry(hash_phrase(toks[b..=j].iter().copied())).or_default() |= 1 << label_type(l);
                    max_len = max_len.max(len);
                }
                start = None;
            }
        }
    }
    if phrases.is_empty() {
        return out;
    }
    for (si, s) in p.sents.iter().enumerate() {
        let kind = p.kinds[si];
        for i in s.clone() {
            if p.infos[i].flags & F_ALPHA == 0 {
                continue;
            }
            let mut h = 0x9e37_79b9_7f4a_7c15u64;
            for len in 1..=max_len.min(s.end - i) {
                h = mix(hash_lower(h, toks[i + len - 1]), 0x20);
                if let Some(&types) = phrases.get(&fin(h)) {
                    for ty in 0..4u64 {
                        if types & (1 << ty) == 0 {
                            continue;
                        }
                        for k in 0..len {
                            let pos = if len == 1 {
                                3
                            } else if k == 0 {
                                0
                            } else if k == len - 1 {
                                2
                            } else {
                                1
                            };
                            out[i + k].push(f3(53, ty, pos, kind));
                            out[i + k].push(f3(54, ty, pos, p.infos[i + k].capclass()));
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forced_o_tokens() {
        for t in ["@elonmusk", "https://t.co/x", "www.bbc.co.uk", "dailycaller.com", "Amazon.com", "bbc.co.uk"] {
            assert!(is_forced_o(t), "{t}");
        }
        for t in ["R50bn", "US$3m", "€1.2bn", "Rs300k", "£20m"] {
            assert!(is_forced_o(t), "{t}");
        }
        for t in ["U.S.", "Musk", "N.Y.", "3.5", "co.", "@", "A350", "3M", "777X", "F150", "bn", "Rm"] {
            assert!(!is_forced_o(t), "{t}");
        }
    }

    #[test]
    fn neighbour_words_of_other_occurrences_are_features() {
        // "Zork" in the second sentence learns "shares" (after its other
        // occurrence) and "mayor of" (before it), never a number or a name.
        let toks = ["Zork", "shares", "fell", ".", "The", "mayor", "of", "Zork", "Smith", "said", ".", "Zork", "rose", "5", "%", "."];
        let sents = [0..4, 4..11, 11..16];
        let (gaz, orgs, case) = (Gazetteer::default(), OrgGazetteer::default(), CaseDict::default());
        let p = prepare(&toks, &sents, Knowledge { gaz: &gaz, orgs: &orgs, case: &case });
        let out = doc_features(&p, &toks, &[0; 16]);
        let lower = |w: &str| TokInfo::new(w, 0, 0).lower;
        let has = |i: usize, f: u64| out[i].contains(&f);
        assert!(has(11, f1(58, lower("shares"))) && has(11, f1(59, lower("of"))) && has(11, f1(58, lower("said"))));
        assert!(has(0, f1(59, lower("of"))) && !has(0, f1(58, lower("shares"))), "not its own context");
        assert!(!has(0, f1(58, lower("5"))) && !has(7, f1(58, lower("smith"))));
        // Lowercase words get no such features.
        assert!(!out[1].iter().any(|f| *f == f1(58, lower("fell"))));
    }

    #[test]
    fn sentence_kinds() {
        let k = |s: &str| {
            let infos: Vec<TokInfo> = s.split(' ').map(|t| TokInfo::new(t, 0, 0)).collect();
            sentence_kind(&infos)
        };
        assert_eq!(k("SOCCER - JAPAN GET LUCKY WIN"), S_ALLCAPS);
        assert_eq!(k("Musk Slams Altman Over Stargate Funding"), S_TITLE);
        assert_eq!(k("Musk slammed Altman over the funding ."), S_NORMAL);
    }
}
