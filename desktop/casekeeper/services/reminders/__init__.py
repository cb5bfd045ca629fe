"""Reminders while the window is closed: what is due, quiet hours, delivery and schedules."""
