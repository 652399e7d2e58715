"""A real OpenID Connect provider for the tests: node's oidc-provider (npm, a devDependency),
started as a subprocess on a free port with tests/sso/provider.mjs.

`TestProvider.start(redirect_uris=[...])` starts one; `sign_in(authorization_url, login)`
signs in at it as a browser would (its sign-in form, posted with requests) and returns the
address it sends the browser back to, the relying party's callback with `code` and `state`.
Its signing key is made here, so that tests can forge tokens the provider would have signed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import requests
from joserfc.jwk import RSAKey

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPT = HERE / "provider.mjs"

CLIENT_ID = "prob-test-client"
CLIENT_SECRET = "prob-test-client-secret-0123456789"
PASSWORD = "provider-password-1"
TIED_DOMAIN = "contoso.example"

# The people the provider knows, by their login there.
ACCOUNTS: dict[str, dict[str, Any]] = {
    "alice": {"email": "Alice.Archer@Contoso.example", "email_verified": True, "name": "Alice"},
    "newcomer": {"email": "nia.new@contoso.example", "email_verified": True, "name": "Nia New"},
    "outsider": {"email": "oscar.out@contoso.example", "email_verified": True, "name": "Oscar"},
    "unverified": {"email": "una.ver@contoso.example", "email_verified": False, "name": "Una"},
    "noclaim": {"email": "nora.noclaim@contoso.example", "name": "Nora"},
    # The provider asserts an address on a domain it is not tied to.
    "elsewhere": {"email": "eve@fabrikam.example", "email_verified": True, "name": "Eve"},
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class TestProvider:
    __test__ = False  # not a test class, whatever its name

    port: int
    issuer: str
    key: RSAKey
    process: subprocess.Popen
    redirect_uris: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, *, redirect_uris: list[str], id_token_seconds: int = 3600) -> TestProvider:
        node = shutil.which("node")
        if node is None or not (ROOT / "node_modules" / "oidc-provider").is_dir():
            message = "node and node_modules/oidc-provider are needed (npm ci --ignore-scripts)"
            if os.environ.get("PROB_REQUIRE_BROWSER") == "1" or os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        port = _free_port()
        issuer = f"http://127.0.0.1:{port}"
        key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig"})
        settings = {
            "port": port,
            "issuer": issuer,
            "clients": [
                {
                    "client_id": CLIENT_ID,
                    "client_secret": CLIENT_SECRET,
                    "redirect_uris": redirect_uris,
                }
            ],
            "accounts": {
                login: {**claims, "password": PASSWORD} for login, claims in ACCOUNTS.items()
            },
            "jwks": {"keys": [{**key.as_dict(private=True), "alg": "RS256"}]},
            "idTokenSeconds": id_token_seconds,
        }
        # Its warnings go to a file, not a pipe nobody reads (which could fill and stall it).
        with tempfile.TemporaryFile(mode="w+") as log:
            process = subprocess.Popen(
                [node, str(SCRIPT)],
                cwd=ROOT,
                env={**os.environ, "OIDC_SETTINGS": json.dumps(settings), "NODE_ENV": "test"},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
            )
            assert process.stdout is not None
            line = process.stdout.readline()
            if line.strip() != "ready":
                process.kill()
                process.wait()
                log.seek(0)
                raise RuntimeError(f"the test provider did not start: {line}{log.read()}")
        return cls(port, issuer, key, process, redirect_uris)

    def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()

    def sign_in(self, authorization_url: str, login: str, password: str = PASSWORD) -> str:
        """Follows `authorization_url` at the provider, signs in there as `login`, and returns
        where the provider sends the browser back to (the callback, with code and state)."""
        session = requests.Session()
        response = session.get(authorization_url, allow_redirects=True, timeout=10)
        response.raise_for_status()
        action = re.search(r'<form method="post" action="([^"]+)"', response.text)
        assert action, response.text
        response = session.post(
            urljoin(response.url, action.group(1)),
            data={"login": login, "password": password},
            allow_redirects=False,
            timeout=10,
        )
        # Through the provider's redirects until one leaves it for the relying party.
        for _ in range(10):
            assert response.status_code in (302, 303), response.text
            location = urljoin(response.url, response.headers["Location"])
            if not location.startswith(self.issuer):
                return location
            response = session.get(location, allow_redirects=False, timeout=10)
        raise AssertionError("the provider never sent the browser back")
