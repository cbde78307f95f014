#!/usr/bin/env bash
# One ingest job and two serving replicas on one PostgreSQL database (the packaged PostgreSQL build in
# target/quarkus-app, built with -Dquarkus.profile=postgres):
#   1. ingest the seeds (khabar.role=ingest: loads, reports, exits), start two replicas (khabar.role=serve) on
#      different ports; both answer q1, q2, people(name:) and search identically;
#   2. under a request loop on both replicas, ingest a second corpus (the seeds and the dev pages): both replicas
#      serve the new generation within 10 s of the ingest job's exit; no request fails and no answer mixes two
#      generations; afterwards both answer identically again, from the new corpus.
# Needs an empty database: JDBC_URL (jdbc:postgresql://127.0.0.1:5439/khabar_replicas), DB_USER, DB_PASSWORD.
# Ports PORT_A and PORT_B (default 8093, 8094). Everything it starts is stopped by PID at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JDBC_URL:?JDBC_URL of an empty PostgreSQL database}"
DB_USER=${DB_USER:-khabar}
DB_PASSWORD=${DB_PASSWORD:-khabar}
PORT_A=${PORT_A:-8093}
PORT_B=${PORT_B:-8094}
POLL=${POLL:-2s}
APP=target/quarkus-app/quarkus-run.jar
[[ -f $APP ]] || { echo "build first: ./mvnw -B package -DskipTests -Dquarkus.profile=postgres" >&2; exit 1; }

work=$(mktemp -d -t khabar-replicas.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

export QUARKUS_DATASOURCE_JDBC_URL=$JDBC_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD
fail() { echo "FAIL: $*" >&2; exit 1; }

ingest() { # ingest CORPUS_DIR LOG
  KHABAR_ROLE=ingest KHABAR_CORPUS_DIR=$1 QUARKUS_HTTP_HOST_ENABLED=false java -jar "$APP" > "$2" 2>&1 \
    || { tail -30 "$2" >&2; fail "ingest of $1 exited non-zero"; }
  grep -h 'ingest report' "$2" | sed 's/^.*ingest report/  ingest report/'
}

post() { # post PORT QUERY -> body
  python3 - "$1" "$2" <<'PY'
import http.client, json, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]), timeout=30)
c.request("POST", "/graphql", json.dumps({"query": sys.argv[2]}), {"Content-Type": "application/json"})
r = c.getresponse(); body = r.read().decode()
if r.status != 200 or '"errors"' in body:
    sys.exit("HTTP %d %s" % (r.status, body[:300]))
print(body)
PY
}

served_generation() { # PORT -> generation in the readiness data
  curl -s -m 5 "http://127.0.0.1:$1/q/health/ready" | python3 -c 'import json,sys
d=json.load(sys.stdin)
print([c for c in d["checks"] if c["name"]=="corpus"][0]["data"]["generation"])' 2>/dev/null || echo none
}

QUERIES=(
  '{ articles(first: 20) { nodes { id title publishedAt people { count person { id name } } relatedStories(first: 3) { score article { id title } } } } }'
  '{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes { title people { person { name } } } } coMentioned(first: 5) { sharedStories person { name } } } } }'
  '{ people(first: 5, name: "غالانت") { totalCount nodes { id name aliases } } articles(first: 5, search: "غزة") { totalCount nodes { id title } } }'
  '{ pages(first: 100) { totalCount nodes { id fileName stories { id } } } ingestion { pagesLoaded storiesLoaded } }'
)

same_answers() { # label
  local i=0
  for q in "${QUERIES[@]}"; do
    a=$(post "$PORT_A" "$q") || fail "replica A: $a"
    b=$(post "$PORT_B" "$q") || fail "replica B: $b"
    [[ $a == "$b" ]] || fail "$1: replicas answer query $i differently"
    echo "$a" > "$work/$1-q$i.json"
    i=$((i + 1))
  done
  echo "  $1: both replicas gave identical answers to ${#QUERIES[@]} queries"
}

mkdir -p "$work/first" "$work/second"
cp seeds/*.txt "$work/first/"
cp seeds/*.txt src/test/resources/dev/pages/*.txt "$work/second/"

echo "== ingest 1: $(ls "$work/first" | wc -l) files"
ingest "$work/first" "$work/ingest1.log"

for port in "$PORT_A" "$PORT_B"; do
  KHABAR_ROLE=serve KHABAR_GENERATION_POLL=$POLL QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    java -Dquarkus.http.port="$port" -jar "$APP" > "$work/replica-$port.log" 2>&1 &
  pids+=($!)
done
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null || { tail -30 "$work/replica-$port.log" >&2; fail "replica on $port not ready"; }
done
g1=$(served_generation "$PORT_A")
[[ $g1 == "$(served_generation "$PORT_B")" ]] || fail "replicas serve different generations"
echo "== two replicas ready on $PORT_A and $PORT_B, serving generation $g1"
same_answers first

echo "== ingest 2 under load: $(ls "$work/second" | wc -l) files"
for port in "$PORT_A" "$PORT_B"; do
  python3 scripts/lib/generation_check.py --port "$port" --duration 1000 > "$work/check-$port.txt" 2>&1 &
  pids+=($!)
  checkers+=($!)
done
sleep 2
ingest "$work/second" "$work/ingest2.log"
ingested=$(date +%s.%N)
g2=$((g1 + 1))
for port in "$PORT_A" "$PORT_B"; do
  until [[ $(served_generation "$port") == "$g2" ]]; do
    awk -v s="$ingested" -v n="$(date +%s.%N)" 'BEGIN { exit !(n - s > 10) }' && fail "replica on $port still serves $(served_generation "$port") 10 s after the ingest"
    sleep 0.1
  done
  awk -v s="$ingested" -v n="$(date +%s.%N)" -v p="$port" 'BEGIN { printf "  replica %s serves generation '"$g2"' %.1f s after the ingest job exited\n", p, n - s }'
done
sleep 2
for pid in "${checkers[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
for pid in "${checkers[@]}"; do wait "$pid" 2>/dev/null || true; done
for port in "$PORT_A" "$PORT_B"; do
  line=$(grep '^GENERATIONS' "$work/check-$port.txt" || true)
  echo "  replica $port during the switch: $line"
  [[ -n $line ]] || { cat "$work/check-$port.txt" >&2; fail "no result from the request loop on $port"; }
  grep -q ' errors=0 mixed=0 ' <<<"$line " || fail "requests failed or mixed generations on $port: $line"
  grep -q 'distinct=2' <<<"$line" || fail "the loop on $port did not see both generations: $line"
done
same_answers second
cmp -s "$work/first-q3.json" "$work/second-q3.json" && fail "the second corpus answers as the first"
echo "replicas: 2 passed, 0 failed"
