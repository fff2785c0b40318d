#!/usr/bin/env bash
# Checks the release scripts/package.sh built: with an empty environment (no Swift toolchain on
# PATH or in the library path) it prints its version and, on the seed plans, writes exactly the
# reports the normal build writes.
set -euo pipefail
cd "$(dirname "$0")/.."
tarball=$(ls -t dist/planalign-*-linux-*.tar.gz | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
package=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'planalign-*')

if ldd "$package/bin/planalign" | grep -E 'not found|/opt/swift'; then
  echo "check-package: $tarball: the program needs libraries it does not carry" >&2
  exit 1
fi
clean_env=(env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8)
version=$(cd "$package" && "${clean_env[@]}" bin/planalign --version)
echo "$version"
grep -q "fingerprint" <<<"$version" || { echo "check-package: --version does not describe Data/" >&2; exit 1; }
(cd "$package" && "${clean_env[@]}" bin/planalign run --data Data --out Reports 2>/dev/null)

# The normal build, on the same plans laid out the same way (reports beside Data/).
swift build --product planalign
normal="$(swift build --show-bin-path)/planalign"
mkdir -p "$work/normal"
cp -r Data "$work/normal/Data"
(cd "$work/normal" && "$normal" run --data Data --out Reports 2>/dev/null)
if ! diff -r "$work/normal/Reports" "$package/Reports"; then
  echo "check-package: the packaged program's reports differ from the normal build's" >&2
  exit 1
fi
echo "check-package: $tarball runs without the toolchain and writes the same $(ls "$package/Reports" | wc -l) reports"
