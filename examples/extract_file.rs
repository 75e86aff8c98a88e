//! Prints the headline and main text of a saved web page.
//!
//! ```text
//! cargo run --example extract_file -- page.html
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: extract_file PAGE.html");
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            return ExitCode::FAILURE;
        }
    };
    // The bytes are decoded as a browser would (BOM, <meta charset>, sniffing).
    match decruft::extract_bytes(&bytes, None) {
        Ok(article) => {
            if let Some(title) = article.title() {
                println!("{title}\n");
            }
            println!("{}", article.text());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            ExitCode::FAILURE
        }
    }
}
