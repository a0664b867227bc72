#!/usr/bin/env bash
# Extraction speed: Bilat's extract on all cores against a plain CoreNLP pipeline
# (tokenize, ssplit, pos, lemma, ner, and again with depparse) on one thread, over the same ~1 MB of text.
# usage: bench/extract.sh [DOCS_DIR] [BYTES]   (defaults: ../shared/corpus, 1000000)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-$home/../shared/corpus}"
bytes="${2:-1000000}"
. "$home/bench/classpath.sh"
cd "$home"
exec java -Xmx6g -cp "$BENCH_CP" org.bilat.pipeline.ExtractBenchmark "$docs" "$bytes"
