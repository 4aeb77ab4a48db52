#!/usr/bin/env bash
# Installs the dependencies, builds Tenure with warnings as errors, and runs every test; then
# does the same again built with AddressSanitizer and UndefinedBehaviorSanitizer.
# TENURE_SKIP_SANITIZE=1 skips the second pass (a quicker local check).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

run_suite() {
    local dir=$1
    shift
    cmake -S . -B "$dir" -DTENURE_WERROR=ON "$@"
    cmake --build "$dir" --parallel "$jobs"
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --timeout 120
}

echo "== tests (warnings as errors) =="
run_suite build/test -DCMAKE_BUILD_TYPE=RelWithDebInfo

if [ "${TENURE_SKIP_SANITIZE:-0}" != 1 ]; then
    echo "== tests under ASan + UBSan =="
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_suite build/sanitize -DCMAKE_BUILD_TYPE=Debug -DTENURE_SANITIZE=ON
fi
