#!/usr/bin/env bash
# The till's figures: phone lookup in a 1M-customer cache, pricing, durable commit and the ESC/POS receipt under JMH;
# the first fill of a 1M-customer cache from the server while a cashier works; the real till's launch to its PIN
# screen. Writes BENCHMARKS.md. The fill seeds .bench-data/ as benchmarks/run.sh does when it is missing; the cold
# start needs Xvfb and matchbox-window-manager (installed here when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v Xvfb >/dev/null || ! command -v matchbox-window-manager >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb matchbox-window-manager
  else
    echo "till.sh: the cold start needs Xvfb and matchbox-window-manager (apt-get install xvfb matchbox-window-manager)" >&2
  fi
fi
# only what the benchmarks run: the till, the server's WAR and the dev stack that starts it
./mvnw -q -B -DskipTests package -pl benchmarks -am
exec java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "benchmarks/target/benchmarks.jar:benchmarks/target/lib/*" dev.regulars.bench.TillBenchmark "$@"
