//! Speaker cases by class (issue 10), written for these tests: each text with
//! its tagged names and every quote it must give with its speaker ("" for
//! none). Classes: 1 descriptions, 2 unnamed spokespeople, 3 pronouns and
//! continued speakers, 4 attribution shapes, 5 the subject's head rather than
//! the nearest capitalised word, 6 titles and slogans that are not quotes,
//! 7 quotation marks written as two apostrophes, and organisation speakers.

use super::tests::run;
use crate::extract::EntityType;
use EntityType::{Loc as L, Misc as M, Org as O, Person as P};

/// (class, text, tagged names, [(quote text, speaker)]).
pub(super) type SpeakerCase = (u8, &'static str, &'static [(&'static str, EntityType)], &'static [(&'static str, &'static str)]);

const CASES: &[SpeakerCase] = &[
    // 1. Descriptions resolve to the person the text gave those facts.
    (
        1,
        "Jose Mourinho, 56, was appointed on Wednesday.\n\n“I am very happy,” the 56-year-old said.",
        &[("Jose Mourinho", P)],
        &[("I am very happy,", "Jose Mourinho")],
    ),
    // A number word opening a hyphenated modifier is part of the description, no determiner.
    (
        1,
        "Gov. Ana Ruiz toured the damage on Monday. The two-term governor called the flood “the worst in a century” and asked for aid.",
        &[("Ana Ruiz", P)],
        &[("the worst in a century", "Ana Ruiz")],
    ),
    // A name after its organisation, a domain word and a role is its clause's subject, so a later
    // description is that person, not the earlier speaker ("UN climate chief X admitted …").
    (
        1,
        "Delegate Mara Venn called the text weak. “It is a poor deal,” she said.\n\nUN climate chief Tobin Haskett admitted that nobody was happy. “This goal is a floor, not a ceiling,” the former minister said.",
        &[("Mara Venn", P), ("UN", O), ("Tobin Haskett", P)],
        &[("It is a poor deal,", "Mara Venn"), ("This goal is a floor, not a ceiling,", "Tobin Haskett")],
    ),
    // A role opening a sentence with a common possessor introduces someone unnamed: the role's
    // later "the finance director said" is not the salient councillor, and is the person the
    // text names with the role in the next paragraph.
    (
        1,
        "Mayor Ana Ruiz praised the deal. Councillor Tom Bell voted against it.\n\nThe city's finance director warned that reserves were thin. “We cannot do this twice,” the finance director said.",
        &[("Ana Ruiz", P), ("Tom Bell", P)],
        &[("We cannot do this twice,", "")],
    ),
    // So is "she said" after it: the unnamed director speaks, not the salient mayor.
    (
        3,
        "Mayor Ana Ruiz praised the deal. Councillor Tom Bell voted against it.\n\nThe city's finance director warned that reserves were thin. “We cannot do this twice,” she said.",
        &[("Ana Ruiz", P), ("Tom Bell", P)],
        &[("We cannot do this twice,", "")],
    ),
    (
        1,
        "Mayor Ana Ruiz praised the deal. Councillor Tom Bell voted against it.\n\nThe county's budget director urged caution. “Reserves are thin,” the director said.\n\nThe director, Paul Minsky, has served since 2019.",
        &[("Ana Ruiz", P), ("Tom Bell", P), ("Paul Minsky", P)],
        &[("Reserves are thin,", "Paul Minsky")],
    ),
    (
        1,
        "Mayor Ana Ruiz praised the deal. Councillor Tom Bell voted against it.\n\nThe county's budget director urged caution. “Reserves are thin,” the director said.\n\nLater, Bell spoke. Later still, Ruiz spoke.\n\nThe director, Paul Minsky, has served since 2019.",
        &[("Ana Ruiz", P), ("Tom Bell", P), ("Paul Minsky", P)],
        &[("Reserves are thin,", "")],
    ),
    // A name no census list genders takes the gender of the pronouns after it in sentences that name
    // that person alone, or of the noun a copula gives it: "he" is then someone else.
    (
        3,
        "Zorva Keel was elected in 2018. Keel said she would not be intimidated. Keel thanked her staff on Friday.\n\nDren Mattock was arrested in April.\n\nKeel has served since then. The staff member who took the call recalled that he said, “I will hurt her badly, you hear me.”",
        &[("Zorva Keel", P), ("Keel", P), ("Dren Mattock", P)],
        &[("I will hurt her badly, you hear me.", "Dren Mattock")],
    ),
    (
        3,
        "Zorva Keel was elected in 2018.\n\nDren Mattock was arrested in April.\n\nKeel is one of the first two women elected there. The staff member who took the call recalled that he said, “I will hurt her badly, you hear me.”",
        &[("Zorva Keel", P), ("Keel", P), ("Dren Mattock", P)],
        &[("I will hurt her badly, you hear me.", "Dren Mattock")],
    ),
    // A person noun after a named possessor is someone else: "Pike's lawyer said" is not Pike
    // (unnamed, unless the text gave someone that role), nor is "Pike's aide, who …, said";
    // an apposition that names the person still does ("Pike's husband, Tom Pike, said").
    (
        1,
        "Senator Joan Pike faced questions on Monday.\n\nPike's lawyer said the charges were “a stunt by her rivals.”",
        &[("Joan Pike", P), ("Pike", P)],
        &[("a stunt by her rivals.", "")],
    ),
    (
        1,
        "Senator Joan Pike hired Dan Ortiz, a lawyer, in May.\n\nPike's lawyer said the charges were “a stunt by her rivals.”",
        &[("Joan Pike", P), ("Dan Ortiz", P), ("Pike", P)],
        &[("a stunt by her rivals.", "Dan Ortiz")],
    ),
    (
        1,
        "Senator Joan Pike faced questions on Monday.\n\nPike's longtime aide, who asked not to be named, said she was “tired but ready.”",
        &[("Joan Pike", P), ("Pike", P)],
        &[("tired but ready.", "")],
    ),
    (
        1,
        "Senator Joan Pike faced questions on Monday.\n\nPike's husband, Tom Pike, said he was “proud of how she handled it.”",
        &[("Joan Pike", P), ("Pike", P), ("Tom Pike", P)],
        &[("proud of how she handled it.", "Tom Pike")],
    ),
    // A name that is no subject in a sentence where someone unnamed speaks is not what a later
    // "he said" stands for: the unnamed speaker goes on.
    (
        3,
        "Prosecutors said Abel Banis, the former president, was questioned.\n\nA spokesman said in response that Iran had requested Banis's extradition.\n\n“We submitted the request days ago,” he said.",
        &[("Abel Banis", P), ("Iran", L), ("Banis", P)],
        &[("We submitted the request days ago,", "")],
    ),
    // A verb after the quote that names no one gives way to the verb right before it that does:
    // the words are his, reported by the office.
    (
        4,
        "Tom Reyes was charged in May.\n\nDuring the call, he asked about the fund and said, “somebody ought to pay for this,” the prosecutor's office said.",
        &[("Tom Reyes", P)],
        &[("somebody ought to pay for this,", "Tom Reyes")],
    ),
    // A pronoun opening a clause of coordinated verbs is their subject, not a person named as an object.
    (
        4,
        "Tom Reyes was charged in May.\n\nDuring the call, he asked about the fund, called Ann Lee a “liar” and said, “somebody ought to pay,” the office said.",
        &[("Tom Reyes", P), ("Ann Lee", P)],
        &[("somebody ought to pay,", "Tom Reyes")],
    ),
    // A participle of the quoted sentence is no attribution; the inverted verb after its comma is.
    (
        4,
        "“We want a bigger deal than the little deal” announced in October, said Derek Sloane, a scholar at the institute.",
        &[("Derek Sloane", P)],
        &[("We want a bigger deal than the little deal", "Derek Sloane")],
    ),
    // A verb characterising something "as" the quoted words attributes them to its subject; a
    // reporting verb before it in the clause still speaks for the whole.
    (
        4,
        "Acme Corp has long defended privacy, which the company views as “a basic right of every user.”",
        &[("Acme Corp", O)],
        &[("a basic right of every user.", "Acme Corp")],
    ),
    (
        4,
        "The ministry report came out. The Pentagon rejected the report as “deeply flawed and misleading.”",
        &[("Pentagon", O)],
        &[("deeply flawed and misleading.", "Pentagon")],
    ),
    (
        4,
        "Acme Corp shares fell. Brindle Bank said it viewed the deal as “a serious threat to the market.”",
        &[("Acme Corp", O), ("Brindle Bank", O)],
        &[("a serious threat to the market.", "Brindle Bank")],
    ),
    (
        4,
        "Ana Ruiz left. The plan was described as “a serious threat to the market.”",
        &[("Ana Ruiz", P)],
        &[("a serious threat to the market.", "")],
    ),
    // Verbs of shouting and singing report speech too.
    (4, "Tom Hale shrieked at the referee: “You cheated us.”", &[("Tom Hale", P)], &[("You cheated us.", "Tom Hale")]),
    // A relative clause after a description is skipped, whoever it names.
    (
        1,
        "Tom Kessler retired on Monday.\n\nThe Englishman, who lost his title to Marco Villa in March, said: “I was in shock.”",
        &[("Tom Kessler", P), ("Marco Villa", P)],
        &[("I was in shock.", "Tom Kessler")],
    ),
    (
        1,
        "Maria Cruz joined the clinic in May. The nurse, who treated Alan Pike after the crash, said: “He was lucky.”",
        &[("Maria Cruz", P), ("Alan Pike", P)],
        &[("He was lucky.", "Maria Cruz")],
    ),
    (
        1,
        "Portuguese coach Jose Mourinho and Dutch winger Arjen Robben met the press. “The squad is strong,” the Portuguese boss said.",
        &[("Jose Mourinho", P), ("Arjen Robben", P)],
        &[("The squad is strong,", "Jose Mourinho")],
    ),
    (
        1,
        "Portuguese coach Jose Mourinho and Dutch winger Arjen Robben met the press. “I feel fit,” the Dutchman said.",
        &[("Jose Mourinho", P), ("Arjen Robben", P)],
        &[("I feel fit,", "Arjen Robben")],
    ),
    (
        1,
        "Republican Gov. Mike Pence and Democratic Sen. Joe Donnelly toured the plant. “This is a great day,” the Republican governor said.",
        &[("Mike Pence", P), ("Joe Donnelly", P)],
        &[("This is a great day,", "Mike Pence")],
    ),
    (
        1,
        "Republican Gov. Mike Pence and Democratic Sen. Joe Donnelly toured the plant. “We need more jobs,” the Democrat said.",
        &[("Mike Pence", P), ("Joe Donnelly", P)],
        &[("We need more jobs,", "Joe Donnelly")],
    ),
    (
        1,
        "Maria Lopez, a 34-year-old nurse, and Tom Reyes, 61, spoke to reporters. “I was scared,” the 34-year-old said.",
        &[("Maria Lopez", P), ("Tom Reyes", P)],
        &[("I was scared,", "Maria Lopez")],
    ),
    (
        1,
        "Maria Lopez, a 34-year-old nurse, and Tom Reyes, 61, spoke to reporters. “We lost everything,” the 61-year-old said.",
        &[("Maria Lopez", P), ("Tom Reyes", P)],
        &[("We lost everything,", "Tom Reyes")],
    ),
    (
        1,
        "Maria Lopez, a 34-year-old nurse, and Tom Reyes, 61, spoke to reporters. “We lost everything,” said the 61-year-old.",
        &[("Maria Lopez", P), ("Tom Reyes", P)],
        &[("We lost everything,", "Tom Reyes")],
    ),
    // A relative clause after the inverted description is no name after a comma.
    (
        1,
        "Maria Lopez, a 34-year-old nurse, and Tom Reyes, 61, spoke to reporters. “We lost everything,” said the 61-year-old, who has farmed here since 1990.",
        &[("Maria Lopez", P), ("Tom Reyes", P)],
        &[("We lost everything,", "Tom Reyes")],
    ),
    (
        1,
        "Tom Reyes was appointed coach in May. “We can win this league,” said the coach, who signed a three-year deal.",
        &[("Tom Reyes", P)],
        &[("We can win this league,", "Tom Reyes")],
    ),
    (
        1,
        "Kim Park (42) runs the bakery. “Business is slow,” the 42-year-old said.",
        &[("Kim Park", P)],
        &[("Business is slow,", "Kim Park")],
    ),
    (1, "Tom Reyes, 61, spoke first. “It was fine,” the 30-year-old said.", &[("Tom Reyes", P)], &[("It was fine,", "")]),
    (1, "Tom Reyes left early. “It was far too loud,” the man said.", &[("Tom Reyes", P)], &[("It was far too loud,", "")]),
    (
        1,
        "Gov. Mike Pence visited Gary on Monday. Later the governor said the plant was “a model for the state.”",
        &[("Mike Pence", P), ("Gary", L)],
        &[("a model for the state.", "Mike Pence")],
    ),
    (
        1,
        "Sen. Ann Lee and Sen. Bob Hart debated on Monday. Hart spoke last and drew applause. “We won tonight,” the senator said.",
        &[("Ann Lee", P), ("Bob Hart", P), ("Hart", P)],
        &[("We won tonight,", "Hart")],
    ),
    (
        1,
        "The new coach, Luis Garcia, a Spaniard, arrived in May. “We will fight for every ball,” the Spanish coach said.",
        &[("Luis Garcia", P)],
        &[("We will fight for every ball,", "Luis Garcia")],
    ),
    (
        1,
        "Tottenham manager Jose Mourinho watched from the stands. “We were unlucky,” the former Chelsea manager said.",
        &[("Jose Mourinho", P), ("Tottenham", O), ("Chelsea", O)],
        &[("We were unlucky,", "Jose Mourinho")],
    ),
    (
        1,
        "Rep. Jane Roe (R-Ohio) and Rep. Tom Diaz (D-Texas) met on Friday. “There is no deal yet,” the Democrat said.",
        &[("Jane Roe", P), ("Tom Diaz", P)],
        &[("There is no deal yet,", "Tom Diaz")],
    ),
    (
        1,
        "Jose Mourinho, a Portuguese, took over in November. “The players responded well,” Tottenham's Portuguese manager said.",
        &[("Jose Mourinho", P), ("Tottenham", O)],
        &[("The players responded well,", "Jose Mourinho")],
    ),
    (
        1,
        "Chancellor Ana Ruiz, 58, met Tom Reyes, 33, in Berlin. Ruiz praised the talks. “We made progress,” the 33-year-old said.",
        &[("Ana Ruiz", P), ("Ruiz", P), ("Tom Reyes", P), ("Berlin", L)],
        &[("We made progress,", "Tom Reyes")],
    ),
    // A given name the census gives women that other languages give men ("Jean") gives no gender.
    (
        3,
        "Peter Holt chairs the board.\n\nJean Morel, head of the agency, said the region needed doses. “We have only a few,” he said.",
        &[("Peter Holt", P), ("Jean Morel", P)],
        &[("We have only a few,", "Jean Morel")],
    ),
    // 2. Unnamed spokespeople speak for their organisation; a later "she" is the same speaker.
    (2, "“We will appeal,” a spokeswoman for Acme Corp said.", &[("Acme Corp", O)], &[("We will appeal,", "Acme Corp")]),
    (2, "“We will appeal,” an Acme Corp spokesman said.", &[("Acme Corp", O)], &[("We will appeal,", "Acme Corp")]),
    (2, "“We will appeal,” said a spokesperson for Acme Corp.", &[("Acme Corp", O)], &[("We will appeal,", "Acme Corp")]),
    // A business described by its place is the one the text named ("the Detroit automaker"); a body
    // of a place is none ("the French foreign ministry").
    (
        2,
        "Shares of Vornel Motors fell. A spokesman for the Marlow automaker said it was “prepared for a range of outcomes.”",
        &[("Vornel Motors", O), ("Marlow", L)],
        &[("prepared for a range of outcomes.", "Vornel Motors")],
    ),
    (
        2,
        "Shares of Vornel Motors fell. A spokesman for the Marlow foreign ministry said it was “prepared for a range of outcomes.”",
        &[("Vornel Motors", O), ("Marlow", L)],
        &[("prepared for a range of outcomes.", "")],
    ),
    (
        2,
        "A spokeswoman for Harbor Bank said the bank would appeal. “We disagree with the ruling,” she said.",
        &[("Harbor Bank", O)],
        &[("We disagree with the ruling,", "Harbor Bank")],
    ),
    (
        2,
        "Harbor Bank's spokesman declined to give details. “We are reviewing the letter,” he said.",
        &[("Harbor Bank", O)],
        &[("We are reviewing the letter,", "Harbor Bank")],
    ),
    (
        2,
        "The rule is “badly flawed,” according to a spokesman for the Labor Department.",
        &[("Labor Department", O)],
        &[("badly flawed,", "Labor Department")],
    ),
    (
        2,
        "Engineer Tom Reyes led the design. A spokeswoman for the state Department of Health said the agency would review it. “We have no application yet,” she said.",
        &[("Tom Reyes", P), ("Department of Health", O)],
        &[("We have no application yet,", "Department of Health")],
    ),
    (2, "Acme Corp cut 300 jobs. “We regret it,” a company spokesperson said.", &[("Acme Corp", O)], &[("We regret it,", "Acme Corp")]),
    (
        2,
        "“We will appeal,” said Jane Roe, a spokeswoman for Acme Corp.",
        &[("Jane Roe", P), ("Acme Corp", O)],
        &[("We will appeal,", "Jane Roe")],
    ),
    (2, "“We will appeal,” Acme Corp spokeswoman Jane Roe said.", &[("Jane Roe", P), ("Acme Corp", O)], &[("We will appeal,", "Jane Roe")]),
    (
        2,
        "A spokesman for Acme Corp said nothing. Maria Lopez disagreed. “It is wrong,” she said.",
        &[("Acme Corp", O), ("Maria Lopez", P)],
        &[("It is wrong,", "Maria Lopez")],
    ),
    (
        2,
        "A spokeswoman for Harbor Bank said on Monday the bank would appeal.\n\nThe ruling came after a long trial.\n\n“We will fight this,” the spokeswoman said.",
        &[("Harbor Bank", O)],
        &[("We will fight this,", "Harbor Bank")],
    ),
    (2, "“We are ready for talks,” a White House spokesman said.", &[("White House", O)], &[("We are ready for talks,", "White House")]),
    (
        2,
        "A spokeswoman for Harbor Bank said the bank would appeal.\n\n“We disagree with the ruling,” she said.",
        &[("Harbor Bank", O)],
        &[("We disagree with the ruling,", "Harbor Bank")],
    ),
    (2, "“The vote will pass,” a party source said.", &[], &[("The vote will pass,", "")]),
    (2, "“We are hopeful,” one official said on Monday.", &[], &[("We are hopeful,", "")]),
    // 2. A spokesperson named in apposition after the phrase and its principal is that person, and
    // the subject a later "he" stands for.
    (
        2,
        "A spokesperson for Veland's foreign ministry, Tovan Arle, told a briefing that the case was closed. “No country should interfere,” he said.",
        &[("Veland", L), ("Tovan Arle", P)],
        &[("No country should interfere,", "Tovan Arle")],
    ),
    // 3. Pronouns across paragraphs, gender agreement, quote-only paragraphs.
    // What the text says of a person's gender outweighs the census's reading of the first name
    // ("spokesman"); a name borne by both sexes or led by a surname gives none ("Kelly", "Lin").
    (
        3,
        "Lin Daxu, a spokesman for the port, said the strike was over. Mary Voss disagreed.\n\n“We are back at work,” he said.",
        &[("Lin Daxu", P), ("Mary Voss", P)],
        &[("We are back at work,", "Lin Daxu")],
    ),
    (
        3,
        "Chief executive Kelly Ortvann, who took over in August, said in a memo that he was “pleased” with the deal. “There is a lot of work ahead,” he wrote.",
        &[("Kelly Ortvann", P)],
        &[("There is a lot of work ahead,", "Kelly Ortvann")],
    ),
    // A coordinated person after an age is no apposition: "his wife" gives Tom Reyes no gender.
    (
        3,
        "Tom Reyes, 61, and his wife, Peggy, moved to Leeds. Deputy Dan Sprake signed the papers.\n\n“It was the best year of my life,” Reyes said. “I will miss it,” he added.",
        &[("Tom Reyes", P), ("Peggy", P), ("Leeds", L), ("Dan Sprake", P), ("Reyes", P)],
        &[("It was the best year of my life,", "Reyes"), ("I will miss it,", "Reyes")],
    ),
    // Past a sentence whose subject is the same pronoun, a possessor further back is no antecedent;
    // a sentence without that chain still gives its object or possessor.
    (
        3,
        "Senator Paul Rider says he felt bound to confront the donor. The trip meant two days at Tom Vance’s ranch.\n\nDuring the trip, he was seen walking with Vance near the lake. “I ended it in person,” he told the committee.",
        &[("Paul Rider", P), ("Tom Vance", P), ("Vance", P)],
        &[("I ended it in person,", "Paul Rider")],
    ),
    (
        3,
        "The award went to Tom Vance’s brother, Carl Vance.\n\n“I am grateful,” he said.",
        &[("Tom Vance", P), ("Carl Vance", P)],
        &[("I am grateful,", "Carl Vance")],
    ),
    // A quoted sentence after one sourced "according to X" is X's; nobody's when X is unnamed.
    (
        3,
        "Tom Hale backed the plan. According to council member Ana Ruiz, the plan costs too much. “We are paying outsiders.”",
        &[("Tom Hale", P), ("Ana Ruiz", P)],
        &[("We are paying outsiders.", "Ana Ruiz")],
    ),
    (
        3,
        "Tom Hale backed the plan. The mayor disagreed, according to a statement from her office. “This budget keeps our promises.”",
        &[("Tom Hale", P)],
        &[("This budget keeps our promises.", "")],
    ),
    (
        3,
        "Maria Lopez has run the shelter since 2010.\n\n“We never turn anyone away,” she said.",
        &[("Maria Lopez", P)],
        &[("We never turn anyone away,", "Maria Lopez")],
    ),
    (
        3,
        "Tom Reyes and Maria Lopez met on Monday.\n\n“It went well,” she said.",
        &[("Tom Reyes", P), ("Maria Lopez", P)],
        &[("It went well,", "Maria Lopez")],
    ),
    (
        3,
        "Tom Reyes and Maria Lopez met on Monday.\n\n“It went well,” he said.",
        &[("Tom Reyes", P), ("Maria Lopez", P)],
        &[("It went well,", "Tom Reyes")],
    ),
    (
        3,
        "“We start in May,” Smith said.\n\nThe project will cost $5 million.\n\n“Nobody expected it to be this fast.”",
        &[("Smith", P)],
        &[("We start in May,", "Smith"), ("Nobody expected it to be this fast.", "Smith")],
    ),
    (
        3,
        "“Sales are up,” Tom Reyes said.\n\n“That is not true,” Maria Lopez replied.\n\n“The numbers are clear,” he said.",
        &[("Tom Reyes", P), ("Maria Lopez", P)],
        &[("Sales are up,", "Tom Reyes"), ("That is not true,", "Maria Lopez"), ("The numbers are clear,", "Tom Reyes")],
    ),
    (
        3,
        "Asked whether Tom Reyes would run again, Maria Lopez said: “He has not decided.”",
        &[("Tom Reyes", P), ("Maria Lopez", P)],
        &[("He has not decided.", "Maria Lopez")],
    ),
    (
        3,
        "Lopez spoke on Friday. Asked about Reyes, he said: “He is a friend.”",
        &[("Lopez", P), ("Reyes", P)],
        &[("He is a friend.", "Lopez")],
    ),
    (
        3,
        "Sen. Bob Hart spoke on Tuesday.\n\nWhen asked whether the plan would pass, he said: “We have the votes.”",
        &[("Bob Hart", P)],
        &[("We have the votes.", "Bob Hart")],
    ),
    (
        3,
        "Maria Lopez is the mayor. The council voted against Tom Reyes's plan. “It was a fair vote,” she said.",
        &[("Maria Lopez", P), ("Tom Reyes", P)],
        &[("It was a fair vote,", "Maria Lopez")],
    ),
    (
        3,
        "“Amazing,” Davis said. “To do that against every team is special.”",
        &[("Davis", P)],
        &[("To do that against every team is special.", "Davis")],
    ),
    (
        3,
        "Nadia Brook took the stage at noon.\n\n“We have waited long enough.\n\n“Now is the time to act,” she said.",
        &[("Nadia Brook", P)],
        &[("We have waited long enough.", "Nadia Brook"), ("Now is the time to act,", "Nadia Brook")],
    ),
    (
        3,
        "On Twitter, Ray appealed for help.\n\n“We are still working on it,” he wrote.",
        &[("Ray", P)],
        &[("We are still working on it,", "Ray")],
    ),
    // 4. Attribution shapes: dash lines, party tags, clauses, inverted verbs, "according to", questions.
    (
        4,
        "“I love this country.”\n― Martha Aguilar, a farmer in Texas",
        &[("Martha Aguilar", P), ("Texas", L)],
        &[("I love this country.", "Martha Aguilar")],
    ),
    (4, "“We grow corn and beans.” — Martha Aguilar", &[("Martha Aguilar", P)], &[("We grow corn and beans.", "Martha Aguilar")]),
    // The dash stands where an inverted verb would: the person after an organisation's role speaks.
    (
        4,
        "The town flooded.\n\n“The river rose two metres in an hour” – Harbor Agency spokesman Tom Hale.",
        &[("Harbor Agency", O), ("Tom Hale", P)],
        &[("The river rose two metres in an hour", "Tom Hale")],
    ),
    (4, "“We grow corn and beans.”\n— a farmer in Texas", &[("Texas", L)], &[("We grow corn and beans.", "")]),
    (
        4,
        "“This is a disgrace,” Rep. Elijah Doe (D-Md.) said at the hearing.",
        &[("Elijah Doe", P)],
        &[("This is a disgrace,", "Elijah Doe")],
    ),
    (4, "“This is a disgrace,” Sen. Ann Lee, R-Neb., said.", &[("Ann Lee", P)], &[("This is a disgrace,", "Ann Lee")]),
    (4, "Sen. Chris Dunn (D., Conn.) said the bill was “a step forward.”", &[("Chris Dunn", P)], &[("a step forward.", "Chris Dunn")]),
    (
        4,
        "Perry, who hugged Clinton at the rally, shouted, “We are going to win.”",
        &[("Perry", P), ("Clinton", P)],
        &[("We are going to win.", "Perry")],
    ),
    (
        4,
        "“We are going to win,” Perry, who hugged Clinton at the rally, shouted.",
        &[("Perry", P), ("Clinton", P)],
        &[("We are going to win,", "Perry")],
    ),
    (
        4,
        "“The workers deserve better,” said Dan Holub, executive director of the union.",
        &[("Dan Holub", P)],
        &[("The workers deserve better,", "Dan Holub")],
    ),
    (
        4,
        "The plan is “a waste of time,” according to Maria Gonzalez, a budget analyst.",
        &[("Maria Gonzalez", P)],
        &[("a waste of time,", "Maria Gonzalez")],
    ),
    (4, "Sales fell by a “significant margin,” according to Acme Corp.", &[("Acme Corp", O)], &[("significant margin,", "Acme Corp")]),
    // An unnamed source after the quote leaves it to a reporting verb before it with a subject.
    (
        4,
        "The firm will cut what chief executive Ana Ruiz called “low performers,” according to an internal memo.",
        &[("Ana Ruiz", P)],
        &[("low performers,", "Ana Ruiz")],
    ),
    (4, "Sales fell by a “significant margin,” according to an internal audit.", &[], &[("significant margin,", "")]),
    (
        4,
        "Asked whether he would run again, Pence said, “I am focused on Indiana.”",
        &[("Pence", P), ("Indiana", L)],
        &[("I am focused on Indiana.", "Pence")],
    ),
    (4, "“Can I give it to James?” Brooke tearfully asked.", &[("Brooke", P), ("James", P)], &[("Can I give it to James?", "Brooke")]),
    (4, "Smith in a statement said the ruling was “deeply disappointing.”", &[("Smith", P)], &[("deeply disappointing.", "Smith")]),
    (4, "“We did nothing wrong,” Smith told reporters on Tuesday.", &[("Smith", P)], &[("We did nothing wrong,", "Smith")]),
    (
        4,
        "“We had some issues,” Mayer, Disney’s chairman of streaming, said Tuesday.",
        &[("Mayer", P), ("Disney", O)],
        &[("We had some issues,", "Mayer")],
    ),
    (4, "“It is over,” Smith, who met Jones on Friday, said.", &[("Smith", P), ("Jones", P)], &[("It is over,", "Smith")]),
    (
        4,
        "After meeting Jones, Smith, 45, said: “We agreed on nothing.”",
        &[("Smith", P), ("Jones", P)],
        &[("We agreed on nothing.", "Smith")],
    ),
    (4, "Rob Gold, President of Ascom, says: “We are ready.”", &[("Rob Gold", P), ("Ascom", O)], &[("We are ready.", "Rob Gold")]),
    (
        4,
        "“This is mainly due to the wind,” Kiran Rao, an analyst at the Council on Energy, Environment and Water, told reporters.",
        &[("Kiran Rao", P), ("Council on Energy, Environment and Water", O)],
        &[("This is mainly due to the wind,", "Kiran Rao")],
    ),
    (
        4,
        "The Daily Ledger ran the interview on Monday. “We will not resign,” it quoted Ana Ruiz as saying.",
        &[("Daily Ledger", O), ("Ana Ruiz", P)],
        &[("We will not resign,", "Ana Ruiz")],
    ),
    (4, "“The talks have failed,” the agency quoted Tom Reyes as saying.", &[("Tom Reyes", P)], &[("The talks have failed,", "Tom Reyes")]),
    (1, "“I feel great,” said the 24-year-old Ana Ruiz after the match.", &[("Ana Ruiz", P)], &[("I feel great,", "Ana Ruiz")]),
    (4, "“We are close,” said Undersecretary-General Tom Reyes.", &[("Tom Reyes", P)], &[("We are close,", "Tom Reyes")]),
    (4, "“Prices will rise,” said a note on Tuesday that Tom Reyes wrote.", &[("Tom Reyes", P)], &[("Prices will rise,", "")]),
    (4, "“It is over,” said the report, which blamed Tom Reyes.", &[("Tom Reyes", P)], &[("It is over,", "")]),
    (
        4,
        "Harbor Bank said on Monday it had won the case and added that the ruling was “a clear victory.”",
        &[("Harbor Bank", O)],
        &[("a clear victory.", "Harbor Bank")],
    ),
    (
        4,
        "Tom Reyes criticised the decision by Ana Ruiz, saying it was “a grave mistake.”",
        &[("Tom Reyes", P), ("Ana Ruiz", P)],
        &[("a grave mistake.", "Tom Reyes")],
    ),
    (
        4,
        "Ana Ruiz met Tom Reyes on Friday and said the deal was “almost done.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P)],
        &[("almost done.", "Ana Ruiz")],
    ),
    (
        4,
        "After talks with Ana Ruiz, Tom Reyes told reporters the deal was “almost done.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P)],
        &[("almost done.", "Tom Reyes")],
    ),
    (
        4,
        "The host, Acme Corp board member Jo Park, has said the plan is “a fine idea.”",
        &[("Acme Corp", O), ("Jo Park", P)],
        &[("a fine idea.", "Jo Park")],
    ),
    (
        4,
        "The Daily Ledger quoted Deputy Minister Tom Reyes as saying the talks were “going well.”",
        &[("Daily Ledger", O), ("Tom Reyes", P)],
        &[("going well.", "Tom Reyes")],
    ),
    (
        4,
        "“We are thrilled to tour again” comments Jo Park in a statement.",
        &[("Jo Park", P)],
        &[("We are thrilled to tour again", "Jo Park")],
    ),
    (
        3,
        "“The design is light,” concludes Jo Park of the agency.\n\n“We removed every spare part.”",
        &[("Jo Park", P)],
        &[("The design is light,", "Jo Park"), ("We removed every spare part.", "Jo Park")],
    ),
    (
        4,
        "Jo Park is an engineer. She calls the results “exciting,” but cautions that “we are still in the early days.”",
        &[("Jo Park", P)],
        &[("we are still in the early days.", "Jo Park")],
    ),
    // An inverted verb before an organisation's plural possessive, a role and the name.
    (
        4,
        "“Stay at home,” said Harbor Works' head of flood risk, Ted Marsh.",
        &[("Harbor Works", O), ("Ted Marsh", P)],
        &[("Stay at home,", "Ted Marsh")],
    ),
    // 5. The subject's head, not the nearest capitalised word.
    // A name opening with a word written like a pronoun ("He" of "He Lifeng") is the subject, not
    // the pronoun, also before an apposition.
    (
        5,
        "Tom Reyes spoke first. “Why would we sign this deal?” He Lifeng, a former trade official, said at the event.",
        &[("Tom Reyes", P), ("He Lifeng", P)],
        &[("Why would we sign this deal?", "He Lifeng")],
    ),
    // An office in capitals the tagger left unnamed between a place and a role: the person after
    // the role speaks, not the place.
    (
        5,
        "“We held the line,” said Marlow County Fire Chief Dana Kirby at a briefing.",
        &[("Marlow County", L), ("Dana Kirby", P)],
        &[("We held the line,", "Dana Kirby")],
    ),
    // A place after a common noun is where its people are: unnamed, no speaker; a name in apposition
    // still speaks.
    (5, "“The roads are closed,” officials in Kabul said.", &[("Kabul", L)], &[("The roads are closed,", "")]),
    (5, "“The hostages will return soon,” the embassy in Abu Dhabi said.", &[("Abu Dhabi", L)], &[("The hostages will return soon,", "")]),
    (5, "“The roads are closed,” the governor of Texas said.", &[("Texas", L)], &[("The roads are closed,", "")]),
    (
        5,
        "“The roads are closed,” the mayor of Nairobi, Ann Kiptoo, said.",
        &[("Nairobi", L), ("Ann Kiptoo", P)],
        &[("The roads are closed,", "Ann Kiptoo")],
    ),
    // A quotation inside a sentence that names no one takes the speaker of the paraphrase the sentence
    // before attributes; not when its own sentence points to someone ("In his book “…”").
    (
        3,
        "The drug works in mice, Lena Ostrov says. Just because it works in mice, “that does not mean it works in people.”",
        &[("Lena Ostrov", P)],
        &[("that does not mean it works in people.", "Lena Ostrov")],
    ),
    (
        3,
        "The drug works in mice, Lena Ostrov says. In his reply, Tom Hale called it “a long way from a cure.”",
        &[("Lena Ostrov", P), ("Tom Hale", P)],
        &[("a long way from a cure.", "Tom Hale")],
    ),
    // A noun of something said gives its owner the quotation after it; an unnamed owner gives none.
    (
        4,
        "Voters remembered Dana Kell’s pledge to “clean up the harbor for good” last year.",
        &[("Dana Kell", P)],
        &[("clean up the harbor for good", "Dana Kell")],
    ),
    (
        4,
        "The plan drew a warning from the Harbor Trust that it would “cost jobs in every town”.",
        &[("Harbor Trust", O)],
        &[("cost jobs in every town", "Harbor Trust")],
    ),
    (
        4,
        "Critics rejected the ministry’s claim that the site was “a legitimate military target”.",
        &[],
        &[("a legitimate military target", "")],
    ),
    // A verb in a relative clause on a noun, before "be", attributes nothing: the clause's noun is
    // described in the speaker's words; "What X said was" is still X's.
    (
        5,
        "Ana Ruiz spoke later. Ruiz added that the letter Tom Hale wrote was “kind and loving to all of us.”",
        &[("Ana Ruiz", P), ("Ruiz", P), ("Tom Hale", P)],
        &[("kind and loving to all of us.", "Ruiz")],
    ),
    (5, "What Tom Hale said was “kind and loving to all of us.”", &[("Tom Hale", P)], &[("kind and loving to all of us.", "Tom Hale")]),
    // A noun on a platform is no staff of it: nobody named.
    (
        5,
        "One user on Weibo posted: “We are tired of this and want answers.”",
        &[("Weibo", O)],
        &[("We are tired of this and want answers.", "")],
    ),
    // A name inside a participle phrase after the subject's noun does not speak: the noun does.
    (
        5,
        "The authors of the paper published in the journal Cell Reports wrote: “The decline was steep and fast.”",
        &[("Cell Reports", O)],
        &[("The decline was steep and fast.", "")],
    ),
    (
        5,
        "“We saw the same pattern every winter,” scientists based at Oxford University said.",
        &[("Oxford University", O)],
        &[("We saw the same pattern every winter,", "")],
    ),
    (5, "“The launch window is open,” the crew led by Nadia Petrov said.", &[("Nadia Petrov", P)], &[("The launch window is open,", "")]),
    (
        5,
        "One sailor heading West wrote his mother, “The sea is calm and we are well.”",
        &[("West", L)],
        &[("The sea is calm and we are well.", "")],
    ),
    // A past verb before its object is no participle phrase; a document speaks for whoever published it.
    (
        5,
        "“I never meant to hurt anyone,” the Harbor Gazette newspaper quoted Dalton as saying.",
        &[("Harbor Gazette", O), ("Dalton", P)],
        &[("I never meant to hurt anyone,", "Dalton")],
    ),
    (
        5,
        "“Detainees were denied water for days,” the report published by Civic Watch said.",
        &[("Civic Watch", O)],
        &[("Detainees were denied water for days,", "Civic Watch")],
    ),
    (
        5,
        "“We will not back down,” Gov. Mike Pence of Indiana said in a statement.",
        &[("Mike Pence", P), ("Indiana", L)],
        &[("We will not back down,", "Mike Pence")],
    ),
    (
        5,
        "“We need a vote now,” Senator Kirsten Gill, Democrat of New York, said on Monday.",
        &[("Kirsten Gill", P), ("Democrat", M), ("New York", L)],
        &[("We need a vote now,", "Kirsten Gill")],
    ),
    (
        5,
        "Senator Kirsten Gill, Democrat of New York, said: “We need a vote now.”",
        &[("Kirsten Gill", P), ("Democrat", M), ("New York", L)],
        &[("We need a vote now.", "Kirsten Gill")],
    ),
    (
        5,
        "“We have been clear about that,” the United States ambassador said.",
        &[("United States", L)],
        &[("We have been clear about that,", "")],
    ),
    (5, "“We have been clear about that,” the United States ambassador said.", &[], &[("We have been clear about that,", "")]),
    (
        5,
        "The United States states its position plainly: “We will not pay.”",
        &[("United States", L)],
        &[("We will not pay.", "United States")],
    ),
    (5, "“We stand with our allies,” a United States official said.", &[("United States", L)], &[("We stand with our allies,", "")]),
    (5, "“We will respond in kind,” China said.", &[("China", L)], &[("We will respond in kind,", "China")]),
    (
        5,
        "“It is a historic day,” Prime Minister Ana Ruiz of Spain told the assembly.",
        &[("Ana Ruiz", P), ("Spain", L)],
        &[("It is a historic day,", "Ana Ruiz")],
    ),
    // A clause that a colon ends after a finished quote introduces the next quote, not the last.
    (
        4,
        "Ana Ruiz and Tom Reyes wrote the song. “It was hard,” Ruiz said. “We tried ten endings.” Reyes agreed: “It took a year.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P), ("Ruiz", P), ("Reyes", P)],
        &[("It was hard,", "Ruiz"), ("We tried ten endings.", "Ruiz"), ("It took a year.", "Reyes")],
    ),
    // So does one with words between its verb and the colon.
    (
        4,
        "Ana Ruiz said the band's answer was that “the song is finished.” Tom Reyes wrote on the sleeve: “It took us a year.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P)],
        &[("the song is finished.", "Ana Ruiz"), ("It took us a year.", "Tom Reyes")],
    ),
    // Reporting verbs in the present and in less common forms; a noun after a determiner is no verb.
    (
        4,
        "In his memoir, Tom Reyes bemoans that the plan was “a giveaway to developers.”",
        &[("Tom Reyes", P)],
        &[("a giveaway to developers.", "Tom Reyes")],
    ),
    (
        4,
        "Tom Reyes still laments that the factory “should never have closed.”",
        &[("Tom Reyes", P)],
        &[("should never have closed.", "Tom Reyes")],
    ),
    (4, "Harbor Bank assured customers that the risk was “extremely low.”", &[("Harbor Bank", O)], &[("extremely low.", "Harbor Bank")]),
    (
        4,
        "The move allowed Ana Ruiz to claim that the city is “open for business.”",
        &[("Ana Ruiz", P)],
        &[("open for business.", "Ana Ruiz")],
    ),
    (
        4,
        "Ana Ruiz spoke to Tom Reyes on Monday. Reyes said the ministry's claim “is plainly false.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P), ("Reyes", P)],
        &[("is plainly false.", "Reyes")],
    ),
    (
        4,
        "Ana Ruiz met the union on Monday. Ruiz said the players’ claim was “simply not credible.”",
        &[("Ana Ruiz", P), ("Ruiz", P)],
        &[("simply not credible.", "Ruiz")],
    ),
    (
        4,
        "Ana Ruiz edited the book. As Ruiz put it, “Nobody else could have written it.”",
        &[("Ana Ruiz", P), ("Ruiz", P)],
        &[("Nobody else could have written it.", "Ruiz")],
    ),
    (
        4,
        "Tom Reyes was born in Ohio. According to his aunt, Ana Ruiz, “He was reading at three.” He played chess.",
        &[("Tom Reyes", P), ("Ohio", L), ("Ana Ruiz", P)],
        &[("He was reading at three.", "Ana Ruiz")],
    ),
    (
        4,
        "Tom Reyes was born in Ohio. His teacher was Ana Ruiz. “He read everything.” He played chess.",
        &[("Tom Reyes", P), ("Ohio", L), ("Ana Ruiz", P)],
        &[("He read everything.", "")],
    ),
    // A question before a lowercase verb goes on: the inverted subject speaks, even a possessor's relative.
    (
        4,
        "Tom Pike said he would stay. “What happens to the school?” asked Pike's wife, Ellen. “Who will pay for it now?”",
        &[("Tom Pike", P), ("Pike", P), ("Ellen", P)],
        &[("What happens to the school?", "Ellen"), ("Who will pay for it now?", "Ellen")],
    ),
    // A specific organisation noun is not an organisation of another kind.
    (
        2,
        "Harlow Mining Company said it would close the pit. A union representative said workers would fight. “We want every dollar,” the representative said.",
        &[("Harlow Mining Company", O)],
        &[("We want every dollar,", "")],
    ),
    (
        2,
        "Harlow Mining Company said it would close the pit. “We regret it,” a company spokeswoman said.",
        &[("Harlow Mining Company", O)],
        &[("We regret it,", "Harlow Mining Company")],
    ),
    // A pronoun takes the clause's subject of the sentence before, not a possessor named first.
    (
        3,
        "“I wanted to stay on,” Tom Reyes said.\n\nAsked about Reyes's comments, Ivan Petrov shrugged.\n\n“Tom is an emotional player,” he said.",
        &[("Tom Reyes", P), ("Reyes", P), ("Ivan Petrov", P), ("Tom", P)],
        &[("I wanted to stay on,", "Tom Reyes"), ("Tom is an emotional player,", "Ivan Petrov")],
    ),
    // The person named in apposition to "X's assistant" is the subject, not the possessor X.
    (
        1,
        "“We had control,” Ivan Petrov said.\n\nPetrov's assistant, Tom Reyes, also spoke. “We move on,” the Dutchman said.",
        &[("Ivan Petrov", P), ("Petrov", P), ("Tom Reyes", P)],
        &[("We had control,", "Ivan Petrov"), ("We move on,", "Tom Reyes")],
    ),
    // A name ending a longer clause before a colon is not the speaker; a headline's name alone is.
    (
        4,
        "Ana Ruiz has found one drawback to working with Tom Reyes: “He sings far better than I do.”",
        &[("Ana Ruiz", P), ("Tom Reyes", P)],
        &[("He sings far better than I do.", "Ana Ruiz")],
    ),
    (4, "Ruiz: “We will fix the roads this year.”", &[("Ruiz", P)], &[("We will fix the roads this year.", "Ruiz")]),
    // After an inverted verb, the person after a place's or organisation's role is the speaker.
    (
        4,
        "“Justice has been served in this case,” said U.S. Attorney Ana Ruiz.",
        &[("U.S.", L), ("Ana Ruiz", P)],
        &[("Justice has been served in this case,", "Ana Ruiz")],
    ),
    (
        4,
        "“This plant has strategic value for our group,” said Kestrel SpA chairman and chief executive officer Marco Vitti.",
        &[("Kestrel SpA", O), ("Marco Vitti", P)],
        &[("This plant has strategic value for our group,", "Marco Vitti")],
    ),
    (
        4,
        "“We pray for their recovery,” said White House Press Secretary Ana Ruiz. “We thank our partners.”",
        &[("White House", L), ("Ana Ruiz", P)],
        &[("We pray for their recovery,", "Ana Ruiz"), ("We thank our partners.", "Ana Ruiz")],
    ),
    (
        4,
        "White House Press Secretary Ana Ruiz said, “We thank our partners.”",
        &[("White House", L), ("Ana Ruiz", P)],
        &[("We thank our partners.", "Ana Ruiz")],
    ),
    (4, "“It was fair,” U.S. Attorney Ana Ruiz said.", &[("U.S.", L), ("Ana Ruiz", P)], &[("It was fair,", "Ana Ruiz")]),
    // An unnamed body of a place is no other organisation of the text.
    (
        2,
        "Quillon raised prices on Monday. The French foreign ministry said it “regrets any decision of this kind.”",
        &[("Quillon", O), ("French", M)],
        &[("regrets any decision of this kind.", "")],
    ),
    // 6. Titles of shows, songs and slogans are not quotes; real short quotes stay.
    (6, "Lee appeared on “Meet the Press.”", &[("Lee", P)], &[]),
    (6, "The crowd chanted “Make America Great Again.”", &[], &[]),
    (6, "The band closed with “Takin’ It to the Streets.”", &[], &[]),
    (6, "South Dakota’s “Meth. We’re on it.” campaign drew mockery.", &[("South Dakota", L)], &[]),
    (6, "The governor unveiled the slogan “Meth. We’re on it.” on Monday.", &[], &[]),
    (6, "He starred in the HBO series “The Wire.”", &[("HBO", O)], &[]),
    // A work noun ends its sentence: "Floods hit." is no title's lead.
    (
        6,
        "Floods hit.\n\n“The river rose two metres in an hour” – Tom Hale",
        &[("Tom Hale", P)],
        &[("The river rose two metres in an hour", "Tom Hale")],
    ),
    (6, "The party launched the campaign “vote early, vote once” in May.", &[], &[]),
    (
        6,
        "Tom Reyes is a strategist. He called the campaign “a slow-motion disaster” for the party.",
        &[("Tom Reyes", P)],
        &[("a slow-motion disaster", "Tom Reyes")],
    ),
    (6, "Maria Lopez waved. “Thank you all,” she said.", &[("Maria Lopez", P)], &[("Thank you all,", "Maria Lopez")]),
    // Short labels are not quotations: named as a term, or modifying a noun inside a noun phrase.
    (6, "Doctors said the illness, dubbed “duvet cough” by patients, is rare.", &[], &[]),
    (6, "Tom Reyes said the so-called “shadow fleet” keeps growing.", &[("Tom Reyes", P)], &[]),
    (6, "The mayor said she would keep her “tough on crime” stance in the race.", &[], &[]),
    (6, "Tom Reyes said a “phase two” trade deal was close.", &[("Tom Reyes", P)], &[]),
    (
        6,
        "Tom Reyes said the “deal of the century” was rejected and warned of “a long winter ahead” for farmers.",
        &[("Tom Reyes", P)],
        &[("deal of the century", "Tom Reyes"), ("a long winter ahead", "Tom Reyes")],
    ),
    (6, "Smith was blunt: “Absolutely not.”", &[("Smith", P)], &[("Absolutely not.", "Smith")]),
    (6, "“WE WILL NOT PAY.” the crowd shouted.", &[], &[("WE WILL NOT PAY.", "")]),
    // 7. Quotation marks written as two apostrophes (or ``…'').
    (7, "''I love depreciation,'' Tom Reyes said.", &[("Tom Reyes", P)], &[("I love depreciation,", "Tom Reyes")]),
    (
        7,
        "Tom Reyes spoke. ''It is the best part of the code,'' he said. ''Nobody else sees it.''",
        &[("Tom Reyes", P)],
        &[("It is the best part of the code,", "Tom Reyes"), ("Nobody else sees it.", "Tom Reyes")],
    ),
    (
        7,
        "Tom Reyes explained.\n\n''First we cut.\n\n''Then we grow,'' Reyes said.",
        &[("Tom Reyes", P), ("Reyes", P)],
        &[("First we cut.", "Reyes"), ("Then we grow,", "Reyes")],
    ),
    (7, "``We will win,'' Smith said.", &[("Smith", P)], &[("We will win,", "Smith")]),
    (7, "The farmers' union met the workers' council.", &[], &[]),
    (7, "They played rock 'n' roll all night.", &[], &[]),
    // Two curly single marks stand for a double one, and close a curly double mark too; a
    // plural's apostrophe before a single closing mark closes nothing.
    (7, "‘‘We will win,’’ Smith said.", &[("Smith", P)], &[("We will win,", "Smith")]),
    (
        7,
        "Ann Cole spoke. “We have a plan,’’ Cole said. “It starts today.’’",
        &[("Ann Cole", P), ("Cole", P)],
        &[("We have a plan,", "Cole"), ("It starts today.", "Cole")],
    ),
    (7, "“We have a plan,’’ said Ann Cole, the mayor.", &[("Ann Cole", P)], &[("We have a plan,", "Ann Cole")]),
    (7, "The players’ union and the owners’ group met.", &[], &[]),
    // Organisation speakers, and unnamed subjects that give none.
    // "The court" is the court the text named, never another body: an unnamed court gives no speaker.
    (
        8,
        "The Veland High Court on Friday upheld the ban. “There is no doubt,” the court wrote. “The law stands.”",
        &[("Veland High Court", O)],
        &[("There is no doubt,", "Veland High Court"), ("The law stands.", "Veland High Court")],
    ),
    (
        8,
        "The Justice Department charged Acme on Monday in a federal court in Brooklyn. “The evidence is thin,” the court said.",
        &[("Justice Department", O), ("Acme", O), ("Brooklyn", L)],
        &[("The evidence is thin,", "")],
    ),
    (
        8,
        "Harbor Bank raised rates. “Inflation is too high,” the bank said.",
        &[("Harbor Bank", O)],
        &[("Inflation is too high,", "Harbor Bank")],
    ),
    (
        8,
        "Harbor Bank issued a statement on Friday. “We see no need to act,” it said.",
        &[("Harbor Bank", O)],
        &[("We see no need to act,", "Harbor Bank")],
    ),
    // An organisation heading a relative clause is its paragraph's subject for "the company": not
    // the agency named more often in the story.
    (
        8,
        "The agency NASA said the launch slipped. NASA gave no date. NASA will review it.\n\nThe delay is a blow to Vornel, which has spent $1 billion on the craft. The company said it would “stay the course.”",
        &[("NASA", O), ("NASA", O), ("NASA", O), ("Vornel", O)],
        &[("stay the course.", "Vornel")],
    ),
    (8, "“Prices will rise,” analysts said.", &[], &[("Prices will rise,", "")]),
    (8, "After Smith's speech, officials said the bill was “dead on arrival.”", &[("Smith", P)], &[("dead on arrival.", "")]),
];

/// Run every case of `cases` (at least `min` of them) and report all that fail.
pub(super) fn check_cases(cases: &[SpeakerCase], min: usize) {
    let mut failures = Vec::new();
    for (i, (class, text, names, want)) in cases.iter().enumerate() {
        let got: Vec<(String, String)> = run(text, names).into_iter().map(|(q, s, _)| (q, s)).collect();
        let want: Vec<(String, String)> = want.iter().map(|(q, s)| (q.to_string(), s.to_string())).collect();
        if got != want {
            failures.push(format!("case {} (class {class}): {text:?}\n  got  {got:?}\n  want {want:?}", i + 1));
        }
    }
    assert!(cases.len() >= min, "{} cases", cases.len());
    assert!(failures.is_empty(), "{} of {} failing:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn speaker_cases_by_class() {
    check_cases(CASES, 80);
}
