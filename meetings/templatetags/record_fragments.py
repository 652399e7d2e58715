"""`{% section_paragraphs section %}`: a record section's paragraphs, each laid out once per
record revision and render version (`meetings.fragments`); `{% kept "name" %}…{% endkept %}`:
a part of a record's page kept the same way (`fragments.kept`)."""

from django import template
from django.template import Context, Node, NodeList
from django.template.base import FilterExpression, Parser, Token
from django.utils.safestring import SafeString

from meetings import fragments
from meetings.records import SectionView

register = template.Library()


@register.simple_tag(takes_context=True)
def section_paragraphs(context: Context, section: SectionView) -> SafeString:
    return fragments.section_html(context, section)


class KeptNode(Node):
    def __init__(self, name: FilterExpression, nodelist: NodeList) -> None:
        self.name, self.nodelist = name, nodelist

    def render(self, context: Context) -> SafeString:
        name = str(self.name.resolve(context))
        return fragments.kept(context, name, lambda: self.nodelist.render(context))


@register.tag
def kept(parser: Parser, token: Token) -> KeptNode:
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the part's name")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(parser.compile_filter(bits[1]), nodelist)
