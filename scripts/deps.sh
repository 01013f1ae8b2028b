#!/usr/bin/env bash
# Installs the Debian bookworm packages thidua needs, only those missing, and
# makes sure the decimal-comma locale used by the test suite exists.
# Idempotent: a second run installs nothing and prints one line.
set -euo pipefail

packages=(
  cmake g++ make pkg-config gettext
  libhpdf-dev libxlsxwriter-dev libharfbuzz-dev libtinyxml2-dev doctest-dev libutf8proc-dev nettle-dev libdeflate-dev
  fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra
  python3-fonttools poppler-utils qpdf faketime
  libpdfbox2-java libactivation-java libjaxb-api-java default-jre-headless icc-profiles-free
  libreoffice-calc-nogui python3-openpyxl fonts-crosextra-carlito
  locales man-db
  clang libclang-rt-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "deps: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "deps: all Debian packages present"
fi

# The suite runs once more under fr_FR.UTF-8 (decimal comma) to prove no
# number goes through the C locale.
if ! locale -a 2>/dev/null | grep -qi '^fr_FR\.utf-\?8$'; then
  echo "deps: generating locale fr_FR.UTF-8"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
  $sudo locale-gen >/dev/null
fi
