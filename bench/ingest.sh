#!/usr/bin/env bash
# Ingest speed as the store grows: saves DOCS synthetic documents (the demo dossier's records with names, years and
# figures varied, as bench/api.sh makes them; no NLP time beyond extracting the demo once) into a new store in a temp
# dir, and prints documents/s and resident memory for each slice of 1,000, then the last slice's rate over the first's
# (target: within 15 %, memory flat). The heap gives back what the NLP models held before the store is filled.
# usage: bench/ingest.sh [DOCS]   (default 20000)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$home/bench/classpath.sh"
exec java -Xmx6g -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -cp "$BENCH_CP" org.bilat.pipeline.IngestBenchmark \
    "$home/demo" "$@"
