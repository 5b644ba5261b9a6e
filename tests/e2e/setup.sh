#!/usr/bin/env bash
# Installs the end-to-end tests' npm packages (playwright-core, axe-core) from
# package-lock.json into DEST/node_modules with `npm ci`, unless the same lock
# file is installed there already. Usage: setup.sh SOURCE_DIR DEST_DIR
set -euo pipefail
src="$1"
dest="$2"
mkdir -p "$dest"
if [ ! -x "${SILKDEX_CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "e2e: no Chromium at ${SILKDEX_CHROMIUM:-/usr/bin/chromium}; scripts/deps.sh installs Debian's chromium" >&2
  exit 1
fi
if cmp -s "$src/package-lock.json" "$dest/package-lock.json" && cmp -s "$src/package.json" "$dest/package.json" \
   && [ -d "$dest/node_modules/playwright-core" ] && [ -d "$dest/node_modules/axe-core" ]; then
  echo "e2e: node_modules is up to date with package-lock.json"
  exit 0
fi
cp "$src/package.json" "$src/package-lock.json" "$dest/"
cd "$dest"
npm ci --no-audit --no-fund
