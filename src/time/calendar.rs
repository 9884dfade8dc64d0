//! Calendar dates: parsing, validation and arithmetic, without a date crate.

use core::fmt;
use crate::prelude::*;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (matches!(month, 1..=12) && day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Reads `YYYY-MM-DD` (exactly that form), or an RFC 3339 date-time of which it keeps the date.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || (b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ')) {
            return None;
        }
        // Digits only (a byte of a longer character is not a digit), folded by hand: no integer parser.
        let num = |r: core::ops::Range<usize>| -> Option<u32> {
            let mut v = 0u32;
            for &c in b.get(r)? {
                if !c.is_ascii_digit() {
                    return None;
                }
                v = v * 10 + u32::from(c - b'0');
            }
            Some(v)
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil-from-days algorithm.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (saturating at the edges of `i32` years).
    pub fn from_days(days: i64) -> Date {
        let z = days.clamp(-100_000_000_000, 100_000_000_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
        Date { year, month, day }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n))
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week-numbering year and week.
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        (thursday.year, ((thursday.to_days() - jan1.to_days()) / 7 + 1) as u8)
    }

    /// The first day of `month` moved by `n` months (the day is set to 1).
    pub fn month_shift(year: i32, month: u8, n: i64) -> (i32, u8) {
        let m = i64::from(year) * 12 + i64::from(month) - 1 + n;
        (m.div_euclid(12).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32, (m.rem_euclid(12) + 1) as u8)
    }
}

impl Date {
    /// `YYYY-MM-DD` (what `Display` writes), without `core::fmt`.
    pub fn iso(&self) -> String {
        let mut s = String::with_capacity(10);
        push_num(&mut s, self.year.into(), 4);
        s.push('-');
        push_num(&mut s, self.month.into(), 2);
        s.push('-');
        push_num(&mut s, self.day.into(), 2);
        s
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Appends `n` in decimal, zero-padded to `width` characters with a minus sign counted among them:
/// what `format!("{n:0width$}")` writes, without `core::fmt` (a size measure).
pub fn push_num(out: &mut String, n: i64, width: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = n.unsigned_abs();
    loop {
        i -= 1;
        // In 32 bits where the value allows: dividing by 10 is then a multiplication in wasm, while
        // a 64-bit division stays a division.
        let (q, r) = match u32::try_from(v) {
            Ok(w) => (u64::from(w / 10), w % 10),
            Err(_) => (v / 10, (v % 10) as u32),
        };
        buf[i] = b'0' + r as u8;
        v = q;
        if v == 0 || i == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    for _ in buf.len() - i + usize::from(n < 0)..width {
        out.push('0');
    }
    for &b in buf.get(i..).unwrap_or(&[]) {
        out.push(char::from(b));
    }
}

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        assert_eq!(Date::parse_iso("2026-02-06"), Some(Date { year: 2026, month: 2, day: 6 }));
        assert_eq!(Date::parse_iso("2024-02-29T10:00:00"), Date::new(2024, 2, 29));
        assert_eq!(Date::parse_iso("2025-02-29"), None);
        assert_eq!(Date::parse_iso("2025-13-01"), None);
        assert_eq!(Date::parse_iso("2025-1-01"), None);
        assert_eq!(Date::parse_iso("+025-01-01"), None);
        assert_eq!(Date::parse_iso("2025-01-01x"), None);
        assert_eq!(Date::new(2026, 2, 5).unwrap().to_string(), "2026-02-05");
        assert_eq!(Date::new(12, 11, 30).unwrap().to_string(), "0012-11-30");
        for n in [0i64, 1, -1, 7, -7, 42, -42, 999, -999, 1000, 2026, -2026, 123_456, 4_294_967_295, 4_294_967_296, -4_294_967_296, i64::MAX, i64::MIN] {
            for width in [0, 1, 2, 3, 4, 5, 6, 12, 30] {
                let mut s = String::new();
                push_num(&mut s, n, width);
                assert_eq!(s, format!("{n:0width$}"));
            }
        }
    }

    #[test]
    fn day_arithmetic_weekdays_and_iso_weeks() {
        let d = Date::new(2026, 2, 6).unwrap();
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 5); // a Friday
        assert_eq!(d.iso_week(), (2026, 6));
        assert_eq!(d.add_days(-37), Date::new(2025, 12, 31).unwrap());
        assert_eq!(Date::new(2027, 1, 1).unwrap().iso_week(), (2026, 53));
        assert_eq!(Date::new(1600, 2, 29).unwrap().add_days(1), Date::new(1600, 3, 1).unwrap());
        assert_eq!(Date::month_shift(2026, 1, -1), (2025, 12));
        assert_eq!(Date::month_shift(2026, 11, 14), (2028, 1));
    }
}
