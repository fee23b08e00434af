//! Table-driven regression tests of the date grammar, written from the spec's
//! rules (document date: Wednesday 2025-01-22, ISO week 2025-W04).

use super::super::analysis::Bytes;
use super::*;

fn doc() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 22).unwrap()
}

/// (sentence, span, value, granularity, relative)
const POSITIVE: &[(&str, &str, &str, &str, bool)] = &[
    // Absolute days.
    ("The deal was signed on January 22, 2025.", "January 22, 2025", "2025-01-22", "day", false),
    ("Talks began Jan. 22, 2025 in Paris.", "Jan. 22, 2025", "2025-01-22", "day", false),
    ("The treaty was signed 22 January 2025 in Geneva.", "22 January 2025", "2025-01-22", "day", false),
    ("The sale closed on the 22nd of January 2025.", "22nd of January 2025", "2025-01-22", "day", false),
    ("The pact was signed on Wednesday, January 15, 2025.", "Wednesday, January 15, 2025", "2025-01-15", "day", false),
    ("The filing is dated 2025-01-20.", "2025-01-20", "2025-01-20", "day", false),
    ("BRUSSELS 1996-08-22", "1996-08-22", "1996-08-22", "day", false),
    ("The form was filed on 1/22/2025.", "1/22/2025", "2025-01-22", "day", false),
    ("The letter was dated 22/01/2025.", "22/01/2025", "2025-01-22", "day", false),
    ("The letter was dated 03/04/2024.", "03/04/2024", "2024-03-04", "day", false),
    ("The notice is dated 13.02.2024.", "13.02.2024", "2024-02-13", "day", false),
    ("Republicans voted on Super Tuesday, March 5.", "March 5", "2024-03-05", "day", true),
    ("The 1/5/25 memo leaked.", "1/5/25", "2025-01-05", "day", false),
    // Days without a year: most recent, or coming for the future.
    ("The vote was held on Jan. 10.", "Jan. 10", "2025-01-10", "day", true),
    ("Sales fell on Jan 15 after the report.", "Jan 15", "2025-01-15", "day", true),
    ("The results came out on January 2nd.", "January 2nd", "2025-01-02", "day", true),
    ("Workers will be terminated on Dec. 9, the group said.", "Dec. 9", "2025-12-09", "day", true),
    ("The first vote was on Dec. 9.", "Dec. 9", "2024-12-09", "day", true),
    ("The Sept. 1 anomaly destroyed a satellite.", "Sept. 1", "2024-09-01", "day", true),
    ("From June 1 we’ll bring a further 250 staff.", "June 1", "2025-06-01", "day", true),
    ("Southwest canceled its flights through 5 August.", "5 August", "2025-08-05", "day", true),
    ("The first on February 19 and the second on March 12 were rejected.", "March 12", "2024-03-12", "day", true),
    // Months.
    ("Prices peaked in June 2024.", "June 2024", "2024-06", "month", false),
    ("The rocket exploded in October 2014.", "October 2014", "2014-10", "month", false),
    ("Profits rose in March.", "March", "2024-03", "month", true),
    ("The company will open a new plant in March.", "March", "2025-03", "month", true),
    ("The store closed in December.", "December", "2024-12", "month", true),
    ("Sales are expected to rise in April.", "April", "2025-04", "month", true),
    ("SpaceX is hoping to return to flight in January.", "January", "2025-01", "month", true),
    ("Flights are cancelled through mid-August.", "August", "2025-08", "month", true),
    ("The jets have been grounded since March.", "March", "2024-03", "month", true),
    ("The rules changed in May.", "May", "2024-05", "month", true),
    ("Sales Slump In December Amid Tariff Fears", "December", "2024-12", "month", true),
    ("Economists now expect the first cut in June.", "June", "2025-06", "month", true),
    ("Growth will hit 2% this year, up from 1.4% in December.", "December", "2024-12", "month", true),
    // A comma that only sets off the date's own phrase does not weaken the future.
    ("The series will be released in two parts, on August 6 and September 3.", "August 6", "2025-08-06", "day", true),
    ("The series will be released in two parts, on August 6 and September 3.", "September 3", "2025-09-03", "day", true),
    ("Minutes of the January 14-15 meeting were released.", "January 14", "2025-01-14", "day", true),
    ("Talks stalled between January and March.", "March", "2024-03", "month", true),
    ("Clark in October revealed plans to grow.", "October", "2024-10", "month", true),
    ("The allocation was made in November last year.", "November last year", "2024-11", "month", true),
    ("Prices rose last month.", "last month", "2024-12", "month", true),
    ("The plant opens next month.", "next month", "2025-02", "month", true),
    ("The group wrote to management earlier this month.", "this month", "2025-01", "month", true),
    // Quarters.
    ("Revenue hit a record in Q3 2019.", "Q3 2019", "2019-Q3", "quarter", false),
    ("Earnings grew in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3", "quarter", false),
    ("Earnings grew in the third quarter.", "the third quarter", "2024-Q3", "quarter", true),
    ("Revenue fell in Q4.", "Q4", "2024-Q4", "quarter", true),
    ("Revenue fell sharply last quarter.", "last quarter", "2024-Q4", "quarter", true),
    ("Losses peaked in the fourth quarter of last year.", "the fourth quarter of last year", "2024-Q4", "quarter", true),
    ("GDP grew fastest since the final quarter of 2021.", "the final quarter of 2021", "2021-Q4", "quarter", false),
    ("The season kicks off on January 20 with a derby.", "January 20", "2025-01-20", "day", true),
    ("The automaker will report fourth-quarter results next week.", "fourth-quarter", "2024-Q4", "quarter", true),
    ("Tesla sold 1.76 million cars in the 12 months through September.", "September", "2024-09", "month", true),
    ("The loss narrowed in third-quarter trading.", "third-quarter", "2024-Q3", "quarter", true),
    // Years.
    ("The firm was founded in 2015.", "2015", "2015", "year", false),
    ("The 2024 election was close.", "2024", "2024", "year", false),
    ("In 2013 the listing went to New York.", "2013", "2013", "year", false),
    ("It will be one of the most expensive races of 2024.", "2024", "2024", "year", false),
    ("If it's any comfort, 2016 probably wasn't a good year.", "2016", "2016", "year", false),
    ("The company expects a loss in fiscal 2020.", "fiscal 2020", "2020", "year", false),
    ("The FY2021 budget was cut.", "FY2021", "2021", "year", false),
    ("He starred in the 2022/23 season.", "2022/23", "2022/2023", "year", false),
    ("Treasury tabled the 2025/2026 budget.", "2025/2026", "2025/2026", "year", false),
    ("Collections fell in the 2019-20 season.", "2019-20", "2019/2020", "year", false),
    ("The agency was sidelined from 2015 to 2018.", "2018", "2018", "year", false),
    ("The review covered 2015–2020 in detail.", "2020", "2020", "year", false),
    ("The package runs from this year up to 2027.", "2027", "2027", "year", false),
    ("The package runs from this year up to 2027.", "this year", "2025", "year", true),
    ("Sales slumped last year.", "last year", "2024", "year", true),
    ("The tax rises next year.", "next year", "2026", "year", true),
    ("A year ago the firm was private.", "A year ago", "2024", "year", true),
    ("The company hopes to blast into the new year with a launch.", "the new year", "2025", "year", true),
    // Weekdays.
    ("Musk tweeted early Wednesday morning.", "Wednesday", "2025-01-22", "day", true),
    ("The president spoke on Tuesday.", "Tuesday", "2025-01-21", "day", true),
    ("The board met on Friday.", "Friday", "2025-01-17", "day", true),
    ("The board will meet on Friday.", "Friday", "2025-01-24", "day", true),
    ("On Friday, the board will vote on the plan.", "Friday", "2025-01-24", "day", true),
    ("The bank said Monday it would cut jobs.", "Monday", "2025-01-20", "day", true),
    ("The meeting will be postponed from Tuesday to Friday.", "Tuesday", "2025-01-28", "day", true),
    ("The ceremony is due to be held next Tuesday.", "next Tuesday", "2025-01-28", "day", true),
    ("Shares fell last Monday.", "last Monday", "2025-01-20", "day", true),
    ("The trial starts Monday in Boston.", "Monday", "2025-01-27", "day", true),
    ("The deadline is Friday.", "Friday", "2025-01-24", "day", true),
    ("Twitter Erupts Monday Over Boeing Advice", "Monday", "2025-01-20", "day", true),
    ("They sat next to Trump during his Tuesday announcement.", "Tuesday", "2025-01-21", "day", true),
    // Days, weeks, weekends relative to the document date.
    ("The report was published yesterday.", "yesterday", "2025-01-21", "day", true),
    ("The law takes effect today.", "today", "2025-01-22", "day", true),
    // A generic noun as the object, or one with a past verb after, leaves "today" the day.
    ("Workers today voted to strike.", "today", "2025-01-22", "day", true),
    ("We needed to win this game today.", "today", "2025-01-22", "day", true),
    ("The vote is tomorrow.", "tomorrow", "2025-01-23", "day", true),
    ("Protesters gathered last night outside the palace.", "last night", "2025-01-21", "day", true),
    ("He speaks at the summit tonight.", "tonight", "2025-01-22", "day", true),
    ("Major WeWork Layoffs To Begin Today", "Today", "2025-01-22", "day", true),
    ("Today, the company said it would close.", "Today", "2025-01-22", "day", true),
    ("Two days ago the index fell.", "Two days ago", "2025-01-20", "day", true),
    ("Eighteen months ago we were three people.", "Eighteen months ago", "2023-07", "month", true),
    ("Layoffs will begin this week.", "this week", "2025-W04", "week", true),
    ("Inmarsat switched providers last week.", "last week", "2025-W03", "week", true),
    ("The bill goes to a vote next week.", "next week", "2025-W05", "week", true),
    ("The group announced over the weekend that it had won.", "the weekend", "2025-W03", "week", true),
    ("The festival takes place this weekend.", "this weekend", "2025-W04", "week", true),
];

/// (sentence, words that must not be (part of) a date)
const NEGATIVE: &[(&str, &str)] = &[
    ("Hours later, Altman responded.", "Hours later"),
    ("Prices have risen recently.", "recently"),
    ("One day after the event, he left.", "One day after"),
    ("Growth in the 2020s was slow.", "2020s"),
    ("Sales peak every summer.", "summer"),
    ("The meeting started at 10 a.m. sharp.", "10 a.m."),
    ("The 39-year-old founder resigned.", "39-year-old"),
    ("The project took two years.", "two years"),
    ("The firm employs 2015 employees.", "2015"),
    ("The plant created 2,015 jobs.", "2,015"),
    ("The company paid $2,019 in fees.", "2,019"),
    ("The company paid $2019 in fees.", "2019"),
    ("About 2000 protesters marched.", "2000"),
    ("Flight 2019 landed safely.", "2019"),
    ("Theresa May resigned as leader.", "May"),
    ("You may see changes.", "may"),
    ("Thousands will march on the capital.", "march"),
    ("Workers March on Washington.", "March"),
    ("April Ryan asked a question.", "April"),
    ("Black Friday sales were strong.", "Friday"),
    ("The Sunday Times reported the deal.", "Sunday"),
    ("In today's world, data is power.", "today"),
    ("The youth of today are different.", "today"),
    ("Phones were far heavier then than today.", "today"),
    ("Today's players are faster and stronger.", "Today"),
    ("He writes for USA Today.", "Today"),
    ("Kids today spend hours online.", "today"),
    ("Many American parents today worry about screens.", "today"),
    ("Unlike today, the town had no cars.", "today"),
    ("Today, more people than ever own a phone.", "Today"),
    ("He has worked there for the last year.", "last year"),
    ("Over the past week, shares fell.", "past week"),
    ("The shop is open on Mondays.", "Mondays"),
    ("The board meets every Monday.", "Monday"),
    ("See https://example.com/2019/04/story for details.", "2019"),
    ("Musk spent over a quarter of a billion dollars.", "quarter"),
    ("A third quarter of respondents agreed.", "quarter"),
    ("The Boeing 737 fleet was grounded.", "737"),
    ("He was sidelined for six months.", "six months"),
    ("The rate rose 20.19 percent.", "20.19"),
    ("Emirates will expand by the early 2020s.", "2020s"),
    ("Employees waited weeks in the coming weeks.", "weeks"),
];

fn run(s: &str) -> Vec<DateMention<Bytes>> {
    extract(&Analysis::new(s), Some(doc()))
}

#[test]
fn positive_table() {
    assert!(POSITIVE.len() >= 70);
    let mut failures = Vec::new();
    for &(s, span, value, gran, rel) in POSITIVE {
        let got = run(s);
        let hit = got.iter().find(|m| m.text == span);
        let ok = hit.is_some_and(|m| {
            m.value == value
                && m.granularity.as_str() == gran
                && m.relative == rel
                && &s[m.span.start..m.span.end] == span
                && m.sentence == 0
        });
        if !ok {
            failures.push(format!(
                "{s:?} [{span}] want {value}/{gran}/{rel}, got {:?}",
                got.iter().map(|m| (&m.text, &m.value, &m.granularity, m.relative)).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_table() {
    let mut failures = Vec::new();
    for &(s, words) in NEGATIVE {
        let b = s.find(words).unwrap();
        let e = b + words.len();
        let got = run(s);
        if let Some(m) = got.iter().find(|m| m.span.start < e && b < m.span.end) {
            failures.push(format!("{s:?}: {words:?} gave {:?} = {}", m.text, m.value));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn relative_dates_need_a_document_date() {
    let s = "The board met on Tuesday, after talks in March and in 2015 and on Jan. 5, 2024.";
    let got: Vec<(String, String)> = extract(&Analysis::new(s), None).into_iter().map(|m| (m.text, m.value)).collect();
    assert_eq!(got, [("2015".to_string(), "2015".to_string()), ("Jan. 5, 2024".to_string(), "2024-01-05".to_string())]);
}

#[test]
fn empty_and_odd_texts() {
    assert!(run("").is_empty());
    assert!(run("🇺🇸🇺🇸 — “” ...").is_empty());
    assert_eq!(infer_document_date(&Analysis::new("")), None);
    // Non-ASCII around dates keeps byte offsets on char boundaries.
    let s = "“Jan. 5” — café opened 2019’s best.";
    let got: Vec<String> = run(s).into_iter().map(|m| m.value).collect();
    assert_eq!(got, ["2025-01-05", "2019"]);
}

#[test]
fn offsets_and_sentences_are_bytes() {
    let s = "Intro “quoted” text.\nThe €5 deal closed on Tuesday.";
    let got = run(s);
    assert_eq!(got.len(), 1);
    let m = &got[0];
    assert_eq!(&s[m.span.start..m.span.end], "Tuesday");
    assert_eq!(m.sentence, 1);
}

#[test]
fn the_new_year_late_in_a_year_is_the_next_one() {
    let a = Analysis::new("SpaceX is hoping to blast into the new year.");
    let got = extract(&a, NaiveDate::from_ymd_opt(2016, 12, 13));
    assert_eq!(got[0].value, "2017");
}

fn infer(s: &str) -> Option<(String, &'static str)> {
    infer_document_date(&Analysis::new(s)).map(|(d, how)| (d.to_string(), how.as_str()))
}

#[test]
fn document_date_from_posts() {
    let s = "Altman sparred Wednesday with Musk.\n“Wrong.”\n— Elon Musk (@elonmusk) January 22, 2025\nEarlier:\n— Sam Altman (@sama) September 26, 2024\n";
    assert_eq!(infer(s), Some(("2025-01-22".into(), "social_post")));
    let glued = "Big news today pic.twitter.com/abc123— Jane Doe (@jdoe) March 3, 2021\n";
    assert_eq!(infer(glued), Some(("2021-03-03".into(), "social_post")));
    // An old post whose weekday does not fit the article's weekdays does not date it.
    let old = "NASA announced on Monday a delay.\n— Elon Musk (@elonmusk) September 9, 2016\n";
    assert_eq!(infer(old), None);
}

#[test]
fn document_date_from_datelines() {
    assert_eq!(infer("BRUSSELS 1996-08-22\nThe EU said on Thursday it would act."), Some(("1996-08-22".into(), "dateline")));
    assert_eq!(
        infer("SOCCER - JAPAN WIN .\nAL-AIN , United Arab Emirates 1996-12-06\nJapan won on Friday . It trades at $5 on 1/19/24 ."),
        Some(("1996-12-06".into(), "dateline"))
    );
    assert_eq!(
        infer("WASHINGTON, Jan. 5 (Reuters) - The Senate voted on the 2021 budget plan.\nMore text."),
        Some(("2021-01-05".into(), "dateline"))
    );
    assert_eq!(infer("Headline here\nUpdated March 3, 2021\nBody text."), Some(("2021-03-03".into(), "dateline")));
    assert_eq!(infer("Headline here\nBy Jane Doe | March 3, 2021 10:30 AM\nBody text."), Some(("2021-03-03".into(), "dateline")));
    assert_eq!(
        infer("SAN FRANCISCO, Calif., Jan. 5, 2021 /PRNewswire/ -- Acme Corp. announced a merger."),
        Some(("2021-01-05".into(), "dateline"))
    );
    assert_eq!(
        infer("Headline\nBody text.\nThis story was first published on May 4, 2020 and updated on May 6, 2020."),
        Some(("2020-05-04".into(), "dateline"))
    );
}

#[test]
fn document_date_from_text_weekdays() {
    let s = "The firm said on Wednesday it had agreed to the deal. The deal, dated January 22, 2025, follows a filing on January 10, 2025.";
    assert_eq!(infer(s), Some(("2025-01-22".into(), "text")));
    // Nothing convincing: no weekday, or no date at all, or a headline date.
    assert_eq!(infer("The law passed on March 3, 2021."), None);
    assert_eq!(infer("A plain article with no dates at all."), None);
    assert_eq!(infer("Trump to visit on January 5, 2026\nBody text here."), None);
    // A date the text puts ahead is no writing date: the band played on Monday and will tour on June 9, 2020.
    assert_eq!(infer("The band played on Monday. It will kick off the tour June 9, 2020 in Miami."), None);
    assert_eq!(infer("The band played on Monday. It kicked off the tour June 8, 2020 in Miami."), Some(("2020-06-08".into(), "text")));
}
