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
    pub fn feed(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let n = bytes.len();
        // One pass over the bytes, ASCII undecoded: a run of ASCII letters in a tight loop, then the
        // character that ends it. `len` counts a word's letters, past 5 when the word is too long or
        // not ASCII; a word of up to five letters is then all one run, read as one integer at its end.
        let (mut i, mut len) = (0, 0usize);
        loop {
            let s = i;
            // Eight letters at a time, then the rest of the run byte by byte.
            while let Some(w) = bytes.get(i..i + 8) {
                let run = crate::text::swar::letter_run(w);
                i += run;
                if run < 8 {
                    break;
                }
            }
            while i < n && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            self.latin += i - s;
            len += i - s;
            let mut step = 1;
            if i < n && bytes[i] >= 0x80 {
                let c = text[i..].chars().next().unwrap_or(' ');
                self.cyrillic += usize::from(('\u{0400}'..='\u{04FF}').contains(&c));
                step = c.len_utf8();
                if crate::text::class::is_letter(c) {
                    len = 6;
                    i += step;
                    continue;
                }
            }
            // The function words, up to five bytes, as integers: one match, no string compares.
            if matches!(len, 2..=5) {
                if let Ok(k) = FUNCTION_KEYS.binary_search(&key_at(bytes, i - len, len)) {
                    if GERMAN >> k & 1 == 1 {
                        self.de += 1;
                    } else {
                        self.en += 1;
                    }
                }
            }
            len = 0;
            // Past the end: the end of the text ended the last word.
            i += step;
            if i > n {
                return;
            }
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

/// [`key`] of `bytes[at..at + len]` (`len` at most 7): one load where eight bytes are there.
#[inline(always)]
fn key_at(bytes: &[u8], at: usize, len: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(w) => u64::from_le_bytes(<[u8; 8]>::try_from(w).unwrap_or_default()) & ((1u64 << (8 * len)) - 1),
        None => key(bytes.get(at..at + len).unwrap_or_default()),
    }
}

/// The function words the detector counts, German ones marked, in the order of their [`key`]s: a
/// binary search over the keys is one loop where a `match` on 22 integer constants compiled a tree of
/// 64-bit compares (a size measure).
const FUNCTION_WORDS: [(&str, bool); 22] = [
    ("of", false), ("on", false), ("to", false), ("is", false), ("and", false), ("und", true), ("the", false),
    ("die", true), ("dem", true), ("den", true), ("ein", true), ("der", true), ("for", false), ("das", true),
    ("was", false), ("mit", true), ("ist", true), ("eine", true), ("sich", true), ("with", false), ("that", false),
    ("nicht", true),
];

/// The [`key`]s of [`FUNCTION_WORDS`], ascending (a test checks it).
static FUNCTION_KEYS: [u64; 22] = {
    let mut keys = [0u64; 22];
    let mut i = 0;
    while i < 22 {
        keys[i] = key(FUNCTION_WORDS[i].0.as_bytes());
        i += 1;
    }
    keys
};

/// Bit `k` set when [`FUNCTION_WORDS`]`[k]` is German.
const GERMAN: u32 = {
    let mut bits = 0u32;
    let mut i = 0;
    while i < 22 {
        if FUNCTION_WORDS[i].1 {
            bits |= 1 << i;
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
    fn function_word_keys_ascend_for_the_binary_search() {
        assert!(FUNCTION_KEYS.windows(2).all(|k| k[0] < k[1]), "{FUNCTION_KEYS:?}");
        let german: Vec<&str> = FUNCTION_WORDS.iter().filter(|w| w.1).map(|w| w.0).collect();
        assert_eq!(german.len(), 12);
        assert!(FUNCTION_WORDS.iter().all(|&(w, de)| (GERMAN >> FUNCTION_KEYS.binary_search(&key(w.as_bytes())).unwrap() & 1 == 1) == de));
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
