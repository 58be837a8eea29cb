#!/usr/bin/env bash
# Sync ingest, its raw-JDBC baseline and server phone lookup, with a million customers; writes BENCHMARKS.md.
# Uses the machine's MariaDB on 127.0.0.1:3306 when it answers (database regulars_bench, kept between runs so
# the seeding is done once), otherwise an embedded MariaDB in benchmarks/target/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Xmx2g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  dev.regulars.bench.SyncIngestBenchmark "$@"
