"""The central tabs; each tab is a widget that the main window adds with one line."""
