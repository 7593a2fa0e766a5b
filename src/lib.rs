//! Boilerfold: fold donation appeals, related-article links and comment sections away from
//! news and blog pages, and keep every sentence of the article.
//!
//! The pipeline, pure functions over plain data (no I/O, no DOM):
//!
//! ```text
//! Page (page.rs) ─segment─▶ blocks ─signals─▶ evidence ─decide─▶ labels ─fold─▶ Verdict
//! ```
//!
//! The adapters at the edge build the [`Page`]: `html/` from saved HTML (native builds, the
//! `native` feature) and `extension/content/collect.js` from the live DOM (through `wasm.rs`).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod category;
pub(crate) mod classify;
pub mod config;
#[cfg(feature = "native")]
pub mod eval;
pub mod explain;
pub(crate) mod fold;
#[cfg(feature = "native")]
pub mod html;
pub mod input;
pub mod invariants;
pub mod json;
pub mod page;
pub mod reason;
pub(crate) mod region;
pub(crate) mod segment;
pub(crate) mod signals;
pub mod verdict;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
// Benchmark only: the core walking the DOM through web-sys (`make bench`, the wasm boundary).
#[cfg(all(target_arch = "wasm32", feature = "bench-websys"))]
mod bench_websys;

pub use classify::{DecideParams, PARAMS};
pub use config::Config;
pub use page::{Node, Page};
pub use verdict::{BlockVerdict, Fold, Label, Reason, Verdict};

/// The crate version, reported in every verdict.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Classify a page: the whole pipeline.
pub fn classify(page: &Page, config: &Config) -> Verdict {
    classify::run(page, config)
}

/// Classify a page with other numbers than the shipped ones: the parameter search
/// (`make fit`) uses it; everything else calls [`classify()`].
pub fn classify_with(page: &Page, config: &Config, params: &DecideParams) -> Verdict {
    classify::run_with(page, config, params)
}
