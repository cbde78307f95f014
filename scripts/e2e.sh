#!/usr/bin/env bash
# End-to-end browser tests for Khabar: the GraphiQL console (/q/graphql-ui/)
# and the reader page (/), driven by Playwright (playwright-core) in Debian's
# Chromium.
#
# This script does NOT start the service. Start it first (CI starts it), e.g.
#   ./mvnw -B package -DskipTests
#   java -jar target/quarkus-app/quarkus-run.jar &
# and then:
#   scripts/e2e.sh                                   # against http://localhost:8080
#   KHABAR_URL=http://localhost:8091 scripts/e2e.sh  # against another address
#
# What it does:
#   1. installs Debian's chromium (apt-get) when /usr/bin/chromium is missing
#      (Playwright's own browser download cannot work on these machines);
#   2. installs the test dependencies exactly as locked: `npm ci` in e2e/;
#   3. waits up to KHABAR_WAIT_SECONDS (60) for ${KHABAR_URL}/q/health/ready,
#      or else POST ${KHABAR_URL}/graphql, to answer;
#   4. runs the tests (node --test); screenshots go to target/e2e/.
#
# Environment: KHABAR_URL (default http://localhost:8080),
#              KHABAR_WAIT_SECONDS (default 60),
#              CHROMIUM_PATH (default /usr/bin/chromium).
# Exit status: that of the tests; 2 when the service never answered.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export KHABAR_URL="${KHABAR_URL:-http://localhost:8080}"
KHABAR_URL="${KHABAR_URL%/}"
WAIT_SECONDS="${KHABAR_WAIT_SECONDS:-60}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

log() { printf '[e2e] %s\n' "$*" >&2; }

# 1. Browser
if [ ! -x "$CHROMIUM_PATH" ]; then
  log "no browser at $CHROMIUM_PATH: installing Debian's chromium"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
"$CHROMIUM_PATH" --version 2>/dev/null >&2 || true

# 2. Test dependencies
cd "$ROOT/e2e"
npm ci --no-audit --no-fund --loglevel=error

# 3. Wait for the service
log "waiting up to ${WAIT_SECONDS}s for $KHABAR_URL"
if ! node --input-type=module - "$KHABAR_URL" "$WAIT_SECONDS" <<'JS'
const [base, seconds] = process.argv.slice(2);
const deadline = Date.now() + Number(seconds) * 1000;
const attempt = async () => {
  const signal = AbortSignal.timeout(3000);
  try {
    const health = await fetch(`${base}/q/health/ready`, { signal });
    if (health.ok) return 'health';
  } catch { /* not up yet */ }
  try {
    const gql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(3000),
    });
    if (gql.ok) return 'graphql';
  } catch { /* not up yet */ }
  return null;
};
for (;;) {
  const how = await attempt();
  if (how) { console.error(`[e2e] service answered (${how})`); process.exit(0); }
  if (Date.now() > deadline) break;
  await new Promise((r) => setTimeout(r, 1000));
}
console.error(`[e2e] ${base} did not answer within ${seconds}s: start the service first`);
process.exit(2);
JS
then
  exit 2
fi

# 4. Tests
mkdir -p "$ROOT/target/e2e"
log "running the tests against $KHABAR_URL"
npm test
