//! The timeline: events from the sentences that carry a date or time, ordered by the start of each
//! date's interval, and linked to the quotes of their sentence or paragraph.

use crate::article::{Article, BlockKind};
use crate::quotes::Quote;
use crate::text::sentences;
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

/// An event whose sentence has no quote links to at most this many quotes of its paragraph.
const MAX_PARAGRAPH_LINKS: usize = 8;

/// The events of an article in timeline order.
pub fn build(article: &Article, quotes: &[Quote], opts: &TagOptions) -> Vec<Event> {
    let mut tagger = Tagger::new(opts.clone());
    let mut events = Vec::new();
    // The quotes of each paragraph, in order (for linking), and sorted by start (to find a sentence's
    // quotes by binary search: scanning every quote per event was quadratic in a long paragraph).
    let mut by_para: Vec<Vec<usize>> = vec![Vec::new(); article.blocks.len()];
    for (i, q) in quotes.iter().enumerate() {
        if let Some(v) = by_para.get_mut(q.paragraph) {
            v.push(i);
        }
    }
    let by_start: Vec<Vec<usize>> = by_para
        .iter()
        .map(|v| {
            let mut v = v.clone();
            v.sort_by_key(|&i| quotes[i].start);
            v
        })
        .collect();
    for (p, block) in article.blocks.iter().enumerate() {
        if block.kind == BlockKind::Caption {
            continue;
        }
        let timexes = tagger.tag(&block.text);
        if timexes.is_empty() {
            continue;
        }
        let sents = sentences(&block.text);
        for timex in timexes {
            if !matches!(timex.kind, TimexType::Date | TimexType::Time) {
                continue;
            }
            // Sentences are in order and disjoint: a binary search keeps many dates in one block linear.
            let (s, e) = sents
                .get(sents.partition_point(|r| r.end <= timex.start))
                .filter(|r| r.start <= timex.start)
                .map_or((0, block.text.len()), |r| (r.start, r.end));
            // One event per distinct date in a sentence. Events of this sentence are the last ones pushed.
            if events
                .iter()
                .rev()
                .take_while(|ev: &&Event| ev.paragraph == p && ev.start == s)
                .any(|ev| ev.date.value == timex.value && ev.date.modifier == timex.modifier)
            {
                continue;
            }
            let sorted = &by_start[p];
            let from = sorted.partition_point(|&i| quotes[i].end <= s);
            let mut in_sentence: Vec<usize> =
                sorted[from..].iter().copied().take_while(|&i| quotes[i].start < e).filter(|&i| quotes[i].end > s).collect();
            in_sentence.sort_unstable();
            // Without a quote in its sentence, an event links to its paragraph's quotes, but only when
            // there are few: a long paragraph of dated sentences and quotes otherwise gives output
            // quadratic in its length (25,000 of each ran out of memory).
            let linked = if in_sentence.is_empty() && by_para[p].len() <= MAX_PARAGRAPH_LINKS {
                by_para[p].clone()
            } else {
                in_sentence
            };
            events.push(Event { paragraph: p, start: s, end: e, date: timex, quotes: linked });
        }
    }
    // Stable: equal dates keep text order.
    events.sort_by_key(|ev| sort_key(&ev.date.value, ev.date.modifier));
    events
}

/// Orders TIMEX3 values by the start of their interval; unknown years (`XXXX`) sort by month and day
/// among themselves, before known years; a mod moves the point within the interval (`END` of a month
/// sorts after its start and before the next month).
pub fn sort_key(value: &str, modifier: Option<&str>) -> (i64, u32, u32, u8) {
    let mut parts = value.split('-');
    let year = match parts.next() {
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => y.parse::<i64>().unwrap_or(0),
        Some("XXXX") => i64::MIN / 2,
        _ => return (i64::MAX, 0, 0, 0), // PRESENT_REF and other non-calendar values last
    };
    let month = parts.next().and_then(|m| m.parse::<u32>().ok()).unwrap_or(0);
    let day = parts.next().and_then(|d| d.get(..2)).and_then(|d| d.parse::<u32>().ok()).unwrap_or(0);
    let within = match modifier {
        Some("START") => 0,
        Some("MID") => 2,
        Some("END") => 3,
        _ => 1,
    };
    if day == 0 {
        (year, month, 0, within)
    } else {
        (year, month, day, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_of_a_month_sorts_before_the_next_month() {
        assert!(sort_key("XXXX-01", Some("END")) < sort_key("XXXX-02-01", None));
        assert!(sort_key("2026-01", None) < sort_key("2026-01", Some("END")));
        assert!(sort_key("2025-12-31", None) < sort_key("2026-01", Some("START")));
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
}
