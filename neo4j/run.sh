#!/usr/bin/env bash
# Starts the local Neo4j in the foreground: prints its bolt URL when ready, stops on Ctrl-C/SIGTERM.
# Usage: neo4j/run.sh [--port N] [--data DIR] [--pagecache BYTES] [--tx-log-retention "1G size"|"2 days"|...]
# Env: NEO4J_PORT, NEO4J_PASSWORD (turns authentication on), NEO4J_DATA,
#      NEO4J_SETTINGS (extra Neo4j settings, "name=value name=value", as in neo4j.conf; e.g.
#      NEO4J_SETTINGS="db.tx_state.memory_allocation=OFF_HEAP" — for trying settings, none is needed),
#      NEO4J_JAVA_OPTS (heap and GC; default -Xms2g -Xmx2g -XX:+UseG1GC with half the heap as the
#      young generation: loads allocate much short-lived transaction state, and a small young
#      generation copied it 3-4 s per 100k-relationship load, 1 s with this).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
"$here/build.sh"
data="${NEO4J_DATA:-$root/.data/neo4j}"
mkdir -p "$data"
# The module opens and flags Neo4j's own launcher passes (without java.nio opened the page cache
# falls back to a slower mode).
jvm_flags=(
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC
  -XX:-OmitStackTraceInFastThrow -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
)
# shellcheck disable=SC2086
exec java ${NEO4J_JAVA_OPTS:--Xms2g -Xmx2g -XX:+UseG1GC -XX:+UnlockExperimentalVMOptions -XX:G1NewSizePercent=50} "${jvm_flags[@]}" \
  -cp "$here/target/neo4j-launcher.jar:$here/target/lib/*" kg.neo4j.Launcher --data "$data" "$@"
