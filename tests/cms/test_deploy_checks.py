"""The production settings pass Django's deployment checks, warnings included."""

from tests.other_settings import production_environment, run_python


def test_production_settings_pass_the_deployment_checks(tmp_path):
    result = run_python(
        "cms.settings.production",
        "manage.py check --deploy --fail-level WARNING",
        **production_environment(DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_pages_cannot_be_framed(client, home):
    response = client.get(home.url)
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
