"""PINs (a profile's, and the lab's instructor PIN) kept only as salted, slow hashes (PBKDF2-HMAC-SHA256), and checked in constant time.

A stored hash reads ``pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>``, so the work factor can grow
later and older hashes still check.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "pbkdf2-sha256"
ITERATIONS = 200_000
SALT_BYTES = 16
MIN_LENGTH = 4


def hash_pin(pin: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    """A new salted hash of ``pin`` (at least four characters)."""
    if len(pin) < MIN_LENGTH:
        raise ValueError(f"a PIN needs at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${salt.hex()}${digest.hex()}"


def parse(stored: str) -> tuple[int, bytes, bytes]:
    """The iterations, salt and hash of a stored PIN; ValueError if it is not in :func:`hash_pin`'s form."""
    scheme, iterations, salt, digest = stored.strip().split("$")
    if scheme != SCHEME or not 1_000 <= int(iterations) <= 10_000_000 or not salt or len(digest) != 64:
        raise ValueError(stored)
    return int(iterations), bytes.fromhex(salt), bytes.fromhex(digest)


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from (False for a hash of another scheme or damaged)."""
    try:
        iterations, salt, digest = parse(stored)
    except ValueError:
        return False
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations), digest)
