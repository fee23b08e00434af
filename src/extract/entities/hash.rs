//! Hashing helpers shared by the feature extractor and the gazetteers: every
//! feature and every gazetteer phrase is a 64-bit hash computed without
//! allocating strings. Kept apart so that `features` and the gazetteers
//! depend on it rather than on each other.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash step: cheap and good enough for hashing feature parts.
#[inline]
pub fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Final avalanche (murmur3 fmix64) so low bits index a table well.
#[inline]
pub fn fin(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h | 1 // never 0: 0 marks an empty slot in the weight table
}

/// Identity hasher for maps whose keys are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
/// A map keyed by precomputed hashes.
pub type HashMap64<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Normalise a char for hashing: digits to '0', curly apostrophes to '\''.
#[inline]
pub fn norm(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else if c == '’' || c == '‘' {
        '\''
    } else {
        c
    }
}

/// Hash of the lowercased, normalised form of `s` (digits folded to 0).
pub fn hash_lower(seed: u64, s: &str) -> u64 {
    let mut h = seed;
    if s.is_ascii() {
        for b in s.bytes() {
            h = mix(h, norm(b.to_ascii_lowercase() as char) as u64);
        }
    } else {
        for c in s.chars() {
            for l in c.to_lowercase() {
                h = mix(h, norm(l) as u64);
            }
        }
    }
    h
}

/// Hash of `s` as written (case kept, digits kept), with curly apostrophes
/// folded to straight ones: the key of case-sensitive gazetteer matching.
pub fn hash_exact(seed: u64, s: &str) -> u64 {
    let mut h = seed;
    for c in s.chars() {
        let c = if c == '’' || c == '‘' { '\'' } else { c };
        h = mix(h, c as u64);
    }
    h
}

/// Hash of the raw bytes of `s`.
pub fn hash_bytes(s: &str) -> u64 {
    let mut h = 0u64;
    for b in s.bytes() {
        h = mix(h, b as u64);
    }
    h
}

/// Seed of phrase hashes.
pub const PHRASE_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Extend a lowercase phrase hash by one token (see [`hash_phrase`]).
#[inline]
pub fn phrase_step(h: u64, tok: &str) -> u64 {
    mix(hash_lower(h, tok), 0x20)
}

/// Hash of a sequence of tokens, lowercased (gazetteer phrases, doc-level spans).
pub fn hash_phrase<'a>(toks: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = PHRASE_SEED;
    for t in toks {
        h = phrase_step(h, t);
    }
    fin(h)
}

/// Extend a case-sensitive phrase hash by one token (see [`hash_phrase_exact`]).
#[inline]
pub fn phrase_step_exact(h: u64, tok: &str) -> u64 {
    mix(hash_exact(h, tok), 0x20)
}

/// Hash of a sequence of tokens as written (case-sensitive gazetteer phrases).
pub fn hash_phrase_exact<'a>(toks: impl IntoIterator<Item = &'a str>) -> u64 {
    let mut h = PHRASE_SEED;
    for t in toks {
        h = phrase_step_exact(h, t);
    }
    fin(h)
}

/// Mark the tokens of one phrase match with each category of `mask`: bit
/// `category * 4 + position`, position 0..4 = B, I, L, U (the gazetteers'
/// token encoding).
pub fn mark_phrase(tokens: &mut [u64], mut mask: u32) {
    let len = tokens.len();
    while mask != 0 {
        let cat = mask.trailing_zeros() as u64;
        mask &= mask - 1;
        for (k, t) in tokens.iter_mut().enumerate() {
            let pos = if len == 1 {
                3
            } else if k == 0 {
                0
            } else if k == len - 1 {
                2
            } else {
                1
            };
            *t |= 1 << (cat * 4 + pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_hash_folds_case_digits_and_apostrophes() {
        assert_eq!(hash_lower(1, "MUSK"), hash_lower(1, "musk"));
        assert_eq!(hash_lower(1, "1996"), hash_lower(1, "2025"));
        assert_eq!(hash_lower(1, "’s"), hash_lower(1, "'s"));
        assert_ne!(hash_lower(1, "musk"), hash_lower(1, "mask"));
    }

    #[test]
    fn exact_hash_keeps_case_and_digits_but_folds_apostrophes() {
        assert_ne!(hash_exact(1, "Apple"), hash_exact(1, "apple"));
        assert_ne!(hash_exact(1, "3M"), hash_exact(1, "4M"));
        assert_eq!(hash_exact(1, "Lowe’s"), hash_exact(1, "Lowe's"));
        assert_eq!(hash_phrase_exact(["Home", "Depot"]), hash_phrase_exact(["Home", "Depot"]));
        assert_ne!(hash_phrase_exact(["Home", "Depot"]), hash_phrase_exact(["home", "depot"]));
        assert_eq!(hash_phrase(["Home", "Depot"]), hash_phrase(["HOME", "depot"]));
    }
}
