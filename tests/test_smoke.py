"""`inharmony-desktop --smoke-test`: the check a freshly built bundle must pass."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from inharmony_desktop import smoke

ROOT = Path(__file__).resolve().parent.parent


def test_smoke_test_passes_on_the_source_tree(tmp_path):
    # From another folder, as a user starts the program: nothing is found through the cwd.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "inharmony_desktop", "--smoke-test"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'knop Cancel leest "Annuleren"' in result.stdout
    for step in ("databank en migraties", "vertalingen", "hoofdvenster", "jaaroverzicht-PDF"):
        assert f"{step}: ok" in result.stdout
    assert "lettertype ingebed" in result.stdout
    assert "geslaagd" in result.stdout.splitlines()[-1]
    # The user's own database was not touched: everything happened in a temporary folder.
    assert list(tmp_path.iterdir()) == []


def test_a_failing_step_gives_exit_code_1_and_its_reason(qapp, capsys):
    def missing_font(_ctx: smoke.SmokeContext) -> str:
        raise smoke.StepFailed("DejaVuSans.ttf ontbreekt")

    def fine(_ctx: smoke.SmokeContext) -> str:
        return "alles goed"

    code = smoke.run([("lettertype", missing_font), ("daarna", fine)], isolate_settings=False)

    out, err = capsys.readouterr()
    assert code == 1
    assert "lettertype: FOUT: DejaVuSans.ttf ontbreekt" in err
    assert "MISLUKT" in err
    assert "daarna: ok (alles goed)" in out  # the later steps still ran


def test_a_crashing_step_fails_with_the_exception(qapp, capsys):
    def crash(_ctx: smoke.SmokeContext) -> str:
        raise ImportError("libxcb-cursor.so.0: cannot open shared object file")

    assert smoke.run([("platform", crash)], isolate_settings=False) == 1
    assert "platform: FOUT: ImportError: libxcb-cursor.so.0" in capsys.readouterr().err
