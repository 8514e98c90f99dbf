#!/usr/bin/env bash
# Renders the HTML reports (Vietnamese) with headless Chromium at 1,400 px: the Khánh Hòa 2024 round, the
# Sơn La 2025 round and, with GENERATE given, the benchmark's national 4x set. For each it checks that the
# screenshot is a page (not a blank or an error screen) and that nothing is wider than the window: the
# page may scroll down, never sideways (a wide table or graph scrolls inside its own box). The national
# page must also stay under 3 MB. Pages, PNGs and logs stay in OUT_DIR to look at. Run from the source root.
# Usage: browser_screenshot.sh OBLIGE CHROMIUM PYTHON3 OUT_DIR [GENERATE]
set -euo pipefail
oblige=$1 chromium=$2 python=$3 out=$4 generate=${5:-}
mkdir -p "$out"
here=$(cd "$(dirname "$0")" && pwd)
width=1400

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browse() { # browse URL ARGS...: no network at all, the page must not need it and a test must not ask
  local url=$1; shift
  timeout 180 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-extensions \
    --user-data-dir="$profile" --window-size=$width,2000 --hide-scrollbars "$@" "$url"
}

render() { # render NAME: $out/NAME.vi.html already written
  local name=$1
  local page="$out/$name.vi.html" png="$out/$name.vi.png" probe="$out/$name.probe.html"
  grep -q '<html lang="vi">' "$page"
  rm -f "$png"
  local url="file://$(cd "$out" && pwd)"
  browse "$url/$name.vi.html" --screenshot="$png" >"$out/$name.chromium.log" 2>&1 || {
    echo "browser_screenshot: chromium failed on $name, its log:" >&2
    cat "$out/$name.chromium.log" >&2
    exit 1
  }
  [ -s "$png" ] || { echo "browser_screenshot: no screenshot of $name" >&2; exit 1; }
  "$python" "$here/png_stats.py" "$png" --min-bytes 50000 --min-colours 64 --min-ink 3
  # The overflow probe: the page with a script after its own that lists every element reaching past the
  # window and not inside a box that scrolls or clips it, then the DOM as Chromium sees it.
  "$python" "$here/overflow_probe.py" inject "$page" "$probe"
  browse "$url/$name.probe.html" --dump-dom --virtual-time-budget=5000 >"$out/$name.dom.html" \
    2>"$out/$name.probe.log" || { cat "$out/$name.probe.log" >&2; exit 1; }
  "$python" "$here/overflow_probe.py" verdict "$out/$name.dom.html" "$name"
}

"$oblige" check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 \
  --as-of 2025-01-15 --period 2024 --format html --lang vi --output "$out/khanh-hoa-2024.vi.html" --fail-on never
render khanh-hoa-2024
"$oblige" check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 \
  --as-of 2026-01-15 --format html --lang vi --output "$out/son-la-2025.vi.html" --fail-on never
render son-la-2025
# Printed, the graph takes a landscape page of its own (@page graph): one page wider than high.
browse "file://$(cd "$out" && pwd)/son-la-2025.vi.html" --print-to-pdf="$out/son-la-2025.vi.pdf" \
  --no-pdf-header-footer >"$out/son-la-2025.print.log" 2>&1 || { cat "$out/son-la-2025.print.log" >&2; exit 1; }
"$python" - "$out/son-la-2025.vi.pdf" <<'PY'
import re, sys
boxes = re.findall(rb"/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]", open(sys.argv[1], "rb").read())
wide = [b for b in boxes if float(b[0]) > float(b[1])]
print("printed: %d pages, %d landscape" % (len(boxes), len(wide)))
sys.exit(0 if len(boxes) > 1 and len(wide) == 1 else 1)
PY

if [ -n "$generate" ]; then
  national="$out/national-4x"
  [ -f "$national/expected.txt" ] || "$generate" "$national" --months 12 >/dev/null
  as_of=$(sed -n 's/^as_of=//p' "$national/expected.txt")
  "$oblige" check "$national/plan.obl" --reports "$national/reports" --as-of "$as_of" --format html --lang vi \
    --output "$out/national-4x.vi.html" --fail-on never
  size=$(stat -c %s "$out/national-4x.vi.html")
  echo "national 4x page: $size bytes"
  [ "$size" -lt 3000000 ] || { echo "browser_screenshot: the national page is $size bytes, over 3 MB" >&2; exit 1; }
  render national-4x
fi
echo "browser_screenshot: every page renders, nothing wider than $width px"
