"""The window's features, one module each: what an action or a menu entry does.

Each feature receives a small typed object of exactly the window parts it uses
(its actions, the tree, the prestations table, the details panel, `add_tab`,
the editor that runs commands, the status bar ...), never the main window
itself; `ui/main_window.py` builds those objects and installs the features.
"""
