//! Document-level facts: title, publisher, url, publication date and language.
//!
//! `metadata.csv` wins wherever it has a value (spec §6); otherwise the title
//! is a short first line that reads as a headline, the publisher is the web
//! domain the text names as its origin ("originally published at
//! dailycaller.com") or the url's host, and the date is inferred by
//! [`super::dates::infer_document_date`].

use super::DocInfo;
use super::analysis::{Analysis, language};
use super::dates;
use crate::document::{DateSource, Metadata};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

static ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in|by)\s+(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b").unwrap()
});

/// Parse a metadata date: ISO `YYYY-MM-DD`, optionally followed by a time.
pub fn parse_meta_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// The host of a url without "www.".
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let h = rest.split(['/', '?', '#', ':']).next()?.trim_start_matches("www.");
    (!h.is_empty()).then(|| h.to_ascii_lowercase())
}

/// A first line shaped like a headline ("Major WeWork Layoffs To Begin Today"):
/// the document's first line, with a body after it, 3 to 20 words, no final
/// period, colon or comma, not opening with a quote or dash, and six in ten of
/// its longer words capitalised, counted as [`Analysis::is_title_case`] counts
/// them. Six in ten, not seven: a title may be written in sentence case around
/// names ("Trump ‘congratulates’ China in dig at Supreme Court ruling" has four
/// of six), which the stricter Title-Case test of a sentence rightly refuses.
fn headline(a: &Analysis) -> Option<String> {
    let line = a.lines[0];
    let first = line.slice(a.text).trim();
    let words = first.split_whitespace().count();
    let has_body = a.text.trim_end().contains('\n');
    let shaped =
        has_body && (3..=20).contains(&words) && !first.ends_with(['.', ':', ',', ';']) && !first.starts_with(['“', '"', '—', '-']);
    if !shaped {
        return None;
    }
    // The sentences of the first line (a line break always ends a sentence).
    let (caps, long) = (0..a.sentences.len())
        .take_while(|&s| a.sentences[s].start < line.end)
        .map(|s| a.capitalised_words(s))
        .fold((0, 0), |(c, n), (sc, sn)| (c + sc, n + sn));
    (long > 0 && caps * 10 >= long * 6).then(|| first.to_string())
}

/// Document facts from metadata, filled in from the text where metadata is silent.
pub fn extract(a: &Analysis, meta: &Metadata) -> DocInfo {
    let (published_date, date_source) = match meta.published_date.as_deref().and_then(parse_meta_date) {
        Some(d) => (Some(d), Some(meta.date_source.unwrap_or(DateSource::Metadata))),
        None => match dates::infer_document_date(a) {
            Some((d, how)) => (Some(d), Some(how)),
            None => (None, None),
        },
    };
    let publisher = meta
        .publisher
        .clone()
        .or_else(|| ORIGIN.captures(a.text).map(|c| c[1].to_ascii_lowercase()))
        .or_else(|| meta.url.as_deref().and_then(host));
    DocInfo {
        title: meta.title.clone().or_else(|| headline(a)),
        publisher,
        url: meta.url.clone(),
        published_date,
        date_source,
        n_chars: a.text.chars().count(),
        language: meta.extra.get("language").and_then(|l| language_code(l)).unwrap_or_else(|| language::detect(a).to_string()),
    }
}

/// A metadata language as a code: the primary subtag, lowercase ("en-US" and
/// "EN" are "en"); English's other names ("eng", "English") are "en"; `None`
/// when empty.
fn language_code(given: &str) -> Option<String> {
    let primary = given.trim().split(['-', '_']).next().unwrap_or("").to_lowercase();
    match primary.as_str() {
        "" => None,
        "eng" | "english" => Some(language::ENGLISH.to_string()),
        _ => Some(primary),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_wins() {
        let text = "Headline Here Today\nBody text. This article was originally published at example.com";
        let meta = Metadata {
            title: Some("T".into()),
            publisher: Some("P".into()),
            published_date: Some("2024-02-03".into()),
            ..Default::default()
        };
        let info = extract(&Analysis::new(text), &meta);
        assert_eq!(info.title.as_deref(), Some("T"));
        assert_eq!(info.publisher.as_deref(), Some("P"));
        assert_eq!(info.published_date, NaiveDate::from_ymd_opt(2024, 2, 3));
        assert_eq!(info.date_source, Some(DateSource::Metadata));
    }

    #[test]
    fn language_from_metadata_else_detected() {
        let german = "Die Regierung hat beschlossen, dass die Steuer nicht steigt und die Renten sicher sind.";
        assert_eq!(extract(&Analysis::new(german), &Metadata::default()).language, "de");
        // metadata.csv's column wins, written as a tag or a name.
        for (given, want) in [("en-GB", "en"), ("English", "en"), ("DE", "de"), ("pt_BR", "pt"), ("", "de")] {
            let meta = Metadata { extra: [("language".to_string(), given.to_string())].into(), ..Default::default() };
            assert_eq!(extract(&Analysis::new(german), &meta).language, want, "{given}");
        }
    }

    #[test]
    fn inferred_from_text() {
        let text = "Headline Here Today\nBody text.\nThis article was originally published at www.DailyCaller.com";
        let info = extract(&Analysis::new(text), &Metadata::default());
        assert_eq!(info.title.as_deref(), Some("Headline Here Today"));
        assert_eq!(info.publisher.as_deref(), Some("dailycaller.com"));
        // A sentence-case title around names: four of six longer words capitalised,
        // less than the Title-Case test of a sentence asks, enough for a title.
        let sentence_case = "Mayor ‘thanks’ Boston in nod to Harbor Project plan\nBody text.";
        assert!(!Analysis::new(sentence_case).is_title_case(0));
        assert_eq!(
            extract(&Analysis::new(sentence_case), &Metadata::default()).title.as_deref(),
            Some("Mayor ‘thanks’ Boston in nod to Harbor Project plan")
        );
        let no_body = extract(&Analysis::new("Layoffs To Begin Today At Acme"), &Metadata::default());
        assert_eq!(no_body.title, None);
        let sentence_first = extract(&Analysis::new("A full sentence opens it.\nMore."), &Metadata::default());
        assert_eq!(sentence_first.title, None);
        let lowercase_line =
            extract(&Analysis::new("This shop has been compensated by a sponsor and more words\nBody."), &Metadata::default());
        assert_eq!(lowercase_line.title, None);
        let from_url = Metadata { url: Some("https://www.cnbc.com/2019/11/20/x.html".into()), ..Default::default() };
        assert_eq!(extract(&Analysis::new("Text."), &from_url).publisher.as_deref(), Some("cnbc.com"));
    }
}
