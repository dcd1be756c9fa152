#!/usr/bin/env bash
# Portal benchmark (issue 5): requests per second and latency of a published department page under local load,
# next to the same bytes served as a static file by the same server. Not a test: run on demand, on a quiet machine.
#
#   ./mvnw -q package -DskipTests && scripts/bench-portal.sh [CONNECTIONS] [SECONDS]
#
# Needs wrk (Debian: apt-get install wrk), curl and ../shared (the worked example). Starts target/budgetflow.jar on
# a free port with an in-memory database, publishes the worked example for 2023 through the API (the end-to-end
# path), copies the page's bytes to a static file served from the same Spring Boot server, then runs wrk against
# both URLs (CONNECTIONS connections, default 32; SECONDS seconds, default 30; 2 threads) and prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${1:-32}
DURATION=${2:-30}
JAR=target/budgetflow.jar
SHARED=${BUDGETFLOW_SHARED:-../shared}
BUDGET=$SHARED/examples/xigong-community-2023/budget.json
WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
BASE=http://localhost:$PORT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -q package -DskipTests" >&2; exit 2; }
[ -f "$BUDGET" ] || { echo "$BUDGET is missing (set BUDGETFLOW_SHARED)" >&2; exit 2; }

mkdir -p "$WORK/static/bench"
java -Xmx1g -jar "$JAR" --server.port="$PORT" \
  --spring.web.resources.static-locations="classpath:/META-INF/resources/,classpath:/static/,file:$WORK/static/" \
  > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT

for _ in $(seq 1 240); do
  curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
  sleep 1
done

as() { local user=$1; shift; curl -fsS -u "$user:$user" -H 'Content-Type: application/json' "$@"; }
task() { as "$1" "$BASE/engine-rest/task?processInstanceBusinessKey=$2&taskDefinitionKey=$3" \
  | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["id"] if t else "")'; }
complete() {
  local id=""
  for _ in $(seq 1 120); do id=$(task "$1" "$2" "$3"); [ -n "$id" ] && break; sleep 0.5; done
  as "$1" -X POST -d "{\"variables\": $4}" "$BASE/engine-rest/task/$id/complete" > /dev/null
}

as finance -X POST -d '{"year": 2023, "departments": ["310"], "congressDate": "2023-01-10"}' "$BASE/api/cycles" > /dev/null
as dept310 -X PUT --data-binary @"$BUDGET" "$BASE/api/budgets/2023/310" > /dev/null
complete dept310 2023-310 draftBudget '{}'
complete finance 2023-310 financeReview '{"decision": {"value": "approve"}}'
complete performance 2023-310 performanceAudit '{"grade": {"value": "优"}}'
complete congress 2023 congressApproval '{"decision": {"value": "approve"}}'
for _ in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/public/2023/310")" = 200 ] && break
  sleep 0.5
done

curl -fsS "$BASE/public/2023/310" -o "$WORK/static/bench/page.html"
curl -fsS "$BASE/bench/page.html" -o "$WORK/static-copy.html"
cmp "$WORK/static/bench/page.html" "$WORK/static-copy.html"
BYTES=$(stat -c %s "$WORK/static/bench/page.html")

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cores: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)  page: $BYTES bytes"
echo "java: $(java -version 2>&1 | head -1)"
for url in "$BASE/public/2023/310" "$BASE/bench/page.html"; do
  wrk -t2 -c"$CONNECTIONS" -d10s "$url" > /dev/null   # warm-up
  echo "== $url  ($CONNECTIONS connections, ${DURATION} s)"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url" | grep -E 'Requests/sec|Transfer/sec|^ +(50|90|99)%|requests in|Non-2xx|Socket errors'
done
