#!/usr/bin/env bash
# Reference MediaWiki 1.39 wikis for the benchmarks (Debian's package, SQLite), one per corpus,
# set up by ../shared/tools/mediawiki-ref.sh and filled by its mw-import.sh:
#   $MWREF_BENCH       the putinp-wiki fixture (Kagamine Len)   default /tmp/mwref-bench
#   $MWREF_BENCH-kc    the kancolle corpus, with its namespaces (import: a few minutes)
#   $MWREF_BENCH-wp    empty, for the Wikipedia corpus's source files
# Idempotent: a wiki that has its pages already is left alone. Needs root for apt-get.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${KAGAMI_SHARED:-$(cd "$here/../../.." && pwd)/shared}
tools=$shared/tools
base=${MWREF_BENCH:-/tmp/mwref-bench}

imported() { # dir title
  (cd /usr/share/mediawiki && MW_CONFIG_FILE="$1/LocalSettings.php" php maintenance/runScript.php \
    "$here/PageExists.php" --title "$2" >/dev/null 2>&1)
}

MWREF_DIR=$base bash "$tools/mediawiki-ref.sh"
# The edit benchmark saves as an anonymous user more often than the default rate limit allows.
grep -q noratelimit "$base/LocalSettings.php" || echo "\$wgGroupPermissions['*']['noratelimit'] = true;" >> "$base/LocalSettings.php"
imported "$base" "Kagamine Len" || MWREF_DIR=$base bash "$tools/mw-import.sh" "$shared/fixtures/putinp-wiki/dump.xml"

MWREF_DIR=$base-kc bash "$tools/mediawiki-ref.sh"
if ! grep -q wgExtraNamespaces "$base-kc/LocalSettings.php"; then
  php -r '
    $s = json_decode(file_get_contents($argv[1]), true);
    echo "\$wgSitename = ", var_export($s["wgSitename"], true), ";\n";
    echo "\$wgMetaNamespace = ", var_export($s["wgMetaNamespace"], true), ";\n";
    echo "\$wgExtraNamespaces = ", var_export($s["wgExtraNamespaces"], true), ";\n";
    echo "\$wgScribuntoEngineConf[\"luastandalone\"][\"memoryLimit\"] = ",
      (int)$s["wgScribuntoEngineConf"]["luastandalone"]["memoryLimit"], ";\n";
  ' "$shared/corpus/kancolle/settings.json" >> "$base-kc/LocalSettings.php"
fi
# --no-updates: no link-table updates while importing (over an hour with them on 2 cores, a few
# minutes without); rendering reads page existence from the page table, so timings are unaffected.
imported "$base-kc" "KanColle Wiki" || (cd /usr/share/mediawiki && MW_CONFIG_FILE="$base-kc/LocalSettings.php" \
  php maintenance/importDump.php --quiet --no-updates "$shared/corpus/kancolle/dump.xml")

MWREF_DIR=$base-wp bash "$tools/mediawiki-ref.sh"
echo "benchmark wikis ready: $base $base-kc $base-wp"
