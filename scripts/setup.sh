#!/usr/bin/env bash
# Sets up a fresh machine for As Of: Debian's Chromium and Firefox ESR when missing, then the npm packages.
# Used by the README's two commands and by CI. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

need_apt=()
[ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -n "${FIREFOX_PATH:-}" ] || command -v firefox-esr >/dev/null 2>&1 || need_apt+=(firefox-esr)
# German for the browser tests in another language (test/browser/german.test.ts): Chromium's locale
# files and Firefox ESR's German language pack.
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
[ -n "${CHROMIUM_PATH:-}" ] || installed chromium-l10n || need_apt+=(chromium-l10n)
[ -n "${FIREFOX_PATH:-}" ] || installed firefox-esr-l10n-de || need_apt+=(firefox-esr-l10n-de)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} from Debian"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# npm ci unless node_modules was installed after the lock file last changed.
if [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
