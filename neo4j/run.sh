#!/usr/bin/env bash
# Starts the local Neo4j in the foreground: prints its bolt URL when ready, stops on Ctrl-C/SIGTERM.
# Usage: neo4j/run.sh [--port N] [--data DIR] [--pagecache BYTES]
# Env: NEO4J_PORT, NEO4J_PASSWORD (turns authentication on), NEO4J_DATA, NEO4J_JAVA_OPTS (default -Xmx2g).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
"$here/build.sh"
data="${NEO4J_DATA:-$root/.data/neo4j}"
mkdir -p "$data"
# shellcheck disable=SC2086
exec java ${NEO4J_JAVA_OPTS:--Xmx2g -XX:+UseG1GC} -cp "$here/target/neo4j-launcher.jar:$here/target/lib/*" \
  kg.neo4j.Launcher --data "$data" "$@"
