#!/usr/bin/env bash
# Scale benchmark on PostgreSQL (a script, not a test): for each size, a synthetic corpus of that many pages
# (recombined from seeds/, as scripts/bench-related.sh makes them) is ingested by the ingest job into a fresh database
# of a throwaway cluster; then one serving replica with its answer cache off answers q1 (the front page), q2 (the
# person graph) and people(name:) REQUESTS times each after WARMUP unmeasured rounds. Prints per size: pages,
# stories, people, ingest wall time, database size, p50 and p99 of each query, and the ratios of the largest size to
# the smallest.
#   scripts/bench-pg.sh [pages...]        (default: 10000 100000)
# Needs the PostgreSQL build: ./mvnw -B package -DskipTests -Dquarkus.profile=postgres. Uses PG_PORT (default 5439)
# and PORT (default 8095); HEAP (default 8g) for the ingest job (100 000 pages ran with 14g: its live heap is about
# 6 GB). Everything it starts is stopped by PID at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 100000)
PG_PORT=${PG_PORT:-5439}
PORT=${PORT:-8095}
HEAP=${HEAP:-8g}
REQUESTS=${REQUESTS:-200}
WARMUP=${WARMUP:-100}
APP=target/quarkus-app/quarkus-run.jar
[[ -f $APP ]] || { echo "build first: ./mvnw -B package -DskipTests -Dquarkus.profile=postgres" >&2; exit 1; }

work=$(mktemp -d -t khabar-bench-pg.XXXXXX)
chmod 755 "$work"
server=
cleanup() {
  [[ -n $server ]] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
  scripts/pg-cluster.sh stop "$work/cluster" || true
  rm -rf "$work"
}
trap cleanup EXIT
url=$(scripts/pg-cluster.sh start "$work/cluster" "$PG_PORT")
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(psql --version)"

# the synthetic corpus writer lives in the test sources
./mvnw -q -B -ntp test-compile -Dquarkus.profile=postgres
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath" >/dev/null

export QUARKUS_DATASOURCE_USERNAME=khabar QUARKUS_DATASOURCE_PASSWORD=khabar
results=$work/results.tsv
for size in "${SIZES[@]}"; do
  db=bench_$size
  scripts/pg-cluster.sh createdb "$work/cluster" "$PG_PORT" "$db"
  export QUARKUS_DATASOURCE_JDBC_URL=${url%/*}/$db
  java -cp "target/classes:target/test-classes:$(cat "$work/classpath")" app.khabar.related.SyntheticCorpusFiles \
    seeds "$work/corpus-$size" "$size"
  start=$(date +%s.%N)
  KHABAR_ROLE=ingest KHABAR_CORPUS_DIR=$work/corpus-$size QUARKUS_HTTP_HOST_ENABLED=false \
    java -Xmx"$HEAP" -jar "$APP" > "$work/ingest-$size.log" 2>&1 || { tail -20 "$work/ingest-$size.log"; exit 1; }
  ingest_s=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
  rm -rf "$work/corpus-$size"
  report=$(grep -h 'ingest report' "$work/ingest-$size.log" | sed 's/^.*ingest report: //')
  bytes=$(PGPASSWORD=khabar psql -h 127.0.0.1 -p "$PG_PORT" -U khabar -d "$db" -Atc "select pg_database_size('$db')")
  echo "== $size pages: $report; ingest ${ingest_s} s (JVM start to exit); database $((bytes / 1048576)) MB"

  KHABAR_ROLE=serve KHABAR_CACHE_ENABLED=false QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    java -Dquarkus.http.port="$PORT" -jar "$APP" > "$work/serve-$size.log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
  python3 - "$PORT" "$size" "$ingest_s" "$bytes" "$REQUESTS" "$WARMUP" "$report" >> "$results" <<'PY'
import http.client, json, statistics, sys, time
port, size, ingest_s, size_bytes, n, warm, report = sys.argv[1:]
queries = {
    "q1": "{ articles(first: 20) { nodes { id title publishedAt people { count person { id name } } "
          "relatedStories(first: 3) { score article { id title } } } } }",
    "q2": "{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes { title people { person { name } } } } "
          "coMentioned(first: 5) { sharedStories person { name } } } } }",
    "people(name:)": "{ people(first: 10, name: \"غالانت\") { totalCount nodes { id name aliases } } }",
}
conn = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
def post(q):
    t = time.perf_counter()
    conn.request("POST", "/graphql", json.dumps({"query": q}), {"Content-Type": "application/json"})
    r = conn.getresponse(); body = r.read()
    if r.status != 200 or b'"errors"' in body:
        sys.exit("query failed: %s" % body[:300])
    return (time.perf_counter() - t) * 1000
cols = [size, ingest_s, size_bytes]
for name, q in queries.items():
    for _ in range(int(warm)):
        post(q)
    ms = sorted(post(q) for _ in range(int(n)))
    p50 = ms[len(ms) // 2]; p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print("   %-14s p50 %7.1f ms  p99 %7.1f ms" % (name, p50, p99), file=sys.stderr)
    cols += ["%.1f" % p50, "%.1f" % p99]
print("\t".join(cols + [report]))
PY
  kill "$server"; wait "$server" 2>/dev/null || true; server=
done

echo
echo "| pages | ingest | database | q1 p50 / p99 | q2 p50 / p99 | people(name:) p50 / p99 | report |"
echo "|---|---|---|---|---|---|---|"
awk -F'\t' '{ printf "| %s | %s s | %d MB | %s / %s ms | %s / %s ms | %s / %s ms | %s |\n", $1, $2, $3 / 1048576, $4, $5, $6, $7, $8, $9, $10 }' "$results"
if [[ ${#SIZES[@]} -gt 1 ]]; then
  awk -F'\t' 'NR == 1 { a4 = $4; a6 = $6; a8 = $8 } END { printf "largest / smallest p50: q1 %.2f, q2 %.2f, people(name:) %.2f\n", $4 / a4, $6 / a6, $8 / a8 }' "$results"
fi
