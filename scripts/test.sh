#!/usr/bin/env bash
# Sets up and runs every test: installs what is missing, builds with warnings as
# errors, and runs the whole suite with CTest (unit, integration, end to end).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-test"

"$root/scripts/build.sh" "$build" -DSILKDEX_WERROR=ON -DSILKDEX_BUILD_TESTS=ON -DSILKDEX_BUILD_BENCH=ON
cd "$build"
ctest --output-on-failure -j "$(nproc)" --timeout 600
