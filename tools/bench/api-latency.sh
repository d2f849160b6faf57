#!/usr/bin/env bash
# API latency per endpoint, p50 and p99, measured with wrk (Debian package `wrk`) against a running server:
#   ./entente serve --db STORE --port 7070 &   then   tools/bench/api-latency.sh [http://127.0.0.1:7070] [SECONDS] [CONNECTIONS]
# Each endpoint gets a short warm-up, then SECONDS (10) with CONNECTIONS (8) concurrent connections on at most 2
# threads; with 8 on a 2-core machine p99 includes queueing, with 1 it is one analyst's wait. Prints one line per
# endpoint: name, requests/s, p50 and p99 in ms. Paths use parties present in the Reuters corpus and the samples.
set -euo pipefail
base="${1:-http://127.0.0.1:7070}"
secs="${2:-10}"
conns="${3:-8}"
threads=$(( conns < 2 ? 1 : 2 ))
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk" >&2; exit 2; }

endpoints=(
  "events            /api/events?limit=50"
  "events_filtered   /api/events?country=USA&type=CONSULT&limit=50"
  "events_search     /api/events?q=talks&limit=50"
  "event_detail      /api/events/__FIRST_EVENT__"
  "merged            /api/merged?limit=50"
  "timeline_dyad     /api/timeline?a=USA&b=JPN"
  "timeline_week     /api/timeline?a=USA&b=JPN&interval=week"
  "actors            /api/actors?limit=50"
  "actor_profile     /api/actors/Japan"
  "network           /api/network?max_nodes=200"
  "documents         /api/documents?limit=50"
  "document          /api/documents/__FIRST_DOC__"
  "stats             /api/stats"
)

first_event=$(curl -sf "$base/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["event_id"])')
first_doc=$(curl -sf "$base/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["doc_id"])')
enc() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

printf "%-18s %10s %10s %10s\n" endpoint "req/s" "p50_ms" "p99_ms"
for line in "${endpoints[@]}"; do
  name=${line%% *}
  path=$(echo "${line#* }" | sed -e 's/^ *//' -e "s#__FIRST_EVENT__#$(enc "$first_event")#" -e "s#__FIRST_DOC__#$(enc "$first_doc")#")
  wrk -t1 -c2 -d2s "$base$path" >/dev/null
  out=$(wrk -t"$threads" -c"$conns" -d"${secs}s" --latency "$base$path")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  ms() { python3 -c 'import sys,re; v=sys.argv[1]; m=re.match(r"([\d.]+)(us|ms|s)",v); f={"us":0.001,"ms":1,"s":1000}[m.group(2)]; print(f"{float(m.group(1))*f:.1f}")' "$1"; }
  printf "%-18s %10s %10s %10s%s\n" "$name" "$rps" "$(ms "$p50")" "$(ms "$p99")" "${non2xx:+  non-2xx=$non2xx}"
done
