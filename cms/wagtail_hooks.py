from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Approach, Audience, Channel, Topic, Value


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "tag"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class ValueViewSet(TaxonomyViewSet):
    model = Value
    icon = "pick"


class ApproachViewSet(TaxonomyViewSet):
    model = Approach
    icon = "cogs"


class ChannelViewSet(TaxonomyViewSet):
    model = Channel
    icon = "mail"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet, ValueViewSet, ApproachViewSet, ChannelViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)
