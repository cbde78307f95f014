#!/usr/bin/env bash
# Sustained load on loopback: starts the packaged service (target/quarkus-app, built if missing), warms it up, then
# drives it for DURATION seconds with CONNECTIONS connections, each alternating between the front-page query and
# the person-graph query (scripts/lib/soak.lua). Reports errors (non-200 answers, 200 answers carrying "errors",
# socket errors and timeouts), p50/p99/max latency, req/s, and the server's resident memory (VmRSS from
# /proc/<pid>/status) after the warm-up and after the soak, with the growth in %. Targets: 0 errors and RSS
# growth under 10 % after the warm-up (5 s at THREADS connections, then WARMUP s at CONNECTIONS). Runs once with the answer cache on (the default) and once with
# -Dkhabar.cache.enabled=false, each on a fresh server that is stopped at the end (also on failure or Ctrl-C).
# Exits 1 if a target is missed.
#
#   scripts/soak.sh                                   # 60 s, 64 connections, cache on then off, port 8191
#   DURATION=300 CONNECTIONS=128 CACHE=off scripts/soak.sh
# Environment: DURATION (s), CONNECTIONS, THREADS (wrk threads), WARMUP (s), CACHE (on|off|both), PORT,
# JAVA (default java on PATH), JAVA_OPTS (JVM options, default -Xms512m -Xmx512m), WRK_TIMEOUT (per request), REBUILD.
# Server logs: target/soak/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

DURATION=${DURATION:-60}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-20}
CACHE=${CACHE:-both}
PORT=${PORT:-8191}
JAVA=${JAVA:-java}
# A bounded heap, as any deployment sets one: with the JVM's default (a quarter of RAM, 6 GiB on these machines) the
# heap keeps growing under load and RSS with it, which is the collector's choice, not a leak.
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx512m}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
OUT=target/soak

case $CACHE in
  both) modes=(on off) ;;
  on | off) modes=("$CACHE") ;;
  *) die "CACHE must be on, off or both" ;;
esac
require_free_port "$PORT"
need_wrk
build_plain
mkdir -p "$OUT"

server_pid=
cleanup() { stop_pid "$server_pid" 20; }
trap cleanup EXIT
trap 'exit 130' INT TERM

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# wrk for $1 seconds; prints the SOAK line.
drive() {
  QUERY_A=$FRONT_PAGE_QUERY QUERY_B=$PERSON_GRAPH_QUERY \
    timeout $(($1 + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1s" --timeout "$WRK_TIMEOUT" \
    -s scripts/lib/soak.lua "http://127.0.0.1:$PORT/graphql" | grep '^SOAK'
}
field() { sed -E "s/.*[ ]$1=([0-9.]+).*/\1/" <<<"$2"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: figures are noisy)"
echo "server: $($JAVA -version 2>&1 | head -1) ${JAVA_OPTS:+($JAVA_OPTS)}; wrk: $THREADS threads," \
  "$CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s soak, front page and person graph alternating"
failed=0
for mode in "${modes[@]}"; do
  enabled=$([[ $mode == on ]] && echo true || echo false)
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  out=$(python3 "$READY_TIMER" --keep --port "$PORT" --timeout 180 --log "$OUT/server-cache-$mode.log" -- \
    "$JAVA" $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dkhabar.cache.enabled="$enabled" \
    -jar "$PLAIN_APP/quarkus-run.jar") || die "the server did not start (log: $OUT/server-cache-$mode.log)"
  server_pid=$(sed -n 's/^pid=//p' <<<"$out")
  echo "== khabar.cache.enabled=$enabled (pid $server_pid, $(sed -E 's/ready_ms=([0-9]+).*/ready in \1 ms/' <<<"$out"))"

  # A cold server hit by CONNECTIONS requests at once parses the same HQL in every worker thread (ANTLR, one
  # shared lock) and stalls for seconds: warm it gently first, then at full concurrency.
  gentle=$(CONNECTIONS=$THREADS drive 5) || die "gentle warm-up failed"
  echo "warm-up: ${gentle/SOAK/$THREADS connections 5s:}"
  warm=$(drive "$WARMUP") || die "warm-up failed"
  echo "warm-up: ${warm/SOAK/$CONNECTIONS connections ${WARMUP}s:}"
  sleep 2
  rss_before=$(rss_kib "$server_pid")
  soak=$(drive "$DURATION") || die "soak failed"
  kill -0 "$server_pid" 2>/dev/null || die "the server died during the soak (log: $OUT/server-cache-$mode.log)"
  rss_after=$(rss_kib "$server_pid")
  hwm=$(hwm_kib "$server_pid")
  echo "soak:    $soak"

  errors=$(( $(field non200 "$soak") + $(field graphql_errors "$soak") + $(field socket_errors "$soak") ))
  growth=$(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN { printf "%.1f", 100 * (a - b) / b }')
  verdict=ok
  if (( errors > 0 )) || awk -v g="$growth" 'BEGIN { exit !(g >= 10) }'; then
    verdict="TARGET MISSED"
    failed=1
  fi
  printf 'RESULT cache=%-3s errors=%d req/s=%s p99=%s ms RSS before=%s MiB after=%s MiB growth=%s%% (peak %s MiB) %s\n' \
    "$mode" "$errors" "$(field req_s "$soak")" "$(field p99_ms "$soak")" "$(mib "$rss_before")" \
    "$(mib "$rss_after")" "$growth" "$(mib "$hwm")" "$verdict"

  stop_pid "$server_pid" 20
  server_pid=
done
exit "$failed"
