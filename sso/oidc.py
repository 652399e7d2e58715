"""The OpenID Connect client, one per identity provider, through Authlib's Django integration:
discovery, the authorization code flow with PKCE (S256), state and nonce kept in the session,
and the ID token checked against the provider's JWKS (signature, issuer, audience, expiry,
nonce). README "Dependencies and why" says why Authlib.
"""

from __future__ import annotations

from typing import Any

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.django_client import DjangoIntegration, DjangoOAuth2App
from django.core.cache import cache
from joserfc.errors import JoseError

from sso.models import IdentityProvider

SCOPE = "openid email profile"
TIMEOUT_SECONDS = 10
DISCOVERY_CACHE_SECONDS = 3600
# Signatures by the provider's published keys only: never "none", nor HS256 with the client
# secret (a secret PROB holds too).
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384")
# The name Authlib keeps its state under in the session: one for every provider, since a
# state is unguessable and PROB's own record of it (sso.views) names the provider.
STATE_NAME = "sso"

# Everything a refused or broken response can raise: Authlib's OAuth errors (state, the
# provider's error answers, a code used twice), joserfc's (signature, claims, expiry), the
# network's, and a provider's answer that is not what the protocol says.
FLOW_ERRORS: tuple[type[Exception], ...] = (
    AuthlibBaseError,
    JoseError,
    requests.RequestException,
    ValueError,
    KeyError,
    TypeError,
)


class DiscoveryError(Exception):
    """The provider's discovery document is missing, broken, or names another issuer."""


def discovery_url(issuer: str) -> str:
    return issuer.rstrip("/") + "/.well-known/openid-configuration"


def discover(provider: IdentityProvider) -> dict[str, Any]:
    """The provider's discovery document, kept for an hour. Its issuer must be the one
    configured, character for character (OpenID Connect Discovery 1.0, section 4.3)."""
    key = f"sso:discovery:{provider.issuer}"
    metadata = cache.get(key)
    if metadata is not None:
        return metadata
    try:
        response = requests.get(discovery_url(provider.issuer), timeout=TIMEOUT_SECONDS)
        response.raise_for_status()
        metadata = response.json()
    except (requests.RequestException, ValueError) as exc:
        raise DiscoveryError(f"no discovery document at {discovery_url(provider.issuer)}") from exc
    if not isinstance(metadata, dict) or metadata.get("issuer") != provider.issuer:
        named = metadata.get("issuer") if isinstance(metadata, dict) else None
        raise DiscoveryError(f"the provider names itself {named!r}, not {provider.issuer!r}")
    for needed in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        if not isinstance(metadata.get(needed), str):
            raise DiscoveryError(f"the discovery document has no {needed}")
    offered = metadata.get("id_token_signing_alg_values_supported") or ["RS256"]
    metadata["id_token_signing_alg_values_supported"] = [
        alg for alg in SIGNING_ALGORITHMS if alg in offered
    ]
    metadata.pop("jwks", None)
    cache.set(key, metadata, DISCOVERY_CACHE_SECONDS)
    return metadata


def client_for(provider: IdentityProvider) -> DjangoOAuth2App:
    """Authlib's client for `provider`, with its discovery document already loaded."""
    metadata = discover(provider)
    return DjangoOAuth2App(
        DjangoIntegration(STATE_NAME),
        name=STATE_NAME,
        client_id=provider.client_id,
        client_secret=provider.client_secret,
        client_kwargs={
            "scope": SCOPE,
            "code_challenge_method": "S256",
            "default_timeout": TIMEOUT_SECONDS,
        },
        # Authlib reads the document from its keyword arguments (no server_metadata_url).
        **metadata,
    )


def claims_options(provider: IdentityProvider) -> dict[str, Any]:
    """What the ID token's claims must be, besides the signature and nonce Authlib checks."""
    return {
        "iss": {"essential": True, "value": provider.issuer},
        "aud": {"essential": True, "value": provider.client_id},
        "exp": {"essential": True},
        "iat": {"essential": True},
        "sub": {"essential": True},
    }
