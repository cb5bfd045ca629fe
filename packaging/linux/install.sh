#!/bin/sh
# Install Case Keeper from this unpacked release folder.
#   ./install.sh                  per user, into ~/.local (no root needed)
#   sudo PREFIX=/usr/local ./install.sh   for every user
#   ./install.sh --uninstall      remove it again (same PREFIX)
# Layout: PREFIX/lib/casekeeper/ (the bundle), PREFIX/bin/casekeeper{,-cli} (symlinks),
# PREFIX/share/applications, PREFIX/share/metainfo, PREFIX/share/icons/hicolor/*/apps.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app_id=org.casekeeper.CaseKeeper
libdir=$prefix/lib/casekeeper

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$prefix/share/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    # background reminders: the systemd timer or autostart entry would run a removed program
    if [ -x "$prefix/bin/casekeeper-cli" ]; then
        "$prefix/bin/casekeeper-cli" background disable >/dev/null 2>&1 || true
    fi
    rm -rf "$libdir"
    rm -f "$prefix/bin/casekeeper" "$prefix/bin/casekeeper-cli" \
          "$prefix/share/applications/$app_id.desktop" \
          "$prefix/share/metainfo/$app_id.metainfo.xml"
    rm -f "$prefix"/share/icons/hicolor/*/apps/"$app_id".png \
          "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
    refresh_caches
    echo "Case Keeper removed from $prefix (your cases and settings are kept)."
    exit 0
fi

echo "Installing Case Keeper into $prefix"
rm -rf "$libdir"
mkdir -p "$libdir" "$prefix/bin"
for item in "$here"/*; do
    case "$(basename "$item")" in
        share|install.sh) ;;
        *) cp -a "$item" "$libdir/" ;;
    esac
done
ln -sf "$libdir/casekeeper" "$prefix/bin/casekeeper"
if [ -e "$libdir/casekeeper-cli" ]; then
    ln -sf "$libdir/casekeeper-cli" "$prefix/bin/casekeeper-cli"
fi
(cd "$here/share" && find . -type f) | while read -r file; do
    mkdir -p "$(dirname "$prefix/share/$file")"
    cp "$here/share/$file" "$prefix/share/$file"
    chmod 644 "$prefix/share/$file"
done
# Point the launcher at the installed executable, so it works even if PREFIX/bin is not on PATH.
sed -i -e "s|^Exec=casekeeper|Exec=$libdir/casekeeper|" \
       -e "s|^TryExec=casekeeper|TryExec=$libdir/casekeeper|" \
       "$prefix/share/applications/$app_id.desktop"
refresh_caches
echo "Done: run 'casekeeper' or find Case Keeper in your applications menu."
