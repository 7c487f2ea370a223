#!/usr/bin/env bash
# Runs Courier on its embedded defaults: builds the four services, provisions and configures
# WildFly (server-config), deploys the services and runs the server in the foreground.
# Ctrl-C stops it cleanly. State (databases, broker journal, console user) lives in .courier/
# and survives rebuilds; delete that folder to start from nothing.
set -euo pipefail
cd "$(dirname "$0")"

server=server-config/target/server
base=.courier/standalone
password_file=.courier/admin-password

echo "Courier: building and provisioning WildFly (the first build downloads about 1,000 artifacts)..."
mvn -B -q -DskipTests package

# The configuration comes from the build every time; data/ (H2 files, Artemis journal,
# transaction log) and the console user stay.
mkdir -p "$base/configuration" "$base/deployments" "$base/data" "$base/log"
for file in "$server"/standalone/configuration/*; do
    case "$(basename "$file")" in
        mgmt-users.properties|mgmt-groups.properties)
            [ -e "$base/configuration/$(basename "$file")" ] || cp "$file" "$base/configuration/" ;;
        *) cp -r "$file" "$base/configuration/" ;;
    esac
done
rm -f "$base"/deployments/*.war*
cp inventory-war/target/inventory.war payment-war/target/payment.war order-war/target/order.war \
   gateway-war/target/gateway.war "$base/deployments/"

# The admin console's user: created on the first run with a generated password, printed once.
if ! grep -q '^admin=' "$base/configuration/mgmt-users.properties"; then
    password=$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 24 || true)
    "$server/bin/add-user.sh" -sc "$base/configuration" -u admin -p "$password" -s
    (umask 077 && printf '%s\n' "$password" > "$password_file")
    echo "Courier: created the console user 'admin' with password $password"
    echo "         (shown this once; it is kept in $password_file, outside git)"
fi

# Tell the URLs once the server has booted (WFLYSRV0025, or 0026 with errors) and say whether
# every service is ready. Watching the log, not polling health, keeps the log free of probes.
log="$base/log/server.log"
seen=$( [ -f "$log" ] && wc -l < "$log" || echo 0)
(
    set +e +o pipefail   # a closed pipe in here must not end the watcher
    until [ "$(tail -n +"$((seen + 1))" "$log" 2>/dev/null | grep -c 'WFLYSRV002[56]')" -gt 0 ]; do sleep 1; done
    ready=$(curl -s http://localhost:9990/health/ready | grep -o '"status":"[A-Z]*"' | sed -n 's/.*:"\(.*\)"/\1/p;q')
    cat <<BANNER

Courier is ready: health says ${ready:-nothing}.
  API             http://localhost:8080/api  (services: /order/api, /payment/api, /inventory/api)
  Health          http://localhost:9990/health/ready  (also /health/live, /health/started)
  Admin console   http://localhost:9990/console  (user admin, password in $password_file)
  Stop            Ctrl-C
BANNER
) &
watcher=$!
trap 'kill $watcher 2>/dev/null || true' EXIT

source server-config/src/main/sh/jvm.sh
"$server/bin/standalone.sh" -Djboss.server.base.dir="$PWD/$base"
