//! The cue lexicon: the words that attribute a quote (speech verbs in their inflected forms, and the
//! few nouns and prepositions that do the same work, "according to", "zufolge", "словами"). Data
//! tables, lower case, sorted, hashed on first use; English verbs are written once with the forms they
//! take ([`EN_VERBS`]), German and Ukrainian forms one by one. A new language is a new table.

use crate::text::packed::{forms, lexicon, LexView};
use crate::text::floor_boundary;

/// The languages with their own cue table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Uk,
}

impl Lang {
    /// The language of a BCP 47 tag (`de`, `de-AT`, `uk`); anything else reads as English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // The subtag before the first `-` or `_` (ASCII: found on the bytes).
        let cut = tag.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(tag.len());
        let primary = tag.get(..cut).unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "uk" => Some(Lang::Uk),
            _ => None,
        }
    }

    /// Guesses the language from the first few kilobytes: Cyrillic letters mean Ukrainian; German
    /// function words outnumbering English ones mean German.
    pub fn detect(text: &str) -> Lang {
        let mut d = Detector::default();
        d.feed(&text[..floor_boundary(text, DETECT_BYTES)]);
        d.finish()
    }

    fn table(self) -> LexView<'static> {
        match self {
            Lang::En => EN.view(),
            Lang::De => DE.view(),
            Lang::Uk => UK.view(),
        }
    }
}

/// How many bytes of an article [`Lang::detect`] reads.
pub const DETECT_BYTES: usize = 4096;

/// The counts of [`Lang::detect`], fed piece by piece (an article's paragraphs, without copying them
/// into one sample): a piece ends a word, as the line break between paragraphs does.
#[derive(Default)]
pub struct Detector {
    cyrillic: usize,
    latin: usize,
    de: usize,
    en: usize,
}

impl Detector {
    /// Adds the counts of `text`. Eight bytes at a time: the ASCII letters and the first bytes of
    /// U+0400–U+04FF (0xD0–0xD3) counted by bit tricks, and only at a run of ASCII letters' first byte
    /// a look at the run (a function word is two to five letters). A byte at a time, the loop took 5 %
    /// of the extraction's instructions natively.
    pub fn feed(&mut self, text: &str) {
        use crate::text::swar::{letters, HIGH, ONES};
        let bytes = text.as_bytes();
        // The letters of the block before: a run goes on across blocks.
        let (mut i, mut prev) = (0, 0u64);
        while i < bytes.len() {
            let x = load(bytes, i);
            let m = letters(x);
            self.latin += m.count_ones() as usize;
            if x & HIGH != 0 {
                // Bytes whose top six bits are 110100, by the exact "zero byte" trick.
                let v = (x & ONES * 0xFC) ^ ONES * 0xD0;
                self.cyrillic += (!(((v & ONES * 0x7F) + ONES * 0x7F) | v) & HIGH).count_ones() as usize;
            }
            // The first letter of each run: a letter after no letter.
            let mut starts = m & !(m << 8 | prev >> 56);
            prev = m;
            while starts != 0 {
                let p = i + starts.trailing_zeros() as usize / 8;
                starts &= starts - 1;
                let w = load(bytes, p);
                let len = (!letters(w) & HIGH).trailing_zeros() as usize / 8;
                if matches!(len, 2..=5) {
                    self.count(text, p, len, w & ((1u64 << (8 * len)) - 1));
                }
            }
            i += 8;
        }
    }

    /// Counts the run of `len` ASCII letters at byte `at`, [`key`] `k`, if it is a function word and
    /// no letter of another script goes on with it on either side ("dieä" is no word of the list).
    #[inline(always)]
    fn count(&mut self, text: &str, at: usize, len: usize, k: u64) {
        let s = slot(k);
        if FUNCTION_SLOTS[s] != k {
            return;
        }
        let bytes = text.as_bytes();
        let letter = |from: usize| text.get(from..).and_then(|t| t.chars().next()).is_some_and(crate::text::class::is_letter);
        if bytes.get(at + len).is_some_and(|&b| b >= 0x80) && letter(at + len) {
            return;
        }
        if at > 0 && bytes[at - 1] >= 0x80 {
            // The character before: back over its continuation bytes.
            let mut q = at - 1;
            while q > 0 && bytes[q] & 0xC0 == 0x80 {
                q -= 1;
            }
            if letter(q) {
                return;
            }
        }
        if GERMAN >> s & 1 == 1 {
            self.de += 1;
        } else {
            self.en += 1;
        }
    }

    pub fn finish(&self) -> Lang {
        if self.cyrillic > self.latin {
            Lang::Uk
        } else if self.de > self.en {
            Lang::De
        } else {
            Lang::En
        }
    }
}

/// Up to eight bytes as one integer, the first byte lowest (distinct for distinct words without NUL
/// bytes): what one little-endian load of the word, masked to its length, gives.
const fn key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

/// The eight bytes from `at` as one integer, the first byte lowest ([`key`]), zeros past the end.
#[inline(always)]
fn load(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default()),
        None => key(bytes.get(at..).unwrap_or_default()),
    }
}

/// The function words the detector counts, German ones marked.
const FUNCTION_WORDS: [(&str, bool); 22] = [
    ("of", false), ("on", false), ("to", false), ("is", false), ("and", false), ("und", true), ("the", false),
    ("die", true), ("dem", true), ("den", true), ("ein", true), ("der", true), ("for", false), ("das", true),
    ("was", false), ("mit", true), ("ist", true), ("eine", true), ("sich", true), ("with", false), ("that", false),
    ("nicht", true),
];

/// A perfect hash of the function words' [`key`]s: each lands alone in one of 32 slots (the
/// multiplier was found by a search; [`FUNCTION_SLOTS`] fails to compile if two keys share a slot).
/// One multiplication and one compare per word where a binary search over the 22 keys took five
/// steps (1.5 % of the extraction's instructions natively).
#[inline(always)]
const fn slot(k: u64) -> usize {
    (k.wrapping_mul(0x75b8_bcef_f741_1d4d) >> 59) as usize
}

/// The [`key`] of the function word in each slot of [`slot`], 0 (no word's key) where none is.
static FUNCTION_SLOTS: [u64; 32] = {
    let mut slots = [0u64; 32];
    let mut i = 0;
    while i < FUNCTION_WORDS.len() {
        let k = key(FUNCTION_WORDS[i].0.as_bytes());
        assert!(slots[slot(k)] == 0, "two function words share a slot");
        slots[slot(k)] = k;
        i += 1;
    }
    slots
};

/// Bit `s` set when the function word in slot `s` is German.
const GERMAN: u32 = {
    let mut bits = 0u32;
    let mut i = 0;
    while i < FUNCTION_WORDS.len() {
        if FUNCTION_WORDS[i].1 {
            bits |= 1 << slot(key(FUNCTION_WORDS[i].0.as_bytes()));
        }
        i += 1;
    }
    bits
};

/// English speech verbs (about 250), each once with the forms the table holds, in the notation of
/// [`Forms`](crate::text::packed::Forms): "accept" is accept, accepts, accepted, accepting; "admit+"
/// doubles the "t"; "answer:dg" is only answered and answering.
pub const EN_VERBS: &[&str] = &[
    "accept", "acclaim", "accuse", "acknowledge", "add", "address", "admit+", "admonish:bdg", "advise", "advocate",
    "affirm", "agree:bsd", "allege", "announce", "answer:dg", "apologise", "apologize", "applaud", "argue",
    "articulate", "ask", "assert", "assess", "assure", "attack:dg", "attest", "bark:dg", "bemoan", "blame",
    "blast:dg", "blog+", "boast", "brag", "broadcast:bsg", "call:sdg", "campaign:dg", "caution", "chant:dg",
    "characterise", "characterize", "charge:dg", "cheer:dg", "chide", "chime:dg", "chirp", "claim:sdg", "clarify",
    "comment:dg", "complain", "concede", "conclude", "concur", "confess", "confide", "confirm", "contend",
    "contest:dg", "counsel", "counter:dg", "criticise", "criticize", "crow:dg", "cry:dg", "deadpan", "declare",
    "decry", "defend", "demand:dg", "demur+", "denounce", "deny", "deplore", "describe", "detail:dg", "discuss",
    "dismiss", "dispute", "doubt:dg", "echo:sdg", "elaborate", "email:dg", "emphasise", "emphasize", "endorse",
    "enquire", "estimate:dg", "exclaim", "explain", "express", "exult", "figure:dg", "forecast", "foresee:bs",
    "forewarn", "fret+", "fume", "gloat", "greet:sdg", "gripe", "grouse", "growl:sdg", "grumble", "guarantee",
    "gush", "hail", "highlight", "hint:dg", "hiss:dg", "implore", "imply", "indicate", "inform", "inquire",
    "insinuate", "insist", "instruct", "interject", "interrupt", "interview:dg", "intone", "joke:dg", "lament",
    "lash", "laud", "laugh:dg", "lobby:sdg", "maintain", "marvel", "mention", "message:dg", "moan:sdg", "mock",
    "mourn", "muse", "mutter", "narrate", "nod+:dg", "note:sdg", "notify", "object:dg", "observe", "opine", "outline",
    "persist", "phone:dg", "plead", "pledge:sdg", "point:dg", "ponder", "posit", "post:dg", "praise:sdg", "preach",
    "predict", "proclaim", "promise:sdg", "pronounce", "prophesy", "propose", "protest:dg", "query:dg", "question:dg",
    "quip+", "quote:dg", "rage:dg", "rail", "ramble", "rant:dg", "rave", "reaffirm", "reason", "reassure", "rebuke",
    "rebut", "recall", "reckon", "recollect", "recommend", "record:dg", "recount", "reflect", "refute", "reiterate",
    "reject", "relate", "relay:sdg", "remark", "remind", "repeat:sdg", "reply:sdg", "report:sdg", "reprimand",
    "respond", "retort", "retweet", "reveal", "sass", "say:bsg", "scoff", "scold", "scream:dg", "second:dg", "seethe",
    "shout:dg", "sigh:sdg", "signal:dg", "sing:sg", "slam:sdg", "snap+:dg", "snark", "sneer", "sniff", "snipe:sdg",
    "speculate", "sputter", "stammer", "state:sdg", "stipulate", "stress", "submit", "suggest", "summarise",
    "summarize", "suppose", "surmise", "swear:sg", "taunt", "tease", "tell:sg", "testify", "text:dg", "thank:dg",
    "theorise", "theorize", "think:sg", "threaten", "thunder:sdg", "tout", "tweet:sdg", "underline", "underscore",
    "urge", "vent", "voice:dg", "volunteer", "vow:sdg", "wager", "wail", "warn:sdg", "welcome:sdg", "whisper:dg",
    "wonder:sdg", "worry", "write:bsg", "yell:dg",
];

/// English cue words that are no regular form of [`EN_VERBS`]: irregular forms ("said", "told"),
/// forms the table has always held though the rules would spell them otherwise ("agreing",
/// "hisss"), and "according" (to).
pub const EN_WORDS: &[&str] = &[
    "according", "admonishs", "agreing", "continued", "deciding", "foresaw", "foreseen", "hisss",
    "ordering", "putting", "said", "sang", "signalled", "slammed", "sung", "swore", "sworn", "thought", "told",
    "weighed", "written", "wrote",
];

/// German speech verbs (finite forms; separable particles such as "teilte … mit" need only the verb).
pub const DE_CUES: &[&str] = &[
    "angegeben", "angekündigt", "antwortet", "antwortete", "appellierte", "argumentierte", "begründet", "begründete",
    "behauptet", "behauptete", "bekannt", "beklagt", "beklagte", "bekräftigt", "bekräftigte", "bemerkt", "bemerkte",
    "berichtet", "berichtete", "berichteten", "beschreibt", "beschrieb", "beschrieben", "bestritt", "bestätigt",
    "bestätigte", "beteuert", "beteuerte", "betonen", "betont", "betonte", "betonten", "bezeichnen", "bezeichnet",
    "bezeichnete", "bezeichneten", "dementiert", "dementierte", "drohte", "eingeräumt", "einräumen", "entgegnete",
    "ergänzt", "ergänzte", "ergänzten", "erinnerte", "erklärt", "erklärte", "erklärten", "erwiderte", "festgestellt",
    "feststellt", "fordert", "forderte", "forderten", "formulierte", "fragen", "fragt", "fragte", "fügte", "gab",
    "gefordert", "gegeben", "geheißen", "gelobt", "genannt", "gesagt", "gewarnt", "gewürdigt", "geäußert", "glaubt",
    "glaubte", "heißt", "hieß", "hofft", "hoffte", "jubelte", "kommentiert", "kommentierte", "konstatierte",
    "kritisieren", "kritisiert", "kritisierte", "kündigte", "laut", "lobt", "lobte", "mahnt", "mahnte", "meint",
    "meinte", "meinten", "mitgeteilt", "mitteilt", "mitteilte", "mitteilten", "nannte", "nannten", "nennen", "nennt",
    "resümierte", "rief", "ruft", "räumte", "sagen", "sagend", "sagt", "sagte", "sagten", "schreibt", "schrieb",
    "schrieben", "skandierte", "skandierten", "sprach", "sprechen", "spricht", "stellte", "teilt", "teilte",
    "twitterte", "unterstreicht", "unterstrich", "urteilte", "verkündet", "verkündete", "verlangt", "verlangte",
    "verlauten", "vermutet", "vermutete", "versichert", "versicherte", "versprach", "verspricht", "verteidigte",
    "verwies", "vorgeworfen", "warf", "warnen", "warnt", "warnte", "warnten", "widersprach", "wiederholte", "wies",
    "wirft", "zeigte", "zitiert", "zitierte", "zufolge", "zurückgewiesen", "zurückweisen", "äußert", "äußerte",
    "äußerten",
];

/// Ukrainian speech verbs (past forms by gender and number, and present forms).
pub const UK_CUES: &[&str] = &[
    "вважає", "визнав", "визнала", "висловився", "висловилася", "відповів", "відповіла", "додав", "додала", "додали",
    "зазначає", "зазначив", "зазначила", "зазначили", "закликав", "закликала", "запевнив", "запевнила", "запитав",
    "запитала", "зауважив", "зауважила", "заявив", "заявила", "заявили", "заявляють", "заявляє", "звернувся",
    "звернулася", "каже", "кажуть", "нагадав", "нагадала", "наголосив", "наголосила", "наголосили", "наголошує",
    "написав", "написала", "написали", "наполягав", "наполягає", "пише", "повідомив", "повідомила", "повідомили",
    "повідомляє", "попередив", "попередила", "поскаржився", "поскаржилася", "пояснив", "пояснила", "пояснили",
    "підкреслив", "підкреслила", "підкреслює", "підсумував", "підсумувала", "розповів", "розповіла", "розповіли",
    "сказав", "сказала", "сказали", "словами", "уточнив", "уточнила",
];

forms!(static EN = EN_VERBS, EN_WORDS;);
lexicon!(static DE = DE_CUES;);
lexicon!(static UK = UK_CUES;);

/// Whether `word` (any case) is a cue in `lang`; English cues count in every language (news in
/// German and Ukrainian quotes English sources too, and the English table is the fullest).
pub fn is_cue(word: &str, lang: Lang) -> bool {
    if word.is_empty() || word.len() > 40 {
        return false;
    }
    // (`contains_lower` lowers a short ASCII word on the stack: no copy for most words.)
    (lang != Lang::En && lang.table().contains_lower(word)) || EN.view().contains_lower(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for t in [EN_VERBS, EN_WORDS, DE_CUES, UK_CUES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    /// The English set as the lemmas make it is the list of every form it replaced (commit 1b0a142),
    /// word for word but for six misspellings, and no form comes twice.
    #[test]
    fn every_function_word_has_its_own_slot_and_language() {
        let german: Vec<&str> = FUNCTION_WORDS.iter().filter(|w| w.1).map(|w| w.0).collect();
        assert_eq!(german.len(), 12);
        assert_eq!(FUNCTION_SLOTS.iter().filter(|&&k| k != 0).count(), FUNCTION_WORDS.len());
        assert_eq!(GERMAN.count_ones() as usize, german.len());
        for (w, de) in FUNCTION_WORDS {
            let k = key(w.as_bytes());
            assert_eq!(FUNCTION_SLOTS[slot(k)], k, "{w}");
            assert_eq!(GERMAN >> slot(k) & 1 == 1, de, "{w}");
        }
    }

    #[test]
    fn english_forms_are_the_list_they_replace() {
        use std::collections::BTreeSet;
        // Six misspelt forms of that list corrected since.
        let wrong = ["demured", "demuring", "echos", "freted", "freting", "guaranteing"];
        let right = ["demurred", "demurring", "echoes", "fretted", "fretting", "guaranteeing"];
        let mut before: BTreeSet<&str> = include_str!("en_cues_1b0a142.txt").lines().collect();
        for (w, r) in wrong.iter().zip(right) {
            assert!(before.remove(w) && before.insert(r), "{w}");
        }
        let made: Vec<&str> = EN.words().collect();
        let set: BTreeSet<&str> = made.iter().copied().collect();
        assert_eq!(set.len(), made.len(), "a form made twice");
        assert_eq!(set.difference(&before).collect::<Vec<_>>(), Vec::<&&str>::new(), "made, not in the list");
        assert_eq!(before.difference(&set).collect::<Vec<_>>(), Vec::<&&str>::new(), "in the list, not made");
        assert_eq!(made.len(), 906);
    }

    #[test]
    fn english_verbs_make_their_forms() {
        for w in ["accepts", "accused", "accusing", "addresses", "gushes", "admitted", "admitting", "clarifies", "clarified", "clarifying", "relays", "relayed", "argued", "arguing", "saying", "said", "wrote"] {
            assert!(is_cue(w, Lang::En), "{w}");
        }
        // Only the forms an entry names: "answer:dg" has no "answer" or "answers".
        for w in ["answer", "answers", "sayed", "accepteds", "admiting", "clarifys"] {
            assert!(!is_cue(w, Lang::En), "{w}");
        }
    }

    #[test]
    fn finds_inflected_cues_in_any_case() {
        for w in ["Emphasized", "emphasised", "said", "noted", "stressed", "added", "told", "wrote", "posted", "insisted", "warned", "denied", "argued"] {
            assert!(is_cue(w, Lang::En), "{w}");
        }
        assert!(!is_cue("sandwich", Lang::En));
        assert!(!is_cue("", Lang::En));
    }

    #[test]
    fn german_and_ukrainian_cues() {
        for w in ["sagte", "Erklärte", "betonte", "zufolge"] {
            assert!(is_cue(w, Lang::De), "{w}");
        }
        for w in ["сказав", "Заявив", "наголосив", "зазначила"] {
            assert!(is_cue(w, Lang::Uk), "{w}");
        }
        assert!(!is_cue("sagte", Lang::En));
    }

    /// The one-sample detector this replaced, letter for letter (commit e4f4e9f).
    fn detect_before(text: &str) -> Lang {
        let (cyrillic, latin, de, en) = counts_before(&text[..floor_boundary(text, 4096)]);
        if cyrillic > latin {
            Lang::Uk
        } else if de > en {
            Lang::De
        } else {
            Lang::En
        }
    }

    /// The counts of [`detect_before`] over all of `head`: Cyrillic letters, ASCII letters, German
    /// and English function words.
    fn counts_before(head: &str) -> (usize, usize, usize, usize) {
        let bytes = head.as_bytes();
        let (mut cyrillic, mut latin, mut de, mut en, mut i, mut word) = (0, 0, 0, 0, 0, 0);
        while i <= bytes.len() {
            let (letter, len) = match bytes.get(i) {
                None => (false, 1),
                Some(&b) if b < 0x80 => {
                    latin += usize::from(b.is_ascii_alphabetic());
                    (b.is_ascii_alphabetic(), 1)
                }
                Some(_) => {
                    let c = head[i..].chars().next().unwrap_or(' ');
                    cyrillic += usize::from(('\u{0400}'..='\u{04FF}').contains(&c));
                    (crate::text::class::is_letter(c), c.len_utf8())
                }
            };
            if !letter {
                let w = &bytes[word..i];
                if (2..=5).contains(&w.len()) {
                    let w = core::str::from_utf8(w).unwrap_or("");
                    if crate::text::one_of(w, "der die das und nicht ist ein eine mit sich dem den") {
                        de += 1;
                    } else if crate::text::one_of(w, "the and of is to that with was for on") {
                        en += 1;
                    }
                }
                word = i + len;
            }
            i += len;
        }
        (cyrillic, latin, de, en)
    }

    #[test]
    fn only_the_function_words_are_counted_among_all_short_words() {
        // Every word of two or three small letters, and their capitalised forms: the hash's exact
        // compare lets nothing else through.
        let letters = b'a'..=b'z';
        let mut text = String::new();
        for a in letters.clone() {
            for b in letters.clone() {
                for w in [vec![a, b], vec![a.to_ascii_uppercase(), b]] {
                    text.push_str(core::str::from_utf8(&w).unwrap());
                    text.push(' ');
                }
                for c in letters.clone() {
                    text.push_str(core::str::from_utf8(&[a, b, c]).unwrap());
                    text.push(' ');
                }
            }
        }
        text.push_str("eine sich with that nicht eins sicht witha thats nichts Eine");
        let mut d = Detector::default();
        d.feed(&text);
        assert_eq!((d.cyrillic, d.latin, d.de, d.en), counts_before(&text));
        assert_eq!((d.de, d.en), (12, 10));
    }

    #[test]
    fn the_detector_counts_what_the_letter_by_letter_reading_counts_on_mixed_text() {
        // Pieces that meet at every offset of the eight-byte blocks: words of the list and near
        // misses, letters of other scripts on either side, Cyrillic, emoji, marks and spaces.
        let parts = [
            "the", "die", "nicht", "eine", "of", "x", "thee", "ä", "й", "Д", "ӿ", "Ѐ", "ß", "😀", "—", "“", " ", ".", ",",
            "\u{a0}", "1", "und", "sich", "ist", "abcdefgh", "Die", "ё", "\n",
        ];
        let mut seed = 12345u32;
        for round in 0..400 {
            let mut t = String::new();
            for _ in 0..(round % 40) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                t.push_str(parts[(seed >> 16) as usize % parts.len()]);
            }
            let mut d = Detector::default();
            d.feed(&t);
            assert_eq!((d.cyrillic, d.latin, d.de, d.en), counts_before(&t), "{t:?}");
        }
    }

    #[test]
    fn the_detector_counts_what_the_letter_by_letter_reading_counts() {
        let texts = [
            "Der Minister sagte, dass die Lage ernst ist und sich nicht bessert.",
            "the die und DER die. ändern und-die,der äder derä 'die' the1 und2 The And",
            "Він the і вона сказав: «так» — of—to",
            "Sie will das ändern, the plan of the day is to wait; ist es das? It is.",
            "",
            "x",
            "of",
            "ß die ß the ñ of nichts nicht. sich\teine\nmit 😀the😀 “with” was-for on",
            "thewith that that's thatthat einen eine ein",
            "Bundesregierungssprecher und Zusammenarbeit, internationalization the extraordinarily ist das",
        ];
        for t in texts {
            let mut d = Detector::default();
            d.feed(t);
            assert_eq!((d.cyrillic, d.latin, d.de, d.en), counts_before(t), "{t}");
        }
    }

    #[test]
    fn detection_is_the_one_it_replaced() {
        let texts = [
            "Der Minister sagte, dass die Lage ernst ist und sich nicht bessert.",
            "the die und DER die. ändern und-die,der äder derä 'die' the1 und2",
            "Він the і вона сказав: «так»",
            "Sie will das ändern, the plan of the day is to wait; ist es das? It is.",
            "",
            "x",
            "ß die ß the ñ of",
        ];
        for t in texts {
            assert_eq!(Lang::detect(t), detect_before(t), "{t}");
        }
        // Past the limit, and the limit inside a character.
        let long = ["é".repeat(2047), " die und der the".into(), "the ".repeat(2000)].concat();
        for cut in [0, 1, 2, 4090, 4094, 4095, 4096, 4097, long.len()] {
            let t = &long[..floor_boundary(&long, cut)];
            assert_eq!(Lang::detect(t), detect_before(t), "{cut}");
        }
    }

    #[test]
    fn detects_language() {
        assert_eq!(Lang::detect("Der Minister sagte, dass die Lage ernst ist und sich nicht bessert."), Lang::De);
        assert_eq!(Lang::detect("Президент заявив, що переговори тривають."), Lang::Uk);
        assert_eq!(Lang::detect("The minister said that the talks go on."), Lang::En);
        // Words are whole runs of letters, the last one too; "dieä" and "ändern" are no function words.
        assert_eq!(Lang::detect("the die und"), Lang::De);
        assert_eq!(Lang::detect("dieä derä undä the"), Lang::En);
        assert_eq!(Lang::detect("Sie will das ändern, the plan"), Lang::En);
        assert_eq!(Lang::detect("Він the і вона"), Lang::Uk);
    }
}
