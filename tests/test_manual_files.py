"""The manual in resources/manual/: every picture it shows exists and is made by a scene of
packaging/manual_screenshots.py, every link between its pages lands, and the pictures stay
small."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from urllib.parse import urlsplit

from inharmony_desktop import manual

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "manual"


def _script():
    spec = importlib.util.spec_from_file_location(
        "manual_screenshots", ROOT / "packaging" / "manual_screenshots.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def _pages() -> dict[str, manual.Page]:
    return {page.name: page for page in manual.all_pages(FOLDER)}


def test_the_manual_is_the_start_page_and_numbered_chapters_with_a_title_each():
    pages = _pages()
    assert next(iter(pages)) == manual.START_PAGE
    assert len(pages) >= 12
    for page in pages.values():
        assert page.title, f"{page.name} has no <h1>"
        assert len({s.anchor for s in page.sections}) == len(page.sections), page.name


def test_every_link_between_pages_lands_on_a_page_and_an_anchor_that_exist():
    pages = _pages()
    broken = []
    for page in pages.values():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            target = parts.path or page.name
            if target not in pages or (parts.fragment
                                       and parts.fragment not in pages[target].anchors):
                broken.append(f"{page.name}: {href}")
    assert broken == []


def test_the_start_page_links_every_chapter():
    pages = _pages()
    linked = {urlsplit(href).path for href in pages[manual.START_PAGE].links}
    assert linked >= set(pages) - {manual.START_PAGE}


def test_every_picture_shown_exists_and_is_made_by_a_scene_of_the_script():
    pages = _pages()
    shown = {src for page in pages.values() for src in page.images}
    assert shown, "the manual shows no pictures"
    missing = sorted(src for src in shown if not (FOLDER / src).is_file())
    assert missing == []
    scenes = {f"images/{scene.file}" for scene in _script().SCENES}
    assert shown <= scenes
    on_disk = {f"images/{path.name}" for path in (FOLDER / "images").glob("*.png")}
    assert on_disk <= scenes, "a picture no scene makes again"


def test_the_pictures_are_small_and_no_wider_than_the_manual():
    script = _script()
    for path in (FOLDER / "images").glob("*.png"):
        assert path.stat().st_size <= script.MAX_BYTES, path.name
        width = int.from_bytes(path.read_bytes()[16:20], "big")  # the PNG header
        assert width <= script.MAX_WIDTH, path.name


def test_the_stylesheet_every_page_uses_is_there():
    for page in _pages().values():
        text = (FOLDER / page.name).read_text(encoding="utf-8")
        assert 'href="stijl.css"' in text and 'type="text/css"' in text, page.name
    assert (FOLDER / "stijl.css").is_file()
