#!/usr/bin/env bash
# Makes the inputs of the reading benchmarks from the seed plans: each seed as a Word file
# (LibreOffice, from HTML with real tables), as a PDF exported from it, and one scanned page.
# Needs soffice, pdftoppm and img2pdf (scripts/setup.sh --tests). Writes Benchmarks/.fixtures/.
set -euo pipefail
cd "$(dirname "$0")"
out=.fixtures
rm -rf "$out" && mkdir -p "$out"
for plan in ../Data/plans/*.txt; do
  name=$(basename "$plan" .txt)
  python3 - "$plan" > "$out/$name.html" <<'PY'
import html, sys
rows, out = [], ['<html><head><meta charset="utf-8"></head><body>']
def flush():
    global rows
    if rows:
        out.append('<table border="1" width="100%">' + ''.join('<tr>' + ''.join(f'<td>{html.escape(c)}</td>' for c in r) + '</tr>' for r in rows) + '</table>')
        rows = []
for line in open(sys.argv[1], encoding='utf-8'):
    s = line.strip()
    if s.startswith('|') or '\t' in s:
        cells = s.strip('|').split('|') if s.startswith('|') else line.rstrip('\n').split('\t')
        if not all(set(c.strip()) <= set('-: ') for c in cells): rows.append([c.strip() for c in cells])
        continue
    flush()
    if s: out.append(f'<p>{html.escape(s)}</p>')
flush()
print('\n'.join(out + ['</body></html>']))
PY
done
soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir "$out" "$out"/*.html >/dev/null
soffice --headless --convert-to pdf --outdir "$out" "$out"/*.docx >/dev/null
pdftoppm -r 200 -gray -png -f 1 -l 1 -singlefile "$out/long-khanh-2024.pdf" "$out/page"
img2pdf "$out/page.png" -o "$out/scanned-page.pdf"
total=0
for pdf in "$out"/*-20??.pdf; do total=$((total + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done
echo "$total" > "$out/docx-pages"
echo "fixtures in Benchmarks/$out: five .docx ($total pages as PDF) and one scanned page"
