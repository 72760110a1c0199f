"""Realistic demo data: customers around Hechtel-Eksel, partners with two user
numbers, paper customers switched to electronic before paper ran out, weekly
and biweekly prestations (none on public holidays), orders that keep every
wallet going.

The demo runs from mid-2024 at the latest (two years before "today" when that
is later), so that it always holds the paper era and its switch-overs to
electronic, whatever today's date is.

`build("small")` goes through the services for customers, user numbers,
helpers and orders (so quotas and prices are checked) and inserts prestations
in bulk.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from inharmony_desktop.core import clock, demo_schedules
from inharmony_desktop.core.models import Prestation, database
from inharmony_desktop.core.services import audit, customers, helpers, orders, user_numbers
from inharmony_desktop.core.services.base import chunked
from inharmony_desktop.core.services.generation import public_holidays
from inharmony_desktop.core.services.payment_modes import ModeHistory, split_for
from inharmony_desktop.core.vocabulary import Status

Progress = Callable[[str], None]

FIRST_NAMES = [
    "Jan", "Els", "Marc", "An", "Luc", "Katrien", "Peter", "Sofie", "Dirk", "Inge", "Koen",
    "Griet", "Tom", "Veerle", "Bart", "Hilde", "Wim", "Ria", "Geert", "Lieve", "Jef", "Mia",
    "Rudi", "Nadine", "Frank", "Hanne", "Stijn", "Leen", "Jos", "Zoë", "André", "Françoise",
]
LAST_NAMES = [
    "Janssens", "Peeters", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
    "Wouters", "De Smet", "Vermeulen", "Vanderstraeten", "Hendrickx", "Lenaerts", "Vanhoof",
    "Geerts", "Schreurs", "D'Hondt", "Vandeweyer", "Cuypers", "Nijs", "Moors", "Bosmans",
    "Daniëls", "Stevens", "Verheyen", "Thijs", "Lemmens", "Reynders", "Boonen",
]
STREETS = [
    "Hasseltsebaan", "Kerkstraat", "Stationsstraat", "Peerderbaan", "Lommelsesteenweg",
    "Kiezelstraat", "Heidestraat", "Molenstraat", "Pastoor Coenenstraat", "Schoolstraat",
    "Sint-Willibrordusstraat", "Boseind", "Eindhovensebaan", "Kamperbaan", "Vennestraat",
]
TOWNS = [
    ("3940", "Hechtel-Eksel"), ("3940", "Hechtel-Eksel"), ("3940", "Hechtel-Eksel"),
    ("3990", "Peer"), ("3970", "Leopoldsburg"), ("3920", "Lommel"),
    ("3530", "Houthalen-Helchteren"), ("3580", "Beringen"), ("3900", "Pelt"),
]
HELPER_NAMES = [
    "Maria Vos", "Fatima El Amrani", "Ilse Bogaerts", "Nathalie Coenen", "Agnieszka Nowak",
    "Sandra Vrancken", "Emine Yilmaz", "Kelly Smeets", "Joke Leysen", "Ana Pereira",
]


PAPER_ERA_START = dt.date(2024, 7, 1)  # a year of paper before it stopped
PAPER_END = dt.date(2025, 5, 31)  # the last day paper vouchers were sold


@dataclass
class _Number:
    id: int
    customer_index: int
    modes: ModeHistory
    start: dt.date
    uses: dict[tuple[int, int], dict[str, int]] = field(default_factory=dict)


def _insz(rng: random.Random) -> str:
    year = rng.randint(1965, 1999)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = rng.randint(1, 997)
    first9 = int(f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}")
    return f"{first9:09d}{97 - first9 % 97:02d}"


def _number(rng: random.Random, used: set[str]) -> str:
    while True:
        candidate = f"{rng.randint(10**11, 10**12 - 1)}"
        if candidate not in used:
            used.add(candidate)
            return candidate


def build(scale: str = "small", *, seed: int = 7, today: dt.date | None = None,
          progress: Progress | None = None) -> dict[str, int]:
    """Fill the open (empty) database with demo data; returns counts per kind."""
    if scale != "small":
        from inharmony_desktop.core import demo_large

        return demo_large.build(seed=seed, today=today, progress=progress)
    say = progress or (lambda _m: None)
    rng = random.Random(seed)
    today = today or clock.today()
    start = min(dt.date(today.year - 2, 7, 1), PAPER_ERA_START)
    paper_end = PAPER_END

    say("Medewerkers…")
    helper_ids = []
    for index, name in enumerate(HELPER_NAMES[:8], start=1):
        helper_ids.append(helpers.create_helper(helpers.HelperInput(
            reference=f"M{index:02d}", name=name, phone=f"0470 {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}", insz=_insz(rng),
            contract_hours=rng.choice([19, 25, 30.4, 38]),
        )))

    say("Klanten en gebruikersnummers…")
    used_numbers: set[str] = set()
    numbers: list[_Number] = []
    for index in range(1, 41):
        last = rng.choice(LAST_NAMES)
        postal, town = rng.choice(TOWNS)
        language = "fr" if index % 17 == 0 else "nl"
        cid = customers.create_customer(customers.CustomerInput(
            reference=f"K{index:04d}", name=f"{last}", street=f"{rng.choice(STREETS)} "
            f"{rng.randint(1, 180)}", postal_code=postal, city=town,
            phone=f"011 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            email=f"{last.lower().replace(' ', '').replace(chr(39), '')}{index}@example.be",
            language=language,
        ))
        joined = start if index <= 30 else start + dt.timedelta(days=rng.randint(60, 500))
        holders = [f"{rng.choice(FIRST_NAMES)} {last}"]
        if index % 2 == 0:  # a household with partners: each their own user number
            holders.append(f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}")
        paper_customer = joined < paper_end and rng.random() < 0.35
        switch = None
        if paper_customer:  # paper stopped in June 2025: everyone switched by early 2026
            switch = max(dt.date(2025, rng.randint(2, 12), 1), joined + dt.timedelta(days=90))
        for position, holder in enumerate(holders):
            mode = "paper" if paper_customer else "electronic"
            quota = "special" if index == 13 else "standard"
            uid = user_numbers.create_user_number(user_numbers.UserNumberInput(
                number=_number(rng, used_numbers), customer_id=cid, holder=holder,
                quota=quota, payment_mode=mode, mode_since=joined,
            ))
            rows = [(joined, mode)]
            if switch:
                user_numbers.set_payment_mode(uid, switch, "electronic")
                rows.append((switch, "electronic"))
            if position == 0 or index % 4 == 0:
                numbers.append(_Number(uid, index, ModeHistory(rows), joined))

    say("Prestaties…")
    closed = set(public_holidays(start, today))
    rows = [r for r in _prestations(rng, numbers, helper_ids, start, today)
            if r["date"] not in closed]
    with database.atomic():
        for chunk in chunked(rows):
            Prestation.insert_many(chunk).execute()
        audit.record("prestation", 0, "import", f"{len(rows)} demoprestaties aangemaakt")

    say("Bestellingen…")
    order_count = _orders(rng, numbers, paper_end, today)
    counts = {"medewerkers": len(helper_ids), "klanten": 40, "gebruikersnummers":
              len(used_numbers), "prestaties": len(rows), "bestellingen": order_count}
    say("Uurroosters en afwezigheden…")
    counts.update(demo_schedules.build(rng, today))
    return counts


def _prestations(rng: random.Random, numbers: list[_Number], helper_ids: list[int],
                 start: dt.date, today: dt.date) -> list[dict]:
    rows = []
    cleaners, ironer = helper_ids[:-1], helper_ids[-1]  # the last helper runs the workshop
    load: dict[tuple[int, int], int] = defaultdict(int)  # (helper, weekday) -> hours a week
    for n in numbers:
        hours = rng.choices([2, 3, 4, 5], weights=[1, 5, 5, 1])[0]
        every = rng.choice([1, 1, 1, 2])
        ironing = n.customer_index % 7 == 0
        heavy = n.customer_index == 6  # crosses 400 vouchers a year: two long sessions a week
        helper, weekday = _pick_day(rng, load, cleaners, hours, (0, 2) if heavy else (0,))
        day = n.start + dt.timedelta(days=(weekday - n.start.weekday()) % 7)
        week = 0
        while day <= today:
            skip = rng.random() < 0.06 or (day.month == 8 and rng.random() < 0.4)
            if week % every == 0 and not skip:
                sessions = [(day, hours)] + ([(day + dt.timedelta(days=2), 4)] if heavy else [])
                for when, h in sessions:
                    if when <= today:
                        rows.append(_row(n, when, helper, "home_help", h, today))
            if ironing and week % 2 == 1 and not skip:
                rows.append(_row(n, day + dt.timedelta(days=1), ironer, "ironing",
                                 rng.choice([1, 2, 2, 3]), today))
            day += dt.timedelta(days=7)
            week += 1
    return [r for r in rows if r["date"] <= today]


DAY_HOURS = 8  # what one helper works on one day at most


def _pick_day(rng: random.Random, load: dict[tuple[int, int], int], helpers: list[int],
              hours: int, offsets: tuple[int, ...]) -> tuple[int, int]:
    """A helper and weekday (plus `offsets` days) that still have room for `hours`."""
    options = [(h, wd) for h in helpers for wd in range(5)
               if all(wd + o <= 4 and load[(h, wd + o)] + hours <= DAY_HOURS for o in offsets)]
    helper, weekday = rng.choice(options) if options else (rng.choice(helpers), rng.randint(0, 2))
    for offset in offsets:
        load[(helper, weekday + offset)] += hours
    return helper, weekday


def _row(n: _Number, day: dt.date, helper: int, activity: str, hours: int,
         today: dt.date) -> dict:
    paper, electronic = split_for(n.modes.mode_on(day), hours)
    age = (today - day).days
    status = (Status.PAID if age > 30 else Status.CONFIRMED if age > 10 else
              Status.REGISTERED if age > 3 else Status.PERFORMED)
    quarter = (day.year, (day.month - 1) // 3)
    use = n.uses.setdefault(quarter, {"paper": 0, "electronic": 0})
    use["paper"] += paper
    use["electronic"] += electronic
    return {
        "date": day, "user_number": n.id, "helper": helper, "activity": activity,
        "hours": hours, "paper": paper, "electronic": electronic, "split_manual": False,
        "status": status,
        "registered_on": day + dt.timedelta(days=1) if age > 3 else None,
        "confirmed_on": day + dt.timedelta(days=6) if age > 10 else None,
        "paid_on": day + dt.timedelta(days=12) if age > 30 else None,
    }


def _orders(rng: random.Random, numbers: list[_Number], paper_end: dt.date,
            today: dt.date) -> int:
    """Each quarter, buy a little more than the quarter will use (paper up to May 2025)."""
    count = 0
    for n in numbers:
        carry_paper = 0
        need_by_medium: dict[str, dict[tuple[int, int], int]] = defaultdict(dict)
        for quarter, use in sorted(n.uses.items()):
            for medium in ("paper", "electronic"):
                need_by_medium[medium][quarter] = use[medium]
        for medium, quarters in need_by_medium.items():
            for (year, q), need in sorted(quarters.items()):
                if not need:
                    continue
                day = max(dt.date(year, q * 3 + 1, 1) - dt.timedelta(days=rng.randint(3, 12)),
                          n.start)
                if day > today:
                    continue
                if medium == "paper" and day > paper_end:
                    carry_paper += need
                    continue
                quantity = int(math.ceil((need + 5) / 10.0) * 10)
                count += _order(n.id, day, quantity, medium)
        if carry_paper:  # paper still used after June 2025 was bought in May 2025
            count += _order(n.id, dt.date(2025, 5, 20), int(math.ceil(carry_paper / 10) * 10),
                            "paper")
    return count


def _order(user_number_id: int, day: dt.date, quantity: int, medium: str) -> int:
    """Place the order, trimmed to what the yearly maximum still allows."""
    use = orders.quota_use(user_number_id, day.year)
    room = min(use.personal_max - use.ordered,
               use.household_max - use.household_ordered if not use.special else quantity)
    quantity = min(quantity, room)
    if quantity <= 0:
        return 0
    orders.create_order(orders.OrderInput(user_number_id, day, quantity, medium=medium))
    return 1
