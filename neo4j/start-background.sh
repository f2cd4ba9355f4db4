#!/usr/bin/env bash
# Starts the local Neo4j in the background (for tests and CI), waits until it answers (≤ 120 s),
# and writes its URL to .data/neo4j.url and its pid to .data/neo4j.pid. Reuses a running one.
# Arguments and env as for neo4j/run.sh. Stop it with neo4j/stop.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
state="$root/.data"
mkdir -p "$state"
if [[ -f "$state/neo4j.pid" && -f "$state/neo4j.url" ]] && kill -0 "$(cat "$state/neo4j.pid")" 2>/dev/null; then
  echo "neo4j: already running at $(cat "$state/neo4j.url") (pid $(cat "$state/neo4j.pid"))" >&2
  cat "$state/neo4j.url"
  exit 0
fi
rm -f "$state/neo4j.url" "$state/neo4j.pid"
"$here/build.sh"
out="$state/neo4j.out"
: > "$out"
nohup "$here/run.sh" "$@" > "$out" 2> "$state/neo4j.log" < /dev/null &
pid=$!
echo "$pid" > "$state/neo4j.pid"
for _ in $(seq 1 240); do
  url="$(grep -m1 '^bolt://' "$out" || true)"
  if [[ -n "$url" ]]; then
    hostport="${url#bolt://}"
    if (exec 3<>"/dev/tcp/${hostport%:*}/${hostport##*:}") 2>/dev/null; then
      echo "$url" > "$state/neo4j.url"
      echo "neo4j: running at $url (pid $pid, log $state/neo4j.log)" >&2
      echo "$url"
      exit 0
    fi
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: the launcher exited before it was ready; last lines of $state/neo4j.log:" >&2
    tail -n 20 "$state/neo4j.log" >&2
    rm -f "$state/neo4j.pid"
    exit 1
  fi
  sleep 0.5
done
echo "neo4j: not ready after 120 s; see $state/neo4j.log" >&2
kill -TERM "$pid" 2>/dev/null || true
rm -f "$state/neo4j.pid"
exit 1
