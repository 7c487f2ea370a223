#!/usr/bin/env bash
# Courier on one node and on two (./run.sh --nodes N: PostgreSQL, the broker pair, the load
# balancer, N nodes; docs/scale-out.md) under the same chain load, ChainSimulation through the
# balancer: orders at a fixed arrival rate, then as fast as 32 clients get them accepted. Reports
# orders/s and the CPU time that all of Courier's processes together (every node, both brokers,
# the balancer, every PostgreSQL process) spend per order of the saturated phase, from /proc.
# Each topology starts from nothing, in a workspace of its own (bench/target/nodes: links to this
# checkout, its own .courier). Writes bench/results/<UTC time>-nodes/ (nodes.md, nodes.json, per
# topology chain.json, cpu.tsv, Gatling's report, and the warm-up's). Takes about 20 minutes. Needs the ports of
# ./run.sh --nodes free (8080, 8090, 9080..., 10990..., 61616, 61617, 15432): stop ./run.sh first.
# BENCH_NODES="1 2" chooses the topologies; BENCH_OPTS passes settings to the simulation.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$PWD/bench/results/$stamp-nodes"
workspace="$PWD/bench/target/nodes"
mkdir -p "$results"

echo "bench: building (mvn -Pbench package)..."
mvn -B -q -Pbench -DskipTests package

runner=
sampler=
finish() {
    [ -z "$sampler" ] || kill "$sampler" 2>/dev/null || true
    if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
        kill -TERM "$runner"   # run.sh stops the nodes, the brokers, the balancer, then PostgreSQL
        wait "$runner" 2>/dev/null || true
    fi
    sampler= runner=
}
trap finish EXIT

# CPU ticks (user + system) so far of the nodes' JVMs, the brokers' (primary and backup), the
# balancer's (their pid files in .courier), and of PostgreSQL: the postmaster, its running
# processes and what its ended children used. Fields after "pid (comm)": 2 ppid, 12 utime,
# 13 stime, 14 cutime, 15 cstime.
cpu_ticks() {
    local state="$workspace/.courier" postmaster
    postmaster=$(head -n 1 "$state/postgres/data/postmaster.pid" 2>/dev/null || echo 0)
    cat /proc/[0-9]*/stat 2>/dev/null | awk -v nodes=" $(cat "$state"/node-*.pid 2>/dev/null | tr '\n' ' ')" \
        -v brokers=" $(cat "$state"/broker-*.pid 2>/dev/null | tr '\n' ' ')" \
        -v balancer="$(cat "$state/balancer.pid" 2>/dev/null)" -v p="$postmaster" '
        { id = $1; sub(/^[0-9]+ \(.*\) /, ""); split($0, f, " ")
          if (index(nodes, " " id " ")) node += f[12] + f[13]
          if (index(brokers, " " id " ")) broker += f[12] + f[13]
          if (id == balancer) proxy += f[12] + f[13]
          if (id == p) postgres += f[12] + f[13] + f[14] + f[15]
          else if (f[2] == p) postgres += f[12] + f[13] }
        END { printf "%d %d %d %d", node, broker, proxy, postgres }'
}

for nodes in ${BENCH_NODES:-1 2}; do
    run="$results/nodes-$nodes"
    mkdir -p "$run"
    getconf CLK_TCK > "$run/ticks"
    # a workspace of links to this checkout, so that ./run.sh keeps its state in a .courier of its own
    rm -rf "$workspace"
    mkdir -p "$workspace"
    for entry in * .mvn; do
        [ -e "$entry" ] && ln -s "$PWD/$entry" "$workspace/$entry"
    done
    echo "bench: starting Courier on $nodes node(s)..."
    # the load comes from one client (a shop admin's token): lift its rate limits, measure the rest
    COURIER_GATEWAY_RATE_LIMIT_REQUESTS=1000000000 COURIER_GATEWAY_RATE_LIMIT_PLACEMENTS=1000000000 \
        "$workspace/run.sh" --nodes "$nodes" > "$run/run.log" 2>&1 &
    runner=$!
    until grep -q "Courier is ready on" "$run/run.log"; do
        kill -0 "$runner" 2>/dev/null || { echo "bench: ./run.sh --nodes $nodes ended, see $run/run.log"; exit 1; }
        sleep 1
    done
    (
        while kill -0 "$runner" 2>/dev/null; do
            echo "$(date +%s%3N) $(cpu_ticks)" >> "$run/cpu.tsv"   # ms, ticks: nodes brokers balancer PostgreSQL
            sleep 1
        done
    ) &
    sampler=$!
    # the same simulation twice: the first run warms the JVMs up (bench/run.sh's chain runs after
    # minutes of gateway load), the second is measured
    for phase in warm-up measured; do
        echo "bench: running ChainSimulation through the balancer ($phase)..."
        mkdir -p "$run/$phase"
        mvn -B -q -Pbench -pl bench/load gatling:test -Dbench.simulation=dev.courier.bench.ChainSimulation \
            -Dbench.results="$run/$phase" -Dbench.url=http://localhost:8080 \
            -Dbench.credentials="$workspace/.courier/standalone/configuration/courier-credentials" ${BENCH_OPTS:-}
    done
    mv "$run/measured/"* "$run/" && rmdir "$run/measured"
    finish
done

mvn -B -q -Pbench -pl bench/load exec:java -Dbench.report=dev.courier.bench.NodesReport -Dbench.results="$results"
echo "bench: report in $results"
