"""Two PCs on one PostgreSQL database, played by two processes.

Each round both processes read the same prestation versions (what their
screens show), meet at a barrier, and then write at the same moment. Exactly
one must win each round and the other must get the "changed by someone else"
conflict; afterwards the rows must show every winning change and nothing
else: no lost update, no half-done move.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
from collections import Counter

import pytest

from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.errors import ConflictError
from inharmony_desktop.core.models import Prestation
from inharmony_desktop.core.services.customers import CustomerInput, create_customer
from inharmony_desktop.core.services.helpers import HelperInput, create_helper
from inharmony_desktop.core.services.prestations import PrestationInput, create_prestation
from inharmony_desktop.core.services.user_numbers import UserNumberInput, create_user_number

pytestmark = pytest.mark.postgres

ROUNDS = 6
TIMEOUT = 60


def _edit_note_worker(url, prestation_id, tag, barrier, results) -> None:
    from inharmony_desktop.core.services.prestations import update_prestation

    open_database(url, create=False)
    try:
        for number in range(ROUNDS):
            seen = Prestation.get_by_id(prestation_id)
            barrier.wait()
            try:
                update_prestation(prestation_id, {"note": seen.note + tag},
                                  expected_version=seen.version)
                results.put((tag, number, "ok", ""))
            except ConflictError as exc:
                results.put((tag, number, "conflict", str(exc)))
            barrier.wait()
    finally:
        close_database()


def _move_worker(url, ids, first, second, barrier, results) -> None:
    from inharmony_desktop.core.services.moves import move_prestations

    open_database(url, create=False)
    try:
        for number in range(ROUNDS):
            seen = {p.id: p for p in Prestation.select().where(Prestation.id.in_(ids))}
            target = second if seen[ids[0]].user_number_id == first else first
            barrier.wait()
            try:
                move_prestations(ids, target,
                                 expected_versions={pid: p.version for pid, p in seen.items()})
                results.put(("move", number, "ok", ""))
            except ConflictError as exc:
                results.put(("move", number, "conflict", str(exc)))
            barrier.wait()
    finally:
        close_database()


def _edit_one_of_worker(url, ids, barrier, results) -> None:
    from inharmony_desktop.core.services.prestations import update_prestation

    open_database(url, create=False)
    try:
        for number in range(ROUNDS):
            pid = ids[number % len(ids)]
            seen = Prestation.get_by_id(pid)
            barrier.wait()
            try:
                update_prestation(pid, {"note": seen.note + "E"}, expected_version=seen.version)
                results.put(("edit", number, "ok", str(pid)))
            except ConflictError as exc:
                results.put(("edit", number, "conflict", str(exc)))
            barrier.wait()
    finally:
        close_database()


def _run_pair(targets) -> list[tuple]:
    """Start both workers, wait for them, and return every reported outcome."""
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(len(targets), timeout=TIMEOUT)
    results = ctx.Queue()
    workers = [ctx.Process(target=func, args=(*args, barrier, results)) for func, args in targets]
    for worker in workers:
        worker.start()
    outcomes = []
    try:
        for _ in range(ROUNDS * len(targets)):
            outcomes.append(results.get(timeout=TIMEOUT))
    except queue.Empty:
        pytest.fail(f"a worker stopped answering after {len(outcomes)} outcomes")
    finally:
        for worker in workers:
            worker.join(timeout=TIMEOUT)
    assert [w.exitcode for w in workers] == [0] * len(workers)
    return outcomes


@pytest.fixture
def shared(server_url):
    """A server database with a customer, two user numbers and a helper."""
    open_database(server_url)
    customer = create_customer(CustomerInput("K1", "Peeters", "3940", "Hechtel-Eksel"))
    first = create_user_number(UserNumberInput("100000000011", customer, "An Peeters",
                                               payment_mode="electronic",
                                               mode_since=dt.date(2024, 1, 1)))
    second = create_user_number(UserNumberInput("100000000022", customer, "Jan Peeters",
                                                payment_mode="electronic",
                                                mode_since=dt.date(2024, 1, 1)))
    helper = create_helper(HelperInput("M1", "Sofie Janssens"))
    ids = [
        create_prestation(PrestationInput(dt.date(2024, 3, day), first, helper, 3))
        for day in range(1, 11)
    ]
    close_database()
    yield {"url": server_url, "first": first, "second": second, "helper": helper, "ids": ids}
    open_database(server_url, create=False)


def test_two_pcs_editing_one_prestation_never_lose_an_edit(shared):
    pid = shared["ids"][0]

    outcomes = _run_pair([
        (_edit_note_worker, (shared["url"], pid, "A")),
        (_edit_note_worker, (shared["url"], pid, "B")),
    ])

    per_round = Counter((number, result) for _tag, number, result, _msg in outcomes)
    for number in range(ROUNDS):
        assert per_round[(number, "ok")] == 1, f"round {number}: {outcomes}"
        assert per_round[(number, "conflict")] == 1, f"round {number}: {outcomes}"
    messages = {msg for *_rest, msg in outcomes if msg}
    assert messages == {"Deze prestatie is intussen door iemand anders gewijzigd. "
                        "Herlaad en probeer opnieuw."}
    winners = "".join(tag for tag, _n, result, _m in sorted(outcomes, key=lambda o: o[1])
                      if result == "ok")
    open_database(shared["url"], create=False)
    row = Prestation.get_by_id(pid)
    assert row.note == winners
    assert row.version == 1 + ROUNDS


def test_a_move_and_an_edit_of_the_same_prestation_never_half_happen(shared):
    ids = shared["ids"]

    outcomes = _run_pair([
        (_move_worker, (shared["url"], ids, shared["first"], shared["second"])),
        (_edit_one_of_worker, (shared["url"], ids)),
    ])

    per_round = Counter((number, result) for _tag, number, result, _msg in outcomes)
    for number in range(ROUNDS):
        assert per_round[(number, "ok")] == 1, f"round {number}: {outcomes}"
        assert per_round[(number, "conflict")] == 1, f"round {number}: {outcomes}"
    assert all("door iemand anders gewijzigd" in msg
               for _t, _n, result, msg in outcomes if result == "conflict")
    moves = sum(1 for tag, _n, result, _m in outcomes if tag == "move" and result == "ok")
    edits = Counter(int(msg) for tag, _n, result, msg in outcomes
                    if tag == "edit" and result == "ok")
    open_database(shared["url"], create=False)
    rows = {p.id: p for p in Prestation.select().where(Prestation.id.in_(ids))}
    # No partial move: all ten on one number, the one the successful moves lead to.
    expected_number = shared["second"] if moves % 2 else shared["first"]
    assert {p.user_number_id for p in rows.values()} == {expected_number}
    # No lost update: every winning edit is there, every winning change bumped the version.
    for pid, row in rows.items():
        assert row.note == "E" * edits[pid]
        assert row.version == 1 + moves + edits[pid]
