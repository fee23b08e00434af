//! The in-memory API (`newsframe::api`, what the Python package calls) gives
//! the rows `newsframe run` writes: records read as the CLI reads JSON Lines,
//! per-document tables in batches, and the entity step over all batches.

use newsframe::api::{self, Record};
use newsframe::extract::Models;
use newsframe::pipeline::{self, RunOptions};
use newsframe::sources::DEFAULT_MAX_DOC_BYTES;
use polars::prelude::*;
use std::fs::File;

const RECORDS: [(&str, &str, &str, &str); 4] = [
    (
        "r1",
        "Harbor deal",
        "2024-03-04",
        "Harbor Logistics Inc said on Monday it would hire 250 workers in Rotterdam. \"We are growing faster than planned,\" chief executive Maria Keller said.",
    ),
    (
        "r2",
        "",
        "Tue, 05 Mar 2024 09:30:00 GMT",
        "Northwind Bank paid 40 million euros for a stake in Harbor Logistics. Keller joined its board.",
    ),
    ("r3", "Strike", "1709800000", "Dock workers of Northwind Bank in Antwerp walked out on Thursday, union leader Jan Peeters said."),
    ("r4", "Blank", "2024-03-06", "   "),
];

fn read(path: &std::path::Path) -> DataFrame {
    ParquetReader::new(File::open(path).unwrap()).finish().unwrap()
}

#[test]
fn batches_and_the_entity_step_give_the_cli_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in"), dir.path().join("out"));
    std::fs::create_dir(&input).unwrap();
    let lines: Vec<String> = RECORDS
        .iter()
        .map(|(id, title, date, text)| serde_json::json!({"id": id, "title": title, "date": date, "text": text}).to_string())
        .collect();
    std::fs::write(input.join("feed.jsonl"), lines.join("\n") + "\n").unwrap();
    let summary =
        pipeline::run(&RunOptions::new(&input, &output), || Models::bundled().map_err(|e| newsframe::Error::Model(e.to_string())), &|_| {})
            .unwrap();
    assert_eq!((summary.new, summary.problems.len()), (3, 1));

    let source = input.join("feed.jsonl").to_string_lossy().into_owned();
    let records: Vec<Record> = RECORDS
        .iter()
        .map(|(id, title, date, text)| Record {
            doc_id: format!("feed.jsonl#{id}"),
            source_path: Some(source.clone()),
            text: text.to_string(),
            title: Some(title.to_string()),
            date: Some(date.to_string()),
            ..Record::default()
        })
        .collect();
    let models = Models::bundled().unwrap();
    // Two batches, as two workers of a distributed map would get them.
    let mut parts = Vec::new();
    let mut problems = Vec::new();
    for chunk in records.chunks(2) {
        let (docs, p) = api::record_documents(chunk, DEFAULT_MAX_DOC_BYTES);
        problems.extend(p);
        parts.push(api::extract_tables(&docs, &models).unwrap());
    }
    assert_eq!(problems.len(), 1);
    assert_eq!((problems[0].path.as_str(), problems[0].reason.as_str()), ("feed.jsonl#r4", summary.problems[0].reason.as_str()));
    let current = output.join("current");
    for t in newsframe::transform::DOC_TABLES {
        let mut ours = parts[0].table(t).unwrap().clone();
        ours.vstack_mut(parts[1].table(t).unwrap()).unwrap();
        let cli = read(&current.join(format!("{t}.parquet")));
        assert_eq!(ours.schema(), cli.schema(), "{t}");
        assert!(ours.height() > 0 || t == "relations", "{t} has rows");
        assert!(ours.equals_missing(&cli), "{t}:\n{ours}\n{cli}");
    }
    let mut doc_entities = parts[1].table(api::DOC_ENTITIES).unwrap().clone();
    doc_entities.vstack_mut(parts[0].table(api::DOC_ENTITIES).unwrap()).unwrap();
    let entities = api::entities_table(&doc_entities).unwrap();
    let cli = read(&current.join("entities.parquet"));
    assert!(entities.height() > 3 && entities.equals_missing(&cli), "{entities}\n{cli}");
    // Counts are corpus-wide although each batch saw only its own documents.
    let ids = |k: usize| -> std::collections::BTreeSet<String> {
        let c = parts[k].table(api::DOC_ENTITIES).unwrap().column("entity_id").unwrap().str().unwrap().clone();
        (0..c.len()).filter_map(|i| c.get(i).map(str::to_string)).collect()
    };
    let both: Vec<String> = ids(0).intersection(&ids(1)).cloned().collect();
    assert!(!both.is_empty(), "some entity is named in both batches");
    let (eid, n_docs) = (entities.column("entity_id").unwrap().str().unwrap(), entities.column("n_docs").unwrap().i64().unwrap());
    for id in &both {
        let row = (0..eid.len()).find(|&i| eid.get(i) == Some(id.as_str())).unwrap();
        assert!(n_docs.get(row).unwrap() >= 2, "{id}");
    }
}
