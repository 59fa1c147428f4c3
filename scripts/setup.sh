#!/usr/bin/env bash
# Prepare this checkout to run or test: system packages (when root), the virtual environment
# from the lock file, compiled translations, the database and the reference data.
# Idempotent: a second run only checks. Usage: scripts/setup.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-run}"
UV_VERSION="0.13.8"

# WeasyPrint needs Pango and libharfbuzz-subset0 (without the latter a CJK PDF takes ~20x longer);
# Noto fonts cover Arabic, Devanagari, CJK...; gettext compiles the catalogues.
debs=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-noto-cjk gettext)
if [ "$purpose" = test ]; then debs+=(chromium poppler-utils); fi
missing=()
for deb in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
  fi
fi

# uv installs exactly what uv.lock pins; it lives in its own small environment under var/.
if [ ! -x var/uv/bin/uv ]; then
  python3 -m venv var/uv
  var/uv/bin/pip install -q "uv==$UV_VERSION"
fi
if [ "$purpose" = test ]; then
  var/uv/bin/uv sync --locked -q
else
  var/uv/bin/uv sync --locked --no-dev -q
fi

mkdir -p var
if ls locale/*/LC_MESSAGES/django.po >/dev/null 2>&1; then
  .venv/bin/python manage.py compilemessages -v0 --ignore=.venv
fi
.venv/bin/python manage.py migrate -v0 --no-input
.venv/bin/python manage.py load_reference_data | tail -n 1
.venv/bin/python manage.py collectstatic -v0 --no-input
