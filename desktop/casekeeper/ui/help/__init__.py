"""The user guide inside the app: F1, the Help menu and the Help buttons of dialogs."""
