#!/usr/bin/env bash
# The whole test suite from a fresh machine: installs what the tests need (Debian's Chromium
# for browser tests, PostgreSQL for the second storage backend and libpq-dev to build its
# driver), the npm packages, then runs every test. The PostgreSQL tests use $KAGAMI_TEST_PG
# when set, else start a throwaway cluster of their own. Used by the README and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pg_config >/dev/null 2>&1 || need+=(libpq-dev)
{ command -v make && command -v g++ && command -v python3; } >/dev/null 2>&1 || need+=(build-essential python3)
# The reference MediaWiki (about a minute to install): exports are checked with its importDump.php.
[ -f /usr/share/mediawiki/maintenance/importDump.php ] || need+=(mediawiki php-cli php-sqlite3 php-mbstring php-intl php-xml lua5.1)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} (install them with apt-get, as root)" >&2
    exit 1
  fi
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
npm test
