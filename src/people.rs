//! The speaker registry: the people and organisations an article quotes, with the fullest name the
//! article gives, their role, and the shorter forms (aliases) that refer back to them: a surname
//! ("Zelenskyy"), a title alone ("the president", "the head of state"), a pronoun ("he", "it").

use crate::prelude::*;
use crate::quotes::trim_end_bytes;
use crate::text::{one_of, trim};
use crate::text::packed::{bytes, lexicon, Words};
use serde::Serialize;

/// A person or organisation that the article quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The fullest name the article gives ("Volodymyr Zelenskyy").
    pub name: String,
    /// The title or apposition the article gives ("President"), if any.
    pub role: Option<String>,
    /// Other forms that refer to this speaker ("Zelenskyy", "the head of state").
    pub aliases: Vec<String>,
}

/// Words that make a title before a name ("President", "Sen.", "Foreign Minister", "Bundeskanzlerin"),
/// lower case without a final stop, sorted for binary search. Several can stand together ("US Secretary
/// of State", "Republican presidential nominee"); the title ends at the last such word.
pub const TITLE_WORDS: &[&str] = &[
    "activist", "actor", "actress", "adm", "admiral", "ambassador", "analyst", "anchor", "archbishop", "assemblyman",
    "assemblywoman", "attorney", "author", "bischof", "bishop", "brig", "bundeskanzler", "bundeskanzlerin",
    "bundespräsident", "bundespräsidentin", "capt", "captain", "cardinal", "ceo", "chair", "chairman", "chairwoman",
    "chancellor", "chef", "chefin", "chief", "cmdr", "co-founder", "coach", "col", "colonel", "columnist",
    "commander", "commentator", "commissioner", "congressman", "congresswoman", "councillor", "councilman",
    "councilwoman", "cpl", "defence", "defense", "delegate", "deputy", "detective", "director", "doctor", "dr",
    "economist", "engineer", "executive", "farmer", "finanzminister", "finanzministerin", "first", "foreign",
    "founder", "frau", "gen", "general", "gov", "governor", "head", "herr", "historian", "hon", "host", "house",
    "innenminister", "journalist", "judge", "justice", "kanzler", "kanzlerin", "king", "lawyer", "leader", "lt",
    "maj", "major", "manager", "mayor", "minister", "ministerin", "ministerpräsident", "ministerpräsidentin", "mr",
    "mrs", "ms", "nominee", "nurse", "officer", "pastor", "pilot", "player", "pollster", "pope", "premier",
    "president", "presidential", "press", "prime", "prince", "princess", "prof", "professor", "prosecutor",
    "präsident", "präsidentin", "queen", "rabbi", "rep", "reporter", "representative", "researcher", "rev",
    "reverend", "scientist", "secretary", "sen", "senator", "sergeant", "sgt", "sheriff", "singer", "speaker",
    "spokesman", "spokesperson", "spokeswoman", "sprecher", "sprecherin", "strategist", "superintendent", "supt",
    "teacher", "vice", "vorsitzende", "vorsitzender", "writer", "генерал", "голова", "депутат", "міністр", "пан",
    "пані", "посол", "президент", "прем'єр-міністр", "речник",
];

/// Common first names that tell "he" from "she" (lower case, sorted); a name not listed stays open
/// to either pronoun until one binds it.
const MALE_FIRST_NAMES: &[&str] = &[
    "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alex", "alexander", "alfred", "ali", "andrew", "andy",
    "angel", "anthony", "antonio", "arthur", "barack", "barry", "ben", "benjamin", "bernie", "bill", "billy", "bob",
    "bobby", "brad", "brandon", "brett", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie", "chris",
    "christopher", "chuck", "cory", "craig", "dan", "daniel", "danny", "darrell", "dave", "david", "dennis", "derek",
    "dick", "don", "donald", "doug", "douglas", "drew", "dwight", "ed", "eddie", "edward", "elijah", "emmanuel",
    "eric", "ernest", "evan", "frank", "fred", "gary", "george", "gerald", "glenn", "gordon", "greg", "gregory",
    "harry", "henry", "howard", "hugh", "ian", "jack", "jacob", "jake", "james", "jamie", "jared", "jason", "jeb",
    "jeff", "jeffrey", "jeremy", "jerry", "jesse", "jim", "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan",
    "jordan", "jose", "joseph", "josh", "joshua", "juan", "justin", "karl", "keith", "ken", "kenneth", "kevin",
    "kurt", "larry", "lee", "leon", "lindsey", "lou", "louis", "luis", "luke", "marco", "marcus", "mark", "martin",
    "matt", "matthew", "max", "michael", "mike", "mitch", "mitt", "mohammed", "muhammad", "nathan", "neil", "newt",
    "nicholas", "nick", "noah", "olaf", "omar", "oscar", "pat", "patrick", "paul", "pete", "peter", "phil", "philip",
    "rahm", "ralph", "rand", "randy", "ray", "raymond", "reince", "richard", "rick", "rob", "robby", "robert",
    "roger", "ron", "ronald", "ross", "roy", "rudy", "russ", "russell", "ryan", "sam", "samuel", "scott", "sean",
    "sebastian", "sergei", "seth", "shawn", "stephen", "steve", "steven", "stuart", "ted", "terry", "thomas", "tim",
    "timothy", "todd", "tom", "tommy", "tony", "trey", "tyler", "victor", "vince", "vincent", "vladimir", "volodymyr",
    "walter", "wayne", "wesley", "will", "william", "wolfgang",
];

const FEMALE_FIRST_NAMES: &[&str] = &[
    "abigail", "alexandra", "alice", "alicia", "allison", "amanda", "amber", "amy", "ana", "andrea", "angela",
    "angelina", "ann", "anna", "anne", "annette", "barbara", "betsy", "betty", "beverly", "brenda", "carly", "carol",
    "caroline", "catherine", "cathy", "charlotte", "chelsea", "cheryl", "christina", "christine", "claire", "cynthia",
    "dana", "debbie", "deborah", "debra", "denise", "diana", "diane", "donna", "dorothy", "elaine", "eleanor",
    "elizabeth", "ellen", "emily", "emma", "erin", "eva", "evelyn", "frances", "gabrielle", "gina", "gloria", "grace",
    "hannah", "heather", "heidi", "helen", "hillary", "hope", "huma", "irene", "jane", "janet", "janice", "jean",
    "jennifer", "jessica", "jill", "joan", "joanne", "joni", "josephine", "joy", "joyce", "judith", "judy", "julia",
    "julie", "karen", "katherine", "kathleen", "kathy", "katie", "kay", "kelly", "kellyanne", "kim", "kimberly",
    "kirsten", "krista", "laura", "lauren", "linda", "lisa", "lois", "loretta", "lori", "louise", "lucy", "lynn",
    "madeleine", "margaret", "maria", "marie", "marilyn", "martha", "mary", "megan", "megyn", "melania", "melissa",
    "michele", "michelle", "monica", "nancy", "natalie", "nicole", "nikki", "olivia", "pam", "pamela", "patricia",
    "patty", "paula", "peggy", "rachel", "rebecca", "renee", "rita", "roberta", "rose", "ruth", "sally", "samantha",
    "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sophia", "stacy", "stephanie", "susan", "suzanne",
    "tammy", "teresa", "theresa", "tina", "tulsi", "ursula", "valerie", "victoria", "virginia", "wendy",
];

lexicon!(static TITLES = TITLE_WORDS;);

lexicon!(static MALE = MALE_FIRST_NAMES;);
lexicon!(static FEMALE = FEMALE_FIRST_NAMES;);

/// Forms that name a role without naming the person, and the title word they stand for:
/// "the head of state" is the president.
const ROLE_SYNONYMS: &[(&str, &str)] = &[
    ("head of government", "prime minister"),
    ("head of state", "president"),
    ("premier", "prime minister"),
    ("staatsoberhaupt", "präsident"),
    ("глава держави", "президент"),
];

/// Pronouns that can attribute a quote, with what they refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    It,
    They,
    /// "I", "we": the speaker is in the quote itself; resolved like "they".
    First,
}

/// The pronoun that `word` is, in English, German or Ukrainian.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    let w = trim(word);
    // The longest pronoun is 8 bytes ("вона", "воно", "вони").
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    // (A test of the first letter against "ehistw" turned most ASCII words away before lowering:
    // 0.4 % of the instructions, 41 B gzipped.)
    crate::text::with_lower(w, pronoun_lower)
}

fn pronoun_lower(lower: &str) -> Option<Pronoun> {
    Some(match lower {
        "he" | "er" | "він" => Pronoun::He,
        "she" | "вона" => Pronoun::She,
        // German "sie" is she or they; "es" is it.
        "sie" => Pronoun::She,
        "it" | "es" | "воно" => Pronoun::It,
        "they" | "вони" => Pronoun::They,
        "i" | "we" | "ich" | "wir" | "я" | "ми" => Pronoun::First,
        _ => return None,
    })
}

/// Whether `word` (any case, final stop ignored) is a title word.
pub fn is_title_word(word: &str) -> bool {
    // `trim_end_matches('.')` on the bytes (a stop is one byte and never inside a character).
    let mut n = word.len();
    while n > 0 && word.as_bytes()[n - 1] == b'.' {
        n -= 1;
    }
    let w = word.get(..n).unwrap_or("");
    if w.is_empty() || w.len() > 40 {
        return false;
    }
    // Most capitalised words of an article ("The", "Ukraine") are no title: turned away by their
    // first letter and length before they are lowered and hashed. (The length only for an ASCII word,
    // whose lower case has its length.)
    let b = w.as_bytes();
    if b[0].is_ascii_alphabetic() {
        let lengths = TITLE_SHAPES[usize::from((b[0] | 0x20) - b'a')];
        if lengths >> b.len().min(31) & 1 == 0 && (lengths == 0 || w.is_ascii()) {
            return false;
        }
    }
    TITLES.contains_lower(w)
}

/// For each ASCII first letter of the title words, their lengths (bit `len`; every title word is
/// shorter than 31 bytes, a test checks it).
static TITLE_SHAPES: [u32; 26] = {
    let mut t = [0u32; 26];
    let mut i = 0;
    while i < TITLE_WORDS.len() {
        let w = TITLE_WORDS[i].as_bytes();
        if w[0].is_ascii_lowercase() {
            t[(w[0] - b'a') as usize] |= 1 << w.len();
        }
        i += 1;
    }
    t
};

/// Splits a leading title from a name: "US President Donald Trump" → (Some("US President"),
/// "Donald Trump"). The title runs to the last title word of the leading run of words; what follows
/// must start with a capital. "Mr", "Mrs", "Ms", "Herr", "Frau" are dropped without giving a role.
pub fn split_title(who: &str) -> (Option<&str>, &str) {
    let mut last_title_end = None;
    let mut pos = 0;
    for w in crate::text::split_byte(who, b' ') {
        let start = pos;
        pos += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        // "Secretary of State": the title runs to "State".
        if is_title_word(w) || w == "State" && who[..start].ends_with(" of ") && last_title_end.is_some() {
            last_title_end = Some(start + w.len());
        } else if !starts_upper(w) && !one_of(w, "of for the and state des der") {
            break;
        }
    }
    let Some(end) = last_title_end else { return (None, who) };
    let rest = &who[end..];
    let rest = rest[rest.bytes().position(|b| b != b'.' && b != b',').unwrap_or(rest.len())..].trim_start();
    if !starts_upper(rest) {
        return (None, who);
    }
    let title = trim(&who[..end]);
    let title = match title.get(..3) {
        Some(a) if title.as_bytes().get(3) == Some(&b' ') && one_of(a, "the The") => &title[4..],
        _ => title,
    };
    let courtesy = crate::text::with_lower(trim_end_bytes(title, b"."), |bare| {
        one_of(bare, "mr mrs ms herr frau dr пан пані")
    });
    if courtesy {
        return (None, rest);
    }
    (Some(title), rest)
}

/// Whether `w` starts with a capital letter (one out-of-line copy of the first character's decoding
/// for the registry and the quote passes: a size measure).
#[inline(never)]
pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(crate::text::class::is_upper)
}

/// Whether `w` starts with a lower-case letter.
#[inline(never)]
pub(crate) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(crate::text::class::is_lower)
}

/// The gender a name or a title shows ("Ted Cruz", "Mrs. Smith", "Bundeskanzlerin"), if any.
fn gender_of(name: &str, role: Option<&str>) -> Gender {
    let first = crate::text::words(name).next().unwrap_or("");
    let found = crate::text::with_lower(first, |f| {
        if MALE.contains(f) {
            Gender::Male
        } else if FEMALE.contains(f) {
            Gender::Female
        } else {
            Gender::Unknown
        }
    });
    if found != Gender::Unknown || !crate::text::has_byte(name.as_bytes(), b' ') {
        return found;
    }
    match role.map(|r| crate::text::lower(trim_end_bytes(r, b"."))).as_deref() {
        Some(r) if one_of(r, "mrs ms frau пані") => Gender::Female,
        Some(r) if one_of(r, "mr herr пан") => Gender::Male,
        Some(r) if r.ends_with("in") && (r.ends_with("kanzlerin") || r.ends_with("ministerin") || r.ends_with("präsidentin")) => Gender::Female,
        _ => Gender::Unknown,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Unknown,
    Male,
    Female,
}

/// Speakers found so far, in order of first mention, with an index from every lower-cased name,
/// alias and surname to the speaker (so that look-ups cost the same however long the article is).
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub speakers: Vec<Speaker>,
    index: NameIndex,
    gender: Vec<Option<Gender>>,
    org: Vec<bool>,
    /// Names registered only because the article mentions them (not yet quoted): they complete a
    /// surname but do not compete with speakers for a pronoun.
    quiet: Vec<bool>,
    /// Speakers with a role, in the order they got it (for "the president" when no recent speaker
    /// has that role).
    roled: Vec<usize>,
    /// The speakers most recently referred to, last is latest (bounded).
    recent: Vec<usize>,
    /// Names the article mentioned lately without quoting them: a pronoun with no speaker to refer
    /// to falls back on these.
    recent_quiet: Vec<usize>,
    /// The person the article named last (quoted or not).
    last_named: Option<usize>,
    /// A bit for each index key's first byte and length ([`key_bit`]): most capitalised words of an
    /// article name no one, and an ASCII word whose bit is not set is turned away before it is lowered
    /// and hashed (the recent names ask the index about every capitalised word).
    key_bits: u64,
}

/// The bit of [`Registry::key_bits`] for a lower-case key, or for an ASCII word whose lower case
/// would be the key (ASCII keeps its length and its first byte's place in lower case).
fn key_bit(key: &[u8]) -> u64 {
    let first = key.first().map_or(0, u8::to_ascii_lowercase);
    1 << ((usize::from(first) + 7 * key.len()) & 63)
}

/// A speaker lists at most this many aliases (the evaluation files' most is 2): a name given in ever
/// new spellings ("ANA Ruiz", "Ana RUIZ", …) would otherwise be compared with each spelling before it
/// (16,000 spellings in 900 KB took 0.42 s, 64,000 about 6 s) and listed whole.
const MAX_ALIASES: usize = 32;

const RECENT: usize = 8;

/// Lower-cased names to speakers (and, in the TimelineJS import, names and quotes to their places).
/// All the registry asks of a map is to look a name up and to add one that is not there. Native builds use std's `HashMap` (keyed SipHash: no input can make its
/// look-ups slow); the page's `no_std` build, which has no `HashMap`, uses [`OpenIndex`], a few hundred
/// bytes of wasm where `BTreeMap` took 2.4 KB. Never iterated, so both give the same results.
#[cfg(not(feature = "std"))]
pub(crate) type NameIndex = OpenIndex;
#[cfg(feature = "std")]
pub(crate) type NameIndex = StdIndex;

#[cfg(feature = "std")]
#[derive(Debug, Clone, Default)]
pub(crate) struct StdIndex(std::collections::HashMap<String, usize>);

#[cfg(feature = "std")]
impl StdIndex {
    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        self.0.get(key).copied()
    }

    pub(crate) fn insert_new(&mut self, key: &str, value: usize) {
        if !self.0.contains_key(key) {
            self.0.insert(key.to_string(), value);
        }
    }
}

/// Open addressing over FNV-1a-like hashes with linear probing. The hash starts from a seed the web edge
/// draws at random once per page ([`seed_name_index`]): with the plain FNV-1a start, a crafted
/// article or TimelineJS file could hold thousands of names sharing one full 32-bit hash (a birthday
/// search of about 2^16 tries each finds them) and make every look-up a scan. A probe longer than
/// [`OpenIndex::LONG`] also grows the table (to at most 32 slots a name), so names must collide in
/// about log2(32 × names) bits of a hash whose start they cannot know.
#[cfg_attr(feature = "std", allow(dead_code))]
#[derive(Debug, Clone)]
pub(crate) struct OpenIndex {
    /// A power of two long (or empty), at most three quarters full.
    slots: Vec<Option<(String, usize)>>,
    len: usize,
    /// FNV-1a's offset basis, XORed with the page's seed when the index was made.
    basis: u32,
}

/// The seed of the page's name indexes (0, FNV-1a's own start, until the web edge sets one).
#[cfg(not(feature = "std"))]
static INDEX_SEED: crate::sync::Local<core::cell::Cell<u32>> = crate::sync::Local::new(core::cell::Cell::new(0));

/// Seeds the name indexes made from now on (the page's `no_std` build; native builds use std's keyed
/// `HashMap`). The web edge calls it once, with a random number, before it reads its first input.
#[cfg(not(feature = "std"))]
pub fn seed_name_index(seed: u32) {
    INDEX_SEED.with(|s| s.set(seed));
}

impl Default for OpenIndex {
    fn default() -> Self {
        #[cfg(not(feature = "std"))]
        let seed = INDEX_SEED.with(|s| s.get());
        #[cfg(feature = "std")]
        let seed = 0;
        OpenIndex::seeded(seed)
    }
}

#[cfg_attr(feature = "std", allow(dead_code))]
impl OpenIndex {
    const LONG: usize = 48;

    fn seeded(seed: u32) -> Self {
        OpenIndex { slots: Vec::new(), len: 0, basis: 0x811c_9dc5 ^ seed }
    }

    /// FNV-1a from this index's basis, with the high bits folded into the low ones after each byte.
    /// Plain FNV-1a carries a difference in the basis only upwards: two bases that agree in their low
    /// byte give hashes that differ by one constant for every key of a length, so names crafted to
    /// collide under one basis collided under 1 in 256 seeds (and partly under many more). Folded, a
    /// pair found by birthday search collided under none of 100,000 random seeds.
    fn hash(&self, key: &str) -> u32 {
        key.bytes().fold(self.basis, |h, x| {
            let h = (h ^ u32::from(x)).wrapping_mul(0x0100_0193);
            h ^ (h >> 15)
        })
    }

    /// The slot that holds `key`, or the empty one where it would go, and the number of slots
    /// passed on the way (the table is not empty).
    fn slot(&self, key: &str) -> (usize, usize) {
        let mask = self.slots.len() - 1;
        let mut k = self.hash(key) as usize & mask;
        let mut probes = 0;
        while self.slots[k].as_ref().is_some_and(|(s, _)| s != key) {
            k = (k + 1) & mask;
            probes += 1;
        }
        (k, probes)
    }

    pub(crate) fn get(&self, key: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        self.slots[self.slot(key).0].as_ref().map(|&(_, v)| v)
    }

    /// Maps `key` to `value` unless `key` is mapped already (a key is allocated only when new).
    pub(crate) fn insert_new(&mut self, key: &str, value: usize) {
        loop {
            if 4 * (self.len + 1) <= 3 * self.slots.len() {
                let (s, probes) = self.slot(key);
                if probes <= Self::LONG || self.slots.len() >= 16 * (self.len + 1) {
                    if self.slots[s].is_none() {
                        self.slots[s] = Some((key.to_string(), value));
                        self.len += 1;
                    }
                    return;
                }
            }
            let old = core::mem::take(&mut self.slots);
            self.slots.resize_with((old.len() * 2).max(16), || None);
            for (k, v) in old.into_iter().flatten() {
                let s = self.slot(&k).0;
                self.slots[s] = Some((k, v));
            }
        }
    }
}

/// Whether a name reads as an organisation ("the White House", "the ministry", "Reuters").
fn looks_like_org(name: &str) -> bool {
    crate::text::with_lower(name, looks_like_org_lower)
}

/// Word endings of organisations' names, packed (text and `u16` ends, no pointers) and read by
/// index: no scan of one long string for its spaces on every name.
const ORG_ENDINGS: &[&str] = &[
    "house", "kremlin", "times", "post", "news", "street", "university", "union", "court", "senate", "congress",
    "association", "institute", "foundation", "press", "review", "journal", "ministry", "department", "office",
    "campaign", "committee", "government", "agency", "police", "company", "party", "council", "ministerium",
    "regierung", "міністерство", "офіс",
];

static ORG_ENDS: Words<{ bytes(ORG_ENDINGS) }, { ORG_ENDINGS.len() }> = Words::new(ORG_ENDINGS);

fn looks_like_org_lower(lower: &str) -> bool {
    let l = lower.as_bytes();
    let v = ORG_ENDS.view();
    l.starts_with(b"the ") || (0..v.len()).any(|i| {
        let w = v.word(i);
        w.last().is_some_and(|e| l.last() == Some(e)) && l.ends_with(w)
    })
}

impl Registry {
    /// Registers a name with an optional role; returns its index. A name that extends a known one
    /// ("Ana Ruiz" after "Ruiz") merges with it and becomes the speaker's name.
    pub fn add(&mut self, name: &str, role: Option<&str>) -> usize {
        let name = trim(name);
        let role = role.map(trim).filter(|r| !r.is_empty());
        if let Some(i) = self.find_name(name) {
            let sp = &mut self.speakers[i];
            // The same name again (the usual case) changes nothing to index: every name and alias
            // already is.
            let grown = sp.name != name;
            if grown {
                let words = crate::text::word_count;
                if words(name) > words(&sp.name) && !looks_like_org(name) {
                    let old = core::mem::replace(&mut sp.name, name.to_string());
                    self.push_alias(i, &old);
                } else {
                    self.push_alias(i, name);
                }
            }
            self.give_role(i, role);
            // Only the new name: every other name and alias was indexed as it came (indexing them all
            // again made a name given in ever new spellings quadratic: 16,000 of them took 7 s).
            if grown {
                index_name(&mut self.index, &mut self.key_bits, name, i);
            }
            return i;
        }
        self.push_new(name, role, looks_like_org(name))
    }

    /// Gives speaker `i` the role `role` if it has none yet (one copy for `add` and `resolve`).
    fn give_role(&mut self, i: usize, role: Option<&str>) {
        let sp = &mut self.speakers[i];
        if sp.role.is_none() && role.is_some() {
            sp.role = role.map(str::to_string);
            self.roled.push(i);
        }
    }

    /// A new speaker (`name` and `role` trimmed, `org`: whether the name reads as an organisation's).
    fn push_new(&mut self, name: &str, role: Option<&str>, org: bool) -> usize {
        let mut aliases = Vec::new();
        if !org {
            // The last word, read forwards (`last()` reads the words backwards: a second copy of the
            // splitting code, a size measure).
            let mut last = None;
            for w in crate::text::words(name) {
                last = Some(w);
            }
            if let Some(last) = last.filter(|_| crate::text::has_byte(name.as_bytes(), b' ')) {
                aliases.push(last.to_string());
            }
        }
        let gender = if org { None } else { Some(gender_of(name, role)) };
        self.speakers.push(Speaker { name: name.to_string(), role: role.map(str::to_string), aliases });
        self.gender.push(gender);
        self.org.push(org);
        self.quiet.push(false);
        let i = self.speakers.len() - 1;
        if role.is_some() {
            self.roled.push(i);
        }
        self.index_names(i);
        i
    }

    /// Registers a person's full name that the article gives outside any attribution; organisations
    /// ("White House", "Supreme Court") are left out.
    pub fn add_quietly(&mut self, name: &str) {
        // A known name first (names come again and again): the organisation test is the slower one.
        if self.find_name(name).is_none() && !looks_like_org(name) {
            // `add` would look the same name up again and test it for an organisation: a name without
            // surrounding space goes straight in.
            let i = if trim(name).len() == name.len() { self.push_new(name, None, false) } else { self.add(name, None) };
            self.quiet[i] = true;
        }
    }

    /// Adds `a` to speaker `i`'s aliases unless it is one already or the speaker has [`MAX_ALIASES`]
    /// (the name index still learns it: only the list the Story shows is bounded).
    fn push_alias(&mut self, i: usize, a: &str) {
        let aliases = &mut self.speakers[i].aliases;
        if aliases.len() < MAX_ALIASES && !aliases.iter().any(|x| x == a) {
            aliases.push(a.to_string());
        }
    }

    fn index_names(&mut self, i: usize) {
        let sp = &self.speakers[i];
        // A key is allocated only when it is new.
        for name in core::iter::once(&sp.name).chain(&sp.aliases) {
            index_name(&mut self.index, &mut self.key_bits, name, i);
        }
    }

    fn find_name(&self, name: &str) -> Option<usize> {
        // No key with the first letter and length of the name nor of its last word: no speaker.
        if name.is_ascii() {
            let last = crate::text::after_last_space(name);
            if self.key_bits & key_bit(name.as_bytes()) == 0 && (last.len() == name.len() || self.key_bits & key_bit(last.as_bytes()) == 0) {
                return None;
            }
        }
        crate::text::with_lower(name, |lower| {
            if let Some(i) = self.index.get(lower) {
                return Some(i);
            }
            // "Ana Ruiz" after a bare "Ruiz": the surname is known.
            // (The organisation test last: it is the slowest, and most surnames are not known.)
            let last = crate::text::after_last_space(lower);
            if last.len() < lower.len() {
                if let Some(i) = self.index.get(last) {
                    if !self.org[i] && !crate::text::has_byte(self.speakers[i].name.as_bytes(), b' ') && !looks_like_org_lower(lower) {
                        return Some(i);
                    }
                }
            }
            None
        })
    }

    /// The speaker one word (no white space in it) names: what [`Registry::find`] gives for it, as a
    /// single word has no title to split off.
    pub fn find_word(&self, word: &str) -> Option<usize> {
        // The name look-up without its surname step (a word is its own last word): the recent names
        // ask this of every capitalised word.
        debug_assert!(!word.contains(' '), "{word:?}");
        if word.is_ascii() && self.key_bits & key_bit(word.as_bytes()) == 0 {
            return None;
        }
        crate::text::with_lower(word, |lower| self.index.get(lower))
    }

    /// The speaker whose name or alias `mention` is (titles dropped), if known.
    pub fn find(&self, mention: &str) -> Option<usize> {
        let (_, name) = split_title(trim(mention));
        self.find_name(name)
    }

    /// Records that `alias` refers to speaker `i`.
    pub fn alias(&mut self, i: usize, alias: &str) {
        if self.speakers.get(i).is_some_and(|sp| sp.name != alias && !alias.is_empty()) {
            self.push_alias(i, alias);
            index_name(&mut self.index, &mut self.key_bits, alias, i);
        }
    }

    /// Notes that the article just named speaker `i` (outside a quote's attribution); names it only
    /// mentions in passing are not noted.
    pub fn mentioned(&mut self, i: usize) {
        if self.org.get(i) == Some(&false) {
            self.last_named = Some(i);
        }
        match self.quiet.get(i) {
            Some(false) => self.touch(i),
            Some(true) => note_recent(&mut self.recent_quiet, i),
            None => {}
        }
    }

    /// Notes that speaker `i` was just referred to (for pronouns and titles later on).
    pub fn touch(&mut self, i: usize) {
        if let Some(q) = self.quiet.get_mut(i) {
            *q = false;
        }
        note_recent(&mut self.recent, i);
    }

    /// The person the article named last, quoted or not.
    pub fn last_named(&self) -> Option<usize> {
        self.last_named
    }

    /// The most recent speaker a pronoun can refer to; binds the gender of "he"/"she" on first use.
    pub fn resolve_pronoun(&mut self, p: Pronoun) -> Option<usize> {
        let ok = |i: usize, reg: &Registry| match p {
            Pronoun::He => !reg.org[i] && reg.gender[i] != Some(Gender::Female),
            Pronoun::She => !reg.org[i] && reg.gender[i] != Some(Gender::Male),
            Pronoun::It => reg.org[i],
            Pronoun::They | Pronoun::First => true,
        };
        // Recent speakers first, then names mentioned lately (a loop: `find` compiles a fold per list).
        let mut found = None;
        for &i in self.recent.iter().rev().chain(self.recent_quiet.iter().rev()) {
            if ok(i, self) {
                found = Some(i);
                break;
            }
        }
        let i = found?;
        match p {
            Pronoun::He => self.gender[i] = Some(Gender::Male),
            Pronoun::She => self.gender[i] = Some(Gender::Female),
            _ => {}
        }
        Some(i)
    }

    /// The speaker a role alone refers to ("the president", "the head of state"): the most recent
    /// one whose role has that title word.
    pub fn resolve_role(&self, mention: &str) -> Option<usize> {
        let lower = crate::text::lower(&mention.trim());
        // Without a leading "the ", "der " or "die " (three letters and a space).
        let bare = match lower.get(..3) {
            Some(a) if lower.as_bytes().get(3) == Some(&b' ') && one_of(a, "the der die") => &lower[4..],
            _ => &lower,
        };
        let wanted = ROLE_SYNONYMS.iter().find(|(k, _)| *k == bare).map_or(bare, |(_, v)| *v);
        let matches = |i: usize| {
            self.speakers[i].role.as_ref().is_some_and(|r| {
                crate::text::with_lower(r, |r| {
                    r.strip_suffix(wanted).is_some_and(|head| head.is_empty() || head.ends_with(' '))
                })
            })
        };
        // The most recent speakers first, then the latest ones to get a role (a bounded look: the
        // registry grows with the article). A loop: `copied().find` compiled the test as a fold's
        // closure of its own (a size measure).
        for &i in self.recent.iter().rev().chain(self.roled.iter().rev().take(64)) {
            if matches(i) {
                return Some(i);
            }
        }
        None
    }

    /// Resolves the words that attribute a quote: a pronoun, a role alone, or a name (with or without
    /// its title). Returns the speaker, adding one when the name is new.
    pub fn resolve(&mut self, mention: &str, role: Option<&str>) -> Option<usize> {
        let mention = trim(mention);
        if mention.is_empty() {
            return None;
        }
        if let Some(p) = pronoun(mention) {
            let i = self.resolve_pronoun(p);
            if let Some(i) = i {
                self.touch(i);
            }
            return i;
        }
        let (title, name) = split_title(mention);
        // "the farmer Jo Reyes": a role in lower case, then the name.
        // A single capitalised word after lower-case words ("harbour master Brandt") is a name only
        // when the article has named that person already ("a super PAC" is not "PAC").
        let (name, role_owned) = match split_role_name(name) {
            Some((r, n)) if crate::text::has_byte(n.as_bytes(), b' ') || self.find_name(n).is_some_and(|i| !self.org[i]) => (n, Some(r)),
            _ => (name, None),
        };
        let role = role.or(role_owned.as_deref());
        // "The White House said" at a sentence start is "the White House".
        let lowered;
        let name = match name.strip_prefix("The ") {
            Some(rest) => {
                lowered = crate::text::cat(&["the ", rest]);
                lowered.as_str()
            }
            None => name,
        };
        let i = if starts_lower(name) {
            // A role alone ("the president") or an organisation ("the White House").
            match self.resolve_role(name) {
                Some(i) => {
                    self.alias(i, name);
                    i
                }
                None => self.add(name, role),
            }
        } else {
            let i = self.add(name, title.or(role));
            self.give_role(i, role);
            i
        };
        self.touch(i);
        Some(i)
    }
}

/// "the farmer Jo Reyes" → ("farmer", "Jo Reyes"), "harbour master Brandt" → ("harbour master",
/// "Brandt"): a lower-case role before a capitalised name. A phrase that ends in a function word
/// ("a spokesman for Acme") is not a role before a name.
fn split_role_name(s: &str) -> Option<(String, &str)> {
    // "voter Jo Hale of Derry": the place after the name is neither role nor name.
    let s = match s.as_bytes().windows(4).rposition(|w| w == b" of ") {
        Some(o)
            if crate::text::split_byte(&s[o + 4..], b' ').all(|w| starts_upper(w))
                && crate::text::split_byte(&s[..o], b' ').any(|w| starts_lower(w))
                && starts_upper(crate::text::after_last_space(&s[..o])) =>
        {
            &s[..o]
        }
        _ => s,
    };
    // Pushed in a loop: `collect` from a `Split` compiles its own growth code.
    let mut words: Vec<&str> = Vec::new();
    for w in crate::text::split_byte(s, b' ') {
        words.push(w);
    }
    let caps = words.iter().rev().take_while(|w| starts_upper(w)).count();
    if caps == 0 || caps == words.len() {
        return None;
    }
    let prefix = &words[..words.len() - caps];
    if !prefix.iter().any(|w| starts_lower(w) && !one_of(w, "the a an")) {
        return None;
    }
    let last = prefix[prefix.len() - 1];
    if one_of(last, "of for the a an at to from with in on by and") {
        return None;
    }
    // One capitalised word after a role: the role is a few lower-case words (after an article).
    let body = prefix.iter().skip_while(|w| one_of(w, "the The a A an An")).count();
    if caps == 1 && (body > 4 || prefix.iter().skip(prefix.len() - body).any(|w| !starts_lower(w))) {
        return None;
    }
    // The name is the last `caps` words and the single spaces between them.
    let name_start = s.len() - (words[words.len() - caps..].iter().map(|w| w.len()).sum::<usize>() + caps - 1);
    let role = trim_end_bytes(s[..name_start].trim(), b",");
    let role = crate::text::strip_article(role);
    Some((role.trim().to_string(), &s[name_start..]))
}

/// Puts `i` last in a list of recent speakers (moved there if it is in it), which keeps the last
/// [`RECENT`] (one copy of this for both lists, a size measure).
fn note_recent(list: &mut Vec<usize>, i: usize) {
    list.retain(|&r| r != i);
    list.push(i);
    if list.len() > RECENT {
        list.remove(0);
    }
}

/// Maps `name` in lower case to speaker `i` unless it is mapped already.
fn index_name(index: &mut NameIndex, bits: &mut u64, name: &str, i: usize) {
    crate::text::with_lower(name, |k| {
        *bits |= key_bit(k.as_bytes());
        index.insert_new(k, i)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_index_keeps_the_first_speaker_of_a_name() {
        // The same checks on the index of this build and on the page build's.
        macro_rules! check {
            ($ix:expr) => {{
                let mut ix = $ix;
                assert_eq!(ix.get("ruiz"), None);
                for i in 0..1000 {
                    ix.insert_new(&["name ", &i.to_string()].concat(), i);
                }
                ix.insert_new("", 7);
                ix.insert_new("name 5", 99);
                assert!((0..1000).all(|i| ix.get(&["name ", &i.to_string()].concat()) == Some(i)));
                assert_eq!((ix.get(""), ix.get("name 1000"), ix.get("name")), (Some(7), None, None));
                ix
            }};
        }
        check!(NameIndex::default());
        assert_eq!(check!(OpenIndex::default()).len, 1001);
    }

    /// Two names with one full hash under one seed (a birthday search finds them in about 2^16
    /// tries) do not share it under others: the page draws its seed at random, so names cannot be
    /// crafted against it. Seeds that differ only in high bits are the case plain FNV-1a failed.
    #[test]
    fn a_seed_parts_names_crafted_to_collide() {
        let plain = OpenIndex::seeded(0);
        let mut seen = std::collections::HashMap::new();
        let (a, b) = (0u32..)
            .map(|i| ["name ", &i.to_string()].concat())
            .find_map(|k| seen.insert(plain.hash(&k), k.clone()).map(|old| (old, k)))
            .unwrap();
        assert_eq!(plain.hash(&a), plain.hash(&b), "{a} / {b}");
        for seed in [1, 0x9e37_79b9, 0xdead_beef, 0x8000_0000, 0x0100_0000, 0xff00, 12345] {
            let ix = OpenIndex::seeded(seed);
            assert_ne!(ix.hash(&a), ix.hash(&b), "seed {seed:#x}: {a} / {b}");
        }
    }

    /// Names whose hashes agree in their low 8 bits (found by search) grow the table instead of
    /// making one long probe sequence.
    #[test]
    fn colliding_names_grow_the_open_index() {
        let low = |k: &str| OpenIndex::default().hash(k) & 0xFF;
        let target = low("name 0");
        let keys: Vec<String> = (0..).map(|i| ["name ", &i.to_string()].concat()).filter(|k| low(k) == target).take(200).collect();
        let mut ix = OpenIndex::default();
        for (i, k) in keys.iter().enumerate() {
            ix.insert_new(k, i);
        }
        assert!(keys.iter().enumerate().all(|(i, k)| ix.get(k) == Some(i)));
        assert!(ix.slots.len() <= 32 * 201 && keys.iter().all(|k| ix.slot(k).1 <= OpenIndex::LONG), "{}", ix.slots.len());
    }


    #[test]
    fn title_table_is_sorted() {
        for t in [TITLE_WORDS, MALE_FIRST_NAMES, FEMALE_FIRST_NAMES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn first_names_tell_he_from_she() {
        let mut r = Registry::default();
        let a = r.resolve("Ted Marlow", None).unwrap();
        let b = r.resolve("Carly Vance", None).unwrap();
        assert_eq!(r.resolve("he", None), Some(a));
        assert_eq!(r.resolve("she", None), Some(b));
    }

    #[test]
    fn surname_resolves_to_the_full_name() {
        let mut r = Registry::default();
        let i = r.add("Ana Ruiz", Some("Mayor"));
        assert_eq!(r.find("Ruiz"), Some(i));
        assert_eq!(r.speakers[i].aliases, vec!["Ruiz".to_string()]);
    }

    #[test]
    fn names_are_found_in_any_case_past_the_key_bits() {
        let mut r = Registry::default();
        let ana = r.add("Ana Ruiz", None);
        let jorg = r.add("Jörg Müller", None);
        let olena = r.add("Kovalenko", None);
        for (word, who) in [("RUIZ", Some(ana)), ("ruiz", Some(ana)), ("MÜLLER", Some(jorg)), ("Müller", Some(jorg))] {
            assert_eq!(r.find_word(word), who, "{word}");
        }
        assert_eq!(r.find("ANA RUIZ"), Some(ana));
        assert_eq!(r.find("JÖRG MÜLLER"), Some(jorg));
        // A first name the registry has not seen, with a known bare surname: found by the surname's bit.
        assert_eq!(r.find("Olena KOVALENKO"), Some(olena));
        for word in ["Rui", "Ruizz", "Suiz", "Ana", "Müllers", "Kovalenk", ""] {
            assert_eq!(r.find_word(word), None, "{word}");
            assert_eq!(r.find(word), None, "{word}");
        }
        assert_eq!(r.find("Anna Ruiz"), None);
    }

    #[test]
    fn a_longer_name_replaces_a_shorter_one() {
        let mut r = Registry::default();
        let i = r.add("Ruiz", None);
        assert_eq!(r.add("Ana Ruiz", Some("Mayor")), i);
        assert_eq!(r.speakers[i].name, "Ana Ruiz");
        assert_eq!(r.speakers[i].role.as_deref(), Some("Mayor"));
        assert!(r.speakers[i].aliases.contains(&"Ruiz".to_string()));
    }

    #[test]
    fn titles_split_from_names() {
        assert_eq!(split_title("US President Donald Trump"), (Some("US President"), "Donald Trump"));
        assert_eq!(split_title("President Volodymyr Zelenskyy"), (Some("President"), "Volodymyr Zelenskyy"));
        assert_eq!(split_title("Sen. Bob Corker"), (Some("Sen."), "Bob Corker"));
        assert_eq!(split_title("Mr. Corker"), (None, "Corker"));
        assert_eq!(split_title("the White House"), (None, "the White House"));
        assert_eq!(split_title("Hugh Hill"), (None, "Hugh Hill"));
    }

    #[test]
    fn a_role_alone_and_a_pronoun_resolve_to_the_named_speaker() {
        let mut r = Registry::default();
        let z = r.resolve("President Volodymyr Zelenskyy", None).unwrap();
        assert_eq!(r.resolve("the head of state", None), Some(z));
        assert_eq!(r.resolve("the president", None), Some(z));
        assert_eq!(r.resolve("Zelenskyy", None), Some(z));
        let wh = r.resolve("the White House", None).unwrap();
        assert_ne!(wh, z);
        assert_eq!(r.resolve("he", None), Some(z));
        assert_eq!(r.resolve("it", None), Some(wh));
        assert_eq!(r.speakers[z].name, "Volodymyr Zelenskyy");
        assert_eq!(r.speakers[z].role.as_deref(), Some("President"));
    }

    #[test]
    fn every_title_word_is_one_in_any_case_with_a_stop() {
        for w in TITLE_WORDS {
            let upper = crate::text::capitalise(w);
            assert!(is_title_word(w) && is_title_word(&upper) && is_title_word(&format!("{upper}.")) && is_title_word(&w.to_uppercase()), "{w}");
        }
        for w in ["Zelenskyy", "Ruiz", "A", "Presidents", "Mr-", "Ö", "", ".", "Sen..x", "The", "Ukraine", "Xi", "Presiden", "PRÄSIDENTEN"] {
            assert!(!is_title_word(w), "{w}");
        }
        assert!(TITLE_WORDS.iter().all(|w| w.len() < 31));
        // Spelt with letters whose lower case is not ASCII or changes its length, a title is still one.
        assert!(is_title_word("PRÄSIDENTIN") && is_title_word("BUNDESPRÄSIDENT") && is_title_word("МІНІСТР"));
    }

    #[test]
    fn pronouns_are_found_in_any_case_and_nothing_else_is() {
        for w in [
            "He", "SHE", "sie", "It", "THEY", "I", "We", "ich", "Wir", "er", "Es", " she ", "він", "Вона", "ВОНИ", "Ми", "Я",
            "heat", "Shell", "(he", "h", "e", "Them", "sheer", "ITS", "wir.", "Hé", "Ruiz", "Tuesday", "1", "",
        ] {
            let t = w.trim();
            let plain = if t.is_empty() || t.len() > 8 { None } else { crate::text::with_lower(t, pronoun_lower) };
            assert_eq!(pronoun(w), plain, "{w:?}");
        }
        assert_eq!(pronoun("THEY"), Some(Pronoun::They));
        assert_eq!(pronoun("Вона"), Some(Pronoun::She));
        assert_eq!(pronoun("Hero"), None);
    }

    #[test]
    fn organisations_are_told_by_their_last_word() {
        for (name, org) in [
            ("the White House", true), ("Supreme Court", true), ("Міністерство оборони", false), ("Офіс", true),
            ("Ana Ruiz", false), ("Newspost", true), ("Zelenskyy", false), ("", false), ("Bundesregierung", true),
        ] {
            assert_eq!(looks_like_org(name), org, "{name}");
        }
    }

    #[test]
    fn pronouns_keep_to_a_compatible_gender() {
        let mut r = Registry::default();
        let a = r.resolve("Ana Ruiz", None).unwrap();
        assert_eq!(r.resolve("she", None), Some(a));
        let b = r.resolve("Omar Haddad", None).unwrap();
        assert_eq!(r.resolve("he", None), Some(b));
        assert_eq!(r.resolve("she", None), Some(a));
    }

    #[test]
    fn a_role_with_an_article_in_front_finds_its_speaker() {
        let mut r = Registry::default();
        let i = r.add("Greta Lind", Some("Bürgermeisterin"));
        let j = r.add("Ole Brandt", Some("harbour master"));
        assert_eq!(r.resolve_role("die Bürgermeisterin"), Some(i));
        assert_eq!(r.resolve_role("Der Bürgermeisterin"), Some(i));
        assert_eq!(r.resolve_role("The harbour master"), Some(j));
        assert_eq!(r.resolve_role("harbour master"), Some(j));
        // Three letters and a space only: "diet" and "then" are no articles.
        assert_eq!(r.resolve_role("diet Bürgermeisterin"), None);
        assert_eq!(r.resolve_role("then harbour master"), None);
        assert_eq!(r.resolve_role("thenharbour master"), None);
    }

    #[test]
    fn a_speakers_first_role_stays() {
        let mut r = Registry::default();
        let i = r.add("Ruiz", Some("mayor"));
        assert_eq!(r.add("Ruiz", Some("farmer")), i);
        assert_eq!(r.resolve("Ruiz", Some("baker")), Some(i));
        assert_eq!(r.speakers[i].role.as_deref(), Some("mayor"));
        assert_eq!(r.roled, [i]);
        // A speaker first seen with no role takes the first one given, once.
        let j = r.add("Okafor", None);
        assert_eq!(r.resolve("Okafor", Some("ferry captain")), Some(j));
        assert_eq!(r.resolve("Okafor", Some("pilot")), Some(j));
        assert_eq!(r.speakers[j].role.as_deref(), Some("ferry captain"));
        assert_eq!(r.roled, [i, j]);
    }

    #[test]
    fn the_recent_speakers_are_distinct_and_bounded() {
        let mut r = Registry::default();
        let ids: Vec<usize> = (0..10).map(|k| r.add(&format!("Speaker{k}"), None)).collect();
        for &i in &ids {
            r.touch(i);
        }
        // The same speaker again and again moves to the end; it does not push the others out.
        for _ in 0..RECENT {
            r.touch(ids[9]);
        }
        assert_eq!(r.recent, ids[2..].to_vec());
        r.touch(ids[5]);
        assert_eq!(r.recent, [2, 3, 4, 6, 7, 8, 9, 5].map(|k| ids[k]));
    }

    #[test]
    fn a_name_in_many_spellings_lists_a_bounded_few() {
        let spell = |k: usize| -> String {
            let mut bits = k;
            "Ana Ruizhernandez".chars().map(|c| {
                let up = c.is_lowercase() && bits & 1 == 1;
                if c.is_lowercase() { bits >>= 1; }
                if up { c.to_ascii_uppercase() } else { c }
            }).collect()
        };
        let mut r = Registry::default();
        let i = r.add("Ana Ruizhernandez", None);
        let j = r.add("Bo Lind", None);
        for _round in 0..2 {
            for k in 1..200 {
                assert_eq!(r.add(&spell(k), None), i);
                r.alias(j, &spell(k));
            }
        }
        // The first spellings, each once, up to the bound; the surname first.
        let want: Vec<String> = core::iter::once("Ruizhernandez".to_string()).chain((1..MAX_ALIASES).map(spell)).collect();
        assert_eq!(r.speakers[i].aliases, want);
        assert_eq!(r.speakers[j].aliases.len(), MAX_ALIASES);
        assert_eq!(r.speakers[j].aliases[0], "Lind");
        assert_eq!(r.speakers[j].aliases[1..], want[1..]);
        // A spelling past the bound still finds its speaker.
        assert_eq!(r.find(&spell(150)), Some(i));
        let k = r.add("Cy Moss", None);
        r.alias(k, "the ferry captain");
        assert_eq!(r.find("The Ferry Captain"), Some(k));
    }
}
