#!/usr/bin/env bash
# Shows that a large camt.053 file imports under a small heap: writes a camt.053.001.08 file of about
# SIZE_MB megabytes (one statement, entries with transaction details), packages the WAR, starts Payara
# Micro with -Xmx$XMX, uploads the file to the seeded journal (preview), confirms the import, and samples
# the used heap during both calls.
# Usage: bench/camt-import-heap.sh [SIZE_MB=50] [XMX=256m]   (from the project folder; port 18283)
set -euo pipefail

SIZE_MB=${1:-50}
XMX=${2:-256m}
PORT=18283
PASSWORD=bench-admin-password-1
cd "$(dirname "$0")/.."
OUT=target/bench-camt-import
BASE=http://localhost:$PORT/onlinesync
API=$BASE/api/v1
FILE=$OUT/statement.xml

rm -rf "$OUT" && mkdir -p "$OUT"
python3 - "$FILE" "$SIZE_MB" <<'PY'
import sys, datetime
path, size_mb = sys.argv[1], int(sys.argv[2])
start = datetime.date(2020, 1, 1)
entry = """      <Ntry>
        <NtryRef>{n:09d}</NtryRef>
        <Amt Ccy="EUR">{amount}</Amt>
        <CdtDbtInd>{side}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>{day}</Dt></BookgDt>
        <ValDt><Dt>{day}</Dt></ValDt>
        <AcctSvcrRef>BENCH-{n:09d}</AcctSvcrRef>
        <NtryDtls>
          <TxDtls>
            <Refs><EndToEndId>E2E-{n:09d}</EndToEndId><TxId>TX-{n:09d}</TxId></Refs>
            <Amt Ccy="EUR">{amount}</Amt>
            <CdtDbtInd>{side}</CdtDbtInd>
            <RltdPties>
              <Dbtr><Pty><Nm>Customer {c:05d} B.V.</Nm></Pty></Dbtr>
              <DbtrAcct><Id><IBAN>NL20INGB{c:010d}</IBAN></Id></DbtrAcct>
            </RltdPties>
            <RmtInf><Ustrd>Invoice {n:09d} of customer {c:05d}</Ustrd></RmtInf>
          </TxDtls>
        </NtryDtls>
      </Ntry>
"""
with open(path, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">\n'
              '  <BkToCstmrStmt>\n    <GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2026-01-01T05:00:00+01:00</CreDtTm></GrpHdr>\n'
              '    <Stmt>\n      <Id>BENCH-STMT-1</Id>\n      <Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id><Ccy>EUR</Ccy></Acct>\n')
    n = 0
    while out.tell() < size_mb * 1024 * 1024:
        n += 1
        cents = 100 + (n * 7919) % 500000
        out.write(entry.format(n=n, c=n % 99991, amount=f"{cents // 100}.{cents % 100:02d}", side="CRDT" if n % 3 else "DBIT",
                               day=(start + datetime.timedelta(days=n % 2000)).isoformat()))
    out.write("    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n")
print(n)
PY
ENTRIES=$(grep -c '<Ntry>' "$FILE")
echo "file: $(du -m "$FILE" | cut -f1) MB, $ENTRIES entries"
mvn -B -ntp -q package -DskipTests

java -Xmx"$XMX" -Xlog:gc:file="$OUT/gc.log" -Dhazelcast.phone.home.enabled=false \
    -Dmp.health.default.readiness.empty.response=DOWN \
    "-Dds.url=jdbc:h2:file:$PWD/$OUT/h2/onlinesync;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    -Dds.user=sa -Dsync.data-dir="$PWD/$OUT" -Dsync.bootstrap-admin-password=$PASSWORD \
    -jar target/payara-micro.jar --deploy target/onlinesync.war --contextroot onlinesync --nocluster \
    --disablephonehome --port $PORT --rootdir "$OUT/root" > "$OUT/server.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT

until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
    kill -0 $PID 2>/dev/null || { echo "server died, see $OUT/server.out"; exit 1; }
    sleep 2
done
echo "server ready (pid $PID, -Xmx$XMX)"
auth=(-u admin:$PASSWORD)

jstat -gc $PID 250 > "$OUT/jstat.txt" &
SAMPLER=$!
started=$(date +%s.%N)
curl -s "${auth[@]}" -o "$OUT/preview.json" -w '%{http_code}' -F "file=@$FILE;type=application/xml" \
    "$API/journals/1/imports" > "$OUT/preview.status"
previewed=$(date +%s.%N)
import_id=$(jq -r .id "$OUT/preview.json")
curl -s "${auth[@]}" -o "$OUT/confirm.json" -w '%{http_code}' -X POST -H 'X-Requested-By: bench' \
    "$API/journals/1/imports/$import_id/confirm" > "$OUT/confirm.status"
confirmed=$(date +%s.%N)
kill $SAMPLER
# used = survivors + eden + old (KB)
peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {print int(m / 1024)}' "$OUT/jstat.txt")
# the live heap: what a full collection leaves (a young one leaves garbage of the old generation in place)
fulls=$(grep -c 'Pause Full' "$OUT/gc.log" || true)
live=$(grep 'Pause Full' "$OUT/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)
lines=$(curl -sf "${auth[@]}" "$API/journals/1/statement-lines?size=1" | jq -r .total)
echo "preview: HTTP $(cat "$OUT/preview.status") in $(echo "$previewed - $started" | bc) s," \
    "$(jq -c "{new, duplicates, invalid, balance_check}" "$OUT/preview.json" 2>/dev/null || head -c 300 "$OUT/preview.json")"
echo "confirm: HTTP $(cat "$OUT/confirm.status") in $(echo "$confirmed - $previewed" | bc) s, $(head -c 200 "$OUT/confirm.json"); the journal holds $lines lines"
echo "used heap (MB, -Xmx$XMX): peak sampled every 250 ms $peak; $fulls full collections (GC log), the most one left ${live:-(none)}"
grep -c OutOfMemoryError "$OUT/server.out" | sed 's/^/OutOfMemoryError lines in the server log: /' || true
