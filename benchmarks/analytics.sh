#!/usr/bin/env bash
# The owner's figures at 1M customers and 10M sales (issue 12): roll-up rebuild, page p95 over HTTP, roll-ups
# against raw SQL. Seeds .bench-data/ as benchmarks/run.sh does when it is missing; writes BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package -pl benchmarks -am
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" dev.regulars.bench.AnalyticsBenchmark "$@"
