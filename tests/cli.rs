//! The `boilerfold` binary end to end: exit codes, error lines, stdin, encodings, big and deep
//! pages, `--jsonl` over a folder, `eval`. Inputs are written to a fresh temporary folder by
//! each test (or are small files in tests/fixtures/cli/).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_boilerfold");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_with(args: &[&str], stdin: Option<Stdio>, input: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(match (stdin, input) {
        (Some(s), _) => s,
        (None, Some(_)) => Stdio::piped(),
        (None, None) => Stdio::null(),
    });
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(bytes) = input {
        let mut pipe = child.stdin.take().expect("stdin");
        let bytes = bytes.to_vec();
        // Write from a thread so a large input cannot dead-lock against a full stdout pipe.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        });
    }
    let out = child.wait_with_output().expect("the binary finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn run(args: &[&str]) -> Run {
    run_with(args, None, None)
}

/// A fresh, empty temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("boilerfold-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write input");
    p.to_string_lossy().into_owned()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).expect("gzip");
    enc.finish().expect("gzip")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {}", &s[..s.len().min(300)]))
}

/// The text nodes of a `table` output.
fn texts(table: &serde_json::Value) -> Vec<String> {
    table["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter(|n| n["tag"] == "#text")
        .map(|n| n["text"].as_str().unwrap_or("").to_owned())
        .collect()
}

const ARTICLE: &str =
    "<!doctype html><html><head><meta charset=utf-8><title>A story</title></head>\
<body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>The river rises</h1>\
<p>The river rose by two metres overnight, and the town council opened the old flood gates \
before dawn to spare the lower streets from the water.</p>\
<p>Residents of the harbour district were told to move their cars to higher ground, and the \
school on the quay will stay closed until Thursday at the earliest.</p></article>\
<div id=comments class=comments><h3>Leave a Reply</h3><form action=/wp-comments-post.php>\
<textarea name=comment></textarea><input type=email name=email><input type=submit></form></div>\
</body></html>";

#[test]
fn help_and_usage_errors() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    for word in
        ["classify", "table", "eval", "--jsonl", "--explain", "--text", "--truth", "--max-size"]
    {
        assert!(r.stdout.contains(word), "help lacks {word}");
    }
    assert_eq!(run(&["classify", "--help"]).code, 0);
    let r = run(&[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("boilerfold: "), "{}", r.stderr);
    assert_eq!(run(&["frobnicate"]).code, 2);
    assert_eq!(run(&["classify", "--bogus", "x.html"]).code, 2);
    assert_eq!(run(&["classify"]).code, 2);
    assert_eq!(run(&["classify", "--text", "--explain", "x.html"]).code, 2);
    assert_eq!(run(&["classify", "--max-size", "lots", "x.html"]).code, 2);
    assert_eq!(run(&["eval", "--html", "."]).code, 2);
    assert!(run(&["--version"]).stdout.starts_with("boilerfold "));
}

#[test]
fn bad_inputs_exit_1_with_one_clear_line() {
    let dir = temp_dir("bad");
    let cases: Vec<(String, &str)> = vec![
        (dir.join("missing.html").to_string_lossy().into_owned(), "no such file"),
        (dir.to_string_lossy().into_owned(), "is a folder"),
        (write(&dir, "empty.html", b""), "the file is empty"),
        (write(&dir, "blank.html", b" \n\t\r\n"), "the file is empty"),
        (write(&dir, "image.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "a PNG image"),
        (write(&dir, "doc.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), "a PDF document"),
        (write(&dir, "nul.html", b"<p>text\0with a NUL</p>"), "NUL bytes"),
        (write(&dir, "notes.html", b"Shopping list: eggs, milk < 2 litres.\n"), "not HTML"),
        (write(&dir, "broken.html.gz", b"this is not gzip"), "not gzip"),
    ];
    for (path, expect) in &cases {
        for cmd in ["classify", "table"] {
            let r = run(&[cmd, path]);
            assert_eq!(r.code, 1, "{cmd} {path}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{cmd} {path} printed {}", r.stdout);
            assert_eq!(r.stderr.lines().count(), 1, "{cmd} {path}: {}", r.stderr);
            assert!(r.stderr.starts_with(&format!("boilerfold: {path}: ")), "{}", r.stderr);
            assert!(r.stderr.contains(expect), "{cmd} {path}: {}", r.stderr);
        }
    }
    // Too large: the size cap is configurable.
    let big = write(&dir, "big.html", format!("<p>{}</p>", "x".repeat(4096)).as_bytes());
    let r = run(&["classify", "--max-size", "1K", &big]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("larger than the limit of 1 KiB"), "{}", r.stderr);
    assert_eq!(run(&["classify", "--max-size", "8K", &big]).code, 0);
    // A gzip file that inflates beyond the cap is refused too.
    let bomb =
        write(&dir, "bomb.html.gz", &gzip(format!("<p>{}</p>", "a".repeat(1 << 20)).as_bytes()));
    let r = run(&["table", "--max-size", "64K", &bomb]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("larger than"), "{}", r.stderr);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn endless_stdin_stops_at_the_cap() {
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    let r = run_with(&["classify", "--max-size", "2M", "-"], Some(Stdio::from(zero)), None);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("stdin: larger than the limit of 2 MiB"), "{}", r.stderr);
}

#[test]
fn classify_from_stdin_and_a_file_agree() {
    let r = run_with(&["classify", "-"], None, Some(ARTICLE.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let v = json(&r.stdout);
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    let blocks = v["blocks"].as_array().expect("blocks");
    assert!(blocks.len() >= 4, "{blocks:?}");
    for b in blocks {
        for field in ["id", "label", "confidence", "reasons"] {
            assert!(!b[field].is_null(), "block lacks {field}: {b}");
        }
    }
    assert!(v["folds"].is_array());
    assert!(v["article_text"].as_str().unwrap_or("").contains("two metres overnight"));

    let dir = temp_dir("agree");
    let path = write(&dir, "story.html", ARTICLE.as_bytes());
    let from_file = run(&["classify", &path]);
    assert_eq!(from_file.stdout, r.stdout);
    let text = run(&["classify", "--text", &path]);
    assert_eq!(text.code, 0);
    assert_eq!(text.stdout.trim_end(), v["article_text"].as_str().unwrap_or("").trim_end());
    let compact = run(&["classify", "--compact", &path]);
    assert_eq!(compact.stdout.lines().count(), 1);
    assert_eq!(json(&compact.stdout), v);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn explain_prints_one_line_per_block_then_folds() {
    let r = run_with(&["classify", "--explain", "-"], None, Some(ARTICLE.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = json(&run_with(&["classify", "-"], None, Some(ARTICLE.as_bytes())).stdout);
    let blocks = v["blocks"].as_array().expect("blocks");
    let lines: Vec<&str> = r.stdout.lines().collect();
    for (i, b) in blocks.iter().enumerate() {
        let line = lines[i];
        assert!(line.starts_with(&format!("#{}", b["id"])), "{line}");
        let label = b["label"].as_str().unwrap_or("").to_uppercase();
        assert!(line.contains(&format!("  {label} ")), "{line}");
        assert!(
            line.contains(&format!("{:.2}", b["confidence"].as_f64().unwrap_or(-1.0))),
            "{line}"
        );
    }
    let folds = v["folds"].as_array().expect("folds").len();
    assert!(r.stdout.contains(&format!("{} blocks, {folds} fold", blocks.len())), "{}", r.stdout);
    assert_eq!(r.stdout.lines().filter(|l| l.starts_with("fold ")).count(), folds);
}

#[test]
fn table_prints_the_page_table() {
    let r = run(&["table", &fixture("collect-rules.html")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t = json(&r.stdout);
    let nodes = t["nodes"].as_array().expect("nodes");
    assert_eq!(nodes[0]["tag"], "body");
    assert_eq!(nodes[0]["parent"], -1);
    // Script, style, template and comments leave no trace; the comment splits "a" and "b".
    let texts = texts(&t);
    assert!(texts.iter().all(|s| !s.contains("SKIPPED")), "{texts:?}");
    assert!(texts.windows(2).any(|w| w[0] == "before the comment " && w[1] == " after it"));
    let hidden: Vec<&str> = nodes
        .iter()
        .filter(|n| n["hidden"] == true)
        .map(|n| n["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(hidden, ["h1", "h2", "h3", "h4"]);
    let link = nodes.iter().find(|n| n["tag"] == "a").expect("a link");
    assert_eq!(link["href"], "/next-story");
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let dir = temp_dir("utf8");
    let path = write(&dir, "bad-utf8.html", b"<p>caf\xe9 \xff\xfe fine</p>");
    let r = run(&["table", &path]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stderr.trim_end(),
        format!("boilerfold: {path}: 3 invalid byte sequences were replaced")
    );
    assert!(texts(&json(&r.stdout)).contains(&"caf\u{fffd} \u{fffd}\u{fffd} fine".to_owned()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn legacy_encodings_are_decoded() {
    // windows-1251 declared with <meta charset>.
    let r = run(&["table", &fixture("windows-1251.html")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let t = texts(&json(&r.stdout));
    assert!(t.iter().any(|s| s == "Читайте также"), "{t:?}");
    assert!(t.iter().any(|s| s.starts_with("Москва — столица России")), "{t:?}");
    // Shift_JIS declared with http-equiv.
    let r = run(&["table", &fixture("shift_jis.html")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(texts(&json(&r.stdout)).iter().any(|s| s == "東京は日本の首都です。"));
    // Latin-1 (decoded as windows-1252, as the Encoding Standard says: 0x80 is the euro sign).
    let r = run(&["table", &fixture("latin1.html")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert!(texts(&json(&r.stdout)).iter().any(|s| s == "Déjà vu à Noël, « ça » coûte 5 €."));
}

#[test]
fn fifty_megabyte_page_completes() {
    let mut html =
        String::from("<!doctype html><html><head><meta charset=utf-8><title>Big</title>");
    html.push_str("</head><body><article><h1>A very long report</h1>\n");
    let mut i = 0;
    while html.len() < 50_000_000 {
        html.push_str(&format!(
            "<p>Paragraph {i} of the report: the committee heard <em>evidence</em> from \
             witness number {i}, who described the events of that week in some detail, \
             including the <a href=\"/doc/{i}\">minutes</a> of the meeting.</p>\n"
        ));
        i += 1;
    }
    html.push_str(
        "<p>The last sentence of the very long report is here.</p></article></body></html>",
    );
    let dir = temp_dir("big");
    let path = write(&dir, "big.html", html.as_bytes());
    drop(html);
    let r = run(&["classify", "--text", &path]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert!(r.stdout.contains("Paragraph 0 of the report"), "start missing");
    assert!(r.stdout.contains("The last sentence of the very long report is here."));
    assert!(
        r.stdout.lines().count() > i / 2,
        "{} lines for {i} paragraphs",
        r.stdout.lines().count()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hundred_thousand_levels_deep() {
    let n = 100_000;
    let html = format!(
        "<!doctype html><body>{}<p>deep text</p>{}<p>back at the top</p>",
        "<div class=x>".repeat(n),
        "</div>".repeat(n)
    );
    let r = run_with(&["table", "--compact", "-"], None, Some(html.as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t = json(&r.stdout);
    let nodes = t["nodes"].as_array().expect("nodes");
    let parent = |i: usize| nodes[i]["parent"].as_i64().unwrap_or(-2);
    // Parents point backwards, so the table is a tree in document order.
    assert!((0..nodes.len()).all(|i| parent(i) < i as i64));
    let deep = nodes.iter().position(|n| n["text"] == "deep text").expect("deep text kept");
    let mut depth = 0;
    let mut i = deep;
    while parent(i) >= 0 {
        i = parent(i) as usize;
        depth += 1;
    }
    assert!(depth >= 400, "depth {depth}");
    let top = nodes.iter().position(|n| n["text"] == "back at the top").expect("top text");
    assert_eq!(parent(parent(top) as usize), 0, "the closing tags brought us back to <body>");
    let c = run_with(&["classify", "--text", "-"], None, Some(html.as_bytes()));
    assert_eq!(c.code, 0, "{}", c.stderr);
}

#[test]
fn jsonl_over_a_folder() {
    let dir = temp_dir("jsonl");
    write(&dir, "a.html", ARTICLE.as_bytes());
    write(&dir, "b.htm", b"<p>A short page with one paragraph of text.</p>");
    write(&dir, "c.html.gz", &gzip(ARTICLE.replace("river", "canal").as_bytes()));
    write(&dir, "d.html", b"");
    write(&dir, "notes.txt", b"<p>not a page name</p>");
    std::fs::create_dir_all(dir.join("sub.html")).expect("sub-folder");
    let d = dir.to_string_lossy().into_owned();
    for jobs in ["1", "3"] {
        let r = run(&["classify", "--jsonl", "--jobs", jobs, &d]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let lines: Vec<serde_json::Value> = r.stdout.lines().map(json).collect();
        let files: Vec<String> = lines
            .iter()
            .map(|l| {
                let f = l["file"].as_str().unwrap_or("");
                Path::new(f)
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(files, ["a.html", "b.htm", "c.html.gz", "d.html"]);
        for l in &lines[..3] {
            assert!(l["error"].is_null() && l["verdict"]["blocks"].is_array(), "{l}");
        }
        assert!(lines[2]["verdict"]["article_text"].as_str().unwrap_or("").contains("canal"));
        assert_eq!(lines[3]["error"], "the file is empty");
        assert!(lines[3]["verdict"].is_null());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn eval_scores_and_writes_predictions() {
    let dir = temp_dir("eval");
    let html = dir.join("html");
    std::fs::create_dir_all(&html).expect("html dir");
    write(&html, "p1.html", ARTICLE.as_bytes());
    write(&html, "p2.html.gz", &gzip(ARTICLE.as_bytes()));
    let truth = serde_json::json!({
        "p1": {"articleBody": "The river rises\nThe river rose by two metres overnight, and the town council opened the old flood gates before dawn to spare the lower streets from the water.", "url": "https://example.org/1"},
        "p2": {"articleBody": "Something else entirely, written about another subject for this test.", "url": "https://example.org/2"},
        "p3": {"articleBody": "This page has no file.", "url": "https://example.org/3"},
    });
    let truth_path = write(&dir, "truth.json", truth.to_string().as_bytes());
    let pred_path = dir.join("pred.json").to_string_lossy().into_owned();
    let r = run(&[
        "eval",
        "--truth",
        &truth_path,
        "--html",
        &html.to_string_lossy(),
        "--json",
        &pred_path,
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 of 3 pages have no file"), "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().skip(1).take(3).collect();
    // Sorted by F1, worst first: p2 and p3 score 0, p1 is partly right.
    assert!(rows[2].ends_with(" p1"), "{rows:?}");
    let p1: Vec<f64> =
        rows[2].split_whitespace().take(3).map(|x| x.parse().unwrap_or(-1.0)).collect();
    assert!(p1[2] == 1.0, "all true shingles of p1 are found: {rows:?}");
    assert!(p1[1] > 0.0 && p1[1] < 1.0, "p1 has extra text: {rows:?}");
    assert!(r.stdout.contains("(3 pages, 1 empty predictions)"), "{}", r.stdout);
    let pred = json(&std::fs::read_to_string(&pred_path).expect("predictions written"));
    assert!(pred["p1"]["articleBody"].as_str().unwrap_or("").contains("two metres"));
    assert_eq!(pred["p3"]["articleBody"], "");
    let r = run(&["eval", "--truth", &truth_path, "--html", &dir.join("nope").to_string_lossy()]);
    assert_eq!(r.code, 1);
    let _ = std::fs::remove_dir_all(&dir);
}
