#!/usr/bin/env bash
# Makes sure MariaDB's server and client exist for the Forge SQL suites on a MySQL engine. Quiet
# when they are there. Only the binaries: each jest run starts its own private server
# (test/support/mariadb/), so nothing here starts a service or needs systemd.
set -euo pipefail
cd "$(dirname "$0")"

if [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null 2>&1; then
  exit 0
fi

echo "ensure-mariadb: installing mariadb-server with apt-get (seconds, once)"
bash apt-install.sh ensure-mariadb "install MariaDB's server (10.11 or later) so that /usr/sbin/mariadbd exists" --no-install-recommends mariadb-server mariadb-client
echo "ensure-mariadb: $(/usr/sbin/mariadbd --version)"
