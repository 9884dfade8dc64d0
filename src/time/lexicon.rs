//! The temporal lexicon: every word the recogniser knows, one table per language, looked up by hash.
//! A new language is a new table here, not new code.
//!
//! The tables are packed in const evaluation, in their own order (a size measure: no `&str` per
//! entry reaches the binary, only the words' text and a separator, a meaning of a few bytes and a byte of
//! languages each); the first lookup turns the packed words into the `u128` keys and the hash table
//! that the fast path probes.

use crate::prelude::*;
use crate::sync::OnceLock;

/// Which languages a lexicon entry belongs to (a bit set).
pub type Langs = u8;
pub const EN: Langs = 1;
pub const DE: Langs = 2;
pub const UK: Langs = 4;

/// Calendar units, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// Closed-class words the patterns name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    A,
    After,
    Ago,
    And,
    At,
    Before,
    By,
    Each,
    Earlier,
    Every,
    For,
    From,
    Future,
    Half,
    In,
    Later,
    Least,
    Less,
    Local,
    More,
    Of,
    On,
    Once,
    Other,
    Over,
    Past,
    Per,
    Present,
    Recent,
    Same,
    Since,
    That,
    The,
    Than,
    Time,
    Twice,
    Until,
    Up,
    Year,
    Within,
    Hence,
    Clock,
    Fiscal,
    /// German "im"/"am", Ukrainian "у"/"в": a preposition before a month.
    PrepIn,
    /// Ukrainian "р." after a year.
    UkYear,
    /// A word that opens a clause ("but", "which", "while", "when", "because", "as").
    Clause,
    /// German "vor" before a quantity: "vor zwei Jahren" (two years ago).
    Vor,
}

/// Grammatical tense markers near an expression (for the year of "February 5" and the week of "Monday").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    /// "would", "could", "might": no direction of its own; the nearest date wins.
    Modal,
}

/// A TIMEX3 word a lexicon entry carries (a part of a period, a reference, a part of the day, a SET
/// value, a mod): one byte in the table, its text through [`Code::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Code {
    Start,
    Mid,
    End,
    PresentRef,
    PastRef,
    Mo,
    Af,
    Ev,
    Ni,
    P1d,
    P1w,
    P1m,
    P1y,
    P2w,
    P3m,
    Pt1h,
    Tni,
    Approx,
    LessThan,
}

const CODE_TEXT: [&str; 19] = [
    "START", "MID", "END", "PRESENT_REF", "PAST_REF", "MO", "AF", "EV", "NI", "P1D", "P1W", "P1M", "P1Y", "P2W", "P3M",
    "PT1H", "TNI", "APPROX", "LESS_THAN",
];

impl Code {
    /// The TIMEX3 text ("START", "PAST_REF", "P1W", …).
    pub fn as_str(self) -> &'static str {
        CODE_TEXT[self as usize]
    }
}

use Code as C;

/// What a word means to the recogniser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lex {
    /// A full month name (1–12).
    Month(u8),
    /// A month abbreviation ("Feb", "Sept"): a month only before a full stop or a number.
    MonthAbbr(u8),
    /// A weekday (1 = Monday … 7 = Sunday); `true` when plural ("Mondays").
    Weekday(u8, bool),
    /// A number word ("three").
    Number(u8),
    /// An ordinal word ("third").
    Ordinal(u8),
    /// An unknown small quantity ("several", "few", "many", "some").
    Few,
    /// A calendar unit; `true` when plural.
    Unit(Unit, bool),
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// A part prefix: "early" (START), "mid" (MID), "late" (END).
    PartAdj(Code),
    /// A part noun: "beginning", "start" (START), "middle" (MID), "end" (END).
    PartNoun(Code),
    /// A deictic day: today (0), yesterday (-1), tomorrow (1); `Some(part)` for "tonight".
    Day(i8, Option<Code>),
    /// A deictic reference: "now", "currently" (PRESENT_REF), "recently" (PAST_REF).
    Ref(Code),
    /// A shift word: this/current (0), next/coming (1), last/past/previous (-1), following (1).
    Shift(i8),
    /// A part of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`).
    DayPart(Code),
    /// A frequency adverb ("daily", "weekly") with its SET value.
    Freq(Code),
    /// An approximation or bound before a quantity, with its TIMEX3 mod.
    Approx(Code),
    /// "Q1" … "Q4".
    QuarterCode(u8),
    /// "H1", "H2".
    HalfCode(u8),
    /// BC (`true`) or AD (`false`).
    Era(bool),
    /// A time zone name after a clock time.
    Zone,
    /// "noon" (12) or "midnight" (0).
    Clock(u8),
    /// "a.m." / "p.m." written as one word ("am", "pm"): `true` for p.m.
    Meridiem(bool),
    /// A fixed-date holiday (month, day).
    Holiday(u8, u8),
    Kw(Kw),
    Tense(Tense),
}

const ENGLISH: &[(&str, Lex)] = &[
    ("january", Lex::Month(1)), ("february", Lex::Month(2)), ("march", Lex::Month(3)), ("april", Lex::Month(4)),
    ("may", Lex::Month(5)), ("june", Lex::Month(6)), ("july", Lex::Month(7)), ("august", Lex::Month(8)),
    ("september", Lex::Month(9)), ("october", Lex::Month(10)), ("november", Lex::Month(11)), ("december", Lex::Month(12)),
    ("jan", Lex::MonthAbbr(1)), ("feb", Lex::MonthAbbr(2)), ("mar", Lex::MonthAbbr(3)), ("apr", Lex::MonthAbbr(4)),
    ("jun", Lex::MonthAbbr(6)), ("jul", Lex::MonthAbbr(7)), ("aug", Lex::MonthAbbr(8)), ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)), ("oct", Lex::MonthAbbr(10)), ("nov", Lex::MonthAbbr(11)), ("dec", Lex::MonthAbbr(12)),
    ("monday", Lex::Weekday(1, false)), ("tuesday", Lex::Weekday(2, false)), ("wednesday", Lex::Weekday(3, false)),
    ("thursday", Lex::Weekday(4, false)), ("friday", Lex::Weekday(5, false)), ("saturday", Lex::Weekday(6, false)),
    ("sunday", Lex::Weekday(7, false)), ("mondays", Lex::Weekday(1, true)), ("tuesdays", Lex::Weekday(2, true)),
    ("wednesdays", Lex::Weekday(3, true)), ("thursdays", Lex::Weekday(4, true)), ("fridays", Lex::Weekday(5, true)),
    ("saturdays", Lex::Weekday(6, true)), ("sundays", Lex::Weekday(7, true)),
    ("one", Lex::Number(1)), ("two", Lex::Number(2)), ("three", Lex::Number(3)), ("four", Lex::Number(4)),
    ("five", Lex::Number(5)), ("six", Lex::Number(6)), ("seven", Lex::Number(7)), ("eight", Lex::Number(8)),
    ("nine", Lex::Number(9)), ("ten", Lex::Number(10)), ("eleven", Lex::Number(11)), ("twelve", Lex::Number(12)),
    ("thirteen", Lex::Number(13)), ("fourteen", Lex::Number(14)), ("fifteen", Lex::Number(15)),
    ("sixteen", Lex::Number(16)), ("seventeen", Lex::Number(17)), ("eighteen", Lex::Number(18)),
    ("nineteen", Lex::Number(19)), ("twenty", Lex::Number(20)), ("thirty", Lex::Number(30)), ("forty", Lex::Number(40)),
    ("fifty", Lex::Number(50)), ("sixty", Lex::Number(60)), ("seventy", Lex::Number(70)), ("eighty", Lex::Number(80)),
    ("ninety", Lex::Number(90)), ("hundred", Lex::Number(100)), ("dozen", Lex::Number(12)),
    ("first", Lex::Ordinal(1)), ("second", Lex::Ordinal(2)), ("third", Lex::Ordinal(3)), ("fourth", Lex::Ordinal(4)),
    ("fifth", Lex::Ordinal(5)), ("sixth", Lex::Ordinal(6)), ("seventh", Lex::Ordinal(7)), ("eighth", Lex::Ordinal(8)),
    ("ninth", Lex::Ordinal(9)), ("tenth", Lex::Ordinal(10)), ("eleventh", Lex::Ordinal(11)), ("twelfth", Lex::Ordinal(12)),
    ("thirteenth", Lex::Ordinal(13)), ("fourteenth", Lex::Ordinal(14)), ("fifteenth", Lex::Ordinal(15)),
    ("sixteenth", Lex::Ordinal(16)), ("seventeenth", Lex::Ordinal(17)), ("eighteenth", Lex::Ordinal(18)),
    ("nineteenth", Lex::Ordinal(19)), ("twentieth", Lex::Ordinal(20)), ("twenty-first", Lex::Ordinal(21)),
    ("several", Lex::Few), ("few", Lex::Few), ("many", Lex::Few), ("some", Lex::Few),
    ("second", Lex::Ordinal(2)),
    ("seconds", Lex::Unit(Unit::Second, true)), ("minute", Lex::Unit(Unit::Minute, false)),
    ("minutes", Lex::Unit(Unit::Minute, true)), ("hour", Lex::Unit(Unit::Hour, false)),
    ("hours", Lex::Unit(Unit::Hour, true)), ("day", Lex::Unit(Unit::Day, false)), ("days", Lex::Unit(Unit::Day, true)),
    ("week", Lex::Unit(Unit::Week, false)), ("weeks", Lex::Unit(Unit::Week, true)),
    ("weekend", Lex::Unit(Unit::Weekend, false)), ("weekends", Lex::Unit(Unit::Weekend, true)),
    ("fortnight", Lex::Unit(Unit::Fortnight, false)), ("month", Lex::Unit(Unit::Month, false)),
    ("months", Lex::Unit(Unit::Month, true)), ("year", Lex::Unit(Unit::Year, false)),
    ("years", Lex::Unit(Unit::Year, true)), ("decade", Lex::Unit(Unit::Decade, false)),
    ("decades", Lex::Unit(Unit::Decade, true)), ("century", Lex::Unit(Unit::Century, false)),
    ("centuries", Lex::Unit(Unit::Century, true)), ("quarter", Lex::Unit(Unit::Quarter, false)),
    ("quarters", Lex::Unit(Unit::Quarter, true)),
    ("spring", Lex::Season(1)), ("summer", Lex::Season(2)), ("autumn", Lex::Season(3)), ("fall", Lex::Season(3)),
    ("winter", Lex::Season(4)),
    ("early", Lex::PartAdj(C::Start)), ("mid", Lex::PartAdj(C::Mid)), ("late", Lex::PartAdj(C::End)),
    ("beginning", Lex::PartNoun(C::Start)), ("start", Lex::PartNoun(C::Start)), ("middle", Lex::PartNoun(C::Mid)),
    ("end", Lex::PartNoun(C::End)), ("close", Lex::PartNoun(C::End)), ("turn", Lex::PartNoun(C::Start)),
    ("dawn", Lex::PartNoun(C::Start)),
    ("today", Lex::Day(0, None)), ("yesterday", Lex::Day(-1, None)), ("tomorrow", Lex::Day(1, None)),
    ("tonight", Lex::Day(0, Some(C::Ni))),
    ("now", Lex::Ref(C::PresentRef)), ("currently", Lex::Ref(C::PresentRef)), ("nowadays", Lex::Ref(C::PresentRef)),
    ("recently", Lex::Ref(C::PastRef)), ("lately", Lex::Ref(C::PastRef)),
    ("this", Lex::Shift(0)), ("current", Lex::Shift(0)), ("next", Lex::Shift(1)), ("coming", Lex::Shift(1)),
    ("last", Lex::Shift(-1)), ("previous", Lex::Shift(-1)), ("preceding", Lex::Shift(-1)), ("prior", Lex::Shift(-1)),
    ("following", Lex::Shift(1)), ("upcoming", Lex::Shift(1)),
    ("morning", Lex::DayPart(C::Mo)), ("afternoon", Lex::DayPart(C::Af)), ("evening", Lex::DayPart(C::Ev)),
    ("night", Lex::DayPart(C::Ni)), ("overnight", Lex::DayPart(C::Ni)),
    ("daily", Lex::Freq(C::P1d)), ("weekly", Lex::Freq(C::P1w)), ("monthly", Lex::Freq(C::P1m)),
    ("yearly", Lex::Freq(C::P1y)), ("annually", Lex::Freq(C::P1y)),
    ("hourly", Lex::Freq(C::Pt1h)), ("nightly", Lex::Freq(C::Tni)), ("quarterly", Lex::Freq(C::P3m)),
    ("biweekly", Lex::Freq(C::P2w)),
    ("about", Lex::Approx(C::Approx)), ("around", Lex::Approx(C::Approx)), ("approximately", Lex::Approx(C::Approx)),
    ("roughly", Lex::Approx(C::Approx)), ("circa", Lex::Approx(C::Approx)), ("ca", Lex::Approx(C::Approx)),
    ("nearly", Lex::Approx(C::LessThan)), ("almost", Lex::Approx(C::LessThan)), ("under", Lex::Approx(C::LessThan)),
    ("q1", Lex::QuarterCode(1)), ("q2", Lex::QuarterCode(2)), ("q3", Lex::QuarterCode(3)), ("q4", Lex::QuarterCode(4)),
    ("h1", Lex::HalfCode(1)), ("h2", Lex::HalfCode(2)),
    ("bc", Lex::Era(true)), ("bce", Lex::Era(true)), ("ad", Lex::Era(false)), ("ce", Lex::Era(false)),
    ("gmt", Lex::Zone), ("utc", Lex::Zone), ("est", Lex::Zone), ("edt", Lex::Zone), ("cet", Lex::Zone),
    ("cest", Lex::Zone), ("bst", Lex::Zone), ("pst", Lex::Zone), ("pdt", Lex::Zone), ("cst", Lex::Zone),
    ("et", Lex::Zone), ("msk", Lex::Zone), ("eet", Lex::Zone), ("eest", Lex::Zone),
    ("christmas", Lex::Holiday(12, 25)),
    ("noon", Lex::Clock(12)), ("midday", Lex::Clock(12)), ("midnight", Lex::Clock(0)),
    ("am", Lex::Meridiem(false)), ("pm", Lex::Meridiem(true)),
    ("a", Lex::Kw(Kw::A)), ("an", Lex::Kw(Kw::A)), ("after", Lex::Kw(Kw::After)), ("ago", Lex::Kw(Kw::Ago)),
    ("and", Lex::Kw(Kw::And)), ("at", Lex::Kw(Kw::At)), ("before", Lex::Kw(Kw::Before)), ("by", Lex::Kw(Kw::By)),
    ("each", Lex::Kw(Kw::Each)), ("earlier", Lex::Kw(Kw::Earlier)), ("every", Lex::Kw(Kw::Every)),
    ("for", Lex::Kw(Kw::For)), ("from", Lex::Kw(Kw::From)), ("future", Lex::Kw(Kw::Future)),
    ("half", Lex::Kw(Kw::Half)), ("in", Lex::Kw(Kw::In)), ("later", Lex::Kw(Kw::Later)), ("least", Lex::Kw(Kw::Least)),
    ("less", Lex::Kw(Kw::Less)), ("local", Lex::Kw(Kw::Local)), ("more", Lex::Kw(Kw::More)), ("of", Lex::Kw(Kw::Of)),
    ("on", Lex::Kw(Kw::On)), ("once", Lex::Kw(Kw::Once)), ("other", Lex::Kw(Kw::Other)), ("over", Lex::Kw(Kw::Over)),
    ("past", Lex::Kw(Kw::Past)), ("per", Lex::Kw(Kw::Per)), ("present", Lex::Kw(Kw::Present)),
    ("recent", Lex::Kw(Kw::Recent)), ("same", Lex::Kw(Kw::Same)), ("since", Lex::Kw(Kw::Since)),
    ("that", Lex::Kw(Kw::That)), ("the", Lex::Kw(Kw::The)), ("than", Lex::Kw(Kw::Than)), ("time", Lex::Kw(Kw::Time)),
    ("twice", Lex::Kw(Kw::Twice)), ("until", Lex::Kw(Kw::Until)), ("till", Lex::Kw(Kw::Until)), ("up", Lex::Kw(Kw::Up)),
    ("within", Lex::Kw(Kw::Within)), ("hence", Lex::Kw(Kw::Hence)), ("o", Lex::Kw(Kw::Clock)),
    ("fiscal", Lex::Kw(Kw::Fiscal)), ("during", Lex::Kw(Kw::In)), ("through", Lex::Kw(Kw::Until)),
    ("but", Lex::Kw(Kw::Clause)), ("which", Lex::Kw(Kw::Clause)), ("while", Lex::Kw(Kw::Clause)),
    ("when", Lex::Kw(Kw::Clause)), ("because", Lex::Kw(Kw::Clause)), ("as", Lex::Kw(Kw::Clause)),
    ("will", Lex::Tense(Tense::Future)), ("would", Lex::Tense(Tense::Modal)),
    ("could", Lex::Tense(Tense::Modal)), ("might", Lex::Tense(Tense::Modal)), ("should", Lex::Tense(Tense::Modal)),
    ("can", Lex::Tense(Tense::Modal)), ("must", Lex::Tense(Tense::Modal)),
    // Present-tense verbs of schedules: "the fiscal year that begins Oct. 1"
    ("begins", Lex::Tense(Tense::Present)), ("starts", Lex::Tense(Tense::Present)), ("ends", Lex::Tense(Tense::Present)),
    ("expires", Lex::Tense(Tense::Present)), ("opens", Lex::Tense(Tense::Present)), ("closes", Lex::Tense(Tense::Present)),
    ("reports", Lex::Tense(Tense::Present)), ("meets", Lex::Tense(Tense::Present)), ("takes", Lex::Tense(Tense::Present)),
    ("comes", Lex::Tense(Tense::Present)), ("arrives", Lex::Tense(Tense::Present)), ("returns", Lex::Tense(Tense::Present)),
    ("resumes", Lex::Tense(Tense::Present)), ("launches", Lex::Tense(Tense::Present)), ("shall", Lex::Tense(Tense::Future)), ("ll", Lex::Tense(Tense::Future)),
    ("was", Lex::Tense(Tense::Past)), ("were", Lex::Tense(Tense::Past)), ("had", Lex::Tense(Tense::Past)),
    ("did", Lex::Tense(Tense::Past)), ("said", Lex::Tense(Tense::Past)), ("told", Lex::Tense(Tense::Past)),
    ("took", Lex::Tense(Tense::Past)), ("met", Lex::Tense(Tense::Past)), ("began", Lex::Tense(Tense::Past)),
    ("came", Lex::Tense(Tense::Past)), ("went", Lex::Tense(Tense::Past)), ("held", Lex::Tense(Tense::Past)),
    ("made", Lex::Tense(Tense::Past)), ("saw", Lex::Tense(Tense::Past)), ("gave", Lex::Tense(Tense::Past)),
    ("left", Lex::Tense(Tense::Past)), ("wrote", Lex::Tense(Tense::Past)), ("fell", Lex::Tense(Tense::Past)),
    ("rose", Lex::Tense(Tense::Past)), ("won", Lex::Tense(Tense::Past)), ("lost", Lex::Tense(Tense::Past)),
    ("grew", Lex::Tense(Tense::Past)), ("became", Lex::Tense(Tense::Past)), ("brought", Lex::Tense(Tense::Past)),
    ("built", Lex::Tense(Tense::Past)), ("bought", Lex::Tense(Tense::Past)), ("caught", Lex::Tense(Tense::Past)),
    ("chose", Lex::Tense(Tense::Past)), ("drew", Lex::Tense(Tense::Past)), ("drove", Lex::Tense(Tense::Past)),
    ("fought", Lex::Tense(Tense::Past)), ("found", Lex::Tense(Tense::Past)), ("flew", Lex::Tense(Tense::Past)),
    ("got", Lex::Tense(Tense::Past)), ("kept", Lex::Tense(Tense::Past)), ("knew", Lex::Tense(Tense::Past)),
    ("led", Lex::Tense(Tense::Past)), ("paid", Lex::Tense(Tense::Past)), ("ran", Lex::Tense(Tense::Past)),
    ("sold", Lex::Tense(Tense::Past)), ("sent", Lex::Tense(Tense::Past)), ("shot", Lex::Tense(Tense::Past)),
    ("spoke", Lex::Tense(Tense::Past)), ("spent", Lex::Tense(Tense::Past)), ("stood", Lex::Tense(Tense::Past)),
    ("struck", Lex::Tense(Tense::Past)), ("thought", Lex::Tense(Tense::Past)), ("broke", Lex::Tense(Tense::Past)),
    ("felt", Lex::Tense(Tense::Past)), ("heard", Lex::Tense(Tense::Past)), ("sought", Lex::Tense(Tense::Past)),
    ("sat", Lex::Tense(Tense::Past)), ("wore", Lex::Tense(Tense::Past)), ("hit", Lex::Tense(Tense::Past)),
    ("been", Lex::Tense(Tense::Past)),
    ("is", Lex::Tense(Tense::Present)), ("are", Lex::Tense(Tense::Present)), ("am", Lex::Meridiem(false)),
];

const GERMAN: &[(&str, Lex)] = &[
    ("januar", Lex::Month(1)), ("jänner", Lex::Month(1)), ("februar", Lex::Month(2)), ("märz", Lex::Month(3)),
    ("april", Lex::Month(4)), ("mai", Lex::Month(5)), ("juni", Lex::Month(6)), ("juli", Lex::Month(7)),
    ("august", Lex::Month(8)), ("september", Lex::Month(9)), ("oktober", Lex::Month(10)),
    ("november", Lex::Month(11)), ("dezember", Lex::Month(12)),
    ("montag", Lex::Weekday(1, false)), ("dienstag", Lex::Weekday(2, false)), ("mittwoch", Lex::Weekday(3, false)),
    ("donnerstag", Lex::Weekday(4, false)), ("freitag", Lex::Weekday(5, false)), ("samstag", Lex::Weekday(6, false)),
    ("sonnabend", Lex::Weekday(6, false)), ("sonntag", Lex::Weekday(7, false)),
    ("anfang", Lex::PartNoun(C::Start)), ("mitte", Lex::PartNoun(C::Mid)), ("ende", Lex::PartNoun(C::End)),
    ("heute", Lex::Day(0, None)), ("gestern", Lex::Day(-1, None)), ("morgen", Lex::Day(1, None)),
    ("jetzt", Lex::Ref(C::PresentRef)), ("derzeit", Lex::Ref(C::PresentRef)), ("kürzlich", Lex::Ref(C::PastRef)),
    ("im", Lex::Kw(Kw::PrepIn)), ("am", Lex::Kw(Kw::PrepIn)), ("vor", Lex::Kw(Kw::Vor)),
    ("ein", Lex::Number(1)), ("einem", Lex::Number(1)), ("einer", Lex::Number(1)), ("zwei", Lex::Number(2)),
    ("drei", Lex::Number(3)), ("vier", Lex::Number(4)), ("fünf", Lex::Number(5)), ("sechs", Lex::Number(6)),
    ("sieben", Lex::Number(7)), ("acht", Lex::Number(8)), ("neun", Lex::Number(9)), ("zehn", Lex::Number(10)),
    ("zwölf", Lex::Number(12)), ("tag", Lex::Unit(Unit::Day, false)), ("tagen", Lex::Unit(Unit::Day, true)),
    ("wochenende", Lex::Unit(Unit::Weekend, false)), ("woche", Lex::Unit(Unit::Week, false)),
    ("frühling", Lex::Season(1)), ("sommer", Lex::Season(2)), ("herbst", Lex::Season(3)), ("winter", Lex::Season(4)),
    ("monat", Lex::Unit(Unit::Month, false)), ("jahr", Lex::Unit(Unit::Year, false)),
    ("jahres", Lex::Unit(Unit::Year, false)),
    ("tage", Lex::Unit(Unit::Day, true)), ("wochen", Lex::Unit(Unit::Week, true)),
    ("monate", Lex::Unit(Unit::Month, true)), ("monaten", Lex::Unit(Unit::Month, true)),
    ("jahre", Lex::Unit(Unit::Year, true)), ("jahren", Lex::Unit(Unit::Year, true)),
    ("letzte", Lex::Shift(-1)), ("letzten", Lex::Shift(-1)), ("letztes", Lex::Shift(-1)), ("vergangene", Lex::Shift(-1)),
    ("vergangenen", Lex::Shift(-1)), ("vergangenes", Lex::Shift(-1)), ("nächste", Lex::Shift(1)),
    ("nächsten", Lex::Shift(1)), ("nächstes", Lex::Shift(1)), ("diese", Lex::Shift(0)), ("diesen", Lex::Shift(0)),
    ("dieses", Lex::Shift(0)),
];

const UKRAINIAN: &[(&str, Lex)] = &[
    ("січень", Lex::Month(1)), ("січня", Lex::Month(1)), ("січні", Lex::Month(1)),
    ("лютий", Lex::Month(2)), ("лютого", Lex::Month(2)), ("лютому", Lex::Month(2)),
    ("березень", Lex::Month(3)), ("березня", Lex::Month(3)), ("березні", Lex::Month(3)),
    ("квітень", Lex::Month(4)), ("квітня", Lex::Month(4)), ("квітні", Lex::Month(4)),
    ("травень", Lex::Month(5)), ("травня", Lex::Month(5)), ("травні", Lex::Month(5)),
    ("червень", Lex::Month(6)), ("червня", Lex::Month(6)), ("червні", Lex::Month(6)),
    ("липень", Lex::Month(7)), ("липня", Lex::Month(7)), ("липні", Lex::Month(7)),
    ("серпень", Lex::Month(8)), ("серпня", Lex::Month(8)), ("серпні", Lex::Month(8)),
    ("вересень", Lex::Month(9)), ("вересня", Lex::Month(9)), ("вересні", Lex::Month(9)),
    ("жовтень", Lex::Month(10)), ("жовтня", Lex::Month(10)), ("жовтні", Lex::Month(10)),
    ("листопад", Lex::Month(11)), ("листопада", Lex::Month(11)), ("листопаді", Lex::Month(11)),
    ("грудень", Lex::Month(12)), ("грудня", Lex::Month(12)), ("грудні", Lex::Month(12)),
    ("понеділок", Lex::Weekday(1, false)), ("понеділка", Lex::Weekday(1, false)), ("вівторок", Lex::Weekday(2, false)),
    ("вівторка", Lex::Weekday(2, false)), ("середа", Lex::Weekday(3, false)), ("середу", Lex::Weekday(3, false)),
    ("четвер", Lex::Weekday(4, false)), ("четверга", Lex::Weekday(4, false)), ("пʼятниця", Lex::Weekday(5, false)),
    ("пʼятницю", Lex::Weekday(5, false)), ("п'ятницю", Lex::Weekday(5, false)), ("субота", Lex::Weekday(6, false)),
    ("суботу", Lex::Weekday(6, false)), ("неділя", Lex::Weekday(7, false)), ("неділю", Lex::Weekday(7, false)),
    ("сьогодні", Lex::Day(0, None)), ("вчора", Lex::Day(-1, None)), ("учора", Lex::Day(-1, None)),
    ("завтра", Lex::Day(1, None)), ("зараз", Lex::Ref(C::PresentRef)), ("нещодавно", Lex::Ref(C::PastRef)),
    ("року", Lex::Unit(Unit::Year, false)), ("рік", Lex::Unit(Unit::Year, false)), ("р", Lex::Kw(Kw::UkYear)),
    ("тижня", Lex::Unit(Unit::Week, false)), ("тиждень", Lex::Unit(Unit::Week, false)),
    ("місяця", Lex::Unit(Unit::Month, false)), ("місяць", Lex::Unit(Unit::Month, false)),
    ("минулого", Lex::Shift(-1)), ("минулий", Lex::Shift(-1)), ("минулої", Lex::Shift(-1)), ("минулому", Lex::Shift(-1)),
    ("наступного", Lex::Shift(1)), ("наступний", Lex::Shift(1)), ("наступної", Lex::Shift(1)), ("наступному", Lex::Shift(1)),
    ("цього", Lex::Shift(0)), ("цей", Lex::Shift(0)), ("цієї", Lex::Shift(0)), ("цьому", Lex::Shift(0)),
    ("два", Lex::Number(2)), ("дві", Lex::Number(2)), ("три", Lex::Number(3)), ("чотири", Lex::Number(4)),
    ("п'ять", Lex::Number(5)), ("роки", Lex::Unit(Unit::Year, true)), ("років", Lex::Unit(Unit::Year, true)),
    ("дні", Lex::Unit(Unit::Day, true)), ("днів", Lex::Unit(Unit::Day, true)), ("тому", Lex::Kw(Kw::Ago)), ("у", Lex::Kw(Kw::PrepIn)), ("в", Lex::Kw(Kw::PrepIn)),
    ("на", Lex::Kw(Kw::PrepIn)),
    ("початку", Lex::PartNoun(C::Start)), ("середині", Lex::PartNoun(C::Mid)), ("кінці", Lex::PartNoun(C::End)),
];


/// Longest word in the lexicon, in bytes of its lower-case form (Cyrillic letters take two).
const MAX_WORD: usize = 40;

const TABLES: [(&[(&str, Lex)], Langs); 3] = [(ENGLISH, EN), (GERMAN, DE), (UKRAINIAN, UK)];
const ALL: usize = ENGLISH.len() + GERMAN.len() + UKRAINIAN.len();

/// Every keyword the tables give stays below bit 56, and every unit at or before the century:
/// `recognise::Matcher::is` tests a word against a `u64` set with a bit a keyword and the other kinds
/// of words (months, seasons, …) from bit 56 up, so a keyword at 56 or more would read as a month,
/// and one at 64 or more would shift past the set. (A check on the last keyword alone misses one
/// added after it.) Checked as the crate compiles: no code in the page.
const _: () = {
    let mut k = 0;
    while k < ALL {
        match entry(k).1 {
            Lex::Kw(w) => assert!((w as u8) < 56, "a keyword's bit falls among the other word kinds' in recognise::Matcher::is"),
            // Unit sets (`recognise::Matcher::is_unit`) are two bits a unit of a `u32`, and "any unit"
            // is every bit up to the century's.
            Lex::Unit(u, _) => assert!((u as u8) <= (Unit::Century as u8), "recognise's ANY_UNIT ends at the century"),
            _ => {}
        }
        k += 1;
    }
};

/// Entry `k` of the three tables taken as one list.
const fn entry(mut k: usize) -> (&'static [u8], Lex, Langs) {
    let mut t = 0;
    while k >= TABLES[t].0.len() {
        k -= TABLES[t].0.len();
        t += 1;
    }
    (TABLES[t].0[k].0.as_bytes(), TABLES[t].0[k].1, TABLES[t].1)
}

/// Entries in the tables' order, English first: no sorting, so the meanings stay in runs ("January"
/// … "December" are `Month(1)` … `Month(12)`), which compress better than in word order.
const N: usize = ALL;

const fn text_len() -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < N {
        n += 1 + entry(i).0.len() - shared(i);
        i += 1;
    }
    n
}

/// How many leading bytes entry `k`'s word shares with the word before it (at most
/// [`MAX_SHARED`](crate::text::packed::MAX_SHARED)): front coding, as the [`crate::text::packed`]
/// lexicons store their words, so that "januar" after "january" is a count and one letter.
const fn shared(k: usize) -> usize {
    if k == 0 {
        return 0;
    }
    let (a, b) = (entry(k - 1).0, entry(k).0);
    let mut n = 0;
    while n < a.len() && n < b.len() && n < crate::text::packed::MAX_SHARED && a[n] == b[n] {
        n += 1;
    }
    n
}

const BYTES: usize = text_len();

/// The lexicon as compiled into the binary: the words' text, front coded (each word as the count of
/// leading bytes it shares with the word before, one byte below 0x20, then the rest: the format
/// [`crate::text::packed::unpack`] reads; the first lookup unpacks it, one word a line, and finds
/// the end offsets), and each word's meaning and languages.
struct Packed {
    text: [u8; BYTES],
    lexes: [Lex; N],
    langs: [Langs; N],
}

static PACKED: Packed = {
    assert!(N > 0);
    let mut text = [0u8; BYTES];
    // The unpacked text's length: its end offsets are `u16`.
    let mut plain = 0;
    let mut lexes = [Lex::Few; N];
    let mut langs = [0; N];
    let mut at = 0;
    let mut i = 0;
    while i < N {
        let (w, lex, l) = entry(i);
        assert!(!w.is_empty() && w.len() < MAX_WORD);
        let mut j = shared(i);
        text[at] = j as u8;
        at += 1;
        while j < w.len() {
            assert!(w[j] >= 0x20, "a control character in a time word");
            text[at] = w[j];
            at += 1;
            j += 1;
        }
        plain += w.len() + 1;
        lexes[i] = lex;
        langs[i] = l;
        i += 1;
    }
    assert!(plain <= u16::MAX as usize);
    Packed { text, lexes, langs }
};

/// The word of entry `k` in the unpacked `text`, given the end offsets (empty past the end; `get`
/// keeps panics and their locations out).
fn word<'t>(text: &'t [u8], ends: &[u16; N], k: usize) -> &'t [u8] {
    let end = |k: usize| ends.get(k).map_or(0, |&e| usize::from(e));
    let start = if k == 0 { 0 } else { end(k - 1) + 1 };
    text.get(start..end(k)).unwrap_or(&[])
}

/// What the first lookup builds from [`PACKED`]: the index the tokeniser probes for each word.
pub struct Table {
    /// Each entry's first 16 bytes packed little-endian into a `u128` (zero-padded): [`key`]. (An
    /// array, as the others: no growth code for a size known at compile time.)
    keys: [u128; N],
    /// An open-addressing hash table over the entries: 1 + an entry, 0 for an empty slot. Entries
    /// that share a key follow one another along the probe in the tables' order, so the first whose
    /// languages match wins (English before German before Ukrainian, the first of a repeated word).
    /// Most words of running text are not temporal and leave at the first, empty slot; a word of the
    /// lexicon is found with one key comparison, without a search.
    slots: [u16; SLOTS],
    /// Each entry's end offset in `text`.
    ends: [u16; N],
    /// The words, unpacked from `PACKED.text`, one a line.
    text: Vec<u8>,
}

const SLOT_BITS: u32 = 12;
const SLOTS: usize = 1 << SLOT_BITS;
const _: () = assert!(N < SLOTS / 2, "the hash table keeps empty slots, so every probe ends");

#[inline(always)]
fn slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOT_BITS)) as usize
}

/// The key of a lower-case word: its first 16 bytes, zero-padded, little-endian (as the tokeniser
/// builds it while it scans the word: no byte swapping).
#[inline(always)]
pub fn key(first16: [u8; 16]) -> u128 {
    u128::from_le_bytes(first16)
}

/// The first 16 bytes of `word` as a [`key`].
fn pack(word: &[u8]) -> u128 {
    let mut k = [0u8; 16];
    for (d, &b) in k.iter_mut().zip(word) {
        *d = b;
    }
    key(k)
}

/// The lexicon's index, built on first use (once per process).
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// Builds the index from [`PACKED`] (out of line, so that the lookups stay small).
#[cold]
#[inline(never)]
fn build() -> Table {
    let mut keys = [0u128; N];
    let mut slots = [0u16; SLOTS];
    let mut ends = [0u16; N];
    let text = crate::text::packed::unpack(&PACKED.text);
    let mut k = 0;
    for (at, &b) in text.iter().enumerate() {
        if b == b'\n' {
            if let Some(e) = ends.get_mut(k) {
                *e = at as u16;
            }
            k += 1;
        }
    }
    for k in 0..N {
        let key = pack(word(&text, &ends, k));
        let mut s = slot(key);
        while slots.get(s).is_some_and(|&e| e != 0) {
            s = (s + 1) % SLOTS;
        }
        if let Some(e) = slots.get_mut(s) {
            *e = (k + 1) as u16;
        }
        if let Some(e) = keys.get_mut(k) {
            *e = key;
        }
    }
    Table { keys, slots, ends, text }
}

impl Table {
    /// [`lookup`] for a lower-case ASCII word of at most 16 bytes already packed as a [`key`], as the
    /// tokeniser builds it while it scans the word. The first probe is inlined: most words leave at
    /// an empty slot without a call.
    #[inline(always)]
    pub fn packed(&self, key: u128, langs: Langs) -> Option<Lex> {
        let s = slot(key);
        if self.slots.get(s).is_none_or(|&e| e == 0) {
            return None;
        }
        self.find(s, key, &[], langs)
    }

    /// The meaning of the word whose [`key`] is `key` and whose bytes are `full` (checked only for
    /// words longer than 16 bytes), probing from slot `s`.
    fn find(&self, mut s: usize, key: u128, full: &[u8], langs: Langs) -> Option<Lex> {
        // Linear probing; the table has empty slots, so the walk ends (`get` keeps panics out).
        loop {
            let k = usize::from(*self.slots.get(s)?).checked_sub(1)?;
            if let (Some(&kk), Some(&lex), Some(&l)) = (self.keys.get(k), PACKED.lexes.get(k), PACKED.langs.get(k)) {
                if kk == key && l & langs != 0 {
                    // A key whose last byte is 0 is a whole word of under 16 bytes (the same word
                    // as the one looked up); a longer word is told apart by its text.
                    if key >> 120 == 0 {
                        return Some(lex);
                    }
                    let w = word(&self.text, &self.ends, k);
                    if (w.len() <= 16 && full.len() <= 16) || w == full {
                        return Some(lex);
                    }
                }
            }
            s = (s + 1) % SLOTS;
        }
    }
}

/// [`Table::packed`] on the lexicon's table.
#[cfg(test)]
fn lookup_packed(key: u128, langs: Langs) -> Option<Lex> {
    table().packed(key, langs)
}

/// The meaning of `word` in the given languages, if it has one. No allocation: the word is lower-cased
/// into a stack buffer.
#[inline]
pub fn lookup(word: &str, langs: Langs) -> Option<Lex> {
    if word.len() >= MAX_WORD || word.is_empty() {
        return None;
    }
    let mut buf = [0u8; MAX_WORD * 2];
    let mut n = 0;
    if word.is_ascii() {
        for (d, b) in buf.iter_mut().zip(word.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        n = word.len();
    } else {
        for c in word.chars().map(crate::text::case::lower_char) {
            let len = c.len_utf8();
            let Some(slot) = buf.get_mut(n..n + len) else { return None };
            c.encode_utf8(slot);
            n += len;
        }
    }
    if n >= MAX_WORD {
        return None;
    }
    let full = &buf[..n];
    let key = pack(full);
    table().find(slot(key), key, full, langs)
}

/// The language of a code without its region: "en" of "en-GB", "de" of "de_AT" (what
/// `code.split(['-', '_']).next()` gives, without the pattern searcher's code).
pub fn base_language(code: &str) -> &str {
    let end = code.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(code.len());
    code.get(..end).unwrap_or(code)
}

/// The language set an article's language code asks for: English is always on (news in other
/// languages quotes English dates too); German and Ukrainian are added by their codes.
pub fn langs_for(language: Option<&str>) -> Langs {
    let base = base_language(language.unwrap_or("en"));
    // Compared without a lower-cased copy (an allocation per article).
    if base.eq_ignore_ascii_case("de") {
        EN | DE
    } else if base.eq_ignore_ascii_case("uk") {
        EN | UK
    } else {
        EN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_are_case_insensitive_and_language_gated() {
        assert_eq!(lookup("February", EN), Some(Lex::Month(2)));
        assert_eq!(lookup("FEB", EN), Some(Lex::MonthAbbr(2)));
        assert_eq!(lookup("Februar", EN), None);
        assert_eq!(lookup("Februar", EN | DE), Some(Lex::Month(2)));
        assert_eq!(lookup("Лютого", EN | UK), Some(Lex::Month(2)));
        assert_eq!(lookup("März", DE), Some(Lex::Month(3)));
        assert_eq!(lookup("zebra", EN), None);
        assert_eq!(lookup(&"x".repeat(100), EN), None);
        assert_eq!(lookup("am", EN | DE), Some(Lex::Meridiem(false)));
        assert_eq!(lookup("am", DE), Some(Lex::Kw(Kw::PrepIn)));
        assert_eq!(lookup("tonight", EN), Some(Lex::Day(0, Some(C::Ni))));
        assert_eq!(lookup("quarterly", EN).map(|l| matches!(l, Lex::Freq(c) if c.as_str() == "P3M")), Some(true));
    }

    #[test]
    fn codes_read_as_their_timex_text() {
        use Code::*;
        let pairs = [
            (Start, "START"), (Mid, "MID"), (End, "END"), (PresentRef, "PRESENT_REF"), (PastRef, "PAST_REF"),
            (Mo, "MO"), (Af, "AF"), (Ev, "EV"), (Ni, "NI"), (P1d, "P1D"), (P1w, "P1W"), (P1m, "P1M"), (P1y, "P1Y"),
            (P2w, "P2W"), (P3m, "P3M"), (Pt1h, "PT1H"), (Tni, "TNI"), (Approx, "APPROX"), (LessThan, "LESS_THAN"),
        ];
        assert_eq!(pairs.len(), CODE_TEXT.len());
        for (c, t) in pairs {
            assert_eq!(c.as_str(), t);
        }
    }

    #[test]
    fn the_packed_table_holds_every_entry_in_order() {
        let mut k = 0;
        for (t, l) in TABLES {
            for &(w, lex) in t {
                assert_eq!((word(&table().text, &table().ends, k), PACKED.lexes[k], PACKED.langs[k]), (w.as_bytes(), lex, l));
                k += 1;
            }
        }
        assert_eq!(k, N);
        assert_eq!(table().ends[N - 1] as usize, table().text.len() - 1);
    }

    /// Every word of every table finds the meaning its first (word, language) entry gives, through
    /// both lookups, for every language set that includes its language; long words (over 16 bytes)
    /// and words that share a 16-byte prefix with one are told apart.
    #[test]
    fn every_entry_is_found_as_a_plain_search_would() {
        let mut all: Vec<(&str, Lex, Langs)> = Vec::new();
        for (t, l) in TABLES {
            all.extend(t.iter().map(|&(w, x)| (w, x, l)));
        }
        let reference = |w: &str, langs: Langs| {
            let mut hits: Vec<&(&str, Lex, Langs)> = all.iter().filter(|e| e.0 == w && e.2 & langs != 0).collect();
            hits.sort_by_key(|e| e.2);
            hits.first().map(|e| e.1)
        };
        for &(w, _, _) in &all {
            for langs in 1..8 {
                assert_eq!(lookup(w, langs), reference(w, langs), "{w} {langs}");
                let upper: String = w.chars().flat_map(char::to_uppercase).collect();
                assert_eq!(lookup(&upper, langs), reference(w, langs), "{upper} {langs}");
                if w.is_ascii() && w.len() <= 16 {
                    assert_eq!(lookup_packed(pack(w.as_bytes()), langs), reference(w, langs));
                }
                // A prefix or an extension of a word is not the word.
                let longer = format!("{w}x");
                assert_eq!(lookup(&longer, langs), reference(&longer, langs));
                let mut shorter = w.to_string();
                shorter.pop();
                assert_eq!(lookup(&shorter, langs), reference(&shorter, langs));
            }
        }
        assert!(all.iter().any(|e| e.0.len() > 16), "the test covers words longer than a key");
    }
}
