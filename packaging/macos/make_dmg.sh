#!/usr/bin/env bash
# Make a compressed, drag-to-install disk image from the built (and, for a release, signed)
# app bundle. macOS only (hdiutil).
#   packaging/macos/make_dmg.sh "dist/Case Keeper.app" 0.1.0
# Output: dist/CaseKeeper-<version>.dmg, holding "Case Keeper.app" and an Applications link.
# A release then signs, notarises and staples the .dmg as well (packaging/README.md).
set -euo pipefail

app=${1:?usage: make_dmg.sh PATH/TO/Case\ Keeper.app VERSION}
version=${2:?usage: make_dmg.sh PATH/TO/Case\ Keeper.app VERSION}
volume="Case Keeper ${version}"
out_dir=$(cd "$(dirname "$app")" && pwd)
dmg="$out_dir/CaseKeeper-${version}.dmg"

if [ "$(uname -s)" != "Darwin" ]; then
    echo "make_dmg.sh: hdiutil is macOS only" >&2
    exit 2
fi
if [ ! -d "$app/Contents/MacOS" ]; then
    echo "make_dmg.sh: $app is not an app bundle (build it first: python packaging/build.py)" >&2
    exit 1
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
# ditto keeps symlinks, extended attributes and code signatures intact.
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
echo "+ hdiutil create $dmg"
hdiutil create \
    -volname "$volume" \
    -srcfolder "$staging" \
    -fs HFS+ \
    -format UDZO \
    -imagekey zlib-level=9 \
    -ov \
    "$dmg"
hdiutil verify "$dmg"
echo "make_dmg.sh: wrote $dmg ($(du -h "$dmg" | cut -f1))"
