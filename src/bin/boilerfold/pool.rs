//! Many pages: a work queue over scoped threads, and the progress line.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use crate::fail::panic_message;
use crate::output::snippet;

/// Run `work` on every item with `jobs` threads, handing each result to `done` in item order
/// (results that arrive early wait in a small buffer). A panic in `work` becomes `Err(message)`.
pub fn run_pool<T: Sync, R: Send>(
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
pub struct Progress {
    on: bool,
    total: usize,
}

impl Progress {
    pub fn new(total: usize) -> Progress {
        Progress { on: io::stderr().is_terminal() && total > 1, total }
    }
    pub fn tick(&self, done: usize, name: &str) {
        if self.on {
            eprint!("\r\x1b[K[{done}/{}] {}", self.total, snippet(name, 60));
        }
    }
    pub fn finish(&self) {
        if self.on {
            eprint!("\r\x1b[K");
        }
    }
}
