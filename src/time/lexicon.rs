//! The temporal lexicon: every word the recogniser knows, one table per language, looked up by binary
//! search over one sorted table. A new language is a new table here, not new code.

use std::sync::OnceLock;

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
    Number(u32),
    /// An ordinal word ("third").
    Ordinal(u32),
    /// An unknown small quantity ("several", "few", "many", "some").
    Few,
    /// A calendar unit; `true` when plural.
    Unit(Unit, bool),
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// A part prefix: "early" (START), "mid" (MID), "late" (END).
    PartAdj(&'static str),
    /// A part noun: "beginning", "start" (START), "middle" (MID), "end" (END).
    PartNoun(&'static str),
    /// A deictic day: today (0), yesterday (-1), tomorrow (1); `Some(part)` for "tonight".
    Day(i8, Option<&'static str>),
    /// A deictic reference: "now", "currently" (PRESENT_REF), "recently" (PAST_REF).
    Ref(&'static str),
    /// A shift word: this/current (0), next/coming (1), last/past/previous (-1), following (1).
    Shift(i8),
    /// A part of the day (TIMEX3 `MO`, `AF`, `EV`, `NI`).
    DayPart(&'static str),
    /// A frequency adverb ("daily", "weekly") with its SET value.
    Freq(&'static str),
    /// An approximation or bound before a quantity, with its TIMEX3 mod.
    Approx(&'static str),
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

type Entry = (&'static str, Lex, Langs);

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
    ("early", Lex::PartAdj("START")), ("mid", Lex::PartAdj("MID")), ("late", Lex::PartAdj("END")),
    ("beginning", Lex::PartNoun("START")), ("start", Lex::PartNoun("START")), ("middle", Lex::PartNoun("MID")),
    ("end", Lex::PartNoun("END")), ("close", Lex::PartNoun("END")), ("turn", Lex::PartNoun("START")),
    ("dawn", Lex::PartNoun("START")),
    ("today", Lex::Day(0, None)), ("yesterday", Lex::Day(-1, None)), ("tomorrow", Lex::Day(1, None)),
    ("tonight", Lex::Day(0, Some("NI"))),
    ("now", Lex::Ref("PRESENT_REF")), ("currently", Lex::Ref("PRESENT_REF")), ("nowadays", Lex::Ref("PRESENT_REF")),
    ("recently", Lex::Ref("PAST_REF")), ("lately", Lex::Ref("PAST_REF")),
    ("this", Lex::Shift(0)), ("current", Lex::Shift(0)), ("next", Lex::Shift(1)), ("coming", Lex::Shift(1)),
    ("last", Lex::Shift(-1)), ("previous", Lex::Shift(-1)), ("preceding", Lex::Shift(-1)), ("prior", Lex::Shift(-1)),
    ("following", Lex::Shift(1)), ("upcoming", Lex::Shift(1)),
    ("morning", Lex::DayPart("MO")), ("afternoon", Lex::DayPart("AF")), ("evening", Lex::DayPart("EV")),
    ("night", Lex::DayPart("NI")), ("overnight", Lex::DayPart("NI")),
    ("daily", Lex::Freq("P1D")), ("weekly", Lex::Freq("P1W")), ("monthly", Lex::Freq("P1M")),
    ("yearly", Lex::Freq("P1Y")), ("annually", Lex::Freq("P1Y")),
    ("hourly", Lex::Freq("PT1H")), ("nightly", Lex::Freq("TNI")), ("quarterly", Lex::Freq("P3M")),
    ("biweekly", Lex::Freq("P2W")),
    ("about", Lex::Approx("APPROX")), ("around", Lex::Approx("APPROX")), ("approximately", Lex::Approx("APPROX")),
    ("roughly", Lex::Approx("APPROX")), ("circa", Lex::Approx("APPROX")), ("ca", Lex::Approx("APPROX")),
    ("nearly", Lex::Approx("LESS_THAN")), ("almost", Lex::Approx("LESS_THAN")), ("under", Lex::Approx("LESS_THAN")),
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
    ("anfang", Lex::PartNoun("START")), ("mitte", Lex::PartNoun("MID")), ("ende", Lex::PartNoun("END")),
    ("heute", Lex::Day(0, None)), ("gestern", Lex::Day(-1, None)), ("morgen", Lex::Day(1, None)),
    ("jetzt", Lex::Ref("PRESENT_REF")), ("derzeit", Lex::Ref("PRESENT_REF")), ("kürzlich", Lex::Ref("PAST_REF")),
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
    ("завтра", Lex::Day(1, None)), ("зараз", Lex::Ref("PRESENT_REF")), ("нещодавно", Lex::Ref("PAST_REF")),
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
    ("початку", Lex::PartNoun("START")), ("середині", Lex::PartNoun("MID")), ("кінці", Lex::PartNoun("END")),
];

/// The lexicon sorted by (length, word, language), with an index from (length, first byte) to the
/// run of entries that share them: a lookup is a binary search over a handful of entries.
struct Table {
    entries: Vec<Entry>,
    index: Vec<(u16, u16)>,
    /// The ASCII words of up to 16 bytes packed big-endian into a `u128` (zero-padded, so numeric
    /// order is word order), sorted: the common case is a binary search over integers.
    packed: Vec<(u128, Lex, Langs)>,
    /// A one-hash Bloom filter over `packed`: most words of running text are not temporal and leave
    /// after one multiplication and one bit test.
    bloom: Vec<u64>,
    /// For each first byte, the run of `packed` entries that start with it.
    packed_index: Vec<(u16, u16)>,
}

const BLOOM_BITS: u32 = 14;

#[inline]
fn bloom_slot(key: u128) -> usize {
    let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BLOOM_BITS)) as usize
}

fn pack(word: &[u8]) -> u128 {
    let mut k = [0u8; 16];
    k[..word.len()].copy_from_slice(word);
    u128::from_be_bytes(k)
}

/// Longest word in the lexicon, in bytes of its lower-case form (Cyrillic letters take two).
const MAX_WORD: usize = 40;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut entries: Vec<Entry> = Vec::new();
        for (langs, t) in [(EN, ENGLISH), (DE, GERMAN), (UK, UKRAINIAN)] {
            for &(w, lex) in t {
                if w.len() < MAX_WORD && !w.is_empty() {
                    entries.push((w, lex, langs));
                }
            }
        }
        crate::text::sort::sort_by(&mut entries, |a, b| (a.0.len(), a.0, a.2) < (b.0.len(), b.0, b.2));
        entries.dedup_by(|b, a| a.0 == b.0 && a.2 == b.2);
        let mut index = vec![(0u16, 0u16); MAX_WORD * 256];
        let mut k = 0;
        while k < entries.len() {
            let key = entries[k].0.len() * 256 + usize::from(entries[k].0.as_bytes()[0]);
            let run = entries[k..].iter().take_while(|e| e.0.len() * 256 + usize::from(e.0.as_bytes()[0]) == key).count();
            index[key] = (k as u16, (k + run) as u16);
            k += run;
        }
        let mut packed: Vec<(u128, Lex, Langs)> =
            entries.iter().filter(|e| e.0.is_ascii() && e.0.len() <= 16).map(|e| (pack(e.0.as_bytes()), e.1, e.2)).collect();
        crate::text::sort::sort_by_key(&mut packed, |a| (a.0, a.2));
        let mut bloom = vec![0u64; (1 << BLOOM_BITS) / 64];
        for e in &packed {
            let slot = bloom_slot(e.0);
            bloom[slot / 64] |= 1 << (slot % 64);
        }
        let mut packed_index = vec![(0u16, 0u16); 256];
        for (k, e) in packed.iter().enumerate() {
            let first = (e.0 >> 120) as usize;
            if packed_index[first].1 == 0 {
                packed_index[first].0 = k as u16;
            }
            packed_index[first].1 = (k + 1) as u16;
        }
        Table { entries, index, packed, bloom, packed_index }
    })
}

/// [`lookup`] for a lower-case ASCII word of at most 16 bytes already packed big-endian into a `u128`
/// (zero-padded), as the tokeniser builds it while it scans the word.
#[inline]
pub fn lookup_packed(key: u128, langs: Langs) -> Option<Lex> {
    let t = table();
    let slot = bloom_slot(key);
    if t.bloom[slot / 64] & (1 << (slot % 64)) == 0 {
        return None;
    }
    let (lo, hi) = t.packed_index[(key >> 120) as usize];
    // Binary search for the first entry not below `key`, written out (the closure-based
    // `partition_point` stays a call in size-optimised builds).
    let (mut lo, mut hi) = (usize::from(lo), usize::from(hi));
    while lo < hi {
        let mid = (lo + hi) / 2;
        if t.packed[mid].0 < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    t.packed[lo..].iter().take_while(|e| e.0 == key).find(|e| e.2 & langs != 0).map(|e| e.1)
}

/// The meaning of `word` in the given languages, if it has one. No allocation: the word is lower-cased
/// into a stack buffer.
#[inline]
pub fn lookup(word: &str, langs: Langs) -> Option<Lex> {
    if word.len() >= MAX_WORD || word.is_empty() {
        return None;
    }
    let t = table();
    if word.len() <= 16 && word.is_ascii() {
        let mut k = [0u8; 16];
        for (d, b) in k.iter_mut().zip(word.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        return lookup_packed(u128::from_be_bytes(k), langs);
    }
    let mut buf = [0u8; MAX_WORD * 2];
    let n = if word.is_ascii() {
        for (k, b) in word.bytes().enumerate() {
            buf[k] = b.to_ascii_lowercase();
        }
        word.len()
    } else {
        let mut n = 0;
        for c in word.chars().map(crate::text::case::lower_char) {
            let len = c.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            c.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
        n
    };
    if n >= MAX_WORD {
        return None;
    }
    let key = &buf[..n];
    let (lo, hi) = t.index[n * 256 + usize::from(key[0])];
    let run = &t.entries[usize::from(lo)..usize::from(hi)];
    let first = run.partition_point(|e| e.0.as_bytes() < key);
    run[first..].iter().take_while(|e| e.0.as_bytes() == key).find(|e| e.2 & langs != 0).map(|e| e.1)
}

/// The language set an article's language code asks for: English is always on (news in other
/// languages quotes English dates too); German and Ukrainian are added by their codes.
pub fn langs_for(language: Option<&str>) -> Langs {
    let code = language.unwrap_or("en");
    let base = code.split(['-', '_']).next().unwrap_or("en");
    match base.to_ascii_lowercase().as_str() {
        "de" => EN | DE,
        "uk" => EN | UK,
        _ => EN,
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
    }

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        let t = &table().entries;
        assert!(t.windows(2).all(|w| (w[0].0.len(), w[0].0, w[0].2) < (w[1].0.len(), w[1].0, w[1].2)));
    }
}
