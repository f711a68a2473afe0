#!/usr/bin/env bash
# Install Debian's chromium for the headless browser tests (tests/test_views.py) and the
# README screenshots. Idempotent: does nothing when chromium is already on PATH.
# Pass --fonts to also install CJK fonts (only needed to make good-looking screenshots).
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
if [[ "${1:-}" == "--fonts" ]] && ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    packages+=(fonts-noto-cjk)
fi
if [[ ${#packages[@]} -eq 0 ]]; then
    echo "install_chromium: nothing to install ($(chromium --version 2>/dev/null || true))"
    exit 0
fi

sudo=""
if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
start=$(date +%s)
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${packages[@]}" >/dev/null
echo "install_chromium: installed ${packages[*]} in $(( $(date +%s) - start ))s" \
     "($(chromium --version))"
