"""The README stays short and the documentation stays inside the repository.

The documentation site itself is built in strict mode by `make docs` (run by `make test`): a
broken link or anchor, or a page missing from mkdocs.yml's nav, fails that build."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"

# An issue tracker's numbers mean nothing to a reader of a clone; ../shared lies outside it.
FORBIDDEN = {
    "an issue number": re.compile(r"\bissues?\s*(?:no\.\s*)?#?\d+", re.IGNORECASE),
    "a ticket reference": re.compile(r"(?<![\w&/])#\d+\b"),
    "a path outside the repository": re.compile(r"\.\./shared|\.\./\.\./"),
    "a link to the code host": re.compile(r"github\.com", re.IGNORECASE),
}


def documentation_files() -> list[Path]:
    return [
        README,
        ROOT / "mkdocs.yml",
        *sorted(path for path in DOCS.rglob("*") if path.is_file()),
    ]


def test_the_readme_is_short():
    assert len(README.read_text()) < 10_000


@pytest.mark.parametrize(
    "path", documentation_files(), ids=lambda path: str(path.relative_to(ROOT))
)
def test_documentation_refers_to_nothing_outside_the_repository(path: Path):
    text = path.read_text()
    found = [
        f"{what}: {match.group(0)!r}"
        for what, pattern in FORBIDDEN.items()
        for match in pattern.finditer(text)
    ]
    assert not found, found


def test_readme_links_lead_to_files_in_the_repository():
    targets = re.findall(r"\]\(([^)#\s]+)", README.read_text())
    assert targets, "the README links the documentation pages"
    for target in targets:
        assert "://" not in target, target
        resolved = (ROOT / target).resolve()
        assert resolved.is_relative_to(ROOT) and resolved.is_file(), target


def test_every_setting_read_from_the_environment_is_documented():
    """Operators learn a variable from docs/configuration.md; the test settings' own (service
    addresses for the suite) are in docs/testing.md."""
    configuration = (DOCS / "configuration.md").read_text()
    settings = sorted((ROOT / "cms" / "settings").glob("*.py"))
    names = {
        name
        for path in settings
        if path.name != "test.py"
        for name in re.findall(r"env(?:\.\w+)?\(\s*\"([A-Z0-9_]+)\"", path.read_text())
    }
    assert {"DATABASE_URL", "SEARCH_URL", "REDIS_URL"} <= names
    missing = sorted(name for name in names if f"`{name}`" not in configuration)
    assert not missing, missing


def test_paths_the_documentation_names_exist():
    """A module moved or renamed leaves no pointer to nowhere in the README or the docs."""
    named = re.compile(r"`((?:cms|narratives|media_library|search|tests|bench|docs)/[\w/.-]+)`")
    missing = sorted(
        f"{path.relative_to(ROOT)}: {target}"
        for path in [README, *DOCS.glob("**/*.md")]
        for target in named.findall(path.read_text())
        if not (ROOT / target).exists()
    )
    assert not missing, missing
