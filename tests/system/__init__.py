"""Tests with real system parts: a D-Bus session with a notification server, systemd units."""
