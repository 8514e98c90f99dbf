#!/usr/bin/env bash
# `check --history` and `oblige history` end to end on the shipped Khánh Hòa fixtures, on SQLite (a
# temporary file) or PostgreSQL (the server in $OBLIGE_TEST_POSTGRES, see with_postgres.sh).
# Usage: history_cli.sh OBLIGE sqlite|postgres      Run from anywhere; finds the repository itself.
set -euo pipefail
oblige=$1 backend=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=$(mktemp -d /tmp/oblige-history-cli-XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "history_cli: $*" >&2; exit 1; }

if [ "$backend" = postgres ]; then
  db="$OBLIGE_TEST_POSTGRES"
else
  db="$work/history.db"
fi
plan=rules/khanh-hoa/gender-equality-2021-2025.obl
check() { "$oblige" check "$plan" --as-of 2025-01-15 --period 2024 --history "$db" --fail-on never "$@"; }
count() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$1"; }

# The reports where a nightly job finds them: the same folder every night (fingerprints name the file).
mkdir "$work/reports" && cp fixtures/khanh-hoa-2024/*.xml "$work/reports/"

# Night 1: everything is new. Night 2, nothing changed: nothing is new.
check --reports "$work/reports" --format json --output "$work/night1.json"
check --reports "$work/reports" --format json --output "$work/night2.json" --new-only
[ "$(count "$work/night1.json")" -gt 0 ] || fail "night 1 found nothing"
[ "$(count "$work/night2.json")" -eq 0 ] || fail "night 2 (--new-only, nothing changed) shows findings"

# Night 3: one agency's report is gone: only what follows from that is shown, and the exit status
# follows --fail-on over what is shown.
rm "$work/reports/2024-SNV.xml"
set +e
"$oblige" check "$plan" --as-of 2025-01-15 --period 2024 --history "$db" --reports "$work/reports" \
  --format json --output "$work/night3.json" --new-only --fail-on error
status=$?
set -e
[ "$status" -eq 1 ] || fail "night 3: a new missing report should fail --fail-on error (exit $status)"
python3 - "$work/night3.json" <<'PY'
import json, sys
found = json.load(open(sys.argv[1]))["findings"]
assert found, "night 3 shows nothing new"
assert all(f["subjects"]["agency"] == "KH_SNV" for f in found), [f["code"] for f in found]
assert any(f["code"] == "missing-report" for f in found)
PY

# The history: three runs, the identity holds, and night 3's new findings are counted.
"$oblige" history "$db" --format json --output "$work/history.json"
python3 - "$work/history.json" "$work/night3.json" <<'PY'
import json, sys
h = json.load(open(sys.argv[1]))
runs = h["runs"]
assert len(runs) == 3, len(runs)
prev = 0
for r in runs:
    assert prev - r["resolved"] + r["new"] == r["findings"], r
    prev = r["findings"]
assert runs[1]["new"] == 0 and runs[1]["resolved"] == 0
assert runs[2]["new"] == len(json.load(open(sys.argv[2]))["findings"]), runs[2]
assert any(t["agency"] == "KH_SNV" for t in h["trend"])
PY
"$oblige" history "$db" --agency KH_SNV --format html --output "$work/snv.html"
grep -q '<svg' "$work/snv.html" || fail "the agency page has no trend chart"
grep -q 'id="chronic"' "$work/snv.html" || fail "the agency page has no chronic section"
"$oblige" history "$db" --last 1 --lang vi >"$work/history-vi.txt"
grep -q "Lịch sử các lần kiểm tra" "$work/history-vi.txt" || fail "--lang vi is not Vietnamese"
check --reports fixtures/khanh-hoa-2024 --format html --output "$work/page.html"
grep -q 'id="history"' "$work/page.html" || fail "the check page has no history section"

if [ "$backend" != sqlite ]; then echo "history_cli ($backend): ok"; exit 0; fi

# A read-only history: exit 2, the run's other outputs are still written, and the history is unchanged.
chmod 0755 "$work"  # the unprivileged user below must reach its output folder
mkdir "$work/ro" "$work/out" && cp "$db" "$work/ro/history.db" && chmod 0777 "$work/out"
chmod 0444 "$work/ro/history.db" && chmod 0555 "$work/ro"
as_user=()
[ "$(id -u)" -eq 0 ] && as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)  # root writes anything
before=$(sha256sum "$work/ro/history.db")
set +e
"${as_user[@]}" "$oblige" check "$plan" --as-of 2025-01-15 --period 2024 --reports fixtures/khanh-hoa-2024 \
  --history "$work/ro/history.db" --fail-on never --format json --output "$work/out/findings.json" 2>"$work/ro.err"
status=$?
set -e
[ "$status" -eq 2 ] || fail "a read-only history should exit 2 (exit $status)"
grep -q "history" "$work/ro.err" || fail "no message about the history: $(cat "$work/ro.err")"
[ -s "$work/out/findings.json" ] || fail "the run's output was not written: $(cat "$work/ro.err")"
[ "$(sha256sum "$work/ro/history.db")" = "$before" ] || fail "the read-only history changed"
chmod 0755 "$work/ro"

# A history from a newer oblige is refused, and left as it is.
cp "$db" "$work/newer.db"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("UPDATE oblige_schema SET version=99"); c.commit()' "$work/newer.db"
set +e
check --reports fixtures/khanh-hoa-2024 --history "$work/newer.db" --format json --output "$work/newer.json" 2>"$work/newer.err"
status=$?
set -e
[ "$status" -eq 2 ] && grep -q "newer" "$work/newer.err" || fail "a newer schema was not refused: $(cat "$work/newer.err")"
echo "history_cli ($backend): ok"
