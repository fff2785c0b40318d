#!/usr/bin/env bash
# Builds PlanAlign's libFuzzer targets (Fuzz/, address sanitizer on) and runs each for a fixed
# time, starting from its committed seed corpus (Fuzz/Corpus/<target>, never modified) with the
# dictionary of plan words and markup (Fuzz/planalign.dict). A crash, a hang (10 s on one
# input) or a leak stops the target, keeps the input in Fuzz/.artifacts/ and fails the script.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 20)] [TARGET…]
# FUZZ_SEED sets libFuzzer's seed (default 1, so a CI failure can be replayed; 0 = random).
# Targets: FuzzDecoding FuzzDocument FuzzStructure FuzzDeadlines FuzzCSV
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seconds=${1:-20}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(FuzzDecoding FuzzDocument FuzzStructure FuzzDeadlines FuzzCSV)

cd Fuzz
swift build -c release --sanitize=fuzzer --sanitize=address
bin=$(swift build -c release --sanitize=fuzzer --sanitize=address --show-bin-path)
mkdir -p .artifacts
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"
total=0
for target in "${targets[@]}"; do
  case "$target" in
    FuzzDeadlines) max_len=256 ;;
    FuzzDocument) max_len=65536 ;;
    FuzzStructure) max_len=8192 ;;
    *) max_len=4096 ;;
  esac
  work=$(mktemp -d)
  log="$work/log"
  status=0
  "$bin/$target" "$work" "Corpus/$target" -dict=planalign.dict -max_len="$max_len" -timeout=10 \
    -seed="${FUZZ_SEED:-1}" -rss_limit_mb=2048 -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=.artifacts/"$target"- \
    >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if ((status != 0)); then
    grep -E "ERROR|panic|Fatal|==[0-9]+==|Test unit written" "$log" | head -20 >&2
    echo "fuzz: $target failed after ${runs:-?} executions (input kept in Fuzz/.artifacts/)" >&2
    rm -rf "$work"
    exit 1
  fi
  echo "fuzz: $target: ${runs:-0} executions in ${seconds} s (${rate:-0}/s), no crash"
  total=$((total + ${runs:-0}))
  rm -rf "$work"
done
echo "fuzz: ${total} executions in all"
