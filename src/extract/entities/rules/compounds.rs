//! Compounds of names joined by a hyphen: "US-China trade talks",
//! "Russia-Ukraine war", "Israel-Hamas conflict", "the Israeli-Palestinian
//! conflict". Spec §7 makes names inside hyphenated words mentions, so each
//! part is a mention of its own, not one mention over the compound (the tagger
//! calls "U.S.-Canada" an organisation) nor the one part it recognised.
//!
//! A part is a name when the knowledge lists say what it is, on its own: a
//! country's initialism, a country, state or large city (GeoNames), a
//! listed place, a nationality or people, an unambiguous listed or known
//! organisation; or a name the document tags elsewhere ("France-Juppe"), when
//! another part is known to the lists. Every part must be one, not all of
//! them organisations (a merger or venture: "Fiat-Chrysler"), and the
//! compound must not be a name itself ("Guinea-Bissau", "Baden-Württemberg",
//! "Coca-Cola"), nor a person's double surname ("Ms. Houston-Reyes"). A mention reaching past the compound is
//! a longer name and stays ("U.S.-Canada Free Trade Agreement").
//!
//! A name glued after a word that is no name of its own takes it instead:
//! "Rolls-Royce", where the tagger reads "Royce" alone ([`hyphen_heads`]).

use super::super::super::analysis::{Analysis, Bytes};
use super::super::super::{EntityType, Mention, mention_at};
use super::super::features::CaseDict;
use super::super::gazetteer::Gazetteer;
use super::super::orgs::{AMBIG_COMPANY, AMBIG_OTHER, OrgGazetteer, SPORTS};
use super::misc::is_group_word;
use super::typing::{country_initialism, major_place};
use super::{is_cap, mention, title_before};
use crate::lexicon::{HYPHEN_PREFIXES, KNOWN_MISC, KNOWN_ORGS, KNOWN_PLACES};

/// What the part `t` (as written) is on its own, and whether the knowledge
/// lists say so (rather than the document's other mentions), if anything. A
/// word in capitals is a part only as a short initialism ("PLO", not "PRE-SALE").
fn part_type(t: &str, gaz: &Gazetteer, orgs: &OrgGazetteer, tagged: &[Mention<Bytes>]) -> Option<(EntityType, bool)> {
    if !is_cap(t) || !t.chars().all(|c| c.is_alphabetic() || c == '.') {
        return None;
    }
    if country_initialism(t) {
        return Some((EntityType::Loc, true));
    }
    if t.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !t.chars().any(char::is_lowercase) {
        return None;
    }
    if KNOWN_PLACES.contains(t) || major_place(gaz, &[t]) {
        return Some((EntityType::Loc, true));
    }
    if is_group_word(t) {
        return Some((EntityType::Misc, true));
    }
    let listed = orgs.lookup(&[t]);
    let unambiguous = listed != 0 && listed & (1 << AMBIG_COMPANY | 1 << AMBIG_OTHER) == 0;
    if KNOWN_ORGS.contains(t) || unambiguous || orgs.is_club_short_name(&[t]) {
        return Some((EntityType::Org, true));
    }
    tagged.iter().find(|m| m.text == t).map(|m| (m.label, false))
}

/// A name glued after a capitalised word and a hyphen takes that word when no
/// other mention holds it: "Rolls-Royce" (the tagger reads "Royce" alone),
/// "Ocasio-Cortez said", "AP-NORC". Not a prefix ("Anti-", "Pro-";
/// `hyphen_prefixes.txt`), not a word glued to more on its left; a word that
/// running text writes in lowercase only inside a sentence that neither opens
/// with it nor is title case ("Far-Right Leader" in a headline); a word in
/// capitals only before a name in capitals, outside a line in capitals
/// ("BOBSLEIGH-SHIMER"). A word that is a name of its own ([`part_type`]: "the
/// Browns-Steelers game") is a mention of its own instead, unless both are
/// organisations' initialisms, one joint name ("AP-NORC"). Two people glued by
/// a hyphen that a full name of the document ends in, or after a title ("Ms."), are one double
/// surname.
pub(super) fn hyphen_heads(
    a: &Analysis,
    mentions: Vec<Mention<Bytes>>,
    case: &CaseDict,
    gaz: &Gazetteer,
    orgs: &OrgGazetteer,
) -> Vec<Mention<Bytes>> {
    let at = mention_at(a, &mentions);
    let shouted = |sent: usize| !a.sentences[sent].tokens.clone().any(|k| a.tok(k).chars().any(char::is_lowercase));
    let head = |m: &Mention<Bytes>, s: usize| -> bool {
        if s < 2 || a.tok(s - 1) != "-" || !a.adjacent(s - 2) || !a.adjacent(s - 1) || at[s - 2].is_some() {
            return false;
        }
        let part = a.tok(s - 2);
        let word = is_cap(part) && part.chars().count() >= 2 && part.chars().all(char::is_alphabetic);
        let glued_on = s >= 3 && a.adjacent(s - 3) && a.tok(s - 3).chars().all(char::is_alphanumeric);
        if !word || glued_on || HYPHEN_PREFIXES.contains(&part.to_lowercase()) {
            return false;
        }
        let sent = a.sentence_of_token(s - 2);
        if !part.chars().any(char::is_lowercase) {
            return !m.text.chars().any(char::is_lowercase) && !shouted(sent);
        }
        let opens = a.sentences[sent].tokens.start == s - 2;
        !case.mostly_lowercase(part) || !(opens || a.is_title_case(sent))
    };
    // Two people glued by a hyphen that a full name of the document ends in, or after a title, are
    // a double surname ("Ocasio-Vela" after "Maria Ocasio-Vela", "Ms. Ocasio-Vela").
    let full_names = full_names(&mentions);
    let surname = |m: &Mention<Bytes>, s: usize| -> Option<usize> {
        let p = at[s.checked_sub(2)?]?;
        let glued = a.tok(s - 1) == "-" && a.adjacent(s - 2) && a.adjacent(s - 1);
        let both = m.label == EntityType::Person && mentions[p].label == EntityType::Person && mentions[p].span.end == a.tokens[s - 2].end;
        if !(glued && both) {
            return None;
        }
        let joined = format!("{}-{}", mentions[p].text, m.text);
        (title_before(a, a.tok_at(mentions[p].span.start)) || ends_a_full_name(&full_names, &joined)).then_some(p)
    };
    let mut out: Vec<Mention<Bytes>> = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let r = a.token_range(m.span.start, m.span.end);
        if let Some(p) = surname(m, r.start) {
            out.retain(|o| o.span != mentions[p].span);
            out.push(mention(a, a.tok_at(mentions[p].span.start), r.end, m.label));
        } else if !head(m, r.start) {
            out.push(m.clone());
        } else if let Some((label, _)) = part_type(a.tok(r.start - 2), gaz, orgs, &mentions).filter(|(l, _)| !joint_initialism(*l, m)) {
            out.push(mention(a, r.start - 2, r.start - 1, label));
            out.push(m.clone());
        } else {
            out.push(mention(a, r.start - 2, r.end, m.label));
        }
    }
    out
}

/// The people's names of two words or more among `mentions`.
fn full_names(mentions: &[Mention<Bytes>]) -> Vec<&str> {
    mentions.iter().filter(|m| m.label == EntityType::Person && m.text.contains(' ')).map(|m| m.text.as_str()).collect()
}

/// Does one of `full_names` end in `surname` after a space ("Maria Ocasio-Vela" in "Ocasio-Vela")?
fn ends_a_full_name(full_names: &[&str], surname: &str) -> bool {
    full_names.iter().any(|f| f.strip_suffix(surname).is_some_and(|g| g.ends_with(' ')))
}

/// Split a mention over two capitalised words joined by a slash into a mention per word when
/// either is a name of its own: an organisation the lists hold unambiguously (no club), or a name the document writes
/// alone elsewhere ("a Reuters/Ipsos poll", "the Verizon/AppNexus deal"). A pair no one knows
/// apart is one name ("Bodo/Glimt", a club); initialisms stay whole ("AC/DC"). Each part keeps
/// the type the document gives it alone, else the mention's.
pub(super) fn slash_pairs(a: &Analysis, mentions: Vec<Mention<Bytes>>, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let word = |i: usize| is_cap(a.tok(i)) && a.tok(i).chars().any(char::is_lowercase);
    let alone = |t: &str| mentions.iter().find(|m| m.text == t).map(|m| m.label);
    let mut out = Vec::with_capacity(mentions.len());
    for m in &mentions {
        let r = a.token_range(m.span.start, m.span.end);
        let slash = r.clone().find(|&i| a.tok(i) == "/" && i > r.start && i + 1 < r.end && word(i - 1) && word(i + 1));
        let Some(k) = slash else {
            out.push(m.clone());
            continue;
        };
        let parts = [(r.start, k), (k + 1, r.end)];
        let known = |(s, e): (usize, usize)| {
            let toks: Vec<&str> = (s..e).map(|j| a.tok(j)).collect();
            // (Not a club: clubs' names hold slashes, "Admira/Wacker".)
            let listed = orgs.lookup(&toks);
            (listed != 0 && listed & (1 << SPORTS | 1 << AMBIG_COMPANY | 1 << AMBIG_OTHER) == 0) || alone(&toks.join(" ")).is_some()
        };
        if !parts.iter().any(|&p| known(p)) {
            out.push(m.clone());
            continue;
        }
        for (s, e) in parts {
            let label = alone(&a.text[a.tokens[s].start..a.tokens[e - 1].end]).unwrap_or(m.label);
            out.push(mention(a, s, e, label));
        }
    }
    out
}

/// Is an organisation's initialism glued to an organisation's mention `m` in capitals one joint
/// name ("AP-NORC", "NBC-WSJ"), not two mentions?
fn joint_initialism(part: EntityType, m: &Mention<Bytes>) -> bool {
    part == EntityType::Org && m.label == EntityType::Org && !m.text.chars().any(char::is_lowercase)
}

/// Is the phrase of tokens `toks` a name of its own in the lists?
fn listed_whole(toks: &[&str], gaz: &Gazetteer, orgs: &OrgGazetteer) -> bool {
    let joined: String = toks.concat();
    orgs.lookup(toks) != 0
        || KNOWN_PLACES.contains(&joined)
        || KNOWN_ORGS.contains(&joined)
        || KNOWN_MISC.contains(&joined)
        || major_place(gaz, toks)
}

/// A compound found: its byte span and each part's token with its type.
type Compound = (usize, usize, Vec<(usize, EntityType)>);

/// Split the hyphenated compounds of names (see the module doc) into a mention per part.
/// A compound is a person's double surname, not two names, after a title ("Ms. Beaumont-Reyes") or
/// where a full name of the document ends in it ("Celeste Beaumont-Reyes").
pub(super) fn hyphen_compounds(a: &Analysis, mentions: Vec<Mention<Bytes>>, gaz: &Gazetteer, orgs: &OrgGazetteer) -> Vec<Mention<Bytes>> {
    let n = a.tokens.len();
    let glued_hyphen = |k: usize| k > 0 && k + 1 < n && a.tok(k) == "-" && a.adjacent(k - 1) && a.adjacent(k);
    let full_names = full_names(&mentions);
    let surname =
        |k: usize, end: usize| title_before(a, k) || ends_a_full_name(&full_names, &a.text[a.tokens[k].start..a.tokens[end - 1].end]);
    let mut found: Vec<Compound> = Vec::new();
    let mut k = 0;
    while k + 2 < n {
        // A run "X-Y(-Z)" of single tokens glued by hyphens, not glued to anything else.
        if !glued_hyphen(k + 1) || (k > 0 && a.adjacent(k - 1)) {
            k += 1;
            continue;
        }
        let mut parts = vec![k];
        while glued_hyphen(parts[parts.len() - 1] + 1) {
            parts.push(parts[parts.len() - 1] + 2);
        }
        let end = parts[parts.len() - 1] + 1;
        let clean_end = !a.adjacent(end - 1) || !a.tok(end).chars().next().is_some_and(char::is_alphanumeric);
        let toks: Vec<&str> = (k..end).map(|i| a.tok(i)).collect();
        let types: Option<Vec<(usize, EntityType, bool)>> =
            parts.iter().map(|&p| part_type(a.tok(p), gaz, orgs, &mentions).map(|(t, known)| (p, t, known))).collect();
        // One part at least known to the lists: two names only the document tags are as likely
        // one company's ("PMC-Sierra"); and organisations all through are one too, a merger or
        // venture ("UWP-Hachette", "Fiat-Chrysler").
        let types = types.filter(|ts| ts.iter().any(|t| t.2) && ts.iter().any(|t| t.1 != EntityType::Org));
        if let Some(types) = types.filter(|_| clean_end && !listed_whole(&toks, gaz, orgs) && !surname(k, end)) {
            found.push((a.tokens[k].start, a.tokens[end - 1].end, types.into_iter().map(|(p, t, _)| (p, t)).collect()));
        }
        k = end;
    }
    if found.is_empty() {
        return mentions;
    }
    // Mentions inside a compound (or over it exactly) give way to its parts; a longer one stays.
    let longer = |s: usize, e: usize| mentions.iter().any(|m| m.span.start < e && s < m.span.end && (m.span.start < s || m.span.end > e));
    let found: Vec<_> = found.into_iter().filter(|(s, e, _)| !longer(*s, *e)).collect();
    let inside = |m: &Mention<Bytes>| found.iter().any(|(s, e, _)| m.span.start < *e && *s < m.span.end);
    let mut out: Vec<Mention<Bytes>> = mentions.iter().filter(|m| !inside(m)).cloned().collect();
    for (_, _, types) in found {
        out.extend(types.into_iter().map(|(p, t)| mention(a, p, p + 1, t)));
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::entities::{Tagger, extract};
    use crate::extract::{Analysis, EntityType};

    /// The mentions the whole entity pass (bundled model) finds in `text`, as (text, type).
    fn names(text: &str) -> Vec<(String, EntityType)> {
        let tagger = Tagger::bundled().expect("model");
        let a = Analysis::new(text);
        extract(&a, &tagger).into_iter().map(|m| (m.text, m.label)).collect()
    }

    #[test]
    fn names_joined_by_a_hyphen_are_mentions_each() {
        use EntityType::{Loc, Misc, Org};
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            ("US-China trade talks resumed on Monday.", &[("US", Loc), ("China", Loc)]),
            ("Officials studied U.S.-Canada trade in Ottawa.", &[("U.S.", Loc), ("Canada", Loc), ("Ottawa", Loc)]),
            ("The Russia-Ukraine war entered its fourth year.", &[("Russia", Loc), ("Ukraine", Loc)]),
            ("The decades-long Israeli-Palestinian conflict dominated the summit.", &[("Israeli", Misc), ("Palestinian", Misc)]),
            ("The Israel-Hamas ceasefire held on Sunday.", &[("Israel", Loc), ("Hamas", Org)]),
            // A word in capitals is a part only as a short initialism.
            ("PRE-SALE TICKETS for the Paris show go fast.", &[("Paris", Loc)]),
        ];
        for (text, want) in cases {
            let got = names(text);
            let want: Vec<(String, EntityType)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn hyphenated_names_of_their_own_stay_whole() {
        for (text, name) in [
            ("Guinea-Bissau held an election on Sunday.", "Guinea-Bissau"),
            ("Coca-Cola raised its prices in March.", "Coca-Cola"),
            ("The Baden-Württemberg government met in Stuttgart.", "Baden-Württemberg"),
            // Two names only the document tags (no list knows either part) stay one company.
            ("Shares of PMC-Sierra rose. PMC was bid. Sierra was offered.", "PMC-Sierra"),
            // A person's double surname, of a full name or after a title, though a part is a city.
            // (A part the document names alone: "Reyes".)
            ("Celeste Houston-Reyes met Tom Reyes. Reyes left. Ms. Houston-Reyes paused.", "Houston-Reyes"),
            ("Tom Reyes left, and Reyes spoke. Later Ms. Houston-Reyes paused.", "Houston-Reyes"),
            ("Ana Beaumont died. Tom Reyes wed. Later Ms. Beaumont-Reyes paused.", "Beaumont-Reyes"),
        ] {
            let got = names(text);
            assert!(got.iter().any(|(t, _)| t == name), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_name_takes_the_word_glued_before_it_by_a_hyphen() {
        use EntityType::{Org, Person};
        let cases: &[(&str, &[(&str, EntityType)])] = &[
            // The tagger reads the surname after the hyphen alone; a firm named for its founders
            // that no full name backs is an organisation.
            ("The engines were built by Rolls-Royce in Derby.", &[("Rolls-Royce", Org), ("Derby", EntityType::Loc)]),
            ("Shares of Kessler-Brandt fell 4% after the recall.", &[("Kessler-Brandt", Org)]),
            // A person's double surname after the full name stays a person.
            (
                "Maria Ocasio-Vela won the seat. On Monday Ocasio-Vela said she was ready.",
                &[("Maria Ocasio-Vela", Person), ("Ocasio-Vela", Person)],
            ),
            // Two given names are a person's.
            ("The award went to Anne-Marie Duval on Friday.", &[("Anne-Marie Duval", Person)]),
            // A prefix is no part of the name.
            ("Thousands joined Pro-Russia rallies in the east.", &[("Russia", EntityType::Loc)]),
        ];
        for (text, want) in cases {
            let got = names(text);
            let want: Vec<(String, EntityType)> = want.iter().map(|(t, l)| (t.to_string(), *l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn names_paired_by_a_slash_are_split_when_one_is_known() {
        use super::super::cases::{TypingCase, knowledge, owned, tag, texts};
        use super::slash_pairs;
        use EntityType::{Org, Person};
        let (_, orgs) = knowledge();
        let cases: &[TypingCase] = &[
            // A listed organisation, or a name the document writes alone, parts the pair.
            ("A Quillon/Brevo poll found a lead.", &[("Quillon/Brevo", Org)], &[("Quillon", Org), ("Brevo", Org)]),
            (
                "The Tarsun/Vosk ticket won. Vosk spoke.",
                &[("Tarsun/Vosk", Org), ("Vosk", Person)],
                &[("Tarsun", Org), ("Vosk", Person), ("Vosk", Person)],
            ),
            // Nobody knows either part: one name; initialisms stay whole.
            ("Tarsun/Vosk won the cup.", &[("Tarsun/Vosk", Org)], &[("Tarsun/Vosk", Org)]),
            ("The KX/QV tour sold out.", &[("KX/QV", Org)], &[("KX/QV", Org)]),
        ];
        for (text, tagged, want) in cases {
            let a = Analysis::new(text);
            assert_eq!(texts(&slash_pairs(&a, tag(&a, tagged), &orgs)), owned(want), "{text}");
        }
    }

    #[test]
    fn a_word_glued_before_a_name_that_is_a_name_itself_is_its_own_mention() {
        // A listed club's short name is a name of its own, not the head of "Steelers".
        let got = names("In the closing seconds of the Browns-Steelers game, Cleveland lost the ball.");
        assert!(got.iter().any(|(t, _)| t == "Browns"), "{got:?}");
        assert!(!got.iter().any(|(t, _)| t.contains('-')), "{got:?}");
        // A word in capitals joins a name in capitals, outside a line in capitals.
        let got = names("Voters polled by the AB-NORC Center disagreed.");
        assert!(got.iter().any(|(t, _)| t.starts_with("AB-NORC")), "{got:?}");
        // Two organisations' initialisms are one joint name, even where the first is listed alone.
        let got = names("A poll by AP-NORC in May found most voters undecided.");
        assert!(got.iter().any(|(t, _)| t == "AP-NORC"), "{got:?}");
        let got = names("BOBSLEIGH-SHIMER PILOTS USA III TO WIN.\nShimer won the race on Saturday.");
        assert!(!got.iter().any(|(t, _)| t.starts_with("BOBSLEIGH")), "{got:?}");
    }
}
