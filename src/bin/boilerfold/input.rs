//! Reading pages: files, `.gz` files, stdin (`-`) and folders, each capped at the size limit,
//! then parsed by the native adapter. Read errors become messages that name no path (the
//! caller adds it).

use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

use boilerfold::html::{self, InputError, Options, Parsed};

use crate::fail::{bad_input, Fail};

/// Why a page could not be loaded (the message names no path; the caller adds it).
pub enum LoadError {
    Io(String),
    Input(InputError),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Io(s) => f.write_str(s),
            LoadError::Input(e) => e.fmt(f),
        }
    }
}

fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        _ => format!("cannot read: {e}"),
    }
}

/// Read at most `limit` bytes; more is [`InputError::TooLarge`] (so endless input such as
/// `/dev/zero` stops at the limit).
fn read_capped(reader: impl Read, limit: usize) -> Result<Vec<u8>, LoadError> {
    let mut buf = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(cap).read_to_end(&mut buf).map_err(|e| LoadError::Io(io_message(&e)))?;
    if buf.len() > limit {
        return Err(LoadError::Input(InputError::TooLarge { limit }));
    }
    Ok(buf)
}

fn is_gz(path: &str) -> bool {
    path.to_ascii_lowercase().ends_with(".gz")
}

/// The bytes of a page: a file (decompressed when its name ends in `.gz`) or stdin (`-`).
pub fn read_page(path: &str, limit: usize) -> Result<Vec<u8>, LoadError> {
    if path == "-" {
        return read_capped(io::stdin().lock(), limit);
    }
    let meta = std::fs::metadata(path).map_err(|e| LoadError::Io(io_message(&e)))?;
    if meta.is_dir() {
        return Err(LoadError::Io(
            "is a folder, not a file (use classify --jsonl for a folder)".into(),
        ));
    }
    if meta.is_file() && !is_gz(path) && meta.len() > limit as u64 {
        return Err(LoadError::Input(InputError::TooLarge { limit }));
    }
    let file = File::open(path).map_err(|e| LoadError::Io(io_message(&e)))?;
    if is_gz(path) {
        let raw = read_capped(file, limit)?;
        if !raw.starts_with(b"\x1f\x8b") {
            return Err(LoadError::Io("named .gz but not gzip data".into()));
        }
        return read_capped(flate2::read::MultiGzDecoder::new(raw.as_slice()), limit).map_err(
            |e| match e {
                LoadError::Io(m) => LoadError::Io(format!("bad gzip data ({m})")),
                other => other,
            },
        );
    }
    read_capped(file, limit)
}

/// Read and parse a page, without warnings (the caller reports replaced bytes).
pub fn load_quiet(path: &str, options: &Options) -> Result<Parsed, LoadError> {
    let bytes = read_page(path, options.max_bytes)?;
    html::parse_html_with(&bytes, options).map_err(LoadError::Input)
}

/// Warn on stderr when invalid byte sequences were replaced.
pub fn replaced_warning(path: &str, n: usize) {
    if n > 0 {
        let what = if n == 1 { "sequence was" } else { "sequences were" };
        eprintln!("boilerfold: {path}: {n} invalid byte {what} replaced");
    }
}

/// Load a page, warning about replaced bytes on stderr.
pub fn load(path: &str, options: &Options) -> Result<Parsed, Fail> {
    let shown = if path == "-" { "stdin" } else { path };
    let parsed = load_quiet(path, options).map_err(|e| bad_input(shown, e))?;
    replaced_warning(shown, parsed.replaced_chars);
    Ok(parsed)
}

fn is_page_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [".html", ".htm", ".html.gz", ".htm.gz"].iter().any(|s| n.ends_with(s))
}

/// The pages of a folder, sorted by name.
pub fn list_pages(dir: &str) -> Result<Vec<PathBuf>, Fail> {
    let entries = std::fs::read_dir(dir).map_err(|e| bad_input(dir, io_message(&e)))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| bad_input(dir, io_message(&e)))?;
        let path = entry.path();
        let name = entry.file_name();
        if is_page_name(&name.to_string_lossy()) && path.is_file() {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}
