# Sourced by the heap benchmarks, after they set PORT: the module's addresses and admin password, and
# start_module, which starts the packaged WAR on Payara Micro with -Xmx$XMX, an H2 file database under
# $OUT and the GC log $OUT/gc.log, stops it when the script ends, and waits until it is ready (extra
# system properties as arguments; sets PID).
PASSWORD=bench-admin-password-1
BASE=http://localhost:$PORT/onlinesync
API=$BASE/api/v1

start_module() {
    java -Xmx"$XMX" -Xlog:gc:file="$OUT/gc.log" -Dhazelcast.phone.home.enabled=false \
        -Dmp.health.default.readiness.empty.response=DOWN \
        "-Dds.url=jdbc:h2:file:$PWD/$OUT/h2/onlinesync;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        -Dds.user=sa -Dsync.data-dir="$PWD/$OUT" -Dsync.bootstrap-admin-password="$PASSWORD" "$@" \
        -jar target/payara-micro.jar --deploy target/onlinesync.war --contextroot onlinesync --nocluster \
        --disablephonehome --port "$PORT" --rootdir "$OUT/root" > "$OUT/server.out" 2>&1 &
    PID=$!
    trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
    until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
        kill -0 $PID 2>/dev/null || { echo "server died, see $OUT/server.out"; exit 1; }
        sleep 2
    done
    echo "server ready (pid $PID, -Xmx$XMX)"
}

# The most used heap (MB) of a `jstat -gc` log: survivors + eden + old.
jstat_peak_mb() {
    awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {print int(m / 1024)}' "$1"
}
