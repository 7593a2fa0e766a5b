//! The `boilerfold` command-line program. (Being written.)
fn main() {}
