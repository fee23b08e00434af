//! HTML pages: the main article text and the page's own metadata.
//!
//! The text comes from [`dom_smoothie`] (a port of Mozilla's Readability),
//! wrapped in three steps that lift its F1 on html-bench from 0.952 to 0.968
//! (README, "Accuracy and speed"; `scripts/html-bench.sh` measures it):
//!
//! 1. pre-cleaning: elements whose class or id names them as page furniture
//!    (share bars, captions, credits, related links, newsletters, comments)
//!    and `<figure>`, `<nav>`, `<aside>`, `<form>` are removed first, so
//!    Readability scores only prose;
//! 2. post-cleaning: paragraphs that are boilerplate on their own ("Advertisement",
//!    "Image 1 of 8", "Share this article") and repeated paragraphs are dropped;
//! 3. a fallback: when the page's JSON-LD carries an `articleBody` clearly
//!    longer than what Readability found, that text is used instead.
//!
//! Paragraphs are separated by a blank line; headings stay paragraphs of
//! their own. Metadata ([`PageMeta`]) comes from `<meta>` tags, JSON-LD,
//! `<link rel=canonical>` and `<time>` elements, read before any cleaning.

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

use super::page_meta::{self, PageMeta};

/// A page's extracted text and metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Main text, paragraphs separated by blank lines; empty when none was found.
    pub text: String,
    /// What the page says about itself.
    pub meta: PageMeta,
}

/// Class or id words of page furniture: an element named so is removed with its content.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)(?:^|[-_\s])(?:
            share|sharing|social|sociable|addthis|sharethis|
            caption|credits?|photo-?credit|image-?credit|
            related|recommended|read-?more|more-?stories|most-?popular|trending|
            newsletter|subscribe|subscription|signup|sign-?up|paywall|
            comments?|disqus|respond|
            breadcrumbs?|pagination|pager|
            tags?|taglist|tag-?list|
            promo|advert|advertisement|ads?|adslot|ad-?slot|sponsor(?:ed)?|
            print-?only|visually-?hidden|sr-only|screen-?reader-?text
        )(?:$|[-_\s])",
    )
    .unwrap()
});

/// Tags that never hold article prose.
const FURNITURE_TAGS: &[&str] =
    &["nav", "aside", "form", "button", "figure", "figcaption", "footer", "noscript", "iframe", "svg", "select", "dialog"];

/// A whole paragraph that is boilerplate on its own.
static BOILERPLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisement|advertising|sponsored(?:\s+content)?|
            (?:story\s+)?continues?\s+(?:below|after)(?:\s+advertisement)?|
            image\s+\d+\s+of\s*/?\s*\d+|caption|close|
            (?:photo|image|picture|credit)s?\s*:.{0,80}|
            share(?:\s+(?:this|on|via)\b.{0,40})?|
            (?:follow|like)\s+us\b.{0,80}|
            (?:sign\s+up|subscribe)\b.{0,120}|
            read\s+more\b.{0,100}|
            (?:related|recommended)(?:\s+(?:stories|articles|content|coverage|reading))?|
            tags?|
            (?:whatsapp|facebook|twitter|pinterest|linkedin|email|print|reddit|pint|baixar|copy\s+link)(?:\s+(?:whatsapp|facebook|twitter|pinterest|linkedin|email|print|reddit|pint|baixar|copy\s+link))*
        )[.!:]?$",
    )
    .unwrap()
});

/// A byline or time stamp standing alone: "By Ann Lee - 11/18/19 11:04 PM", "Updated Nov 19, 6:55 AM".
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\|\s*)?(?:by\s+\S.{0,60}?\s[-|–—]\s|(?:published|updated|posted|last\s+updated|modified)\b\s*:?)").unwrap()
});

/// A heading that introduces links to other stories; the short lines after it go with it.
static TEASERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:you\s+(?:may|might)\s+also\s+like|don'?t\s+miss|see\s+more|more\s+(?:from|stories|on\s+this)|related\s+(?:stories|articles|coverage|content)|recommended(?:\s+for\s+you)?|read\s+next|most\s+(?:popular|read)|trending(?:\s+now)?|want\s+more\s+stories)\b.{0,60}$",
    )
    .unwrap()
});

/// The main text and metadata of an HTML page. `url` (the page's address,
/// when known) only resolves relative links; nothing is fetched.
pub fn extract(html: &str, url: Option<&str>) -> Page {
    let doc = Document::from(html);
    let (meta, json_body) = page_meta::read(&doc);
    remove_furniture(&doc);
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let readable =
        Readability::with_document(doc, url, Some(cfg)).and_then(|mut r| r.parse()).map(|a| a.text_content.to_string()).unwrap_or_default();
    let mut text = clean_paragraphs(&readable);
    if let Some(body) = json_body.as_deref().map(clean_paragraphs)
        && body.chars().count() > text.chars().count() * 3 / 2 + 200
    {
        text = body;
    }
    Page { text, meta }
}

/// Words that mark a class token as the article itself ("entry-content-read-more").
static CONTENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)content|article|body|story|entry|main").unwrap());

/// Remove page furniture in place: furniture tags, and elements with a class
/// or id token naming furniture, unless the token also names content or the
/// element holds a large share of the page's text (never `html`, `body`,
/// `main` or `article`).
fn remove_furniture(doc: &Document) {
    let prose = |n: &NodeRef| -> usize {
        n.find(&["p"]).iter().map(NodeRef::normalized_char_count).sum::<usize>()
            + if n.node_name().as_deref() == Some("p") { n.normalized_char_count() } else { 0 }
    };
    let total = doc.select("body").nodes().first().map_or(0, prose).max(1);
    let doomed: Vec<NodeRef> = doc
        .select(&format!("{}, [class], [id]", FURNITURE_TAGS.join(", ")))
        .nodes()
        .iter()
        .filter(|n| {
            let name = n.node_name().unwrap_or_default();
            if matches!(&*name, "html" | "body" | "main" | "article") {
                return false;
            }
            let (class, id) = (n.attr("class").unwrap_or_default(), n.attr("id").unwrap_or_default());
            let furniture = FURNITURE_TAGS.contains(&&*name)
                || class.split_whitespace().chain(id.split_whitespace()).any(|t| FURNITURE.is_match(t) && !CONTENT.is_match(t));
            let keep = furniture && prose(n) * 10 >= total * 3;
            furniture && !keep
        })
        .cloned()
        .collect();
    for n in doomed {
        n.remove_from_parent();
    }
}

/// Normalise whitespace, drop boilerplate and repeated paragraphs, and join
/// the rest with blank lines.
fn clean_paragraphs(text: &str) -> String {
    let mut seen: HashSet<String> = HashSet::new();
    let mut out: Vec<String> = Vec::new();
    let mut in_teasers = false;
    for para in text.split("\n\n") {
        let lines: Vec<String> =
            para.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        let joined = lines.join("\n");
        let words = joined.split_whitespace().count();
        if TEASERS.is_match(&joined) {
            in_teasers = true;
            continue;
        }
        if in_teasers && words < 15 {
            continue;
        }
        in_teasers = false;
        // Repeats of a longer paragraph are duplicated captions or teasers; short ones may be list items.
        let repeated = words >= 6 && !seen.insert(joined.to_lowercase());
        let stamp = words <= 16 && STAMP.is_match(&joined);
        if BOILERPLATE.is_match(&joined) || repeated || stamp {
            continue;
        }
        out.push(joined);
    }
    out.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_stamps_teasers_and_repeats_are_dropped() {
        let raw = "Advertisement\n\nBy Ann Lee - 11/18/19 11:04 PM\n\nThe first real paragraph of the story is here.\n\n\
                   The first real paragraph of the story is here.\n\nYou may also like\n\nA teaser headline\n\nAnother teaser\n\n\
                   A second real paragraph that is long enough to end the teaser block, with more than fifteen words in it for sure.\n\n\
                   Meal 1\n\nMeal 1\n\nImage 1 of 8\n\nShare on Facebook";
        assert_eq!(
            clean_paragraphs(raw),
            "The first real paragraph of the story is here.\n\n\
             A second real paragraph that is long enough to end the teaser block, with more than fifteen words in it for sure.\n\n\
             Meal 1\n\nMeal 1"
        );
    }

    #[test]
    fn json_ld_article_body_when_the_page_shows_little() {
        let body = "The whole story is only in the structured data. ".repeat(20);
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","articleBody":"{body}"}}</script></head>
            <body><div id="app"><p>Loading the story now.</p></div></body></html>"#
        );
        assert_eq!(extract(&html, None).text, body.trim());
    }

    #[test]
    fn furniture_with_most_of_the_prose_is_kept() {
        let para = "<p>This paragraph carries the article and it is long enough to count as its prose.</p>".repeat(4);
        let html = format!(r#"<html><body><form id="aspnetForm"><div class="content-wrapper social">{para}</div></form></body></html>"#);
        assert!(extract(&html, None).text.starts_with("This paragraph carries the article"));
    }
}
