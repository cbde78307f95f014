#!/usr/bin/env bash
# Scores the pure pipeline on a folder of pages against a gold annotation in seconds, without starting the service:
#   scripts/score-folder.sh PAGES_DIR GOLD.json SCORE.py
# SCORE.py is the scoring script that normally queries a running service; its fetch is replaced by the dump that
# app.khabar.eval.CorpusDump writes. Set NO_BUILD=1 to skip compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=$(realpath "$1"); gold=$(realpath "$2"); scorer=$(realpath "$3")
if [[ -z "${NO_BUILD:-}" ]]; then
  ./mvnw -q -B -ntp test-compile -Dquarkus.build.skip=true
fi
if [[ ! -s target/test-classpath.txt || pom.xml -nt target/test-classpath.txt ]]; then
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
fi
dump=$(mktemp --suffix=.json)
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" app.khabar.eval.CorpusDump "$pages" "$dump"
python3 - "$scorer" "$gold" "$dump" <<'PY'
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
dump = json.load(open(sys.argv[3], encoding="utf-8"))
score.fetch_pages = lambda url: dump["data"]["pages"]["nodes"]
sys.argv = [sys.argv[1], sys.argv[2]]
score.main()
PY
rm -f "$dump"
