#!/usr/bin/env bash
# Install what building and testing Boilerfold needs on a fresh machine of this kind
# (Debian 12, rustup toolchain, Node 20). Idempotent: each step is skipped when already done.
#   scripts/setup.sh          everything (wasm toolchain, browsers, drivers, npm packages)
#   scripts/setup.sh wasm     only what the wasm build needs (target, wasm-bindgen-cli, npm)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}

log() { printf '[setup] %s\n' "$*" >&2; }

# The wasm-bindgen-cli version must equal the wasm-bindgen crate version in Cargo.lock.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  log "cargo install wasm-bindgen-cli $wb_version"
  # Without --locked: with it, a dependency is missing from the registry (measured here).
  cargo install wasm-bindgen-cli --version "$wb_version"
fi
if [ ! -x node_modules/.bin/eslint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-fund --no-audit
fi
[ "$what" = wasm ] && exit 0

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v firefox-esr >/dev/null || need_apt+=(firefox-esr)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need_apt[@]}"
fi
if ! command -v geckodriver >/dev/null; then
  log "cargo install geckodriver"
  cargo install geckodriver --locked
fi
log "ready"
