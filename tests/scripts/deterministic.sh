#!/usr/bin/env bash
# Runs lint, check, graph, owners and who in every format twice and compares the bytes; validates the JUnit output against the
# JUnit schema. Usage: deterministic.sh OBLIGE   (from the source folder)
set -uo pipefail
oblige=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
run() { # name, then the command's arguments
  local name=$1; shift
  for round in 1 2; do
    "$oblige" "$@" >"$work/$name.$round" 2>"$work/$name.err.$round"
    local status=$?
    if [ "$status" -gt 1 ]; then echo "FAIL $name: exit status $status"; cat "$work/$name.err.$round"; failed=1; fi
  done
  if ! cmp -s "$work/$name.1" "$work/$name.2"; then echo "FAIL $name: two runs differ"; failed=1; fi
}
for format in text json junit csv sarif html; do
  run "check-kh-$format" check rules/khanh-hoa/gender-equality-2021-2025.obl --reports fixtures/khanh-hoa-2024 \
      --as-of 2025-01-15 --format "$format"
  run "check-sl-$format" check rules/son-la/gender-equality-2025.obl --reports fixtures/son-la-2025 \
      --as-of 2025-12-01 --format "$format"
  run "lint-all-$format" lint rules/khanh-hoa/gender-equality-2021-2025.obl rules/son-la/gender-equality-2025.obl \
      rules/bac-giang/khcn-2024.obl rules/binh-dinh/snv-2021-2030.obl rules/khanh-hoa/stnmt-communication-2025.obl \
      --format "$format"
done
for graph in dot graphml svg; do
  run "graph-$graph" graph rules/khanh-hoa/gender-equality-2021-2025.obl --format "$graph"
done
for format in text csv json; do
  run "owners-$format" owners rules/khanh-hoa/gender-equality-2021-2025.obl --format "$format"
done
run who-json who rules/khanh-hoa/gender-equality-2021-2025.obl MT2 --format json
# The SVG drawing does not depend on the order the plans are named in.
run graph-svg-ab graph rules/khanh-hoa/gender-equality-2021-2025.obl rules/son-la/gender-equality-2025.obl --format svg
run graph-svg-ba graph rules/son-la/gender-equality-2025.obl rules/khanh-hoa/gender-equality-2021-2025.obl --format svg
cmp -s "$work/graph-svg-ab.1" "$work/graph-svg-ba.1" || { echo "FAIL: graph --format svg depends on the plans' order"; failed=1; }
if command -v xmllint >/dev/null; then
  for f in "$work"/check-*-junit.1 "$work"/lint-all-junit.1; do
    xmllint --noout --schema tests/testdata/junit-10.xsd "$f" 2>"$work/xsd.err" ||
      { echo "FAIL: $f is not valid JUnit"; cat "$work/xsd.err"; failed=1; }
  done
fi
[ "$failed" -eq 0 ] && echo "every format deterministic; JUnit valid"
exit "$failed"
