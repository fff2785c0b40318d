#!/usr/bin/env bash
# Installs the system packages PlanAlign needs when they are missing (Debian; run as root).
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium and a Vietnamese font)
set -euo pipefail
packages=(libcsv-dev)
if [[ "${1:-}" == "--browser" ]]; then packages+=(chromium fonts-noto-core); fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
