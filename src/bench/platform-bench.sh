#!/usr/bin/env bash
# Platform benchmark: what authentication (API-key lookup in PostgreSQL) and rate limiting (Redis)
# cost per request, measured as GET /v2/me against GET /v2/ping (no key, no limiter, no database).
#
#   bash src/bench/platform-bench.sh [--build]
#
# It starts the packaged application (target/quarkus-app/quarkus-run.jar, built first if missing or
# with --build) with KAIROS_EMBEDDED=true in a fresh temporary data directory on a free port, then:
#   1. start-up to ready: launch of the java process -> first 200 from /q/health/ready, next to the
#      "started in X s" that Quarkus logs;
#   2. warm-up of both endpoints;
#   3. ROUNDS x (wrk on /v2/ping, then wrk on /v2/me), alternating, and the median of each figure;
#   4. heap used after the load (/q/metrics) and the most heap seen, sampled every second under load;
#   5. CPU time per request of the JVM, the embedded PostgreSQL and Redis and wrk, and the share
#      taken by other processes (which skews the figures on a shared machine);
#   6. a Markdown summary on standard output (progress goes to standard error).
# The application is stopped and the temporary directory removed on exit. Linux only (/proc).
#
# Settings (environment): DURATION (20s), THREADS (2), CONNECTIONS (16), ROUNDS (3), WARMUP (10s),
# SERIAL_DURATION (10s; one-connection latency pass, 0 to skip), BENCH_JAVA_OPTS (JVM options),
# READY_TIMEOUT (seconds, 180).
set -euo pipefail

DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-3}
WARMUP=${WARMUP:-10s}
SERIAL_DURATION=${SERIAL_DURATION:-10s}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
READY_TIMEOUT=${READY_TIMEOUT:-180}
HUGE_LIMIT=100000000
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

BUILD=false
for arg in "$@"; do
    case "$arg" in
        --build) BUILD=true ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
source "$ROOT/src/bench/dev-keys.sh"

# ---- prerequisites -------------------------------------------------------------------------------
((BASH_VERSINFO[0] >= 5)) || die "bash 5 or later is needed (for \$EPOCHREALTIME)"
command -v java >/dev/null || die "java (17 or later) is not on the PATH"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"
if ! command -v wrk >/dev/null; then
    die "wrk is missing. Install it, then run again:
    Debian/Ubuntu: apt-get update && apt-get install -y wrk
    Fedora:        dnf install -y wrk"
fi
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer"

# ---- build ---------------------------------------------------------------------------------------
if $BUILD || [[ ! -f "$JAR" ]]; then
    if command -v mvn >/dev/null; then MVN=(mvn); else MVN=("$ROOT/mvnw"); fi
    log "building the application: ${MVN[*]} -B -q package -DskipTests"
    (cd "$ROOT" && "${MVN[@]}" -B -q package -DskipTests) >&2
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

# ---- temporary directory, clean-up ---------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kairos-bench.XXXXXX")
DATA_DIR="$WORK/postgres"
APP_LOG="$WORK/app.log"
APP_PID=""
SAMPLER_PID=""

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n "$SAMPLER_PID" ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
    fi
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping the application (pid $APP_PID)"
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "the application did not stop within 30 s: killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
        wait "$APP_PID" 2>/dev/null || true
    fi
    # PostgreSQL removes its pid file when it stops. If it is still there, the JVM exited without
    # stopping it (killed, or stopped while PostgreSQL was still starting): stop it here.
    if [[ -f "$DATA_DIR/postmaster.pid" ]]; then
        local pg_pid
        pg_pid=$(head -n 1 "$DATA_DIR/postmaster.pid")
        if [[ "$pg_pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pg_pid/cmdline" | grep -qF -- "$DATA_DIR"; then
            log "stopping the embedded PostgreSQL left running (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 100); do
                kill -0 "$pg_pid" 2>/dev/null || break
                sleep 0.1
            done
        fi
    fi
    if ((status != 0)) && [[ -s "$APP_LOG" ]]; then
        log "last lines of the application log:"
        tail -n 30 "$APP_LOG" >&2 || true
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- helpers -------------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" || { echo "$port"; return 0; }
    done
    die "found no free port"
}

# Sum of jvm_memory_used_bytes{area="heap",...} (or another jvm_memory_*_bytes series) in bytes.
heap_metric() {
    local name=${1:-used}
    curl -s --max-time 5 "$BASE/q/metrics" \
        | awk -v name="jvm_memory_${name}_bytes" '
            index($0, name "{") == 1 && /area="heap"/ { v = $NF + 0; if (v > 0) s += v; found = 1 }
            END { if (found) printf "%.0f\n", s; else print "" }'
}

mib() { awk -v b="$1" 'BEGIN { if (b == "") print "n/a"; else printf "%.1f MiB", b / 1048576 }'; }

# wrk prints latencies as 812.00us, 1.23ms, 1.02s or 1.50m: milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        else if (u == "h") n *= 3600000; else if (u != "ms") { print "nan"; exit }
        printf "%.3f\n", n }'
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Samples the heap used every second into $1 until killed.
start_sampler() {
    local out=$1
    (
        trap 'exit 0' TERM
        while :; do
            heap_metric used >>"$out" || true
            sleep 1
        done
    ) &
    SAMPLER_PID=$!
}

stop_sampler() {
    kill "$SAMPLER_PID" 2>/dev/null || true
    wait "$SAMPLER_PID" 2>/dev/null || true
    SAMPLER_PID=""
}

# CPU ticks, "java services client busy total": the JVM itself; the embedded services (Redis, a
# child of the JVM, and PostgreSQL, whose postmaster pg_ctl leaves to init, found by its pid file,
# with its backends); this script's finished children (wrk, the heap sampler); and the whole
# machine's busy and total ticks from /proc/stat. Differences between two readings price a run,
# and busy - java - services - client is what other processes on the machine took.
cpu_ticks() {
    local services postmaster=""
    [[ -f "$DATA_DIR/postmaster.pid" ]] && postmaster=$(head -n 1 "$DATA_DIR/postmaster.pid")
    services=$(ps -e -o pid=,ppid= | awk -v java="$APP_PID" -v postmaster="$postmaster" '
        { children[$2] = children[$2] " " $1 }
        END {
            queue = children[java]
            if (postmaster ~ /^[0-9]+$/) queue = queue " " postmaster
            while (queue != "") {
                n = split(queue, list, " "); queue = ""
                for (i = 1; i <= n; i++) { print list[i]; queue = queue " " children[list[i]] }
            }
        }')
    {
        proc_ticks "$APP_PID" self
        for pid in $services; do proc_ticks "$pid" all; done | awk '{ s += $1 } END { print s + 0 }'
        proc_ticks $$ children
        awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat
    } | paste -sd ' '
}

# proc_ticks PID self|children|all: utime+stime, cutime+cstime (reaped children), or both.
proc_ticks() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return 0; }
    awk -v what="$2" '{
        sub(/^.*\) /, "")  # after "(comm) ": field 1 is the state, utime is field 12
        self = $12 + $13; kids = $14 + $15
        print (what == "self" ? self : what == "children" ? kids : self + kids) }' <<<"$stat"
}

# cpu_split BEFORE AFTER REQUESTS: per-request CPU in µs for java, services and client, and the
# share of the machine that other processes used.
cpu_split() {
    awk -v a="$1" -v b="$2" -v n="$3" -v hz="$CLK_TCK" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        for (i = 1; i <= 5; i++) d[i] = y[i] - x[i]
        us = 1000000 / hz / (n > 0 ? n : 1)
        other = d[4] - d[1] - d[2] - d[3]; if (other < 0) other = 0
        printf "%.1f %.1f %.1f %.1f\n", d[1] * us, d[2] * us, d[3] * us, (d[5] > 0 ? 100 * other / d[5] : 0) }'
}

# run_wrk NAME PATH THREADS CONNECTIONS DURATION [with-key]: leaves wrk's output in $WORK/NAME.wrk
run_wrk() {
    local name=$1 path=$2 threads=$3 conns=$4 duration=$5 auth=${6:-}
    local args=(-t"$threads" -c"$conns" -d"$duration" --latency --timeout 10s)
    [[ -n "$auth" ]] && args+=(-H "Authorization: Bearer $API_KEY")
    wrk "${args[@]}" "$BASE$path" >"$WORK/$name.wrk" 2>&1 || die "wrk failed: $(cat "$WORK/$name.wrk")"
}

# wrk_field FILE rps|p50|p90|p99|requests|non2xx|errors
wrk_field() {
    local file=$1 field=$2
    case "$field" in
        rps) awk '/^Requests\/sec:/ { printf "%.0f\n", $2 }' "$file" ;;
        p50 | p90 | p99) to_ms "$(awk -v p="${field#p}%" '$1 == p { print $2; exit }' "$file")" ;;
        requests) awk '/requests in/ { print $1; exit }' "$file" ;;
        non2xx) awk '/Non-2xx or 3xx responses:/ { print $NF; f = 1 } END { if (!f) print 0 }' "$file" ;;
        errors) awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10; f = 1 } END { if (!f) print 0 }' "$file" ;;
    esac
}

# ---- start ---------------------------------------------------------------------------------------
# Anything else running on the machine competes with the server and wrk: say so in the summary.
LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo unknown)
if awk -v l="${LOAD_BEFORE%% *}" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 4) }' 2>/dev/null; then
    log "WARNING: load average is $LOAD_BEFORE on $(nproc) CPUs: other work on this machine will skew the figures"
    BUSY_NOTE=" **(the machine was busy before the run: figures are skewed)**"
else
    BUSY_NOTE=""
fi

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
API_KEY="cal_live_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
[[ "$API_KEY" =~ ^cal_live_[0-9a-f]{32}$ ]] || die "could not generate an API key"

log "starting the application on port $PORT (data in $DATA_DIR)"
# Each output line is prefixed with the time it arrived, to place the start-up steps in time.
START=$EPOCHREALTIME
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
(cd "$WORK" && exec env \
    KAIROS_EMBEDDED=true \
    KAIROS_EMBEDDED_DATA_DIR="$DATA_DIR" \
    KAIROS_BOOTSTRAP_API_KEY="$API_KEY" \
    KAIROS_BOOTSTRAP_ADMIN_EMAIL=bench@localhost \
    KAIROS_RATE_LIMITS_DEFAULT_PER_MINUTE=$HUGE_LIMIT \
    KAIROS_RATE_LIMITS_DEFAULT_BURST=$HUGE_LIMIT \
    QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_LOG_CATEGORY__KAIROS_ACCESS__LEVEL=WARN \
    java $BENCH_JAVA_OPTS -jar "$JAR") \
    > >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$APP_LOG") 2>&1 &
APP_PID=$!

READY=""
deadline=$((SECONDS + READY_TIMEOUT))
while ((SECONDS < deadline)); do
    kill -0 "$APP_PID" 2>/dev/null || die "the application exited during start-up"
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/q/health/ready" || true)" == 200 ]]; then
        READY=$EPOCHREALTIME
        break
    fi
    sleep 0.05
done
[[ -n "$READY" ]] || die "not ready after ${READY_TIMEOUT} s"

since_start() { awk -v a="$START" -v b="$1" 'BEGIN { printf "%.2f", b - a }'; }
line_time() { awk -v pat="$1" 'index($0, pat) { print $1; exit }' "$APP_LOG"; }
READY_S=$(since_start "$READY")
sleep 0.5 # let the log catch up
QUARKUS_STARTED=$(awk 'match($0, /started in [0-9.]+s/) { s = substr($0, RSTART + 11, RLENGTH - 12); print s; exit }' "$APP_LOG")
t=$(line_time "Embedded PostgreSQL 17 started"); PG_S=${t:+$(since_start "$t")}
t=$(line_time "Embedded Redis started"); REDIS_S=${t:+$(since_start "$t")}
t=$(line_time "started in "); LISTENING_S=${t:+$(since_start "$t")}
log "ready after ${READY_S} s (Quarkus: started in ${QUARKUS_STARTED:-?} s)"

# ---- sanity checks -------------------------------------------------------------------------------
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/v2/ping")" == 200 ]] || die "GET /v2/ping did not answer 200"
ME_HEADERS=$(curl -s -D - -o "$WORK/me.json" -H "Authorization: Bearer $API_KEY" "$BASE/v2/me")
[[ "$ME_HEADERS" == "HTTP/1.1 200"* ]] || die "GET /v2/me did not answer 200: $(head -n 1 <<<"$ME_HEADERS") $(cat "$WORK/me.json")"
RATE_LIMIT_HEADER=$(awk -F': ' 'tolower($1) == "x-ratelimit-limit" { gsub(/\r/, "", $2); print $2 }' <<<"$ME_HEADERS")
[[ -n "$RATE_LIMIT_HEADER" ]] || die "GET /v2/me carries no X-RateLimit-Limit header: is the rate limiter on?"
[[ "$RATE_LIMIT_HEADER" == "$HUGE_LIMIT" ]] \
    || log "WARNING: X-RateLimit-Limit is $RATE_LIMIT_HEADER, not $HUGE_LIMIT: the load may be refused (429)"
HEAP_IDLE=$(heap_metric used)
[[ -n "$HEAP_IDLE" ]] || die "/q/metrics has no jvm_memory_used_bytes{area=\"heap\"}"

# ---- warm-up -------------------------------------------------------------------------------------
log "warm-up: $WARMUP on each endpoint"
run_wrk warmup-ping /v2/ping "$THREADS" "$CONNECTIONS" "$WARMUP"
run_wrk warmup-me /v2/me "$THREADS" "$CONNECTIONS" "$WARMUP" with-key
ACCESS_LINES=$(grep -cF '[kai.access]' "$APP_LOG" || true)

# ---- measured rounds -----------------------------------------------------------------------------
declare -A RESULT
for round in $(seq 1 "$ROUNDS"); do
    for endpoint in ping me; do
        name="$endpoint-$round"
        log "round $round/$ROUNDS: GET /v2/$endpoint, wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
        cpu_before=$(cpu_ticks)
        start_sampler "$WORK/heap-samples"
        if [[ "$endpoint" == me ]]; then
            run_wrk "$name" /v2/me "$THREADS" "$CONNECTIONS" "$DURATION" with-key
        else
            run_wrk "$name" /v2/ping "$THREADS" "$CONNECTIONS" "$DURATION"
        fi
        stop_sampler
        cpu_after=$(cpu_ticks)
        for field in rps p50 p90 p99 requests non2xx errors; do
            RESULT[$name.$field]=$(wrk_field "$WORK/$name.wrk" "$field")
        done
        read -r cpu_java cpu_services cpu_client other <<<"$(cpu_split "$cpu_before" "$cpu_after" "${RESULT[$name.requests]}")"
        RESULT[$name.cpu_java]=$cpu_java RESULT[$name.cpu_services]=$cpu_services
        RESULT[$name.cpu_client]=$cpu_client RESULT[$name.other]=$other
        log "  ${RESULT[$name.rps]} req/s, p50 ${RESULT[$name.p50]} ms, p99 ${RESULT[$name.p99]} ms, non-2xx ${RESULT[$name.non2xx]}"
    done
done
HEAP_AFTER=$(heap_metric used)
HEAP_COMMITTED=$(heap_metric committed)
HEAP_MAX_CONFIGURED=$(heap_metric max)
HEAP_PEAK=$(sort -g "$WORK/heap-samples" | tail -n 1)
HEAP_SAMPLES=$(grep -c . "$WORK/heap-samples" || true)

# ---- one connection: latency without queueing ----------------------------------------------------
if [[ "$SERIAL_DURATION" != 0 ]]; then
    for endpoint in ping me; do
        log "one connection: GET /v2/$endpoint, wrk -t1 -c1 -d$SERIAL_DURATION"
        if [[ "$endpoint" == me ]]; then
            run_wrk "serial-$endpoint" /v2/me 1 1 "$SERIAL_DURATION" with-key
        else
            run_wrk "serial-$endpoint" /v2/ping 1 1 "$SERIAL_DURATION"
        fi
        for field in rps p50 p90 p99 non2xx; do
            RESULT[serial-$endpoint.$field]=$(wrk_field "$WORK/serial-$endpoint.wrk" "$field")
        done
    done
fi

# ---- figures -------------------------------------------------------------------------------------
declare -A MED
for endpoint in ping me; do
    for field in rps p50 p90 p99 cpu_java cpu_services cpu_client other; do
        values=()
        for round in $(seq 1 "$ROUNDS"); do values+=("${RESULT[$endpoint-$round.$field]}"); done
        MED[$endpoint.$field]=$(median "${values[@]}")
        if [[ "$field" == rps ]]; then MED[$endpoint.$field]=$(printf '%.0f' "${MED[$endpoint.$field]}"); fi
    done
done
calc() { awk "BEGIN { printf \"$1\\n\", $2 }"; }
RATIO=$(calc '%.3f' "${MED[me.rps]} / ${MED[ping.rps]}")
COST_P50=$(calc '%.3f' "${MED[me.p50]} - ${MED[ping.p50]}")
COST_P90=$(calc '%.3f' "${MED[me.p90]} - ${MED[ping.p90]}")
COST_P99=$(calc '%.3f' "${MED[me.p99]} - ${MED[ping.p99]}")
# Machine time per request (both cores, wrk included) from the throughputs.
COST_CPU_US=$(calc '%.1f' "1000000 / ${MED[me.rps]} - 1000000 / ${MED[ping.rps]}")
NON2XX_TOTAL=0
ERRORS_TOTAL=0
for round in $(seq 1 "$ROUNDS"); do
    for endpoint in ping me; do
        NON2XX_TOTAL=$((NON2XX_TOTAL + ${RESULT[$endpoint-$round.non2xx]}))
        ERRORS_TOTAL=$((ERRORS_TOTAL + ${RESULT[$endpoint-$round.errors]}))
    done
done

# ---- machine -------------------------------------------------------------------------------------
CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
MEM_TOTAL=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
JAVA_VERSION=$(java -version 2>&1 | head -n 2 | tail -n 1)
WRK_VERSION=$(wrk --version 2>&1 | head -n 1 | awk '{ print $1, $2 }' || true)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
GIT_DIRTY=""
if [[ -n "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]]; then GIT_DIRTY=" (uncommitted changes)"; fi

# ---- summary -------------------------------------------------------------------------------------
row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$@"; }
{
    echo "## Kairos platform benchmark"
    echo
    echo "- Command: \`bash src/bench/platform-bench.sh${*:+ $*}\` (DURATION=$DURATION THREADS=$THREADS CONNECTIONS=$CONNECTIONS ROUNDS=$ROUNDS WARMUP=$WARMUP SERIAL_DURATION=$SERIAL_DURATION${BENCH_JAVA_OPTS:+ BENCH_JAVA_OPTS=\"$BENCH_JAVA_OPTS\"})"
    echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ), revision $GIT_REV$GIT_DIRTY"
    echo "- Machine: $(nproc) CPUs ($CPU_MODEL), $MEM_TOTAL memory, $(uname -sr); load average before the run: $LOAD_BEFORE$BUSY_NOTE"
    echo "- Java: $JAVA_VERSION; JVM options: ${BENCH_JAVA_OPTS:-none (defaults)}; max heap $(mib "$HEAP_MAX_CONFIGURED")"
    echo "- Load generator: $WRK_VERSION on the same machine: **wrk and the server (with its embedded PostgreSQL and Redis) share the $(nproc) cores**, so absolute figures are lower than on a dedicated server; the ratio and the difference are the useful part."
    echo "- Set-up: KAIROS_EMBEDDED=true (PostgreSQL 17 and Redis as child processes), fresh data directory, rate limit DEFAULT = $HUGE_LIMIT/min (X-RateLimit-Limit seen: $RATE_LIMIT_HEADER), so the limiter runs on every /v2/me but never refuses; access log at WARN ($ACCESS_LINES access-log lines during the warm-up). The embedded PostgreSQL runs with fsync off and synchronous_commit=off (its library's defaults)."
    echo "- \"CPU used by other processes\": the share of the machine's CPU time during a run taken by anything but the JVM, its PostgreSQL and Redis, wrk and this script (from /proc): above a few per cent, another job was competing and the run is skewed."
    echo
    echo "### Start-up"
    echo
    echo "| step | seconds after launching java |"
    echo "| --- | --- |"
    echo "| embedded PostgreSQL ready (initdb of a new cluster, start, CREATE DATABASE) | ${PG_S:-n/a} |"
    echo "| embedded Redis ready | ${REDIS_S:-n/a} |"
    echo "| Quarkus logs \"started in ${QUARKUS_STARTED:-?}s\" (Liquibase migrations included) | ${LISTENING_S:-n/a} |"
    echo "| **first 200 from /q/health/ready** | **$READY_S** |"
    echo
    if [[ -n "$LISTENING_S" && -n "$QUARKUS_STARTED" ]]; then
        TIMER_S=$(calc '%.2f' "$LISTENING_S - $QUARKUS_STARTED")
        echo "Quarkus' \"started in ${QUARKUS_STARTED} s\" is timed from about ${TIMER_S} s after the launch (JVM start-up before its timer), and it includes the embedded PostgreSQL and Redis, which start while Quarkus builds its configuration: **both figures include the initdb of a brand-new embedded cluster**${PG_S:+ (ready ${PG_S} s after the launch)}, which a restart on an existing data directory or an external PostgreSQL does not pay. The wall-clock figure adds the JVM launch and the first readiness probe (polled every 50 ms)."
    fi
    echo
    echo "### Throughput and latency (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds alternating ping/me, after a $WARMUP warm-up of each)"
    echo
    row "run" "endpoint" "requests/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx / socket errors" "CPU used by other processes"
    row "---" "---" "---:" "---:" "---:" "---:" "---:" "---:"
    for round in $(seq 1 "$ROUNDS"); do
        for endpoint in ping me; do
            n="$endpoint-$round"
            row "$round" "/v2/$endpoint" "${RESULT[$n.rps]}" "${RESULT[$n.p50]}" "${RESULT[$n.p90]}" "${RESULT[$n.p99]}" "${RESULT[$n.non2xx]} / ${RESULT[$n.errors]}" "${RESULT[$n.other]} %"
        done
    done
    for endpoint in ping me; do
        row "**median**" "**/v2/$endpoint**" "**${MED[$endpoint.rps]}**" "**${MED[$endpoint.p50]}**" "**${MED[$endpoint.p90]}**" "**${MED[$endpoint.p99]}**" "" "${MED[$endpoint.other]} %"
    done
    echo
    echo "### Platform cost (auth: API-key lookup in PostgreSQL + rate limit in Redis)"
    echo
    echo "- Throughput ratio me/ping: **$RATIO** (${MED[me.rps]} / ${MED[ping.rps]} requests/s)"
    echo "- Per-request cost, median latency(me) - median latency(ping): **p50 +$COST_P50 ms**, p90 +$COST_P90 ms, p99 +$COST_P99 ms (at $CONNECTIONS connections, so queueing is included)"
    echo "- Machine time per request from the throughputs, 1/rps(me) - 1/rps(ping): ${COST_CPU_US} µs of the whole $(nproc)-core machine (wrk, PostgreSQL and Redis included)"
    if [[ "$SERIAL_DURATION" != 0 ]]; then
        echo "- One connection, no queueing (wrk -t1 -c1 -d$SERIAL_DURATION, one run each): ping p50 ${RESULT[serial-ping.p50]} ms (${RESULT[serial-ping.rps]} req/s), me p50 ${RESULT[serial-me.p50]} ms (${RESULT[serial-me.rps]} req/s): **+$(calc '%.3f' "${RESULT[serial-me.p50]} - ${RESULT[serial-ping.p50]}") ms** per request; p99 ping ${RESULT[serial-ping.p99]} ms, me ${RESULT[serial-me.p99]} ms"
    fi
    echo "- CPU time per request (medians, µs): /v2/ping: JVM ${MED[ping.cpu_java]}, embedded PostgreSQL + Redis ${MED[ping.cpu_services]}, wrk + heap sampler + this script ${MED[ping.cpu_client]}; /v2/me: JVM ${MED[me.cpu_java]}, embedded PostgreSQL + Redis ${MED[me.cpu_services]}, wrk + heap sampler + this script ${MED[me.cpu_client]}"
    if ((NON2XX_TOTAL + ERRORS_TOTAL > 0)); then
        echo "- **WARNING: $NON2XX_TOTAL non-2xx responses and $ERRORS_TOTAL socket errors in the measured runs: the figures above include them.**"
    else
        echo "- Every measured response was 2xx, with no socket errors."
    fi
    echo
    echo "### Heap (jvm_memory_used_bytes{area=\"heap\"}, summed over the pools)"
    echo
    echo "- Before the load (after start-up): $(mib "$HEAP_IDLE")"
    echo "- After the load: $(mib "$HEAP_AFTER") used, $(mib "$HEAP_COMMITTED") committed"
    echo "- Most heap used during the load: $(mib "$HEAP_PEAK") ($HEAP_SAMPLES samples, one a second from /q/metrics while wrk ran)"
    echo
    echo "Heap used in a garbage-collected JVM mostly reflects when the last young collection ran; with no -Xmx the JVM sizes the heap from the machine's memory, so these are not a footprint limit."
} | tee "$WORK/summary.md"
