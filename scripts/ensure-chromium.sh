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

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: no $chromium and no apt-get; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "ensure-chromium: installing Chromium needs root (CI runs as root); or set CHROMIUM_PATH" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Chromium with apt-get (about a minute, once)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "ensure-chromium: $("$chromium" --version 2>/dev/null)"
