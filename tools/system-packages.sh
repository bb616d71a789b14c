#!/usr/bin/env bash
# The Debian packages `make test` needs beyond Python: Chromium for the browser tests, gettext (msgfmt)
# for the catalogue checks, Pango for the PDFs, make itself, and the venv module when the Python that
# builds .venv lacks it. Called by `make test` and `.ci/run`.
#
# Nothing missing: silent, exit 0. Missing, as root with apt-get: installs them. Otherwise it stops at
# once with the command to run, rather than letting the suite fail later with errors that do not say why.
# The fonts of the PDFs are deliberately not here: the documents embed the application's own.
# Uses only shell builtins besides dpkg, apt-get and id, so the test can stand in for all three.
set -euo pipefail

packages=(chromium gettext make libpango-1.0-0 libpangoft2-1.0-0)
# Debian splits ensurepip, which `python3 -m venv` needs, into python3-venv.
if ! "${PYTHON:-python3}" -c "import ensurepip" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

if ! command -v dpkg >/dev/null 2>&1; then
  printf 'Not a Debian system: make sure these (or their equivalents) are installed: %s\n' \
    "${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
((${#missing[@]})) || exit 0

if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  printf 'Installing the system packages the tests need: %s\n' "${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  exit 0
fi

printf 'The tests need system packages that are not installed: %s\nInstall them, then run make test again:\n\n' \
  "${missing[*]}" >&2
printf '  sudo apt-get update && sudo apt-get install --no-install-recommends %s\n\n' "${missing[*]}" >&2
exit 1
