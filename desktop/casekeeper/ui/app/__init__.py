"""The application: main window, start-up shell, the case shown, menus and toolbar."""
