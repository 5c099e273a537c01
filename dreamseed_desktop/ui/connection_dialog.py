"""First-run connection dialog: the embedded database on this PC or the school's server.

The dialog only collects and tests the choice; the composition root passes in ``tester``
(url → (ok, message)), which connects, checks the schema revision and explains problems
(wrong host, wrong password, missing database, schema not at head) in plain words.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.ui.a11y.tones import set_tone
from dreamseed_desktop.ui.workers import Failure, TaskRunner

Tester = Callable[[str], tuple[bool, str]]


def build_url(host: str, port: int, database: str, user: str, password: str, *, pooled: bool = False) -> str:
    """postgresql:// URL with every part percent-encoded; ``pooled``: the address is a
    transaction-pooling PgBouncer (``?pool_mode=transaction``, docs/school-server.md §8)."""
    auth = quote(user, safe="")
    if password:
        auth += ":" + quote(password, safe="")
    url = f"postgresql://{auth}@{host.strip()}:{port}/{quote(database.strip(), safe='')}"
    return url + "?pool_mode=transaction" if pooled else url


class ConnectionDialog(QDialog):
    """Choose embedded or server; ``database_url()`` is None for embedded."""

    def __init__(self, tester: Tester, runner: TaskRunner, parent: QWidget | None = None,
                 *, url_hint: str | None = None) -> None:
        super().__init__(parent)
        self._tester = tester
        self._runner = runner
        self.setWindowTitle(self.tr("Connect DreamSeed Desktop"))
        intro = QLabel(self.tr("Where is the DreamSeed database? You can change this later in "
                               "the settings file."))
        intro.setWordWrap(True)
        self.embedded_radio = QRadioButton(self.tr("&This PC only (embedded database, works offline)"))
        self.server_radio = QRadioButton(self.tr("&School server (shared PostgreSQL)"))
        self.embedded_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.embedded_radio)
        group.addButton(self.server_radio)

        self.server_box = QGroupBox(self.tr("School server"))
        self.host = QLineEdit()
        self.host.setObjectName("hostEdit")
        self.host.setPlaceholderText("server.school.kr")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("dreamseed")
        self.user = QLineEdit("dreamseed_staff")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("passwordEdit")
        form = QFormLayout(self.server_box)
        for label, widget in ((self.tr("&Host:"), self.host), (self.tr("&Port:"), self.port),
                              (self.tr("&Database:"), self.database), (self.tr("&User:"), self.user),
                              (self.tr("Pass&word:"), self.password)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        # a district's lab PCs reach the server through PgBouncer (transaction pooling)
        self.pooled = QCheckBox(self.tr("Through a connection poo&ler (PgBouncer, transaction pooling)"))
        self.pooled.setObjectName("pooledCheck")
        form.addRow("", self.pooled)
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_button.setObjectName("testButton")
        form.addRow("", self.test_button)
        self.result_label = QLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_ready)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.embedded_radio)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.server_radio.toggled.connect(self.server_box.setEnabled)
        self.server_box.setEnabled(False)
        self.test_button.clicked.connect(self.test_connection)
        self._tested_ok_url: str | None = None
        if url_hint:
            self.server_radio.setChecked(True)
        self.setMinimumWidth(480)

    def database_url(self) -> str | None:
        if self.embedded_radio.isChecked():
            return None
        return build_url(self.host.text() or "localhost", self.port.value(), self.database.text(),
                         self.user.text(), self.password.text(), pooled=self.pooled.isChecked())

    def test_connection(self) -> None:
        url = self.database_url()
        if url is None:
            return
        set_tone(self.result_label, None)
        self.result_label.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        tester = self._tester
        self._runner.read(lambda: tester(url), lambda r: self._tested(url, r), self._failed,
                          key="connection-test", owner=self)

    def _tested(self, url: str, outcome: tuple[bool, str]) -> None:
        ok, message = outcome
        self.test_button.setEnabled(True)
        set_tone(self.result_label, "ok" if ok else "error")
        self.result_label.setText(message)
        self._tested_ok_url = url if ok else None

    def _failed(self, failure: Failure) -> None:
        self.test_button.setEnabled(True)
        set_tone(self.result_label, "error")
        self.result_label.setText(failure.message)
        self._tested_ok_url = None

    def _accept_if_ready(self) -> None:
        url = self.database_url()
        if url is not None and url != self._tested_ok_url:
            set_tone(self.result_label, "error")
            self.result_label.setText(self.tr("Test the connection first."))
            return
        self.accept()
