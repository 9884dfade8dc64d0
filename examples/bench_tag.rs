fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).unwrap();
    let opts = quoteline::time::TagOptions { dct: quoteline::Date::parse_iso("2026-02-06"), ..Default::default() };
    let t = std::time::Instant::now();
    let n = quoteline::time::tag(&text, &opts).len();
    let s = t.elapsed().as_secs_f64();
    println!("{n} timexes, {:.1} MB/s", text.len() as f64 / 1e6 / s);
}
