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
cd "$(dirname "$0")/.."
OUT=target/bench-camt-import
source bench/micro.sh
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

start_module 
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
peak=$(jstat_peak_mb "$OUT/jstat.txt")
# the live heap: what a full collection leaves (a young one leaves garbage of the old generation in place)
fulls=$(grep -c 'Pause Full' "$OUT/gc.log" || true)
live=$(grep 'Pause Full' "$OUT/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1)
lines=$(curl -sf "${auth[@]}" "$API/journals/1/statement-lines?size=1" | jq -r .total)
echo "preview: HTTP $(cat "$OUT/preview.status") in $(echo "$previewed - $started" | bc) s," \
    "$(jq -c "{new, duplicates, invalid, balance_check}" "$OUT/preview.json" 2>/dev/null || head -c 300 "$OUT/preview.json")"
echo "confirm: HTTP $(cat "$OUT/confirm.status") in $(echo "$confirmed - $previewed" | bc) s, $(head -c 200 "$OUT/confirm.json"); the journal holds $lines lines"
echo "used heap (MB, -Xmx$XMX): peak sampled every 250 ms $peak; $fulls full collections (GC log), the most one left ${live:-(none)}"
grep -c OutOfMemoryError "$OUT/server.out" | sed 's/^/OutOfMemoryError lines in the server log: /' || true
