#!/usr/bin/env bash
# Installs what Tenure needs to build, test and run, from Debian 12's packages only.
# Idempotent: installs nothing when every package is already there.
set -euo pipefail

packages=(
    cmake g++ make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n  # Qt's own texts (standard buttons, dialogs) in Spanish
    qt6-qpa-plugins libqt6svg6 libgl-dev libxkbcommon-dev
    libsqlite3-dev catch2
    libpq-dev postgresql  # the team server store (libpq) and the throwaway cluster its tests start
    fonts-dejavu-core
    xvfb xauth  # the keyboard tests run once on a virtual X server (tests/gui)
    clang libclang-rt-14-dev clang-tidy  # the sanitizer pass builds with Clang; clang-tidy on core/
    lld  # scripts/test.sh links with it: a quarter of ld's time for the same executables
    # packaging (cpack -G DEB) and the checks of what is installed (tests/install)
    dpkg-dev appstream desktop-file-utils shared-mime-info libxml2-utils groff-base bash-completion
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
