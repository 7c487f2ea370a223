# Courier on several nodes (./run.sh --nodes N, docs/scale-out.md), sourced by run.sh after the
# build, the single server's configuration in .courier/standalone (credentials, sign-in keys,
# console user) and the database. Starts, all on 127.0.0.1:
#   the broker pair   .courier/broker-primary and -backup (server-config's target/broker), sharing
#                     the journal .courier/broker-store; clients on 61616 (primary) and 61617 (backup),
#                     consoles on 11990 and 12090
#   N nodes           .courier/node-<i> (target/server, configuration standalone-node.xml), port
#                     offset 900 + 100 x i: HTTP 9080, 9180, ..., management 10990, 11090, ...
#                     (apart from the tests' ports, so that the tests can run beside it)
#   the balancer      .courier/balancer (target/balancer), HTTP 8080, mod_cluster 8090
# and waits. courier_nodes_stop stops them: the balancer takes no new requests first, the nodes
# finish what they hold, then the brokers (backup, then primary) and the balancer.

nodes_pids=()

# Starts one WildFly in the background: courier_nodes_launch <name> <home> <base> <config> <offset> [options...]
# (with the environment of the caller), its pid file in .courier/<name>.pid.
courier_nodes_launch() {
    local name=$1 home=$2 base=$3 config=$4 offset=$5
    shift 5
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$PWD/.courier/$name.pid" \
        "$home/bin/standalone.sh" -c "$config" -Djboss.server.base.dir="$PWD/$base" \
        -Djboss.socket.binding.port-offset="$offset" "$@" >"$base/console.log" 2>&1 &
    nodes_pids+=("$!")
}

# A server that a killed run.sh left running would hold the ports and the journal: stop it first.
courier_nodes_stop_leftovers() {
    local pid_file pid
    for pid_file in .courier/broker-*.pid .courier/node-*.pid .courier/balancer.pid; do
        [ -f "$pid_file" ] || continue
        pid=$(cat "$pid_file")
        if ps -p "$pid" -o args= 2>/dev/null | grep -q jboss-modules; then
            echo "Courier: stopping $(basename "$pid_file" .pid), which an earlier run left running (pid $pid)"
            kill -TERM "$pid"
            while ps -p "$pid" >/dev/null 2>&1; do sleep 1; done
        fi
        rm -f "$pid_file"
    done
}

# Copies a provisioned server's configuration into a base folder, keeping what it already has of
# the files named after the first two arguments.
courier_nodes_base() {
    local from=$1 base=$2
    mkdir -p "$base/configuration" "$base/deployments" "$base/data" "$base/log"
    cp -r "$from"/standalone/configuration/*.xml "$from"/standalone/configuration/logging.properties "$base/configuration/"
}

courier_nodes_start() {
    local count=$1 kept=.courier/standalone/configuration secrets=.courier/broker-credentials i base
    courier_nodes_stop_leftovers

    # The nodes' login at the broker and the brokers' own between themselves: generated once.
    if [ ! -d "$secrets" ]; then
        mkdir -p "$secrets.new"
        chmod 700 "$secrets.new"
        (umask 077
         tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 > "$secrets.new/courier-node" || true
         tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 > "$secrets.new/cluster" || true)
        mv "$secrets.new" "$secrets"
    fi
    export COURIER_BROKER_PASSWORD COURIER_BROKER_CLUSTER_PASSWORD COURIER_BROKER_STORE
    COURIER_BROKER_PASSWORD=$(cat "$secrets/courier-node")
    COURIER_BROKER_CLUSTER_PASSWORD=$(cat "$secrets/cluster")
    COURIER_BROKER_STORE=$PWD/.courier/broker-store

    local broker=server-config/target/broker
    for role in primary backup; do
        base=.courier/broker-$role
        courier_nodes_base "$broker" "$base"
        for file in application-users.properties application-roles.properties mgmt-users.properties mgmt-groups.properties; do
            [ -e "$base/configuration/$file" ] || cp "$broker/standalone/configuration/$file" "$base/configuration/"
        done
        if ! grep -q '^courier-node=' "$base/configuration/application-users.properties"; then
            "$broker/bin/add-user.sh" -a -sc "$base/configuration" -u courier-node -p "$COURIER_BROKER_PASSWORD" -g courier-node -s
        fi
        if ! grep -q '^admin=' "$base/configuration/mgmt-users.properties"; then
            "$broker/bin/add-user.sh" -sc "$base/configuration" -u admin -p "$(cat .courier/admin-password)" -s
        fi
    done
    echo "Courier: starting the broker pair (primary 127.0.0.1:61616, backup :61617, journal in $COURIER_BROKER_STORE)"
    COURIER_NODE_ID=courier-broker-primary COURIER_BROKER_PORT=61616 COURIER_BROKER_PEER_PORT=61617 \
        courier_nodes_launch broker-primary "$broker" .courier/broker-primary standalone.xml 2000
    COURIER_NODE_ID=courier-broker-backup COURIER_BROKER_PORT=61617 COURIER_BROKER_PEER_PORT=61616 \
        courier_nodes_launch broker-backup "$broker" .courier/broker-backup standalone-backup.xml 2100

    local balancer=server-config/target/balancer
    courier_nodes_base "$balancer" .courier/balancer
    echo "Courier: starting the load balancer (HTTP 127.0.0.1:8080, mod_cluster :8090)"
    JBOSS_JAVA_SIZING="-Xms32m -Xmx128m -XX:+UseSerialGC" courier_nodes_launch balancer "$balancer" .courier/balancer standalone.xml 0

    for ((i = 1; i <= count; i++)); do
        base=.courier/node-$i
        courier_nodes_base "$server" "$base"
        for file in application-users.properties application-roles.properties mgmt-users.properties mgmt-groups.properties courier-credentials courier-jwt; do
            rm -rf "${base:?}/configuration/$file"
            cp -rp "$kept/$file" "$base/configuration/"
        done
        rm -f "$base"/deployments/*.war*
        cp inventory-war/target/inventory.war payment-war/target/payment.war order-war/target/order.war \
           gateway-war/target/gateway.war "$base/deployments/"
        local offset=$((900 + 100 * i))
        local http=$((8080 + offset))
        echo "Courier: starting node $i (HTTP 127.0.0.1:$http, management :$((9990 + offset)))"
        COURIER_NODE_ID=courier-node-$i courier_nodes_launch "node-$i" "$server" "$base" standalone-node.xml $offset \
            -Djboss.node.name="node-$i" \
            -Dinventory/mp-rest/url="http://localhost:$http/inventory/api" \
            -Dorder-service/mp-rest/url="http://localhost:$http/order/api" \
            -Dinventory-service/mp-rest/url="http://localhost:$http/inventory/api"
    done
}

# Waits until every node says ready, then tells where everything is.
courier_nodes_banner() {
    local count=$1 i port ready
    for ((i = 1; i <= count; i++)); do
        port=$((9990 + 900 + 100 * i))
        until ready=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready") && [ "$ready" = 200 ]; do
            sleep 1
            [ -f ".courier/node-$i.pid" ] && ps -p "$(cat ".courier/node-$i.pid")" >/dev/null 2>&1 || return 0
        done
    done
    # and the balancer routes to them (a node's next status report after it says ready, within 2 s)
    until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/api/products)" = 200 ]; do sleep 1; done
    cat <<BANNER

Courier is ready on $count nodes behind a load balancer (docs/scale-out.md).
  API             http://localhost:8080/api  (the balancer; each node also at 9080, 9180, ...)
  Health          http://localhost:10990/health/ready  (node 1; node 2 at 11090, ...)
  Admin consoles  nodes http://localhost:10990/console, ...; brokers :11990 (primary), :12090 (backup)
                  (user admin, password in .courier/admin-password)
  Logs            .courier/node-<i>/log, .courier/broker-*/log, .courier/balancer/log
  Sign in         ./token.sh <user id> (every node trusts the same development key)
  Stop            Ctrl-C
BANNER
}

courier_nodes_stop() {
    # nodes first (each suspends, finishes what it holds, and mod_cluster takes it out of the
    # balancer), then the brokers, backup before primary (no failover on the way out), then the balancer
    courier_nodes_term .courier/node-*.pid
    courier_nodes_term .courier/broker-backup.pid
    courier_nodes_term .courier/broker-primary.pid
    courier_nodes_term .courier/balancer.pid
    local pid
    for pid in "${nodes_pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}

# Sends TERM to the servers of these pid files and waits until all have stopped.
courier_nodes_term() {
    local pid_file pids=()
    for pid_file in "$@"; do
        [ -f "$pid_file" ] || continue
        pids+=("$(cat "$pid_file")")
        rm -f "$pid_file"
    done
    [ ${#pids[@]} -eq 0 ] && return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    while ps -p "$(IFS=,; echo "${pids[*]}")" >/dev/null 2>&1; do sleep 1; done
}
