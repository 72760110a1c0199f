"""Every text a person reads is in the program's Dutch: the whole message catalogue, and
every history line and undo text that working with the demo database writes."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ElementTree

import pytest

from inharmony_desktop.core import clock
from inharmony_desktop.core.models import AuditEntry, Prestation, UserNumber
from inharmony_desktop.core.services import (
    corrections,
    generation,
    history,
    ironing,
    moves,
    orders,
    prestations,
    schedules,
    splits,
    switchover,
    user_numbers,
    week_review,
)
from inharmony_desktop.resources import translation_source, translations_dir
from tests.wording import problems


def _messages(language: str):
    root = ElementTree.parse(translation_source(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            yield name, source, forms


def test_no_catalogue_entry_reads_wrong_in_dutch():
    found = [f"{context}: {problem}" for context, _source, forms in _messages("nl")
             for form in forms for problem in problems(form)]
    assert found == []


def test_the_english_catalogue_gives_every_plural_its_own_forms():
    english = {(context, source): forms for context, source, forms in _messages("en")}
    for context, source, forms in _messages("nl"):
        if len(forms) == 2 or "%n" in source:
            assert (context, source) in english, (context, source)
            one, many = english[(context, source)]
            assert "(s)" not in one + many, (context, source)
    assert (translations_dir() / "inharmony_en.ts").exists()


@pytest.fixture
def worked_demo(demo_db):
    """The small demo, then a morning's work of every kind the office does."""
    today = clock.today()
    numbers = list(UserNumber.select().where(UserNumber.active).order_by(UserNumber.id))
    recent = [p.id for p in Prestation.select(Prestation.id).where(
        Prestation.status == "performed").order_by(Prestation.date.desc()).limit(4)]
    registered = [p.id for p in Prestation.select(Prestation.id).where(
        Prestation.status == "registered").limit(2)]
    target = numbers[-1].id
    result = moves.move_prestations(recent[:2] + registered, target, allow_other_customer=True)
    corrections.mark_corrected(result.correction_ids[:1])
    hours = Prestation.get_by_id(recent[2]).hours
    splits.apply_choice(splits.SplitChoice("set", (recent[2],), 1, hours - 1))
    prestations.update_prestation(recent[3], {"hours": 2})
    first = numbers[0]
    orders.create_order(orders.OrderInput(first.id, today, 20, medium="electronic"))
    user_numbers.set_payment_mode(numbers[1].id, today + dt.timedelta(days=3), "electronic")
    start = today + dt.timedelta(days=7 - today.weekday())
    plan = generation.plan_generation(start, start + dt.timedelta(days=13))
    ids = generation.apply_generation(plan)
    week_review.apply_review(week_review.ReviewChanges(
        performed=ids[:3], hours={ids[3]: 2}, cancelled={ids[4]: "klant ziek"}))
    schedule = schedules.list_schedules(active_from=today, active_to=today)[0]
    schedules.end_schedule(schedule.id, start + dt.timedelta(days=6))
    planned = Prestation.get_by_id(ids[6]).user_number_id
    switchover.apply_switchover(switchover.plan_switchover(planned, 2, start))
    ironing.record_basket(numbers[0].customer_id, numbers[0].id, schedule.helper_id, today, 100)
    prestations.delete_prestations(recent[3:4])
    return demo_db


def test_every_history_line_of_a_worked_demo_reads_right(worked_demo):
    summaries = [summary for (summary,) in AuditEntry.select(AuditEntry.summary).tuples()]
    assert len(summaries) > 100
    found = [p for text in summaries for p in problems(text)]
    assert found == []
    titles = [history.title_for_prestation(p.id) for p in Prestation.select().limit(20)]
    titles += [history.title_for_user_number(u.id) for u in UserNumber.select().limit(20)]
    assert [p for text in titles for p in problems(text)] == []
