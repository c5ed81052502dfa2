"""The German catalog is complete: every source string has a German translation."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[3]
CATALOG = ROOT / "cms" / "locale" / "de" / "LC_MESSAGES" / "django.po"


def test_committed_german_catalog_has_no_missing_or_fuzzy_entries():
    catalog = polib.pofile(str(CATALOG))
    assert len(catalog) > 100
    assert not [entry.msgid for entry in catalog.untranslated_entries()]
    assert not [entry.msgid for entry in catalog.fuzzy_entries()]
    assert not [entry.msgid for entry in catalog.obsolete_entries()]


def test_compiled_catalog_is_current():
    compiled = polib.mofile(str(CATALOG.with_suffix(".mo")))
    source = polib.pofile(str(CATALOG)).translated_entries()
    assert {e.msgid: e.msgstr for e in compiled if e.msgid and not e.msgid_plural} == {
        e.msgid: e.msgstr for e in source if not e.msgid_plural
    }


def test_every_source_string_is_in_the_catalog(tmp_path):
    """Extracts the strings afresh (needs GNU gettext) and compares with the committed catalog."""
    if shutil.which("xgettext") is None:
        if IN_CI:
            pytest.fail("GNU gettext (xgettext) is missing; .ci/run installs it")
        pytest.skip("GNU gettext is not installed")
    for app in ("cms", "narratives", "media_library", "search"):
        shutil.copytree(ROOT / app, tmp_path / app, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "de", "--no-obsolete"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    extracted = polib.pofile(str(tmp_path / "cms/locale/de/LC_MESSAGES/django.po"))
    missing = [e.msgid for e in extracted if not e.translated()]
    assert not missing, f"untranslated source strings: {missing[:20]}"
