#!/bin/sh
# Creates the topics of scripts/topics.txt (mounted at /topics.txt) on the compose broker; idempotent.
set -eu
grep -v '^#' /topics.txt | while read -r name partitions; do
  [ -n "$name" ] || continue
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka:9092 --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor 1 --config max.message.bytes=4194304
done
