#!/usr/bin/env bash
# Checks that the README's first command and its walk-through work as written: starts ./run.sh as
# a new user would, runs the README's walk-through and bad-input blocks exactly as they are printed
# there (only the email address is made unique, so that a second run does not meet the 409 the
# README announces), checks what the README says they answer, and stops ./run.sh (WildFly, then
# PostgreSQL). Needs curl and jq, as the walk-through does; .ci/run runs it after the tests, once as
# it is and once with --nodes 2 (the same walk-through through the load balancer of two nodes).
# Usage: docs/check-walkthrough.sh [--nodes N]   (its ports must be free: stop ./run.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in curl jq; do
    command -v "$tool" >/dev/null || { echo "check-walkthrough: $tool is needed (the walk-through uses it)" >&2; exit 2; }
done

# where health answers: the server's management port, or the first node's; metrics: every node's
health=9990
metrics=localhost:9990/metrics
if [ "${1:-}" = "--nodes" ]; then
    health=10990
    metrics=$(for ((i = 1; i <= $2; i++)); do printf 'localhost:%d/metrics ' $((9990 + 900 + 100 * i)); done)
fi
mkdir -p target
log=target/walkthrough-run.log
./run.sh "$@" >"$log" 2>&1 </dev/null &
run=$!
stop_run() {
    if kill -0 "$run" 2>/dev/null; then
        kill -TERM "$run"   # run.sh stops WildFly first, then PostgreSQL
        for _ in $(seq 1 120); do kill -0 "$run" 2>/dev/null || break; sleep 1; done
    fi
}
trap stop_run EXIT

echo "check-walkthrough: ./run.sh started (pid $run, output in $log); waiting until it is ready"
booted=false
for _ in $(seq 1 900); do
    if grep -q '^Courier is ready' "$log"; then booted=true; break; fi
    kill -0 "$run" 2>/dev/null || break
    sleep 1
done
ready=false
if $booted; then
    for _ in $(seq 1 60); do
        if curl -s "localhost:$health/health/ready" | grep -q '"status":"UP"'; then ready=true; break; fi
        sleep 1
    done
fi
$ready || { tail -n 40 "$log"; echo "check-walkthrough: ./run.sh did not come up ready" >&2; exit 1; }

# The n-th ```sh block after the heading "## A walk through the API" of the README.
block() {
    awk -v n="$1" '
        /^## A walk through the API/ { inside = 1; next }
        inside && /^## / { exit }
        inside && /^```sh$/ { count++; if (count == n) { printing = 1; next } }
        printing && /^```$/ { exit }
        printing { print }' README.md
}
walkthrough=$(block 1 | sed "s/katherine@example.com/katherine-$(date +%s%N)@example.com/; s#localhost:9990/metrics#${metrics% }#")
bad_input=$(block 2 | grep -v "^#")   # the command; its comment is the expected answer, checked below
[ -n "$walkthrough" ] && [ -n "$bad_input" ] || { echo "check-walkthrough: README blocks not found" >&2; exit 1; }

out=target/walkthrough.out
# The blocks run as printed, in one shell, so that their variables (OP, USER_ID, AUTH, ORDER) stay for the checks.
bash -euo pipefail -s >"$out" 2>&1 <<SCRIPT || { cat "$out"; echo "check-walkthrough: a command of the walk-through failed" >&2; exit 1; }
$walkthrough

# what the README says the walk-through leads to
fail() { echo "CHECK FAILED: \$*"; exit 1; }
[[ "\$USER_ID" =~ ^[0-9a-f-]{36}\$ ]] || fail "no customer id: \$USER_ID"
[[ "\$ORDER" == http://localhost:8080/api/orders/* ]] || fail "no order location: \$ORDER"
[ "\$(curl -s -H "\$AUTH" "\$ORDER/details" | jq -c .degraded)" = "[]" ] || fail "details degraded"
[ "\$(curl -s -o /dev/null -w '%{http_code}' "\$ORDER")" = 401 ] || fail "an order read without a token"
[ "\$(curl -s -H "Authorization: Bearer \$(./token.sh 00000000-0000-4000-8000-00000000c003)" "\$ORDER" | jq .status)" = 404 ] \
    || fail "another customer read the order"
for _ in \$(seq 1 60); do
    [ "\$(curl -s -H "\$AUTH" "\$ORDER" | jq -r .status)" = PROCESSED ] && break
    sleep 1
done
[ "\$(curl -s -H "\$AUTH" "\$ORDER" | jq -c '[.history[].step]')" = '["CREATED","PAID","STOCK_RESERVED","PROCESSED"]' ] \
    || fail "order history: \$(curl -s -H "\$AUTH" "\$ORDER")"
# the frother order placed last is charged, then refunded (out of stock): the balance settles at 500 - 62.30
for _ in \$(seq 1 60); do
    [ "\$(curl -s -u "\$OP" localhost:8080/payment/api/accounts/\$USER_ID | jq '.balance == 437.7')" = true ] && break
    sleep 1
done
[ "\$(curl -s -u "\$OP" localhost:8080/payment/api/accounts/\$USER_ID | jq '.balance == 437.7')" = true ] \
    || fail "balance: \$(curl -s -u "\$OP" localhost:8080/payment/api/accounts/\$USER_ID)"
# (the answer read whole first: grep -q stops reading at its match, and pipefail would count curl's broken pipe)
grep -q '^courier_orders_settled_total{.*reason="none",status="PROCESSED"}' <<<"\$(curl -s $metrics)" \
    || fail "metrics: no processed order counted"
echo "WALKTHROUGH OK"

# bad input: the README's problem document, and nothing placed
answer=\$($bad_input)
[ "\$(jq -r .status <<<"\$answer")" = 400 ] || fail "bad input answered \$answer"
[ "\$(jq -c '[.errors[].field]' <<<"\$answer")" = '["products[0].quantity"]' ] || fail "bad input fields: \$answer"
[ "\$(curl -s -u "\$OP" "localhost:8080/order/api/orders?userId=\$USER_ID" | jq .totalItems)" = 2 ] || fail "orders placed"
echo "BAD INPUT OK"
SCRIPT
grep -q '^WALKTHROUGH OK$' "$out" && grep -q '^BAD INPUT OK$' "$out" || { cat "$out"; exit 1; }
echo "check-walkthrough: the README's walk-through works as written"
