//! The `boilerfold` command-line program: classify saved pages, print their page table, score
//! article extraction against the article-extraction-benchmark ground truth.
//!
//! Arguments are parsed by hand with `std` (three subcommands and a dozen flags do not need a
//! dependency). Exit codes: 0 ok, 1 bad input, 2 usage, 70 internal error (a panic: a bug; the
//! panic hook prints one line naming it, and in `--jsonl` / `eval` runs a panic on one page
//! becomes that page's error instead of stopping the run).
//!
//! Modules: `args` (the help text and option parsing), `input` (files, folders, stdin, `.gz`),
//! `output` (JSON, `--explain`, stdout), `pool` (the many-pages work queue), `fail` (errors and
//! exit codes), and one per subcommand: `classify` (with `table`) and `eval`.

mod args;
mod classify;
mod eval;
mod fail;
mod input;
mod output;
mod pool;

use std::panic;
use std::process::ExitCode;

use args::HELP;
use classify::{classify_cmd, table_cmd};
use eval::eval_cmd;
use fail::{panic_message, usage, Fail};
use output::write_out;

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
