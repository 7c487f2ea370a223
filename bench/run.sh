#!/usr/bin/env bash
# The benchmark: builds and provisions Courier, starts it on its embedded defaults (a fresh copy of
# the provisioned server and a fresh PostgreSQL cluster, demo data on), loads it with Gatling,
# measures the CPU time WildFly and PostgreSQL spend per order, and writes a report to
# bench/results/<UTC time>/ (summary.md, report.json, throughput.svg, Gatling's HTML reports).
# Takes about 16 minutes. Needs ports 8080, 9990, 15433, 18099 and 18100 free: stop ./run.sh first.
# BENCH_OPTS passes settings to the simulations, e.g. BENCH_OPTS="-Dbench.phase-seconds=5".
#   1. footprint: server launch to all-ready, RSS idle and (sampled) under load
#   2. gateway:  details vs the single downstream call it is made of, at 1/4/16/32 clients
#   3. chain:    orders at a fixed arrival rate, then as fast as accepted; books checked after
#   4. limit:    raw persistent JMS send + receive on the same broker (bench-jms-probe.war)
#   5. fault:    the server restarted with the gateway's product service hung
#   6. alone:    the gateway on stub services that answer at once: details/s, p50/p99 and WildFly's
#                CPU per request at 1/16/32/64 clients
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$PWD/bench/results/$stamp"
server=server-config/target/server
base="$PWD/bench/target/standalone"
mkdir -p "$results"

echo "bench: building (mvn -Pbench package)..."
mvn -B -q -Pbench -DskipTests package

source server-config/src/main/sh/jvm.sh   # the same JVM settings as ./run.sh
source server-config/src/main/sh/database.sh
pid=
sampler=
stub=
db_home="$PWD/bench/target/postgres"
stop_server() {
    [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
    sampler=
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
    fi
    pid=
}
finish() {
    stop_server
    [ -n "$stub" ] && kill "$stub" 2>/dev/null || true
    courier_database stop "$db_home"
}
trap finish EXIT

# The services' databases: a fresh PostgreSQL cluster of the benchmark's own, as ./run.sh runs it.
courier_database stop "$db_home"
rm -rf "$db_home/data" "$db_home/passwords"
db_launched=$(date +%s%N)
courier_database_start "$db_home" 15433
database_start_seconds=$(awk "BEGIN { printf \"%.1f\", ($(date +%s%N) - $db_launched) / 1e9 }")
echo "bench: PostgreSQL ready $database_start_seconds s after launch (a new cluster)"
postmaster=$(head -n 1 "$db_home/data/postmaster.pid")
clock_ticks=$(getconf CLK_TCK)

# CPU ticks (user + system) so far of WildFly, and of PostgreSQL: the postmaster, its running
# processes and what its ended children used. Fields after "pid (comm)": 2 ppid, 12 utime,
# 13 stime, 14 cutime, 15 cstime.
cpu_ticks() {
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v w="$pid" -v p="$postmaster" '
        { id = $1; sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " ")
          if (id == w) wildfly += f[12] + f[13]
          if (id == p) postgres += f[12] + f[13] + f[14] + f[15]
          else if (f[2] == p) postgres += f[12] + f[13] }
        END { printf "%d %d", wildfly, postgres }'
}
# Memory of PostgreSQL's processes: the sum of their proportional set sizes (shared buffers counted once), KiB.
postgres_pss_kib() {
    local total=0 child kib
    for child in "$postmaster" $(pgrep -P "$postmaster"); do
        kib=$(awk '/^Pss:/ { print $2 }' "/proc/$child/smaps_rollup" 2>/dev/null || true)
        total=$((total + ${kib:-0}))
    done
    echo "$total"
}

# Ready means health UP with every service's checks present (deployed and started).
all_ready() {
    local health check
    health=$(curl -sf http://localhost:9990/health) || return 1
    for check in order-broker payment-broker inventory-broker gateway-started; do
        grep -q "\"$check\"" <<<"$health" || return 1
    done
}

# Starts a fresh copy of the provisioned server with the four services; extra arguments are
# environment settings. Sets pid (the server's JVM) and start_seconds (launch to all-ready).
start_server() {
    rm -rf "$base"
    mkdir -p "$base/deployments" "$base/log"
    cp -r "$server/standalone/configuration" "$base/"
    cp inventory-war/target/inventory.war payment-war/target/payment.war order-war/target/order.war \
       gateway-war/target/gateway.war "$base/deployments/"
    local launched ready
    launched=$(date +%s%N)
    # the load comes from one client (a shop admin's token): lift its rate limits, measure the rest
    env COURIER_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 COURIER_GATEWAY_RATE_LIMIT_PLACEMENTS=1000000000 "$@" \
        "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" > "$base/log/console.log" 2>&1 &
    for _ in $(seq 1 600); do   # the server's JVM (standalone.sh runs a short java -version first)
        pid=$(pgrep -f -- "-D\[Standalone\].*-Djboss.server.base.dir=$base" || true)
        [ -n "$pid" ] && break
        sleep 0.1
    done
    until all_ready; do
        kill -0 "$pid" 2>/dev/null || { echo "bench: the server died, see $base/log"; exit 1; }
        [ $(( ($(date +%s%N) - launched) / 1000000000 )) -lt 300 ] || { echo "bench: not ready after 300 s"; exit 1; }
        sleep 0.25
    done
    ready=$(date +%s%N)
    start_seconds=$(awk "BEGIN { printf \"%.1f\", ($ready - $launched) / 1e9 }")
    echo "bench: server $pid ready $start_seconds s after launch"
}

rss_mib() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

gatling() {
    echo "bench: running $1..."
    mvn -B -q -Pbench -pl bench/load gatling:test -Dbench.simulation="dev.courier.bench.$1" -Dbench.results="$results" ${BENCH_OPTS:-}
}

# --- 1. footprint, then gateway and chain under load on the embedded defaults
start_server
first_start=$start_seconds
sleep 10   # let the boot's garbage settle before reading the idle footprint
rss_idle=$(rss_mib "$pid")
echo "bench: RSS idle $rss_idle MiB"

(
    peak=0
    while kill -0 "$pid" 2>/dev/null; do
        now=$(rss_mib "$pid" 2>/dev/null || echo 0)
        [ "$now" -gt "$peak" ] && peak=$now && echo "$peak" > "$results/.rss-peak"
        # time (ms), CPU ticks of WildFly and of PostgreSQL, PostgreSQL's memory (KiB): the report
        # takes the CPU per order over the chain's saturated phase from these samples
        echo "$(date +%s%3N) $(cpu_ticks) $(postgres_pss_kib)" >> "$results/cpu.tsv"
        sleep 1
    done
) &
sampler=$!

gatling GatewaySimulation
gatling ChainSimulation

# --- 4. the limit of the chain: raw persistent JMS on the same broker, same sessions (15)
cp bench/jms-probe/target/bench-jms-probe.war "$base/deployments/"
until [ -e "$base/deployments/bench-jms-probe.war.deployed" ]; do
    [ -e "$base/deployments/bench-jms-probe.war.failed" ] && { echo "bench: the probe failed to deploy"; exit 1; }
    sleep 0.5
done
echo "bench: raw persistent JMS probe..."
curl -sf -X POST "http://localhost:8080/bench-probe/jms?messages=2000&sessions=15&size=512" > /dev/null   # warm-up
curl -sf -X POST "http://localhost:8080/bench-probe/jms?messages=30000&sessions=15&size=512" > "$results/jms.json"
cat "$results/jms.json"; echo
rss_load=$(cat "$results/.rss-peak")
stop_server

# --- 5. fault: the gateway's product service hung (HungProductSimulation listens and never answers)
start_server INVENTORY_SERVICE_MP_REST_URL=http://127.0.0.1:18099/inventory/api
gatling HungProductSimulation
stop_server

# --- 6. the gateway alone: its downstream URLs on stub services that answer at once (StubServices,
# a JVM of its own), so that WildFly's CPU, sampled every 0.2 s, is the gateway's own work
java -cp bench/load/target/test-classes dev.courier.bench.StubServices 18100 > "$results/stub.log" 2>&1 &
stub=$!
start_server ORDER_SERVICE_MP_REST_URL=http://127.0.0.1:18100/order/api \
    INVENTORY_SERVICE_MP_REST_URL=http://127.0.0.1:18100/inventory/api
(
    while kill -0 "$pid" 2>/dev/null; do
        echo "$(date +%s%3N) $(cpu_ticks)" >> "$results/cpu-alone.tsv"
        sleep 0.2
    done
) &
sampler=$!
gatling GatewayAloneSimulation
stop_server
kill "$stub"; stub=

# --- 7. the rate limit under load: a greedy and a patient customer at a quota of 120 requests a minute
start_server COURIER_GATEWAY_RATE_LIMIT_REQUESTS=120
gatling RateLimitSimulation
stop_server

cat > "$results/footprint.json" <<JSON
{
  "startToReadySeconds": $first_start,
  "databaseStartSeconds": $database_start_seconds,
  "rssIdleMiB": $rss_idle,
  "rssUnderLoadMiB": $rss_load,
  "clockTicksPerSecond": $clock_ticks,
  "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name\s*: //p;T;q' /proc/cpuinfo)",
  "java": "$(java -version 2>&1 | sed -n '1s/"//gp')",
  "command": "bench/run.sh"
}
JSON
rm -f "$results/.rss-peak"

mvn -B -q -Pbench -pl bench/load exec:java -Dbench.results="$results"
echo
cat "$results/summary.md"
echo "bench: report in $results"
