#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL, then makes sure the role and database the
# application's PostgreSQL datasource defaults to exist:
#   jdbc:postgresql://localhost:5432/breach_response, user breach_response, password breach_response.
# Idempotent: safe to run again, and when the cluster is already running. Must run as root.
# With --fresh it drops the database first, so the tests migrate an empty one as a new practice would.
# Fails loudly (non-zero exit, message on stderr) when PostgreSQL cannot be installed or started.
set -euo pipefail

DB_NAME=breach_response
DB_USER=breach_response
DB_PASSWORD=breach_response
WAIT_SECONDS=60
FRESH=false
[ "${1:-}" = "--fresh" ] && FRESH=true

fail() {
  echo "start-postgresql: ERROR: $*" >&2
  exit 1
}
say() {
  echo "start-postgresql: $*"
}

[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs packages and runs psql as the postgres user)"

# 1. Install Debian's PostgreSQL, unless it is there already.
if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls -d /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  say "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq \
    || fail "apt-get update failed"
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq postgresql >/dev/null \
    || fail "apt-get install postgresql failed"
fi

# 2. Find the newest installed server version and its cluster (create 'main' if the package made none).
version=$(ls -1 /usr/lib/postgresql | grep -E '^[0-9]+$' | sort -n | tail -n 1 || true)
[ -n "$version" ] || fail "no PostgreSQL server found under /usr/lib/postgresql after installing"
cluster=$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print $2; exit }')
if [ -z "$cluster" ]; then
  say "creating cluster $version/main"
  pg_createcluster "$version" main >/dev/null || fail "pg_createcluster $version main failed"
  cluster=main
fi
port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')
logfile=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $7 }')

# 3. Start it, unless it runs already.
status=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }')
if [ "$status" = "online" ]; then
  say "PostgreSQL $version/$cluster already running on port $port"
else
  say "starting PostgreSQL $version/$cluster on port $port"
  if ! pg_ctlcluster "$version" "$cluster" start; then
    # pg_ctlcluster has printed the server's log lines above
    fail "could not start PostgreSQL $version/$cluster (pg_ctlcluster $version $cluster start failed; log: ${logfile:-none})"
  fi
fi

# 4. Wait until it accepts connections over TCP, as the application connects.
for ((i = 0; i < WAIT_SECONDS; i++)); do
  if pg_isready -q -h localhost -p "$port"; then
    break
  fi
  sleep 1
done
if ! pg_isready -q -h localhost -p "$port"; then
  [ -n "$logfile" ] && [ -f "$logfile" ] && tail -n 15 "$logfile" >&2
  fail "PostgreSQL $version/$cluster does not accept connections on localhost:$port after ${WAIT_SECONDS}s"
fi

# 5. The role and the database, created or brought back to the expected state; breach_upgrade, into which
#    PreviousReleaseUpgradeIT restores a database the previous release wrote; and breach_cluster, which the cluster
#    tests (src/test/java/org/breachresponse/cluster) drop and create again for each cluster, so the role may
#    create databases (CREATEDB; it owns what it creates, and is no superuser).
psql_admin() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@")
}
if [ "$FRESH" = true ]; then
  say "dropping database $DB_NAME (--fresh)"
  psql_admin -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" || fail "could not drop database $DB_NAME"
fi
psql_admin -d postgres <<SQL || fail "could not create role $DB_USER / database $DB_NAME"
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
ALTER DATABASE $DB_NAME OWNER TO $DB_USER;
SELECT 'CREATE DATABASE breach_upgrade OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'breach_upgrade')\gexec
SELECT 'CREATE DATABASE breach_cluster OWNER $DB_USER ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'breach_cluster')\gexec
ALTER DATABASE breach_cluster OWNER TO $DB_USER;
SQL

# 6. Prove the application's credentials work over TCP (password authentication).
PGPASSWORD="$DB_PASSWORD" psql -X -q -h localhost -p "$port" -U "$DB_USER" -d "$DB_NAME" -tAc 'SELECT 1' >/dev/null \
  || fail "cannot log in as $DB_USER to $DB_NAME on localhost:$port with the expected password"

say "ready: PostgreSQL $(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $1 "/" $2 }') on localhost:$port, database $DB_NAME owned by $DB_USER"
if [ "$port" != "5432" ]; then
  say "note: the cluster is not on 5432; set BREACH_DB_URL=jdbc:postgresql://localhost:$port/$DB_NAME"
fi
