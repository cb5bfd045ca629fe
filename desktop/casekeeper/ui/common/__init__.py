"""Widgets and helpers shared by several features: words, icons, colours, settings, tasks."""
