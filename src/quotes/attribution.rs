//! Attribution patterns: the cue and the words naming the speaker, found in bounded windows before
//! the opening mark or after the closing mark of a quote (never a rescan of the paragraph).
//!
//! - after the quote: `"…," X said.` / `"…," said X.` / `"…," X, a doctor, said.` / `"…" — X` /
//!   `"…", according to X.` / `„…“, so X.`
//! - before the quote: `X said: "…"` / `X said "…"` / `X told reporters that "…"` /
//!   `X called the deal "…"` / `according to X, "…"` / `… pollster X: "…"` / a participle
//!   (`…, calling it "…"`) takes the subject of its sentence
//! - German word order: `Am Montag sagte der Minister: „…“` (verb second) and
//!   `Die Regierung hat den Bericht als „falsch“ zurückgewiesen` (verb last)
//! - a headline: `'…': X names …`

use super::lexicon::{is_cue, Lang};
use crate::people::pronoun;
use crate::text::floor_boundary as floor;
use crate::prelude::*;
use crate::text::one_of;
use crate::text::packed::{lexicon, LexView};

/// How far (bytes) a window reaches from a quote mark.
const WINDOW: usize = 320;
/// How many words may stand between a cue before the quote and its opening mark
/// (`told reporters on Monday that "…"`).
const MAX_GAP: usize = 30;

/// A token of a window: a word (with abbreviation stops and inner apostrophes, hyphens and stops) or
/// one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// `text[start..end]`, sliced once when the token is made: [`word`] is read some eighty times
    /// across attribution, and each `&text[start..end]` there compiled its own bounds and
    /// char-boundary checks (a size measure).
    pub s: &'a str,
}

impl<'a> Tok<'a> {
    #[inline(always)]
    fn new(text: &'a str, start: usize, end: usize, word: bool) -> Self {
        Tok { start, end, word, s: text.get(start..end).unwrap_or("") }
    }
}

/// What attributes a quote. Byte ranges in the paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Attribution {
    pub mention: (usize, usize),
    pub cue: Option<(usize, usize)>,
    /// An apposition or role the sentence gives ("a doctor", "the group's director").
    pub role: Option<(usize, usize)>,
    /// One past the last byte of the attribution (for split quotes).
    pub end: usize,
    /// The cue stands right before the opening mark with a colon or comma (`X said: "…"`).
    pub introduces: bool,
}

fn is_inner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‐')
}

/// Tokens of `text[from..to]`.
pub(crate) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokenize_into(text, from, to, &mut out);
    out
}

/// The token lists of the windows around quotes, kept from one quote to the next (one allocation
/// each for the article, not two or three a quote).
#[derive(Default)]
pub(crate) struct Scratch<'a> {
    toks: Vec<Tok<'a>>,
    clause: Vec<Tok<'a>>,
}

/// [`tokenize`] into `out` (cleared first).
#[inline(never)]
fn tokenize_into<'a>(text: &'a str, from: usize, to: usize, out: &mut Vec<Tok<'a>>) {
    let from = floor(text, from);
    let to = floor(text, to).max(from);
    out.clear();
    // About a token every five bytes: one allocation for most windows, where growing from empty took
    // four or five.
    out.reserve((to - from) / 4 + 1);
    let mut p = from;
    while let Some((start, end, word)) = next_token(text, p, to) {
        p = end;
        out.push(Tok::new(text, start, end, word));
    }
}

/// A word's byte range in its paragraph (`u32`: a paragraph's words are kept while its quotes are
/// read, and half the size counts on long articles).
pub(crate) type Span = (u32, u32);

/// The word spans of all of `text`, in order (none for a paragraph past 4 GiB, whose offsets a
/// `u32` cannot hold).
pub(crate) fn words(text: &str) -> Vec<Span> {
    // News text has a word every six bytes or so: one allocation for most paragraphs.
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    if u32::try_from(text.len()).is_err() {
        return out;
    }
    // (White space and punctuation are stepped over by `next_token`: a loop of its own here before
    // each call was 35 B gzipped.)
    let mut p = 0;
    loop {
        let Some((start, end, word)) = next_token(text, p, text.len()) else { break };
        p = end;
        if word {
            out.push((start as u32, end as u32));
        }
    }
    out
}

/// The character at byte `at` of `text[..to]` (`at` on a boundary): ASCII straight from the byte.
#[inline(always)]
fn char_at(text: &str, at: usize, to: usize) -> Option<char> {
    if at >= to {
        return None;
    }
    let b = *text.as_bytes().get(at)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(at..to)?.chars().next()
    }
}

#[inline(always)]
fn alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        crate::text::class::is_alnum(c)
    }
}

#[inline(always)]
fn space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t'..='\r')
    } else {
        c.is_whitespace()
    }
}

/// The first token at or after byte `p` of `text[..to]`: its byte range and whether it is a word (one
/// pass over bytes; ASCII needs no decoding). Tokenizing `text[from..to]` is taking these from `from`
/// on. A range, not a [`Tok`]: [`words`], which reads every paragraph, needs no slice of the text.
fn next_token(text: &str, mut p: usize, to: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    loop {
        if p >= to {
            return None;
        }
        let b = *bytes.get(p)?;
        let c = if b < 0x80 { char::from(b) } else { text.get(p..to)?.chars().next()? };
        let l = c.len_utf8();
        if space(c) {
            p += l;
            continue;
        }
        if !alnum(c) {
            return Some((p, p + l, false));
        }
        let start = p;
        let mut end = p + l;
        // Letters and digits, and an apostrophe, hyphen or stop between two of them (ASCII letters
        // and digits stepped over first, undecoded).
        loop {
            // ASCII letters eight at a time, then letters and digits byte by byte.
            while let Some(w) = bytes.get(end..end + 8).filter(|_| end + 8 <= to) {
                let run = crate::text::swar::letter_run(w);
                end += run;
                if run < 8 {
                    break;
                }
            }
            while end < to && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
            }
            let Some(d) = char_at(text, end, to) else { break };
            let dl = d.len_utf8();
            if alnum(d) || is_inner(d) && char_at(text, end + dl, to).is_some_and(alnum) {
                end += dl;
            } else {
                break;
            }
        }
        // An abbreviation or an initial keeps its stop: "Sen.", "J.", "U.S."
        if end < to && bytes.get(end) == Some(&b'.') {
            let w = &text[start..end];
            let single_cap = end - start == l && crate::text::class::is_upper(c);
            let before_comma = end + 1 < to && matches!(bytes.get(end + 1), Some(b',' | b')'));
            if single_cap || before_comma || crate::text::has_byte(w.as_bytes(), b'.') || is_abbreviation(w) {
                end += 1;
            }
        }
        return Some((start, end, true));
    }
}

fn is_abbreviation(w: &str) -> bool {
    w.len() <= 8 && crate::text::sentences::ABBREV.contains_lower(w)
}

fn word<'a>(_text: &str, t: &Tok<'a>) -> &'a str {
    t.s
}

fn first_char(w: &str) -> char {
    w.chars().next().unwrap_or(' ')
}

fn is_cap(w: &str) -> bool {
    crate::people::starts_upper(w)
}

/// An attribution whose mention is the tokens `name`, ending at `end` or at the name's end if that
/// is later; none for no tokens. (One out-of-line copy of the struct's construction: a size measure.)
fn mention(name: &[Tok], cue: Option<(usize, usize)>, end: usize, introduces: bool) -> Option<Attribution> {
    let (first, last) = (name.first()?, name.last()?);
    Some(Attribution { mention: (first.start, last.end), cue, role: None, end: end.max(last.end), introduces })
}

/// Whether token `k` of `c` is one of the space-separated `words` in any ASCII case (no for none).
fn word_in(c: &[Tok], k: usize, words: &str) -> bool {
    c.get(k).is_some_and(|t| crate::text::one_of_any_case(t.s, words))
}

/// Whether a German noun phrase or a subject may open with `w`: a capital, an article, a pronoun.
#[inline(never)]
fn opens_np(w: &str) -> bool {
    is_cap(w) || is_det(w) || de_article(w) || pronoun(w).is_some()
}

/// Words that sit between a speaker and the cue: auxiliaries and adverbs (`has long said`,
/// `was quoted as saying`, `later told`), lower case, sorted.
const AUX: &[&str] = &[
    "again", "already", "also", "always", "am", "are", "as", "auch", "außerdem", "be", "been", "bluntly", "dazu",
    "did", "does", "earlier", "even", "eventually", "finally", "first", "further", "had", "has", "hat", "hatte",
    "have", "is", "jedoch", "just", "last", "later", "long", "never", "noch", "now", "nun", "often", "once", "only",
    "previously", "quickly", "quoted", "recently", "repeatedly", "simply", "since", "still", "then", "to", "was",
    "weiter", "went", "were", "will", "wird", "would", "yet", "zudem",
];

/// Words that end a speaker phrase (conjunctions, prepositions, time words), lower case, sorted.
const BOUNDARY: &[&str] = &[
    "aber", "about", "after", "against", "ago", "also", "although", "am", "and", "as", "at", "auf", "because",
    "before", "bei", "but", "by", "da", "dass", "during", "earlier", "for", "friday", "from", "gegenüber", "habe",
    "hat", "however", "if", "im", "in", "into", "ist", "last", "later", "laut", "meanwhile", "mit", "monday", "nach",
    "nicht", "not", "on", "or", "over", "saturday", "sei", "seien", "sich", "since", "so", "sunday", "than", "that",
    "then", "this", "through", "thursday", "to", "today", "tonight", "tuesday", "und", "under", "until", "vor",
    "wednesday", "weil", "werde", "when", "where", "whether", "which", "while", "who", "whom", "wird", "with",
    "wurde", "yesterday", "yet", "zum", "zur",
];

/// Prepositions: a noun phrase after one is not a subject, lower case, sorted.
const PREPOSITIONS: &[&str] = &[
    "about", "after", "against", "at", "before", "by", "during", "for", "from", "in", "into", "of", "on", "over",
    "through", "to", "under", "with", "without",
];

/// Words that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "a", "an", "another", "both", "der", "des", "die", "ein", "eine", "einer", "her", "his", "its", "many", "one",
    "other", "several", "some", "that", "the", "their", "these", "those", "two",
];

lexicon!(static AUX_LEX = AUX;);
lexicon!(static BOUNDARY_LEX = BOUNDARY;);
lexicon!(static PREPOSITIONS_LEX = PREPOSITIONS;);
lexicon!(static DETERMINERS_LEX = DETERMINERS;);
lexicon!(static DE_FRONT_LEX = DE_FRONT;);

/// Whether `w` in lower case is in `table` (hashed: one or two comparisons per look-up).
fn in_sorted(table: LexView<'_>, w: &str) -> bool {
    if w.len() > 24 {
        return false;
    }
    table.contains_lower(w)
}

fn is_aux(w: &str) -> bool {
    in_sorted(AUX_LEX.view(), w) || (w.len() > 4 && w.ends_with("ly") && !is_cap(w))
}

fn is_boundary(w: &str) -> bool {
    in_sorted(BOUNDARY_LEX.view(), w)
}

fn is_det(w: &str) -> bool {
    // The determiners are ASCII and lower-casing keeps non-ASCII letters non-ASCII: the same as
    // comparing with `eq_ignore_ascii_case`.
    in_sorted(DETERMINERS_LEX.view(), w)
}

/// The one character `w` is, if it is one (punctuation tokens are): the tests below then compare
/// characters, not strings.
/// The character `w` is, when it is one. (A word of one byte is ASCII, and one of more than four
/// is more than one character: most tokens are told without decoding.)
fn single(w: &str) -> Option<char> {
    match w.as_bytes() {
        [b] => Some(char::from(*b)),
        b if b.len() > 4 => None,
        _ => {
            let mut cs = w.chars();
            cs.next().filter(|_| cs.next().is_none())
        }
    }
}

fn is_sentence_end(w: &str) -> bool {
    single(w).is_some_and(|c| matches!(c, '.' | '!' | '?' | ';' | '…'))
}

fn is_mark(w: &str) -> bool {
    single(w).is_some_and(is_mark_char)
}

fn is_mark_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』')
}

fn is_dash(w: &str) -> bool {
    single(w).is_some_and(|c| matches!(c, '—' | '–' | '-' | '―'))
}

/// A noun phrase read forwards from token `i` (`said Jane Doe, a spokeswoman for …` → "Jane Doe").
/// Returns the index one past its last token.
fn np_forward(lang: Lang, text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    // (The phrase's words so far are `j - i`: every token it takes is a word.)
    let mut j = i;
    while j < toks.len() && j - i < 9 {
        let t = &toks[j];
        let w = word(text, t);
        if !t.word {
            // "the group's" with a detached apostrophe, "R-Tenn." stays out.
            break;
        }
        if j > i && (is_boundary(w) || is_cue_any(w)) {
            break;
        }
        // A name ends where lower-case words begin ("Trump went after …"), unless a role leads to a
        // name ("former Utah governor Michael Leavitt", "Clinton campaign chairman John Podesta").
        if j > i
            && !is_cap(w)
            && is_cap(word(text, &toks[j - 1]))
            && !is_det(word(text, &toks[j - 1]))
            && !(lang == Lang::De && de_article(word(text, &toks[j - 1])))
            // (German: "Der Student verbrachte …" ends at the verb though an article opens it.)
            && (lang == Lang::De || !is_det(word(text, &toks[i])))
            && !one_of(w, "of for de von der des al bin van")
        {
            let m = toks[j..].iter().take(MAX_ROLE_WORDS).take_while(|t| t.word && is_role_word(word(text, t))).count();
            let cap = |k: usize| toks.get(k).is_some_and(|t| t.word && is_cap(word(text, t)) && !is_boundary(word(text, t)));
            let leads_to_name = lang != Lang::De && m > 0 && cap(j + m) && cap(j + m + 1);
            if !leads_to_name {
                break;
            }
        }
        if j > i && one_of(w, "of for von der des at") {
            // "spokesman for the White House", "head of the agency": keep when a name or noun follows.
            match toks.get(j + 1) {
                Some(n) if n.word => {}
                _ => break,
            }
        }
        j += 1;
    }
    // Do not end on a function word.
    while j > i && one_of(word(text, &toks[j - 1]), "of for the a at von der des") {
        j -= 1;
    }
    (j > i).then_some(j)
}

/// Where the auxiliaries and adverbs before a cue at token `cue` begin (`has long said`), not before
/// token `lo`: one copy of the walk for the three cues read backwards.
fn aux_start(text: &str, clause: &[Tok], lo: usize, cue: usize) -> usize {
    let mut e = cue;
    while e > lo && clause[e - 1].word && is_aux(word(text, &clause[e - 1])) {
        e -= 1;
    }
    e
}

/// Whether token `k` is a cue: a speech verb in lower case ("States" is not "states"), or one that
/// opens the clause ("Said Trump: …").
fn is_cue_at(text: &str, clause: &[Tok], k: usize, clause_start: usize, lang: Lang) -> bool {
    let w = word(text, &clause[k]);
    (k == clause_start || !is_cap(w)) && is_cue(w, lang)
}

fn is_cue_any(w: &str) -> bool {
    is_cue(w, Lang::En)
}

/// The start of a noun phrase that ends at token `end - 1`, read backwards
/// (`a spokesman for the White House` ← said).
fn np_backward(text: &str, toks: &[Tok], lo: usize, end: usize, lang: Lang) -> Option<usize> {
    if end == 0 || end <= lo {
        return None;
    }
    let last = word(text, &toks[end - 1]);
    if !toks[end - 1].word {
        return None;
    }
    if pronoun(last).is_some() {
        return Some(end - 1);
    }
    let mut j = end;
    while j > lo && end - j < 9 {
        let t = &toks[j - 1];
        if !t.word {
            break;
        }
        let w = word(text, t);
        if is_boundary(w) || (j < end && is_cue(w, Lang::En)) || pronoun(w).is_some() {
            break;
        }
        j -= 1;
        if is_det(w) && !is_cap(w) {
            break;
        }
    }
    // The phrase starts at a determiner, a capital or a number; lower-case words before that belong
    // to the clause, not the speaker ("criticised the plan Smith said" is rare; "officials said" is not).
    let start = (j..end).find(|&k| {
        let w = word(text, &toks[k]);
        is_det(w) || is_cap(w) || crate::text::class::is_number(first_char(w))
    });
    match start {
        // "On Monday, harbour master Lena Brandt said": a role in lower case before the name
        // belongs to the speaker when a comma, a determiner or the clause's start stands before it.
        // (German nouns have capitals: lower-case words before one are not a role.)
        Some(s) if s > j && lang != Lang::De && !is_det(word(text, &toks[s])) => {
            let mut r = s;
            while r > j && s - r < MAX_ROLE_WORDS && is_role_word(word(text, &toks[r - 1])) {
                r -= 1;
            }
            let opens = r == lo || !toks[r - 1].word || is_det(word(text, &toks[r - 1])) || is_boundary(word(text, &toks[r - 1])) && !in_sorted(PREPOSITIONS_LEX.view(), word(text, &toks[r - 1]));
            Some(if r < s && opens && role_before_name(text, &toks[r..end]).is_some() { r } else { s })
        }
        Some(s) => Some(s),
        None if end - j <= 3 => Some(j),
        None => None,
    }
}

/// Whether a phrase can name a speaker: a pronoun, a name, a phrase with a determiner, or a role in
/// lower case before a name ("harbour master Lena Brandt").
fn plausible_speaker(lang: Lang, text: &str, toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    let w = word(text, first);
    let n = toks.iter().filter(|t| t.word).count();
    if n == 0 || n > 9 {
        return false;
    }
    if pronoun(w).is_some() {
        return n == 1;
    }
    is_cap(w) || is_det(w) || n <= 3 || lang == Lang::De && de_article(w) || lang != Lang::De && role_before_name(text, toks).is_some()
}

/// The most words a role in lower case before a name may have ("deputy harbour master").
const MAX_ROLE_WORDS: usize = 4;

/// A word that can stand in a lower-case role before a name: a noun or adjective in lower case, not a
/// function word, an auxiliary, a pronoun or a cue ("harbour", "master", "city", "engineer").
fn is_role_word(w: &str) -> bool {
    w.len() >= 2
        && crate::text::class::is_lower(first_char(w))
        && w.chars().all(|c| crate::text::class::is_letter(c) || c == '-')
        && !is_boundary(w)
        && !is_aux(w)
        && !is_det(w)
        && !in_sorted(PREPOSITIONS_LEX.view(), w)
        && pronoun(w).is_none()
        && !is_cue_any(w)
}

fn ends_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

/// `harbour master Lena Brandt`, `former Utah governor Mike Hale of Provo`: a role that opens in
/// lower case (a few words, capitalised ones among them), then a capitalised name that runs to the
/// end of `toks`, or to an `of` and a place. Returns the index of the name's first token.
fn role_before_name(text: &str, toks: &[Tok]) -> Option<usize> {
    let name_word = |t: &Tok| t.word && is_cap(word(text, t)) && !is_boundary(word(text, t)) && !is_cue_any(word(text, t));
    // "… of Derry": a place after the name.
    let mut end = toks.len();
    if let Some(o) = toks.iter().rposition(|t| word(text, t) == "of") {
        if o + 1 < end && end - o <= 4 && toks[o + 1..].iter().all(name_word) {
            end = o;
        }
    }
    let toks = &toks[..end];
    let c = toks.len() - toks.iter().rev().take_while(|t| name_word(t)).count();
    if c == 0 || c == toks.len() || c > MAX_ROLE_WORDS + 1 || toks.len() - c > 4 {
        return None;
    }
    let role_ok = is_role_word(word(text, &toks[0])) && toks[..c].iter().all(|t| t.word && (is_role_word(word(text, t)) || name_word(t)));
    (role_ok && !ends_possessive(word(text, &toks[toks.len() - 1]))).then_some(c)
}

/// Punctuation that may stand between a closing mark and its attribution: a comma, a stop, a colon,
/// a dash, another mark.
fn leads_attribution(w: &str) -> bool {
    is_dash(w) || one_of(w, ", . ! ? : …") || is_mark(w)
}

/// `"…," X said` / `"…," said X` / `"…" — X` / `"…", according to X` after the closing mark.
#[cfg(test)]
pub(crate) fn after(text: &str, close: usize, lang: Lang) -> Option<Attribution> {
    after_in(text, close, lang, &mut Scratch::default())
}

/// [`after`] with the token list kept in `scratch`.
pub(crate) fn after_in<'a>(text: &'a str, close: usize, lang: Lang, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    // The punctuation right after the mark rules some quotes out (more marks, a bracket, a long run
    // of stops): read on the window's tokens (a scan of it token by token before cutting the window
    // was a second copy of this test, a size measure).
    tokenize_into(text, close, close.saturating_add(WINDOW), &mut scratch.toks);
    let toks = &scratch.toks;
    let mut i = 0;
    let mut dash = false;
    let mut comma = false;
    while i < toks.len() && !toks[i].word {
        let w = word(text, &toks[i]);
        comma |= w == ",";
        if is_dash(w) {
            dash = true;
        } else if !leads_attribution(w) {
            return None;
        }
        i += 1;
        if i > 4 {
            return None;
        }
    }
    let toks = &toks[..];
    // The clause after the quote, up to the end of its sentence.
    let mut stop = i;
    while stop < toks.len() && !(is_sentence_end(word(text, &toks[stop])) || is_mark(word(text, &toks[stop]))) {
        stop += 1;
    }
    let clause = &toks[..stop];
    if i >= clause.len() {
        return None;
    }
    let w0 = word(text, &clause[i]);
    // German sets a comma between a quote and its attribution (`„…“, sagte sie`, `„…?“, fragte
    // er`); without one, only a verb may follow (`„…“ heißt es`): a capitalised word opens the next
    // sentence (`„…“ Die Opposition sagte …` does not attribute the quote).
    if lang == Lang::De && !comma && !dash && is_cap(w0) {
        return None;
    }
    // "…", according to X / so X / — X
    let forward = |from: usize, cue: (usize, usize)| -> Option<Attribution> {
        let e = np_forward(lang, text, clause, from)?;
        if !plausible_speaker(lang, text, &clause[from..e]) {
            return None;
        }
        // "said city engineer Ana Cruz": a role in lower case before a name ends the clause or
        // meets a comma or a boundary ("suggested business mogul Donald Trump's refusal" does not).
        let w = word(text, &clause[from]);
        if lang != Lang::De && !is_cap(w) && !is_det(w) && pronoun(w).is_none() && role_before_name(text, &clause[from..e]).is_some() {
            let next_ok = match clause.get(e) {
                None => true,
                Some(t) => !t.word && matches!(word(text, t), "," | "(") || t.word && is_boundary(word(text, t)),
            };
            if !next_ok || ends_possessive(word(text, &clause[e - 1])) {
                return None;
            }
        }
        let (end, role) = apposition_after(text, clause, e);
        Some(Attribution { mention: (clause[from].start, clause[e - 1].end), cue: Some(cue), role, end, introduces: false })
    };
    if w0.eq_ignore_ascii_case("according") && clause.get(i + 1).is_some_and(|t| word(text, t) == "to") {
        return forward(i + 2, (clause[i].start, clause[i + 1].end));
    }
    if dash && !is_cue(w0, lang) {
        let e = np_forward(lang, text, clause, i)?;
        if !is_cap(w0) {
            return None;
        }
        return mention(&clause[i..e], None, 0, false);
    }
    if lang == Lang::De && w0 == "so" {
        return forward(i + 1, (clause[i].start, clause[i].end));
    }
    // The first cue within a few words.
    // The cue comes within a few words, or after a name and an apposition or relative clause
    // between commas ("X, who served as chief of staff during the Clinton administration, told …").
    let limit = clause.len().min(i + 40);
    let k = (i..limit).find(|&k| clause[k].word && is_cue_at(text, clause, k, i, lang))?;
    if k > i + 12 {
        let c = (i..k).find(|&c| word(text, &clause[c]) == ",")?;
        if c - i > 6 || word(text, &clause[k - 1]) != "," {
            return None;
        }
    }
    let cue = (clause[k].start, clause[k].end);
    // German verb second: `„…“, wird X zitiert`, `ließ X verlauten`: the subject follows the verb
    // (after a comma, and not a word that opens a relative or subordinate clause).
    let verb_second = lang == Lang::De
        && k > i
        && comma
        && !opens_np(w0)
        && !in_sorted(DE_FRONT_LEX.view(), w0)
        && !one_of(w0, "aber da dass deren dessen ob oder und weil welche welcher welches wenn wo wobei wodurch womit wonach worauf");
    if k == i || verb_second {
        // said X (the object of "told" is the addressee, not the speaker)
        if word(text, &clause[k]).eq_ignore_ascii_case("told") {
            return None;
        }
        // `„…“, äußerte sich X`: the reflexive is no speaker.
        let mut f = i + 1 + usize::from(lang == Lang::De && clause.get(i + 1).is_some_and(|t| word(text, t) == "sich"));
        if verb_second {
            let first = word(text, clause.get(f)?);
            if np_forward(lang, text, clause, f)? > k || !opens_np(first) {
                return None;
            }
        } else if lang == Lang::De && crate::text::one_of_any_case(word(text, &clause[k]), "heißt hieß") {
            // `„…“, heißt es (dazu) in X`: the document speaks, not "es".
            if let Some(p) = source_after_heisst(clause, k) {
                f = p;
            }
        }
        return forward(f, cue);
    }
    // X said, with auxiliaries and adverbs between ("has long said", "was quoted as saying").
    let e = aux_start(text, clause, i, k);
    let subject = &clause[i..e];
    if subject.is_empty() {
        return None;
    }
    // X, a doctor, said
    let (me, role) = match subject.iter().position(|t| word(text, t) == ",") {
        Some(c) if c > 0 => {
            let role_toks = &subject[c + 1..];
            let r_end = role_toks.iter().rposition(|t| t.word).map(|r| role_toks[r].end);
            (c, r_end.map(|re| (role_toks[0].start, re)))
        }
        _ => (subject.len(), None),
    };
    // `"…" for saying` continues the sentence and does not attribute; `"…" before the crash, she
    // said` does, with the speaker after the last comma.
    let runs_on = i == 0 && !is_cap(w0) && !is_det(w0) && pronoun(w0).is_none() && (lang == Lang::De || role_before_name(text, &subject[..me]).is_none());
    let mut name = &subject[..if runs_on { 0 } else { me }];
    let mut role = role;
    let bad = |name: &[Tok]| {
        name.iter().any(|t| !t.word && !one_of(word(text, t), "' ’ ( ) &") || is_boundary(word(text, t))) || !plausible_speaker(lang, text, name)
    };
    // (Tested once per name: `is_bad` is whether the name taken so far is.)
    let mut is_bad = bad(name);
    if is_bad && !runs_on {
        // `"…?" a staffer in the room wondered`: the speaker ends at a preposition.
        if let Some(b) = name.iter().position(|t| is_boundary(word(text, t))).filter(|&b| b > 0) {
            if !bad(&name[..b]) {
                name = &name[..b];
                is_bad = false;
            }
        }
    }
    if is_bad {
        // `"…," just as Clinton did in 2008, Rendell added`: the speaker follows the last comma.
        let c = subject.iter().rposition(|t| word(text, t) == ",")?;
        name = &subject[c + 1..];
        role = None;
        if name.is_empty() || bad(name) {
            return None;
        }
    }
    Some(Attribution { mention: (name[0].start, name[name.len() - 1].end), cue: Some(cue), role, end: clause[k].end, introduces: false })
}

/// After a speaker phrase ending before token `e`: `, a doctor,` or `, the group's director, John
/// Smith`. Returns the end of the attribution and the role's range.
fn apposition_after(text: &str, clause: &[Tok], e: usize) -> (usize, Option<(usize, usize)>) {
    let end = clause[e - 1].end;
    if clause.get(e).map(|t| word(text, t)) != Some(",") {
        return (end, None);
    }
    let Some(first) = clause.get(e + 1) else { return (end, None) };
    let fw = word(text, first);
    if is_boundary(fw) || !is_det(fw) && is_cap(fw) {
        return (end, None);
    }
    let stop = (e + 1..clause.len()).find(|&k| word(text, &clause[k]) == ",").unwrap_or(clause.len()).min(e + 12);
    if stop <= e + 1 {
        return (end, None);
    }
    (clause[stop - 1].end, Some((first.start, clause[stop - 1].end)))
}

/// The clause before byte `open`: back to the last sentence end. An earlier quote in the same
/// sentence (`Trump said that "ethanol people" "do a fantastic job"`) stands as one mark token, so
/// that its words are neither cues nor speakers.
fn clause_before<'a>(text: &'a str, open: usize, lang: Lang, scratch: &mut Scratch<'a>) {
    tokenize_into(text, clause_start(text, open), open, &mut scratch.toks);
    let toks = &scratch.toks;
    let rev = &mut scratch.clause;
    rev.clear();
    let mut inside = false;
    for (k, t) in toks.iter().enumerate().rev() {
        // (Words are neither marks nor sentence ends: only punctuation is tested, each once.)
        let mark = !t.word && is_mark(word(text, t));
        if inside {
            inside = !mark;
            continue;
        }
        // (`am 20. Juli`: a German ordinal's stop before a month ends no sentence; German only, as
        // English text quoting `5. Mai` kept its outputs.)
        if !t.word
            && is_sentence_end(word(text, t))
            && !(lang == Lang::De
                && k > 0
                && word(text, &toks[k - 1]).bytes().all(|b| b.is_ascii_digit())
                && toks.get(k + 1).is_some_and(|m| one_of(word(text, m), "Januar Februar März April Mai Juni Juli August September Oktober November Dezember")))
        {
            break;
        }
        if mark {
            // A quoted sentence that ended before this one: `"We won." Then she said "…"`.
            if k > 0 && !toks[k - 1].word && is_sentence_end(word(text, &toks[k - 1])) {
                break;
            }
            inside = true;
        }
        rev.push(*t);
    }
    rev.reverse();
}

/// The most quote marks the clause before a quote may hold (four quoted phrases): `The mayor called the
/// plan "bold", "late", "costly" and "unavoidable" and said "…"` still reads back to its cue.
const CLAUSE_MARKS: usize = 8;

/// Where the clause before a quote opening at `open` may start: `WINDOW` bytes back, or just after the
/// `CLAUSE_MARKS + 1`-th quote mark before `open`, whichever is later. A clause with more quoted phrases
/// than that is no attribution clause, and without the bound every quote in a run of marks (`""""…`)
/// tokenized and walked its whole window: a million `"` took 7 s.
pub(crate) fn clause_start(text: &str, open: usize) -> usize {
    let open = floor(text, open);
    let from = floor(text, open.saturating_sub(WINDOW));
    let mut marks = 0;
    // Backwards over the bytes: an ASCII byte other than `"` is no mark, and only the first byte of a
    // character beyond ASCII is decoded (`char_indices().rev()` decoded every character, through calls).
    let bytes = text.as_bytes();
    for i in (from..open).rev() {
        let c = match bytes.get(i) {
            Some(b'"') => '"',
            Some(&b) if b >= 0xC0 => text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' '),
            _ => continue,
        };
        if is_mark_char(c) {
            marks += 1;
            if marks > CLAUSE_MARKS {
                return i + c.len_utf8();
            }
        }
    }
    from
}

/// German verb-final cues after a quoted phrase: `Die Regierung hat den Bericht als „falsch“
/// zurückgewiesen.` The cue follows in the same sentence; the speaker is the clause's subject.
pub(crate) fn german_cue_after<'a>(text: &'a str, open: usize, close: usize, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    let lang = Lang::De;
    tokenize_into(text, close, close.saturating_add(WINDOW), &mut scratch.toks);
    let toks = &scratch.toks;
    // `… müsse „…“ beenden, so die Ministerin.`: a source after "so" ends the sentence.
    let end = toks.iter().position(|t| is_sentence_end(word(text, t))).unwrap_or(toks.len());
    if let Some(k) = (1..end).find(|&k| word(text, &toks[k]) == "so" && word(text, &toks[k - 1]) == ",") {
        if let Some(e) = np_forward(lang, text, toks, k + 1).filter(|&e| e == end && e < toks.len()) {
            let name = &toks[k + 1..e];
            let first = word(text, &name[0]);
            if plausible_speaker(lang, text, name) && (is_cap(first) || is_det(first)) {
                return mention(name, Some((toks[k].start, toks[k].end)), 0, false);
            }
        }
    }
    let mut words = 0;
    let mut cue = None;
    for t in toks {
        let w = word(text, t);
        if !t.word {
            if is_sentence_end(w) || is_mark(w) {
                break;
            }
            continue;
        }
        words += 1;
        if words > 12 {
            break;
        }
        if !is_cap(w) && is_cue(w, Lang::De) {
            cue = Some((t.start, t.end));
            break;
        }
    }
    let cue = cue?;
    clause_before(text, open, Lang::De, scratch);
    let clause = &scratch.clause;
    let (skip, adverbial) = de_front(text, clause)?;
    let c = &clause[skip..];
    let (s, e) = if adverbial || !opens_np(c[0].s) {
        // Front field taken by an adverbial: the subject follows the finite verb.
        let v = c.iter().position(|t| t.word && !opens_np(t.s) && !in_sorted(DE_FRONT_LEX.view(), t.s))?;
        let e = np_forward(lang, text, c, v + 1)?;
        (v + 1, e)
    } else {
        (0, np_forward(lang, text, c, 0)?)
    };
    let name = &c[s..e];
    if name.is_empty() || !plausible_speaker(lang, text, name) || !name.iter().any(|t| is_cap(word(text, t))) {
        return None;
    }
    mention(name, Some(cue), cue.1, false)
}

/// A German quote without a cue (`Die Ministerin nannte den Plan „unausgegoren“`): the subject
/// of the clause it stands in, if that clause has one, with no cue.
pub(crate) fn german_clause_speaker<'a>(text: &'a str, open: usize, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    clause_before(text, open, Lang::De, scratch);
    let clause = &scratch.clause[..];
    let (s, e) = german_clause_subject(text, clause)?;
    mention(&clause[s..e], None, 0, false)
}

/// `X said: "…"` / `X told reporters that "…"` / `according to X, "…"` before the opening mark at
/// byte `open`.
#[cfg(test)]
pub(crate) fn before(text: &str, open: usize, lang: Lang) -> Option<Attribution> {
    before_in(text, open, lang, &mut Scratch::default())
}

/// [`before`] with the token lists kept in `scratch`.
pub(crate) fn before_in<'a>(text: &'a str, open: usize, lang: Lang, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    clause_before(text, open, lang, scratch);
    let clause = &scratch.clause[..];
    if clause.is_empty() {
        return None;
    }
    let n = clause.len();
    let introduces = |k: usize| k + 1 == n || (k + 2 == n && matches!(word(text, &clause[n - 1]), ":" | ","));
    // according to X, "…"
    if let Some(a) = (0..n.saturating_sub(2)).rev().find(|&a| {
        word(text, &clause[a]).eq_ignore_ascii_case("according") && word(text, &clause[a + 1]) == "to"
    }) {
        if let Some(e) = np_forward(lang, text, clause, a + 2) {
            if e + 2 >= n {
                return Some(Attribution {
                    mention: (clause[a + 2].start, clause[e - 1].end),
                    cue: Some((clause[a].start, clause[a + 1].end)),
                    role: None,
                    end: clause[e - 1].end,
                    introduces: true,
                });
            }
        }
    }
    // The nearest cue, at most MAX_GAP words before the quote.
    let mut words_after = 0;
    let mut k = n;
    let cue_at = loop {
        if k == 0 {
            return colon_intro(text, clause, lang);
        }
        k -= 1;
        let t = &clause[k];
        if t.word {
            if is_cue_at(text, clause, k, 0, lang) && !word(text, t).eq_ignore_ascii_case("according") || lang == Lang::De && after_nach(text, clause, k) {
                break k;
            }
            words_after += 1;
            if words_after > MAX_GAP {
                return colon_intro(text, clause, lang);
            }
        } else if matches!(word(text, t), "(" | ")") {
            return None;
        }
    };
    let cue = (clause[cue_at].start, clause[cue_at].end);
    // German verb-second: "Dazu sagte der Minister: „…“" — the speaker follows the cue.
    let mut e = aux_start(text, clause, 0, cue_at);
    let intro = introduces(cue_at);
    if lang == Lang::De {
        return german_source(text, clause, cue_at, n).or_else(|| german_subject(text, clause, cue_at, e, cue, intro));
    }
    let cue_word = word(text, &clause[cue_at]);
    let mk = |ms: usize, me: usize| Attribution {
        mention: (clause[ms].start, clause[me - 1].end),
        cue: Some(cue),
        role: None,
        end: cue.1,
        introduces: intro,
    };
    // The branches that fall back to the subject of the sentence break out with their `e`: one call
    // of `sentence_subject` for the three of them.
    let e = 'subject: {
        // "…, calling him "a total stiff"": a participle's speaker is the subject of the sentence.
        if lang == Lang::En && cue_word.ends_with("ing") && e > 0 && word(text, &clause[e - 1]) != "of" {
            let preceded_by_name = e > 0 && clause[e - 1].word && (is_cap(word(text, &clause[e - 1])) || pronoun(word(text, &clause[e - 1])).is_some());
            if !preceded_by_name || word(text, &clause[e - 1]).eq_ignore_ascii_case("it") {
                // "Anderson said, adding that …": the subject of the finite cue before it.
                if let Some(k2) = (0..e).rev().find(|&k2| clause[k2].word && !word(text, &clause[k2]).ends_with("ing") && is_cue_at(text, clause, k2, 0, lang)) {
                    let e2 = aux_start(text, clause, 0, k2);
                    if let Some(s2) = np_backward(text, clause, 0, e2, lang).filter(|&s2| s2 < e2) {
                        if plausible_speaker(lang, text, &clause[s2..e2]) {
                            return Some(mk(s2, e2));
                        }
                    }
                }
                break 'subject e;
            }
        }
        let mut role = None;
        if e > 0 && word(text, &clause[e - 1]) == ")" {
            // Sen. Bob Corker (R-Tenn.) said
            let p = clause[..e - 1].iter().rposition(|t| word(text, t) == "(")?;
            e = p;
        }
        if e > 0 && word(text, &clause[e - 1]) == "," {
            // X, a doctor, said / X, who …, said
            let c = clause[..e - 1].iter().rposition(|t| word(text, t) == ",");
            if let Some(c) = c.filter(|&c| e - 1 - c <= 14 && c > 0) {
                let first = word(text, &clause[c + 1]);
                // `X, , said` has no role between its commas (and no range to give).
                if c + 1 < e - 1 && !crate::text::one_of_any_case(first, "who which whose") {
                    role = Some((clause[c + 1].start, clause[e - 2].end));
                }
                e = c;
            }
        }
        let s = np_backward(text, clause, 0, e, lang).filter(|&s| s < e);
        // "Beck, who has in the past described …": a phrase after a preposition is not the subject.
        if let Some(s0) = s.filter(|&s0| s0 > 0 && in_sorted(PREPOSITIONS_LEX.view(), word(text, &clause[s0 - 1]))) {
            let _ = s0;
            break 'subject e;
        }
        if s.is_none() && e > 0 && crate::text::one_of_any_case(word(text, &clause[e - 1]), "and but then") {
            // "She greeted the crowd and told them that …": the subject of the first verb.
            if let Some(pk) = (0..e - 1).rev().find(|&k| clause[k].word && pronoun(word(text, &clause[k])).is_some_and(|p| p != crate::people::Pronoun::First)) {
                return Some(mk(pk, pk + 1));
            }
            break 'subject e;
        }
        let verb_second = matches!(lang, Lang::De | Lang::Uk)
            || (s.is_none() && crate::text::one_of_any_case(word(text, &clause[cue_at]), "said says added wrote"));
        return match s {
            Some(s) if !verb_second || e == cue_at => {
                let name = &clause[s..e];
                if !plausible_speaker(lang, text, name) {
                    return None;
                }
                Some(Attribution { role, ..mk(s, e) })
            }
            _ if verb_second => {
                // sagte der Minister: „…“
                let f = np_forward(lang, text, clause, cue_at + 1)?;
                let name = &clause[cue_at + 1..f];
                if !plausible_speaker(lang, text, name) || name.iter().any(|t| is_boundary(word(text, t))) {
                    return None;
                }
                let intro = f == n || (f + 1 == n && matches!(word(text, &clause[f]), ":" | ","));
                mention(name, Some(cue), 0, intro)
            }
            _ => None,
        };
    };
    sentence_subject(lang, text, clause, e).map(|(a, b)| mk(a, b))
}

/// Words that open a German clause without being its subject (the verb comes second, the subject
/// after it: "Am Montag sagte der Minister …", "Dazu erklärte sie …"), lower case, sorted.
const DE_FRONT: &[&str] = &[
    "ab", "abschließend", "aktuell", "allerdings", "als", "am", "an", "andererseits", "angesichts", "anschließend",
    "auch", "auf", "aus", "außerdem", "bei", "beim", "bereits", "besonders", "bis", "bisher", "bislang", "dabei",
    "dagegen", "daher", "damals", "damit", "danach", "dann", "darauf", "daraufhin", "darunter", "darüber", "dazu",
    "dem", "demgegenüber", "demnach", "den", "dennoch", "derzeit", "deshalb", "deswegen", "dort", "durch", "ebenfalls",
    "ebenso", "einerseits", "entsprechend", "erneut", "ferner", "für", "gegen", "gegenüber", "gestern", "gleichzeitig",
    "heute", "hier", "hingegen", "im", "in", "indes", "indessen", "insbesondere", "inzwischen", "jedoch", "jetzt",
    "kürzlich", "laut", "letztlich", "mit", "mittlerweile", "nach", "nachdem", "neben", "nun", "offenbar", "ohne",
    "passend", "schließlich", "schon", "seit", "so", "später", "stattdessen", "tatsächlich", "trotz", "trotzdem", "um",
    "unter", "unterdessen", "ursprünglich", "vielmehr", "vom", "von", "vor", "wegen", "weiter", "weiterhin", "wie",
    "während", "wörtlich", "zu", "zudem", "zugleich", "zuletzt", "zum", "zunächst", "zur", "zuvor", "zwar", "zwischen",
    "über", "überraschend",
];

/// Words that open a German noun phrase in another case than the subject's, or with a possessive
/// (`in seiner Rede`, `mit dem neuen Plan`): a lower-case word after one is an adjective, no verb.
fn de_article(w: &str) -> bool {
    crate::text::one_of_any_case(
        w,
        "das dem den der des die dies diese diesem diesen dieser dieses ein eine einem einen einer eines ihr ihre ihrem \
         ihren ihrer ihres sein seine seinem seinen seiner seines unser unsere unserem unseren unserer",
    )
}

/// Where a German clause's front field starts, past a conjunction that stands outside it
/// (`Aber der Minister sagte …`), and whether an adverbial fills it (`Am Montag`, `Dazu`, `2008`,
/// `Tatsächlich`): then the subject follows the finite verb.
fn de_front(text: &str, c: &[Tok]) -> Option<(usize, bool)> {
    let mut s = c.iter().take_while(|t| !t.word).count();
    if word_in(c, s, "aber denn doch oder sondern und") {
        s += 1;
    }
    // A focus particle before a noun phrase stands with it (`Auch die Ministerin sagte …`), not
    // before an adverbial (`Auch am Montag sagte …`).
    if word_in(c, s, "auch selbst sogar")
        && c.get(s + 1).is_some_and(|t| t.word && !in_sorted(DE_FRONT_LEX.view(), t.s) && opens_np(t.s))
    {
        s += 1;
    }
    let first = word(text, c.get(s).filter(|t| t.word)?);
    Some((s, in_sorted(DE_FRONT_LEX.view(), first) || crate::text::class::is_number(first_char(first))))
}

/// The subject of a German clause without a speech verb (`Im Kongress warb die Ministerin mit den
/// Worten: „…“`, `Die Firma hält die Kritik für falsch: „…“`): the front field's noun phrase, or
/// after an adverbial the noun phrase after the finite verb (the first lower-case word that is no
/// article, adjective or preposition).
fn german_clause_subject(text: &str, c: &[Tok]) -> Option<(usize, usize)> {
    let (s0, adverbial) = de_front(text, c)?;
    let first = word(text, &c[s0]);
    let (s, e) = if adverbial || !opens_np(first) {
        let v = (s0 + 1..c.len()).find(|&k| {
            let w = word(text, &c[k]);
            c[k].word
                && !opens_np(w)
                && !in_sorted(DE_FRONT_LEX.view(), w)
                && !crate::text::class::is_number(first_char(w))
                && !(c[k - 1].word && de_article(word(text, &c[k - 1])))
        })?;
        subject_after(text, c, v)?
    } else {
        (s0, np_forward(Lang::De, text, c, s0)?)
    };
    let w = word(text, &c[s]);
    // A subject opens with a capital, an article or a pronoun; a subordinate clause at the front
    // (`Da die Bahn streikte, …`) puts the main clause's subject out of reach.
    if !(is_cap(w) || is_det(w) || pronoun(w).is_some())
        || !plausible_speaker(Lang::De, text, &c[s..e])
        || e == s + 1 && crate::text::one_of_any_case(w, "es das dies man")
        || word_in(c, s0, "da dass falls nachdem ob obwohl weil wenn")
    {
        return None;
    }
    Some((s, e))
}

/// The German subject after the finite verb at token `v`: "auch", "jedoch", a reflexive "sich" may
/// stand between; a pronoun is the whole subject (`erklärte er zu dem Plan`).
fn subject_after(text: &str, c: &[Tok], v: usize) -> Option<(usize, usize)> {
    let f = past_aux(c, v + 1, "sich mich uns");
    let w = word(text, c.get(f)?);
    if pronoun(w).is_some() {
        return Some((f, f + 1));
    }
    // (It opens with a capital or an article: "hinzu", "zu der Frage" name no one.)
    opens_np(w).then_some((f, np_forward(Lang::De, text, c, f)?))
}

/// The first token from `f` on that is no auxiliary or adverb ([`is_aux`]) and none of `also`.
fn past_aux(c: &[Tok], mut f: usize, also: &str) -> usize {
    while f < c.len() && c[f].word && (is_aux(c[f].s) || one_of(c[f].s, also)) {
        f += 1;
    }
    f
}

/// Nouns that name a source after "nach" (`nach Angaben der Polizei`, `nach Ansicht von X`,
/// `nach den Worten des Ministers`), lower case, sorted.
const DE_NACH: &[&str] = &[
    "angaben", "ansicht", "auffassung", "aussage", "aussagen", "darstellung", "darstellungen", "einschätzung",
    "informationen", "meinung", "worten",
];

lexicon!(static DE_NACH_LEX = DE_NACH;);

/// Whether token `k` is a source noun after "nach" (`nach Angaben`, `nach den Worten`).
fn after_nach(text: &str, clause: &[Tok], k: usize) -> bool {
    // (The token before "nach", past one "den".)
    let j = k - usize::from(k >= 1 && clause[k - 1].s == "den");
    let w = word(text, &clause[k]);
    j >= 1 && word_in(clause, j - 1, "nach") && is_cap(w) && in_sorted(DE_NACH_LEX.view(), w)
}

/// Prepositions before a document that speaks (`heißt es in dem Bericht`, `Aus Paris hieß es`).
const DE_SOURCE_PREPS: &str = "auf aus bei beim im in von vom";

/// After "heißt" at token `k`, `es (dazu, wörtlich)` and a preposition ([`DE_SOURCE_PREPS`]): the
/// token where the document's noun phrase starts (`heißt es in dem Bericht`). (Inlined in its two
/// callers: out of line it made the wasm 35 B bigger.)
#[inline(always)]
fn source_after_heisst(clause: &[Tok], k: usize) -> Option<usize> {
    let p = past_aux(clause, k + 1, "es wörtlich");
    (p > k + 1 && word_in(clause, p, DE_SOURCE_PREPS)).then_some(p + 1)
}

/// German cues whose source is no subject: `laut X`, `X zufolge`, `nach Angaben von X`, and
/// `heißt es in X` / `In X heißt es` (the document speaks, not "es"). The mention is X.
fn german_source(text: &str, clause: &[Tok], cue_at: usize, n: usize) -> Option<Attribution> {
    let lang = Lang::De;
    let w = word(text, &clause[cue_at]);
    let (s, e) = if w == "zufolge" {
        // Back over capitalised words to an article (`dem Bericht zufolge`).
        let mut s = cue_at;
        while s > 0 && cue_at - s < 6 && clause[s - 1].word {
            let w = word(text, &clause[s - 1]);
            let article = de_article(w);
            if !article && !is_cap(w) {
                break;
            }
            s -= 1;
            if article {
                break;
            }
        }
        (s, cue_at)
    } else {
        // Where the source's noun phrase starts.
        let f = if w.eq_ignore_ascii_case("laut") {
            cue_at + 1
        } else if after_nach(text, clause, cue_at) {
            cue_at + 1 + usize::from(clause.get(cue_at + 1).is_some_and(|t| one_of(word(text, t), "von vom")))
        } else if crate::text::one_of_any_case(w, "heißt hieß geheißen") {
            // `heißt es (dazu, wörtlich) in X` after the cue, else a front field `In X`, `Aus Paris`.
            source_after_heisst(clause, cue_at).or_else(|| {
                let skip = clause.iter().take_while(|t| !t.word).count();
                word_in(clause, skip, DE_SOURCE_PREPS).then_some(skip + 1)
            })?
        } else {
            return None;
        };
        (f, np_forward(lang, text, clause, f)?)
    };
    let name = &clause[s..e];
    // A relative pronoun (`denen zufolge`) names no one.
    let first = name.first().map_or("", |t| word(text, t));
    if !opens_np(first) || !(plausible_speaker(lang, text, name) || de_article(first) && name.len() <= 9) {
        return None;
    }
    // Right before the mark, the quoted words go on naming the source (`nach Angaben des Magazins
    // „Der Spiegel“`): they are not introduced.
    let intro = e + 1 == n && matches!(word(text, &clause[e]), ":" | ",");
    mention(name, Some((clause[cue_at].start, clause[cue_at].end)), clause[cue_at].end, intro)
}

/// German verb-second order: the subject is the front field, unless an adverbial fills it; then the
/// subject follows the cue ("Am Montag sagte der Minister: „…“").
fn german_subject(text: &str, clause: &[Tok], cue_at: usize, e: usize, cue: (usize, usize), intro: bool) -> Option<Attribution> {
    let lang = Lang::De;
    let (skip, adverbial) = de_front(text, &clause[..e]).unwrap_or((e, true));
    let front = &clause[skip..e];
    // (A party in brackets, `Ute Kahl (SPD) sagte`, leaves the front field a noun phrase.)
    let adverbial = adverbial
        || front.iter().any(|t| !t.word && !matches!(single(t.s), Some(',' | '(' | ')')))
        // `Das sagte der Minister`: a demonstrative at the front is the object.
        || front.len() == 1 && word_in(front, 0, "das dies dieses es was");
    let (s, f) = if front.len() > 1 && word(text, &front[0]).eq_ignore_ascii_case("wie") && clause.get(cue_at + 1).is_some_and(|t| word(text, t) == ",") {
        // `Wie die Polizei am Montag mitteilte, …`: the subject follows "wie" in a verb-last clause.
        let f = np_forward(lang, text, front, 1)?;
        if !(is_cap(front[1].s) || is_det(front[1].s)) {
            return None;
        }
        (skip + 1, skip + f)
    } else if !adverbial && front.len() <= 16 {
        // The front field up to where the noun phrase ends ("Theo Zwanziger hatte dies … bekannt
        // gegeben": the subject is "Theo Zwanziger").
        let f = np_forward(lang, text, front, 0).unwrap_or(front.len()).min(front.len()).min(9);
        (skip, skip + f)
    } else if let Some(r) = (e > 0 && one_of(word(text, &clause[e - 1]), "und sowie")).then(|| german_clause_subject(text, &clause[..e - 1])).flatten() {
        // `… befand der Minister den Plan als falsch und nannte ihn „…“`: a cue after "und" shares
        // the subject of the clause before it.
        r
    } else {
        // The subject after the verb.
        subject_after(text, clause, cue_at)?
    };
    let name = &clause[s..f];
    if name.is_empty() || !plausible_speaker(lang, text, name) {
        return None;
    }
    mention(name, Some(cue), cue.1, intro)
}

/// `… Republican pollster Daron Shaw: "…"` and headlines `Ryan: '…'`: a name right before the colon
/// that introduces the quote, with no cue.
fn colon_intro(text: &str, clause: &[Tok], lang: Lang) -> Option<Attribution> {
    let n = clause.len();
    if n < 2 || word(text, &clause[n - 1]) != ":" {
        return None;
    }
    if lang == Lang::De {
        // Every German noun has a capital, so the word before the colon is often an object
        // (`Die Firma hält die Kritik für falsch:`): the clause's subject speaks.
        let (s, e) = german_clause_subject(text, &clause[..n - 1])?;
        return mention(&clause[s..e], None, clause[n - 1].end, true);
    }
    let s = np_backward(text, clause, 0, n - 1, lang)?;
    let name = &clause[s..n - 1];
    let caps = name.iter().filter(|t| is_cap(word(text, t))).count();
    if name.is_empty() || caps == 0 || name.len() > 6 || !plausible_speaker(lang, text, name) {
        return None;
    }
    // The words before the name must not make it an object ("the reasons for Smith:"), so only a
    // name that opens the clause or follows a verb-like lower-case word is taken.
    if s > 0 && one_of(word(text, &clause[s - 1]), "of for to with about") {
        return None;
    }
    mention(name, None, clause[n - 1].end, true)
}

/// The subject of the sentence whose clause is `clause` (before token `limit`): after a leading
/// adverbial phrase ("Speaking at a town hall in Salem, Trump went after Bush, calling him …").
fn sentence_subject(lang: Lang, text: &str, clause: &[Tok], limit: usize) -> Option<(usize, usize)> {
    // Skip marks of an earlier quote at the start of the clause.
    let skip = clause.iter().take_while(|t| !t.word).count();
    let (clause, limit) = (&clause[skip..], limit.saturating_sub(skip));
    let first = clause.first().filter(|t| t.word).map(|t| word(text, t))?;
    let lead = is_boundary(first) || first.ends_with("ing") || first.ends_with("ed") || !is_cap(first) && !is_det(first);
    let limit = limit.min(clause.len());
    // Where a subject may start: the clause's start (unless it opens with an adverbial) and after
    // each of its first four commas (an array, not a `Vec`).
    let mut at = [0usize; 5];
    let mut n = usize::from(!lead);
    for k in (0..limit).filter(|&k| word(text, &clause[k]) == ",").take(4) {
        at[n] = k + 1;
        n += 1;
    }
    let starts = &at[..n];
    if let Some(&i) = starts.iter().find(|&&i| i < limit && clause[i].word && pronoun(word(text, &clause[i])).is_some()) {
        return Some((i + skip, i + skip + 1));
    }
    let mut fallback = None;
    for &i in starts {
        let Some(t) = clause.get(i).filter(|t| t.word && i < limit) else { continue };
        let w = word(text, t);
        if is_boundary(w) {
            continue;
        }
        let Some(e) = np_forward(lang, text, clause, i).map(|e| e.min(limit)) else { continue };
        // "candidate Hillary Clinton": a lower-case role is fine before a name.
        if !(is_cap(w) || is_det(w) || clause[i..e].iter().any(|t| is_cap(word(text, t)))) {
            continue;
        }
        // A place or a date between commas ("in Salem, New Hampshire, Trump …") is not the subject.
        let ok = e > i && plausible_speaker(lang, text, &clause[i..e]);
        let next = clause.get(e).map_or("", |t| word(text, t));
        if next == "," || one_of(next, "later ago earlier after before") {
            if ok && fallback.is_none() && next == "," {
                fallback = Some((i + skip, e + skip));
            }
            continue;
        }
        if ok {
            return Some((i + skip, e + skip));
        }
    }
    fallback
}

/// A headline `'…': X names …` (or `"…" — X`): the capitalised words after the colon name the
/// speaker, whatever the verb (headlines use many: "names", "warns", "vows").
pub(crate) fn headline(text: &str, close: usize) -> Option<Attribution> {
    let toks = tokenize(text, close, close.saturating_add(WINDOW));
    if toks.first().map(|t| word(text, t)) != Some(":") {
        return None;
    }
    let n = toks[1..].iter().take_while(|t| t.word && is_cap(word(text, t))).count();
    let verb = toks.get(n + 1).filter(|t| t.word)?;
    (n > 0).then(|| Attribution {
        mention: (toks[1].start, toks[n].end),
        cue: Some((verb.start, verb.end)),
        role: None,
        end: verb.end,
        introduces: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_is_the_one_character_of_a_token() {
        for w in ["", ".", "a", "…", "“", "😀", "ab", "a.", "é.", "😀😀", "word"] {
            let mut cs = w.chars();
            assert_eq!(single(w), cs.next().filter(|_| cs.next().is_none()), "{w:?}");
        }
    }

    /// `clause_start` on the bytes finds the clause where walking the characters back finds it.
    #[test]
    fn clause_start_counts_the_marks_the_characters_hold() {
        let by_chars = |text: &str, open: usize| {
            let open = floor(text, open);
            let from = floor(text, open.saturating_sub(WINDOW));
            let mut marks = 0;
            for (i, c) in text[from..open].char_indices().rev() {
                if is_mark_char(c) {
                    marks += 1;
                    if marks > CLAUSE_MARKS {
                        return from + i + c.len_utf8();
                    }
                }
            }
            from
        };
        let pieces = ["a", " ", "\"", "“", "”", "„", "«", "»", "‹", "›", "「", "」", "『", "』", "é", "’", "'", "—", "😀", "said"];
        let mut seed = 7u32;
        for n in [0, 5, 40, 200, 900] {
            let mut text = String::new();
            for _ in 0..n {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            for open in 0..=text.len() + 2 {
                assert_eq!(clause_start(&text, open), by_chars(&text, open), "{text:?} {open}");
            }
        }
    }

    fn m<'a>(text: &'a str, a: &Attribution) -> &'a str {
        &text[a.mention.0..a.mention.1]
    }

    #[test]
    fn tables_are_sorted() {
        for t in [AUX, BOUNDARY, DETERMINERS, DE_FRONT, DE_NACH, PREPOSITIONS] {
            assert!(t.windows(2).all(|w| w[0] < w[1]), "{:?}", t.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn tokens_keep_abbreviations() {
        let t = "Sen. Bob Corker, R-Tenn., said.";
        let w: Vec<&str> = tokenize(t, 0, t.len()).iter().map(|x| &t[x.start..x.end]).collect();
        assert_eq!(w, vec!["Sen.", "Bob", "Corker", ",", "R-Tenn.", ",", "said", "."]);
    }

    #[test]
    fn the_letter_bit_trick_is_exact_for_every_byte_in_every_lane() {
        let others = [b'a', b'@', 0xFF, b'Z', b'0', b'[', b'`', b'{'];
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut x = others;
                x[lane] = b;
                let m = crate::text::swar::letters(u64::from_le_bytes(x));
                for (k, &c) in x.iter().enumerate() {
                    assert_eq!(m >> (8 * k + 7) & 1 == 1, c.is_ascii_alphabetic(), "{b} in lane {lane}, byte {k}");
                }
            }
        }
    }

    #[test]
    fn the_word_spans_are_the_words_a_token_scan_gives() {
        for t in [
            "Sen. Bob Corker, R-Tenn., said: \"U.S. ties—and J. McD.'s view—hold.\" (No.) 3.5% 'x' e.g.",
            "  „Wir bauen“, sagte Frau Dr. Müller-Lüdenscheid — «так» ... !?; end.",
            "",
            " ,;",
            "a",
            "’quoted’ O’Neil's --x-- .5 x. y.z",
        ] {
            let scanned: Vec<Span> = tokenize(t, 0, t.len()).iter().filter(|k| k.word).map(|k| (k.start as u32, k.end as u32)).collect();
            assert_eq!(words(t), scanned, "{t:?}");
        }
    }

    #[test]
    fn after_name_said() {
        let t = "\"It works,\" Pia Lund said.";
        let a = after(t, t.find(',').unwrap() + 2, Lang::En).unwrap();
        assert_eq!(m(t, &a), "Pia Lund");
    }

    #[test]
    fn after_said_name_with_apposition() {
        let t = "\"It works,\" said Pia Lund, a nurse at the clinic.";
        let a = after(t, 11, Lang::En).unwrap();
        assert_eq!(m(t, &a), "Pia Lund");
        assert_eq!(&t[a.role.unwrap().0..a.role.unwrap().1], "a nurse at the clinic");
    }

    #[test]
    fn before_told_reporters_that() {
        let t = "Mayor Ana Ruiz told reporters on Monday that \"the bridge opens soon.\"";
        let a = before(t, t.find('"').unwrap(), Lang::En).unwrap();
        assert_eq!(m(t, &a), "Mayor Ana Ruiz");
    }
}

#[cfg(test)]
#[path = "random_tests.rs"]
mod random_tests;
