//! Table-driven cases of the date mechanisms added for unseen news (issue 10):
//! weekdays that pick a day's year, two-digit years, tense cues, holidays,
//! quarters tied to a year or to the quarter under discussion, and numeric,
//! abbreviated and ordinal forms. Each case gives its own document date.

use super::*;

/// (document date, sentence, span, value)
const POSITIVE: &[(&str, &str, &str, &str)] = &[
    // A day without a year agrees with the weekday written beside it.
    ("2025-01-22", "The gala will be held on Saturday, April 25.", "Saturday, April 25", "2026-04-25"),
    ("2025-01-22", "The rally took place on Saturday, April 25.", "Saturday, April 25", "2020-04-25"),
    ("2025-01-22", "Doors open Saturday, April 25, at the arena.", "Saturday, April 25", "2026-04-25"),
    ("2025-01-22", "The storm struck on Monday, March 9.", "Monday, March 9", "2020-03-09"),
    ("2025-01-22", "The trial will open on Monday, March 9.", "Monday, March 9", "2026-03-09"),
    ("2025-01-22", "The talks ended on Friday, Jan. 17.", "Friday, Jan. 17", "2025-01-17"),
    ("2025-01-22", "The filing is dated Monday, March 5, 2024.", "Monday, March 5, 2024", "2024-03-05"),
    ("2025-01-22", "The trial will begin Monday, Feb. 3.", "Monday, Feb. 3", "2025-02-03"),
    ("2025-01-22", "Voters went to the polls on Thursday, Feb. 29.", "Thursday, Feb. 29", "2024-02-29"),
    ("2025-01-22", "The final is Sunday, 12 October.", "Sunday, 12 October", "2025-10-12"),
    ("2025-12-10", "The report came out Fri., Dec. 5.", "Fri., Dec. 5", "2025-12-05"),
    ("2025-01-22", "Fireworks were set off on Friday, July 4.", "Friday, July 4", "2014-07-04"),
    ("2025-01-22", "Crowds fill the park on Friday, July 4.", "Friday, July 4", "2025-07-04"),
    // A year after a word that leads a date, a nationality, a heading in capitals or a line break is one.
    ("2025-01-22", "The Kenyan 2008 and 2012 champion ran again.", "2008", "2008"),
    ("2025-01-22", "Sales fell sharply. In 2019 they recovered.", "2019", "2019"),
    ("2025-01-22", "They met at Christmas 2019 in Oslo.", "Christmas 2019", "2019-12-25"),
    ("2025-01-22", "STOCKS AT 2019 HIGH AS RATES FALL.", "2019", "2019"),
    ("2025-01-22", "Story Timeline\n2020 model unveiled in Berlin.", "2020", "2020"),
    // Years before 1900: after a temporal preposition, beside a month, or after such a year.
    ("2025-01-22", "The club was founded in 1898 by dock workers.", "1898", "1898"),
    ("2025-01-22", "The bridge has stood since 1874.", "1874", "1874"),
    ("2025-01-22", "The war ended on April 9, 1865, at Appomattox.", "April 9, 1865", "1865-04-09"),
    ("2025-01-22", "The letter is dated July 1776.", "July 1776", "1776-07"),
    ("2025-01-22", "Rebels were hanged in 1852 and 1853 in the square.", "1853", "1853"),
    ("2025-01-22", "The Land Act of 1887 split the reserves.", "1887", "1887"),
    ("2025-01-22", "Veterans of the 1898 Spanish-American War marched.", "1898", "1898"),
    ("2025-01-22", "Historians revisited the 1898 treaty that ended the war.", "1898", "1898"),
    ("2025-01-22", "Scholars still debate the island's 1898 annexation.", "1898", "1898"),
    // Two-digit years: the century that puts them in the document's past.
    ("2025-01-22", "He was born on 10/31/74 in Ohio.", "10/31/74", "1974-10-31"),
    ("2025-01-22", "The memo dated 12/01/99 surfaced.", "12/01/99", "1999-12-01"),
    ("2025-01-22", "The deal closed 3/15/24.", "3/15/24", "2024-03-15"),
    ("2025-01-22", "The law will take effect on 7/1/26.", "7/1/26", "2026-07-01"),
    ("2025-01-22", "The firm was founded in '98.", "'98", "1998"),
    ("2025-01-22", "The ’08 crisis hit banks hard.", "’08", "2008"),
    ("2025-01-22", "Prices peaked in March '98.", "March '98", "1998-03"),
    ("2025-01-22", "The treaty was signed Jan. 5, '98.", "Jan. 5, '98", "1998-01-05"),
    ("2025-01-22", "The note matures 5-Aug-16.", "5-Aug-16", "2016-08-05"),
    ("2025-01-22", "The company raised its FY26 outlook.", "FY26", "2026"),
    ("2025-01-22", "The fund closed in FY98.", "FY98", "1998"),
    ("2025-01-22", "Sales rose in Q3'24.", "Q3'24", "2024-Q3"),
    ("2025-01-22", "The chip ships in Q1'26.", "Q1'26", "2026-Q1"),
    ("2025-01-22", "Sales fell in 1Q17.", "1Q17", "2017-Q1"),
    ("1999-06-01", "He quit on 10/31/74 after a row.", "10/31/74", "1974-10-31"),
    ("1996-11-20", "The notes mature on 3/1/97.", "3/1/97", "1997-03-01"),
    ("2025-01-22", "The crash of '29 ruined him.", "'29", "1929"),
    // Weekday abbreviations no word shares stand on their own.
    ("2025-01-22", "Talks resume Thurs. in Geneva.", "Thurs", "2025-01-23"),
    ("2025-01-22", "The board met Tues. to approve it.", "Tues", "2025-01-21"),
    ("2025-01-22", "Shares fell on Weds after the report.", "Weds", "2025-01-22"),
    // Future-tense clauses take the coming day, month or weekday.
    ("2025-01-22", "The minister is to visit on Friday.", "Friday", "2025-01-24"),
    ("2025-01-22", "The strike is set for Thursday.", "Thursday", "2025-01-23"),
    ("2025-01-22", "The hearing is scheduled for November.", "November", "2025-11"),
    ("2025-01-22", "The merger is due to close in December.", "December", "2025-12"),
    ("2025-01-22", "Flights were cancelled due to the storm in December.", "December", "2024-12"),
    ("2025-01-22", "The upcoming vote in December will decide.", "December", "2025-12"),
    ("2025-01-22", "Results are expected in October.", "October", "2025-10"),
    ("2025-01-22", "Voters would go to the polls in November, he said.", "November", "2025-11"),
    ("2025-01-22", "The board meets again on Nov. 12.", "Nov. 12", "2025-11-12"),
    ("2025-01-22", "The chief executive will step down on Jan. 10.", "Jan. 10", "2026-01-10"),
    ("2025-01-22", "The summit might take place in June.", "June", "2025-06"),
    ("2025-01-22", "The festival debuts Saturday.", "Saturday", "2025-01-25"),
    ("2025-01-22", "The festival debuted Saturday.", "Saturday", "2025-01-18"),
    ("2025-01-22", "The company plans to open a plant in March.", "March", "2025-03"),
    ("2025-01-22", "Sales rose in November.", "November", "2024-11"),
    // Days of a week counted from the document's, and parts of today.
    ("2025-01-22", "The bill passed on Tuesday last week.", "Tuesday last week", "2025-01-14"),
    ("2025-01-22", "The talks resume on Friday of next week.", "Friday of next week", "2025-01-31"),
    ("2025-01-22", "The board meets on Thursday this week.", "Thursday this week", "2025-01-23"),
    ("2025-01-22", "Police found the car this morning.", "this morning", "2025-01-22"),
    ("2025-01-22", "The minister will speak this evening.", "this evening", "2025-01-22"),
    ("2025-01-22", "The storm is forecast to hit the coast on Thursday.", "Thursday", "2025-01-23"),
    ("2025-01-22", "The new tariff takes effect in March.", "March", "2025-03"),
    ("2025-01-22", "The new tariff took effect in March.", "March", "2024-03"),
    ("2025-01-22", "The measure goes into force on Feb. 1, officials said.", "Feb. 1", "2025-02-01"),
    ("2025-01-22", "The company, which went public in March, will hire staff.", "March", "2024-03"),
    ("2025-01-22", "He was sentenced and will be released in June.", "June", "2025-06"),
    // A date after a determiner names an event, not its clause's time: the nearer one.
    ("1996-08-22", "He was named for the Aug. 31 match in Vienna.", "Aug. 31", "1996-08-31"),
    ("2025-01-22", "The judge will hear evidence about a Jan. 9 meeting.", "Jan. 9", "2025-01-09"),
    ("2025-01-22", "The party picked its candidate for the March 4 primary.", "March 4", "2025-03-04"),
    ("2025-08-26", "Officials were worried about the September elections.", "September", "2025-09"),
    ("2025-08-26", "Traders will watch the June figures again.", "June", "2025-06"),
    // Comparisons with a forecast, names and participles in "-ed" give no tense.
    ("2025-08-28", "Shares fell on lower than expected June retail sales.", "June", "2025-06"),
    ("2025-08-28", "Output was weaker than forecast in July.", "July", "2025-07"),
    ("2025-09-10", "The index fell due to weaker than expected August payrolls.", "August", "2025-08"),
    ("2025-09-10", "The plant is due to reopen in August.", "August", "2026-08"),
    ("2025-08-26", "Manchester United play Porto in Lisbon on September 11.", "September 11", "2025-09-11"),
    ("2025-08-26", "The exchange said it would launch a revamped index on September 10.", "September 10", "2025-09-10"),
    ("2025-01-22", "The firm delayed the launch in November.", "November", "2024-11"),
    ("2025-12-06", "The May rebellion ended after a week.", "May", "2025-05"),
    ("2025-01-22", "The churches that burned on Tuesday were rebuilt.", "Tuesday", "2025-01-21"),
    ("2025-08-26", "The vote will go ahead as scheduled on September 14.", "September 14", "2025-09-14"),
    ("1996-12-06", "The president will have one Dec. 13, aides said.", "Dec. 13", "1996-12-13"),
    ("1996-12-06", "Students demanded that the police at the October brawl be punished.", "October", "1996-10"),
    // A year-less day only days ahead is this year's even in a past clause; last year's is written so.
    ("2025-08-22", "He was recalled for the qualifier against Spain on August 31.", "August 31", "2025-08-31"),
    ("2025-08-22", "The paper printed its edition dated Aug. 23.", "Aug. 23", "2025-08-23"),
    ("2025-08-22", "The decree fixed September 14 as polling day.", "September 14", "2025-09-14"),
    ("2025-08-22", "The company cut jobs on August 12.", "August 12", "2025-08-12"),
    ("2025-08-22", "The record was set on August 25 last year.", "August 25 last year", "2024-08-25"),
    ("2025-08-22", "Clinton spoke in Dublin on December 1, last year.", "December 1, last year", "2024-12-01"),
    ("2025-08-22", "Elections are due by May 30 next year.", "May 30 next year", "2026-05-30"),
    ("2025-08-22", "The pact was signed on 3 March this year.", "3 March this year", "2025-03-03"),
    ("1996-08-30", "Crude saw thin buying ahead of the Labor Day weekend.", "Labor Day", "1996-09-02"),
    // The ends of a range share their year.
    ("2025-08-22", "Profit for the January-June period doubled.", "January", "2025-01"),
    ("2025-08-22", "The January-April 2023 import figure was revised.", "January", "2023-01"),
    ("2025-08-22", "Net profit for the January-June 2024 period fell.", "January", "2024-01"),
    ("2025-11-20", "The fair runs from Nov. 28 to Jan. 3.", "Jan. 3", "2026-01-03"),
    ("2025-11-20", "The fair runs from Nov. 28 to Jan. 3.", "Nov. 28", "2025-11-28"),
    ("2025-01-10", "Sales fell between November and January.", "November", "2024-11"),
    ("2025-01-10", "Sales fell between November and January.", "January", "2025-01"),
    ("2025-02-10", "Exports rose in the December-January period.", "December", "2024-12"),
    ("2025-02-10", "Exports rose in the December-January period.", "January", "2025-01"),
    ("2025-08-22", "The import ban ran from March 2024 to June.", "June", "2024-06"),
    // Holidays: their day in the year the context gives.
    ("2025-01-22", "Stores will close on Christmas Day.", "Christmas Day", "2025-12-25"),
    ("2025-01-22", "Stores closed on Christmas Day.", "Christmas Day", "2024-12-25"),
    ("2025-01-22", "The bill must pass by Christmas.", "Christmas", "2025-12-25"),
    ("2025-01-22", "He was arrested on Christmas Eve.", "Christmas Eve", "2024-12-24"),
    ("2025-01-22", "Sales jumped before Thanksgiving.", "Thanksgiving", "2024-11-28"),
    ("2025-01-22", "The parade will return on Thanksgiving Day.", "Thanksgiving Day", "2025-11-27"),
    ("2025-01-22", "Sales peaked at Thanksgiving last year.", "Thanksgiving last year", "2024-11-28"),
    ("2025-01-22", "Traffic during last year's Thanksgiving was heavy.", "last year's Thanksgiving", "2024-11-28"),
    ("2024-10-01", "Voters will cast ballots on Election Day.", "Election Day", "2024-11-05"),
    // A span of time "away" lies ahead; a date opening the clause after ", and" takes that
    // clause's tense, not the tense of the clause before the conjunction.
    ("2024-09-03", "The race has tightened, and Election Day is nine weeks away.", "Election Day", "2024-11-05"),
    ("2024-09-03", "The fair is two weeks away, and Labor Day was quiet.", "Labor Day", "2024-09-02"),
    ("2025-01-22", "Talks stalled, and on Friday the union will vote.", "Friday", "2025-01-24"),
    // A fronted weekday before a scheduled event in the present is the coming one.
    ("2024-09-03", "On Wednesday, the board meets to pick a new chief.", "Wednesday", "2024-09-04"),
    ("2024-09-03", "On Wednesday, the board met to pick a new chief.", "Wednesday", "2024-08-28"),
    // Two names joined by "and" are a plural subject; bracing and preparing for a day look ahead.
    ("2024-09-03", "Harris and Trump debate on Wednesday.", "Wednesday", "2024-09-04"),
    ("2024-09-03", "Harris and Trump debated on Wednesday.", "Wednesday", "2024-08-28"),
    ("2024-09-03", "Investors are bracing for Wednesday's rate decision.", "Wednesday", "2024-09-04"),
    ("2024-09-03", "The city is preparing for Wednesday's parade.", "Wednesday", "2024-09-04"),
    ("2024-09-03", "The Senate reconvenes Wednesday after the recess.", "Wednesday", "2024-09-04"),
    ("2025-01-22", "Turnout fell on Election Day.", "Election Day", "2024-11-05"),
    ("2025-06-01", "The company reopened after Memorial Day.", "Memorial Day", "2025-05-26"),
    ("2025-06-01", "Schools reopen after Labor Day.", "Labor Day", "2025-09-01"),
    ("2025-01-22", "The strike began on Labor Day 2021.", "Labor Day 2021", "2021-09-06"),
    ("2025-01-22", "Sales fell last Christmas.", "last Christmas", "2024-12-25"),
    ("2025-01-22", "The church will reopen next Easter.", "next Easter", "2025-04-20"),
    ("2025-01-22", "The works will finish before Easter.", "Easter", "2025-04-20"),
    ("2025-05-01", "Markets were closed on Good Friday.", "Good Friday", "2025-04-18"),
    ("2024-05-01", "Banks were shut on Easter Monday.", "Easter Monday", "2024-04-01"),
    ("2025-01-22", "Fireworks lit the sky on New Year's Eve.", "New Year's Eve", "2024-12-31"),
    ("2025-01-22", "The law took effect on New Year’s Day.", "New Year’s Day", "2025-01-01"),
    ("2025-01-22", "The rule changed after New Year’s.", "New Year’s", "2025-01-01"),
    ("2025-06-20", "Fireworks are planned for the Fourth of July.", "Fourth of July", "2025-07-04"),
    ("2025-01-22", "The store was closed on Independence Day.", "Independence Day", "2024-07-04"),
    ("2025-01-22", "The costumes sold out before Halloween.", "Halloween", "2024-10-31"),
    ("2025-01-22", "Flower prices will rise ahead of Valentine's Day.", "Valentine's Day", "2025-02-14"),
    ("2025-01-22", "Shoppers crowded stores on Boxing Day.", "Boxing Day", "2024-12-26"),
    ("2025-01-22", "Federal offices closed on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2025-01-20"),
    ("2025-01-22", "Markets will be closed on Presidents' Day.", "Presidents' Day", "2025-02-17"),
    ("2025-01-22", "The memorial was unveiled on Veterans Day.", "Veterans Day", "2024-11-11"),
    ("2025-04-01", "Florists expect a rush before Mother's Day.", "Mother's Day", "2025-05-11"),
    ("2025-04-01", "The film opens on Father's Day.", "Father's Day", "2025-06-15"),
    ("2025-01-22", "The parade will march on St. Patrick's Day.", "St. Patrick's Day", "2025-03-17"),
    ("2025-01-22", "Offices closed on Juneteenth.", "Juneteenth", "2024-06-19"),
    ("2025-01-22", "Protests are planned for Australia Day.", "Australia Day", "2025-01-26"),
    ("2024-12-01", "Wreaths were laid on Remembrance Sunday.", "Remembrance Sunday", "2024-11-10"),
    ("2025-01-22", "The shop closed at Christmas 2019.", "Christmas 2019", "2019-12-25"),
    ("2025-01-22", "The family will travel home this Christmas.", "this Christmas", "2025-12-25"),
    ("2025-01-22", "Sales were strong this past Christmas.", "this past Christmas", "2024-12-25"),
    ("2025-01-22", "The ferry sank on Christmas Day last year.", "Christmas Day last year", "2024-12-25"),
    // Two days either side of the document's.
    ("2025-01-22", "The talks began the day before yesterday.", "the day before yesterday", "2025-01-20"),
    ("2025-01-22", "The vote is the day after tomorrow.", "the day after tomorrow", "2025-01-24"),
    // A holiday joined to another by "and"/"or" shares its lead.
    ("2025-01-22", "The stores will close on Christmas Day and Easter.", "Easter", "2025-04-20"),
    ("2025-01-22", "The shop closed on Labor Day or Thanksgiving.", "Thanksgiving", "2024-11-28"),
    // Quarters tied to a year, or to the quarter under discussion.
    ("2025-01-22", "Profit rose in the 1988 second quarter.", "the 1988 second quarter", "1988-Q2"),
    // Not a game's: "basis points" are a market's.
    ("2025-01-22", "Yields rose 20 basis points in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    ("2025-01-22", "Sales should recover in next year's first quarter.", "next year's first quarter", "2026-Q1"),
    ("2025-01-22", "Margins fell in last year's fourth quarter.", "last year's fourth quarter", "2024-Q4"),
    ("2025-01-22", "Revenue hit $2 billion in 2017 Q1.", "2017 Q1", "2017-Q1"),
    ("2025-01-22", "Revenue in FY17 Q3 rose.", "FY17 Q3", "2017-Q3"),
    ("2025-01-22", "Revenue in Q3 FY2017 rose.", "Q3 FY2017", "2017-Q3"),
    ("2025-01-22", "Fourth-quarter 2016 revenue rose 5%.", "Fourth-quarter 2016", "2016-Q4"),
    ("2025-01-22", "Profit fell in the third quarter last year.", "the third quarter last year", "2024-Q3"),
    ("2025-01-22", "Profit should rise in the third quarter this year.", "the third quarter this year", "2025-Q3"),
    ("2025-01-22", "The plant opens in this year's second quarter.", "this year's second quarter", "2025-Q2"),
    ("2025-01-22", "Sales rose in 1Q 2017.", "1Q 2017", "2017-Q1"),
    ("2025-01-22", "Revenue in the fourth quarter of 2016 rose 8% from the year-ago quarter.", "the year-ago quarter", "2015-Q4"),
    ("2025-01-22", "Sales beat the year-ago quarter.", "the year-ago quarter", "2023-Q4"),
    ("2025-01-22", "Third-quarter profit doubled from the same quarter last year.", "the same quarter last year", "2023-Q3"),
    ("2025-01-22", "Revenue in Q2 2019 rose 3% from the previous quarter.", "the previous quarter", "2019-Q1"),
    ("2025-01-22", "Profit in the 2018 third quarter fell from the year-earlier quarter.", "the year-earlier quarter", "2017-Q3"),
    // Numeric, abbreviated and ordinal forms.
    ("2025-01-22", "The shares were issued on 05-Aug-2016.", "05-Aug-2016", "2016-08-05"),
    ("2025-01-22", "The contract expires Dec-2018.", "Dec-2018", "2018-12"),
    ("2025-01-22", "Data for 11/2016 were revised.", "11/2016", "2016-11"),
    ("2025-01-22", "The 2016-11 report was revised.", "2016-11", "2016-11"),
    ("2025-01-22", "The 2010-11 season was a success.", "2010-11", "2010/2011"),
    ("2025-01-22", "The meeting on the first of March ended early.", "first of March", "2024-03-01"),
    ("2025-01-22", "The vote will take place on March first.", "March first", "2025-03-01"),
    ("2025-01-22", "The festival ended on the twenty-first of June.", "twenty-first of June", "2024-06-21"),
    ("2025-01-22", "The deal closed June twenty-first, 2020.", "June twenty-first, 2020", "2020-06-21"),
    ("2025-01-22", "The referendum will be held on the first Tuesday of October.", "the first Tuesday of October", "2025-10-07"),
    // Of a month counted from the document's.
    ("2025-06-11", "The board meets on the first Monday of next month.", "the first Monday of next month", "2025-07-07"),
    ("2025-06-11", "Payroll runs on the last Friday of this month.", "the last Friday of this month", "2025-06-27"),
    // "by" before a date: a deadline ahead, unless its clause is past ("was sparked by", "had to be filed by").
    ("2025-06-11", "The rally was overshadowed by Friday's crash.", "Friday", "2025-06-06"),
    ("2025-03-12", "The forms had to be filed by March 3.", "March 3", "2025-03-03"),
    ("2025-03-12", "Bids were due by March 3.", "March 3", "2025-03-03"),
    // A deadline set by an order lies ahead of it (`directive_verbs.txt`).
    ("2025-11-28", "He was ordered to report to prison by Jan. 8.", "Jan. 8", "2026-01-08"),
    ("2025-03-12", "Residents were told to leave by Friday.", "Friday", "2025-03-14"),
    // "last" after a determiner is "final", no past cue; before a span of time it looks back.
    ("2023-07-23", "It is the last race before the summer break in August.", "August", "2023-08"),
    ("2023-07-23", "The team lost ground over the last two months, since the break in March.", "March", "2023-03"),
    // A date something is set for lies ahead of the setting.
    ("2026-01-29", "The judge set sentencing for May 14.", "May 14", "2026-05-14"),
    ("2025-03-12", "The court adjourned the case for Friday.", "Friday", "2025-03-14"),
    // So does one a plan set (a plan word and "to"; `tense_future_alone.txt`).
    ("2025-01-15", "The shipments were expected to arrive by Thursday.", "Thursday", "2025-01-16"),
    ("2025-03-12", "The bridge was scheduled to reopen by Friday.", "Friday", "2025-03-14"),
    ("2025-03-12", "The company said it will finish by March 3.", "March 3", "2026-03-03"),
    // A scheduled event in the present tense after "the" and a noun looks ahead; a past verb does not.
    ("2025-10-16", "The team plays on Sunday in Denver.", "Sunday", "2025-10-19"),
    ("2025-10-16", "The team played on Sunday in Denver.", "Sunday", "2025-10-12"),
    // A "by" opening the sentence takes the tense of the clause after the date.
    ("2025-10-16", "By Wednesday night, power was back in most homes.", "Wednesday", "2025-10-15"),
    ("2025-10-16", "By Wednesday night, power will be back in most homes.", "Wednesday", "2025-10-22"),
    // "the month"/"the year" after a phrase of its part is the current one (period_part_lead.txt).
    ("2024-09-03", "The deal should close by the end of the year.", "the year", "2024"),
    ("2024-09-03", "Stocks ran out before the end of the month.", "the month", "2024-09"),
    ("2024-09-03", "Sales rose 4 percent in the first half of the year.", "the year", "2024"),
    // A past event "before"/"ahead of" a day leaves the day on the nearer side (anterior_lead_phrases.txt).
    ("2024-09-03", "Campaigns spent heavily ahead of Election Day.", "Election Day", "2024-11-05"),
    ("2024-09-03", "Polls were tied two months before Election Day.", "Election Day", "2024-11-05"),
    // A scheduled event in the present tense lies ahead.
    ("2019-11-19", "Britain’s inflation data comes out Wednesday.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "Germany’s central bank publishes its report Wednesday.", "Wednesday", "2019-11-20"),
    ("2019-11-19", "This comes after two votes in parliament on Monday failed.", "Monday", "2019-11-18"),
    // "have" of possession before a count is no past tense.
    ("2024-09-08", "Campaigns have eight weeks to Election Day.", "Election Day", "2024-11-05"),
    ("2024-06-01", "The club has a month before Labor Day.", "Labor Day", "2024-09-02"),
    // A capitalised word on the next line continues no name.
    ("2024-09-08", "Eight weeks to Election Day\n\nCampaigns spent heavily.", "Election Day", "2024-11-05"),
    // A yearly day ending a range comes after its start.
    ("2024-09-20", "Groups have reserved ads for the stretch between Labor Day and Election Day.", "Election Day", "2024-11-05"),
    ("2025-01-22", "The store was busy from Thanksgiving through New Year's Day.", "New Year's Day", "2025-01-01"),
    ("2025-03-10", "Sales ran from Christmas to Easter.", "Easter", "2025-04-20"),
    ("2024-09-03", "Millions voted by mail before Labor Day.", "Labor Day", "2024-09-02"),
    ("2025-01-22", "The law took effect the first Monday in February 2020.", "the first Monday in February 2020", "2020-02-03"),
    ("2025-01-22", "The firm will report on the last Friday of January.", "the last Friday of January", "2025-01-31"),
];

/// (document date, sentence, words that must not be (part of) a date)
const NEGATIVE: &[(&str, &str, &str)] = &[
    // A game's quarter, in a sentence about play, is no calendar quarter.
    ("2025-03-07", "Boston led by as many as 33 points in the fourth quarter.", "fourth quarter"),
    ("2025-03-07", "The Rams scored two touchdowns in the third quarter.", "third quarter"),
    // A number from 1000 to 1899 is a count unless a temporal word leads it.
    ("2025-01-22", "The plant cut 1500 jobs last year.", "1500"),
    ("2025-01-22", "Turnout rose from 1200 to 1400.", "1200"),
    ("2025-01-22", "The virus was found in 1500 cases.", "1500"),
    ("2025-01-22", "The mayor won by 1800 votes.", "1800"),
    ("2025-01-22", "The fund paid a total of 1500 claimants.", "1500"),
    ("2025-01-22", "Police said the 1500 Americans on board were safe.", "1500"),
    ("2025-01-22", "Police closed the 1500 block of Main Street.", "1500"),
    ("2025-01-22", "The shooting happened in the 1200 block of Main Street.", "1200"),
    // "the year" with no phrase of its part, or after a year it may refer to, is no date.
    ("2024-09-03", "The club was named team of the year.", "the year"),
    ("2024-09-03", "Profits hit a record in 2019, and by the end of the year had doubled.", "the year"),
    ("2024-09-03", "Sales jumped in March. By the end of the month, stocks were gone.", "the month"),
    ("2025-01-22", "The Sun reported the story first.", "Sun"),
    ("2025-01-22", "She sat on the board for a decade.", "sat"),
    ("2025-01-22", "Christmas shopping slowed at the mall.", "Christmas"),
    ("2025-01-22", "He wished them a Merry Christmas.", "Christmas"),
    ("2025-01-22", "The ship docked on Christmas Island.", "Christmas"),
    ("2025-01-22", "Easter eggs were hidden in the game.", "Easter"),
    ("2025-01-22", "Every Christmas the family travels.", "Christmas"),
    ("2025-01-22", "Thanksgiving travel hit a record.", "Thanksgiving"),
    ("2025-01-22", "Sales of turkey and Thanksgiving treats rose.", "Thanksgiving"),
    ("2025-01-22", "Many families in the town gathered on Lunar New Year's Eve.", "New Year's Eve"),
    ("2025-01-22", "He sang with his band at Halloween Horror Nights.", "Halloween"),
    ("2025-01-22", "Theresa May first said no.", "May first"),
    ("2025-01-22", "In March second-round talks stalled.", "second"),
    ("2025-01-22", "In the ’90s, rates soared.", "’90s"),
    ("2025-01-22", "Rock 'n' roll was born then.", "'n'"),
    ("2025-01-22", "He played for the club Schalke '04 in the cup.", "'04"),
    ("2025-01-22", "A quarter of the staff left.", "quarter"),
    ("2025-01-22", "The Easter Bunny visited the school on a sunny morning.", "Easter"),
    ("2025-01-22", "Halloween costumes sold out fast in the city.", "Halloween"),
    ("2025-01-22", "The team made bold New Year's resolutions in the locker room.", "New Year's"),
    ("2025-01-22", "Christmas came early for the investors in the fund.", "Christmas"),
    ("2025-01-22", "The crowd watched the Thanksgiving Day Parade from the street.", "Thanksgiving Day"),
    ("2025-01-22", "Stores ran out of Mother's Day cards by noon.", "Mother's Day"),
    ("2025-01-22", "The lab tested a 4Q module for the phone.", "4Q"),
    ("2025-01-22", "Profits rose on the hit film \"Independence Day\" last year.", "Independence Day"),
    ("2025-01-22", "The studio released ‘Christmas Day’ in cinemas.", "Christmas Day"),
    ("2025-01-22", "Election day in the republic is set for June 3.", "Election day"),
    ("2025-01-22", "The vote was held in 2019, a year when the economy slowed.", "year when"),
    ("2025-01-22", "He owns one third of March Holdings.", "third of March"),
    ("2025-01-22", "The ratio fell to 3/4 in tests.", "3/4"),
    // A four-digit number ending a name on its line is part of the name: games, events, models.
    ("2025-01-22", "Fans still play Farming Simulator 2019 and Grid 2019 online.", "2019"),
    ("2025-01-22", "Tickets for Expo 2020 sold out in a day.", "2020"),
    ("2025-01-22", "It rivals the RTX 2060 in raw speed.", "2060"),
    // A unit after a four-digit number makes it a measure.
    ("2025-01-22", "The screen shows 2048 pixels across.", "2048"),
    ("2025-01-22", "The jet reached 1900 mph over the desert.", "1900"),
    ("2025-01-22", "Lava flows at 2000 degrees.", "2000"),
    ("2025-01-22", "The kit ships with a 2048 GB drive.", "2048"),
    ("2025-01-22", "The house covers 2400 square feet.", "2400"),
];

pub(super) fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The failures of a table of (document date, sentence, span, value): a case passes when a mention
/// with the span's text has the value (the last such mention: "May I ask ... in May?" wants the second).
pub(super) fn positive_failures(table: &[(&str, &str, &str, &str)]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(doc, s, span, value) in table {
        let got = extract(&Analysis::new(s), Some(date(doc)));
        let found = got.iter().rev().find(|m| m.text == span && &s[m.span.start..m.span.end] == span);
        if found.is_none_or(|m| m.value != value) {
            failures
                .push(format!("{doc} {s:?} [{span}] want {value}, got {:?}", got.iter().map(|m| (&m.text, &m.value)).collect::<Vec<_>>()));
        }
    }
    failures
}

/// The failures of a table of (document date, sentence, words that must not be (part of) a date).
pub(super) fn negative_failures(table: &[(&str, &str, &str)]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(doc, s, words) in table {
        let b = s.find(words).unwrap();
        let e = b + words.len();
        let got = extract(&Analysis::new(s), Some(date(doc)));
        if let Some(m) = got.iter().find(|m| m.span.start < e && b < m.span.end) {
            failures.push(format!("{s:?}: {words:?} gave {:?} = {}", m.text, m.value));
        }
    }
    failures
}

#[test]
fn positive_cases() {
    assert!(POSITIVE.len() >= 80);
    let failures = positive_failures(POSITIVE);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn negative_cases() {
    let failures = negative_failures(NEGATIVE);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn two_digit_years_without_a_document_date() {
    let got: Vec<String> =
        extract(&Analysis::new("Born 10/31/74, he joined in '03 and left in FY49."), None).into_iter().map(|m| m.value).collect();
    assert_eq!(got, ["1974-10-31", "2003", "2049"]);
}

#[test]
fn a_year_less_dateline_takes_its_year_from_its_weekday() {
    let a = Analysis::new("LONDON, Saturday, April 25 (Reuters) - The 2021 budget was cut.\nMore text.");
    assert_eq!(infer_document_date(&a).map(|(d, _)| d.to_string()), Some("2020-04-25".to_string()));
}

#[test]
fn a_two_digit_year_dates_the_document() {
    let a = Analysis::new("The plant was closed on Friday, the agency said.\nThe estimate for 12/06/96 was 130,000 head.");
    assert_eq!(infer_document_date(&a).map(|(d, how)| (d.to_string(), how.as_str())), Some(("1996-12-06".to_string(), "text")));
}
