#!/usr/bin/env bash
# Builds a release of PlanAlign that runs on a Debian or Ubuntu machine without the Swift
# toolchain: the Swift runtime and Foundation linked in (--static-swift-stdlib), libcsv linked
# statically (its module links libcsv.a, always), and the C libraries Debian ships only as shared
# objects (libxlsxwriter and what it and Foundation need) copied beside the program and found
# through its run path. glibc, libstdc++ and zlib,
# which every Debian/Ubuntu system has, are not copied.
# Writes dist/planalign-<version>-linux-<arch>.tar.gz with bin/, lib/, Data/, README.md and a
# Vietnamese how-to (HUONG-DAN.md). Usage: scripts/package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
version=$(sed -n 's/.*static let tool = "\(.*\)".*/\1/p' Sources/PlanAlign/Pipeline/Versions.swift)
name="planalign-${version}-linux-$(uname -m)"
scratch=.build-package
swift build -c release --product planalign --static-swift-stdlib --scratch-path "$scratch" \
  -Xlinker -rpath -Xlinker '$ORIGIN/../lib'
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/planalign"

stage="dist/$name"
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/bin" "$stage/lib"
install -m 755 "$binary" "$stage/bin/planalign"
strip "$stage/bin/planalign"
# Every shared library the program loads, but those of the C runtime every system has.
ldd "$binary" | awk '$3 ~ /^\// { print $3 }' | while read -r library; do
  case "$(basename "$library")" in
    libc.so* | libm.so* | libpthread.so* | libdl.so* | librt.so* | ld-linux* | libresolv.so* | libutil.so* | \
      libstdc++.so* | libgcc_s.so* | libz.so*) ;;
    *) cp -L "$library" "$stage/lib/" ;;
  esac
done
if ldd "$stage/bin/planalign" | grep -E 'not found|/opt/swift|swift' >&2; then
  echo "package: the program still needs the libraries above" >&2
  exit 1
fi
cp -r Data "$stage/Data"
cp README.md "$stage/README.md"
cp docs/HUONG-DAN.md "$stage/HUONG-DAN.md"
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz"
