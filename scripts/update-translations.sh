#!/usr/bin/env bash
# Refreshes the translation sources from the code: every translate()/tr()/QT_TRANSLATE_NOOP call
# in app/ and maps/ lands in resources/i18n/bluehelmet_fr.ts (new strings marked unfinished, for
# a translator to fill in, e.g. with pyside6-linguist), and the plural-only English file.
# Locations are left out so that the files change only when strings do (merges stay easy).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
# The CLI's help is translated from the parser itself: list its texts for lupdate first.
"$BIN/python" scripts/cli_help_strings.py
mapfile -t SOURCES < <(git ls-files -co --exclude-standard 'app/*.py' 'maps/*.py')
"$BIN/pyside6-lupdate" -locations none -no-obsolete "${SOURCES[@]}" \
  -target-language fr -ts resources/i18n/bluehelmet_fr.ts
"$BIN/pyside6-lupdate" -locations none -no-obsolete -pluralonly "${SOURCES[@]}" \
  -target-language en -source-language en -ts resources/i18n/bluehelmet_en.ts
