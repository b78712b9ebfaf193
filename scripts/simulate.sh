#!/usr/bin/env bash
# simulate.sh [TEXT...]: be a WhatsApp guest of the running suite (scripts/suite.sh start): posts a
# Meta-signed webhook to the gateway and prints the agent's reply as the Graph API stand-in got it.
# simulate.sh --voice TEXT...: says TEXT as a voice note (espeak-ng, then Ogg/Opus by ffmpeg, as
# WhatsApp records them); simulate.sh --voice-file NOTE.ogg: sends that recording. The note is
# served through the stand-in's media endpoints, as Meta serves it; a spoken reply is reported.
# Env: GATEWAY_URL, GRAPH_STAND_IN_URL, GUEST_PHONE, GUEST_NAME, PHONE_NUMBER_ID, WHATSAPP_APP_SECRET,
# SIMULATE_VOICE (espeak-ng voice for --voice, default en-us).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
find_java25

if [[ ${1:-} == --voice ]]; then
  shift
  (($# > 0)) || die "--voice needs the sentence to say: scripts/simulate.sh --voice \"Do you have a room for tonight?\""
  if ! command -v ffmpeg >/dev/null 2>&1 || ! command -v espeak-ng >/dev/null 2>&1; then
    apt_install ffmpeg espeak-ng
  fi
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  espeak-ng -v "${SIMULATE_VOICE:-en-us}" -s 140 -w "$work/spoken.wav" "$*" \
    || die "espeak-ng could not say the sentence (voice ${SIMULATE_VOICE:-en-us})"
  ffmpeg -nostdin -loglevel error -y -i "$work/spoken.wav" -ar 16000 -ac 1 -c:a libopus -b:a 24k "$work/note.ogg" \
    || die "ffmpeg could not encode the voice note as Ogg/Opus"
  java "$SCRIPTS/SimulateWhatsApp.java" --voice-file "$work/note.ogg" || exit $? # it said why; the trap cleans up
elif [[ ${1:-} == --voice-file ]]; then
  [[ -f ${2:-} ]] || die "--voice-file needs an existing recording (Ogg/Opus, as WhatsApp sends): got '${2:-}'"
  exec java "$SCRIPTS/SimulateWhatsApp.java" --voice-file "$2"
else
  exec java "$SCRIPTS/SimulateWhatsApp.java" "$@"
fi
