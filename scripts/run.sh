#!/usr/bin/env bash
# The main job: installs what is missing, reads Data/, writes Reports/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --product planalign
exec "$(swift build --show-bin-path)/planalign" run --data Data --out Reports "$@"
