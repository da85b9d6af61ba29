#!/usr/bin/env bash
# Start the Debian PostgreSQL 15 cluster for the tests (as the postgres user, never as root)
# and make sure the test role exists. Prints the URL to use on stdout.
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
PG_CLUSTER=${PG_CLUSTER:-main}
PG_PORT=${PG_PORT:-5432}
PG_ROLE=${PG_ROLE:-pressdesk_test}
PG_PASSWORD=${PG_PASSWORD:-pressdesk_test}

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ]; then
  echo "Installing PostgreSQL $PG_VERSION from Debian's packages..." >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "postgresql-$PG_VERSION" >&2
fi

if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {found=1} END {exit !found}'; then
  if [ "$(id -u)" = 0 ]; then pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >&2; else sudo pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >&2; fi
fi

status=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}')
if [ "$status" != "online" ]; then
  as_postgres pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2
fi

for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$PG_PORT" && break
  sleep 1
done

as_postgres psql -q -p "$PG_PORT" -v ON_ERROR_STOP=1 -d postgres >&2 <<SQL
SET client_min_messages = warning;
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
-- The db grant tests create the roles they grant to.
ALTER ROLE $PG_ROLE CREATEROLE;
-- Tests drop their databases WITH (FORCE): let the role end leftover sessions.
GRANT pg_signal_backend TO $PG_ROLE;
SQL

echo "postgresql+psycopg://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
