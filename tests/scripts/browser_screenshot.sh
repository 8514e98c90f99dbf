#!/usr/bin/env bash
# Renders the Khánh Hòa 2024 HTML report (Vietnamese) with headless Chromium and checks the screenshot
# is a page, not a blank or an error screen. Run from the source root.
# Usage: browser_screenshot.sh OBLIGE CHROMIUM PYTHON3 OUT_DIR
set -euo pipefail
oblige=$1 chromium=$2 python=$3 out=$4
mkdir -p "$out"
page="$out/khanh-hoa-2024.vi.html"
png="$out/khanh-hoa-2024.vi.png"
rm -f "$page" "$png"

"$oblige" check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 \
  --as-of 2025-01-15 --format html --lang vi --output "$page" --fail-on never
grep -q '<html lang="vi">' "$page"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network at all: the page must not need it, and a test must not make requests.
timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
  --user-data-dir="$profile" --screenshot="$png" --window-size=1280,2000 \
  "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" >"$out/chromium.log" 2>&1 || {
  echo "browser_screenshot: chromium failed, its log:" >&2
  cat "$out/chromium.log" >&2
  exit 1
}
[ -s "$png" ] || { echo "browser_screenshot: no screenshot written" >&2; cat "$out/chromium.log" >&2; exit 1; }
"$python" "$(dirname "$0")/png_stats.py" "$png" --min-bytes 50000 --min-colours 64 --min-ink 3
