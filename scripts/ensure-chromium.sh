#!/usr/bin/env bash
# Makes sure a Chromium is there for the end-to-end tests and the demo, so the README's two commands work on a
# fresh machine. The same search as test/e2e/browser-path.ts: CHROME_PATH, then chromium, chromium-browser,
# google-chrome on PATH. When none is found on Debian/Ubuntu as root, Debian's package is installed; anywhere
# else the tests stop with an install hint (no browser is ever downloaded from elsewhere).
set -euo pipefail

have_browser() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ] && return 0
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1
}

have_browser && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package (about a minute)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  have_browser && exit 0
fi
echo "No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary." >&2
exit 1
