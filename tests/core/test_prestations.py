import datetime as dt

import pytest

from inharmony_desktop.core.errors import ConflictError, KnownError, ValidationError
from inharmony_desktop.core.models import AuditEntry, Prestation
from inharmony_desktop.core.services import prestations, user_numbers
from tests.core import factories


@pytest.fixture
def setup(db):
    c = factories.customer()
    un = factories.user_number(c, mode="paper", since=dt.date(2024, 1, 1))
    user_numbers.set_payment_mode(un, dt.date(2024, 6, 1), "electronic")
    return un, factories.helper()


def test_default_split_follows_payment_mode_on_the_date(setup):
    un, h = setup
    before = Prestation.get_by_id(factories.prestation(un, h, dt.date(2024, 5, 31), 3))
    after = Prestation.get_by_id(factories.prestation(un, h, dt.date(2024, 6, 1), 3))
    assert (before.paper, before.electronic) == (3, 0)
    assert (after.paper, after.electronic) == (0, 3)
    assert not before.split_manual


def test_manual_split_must_add_up(setup):
    un, h = setup
    with pytest.raises(ValidationError) as info:
        factories.prestation(un, h, dt.date(2024, 7, 1), 3, paper=2, electronic=2)
    assert "split" in info.value.fields
    assert Prestation.select().count() == 0
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3, paper=2, electronic=1)
    p = Prestation.get_by_id(pid)
    assert (p.paper, p.electronic, p.split_manual) == (2, 1, True)


def test_hours_out_of_range_and_unknown_helper(setup):
    un, _ = setup
    with pytest.raises(ValidationError) as info:
        prestations.create_prestation(prestations.PrestationInput("2024-07-01", un, 9999, 13))
    assert set(info.value.fields) == {"hours", "helper"}


def test_manual_split_kept_when_payment_mode_changes(setup):
    un, h = setup
    manual = factories.prestation(un, h, dt.date(2024, 7, 1), 3, paper=1, electronic=2)
    following = factories.prestation(un, h, dt.date(2024, 7, 8), 3)
    user_numbers.set_payment_mode(un, dt.date(2024, 7, 1), "paper")
    assert (Prestation.get_by_id(manual).paper, Prestation.get_by_id(manual).electronic) == (1, 2)
    assert Prestation.get_by_id(following).paper == 3


def test_edit_of_registered_prestation_needs_pluxee_correction(setup):
    un, h = setup
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3)
    prestations.set_status([pid], "registered")
    prestations.update_prestation(pid, {"hours": 4})
    p = Prestation.get_by_id(pid)
    assert p.hours == 4 and p.electronic == 4 and p.needs_pluxee_correction


def test_paid_prestation_cannot_change(setup):
    un, h = setup
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3, status="confirmed")
    prestations.set_status([pid], "paid")
    with pytest.raises(KnownError):
        prestations.update_prestation(pid, {"hours": 4})
    with pytest.raises(KnownError):
        prestations.delete_prestations([pid])
    prestations.update_prestation(pid, {"note": "klant belde"})


def test_status_transitions_are_all_or_nothing(setup):
    un, h = setup
    planned = factories.prestation(un, h, dt.date(2024, 7, 1), 3, status="planned")
    performed = factories.prestation(un, h, dt.date(2024, 7, 2), 3)
    with pytest.raises(KnownError):
        prestations.set_status([planned, performed], "registered")
    assert Prestation.get_by_id(performed).status == "performed"
    assert prestations.set_status([planned, performed], "cancelled") == 2


def test_stale_version_is_refused(setup):
    un, h = setup
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3)
    version = Prestation.get_by_id(pid).version
    prestations.update_prestation(pid, {"hours": 2}, expected_version=version)
    with pytest.raises(ConflictError):
        prestations.update_prestation(pid, {"hours": 4}, expected_version=version)
    assert Prestation.get_by_id(pid).hours == 2


def test_delete_and_restore_exactly(setup):
    un, h = setup
    ids = [factories.prestation(un, h, dt.date(2024, 7, d), 3, paper=1, electronic=2)
           for d in (1, 2, 3)]
    snapshots = prestations.delete_prestations(ids)
    assert Prestation.select().count() == 0
    prestations.restore(snapshots)
    restored = prestations.snapshots(ids)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "version"} for r in rows]  # noqa: E731
    assert strip(restored) == strip(snapshots)


def test_every_change_is_audited_with_before_and_after(setup):
    un, h = setup
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3)
    prestations.update_prestation(pid, {"hours": 4})
    entry = AuditEntry.select().where((AuditEntry.entity == "prestation")
                                      & (AuditEntry.action == "update")).get()
    assert '"hours": 3' in entry.before and '"hours": 4' in entry.after
    assert entry.who


def test_reset_split_back_to_default(setup):
    un, h = setup
    pid = factories.prestation(un, h, dt.date(2024, 7, 1), 3, paper=3, electronic=0)
    prestations.reset_split([pid])
    p = Prestation.get_by_id(pid)
    assert (p.paper, p.electronic, p.split_manual) == (0, 3, False)
