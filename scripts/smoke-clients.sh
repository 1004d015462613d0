#!/usr/bin/env bash
# Runs the shared real-client smoke tests (AWS CLI v2, AWS SDK for JavaScript v3) against the
# standalone jar (fake-server/target/fake-cognito-identity-server-VERSION-standalone.jar), then boto3
# through every operation (scripts/boto3-smoke.py); twice: with signatures not checked (the default),
# then with --require-signatures and the clients' credentials (test:test) known, so that every signature
# is verified; then boto3's retry modes against injected faults (scripts/boto3-faults.py). Installs the
# AWS CLI v2, jq and boto3 from Debian when missing.
# Needs a built jar: mvn -B package (or verify) first.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
clients="$root/../shared/clients"
jar=$(ls fake-server/target/fake-cognito-identity-server-*-standalone.jar | head -n 1)
port="${SMOKE_PORT:-9231}"

if ! command -v jq >/dev/null 2>&1 || ! /usr/bin/aws --version 2>&1 | grep -q '^aws-cli/2\.' \
   || ! /usr/bin/python3 -c 'import boto3' >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    installed=0
    for attempt in 1 2 3; do
      if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq awscli jq python3-boto3) >/tmp/smoke-apt.log 2>&1; then
        installed=1; break
      fi
      echo "installing awscli/jq failed (attempt $attempt), retrying"; sleep 10
    done
    [ "$installed" = 1 ] || { echo "could not install awscli/jq/python3-boto3 (see /tmp/smoke-apt.log)"; exit 1; }
  else
    echo "awscli v2, jq and boto3 are needed: apt-get install -y awscli jq python3-boto3"; exit 1
  fi
fi

log="$(mktemp)"
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap 'stop; rm -f "$log"' EXIT
export ENDPOINT="http://127.0.0.1:$port"
status=0

# run_clients LABEL [jar options...]: starts the fake with the options, runs the three clients, stops it.
run_clients() {
  local label="$1"; shift
  echo "== $label"
  java -jar "$jar" --port "$port" "$@" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    curl -sf "$ENDPOINT/_fake/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
  cat "$log"
  echo "-- AWS CLI v2"
  PATH="/usr/bin:$PATH" bash "$clients/cli-smoke.sh" || status=1
  echo "-- AWS SDK for JavaScript v3"
  bash "$clients/js-smoke/run.sh" || status=1
  echo "-- boto3 (Debian's python3-boto3), every operation"
  /usr/bin/python3 scripts/boto3-smoke.py "$ENDPOINT" ${BOTO3_ARGS:-} || status=1
  if [ -z "${BOTO3_ARGS:-}" ]; then
    echo "-- boto3 retry modes against injected faults"
    /usr/bin/python3 scripts/boto3-faults.py "$ENDPOINT" || status=1
  fi
  stop
}

run_clients "signatures not checked (default)"
BOTO3_ARGS=--signatures-required run_clients "--require-signatures, test:test verified" \
  --require-signatures --credentials test:test
exit $status
