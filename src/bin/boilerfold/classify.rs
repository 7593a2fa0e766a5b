//! `classify` (one page as JSON, text or `--explain`; `--jsonl` for a folder) and `table`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use boilerfold::html::Options;
use boilerfold::Config;

use crate::args::{common_option, default_common, one_path, Args};
use crate::fail::{help_shown, usage, Fail};
use crate::input::{list_pages, load, load_quiet, replaced_warning};
use crate::output::{explain, to_json, write_out};
use crate::pool::{run_pool, Progress};

/// What `classify` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Json,
    Text,
    Explain,
    Jsonl,
}

/// `boilerfold classify ...`.
pub fn classify_cmd(raw: &[String]) -> Result<(), Fail> {
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

/// `boilerfold table PAGE`: the page table as JSON.
pub fn table_cmd(raw: &[String]) -> Result<(), Fail> {
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

/// `classify --jsonl`: one JSON line per page of a folder (or for the one file), in name order.
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
