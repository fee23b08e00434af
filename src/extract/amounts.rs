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

use super::numbers::{Number, adjacent, is_digit_token, parse_number};
use super::text::Analysis;
use super::{Amount, EntityType, Mention, Qualifier};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Amounts in the document; `mentions` let an amount name its owner.
pub fn extract(a: &Analysis, mentions: &[Mention]) -> Vec<Amount> {
    let ctx = Ctx::new(a, mentions);
    let n = a.tokens.len();
    let mut consumed = vec![false; n];
    let mut out: Vec<Found> = Vec::new();
    let mut last_unit: Option<(String, usize)> = None;
    let mut i = 0;
    while i < n {
        if consumed[i] {
            i += 1;
            continue;
        }
        match scan_at(&ctx, i, &consumed, &out, &mut last_unit) {
            Step::Emit(found, upto) => {
                for k in found.s..upto.max(found.e) {
                    consumed[k] = true;
                }
                for &k in &found.extra_consumed {
                    consumed[k] = true;
                }
                out.push(found);
                i = upto.max(i + 1);
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
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "ZAR", "MYR", "CHF", "SGD", "HKD", "AUD", "CAD", "NZD", "BRL", "MXN",
    "KRW", "SEK", "NOK", "DKK", "PLN", "TRY", "RUB", "AED", "SAR", "QAR", "KWD", "NGN", "KES", "EGP", "IDR", "THB",
    "VND", "ILS", "PKR", "BDT", "GHS", "ARS", "CLP", "COP", "CZK", "HUF", "TWD", "UAH", "RON", "ISK",
];

fn code_token(t: &str) -> Option<&'static str> {
    if t == "RMB" {
        return Some("CNY");
    }
    CODES.iter().find(|c| **c == t).copied()
}

/// Currency abbreviations written before the digits, glued ("R4bn") or not ("Rs 500").
fn letter_prefix(t: &str, ctx: &Ctx, scaled: bool) -> Option<&'static str> {
    Some(match t.trim_end_matches('.') {
        "R" if ctx.rand || scaled => "ZAR",
        "RM" => "MYR",
        "Rp" => "IDR",
        "Rs" => ctx.rupee,
        "KSh" | "Ksh" => "KES",
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
    CurrencyNoun {
        forms: &["dirhams", "dirham"],
        default: "AED",
        adjectives: &[("uae", "AED"), ("emirati", "AED"), ("moroccan", "MAD")],
    },
    CurrencyNoun {
        forms: &["kronor", "krona", "kronur"],
        default: "SEK",
        adjectives: &[("swedish", "SEK"), ("icelandic", "ISK")],
    },
    CurrencyNoun { forms: &["kroner", "krone"], default: "NOK", adjectives: &[("norwegian", "NOK"), ("danish", "DKK")] },
    CurrencyNoun {
        forms: &["shillings", "shilling"],
        default: "KES",
        adjectives: &[("kenyan", "KES"), ("ugandan", "UGX"), ("tanzanian", "TZS")],
    },
    CurrencyNoun {
        forms: &["won"],
        default: "KRW",
        adjectives: &[("south korean", "KRW"), ("north korean", "KPW"), ("korean", "KRW")],
    },
    CurrencyNoun { forms: &["koruna", "korunas"], default: "CZK", adjectives: &[("czech", "CZK")] },
    CurrencyNoun { forms: &["taka"], default: "BDT", adjectives: &[] },
    CurrencyNoun { forms: &["tenge"], default: "KZT", adjectives: &[] },
    CurrencyNoun { forms: &["kwacha"], default: "ZMW", adjectives: &[] },
    CurrencyNoun { forms: &["birr"], default: "ETB", adjectives: &[] },
];

/// Words that end a counted noun phrase.
static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "within", "into", "onto", "over", "under",
        "about", "around", "across", "after", "before", "between", "during", "through", "throughout", "since", "until",
        "against", "among", "amid", "per", "via", "like", "than", "as", "near", "toward", "towards", "upon", "off",
        "out", "up", "down", "including", "excluding", "despite", "except", "beyond", "behind", "above", "below",
        "inside", "outside", "along", "following", "according", "and", "or", "but", "nor", "so", "yet", "if",
        "because", "while", "whereas", "although", "though", "unless", "whether", "when", "where", "which", "who",
        "whom", "whose", "that", "what", "how", "why", "the", "a", "an", "this", "these", "those", "his", "her", "its",
        "their", "our", "my", "your", "it", "they", "them", "he", "she", "we", "you", "i", "us", "him", "every",
        "all", "both", "some", "any", "no", "such", "is", "are", "was", "were", "be", "been", "being", "am", "have",
        "has", "had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "also", "still", "already", "now", "then", "just", "only", "even", "each", "apiece",
        "respectively", "altogether", "earlier", "later", "ago", "last", "next", "too", "very", "not", "never",
        "ever", "again", "here", "there", "more", "less", "fewer", "most", "least", "instead", "each", "say", "said",
        "says", "according", "told", "annually", "yearly", "daily", "hundreds", "thousands", "millions", "billions",
        "trillions", "dozens", "tens", "scores", "lots",
    ]
    .into_iter()
    .collect()
});

/// Plural nouns without a final "s", and nouns whose singular counts ("12 freight").
const IRREGULAR_PLURALS: &[&str] = &[
    "people", "men", "women", "children", "police", "staff", "personnel", "aircraft", "spacecraft", "freight",
    "cattle", "sheep", "deer", "fish", "livestock", "crew", "feet", "teeth", "mice", "geese", "data", "media",
    "alumni", "offspring", "series", "species", "headquarters", "folk", "youth", "clergy", "infantry", "militia",
    "poultry", "swine", "salmon", "bison", "moose", "faculty", "workforce",
];

/// Time words: a number before them is a duration.
const TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight",
    "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "millennium",
    "millennia", "quarter", "quarters", "semester", "semesters", "night", "nights", "weekend", "weekends",
    "season", "seasons", "yr", "yrs", "hrs", "mins", "secs", "term", "terms", "generation", "generations",
];

/// Measure units: a number before them is a quantity.
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
    "mcf", "bcf", "cubic", "teu", "teus", "ghz", "mhz", "hz", "magnitude",
];

/// Lowercase words before a number that make it a label, rank or reference, not an amount.
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
const CHANGE_WORDS: &[&str] = &[
    "down", "up", "fell", "fall", "falls", "dropped", "drop", "drops", "declined", "decline", "rose", "rise",
    "rises", "increased", "increase", "decreased", "decrease", "cut", "cuts", "reduced", "reduce", "grew", "grow",
    "climbed", "climb", "slipped", "jumped", "gained", "lost", "raised", "lowered", "trimmed", "slashed",
    "boosted", "shrank", "expanded", "sank", "slid", "tumbled", "surged", "soared", "plunged", "eased", "higher",
    "lower",
];

static MONTHS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun.", "jul.", "aug", "aug.",
        "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    ]
    .into_iter()
    .collect()
});

const TIME_WORDS: &[&str] = &[
    "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "utc",
    "o'clock", "o’clock", "hrs", "ct", "cst", "cdt", "ist", "sast", "aest",
];

// ---------------------------------------------------------------------------
// Document context
// ---------------------------------------------------------------------------

static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b\d{3}-\d{4}\b").unwrap()
});
static IN_LOCAL_DOLLARS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|are|were)\s+(canadian|australian|new zealand|singapore|hong kong|taiwan|new taiwan)\s+dollars\b")
        .unwrap()
});
static NAMED_OTHER_DOLLAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:C|CA|CAN|A|AU|NZ|HK|S|SG|NT)\$|(?i:\d(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|b|k))?\s+(?:canadian|australian|new zealand|singapore|hong kong|taiwan|new taiwan)\s+dollars)",
    )
    .unwrap()
});
static US_DOLLAR_NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bUS\$|\bU\.S\.\$|\bUSD\b|(?i:\bU\.?S\.?\s+dollars?\b)").unwrap());
static US_CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerica|\bWashington\b|\bNew York\b|\bWall Street\b|\bCongress\b|\bWhite House\b|\bFederal Reserve\b|\bNasdaq\b|\bNYSE\b|\bCalifornia\b|\bTexas\b|\bFlorida\b")
        .unwrap()
});
/// Countries with their own dollar: cue pattern and code.
static LOCAL_DOLLAR_CUES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"\bCanad(?:a|ian)|\bOttawa\b|\bToronto\b|\bOntario\b|\bQuebec\b|\bAlberta\b|\bManitoba\b|\bSaskatchewan\b|\bVancouver\b|\bMontreal\b|\bCalgary\b|\bEdmonton\b|\bWinnipeg\b|\bBritish Columbia\b|\bNova Scotia\b", "CAD"),
        (r"\bAustralia|\bSydney\b|\bMelbourne\b|\bBrisbane\b|\bCanberra\b|\bQueensland\b|\bNew South Wales\b|\bTasmania|\bAdelaide\b|\bASX\b", "AUD"),
        (r"\bNew Zealand|\bAuckland\b|\bChristchurch\b", "NZD"),
        (r"\bSingapore", "SGD"),
        (r"\bHong Kong\b", "HKD"),
        (r"\bTaiwan|\bTaipei\b", "TWD"),
    ]
    .into_iter()
    .map(|(p, c)| (Regex::new(p).unwrap(), c))
    .collect()
});
static YUAN_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:yuan|renminbi|rmb)\b").unwrap());
static CHINA_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bChin(?:a|ese)\b|\bBeijing\b|\bShanghai\b").unwrap());
static JAPAN_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bJapan(?:ese)?\b|\bTokyo\b").unwrap());
static RAND_CUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"South Africa|\brand\b|\bZAR\b|Johannesburg|Cape Town|Pretoria|Durban|Gauteng|\bANC\b|\bJSE\b|Soweto|Ramaphosa|Eskom")
        .unwrap()
});
static KOREA_CUES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"Korea|Seoul|\bKRW\b").unwrap());

/// What the extractor knows about the document as a whole.
struct Ctx<'a, 'b> {
    a: &'b Analysis<'a>,
    mentions: &'b [Mention],
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
    /// ISO code of a bare "$" and of "dollars".
    dollar: &'static str,
    yen: &'static str,
    rupee: &'static str,
    /// A South African text: "R" before digits is the rand.
    rand: bool,
    korea: bool,
}

impl<'a, 'b> Ctx<'a, 'b> {
    fn new(a: &'b Analysis<'a>, mentions: &'b [Mention]) -> Self {
        let n = a.tokens.len();
        let low: Vec<String> = (0..n).map(|i| a.tok(i).to_lowercase()).collect();
        let mut sent = vec![0; n];
        for (si, s) in a.sentences.iter().enumerate() {
            for k in s.tokens.clone() {
                sent[k] = si;
            }
        }
        let mut mention_at = vec![None; n];
        let mut mention_ends = vec![None; n];
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&m| mentions[m].start);
        for &m in &order {
            let (s, e) = (mentions[m].start, mentions[m].end);
            let first = a.tokens.partition_point(|t| t.end <= s);
            let mut k = first;
            while k < n && a.tokens[k].start < e {
                mention_at[k] = Some(m);
                if a.tokens[k].end >= e {
                    mention_ends[k] = Some(m);
                }
                k += 1;
            }
        }
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
                let words: Vec<&str> = s
                    .tokens
                    .clone()
                    .map(|k| a.tok(k))
                    .filter(|t| t.chars().count() >= 4 && t.chars().all(char::is_alphabetic))
                    .collect();
                let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
                words.len() >= 3 && caps * 4 >= words.len() * 3
            })
            .collect();
        let text = a.text;
        let yen = if YUAN_CUES.is_match(text) || CHINA_CUES.find_iter(text).count() > JAPAN_CUES.find_iter(text).count() {
            "CNY"
        } else {
            "JPY"
        };
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
            dollar: dollar_code(text),
            yen,
            rupee,
            rand: RAND_CUES.is_match(text),
            korea: KOREA_CUES.is_match(text),
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
        let s = &self.a.sentences[self.sent[i]];
        (s.tokens.start..i).all(|k| !self.tok(k).chars().any(char::is_alphanumeric))
    }

    /// Do the lowercase tokens ending just before `end` spell `phrase`? Returns its first token.
    fn phrase_before(&self, end: usize, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split(' ').collect();
        if words.len() > end {
            return None;
        }
        let start = end - words.len();
        let same_sentence = self.sent.get(start) == self.sent.get(end.saturating_sub(1));
        (same_sentence && words.iter().enumerate().all(|(k, w)| self.low(start + k) == *w)).then_some(start)
    }

    /// Do the lowercase tokens from `start` spell `phrase`? Returns the token after it.
    fn phrase_at(&self, start: usize, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split(' ').collect();
        words.iter().enumerate().all(|(k, w)| self.low(start + k) == *w).then_some(start + words.len())
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
    let (code, count) = LOCAL_DOLLAR_CUES
        .iter()
        .map(|(re, code)| (*code, re.find_iter(text).count()))
        .max_by_key(|(_, c)| *c)
        .unwrap_or(("USD", 0));
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
    kind: &'static str,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    qualifier: Qualifier,
    currency: Option<&'static str>,
    unit: Option<String>,
    extra_consumed: Vec<usize>,
}

enum Step {
    /// An amount, and the token to go on from.
    Emit(Found, usize),
    /// Not an amount: skip these tokens (a model number, a date...).
    Skip(usize),
    None,
}

/// A currency written before the number: returns the code and the number's first token.
fn currency_prefix(ctx: &Ctx, i: usize) -> Option<(Option<&'static str>, usize)> {
    let t = ctx.tok(i);
    let a = ctx.a;
    if ctx.tok(i + 1) == "$" && adjacent(a, i) {
        if let Some(code) = dollar_prefix(t) {
            return is_digit_token(a, i + 2).then_some((Some(code), i + 2));
        }
    }
    if let Some(code) = sign_code(t, ctx) {
        return is_digit_token(a, i + 1).then_some((Some(code), i + 1));
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
            if ctx.low(e + 1) == "per" { e + 3 } else { e + 2 }
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
    for noun in CURRENCY_NOUNS {
        // Adjective + noun ("Hong Kong dollars"), longest adjectives first.
        for (adj, code) in noun.adjectives {
            if let Some(k) = ctx.phrase_at(e, adj) {
                if noun.forms.contains(&ctx.low(k)) {
                    return Some((Some(code), k + 1, 1.0));
                }
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
fn scan_at(ctx: &Ctx, i: usize, consumed: &[bool], done: &[Found], last_unit: &mut Option<(String, usize)>) -> Step {
    let Some(x) = parse_expr(ctx, i) else {
        return Step::None;
    };
    let a = ctx.a;
    // Hyphenated digits that are not a range: model numbers and scores ("787-9", "3-1").
    if !x.money && !x.percent && x.num.words == false && ctx.tok(x.e) == "-" && adjacent(a, x.e - 1) && adjacent(a, x.e) {
        if let Some(y) = parse_number(a, x.e + 1).filter(|y| !y.words) {
            let yv = if y.scale == 1.0 && x.num.scale > 1.0 { y.value * x.num.scale } else { y.value };
            let y_expr = parse_expr(ctx, x.e + 1);
            let y_marked = y_expr.as_ref().is_some_and(|y| y.money || y.percent) || y.scale > 1.0;
            if (yv <= x.value || (x.num.plain_digits == 4 && y.plain_digits >= 2)) && !y_marked {
                return Step::Skip(y.end);
            }
        }
    }
    let plain = !x.money && !x.percent;
    if plain {
        if let Some(step) = excluded(ctx, &x) {
            return step;
        }
    }
    // Qualifier words before the expression (after any fillers).
    let (mut qual, qual_start) = pre_qualifier(ctx, x.s);
    let before = qual_start.unwrap_or(x.s);
    let prev_word = if before > 0 { ctx.low(before - 1) } else { "" };

    // Ranges: "X to Y", "X-Y", "between X and Y".
    if let Some((found, next)) = try_range(ctx, &x, prev_word, before) {
        let mut found = found;
        if found.kind == "count" {
            match count_unit(ctx, next, found.high.unwrap_or(0.0), consumed) {
                UnitFind::Unit(u, chunk_end, extra) => {
                    *last_unit = Some((u.clone(), ctx.sent[i]));
                    found.unit = Some(u);
                    found.extra_consumed = extra;
                    return Step::Emit(found, chunk_end.max(next));
                }
                UnitFind::Other(kind, unit) => {
                    found.kind = kind;
                    found.unit = unit;
                }
                UnitFind::Reject | UnitFind::Empty => match elided_unit(ctx, &x, last_unit, qual != Qualifier::Exact) {
                    Some(u) => found.unit = Some(u),
                    None => return Step::Skip(next),
                },
            }
        }
        return Step::Emit(found, next);
    }

    // "one in five" -> 20 percent.
    if plain && x.num.integer && !x.num.fraction_percent {
        if let Some(f) = one_in_n(ctx, &x) {
            return Step::Emit(f.0, f.1);
        }
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
        kind: "count",
        value: Some(value),
        low: None,
        high: None,
        qualifier: qual,
        currency: x.currency,
        unit: None,
        extra_consumed: Vec::new(),
    };
    if x.money {
        found.kind = "money";
        return Step::Emit(set_bounds(found), p);
    }
    if x.percent {
        found.kind = "percent";
        return Step::Emit(set_bounds(found), p);
    }
    // A plain number: a count, a duration, a quantity, an age... or nothing.
    found.currency = None;
    match count_unit(ctx, p, value, consumed) {
        UnitFind::Unit(u, chunk_end, extra) => {
            // "the 2024 elections": a year, unless a qualifier makes it an amount.
            if x.num.plain_digits == 4 && is_year(x.value) && qual == Qualifier::Exact {
                return Step::Skip(x.e);
            }
            if !x.num.integer && x.num.scale == 1.0 {
                return Step::Skip(x.e); // "3.5 people" is not a count
            }
            *last_unit = Some((u.clone(), ctx.sent[i]));
            found.unit = Some(u);
            found.extra_consumed = extra;
            Step::Emit(set_bounds(found), chunk_end.max(p))
        }
        UnitFind::Other(kind, unit) => {
            if x.num.plain_digits == 4 && is_year(x.value) && kind != "quantity" {
                return Step::Skip(x.e);
            }
            found.kind = kind;
            found.unit = unit;
            Step::Emit(set_bounds(found), p)
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
                Some(u) => {
                    *last_unit = Some((u.clone(), ctx.sent[i]));
                    found.unit = Some(u);
                    Step::Emit(set_bounds(found), p)
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
    if (i > 0 && matches!(prev, "/" | ":" | "." ) && adjacent(a, i - 1) && i > 1 && adjacent(a, i - 2) && is_digit_token(a, i - 2))
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
    if LABELS.contains(&prev) && !(prev == "no" && ctx.tok(i - 1) == "no") {
        if matches!(prev, "aged" | "age" | "ages") {
            return Some(Step::Emit(set_bounds(simple(x, "age", Some("years"))), x.e));
        }
        return skip;
    }
    // A number right after a capitalised word is part of a name: "Boeing 737", "Falcon 9".
    if i > 0 && !ctx.sentence_initial(i - 1) || i > 0 && ctx.mention_at[i - 1].is_some() {
        let pt = ctx.tok(i - 1);
        let cap = pt.chars().next().is_some_and(char::is_uppercase);
        let in_title = ctx.title_case[ctx.sent[i]];
        if cap && (ctx.mention_at[i - 1].is_some() || !in_title) && !is_qualifier_word(prev) && code_token(pt).is_none() {
            return skip;
        }
    }
    // Ages: "39-year-old", "55 years old", "Altman, 39,".
    if let Some(end) = age_suffix(ctx, x.e) {
        return Some(Step::Emit(set_bounds(simple(x, "age", Some("years"))), end));
    }
    if prev == "," && i > 1 && ctx.mention_ends[i - 2].is_some_and(|m| ctx.mentions[m].label == EntityType::Person)
        && matches!(next, "," | ")" | ".")
        || prev == "(" && i > 1 && ctx.mention_ends[i - 2].is_some() && next == ")"
    {
        return Some(Step::Emit(set_bounds(simple(x, "age", Some("years"))), x.e));
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
fn simple(x: &Expr, kind: &'static str, unit: Option<&str>) -> Found {
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

/// "-year-old", "years old", "-month-old": returns the token after the phrase.
fn age_suffix(ctx: &Ctx, e: usize) -> Option<usize> {
    let mut k = e;
    if ctx.low(k) == "-" {
        k += 1;
    }
    if !matches!(ctx.low(k), "year" | "years" | "month" | "months" | "week" | "weeks") {
        return None;
    }
    k += 1;
    if ctx.low(k) == "-" {
        k += 1;
    }
    (ctx.low(k) == "old").then_some(k + 1)
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
    for (p, q) in PRE_QUALIFIERS {
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
    for (ph, q) in POST_QUALIFIERS {
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
    if s >= prev.e + 1 && s - prev.e <= 3 && ctx.low(s - 1) == "or" && prev.kind != "count" {
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
    match conn {
        "to" => {
            if prev_word == "from" {
                return None;
            }
            if prev_word == "by" && before >= 2 && CHANGE_WORDS.contains(&ctx.low(before - 2)) {
                return None;
            }
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
    let money = x.money || y.money;
    let percent = x.percent || y.percent;
    if plain {
        // Both ends must be plain numbers that could be counts.
        if excluded(ctx, x).is_some() || !x.num.integer && x.num.scale == 1.0 {
            return None;
        }
    }
    let kind = if money { "money" } else if percent { "percent" } else { "count" };
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
fn one_in_n(ctx: &Ctx, x: &Expr) -> Option<(Found, usize)> {
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
        kind: "percent",
        value: Some(v),
        low: None,
        high: None,
        qualifier: Qualifier::Exact,
        currency: None,
        unit: None,
        extra_consumed: Vec::new(),
    };
    Some((set_bounds(f), y.end))
}

// ---------------------------------------------------------------------------
// Counted nouns
// ---------------------------------------------------------------------------

enum UnitFind {
    /// A counted noun, the token after the noun phrase, and number tokens inside it.
    Unit(String, usize, Vec<usize>),
    /// Not a count: another kind ("duration", "quantity", "age") and its unit.
    Other(&'static str, Option<String>),
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
            return UnitFind::Other("duration", Some(lw));
        }
        if MEASURE_UNITS.contains(&lw.as_str()) {
            return UnitFind::Other("quantity", Some(lw));
        }
        if matches!(lw.as_str(), "fold" | "times") {
            return UnitFind::Reject;
        }
        if lw == "strong" {
            return match noun_chunk(ctx, p + 2, consumed) {
                Some((head, end, extra)) => UnitFind::Unit(ctx.tok(head).to_string(), end, extra),
                None => UnitFind::Reject,
            };
        }
        return UnitFind::Unit(ctx.tok(p + 1).to_string(), p + 2, Vec::new());
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
            Some((head, end, extra)) => classify_head(ctx, head, end, extra, true, value),
            None => UnitFind::Reject,
        };
    }
    match noun_chunk(ctx, p, consumed) {
        Some((head, end, extra)) => classify_head(ctx, head, end, extra, false, value),
        None => UnitFind::Empty,
    }
}

/// Decide what a number counts from the head noun of its phrase.
fn classify_head(ctx: &Ctx, head: usize, end: usize, extra: Vec<usize>, via_of: bool, value: f64) -> UnitFind {
    let lw = ctx.low(head).to_string();
    if TIME_UNITS.contains(&lw.as_str()) {
        if lw.starts_with("year") && ctx.low(head + 1) == "old" {
            return UnitFind::Other("age", Some("years".into()));
        }
        return UnitFind::Other("duration", Some(lw));
    }
    if MEASURE_UNITS.contains(&lw.as_str()) {
        return UnitFind::Other("quantity", Some(lw));
    }
    if lw == "times" {
        return UnitFind::Reject;
    }
    let t = ctx.tok(head);
    if via_of || value == 1.0 || plural_like(t) {
        return UnitFind::Unit(t.to_string(), end, extra);
    }
    UnitFind::Reject
}

/// The noun phrase starting at `p`: its head token, the token after the
/// head, and number tokens inside it (model numbers, not amounts).
fn noun_chunk(ctx: &Ctx, p: usize, consumed: &[bool]) -> Option<(usize, usize, Vec<usize>)> {
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
        if MONTHS.contains(lw) && t.chars().next().is_some_and(char::is_uppercase) && lw != "may" {
            break;
        }
        words.push(j);
        j += 1;
    }
    const EMPTY_ADJ: &[&str] = &["more", "others", "other", "additional", "extra", "new", "total", "overall", "combined"];
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
    Some((head, head + 1, numbers))
}

/// Is a bare number where an elided noun may stand ("we hired 500.", "a further 250 and")?
fn elided_position(ctx: &Ctx, x: &Expr) -> bool {
    let i = x.s;
    if !x.num.integer || x.value < 2.0 {
        return false;
    }
    let prev = if i > 0 { ctx.low(i - 1) } else { "" };
    // "the two pour millions": "the" + number is a pronoun.
    if prev == "the" || i == 0 || ctx.sentence_initial(i) {
        return false;
    }
    let next = ctx.tok(x.e);
    next.is_empty()
        || ctx.sent.get(x.e) != ctx.sent.get(i)
        || matches!(next, "." | "," | ";" | ":" | ")" | "”" | "\"" | "’" | "!" | "?" | "—" | "–")
        || STOP.contains(ctx.low(x.e))
}

/// The noun of an elided count: the unit of the last count in the last two
/// sentences, else (when a qualifier marks the number as an amount) the
/// nearest plural noun earlier in this or the previous sentence.
fn elided_unit(ctx: &Ctx, x: &Expr, last_unit: &Option<(String, usize)>, qualified: bool) -> Option<String> {
    let si = ctx.sent[x.s];
    if let Some((u, s)) = last_unit {
        if si >= *s && si - s <= 2 {
            return Some(u.clone());
        }
    }
    if !qualified {
        return None;
    }
    const SUBJECTS: &[&str] = &["he", "she", "it", "that", "which", "who", "this", "what", "there"];
    let first = ctx.a.sentences[si.saturating_sub(1)].tokens.start;
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
        .map(|k| ctx.tok(k).to_string())
}

// ---------------------------------------------------------------------------
// Rows and owners
// ---------------------------------------------------------------------------

fn to_amount(ctx: &Ctx, f: &Found) -> Amount {
    let a = ctx.a;
    let start = a.tokens[f.s].start;
    let end = a.tokens[f.e - 1].end;
    Amount {
        start,
        end,
        text: a.text[start..end].to_string(),
        sentence: a.sentence_of(start),
        kind: f.kind.to_string(),
        value: f.value,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        currency: if f.kind == "money" { f.currency.map(str::to_string) } else { None },
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
    if s >= 2 && matches!(ctx.tok(s - 1), "'s" | "’s") {
        if let Some(m) = ctx.mention_ends[s - 2].filter(|&m| is_agent(m)) {
            return Some(m);
        }
    }
    let verb = (first..s).rev().take(12).find(|&k| MONEY_VERBS.contains(ctx.low(k)))?;
    const PREPS: &[&str] = &[
        "of", "to", "for", "from", "with", "by", "at", "in", "on", "into", "about", "against", "between", "including",
        "than", "like", "via", "and",
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
