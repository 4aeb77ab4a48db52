#!/usr/bin/env bash
# Installs the dependencies, builds Tenure with warnings as errors, and runs every test; then
# runs clang-tidy over core/ (.clang-tidy); then builds with Clang, AddressSanitizer and
# UndefinedBehaviorSanitizer and runs every test again; then fuzzes the readers and render for a
# bounded time (scripts/fuzz.sh).
# Between the first pass and the second it builds the Debian package, installs it and runs it.
# TENURE_SKIP_SANITIZE=1, TENURE_SKIP_FUZZ=1 and TENURE_SKIP_TIDY=1 skip those passes (a quicker
# local check).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

run_suite() {
    local dir=$1
    shift
    # lld links in a quarter of ld's time (46 executables a pass).
    cmake -S . -B "$dir" -DTENURE_WERROR=ON -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld "$@"
    cmake --build "$dir" --parallel "$jobs"
    ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" --timeout 120
}

echo "== tests (warnings as errors) =="
# Optimised like the package, but without debug information: that is a third of GCC's time on this
# code base, and a crash's stack trace comes from the sanitizer pass, which keeps line tables.
run_suite build/test -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"

# .clang-tidy's checks over every source file of core/, with that build's compile database; any
# finding fails the run. TENURE_SKIP_TIDY=1 skips it.
if [ "${TENURE_SKIP_TIDY:-0}" != 1 ]; then
    echo "== clang-tidy (core) =="
    scripts/tidy.sh build/test
fi

# The Debian package of that build, installed, used from /usr/bin and removed again.
# TENURE_SKIP_PACKAGE=1 skips it (it installs and removes the package `tenure`).
if [ "${TENURE_SKIP_PACKAGE:-0}" != 1 ]; then
    echo "== Debian package =="
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    rm -f build/test/tenure_*.deb
    (cd build/test && cpack -G DEB)
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq ./build/test/tenure_*.deb
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    /usr/bin/tenure-cli --version
    /usr/bin/tenure-cli --db "$scratch/x.sqlite" init --sample
    /usr/bin/tenure-cli --db "$scratch/x.sqlite" render --out "$scratch/x.png"
    test -s "$scratch/x.png"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq tenure
fi

if [ "${TENURE_SKIP_SANITIZE:-0}" != 1 ]; then
    # Built with Clang, so that CI also proves the code compiles with Clang as well as GCC.
    echo "== tests under ASan + UBSan (Clang) =="
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # With the libFuzzer targets too (TENURE_FUZZ): the fuzzing pass below then uses this build
    # instead of compiling everything a third time.
    # Line tables only: the sanitizers' stack traces name file and line, for less compile and link
    # time than full debug information.
    run_suite build/sanitize -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only -DTENURE_SANITIZE=ON -DTENURE_FUZZ=ON
    export TENURE_FUZZ_BUILD=build/sanitize
fi

# The CSV and JSON readers and render's arguments under libFuzzer, for a bounded time over the
# checked-in seed corpus (tests/fuzz). TENURE_SKIP_FUZZ=1 skips it.
if [ "${TENURE_SKIP_FUZZ:-0}" != 1 ]; then
    echo "== fuzzing (libFuzzer, ASan + UBSan) =="
    TENURE_FUZZ_SECONDS=${TENURE_FUZZ_SECONDS:-30} scripts/fuzz.sh
fi
