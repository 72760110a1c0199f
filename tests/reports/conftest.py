from __future__ import annotations

import pytest

from tests.statement_fixtures import Household, make_helper, make_household


@pytest.fixture
def household(db) -> Household:
    return make_household()


@pytest.fixture
def helper_id(db) -> int:
    return make_helper()
