#!/usr/bin/env bash
# Slots benchmark: GET /v2/slots for the hosts of a bench file loaded in PostgreSQL, under
# open-loop load at rising rates until p99 passes 100 ms.
#
#   bash src/bench/slots-bench.sh [--build]
#   BENCH_FILE=../shared/bench/bench-rr20.json bash src/bench/slots-bench.sh
#
# bench-single.json (the default): one host, America/New_York, Mon-Fri 09-17, 30-minute events
# every 15 minutes, 200 accepted bookings, 60-day range; rates 50, 100, 200, ... req/s.
# bench-collective5.json / bench-rr20.json (or any file with several hosts or a schedulingType):
# each host is a user with an API key and a default schedule, the first host owns a team whose
# members are the others, and the event type is a collective or round-robin team event type of
# all of them; rates 5, 10, 20, 50, ... req/s (the issue's target is the median at 5 req/s).
#
# Starts the packaged application (built first if missing or with --build) with the embedded
# PostgreSQL and Redis in a temporary directory, the business clock fixed at the bench file's
# "now" and rate limits out of the way, loads the data (API + SQL), checks the slots of the
# file's request once against the engine run in process on the file's data, and runs
# dev.kairos.slot.SlotsHttpBenchmark from the test classes. Settings: STEP_SECONDS per rate (20,
# and at least 200 requests per rate; not SECONDS, which bash sets to the shell's age, 0 here),
# BENCH_FILE (../shared/bench/bench-single.json), APP_JAVA_OPTS (JVM options of the application,
# e.g. -XX:StartFlightRecording=filename=/tmp/slots.jfr,settings=profile). The application stops
# on exit.
set -euo pipefail

SECONDS_PER_RATE=${STEP_SECONDS:-20}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_FILE=${BENCH_FILE:-$ROOT/../shared/bench/bench-single.json}
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
source "$ROOT/src/bench/dev-keys.sh"
if command -v mvn >/dev/null; then MVN=(mvn); else MVN=("$ROOT/mvnw"); fi
log() { printf '[slots-bench] %s\n' "$*" >&2; }

[[ -f "$BENCH_FILE" ]] || { log "no bench file at $BENCH_FILE"; exit 1; }
BENCH_FILE=$(cd "$(dirname "$BENCH_FILE")" && pwd)/$(basename "$BENCH_FILE")  # Maven runs in $ROOT
if [[ "${1:-}" == "--build" || ! -f "$JAR" ]]; then
    log "building: ${MVN[*]} -B -q package -DskipTests"
    (cd "$ROOT" && "${MVN[@]}" -B -q package -DskipTests) >&2
fi
(cd "$ROOT" && "${MVN[@]}" -B -q test-compile) >&2

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kairos-slots-bench.XXXXXX")
APP_PID=""
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
KEY="cal_live_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
NOW=$(python3 -c "import json,sys; print(json.load(open('$BENCH_FILE'))['now'])")
log "starting Kairos on port $PORT with the business clock at $NOW"
(cd "$WORK" && exec env KAIROS_EMBEDDED=true KAIROS_EMBEDDED_DATA_DIR="$WORK/postgres" KAIROS_BOOTSTRAP_API_KEY="$KEY" \
    KAIROS_CLOCK_FIXED="$NOW" QUARKUS_HTTP_PORT="$PORT" KAIROS_RATE_LIMITS_SLOTS_PER_MINUTE=100000000 \
    KAIROS_RATE_LIMITS_SLOTS_BURST=100000000 \
    KAIROS_RATE_LIMITS_DEFAULT_PER_MINUTE=100000000 KAIROS_RATE_LIMITS_DEFAULT_BURST=100000000 QUARKUS_LOG_CATEGORY__KAIROS_ACCESS__LEVEL=WARN \
    java ${APP_JAVA_OPTS:-} -jar "$JAR" >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 360); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
JDBC=$(grep -o 'jdbc:postgresql://[^ ]*' "$WORK/app.log" | head -1)
log "database $JDBC"

echo "## GET /v2/slots benchmark: $(basename "$BENCH_FILE")"
echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -h | awk '/Mem:/{print $2}') RAM; load generator and server share the cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- command: BENCH_FILE=$BENCH_FILE bash src/bench/slots-bench.sh; $SECONDS_PER_RATE s per rate (at least 200 requests), open loop (latency from each request's due time)"
(cd "$ROOT" && "${MVN[@]}" -B -q exec:java@slots-http-benchmark \
    -Dexec.args="http://127.0.0.1:$PORT $KEY $JDBC $BENCH_FILE $SECONDS_PER_RATE") | sed 's/\x1b\[[0-9;]*m//g'  # Maven 3.8's colour resets
echo "- load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
