#!/usr/bin/env bash
# GraphQL throughput on loopback: { __typename } (the engine's floor), the front page and the person graph, first
# with the answer cache (khabar.cache.enabled=true), then without. Prints req/s, p50, p99 per query and the ratios
# to { __typename } measured in the same run. Bounded: DURATION seconds per query (default 10) after WARMUP seconds
# (default 15) of the same query, so the JIT has compiled the path measured.
#   scripts/bench-graphql.sh            (builds the jar if missing; installs wrk from Debian if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8192}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null
[[ -f target/quarkus-app/quarkus-run.jar ]] || ./mvnw -B -q package -DskipTests

TYPENAME='{ __typename }'
FRONT_PAGE='{ articles(first: 20) { nodes { id title publishedAt people { count person { id name } } relatedStories(first: 3) { score article { id title } } } } }'
PERSON_GRAPH='{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes { title people { person { name } } } } coMentioned(first: 5) { sharedStories person { name } } } } }'

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
for cache in true false; do
  java -Dquarkus.http.port="$PORT" -Dkhabar.cache.enabled="$cache" -jar target/quarkus-app/quarkus-run.jar \
    > "target/bench-server-$cache.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do
    curl -sf "localhost:$PORT/q/health/ready" >/dev/null && break
    sleep 0.5
  done
  echo "== khabar.cache.enabled=$cache"
  declare -A rate=()
  for name in TYPENAME FRONT_PAGE PERSON_GRAPH; do
    query=${!name}
    QUERY="$query" LABEL="warm-up" wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s scripts/bench/graphql.lua \
      "http://localhost:$PORT/graphql" >/dev/null
    line=$(QUERY="$query" LABEL="$name" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s scripts/bench/graphql.lua \
      "http://localhost:$PORT/graphql" | grep '^RESULT')
    echo "$line"
    rate[$name]=$(sed -E 's/.*req\/s= *([0-9.]+).*/\1/' <<<"$line")
  done
  awk -v t="${rate[TYPENAME]}" -v f="${rate[FRONT_PAGE]}" -v p="${rate[PERSON_GRAPH]}" \
    'BEGIN { printf "ratio to { __typename }: front page 1/%.1f (%.1f%%), person graph 1/%.1f (%.1f%%)\n", t/f, 100*f/t, t/p, 100*p/t }'
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
done
