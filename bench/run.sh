#!/usr/bin/env bash
# The module's figures against their baselines, side by side in one run (see bench/README.md).
# Usage: bench/run.sh [-Dbench.n=1000000] [-Dbench.page=1000] [-Dbench.h2.n=200000] [-Dbench.steps=p5,p1pg,p3,p6,p1h2]
# Needs the PostgreSQL of .ci/run (127.0.0.1:5432, database test, trust auth); uses schemas bench_module and bench_bare.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt
cp=$(cat target/bench/classpath.txt)
rm -rf target/bench/classes
javac -d target/bench/classes -cp "$cp" bench/src/*.java
java "$@" "-Dbench.args=$(printf ' %s' "$@")" -cp "target/bench/classes:$cp" bench.Bench
