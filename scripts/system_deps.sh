#!/usr/bin/env bash
# Best-effort install of the system programs the pipeline uses beside Python (Debian packages):
# Tesseract OCR with Danish, Norwegian and Dutch for scanned PDFs, and chromium for the report's browser tests.
# Without them the pipeline still runs: scanned PDFs fail with a one-line error and those tests skip, saying why.
set -uo pipefail
packages=()
tesseract --list-langs 2>/dev/null | grep -q '^nld$' \
    || packages+=(tesseract-ocr tesseract-ocr-dan tesseract-ocr-nor tesseract-ocr-nld)
[[ "${1:-}" == "--with-browser" ]] && ! command -v chromium >/dev/null && packages+=(chromium)
((${#packages[@]})) || exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null && sudo="sudo -n"
if command -v apt-get >/dev/null; then
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" && exit 0
fi
echo "warning: could not install ${packages[*]}; install them with your package manager" >&2
exit 0
