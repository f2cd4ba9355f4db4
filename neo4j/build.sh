#!/usr/bin/env bash
# Builds the local Neo4j launcher (neo4j/target) when it is missing or older than its sources.
# The first build fetches Neo4j Community from Maven Central into ~/.m2 (a minute or more).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/neo4j-launcher.jar"
if ! command -v java >/dev/null 2>&1; then
  echo "neo4j: java is not installed (Neo4j 5.26 needs Java 17: apt-get install openjdk-17-jdk-headless)" >&2
  exit 3
fi
if [[ -f "$jar" && -d "$here/target/lib" && "$jar" -nt "$here/pom.xml" \
      && -z "$(find "$here/src" -newer "$jar" -type f -print -quit)" ]]; then
  exit 0
fi
if ! command -v mvn >/dev/null 2>&1; then
  echo "neo4j: maven is not installed (apt-get install maven), needed to fetch Neo4j from Maven Central" >&2
  exit 3
fi
echo "neo4j: building the launcher (mvn package; the first run downloads Neo4j)…" >&2
(cd "$here" && mvn -q -B package) >&2
