//! The output is committed as one snapshot: a run killed at any file
//! operation of its commit leaves the output wholly old or wholly new, and the
//! next run repairs it. The kill uses the fault-injection hook documented in
//! `src/load/snapshot.rs` (`NEWSFRAME_ABORT_AT_FILE_OP=k` aborts the process
//! just before the k-th file operation of the commit).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

fn newsframe(input: &Path, output: &Path, abort_at: Option<usize>) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_newsframe"));
    c.args(["run", "--input", input.to_str().unwrap(), "--output", output.to_str().unwrap(), "--format", "csv,parquet,jsonl"]);
    if let Some(k) = abort_at {
        c.env("NEWSFRAME_ABORT_AT_FILE_OP", k.to_string());
    }
    c.output().expect("newsframe runs")
}

/// Every file of the current snapshot, by name, with its bytes.
fn current(output: &Path) -> BTreeMap<String, Vec<u8>> {
    let dir = output.join("current");
    let mut files = BTreeMap::new();
    for e in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).flatten() {
        files.insert(e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap());
    }
    files
}

fn copy_dir(from: &Path, to: &Path) {
    let status = Command::new("cp").args(["-a", from.to_str().unwrap(), to.to_str().unwrap()]).status().unwrap();
    assert!(status.success());
}

#[test]
fn a_crash_at_any_file_operation_of_the_commit_leaves_old_or_new_tables() {
    let dir = tempfile::tempdir().unwrap();
    let (input, output) = (dir.path().join("in"), dir.path().join("out"));
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), "Acme Corp said on Monday it would hire 300 workers in Ohio.").unwrap();
    fs::write(input.join("b.txt"), "Jane Doe, the mayor of Springfield, said “we are ready,” on Tuesday.").unwrap();
    assert!(newsframe(&input, &output, None).status.success());
    let old = current(&output);
    let pristine = dir.path().join("pristine");
    copy_dir(&output, &pristine);

    // The change the interrupted runs try to commit, and its uninterrupted result.
    fs::write(input.join("b.txt"), "Jane Doe, the mayor of Springfield, said on Tuesday the city paid $5 million.").unwrap();
    fs::write(input.join("c.txt"), "Globex Inc. bought Initech for $2 billion, its chief executive said.").unwrap();
    let expected = dir.path().join("expected");
    copy_dir(&pristine, &expected);
    assert!(newsframe(&input, &expected, None).status.success());
    let new = current(&expected);
    assert_ne!(old, new);

    let mut crashed = 0;
    for k in 1.. {
        fs::remove_dir_all(&output).unwrap();
        copy_dir(&pristine, &output);
        let out = newsframe(&input, &output, Some(k));
        let seen = current(&output);
        assert!(seen == old || seen == new, "a crash before file operation {k} left a mix of old and new tables");
        if out.status.success() {
            assert_eq!(seen, new, "a finished run made the new tables current");
            break;
        }
        crashed += 1;
        // The next run repairs whatever the crash left.
        assert!(newsframe(&input, &output, None).status.success(), "run after a crash at {k}");
        assert_eq!(current(&output), new, "the run after a crash at {k} made the new tables current");
        let flat = fs::read(output.join("mentions.csv")).unwrap();
        assert_eq!(flat, new["mentions.csv"], "the flat path follows the current snapshot");
    }
    // Three tables in three formats, the manifest, the switch and the links: many points.
    assert!(crashed >= 10, "only {crashed} file operations were tested");
}
