#!/usr/bin/env bash
# Build the core for the browser: wasm32 + wasm-bindgen (no-modules glue, which loads as a
# plain content script in both browsers) + wasm-opt from the npm `binaryen` package (Debian's
# binaryen 108 breaks wasm-bindgen output at run time). Prints the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-build/wasm}
mkdir -p "$out"
cargo build --lib --target wasm32-unknown-unknown --profile wasm --no-default-features
# Cargo's output directory: CARGO_TARGET_DIR when set (a second checkout builds apart), else target/.
target_dir=${CARGO_TARGET_DIR:-target}
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/wasm/boilerfold.wasm"
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals \
    "$out/boilerfold_bg.wasm" -o "$out/boilerfold_bg.opt.wasm"
  mv "$out/boilerfold_bg.opt.wasm" "$out/boilerfold_bg.wasm"
fi
# The rules the JS side shares with the core (categories, reason codes, page-table rules),
# generated from the Rust tables; a debug build without the native adapter is enough.
cargo run --quiet --no-default-features --example shared_js -- "$out/shared.js"
raw=$(stat -c %s "$out/boilerfold_bg.wasm")
gz=$(gzip -9 -c "$out/boilerfold_bg.wasm" | wc -c)
echo "wasm: $out/boilerfold_bg.wasm ${raw} bytes raw, ${gz} bytes gzipped"
