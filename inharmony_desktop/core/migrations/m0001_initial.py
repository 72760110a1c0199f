"""Version 1: the initial schema, created from the models by `db.create_schema`."""


def migrate(migrator, database) -> None:
    return None
