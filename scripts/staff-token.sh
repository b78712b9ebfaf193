#!/usr/bin/env bash
# staff-token.sh [USER] [HOURS] [HOTEL]: prints a staff JWT for the embedded default's staff API, signed with the
# key suite.sh made (.local/keys), for curl; people sign in on the staff page instead. HOTEL (default demo-hotel,
# * for every hotel) goes in the hotel_id claim: the API acts only for that hotel, and for none without it.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
key="$STATE/keys/jwt-private.pem"
[[ -f $key ]] || die "no signing key at $key: start the suite first (scripts/suite.sh start)"
user=${1:-staff@demo-hotel}
hotel=${3:-demo-hotel}
now=$(date +%s)
exp=$((now + ${2:-8} * 3600))
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","upn":"%s","sub":"%s","groups":["staff"],"hotel_id":"%s","iat":%s,"exp":%s}' \
  "${JWT_ISSUER:-hotel-agent}" "$user" "$user" "$hotel" "$now" "$exp" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
