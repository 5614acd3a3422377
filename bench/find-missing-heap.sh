#!/usr/bin/env bash
# Shows that Find Missing answers on a large journal without loading it: packages the WAR, starts
# Payara Micro with a small heap, connects the sandbox's Big Bank with N transactions, imports them,
# then calls Find Missing over the longest range allowed while sampling the used heap.
# Usage: bench/find-missing-heap.sh [N=200000] [XMX=256m]   (from the project folder; port 18282)
set -euo pipefail

N=${1:-200000}
XMX=${2:-256m}
PORT=18282
cd "$(dirname "$0")/.."
OUT=target/bench-find-missing
source bench/micro.sh

rm -rf "$OUT" && mkdir -p "$OUT"
mvn -B -ntp -q package -DskipTests

start_module -Dsync.sandbox.enabled=true -Dsync.proxy.url=$BASE/sandbox -Dsync.sandbox.big-bank-size="$N"

auth=(-u admin:$PASSWORD)
# the heap's used MB after "garbage-first heap total ...K, used ...K"; awk reads to the end (an early
# exit would break jcmd's pipe and, with pipefail, the script)
used_mb() { jcmd $PID GC.heap_info | awk '!done && /heap/ && / used / {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K,?/,"",v); print int(v/1024); done=1}}'; }

# connect Big Bank through the API, as SandboxFlow does in the ITs
redirect=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' \
    -d '{"institution_id":"big_bank","mode":"link","start_date":null}' "$API/online-links/connect" | jq -r .redirect_url)
form=$(python3 -c 'import sys,urllib.parse as u; q=dict(u.parse_qsl(u.urlsplit(sys.argv[1]).query)); q.update(seed="b16ba4c0",username="bench",password="bench",consent="yes",action="allow"); print(u.urlencode(q))' "$redirect")
callback=$(curl -s -o /dev/null -w '%{redirect_url}' -d "$form" "${redirect%%\?*}")
link_page=$(curl -s -o /dev/null -w '%{redirect_url}' "${auth[@]}" "$callback")
link=${link_page##*id=}
echo "linked Big Bank ($N transactions): link $link"

started=$(date +%s)
run=$(curl -sf "${auth[@]}" -X POST "$API/online-links/$link/fetch" | jq -r .run_id)
while state=$(curl -sf "${auth[@]}" "$API/sync-runs/$run" | jq -r .state); [ "$state" != done ] && [ "$state" != failed ]; do
    sleep 5
done
journal=$(curl -sf "${auth[@]}" "$API/online-links/$link" | jq -r '.accounts[0].journal_id')
lines=$(curl -sf "${auth[@]}" "$API/journals/$journal/statement-lines?size=1" | jq -r .total)
echo "import $state in $(( $(date +%s) - started )) s: journal $journal holds $lines lines"

jcmd $PID GC.run > /dev/null
before=$(used_mb)
from=$(date -d '-366 days' +%F)
# one sampling JVM for the whole call (a jcmd per sample would load the two cores more than the call)
jstat -gc $PID 250 > "$OUT/jstat.txt" &
SAMPLER=$!
curl -s "${auth[@]}" -D "$OUT/missing.headers" -o "$OUT/missing.json" -w '%{http_code} %{time_total}' \
    -H 'Content-Type: application/json' -d "{\"from_date\":\"$from\"}" "$API/journals/$journal/missing" > "$OUT/missing.status"
kill $SAMPLER
peak=$(jstat_peak_mb "$OUT/jstat.txt")
jcmd $PID GC.run > /dev/null
after=$(used_mb)
read -r status seconds < "$OUT/missing.status" || true  # no newline after curl's -w
echo "Find Missing from $from: HTTP $status in ${seconds} s, $(jq length "$OUT/missing.json") listed," \
    "more: $(grep -i x-more-missing "$OUT/missing.headers" | tr -d '\r' | cut -d' ' -f2)"
echo "used heap (MB, -Xmx$XMX): before $before (after a GC), peak sampled every 250 ms during the call $peak, after $after (after a GC)"
grep -c OutOfMemoryError "$OUT/server.out" | sed 's/^/OutOfMemoryError lines in the server log: /' || true
