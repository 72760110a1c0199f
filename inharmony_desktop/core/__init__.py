"""The Qt-free core: database, models, rules and services."""
