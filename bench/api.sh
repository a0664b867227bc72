#!/usr/bin/env bash
# Web API speed: fills a store with synthetic documents (the demo dossier's records with names, years and figures
# varied; no NLP time beyond extracting the demo once), then loads /api/search and /api/entities/{id} together over
# HTTP and times the same searches made directly in one process: p50/p90/p99 of each and the p99 ratio (target <= 3);
# then the page of the entity in the most documents and the whole /api/graph, THREADS clients each (targets: p99 <= 300
# and <= 500 ms).
# usage: bench/api.sh [--keep] [DATA_DIR|- [DOCS [THREADS [SECONDS]]]]   (defaults: a temp dir, 10000, 8, 20)
# A DATA_DIR that already holds a store is measured as it is (no fill); the temp dir is deleted unless --keep.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$home/bench/classpath.sh"
exec java -Xmx6g -cp "$BENCH_CP" org.bilat.web.ApiBenchmark \
    "$home/demo" "$@"
