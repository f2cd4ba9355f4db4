#!/usr/bin/env bash
# Stops the Neo4j started by neo4j/start-background.sh: SIGTERM, then waits (≤ 60 s) for a clean shutdown.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
state="$(dirname "$here")/.data"
if [[ ! -f "$state/neo4j.pid" ]]; then
  echo "neo4j: not running (no $state/neo4j.pid)" >&2
  exit 0
fi
pid="$(cat "$state/neo4j.pid")"
if kill -TERM "$pid" 2>/dev/null; then
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: still running after 60 s; killing pid $pid" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
fi
rm -f "$state/neo4j.pid" "$state/neo4j.url"
echo "neo4j: stopped" >&2
