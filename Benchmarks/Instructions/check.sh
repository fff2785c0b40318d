#!/usr/bin/env bash
# The instruction-count guard: counts the instructions of one main job on Data/ (the five seed
# plans and the 14,000-row gazetteer) under valgrind's callgrind, and fails when the count rises
# more than 25% above the committed baseline (baseline.txt). Instruction counts, unlike times,
# are the same from run to run on a busy shared machine.
# Usage: Benchmarks/Instructions/check.sh [--record]   (--record writes the new baseline)
set -euo pipefail
cd "$(dirname "$0")/../.."
here=Benchmarks/Instructions
command -v valgrind >/dev/null || { echo "instructions: valgrind is missing (scripts/setup.sh --tests installs it)" >&2; exit 1; }
# The build the main job runs (scripts/run.sh): release, the Swift runtime linked in.
swift build -c release --product planalign --static-swift-stdlib >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind 3.19 cannot read the Swift compiler's debug info: count on a copy without it.
strip --strip-debug -o "$work/planalign" "$(swift build -c release --show-bin-path)/planalign"
cc -O2 -shared -fPIC -o "$work/shim.so" "$here/sigsuspend-shim.c"
LD_PRELOAD="$work/shim.so" valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  "$work/planalign" run --data Data --out "$work/reports" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
count=$(awk '/^totals:/ {print $2}' "$work/callgrind.out")
[[ -n "$count" ]] || { echo "instructions: callgrind wrote no total" >&2; exit 1; }
if [[ "${1:-}" == "--record" ]]; then
  echo "$count" > "$here/baseline.txt"
  echo "instructions: baseline recorded: $count"
  exit 0
fi
baseline=$(cat "$here/baseline.txt")
percent=$(( (count * 100 + baseline / 2) / baseline ))
echo "instructions: $count for the main job on Data/ ($percent% of the baseline $baseline)"
if (( count * 4 > baseline * 5 )); then
  echo "instructions: more than 25% above the baseline: find what got slower (callgrind_annotate), or, when the cost is wanted, run $here/check.sh --record and commit the new baseline" >&2
  exit 1
fi
if (( count * 4 < baseline * 3 )); then
  echo "instructions: more than 25% below the baseline: record the gain with $here/check.sh --record"
fi
