"""Client-side password proof (argon2id) and what the server stores (sha256 of the proof).

The plain password never leaves the PC: the client derives ``proof = argon2id(password, salt)``
and sends the proof; ``auth.credentials.verifier`` holds ``sha256(proof)`` in hex, so a stolen
hash table cannot be replayed as proofs.
"""
from __future__ import annotations

import hashlib
import secrets
import unicodedata

from argon2.low_level import Type, hash_secret_raw

# OWASP 2023 minimum for argon2id: m=19 MiB, t=2, p=1.
TIME_COST = 2
MEMORY_COST_KIB = 19 * 1024
PARALLELISM = 1
PROOF_BYTES = 32
MIN_PASSWORD_LENGTH = 8


def new_salt() -> str:
    """A random 128-bit salt as 32 hex characters."""
    return secrets.token_hex(16)


def proof(password: str, salt_hex: str) -> str:
    """argon2id(password, salt) as hex. Passwords are NFC-normalised first."""
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    raw = hash_secret_raw(secret, bytes.fromhex(salt_hex), time_cost=TIME_COST,
                          memory_cost=MEMORY_COST_KIB, parallelism=PARALLELISM,
                          hash_len=PROOF_BYTES, type=Type.ID)
    return raw.hex()


def stored_hash(proof_hex: str) -> str:
    """What the server keeps: sha256 over the proof bytes (same as PostgreSQL's sha256())."""
    return hashlib.sha256(bytes.fromhex(proof_hex)).hexdigest()


# initial passwords a pupil can read off a printed sheet: no 0/O, 1/l/I look-alikes
_INITIAL_LETTERS = "abcdefghjkmnpqrstuvwxyz"
_INITIAL_DIGITS = "23456789"


def initial_password() -> str:
    """A random initial password such as "kmtpa-48295" (5 letters, 5 digits: about 37 bits;
    sign-ins are rate-limited by the lockout)."""
    letters = "".join(secrets.choice(_INITIAL_LETTERS) for _ in range(5))
    digits = "".join(secrets.choice(_INITIAL_DIGITS) for _ in range(5))
    return f"{letters}-{digits}"


def hash_for_storage(password: str) -> tuple[str, str]:
    """(salt, password_hash) for a new password."""
    salt = new_salt()
    return salt, stored_hash(proof(password, salt))


MAX_PASSWORD_LENGTH = 128
# The server (auth.password_problem) refuses these too; keep both lists equal.
COMMON_PASSWORDS = frozenset({
    "password", "password1", "password12", "password123", "12345678", "123456789", "1234567890",
    "87654321", "qwertyui", "qwerty12", "qwerty123", "1q2w3e4r", "1q2w3e4r5t", "iloveyou",
    "abcd1234", "abcdefgh", "dreamseed", "dreamseed1", "sunshine", "football", "baseball",
    "superman", "asdfghjk", "zxcvbnm1", "princess", "welcome1", "passw0rd",
})
TOO_EASY = "The password is too easy to guess. Do not use your email address or a common password."


def password_problem(password: str, email: str | None = None) -> str | None:
    """A user-facing reason why ``password`` is not acceptable, or None.

    The same rules run on the server whenever a password is set (``auth.password_problem``);
    this copy only gives the dialog an early answer."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"The password must have at least {MIN_PASSWORD_LENGTH} characters."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"The password must have at most {MAX_PASSWORD_LENGTH} characters."
    if password.strip(" \t\r\n") != password:
        return "The password must not start or end with spaces."
    low = password.lower()
    mail = (email or "").strip().lower()
    if (low in COMMON_PASSWORDS or len(set(low)) == 1
            or (mail and (low == mail or ("@" in mail and mail.index("@") > 0 and low == mail.split("@")[0])))):
        return TOO_EASY
    return None
