#!/usr/bin/env bash
# Installs Debian packages for the scripts/ensure-*.sh: quiet, non-interactive, as root or through
# sudo, and without letting a package start a service (the tests start their own, privately).
# Usage: apt-install.sh <caller> <what to do without apt-get> [apt-get install option]... <package>...
set -euo pipefail
caller="$1"
otherwise="$2"
shift 2

if ! command -v apt-get >/dev/null 2>&1; then
  echo "$caller: no apt-get; $otherwise" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "$caller: installing $* needs root (CI runs as root); or $otherwise" >&2
    exit 1
  fi
fi

# policy-rc.d answering 101 tells Debian's maintainer scripts not to start services.
policy=/usr/sbin/policy-rc.d
own_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  own_policy=1
fi
status=0
{ $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null; } || status=$?
if [ -n "$own_policy" ]; then $sudo rm -f "$policy"; fi
if [ "$status" -ne 0 ]; then
  echo "$caller: apt-get could not install $* (exit $status)" >&2
fi
exit "$status"
