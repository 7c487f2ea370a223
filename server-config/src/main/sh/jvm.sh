# The server JVM's memory for Courier, sourced by run.sh and bench/run.sh before they start WildFly.
# Measured with bench/run.sh on 2 cores (docs/benchmarks.md): WildFly's default (-Xmx512m, G1, one
# malloc arena per thread) peaked at 988 MiB RSS under the chain's load; the live heap stays far
# below 256 MiB, and on 2 cores the serial collector's young pauses are short while G1's own
# structures cost about 50 MiB. Set either variable yourself to override.
: "${JBOSS_JAVA_SIZING:=-Xms64m -Xmx256m -XX:MaxMetaspaceSize=256m -XX:+UseSerialGC}"
: "${MALLOC_ARENA_MAX:=2}"
export JBOSS_JAVA_SIZING MALLOC_ARENA_MAX
