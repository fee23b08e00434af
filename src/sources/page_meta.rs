//! A web page's own metadata: title, author, publication date, canonical
//! URL and site name, from JSON-LD, Open Graph and other `<meta>` tags,
//! `<link rel=canonical>` and `<time>` elements.
//!
//! JSON-LD of an article type (`NewsArticle`, `BlogPosting`, ...) comes
//! first, then Open Graph and the common meta names, then the page's
//! `<title>` and first `<time datetime>`.

use chrono::{DateTime, NaiveDate};
use dom_query::Document;
use regex::Regex;
use serde_json::Value;
use std::sync::LazyLock;

/// What a page says about itself; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// Title (JSON-LD headline, `og:title`, `<title>`).
    pub title: Option<String>,
    /// Author (JSON-LD author, `author` meta names).
    pub author: Option<String>,
    /// Publication date as ISO `YYYY-MM-DD`.
    pub published_date: Option<String>,
    /// Canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`).
    pub url: Option<String>,
    /// Site or publisher name (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
}

static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\D|$)").unwrap());

/// A date string in any of the common forms of pages, records and
/// metadata.csv as ISO `YYYY-MM-DD`: ISO 8601 (with or without time),
/// `YYYY/MM/DD`, RFC 2822, RFC 3339, and written-out dates ("December 13,
/// 2016", "Dec. 13th, 2016", "13 December 2016").
///
/// Years outside 1900-2200 are placeholders ("0001-01-01T00:00:00Z" of an
/// unset field), not publication dates: no date.
pub fn iso_date(s: &str) -> Option<String> {
    parse_date(s.trim()).filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d))).map(|d| d.to_string())
}

/// The first form of [`iso_date`] that reads `s`, any year.
fn parse_date(s: &str) -> Option<NaiveDate> {
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.date_naive());
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.date_naive());
    }
    if let Some(c) = ISO_DATE.captures(s) {
        let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        return NaiveDate::from_ymd_opt(y, m, d);
    }
    written_date(s)
}

/// "December 13, 2016", "Dec. 13th, 2016", "Tuesday, 13 December 2016".
fn written_date(s: &str) -> Option<NaiveDate> {
    // "Dec. 13th, 2016" -> "Dec 13 2016"
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_end_matches('.');
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) { digits.to_string() } else { w.to_string() }
        })
        .collect();
    let cleaned = words.join(" ");
    ["%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%A %B %d %Y", "%a %b %d %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(&cleaned, f).ok())
}

fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// The `content` of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`.
fn meta_content(doc: &Document, keys: &[&str]) -> Option<String> {
    for key in keys {
        for attr in ["property", "name", "itemprop"] {
            let sel = format!("meta[{attr}=\"{key}\" i]");
            for node in doc.select(&sel).nodes() {
                if let Some(v) = node.attr("content").and_then(|c| clean(&c)) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// Is this JSON-LD `@type` an article (NewsArticle, BlogPosting, Report, ...)?
fn is_article_type(v: &Value) -> bool {
    let is = |s: &str| s.ends_with("Article") || s.ends_with("Posting") || s == "Report" || s == "WebPage";
    match v {
        Value::String(s) => is(s),
        Value::Array(a) => a.iter().any(|t| t.as_str().is_some_and(is)),
        _ => false,
    }
}

/// Article objects of the page's JSON-LD blocks (top level, arrays and `@graph`), articles first.
fn json_ld_articles(doc: &Document) -> Vec<Value> {
    let mut out = Vec::new();
    for node in doc.select("script[type=\"application/ld+json\" i]").nodes() {
        let raw = node.text();
        let Ok(v) = serde_json::from_str::<Value>(raw.trim()).or_else(|_| serde_json::from_str(&raw.replace(['\n', '\r', '\t'], " ")))
        else {
            continue;
        };
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(a) => stack.extend(a),
                Value::Object(mut o) => {
                    if let Some(g) = o.remove("@graph") {
                        stack.push(g);
                    }
                    if o.get("@type").is_some_and(is_article_type) {
                        out.push(Value::Object(o));
                    }
                }
                _ => {}
            }
        }
    }
    // Real articles before generic web pages.
    out.sort_by_key(|o| o.get("@type").and_then(Value::as_str) == Some("WebPage"));
    out
}

/// A JSON-LD value as a name: a string, `{name}` or the first of a list.
fn ld_name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(ld_name),
        Value::Array(a) => {
            let names: Vec<String> = a.iter().filter_map(ld_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

fn ld_str(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).and_then(clean)
}

/// An author name, not a profile URL.
fn person(s: String) -> Option<String> {
    let s = s.trim_start_matches("By ").trim_start_matches("by ").to_string();
    (!s.starts_with("http") && !s.is_empty()).then_some(s)
}

/// Read the page's metadata, and the JSON-LD `articleBody` when there is one.
pub fn read(doc: &Document) -> (PageMeta, Option<String>) {
    let ld = json_ld_articles(doc);
    let from_ld = |f: &dyn Fn(&Value) -> Option<String>| ld.iter().find_map(f);
    let title = from_ld(&|v| ld_str(v, "headline"))
        .or_else(|| meta_content(doc, &["og:title", "twitter:title", "title", "headline"]))
        .or_else(|| clean(&doc.select("title").first().text()));
    let author = from_ld(&|v| v.get("author").and_then(ld_name).and_then(person))
        .or_else(|| {
            meta_content(doc, &["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"]).and_then(person)
        })
        .or_else(|| clean(&doc.select("[rel=\"author\"], [itemprop=\"author\"]").first().text()).and_then(person));
    let published_date = from_ld(&|v| ld_str(v, "datePublished").and_then(|d| iso_date(&d)))
        .or_else(|| {
            meta_content(
                doc,
                &[
                    "article:published_time",
                    "og:published_time",
                    "datePublished",
                    "pubdate",
                    "publishdate",
                    "publish-date",
                    "publish_date",
                    "date",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.date",
                    "dcterms.created",
                    "sailthru.date",
                    "parsely-pub-date",
                ],
            )
            .and_then(|d| iso_date(&d))
        })
        .or_else(|| {
            let times = doc.select("time[itemprop=\"datePublished\"], time[pubdate], time[datetime]");
            times.nodes().iter().find_map(|n| n.attr("datetime").and_then(|d| iso_date(&d)))
        });
    let url = doc
        .select("link[rel=\"canonical\" i]")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").and_then(|h| clean(&h)))
        .or_else(|| meta_content(doc, &["og:url"]))
        .or_else(|| from_ld(&|v| ld_str(v, "url")))
        .filter(|u| u.starts_with("http"));
    let site_name = meta_content(doc, &["og:site_name", "application-name"]).or_else(|| from_ld(&|v| v.get("publisher").and_then(ld_name)));
    let body = from_ld(&|v| v.get("articleBody").and_then(Value::as_str).map(str::to_string)).filter(|b| !b.trim().is_empty());
    (PageMeta { title, author, published_date, url, site_name }, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(iso_date("2019-11-20T05:27:00-06:00").as_deref(), Some("2019-11-20"));
        assert_eq!(iso_date("2019/1/5").as_deref(), Some("2019-01-05"));
        assert_eq!(iso_date("Wed, 20 Nov 2019 10:00:00 +0000").as_deref(), Some("2019-11-20"));
        assert_eq!(iso_date("2019-13-40"), None);
        assert_eq!(iso_date("yesterday"), None);
        // Placeholder years of unset fields, in every form, are no dates.
        for s in ["0001-01-01T00:00:00Z", "0001-01-01", "Mon, 01 Jan 0001 00:00:00 +0000", "January 1, 0001", "9999-12-31T23:59:59Z"] {
            assert_eq!(iso_date(s), None, "{s}");
        }
    }

    #[test]
    fn json_ld_wins_then_open_graph_then_tags() {
        let html = r#"<html><head><title>Tab title | Site</title>
            <meta property="og:title" content="OG title"><meta property="og:site_name" content="The Daily Example">
            <meta name="author" content="Meta Author"><link rel="canonical" href="https://example.com/a">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
              {"@type":"NewsArticle","headline":"LD headline","datePublished":"2024-03-05T10:00:00Z",
               "author":[{"@type":"Person","name":"Ada Lovelace"}],"publisher":{"name":"LD Pub"},"articleBody":"Body."}]}</script>
            </head><body><time datetime="2020-01-01">then</time></body></html>"#;
        let (m, body) = read(&Document::from(html));
        assert_eq!(m.title.as_deref(), Some("LD headline"));
        assert_eq!(m.author.as_deref(), Some("Ada Lovelace"));
        assert_eq!(m.published_date.as_deref(), Some("2024-03-05"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(m.site_name.as_deref(), Some("The Daily Example"));
        assert_eq!(body.as_deref(), Some("Body."));

        let plain = r#"<html><head><title>Only a title</title><meta property="article:author" content="https://example.com/me">
            </head><body><p>x</p><time datetime="2021-07-08T09:00">July 8</time></body></html>"#;
        let (m, body) = read(&Document::from(plain));
        assert_eq!(m.title.as_deref(), Some("Only a title"));
        assert_eq!(m.author, None, "a profile URL is not an author name");
        assert_eq!(m.published_date.as_deref(), Some("2021-07-08"));
        assert_eq!((m.url, m.site_name, body), (None, None, None));
    }
}
