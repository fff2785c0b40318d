#!/usr/bin/env bash
# Every test: installs what is missing (libcsv, Chromium and a Vietnamese font for the
# browser test), then runs the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
swift test
