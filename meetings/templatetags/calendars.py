"""Calendar addresses for templates: the calendar's file on SITE_URL, and the same address as
a subscription, which calendar programs keep up to date where a download is a copy once."""

from urllib.parse import urlsplit, urlunsplit

from django import template

from prob import site

register = template.Library()


@register.simple_tag
def site_address(path: str) -> str:
    """`path` as an absolute address on SITE_URL (never the Host the request named)."""
    return site.absolute(path)


@register.simple_tag
def webcal_address(path: str) -> str:
    """`path` as a webcal: address: SITE_URL's host and path, the scheme replaced, which a
    browser hands to the calendar program to subscribe."""
    return urlunsplit(urlsplit(site.absolute(path))._replace(scheme="webcal"))
