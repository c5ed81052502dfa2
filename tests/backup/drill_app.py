"""The restore drill's steps inside the application (`manage.py shell`, see drill.App.step): load
content, change it as editors do, and describe the state a restore must bring back."""

import json

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Locale, Page, Revision, Site

from narratives.models import MessengerPage, NarrativeIndexPage, NarrativePage
from tests.factories.cms import HomePageFactory
from tests.factories.media_library import ImageFactory
from tests.factories.narratives import NarrativePageFactory
from tests.factories.site import build_site


def main(step: str, arguments: str = "{}") -> None:
    answer = STEPS[step](**json.loads(arguments))
    print("DRILL " + json.dumps(answer))  # noqa: T201 (read by drill.App.step)


def editor():  # noqa: ANN201
    return get_user_model().objects.get(username="drill")


def seed() -> dict:
    get_user_model().objects.create_superuser("drill", "drill@example.org", "drill-password-1")
    root = Page.objects.get(depth=1)
    home = HomePageFactory(parent=root, slug="startseite")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Drill"},
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    tree = build_site(home, related=2)
    return {
        "narrative": tree.pages["narrative"].pk if "narrative" in tree.pages else None,
        "messenger": tree.messengers[0].pk,
        "narrative_url": NarrativePage.objects.live().first().url,
    }


def publish(title: str) -> dict:
    """A new narrative, published from its first revision as the review workflow would."""
    index = NarrativeIndexPage.objects.get(locale__language_code="de")
    page = NarrativePageFactory(parent=index, title=title, live=False)
    page.save_revision(user=editor()).publish(user=editor())
    page.refresh_from_db()
    return {"id": page.pk, "url": page.url, "live": page.live}


def upload() -> dict:
    image = ImageFactory(title="Drill: nach der Sicherung hochgeladen")
    return {"id": image.pk, "file": image.file.name}


def translate() -> dict:
    from wagtail_localize.operations import TranslationCreator  # noqa: PLC0415

    narrative = NarrativePage.objects.filter(locale__language_code="de").order_by("pk").first()
    english = Locale.objects.get(language_code="en")
    TranslationCreator(editor(), [english]).create_translations(narrative)
    translated = narrative.get_translation(english)
    return {"source": narrative.pk, "translation": translated.pk, "alias": translated.alias_of_id}


def erase(messenger: int) -> dict:
    call_command("erase_messenger", str(messenger))
    return {"erased": not MessengerPage.objects.filter(pk=messenger).exists()}


def state() -> dict:
    """Every table's row count, every revision and every page, as a restore must bring them back."""
    counts = {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }
    revisions = [
        [rev.pk, rev.base_content_type_id, rev.object_id, rev.created_at.isoformat()]
        for rev in Revision.objects.order_by("pk")
    ]
    pages = [
        [page.pk, page.title, page.live, page.latest_revision_id, page.locale_id, page.alias_of_id]
        for page in Page.objects.order_by("pk")
    ]
    return {"counts": counts, "revisions": revisions, "pages": pages}


def pages_titled(titles: list[str]) -> dict:
    found = Page.objects.filter(title__in=titles)
    return {page.title: page.live for page in found}


STEPS = {
    "seed": seed,
    "publish": publish,
    "upload": upload,
    "translate": translate,
    "erase": erase,
    "state": state,
    "pages_titled": pages_titled,
}
