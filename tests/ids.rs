//! Entity ids are stable: an id once given does not change because unrelated
//! documents arrive or leave; merges across documents are recorded in
//! `entities.canonical_id` instead.

use std::fs;
use std::path::Path;

mod common;
use common::{run, table as rows};

/// The entity ids of one document's mentions, in order.
fn ids_of(output: &Path, doc: &str) -> Vec<String> {
    rows(output, "mentions").into_iter().filter(|m| m["doc_id"] == doc).map(|m| m["entity_id"].clone()).collect()
}

fn canonical(output: &Path, id: &str) -> String {
    rows(output, "entities").into_iter().find(|e| e["entity_id"] == id).map(|e| e["canonical_id"].clone()).unwrap_or_default()
}

#[test]
fn ids_do_not_move_when_unrelated_documents_come_and_go() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in"), dir.path().join("out"));
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), "Sam Altman, the chief executive of OpenAI, spoke in Paris on Monday. Altman said the deal was done.\n")
        .unwrap();
    fs::write(input.join("b.txt"), "Altman said on Tuesday that the company would hire more engineers in London.\n").unwrap();
    run(&input, &output);
    let b = ids_of(&output, "b.txt");
    assert!(b.contains(&"person/altman".to_string()), "{b:?}");
    assert_eq!(canonical(&output, "person/altman"), "person/sam-altman", "the surname merges into the one full name");

    // Another Altman arrives: the surname becomes ambiguous; b.txt's ids stay.
    fs::write(input.join("c.txt"), "Jack Altman, a venture investor, said in Berlin that he agreed with the plan.\n").unwrap();
    run(&input, &output);
    assert_eq!(ids_of(&output, "b.txt"), b);
    assert_eq!(canonical(&output, "person/altman"), "person/altman");

    // Documents leave: b.txt's ids still stay.
    fs::remove_file(input.join("a.txt")).unwrap();
    fs::remove_file(input.join("c.txt")).unwrap();
    run(&input, &output);
    assert_eq!(ids_of(&output, "b.txt"), b);
    assert!(rows(&output, "entities").iter().all(|e| e["entity_id"] != "person/sam-altman"));
}
