#!/usr/bin/env bash
# Validate the Linux desktop entry and AppStream metainfo. Exits non-zero on any failure.
# Needs: desktop-file-utils and appstream (Debian: apt-get install -y desktop-file-utils appstream).
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="org.casekeeper.CaseKeeper"
status=0

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "validate.sh: $tool not found (apt-get install -y desktop-file-utils appstream)" >&2
        exit 2
    fi
done

echo "== desktop-file-validate $app_id.desktop"
if desktop-file-validate "$here/$app_id.desktop"; then
    echo "   ok"
else
    echo "   FAILED"; status=1
fi

echo "== appstreamcli validate --no-net $app_id.metainfo.xml"
if appstreamcli validate --no-net "$here/$app_id.metainfo.xml"; then
    echo "   ok"
else
    echo "   FAILED"; status=1
fi

# The launcher must name the metainfo's desktop id and the icon the install step provides.
if ! grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$here/$app_id.metainfo.xml"; then
    echo "metainfo: launchable does not name $app_id.desktop"; status=1
fi
if ! grep -qx "Icon=$app_id" "$here/$app_id.desktop"; then
    echo "desktop: Icon= is not $app_id"; status=1
fi

if [ "$status" -eq 0 ]; then echo "validate.sh: all Linux desktop files valid"; fi
exit "$status"
