//! Seeds for the `wire` target: each HTML file named on the command line, parsed by the native
//! adapter, encoded as a `wire` input into the output directory (the last argument).

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let out = std::path::PathBuf::from(args.pop().expect("usage: wire_seeds FILE... OUT_DIR"));
    std::fs::create_dir_all(&out).expect("create the output directory");
    let mut written = 0;
    for path in &args {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("wire_seeds: cannot read {path}, skipped");
            continue;
        };
        let Ok(parsed) = boilerfold::html::parse_html(&bytes) else { continue };
        let (parents, packed) = parsed.page.to_wire();
        let name = std::path::Path::new(path).file_name().unwrap().to_string_lossy().into_owned();
        std::fs::write(
            out.join(format!("{name}.wire")),
            boilerfold_fuzz::encode(&parents, &packed),
        )
        .expect("write a seed");
        written += 1;
    }
    eprintln!("wire_seeds: {written} seeds in {}", out.display());
}
