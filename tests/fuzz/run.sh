#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address,undefined) into build-fuzz/ and runs
# one of them for a given time, seeded from rules/, fixtures/ and the committed regressions.
# Usage: tests/fuzz/run.sh obl|xml SECONDS [extra libFuzzer flags...]
#        tests/fuzz/run.sh build            (only build both targets)
# Environment: FUZZ_BUILD_DIR (default build-fuzz), FUZZ_JOBS (ninja -j, default 1), FUZZ_BUILD=0 to
# run what is built without rebuilding.
# Crashes land in $FUZZ_BUILD_DIR/artifacts/TARGET/; copy each into tests/fuzz/regressions/TARGET/ once
# fixed, so the ctest test fuzz-regressions replays it.
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${1:-}"
build_dir="${FUZZ_BUILD_DIR:-build-fuzz}"
case "$target" in
obl | xml | build) ;;
*)
    echo "usage: tests/fuzz/run.sh obl|xml SECONDS [libFuzzer flags...] | tests/fuzz/run.sh build" >&2
    exit 2
    ;;
esac

if [ "${FUZZ_BUILD:-1}" = 0 ]; then
    : # the targets are already built (tests/fuzz/run.sh build)
else
    if [ ! -f "$build_dir/build.ninja" ]; then
        CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DOBLIGE_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
    fi
    # One build at a time: both targets may be started at once, one core each.
    flock "$build_dir/.build-lock" ninja -C "$build_dir" -j "${FUZZ_JOBS:-1}" fuzz_obl fuzz_xml
fi
[ "$target" = build ] && exit 0

seconds="${2:?how many seconds}"
shift 2

corpus="$build_dir/corpus/$target"
artifacts="$build_dir/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
seeds=()
if [ "$target" = obl ]; then
    seeds+=(rules src/checks/plan src/plan)
    pattern='*.obl'
else
    seeds+=(fixtures tests/testdata tests/fuzz/seeds/xml)
    pattern='*.xml'
fi
# Seeds are copied (libFuzzer writes new inputs into the first corpus directory only, never into the tree).
while IFS= read -r -d '' seed; do
    cp -n "$seed" "$corpus/seed-$(printf '%s' "$seed" | tr '/' '_')"
done < <(find "${seeds[@]}" -name "$pattern" -type f -size -1000k -print0)
cp -n tests/fuzz/regressions/"$target"/* "$corpus"/ 2>/dev/null || true
rm -f "$corpus/README.md"

exec "$build_dir/fuzz_$target" "$corpus" -dict=tests/fuzz/"$target".dict \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
