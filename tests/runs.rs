//! Runs that cron and spreadsheets can trust (issue 13): exit codes, the run
//! report, quiet and verbose output, `--force` counts, forgiving metadata.csv,
//! typed dates, the data dictionary, the workbook and only-current files.

use polars::prelude::{ParquetReader, SerReader};
use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Output;

mod common;
use common::newsframe;

fn run(input: &Path, output: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["run", "--input", input.to_str().unwrap(), "--output", output.to_str().unwrap()];
    args.extend_from_slice(extra);
    newsframe(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

fn rows(dir: &Path, name: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_path(dir.join(format!("{name}.csv"))).unwrap().records().map(Result::unwrap).collect()
}

fn header(dir: &Path, name: &str) -> Vec<String> {
    csv::Reader::from_path(dir.join(format!("{name}.csv"))).unwrap().headers().unwrap().iter().map(String::from).collect()
}

/// Two short articles of our own and a metadata.csv with one good row, one ragged row,
/// one repeated doc_id, one unreadable date and one row naming no file.
fn input() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("harbour.txt"),
        "Maria Lopez, the mayor of Porto Fino, said on Tuesday that the city would spend $40 million on the harbour in the third quarter of 2019.\n\n\
         \"=SUM(A1:A3) is not a formula here,\" Lopez said. The council approved the plan in March 2019.",
    )
    .unwrap();
    fs::write(dir.path().join("mill.txt"), "Northwind Mills hired 300 workers in 2018, its chief executive Tom Hardy said.").unwrap();
    fs::write(
        dir.path().join("metadata.csv"),
        "doc_id,title,published_date,desk\n\
         harbour.txt,Harbour plan,\"April 16, 2019\",city\n\
         mill.txt,Mill,2018-05-01,business,oops\n\
         harbour.txt,Again,2019-04-17,city\n\
         gone.txt,Gone,2019-01-01,city\n",
    )
    .unwrap();
    dir
}

#[test]
fn exit_codes_tell_done_usage_busy_and_problems_apart() {
    let inp = input();
    let out = tempfile::tempdir().unwrap();
    let o = run(inp.path(), out.path(), &[]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(newsframe(&["run", "--no-such-option"]).status.code(), Some(2));
    assert_eq!(run(inp.path(), out.path(), &["--format", "xml"]).status.code(), Some(2));
    // Problems (the metadata rows) fail the run only when asked to.
    assert_eq!(run(inp.path(), out.path(), &["--fail-on-problems"]).status.code(), Some(3));
    // Busy: another run holds the lock.
    let lock = fs::File::create(out.path().join(".newsframe.lock")).unwrap();
    lock.try_lock().unwrap();
    let report = out.path().join("busy.json");
    let o = run(inp.path(), out.path(), &["--report", report.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(75));
    assert_eq!(json(&report)["status"], "busy");
    drop(lock);
    // Failed: a missing input.
    let o = newsframe(&["run", "--input", "/no/such/input", "--output", out.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let help = stdout(&newsframe(&["run", "--help"]));
    assert!(help.contains("75") && help.contains("Examples:"), "{help}");
}

#[test]
fn the_report_counts_documents_problems_stages_and_rows() {
    let inp = input();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.json");
    let o = run(inp.path(), out.path(), &["-q", "--report", report.to_str().unwrap()]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "", "-q prints nothing");
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    let r = json(&report);
    assert_eq!(r["status"], "done");
    assert_eq!(r["documents"]["new"], 2);
    assert_eq!(r["documents"]["re_extracted"], 0);
    assert_eq!(r["files_passed_over"], 0, "a first run reads every file");
    assert_eq!(r["newsframe_version"], env!("CARGO_PKG_VERSION"));
    assert!(r["durations_s"]["extract"].is_number() && r["durations_s"]["write"].is_number());
    assert_eq!(r["tables"]["documents"], 2);
    assert_eq!(r["tables"]["mentions"].as_u64().unwrap() as usize, rows(out.path(), "mentions").len());
    assert_eq!(r["problems"].as_array().unwrap().len(), 3);

    // --force re-extracts and says so.
    let o = run(inp.path(), out.path(), &["--force", "--report", report.to_str().unwrap()]);
    assert_eq!(stdout(&o).trim(), "0 new, 0 changed, 2 unchanged, 2 re-extracted, 0 removed, 3 problems");
    assert_eq!(json(&report)["documents"]["re_extracted"], 2);
}

#[test]
fn a_bad_metadata_row_costs_that_row_only() {
    let inp = input();
    let out = tempfile::tempdir().unwrap();
    assert!(run(inp.path(), out.path(), &[]).status.success());
    let docs = rows(out.path(), "documents");
    let h = header(out.path(), "documents");
    let at = |name: &str| h.iter().position(|c| c == name).unwrap();
    let harbour = docs.iter().find(|d| &d[0] == "harbour.txt").unwrap();
    assert_eq!(&harbour[at("title")], "Harbour plan");
    assert_eq!(&harbour[at("published_date")], "2019-04-16", "a written-out date is read");
    assert_eq!(&harbour[at("desk")], "city");
    let problems: Vec<String> = rows(out.path(), "problems").iter().map(|p| format!("{}: {}", &p[0], &p[1])).collect();
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("metadata.csv#2") && p.contains("5 fields")), "{problems:?}");
    assert!(problems.iter().any(|p| p.starts_with("metadata.csv#3") && p.contains("repeats row 1")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("gone.txt") && p.contains("names no document")), "{problems:?}");
}

#[test]
fn dates_have_typed_intervals_and_the_dictionary_describes_every_column() {
    let inp = input();
    let out = tempfile::tempdir().unwrap();
    assert!(run(inp.path(), out.path(), &["--format", "csv,parquet,jsonl,xlsx"]).status.success());
    let h = header(out.path(), "dates");
    assert_eq!(&h[h.len() - 2..], ["date_start", "date_end"]);
    let dates = rows(out.path(), "dates");
    let value = h.iter().position(|c| c == "value").unwrap();
    let q3 = dates.iter().find(|d| &d[value] == "2019-Q3").expect("a quarter is found");
    assert_eq!((&q3[h.len() - 2], &q3[h.len() - 1]), ("2019-07-01", "2019-09-30"));
    let y = dates.iter().find(|d| &d[value] == "2018").expect("a year is found");
    assert_eq!((&y[h.len() - 2], &y[h.len() - 1]), ("2018-01-01", "2018-12-31"));
    let jsonl = fs::read_to_string(out.path().join("dates.jsonl")).unwrap();
    assert!(jsonl.contains(r#""date_start":"2019-07-01""#), "{jsonl}");

    // The data dictionary lists every table with every column of its CSV.
    let package = json(&out.path().join("datapackage.json"));
    for r in package["resources"].as_array().unwrap() {
        let name = r["name"].as_str().unwrap();
        let fields: Vec<&str> = r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap()).collect();
        assert_eq!(fields, header(out.path(), name), "{name}");
    }
    let printed: Value = serde_json::from_slice(&newsframe(&["schema", "--output", out.path().to_str().unwrap()]).stdout).unwrap();
    assert_eq!(printed, package);
    let generic: Value = serde_json::from_slice(&newsframe(&["schema"]).stdout).unwrap();
    assert_eq!(generic["resources"].as_array().unwrap().len(), 8);

    // The workbook is there, and the manifest lists exactly the snapshot's files.
    assert!(out.path().join("tables.xlsx").is_file());
    let manifest = json(&out.path().join("manifest.json"));
    let mut listed: Vec<String> = manifest["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap().to_string()).collect();
    listed.push("manifest.json".into());
    listed.sort();
    let mut present: Vec<String> =
        fs::read_dir(out.path().join("current")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    present.sort();
    assert_eq!(listed, present);
}

#[test]
fn formats_not_asked_for_are_gone_after_the_run() {
    let inp = input();
    let out = tempfile::tempdir().unwrap();
    assert!(run(inp.path(), out.path(), &["--format", "csv,parquet,xlsx"]).status.success());
    assert!(out.path().join("entities.parquet").exists());
    assert!(run(inp.path(), out.path(), &["--format", "csv"]).status.success());
    for gone in ["entities.parquet", "tables.xlsx"] {
        assert!(!out.path().join(gone).exists() && !out.path().join("current").join(gone).exists(), "{gone} is left");
    }
    let manifest = json(&out.path().join("manifest.json"));
    assert_eq!(manifest["formats"], serde_json::json!(["csv"]));
    assert!(manifest["files"].as_array().unwrap().iter().all(|f| !f.as_str().unwrap().ends_with(".parquet")));
}

#[test]
fn partitioned_parquet_is_hive_style_and_switches_back() {
    let inp = input();
    for i in 0..12 {
        fs::write(inp.path().join(format!("n{i}.txt")), format!("Jane Roe{i} of Acme Corp said on Monday that Acme hired {i}00 workers."))
            .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    assert!(run(inp.path(), out.path(), &["--partition", "4"]).status.success());
    let manifest = json(&out.path().join("manifest.json"));
    assert_eq!(manifest["partition"], 4);
    for k in 0..4 {
        assert!(out.path().join(format!("mentions/bucket={k}/part-0.parquet")).is_file(), "bucket {k}, through the flat link");
    }
    assert!(!out.path().join("mentions.parquet").exists());
    assert!(out.path().join("entities.parquet").is_file(), "corpus-level tables stay single files");
    // Every row is in exactly one bucket: the buckets' rows add up to the CSV's.
    let mut n = 0;
    for k in 0..4 {
        let f = fs::File::open(out.path().join(format!("mentions/bucket={k}/part-0.parquet"))).unwrap();
        n += ParquetReader::new(f).finish().unwrap().height();
    }
    assert_eq!(n, rows(out.path(), "mentions").len());
    assert!(n > 12);
    // Back to single files: the folders go.
    assert!(run(inp.path(), out.path(), &[]).status.success());
    assert!(out.path().join("mentions.parquet").is_file());
    assert!(!out.path().join("mentions").exists() && !out.path().join("current/mentions").exists());
}
