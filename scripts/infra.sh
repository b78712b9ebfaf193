#!/usr/bin/env bash
# infra.sh start|stop|status: the whole local infrastructure of the project, in dependency
# order: PostgreSQL + Redis, then the Kafka broker, then its topics (stop: reverse order).
# Ports: PG_PORT (5432), REDIS_PORT (6379), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093).
# State: ${HOTEL_STATE_DIR:-<repo>/.local}; see scripts/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Each sub-script prints its own one-line error; '|| exit $?' keeps our ERR trap from adding
# a second, less useful line.
case ${1:-} in
  start)
    t0=$SECONDS
    "$SCRIPTS/pg-redis-local.sh" start || exit $?
    "$SCRIPTS/kafka-local.sh" start || exit $?
    "$SCRIPTS/create-topics.sh" || exit $?
    log "infrastructure ready in $((SECONDS - t0))s: PostgreSQL 127.0.0.1:${PG_PORT:-5432}, Redis 127.0.0.1:${REDIS_PORT:-6379}, Kafka 127.0.0.1:${KAFKA_PORT:-9092}"
    ;;
  stop)
    rc=0 # try both even if one fails
    "$SCRIPTS/kafka-local.sh" stop || rc=$?
    "$SCRIPTS/pg-redis-local.sh" stop || rc=$?
    exit "$rc"
    ;;
  status)
    rc=0 # one line per service; 3 if any is down
    "$SCRIPTS/pg-redis-local.sh" status || rc=3
    "$SCRIPTS/kafka-local.sh" status || rc=3
    exit "$rc"
    ;;
  *) die "usage: scripts/infra.sh start|stop|status" ;;
esac
