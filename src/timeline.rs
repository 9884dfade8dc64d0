//! The timeline: events from the sentences that carry a date or time, ordered by the start of each
//! date's interval, and linked to the quotes of their sentence or paragraph.

use crate::article::{Article, BlockKind};
use crate::prelude::*;
use crate::quotes::Quote;
use crate::text::sentences::sentences_into;
use crate::time::{TagOptions, Tagger, Timex, TimexType};

/// One event. Offsets are byte offsets in the text of block `paragraph`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub paragraph: usize,
    /// The sentence that carries the event.
    pub start: usize,
    pub end: usize,
    /// The date; its offsets are in the block's text too.
    pub date: Timex,
    /// Indices of the quotes linked to this event.
    pub quotes: Vec<usize>,
}

/// An event whose sentence has no quote links to at most this many quotes of its paragraph: a long
/// paragraph of dated sentences and quotes would otherwise give links quadratic in its length.
const MAX_PARAGRAPH_LINKS: usize = 8;

/// An event's text is its sentence, cut to the words within this many bytes either side of the date
/// when the sentence runs further: a "sentence" with no full stop in it (a pasted table of results, a
/// list of years) would otherwise be copied into each of its dates' events, a Story quadratic in its
/// length (2,000 numbered entries in one 102 KB line made 990 events of it: 139 MB of JSON). The reach
/// is twice the longest seen in the evaluation files (524 bytes before a date, 550 after it, in German
/// WikiNews), so a sentence written by a person is shown whole.
const MAX_EVENT_REACH: usize = 1000;

/// A sentence's first events that a new date is compared with; those after them are looked up.
const SHORT_RUN: usize = 16;

/// The events of an article in timeline order. `quotes` are in reading order, as
/// [`crate::quotes::extract`] gives them: within a paragraph their starts ascend with their indices.
pub fn build(article: &Article, quotes: &[Quote], opts: &TagOptions) -> Vec<Event> {
    let mut tagger = Tagger::new(opts.clone());
    let mut events: Vec<Event> = Vec::new();
    // One list of dates and one of sentences, reused from paragraph to paragraph.
    let (mut timexes, mut sents) = (Vec::new(), Vec::new());
    // Quotes come out of the engine in reading order: a paragraph's quotes are a run of indices, in
    // text order, found by binary search (linear in the article overall), and a sentence's quotes
    // come out in index order with no sort.
    debug_assert!(quotes.windows(2).all(|w| (w[0].paragraph, w[0].start) < (w[1].paragraph, w[1].start)), "quotes out of order");
    // The last sentence with a date (paragraph, sentence start, its first event's index) and its dates
    // past the first [`SHORT_RUN`] (value and mod): one event per distinct date in a sentence. A new
    // date is compared with the sentence's first events and looked up among the rest: compared with
    // them all, 64,000 dates in one 880 KB line with no full stop took 1.6 s (quadratic).
    let mut run = (usize::MAX, 0, 0);
    let mut seen = crate::people::NameIndex::default();
    for (p, block) in article.blocks.iter().enumerate() {
        if block.kind == BlockKind::Caption {
            continue;
        }
        tagger.tag_into(&block.text, &mut timexes);
        if timexes.is_empty() {
            continue;
        }
        sentences_into(&block.text, timexes.last().map_or(0, |t| t.start), &mut sents);
        let (lo, hi) = (quotes.partition_point(|q| q.paragraph < p), quotes.partition_point(|q| q.paragraph <= p));
        for mut timex in timexes.drain(..) {
            if !matches!(timex.kind, TimexType::Date | TimexType::Time) || !placeable(&timex.value) {
                continue;
            }
            // Sentences are in order and disjoint: a binary search keeps many dates in one block linear.
            let (s, e) = sents
                .get(sents.partition_point(|r| r.end <= timex.start))
                .filter(|r| r.start <= timex.start)
                .map_or((0, block.text.len()), |r| (r.start, r.end));
            timex.start = label_start(&block.text[s..timex.start]).map_or(timex.start, |k| s + k);
            // One event per distinct date in a sentence.
            if (run.0, run.1) != (p, s) {
                run = (p, s, events.len());
                seen = Default::default();
            }
            // The sentence's first events compared, the rest looked up.
            let mine = &events[run.2..];
            if mine.iter().take(SHORT_RUN).any(|ev| ev.date.value == timex.value && ev.date.modifier == timex.modifier) {
                continue;
            }
            if mine.len() >= SHORT_RUN {
                let k = crate::text::cat(&[timex.value.as_str(), "\u{1}", timex.modifier.unwrap_or("\u{2}")]);
                if seen.get(&k).is_some() {
                    continue;
                }
                seen.insert_new(&k, 0);
            }
            let (s, e) = reach(&block.text, s, e, timex.start, timex.end);
            let from = lo + quotes[lo..hi].partition_point(|q| q.end <= s);
            // The quotes of the sentence, else (a few) of the paragraph, pushed in loops (collecting from
            // `take_while`/`filter` or a range compiled growth code of its own: a size measure).
            let mut linked = Vec::new();
            for i in from..hi {
                if quotes[i].start >= e {
                    break;
                }
                if quotes[i].end > s {
                    linked.push(i);
                }
            }
            if linked.is_empty() && hi - lo <= MAX_PARAGRAPH_LINKS {
                for i in lo..hi {
                    linked.push(i);
                }
            }
            events.push(Event { paragraph: p, start: s, end: e, date: timex, quotes: linked });
        }
    }
    // Stable: equal dates keep text order.
    crate::text::sort::sort_by_key(&mut events, |ev| sort_key(&ev.date.value, ev.date.modifier));
    events
}

/// The part of sentence `s..e` of `text` that an event of the date at `ds..de` shows: all of it, or
/// from the first word that starts within [`MAX_EVENT_REACH`] bytes before the date to the last that
/// ends within as many after it (with no space there, from or to the date itself). Words end at ASCII
/// white space: a table pasted from a spreadsheet keeps its tabs (`parse_article` makes line breaks and
/// no-break spaces plain spaces, not tabs).
fn reach(text: &str, s: usize, e: usize, ds: usize, de: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut a, mut z) = (s, e);
    if ds > s + MAX_EVENT_REACH {
        a = ds - MAX_EVENT_REACH;
        while a < ds && !b[a - 1].is_ascii_whitespace() {
            a += 1;
        }
    }
    if e > de + MAX_EVENT_REACH {
        z = de + MAX_EVENT_REACH;
        while z > de && !b[z].is_ascii_whitespace() {
            z -= 1;
        }
    }
    (a, z)
}

/// Whether a value can stand on a timeline: `PRESENT_REF` and its kin name no point in time, and a
/// time of day with no known month ("through the night" → `XXXX-XX-XXTNI`) places nothing either.
fn placeable(value: &str) -> bool {
    !value.ends_with("_REF") && !value.starts_with("XXXX-XX")
}

/// Prepositions that open a sentence-initial date phrase ("At the end of January, …").
const LEADING: &str = "after at before by during from in on since until";

/// The TimeML extent leaves the preposition out ("the end of January"); a timeline label reads better
/// as the phrase that opens the sentence ("At the end of January"). When only one such preposition
/// comes before the expression in its sentence, the label starts there (returns that offset, 0).
fn label_start(before: &str) -> Option<usize> {
    // The prepositions are letters, so a word that is one of them is all letters.
    let word = before.trim_end();
    // (No preposition of the list is longer than six bytes: most sentences are turned away without
    // walking the list.)
    (word.len() < before.len() && word.len() <= 6 && crate::text::one_of_any_case(word, LEADING)).then_some(0)
}

/// Orders TIMEX3 values by the start of their interval; unknown years (`XXXX`) sort by month and day
/// among themselves, before known years; a mod moves the point within the interval (`END` of a month
/// sorts after its start and before the next month). The key is (year, month and day, place within
/// the interval and minutes), packed so that it orders as those five would one after another (a
/// minute count is below 2^16, a day and a month below 2^32): three compares where there were five,
/// in every sort that uses it (a size measure).
pub fn sort_key(value: &str, modifier: Option<&str>) -> (i64, u64, u32) {
    let within = match modifier {
        Some("START") | Some("BEFORE") => 0,
        Some("MID") => 2,
        Some("END") | Some("AFTER") => 3,
        _ => 1,
    };
    let (date, time) = crate::text::split_once_byte(value, b'T').unwrap_or((value, ""));
    let minutes = time.get(..5).and_then(|t| Some(crate::text::parse_u32(t.get(..2)?)? * 60 + crate::text::parse_u32(t.get(3..5)?)?)).unwrap_or(match time {
        "MO" => 8 * 60,
        "AF" => 14 * 60,
        "EV" => 19 * 60,
        "NI" => 22 * 60,
        _ => 0,
    });
    let mut parts = crate::text::split_byte(date, b'-');
    let head = parts.next().unwrap_or("");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let year: i64 = if let Some(bc) = head.strip_prefix("BC").filter(|b| digits(b)) {
        1 - crate::text::parse_i64(bc).unwrap_or(0)
    } else if head == "XXXX" {
        i64::MIN / 2
    } else if digits(head) {
        let v = crate::text::parse_i64(head).unwrap_or(0);
        match head.len() {
            2 => return (v * 100, 0, within << 16), // century
            3 => return (v * 10, 0, within << 16),  // decade
            _ => v,
        }
    } else {
        return (i64::MAX, 0, 0); // not on the calendar
    };
    let second = parts.next().unwrap_or("");
    let third = parts.next().unwrap_or("");
    let (month, day) = if digits(second) {
        (crate::text::parse_u32(second).unwrap_or(0), third.get(..2).filter(|d| digits(d)).and_then(|d| crate::text::parse_u32(d)).unwrap_or(0))
    } else if let Some(w) = second.strip_prefix('W').filter(|w| digits(w)) {
        // ISO week: its Monday's month and day, near enough for ordering.
        let w = crate::text::parse_u32(w).unwrap_or(1).max(1);
        let doy = (w - 1) * 7 + 1;
        let month = (doy / 31 + 1).min(12);
        (month, doy - (month - 1) * 30 + 1)
    } else if let Some(q) = second.strip_prefix('Q').filter(|q| digits(q)) {
        ((crate::text::parse_u32(q).unwrap_or(1).clamp(1, 4) - 1) * 3 + 1, 0)
    } else if let Some(h) = second.strip_prefix('H').filter(|h| digits(h)) {
        ((crate::text::parse_u32(h).unwrap_or(1).clamp(1, 2) - 1) * 6 + 1, 0)
    } else {
        match second {
            "SP" => (3, 20),
            "SU" => (6, 21),
            "FA" => (9, 22),
            "WI" => (12, 21),
            _ => (0, 0),
        }
    };
    let within = if day == 0 { within } else { 1 };
    (year, u64::from(month) << 32 | u64::from(day), within << 16 | minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_of_day_without_a_date_is_not_an_event() {
        let a = crate::parse_article("Title\nCrews worked through the night. The bridge reopened on May 4.").unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        let values: Vec<&str> = ev.iter().map(|e| e.date.value.as_str()).collect();
        assert_eq!(values, vec!["XXXX-05-04"]);
        assert!(placeable("XXXX-05-04T09:00") && !placeable("XXXX-XX-XXTNI") && !placeable("PAST_REF"));
    }

    #[test]
    fn end_of_a_month_sorts_before_the_next_month() {
        assert!(sort_key("XXXX-01", Some("END")) < sort_key("XXXX-02-01", None));
        assert!(sort_key("2026-01", None) < sort_key("2026-01", Some("END")));
        assert!(sort_key("2025-12-31", None) < sort_key("2026-01", Some("START")));
        assert!(sort_key("2026-01", Some("END")) < sort_key("2026-02", None));
    }

    #[test]
    fn weeks_quarters_seasons_decades_and_times_have_places() {
        assert!(sort_key("199", None) < sort_key("2014", None));
        assert!(sort_key("BC0480", None) < sort_key("0070", None));
        assert!(sort_key("2026-Q1", None) < sort_key("2026-W06", None));
        assert!(sort_key("2026-W06", None) < sort_key("2026-SU", None));
        assert!(sort_key("2026-02-05TMO", None) < sort_key("2026-02-05T14:00", None));
        assert!(sort_key("2026-02-05", None) < sort_key("PAST_REF", None));
    }

    #[test]
    fn a_sentence_initial_preposition_joins_the_label() {
        assert_eq!(label_start("At "), Some(0));
        assert_eq!(label_start("In "), Some(0));
        assert_eq!(label_start("The talks, held on "), None);
        assert_eq!(label_start(""), None);
        assert_eq!(label_start("At"), None);
        // `label_start` turns away a word longer than the longest of the list without walking it.
        assert!(LEADING.split(' ').all(|w| w.len() <= 6));
    }

    #[test]
    fn events_are_sentences_with_dates_in_timeline_order() {
        let a = crate::parse_article("Title\nThe plant closed on May 9. Workers marched on April 2.\nNothing dated here.").unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        assert_eq!(ev.len(), 2);
        assert_eq!(&a.blocks[1].text[ev[0].start..ev[0].end], "Workers marched on April 2.");
        assert_eq!(ev[0].date.value, "XXXX-04-02");
        assert_eq!(ev[1].date.value, "XXXX-05-09");
    }

    #[test]
    fn a_line_of_many_years_gives_events_of_bounded_text() {
        // A results table pasted as one line: no full stop, a year in every entry.
        let mut line = String::from("Harbour levels by year, lowest first: ");
        for y in 1200..2000 {
            line.push_str(&format!("in {y} the quay stood at mark {} under the old stone, ", y % 7));
        }
        let a = crate::parse_article(&format!("Title\n{line}then it was rebuilt.")).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        assert_eq!(ev.len(), 800);
        let text = &a.blocks[1].text;
        let mut total = 0;
        for e in &ev {
            let shown = &text[e.start..e.end];
            assert!(e.start <= e.date.start && e.date.end <= e.end, "{shown}");
            assert!(shown.len() <= 2 * MAX_EVENT_REACH + e.date.end - e.date.start);
            // Whole words: a cut falls after a space and before one (or at the sentence's ends).
            assert!(e.start == 0 || text.as_bytes()[e.start - 1] == b' ', "{shown}");
            assert!(e.end == text.len() || text.as_bytes()[e.end] == b' ', "{shown}");
            total += shown.len();
        }
        // Linear: each event shows at most twice the reach, not the whole 50 KB line.
        assert!(text.len() > 40_000 && total < ev.len() * (2 * MAX_EVENT_REACH + 10));
        // The years read in order, each with the words around it.
        assert_eq!(ev[0].date.value, "1200");
        assert!(text[ev[0].start..ev[0].end].starts_with("Harbour levels by year"));
        assert!(text[ev[799].start..ev[799].end].ends_with("then it was rebuilt."));
    }

    #[test]
    fn a_long_written_sentence_is_shown_whole() {
        // 900 bytes of clauses before the date and after it: under the reach either side.
        let clause = "the council heard from the ferry crews, ";
        let before = clause.repeat(900 / clause.len());
        let text = format!("Title\nAfter {before}the harbour reopened on May 4, and {before}nobody complained.");
        let a = crate::parse_article(&text).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        assert_eq!(ev.len(), 1);
        assert_eq!((ev[0].start, ev[0].end), (0, a.blocks[1].text.len()));
    }

    #[test]
    fn a_cut_without_spaces_falls_on_the_date() {
        // Long runs with no space, in two- and three-byte characters, either side of the date.
        let a = crate::parse_article(&format!("Title\n{} 2019 {}", "ß".repeat(1_500), "€".repeat(1_500))).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        let text = &a.blocks[1].text;
        assert_eq!(ev.len(), 1);
        assert_eq!(&text[ev[0].start..ev[0].end], "2019");
        assert_eq!((ev[0].start, ev[0].end), (ev[0].date.start, ev[0].date.end));
        // One space more and the cut takes the word after it: whole characters either way.
        let a = crate::parse_article(&format!("Title\n{} ß{} 2019 {}", "ß".repeat(1_000), "€".repeat(300), "€".repeat(1_500))).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        let text = &a.blocks[1].text;
        assert_eq!(&text[ev[0].start..ev[0].end], format!("ß{} 2019", "€".repeat(300)));
    }

    #[test]
    fn an_event_cut_from_a_long_sentence_links_the_quotes_it_shows() {
        // Quotes far from the date in the same sentence are not the event's; the one beside it is.
        let far = "and the boats kept coming in from the north ".repeat(40);
        let text = format!(
            "Title\nThe keeper said \u{201c}the light is out\u{201d} {far}then \u{201c}we fix it on May 4\u{201d} {far}and \u{201c}it will hold\u{201d} she said."
        );
        let a = crate::parse_article(&text).unwrap();
        let story = crate::extract(&a, &crate::story::Options::default());
        let quotes: Vec<&str> = story.quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(quotes, ["the light is out", "we fix it on May 4", "it will hold"]);
        assert_eq!(story.events.len(), 1);
        assert!(story.events[0].text.len() < 2 * MAX_EVENT_REACH + 10);
        assert_eq!(story.events[0].quote_ids, [story.quotes[1].id.clone()]);
    }

    /// `reach` on `text` as one sentence, for the first `d` in it.
    fn cut<'a>(text: &'a str, d: &str) -> &'a str {
        let ds = text.find(d).unwrap();
        let (a, z) = reach(text, 0, text.len(), ds, ds + d.len());
        &text[a..z]
    }

    #[test]
    fn the_reach_is_exact_at_its_bounds() {
        let m = MAX_EVENT_REACH;
        // Exactly the reach before the date and after it: nothing is cut.
        let before = format!("{} {} ", "w".repeat(10), "v".repeat(m - 12));
        let after = format!(" {} {}", "u".repeat(m - 12), "t".repeat(10));
        assert_eq!((before.len(), after.len()), (m, m));
        let whole = format!("{before}1871{after}");
        assert_eq!(cut(&whole, "1871"), whole);
        // One byte more either side: the first and the last word go, the cut falls on a word.
        let more = format!("x{before}1871{after}y");
        assert_eq!(cut(&more, "1871"), format!("{}1871{}", &before[11..], &after[..m - 11]));
        // A word that starts exactly the reach before the date, or ends exactly the reach after it, stays.
        let edge = format!("{} {before}1871{after} {}", "s".repeat(50), "r".repeat(50));
        assert_eq!(cut(&edge, "1871"), whole);
        // The reach counts from the sentence's own start, not the block's.
        let text = format!("Short one. {whole}");
        let ds = text.find("1871").unwrap();
        assert_eq!(reach(&text, 11, text.len(), ds, ds + 4), (11, text.len()));
    }

    #[test]
    fn a_date_at_either_end_of_a_long_sentence_keeps_its_side() {
        let words = "the quay stood at mark three ".repeat(100);
        let first = format!("1871 {words}");
        let shown = cut(&first, "1871");
        assert!(shown.starts_with("1871 the quay") && shown.len() <= MAX_EVENT_REACH + 4, "{shown}");
        assert!(first.as_bytes()[shown.len()] == b' ');
        let last = format!("{}1871", words.trim_start());
        let shown = cut(&last, "1871");
        assert!(shown.ends_with("three 1871") && shown.len() <= MAX_EVENT_REACH + 4, "{shown}");
        assert_eq!(last.as_bytes()[last.len() - shown.len() - 1], b' ');
        // A date whose text runs past its sentence's end ("Jan." read as a stop): the event ends with
        // the sentence, and nothing panics.
        let text = format!("{words}on Jan. 5 it rose.");
        let ds = text.find("Jan").unwrap();
        let e = ds + 4;
        let (a, z) = reach(&text, 0, e, ds, ds + 9);
        assert_eq!(z, e);
        assert!(a > 0 && a < ds && text.as_bytes()[a - 1] == b' ');
        // A cut longer than the sentence before the date never starts before the sentence.
        assert_eq!(reach(&text, ds - 3, e, ds, ds + 9), (ds - 3, e));
    }

    #[test]
    fn a_table_with_tabs_is_cut_at_its_cells() {
        // A spreadsheet row pasted as one line: tabs, not spaces, between the cells.
        let mut line = String::from("Levels");
        for y in 1200..1500 {
            line.push_str(&format!("\tin\t{y}\tthe\tquay\tmark\t{}", y % 7));
        }
        let a = crate::parse_article(&format!("Title\n{line}")).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        assert_eq!(ev.len(), 300);
        let text = &a.blocks[1].text;
        for e in &ev {
            let shown = &text[e.start..e.end];
            // More than the date alone, and whole cells.
            assert!(shown.len() > 1_000 && shown.len() <= 2 * MAX_EVENT_REACH + 4, "{}", shown.len());
            assert!(e.start == 0 || text.as_bytes()[e.start - 1] == b'\t');
            assert!(e.end == text.len() || text.as_bytes()[e.end] == b'\t');
        }
    }

    #[test]
    fn one_event_per_date_per_sentence_not_per_paragraph() {
        let a = crate::parse_article("Title\nOn May 4 the quay flooded, and on May 4 the gate shut. By May 4 the boats were gone.").unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        // The repeat within the first sentence is dropped; the second sentence keeps its own.
        assert_eq!(ev.len(), 2);
        assert_eq!((ev[0].date.value.as_str(), ev[1].date.value.as_str()), ("XXXX-05-04", "XXXX-05-04"));
        assert!(ev[0].end < ev[1].start);
    }

    #[test]
    fn a_long_run_of_dates_keeps_one_event_per_date_and_mod() {
        // One sentence (no full stop) of 40 years, then each again, then early and late in some of
        // them: the dates are looked up, with the same result as comparing them.
        let mut line = String::from("Levels by year");
        for y in 1200..1240 {
            line.push_str(&format!(", in {y} the quay stood high"));
        }
        for y in (1200..1240).rev() {
            line.push_str(&format!(", and in {y} again"));
        }
        for y in 1230..1235 {
            line.push_str(&format!(", in early {y} and in late {y} and in early {y}"));
        }
        let a = crate::parse_article(&format!("Title\n{line}, then it fell. {line}, and so on. In 1200 it rose.")).unwrap();
        let ev = build(&a, &[], &TagOptions::default());
        let mut pairs: Vec<(&str, Option<&str>)> = ev.iter().map(|e| (e.date.value.as_str(), e.date.modifier)).collect();
        // Per long sentence 40 years, 5 of them early and late too; and 1200 once more at the end.
        assert_eq!(ev.len(), 2 * (40 + 10) + 1);
        assert_eq!(pairs.iter().filter(|p| p.1.is_some()).count(), 20);
        assert_eq!(ev.iter().filter(|e| e.date.value == "1200").count(), 3);
        let n = pairs.len();
        pairs.sort();
        pairs.dedup();
        assert_eq!(pairs.len(), n - 51);
        // Each event is the first time its date and mod come in its sentence.
        let first = |d: &str| a.blocks[1].text.find(d).unwrap();
        assert_eq!(ev.iter().find(|e| e.date.value == "1239").unwrap().date.start, first("1239"));
        let early = ev.iter().find(|e| e.date.value == "1232" && e.date.modifier == Some("START")).unwrap();
        assert_eq!(early.date.start, first("early 1232"));
    }
}
