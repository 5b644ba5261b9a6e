#!/usr/bin/env bash
# Installs the Debian 12 packages silkdex needs to build and test, skipping those already present.
# Usage: scripts/deps.sh [--bench]
set -euo pipefail

packages=(
  g++ cmake make pkg-config
  libxapian-dev xapian-tools          # the index (xapian-tools: xapian-delve/xapian-check for inspection)
  libpoco-dev                         # JSON (and later Net, Util, Data/SQLite)
  libboost-dev libboost-filesystem-dev
  libspdlog-dev libfmt-dev
  libcli11-dev                        # command line
  libyaml-cpp-dev                     # front matter, index definitions
  libcmark-dev                        # Markdown
  libgumbo-dev                        # HTML
  libpoppler-cpp-dev                  # PDF
  libcld2-dev                         # language detection
  libicu-dev                          # Unicode normalisation (accent folding of facet terms)
  libgeonames-dev iso-codes           # the gazetteer: cities (geonames) and countries (ISO 3166-1)
  libgtest-dev libgmock-dev           # tests
  libbenchmark-dev                    # bench/
  chromium                            # the web interface's end-to-end tests (tests/e2e)
)
# Node.js and npm run tests/e2e (playwright-core, axe-core from npm): Debian's,
# unless a node and an npm are there already (NodeSource's nodejs brings its npm).
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "silkdex: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
