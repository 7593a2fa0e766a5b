//! Native single-thread throughput, everything on the same bytes in the same run:
//!
//! * `boilerfold` — `html::parse_html` (encoding sniffing, html5ever, flattening to the page
//!   table) + `classify`, and `classify` alone on tables parsed beforehand;
//! * `dom_smoothie` — a Rust port of Readability.js (`Readability::new(..).parse()`), given the
//!   page already decoded to a `String` (lossy UTF-8; decoding is not timed for it).
//!
//! Usage: `boilerfold-bench-native [--passes N] [--boilerfold-only] PATH...` where each PATH is a page
//! (`.html`, `.html.gz`) or a folder of them. Prints one JSON object on stdout; `bench/run.mjs`
//! turns it into tables. A pass runs every page once; the report gives the median pass (thread
//! CPU time, and wall time) and, per page, the median wall time over passes.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use boilerfold::{html, Config, Page};

struct Input {
    name: String,
    bytes: Vec<u8>,
    text: String,
}

fn load(path: &Path) -> std::io::Result<Vec<u8>> {
    let raw = std::fs::read(path)?;
    if path.to_string_lossy().ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..]).read_to_end(&mut out)?;
        Ok(out)
    } else {
        Ok(raw)
    }
}

fn is_page(p: &Path) -> bool {
    let s = p.to_string_lossy();
    s.ends_with(".html") || s.ends_with(".html.gz") || s.ends_with(".htm") || s.ends_with(".htm.gz")
}

fn collect(paths: &[String]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        let p = PathBuf::from(p);
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
                .expect("read_dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.is_file() && is_page(f))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p);
        }
    }
    out
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let n = v.len();
    if n == 0 {
        0.0
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// CPU time of the calling thread, in ms: on a shared machine (other builds running) wall time
/// also counts the time this thread waited for a core; CPU time does not.
fn thread_cpu_ms() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock id is a constant Linux provides.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 * 1e3 + ts.tv_nsec as f64 / 1e6
}

struct Timing {
    /// Wall time of each pass, ms.
    wall: Vec<f64>,
    /// Thread CPU time of each pass, ms.
    cpu: Vec<f64>,
    /// Per page, the median wall time over passes, ms.
    per_page: Vec<f64>,
    /// Per page, the median thread CPU time over passes, ms.
    per_page_cpu: Vec<f64>,
}

/// Time `f` on every page, `passes` times (after one warm-up pass).
fn run<T>(inputs: &[T], passes: usize, mut f: impl FnMut(&T)) -> Timing {
    let mut per_page: Vec<Vec<f64>> = vec![Vec::with_capacity(passes); inputs.len()];
    let mut per_page_cpu: Vec<Vec<f64>> = vec![Vec::with_capacity(passes); inputs.len()];
    let mut wall = Vec::with_capacity(passes);
    let mut cpu = Vec::with_capacity(passes);
    // One warm-up pass (page faults, allocator, lazily compiled patterns).
    for x in inputs {
        f(x);
    }
    for _ in 0..passes {
        let pass = Instant::now();
        let cpu0 = thread_cpu_ms();
        for (i, x) in inputs.iter().enumerate() {
            let t = Instant::now();
            let c = thread_cpu_ms();
            f(x);
            per_page_cpu[i].push(thread_cpu_ms() - c);
            per_page[i].push(t.elapsed().as_secs_f64() * 1e3);
        }
        cpu.push(thread_cpu_ms() - cpu0);
        wall.push(pass.elapsed().as_secs_f64() * 1e3);
    }
    let per_page = per_page.iter_mut().map(|v| median(v)).collect();
    let per_page_cpu = per_page_cpu.iter_mut().map(|v| median(v)).collect();
    Timing { wall, cpu, per_page, per_page_cpu }
}

fn report(name: &str, t: &Timing, pages: usize, bytes: usize) -> String {
    let wall = median(&mut t.wall.clone());
    let cpu = median(&mut t.cpu.clone());
    serde_json::json!({
        "engine": name,
        "passes": t.wall.len(),
        "wall_ms": wall,
        "cpu_ms": cpu,
        "pages_per_s": pages as f64 / (cpu / 1e3),
        "mb_per_s": bytes as f64 / 1e6 / (cpu / 1e3),
        "wall_pages_per_s": pages as f64 / (wall / 1e3),
        "wall_mb_per_s": bytes as f64 / 1e6 / (wall / 1e3),
        "per_page_ms": t.per_page,
        "per_page_cpu_ms": t.per_page_cpu,
    })
    .to_string()
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut passes = 5usize;
    // `--boilerfold-only`: parse+classify only (the scaling pages: dom_smoothie and the split
    // runs would triple the time on 50 MB inputs).
    let only = args.iter().any(|a| a == "--boilerfold-only");
    args.retain(|a| a != "--boilerfold-only");
    if let Some(i) = args.iter().position(|a| a == "--passes") {
        passes = args.get(i + 1).and_then(|s| s.parse().ok()).expect("--passes N");
        args.drain(i..i + 2);
    }
    let files = collect(&args);
    if files.is_empty() {
        eprintln!("usage: boilerfold-bench-native [--passes N] PAGE|DIR...");
        std::process::exit(2);
    }
    let inputs: Vec<Input> = files
        .iter()
        .map(|p| {
            let bytes = load(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            Input { name, bytes, text }
        })
        .collect();
    let pages = inputs.len();
    let bytes: usize = inputs.iter().map(|i| i.bytes.len()).sum();
    let config = Config::default();

    let parse_classify = run(&inputs, passes, |i| {
        if let Ok(parsed) = html::parse_html(&i.bytes) {
            black_box(boilerfold::classify(&parsed.page, &config));
        }
    });
    if only {
        println!(
            "{{\"pages\":{pages},\"bytes\":{bytes},\"sizes\":{},\"engines\":[{}]}}",
            serde_json::to_string(&inputs.iter().map(|i| i.bytes.len()).collect::<Vec<_>>())
                .unwrap(),
            report("boilerfold parse+classify", &parse_classify, pages, bytes),
        );
        return;
    }
    let parse_only = run(&inputs, passes, |i| {
        black_box(html::parse_html(&i.bytes).ok());
    });
    let tables: Vec<Page> = inputs
        .iter()
        .map(|i| html::parse_html(&i.bytes).map(|p| p.page).unwrap_or_default())
        .collect();
    let nodes: Vec<usize> = tables.iter().map(|t| t.nodes.len()).collect();
    let classify_only = run(&tables, passes, |t| {
        black_box(boilerfold::classify(t, &config));
    });
    let smoothie = run(&inputs, passes, |i| {
        if let Ok(mut r) = dom_smoothie::Readability::new(i.text.as_str(), None, None) {
            black_box(r.parse().ok());
        }
    });

    let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
    let sizes: Vec<usize> = inputs.iter().map(|i| i.bytes.len()).collect();
    println!(
        "{{\"pages\":{pages},\"bytes\":{bytes},\"names\":{},\"sizes\":{},\"nodes\":{},\"engines\":[{},{},{},{}]}}",
        serde_json::to_string(&names).unwrap(),
        serde_json::to_string(&sizes).unwrap(),
        serde_json::to_string(&nodes).unwrap(),
        report("boilerfold parse+classify", &parse_classify, pages, bytes),
        report("boilerfold parse only", &parse_only, pages, bytes),
        report("boilerfold classify only", &classify_only, pages, bytes),
        report("dom_smoothie Readability", &smoothie, pages, bytes),
    );
}
