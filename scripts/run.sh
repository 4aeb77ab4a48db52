#!/usr/bin/env bash
# Installs the dependencies, builds Tenure and starts the viewer. With no arguments it opens the
# per-user database, which is created with the bundled Stability AI sample on first use.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DTENURE_BUILD_TESTS=OFF
cmake --build build/release --parallel "$(nproc)"
exec build/release/app/gui/tenure "$@"
