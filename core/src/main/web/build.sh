#!/usr/bin/env bash
# Builds the web UI into the folder given (target/classes/web): installs the front-end libraries from npm
# (package-lock.json pins them) when node_modules is missing or older than the lock file, then copies our own
# files and the libraries' browser builds. Nothing from npm is ever committed.
set -euo pipefail
WEB_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:?usage: build.sh OUTPUT_DIR}"

if ! command -v npm >/dev/null; then
    echo "web UI: needs Node.js and npm on PATH (apt-get install nodejs npm), or build with -Dskip.npm" >&2
    exit 1
fi
cd "$WEB_SRC"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error >&2
fi
node build.mjs "$OUT"
