#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/inharmony-desktop/ from a fresh virtual
# environment, then run its smoke test twice: offscreen, and on a real X server
# (Xvfb) so that a missing xcb library fails here and not on a user's desktop.
#
#   packaging/build.sh            # needs python3 (3.11+), xvfb-run (apt-get install xvfb xauth)
#
# PYTHON=python3.12 picks another interpreter. Everything it makes is in build/ and dist/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/build/venv"
DIST="$ROOT/dist"
BUNDLE="$DIST/inharmony-desktop"
EXE="$BUNDLE/inharmony-desktop"
started=$SECONDS

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build.sh: FOUT: %s\n' "$*" >&2; exit 1; }

command -v xvfb-run >/dev/null || fail "xvfb-run ontbreekt (apt-get install xvfb xauth)"

step "fresh virtual environment in build/venv"
rm -rf "$VENV" "$ROOT/build/pyinstaller" "$BUNDLE"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet ".[build,postgres]"
"$VENV/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /'
"$VENV/bin/python" -c 'import PySide6, sys; print("PySide6", PySide6.__version__, "on Python", sys.version.split()[0])'

step "compile translations"
shopt -s nullglob
sources=(resources/translations/*.ts)
[ ${#sources[@]} -gt 0 ] || fail "geen .ts-bestanden in resources/translations"
for ts in "${sources[@]}"; do
    "$VENV/bin/python" -m inharmony_desktop.catalogue "$ts" "${ts%.ts}.qm"
    echo "${ts%.ts}.qm"
done

step "PyInstaller (one folder)"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    packaging/pyinstaller/inharmony.spec
[ -x "$EXE" ] || fail "$EXE werd niet gemaakt"

# Run from another folder, so nothing is found through the current directory.
cd "$ROOT/build"

step "smoke test, offscreen"
QT_QPA_PLATFORM=offscreen "$EXE" --smoke-test || fail "rooktest (offscreen) mislukt"

step "smoke test, on an X server (Xvfb, xcb platform plugin)"
QT_QPA_PLATFORM=xcb xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    "$EXE" --smoke-test || fail "rooktest onder Xvfb mislukt (ontbreekt er een xcb-bibliotheek?)"

step "bundle"
du -sh "$BUNDLE"
echo "$(find "$BUNDLE" -type f | wc -l) files; built and tested in $((SECONDS - started)) s"
