#!/usr/bin/env bash
# pg-redis-local.sh start|stop|status [DIR]
# PostgreSQL + Redis from Debian packages, without systemd. Reuses servers that already answer;
# installs (apt-get) and starts them only when missing; creates the app role and databases.
# stop stops only what this script started (marker files in DIR, default $STATE/pg-redis).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ACTION=${1:-}
DIR=${2:-$STATE/pg-redis}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_APP_USER=${PG_APP_USER:-hotel}
PG_APP_PASSWORD=${PG_APP_PASSWORD:-hotel}
PG_APP_DBS=${PG_APP_DBS:-gateway,orchestrator,pms,gateway_test,orchestrator_test,pms_test,gateway_e2e,orchestrator_e2e,pms_e2e,gateway_bench,orchestrator_bench,pms_bench}
PG_SUPERUSER=${PG_SUPERUSER:-postgres} # only for the TCP fallback (no root/peer auth)
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
PG_MARKER="$DIR/postgres.started" # "<version> <cluster>" of a cluster this script started
REDIS_MARKER="$DIR/redis.started"
REDIS_PIDFILE="$DIR/redis/redis.pid"
REDIS_LOG="$DIR/redis/redis.log"

# ensure_cmds CMD...: install postgresql + redis-server only if a command we need is missing.
ensure_cmds() {
  local c missing=()
  for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
  if ((${#missing[@]} == 0)); then return 0; fi
  log "missing ${missing[*]}: installing postgresql and redis-server"
  apt_install postgresql redis-server
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "$c is still missing after apt-get install postgresql redis-server: check $CACHE/logs/apt.log"
  done
}

# ---------------------------------------------------------------- PostgreSQL

pg_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 3 >/dev/null 2>&1
  else
    port_open "$PG_HOST" "$PG_PORT"
  fi
}

start_pg() {
  local line ver name port status newest
  if port_open "$PG_HOST" "$PG_PORT"; then
    if [[ -f $PG_MARKER ]]; then
      log "PostgreSQL already running on $PG_HOST:$PG_PORT (cluster $(tr ' ' / <"$PG_MARKER"), started by this script)"
    else
      log "PostgreSQL already running on $PG_HOST:$PG_PORT: reusing it (stop will leave it alone)"
    fi
    wait_for pg_ready 30 "PostgreSQL on $PG_HOST:$PG_PORT to accept connections" ||
      die "something listens on $PG_HOST:$PG_PORT but does not accept PostgreSQL connections: check it, or set PG_PORT"
    return 0
  fi
  ensure_cmds pg_lsclusters pg_ctlcluster pg_createcluster psql
  [[ $(id -u) == 0 ]] || die "PostgreSQL is not running on $PG_HOST:$PG_PORT and only root can start it here: start it yourself or rerun as root"
  # Columns: version cluster port status owner datadir logfile
  line=$(pg_lsclusters -h 2>/dev/null | awk -v p="$PG_PORT" '$3 == p' | head -n 1)
  if [[ -z $line ]]; then
    newest=$(pg_lsclusters -h 2>/dev/null | sort -V -k1,1 | tail -n 1)
    if [[ -n $newest ]]; then
      read -r ver name port _ <<<"$newest"
      die "no PostgreSQL cluster is configured for port $PG_PORT (newest is $ver/$name on port $port): set PG_PORT=$port, or create one with 'pg_createcluster $ver hotel --port $PG_PORT'"
    fi
    ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
    [[ -n $ver ]] || die "no PostgreSQL server version under /usr/lib/postgresql: run 'apt-get install -y postgresql'"
    log "no PostgreSQL cluster exists: creating $ver/main on port $PG_PORT"
    timeout 120 pg_createcluster --port "$PG_PORT" "$ver" main >"$DIR/pg_createcluster.log" 2>&1 9>&- ||
      die "pg_createcluster $ver main failed (see $DIR/pg_createcluster.log): fix the cause and retry"
    line=$(pg_lsclusters -h | awk -v p="$PG_PORT" '$3 == p' | head -n 1)
  fi
  read -r ver name port status _ <<<"$line"
  if [[ $status == online* ]]; then
    die "cluster $ver/$name is online but not reachable on $PG_HOST:$PG_PORT: check listen_addresses in /etc/postgresql/$ver/$name/postgresql.conf"
  fi
  log "starting PostgreSQL cluster $ver/$name on port $PG_PORT"
  # No systemd here: --skip-systemctl-redirect runs pg_ctl directly. 9>&-: keep our lock fd
  # out of the server.
  timeout 60 pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" start >"$DIR/pg_ctlcluster.log" 2>&1 9>&- ||
    die "pg_ctlcluster $ver $name start failed (see $DIR/pg_ctlcluster.log and /var/log/postgresql/postgresql-$ver-$name.log)"
  echo "$ver $name" >"$PG_MARKER"
  wait_for pg_ready 30 "PostgreSQL on $PG_HOST:$PG_PORT" ||
    die "PostgreSQL $ver/$name started but does not accept connections on $PG_HOST:$PG_PORT: see /var/log/postgresql/postgresql-$ver-$name.log"
}

# pg_super ARGS...: psql as a superuser, SQL on stdin. Peer auth as OS user postgres when we
# are root (works with Debian's default pg_hba), else TCP as $PG_SUPERUSER (trust machines, or
# PG_SUPERPASSWORD).
PG_SUPER_MODE=""
pg_super() {
  local opts=(-X -w -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres)
  if [[ $PG_SUPER_MODE == peer ]]; then
    # cd /: postgres may not read the caller's cwd (psql warns about it).
    (cd / && runuser -u postgres -- env PGCONNECT_TIMEOUT=5 timeout 60 psql "${opts[@]}" "$@")
  else
    env ${PG_SUPERPASSWORD:+"PGPASSWORD=$PG_SUPERPASSWORD"} PGCONNECT_TIMEOUT=5 \
      timeout 60 psql "${opts[@]}" -h "$PG_HOST" -U "$PG_SUPERUSER" "$@"
  fi
}

choose_super() {
  if [[ $(id -u) == 0 ]] && id postgres >/dev/null 2>&1; then
    PG_SUPER_MODE=peer
    pg_super -c 'select 1' >/dev/null 2>&1 <&- && return 0
  fi
  PG_SUPER_MODE=tcp
  pg_super -c 'select 1' >/dev/null 2>&1 <&- && return 0
  die "cannot connect to PostgreSQL on port $PG_PORT as a superuser (peer auth as OS user postgres, or TCP as $PG_SUPERUSER): run as root, or set PG_SUPERUSER/PG_SUPERPASSWORD"
}

# Role and databases, created only if missing (CREATE DATABASE cannot run in a DO block,
# hence \gexec).
ensure_role_dbs() {
  local todo err
  choose_super
  todo=$(pg_super -At -v u="$PG_APP_USER" -v dbs="$PG_APP_DBS" <<'SQL'
SELECT 'role ' || :'u' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u');
SELECT 'database ' || d FROM unnest(string_to_array(replace(:'dbs', ' ', ''), ',')) AS d
 WHERE d <> '' AND NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d);
SELECT 'owner ' || datname || ' ' || pg_get_userbyid(datdba) FROM pg_database
 WHERE datname = ANY (string_to_array(replace(:'dbs', ' ', ''), ',')) AND pg_get_userbyid(datdba) <> :'u';
SQL
  ) || die "cannot query roles/databases on port $PG_PORT as superuser ($PG_SUPER_MODE): check the server log"
  while read -r kind what owner; do
    if [[ $kind == owner ]]; then
      log "note: database $what exists but is owned by $owner, not $PG_APP_USER (left as is)"
    fi
  done <<<"$todo"
  todo=$(grep -v '^owner ' <<<"$todo" || true)
  if [[ -z $todo ]]; then return 0; fi
  log "creating in PostgreSQL on port $PG_PORT: $(paste -sd, <<<"$todo" | sed 's/,/, /g')"
  if ! err=$(pg_super -v u="$PG_APP_USER" -v p="$PG_APP_PASSWORD" -v dbs="$PG_APP_DBS" 2>&1 >/dev/null <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'u', :'p')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', d, :'u')
  FROM unnest(string_to_array(replace(:'dbs', ' ', ''), ',')) AS d
 WHERE d <> '' AND NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
  ); then
    die "creating role $PG_APP_USER / databases failed: $(grep -m1 -i error <<<"$err" || head -n1 <<<"$err")"
  fi
}

# The apps connect over TCP with a password: prove that exact path works.
verify_app_login() {
  local db=${PG_APP_DBS%%,*} err
  db=${db// /}
  if ! err=$(PGPASSWORD="$PG_APP_PASSWORD" PGCONNECT_TIMEOUT=5 timeout 15 \
    psql -X -w -Atq -h "$PG_HOST" -p "$PG_PORT" -U "$PG_APP_USER" -d "${db:-postgres}" -c 'select 1' 2>&1 >/dev/null); then
    die "user $PG_APP_USER cannot log in over TCP at $PG_HOST:$PG_PORT/${db:-postgres} ($(head -n1 <<<"$err")): check PG_APP_PASSWORD and pg_hba.conf"
  fi
}

stop_pg() {
  local ver name
  if [[ ! -f $PG_MARKER ]]; then
    log "PostgreSQL was not started by this script: nothing to stop (a reused server stays up)"
    return 0
  fi
  read -r ver name <"$PG_MARKER"
  log "stopping PostgreSQL cluster $ver/$name (started by this script)"
  timeout 90 pg_ctlcluster --skip-systemctl-redirect "$ver" "$name" stop -m fast >"$DIR/pg_ctlcluster.log" 2>&1 ||
    die "pg_ctlcluster $ver $name stop failed (see $DIR/pg_ctlcluster.log): check 'pg_lsclusters'"
  rm -f "$PG_MARKER"
}

# ---------------------------------------------------------------- Redis

# redis_reply: first line the server sends back to PING ("+PONG" for a usable Redis).
redis_reply() {
  # shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2" || exit 1; printf "PING\r\n" >&3; head -n 1 <&3' \
    _ "$REDIS_HOST" "$REDIS_PORT" 2>/dev/null | tr -d '\r' || true
}
redis_pong() { [[ $(redis_reply) == +PONG ]]; }

our_redis_pid() {
  local pid
  [[ -f $REDIS_MARKER && -r $REDIS_PIDFILE ]] || return 1
  pid=$(<"$REDIS_PIDFILE")
  pid_matches "$pid" redis-server || return 1
  printf '%s\n' "$pid"
}

start_redis() {
  local reply pid owner
  if port_open "$REDIS_HOST" "$REDIS_PORT"; then
    reply=$(redis_reply)
    if pid=$(our_redis_pid); then
      log "Redis already running on $REDIS_HOST:$REDIS_PORT (pid $pid, started by this script)"
    elif [[ $reply == +PONG ]]; then
      log "Redis already running on $REDIS_HOST:$REDIS_PORT: reusing it (stop will leave it alone)"
    elif [[ $reply == -NOAUTH* ]]; then
      log "Redis on $REDIS_HOST:$REDIS_PORT requires a password: reusing it; the apps need that password"
    else
      owner=$(port_owner "$REDIS_PORT")
      die "port $REDIS_PORT is taken by something that does not answer Redis PING${owner:+ ($owner)}: stop it or set REDIS_PORT"
    fi
    return 0
  fi
  ensure_cmds redis-server
  rm -f "$REDIS_MARKER"
  mkdir -p "$DIR/redis"
  log "starting Redis on $REDIS_HOST:$REDIS_PORT (data: none, log: $REDIS_LOG)"
  # Dev/test cache: nothing persisted (--save "" --appendonly no). 9>&-: keep our lock fd out.
  timeout 20 redis-server --daemonize yes --bind "$REDIS_HOST" --port "$REDIS_PORT" \
    --dir "$DIR/redis" --pidfile "$REDIS_PIDFILE" --logfile "$REDIS_LOG" \
    --save "" --appendonly no >"$DIR/redis/start.out" 2>&1 9>&- ||
    die "redis-server failed to start (see $DIR/redis/start.out and $REDIS_LOG)"
  touch "$REDIS_MARKER"
  wait_for redis_pong 15 "Redis on $REDIS_HOST:$REDIS_PORT" ||
    die "Redis did not answer PING on $REDIS_HOST:$REDIS_PORT within 15 s: see $REDIS_LOG"
}

stop_redis() {
  local pid
  if [[ ! -f $REDIS_MARKER ]]; then
    log "Redis was not started by this script: nothing to stop (a reused server stays up)"
    return 0
  fi
  if pid=$(our_redis_pid); then
    log "stopping Redis (pid $pid, started by this script)"
    kill_pid "$pid" redis-server Redis 15
  else
    log "Redis started by this script is no longer running: cleaning up its marker"
  fi
  rm -f "$REDIS_MARKER" "$REDIS_PIDFILE"
}

# ---------------------------------------------------------------- actions

status() {
  local rc=0 how
  if pg_ready; then
    how="not started by this script"
    [[ ! -f $PG_MARKER ]] || how="cluster $(tr ' ' / <"$PG_MARKER"), started by pg-redis-local.sh"
    echo "postgres: up on $PG_HOST:$PG_PORT ($how)"
  else
    echo "postgres: down ($PG_HOST:$PG_PORT not accepting connections)"
    rc=3
  fi
  if redis_pong; then
    how="not started by this script"
    [[ ! -f $REDIS_MARKER ]] || how="started by pg-redis-local.sh, log $REDIS_LOG"
    echo "redis: up on $REDIS_HOST:$REDIS_PORT ($how)"
  else
    echo "redis: down ($REDIS_HOST:$REDIS_PORT does not answer PING)"
    rc=3
  fi
  return "$rc"
}

case $ACTION in
  start)
    lock_dir "$DIR" pg-redis-local.sh
    t0=$SECONDS
    ensure_cmds psql # needed even when reusing: role/database setup
    start_pg
    ensure_role_dbs
    verify_app_login
    start_redis
    log "PostgreSQL $PG_HOST:$PG_PORT (user $PG_APP_USER) and Redis $REDIS_HOST:$REDIS_PORT ready ($((SECONDS - t0))s)"
    ;;
  stop)
    lock_dir "$DIR" pg-redis-local.sh
    stop_redis
    stop_pg
    ;;
  status) status || exit $? ;; # 3 = down (not an error to trap)
  *) die "usage: scripts/pg-redis-local.sh start|stop|status [DIR]" ;;
esac
