#!/usr/bin/env bash
# simulate.sh [TEXT...]: be a WhatsApp guest of the running suite (scripts/suite.sh start): posts a
# Meta-signed webhook to the gateway and prints the agent's reply as the Graph API stand-in got it.
# Env: GATEWAY_URL, GRAPH_STAND_IN_URL, GUEST_PHONE, GUEST_NAME, PHONE_NUMBER_ID, WHATSAPP_APP_SECRET.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
find_java25
exec java "$SCRIPTS/SimulateWhatsApp.java" "$@"
