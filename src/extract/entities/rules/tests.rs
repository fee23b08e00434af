//! Tests of the entity rules.

use super::headlines::is_headline;
use super::products::is_model_code;
use super::*;

fn m(a: &Analysis, text: &str, label: EntityType) -> Mention<Bytes> {
    let start = a.text.find(text).unwrap();
    Mention { span: Span::new(start, start + text.len()), text: text.into(), label, sentence: a.sentence_of(start) }
}

/// A case table in which these words are lowercase in running text.
fn common(words: &[&str]) -> CaseDict {
    let mut c = CaseDict::default();
    for w in words {
        c.map.insert(TokInfo::new(w, 0, 0).lower, 1);
    }
    c
}

const LAST_TOP_CAT: u32 = LAST_TOP;

fn texts(ms: &[Mention<Bytes>]) -> Vec<(String, &'static str)> {
    ms.iter().map(|m| (m.text.clone(), m.label.as_str())).collect()
}

#[test]
fn headline_takes_the_body_names() {
    let text = "Donald Trump Advises Boeing To Rebrand Its Jets\n\nPresident Donald Trump told Boeing to act.";
    let a = Analysis::new(text);
    let body = text.find("President").unwrap();
    let in_body = |t: &str, label| {
        let start = body + text[body..].find(t).unwrap();
        Mention { span: Span::new(start, start + t.len()), text: t.into(), label, sentence: a.sentence_of(start) }
    };
    let tagged = vec![
        m(&a, "Donald Trump Advises Boeing", EntityType::Org),
        in_body("Donald Trump", EntityType::Person),
        in_body("Boeing", EntityType::Org),
    ];
    let got = texts(&refine(&a, tagged, &common(&["advises", "rebrand", "jets"]), &Gazetteer::default()));
    assert_eq!(
        got,
        [("Donald Trump".into(), "PERSON"), ("Boeing".into(), "ORG"), ("Donald Trump".into(), "PERSON"), ("Boeing".into(), "ORG")]
    );
}

#[test]
fn a_sentence_with_lowercase_words_is_not_a_headline() {
    let case = common(&["joined", "today", "gives", "early", "support"]);
    let a = Analysis::new("Oracle CEO Larry Ellison and Soft Bank CEO Masayoshi Son joined them today.");
    assert!(!is_headline(&a, 0, &case));
    let a = Analysis::new("Sam Altman met Angela Merkel in Berlin.");
    assert!(!is_headline(&a, 0, &case));
    let a = Analysis::new("Soros Family Gives Early Financial Support to Montana Senator");
    assert!(is_headline(&a, 0, &case));
    // Mostly capitalised but running text: one lowercase word other than a title's small words
    // keeps the tagger's spans, even in a short sentence of long names.
    let a = Analysis::new("Larry Ellison, Masayoshi Son and Sam Altman joined Donald Trump at the White House.");
    let case = common(&["joined", "white", "house"]);
    assert!(!a.is_title_case(0) && !is_headline(&a, 0, &case));
    let a = Analysis::new("Leaders met at the World Health Organization on Tuesday.");
    let case = common(&["leaders", "world", "health", "organization"]);
    assert!(!is_headline(&a, 0, &case));
    let a = Analysis::new("Leaders Meet at World Health Organization");
    assert!(is_headline(&a, 0, &case));
    // A byline is capitalised throughout and names its outlet in common words, yet no headline.
    let case = common(&["associated", "press", "united"]);
    let a = Analysis::new("By Ana Holt, Associated Press");
    assert!(!is_headline(&a, 0, &case));
    let a = Analysis::new("Ana Holt Joins Associated Press");
    assert!(is_headline(&a, 0, &case));
}

#[test]
fn products_and_models() {
    let text = "Emirates ordered Boeing 737 MAX jets and 30 Boeing 787-9 Dreamliner planes. The A380 and the Airbus A350-900 flew. Boeing’s Max 737 flights stopped. SpaceX flew a Falcon 9 rocket. The 787 is popular, 787 planes less. In 2015 it had 300 planes. Chelsea 1, Arsenal 2. It raised R120bn. Some 60 of the embattled 737 Max jets, 300 Republicans and Boeing's 777X. Then Wallace 487, Rs 300 and 2 more.";
    let a = Analysis::new(text);
    let tagged = vec![
        m(&a, "Emirates", EntityType::Org),
        m(&a, "Boeing", EntityType::Org),
        m(&a, "Falcon", EntityType::Org),
        m(&a, "SpaceX", EntityType::Org),
        m(&a, "Chelsea", EntityType::Org),
        m(&a, "Wallace", EntityType::Person),
    ];
    let got: Vec<String> = refine(&a, tagged, &CaseDict::default(), &Gazetteer::default())
        .into_iter()
        .filter(|m| m.label == EntityType::Misc)
        .map(|m| m.text)
        .collect();
    assert_eq!(
        got,
        ["Boeing 737 MAX", "Boeing 787-9 Dreamliner", "A380", "Airbus A350-900", "Max 737", "Falcon 9", "787", "737 Max", "777X"]
    );
    let a = Analysis::new("The 777x and the 777 fly, and a 777-9 too.");
    let got: Vec<String> = refine(&a, vec![], &CaseDict::default(), &Gazetteer::default()).into_iter().map(|m| m.text).collect();
    assert_eq!(got, ["777x", "777", "777-9"]);
    // A series word takes a short number whatever follows it; another name does not ("Chelsea 1,").
    let a = Analysis::new("It showed the Vorn Watch Series 10, and Vorn Band Gen 2. Chelsea 1, Arsenal 2.");
    let ms = vec![
        m(&a, "Vorn Watch Series", EntityType::Org),
        m(&a, "Vorn Band Gen", EntityType::Org),
        m(&a, "Chelsea", EntityType::Org),
        m(&a, "Arsenal", EntityType::Org),
    ];
    let got = texts(&refine(&a, ms, &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(
        got,
        [("Vorn Watch Series 10".into(), "MISC"), ("Vorn Band Gen 2".into(), "MISC"), ("Chelsea".into(), "ORG"), ("Arsenal".into(), "ORG")]
    );
    // A tagged span holding a model number becomes the product.
    let a = Analysis::new("It ordered 30 Boeing 787 jets.");
    let got = texts(&refine(&a, vec![m(&a, "Boeing 787", EntityType::Org)], &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(got, [("Boeing 787".into(), "MISC")]);
    let a = Analysis::new("DUBAI, United Arab Emirates — Dubai's carrier.");
    let ms = vec![m(&a, "DUBAI", EntityType::Loc), m(&a, "United Arab Emirates — Dubai", EntityType::Org)];
    let got = texts(&refine(&a, ms, &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(got, [("DUBAI".into(), "LOC"), ("United Arab Emirates".into(), "ORG"), ("Dubai".into(), "LOC")]);
    // A hyphen spaced on both sides is a dash; a glued one joins ("Vell-Orm").
    let a = Analysis::new("Trains run on the Quexville - Lopez route and the Vell-Orm line.");
    let ms = vec![m(&a, "Quexville - Lopez", EntityType::Loc), m(&a, "Vell-Orm", EntityType::Org)];
    let got = texts(&refine(&a, ms, &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(got, [("Quexville".into(), "LOC"), ("Lopez".into(), "LOC"), ("Vell-Orm".into(), "ORG")]);
}

#[test]
fn a_street_after_its_house_number_is_a_place_not_a_model() {
    let a = Analysis::new("Kestrel moved to 100 Vorn Street in May, near 1600 Quarrow Avenue, and bought 300 Harlow jets.");
    let tagged = vec![m(&a, "Kestrel", EntityType::Org), m(&a, "Quarrow", EntityType::Loc), m(&a, "Harlow", EntityType::Org)];
    let got = texts(&bounds::numbered_streets(&a, tagged.clone()));
    assert_eq!(got, [("Kestrel".into(), "ORG"), ("Vorn Street".into(), "LOC"), ("Quarrow Avenue".into(), "LOC"), ("Harlow".into(), "ORG")]);
    // The house number makes no model of the street's first word ("100 Vorn"); "300 Harlow jets" is none either.
    let got = texts(&refine(&a, tagged, &CaseDict::default(), &Gazetteer::default()));
    assert!(got.iter().all(|(_, ty)| *ty != "MISC"), "{got:?}");
}

#[test]
fn a_venue_named_by_a_web_domain_is_a_place() {
    let a = Analysis::new("The show opened at Kestrel.com Arena, and fans read kestrel.com first.");
    let got = texts(&refine(&a, vec![m(&a, "Arena", EntityType::Person)], &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(got, [("Kestrel.com Arena".into(), "LOC")]);
}

#[test]
fn model_codes() {
    for t in ["A350", "A330neo", "777X", "F150"] {
        assert!(is_model_code(t), "{t}");
    }
    for t in ["Q3", "H1", "300", "2015", "AI", "G7"] {
        assert!(!is_model_code(t), "{t}");
    }
}

#[test]
fn a_census_name_called_a_person_is_one_throughout() {
    // "Smith" is a census surname (category bit 3), "Acme" is not.
    let gaz = Gazetteer::from_text(&format!("Smith\t{}\n", 1 << LAST_TOP_CAT)).unwrap();
    let a = Analysis::new("Smith said so. Smith’s plan, Smith-backed, Smith again. Acme sued Acme.");
    let mut ms = Vec::new();
    for (k, (start, _)) in a.text.match_indices("Smith").enumerate() {
        let label = if k == 0 { EntityType::Person } else { EntityType::Org };
        ms.push(Mention { span: Span::new(start, start + 5), text: "Smith".into(), label, sentence: a.sentence_of(start) });
    }
    for (k, (start, _)) in a.text.match_indices("Acme").enumerate() {
        let label = if k == 0 { EntityType::Person } else { EntityType::Org };
        ms.push(Mention { span: Span::new(start, start + 4), text: "Acme".into(), label, sentence: a.sentence_of(start) });
    }
    let got: Vec<&str> = persons(ms, &gaz).iter().map(|m| m.label.as_str()).collect();
    assert_eq!(got, ["PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ORG"]);
}

#[test]
fn organisation_shapes_and_emphasis() {
    let a = Analysis::new(
        "WeWork and xAI met ActBlue, McDonald and the Stargate Project. xAI grew. I would REBRAND it with my iPhone in sRGB at 5 kWh in a 38 dBA room, #TodayInHistory pic.twitter.com/MYwRz9euaq.",
    );
    let ms = vec![
        m(&a, "WeWork", EntityType::Person),
        m(&a, "McDonald", EntityType::Person),
        m(&a, "Stargate Project", EntityType::Loc),
        m(&a, "REBRAND", EntityType::Org),
    ];
    let got = texts(&refine(&a, ms, &common(&["rebrand"]), &Gazetteer::default()));
    assert_eq!(
        got,
        [
            ("WeWork".into(), "ORG"),
            ("xAI".into(), "ORG"),
            ("ActBlue".into(), "ORG"),
            ("McDonald".into(), "PERSON"),
            ("Stargate Project".into(), "ORG"),
            // After a sentence's period too (no number before it: "38 dBA" is a unit).
            ("xAI".into(), "ORG"),
            // A known product (products.txt), not an organisation shape.
            ("iPhone".into(), "MISC"),
        ]
    );
    let a = Analysis::new("Kestrel Sciences and Vorn Motors sued Jane Sciences.");
    let ms = vec![m(&a, "Kestrel Sciences", EntityType::Person), m(&a, "Vorn Motors", EntityType::Loc)];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        // An untagged run ending in an organisation suffix in running text is one too.
        [("Kestrel Sciences".into(), "ORG"), ("Vorn Motors".into(), "ORG"), ("Jane Sciences".into(), "ORG")]
    );
    // Capitals running into a lowercase word are an organisation's shape too; an abbreviation's
    // plural is no name.
    let a = Analysis::new("Dell wooed VMware customers, and CEOs cheered.");
    let ms = vec![m(&a, "Dell", EntityType::Org), m(&a, "VMware", EntityType::Person), m(&a, "CEOs", EntityType::Org)];
    assert_eq!(texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())), [("Dell".into(), "ORG"), ("VMware".into(), "ORG")]);
    // A common word with its possessive and the capitalised words after it is one name, typed by
    // its head; not an owner the tagger reads as an organisation, nor one opening a quotation.
    let a = Analysis::new("Crowds joined the Tenants's Spring Parade and the Farmers's Union rally. Orchard's Kestrel Phone sold.");
    let ms = vec![m(&a, "Spring Parade", EntityType::Misc), m(&a, "Orchard", EntityType::Org), m(&a, "Kestrel Phone", EntityType::Misc)];
    assert_eq!(
        texts(&refine(&a, ms, &common(&["tenants", "farmers", "orchard"]), &Gazetteer::default())),
        [
            ("Tenants's Spring Parade".into(), "MISC"),
            ("Farmers's Union".into(), "ORG"),
            ("Orchard".into(), "ORG"),
            ("Kestrel Phone".into(), "MISC")
        ]
    );
    // A name joined by a spaced "&" to a capitalised word the tagger left out is one firm with it;
    // not two names the tagger read apart.
    let a = Analysis::new("Shares of Marks & Spencer fell, and Tom & Jerry aired.");
    let ms = vec![m(&a, "Spencer", EntityType::Person), m(&a, "Tom", EntityType::Person), m(&a, "Jerry", EntityType::Person)];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [("Marks & Spencer".into(), "ORG"), ("Tom".into(), "PERSON"), ("Jerry".into(), "PERSON")]
    );
    // Two one-word names the tagger read apart are one firm when either is an organisation's.
    let a = Analysis::new("Its tenant, law firm Davis & Gilbert, left.");
    let ms = vec![m(&a, "Davis", EntityType::Org), m(&a, "Gilbert", EntityType::Person)];
    assert_eq!(texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())), [("Davis & Gilbert".into(), "ORG")]);
    let ms = vec![m(&a, "Davis", EntityType::Person), m(&a, "Gilbert", EntityType::Person)];
    assert_eq!(texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())), [("Davis & Gilbert".into(), "ORG")]);
    // And when a possessive with nothing possessed follows them: a brand named for its founders;
    // not the pair's possessive before a noun.
    let a = Analysis::new("It sold Bea & Jory's, which it bought in 2000. Tom & Jerry's antics amused.");
    let ms = vec![
        m(&a, "Bea", EntityType::Person),
        m(&a, "Jory", EntityType::Person),
        m(&a, "Tom", EntityType::Person),
        m(&a, "Jerry", EntityType::Person),
    ];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [("Bea & Jory".into(), "ORG"), ("Tom".into(), "PERSON"), ("Jerry".into(), "PERSON")]
    );
    // So is one after an owner's clitic, and a laboratory is an organisation.
    let a = Analysis::new("Engineers at Vorn Motors's Kestrel Propulsion Laboratory built it.");
    let ms = vec![m(&a, "Vorn Motors", EntityType::Org)];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [("Vorn Motors".into(), "ORG"), ("Kestrel Propulsion Laboratory".into(), "ORG")]
    );
}

#[test]
fn a_person_ending_in_a_place_head_is_the_place_unless_a_name_backs_it() {
    // "Arena" is a rare surname in the census, as in the real one.
    let gaz = Gazetteer::from_text(&format!("Bruce\t{}\nPark\t{}\nArena\t{}\n", 1 << FIRST_TOP, 1 << LAST_TOP, 1 << LAST_LOW)).unwrap();
    let a = Analysis::new(
        "Fans filled Quarry Sun Arena to see Bruce Arena, Sung-Hee Park and the Vell Bridge crew, then Bruce Tarn Theater and Bruce Avenue.",
    );
    let ms = vec![
        m(&a, "Quarry Sun Arena", EntityType::Person),
        m(&a, "Bruce Arena", EntityType::Person),
        m(&a, "Sung-Hee Park", EntityType::Person),
        m(&a, "Vell Bridge", EntityType::Person),
        m(&a, "Bruce Tarn Theater", EntityType::Person),
        m(&a, "Bruce Avenue", EntityType::Person),
    ];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &gaz)),
        [
            ("Quarry Sun Arena".into(), "LOC"),
            ("Bruce Arena".into(), "PERSON"),
            ("Sung-Hee Park".into(), "PERSON"),
            ("Vell Bridge".into(), "LOC"),
            // A head that is no census name ends a building or a street named for a person, given
            // name and all.
            ("Bruce Tarn Theater".into(), "LOC"),
            ("Bruce Avenue".into(), "LOC")
        ]
    );
}

#[test]
fn capitals_of_a_name_are_not_emphasis() {
    // A long all-capitals word that running text capitalises is a name (a dateline's place);
    // one that running text never saw, or writes lowercase, is emphasis.
    let a = Analysis::new("KESTRELTON — The council met. It was ABSOLUTELY wrong, said MARVELLOUS.");
    let mut case = common(&["absolutely"]);
    case.map.insert(TokInfo::new("kestrelton", 0, 0).lower, 4);
    let ms = vec![m(&a, "KESTRELTON", EntityType::Loc), m(&a, "ABSOLUTELY", EntityType::Org), m(&a, "MARVELLOUS", EntityType::Person)];
    assert_eq!(texts(&refine(&a, ms, &case, &Gazetteer::default())), [("KESTRELTON".into(), "LOC")]);
}

#[test]
fn whole_place_names() {
    let places = format!(
        "Democratic Republic of the Congo\t{}\nNew York\t{}\nUnited Arab Emirates\t{}\n",
        1 << COUNTRY,
        1 << CITY_BIG,
        1 << COUNTRY
    );
    let gaz = Gazetteer::from_text(&places).unwrap();
    let a = Analysis::new("Troops from the Democratic Republic of the Congo met the New York Times. The United Arab Emirates agreed.");
    let ms = vec![
        m(&a, "Democratic Republic", EntityType::Loc),
        m(&a, "Congo", EntityType::Loc),
        m(&a, "New York Times", EntityType::Org),
        m(&a, "United Arab", EntityType::Loc),
        m(&a, "Emirates", EntityType::Org),
    ];
    let got = texts(&refine(&a, ms, &CaseDict::default(), &gaz));
    assert_eq!(
        got,
        [("Democratic Republic of the Congo".into(), "LOC"), ("New York Times".into(), "ORG"), ("United Arab Emirates".into(), "LOC")]
    );
}

#[test]
fn hyphenated_name_parts_join_the_name() {
    let a = Analysis::new("Leung Yiu-chung met Jennifer Ngo-Anh and Jane Roe-Smart before Trump-Xi talks and the Obama-backed plan.");
    let ms = vec![
        m(&a, "Leung Yiu", EntityType::Person),
        m(&a, "Jennifer Ngo", EntityType::Person),
        m(&a, "Anh", EntityType::Person),
        m(&a, "Jane Roe", EntityType::Person),
        m(&a, "Trump", EntityType::Person),
        m(&a, "Obama", EntityType::Person),
    ];
    let got = texts(&refine(&a, ms, &common(&["smart", "backed"]), &Gazetteer::default()));
    assert_eq!(
        got,
        [
            ("Leung Yiu-chung".into(), "PERSON"),
            ("Jennifer Ngo-Anh".into(), "PERSON"),
            ("Jane Roe".into(), "PERSON"),
            ("Trump".into(), "PERSON"),
            ("Obama".into(), "PERSON"),
        ]
    );
}

#[test]
fn untagged_capitalised_runs_with_an_organisation_suffix() {
    let a = Analysis::new(
        "The singer accused Big Machine Label Group of bad faith, and The We Company said the Tax Foundation agreed. \
         She joined the Commercial Lunar Payload Services programme and Kestrel Holdings Group Partners Fund. Vorn Holdings grew. \
         Investors cheered the takeover of Quarrow Petroleum, whose collateral protection insurance (CPI) plan ended. \
         The forecast of Harlow Economics was cut, said the Head of Macro Research at the bank.",
    );
    let got = texts(&refine(&a, vec![m(&a, "CPI", EntityType::Org)], &common(&[]), &Gazetteer::default()));
    // Not a programme's name, not a run of five, not at a sentence's start; a trade ends a
    // company's name, but a lowercase trade does not make a definition an institution's.
    assert_eq!(
        got,
        [
            ("Big Machine Label Group".into(), "ORG"),
            ("We Company".into(), "ORG"),
            ("Tax Foundation".into(), "ORG"),
            ("Quarrow Petroleum".into(), "ORG"),
            ("Harlow Economics".into(), "ORG")
        ]
    );
}

#[test]
fn pieces_of_a_suffixed_run_give_way_to_the_whole_name() {
    let a = Analysis::new(
        "The Allied Pilots Guild said no. Talks with Marlow Dockers Union failed. \
         She met officials of the Texas Department of Transportation there. \
         Police and their Chinese Ministry of State Security masters agreed.",
    );
    let ms = vec![
        m(&a, "Allied", EntityType::Org),
        m(&a, "Guild", EntityType::Person),
        m(&a, "Marlow", EntityType::Loc),
        m(&a, "Texas Department of Transportation", EntityType::Org),
        m(&a, "Chinese", EntityType::Misc),
    ];
    // Pieces wholly inside the run go; a mention reaching past the run ("of Transportation") stays.
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [
            ("Allied Pilots Guild".into(), "ORG"),
            ("Marlow Dockers Union".into(), "ORG"),
            ("Texas Department of Transportation".into(), "ORG"),
            ("Chinese Ministry of State Security".into(), "ORG")
        ]
    );
}

#[test]
fn an_organisation_begun_inside_a_suffixed_run_takes_the_run() {
    let a = Analysis::new(
        "Members of the Harvest Growers Association of Ontario met. The figures came from the Corvin Academy. \
         He also saw the Yemeni Ministry of Oil and Minerals. It was called by the Kestrel Nurses' Federation. \
         It was backed by the Harbor Business Roundtable.",
    );
    let ms = vec![
        m(&a, "Growers Association of Ontario", EntityType::Org),
        m(&a, "Yemeni", EntityType::Misc),
        m(&a, "Ministry of Oil and Minerals", EntityType::Org),
    ];
    // Untagged words open the name over "of"; a nationality the tagger marked does not; "Academy"
    // ends an organisation's run, and a plural owner's apostrophe goes on in it.
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [
            ("Harvest Growers Association of Ontario".into(), "ORG"),
            ("Corvin Academy".into(), "ORG"),
            ("Yemeni".into(), "MISC"),
            ("Ministry of Oil and Minerals".into(), "ORG"),
            ("Kestrel Nurses' Federation".into(), "ORG"),
            ("Harbor Business Roundtable".into(), "ORG")
        ]
    );
}

#[test]
fn sentence_openers_the_text_writes_in_lowercase() {
    let text =
        "Senators said the bill failed. Most senators left. Giants won. Democrats cheered. Kestrels rose. The Kestrels and kestrels.";
    let a = Analysis::new(text);
    let at = |t: &str, label| m(&a, t, label);
    let ms = vec![
        at("Senators", EntityType::Org),
        at("Giants", EntityType::Org),
        at("Democrats", EntityType::Org),
        at("Kestrels", EntityType::Org),
    ];
    // "senators" is lowercase elsewhere; "giants" never is; party groups stay; "Kestrels" is
    // capitalised inside a sentence too.
    assert_eq!(
        texts(&refine(&a, ms, &common(&["senators"]), &Gazetteer::default())),
        [("Giants".into(), "ORG"), ("Democrats".into(), "ORG"), ("Kestrels".into(), "ORG")]
    );
    // A word running text also capitalises (case bucket 3) is left to the tagger: "Apple" beside "apple growers".
    let text = "Apple gained while apple growers lost.";
    let a = Analysis::new(text);
    let mut case = CaseDict::default();
    case.map.insert(TokInfo::new("apple", 0, 0).lower, 3);
    assert_eq!(texts(&refine(&a, vec![m(&a, "Apple", EntityType::Org)], &case, &Gazetteer::default())), [("Apple".into(), "ORG")]);
}

#[test]
fn a_given_name_cut_off_joins_the_name() {
    // "Alexandria" a census given name (and a city), "Ukraine" a country, "France" a country and a given name.
    let gaz = Gazetteer::from_text(&format!(
        "Alexandria\t{}\nUkraine\t{}\nFrance\t{}\n",
        1 << FIRST_TOP,
        1 << COUNTRY,
        (1 << FIRST_TOP) | (1 << COUNTRY)
    ))
    .unwrap();
    let a = Analysis::new("Rep. Alexandria Ocasio-Cortez met the envoy to Ukraine Kurt Volker and the president of France Jane Roe.");
    let ms = vec![
        m(&a, "Alexandria", EntityType::Loc),
        m(&a, "Ocasio-Cortez", EntityType::Person),
        m(&a, "Ukraine", EntityType::Loc),
        m(&a, "Kurt Volker", EntityType::Person),
        m(&a, "France", EntityType::Loc),
        m(&a, "Jane Roe", EntityType::Person),
    ];
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &gaz)),
        [
            ("Alexandria Ocasio-Cortez".into(), "PERSON"),
            ("Ukraine".into(), "LOC"),
            ("Kurt Volker".into(), "PERSON"),
            ("France".into(), "LOC"),
            ("Jane Roe".into(), "PERSON")
        ]
    );
}

#[test]
fn a_surname_typed_a_place_joins_its_given_name() {
    // "Adolfo" and "Maria" census given names; "Salamanca" a place word here; "Ukraine" a country.
    let gaz = Gazetteer::from_text(&format!("Adolfo\t{}\nMaria\t{}\nUkraine\t{}\n", 1 << FIRST_TOP, 1 << FIRST_TOP, 1 << COUNTRY)).unwrap();
    let a = Analysis::new("Prosecutor Adolfo Salamanca met Maria Ukraine and Tomas Salamanca.");
    let ms = vec![
        m(&a, "Adolfo", EntityType::Person),
        m(&a, "Salamanca", EntityType::Loc),
        m(&a, "Maria", EntityType::Person),
        m(&a, "Ukraine", EntityType::Loc),
        m(&a, "Tomas", EntityType::Person),
    ];
    // A country stays apart; a word that is no census given name takes nothing.
    let ms = {
        let mut ms = ms;
        let k = a.text.rfind("Salamanca").unwrap();
        ms.push(Mention { span: Span::new(k, k + 9), text: "Salamanca".into(), label: EntityType::Loc, sentence: 0 });
        ms
    };
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &gaz)),
        [
            ("Adolfo Salamanca".into(), "PERSON"),
            ("Maria".into(), "PERSON"),
            ("Ukraine".into(), "LOC"),
            ("Tomas".into(), "PERSON"),
            ("Salamanca".into(), "LOC")
        ]
    );
}

#[test]
fn acronyms_of_the_documents_organisations() {
    let a = Analysis::new(
        "The Kestrel Health Organization warned of plague. The disease is fatal, says KHO. The CEO of KHO agreed, and KHA did not.",
    );
    let ms = vec![m(&a, "Kestrel Health Organization", EntityType::Org)];
    let got: Vec<(String, &str)> = bounds::acronyms_of_names(&a, ms).iter().map(|m| (m.text.clone(), m.label.as_str())).collect();
    assert_eq!(got, [("Kestrel Health Organization".into(), "ORG"), ("KHO".into(), "ORG"), ("KHO".into(), "ORG")]);
    // After a country qualifier the acronym leaves it out or spells it whole.
    let a = Analysis::new("The U.S. Rail Safety Board met. RSB staff and USRSB staff disagreed.");
    let ms = vec![m(&a, "U.S. Rail Safety Board", EntityType::Org)];
    let got: Vec<String> = bounds::acronyms_of_names(&a, ms).iter().map(|m| m.text.clone()).collect();
    assert_eq!(got, ["U.S. Rail Safety Board", "RSB", "USRSB"]);
}

#[test]
fn hyphenated_common_words_are_not_names() {
    let mut case = CaseDict::default();
    for w in ["hold", "up", "top", "rolls"] {
        case.map.insert(TokInfo::new(w, 0, 0).lower, 1);
    }
    case.map.insert(TokInfo::new("royce", 0, 0).lower, 4);
    assert!(common_compound("Hold-Up", &case) && common_compound("Top-10", &case));
    assert!(!common_compound("Rolls-Royce", &case) && !common_compound("Coca-Cola", &case) && !common_compound("Hold", &case));
}

#[test]
fn role_words_and_administrations_settle_types() {
    // "Smith" is a census surname (category bit), "Paris" a city.
    let gaz = Gazetteer::from_text(&format!("Smith\t{}\nParis\t{}\n", 1 << LAST_TOP, 1 << CITY_BIG)).unwrap();
    let a = Analysis::new("Zentrix CEO Jane Roe spoke. Zentrix grew. The Smith administration and the Paris CEO summit.");
    let mk = |text: &str, nth: usize, label: EntityType| {
        let start = a.text.match_indices(text).nth(nth).unwrap().0;
        Mention { span: Span::new(start, start + text.len()), text: text.into(), label, sentence: 0 }
    };
    let ms = vec![
        mk("Zentrix", 0, EntityType::Loc),
        mk("Jane Roe", 0, EntityType::Person),
        mk("Zentrix", 1, EntityType::Misc),
        mk("Smith", 0, EntityType::Misc),
        mk("Paris", 0, EntityType::Loc),
    ];
    let got: Vec<&str> = cue_types(&a, ms, &gaz).iter().map(|m| m.label.as_str()).collect();
    assert_eq!(got, ["ORG", "PERSON", "ORG", "PERSON", "LOC"]);
}

#[test]
fn event_names_are_misc() {
    let a = Analysis::new("The Dubai Air Show opened. The Show Boat sank.");
    let mk = |text: &str| {
        let start = a.text.find(text).unwrap();
        Mention { span: Span::new(start, start + text.len()), text: text.into(), label: EntityType::Org, sentence: 0 }
    };
    let got: Vec<&str> = events(vec![mk("Dubai Air Show"), mk("Show Boat"), mk("Show")]).iter().map(|m| m.label.as_str()).collect();
    assert_eq!(got, ["MISC", "ORG", "ORG"]);
    // Treaties, revolutions, referendums and tournaments too.
    let a = Analysis::new("The Lakeport Protocol. The Velvet Revolution. The Quexville Open. The Harbor Derby.");
    let mk = |text: &str| {
        let start = a.text.find(text).unwrap();
        Mention { span: Span::new(start, start + text.len()), text: text.into(), label: EntityType::Loc, sentence: 0 }
    };
    let got: Vec<&str> = events(vec![mk("Lakeport Protocol"), mk("Velvet Revolution"), mk("Quexville Open"), mk("Harbor Derby")])
        .iter()
        .map(|m| m.label.as_str())
        .collect();
    assert_eq!(got, ["MISC", "MISC", "MISC", "MISC"]);
}

#[test]
fn common_noun_acronyms_are_dropped() {
    let a = Analysis::new("The AI firm OpenAI filed for an IPO.");
    let got = texts(&refine(
        &a,
        vec![m(&a, "AI", EntityType::Org), m(&a, "OpenAI", EntityType::Org), m(&a, "IPO", EntityType::Org)],
        &CaseDict::default(),
        &Gazetteer::default(),
    ));
    assert_eq!(got, [("OpenAI".into(), "ORG")]);
}

#[test]
fn names_take_their_lowercase_particles() {
    let text = "The floods that hit Vila Nova do Sul and then Porto Verde last week were the worst in years. \
                She met with Carla da Kestrel and later with Jan van Oster at the port. \
                The loan that the Banco de Kestrel made was larger than expected by the analysts. \
                A small white Ford van Oster had rented drove past the house on the corner. \
                What the Kestrels do Monday will matter for the rest of the season.";
    let a = Analysis::new(text);
    let at = |t: &str, label| m(&a, t, label);
    let tagged = vec![
        at("Vila Nova", EntityType::Loc),
        at("Porto Verde", EntityType::Loc),
        at("Carla", EntityType::Person),
        at("Kestrel", EntityType::Person),
        at("Jan", EntityType::Person),
        at("Banco", EntityType::Org),
        at("Ford", EntityType::Org),
        at("Kestrels", EntityType::Org),
    ];
    let got = texts(&bounds::name_particles(&a, tagged));
    assert_eq!(
        got,
        [
            ("Vila Nova do Sul".into(), "LOC"),
            ("Porto Verde".into(), "LOC"),
            ("Carla da Kestrel".into(), "PERSON"),
            ("Jan van Oster".into(), "PERSON"),
            ("Banco de Kestrel".into(), "ORG"),
            // "van" only after a person; no weekday after "do".
            ("Ford".into(), "ORG"),
            ("Kestrels".into(), "ORG"),
        ]
    );
}

#[test]
fn names_do_not_end_in_a_lowercase_word_apart() {
    let a = Analysis::new(
        "They pushed the Inflation Reduction Act repeal, and Leung Yiu-chung spoke in the Harlow metro. Harlow grew. Trains ran on the Kestrel line. They met at Tovrin’s main bus station.",
    );
    let ms = vec![
        m(&a, "Inflation Reduction Act repeal", EntityType::Misc),
        m(&a, "Leung Yiu-chung", EntityType::Person),
        m(&a, "Harlow metro", EntityType::Loc),
        m(&a, "Harlow", EntityType::Loc),
        m(&a, "Kestrel line", EntityType::Loc),
        m(&a, "Tovrin’s main bus station", EntityType::Loc),
    ];
    // The noun a whole name modifies goes (a law's head, a name used alone); a lowercase part
    // glued by a hyphen stays, and so does a tail after a name the text never uses alone; a tail
    // after a possessive leaves its owner.
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [
            ("Inflation Reduction Act".into(), "MISC"),
            ("Leung Yiu-chung".into(), "PERSON"),
            ("Harlow".into(), "LOC"),
            ("Harlow".into(), "LOC"),
            ("Kestrel line".into(), "LOC"),
            ("Tovrin".into(), "LOC")
        ]
    );
}

#[test]
fn a_glued_arabic_article_opens_a_name_of_any_type() {
    let a = Analysis::new("Drones hit the al-Tanf garrison, and al-Shabaab claimed it. Hamas-al-Aqsa ties grew.");
    let ms = vec![m(&a, "Tanf", EntityType::Loc), m(&a, "Shabaab", EntityType::Org), m(&a, "Aqsa", EntityType::Loc)];
    // Not after a word the article is glued to in turn ("Hamas-al-Aqsa").
    assert_eq!(
        texts(&refine(&a, ms, &common(&[]), &Gazetteer::default())),
        [("al-Tanf".into(), "LOC"), ("al-Shabaab".into(), "ORG"), ("Aqsa".into(), "LOC")]
    );
}

#[test]
fn a_dateline_gives_a_place_and_its_wire_service() {
    let text = "Storm hits city\n\nST. JOSEPH, Mich. (AP) — A storm hit.\n\nHANOI, Vietnam (AFP) - Rain fell.\n\nThe vote (AP) — was close.\n\nWASHINGTON (Reuters) — Talks began.\n\nHONOLULU, Hawaii - Surf rose.\n\nLAKEPORT — Snow fell.\n\nBREAKING — Snow fell.";
    let a = Analysis::new(text);
    let tagged = vec![
        m(&a, "ST. JOSEPH", EntityType::Person),
        m(&a, "HANOI", EntityType::Loc),
        m(&a, "Reuters", EntityType::Org),
        m(&a, "LAKEPORT", EntityType::Org),
        m(&a, "BREAKING", EntityType::Org),
    ];
    // A place the lists know may stand alone before the dash.
    let gaz = Gazetteer::from_text(&format!("Lakeport\t{}\n", 1 << CITY_BIG)).unwrap();
    let got = texts(&datelines(&a, tagged, &gaz));
    for want in [
        ("ST. JOSEPH", "LOC"),
        ("AP", "ORG"),
        ("HANOI", "LOC"),
        ("AFP", "ORG"),
        ("HONOLULU", "LOC"),
        ("LAKEPORT", "LOC"),
        ("BREAKING", "ORG"),
    ] {
        assert!(got.contains(&(want.0.to_string(), want.1)), "{want:?} in {got:?}");
    }
    // Not after running text ("The vote"), and a tagged credit is left as it is.
    assert_eq!(got.iter().filter(|(t, _)| t == "AP").count(), 1, "{got:?}");
    assert_eq!(got.iter().filter(|(t, _)| t == "Reuters").count(), 1, "{got:?}");
    assert!(!got.contains(&("ST. JOSEPH".to_string(), "PERSON")), "{got:?}");
    // A line opening with a dash is no dateline (and no token before it is read).
    let a = Analysis::new("— A line opening with a dash.\n\n- AP (AP) - Another.");
    assert!(datelines(&a, vec![], &gaz).is_empty());
}

#[test]
fn a_title_alone_is_no_name() {
    let text = "Lt. Col. Alexander Vindman testified. Datuk Seri Anwar Ibrahim spoke.";
    let a = Analysis::new(text);
    let tagged = vec![
        m(&a, "Lt.", EntityType::Org),
        m(&a, "Alexander Vindman", EntityType::Person),
        m(&a, "Seri", EntityType::Person),
        m(&a, "Anwar Ibrahim", EntityType::Person),
    ];
    let got = texts(&refine(&a, tagged, &CaseDict::default(), &Gazetteer::default()));
    assert_eq!(got, [("Alexander Vindman".to_string(), "PERSON"), ("Anwar Ibrahim".to_string(), "PERSON")]);
}

#[test]
fn figures_with_a_scale_are_no_names() {
    for t in ["449K", "850M", "1,250M", "512GB", "3.5bn"] {
        assert!(is_scaled_figure(t), "{t}");
    }
    for t in ["787", "777X", "A350", "F-14", "GB", "M4"] {
        assert!(!is_scaled_figure(t), "{t}");
    }
}

#[test]
fn ranks_are_no_names() {
    for t in ["No. 1", "No.2", "No. 10"] {
        assert!(is_rank(t), "{t}");
    }
    for t in ["No.", "No. 1 Court", "Noah", "No 1A"] {
        assert!(!is_rank(t), "{t}");
    }
}
