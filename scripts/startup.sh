#!/usr/bin/env bash
# Start-to-ready on the JVM: the time from launching the service to its first answer to the GraphQL query
# `{ ingestion { pagesLoaded } }` with pagesLoaded=5 (the seeds loaded), polled every 10 ms by
# scripts/lib/ready_timer.py. Measured for
#   0. the floor: JDK 17, the same jar with no corpus (khabar.role=serve on the empty in-memory H2: the same
#      extensions, Flyway migrating the schema, Hibernate, the GraphQL schema and HTTP all start; nothing is loaded;
#      ready when it answers pagesLoaded=0)
#   1. JDK 17, the README's packaged jar   (target/quarkus-app, fast-jar, built with the default JDK)
#   2. JDK 25, the same jar
#   3. JDK 25 with a Leyden AOT cache      (target/quarkus-app-aot: aot-jar packaging + app.aot)
# RUNS runs each, interleaved (0,1,2,3,0,1,2,3,...) so a burst of load elsewhere on the machine hits all alike.
# Prints every run, then per variant the median and min of start-to-ready, the server's CPU time until ready, the
# corpus load time the service logs ("loaded 5 pages ... in N ms"), and the ratios: seeds / floor (target 1.3 at
# most) and AOT / plain (target: AOT under 1 s).
#
# Then restarts on a persistent corpus (PERSISTENT_PAGES, default 20000; 0 skips this part): a synthetic corpus of
# that many pages recombined from the seeds (app.khabar.related.SyntheticCorpusFiles, test sources; written once to
# target/startup/corpus-N) in a file H2 database (target/startup/db-N), JDK 17 plain jar, ready when
# /q/health/ready is UP (a persistent database answers the previous generation's pagesLoaded while a restart loads):
#   first start      loads the corpus into the database when it does not hold it (minutes; shown, not a target)
#   unchanged        PERSISTENT_RUNS restarts with nothing changed (target: 2x the seeds' JDK 17 median at most)
#   one page changed one restart after one page was edited (target: well under a second more than unchanged)
#
# How the AOT cache is made (AOT_TRAINING):
#   requests (default)  build with JDK 25: ./mvnw package -Dquarkus.package.jar.type=aot-jar
#                       -Dquarkus.package.output-directory=quarkus-app-aot, then a training run of that jar with
#                       -XX:AOTCacheOutput=app.aot that serves TRAIN_ROUNDS rounds of the front-page, person-graph
#                       and ingestion queries (answer cache off, so every resolver runs); the JVM writes app.aot
#                       when it is stopped.
#   build               Quarkus's own build-time training: -Dquarkus.package.jar.aot.enabled=true
#                       -Dquarkus.package.jar.aot.type=aot -Dquarkus.package.jar.aot.phase=build (the project
#                       targets Java 17, so without aot.type=aot Quarkus would pick AppCDS). Its training run stops
#                       right after boot, so far fewer classes end up in the cache.
# The AOT build goes to target/quarkus-app-aot and leaves target/quarkus-app alone. Both builds are reused when
# present; REBUILD=1 rebuilds them (the cache must be remade whenever the jars change: the JVM rejects it).
#
#   scripts/startup.sh                                   # RUNS=5 PORT=8190 PERSISTENT_PAGES=20000
#   RUNS=9 AOT_TRAINING=build REBUILD=1 PERSISTENT_PAGES=0 scripts/startup.sh
# Environment: RUNS, PORT, JAVA17 (default: java on PATH), JDK25_HOME, AOT_TRAINING, TRAIN_ROUNDS, READY_TIMEOUT,
# REBUILD, PERSISTENT_PAGES, PERSISTENT_RUNS (default 3), LOAD_TIMEOUT (first load, default 3600 s).
# Logs of every run: target/startup/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh

RUNS=${RUNS:-5}
PORT=${PORT:-8190}
JAVA17=${JAVA17:-java}
JAVA25=$JDK25_HOME/bin/java
AOT_TRAINING=${AOT_TRAINING:-requests}
TRAIN_ROUNDS=${TRAIN_ROUNDS:-20}
READY_TIMEOUT=${READY_TIMEOUT:-180}
PERSISTENT_PAGES=${PERSISTENT_PAGES:-20000}
PERSISTENT_RUNS=${PERSISTENT_RUNS:-3}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-3600}
AOT_APP=target/quarkus-app-aot
OUT=target/startup

[[ -x $JAVA25 ]] || die "no JDK 25 at $JDK25_HOME (set JDK25_HOME)"
[[ $($JAVA17 -version 2>&1 | head -1) == *'"17.'* ]] || die "$JAVA17 is not a JDK 17 (set JAVA17)"
[[ $AOT_TRAINING == requests || $AOT_TRAINING == build ]] || die "AOT_TRAINING must be requests or build"
require_free_port "$PORT"

training_pid=
cleanup() { stop_pid "$training_pid" 10; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Builds target/quarkus-app-aot with JDK 25 and its app.aot, unless both are there, made the same way.
build_aot() {
  local stamp="$AOT_APP/.aot-made-by" want
  want="$AOT_TRAINING $($JAVA25 -version 2>&1 | head -1)"
  if [[ ${REBUILD:-0} != 1 && -f $AOT_APP/app.aot && -f $stamp && $(cat "$stamp") == "$want" ]]; then
    return
  fi
  rm -rf "$AOT_APP"
  local common=(-B -q -ntp package -DskipTests -Dquarkus.package.output-directory=quarkus-app-aot)
  if [[ $AOT_TRAINING == build ]]; then
    say "building $AOT_APP with JDK 25 and Quarkus's build-time AOT training"
    JAVA_HOME=$JDK25_HOME ./mvnw "${common[@]}" -Dquarkus.package.jar.aot.enabled=true \
      -Dquarkus.package.jar.aot.type=aot -Dquarkus.package.jar.aot.phase=build >&2
  else
    say "building $AOT_APP (aot-jar) with JDK 25"
    JAVA_HOME=$JDK25_HOME ./mvnw "${common[@]}" -Dquarkus.package.jar.type=aot-jar >&2
    say "AOT training run: $TRAIN_ROUNDS rounds of queries, then the JVM writes app.aot (takes a minute)"
    local out
    out=$(python3 "$READY_TIMER" --keep --port "$PORT" --timeout "$READY_TIMEOUT" --cwd "$AOT_APP" \
      --log "$OUT/aot-training.log" -- "$JAVA25" -XX:AOTCacheOutput=app.aot -Dkhabar.cache.enabled=false \
      -Dquarkus.http.port="$PORT" -jar quarkus-run.jar)
    training_pid=$(sed -n 's/^pid=//p' <<<"$out")
    for _ in $(seq "$TRAIN_ROUNDS"); do
      for query in "$FRONT_PAGE_QUERY" "$PERSON_GRAPH_QUERY" '{ ingestion { pagesLoaded } }'; do
        status=$(graphql_status "$PORT" "$query")
        [[ $status == 200 ]] || die "training query answered HTTP $status (log: $OUT/aot-training.log)"
      done
    done
    stop_pid "$training_pid" 600   # the cache is assembled at exit, in a child JVM
    training_pid=
  fi
  [[ -s $AOT_APP/app.aot ]] || die "no $AOT_APP/app.aot was written"
  echo "$want" > "$stamp"
}

mkdir -p "$OUT"
build_plain
build_aot
rm -f "$OUT"/*.ready "$OUT"/*.cpu "$OUT"/*.load

variants=(bare jdk17 jdk25 jdk25-aot)
declare -A label=([bare]="floor: no corpus" [jdk17]="JDK 17 plain jar" [jdk25]="JDK 25 plain jar"
  [jdk25-aot]="JDK 25 + AOT cache")
root=$PWD

# One start: launch, time to ready, stop. Appends to $OUT/<variant>.{ready,cpu,load}.
measure() {
  local variant=$1 run=$2 log="$OUT/$1-$2.log" cwd=$root line
  local cmd expect=5
  case $variant in
    bare) cmd=("$JAVA17" -Dkhabar.role=serve -jar "$root/$PLAIN_APP/quarkus-run.jar"); expect=0 ;;
    jdk17) cmd=("$JAVA17" -jar "$root/$PLAIN_APP/quarkus-run.jar") ;;
    jdk25) cmd=("$JAVA25" -jar "$root/$PLAIN_APP/quarkus-run.jar") ;;
    jdk25-aot) cwd=$root/$AOT_APP; cmd=("$JAVA25" -XX:AOTCache=app.aot -jar quarkus-run.jar) ;;
  esac
  # -D options go before -jar: splice the port in after the java executable
  cmd=("${cmd[0]}" -Dquarkus.http.port="$PORT" "${cmd[@]:1}")
  line=$(python3 "$READY_TIMER" --port "$PORT" --timeout "$READY_TIMEOUT" --cwd "$cwd" --log "$log" \
    --expect "$expect" -- "${cmd[@]}") \
    || die "$variant run $run did not get ready (log: $log)"
  local ready cpu load
  ready=$(sed -E 's/.*ready_ms=([0-9]+).*/\1/' <<<"$line")
  cpu=$(sed -E 's/.*cpu_ms=(-?[0-9]+).*/\1/' <<<"$line")
  load=$(corpus_load_ms "$log")
  echo "$ready" >> "$OUT/$variant.ready"
  echo "$cpu" >> "$OUT/$variant.cpu"
  [[ $load == '?' ]] || echo "$load" >> "$OUT/$variant.load"
  printf '  run %d  %-20s ready %6d ms   cpu %6d ms   corpus load %5s ms\n' "$run" "${label[$variant]}" \
    "$ready" "$cpu" "$load"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: figures are noisy)"
echo "JDK 17: $($JAVA17 -version 2>&1 | head -1); JDK 25: $($JAVA25 -version 2>&1 | head -1)"
echo "AOT cache: $AOT_APP/app.aot ($(du -m "$AOT_APP/app.aot" | cut -f1) MiB, training: $AOT_TRAINING)"
echo "start-to-ready, $RUNS runs each, interleaved:"
for run in $(seq "$RUNS"); do
  for variant in "${variants[@]}"; do
    measure "$variant" "$run"
  done
done

echo
printf '%-20s %13s %9s %14s %19s\n' "variant" "ready median" "min" "cpu median" "corpus load median"
declare -A median=()
for variant in "${variants[@]}"; do
  read -r med min _ _ < <(stats < "$OUT/$variant.ready")
  read -r cpu _ _ _ < <(stats < "$OUT/$variant.cpu")
  read -r load _ _ _ < <(stats < "$OUT/$variant.load" 2>/dev/null || echo '? ? ? 0')
  median[$variant]=$med
  printf '%-20s %10s ms %6s ms %11s ms %16s ms\n' "${label[$variant]}" "$med" "$min" "$cpu" "$load"
done
awk -v a="${median[jdk25-aot]}" -v p25="${median[jdk25]}" -v p17="${median[jdk17]}" -v b="${median[bare]}" 'BEGIN {
  printf "ratio of medians: AOT / JDK 25 plain = %.2f (%.1fx faster), AOT / JDK 17 plain = %.2f (%.1fx faster)\n",
    a / p25, p25 / a, a / p17, p17 / a
  printf "seeds / floor (JDK 17) = %.2f: target 1.3 at most %s\n", p17 / b, (p17 <= 1.3 * b ? "met" : "NOT met")
  printf "target under 1 s with AOT: %s\n", (a < 1000 ? "met" : "NOT met") }'
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)"

(( PERSISTENT_PAGES > 0 )) || exit 0

# ---- restarts on a persistent corpus
corpus=$root/$OUT/corpus-$PERSISTENT_PAGES
db=$root/$OUT/db-$PERSISTENT_PAGES
if [[ ! -f $corpus/.complete ]]; then
  say "writing a synthetic corpus of $PERSISTENT_PAGES pages to $corpus"
  rm -rf "$corpus"
  ./mvnw -q -B -ntp test-compile >&2
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/test.classpath" >&2
  $JAVA17 -cp "target/classes:target/test-classes:$(cat "$OUT/test.classpath")" app.khabar.related.SyntheticCorpusFiles \
    seeds "$corpus" "$PERSISTENT_PAGES" >&2
  touch "$corpus/.complete"
fi
persistent=("$JAVA17" -Dquarkus.http.port="$PORT" -Dkhabar.corpus.dir="$corpus"
  "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:$db/khabar;DB_CLOSE_ON_EXIT=FALSE" -jar "$root/$PLAIN_APP/quarkus-run.jar")

# One start on the persistent corpus: prints "ready_ms cpu_ms" and the service's own account of what it did.
persistent_start() {
  local name=$1 timeout=$2 log="$OUT/persistent-$1.log" line
  line=$(python3 "$READY_TIMER" --health --port "$PORT" --timeout "$timeout" --log "$log" -- "${persistent[@]}") \
    || die "persistent start $name did not get ready (log: $log)"
  local ready cpu what
  ready=$(sed -E 's/.*ready_ms=([0-9]+).*/\1/' <<<"$line")
  cpu=$(sed -E 's/.*cpu_ms=(-?[0-9]+).*/\1/' <<<"$line")
  what=$(grep -ohE 'unchanged since generation [0-9]+[^)]*\)|loaded [0-9]+ pages, [0-9]+ stories[^(]* in [0-9]+ ms' "$log" \
    | head -1 | sed 's/from .* in/in/')
  printf '  %-24s ready %7d ms   cpu %7d ms   %s\n' "$name" "$ready" "$cpu" "$what" >&2
  echo "$ready"
}

echo
echo "restarts on $PERSISTENT_PAGES synthetic pages in a file H2 database (JDK 17 plain jar, ready = /q/health/ready UP):"
echo "  corpus: $(find "$corpus" -name '*.txt' | wc -l) files, $(du -sm "$corpus" | cut -f1) MiB"
persistent_start first-start "$LOAD_TIMEOUT" >/dev/null
echo "  database: $(du -sm "$db" | cut -f1) MiB"
rm -f "$OUT/persistent-unchanged.ready"
for run in $(seq "$PERSISTENT_RUNS"); do
  persistent_start "unchanged-$run" "$READY_TIMEOUT" >> "$OUT/persistent-unchanged.ready"
done
# one page edited: a line added, or the line a previous run added taken away
python3 - "$corpus/000007.txt" <<'PY'
import sys
path, marker = sys.argv[1], "\nسطر أضيف لقياس إعادة التشغيل بعد تعديل صفحة واحدة.\n"
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text[:-len(marker)] if text.endswith(marker) else text + marker)
PY
changed=$(persistent_start one-page-changed "$LOAD_TIMEOUT")
read -r unchanged _ _ _ < <(stats < "$OUT/persistent-unchanged.ready")
awk -v u="$unchanged" -v c="$changed" -v s="${median[jdk17]}" 'BEGIN {
  printf "unchanged restart median %d ms = %.2f x the seeds (JDK 17): target 2 at most %s\n", u, u / s,
    (u <= 2 * s ? "met" : "NOT met")
  printf "one page changed: %d ms, %+d ms over unchanged: target under 1 s more %s\n", c, c - u,
    (c - u < 1000 ? "met" : "NOT met") }'
echo "load average now $(cut -d' ' -f1-3 /proc/loadavg)"
