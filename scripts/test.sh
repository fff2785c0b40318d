#!/usr/bin/env bash
# Every test: installs what is missing (libcsv, libxlsxwriter, poppler, Tesseract with Vietnamese,
# LibreOffice Writer; Chromium and a Vietnamese font for the browser test; img2pdf for scanned
# test plans; LibreOffice Calc for the workbook test; Java and the Nu HTML checker for the page
# tests), runs the Swift test suite, then builds the
# release package and checks it runs without the toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
swift test
scripts/package.sh
scripts/check-package.sh
