#!/usr/bin/env bash
# What the tests need from the system, from Debian's packages (never a downloaded browser):
# Chromium and a CJK font for the browser tests (driven through playwright-core), and python3 with
# numpy and PyYAML for the test that checks our scorer against the shared corpus's score.py.
# Installs what is missing when this user may; otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_font() { fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk\|source han'; }
have_python() { python3 -c 'import numpy, yaml' 2>/dev/null; }

missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
have_font || missing+=(fonts-wqy-microhei)
have_python || missing+=(python3 python3-numpy python3-yaml)
[ "${#missing[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "Chromium is missing at $CHROMIUM. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
  exit 1
fi
# The rest only makes screenshots less readable or skips the score.py comparison.
echo "Missing for the tests (some are skipped or less readable without them): sudo apt-get install -y ${missing[*]}" >&2
exit 0
