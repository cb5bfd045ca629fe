"""Reproducible speed and memory measurements with their seeded data generator."""
