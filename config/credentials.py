"""Credentials at rest: `id:scopes:hash` entries for API keys and web users, never the secret itself.

An entry reads `ci-loader:read,upload:sha256:<64 hex>` or `alice:read:scrypt:<n>:<r>:<p>:<salt>:<hash>`.
Generated API keys are 256 random bits, so one SHA-256 is enough (nothing to brute-force); people's
passwords get scrypt, which makes each guess against a leaked entry cost memory and time. Every
comparison is constant-time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class Scope(StrEnum):
    """Independent rights: `admin` does not imply `read`; give a credential every scope it needs."""

    READ = "read"
    UPLOAD = "upload"
    ADMIN = "admin"


class CredentialError(ValueError):
    """A malformed entry. Its message never holds the entry's text (it may hold a secret)."""


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
KEY_PREFIX = "nqg_"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def parse_scopes(text: str) -> frozenset[Scope]:
    names = [s.strip() for s in text.replace("+", ",").split(",") if s.strip()]
    if not names:
        raise CredentialError("no scope given (use read, upload, admin)")
    try:
        return frozenset(Scope(n) for n in names)
    except ValueError:
        raise CredentialError(f"unknown scope in {names} (use read, upload, admin)") from None


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sha256_hash(secret: str) -> str:
    return "sha256:" + hashlib.sha256(secret.encode()).hexdigest()


def scrypt_hash(secret: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt:{SCRYPT_N}:{SCRYPT_R}:{SCRYPT_P}:{_b64(salt)}:{_b64(digest)}"


@dataclass(frozen=True)
class Entry:
    """One stored credential: who, what it may do, and the hash of its secret."""

    id: str
    scopes: frozenset[Scope]
    hash: str

    @classmethod
    def parse(cls, text: str) -> Entry:
        parts = text.strip().split(":", 2)
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise CredentialError("not of the form id:scopes:hash (make one with `nqgraph keys new`)")
        ident, scopes, hashed = (p.strip() for p in parts)
        if not _ID.match(ident):
            raise CredentialError("the id must be 1-64 letters, digits, '_', '.', '@' or '-'")
        entry = cls(ident, parse_scopes(scopes), hashed)
        entry._check_hash()
        return entry

    def __str__(self) -> str:
        return f"{self.id}:{','.join(sorted(self.scopes))}:{self.hash}"

    def _check_hash(self) -> None:
        kind, _, rest = self.hash.partition(":")
        if kind == "sha256":
            if not re.fullmatch(r"[0-9a-f]{64}", rest):
                raise CredentialError("a sha256 hash is 64 lower-case hex digits")
        elif kind == "scrypt":
            fields = rest.split(":")
            if len(fields) != 5 or not all(f.isdigit() for f in fields[:3]):
                raise CredentialError("a scrypt hash is scrypt:n:r:p:salt:hash")
            try:
                _unb64(fields[3]), _unb64(fields[4])
            except ValueError:
                raise CredentialError("a scrypt salt and hash are base64") from None
        else:
            raise CredentialError("the hash must start with sha256: or scrypt: (plain keys are not stored)")

    @property
    def cost(self) -> str:
        return self.hash.partition(":")[0]

    def matches(self, secret: str) -> bool:
        """Constant-time in the secret for a given entry."""
        kind, _, rest = self.hash.partition(":")
        if kind == "sha256":
            return hmac.compare_digest(sha256_hash(secret), self.hash)
        n, r, p, salt, want = rest.split(":")
        got = hashlib.scrypt(secret.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(_unb64(want)), maxmem=256 * 2**20)
        return hmac.compare_digest(got, _unb64(want))

    @property
    def fingerprint(self) -> str:
        """Changes when the secret changes: sessions signed under the old one stop working."""
        return hashlib.sha256(self.hash.encode()).hexdigest()[:16]


def parse_entries(texts: list[str], setting: str) -> tuple[Entry, ...]:
    """Every entry parsed, ids unique; errors name the setting and position, never the text."""
    out: list[Entry] = []
    for i, text in enumerate(texts, 1):
        if not text or not text.strip():
            raise CredentialError(f"{setting} entry {i} is empty")
        try:
            out.append(Entry.parse(text))
        except CredentialError as exc:
            raise CredentialError(f"{setting} entry {i}: {exc}") from None
    ids = [e.id for e in out]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise CredentialError(f"{setting}: ids used twice: {dupes}")
    return tuple(out)


def find(entries: tuple[Entry, ...], secret: str) -> Entry | None:
    """The entry whose secret this is. Every SHA-256 entry is compared (no early exit); scrypt entries
    cost ~50 ms each, so keys made by `nqgraph keys new` are SHA-256."""
    if not secret or not secret.strip():
        return None
    found: Entry | None = None
    for e in entries:
        if e.matches(secret) and found is None:
            found = e
    return found


def new_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


@cache
def _dummy() -> Entry:
    return Entry("dummy", frozenset({Scope.READ}), scrypt_hash(secrets.token_urlsafe(16)))


def find_user(entries: tuple[Entry, ...], name: str, password: str) -> Entry | None:
    """The user `name` if `password` is theirs. An unknown name costs the same hash as a known one, so
    timing does not tell which names exist."""
    entry = next((e for e in entries if hmac.compare_digest(e.id.encode(), name.encode())), None)
    ok = (entry or _dummy()).matches(password) if password else False
    return entry if ok and entry is not None else None
