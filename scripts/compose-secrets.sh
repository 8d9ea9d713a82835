#!/usr/bin/env bash
# First setup for `docker compose up`: writes .env beside docker-compose.yml (mode 0600, not in git)
# with a random password for PostgreSQL's superuser, the schema's owner and the service's limited
# role, and a METRICS_TOKEN. Compose reads .env by itself. A value already in .env is kept, so
# running this again changes nothing; a database volume keeps the passwords it was created with.
set -euo pipefail
cd "$(dirname "$0")/.."
umask 077
touch .env
chmod 600 .env
random() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }
added=()
for name in POSTGRES_PASSWORD REGIONKOLLEN_OWNER_PASSWORD REGIONKOLLEN_APP_PASSWORD METRICS_TOKEN; do
  if ! grep -q "^${name}=." .env; then
    printf '%s=%s\n' "$name" "$(random)" >> .env
    added+=("$name")
  fi
done
if [ ${#added[@]} -eq 0 ]; then
  echo ".env already has every secret; nothing changed."
else
  echo "Wrote ${added[*]} to .env (mode 0600). Now: docker compose up"
fi
