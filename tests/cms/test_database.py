import pytest
from django.db import connection


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_suite_runs_on_postgresql_with_full_text_search_configurations():
    """Guards CI against silently testing on SQLite; German search needs this configuration."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config WHERE cfgname = 'german'")
        assert cursor.fetchone() == ("german",)
