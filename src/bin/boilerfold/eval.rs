//! `eval`: score article extraction against a ground truth with the article-extraction-benchmark
//! metric (`boilerfold::eval`).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use boilerfold::eval;
use boilerfold::html::{Options, DEFAULT_MAX_BYTES};
use boilerfold::Config;

use crate::args::{common_option, default_common, Args};
use crate::fail::{bad_input, help_shown, usage, Fail};
use crate::input::{list_pages, load_quiet, read_page};
use crate::output::write_out;
use crate::pool::{run_pool, Progress};

/// `boilerfold eval --truth FILE --html DIR`.
pub fn eval_cmd(raw: &[String]) -> Result<(), Fail> {
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
