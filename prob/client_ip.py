from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address a request came from, as sign-in throttling locks on it.

    Behind PROXY_COUNT trusted proxies, REMOTE_ADDR is the nearest proxy's, the same for
    everyone. Each proxy appends the address it saw to X-Forwarded-For, so the client is the
    PROXY_COUNT-th entry from the right; anything further left is whatever the client sent.
    """
    if settings.PROXY_COUNT:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        hops = [address.strip() for address in forwarded if address.strip()]
        if len(hops) >= settings.PROXY_COUNT:
            return hops[-settings.PROXY_COUNT]
    return request.META.get("REMOTE_ADDR")
