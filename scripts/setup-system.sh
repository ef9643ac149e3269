#!/usr/bin/env bash
# Installs the Debian packages the Qt GUI and Qt WebEngine need, only when some are missing.
# Offscreen tests need the core libraries; a real window also needs the xcb ones, and
# `make run` on a machine with no screen uses Xvfb. gdal-bin (gdal_translate, built with poppler)
# reads GeoPDF map sheets, which the GDAL inside rasterio's wheels cannot.
# PostgreSQL 15 and PostGIS 3 run the HQ store's tests on a throwaway cluster. The extension is
# in postgresql-15-postgis-3: Debian's `postgis` package holds only client tools and merely
# recommends it, which --no-install-recommends skips.
set -euo pipefail

packages=(
  libnss3 libnspr4 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libasound2 libxshmfence1 libgbm1
  libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libxi6 libxrender1
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core xvfb xauth
  gdal-bin
  postgresql-15 postgresql-15-postgis-3
)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Error: missing system packages (${missing[*]}) and no root rights to install them" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
