import datetime

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory

from narratives import models
from narratives.models.narratives import default_review_by

from .cms import BODY, BasePageFactory


class KeyMessageBlockFactory(wagtail_factories.CharBlockFactory):
    value = "Bildung öffnet Türen."

    class Meta:
        model = models.NarrativePage.key_messages.field.stream_block.child_blocks[
            "message"
        ].__class__


class NarrativeIndexPageFactory(BasePageFactory):
    title = "Narrative"

    class Meta:
        model = models.NarrativeIndexPage


class NarrativePageFactory(BasePageFactory):
    negative_narrative = "Schule bringt Leuten wie uns nichts."
    counter_narrative = "Ein Abschluss gibt dir die Freiheit, selbst zu entscheiden."
    key_messages = wagtail_factories.StreamFieldFactory(
        {"message": factory.SubFactory(KeyMessageBlockFactory)}
    )
    key_messages__0__message__value = "Bildung öffnet Türen."
    body = BODY
    body__0__heading__text = "Worum es geht"
    body__1__paragraph__value = "<p>Viele Jugendliche hören diesen Satz zu Hause.</p>"
    talking_points = "<p>Interner Gesprächsleitfaden: zuerst zuhören.</p>"
    review_by = factory.LazyFunction(default_review_by)

    class Meta:
        model = models.NarrativePage


class MessengerIndexPageFactory(BasePageFactory):
    title = "Botschafterinnen und Botschafter"

    class Meta:
        model = models.MessengerIndexPage


class MessengerPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Alias {n}")
    role = "Trainer im Boxverein"
    languages_spoken = "Deutsch, Arabisch"
    quote = "Ich habe die Kurve gekriegt."

    class Meta:
        model = models.MessengerPage


class MessengerIdentityFactory(DjangoModelFactory):
    messenger = factory.SubFactory(MessengerPageFactory)
    real_name = factory.Sequence(lambda n: f"Geheimname Klarname{n:04d}")
    email = factory.Sequence(lambda n: f"privat{n}@example.org")
    phone = "+49 201 0000000"
    consent_given_on = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=30)
    )
    consent_expires_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=335)
    )
    consent_web = True
    consent_photo = True
    consent_reference = factory.Sequence(lambda n: f"DS-2026-{n:04d}")
    safety_notes = "Wohnort nie nennen; Bruder ist im Verfahren."

    class Meta:
        model = models.MessengerIdentity


class CampaignIndexPageFactory(BasePageFactory):
    title = "Kampagnen"

    class Meta:
        model = models.CampaignIndexPage


class CampaignPageFactory(BasePageFactory):
    goal = "Jugendliche erfahren, dass Hilfe annehmen keine Schwäche ist."
    starts_on = datetime.date(2026, 3, 1)
    ends_on = datetime.date(2026, 12, 31)
    body = BODY

    class Meta:
        model = models.CampaignPage


class ProgrammeSiteIndexPageFactory(BasePageFactory):
    title = "Standorte"

    class Meta:
        model = models.ProgrammeSiteIndexPage


class ProgrammeSitePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Standort {n}")
    body = BODY

    class Meta:
        model = models.ProgrammeSitePage


class ContactPointFactory(DjangoModelFactory):
    page = factory.SubFactory(ProgrammeSitePageFactory)
    name = "Kurve kriegen – Polizeipräsidium"
    address = "Musterstraße 1\n45127 Essen"
    phone = "+49 201 1234567"
    email = "kurve@example.org"

    class Meta:
        model = models.ContactPoint
