//! The incremental store: what every document gave, kept between runs.
//!
//! An embedded SQLite database in the output folder
//! (`.newsframe/store.sqlite`) with one row per document: its content key
//! (text and metadata hashes), the extractor fingerprint that made its rows,
//! a small blob of its entities (what the cross-document step reads) and a
//! larger blob of its table rows (what the table writers read). A rerun looks
//! up keys only, re-extracts what changed, and streams the rest back in
//! `doc_id` order, so no step holds the whole corpus in memory. The blobs are
//! opaque here (the pipeline encodes them); numbers inside keep their exact bits.
//!
//! Each document also records the file it came from and that file's stamp
//! (size, modification time, inode: [`crate::sources::FileStamp`]) when it
//! was read whole and without a problem, so a rerun passes over a file whose
//! stamp is unchanged without reading or hashing it ([`Store::unchanged_file`]),
//! as `make`, `git` and `rsync` do.
//!
//! The store is a cache of extractions, not the output: the tables live in
//! snapshots (see [`crate::load::snapshot`]). `generation` records which
//! snapshot the store's contents were last written to; every change of the
//! documents clears it in the same transaction, so a run interrupted between
//! changing the store and committing a snapshot is repaired by the next one.

use crate::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;

/// The store's file inside the output folder.
pub const STORE_FILE: &str = ".newsframe/store.sqlite";

/// Bumped when the store's layout changes; an older store is rebuilt.
const LAYOUT: i64 = 3;

/// The documents changed: no snapshot holds what the store holds any more.
const FORGET_GENERATION: &str = "DELETE FROM meta WHERE key = 'generation'";

/// A document's entry as the next run compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Hash of the document's text and metadata.
    pub key: String,
    /// Fingerprint of the extractors that made its rows.
    pub fingerprint: String,
    /// Its file's stamp when last read ("" when none is trusted).
    pub stamp: String,
}

/// One document's rows, ready to be stored.
#[derive(Debug, Clone)]
pub struct Put {
    /// The document.
    pub doc_id: String,
    /// Hash of its text and metadata (`TEXT_SHA256:META_HASH`).
    pub key: String,
    /// Length of its text in code points.
    pub n_chars: u64,
    /// Fingerprint of the extractors that made the rows.
    pub fingerprint: String,
    /// The file it came from ("" for standard input).
    pub file: String,
    /// That file's stamp ("" when not trusted).
    pub stamp: String,
    /// Its entities, encoded.
    pub entities: Vec<u8>,
    /// Its table rows, encoded.
    pub rows: Vec<u8>,
}

/// Ids marked seen are written to the `seen` table this many at a time, in one transaction.
const SEEN_BATCH: usize = 4096;

/// An open store.
pub struct Store {
    conn: Connection,
    /// Ids seen in this run and not yet in the `seen` table.
    seen: Vec<String>,
}

fn db(e: rusqlite::Error) -> Error {
    Error::io("incremental store", std::io::Error::other(e))
}

impl Store {
    /// Open (or create) the store of the output folder `out`. A store of an
    /// older layout, or one that cannot be read, is started afresh.
    pub fn open(out: &Path) -> Result<Store> {
        let path = out.join(STORE_FILE);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| Error::OutputNotWritable { path: out.to_path_buf(), source })?;
        }
        match Self::open_at(&path) {
            Ok(s) => Ok(s),
            Err(_) => {
                for suffix in ["", "-wal", "-shm"] {
                    std::fs::remove_file(format!("{}{suffix}", path.display())).ok();
                }
                Self::open_at(&path)
            }
        }
    }

    fn open_at(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(db)?;
        conn.execute_batch(
            "PRAGMA journal_mode = WAL;
             PRAGMA synchronous = NORMAL;
             PRAGMA temp_store = MEMORY;
             CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
             CREATE TABLE IF NOT EXISTS docs (
                 doc_id TEXT PRIMARY KEY,
                 key TEXT NOT NULL,
                 n_chars INTEGER NOT NULL,
                 fingerprint TEXT NOT NULL,
                 file TEXT NOT NULL,
                 stamp TEXT NOT NULL,
                 entities BLOB NOT NULL,
                 rows BLOB NOT NULL
             );
             CREATE INDEX IF NOT EXISTS docs_by_file ON docs (file);
             CREATE TEMP TABLE IF NOT EXISTS seen (doc_id TEXT PRIMARY KEY) WITHOUT ROWID;",
        )
        .map_err(db)?;
        let store = Store { conn, seen: Vec::new() };
        match store.meta("layout")? {
            Some(v) if v == LAYOUT.to_string() => {}
            Some(_) => return Err(Error::io("incremental store", std::io::Error::other("older layout"))),
            None => store.set_meta("layout", &LAYOUT.to_string())?,
        }
        Ok(store)
    }

    /// A value of the store's own table ("generation", "fingerprint"...).
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional().map_err(db)
    }

    /// Set a value of the store's own table.
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", [key, value]).map(|_| ()).map_err(db)
    }

    /// The entry of `doc_id`, and mark it as seen in this run.
    pub fn look_up(&mut self, doc_id: &str) -> Result<Option<Entry>> {
        self.seen.push(doc_id.to_string());
        if self.seen.len() >= SEEN_BATCH {
            self.flush_seen()?;
        }
        let mut st = self.conn.prepare_cached("SELECT key, fingerprint, stamp FROM docs WHERE doc_id = ?1").map_err(db)?;
        st.query_row([doc_id], |r| Ok(Entry { key: r.get(0)?, fingerprint: r.get(1)?, stamp: r.get(2)? })).optional().map_err(db)
    }

    /// The documents of `file` when the file can be passed over unread: it
    /// gave documents before, all of them with this `stamp` and made by the
    /// extractors of `fingerprint`. They are marked as seen in this run.
    pub fn unchanged_file(&mut self, file: &str, stamp: &str, fingerprint: &str) -> Result<Option<Vec<String>>> {
        let rows = {
            let mut st =
                self.conn.prepare_cached("SELECT doc_id, stamp = ?2 AND fingerprint = ?3 FROM docs WHERE file = ?1").map_err(db)?;
            st.query_map(params![file, stamp, fingerprint], |r| Ok((r.get::<_, String>(0)?, r.get::<_, bool>(1)?)))
                .map_err(db)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .map_err(db)?
        };
        if rows.is_empty() || !rows.iter().all(|(_, same)| *same) {
            return Ok(None);
        }
        let ids: Vec<String> = rows.into_iter().map(|(id, _)| id).collect();
        self.seen.extend(ids.iter().cloned());
        if self.seen.len() >= SEEN_BATCH {
            self.flush_seen()?;
        }
        Ok(Some(ids))
    }

    /// Record file stamps of documents whose rows stay as they are (a file
    /// read again and found unchanged), or forget them (`""`: a file that
    /// gave a problem is always read again, so its problem is reported).
    pub fn set_stamps(&mut self, stamps: &[(String, String)]) -> Result<()> {
        let tx = self.conn.transaction().map_err(db)?;
        {
            let mut st = tx.prepare_cached("UPDATE docs SET stamp = ?2 WHERE doc_id = ?1").map_err(db)?;
            for (id, stamp) in stamps {
                st.execute([id, stamp]).map_err(db)?;
            }
        }
        tx.commit().map_err(db)
    }

    /// Forget the stamp of every document of `files` (see [`Store::set_stamps`]).
    pub fn forget_stamps(&mut self, files: &[String]) -> Result<()> {
        let tx = self.conn.transaction().map_err(db)?;
        {
            let mut st = tx.prepare_cached("UPDATE docs SET stamp = '' WHERE file = ?1").map_err(db)?;
            for f in files {
                st.execute([f]).map_err(db)?;
            }
        }
        tx.commit().map_err(db)
    }

    /// Write the ids marked seen to the `seen` table, in one transaction
    /// (one per id would cost a journal commit each).
    fn flush_seen(&mut self) -> Result<()> {
        let tx = self.conn.transaction().map_err(db)?;
        {
            let mut st = tx.prepare_cached("INSERT OR IGNORE INTO temp.seen (doc_id) VALUES (?1)").map_err(db)?;
            for id in self.seen.drain(..) {
                st.execute([id]).map_err(db)?;
            }
        }
        tx.commit().map_err(db)
    }

    /// Store a batch of documents' rows in one transaction.
    pub fn put(&mut self, batch: &[Put]) -> Result<()> {
        let tx = self.conn.transaction().map_err(db)?;
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO docs (doc_id, key, n_chars, fingerprint, file, stamp, entities, rows) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .map_err(db)?;
            for p in batch {
                st.execute(params![p.doc_id, p.key, p.n_chars as i64, p.fingerprint, p.file, p.stamp, p.entities, p.rows]).map_err(db)?;
            }
        }
        tx.execute(FORGET_GENERATION, []).map_err(db)?;
        tx.commit().map_err(db)
    }

    /// The documents of the store not seen in this run (gone from the input).
    pub fn unseen(&mut self) -> Result<Vec<String>> {
        self.flush_seen()?;
        let mut st =
            self.conn.prepare("SELECT doc_id FROM docs WHERE doc_id NOT IN (SELECT doc_id FROM temp.seen) ORDER BY doc_id").map_err(db)?;
        let ids = st.query_map([], |r| r.get(0)).map_err(db)?.collect::<rusqlite::Result<Vec<String>>>().map_err(db)?;
        Ok(ids)
    }

    /// Remove documents.
    pub fn remove(&mut self, doc_ids: &[String]) -> Result<()> {
        let tx = self.conn.transaction().map_err(db)?;
        {
            let mut st = tx.prepare_cached("DELETE FROM docs WHERE doc_id = ?1").map_err(db)?;
            for id in doc_ids {
                st.execute([id]).map_err(db)?;
            }
        }
        if !doc_ids.is_empty() {
            tx.execute(FORGET_GENERATION, []).map_err(db)?;
        }
        tx.commit().map_err(db)
    }

    /// Number of documents stored.
    pub fn len(&self) -> Result<usize> {
        self.conn.query_row("SELECT count(*) FROM docs", [], |r| r.get::<_, i64>(0)).map(|n| n as usize).map_err(db)
    }

    /// Whether the store holds no document.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Every document's entities blob, in `doc_id` order.
    pub fn for_each_entities(&self, mut f: impl FnMut(&str, &[u8]) -> Result<()>) -> Result<()> {
        self.scan("SELECT doc_id, entities FROM docs ORDER BY doc_id", &mut |r| f(text(r, 0)?, blob(r, 1)?))
    }

    /// Every document's id, content key and length in code points, in `doc_id`
    /// order: what the manifest lists, read without the blobs.
    pub fn for_each_document(&self, mut f: impl FnMut(&str, &str, u64) -> Result<()>) -> Result<()> {
        self.scan("SELECT doc_id, key, n_chars FROM docs ORDER BY doc_id", &mut |r| {
            let n: i64 = r.get(2).map_err(db)?;
            f(text(r, 0)?, text(r, 1)?, n as u64)
        })
    }

    /// Every document's rows blob, in `doc_id` order.
    pub fn for_each_rows(&self, mut f: impl FnMut(&str, &[u8]) -> Result<()>) -> Result<()> {
        self.scan("SELECT doc_id, rows FROM docs ORDER BY doc_id", &mut |r| f(text(r, 0)?, blob(r, 1)?))
    }

    /// Every row `sql` selects, one at a time, its columns borrowed (no copy of the blobs).
    fn scan(&self, sql: &str, f: &mut dyn FnMut(&rusqlite::Row) -> Result<()>) -> Result<()> {
        let mut st = self.conn.prepare(sql).map_err(db)?;
        let mut rows = st.query([]).map_err(db)?;
        while let Some(r) = rows.next().map_err(db)? {
            f(r)?;
        }
        Ok(())
    }
}

/// Column `i` of a row as text, borrowed.
fn text<'r>(r: &'r rusqlite::Row, i: usize) -> Result<&'r str> {
    r.get_ref(i).and_then(|v| v.as_str().map_err(Into::into)).map_err(db)
}

/// Column `i` of a row as a blob, borrowed.
fn blob<'r>(r: &'r rusqlite::Row, i: usize) -> Result<&'r [u8]> {
    r.get_ref(i).and_then(|v| v.as_blob().map_err(Into::into)).map_err(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(id: &str, key: &str, rows: &[u8]) -> Put {
        Put {
            doc_id: id.into(),
            key: key.into(),
            n_chars: 1,
            fingerprint: "f".into(),
            file: id.split('#').next().unwrap_or(id).into(),
            stamp: "s1".into(),
            entities: vec![1],
            rows: rows.to_vec(),
        }
    }

    #[test]
    fn keeps_documents_between_runs_and_finds_the_ones_gone() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut s = Store::open(dir.path()).unwrap();
            assert_eq!(s.look_up("b").unwrap(), None);
            s.put(&[put("b", "kb", b"rows-b"), put("a", "ka", b"rows-a"), put("c", "kc", &[0, 255])]).unwrap();
            s.set_meta("generation", "3").unwrap();
        }
        let mut s = Store::open(dir.path()).unwrap();
        assert_eq!(s.meta("generation").unwrap().as_deref(), Some("3"));
        assert_eq!(s.look_up("a").unwrap(), Some(Entry { key: "ka".into(), fingerprint: "f".into(), stamp: "s1".into() }));
        assert!(s.look_up("c").unwrap().is_some());
        assert_eq!(s.unseen().unwrap(), ["b"]);
        let mut seen = Vec::new();
        s.for_each_rows(|id, blob| {
            seen.push((id.to_string(), blob.to_vec()));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen[0], ("a".to_string(), b"rows-a".to_vec()), "doc_id order");
        assert_eq!(seen[2].1, [0, 255]);
        s.remove(&["b".into()]).unwrap();
        assert_eq!(s.len().unwrap(), 2);
        assert_eq!(s.meta("generation").unwrap(), None, "a change of the documents forgets the snapshot");
        s.set_meta("generation", "4").unwrap();
        s.remove(&[]).unwrap();
        assert_eq!(s.meta("generation").unwrap().as_deref(), Some("4"), "removing nothing changes nothing");
        s.put(&[put("d", "kd", b"rows-d")]).unwrap();
        assert_eq!(s.meta("generation").unwrap(), None, "a change of the documents forgets the snapshot");
    }

    #[test]
    fn a_file_is_passed_over_only_when_every_document_has_its_stamp_and_fingerprint() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(dir.path()).unwrap();
        s.put(&[put("t.jsonl#1", "k1", b"r"), put("t.jsonl#2", "k2", b"r"), put("a.txt", "ka", b"r")]).unwrap();
        assert_eq!(s.unchanged_file("t.jsonl", "s1", "f").unwrap(), Some(vec!["t.jsonl#1".to_string(), "t.jsonl#2".to_string()]));
        assert_eq!(s.unchanged_file("t.jsonl", "s2", "f").unwrap(), None, "another stamp");
        assert_eq!(s.unchanged_file("t.jsonl", "s1", "g").unwrap(), None, "other extractors");
        assert_eq!(s.unchanged_file("new.txt", "s1", "f").unwrap(), None, "a file never read");
        s.set_stamps(&[("t.jsonl#2".into(), "s9".into())]).unwrap();
        assert_eq!(s.unchanged_file("t.jsonl", "s1", "f").unwrap(), None, "one document has another stamp");
        s.forget_stamps(&["a.txt".into()]).unwrap();
        assert_eq!(s.unchanged_file("a.txt", "s1", "f").unwrap(), None, "a forgotten stamp");
        // What was passed over counts as seen: nothing is gone but what was not.
        assert_eq!(s.unseen().unwrap(), ["a.txt"]);
    }

    #[test]
    fn an_unreadable_store_is_started_afresh() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".newsframe")).unwrap();
        std::fs::write(dir.path().join(STORE_FILE), b"this is not a database").unwrap();
        let s = Store::open(dir.path()).unwrap();
        assert!(s.is_empty().unwrap());
    }
}
