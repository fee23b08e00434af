//! Table-driven cases for MISC recall (`misc.rs`), short model codes
//! (`products.rs`), organisation cues (`type_cues.tsv`, `typing.rs`) and
//! common-noun acronyms with hyphenated words (`bounds.rs`) or after a name
//! ("Tory MPs"). Every sentence is made up for the rule it tests.

use super::super::super::EntityType;
use super::super::super::analysis::Analysis;
use super::super::features::CaseDict;
use super::super::gazetteer::{CITY_BIG, Gazetteer};
use super::super::orgs::OrgGazetteer;
use super::cases::{Case, check_refine_with, check_typing, common, knowledge, owned, tag, texts};
use super::{bounds, refine, typing};
use EntityType::{Loc, Misc, Org, Person};

/// Run the span and shape rules (`refine`) over each case and compare.
fn check_refine(cases: &[Case]) {
    check_refine_with(cases, &common(&["many", "some", "officials", "most"]), &Gazetteer::default());
}

#[test]
fn storms_and_operations_are_misc() {
    check_refine(&[
        (
            "The coast was hit by Hurricane Maria and then by Typhoon Haiyan.",
            &[("Maria", Person), ("Haiyan", Loc)],
            &[("Hurricane Maria", Misc), ("Typhoon Haiyan", Misc)],
        ),
        (
            "The troops began Operation Desert Storm in the early hours of the day.",
            &[("Desert Storm", Loc)],
            &[("Operation Desert Storm", Misc)],
        ),
        // An institution named after one keeps its name; a prefix word alone is no name.
        (
            "Staff at the Storm Prediction Center said the storm was over.",
            &[("Storm Prediction Center", Org)],
            &[("Storm Prediction Center", Org)],
        ),
        ("The Operation was a success.", &[], &[]),
        // A prefix of two words ("Tropical Storm") opens the name whatever the tagger made of it.
        (
            "Officials said Tropical Storm Helene and Super Typhoon Yagi were deadly.",
            &[("Tropical Storm Helene", Person), ("Yagi", Loc)],
            &[("Tropical Storm Helene", Misc), ("Super Typhoon Yagi", Misc)],
        ),
    ]);
}

#[test]
fn nationalities_and_religions_are_misc() {
    check_refine(&[
        // A nationality or religion the tagger typed otherwise is MISC.
        ("Brenlow hired Norwegian engineers.", &[("Brenlow", Org), ("Norwegian", Loc)], &[("Brenlow", Org), ("Norwegian", Misc)]),
        ("The vote split Sunni and Shia parties.", &[("Sunni", Loc), ("Shia", Person)], &[("Sunni", Misc), ("Shia", Misc)]),
        // One the tagger missed is added, at a sentence's start too, and as a plural.
        ("Kenyan farmers and Peruvians met.", &[], &[("Kenyan", Misc), ("Peruvians", Misc)]),
        ("He spoke to Hindus and Sikhs about Buddhism.", &[], &[("Hindus", Misc), ("Sikhs", Misc), ("Buddhism", Misc)]),
        // Peoples and ethnic groups likewise (ethnic_groups.txt).
        (
            "Kurds and Hispanics voted, and Latinos too.",
            &[("Kurds", Org), ("Latinos", Loc)],
            &[("Kurds", Misc), ("Hispanics", Misc), ("Latinos", Misc)],
        ),
        // A sentence's first word that is lowercase in running text is no part of it.
        ("Many Muslims fasted.", &[("Many Muslims", Person)], &[("Muslims", Misc)]),
        ("Some Catholics objected.", &[("Some Catholics", Org)], &[("Catholics", Misc)]),
        // Nor after it when the tagger left the group out.
        ("Most Kenyans back the plan.", &[], &[("Kenyans", Misc)]),
        // Not when it leads or continues a capitalised name the tagger missed.
        ("They sold Dutch Harbor Bonds and Royal Dutch Marlin notes.", &[], &[]),
        // A title or a person may follow it.
        ("Ghanaian President Kofi Mensah spoke.", &[("Kofi Mensah", Person)], &[("Ghanaian", Misc), ("Kofi Mensah", Person)]),
        // A nationality inside a tagged organisation's name stays part of it.
        ("The Swiss Harvest Bank lent money.", &[("Swiss Harvest Bank", Org)], &[("Swiss Harvest Bank", Org)]),
        // A hashtag is no mention.
        ("Posts with #Brazilian tags spread.", &[], &[]),
    ]);
}

#[test]
fn titles_after_a_work_noun_are_misc() {
    check_refine(&[
        ("She starred in the film Silent Harbor last year.", &[("Silent Harbor", Person)], &[("Silent Harbor", Misc)]),
        // A leading "The" stays out (spec §7); small words inside stay in.
        ("His novel The Winter of Glass sold well.", &[("Glass", Loc)], &[("Winter of Glass", Misc)]),
        ("The streaming drama “House of Ash” returns.", &[("Ash", Person)], &[("House of Ash", Misc)]),
        // A name before the noun, with a determiner before it.
        ("We watched the Netflix series Blue Meridian again.", &[("Netflix", Org)], &[("Netflix", Org), ("Blue Meridian", Misc)]),
        ("The book titled Quiet Engines sold out.", &[], &[("Quiet Engines", Misc)]),
        // A verb spelled like a work noun is no work noun ("UAE play Kuwait").
        ("Hosts Qaria play Valdoria on Sunday.", &[("Qaria", Loc), ("Valdoria", Loc)], &[("Qaria", Loc), ("Valdoria", Loc)]),
        // Nor after a plural subject ("the floods hit X"); after an adjective it is one.
        ("The floods hit Vila Nova do Sul hard.", &[("Vila Nova do Sul", Loc)], &[("Vila Nova do Sul", Loc)]),
        ("Her famous hit Blue Meridian played.", &[], &[("Blue Meridian", Misc)]),
        // A day, a number or a writer is no title.
        ("They play the game Sunday.", &[], &[]),
        ("It is the book Harlan wrote.", &[("Harlan", Person)], &[("Harlan", Person)]),
        ("The show 3 times a week is long.", &[], &[]),
        // A quoted title must end at its closing mark.
        ("The film “Red Dust is long, she said.", &[], &[]),
        // A quoted title after a person's or organisation's possessive; not after a common noun's.
        (
            "Critics praised Ana Ruiz's “Silent Harbor” and Netflix's “The House of Ash” this week.",
            &[("Ana Ruiz", Person), ("Silent Harbor", Person), ("Netflix", Org), ("Ash", Loc)],
            &[("Ana Ruiz", Person), ("Silent Harbor", Misc), ("Netflix", Org), ("House of Ash", Misc)],
        ),
        ("Critics praised the city's “Silent Harbor” plan this week.", &[], &[]),
        // A title in apposition after a work noun, closed by a comma or the sentence's end.
        ("His latest film, Silent Harbor, won two awards.", &[("Silent Harbor", Loc)], &[("Silent Harbor", Misc)]),
        ("She sold her first novel, Quiet Engines.", &[], &[("Quiet Engines", Misc)]),
        // A title after a naming verb that follows a work noun, or a form of "be" after one.
        ("He wrote a novel called Winter Harbour Lights.", &[("Harbour Lights", Person)], &[("Winter Harbour Lights", Misc)]),
        ("The book was called The Amber Lantern, and it sold.", &[], &[("Amber Lantern", Misc)]),
        ("Her debut album, known as Paper Comets, was a hit.", &[("Paper Comets", Loc)], &[("Paper Comets", Misc)]),
        ("They built an app called Lumo Notes.", &[("Lumo Notes", Org)], &[("Lumo Notes", Misc)]),
        // After a plural work noun, and after a year's possessive; not an organisation found there.
        ("The band played its albums Tulane Avenue and The Skipper.", &[("Tulane Avenue", Loc)], &[("Tulane Avenue", Misc)]),
        (
            "It played 1972's Tulane Avenue and 1973's The Skipper and Me.",
            &[("Tulane Avenue", Loc)],
            &[("Tulane Avenue", Misc), ("Skipper and Me", Misc)],
        ),
        ("Fans loved 2016's Orbit Harbor Beyond.", &[("Orbit Harbor", Loc)], &[("Orbit Harbor Beyond", Misc)]),
        ("Critics recalled 2008's Lehmond Brothers collapse.", &[("Lehmond Brothers", Org)], &[("Lehmond Brothers", Org)]),
        // Not after any noun: a person or a company called so keeps its type.
        ("A man called Joe Varga answered.", &[("Joe Varga", Person)], &[("Joe Varga", Person)]),
        ("A startup called Bright Gears raised money.", &[("Bright Gears", Org)], &[("Bright Gears", Org)]),
        // Nor the verb "called" with an object.
        ("Officials called Marta Ruiz a hero.", &[("Marta Ruiz", Person)], &[("Marta Ruiz", Person)]),
        ("He praised the film, Ana Ruiz said.", &[("Ana Ruiz", Person)], &[("Ana Ruiz", Person)]),
    ]);
}

#[test]
fn events_laws_and_party_labels() {
    check_refine(&[
        // Untagged names with an event, law or treaty head; a place among the words joins them.
        ("Many of the critics of the Second Amendment spoke at the meeting.", &[], &[("Second Amendment", Misc)]),
        // An award, a trophy, a parade or a gala is an event too.
        ("The story went on to win the Northern Fiction Award last year.", &[], &[("Northern Fiction Award", Misc)]),
        ("Crowds lined the route of the Harbour Lights Parade on Sunday.", &[], &[("Harbour Lights Parade", Misc)]),
        ("Delegates left the Veldora Accord talks.", &[("Veldora", Loc)], &[("Veldora Accord", Misc)]),
        ("Fans filled stadiums for the Harbor Bowl.", &[], &[("Harbor Bowl", Misc)]),
        // A head the tagger took alone takes the place before it; a month is no part of the name.
        ("Crowds came to the Veldora Olympics.", &[("Veldora", Loc), ("Olympics", Misc)], &[("Veldora Olympics", Misc)]),
        ("He won gold at the July Olympics.", &[("Olympics", Misc)], &[("Olympics", Misc)]),
        // Tours and finals are events ("the Eras Tour", "the ATP Finals").
        ("Fans filled stadiums for the Harbor Tour.", &[], &[("Harbor Tour", Misc)]),
        ("She reached the Brightwater Finals again.", &[("Brightwater", Loc)], &[("Brightwater Finals", Misc)]),
        ("The Clean Rivers Act passed.", &[("Clean Rivers Act", Org)], &[("Clean Rivers Act", Misc)]),
        // Parts of a law and charters are named like laws (`law_heads.txt`).
        ("The court read the Equal Protection Clause narrowly.", &[], &[("Equal Protection Clause", Misc)]),
        ("Members of the assembly signed the Harbor Charter in May.", &[("Harbor", Loc)], &[("Harbor Charter", Misc)]),
        // Not a short form of a longer organisation's name in the document.
        (
            "Shares of Rowan Accord Holdings fell on Monday, and Rowan Accord said it would appeal.",
            &[("Rowan Accord Holdings", Org), ("Rowan Accord", Org)],
            &[("Rowan Accord Holdings", Org), ("Rowan Accord", Org)],
        ),
        // A head word alone, or after "The" only, is no name.
        ("The Act passed.", &[], &[]),
        // A politician's party letter is MISC, the state a place.
        (
            "Sen. Ada Reyes (D-N.Y.) objected.",
            &[("Ada Reyes", Person), ("D-N.Y.", Loc)],
            &[("Ada Reyes", Person), ("D", Misc), ("N.Y.", Loc)],
        ),
        (
            "Rep. Tom Hale (R., Texas) agreed.",
            &[("Tom Hale", Person), ("R., Texas", Loc)],
            &[("Tom Hale", Person), ("R.", Misc), ("Texas", Loc)],
        ),
        ("The grade (B-Plus) was high.", &[], &[]),
        // AP style between commas after the person; not after a name of another kind.
        (
            "Sen. Ada Reyes, R-Texas, objected.",
            &[("Ada Reyes", Person), ("Texas", Loc)],
            &[("Ada Reyes", Person), ("R", Misc), ("Texas", Loc)],
        ),
        ("Rep. Tom Hale, D-N.Y., agreed.", &[("Tom Hale", Person), ("N.Y.", Loc)], &[("Tom Hale", Person), ("D", Misc), ("N.Y.", Loc)]),
        ("Its rival, D-Wave, rose.", &[("D-Wave", Org)], &[("D-Wave", Org)]),
        // At a sentence's end, or an AP abbreviation before a verb; not a lowercase word.
        ("He met Tom Hale, R-La. Then he left.", &[("Tom Hale", Person)], &[("Tom Hale", Person), ("R", Misc), ("La.", Loc)]),
        ("He met Tom Hale, R-Texas.", &[("Tom Hale", Person)], &[("Tom Hale", Person), ("R", Misc), ("Texas", Loc)]),
        ("Sen. Ada Reyes, D-Calif. said no.", &[("Ada Reyes", Person)], &[("Ada Reyes", Person), ("D", Misc), ("Calif.", Loc)]),
        ("It was Ada Reyes, D-Wave chief, who spoke.", &[("Ada Reyes", Person)], &[("Ada Reyes", Person)]),
        // Prizes and wars are named events too.
        (
            "She won the Halvard Prize this year, and then he wrote about the history of the Cold War.",
            &[("Halvard", Person)],
            &[("Halvard Prize", Misc), ("Cold War", Misc)],
        ),
    ]);
}

#[test]
fn an_award_takes_its_complement() {
    check_refine(&[
        // "in" and a listed field, which the tagger may read as a place.
        (
            "She won the Halvard Prize in Literature last year.",
            &[("Halvard Prize", Misc), ("Literature", Loc)],
            &[("Halvard Prize in Literature", Misc)],
        ),
        (
            "He shared the Halvard Prize in Physiology or Medicine.",
            &[("Halvard Prize", Misc)],
            &[("Halvard Prize in Physiology or Medicine", Misc)],
        ),
        // "in" and a place is where it was given.
        ("They received the Halvard Prize in Oslo.", &[("Halvard Prize", Misc), ("Oslo", Loc)], &[("Halvard Prize", Misc), ("Oslo", Loc)]),
        // "of"/"for" and untagged capitalised words; an untagged head takes the words before it first.
        ("He got the Civic Medal of Valour in May.", &[("Valour", Misc)], &[("Civic Medal of Valour", Misc)]),
        (
            "The Brightwater Award for Best Debut went to her.",
            &[("Brightwater Award", Misc)],
            &[("Brightwater Award for Best Debut", Misc)],
        ),
        // Not an organisation or a person after "for", nor lowercase words.
        (
            "She won a Brightwater Award for Kestrel Media.",
            &[("Brightwater Award", Misc), ("Kestrel Media", Org)],
            &[("Brightwater Award", Misc), ("Kestrel Media", Org)],
        ),
        ("She won the Brightwater Award for her novel.", &[("Brightwater Award", Misc)], &[("Brightwater Award", Misc)]),
    ]);
}

#[test]
fn an_award_with_its_complement_is_misc_whatever_its_last_word() {
    let (gaz, orgs) = knowledge();
    check_typing(
        &[(
            "The Halvard Prize in Economic Sciences went to two women.",
            &[("Halvard Prize in Economic Sciences", Org)],
            &[("Halvard Prize in Economic Sciences", Misc)],
        )],
        &common(&[]),
        &gaz,
        &orgs,
    );
}

#[test]
fn holidays_are_misc() {
    check_refine(&[
        ("Stores opened early on Labor Day and after Thanksgiving.", &[], &[("Labor Day", Misc), ("Thanksgiving", Misc)]),
        ("Fireworks lit up New Year’s Eve in the port.", &[], &[("New Year’s Eve", Misc)]),
        // Without capitals it is no name; a tagged name is left alone.
        ("We will talk on labor day.", &[], &[]),
        ("The Christmas Day Appeal grew.", &[("Christmas Day Appeal", Org)], &[("Christmas Day Appeal", Org)]),
        // Named days: a capitalised prefix before a weekday; not a plain adjective before one.
        (
            "Deals began before Black Friday and ran to Cyber Monday, a black Friday for rivals.",
            &[],
            &[("Black Friday", Misc), ("Cyber Monday", Misc)],
        ),
    ]);
}

#[test]
fn products_and_short_model_codes() {
    check_refine(&[
        ("Fans queued for the Zephon X7 phone.", &[("Zephon", Org)], &[("Zephon X7", Misc)]),
        (
            "The new Galaxy S24 Ultra and the iPhone 16 Pro sold out.",
            &[("Ultra", Org)],
            &[("Galaxy S24 Ultra", Misc), ("iPhone 16 Pro", Misc)],
        ),
        // A capital letter alone after a product is its edition; not "A", a letter glued to a model
        // number, a letter before a capitalised word, nor after a nationality.
        ("Fans bought the Zephon Series X today.", &[("Zephon Series", Misc)], &[("Zephon Series X", Misc)]),
        ("Fans bought the Zephon Series A lot.", &[("Zephon Series", Misc)], &[("Zephon Series", Misc)]),
        ("Fans bought the Zephon X Pro today.", &[("Zephon", Misc)], &[("Zephon", Misc)]),
        ("Vornish T-72 tanks rolled.", &[("Vornish", Misc)], &[("Vornish", Misc)]),
        ("A Kenyan T team won.", &[("Kenyan", Misc)], &[("Kenyan", Misc)]),
        // A variant word ends the product at a sentence's end.
        ("Buyers chose the Vantor 9 Pro.", &[], &[("Vantor 9 Pro", Misc)]),
        // Two variant words after the model number go with it.
        ("Buyers chose the Vantor 9 Pro Max today.", &[], &[("Vantor 9 Pro Max", Misc)]),
        // Known products are MISC, tagged or not, but not as a sentence's first word.
        ("Users of ChatGPT and Android grew.", &[("ChatGPT", Org)], &[("ChatGPT", Misc), ("Android", Misc)]),
        // A known product takes its variant words.
        ("She bought an iPad Pro and a MacBook Air Max today.", &[("Pro", Org)], &[("iPad Pro", Misc), ("MacBook Air Max", Misc)]),
        ("Windows broke in the storm.", &[], &[]),
        // A maker's possessive before a number makes a model; a product's makes one of its figures.
        (
            "Corvex's 787 flew, and Stadia's 22 launch titles disappointed.",
            &[("Corvex", Org), ("Stadia", Misc)],
            &[("Corvex", Org), ("787", Misc), ("Stadia", Misc)],
        ),
        // Results tables and period codes are no products.
        ("Team Corvo\nF1 drivers lined up. Sales rose in Q3 and H1.", &[("Corvo", Org)], &[("Corvo", Org)]),
        // Scores and phone numbers are no model numbers; "787-9" still is.
        ("Brelford beat Castova 2-1 on Sunday.", &[("Brelford", Org), ("Castova", Org)], &[("Brelford", Org), ("Castova", Org)]),
        // A basketball result is no model; a model's series, a round hundred or above the first, is.
        (
            "The Quexville Hawks beat the Lopez Comets 112-108.",
            &[("Quexville Hawks", Org), ("Lopez Comets", Org)],
            &[("Quexville Hawks", Org), ("Lopez Comets", Org)],
        ),
        ("It flew the Brelford 737-700 on Monday.", &[], &[("Brelford 737-700", Misc)]),
        ("It flew the Brelford 747-400 on Monday.", &[], &[("Brelford 747-400", Misc)]),
        ("Call Corvex Radio at 212-859-1610 today.", &[("Corvex Radio", Org)], &[("Corvex Radio", Org)]),
        // A station's number is part of the broadcaster's name, not a model.
        ("She told Corvex Radio 4 on Monday.", &[("Corvex Radio", Org)], &[("Corvex Radio 4", Org)]),
        ("The Varda 787-9 jets flew.", &[("Varda", Org)], &[("Varda 787-9", Misc)]),
        // A results line's number does not reach across the line or into a person's name.
        ("Arlen Rovers 3\nDivision games resume soon.", &[("Arlen Rovers", Org)], &[("Arlen Rovers", Org)]),
        (
            "Leaders: 284 Tomas Ferrin (Spain), 285 Ola Berg.",
            &[("Tomas Ferrin", Person), ("Spain", Loc), ("Ola Berg", Person)],
            &[("Tomas Ferrin", Person), ("Spain", Loc), ("Ola Berg", Person)],
        ),
        ("Totals: 116\nBrenn Hollis batted next.", &[("Brenn Hollis", Person)], &[("Brenn Hollis", Person)]),
        // In capitals only a listed variant word names a model: "737 MAX", not "121 RBI".
        ("Carriers grounded the 737 MAX jets. He had 121 RBI last year.", &[], &[("737 MAX", Misc)]),
        // A bare repeat of a model number is no share, sum or score ("100 percent" beside "Zorvex 100").
        (
            "The Zorvex 100 index fell. He backed her 100 percent, with 100 points and $100 left; the 100 rose.",
            &[("Zorvex", Misc)],
            &[("Zorvex 100", Misc), ("100", Misc)],
        ),
        // A party after a count is no variant: "120 Labour MPs".
        ("More than 120 Labour MPs rebelled.", &[("Labour", Misc)], &[("Labour", Misc)]),
        // A listed product takes its number or version wherever it stands ("Grok 4," "GPT-4o");
        // a version after another name needs a variant word ("Vantor 2.5 Pro"), and a possessor's
        // decimal is a measure ("Corvo's 20.7 cubic foot trunk").
        ("The firm released Grok 4, its latest model, and Windows 11.", &[], &[("Grok 4", Misc), ("Windows 11", Misc)]),
        ("Users moved from GPT-4o to GPT-5 and Llama 3.1.", &[], &[("GPT-4o", Misc), ("GPT-5", Misc), ("Llama 3.1", Misc)]),
        ("Buyers tried Vantor 2.5 Pro. Shares of Corvo 2.5 rose.", &[("Corvo", Org)], &[("Vantor 2.5 Pro", Misc), ("Corvo", Org)]),
        ("Corvo's 20.7 cubic foot trunk is large.", &[("Corvo", Org)], &[("Corvo", Org)]),
        // A figure before a scale or currency word is an amount, no model number.
        ("Regulators fined Corvo 800 million euros and Vantor 20 dollars.", &[("Corvo", Org)], &[("Corvo", Org)]),
        ("Regulators fined Corvo 800 million.", &[("Corvo 800", Org)], &[("Corvo", Org)]),
        // A half-year's or a quarter's letter before three digits or more makes a model code; before
        // one or two, a period, and a fiscal year's or a currency's before any.
        ("Labs ordered more H100 chips in H1 and Q3.", &[], &[("H100", Misc)]),
        ("FY2024 sales grew and FY2025 sales fell.", &[], &[]),
        // A name the tagger ran on over a model code is the product's, even typed a place or a person;
        // over a bare number it keeps its type ("Studio 54").
        ("The Zephon Aura S24 sold well.", &[("Zephon Aura S24", Loc)], &[("Zephon Aura S24", Misc)]),
        ("Dancers filled Marlow Studio 54 again.", &[("Marlow Studio 54", Loc)], &[("Marlow Studio 54", Loc)]),
    ]);
}

#[test]
fn known_places_are_places_whatever_their_last_word() {
    let (gaz, orgs) = knowledge();
    for (text, tagged, want) in [
        // A place name ending in an organisation's word ("Bank", "Union", "Federation").
        (
            "Troops entered the West Bank. The Soviet Union fell, and the Russian Federation took its seat.",
            &[("West Bank", Org), ("Soviet Union", Org), ("Russian Federation", Org)][..],
            &[("West Bank", Loc), ("Soviet Union", Loc), ("Russian Federation", Loc)][..],
        ),
        // A listed place the tagger left out is added.
        ("Prices rose across Scandinavia and the Balkans.", &[], &[("Scandinavia", Loc), ("Balkans", Loc)]),
        // Listed groups of countries, awards and products.
        ("Leaders of the G20 met, and she won an Emmy.", &[], &[("G20", Org), ("Emmy", Misc)]),
        ("Owners of the Cybertruck complained.", &[("Cybertruck", Loc)], &[("Cybertruck", Misc)]),
        // Listed works of several words, added or retyped ("Star Trek" is no company).
        ("He watched Game of Thrones and Star Trek.", &[("Star Trek", Org)], &[("Game of Thrones", Misc), ("Star Trek", Misc)]),
        // A listed organisation the tagger cut at its first word opens the longer name it ran into.
        ("The group met. Amnesty International UK said so.", &[("International UK", Org)], &[("Amnesty International UK", Org)]),
        // Also where the tagger read the rest as a place; not a person it found there.
        ("Planned Parenthood Lakeland will sue.", &[("Parenthood Lakeland", Loc)], &[("Planned Parenthood Lakeland", Org)]),
        // A hand-listed company outweighs the tagger's person.
        ("Workers said Vodafone would cut jobs.", &[("Vodafone", Person)], &[("Vodafone", Org)]),
        // A hand-listed one-word organisation is no adjective, whatever its ending ("-an").
        ("Fighters of the Taliban seized a town.", &[("Taliban", Misc)], &[("Taliban", Org)]),
        // A country's initialism is the country, whatever the tagger voted.
        ("The USA won the final, and fans in the USA cheered.", &[("USA", Org)], &[("USA", Loc), ("USA", Loc)]),
        // An organisation name that merely ends in the same word stays one.
        ("The Brenford Bank raised rates.", &[("Brenford Bank", Org)], &[("Brenford Bank", Org)]),
    ] {
        let a = Analysis::new(text);
        let case = common(&["troops", "prices"]);
        let got = texts(&typing::retype(&a, refine(&a, tag(&a, tagged), &case, &gaz), &case, &gaz, &orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn states_and_provinces_abroad_are_places_unless_a_result_makes_them_teams() {
    let (gaz, orgs) = knowledge();
    for (text, tagged, want) in [
        // The tagger's person or organisation gives way to the list, as it would for a US state.
        (
            "Farmers in Mato Grosso protested. Bavaria's premier spoke in Xinjiang.",
            &[("Mato Grosso", Person), ("Bavaria", Org), ("Xinjiang", Person)][..],
            &[("Mato Grosso", Loc), ("Bavaria", Loc), ("Xinjiang", Loc)][..],
        ),
        // One the tagger left out is added, a longer one in place of a listed piece.
        ("Voters in Catalonia and New South Wales went to the polls.", &[("Wales", Loc)], &[("Catalonia", Loc), ("New South Wales", Loc)]),
        // A side in a result is its team, as a city is ("Queensland beat Tasmania").
        (
            "Queensland beat Tasmania by five wickets on Sunday.",
            &[("Queensland", Org), ("Tasmania", Org)],
            &[("Queensland", Org), ("Tasmania", Org)],
        ),
    ] {
        let a = Analysis::new(text);
        let case = common(&["farmers", "voters"]);
        let got = texts(&typing::retype(&a, refine(&a, tag(&a, tagged), &case, &gaz), &case, &gaz, &orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn document_typing_of_groups_products_and_organisation_cues() {
    let (gaz, orgs) = knowledge();
    let gaz_city = Gazetteer::from_text(&format!("Christian\t{}\n", 1 << CITY_BIG)).unwrap();
    let cases: &[(&Gazetteer, &OrgGazetteer, Case)] = &[
        // A religion is never a place, even when a list calls it one.
        (
            &gaz_city,
            &orgs,
            ("Christian groups and Christian leaders met.", &[("Christian", Loc)], &[("Christian", Misc), ("Christian", Misc)]),
        ),
        (&gaz, &orgs, ("The Jewish community grew.", &[("Jewish", Person)], &[("Jewish", Misc)])),
        // A known product outweighs one organisation vote.
        (&gaz, &orgs, ("Students use ChatGPT daily.", &[("ChatGPT", Org)], &[("ChatGPT", Misc)])),
        // However often the tagger says so, with its edition too.
        (
            &gaz,
            &orgs,
            (
                "Charge an iPad Pro. The iPad Pro lasts. Buy an iPad Pro.",
                &[("iPad Pro", Org)],
                &[("iPad Pro", Misc), ("iPad Pro", Misc), ("iPad Pro", Misc)],
            ),
        ),
        // So does a known product with one or two words of its edition, common nouns or not; an
        // organisation's word after it makes no edition ("Android Authority" is a site).
        (&gaz, &orgs, ("The car runs Android Auto now.", &[("Android Auto", Person)], &[("Android Auto", Misc)])),
        (&gaz, &orgs, ("It moved to Windows Server Core.", &[("Windows Server Core", Org)], &[("Windows Server Core", Misc)])),
        (&gaz, &orgs, ("Editors at Android Authority said so.", &[("Android Authority", Org)], &[("Android Authority", Org)])),
        // A listed product after its maker's name is the product, whatever the tagger said; not
        // after a census given name ("Maria Siri" is a person), nor with an organisation's word.
        (
            &gaz,
            &orgs,
            (
                "Users of Zephon Gemini and Zephon Gemini Live grew.",
                &[("Zephon Gemini", Org), ("Zephon Gemini Live", Person)],
                &[("Zephon Gemini", Misc), ("Zephon Gemini Live", Misc)],
            ),
        ),
        (&gaz, &orgs, ("Then Maria Siri said no.", &[("Maria Siri", Person)], &[("Maria Siri", Person)])),
        (&gaz, &orgs, ("Staff of Zephon Gemini Group met.", &[("Zephon Gemini Group", Org)], &[("Zephon Gemini Group", Org)])),
        (
            &gaz,
            &orgs,
            ("Fans of Android Auto Club Europe met.", &[("Android Auto Club Europe", Org)], &[("Android Auto Club Europe", Org)]),
        ),
        // Employment and corporate cues make an organisation.
        (&gaz, &orgs, ("She works at Pellory and likes it.", &[("Pellory", Person)], &[("Pellory", Org)])),
        (&gaz, &orgs, ("He is the CEO of Marbrook now.", &[("Marbrook", Loc)], &[("Marbrook", Org)])),
        (&gaz, &orgs, ("Tanvik is a subsidiary of Orlent.", &[("Tanvik", Org), ("Orlent", Person)], &[("Tanvik", Org), ("Orlent", Org)])),
        (&gaz, &orgs, ("An analyst at Quenby said so.", &[("Quenby", Person)], &[("Quenby", Org)])),
        (&gaz, &orgs, ("Drevo's founder left.", &[("Drevo", Person)], &[("Drevo", Org)])),
        // An untagged one-word name opening a sentence is one when an organisation noun stands in
        // apposition to it; another noun there makes no name.
        (&gaz, &orgs, ("Prices rose. Quorvo, the Ohio-based retailer, cut its forecast.", &[], &[("Quorvo", Org), ("Ohio", Loc)])),
        // An untagged run glued to "-based" inside its sentence is a place; not an initialism, nor a
        // word opening the sentence.
        (&gaz, &orgs, ("The data came from a Sugar Land-based provider.", &[], &[("Sugar Land", Loc)])),
        // The plural of a person's surname is the family: people, tagged or not; not without the
        // person's full name in the document.
        (
            &gaz,
            &orgs,
            (
                "Tom Halvard spoke. The Halvards sold the farm.",
                &[("Tom Halvard", Person), ("Halvards", Org)],
                &[("Tom Halvard", Person), ("Halvards", Person)],
            ),
        ),
        (
            &gaz,
            &orgs,
            (
                "Tom Halvard spoke. Critics say the Halvards profited.",
                &[("Tom Halvard", Person)],
                &[("Tom Halvard", Person), ("Halvards", Person)],
            ),
        ),
        (&gaz, &orgs, ("Critics say the Halvards profited.", &[], &[])),
        // A platform something was posted, written or shared on is an organisation; a weekday
        // after it is no part of its name.
        (&gaz, &orgs, ("The clip was posted on Vimble Tuesday by fans.", &[], &[("Vimble", Org)])),
        // A surname ending in a sibilant makes its plural in "-es".
        (
            &gaz,
            &orgs,
            (
                "Ann Morriss spoke. Critics say the Morrisses profited.",
                &[("Ann Morriss", Person)],
                &[("Ann Morriss", Person), ("Morrisses", Person)],
            ),
        ),
        (&gaz, &orgs, ("Shops sell LED-based lamps.", &[], &[])),
        (&gaz, &orgs, ("Cloud-based tools are cheap.", &[], &[])),
        (&gaz, &orgs, ("Prices rose. Quorvo, the last holdout, cut its forecast.", &[], &[])),
        // A pipeline or a spacecraft named is a product, not its operator.
        (&gaz, &orgs, ("The Torvald pipeline leaked again.", &[("Torvald", Org)], &[("Torvald", Misc)])),
        // A title after a work noun is a work.
        (&gaz, &orgs, ("The documentary Cold Harbor aired.", &[("Cold Harbor", Loc)], &[("Cold Harbor", Misc)])),
        // A person's cues still win over a lone organisation cue.
        (&gaz, &orgs, ("Mr. Pellam works at home; Pellam said so.", &[("Pellam", Person)], &[("Pellam", Person), ("Pellam", Person)])),
    ];
    for (gaz, orgs, (text, tagged, want)) in cases {
        let a = Analysis::new(text);
        let got = texts(&typing::retype(&a, tag(&a, tagged), &CaseDict::default(), gaz, orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn party_adjectives_the_tagger_left_out_are_misc() {
    let case = common(&["a"]);
    let cases: &[Case] = &[
        ("Ana Ruiz, the Conservative leader, spoke.", &[("Ana Ruiz", Person)], &[("Ana Ruiz", Person), ("Conservative", Misc)]),
        ("A Libertarian candidate ran.", &[], &[("Libertarian", Misc)]),
        // Not opening a sentence, inside a name or before a capitalised word.
        ("Conservative estimates show growth.", &[], &[]),
        ("Fans of Old Conservative beer met.", &[], &[]),
        ("The Conservative Party met today.", &[], &[("Conservative Party", Org)]),
    ];
    check_refine_with(cases, &case, &Gazetteer::default());
}

#[test]
fn doctrines_are_misc() {
    let (gaz, orgs) = knowledge();
    let case = common(&["tourism"]);
    let cases: &[Case] = &[
        // Tagged otherwise or untagged, even opening a sentence.
        ("Velarism and Kordism were debated at length.", &[("Kordism", Org)], &[("Velarism", Misc), ("Kordism", Misc)]),
        // Not a common noun, a short word or one glued after a prefix.
        ("Tourism is booming; the prism broke; anti-Velarism grew.", &[], &[]),
        // A publisher's cue still makes an outlet named so an organisation.
        ("The essay was first published by Kordism today.", &[("Kordism", Org)], &[("Kordism", Org)]),
    ];
    for (text, tagged, want) in cases {
        let a = Analysis::new(text);
        let got = texts(&typing::retype(&a, refine(&a, tag(&a, tagged), &case, &gaz), &case, &gaz, &orgs));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn a_research_role_between_two_names_makes_the_first_an_organisation() {
    let (gaz, orgs) = knowledge();
    let case = common(&["industry"]);
    let cases: &[Case] = &[
        // Tagged a place, or untagged even opening the sentence.
        (
            "Shares fell, Pellory analyst Ana Ruiz said.",
            &[("Pellory", Loc), ("Ana Ruiz", Person)],
            &[("Pellory", Org), ("Ana Ruiz", Person)],
        ),
        ("Quenby economist Ana Ruiz said so.", &[("Ana Ruiz", Person)], &[("Quenby", Org), ("Ana Ruiz", Person)]),
        // Not a party or a nationality, nor a common word opening the sentence, nor with no name after.
        (
            "Democratic strategist Ana Ruiz said so.",
            &[("Democratic", Misc), ("Ana Ruiz", Person)],
            &[("Democratic", Misc), ("Ana Ruiz", Person)],
        ),
        (
            "Industry analysts Ana Ruiz and Tom Lee said so.",
            &[("Ana Ruiz", Person), ("Tom Lee", Person)],
            &[("Ana Ruiz", Person), ("Tom Lee", Person)],
        ),
        ("Quenby analysts said so.", &[], &[]),
    ];
    check_typing(cases, &case, &gaz, &orgs);
}

#[test]
fn hyphenated_definitions_of_common_acronyms() {
    for (text, acr, common) in [
        ("Over the medium-term budget plan (MTBP) spending rises.", "MTBP", true),
        ("It is a long-range strike weapon (LRSW) test.", "LRSW", true),
        ("The Cross-Border Trade Office (CBTO) met.", "CBTO", false),
    ] {
        let a = Analysis::new(text);
        assert_eq!(bounds::common_acronyms(&a).contains(acr), common, "{text}");
    }
    // The acronym's mentions go with the definition.
    check_refine(&[("A medium-term budget plan (MTBP) is due. The MTBP slips.", &[("MTBP", Org)], &[])]);
}

#[test]
fn plural_common_acronyms_leave_names() {
    check_refine(&[
        // A plural acronym of a common noun is no part of the name before it, nor a name alone.
        ("Dozens of Vantish MPs rebelled.", &[("Vantish MPs", Person)], &[("Vantish", Person)]),
        ("Labour MPs rebelled.", &[("Labour", Org), ("MPs", Person)], &[("Labour", Org)]),
        // Technical and financial acronyms of common nouns are no names (`not_name_acronyms.txt`),
        // an initialism of a name that looks like one stays ("IRA" of the Irish Republican Army).
        (
            "The HVAC unit, two USB ports and HDMI failed; his IRAs and the GMT clock did not.",
            &[("HVAC", Org), ("USB", Misc), ("HDMI", Org), ("IRAs", Misc), ("GMT", Misc)],
            &[],
        ),
        ("The IRA declared a ceasefire.", &[("IRA", Org)], &[("IRA", Org)]),
        // So is a listed one's plural, listed or not ("ICUs" of "ICU"; "SUVs" of "SUV"), also ending a name.
        ("Beds in ICUs ran out; Dorvane SUVs sold.", &[("ICUs", Org), ("Dorvane SUVs", Org)], &[("Dorvane", Org)]),
        // A singular one may end a product's or company's name.
        (
            "Fans watched Corvo TV and used Clipboard AI.",
            &[("Corvo TV", Org), ("Clipboard AI", Org)],
            &[("Corvo TV", Org), ("Clipboard AI", Org)],
        ),
    ]);
}

#[test]
fn a_plus_sign_glued_to_a_name_makes_a_service() {
    let cases: &[Case] = &[
        ("Disney+ and Apple TV+ gained users.", &[("Disney", Org), ("Apple TV", Org)], &[("Disney+", Misc), ("Apple TV+", Misc)]),
        // Not a sign with a space before it, nor one that goes on into a word or another sign.
        (
            "Acme + Zeta merged. Kestrel+Zeta and Vorn++ failed.",
            &[("Acme", Org), ("Kestrel", Org), ("Vorn", Org)],
            &[("Acme", Org), ("Kestrel", Org), ("Vorn", Org)],
        ),
    ];
    for (text, tagged, want) in cases {
        let a = Analysis::new(text);
        let got = texts(&super::misc::plus_services(&a, tag(&a, tagged)));
        assert_eq!(got, owned(want), "{text}");
    }
}

#[test]
fn quoted_titles_are_misc() {
    check_refine(&[
        (
            "The band played hits like “Harbor Lights” and “The Slow River Blues” last night.",
            &[("Harbor", Loc)],
            &[("Harbor Lights", Misc), ("Slow River Blues", Misc)],
        ),
        // Straight marks open only with a space before and none after: a closing one does not.
        ("Fans sang \"Harbor Lights\" and \"Slow River\" again.", &[], &[("Harbor Lights", Misc), ("Slow River", Misc)]),
        ("Fans said \"no\" Harbor Lights Fest \"fans\" left.", &[], &[]),
        // Speech, not a title: attributed after it or introduced before it.
        ("“Game On,” she said.", &[], &[]),
        ("She said: “Thank You All.”", &[], &[]),
        // A nickname after the person it names, or opening with a title.
        ("He called Ana Ruiz “Iron Lady” again.", &[("Ana Ruiz", Person)], &[("Ana Ruiz", Person)]),
        ("Critics dubbed him “Mr Clean” for years.", &[], &[]),
        // After a possessive, a person's, an organisation's or a year's work.
        ("They played 1978's “Blue Meridian Nights” again.", &[], &[("Blue Meridian Nights", Misc)]),
        // Two small words between capitalised ones stay in the title.
        ("Critics loved “The Boy and the Heron” most.", &[("Heron", Loc)], &[("Boy and the Heron", Misc)]),
        // A subtitle after a colon is the title's.
        ("Fans lined up for “Harbor: The Long Night” on Friday.", &[("Long Night", Misc)], &[("Harbor: The Long Night", Misc)]),
        // A quoted place the tagger found whole keeps its type; one word is no title.
        ("They played at the “Caja Verde” arena and sang “Hello” twice.", &[("Caja Verde", Loc)], &[("Caja Verde", Loc)]),
        // After an organisation's possessive a quoted organisation's name is its programme.
        ("She told Vorn's “Harbor Union” on Sunday.", &[("Vorn", Org), ("Harbor Union", Org)], &[("Vorn", Org), ("Harbor Union", Misc)]),
        // After a person's possessive, a quoted organisation's name is their work.
        (
            "Mira Vell's \"The Salt Orchard,\" a quiet drama, won.",
            &[("Mira Vell", Person), ("Salt Orchard", Org)],
            &[("Mira Vell", Person), ("Salt Orchard", Misc)],
        ),
        // One word is a title beside longer titles of its sentence, not speech there.
        (
            "They released “Off the Reef” in 1979, “Glider” in 1982 and “Bad” in 1987.",
            &[],
            &[("Off the Reef", Misc), ("Glider", Misc), ("Bad", Misc)],
        ),
        ("She sang “Glider” and called it “Slow Harbor Blues.” “Great,” he said.", &[], &[("Glider", Misc), ("Slow Harbor Blues", Misc)]),
        // Not after a work noun: the tagger's organisation there is the title.
        (
            "Her latest album, “The Quiet Records Department,” topped the chart.",
            &[("Quiet Records Department", Org)],
            &[("Quiet Records Department", Misc)],
        ),
    ]);
}

#[test]
fn a_sides_name_and_a_number_are_its_score_in_sports() {
    check_refine(&[
        (
            "Vell beat Tarn in the league. Scores: Tarn 287 (Okoro 73) and 41; Vell 352\nIt earned Vell 21 points after Tarn's first-innings 287. Vell 6 routers sold.",
            &[
                ("Vell", Org),
                ("Tarn", Org),
                ("Tarn 287", Misc),
                ("Okoro", Person),
                ("Vell 352", Misc),
                ("Vell 21", Misc),
                ("Tarn", Org),
                ("287", Misc),
                ("Vell 6", Misc),
            ],
            // (Not before another word: "Vell 6 routers".)
            &[
                ("Vell", Org),
                ("Tarn", Org),
                ("Tarn", Org),
                ("Okoro", Person),
                ("Vell", Org),
                ("Vell", Org),
                ("Tarn", Org),
                ("Vell 6", Misc),
            ],
        ),
        // A number with a leading zero, or one before a capitalised word, ends or opens a club's name.
        (
            "Vell beat Tarn in the league. Tarn 04 lost to 1860 Vell.",
            &[("Vell", Org), ("Tarn", Org), ("Tarn 04", Misc), ("1860", Misc), ("Vell", Org)],
            &[("Vell", Org), ("Tarn", Org), ("Tarn 04", Misc), ("1860", Misc), ("Vell", Org)],
        ),
        // Outside sports a maker's name and a number are a model.
        ("Vell delivered the Vell 737 to a carrier.", &[("Vell", Org), ("Vell 737", Misc)], &[("Vell", Org), ("Vell 737", Misc)]),
    ]);
}

#[test]
fn market_data_codes_are_no_names() {
    check_refine(&[
        (
            "The Dow .DJI fell while yields US10YT=RR rose and Brent LCOc1 slipped.",
            &[("Dow", Misc), ("DJI", Org), ("US10YT", Misc), ("Brent LCOc1", Person)],
            &[("Dow", Misc), ("Brent", Person)],
        ),
        // A name after a stray dot in a results list stays.
        ("8 .Ana Ruiz (Spain) won.", &[("Ana Ruiz", Person), ("Spain", Loc)], &[("Ana Ruiz", Person), ("Spain", Loc)]),
    ]);
}

#[test]
fn currency_letters_and_financial_acronyms_are_no_names() {
    check_refine(&[
        // The letters of a currency's sign belong to the amount, against it or a space before it.
        ("It pledged C$2 billion, HK $ 3 billion and E£5 million.", &[("C", Misc), ("HK", Misc), ("E", Misc)], &[]),
        (
            "Profit rose US$4 million in the U.S. and Canada.",
            &[("US", Loc), ("U.S.", Loc), ("Canada", Loc)],
            &[("U.S.", Loc), ("Canada", Loc)],
        ),
        // Not letters before another sign, nor a name before a spaced figure.
        ("Sales at HK rose $5 million, and Ana C $ … said.", &[("HK", Loc)], &[("HK", Loc)]),
        // A currency's code before its figure is the amount's; not one standing alone.
        ("It costs EUR 84bn and USD 5 million, more than the EUR estimate.", &[("EUR", Org), ("USD", Org), ("EUR", Org)], &[("EUR", Org)]),
        // An accounting term in capitals is no organisation.
        ("Underlying EBITDA rose, while LNG prices fell.", &[("EBITDA", Org), ("LNG", Org)], &[]),
    ]);
}

#[test]
fn a_makers_name_and_a_models_are_a_product() {
    let (gaz, orgs) = knowledge();
    // "defense" is a common noun in running text: "Varden Defense" is a division, not a model.
    let case = common(&["defense"]);
    let cases: &[Case] = &[
        // The document names the maker alone as an organisation; the tagger reads maker and model as a
        // person or a place.
        (
            "Shares of Varden rose as the new Varden Sentrix went on sale.",
            &[("Varden", Org), ("Varden Sentrix", Person)],
            &[("Varden", Org), ("Varden Sentrix", Misc)],
        ),
        (
            "Quorvo shut the Quorvo Stadix service. Quorvo said so.",
            &[("Quorvo", Org), ("Quorvo Stadix", Loc), ("Quorvo", Org)],
            &[("Quorvo", Org), ("Quorvo Stadix", Misc), ("Quorvo", Org)],
        ),
        // Not when the maker is never an organisation alone, the tagger calls the whole one, or a
        // model word is a common noun.
        ("The new Varden Sentrix goes on sale.", &[("Varden Sentrix", Person)], &[("Varden Sentrix", Person)]),
        (
            "Shares of Varden rose and Varden Sentrix grew.",
            &[("Varden", Org), ("Varden Sentrix", Org)],
            &[("Varden", Org), ("Varden Sentrix", Org)],
        ),
        (
            "Shares of Varden rose and Varden Defense grew.",
            &[("Varden", Org), ("Varden Defense", Loc)],
            &[("Varden", Org), ("Varden Defense", Loc)],
        ),
        // Nor in a headline only, where every word is capitalised.
        (
            "Varden Shares Fall\nVarden said sales fell.",
            &[("Varden Shares", Person), ("Varden", Org)],
            &[("Varden Shares", Person), ("Varden", Org)],
        ),
    ];
    check_typing(cases, &case, &gaz, &orgs);
}
