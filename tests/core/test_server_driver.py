"""A start on a file does without the PostgreSQL driver; a server URL loads it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def _run(script: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_opening_a_file_never_loads_the_postgresql_driver(tmp_path):
    result = _run(f"""
        import sys
        import inharmony_desktop.cli
        from inharmony_desktop.core.db import close_database, open_database
        from inharmony_desktop.core.models import Customer
        open_database({str(tmp_path / "kantoor.db")!r})
        Customer.select().count()
        close_database()
        print("driver loaded:", "psycopg2" in sys.modules)
    """)
    assert result.returncode == 0, result.stderr[-800:]
    assert "driver loaded: False" in result.stdout


def test_a_server_url_gets_the_driver_as_peewee_would_have_set_it_up():
    # Port 1 answers nothing: connecting must fail on the network, never on a missing driver.
    result = _run("""
        import sys
        import peewee
        from inharmony_desktop.core.db import connect
        server = connect("postgresql://els:geheim@127.0.0.1:1/kantoor")
        import psycopg2.extras
        print("same driver:", peewee.psycopg2 is sys.modules["psycopg2"])
        print("json type:", server._adapter.json_type is psycopg2.extras.Json)
        try:
            server.connect()
        except peewee.ImproperlyConfigured as exc:
            print("driver missing:", exc)
        except peewee.OperationalError:
            print("the network answered")
    """)
    assert result.returncode == 0, result.stderr[-800:]
    assert "same driver: True" in result.stdout
    assert "json type: True" in result.stdout
    assert "the network answered" in result.stdout


def test_the_drivers_own_errors_are_caught_once_it_is_loaded():
    result = _run("""
        from inharmony_desktop.core.server_driver import driver_errors, load
        before = driver_errors()
        load()
        import psycopg2
        print("before:", before, "after:", driver_errors() == (psycopg2.Error,))
    """)
    assert result.returncode == 0, result.stderr[-800:]
    assert "before: () after: True" in result.stdout
