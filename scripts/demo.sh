#!/usr/bin/env bash
# Sets up and runs silkdex on the bundled demo corpus: installs what is missing,
# builds, indexes examples/corpus into ./data (gitignored), applies the demo's
# curation (examples/curation-demo.json), shows a search, and serves the web
# interface and the HTTP API at http://127.0.0.1:8080 until Ctrl-C. Running it
# again keeps ./data and leaves it as it was.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

scripts/build.sh build -DSILKDEX_BUILD_TESTS=OFF -DSILKDEX_BUILD_BENCH=OFF
silkdex=build/cli/silkdex

echo "== Indexing the demo corpus (examples/corpus) into data/"
"$silkdex" index examples/corpus --index data --rebuild

# The curation workflow's demo state: documents waiting in review, featured
# items with notes, pinned results. Applied again on a second run, it changes
# nothing (a document a moderator has since published goes back to in_review).
echo
echo "== Curating: silkdex curate examples/curation-demo.json"
"$silkdex" curate examples/curation-demo.json --index data

echo
echo "== silkdex search \"disaster risk reduction\" --limit 3"
"$silkdex" search "disaster risk reduction" --index data --limit 3

port="${SILKDEX_PORT:-8080}"
cat <<TXT

== Serving http://127.0.0.1:$port (Ctrl-C stops). Open it in a browser, or try:
   curl 'http://127.0.0.1:$port/v1/search?q=turismo+sostenible&per_page=3'
   curl 'http://127.0.0.1:$port/v1/search?q=DRR&theme=drr&facets=city,year'
   curl 'http://127.0.0.1:$port/v1/search?q=%E6%95%A6%E7%85%8C'          # 敦煌
   curl 'http://127.0.0.1:$port/v1/suggest?q=medel'
   key=\$(build/cli/silkdex keys create --role staff --index data)     # for writes
   curl -X PUT -H "Authorization: Bearer \$key" -d '{"title":"...","body":"..."}' \\
        http://127.0.0.1:$port/v1/documents/my-good-practice
   The review queue, featured items and pins of the disaster risk reduction cluster:
   build/cli/silkdex keys create --role moderator --cluster drr --index data
   then sign in with that key at http://127.0.0.1:$port/staff and open /moderation;
   public: http://127.0.0.1:$port/clusters/drr?q=reopening (pinned results first)
TXT
exec "$silkdex" serve --index data --port "$port"
