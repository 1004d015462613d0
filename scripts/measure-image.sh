#!/usr/bin/env bash
# Measures the image built by scripts/build-image.sh: its size, and for N runs (default 5) the time
# from `docker run` to the first HTTP 200 of /_fake/health on the mapped port and to Docker's
# "healthy" status (the HEALTHCHECK). Usage: scripts/measure-image.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
DOCKER=${DOCKER:-$( [ -x /usr/bin/docker ] && echo /usr/bin/docker || echo docker )}
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
image=fakecognito/fake-cognito-identity:$version
runs=${1:-5}
now() { date +%s%N; }

echo "measure-image: $image, $("$DOCKER" image inspect -f '{{.Size}}' "$image" | awk '{printf "%.1f MB", $1/1e6}')"
for i in $(seq 1 "$runs"); do
  t0=$(now)
  id=$("$DOCKER" run -d --rm --pull never -p 127.0.0.1::9230 "$image")
  port=$("$DOCKER" port "$id" 9230/tcp | head -1 | sed 's/.*://')
  first200=""
  healthy=""
  for _ in $(seq 1 600); do
    if [ -z "$first200" ] && curl -fsS -o /dev/null "http://127.0.0.1:$port/_fake/health" 2>/dev/null; then
      first200=$(( ($(now) - t0) / 1000000 ))
    fi
    if [ -z "$healthy" ] && [ "$("$DOCKER" inspect -f '{{.State.Health.Status}}' "$id")" = healthy ]; then
      healthy=$(( ($(now) - t0) / 1000000 ))
    fi
    [ -n "$first200" ] && [ -n "$healthy" ] && break
    sleep 0.02
  done
  echo "measure-image: run $i: first HTTP 200 after ${first200:-?} ms, healthy after ${healthy:-?} ms"
  "$DOCKER" rm -f "$id" >/dev/null
done
