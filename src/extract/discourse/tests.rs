//! Tests of the discourse layer, with sentences written for them, and the
//! mention builder the extractor tests share.

use super::words::{
    is_org_role, is_person_pronoun, is_person_role, is_personal_pronoun, is_title_head, org_noun_kind, org_noun_names_its_kind, pronoun,
};
use super::*;
use crate::lexicon::{ORG_NOUN_KINDS, PERSON_NOUNS, PERSON_ROLES, PRONOUNS, RELATION_VERBS};
use EntityType::{Loc as L, Org as O, Person as P};

/// Mentions for `names` (each `(text, type)`) at every whole-word occurrence in
/// `text`, longest names first, never overlapping; sorted by start.
pub(crate) fn mentions_for(text: &str, names: &[(&str, EntityType)]) -> Vec<Mention<Bytes>> {
    let a = Analysis::new(text);
    let mut names = names.to_vec();
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    let mut out: Vec<Mention<Bytes>> = Vec::new();
    for (n, t) in names {
        for (s, _) in text.match_indices(n) {
            let e = s + n.len();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            if !boundary(text[..s].chars().last())
                || !boundary(text[e..].chars().next())
                || out.iter().any(|m| m.span.start < e && m.span.end > s)
            {
                continue;
            }
            out.push(Mention { span: Span::new(s, e), text: n.to_string(), label: t, sentence: a.sentence_of(s) });
        }
    }
    out.sort_by_key(|m| m.span.start);
    out
}

/// Run `f` over the discourse of `text` with mentions `names`; the first
/// occurrence of each of `quoted` is a quoted region.
fn with<R>(text: &str, names: &[(&str, EntityType)], quoted: &[&str], f: impl FnOnce(&Discourse, &[Mention<Bytes>]) -> R) -> R {
    let a = Analysis::new(text);
    let ms = mentions_for(text, names);
    let regions = quoted
        .iter()
        .map(|q| {
            let s = text.find(q).expect("quoted text is in the text");
            Span::new(s, s + q.len())
        })
        .collect();
    let d = Discourse::new(&a, &ms, regions);
    f(&d, &ms)
}

/// The text of mention `m`, or "" for none.
fn name(ms: &[Mention<Bytes>], m: Option<usize>) -> &str {
    m.map_or("", |m| ms[m].text.as_str())
}

/// Byte offset of the `n`th (0-based) occurrence of `w` in `text`.
fn nth(text: &str, w: &str, n: usize) -> usize {
    text.match_indices(w).nth(n).expect("word is in the text").0
}

#[test]
fn mention_index_covers_and_ends() {
    let text = "Nadia Brook met Lumen Labs today.";
    with(text, &[("Nadia Brook", P), ("Lumen Labs", O)], &[], |d, ms| {
        let a = d.a;
        let (nadia, brook, met) = (a.tok_at(0), a.tok_at(nth(text, "Brook", 0)), a.tok_at(nth(text, "met", 0)));
        assert_eq!((name(ms, d.mention_at(nadia)), name(ms, d.mention_at(brook)), d.mention_at(met)), ("Nadia Brook", "Nadia Brook", None));
        assert_eq!((d.index().ending_at(nadia), name(ms, d.index().ending_at(brook))), (None, "Nadia Brook"));
        assert_eq!(d.index().run_end(0, nadia, a.tokens.len()), met);
        assert_eq!(d.index().run_end(0, nadia, brook), brook, "stops at hi");
        assert_eq!(d.mention_of(met + 1, &[O]), Some(1));
        assert_eq!(d.mention_of(met + 1, &[P]), None);
        assert_eq!(d.mention_at(a.tokens.len() + 3), None);
        assert_eq!(mention_at(a, ms), (0..a.tokens.len()).map(|i| d.mention_at(i)).collect::<Vec<_>>());
    });
}

#[test]
fn role_introductions_before_and_after_names() {
    let text = "Harbor Bank spokesman Tom Reyes spoke. Nadia Brook, CEO of Lumen Labs, agreed. The union, Dock Workers Alliance, did not.";
    let names = [("Harbor Bank", O), ("Tom Reyes", P), ("Nadia Brook", P), ("Lumen Labs", O), ("Dock Workers Alliance", O)];
    with(text, &names, &[], |d, ms| {
        let got: Vec<(&str, &str)> = d.role_intros().iter().map(|r| (r.role.as_str(), ms[r.mention].text.as_str())).collect();
        assert_eq!(got, [("spokesman", "Tom Reyes"), ("ceo", "Nadia Brook"), ("union", "Dock Workers Alliance")]);
        assert!(d.role_intros().windows(2).all(|w| w[0].at < w[1].at));
        assert_eq!(&text[d.role_intros()[1].at..][..3], "CEO");
    });
    // The name's article after the comma does not hide the apposition.
    with("The union, the Harbor Dock Workers, objected.", &[("Harbor Dock Workers", O)], &[], |d, ms| {
        let got: Vec<(&str, &str)> = d.role_intros().iter().map(|r| (r.role.as_str(), ms[r.mention].text.as_str())).collect();
        assert_eq!(got, [("union", "Harbor Dock Workers")]);
    });
    // A role noun of the wrong kind introduces nothing ("company" is not a person's role).
    with("The company, Tom Reyes, left.", &[("Tom Reyes", P)], &[], |d, _| assert!(d.role_intros().is_empty()));
    // The role of an organisation set off before the name: "The mayor of Dayton, Ann Lopez,".
    with("The mayor of Dayton, Ann Lopez, spoke.", &[("Dayton", L), ("Ann Lopez", P)], &[], |d, ms| {
        let got: Vec<(&str, &str)> = d.role_intros().iter().map(|r| (r.role.as_str(), ms[r.mention].text.as_str())).collect();
        assert_eq!(got, [("mayor", "Ann Lopez")]);
    });
}

#[test]
fn role_noun_phrases_resolve_to_their_introduction_or_the_most_named_org() {
    let text = "Harbor Bank spokesman Tom Reyes spoke. Later the spokesman left. A spokesman stayed.";
    with(text, &[("Harbor Bank", O), ("Tom Reyes", P)], &[], |d, ms| {
        let a = d.a;
        let the_spokesman = a.tok_at(nth(text, "spokesman", 1));
        let a_spokesman = a.tok_at(nth(text, "spokesman", 2));
        assert_eq!(name(ms, d.resolve_role_np(the_spokesman)), "Tom Reyes");
        assert_eq!(d.resolve_role_np(a_spokesman), None, "an indefinite role names nobody");
        assert_eq!(d.resolve_role("spokesman", 0), None, "no introduction before the text starts");
        assert_eq!(d.resolve_role("senator", text.len()), None, "a person role needs an introduction");
    });
    // "the bank" without an introduction: the organisation named most often before it, the latest on a tie.
    let text = "Alder Bank and Birch Bank met. Birch Bank won. Alder Bank lost. Then the bank said no.";
    with(text, &[("Alder Bank", O), ("Birch Bank", O)], &[], |d, ms| {
        let m = d.resolve_role_np(d.a.tok_at(nth(text, "bank", 0)));
        assert_eq!((name(ms, m), ms[m.unwrap()].span.start), ("Alder Bank", nth(text, "Alder Bank", 1)));
    });
    let text = "Alder Bank fell. Birch Bank rose. Birch Bank grew. The bank said so.";
    with(text, &[("Alder Bank", O), ("Birch Bank", O)], &[], |d, ms| {
        assert_eq!(name(ms, d.resolve_role("bank", nth(text, "The bank", 0))), "Birch Bank");
    });
    // "the company" is neither the outlet someone spoke to nor an organisation whose name
    // gives another kind (a union, an agency).
    let text = "Staff at Kestrel Airways walked out. Its chief told Radio Harbor the offer was fair. \
                The Pilots Union disagreed. The company said talks would go on.";
    with(text, &[("Kestrel Airways", O), ("Radio Harbor", O), ("Pilots Union", O)], &[], |d, ms| {
        assert_eq!(name(ms, d.resolve_role("company", nth(text, "The company", 0))), "Kestrel Airways");
        // A general noun without a kind may still be any of them: the latest on a tie.
        assert_eq!(name(ms, d.resolve_role("group", nth(text, "The company", 0))), "Pilots Union");
    });
    // Nor is it a legislature named in a title, though that is named first.
    let text = "The plan is dead, according to Senate Leader Ana Ruiz.\n\nIn an interview, Kestrel CEO Tom Hale said the plan \
                would go on.\n\nThe company said it was sure.";
    with(text, &[("Senate", O), ("Ana Ruiz", P), ("Kestrel", O), ("Tom Hale", P)], &[], |d, ms| {
        assert_eq!(name(ms, d.resolve_role("company", nth(text, "The company", 0))), "Kestrel");
    });
}

#[test]
fn pronouns_resolve_to_earlier_subjects_outside_quotes() {
    let text = "Nadia Brook visited Oslo. Later she said “ask Tom Reyes about it” and he laughed.";
    let names = [("Nadia Brook", P), ("Oslo", L), ("Tom Reyes", P)];
    with(text, &names, &["ask Tom Reyes about it"], |d, ms| {
        assert_eq!(name(ms, d.resolve_pronoun("she", nth(text, "she", 0))), "Nadia Brook");
        // The person named inside the quotation is skipped.
        assert_eq!(name(ms, d.resolve_pronoun("he", nth(text, "he laughed", 0))), "Nadia Brook");
        assert_eq!(d.resolve_pronoun("she", 0), None, "nothing before the first sentence");
        assert_eq!(d.resolve_pronoun("nadia", nth(text, "she", 0)), None, "not a pronoun");
    });
    // "they" may be an organisation; "it" is one, never a person.
    let text = "Lumen Labs hired Tom Reyes. They paid well. It grew.";
    with(text, &[("Lumen Labs", O), ("Tom Reyes", P)], &[], |d, ms| {
        assert_eq!(name(ms, d.resolve_pronoun("they", nth(text, "They", 0))), "Lumen Labs");
        assert_eq!(name(ms, d.resolve_pronoun("it", nth(text, "It", 0))), "Lumen Labs");
        assert_eq!(name(ms, d.resolve_pronoun("he", nth(text, "It", 0))), "Tom Reyes");
    });
    with("Tom Reyes left. It rained.", &[("Tom Reyes", P)], &[], |d, _| assert_eq!(d.resolve_pronoun("it", 17), None));
}

#[test]
fn name_backoff_and_named_mentions() {
    // "Reyes" is untagged at its second use.
    let text = "Tom Reyes joined. Reyes said yes. “Reyes is fine,” a friend said.";
    let a = Analysis::new(text);
    let ms = vec![Mention { span: Span::new(0, 9), text: "Tom Reyes".into(), label: P, sentence: 0 }];
    let quoted = nth(text, "Reyes is", 0);
    let d = Discourse::new(&a, &ms, vec![Span::new(quoted, quoted + 14)]);
    assert_eq!(d.name_backoff(a.tok_at(nth(text, "Reyes", 1))), Some(0));
    assert_eq!(d.name_backoff(a.tok_at(quoted)), None, "quoted");
    assert_eq!(d.name_backoff(a.tok_at(nth(text, "Reyes", 0))), None, "already tagged");
    assert_eq!(d.mention_named("Tom Reyes"), Some(0));
    assert_eq!(d.mention_named(" Thomas J. Reyes "), Some(0), "by the last word");
    assert_eq!(d.mention_named("Ann Smith"), None);
    assert_eq!(d.mention_within(0, 3), Some(0));
    assert_eq!(d.mention_within(10, 20), None);
}

#[test]
fn speech_subjects_before_and_after_the_verb() {
    let text = "Tom Reyes has also said nothing. The talks ended, said the union. Nadia Brook, who later said yes, left.";
    let names = [("Tom Reyes", P), ("Nadia Brook", P), ("Dock Workers Alliance", O)];
    with(text, &names, &[], |d, ms| {
        let a = d.a;
        let said = |n| a.tok_at(nth(text, "said", n));
        assert_eq!(name(ms, d.subject_before(said(0), 0, &[])), "Tom Reyes", "past the gap words");
        // "said the union": no union was introduced or named, so nobody.
        assert_eq!(d.subject_after(said(1), a.sentences[a.sentence_of_token(said(1))].tokens.end, &[]), None);
        let s2 = a.sentences[a.sentence_of_token(said(2))].tokens.clone();
        assert_eq!(name(ms, d.subject_before(said(2), s2.start, &[])), "Nadia Brook", "relative pronoun's antecedent");
    });
    let text = "The union, Dock Workers Alliance, met. “No,” said the union. “Yes,” said Sen. Reyes.";
    with(text, &[("Dock Workers Alliance", O), ("Reyes", P)], &["No,", "Yes,"], |d, ms| {
        let a = d.a;
        let said = |n| a.tok_at(nth(text, "said", n));
        assert_eq!(name(ms, d.subject_after(said(0), a.tokens.len(), &[])), "Dock Workers Alliance");
        assert_eq!(name(ms, d.subject_after(said(1), a.tokens.len(), &[])), "Reyes", "past the title");
    });
}

#[test]
fn event_subjects_read_structure_only() {
    let text = "Harbor Bank, its largest lender, committed $5 million. Tom Reyes, who reportedly gave $9, left. The fund grew.";
    with(text, &[("Harbor Bank", O), ("Tom Reyes", P)], &[], |d, ms| {
        let a = d.a;
        let v = a.tok_at(nth(text, "committed", 0));
        assert_eq!(name(ms, d.event_subject(v, 0).subject), "Harbor Bank", "appositive");
        let s1 = a.sentences[1].tokens.start;
        let gave = d.event_subject(a.tok_at(nth(text, "gave", 0)), s1);
        assert_eq!((name(ms, gave.subject), gave.antecedent), ("Tom Reyes", None), "relative pronoun");
        let s2 = a.sentences[2].tokens.start;
        assert_eq!(d.event_subject(a.tok_at(nth(text, "grew", 0)), s2), EventSubject::default(), "no clause-wide fallback");
    });
}

#[test]
fn sentence_and_paragraph_mentions_leave_out_quotes() {
    let text = "Tom Reyes spoke. “Ask Nadia Brook,” he said.\n\nLumen Labs agreed.";
    with(text, &[("Tom Reyes", P), ("Nadia Brook", P), ("Lumen Labs", O)], &["Ask Nadia Brook,"], |d, ms| {
        let names = |v: &[usize]| v.iter().map(|&m| ms[m].text.clone()).collect::<Vec<_>>();
        assert_eq!(names(d.sentence_mentions(0)), ["Tom Reyes"]);
        assert!(d.sentence_mentions(1).is_empty());
        assert!(d.sentence_mentions(99).is_empty());
        let paras: Vec<(&str, Vec<String>)> = d.paragraphs().iter().map(|p| (p.span.slice(text), names(&p.mentions))).collect();
        assert_eq!(
            paras,
            [
                ("Tom Reyes spoke. “Ask Nadia Brook,” he said.", vec!["Tom Reyes".to_string()]),
                ("Lumen Labs agreed.", vec!["Lumen Labs".to_string()])
            ]
        );
        assert_eq!(d.paragraph_of(nth(text, "Lumen", 0)), Some(1));
        assert_eq!(d.paragraph_of(text.find("\n\n").unwrap() + 1), None, "blank line");
        assert!(d.is_quoted(nth(text, "Nadia", 0)) && !d.is_quoted(0));
    });
}

#[test]
fn empty_document() {
    with("", &[], &[], |d, _| {
        assert!(d.role_intros().is_empty() && d.paragraphs().is_empty());
        assert_eq!(d.resolve_pronoun("he", 0), None);
        assert_eq!(d.resolve_role("company", 0), None);
    });
}

#[test]
fn word_tables_have_their_columns() {
    assert!(PRONOUNS.rows().iter().all(|r| r.len() == 3 && r[1..].iter().all(|c| matches!(*c, "yes" | "no"))));
    assert!(PERSON_ROLES.rows().iter().all(|r| r.len() == 3 && matches!(r[1], "yes" | "no") && matches!(r[2], "m" | "f" | "-")));
    // A word lives in one list: person nouns are not repeated among the roles.
    assert!(PERSON_NOUNS.rows().iter().all(|n| !PERSON_ROLES.rows().iter().any(|r| r[0] == n[0])));
    assert!(RELATION_VERBS.rows().iter().all(|r| r.len() == 3 && ["founded", "sued", "acquired"].contains(&r[1])));
    assert!(is_person_pronoun("they") && !is_personal_pronoun("they") && is_personal_pronoun("she") && !is_person_pronoun("it"));
    assert_eq!(pronoun("it").map(|p| (p.person, p.org)), Some((false, true)));
    assert!(is_person_role("senator") && !is_title_head("senator") && is_title_head("ceo") && is_person_role("ceo"));
    assert!(is_org_role("company") && !is_person_role("company"));
    // Every noun with a kind is an organisation noun or a public body's ("senate"); "agency" and
    // "administration" share one; the third column, where given, is "yes" (a court is always named so).
    assert!(
        ORG_NOUN_KINDS
            .rows()
            .iter()
            .all(|r| (r.len() == 2 || r.len() == 3 && r[2] == "yes") && (is_org_role(r[0]) || r[1] == "public body"))
    );
    assert!(org_noun_names_its_kind("court") && !org_noun_names_its_kind("agency"));
    assert!(org_noun_kind("agency").is_some() && org_noun_kind("agency") == org_noun_kind("administration"));
    assert_ne!(org_noun_kind("agency"), org_noun_kind("newspaper"));
}
