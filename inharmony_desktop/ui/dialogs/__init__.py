"""Dialogs: one module per dialog, each with a classmethod `ask()` that tests replace."""
