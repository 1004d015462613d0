#!/usr/bin/env bash
# Builds the documentation site into OUTDIR and fails on a broken link or anchor.
#
#   scripts/build-docs.sh OUTDIR
#
# 1. Installs what is missing, from Debian (apt-get, as root): mkdocs 1.4, mkdocs-material 8.2 and
#    linkchecker 10.2 (elsewhere: pip install "mkdocs==1.4.*" "mkdocs-material==8.2.*" linkchecker).
# 2. Builds the Javadoc of every published module with Maven (pass your Maven repository through
#    MAVEN_OPTS, e.g. MAVEN_OPTS=-Dmaven.repo.local=...); DOCS_JAVADOC=reuse takes the Javadoc already in
#    each module's target/reports/apidocs instead.
# 3. mkdocs build --strict (mkdocs.yml): a link to a missing page or file, a page missing from the nav,
#    or {{ version }} without a version fails (scripts/docs/hooks.py).
# 4. Serves OUTDIR on 127.0.0.1 and runs linkchecker over it with its AnchorCheck: a link to a missing
#    anchor (#section) of a page or of the Javadoc fails. External links are not fetched (no network).
# The examples on the pages are checked by the Maven build (DocsTest in samples), not here.
set -euo pipefail
out="${1:?usage: scripts/build-docs.sh OUTDIR}"
cd "$(dirname "$0")/.."
root="$(pwd)"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

t0=$(date +%s)
# --- 1. tools --------------------------------------------------------------------------------------
py=/usr/bin/python3
have_tools() {
  command -v mkdocs >/dev/null 2>&1 && command -v linkchecker >/dev/null 2>&1 \
    && "$(head -1 "$(command -v mkdocs)" | sed 's/^#!//')" -c \
      'import sys; from mkdocs.utils import get_theme_names; sys.exit("material" not in get_theme_names())' 2>/dev/null
}
if ! have_tools; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "build-docs: installing mkdocs, mkdocs-material and linkchecker (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      mkdocs mkdocs-material linkchecker >/dev/null
  fi
  have_tools || { echo "build-docs: needs mkdocs 1.4+, mkdocs-material 8.2+ and linkchecker" >&2; exit 1; }
fi
echo "build-docs: $(mkdocs --version | cut -d' ' -f1-3), linkchecker $(linkchecker --version 2>/dev/null | head -1 | cut -d' ' -f2)"

# --- 2. version and Javadoc ------------------------------------------------------------------------
version="$($py -c 'import xml.etree.ElementTree as E; print(E.parse("pom.xml").getroot().find("{http://maven.apache.org/POM/4.0.0}version").text)')"
# The published modules with code (the BOM has none): folder and artifact.
modules="model:fake-cognito-identity-model fake-server:fake-cognito-identity-server junit-extension:fake-cognito-identity-junit5 testcontainers-module:fake-cognito-identity-testcontainers assertions:fake-cognito-identity-assertj spring-boot:fake-cognito-identity-spring-boot"
if [ "${DOCS_JAVADOC:-build}" != reuse ]; then
  echo "build-docs: Javadoc (mvn package javadoc:javadoc, tests skipped)"
  list="$(for m in $modules; do printf '%s,' "${m%%:*}"; done)"
  mvn -B -q -pl "${list%,}" -am -DskipTests -Dfuzz.skip -Dspotless.check.skip=true package javadoc:javadoc
fi
work="$(mktemp -d)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir -p "$work/javadoc"
for m in $modules; do
  dir="${m%%:*}"; artifact="${m#*:}"
  [ -f "$dir/target/reports/apidocs/index.html" ] || { echo "build-docs: no Javadoc in $dir/target/reports/apidocs" >&2; exit 1; }
  cp -r "$dir/target/reports/apidocs" "$work/javadoc/$artifact"
done

# --- 3. the site -----------------------------------------------------------------------------------
echo "build-docs: mkdocs build --strict into $out (version $version)"
if ! FAKE_COGNITO_VERSION="$version" FAKE_COGNITO_JAVADOC="$work/javadoc" \
    mkdocs build --strict --clean -f mkdocs.yml -d "$out" >"$work/mkdocs.log" 2>&1; then
  grep -v -E 'DeprecationWarning|^\s+(File|\.decode|return|\^)' "$work/mkdocs.log" >&2
  echo "build-docs: mkdocs build failed (above)" >&2
  exit 1
fi
grep -E 'WARNING|ERROR' "$work/mkdocs.log" || true

# --- 4. links and anchors --------------------------------------------------------------------------
port="$($py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
$py scripts/docs/serve.py "$port" "$out" >"$work/http.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
  $py -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/index.html')" 2>/dev/null && break
  sleep 0.1
done
cat >"$work/linkcheckerrc" <<'RC'
[checking]
# our own server (scripts/docs/serve.py sends the LinkChecker header that allows more than 10 a second)
maxrequestspersecond=1000
[filtering]
checkextern=0
[AnchorCheck]
RC
echo "build-docs: linkchecker (links and anchors of every page; links into the Javadoc, not within it)"
if ! linkchecker --config "$work/linkcheckerrc" --no-status -o text --threads 4 \
    --no-follow-url "/javadoc/" "http://127.0.0.1:$port/index.html" >"$work/linkchecker.txt" 2>&1; then
  # the report: every URL with a warning (a missing anchor) or an error, with the page that links to it
  grep -v -E '^(WARNING|INFO) (linkcheck|bs4)' "$work/linkchecker.txt" | sed -n '/^Start checking/,$p' >&2
  echo "build-docs: broken links or anchors (above)" >&2
  exit 1
fi
grep -E "^That's it|links in" "$work/linkchecker.txt" | sed 's/^/build-docs: /'
echo "build-docs: site in $out ($(find "$out" -name '*.html' -not -path '*/javadoc/*' | wc -l) pages and the Javadoc of $(echo $modules | wc -w) modules, $(( $(date +%s) - t0 )) s)"
