//! Offsets typed by what they index.
//!
//! Inside the extract stage every offset is a byte offset into the document
//! text (what Rust slicing needs); the output tables use Unicode code point
//! offsets (Python `str` indexing, spec top). A [`Span`] carries its unit in
//! its type, `Span<Bytes>` or `Span<Chars>`, so the two cannot be mixed up,
//! and [`CharIndex`] converts between them once, at the stage's edge.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// Unit marker: offsets count UTF-8 bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bytes {}

/// Unit marker: offsets count Unicode code points (the tables' unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Chars {}

/// A half-open range `start..end` of a document's text, in unit `U`.
#[derive(Serialize, Deserialize)]
pub struct Span<U> {
    /// First position inside the span.
    pub start: usize,
    /// First position after the span.
    pub end: usize,
    #[serde(skip)]
    unit: PhantomData<U>,
}

impl<U> Span<U> {
    /// The span `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end, unit: PhantomData }
    }

    /// Its length in its own unit.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether the two spans share a position.
    pub fn overlaps(&self, other: &Span<U>) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl Span<Bytes> {
    /// The text it covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

// Hand-written so that the unit marker needs no bounds.
impl<U> Clone for Span<U> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<U> Copy for Span<U> {}
impl<U> PartialEq for Span<U> {
    fn eq(&self, o: &Self) -> bool {
        (self.start, self.end) == (o.start, o.end)
    }
}
impl<U> Eq for Span<U> {}
impl<U> PartialOrd for Span<U> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl<U> Ord for Span<U> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.start, self.end).cmp(&(o.start, o.end))
    }
}
impl<U> std::hash::Hash for Span<U> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.start, self.end).hash(h)
    }
}
impl<U> fmt::Debug for Span<U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Maps byte offsets of a text to code point offsets (Python `str` indexing).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `starts[k]` is the byte offset of code point `k`; one extra entry for the end.
    starts: Vec<usize>,
}

impl CharIndex {
    /// Index the code points of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Code point offset of byte offset `byte` (which must be a char boundary).
    pub fn to_char(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }

    /// Byte offset of code point offset `k`; past the end, the text's length.
    pub fn to_byte(&self, k: usize) -> usize {
        self.starts[k.min(self.starts.len() - 1)]
    }

    /// The same range in code points.
    pub fn span(&self, s: Span<Bytes>) -> Span<Chars> {
        Span::new(self.to_char(s.start), self.to_char(s.end))
    }

    /// Number of code points in the text.
    pub fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points() {
        let s = "a’b🇺🇸c";
        let ci = CharIndex::new(s);
        assert_eq!(ci.to_char(0), 0);
        assert_eq!(ci.to_char(s.find('b').unwrap()), 2);
        assert_eq!(ci.to_char(s.find('c').unwrap()), 5);
        assert_eq!(ci.to_char(s.len()), 6);
        assert_eq!(ci.len(), 6);
        let b = Span::<Bytes>::new(s.find('b').unwrap(), s.len());
        assert_eq!(b.slice(s), "b🇺🇸c");
        assert_eq!(ci.span(b), Span::<Chars>::new(2, 6));
    }

    #[test]
    fn spans_compare_by_offsets_and_overlap() {
        let a = Span::<Bytes>::new(0, 5);
        assert!(a.overlaps(&Span::new(4, 9)));
        assert!(!a.overlaps(&Span::new(5, 9)));
        assert!(a < Span::new(0, 6));
        assert_eq!(a.len(), 5);
        assert!(Span::<Chars>::new(3, 3).is_empty());
        // Serialised as start and end only.
        assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"start":0,"end":5}"#);
    }
}
