"""What happens after a sign-in attempt, shared by the staff sign-in dialog and the lab PC's
check-in (they differ only in wording for their audience).

* :func:`failure_text` - the message for a failed attempt (locked, wrong credentials, other).
* :func:`finish_sign_in` - a sign-in with a password the school set must change it first
  (the server gives that token no other rights); Cancel there signs the token out again.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from dreamseed_desktop.services.core.errors import AccountLocked, PermissionDenied
from dreamseed_desktop.services.core.uow import Identity
from dreamseed_desktop.ui.workers import Failure, TaskRunner

ChangePassword = Callable[[str, str], None]
Logout = Callable[[], None]


def failure_text(failure: Failure, *, by_number: bool, student_station: bool) -> str:
    """The message a failed sign-in shows: the lab PC speaks to students ("ask your teacher"),
    the staff dialog names what was typed (학번 or email)."""
    error = failure.error
    if isinstance(error, AccountLocked):
        if student_station:
            return QCoreApplication.translate(
                "SignIn", "Too many failed sign-ins. This account is locked for 15 minutes; ask your teacher.")
        return QCoreApplication.translate(
            "SignIn", "Too many failed sign-ins. This account is locked for 15 minutes; ask your "
                      "administrator if you need it sooner.")
    if isinstance(error, PermissionDenied):
        if student_station:
            return QCoreApplication.translate("SignIn", "Wrong student number, email or password.")
        if by_number:
            return QCoreApplication.translate("SignIn", "Wrong student number or password.")
        return QCoreApplication.translate("SignIn", "Wrong email or password.")
    return failure.message


def finish_sign_in(identity: Identity, parent: QWidget | None, runner: TaskRunner, *,
                   change_password: ChangePassword | None, logout: Logout | None) -> bool:
    """True when the signed-in user may go on. A sign-in that must first change the password
    shows the (forced) change dialog; if it is cancelled or cannot be shown, the token is
    signed out and False is returned (the sign-in screen stays)."""
    if not identity.must_change_password:
        return True
    if change_password is not None:
        from dreamseed_desktop.ui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(change_password, runner, parent, forced=True, email=identity.email)
        changed = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if changed:
            identity.must_change_password = False
            return True
    if logout is not None:
        try:
            logout()
        except Exception:  # noqa: BLE001 - the restricted token expires anyway; the screen must stay usable
            pass
    return False
