//! Web archives (`.warc`, `.warc.gz` as written per record by crawlers such as
//! Common Crawl): every HTML response record is a page read through
//! [`super::html`], with the doc_id `FILE#RECORD-ID` (the WARC-Record-ID
//! without `<urn:uuid:` and `>`).
//!
//! Records are streamed with the `warc` crate, one at a time, from a reader
//! thread through a small bounded channel, so an archive is never held in
//! memory. Request, metadata and other records, non-HTML responses and
//! responses other than 2xx are passed over in silence. A record too large,
//! truncated or unreadable is a problem; a truncated or unreadable record
//! ends the file, since nothing after it can be found again.
//!
//! The record's target URI fills `url` and its WARC-Date the publication
//! date (`date_source` warc) when the page itself gives none.

use super::record::FileRef;
use super::text::{decode_html, html_document};
use super::{Problem, SourceItem, SourceOptions, too_large};
use crate::document::DateSource;
use std::io::Read;
use std::sync::mpsc::sync_channel;
use warc::{RecordType, WarcHeader, WarcReader};

/// The HTML records of a WARC file, lazily (read by a background thread).
pub fn read_file(file: FileRef, gz: bool, opts: &SourceOptions) -> Box<dyn Iterator<Item = SourceItem>> {
    let reader = match super::open(&file.path, gz) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(file.problem(format!("cannot read: {e}")))),
    };
    let (tx, rx) = sync_channel(2);
    let limit = opts.max_doc_bytes;
    std::thread::spawn(move || {
        // A failed send means the reader was dropped: stop reading.
        read_records(&file, reader, limit, &mut |item| tx.send(item).is_ok());
    });
    Box::new(rx.into_iter())
}

/// The record id without its `<urn:uuid:` wrapper.
fn record_id(raw: &str) -> String {
    let id = raw.trim().trim_start_matches('<').trim_end_matches('>');
    id.strip_prefix("urn:uuid:").unwrap_or(id).to_string()
}

/// HTTP header names (lowercase) and values.
type Headers = Vec<(String, String)>;

/// An HTTP response split into its status, headers and body.
fn split_http(block: &[u8]) -> Option<(u16, Headers, &[u8])> {
    let end = block.windows(4).position(|w| w == b"\r\n\r\n").map(|i| (i, i + 4));
    let end = end.or_else(|| block.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2)))?;
    let head = String::from_utf8_lossy(&block[..end.0]);
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?.parse().ok()?;
    let headers = lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    Some((status, headers, &block[end.1..]))
}

/// Undo `Transfer-Encoding: chunked`.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = body.iter().position(|&b| b == b'\n') {
        let size_line = String::from_utf8_lossy(&body[..nl]);
        let Ok(size) = usize::from_str_radix(size_line.trim().split(';').next().unwrap_or("").trim(), 16) else { break };
        body = &body[nl + 1..];
        if size == 0 || size > body.len() {
            out.extend_from_slice(&body[..size.min(body.len())]);
            break;
        }
        out.extend_from_slice(&body[..size]);
        body = body[size..].strip_prefix(b"\r\n").or_else(|| body[size..].strip_prefix(b"\n")).unwrap_or(&body[size..]);
    }
    out
}

/// The page bytes of an HTTP body, undoing chunking and gzip or deflate encoding.
fn payload(headers: &[(String, String)], body: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let header = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.to_ascii_lowercase());
    let body = if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) { dechunk(body) } else { body.to_vec() };
    match header("content-encoding").as_deref() {
        Some("gzip" | "x-gzip") => super::read_limited(flate2::read::MultiGzDecoder::new(&body[..]), limit),
        Some("deflate") => super::read_limited(flate2::read::ZlibDecoder::new(&body[..]), limit),
        _ => Ok(body),
    }
}

/// Read every record of `reader`, handing each document or problem to `emit`
/// (which returns false to stop).
fn read_records(file: &FileRef, reader: impl std::io::BufRead, limit: usize, emit: &mut dyn FnMut(SourceItem) -> bool) {
    let mut warc = WarcReader::new(reader);
    let mut records = warc.stream_records();
    let mut n = 0;
    while let Some(next) = records.next_item() {
        n += 1;
        let mut record = match next {
            Ok(r) => r,
            Err(e) => {
                let reason = match e {
                    warc::Error::UnexpectedEOB => "truncated record: the archive ends inside it".to_string(),
                    e => format!("unreadable record: {e}"),
                };
                emit(SourceItem::Problem(Problem { path: format!("{}#record-{n}", file.id), reason }));
                return;
            }
        };
        let path = format!("{}#{}", file.id, record_id(record.warc_id()));
        let problem = |reason: String| SourceItem::Problem(Problem { path: path.clone(), reason });
        let kind = record.warc_type().clone();
        let warc_type = record.header(WarcHeader::ContentType).map(|c| c.to_ascii_lowercase()).unwrap_or_default();
        let is_response = kind == RecordType::Response && warc_type.contains("application/http");
        let is_html_resource = kind == RecordType::Resource && warc_type.contains("html");
        if !is_response && !is_html_resource {
            continue;
        }
        let len = record.content_length();
        if len > limit as u64 + (1 << 16) {
            if !emit(problem(too_large(limit))) {
                return;
            }
            continue;
        }
        let url = record.header(WarcHeader::TargetURI).map(|u| u.trim().to_string());
        let date = record.date().date_naive().to_string();
        let mut block = Vec::with_capacity(len as usize);
        if let Err(e) = record.read_to_end(&mut block) {
            emit(problem(format!("truncated record: {e}")));
            return;
        }
        if (block.len() as u64) < len {
            emit(problem(format!("truncated record: {} of {len} bytes", block.len())));
            return;
        }
        let (page, content_type) = if is_response {
            let Some((status, headers, body)) = split_http(&block) else {
                if !emit(problem("response record without an HTTP header".into())) {
                    return;
                }
                continue;
            };
            let content_type = headers.iter().find(|(k, _)| k == "content-type").map(|(_, v)| v.clone()).unwrap_or_default();
            let ct = content_type.to_ascii_lowercase();
            if !(200..300).contains(&status) || !(ct.contains("text/html") || ct.contains("xhtml")) {
                continue;
            }
            match payload(&headers, body, limit) {
                Ok(p) => (p, content_type),
                Err(reason) => {
                    if !emit(problem(reason)) {
                        return;
                    }
                    continue;
                }
            }
        } else {
            (block, warc_type)
        };
        let html = decode_html(&page, Some(&content_type));
        let mut item = html_document(path.clone(), file.source_path.clone(), &html, url.as_deref());
        if let SourceItem::Document(d) = &mut item
            && d.meta.published_date.is_none()
        {
            d.meta.published_date = Some(date);
            d.meta.date_source = Some(DateSource::Warc);
        }
        if !emit(item) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_parts() {
        let (status, headers, body) = split_http(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>").unwrap();
        assert_eq!((status, headers[0].0.as_str(), body), (200, "content-type", &b"<p>x</p>"[..]));
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"), b"Wikipedia");
        assert_eq!(record_id("<urn:uuid:1234-ab>"), "1234-ab");
    }
}
