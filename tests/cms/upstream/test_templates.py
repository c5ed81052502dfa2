"""Wagtail's admin templates we copied and changed stay Wagtail's but for our known change;
when Wagtail changes one, copy it again and re-apply the change."""

import re
from pathlib import Path

import wagtail


def copied_template(name: str) -> tuple[str, str]:
    """(our copy, Wagtail's original) of an admin template."""
    upstream = (Path(wagtail.__file__).parent / "admin/templates" / name).read_text()
    ours = (Path(__file__).parents[3] / "cms/templates" / name).read_text()
    return ours, upstream


def test_the_dashboard_template_is_wagtails_but_for_the_search_condition():
    ours, upstream = copied_template("wagtailadmin/home.html")
    ours = re.sub(r"{% comment %}.*?{% endcomment %}\n", "", ours, count=1, flags=re.S)
    ours = ours.replace("                {% if root_page %}\n", "", 1)
    ours = ours.replace("</form>\n                {% endif %}\n", "</form>\n", 1)
    assert ours == upstream


def test_the_moderation_panel_template_is_wagtails_but_for_the_withheld_note():
    ours, upstream = copied_template("wagtailadmin/home/workflow_objects_to_moderate.html")
    ours = ours.split("{% endcomment %}\n", 1)[1]
    ours = re.sub(r'^ *{% include "cms/admin/approval_withheld.html" %}\n', "", ours, flags=re.M)
    ours = re.sub(r"\n *\n", "\n", ours)
    assert ours == re.sub(r"\n *\n", "\n", upstream)
