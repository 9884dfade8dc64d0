//! Recognition and normalisation, one rule per test, each with its own sentence. The sentences are
//! written for these tests.
#![cfg(not(target_arch = "wasm32"))] // native core tests; the browser suite is tests/web.rs

use quoteline::time::{tag, Anchoring, Date, TagOptions, TimexType};

/// (text, type, value, mod) of every expression.
fn found(text: &str, dct: Option<&str>) -> Vec<(String, TimexType, String, Option<&'static str>)> {
    let opts = TagOptions { dct: dct.and_then(Date::parse_iso), ..TagOptions::default() };
    tag(text, &opts).into_iter().map(|t| (text[t.start..t.end].to_string(), t.kind, t.value, t.modifier)).collect()
}

/// Asserts the (text, value) pairs, in order.
fn check(text: &str, dct: Option<&str>, want: &[(&str, &str)]) {
    let got: Vec<(String, String)> = found(text, dct).into_iter().map(|(t, _, v, _)| (t, v)).collect();
    let want: Vec<(String, String)> = want.iter().map(|(t, v)| (t.to_string(), v.to_string())).collect();
    assert_eq!(got, want, "in {text:?}");
}

fn one(text: &str, dct: Option<&str>) -> (String, TimexType, String, Option<&'static str>) {
    let f = found(text, dct);
    assert_eq!(f.len(), 1, "one expression expected in {text:?}, got {f:?}");
    f.into_iter().next().unwrap()
}

const DCT: Option<&str> = Some("2026-02-06"); // a Friday

#[test]
fn month_day_and_day_month() {
    check("The ferry sank on April 14.", None, &[("April 14", "XXXX-04-14")]);
    check("Voting ends 14 April 2027 at noon.", None, &[("14 April 2027", "2027-04-14"), ("noon", "2027-04-14T12:00")]);
    check("The fair opened on the 3rd of June, 2025.", None, &[("the 3rd of June, 2025", "2025-06-03")]);
    check("The bill passed on Sept. 30, 2025, after a long night.", None, &[("Sept. 30, 2025", "2025-09-30")]);
    check("The strike began on July 4th.", None, &[("July 4th", "XXXX-07-04")]);
}

#[test]
fn iso_and_numeric_dates_follow_the_language() {
    check("Filed 2025-11-03 by the clerk.", None, &[("2025-11-03", "2025-11-03")]);
    check("Stand 03.11.2025 laut Behörde.", None, &[("03.11.2025", "2025-11-03")]);
    check("Posted 11/3/2025 on the board.", None, &[("11/3/2025", "2025-11-03")]);
    let de = TagOptions { language: Some("de".into()), ..TagOptions::default() };
    let t = tag("Veröffentlicht am 11/3/2025.", &de);
    assert_eq!(t[0].value, "2025-03-11");
    // Only one reading is valid: the day is 25.
    check("Posted 25/3/2025 on the board.", None, &[("25/3/2025", "2025-03-25")]);
    check("The server 10.1.2.3 went down.", None, &[]);
}

#[test]
fn months_with_years_and_alone() {
    check("Prices peaked in January 2026 and fell in March.", None, &[("January 2026", "2026-01"), ("March", "XXXX-03")]);
    check("The firm was founded in October of 1998.", None, &[("October of 1998", "1998-10")]);
}

#[test]
fn years_in_phrases() {
    check("Turnout in 2014 was low, as in the 2019 election.", None, &[("2014", "2014"), ("2019", "2019")]);
    check("The dam, finished in fiscal 2023, leaks.", None, &[("fiscal 2023", "2023")]);
}

#[test]
fn parts_of_periods() {
    assert_eq!(one("The plant shut at the end of March.", None).3, Some("END"));
    check("Sales slowed in early February.", None, &[("early February", "XXXX-02")]);
    assert_eq!(one("Growth returned by mid-2025.", None), ("mid-2025".into(), TimexType::Date, "2025".into(), Some("MID")));
    assert_eq!(one("Shares recovered late last year.", DCT), ("late last year".into(), TimexType::Date, "2025".into(), Some("END")));
    assert_eq!(one("Fees rise at the beginning of the year.", DCT), ("the beginning of the year".into(), TimexType::Date, "2026".into(), Some("START")));
    assert_eq!(one("The band formed in the late 1970s.", None), ("the late 1970s".into(), TimexType::Date, "197".into(), Some("END")));
}

#[test]
fn seasons_quarters_and_halves() {
    check("The harvest of autumn 2024 was poor.", None, &[("autumn 2024", "2024-FA")]);
    check("Output grew in the third quarter.", DCT, &[("the third quarter", "2025-Q3")]);
    check("Revenue in Q3 2025 beat forecasts.", None, &[("Q3 2025", "2025-Q3")]);
    check("Exports fell in the first half of 2025.", None, &[("the first half of 2025", "2025-H1")]);
    check("Third-quarter earnings rose.", None, &[("Third-quarter", "XXXX-Q3")]);
    check("The summer of 2023 was dry.", None, &[("The summer of 2023", "2023-SU")]);
}

#[test]
fn decades_and_centuries() {
    check("Rents doubled in the 1990s.", None, &[("the 1990s", "199")]);
    check("The bridge dates from the 19th century.", None, &[("the 19th century", "18")]);
    check("The town grew in the nineteenth century.", None, &[("the nineteenth century", "18")]);
}

#[test]
fn weekdays_by_tense() {
    check("The minister resigned on Monday.", DCT, &[("Monday", "2026-02-02")]);
    check("The minister will resign on Monday.", DCT, &[("Monday", "2026-02-09")]);
    check("Police made the arrest last Friday.", DCT, &[("last Friday", "2026-01-30")]);
    check("They vote next Tuesday.", DCT, &[("next Tuesday", "2026-02-10")]);
    check("The court sat on Monday.", None, &[("Monday", "XXXX-WXX-1")]);
}

#[test]
fn deictic_words_anchor_to_the_dct() {
    check("The report came out today.", DCT, &[("today", "2026-02-06")]);
    check("Talks collapsed yesterday.", DCT, &[("yesterday", "2026-02-05")]);
    check("The vote is tomorrow.", DCT, &[("tomorrow", "2026-02-07")]);
    check("Rates are high now.", DCT, &[("now", "PRESENT_REF")]);
    check("The firm recently moved.", DCT, &[("recently", "PAST_REF")]);
    check("Markets calmed this week.", DCT, &[("this week", "2026-W06")]);
    check("The plan starts next month.", DCT, &[("next month", "2026-03")]);
    check("Profits fell last year.", DCT, &[("last year", "2025")]);
    check("The mill closed two years ago.", DCT, &[("two years ago", "2024")]);
    check("He moved here three days ago.", DCT, &[("three days ago", "2026-02-03")]);
}

#[test]
fn deictic_words_without_a_dct_stay_relative() {
    check("Talks collapsed yesterday.", None, &[("yesterday", "PAST_REF")]);
    check("The plan starts next month.", None, &[("next month", "FUTURE_REF")]);
    check("The report came out today.", None, &[("today", "PRESENT_REF")]);
}

#[test]
fn anaphoric_expressions_anchor_to_the_last_date() {
    check(
        "The ship left on 3 May 2025. Two days later it sank.",
        None,
        &[("3 May 2025", "2025-05-03"), ("Two days later", "2025-05-05")],
    );
    check("Crowds gathered on June 9, 2024. The following day they left.", None, &[("June 9, 2024", "2024-06-09"), ("The following day", "2024-06-10")]);
    check("The law passed on 10 March 2020. A week earlier, protests began.", None, &[("10 March 2020", "2020-03-10"), ("A week earlier", "2020-W10")]);
    check("The war ended in 1945. That year, rationing continued.", None, &[("1945", "1945"), ("That year", "1945")]);
}

#[test]
fn times_of_day() {
    assert_eq!(one("The polls close at 10 p.m. on the coast.", DCT), ("10 p.m.".into(), TimexType::Time, "2026-02-06T22:00".into(), None));
    check("Doors open at 9:30 am sharp.", DCT, &[("9:30 am", "2026-02-06T09:30")]);
    check("The blast came at 14:05 GMT.", DCT, &[("14:05 GMT", "2026-02-06T14:05")]);
    check("Fighting resumed Monday night.", DCT, &[("Monday night", "2026-02-02TNI")]);
    check("She spoke this morning.", DCT, &[("this morning", "2026-02-06TMO")]);
}

/// Quantities are whole numbers or halves: a half doubled (a fortnight in weeks), and a half rounded
/// away from zero where a date needs whole units ("from now") or falls back to a reference ("ago").
#[test]
fn half_quantities() {
    check("The truce held for half a fortnight.", None, &[("half a fortnight", "P1W")]);
    check("He left two and a half years ago.", DCT, &[("two and a half years ago", "PAST_REF")]);
    check("It ends two and a half years from now.", DCT, &[("two and a half years from now", "2029")]);
    check("The vote took three and a half hours.", None, &[("three and a half hours", "PT3.5H")]);
}

/// A half of a year starts in January or July: "the second half" in the past tense is the last
/// July-to-December before the DCT, "the first half" the one that has begun.
#[test]
fn halves_start_in_january_and_july() {
    check("Sales fell in the second half.", Some("2026-05-06"), &[("the second half", "2025-H2")]);
    check("Sales fell in the first half.", Some("2026-05-06"), &[("the first half", "2026-H1")]);
    check("Sales fell in the second quarter.", Some("2026-05-06"), &[("the second quarter", "2026-Q2")]);
    check("Sales fell in the third quarter.", Some("2026-05-06"), &[("the third quarter", "2025-Q3")]);
}

/// With no tense, a date without a year is the nearest such date; when last year's and this year's
/// are equally near (183 days either side of 2024-02-04), this year's.
#[test]
fn the_nearest_date_prefers_this_year_on_a_tie() {
    check("Harvest fair: August 5.", Some("2024-02-04"), &[("August 5", "2024-08-05")]);
    check("Harvest fair: February 3.", Some("2024-08-04"), &[("February 3", "2024-02-03")]);
    check("Harvest fair: August 6.", Some("2024-02-04"), &[("August 6", "2023-08-06")]);
}

/// A number written with a thousands comma or a decimal point is no count of units read from its
/// last group: "1,000,000 days" is not "000 days" (zero: today), "2.5 days" not "5 days" ("days
/// ago" alone is some time past, as with any plural unit).
#[test]
fn the_last_group_of_a_long_number_is_no_count() {
    check("The vault stays shut for 1,000,000 days.", DCT, &[]);
    check("The first seal was set 1,000,000 days ago.", DCT, &[("days ago", "PAST_REF")]);
    check("The repair took 2.5 days.", DCT, &[]);
    check("The leak began 2.5 days ago.", DCT, &[("days ago", "PAST_REF")]);
    // A count on its own still reads, and so does a date written with points.
    check("The leak began 5 days ago.", DCT, &[("5 days ago", "2026-02-01")]);
    check("Stand 03.11.2025 laut Behörde.", None, &[("03.11.2025", "2025-11-03")]);
}

#[test]
fn durations() {
    assert_eq!(one("He served for three years.", None), ("three years".into(), TimexType::Duration, "P3Y".into(), None));
    assert_eq!(one("A 10-day truce held.", None), ("10-day".into(), TimexType::Duration, "P10D".into(), None));
    check("The trial lasted two and a half months.", None, &[("two and a half months", "P2.5M")]);
    check("Repairs take several weeks.", None, &[("several weeks", "PXW")]);
    check("Prices rose over the past year.", DCT, &[("the past year", "P1Y")]);
    check("Sales grew in the first nine months.", None, &[("the first nine months", "P9M")]);
    assert_eq!(one("The queue lasted about an hour.", None), ("about an hour".into(), TimexType::Duration, "PT1H".into(), Some("APPROX")));
    assert_eq!(one("It took more than a decade.", None).3, Some("MORE_THAN"));
}

#[test]
fn sets() {
    assert_eq!(one("The board meets every Monday.", None), ("every Monday".into(), TimexType::Set, "XXXX-WXX-1".into(), None));
    assert_eq!(one("The paper is printed weekly.", None), ("weekly".into(), TimexType::Set, "P1W".into(), None));
    check("The fee is paid each year.", None, &[("each year", "P1Y")]);
    check("Buses run twice a day.", None, &[("twice a day", "P1D")]);
}

#[test]
fn german_forms() {
    let de = TagOptions { language: Some("de".into()), dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
    let got: Vec<(String, String)> = {
        let text = "Die Wahl fand am 5. Februar 2026 statt, im Januar gab es Streit, Ende März folgt die Abstimmung.";
        tag(text, &de).into_iter().map(|t| (text[t.start..t.end].to_string(), t.value)).collect()
    };
    assert_eq!(got, vec![("5. Februar 2026".into(), "2026-02-05".into()), ("Januar".into(), "2026-01".into()), ("Ende März".into(), "2026-03".into())]);
}

#[test]
fn ukrainian_forms() {
    let uk = TagOptions { language: Some("uk".into()), ..TagOptions::default() };
    let text = "Переговори відбулися 5 лютого 2026 року в Абу-Дабі.";
    let t = tag(text, &uk);
    assert_eq!(t.len(), 1);
    assert_eq!(&text[t[0].start..t[0].end], "5 лютого 2026 року");
    assert_eq!(t[0].value, "2026-02-05");
}

#[test]
fn words_and_numbers_that_are_not_dates() {
    for text in [
        "Revenue hit 100M last quarter, not $2014 as claimed.",
        "The home side won 3-2 after extra time.",
        "Call 555-2014 or +1 202 555 0123 for tickets.",
        "Officials may march to the sun deck.",
        "The Sunday Times first reported the leak.",
        "He went to the office.",
        "The plant employs 2000 workers and 1500 engineers.",
        "Turnout rose 2014 percent, a typo.",
    ] {
        let f = found(text, None);
        let bad: Vec<_> = f.iter().filter(|(t, ..)| !t.contains("quarter")).collect();
        assert!(bad.is_empty(), "{text:?} gave {bad:?}");
    }
}

#[test]
fn ranges_tag_both_ends() {
    check("Talks ran on May 4 and 5.", None, &[("May 4", "XXXX-05-04"), ("5", "XXXX-05-05")]);
    check("The siege (1915-16) failed.", None, &[("1915", "1915"), ("16", "1916")]);
    check("Battles raged on 6-7 January 1916.", None, &[("6", "1916-01-06"), ("7 January 1916", "1916-01-07")]);
}

#[test]
fn narrative_mode_anchors_to_the_story() {
    let opts = TagOptions { dct: Date::parse_iso("2009-12-19"), anchor: Anchoring::Narrative, ..TagOptions::default() };
    let text = "The army crossed the river on 2 June 1812. In July it reached the city; the next day it burned. Today the bridge is a museum.";
    let got: Vec<(String, String)> = tag(text, &opts).into_iter().map(|t| (text[t.start..t.end].to_string(), t.value)).collect();
    assert_eq!(
        got,
        vec![
            ("2 June 1812".into(), "1812-06-02".into()),
            ("July".into(), "1812-07".into()),
            ("the next day".into(), "1812-07".into()),
            ("Today".into(), "PRESENT_REF".into()),
        ]
    );
}

#[test]
fn bc_years() {
    check("The battle was fought in 480 BC, and the city fell in 479.", None, &[("480 BC", "BC0480"), ("479", "BC0479")]);
}

#[test]
fn vague_plural_units_with_a_direction() {
    check("The dispute began years ago.", DCT, &[("years ago", "PAST_REF")]);
    check("Hours later, the lights came back.", DCT, &[("Hours later", "FUTURE_REF")]);
}

#[test]
fn anaphoric_parts_of_days() {
    check("The raid came on 12 May 2021. The previous night, sirens sounded.", None, &[("12 May 2021", "2021-05-12"), ("The previous night", "2021-05-11TNI")]);
}

#[test]
fn the_year_after_a_preposition_is_the_current_one() {
    check("Earnings for the year rose 4%.", DCT, &[("the year", "2026")]);
    check("She was named player of the year.", DCT, &[]);
}

#[test]
fn weeks_of_a_month() {
    assert_eq!(one("Tourists arrive in the first week of July.", None), ("the first week of July".into(), TimexType::Date, "XXXX-07".into(), Some("START")));
    assert_eq!(one("Repairs end in the last week of August.", None).3, Some("END"));
}

#[test]
fn ranges_lend_their_year_or_era() {
    check("Floods hit in August-September 1950.", None, &[("August", "1950-08"), ("September 1950", "1950-09")]);
    check("The wars lasted from 264 to 241 BC.", None, &[("264", "BC0264"), ("241 BC", "BC0241")]);
}

#[test]
fn present_and_fiscal_phrases() {
    check("At present, the mine is closed.", DCT, &[("present", "PRESENT_REF")]);
    check("Costs rose this past weekend.", DCT, &[("this past weekend", "2026-W05-WE")]);
    check("The current fiscal year ends soon.", DCT, &[("The current fiscal year", "2026")]);
    check("The club posted its 2007-08 budget.", None, &[("2007", "2007"), ("08", "2008")]);
}

#[test]
fn the_clause_decides_the_tense() {
    // Left in the clause first, then right in the sentence.
    check("The council met on Tuesday night and will meet again on Thursday.", DCT, &[("Tuesday night", "2026-02-03TNI"), ("Thursday", "2026-02-12")]);
    check("On March 3, the board will vote.", DCT, &[("March 3", "2026-03-03")]);
    check("On March 3, the board voted.", DCT, &[("March 3", "2025-03-03")]);
    // "scheduled for" without an auxiliary leaves it to the main verb.
    check("The next meeting, scheduled for February 1, was postponed.", DCT, &[("February 1", "2026-02-01")]);
    check("The vote is scheduled for February 1.", DCT, &[("February 1", "2027-02-01")]);
    check("The deal has run since March.", DCT, &[("March", "2025-03")]);
    check("Rebels have until Saturday to leave.", DCT, &[("Saturday", "2026-02-07")]);
}

#[test]
fn ranges_of_quantities() {
    check("The trial could last six to eight weeks.", None, &[("six to eight weeks", "P8W")]);
    check("Prices rose over the past 12 months.", DCT, &[("the past 12 months", "P12M")]);
}

#[test]
fn german_relative_forms() {
    let de = TagOptions { language: Some("de".into()), dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
    let text = "Am Montag Gespräche in Berlin. Vor zwei Jahren gab es Streit, letzte Woche die Einigung.";
    let got: Vec<(String, String)> = tag(text, &de).into_iter().map(|t| (text[t.start..t.end].to_string(), t.value)).collect();
    assert_eq!(
        got,
        vec![("Montag".into(), "2026-02-02".into()), ("Vor zwei Jahren".into(), "2024".into()), ("letzte Woche".into(), "2026-W05".into())]
    );
}

#[test]
fn ukrainian_relative_forms() {
    let uk = TagOptions { language: Some("uk".into()), dct: Date::parse_iso("2026-02-06"), ..TagOptions::default() };
    let text = "Минулого тижня делегації зустрілися. Два роки тому у березні почалися переговори.";
    let got: Vec<(String, String)> = tag(text, &uk).into_iter().map(|t| (text[t.start..t.end].to_string(), t.value)).collect();
    assert_eq!(got, vec![("Минулого тижня".into(), "2026-W05".into()), ("Два роки тому".into(), "2024".into()), ("березні".into(), "2025-03".into())]);
}

#[test]
fn a_passive_takes_the_tense_of_its_auxiliary() {
    check("The final will be played on May 17.", DCT, &[("May 17", "2026-05-17")]);
    check("The final was played on May 17.", DCT, &[("May 17", "2025-05-17")]);
}

#[test]
fn financial_and_wire_forms() {
    assert_eq!(one("Debt will peak at end-2027.", None), ("end-2027".into(), TimexType::Date, "2027".into(), Some("END")));
    check("Trading resumed at 0800 GMT.", DCT, &[("0800 GMT", "2026-02-06T08:00")]);
    check("The Arab Spring began in Tunisia.", None, &[]);
}

#[test]
fn numbers_in_names_and_measures_are_not_years() {
    check("She won the 1500-metre race.", None, &[]);
    check("Section 2014(b) was repealed.", None, &[]);
    check("The Summer Palace reopened.", None, &[]);
    check("The 2014-15 season was long.", None, &[("2014", "2014"), ("15", "2015")]);
}

#[test]
fn a_count_noun_after_a_number_makes_it_a_count() {
    // Every word of the count-noun list is found (the list is binary-searched, so it must stay sorted).
    check("Floods cut power to 1980 households on the coast.", None, &[]);
    check("The fund paid 1200 hryvnias to each family.", None, &[]);
    check("Shelling left 1917 killed and more missing.", None, &[]);
    check("The convoy drove 1500 km to the border.", None, &[]);
    check("The road runs 1850 kilometres north.", None, &[]);
    check("By 1990 the mill had closed.", None, &[("1990", "1990")]);
}

#[test]
fn a_clock_time_takes_the_weekday_after_it() {
    check("Trading halted at 10:30 a.m. Wednesday.", DCT, &[("10:30 a.m. Wednesday", "2026-02-04T10:30")]);
    check("Polls open at 7 a.m. on Monday.", DCT, &[("7 a.m.", "2026-02-06T07:00"), ("Monday", "2026-02-02")]);
}

#[test]
fn a_bare_ordinal_day_takes_the_reference_month() {
    check("The siege began on 3 May 1915 and ended on the 20th.", None, &[("3 May 1915", "1915-05-03"), ("the 20th", "1915-05-20")]);
    check("The 20th Army advanced.", None, &[]);
}

#[test]
fn modals_and_schedules() {
    let dct = Some("2013-03-12"); // a Tuesday
    // "would", "could": the nearest such date.
    check("Analysts had forecast the gap would widen in January.", dct, &[("January", "2013-01")]);
    check("Talks could stretch into the summer.", dct, &[("the summer", "2013-SU")]);
    // Present-tense schedule verbs look ahead.
    check("The fiscal year begins Oct. 1.", dct, &[("Oct. 1", "2013-10-01")]);
    check("The retailer reports results on Wednesday.", dct, &[("Wednesday", "2013-03-13")]);
}
