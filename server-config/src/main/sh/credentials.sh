#!/usr/bin/env bash
# Generates Courier's service credentials into a server's configuration directory, once.
#   credentials.sh <WildFly home> <configuration directory>
# Three application users of the ApplicationRealm (application-users.properties, hashed), each with
# the roles of the APIs it may call:
#   gateway        order-api, inventory-api               the public gateway's calls
#   order-service  inventory-api                          the order service's price look-ups
#   operator       order-api, payment-api, inventory-api  people and scripts that run the shop
# Their passwords go to <configuration directory>/courier-credentials/courier.credentials.<user>
# (owner-only files), a MicroProfile Config directory source (server.cli): the gateway and the
# order service read their own password from there. Nothing of this is in the repository.
# A directory that already has credentials keeps them.
set -euo pipefail
home=$1
config=$2
dir="$config/courier-credentials"
[ -d "$dir" ] && exit 0

mkdir -p "$dir.new"
chmod 700 "$dir.new"
add_user() {
    local user=$1 roles=$2 password
    password=$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 || true)
    "$home/bin/add-user.sh" -a -sc "$config" -u "$user" -p "$password" -g "$roles" -s
    (umask 077 && printf '%s' "$password" > "$dir.new/courier.credentials.$user")
}
add_user gateway order-api,inventory-api
add_user order-service inventory-api
add_user operator order-api,payment-api,inventory-api
# all or nothing: a run that failed half-way leaves no directory that would be kept
mv "$dir.new" "$dir"
echo "Courier: generated service credentials in $dir"
