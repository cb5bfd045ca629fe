"""The desktop interface (PySide6 only): it calls services and shows the DTOs they return."""
