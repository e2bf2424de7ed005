#!/usr/bin/env bash
# The review page test drives a real browser: Debian's headless Chromium. Installed here when missing, so that
# `make test` needs nothing installed by hand (CI and developer machines run as root with apt).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: Chromium is missing and cannot be installed here (needs root and apt-get);" \
       "install the 'chromium' package, then run make test again" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium package for the review page test"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
