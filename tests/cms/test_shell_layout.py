"""The top-level modules of cms/ are the project shell; the platform lives in packages.

A new platform module belongs in the package of its concern (docs/architecture.md), not beside
the shell; `lint-imports` keeps the platform from importing the shell."""

from pathlib import Path

CMS = Path(__file__).resolve().parents[2] / "cms"
SHELL = {
    "__init__.py",
    "apps.py",
    "asgi.py",
    "health.py",
    "server.py",
    "sitemap.py",
    "urls.py",
    "views.py",
    "wagtail_hooks.py",
    "wsgi.py",
}


def test_only_the_shell_has_top_level_modules() -> None:
    assert {module.name for module in CMS.glob("*.py")} == SHELL


def test_every_platform_directory_is_a_package_or_holds_no_code() -> None:
    loose = [
        directory.name
        for directory in CMS.iterdir()
        if directory.is_dir()
        and not (directory / "__init__.py").exists()
        and any(directory.glob("*.py"))
    ]
    assert loose == []
