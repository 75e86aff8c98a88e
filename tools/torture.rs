//! Times one torture input (or all) and prints the peak resident memory, for
//! the robustness figures: `cargo run --release --example torture [NAME]`.
//! (Each name runs in its own process so that peak memory is its own:
//! `for n in $(cargo run -q --release --example torture -- --list); do ...`.)

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "../tests/support/torture.rs"]
mod torture;

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let arg = std::env::args().nth(1);
    let inputs = torture::inputs();
    if arg.as_deref() == Some("--list") {
        for (name, _) in &inputs {
            println!("{name}");
        }
        return;
    }
    for (name, make) in inputs {
        if arg.as_ref().is_some_and(|a| *a != name) {
            continue;
        }
        let html = make();
        let t = std::time::Instant::now();
        let article = decruft::extract(&html).expect("within limits");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        println!(
            "{name:24} {:>10} bytes in  {ms:8.1} ms  {:>6} bytes out  peak RSS {} MiB",
            html.len(),
            article.text().len(),
            peak_rss_kib().map_or(0, |k| k / 1024)
        );
    }
}
