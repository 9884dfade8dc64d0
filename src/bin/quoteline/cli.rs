//! The CLI proper (native only): argument parsing, input reading, JSON output.

use quoteline::{dataset, extract, parse_article, time, Date, Options};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
quoteline — quotes and timelines from news articles

USAGE:
  quoteline extract [--published YYYY-MM-DD] [FILE|-]   Story of one article (plain text or JSON) as JSON
  quoteline extract --article ID [--published ...]      Story of a bundled article
  quoteline dataset                                     the bundled articles (id, title, published)
  quoteline timex [--dct YYYY-MM-DD] [FILE|-]           every temporal expression in raw text, as JSON
      [--language en|de|uk] [--anchor news|narrative]   (month names read; what relative dates anchor to)

FILE '-' or no FILE reads standard input. Offsets are UTF-16 code units. Exit status 2 on bad input.";

struct Failure(String);

impl From<quoteline::Error> for Failure {
    fn from(e: quoteline::Error) -> Self {
        Failure(e.message)
    }
}

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a trace.
            let _ = stdout.write_all(out.as_bytes()).and_then(|_| stdout.write_all(b"\n"));
            ExitCode::SUCCESS
        }
        Err(Failure(msg)) => {
            eprintln!("quoteline: {}", msg.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, Failure> {
    let Some(cmd) = args.first() else {
        return Err(Failure(format!("no command given\n{USAGE}").lines().next().unwrap_or("").to_string() + " (try --help)"));
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            std::process::exit(0);
        }
        "extract" => {
            let flags = Flags::parse(rest, &["--published", "--article"])?;
            let published = flags.date("--published")?;
            let article = match flags.value("--article") {
                Some(id) => {
                    if flags.file.is_some() {
                        return Err(Failure("give either --article ID or a FILE, not both".into()));
                    }
                    dataset::get(id)?
                }
                None => {
                    let (name, text) = read_input(flags.file.as_deref())?;
                    parse_article(&text).map_err(|e| Failure(format!("{name}: {}", e.message)))?
                }
            };
            let story = extract(&article, &Options { published });
            to_json(&story)
        }
        "dataset" => {
            Flags::parse(rest, &[])?.no_file()?;
            let list: Vec<serde_json::Value> = dataset::all()
                .iter()
                .map(|a| {
                    serde_json::json!({
                        "id": a.meta.id,
                        "title": a.headline(),
                        "published": a.meta.published.map(|d| d.to_string()),
                    })
                })
                .collect();
            to_json(&list)
        }
        "timex" => {
            let flags = Flags::parse(rest, &["--dct", "--language", "--anchor"])?;
            let dct = flags.date("--dct")?;
            let anchor = match flags.value("--anchor") {
                None | Some("news") => time::Anchoring::News,
                Some("narrative") => time::Anchoring::Narrative,
                Some(other) => return Err(Failure(format!("--anchor must be news or narrative, not {other:?}"))),
            };
            let (_, text) = read_input(flags.file.as_deref())?;
            if text.len() > quoteline::article::MAX_ARTICLE_BYTES * 20 {
                return Err(Failure("the input is over 100 MiB; split it into documents".into()));
            }
            let opts = time::TagOptions { dct, language: flags.value("--language").map(str::to_string), anchor };
            let found = time::tag(&text, &opts);
            // UTF-16 offsets, counted forward over bytes: a UTF-8 lead byte is one unit, a four-byte
            // lead two, a continuation byte none.
            let (mut at_byte, mut at_unit) = (0usize, 0usize);
            let mut units = |b: usize| {
                let b = b.max(at_byte);
                let run = &text.as_bytes()[at_byte..b];
                at_unit += if run.is_ascii() {
                    run.len()
                } else {
                    run.iter().map(|&c| usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0)).sum::<usize>()
                };
                at_byte = b;
                at_unit
            };
            let items: Vec<TimexItem> = found
                .iter()
                .map(|t| TimexItem {
                    start: units(t.start),
                    end: units(t.end),
                    text: &text[t.start..t.end],
                    kind: t.kind,
                    value: &t.value,
                    modifier: t.modifier,
                })
                .collect();
            // One object a line: compact, still a JSON array, and cheap for large inputs.
            let mut out = String::with_capacity(items.len() * 120 + 4);
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                out.push_str(if k == 0 { "\n" } else { ",\n" });
                item.write_json(&mut out);
            }
            out.push_str("\n]");
            Ok(out)
        }
        other => Err(Failure(format!("unknown command {other:?}; the commands are extract, dataset, timex (try --help)"))),
    }
}

/// One line of `quoteline timex` output (CONTRACT.md), borrowing the input.
#[derive(serde::Serialize)]
struct TimexItem<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: time::TimexType,
    value: &'a str,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
}

impl TimexItem<'_> {
    /// The item as one compact JSON object, written by hand: `timex` output can run to millions of
    /// items, and this is several times cheaper than going through a serializer.
    fn write_json(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = write!(out, "{{\"start\":{},\"end\":{},\"text\":", self.start, self.end);
        json_str(out, self.text);
        out.push_str(",\"type\":\"");
        out.push_str(self.kind.as_str());
        out.push_str("\",\"value\":");
        json_str(out, self.value);
        out.push_str(",\"mod\":");
        match self.modifier {
            Some(m) => json_str(out, m),
            None => out.push_str("null"),
        }
        out.push('}');
    }
}

/// Appends `s` as a JSON string literal.
fn json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut from = 0;
    for (i, c) in s.char_indices() {
        let esc = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            c if (c as u32) < 0x20 => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        if esc.is_empty() {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push_str(esc);
        }
        from = i + c.len_utf8();
    }
    out.push_str(&s[from..]);
    out.push('"');
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(v).map_err(|e| Failure(format!("could not write JSON: {e}")))
}

/// Flags of the form `--name VALUE` or `--name=VALUE`, and at most one positional FILE.
struct Flags {
    values: Vec<(String, String)>,
    file: Option<String>,
}

impl Flags {
    fn parse(args: &[String], known: &[&str]) -> Result<Flags, Failure> {
        let mut values = Vec::new();
        let mut file = None;
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            if a.starts_with("--") {
                let (name, value) = match a.split_once('=') {
                    Some((n, v)) => (n.to_string(), v.to_string()),
                    None => {
                        let v = args.get(i + 1).ok_or_else(|| Failure(format!("{a} needs a value")))?;
                        i += 1;
                        (a.clone(), v.clone())
                    }
                };
                if !known.contains(&name.as_str()) {
                    return Err(Failure(format!("unknown option {name}")));
                }
                values.push((name, value));
            } else if file.is_none() {
                file = Some(a.clone());
            } else {
                return Err(Failure(format!("unexpected argument {a:?}: give one FILE")));
            }
            i += 1;
        }
        Ok(Flags { values, file })
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn date(&self, name: &str) -> Result<Option<Date>, Failure> {
        self.value(name)
            .map(|v| Date::parse_iso(v).ok_or_else(|| Failure(format!("{name} must be a date written YYYY-MM-DD, not {v:?}"))))
            .transpose()
    }

    fn no_file(&self) -> Result<(), Failure> {
        match &self.file {
            Some(f) => Err(Failure(format!("unexpected argument {f:?}"))),
            None => Ok(()),
        }
    }
}

/// The input's name (for messages) and text; `-` or nothing is standard input.
fn read_input(file: Option<&str>) -> Result<(String, String), Failure> {
    let mut bytes = Vec::new();
    let name = match file {
        None | Some("-") => {
            std::io::stdin().read_to_end(&mut bytes).map_err(|e| Failure(format!("cannot read standard input: {e}")))?;
            "standard input".to_string()
        }
        Some(path) => {
            bytes = std::fs::read(path).map_err(|e| Failure(format!("cannot read {path}: {e}")))?;
            path.to_string()
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        Failure(format!("{name} is not UTF-8 text (invalid byte at offset {at})"))
    })?;
    Ok((name, text))
}

#[cfg(test)]
mod tests {
    use super::json_str;

    #[test]
    fn json_strings_escape_what_json_requires() {
        let mut out = String::new();
        json_str(&mut out, "a\"b\\c\nd\u{1}é😀");
        assert_eq!(out, "\"a\\\"b\\\\c\\nd\\u0001é😀\"");
        assert_eq!(serde_json::from_str::<String>(&out).unwrap(), "a\"b\\c\nd\u{1}é😀");
    }
}
