#!/bin/sh
# The database's first setup (the postgres image runs this once, when its volume is new, as the
# superuser): the owner that migrates and owns the schema, and the service's limited role, with
# the passwords scripts/compose-secrets.sh wrote to .env. The grants follow after every migration
# run (the migrate service: db:migrate --grant regionkollen_app, the README's SQL).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v owner_password="$REGIONKOLLEN_OWNER_PASSWORD" -v app_password="$REGIONKOLLEN_APP_PASSWORD" <<'SQL'
CREATE ROLE regionkollen LOGIN PASSWORD :'owner_password';
ALTER DATABASE regionkollen OWNER TO regionkollen;
ALTER SCHEMA public OWNER TO regionkollen;
CREATE ROLE regionkollen_app LOGIN PASSWORD :'app_password';
SQL
