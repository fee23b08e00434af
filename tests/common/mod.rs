//! Helpers shared by the end-to-end tests: run the `newsframe` binary and
//! read the CSV tables it wrote. (Each test binary uses some of them.)
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

/// Run the binary with `args`.
pub fn newsframe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsframe")).args(args).output().expect("newsframe runs")
}

/// Run the binary with `args` and insist it succeeded.
pub fn run_ok(args: &[&str]) -> Output {
    let out = newsframe(args);
    assert!(out.status.success(), "run failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// `newsframe run --input INPUT --output OUTPUT`, which must succeed.
pub fn run(input: &Path, output: &Path) -> Output {
    run_ok(&["run", "--input", input.to_str().unwrap(), "--output", output.to_str().unwrap()])
}

/// The last line the run printed (its summary).
pub fn last_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or("").to_string()
}

/// Rows of a CSV table as maps from column to cell.
pub fn table(dir: &Path, name: &str) -> Vec<BTreeMap<String, String>> {
    let mut rdr = csv::Reader::from_path(dir.join(format!("{name}.csv"))).unwrap();
    let headers = rdr.headers().unwrap().clone();
    rdr.records().map(|r| headers.iter().zip(r.unwrap().iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}
