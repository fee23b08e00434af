//! Whole-file documents: plain text (`.txt`, `.text`) taken as is, and HTML
//! pages (`.html`, `.htm`, optionally gzipped) through [`super::html`].
//!
//! Plain text must be UTF-8 without NUL bytes. HTML is decoded by its byte
//! order mark, as UTF-8 when it is valid UTF-8, else by the charset its
//! HTTP header or `<meta>` declares, else as Windows-1252.

use super::html;
use super::page_meta::PageMeta;
use super::record::FileRef;
use super::{Problem, SourceItem, read_limited, too_large};
use crate::document::{DateSource, Document, Metadata};
use encoding_rs::Encoding;
use regex::bytes::Regex;
use std::sync::LazyLock;

/// Decode a file's bytes as a document text, or say why it cannot be one.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".into());
    }
    if bytes.contains(&0) {
        return Err("binary file (contains NUL bytes)".into());
    }
    String::from_utf8(bytes).map_err(|e| format!("not valid UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()))
}

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).unwrap());

/// Decode HTML bytes: BOM, valid UTF-8, the declared charset (`content_type`
/// of an HTTP header, or `<meta>`), else Windows-1252. Never fails.
pub fn decode_html(bytes: &[u8], content_type: Option<&str>) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let from_header = content_type
        .and_then(|c| c.to_ascii_lowercase().split("charset=").nth(1).map(|s| s.trim_matches(['"', '\'', ' ', ';']).to_string()));
    let head = &bytes[..bytes.len().min(4096)];
    let declared = from_header
        .and_then(|l| Encoding::for_label(l.as_bytes()))
        .or_else(|| META_CHARSET.captures(head).and_then(|c| Encoding::for_label(&c[1])))
        .filter(|e| *e != encoding_rs::UTF_8)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    declared.decode_without_bom_handling(bytes).0.into_owned()
}

/// A page's metadata as document metadata (`date_source` html).
pub fn page_metadata(p: PageMeta) -> Metadata {
    Metadata {
        date_source: p.published_date.as_ref().map(|_| DateSource::Html),
        title: p.title,
        url: p.url,
        published_date: p.published_date,
        author: p.author,
        site_name: p.site_name,
        ..Default::default()
    }
}

/// An HTML page as a document, or why it gives none. `url` is where the
/// page came from, used when the page names no canonical URL.
pub fn html_document(doc_id: String, source_path: String, html_text: &str, url: Option<&str>) -> SourceItem {
    let page = html::extract(html_text, url);
    if page.text.trim().is_empty() {
        return SourceItem::Problem(Problem { path: doc_id, reason: "no extractable text in the page".into() });
    }
    let mut meta = page_metadata(page.meta);
    if meta.url.is_none() {
        meta.url = url.map(str::to_string);
    }
    SourceItem::Document(Document { doc_id, source_path, text: page.text, meta })
}

/// Read one text or HTML file (`html`), gzipped when `gz`, within the size limit.
pub fn read_file(file: &FileRef, html: bool, gz: bool, limit: usize) -> SourceItem {
    if !gz && std::fs::metadata(&file.path).is_ok_and(|m| m.len() > limit as u64) {
        return file.problem(too_large(limit));
    }
    let bytes = match super::open(&file.path, gz).map_err(|e| format!("cannot read: {e}")).and_then(|r| read_limited(r, limit)) {
        Ok(b) => b,
        Err(reason) => return file.problem(reason),
    };
    if !html {
        return match decode(bytes) {
            Ok(text) => file.document(text),
            Err(reason) => file.problem(reason),
        };
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return file.problem("empty file");
    }
    if bytes[..bytes.len().min(1024)].contains(&0) {
        return file.problem("binary file (contains NUL bytes)");
    }
    html_document(file.id.clone(), file.source_path.clone(), &decode_html(&bytes, None), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_why() {
        assert_eq!(decode(b"hello".to_vec()), Ok("hello".to_string()));
        assert_eq!(decode(b" \n\t".to_vec()), Err("empty file".to_string()));
        assert!(decode(vec![b'a', 0, b'b']).unwrap_err().contains("binary"));
        assert!(decode(vec![b'a', 0xff, b'b']).unwrap_err().contains("offset 1"));
    }

    #[test]
    fn html_charsets() {
        assert_eq!(decode_html("caf\u{e9}".as_bytes(), None), "caf\u{e9}");
        assert_eq!(decode_html(b"<meta charset=\"iso-8859-1\">caf\xe9", None), "<meta charset=\"iso-8859-1\">caf\u{e9}");
        assert_eq!(decode_html(b"caf\xe9", Some("text/html; charset=ISO-8859-15")), "caf\u{e9}");
        assert_eq!(decode_html(b"\xef\xbb\xbfhi", None), "hi");
        assert_eq!(decode_html(b"\x93quoted\x94", None), "\u{201c}quoted\u{201d}", "undeclared non-UTF-8 is Windows-1252");
    }
}
