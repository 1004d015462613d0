#!/usr/bin/env bash
# Builds exactly what a release uploads to Maven Central, without uploading it, and checks it against
# Central's published requirements. Usage: scripts/release-check.sh
#
#   1. copies the working tree (tracked and untracked files, not ignored ones) to
#      target/release-check/src and sets the release version there: the project version without
#      -SNAPSHOT (or $RELEASE_VERSION). The working tree itself is not touched.
#   2. runs the release build there: mvn -Prelease -Dmaven.test.skip=true deploy, with the Central
#      plugin's skipUpload, staging into target/central-staging (and bundling central-bundle.zip).
#      Nothing is installed into ~/.m2 and nothing is uploaded. Tests are not run (CI runs them).
#   3. signs with a throwaway GnuPG key made for this run in a temporary GNUPGHOME, unless
#      $RELEASE_GPG_KEYNAME names a key of the user's own GnuPG.
#   4. checks the staging (scripts/check-staging.py): one line per check, then "N passed, M failed".
# Exit status 0 only when every check passed. Needs Java 17, Maven 3.8+, gpg 2.2+, python3, git; the
# network only for Maven Central (plugins not yet in ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
t0=$(date +%s)

snapshot_version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
version=${RELEASE_VERSION:-${snapshot_version%-SNAPSHOT}}
work=$root/target/release-check
src=$work/src
staging=$root/target/central-staging
log=$work/build.log

echo "release-check: release $version (from $snapshot_version); staging in target/central-staging"
rm -rf "$work" "$staging"
mkdir -p "$src"

# 1. a copy of the tree, at the release version
git ls-files -z --cached --others --exclude-standard \
  | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -cf - -T - | tar -xf - -C "$src"
(cd "$src" && mvn -B -q org.codehaus.mojo:versions-maven-plugin:2.23.0:set -DnewVersion="$version" \
  -DgenerateBackupPoms=false -DprocessAllModules=true) >"$log" 2>&1 \
  || { tail -n 40 "$log"; echo "release-check: could not set the version $version (see $log)"; exit 1; }

# 2. the signing key
gpg_args=()
if [ -n "${RELEASE_GPG_KEYNAME:-}" ]; then
  gpg_args=(-Dgpg.keyname="$RELEASE_GPG_KEYNAME")
  echo "release-check: signing with $RELEASE_GPG_KEYNAME of ${GNUPGHOME:-~/.gnupg}"
else
  GNUPGHOME=$(mktemp -d /tmp/release-check-gnupg.XXXXXX)
  export GNUPGHOME
  trap 'gpgconf --homedir "$GNUPGHOME" --kill all >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
  gpg --batch --quiet --gen-key >/dev/null 2>&1 <<EOF
%no-protection
Key-Type: RSA
Key-Length: 3072
Key-Usage: sign
Name-Real: Fake Cognito Identity release-check (throwaway key)
Name-Email: release-check@fakecognito.invalid
Expire-Date: 1d
%commit
EOF
  echo "release-check: signing with a throwaway key made for this run ($(gpg --batch --list-secret-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ {print $10; exit}'))"
fi

# 3. the release build (without consumer-test/readme-user, the README's project: it depends on the
#    version the README names, which versions:set does not change)
echo "release-check: building (log: target/release-check/build.log)"
if ! (cd "$src" && mvn -B -Prelease -Dmaven.test.skip=true -Dmaven.install.skip=true -DskipUpload=true -pl "!consumer-test/readme-user" \
        -DstagingDirectory="$staging" "${gpg_args[@]}" deploy) >>"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -n 40
  echo "release-check: the release build failed (see $log)"
  echo "0 passed, 1 failed"
  exit 1
fi
bundle=$(sed -n 's/.*The bundle is at \(.*central-bundle\.zip\).*/\1/p' "$log" | tail -n 1)
echo "release-check: built in $(( $(date +%s) - t0 )) s"

# 4. the checks
python3 scripts/check-staging.py --staging "$staging" --version "$version" --tree "$src" \
  --legal "$root" ${bundle:+--bundle "$bundle"}
