"""Snapshots encoded from a template write the same text as encoding each one."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given
from hypothesis import strategies as st

from inharmony_desktop.core.models import AuditEntry
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.vocabulary import Status

VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.text(),
                   st.sampled_from(list(Status)), st.dates())


def _plain(value):
    return json.dumps(value, ensure_ascii=False, default=str)


@given(common=st.dictionaries(st.text(max_size=8), VALUES, max_size=6),
       rows=st.lists(st.dictionaries(st.sampled_from(["a", "b", "\x1f0\x1f", "note"]), VALUES,
                                     min_size=4, max_size=4), max_size=4))
def test_encoded_alike_is_each_row_encoded(common, rows):
    assert audit.encoded_alike(common, rows) == [_plain({**common, **row}) for row in rows]


def test_a_shared_text_that_looks_like_a_placeholder_is_kept():
    common = {"id": 0, "note": "\x1f0\x1f", "who": 'Jan "de" Smet \\ Ærø'}
    rows = [{"id": 7}, {"id": 8}]
    assert audit.encoded_alike(common, rows) == [_plain({**common, **row}) for row in rows]


def test_record_many_writes_encoded_text_as_it_is(db):
    after = audit.encoded_alike({"id": 0, "date": "2027-01-04", "note": "é"},
                                [{"id": 5, "date": dt.date(2027, 1, 5).isoformat()}])[0]
    audit.record_many([{"entity": "prestation", "entity_id": 5, "action": "generate",
                        "summary": "x", "after": after}])
    entry = AuditEntry.get(AuditEntry.entity_id == 5)
    assert entry.after == '{"id": 5, "date": "2027-01-05", "note": "é"}'
    assert audit.recent(1)[0].after == {"id": 5, "date": "2027-01-05", "note": "é"}
