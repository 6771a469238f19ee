#!/usr/bin/env bash
# Start-up benchmark: launch of `java -jar target/quarkus-app/quarkus-run.jar` -> first 200 from
# /q/health/ready, several times, and the median.
#
#   bash src/bench/startup-bench.sh [--build] [external|embedded|all]
#
# external (against the PostgreSQL and Redis already running on this machine): creates a new
#   database with createdb, starts once to migrate it (reported as "fresh database"), then RUNS
#   starts with the schema in place; the database is dropped on exit.
# embedded (KAIROS_EMBEDDED=true): a new temporary data directory; the first start runs initdb
#   (reported as "new cluster"), then RUNS starts on the existing cluster, as after a restart.
# all (the default): both.
#
# Each start runs in production mode with a bootstrap API key, and is stopped (SIGTERM) once ready
# before the next begins. Per start it reports the time to ready, Quarkus' own "started in", when
# the first log line appeared (the JVM and Quarkus' bootstrap before logging), when Liquibase
# began and finished, the load average before it, and the share of the machine's CPU that other
# processes took while it started (above a few per cent, the figure is skewed). Markdown goes to
# standard output, progress to standard error. Linux only (/proc); needs bash 5, curl, and for
# external mode createdb/dropdb.
#
# Settings (environment): RUNS (5), BENCH_JAVA_OPTS (JVM options), POLL (seconds between readiness
# probes, 0.02), READY_TIMEOUT (seconds, 120), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres),
# REDIS_URL (redis://127.0.0.1:6379).
set -euo pipefail

RUNS=${RUNS:-5}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-}
POLL=${POLL:-0.02}
READY_TIMEOUT=${READY_TIMEOUT:-120}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
}

BUILD=false
MODES=(external embedded)
for arg in "$@"; do
    case "$arg" in
        --build) BUILD=true ;;
        external | embedded) MODES=("$arg") ;;
        all) MODES=(external embedded) ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
    esac
done

log() { printf '[startup] %s\n' "$*" >&2; }
die() { printf '[startup] ERROR: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
source "$ROOT/src/bench/dev-keys.sh"

((BASH_VERSINFO[0] >= 5)) || die "bash 5 or later is needed (for \$EPOCHREALTIME)"
command -v java >/dev/null || die "java (17 or later) is not on the PATH"
command -v curl >/dev/null || die "curl is missing: apt-get install -y curl"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
if [[ " ${MODES[*]} " == *" external "* ]]; then
    command -v createdb >/dev/null || die "createdb is missing (PostgreSQL client tools), or run: $0 embedded"
fi

if $BUILD || [[ ! -f "$JAR" ]]; then
    if command -v mvn >/dev/null; then MVN=(mvn); else MVN=("$ROOT/mvnw"); fi
    log "building the application: ${MVN[*]} -B -q package -DskipTests"
    (cd "$ROOT" && "${MVN[@]}" -B -q package -DskipTests) >&2
    [[ -f "$JAR" ]] || die "the build did not produce $JAR"
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/kairos-startup.XXXXXX")
DATABASE=""
APP_PID=""
DATA_DIR=""

stop_app() {
    [[ -n "$APP_PID" ]] || return 0
    if kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$APP_PID" 2>/dev/null; then
            log "the application did not stop within 30 s: killing it"
            kill -KILL "$APP_PID" 2>/dev/null || true
        fi
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    # The embedded PostgreSQL is stopped by a shutdown hook; wait until it has let go of its directory.
    if [[ -n "$DATA_DIR" ]]; then
        for _ in $(seq 1 100); do
            [[ -f "$DATA_DIR/postmaster.pid" ]] || break
            sleep 0.1
        done
    fi
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_app
    if [[ -n "$DATA_DIR" && -f "$DATA_DIR/postmaster.pid" ]]; then
        local pg_pid
        pg_pid=$(head -n 1 "$DATA_DIR/postmaster.pid")
        if [[ "$pg_pid" =~ ^[0-9]+$ ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pg_pid/cmdline" | grep -qF -- "$DATA_DIR"; then
            log "stopping the embedded PostgreSQL left running (pid $pg_pid)"
            kill -INT "$pg_pid" 2>/dev/null || true
            sleep 1
        fi
    fi
    if [[ -n "$DATABASE" ]]; then
        dropdb --if-exists "$DATABASE" 2>/dev/null || log "could not drop the database $DATABASE"
    fi
    if ((status != 0)); then
        local last
        last=$(ls -t "$WORK"/*.log 2>/dev/null | head -n 1 || true)
        if [[ -n "$last" ]]; then
            log "last lines of $last:"
            tail -n 30 "$last" >&2 || true
        fi
    fi
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The same without a subshell, and a sleep without a process (read times out on a pipe only this
# shell holds): between readiness probes this script forks nothing.
port_in_use_here() {
    local fd
    { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
    exec {fd}>&-
}
exec {NAP_FD}<> <(:)
nap() { read -r -t "$1" -u "$NAP_FD" || true; }

free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$((20000 + RANDOM % 40000))
        port_in_use "$port" || { echo "$port"; return 0; }
    done
    die "found no free port"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# Busy and total ticks of the whole machine, and the JVM's own ticks.
machine_ticks() { awk '$1 == "cpu" { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
jvm_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

API_KEY="cal_live_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

# start_once NAME [env...]: one start to ready, then stop. Sets ROW (a Markdown table row) and READY_S.
start_once() {
    local name=$1
    shift
    local port app_log load start ready="" m0 m1 cpu_jvm
    port=$(free_port)
    app_log="$WORK/$name.log"
    load=$(cut -d ' ' -f 1 /proc/loadavg)
    m0=$(machine_ticks)
    start=$EPOCHREALTIME
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    (cd "$WORK" && exec env "$@" \
        KAIROS_BOOTSTRAP_API_KEY="$API_KEY" \
        KAIROS_BOOTSTRAP_ADMIN_EMAIL=startup-bench@localhost \
        QUARKUS_HTTP_PORT="$port" \
        QUARKUS_LOG_CATEGORY__KAIROS_ACCESS__LEVEL=WARN \
        java $BENCH_JAVA_OPTS -jar "$JAR") \
        > >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$app_log") 2>&1 &
    APP_PID=$!
    local deadline=$((SECONDS + READY_TIMEOUT))
    while ((SECONDS < deadline)); do
        kill -0 "$APP_PID" 2>/dev/null || die "the application exited during start-up ($name)"
        # Until the HTTP port opens, probe it without starting a process: the probes must not take
        # CPU from the start-up they time.
        if port_in_use_here "$port" \
            && [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/q/health/ready" || true)" == 200 ]]; then
            ready=$EPOCHREALTIME
            break
        fi
        nap "$POLL"
    done
    [[ -n "$ready" ]] || die "not ready after ${READY_TIMEOUT} s ($name)"
    cpu_jvm=$(jvm_ticks "$APP_PID")
    m1=$(machine_ticks)
    sleep 0.3 # let the log catch up
    stop_app

    local quarkus first liquibase_from liquibase_to other pg redis
    at() { awk -v pat="$1" -v s="$start" 'index($0, pat) { printf "%.2f\n", $1 - s; exit }' "$app_log"; }
    READY_S=$(awk -v a="$start" -v b="$ready" 'BEGIN { printf "%.2f", b - a }')
    quarkus=$(awk 'match($0, /started in [0-9.]+s/) { print substr($0, RSTART + 11, RLENGTH - 12); exit }' "$app_log")
    first=$(awk -v s="$start" '$3 ~ /^[0-9][0-9]:[0-9][0-9]:/ { printf "%.2f\n", $1 - s; exit }' "$app_log")
    pg=$(at "Embedded PostgreSQL 17 started")
    redis=$(at "Embedded Redis started")
    liquibase_from=$(at "[liq.")
    liquibase_to=$(at "released change log lock")
    # Share of the machine's CPU during the start-up taken by anything but the JVM (the embedded or
    # external PostgreSQL and Redis, curl and this script included).
    other=$(awk -v a="$m0" -v b="$m1" -v jvm="$cpu_jvm" 'BEGIN {
        split(a, x, " "); split(b, y, " "); busy = y[1] - x[1]; total = y[2] - x[2]
        o = busy - jvm; if (o < 0) o = 0
        printf "%.0f", (total > 0 ? 100 * o / total : 0) }')
    local cpu_s
    cpu_s=$(awk -v t="$cpu_jvm" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
    ROW="| $name | **$READY_S** | ${quarkus:-?} | ${pg:--} / ${redis:--} | ${first:-?} | ${liquibase_from:-?} -> ${liquibase_to:-?} | $cpu_s | $load | $other % |"
    log "$name: ready after $READY_S s (Quarkus: started in ${quarkus:-?} s; load $load, others $other % of the CPU)"
}

header() {
    echo "| start | ready (s) | Quarkus \"started in\" (s) | embedded PostgreSQL / Redis up (s) | first log line (s) | Liquibase (s) | JVM CPU to ready (s) | load before | CPU taken by others |"
    echo "| --- | ---: | ---: | --- | ---: | --- | ---: | ---: | ---: |"
}

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
GIT_REV=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
GIT_DIRTY=""
[[ -z "$(git -C "$ROOT" status --porcelain 2>/dev/null || true)" ]] || GIT_DIRTY=" (uncommitted changes)"

echo "## Kairos start-up benchmark"
echo
echo "- Command: \`bash src/bench/startup-bench.sh${*:+ $*}\` (RUNS=$RUNS${BENCH_JAVA_OPTS:+ BENCH_JAVA_OPTS=\"$BENCH_JAVA_OPTS\"})"
echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ), revision $GIT_REV$GIT_DIRTY"
echo "- Machine: $(nproc) CPUs ($CPU_MODEL), $(uname -sr); load average at the start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- Java: $(java -version 2>&1 | head -n 2 | tail -n 1); JVM options: ${BENCH_JAVA_OPTS:-none}"
echo "- Times are seconds after launching java; \"first log line\" is when Quarkus' logging printed its first line (JVM start, class loading and Quarkus' bootstrap before it)."

for mode in "${MODES[@]}"; do
    ready_times=()
    echo
    if [[ "$mode" == external ]]; then
        DATABASE="kairos_startup_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
        createdb "$DATABASE" || die "createdb $DATABASE failed (PGHOST=$PGHOST PGPORT=$PGPORT PGUSER=$PGUSER)"
        env_vars=(KAIROS_EMBEDDED=false
            QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
            QUARKUS_DATASOURCE_USERNAME="$PGUSER"
            QUARKUS_REDIS_HOSTS="$REDIS_URL")
        echo "### External PostgreSQL ($PGHOST:$PGPORT, database $DATABASE) and Redis ($REDIS_URL)"
        echo
        header
        start_once "fresh database (migrates)" "${env_vars[@]}"
        echo "$ROW"
    else
        DATA_DIR="$WORK/postgres"
        env_vars=(KAIROS_EMBEDDED=true KAIROS_EMBEDDED_DATA_DIR="$DATA_DIR")
        echo "### Embedded PostgreSQL and Redis (KAIROS_EMBEDDED=true)"
        echo
        header
        start_once "new cluster (initdb, migrates)" "${env_vars[@]}"
        echo "$ROW"
    fi
    for run in $(seq 1 "$RUNS"); do
        start_once "restart $run" "${env_vars[@]}"
        echo "$ROW"
        ready_times+=("$READY_S")
    done
    echo
    echo "**Median of the $RUNS restarts: $(median "${ready_times[@]}") s** (min $(printf '%s\n' "${ready_times[@]}" | sort -g | head -n 1), max $(printf '%s\n' "${ready_times[@]}" | sort -g | tail -n 1))."
    if [[ "$mode" == external ]]; then
        dropdb --if-exists "$DATABASE" || log "could not drop the database $DATABASE"
        DATABASE=""
    else
        DATA_DIR=""
    fi
done
