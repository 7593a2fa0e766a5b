//! The `boilerfold` command-line program: classify saved pages, print their page table, score
//! article extraction against the article-extraction-benchmark ground truth.
//!
//! Arguments are parsed by hand with `std` (three subcommands and a dozen flags do not need a
//! dependency). Exit codes: 0 ok, 1 bad input, 2 usage, 70 internal error (a panic: a bug; the
//! panic hook prints one line naming it, and in `--jsonl` / `eval` runs a panic on one page
//! becomes that page's error instead of stopping the run).

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use boilerfold::eval;
use boilerfold::html::{self, InputError, Options, Parsed, DEFAULT_MAX_BYTES};
use boilerfold::{Config, Label, Page, Verdict};

const HELP: &str = "\
boilerfold — fold donation appeals, related-article links and comment sections away from news
pages. This is the command-line side of the browser extension: the same classifier, on saved
HTML files.

USAGE:
    boilerfold classify [OPTIONS] PAGE        classify one page (PAGE may be - for stdin)
    boilerfold classify --jsonl [OPTIONS] DIR classify every page in a folder
    boilerfold table [OPTIONS] PAGE           print the page table the classifier reads
    boilerfold eval --truth FILE --html DIR   score article extraction (AEB metric)
    boilerfold help | --help | -h             this text
    boilerfold --version | -V                 the version

classify PAGE
    Prints the verdict as JSON: version, article_text, blocks [{id, node, label, confidence,
    text, path, reasons}] and folds [{node, label, block_ids, path, chars, reasons}].
    --text          print only the article text
    --explain       one line per block (#id  path  LABEL  confidence  [reasons]  \"text…\"),
                    then the folds
    --jsonl         PAGE may be a folder: classify every *.html, *.htm, *.html.gz and *.htm.gz
                    file in it (not in sub-folders), in name order, on all cores; print one
                    JSON line per file: {\"file\": …, \"verdict\": …} or {\"file\": …, \"error\": …}.
                    A progress line goes to stderr when stderr is a terminal.
    --fragment      classify as a late fragment (no article region; only explicit clutter)
    --compact       JSON on one line instead of indented

table PAGE
    Prints the page table (src/page.rs: nodes in document order with their parent index, tag,
    a few attributes, the hidden flag and text) as JSON. Used to compare the native adapter
    with the browser's.
    --compact       JSON on one line

eval --truth GROUND-TRUTH.json --html DIR
    Classifies DIR/<id>.html (or .html.gz, .htm, .htm.gz) for every id of the ground truth
    ({id: {\"articleBody\": …}}), scores the article text with the article-extraction-benchmark
    metric (4-token shingles; corpus precision and recall are means over pages; F1 is their
    harmonic mean) and prints a per-page table sorted by F1, worst first, then the totals.
    A page without a file or that cannot be read counts as an empty prediction.
    --json FILE     also write the predictions as {id: {\"articleBody\": text}} (the format of
                    the benchmark's scorer)

OPTIONS FOR ALL SUBCOMMANDS
    --max-size SIZE refuse inputs larger than SIZE bytes (suffix K, M or G: binary units;
                    default 64M; for .gz files, the decompressed size)
    --jobs N, -j N  worker threads for --jsonl and eval (default: the number of cores)

Files whose name ends in .gz are decompressed first. The encoding is taken from a byte-order
mark, else from <meta charset> in the first 1024 bytes, else UTF-8; invalid byte sequences are
replaced by U+FFFD with a warning on stderr.

EXIT STATUS
    0   success
    1   bad input: a missing or unreadable file, a folder where a file is expected, an empty,
        binary, non-HTML or too large file
    2   usage error
    70  internal error (a bug; please report it with the input)
";

/// An error that ends the run: a message and an exit code.
struct Fail {
    code: u8,
    message: String,
}

fn usage(message: impl Into<String>) -> Fail {
    Fail { code: 2, message: format!("{}\ntry 'boilerfold --help'", message.into()) }
}

fn bad_input(path: &str, message: impl std::fmt::Display) -> Fail {
    Fail { code: 1, message: format!("{path}: {message}") }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Json,
    Text,
    Explain,
    Jsonl,
}

struct Common {
    max_bytes: usize,
    jobs: usize,
    compact: bool,
}

fn main() -> ExitCode {
    panic::set_hook(Box::new(|info| {
        let msg = panic_message(info.payload());
        let at =
            info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("boilerfold: internal error: {msg}{at} (this is a bug; please report it)");
    }));
    // Arguments must be UTF-8 (std::env::args() would panic on anything else): a file name that
    // is not gets a clear message, and the page can still be piped in on stdin.
    let mut args: Vec<String> = Vec::new();
    for a in std::env::args_os().skip(1) {
        match a.into_string() {
            Ok(s) => args.push(s),
            Err(raw) => {
                eprintln!(
                    "boilerfold: {}: the name is not valid UTF-8; rename it, or pipe the file in: \
                     boilerfold classify - < FILE",
                    raw.to_string_lossy()
                );
                return ExitCode::from(1);
            }
        }
    }
    match panic::catch_unwind(|| run(&args)) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(fail)) => {
            eprintln!("boilerfold: {}", fail.message);
            ExitCode::from(fail.code)
        }
        Err(_) => ExitCode::from(70),
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_owned()
    }
}

fn run(args: &[String]) -> Result<(), Fail> {
    let Some(cmd) = args.first() else {
        return Err(usage("no subcommand (classify, table or eval)"));
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "-h" | "--help" | "help" => write_out(HELP.as_bytes()),
        "-V" | "--version" => write_out(format!("boilerfold {}\n", boilerfold::VERSION).as_bytes()),
        "classify" => classify_cmd(rest),
        "table" => table_cmd(rest),
        "eval" => eval_cmd(rest),
        other => Err(usage(format!("unknown subcommand '{other}' (classify, table or eval)"))),
    }
}

/// Parse a size: digits with an optional K, M or G suffix (binary units; `KiB` etc. too).
fn parse_size(s: &str) -> Option<usize> {
    let t = s.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let (num, unit) = t.split_at(digits);
    let n: usize = num.parse().ok()?;
    let mult: usize = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" | "kb" => 1 << 10,
        "m" | "mib" | "mb" => 1 << 20,
        "g" | "gib" | "gb" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(mult)
}

/// Pulls options off an argument list: `--flag`, `--opt VALUE`, `--opt=VALUE`; `--` ends them.
struct Args<'a> {
    args: &'a [String],
    i: usize,
    positional: Vec<&'a str>,
    only_positional: bool,
}

impl<'a> Args<'a> {
    fn new(args: &'a [String]) -> Args<'a> {
        Args { args, i: 0, positional: Vec::new(), only_positional: false }
    }

    /// The next option as (name, inline value), collecting positionals on the way.
    fn next_option(&mut self) -> Option<(&'a str, Option<&'a str>)> {
        while self.i < self.args.len() {
            let a = self.args[self.i].as_str();
            self.i += 1;
            if self.only_positional || a == "-" || !a.starts_with('-') {
                self.positional.push(a);
                continue;
            }
            if a == "--" {
                self.only_positional = true;
                continue;
            }
            return Some(match a.split_once('=') {
                Some((k, v)) if k.starts_with("--") => (k, Some(v)),
                _ => (a, None),
            });
        }
        None
    }

    fn value(&mut self, name: &str, inline: Option<&'a str>) -> Result<&'a str, Fail> {
        if let Some(v) = inline {
            return Ok(v);
        }
        let v = self.args.get(self.i).ok_or_else(|| usage(format!("{name} needs a value")))?;
        self.i += 1;
        Ok(v)
    }

    fn flag(&self, name: &str, inline: Option<&str>) -> Result<(), Fail> {
        match inline {
            Some(_) => Err(usage(format!("{name} takes no value"))),
            None => Ok(()),
        }
    }
}

/// Handle an option common to all subcommands; false when it is not one.
fn common_option<'a>(
    common: &mut Common,
    args: &mut Args<'a>,
    name: &str,
    inline: Option<&'a str>,
) -> Result<bool, Fail> {
    match name {
        "--max-size" => {
            let v = args.value(name, inline)?;
            common.max_bytes = parse_size(v)
                .filter(|&n| n > 0)
                .ok_or_else(|| usage(format!("--max-size: '{v}' is not a size such as 64M")))?;
        }
        "--jobs" | "-j" => {
            let v = args.value(name, inline)?;
            common.jobs = v
                .parse()
                .ok()
                .filter(|&n: &usize| n > 0)
                .ok_or_else(|| usage(format!("{name}: '{v}' is not a positive number")))?;
        }
        "--compact" => {
            args.flag(name, inline)?;
            common.compact = true;
        }
        "-h" | "--help" => {
            write_out(HELP.as_bytes())?;
            return Err(Fail { code: 0, message: String::new() });
        }
        _ => return Ok(false),
    }
    Ok(true)
}

fn default_common() -> Common {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    Common { max_bytes: DEFAULT_MAX_BYTES, jobs, compact: false }
}

fn one_path<'a>(args: &Args<'a>, what: &str) -> Result<&'a str, Fail> {
    match args.positional.as_slice() {
        [p] => Ok(p),
        [] => Err(usage(format!("{what}: which page? (give a file, or - for stdin)"))),
        _ => Err(usage(format!("{what}: one page at a time (got {})", args.positional.len()))),
    }
}

/// `--help` inside a subcommand ends the run successfully after printing.
fn help_shown(r: Result<(), Fail>) -> Result<(), Fail> {
    match r {
        Err(Fail { code: 0, .. }) => Ok(()),
        other => other,
    }
}

fn classify_cmd(raw: &[String]) -> Result<(), Fail> {
    help_shown(classify_inner(raw))
}

fn classify_inner(raw: &[String]) -> Result<(), Fail> {
    let mut common = default_common();
    let mut output = Output::Json;
    let mut config = Config::default();
    let mut args = Args::new(raw);
    let set_output = |o: Output, name: &str, output: &mut Output| -> Result<(), Fail> {
        if *output != Output::Json && *output != o {
            return Err(usage(format!("{name} cannot be combined with another output flag")));
        }
        *output = o;
        Ok(())
    };
    while let Some((name, inline)) = args.next_option() {
        if common_option(&mut common, &mut args, name, inline)? {
            continue;
        }
        match name {
            "--text" => set_output(Output::Text, name, &mut output)?,
            "--explain" => set_output(Output::Explain, name, &mut output)?,
            "--jsonl" => set_output(Output::Jsonl, name, &mut output)?,
            "--fragment" => config.fragment = true,
            _ => return Err(usage(format!("classify: unknown option '{name}'"))),
        }
        args.flag(name, inline)?;
    }
    let path = one_path(&args, "classify")?;
    let options = Options { max_bytes: common.max_bytes };
    if output == Output::Jsonl {
        return classify_jsonl(path, &options, &config, common.jobs);
    }
    let parsed = load(path, &options)?;
    let verdict = boilerfold::classify(&parsed.page, &config);
    match output {
        Output::Text => {
            let mut s = verdict.article_text;
            if !s.is_empty() && !s.ends_with('\n') {
                s.push('\n');
            }
            write_out(s.as_bytes())
        }
        Output::Explain => write_out(explain(&parsed.page, &verdict).as_bytes()),
        _ => write_out(to_json(&verdict, common.compact).as_bytes()),
    }
}

fn table_cmd(raw: &[String]) -> Result<(), Fail> {
    help_shown((|| {
        let mut common = default_common();
        let mut args = Args::new(raw);
        while let Some((name, inline)) = args.next_option() {
            if !common_option(&mut common, &mut args, name, inline)? {
                return Err(usage(format!("table: unknown option '{name}'")));
            }
        }
        let path = one_path(&args, "table")?;
        let parsed = load(path, &Options { max_bytes: common.max_bytes })?;
        write_out(to_json(&parsed.page, common.compact).as_bytes())
    })())
}

fn to_json<T: serde::Serialize>(value: &T, compact: bool) -> String {
    let mut s =
        if compact { serde_json::to_string(value) } else { serde_json::to_string_pretty(value) }
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// Write to stdout; a closed pipe (`| head`) ends the run quietly.
fn write_out(bytes: &[u8]) -> Result<(), Fail> {
    let mut out = io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Fail { code: 1, message: format!("cannot write the output: {e}") }),
    }
}

// ---------------------------------------------------------------------------------------------
// Input.

/// Why a page could not be loaded (the message names no path; the caller adds it).
enum LoadError {
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
fn read_page(path: &str, limit: usize) -> Result<Vec<u8>, LoadError> {
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

fn load_quiet(path: &str, options: &Options) -> Result<Parsed, LoadError> {
    let bytes = read_page(path, options.max_bytes)?;
    html::parse_html_with(&bytes, options).map_err(LoadError::Input)
}

fn replaced_warning(path: &str, n: usize) {
    if n > 0 {
        let what = if n == 1 { "sequence was" } else { "sequences were" };
        eprintln!("boilerfold: {path}: {n} invalid byte {what} replaced");
    }
}

/// Load a page, warning about replaced bytes on stderr.
fn load(path: &str, options: &Options) -> Result<Parsed, Fail> {
    let shown = if path == "-" { "stdin" } else { path };
    let parsed = load_quiet(path, options).map_err(|e| bad_input(shown, e))?;
    replaced_warning(shown, parsed.replaced_chars);
    Ok(parsed)
}

// ---------------------------------------------------------------------------------------------
// --explain

/// A short selector for a node: `div#comments`, `section.related.posts`, `p`.
/// The element's short path (the same rules as the JSON's `path`).
fn selector(page: &Page, node: u32) -> String {
    if (node as usize) < page.nodes.len() {
        boilerfold::explain::path(page, node as usize)
    } else {
        format!("node {node}")
    }
}

/// Reasons in English, each with the element it points at.
fn reasons_english(page: &Page, reasons: &[boilerfold::Reason]) -> String {
    let words: Vec<String> =
        reasons.iter().map(|r| boilerfold::reason::english(r, Some(page))).collect();
    words.join(", ")
}

fn snippet(text: &str, max: usize) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if t.chars().count() <= max {
        t
    } else {
        let mut s: String = t.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

fn label_upper(l: Label) -> String {
    l.as_str().to_ascii_uppercase()
}

fn explain(page: &Page, v: &Verdict) -> String {
    let mut out = String::new();
    let paths: Vec<String> = v
        .blocks
        .iter()
        .map(|b| if b.path.is_empty() { selector(page, b.node) } else { b.path.clone() })
        .collect();
    let width = paths.iter().map(|p| p.chars().count()).max().unwrap_or(0).min(40);
    for (b, path) in v.blocks.iter().zip(&paths) {
        out.push_str(&format!(
            "#{:<4} {:<width$}  {:<8}  {:.2}  [{}]  \"{}\"\n",
            b.id,
            path,
            label_upper(b.label),
            b.confidence,
            reasons_english(page, &b.reasons),
            snippet(&b.text, 60),
        ));
    }
    let folds = v.folds.len();
    out.push_str(&format!(
        "\n{} block{}, {folds} fold{}\n",
        v.blocks.len(),
        plural(v.blocks.len()),
        plural(folds)
    ));
    for f in &v.folds {
        let path = if f.path.is_empty() { selector(page, f.node) } else { f.path.clone() };
        let ids = match (f.block_ids.first(), f.block_ids.last()) {
            (Some(a), Some(b)) if a != b => format!("#{a}–#{b}"),
            (Some(a), _) => format!("#{a}"),
            _ => "no blocks".to_owned(),
        };
        out.push_str(&format!(
            "fold {path}  {}  {} chars  blocks {ids}  [{}]\n",
            label_upper(f.label),
            f.chars,
            reasons_english(page, &f.reasons)
        ));
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

// ---------------------------------------------------------------------------------------------
// Many pages: a work queue over scoped threads.

/// Run `work` on every item with `jobs` threads, handing each result to `done` in item order
/// (results that arrive early wait in a small buffer). A panic in `work` becomes `Err(message)`.
fn run_pool<T: Sync, R: Send>(
    items: &[T],
    jobs: usize,
    work: impl Fn(&T) -> R + Sync,
    mut done: impl FnMut(usize, Result<R, String>),
) {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Result<R, String>)>();
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, items.len().max(1)) {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = panic::catch_unwind(AssertUnwindSafe(|| work(item)))
                    .map_err(|p| format!("internal error: {}", panic_message(p.as_ref())));
                if tx.send((i, r)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, r) in rx {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                done(want, r);
                want += 1;
            }
        }
    });
}

/// Progress on stderr, only when it is a terminal.
struct Progress {
    on: bool,
    total: usize,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress { on: io::stderr().is_terminal() && total > 1, total }
    }
    fn tick(&self, done: usize, name: &str) {
        if self.on {
            eprint!("\r\x1b[K[{done}/{}] {}", self.total, snippet(name, 60));
        }
    }
    fn finish(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
}

fn is_page_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    [".html", ".htm", ".html.gz", ".htm.gz"].iter().any(|s| n.ends_with(s))
}

/// The pages of a folder, sorted by name.
fn list_pages(dir: &str) -> Result<Vec<PathBuf>, Fail> {
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

fn classify_jsonl(path: &str, options: &Options, config: &Config, jobs: usize) -> Result<(), Fail> {
    let files: Vec<PathBuf> = if path != "-" && Path::new(path).is_dir() {
        list_pages(path)?
    } else {
        vec![PathBuf::from(path)]
    };
    let progress = Progress::new(files.len());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut write_error: Option<io::Error> = None;
    let mut count = 0;
    run_pool(
        &files,
        jobs,
        |file| {
            let name = file.to_string_lossy();
            if file.to_str().is_none() {
                let e = "the file name is not valid UTF-8; rename it to classify it";
                return (serde_json::json!({ "file": name, "error": e }), 0);
            }
            match load_quiet(&name, options) {
                Ok(parsed) => {
                    let verdict = boilerfold::classify(&parsed.page, config);
                    let line = serde_json::json!({ "file": name, "verdict": verdict });
                    (line, parsed.replaced_chars)
                }
                Err(e) => (serde_json::json!({ "file": name, "error": e.to_string() }), 0),
            }
        },
        |i, r| {
            let name = files[i].to_string_lossy();
            let line = match r {
                Ok((line, replaced)) => {
                    replaced_warning(&name, replaced);
                    line
                }
                Err(e) => serde_json::json!({ "file": name, "error": e }),
            };
            count += 1;
            progress.tick(count, &name);
            if write_error.is_none() {
                if let Err(e) = writeln!(out, "{line}") {
                    write_error = Some(e);
                }
            }
        },
    );
    progress.finish();
    let flushed = out.flush();
    match write_error.map_or(flushed, Err) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(Fail { code: 1, message: format!("cannot write the output: {e}") })
        }
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// eval

fn eval_cmd(raw: &[String]) -> Result<(), Fail> {
    help_shown(eval_inner(raw))
}

fn eval_inner(raw: &[String]) -> Result<(), Fail> {
    let mut common = default_common();
    let mut args = Args::new(raw);
    let (mut truth_path, mut html_dir, mut json_out) = (None, None, None);
    while let Some((name, inline)) = args.next_option() {
        if common_option(&mut common, &mut args, name, inline)? {
            continue;
        }
        match name {
            "--truth" => truth_path = Some(args.value(name, inline)?),
            "--html" => html_dir = Some(args.value(name, inline)?),
            "--json" => json_out = Some(args.value(name, inline)?),
            _ => return Err(usage(format!("eval: unknown option '{name}'"))),
        }
    }
    if let Some(p) = args.positional.first() {
        return Err(usage(format!("eval: unexpected argument '{p}'")));
    }
    let truth_path = truth_path.ok_or_else(|| usage("eval needs --truth FILE"))?;
    let html_dir = html_dir.ok_or_else(|| usage("eval needs --html DIR"))?;

    let truth = read_truth(truth_path)?;
    if !Path::new(html_dir).is_dir() {
        let why = if Path::new(html_dir).exists() { "is not a folder" } else { "no such folder" };
        return Err(bad_input(html_dir, why));
    }
    let mut by_id: HashMap<String, PathBuf> = HashMap::new();
    for p in list_pages(html_dir)? {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let lower = name.to_ascii_lowercase();
        let stem_len = [".html.gz", ".htm.gz", ".html", ".htm"]
            .iter()
            .find(|s| lower.ends_with(*s))
            .map_or(name.len(), |s| name.len() - s.len());
        by_id.entry(name[..stem_len].to_owned()).or_insert(p);
    }
    let ids: Vec<&String> = truth.keys().collect();
    let missing = ids.iter().filter(|id| !by_id.contains_key(id.as_str())).count();
    if missing > 0 {
        eprintln!(
            "boilerfold: {missing} of {} pages have no file in {html_dir} (scored as empty)",
            ids.len()
        );
    }
    let options = Options { max_bytes: common.max_bytes };
    let config = Config::default();
    let progress = Progress::new(ids.len());
    let mut predictions: Vec<String> = Vec::with_capacity(ids.len());
    let mut count = 0;
    run_pool(
        &ids,
        common.jobs,
        |id| -> Result<String, String> {
            let Some(path) = by_id.get(id.as_str()) else {
                return Ok(String::new());
            };
            let name = path.to_string_lossy();
            let parsed = load_quiet(&name, &options).map_err(|e| format!("{name}: {e}"))?;
            Ok(boilerfold::classify(&parsed.page, &config).article_text)
        },
        |i, r| {
            let text = match r {
                Ok(Ok(t)) => t,
                Ok(Err(e)) | Err(e) => {
                    eprintln!("boilerfold: {e} (scored as empty)");
                    String::new()
                }
            };
            count += 1;
            progress.tick(count, ids[i]);
            predictions.push(text);
        },
    );
    progress.finish();

    let mut pages: Vec<eval::PageScore> = ids
        .iter()
        .zip(&predictions)
        .map(|(id, pred)| eval::score_page(id, &truth[*id], pred))
        .collect();
    let summary = eval::aggregate(&pages);
    pages.sort_by(|a, b| a.f1.total_cmp(&b.f1).then_with(|| a.id.cmp(&b.id)));
    let mut out = String::from("    F1      P      R  id\n");
    for p in &pages {
        out.push_str(&format!("{:6.3} {:6.3} {:6.3}  {}\n", p.f1, p.precision, p.recall, p.id));
    }
    out.push_str(&format!(
        "\nF1 {:.3}  precision {:.3}  recall {:.3}  accuracy {:.3}  ({} pages, {} empty predictions)\n",
        summary.f1, summary.precision, summary.recall, summary.accuracy, summary.pages, summary.empty_predictions
    ));
    if let Some(json_path) = json_out {
        let map: serde_json::Map<String, serde_json::Value> = ids
            .iter()
            .zip(&predictions)
            .map(|(id, text)| ((*id).clone(), serde_json::json!({ "articleBody": text })))
            .collect();
        let text = serde_json::to_string_pretty(&map).unwrap_or_default() + "\n";
        std::fs::write(json_path, text)
            .map_err(|e| Fail { code: 1, message: format!("{json_path}: cannot write: {e}") })?;
    }
    write_out(out.as_bytes())
}

/// `{id: {"articleBody": text, ...}}` → id → text, sorted by id.
fn read_truth(path: &str) -> Result<BTreeMap<String, String>, Fail> {
    let bytes = read_page(path, DEFAULT_MAX_BYTES.max(1 << 30)).map_err(|e| bad_input(path, e))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| bad_input(path, format!("not valid JSON: {e}")))?;
    let serde_json::Value::Object(map) = value else {
        return Err(bad_input(path, "not a JSON object {id: {\"articleBody\": …}}"));
    };
    let mut out = BTreeMap::new();
    for (id, entry) in map {
        let text = match &entry {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Object(o) => match o.get("articleBody") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Null) | None => String::new(),
                Some(other) => other.to_string(),
            },
            _ => String::new(),
        };
        out.insert(id, text);
    }
    if out.is_empty() {
        return Err(bad_input(path, "the ground truth lists no pages"));
    }
    Ok(out)
}
