//! Tests of the number grammar.

use super::*;

fn num(s: &str) -> Option<(String, f64, bool)> {
    let a = Analysis::new(s);
    let n = parse_number(&a, 0)?;
    let text = s[a.tokens[n.start].start..a.tokens[n.end - 1].end].to_string();
    Some((text, n.value, n.fraction_percent))
}

fn val(s: &str) -> f64 {
    num(s).unwrap_or_else(|| panic!("no number in {s:?}")).1
}

#[test]
fn digits_and_suffixes() {
    assert_eq!(val("1,234.5 people"), 1234.5);
    assert_eq!(val("5,59,000 cars"), 559000.0); // Indian grouping
    assert_eq!(val("10B"), 1e10);
    assert_eq!(val("R4bn"), 4e9);
    assert_eq!(val("8M+"), 8e6);
    assert_eq!(val("3.5 million"), 3.5e6);
    assert_eq!(val("5.5-billion"), 5.5e9);
    assert_eq!(val("2 bn"), 2e9);
    assert_eq!(val("12 crore"), 1.2e8);
    // Decimals times a scale are exact: 16.4 * 1e6 would give 16399999.999999998.
    assert_eq!(val("16.4 million"), 16_400_000.0);
    assert_eq!(val("1.15bn"), 1_150_000_000.0);
    assert_eq!(val("0.29 billion"), 290_000_000.0);
    assert_eq!(val("2.5 lakh crore"), 2.5e12);
    assert_eq!(num("300 people").unwrap().0, "300");
    let a = Analysis::new("2015 was");
    assert_eq!(parse_number(&a, 0).unwrap().plain_digits, 4);
    let a = Analysis::new("RM5mil");
    let n = parse_number(&a, 0).unwrap();
    assert_eq!((n.value, n.glued_currency.as_deref()), (5e6, Some("RM")));
    let a = Analysis::new("3.5pc");
    assert!(parse_number(&a, 0).unwrap().glued_percent);
    assert!(num("777x").is_none());
    assert!(num("2020s").is_none());
}

#[test]
fn words() {
    assert_eq!(val("three companies"), 3.0);
    assert_eq!(val("twenty-five"), 25.0);
    assert_eq!(val("one hundred and forty"), 140.0);
    assert_eq!(val("two million"), 2e6);
    assert_eq!(val("three hundred thousand"), 3e5);
    assert_eq!(val("a million people"), 1e6);
    assert_eq!(val("a dozen eggs"), 12.0);
    assert_eq!(val("two dozen"), 24.0);
    assert_eq!(val("two and a half million"), 2.5e6);
    assert_eq!(val("half a million"), 5e5);
    assert_eq!(num("two three").unwrap().0, "two");
    assert_eq!(num("two and three").unwrap().0, "two");
    assert!(num("millions of").is_none());
    assert!(num("a few").is_none());
    assert!(num("hundreds").is_none());
}

#[test]
fn fractions() {
    assert_eq!(num("a quarter of a billion dollars").unwrap(), ("a quarter of a billion".into(), 2.5e8, false));
    assert_eq!(num("one tenth of the funding").unwrap(), ("one tenth".into(), 10.0, true));
    assert_eq!(num("a third of staff").unwrap(), ("a third".into(), 100.0 / 3.0, true));
    assert_eq!(num("two-thirds of voters").unwrap().1, 200.0 / 3.0);
    assert_eq!(num("half of them").unwrap(), ("half".into(), 50.0, true));
    assert_eq!(val("a quarter million"), 2.5e5);
    assert_eq!(val("three quarters of a million"), 7.5e5);
    assert_eq!(num("a quarter of a percentage point").unwrap(), ("a quarter of a percentage point".into(), 0.25, true));
    assert_eq!(num("half a percent").unwrap(), ("half a percent".into(), 0.5, true));
    // Ordinals and periods are not fractions.
    assert!(num("a third buyer").is_none());
    assert!(num("a quarter earlier").is_none());
    assert!(num("half the price").is_none());
}

#[test]
fn glued_prefixes_and_suffixes_come_from_the_lexicon() {
    let glued = |s: &str| {
        let a = Analysis::new(s);
        let n = parse_number(&a, 0).unwrap_or_else(|| panic!("no number in {s:?}"));
        (n.value, n.glued_currency, n.glued_percent, n.glued_subunit)
    };
    assert_eq!(glued("Rs.500"), (500.0, Some("Rs".to_string()), false, None));
    assert_eq!(glued("USD100"), (100.0, Some("USD".to_string()), false, None));
    assert_eq!(glued("5pct"), (5.0, None, true, None));
    assert_eq!(glued("99p"), (99.0, None, false, Some("p")));
    assert_eq!(glued("3T"), (3e12, None, false, None));
    // Codes not written against digits, a period only where the prefix takes one, "t" is no scale.
    assert!(num("SEK100").is_none() && num("RM.5").is_none() && num("3t").is_none());
    assert_eq!((scale_word("lakh"), scale_word("k"), scale_word("millions")), (Some(1e5), None, None));
    assert_eq!((cardinal_word("ninety"), fraction_word("halves"), fraction_word("thirds")), (Some(90), Some(2.0), Some(3.0)));
}

#[test]
fn groups_after_spaces_follow_the_text() {
    let grouped = |s: &str, plain_spaces: bool| {
        let a = Analysis::new(s);
        parse_number_grouped(&a, 0, Grouping { plain_spaces }).map(|n| (n.value, n.end))
    };
    // Thin and no-break spaces always group; a plain space only in a text without "1,234".
    assert_eq!(grouped("1\u{2009}234\u{2009}567 people", false), Some((1234567.0, 3)));
    assert_eq!(grouped("12\u{a0}500.5 euros", false), Some((12500.5, 2)));
    assert_eq!(grouped("12 500 jobs", false), Some((12.0, 1)));
    assert_eq!(grouped("12 500 jobs", true), Some((12500.0, 2)));
    // Numbers side by side are not one number: another number, a name or a hyphen follows.
    assert_eq!(grouped("400 737 Max jets", true), Some((400.0, 1)));
    assert_eq!(grouped("3 500 12 runs", true), Some((3.0, 1)));
    assert_eq!(grouped("2 787-9 jets", true), Some((2.0, 1)));
    assert_eq!(grouped("2019 150 people", true), Some((2019.0, 1)));
    assert!(!Grouping::of("It cost 1,500 euros.").plain_spaces && Grouping::of("It cost 1 500 euros.").plain_spaces);
    // Numbers side by side that no grouping explains make spaces column separators throughout.
    assert!(!Grouping::of("LB Ann Cole 74 100% 1 tackle. LB Joe Roe 35 47% 2 tackles.").plain_spaces);
    assert!(!Grouping::of("Scores: 12 5 and 3 2010.").plain_spaces);
    assert!(Grouping::of("It cost 1 500 euros in 2019. About 12 500 jobs, 3.5 million people.").plain_spaces);
}

#[test]
fn fractions_written_with_slashes_and_vulgar_characters() {
    assert_eq!(num("3/4 of the staff").unwrap(), ("3/4".into(), 75.0, true));
    assert_eq!(num("1/100 of the cost").unwrap().1, 1.0);
    assert!(num("23/32 of a point").is_none_or(|n| !n.2)); // a price fraction
    assert!(num("3/4 time").is_none_or(|n| !n.2));
    assert_eq!(num("¾ of voters").unwrap(), ("¾".into(), 75.0, true));
    assert_eq!(num("2½ million").unwrap(), ("2½ million".into(), 2.5e6, false));
    assert_eq!(num("⅓ cup").unwrap().1, 1.0 / 3.0);
    let a = Analysis::new("2½ %");
    assert!(is_digit_token(&a, 0) && is_vulgar_fraction('½') && !is_vulgar_fraction('2'));
}

#[test]
fn scales_after_scales_hundreds_and_spelled_decimals() {
    assert_eq!(val("2.5 lakh crore"), 2.5e12);
    assert_eq!(val("10 thousand crore"), 1e11);
    assert_eq!(val("two lakh crore"), 2e12);
    assert_eq!(num("3 hundred and 21 cases").unwrap().0, "3 hundred and 21");
    assert_eq!(val("3 hundred and 21 cases"), 321.0);
    assert_eq!(val("5 hundred thousand"), 5e5);
    assert_eq!(val("4 hundred and twenty-one"), 421.0);
    assert_eq!(num("3 hundred people").unwrap(), ("3 hundred".into(), 300.0, false));
    assert_eq!(val("two point two million"), 2.2e6);
    assert_eq!(num("one point five percent").unwrap(), ("one point five".into(), 1.5, false));
    assert_eq!(num("one point the crowd").unwrap().0, "one");
    assert_eq!(val("half million"), 5e5);
    assert_eq!(val("half-million"), 5e5);
    assert_eq!(val("1MM"), 1e6);
    assert_eq!(val("5 mil"), 5e6);
    assert!(num("5mm").is_none());
}
