"""`{% pagepart "name" %}…{% endpagepart %}`: a part of the page kept between renders of its URL
for anonymous visitors, and cleared whenever the page would be (cms/page_cache/parts.py).

Wrap what a page shows of other objects (menus, footer, related lists), not its own fields, and
nothing that differs between anonymous visitors of one URL.
"""

from django import template
from django.template import Context, Node, NodeList
from django.template.base import FilterExpression, Parser, Token
from django.utils.safestring import SafeString, mark_safe

from cms.page_cache import parts

register = template.Library()


class PagePartNode(Node):
    def __init__(self, nodelist: NodeList, name: FilterExpression) -> None:
        self.nodelist = nodelist
        self.name = name

    def render(self, context: Context) -> SafeString:
        name = f"html:{self.name.resolve(context)}"
        html = parts.value(context.get("request"), name, lambda: self.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 (rendered by this node, now or before)


@register.tag
def pagepart(parser: Parser, token: Token) -> PagePartNode:
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError('{% pagepart %} takes one name: {% pagepart "footer" %}')
    nodelist = parser.parse(("endpagepart",))
    parser.delete_first_token()
    return PagePartNode(nodelist, parser.compile_filter(bits[1]))
