"""Bearer tokens (JWT): HS256 under a shared secret, RS256/ES256 under a public key or an OIDC issuer's
published keys. Each key type accepts only its own algorithms (no `none`, no RS/HS confusion); `exp` and
`sub` are required; scopes come from one claim (`scope`, space-separated, or a list)."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path
from typing import Any

import jwt

from config import Settings
from config.credentials import Scope

ASYMMETRIC = ["RS256", "RS384", "RS512", "ES256", "ES384"]
DISCOVERY_TIMEOUT = 5.0


class TokenRefused(Exception):
    """The token is not one we accept; the message says why without echoing it."""


def _pem(value: str) -> str:
    return value if value.lstrip().startswith("-----BEGIN") else Path(value).read_text(encoding="utf-8")


def scopes_of(claims: dict[str, Any], claim: str) -> frozenset[Scope]:
    raw = claims.get(claim, "")
    names = raw.split() if isinstance(raw, str) else [str(x) for x in raw] if isinstance(raw, list) else []
    return frozenset(Scope(n) for n in names if n in Scope._value2member_map_)


class TokenVerifier:
    def __init__(self, s: Settings) -> None:
        self.s = s
        self._public = _pem(s.jwt_public_key) if s.jwt_public_key else None
        self._jwks: jwt.PyJWKClient | None = None
        self._lock = threading.Lock()

    def _oidc_keys(self) -> jwt.PyJWKClient:
        """Discovery once (retried on the next token when it failed), then PyJWKClient's key cache."""
        with self._lock:
            if self._jwks is None:
                assert self.s.oidc_issuer
                url = self.s.oidc_issuer.rstrip("/") + "/.well-known/openid-configuration"
                try:
                    with urllib.request.urlopen(url, timeout=DISCOVERY_TIMEOUT) as resp:  # noqa: S310
                        jwks_uri = json.load(resp)["jwks_uri"]
                except (OSError, ValueError, KeyError) as exc:
                    raise TokenRefused(f"OIDC discovery at {url} failed: {type(exc).__name__}") from None
                self._jwks = jwt.PyJWKClient(jwks_uri, timeout=int(DISCOVERY_TIMEOUT))
            return self._jwks

    def _key(self, token: str) -> tuple[Any, list[str]]:
        try:
            alg = jwt.get_unverified_header(token).get("alg", "")
        except jwt.PyJWTError:
            raise TokenRefused("malformed token") from None
        if alg == "HS256" and self.s.jwt_secret:
            return self.s.jwt_secret, ["HS256"]
        if alg in ASYMMETRIC and self._public:
            return self._public, ASYMMETRIC
        if alg in ASYMMETRIC and self.s.oidc_issuer:
            try:
                return self._oidc_keys().get_signing_key_from_jwt(token).key, ASYMMETRIC
            except jwt.PyJWTError as exc:
                raise TokenRefused(f"no published key for this token ({type(exc).__name__})") from None
        raise TokenRefused(f"tokens signed with {alg or 'no algorithm'!r} are not accepted here")

    def verify(self, token: str) -> tuple[str, frozenset[Scope]]:
        """(subject, scopes) of a valid token; raises TokenRefused."""
        key, algorithms = self._key(token)
        issuer = self.s.jwt_issuer or self.s.oidc_issuer
        try:
            claims = jwt.decode(token, key, algorithms=algorithms, audience=self.s.jwt_audience,
                                issuer=issuer, leeway=self.s.jwt_leeway, options={"require": ["exp", "sub"]})
        except jwt.PyJWTError as exc:
            raise TokenRefused(f"token refused: {exc}") from None
        return str(claims["sub"]), scopes_of(claims, self.s.jwt_scope_claim)
