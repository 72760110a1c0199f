"""A log-out or `kill` (SIGTERM) closes the window normally: the lock is released."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")


def _wait_until(condition, process: subprocess.Popen, timeout: float = 60) -> bool:
    """Whether `condition` came true while `process` ran, looking every tenth of a second
    (another process: there is no Qt signal to wait on)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        try:
            process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        return condition()  # the process ended
    return True


def test_sigterm_closes_the_window_and_releases_the_lock(tmp_path):
    db = tmp_path / "office.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    errors = tmp_path / "stderr.txt"
    lock = Path(f"{db}.lock")
    # The day's backup is started by the window's first paint: once it is there, the
    # window has finished starting.
    backups = tmp_path / "backups"
    with errors.open("wb") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "inharmony_desktop", "--db", str(db)],
                                   cwd=Path(__file__).parents[2], env=env,
                                   stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        assert _wait_until(lambda: any(backups.glob("inharmony-*.db")), process), \
            errors.read_text(errors="replace")[-800:]
        assert lock.exists()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert not lock.exists()
