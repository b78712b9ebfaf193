#!/usr/bin/env bash
# mvn.sh ARGS...: run Maven 3.9.16 on JDK 25+, the same on every machine.
# Quarkus 3.33 requires Maven >= 3.9 (Debian ships 3.8.7), so Maven itself is fetched once as
# the Central artifact org.apache.maven:apache-maven:<v>:tar.gz:bin (no wrapper, no URL) and
# cached in ~/.cache/hotel-agent/maven, which survives clean clones.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MAVEN_VERSION=${HOTEL_MAVEN_VERSION:-3.9.16}
MAVEN_DIR="$CACHE/maven/apache-maven-$MAVEN_VERSION"

bootstrap_maven() {
  local sys_mvn tmp blog="$CACHE/logs/maven-bootstrap.log"
  sys_mvn=$(command -v mvn || true)
  if [[ -z $sys_mvn ]]; then
    # Any Maven can fetch the pinned one; Debian's is the only one we can install.
    apt_install maven
    sys_mvn=$(command -v mvn) || die "apt-get installed maven but mvn is not on PATH: check /usr/bin/mvn"
  fi
  mkdir -p "$CACHE/maven" "$CACHE/logs"
  # Unpack beside the target, then rename: a killed run never leaves a half-unpacked Maven.
  tmp=$(mktemp -d "$CACHE/maven/.bootstrap.XXXXXX")
  log "fetching Maven $MAVEN_VERSION once with $sys_mvn (cache: $CACHE/maven)"
  # Empty cwd: no project pom may interfere. Plugin version pinned: 3.8.7 would default to 2.8.
  if ! (cd "$tmp" && timeout 600 "$sys_mvn" -B -q \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin" \
    -DoutputDirectory="$tmp/dl") >"$blog" 2>&1; then
    rm -rf "$tmp"
    die "could not fetch Maven $MAVEN_VERSION (see $blog): check access to Maven Central or set HOTEL_MAVEN_VERSION"
  fi
  mkdir "$tmp/unpack"
  if ! tar -xzf "$tmp/dl/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$tmp/unpack" ||
    [[ ! -x $tmp/unpack/apache-maven-$MAVEN_VERSION/bin/mvn ]]; then
    rm -rf "$tmp"
    die "the Maven $MAVEN_VERSION archive did not unpack to a usable mvn: delete ~/.m2/repository/org/apache/maven/apache-maven/$MAVEN_VERSION and retry"
  fi
  # A concurrent bootstrap may have won the rename; either way the result is usable.
  mv -T "$tmp/unpack/apache-maven-$MAVEN_VERSION" "$MAVEN_DIR" 2>/dev/null || true
  rm -rf "$tmp"
  [[ -x $MAVEN_DIR/bin/mvn ]] || die "could not install Maven into $MAVEN_DIR: check that the directory is writable"
}

find_java25
[[ -x $MAVEN_DIR/bin/mvn ]] || bootstrap_maven
exec "$MAVEN_DIR/bin/mvn" "$@"
