#!/usr/bin/env bash
# Campaign audiences over the seeded million customers and e-mail dispatch against a plain Jakarta Mail loop;
# writes BENCHMARKS.md. Seeds .bench-data/ as benchmarks/run.sh does when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  dev.regulars.bench.CampaignBenchmark "$@"
