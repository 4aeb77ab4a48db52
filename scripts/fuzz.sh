#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz with Clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build/fuzz), then runs each for a bounded time over a copy of its
# checked-in seed corpus; the checked-in corpus is never written. Fails on any crash, broken
# property, leak, timeout or memory blow-up, leaving the input that did it under
# build/fuzz/runs/TARGET/artifacts/.
#
#   TENURE_FUZZ_SECONDS  how long each target runs (default 60)
#   TENURE_FUZZ_TARGETS  which targets, separated by spaces (default: all three)
#   TENURE_FUZZ_JOBS     how many targets run at once (default: the number of cores)
#   TENURE_FUZZ_BUILD    a build folder already configured with TENURE_FUZZ=ON to use instead
#                        of build/fuzz (scripts/test.sh passes its sanitizer build, so the
#                        libraries are not compiled a third time)
#
# Reproduce a finding: build/fuzz/tests/fuzz/TARGET FILE (the same sanitizers, one run).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${TENURE_FUZZ_SECONDS:-60}
read -r -a targets <<<"${TENURE_FUZZ_TARGETS:-fuzz_csvreader fuzz_jsonreader fuzz_render}"
jobs=${TENURE_FUZZ_JOBS:-$(nproc)}

scripts/install-deps.sh
# Clang, its libFuzzer and sanitizer runtimes, and llvm-symbolizer for readable stack traces.
packages=(clang libclang-rt-14-dev llvm)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "fuzz: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build=${TENURE_FUZZ_BUILD:-build/fuzz}
if [ -z "${TENURE_FUZZ_BUILD:-}" ]; then
    cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTENURE_FUZZ=ON -DTENURE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target "${targets[@]}" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:allocator_may_return_null=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0

# run_target TARGET: one bounded run; its log is build/fuzz/runs/TARGET/log and its exit
# status build/fuzz/runs/TARGET/status.
run_target() {
    local target=$1
    local binary=$PWD/$build/tests/fuzz/$target
    local run=$PWD/$build/runs/$target
    rm -rf "$run"
    mkdir -p "$run/corpus" "$run/artifacts" "$run/tmp"
    cp tests/fuzz/corpus/"$target"/* "$run/corpus/"
    local options=(
        -max_total_time="$seconds"
        -timeout=10          # one input taking 10 s is a finding
        -rss_limit_mb=2560   # so is a memory blow-up
        -max_len=8192
        -dict="$PWD/tests/fuzz/$target.dict"
        -artifact_prefix="$run/artifacts/"
        -print_final_stats=1
        -close_fd_mask=3     # the commands' own output; libFuzzer's and the reports still show
    )
    # New inputs go to the first folder, the copy; the targets' temporary files to tmp/.
    local status=0
    (cd "$run" && TMPDIR="$run/tmp" "$binary" "${options[@]}" corpus) >"$run/log" 2>&1 ||
        status=$?
    echo "$status" >"$run/status"
}

for target in "${targets[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    echo "fuzz: running $target for ${seconds}s"
    run_target "$target" &
done
wait

status=0
for target in "${targets[@]}"; do
    run=$build/runs/$target
    if [ "$(cat "$run/status" 2>/dev/null)" = 0 ]; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log")
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$run/log")
        rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$run/log")
        echo "fuzz: $target ok: ${runs:-?} executions (${rate:-?}/s), peak RSS ${rss:-?} MB"
    else
        status=1
        echo "fuzz: $target FAILED (exit $(cat "$run/status" 2>/dev/null)); the end of $run/log:" >&2
        grep -v '# Uses:' "$run/log" | tail -n 60 >&2
        echo "fuzz: reproducers in $run/artifacts/:" >&2
        ls -1 "$run/artifacts/" >&2 || true
    fi
done
exit $status
