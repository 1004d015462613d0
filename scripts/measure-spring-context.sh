#!/usr/bin/env bash
# What starting a Spring test context with the fake costs, and what its reset costs per test, on both
# Spring Boot lines (spring-boot/ on 3.5, boot4/spring-boot on 4.0): ContextCost in fresh JVMs, each kind
# of context first (cold) in its own JVMs, N rounds (default 3). Prints Markdown rows. Run from the repository root
# (it compiles what it needs; about 4 minutes on a quiet 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
for module in spring-boot boot4/spring-boot; do
  cp_file="$module/target/context-cost.classpath"
  mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -pl "$module" -am -Dmdep.includeScope=test \
    -Dmdep.outputFile="$(pwd)/$cp_file" >/dev/null
  classes="$module/target/test-classes:spring-boot/target/classes:fake-server/target/classes:model/target/classes:testcontainers-module/target/classes:assertions/target/classes"
  for ((i = 0; i < rounds; i++)); do
    for first in plain fake client; do
      java -cp "$classes:$(cat "$cp_file")" dev.fakecognito.spring.ContextCost "$first" 2>/dev/null | grep '^|'
    done
  done
done
