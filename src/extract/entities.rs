//! Entity mentions (spec §1) from a trained sequence model. STUB: replaced by the NER work.

use super::Mention;
use super::text::Analysis;
use std::path::Path;

/// The NER model, loaded once per run.
pub struct Tagger;

impl Tagger {
    /// The model committed with newsframe.
    pub fn bundled() -> anyhow::Result<Self> {
        Ok(Tagger)
    }
    /// A model file written by [`train`].
    pub fn load(_path: &Path) -> anyhow::Result<Self> {
        Ok(Tagger)
    }
}

/// Tag the document's tokens and return mentions (byte offsets).
pub fn extract(_a: &Analysis, _tagger: &Tagger) -> Vec<Mention> {
    Vec::new()
}

/// Train a model on CoNLL files and write it to `out`; returns a report.
pub fn train(_train: &Path, _dev: &Path, _gazetteer_dir: &Path, _out: &Path) -> anyhow::Result<String> {
    anyhow::bail!("not built yet")
}

/// Score a model on a CoNLL file; the last line is `overall f1=0.XXXX`.
pub fn eval(_tagger: &Tagger, _conll: &Path) -> anyhow::Result<String> {
    anyhow::bail!("not built yet")
}

/// Tagging speed over the .txt files under `dir`.
pub fn bench(_tagger: &Tagger, _dir: &Path) -> anyhow::Result<String> {
    anyhow::bail!("not built yet")
}
