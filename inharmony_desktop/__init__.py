"""Inharmony Desktop: the back office of a Flemish service-voucher company."""

__version__ = "0.1.0"
APP_NAME = "Inharmony Desktop"
APP_ID = "inharmony-desktop"
ORG_NAME = "Inharmony"
