#!/usr/bin/env bash
# The admin's integration tests drive a real Chromium through chromedriver (Debian's chromium and
# chromium-driver). Install them when they are missing and this user may; otherwise say what to do.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium and ChromeDriver: sudo apt-get install chromium chromium-driver" >&2
exit 1
