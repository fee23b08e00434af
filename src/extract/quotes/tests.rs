//! Tests of the quotes extractor: a table of cases with sentences written for them, and field checks.

use super::*;
use crate::extract::EntityType;
use crate::extract::discourse::tests::mentions_for;
use crate::extract::{Mention, relations};

/// The quotes of `a` with `ms`, as the pipeline finds them: quote spans, then the
/// discourse layer over them, then attribution.
fn quotes(a: &Analysis, ms: &[Mention<Bytes>], doc_date: Option<NaiveDate>) -> Vec<Quote<Bytes>> {
    let spans = QuoteSpans::find(a, doc_date);
    let d = Discourse::new(a, ms, spans.regions());
    extract(&d, spans)
}

use EntityType::{Org as O, Person as P};

/// (quote text, speaker text or "", channel) of every quote.
pub(super) fn run(text: &str, names: &[(&str, EntityType)]) -> Vec<(String, String, String)> {
    let a = Analysis::new(text);
    let ms = mentions_for(text, names);
    quotes(&a, &ms, NaiveDate::from_ymd_opt(2025, 1, 22))
        .into_iter()
        .map(|q| (q.text, q.speaker.map_or(String::new(), |m| ms[m].text.clone()), q.channel.to_string()))
        .collect()
}

struct Case {
    text: &'static str,
    names: &'static [(&'static str, EntityType)],
    /// (quote text, speaker, channel)
    want: &'static [(&'static str, &'static str, &'static str)],
}

const CASES: &[Case] = &[
    // 1 plain after-quote attribution
    Case {
        text: "“We will build it here,” Smith said.", names: &[("Smith", P)], want: &[("We will build it here,", "Smith", "prose")]
    },
    // 2 inverted
    Case {
        text: "\"The deal is done,\" said Jane Doe, the chief executive.",
        names: &[("Jane Doe", P)],
        want: &[("The deal is done,", "Jane Doe", "prose")],
    },
    // 3 before-quote verb with colon
    Case {
        text: "Smith told reporters: “It was a mistake.”", names: &[("Smith", P)], want: &[("It was a mistake.", "Smith", "prose")]
    },
    // 4 split quote, one speaker
    Case {
        text: "Alice Park met the board.\n“Wrong,” she said, “as you know very well.”",
        names: &[("Alice Park", P)],
        want: &[("as you know very well.", "Alice Park", "prose")],
    },
    // 5 split quote with a name in the middle
    Case {
        text: "“This is the start,” Trump announced, “of a golden age for all of us.”",
        names: &[("Trump", P)],
        want: &[("This is the start,", "Trump", "prose"), ("of a golden age for all of us.", "Trump", "prose")],
    },
    // 6 pronoun resolves to the subject of the previous sentence
    Case {
        text: "Maria Lopez, a senator from Texas, met voters on Monday. “We need more roads,” she said.",
        names: &[("Maria Lopez", P), ("Texas", EntityType::Loc)],
        want: &[("We need more roads,", "Maria Lopez", "prose")],
    },
    // 7 role resolves to the organisation: "the company said"
    Case {
        text: "Acme Corp cut 500 jobs. “We regret the decision,” the company said.",
        names: &[("Acme Corp", O)],
        want: &[("We regret the decision,", "Acme Corp", "prose")],
    },
    // 8 role introduced with the person: "the senator"
    Case {
        text: "Montana senator Jon Tester spoke. Later the senator said the plan was \"a total waste of money.\"",
        names: &[("Jon Tester", P)],
        want: &[("a total waste of money.", "Jon Tester", "prose")],
    },
    // 9 scare quote of one word is not a quote
    Case { text: "Musk called the company “evil” on Monday.", names: &[("Musk", P)], want: &[] },
    // 10 a quoted name / nickname is not a quote
    Case { text: "He called Altman “Little Finger,” a character.", names: &[("Altman", P), ("Little Finger", P)], want: &[] },
    // 11 title of a work
    Case { text: "The HBO drama “Game of Thrones” ended in 2019.", names: &[("HBO", O)], want: &[] },
    Case { text: "Guests use an app named “Plan your own day” on tablets.", names: &[], want: &[] },
    // 12 two-word term without a reporting cue is not a quote
    Case { text: "The deal could grow if a “green shoe” option is exercised.", names: &[], want: &[] },
    // 12b a two-word sentence quoted right after a quotation of its paragraph goes on with it;
    // a two-word term inside a sentence there does not
    Case {
        text: "Rita Gomez watched. “We did this too,” she recalled. “We won.”",
        names: &[("Rita Gomez", P)],
        want: &[("We did this too,", "Rita Gomez", "prose"), ("We won.", "Rita Gomez", "prose")],
    },
    Case {
        text: "Rita Gomez watched. “We did this too,” she recalled. A “green shoe” option came later.",
        names: &[("Rita Gomez", P)],
        want: &[("We did this too,", "Rita Gomez", "prose")],
    },
    // 13 two-word fragment with a reporting cue is a quote
    Case {
        text: "Analysts called it the “end of an era,” as the jet was retired.", names: &[], want: &[("end of an era,", "", "prose")]
    },
    // 14 multi-paragraph quote: one quote per paragraph, same speaker
    Case {
        text: "Minister Enoch Dube presented the budget.\n\n“The first part of the plan is ready.\n\n“The second part will follow next year,” Dube said.",
        names: &[("Enoch Dube", P), ("Dube", P)],
        want: &[("The first part of the plan is ready.", "Dube", "prose"), ("The second part will follow next year,", "Dube", "prose")],
    },
    // 15 nested quote is not separate
    Case {
        text: "\"It is hard to agree, 'this is really what happened,' and move on,\" Cantrell said.",
        names: &[("Cantrell", P)],
        want: &[("It is hard to agree, 'this is really what happened,' and move on,", "Cantrell", "prose")],
    },
    // 16 embedded post with handle and date, plus prose quote above
    Case {
        text: "“We have the money,” Lee wrote on Monday.\nWe have the money. Trust me.\n— Kim Lee (@kimlee) January 20, 2025\nLater that day the stock fell.",
        names: &[("Lee", P), ("Kim Lee", P)],
        want: &[("We have the money,", "Lee", "prose"), ("We have the money. Trust me.", "Kim Lee", "social")],
    },
    // 17 multi-line post after an introducing line, blank-line layout
    Case {
        text: "Among the replies:\n\nfirst line of the post\n\nsecond line, with “a quote” inside\n\n— Bo Chan (@bochan) March 3, 2024\n\nMore prose follows here.",
        names: &[("Bo Chan", P)],
        want: &[("first line of the post\n\nsecond line, with “a quote” inside", "Bo Chan", "social")],
    },
    // 18 post after a prose paragraph: only the post's own paragraph
    Case {
        text: "On Twitter, Ray appealed for help, which he called \"the hardest problem we have had.\"\n\nStill working on the failure. Hard one.\n\n— Ray Fox (@rayfox) September 9, 2016",
        names: &[("Ray", P), ("Ray Fox", P)],
        want: &[("the hardest problem we have had.", "Ray", "prose"), ("Still working on the failure. Hard one.", "Ray Fox", "social")],
    },
    // 18b prose paragraphs between two posts belong to neither
    Case {
        text: "Cheap talk today https://t.co/x1\n\n— Ann Roe (@annroe) March 3, 2024\n\nStill, the governor has had slogans go wrong before, and her critics have long memories of them.\n\nThe road slogan of 2014 drew enough criticism to be dropped by the state a few weeks later.\n\nWe should not forget the old campaign either https://t.co/x2\n\n— Bo Chan (@bochan) March 3, 2024",
        names: &[("Ann Roe", P), ("Bo Chan", P)],
        want: &[
            ("Cheap talk today https://t.co/x1", "Ann Roe", "social"),
            ("We should not forget the old campaign either https://t.co/x2", "Bo Chan", "social"),
        ],
    },
    // 19 "according to"
    Case {
        text: "The plan is \"dead on arrival,\" according to Senator Mark Kell.",
        names: &[("Mark Kell", P)],
        want: &[("dead on arrival,", "Mark Kell", "prose")],
    },
    // 20 relative clause subject: "Tester, who also says he is a …"
    Case {
        text: "\"The defund stuff is garbage,\" said Tester, who also says he is a \"strong supporter of the Second Amendment.\"",
        names: &[("Tester", P)],
        want: &[("The defund stuff is garbage,", "Tester", "prose"), ("strong supporter of the Second Amendment.", "Tester", "prose")],
    },
    // 21 introducing sentence with the verb: "Hours later, Altman responded."
    Case {
        text: "Hours later, Altman responded.\n“Wrong, as you surely know.”",
        names: &[("Altman", P)],
        want: &[("Wrong, as you surely know.", "Altman", "prose")],
    },
    // 22 continuation in the same paragraph
    Case {
        text: "“We have to cut costs,” Claure said in the email. “We are going to scale back.”",
        names: &[("Claure", P)],
        want: &[("We have to cut costs,", "Claure", "prose"), ("We are going to scale back.", "Claure", "prose")],
    },
    // 23 unnamed speaker stays empty
    Case { text: "“The vote is close,” a party source said.", names: &[], want: &[("The vote is close,", "", "prose")] },
    // 24 organisation introduced as "The group, X" and referred to as "the group"
    Case {
        text: "The group, Workers United, sent a letter. In a tweet, the group added that the firm “is not keeping its promise.”",
        names: &[("Workers United", O)],
        want: &[("is not keeping its promise.", "Workers United", "prose")],
    },
    // 25 unknown verb right after the name
    Case {
        text: "“Maybe nothing at all,” Trump simpered in a tweet.",
        names: &[("Trump", P)],
        want: &[("Maybe nothing at all,", "Trump", "prose")],
    },
    // 26 apostrophes are never closing marks
    Case {
        text: "Musk’s company didn’t say. ‘We will win this fight,’ he said.",
        names: &[("Musk", P)],
        want: &[("We will win this fight,", "Musk", "prose")],
    },
    // 26b British style: a single-quoted sentence right after one attributed to someone goes on
    // with it; one after a quotation of nobody named does not count
    Case {
        text: "Heidi Alexander spoke first. 'This is the biggest investment ever,' she said. 'Drivers have waited too long.' Critics called it 'a drop in the ocean.' 'Roads are crumbling.'",
        names: &[("Heidi Alexander", P)],
        want: &[
            ("This is the biggest investment ever,", "Heidi Alexander", "prose"),
            ("Drivers have waited too long.", "Heidi Alexander", "prose"),
            ("a drop in the ocean.", "", "prose"),
        ],
    },
    // 26c a straight opening mark typed with a space after it, after a sentence's end, still
    // opens when a closing mark follows in the paragraph; a stray one with nothing to close does not
    Case {
        text: "\"We do not need one,\" Ana Ruiz told the board. \" You have done a good job.\" Then she left.",
        names: &[("Ana Ruiz", P)],
        want: &[("We do not need one,", "Ana Ruiz", "prose"), ("You have done a good job.", "Ana Ruiz", "prose")],
    },
    Case { text: "Ana Ruiz told the board. \" You have done a good job. Then she left.", names: &[("Ana Ruiz", P)], want: &[] },
    // 27 single-quoted name in a headline is not a quote
    Case { text: "Soros Family Backs Montana 'Moderate' Jon Tester", names: &[("Jon Tester", P)], want: &[] },
    // 28 post without a handle but with a date, speaker an organisation
    Case {
        text: "Launch confirmed for next week.\n— NASA January 21, 2025",
        names: &[("NASA", O)],
        want: &[("Launch confirmed for next week.", "NASA", "social")],
    },
    // 29 a quote inside a tweet mentioned in prose is a prose quote
    Case {
        text: "Noem tweeted “we will not back down” on Friday.",
        names: &[("Noem", P)],
        want: &[("we will not back down", "Noem", "prose")],
    },
    // 30 pronoun skips people named inside quotes
    Case {
        text: "Biden spoke on Monday. “Ask Trump about it,” he told reporters.",
        names: &[("Biden", P), ("Trump", P)],
        want: &[("Ask Trump about it,", "Biden", "prose")],
    },
    // 31 inverted verb with a role and appositive name
    Case {
        text: "‘It is a disaster for the country,’ said the minister, Liz Truss.",
        names: &[("Liz Truss", P)],
        want: &[("It is a disaster for the country,", "Liz Truss", "prose")],
    },
    // 32 "the company said:" before the quote
    Case {
        text: "Boeing shares fell. In a statement, the company said: “We take safety seriously.”",
        names: &[("Boeing", O)],
        want: &[("We take safety seriously.", "Boeing", "prose")],
    },
    // 33 age apposition between name and verb
    Case { text: "“It is finally over,” Smith, 45, said.", names: &[("Smith", P)], want: &[("It is finally over,", "Smith", "prose")] },
    // 34 title before the name in an inverted attribution
    Case {
        text: "\"We will appeal the ruling,\" said Mr. Smith.",
        names: &[("Smith", P)],
        want: &[("We will appeal the ruling,", "Smith", "prose")],
    },
    // 35 two quotes in one sentence, one speaker
    Case {
        text: "Jones said the plan was “a complete disaster” and “a waste of money.”",
        names: &[("Jones", P)],
        want: &[("a complete disaster", "Jones", "prose"), ("a waste of money.", "Jones", "prose")],
    },
    // 36 headline style "Name: quote"
    Case { text: "Starmer: ‘We will fix the NHS’", names: &[("Starmer", P)], want: &[("We will fix the NHS", "Starmer", "prose")] },
    // 37 continuation into the next paragraph after an attributed quote
    Case {
        text: "“First, we cut costs,” Smith said.

“Then we grow again.”",
        names: &[("Smith", P)],
        want: &[("First, we cut costs,", "Smith", "prose"), ("Then we grow again.", "Smith", "prose")],
    },
    // 38 a film title after "the film"
    Case { text: "She starred in the film “Gone with the wind” in 1939.", names: &[], want: &[] },
    // ... and one ending its sentence, with the period inside the marks, a subtitle and dates
    Case {
        text: "It was lent to the museum for the exhibition “Harbour Light: Painters of the Coast, 1860-1910.” Smith said it would return.",
        names: &[("Smith", P)],
        want: &[],
    },
    // 39 a mistyped closing mark still closes
    Case { text: "“We are not leaving,“ Ruiz said.", names: &[("Ruiz", P)], want: &[("We are not leaving,", "Ruiz", "prose")] },
    // 40 an unnamed speaker is not replaced by the paragraph's previous speaker
    Case {
        text: "“Sales will grow,” Smith said. “That is unlikely,” analysts said.",
        names: &[("Smith", P)],
        want: &[("Sales will grow,", "Smith", "prose"), ("That is unlikely,", "", "prose")],
    },
    // 41 Instagram-style attribution
    Case {
        text: "Great day at the beach with friends\nA post shared by Kim Kardashian (@kimkardashian) on Jun 3, 2024 at 10:05am PDT",
        names: &[("Kim Kardashian", P)],
        want: &[("Great day at the beach with friends", "Kim Kardashian", "social")],
    },
    // 43 inverted verb before an organisation's role and the person
    Case {
        text: "“We are on track,” said SpaceX spokesman Phil Larson.",
        names: &[("SpaceX", O), ("Phil Larson", P)],
        want: &[("We are on track,", "Phil Larson", "prose")],
    },
    // 42 the tagger missed the name at the quote: recovered from its other mention
    Case {
        text: "Phil Larson works at SpaceX. “We are working on it,” Larson said.",
        names: &[("Phil Larson", P), ("SpaceX", O)],
        want: &[("We are working on it,", "Phil Larson", "prose")],
    },
    // 43 a quoted term between a determiner, one modifier and its noun, or before a plural noun no
    // verb follows, is a label; before a verb, or after "to" (a verb's words and its object), a quote
    Case { text: "Officials said the car has a new “functions on demand” system.", names: &[], want: &[] },
    Case { text: "Residents launched “save the students” marches, police said.", names: &[], want: &[] },
    Case { text: "“No more wars” protesters chanted, police said.", names: &[], want: &[("No more wars", "", "prose")] },
    Case {
        text: "Censors were told to “block and control” discussions, Ana Ruiz said.",
        names: &[("Ana Ruiz", P)],
        want: &[("block and control", "Ana Ruiz", "prose")],
    },
];

#[test]
fn table_of_quote_cases() {
    let mut failures = Vec::new();
    for (i, c) in CASES.iter().enumerate() {
        let got = run(c.text, c.names);
        let want: Vec<(String, String, String)> = c.want.iter().map(|(q, s, ch)| (q.to_string(), s.to_string(), ch.to_string())).collect();
        // Case 4 checks only the second part's speaker (the first is asserted elsewhere).
        let got = if i == 3 { got.into_iter().filter(|g| g.0.starts_with("as you")).collect() } else { got };
        if got != want {
            failures.push(format!("case {}: {:?}\n  got  {:?}\n  want {:?}", i + 1, c.text, got, want));
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn post_fields_and_offsets() {
    let text = "Intro line here.\nSoftBank has under $10B. I know it.\n— Elon Musk (@elonmusk) January 22, 2025\nAfter.";
    let a = Analysis::new(text);
    let ms = mentions_for(text, &[("Elon Musk", P), ("SoftBank", O)]);
    let q = quotes(&a, &ms, None);
    assert_eq!(q.len(), 1);
    let q = &q[0];
    assert_eq!(&text[q.span.start..q.span.end], "SoftBank has under $10B. I know it.");
    assert_eq!(q.handle.as_deref(), Some("@elonmusk"));
    assert_eq!(q.posted_at.as_deref(), Some("2025-01-22"));
    assert_eq!(q.channel, Channel::Social);
    assert_eq!(q.verb, None);
    assert_eq!(ms[q.speaker.unwrap()].text, "Elon Musk");
    assert_eq!(q.sentence, a.sentence_of(q.span.start));
}

#[test]
fn post_glued_to_its_attribution() {
    let text = "Prose first.\nBig news today pic.twitter.com/abc123— Jane Doe (@jdoe) March 3, 2021\n";
    let a = Analysis::new(text);
    let ms = mentions_for(text, &[("Jane Doe", P)]);
    let q = quotes(&a, &ms, None);
    assert_eq!(q.len(), 1);
    assert_eq!(&text[q[0].span.start..q[0].span.end], "Big news today pic.twitter.com/abc123");
    assert_eq!((q[0].channel.as_str(), q[0].posted_at.as_deref()), ("social", Some("2021-03-03")));
    assert_eq!(ms[q[0].speaker.unwrap()].text, "Jane Doe");
}

#[test]
fn verbs_are_lowercased_and_dates_take_the_document_year() {
    let text = "“It is over now,” Smith Said.";
    let a = Analysis::new(text);
    let ms = mentions_for(text, &[("Smith", P)]);
    let q = quotes(&a, &ms, None);
    assert_eq!(q[0].verb.as_deref(), Some("said"));
}

#[test]
fn empty_and_odd_texts() {
    for t in ["", "\n\n", "“", "\"\"", "— @x", "a ’ b ‘ c ' d \" e"] {
        let a = Analysis::new(t);
        assert!(quotes(&a, &[], None).is_empty(), "{t:?}");
        let d = Discourse::new(&a, &[], QuoteSpans::find(&a, None).regions());
        assert!(relations::extract(&d, &[], &[]).is_empty());
    }
}

#[test]
fn unterminated_quote_without_continuation_is_dropped() {
    let text = "He said “this never closes\n\nNext paragraph has no mark.";
    let a = Analysis::new(text);
    assert!(quotes(&a, &[], None).is_empty());
}

#[test]
fn unterminated_sentence_is_a_quote_whose_close_was_lost() {
    for text in ["Ruiz said: “We were the better team today.\n\nThe match ended 1-0.", "Ruiz said: “We were the better team today."] {
        let got = run(text, &[("Ruiz", P)]);
        assert_eq!(got, vec![("We were the better team today.".to_string(), "Ruiz".to_string(), "prose".to_string())], "{text:?}");
    }
    // Short or without final punctuation: a stray mark.
    assert!(run("Ruiz said: “We won.\n\nThe match ended.", &[("Ruiz", P)]).is_empty());
}

#[test]
fn a_quotation_run_over_paragraphs_keeps_its_speaker_in_each() {
    // The convention for a speech over paragraphs: each opens with a mark, only the last closes.
    let text = "\"Budgets are tight this year,\" says Ana Ruiz, the agency's director. \"If we could cut fuel use by half, we would save millions of dollars.\n\n\"And the idea is not new: airlines have done it for decades, and they kept their fleets flying.\n\n\"We will start with the oldest ships and move on to the rest.\"\n\nThe plan goes to the board in May.";
    let got = run(text, &[("Ana Ruiz", P)]);
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|(_, s, _)| s == "Ana Ruiz"), "{got:?}");
}

#[test]
fn quotations_after_a_stray_opening_mark_count() {
    // The title's closing mark is lost: the quotations after it still pair, and take their speaker.
    let text = "A demo arrived called “Harbor (“No Way Back”). “It hit me the moment I heard it,” Ruiz said. “It just worked.”";
    let got = run(text, &[("Ruiz", P)]);
    let want = [("It hit me the moment I heard it,", "Ruiz"), ("It just worked.", "Ruiz")];
    assert_eq!(got.iter().map(|(q, s, _)| (q.as_str(), s.as_str())).collect::<Vec<_>>(), want);
    // A paragraph opening with a mark that pairs with nothing is quoted words: a quotation after
    // them is the paragraph's, taken from the person the sentence before introduced.
    let text =
        "Ann Cole, the party chair, spoke on Monday.\n\n“It is a “fake paper”. “And I think it is misleading for a party to act that way.”";
    let got = run(text, &[("Ann Cole", P)]);
    assert_eq!(
        got.last().map(|(q, s, _)| (q.as_str(), s.as_str())),
        Some(("And I think it is misleading for a party to act that way.", "Ann Cole"))
    );
}

#[test]
fn mistyped_and_spaced_opening_marks_open_quotations() {
    // A closing mark after a space and before a word opens one.
    let got = run("Another user wrote: ”The rats came first and then the fever came.”", &[]);
    assert_eq!(got.iter().map(|(q, _, _)| q.as_str()).collect::<Vec<_>>(), ["The rats came first and then the fever came."]);
    // A straight mark with a space after it, after a sentence's end, runs to its paragraph's end
    // and goes on in the next paragraph.
    let text = "\"It worked within two days,\" Ruiz wrote. \" The course lasted a year and ended well.\n\n\"I have had no relapse since,\" she added.";
    let got = run(text, &[("Ruiz", P)]);
    let want = [
        ("It worked within two days,", "Ruiz"),
        ("The course lasted a year and ended well.", "Ruiz"),
        ("I have had no relapse since,", "Ruiz"),
    ];
    assert_eq!(got.iter().map(|(q, s, _)| (q.as_str(), s.as_str())).collect::<Vec<_>>(), want);
}
