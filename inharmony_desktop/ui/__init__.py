"""Everything Qt. Importing the package applies the library work-arounds first
(see `workarounds.py`), so every entry point into the GUI is protected."""

from inharmony_desktop.ui.workarounds import protect_none, skip_feature_source_scan

protect_none()
skip_feature_source_scan()
