#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser).
# Installs it when missing and this user may; otherwise says what to do.
set -euo pipefail
# A CJK font too, so screenshots taken by the tests show Chinese rather than empty boxes.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
have_font() { fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk\|source han'; }
if [ -x "$CHROMIUM" ] && have_font; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and a CJK font for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  exit 0
fi
if [ -x "$CHROMIUM" ]; then
  echo "No CJK font found: screenshots will show boxes (apt-get install fonts-wqy-microhei)." >&2
  exit 0
fi
echo "Chromium is missing at $CHROMIUM. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
exit 1
