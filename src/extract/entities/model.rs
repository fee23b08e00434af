//! The linear model: BILOU labels, legal transitions, Viterbi decoding, and
//! the compact weight table (open addressing on feature hashes, i16 weights
//! for both passes side by side so one lookup serves both).

use super::error::{NerError, Result};
use super::features::NL;

/// Label index: 0 = O, `1 + type * 4 + pos` with pos 0..4 = B, I, L, U.
pub fn label(ty: usize, pos: usize) -> u8 {
    (1 + ty * 4 + pos) as u8
}

/// Position (0 B, 1 I, 2 L, 3 U) of a non-O label.
pub fn pos_of(l: u8) -> usize {
    (l as usize - 1) % 4
}

/// May label `b` follow label `a` in BILOU?
pub fn legal(a: u8, b: u8) -> bool {
    let open = a != 0 && pos_of(a) <= 1; // after B or I an entity is open
    if open {
        b != 0 && (pos_of(b) == 1 || pos_of(b) == 2) && (b - 1) / 4 == (a - 1) / 4
    } else {
        b == 0 || pos_of(b) == 0 || pos_of(b) == 3
    }
}

/// May a sentence start with label `b`?
pub fn legal_start(b: u8) -> bool {
    b == 0 || pos_of(b) == 0 || pos_of(b) == 3
}
/// May a sentence end with label `a`?
pub fn legal_end(a: u8) -> bool {
    a == 0 || pos_of(a) >= 2
}

/// Viterbi over `n` tokens: `em[i * NL + l]` emission scores, `trans[a * NL + b]`
/// transition scores, `forced_o[i]` restricts token i to O. Returns the best
/// legal label sequence.
pub fn viterbi(em: &[f32], trans: &[f32], forced_o: &[bool], out: &mut Vec<u8>) {
    viterbi_with(em, trans, forced_o.len(), |i, b| !forced_o[i] || b == 0, out)
}

/// Viterbi over `n` tokens where token `i` may take label `b` only when
/// `allowed(i, b)`: the best legal sequence among the allowed ones (a
/// constrained decode, used for training on partly labelled sentences).
/// Falls back to all O when no allowed legal sequence exists.
#[inline]
pub fn viterbi_with(em: &[f32], trans: &[f32], n: usize, allowed: impl Fn(usize, usize) -> bool, out: &mut Vec<u8>) {
    out.clear();
    if n == 0 {
        return;
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let mut score = vec![NEG; n * NL];
    let mut back = vec![0u8; n * NL];
    for b in 0..NL {
        if legal_start(b as u8) && allowed(0, b) {
            score[b] = em[b];
        }
    }
    let preds = &*PREDECESSORS;
    for i in 1..n {
        let (prev, cur) = score[(i - 1) * NL..(i + 1) * NL].split_at_mut(NL);
        for b in 0..NL {
            if !allowed(i, b) {
                continue;
            }
            let mut best = NEG;
            let mut arg = 0u8;
            let (list, len) = &preds[b];
            for &a in &list[..*len as usize] {
                let v = prev[a as usize] + trans[a as usize * NL + b];
                if v > best {
                    best = v;
                    arg = a;
                }
            }
            if best > NEG {
                cur[b] = best + em[i * NL + b];
                back[i * NL + b] = arg;
            }
        }
    }
    let mut best = NEG;
    let mut arg = 0u8;
    for a in 0..NL {
        let s = score[(n - 1) * NL + a];
        if legal_end(a as u8) && s > best {
            best = s;
            arg = a as u8;
        }
    }
    out.resize(n, 0);
    if best == NEG {
        return;
    }
    out[n - 1] = arg;
    for i in (1..n).rev() {
        out[i - 1] = back[i * NL + out[i] as usize];
    }
}

/// For each label, the labels that may precede it (BILOU is sparse: I and L
/// follow only B or I of their type), so Viterbi looks at those alone.
static PREDECESSORS: std::sync::LazyLock<[([u8; NL], u8); NL]> = std::sync::LazyLock::new(|| {
    let mut p = [([0u8; NL], 0u8); NL];
    for (b, (list, len)) in p.iter_mut().enumerate() {
        for a in 0..NL {
            if legal(a as u8, b as u8) {
                list[*len as usize] = a as u8;
                *len += 1;
            }
        }
    }
    p
});

/// Entity spans `(start, end, type)` of a legal BILOU sequence.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &l) in labels.iter().enumerate() {
        if l == 0 {
            continue;
        }
        match pos_of(l) {
            0 => start = i,
            2 => out.push((start, i + 1, (l as usize - 1) / 4)),
            3 => out.push((i, i + 1, (l as usize - 1) / 4)),
            _ => {}
        }
    }
    out
}

/// BILOU labels for spans over `n` tokens.
pub fn encode(n: usize, spans: &[(usize, usize, usize)]) -> Vec<u8> {
    let mut l = vec![0u8; n];
    for &(s, e, ty) in spans {
        if e - s == 1 {
            l[s] = label(ty, 3);
        } else {
            l[s] = label(ty, 0);
            for x in &mut l[s + 1..e - 1] {
                *x = label(ty, 1);
            }
            l[e - 1] = label(ty, 2);
        }
    }
    l
}

/// Row width: pass-1 weights then pass-2 weights.
pub const W: usize = 2 * NL;

/// A slot of the open-addressing index: a feature hash and its row (key 0 = empty).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    row: u32,
}

/// Quantised weights of both passes, looked up by feature hash.
pub struct Table {
    /// Keys and row numbers side by side, so a probe touches one cache line.
    slots: Vec<Slot>,
    rows: Vec<[i16; W]>,
    mask: usize,
    /// Dequantisation scale of each pass.
    pub scale: [f32; 2],
    /// Transition scores of each pass.
    pub trans: [Vec<f32>; 2],
}

impl Table {
    /// Build from `(key, row)` pairs.
    pub fn new(entries: Vec<(u64, [i16; W])>, scale: [f32; 2], trans: [Vec<f32>; 2]) -> Table {
        let slots = (entries.len() * 2).next_power_of_two().max(16);
        let mask = slots - 1;
        let mut table = vec![Slot::default(); slots];
        let mut rows = Vec::with_capacity(entries.len());
        for (k, r) in entries {
            let mut s = k as usize & mask;
            while table[s].key != 0 && table[s].key != k {
                s = (s + 1) & mask;
            }
            if table[s].key == k {
                continue;
            }
            table[s] = Slot { key: k, row: rows.len() as u32 };
            rows.push(r);
        }
        Table { slots: table, rows, mask, scale, trans }
    }

    /// Add the weight rows of `feats` to `acc` (columns `cols` of each row).
    /// The lookups are memory-bound, so they go in three sweeps: prefetch every
    /// slot, read the slots and prefetch the rows found, then add the rows;
    /// the misses of one sweep overlap instead of following each other.
    #[inline]
    pub fn accumulate(&self, feats: &[u64], rows: &mut Vec<u32>, acc: &mut [i32; W], cols: std::ops::Range<usize>) {
        for &k in feats {
            prefetch(&self.slots[k as usize & self.mask]);
        }
        rows.clear();
        for &k in feats {
            let mut s = k as usize & self.mask;
            loop {
                let slot = self.slots[s];
                if slot.key == k {
                    prefetch(&self.rows[slot.row as usize]);
                    rows.push(slot.row);
                    break;
                }
                if slot.key == 0 {
                    break;
                }
                s = (s + 1) & self.mask;
            }
        }
        for &r in rows.iter() {
            let row = &self.rows[r as usize];
            for j in cols.clone() {
                acc[j] += row[j] as i32;
            }
        }
    }

    /// The weight row of feature `k`, if trained.
    #[inline]
    pub fn get(&self, k: u64) -> Option<&[i16; W]> {
        let mut s = k as usize & self.mask;
        loop {
            let slot = self.slots[s];
            if slot.key == k {
                return Some(&self.rows[slot.row as usize]);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Number of stored rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Is the table empty?
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Serialise: scales, transitions, then each row as key, nonzero mask, values.
    pub fn write(&self, out: &mut Vec<u8>) {
        for p in 0..2 {
            out.extend(self.scale[p].to_le_bytes());
            for v in &self.trans[p] {
                out.extend(v.to_le_bytes());
            }
        }
        out.extend((self.rows.len() as u32).to_le_bytes());
        let mut pairs: Vec<(u64, u32)> = self.slots.iter().filter(|s| s.key != 0).map(|s| (s.key, s.row)).collect();
        pairs.sort_unstable();
        for (k, i) in pairs {
            let r = &self.rows[i as usize];
            out.extend(k.to_le_bytes());
            let mut m = 0u64;
            for (j, v) in r.iter().enumerate() {
                if *v != 0 {
                    m |= 1 << j;
                }
            }
            out.extend(&m.to_le_bytes()[..5]);
            for v in r.iter().filter(|v| **v != 0) {
                out.extend(v.to_le_bytes());
            }
        }
    }

    /// Read what [`Table::write`] wrote.
    pub fn read(r: &mut Reader) -> Result<Table> {
        let mut scale = [0f32; 2];
        let mut trans = [vec![0f32; NL * NL], vec![0f32; NL * NL]];
        for p in 0..2 {
            scale[p] = r.f32()?;
            for v in trans[p].iter_mut() {
                *v = r.f32()?;
            }
        }
        let n = r.u32()? as usize;
        let mut entries = Vec::with_capacity(n);
        for _ in 0..n {
            let k = r.u64()?;
            let mb = r.bytes(5)?;
            let mut m = 0u64;
            for (j, b) in mb.iter().enumerate() {
                m |= (*b as u64) << (8 * j);
            }
            let mut row = [0i16; W];
            for (j, v) in row.iter_mut().enumerate() {
                if m & (1 << j) != 0 {
                    *v = r.i16()?;
                }
            }
            entries.push((k, row));
        }
        Ok(Table::new(entries, scale, trans))
    }
}

/// Hint the CPU to fetch the cache line holding `x`.
#[inline(always)]
fn prefetch<T>(x: &T) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint; it never faults, and the pointer comes from a live reference.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>((x as *const T).cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = x;
}

/// Little-endian reader over a byte slice.
pub struct Reader<'a> {
    /// The bytes read.
    pub buf: &'a [u8],
    /// The next position to read.
    pub pos: usize,
}

impl<'a> Reader<'a> {
    /// The next `n` bytes; an error past the end.
    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.pos + n > self.buf.len() {
            return Err(NerError::Model("file truncated".into()));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    /// The next `N` bytes as an array.
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let b = self.bytes(N)?;
        Ok(std::array::from_fn(|i| b[i]))
    }

    /// The next little-endian `u32`.
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    /// The next little-endian `u64`.
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    /// The next little-endian `f32`.
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.array()?))
    }
    /// The next little-endian `i16`.
    pub fn i16(&mut self) -> Result<i16> {
        Ok(i16::from_le_bytes(self.array()?))
    }
    /// The next length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.bytes(n)?).map_err(|_| NerError::Model("bad UTF-8 in a string".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_legality() {
        let (b_per, i_per, l_per, u_per) = (label(0, 0), label(0, 1), label(0, 2), label(0, 3));
        let l_org = label(1, 2);
        assert!(legal(0, b_per) && legal(0, u_per) && !legal(0, i_per) && !legal(0, l_per));
        assert!(legal(b_per, i_per) && legal(b_per, l_per) && !legal(b_per, 0) && !legal(b_per, l_org));
        assert!(legal(l_per, 0) && legal(u_per, b_per) && !legal(u_per, i_per));
        assert!(!legal_start(i_per) && !legal_end(b_per));
    }

    #[test]
    fn viterbi_respects_constraints() {
        // Emissions prefer an illegal O, I-PER, O sequence; Viterbi must not return it.
        let n = 3;
        let mut em = vec![0f32; n * NL];
        em[label(0, 1) as usize + NL] = 5.0; // I-PER at token 1
        em[label(0, 3) as usize + NL] = 4.0; // U-PER at token 1
        em[label(0, 0) as usize] = -10.0; // the legal B, I, L path costs more
        em[label(0, 2) as usize + 2 * NL] = -10.0;
        let trans = vec![0f32; NL * NL];
        let mut out = Vec::new();
        viterbi(&em, &trans, &[false; 3], &mut out);
        assert_eq!(out, vec![0, label(0, 3), 0]);
        // Forcing token 1 to O wins over any emission.
        viterbi(&em, &trans, &[false, true, false], &mut out);
        assert_eq!(out, vec![0, 0, 0]);
        // A two-token entity is decoded as B, L and round-trips through spans.
        let mut em2 = vec![0f32; 2 * NL];
        em2[label(2, 0) as usize] = 2.0;
        em2[NL + label(2, 2) as usize] = 2.0;
        viterbi(&em2, &vec![0f32; NL * NL], &[false, false], &mut out);
        assert_eq!(spans(&out), vec![(0, 2, 2)]);
        assert_eq!(encode(2, &[(0, 2, 2)]), out);
        // Constrained: token 1 must be U-LOC, token 0 may be anything.
        viterbi_with(&em, &trans, 3, |i, b| i != 1 || b == label(2, 3) as usize, &mut out);
        assert_eq!(out, vec![0, label(2, 3), 0]);
    }

    #[test]
    fn table_roundtrip() {
        let mut r = [0i16; W];
        r[3] = 7;
        r[NL + 1] = -2;
        let t = Table::new(vec![(12345, r), (99, [1; W])], [0.5, 0.25], [vec![1.0; NL * NL], vec![2.0; NL * NL]]);
        let mut buf = Vec::new();
        t.write(&mut buf);
        let t2 = Table::read(&mut Reader { buf: &buf, pos: 0 }).unwrap();
        assert_eq!(t2.get(12345), Some(&r));
        assert_eq!(t2.get(99), Some(&[1; W]));
        assert_eq!(t2.get(5), None);
        assert_eq!(t2.scale, [0.5, 0.25]);
        assert_eq!(t2.trans[1][3], 2.0);
    }
}
