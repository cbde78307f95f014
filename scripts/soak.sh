#!/usr/bin/env bash
# Sustained load on loopback: starts the packaged service (target/quarkus-app, built if missing), warms it up, then
# drives it for DURATION seconds with CONNECTIONS connections, each alternating between the front-page query and
# the person-graph query (scripts/lib/soak.lua). Reports errors (non-200 answers, 200 answers carrying "errors",
# socket errors and timeouts), p50/p99/max latency, req/s, and the server's resident memory (VmRSS from
# /proc/<pid>/status) after the warm-up and after the soak, with the growth in %. Targets: 0 errors and RSS
# growth under 10 % after the warm-up (5 s at THREADS connections, then WARMUP s at CONNECTIONS). Runs once with the answer cache on (the default) and once with
# -Dkhabar.cache.enabled=false, each on a fresh server that is stopped at the end (also on failure or Ctrl-C).
# With RELOAD_EVERY seconds (default 5; 0: no reloads, the packaged seeds), the server serves a copy of the 30 dev pages
# (src/test/resources/dev/pages) with khabar.corpus.reload-check=1s, and every RELOAD_EVERY seconds one page is taken
# out of the folder or put back, so the corpus is reloaded under load, alternating between two generations
# (30 and 29 pages). Meanwhile scripts/lib/generation_check.py asks, one request after another, for the pages, the
# articles count and the ingestion report, and counts answers that mix two generations. Targets then also: 0 errors
# and 0 mixed answers from the checker, and at least one reload during the soak.
# Exits 1 if a target is missed.
#
#   scripts/soak.sh                                   # 60 s, 64 connections, cache on then off, port 8191
#   DURATION=300 CONNECTIONS=128 CACHE=off scripts/soak.sh
#   RELOAD_EVERY=0 scripts/soak.sh                    # no reloads: the packaged seeds, as before
# Environment: DURATION (s), CONNECTIONS, THREADS (wrk threads), WARMUP (s), CACHE (on|off|both), PORT, RELOAD_EVERY (s),
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
RELOAD_EVERY=${RELOAD_EVERY:-5}
OUT=target/soak
DEV_PAGES=src/test/resources/dev/pages
# taken out of the corpus folder and put back, turn by turn
TOGGLED_PAGE=29_berwaz_weather_kuwait.txt

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
reloader_pid=
cleanup() {
  [[ -n $reloader_pid ]] && kill "$reloader_pid" 2>/dev/null || true
  stop_pid "$server_pid" 20
}
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

# Moves the toggled page out of the corpus folder $1 and back every RELOAD_EVERY seconds, until killed.
toggle_pages() {
  local corpus=$1 parked=$2
  while sleep "$RELOAD_EVERY"; do
    if [[ -f $corpus/$TOGGLED_PAGE ]]; then
      mv "$corpus/$TOGGLED_PAGE" "$parked/"
    else
      mv "$parked/$TOGGLED_PAGE" "$corpus/"
    fi
  done
}
reloads_in() { grep -c 'serving generation' "$1" || true; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: figures are noisy)"
echo "server: $($JAVA -version 2>&1 | head -1) ${JAVA_OPTS:+($JAVA_OPTS)}; wrk: $THREADS threads," \
  "$CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s soak, front page and person graph alternating"
failed=0
for mode in "${modes[@]}"; do
  enabled=$([[ $mode == on ]] && echo true || echo false)
  corpus_opts=()
  expect=5
  if (( RELOAD_EVERY > 0 )); then
    corpus=$OUT/corpus-$mode
    rm -rf "$corpus" "$corpus-parked"
    mkdir -p "$corpus" "$corpus-parked"
    cp "$DEV_PAGES"/*.txt "$corpus/"
    corpus_opts=(-Dkhabar.corpus.dir="$corpus" -Dkhabar.corpus.reload-check=1s)
    expect=$(ls "$corpus"/*.txt | wc -l)
  fi
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
  out=$(python3 "$READY_TIMER" --keep --port "$PORT" --timeout 180 --expect "$expect" \
    --log "$OUT/server-cache-$mode.log" -- \
    "$JAVA" $JAVA_OPTS -Dquarkus.http.port="$PORT" -Dkhabar.cache.enabled="$enabled" "${corpus_opts[@]}" \
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
  if (( RELOAD_EVERY > 0 )); then
    # reloads start with the soak, so the memory measured before it is the steady state of one generation
    toggle_pages "$corpus" "$corpus-parked" &
    reloader_pid=$!
    reloads_before=$(reloads_in "$OUT/server-cache-$mode.log")
    python3 scripts/lib/generation_check.py --port "$PORT" --duration "$DURATION" >"$OUT/generations-$mode.txt" &
    checker_pid=$!
  fi
  rss_before=$(rss_kib "$server_pid")
  soak=$(drive "$DURATION") || die "soak failed"
  kill -0 "$server_pid" 2>/dev/null || die "the server died during the soak (log: $OUT/server-cache-$mode.log)"
  rss_after=$(rss_kib "$server_pid")
  hwm=$(hwm_kib "$server_pid")
  echo "soak:    $soak"

  errors=$(( $(field non200 "$soak") + $(field graphql_errors "$soak") + $(field socket_errors "$soak") ))
  reload_summary=
  if (( RELOAD_EVERY > 0 )); then
    wait "$checker_pid" || die "the generation checker failed"
    kill "$reloader_pid" 2>/dev/null || true
    wait "$reloader_pid" 2>/dev/null || true
    reloader_pid=
    check=$(grep '^GENERATIONS' "$OUT/generations-$mode.txt")
    reloads=$(( $(reloads_in "$OUT/server-cache-$mode.log") - reloads_before ))
    echo "reloads: $reloads during the soak (a page taken out or put back every ${RELOAD_EVERY}s); checker: $check"
    errors=$(( errors + $(field errors "$check") ))
    mixed=$(field mixed "$check")
    reload_summary=" reloads=$reloads mixed=$mixed"
    if (( mixed > 0 || reloads == 0 )); then
      failed=1
      reload_summary+=" TARGET MISSED"
    fi
  fi
  growth=$(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN { printf "%.1f", 100 * (a - b) / b }')
  verdict=ok
  if (( errors > 0 )) || awk -v g="$growth" 'BEGIN { exit !(g >= 10) }'; then
    verdict="TARGET MISSED"
    failed=1
  fi
  printf 'RESULT cache=%-3s errors=%d req/s=%s p99=%s ms RSS before=%s MiB after=%s MiB growth=%s%% (peak %s MiB) %s%s\n' \
    "$mode" "$errors" "$(field req_s "$soak")" "$(field p99_ms "$soak")" "$(mib "$rss_before")" \
    "$(mib "$rss_after")" "$growth" "$(mib "$hwm")" "$verdict" "$reload_summary"

  stop_pid "$server_pid" 20
  server_pid=
done
exit "$failed"
