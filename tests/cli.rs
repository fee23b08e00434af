//! End-to-end tests: run the `newsframe` binary on temporary folders and check the tables.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLE: &str = include_str!("../input/stargate-musk-altman.txt");

/// Columns each table must start with (spec §5).
const COLUMNS: &[(&str, &str)] = &[
    ("documents", "doc_id,source_path,title,publisher,published_date,date_source,n_chars,content_sha256,text"),
    ("entities", "entity_id,name,type,n_docs,n_mentions,aliases"),
    ("mentions", "doc_id,entity_id,text,type,start,end,sentence"),
    ("amounts", "doc_id,amount_id,text,start,end,sentence,kind,value,low,high,qualifier,currency,unit,entity_id"),
    ("dates", "doc_id,text,start,end,sentence,value,granularity,relative"),
    ("quotes", "doc_id,quote_id,text,start,end,speaker,speaker_entity_id,verb,channel,handle,posted_at"),
    ("relations", "doc_id,subject_id,predicate,object_id,amount_id,date,evidence,start,end"),
];

mod common;
use common::{last_line, newsframe, run, table};

/// Every file of a folder (not recursive) with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir).unwrap().flatten().filter(|e| e.path().is_file()).map(|e| (e.path(), fs::read(e.path()).unwrap())).collect()
}

fn sample_input() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("stargate-musk-altman.txt"), SAMPLE).unwrap();
    dir
}

#[test]
fn sample_article_fills_every_table() {
    let input = sample_input();
    let out = tempfile::tempdir().unwrap();
    let o = run(input.path(), out.path());
    assert_eq!(last_line(&o), "1 new, 0 changed, 0 unchanged, 0 removed, 0 problems");
    for (name, cols) in COLUMNS {
        let header = fs::read_to_string(out.path().join(format!("{name}.csv"))).unwrap().lines().next().unwrap().to_string();
        assert!(header.starts_with(cols), "{name}.csv header {header:?} does not start with {cols:?}");
        assert!(out.path().join(format!("{name}.parquet")).is_file(), "{name}.parquet missing");
        if *name != "relations" {
            assert!(!table(out.path(), name).is_empty(), "{name} is empty for the sample article");
        }
    }
    let docs = table(out.path(), "documents");
    assert_eq!(docs[0]["doc_id"], "stargate-musk-altman.txt");
    assert_eq!(docs[0]["n_chars"], SAMPLE.chars().count().to_string());
    assert_eq!(docs[0]["text"], SAMPLE);
    // Mention offsets are code points into the text.
    let chars: Vec<char> = SAMPLE.chars().collect();
    for m in table(out.path(), "mentions") {
        let (s, e): (usize, usize) = (m["start"].parse().unwrap(), m["end"].parse().unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), m["text"]);
    }
    let manifest: serde_json::Value = serde_json::from_str(&fs::read_to_string(out.path().join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["tables"]["mentions"]["rows"].as_u64().unwrap() as usize, table(out.path(), "mentions").len());
    assert_eq!(manifest["documents"][0]["content_sha256"], docs[0]["content_sha256"].as_str());
}

#[test]
fn reruns_are_deterministic_and_incremental() {
    let input = sample_input();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run(input.path(), a.path());
    run(input.path(), b.path());
    for name in ["documents", "entities", "mentions", "amounts", "dates", "quotes", "relations"] {
        let file = format!("{name}.csv");
        assert_eq!(fs::read(a.path().join(&file)).unwrap(), fs::read(b.path().join(&file)).unwrap(), "{file} differs between runs");
    }
    // Unchanged rerun: nothing re-extracted, no byte changed.
    let before = snapshot(a.path());
    assert_eq!(last_line(&run(input.path(), a.path())), "0 new, 0 changed, 1 unchanged, 0 removed, 0 problems");
    assert_eq!(snapshot(a.path()), before);

    // New, changed and deleted files.
    fs::write(input.path().join("second.txt"), "Tim Cook, CEO of Apple, said on Monday that Apple would hire 2,000 engineers.").unwrap();
    assert_eq!(last_line(&run(input.path(), a.path())), "1 new, 0 changed, 1 unchanged, 0 removed, 0 problems");
    fs::write(input.path().join("second.txt"), "Satya Nadella said Microsoft would spend $10 billion.").unwrap();
    assert_eq!(last_line(&run(input.path(), a.path())), "0 new, 1 changed, 1 unchanged, 0 removed, 0 problems");
    let docs = table(a.path(), "documents");
    assert!(docs.iter().any(|d| d["text"].contains("Nadella")));
    fs::remove_file(input.path().join("second.txt")).unwrap();
    assert_eq!(last_line(&run(input.path(), a.path())), "0 new, 0 changed, 1 unchanged, 1 removed, 0 problems");
    assert!(table(a.path(), "documents").iter().all(|d| d["doc_id"] != "second.txt"));
    assert!(table(a.path(), "mentions").iter().all(|d| d["doc_id"] != "second.txt"));
}

#[test]
fn bad_files_are_reported_and_skipped() {
    let input = sample_input();
    fs::write(input.path().join("empty.txt"), "").unwrap();
    fs::write(input.path().join("latin1.txt"), b"caf\xe9 au lait").unwrap();
    fs::write(input.path().join("binary.txt"), b"\x00\x01\x02PNG").unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = run(input.path(), out.path());
    let stderr = String::from_utf8_lossy(&o.stderr);
    for name in ["empty.txt", "latin1.txt", "binary.txt"] {
        assert!(stderr.contains(name), "stderr does not name {name}: {stderr}");
    }
    assert_eq!(last_line(&o), "1 new, 0 changed, 0 unchanged, 0 removed, 3 problems");
    let problems = table(out.path(), "problems");
    let reasons: BTreeMap<&str, &str> = problems.iter().map(|p| (p["path"].as_str(), p["reason"].as_str())).collect();
    assert_eq!(reasons["empty.txt"], "empty file");
    assert!(reasons["latin1.txt"].contains("UTF-8"));
    assert!(reasons["binary.txt"].contains("binary"));
    assert_eq!(table(out.path(), "documents").len(), 1);
}

#[test]
fn unusable_arguments_fail_with_one_clear_sentence() {
    let out = tempfile::tempdir().unwrap();
    let o = newsframe(&["run", "--input", "/no/such/folder", "--output", out.path().to_str().unwrap()]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("/no/such/folder") && err.lines().count() == 1, "{err}");

    let input = sample_input();
    let file = out.path().join("a-file");
    fs::write(&file, "not a folder").unwrap();
    let o = newsframe(&["run", "--input", input.path().to_str().unwrap(), "--output", file.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("a-file"));
}

#[test]
fn a_locked_output_folder_is_refused_and_left_alone() {
    let input = sample_input();
    let out = tempfile::tempdir().unwrap();
    run(input.path(), out.path());
    let before = snapshot(out.path());
    let lock = fs::File::create(out.path().join(".newsframe.lock")).unwrap();
    lock.try_lock().unwrap();
    let o = newsframe(&["run", "--input", input.path().to_str().unwrap(), "--output", out.path().to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("another newsframe run"));
    assert_eq!(snapshot(out.path()), before);
}

/// The dev set of ../shared: every table found and every summary score above zero.
#[test]
fn dev_set_scores_above_zero() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev");
    if !dev.join("metadata.csv").is_file() {
        eprintln!("skipped: ../shared/eval/dev is absent");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    run(&dev, out.path());
    let score =
        Command::new("python3").arg(dev.join("../score.py")).arg(&dev).arg(out.path()).arg("--json").output().expect("python3 runs");
    let stdout = String::from_utf8_lossy(&score.stdout);
    assert!(!stdout.contains("missing tables"), "{stdout}");
    let summary: BTreeMap<String, f64> = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    for (k, v) in &summary {
        assert!(*v > 0.0, "{k} scores zero:\n{stdout}");
    }
    eprintln!("{stdout}");
}

/// CRLF text is kept as is (offsets index into it) and extracts what LF text does.
#[test]
fn documents_in_other_languages_keep_their_row_and_give_no_others() {
    let input = tempfile::tempdir().unwrap();
    fs::write(input.path().join("en.txt"), "Anna Berg, the mayor of Oslo, said on Monday that the city would spend $5 million on parks.\n")
        .unwrap();
    let german = "Die Bürgermeisterin Anna Berg sagte am Montag, dass die Stadt nicht mehr als 5 Millionen Euro für die Parks ausgeben wird und auch keine Steuern erhöht.\n";
    fs::write(input.path().join("de.txt"), german).unwrap();
    fs::write(input.path().join("forced.txt"), german).unwrap();
    // metadata.csv's language wins over the detected one.
    fs::write(input.path().join("metadata.csv"), "doc_id,published_date,language\nen.txt,2024-03-15,\nforced.txt,,en\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    run(input.path(), out.path());
    let langs: BTreeMap<String, String> =
        table(out.path(), "documents").into_iter().map(|r| (r["doc_id"].clone(), r["language"].clone())).collect();
    assert_eq!(langs["en.txt"], "en");
    assert_eq!(langs["de.txt"], "de");
    assert_eq!(langs["forced.txt"], "en");
    for name in ["mentions", "amounts", "dates"] {
        let docs: Vec<String> = table(out.path(), name).into_iter().map(|r| r["doc_id"].clone()).collect();
        assert!(docs.iter().any(|d| d == "en.txt"), "{name}: {docs:?}");
        assert!(!docs.iter().any(|d| d == "de.txt"), "{name}: {docs:?}");
    }
    let forced = table(out.path(), "mentions").into_iter().filter(|r| r["doc_id"] == "forced.txt").count();
    assert!(forced > 0, "a document metadata calls English is extracted");
}

#[test]
fn crlf_text_keeps_its_offsets() {
    let (lf, crlf) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    fs::write(lf.path().join("a.txt"), SAMPLE).unwrap();
    let crlf_text = SAMPLE.replace('\n', "\r\n");
    fs::write(crlf.path().join("a.txt"), &crlf_text).unwrap();
    let (lf_out, crlf_out) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run(lf.path(), lf_out.path());
    run(crlf.path(), crlf_out.path());
    let chars: Vec<char> = crlf_text.chars().collect();
    for name in ["mentions", "amounts", "dates", "quotes"] {
        let (a, b) = (table(lf_out.path(), name), table(crlf_out.path(), name));
        assert_eq!(a.len(), b.len(), "{name}: LF and CRLF differ");
        for row in &b {
            let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
            assert_eq!(chars[s..e].iter().collect::<String>(), row["text"], "{name} offsets");
        }
    }
}

/// `newsframe train-ner` rebuilds the committed model byte for byte (fixed seed, deterministic):
/// CoNLL-2003, the extra corpora and the gazetteers, as `models/README.md` says (about a minute).
#[test]
fn train_ner_reproduces_the_committed_model() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("../shared/data");
    let (conll, extra, gaz) = (data.join("conll2003"), data.join("ner-extra"), data.join("gazetteers"));
    if !conll.join("train.txt").is_file() || !extra.is_dir() || !gaz.join("orgs").is_dir() {
        eprintln!("skipped: ../shared/data is absent");
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let model = out.path().join("ner.bin");
    let o = newsframe(&[
        "train-ner",
        "--conll",
        conll.to_str().unwrap(),
        "--extra",
        extra.to_str().unwrap(),
        "--gazetteers",
        gaz.to_str().unwrap(),
        "--out",
        model.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(fs::read(&model).unwrap() == fs::read(root.join("models/ner.bin")).unwrap(), "retrained model differs from models/ner.bin");
}
