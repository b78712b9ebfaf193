#!/usr/bin/env bash
# install-promtool.sh: makes sure 'promtool' (Prometheus' rule and config checker) is on PATH, so the
# perf-service test that validates deploy/prometheus/*.yml fails on a broken file instead of skipping.
# Installs Debian's 'prometheus' package when promtool is missing (needs root and apt-get).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
if ! command -v promtool >/dev/null 2>&1; then
  apt_install prometheus
fi
command -v promtool >/dev/null 2>&1 || die "promtool is still missing after installing 'prometheus'"
