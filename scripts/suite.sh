#!/usr/bin/env bash
# suite.sh start|stop|status: the whole agent on embedded defaults. Starts the local infrastructure
# (infra.sh), a stand-in for Meta's Graph API, and the six services (built once if their jars are
# missing; --rebuild forces it), waits until every one is ready and prints the URLs. A second start
# reuses whatever already runs; stop ends only what this script (or infra.sh) started.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RUN="$STATE/run"
LOGS="$STATE/logs"
STAND_IN_PORT=${GRAPH_STAND_IN_PORT:-8089}
WIREMOCK_VERSION=3.13.2
# service:port:database ("-" = owns no database)
SERVICES=(
  "pms-adapter-service:${PMS_PORT:-8084}:pms"
  "audio-service:${AUDIO_PORT:-8085}:-"
  "orchestrator-service:${ORCHESTRATOR_PORT:-8083}:orchestrator"
  "nlp-service:${NLP_PORT:-8082}:-"
  "gateway-service:${GATEWAY_PORT:-8081}:gateway"
  "perf-service:${PERF_PORT:-8086}:-"
)

ensure_tools() {
  local missing=()
  command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
  command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
  ((${#missing[@]} == 0)) || apt_install "${missing[@]}"
}

build_if_needed() {
  local entry service missing=0
  for entry in "${SERVICES[@]}"; do
    service=${entry%%:*}
    [[ -f $REPO/$service/target/quarkus-app/quarkus-run.jar ]] || missing=1
  done
  if ((missing)) || [[ ${1:-} == --rebuild ]]; then
    log "building the services (log: $LOGS/build.log)"
    "$SCRIPTS/mvn.sh" -B -q -f "$REPO/pom.xml" -DskipTests install >"$LOGS/build.log" 2>&1 ||
      die "the build failed: see $LOGS/build.log"
  fi
}

# start_process NAME PORT WORD CMD...: background process with pid file; reuses our live one,
# refuses a port held by something else.
start_process() {
  local name=$1 port=$2 word=$3 pidfile="$RUN/$1.pid"
  shift 3
  if [[ -f $pidfile ]] && pid_matches "$(cat "$pidfile")" "$word"; then
    log "$name already runs (pid $(cat "$pidfile"))"
    return 0
  fi
  rm -f "$pidfile"
  if port_open 127.0.0.1 "$port"; then
    local owner
    owner=$(port_owner "$port")
    die "port $port for $name is taken by ${owner:-another process}: free it or set its *_PORT variable (see README)"
  fi
  setsid nohup "$@" >"$LOGS/$name.log" 2>&1 9>&- &
  echo $! >"$pidfile"
}

start_stand_in() {
  local jar="$CACHE/wiremock/wiremock-standalone-$WIREMOCK_VERSION.jar"
  if [[ ! -f $jar ]]; then
    mkdir -p "$CACHE/wiremock"
    "$SCRIPTS/mvn.sh" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$CACHE/wiremock" \
      >"$LOGS/wiremock-fetch.log" 2>&1 || die "could not fetch WireMock: see $LOGS/wiremock-fetch.log"
  fi
  start_process graph-stand-in "$STAND_IN_PORT" wiremock-standalone \
    java -Xmx128m -jar "$jar" --port "$STAND_IN_PORT" --bind-address 127.0.0.1 \
    --root-dir "$SCRIPTS/graph-stand-in" --global-response-templating --disable-banner
}

# The staff API takes JWTs; the embedded default makes its own signing key once (staff-token.sh signs with it).
ensure_keys() {
  local keys="$STATE/keys"
  command -v openssl >/dev/null 2>&1 || apt_install openssl
  if [[ ! -f $keys/jwt-public.pem ]]; then
    mkdir -p "$keys"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$keys/jwt-private.pem" -pubout -out "$keys/jwt-public.pem"
    chmod 600 "$keys/jwt-private.pem"
  fi
  export JWT_PUBLIC_KEY_LOCATION="$keys/jwt-public.pem" JWT_PRIVATE_KEY_LOCATION="$keys/jwt-private.pem"
}

# The staff page's sign-in reads users from a file; the embedded default has one user with a password made once.
ensure_staff_users() {
  local users="$STATE/staff-users.txt" password="$STATE/staff-password"
  if [[ ! -f $users ]]; then
    (umask 077 && openssl rand -base64 12 | tr -d '/+=' >"$password")
    (umask 077 && "$SCRIPTS/staff-user.sh" staff@demo-hotel staff,admin demo-hotel "$(cat "$password")" >"$users")
  fi
  export STAFF_USERS_FILE="$users"
}

start_services() {
  local entry service port db
  ensure_keys
  ensure_staff_users
  set -a
  # shellcheck source=/dev/null
  source "$SCRIPTS/embedded.env"
  set +a
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r service port db <<<"$entry"
    start_process "$service" "$port" "$service/target/quarkus-app" \
      env HTTP_PORT="$port" PG_DATABASE="$db" java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -jar "$REPO/$service/target/quarkus-app/quarkus-run.jar"
  done
}

await_ready() {
  local entry service port db
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r service port db <<<"$entry"
    wait_for "pid_matches \$(cat '$RUN/$service.pid') '$service' && curl -fsS -m 3 -o /dev/null http://127.0.0.1:$port/q/health/ready" \
      120 "$service readiness" || die "$service is not ready: see $LOGS/$service.log (and http://127.0.0.1:$port/q/health)"
  done
}

print_urls() {
  local entry service port db
  printf '\nThe hotel agent is running:\n'
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r service port db <<<"$entry"
    printf '  %-22s http://127.0.0.1:%s/q/swagger-ui   metrics /q/metrics   health /q/health\n' "$service" "$port"
  done
  printf '  %-22s http://127.0.0.1:%s/__admin/requests (what the agent sent to "WhatsApp")\n' graph-stand-in "$STAND_IN_PORT"
  printf '\nGuest chat:  http://127.0.0.1:%s/chat/demo-hotel\n' "${GATEWAY_PORT:-8081}"
  printf 'WhatsApp:    scripts/simulate.sh "Hola, ¿tienen parking?"\n'
  printf 'Staff page:  http://127.0.0.1:%s/staff/  (user staff@demo-hotel, password %s)\n' "${ORCHESTRATOR_PORT:-8083}" "$(cat "$STATE/staff-password" 2>/dev/null || echo '?')"
  printf 'Staff API:   TOKEN=$(scripts/staff-token.sh); curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:%s/api/conversations?hotelId=demo-hotel\n' "${ORCHESTRATOR_PORT:-8083}"
  printf 'Logs:        %s\nStop:        scripts/suite.sh stop\n' "$LOGS"
}

stop_all() {
  local entry service i
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    service=${SERVICES[i]%%:*}
    [[ -f $RUN/$service.pid ]] && kill_pid "$(cat "$RUN/$service.pid")" "$service/target/quarkus-app" "$service" 20
    rm -f "$RUN/$service.pid"
  done
  [[ -f $RUN/graph-stand-in.pid ]] && kill_pid "$(cat "$RUN/graph-stand-in.pid")" wiremock-standalone graph-stand-in 10
  rm -f "$RUN/graph-stand-in.pid"
  "$SCRIPTS/infra.sh" stop
}

status_all() {
  local entry service port db rc=0
  "$SCRIPTS/infra.sh" status || rc=3
  for entry in "${SERVICES[@]}" "graph-stand-in:$STAND_IN_PORT:-"; do
    IFS=: read -r service port db <<<"$entry"
    if [[ -f $RUN/$service.pid ]] && pid_matches "$(cat "$RUN/$service.pid")" "${service/graph-stand-in/wiremock}"; then
      printf '%s: up on 127.0.0.1:%s (pid %s, log %s)\n' "$service" "$port" "$(cat "$RUN/$service.pid")" "$LOGS/$service.log"
    else
      printf '%s: down\n' "$service"
      rc=3
    fi
  done
  return "$rc"
}

mkdir -p "$RUN" "$LOGS"
case ${1:-} in
  start)
    t0=$SECONDS
    find_java25
    ensure_tools
    "$SCRIPTS/infra.sh" start || exit $?
    build_if_needed "${2:-}"
    start_stand_in
    start_services
    await_ready
    log "suite ready in $((SECONDS - t0))s"
    print_urls
    ;;
  stop) stop_all ;;
  status) status_all || exit $? ;;
  *) die "usage: scripts/suite.sh start [--rebuild] | stop | status" ;;
esac
