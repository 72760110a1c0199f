"""The Peewee models: every entity of the product, one BaseModel.

Money is integer cents, dates are ISO dates, every foreign key is enforced.
Rules the data must always obey are CHECK and UNIQUE constraints in the
database itself, written so that SQLite and PostgreSQL both accept them.
"""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    Check,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from inharmony_desktop.core import clock
from inharmony_desktop.core.vocabulary import (
    AbsenceReason,
    Activity,
    Language,
    Medium,
    PluxeeCategory,
    Quota,
    Status,
    codes,
)

database = DatabaseProxy()

ACTIVITIES = codes(Activity)
MEDIA = codes(Medium)
QUOTAS = codes(Quota)
LANGUAGES = codes(Language)
STATUSES = codes(Status)
PLUXEE_CATEGORIES = codes(PluxeeCategory)
ABSENCE_REASONS = codes(AbsenceReason)
PAYROLL_CODE_KINDS = ("activity", "absence", "customer_absence")


def _in(column: str, values: tuple[str, ...]) -> Check:
    quoted = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({quoted})")


def _all_digits(column: str) -> str:
    """SQL that is empty exactly when `column` holds only digits (SQLite and PostgreSQL)."""
    expr = column
    for digit in "0123456789":
        expr = f"replace({expr}, '{digit}', '')"
    return expr


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False

    @classmethod
    def upsert(cls, **values):
        """Insert, or overwrite the row with the same primary key: `replace()`
        that PostgreSQL understands too (call `.execute()` on the result)."""
        key = cls._meta.primary_key
        keep = [cls._meta.fields[name] for name in values if name != key.name]
        return cls.insert(**values).on_conflict(conflict_target=[key], preserve=keep)


class SchemaInfo(BaseModel):
    """One row: the schema version and the program version that last migrated it."""

    version = IntegerField()
    app_version = CharField(max_length=32)
    migrated_at = DateTimeField(default=clock.now)


class Setting(BaseModel):
    """Company settings and preferences shared by every PC (key -> text value)."""

    key = CharField(max_length=64, primary_key=True)
    value = TextField()


class YearRules(BaseModel):
    """The service-voucher rules that apply to one calendar year."""

    year = IntegerField(primary_key=True)
    base_price_cents = IntegerField(constraints=[Check("base_price_cents > 0")])
    higher_price_cents = IntegerField(constraints=[Check("higher_price_cents > 0")])
    tier_threshold = IntegerField(constraints=[Check("tier_threshold >= 0")])
    personal_max = IntegerField(constraints=[Check("personal_max > 0")])
    household_max = IntegerField(constraints=[Check("household_max > 0")])
    special_max = IntegerField(constraints=[Check("special_max > 0")])
    validity_months = IntegerField(constraints=[Check("validity_months BETWEEN 1 AND 60")])
    # Orders placed before this month of the year use the previous year's validity
    # (the 12-month validity started on 1 March 2019).
    validity_since_month = IntegerField(
        default=1, constraints=[Check("validity_since_month BETWEEN 1 AND 12")]
    )
    tax_rate_percent = IntegerField(constraints=[Check("tax_rate_percent BETWEEN 0 AND 100")])
    fiscal_ceiling_cents = IntegerField(null=True)
    paper_last_order_date = DateField(null=True)
    source_note = TextField(default="")


class Customer(BaseModel):
    reference = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    street = CharField(max_length=120, default="")
    postal_code = CharField(max_length=10)
    city = CharField(max_length=80)
    phone = CharField(max_length=40, default="")
    email = CharField(max_length=120, default="")
    language = CharField(max_length=2, default="nl", constraints=[_in("language", LANGUAGES)])
    notes = TextField(default="")
    active = BooleanField(default=True)
    ironing_credit_minutes = IntegerField(
        default=0, constraints=[Check("ironing_credit_minutes >= 0")]
    )

    class Meta:
        indexes = ((("name",), False), (("city",), False))


class UserNumber(BaseModel):
    number = CharField(
        max_length=12,
        unique=True,
        constraints=[Check(f"length(number) = 12 AND {_all_digits('number')} = ''")],
    )
    customer = ForeignKeyField(Customer, backref="user_numbers", on_delete="RESTRICT")
    holder = CharField(max_length=120)
    quota = CharField(max_length=10, default="standard", constraints=[_in("quota", QUOTAS)])
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("customer",), False),)


class PaymentModeChange(BaseModel):
    """From `effective_date` on, the user number pays in `mode`."""

    user_number = ForeignKeyField(UserNumber, backref="payment_modes", on_delete="CASCADE")
    effective_date = DateField()
    mode = CharField(max_length=10, constraints=[_in("mode", MEDIA)])

    class Meta:
        indexes = ((("user_number", "effective_date"), True),)


class Helper(BaseModel):
    reference = CharField(max_length=20, unique=True)
    name = CharField(max_length=120)
    phone = CharField(max_length=40, default="")
    insz = CharField(max_length=11, null=True)
    contract_hours = FloatField(
        null=True, constraints=[Check("contract_hours IS NULL OR contract_hours BETWEEN 0 AND 60")]
    )
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("name",), False),)


class Schedule(BaseModel):
    """A recurring weekly slot: helper x user number x weekday x hours."""

    helper = ForeignKeyField(Helper, backref="schedules", on_delete="RESTRICT")
    user_number = ForeignKeyField(UserNumber, backref="schedules", on_delete="RESTRICT")
    activity = CharField(
        max_length=10, default="home_help", constraints=[_in("activity", ACTIVITIES)]
    )
    weekday = IntegerField(constraints=[Check("weekday BETWEEN 0 AND 6")])  # 0 = Monday
    start_time = CharField(max_length=5)
    hours = IntegerField(constraints=[Check("hours BETWEEN 1 AND 12")])
    every_weeks = IntegerField(default=1, constraints=[Check("every_weeks IN (1, 2)")])
    first_date = DateField()
    last_date = DateField(null=True)

    class Meta:
        constraints = [Check("last_date IS NULL OR last_date >= first_date")]


class Prestation(BaseModel):
    """One work session paid with `hours` vouchers, split paper/electronic."""

    date = DateField()
    # No single-column indexes: the (user_number, date) and (helper, date) ones lead with them.
    user_number = ForeignKeyField(UserNumber, backref="prestations", on_delete="RESTRICT",
                                  index=False)
    helper = ForeignKeyField(Helper, backref="prestations", on_delete="RESTRICT", index=False)
    activity = CharField(
        max_length=10, default="home_help", constraints=[_in("activity", ACTIVITIES)]
    )
    start_time = CharField(max_length=5, null=True)
    hours = IntegerField(constraints=[Check("hours BETWEEN 1 AND 12")])
    paper = IntegerField(constraints=[Check("paper >= 0")])
    electronic = IntegerField(constraints=[Check("electronic >= 0")])
    # True when the office set the split by hand: it no longer follows the payment mode.
    split_manual = BooleanField(default=False)
    status = CharField(max_length=10, default="performed", constraints=[_in("status", STATUSES)])
    registered_on = DateField(null=True)
    confirmed_on = DateField(null=True)
    paid_on = DateField(null=True)
    needs_pluxee_correction = BooleanField(default=False)
    # Its index holds only the rows that have one (see `partial_indexes`).
    correction_from = ForeignKeyField(
        UserNumber, null=True, backref="corrections_from", on_delete="SET NULL", index=False
    )
    ironing_minutes = IntegerField(null=True)
    handling_minutes = IntegerField(null=True)
    schedule = ForeignKeyField(Schedule, null=True, backref="prestations", on_delete="SET NULL")
    note = TextField(default="")
    # Optimistic concurrency: every update bumps it; a stale update is refused.
    version = IntegerField(default=1)
    # Reconciliation with Pluxee's export (§4.8): the Work ID of the registration this
    # prestation is linked to, `version` as the last reading left it (a higher version
    # means the office changed it by hand since), and the day a refund was requested.
    pluxee_work_id = CharField(max_length=40, null=True, unique=True)
    pluxee_version = IntegerField(null=True)
    refund_requested_on = DateField(null=True)

    class Meta:
        constraints = [Check("paper + electronic = hours")]
        indexes = (
            (("date",), False),
            # A user number's prestations in date order; status and electronic vouchers ride
            # along, so its wallet usage is read from the index alone.
            (("user_number", "date", "status", "electronic"), False),
            # A user number's prestations of one status (statements, wallet): without it
            # SQLite reads every paid prestation through (status, date).
            (("user_number", "status", "date"), False),
            (("helper", "date"), False),
            # The user number and electronic vouchers ride along: two years of wallet usage
            # are read from the index alone (attention marks, generation checks).
            (("status", "date", "user_number", "electronic"), False),
            # Each sortable column has an index in (column, date) order: no sort of the table.
            (("activity", "date"), False),
            (("hours", "date"), False),
            (("paper", "date"), False),
        )


class Order(BaseModel):
    """Vouchers bought by a user number on a date.

    An order that crosses the price step is priced in two parts:
    `quantity - higher_quantity` at `unit_price_cents` and `higher_quantity` at
    `higher_unit_price_cents`. `amount_cents` is the total.
    """

    user_number = ForeignKeyField(UserNumber, backref="orders", on_delete="RESTRICT")
    order_date = DateField()
    quantity = IntegerField(constraints=[Check("quantity > 0")])
    medium = CharField(max_length=10, constraints=[_in("medium", MEDIA)])
    unit_price_cents = IntegerField(constraints=[Check("unit_price_cents >= 0")])
    higher_quantity = IntegerField(default=0)
    higher_unit_price_cents = IntegerField(null=True)
    amount_cents = IntegerField(constraints=[Check("amount_cents >= 0")])
    price_overridden = BooleanField(default=False)
    expiry_date = DateField()

    class Meta:
        constraints = [Check("higher_quantity >= 0 AND higher_quantity <= quantity")]
        indexes = ((("user_number", "order_date"), False), (("order_date",), False))


class Refund(BaseModel):
    """Vouchers returned to Pluxee for money."""

    user_number = ForeignKeyField(UserNumber, backref="refunds", on_delete="RESTRICT")
    refund_date = DateField()
    quantity = IntegerField(constraints=[Check("quantity > 0")])
    medium = CharField(max_length=10, default="electronic", constraints=[_in("medium", MEDIA)])
    amount_cents = IntegerField(constraints=[Check("amount_cents >= 0")])

    class Meta:
        indexes = ((("user_number", "refund_date"), False),)


class Absence(BaseModel):
    """A helper or a customer away; generation skips these days."""

    helper = ForeignKeyField(Helper, null=True, backref="absences", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, null=True, backref="absences", on_delete="CASCADE")
    # For a customer: only this activity stops (e.g. no cleaning, ironing goes on).
    activity = CharField(max_length=10, null=True)
    from_date = DateField()
    to_date = DateField()
    reason = CharField(max_length=10, default="holiday", constraints=[_in("reason", ABSENCE_REASONS)])
    note = TextField(default="")

    class Meta:
        constraints = [
            Check("to_date >= from_date"),
            Check("(helper_id IS NULL) <> (customer_id IS NULL)"),
            Check("activity IS NULL OR activity IN ('home_help', 'ironing')"),
        ]


class IroningBasket(BaseModel):
    """One basket of the ironing workshop and how it moved the minute credit."""

    customer = ForeignKeyField(Customer, backref="ironing_baskets", on_delete="RESTRICT")
    prestation = ForeignKeyField(Prestation, null=True, backref="baskets", on_delete="SET NULL")
    date = DateField()
    ironing_minutes = IntegerField(constraints=[Check("ironing_minutes >= 0")])
    handling_minutes = IntegerField(constraints=[Check("handling_minutes >= 0")])
    credit_before = IntegerField()
    vouchers = IntegerField()
    credit_after = IntegerField()


class PayrollCode(BaseModel):
    """The social secretariat's code for a kind of hours on the payroll file (SPEC §4.9).

    `kind` is `activity` (worked hours; `subject` an activity), `absence` (a
    helper away; `subject` an absence reason) or `customer_absence` (a slot the
    helper would have worked at an absent customer; `subject` is `any`).
    """

    kind = CharField(max_length=20, constraints=[_in("kind", PAYROLL_CODE_KINDS)])
    subject = CharField(max_length=20)
    code = CharField(max_length=10, constraints=[Check("length(code) BETWEEN 1 AND 10")])

    class Meta:
        indexes = ((("kind", "subject"), True),)


class AuditEntry(BaseModel):
    """Who changed what, when, from what to what."""

    at = DateTimeField(default=clock.now)
    who = CharField(max_length=64)
    entity = CharField(max_length=20)
    entity_id = IntegerField()
    action = CharField(max_length=20)
    summary = TextField()
    before = TextField(null=True)  # JSON
    after = TextField(null=True)  # JSON

    class Meta:
        indexes = ((("entity", "entity_id"), False), (("at",), False))


class PluxeeReading(BaseModel):
    """One reading of Pluxee's prestation export: when, by whom, which file, what it found."""

    at = DateTimeField(default=clock.now)
    who = CharField(max_length=64)
    file_name = CharField(max_length=255)
    period_from = DateField(null=True)
    period_to = DateField(null=True)
    row_count = IntegerField(default=0)  # rows in the file
    changed_count = IntegerField(default=0)  # prestations brought up to date
    created_count = IntegerField(default=0)  # prestations created as Pluxee has them
    counts = TextField(default="{}")  # JSON: category -> rows


class PluxeeReadingRow(BaseModel):
    """One line of a reading's work list: the Pluxee side, our side, the category.

    `before` (JSON) and `after_version` hold what the reading changed on the
    prestation, so that the reading can be undone exactly; `created` marks a
    prestation the reading made.
    """

    reading = ForeignKeyField(PluxeeReading, backref="rows", on_delete="CASCADE", index=False)
    position = IntegerField()
    line = IntegerField(null=True)  # the file's line; None for our side (missing_at_pluxee)
    category = CharField(max_length=20, constraints=[_in("category", PLUXEE_CATEGORIES)])
    work_id = CharField(max_length=40, null=True)
    date = DateField(null=True)
    user_number = CharField(max_length=12, default="")
    helper_name = CharField(max_length=120, default="")
    helper_insz = CharField(max_length=11, null=True)
    activity = CharField(max_length=10, null=True)
    hours_pluxee = IntegerField(null=True)
    status_pluxee = CharField(max_length=10, null=True)
    status_text = CharField(max_length=60, default="")  # the status as the file wrote it
    status_date = DateField(null=True)
    prestation = ForeignKeyField(Prestation, null=True, backref="pluxee_rows",
                                 on_delete="SET NULL")
    # No index: nothing looks rows up by helper, and helpers are hardly ever deleted.
    helper = ForeignKeyField(Helper, null=True, backref="pluxee_rows", on_delete="SET NULL",
                             index=False)
    date_here = DateField(null=True)
    user_number_here = CharField(max_length=12, null=True)
    helper_here = CharField(max_length=120, null=True)
    hours_here = IntegerField(null=True)  # the electronic vouchers here
    status_here = CharField(max_length=10, null=True)
    message = TextField(default="")
    handled = BooleanField(default=False)
    before = TextField(null=True)
    after_version = IntegerField(null=True)
    created = BooleanField(default=False)

    class Meta:
        indexes = ((("reading", "position"), True),)


MODELS: list[type[BaseModel]] = [
    SchemaInfo,
    Setting,
    YearRules,
    Customer,
    UserNumber,
    PaymentModeChange,
    Helper,
    Prestation,
    Order,
    Refund,
    Schedule,
    Absence,
    IroningBasket,
    PayrollCode,
    AuditEntry,
    PluxeeReading,
    PluxeeReadingRow,
]


def partial_indexes() -> list[SQL]:
    """Indexes Peewee's Meta cannot express: unique only where a column is set."""
    return [
        SQL(
            "CREATE UNIQUE INDEX IF NOT EXISTS prestation_slot_unique "
            "ON prestation (helper_id, user_number_id, date, start_time) "
            "WHERE start_time IS NOT NULL"
        ),
        SQL(
            # Queries say `WHERE needs_pluxee_correction` (the bare column, as here) so
            # that SQLite uses it; in date order, as the corrections list is shown.
            "CREATE INDEX IF NOT EXISTS prestation_correction "
            "ON prestation (date) WHERE needs_pluxee_correction"
        ),
        SQL(
            # Nearly every prestation has none: without them the index stays small, and
            # setting or clearing one (a move, its undo) no longer rewrites an entry among
            # a million empty ones. `correction_from_id = x` (the corrections list, the
            # foreign key's SET NULL) implies the condition, so it still finds them.
            "CREATE INDEX IF NOT EXISTS prestation_correction_from_id "
            "ON prestation (correction_from_id) WHERE correction_from_id IS NOT NULL"
        ),
    ]
