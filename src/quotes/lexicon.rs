//! The cue lexicon: the words that attribute a quote (speech verbs in their inflected forms, and the
//! few nouns and prepositions that do the same work, "according to", "zufolge", "словами"). Data
//! tables, lower case, sorted for binary search; a new language is a new table.

use crate::text::packed::{lexicon, LexView};

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
        let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
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
        let head = &text[..floor_boundary(text, 4096)];
        let bytes = head.as_bytes();
        let (mut cyrillic, mut latin) = (0usize, 0usize);
        let (mut de, mut en) = (0usize, 0usize);
        // One pass over the bytes: ASCII undecoded; each run of letters is a word.
        let (mut i, mut word) = (0, 0);
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
                    (c.is_alphabetic(), c.len_utf8())
                }
            };
            if !letter {
                // The function words, up to five bytes, as integers: one match, no string compares.
                let w = &bytes[word..i];
                if (2..=5).contains(&w.len()) {
                    match key(w) {
                        DER | DIE | DAS | UND | NICHT | IST | EIN | EINE | MIT | SICH | DEM | DEN => de += 1,
                        THE | AND | OF | IS | TO | THAT | WITH | WAS | FOR | ON => en += 1,
                        _ => {}
                    }
                }
                word = i + len;
            }
            i += len;
        }
        if cyrillic > latin {
            return Lang::Uk;
        }
        if de > en {
            Lang::De
        } else {
            Lang::En
        }
    }

    fn table(self) -> LexView<'static> {
        match self {
            Lang::En => EN.view(),
            Lang::De => DE.view(),
            Lang::Uk => UK.view(),
        }
    }
}

/// Up to eight bytes as one integer (distinct for distinct words without NUL bytes).
const fn key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() {
        k = k << 8 | w[i] as u64;
        i += 1;
    }
    k
}

const DER: u64 = key(b"der");
const DIE: u64 = key(b"die");
const DAS: u64 = key(b"das");
const UND: u64 = key(b"und");
const NICHT: u64 = key(b"nicht");
const IST: u64 = key(b"ist");
const EIN: u64 = key(b"ein");
const EINE: u64 = key(b"eine");
const MIT: u64 = key(b"mit");
const SICH: u64 = key(b"sich");
const DEM: u64 = key(b"dem");
const DEN: u64 = key(b"den");
const THE: u64 = key(b"the");
const AND: u64 = key(b"and");
const OF: u64 = key(b"of");
const IS: u64 = key(b"is");
const TO: u64 = key(b"to");
const THAT: u64 = key(b"that");
const WITH: u64 = key(b"with");
const WAS: u64 = key(b"was");
const FOR: u64 = key(b"for");
const ON: u64 = key(b"on");

fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// English speech verbs and cue words (about 250 lemmas with their inflections).
pub const EN_CUES: &[&str] = &[
    "accept", "accepted", "accepting", "accepts", "acclaim", "acclaimed", "acclaiming", "acclaims", "according",
    "accuse", "accused", "accuses", "accusing", "acknowledge", "acknowledged", "acknowledges", "acknowledging", "add",
    "added", "adding", "address", "addressed", "addresses", "addressing", "adds", "admit", "admits", "admitted",
    "admitting", "admonish", "admonished", "admonishing", "admonishs", "advise", "advised", "advises", "advising",
    "advocate", "advocated", "advocates", "advocating", "affirm", "affirmed", "affirming", "affirms", "agree",
    "agreed", "agrees", "agreing", "allege", "alleged", "alleges", "alleging", "announce", "announced", "announces",
    "announcing", "answered", "answering", "apologise", "apologised", "apologises", "apologising", "apologize",
    "apologized", "apologizes", "apologizing", "applaud", "applauded", "applauding", "applauds", "argue", "argued",
    "argues", "arguing", "articulate", "articulated", "articulates", "articulating", "ask", "asked", "asking", "asks",
    "assert", "asserted", "asserting", "asserts", "assess", "assessed", "assesses", "assessing", "assure", "assured",
    "assures", "assuring", "attacked", "attacking", "attest", "attested", "attesting", "attests", "barked", "barking",
    "bemoan", "bemoaned", "bemoaning", "bemoans", "blame", "blamed", "blames", "blaming", "blasted", "blasting",
    "blog", "blogged", "blogging", "blogs", "boast", "boasted", "boasting", "boasts", "brag", "braged", "braging",
    "brags", "broadcast", "broadcasting", "broadcasts", "called", "calling", "calls", "campaigned", "campaigning",
    "caution", "cautioned", "cautioning", "cautions", "chanted", "chanting", "characterise", "characterised",
    "characterises", "characterising", "characterize", "characterized", "characterizes", "characterizing", "charged",
    "charging", "cheered", "cheering", "chide", "chided", "chides", "chiding", "chimed", "chiming", "chirp",
    "chirped", "chirping", "chirps", "claimed", "claiming", "claims", "clarified", "clarifies", "clarify",
    "clarifying", "commented", "commenting", "complain", "complained", "complaining", "complains", "concede",
    "conceded", "concedes", "conceding", "conclude", "concluded", "concludes", "concluding", "concur", "concured",
    "concuring", "concurs", "confess", "confessed", "confesses", "confessing", "confide", "confided", "confides",
    "confiding", "confirm", "confirmed", "confirming", "confirms", "contend", "contended", "contending", "contends",
    "contested", "contesting", "continued", "counsel", "counseled", "counseling", "counsels",
    "countered", "countering", "cried", "criticise", "criticised", "criticises", "criticising", "criticize",
    "criticized", "criticizes", "criticizing", "crowed", "crowing", "crying", "deadpan", "deadpaned", "deadpaning",
    "deadpans", "deciding", "declare", "declared", "declares", "declaring", "decried", "decries", "decry", "decrying",
    "defend", "defended", "defending", "defends", "demanded", "demanding", "demur", "demured", "demuring", "demurs",
    "denied", "denies", "denounce", "denounced", "denounces", "denouncing", "deny", "denying", "deplore", "deplored",
    "deplores", "deploring", "describe", "described", "describes", "describing", "detailed", "detailing", "discuss",
    "discussed", "discusses", "discussing", "dismiss", "dismissed", "dismisses", "dismissing", "dispute", "disputed",
    "disputes", "disputing", "doubted", "doubting", "echoed", "echoing", "echos", "elaborate", "elaborated",
    "elaborates", "elaborating", "emailed", "emailing", "emphasise", "emphasised", "emphasises", "emphasising",
    "emphasize", "emphasized", "emphasizes", "emphasizing", "endorse", "endorsed", "endorses", "endorsing", "enquire",
    "enquired", "enquires", "enquiring", "estimated", "estimating", "exclaim", "exclaimed", "exclaiming", "exclaims",
    "explain", "explained", "explaining", "explains", "express", "expressed", "expresses", "expressing", "exult",
    "exulted", "exulting", "exults", "figured", "figuring", "forecast", "forecasted", "forecasting", "forecasts",
    "foresaw", "foresee", "foreseen", "foresees", "forewarn", "forewarned", "forewarning", "forewarns", "fret",
    "freted", "freting", "frets", "fume", "fumed", "fumes", "fuming", "gloat", "gloated", "gloating", "gloats",
    "greeted", "greeting", "greets", "gripe", "griped", "gripes", "griping", "grouse", "groused", "grouses",
    "grousing", "growled", "growling", "growls", "grumble", "grumbled", "grumbles", "grumbling", "guarantee",
    "guaranteed", "guarantees", "guaranteing", "gush", "gushed", "gushes", "gushing", "hail", "hailed", "hailing",
    "hails", "highlight", "highlighted", "highlighting", "highlights", "hinted", "hinting", "hissed", "hissing",
    "hisss", "implied", "implies", "implore", "implored", "implores", "imploring", "imply", "implying", "indicate",
    "indicated", "indicates", "indicating", "inform", "informed", "informing", "informs", "inquire", "inquired",
    "inquires", "inquiring", "insinuate", "insinuated", "insinuates", "insinuating", "insist", "insisted",
    "insisting", "insists", "instruct", "instructed", "instructing", "instructs", "interject", "interjected",
    "interjecting", "interjects", "interrupt", "interrupted", "interrupting", "interrupts", "interviewed",
    "interviewing", "intone", "intoned", "intones", "intoning", "joked", "joking", "lament", "lamented", "lamenting",
    "laments", "lash", "lashed", "lashes", "lashing", "laud", "lauded", "lauding", "lauds", "laughed", "laughing",
    "lobbied", "lobbies", "lobbying", "maintain", "maintained", "maintaining", "maintains", "marvel", "marveled",
    "marveling", "marvels", "mention", "mentioned", "mentioning", "mentions", "messaged", "messaging", "moaned",
    "moaning", "moans", "mock", "mocked", "mocking", "mocks", "mourn", "mourned", "mourning", "mourns", "muse",
    "mused", "muses", "musing", "mutter", "muttered", "muttering", "mutters", "narrate", "narrated", "narrates",
    "narrating", "nodded", "nodding", "noted", "notes", "notified", "notifies", "notify", "notifying", "noting",
    "objected", "objecting", "observe", "observed", "observes", "observing", "opine", "opined", "opines", "opining",
    "ordering", "outline", "outlined", "outlines", "outlining", "persist", "persisted", "persisting", "persists",
    "phoned", "phoning", "plead", "pleaded", "pleading", "pleads", "pledged", "pledges", "pledging", "pointed",
    "pointing", "ponder", "pondered", "pondering", "ponders", "posit", "posited", "positing", "posits", "posted",
    "posting", "praised", "praises", "praising", "preach", "preached", "preaches", "preaching", "predict",
    "predicted", "predicting", "predicts", "proclaim", "proclaimed", "proclaiming", "proclaims", "promised",
    "promises", "promising", "pronounce", "pronounced", "pronounces", "pronouncing", "prophesied", "prophesies",
    "prophesy", "prophesying", "propose", "proposed", "proposes", "proposing", "protested", "protesting", "putting",
    "queried", "querying", "questioned", "questioning", "quip", "quipped", "quipping", "quips", "quoted", "quoting",
    "raged", "raging", "rail", "railed", "railing", "rails", "ramble", "rambled", "rambles", "rambling", "ranted",
    "ranting", "rave", "raved", "raves", "raving", "reaffirm", "reaffirmed", "reaffirming", "reaffirms", "reason",
    "reasoned", "reasoning", "reasons", "reassure", "reassured", "reassures", "reassuring", "rebuke", "rebuked",
    "rebukes", "rebuking", "rebut", "rebuted", "rebuting", "rebuts", "recall", "recalled", "recalling", "recalls",
    "reckon", "reckoned", "reckoning", "reckons", "recollect", "recollected", "recollecting", "recollects",
    "recommend", "recommended", "recommending", "recommends", "recorded", "recording", "recount", "recounted",
    "recounting", "recounts", "reflect", "reflected", "reflecting", "reflects", "refute", "refuted", "refutes",
    "refuting", "reiterate", "reiterated", "reiterates", "reiterating", "reject", "rejected", "rejecting", "rejects",
    "relate", "related", "relates", "relating", "relayed", "relaying", "relays", "remark", "remarked", "remarking",
    "remarks", "remind", "reminded", "reminding", "reminds", "repeated", "repeating", "repeats", "replied", "replies",
    "replying", "reported", "reporting", "reports", "reprimand", "reprimanded", "reprimanding", "reprimands",
    "respond", "responded", "responding", "responds", "retort", "retorted", "retorting", "retorts", "retweet",
    "retweeted", "retweeting", "retweets", "reveal", "revealed", "revealing", "reveals", "said", "sang", "sass",
    "sassed", "sasses", "sassing", "say", "saying", "says", "scoff", "scoffed", "scoffing", "scoffs", "scold",
    "scolded", "scolding", "scolds", "screamed", "screaming", "seconded", "seconding", "seethe", "seethed", "seethes",
    "seething", "shouted", "shouting", "sighed", "sighing", "sighs", "signaled", "signaling", "signalled", "singing",
    "sings", "slamed", "slaming", "slammed", "slams", "snapped", "snapping", "snark", "snarked", "snarking", "snarks",
    "sneer", "sneered", "sneering", "sneers", "sniff", "sniffed", "sniffing", "sniffs", "sniped", "snipes", "sniping",
    "speculate", "speculated", "speculates", "speculating", "sputter", "sputtered", "sputtering", "sputters",
    "stammer", "stammered", "stammering", "stammers", "stated", "states", "stating", "stipulate", "stipulated",
    "stipulates", "stipulating", "stress", "stressed", "stresses", "stressing", "submit", "submited", "submiting",
    "submits", "suggest", "suggested", "suggesting", "suggests", "summarise", "summarised", "summarises",
    "summarising", "summarize", "summarized", "summarizes", "summarizing", "sung", "suppose", "supposed", "supposes",
    "supposing", "surmise", "surmised", "surmises", "surmising", "swearing", "swears", "swore", "sworn", "taunt",
    "taunted", "taunting", "taunts", "tease", "teased", "teases", "teasing", "telling", "tells", "testified",
    "testifies", "testify", "testifying", "texted", "texting", "thanked", "thanking", "theorise", "theorised",
    "theorises", "theorising", "theorize", "theorized", "theorizes", "theorizing", "thinking", "thinks", "thought",
    "threaten", "threatened", "threatening", "threatens", "thundered", "thundering", "thunders", "told", "tout",
    "touted", "touting", "touts", "tweeted", "tweeting", "tweets", "underline", "underlined", "underlines",
    "underlining", "underscore", "underscored", "underscores", "underscoring", "urge", "urged", "urges", "urging",
    "vent", "vented", "venting", "vents", "voiced", "voicing", "volunteer", "volunteered", "volunteering",
    "volunteers", "vowed", "vowing", "vows", "wager", "wagered", "wagering", "wagers", "wail", "wailed", "wailing",
    "wails", "warned", "warning", "warns", "weighed", "welcomed", "welcomes", "welcoming", "whispered", "whispering",
    "wondered", "wondering", "wonders", "worried", "worries", "worry", "worrying", "write", "writes", "writing",
    "written", "wrote", "yelled", "yelling",
];

/// German speech verbs (finite forms; separable particles such as "teilte … mit" need only the verb).
pub const DE_CUES: &[&str] = &[
    "angegeben", "angekündigt", "antwortet", "antwortete", "appellierte", "argumentierte", "begründet", "begründete",
    "behauptet", "behauptete", "bekannt", "beklagt", "beklagte", "bekräftigt", "bekräftigte", "bemerkt", "bemerkte",
    "berichtet", "berichtete", "berichteten", "beschreibt", "beschrieb", "beschrieben", "bestritt", "bestätigt",
    "bestätigte", "beteuert", "beteuerte", "betonen", "betont", "betonte", "betonten", "bezeichnen", "bezeichnet",
    "bezeichnete", "bezeichneten", "dementiert", "dementierte", "drohte", "eingeräumt", "einräumen", "entgegnete",
    "ergänzt", "ergänzte", "ergänzten", "erinnerte", "erklärt", "erklärte", "erklärten", "erwiderte", "fordert",
    "forderte", "forderten", "formulierte", "fragt", "fragte", "fügte", "gab", "gefordert", "gegeben", "gelobt",
    "genannt", "gesagt", "gewarnt", "gewürdigt", "geäußert", "glaubt", "glaubte", "heißt", "hieß", "hofft", "hoffte",
    "jubelte", "kommentiert", "kommentierte", "konstatierte", "kritisieren", "kritisiert", "kritisierte", "kündigte",
    "laut", "lobt", "lobte", "mahnt", "mahnte", "meint", "meinte", "meinten", "nannte", "nannten", "nennen", "nennt",
    "resümierte", "rief", "ruft", "räumte", "sagen", "sagend", "sagt", "sagte", "sagten", "schreibt", "schrieb",
    "schrieben", "sprach", "sprechen", "spricht", "stellte", "teilt", "teilte", "twitterte", "unterstreicht",
    "unterstrich", "urteilte", "verkündet", "verkündete", "verlangt", "verlangte", "vermutet", "vermutete",
    "versichert", "versicherte", "versprach", "verspricht", "verteidigte", "verwies", "vorgeworfen", "warf", "warnen",
    "warnt", "warnte", "warnten", "widersprach", "wiederholte", "wies", "wirft", "zeigte", "zitiert", "zitierte",
    "zufolge", "zurückgewiesen", "zurückweisen", "äußert", "äußerte", "äußerten",
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

lexicon!(static EN = EN_CUES;);
lexicon!(static DE = DE_CUES;);
lexicon!(static UK = UK_CUES;);

fn in_table(table: LexView<'_>, lower: &str) -> bool {
    table.contains_bytes(lower.as_bytes())
}

/// Whether `word` (any case) is a cue in `lang`; English cues count in every language (news in
/// German and Ukrainian quotes English sources too, and the English table is the fullest).
pub fn is_cue(word: &str, lang: Lang) -> bool {
    if word.is_empty() || word.len() > 40 {
        return false;
    }
    crate::text::with_lower(word, |w| (lang != Lang::En && in_table(lang.table(), w)) || in_table(EN.view(), w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for t in [EN_CUES, DE_CUES, UK_CUES] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn english_table_is_large() {
        assert!(EN_CUES.len() >= 600, "{}", EN_CUES.len());
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
