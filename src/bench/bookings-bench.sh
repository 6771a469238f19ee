#!/usr/bin/env bash
# Bookings benchmark: sustained POST /v2/bookings on distinct free slots under open-loop load
# (constant arrival rate, latency from each request's due time), then pgbench running the
# equivalent raw insert transaction (booking + booking_hosts row under the exclusion constraint +
# attendee + webhook_deliveries outbox row) against the same PostgreSQL, and the ratio of the two.
#
#   bash src/bench/bookings-bench.sh [--build]
#
# Starts the packaged application (built first if missing or with --build) with the embedded
# PostgreSQL and Redis in a temporary directory (the business clock on real time, as in production;
# FIXED_CLOCK=1 fixes it at NOW, which costs a clock query per read), and the booking
# rate limit out of the way. The embedded PostgreSQL is started twice: once to create the cluster
# and set shared_preload_libraries = pg_stat_statements, then again so that the run can report
# the statements each booking costs (pgbench runs under the same setting). Then:
#   1. dev.kairos.booking.BookingsHttpBenchmark creates HOSTS hosts (each with a 15-minute event
#      type and an always-open schedule) through the API, warms up for WARMUP s ramping through the
#      WARMUP_RATE rates (equal shares of WARMUP each; on a slow 2-core machine the JIT still
#      compiles for two minutes or more, so a shorter warm-up measures the compiler, not Kairos),
#      goes on at the last of them in 10 s windows until Kairos' JIT compiler threads use under
#      5% of a core in a window (at most WARMUP_SETTLE s more), and offers each of RATES
#      bookings/s for STEP_SECONDS s, round robin over the hosts (bookings of one host serialise
#      on its advisory lock, so the load is spread as on a real platform);
#   2. pgbench (closed loop, as fast as it goes) runs the raw transaction with each client count
#      of PGBENCH_CLIENTS for PGBENCH_SECONDS s, on the same hosts, while Kairos sits idle;
#   3. the ratio: the highest rate Kairos sustained (p99 <= 100 ms, no errors, rate achieved)
#      over pgbench's best tps.
# Settings (environment): STEP_SECONDS per rate (20; not SECONDS, which bash itself sets), RATES
# (300-850 by 50: steps of 50 so that the ratio is not off by a coarse step), HOSTS (20), WARMUP
# (120), WARMUP_RATE (100,200,300,400), WARMUP_SETTLE (240), PGBENCH_CLIENTS ("4 8 16"),
# PGBENCH_SECONDS (15), WEBHOOKS=1 to subscribe a local receiver to every host's BOOKING_CREATED
# and report commit-to-delivery latency and lost deliveries per step, NOW (2030-01-07T06:00:00Z), TIMELINE=file to append each
# second's worst latency (wall clock), JFR=1 to record a flight recording of the
# application (kept in target/bookings-bench.jfr). The application stops on exit; its log is kept
# in target/bookings-bench-app.log, its garbage collections in target/bookings-bench-gc.log.
set -euo pipefail

SECONDS_PER_RATE=${STEP_SECONDS:-20}
RATES=${RATES:-300,350,400,450,500,550,600,650,700,750,800,850}
HOSTS=${HOSTS:-20}
WARMUP=${WARMUP:-120}
WARMUP_RATE=${WARMUP_RATE:-100,200,300,400}
WARMUP_SETTLE=${WARMUP_SETTLE:-240}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-4 8 16}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-15}
NOW=${NOW:-2030-01-07T06:00:00Z}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
source "$ROOT/src/bench/dev-keys.sh"
if command -v mvn >/dev/null; then MVN=(mvn); else MVN=("$ROOT/mvnw"); fi
log() { printf '[bookings-bench] %s\n' "$*" >&2; }

command -v pgbench >/dev/null && command -v psql >/dev/null || { log "pgbench and psql are needed (PostgreSQL client tools)"; exit 1; }
if [[ "${1:-}" == "--build" || ! -f "$JAR" ]]; then
    log "building: ${MVN[*]} -B -q package -DskipTests"
    (cd "$ROOT" && "${MVN[@]}" -B -q package -DskipTests) >&2
fi
(cd "$ROOT" && "${MVN[@]}" -B -q test-compile) >&2

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kairos-bookings-bench.XXXXXX")
APP_PID=""
stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
cleanup() {
    stop_app
    [[ -f "$WORK/app.log" ]] && cp "$WORK/app.log" "$ROOT/target/bookings-bench-app.log"
    [[ -f "$WORK/app.jfr" ]] && cp "$WORK/app.jfr" "$ROOT/target/bookings-bench.jfr"
    [[ -f "$WORK/gc.log" ]] && cp "$WORK/gc.log" "$ROOT/target/bookings-bench-gc.log"
    rm -rf "$WORK"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
KEY="cal_live_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
start_app() {
    local jvm=()
    [[ "${1:-}" == "measured" ]] && jvm=("-Xlog:gc:file=$WORK/gc.log:time,uptime")
    [[ "${1:-}" == "measured" && "${JFR:-0}" == 1 ]] && jvm+=("-XX:StartFlightRecording=filename=$WORK/app.jfr,settings=profile")
    (cd "$WORK" && exec env KAIROS_EMBEDDED=true KAIROS_EMBEDDED_DATA_DIR="$WORK/postgres" KAIROS_BOOTSTRAP_API_KEY="$KEY" \
        ${FIXED_CLOCK:+KAIROS_CLOCK_FIXED="$NOW"} QUARKUS_HTTP_PORT="$PORT" KAIROS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
        KAIROS_RATE_LIMITS_BOOKINGS_CREATE_PER_MINUTE=100000000 KAIROS_RATE_LIMITS_BOOKINGS_CREATE_BURST=100000000 \
        KAIROS_RATE_LIMITS_DEFAULT_PER_MINUTE=100000000 KAIROS_RATE_LIMITS_DEFAULT_BURST=100000000 \
        QUARKUS_LOG_CATEGORY__KAIROS_ACCESS__LEVEL=WARN \
        java "${jvm[@]}" -jar "$JAR" >>"$WORK/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 360); do
        curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
        sleep 0.5
    done
    log "Kairos did not become ready"; exit 1
}

log "starting Kairos on port $PORT (first start: creates the embedded cluster)"
start_app
JDBC=$(grep -o 'jdbc:postgresql://[^ ]*' "$WORK/app.log" | head -1)
PGPORT=$(sed -E 's#.*:([0-9]+)/.*#\1#' <<<"$JDBC")
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d kairos)
"${PSQL[@]}" -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"
stop_app
log "restarting Kairos with pg_stat_statements loaded${FIXED_CLOCK:+, business clock at $NOW}"
start_app measured
JDBC=$(grep -o 'jdbc:postgresql://[^ ]*' "$WORK/app.log" | tail -1)
PGPORT=$(sed -E 's#.*:([0-9]+)/.*#\1#' <<<"$JDBC")
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d kairos)
log "database $JDBC"

echo "## POST /v2/bookings benchmark"
echo "- date: $(date -u +%FT%TZ); commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -h | awk '/Mem:/{print $2}') RAM;" \
    "load generator, Kairos, PostgreSQL and Redis share the cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- command: bash src/bench/bookings-bench.sh (RATES=$RATES STEP_SECONDS=$SECONDS_PER_RATE HOSTS=$HOSTS" \
    "WARMUP=$WARMUP WARMUP_RATE=$WARMUP_RATE WARMUP_SETTLE=$WARMUP_SETTLE); open loop (latency from each request's due time), anonymous bookings of" \
    "distinct free 15-minute slots round robin over the hosts"
RESULTS="$WORK/results.properties"
(cd "$ROOT" && "${MVN[@]}" -B -q exec:java@bookings-http-benchmark \
    -Dexec.args="http://127.0.0.1:$PORT $KEY $JDBC $NOW $SECONDS_PER_RATE $HOSTS $RATES $WARMUP $APP_PID $RESULTS $WORK/postgres $WARMUP_RATE ${WEBHOOKS:-0} $WARMUP_SETTLE")
prop() { sed -n "s/^$1=//p" "$RESULTS"; }

# --- pgbench: the raw transaction on the same hosts and event types, in slots of its own (2031 on).
HOST_FIRST=$(prop hosts.first); HOST_LAST=$(prop hosts.last)
ET_FIRST=$(prop eventtypes.first); ET_LAST=$(prop eventtypes.last)
if (( HOST_LAST - HOST_FIRST + 1 != HOSTS || ET_LAST - ET_FIRST + 1 != HOSTS )); then
    log "host ids $HOST_FIRST..$HOST_LAST or event type ids $ET_FIRST..$ET_LAST are not $HOSTS consecutive ids"; exit 1
fi
WEBHOOK=$("${PSQL[@]}" -At -c "CREATE SEQUENCE IF NOT EXISTS bench_pgbench_slot;
    INSERT INTO webhooks (user_id, subscriber_url, triggers, secret, created_at, updated_at)
    VALUES ($HOST_FIRST, 'https://example.com/bench-hook', '{BOOKING_CREATED}', 'whsec_bench', now(), now()) RETURNING id")
cat >"$WORK/booking.sql" <<'SQL'
SELECT nextval('bench_pgbench_slot') AS n \gset
\set host :hostfirst + (:n % :hosts)
\set et :etfirst + (:n % :hosts)
\set slot :n / :hosts
BEGIN;
INSERT INTO bookings (uid, event_type_id, user_id, title, start_time, end_time, status, location, metadata,
                      booking_fields_responses, created_at, updated_at)
VALUES (gen_random_uuid()::text, CAST(:et AS bigint), CAST(:host AS bigint), 'Bench call between Bench Host and Booker',
        timestamptz '2031-01-01 00:00Z' + CAST(:slot AS int) * interval '15 minutes',
        timestamptz '2031-01-01 00:15Z' + CAST(:slot AS int) * interval '15 minutes', 'accepted', NULL, '{}',
        '{"name": "Booker", "email": "booker@example.com"}', now(), now())
RETURNING id AS booking_id \gset
INSERT INTO booking_hosts (booking_id, user_id, busy, blocking)
VALUES (CAST(:booking_id AS bigint), CAST(:host AS bigint),
        tstzrange(timestamptz '2031-01-01 00:00Z' + CAST(:slot AS int) * interval '15 minutes',
                  timestamptz '2031-01-01 00:15Z' + CAST(:slot AS int) * interval '15 minutes', '[)'), true);
INSERT INTO attendees (booking_id, name, email, time_zone, language, created_at)
VALUES (CAST(:booking_id AS bigint), 'Booker', 'booker-' || CAST(:n AS text) || '@example.com', 'Europe/London', 'en', now());
INSERT INTO webhook_deliveries (webhook_id, event_id, trigger, body, status, next_attempt_at, created_at)
VALUES (CAST(:webhook AS bigint), gen_random_uuid(), 'BOOKING_CREATED', CAST(:body AS text), 'pending', now(), now());
END;
SQL
# The outbox body as the application would bind it: a compact Cal.com-style payload (~500 bytes).
BODY='{"triggerEvent":"BOOKING_CREATED","createdAt":"2030-01-07T06:00:00Z","payload":{"bookingId":1,"uid":"0b7f2a4e-8f1c-4c55-9a59-2f4f3f3b1e11","title":"Bench call between Bench Host and Booker","startTime":"2031-01-01T00:00:00Z","endTime":"2031-01-01T00:15:00Z","organizer":{"name":"Bench Host","email":"bench-host@example.com","timeZone":"UTC"},"attendees":[{"name":"Booker","email":"booker@example.com","timeZone":"Europe/London","language":{"locale":"en"}}],"status":"ACCEPTED","location":null,"metadata":{}}}'
echo
echo "### pgbench: the raw booking transaction (booking + booking_hosts under the exclusion constraint + attendee + outbox row)"
echo "- $(pgbench --version); -M prepared, closed loop, $PGBENCH_SECONDS s per client count, on the same PostgreSQL, hosts and event types; Kairos idle"
echo
echo "| clients | tps | mean latency ms | failed | CPU postgres | postgres CPU ms/tx | pgbench CPU ms/tx |"
echo "|---|---|---|---|---|---|---|"
# Runs pgbench and prints its output, then "cpu <postgres s> <pgbench s>": the CPU time of the
# PostgreSQL backends (children of the postmaster, sampled every 0.2 s while they live) and of pgbench.
run_pgbench() {
    python3 - "$POSTMASTER" "$@" <<'PY'
import os, resource, subprocess, sys, time
postmaster, cmd = int(sys.argv[1]), sys.argv[2:]
def tree():
    parent, ticks = {}, {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = open(f"/proc/{d}/stat").read()
            except OSError:
                continue
            f = stat[stat.rindex(")") + 2:].split()
            parent[int(d)], ticks[int(d)] = int(f[1]), int(f[11]) + int(f[12])
    def under(p):
        for _ in range(5):
            p = parent.get(p, 0)
            if p == postmaster:
                return True
        return False
    return {p: t for p, t in ticks.items() if under(p)}
before = tree()
last = dict(before)
proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
while proc.poll() is None:
    last.update(tree())
    time.sleep(0.2)
out = proc.stdout.read()
used = sum(t - before.get(p, 0) for p, t in last.items()) / os.sysconf("SC_CLK_TCK")
child = resource.getrusage(resource.RUSAGE_CHILDREN)
print(out)
print(f"cpu {used:.2f} {child.ru_utime + child.ru_stime:.2f}")
sys.exit(proc.returncode)
PY
}
POSTMASTER=$(head -1 "$WORK/postgres/postmaster.pid")
BEST_TPS=0
for clients in $PGBENCH_CLIENTS; do
    threads=$(( clients < $(nproc) ? clients : $(nproc) ))
    OUT=$(run_pgbench pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -M prepared -c "$clients" -j "$threads" -T "$PGBENCH_SECONDS" \
        -D hostfirst="$HOST_FIRST" -D etfirst="$ET_FIRST" -D hosts="$HOSTS" -D webhook="$WEBHOOK" -D body="$BODY" \
        -f "$WORK/booking.sql" kairos) || { echo "$OUT" >&2; exit 1; }
    TPS=$(sed -n -E 's/^tps = ([0-9.]+).*/\1/p' <<<"$OUT" | head -1)
    LAT=$(sed -n -E 's/^latency average = ([0-9.]+) ms/\1/p' <<<"$OUT")
    FAILED=$(sed -n -E 's/^number of failed transactions: ([0-9]+).*/\1/p' <<<"$OUT")
    DONE=$(sed -n -E 's/^number of transactions actually processed: ([0-9]+).*/\1/p' <<<"$OUT")
    read -r PG_CPU BENCH_CPU < <(sed -n 's/^cpu //p' <<<"$OUT")
    printf '| %s | %.0f | %s | %s | %.2f | %.2f | %.2f |\n' "$clients" "$TPS" "$LAT" "${FAILED:-0}" \
        "$(python3 -c "print($PG_CPU / $PGBENCH_SECONDS)")" "$(python3 -c "print($PG_CPU * 1000 / max(1, $DONE))")" \
        "$(python3 -c "print($BENCH_CPU * 1000 / max(1, $DONE))")"
    BEST_TPS=$(python3 -c "print(max($BEST_TPS, $TPS))")
done
"${PSQL[@]}" -At -c "SELECT 'pgbench wrote ' || count(*) || ' bookings, ' || (SELECT count(*) FROM booking_hosts) || ' host rows in all, '
    || (SELECT count(*) FROM webhook_deliveries) || ' outbox rows' FROM bookings WHERE start_time >= '2031-01-01'"

BEST=$(prop best)
echo
echo "### Result"
python3 - "$BEST" "$BEST_TPS" "$(prop "rate.$BEST")" "$(prop peak)" <<'PY'
import sys
best, tps, row, peak = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3].split(), float(sys.argv[4])
print(f"- Kairos: highest offered rate sustained with p99 <= 100 ms, no errors, rate achieved: {best} bookings/s"
      + (f" (achieved {row[0]}/s, median {row[1]} ms, p99 {row[2]} ms)" if best and row else ""))
print(f"- pgbench ceiling of the raw transaction: {tps:.0f} tps")
print(f"- ratio: {100 * best / tps:.1f}% of the database's own ceiling (goal: >= 25%; goal rate: >= 300/s with p99 <= 100 ms)")
print(f"- highest rate Kairos achieved in any step, whatever its latency: {peak:.0f} bookings/s = {100 * peak / tps:.1f}% of the ceiling")
PY
echo "- load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
