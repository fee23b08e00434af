//! Embedded social posts: an attribution line such as `— Elon Musk (@elonmusk)
//! January 22, 2025` (parsed by [`crate::extract::social`]) turns the post
//! lines right above it into one post, with its author's name, handle and date.

use crate::extract::analysis::{Analysis, Bytes, Span};
use crate::extract::social;
use crate::lexicon::{PRONOUNS, REPLY_VERBS, REPORTING_VERBS};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A line that reports speech in prose ("Hours later, Altman responded."): a
/// person pronoun or a capitalised word, then a reply verb.
static REPORTING_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let either_case = |w: &str| {
        let mut c = w.chars();
        let first = c.next().map(|f| format!("[{}{f}]", f.to_uppercase())).unwrap_or_default();
        first + &regex::escape(c.as_str())
    };
    let subjects: Vec<String> = PRONOUNS.rows().iter().filter(|r| r[1] == "yes").map(|r| either_case(r[0])).collect();
    let verbs: Vec<String> = REPLY_VERBS.words().iter().map(|v| regex::escape(v)).collect();
    Regex::new(&format!(r"\b(?:{}|[A-Z][\w’'\-]+)\s+(?:{})\b", subjects.join("|"), verbs.join("|")))
        .expect("pronouns.tsv and reply_verbs.txt make a valid pattern")
});

/// An embedded post found above an attribution line.
pub(super) struct Post {
    /// The post's text, trimmed.
    pub span: Span<Bytes>,
    /// The author's name in the attribution line.
    pub name: Span<Bytes>,
    /// The author's handle with its "@".
    pub handle: Option<String>,
    /// The post's date, ISO 8601.
    pub posted_at: Option<String>,
    /// Post text plus attribution line: kept out of the prose pass.
    pub region: Span<Bytes>,
}

/// How a line above an attribution line reads.
#[derive(PartialEq)]
enum LineKind {
    /// Part of the post.
    Post,
    /// An introducing "…:" line: not part of the post, which starts below it.
    Intro,
    /// Another post's attribution line: not part of the post; prose may stand between.
    Attribution,
    /// Prose (a quoted and attributed line, a long paragraph, a reporting sentence).
    Prose,
}

fn classify_line(a: &Analysis, line: Span<Bytes>) -> LineKind {
    let l = line.slice(a.text).trim();
    if social::attribution(a.text, (line.start, line.end)).is_some() {
        return LineKind::Attribution;
    }
    if l.ends_with(':') {
        return LineKind::Intro;
    }
    let has_quote = l.contains(['“', '"', '”']);
    let starts_quote = l.starts_with(['“', '"']);
    let has_verb = a.token_range(line.start, line.end).any(|i| REPORTING_VERBS.contains(a.low(i)));
    if l.chars().count() > 320 || starts_quote || (has_quote && has_verb) || REPORTING_LINE.is_match(l) {
        return LineKind::Prose;
    }
    LineKind::Post
}

/// Text that reads like a post rather than prose: starting in lowercase, or carrying a
/// link, handle or hashtag.
fn post_like(l: &str) -> bool {
    let lower_start = l.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase);
    lower_start || l.contains("http") || l.contains("pic.twitter") || l.split_whitespace().any(|w| w.starts_with(['@', '#']))
}

/// Embedded posts: the post lines right above each attribution line. The nearest
/// non-blank line is the post; lines further up join while they read like post text
/// (see [`post_like`]); any other line (or a paragraph past a blank line) joins only
/// when a boundary line closes the post off above it: an introducing "…:" line, or
/// another post's attribution line when those lines read like post text. Prose lines stop the search. `doc_date` supplies
/// the year of a post dated without one.
pub(super) fn find_posts(a: &Analysis, doc_date: Option<NaiveDate>) -> Vec<Post> {
    let text = a.text;
    let mut out = Vec::new();
    for (li, &line) in a.lines.iter().enumerate() {
        let Some(attr) = social::attribution(text, (line.start, line.end)) else { continue };
        // The post's text ends on the attribution line itself, or lies in the lines above.
        let span =
            if text[line.start..attr.start].trim().is_empty() { post_lines_above(a, li) } else { Some(Span::new(line.start, attr.start)) };
        let Some(span) = span else { continue };
        let t = span.slice(text);
        let start = span.start + (t.len() - t.trim_start().len());
        let end = span.end - (t.len() - t.trim_end().len());
        out.push(Post {
            span: Span::new(start, end),
            name: Span::new(attr.name.start, attr.name.end),
            handle: attr.handle,
            posted_at: attr.date.and_then(|d| social::post_date(&text[d], doc_date.map(|d| d.year()))).map(|d| d.to_string()),
            region: Span::new(start, line.end),
        });
    }
    out
}

/// Byte range of the post lines above the attribution line `a.lines[li]` (see [`find_posts`]).
fn post_lines_above(a: &Analysis, li: usize) -> Option<Span<Bytes>> {
    const MAX_LINES: usize = 12;
    let (text, lines) = (a.text, &a.lines);
    let blank = |l: Span<Bytes>| l.slice(text).trim().is_empty();
    let mut accepted: Vec<usize> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    let mut first_block = true;
    let mut seen = false;
    let mut j = li;
    let mut closed = false;
    while j > 0 && accepted.len() + pending.len() < MAX_LINES {
        j -= 1;
        if blank(lines[j]) {
            if seen {
                first_block = false;
            }
            continue;
        }
        seen = true;
        match classify_line(a, lines[j]) {
            LineKind::Intro => {
                closed = true;
                break;
            }
            // Right below another post, only lines that read like a post's (see [`post_like`]):
            // a news paragraph between two embedded posts is the article's own prose.
            LineKind::Attribution => {
                closed = pending.iter().all(|&k| post_like(lines[k].slice(text)));
                break;
            }
            LineKind::Prose => break,
            // The nearest line, and lines that read like post text, join at once;
            // others only when a boundary closes the post off above them.
            LineKind::Post if first_block && (accepted.is_empty() || post_like(lines[j].slice(text))) => {
                if pending.is_empty() {
                    accepted.push(j)
                } else {
                    pending.push(j)
                }
            }
            LineKind::Post => pending.push(j),
        }
    }
    if closed {
        accepted.extend(pending);
    }
    Some(Span::new(lines[*accepted.iter().min()?].start, lines[*accepted.iter().max()?].end))
}
