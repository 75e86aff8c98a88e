//! The `decruft` command: article text from HTML files, directories and
//! WARC archives.

mod cli;

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

const EXTRACT_HELP: &str = "\
`decruft FILE...` is short for `decruft extract FILE...`.

Inputs: HTML files (also gzipped: .html.gz, or any file starting with the gzip
magic bytes), '-' for standard input (sniffed like a file: gzip, WARC),
directories (walked recursively in sorted order; regular files ending .html
.htm .xhtml, their .gz forms, .warc and .warc.gz, and files of other names
(.php, .asp, no extension...) whose first bytes are HTML markup, except text
formats (.txt .md .json .xml .css .js .csv .svg...); the number of files
skipped is reported on stderr; links to directories are not
followed; a FIFO or device there is reported and skipped, while one named
explicitly is read), WARC files (.warc, .warc.gz, or recognised by content):
every 2xx response record whose HTTP Content-Type is text/html or
application/xhtml+xml, decoded with the header's charset, plus HTML resource
records; other records are skipped. A damaged gzip member (CRC, length) or a
garbled record is an error record naming the record and the bytes skipped;
reading resumes at the next member or record. Every input named yields at
least one record: an empty directory or a WARC without an HTML page is an
error.

Text, Markdown and HTML (--format text|markdown|html): the body of each page
(with --title its headline first, with --metadata a header). When there may
be more than one page, each starts with a line `==> SOURCE <==` (as `head`
prints), and pages after the first are preceded by a blank line; SOURCE has
control characters replaced by '?', so the line cannot be forged by a page's
text unless a line of the text is exactly such a line.

--metadata: in Markdown a YAML front-matter block (`---` lines around
`title`, `authors`, `date`, `url`, `language`, `site_name`, `description`,
each value a double-quoted string or a list of them, present ones only); in
text and HTML the same `key: value` lines followed by a blank line.

JSON records (--format json), one per page and line, in input order, keys in
this order (absent ones left out):
  {\"source\": path or WARC-Target-URI, \"status\": \"ok\", \"error\", \"file\",
   \"title\", \"url\", \"date\", \"date_modified\", \"authors\", \"language\",
   \"site_name\", \"description\", \"image\", \"tags\", \"categories\",
   \"page_type\", \"readerable\", \"encoding\", \"text\", \"markdown\", \"html\", \"blocks\",
   \"comments\", \"explanation\"}
  \"markdown\" with --markdown, --links or --images; \"html\" with --html;
  \"blocks\" with --blocks: the body as typed blocks, each {\"kind\": \"heading\" |
   \"paragraph\" | \"list\" | \"table\" | \"quote\" | \"code\" | \"caption\" |
   \"post\", \"text\", \"level\" (heading), \"language\" (code), \"items\": [{\"text\",
   \"depth\", \"number\"}] (list), \"rows\": [{\"cells\", \"header\"}] (table),
   \"author\", \"date\", \"blocks\": [blocks] (post: one post of a forum thread, its
   blocks inside), \"markdown\"}.
  \"status\": \"empty\" - the page was read but has no main content (text \"\").
  \"status\": \"error\" - {\"source\", \"status\", \"error\": why}: unreadable,
   too large (over 64 MiB), not HTML (an image, an executable...), bad gzip,
   a damaged or truncated WARC record...
Records hold no control characters (U+2028, U+2029 and U+0085 are escaped).
Failures are also printed on stderr and make the exit status 1; the run
goes on. Ctrl-C stops after the pages in progress (exit status 130): the
output so far ends on a whole record. When the output's reader goes away
(`| head`), the run ends silently with exit status 141, as for SIGPIPE.

On stderr: a progress bar when it is a terminal, and a summary line (pages,
kept, empty, failed, seconds) when it is a terminal or there was more than
one page.";

#[derive(Subcommand)]
enum Command {
    /// Extract the article text of each page ('-' or nothing: standard input).
    #[command(after_help = EXTRACT_HELP)]
    Extract {
        /// HTML files, directories or WARC files; '-' is standard input.
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Print the headline before the body (text format and --output-dir),
        /// unless the body opens with it (a product page's name).
        #[arg(long)]
        title: bool,
        /// Print every block with the verdict and the reason for it.
        #[arg(long)]
        explain: bool,
        /// Markdown: keep links as [text](url) (in JSON: adds "markdown").
        #[arg(long)]
        links: bool,
        /// Markdown: keep images as ![alt](src) (in JSON: adds "markdown").
        #[arg(long)]
        images: bool,
        /// Print a metadata header before each body: YAML front matter in
        /// Markdown, `key: value` lines in text and HTML.
        #[arg(long)]
        metadata: bool,
        /// JSON: add the body as Markdown ("markdown").
        #[arg(long)]
        markdown: bool,
        /// JSON: add the body as minimal, safe HTML ("html").
        #[arg(long)]
        html: bool,
        /// JSON: add the body as typed blocks ("blocks"; see below).
        #[arg(long)]
        blocks: bool,
        /// Keep figure captions that read as sentences on every page type,
        /// articles too (a reader view with the story's pictures). By
        /// default they are kept, but not on pages typed article.
        #[arg(long, conflicts_with = "no_captions")]
        captions: bool,
        /// Leave out figure captions on every page type.
        #[arg(long)]
        no_captions: bool,
        /// Leave out data tables (their rows; layout tables are read as
        /// text either way).
        #[arg(long)]
        no_tables: bool,
        /// Favor precision: leave out the blocks selection was least sure
        /// of (less boilerplate, a little less article).
        #[arg(long, conflicts_with = "recall")]
        precision: bool,
        /// Favor recall: bring back the blocks selection left out for
        /// doubt (less article missed, a little more boilerplate).
        #[arg(long)]
        recall: bool,
        /// Extract every page as this kind of page instead of the kind it
        /// is judged to be; the JSON's "page_type" says the kind forced and
        /// --explain says it was forced [default: judged per page].
        #[arg(long, value_name = "TYPE")]
        page_type: Option<PageTypeArg>,
        /// The page's URL, for resolving relative links and images (a
        /// <base href> in the page is resolved against it) [default: a WARC
        /// record's target URI].
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Also output the page's user comments (after the body in text and
        /// Markdown, as "comments": [{"author", "text"}] in JSON).
        #[arg(long, overrides_with = "no_comments")]
        comments: bool,
        /// Leave the user comments out (the default: the body never holds
        /// them); undoes an earlier --comments, as in a shell alias.
        #[arg(long, overrides_with = "comments")]
        no_comments: bool,
        /// Also read the paths listed in FILE, one a line ('-': standard input).
        #[arg(long, value_name = "FILE")]
        files_from: Option<PathBuf>,
        /// Pages extracted in parallel [default: the number of cores].
        #[arg(long, short, value_name = "N")]
        jobs: Option<usize>,
        /// Write each page's text to DIR/NNNNNN-NAME.txt (NNNNNN: its place in
        /// the input from 000001; NAME: its file name, or a URL's host and path,
        /// with characters other than ASCII letters, digits, '.', '-' and '_'
        /// replaced by '_'), and on stdout its JSON record without "text" but
        /// with "file". Empty and failed pages get no file, only the record.
        /// DIR must be empty or new, so that runs never mix.
        #[arg(long, value_name = "DIR")]
        output_dir: Option<PathBuf>,
        /// With --output-dir: write each page found in a directory's walk
        /// into the same subdirectory of DIR as it had under the directory
        /// named (DIR/sub/deeper/000003-c.txt for dir/sub/deeper/c.html);
        /// pages named directly, and a WARC's pages, go where the file named
        /// went (DIR itself for a file named directly).
        #[arg(long, requires = "output_dir")]
        keep_dirs: bool,
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
    /// One JSON object per page and line: source, status, title, text and
    /// the page's metadata (see below).
    Json,
    /// The body as minimal, safe HTML (headings, paragraphs, lists,
    /// tables, quotes, code, captions; no attributes but a list's start and
    /// a code block's language).
    Html,
}

/// A page kind for `--page-type`.
#[derive(Clone, Copy, ValueEnum)]
enum PageTypeArg {
    /// A story, post, guide or report: one text.
    Article,
    /// A discussion thread: every post.
    Forum,
    /// Reference or how-to documentation.
    Documentation,
    /// A service, organisation or software product's page: every section.
    Service,
    /// One product for sale.
    Product,
    /// A list of entries linking to other pages: every entry.
    Listing,
    /// A category of products or things: every entry.
    Collection,
}

impl From<PageTypeArg> for decruft::PageType {
    fn from(kind: PageTypeArg) -> Self {
        match kind {
            PageTypeArg::Article => decruft::PageType::Article,
            PageTypeArg::Forum => decruft::PageType::Forum,
            PageTypeArg::Documentation => decruft::PageType::Documentation,
            PageTypeArg::Service => decruft::PageType::Service,
            PageTypeArg::Product => decruft::PageType::Product,
            PageTypeArg::Listing => decruft::PageType::Listing,
            PageTypeArg::Collection => decruft::PageType::Collection,
        }
    }
}

/// The command line with `extract` put in when no subcommand is named
/// (`decruft page.html`, `decruft --format json dir/`).
fn args() -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let named = args.get(1).map(|a| a.to_string_lossy().into_owned());
    let keep = match named.as_deref() {
        None => true,
        Some("extract" | "clean" | "help" | "-h" | "--help" | "-V" | "--version") => true,
        Some(_) => false,
    };
    if !keep {
        args.insert(1, "extract".into());
    }
    args
}

fn main() -> ExitCode {
    let cli = Cli::parse_from(args());
    match cli.command {
        Command::Extract {
            files,
            format,
            title,
            explain,
            files_from,
            jobs,
            output_dir,
            links,
            images,
            base_url,
            comments,
            metadata,
            markdown,
            html,
            blocks,
            captions,
            no_captions,
            no_tables,
            no_comments,
            keep_dirs,
            precision,
            recall,
            page_type,
        } => {
            let json = matches!(format, Format::Json);
            // Links and images only show in Markdown: in JSON, asking for
            // them asks for the Markdown.
            let markdown =
                matches!(format, Format::Markdown) || (json && (markdown || links || images));
            let html = matches!(format, Format::Html) || (json && html);
            let mut options = decruft::Options::new();
            if captions || no_captions {
                options = options.captions(captions);
            }
            if let Some(kind) = page_type {
                options = options.page_type(kind.into());
            }
            cli::extract(cli::Extract {
                paths: files,
                files_from,
                jobs,
                options: options
                    .explain(explain)
                    .markdown(markdown)
                    .html(html)
                    .blocks(json && blocks)
                    .links(links)
                    .images(images)
                    .tables(!no_tables)
                    .favor_precision(precision)
                    .favor_recall(recall)
                    .comments(comments && !no_comments),
                base_url,
                layout: cli::output::Layout {
                    format: match format {
                        Format::Text => cli::output::Format::Text,
                        Format::Markdown => cli::output::Format::Markdown,
                        Format::Html => cli::output::Format::Html,
                        Format::Json => cli::output::Format::Json,
                    },
                    title,
                    explain,
                    forced_type: page_type.is_some(),
                    metadata,
                    many: false,
                    dir: output_dir,
                    keep_dirs,
                },
            })
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
            cli::clean::clean(files, &cleaner, explain)
        }
    }
}
