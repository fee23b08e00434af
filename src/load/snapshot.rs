//! One atomic commit for the whole output: versioned snapshots and one pointer.
//!
//! Every run that changes anything writes its tables, manifest and data
//! dictionary into a new folder `snapshots/NNNNNN/` of the output folder,
//! then makes it current in one step: a symbolic link `current` is replaced
//! by rename (atomic on POSIX file systems). A reader, or a crash at any
//! point, sees either the old snapshot or the new one, never a mix. The
//! previous snapshot stays readable until the next commit; older ones are
//! removed after it. Files that did not change are hard-linked from the
//! previous snapshot instead of being written again.
//!
//! Stable paths: `OUTPUT/current/NAME.ext` always names the current tables,
//! and `OUTPUT/NAME.ext` is a fixed link to `current/NAME.ext` (kept for
//! users of the flat layout of earlier versions).
//!
//! Fault injection for the crash test: when the environment variable
//! `NEWSFRAME_ABORT_AT_FILE_OP` is set to `k`, the process aborts just before
//! the `k`-th file operation of the commit (1-based), as a power cut would.

use crate::{Error, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The folder of snapshots inside the output folder.
pub const SNAPSHOTS: &str = "snapshots";
/// The link naming the current snapshot.
pub const CURRENT: &str = "current";

static FILE_OPS: AtomicU64 = AtomicU64::new(0);

/// Count a file operation of the commit; abort first if the fault-injection hook asks for it.
fn file_op() {
    let k = FILE_OPS.fetch_add(1, Ordering::SeqCst) + 1;
    if std::env::var("NEWSFRAME_ABORT_AT_FILE_OP").ok().and_then(|v| v.parse::<u64>().ok()) == Some(k) {
        std::process::abort();
    }
}

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> Error {
    let context = context.into();
    move |e| Error::io(context, e)
}

/// The generation number of a snapshot folder name ("000012" -> 12).
fn generation(name: &str) -> Option<u64> {
    (name.len() == 6 && name.bytes().all(|b| b.is_ascii_digit())).then(|| name.parse().ok()).flatten()
}

/// The current snapshot's folder, when there is one.
pub fn current(out: &Path) -> Option<PathBuf> {
    let target = fs::read_link(out.join(CURRENT)).ok()?;
    let dir = out.join(target);
    dir.is_dir().then_some(dir)
}

/// A snapshot being written; nothing in it is visible until [`Snapshot::commit`].
#[derive(Debug)]
pub struct Snapshot {
    out: PathBuf,
    dir: PathBuf,
    name: String,
    previous: Option<PathBuf>,
}

impl Snapshot {
    /// Start the next snapshot in `out`, removing folders that no commit made current.
    pub fn begin(out: &Path) -> Result<Snapshot> {
        let snaps = out.join(SNAPSHOTS);
        fs::create_dir_all(&snaps).map_err(|source| Error::OutputNotWritable { path: out.to_path_buf(), source })?;
        let previous = current(out);
        let keep = previous.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned());
        let current_gen = keep.as_deref().and_then(generation).unwrap_or(0);
        for e in fs::read_dir(&snaps).map_err(io(format!("cannot list {}", snaps.display())))?.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            // Left by an interrupted run (never made current), or not ours.
            if keep.as_deref() != Some(name.as_str()) && generation(&name).is_none_or(|g| g > current_gen) {
                fs::remove_dir_all(e.path()).ok();
            }
        }
        let name = format!("{:06}", current_gen + 1);
        let dir = snaps.join(&name);
        fs::create_dir(&dir).map_err(|source| Error::OutputNotWritable { path: out.to_path_buf(), source })?;
        Ok(Snapshot { out: out.to_path_buf(), dir, name, previous })
    }

    /// Where a file of this snapshot is written.
    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// The previous snapshot's copy of `file`, if it has one.
    pub fn previous(&self, file: &str) -> Option<PathBuf> {
        self.previous.as_ref().map(|p| p.join(file)).filter(|p| p.is_file())
    }

    /// Take `file` unchanged from the previous snapshot (a hard link, or a
    /// copy where links are not supported). Returns false when there is none.
    pub fn keep_previous(&self, file: &str) -> Result<bool> {
        let Some(old) = self.previous(file) else { return Ok(false) };
        let new = self.path(file);
        if let Some(dir) = new.parent() {
            fs::create_dir_all(dir).map_err(io(format!("cannot create {}", dir.display())))?;
        }
        if fs::hard_link(&old, &new).is_err() {
            fs::copy(&old, &new).map_err(io(format!("cannot copy {} to {}", old.display(), new.display())))?;
        }
        Ok(true)
    }

    /// The snapshot's name (its generation number, zero-padded).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Make this snapshot current in one step and tidy up: `files` are the
    /// paths (relative to the snapshot) it holds, for the convenience links.
    pub fn commit(self, files: &[String]) -> Result<PathBuf> {
        // Everything written reaches the disk before the switch.
        for f in files {
            file_op();
            if let Ok(h) = fs::File::open(self.path(f)) {
                h.sync_all().ok();
            }
        }
        file_op();
        sync_dir(&self.dir);
        let link_tmp = self.out.join(format!(".{CURRENT}.new"));
        fs::remove_file(&link_tmp).ok();
        file_op();
        symlink(&Path::new(SNAPSHOTS).join(&self.name), &link_tmp)?;
        file_op();
        fs::rename(&link_tmp, self.out.join(CURRENT)).map_err(io(format!("cannot make {} current", self.dir.display())))?;
        file_op();
        sync_dir(&self.out);
        // After the switch: convenience links, then old snapshots go.
        self.link_top_level(files)?;
        if let Some(prev) = &self.previous {
            let prev_gen = prev.file_name().and_then(|n| generation(&n.to_string_lossy()));
            for e in fs::read_dir(self.out.join(SNAPSHOTS)).map_err(io("cannot list snapshots"))?.flatten() {
                let g = generation(&e.file_name().to_string_lossy());
                if g.is_some_and(|g| prev_gen.is_some_and(|p| g < p)) {
                    file_op();
                    fs::remove_dir_all(e.path()).ok();
                }
            }
        }
        Ok(self.dir)
    }

    /// `OUTPUT/NAME` -> `current/NAME` for every top-level file and folder of the snapshot;
    /// links to files the snapshot no longer has are removed.
    fn link_top_level(&self, files: &[String]) -> Result<()> {
        // Top-level files, and the top folders of nested ones (partitioned tables).
        let mut top: Vec<&str> = files.iter().filter_map(|f| f.split('/').next()).collect();
        top.sort_unstable();
        top.dedup();
        for e in fs::read_dir(&self.out).map_err(io(format!("cannot list {}", self.out.display())))?.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_ours = fs::read_link(e.path()).is_ok_and(|t| t.starts_with(CURRENT));
            if is_ours && !top.contains(&name.as_str()) {
                file_op();
                fs::remove_file(e.path()).ok();
            }
        }
        for f in top {
            let link = self.out.join(f);
            let target = Path::new(CURRENT).join(f);
            if fs::read_link(&link).is_ok_and(|t| t == target) {
                continue;
            }
            if link.is_dir() && !link.is_symlink() {
                continue; // a folder of the user's: leave it
            }
            file_op();
            fs::remove_file(&link).ok();
            file_op();
            symlink(&target, &link)?;
        }
        Ok(())
    }
}

fn symlink(target: &Path, link: &Path) -> Result<()> {
    #[cfg(unix)]
    let r = std::os::unix::fs::symlink(target, link);
    #[cfg(windows)]
    let r = std::os::windows::fs::symlink_dir(target, link);
    r.map_err(io(format!("cannot create link {}", link.display())))
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        d.sync_all().ok();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(s: &Snapshot, name: &str, body: &str) {
        fs::write(s.path(name), body).unwrap();
    }

    #[test]
    fn snapshots_become_current_in_one_step_and_old_ones_go() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        assert_eq!(current(out), None);
        let s1 = Snapshot::begin(out).unwrap();
        write(&s1, "a.csv", "one");
        write(&s1, "b.csv", "one");
        s1.commit(&["a.csv".into(), "b.csv".into()]).unwrap();
        assert_eq!(fs::read_to_string(out.join("current/a.csv")).unwrap(), "one");
        assert_eq!(fs::read_to_string(out.join("a.csv")).unwrap(), "one", "the flat path follows current");

        let s2 = Snapshot::begin(out).unwrap();
        write(&s2, "a.csv", "two");
        assert!(s2.keep_previous("b.csv").unwrap());
        assert!(!s2.keep_previous("c.csv").unwrap());
        // Not visible before the commit.
        assert_eq!(fs::read_to_string(out.join("current/a.csv")).unwrap(), "one");
        s2.commit(&["a.csv".into(), "b.csv".into()]).unwrap();
        assert_eq!(fs::read_to_string(out.join("a.csv")).unwrap(), "two");
        assert_eq!(fs::read_to_string(out.join("b.csv")).unwrap(), "one");

        // A third snapshot without b.csv: its flat link goes, the first snapshot goes.
        let s3 = Snapshot::begin(out).unwrap();
        write(&s3, "a.csv", "three");
        s3.commit(&["a.csv".into()]).unwrap();
        assert!(!out.join("b.csv").exists() && !out.join("b.csv").is_symlink());
        let mut left: Vec<String> =
            fs::read_dir(out.join(SNAPSHOTS)).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
        left.sort();
        assert_eq!(left, ["000002", "000003"], "the previous snapshot stays readable until the next commit");
    }

    #[test]
    fn an_uncommitted_snapshot_is_removed_by_the_next_run() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let s1 = Snapshot::begin(out).unwrap();
        write(&s1, "a.csv", "one");
        s1.commit(&["a.csv".into()]).unwrap();
        let abandoned = Snapshot::begin(out).unwrap();
        write(&abandoned, "a.csv", "half");
        drop(abandoned);
        let s3 = Snapshot::begin(out).unwrap();
        // The abandoned folder was removed and its number is used again, empty.
        assert_eq!(s3.dir.file_name().unwrap(), "000002");
        assert!(!s3.path("a.csv").exists());
        assert_eq!(fs::read_to_string(out.join("current/a.csv")).unwrap(), "one");
    }
}
