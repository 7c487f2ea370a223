#!/usr/bin/env bash
# Prints a bearer token of Courier's development sign-in, valid for 15 minutes (or [minutes]):
#   ./token.sh <user id> [minutes]    for the customer with that Courier user id (role customer)
#   ./token.sh --admin [minutes]      for a shop admin (role shop-admin: every order and user)
# A development convenience: it signs with the key pair that ./run.sh keeps in
# .courier/standalone/configuration/courier-jwt, which only that server trusts. With a real identity
# provider (docs/security.md), customers get their tokens from it and this key pair plays no part.
set -euo pipefail
cd "$(dirname "$0")"
keys=.courier/standalone/configuration/courier-jwt
if [ ! -f "$keys/private-key.pem" ] || [ ! -d tokens/target/lib ]; then
    echo "token.sh: no development keys yet: run ./run.sh once first" >&2
    exit 1
fi
if [ "${1:-}" = "--admin" ]; then
    set -- admin "$keys" "${@:2}"
elif [ $# -ge 1 ]; then
    set -- customer "$keys" "$@"
else
    echo "usage: ./token.sh <user id> [minutes] | ./token.sh --admin [minutes]" >&2
    exit 2
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "tokens/target/classes:tokens/target/lib/*" dev.courier.tokens.Main "$@"
