//! End-to-end tests of the input kinds: run the `newsframe` binary on small
//! folders of HTML, JSON Lines, CSV, Parquet and WARC, a single file and
//! standard input, and check ids, text, metadata and offsets in the tables.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const ARTICLE: &str = include_str!("fixtures/article.html");

mod common;
use common::{last_line, newsframe, run_ok, table};

fn by_id(rows: Vec<BTreeMap<String, String>>) -> BTreeMap<String, BTreeMap<String, String>> {
    rows.into_iter().map(|r| (r["doc_id"].clone(), r)).collect()
}

/// Every offset row of every table indexes into its document's text.
fn assert_offsets_hold(out: &Path) {
    let texts: BTreeMap<String, Vec<char>> =
        table(out, "documents").into_iter().map(|d| (d["doc_id"].clone(), d["text"].chars().collect())).collect();
    let mut checked = 0;
    for name in ["mentions", "amounts", "dates", "quotes"] {
        for row in table(out, name) {
            let chars = &texts[&row["doc_id"]];
            let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
            assert_eq!(chars[s..e].iter().collect::<String>(), row["text"], "{name} offsets in {}", row["doc_id"]);
            checked += 1;
        }
    }
    assert!(checked > 0, "no offset rows to check");
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn warc_record(kind: &str, id: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let head = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Target-URI: https://example.net/{id}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    );
    [head.as_bytes(), block, b"\r\n\r\n"].concat()
}

/// A folder with one input of each kind (and a file newsframe does not read).
fn mixed_input() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("pages")).unwrap();
    fs::write(root.join("pages/tidal.html"), ARTICLE).unwrap();
    fs::write(
        root.join("feed.jsonl"),
        concat!(
            "{\"id\": \"r1\", \"title\": \"Port deal\", \"date\": \"2024-02-01\", \"text\": \"Northwind Shipping said on Monday it would buy the port of Eastbay for $250 million. Chief executive Dana Hollis said the deal would create 300 jobs.\"}\n",
            "{\"id\": \"r2\", \"text\": \"broken\n",
            "{\"id\": \"r3\", \"content\": \"<html><body><article><h1>Mill closes</h1><p>The Riverside paper mill will close in March, its owner Brightwood Paper said on Friday, putting 120 jobs at risk.</p></article></body></html>\"}\n",
        ),
    )
    .unwrap();
    fs::write(
        root.join("sheet.csv"),
        "id,title,text\nc1,Budget vote,\"The council of Westford approved a budget of $12 million on Tuesday, Mayor Lee Park said.\"\n",
    )
    .unwrap();
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{ARTICLE}");
    let warc: Vec<u8> = [
        warc_record("request", "aaaa-1", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
        warc_record("response", "bbbb-2", "application/http; msgtype=response", http.as_bytes()),
        warc_record(
            "response",
            "cccc-3",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}",
        ),
    ]
    .iter()
    .flat_map(|r| gz(r))
    .collect();
    fs::write(root.join("crawl.warc.gz"), warc).unwrap();
    fs::write(root.join("photo.jpg"), [0xff, 0xd8, 0xff]).unwrap();
    dir
}

#[test]
fn every_input_kind_reaches_the_tables() {
    let input = mixed_input();
    let out = tempfile::tempdir().unwrap();
    let o = run_ok(&["run", "--input", input.path().to_str().unwrap(), "--output", out.path().to_str().unwrap(), "--verbose"]);
    assert_eq!(last_line(&o), "5 new, 0 changed, 0 unchanged, 0 removed, 1 problems, 1 skipped: unsupported type");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(stderr.contains("feed.jsonl#2") && stderr.contains("malformed JSON"), "{stderr}");
    assert!(stderr.contains("skipped photo.jpg: unsupported type"), "--verbose lists skipped files: {stderr}");
    let docs = by_id(table(out.path(), "documents"));
    assert_eq!(
        docs.keys().map(String::as_str).collect::<Vec<_>>(),
        ["crawl.warc.gz#bbbb-2", "feed.jsonl#r1", "feed.jsonl#r3", "pages/tidal.html", "sheet.csv#c1"]
    );
    let page = &docs["pages/tidal.html"];
    assert!(page["text"].starts_with("Harbour Town") && page["text"].contains("\n\nA long road to the water\n\n"), "{}", page["text"]);
    assert!(!page["text"].contains("Finally some good news"));
    assert_eq!((page["title"].as_str(), page["author"].as_str()), ("Harbour Town opens tidal power plant", "Marta Quince"));
    assert_eq!((page["published_date"].as_str(), page["date_source"].as_str()), ("2024-05-14", "html"));
    assert_eq!(
        (page["publisher"].as_str(), page["url"].as_str()),
        ("The Coastal Ledger", "https://ledger.example.org/2024/05/tidal-plant")
    );
    let r1 = &docs["feed.jsonl#r1"];
    assert_eq!((r1["title"].as_str(), r1["published_date"].as_str(), r1["date_source"].as_str()), ("Port deal", "2024-02-01", "metadata"));
    assert_eq!(r1["source_path"], input.path().join("feed.jsonl").to_string_lossy());
    assert!(docs["feed.jsonl#r3"]["text"].starts_with("Mill closes\n\nThe Riverside paper mill"), "{}", docs["feed.jsonl#r3"]["text"]);
    assert_eq!(docs["crawl.warc.gz#bbbb-2"]["text"], page["text"]);
    assert_eq!(docs["sheet.csv#c1"]["title"], "Budget vote");
    let header = fs::read_to_string(out.path().join("documents.csv")).unwrap().lines().next().unwrap().to_string();
    assert!(header.contains(",url,author"), "author right after url: {header}");
    // Extraction ran on the extracted texts: entities and amounts are found, and offsets index into documents.text.
    let mentions = table(out.path(), "mentions");
    assert!(mentions.iter().any(|m| m["doc_id"] == "feed.jsonl#r1" && m["text"] == "Dana Hollis"));
    assert!(mentions.iter().any(|m| m["doc_id"] == "pages/tidal.html" && m["text"] == "Ines Robles"));
    assert_offsets_hold(out.path());
    let problems = table(out.path(), "problems");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0]["path"], "feed.jsonl#2");
}

#[test]
fn a_single_file_and_standard_input() {
    let input = mixed_input();
    let out = tempfile::tempdir().unwrap();
    let file = input.path().join("pages/tidal.html");
    run_ok(&["run", "--input", file.to_str().unwrap(), "--output", out.path().to_str().unwrap()]);
    let docs = table(out.path(), "documents");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["doc_id"], "tidal.html");

    let stdin_run = |data: &str, out: &Path| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_newsframe"))
            .args(["run", "--input", "-", "--output", out.to_str().unwrap(), "--text-field", "story", "--id-field", "key"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(data.as_bytes()).unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        table(out, "documents")
    };
    let out = tempfile::tempdir().unwrap();
    let docs = stdin_run(
        "{\"key\": \"s1\", \"story\": \"Ana Ruiz joined Lumen Labs.\"}\n{\"key\": \"s2\", \"story\": \"Second story.\"}\n",
        out.path(),
    );
    assert_eq!(docs.iter().map(|d| d["doc_id"].as_str()).collect::<Vec<_>>(), ["stdin#s1", "stdin#s2"]);
    assert_eq!(docs[0]["text"], "Ana Ruiz joined Lumen Labs.");
    let out = tempfile::tempdir().unwrap();
    let docs = stdin_run("A plain text article about Ana Ruiz.\n", out.path());
    assert_eq!((docs[0]["doc_id"].as_str(), docs[0]["text"].as_str()), ("stdin", "A plain text article about Ana Ruiz.\n"));
}

#[test]
fn an_empty_input_does_not_wipe_the_tables_without_allow_empty() {
    let input = tempfile::tempdir().unwrap();
    fs::write(input.path().join("a.txt"), "Mara Voss founded Greenleaf Tools in 2010.").unwrap();
    let out = tempfile::tempdir().unwrap();
    let (i, o) = (input.path().to_str().unwrap(), out.path().to_str().unwrap());
    run_ok(&["run", "--input", i, "--output", o]);
    let before = fs::read(out.path().join("documents.csv")).unwrap();
    fs::remove_file(input.path().join("a.txt")).unwrap();
    fs::write(input.path().join("b.txt"), "").unwrap();
    let refused = newsframe(&["run", "--input", i, "--output", o]);
    assert!(!refused.status.success());
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("--allow-empty") && err.trim().lines().count() == 1, "{err}");
    assert_eq!(fs::read(out.path().join("documents.csv")).unwrap(), before, "tables untouched");
    let allowed = run_ok(&["run", "--input", i, "--output", o, "--allow-empty"]);
    assert_eq!(last_line(&allowed), "0 new, 0 changed, 0 unchanged, 1 removed, 1 problems");
    assert!(table(out.path(), "documents").is_empty());
    // A first run on an empty folder is not refused: there is nothing to protect.
    let fresh = tempfile::tempdir().unwrap();
    run_ok(&["run", "--input", i, "--output", fresh.path().to_str().unwrap()]);
}
