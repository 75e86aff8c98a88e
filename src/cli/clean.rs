//! `decruft clean`: text another tool extracted, one file at a time.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Cleans each file ('-' or none: standard input) and prints the result.
pub fn clean(files: Vec<PathBuf>, cleaner: &decruft::Cleaner, explain: bool) -> ExitCode {
    each_input(files, |bytes| {
        let text = String::from_utf8_lossy(bytes);
        if !explain {
            return cleaner.clean(&text);
        }
        let mut s = String::new();
        for line in cleaner.explain(&text) {
            let verdict = if line.kept() { "KEEP" } else { "DROP" };
            s.push_str(&format!("{verdict} [{}] {}\n", line.reason(), line.text()));
        }
        s
    })
}

/// Runs `work` on every input ('-' or none: standard input) and writes what
/// it returns. An input that cannot be read gets a one-line error naming it
/// and makes the exit status non-zero; the others go on.
fn each_input(mut files: Vec<PathBuf>, mut work: impl FnMut(&[u8]) -> String) -> ExitCode {
    if files.is_empty() {
        files.push(PathBuf::from("-"));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &files {
        match read_input(path) {
            Ok(bytes) => {
                if let Err(e) = out.write_all(work(&bytes).as_bytes()) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return ExitCode::from(super::BROKEN_PIPE);
                    }
                    eprintln!("decruft: writing output: {e}");
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                let name = path.display().to_string();
                eprintln!("decruft: {}: {e}", super::output::printable(&name));
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
