#!/usr/bin/env bash
# test.sh [MAVEN ARGS...]: every test of the project. Starts the local infrastructure it needs
# (infra.sh; reuses running servers), runs 'mvn verify' (unit, @QuarkusTest against the real
# Kafka/PostgreSQL/Redis, and the end-to-end tests over the six packaged services), then stops
# what it started, pass or fail.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
find_java25
if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v espeak-ng >/dev/null 2>&1; then
  apt_install ffmpeg espeak-ng
fi
"$SCRIPTS/install-promtool.sh"
"$SCRIPTS/install-browser.sh"
# Leave running what was running before (a developer's suite.sh); stop what this run started.
if ! "$SCRIPTS/infra.sh" status >/dev/null 2>&1; then
  trap '"$SCRIPTS/infra.sh" stop' EXIT
fi
"$SCRIPTS/infra.sh" start || exit $?
"$SCRIPTS/mvn.sh" -B -f "$REPO/pom.xml" verify "$@"
