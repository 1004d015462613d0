#!/usr/bin/env bash
# Builds the container image of the fake server, from the standalone jar:
#   fakecognito/fake-cognito-identity:<project version>   (never tagged latest)
# with OCI labels (title, description, version, revision, source, licenses). It builds for this
# machine's platform; docs/project/releasing.md ("Publishing the image") says how a release builds and
# pushes linux/amd64 and linux/arm64 from the context this script stages.
#
# Usage: scripts/build-image.sh
#   env BASE_IMAGE   the Java runtime to build on. Unset: the offline base local/jre:17, jlinked from
#                    the local JDK by ../shared/docker/make-jre-base-image.sh (no registry needed),
#                    or eclipse-temurin:17-jre (pulled from a registry) when that script is absent.
#                    Set it to use any other Java 17+ base, e.g. BASE_IMAGE=eclipse-temurin:17-jre.
#   env JRE_BASE_SCRIPT  where make-jre-base-image.sh is (default ../shared/docker/ beside the clone)
#   env DOCKER       the Docker client (default /usr/bin/docker when present, else docker)
# Builds the server jar first when it is missing or older than the server's sources.
# Needs a running Docker engine (on our machines: bash ../shared/docker/start-dockerd.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
t0=$(date +%s%N)
ms() { echo $(( ($(date +%s%N) - t0) / 1000000 )); }

DOCKER=${DOCKER:-$( [ -x /usr/bin/docker ] && echo /usr/bin/docker || echo docker )}
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
image=fakecognito/fake-cognito-identity:$version
target=fake-server/target
jar=$target/fake-cognito-identity-server-$version-standalone.jar
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)

# 1. the standalone jar (the server, the model and SLF4J with its binding, in one file)
if [ ! -f "$jar" ] \
   || [ -n "$(find fake-server/src/main/java fake-server/src/main/resources fake-server/pom.xml \
                   model/src/main/java model/src/main/resources model/pom.xml pom.xml LICENSE NOTICE \
                   -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "build-image: building $jar"
  mvn -B -q -pl fake-server -am package -DskipTests
fi

# 2. the base
base_script=${JRE_BASE_SCRIPT:-$root/../shared/docker/make-jre-base-image.sh}
if [ -z "${BASE_IMAGE:-}" ]; then
  if [ -f "$base_script" ]; then
    BASE_IMAGE=local/jre:17
    bash "$base_script" "$BASE_IMAGE"
  else
    BASE_IMAGE=eclipse-temurin:17-jre
  fi
fi

# 3. the image, from a staged context holding only what it copies
context=$target/docker
rm -rf "$context"
mkdir -p "$context"
cp fake-server/src/main/docker/Dockerfile "$context/"
cp "$jar" "$context/fake-cognito-identity-server.jar"
"$DOCKER" build -q --build-arg "BASE_IMAGE=$BASE_IMAGE" --build-arg "VERSION=$version" \
  --build-arg "REVISION=$revision" -t "$image" "$context" >/dev/null
size=$("$DOCKER" image inspect -f '{{.Size}}' "$image" | awk '{printf "%.1f MB", $1/1e6}')
echo "build-image: $image built on $BASE_IMAGE in $(ms) ms, $size"
echo "build-image: labels $("$DOCKER" image inspect -f '{{json .Config.Labels}}' "$image")"
