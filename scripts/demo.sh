#!/usr/bin/env bash
# Sets up and runs silkdex on the bundled demo corpus: installs what is missing,
# builds, indexes examples/corpus into ./data (gitignored), and runs sample searches.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/build.sh build -DSILKDEX_BUILD_TESTS=OFF -DSILKDEX_BUILD_BENCH=OFF
silkdex=build/cli/silkdex

echo "== Indexing the demo corpus (examples/corpus) into data/"
"$silkdex" index examples/corpus --index data --rebuild

for query in "disaster risk reduction Medellín" "turismo sostenible" "敦煌" "masks donation" ; do
  echo
  echo "== silkdex search \"$query\" --limit 3"
  "$silkdex" search "$query" --index data --limit 3
done
echo
echo "Try your own: $silkdex search \"QUERY\" --index data [--json] [--theme drr] [--limit 5]"
