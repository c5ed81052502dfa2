"""The demo's data files load, and bad data stops the demo command with one line naming the file
and the key, before anything is written."""

import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from narratives.demo import content
from narratives.demo.content import load_texts
from narratives.demo.loader import DemoDataError


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A copy of the data files that the demo command reads instead of the shipped ones."""
    copy = tmp_path / "data"
    shutil.copytree(content.DATA, copy)
    monkeypatch.chdir(tmp_path)  # messages name files relative to the working directory
    monkeypatch.setattr(content, "DATA", copy)
    return copy


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_shipped_data_files_load():
    texts = load_texts()
    assert len(texts.site.sites) == 7
    assert texts.narratives.narratives[0].slug == "familie-ueber-dem-gesetz"
    assert set(texts.site_translations.home) == {"de-x-ls", "en", "tr", "ar", "kmr"}


@pytest.mark.django_db
def test_a_value_of_the_wrong_type_stops_the_command_naming_file_and_key(data):
    replace(data / "site.toml", 'postcode = "44135"', "postcode = 44135")
    pages = Page.objects.count()
    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", verbosity=0)
    assert str(error.value) == (
        "data/site.toml: sites[1] (Dortmund).postcode: expected a text, found the number 44135"
    )
    assert Page.objects.count() == pages


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "messengers.toml",
            'real_name = "Malik Rahimi"\n',
            "",
            "data/messengers.toml: messengers[2] (malik-r).identity.real_name: missing",
        ),
        (
            "cards.toml",
            'kind = "resource"',
            'kind = "ressource"',
            "data/cards.toml: cards[10].kind: expected one of 'value', 'resource', "
            "found 'ressource'",
        ),
        (
            "pages.toml",
            'h2 = "Angebote"',
            'h4 = "Angebote"',
            "data/pages.toml: trainings.body[0]: expected one of h2, h3, p or quote, found h4",
        ),
        (
            "site.toml",
            'h2 = "Das Team in {city}"',
            'h2 = "Das Team in {town}"',
            "data/site.toml: site_body[0]: bad placeholder 'town' (this text may use {city})",
        ),
        (
            "narratives.toml",
            'materials = ["kachel-recht-schuetzt", "flyer-eltern"]',
            'materials = ["kachel-recht-schuetzt", "flyer-fuer-eltern"]',
            "data/narratives.toml: narratives[0] (familie-ueber-dem-gesetz).materials: "
            "no material 'flyer-fuer-eltern'",
        ),
        (
            "translations/narratives.toml",
            "[narratives.familie-ueber-dem-gesetz.en]",
            "[narratives.familie-ueber-dem-gesetz.fr]",
            "data/translations/narratives.toml: narratives.familie-ueber-dem-gesetz: "
            "no headings for 'fr'",
        ),
        (
            "taxonomies.toml",
            'slug = "schule"',
            'slug = "familie"',
            "data/taxonomies.toml: topics: 'familie' appears more than once",
        ),
        (
            "campaigns.toml",
            'title = "#RespektStattAngst"',
            'title = "#RespektStattAngst',
            "data/campaigns.toml: not valid TOML: Illegal character '\\n' (at line 6, column 28)",
        ),
    ],
)
def test_bad_data_is_named_in_one_line(data, file, old, new, message):
    replace(data / file, old, new)
    with pytest.raises(DemoDataError) as error:
        load_texts()
    assert str(error.value) == message
    assert "\n" not in str(error.value)
