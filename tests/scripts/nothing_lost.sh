#!/usr/bin/env bash
# Nothing lost: oblige never writes into what it reads, and --output / --write-baseline replace a file
# whole or not at all. Usage: nothing_lost.sh OBLIGE   (from the source folder)
#  1. rules/ and fixtures/ (every file's bytes, mode and type, every name) are identical before and after
#     lint, check, graph, who, owners, template and test in every format, with and without --output/--baseline;
#  2. an --output or --write-baseline that cannot be written (a parent that is a regular file, a folder
#     that refuses new files, a full device) exits 2, keeps the old file and leaves no temporary file.
set -uo pipefail
oblige=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "FAIL: $*"; failed=1; }

snapshot() { # every entry's name, type, mode, size and link target, then every file's checksum
  find rules fixtures -printf '%p %y %m %s %l\n' | LC_ALL=C sort
  find rules fixtures -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
}
run() { # expected statuses (e.g. 01), then the arguments; output to the work folder
  local allowed=$1; shift
  "$oblige" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
  local status=$?
  [[ "$allowed" == *"$status"* ]] || { fail "oblige $* exited $status"; head -n 5 "$work/stderr"; }
}

snapshot >"$work/before"
kh=rules/khanh-hoa/gender-equality-2021-2025.obl
sl=rules/son-la/gender-equality-2025.obl
plans=(rules/*/*.obl)
for format in text json junit csv sarif html; do
  run 01 lint "${plans[@]}" --format "$format"
  run 01 lint fixtures/hostile/plan.obl fixtures/hostile/obl/crlf.obl --format "$format"
  run 01 check "$kh" --reports fixtures/khanh-hoa-2024 --as-of 2025-01-15 --format "$format"
  run 01 check "$sl" --reports fixtures/son-la-2025 --as-of 2025-12-01 --format "$format" \
      --output "$work/out.$format" --write-baseline "$work/baseline.json"
  run 01 check "$sl" --reports fixtures/son-la-2025 --as-of 2025-12-01 --format "$format" \
      --baseline "$work/baseline.json"
  run 01 check fixtures/hostile/plan.obl --reports fixtures/hostile/xml --as-of 2025-01-15 --format "$format"
done
for format in dot graphml svg; do
  run 01 graph "$kh" --format "$format"
  run 01 graph "$sl" --format "$format" --output "$work/graph.$format"
done
run 0 who "$kh" MT2.CT3
run 0 who "$kh" MT2 --format json --output "$work/who.json"
run 0 owners "$kh" --format csv --output "$work/owners.csv"
run 0 template "$sl" --agency SL_SYT --period 2025-H2
run 0 template "$sl" --agency SL_SYT --period 2025-H2 --output "$work/skeleton.xml"
run 01 test src/checks/plan/*_test.obl
snapshot >"$work/after"
if ! cmp -s "$work/before" "$work/after"; then
  fail "rules/ or fixtures/ changed:"; diff "$work/before" "$work/after" | head -n 20
fi
# The runs above wrote nothing but what they were told to, and no temporary file survived.
leftover=$(cd "$work" && ls -A | grep -vxE 'before|after|stdout|stderr|baseline\.json|out\.(text|json|junit|csv|sarif|html)|graph\.(graphml|dot|svg)|who\.json|owners\.csv|skeleton\.xml')
[ -z "$leftover" ] || fail "unexpected files in the output folder: $leftover"

# ---- failed writes keep the old file --------------------------------------------------------------------
check_keeps() { # a label, the folder to inspect, then the oblige arguments
  local label=$1 folder=$2; shift 2
  local before_listing; before_listing=$(ls -A "$folder")
  "$oblige" "$@" >"$work/stdout" 2>"$work/stderr" </dev/null
  local status=$?
  [ "$status" = 2 ] || fail "$label: exit status $status, expected 2"
  grep -q "cannot write" "$work/stderr" || fail "$label: no 'cannot write' message: $(cat "$work/stderr")"
  [ "$(ls -A "$folder")" = "$before_listing" ] || fail "$label: the folder changed: $(ls -A "$folder")"
  [ "$(cat "$work/keep/old.txt")" = "OLD CONTENT" ] || fail "$label: the old file changed"
}
mkdir -p "$work/keep"
printf 'OLD CONTENT' >"$work/keep/old.txt"
printf 'a regular file' >"$work/keep/parent"
args=(check fixtures/hostile/plan.obl --reports fixtures/hostile/xml/good.xml --as-of 2025-01-15)
check_keeps "--output under a regular file" "$work/keep" "${args[@]}" --output "$work/keep/parent/out.txt"
check_keeps "--write-baseline under a regular file" "$work/keep" "${args[@]}" --write-baseline "$work/keep/parent/b.json"
# A folder that refuses new files even to root: /proc. The old file is the one in keep/, untouched.
check_keeps "--output into /proc" "$work/keep" "${args[@]}" --output /proc/oblige-nothing-lost.txt
[ ! -e /proc/oblige-nothing-lost.txt ] || fail "a file appeared in /proc"
# A full device behind a link: written through, fails with ENOSPC, the device stays a device.
ln -s /dev/full "$work/keep/full"
check_keeps "--output to /dev/full through a link" "$work/keep" "${args[@]}" --output "$work/keep/full"
[ -c /dev/full ] || fail "/dev/full is no longer a character device"
[ -L "$work/keep/full" ] || fail "the link to /dev/full was replaced"
# A read-only bind mount, where permitted (root in a container usually is not): the old file stays.
mkdir -p "$work/ro"
printf 'OLD CONTENT' >"$work/ro/old.txt"
if mount --bind "$work/ro" "$work/ro" 2>/dev/null && mount -o remount,bind,ro "$work/ro" 2>/dev/null; then
  "$oblige" "${args[@]}" --output "$work/ro/old.txt" >/dev/null 2>&1
  [ $? = 2 ] || fail "--output on a read-only mount: expected exit status 2"
  [ "$(cat "$work/ro/old.txt")" = "OLD CONTENT" ] || fail "--output on a read-only mount changed the old file"
  [ "$(ls -A "$work/ro")" = old.txt ] || fail "--output on a read-only mount left files"
  umount "$work/ro"
else
  umount "$work/ro" 2>/dev/null
  echo "SKIP read-only bind mount: not permitted here (the /proc case above stands in)"
fi
# A successful --output replaces the old file whole.
"$oblige" "${args[@]}" --output "$work/keep/old.txt" >/dev/null 2>&1
grep -q "Reporting figures" "$work/keep/old.txt" || fail "a successful --output did not replace the old file"

[ "$failed" = 0 ] && echo "nothing lost"
exit "$failed"
