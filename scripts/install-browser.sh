#!/usr/bin/env bash
# Installs Debian's headless Chromium and its ChromeDriver for the browser tests (e2e-tests, tag browser).
# The tests never download a browser: they use /usr/bin/chromium and /usr/bin/chromedriver.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  log "chromium and chromedriver present: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
apt_install chromium chromium-driver
log "installed $(/usr/bin/chromium --version 2>/dev/null | head -1)"
