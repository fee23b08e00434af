//! Money, percents and counts with normalised values and qualifiers (spec §2, §7).
//!
//! The extractor walks the tokens once. At each token it tries to read an
//! amount expression: an optional currency prefix ("$", "US$", "€", "R",
//! "USD"), a number from [`super::numbers`], and an optional suffix (a
//! percent word or sign, a currency word such as "Hong Kong dollars", a
//! trailing "$"). Two expressions joined by "to", "-" or "between ... and"
//! make a range. Then:
//!
//! - money and percents are kept as they are;
//! - plain numbers become counts when a counted noun follows ("300 school
//!   districts" -> "districts", "30 of the planes" -> "planes") or, for a
//!   bare number ("we hired 500"), when an earlier count in the last sentences
//!   gives the elided noun; a number before a time word is a `duration`, before
//!   a measure unit a `quantity`, and years, dates, times, ages, ordinals,
//!   model numbers, phone numbers and "one" as an article are left out;
//! - the qualifier comes from the words before ("more than", "up to", "some")
//!   or after ("8M+", "or more") the expression and is kept out of the span.
//!
//! Each amount's owner is the PERSON or ORG mention that is the subject of a
//! money verb ("paid", "raised", "has") before it in the same sentence.
//! Offsets are bytes; `mod.rs` converts them to code points.

use super::analysis::Analysis;
use super::analysis::{Bytes, Span};
use super::numbers::{Number, adjacent, is_digit_token, parse_number};
use super::{Amount, AmountKind, EntityType, Mention, Qualifier};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Amounts in the document; `mentions` let an amount name its owner.
pub fn extract(a: &Analysis, mentions: &[Mention<Bytes>]) -> Vec<Amount<Bytes>> {
    let ctx = Ctx::new(a, mentions);
    let n = a.tokens.len();
    let mut consumed = vec![false; n];
    let mut out: Vec<Found> = Vec::new();
    let mut last_unit: Option<LastUnit> = None;
    let mut i = 0;
    while i < n {
        if consumed[i] {
            i += 1;
            continue;
        }
        match scan_at(&ctx, i, &consumed, &out, &mut last_unit) {
            Step::Emit(found) => {
                // Words after the amount are scanned again ("30 of the 50 states"),
                // except the model numbers inside its noun phrase ("30 Boeing 787 jets").
                consumed[found.s..found.e].iter_mut().for_each(|c| *c = true);
                for &k in &found.extra_consumed {
                    consumed[k] = true;
                }
                i = found.e.max(i + 1);
                out.push(found);
            }
            Step::Skip(upto) => {
                for c in consumed.iter_mut().take(upto).skip(i) {
                    *c = true;
                }
                i = upto.max(i + 1);
            }
            Step::None => i += 1,
        }
    }
    out.iter().map(|f| to_amount(&ctx, f)).collect()
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Qualifier phrases before a number, as lowercase token sequences.
const PRE_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("about", Qualifier::Approx),
    ("around", Qualifier::Approx),
    ("nearly", Qualifier::Approx),
    ("almost", Qualifier::Approx),
    ("roughly", Qualifier::Approx),
    ("approximately", Qualifier::Approx),
    ("approx.", Qualifier::Approx),
    ("some", Qualifier::Approx),
    ("an estimated", Qualifier::Approx),
    ("estimated", Qualifier::Approx),
    ("close to", Qualifier::Approx),
    ("circa", Qualifier::Approx),
    ("just about", Qualifier::Approx),
    ("in the region of", Qualifier::Approx),
    ("in the neighbourhood of", Qualifier::Approx),
    ("in the neighborhood of", Qualifier::Approx),
    ("on the order of", Qualifier::Approx),
    ("something like", Qualifier::Approx),
    ("over", Qualifier::Over),
    ("more than", Qualifier::Over),
    ("above", Qualifier::Over),
    ("upwards of", Qualifier::Over),
    ("upward of", Qualifier::Over),
    ("north of", Qualifier::Over),
    ("in excess of", Qualifier::Over),
    ("well in excess of", Qualifier::Over),
    ("just over", Qualifier::Over),
    ("well over", Qualifier::Over),
    ("just above", Qualifier::Over),
    ("well above", Qualifier::Over),
    ("slightly more than", Qualifier::Over),
    ("slightly over", Qualifier::Over),
    ("a little over", Qualifier::Over),
    ("a little more than", Qualifier::Over),
    ("far more than", Qualifier::Over),
    ("much more than", Qualifier::Over),
    ("well more than", Qualifier::Over),
    ("greater than", Qualifier::Over),
    ("higher than", Qualifier::Over),
    ("exceeding", Qualifier::Over),
    ("under", Qualifier::Under),
    ("less than", Qualifier::Under),
    ("below", Qualifier::Under),
    ("fewer than", Qualifier::Under),
    ("well under", Qualifier::Under),
    ("just under", Qualifier::Under),
    ("well below", Qualifier::Under),
    ("just below", Qualifier::Under),
    ("slightly less than", Qualifier::Under),
    ("a little under", Qualifier::Under),
    ("a little less than", Qualifier::Under),
    ("far less than", Qualifier::Under),
    ("much less than", Qualifier::Under),
    ("short of", Qualifier::Under),
    ("just short of", Qualifier::Under),
    ("well short of", Qualifier::Under),
    ("shy of", Qualifier::Under),
    ("just shy of", Qualifier::Under),
    ("lower than", Qualifier::Under),
    ("south of", Qualifier::Under),
    ("at least", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast),
    ("not fewer than", Qualifier::AtLeast),
    ("a minimum of", Qualifier::AtLeast),
    ("minimum of", Qualifier::AtLeast),
    ("at a minimum", Qualifier::AtLeast),
    ("at the very least", Qualifier::AtLeast),
    ("at most", Qualifier::AtMost),
    ("at the most", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("upto", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost),
    ("maximum of", Qualifier::AtMost),
    ("up to a maximum of", Qualifier::AtMost),
    ("as high as", Qualifier::AtMost),
    ("capped at", Qualifier::AtMost),
    ("not exceeding", Qualifier::AtMost),
];

/// Qualifier phrases after a number ("8M+" is handled apart).
const POST_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("plus", Qualifier::Over),
    ("or more", Qualifier::AtLeast),
    ("or higher", Qualifier::AtLeast),
    ("or above", Qualifier::AtLeast),
    ("or over", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("and above", Qualifier::AtLeast),
    ("and over", Qualifier::AtLeast),
    ("and up", Qualifier::AtLeast),
    ("and upwards", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or fewer", Qualifier::AtMost),
    ("or below", Qualifier::AtMost),
    ("or under", Qualifier::AtMost),
    ("or lower", Qualifier::AtMost),
    ("and below", Qualifier::AtMost),
    ("and under", Qualifier::AtMost),
    ("or so", Qualifier::Approx),
    ("odd", Qualifier::Approx),
    ("or thereabouts", Qualifier::Approx),
];

/// Words between a qualifier and its number that change nothing ("up to an additional 15%").
const FILLERS: &[&str] = &["an additional", "additional", "a further", "further", "another", "an extra", "extra", "even"];

/// Currency signs written as their own token.
fn sign_code(t: &str, ctx: &Ctx) -> Option<&'static str> {
    Some(match t {
        "$" => ctx.dollar,
        "€" => "EUR",
        "£" => "GBP",
        "¥" => ctx.yen,
        "₹" => "INR",
        "₩" => "KRW",
        "₦" => "NGN",
        "₱" => "PHP",
        "₺" => "TRY",
        "₽" => "RUB",
        "₪" => "ILS",
        "₫" => "VND",
        "฿" => "THB",
        "₴" => "UAH",
        "₸" => "KZT",
        "₵" => "GHS",
        _ => return None,
    })
}

/// Letters written against a "$": "US$", "C$", "HK$".
fn dollar_prefix(t: &str) -> Option<&'static str> {
    Some(match t {
        "US" | "U.S." | "USA" => "USD",
        "C" | "CA" | "CAN" | "Can" => "CAD",
        "A" | "AU" | "AUD" => "AUD",
        "NZ" => "NZD",
        "HK" => "HKD",
        "S" | "SG" => "SGD",
        "NT" => "TWD",
        "MX" | "Mex" => "MXN",
        "R" => "BRL",
        "J" => "JMD",
        "N" => "NAD",
        "EC" => "XCD",
        "TT" => "TTD",
        _ => return None,
    })
}

/// ISO 4217 codes written before or after a number ("USD 5m", "5m EUR").
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "ZAR", "MYR", "CHF", "SGD", "HKD", "AUD", "CAD", "NZD", "BRL", "MXN", "KRW", "SEK", "NOK",
    "DKK", "PLN", "TRY", "RUB", "AED", "SAR", "QAR", "KWD", "NGN", "KES", "EGP", "IDR", "THB", "VND", "ILS", "PKR", "BDT", "GHS", "ARS",
    "CLP", "COP", "CZK", "HUF", "TWD", "UAH", "RON", "ISK",
];

fn code_token(t: &str) -> Option<&'static str> {
    if t == "RMB" {
        return Some("CNY");
    }
    CODES.iter().find(|c| **c == t).copied()
}

/// Currency abbreviations written before the digits, glued ("R4bn") or not ("Rs 500").
fn letter_prefix(t: &str, ctx: &Ctx, scaled: bool) -> Option<&'static str> {
    if let Some(code) = code_token(t) {
        return Some(code);
    }
    Some(match t.trim_end_matches('.') {
        "R" if ctx.rand || scaled => "ZAR",
        "RM" => "MYR",
        "Rp" => "IDR",
        "Rs" => ctx.rupee,
        "KSh" | "Ksh" | "Sh" => "KES",
        "Tk" => "BDT",
        "Dh" | "Dhs" => "AED",
        "SR" => "SAR",
        "QR" => "QAR",
        "RMB" => "CNY",
        _ => return None,
    })
}

/// Currency nouns: forms, the code without a qualifying adjective ("$" = the
/// document's dollar, "" = unknown), and adjectives that name another code.
struct CurrencyNoun {
    forms: &'static [&'static str],
    default: &'static str,
    adjectives: &'static [(&'static str, &'static str)],
}

const CURRENCY_NOUNS: &[CurrencyNoun] = &[
    CurrencyNoun {
        forms: &["dollars", "dollar"],
        default: "$",
        adjectives: &[
            ("hong kong", "HKD"),
            ("u.s.", "USD"),
            ("us", "USD"),
            ("american", "USD"),
            ("canadian", "CAD"),
            ("australian", "AUD"),
            ("new zealand", "NZD"),
            ("singapore", "SGD"),
            ("singaporean", "SGD"),
            ("new taiwan", "TWD"),
            ("taiwan", "TWD"),
            ("taiwanese", "TWD"),
            ("jamaican", "JMD"),
            ("namibian", "NAD"),
            ("zimbabwean", "ZWL"),
            ("zimbabwe", "ZWL"),
            ("fijian", "FJD"),
            ("brunei", "BND"),
            ("bahamian", "BSD"),
            ("barbados", "BBD"),
            ("liberian", "LRD"),
            ("east caribbean", "XCD"),
            ("trinidad and tobago", "TTD"),
            ("belize", "BZD"),
        ],
    },
    CurrencyNoun {
        forms: &["pounds", "pound"],
        default: "GBP",
        adjectives: &[("egyptian", "EGP"), ("lebanese", "LBP"), ("syrian", "SYP"), ("sudanese", "SDG"), ("british", "GBP")],
    },
    CurrencyNoun { forms: &["sterling"], default: "GBP", adjectives: &[("pounds", "GBP")] },
    CurrencyNoun { forms: &["euros", "euro"], default: "EUR", adjectives: &[] },
    CurrencyNoun { forms: &["yen"], default: "JPY", adjectives: &[("japanese", "JPY")] },
    CurrencyNoun { forms: &["yuan", "renminbi"], default: "CNY", adjectives: &[("chinese", "CNY")] },
    CurrencyNoun {
        forms: &["rupees", "rupee"],
        default: "₹",
        adjectives: &[
            ("indian", "INR"),
            ("pakistani", "PKR"),
            ("sri lankan", "LKR"),
            ("nepalese", "NPR"),
            ("nepali", "NPR"),
            ("mauritian", "MUR"),
        ],
    },
    CurrencyNoun { forms: &["rand"], default: "ZAR", adjectives: &[("south african", "ZAR")] },
    CurrencyNoun { forms: &["ringgit"], default: "MYR", adjectives: &[("malaysian", "MYR")] },
    CurrencyNoun { forms: &["naira"], default: "NGN", adjectives: &[("nigerian", "NGN")] },
    CurrencyNoun { forms: &["cedis", "cedi"], default: "GHS", adjectives: &[("ghanaian", "GHS")] },
    CurrencyNoun { forms: &["rupiah"], default: "IDR", adjectives: &[("indonesian", "IDR")] },
    CurrencyNoun { forms: &["baht"], default: "THB", adjectives: &[("thai", "THB")] },
    CurrencyNoun { forms: &["dong"], default: "VND", adjectives: &[("vietnamese", "VND")] },
    CurrencyNoun { forms: &["lira", "liras", "lire"], default: "TRY", adjectives: &[("turkish", "TRY"), ("lebanese", "LBP")] },
    CurrencyNoun { forms: &["rubles", "roubles", "ruble", "rouble"], default: "RUB", adjectives: &[("russian", "RUB")] },
    CurrencyNoun { forms: &["hryvnias", "hryvnia"], default: "UAH", adjectives: &[] },
    CurrencyNoun { forms: &["zlotys", "zloty", "zlotych"], default: "PLN", adjectives: &[("polish", "PLN")] },
    CurrencyNoun { forms: &["forints", "forint"], default: "HUF", adjectives: &[("hungarian", "HUF")] },
    CurrencyNoun { forms: &["shekels", "shekel"], default: "ILS", adjectives: &[("new israeli", "ILS"), ("israeli", "ILS")] },
    CurrencyNoun { forms: &["reais"], default: "BRL", adjectives: &[("brazilian", "BRL")] },
    CurrencyNoun {
        forms: &["pesos", "peso"],
        default: "MXN",
        adjectives: &[
            ("mexican", "MXN"),
            ("philippine", "PHP"),
            ("argentine", "ARS"),
            ("argentinian", "ARS"),
            ("chilean", "CLP"),
            ("colombian", "COP"),
            ("cuban", "CUP"),
            ("dominican", "DOP"),
            ("uruguayan", "UYU"),
        ],
    },
    CurrencyNoun { forms: &["francs", "franc"], default: "CHF", adjectives: &[("swiss", "CHF"), ("cfa", "XOF")] },
    CurrencyNoun {
        forms: &["dinars", "dinar"],
        default: "",
        adjectives: &[
            ("kuwaiti", "KWD"),
            ("bahraini", "BHD"),
            ("jordanian", "JOD"),
            ("iraqi", "IQD"),
            ("algerian", "DZD"),
            ("tunisian", "TND"),
            ("libyan", "LYD"),
            ("serbian", "RSD"),
        ],
    },
    CurrencyNoun {
        forms: &["riyals", "riyal", "rials", "rial"],
        default: "SAR",
        adjectives: &[("saudi", "SAR"), ("qatari", "QAR"), ("omani", "OMR"), ("iranian", "IRR"), ("yemeni", "YER")],
    },
    CurrencyNoun { forms: &["dirhams", "dirham"], default: "AED", adjectives: &[("uae", "AED"), ("emirati", "AED"), ("moroccan", "MAD")] },
    CurrencyNoun { forms: &["kronor", "krona", "kronur"], default: "SEK", adjectives: &[("swedish", "SEK"), ("icelandic", "ISK")] },
    CurrencyNoun { forms: &["kroner", "krone"], default: "NOK", adjectives: &[("norwegian", "NOK"), ("danish", "DKK")] },
    CurrencyNoun {
        forms: &["shillings", "shilling"],
        default: "KES",
        adjectives: &[("kenyan", "KES"), ("ugandan", "UGX"), ("tanzanian", "TZS")],
    },
    CurrencyNoun { forms: &["won"], default: "KRW", adjectives: &[("south korean", "KRW"), ("north korean", "KPW"), ("korean", "KRW")] },
    CurrencyNoun { forms: &["koruna", "korunas"], default: "CZK", adjectives: &[("czech", "CZK")] },
    CurrencyNoun { forms: &["taka"], default: "BDT", adjectives: &[] },
    CurrencyNoun { forms: &["tenge"], default: "KZT", adjectives: &[] },
    CurrencyNoun { forms: &["kwacha"], default: "ZMW", adjectives: &[] },
    CurrencyNoun { forms: &["birr"], default: "ETB", adjectives: &[] },
];

/// Words that stand for the counted noun without naming it ("500 more").
const EMPTY_ADJ: &[&str] = &["more", "less", "fewer", "others", "other", "additional", "extra", "new", "total", "overall", "combined"];

/// Words that end a counted noun phrase.
#[rustfmt::skip]
static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "within", "into", "onto", "over",
        "under", "about", "around", "across", "after", "before", "between", "during", "through", "throughout",
        "since", "until", "against", "among", "amid", "per", "via", "like", "than", "as", "near", "toward",
        "towards", "upon", "off", "out", "up", "down", "including", "excluding", "despite", "except", "beyond",
        "behind", "above", "below", "inside", "outside", "along", "following", "according", "and", "or", "but",
        "nor", "so", "yet", "if", "because", "while", "whereas", "although", "though", "unless", "whether", "when",
        "where", "which", "who", "whom", "whose", "that", "what", "how", "why", "the", "a", "an", "this", "these",
        "those", "his", "her", "its", "their", "our", "my", "your", "it", "they", "them", "he", "she", "we", "you",
        "i", "us", "him", "every", "all", "both", "some", "any", "no", "such", "is", "are", "was", "were", "be",
        "been", "being", "am", "have", "has", "had", "having", "do", "does", "did", "will", "would", "shall",
        "should", "can", "could", "may", "might", "must", "also", "still", "already", "now", "then", "just", "only",
        "even", "each", "apiece", "respectively", "altogether", "earlier", "later", "ago", "last", "next", "too",
        "very", "not", "never", "ever", "again", "here", "there", "most", "least", "instead", "each", "say", "said",
        "says", "according", "told", "annually", "yearly", "daily", "hundreds", "thousands", "millions", "billions",
        "trillions", "dozens", "tens", "scores", "lots",
    ]
    .into_iter()
    .collect()
});

/// Plural nouns without a final "s", and nouns whose singular counts ("12 freight").
#[rustfmt::skip]
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "personnel", "aircraft", "spacecraft", "freight",
    "cattle", "sheep", "deer", "fish", "livestock", "crew", "feet", "teeth", "mice", "geese", "data", "media",
    "alumni", "offspring", "series", "species", "headquarters", "folk", "youth", "clergy", "infantry", "militia",
    "poultry", "swine", "salmon", "bison", "moose", "faculty", "workforce",
];

/// Time words: a number before them is a duration.
#[rustfmt::skip]
const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight",
    "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "millennium",
    "millennia", "quarter", "quarters", "semester", "semesters", "night", "nights", "weekend", "weekends", "season",
    "seasons", "yr", "yrs", "hrs", "mins", "secs", "term", "terms", "generation", "generations",
];

/// Measure units: a number before them is a quantity.
#[rustfmt::skip]
const MEASURE_UNITS: &[&str] = &[
    "barrel", "barrels", "bpd", "tonne", "tonnes", "ton", "tons", "kg", "kilogram", "kilograms", "kilo", "kilos",
    "gram", "grams", "g", "mg", "lb", "lbs", "ounce", "ounces", "oz", "km", "kilometre", "kilometres", "kilometer",
    "kilometers", "mile", "miles", "metre", "metres", "meter", "meters", "cm", "mm", "foot", "feet", "ft", "inch",
    "inches", "yard", "yards", "acre", "acres", "hectare", "hectares", "sq", "square", "litre", "litres", "liter",
    "liters", "gallon", "gallons", "cubic", "megawatt", "megawatts", "mw", "gigawatt", "gigawatts", "gw", "kilowatt",
    "kilowatts", "kw", "kwh", "mwh", "gwh", "twh", "watt", "watts", "volt", "volts", "degree", "degrees", "mph",
    "kph", "knot", "knots", "calorie", "calories", "byte", "bytes", "gb", "tb", "mb", "kb", "gigabyte", "gigabytes",
    "terabyte", "terabytes", "megabyte", "megabytes", "petabyte", "petabytes", "pixel", "pixels", "bushel",
    "bushels", "carat", "carats", "decibel", "decibels", "point", "points", "bps", "bitcoin", "bitcoins", "btc",
    "mcf", "bcf", "teu", "teus", "ghz", "mhz", "hz", "magnitude", "pound", "pounds", "stone",
];

/// Lowercase words before a number that make it a label, rank or reference, not an amount.
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "no.", "no", "nos.", "number", "#", "top", "page", "pages", "chapter", "section", "article", "room", "level",
    "grade", "tier", "phase", "stage", "version", "round", "week", "day", "game", "episode", "gate", "flight",
    "route", "highway", "channel", "floor", "ward", "platform", "line", "volume", "vol.", "issue", "item", "figure",
    "table", "category", "class", "type", "step", "act", "scene", "part", "lane", "row", "seat", "unit", "suite",
    "apartment", "apt.", "district", "precinct", "interstate", "exit", "bus", "train", "terminal", "pier", "rule",
    "paragraph", "clause", "amendment", "title", "proposition", "prop.", "measure", "bill", "resolution", "order",
    "case", "model", "series", "size", "rank", "ranked", "ranking", "ranks", "aged", "age", "ages", "p.", "pp.",
    "fig.", "v", "vs", "vs.", "covid", "score", "scored", "rated", "rating", "verse", "psalm", "box", "zone",
    "block", "lot", "ward", "region", "sector", "wave", "mark", "dial", "hole", "hall", "studio", "track", "tracks",
    "mile", "km",
];

/// Verbs whose subject owns the money that follows (pays, raises, holds...).
#[rustfmt::skip]
static MONEY_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "pay", "pays", "paid", "paying", "raise", "raises", "raised", "raising", "donate", "donates", "donated",
        "donating", "give", "gives", "gave", "giving", "given", "spend", "spends", "spent", "spending", "hold",
        "holds", "held", "holding", "has", "have", "had", "lose", "loses", "lost", "losing", "earn", "earns",
        "earned", "earning", "invest", "invests", "invested", "investing", "contribute", "contributes",
        "contributed", "contributing", "commit", "commits", "committed", "committing", "allocate", "allocates",
        "allocated", "allocating", "fund", "funds", "funded", "collect", "collects", "collected", "collecting",
        "receive", "receives", "received", "receiving", "bid", "bids", "offer", "offers", "offered", "offering",
        "pledge", "pledges", "pledged", "pledging", "borrow", "borrows", "borrowed", "owe", "owes", "owed",
        "generate", "generates", "generated", "make", "makes", "made", "net", "nets", "netted", "post", "posts",
        "posted", "report", "reports", "reported", "secure", "secures", "secured", "win", "wins", "won", "got",
        "gets", "get", "buy", "buys", "bought", "acquire", "acquires", "acquired", "sell", "sells", "sold", "charge",
        "charges", "charged", "seek", "seeks", "sought", "save", "saves", "saved", "cut", "cuts", "owns", "own",
        "sued", "sue", "sues", "fined", "fine", "fines", "award", "awarded", "grant", "granted", "lend", "lent",
        "loaned", "inject", "injected", "splurge", "splurged", "value", "valued", "price", "priced",
    ]
    .into_iter()
    .collect()
});

/// Words before "by" that make "by X to Y" a change ("down by 30 to 126"), not a range.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "down", "up", "fell", "fall", "falls", "dropped", "drop", "drops", "declined", "decline", "rose", "rise",
    "rises", "increased", "increase", "decreased", "decrease", "cut", "cuts", "reduced", "reduce", "grew", "grow",
    "climbed", "climb", "slipped", "jumped", "gained", "lost", "raised", "lowered", "trimmed", "slashed", "boosted",
    "shrank", "expanded", "sank", "slid", "tumbled", "surged", "soared", "plunged", "eased", "higher", "lower",
];

#[rustfmt::skip]
static MONTHS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.", "sep",
        "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ]
    .into_iter()
    .collect()
});

#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "utc",
    "o'clock", "o’clock", "hrs", "ct", "cst", "cdt", "ist", "sast", "aest",
];

// ---------------------------------------------------------------------------
// Document context (ASCII word boundaries keep the regexes on the fast engines)
// ---------------------------------------------------------------------------

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{1,3}[\s.-]?)?\(?(?-u:\b)\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?-u:\b)|(?-u:\b)\d{3}-\d{4}(?-u:\b)").unwrap()
});
static IN_LOCAL_DOLLARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:in|are|were)\s+(canadian|australian|new zealand|singapore|hong kong|taiwan|new taiwan)\s+dollars(?-u:\b)")
        .unwrap()
});
static NAMED_OTHER_DOLLAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:C|CA|CAN|A|AU|NZ|HK|S|SG|NT)\$|(?i:\d(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|b|k))?\s+(?:canadian|australian|new zealand|singapore|hong kong|taiwan|new taiwan)\s+dollars)",
    )
    .unwrap()
});
static US_DOLLAR_NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)US\$|(?-u:\b)U\.S\.\$|(?-u:\b)USD(?-u:\b)|(?i:(?-u:\b)U\.?S\.?\s+dollars?(?-u:\b))").unwrap());
static US_CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)U\.S\.|(?-u:\b)US(?-u:\b)|(?-u:\b)United States(?-u:\b)|(?-u:\b)America|(?-u:\b)Washington(?-u:\b)|(?-u:\b)New York(?-u:\b)|(?-u:\b)Wall Street(?-u:\b)|(?-u:\b)Congress(?-u:\b)|(?-u:\b)White House(?-u:\b)|(?-u:\b)Federal Reserve(?-u:\b)|(?-u:\b)Nasdaq(?-u:\b)|(?-u:\b)NYSE(?-u:\b)|(?-u:\b)California(?-u:\b)|(?-u:\b)Texas(?-u:\b)|(?-u:\b)Florida(?-u:\b)")
        .unwrap()
});
/// Countries with their own dollar: cue pattern and code.
static LOCAL_DOLLAR_CUES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"(?-u:\b)Canad(?:a|ian)|(?-u:\b)Ottawa(?-u:\b)|(?-u:\b)Toronto(?-u:\b)|(?-u:\b)Ontario(?-u:\b)|(?-u:\b)Quebec(?-u:\b)|(?-u:\b)Alberta(?-u:\b)|(?-u:\b)Manitoba(?-u:\b)|(?-u:\b)Saskatchewan(?-u:\b)|(?-u:\b)Vancouver(?-u:\b)|(?-u:\b)Montreal(?-u:\b)|(?-u:\b)Calgary(?-u:\b)|(?-u:\b)Edmonton(?-u:\b)|(?-u:\b)Winnipeg(?-u:\b)|(?-u:\b)British Columbia(?-u:\b)|(?-u:\b)Nova Scotia(?-u:\b)", "CAD"),
        (r"(?-u:\b)Australia|(?-u:\b)Sydney(?-u:\b)|(?-u:\b)Melbourne(?-u:\b)|(?-u:\b)Brisbane(?-u:\b)|(?-u:\b)Canberra(?-u:\b)|(?-u:\b)Queensland(?-u:\b)|(?-u:\b)New South Wales(?-u:\b)|(?-u:\b)Tasmania|(?-u:\b)Adelaide(?-u:\b)|(?-u:\b)ASX(?-u:\b)", "AUD"),
        (r"(?-u:\b)New Zealand|(?-u:\b)Auckland(?-u:\b)|(?-u:\b)Christchurch(?-u:\b)", "NZD"),
        (r"(?-u:\b)Singapore", "SGD"),
        (r"(?-u:\b)Hong Kong(?-u:\b)", "HKD"),
        (r"(?-u:\b)Taiwan|(?-u:\b)Taipei(?-u:\b)", "TWD"),
    ]
    .into_iter()
    .map(|(p, c)| (Regex::new(p).unwrap(), c))
    .collect()
});
static YUAN_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:yuan|renminbi|rmb)(?-u:\b)").unwrap());
static CHINA_CUES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)Chin(?:a|ese)(?-u:\b)|(?-u:\b)Beijing(?-u:\b)|(?-u:\b)Shanghai(?-u:\b)").unwrap());
static JAPAN_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?-u:\b)Japan(?:ese)?(?-u:\b)|(?-u:\b)Tokyo(?-u:\b)").unwrap());
static RAND_CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"South Africa|(?-u:\b)rand(?-u:\b)|(?-u:\b)ZAR(?-u:\b)|Johannesburg|Cape Town|Pretoria|Durban|Gauteng|(?-u:\b)ANC(?-u:\b)|(?-u:\b)JSE(?-u:\b)|Soweto|Ramaphosa|Eskom")
        .unwrap()
});
static KOREA_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"Korea|Seoul|(?-u:\b)KRW(?-u:\b)").unwrap());

/// What the extractor knows about the document as a whole.
struct Ctx<'a, 'b> {
    a: &'b Analysis<'a>,
    mentions: &'b [Mention<Bytes>],
    /// Lowercased tokens.
    low: Vec<String>,
    /// Sentence index of each token.
    sent: Vec<usize>,
    /// Mention covering each token.
    mention_at: Vec<Option<usize>>,
    /// Mention ending with each token.
    mention_ends: Vec<Option<usize>>,
    /// Tokens inside a phone number.
    phone: Vec<bool>,
    /// Sentences written in title case (headlines).
    title_case: Vec<bool>,
    /// First token of each sentence with a letter or digit.
    first_word: Vec<usize>,
    /// ISO code of a bare "$" and of "dollars".
    dollar: &'static str,
    yen: &'static str,
    rupee: &'static str,
    /// A South African text: "R" before digits is the rand.
    rand: bool,
    korea: bool,
    /// The text talks of pounds, so "720p" is pence and not a video resolution.
    sterling: bool,
}

impl<'a, 'b> Ctx<'a, 'b> {
    fn new(a: &'b Analysis<'a>, mentions: &'b [Mention<Bytes>]) -> Self {
        let n = a.tokens.len();
        let low: Vec<String> = (0..n).map(|i| a.tok(i).to_lowercase()).collect();
        let mut sent = vec![0; n];
        for (si, s) in a.sentences.iter().enumerate() {
            for k in s.tokens.clone() {
                sent[k] = si;
            }
        }
        let mention_at = super::mention_at(a, mentions);
        // The mention ending with each token.
        let mention_ends: Vec<Option<usize>> = (0..n).map(|k| mention_at[k].filter(|&m| a.tokens[k].end >= mentions[m].span.end)).collect();
        let mut phone = vec![false; n];
        for m in PHONE.find_iter(a.text) {
            let first = a.tokens.partition_point(|t| t.end <= m.start());
            let mut k = first;
            while k < n && a.tokens[k].start < m.end() {
                phone[k] = true;
                k += 1;
            }
        }
        let title_case = a
            .sentences
            .iter()
            .map(|s| {
                let words: Vec<&str> =
                    s.tokens.clone().map(|k| a.tok(k)).filter(|t| t.chars().count() >= 4 && t.chars().all(char::is_alphabetic)).collect();
                let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
                words.len() >= 3 && caps * 4 >= words.len() * 3
            })
            .collect();
        let first_word = a
            .sentences
            .iter()
            .map(|s| s.tokens.clone().find(|&k| a.tok(k).chars().any(char::is_alphanumeric)).unwrap_or(s.tokens.start))
            .collect();
        let text = a.text;
        let yen =
            if YUAN_CUES.is_match(text) || CHINA_CUES.find_iter(text).count() > JAPAN_CUES.find_iter(text).count() { "CNY" } else { "JPY" };
        let rupee = if text.contains("Pakistan") && !text.contains("India") { "PKR" } else { "INR" };
        Ctx {
            a,
            mentions,
            low,
            sent,
            mention_at,
            mention_ends,
            phone,
            title_case,
            first_word,
            dollar: dollar_code(text),
            yen,
            rupee,
            rand: RAND_CUES.is_match(text),
            korea: KOREA_CUES.is_match(text),
            sterling: text.contains('£') || text.contains("GBP") || text.contains("pence") || text.contains("pounds"),
        }
    }

    fn n(&self) -> usize {
        self.low.len()
    }

    fn low(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    fn tok(&self, i: usize) -> &str {
        if i < self.n() { self.a.tok(i) } else { "" }
    }

    /// Is token `i` the first word of its sentence (only punctuation before it)?
    fn sentence_initial(&self, i: usize) -> bool {
        i <= self.first_word[self.sent[i]]
    }

    /// Do the lowercase tokens ending just before `end` spell `phrase`? Returns its first token.
    fn phrase_before(&self, end: usize, phrase: &str) -> Option<usize> {
        let n_words = phrase.split(' ').count();
        if n_words > end {
            return None;
        }
        let start = end - n_words;
        let same_sentence = self.sent.get(start) == self.sent.get(end.saturating_sub(1));
        (same_sentence && phrase.split(' ').enumerate().all(|(k, w)| self.low(start + k) == w)).then_some(start)
    }

    /// Do the lowercase tokens from `start` spell `phrase`? Returns the token after it.
    fn phrase_at(&self, start: usize, phrase: &str) -> Option<usize> {
        let mut n = 0;
        for (k, w) in phrase.split(' ').enumerate() {
            if self.low(start + k) != w {
                return None;
            }
            n = k + 1;
        }
        Some(start + n)
    }
}

/// The ISO code of a bare "$" in this text: USD unless the text makes
/// another dollar the local one (see module docs and spec §2).
fn dollar_code(text: &str) -> &'static str {
    if let Some(c) = IN_LOCAL_DOLLARS.captures(text) {
        return local_code(&c[1].to_lowercase());
    }
    if NAMED_OTHER_DOLLAR.is_match(text) {
        return "USD"; // the other dollar is spelled out where meant
    }
    let us = US_CUES.find_iter(text).count();
    let (code, count) =
        LOCAL_DOLLAR_CUES.iter().map(|(re, code)| (*code, re.find_iter(text).count())).max_by_key(|(_, c)| *c).unwrap_or(("USD", 0));
    if US_DOLLAR_NAMED.is_match(text) && count >= 1 {
        return code; // "US$" is spelled out, so "$" is the local dollar
    }
    if count >= 3 && count >= 3 * us.max(1) {
        return code;
    }
    "USD"
}

fn local_code(adj: &str) -> &'static str {
    match adj {
        "canadian" => "CAD",
        "australian" => "AUD",
        "new zealand" => "NZD",
        "singapore" => "SGD",
        "hong kong" => "HKD",
        _ => "TWD",
    }
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

/// One amount expression: a number with its currency or percent marks.
#[derive(Debug, Clone)]
struct Expr {
    /// First token of the span (currency sign included).
    s: usize,
    /// One past the last token of the span.
    e: usize,
    num: Number,
    value: f64,
    money: bool,
    currency: Option<&'static str>,
    percent: bool,
}

/// An amount found, in tokens, before conversion to a row.
#[derive(Debug, Clone)]
struct Found {
    s: usize,
    e: usize,
    kind: AmountKind,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Qualifier,
    currency: Option<&'static str>,
    unit: Option<String>,
    extra_consumed: Vec<usize>,
}

/// The unit of the last count or quantity, for elided nouns ("we hired 500").
#[derive(Debug, Clone)]
struct LastUnit {
    kind: AmountKind,
    unit: String,
    sentence: usize,
}

enum Step {
    /// An amount.
    Emit(Found),
    /// Not an amount: skip these tokens (a model number, a date...).
    Skip(usize),
    None,
}

/// A currency written before the number: returns the code and the number's first token.
fn currency_prefix(ctx: &Ctx, i: usize) -> Option<(Option<&'static str>, usize)> {
    let t = ctx.tok(i);
    let a = ctx.a;
    if ctx.tok(i + 1) == "$"
        && adjacent(a, i)
        && let Some(code) = dollar_prefix(t)
    {
        return is_digit_token(a, i + 2).then_some((Some(code), i + 2));
    }
    if let Some(code) = sign_code(t, ctx) {
        return is_digit_token(a, i + 1).then_some((Some(code), i + 1));
    }
    // "Rs. 500" ("Rs" is not an abbreviation, so its period is a token).
    if ctx.tok(i + 1) == "."
        && adjacent(a, i)
        && is_digit_token(a, i + 2)
        && let Some(code) = letter_prefix(t, ctx, false).filter(|_| t == "Rs")
    {
        return Some((Some(code), i + 2));
    }
    if !is_digit_token(a, i + 1) {
        return None;
    }
    if let Some(code) = code_token(t) {
        return Some((Some(code), i + 1));
    }
    let scaled = parse_number(a, i + 1).is_some_and(|n| n.scale > 1.0);
    letter_prefix(t, ctx, scaled).map(|code| (Some(code), i + 1))
}

/// A percent sign or word after the number: returns the token after it.
fn percent_suffix(ctx: &Ctx, e: usize) -> Option<usize> {
    let w = ctx.low(e);
    let mut k = match w {
        "%" => e + 1,
        "percent" | "pct" | "pc" => e + 1,
        "per" if ctx.low(e + 1) == "cent" => e + 2,
        "percentage" if matches!(ctx.low(e + 1), "point" | "points") => return Some(e + 2),
        "-" if adjacent(ctx.a, e) && matches!(ctx.low(e + 1), "percent" | "per") => {
            if ctx.low(e + 1) == "per" {
                e + 3
            } else {
                e + 2
            }
        }
        _ => return None,
    };
    if w == "%" && matches!(ctx.low(k), "points" | "point") {
        k += 1;
    }
    Some(k)
}

/// A currency written after the number: code, the token after it, and the
/// divisor to base units (100 for cents and pence).
fn currency_suffix(ctx: &Ctx, e: usize, num: &Number) -> Option<(Option<&'static str>, usize, f64)> {
    let t = ctx.tok(e);
    if let Some(code) = sign_code(t, ctx) {
        if !is_digit_token(ctx.a, e + 1) {
            return Some((Some(code), e + 1, 1.0));
        }
        return None;
    }
    if let Some(code) = code_token(t) {
        return Some((Some(code), e + 1, 1.0));
    }
    match ctx.low(e) {
        "cents" | "cent" => return Some((Some(ctx.dollar), e + 1, 100.0)),
        "pence" | "penny" => return Some((Some("GBP"), e + 1, 100.0)),
        "-" if adjacent(ctx.a, e) && matches!(ctx.low(e + 1), "dollar" | "euro" | "pound") => {
            let code = match ctx.low(e + 1) {
                "dollar" => ctx.dollar,
                "euro" => "EUR",
                _ => "GBP",
            };
            return Some((Some(code), e + 2, 1.0));
        }
        _ => {}
    }
    // A currency noun must come within the next four tokens.
    let is_noun = |k: usize| CURRENCY_NOUNS.iter().any(|c| c.forms.contains(&ctx.low(k)));
    if !(e..e + 4).any(is_noun) {
        return None;
    }
    for noun in CURRENCY_NOUNS {
        // Adjective + noun ("Hong Kong dollars"), longest adjectives first.
        for (adj, code) in noun.adjectives {
            if let Some(k) = ctx.phrase_at(e, adj)
                && noun.forms.contains(&ctx.low(k))
            {
                return Some((Some(code), k + 1, 1.0));
            }
        }
        if noun.forms.contains(&ctx.low(e)) {
            let w = ctx.low(e);
            if w == "won" && !(num.scale > 1.0 || ctx.korea) {
                return None;
            }
            if w.starts_with("pound") && (ctx.low(e + 1) == "of" || weighed(ctx, e)) {
                return None;
            }
            let code = match noun.default {
                "$" => Some(ctx.dollar),
                "₹" => Some(ctx.rupee),
                "" => None,
                c => Some(c),
            };
            return Some((code, e + 1, 1.0));
        }
    }
    None
}

/// Is there a "weigh..." word shortly before token `e` ("weighing 200 pounds")?
fn weighed(ctx: &Ctx, e: usize) -> bool {
    (e.saturating_sub(4)..e).any(|k| ctx.low(k).starts_with("weigh"))
}

/// A cheap test that an amount expression may start at token `i` (most tokens are words).
fn could_start(ctx: &Ctx, i: usize) -> bool {
    let t = ctx.tok(i);
    let starts_digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    t.chars().any(|c| c.is_ascii_digit())
        || starts_digit(ctx.tok(i + 1))
        || ctx.tok(i + 1) == "." && starts_digit(ctx.tok(i + 2))
        || ctx.tok(i + 1) == "$"
        || sign_code(t, ctx).is_some()
        || matches!(ctx.low(i), "a" | "an" | "half")
        || super::numbers::cardinal_word(ctx.low(i)).is_some()
}

/// Read an amount expression starting at token `i`.
fn parse_expr(ctx: &Ctx, i: usize) -> Option<Expr> {
    let a = ctx.a;
    let mut money = false;
    let mut currency = None;
    let mut j = i;
    if let Some((code, nj)) = currency_prefix(ctx, i) {
        money = true;
        currency = code;
        j = nj;
    }
    let num = parse_number(a, j)?;
    if money && (num.words || num.glued_currency.is_some()) {
        return None;
    }
    if let Some(g) = &num.glued_currency {
        currency = Some(letter_prefix(g, ctx, num.scale > 1.0)?);
        money = true;
    }
    let mut value = num.value;
    let mut e = num.end;
    let mut percent = num.glued_percent || num.fraction_percent;
    if num.glued_pence && !money {
        if !ctx.sterling && [240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0].contains(&value) {
            return None; // "1080p" is a video resolution
        }
        money = true;
        currency = Some("GBP");
        value /= 100.0;
    }
    if !money && !percent {
        if let Some(pe) = percent_suffix(ctx, e) {
            percent = true;
            e = pe;
        } else if let Some((code, ce, div)) = currency_suffix(ctx, e, &num) {
            money = true;
            currency = code;
            e = ce;
            value /= div;
        }
    }
    Some(Expr { s: i, e, num, value, money, currency, percent })
}

// ---------------------------------------------------------------------------
// The scan
// ---------------------------------------------------------------------------

/// Try to read an amount at token `i`.
fn scan_at(ctx: &Ctx, i: usize, consumed: &[bool], done: &[Found], last_unit: &mut Option<LastUnit>) -> Step {
    if !could_start(ctx, i) {
        return Step::None;
    }
    let Some(x) = parse_expr(ctx, i) else {
        return Step::None;
    };
    let a = ctx.a;
    // Hyphenated digits that are not a range: model numbers and scores ("787-9", "3-1").
    if !x.money
        && !x.percent
        && !x.num.words
        && ctx.tok(x.e) == "-"
        && adjacent(a, x.e - 1)
        && adjacent(a, x.e)
        && let Some(y) = parse_number(a, x.e + 1).filter(|y| !y.words)
    {
        let yv = if y.scale == 1.0 && x.num.scale > 1.0 { y.value * x.num.scale } else { y.value };
        let y_expr = parse_expr(ctx, x.e + 1);
        let y_marked = y_expr.as_ref().is_some_and(|y| y.money || y.percent) || y.scale > 1.0;
        if (yv <= x.value || (x.num.plain_digits == 4 && y.plain_digits >= 2)) && !y_marked {
            return Step::Skip(y.end);
        }
    }
    let plain = !x.money && !x.percent;
    if plain && let Some(step) = excluded(ctx, &x) {
        return step;
    }
    // Qualifier words before the expression (after any fillers).
    let (mut qual, qual_start) = pre_qualifier(ctx, x.s);
    let before = qual_start.unwrap_or(x.s);
    let prev_word = if before > 0 { ctx.low(before - 1) } else { "" };

    // Ranges: "X to Y", "X-Y", "between X and Y".
    if let Some((found, next)) = try_range(ctx, &x, prev_word, before) {
        let mut found = found;
        if found.kind == AmountKind::Count {
            match count_unit(ctx, next, found.high.unwrap_or(0.0), consumed) {
                UnitFind::Unit(u, extra) => {
                    *last_unit = Some(LastUnit { kind: AmountKind::Count, unit: u.clone(), sentence: ctx.sent[i] });
                    found.unit = Some(u);
                    found.extra_consumed = extra;
                    return Step::Emit(found);
                }
                UnitFind::Other(kind, unit) => {
                    found.kind = kind;
                    found.unit = unit;
                }
                UnitFind::Reject | UnitFind::Empty => match elided_unit(ctx, &x, last_unit, qual != Qualifier::Exact) {
                    Some((kind, u)) => {
                        found.kind = kind;
                        found.unit = Some(u);
                    }
                    None => return Step::Skip(next),
                },
            }
        }
        return Step::Emit(found);
    }

    // "one in five" -> 20 percent.
    if plain
        && x.num.integer
        && !x.num.fraction_percent
        && let Some(mut f) = one_in_n(ctx, &x)
    {
        f.qualifier = qual;
        return Step::Emit(set_bounds(f));
    }

    // Qualifiers after the number: "8M+", "100,000-plus", "50 or more".
    let mut p = x.e;
    if let Some((q, np)) = post_qualifier(ctx, p) {
        if qual == Qualifier::Exact {
            qual = q;
        }
        p = np;
    }
    if qual == Qualifier::Exact {
        qual = inherited_qualifier(ctx, x.s, done);
    }
    let value = x.value;
    let mut found = Found {
        s: x.s,
        e: x.e,
        kind: AmountKind::Count,
        value: Some(value),
        low: None,
        high: None,
        qualifier: qual,
        currency: x.currency,
        unit: None,
        extra_consumed: Vec::new(),
    };
    if x.money {
        found.kind = AmountKind::Money;
        return Step::Emit(set_bounds(found));
    }
    if x.percent {
        found.kind = AmountKind::Percent;
        return Step::Emit(set_bounds(found));
    }
    // A plain number: a count, a duration, a quantity, an age... or nothing.
    found.currency = None;
    match count_unit(ctx, p, value, consumed) {
        UnitFind::Unit(u, extra) => {
            // "the 2024 elections": a year, unless a qualifier makes it an amount.
            if x.num.plain_digits == 4 && is_year(x.value) && qual == Qualifier::Exact {
                return Step::Skip(x.e);
            }
            if !x.num.integer && x.num.scale == 1.0 {
                return Step::Skip(x.e); // "3.5 people" is not a count
            }
            *last_unit = Some(LastUnit { kind: AmountKind::Count, unit: u.clone(), sentence: ctx.sent[i] });
            found.unit = Some(u);
            found.extra_consumed = extra;
            Step::Emit(set_bounds(found))
        }
        UnitFind::Other(kind, unit) => {
            if x.num.plain_digits == 4 && is_year(x.value) && kind != AmountKind::Quantity {
                return Step::Skip(x.e);
            }
            if let (Some(u), AmountKind::Quantity) = (&unit, kind) {
                *last_unit = Some(LastUnit { kind, unit: u.clone(), sentence: ctx.sent[i] });
            }
            found.kind = kind;
            found.unit = unit;
            Step::Emit(set_bounds(found))
        }
        UnitFind::Reject => Step::Skip(x.e),
        UnitFind::Empty => {
            if x.num.plain_digits == 4 && is_year(x.value) || !x.num.integer && x.num.scale == 1.0 {
                return Step::Skip(x.e);
            }
            if !elided_position(ctx, &x) {
                return Step::Skip(x.e);
            }
            match elided_unit(ctx, &x, last_unit, qual != Qualifier::Exact) {
                Some((kind, u)) => {
                    *last_unit = Some(LastUnit { kind, unit: u.clone(), sentence: ctx.sent[i] });
                    found.kind = kind;
                    found.unit = Some(u);
                    Step::Emit(set_bounds(found))
                }
                None => Step::Skip(x.e),
            }
        }
    }
}

fn is_year(v: f64) -> bool {
    (1800.0..=2100.0).contains(&v)
}

/// Fill low/high from the qualifier (spec §2 table).
fn set_bounds(mut f: Found) -> Found {
    let v = f.value;
    if f.qualifier != Qualifier::Range {
        f.low = None;
        f.high = None;
    }
    match f.qualifier {
        Qualifier::Exact => {
            f.low = v;
            f.high = v;
        }
        Qualifier::Approx => {}
        Qualifier::Over | Qualifier::AtLeast => f.low = v,
        Qualifier::Under | Qualifier::AtMost => f.high = v,
        Qualifier::Range => {}
    }
    f
}

/// Plain numbers that are not amounts: years and dates, times, phone and
/// model numbers, labels and ranks, ages, "one" as an article, multipliers.
fn excluded(ctx: &Ctx, x: &Expr) -> Option<Step> {
    let a = ctx.a;
    let i = x.num.start;
    let skip = Some(Step::Skip(x.e));
    let prev = if i > 0 { ctx.low(i - 1) } else { "" };
    let next = ctx.low(x.e);
    if ctx.mention_at[i].is_some() || ctx.phone[i] {
        return skip;
    }
    // Dates and times: "January 22", "5 August", "22/01/2025", "10:30", "5 p.m.".
    let month = |k: usize| MONTHS.contains(ctx.low(k)) && ctx.tok(k).chars().next().is_some_and(char::is_uppercase);
    if i > 0 && month(i - 1) && !x.num.words && x.num.scale == 1.0 || month(x.e) && x.num.scale == 1.0 {
        return skip;
    }
    if (i > 0 && matches!(prev, "/" | ":" | ".") && adjacent(a, i - 1) && i > 1 && adjacent(a, i - 2) && is_digit_token(a, i - 2))
        || (matches!(next, "/" | ":") && adjacent(a, x.e - 1) && adjacent(a, x.e) && is_digit_token(a, x.e + 1))
    {
        return skip;
    }
    if TIME_WORDS.contains(&next) {
        return skip;
    }
    // Glued to a word by a hyphen: "A350-900", "F-35", "Covid-19", "Top-10".
    if prev == "-" && i > 1 && adjacent(a, i - 2) && adjacent(a, i - 1) && ctx.tok(i - 2).chars().any(char::is_alphanumeric) {
        return skip;
    }
    // Labels and ranks: "No. 1", "number eight", "page 5", "#1".
    // "aged between 18 and 24"
    if matches!(prev, "between" | "from") && i > 1 && matches!(ctx.low(i - 2), "aged" | "age" | "ages") {
        return skip;
    }
    if LABELS.contains(&prev) && !(prev == "no" && ctx.tok(i - 1) == "no") {
        if matches!(prev, "aged" | "age" | "ages") {
            return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
        }
        return skip;
    }
    // A number right after a capitalised word is part of a name: "Boeing 737",
    // "Falcon 9", "Windows 10" (a function word opening a sentence is not a name).
    if i > 0 {
        let pt = ctx.tok(i - 1);
        let cap = pt.chars().next().is_some_and(char::is_uppercase);
        let in_mention = ctx.mention_at[i - 1].is_some();
        let function_word = STOP.contains(prev)
            || is_qualifier_word(prev)
            || FILLERS.contains(&prev)
            || matches!(prev, "only" | "another" | "nearly" | "roughly" | "approximately" | "almost" | "some");
        let in_title = ctx.title_case[ctx.sent[i]];
        if cap && code_token(pt).is_none() && (in_mention || !in_title && !function_word) {
            return skip;
        }
    }
    // Ages: "39-year-old", "55 years old", "Altman, 39,".
    if age_suffix(ctx, x.e) {
        return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
    }
    let name_before = |k: usize| {
        ctx.mention_ends[k].is_some_and(|m| ctx.mentions[m].label == EntityType::Person)
            || ctx.mention_ends[k].is_none() && ctx.tok(k).chars().next().is_some_and(char::is_uppercase) && !ctx.sentence_initial(k)
    };
    if prev == "," && i > 1 && x.num.integer && x.value < 120.0 && name_before(i - 2) && matches!(next, "," | ")")
        || prev == "," && i > 1 && ctx.mention_ends[i - 2].is_some_and(|m| ctx.mentions[m].label == EntityType::Person) && next == "."
        || prev == "(" && i > 1 && ctx.mention_ends[i - 2].is_some() && next == ")"
    {
        return Some(Step::Emit(set_bounds(simple(x, AmountKind::Age, Some("years")))));
    }
    // "one" as a pronoun or article; "the two" without a noun is handled with elision.
    if x.num.words && x.value == 1.0 && x.num.scale == 1.0 && !matches!(next, "in" | "out") {
        return skip;
    }
    // Multipliers: "three times", "10-fold".
    if matches!(next, "times" | "fold" | "x") || next == "-" && ctx.low(x.e + 1) == "fold" {
        return skip;
    }
    None
}

fn is_qualifier_word(w: &str) -> bool {
    PRE_QUALIFIERS.iter().any(|(p, _)| p.rsplit(' ').next() == Some(w))
}

/// A non-scored amount with exact bounds ("age", "duration").
fn simple(x: &Expr, kind: AmountKind, unit: Option<&str>) -> Found {
    Found {
        s: x.s,
        e: x.e,
        kind,
        value: Some(x.value),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        currency: None,
        unit: unit.map(str::to_string),
        extra_consumed: Vec::new(),
    }
}

/// Is the number followed by "-year-old", "years old", "-month-old"?
fn age_suffix(ctx: &Ctx, e: usize) -> bool {
    let mut k = e;
    if ctx.low(k) == "-" {
        k += 1;
    }
    if !matches!(ctx.low(k), "year" | "years" | "month" | "months" | "week" | "weeks") {
        return false;
    }
    k += 1;
    if ctx.low(k) == "-" {
        k += 1;
    }
    ctx.low(k) == "old"
}

/// The qualifier phrase ending just before token `s` (fillers skipped), and its first token.
fn pre_qualifier(ctx: &Ctx, s: usize) -> (Qualifier, Option<usize>) {
    let mut end = s;
    loop {
        let before = end;
        for f in FILLERS {
            if let Some(st) = ctx.phrase_before(end, f) {
                end = st;
                break;
            }
        }
        if end == before {
            break;
        }
    }
    let mut best: Option<(usize, Qualifier, usize)> = None;
    let last = if end > 0 { ctx.low(end - 1) } else { "" };
    for (p, q) in PRE_QUALIFIERS.iter().filter(|(p, _)| p.rsplit(' ').next() == Some(last)) {
        if let Some(st) = ctx.phrase_before(end, p) {
            let len = end - st;
            if best.is_none_or(|b| len > b.0) {
                best = Some((len, *q, st));
            }
        }
    }
    match best {
        Some((_, q, st)) => (q, Some(st)),
        None => (Qualifier::Exact, None),
    }
}

/// A qualifier after the number: returns it and the token after it.
fn post_qualifier(ctx: &Ctx, p: usize) -> Option<(Qualifier, usize)> {
    let a = ctx.a;
    if ctx.tok(p) == "+" && p > 0 && adjacent(a, p - 1) {
        return Some((Qualifier::Over, p + 1));
    }
    if ctx.tok(p) == "-" && p > 0 && adjacent(a, p - 1) && adjacent(a, p) {
        match ctx.low(p + 1) {
            "plus" => return Some((Qualifier::Over, p + 2)),
            "odd" | "ish" => return Some((Qualifier::Approx, p + 2)),
            _ => {}
        }
    }
    let first = ctx.low(p);
    for (ph, q) in POST_QUALIFIERS.iter().filter(|(ph, _)| ph.split(' ').next() == Some(first)) {
        if let Some(k) = ctx.phrase_at(p, ph) {
            // "plus" followed by another number is an addition.
            if *ph == "plus" && (parse_number(a, k).is_some() || sign_code(ctx.tok(k), ctx).is_some()) {
                continue;
            }
            return Some((*q, k));
        }
    }
    None
}

/// A qualifier carried over from the amount just before: a conversion in
/// brackets ("up to $12.9bn (£10bn)") or an alternative ("below $125,000
/// individually or $250,000 as a couple").
fn inherited_qualifier(ctx: &Ctx, s: usize, done: &[Found]) -> Qualifier {
    let Some(prev) = done.last() else {
        return Qualifier::Exact;
    };
    if prev.qualifier == Qualifier::Exact || prev.qualifier == Qualifier::Range || ctx.sent[prev.s] != ctx.sent[s.min(ctx.n() - 1)] {
        return Qualifier::Exact;
    }
    if s > 0 && ctx.tok(s - 1) == "(" && prev.e == s - 1 {
        return prev.qualifier;
    }
    if s > prev.e && s - prev.e <= 3 && ctx.low(s - 1) == "or" && prev.kind != AmountKind::Count {
        return prev.qualifier;
    }
    Qualifier::Exact
}

/// A range starting with `x`; returns the amount and the token after it.
fn try_range(ctx: &Ctx, x: &Expr, prev_word: &str, before: usize) -> Option<(Found, usize)> {
    let a = ctx.a;
    if x.num.fraction_percent {
        return None;
    }
    let k = x.e;
    let conn = ctx.low(k);
    let hyphen = matches!(conn, "-" | "–" | "—");
    let mut change_verb = false;
    match conn {
        "to" => {
            if prev_word == "from" {
                return None;
            }
            if prev_word == "by" && before >= 2 && CHANGE_WORDS.contains(&ctx.low(before - 2)) {
                return None;
            }
            change_verb = CHANGE_WORDS.contains(&prev_word);
        }
        "and" => {
            if prev_word != "between" {
                return None;
            }
        }
        "-" => {
            if !(adjacent(a, k - 1) && adjacent(a, k)) {
                return None;
            }
        }
        "–" | "—" => {}
        _ => return None,
    }
    if prev_word == "from" && hyphen {
        return None;
    }
    let y = parse_expr(ctx, k + 1)?;
    if y.num.fraction_percent || (x.num.words != y.num.words && hyphen) {
        return None;
    }
    if (x.money && y.percent) || (x.percent && y.money) {
        return None;
    }
    if x.money && y.money && x.currency != y.currency {
        return None;
    }
    let plain = !(x.money || x.percent || y.money || y.percent);
    if plain && (x.num.plain_digits == 4 && is_year(x.value) || y.num.plain_digits == 4 && is_year(y.value)) {
        return None;
    }
    if !plain && !x.money && !x.percent && y.num.plain_digits == 4 && is_year(y.value) {
        return None;
    }
    // A scale written once applies to both: "$3 to $5 billion", "1.5-2 million".
    let mut xv = x.value;
    if x.num.scale == 1.0 && y.num.scale > 1.0 && x.num.value < y.num.value / y.num.scale {
        xv *= y.num.scale;
    }
    if xv >= y.value {
        return None;
    }
    // "rose 2p to 140p": a change and a new level, not a range.
    if change_verb && y.value > 3.0 * xv {
        return None;
    }
    let money = x.money || y.money;
    let percent = x.percent || y.percent;
    if plain {
        // Both ends must be plain numbers that could be counts.
        if excluded(ctx, x).is_some() || !x.num.integer && x.num.scale == 1.0 {
            return None;
        }
    }
    let kind = if money {
        AmountKind::Money
    } else if percent {
        AmountKind::Percent
    } else {
        AmountKind::Count
    };
    let f = Found {
        s: x.s,
        e: y.e,
        kind,
        value: None,
        low: Some(xv),
        high: Some(y.value),
        qualifier: Qualifier::Range,
        currency: if money { y.currency.or(x.currency) } else { None },
        unit: None,
        extra_consumed: Vec::new(),
    };
    Some((f, y.e))
}

/// "one in five Americans", "three out of four": a fraction of a whole, as a percent.
fn one_in_n(ctx: &Ctx, x: &Expr) -> Option<Found> {
    let mut k = x.e;
    match ctx.low(k) {
        "in" => k += 1,
        "out" if ctx.low(k + 1) == "of" => k += 2,
        _ => return None,
    }
    let y = parse_number(ctx.a, k)?;
    if !y.integer || y.glued_currency.is_some() || y.value > 1000.0 || y.value <= x.value || y.scale > 1.0 {
        return None;
    }
    let nx = ctx.low(y.end);
    if !(nx == "of" || nx.chars().all(char::is_alphabetic) && !nx.is_empty() && !STOP.contains(nx) && !TIME_UNITS.contains(&nx)) {
        return None;
    }
    let v = x.value * 100.0 / y.value;
    let f = Found {
        s: x.s,
        e: y.end,
        kind: AmountKind::Percent,
        value: Some(v),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        currency: None,
        unit: None,
        extra_consumed: Vec::new(),
    };
    Some(set_bounds(f))
}

// ---------------------------------------------------------------------------
// Counted nouns
// ---------------------------------------------------------------------------

enum UnitFind {
    /// A counted noun and the number tokens inside its phrase.
    Unit(String, Vec<usize>),
    /// Not a count: another kind ("duration", "quantity", "age") and its unit.
    Other(AmountKind, Option<String>),
    /// A noun follows but the number does not count it ("the 777 program").
    Reject,
    /// No noun follows.
    Empty,
}

fn plural_like(w: &str) -> bool {
    let l = w.to_lowercase();
    if IRREGULAR_PLURALS.contains(&l.as_str()) {
        return true;
    }
    l.len() >= 3
        && l.ends_with('s')
        && !l.ends_with("ss")
        && !l.ends_with("us")
        && !l.ends_with("is")
        && l.chars().all(|c| c.is_alphabetic())
}

fn is_word(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_alphabetic) && t.chars().all(|c| c.is_alphabetic() || c == '.' || c == '\'' || c == '’')
}

fn is_model_token(t: &str) -> bool {
    t.chars().any(|c| c.is_ascii_digit()) && t.chars().all(char::is_alphanumeric)
}

/// The noun counted by a number whose expression ends before token `p`.
fn count_unit(ctx: &Ctx, p: usize, value: f64, consumed: &[bool]) -> UnitFind {
    let a = ctx.a;
    let w = ctx.low(p);
    // Hyphenated compounds: "two-class layout", "five-year plan", "5,000-strong".
    if w == "-" && p > 0 && adjacent(a, p - 1) && adjacent(a, p) {
        let t = ctx.tok(p + 1);
        let lw = ctx.low(p + 1).to_string();
        if !is_word(t) || t.chars().next().is_some_and(char::is_uppercase) {
            return UnitFind::Reject;
        }
        if TIME_UNITS.contains(&lw.as_str()) {
            return UnitFind::Other(AmountKind::Duration, Some(lw));
        }
        if MEASURE_UNITS.contains(&lw.as_str()) {
            return UnitFind::Other(AmountKind::Quantity, Some(lw));
        }
        if matches!(lw.as_str(), "fold" | "times") {
            return UnitFind::Reject;
        }
        if lw == "strong" {
            return match noun_chunk(ctx, p + 2, consumed) {
                Some((head, extra)) => UnitFind::Unit(ctx.tok(head).to_string(), extra),
                None => UnitFind::Reject,
            };
        }
        return UnitFind::Unit(ctx.tok(p + 1).to_string(), Vec::new());
    }
    // "30 of the planes", "eight of its Hong Kong shares", "30 of Boeing's jets".
    if w == "of" {
        let mut q = p + 1;
        let d = ctx.low(q);
        if matches!(d, "them" | "us" | "whom" | "which" | "those" | "these") {
            return UnitFind::Empty;
        }
        if matches!(d, "the" | "its" | "their" | "his" | "her" | "our" | "your" | "my" | "these" | "those" | "this" | "that") {
            q += 1;
            // "30 of the 50 states": the inner number counts too, so it is not part of the phrase.
            if let Some(inner) = parse_number(a, q).filter(|n| n.integer && !n.words && n.glued_currency.is_none()) {
                let nx = ctx.tok(inner.end);
                if nx != "-" && !nx.chars().next().is_some_and(char::is_uppercase) {
                    q = inner.end;
                }
            }
        } else if let Some(k) = (q..q + 5).find(|&k| matches!(ctx.tok(k), "'s" | "’s" | "'" | "’")) {
            if (q..k).all(|j| ctx.tok(j).chars().next().is_some_and(char::is_uppercase)) {
                q = k + 1;
            } else {
                return UnitFind::Reject;
            }
        } else {
            return UnitFind::Reject;
        }
        return match noun_chunk(ctx, q, consumed) {
            Some((head, extra)) => classify_head(ctx, head, extra, true, value),
            None => UnitFind::Reject,
        };
    }
    match noun_chunk(ctx, p, consumed) {
        Some((head, extra)) => classify_head(ctx, head, extra, false, value),
        None => UnitFind::Empty,
    }
}

/// Decide what a number counts from the head noun of its phrase.
fn classify_head(ctx: &Ctx, head: usize, extra: Vec<usize>, via_of: bool, value: f64) -> UnitFind {
    let lw = ctx.low(head).to_string();
    if TIME_UNITS.contains(&lw.as_str()) {
        if lw.starts_with("year") && ctx.low(head + 1) == "old" {
            return UnitFind::Other(AmountKind::Age, Some("years".into()));
        }
        return UnitFind::Other(AmountKind::Duration, Some(lw));
    }
    if MEASURE_UNITS.contains(&lw.as_str()) {
        return UnitFind::Other(AmountKind::Quantity, Some(lw));
    }
    if lw == "times" {
        return UnitFind::Reject;
    }
    let t = ctx.tok(head);
    if via_of || value == 1.0 || plural_like(t) {
        return UnitFind::Unit(t.to_string(), extra);
    }
    UnitFind::Reject
}

/// The noun phrase starting at `p`: its head token and the number tokens
/// inside it (model numbers, not amounts).
fn noun_chunk(ctx: &Ctx, p: usize, consumed: &[bool]) -> Option<(usize, Vec<usize>)> {
    let a = ctx.a;
    let n = ctx.n();
    let mut words: Vec<usize> = Vec::new();
    let mut numbers: Vec<usize> = Vec::new();
    let mut j = p;
    let sent0 = ctx.sent[p.saturating_sub(1).min(n.saturating_sub(1))];
    while j < n && j < p + 10 && words.len() < 6 {
        if ctx.sent[j] != sent0 {
            break;
        }
        let t = ctx.tok(j);
        let lw = ctx.low(j);
        if t == "-" {
            if j > p && adjacent(a, j - 1) && adjacent(a, j) && (is_word(ctx.tok(j + 1)) || is_model_token(ctx.tok(j + 1))) {
                j += 1;
                continue;
            }
            break;
        }
        if is_model_token(t) {
            if consumed.get(j).copied().unwrap_or(false) || sign_code(ctx.tok(j + 1), ctx).is_some() {
                break;
            }
            // A model number inside the phrase ("30 Boeing 787 jets"); another
            // amount ("5 million", "10%") ends it.
            if parse_expr(ctx, j).is_some_and(|e| e.money || e.percent || e.num.scale > 1.0) {
                break;
            }
            numbers.push(j);
            j += 1;
            continue;
        }
        if !is_word(t) {
            break;
        }
        if STOP.contains(lw) {
            let coord = matches!(lw, "and" | "or")
                && !words.is_empty()
                && !words.iter().any(|&k| plural_like(ctx.tok(k)))
                && is_word(ctx.tok(j + 1))
                && !STOP.contains(ctx.low(j + 1));
            if coord {
                j += 1;
                continue;
            }
            break;
        }
        if !words.is_empty() && lw.ends_with("ly") && lw.len() > 4 {
            break;
        }
        // A past tense after a noun is a verb ("the 777 program faced delays"); "-ed"
        // adjectives come first ("registered voters") or hyphenated ("US-based firms").
        if !words.is_empty() && lw.ends_with("ed") && lw.len() > 4 && ctx.tok(j - 1) != "-" && !ctx.low(j - 1).ends_with("ly") {
            break;
        }
        if MONTHS.contains(lw) && t.chars().next().is_some_and(char::is_uppercase) && lw != "may" {
            break;
        }
        words.push(j);
        j += 1;
    }
    if words.iter().all(|&k| EMPTY_ADJ.contains(&ctx.low(k))) {
        return None;
    }
    // The head: the first plural noun not followed by another plural, else the last word.
    let mut head = *words.last()?;
    for (k, &w) in words.iter().enumerate() {
        if plural_like(ctx.tok(w)) && words.get(k + 1).is_none_or(|&nx| !plural_like(ctx.tok(nx))) {
            head = w;
            break;
        }
    }
    numbers.retain(|&k| k < head);
    Some((head, numbers))
}

/// Is a bare number where an elided noun may stand ("we hired 500.", "a further 250 and")?
fn elided_position(ctx: &Ctx, x: &Expr) -> bool {
    let i = x.s;
    if !(x.num.integer || x.num.scale > 1.0) || x.value < 2.0 {
        return false;
    }
    let prev = if i > 0 { ctx.low(i - 1) } else { "" };
    // "the two pour millions": "the" + number is a pronoun; "he is 45" is an age or a score.
    if prev == "the" || i == 0 || ctx.sentence_initial(i) {
        return false;
    }
    if matches!(prev, "is" | "was" | "are" | "were" | "be" | "been" | "'s" | "’s" | "aged" | "at") {
        return false;
    }
    let next = ctx.tok(x.e);
    next.is_empty()
        || ctx.sent.get(x.e) != ctx.sent.get(i)
        || matches!(next, "." | "," | ";" | ":" | ")" | "”" | "\"" | "’" | "!" | "?" | "—" | "–")
        || STOP.contains(ctx.low(x.e))
        || EMPTY_ADJ.contains(&ctx.low(x.e))
}

/// The kind and noun of an elided count: those of the last count or
/// quantity in the last two sentences ("fell 1,190 points to 79,043" is a
/// quantity), else (when a qualifier marks the number as an amount) the
/// nearest plural noun earlier in this or the previous sentence.
fn elided_unit(ctx: &Ctx, x: &Expr, last_unit: &Option<LastUnit>, qualified: bool) -> Option<(AmountKind, String)> {
    let si = ctx.sent[x.s];
    if let Some(l) = last_unit
        && si >= l.sentence
        && si - l.sentence <= 2
    {
        return Some((l.kind, l.unit.clone()));
    }
    if !qualified {
        return None;
    }
    const SUBJECTS: &[&str] = &["he", "she", "it", "that", "which", "who", "this", "what", "there"];
    let first = ctx.a.sentences[si.saturating_sub(1)].tokens.start.max(x.s.saturating_sub(60));
    (first..x.s)
        .rev()
        .find(|&k| {
            let (t, l) = (ctx.tok(k), ctx.low(k));
            // A word in "-s" after a pronoun is a verb ("that takes").
            let verb = k > 0 && SUBJECTS.contains(&ctx.low(k - 1));
            plural_like(t)
                && t.chars().next().is_some_and(char::is_lowercase)
                && !verb
                && !STOP.contains(l)
                && !TIME_UNITS.contains(&l)
                && !MEASURE_UNITS.contains(&l)
        })
        .map(|k| (AmountKind::Count, ctx.tok(k).to_string()))
}

// ---------------------------------------------------------------------------
// Rows and owners
// ---------------------------------------------------------------------------

fn to_amount(ctx: &Ctx, f: &Found) -> Amount<Bytes> {
    let a = ctx.a;
    let start = a.tokens[f.s].start;
    let end = a.tokens[f.e - 1].end;
    Amount {
        span: Span::new(start, end),
        text: a.text[start..end].to_string(),
        sentence: a.sentence_of(start),
        kind: f.kind,
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        currency: if f.kind == AmountKind::Money { f.currency.map(str::to_string) } else { None },
        unit: f.unit.clone(),
        owner: owner(ctx, f),
    }
}

/// The PERSON or ORG mention that owns an amount: the subject of a money verb
/// before it in the same sentence ("SoftBank ... committed to a $9.5 billion
/// lifeline"), or the possessor right before it ("WeWork's 12,000 employees").
fn owner(ctx: &Ctx, f: &Found) -> Option<usize> {
    let s = f.s;
    let sent = &ctx.a.sentences[ctx.sent[s]];
    let first = sent.tokens.start;
    let is_agent = |m: usize| matches!(ctx.mentions[m].label, EntityType::Person | EntityType::Org);
    // Possessor: "WeWork's 12,000 employees".
    if s >= 2
        && matches!(ctx.tok(s - 1), "'s" | "’s")
        && let Some(m) = ctx.mention_ends[s - 2].filter(|&m| is_agent(m))
    {
        return Some(m);
    }
    let verb = (first..s).rev().take(12).find(|&k| MONEY_VERBS.contains(ctx.low(k)))?;
    #[rustfmt::skip]
    const PREPS: &[&str] = &[
        "of", "to", "for", "from", "with", "by", "at", "in", "on", "into", "about", "against", "between",
        "including", "than", "like", "via", "and",
    ];
    let mut k = verb;
    while k > first && verb - k < 20 {
        k -= 1;
        if let Some(m) = ctx.mention_ends[k] {
            // Walk to the mention's first token and look at the word before it.
            let mut st = k;
            while st > first && ctx.mention_at[st - 1] == Some(m) {
                st -= 1;
            }
            let before = if st > first { ctx.low(st - 1) } else { "" };
            if is_agent(m) && !PREPS.contains(&before) {
                return Some(m);
            }
            k = st;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ("Shares rose 2p to 140p.", "140p", "money 1.4 1.4 1.4 exact GBP _"),
        ("Prices fell 10 to 20 percent.", "10 to 20 percent", "percent _ 10 20 range _ _"),
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

    fn check(sent: &str, target: &str, spec: &str) -> Result<(), String> {
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
    fn numbers_inside_product_mentions_are_not_amounts() {
        let s = "Boeing's 737 MAX 8 was grounded after 2 crashes.";
        let a = Analysis::new(s);
        let got = extract(&a, &[mention(s, "737 MAX 8", EntityType::Misc)]);
        assert_eq!(got.iter().map(|x| x.text.as_str()).collect::<Vec<_>>(), ["2"]);
    }

    #[test]
    fn dollar_follows_the_story() {
        let canadian =
            "Ontario will spend $3 billion on transit, Toronto officials said. Quebec and Alberta will add to the Canadian network.";
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
        let got: Vec<(String, Option<String>, &str)> =
            extract(&a, &[]).into_iter().map(|x| (x.text, x.unit, x.qualifier.as_str())).collect();
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
    fn spans_are_byte_offsets_with_sentences() {
        let s = "Intro line.\nMusk’s firm paid €3m. Then 10% more.";
        let a = Analysis::new(s);
        let got = extract(&a, &[]);
        assert_eq!(&s[got[0].span.start..got[0].span.end], "€3m");
        assert_eq!((got[0].sentence, got[1].sentence), (1, 2));
    }
}
