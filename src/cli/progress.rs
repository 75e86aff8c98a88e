//! Progress on standard error: a bar (pages, pages/s, ETA when the total is
//! known) only when standard error is a terminal, error lines, and the
//! closing summary.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

use super::output::Status;

/// Counts of pages by what became of them.
#[derive(Default, Debug)]
pub struct Counts {
    /// Main content found.
    pub kept: u64,
    /// No main content.
    pub empty: u64,
    /// Failed.
    pub failed: u64,
}

impl Counts {
    /// All pages.
    pub fn pages(&self) -> u64 {
        self.kept + self.empty + self.failed
    }
}

/// The progress display and the counts.
pub struct Progress {
    bar: Option<ProgressBar>,
    terminal: bool,
    start: Instant,
    /// Pages so far.
    pub counts: Counts,
}

impl Progress {
    /// A bar when standard error is a terminal, with `total` pages when known.
    pub fn new(total: Option<u64>) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let bar = terminal.then(|| {
            let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
            let template = if total.is_some() {
                "{bar:30} {pos}/{len} pages, {rate}, ETA {eta}"
            } else {
                "{spinner} {pos} pages, {rate}"
            };
            if let Ok(style) = ProgressStyle::with_template(template) {
                bar.set_style(style.with_key(
                    "rate",
                    |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0} pages/s", state.per_sec());
                    },
                ));
            }
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress {
            bar,
            terminal,
            start: Instant::now(),
            counts: Counts::default(),
        }
    }

    /// Counts a page written, and prints its error if it failed.
    pub fn page(&mut self, status: Status, error: Option<&str>) {
        match status {
            Status::Kept => self.counts.kept += 1,
            Status::Empty => self.counts.empty += 1,
            Status::Failed => self.counts.failed += 1,
        }
        if let Some(e) = error {
            self.error(e);
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Prints `decruft: <message>` on standard error, above the bar.
    pub fn error(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("decruft: {message}")),
            None => eprintln!("decruft: {message}"),
        }
    }

    /// Clears the bar and prints the summary: always on a terminal,
    /// otherwise when there was more than one page (a single page's run
    /// stays as quiet as before; a corpus run always says what it did).
    pub fn finish(self, interrupted: bool) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        let c = &self.counts;
        if !(self.terminal || c.pages() > 1 || interrupted) {
            return;
        }
        let secs = self.start.elapsed().as_secs_f64();
        let rate = if secs > 0.0 {
            c.pages() as f64 / secs
        } else {
            0.0
        };
        let stop = if interrupted {
            "interrupted after "
        } else {
            ""
        };
        eprintln!(
            "decruft: {stop}{} pages: {} kept, {} empty, {} failed in {secs:.2} s ({rate:.1} pages/s)",
            c.pages(),
            c.kept,
            c.empty,
            c.failed
        );
    }
}
