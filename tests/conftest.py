"""Shared fixtures: a fresh database per test, the offscreen Qt platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from inharmony_desktop.core.db import close_database, open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "inharmony.db"


@pytest.fixture
def db(db_path):
    """An empty, migrated database bound to the models for one test."""
    database = open_database(db_path)
    yield database
    close_database()
