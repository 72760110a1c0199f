"""Everything Qt. Importing the package applies the library work-arounds first
(see `workarounds.py`), so every entry point into the GUI is protected."""

from inharmony_desktop.ui.workarounds import protect_none

protect_none()
