//! Entity mentions (spec §1) from a trained statistical sequence model.
//!
//! An averaged structured perceptron over BILOU labels (PERSON, ORG, LOC,
//! MISC) with Viterbi decoding restricted to legal transitions. Features
//! (see [`features`]) cover the word, its shapes, affixes, a +-2 window,
//! sentence capitalisation (headlines), gazetteers and mid-sentence case
//! statistics. Tagging runs in two passes: the second adds document-level
//! features from the first pass's labels, so a name tagged in the body guides
//! its headline occurrence. The model is trained on CoNLL-2003 re-tokenised
//! with the project tokenizer ([`train`]), and the committed model file is
//! embedded in the binary ([`Tagger::bundled`]).
//!
//! Spans follow the spec: handles, URLs and web domains are forced to O;
//! leading determiners and titles and trailing possessives are left out.

pub mod augment;
pub mod conll;
pub mod corpora;
pub mod error;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod orgs;
pub mod rules;
pub mod tickers;
pub mod train;

use super::analysis::Analysis;
use super::analysis::{Bytes, Span, is_possessive};
use super::{EntityType, Mention};
use crate::lexicon::{HYPHEN_PREFIXES, NAME_TITLES, ORG_ROLES, ORG_STAFF_ROLES, PLACE_HEADS, SUBORDINATORS, TRAILING_NOUNS, WordList};
use error::{NerError, io};
use features::{CaseDict, F_FORCE_O, FEATURE_VERSION, Knowledge, NL, doc_features, prepare, token_features};
use gazetteer::Gazetteer;
use model::{Reader, Table, W, viterbi};
use orgs::OrgGazetteer;
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

/// The committed model file.
static BUNDLED: &[u8] = include_bytes!("../../models/ner.bin");

const MAGIC: &[u8; 8] = b"NFNER\0\0\x01";

/// The NER model, loaded once per run: weights, gazetteers and case statistics.
pub struct Tagger {
    table: Table,
    gaz: Gazetteer,
    orgs: OrgGazetteer,
    case: CaseDict,
}

impl Tagger {
    /// The model committed with newsframe (embedded in the binary).
    pub fn bundled() -> error::Result<Self> {
        Self::from_bytes(BUNDLED)
    }

    /// A model file written by [`train`].
    pub fn load(path: &Path) -> error::Result<Self> {
        let buf = std::fs::read(path).map_err(io(path))?;
        Self::from_bytes(&buf).map_err(|e| NerError::Model(format!("{}: {e}", path.display())))
    }

    /// Parse a model file.
    pub fn from_bytes(buf: &[u8]) -> error::Result<Self> {
        let mut r = Reader { buf, pos: 0 };
        if r.bytes(8).ok() != Some(&MAGIC[..]) {
            return Err(NerError::Model("not a newsframe NER model".into()));
        }
        let v = r.u32()?;
        if v != FEATURE_VERSION {
            return Err(NerError::Model(format!("feature version {v}, this build expects {FEATURE_VERSION}: retrain it")));
        }
        let gaz = Gazetteer::from_text(r.str()?)?;
        let orgs = OrgGazetteer::from_text(r.str()?)?;
        let n = r.u32()? as usize;
        let mut case = CaseDict::default();
        for _ in 0..n {
            let k = r.u64()?;
            let b = r.bytes(1)?[0];
            case.map.insert(k, b);
        }
        let table = Table::read(&mut r)?;
        Ok(Tagger { table, gaz, orgs, case })
    }

    /// Serialise to the model file format.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(FEATURE_VERSION.to_le_bytes());
        for g in [self.gaz.to_text(), self.orgs.to_text()] {
            out.extend((g.len() as u32).to_le_bytes());
            out.extend(g.as_bytes());
        }
        let mut case: Vec<(u64, u8)> = self.case.map.iter().map(|(k, v)| (*k, *v)).collect();
        case.sort_unstable();
        out.extend((case.len() as u32).to_le_bytes());
        for (k, b) in case {
            out.extend(k.to_le_bytes());
            out.push(b);
        }
        self.table.write(&mut out);
        out
    }

    /// Label the tokens of a document (sentences are token ranges): BILOU label ids.
    pub fn tag(&self, toks: &[&str], sents: &[Range<usize>]) -> Vec<u8> {
        let p = prepare(toks, sents, self.knowledge());
        let n = toks.len();
        let mut acc = vec![0i32; n * W];
        let mut feats = Vec::with_capacity(96);
        let mut rows = Vec::with_capacity(96);
        for (si, s) in sents.iter().enumerate() {
            for i in s.clone() {
                feats.clear();
                token_features(&p, si, i, &mut feats);
                let a: &mut [i32; W] = (&mut acc[i * W..(i + 1) * W]).try_into().expect("a row of W");
                self.table.accumulate(&feats, &mut rows, a, 0..W);
            }
        }
        let forced: Vec<bool> = p.infos.iter().map(|t| t.flags & F_FORCE_O != 0).collect();
        let pass1 = self.decode(&acc, 0, sents, &forced);
        let extra = doc_features(&p, toks, &pass1);
        for (i, ex) in extra.iter().enumerate() {
            let a: &mut [i32; W] = (&mut acc[i * W..(i + 1) * W]).try_into().expect("a row of W");
            self.table.accumulate(ex, &mut rows, a, NL..W);
        }
        self.decode(&acc, 1, sents, &forced)
    }

    fn knowledge(&self) -> Knowledge<'_> {
        Knowledge { gaz: &self.gaz, orgs: &self.orgs, case: &self.case }
    }

    fn decode(&self, acc: &[i32], pass: usize, sents: &[Range<usize>], forced: &[bool]) -> Vec<u8> {
        let mut out = vec![0u8; forced.len()];
        let mut em = Vec::new();
        let mut lab = Vec::new();
        let sc = self.table.scale[pass];
        for s in sents {
            em.clear();
            for i in s.clone() {
                em.extend(acc[i * W + pass * NL..i * W + pass * NL + NL].iter().map(|v| *v as f32 * sc));
            }
            viterbi(&em, &self.table.trans[pass], &forced[s.clone()], &mut lab);
            out[s.clone()].copy_from_slice(&lab);
        }
        out
    }

    /// Entity spans `(start, end, type)` over tokens, cleaned per the spec.
    pub fn spans(&self, toks: &[&str], sents: &[Range<usize>]) -> Vec<(usize, usize, usize)> {
        let labels = self.tag(toks, sents);
        let spans = model::spans(&labels).into_iter().filter_map(|(s, e, ty)| clean_span(toks, s, e).map(|(s, e)| (s, e, ty))).collect();
        join_prefixed_words(toks, spans)
    }
}

/// The tokenizer splits "Co-ordinating" into "Co", "-", "ordinating" (so that
/// "Trump-backed" yields "Trump"), and the tagger then ends a name at the
/// prefix: "Public Service Co" + "Bargaining Council". A name ending in such a
/// prefix takes the rest of its word, and the name of the same type right
/// after it. Tokens are assumed to be glued when the hyphen is a token of its
/// own between them (the project tokenizer splits a hyphen only inside a word).
pub fn join_prefixed_words(toks: &[&str], spans: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(spans.len());
    let mut k = 0;
    while k < spans.len() {
        let (s, mut e, ty) = spans[k];
        k += 1;
        let prefix = in_lowercase_list(&HYPHEN_PREFIXES, toks[e - 1]) && e - s > 1;
        let rest = e + 1 < toks.len()
            && toks[e] == "-"
            && toks[e + 1].chars().next().is_some_and(char::is_lowercase)
            && toks[e + 1].chars().all(char::is_alphabetic);
        if prefix && rest {
            e += 2;
            if k < spans.len() && spans[k].0 == e && spans[k].2 == ty {
                e = spans[k].1;
                k += 1;
            }
        }
        out.push((s, e, ty));
    }
    out
}

/// Is `word` in a lowercase `list`, ignoring ASCII case? The tagger works on
/// token strings (training data has no [`Analysis`]), so there is no shared
/// lowercase form to read here.
fn in_lowercase_list(list: &WordList, word: &str) -> bool {
    list.words().iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Role words cut off the end of a tagged name ("Acme CEO" -> "Acme").
static TRAILING_ROLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ORG_STAFF_ROLES.rows().iter().filter(|r| r[1] == "yes").map(|r| r[0]).collect());

/// Lowercase nouns cut off the end of a tagged name ("United Auto Workers
/// union", "BBC radio"): `org_roles.txt`, the place heads lowercased and
/// `trailing_nouns.txt`.
static CUT_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let org_and_place = ORG_ROLES.words().iter().map(|w| w.to_string()).chain(PLACE_HEADS.rows().iter().map(|r| r[0].to_lowercase()));
    org_and_place.chain(TRAILING_NOUNS.words().iter().map(|w| w.to_string())).collect()
});

/// Trim a span's leading determiners/titles and trailing possessives,
/// punctuation (not a bracket closing one inside it), roles and lowercase
/// organisation or place nouns, and end it before a bracket it leaves open; `None` when
/// nothing is left, or when a possessive follows the leading title (the rest
/// is the title's thing, no name: "the President's Order").
pub fn clean_span(toks: &[&str], mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    let first = s;
    while s < e {
        let t = toks[s].trim_end_matches('.');
        let punct = !toks[s].chars().any(char::is_alphanumeric);
        let det = ["the", "a", "an"].iter().any(|d| t.eq_ignore_ascii_case(d));
        let opener = e - s > 1 && (in_lowercase_list(&NAME_TITLES, t) || in_lowercase_list(&SUBORDINATORS, t));
        if det || opener || punct {
            s += 1;
        } else {
            break;
        }
    }
    if s > first && s < e && is_possessive(toks[s]) {
        return None;
    }
    while e > s {
        let t = toks[e - 1];
        let role = e - s > 1 && TRAILING_ROLES.contains(t);
        // A lowercase organisation or place noun after a capitalised word does not end a
        // name ("United Auto Workers union", "Democratic Progressive party", "Garamba park").
        let common = e - s > 1 && CUT_NOUNS.contains(t) && toks[e - 2].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        // A closing bracket stays when it closes one inside the name ("Janata Dal (United)").
        let closing = t == ")" && open_brackets(&toks[s..e - 1]) > 0;
        if !closing && (role || common || !t.chars().any(char::is_alphanumeric) || is_possessive(t)) {
            e -= 1;
        } else {
            break;
        }
    }
    // A bracket left open ends the name before it ("Communist Party (Marxist" with no ")").
    while open_brackets(&toks[s..e]) > 0 {
        e = (s..e).rev().find(|&k| toks[k] == "(").unwrap_or(s);
    }
    (s < e).then_some((s, e))
}

/// How many more "(" than ")" `toks` has.
fn open_brackets(toks: &[&str]) -> usize {
    let count = |b: &str| toks.iter().filter(|t| **t == b).count();
    count("(").saturating_sub(count(")"))
}

/// `mentions` with the `added` ones, sorted by position again: the rules that
/// add mentions the tagger left out end with this.
pub(crate) fn with_added(mut mentions: Vec<Mention<Bytes>>, added: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
    mentions
}

fn entity_type(ty: usize) -> EntityType {
    EntityType::ALL[ty]
}

/// Tag the document's tokens and return mentions (byte offsets).
pub fn extract(a: &Analysis, tagger: &Tagger) -> Vec<Mention<Bytes>> {
    let toks: Vec<&str> = (0..a.tokens.len()).map(|i| a.tok(i)).collect();
    let sents: Vec<Range<usize>> = a.sentences.iter().map(|s| s.tokens.clone()).collect();
    let mut out = Vec::new();
    for (s, e, ty) in tagger.spans(&toks, &sents) {
        let (start, mut end) = (a.tokens[s].start, a.tokens[e - 1].end);
        // "Conn." tokenises as "Conn" + "." (not in the tokenizer's abbreviation
        // list): keep the period of an AP state abbreviation in the span.
        if a.text[end..].starts_with('.') && gazetteer::is_ap_state_stem(&a.text[start..end]) {
            end += 1;
        }
        let sentence = sents.partition_point(|r| r.end <= s);
        out.push(Mention { span: Span::new(start, end), text: a.text[start..end].to_string(), label: entity_type(ty), sentence });
    }
    let out = rules::refine(a, out, &tagger.case, &tagger.gaz);
    let out = rules::retype(a, out, &tagger.case, &tagger.gaz, &tagger.orgs);
    let out = rules::repeats(a, out, &tagger.case);
    flat(a, tickers::company_mentions(a, out, &tagger.orgs))
}

/// Mentions are flat (spec §1): two that overlap, which rules working on
/// different cues can leave ("Greiner-Petter" and "Petter-Memm"), become one
/// over both, typed as the longer of the two.
fn flat(a: &Analysis, mut mentions: Vec<Mention<Bytes>>) -> Vec<Mention<Bytes>> {
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    let mut out: Vec<Mention<Bytes>> = Vec::with_capacity(mentions.len());
    for m in mentions {
        match out.last_mut() {
            Some(last) if m.span.start < last.span.end => {
                if m.span.len() > last.span.len() {
                    last.label = m.label;
                }
                if m.span.end > last.span.end {
                    last.span = Span::new(last.span.start, m.span.end);
                    last.text = a.text[last.span.start..last.span.end].to_string();
                }
            }
            _ => out.push(m),
        }
    }
    out
}

/// Train a model on the data named by `paths` and write it to `out`; returns
/// the report. `progress` sees each report line as training goes.
pub fn train(paths: &train::Paths, opt: &train::Options, out: &Path, progress: &mut dyn FnMut(&str)) -> error::Result<String> {
    let (tagger, mut log) = train::train_tagger(paths, opt, progress)?;
    let bytes = tagger.to_bytes();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    std::fs::write(out, &bytes).map_err(io(out))?;
    log.push_str(&format!("wrote {} ({:.1} MB)\n", out.display(), bytes.len() as f64 / 1e6));
    Ok(log)
}

/// Score a model on a CoNLL-2003 file; the last line is `overall f1=0.XXXX`.
pub fn eval(tagger: &Tagger, conll: &Path) -> error::Result<String> {
    eval::eval(tagger, conll, corpora::Format::Conll, eval::Part::All, eval::Scope::Tagger, false)
}

/// Tagging speed over the .txt files under `dir`.
pub fn bench(tagger: &Tagger, dir: &Path) -> error::Result<String> {
    eval::bench(tagger, dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_span_keeps_brackets_balanced() {
        let t = ["Vorn", "Dal", "(", "United", ")", "said", "Kestrel", "Party", "(", "Left"];
        // A closing bracket that closes one inside the name stays; a lone one goes.
        assert_eq!(clean_span(&t, 0, 5), Some((0, 5)));
        assert_eq!(clean_span(&t, 3, 5), Some((3, 4)));
        // A bracket left open ends the name before it.
        assert_eq!(clean_span(&t, 0, 4), Some((0, 2)));
        assert_eq!(clean_span(&t, 6, 10), Some((6, 8)));
    }

    #[test]
    fn clean_span_drops_titles_determiners_possessives() {
        let t = ["the", "White", "House", "'s", "Mr.", "Smith", "CEO", "Sir", "Keir", "Starmer", "”"];
        assert_eq!(clean_span(&t, 0, 4), Some((1, 3)));
        assert_eq!(clean_span(&t, 4, 6), Some((5, 6)));
        assert_eq!(clean_span(&t, 7, 11), Some((8, 10)));
        assert_eq!(clean_span(&t, 0, 1), None);
        // A title alone is not stripped to nothing by the title rule but stays if it is the only word.
        assert_eq!(clean_span(&t, 6, 7), Some((6, 7)));
        // A possessive after the title: the rest is the title's thing, not a name.
        let p = ["the", "President", "’s", "Order", "Harbor", "’s", "Edge"];
        assert_eq!(clean_span(&p, 0, 4), None);
        assert_eq!(clean_span(&p, 1, 4), None);
        assert_eq!(clean_span(&p, 4, 7), Some((4, 7)));
        // A subordinating conjunction opens a clause, not a name ("If Hezbollah breaks ...").
        let c = ["If", "Hezbollah", "Although", "If"];
        assert_eq!(clean_span(&c, 0, 2), Some((1, 2)));
        assert_eq!(clean_span(&c, 3, 4), Some((3, 4)));
        // A lowercase organisation or place noun after a capitalised word goes; other
        // lowercase words stay ("Leung Yiu-chung", "World cup").
        let t = ["United", "Auto", "Workers", "union", "Leung", "Yiu", "-", "chung", "interior", "ministry", "World", "cup"];
        assert_eq!(clean_span(&t, 0, 4), Some((0, 3)));
        assert_eq!(clean_span(&t, 4, 8), Some((4, 8)));
        assert_eq!(clean_span(&t, 8, 10), Some((8, 10)));
        assert_eq!(clean_span(&t, 10, 12), Some((10, 12)));
    }

    #[test]
    fn a_name_ending_in_a_hyphen_prefix_takes_its_word_and_the_rest() {
        let t =
            ["the", "Public", "Service", "Co", "-", "ordinating", "Bargaining", "Council", "and", "Boeing", "-", "made", "Airbus", "jets"];
        // ORG "Public Service Co" + ORG "Bargaining Council" -> one ORG.
        assert_eq!(join_prefixed_words(&t, vec![(1, 4, 1), (6, 8, 1), (9, 10, 1), (12, 13, 1)]), vec![(1, 8, 1), (9, 10, 1), (12, 13, 1)]);
        // A different type after it is not joined, the word is.
        assert_eq!(join_prefixed_words(&t, vec![(1, 4, 1), (6, 8, 2)]), vec![(1, 6, 1), (6, 8, 2)]);
        // A one-word "Co" is not a prefix of a name.
        assert_eq!(join_prefixed_words(&t, vec![(3, 4, 1)]), vec![(3, 4, 1)]);
    }

    #[test]
    fn overlapping_mentions_become_one() {
        let text = "Simone Greiner-Petter-Memm won. Ana Ruiz spoke.";
        let a = Analysis::new(text);
        let m = |s: usize, e: usize, label: EntityType| Mention { span: Span::new(s, e), text: text[s..e].to_string(), label, sentence: 0 };
        let out = flat(&a, vec![m(32, 40, EntityType::Person), m(15, 26, EntityType::Loc), m(0, 21, EntityType::Person)]);
        let got: Vec<(&str, EntityType)> = out.iter().map(|m| (m.text.as_str(), m.label)).collect();
        assert_eq!(got, vec![("Simone Greiner-Petter-Memm", EntityType::Person), ("Ana Ruiz", EntityType::Person)]);
    }

    fn bundled() -> Tagger {
        Tagger::bundled().unwrap()
    }

    fn mentions(tagger: &Tagger, text: &str) -> Vec<(String, &'static str)> {
        let a = Analysis::new(text);
        extract(&a, tagger).into_iter().map(|m| (m.text, m.label.as_str())).collect()
    }

    /// Every rule looks at the words around a name; none may fail where the
    /// document ends right after one, mid-phrase, so every prefix is tagged.
    #[test]
    fn documents_cut_after_any_word_are_tagged_without_failing() {
        let t = bundled();
        let texts = [
            "\"It is a gimmick,\" said Dan Holub, executive director of the Taxpayers Alliance.\n\n― Martha Aguilar, a teacher in Tucson",
            "Shares of drugmaker Kestrel Inc. (NYSE: KST) rose after the Food and Drug Administration (FDA) said that Kestrel, the company's unit, a biotech firm based in Irving, TX",
            "Bills coach Sean McDermott, 50, told ESPN's Tom Hale on Monday that the Buffalo Bills - who lost to the Chiefs in the AFC - would play in the U.S.-Canada series",
        ];
        for text in texts {
            let ends: Vec<usize> = Analysis::new(text).tokens.iter().map(|t| t.end).collect();
            for end in ends {
                mentions(&t, &text[..end]);
            }
            assert!(mentions(&t, text).len() >= 3, "{text}");
        }
    }

    #[test]
    fn bundled_model_tags_a_simple_sentence() {
        let t = bundled();
        let m = mentions(&t, "Sam Altman met Angela Merkel in Berlin.");
        assert_eq!(m, vec![("Sam Altman".into(), "PERSON"), ("Angela Merkel".into(), "PERSON"), ("Berlin".into(), "LOC")]);
    }

    #[test]
    fn bundled_model_spans_follow_the_spec() {
        let t = bundled();
        let text = "Donald Trump met Elon Musk on Monday. Musk’s Trump-backed plan was praised by @elonmusk on dailycaller.com and https://t.co/abc, Mr. Smith said.";
        let m = mentions(&t, text);
        assert!(m.iter().any(|(s, _)| s == "Musk"), "{m:?}");
        assert!(m.contains(&("Trump".into(), "PERSON")), "{m:?}");
        assert!(m.contains(&("Smith".into(), "PERSON")), "{m:?}");
        for (s, _) in &m {
            assert!(!s.contains('@') && !s.contains(".com") && !s.contains("http") && !s.contains("’s") && !s.contains("backed"), "{m:?}");
        }
        // Byte offsets and sentence indices are consistent with the text.
        let a = Analysis::new("Hello there. The White House said so.");
        let ms = extract(&a, &t);
        let wh = ms.iter().find(|m| m.text == "White House").expect("White House");
        assert_eq!(&a.text[wh.span.start..wh.span.end], "White House");
        assert_eq!(wh.sentence, 1);
    }

    #[test]
    fn bundled_model_scores_on_conll_test() {
        let p = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/conll2003/test.txt"));
        if !p.exists() {
            eprintln!("skipping: {} is absent", p.display());
            return;
        }
        let t = bundled();
        let r = eval(&t, p).unwrap();
        let f: f64 = r.lines().last().unwrap().trim_start_matches("overall f1=").parse().unwrap();
        assert!(f >= 0.885, "{r}");
    }

    #[test]
    fn bundled_model_knows_listed_organisations_tickers_and_party_groups() {
        let t = bundled();
        let m = mentions(&t, "Shares of Home Depot and Wells Fargo rose on Tuesday, the Chicago Tribune reported.");
        assert_eq!(m, vec![("Home Depot".into(), "ORG"), ("Wells Fargo".into(), "ORG"), ("Chicago Tribune".into(), "ORG")]);
        let m = mentions(&t, "Apple (NASDAQ: AAPL) gained while apple growers lost.");
        assert!(m.contains(&("Apple".into(), "ORG")) && m.contains(&("AAPL".into(), "ORG")), "{m:?}");
        assert!(!m.iter().any(|(s, _)| s == "apple"), "{m:?}");
        let m = mentions(&t, "Democrats and Republicans in the Senate clashed, and the Tories lost ground.");
        for p in ["Democrats", "Republicans", "Tories"] {
            assert!(m.contains(&(p.into(), "ORG")), "{p}: {m:?}");
        }
    }

    #[test]
    fn tiny_model_learns_made_up_sentences() {
        // Train on a handful of made-up sentences and check they are tagged back.
        let dir = std::env::temp_dir().join(format!("nf-ner-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let conll = "-DOCSTART- -X- -X- O\n\n\
            Zorblat NNP B-NP B-PER\nvisited VBD B-VP O\nQuexville NNP B-NP B-LOC\n. . O O\n\n\
            Mira NNP B-NP B-PER\nKlonk NNP I-NP I-PER\njoined VBD B-VP O\nAcmeCorp NNP B-NP B-ORG\n. . O O\n\n\
            Zorblat NNP B-NP B-PER\nleft VBD B-VP O\nAcmeCorp NNP B-NP B-ORG\nin IN O O\nQuexville NNP B-NP B-LOC\n. . O O\n";
        std::fs::write(dir.join("t.txt"), conll).unwrap();
        for (f, body) in [
            ("first_names_male.txt", "# h\nMira\t1.0\t1\n"),
            ("first_names_female.txt", "# h\n"),
            ("last_names.txt", "# h\nKlonk\t1.0\t1\n"),
            ("countries.tsv", "iso2\tiso3\tname\n"),
            ("cities15000.tsv", "id\tname\tcountry\tadmin1\tpopulation\talt\n1\tQuexville\tXX\t1\t20000\t\n"),
            ("us_states.tsv", "code\tname\n"),
        ] {
            std::fs::write(dir.join(f), body).unwrap();
        }
        std::fs::copy(dir.join("t.txt"), dir.join("train.txt")).unwrap();
        std::fs::copy(dir.join("t.txt"), dir.join("dev.txt")).unwrap();
        let orgs = dir.join("orgs");
        std::fs::create_dir_all(&orgs).unwrap();
        for f in [
            "companies_sp500.tsv",
            "companies_sec.tsv",
            "newspapers_wikidata.tsv",
            "political_parties.tsv",
            "football_clubs.tsv",
            "sports_teams_north_america.tsv",
            "universities.tsv",
            "us_federal_agencies.tsv",
            "airports.tsv",
        ] {
            let row = if f == "companies_sp500.tsv" { "AcmeCorp\tORG\tcompany\tACM\t0\t\tACM\n" } else { "" };
            std::fs::write(orgs.join(f), format!("name\ttype\tsubtype\taliases\tambiguous\tambiguous_forms\tticker\n{row}")).unwrap();
        }
        let opt = train::Options { max_epochs: 6, min_count: 1, folds: 2, seed: 7, augment: false, ..Default::default() };
        let paths = train::Paths { conll: dir.clone(), extra: None, gazetteers: dir.clone() };
        let mut lines = 0;
        let (t, log) = train::train_tagger(&paths, &opt, &mut |_| lines += 1).unwrap();
        assert_eq!(lines, log.lines().count(), "every report line goes to the progress callback");
        let t = Tagger::from_bytes(&t.to_bytes()).unwrap();
        assert_eq!(t.orgs.lookup(&["AcmeCorp"]), 1 << orgs::COMPANY_TOP, "the organisation list travels in the model file");
        assert!(t.orgs.ticker_of("ACM", &["AcmeCorp"]));
        let toks = ["Zorblat", "joined", "AcmeCorp", "in", "Quexville", "."];
        let sentence = 0..6;
        let sp = t.spans(&toks, std::slice::from_ref(&sentence));
        assert_eq!(sp, vec![(0, 1, 0), (2, 3, 1), (4, 5, 2)]);
        let report = eval(&t, &dir.join("t.txt")).unwrap();
        assert_eq!(report.lines().last().unwrap(), "overall f1=1.0000");
        std::fs::remove_dir_all(&dir).ok();
    }
}
