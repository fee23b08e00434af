//! Folder-level tests of the sources stage: every kind of input, ids,
//! metadata, and what becomes a problem or is skipped.

use super::*;
use crate::document::DateSource;
use std::fs;
use std::io::Write;

const ARTICLE: &str = include_str!("../../tests/fixtures/article.html");

fn doc<'a>(inputs: &'a Inputs, id: &str) -> &'a Document {
    inputs.documents.iter().find(|d| d.doc_id == id).unwrap_or_else(|| panic!("no document {id}: {:?}", ids(inputs)))
}

fn ids(inputs: &Inputs) -> Vec<&str> {
    inputs.documents.iter().map(|d| d.doc_id.as_str()).collect()
}

fn problem<'a>(inputs: &'a Inputs, path: &str) -> &'a str {
    inputs
        .problems
        .iter()
        .find(|p| p.path == path)
        .map(|p| p.reason.as_str())
        .unwrap_or_else(|| panic!("no problem {path}: {:?}", inputs.problems))
}

#[test]
fn reads_folder_recursively_with_metadata_problems_and_skips() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("sub")).unwrap();
    fs::create_dir_all(root.join(".hidden")).unwrap();
    fs::write(root.join("b.txt"), "Second.").unwrap();
    fs::write(root.join("sub/a.txt"), "First.").unwrap();
    fs::write(root.join("empty.txt"), "").unwrap();
    fs::write(root.join("notes.md"), "not read").unwrap();
    fs::write(root.join(".hidden/c.txt"), "hidden").unwrap();
    fs::write(root.join(".dotfile.txt"), "hidden").unwrap();
    fs::write(
        root.join("metadata.csv"),
        "doc_id,title,url,publisher,published_date,author,section\nsub/a.txt,A title,,Pub,2025-01-02,Ann Author,tech\n",
    )
    .unwrap();
    let inputs = read(root, &SourceOptions::default()).unwrap();
    assert_eq!(ids(&inputs), ["b.txt", "sub/a.txt"]);
    let a = doc(&inputs, "sub/a.txt");
    assert_eq!(a.meta.title.as_deref(), Some("A title"));
    assert_eq!(a.meta.published_date.as_deref(), Some("2025-01-02"));
    assert_eq!(a.meta.date_source, Some(DateSource::Metadata));
    assert_eq!(a.meta.author.as_deref(), Some("Ann Author"));
    assert_eq!(a.meta.url, None);
    assert_eq!(a.meta.extra.get("section").map(String::as_str), Some("tech"));
    assert_eq!(inputs.problems, [Problem { path: "empty.txt".into(), reason: "empty file".into() }]);
    assert_eq!(inputs.skipped, [("notes.md".to_string(), "unsupported type".to_string())]);
    assert!(matches!(read(&root.join("missing"), &SourceOptions::default()), Err(SourceError::Missing(_))));
}

#[test]
fn html_page_text_and_metadata_with_metadata_csv_winning() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("page.html"), ARTICLE).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(ARTICLE.as_bytes()).unwrap();
    fs::write(root.join("copy.html.gz"), gz.finish().unwrap()).unwrap();
    fs::write(root.join("blank.htm"), "<html><body><nav><a href='/'>Home</a></nav></body></html>").unwrap();
    fs::write(root.join("metadata.csv"), "doc_id,title\ncopy.html.gz,Title from metadata\n").unwrap();
    let inputs = read(root, &SourceOptions::default()).unwrap();
    let page = doc(&inputs, "page.html");
    let paras: Vec<&str> = page.text.split("\n\n").collect();
    assert!(paras[0].starts_with("Harbour Town opens tidal power plant") || paras[0].starts_with("Harbour Town switched"), "{paras:?}");
    assert!(paras.contains(&"A long road to the water"), "heading is its own paragraph: {paras:?}");
    assert!(paras.iter().any(|p| p.starts_with("Harbour Town switched on its first tidal power plant")));
    assert!(paras.iter().any(|p| p.starts_with("Engineers from the regional university")));
    for junk in [
        "Home",
        "Share on Facebook",
        "Advertisement",
        "Related stories",
        "Sailing club loses appeal",
        "Finally some good news",
        "Most read",
        "All rights reserved",
        "Photo: Ledger staff",
        "By Marta Quince",
    ] {
        assert!(!page.text.contains(junk), "{junk:?} in {:?}", page.text);
    }
    assert_eq!(page.meta.title.as_deref(), Some("Harbour Town opens tidal power plant"));
    assert_eq!(page.meta.author.as_deref(), Some("Marta Quince"), "JSON-LD author before the meta tag");
    assert_eq!(page.meta.published_date.as_deref(), Some("2024-05-14"));
    assert_eq!(page.meta.date_source, Some(DateSource::Html));
    assert_eq!(page.meta.url.as_deref(), Some("https://ledger.example.org/2024/05/tidal-plant"));
    assert_eq!(page.meta.site_name.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(page.meta.publisher.as_deref(), Some("The Coastal Ledger"), "site name fills publisher");
    let copy = doc(&inputs, "copy.html.gz");
    assert_eq!(copy.text, page.text);
    assert_eq!(copy.meta.title.as_deref(), Some("Title from metadata"));
    assert_eq!(copy.meta.author.as_deref(), Some("Marta Quince"));
    assert_eq!(problem(&inputs, "blank.htm"), "no extractable text in the page");
}

#[test]
fn tables_csv_tsv_and_parquet() {
    use polars::prelude::*;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("news.csv"),
        "id,headline,body,date,link\nn1,First headline,\"Text one, with a comma.\",2024-01-02,https://example.com/1\nn2,Second,,2024-01-03,\nn3,Third,\"Text three.\",,\n",
    )
    .unwrap();
    fs::write(root.join("short.tsv"), "title\ttext\nTab title\tTab text.\nBroken row\n").unwrap();
    let mut df = df!(
        "uuid" => ["u-1", "u-2"],
        "content" => ["Parquet text one.", "<html><body><article><p>Parquet page paragraph that is long enough.</p></article></body></html>"],
        "timestamp" => [1_700_000_000_i64, 1_700_086_400],
        "title" => [Some("P one"), None],
    )
    .unwrap();
    ParquetWriter::new(fs::File::create(root.join("rows.parquet")).unwrap()).finish(&mut df).unwrap();
    let inputs = read(root, &SourceOptions::default()).unwrap();
    assert_eq!(ids(&inputs), ["news.csv#n1", "news.csv#n3", "rows.parquet#u-1", "rows.parquet#u-2", "short.tsv#1"]);
    let n1 = doc(&inputs, "news.csv#n1");
    assert_eq!(n1.text, "Text one, with a comma.");
    assert_eq!(n1.meta.title.as_deref(), Some("First headline"));
    assert_eq!(n1.meta.url.as_deref(), Some("https://example.com/1"));
    assert_eq!((n1.meta.published_date.as_deref(), n1.meta.date_source), (Some("2024-01-02"), Some(DateSource::Metadata)));
    assert_eq!(problem(&inputs, "news.csv#n2"), "empty text field");
    assert!(problem(&inputs, "short.tsv#2").contains("fields"));
    let p1 = doc(&inputs, "rows.parquet#u-1");
    assert_eq!((p1.text.as_str(), p1.meta.title.as_deref()), ("Parquet text one.", Some("P one")));
    assert_eq!(p1.meta.published_date.as_deref(), Some("2023-11-14"));
    assert_eq!(doc(&inputs, "rows.parquet#u-2").text, "Parquet page paragraph that is long enough.");
}

/// A WARC record by hand: version, headers, block, and the closing blank lines.
fn warc_record(kind: &str, id: &str, extra: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut r = format!("WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2024-06-01T12:00:00Z\r\n");
    for (k, v) in extra {
        r.push_str(&format!("{k}: {v}\r\n"));
    }
    r.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut bytes = r.into_bytes();
    bytes.extend_from_slice(block);
    bytes.extend_from_slice(b"\r\n\r\n");
    bytes
}

/// Write `records` as a `.warc.gz`, one gzip member per record (as crawlers do).
pub fn write_warc_gz(path: &Path, records: &[Vec<u8>]) {
    let mut out = Vec::new();
    for r in records {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(r).unwrap();
        out.extend(gz.finish().unwrap());
    }
    fs::write(path, out).unwrap();
}

#[test]
fn warc_html_responses_become_documents() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let target = ("WARC-Target-URI", "https://ledger.example.org/tidal");
    let http = |ct: &str, body: &str| {
        format!("HTTP/1.1 200 OK\r\nContent-Type: {ct}\r\nContent-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    };
    let no_date = ARTICLE.replace("\"datePublished\": \"2024-05-14T08:30:00+01:00\",", "");
    let records = [
        warc_record("warcinfo", "0000-info", &[("Content-Type", "application/warc-fields")], b"software: test\r\n"),
        warc_record(
            "request",
            "1111-req",
            &[target, ("Content-Type", "application/http; msgtype=request")],
            b"GET /tidal HTTP/1.1\r\nHost: ledger.example.org\r\n\r\n",
        ),
        warc_record(
            "response",
            "2222-page",
            &[target, ("Content-Type", "application/http; msgtype=response")],
            &http("text/html; charset=utf-8", &no_date),
        ),
        warc_record(
            "response",
            "3333-image",
            &[("WARC-Target-URI", "https://ledger.example.org/t.png"), ("Content-Type", "application/http; msgtype=response")],
            &http("image/png", "PNGDATA"),
        ),
        warc_record(
            "metadata",
            "4444-meta",
            &[target, ("Content-Type", "application/warc-fields")],
            b"via: https://ledger.example.org/\r\n",
        ),
    ];
    write_warc_gz(&root.join("crawl.warc.gz"), &records);
    // A plain archive whose last record is cut off.
    let mut cut = records[2].clone();
    cut.truncate(cut.len() / 2);
    let mut plain = records[1].clone();
    plain.extend(cut);
    fs::write(root.join("cut.warc"), plain).unwrap();
    let inputs = read(root, &SourceOptions::default()).unwrap();
    assert_eq!(ids(&inputs), ["crawl.warc.gz#2222-page"]);
    let d = doc(&inputs, "crawl.warc.gz#2222-page");
    assert!(d.text.contains("Harbour Town switched on its first tidal power plant") && !d.text.contains("Share on Facebook"));
    assert_eq!(d.meta.published_date.as_deref(), Some("2024-06-01"), "the WARC-Date when the page has none");
    assert_eq!(d.meta.date_source, Some(DateSource::Warc));
    assert_eq!(d.meta.url.as_deref(), Some("https://ledger.example.org/2024/05/tidal-plant"), "the page's canonical URL first");
    assert_eq!(inputs.problems.len(), 1, "{:?}", inputs.problems);
    assert_eq!(inputs.problems[0].path, "cut.warc#2222-page");
    assert!(inputs.problems[0].reason.starts_with("truncated record"), "{:?}", inputs.problems);
}

#[test]
fn single_files_of_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("one.jsonl"), "{\"id\": \"a\", \"text\": \"Alpha.\"}\n").unwrap();
    fs::write(root.join("one.txt"), "Plain.").unwrap();
    fs::write(root.join("one.html"), ARTICLE).unwrap();
    let opts = SourceOptions::default();
    assert_eq!(ids(&read(&root.join("one.jsonl"), &opts).unwrap()), ["one.jsonl#a"]);
    assert_eq!(ids(&read(&root.join("one.txt"), &opts).unwrap()), ["one.txt"]);
    assert_eq!(ids(&read(&root.join("one.html"), &opts).unwrap()), ["one.html"]);
    let small = SourceOptions { max_doc_bytes: 100, ..Default::default() };
    let big = read(&root.join("one.html"), &small).unwrap();
    assert!(big.documents.is_empty() && big.problems[0].reason.contains("limit"), "{:?}", big.problems);
}

#[test]
fn field_options_choose_the_fields() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("x.ndjson"),
        "{\"key\": \"k1\", \"story\": \"The story.\", \"text\": \"Not this.\", \"when\": \"2023-03-04\"}\n",
    )
    .unwrap();
    let fields = FieldNames { text: vec!["story".into()], id: vec!["key".into()], date: vec!["when".into()], ..Default::default() };
    let inputs = read(dir.path(), &SourceOptions { fields, ..Default::default() }).unwrap();
    let d = doc(&inputs, "x.ndjson#k1");
    assert_eq!((d.text.as_str(), d.meta.published_date.as_deref()), ("The story.", Some("2023-03-04")));
}

#[cfg(unix)]
#[test]
fn non_utf8_names_get_distinct_stable_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    let b = dir.path().join(std::ffi::OsStr::from_bytes(b"caf\xe8.txt"));
    let c = dir.path().join(std::ffi::OsStr::from_bytes(b"100%\xff.txt"));
    for p in [&a, &b, &c] {
        fs::write(p, "Some text.").unwrap();
    }
    let inputs = read(dir.path(), &SourceOptions::default()).unwrap();
    assert_eq!(ids(&inputs), ["100%25%FF.txt", "caf%E8.txt", "caf%E9.txt"]);
    assert_eq!(ids(&read(dir.path(), &SourceOptions::default()).unwrap()), ids(&inputs), "stable across runs");
}

#[cfg(unix)]
#[test]
fn listing_errors_are_problems_not_aborts() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(root.join("ok.txt"), "Fine.").unwrap();
    std::os::unix::fs::symlink(root.join("nowhere.txt"), root.join("dangling.txt")).unwrap();
    fs::create_dir(root.join("loop")).unwrap();
    std::os::unix::fs::symlink(root, root.join("loop/back")).unwrap();
    let fifo = root.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().is_ok_and(|s| s.success());
    let inputs = read(root, &SourceOptions::default()).unwrap();
    assert_eq!(ids(&inputs), ["ok.txt"]);
    assert!(problem(&inputs, "dangling.txt").contains("dangling symlink"));
    assert!(problem(&inputs, "loop/back").contains("symlink loop"));
    if made {
        assert!(problem(&inputs, "pipe.txt").contains("FIFO"));
    }
}
