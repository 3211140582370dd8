#!/usr/bin/env bash
# First start: a cluster in $PGDATA with the database and user from POSTGRES_DB, POSTGRES_USER, POSTGRES_PASSWORD.
set -euo pipefail
PGDATA=${PGDATA:-/var/lib/postgresql/data}
bin=$(ls -d /usr/lib/postgresql/*/bin | tail -1)
if [ ! -s "$PGDATA"/PG_VERSION ]; then
  "$bin/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  echo "listen_addresses = '*'" >>"$PGDATA"/postgresql.conf
  echo "host all all 0.0.0.0/0 scram-sha-256" >>"$PGDATA"/pg_hba.conf
  "$bin/pg_ctl" -D "$PGDATA" -w start >/dev/null
  psql -v ON_ERROR_STOP=1 -U postgres -c "create user \"$POSTGRES_USER\" password '$POSTGRES_PASSWORD'" >/dev/null
  psql -v ON_ERROR_STOP=1 -U postgres -c "create database \"$POSTGRES_DB\" owner \"$POSTGRES_USER\"" >/dev/null
  "$bin/pg_ctl" -D "$PGDATA" -w stop >/dev/null
fi
exec "$bin/postgres" -D "$PGDATA"
