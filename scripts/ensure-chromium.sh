#!/usr/bin/env bash
# Makes sure a Chromium exists for the browser test. Quiet when one is already there.
# CHROMIUM_PATH picks another binary (for example on a machine without apt-get).
set -euo pipefail

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

echo "ensure-chromium: installing Chromium with apt-get (about a minute, once)"
bash "$(dirname "$0")/apt-install.sh" ensure-chromium "install Chromium and set CHROMIUM_PATH" chromium
echo "ensure-chromium: $("$chromium" --version 2>/dev/null)"
