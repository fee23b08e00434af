//! Roles the text gives its people and organisations, and the resolution of
//! role noun phrases ("the company", "the senator") to them.

use super::Discourse;
use super::words::{is_org_role, is_person_role, is_role_noun, org_noun_kind, org_noun_names_its_kind, title_facts};
use crate::extract::analysis::Bytes;
use crate::extract::rows::{EntityType, Mention};
use crate::lexicon::{
    ADDRESSEE_LEADS, FRONTED_PREPOSITIONS, GENERIC_ORG_ROLES, INDEFINITE_DETERMINERS, PAST_ROLE_WORDS, ROLE_NEUTRAL_WORDS,
};

/// A role the text gives a mention: "spokesman Phil Larson", "Sam Altman, CEO
/// of OpenAI", "The group, WeWorkers Coalition", "Finance Minister Ann Lee"
/// (role "minister", qualifier "finance").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleIntro {
    /// Byte offset of the role noun.
    pub at: usize,
    /// The role noun, lowercase ("spokesman", "ceo", "group").
    pub role: String,
    /// The word that says which role of that noun it is, lowercase ("finance" minister).
    pub qualifier: Option<String>,
    /// A lowercase complement after "for" or "of" that says so too ("commissioner for standards").
    pub complement: Option<String>,
    /// Is the role one the mention held before ("a former commissioner", "ex-minister")?
    pub past: bool,
    /// The mention given the role.
    pub mention: usize,
}

impl RoleIntro {
    /// Does the role fit a role noun qualified by `q` ("the standards commissioner")? Yes when it
    /// has no qualifier of its own, or one of its qualifiers is `q`.
    fn fits(&self, q: &str) -> bool {
        match (&self.qualifier, &self.complement) {
            (None, None) => true,
            (x, y) => x.as_deref() == Some(q) || y.as_deref() == Some(q),
        }
    }
}

impl Discourse<'_, '_> {
    /// Every role introduction of the document, sorted by position.
    pub fn role_intros(&self) -> &[RoleIntro] {
        &self.roles
    }

    /// Find the role introductions: a role noun fitting the mention's type right
    /// before it (past one comma and the name's article: "The group, X", "The
    /// union, the United Auto Workers"), an organisation's noun right
    /// after it ("the Xinhua news agency"), or within six words after
    /// "X," up to the end of the apposition ("X, Acme CEO and …", "X, CEO of Y").
    pub(super) fn role_introductions(&self) -> Vec<RoleIntro> {
        let a = self.a;
        let n = a.tokens.len();
        let mut out = Vec::new();
        for (mi, m) in self.mentions.iter().enumerate() {
            let fits = |w: &str| match m.label {
                EntityType::Person => is_person_role(w),
                EntityType::Org => is_org_role(w),
                _ => false,
            };
            let first = a.tok_at(m.span.start);
            let last = a.tokens.partition_point(|t| t.end <= m.span.end); // one past
            if first > 0 {
                let mut k = first - 1;
                // The name's own article after the comma: "The union, the United Auto Workers,".
                if k > 1 && a.low(k) == "the" && a.tok(k - 1) == "," {
                    k -= 1;
                }
                if a.tok(k) == "," && k > 0 {
                    k -= 1;
                }
                if k + 1 < first && self.ends_fronted_phrase(k, last) {
                    // "According to a campaign official, Clinton will …": no apposition.
                } else if fits(a.low(k)) {
                    let qualifier = self.role_qualifier(k);
                    out.push(self.role_intro(k, qualifier, mi));
                } else if m.label == EntityType::Person
                    && let Some((Some(role), _)) = title_facts(a.low(k).trim_end_matches('.'))
                {
                    // A title: "Gov. Mike Pence" is "the governor".
                    out.push(RoleIntro { role: role.to_string(), ..self.role_intro(k, None, mi) });
                } else if k + 1 < first
                    && let Some(j) = self.of_phrase_role(k)
                    && fits(a.low(j))
                {
                    // The role of an organisation or place set off before the name: "The chief
                    // executive of Tesla, Elon Musk, said".
                    out.push(self.role_intro(j, self.role_qualifier(j), mi));
                }
            }
            // An organisation's own noun right after its name: "the Xinhua news agency", "the
            // Acme holding company" (lowercase words, the noun within two of them).
            if m.label == EntityType::Org
                && let Some(k) =
                    (last..(last + 2).min(n)).take_while(|&k| a.tok(k).chars().all(|c| c.is_ascii_lowercase())).find(|&k| fits(a.low(k)))
            {
                out.push(self.role_intro(k, self.role_qualifier(k), mi));
            }
            if last < n && a.tok(last) == "," {
                for k in last + 1..(last + 7).min(n) {
                    let w = a.low(k);
                    if matches!(w, "," | "." | "and" | "who" | "which" | ";") {
                        break;
                    }
                    if fits(w) {
                        let qualifier = if k > last + 1 { self.role_qualifier(k) } else { None };
                        out.push(self.role_intro(k, qualifier, mi));
                        break;
                    }
                }
            }
        }
        out.sort_by_key(|r| r.at);
        out
    }

    /// The role the role noun at token `k` gives mention `mi`, with `qualifier`, its complement
    /// after "for" or "of" ("commissioner for standards") and whether it is past ("former").
    fn role_intro(&self, k: usize, qualifier: Option<String>, mi: usize) -> RoleIntro {
        let a = self.a;
        let word = |j: usize| j < a.tokens.len() && a.tok(j).chars().all(|c| c.is_ascii_lowercase());
        let complement =
            (k + 2 < a.tokens.len() && matches!(a.low(k + 1), "for" | "of") && word(k + 2) && !ROLE_NEUTRAL_WORDS.contains(a.low(k + 2)))
                .then(|| a.low(k + 2).to_string());
        RoleIntro { at: a.tokens[k].start, role: a.low(k).to_string(), qualifier, complement, past: self.past_role_at(k), mention: mi }
    }

    /// Is the role noun at token `k` one held before: a past word within two words before it
    /// ("former", "a former equality commissioner", "ex-minister"; `past_role_words.txt`)?
    fn past_role_at(&self, k: usize) -> bool {
        (k.saturating_sub(2)..k).any(|j| PAST_ROLE_WORDS.contains(self.a.low(j)))
    }

    /// The role noun of "ROLE of NAME" whose name ends at token `k` ("chief executive of Tesla"), when
    /// the name is an organisation or a place.
    fn of_phrase_role(&self, k: usize) -> Option<usize> {
        let m = &self.mentions[self.index.at(k)?];
        let j = self.a.tok_at(m.span.start);
        (matches!(m.label, EntityType::Org | EntityType::Loc) && j >= 2 && self.a.low(j - 1) == "of").then_some(j - 2)
    }

    /// Does the noun at token `k`, before a comma, end a fronted prepositional
    /// phrase opening its sentence ("According to a senior official, Clinton
    /// will …", no comma between), with the name after it (ending before token
    /// `name_end`) going on as the main clause rather than closing an apposition?
    fn ends_fronted_phrase(&self, k: usize, name_end: usize) -> bool {
        let a = self.a;
        let s = &a.sentences[a.sentence_of_token(k)];
        let Some(first) = s.tokens.clone().find(|&t| a.tok(t).chars().any(char::is_alphanumeric)) else { return false };
        let apposition_closes = name_end >= s.tokens.end || matches!(a.tok(name_end), "," | "." | ";" | ")" | "—" | "–");
        first < k && FRONTED_PREPOSITIONS.contains(a.low(first)) && (first..k).all(|t| a.tok(t) != ",") && !apposition_closes
    }

    /// What says which role the role noun at token `k` is, if anything: the
    /// unnamed word before it not in `role_neutral_words.txt` ("prime"
    /// minister, "finance" minister), or the organisation or place named right
    /// before it ("Liverpool" manager, "Indiana" governor), so that "the former
    /// Chelsea manager" is not the person introduced as "Liverpool manager".
    /// A hyphenated modifier describes the person, not the role ("the
    /// Seoul-born lawyer").
    fn role_qualifier(&self, k: usize) -> Option<String> {
        let a = self.a;
        let q = k.checked_sub(1)?;
        if q > 0 && a.tok(q - 1) == "-" && a.adjacent(q - 1) {
            return None;
        }
        let w = a.low(q);
        if let Some(m) = self.index.at(q) {
            let mm = &self.mentions[m];
            return matches!(mm.label, EntityType::Org | EntityType::Loc).then(|| a.text[mm.span.start..mm.span.end].to_lowercase());
        }
        let word = w.chars().all(|c| c.is_alphabetic() || c == '-') && w.chars().any(char::is_alphabetic);
        (word && !ROLE_NEUTRAL_WORDS.contains(w)).then(|| w.to_string())
    }

    /// Was the person of mention `m` introduced with the role noun at byte `pos`
    /// under another qualifier than the one it has there ("Lakeside coach Ivan
    /// Petrov" for "the Harbor City coach")? A past role with an organisation
    /// ("the former Harbor City coach") may be another job of the same person.
    pub(super) fn role_conflicts(&self, m: usize, pos: usize) -> bool {
        let a = self.a;
        let k = a.tok_at(pos);
        let Some(ours) = (k < a.tokens.len()).then(|| self.role_qualifier(k)).flatten() else {
            return false;
        };
        if let Some(org) = self.index.at(k - 1) {
            let before = a.tok_at(self.mentions[org].span.start);
            if before > 0 && PAST_ROLE_WORDS.contains(a.low(before - 1)) {
                return false;
            }
        }
        let (role, who) = (a.low(k), self.referent(m));
        self.roles.iter().any(|r| r.role == role && self.referent(r.mention) == who && !r.fits(&ours))
    }

    /// The mention the role noun `word` (lowercase) at byte `pos` stands for: the
    /// latest introduction with that role before it, unless the two name
    /// different roles of the noun ("the prime minister" after "Finance Minister
    /// Ann Lee"); for organisation nouns without one, the latest organisation
    /// whose name holds the noun ("the airline": "United Airlines"), else one
    /// whose name holds a noun of the same kind ("the agency": "Federal
    /// Aviation Administration"), else the
    /// latest organisation that was a clause's subject in its paragraph, else the
    /// organisation named most often (outside quotes) before it, the latest on a tie.
    pub fn resolve_role(&self, word: &str, pos: usize) -> Option<usize> {
        let i = self.roles.partition_point(|r| r.at < pos);
        let k = self.a.tok_at(pos);
        let ours =
            (k < self.a.tokens.len() && self.a.tokens[k].start == pos && self.a.low(k) == word).then(|| self.role_qualifier(k)).flatten();
        let same_role = |r: &RoleIntro| ours.as_deref().is_none_or(|q| r.fits(q));
        // A role held now is not one a person held before ("the commissioner" after "Ann Lee, a
        // former commissioner"), unless no one else holds it.
        let now = !(k < self.a.tokens.len() && self.past_role_at(k));
        let current = self.roles[..i].iter().any(|r| r.role == word && same_role(r) && r.past != now);
        let mut with_role = self.roles[..i].iter().rev().filter(|r| r.role == word && same_role(r) && (!current || r.past != now));
        if let Some(latest) = with_role.next() {
            // Several people with the role: the one mentioned most recently ("the senator"
            // after a paragraph about one of two senators).
            let others: Vec<usize> = with_role.map(|r| self.referent(r.mention)).collect();
            if !others.is_empty() && self.mentions[latest.mention].label == EntityType::Person {
                let ours = self.referent(latest.mention);
                if let Some(p) = self.salient_people(pos, &[]).into_iter().find(|p| {
                    let r = self.referent(p.mention);
                    r == ours || others.contains(&r)
                }) {
                    return Some(p.mention);
                }
            }
            return Some(latest.mention);
        }
        if !is_org_role(word) {
            return None;
        }
        // An organisation whose name the noun heads or ends: "the airline" for "United Airlines",
        // "the party" for "Conservative Party", "the department" for "Department of Education".
        let named_by = |m: &Mention<Bytes>| org_nouns(&m.text).any(|w| w == word);
        // Organisations named before it, outside quotations.
        let before = &self.mentions[..self.mentions.partition_point(|m| m.span.start < pos)];
        let org = |m: &Mention<Bytes>| m.label == EntityType::Org && !self.is_quoted(m.span.start);
        // The noun's modifier in the name: "the production company" for "Dick Clark
        // Productions", "the record label" for "Big Machine Records".
        if let Some(modifier) = (k > 0 && k < self.a.tokens.len() && self.a.tokens[k].start == pos)
            .then(|| self.a.low(k - 1))
            .filter(|w| w.len() >= 5 && w.chars().all(|c| c.is_ascii_lowercase()))
            && let Some(mi) = before.iter().rposition(|m| {
                org(m)
                    && m.text
                        .split([' ', '-'])
                        .any(|w| w.len() >= 5 && w.to_lowercase().trim_end_matches('s') == modifier.trim_end_matches('s'))
            })
        {
            return Some(mi);
        }
        if let Some(mi) = before.iter().rposition(|m| org(m) && named_by(m)) {
            return Some(mi);
        }
        // A body of a place or people the text does not name ("the French foreign ministry",
        // "Russia's foreign ministry") is no other organisation of the document. A business the
        // place describes is one it named ("the Detroit automaker", "the Danish drugmaker").
        let kind = org_noun_kind(word);
        let business = matches!(kind, Some("business" | "finance" | "media"));
        let k = self.a.tok_at(pos);
        if k < self.a.tokens.len() && self.a.low(k) == word && !business && self.of_a_place(k) {
            return None;
        }
        // Else one whose name ends in a noun of the same kind: "the agency" for the "Federal
        // Aviation Administration", "the outlet" for a "... Newspaper" (`org_noun_kinds.tsv`).
        let same_kind = |m: &Mention<Bytes>| kind.is_some() && org_nouns(&m.text).any(|w| org_noun_kind(&w) == kind);
        if let Some(mi) = before.iter().rposition(|m| org(m) && same_kind(m)) {
            return Some(mi);
        }
        if org_noun_names_its_kind(word) {
            return None;
        }
        // A specific noun ("the union") is not an organisation whose name gives another kind
        // ("Harlow Mining Company"); a general one ("the company") may be any but one whose name
        // gives a kind other than its own ("Pilots Union", "Federal Aviation Administration").
        let other_kind = |m: &Mention<Bytes>| {
            let mut nouns = org_nouns(&m.text);
            if GENERIC_ORG_ROLES.contains(word) {
                kind.is_some() && nouns.any(|w| org_noun_kind(&w).is_some_and(|k| Some(k) != kind))
            } else {
                nouns.next().is_some()
            }
        };
        let org = |m: &Mention<Bytes>| org(m) && !other_kind(m) && !self.is_addressee(m);
        // The latest organisation its paragraph made a clause's subject, itself, through its
        // spokesperson or as a relative clause's: "Greenpeace campaigners staged a protest. “…,”
        // the group said.", "An Acme spokeswoman pointed to a post. In it, the company said …".
        let here = self.paragraph_of(pos);
        let in_subject = |m: &Mention<Bytes>| self.is_subject_position(self.a.tok_at(m.span.start));
        // The subject of a relative clause on it counts too: "another blow to Boeing, which has
        // taken $1.6 billion in charges. The company said …".
        let relative = |m: &Mention<Bytes>| {
            let e = self.a.tok_at(m.span.end);
            e + 1 < self.a.tokens.len() && self.a.tok(e) == "," && self.a.low(e + 1) == "which"
        };
        let subject = |mi: usize| {
            in_subject(&self.mentions[mi])
                || relative(&self.mentions[mi])
                || self.spokes.iter().any(|s| s.principal == mi && self.is_subject_position(s.first))
        };
        if let Some(mi) = before
            .iter()
            .enumerate()
            .rev()
            .find(|(mi, m)| org(m) && self.paragraph_of(m.span.start) == here && subject(*mi))
            .map(|(mi, _)| mi)
        {
            return Some(mi);
        }
        // Else the organisation named most often, its mentions counted together when one's
        // words lead the other's in any case ("RAITH ROVERS", "Raith Rovers FC", "Raith").
        let same_org = |x: &str, y: &str| {
            let (x, y) = (x.to_lowercase(), y.to_lowercase());
            let (xs, ys): (Vec<&str>, Vec<&str>) = (x.split_whitespace().collect(), y.split_whitespace().collect());
            xs.starts_with(&ys) || ys.starts_with(&xs)
        };
        // A mention as a clause's subject counts twice ("Acme raised its forecast" over "an
        // analyst at Birch Securities"); on a tie the one named first, the story's own.
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (weight, last index, first index of name)
        for (mi, m) in before.iter().enumerate().filter(|(_, m)| org(m)) {
            let weight = if in_subject(m) { 2 } else { 1 };
            match counts.iter_mut().find(|c| same_org(&self.mentions[c.2].text, &m.text)) {
                Some(c) => {
                    c.0 += weight;
                    c.1 = mi;
                }
                None => counts.push((weight, mi, mi)),
            }
        }
        counts.iter().max_by_key(|c| (c.0, std::cmp::Reverse(c.2))).map(|c| c.1)
    }

    /// Is the mention the outlet someone spoke to ("told the BBC", "speaking to
    /// Reuters", "in an interview with CNN"; `addressee_leads.txt`)? Such an
    /// outlet reports; it is not the organisation a later "the company" means.
    fn is_addressee(&self, m: &Mention<Bytes>) -> bool {
        let a = self.a;
        let mut k = a.tok_at(m.span.start);
        if k > 0 && a.low(k - 1) == "the" {
            k -= 1;
        }
        ADDRESSEE_LEADS.words().iter().any(|p| a.phrase_ending_at(k, 0, p).is_some())
    }

    /// Is the organisation noun at token `k` qualified by a place or a people
    /// before it, past lowercase modifiers: "the French foreign ministry",
    /// "Russia's foreign ministry", "the Chinese embassy"; not "the Houston-based company")?
    fn of_a_place(&self, k: usize) -> bool {
        let a = self.a;
        let mut j = k;
        while j > 0 && k - j < 3 {
            j -= 1;
            let t = a.tok(j);
            if matches!(t, "'s" | "’s") {
                continue;
            }
            if let Some(m) = self.index.at(j) {
                // Not a place glued into an adjective: "the Houston-based company".
                let glued = a.adjacent(j) && a.tok(j + 1).starts_with('-');
                return matches!(self.mentions[m].label, EntityType::Loc | EntityType::Misc) && !glued;
            }
            if !t.chars().all(|c| c.is_lowercase() || c == '-') {
                return false;
            }
        }
        false
    }

    /// A role noun phrase whose noun is token `p`: "the company" resolves (see
    /// [`Discourse::resolve_role`]); "a spokesman", "two officials" do not.
    pub fn resolve_role_np(&self, p: usize) -> Option<usize> {
        if p > 0 && INDEFINITE_DETERMINERS.contains(self.a.low(p - 1)) {
            return None;
        }
        let w = self.a.low(p);
        if !is_role_noun(w) {
            return None;
        }
        self.resolve_role(w, self.a.tokens[p].start)
    }
}

/// The words of an organisation's name that are organisation nouns or nouns
/// with a kind, lowercase and singular: "United Airlines" -> "airline",
/// "Conservative Party" -> "party", "Senate" -> "senate".
fn org_nouns(name: &str) -> impl Iterator<Item = String> + '_ {
    let noun = |w: &str| is_org_role(w) || org_noun_kind(w).is_some();
    name.split([' ', '-']).filter_map(move |w| {
        let w = w.to_lowercase();
        let singular = w.strip_suffix('s').filter(|s| noun(s)).map(str::to_string);
        singular.or_else(|| noun(&w).then_some(w))
    })
}
