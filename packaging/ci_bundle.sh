#!/usr/bin/env bash
# CI step: build the Linux bundle, run its self-test and validate the desktop files.
# Usage (from anywhere): bash packaging/ci_bundle.sh
#   PYTHON=/path/to/venv/bin/python  the project's environment (default: $VIRTUAL_ENV, then .venv)
# Prints every step; exits non-zero on the first failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
step="start"
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "ci_bundle.sh: FAILED at step: $step (exit $rc)" >&2; fi' EXIT

say() { step="$*"; echo; echo "== ci_bundle: $*"; }

if [ -n "${PYTHON:-}" ]; then
    py="$PYTHON"
elif [ -n "${VIRTUAL_ENV:-}" ]; then
    py="$VIRTUAL_ENV/bin/python"
elif [ -x .venv/bin/python ]; then
    py=".venv/bin/python"
else
    echo "ci_bundle.sh: no project environment (set PYTHON or create .venv)" >&2
    exit 2
fi

say "install PyInstaller into $py"
"$py" -m pip install -q pyinstaller
"$py" -m PyInstaller --version

say "system tools for validation (desktop-file-utils, appstream)"
if ! command -v desktop-file-validate >/dev/null || ! command -v appstreamcli >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq desktop-file-utils appstream >/dev/null
    else
        echo "missing desktop-file-validate/appstreamcli and cannot apt-get install them" >&2
        exit 2
    fi
fi
echo "desktop-file-validate: $(command -v desktop-file-validate); appstreamcli: $(appstreamcli --version | head -1)"

say "build the Linux bundle (packaging/build.py)"
"$py" packaging/build.py

bundle="dist/casekeeper"
say "bundle contents"
ls -l "$bundle"
test -x "$bundle/casekeeper"
echo "size: $(du -sh "$bundle" | cut -f1)  archive: $(ls -1 dist/casekeeper-*-linux-*.tar.gz)"

say "$bundle/casekeeper --version"
QT_QPA_PLATFORM=offscreen timeout 60 "$bundle/casekeeper" --version

say "QT_QPA_PLATFORM=offscreen $bundle/casekeeper --self-test"
start=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen timeout 300 "$bundle/casekeeper" --self-test
echo "self-test passed in $(awk "BEGIN {printf \"%.2f\", $(date +%s.%N) - $start}") s"

if [ -x "$bundle/casekeeper-cli" ]; then
    say "$bundle/casekeeper-cli --help"
    timeout 60 "$bundle/casekeeper-cli" --help >/dev/null
    echo "casekeeper-cli answers"
else
    echo "ci_bundle.sh: $bundle/casekeeper-cli missing" >&2
    exit 1
fi

say "validate the desktop entry and AppStream metainfo"
bash packaging/linux/validate.sh

step="done"
echo
echo "ci_bundle.sh: bundle built, self-test passed, desktop files valid"
