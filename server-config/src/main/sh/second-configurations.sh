#!/usr/bin/env bash
# Makes the provisioned servers' second configurations, each a copy of the first changed offline
# by a CLI script (embedded server, nothing started):
#   target/server/standalone/configuration/standalone-node.xml   node.cli, one of several nodes
#   target/broker/standalone/configuration/standalone-backup.xml broker-backup.cli, the backup broker
#   second-configurations.sh <target directory> <cli directory>
set -euo pipefail
target=$1
cli=$2
configure() {
    local home=$1 copy=$2 script=$3
    cp "$home/standalone/configuration/standalone.xml" "$home/standalone/configuration/$copy"
    "$home/bin/jboss-cli.sh" --file="$script" >"$home/$copy.log" 2>&1 \
        || { cat "$home/$copy.log" >&2; exit 1; }
    grep '^[a-z]*: ' "$home/$copy.log" || true
}
configure "$target/server" standalone-node.xml "$cli/node.cli"
configure "$target/broker" standalone-backup.xml "$cli/broker-backup.cli"
