//! The `boilerfold` binary against hostile input: endless streams, pages built to be slow, bytes
//! that are not a page. Each run must end on its own — within a generous time limit, after which
//! the test kills it and fails — with the right exit code, and with one clear line on stderr when
//! the input is refused. (tests/cli.rs covers the ordinary errors, `/dev/zero` on stdin with a
//! small `--max-size`, a 50 MB page and 100 000 nested divs; this file covers the rest.)

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_boilerfold");

/// Far above what any of these runs needs (they take well under a second or two in a release
/// build); only a hang reaches it.
const LIMIT: Duration = Duration::from_secs(120);

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// What to feed the binary's stdin.
enum Input {
    None,
    Bytes(Vec<u8>),
    /// `byte` repeated for ever (until the binary closes the pipe).
    Endless(u8),
}

/// Run the binary with an address-space limit of `vm_mib` MiB (so reading without a bound
/// makes it fail instead of filling the machine) and kill it after [`LIMIT`].
fn run(args: &[&str], input: Input, vm_mib: u64) -> Run {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -v {} && exec \"$0\" \"$@\"", vm_mib * 1024))
        .arg(BIN)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(match input {
            Input::None => Stdio::null(),
            _ => Stdio::piped(),
        });
    let mut child = cmd.spawn().expect("the binary runs");
    let writer = child.stdin.take().map(|mut pipe| {
        std::thread::spawn(move || match input {
            Input::Bytes(bytes) => {
                let _ = pipe.write_all(&bytes);
            }
            Input::Endless(byte) => {
                let chunk = vec![byte; 1 << 16];
                // Ends when the binary closes its end of the pipe (a broken pipe).
                while pipe.write_all(&chunk).is_ok() {}
            }
            Input::None => {}
        })
    });
    // Drain both pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out, &mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err, &mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("boilerfold {args:?} still running after {LIMIT:?}: killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    if let Some(w) = writer {
        w.join().expect("writer");
    }
    Run {
        code: status.code(),
        stdout: String::from_utf8_lossy(&out.join().expect("stdout")).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr")).into_owned(),
    }
}

/// Plenty for a 64 MiB input and its page table, far below "read everything".
const VM_MIB: u64 = 2048;

fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("boilerfold-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write input");
    p.to_string_lossy().into_owned()
}

/// Exit code 1, nothing on stdout, one line on stderr naming the input and saying `what`.
fn assert_refused(r: &Run, name: &str, what: &str) {
    assert_eq!(r.code, Some(1), "{name}: {}", r.stderr);
    assert!(r.stdout.is_empty(), "{name}: printed {}", r.stdout);
    assert_eq!(r.stderr.lines().count(), 1, "{name}: {}", r.stderr);
    assert!(r.stderr.starts_with(&format!("boilerfold: {name}: ")), "{}", r.stderr);
    assert!(r.stderr.contains(what), "{name}: {}", r.stderr);
}

#[test]
fn endless_stdin_stops_at_the_default_cap() {
    // Not /dev/zero (NUL bytes, and a file): a pipe that a writer keeps filling with text.
    let r = run(&["classify", "-"], Input::Endless(b'a'), VM_MIB);
    assert_refused(&r, "stdin", "larger than the limit of 64 MiB");
    let r = run(&["table", "--compact", "-"], Input::Endless(b'<'), VM_MIB);
    assert_refused(&r, "stdin", "larger than the limit of 64 MiB");
}

#[test]
fn endless_file_stops_at_the_cap() {
    // A character device: its size says 0, its content never ends.
    for cmd in ["classify", "table"] {
        let r = run(&[cmd, "/dev/zero"], Input::None, VM_MIB);
        assert_refused(&r, "/dev/zero", "larger than the limit of 64 MiB");
    }
}

#[test]
fn a_page_of_nul_bytes_is_binary() {
    let dir = temp_dir("nul");
    let zeros = vec![0u8; 1 << 20];
    let path = write(&dir, "zeros.html", &zeros);
    let r = run(&["classify", &path], Input::None, VM_MIB);
    assert_refused(&r, &path, "NUL bytes");
    let r = run(&["classify", "-"], Input::Bytes(zeros), VM_MIB);
    assert_refused(&r, "stdin", "NUL bytes");
    let _ = std::fs::remove_dir_all(&dir);
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

#[test]
fn truncated_gzip() {
    let dir = temp_dir("gz");
    let page =
        format!("<!doctype html><body><p>{}</p></body>", "A sentence of the story. ".repeat(4000));
    let gz = gzip(page.as_bytes());
    let cut = &gz[..gz.len() / 2];
    // Named .html: not decompressed, so it is binary data.
    let path = write(&dir, "page.html", cut);
    let r = run(&["classify", &path], Input::None, VM_MIB);
    assert_refused(&r, &path, "gzip-compressed data");
    // Named .html.gz: decompressed, and the stream ends early.
    let path = write(&dir, "page.html.gz", cut);
    let r = run(&["classify", &path], Input::None, VM_MIB);
    assert_refused(&r, &path, "gzip");
    // Only the ten-byte header.
    let path = write(&dir, "header.html.gz", &gz[..10]);
    let r = run(&["table", &path], Input::None, VM_MIB);
    assert_refused(&r, &path, "gzip");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_hundred_thousand_nested_divs() {
    let n = 200_000;
    let html = format!(
        "<!doctype html><body><article><p>{}</p></article>{}<p>deep text</p>{}",
        "The story itself, told in plain sentences. ".repeat(20),
        "<div class=\"comment\">".repeat(n),
        "</div>".repeat(n)
    );
    let r = run(&["classify", "--compact", "-"], Input::Bytes(html.into_bytes()), VM_MIB);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    let blocks = v["blocks"].as_array().expect("blocks");
    assert!(blocks.iter().any(|b| b["text"] == "deep text"), "{blocks:?}");
    assert!(v["article_text"].as_str().unwrap().starts_with("The story itself"));
}

#[test]
fn one_hundred_thousand_links() {
    let mut html = String::from("<!doctype html><body><article><p>");
    html.push_str(&"The story itself, told in plain sentences. ".repeat(20));
    html.push_str("</p></article><ul class=\"related-posts\">");
    for i in 0..100_000 {
        html.push_str(&format!("<li><a href=\"/story/{i}\">Another story, number {i}</a></li>"));
    }
    html.push_str("</ul></body>");
    let r = run(&["classify", "--compact", "-"], Input::Bytes(html.into_bytes()), VM_MIB);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(v["blocks"].as_array().unwrap().len(), 100_001);
    assert!(v["article_text"].as_str().unwrap().starts_with("The story itself"));
    assert!(!v["article_text"].as_str().unwrap().contains("Another story"));
}

#[test]
fn invalid_byte_sequences_everywhere() {
    // Text, attribute values and tag soup made of bytes that are not UTF-8: decoded with
    // replacement characters and a one-line warning, never refused.
    let mut page = b"<!doctype html><body><p class=\"\xc3\x28\">".to_vec();
    for _ in 0..10_000 {
        page.extend_from_slice(b"\xff\xfe\xed\xa0\x80 ");
    }
    page.extend_from_slice(b"</p><\xf0\x90\x80>end</body>");
    let r = run(&["classify", "--text", "-"], Input::Bytes(page), VM_MIB);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("invalid byte sequences were replaced"), "{}", r.stderr);
    // UTF-16 with a byte-order mark and an odd number of bytes after it.
    let mut page = b"\xff\xfe".to_vec();
    for u in "<p>Odd length</p>".encode_utf16() {
        page.extend_from_slice(&u.to_le_bytes());
    }
    page.push(b'!');
    let r = run(&["classify", "--compact", "-"], Input::Bytes(page), VM_MIB);
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert!(r.stdout.contains("\"text\":\"Odd length\""), "{}", r.stdout);
    assert!(r.stderr.contains("1 invalid byte sequence"), "{}", r.stderr);
}

/// A file whose name is not UTF-8 (legal on Linux): a page like any other.
#[test]
fn a_file_name_that_is_not_utf8() {
    // Such a name cannot be passed through the argument parser: a clear message and exit 1
    // (not a panic), and a folder run reports the file instead of failing to open it.
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir("name");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.html");
    let path = dir.join(name);
    std::fs::write(&path, "<!doctype html><body><p>The story itself, in one paragraph.</p>")
        .expect("write");
    let out = Command::new(BIN).arg("classify").arg("--text").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not valid UTF-8") && stderr.lines().count() == 1, "{stderr}");
    // The page itself is fine on stdin.
    let out = Command::new(BIN)
        .args(["classify", "--text", "-"])
        .stdin(std::fs::File::open(&path).expect("open"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("The story itself"));
    let out = Command::new(BIN).arg("classify").arg("--jsonl").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("not valid UTF-8") && !stdout.contains("No such file"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
