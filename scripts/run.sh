#!/usr/bin/env bash
# The main job: installs what is missing, reads Data/, writes Reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The release build, with the Swift runtime and Foundation linked in as in the package staff
# install (scripts/package.sh): a debug build reads plans about seven times slower (70 plans:
# 2.1 s against 0.3 s), and linking the runtime at start cost a tenth of reading the seeds. The
# instruction guard in CI builds the same, so CI builds it once.
swift build -c release --product planalign --static-swift-stdlib
exec "$(swift build -c release --show-bin-path)/planalign" run --data Data --out Reports "$@"
