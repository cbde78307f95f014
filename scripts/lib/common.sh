# Shared helpers for scripts/startup.sh and scripts/soak.sh (sourced, not run). Expects the caller to have done
# `set -euo pipefail` and `cd` to the repository root.

JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PLAIN_APP=target/quarkus-app          # the README's packaging: fast-jar, built with the default JDK
READY_TIMER=scripts/lib/ready_timer.py

FRONT_PAGE_QUERY='{ articles(first: 20) { nodes { id title publishedAt people { count person { id name } } relatedStories(first: 3) { score article { id title } } } } }'
PERSON_GRAPH_QUERY='{ people(first: 10) { nodes { name aliases articles(first: 5) { nodes { title people { person { name } } } } coMentioned(first: 5) { sharedStories person { name } } } } }'

say() { printf '%s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# The port must be free: another service on it would answer our readiness polls.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "port $1 is already in use (set PORT to one of 8190-8199 that is free)"
  fi
}

need_wrk() {
  command -v wrk >/dev/null && return
  say "installing wrk from Debian"
  { apt-get update -qq && apt-get install -y -qq wrk; } >/dev/null
}

# Builds target/quarkus-app (the README's build) unless it is there already or REBUILD=1.
build_plain() {
  if [[ ${REBUILD:-0} == 1 || ! -f $PLAIN_APP/quarkus-run.jar ]]; then
    say "building $PLAIN_APP (./mvnw package, $(java -version 2>&1 | head -1))"
    ./mvnw -B -q -ntp package -DskipTests >&2
  fi
}

# POSTs one GraphQL query to 127.0.0.1:$1 and prints the HTTP status.
graphql_status() {
  local body
  body=$(python3 -c 'import json, sys; print(json.dumps({"query": sys.argv[1]}))' "$2")
  curl -s -m 30 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/graphql" \
    -H 'Content-Type: application/json' --data "$body"
}

# Stops a server started by ready_timer.py --keep: SIGTERM, then SIGKILL after $2 seconds (default 30).
stop_pid() {
  local pid=$1 grace=${2:-30} waited=0
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do
    if (( waited >= grace * 5 )); then
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
}

# "loaded 5 pages ... in N ms (0 files skipped)": prints N from a server log, or "?".
corpus_load_ms() {
  sed -nE 's/.*loaded [0-9]+ pages.* in ([0-9]+) ms \([0-9]+ files skipped.*/\1/p' "$1" | head -1 | grep . || echo '?'
}

# Reads numbers (one a line) on stdin; prints "median min max n".
stats() {
  sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "? ? ? 0"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.0f %.0f %.0f %d\n", m, v[1], v[NR], NR }'
}
