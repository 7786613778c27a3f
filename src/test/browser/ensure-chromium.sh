#!/usr/bin/env bash
# Run by Maven before the real-browser tests (*IT): makes sure Debian's Chromium and its driver are installed, so
# `mvn verify` needs no set-up of its own. Nothing else is downloaded: the tests drive these two by path.
set -euo pipefail

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    echo "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver." >&2
    echo "Install them as root: apt-get install -y chromium chromium-driver (or skip them with -DskipITs)" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q chromium chromium-driver
fi
/usr/bin/chromium --version
/usr/bin/chromedriver --version
