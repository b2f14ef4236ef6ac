#!/usr/bin/env bash
# Fails when a translatable string in the sources is missing from the .ts
# files or a message there is unfinished: lupdate runs into temporary copies
# (the committed files are not touched) and the copies must have nothing
# unfinished. Usage: check_translations.sh SOURCE_DIR LUPDATE
set -euo pipefail
src="$1"
lupdate="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cp "$src/translations/processlab_zh_CN.ts" "$tmp/zh_CN.ts"
cp "$src/translations/processlab_en.ts" "$tmp/en.ts"
"$lupdate" -silent -locations none -I "$src/src" "$src/src" "$src/forms" -ts "$tmp/zh_CN.ts"
"$lupdate" -silent -locations none -pluralonly -I "$src/src" "$src/src" "$src/forms" -ts "$tmp/en.ts"

status=0
for ts in "$tmp/zh_CN.ts" "$tmp/en.ts"; do
    n=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$n" -gt 0 ]; then
        echo "$(basename "$ts"): $n untranslated or new source strings; run the update_translations target and translate them:"
        python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
for ctx in ET.parse(sys.argv[1]).getroot().iter('context'):
    name = ctx.findtext('name')
    for msg in ctx.iter('message'):
        t = msg.find('translation')
        if t is not None and t.get('type') == 'unfinished':
            print(f"  [{name}] {msg.findtext('source')!r}")
PY
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
