#!/usr/bin/env bash
# Benchmark only: the core with the `bench-websys` entry points (src/bench_websys.rs), built like
# scripts/build-wasm.sh but into bench/out/websys/ (its own target dir, so the shipped build in
# target/ and build/wasm/ is never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
out=bench/out/websys
mkdir -p "$out"
export CARGO_TARGET_DIR=bench/out/wasm-target
cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm --no-default-features \
  --features bench-websys
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm/boilerfold.wasm"
if [ -x node_modules/.bin/wasm-opt ]; then
  node_modules/.bin/wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals \
    "$out/boilerfold_bg.wasm" -o "$out/boilerfold_bg.opt.wasm"
  mv "$out/boilerfold_bg.opt.wasm" "$out/boilerfold_bg.wasm"
fi
echo "bench-websys wasm: $out/boilerfold_bg.wasm $(stat -c %s "$out/boilerfold_bg.wasm") bytes"
