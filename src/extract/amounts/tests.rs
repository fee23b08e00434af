//! Tests of the amount extractor: a table of sentences with the amount each
//! should give (or not give), owners, ages, the text's dollar, elided nouns.

use super::extract;
use crate::extract::analysis::{Analysis, Bytes, Span};
use crate::extract::{AmountKind, EntityType, Mention};

/// (sentence, amount text, expectation). An expectation is either
/// "kind value low high qualifier currency unit" with `_` for empty, or
/// "none": no scored amount (money, percent, count) overlaps the text.
#[rustfmt::skip]
const CASES: &[(&str, &str, &str)] = &[
    // --- money: signs, codes, words, scales (spec §2 examples) ---
    ("Stargate will invest at least $500 billion in AI.", "$500 billion", "money 5e11 5e11 _ at_least USD _"),
    ("SoftBank has well under $10B secured.", "$10B", "money 1e10 _ 1e10 under USD _"),
    ("Musk spent over a quarter of a billion dollars on the race.", "a quarter of a billion dollars", "money 2.5e8 2.5e8 _ over USD _"),
    ("The firm raised €3m from investors.", "€3m", "money 3e6 3e6 3e6 exact EUR _"),
    ("Profits rose to £1.2bn last year.", "£1.2bn", "money 1.2e9 1.2e9 1.2e9 exact GBP _"),
    ("The city spent 500 million yuan on the bridge.", "500 million yuan", "money 5e8 5e8 5e8 exact CNY _"),
    ("The deal is worth US$2.5 billion.", "US$2.5 billion", "money 2.5e9 2.5e9 2.5e9 exact USD _"),
    ("Shares were priced at HK$176 each.", "HK$176", "money 176 176 176 exact HKD _"),
    ("Investors were told 176 Hong Kong dollars is the final price.", "176 Hong Kong dollars", "money 176 176 176 exact HKD _"),
    ("The raise is at least 88 billion Hong Kong dollars.", "88 billion Hong Kong dollars", "money 8.8e10 8.8e10 _ at_least HKD _"),
    ("Treasury in Pretoria gave the agency R4bn this year.", "R4bn", "money 4e9 4e9 4e9 exact ZAR _"),
    ("Petronas paid RM5.2 billion for the stake.", "RM5.2 billion", "money 5.2e9 5.2e9 5.2e9 exact MYR _"),
    ("Infosys earned ₹1,200 crore in the quarter.", "₹1,200 crore", "money 1.2e10 1.2e10 1.2e10 exact INR _"),
    ("Toyota will invest ¥500 billion in new plants near Tokyo.", "¥500 billion", "money 5e11 5e11 5e11 exact JPY _"),
    ("The stock lost 24$ from its market cap.", "24$", "money 24 24 24 exact USD _"),
    ("Tickets now cost 50 cents more.", "50 cents", "money 0.5 0.5 0.5 exact USD _"),
    ("Pricing could reach USD 3 million per unit.", "USD 3 million", "money 3e6 3e6 3e6 exact USD _"),
    ("The carmaker was fined 2 million euros.", "2 million euros", "money 2e6 2e6 2e6 exact EUR _"),
    ("The fund holds 300 billion rupees in assets.", "300 billion rupees", "money 3e11 3e11 3e11 exact INR _"),
    ("The club paid £50m for the striker.", "£50m", "money 5e7 5e7 5e7 exact GBP _"),
    ("The bank earned $5.5-billion in revenue.", "$5.5-billion", "money 5.5e9 5.5e9 5.5e9 exact USD _"),
    ("Half a billion dollars was spent on ads.", "Half a billion dollars", "money 5e8 5e8 5e8 exact USD _"),
    ("Seoul set aside 10 billion won for the project.", "10 billion won", "money 1e10 1e10 1e10 exact KRW _"),
    ("The plan costs 5 million Swiss francs.", "5 million Swiss francs", "money 5e6 5e6 5e6 exact CHF _"),
    // Crowns and kroner: the adjective's crown, else the one the text's places name, else NOK.
    ("The cut costs 3 billion Danish crowns.", "3 billion Danish crowns", "money 3e9 3e9 3e9 exact DKK _"),
    ("The Copenhagen brewer earned 900 million kroner.", "900 million kroner", "money 9e8 9e8 9e8 exact DKK _"),
    ("The fund earned 900 million kroner.", "900 million kroner", "money 9e8 9e8 9e8 exact NOK _"),
    ("The Prague firm paid 40 crowns a share.", "40 crowns", "money 40 40 40 exact CZK _"),
    ("The king wore three crowns.", "three", "count 3 3 3 exact _ crowns"),
    ("Revenue reached $1.2 trillion.", "$1.2 trillion", "money 1.2e12 1.2e12 1.2e12 exact USD _"),
    ("The company paid $1,234.56 in fees.", "$1,234.56", "money 1234.56 1234.56 1234.56 exact USD _"),
    ("Lagos will spend ₦500 billion on roads.", "₦500 billion", "money 5e11 5e11 5e11 exact NGN _"),
    ("Bitcoin hit $100,000 on Monday.", "$100,000", "money 100000 100000 100000 exact USD _"),
    ("The unit sold for 3.5bn euros.", "3.5bn euros", "money 3.5e9 3.5e9 3.5e9 exact EUR _"),
    ("A flat white costs 99p there.", "99p", "money 0.99 0.99 0.99 exact GBP _"),
    ("The heirs inherited a million dollars.", "a million dollars", "money 1e6 1e6 1e6 exact USD _"),
    // --- money qualifiers (spec table) ---
    ("Apple is sitting on north of $200 billion in cash.", "$200 billion", "money 2e11 2e11 _ over USD _"),
    ("The startup raised upwards of $50 million.", "$50 million", "money 5e7 5e7 _ over USD _"),
    ("He paid no less than $2 million.", "$2 million", "money 2e6 2e6 _ at_least USD _"),
    ("The fine could be as much as $1 billion.", "$1 billion", "money 1e9 _ 1e9 at_most USD _"),
    ("The house sold for roughly $1.5 million.", "$1.5 million", "money 1.5e6 _ _ approx USD _"),
    ("An estimated $4 billion was lost.", "$4 billion", "money 4e9 _ _ approx USD _"),
    ("Some $60 million was wired abroad.", "$60 million", "money 6e7 _ _ approx USD _"),
    ("The charity needs a minimum of $10,000.", "$10,000", "money 10000 10000 _ at_least USD _"),
    ("The bill would cost no more than $3 trillion.", "$3 trillion", "money 3e12 _ 3e12 at_most USD _"),
    ("The repairs cost just over $900.", "$900", "money 900 900 _ over USD _"),
    ("Donors gave more than $1 million.", "$1 million", "money 1e6 1e6 _ over USD _"),
    ("He earns less than $30,000 a year.", "$30,000", "money 30000 _ 30000 under USD _"),
    ("The loan was almost $2 billion.", "$2 billion", "money 2e9 _ _ approx USD _"),
    ("Tesla could lose at most $4 billion.", "$4 billion", "money 4e9 _ 4e9 at_most USD _"),
    ("Alibaba could raise up to $12.9bn (£10bn) in Hong Kong.", "£10bn", "money 1e10 _ 1e10 at_most GBP _"),
    ("It helps borrowers earning below $125,000 individually or $250,000 as a couple.", "$250,000", "money 250000 _ 250000 under USD _"),
    ("The prize is $5 million or more.", "$5 million", "money 5e6 5e6 _ at_least USD _"),
    // --- money changes and ranges ---
    ("Its valuation was slashed from $47 billion to $8 billion.", "$47 billion", "money 4.7e10 4.7e10 4.7e10 exact USD _"),
    ("Its valuation was slashed from $47 billion to $8 billion.", "$8 billion", "money 8e9 8e9 8e9 exact USD _"),
    ("Analysts expect $3 to $5 billion in new orders.", "$3 to $5 billion", "money _ 3e9 5e9 range USD _"),
    ("The bank will raise between $1 million and $2 million.", "$1 million and $2 million", "money _ 1e6 2e6 range USD _"),
    ("It will increase debt collection by R20bn to R50bn per year in South Africa.", "R20bn to R50bn", "money _ 2e10 5e10 range ZAR _"),
    ("Sales grew by R2bn to R50bn in South Africa.", "R50bn", "money 5e10 5e10 5e10 exact ZAR _"),
    ("The budget was cut by $5 million to $20 million.", "$20 million", "money 2e7 2e7 2e7 exact USD _"),
    ("The pay-out will be $3-5 billion.", "$3-5 billion", "money _ 3e9 5e9 range USD _"),
    ("The package rose from R11bn to R5.5bn in Cape Town.", "R5.5bn", "money 5.5e9 5.5e9 5.5e9 exact ZAR _"),
    // --- percents and fractions of a whole ---
    ("The stock has plunged 12% this year.", "12%", "percent 12 12 12 exact _ _"),
    ("Inflation was 3.5 percent in May.", "3.5 percent", "percent 3.5 3.5 3.5 exact _ _"),
    ("Shares were priced at a 2.8 per cent discount.", "2.8 per cent", "percent 2.8 2.8 2.8 exact _ _"),
    ("It expects about 81 percent of borrowers to apply.", "81 percent", "percent 81 _ _ approx _ _"),
    ("Banks may buy up to an additional 15 per cent of shares.", "15 per cent", "percent 15 _ 15 at_most _ _"),
    ("He did not have even one tenth of the funding.", "one tenth", "percent 10 10 10 exact _ _"),
    ("More than a third of staff will be cut.", "a third", "percent 33.333333333333336 33.333333333333336 _ over _ _"),
    ("Two-thirds of voters backed the plan.", "Two-thirds", "percent 66.66666666666667 66.66666666666667 66.66666666666667 exact _ _"),
    ("Rates rose 10-20% last year.", "10-20%", "percent _ 10 20 range _ _"),
    ("Growth will be between 2 and 3 percent.", "2 and 3 percent", "percent _ 2 3 range _ _"),
    ("Unemployment rose 0.5 percentage points.", "0.5 percentage points", "percent 0.5 0.5 0.5 exact _ _"),
    ("The retailer cut prices by 5pc.", "5pc", "percent 5 5 5 exact _ _"),
    ("One in five Americans owns a gun.", "One in five", "percent 20 20 20 exact _ _"),
    ("Half of the employees work remotely.", "Half", "percent 50 50 50 exact _ _"),
    ("Shares closed at $185.25, up 0.35%.", "0.35%", "percent 0.35 0.35 0.35 exact _ _"),
    ("A quarter of the company's shares were sold.", "A quarter", "percent 25 25 25 exact _ _"),
    ("Roughly one in 10 workers lost a job.", "one in 10", "percent 10 _ _ approx _ _"),
    ("Polls show 8 out of 10 voters agree.", "8 out of 10", "percent 80 80 80 exact _ _"),
    ("The fleet will grow by 30% by 2025.", "30%", "percent 30 30 30 exact _ _"),
    ("Nearly 40% of homes lost power.", "40%", "percent 40 _ _ approx _ _"),
    // --- counts with their head noun ---
    ("Stargate should create over 100,000 jobs.", "100,000", "count 100000 100000 _ over _ jobs"),
    ("Nearly 300 school districts closed.", "300", "count 300 _ _ approx _ districts"),
    ("Emirates ordered 30 Boeing 787 jets.", "30", "count 30 30 30 exact _ jets"),
    ("SoftBank is one of the three companies involved.", "three", "count 3 3 3 exact _ companies"),
    ("Three of the companies declined to comment.", "Three", "count 3 3 3 exact _ companies"),
    ("The firm hired 25 engineers and 10 designers.", "10", "count 10 10 10 exact _ designers"),
    ("The firm hired 25 engineers and 10 designers.", "25", "count 25 25 25 exact _ engineers"),
    ("Twenty-five people were hurt.", "Twenty-five", "count 25 25 25 exact _ people"),
    ("One hundred and forty workers lost their jobs.", "One hundred and forty", "count 140 140 140 exact _ workers"),
    ("A dozen protesters were arrested.", "A dozen", "count 12 12 12 exact _ protesters"),
    ("It will ask between 1 million and 5 million borrowers to verify.", "1 million and 5 million", "count _ 1e6 5e6 range _ borrowers"),
    ("The jet seats 242 to 330 passengers.", "242 to 330", "count _ 242 330 range _ passengers"),
    ("The jet seats passengers in a two-class layout.", "two", "count 2 2 2 exact _ class"),
    ("Altman was one of three billionaires at the event.", "three", "count 3 3 3 exact _ billionaires"),
    ("Its fleet of roughly 400 737 Max jets was grounded.", "400", "count 400 _ _ approx _ jets"),
    ("Boeing got bids for some 60 of the embattled 737 Max jet.", "60", "count 60 _ _ approx _ jet"),
    ("Emirates has 123 of the planes in its fleet.", "123", "count 123 123 123 exact _ planes"),
    ("One share is worth eight of its Hong Kong shares.", "eight", "count 8 8 8 exact _ shares"),
    ("The agency will hire more than 1,000 debt collectors. In April we hired 500.", "500", "count 500 500 500 exact _ collectors"),
    ("The agency will hire more than 1,000 debt collectors.", "1,000", "count 1000 1000 _ over _ collectors"),
    ("JLL will accept close to 1,000 maintenance and cleaning workers.", "1,000", "count 1000 _ _ approx _ workers"),
    ("About 2.5 million people live there.", "2.5 million", "count 2.5e6 _ _ approx _ people"),
    ("Police arrested 12 men and 3 women.", "3", "count 3 3 3 exact _ women"),
    ("The company employs 4,500 staff.", "4,500", "count 4500 4500 4500 exact _ staff"),
    ("The firm will cut 10,000-plus jobs.", "10,000", "count 10000 10000 _ over _ jobs"),
    ("The school has 50 or more classrooms.", "50", "count 50 50 _ at_least _ classrooms"),
    ("Shelters took in 30-odd dogs.", "30", "count 30 _ _ approx _ dogs"),
    ("Fewer than 50 people attended.", "50", "count 50 _ 50 under _ people"),
    ("The two previous budget proposals were rejected.", "two", "count 2 2 2 exact _ proposals"),
    ("The crashes killed a total of 346 people.", "346", "count 346 346 346 exact _ people"),
    ("The airline had a fleet of 270 aircraft, including 12 freighters.", "270", "count 270 270 270 exact _ aircraft"),
    ("The 50 largest banks hold most deposits.", "50", "count 50 50 50 exact _ banks"),
    ("It made five Dreamliner sales this week: two to Biman and three to Ghana.", "three", "count 3 3 3 exact _ sales"),
    ("More than 8 million Americans have applied.", "8 million", "count 8e6 8e6 _ over _ Americans"),
    ("Student debt relief draws 8M+ applications.", "8M", "count 8e6 8e6 _ over _ applications"),
    ("Up to 1,700 debt collectors will be hired.", "1,700", "count 1700 _ 1700 at_most _ collectors"),
    ("The district has 3 million registered voters.", "3 million", "count 3e6 3e6 3e6 exact _ voters"),
    ("At least 12 people were killed in the attack.", "12", "count 12 12 _ at_least _ people"),
    ("Only two candidates received money.", "two", "count 2 2 2 exact _ candidates"),
    ("The group has 30 of the 50 states on its side.", "30", "count 30 30 30 exact _ states"),
    ("The group has 30 of the 50 states on its side.", "50", "count 50 50 50 exact _ states"),
    // So does a part of a whole with no determiner; a smaller "whole" is no whole.
    ("She won 3 of 4 races.", "3", "count 3 3 3 exact _ races"),
    ("He met two of three requirements.", "two", "count 2 2 2 exact _ requirements"),
    // An adjective between the partitive's determiner and the number of a plural whole.
    ("The club has lost seven of its last 10 matches.", "seven", "count 7 7 7 exact _ matches"),
    ("She birdied two of the final four holes.", "two", "count 2 2 2 exact _ holes"),
    ("Shares rose 2p to 140p.", "140p", "money 1.4 1.4 1.4 exact GBP _"),
    ("Prices fell 10 to 20 percent.", "10 to 20 percent", "percent _ 10 20 range _ _"),
    // A tally of occasions is no count: "a five-time All-Star".
    ("Tatum, a five-time All-Star, scored 30.", "five", "none"),
    // A percent or sum before "to" and a bare number after it: the change and a new level.
    ("The peso weakened 1.8% to 21.15 per dollar.", "1.8%", "percent 1.8 1.8 1.8 exact _ _"),
    ("The index rose 1.2% to a record 23,400 points.", "1.2%", "percent 1.2 1.2 1.2 exact _ _"),
    ("Shares gained 4% to 112 on Friday.", "4%", "percent 4 4 4 exact _ _"),
    ("Analysts see $3 to 5 billion in sales.", "$3 to 5 billion", "money _ 3e9 5e9 range USD _"),
    // A change word a few words before "by": the change and the new level, not a range.
    ("It raised its dividend by 10 cents to 58 cents a share.", "58 cents", "money 0.58 0.58 0.58 exact USD _"),
    ("The board cut the annual budget by $2 million to $40 million.", "$2 million", "money 2e6 2e6 2e6 exact USD _"),
    ("Costs may rise by 5 to 10 percent.", "5 to 10 percent", "percent _ 5 10 range _ _"),
    // A year before "to" is no low end of a range: the amount after it stands alone.
    ("The fund grew from $3 million in 2020 to $8 million this year.", "$8 million", "money 8e6 8e6 8e6 exact USD _"),
    ("The rate rose from 3% in 2019 to 5% in 2024.", "5%", "percent 5 5 5 exact _ _"),
    ("Prices, by some estimates, run 5 to 10 percent higher.", "5 to 10 percent", "percent _ 5 10 range _ _"),
    ("Tesla aims to sell 1.8 million vehicles, versus 1.81 million in 2023.", "1.81 million", "count 1.81e6 1.81e6 1.81e6 exact _ vehicles"),
    ("The Fed cut rates by a quarter of a percentage point.", "a quarter of a percentage point", "percent 0.25 0.25 0.25 exact _ _"),
    ("Yields rose half a percentage point.", "half a percentage point", "percent 0.5 0.5 0.5 exact _ _"),
    ("The state paid Rs. 500 per family.", "Rs. 500", "money 500 500 500 exact INR _"),
    ("Safaricom earned Sh5.2 billion in Nairobi.", "Sh5.2 billion", "money 5.2e9 5.2e9 5.2e9 exact KES _"),
    ("The bond pays USD100 a year.", "USD100", "money 100 100 100 exact USD _"),
    ("Three people died and 12 were injured.", "12", "count 12 12 12 exact _ people"),
    ("Of the 500 workers, 200 will be laid off.", "200", "count 200 200 200 exact _ workers"),
    ("The firm's 2,300-strong workforce went on strike.", "2,300", "count 2300 2300 2300 exact _ workforce"),
    ("Three-quarters of respondents agreed.", "Three-quarters", "percent 75 75 75 exact _ _"),
    ("Roughly half of Americans approve.", "half", "percent 50 _ _ approx _ _"),
    ("Revenue rose 5% to $3.2 billion.", "5%", "percent 5 5 5 exact _ _"),
    ("Revenue rose 5% to $3.2 billion.", "$3.2 billion", "money 3.2e9 3.2e9 3.2e9 exact USD _"),
    ("The plan adds $2bn-plus in spending.", "$2bn", "money 2e9 2e9 _ over USD _"),
    ("As many as 5,000 people may lose power.", "5,000", "count 5000 _ 5000 at_most _ people"),
    ("Ukraine needs at least 500,000 more troops.", "500,000", "count 500000 500000 _ at_least _ troops"),
    ("The agency hired 300 inspectors last year. This year it hired 200 more.", "200", "count 200 200 200 exact _ inspectors"),
    ("The Sensex fell 1,190 points, or 1.5%, to 79,043.", "79,043", "none"),
    ("Biden won 306 electoral votes.", "306", "count 306 306 306 exact _ votes"),
    ("The panel has 500 newly registered voters.", "500", "count 500 500 500 exact _ voters"),
    ("Tesla delivered 1.8 million vehicles in 2023.", "1.8 million", "count 1.8e6 1.8e6 1.8e6 exact _ vehicles"),
    // --- not amounts (absent or an unscored kind) ---
    ("Smugglers moved 200 pounds of cocaine.", "200", "none"),
    ("The console streams games in 1080p at 60 frames a second.", "1080p", "none"),
    ("The Supreme Court ruled 6-3 on Friday.", "6", "none"),
    ("Shares in the S&P 500 rose.", "500", "none"),
    ("Fortune 500 companies were hit.", "500", "none"),
    ("Voters aged between 18 and 24 turned out.", "18", "none"),
    ("Ms Reeves, 45, told MPs about 3,000 jobs.", "45", "none"),
    ("He is 45 and lives in Ohio with 3 dogs.", "45", "none"),
    ("A 50-50 split was agreed.", "50", "none"),
    ("He lives at 10 Downing Street.", "10", "none"),
    ("The iPhone 15 Pro sold well.", "15", "none"),
    ("The 9/11 attacks changed everything.", "9", "none"),
    ("A 25 basis point cut is likely.", "25", "none"),
    ("The company was founded in 2015.", "2015", "none"),
    ("The 2024 elections were close.", "2024", "none"),
    ("Altman, the 39-year-old CEO, spoke.", "39", "none"),
    ("Employees aged 55 and above may retire early.", "55", "none"),
    ("He urged Boeing to fix the Boeing 737 MAX quickly.", "737", "none"),
    ("Emirates ordered 50 Airbus A350-900 jets.", "900", "none"),
    ("Emirates ordered 30 Boeing 787 jets.", "787", "none"),
    ("Its fleet of roughly 400 737 Max jets was grounded.", "737", "none"),
    ("The 787-9 jet is larger.", "787", "none"),
    ("Call 555-1234 for details.", "555", "none"),
    ("Call (202) 555-0143 now.", "202", "none"),
    ("One of the companies is SoftBank.", "One", "none"),
    ("One day after the event, he left.", "One", "none"),
    ("He was one SpaceX customer among many.", "one", "none"),
    ("Hundreds of people protested.", "Hundreds", "none"),
    ("Millions of Americans applied.", "Millions", "none"),
    ("Tens of thousands of workers went on strike.", "thousands", "none"),
    ("Several dozen cars burned.", "dozen", "none"),
    ("A few hundred fans waited.", "hundred", "none"),
    ("They pour millions of dollars into causes.", "millions", "none"),
    ("The rate is twice the national average.", "twice", "none"),
    ("Sales were three times higher.", "three", "none"),
    ("The field holds 3.3 billion barrels of oil.", "3.3 billion", "quantity 3.3e9 3.3e9 3.3e9 exact _ barrels"),
    ("Stir in 2 cups of flour.", "2", "quantity 2 2 2 exact _ cups"),
    ("It has a 275-horsepower engine.", "275", "quantity 275 275 275 exact _ horsepower"),
    ("The meeting is on January 22, 2025.", "22", "none"),
    ("The meeting is on January 22, 2025.", "2025", "none"),
    ("Flights are cancelled through 5 August.", "5", "none"),
    ("The talks ended at 10:30 p.m. on Friday.", "10", "none"),
    ("The store opens at 9 a.m. daily.", "9", "none"),
    ("The team finished No. 1 in the rankings.", "1", "none"),
    ("Emirates is the number one buyer of the A380.", "one", "none"),
    ("The number eight is lucky in China.", "eight", "none"),
    ("Chapter 11 protection was sought.", "11", "none"),
    ("The Falcon 9 rocket exploded.", "9", "none"),
    ("He was sidelined for six months.", "six", "none"),
    ("The 2022/23 season ended.", "2022", "none"),
    ("The company's five-year plan was announced.", "five", "none"),
    ("BUDGET 3.0 | Sars gets R4bn", "3.0", "none"),
    ("The two pour millions of dollars into causes.", "two", "none"),
    ("A third undisclosed buyer also bid.", "third", "none"),
    ("The Covid-19 pandemic hit hard.", "19", "none"),
    ("The score was 3-1 at half time.", "3", "none"),
    ("He finished in the top 10 again.", "10", "none"),
    ("Temperatures hit 40 degrees.", "40", "none"),
    ("The Dow fell 500 points.", "500", "none"),
    ("The 777 program faced delays.", "777", "none"),
    ("From June 1 we will bring more staff.", "1", "none"),
    ("Section 230 protects platforms.", "230", "none"),
    ("He has served 14 years in the Senate.", "14", "none"),
    ("Route 66 is famous.", "66", "none"),
    ("He pitted on lap 31 and again on laps 47 and 55.", "31", "none"),
    ("Windows 10 users must update.", "10", "none"),
    ("The quake measured 7.1 on the scale.", "7.1", "none"),
    ("He was hit twice in the 1990s.", "1990s", "none"),
    ("The 24-hour strike began.", "24", "none"),
    ("Trump Airlines rose to Top-10 trending status.", "10", "none"),
    ("The budget for 2025/2026 was tabled.", "2026", "none"),
    ("Prices climbed 2.5 times faster.", "2.5", "none"),
    ("The ruling came in March 2019.", "2019", "none"),
    ("They met from 2019 to 2021.", "2019", "none"),
    ("He took a third of the way home.", "way", "none"),
    ("It happened one night in May.", "one", "none"),
    ("The two met in Paris.", "two", "none"),
];

fn parse_opt(s: &str) -> Option<f64> {
    if s == "_" { None } else { Some(s.parse().unwrap_or_else(|_| panic!("bad number {s}"))) }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        (None, None) => true,
        _ => false,
    }
}

/// Check one case: the amount `target` of `sent` against `spec` (see [`CASES`]).
pub(super) fn check(sent: &str, target: &str, spec: &str) -> Result<(), String> {
    let a = Analysis::new(sent);
    let got = extract(&a, &[]);
    let ts = sent.find(target).ok_or("target not in sentence")?;
    let te = ts + target.len();
    if spec == "none" {
        let scored = got.iter().find(|x| {
            matches!(x.kind, AmountKind::Money | AmountKind::Percent | AmountKind::Count) && x.span.start < te && ts < x.span.end
        });
        return match scored {
            Some(x) => Err(format!("unexpected {} {:?} {:?} unit {:?}", x.kind, x.text, x.value, x.unit)),
            None => Ok(()),
        };
    }
    let f: Vec<&str> = spec.split(' ').collect();
    let x = got
        .iter()
        .find(|x| x.text == target)
        .ok_or_else(|| format!("not found; got {:?}", got.iter().map(|x| (&x.text, &x.kind, x.value, &x.unit)).collect::<Vec<_>>()))?;
    let ok = x.kind.as_str() == f[0]
        && close(x.value, parse_opt(f[1]))
        && close(x.low, parse_opt(f[2]))
        && close(x.high, parse_opt(f[3]))
        && x.qualifier.as_str() == f[4]
        && x.currency.as_deref() == (f[5] != "_").then_some(f[5])
        && x.unit.as_deref() == (f[6] != "_").then_some(f[6]);
    if ok {
        Ok(())
    } else {
        Err(format!("got {} {:?} {:?} {:?} {} {:?} {:?}", x.kind, x.value, x.low, x.high, x.qualifier.as_str(), x.currency, x.unit))
    }
}

#[test]
fn table_of_amount_expressions() {
    assert!(CASES.len() >= 100);
    let failures: Vec<String> =
        CASES.iter().filter_map(|(s, t, e)| check(s, t, e).err().map(|err| format!("{s:?} [{t}] want {e}: {err}"))).collect();
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

fn mention(text: &str, name: &str, label: EntityType) -> Mention<Bytes> {
    let start = text.find(name).unwrap();
    Mention { span: Span::new(start, start + name.len()), text: name.into(), label, sentence: 0 }
}

#[test]
fn owner_is_the_subject_of_a_money_verb() {
    let s = "SoftBank has well under $10B secured.";
    let a = Analysis::new(s);
    let got = extract(&a, &[mention(s, "SoftBank", EntityType::Org)]);
    assert_eq!(got[0].owner, Some(0));

    let s = "Altman was a significant backer of Democrats, giving over $1 million to Democrats.";
    let a = Analysis::new(s);
    let ms = vec![mention(s, "Altman", EntityType::Person), mention(s, "Democrats", EntityType::Org)];
    assert_eq!(extract(&a, &ms)[0].owner, Some(0));

    let s = "Musk, who reportedly spent over a quarter of a billion dollars to help Trump, was absent.";
    let a = Analysis::new(s);
    let ms = vec![mention(s, "Musk", EntityType::Person), mention(s, "Trump", EntityType::Person)];
    assert_eq!(extract(&a, &ms)[0].owner, Some(0));

    // No agent before the verb: no owner.
    let s = "He donated at least $6,600 to ActBlue.";
    let a = Analysis::new(s);
    assert_eq!(extract(&a, &[mention(s, "ActBlue", EntityType::Org)])[0].owner, None);

    // A possessor owns a count.
    let s = "More than a third of WeWork’s 12,000 employees will be cut.";
    let a = Analysis::new(s);
    let got = extract(&a, &[mention(s, "WeWork", EntityType::Org)]);
    let emp = got.iter().find(|x| x.text == "12,000").unwrap();
    assert_eq!(emp.owner, Some(0));
}

#[test]
fn ages_use_person_mentions_and_are_not_scored() {
    let s = "Sam Altman, 39, spoke on Tuesday.";
    let a = Analysis::new(s);
    let got = extract(&a, &[mention(s, "Sam Altman", EntityType::Person)]);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].kind, got[0].value), (AmountKind::Age, Some(39.0)));
}

#[test]
fn a_number_before_a_persons_name_counts_nothing() {
    // Ranks and shirt numbers in standings and rosters; the noun counted later is not the name.
    let s = "Standings: 7 Laura Hicks 410, 8 Tom Marks 395. Hicks has 3 wins.";
    let a = Analysis::new(s);
    let ms = [mention(s, "Laura Hicks", EntityType::Person), mention(s, "Tom Marks", EntityType::Person)];
    let got: Vec<(String, Option<String>)> =
        extract(&a, &ms).into_iter().filter(|x| x.kind == AmountKind::Count).map(|x| (x.text, x.unit)).collect();
    assert_eq!(got, [("3".to_string(), Some("wins".to_string()))]);
    // Without the names as mentions, the plural-looking surnames read as counted nouns.
    let bare: Vec<Option<String>> = extract(&a, &[]).into_iter().filter(|x| x.kind == AmountKind::Count).map(|x| x.unit).collect();
    assert!(bare.contains(&Some("Marks".to_string())), "{bare:?}");
}

#[test]
fn numbers_inside_product_mentions_are_not_amounts() {
    let s = "Boeing's 737 MAX 8 was grounded after 2 crashes.";
    let a = Analysis::new(s);
    let got = extract(&a, &[mention(s, "737 MAX 8", EntityType::Misc)]);
    assert_eq!(got.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(), ["2"]);
}

#[test]
fn dollar_follows_the_story() {
    let canadian = "Ontario will spend $3 billion on transit, Toronto officials said. Quebec and Alberta will add to the Canadian network.";
    let a = Analysis::new(canadian);
    assert_eq!(extract(&a, &[])[0].currency.as_deref(), Some("CAD"));
    let aussie = "The Australian miner BHP reported a $2 billion profit (US$1.3 billion) in Melbourne.";
    let a = Analysis::new(aussie);
    let got = extract(&a, &[]);
    assert_eq!(got.iter().map(|x| x.currency.as_deref().unwrap()).collect::<Vec<_>>(), ["AUD", "USD"]);
    // Another dollar spelled out means a bare "$" is the US dollar.
    let hk = "Hong Kong shares priced at 176 Hong Kong dollars raise $12.9bn for the Hong Kong listing in Hong Kong.";
    let a = Analysis::new(hk);
    let got = extract(&a, &[]);
    assert_eq!(got[1].currency.as_deref(), Some("USD"));
    let plain = "Ontario's premier met Biden in Washington to discuss $5 billion in U.S. tariffs.";
    let a = Analysis::new(plain);
    assert_eq!(extract(&a, &[])[0].currency.as_deref(), Some("USD"));
}

#[test]
fn elided_noun_comes_from_an_earlier_count() {
    let s = "Kieswetter said he would hire up to 1,700 debt collectors.\n“In April we hired 500. We trained them. \
             From June 1 we’ll bring a further 250 and that takes us to about 750,” he said.";
    let a = Analysis::new(s);
    let got: Vec<(String, Option<String>, &str)> = extract(&a, &[]).into_iter().map(|x| (x.text, x.unit, x.qualifier.as_str())).collect();
    let want = [("1,700", "at_most"), ("500", "exact"), ("250", "exact"), ("750", "approx")];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((t, u, q), (wt, wq)) in got.iter().zip(want) {
        assert_eq!((t.as_str(), u.as_deref(), *q), (wt, Some("collectors"), wq));
    }
    // A change "down by 30 to 126" is two amounts, not a range.
    let s = "Emirates bought 30 of Boeing’s 787 jets. Its 777X order fell, down by 30 to 126.";
    let a = Analysis::new(s);
    let got: Vec<_> = extract(&a, &[]).into_iter().map(|x| (x.text, x.qualifier.as_str(), x.unit)).collect();
    assert_eq!(got[1], ("30".to_string(), "exact", Some("jets".to_string())));
    assert_eq!(got[2], ("126".to_string(), "exact", Some("jets".to_string())));
}

#[test]
fn a_scaled_number_after_a_sum_in_its_sentence_is_a_sum() {
    let money = |s: &str| -> Vec<(String, &'static str, Option<String>)> {
        let a = Analysis::new(s);
        extract(&a, &[]).into_iter().filter(|x| x.kind == AmountKind::Money).map(|x| (x.text, x.kind.as_str(), x.currency)).collect()
    };
    let got = money("Four analysts saw profit of 147.3 million crowns in Copenhagen, against 144.5 million a year ago.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("144.5 million", Some("DKK")));
    let got = money("Net profit rose to 9.77 million pounds from 6.93 million.");
    assert_eq!((got[1].0.as_str(), got[1].2.as_deref()), ("6.93 million", Some("GBP")));
    // Not in the next sentence, and not an unscaled number: those keep the earlier count's noun.
    let s = "The firm hired 40 engineers and spent $3 million. It will hire 25 more.";
    let a = Analysis::new(s);
    let got: Vec<_> = extract(&a, &[]).into_iter().map(|x| (x.text, x.unit)).collect();
    assert_eq!(got.last(), Some(&("25".to_string(), Some("engineers".to_string()))), "{got:?}");
    let got = money("The fund paid $3 million. Another 2 million was lost.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn spans_are_byte_offsets_with_sentences() {
    let s = "Intro line.\nMusk’s firm paid €3m. Then 10% more.";
    let a = Analysis::new(s);
    let got = extract(&a, &[]);
    assert_eq!(&s[got[0].span.start..got[0].span.end], "€3m");
    assert_eq!((got[0].sentence, got[1].sentence), (1, 2));
}

#[test]
fn months_are_full_names_plain_abbreviations_or_dotted_ones() {
    use super::scan::is_month;
    for m in ["january", "may", "june", "sept", "jan", "jan.", "mar.", "jun.", "jul.", "sept.", "dec."] {
        assert!(is_month(m), "{m}");
    }
    // "Mar", "Jun", "Jul" are also words or names without their period.
    for w in ["mar", "jun", "jul", "may.", "janu", "march."] {
        assert!(!is_month(w), "{w}");
    }
}

#[test]
fn other_dollars_spelled_out_keep_the_bare_dollar_american() {
    // "Can$" names the Canadian dollar, so a bare "$" stays the US dollar.
    let s = "Ottawa, Toronto and Quebec paid Can$5 million; Alberta paid $3 million.";
    let a = Analysis::new(s);
    let got: Vec<_> = extract(&a, &[]).into_iter().map(|x| (x.text, x.currency)).collect();
    assert_eq!(got, [("Can$5 million".to_string(), Some("CAD".to_string())), ("$3 million".to_string(), Some("USD".to_string()))]);
}

#[test]
fn a_scaled_number_tagged_as_misc_is_still_an_amount() {
    let s = "The app has 100K users.";
    let a = Analysis::new(s);
    let got = extract(&a, &[mention(s, "100K", EntityType::Misc)]);
    assert_eq!(got.iter().find(|x| x.text == "100K").and_then(|x| x.value), Some(1e5));
    // An organisation named like a number, and a model number inside a name, stay names.
    let s = "Shares of 3M rose.";
    let a = Analysis::new(s);
    assert!(extract(&a, &[mention(s, "3M", EntityType::Org)]).is_empty());
    let s = "The Boeing 747 landed.";
    let a = Analysis::new(s);
    assert!(extract(&a, &[mention(s, "Boeing 747", EntityType::Misc)]).is_empty());
}

#[test]
fn a_count_before_a_past_verb_takes_the_noun_counted_before() {
    // (text, [(amount text, unit)]): a number before a past verb counts the noun of the count before
    // it; a past participle before its noun is an adjective; words ending in "s" that are no plurals
    // are no units; a cricket score's wickets are no count.
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Of the twelve candidates, four dropped out.", &[("twelve", "candidates"), ("four", "candidates")]),
        ("Some 300 workers walked out, and another 200 joined in the evening.", &[("300", "workers"), ("200", "workers")]),
        ("Of the 40 shops on the street, nine closed.", &[("40", "shops"), ("nine", "shops")]),
        ("Three plugged water wells were found.", &[("Three", "wells")]),
        ("Police arrested three armed men.", &[("three", "men")]),
        // "yes" ends in "s" but is no unit: the count takes the noun before.
        ("The committee has nine members, and seven voted yes.", &[("nine", "members"), ("seven", "members")]),
        ("Surrey declared on 446 for nine declared after lunch.", &[]),
        // A past verb with a complement that ends its clause, even opening a sentence.
        ("Police held five suspects overnight. Two pleaded guilty to theft.", &[("five", "suspects"), ("Two", "suspects")]),
        ("Of the 30 riders, three finished injured.", &[("30", "riders"), ("three", "riders")]),
        ("Two injured miners were rescued.", &[("Two", "miners")]),
        // Compounds of irregular plurals are plurals; a singular ending alike is no unit.
        ("She has four grandchildren and 12 godchildren.", &[("four", "grandchildren"), ("12", "godchildren")]),
        ("Three gunmen and 40 policemen were seen.", &[("Three", "gunmen"), ("40", "policemen")]),
        ("The lab kept 20 specimen.", &[]),
    ];
    for (text, want) in cases {
        let a = Analysis::new(text);
        let got: Vec<(String, String)> =
            extract(&a, &[]).into_iter().filter(|x| x.kind == AmountKind::Count).map(|x| (x.text, x.unit.unwrap_or_default())).collect();
        let want: Vec<(String, String)> = want.iter().map(|(t, u)| (t.to_string(), u.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}
