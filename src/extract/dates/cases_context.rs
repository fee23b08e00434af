//! Table-driven cases of the second round of date mechanisms for unseen news
//! (issue 10): irregular past verbs as tense cues, "this March" in a future
//! clause, futures and delivery months, month and holiday words that are no
//! date ("the March on Washington", "a Christmas miracle"), months glued to a
//! modifier ("mid-May"), modals and scheduled presents, months of data ("July
//! consumer prices"), timestamps, days of this or next month, and weekdays
//! placed by another date of their sentence or passage ([`super::anchors`]),
//! stretches that ended before "until" ("talks continued until March"), and
//! verbs whose past is their base form after a singular subject ("the company
//! cut"), years of the sentence ("before Election Day in 2020"), and events on
//! the way into a day ("heading into Election Day"), dates fronting a clause
//! after "and"/"but", and dates before a past verb of intention ("In August
//! the company agreed to buy"), and year-less days opening the lines of a
//! list under a heading with a year, and years counted from the one the text tells ("the
//! previous year").
//! Each case gives its own document date.

use super::cases::{negative_failures, positive_failures};
use super::*;

/// (document date, sentence, span, value)
const POSITIVE: &[(&str, &str, &str, &str)] = &[
    // A modal perfect looks back; "would have to" is an obligation ahead.
    ("2019-11-19", "In September, analysts would have called the plan too risky.", "September", "2019-09"),
    ("2019-11-19", "The board could not have known about the loss in October.", "October", "2019-10"),
    ("2019-11-19", "The firm would have to repay the loan in March.", "March", "2020-03"),
    // A future seen from the past ("would") is the nearer occurrence of a year-less day; "will"
    // looks ahead.
    ("2019-11-14", "Ministers said Britain would leave the bloc on Oct. 31.", "Oct. 31", "2019-10-31"),
    ("2019-10-20", "Ministers said Britain would leave the bloc on Oct. 31.", "Oct. 31", "2019-10-31"),
    ("2025-01-22", "The firm said it would cut prices on Dec. 20.", "Dec. 20", "2024-12-20"),
    ("2025-01-22", "The firm will cut prices on Dec. 20.", "Dec. 20", "2025-12-20"),
    // A plan word modifying a noun yields to a past verb before it.
    ("2019-11-19", "The utility began two rounds of planned outages in October.", "October", "2019-10"),
    ("2019-11-18", "He was back in the starting lineup on Thursday night.", "Thursday", "2019-11-14"),
    ("2019-11-19", "Workers prepare for the planned strike in December.", "December", "2019-12"),
    // An event named by its date: past when a past clause puts it more than a quarter ahead, or a
    // change or stretch starts from it; a possessive names one like a determiner.
    ("2019-11-20", "He was arrested in April for the March 21 call.", "March 21", "2019-03-21"),
    ("2019-11-20", "Lawmakers will ask about the president's July 25 call.", "July 25", "2019-07-25"),
    ("2019-11-20", "Prices are still down from the March high.", "March", "2019-03"),
    ("2019-11-20", "Rates have not moved since the bank's June decision.", "June", "2019-06"),
    ("2019-11-20", "Voters will pick a mayor in the January runoff.", "January", "2020-01"),
    // "By" opening its sentence after a conjunction: the clause after it gives the tense.
    ("2019-11-20", "The symptoms eased in November 2016. But by December, they had worsened.", "December", "2016-12"),
    // A stretch that ended before "until"/"through" is past; a putting off still looks ahead.
    ("2019-11-19", "Talks continued until March.", "March", "2019-03"),
    ("2019-11-19", "The strike lasted through August.", "August", "2019-08"),
    ("2019-11-19", "The firm had until Oct. 31 to respond.", "Oct. 31", "2019-10-31"),
    ("2019-11-19", "The museum stayed closed until June.", "June", "2019-06"),
    ("2019-11-19", "The vote was put off until Wednesday.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "He will stay until March.", "March", "2020-03"),
    // "past" alone is a preposition, not "this past": the clause's tense decides.
    ("2024-01-14", "The bill would keep the government open past Friday's deadline.", "Friday", "2024-01-19"),
    ("2024-01-14", "Sales rose this past Friday.", "this past Friday", "2024-01-12"),
    // A clock time between "until" and the date's own preposition keeps the date in reach.
    ("2024-12-07", "Amber warnings remain in place until 6am on Sunday.", "Sunday", "2024-12-08"),
    ("2024-12-07", "The roads stay shut until 6 a.m. on Monday.", "Monday", "2024-12-09"),
    // A participle after a present linking verb is a state: the words before it give the tense.
    ("2019-11-19", "Schools will stay closed on Thursday and Friday.", "Thursday", "2019-11-21"),
    ("2019-11-19", "The plant will remain locked on Friday, the union said.", "Friday", "2019-11-22"),
    ("2019-11-19", "Schools were closed on Monday.", "Monday", "2019-11-18"),
    ("2019-11-19", "The shops stayed closed on Monday.", "Monday", "2019-11-18"),
    ("2019-11-19", "The airline canceled its flights through March.", "March", "2020-03"),
    // "through"/"until" heading another phrase says nothing of a date with its own preposition.
    ("1996-08-26", "He threw a brick through the window of a van in February.", "February", "1996-02"),
    ("1996-08-26", "Shares drew follow-through interest after the news on Friday.", "Friday", "1996-08-23"),
    // Irregular past verbs point the clause back: February is the last one, not the coming one.
    ("2025-01-22", "The rebels fled in February.", "February", "2024-02"),
    ("2025-01-22", "The company sought approval in February.", "February", "2024-02"),
    ("2025-01-22", "A powerful storm struck the coast in February.", "February", "2024-02"),
    ("2025-01-22", "The mayor swore in new officers in February.", "February", "2024-02"),
    ("2025-01-22", "The shares slid in February.", "February", "2024-02"),
    ("2025-01-22", "The quake shook the city in February.", "February", "2024-02"),
    ("2025-01-22", "The bank withdrew its offer in February.", "February", "2024-02"),
    ("2025-01-22", "The agency bore the costs in February.", "February", "2024-02"),
    ("2025-01-22", "The regulator undertook a review in February.", "February", "2024-02"),
    ("2025-01-22", "Inflation overtook wage growth in February.", "February", "2024-02"),
    ("2025-01-22", "The index sank to a low in February.", "February", "2024-02"),
    ("2025-01-22", "The court upheld the ban in February.", "February", "2024-02"),
    ("2025-01-22", "The army fought off an attack in February.", "February", "2024-02"),
    ("2025-01-22", "Police caught the suspect in February.", "February", "2024-02"),
    ("2025-01-22", "The lender forgave the debt in February.", "February", "2024-02"),
    ("2025-01-22", "Lawmakers withheld the funds in February.", "February", "2024-02"),
    ("2025-01-22", "The talks had broken down in February.", "February", "2024-02"),
    // "seen" is a forecast in markets copy, not a past form.
    ("2025-01-22", "Growth is seen picking up in February.", "February", "2025-02"),
    // "this March" in a future clause once March is gone: the coming one.
    ("2024-11-20", "The law will take effect this March.", "this March", "2025-03"),
    ("2024-11-20", "The law took effect this March.", "this March", "2024-03"),
    ("2024-11-20", "The tariffs are set to rise this April.", "this April", "2025-04"),
    ("2024-12-28", "The shop will close this Christmas.", "this Christmas", "2025-12-25"),
    ("2024-12-20", "The shop will close this Christmas.", "this Christmas", "2024-12-25"),
    // Futures and delivery months: the month on or after the document's.
    ("1996-08-23", "October crude rose 44 cents to $22.15 a barrel.", "October", "1996-10"),
    ("1996-08-23", "September gasoline stood 0.87 cent lower.", "September", "1996-09"),
    ("1996-08-23", "The December contract fell 3 cents.", "December", "1996-12"),
    ("1996-08-23", "Gasoline for January delivery climbed 0.12 cents.", "January", "1997-01"),
    ("1996-08-23", "March wheat futures fell on Friday.", "March", "1997-03"),
    ("1996-08-23", "May soybeans settled higher.", "May", "1997-05"),
    ("1996-08-23", "Cargoes for March-loading were offered.", "March", "1997-03"),
    ("1996-08-23", "The August contract expires on Tuesday.", "August", "1996-08"),
    ("2025-01-22", "China's December crude imports rose 5%.", "December", "2024-12"),
    // A month glued to its modifier by a hyphen.
    ("2025-01-22", "The deal was signed in mid-May.", "May", "2024-05"),
    ("2025-01-22", "Talks will resume in early-March.", "March", "2025-03"),
    ("2025-01-22", "May I ask what happened in May?", "May", "2024-05"),
    // A day beside a weekday says which it is.
    ("2025-01-22", "The vote is set for Feb. 4, a Tuesday.", "Tuesday", "2025-02-04"),
    ("2025-01-22", "The hearing on Tuesday (Feb. 4) will be public.", "Tuesday", "2025-02-04"),
    // A gloss in brackets in another time zone is the day next to the one it glosses.
    ("2026-06-30", "The call ended on Tuesday (early Wednesday GMT), officials said.", "Wednesday", "2026-07-01"),
    ("2026-06-30", "Polls closed Monday night (Tuesday morning in Asia).", "Tuesday", "2026-06-30"),
    ("2026-06-30", "The talks began Sunday (Monday in Tokyo) and ended Friday.", "Monday", "2026-06-29"),
    // A weekday counted from a date of its sentence.
    ("2025-03-20", "The bill passed on Tuesday, two days after the March 2 vote.", "Tuesday", "2025-03-04"),
    ("2025-03-20", "A week after the March 4 vote, on Tuesday, the bill was signed.", "Tuesday", "2025-03-11"),
    // A weekday in order with the nearest other day of its sentence.
    ("2025-01-22", "Lawmakers met on Monday ahead of Friday's vote.", "Friday", "2025-01-24"),
    ("2025-01-25", "Stocks fell on Thursday ahead of Friday's jobs report.", "Friday", "2025-01-24"),
    ("2025-01-22", "Shares will rally on Friday after Tuesday's vote.", "Tuesday", "2025-01-21"),
    ("2025-01-22", "Futures will jump on Monday after Friday's data.", "Friday", "2025-01-24"),
    ("2025-01-23", "Stocks edged up ahead of Friday's report.", "Friday", "2025-01-24"),
    ("1996-08-23", "SPA, Belgium 1996-08-23 Leading times after Friday's opening practice.", "Friday", "1996-08-23"),
    ("1996-08-23", "Leading times after Friday's practice for Sunday's race.", "Friday", "1996-08-23"),
    // A weekday the passage's last day anchors.
    ("2025-01-22", "The storm hit on March 3, 2019. The following Monday, schools reopened.", "Monday", "2019-03-04"),
    ("2025-01-22", "The storm hit on March 3, 2019. The previous Friday, schools had closed.", "Friday", "2019-03-01"),
    ("2025-01-22", "The storm hit on March 3, 2019. On that Sunday, roads flooded.", "Sunday", "2019-03-03"),
    // Named days added to the holiday list.
    ("2024-12-10", "The new administration takes office on Inauguration Day.", "Inauguration Day", "2025-01-20"),
    ("2025-03-01", "Roses sold out before St. Valentine's Day.", "St. Valentine's Day", "2025-02-14"),
    // Modals point ahead unless negated; so do "as early as", "no later than".
    ("2025-01-22", "The court could rule as early as Friday.", "Friday", "2025-01-24"),
    ("2025-01-22", "The two leaders could meet on Thursday.", "Thursday", "2025-01-23"),
    ("2025-01-22", "Prices may rise in February.", "February", "2025-02"),
    ("2025-01-22", "The spokesman could not be reached for comment Monday.", "Monday", "2025-01-20"),
    ("2025-01-22", "The spokesman couldn't be reached on Monday.", "Monday", "2025-01-20"),
    ("2025-01-22", "The meeting will not be held Friday.", "Friday", "2025-01-24"),
    ("2025-01-22", "Lawmakers must act no later than Friday.", "Friday", "2025-01-24"),
    // Base forms that are also past forms: past unless a modal or "to" comes before.
    ("2025-01-22", "Shares hit a record in February before falling.", "February", "2024-02"),
    ("2025-01-22", "Shares are expected to hit a record in February.", "February", "2025-02"),
    ("2025-01-22", "Investors could put money in stocks in February.", "February", "2025-02"),
    ("2025-01-22", "He may have quit in February.", "February", "2024-02"),
    ("2025-01-22", "The bank won't hit its target in February.", "February", "2025-02"),
    ("1996-08-29", "Power lines will resume service today after being shut late Wednesday.", "Wednesday", "1996-08-28"),
    ("1996-08-31", "The government, which in May said it had detained them, spoke.", "May", "1996-05"),
    // A rescheduled date lies ahead, and "to" leads "March" and "May" after a rescheduling verb.
    ("2025-01-22", "The deadline was extended to March.", "March", "2025-03"),
    ("2025-01-22", "The vote was pushed back to May.", "May", "2025-05"),
    ("2025-01-22", "The hearing was postponed to Feb. 3.", "Feb. 3", "2025-02-03"),
    ("2025-01-22", "Bowyer, who moved to the club in February, scored.", "February", "2024-02"),
    // Present tense of a schedule; a plural noun of the same form is no verb.
    ("2025-01-22", "The Senate votes Thursday on the bill.", "Thursday", "2025-01-23"),
    // A plural subject before a scheduled verb's base form: the coming day.
    ("2025-01-22", "Voters head to the polls Sunday.", "Sunday", "2025-01-26"),
    ("2025-01-22", "The two teams meet Saturday in Denver.", "Saturday", "2025-01-25"),
    ("2025-01-22", "They return Friday from Paris.", "Friday", "2025-01-24"),
    // Not after a singular noun or a number: the last one.
    ("2025-01-22", "The boss did not meet Sunday with staff.", "Sunday", "2025-01-19"),
    ("2025-01-22", "Apple reports earnings on Thursday.", "Thursday", "2025-01-23"),
    ("2025-01-22", "The court hears arguments Monday.", "Monday", "2025-01-27"),
    ("2025-01-22", "Three votes in parliament on Monday failed.", "Monday", "2025-01-20"),
    ("2025-01-22", "Media reports on Thursday said the deal was close.", "Thursday", "2025-01-16"),
    // A month of data is the last one: the figures come out after it.
    ("1996-08-23", "Switzerland reports July consumer prices later this week.", "July", "1996-07"),
    ("2025-01-22", "Investors will study the December payrolls on Friday.", "December", "2024-12"),
    ("2025-03-10", "Economists expect February jobless claims to rise.", "February", "2025-02"),
    // A quarter with a past verb right after it is gone, a modal before it notwithstanding.
    ("1996-08-23", "The second quarter could beat the first quarter ended May 4.", "the first quarter", "1996-Q1"),
    // A timestamp's date, and a day of this or next month.
    ("2025-01-22", "Updated 2025-01-21T10:00:00Z by staff.", "2025-01-21", "2025-01-21"),
    ("2025-01-22", "He left the company on the 15th of this month.", "15th of this month", "2025-01-15"),
    ("2025-01-22", "Rents rise on the first of next month.", "first of next month", "2025-02-01"),
    ("2025-03-05", "The fund closed on the 28th of last month.", "28th of last month", "2025-02-28"),
    // A year-less day in a story told with an explicit date of another time takes its year.
    ("2025-01-22", "The attack came on Oct. 7, 2023. On Oct. 8, the army mobilised.", "Oct. 8", "2023-10-08"),
    ("2025-01-22", "The company was founded in June 2001. In August, it hired its first worker.", "August", "2001-08"),
    ("2025-01-22", "The plant closed on Dec. 28, 2019. On Jan. 3, workers returned.", "Jan. 3", "2020-01-03"),
    // Not from a comparison's base, nor within its sentence, nor in a future clause.
    ("2025-01-22", "Output rose 5% from June 2019. In March, it fell.", "March", "2024-03"),
    ("2025-01-22", "Output was up on July 2019 and down from June.", "June", "2024-06"),
    ("2025-01-22", "The plant closed on March 3, 2019. It will reopen on Feb. 10.", "Feb. 10", "2025-02-10"),
    ("2025-01-22", "The plant closed on March 3, 2019.\nOn March 5, workers rallied.", "March 5", "2024-03-05"),
    // A verb whose past is its base form is past after a singular subject, present after a plural one.
    ("2019-11-19", "In December, the company cut 200 jobs.", "December", "2018-12"),
    ("2019-11-19", "The storm hit the coast in July, and it set records.", "July", "2019-07"),
    ("2025-01-22", "In March, Apple quit the talks.", "March", "2024-03"),
    ("2025-01-22", "In October, the state cut $2 billion from schools.", "October", "2024-10"),
    ("2025-01-22", "In March, the plant shut down for good.", "March", "2024-03"),
    ("2025-01-22", "In March, she put the house up for sale.", "March", "2024-03"),
    ("2025-01-22", "The firms cut prices on Friday.", "Friday", "2025-01-17"),
    // Scheduled presents of going on: the coming day.
    ("2019-11-19", "Impeachment hearings continue Wednesday with new testimony.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "The trial continues on Wednesday.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "Two more witnesses testify Thursday.", "Thursday", "2019-11-21"),
    ("2019-11-19", "The governor speaks on Friday in Dayton.", "Friday", "2019-11-22"),
    // A plural subject past a prepositional phrase; a noun after "the" is no verb of schedule.
    ("2019-11-19", "Public hearings in the inquiry resume Wednesday.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "Spreads narrowed to 49 points from 54 points at the close of trading on Thursday.", "Thursday", "2019-11-14"),
    ("2019-11-19", "Shares recovered to end the day close to Monday's levels.", "Monday", "2019-11-18"),
    // Waiting for a day looks ahead.
    ("2019-11-19", "Markets await Wednesday's Fed minutes.", "Wednesday", "2019-11-20"),
    ("1996-08-31", "Makeshift stages await Sunday's festivities.", "Sunday", "1996-09-01"),
    // A day with its weekday is ahead at most two years: "go on sale Friday, Dec. 6" in mid-2020 is 2019's.
    ("2020-06-09", "Tickets go on sale Friday, Dec. 6 at the box office.", "Friday, Dec. 6", "2019-12-06"),
    // A year of the sentence dates its year-less holiday or day: right after it, or opening it.
    ("2024-09-03", "Early voting began weeks before Election Day in 2020.", "Election Day", "2020-11-03"),
    ("2024-09-03", "On Christmas Day in 2019, the plant closed.", "Christmas Day", "2019-12-25"),
    ("2024-09-03", "In 2016, on Election Day, Trump won.", "Election Day", "2016-11-08"),
    ("2024-09-03", "In 2012, on March 3, the plant closed.", "March 3", "2012-03-03"),
    // An event of the day after "a" is the day ("at a Labor Day rally"), a kind of thing is not (below).
    ("2024-09-03", "Harris spoke at a Labor Day rally in Pittsburgh.", "Labor Day", "2024-09-02"),
    ("2024-05-30", "The mayor laid a wreath at a Memorial Day ceremony.", "Memorial Day", "2024-05-27"),
    // An event on the way into a day says nothing of its side: the nearer occurrence.
    ("2024-09-03", "Polls showed a tight race heading into Election Day.", "Election Day", "2024-11-05"),
    ("2024-12-20", "Shoppers crowded stores going into Christmas.", "Christmas", "2024-12-25"),
    // A date fronting a clause after "and"/"but" takes that clause's tense, not the one before.
    ("2018-09-15", "The historian went in search of stories, and from October they will be published.", "October", "2018-10"),
    ("2019-11-19", "Shares rose 5% on Monday, and on Thursday the company will report earnings.", "Thursday", "2019-11-21"),
    ("2019-11-19", "Talks will resume in December, but in October both sides walked out.", "October", "2019-10"),
    ("2019-11-19", "Shares rose on Monday and Friday.", "Friday", "2019-11-15"),
    // A date before a past verb of intention dates the intention; after it, the intended act.
    ("2018-09-15", "In August the company agreed to buy a rival.", "August", "2018-08"),
    ("2019-11-19", "On Monday the mayor vowed to fight the ruling.", "Monday", "2019-11-18"),
    ("2019-11-19", "On Monday the bill is expected to pass.", "Monday", "2019-11-25"),
    ("2019-11-19", "The mayor vowed to fight the ruling on Monday.", "Monday", "2019-11-25"),
    // Year-less days opening three lines or more of a list take the year of the line above it,
    // the next one where the months turn back; two lines are no list, and a heading without a
    // year leaves the document's reading.
    ("2019-11-19", "The band's Tour 2020 dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL\nJan. 5 – Austin, TX", "June 9", "2020-06-09"),
    ("2019-11-19", "The band's Tour 2020 dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL\nJan. 5 – Austin, TX", "Jan. 5", "2021-01-05"),
    ("2019-11-19", "The band's Tour 2020 dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL", "June 9", "2019-06-09"),
    ("2019-11-19", "The band's tour dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL\nJune 12 – Austin, TX", "June 12", "2019-06-12"),
    // Under a heading with no year, the year the text gave the list's first day before the list.
    (
        "2019-11-19",
        "The tour kicks off June 9 in Tampa.\n\nTour dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL\nAug. 14 – Austin, TX",
        "Aug. 14",
        "2020-08-14",
    ),
    (
        "2019-11-19",
        "The tour kicked off June 9 in Tampa.\n\nTour dates:\nJune 9 – Tampa, FL\nJune 10 – Miami, FL\nAug. 14 – Austin, TX",
        "Aug. 14",
        "2019-08-14",
    ),
    // A holiday that needs a lead word is the day without one as the subject opening its sentence.
    ("2019-11-19", "Christmas falls on a Wednesday.", "Christmas", "2019-12-25"),
    ("2019-11-19", "Thanksgiving falls on a Thursday.", "Thanksgiving", "2019-11-28"),
    // Still the document's week: a weekday before a noun, and "that" as a conjunction.
    ("2025-01-22", "He told a Tuesday news conference that prices would rise.", "Tuesday", "2025-01-21"),
    ("2025-01-22", "Officials said that Monday's attack was planned.", "Monday", "2025-01-20"),
    // A year counted from the one the text tells: the latest date before it in its paragraph.
    ("2025-01-22", "Exports fell to $9 billion in 2018, down from $12 billion the previous year.", "the previous year", "2017"),
    ("2025-01-22", "The mill opened in 1961. The following year, a second line started.", "The following year", "1962"),
    ("2025-01-22", "Profit rose last year after a loss the year before.", "the year before", "2023"),
    ("2025-01-22", "He was elected on Nov. 8, 2016, and re-elected the year after.", "the year after", "2017"),
    ("2025-01-22", "He was elected on Nov. 8, 2016, and said \"I quit the year after\".", "the year after", "2017"),
];

/// (document date, sentence, words that must not be (part of) a date)
const NEGATIVE: &[(&str, &str, &str)] = &[
    ("2025-01-22", "Thousands joined the March on Washington.", "March"),
    ("2025-01-22", "The March for Our Lives drew students.", "March"),
    ("2025-01-22", "Crowds followed a March to the capital.", "March"),
    ("2025-01-22", "They hoped for a Christmas like no other.", "Christmas"),
    ("2025-01-22", "He starred in the film Independence Day.", "Independence Day"),
    ("2025-01-22", "Fans lined up for another Thanksgiving with the team.", "Thanksgiving"),
    ("2025-01-22", "They bought a Christmas tree and a Thanksgiving turkey.", "Christmas"),
    ("2025-01-22", "It was a Christmas that nobody forgot.", "Christmas"),
    ("2025-01-22", "Christmas trees sold out early.", "Christmas"),
    ("2025-01-22", "Christmas is a time for giving.", "Christmas"),
    ("2025-01-22", "May I ask what happened in May?", "May I"),
    ("2025-01-22", "May the best team win, the coach said.", "May"),
    ("2025-01-22", "The pilot sent a Mayday call.", "Mayday"),
    ("2025-01-22", "The players moved to March Field.", "March"),
    ("2025-01-22", "Christmas falls on a Wednesday this year.", "Wednesday"),
    ("2025-01-22", "The market never opens on a Sunday.", "Sunday"),
    // No date before it in its paragraph, a noun after "the year before", a period of a year.
    ("2025-01-22", "Sales fell 3% from the previous year.", "previous year"),
    ("2025-01-22", "He left in 1990, the year before independence.", "year before"),
    ("2025-01-22", "It was the first film of the year after “Inside Out” to win.", "year after"),
    ("2025-01-22", "It was the first film of the year after \"Inside Out\" to win.", "year after"),
    ("2025-01-22", "Profit in 2024 beat the previous year period.", "previous year"),
];

#[test]
fn positive_cases() {
    assert!(POSITIVE.len() >= 45);
    let failures = positive_failures(POSITIVE);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_cases() {
    let failures = negative_failures(NEGATIVE);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn contract_months_need_a_document_date() {
    assert!(extract(&Analysis::new("October crude rose 44 cents."), None).is_empty());
}
