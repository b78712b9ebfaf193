#!/usr/bin/env bash
# staff-user.sh USER ROLES HOTEL [PASSWORD]: prints one line for the orchestrator's staff users file
# (STAFF_USERS_FILE): "<user> <roles> <hotelId|*> pbkdf2-sha256$<iterations>$<salt>$<hash>".
# ROLES is comma-separated (staff, admin); HOTEL is a hotel id or * for all. Without PASSWORD it is read from stdin.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
(($# >= 3)) || die "usage: scripts/staff-user.sh USER ROLES HOTEL [PASSWORD]"
user=$1 roles=$2 hotel=$3
if (($# >= 4)); then password=$4; else IFS= read -r -s -p "password for $user: " password; echo >&2; fi
[[ -n $password ]] || die "an empty password is not allowed"
iterations=210000
salt=$(openssl rand -base64 16)
hash=$(openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt "pass:$password" \
  -kdfopt "hexsalt:$(printf '%s' "$salt" | openssl base64 -d -A | od -An -v -tx1 | tr -d ' \n')" \
  -kdfopt "iter:$iterations" -binary PBKDF2 | openssl base64 -A)
printf '%s %s %s pbkdf2-sha256$%s$%s$%s\n' "$user" "$roles" "$hotel" "$iterations" "$salt" "$hash"
