# shellcheck shell=bash
# Shared helpers for the local-infrastructure scripts. Source it; do not run it.
#
#   REPO   repository root (computed from this file's location, so scripts work from any cwd)
#   STATE  per-clone state: ${HOTEL_STATE_DIR:-$REPO/.local}   (git-ignored)
#   CACHE  per-user cache kept across clean clones: ${HOTEL_CACHE_DIR:-$HOME/.cache/hotel-agent}

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${HOTEL_STATE_DIR:-$REPO/.local}"
CACHE="${HOTEL_CACHE_DIR:-${HOME:-/root}/.cache/hotel-agent}"
SCRIPTS="$REPO/scripts"
export REPO STATE CACHE SCRIPTS

[[ ${HOTEL_DEBUG:-0} == 1 ]] && set -x

log() { printf '[hotel] %s\n' "$*" >&2; }

# The one line a user sees when something is wrong: what, and what to do.
die() {
  printf '[hotel] ERROR: %s\n' "$*" >&2
  exit 1
}

# set -e would otherwise exit silently on an unexpected failure.
on_err() {
  printf '[hotel] ERROR: unexpected failure (exit %s) in %s line %s: rerun with HOTEL_DEBUG=1 to trace it\n' \
    "$1" "$2" "$3" >&2
  exit "$1"
}
set -E
trap 'on_err $? "${BASH_SOURCE[0]##*/}" "$LINENO"' ERR

# port_open HOST PORT: true if something accepts TCP connections there (never blocks > 2 s).
port_open() {
  # shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

# port_owner PORT: "name pid N" of the local listener, best effort (empty if unknown).
port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -Hltnp "sport = :$1" 2>/dev/null |
    sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 pid \2/p' | head -n 1
}

# wait_for CMD TIMEOUT_S DESCRIPTION: poll CMD (a shell string; each try must itself be
# bounded) every 0.5 s until it succeeds; returns 1 after TIMEOUT_S so callers can say why.
wait_for() {
  local cmd=$1 timeout_s=$2 desc=$3 deadline=$((SECONDS + $2))
  while ! eval "$cmd"; do
    if ((SECONDS >= deadline)); then
      log "gave up after ${timeout_s}s waiting for $desc"
      return 1
    fi
    sleep 0.5
  done
}

# pid_matches PID WORD: true if PID is alive and its command line contains WORD.
# Guards every kill against a recycled PID.
pid_matches() {
  [[ $1 =~ ^[0-9]+$ ]] && [[ -r /proc/$1/cmdline ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$2"
}

# kill_pid PID WORD NAME GRACE_S: SIGTERM, wait up to GRACE_S, then SIGKILL; only if pid_matches.
kill_pid() {
  local pid=$1 word=$2 name=$3 grace=$4
  pid_matches "$pid" "$word" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_for "! pid_matches $pid '$word'" "$grace" "$name (pid $pid) to exit after SIGTERM"; then
    log "$name (pid $pid) ignored SIGTERM for ${grace}s: sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_for "! pid_matches $pid '$word'" 10 "$name (pid $pid) to exit after SIGKILL" ||
      die "$name (pid $pid) survived SIGKILL: inspect it with 'ps -p $pid -f'"
  fi
}

# java_major DIR: major version of the JDK in DIR (reads DIR/release, falls back to java -version).
java_major() {
  local home=$1 v=""
  [[ -x $home/bin/java ]] || return 1
  if [[ -r $home/release ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z $v ]]; then
    v=$(timeout 20 "$home/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p') || true
  fi
  v=${v#1.}      # 1.8.0_x -> 8.0_x
  v=${v%%[._+-]*} # 25.0.3 -> 25
  [[ $v =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$v"
}

# find_java25: export JAVA_HOME (and PATH) for a JDK >= 25. Order: $JAVA_HOME, the java on
# PATH, the newest under ${HOTEL_JVM_DIR:-/usr/lib/jvm}. Quarkus 3.33 + our sources need 25.
find_java25() {
  local want=25 cand major best="" best_major=0 why=""
  if [[ -n ${JAVA_HOME:-} ]]; then
    if [[ ! -x $JAVA_HOME/bin/java ]]; then
      why="JAVA_HOME=$JAVA_HOME has no bin/java"
    elif ! major=$(java_major "$JAVA_HOME"); then
      why="JAVA_HOME=$JAVA_HOME: cannot tell its Java version"
    elif ((major >= want)); then
      export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
      return 0
    else
      why="JAVA_HOME=$JAVA_HOME is Java $major"
    fi
  fi
  if cand=$(command -v java 2>/dev/null) && cand=$(readlink -f "$cand"); then
    cand=${cand%/bin/java}
    major=$(java_major "$cand") || major=0
    if ((major >= want)); then best=$cand best_major=$major; fi
  fi
  if [[ -z $best ]]; then
    for cand in "${HOTEL_JVM_DIR:-/usr/lib/jvm}"/*; do
      [[ -d $cand ]] || continue
      major=$(java_major "$cand") || continue
      if ((major >= want && major > best_major)); then best=$cand best_major=$major; fi
    done
  fi
  [[ -n $best ]] || die "JDK $want or newer is required${why:+ ($why)}: install one (e.g. Temurin $want) and set JAVA_HOME"
  if [[ -n $why ]]; then log "$why (need $want+): using $best instead"; fi
  export JAVA_HOME=$best PATH="$best/bin:$PATH"
}

# lock_dir DIR NAME: serialise concurrent start/stop on one DIR (fd 9, released on exit).
# Children that outlive us (daemons) must be started with 9>&- so they do not hold it.
lock_dir() {
  mkdir -p "$1"
  exec 9>"$1/.lock"
  flock -w 120 9 || die "another $2 start/stop on $1 has held its lock for 120 s: wait for it or remove $1/.lock"
}

# apt_install PKG...: Debian packages, as root only. apt-get update runs once per process.
# policy-rc.d (exit 101) stops package scripts from starting services (no systemd here).
_APT_UPDATED=0
apt_install() {
  [[ $(id -u) == 0 ]] || die "missing packages ($*) and not root: run 'sudo apt-get install -y $*' and retry"
  command -v apt-get >/dev/null 2>&1 || die "missing packages ($*) and no apt-get: install $* with your package manager"
  local made_policy=0 aptlog="$CACHE/logs/apt.log"
  mkdir -p "$CACHE/logs"
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  log "installing Debian packages: $* (log: $aptlog)"
  local rc=0
  if ((_APT_UPDATED == 0)); then
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get update >"$aptlog" 2>&1 || rc=$?
    _APT_UPDATED=1
  fi
  if ((rc == 0)); then
    DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y "$@" >>"$aptlog" 2>&1 || rc=$?
  fi
  if ((made_policy)); then rm -f /usr/sbin/policy-rc.d; fi
  ((rc == 0)) || die "apt-get install $* failed (exit $rc): see $aptlog"
}

# kafka_probe HOST PORT: true if the listener speaks the Kafka protocol. Sends an ApiVersions v0
# request (correlation id 1234) and checks the id is echoed; bounded to 3 s. Much cheaper than
# a JVM, and it tells a broker from any other process holding the port.
kafka_probe() {
  local out
  # shellcheck disable=SC2016 # $1/$2 are expanded by the inner bash
  out=$(timeout 3 bash -c '
    exec 3<>"/dev/tcp/$1/$2" || exit 1
    printf "\x00\x00\x00\x0f\x00\x12\x00\x00\x00\x00\x04\xd2\x00\x05hotel" >&3
    head -c 8 <&3 | od -An -tx1' _ "$1" "$2" 2>/dev/null) || true
  out=${out//[[:space:]]/}
  [[ ${#out} == 16 && ${out:8} == 000004d2 ]]
}
