"""`{% section_paragraphs section %}`: a record section's paragraphs, each laid out once per
record revision and render version (`meetings.fragments`)."""

from django import template
from django.template import Context
from django.utils.safestring import SafeString

from meetings import fragments
from meetings.records import SectionView

register = template.Library()


@register.simple_tag(takes_context=True)
def section_paragraphs(context: Context, section: SectionView) -> SafeString:
    return fragments.section_html(context, section)
