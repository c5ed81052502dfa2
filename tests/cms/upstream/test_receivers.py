import inspect

import pytest
from wagtail.admin import signal_handlers as wagtail_receivers
from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_receivers
from wagtail.signals import page_published, page_unpublished

from cms.models import ContentPage
from cms.upstream.receivers import (
    MAIL_RECEIVERS,
    disconnect_frontend_cache_receivers,
    mail_notifier,
)


@pytest.mark.parametrize("kind", MAIL_RECEIVERS)
def test_wagtails_review_mail_receivers_are_taken_out(kind):
    """If this fails, Wagtail renamed or moved a receiver: it would mail from the request
    again, next to our task."""
    signal, sender, dispatch_uid, notifier_name = MAIL_RECEIVERS[kind]
    connecting = inspect.getsource(wagtail_receivers.register_signal_handlers)
    assert f'dispatch_uid="{dispatch_uid}"' in connecting
    assert f"{notifier_name}," in connecting
    assert mail_notifier(kind) == (sender, getattr(wagtail_receivers, notifier_name))
    assert not signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)  # none left


def test_the_frontend_cache_purge_comes_off_a_page_model():
    """If this fails, wagtail.contrib.frontend_cache connects its purge another way: take that
    off too, or it purges next to our page cache."""
    connecting = inspect.getsource(frontend_cache_receivers.register_signal_handlers)
    assert "page_published.connect(page_published_signal_handler, sender=model)" in connecting
    assert "page_unpublished.connect(page_unpublished_signal_handler, sender=model)" in connecting
    page_published.connect(frontend_cache_receivers.page_published_signal_handler, ContentPage)
    page_unpublished.connect(frontend_cache_receivers.page_unpublished_signal_handler, ContentPage)
    disconnect_frontend_cache_receivers(ContentPage)
    assert not page_published.disconnect(
        frontend_cache_receivers.page_published_signal_handler, ContentPage
    )
    assert not page_unpublished.disconnect(
        frontend_cache_receivers.page_unpublished_signal_handler, ContentPage
    )
