#!/usr/bin/env bash
# A nightly job's baseline survives a new folder (issue 12): a baseline written from the source folder with
# relative paths hides every finding of the same plans and reports copied elsewhere (a dated drop folder, a
# rules/ folder under another path) and checked from another working directory with absolute paths, and
# with relative paths spelled another way. Without the baseline the same run has findings, so this test can
# fail. Usage: baseline_moved.sh OBLIGE   (from the source folder)
set -uo pipefail
oblige=$(realpath "$1")
source_dir=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL $*"; failed=1; }

mkdir -p "$work/nightly/copy" "$work/nightly/drop/2026-12-03" "$work/elsewhere"
cp -r rules "$work/nightly/copy/rules"

# name, plan under rules/, reports under fixtures/, the folder of their copy, as-of
while IFS='|' read -r name plan reports drop as_of; do
  cp -r "fixtures/$reports" "$work/nightly/drop/2026-12-03/$drop"
  baseline="$work/$name.baseline"
  "$oblige" check "rules/$plan" --reports "fixtures/$reports" --as-of "$as_of" --fail-on never \
      --write-baseline "$baseline" >/dev/null 2>"$work/$name.err" || fail "$name: writing the baseline"
  entries=$(grep -c -v '^#' "$baseline")
  [ "$entries" -gt 0 ] || fail "$name: the baseline holds no finding"

  copied_plan="$work/nightly/copy/rules/$plan"
  copied_reports="$work/nightly/drop/2026-12-03/$drop"
  # Negative control: the copy, without the baseline, has every finding.
  (cd "$work/elsewhere" && "$oblige" check "$copied_plan" --reports "$copied_reports" --as-of "$as_of" \
      --format csv --fail-on never >"$work/$name.all.csv" 2>/dev/null)
  shown=$(($(wc -l <"$work/$name.all.csv") - 1))
  [ "$shown" -ge "$entries" ] || fail "$name: without the baseline the copy shows $shown findings, fewer than $entries"

  # Absolute paths from another directory; then relative ones spelled another way (./, a trailing slash).
  for spelling in absolute relative; do
    if [ "$spelling" = absolute ]; then
      cd "$work/elsewhere" || exit 2
      set -- "$copied_plan" --reports "$copied_reports"
    else
      cd "$work/nightly" || exit 2
      set -- "./copy/rules/$plan" --reports "drop/2026-12-03/$drop/"
    fi
    "$oblige" check "$@" --as-of "$as_of" --baseline "$baseline" --format json >"$work/$name.json" \
        2>"$work/$name.$spelling.err"
    status=$?
    cd "$source_dir" || exit 2
    [ "$status" -eq 0 ] || fail "$name ($spelling paths): exit status $status, expected 0"
    grep -q '"findings": \[\]' "$work/$name.json" || {
      fail "$name ($spelling paths): findings shown despite the baseline"
      grep '"code"' "$work/$name.json" | sort | uniq -c | head
    }
    grep -q "baseline '$baseline': $shown accepted finding(s) hidden; 0 of its $entries entries no longer occur" \
        "$work/$name.$spelling.err" || { fail "$name ($spelling paths): stderr does not say what was hidden"; cat "$work/$name.$spelling.err"; }
  done
done <<'CASES'
khanh-hoa-2024|khanh-hoa/gender-equality-2021-2025.obl|khanh-hoa-2024|kh|2025-01-15
son-la-2025|son-la/gender-equality-2025.obl|son-la-2025|sl|2025-12-01
CASES
[ "$failed" -eq 0 ] && echo "the baselines written here hide every finding of the copies run from elsewhere"
exit "$failed"
