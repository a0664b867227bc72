# Sourced by the bench scripts: builds the benchmark module with the product it measures (when sources changed, as
# the launcher does for the product) and sets BENCH_CP to their class path.
"$home/bilat" --version >/dev/null
(cd "$home" && mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true -Dskip.npm -pl bench -am \
    compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt) >&2
BENCH_CP="$home/bench/target/classes:$(cat "$home/bench/target/classpath.txt")"
