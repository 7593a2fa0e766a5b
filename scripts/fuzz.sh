#!/usr/bin/env bash
# Coverage-guided fuzzing of the native adapter and the core (cargo-fuzz, libFuzzer).
#
#   FUZZ_SECONDS=600 scripts/fuzz.sh            # each target for FUZZ_SECONDS (default 600)
#   FUZZ_TARGETS=wire FUZZ_SECONDS=60 scripts/fuzz.sh
#
# Targets (fuzz/fuzz_targets/): parse_classify (bytes → parse_html → classify → invariants) and
# wire (bytes → Page::from_wire → classify → invariants). The seed corpus is generated from the
# test pages into fuzz/corpus/ (not committed); findings land in fuzz/artifacts/<target>/.
# A finding becomes a file in tests/regressions/ (see tests/regressions.rs).
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes nightly-only flags
# (-Zsanitizer); RUSTC_BOOTSTRAP=1 lets the stable compiler accept them.
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

FUZZ_SECONDS="${FUZZ_SECONDS:-600}"
FUZZ_TARGETS="${FUZZ_TARGETS:-parse_classify wire}"
MAX_LEN="${FUZZ_MAX_LEN:-262144}"

if ! cargo fuzz --help >/dev/null 2>&1; then
  echo "fuzz.sh: cargo-fuzz is missing: cargo install cargo-fuzz" >&2
  exit 2
fi

# Seeds: the benchmark pages (gunzipped) and the hand-built fixtures.
seeds=fuzz/corpus/parse_classify
mkdir -p "$seeds" fuzz/corpus/wire fuzz/artifacts
for gz in tests/corpus/aeb/*.html.gz tests/corpus/readability/*.html.gz; do
  out="$seeds/$(basename "$gz" .gz)"
  [ -s "$out" ] || gunzip -c "$gz" >"$out"
done
cp -n tests/fixtures/seed/*.html "$seeds/"
for f in tests/regressions/*.html; do cp -n "$f" "$seeds/"; done

cargo fuzz build --debug-assertions
# Wire seeds: the same pages through the adapter, in the wire target's encoding.
wire_seeds="$(ls -d fuzz/target/*/release/wire_seeds | head -n 1)"
"$wire_seeds" "$seeds"/*.html \
  fuzz/corpus/wire 2>&1 | tail -n 1

status=0
for target in $FUZZ_TARGETS; do
  log="fuzz/artifacts/$target.log"
  mkdir -p "fuzz/artifacts/$target"
  echo "== $target: ${FUZZ_SECONDS}s, max_len $MAX_LEN (full log: $log)"
  set +e
  cargo fuzz run --debug-assertions "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$FUZZ_SECONDS" -max_len="$MAX_LEN" -rss_limit_mb=4096 -timeout=30 \
    -dict="fuzz/$target.dict" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  # The summary: the last status line, the final stats, and any finding.
  grep -E '^#[0-9]+ +(DONE|pulse)|^Done [0-9]+ runs|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb|new_units_added)|ERROR|SUMMARY|panicked|Test unit written|artifact_prefix' "$log" |
    grep -v pulse | tail -n 20 || true
  if [ "$rc" -ne 0 ]; then
    echo "== $target: FAILED (exit $rc); reproduce with: RUSTC_BOOTSTRAP=1 cargo fuzz run $target fuzz/artifacts/$target/<file>"
    status=1
  fi
done
exit "$status"
