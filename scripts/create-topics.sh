#!/usr/bin/env bash
# create-topics.sh [BOOTSTRAP] [--check]
# Creates/updates the topics listed in scripts/topics.txt (idempotent). --check only verifies
# and prints each topic (exit 1 if any is missing or differs). BOOTSTRAP defaults to
# $KAFKA_BOOTSTRAP_SERVERS, else 127.0.0.1:$KAFKA_PORT (9092).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:-127.0.0.1:${KAFKA_PORT:-9092}}
MODE=()
for arg in "$@"; do
  case $arg in
    --check) MODE=(--check) ;;
    -*) die "unknown option $arg: usage: scripts/create-topics.sh [BOOTSTRAP] [--check]" ;;
    *) BOOTSTRAP=$arg ;;
  esac
done
TOPICS_FILE=${HOTEL_TOPICS_FILE:-$SCRIPTS/topics.txt}
MAX_MESSAGE_BYTES=${TOPIC_MAX_MESSAGE_BYTES:-4194304}

# Fail in milliseconds, not after the client's 15 s timeout, when the obvious is wrong.
reachable=0
IFS=, read -ra servers <<<"$BOOTSTRAP"
for hp in "${servers[@]}"; do
  host=${hp%:*} port=${hp##*:}
  if port_open "$host" "$port"; then
    if ! kafka_probe "$host" "$port"; then
      owner=""
      [[ $host == 127.0.0.1 || $host == localhost ]] && owner=$(port_owner "$port")
      die "$hp answers but is not a Kafka broker${owner:+ ($owner)}: stop that process or point KAFKA_PORT/BOOTSTRAP at the broker"
    fi
    reachable=1
    break
  fi
done
((reachable)) || die "Kafka is not reachable at $BOOTSTRAP: start it with scripts/infra.sh start"

find_java25
LIBS=$("$SCRIPTS/kafka-local.sh" libs) # kafka-clients and its deps are among the broker jars
# C1 + serial GC: this JVM lives ~2 s, mostly compiling the source; the full JIT only costs.
exec "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$LIBS/*" "$SCRIPTS/CreateTopics.java" --bootstrap "$BOOTSTRAP" --file "$TOPICS_FILE" \
  --config "max.message.bytes=$MAX_MESSAGE_BYTES" ${MODE[@]+"${MODE[@]}"}
