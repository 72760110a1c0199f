import datetime as dt

import pytest

from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.models import AuditEntry, Customer, UserNumber
from inharmony_desktop.core.services import customers, helpers, payment_modes, user_numbers
from tests.core import factories


def test_customer_validation_reports_every_bad_field(db):
    with pytest.raises(ValidationError) as info:
        customers.create_customer(customers.CustomerInput(reference="", name="", postal_code="x",
                                                          city="", email="geen-mail"))
    assert set(info.value.fields) == {"reference", "name", "postal_code", "city", "email"}
    assert Customer.select().count() == 0


def test_duplicate_customer_reference(db):
    factories.customer("K1")
    with pytest.raises(ValidationError, match="bestaat al"):
        factories.customer("K1")


def test_user_number_is_twelve_digits_and_unique(db):
    c = factories.customer()
    with pytest.raises(ValidationError, match="12 cijfers"):
        factories.user_number(c, "12345")
    with pytest.raises(ValidationError, match="enkel uit cijfers"):
        factories.user_number(c, "12345678901a")
    factories.user_number(c, "1234 5678 9012")
    assert UserNumber.get().number == "123456789012"
    other = factories.customer()
    with pytest.raises(ValidationError, match="bestaat al"):
        factories.user_number(other, "123456789012")
    assert UserNumber.select().count() == 1


def test_payment_mode_on_a_date(db):
    un = factories.user_number(factories.customer(), mode="paper", since=dt.date(2020, 1, 1))
    user_numbers.set_payment_mode(un, dt.date(2025, 3, 1), "electronic")
    history = payment_modes.history(un)
    assert history.mode_on(dt.date(2019, 1, 1)) == "paper"
    assert history.mode_on(dt.date(2025, 2, 28)) == "paper"
    assert history.mode_on(dt.date(2025, 3, 1)) == "electronic"
    assert AuditEntry.select().where(AuditEntry.action == "payment_mode").count() == 1
    with pytest.raises(KnownError):
        user_numbers.remove_payment_mode(un, dt.date(2024, 1, 1))


def test_insz_checked_when_given(db):
    with pytest.raises(ValidationError, match="INSZ"):
        helpers.create_helper(helpers.HelperInput("M1", "Maria", insz="85073003329"))
    hid = helpers.create_helper(helpers.HelperInput("M1", "Maria", insz="85.07.30-033.28"))
    assert helpers.get_helper(hid).insz == "85073003328"


def test_customer_with_user_numbers_is_not_deleted(db):
    c = factories.customer()
    factories.user_number(c)
    with pytest.raises(KnownError, match="niet-actief"):
        customers.delete_customer(c)
