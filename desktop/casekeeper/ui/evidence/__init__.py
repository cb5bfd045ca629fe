"""The Evidence feature: exhibit dialogs."""
