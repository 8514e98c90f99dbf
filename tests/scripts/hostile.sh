#!/usr/bin/env bash
# Runs every case of fixtures/hostile/CASES and checks its exit status and output (see the README there).
# Each run is bounded: `timeout`, and 2 GiB of address space (`ulimit -v`), or under AddressSanitizer,
# whose shadow memory needs more address space, its hard_rss_limit_mb. A case passes only with the
# expected status (never a crash, a timeout or an out-of-memory), every expected fragment in its output,
# and no line of /etc/passwd anywhere.
# Usage: hostile.sh OBLIGE [sanitized] [CASE-NAME-REGEX]   (from the source folder)
set -uo pipefail
oblige=$(realpath "$1")
sanitized=${2:-}
only=${3:-}
H=fixtures/hostile
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"' EXIT
limit_seconds=${HOSTILE_TIMEOUT:-60}

# ---- generators: big or unusual inputs made at test time into $T (the case's own temp dir) -------------
gen_deep_obl() { # 100,000 nested indicators
  { printf 'plan "H/1" { issuer UB period 2024 to 2025 }\nagency UB "U"\ngoal MT1 "G" {\n'
    head -c 100000 /dev/zero | tr '\0' 'i' | sed 's/i/indicator a "x" {/g'
    head -c 100000 /dev/zero | tr '\0' '}'; printf '\n}\n'; } >"$T/deep.obl"
}
gen_deep_braces_obl() { { printf 'goal MT1 "G" '; head -c 100000 /dev/zero | tr '\0' '{'; } >"$T/braces.obl"; }
gen_big_obl() { # a 200 MB title: over the 64 MiB a .obl file may have
  { printf 'plan "H/1" { issuer UB period 2024 to 2025 title "'; head -c 200000000 /dev/zero | tr '\0' x
    printf '" }\n'; } >"$T/big.obl"
}
gen_big_xml() { # a 200 MB value
  mkdir "$T/r"
  { printf '<report plan="H/1" from="SA" to="UB" period="2024" submitted="2024-12-05"><value indicator="MT1.CT1">'
    head -c 200000000 /dev/zero | tr '\0' 9; printf '</value></report>\n'; } >"$T/r/big.xml"
}
gen_long_value_xml() { # a 4 MB value, under the limit: read, judged, and answered in linear time
  { printf '<report plan="H/1" from="SA" to="UB" period="2024" submitted="2024-12-05"><value indicator="MT1.CT1">'
    head -c 4000000 /dev/zero | tr '\0' 9; printf '</value></report>\n'; } >"$T/long.xml"
}
gen_deep_xml() { # 100,000 nested unknown elements inside a report
  { printf '<report plan="H/1" from="SA" to="UB" period="2024" submitted="2024-12-05">'
    head -c 100000 /dev/zero | tr '\0' x | sed 's/x/<x>/g'; head -c 100000 /dev/zero | tr '\0' x | sed 's/x/<\/x>/g'
    printf '</report>\n'; } >"$T/deep.xml"
}
gen_deep_reports_xml() { # 100,000 nested <reports>
  { head -c 100000 /dev/zero | tr '\0' x | sed 's/x/<reports>/g'
    head -c 100000 /dev/zero | tr '\0' x | sed 's/x/<\/reports>/g'; } >"$T/deep.xml"
}
gen_many_agencies_obl() { # 10,000 agencies declared and named as leads, all on one line each
  { printf 'plan "H/1" { issuer UB period 2024 to 2025 }\nagency UB "U"\n'
    seq -f 'agency A%g "a"' 1 10000 | tr '\n' ' '; printf '\ngoal MT1 "G" { indicator CT1 "I" { unit count target >= 1 by 2024 lead '
    seq -f 'A%g' 1 10000 | paste -sd, -; printf ' } }\nduty "D" { from leads to UB covers own yearly due 10/12 }\n'; } >"$T/many.obl"
}
gen_many_agencies_xml() { # a report to 10,000 agencies the plan does not know
  { printf '<report plan="H/1" from="SA" to="'; seq -f 'X%g' 1 10000 | paste -sd' ' -
    printf '" period="2024" submitted="2024-12-05"><value indicator="MT1.CT1">55</value></report>\n'; } >"$T/many.xml"
}
gen_many_reports_xml() { # one batch of 20,000 identical reports
  { printf '<reports>\n'
    for _ in $(seq 20000); do
      printf '<report plan="H/1" from="SA" to="UB" period="2024" submitted="2024-12-05"><value indicator="MT1.CT1">55</value><value indicator="MT1.CT2">3</value></report>\n'
    done; printf '</reports>\n'; } >"$T/batch.xml"
}
gen_many_errors_obl() { # 100,000 broken declarations
  for _ in $(seq 100000); do printf 'agnecy A "x"\n'; done >"$T/errors.obl"
}
gen_long_identifier_obl() { # a 1,000,000-character agency id
  { printf 'plan "H/1" { issuer UB period 2024 to 2025 }\nagency UB "U"\nagency '
    head -c 1000000 /dev/zero | tr '\0' A; printf ' "a"\n'; } >"$T/long.obl"
}
gen_symlink_loop() { # links to themselves, to each other and to a parent, beside one good report
  mkdir -p "$T/r/sub"; cp "$H/xml/good.xml" "$T/r/"
  ln -s . "$T/r/sub/loop"; ln -s .. "$T/r/sub/up.xml"; ln -s self.xml "$T/r/self.xml"
  ln -s b.xml "$T/r/a.xml"; ln -s a.xml "$T/r/b.xml"
}
gen_fifo() { # a named pipe called x.xml: opening it for reading would wait for a writer forever
  mkdir "$T/r"; cp "$H/xml/good.xml" "$T/r/"; mkfifo "$T/r/x.xml"
}
gen_unreadable() { # chmod 000: root reads it anyway, so the case is skipped as root (the FIFO case stands in)
  mkdir "$T/r"; cp "$H/xml/good.xml" "$T/r/"; cp "$H/xml/good.xml" "$T/r/locked.xml"; chmod 000 "$T/r/locked.xml"
  [ "$(id -u)" -ne 0 ] || skip="running as root, chmod 000 does not stop reads"
}
gen_unlistable() { # a subfolder that cannot be listed (skipped as root, for the same reason)
  mkdir -p "$T/r/closed"; cp "$H/xml/good.xml" "$T/r/"; chmod 000 "$T/r/closed"
  [ "$(id -u)" -ne 0 ] || skip="running as root, chmod 000 does not stop listing"
}
gen_copies() { # the plan, a report and an import cycle, to try writing over
  mkdir "$T/xml"; cp "$H/plan.obl" "$H/obl/cycle-a.obl" "$H/obl/cycle-b.obl" "$T/"; cp "$H/xml/good.xml" "$T/xml/"
}
gen_dev_full_link() { ln -s /dev/full "$T/full"; } # written through, never replaced
gen_dir_named_xml() { mkdir -p "$T/x.xml"; }
gen_plan_dir_named_obl() { mkdir -p "$T/x.obl"; }

# ---- the cases --------------------------------------------------------------------------------------
failed=0 passed=0 skipped=0
while IFS= read -r line; do
  [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
  IFS='|' read -r name setup status expect arguments <<<"$line"
  name=$(echo $name) setup=$(echo $setup) status=$(echo $status)
  expect=$(sed 's/^ *//; s/ *$//' <<<"$expect") arguments=$(sed 's/^ *//; s/ *$//' <<<"$arguments")
  [ -n "$only" ] && ! [[ "$name" =~ $only ]] && continue
  T="$work/$name"
  mkdir -p "$T"
  skip=""
  [ "$setup" = - ] || "gen_$setup"
  if [ -n "$skip" ]; then
    echo "SKIP $name: $skip"; skipped=$((skipped + 1)); continue
  fi
  eval "args=($arguments)"
  out="$T.out"
  if [ -n "$sanitized" ]; then
    ASAN_OPTIONS="hard_rss_limit_mb=2048:detect_leaks=1:${ASAN_OPTIONS:-}" \
      timeout -k 5 "$limit_seconds" "$oblige" "${args[@]}" >"$out" 2>&1 </dev/null
    actual=$?
  else
    (ulimit -v 2097152; exec timeout -k 5 "$limit_seconds" "$oblige" "${args[@]}" >"$out" 2>&1 </dev/null)
    actual=$?
  fi
  problems=()
  [ "$actual" = 124 ] || [ "$actual" = 137 ] && problems+=("timed out after ${limit_seconds}s")
  [ "$actual" != "$status" ] && problems+=("exit status $actual, expected $status")
  IFS=$'\x1f' read -r -a fragments <<<"${expect// ;; /$'\x1f'}"
  for fragment in "${fragments[@]}"; do
    [ -z "$fragment" ] && continue
    if [ "${fragment:0:1}" = '!' ]; then
      grep -qF -- "${fragment:1}" "$out" && problems+=("output contains '${fragment:1}'")
    else
      grep -qF -- "$fragment" "$out" || problems+=("output lacks '$fragment'")
    fi
  done
  grep -q '^root:x:0:0:' "$out" && problems+=("output contains a line of /etc/passwd")
  if ((${#problems[@]})); then
    echo "FAIL $name (oblige $arguments):"
    printf '  %s\n' "${problems[@]}"
    echo "  --- output (first 30 lines, 300 columns) ---"
    head -n 30 "$out" | cut -c1-300 | sed 's/^/  /'
    failed=$((failed + 1))
  else
    echo "ok   $name"
    passed=$((passed + 1))
  fi
  chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T" "$out"
done <"$H/CASES"
echo "hostile inputs: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
