//! Table-driven cases for document-level typing (`typing.rs`) and span
//! boundaries (`bounds.rs`). Every sentence is made up for the rule it tests.

use super::super::super::analysis::{Analysis, Bytes, Span};
use super::super::super::{EntityType, Mention};
use super::super::features::{CaseDict, TokInfo};
use super::super::gazetteer::{CITY_BIG, CITY_MID, CITY_SMALL, COUNTRY, FIRST_TOP, Gazetteer, LAST_MID, LAST_TOP, STATE};
use super::super::orgs::{ACRONYM, AMBIG_COMPANY, AMBIG_OTHER, COMPANY_TOP, OrgGazetteer, SPORTS};
use super::{bounds, refine, typing};
use EntityType::{Loc, Misc, Org, Person};

/// Every word-bounded occurrence of each tagged text becomes a mention of its label.
pub(super) fn tag(a: &Analysis, tagged: &[(&str, EntityType)]) -> Vec<Mention<Bytes>> {
    let mut out: Vec<Mention<Bytes>> = Vec::new();
    let mut tagged = tagged.to_vec();
    // Longer names first; a shorter one inside a longer one is not tagged again.
    tagged.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    for (t, label) in tagged {
        let mut from = 0;
        while let Some(p) = a.text[from..].find(t) {
            let (s, e) = (from + p, from + p + t.len());
            let bounded = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            let inside = out.iter().any(|m| m.span.start < e && s < m.span.end);
            if bounded(a.text[..s].chars().next_back()) && bounded(a.text[e..].chars().next()) && !inside {
                out.push(Mention { span: Span::new(s, e), text: t.into(), label, sentence: a.sentence_of(s) });
            }
            from = e;
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

pub(super) fn texts(ms: &[Mention<Bytes>]) -> Vec<(String, EntityType)> {
    ms.iter().map(|m| (m.text.clone(), m.label)).collect()
}

pub(super) fn owned(v: &[(&str, EntityType)]) -> Vec<(String, EntityType)> {
    v.iter().map(|(t, l)| (t.to_string(), *l)).collect()
}

/// Small knowledge lists for the cases: census names, places, listed companies.
pub(super) fn knowledge() -> (Gazetteer, OrgGazetteer) {
    let gaz = format!(
        "Maria\t{}\nLopez\t{}\nFlorence\t{}\nFrance\t{}\nGeorgia\t{}\nWinsby-on-Sea\t{}\nBrindle\t{}\nNebraska\t{}\nLane\t{}\n",
        1 << FIRST_TOP,
        1 << LAST_TOP,
        (1 << FIRST_TOP) | (1 << CITY_BIG),
        1 << COUNTRY,
        1 << COUNTRY,
        1 << CITY_BIG,
        1 << CITY_MID,
        1 << STATE,
        1 << LAST_MID
    );
    let orgs = format!(
        "P\tKestrel Dynamics\t{}\nP\tQuillon\t{}\nP\tOrchard\t{}\nP\tFlorence Wardens\t{}\nP\tVell-Orm\t{}\nP\tMaria Quell\t{}\nP\tQUIVA\t{}\nP\tMARIA\t{}\n",
        1 << COMPANY_TOP,
        1 << COMPANY_TOP,
        1 << AMBIG_COMPANY,
        1 << SPORTS,
        1 << COMPANY_TOP,
        1 << COMPANY_TOP,
        1 << ACRONYM,
        1 << ACRONYM
    );
    (Gazetteer::from_text(&gaz).unwrap(), OrgGazetteer::from_text(&orgs).unwrap())
}

/// Run document typing (`typing::retype`) over each (text, tagger's mentions, expected mentions) case
/// and compare.
pub(super) fn check_typing(cases: &[Case], case: &CaseDict, gaz: &Gazetteer, orgs: &OrgGazetteer) {
    for (text, tagged, want) in cases {
        let a = Analysis::new(text);
        let got = texts(&typing::retype(&a, tag(&a, tagged), case, gaz, orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

/// Run the span and shape rules (`refine`) over each case with these case and name tables, and compare.
pub(super) fn check_refine_with(cases: &[Case], case: &CaseDict, gaz: &Gazetteer) {
    for (text, tagged, want) in cases {
        let a = Analysis::new(text);
        assert_eq!(texts(&refine(&a, tag(&a, tagged), case, gaz)), owned(want), "{text}");
    }
}

/// (text, the tagger's mentions, the expected mentions after the rules).
pub(super) type Case<'a> = (&'a str, &'a [(&'a str, EntityType)], &'a [(&'a str, EntityType)]);

/// A [`Case`] written in the source.
pub(super) type TypingCase = Case<'static>;

#[test]
fn typing_weighs_evidence_over_votes() {
    let (gaz, orgs) = knowledge();
    // (text, tagger's mentions, expected mentions after document typing)
    let cases: &[TypingCase] = &[
        // An initialism is never a person: a country's is a place, any other an organisation.
        (
            "The US said it would act. Officials in the US agreed. US troops left.",
            &[("US", Person)],
            &[("US", Loc), ("US", Loc), ("US", Loc)],
        ),
        ("The ZRB said on Monday. The ZRB board met.", &[("ZRB", Person)], &[("ZRB", Org), ("ZRB", Org)]),
        // An abbreviation written as a word ("Nasa" for "NASA") is the listed organisation; not a census
        // name whose capitals happen to be listed too.
        ("Quiva said the launch slipped. Quiva engineers agreed.", &[("Quiva", Loc)], &[("Quiva", Org), ("Quiva", Org)]),
        ("Maria said the launch slipped. Maria agreed.", &[("Maria", Loc)], &[("Maria", Loc), ("Maria", Loc)]),
        // A sport and its place name the sport's governing body; the trade cues "shares in" and
        // "data from" outweigh the place cue "in"/"from".
        (
            "Crowds set a record, according to Cricket France. Shares in Lakeport fell. It cited data from Quellmark.",
            &[("Cricket France", Loc), ("Lakeport", Loc), ("Quellmark", Loc)],
            &[("Cricket France", Org), ("Lakeport", Org), ("Quellmark", Org)],
        ),
        ("Tourists flocked to France.", &[("France", Loc)], &[("France", Loc)]),
        // A state the lists know is the place where it modifies a noun too, however often the tagger
        // calls it MISC there.
        (
            "The Nebraska government said the Nebraska law stands. Nebraska officials agreed.",
            &[("Nebraska", Misc)],
            &[("Nebraska", Loc), ("Nebraska", Loc), ("Nebraska", Loc)],
        ),
        // A storm's name alone after the text gave it with its prefix is the storm; not a person's
        // surname.
        (
            "Typhoon Quella hit the coast. Quella weakened overnight. Crews braced as Quella neared.",
            &[("Typhoon Quella", Misc), ("Quella", Person)],
            &[("Typhoon Quella", Misc), ("Quella", Misc), ("Quella", Misc)],
        ),
        (
            "Operation Quella began. Maria Quella said it went well. Quella smiled.",
            &[("Operation Quella", Misc), ("Maria Quella", Person), ("Quella", Person)],
            &[("Operation Quella", Misc), ("Maria Quella", Person), ("Quella", Person)],
        ),
        // A name before a kind of product that no place list knows is the product, however often
        // the tagger read it as a place; so after a determiner and a modifier ("the first X chips").
        (
            "The firm launched its Halvane chatbot. Users tried Halvane. Halvane answered.",
            &[("Halvane", Loc)],
            &[("Halvane", Misc), ("Halvane", Misc), ("Halvane", Misc)],
        ),
        ("The first Tesselo chips ship soon.", &[("Tesselo", Loc)], &[("Tesselo", Misc)]),
        // A road's name before "motorway" is a place.
        ("Farmers blocked the A6 motorway at dawn.", &[("A6", Org)], &[("A6", Loc)]),
        // "spokesman" after a name is an organisation's cue.
        (
            "Politie Noord spokesman Jan Vos said so.",
            &[("Politie Noord", Person), ("Jan Vos", Person)],
            &[("Politie Noord", Org), ("Jan Vos", Person)],
        ),
        // "brand name" before a name makes it a product's ("Velmarix" was a person thrice).
        (
            "The drug will be sold under the brand name Quellor. Doctors expect Quellor to sell.",
            &[("Quellor", Person)],
            &[("Quellor", Misc), ("Quellor", Misc)],
        ),
        // The first word of a firm's name ending in its suffix is the firm, however often the tagger
        // reads it alone as a person, when no full name of a person ends in it; so it is after a
        // full name the tagger read as a person too.
        (
            "Lopez Pharmaceuticals agreed to a deal. Lopez will pay cash. Lopez expects approval. Lopez plans cuts. Lopez hired banks.",
            &[("Lopez Pharmaceuticals", Org), ("Lopez", Person)],
            &[("Lopez Pharmaceuticals", Org), ("Lopez", Org), ("Lopez", Org), ("Lopez", Org), ("Lopez", Org)],
        ),
        (
            "Quarrow Biosciences agreed to a deal. Quarrow will pay cash. Quarrow shares rose.",
            &[("Quarrow Biosciences", Person), ("Quarrow", Person)],
            &[("Quarrow Biosciences", Org), ("Quarrow", Org), ("Quarrow", Org)],
        ),
        (
            "Maria Lopez founded Lopez Pharmaceuticals. Lopez said she was proud. Lopez laughed.",
            &[("Maria Lopez", Person), ("Lopez Pharmaceuticals", Org), ("Lopez", Person)],
            &[("Maria Lopez", Person), ("Lopez Pharmaceuticals", Org), ("Lopez", Person), ("Lopez", Person)],
        ),
        // A given name and a place's head that is a rarer surname ("Louis Creek"; "Lane" is one in
        // these lists) is known as no person's name: the place cues around it decide; alone, the
        // tagger's person stands.
        (
            "Orders covered the community of Maria Lane. Crews near Maria Lane held.",
            &[("Maria Lane", Person)],
            &[("Maria Lane", Loc), ("Maria Lane", Loc)],
        ),
        (
            "Maria Lane said she would run. Maria Lane is a lawyer.",
            &[("Maria Lane", Person)],
            &[("Maria Lane", Person), ("Maria Lane", Person)],
        ),
        // A name between an organisation's possessive and a kind of product is the product, whatever
        // the tagger said; after a person's possessive the tagger's organisation (a make) stands.
        (
            "Zeta Labs's Quellix vaccine won approval. Doctors praised Quellix.",
            &[("Zeta Labs", Org), ("Quellix", Org)],
            &[("Zeta Labs", Org), ("Quellix", Misc), ("Quellix", Misc)],
        ),
        ("Ana Lee's Quellix vaccine arrived.", &[("Ana Lee", Person), ("Quellix", Org)], &[("Ana Lee", Person), ("Quellix", Org)]),
        // A title in quotation marks after an organisation's possessive is its programme, whatever its
        // last word (the quoted-title rule made it MISC); unquoted, the organisation's head word wins.
        (
            "She told Zeta Labs's “Harbor Workers Union” on Sunday.",
            &[("Zeta Labs", Org), ("Harbor Workers Union", Misc)],
            &[("Zeta Labs", Org), ("Harbor Workers Union", Misc)],
        ),
        (
            "She told Zeta Labs's Harbor Workers Union on Sunday.",
            &[("Zeta Labs", Org), ("Harbor Workers Union", Misc)],
            &[("Zeta Labs", Org), ("Harbor Workers Union", Org)],
        ),
        // A state or province abroad from ISO 3166-2 is a place, tagged or not.
        ("Floods hit Terengganu and Kelantan.", &[("Terengganu", Org)], &[("Terengganu", Loc), ("Kelantan", Loc)]),
        // Untagged names whose surroundings say organisation become ones; pieces of longer names do not.
        (
            "Ana Lee, chief executive of Quexville Robotics, spoke. Investors bought shares of Zeta Labs.",
            &[("Ana Lee", Person)],
            &[("Ana Lee", Person), ("Quexville Robotics", Org), ("Zeta Labs", Org)],
        ),
        ("Investors bought shares of Lakeport Re on Monday.", &[("Lakeport", Loc)], &[("Lakeport", Org)]),
        ("Zeta Labs's founder left.", &[], &[("Zeta Labs", Org)]),
        // A city before a US state code is a place in every mention, outweighing the tagger's votes.
        (
            "The tour stops in Brindlecomb, MA on Friday. Brindlecomb sold out. Fans in Brindlecomb cheered.",
            &[("Brindlecomb", Org), ("MA", Org)],
            &[("Brindlecomb", Loc), ("MA", Loc), ("Brindlecomb", Loc), ("Brindlecomb", Loc)],
        ),
        // A person's role in apposition after a name: the full name is a person's, though its last
        // word is a common noun the tagger read as something else; not a role before a name.
        (
            "Tovan Peace, the U.S. attorney in Brooklyn, said the case was closed.",
            &[("Tovan Peace", Misc), ("U.S.", Loc), ("Brooklyn", Loc)],
            &[("Tovan Peace", Person), ("U.S.", Loc), ("Brooklyn", Loc)],
        ),
        (
            "Kell Harbor, chief investment officer at Zeta Labs, sold.",
            &[("Kell Harbor", Loc), ("Zeta Labs", Org)],
            &[("Kell Harbor", Person), ("Zeta Labs", Org)],
        ),
        (
            "Bela Vantry, Zeta Labs's chief content officer, told reporters.",
            &[("Bela Vantry", Org), ("Zeta Labs", Org)],
            &[("Bela Vantry", Person), ("Zeta Labs", Org)],
        ),
        (
            "Zeta Labs, chief executive Ana Lee said, will grow.",
            &[("Zeta Labs", Org), ("Ana Lee", Person)],
            &[("Zeta Labs", Org), ("Ana Lee", Person)],
        ),
        // A title in its own quotation marks after a work noun outweighs an organisation's head word.
        (
            "Her latest album, “The Quiet Records Department,” topped the chart.",
            &[("Quiet Records Department", Misc)],
            &[("Quiet Records Department", Misc)],
        ),
        // "near X" outweighs one person vote.
        ("The storm made landfall near Tovar Key on Friday.", &[("Tovar Key", Person)], &[("Tovar Key", Loc)]),
        // Titles before a name outweigh two place votes.
        ("Mr. Harwell spoke first. Harwell left early.", &[("Harwell", Loc)], &[("Harwell", Person), ("Harwell", Person)]),
        // "shares of X" and "X shares" make an organisation.
        (
            "Shares of Brindlecomb fell. Brindlecomb shares rose later. Brindlecomb said nothing.",
            &[("Brindlecomb", Person)],
            &[("Brindlecomb", Org), ("Brindlecomb", Org), ("Brindlecomb", Org)],
        ),
        // A name before a lowercase "administration" is the leader's ("the Varnholt administration").
        (
            "The Varnholt administration sued. Aides in the Varnholt administration left.",
            &[("Varnholt", Org)],
            &[("Varnholt", Person), ("Varnholt", Person)],
        ),
        // Words of television and film around a name make a work: a season, a finale, a showrunner,
        // "the series X", "a sequel to X".
        (
            "The Pellwood Falls finale aired. Pellwood Falls showrunner Ana Lee spoke. A sequel to Pellwood Falls is due.",
            &[("Pellwood Falls", Loc), ("Ana Lee", Person)],
            &[("Pellwood Falls", Misc), ("Pellwood Falls", Misc), ("Ana Lee", Person), ("Pellwood Falls", Misc)],
        ),
        (
            "Netflix renewed the series Darrow Point. Darrow Point season two starts soon.",
            &[("Netflix", Org), ("Darrow Point", Person)],
            &[("Netflix", Org), ("Darrow Point", Misc), ("Darrow Point", Misc)],
        ),
        // "show" as a verb is no cue: "polls show Harwell ahead".
        ("New polls show Harwell ahead.", &[("Harwell", Person)], &[("Harwell", Person)]),
        // A place's kind after its name makes a place: a county, a province, a settlement, a village.
        (
            "Cases rose in Brindle and Varnholt counties. Voters in Varnholt met.",
            &[("Brindle", Loc), ("Varnholt", Org), ("Varnholt", Org)],
            &[("Brindle", Loc), ("Varnholt", Loc), ("Varnholt", Loc)],
        ),
        ("Troops left the Qerwan settlement on Monday.", &[("Qerwan", Org)], &[("Qerwan", Loc)]),
        // "X-based" and "in X" make a place.
        ("A Varnholt-based firm grew. It opened in Varnholt.", &[("Varnholt", Person)], &[("Varnholt", Loc), ("Varnholt", Loc)]),
        // A surname alone supports the full name it ends: one wrong long form does not win.
        (
            "Tobias Wrenfield spoke. Wrenfield said yes. Wrenfield left. Tobias Wrenfield returned.",
            &[("Tobias Wrenfield", Org), ("Wrenfield", Person)],
            &[("Tobias Wrenfield", Org), ("Wrenfield", Person), ("Wrenfield", Person), ("Tobias Wrenfield", Org)],
        ),
        (
            "Tobias Wrenfield spoke. Wrenfield said yes. Wrenfield left. Wrenfield won. Wrenfield lost. Wrenfield ran.",
            &[("Tobias Wrenfield", Org), ("Wrenfield", Person)],
            &[
                ("Tobias Wrenfield", Person),
                ("Wrenfield", Person),
                ("Wrenfield", Person),
                ("Wrenfield", Person),
                ("Wrenfield", Person),
                ("Wrenfield", Person),
            ],
        ),
        // A census first name and surname, with a cue or against a weak vote, make a person.
        ("Maria Lopez, who runs the plant, spoke.", &[("Maria Lopez", Loc)], &[("Maria Lopez", Person)]),
        // A name the lists hold as a company, even an ambiguous one, that speaks is the company;
        // without a speaking cue one place vote stands.
        ("Shoppers spent less, while Orchard said sales rose.", &[("Orchard", Loc)], &[("Orchard", Org)]),
        ("Shoppers drove to Orchard on Friday.", &[("Orchard", Loc)], &[("Orchard", Loc)]),
        // A name of two words or more coordinated with an organisation is one; titles and dates are not.
        (
            "Vessel Dynamo and Kestrel Dynamics bid for the contract that the city offered last year.",
            &[("Kestrel Dynamics", Org)],
            &[("Vessel Dynamo", Org), ("Kestrel Dynamics", Org)],
        ),
        (
            "Analysts who cover the shares of Kestrel Dynamics, Copper Anvil and Zeta Labs agreed with the forecast for the year.",
            &[("Kestrel Dynamics", Org)],
            &[("Kestrel Dynamics", Org), ("Copper Anvil", Org), ("Zeta Labs", Org)],
        ),
        (
            "The talks between the Prime Minister and Kestrel Dynamics ended without a deal on the new plant.",
            &[("Kestrel Dynamics", Org)],
            &[("Kestrel Dynamics", Org)],
        ),
        (
            "The sales that shoppers made on Black Friday and at stores run by Kestrel Dynamics rose again this year.",
            &[("Kestrel Dynamics", Org)],
            &[("Kestrel Dynamics", Org)],
        ),
        (
            "The deal was signed on Tuesday Morning and Kestrel Dynamics said it would close later this year.",
            &[("Kestrel Dynamics", Org)],
            &[("Kestrel Dynamics", Org)],
        ),
        // The owner of a product is its maker.
        (
            "Buyers in the city said Quexville's Zephyr 9 was sold out, and Quexville raised the price.",
            &[("Quexville", Person), ("Zephyr 9", Misc)],
            &[("Quexville", Org), ("Zephyr 9", Misc), ("Quexville", Org)],
        ),
        ("Neighbours said that Quexville's dog barked all night long.", &[("Quexville", Person)], &[("Quexville", Person)]),
        // Not a person's full name, nor a surname of one ("Elon Musk's Starlink").
        (
            "Buyers said Tobias Wrenfield's Zephyr 9 sold out, and Wrenfield's Zephyr 9 was late.",
            &[("Tobias Wrenfield", Person), ("Wrenfield", Person), ("Zephyr 9", Misc)],
            &[("Tobias Wrenfield", Person), ("Zephyr 9", Misc), ("Wrenfield", Person), ("Zephyr 9", Misc)],
        ),
        // A name in apposition with an organisation noun is one; not a clause's subject after a
        // month, nor a person's noun, nor across a line.
        (
            "Investors have poured money into Harrowgate, a Denver-based startup that sells drones to farmers.",
            &[("Harrowgate", Loc)],
            &[("Harrowgate", Org), ("Denver", Loc)],
        ),
        // A nationality may modify the noun, and a maker's "of" names what it makes.
        (
            "Vorn Nordic, the Danish maker of the only approved vaccine, said it had doses.",
            &[("Vorn Nordic", Person), ("Danish", Misc)],
            &[("Vorn Nordic", Org), ("Danish", Misc)],
        ),
        (
            "Harrowgate, a Danish group of boy scouts, met.",
            &[("Harrowgate", Loc), ("Danish", Misc)],
            &[("Harrowgate", Loc), ("Danish", Misc)],
        ),
        ("The workers were hired by the budget carrier Skylane in the spring of last year.", &[], &[("Skylane", Org)]),
        (
            "Visitors who come to Harrowgate, a town of ten thousand people, stay for a week.",
            &[("Harrowgate", Loc)],
            &[("Harrowgate", Loc)],
        ),
        ("This past May, the agency selected eleven companies to build the landers.", &[], &[]),
        (
            "Earnings rose at Harrowgate, a company spokesman said on the call with analysts.",
            &[("Harrowgate", Loc)],
            &[("Harrowgate", Loc)],
        ),
        // So is a name set off by commas after the organisation noun phrase opening its sentence;
        // not after a person's noun, a possessive or a phrase with a comma inside.
        ("The group that owns most of her songs, Tall Lantern, says she may play them.", &[], &[("Tall Lantern", Org)]),
        ("Her record label, Harbor Lights, declined to comment.", &[("Harbor Lights", Person)], &[("Harbor Lights", Org)]),
        ("The head of the group, Jon Baxter, said no.", &[("Jon Baxter", Person)], &[("Jon Baxter", Person)]),
        ("The firm's founder, Ann Cole, left in May.", &[("Ann Cole", Person)], &[("Ann Cole", Person)]),
        // A possessive may stand for the article, with up to two modifiers, and a comma may set the name off
        // mid-sentence when the name closes the phrase; not after "of", whose noun phrase heads it, nor after a
        // preposition opening the sentence.
        ("A fund now owns her former record label, Harbor Lights, and its songs.", &[("Harbor Lights", Person)], &[("Harbor Lights", Org)]),
        ("She said her label Harbor Lights, which owns the songs, refused.", &[("Harbor Lights", Person)], &[("Harbor Lights", Org)]),
        ("The chairman of the local council, Ann Cole, said water was short.", &[("Ann Cole", Person)], &[("Ann Cole", Person)]),
        ("For the company, Ann Cole said, it was a good year.", &[("Ann Cole", Person)], &[("Ann Cole", Person)]),
        ("The charity, which was founded in 1990, Tim Ross said, needs money.", &[("Tim Ross", Person)], &[("Tim Ross", Person)]),
        // A listed company outweighs one person vote.
        ("Kestrel Dynamics won the bid.", &[("Kestrel Dynamics", Person)], &[("Kestrel Dynamics", Org)]),
        // A country stays a place against one organisation vote.
        ("France and Georgia signed.", &[("France", Org), ("Georgia", Org)], &[("France", Loc), ("Georgia", Loc)]),
        // A one-word "person" no full name backs, leading an organisation's name, is that organisation.
        (
            "Dorvane Airlines flew. Dorvane said fares rose. Dorvane cut jobs.",
            &[("Dorvane Airlines", Org), ("Dorvane", Person)],
            &[("Dorvane Airlines", Org), ("Dorvane", Org), ("Dorvane", Org)],
        ),
        // So is one the tagger calls MISC as a modifier ("other Kelvane researchers"), unless it reads as an
        // adjective ("Dorvish" of "Dorvish Airlines").
        (
            "She taught at Kelvane University. Other Kelvane researchers agreed.",
            &[("Kelvane University", Org), ("Kelvane", Misc)],
            &[("Kelvane University", Org), ("Kelvane", Org)],
        ),
        (
            "Dorvish Airlines flew. Dorvish voters agreed.",
            &[("Dorvish Airlines", Org), ("Dorvish", Misc)],
            &[("Dorvish Airlines", Org), ("Dorvish", Misc)],
        ),
        // A noun of business, media or finance with modifiers and no determiner is a title before a company's
        // name; not a body a person is titled by, a relative clause or an indefinite noun.
        (
            "Lawmakers asked about Ukrainian energy company Vorisma in May.",
            &[("Ukrainian", Misc), ("Vorisma", Loc)],
            &[("Ukrainian", Misc), ("Vorisma", Org)],
        ),
        ("An envoy to the union's veterinary committee Jon Baxter spoke.", &[("Jon Baxter", Person)], &[("Jon Baxter", Person)]),
        ("It was the gas company on whose board Hal Brice sat.", &[("Hal Brice", Person)], &[("Hal Brice", Person)]),
        ("She joined a software company Tom Hale founded.", &[("Tom Hale", Person)], &[("Tom Hale", Person)]),
        // A maker noun needs no modifier ("shares of drugmaker X"), and takes one after a capital
        // ("Keyboard case maker X").
        ("Shares of drugmaker Velsira fell.", &[("Velsira", Person)], &[("Velsira", Org)]),
        ("Keyboard case maker Brydlo started over.", &[("Brydlo", Person)], &[("Brydlo", Org)]),
        // Also with one modifier as the document's first words.
        ("Beauty company Velsira said sales rose.", &[("Velsira", Person)], &[("Velsira", Org)]),
        // Once a name in quotation marks is shown a work's (an owner's possessive before it), each of
        // its mentions in quotation marks is the work's title; without that cue the tagger's stand.
        (
            "Ana Ruiz's \"The Salt Orchard,\" a drama, won. \"The Salt Orchard\" was sold. Fans loved \"The Salt Orchard\" and \"The Salt Orchard\" won again, so \"The Salt Orchard\" tours.",
            &[
                ("Ana Ruiz", Person),
                ("Salt Orchard", Org),
                ("Salt Orchard", Org),
                ("Salt Orchard", Org),
                ("Salt Orchard", Org),
                ("Salt Orchard", Org),
            ],
            &[
                ("Ana Ruiz", Person),
                ("Salt Orchard", Misc),
                ("Salt Orchard", Misc),
                ("Salt Orchard", Misc),
                ("Salt Orchard", Misc),
                ("Salt Orchard", Misc),
            ],
        ),
        (
            "The \"Salt Orchard\" won. \"The Salt Orchard\" was sold. Fans loved \"The Salt Orchard\" too.",
            &[("Salt Orchard", Org), ("Salt Orchard", Org), ("Salt Orchard", Org)],
            &[("Salt Orchard", Org), ("Salt Orchard", Org), ("Salt Orchard", Org)],
        ),
        // After "the" and one modifier of words glued by hyphens.
        (
            "Last week the engine-parts supplier Vell Torsten said it would shut a plant.",
            &[("Vell Torsten", Person)],
            &[("Vell Torsten", Org)],
        ),
        // A place of study or research is an organisation ("a professor at X", "researchers at X").
        (
            "Ana Ruiz, a trade professor at Quillon, said so, and scientists at Quillon agreed.",
            &[("Ana Ruiz", Person), ("Quillon", Loc), ("Quillon", Loc)],
            &[("Ana Ruiz", Person), ("Quillon", Org), ("Quillon", Org)],
        ),
        ("Ana Ruiz, who lives in Quillon, said so.", &[("Ana Ruiz", Person), ("Quillon", Loc)], &[("Ana Ruiz", Person), ("Quillon", Loc)]),
        // A nationality adjective the tagger calls MISC stays MISC, cues or lists aside.
        ("A Norwegian-based carrier and Norwegian voters.", &[("Norwegian", Misc)], &[("Norwegian", Misc), ("Norwegian", Misc)]),
        // Party groups are organisations.
        (
            "Democrats and Tories disagreed, and Republicans too.",
            &[("Democrats", Misc), ("Tories", Misc), ("Republicans", Misc)],
            &[("Democrats", Org), ("Tories", Org), ("Republicans", Org)],
        ),
        // A party group the tagger missed is added inside a sentence, not at its start.
        ("Leaders of the GOP met.", &[], &[("GOP", Org)]),
        ("Labour markets cooled.", &[], &[]),
        // A known organisation is one wherever it stands, whatever the tagger said; one whose
        // name alone is a word ("Amnesty") is not listed.
        (
            "Greenpeace staged a protest, and Oxfam and Doctors Without Borders joined it.",
            &[("Oxfam", Person)],
            &[("Greenpeace", Org), ("Oxfam", Org), ("Doctors Without Borders", Org)],
        ),
        ("Amnesty was granted to the rebels.", &[], &[]),
        // A legislature named by its own name ("Parliament") is one, but not before a place head:
        // "Parliament Square" is a place the tagger may have missed.
        ("The bill went to Parliament, and Parliament voted.", &[], &[("Parliament", Org), ("Parliament", Org)]),
        ("Crowds filled Parliament Square.", &[], &[]),
        // A university news names by one word is one too ("Harvard", not the town "Princeton").
        (
            "She studied at Harvard, then moved to Princeton.",
            &[("Harvard", Loc), ("Princeton", Loc)],
            &[("Harvard", Org), ("Princeton", Loc)],
        ),
        // So is a conventional short name (`org_short_forms.tsv`) inside a sentence; not opening one.
        ("Stocks slid after the Fed held rates, and Barca lost.", &[("Barca", Person)], &[("Fed", Org), ("Barca", Org)]),
        ("Fed up with losses, investors sold.", &[], &[]),
        // A name joined by "&" is a firm, however often the tagger reads it as a place; not one the
        // tagger reads as an index or a work.
        ("Buy it at B&H, or at B&H online.", &[("B&H", Loc)], &[("B&H", Org), ("B&H", Org)]),
        ("The S&P Index and War & Peace", &[("S&P Index", Misc), ("War & Peace", Misc)], &[("S&P Index", Misc), ("War & Peace", Misc)]),
        // An outlet named by a common word is one where the word stands alone inside a sentence;
        // not at its start, nor beside another capitalised word or a number.
        ("The actor told Variety and The Verge that filming ends soon.", &[], &[("Variety", Org), ("Verge", Org)]),
        ("Deadline Day passed, and the song left the Billboard 200 chart.", &[], &[]),
        ("Variety matters. Wired, she said.", &[], &[]),
        // A possessive cue reads every form of the possessive, the apostrophe alone included.
        (
            "Tom Reyes, Vornings' chief executive, and Quarrel’s CEO left.",
            &[("Tom Reyes", Person), ("Vornings", Person), ("Quarrel", Person)],
            &[("Tom Reyes", Person), ("Vornings", Org), ("Quarrel", Org)],
        ),
        // A state's AP abbreviation with its period is the state, whatever the tagger read.
        (
            "Tom Lee of Dekalb, Ill., and Rep. Ana Ruiz, D-Minn., agreed.",
            &[("Tom Lee", Person), ("Dekalb", Loc), ("Ill.", Misc), ("Ana Ruiz", Person), ("Minn.", Misc)],
            &[("Tom Lee", Person), ("Dekalb", Loc), ("Ill.", Loc), ("Ana Ruiz", Person), ("Minn.", Loc)],
        ),
        // A city in a result is its team; a country, a person or an unknown name wins and loses as itself.
        ("The Rovers lost to Florence on Sunday.", &[("Rovers", Org), ("Florence", Loc)], &[("Rovers", Org), ("Florence", Org)]),
        ("Florence coach Tom Reyes was pleased.", &[("Florence", Loc), ("Tom Reyes", Person)], &[("Florence", Org), ("Tom Reyes", Person)]),
        (
            "Georgia beat Kestrelton, and Maria Lopez beat Ann Vorn.",
            &[("Georgia", Loc), ("Kestrelton", Loc), ("Maria Lopez", Person), ("Ann Vorn", Person)],
            &[("Georgia", Loc), ("Kestrelton", Loc), ("Maria Lopez", Person), ("Ann Vorn", Person)],
        ),
        // A sports role after a place's name makes it the team.
        (
            "Kestrelford quarterback Tom Reyes threw twice.",
            &[("Kestrelford", Loc), ("Tom Reyes", Person)],
            &[("Kestrelford", Org), ("Tom Reyes", Person)],
        ),
        (
            "Kestrelford manager Jane Roe praised the squad after Kestrelford striker Tom Reyes scored twice.",
            &[("Kestrelford", Loc), ("Jane Roe", Person), ("Tom Reyes", Person)],
            &[("Kestrelford", Org), ("Jane Roe", Person), ("Kestrelford", Org), ("Tom Reyes", Person)],
        ),
        // Known events, laws, awards and languages are MISC wherever they stand, a tagged piece
        // inside one gives way to the whole name, and a wrong type yields to the list.
        (
            "Brexit divided voters long after the Cold War, and Obamacare outlived the Golden Globes talk in Mandarin.",
            &[("Brexit", Loc), ("Cold", Person), ("Mandarin", Loc)],
            &[("Brexit", Misc), ("Cold War", Misc), ("Obamacare", Misc), ("Golden Globes", Misc), ("Mandarin", Misc)],
        ),
        // Market indices are MISC, whole; a drug named after "drug" is a product.
        (
            "Stocks rose as the Nasdaq Composite gained, and doctors prescribed the drug Velmora.",
            &[("Nasdaq", Misc), ("Velmora", Loc)],
            &[("Nasdaq Composite", Misc), ("Velmora", Misc)],
        ),
        // "X said" alone does not turn a person into a place.
        ("Quillon said so.", &[("Quillon", Loc)], &[("Quillon", Org)]),
        // A kind of product after an unlisted name: a product, tagged as a person or left out; a
        // name the tagger called an organisation is the maker or operator; an initialism no product.
        ("Acme launched its Vexler satellites.", &[("Acme", Org), ("Vexler", Person)], &[("Acme", Org), ("Vexler", Misc)]),
        (
            "The agency's Vexler orbiter and its Tarsun rover work.",
            &[("Vexler", Loc), ("Tarsun", Loc)],
            &[("Vexler", Misc), ("Tarsun", Misc)],
        ),
        (
            "Acme sold its Vexler devices and its Tarsun assistant.",
            &[("Acme", Org), ("Vexler", Loc), ("Tarsun", Person)],
            &[("Acme", Org), ("Vexler", Misc), ("Tarsun", Misc)],
        ),
        ("Users of the Quibble app grew, Acme said.", &[("Acme", Org)], &[("Quibble", Misc), ("Acme", Org)]),
        ("She flew on a Zentra airliner.", &[("Zentra", Org)], &[("Zentra", Org)]),
        ("The ZRV vaccine works.", &[], &[]),
        // After a full name and "of", a name is an employer or a place, not a person.
        (
            "Analyst Gil Luria of Harwell Davis called it a blow.",
            &[("Gil Luria", Person), ("Harwell Davis", Person)],
            &[("Gil Luria", Person), ("Harwell Davis", Org)],
        ),
        // A name ending in an organisation head that is no common surname is no person, nor that
        // head alone beside it.
        (
            "Harbor Rovers beat the Gulls. Rovers manager Tom Hale smiled. Harbor Rovers fans sang.",
            &[("Harbor Rovers", Person), ("Rovers", Person), ("Tom Hale", Person)],
            &[("Harbor Rovers", Org), ("Rovers", Org), ("Tom Hale", Person), ("Harbor Rovers", Org)],
        ),
        // A name opening its clause before a plural verb is a team or an organisation, not after a
        // word of its own clause ("Do X have"); no name is made of a pronoun ("We have").
        ("Harlow have paid the fee. Harlow are top.", &[("Harlow", Person)], &[("Harlow", Org), ("Harlow", Org)]),
        ("Do Harlow have a chance? We have none.", &[("Harlow", Person)], &[("Harlow", Person)]),
        // A possessive inside a name makes it no person's: by its head, a place, else a work or product.
        ("Tourists crowded Marrow’s Landing all summer.", &[("Marrow’s Landing", Person)], &[("Marrow’s Landing", Misc)]),
        ("Pilgrims filled Alder’s Basilica on Sunday.", &[("Alder’s Basilica", Person)], &[("Alder’s Basilica", Loc)]),
        // A Roman numeral ends a mission, product or event, unless the name reads as a person's
        // (tagged one, a census given name, a title) or a team's (a place's crew).
        ("Crews trained for Zarvos II. Zarvos II will fly in April.", &[("Zarvos II", Org)], &[("Zarvos II", Misc), ("Zarvos II", Misc)]),
        ("Zarvos II said he was ready.", &[("Zarvos II", Person)], &[("Zarvos II", Person)]),
        ("Queen Zarvos II spoke. Zarvos II left.", &[("Zarvos II", Org)], &[("Zarvos II", Org), ("Zarvos II", Org)]),
        ("France II won the bobsleigh race.", &[("France II", Org)], &[("France II", Org)]),
        // The word after the place in a listed club's name is that club alone.
        (
            "The Florence Wardens won on Sunday. Coach Ana Lee said the Wardens would appeal.",
            &[("Florence Wardens", Org), ("Wardens", Person), ("Ana Lee", Person)],
            &[("Florence Wardens", Org), ("Ana Lee", Person), ("Wardens", Org)],
        ),
        // A one-word name before a club's position, written out or abbreviated, is the club; a
        // nationality before one stays MISC, and a country with a weaker cue stays a place.
        (
            "Gullport QB Tom Hale threw twice. Gullport DL Ana Lee was hurt.",
            &[("Gullport", Person), ("Tom Hale", Person), ("Ana Lee", Person)],
            &[("Gullport", Org), ("Tom Hale", Person), ("Gullport", Org), ("Ana Lee", Person)],
        ),
        (
            "French midfielder Tom Hale scored. France coach Ana Lee smiled. France voted.",
            &[("French", Misc), ("Tom Hale", Person), ("France", Loc), ("Ana Lee", Person)],
            &[("French", Misc), ("Tom Hale", Person), ("France", Loc), ("Ana Lee", Person), ("France", Loc)],
        ),
        // An Arabic family name after a given name is a person's; "al-" alone proves nothing (the
        // place is one by "near").
        (
            "Troops held Karim bin Saad and Tariq el-Masri near Jebel al-Qamar.",
            &[("Karim bin Saad", Org), ("Tariq el-Masri", Org), ("Jebel al-Qamar", Org)],
            &[("Karim bin Saad", Person), ("Tariq el-Masri", Person), ("Jebel al-Qamar", Loc)],
        ),
        // A generational suffix or a middle initial marks a person's name, and the surname alone is that
        // person however the tagger calls it; not when it is a place.
        (
            "Tavik W. Carrow Jr. pleaded guilty. Carrow faces ten years. Carrow's lawyer left. Carrow wept.",
            &[("Tavik W. Carrow Jr.", Org), ("Carrow", Org)],
            &[("Tavik W. Carrow Jr.", Person), ("Carrow", Person), ("Carrow", Person), ("Carrow", Person)],
        ),
        ("Tavik R. Dunmore spoke on Monday.", &[("Tavik R. Dunmore", Org)], &[("Tavik R. Dunmore", Person)]),
        (
            "Maria Georgia spoke in Tbilisi. Georgia voted.",
            &[("Maria Georgia", Person), ("Georgia", Loc)],
            &[("Maria Georgia", Person), ("Georgia", Loc)],
        ),
        // A city opening an organisation's name stays the city alone; a compass word before a name
        // is a place's cue.
        (
            "The Brindle City Council met. Crime fell in Brindle.",
            &[("Brindle City Council", Org), ("Brindle", Org)],
            &[("Brindle City Council", Org), ("Brindle", Loc)],
        ),
        ("Voters in northwest Quarrytown chose her.", &[("Quarrytown", Org)], &[("Quarrytown", Loc)]),
        // After a person's full name and "of", a big place is where they come from.
        ("Ana Lee of Brindle was charged.", &[("Ana Lee", Person), ("Brindle", Org)], &[("Ana Lee", Person), ("Brindle", Loc)]),
        // A listed firm named like a person makes its last word alone the firm; not when a person's
        // full name of the document ends in it too.
        (
            "Regulators approved a drug from Maria Quell. Quell said sales would grow.",
            &[("Maria Quell", Org), ("Quell", Person)],
            &[("Maria Quell", Org), ("Quell", Org)],
        ),
        (
            "Maria Quell shares rose. Tom Quell, her son, spoke. Quell said sales would grow.",
            &[("Maria Quell", Org), ("Tom Quell", Person), ("Quell", Person)],
            &[("Maria Quell", Org), ("Tom Quell", Person), ("Quell", Person)],
        ),
        // "Bros" is a firm's suffix as "Brothers" is (`org_suffixes.txt`).
        ("The film was released by Vantor Bros on Friday.", &[("Vantor Bros", Person)], &[("Vantor Bros", Org)]),
        // A trade ending a name makes it a firm's (`industry_suffixes.txt`).
        (
            "Nurses at Quexville Health and Zorp Robotics struck.",
            &[("Quexville Health", Loc), ("Zorp Robotics", Loc)],
            &[("Quexville Health", Org), ("Zorp Robotics", Org)],
        ),
        // A full name with a given name no census list holds gives its surname alone only where nothing
        // around the surname says place or organisation.
        (
            "Torvik Aasmund scored twice. Aasmund levelled. Aasmund's goals came late.",
            &[("Torvik Aasmund", Person), ("Aasmund", Loc)],
            &[("Torvik Aasmund", Person), ("Aasmund", Person), ("Aasmund", Person)],
        ),
        (
            "Torvik Aasmund scored. Fans in Aasmund cheered. Aasmund's mayor spoke.",
            &[("Torvik Aasmund", Person), ("Aasmund", Loc), ("Aasmund", Loc)],
            &[("Torvik Aasmund", Person), ("Aasmund", Loc), ("Aasmund", Loc)],
        ),
        // The lists are keyed by the tokenizer's tokens: a hyphenated name is found whole, a company
        // ("Vell-Orm") or a city ("Winsby-on-Sea"), where the tagger's one vote for a person is weak.
        ("Vell-Orm cut prices on Monday.", &[("Vell-Orm", Person)], &[("Vell-Orm", Org)]),
        ("Winsby-on-Sea voted on Monday.", &[("Winsby-on-Sea", Person)], &[("Winsby-on-Sea", Loc)]),
        // A lone word that only the tagger calls a person or a place takes the type of a list of three
        // names or more whose other names are of one kind, one of them backed (here by the lists).
        (
            "It streams films from Quillon, Brevik, Tarsun and Kestrel Dynamics.",
            &[("Quillon", Org), ("Brevik", Person), ("Tarsun", Person), ("Kestrel Dynamics", Org)],
            &[("Quillon", Org), ("Brevik", Org), ("Tarsun", Org), ("Kestrel Dynamics", Org)],
        ),
        (
            "Clients include Quillon, Vell-Orm's, Brevik and others.",
            &[("Quillon", Org), ("Vell-Orm", Org), ("Brevik", Person)],
            &[("Quillon", Org), ("Vell-Orm", Org), ("Brevik", Org)],
        ),
        (
            "The tour stops in Florence, Brevik and France.",
            &[("Florence", Loc), ("Brevik", Person), ("France", Loc)],
            &[("Florence", Loc), ("Brevik", Loc), ("France", Loc)],
        ),
        (
            "Neobanks such as Quillon, Vosk and Kestrel Dynamics grew.",
            &[("Quillon", Org), ("Vosk", Loc), ("Kestrel Dynamics", Org)],
            &[("Quillon", Org), ("Vosk", Org), ("Kestrel Dynamics", Org)],
        ),
        // An age in apposition and "said he" make a person; a table position in brackets does not.
        ("Bam Tarsun, 26, said the team was tired.", &[("Bam Tarsun", Org)], &[("Bam Tarsun", Person)]),
        ("Bam Tarsun said he was tired.", &[("Bam Tarsun", Org)], &[("Bam Tarsun", Person)]),
        ("Parma (14) v Vosk Rovers (15) 1330.", &[("Vosk Rovers", Org)], &[("Vosk Rovers", Org)]),
        // A person's role in lowercase before a full name makes a person, unless an organisation's
        // word ends it or a place opens it.
        (
            "Quillon chief executive Brevik Tarsun unveiled the truck.",
            &[("Quillon", Org), ("Brevik Tarsun", Org)],
            &[("Quillon", Org), ("Brevik Tarsun", Person)],
        ),
        // Outside sports stories a city the tagger calls an organisation with nothing saying so is the
        // place; not in a sports story, nor a firm's short name.
        (
            "A Brindle man was charged on Tuesday. Brindle has recorded 41 homicides this year.",
            &[("Brindle", Org)],
            &[("Brindle", Loc), ("Brindle", Loc)],
        ),
        // A sports story holds a word that says so alone ("league") or two words of a game in
        // progress ("scored", "points"); words common in other news ("won", "lost") tell nothing.
        ("Brindle scored twice after the break. Brindle lead the league.", &[("Brindle", Org)], &[("Brindle", Org), ("Brindle", Org)]),
        ("Brindle scored 90 points. Brindle now lead.", &[("Brindle", Org)], &[("Brindle", Org), ("Brindle", Org)]),
        ("Brindle won the vote as shares lost 4%. Brindle has a new mayor.", &[("Brindle", Org)], &[("Brindle", Loc), ("Brindle", Loc)]),
        // A comma and a state's name after a name make it a city, unless a capitalised word or a
        // possessive follows the state.
        (
            "Workers at the Tarnow, Nebraska-based plant left.",
            &[("Tarnow", Person), ("Nebraska", Loc)],
            &[("Tarnow", Loc), ("Nebraska", Loc)],
        ),
        ("Tarnow, Nebraska's governor, left.", &[("Tarnow", Person), ("Nebraska", Loc)], &[("Tarnow", Person), ("Nebraska", Loc)]),
        // "mayor of X", "X residents": a place.
        (
            "The mayor of Marlow quit. Marlow residents cheered.",
            &[("Marlow", Person), ("Marlow", Person)],
            &[("Marlow", Loc), ("Marlow", Loc)],
        ),
        // A one-word title in quotation marks of its own is a work, typed apart from the bare name;
        // not a nickname after a title, also down a list ("Commanders “Vico” and “Tomas”").
        (
            "Critics loved Gerwig’s “Velma.” The film “Velma” made $1 billion.",
            &[("Gerwig", Person), ("Velma", Person), ("Velma", Person)],
            &[("Gerwig", Person), ("Velma", Misc), ("Velma", Misc)],
        ),
        (
            "Commanders “Vico” and “Tomas”, guarded by gunmen, spoke.",
            &[("Vico", Person), ("Tomas", Person)],
            &[("Vico", Person), ("Tomas", Person)],
        ),
        // An ordinal before a name makes no person ("her second Oscar").
        ("She won her second Ozkar. It was her first Ozkar.", &[("Ozkar", Person), ("Ozkar", Person)], &[("Ozkar", Misc), ("Ozkar", Misc)]),
        // A holiday is MISC and a party group ORG, whatever the tagger said.
        ("Merz wants a deal before Easter.", &[("Merz", Person), ("Easter", Person)], &[("Merz", Person), ("Easter", Misc)]),
        ("The Social Democrats want a fund.", &[("Social Democrats", Misc)], &[("Social Democrats", Org)]),
        (
            "Brindle Robotics Co. was sold. Brindle had debts.",
            &[("Brindle Robotics Co.", Org), ("Brindle", Org)],
            &[("Brindle Robotics Co.", Org), ("Brindle", Org)],
        ),
        // A party's word alone is no person by name; a census surname may be.
        ("The Democrat, who took office in May, spoke.", &[("Democrat", Person)], &[("Democrat", Misc)]),
        ("Maria Green said so. Green left.", &[("Maria Green", Person), ("Green", Person)], &[("Maria Green", Person), ("Green", Person)]),
        // The head before a name's complement makes an organisation ("... Committee on Security").
        (
            "Delegates met at the Vorn Committee on Security.",
            &[("Vorn Committee on Security", Misc)],
            &[("Vorn Committee on Security", Org)],
        ),
        // A model's variant word ends a product's name, unless the lists know it or a given name opens it.
        (
            "The Vornix Ultra ships in May. Buyers want the Vornix Ultra.",
            &[("Vornix Ultra", Org)],
            &[("Vornix Ultra", Misc), ("Vornix Ultra", Misc)],
        ),
        ("Maria Max scored twice.", &[("Maria Max", Person)], &[("Maria Max", Person)]),
        // Also a formal title capitalised, opening the sentence or after a lowercase word; not inside
        // a run of capitals.
        ("Chief Executive Brevik Tarsun has said so.", &[("Brevik Tarsun", Org)], &[("Brevik Tarsun", Person)]),
        ("He met Chief Executive Brevik Tarsun there.", &[("Brevik Tarsun", Org)], &[("Brevik Tarsun", Person)]),
        ("The Quillon Director Brevik Tarsun said so.", &[("Brevik Tarsun", Org)], &[("Brevik Tarsun", Org)]),
        ("It was led by lead manager Vosk Brothers.", &[("Vosk Brothers", Org)], &[("Vosk Brothers", Org)]),
        ("The official Florence Chronicle newspaper said so.", &[("Florence Chronicle", Org)], &[("Florence Chronicle", Org)]),
        // An organisation named by a big place and its head leaves the place alone; another name's
        // first word is its short name.
        (
            "The Florence Herald ran the story. Florence has many museums.",
            &[("Florence Herald", Org), ("Florence", Loc)],
            &[("Florence Herald", Org), ("Florence", Loc)],
        ),
        (
            "The Vosk Herald ran the story. Vosk has a new editor.",
            &[("Vosk Herald", Org), ("Vosk", Loc)],
            &[("Vosk Herald", Org), ("Vosk", Org)],
        ),
        // A weak cue ("to Vosk") backs no type.
        (
            "It picked Quillon, Vosk, Brevik and Kestrel Dynamics. Orders went to Vosk.",
            &[("Quillon", Org), ("Vosk", Loc), ("Brevik", Person), ("Kestrel Dynamics", Org)],
            &[("Quillon", Org), ("Vosk", Org), ("Brevik", Org), ("Kestrel Dynamics", Org), ("Vosk", Org)],
        ),
        (
            "Ana Lee, Tom Reyes and Harwell spoke.",
            &[("Ana Lee", Person), ("Tom Reyes", Person), ("Harwell", Loc)],
            &[("Ana Lee", Person), ("Tom Reyes", Person), ("Harwell", Person)],
        ),
        // Not where the other names are of two kinds or only the tagger types them, nor past the
        // list's conjunction, nor in two names.
        (
            "It sells in Florence, Georgia and France, Brevik thinks.",
            &[("Florence", Loc), ("Georgia", Loc), ("France", Loc), ("Brevik", Person)],
            &[("Florence", Loc), ("Georgia", Loc), ("France", Loc), ("Brevik", Person)],
        ),
        (
            "Quillon, Brevik and Ana Lee spoke.",
            &[("Quillon", Org), ("Brevik", Person), ("Ana Lee", Person)],
            &[("Quillon", Org), ("Brevik", Person), ("Ana Lee", Person)],
        ),
        (
            "Did not bat: Vosk, Brevik, Tarsun.",
            &[("Vosk", Loc), ("Brevik", Person), ("Tarsun", Loc)],
            &[("Vosk", Loc), ("Brevik", Person), ("Tarsun", Loc)],
        ),
        ("Quillon and Brevik spoke.", &[("Quillon", Org), ("Brevik", Person)], &[("Quillon", Org), ("Brevik", Person)]),
        // A title breaks the list ("Mr. Brevik").
        (
            "It thanked Quillon, Mr. Brevik and Kestrel Dynamics.",
            &[("Quillon", Org), ("Brevik", Person), ("Kestrel Dynamics", Org)],
            &[("Quillon", Org), ("Brevik", Person), ("Kestrel Dynamics", Org)],
        ),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn examples_of_a_kind_noun_take_its_type() {
    let (gaz, orgs) = knowledge();
    let cases: &[TypingCase] = &[
        // "such as", "like" and "including" after a plural kind noun (`example_kinds.tsv`), each
        // member of the list after it.
        (
            "Shares of miners such as Halden Amerin and Kestrel Tinto rose.",
            &[("Halden Amerin", Person), ("Kestrel Tinto", Loc)],
            &[("Halden Amerin", Org), ("Kestrel Tinto", Org)],
        ),
        (
            "Countries like Quillon, Brevik and Tarsun voted.",
            &[("Quillon", Loc), ("Brevik", Person), ("Tarsun", Org)],
            &[("Quillon", Loc), ("Brevik", Loc), ("Tarsun", Loc)],
        ),
        ("Stars, including Brevik Tarsun, came.", &[("Brevik Tarsun", Org)], &[("Brevik Tarsun", Person)]),
        // No kind noun, or one the table leaves out, is no evidence.
        ("It ended like Brevik Tarsun said.", &[("Brevik Tarsun", Org)], &[("Brevik Tarsun", Org)]),
        ("Rivals such as Brevik Tarsun gained.", &[("Brevik Tarsun", Loc)], &[("Brevik Tarsun", Loc)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn a_place_opening_an_organisations_name_stays_a_place() {
    let (gaz, orgs) = knowledge();
    let cases: &[TypingCase] = &[
        // The leading words of an organisation's name are its short form, unless they end in a
        // place's head: the canal is no authority.
        (
            "Ships avoid the Varno Canal. The Varno Canal Authority said revenue fell.",
            &[("Varno Canal", Loc), ("Varno Canal Authority", Org)],
            &[("Varno Canal", Loc), ("Varno Canal Authority", Org)],
        ),
        (
            "Shares of Varno Trust rose. The Varno Trust Authority said so.",
            &[("Varno Trust", Loc), ("Varno Trust Authority", Org)],
            &[("Varno Trust", Org), ("Varno Trust Authority", Org)],
        ),
        // An organisation noun in apposition: a consultancy, a magazine.
        (
            "\"It is huge,\" said Ann Vole of Quarrow, a London-based consultancy.",
            &[("Ann Vole", Person), ("Quarrow", Loc)],
            &[("Ann Vole", Person), ("Quarrow", Org), ("London", Loc)],
        ),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn a_listed_clubs_short_name_is_the_club() {
    // The club lists give "Villa" as "Ashby Villa"'s short name; the tagger reads a surname.
    let gaz = Gazetteer::default();
    let listed = OrgGazetteer::from_text(&format!("P\tAshby Villa\t{}\nP\tVilla\t{}\n", 1 << SPORTS, 1 << AMBIG_OTHER)).unwrap();
    let text = "Ashby Villa signed a striker on Monday. Villa paid a record fee, and Villa fans cheered.";
    let tagged: &[(&str, EntityType)] = &[("Ashby Villa", Org), ("Villa", Person), ("Villa", Person)];
    check_typing(&[(text, tagged, &[("Ashby Villa", Org), ("Villa", Org), ("Villa", Org)])], &CaseDict::default(), &gaz, &listed);
    // Without the lists' short name the word stays the tagger's.
    let unlisted = OrgGazetteer::from_text(&format!("P\tAshby Villa\t{}\n", 1 << SPORTS)).unwrap();
    check_typing(&[(text, tagged, tagged)], &CaseDict::default(), &gaz, &unlisted);
}

#[test]
fn a_club_known_by_its_citys_name_is_the_city_outside_sports() {
    // "Carrow" is a big city and, in the lists, a club's short name.
    let gaz = Gazetteer::from_text(&format!("Carrow\t{}\n", 1 << CITY_BIG)).unwrap();
    let orgs = OrgGazetteer::from_text(&format!("P\tCarrow\t{}\nP\tCarrow Rovers\t{}\n", 1 << SPORTS, 1 << SPORTS)).unwrap();
    let cases: &[TypingCase] = &[
        // Court news: the city, though the tagger and the club list say organisation.
        (
            "A federal judge in Carrow ruled on Monday. The company's lawyers in Carrow declined to comment.",
            &[("Carrow", Org)],
            &[("Carrow", Loc), ("Carrow", Loc)],
        ),
        // A sports story keeps the club.
        (
            "Carrow beat Lindale 2-1 to go top of the league. Carrow scored twice after the break.",
            &[("Carrow", Org), ("Lindale", Org)],
            &[("Carrow", Org), ("Lindale", Org), ("Carrow", Org)],
        ),
        // "acquired by" is an acquirer's cue.
        ("The imprint was acquired by Tessel last year.", &[("Tessel", Loc)], &[("Tessel", Org)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn person_cues_back_a_lone_surname_against_organisation_votes() {
    // A president's surname fused with a council's name, and alone as often tagged a person as an
    // organisation, with a person's cue ("the Vosk administration"): a person, not the council's
    // short name. Without the cue the council's short name it stays.
    let (gaz, orgs) = knowledge();
    for (text, want) in [
        ("The Vosk National Policy Council met. Under the Vosk administration, Vosk spoke. Vosk left. Vosk won.", Person),
        ("The Vosk National Policy Council met. Under the Vosk plan, Vosk spoke. Vosk left. Vosk won.", Org),
    ] {
        let a = Analysis::new(text);
        let mut mentions = tag(&a, &[("Vosk National Policy Council", Org), ("Vosk", Person)]);
        for m in mentions.iter_mut().skip(2).step_by(2) {
            m.label = Org;
        }
        let got = typing::retype(&a, mentions, &CaseDict::default(), &gaz, &orgs);
        assert!(got[1..].iter().all(|m| m.text == "Vosk" && m.label == want), "{text}: {:?}", texts(&got));
    }
    // A lone word that no full name, title or list backs loses part of its person votes; a person's
    // cue as strong as a tagged mention backs it: two person votes and the cue outweigh three
    // organisation votes.
    let text = "Under the Vosk administration, Vosk spoke. Vosk left. Vosk won. Vosk lost.";
    let a = Analysis::new(text);
    let mut mentions = tag(&a, &[("Vosk", Person)]);
    for k in [1, 3, 4] {
        mentions[k].label = Org;
    }
    let got = typing::retype(&a, mentions, &CaseDict::default(), &gaz, &orgs);
    assert!(got.iter().all(|m| m.label == Person), "{text}: {:?}", texts(&got));
}

#[test]
fn names_written_without_their_diacritics_are_known() {
    // A club and a big city listed with diacritics; one city is also a club's name.
    let gaz = format!("São Quexa\t{}\nBrasílio\t{}\nGöd\t{}\n", 1 << CITY_BIG, 1 << CITY_BIG, 1 << CITY_SMALL);
    let orgs = format!("P\tGrêmio Velho\t{}\nP\tBrasílio\t{}\n", 1 << SPORTS, 1 << SPORTS);
    let (gaz, orgs) = (Gazetteer::from_text(&gaz).unwrap(), OrgGazetteer::from_text(&orgs).unwrap());
    let cases: &[TypingCase] = &[
        ("Fans of Gremio Velho cheered the win.", &[("Gremio Velho", Loc)], &[("Gremio Velho", Org)]),
        ("Rain fell on Sao Quexa all week.", &[("Sao Quexa", Person)], &[("Sao Quexa", Loc)]),
        // The bare form of a city is the city before it is a club named after it.
        ("Reporters in Brasilio filed the story.", &[("Brasilio", Loc)], &[("Brasilio", Loc)]),
        // Not a small town's bare form: "God" is no "Göd".
        ("God bless them, Ana Lee said.", &[("God", Person), ("Ana Lee", Person)], &[("God", Person), ("Ana Lee", Person)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn names_written_with_a_soft_sign_or_an_abbreviated_saint_are_known() {
    // Listed with a final soft sign, and with "Saint" and "St." written out the other way.
    let gaz = format!("Vorazan’\t{}\nSaint Quellburg\t{}\nSt. Armand\t{}\n", 1 << CITY_MID, 1 << CITY_MID, 1 << CITY_MID);
    let (gaz, orgs) = (Gazetteer::from_text(&gaz).unwrap(), OrgGazetteer::default());
    let cases: &[TypingCase] = &[
        ("Talks in Vorazan ended. Vorazan said no.", &[("Vorazan", Person)], &[("Vorazan", Loc), ("Vorazan", Loc)]),
        ("Flights to St. Quellburg resumed.", &[("St. Quellburg", Org)], &[("St. Quellburg", Loc)]),
        ("Flights to Saint Armand resumed.", &[("Saint Armand", Org)], &[("Saint Armand", Loc)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn a_name_opening_with_an_abbreviated_word_is_whole_and_no_persons() {
    let (gaz, _) = knowledge();
    let cases: &[Case] = &[
        // The tagger takes the abbreviation apart, or leaves it out.
        ("Officials in St. Quellburg agreed.", &[("St.", Org), ("Quellburg", Person)], &[("St. Quellburg", Person)]),
        ("Climbers left Mt. Vorlak at dawn.", &[("Vorlak", Org)], &[("Mt. Vorlak", Org)]),
        ("St. Brandel's Health System sued.", &[("St.", Org), ("Brandel's Health System", Org)], &[("St. Brandel's Health System", Org)]),
        // A surname opening with it stays the person's; a sentence's end is no abbreviation.
        ("Kevin St. Quell spoke.", &[("Kevin", Person), ("Quell", Person)], &[("Kevin", Person), ("Quell", Person)]),
    ];
    check_refine_with(cases, &CaseDict::default(), &gaz);
    let orgs = OrgGazetteer::default();
    let cases: &[TypingCase] = &[
        // No person: a place when nothing else tells, and always after "Mt." or "Ft.".
        ("Officials in St. Quellburg agreed.", &[("St. Quellburg", Person)], &[("St. Quellburg", Loc)]),
        ("Climbers left Mt. Vorlak at dawn. Mt. Vorlak is steep.", &[("Mt. Vorlak", Org)], &[("Mt. Vorlak", Loc), ("Mt. Vorlak", Loc)]),
        ("Doctors at St. Brandel Clinic said.", &[("St. Brandel Clinic", Org)], &[("St. Brandel Clinic", Org)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn a_leading_companys_initials_are_the_company() {
    // A ticker spelling the initials of a leading company's name is its name, against a place vote;
    // not a ticker of other letters.
    let orgs = format!("P\tVexa Ridge Kinetics\t{}\nT\tVRK\tVexa Ridge Kinetics\nT\tVXR\tVexa Ridge Kinetics\n", 1 << COMPANY_TOP);
    let orgs = OrgGazetteer::from_text(&orgs).unwrap();
    let cases: &[TypingCase] = &[
        ("VRK, the closest rival, plans a chip.", &[("VRK", Loc)], &[("VRK", Org)]),
        ("VXR, the closest rival, plans a chip.", &[("VXR", Loc)], &[("VXR", Loc)]),
    ];
    check_typing(cases, &CaseDict::default(), &Gazetteer::default(), &orgs);
}

#[test]
fn initialisms_are_recognised() {
    for (name, want) in [("US", true), ("U.K.", true), ("EU", true), ("NATO", true), ("Ed", false), ("ABCDEFG", false), ("Us", false)] {
        assert_eq!(typing::is_initialism(name), want, "{name}");
    }
}

/// A case table in which these words are lowercase in running text.
pub(super) fn common(words: &[&str]) -> CaseDict {
    let mut c = CaseDict::default();
    for w in words {
        c.map.insert(TokInfo::new(w, 0, 0).lower, 1);
    }
    c
}

#[test]
fn a_long_name_takes_the_unknown_word_after_it() {
    check_refine_with(
        &[
            // An untagged word running text never writes, or the one-word person the tagger split off.
            ("Talks were led by Ramon Alvaro Quesada yesterday.", &[("Ramon Alvaro", Person)], &[("Ramon Alvaro Quesada", Person)]),
            (
                "Talks were led by Ramon Alvaro Quesada yesterday.",
                &[("Ramon Alvaro", Person), ("Quesada", Person)],
                &[("Ramon Alvaro Quesada", Person)],
            ),
            // Not before a capitalised word, a weekday, a word running text writes in lowercase, a
            // one-word name alone, nor a word before the name.
            ("Leaders met Ramon Alvaro Quesada Vell in Lima.", &[("Ramon Alvaro", Person)], &[("Ramon Alvaro", Person)]),
            ("He met Ramon Alvaro Tuesday.", &[("Ramon Alvaro", Person)], &[("Ramon Alvaro", Person)]),
            ("He met Ramon Alvaro Officials there.", &[("Ramon Alvaro", Person)], &[("Ramon Alvaro", Person)]),
            ("He met Alvaro Quesada there.", &[("Alvaro", Person)], &[("Alvaro", Person)]),
            ("He met Longtime Ramon Alvaro there.", &[("Ramon Alvaro", Person)], &[("Ramon Alvaro", Person)]),
        ],
        &common(&["officials"]),
        &Gazetteer::default(),
    );
}

#[test]
fn hyphenated_given_names_of_common_words_are_whole() {
    // Both parts census given names, "rose" a common word: the name is whole, and so is the given
    // name alone after it; not a part that is no given name.
    let gaz = Gazetteer::from_text(&format!("Rose\t{}\nLynn\t{}\n", 1 << FIRST_TOP, 1 << FIRST_TOP)).unwrap();
    let cases: &[TypingCase] = &[
        (
            "Rose-Lynn Harlan sang in Glasgow. Rose-Lynn left.",
            &[("Lynn Harlan", Person), ("Lynn", Person)],
            &[("Rose-Lynn Harlan", Person), ("Rose-Lynn", Person)],
        ),
        ("Rose-Lynn left.", &[("Lynn", Person)], &[("Lynn", Person)]),
        ("The Rose-Ana Ruiz garden opened.", &[("Ana Ruiz", Person)], &[("Ana Ruiz", Person)]),
        // A double given name alone takes the capitalised word after it, even a common word.
        ("Rose-Lynn Towns scored 18 points.", &[("Rose-Lynn", Person)], &[("Rose-Lynn Towns", Person)]),
        ("Rose-Lynn Towns Chapel opened.", &[("Rose-Lynn", Person)], &[("Rose-Lynn", Person)]),
    ];
    check_refine_with(cases, &common(&["rose", "towns"]), &gaz);
}

#[test]
fn organisation_names_over_and_and_a_last_given_name() {
    let gaz = Gazetteer::from_text(&format!("Maria\t{}\nAna\t{}\n", 1 << FIRST_TOP, 1 << FIRST_TOP)).unwrap();
    let cases: &[TypingCase] = &[
        // An "of" complement's last word the tagger took alone for a given name; not after a title.
        ("He toured the Museum of Rural Craft.", &[("Craft", Person)], &[("Museum of Rural Craft", Org)]),
        (
            "The Tarvia League of Chief Minister Holt met.",
            &[("Tarvia League", Org), ("Holt", Person)],
            &[("Tarvia League of Chief Minister", Org), ("Holt", Person)],
        ),
        (
            "He met the Tarvia League of Rural Holt Smith.",
            &[("Tarvia League", Org), ("Holt Smith", Person)],
            &[("Tarvia League of Rural", Org), ("Holt Smith", Person)],
        ),
        // An "of" complement goes on over "and" to a plural; not to a singular or an initialism.
        (
            "A report by the Institute of Soil and Water Diseases was out.",
            &[("Institute of Soil", Org), ("Water Diseases", Org)],
            &[("Institute of Soil and Water Diseases", Org)],
        ),
        (
            "A report by the Department of Rivers and Harbor was out.",
            &[("Department of Rivers", Org), ("Harbor", Org)],
            &[("Department of Rivers", Org), ("Harbor", Org)],
        ),
        (
            "Staff of the Office of Trade and FBI agents met there.",
            &[("Office of Trade", Org), ("FBI", Org)],
            &[("Office of Trade", Org), ("FBI", Org)],
        ),
        // Or to two or three words running text writes in lowercase, ending in no suffix or head; not to
        // a name of its own.
        (
            "A report by the Department of Forestry and Fire Protection was out.",
            &[("Department of Forestry", Org), ("Fire Protection", Org)],
            &[("Department of Forestry and Fire Protection", Org)],
        ),
        (
            "Shares of Life of Tarvia and Quexville Life rose.",
            &[("Life of Tarvia", Org), ("Quexville Life", Org)],
            &[("Life of Tarvia", Org), ("Quexville Life", Org)],
        ),
        // The first words of a body's name over "and" that the tagger left out or took alone.
        (
            "The Competition and Markets Authority said so. The Independent Electoral and Boundaries Commission met.",
            &[("Markets Authority", Org), ("Independent Electoral", Org), ("Boundaries Commission", Org)],
            &[("Competition and Markets Authority", Org), ("Independent Electoral and Boundaries Commission", Org)],
        ),
        // Not two bodies, nor a head alone after "and".
        (
            "The House and Senate Budget Committee met. The House and Senate voted.",
            &[("Senate Budget Committee", Org), ("Senate", Org)],
            &[("Senate Budget Committee", Org), ("Senate", Org)],
        ),
        (
            "Staff of the Ministry of Forestry and Fire Board met.",
            &[("Ministry of Forestry", Org), ("Fire Board", Org)],
            &[("Ministry of Forestry", Org), ("Fire Board", Org)],
        ),
        // A couple's foundation takes the first given name.
        (
            "A gift from the Ana and Maria Holt Foundation came in.",
            &[("Maria Holt Foundation", Org)],
            &[("Ana and Maria Holt Foundation", Org)],
        ),
        (
            "In the end Ana and Maria Holt Foundation staff met.",
            &[("Ana", Person), ("Maria Holt Foundation", Org)],
            &[("Ana and Maria Holt Foundation", Org)],
        ),
        (
            "In the end Ana and Maria Holt spoke there.",
            &[("Ana", Person), ("Maria Holt", Person)],
            &[("Ana", Person), ("Maria Holt", Person)],
        ),
    ];
    check_refine_with(cases, &common(&["fire", "protection", "life", "board", "competition", "independent", "electoral", "house"]), &gaz);
}

#[test]
fn two_firms_read_as_one_over_and_are_split() {
    // Running text capitalises "Trust" in two of three uses: a word of names and prose alike.
    let prose: Vec<Vec<String>> =
        ["the Trust said it would sell the shares .", "the Trust said it would buy the shares .", "they trust the bank ."]
            .iter()
            .map(|s| s.split(' ').map(String::from).collect())
            .collect();
    let case = CaseDict::build(prose.iter().map(Vec::as_slice));
    // Split after a firm's suffix or trade, before a name; not before a head, a word prose writes
    // in lowercase or a plural, nor after a head alone or in an "of" complement.
    let cases: &[TypingCase] = &[
        (
            "Staff at Quexville Health Services and CarePoint struck.",
            &[("Quexville Health Services and CarePoint", Org)],
            &[("Quexville Health Services", Org), ("CarePoint", Org)],
        ),
        (
            "The Corvo Trade Commission and Vantor Department met.",
            &[("Corvo Trade Commission and Vantor Department", Org)],
            &[("Corvo Trade Commission", Org), ("Vantor Department", Org)],
        ),
        ("Shares of Lakeport Bank and Trust fell.", &[("Lakeport Bank and Trust", Org)], &[("Lakeport Bank and Trust", Org)]),
        (
            "Corvo Holdings Corporation and Subsidiaries filed.",
            &[("Corvo Holdings Corporation and Subsidiaries", Org)],
            &[("Corvo Holdings Corporation and Subsidiaries", Org)],
        ),
        (
            "The Lakeport Post and Telegraph Administration met.",
            &[("Lakeport Post and Telegraph Administration", Org)],
            &[("Lakeport Post and Telegraph Administration", Org)],
        ),
        (
            "The Department of Energy and Mines Corporation met.",
            &[("Department of Energy and Mines Corporation", Org)],
            &[("Department of Energy and Mines Corporation", Org)],
        ),
    ];
    check_refine_with(cases, &case, &Gazetteer::default());
}

#[test]
fn a_country_opening_a_name_is_a_given_name() {
    // "Tarvia" a country and a census given name, "Lusk" a city.
    let gaz = Gazetteer::from_text(&format!("Tarvia\t{}\nLusk\t{}\n", (1 << FIRST_TOP) | (1 << COUNTRY), 1 << CITY_BIG)).unwrap();
    let cases: &[TypingCase] = &[
        ("Tarvia Okonkwo won the fight on Sunday.", &[("Tarvia", Loc), ("Okonkwo", Loc)], &[("Tarvia Okonkwo", Person)]),
        ("On Sunday, Tarvia Okonkwo thanked the fans.", &[("Tarvia", Loc), ("Okonkwo", Person)], &[("Tarvia Okonkwo", Person)]),
        // Not after a preposition or a role, nor before an organisation or a known place.
        ("Talks in Tarvia Okonkwo said were over.", &[("Tarvia", Loc), ("Okonkwo", Person)], &[("Tarvia", Loc), ("Okonkwo", Person)]),
        ("The war between Tarvia Hamas fighters went on.", &[("Tarvia", Loc), ("Hamas", Org)], &[("Tarvia", Loc), ("Hamas", Org)]),
        ("The Tarvia Lusk border is closed.", &[("Tarvia", Loc), ("Lusk", Loc)], &[("Tarvia", Loc), ("Lusk", Loc)]),
    ];
    check_refine_with(cases, &CaseDict::default(), &gaz);
}

#[test]
fn offices_fused_with_the_name_after_them_go() {
    let gaz = Gazetteer::from_text(&format!("Maria\t{}\nAna\t{}\n", 1 << FIRST_TOP, 1 << FIRST_TOP)).unwrap();
    let case = common(&["rural", "fisheries", "assembly", "public", "audit"]);
    let cases: &[TypingCase] = &[
        // A role, "of (the)", an office in capitals and a name from a given name on: the office goes.
        ("The Director of Rural Fisheries Maria Okafor resigned.", &[("Rural Fisheries Maria Okafor", Org)], &[("Maria Okafor", Person)]),
        ("The Speaker of the Assembly Ana Brill spoke.", &[("Assembly Ana Brill", Person)], &[("Ana Brill", Person)]),
        // The office partly outside the span.
        ("The Director of Public Audit Ana Vell-Moss said no.", &[("Audit Ana Vell-Moss", Person)], &[("Ana Vell-Moss", Person)]),
        // An organisation's head keeps the part before the name as an organisation.
        (
            "The Governor of the Bank of Tarvia Maria Okafor spoke.",
            &[("Bank of Tarvia Maria Okafor", Org)],
            &[("Bank of Tarvia", Org), ("Maria Okafor", Person)],
        ),
        // So does a name the tagger called an organisation that is no office of common words.
        (
            "The head of Kestrel Vane Maria Okafor spoke.",
            &[("Kestrel Vane Maria Okafor", Org)],
            &[("Kestrel Vane", Org), ("Maria Okafor", Person)],
        ),
        // No role before "of", or no given name: whole.
        (
            "Friends of Rural Fisheries Maria Okafor met.",
            &[("Rural Fisheries Maria Okafor", Org)],
            &[("Rural Fisheries Maria Okafor", Org)],
        ),
        ("The Director of Rural Fisheries Board spoke.", &[("Rural Fisheries Board", Org)], &[("Rural Fisheries Board", Org)]),
    ];
    check_refine_with(cases, &case, &gaz);
}

#[test]
fn a_place_fused_with_a_party_members_noun_is_split() {
    let (gaz, _) = knowledge();
    // A major place fused with a party member's noun is the place and a party adjective; a place
    // the lists do not know stays with it.
    let cases: &[TypingCase] = &[
        ("The Nebraska Democrat said so.", &[("Nebraska Democrat", Org)], &[("Nebraska", Loc), ("Democrat", Misc)]),
        ("A France Tory left.", &[("France Tory", Person)], &[("France", Loc), ("Tory", Misc)]),
        ("The Zorbia Democrat said so.", &[("Zorbia Democrat", Org)], &[("Zorbia Democrat", Org)]),
    ];
    check_refine_with(cases, &CaseDict::default(), &gaz);
}

#[test]
fn span_boundaries() {
    let case = common(&["backed", "led", "era"]);
    // (text, tagger's mentions, expected mentions after the span rules)
    let cases: &[TypingCase] = &[
        // A place fused with the name after it, after a person's role and a preposition, is apart; not an
        // organisation's name, nor without the role.
        (
            "China's ambassador to Britain Liu Wen said no.",
            &[("China", Loc), ("Britain Liu Wen", Org)],
            &[("China", Loc), ("Britain", Loc), ("Liu Wen", Person)],
        ),
        ("The envoy to Britain Trade Council spoke.", &[("Britain Trade Council", Org)], &[("Britain Trade Council", Org)]),
        ("Flights to Britain Liu Wen said rose.", &[("Britain Liu Wen", Person)], &[("Britain Liu Wen", Person)]),
        // An amount's qualifier and figure opening a sentence name nothing; a name with a number stays.
        ("Almost 200 countries agreed. Nearly 1,500 flights left.", &[("Almost 200", Misc), ("Nearly 1,500", Misc)], &[]),
        ("BAKU - Almost 200 countries agreed.", &[("BAKU", Loc), ("Almost 200", Misc)], &[("BAKU", Loc)]),
        ("The Almost 7 band played.", &[("Almost 7", Misc)], &[("Almost 7", Misc)]),
        // A currency abbreviation glued to its figure is the amount's; a model code stays a name.
        ("Budget of RM421 billion. Rs500 fee.", &[("RM421", Misc), ("Rs500", Misc)], &[]),
        ("The COP29 talks. The N225 index fell.", &[("COP29", Misc), ("N225", Misc)], &[("COP29", Misc), ("N225", Misc)]),
        // A lowercase person's word inside a tagged name splits off the full name after it.
        ("Denver rookie Bo Nix threw twice.", &[("Denver rookie Bo Nix", Person)], &[("Denver", Org), ("Bo Nix", Person)]),
        ("Acme engineer Jo Ann Park spoke.", &[("Acme engineer Jo Ann Park", Org)], &[("Acme", Org), ("Jo Ann Park", Person)]),
        ("Leeds striker Kane scored.", &[("Leeds striker Kane", Person)], &[("Leeds striker Kane", Person)]),
        // An abbreviated plural's possessive splits a tagged name into the owner and its thing; a
        // word's plural possessive inside a name does not.
        (
            "She stars in Vorn Bros.' Night Harbor this fall.",
            &[("Vorn Bros.' Night Harbor", Misc)],
            &[("Vorn Bros.", Org), ("Night Harbor", Misc)],
        ),
        ("They won the Cup Winners' Cup.", &[("Cup Winners' Cup", Misc)], &[("Cup Winners' Cup", Misc)]),
        // Hyphenated given names are whole; a hyphenated common word stays out.
        ("Lawmaker Chan Wai-keung spoke.", &[("Chan Wai", Person)], &[("Chan Wai-keung", Person)]),
        // So is a capitalised given-name part before a full name; not another name, nor a prefix.
        ("The champion Jo-Wilfried Tsonga won.", &[("Wilfried Tsonga", Person)], &[("Jo-Wilfried Tsonga", Person)]),
        ("The Ohio-Ana Ruiz plan failed.", &[("Ohio", Loc), ("Ana Ruiz", Person)], &[("Ohio", Loc), ("Ana Ruiz", Person)]),
        // A double surname after a given name, the tagger holding only its last part, is whole (a census
        // given name then joins it); not two names of their own, nor one opening the sentence.
        ("Lawmaker Marisa Ocampo-Reyes spoke.", &[("Marisa", Loc), ("Reyes", Person)], &[("Marisa", Loc), ("Ocampo-Reyes", Person)]),
        ("The Lee-Park summit ended.", &[("Lee", Person), ("Park", Person)], &[("Lee", Person), ("Park", Person)]),
        ("Ocampo-Reyes spoke.", &[("Reyes", Person)], &[("Reyes", Person)]),
        // An Arabic article glued to a surname after a person's name goes in.
        (
            "Leaders met Karim Fathi el-Masri in Cairo.",
            &[("Karim Fathi", Person), ("Cairo", Loc)],
            &[("Karim Fathi el-Masri", Person), ("Cairo", Loc)],
        ),
        // A role word before a full name stays out of the span; a one-word name after it stays whole.
        ("LAGOS - Rapper Tomi Adeyemi Cole won twice.", &[("Rapper Tomi Adeyemi Cole", Person)], &[("Tomi Adeyemi Cole", Person)]),
        ("Quarterback Baker Mayfield threw twice.", &[("Baker Mayfield", Person)], &[("Baker Mayfield", Person)]),
        // A title of several words, or a plural one before a list's name, stays out whatever the
        // tagger typed the whole; a title tagged alone before a name goes; a role before a surname
        // alone goes when the text names that person in full.
        (
            "A bench of Chief Justice Arvo Menon and Justices Kavi Rahn and Sal Pande ruled. Justice Rahn wrote it.",
            &[("Chief Justice Arvo Menon", Org), ("Justices Kavi Rahn", Person), ("Sal Pande", Person), ("Justice Rahn", Person)],
            &[("Arvo Menon", Person), ("Kavi Rahn", Person), ("Sal Pande", Person), ("Rahn", Person)],
        ),
        ("Chief Justice Jon Robb agreed.", &[("Chief Justice", Org), ("Jon Robb", Person)], &[("Jon Robb", Person)]),
        ("The Justice Department and Deputy Minister Office met.", &[("Justice Department", Org)], &[("Justice Department", Org)]),
        // Royal titles stay out of a person's name, however short; not out of a place's.
        (
            "Crown Prince Tariq bin Omar met King Olaf on Prince Edwin Island.",
            &[("Prince Tariq bin Omar", Person), ("King Olaf", Person), ("Prince Edwin Island", Loc)],
            &[("Tariq bin Omar", Person), ("Olaf", Person), ("Prince Edwin Island", Loc)],
        ),
        // A title, a name and a regnal number are a person whatever the tagger said.
        (
            "Queen Odila II met Pope Leon XIV at the Queen Odila Hospital.",
            &[("Queen Odila II", Org), ("Pope Leon XIV", Loc), ("Queen Odila Hospital", Org)],
            &[("Odila II", Person), ("Leon XIV", Person), ("Queen Odila Hospital", Org)],
        ),
        // A trade opening the sentence is no part of the organisation's name; a name head is.
        ("Chipmaker Vexlo said sales rose.", &[("Chipmaker Vexlo", Person)], &[("Vexlo", Org)]),
        ("Union Quexa hired workers.", &[("Union Quexa", Org)], &[("Union Quexa", Org)]),
        ("A Harlow-backed plan failed.", &[("Harlow", Person)], &[("Harlow", Person)]),
        // A place followed by an organisation head is one organisation.
        ("The Freedonia Navy sailed.", &[("Freedonia", Loc)], &[("Freedonia Navy", Org)]),
        // So is one followed by words ending in an organisation suffix.
        (
            "Customers of Quexville Web Services complained about the outage on the forum.",
            &[("Quexville", Loc)],
            &[("Quexville Web Services", Org)],
        ),
        // An organisation's name followed by words ending in a head or a trade is one, when the
        // name ends there; a place head does not follow an organisation's name.
        (
            "The report came from Kestrova Institutional Equities on Monday, analysts said.",
            &[("Kestrova", Org)],
            &[("Kestrova Institutional Equities", Org)],
        ),
        // Makers' trades: "Motor", "Electronics", "Chemical" (`industry_suffixes.txt`).
        (
            "Kestrova Motor and Vantor Electronics fell while Quill Chemical rose.",
            &[("Kestrova", Org), ("Vantor", Org), ("Quill", Org)],
            &[("Kestrova Motor", Org), ("Vantor Electronics", Org), ("Quill Chemical", Org)],
        ),
        (
            "Kestrova Project Manager Ana Ruiz said the car was stiffer than before.",
            &[("Kestrova", Org), ("Ana Ruiz", Person)],
            &[("Kestrova", Org), ("Ana Ruiz", Person)],
        ),
        ("Fans of Kestrova Stadium cheered.", &[("Kestrova", Org)], &[("Kestrova", Org)]),
        // A union local is an organisation.
        ("Members of QWU Local 12 walked out.", &[("QWU Local 12", Misc)], &[("QWU Local 12", Org)]),
        ("Members of QWU Local 12 walked out.", &[("QWU Local", Misc)], &[("QWU Local 12", Org)]),
        // A place head keeps it a place: airports, stations and stadiums are LOC (spec §1).
        ("Flights left Quexville International Airport late.", &[("Quexville", Loc)], &[("Quexville International Airport", Loc)]),
        ("Fans filled Lakeport Stadium again.", &[("Lakeport", Loc)], &[("Lakeport Stadium", Loc)]),
        ("She sold out the Lakeport Dome twice.", &[("Lakeport", Loc)], &[("Lakeport Dome", Loc)]),
        // A building the tagger called an organisation is a place; a park or bridge may name a club.
        ("Teachers rallied at the Quexville Statehouse.", &[("Quexville Statehouse", Org)], &[("Quexville Statehouse", Loc)]),
        ("The band plays Harbor Bank Amphitheatre.", &[("Harbor Bank Amphitheatre", Org)], &[("Harbor Bank Amphitheatre", Loc)]),
        ("Fans of Harbor Park cheered.", &[("Harbor Park", Org)], &[("Harbor Park", Org)]),
        // Lakes and islands named together are places; a MISC name opening with a number is an event's.
        ("Storms hit the Vorn Lakes again.", &[("Vorn Lakes", Misc)], &[("Vorn Lakes", Loc)]),
        ("They sailed to the Kestrel Islands.", &[("Kestrel Islands", Org)], &[("Kestrel Islands", Loc)]),
        ("He won the 1,000 Lakes rally.", &[("1,000 Lakes", Misc)], &[("1,000 Lakes", Misc)]),
        // A county too ("Los Angeles County officials said").
        ("Marlow County officials said no.", &[("Marlow County", Org)], &[("Marlow County", Loc)]),
        // A jail or prison too, whatever the tagger called it.
        ("He was booked into the Marlow County Jail.", &[("Marlow County Jail", Misc)], &[("Marlow County Jail", Loc)]),
        ("She visited Quexville State Prison twice.", &[("Quexville State Prison", Org)], &[("Quexville State Prison", Loc)]),
        // A name ending in an organisation suffix is one, armed forces too (`org_suffixes.txt`).
        ("The Vornish Defence Forces fired back.", &[("Vornish Defence Forces", Person)], &[("Vornish Defence Forces", Org)]),
        // So is one the tagger called a person: no one's name ends in "Amphitheatre" or "Airport".
        (
            "June 14 -- Lindel Bank Amphitheatre, Tampa, FL",
            &[("Lindel Bank Amphitheatre", Person)],
            &[("Lindel Bank Amphitheatre", Loc), ("Tampa", Loc), ("FL", Loc)],
        ),
        (
            "Oct. 3 -- Dana Vorn Pavilion, Phoenix, AZ",
            &[("Dana Vorn Pavilion", Person)],
            &[("Dana Vorn Pavilion", Loc), ("Phoenix", Loc), ("AZ", Loc)],
        ),
        ("They met at Quill Ferris Airport.", &[("Quill Ferris Airport", Person)], &[("Quill Ferris Airport", Loc)]),
        // Palaces, temples, memorials (`place_heads.tsv`).
        ("Leaders met at the palace, Quarra Bhavan, on Sunday.", &[("Quarra Bhavan", Person)], &[("Quarra Bhavan", Loc)]),
        ("Crowds gathered at the Tarsun Memorial.", &[("Tarsun Memorial", Person)], &[("Tarsun Memorial", Loc)]),
        // A park or square may end a person's name ("Grace Park").
        ("Coach Grace Park smiled.", &[("Grace Park", Person)], &[("Grace Park", Person)]),
        ("She read the Gondor Herald daily.", &[("Gondor", Loc)], &[("Gondor Herald", Org)]),
        (
            "She taught at Gondor High School and Lakeport Academy.",
            &[("Gondor", Loc), ("Lakeport", Loc)],
            &[("Gondor High School", Org), ("Lakeport Academy", Org)],
        ),
        ("She read the Gondor Star daily.", &[("Gondor", Loc)], &[("Gondor Star", Org)]),
        ("He wrote for the Gondor Citizen.", &[("Gondor", Loc)], &[("Gondor Citizen", Org)]),
        // Newspapers' heads: the place's whole run up to the last head ("Free Beacon", "Mercury News").
        ("She wrote for the Gondor Free Beacon then.", &[("Gondor", Loc)], &[("Gondor Free Beacon", Org)]),
        ("He quit the Gondor Mercury News in May.", &[("Gondor", Loc), ("Mercury News", Org)], &[("Gondor Mercury News", Org)]),
        (
            "Shares fell on the Ruritania Stock Exchange today, and they fell again.",
            &[("Ruritania", Loc)],
            &[("Ruritania Stock Exchange", Org)],
        ),
        (
            "Ruritania Prime Minister Olaf Berg spoke.",
            &[("Ruritania", Loc), ("Olaf Berg", Person)],
            &[("Ruritania", Loc), ("Olaf Berg", Person)],
        ),
        // An organisation head takes its "of/for (the)" complement, and an "on" one not before a day.
        (
            "Ana Ruiz chaired the Quell Committee on Security today.",
            &[("Ana Ruiz", Person), ("Quell Committee", Org)],
            &[("Ana Ruiz", Person), ("Quell Committee on Security", Org)],
        ),
        (
            "Ana Ruiz told the Quell Council on Monday.",
            &[("Ana Ruiz", Person), ("Quell Council", Org)],
            &[("Ana Ruiz", Person), ("Quell Council", Org)],
        ),
        (
            "The Mira Holt Foundation for the Visual Arts gave money to a school in the town.",
            &[("Mira Holt Foundation", Org), ("Visual Arts", Misc)],
            &[("Mira Holt Foundation for the Visual Arts", Org)],
        ),
        // A plural head too, after a place: "Africa Centres for Disease Control".
        (
            "Data came from the Florence Centres for Disease Control on Monday.",
            &[("Florence", Loc)],
            &[("Florence Centres for Disease Control", Org)],
        ),
        (
            "The study appeared in the Journal of the Kestrel Medical Society last week.",
            &[("Journal", Org), ("Kestrel Medical Society", Org)],
            &[("Journal of the Kestrel Medical Society", Org)],
        ),
        (
            "The Institute for the Study of Tides and others said that it was so.",
            &[("Institute", Org)],
            &[("Institute for the Study of Tides", Org)],
        ),
        ("The Bureau of Statistics said so.", &[("Bureau", Org)], &[("Bureau of Statistics", Org)]),
        // A congress of a body, its complement holding a nationality; "of" and a lowercase word names nothing.
        (
            "The Congress of Ruritanian Dock Unions marched, and members of Congress of both parties watched.",
            &[("Congress", Org), ("Ruritanian", Misc), ("Congress", Org)],
            &[("Congress of Ruritanian Dock Unions", Org), ("Congress", Org)],
        ),
        // An untagged head after "the" takes it too; a lowercase head names nothing.
        (
            "Prints hang in the Museum of Coastal Art in Lakeport and the office of the governor.",
            &[("Coastal Art", Loc), ("Lakeport", Loc)],
            &[("Museum of Coastal Art", Org), ("Lakeport", Loc)],
        ),
        ("The report came from the Office of the Inspector General.", &[], &[("Office of the Inspector General", Org)]),
        // A name the tagger called a person but ending in an organisation suffix takes it too;
        // a surname shaped like a head does not.
        (
            "Several paintings were sold last year by the Mira Holt Foundation for the Visual Arts, which funds artists.",
            &[("Mira Holt Foundation", Person), ("Visual Arts", Loc)],
            &[("Mira Holt Foundation for the Visual Arts", Org)],
        ),
        (
            "The title went to Margaret Court of Australia in the final that year.",
            &[("Margaret Court", Person), ("Australia", Loc)],
            &[("Margaret Court", Person), ("Australia", Loc)],
        ),
        // A person or place before words ending in an organisation head names the organisation.
        (
            "Money for the new school came from the Orla Brennan Family Foundation and later from the Tom & Ana Ruiz Foundation too.",
            &[("Orla Brennan", Person), ("Ana Ruiz", Person)],
            &[("Orla Brennan Family Foundation", Org), ("Tom & Ana Ruiz Foundation", Org)],
        ),
        ("The Council of the city met.", &[("Council", Org)], &[("Council", Org)]),
        // A name right after an organisation noun and its determiner takes its complement too; a
        // person there does not.
        ("The advocacy group Voices of Tarsun called for a boycott.", &[("Voices", Org), ("Tarsun", Loc)], &[("Voices of Tarsun", Org)]),
        ("The charity Friends of the Vosk Valley agreed.", &[], &[("Friends of the Vosk Valley", Org)]),
        ("The firm hired Ana Ruiz of Lakeport.", &[("Ana Ruiz", Person), ("Lakeport", Loc)], &[("Ana Ruiz", Person), ("Lakeport", Loc)]),
        // A name ends at a line break (a caption or heading); a lone "The" after it goes.
        ("Pictured in Lakeport D.C.\nThe mayor spoke.", &[("Lakeport D.C.\nThe", Loc)], &[("Lakeport D.C.", Loc)]),
        ("Port Avalon\nHarbour Road", &[("Port Avalon\nHarbour Road", Loc)], &[("Port Avalon", Loc), ("Harbour Road", Loc)]),
        // Sentence-opening interjections are no names.
        ("Oh, we tried. Um, yes. Alright, let us go.", &[("Oh", Person), ("Um", Org), ("Alright", Misc)], &[]),
        ("“Yeah, sure,” she said.", &[("Yeah", Person)], &[]),
        ("He met Hi Tran in Hanoi.", &[("Hi Tran", Person), ("Hanoi", Loc)], &[("Hi Tran", Person), ("Hanoi", Loc)]),
        // A capitalised personal pronoun is no name; an initialism spelt like one may be.
        ("(We never did settle on one.) The US did.", &[("We", Org), ("US", Loc)], &[("US", Loc)]),
        // An acronym defined by lowercase words names no organisation.
        ("Firms adopt robotic process automation (RPA) fast. RPA vendors grew, and RPA spread.", &[("RPA", Org)], &[]),
        ("The MLT (machine learning toolkit) shipped. MLT sold well.", &[("MLT", Org)], &[]),
        // The definition may open its sentence with a capital; a name tagged inside it goes too.
        ("Robotic process automation (RPA) spread. RPA vendors grew.", &[("RPA", Org)], &[]),
        ("Electric vehicles (EVs) sold well. EV sales rose.", &[("Electric", Org)], &[]),
        ("He said Electric vehicles (EVs) sold well.", &[("Electric", Org)], &[("Electric", Org)]),
        ("Doctors found chronic kelp fever, or CKF. The CKF faded.", &[("CKF", Org)], &[]),
        // An acronym in brackets after the name it spells takes the name's type.
        (
            "The Quexville Port Authority (QPA) met.",
            &[("Quexville Port Authority", Org)],
            &[("Quexville Port Authority", Org), ("QPA", Org)],
        ),
        ("Ana Lee Kim (ALK) spoke.", &[("Ana Lee Kim", Person)], &[("Ana Lee Kim", Person)]),
        // Defined by capitalised words, or by an institution's head, it stays.
        (
            "The Kelp Research Agency (KRA) met. KRA staff left.",
            &[("Kelp Research Agency", Org), ("KRA", Org)],
            &[("Kelp Research Agency", Org), ("KRA", Org), ("KRA", Org)],
        ),
        ("Parties in the national reform council (NRC) met. The NRC voted.", &[("NRC", Org)], &[("NRC", Org), ("NRC", Org)]),
    ];
    check_refine_with(cases, &case, &Gazetteer::default());
}

#[test]
fn acronym_definitions_are_found_in_either_order() {
    let a = Analysis::new("We use large language models (LLMs) and a GPT (general purpose tool) daily. The EPA (Eco Park Agency) met.");
    let got = bounds::common_acronyms(&a);
    assert!(got.contains("LLM") && got.contains("GPT") && !got.contains("EPA"), "{got:?}");
    // A hyphenated compound spells one letter or one for each of its words.
    let a = Analysis::new("Ships carry 20,000 twenty-foot equivalent units (TEU). The medium-term expenditure framework (MTEF) is due.");
    let got = bounds::common_acronyms(&a);
    assert!(got.contains("TEU") && got.contains("MTEF"), "{got:?}");
}

#[test]
fn hyphenated_names_listed_with_a_lowercase_letter_after_the_hyphen_are_known() {
    // The lists title-case the SEC's capitals word by word: "Harvell-davidson".
    let orgs = OrgGazetteer::from_text(&format!("P\tHarvell-davidson\t{}\n", 1 << COMPANY_TOP)).unwrap();
    let (gaz, _) = knowledge();
    let cases: &[Case] = &[
        ("Investors sold Harvell-Davidson after the report.", &[("Harvell-Davidson", Person)], &[("Harvell-Davidson", Org)]),
        // Not a name that is no hyphenated form of a listed one.
        ("Investors met Ana Harvell-Jones after the report.", &[("Ana Harvell-Jones", Person)], &[("Ana Harvell-Jones", Person)]),
    ];
    check_typing(cases, &CaseDict::default(), &gaz, &orgs);
}

#[test]
fn clubs_short_plural_names_are_organisations_beside_other_clubs() {
    // Two made-up clubs whose short names are common words, and a city.
    let orgs = format!(
        "P\tHollin City Foxes\t{}\nP\tFoxes\t{}\nP\tPortby Wardens\t{}\nP\tWardens\t{}\nP\tMarlow Heat\t{}\nP\tHeat\t{}\nP\tBrasílio\t{}\nP\tBrasílio Lions\t{}\n",
        1 << SPORTS,
        1 << AMBIG_OTHER,
        1 << SPORTS,
        1 << AMBIG_OTHER,
        1 << SPORTS,
        1 << AMBIG_OTHER,
        1 << SPORTS,
        1 << SPORTS
    );
    let gaz = Gazetteer::from_text(&format!("Brasílio\t{}\n", 1 << CITY_BIG)).unwrap();
    let orgs = OrgGazetteer::from_text(&orgs).unwrap();
    let cases: &[Case] = &[
        // A club the tagger found makes the other's plural short name after "the" a club.
        ("The Wardens lost to the Foxes on Monday night.", &[("Wardens", Org)], &[("Wardens", Org), ("Foxes", Org)]),
        (
            "Hollin City Foxes won again, and the Wardens fell.",
            &[("Hollin City Foxes", Org)],
            &[("Hollin City Foxes", Org), ("Wardens", Org)],
        ),
        // Tagged as something else, it is still the club.
        ("The Wardens beat the Foxes.", &[("Wardens", Org), ("Foxes", Person)], &[("Wardens", Org), ("Foxes", Org)]),
        // No club in the document: the word is left alone.
        ("Farmers say the Foxes came at night.", &[], &[]),
        // Singular short names, places and parts of longer names are left alone.
        ("The Wardens played while the Heat rose.", &[("Wardens", Org)], &[("Wardens", Org)]),
        ("The Wardens flew to the Brasilio airport.", &[("Wardens", Org)], &[("Wardens", Org)]),
        ("The Wardens sang the Foxes and Hounds song.", &[("Wardens", Org)], &[("Wardens", Org)]),
        // Not after "the".
        ("The Wardens met Foxes fans.", &[("Wardens", Org)], &[("Wardens", Org)]),
    ];
    for (text, tagged, want) in cases {
        let a = Analysis::new(text);
        let got = texts(&super::clubs::short_club_names(&a, tag(&a, tagged), &gaz, &orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn titles_owners_and_shared_bodies() {
    let (gaz, _) = knowledge();
    let cases: &[Case] = &[
        // A maker's possessive inside a product's name parts the two; a possessive inside other names stays.
        ("Fans like Vorn's Mate 70 most.", &[("Vorn's Mate 70", Misc)], &[("Vorn", Org), ("Mate 70", Misc)]),
        ("They saw Ocean's 11 twice.", &[("Ocean's 11", Misc)], &[("Ocean's 11", Misc)]),
        // Two places' shared police force is one name over "and"; not a place and a council.
        ("Officers of Avon and Somerset Police came.", &[("Avon", Loc), ("Somerset Police", Org)], &[("Avon and Somerset Police", Org)]),
        (
            "Fans from Leeds and Wakefield Council agreed.",
            &[("Leeds", Loc), ("Wakefield Council", Org)],
            &[("Leeds", Loc), ("Wakefield Council", Org)],
        ),
        // A street type ends a place's name, not after a given name: "Maria Lane" is a person.
        ("The store on Kestrel Drive shut.", &[("Kestrel Drive", Person)], &[("Kestrel Drive", Loc)]),
        ("Actor Maria Lane smiled.", &[("Maria Lane", Person)], &[("Maria Lane", Person)]),
        // A head that is no census name ends a street's name after a given name too.
        ("They met at the corner of Maria Avenue.", &[("Maria Avenue", Person)], &[("Maria Avenue", Loc)]),
        // An office named for its holder's role takes the role and the capitalised words before it.
        (
            "A spokeswoman for the U.S. Attorney’s Office for the Western District of Kestrel said so.",
            &[("U.S.", Loc), ("Office for the Western District of Kestrel", Org)],
            &[("U.S. Attorney’s Office for the Western District of Kestrel", Org)],
        ),
        (
            "Deputies of the Vell County Sheriff's Department came.",
            &[("Vell County", Loc), ("Department", Org)],
            &[("Vell County Sheriff's Department", Org)],
        ),
        // Not after a name's possessive: "Vell's Office Depot".
        ("They shopped at Vell's Office Depot.", &[("Vell", Person), ("Office Depot", Org)], &[("Vell", Person), ("Office Depot", Org)]),
        // A person's name does not run on over "of" and a place the lists know; one name word before
        // it stays ("Maria of Georgia" is how the text names her).
        (
            "Rep. Ana Lopez of Nebraska called it reckless.",
            &[("Ana Lopez of Nebraska", Person)],
            &[("Ana Lopez", Person), ("Nebraska", Loc)],
        ),
        ("Maria of Georgia spoke.", &[("Maria of Georgia", Person)], &[("Maria of Georgia", Person)]),
        // A nationality opening a person's name is a description of its own, of one word or two,
        // the first of two left out or not; not before one name word ("Briton Smith" stays).
        (
            "The batter, New Zealander Tom Vell, is back.",
            &[("Zealander Tom Vell", Person)],
            &[("New Zealander", Misc), ("Tom Vell", Person)],
        ),
        ("Briton Tom Vell won.", &[("Briton Tom Vell", Person)], &[("Briton", Misc), ("Tom Vell", Person)]),
        ("Briton Vell won.", &[("Briton Vell", Person)], &[("Briton Vell", Person)]),
        // A sport's word before a tagged place opens the sport's governing body.
        ("Cycling France said no. He biked in France.", &[("France", Loc)], &[("Cycling France", Org), ("France", Loc)]),
        // A role word before a person's name is its title, however the tagger cut or typed it.
        ("Justice Maria Lopez wrote the opinion.", &[("Justice Maria Lopez", Misc)], &[("Maria Lopez", Person)]),
        ("Justice Tovan Peace dissented.", &[("Justice", Org), ("Tovan Peace", Person)], &[("Tovan Peace", Person)]),
        // Before one word, or before no census given name, it is part of the name.
        ("The Justice Department declined.", &[("Justice Department", Org)], &[("Justice Department", Org)]),
        ("Senator Bank Plaza opened.", &[("Senator Bank Plaza", Loc)], &[("Senator Bank Plaza", Loc)]),
    ];
    check_refine_with(cases, &CaseDict::default(), &gaz);
}

#[test]
fn a_lowercase_common_word_is_no_name() {
    // Tagged in lowercase, a word running text writes in lowercase goes; one it never saw stays
    // ("zorvek").
    let cases: &[Case] = &[
        ("Ricci, a 20-year-old academy graduate, scored.", &[("Ricci", Person), ("academy", Person)], &[("Ricci", Person)]),
        ("Thanks, zorvek, for the tip.", &[("zorvek", Person)], &[("zorvek", Person)]),
    ];
    check_refine_with(cases, &common(&["academy"]), &Gazetteer::default());
    // Nor a person's name in lowercase that running text writes capitalised as often as not.
    let mut case = CaseDict::default();
    case.map.insert(TokInfo::new("academy", 0, 0).lower, 3);
    check_refine_with(&cases[..1], &case, &Gazetteer::default());
}
