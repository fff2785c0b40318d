#!/usr/bin/env bash
# Every test: installs what is missing (libcsv, poppler, Tesseract with Vietnamese, LibreOffice
# Writer; Chromium and a Vietnamese font for the browser test; img2pdf for scanned test plans),
# then runs the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
swift test
