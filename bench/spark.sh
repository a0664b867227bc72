#!/usr/bin/env bash
# Spark's overhead on extraction: the same ~1 MB of text (the corpus's .txt files repeated, as bench/extract.sh does)
# extracted by `./bilat extract --json --out` on 2 threads and by `./bilat spark --master local[2] --no-load --out`;
# a table of wall time (JVM start and model loading included in both), documents/s and KB/s, the throughput ratio
# spark/extract (target >= 0.9), and the per-core rate of Spark's extraction stage alone (for the README's estimate).
# usage: bench/spark.sh [DOCS_DIR] [BYTES]   (defaults: ../shared/corpus, 1000000)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-$home/../shared/corpus}"
bytes="${2:-1000000}"
[ -d "$docs" ] || { echo "bench/spark.sh: $docs: no such folder" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the input: copies of the folder's .txt files, in name order, round after round until BYTES are reached
mapfile -t texts < <(find "$docs" -maxdepth 1 -name '*.txt' -type f | sort)
[ ${#texts[@]} -gt 0 ] || { echo "bench/spark.sh: $docs: no .txt files" >&2; exit 2; }
mkdir "$work/in"
total=0 n=0
while [ "$total" -lt "$bytes" ]; do
    src="${texts[$((n % ${#texts[@]}))]}"
    cp "$src" "$work/in/$(printf '%05d' "$n")-$(basename "$src")"
    total=$((total + $(stat -c %s "$src")))
    n=$((n + 1))
done
echo "input: $n documents, $total bytes" >&2

# build both programs before timing
"$home/bilat" --version >/dev/null
"$home/bilat" spark --version >/dev/null

seconds() { date +%s.%N; }
t0="$(seconds)"
JAVA_TOOL_OPTIONS="-XX:ActiveProcessorCount=2" "$home/bilat" extract --json --out "$work/extract" "$work/in" \
    >"$work/extract.log" 2>&1 || { cat "$work/extract.log" >&2; exit 1; }
t1="$(seconds)"
"$home/bilat" spark --master 'local[2]' --no-load --out "$work/spark" "$work/in" >"$work/spark.log" 2>&1 \
    || { cat "$work/spark.log" >&2; exit 1; }
t2="$(seconds)"

extracted="$(find "$work/extract" -name '*.json' | wc -l)"
records="$(cat "$work/spark/records.jsonl"/part-* | wc -l)"
stage="$(sed -n 's/^extract: read .* in \([0-9]*\) s$/\1/p' "$work/spark.log" | tail -n 1)"
awk -v n="$n" -v bytes="$total" -v t0="$t0" -v t1="$t1" -v t2="$t2" \
    -v ex="$extracted" -v rec="$records" -v stage="$stage" 'BEGIN {
    te = t1 - t0; ts = t2 - t1
    printf "%-34s %9s %6s %8s %8s\n", "run", "seconds", "docs", "docs/s", "KB/s"
    printf "%-34s %9.1f %6d %8.2f %8.2f\n", "bilat extract, 2 threads", te, ex, n / te, bytes / 1000 / te
    printf "%-34s %9.1f %6d %8.2f %8.2f\n", "bilat spark, local[2]", ts, rec, n / ts, bytes / 1000 / ts
    printf "throughput ratio spark/extract: %.2f (target >= 0.9)\n", te / ts
    if (stage > 0)
        printf "spark extraction stage alone: %d s, per core %.3f docs/s, %.2f KB/s\n", stage, n / stage / 2,
            bytes / 1000 / stage / 2
}'
