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
        /// Markdown: keep links as [text](url).
        #[arg(long)]
        links: bool,
        /// Markdown: keep images as ![alt](src).
        #[arg(long)]
        images: bool,
        /// The page's URL, for resolving relative links and images (a
        /// <base href> in the page is resolved against it).
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also output the page's user comments (after the body in text and
        /// Markdown, as "comments" in JSON).
        #[arg(long)]
        comments: bool,
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
    /// The body as Markdown (CommonMark with GFM tables).
    Markdown,
    /// One JSON object per page and line: source, title, text and the
    /// page's metadata.
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
            links,
            images,
            base_url,
            comments,
        } => {
            let mut options = decruft::Options::new()
                .explain(explain)
                .markdown(matches!(format, Format::Markdown))
                .links(links)
                .images(images)
                .comments(comments);
            if let Some(url) = base_url {
                options = options.base_url(url);
            }
            extract(files, &options.build(), format, title)
        }
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

fn clean(files: Vec<PathBuf>, cleaner: &decruft::Cleaner, explain: bool) -> ExitCode {
    each_input(files, |_, _, bytes| {
        let text = String::from_utf8_lossy(bytes);
        if !explain {
            return Ok(cleaner.clean(&text));
        }
        let mut s = String::new();
        for line in cleaner.explain(&text) {
            let verdict = if line.kept() { "KEEP" } else { "DROP" };
            s.push_str(&format!("{verdict} [{}] {}\n", line.reason(), line.text()));
        }
        Ok(s)
    })
}

fn extract(
    files: Vec<PathBuf>,
    extractor: &decruft::Extractor,
    format: Format,
    title: bool,
) -> ExitCode {
    let explain = extractor.options().explain_enabled();
    let many = files.len() > 1;
    each_input(files, |i, name, bytes| {
        let article = extractor
            .extract_bytes(bytes, None)
            .map_err(|e| e.to_string())?;
        Ok(match format {
            Format::Text | Format::Markdown => {
                text_output(&article, (many, i, name), title, explain)
            }
            Format::Json => {
                let mut v = serde_json::to_value(&article).unwrap_or_default();
                if let Some(obj) = v.as_object_mut() {
                    obj.insert(
                        "source".to_owned(),
                        serde_json::Value::String(name.to_owned()),
                    );
                }
                let mut line = v.to_string();
                line.push('\n');
                line
            }
        })
    })
}

/// One page in the text format: a `==> name <==` header when there are
/// several, the explanation and the title on request, then the body.
fn text_output(
    article: &decruft::Article,
    (many, i, name): (bool, usize, &str),
    title: bool,
    explain: bool,
) -> String {
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
    let markdown = article.markdown();
    if title {
        if let Some(t) = article.title() {
            if markdown.is_some() {
                s.push_str("# ");
            }
            s.push_str(t);
            s.push_str("\n\n");
        }
    }
    let body = markdown.unwrap_or(article.text());
    s.push_str(body);
    if !body.is_empty() {
        s.push('\n');
    }
    for c in article.comments() {
        s.push_str("\n---\n\n");
        if let Some(a) = c.author() {
            s.push_str(a);
            s.push_str(":\n");
        }
        s.push_str(c.text());
        s.push('\n');
    }
    s
}

/// Runs `work` on every input ('-' or none: standard input) and writes what
/// it returns. An input that cannot be read or processed gets a one-line
/// error naming it and makes the exit status non-zero; the others go on.
fn each_input(
    mut files: Vec<PathBuf>,
    mut work: impl FnMut(usize, &str, &[u8]) -> Result<String, String>,
) -> ExitCode {
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for (i, path) in files.iter().enumerate() {
        let name = path.display().to_string();
        let result = read_input(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| work(i, &name, &bytes));
        match result {
            Ok(s) => {
                if let Err(e) = out.write_all(s.as_bytes()) {
                    eprintln!("decruft: writing output: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("decruft: {name}: {e}");
                failed = true;
            }
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
