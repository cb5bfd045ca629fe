#!/usr/bin/env bash
# Run tests/faults as an ordinary user (root ignores permissions) with a small tmpfs as a disk
# that can fill up. Needs root to create the user and mount the disk; says so and stops otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != "0" ] || ! command -v useradd >/dev/null 2>&1 || ! command -v runuser >/dev/null 2>&1; then
  echo "(skipped: creating the ordinary user and mounting the small disk need root, useradd and runuser)"
  exit 0
fi
user=ckfault
id "$user" >/dev/null 2>&1 || useradd --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
disk=$(mktemp -d /tmp/ck-fault-disk.XXXXXX)
chmod 0755 "$disk"
mount -t tmpfs -o "size=4m,mode=0700,uid=$(id -u "$user"),gid=$(id -g "$user")" tmpfs "$disk"
cleanup() { umount "$disk" 2>/dev/null || true; rmdir "$disk" 2>/dev/null || true; }
trap cleanup EXIT
started=$(date +%s)
runuser -u "$user" -- env -i PATH="$PATH" HOME=/tmp LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  PYTHONDONTWRITEBYTECODE=1 CASEKEEPER_FAULT_DISK="$disk" \
  .venv/bin/python -m pytest tests/faults -p no:cacheprovider -q -rs
echo "fault injection: $(( $(date +%s) - started )) s"
