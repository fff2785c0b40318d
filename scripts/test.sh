#!/usr/bin/env bash
# Every test: installs what is missing, then runs the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift test
