//! The `decruft` command: article text from HTML files.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Turns web pages into their clean main text.
#[derive(Parser)]
#[command(name = "decruft", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the article text of each HTML file ('-' or nothing: standard input).
    Extract {
        /// HTML files to read; '-' is standard input.
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Print the headline before the body (text format).
        #[arg(long)]
        title: bool,
        /// Print every block with the verdict and the reason for it.
        #[arg(long)]
        explain: bool,
    },
    /// Clean text that another tool extracted: drop boilerplate lines,
    /// normalise the rest ('-' or nothing: standard input).
    Clean {
        /// Text files to read; '-' is standard input.
        files: Vec<PathBuf>,
        /// Print every line with the verdict and the reason for it.
        #[arg(long)]
        explain: bool,
        /// Also drop lines without terminal punctuation (C4).
        #[arg(long)]
        terminal_punctuation: bool,
        /// Also drop lines mentioning JavaScript.
        #[arg(long)]
        javascript: bool,
        /// Also drop "lorem ipsum" lines.
        #[arg(long)]
        lorem_ipsum: bool,
        /// Also drop terms-of-use and privacy-policy lines.
        #[arg(long)]
        policy: bool,
        /// Also drop counter lines ("12 likes", "5 min read").
        #[arg(long)]
        counters: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The body as plain text.
    Text,
    /// One JSON object per page and line: source, title, text.
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract {
            files,
            format,
            title,
            explain,
        } => extract(files, format, title, explain),
        Command::Clean {
            files,
            explain,
            terminal_punctuation,
            javascript,
            lorem_ipsum,
            policy,
            counters,
        } => {
            let cleaner = decruft::Cleaner::new()
                .terminal_punctuation(terminal_punctuation)
                .javascript(javascript)
                .lorem_ipsum(lorem_ipsum)
                .policy(policy)
                .counters(counters);
            clean(files, &cleaner, explain)
        }
    }
}

fn clean(mut files: Vec<PathBuf>, cleaner: &decruft::Cleaner, explain: bool) -> ExitCode {
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &files {
        let text = match read_input(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("decruft: {}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        let mut s = String::new();
        if explain {
            for line in cleaner.explain(&text) {
                let verdict = if line.kept() { "KEEP" } else { "DROP" };
                s.push_str(&format!("{verdict} [{}] {}\n", line.reason(), line.text()));
            }
        } else {
            s = cleaner.clean(&text);
        }
        if let Err(e) = out.write_all(s.as_bytes()) {
            eprintln!("decruft: writing output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read_input(path: &PathBuf) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut buf)?;
    } else {
        buf = std::fs::read(path)?;
    }
    Ok(buf)
}

fn extract(mut files: Vec<PathBuf>, format: Format, title: bool, explain: bool) -> ExitCode {
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    let extractor = decruft::Options::new().explain(explain).build();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let many = files.len() > 1;
    for (i, path) in files.iter().enumerate() {
        let name = path.display().to_string();
        let article = read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                extractor
                    .extract_bytes(&bytes, None)
                    .map_err(|e| e.to_string())
            });
        let article = match article {
            Ok(a) => a,
            Err(e) => {
                eprintln!("decruft: {name}: {e}");
                failed = true;
                continue;
            }
        };
        let written = match format {
            Format::Text => {
                let mut s = String::new();
                if many {
                    if i > 0 {
                        s.push('\n');
                    }
                    s.push_str(&format!("==> {name} <==\n"));
                }
                if explain {
                    for b in article.explanation().unwrap_or_default() {
                        let verdict = if b.kept() { "KEEP" } else { "DROP" };
                        let text: String = b.text().chars().take(80).collect();
                        s.push_str(&format!("{verdict} [{}] {text}\n", b.reason()));
                    }
                    s.push('\n');
                }
                if title {
                    if let Some(t) = article.title() {
                        s.push_str(t);
                        s.push_str("\n\n");
                    }
                }
                s.push_str(article.text());
                if !article.text().is_empty() {
                    s.push('\n');
                }
                out.write_all(s.as_bytes())
            }
            Format::Json => {
                let mut v = serde_json::to_value(&article).unwrap_or_default();
                if let Some(obj) = v.as_object_mut() {
                    obj.insert("source".to_owned(), serde_json::Value::String(name.clone()));
                }
                let mut line = v.to_string();
                line.push('\n');
                out.write_all(line.as_bytes())
            }
        };
        if let Err(e) = written {
            eprintln!("decruft: writing output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
