"""Sign-in, sign-out and passwords (login dialog-ready).

The password never leaves the PC: the client asks the server for the user's salt
(``auth.login_salt``; unknown emails get a deterministic fake salt), derives the argon2id
proof locally (:mod:`.passwords`) and sends only the proof to ``auth.login``. A successful
login yields an opaque token that the unit of work sets at the start of every transaction.
"""
from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text

from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.errors import (
    AccountLocked,
    NotAuthenticated,
    PermissionDenied,
    ValidationError,
)
from dreamseed_desktop.services.core.uow import Database, Identity

WRONG_CREDENTIALS = "Wrong email or password."
STUDENTS_AT_TEST_STATIONS = ("Students sign in at a test station (lab PC). This PC is set up for staff, "
                             "so it cannot sign students in.")


class AuthService:
    """Signs the shared :class:`Database` in and out (``db.identity`` holds the token)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def login(self, email: str, password: str, *, organization_id: int | None = None) -> Identity:
        """Sign in with an email, or (students) with a 학번 of ``organization_id`` (None: the
        server's only school); raises PermissionDenied (same message for an unknown email or
        학번 and a wrong password), AccountLocked (with the minutes left) or NotAuthenticated.
        A 학번 sign-in shares the email sign-in's lockout (the server maps it to that key)."""
        email = (email or "").strip()
        if not email or not password:
            raise PermissionDenied(WRONG_CREDENTIALS)
        by_number = "@" not in email
        if not by_number:
            email = email.lower()
        key = {"e": email, "o": organization_id}
        with self._db.session(token="") as s:
            salt = s.execute(text("SELECT auth.login_salt_by_number(:o, :e)" if by_number
                                  else "SELECT auth.login_salt(:e)"), key).scalar_one()
        proof = passwords.proof(password, salt)
        login = "auth.login_by_number(:o, :e, :p)" if by_number else "auth.login(:e, :p)"
        with self._db.session(token="") as s:
            row = s.execute(text(
                "SELECT ok, error, message, locked_minutes, token, user_id, role, organization_id, "
                f"name, email, must_change_password FROM {login}"), {**key, "p": proof}).one()
        if not row.ok:
            if row.error == "locked":
                raise AccountLocked(row.message)
            if row.error == "inactive":
                raise NotAuthenticated(row.message)
            raise PermissionDenied(WRONG_CREDENTIALS)
        if row.role == "student" and not self._token_works(row.token):
            # a student's token gives no identity on the staff login role (docs/security.md)
            with self._db.session(token=row.token) as s:
                s.execute(text("SELECT auth.logout()"))
            raise PermissionDenied(STUDENTS_AT_TEST_STATIONS)
        identity = Identity(token=row.token, user_id=row.user_id, role=row.role,
                            organization_id=row.organization_id, name=row.name, email=row.email,
                            must_change_password=bool(row.must_change_password))
        self._db.identity = identity
        return identity

    def _token_works(self, token: str) -> bool:
        """Whether ``token`` has an identity on this connection's login role."""
        with self._db.session(token=token, readonly=True) as s:
            return s.execute(text("SELECT user_id FROM auth.whoami()")).first() is not None

    def sign_in_schools(self) -> list[tuple[int, str]]:
        """(id, name) of the server's schools, for choosing one before a 학번 sign-in."""
        with self._db.session(token="") as s:
            return [(int(i), str(n)) for i, n in s.execute(
                text("SELECT id, name FROM auth.sign_in_schools()")).all()]

    def logout(self) -> None:
        """End the server session (best effort) and forget the token locally."""
        token = self._db.identity.token
        self._db.identity = Identity()
        if token:
            with self._db.session(token=token) as s:
                s.execute(text("SELECT auth.logout()"))

    def current(self) -> Identity | None:
        """The identity of the stored token if it is still valid, else None."""
        if not self._db.identity.token:
            return None
        with self._db.session(readonly=True) as s:
            row = s.execute(text("SELECT user_id, role, organization_id, name, email FROM auth.whoami()")).first()
        if row is None:
            return None
        return Identity(token=self._db.identity.token, user_id=row.user_id, role=row.role,
                        organization_id=row.organization_id, name=row.name, email=row.email)

    def change_password(self, old_password: str, new_password: str) -> None:
        """Change the signed-in user's password (other sign-ins of the user end). Works with
        a token that may only do this (a forced change at the first sign-in) and frees it.

        A wrong old password counts as a failed sign-in of the account from this PC; the
        server checks the password rules again (``auth.password_problem``)."""
        if not self._db.identity.token:
            raise NotAuthenticated()
        problem = passwords.password_problem(new_password, self._db.identity.email)
        if problem:
            raise ValidationError(problem, field="password")
        with self._db.session() as s:
            salt = s.execute(text("SELECT auth.my_login_salt()")).scalar_one()
        if salt is None:
            raise NotAuthenticated()
        old_proof = passwords.proof(old_password, salt)
        new_salt, new_hash = passwords.hash_for_storage(new_password)
        with self._db.session() as s:
            row = s.execute(text("SELECT ok, error, message FROM auth.change_password(:o, :p, :s, :h)"),
                            {"o": old_proof, "p": new_password, "s": new_salt, "h": new_hash}).one()
        if not row.ok:
            if row.error == "locked":
                raise AccountLocked(row.message)
            raise PermissionDenied("The current password is wrong.")
        # a token that could only change the password may now do everything
        self._db.identity = replace(self._db.identity, must_change_password=False)

    def admin_reset_password(self, user_id: int, new_password: str, *, email: str | None = None) -> None:
        """An admin sets a new password for a user of their organization (audited on the
        server as a reset by this admin; the user's sign-ins and lockouts end)."""
        problem = passwords.password_problem(new_password, email)
        if problem:
            raise ValidationError(problem, field="password")
        salt, hashed = passwords.hash_for_storage(new_password)
        with self._db.session() as s:
            s.execute(text("SELECT auth.admin_reset_password(:u, :p, :s, :h)"),
                      {"u": user_id, "p": new_password, "s": salt, "h": hashed})
