"""Reusable widgets of the main window: no business logic, they show DTOs and emit signals."""
