#!/usr/bin/env bash
# Signed Apple Wallet pass under JMH (PkPassJmh): prints the pkpass-build rows for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
exec java -Djava.awt.headless=true -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" \
  dev.regulars.bench.PkPassJmh "$@"
