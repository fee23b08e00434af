//! The cross-document step: the corpus-level `entities` table from each
//! document's small entity list.
//!
//! An entity's id is fixed by its type and name ([`super::resolve::entity_id`]);
//! this step only counts documents and mentions, collects aliases, and
//! records merges across documents as `canonical_id` rather than renaming
//! ids: a one-word person name ("Musk") whose only full-name match in the
//! corpus is one person ("Elon Musk") gets that person's id as its
//! `canonical_id`. Adding a document that names "Kimbal Musk" makes "Musk"
//! ambiguous, so its `canonical_id` falls back to its own id; its
//! `entity_id`, and every saved join on it, stays as it was.

use super::doc::DocEntities;
use crate::extract::EntityType;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A row of `entities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityRow {
    /// Stable id: type and name.
    pub entity_id: String,
    /// Fullest, most used name.
    pub name: String,
    /// Type.
    pub label: EntityType,
    /// Documents naming it.
    pub n_docs: usize,
    /// Mentions of it.
    pub n_mentions: usize,
    /// Other names and handles it goes by.
    pub aliases: Vec<String>,
    /// The entity it is merged into across documents (itself when none).
    pub canonical_id: String,
}

#[derive(Debug, Default)]
struct Agg {
    label: Option<EntityType>,
    names: BTreeMap<String, usize>,
    aliases: BTreeSet<String>,
    n_docs: usize,
    n_mentions: usize,
}

/// Entities aggregated over documents, added one document at a time (in a
/// hash map: most of a corpus' mentions name entities already seen, and the
/// rows are put in id order once, at the end).
#[derive(Debug, Default)]
pub struct EntityIndex {
    by_id: HashMap<String, Agg>,
}

impl EntityIndex {
    /// Count one document's entities.
    pub fn add(&mut self, doc: &DocEntities) {
        for e in &doc.entities {
            let a = match self.by_id.get_mut(&e.entity_id) {
                Some(a) => a,
                None => self.by_id.entry(e.entity_id.clone()).or_default(),
            };
            a.label.get_or_insert(e.label);
            match a.names.get_mut(&e.name) {
                Some(n) => *n += 1,
                None => {
                    a.names.insert(e.name.clone(), 1);
                }
            }
            for alias in &e.aliases {
                if !a.aliases.contains(alias) {
                    a.aliases.insert(alias.clone());
                }
            }
            a.n_docs += 1;
            a.n_mentions += e.n_mentions;
        }
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The table's rows, by id.
    pub fn rows(&self) -> Vec<EntityRow> {
        let mut by_id: Vec<(&String, &Agg)> = self.by_id.iter().collect();
        by_id.sort_unstable_by_key(|(id, _)| *id);
        // Full person names by their last word, for the surname merge.
        let mut by_surname: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for &(id, a) in &by_id {
            let name = name_of(a);
            if a.label == Some(EntityType::Person) && name.split_whitespace().count() > 1 {
                let last = name.split_whitespace().last().unwrap_or_default().to_lowercase();
                by_surname.entry(last).or_default().insert(id);
            }
        }
        by_id
            .into_iter()
            .map(|(id, a)| {
                let name = name_of(a).to_string();
                let label = a.label.unwrap_or(EntityType::Misc);
                let canonical = match by_surname.get(&name.to_lowercase()) {
                    Some(ids) if label == EntityType::Person && ids.len() == 1 => ids.first().unwrap().to_string(),
                    _ => id.clone(),
                };
                EntityRow {
                    entity_id: id.clone(),
                    aliases: a.aliases.iter().filter(|x| **x != name).cloned().collect(),
                    name,
                    label,
                    n_docs: a.n_docs,
                    n_mentions: a.n_mentions,
                    canonical_id: canonical,
                }
            })
            .collect()
    }
}

/// The fullest name (most words), then the most used, then the first in order.
fn name_of(a: &Agg) -> &str {
    a.names.iter().max_by_key(|(n, c)| (n.split_whitespace().count(), **c, std::cmp::Reverse(*n))).map(|(n, _)| n.as_str()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transform::doc::DocEntity;

    fn doc(entities: &[(&str, &str, EntityType, usize)]) -> DocEntities {
        DocEntities {
            entities: entities
                .iter()
                .map(|(id, name, label, n)| DocEntity {
                    entity_id: id.to_string(),
                    name: name.to_string(),
                    label: *label,
                    aliases: vec![name.to_string()],
                    n_mentions: *n,
                })
                .collect(),
            extra_columns: vec![],
        }
    }

    #[test]
    fn surnames_merge_as_canonical_ids_and_ids_never_move() {
        let mut idx = EntityIndex::default();
        idx.add(&doc(&[("person/elon-musk", "Elon Musk", EntityType::Person, 3), ("org/tesla", "Tesla", EntityType::Org, 1)]));
        idx.add(&doc(&[("person/musk", "Musk", EntityType::Person, 2)]));
        let rows = idx.rows();
        let musk = rows.iter().find(|r| r.entity_id == "person/musk").unwrap();
        assert_eq!(musk.canonical_id, "person/elon-musk");
        assert_eq!((musk.n_docs, musk.n_mentions), (1, 2));
        // A second Musk arrives: the surname is ambiguous, the ids stay.
        idx.add(&doc(&[("person/kimbal-musk", "Kimbal Musk", EntityType::Person, 1)]));
        let rows = idx.rows();
        let musk = rows.iter().find(|r| r.entity_id == "person/musk").unwrap();
        assert_eq!(musk.canonical_id, "person/musk");
        assert!(rows.iter().any(|r| r.entity_id == "person/elon-musk" && r.canonical_id == "person/elon-musk"));
        let tesla = rows.iter().find(|r| r.entity_id == "org/tesla").unwrap();
        assert_eq!((tesla.name.as_str(), tesla.aliases.len()), ("Tesla", 0));
    }
}
