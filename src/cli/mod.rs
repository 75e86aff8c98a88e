//! `decruft extract` over many pages: inputs streamed in order, pages
//! extracted in parallel on a rayon pool, results written in input order.
//!
//! Memory is bounded by the pages in flight, not by the input: the reading
//! thread keeps at most `window` pages (4 per job) between reading and
//! writing, pulling the next input only when the oldest result is out. This
//! is a sliding window rather than batches, so one slow page does not leave
//! the other workers idle while the batch waits for it.

pub mod clean;
mod inputs;
pub mod output;
mod progress;

use std::collections::BTreeMap;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};

use inputs::{Job, Jobs, Payload, Sources};
use output::{Layout, Outcome};
use progress::Progress;

/// Pages in flight per job: enough that a worker always has the next page
/// ready while the writer waits on a slow one, few enough that memory stays
/// a handful of pages per core.
const PAGES_PER_JOB: usize = 4;

/// Exit status after Ctrl-C, as shells report a process ended by SIGINT.
const INTERRUPTED: u8 = 130;

/// Exit status when standard output was closed by its reader, as shells
/// report a process ended by SIGPIPE (Rust ignores the signal, so the
/// program sees the error and ends itself, silently).
pub const BROKEN_PIPE: u8 = 141;

/// What `decruft extract` was asked to do.
pub struct Extract {
    /// Paths named on the command line.
    pub paths: Vec<PathBuf>,
    /// `--files-from`.
    pub files_from: Option<PathBuf>,
    /// `--jobs`; `None`: one per core.
    pub jobs: Option<usize>,
    /// Extraction settings (Markdown, links, images, comments, explain).
    pub options: decruft::Options,
    /// `--base-url`; `None`: a WARC record's target URI, if any.
    pub base_url: Option<String>,
    /// How results are written.
    pub layout: Layout,
}

/// Everything a worker needs for one page.
struct Worker {
    extractor: decruft::Extractor,
    /// Resolve each WARC record's links against its target URI (Markdown
    /// with links or images, no `--base-url`).
    base_from_source: bool,
    layout: Layout,
    max_input: usize,
}

impl Worker {
    fn run(&self, index: usize, job: Job) -> Outcome {
        let Job {
            source,
            subdir,
            payload,
        } = job;
        let result = catch_unwind(AssertUnwindSafe(|| {
            // Each record's own URL (a WARC target URI) goes with its call:
            // one extractor serves every page.
            let url = (self.base_from_source && source.contains("://")).then_some(source.as_str());
            let article = |bytes: &[u8], content_type: Option<&str>| {
                let mut page = decruft::PageInfo::new();
                if let Some(u) = url {
                    page = page.url(u);
                }
                if let Some(c) = content_type {
                    page = page.content_type(c);
                }
                self.extractor
                    .extract_with(bytes, &page)
                    .map_err(|e| e.to_string())
            };
            match payload {
                Payload::File(path) => {
                    inputs::read_file(&path, self.max_input).and_then(|b| article(&b, None))
                }
                Payload::Bytes(bytes) => article(&bytes, None),
                Payload::Http(page) => decruft::warc::decode_body(&page, self.max_input)
                    .and_then(|b| article(&b, page.content_type.as_deref())),
                Payload::Failed(error) => Err(error),
            }
        }));
        let result = result.unwrap_or_else(|_| Err("internal error (panic)".to_owned()));
        self.layout.outcome(index, &source, &subdir, result)
    }
}

/// Sets a flag on the first Ctrl-C; a second one exits at once.
fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let handler_flag = Arc::clone(&flag);
    // Without a handler (it fails only if another is set) Ctrl-C keeps its
    // default action, which is still safe for finished lines.
    let _ = ctrlc::set_handler(move || {
        if handler_flag.swap(true, Ordering::SeqCst) {
            std::process::exit(i32::from(INTERRUPTED));
        }
    });
    flag
}

/// Runs `decruft extract`.
pub fn extract(args: Extract) -> ExitCode {
    let Extract {
        paths,
        files_from,
        jobs,
        options,
        base_url,
        mut layout,
    } = args;
    let mut paths = paths;
    if paths.is_empty() && files_from.is_none() {
        paths.push(PathBuf::from("-"));
    }
    let stdin_list = files_from.as_ref().is_some_and(|f| f.as_os_str() == "-");
    if stdin_list && paths.iter().any(|p| p.as_os_str() == "-") {
        eprintln!("decruft: standard input cannot be both a page and --files-from -");
        return ExitCode::FAILURE;
    }
    let sources = Sources { paths, files_from };
    if let Some(dir) = &layout.dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("decruft: {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
        // Files are numbered by their place in this run's input: an earlier
        // run's would mix with them, and some be overwritten.
        let used = std::fs::read_dir(dir).map(|mut d| d.next().is_some());
        if !matches!(used, Ok(false)) {
            eprintln!(
                "decruft: {}: --output-dir must be empty or new (an earlier run's files would mix with this one's)",
                output::printable(&dir.display().to_string())
            );
            return ExitCode::FAILURE;
        }
    }
    let max_input = decruft::limits::DEFAULT_MAX_INPUT_BYTES;
    let total = inputs::count(&sources);
    layout.many = total != Some(1);
    let pages = match Jobs::new(&sources, max_input) {
        Ok(p) => p,
        Err(e) => {
            let list = sources.files_from.unwrap_or_default();
            eprintln!("decruft: {}: {e}", list.display());
            return ExitCode::FAILURE;
        }
    };
    let threads = jobs
        .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
        .unwrap_or(1)
        .max(1);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("decruft: starting {threads} threads: {e}");
            return ExitCode::FAILURE;
        }
    };
    let worker = Arc::new(Worker {
        base_from_source: base_url.is_none(),
        extractor: match base_url {
            Some(url) => options.base_url(url).build(),
            None => options.build(),
        },
        layout,
        max_input,
    });
    let stop = interrupt_flag();
    let mut progress = Progress::new(total);
    let written = run(
        pages,
        &pool,
        &worker,
        threads * PAGES_PER_JOB,
        &stop,
        &mut progress,
    );
    // Whoever reads the output stopped (`| head`): end quietly, as Unix
    // tools do, with no summary claiming pages were written.
    if written
        .as_ref()
        .is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    {
        return ExitCode::from(BROKEN_PIPE);
    }
    let interrupted = stop.load(Ordering::SeqCst);
    let failed = progress.counts.failed > 0;
    progress.finish(interrupted);
    match written {
        Err(e) => {
            eprintln!("decruft: writing output: {e}");
            ExitCode::FAILURE
        }
        Ok(()) if interrupted => ExitCode::from(INTERRUPTED),
        Ok(()) if failed => ExitCode::FAILURE,
        Ok(()) => ExitCode::SUCCESS,
    }
}

/// The sliding window: reads pages while fewer than `window` are between
/// reading and writing, hands each to the pool, and writes results as soon
/// as the next one in input order is done. Stops reading at Ctrl-C; what was
/// started is finished and written, so the output ends on a whole record.
fn run(
    mut pages: Jobs,
    pool: &rayon::ThreadPool,
    worker: &Arc<Worker>,
    window: usize,
    stop: &AtomicBool,
    progress: &mut Progress,
) -> std::io::Result<()> {
    let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
    let mut done: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut started = 0usize;
    let mut next_out = 0usize;
    let mut exhausted = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    loop {
        while !exhausted && started - next_out < window && !stop.load(Ordering::SeqCst) {
            let Some(job) = pages.next() else {
                exhausted = true;
                break;
            };
            let (tx, worker, index) = (tx.clone(), Arc::clone(worker), started);
            pool.spawn(move || {
                let outcome = worker.run(index, job);
                // The receiver only goes away when writing failed.
                let _ = tx.send((index, outcome));
            });
            started += 1;
        }
        if next_out == started {
            break;
        }
        let Ok((index, outcome)) = rx.recv() else {
            break;
        };
        done.insert(index, outcome);
        while let Some(outcome) = done.remove(&next_out) {
            // One write of whole lines: stdout's line buffering passes
            // them on complete, never a half record.
            out.write_all(outcome.output.as_bytes())?;
            progress.page(outcome.status, outcome.error.as_deref());
            next_out += 1;
        }
    }
    out.flush()
}
