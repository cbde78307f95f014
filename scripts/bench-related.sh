#!/usr/bin/env bash
# Related-story build on synthetic corpora of 2 000, 10 000 and 20 000 pages recombined from seeds/: prints pages,
# stories, people, ingestion ms (reading + people), related build ms, ms per 1000 stories and the 20k/10k build
# ratio (linear is 2.0; the limit is 2.5). Bounded: a few minutes, HEAP (default 2g) of memory.
#   scripts/bench-related.sh [page counts...]
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP=${HEAP:-2g}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-related.classpath
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
exec java -Xmx"$HEAP" -cp "target/classes:target/test-classes:$(cat target/bench-related.classpath)" \
  app.khabar.related.RelatednessBenchmark seeds "$@"
