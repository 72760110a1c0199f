"""The Qt-free core: database, models, rules and services.

Peewee is imported here first, without the PostgreSQL driver: `server_driver`
loads it when a server database is opened, so a start on a file does without it."""

from inharmony_desktop.core import server_driver

server_driver.defer()
