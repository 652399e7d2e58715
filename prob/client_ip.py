import ipaddress
import logging

from django.conf import settings
from django.http import HttpRequest

logger = logging.getLogger(__name__)
# Set once the warning below has been logged: once per process says enough.
_warned_reached_directly = False


def parse_address(value: str) -> str | None:
    """The IP address in `value` in its canonical form, or None if there is none.

    Proxies write more than bare addresses in X-Forwarded-For: a port ("203.0.113.9:54321",
    "[2001:db8::1]:443") or a word ("unknown"). Everything that reaches sign-in throttling
    and the password reset limits goes through here, because the database stores the address
    in an IP column (inet on PostgreSQL) that refuses anything else.
    """
    host = value.strip()
    if host.startswith("["):
        host, bracket, _port = host[1:].partition("]")
        if not bracket:
            return None
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    # A zone ("fe80::1%eth0") names an interface of the proxy, not the client; inet refuses it.
    if isinstance(address, ipaddress.IPv6Address) and address.scope_id:
        return None
    return str(address)


def client_ip(request: HttpRequest) -> str | None:
    """The address a request came from, as sign-in throttling and password reset limits see it.

    Behind PROXY_COUNT trusted proxies, REMOTE_ADDR is the nearest proxy's, the same for
    everyone. Each proxy appends the address it saw to X-Forwarded-For, so the client is the
    PROXY_COUNT-th entry from the right; anything further left is whatever the client sent.
    Where that entry is not an address, the proxy's own address is the best there is.
    """
    if settings.PROXY_COUNT:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        hops = [address.strip() for address in forwarded if address.strip()]
        if len(hops) >= settings.PROXY_COUNT:
            address = parse_address(hops[-settings.PROXY_COUNT])
            if address is not None:
                return address
        else:
            _warn_reached_directly(len(hops))
    return parse_address(request.META.get("REMOTE_ADDR", ""))


def _warn_reached_directly(hops: int) -> None:
    """Fewer addresses than proxies: this request did not pass through all of them, so
    gunicorn can be reached without the proxy, and there a client writes X-Forwarded-For
    itself, choosing a new address, and a fresh sign-in allowance, for every attempt."""
    global _warned_reached_directly
    if _warned_reached_directly:
        return
    _warned_reached_directly = True
    logger.warning(
        "PROXY_COUNT is %d, but a request came with %d address(es) in X-Forwarded-For: the "
        "application seems reachable without the proxy. Let only the proxy reach it, or "
        "correct PROXY_COUNT.",
        settings.PROXY_COUNT,
        hops,
    )
