//! Number grammar shared by the amount extractor: digits, words, scales, fractions. STUB.
