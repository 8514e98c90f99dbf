#!/usr/bin/env bash
# Verdicts must not depend on the order report files are read in, nor on their names (SPEC §2, v2).
# 1. The Khánh Hòa and Sơn La fixture files, named one by one on the command line in five shuffled orders:
#    the output (text, csv, sarif: json lists the paths as given) must be byte-identical to the run on
#    the folder.
# 2. The Khánh Hòa files copied under shuffled names (the sorted order of the new names is another
#    reading order): once each new name is mapped back to its old one, the findings (csv rows, sorted,
#    without the fingerprint column, which is made from the path as typed) must be the same.
# Usage: reading_order.sh OBLIGE   (from the source folder)
set -uo pipefail
oblige=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

check_set() { # name, plan, folder, then the options
  local name=$1 plan=$2 folder=$3; shift 3
  local files
  mapfile -t files < <(find "$folder" -name '*.xml' | LC_ALL=C sort)
  for format in text csv sarif; do
    "$oblige" check "$plan" --reports "$folder" "$@" --format "$format" >"$work/$name.folder.$format" 2>&1
    for seed in reverse 1 2 3 4; do
      local shuffled=()
      if [ "$seed" = reverse ]; then # every pair of files read the other way round
        mapfile -t shuffled < <(printf '%s\n' "${files[@]}" | LC_ALL=C sort -r)
      else
        mapfile -t shuffled < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes "$seed$name"))
      fi
      local args=()
      for f in "${shuffled[@]}"; do args+=(--reports "$f"); done
      "$oblige" check "$plan" "${args[@]}" "$@" --format "$format" >"$work/$name.$seed.$format" 2>&1
      if ! cmp -s "$work/$name.folder.$format" "$work/$name.$seed.$format"; then
        echo "FAIL $name ($format): reading order $seed changes the output"
        diff "$work/$name.folder.$format" "$work/$name.$seed.$format" | head -20
        failed=1
      fi
    done
  done
}

check_set khanh-hoa rules/khanh-hoa/gender-equality-2021-2025.obl fixtures/khanh-hoa-2024 \
  --as-of 2025-01-15 --period 2024
check_set son-la rules/son-la/gender-equality-2025.obl fixtures/son-la-2025 --as-of 2025-12-01

# Renamed copies: each file gets a name whose sort order is the old one reversed, or shuffled.
plan=rules/khanh-hoa/gender-equality-2021-2025.obl
mapfile -t files < <(find fixtures/khanh-hoa-2024 -name '*.xml' | LC_ALL=C sort)
"$oblige" check "$plan" --reports fixtures/khanh-hoa-2024 --as-of 2025-01-15 --period 2024 --format csv |
  sed 's/,[0-9a-f]\{16\}\r\?$//' | LC_ALL=C sort >"$work/original.csv"
for naming in reverse shuffle; do
  folder="$work/renamed-$naming"
  mkdir -p "$folder"
  if [ "$naming" = reverse ]; then
    mapfile -t order < <(seq "${#files[@]}" -1 1)
  else
    mapfile -t order < <(seq 1 "${#files[@]}" | shuf --random-source=<(yes renamed))
  fi
  map="$work/map-$naming.sed"
  : >"$map"
  for i in "${!files[@]}"; do
    new=$(printf 'r%03d.xml' "${order[$i]}")
    cp "${files[$i]}" "$folder/$new"
    # The '|' delimiter: paths hold '/' but never '|'.
    echo "s|$folder/$new|${files[$i]}|g" >>"$map"
  done
  # Without the fingerprint column: it is made from the path as typed.
  "$oblige" check "$plan" --reports "$folder" --as-of 2025-01-15 --period 2024 --format csv |
    sed -f "$map" | sed 's/,[0-9a-f]\{16\}\r\?$//' | LC_ALL=C sort >"$work/renamed-$naming.csv"
  if ! cmp -s "$work/original.csv" "$work/renamed-$naming.csv"; then
    echo "FAIL: renaming the Khánh Hòa files ($naming) changes the findings"
    diff "$work/original.csv" "$work/renamed-$naming.csv" | head -20
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "the same verdicts in every reading order and under other names"
exit "$failed"
