# Courier's own PostgreSQL (module database: server programs from Maven Central), for run.sh and
# bench/run.sh, which source this from the repository's root after the build.
#   courier_database start <home> <port>   starts it (a new cluster in <home> on the first run)
#   courier_database stop <home>           stops it
#   courier_database_start <home> <port>   starts it and exports each service's
#                                          COURIER_<SERVICE>_DB_URL, _USER and _PASSWORD
courier_database() {
    "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "database/target/classes:database/target/lib/*" dev.courier.database.CourierDatabase "$@"
}

courier_database_start() {
    local assignments name value
    assignments=$(courier_database start "$1" "$2")
    while IFS='=' read -r name value; do
        export "$name=$value"
    done <<< "$assignments"
}
