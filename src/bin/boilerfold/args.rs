//! The command line: the help text, the option scanner ([`Args`]) and the options every
//! subcommand takes ([`Common`]). Parsed by hand with `std`.

use boilerfold::html::DEFAULT_MAX_BYTES;

use crate::fail::{usage, Fail};
use crate::output::write_out;

/// The `--help` text.
pub const HELP: &str = "\
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

/// The options common to all subcommands.
pub struct Common {
    pub max_bytes: usize,
    pub jobs: usize,
    pub compact: bool,
}

/// Parse a size: digits with an optional K, M or G suffix (binary units; `KiB` etc. too).
pub fn parse_size(s: &str) -> Option<usize> {
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
pub struct Args<'a> {
    args: &'a [String],
    i: usize,
    pub positional: Vec<&'a str>,
    only_positional: bool,
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [String]) -> Args<'a> {
        Args { args, i: 0, positional: Vec::new(), only_positional: false }
    }

    /// The next option as (name, inline value), collecting positionals on the way.
    pub fn next_option(&mut self) -> Option<(&'a str, Option<&'a str>)> {
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

    pub fn value(&mut self, name: &str, inline: Option<&'a str>) -> Result<&'a str, Fail> {
        if let Some(v) = inline {
            return Ok(v);
        }
        let v = self.args.get(self.i).ok_or_else(|| usage(format!("{name} needs a value")))?;
        self.i += 1;
        Ok(v)
    }

    pub fn flag(&self, name: &str, inline: Option<&str>) -> Result<(), Fail> {
        match inline {
            Some(_) => Err(usage(format!("{name} takes no value"))),
            None => Ok(()),
        }
    }
}

/// Handle an option common to all subcommands; false when it is not one.
pub fn common_option<'a>(
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

/// The defaults: a 64M size limit, one worker per core, indented JSON.
pub fn default_common() -> Common {
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    Common { max_bytes: DEFAULT_MAX_BYTES, jobs, compact: false }
}

/// The one page a subcommand works on: exactly one positional argument.
pub fn one_path<'a>(args: &Args<'a>, what: &str) -> Result<&'a str, Fail> {
    match args.positional.as_slice() {
        [p] => Ok(p),
        [] => Err(usage(format!("{what}: which page? (give a file, or - for stdin)"))),
        _ => Err(usage(format!("{what}: one page at a time (got {})", args.positional.len()))),
    }
}
