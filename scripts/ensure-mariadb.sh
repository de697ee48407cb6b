#!/usr/bin/env bash
# Makes sure MariaDB's server and client exist for the Forge SQL suite on a MySQL engine. Quiet
# when they are already there. Only the binaries: each test run starts its own private server
# (test/adapters/sql/mariadb/), so nothing here starts a service or needs systemd.
set -euo pipefail

if command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then
  if command -v mariadb-install-db >/dev/null 2>&1; then
    exit 0
  fi
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-mariadb: no mariadbd and no apt-get; install MariaDB's server (10.11 or later)" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "ensure-mariadb: installing MariaDB needs root (CI runs as root)" >&2
    exit 1
  fi
fi

echo "ensure-mariadb: installing mariadb-server with apt-get (seconds, once)"
$sudo apt-get update -qq
# policy-rc.d answering 101 keeps the package from starting the system's own server: the tests
# start a private one, and a container has no init to run it anyway.
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  own_policy=1
fi
status=0
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client >/dev/null || status=$?
if [ -n "$own_policy" ]; then $sudo rm -f "$policy"; fi
if [ "$status" -ne 0 ]; then
  echo "ensure-mariadb: apt-get install failed ($status)" >&2
  exit "$status"
fi
echo "ensure-mariadb: $(/usr/sbin/mariadbd --version 2>/dev/null || mariadbd --version)"
