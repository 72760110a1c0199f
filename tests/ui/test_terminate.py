"""A log-out or `kill` (SIGTERM) closes the window normally: the lock is released."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")


def test_sigterm_closes_the_window_and_releases_the_lock(tmp_path):
    db = tmp_path / "office.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    errors = tmp_path / "stderr.txt"
    lock = Path(f"{db}.lock")
    with errors.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "inharmony_desktop", "--db", str(db)],
                                   cwd=Path(__file__).parents[2], env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # waiting on another process, not on Qt
        assert lock.exists(), errors.read_text(errors="replace")[-800:]
        time.sleep(1.0)  # let the window finish starting
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not lock.exists()
