"""Version 1: the initial schema, created from the models by `db.create_schema`."""


def migrate(migrator, database) -> None:  # noqa: ARG001 - nothing to alter in version 1
    return None
