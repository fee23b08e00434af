//! Quotation-mark pairing: the quoted spans of each paragraph (line).
//!
//! Curly, straight and guillemet double marks pair within a paragraph (a curly
//! quotation closed by a straight or single mark after the paragraph's last
//! curly closing mark, “…" or “….’, is a typo and closes it too); single
//! marks only open before a letter or digit and close before a non-letter (so
//! apostrophes never close). A paragraph that ends inside an open quotation and is
//! followed by one opening with a mark continues it: the parts share a group;
//! without a continuation it is a quotation whose closing mark was lost only
//! when it runs a sentence or more to a final punctuation mark, else its
//! opening mark was stray and the paragraph is paired again past it.
//! Nested quotations are part of the outer one. Two apostrophes ('') pair like a
//! double mark, as older wire and newspaper text writes them (``…'' too), and
//! so do two curly single marks (‘‘…’’), which also close a curly double
//! mark (“…’’).

use crate::extract::analysis::{Analysis, Bytes, Span};

/// A quoted span found between marks (content only, marks excluded).
#[derive(Debug, Clone)]
pub(super) struct Cand {
    /// Byte offset of the content's first character (past the mark and spaces).
    pub start: usize,
    /// Byte offset after the content's last character.
    pub end: usize,
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark (the paragraph end when the quote runs on).
    pub close_end: usize,
    /// Whether the closing mark exists in this paragraph.
    pub closed: bool,
    /// Opened by a single mark.
    pub single: bool,
    /// Quotes running over several paragraphs share a group.
    pub group: usize,
    /// The paragraph (line) holding it.
    pub para: Span<Bytes>,
}

/// The kind of an opening double mark: a closing mark of another kind does not close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// “ or «.
    Curly,
    /// ".
    Straight,
    /// Two apostrophes or backticks ('' or ``), closed by two apostrophes.
    Doubled,
}

/// Double marks that open a quotation at a paragraph's start (two apostrophes or backticks aside).
pub(super) const OPENING_MARKS: [char; 3] = ['“', '"', '«'];

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Does the straight mark at `chars[k]`, with a space after it, open a quotation
/// all the same: at the paragraph's start or after a sentence's end, before a
/// capital, and closed later in the paragraph after final punctuation ("…,” he
/// told Cook. " You have done a good job.") or running with no other straight
/// mark to the paragraph's final punctuation (a quotation the next paragraph
/// may go on with: "…," Taylor wrote. " The course continued.¶)?
fn spaced_open(chars: &[(usize, char)], k: usize) -> bool {
    let before = chars[..k].iter().rev().map(|x| x.1).find(|c| !c.is_whitespace());
    let opens = before.is_none_or(|c| matches!(c, '.' | '!' | '?')) && (k == 0 || chars[k - 1].1.is_whitespace());
    let capital = chars[k + 1..].iter().map(|x| x.1).find(|c| !c.is_whitespace()).is_some_and(char::is_uppercase);
    let closed = chars[k + 1..].windows(2).any(|w| matches!(w[0].1, '.' | ',' | '!' | '?') && w[1].1 == '"');
    let rest = &chars[k + 1..];
    let runs_on = !rest.iter().any(|x| x.1 == '"')
        && rest.iter().rev().map(|x| x.1).find(|c| !c.is_whitespace()).is_some_and(|c| matches!(c, '.' | '!' | '?'));
    opens && capital && (closed || runs_on)
}

/// Quoted spans of every paragraph (line) outside `excluded` (sorted, not overlapping).
pub(super) fn find_candidates(a: &Analysis, excluded: &[Span<Bytes>]) -> Vec<Cand> {
    let text = a.text;
    let mut out: Vec<Cand> = Vec::new();
    let mut group = 0usize;
    // An unterminated quote of the previous paragraph, waiting for a continuation.
    let mut pending: Option<Cand> = None;
    for &line in &a.lines {
        let (ps, pe) = (line.start, line.end);
        let para = &text[ps..pe];
        if para.trim().is_empty() {
            continue;
        }
        let k = excluded.partition_point(|x| x.start <= ps);
        if k > 0 && ps < excluded[k - 1].end.max(excluded[k - 1].start + 1) {
            pending = None;
            continue;
        }
        let continues = pending.is_some() && {
            let t = para.trim_start();
            t.starts_with(OPENING_MARKS) || ["''", "``", "‘‘"].iter().any(|m| t.starts_with(m))
        };
        let mut carry_group = None;
        if let Some(p) = pending.take() {
            if continues {
                carry_group = Some(p.group);
                out.push(p);
            } else {
                settle(text, p, &mut group, &mut out);
            }
        }
        pending = scan_line(text, line, ps, &mut group, carry_group, &mut out);
    }
    if let Some(p) = pending {
        settle(text, p, &mut group, &mut out);
    }
    out.sort_by_key(|c| c.start);
    out
}

/// Keep an unterminated quotation no paragraph continues when its closing mark
/// was lost ([`lost_close`]; not after a mark with a space after it, which
/// needs a close or a continuation); else its opening mark was stray ("a sample
/// called “Glasgow (“No Place Like Home”). “It grabbed me,” he said."): the
/// paragraph is read again from just after it, so the quotations inside count.
fn settle(text: &str, p: Cand, group: &mut usize, out: &mut Vec<Cand>) {
    let mut p = p;
    loop {
        // A mark with a space after it opens only a quotation that closes or goes on.
        let spaced = text[p.open..].chars().nth(1).is_some_and(char::is_whitespace);
        if lost_close(text, &p) && !spaced {
            out.push(p);
            return;
        }
        let from = p.open + text[p.open..].chars().next().map_or(1, char::len_utf8);
        match scan_line(text, p.para, from, group, None, out) {
            Some(next) if next.open > p.open => p = next,
            _ => return,
        }
    }
}

/// Pair the marks of the paragraph `line` from byte `from` on, pushing the
/// closed quotations to `out`; the quotation left open at the paragraph's end,
/// if any, is returned. A first quotation continuing the previous paragraph's
/// takes `carry_group`.
fn scan_line(
    text: &str,
    line: Span<Bytes>,
    from: usize,
    group: &mut usize,
    carry_group: Option<usize>,
    out: &mut Vec<Cand>,
) -> Option<Cand> {
    let pe = line.end;
    let mut first_in_para = true;
    let mut emit = |out: &mut Vec<Cand>, s: usize, e: usize, open: usize, close_end: usize, closed: bool, single: bool| -> Option<Cand> {
        let g = match (first_in_para, carry_group) {
            (true, Some(g)) if !single => g,
            _ => {
                *group += 1;
                *group
            }
        };
        if !single {
            first_in_para = false;
        }
        let raw = &text[s..e];
        let s2 = s + (raw.len() - raw.trim_start().len());
        let e2 = e - (raw.len() - raw.trim_end().len());
        if e2 <= s2 {
            return None;
        }
        let c = Cand { start: s2, end: e2, open, close_end, closed, single, group: g, para: line };
        if closed {
            out.push(c);
            None
        } else {
            Some(c)
        }
    };
    let chars: Vec<(usize, char)> = text[from..pe].char_indices().map(|(i, c)| (from + i, c)).collect();
    // Where the paragraph's last curly closing mark is: before it, a straight or single
    // mark never closes a curly quotation; after it, one may (“…" and “…’ are typos).
    let last_curly_close = chars.iter().rev().find(|x| matches!(x.1, '”' | '»')).map_or(0, |x| x.0);
    let mistyped_close = |dq: Option<(usize, usize, Mark)>, depth: usize, b: usize, prev: Option<char>, next: Option<char>| {
        dq.is_some_and(|d| d.2 == Mark::Curly)
            && depth == 0
            && b > last_curly_close
            && !is_space(prev)
            && (is_space(next) || next.is_some_and(|n| matches!(n, ',' | '.' | ';' | ':' | '!' | '?' | ')')))
    };
    // (content start, opening mark, kind of the opening mark)
    let mut dq: Option<(usize, usize, Mark)> = None;
    let mut depth = 0usize;
    let mut sq: Option<(usize, usize, bool)> = None;
    let mut skip = false;
    for k in 0..chars.len() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let (b, c) = chars[k];
        let prev = if k > 0 { Some(chars[k - 1].1) } else { text[line.start..from].chars().next_back() };
        let next = chars.get(k + 1).map(|x| x.1);
        let after = b + c.len_utf8();
        // Two apostrophes or single marks (or two backticks, opening) stand for a double mark:
        // ''I love it,'' he said; ‘‘I love it,’’ he said; “I love it,’’ he said.
        if matches!(c, '\'' | '`' | '‘' | '’') && next == Some(c) {
            let after2 = after + c.len_utf8();
            let next2 = chars.get(k + 2).map(|x| x.1);
            match dq {
                None if c != '’' && !is_space(next2) && (is_space(prev) || prev == Some('(')) => {
                    dq = Some((after2, b, Mark::Doubled));
                    sq = None;
                    skip = true;
                    continue;
                }
                Some((s, o, Mark::Doubled | Mark::Curly)) if matches!(c, '\'' | '’') && !is_space(prev) && depth == 0 => {
                    emit(out, s, b, o, after2, true, false);
                    dq = None;
                    skip = true;
                    continue;
                }
                _ => {}
            }
        }
        match c {
            // A mistyped closing mark: “Hello,“ he said.
            '“' if dq.is_some_and(|d| d.2 == Mark::Curly) && depth == 0 && !is_space(prev) && is_space(next) => {
                let (s, o, _) = dq.unwrap();
                emit(out, s, b, o, after, true, false);
                dq = None;
            }
            '“' | '«' => {
                if dq.is_none() {
                    dq = Some((after, b, Mark::Curly));
                    sq = None;
                } else {
                    depth += 1;
                }
            }
            // A closing mark written for an opening one: after a space and before a word, with no
            // quotation open (“Another said: ”Bird flu …”).
            '”' if dq.is_none() && is_space(prev) && next.is_some_and(char::is_alphanumeric) => {
                dq = Some((after, b, Mark::Curly));
                sq = None;
            }
            '”' | '»' => {
                if let Some((s, o, _)) = dq {
                    if depth > 0 {
                        depth -= 1;
                    } else {
                        emit(out, s, b, o, after, true, false);
                        dq = None;
                    }
                }
            }
            '"' => match dq {
                None if !is_space(next) || spaced_open(&chars, k) => {
                    dq = Some((after, b, Mark::Straight));
                    sq = None;
                }
                Some((s, o, Mark::Straight)) => {
                    emit(out, s, b, o, after, true, false);
                    dq = None;
                }
                // “Hello," he said.
                Some((s, o, Mark::Curly)) if mistyped_close(dq, depth, b, prev, next) => {
                    emit(out, s, b, o, after, true, false);
                    dq = None;
                }
                _ => {}
            },
            // “I don’t think anyone cares.’ A single mark after the quotation's final
            // punctuation, never an apostrophe ("the players’ union").
            '’' if mistyped_close(dq, depth, b, prev, next) && prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?')) => {
                let (s, o, _) = dq.unwrap();
                emit(out, s, b, o, after, true, false);
                dq = None;
            }
            '‘' if dq.is_none() && sq.is_none() && next.is_some_and(char::is_alphanumeric) => {
                sq = Some((after, b, false));
            }
            '\'' if dq.is_none() && sq.is_none() && is_space(prev) && next.is_some_and(char::is_alphanumeric) => {
                sq = Some((after, b, true));
            }
            '’' | '\'' if dq.is_none() => {
                if let Some((s, o, straight)) = sq {
                    let closes = !is_space(prev) && !next.is_some_and(char::is_alphanumeric) && (straight == (c == '\''));
                    if closes {
                        emit(out, s, b, o, after, true, true);
                        sq = None;
                    }
                }
            }
            _ => {}
        }
    }
    dq.and_then(|(s, o, _)| emit(out, s, pe, o, pe, false, false))
}

/// Is an unterminated quotation that no paragraph continues one whose closing
/// mark was lost: a sentence or more running to its paragraph's end with final
/// punctuation ("Ruiz said: “We were the better team today.¶"), opened by a
/// mark that stands before a word and after a space or a colon? Shorter or
/// unpunctuated runs, and marks glued to a word or number (70" TV), are stray.
fn lost_close(text: &str, c: &Cand) -> bool {
    let t = text[c.start..c.end].trim_end();
    let before = text[..c.open].chars().next_back();
    let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ':' | '—' | '–'));
    opens && t.starts_with(char::is_alphanumeric) && t.ends_with(['.', '!', '?', '…']) && t.split_whitespace().count() >= 4
}

// ---------------------------------------------------------------------------
