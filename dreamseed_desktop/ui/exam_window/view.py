"""The student's test window: full-screen, frameless, on top, and passive.

It implements :class:`~dreamseed_desktop.ui.exam_window.ports.ExamView` and forwards input to
the controller. Closing (Alt+F4, the window manager) is refused unless the controller allows
it; Escape only backs out of the confirmation step; Ctrl+Alt+Q asks for the proctor's quit
password.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.exams.api import PendingItem, SessionResult
from dreamseed_desktop.ui.a11y.names import install_default_names
from dreamseed_desktop.ui.exam_window.pages import ItemPage, MessagePage
from dreamseed_desktop.ui.exam_window.ports import Notice, SaveState
from dreamseed_desktop.ui.exam_window.presentation import (
    choice_for_key,
    format_remaining,
    progress_fraction,
)
from dreamseed_desktop.ui.i18n import domain_message
from dreamseed_desktop.ui.score_text import fmt_interval, fmt_se, fmt_theta

if TYPE_CHECKING:
    from dreamseed_desktop.ui.exam_window.controller import ExamController

STYLE = """
#examWindow { background: #f7f8fa; }
#topBar { background: #ffffff; border-bottom: 1px solid #dfe3e8; }
#stem { background: transparent; font-size: 20px; }
QPushButton#choiceButton { border: 2px solid #cfd6de; border-radius: 10px; background: #ffffff; }
#choiceLabel { font-size: 18px; color: #1f2933; }
QPushButton#choiceButton:checked { border-color: #2f6fdd; background: #e8f0fd; }
#choiceLabel:disabled { color: #7a828c; }
QPushButton#nextButton, QPushButton#yesButton { font-size: 17px; padding: 8px 22px;
    background: #2f6fdd; color: white; border-radius: 8px; border: none; }
QPushButton#nextButton:disabled { background: #b9c6da; }
QPushButton#noButton, QPushButton#messageButton { font-size: 17px; padding: 8px 22px;
    background: #ffffff; color: #27313b; border: 1px solid #9aa5b1; border-radius: 8px; }
#confirmLabel { font-size: 17px; }
#titleLabel { font-size: 15px; color: #44505c; }
#confirmFrame { background: #fff7e0; border: 1px solid #e6cf8a; border-radius: 8px; }
#messageTitle { font-size: 26px; font-weight: bold; color: #27313b; }
#messageBody { font-size: 18px; color: #44505c; }
#itemScroll, #itemHolder, #itemColumn { background: #f7f8fa; }
#hint { color: #3e4a56; font-size: 16px; }
#itemLabel, #timeLabel { font-size: 18px; font-weight: bold; }
#saveLabel { font-size: 15px; min-width: 12em; padding: 4px 10px; border-radius: 6px; }
#saveLabel[state="saved"] { color: #1b5e20; background: #e3f3e4; }
#saveLabel[state="saving"] { color: #27313b; background: #eef1f4; }
#saveLabel[state="waiting"], #saveLabel[state="offline"] { color: #7a4b00; background: #fff1d6; }
#saveLabel[state="not_saved"] { color: #8c1d18; background: #fde7e5; font-weight: bold; }
"""


class ExamWindow(QWidget):
    """Passive view of the student test window.

    Signals: ``closed()`` — the window really closed (exam over or quit by the proctor).
    """

    closed = Signal()

    def __init__(self, title: str = "", parent: QWidget | None = None, *, kiosk: bool = True) -> None:
        super().__init__(parent)
        self.controller: ExamController | None = None
        self._kiosk = kiosk
        self._n_choices = 0
        self._allow_close = False
        self.setObjectName("examWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        install_default_names()
        if kiosk:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        top = QWidget(self)
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title_label = QLabel(title, top)
        self.title_label.setObjectName("titleLabel")
        self.item_label = QLabel(top)
        self.item_label.setObjectName("itemLabel")
        self.progress = QProgressBar(top)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(260)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.time_label = QLabel(top)
        self.time_label.setObjectName("timeLabel")
        self.save_label = QLabel(top)
        self.save_label.setObjectName("saveLabel")
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout(top)
        bar.setContentsMargins(24, 10, 24, 10)
        bar.addWidget(self.title_label, 1)
        bar.addWidget(self.item_label)
        bar.addSpacing(12)
        bar.addWidget(self.progress)
        bar.addSpacing(24)
        bar.addWidget(self.time_label)
        bar.addSpacing(24)
        bar.addWidget(self.save_label)

        self.item_page = ItemPage(self)
        self.message_page = MessagePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.item_page)
        self.stack.addWidget(self.message_page)
        layout = QVBoxLayout(self)
        # the window is full screen: never push size hints to the window system
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.stack, 1)

        self.item_page.chosen.connect(lambda n: self._ctl("choose", n))
        self.item_page.next_clicked.connect(lambda: self._ctl("confirm"))
        self.item_page.confirm_yes.connect(lambda: self._ctl("confirm"))
        self.item_page.confirm_no.connect(lambda: self._ctl("cancel_confirm"))
        self.message_page.back_clicked.connect(lambda: self._ctl("done"))
        quit_shortcut = QShortcut(QKeySequence("Ctrl+Alt+Q"), self)
        quit_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        quit_shortcut.activated.connect(self.ask_quit_password)
        self.set_remaining(None)
        self.set_save_state(SaveState.IDLE)
        self.item_label.setText("")

    def bind(self, controller: ExamController) -> None:
        self.controller = controller

    def _ctl(self, method: str, *args: object) -> None:
        if self.controller is not None:
            getattr(self.controller, method)(*args)

    # ------------------------------------------------------------ ExamView
    def show_notice(self, notice: Notice, detail: str | DomainError = "") -> None:
        texts = {
            Notice.LOADING: (self.tr("Getting your test ready…"), ""),
            Notice.WAITING_SERVER: (self.tr("Your answer is saved."),
                                    self.tr("Waiting for the server… You do not need to do anything.")),
            Notice.RECONNECTING: (self.tr("Waiting for the server…"),
                                  self.tr("The connection was interrupted. The test continues "
                                          "as soon as it is back.")),
            Notice.PAUSED: (self.tr("The test is paused."),
                            self.tr("Your teacher paused the test. Please wait; your time is not "
                                    "running.")),
            Notice.TIME_UP: (self.tr("Time is up."), self.tr("Your answers are being saved…")),
            Notice.JOURNAL_FAILED: (
                self.tr("Please raise your hand and call the proctor."),
                self.tr("This PC cannot save your answers right now (its disk is full or "
                        "write-protected). Do not turn off the PC. The test continues once the "
                        "proctor has fixed it.")),
        }
        if notice is Notice.ERROR:
            body = (self.tr("You were signed out. Please sign in again; your answers are kept.")
                    if detail == "signed_out"
                    else domain_message(detail) if isinstance(detail, DomainError)
                    else QCoreApplication.translate("DomainError", detail) if detail
                    else self.tr("Something went wrong."))
            self.message_page.show_message(self.tr("The test cannot continue right now."),
                                           body, self.tr("Back"))
        else:
            title, body = texts[notice]
            self.message_page.show_message(title, body)
        self.stack.setCurrentWidget(self.message_page)
        self._focus_message_button()

    def show_item(self, item: PendingItem, number: int) -> None:
        self._n_choices = len(item.choices)
        self.item_page.set_item(item.stem, item.choices)
        self.item_label.setText(self.tr("Question %1").replace("%1", str(number)))
        self.item_page.stem.setAccessibleName(self.item_label.text())
        self.stack.setCurrentWidget(self.item_page)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()

    def set_selected(self, choice: int | None) -> None:
        self.item_page.set_selected(choice)

    def set_confirming(self, choice: int | None) -> None:
        self.item_page.set_confirming(choice)

    def set_input_enabled(self, enabled: bool) -> None:
        self.item_page.set_enabled_input(enabled)

    def set_progress(self, answered: int, max_items: int) -> None:
        self.progress.setValue(int(round(progress_fraction(answered, max_items) * 1000)))
        self.progress.setToolTip(self.tr("%1 answered; the test ends at %n question(s) at most", "",
                                         max_items).replace("%1", str(answered)))
        self.progress.setAccessibleDescription(self.progress.toolTip())

    def set_remaining(self, seconds: float | None) -> None:
        text = format_remaining(seconds)
        self.time_label.setVisible(bool(text))
        self.time_label.setText(self.tr("Time left %1").replace("%1", text))
        low = seconds is not None and seconds < 60
        self.time_label.setStyleSheet("color: #b3261e;" if low else "")

    def set_save_state(self, state: SaveState) -> None:
        self.save_label.setProperty("state", state.name.lower())
        self.save_label.style().unpolish(self.save_label)
        self.save_label.style().polish(self.save_label)
        self.save_label.setText({
            SaveState.IDLE: "",
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.SAVED: self.tr("✓ Saved"),
            SaveState.WAITING: self.tr("Saved on this PC"),
            SaveState.OFFLINE: self.tr("Offline – answers are kept on this PC"),
            SaveState.NOT_SAVED: self.tr("Not saved – call the proctor"),
        }[state])

    def show_finished(self, result: SessionResult) -> None:
        self.set_remaining(None)
        self.set_save_state(SaveState.IDLE)
        self.item_label.setText("")
        self.progress.hide()
        self.message_page.show_message(self.tr("You have finished the test."),
                                       self.result_text(result), self.tr("Done"))
        self.stack.setCurrentWidget(self.message_page)
        self._focus_message_button()

    def _focus_message_button(self) -> None:
        """End / error screen: its button (Done, Back) takes the focus; pages without a button
        keep the focus on the window, whose key handling stays in charge."""
        shown = self.message_page.focus_button()
        # with a button, the window itself is no Tab stop (Tab cycles on Done / Back)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if shown else Qt.FocusPolicy.StrongFocus)
        if not shown:
            self.setFocus()

    def _message_button_shown(self) -> bool:
        return (self.stack.currentWidget() is self.message_page
                and self.message_page.button.isVisibleTo(self.message_page))

    def result_text(self, result: SessionResult) -> str:
        if result.status == "terminated":
            return self.tr("Your teacher ended this test.")
        saved = self.tr("Thank you. Your answers have been saved.")
        if result.show_result == "correct" and result.n_correct is not None and result.answered:
            # number correct of the items this student was given, and the same as a percentage
            pct = result.percent_correct
            if pct is None:
                pct = 100.0 * result.n_correct / result.answered
            return (self.tr("You answered %1 of your %n item(s) correctly (%2% correct).", "", result.answered)
                    .replace("%1", str(result.n_correct)).replace("%2", f"{pct:.0f}")
                    + "\n\n" + self.tr("In this test everyone gets items near their own level, so the "
                                         "share of correct answers is not a grade.") + "\n\n" + saved)
        if result.show_result == "theta" and result.theta is not None:
            text = self.tr("Your ability estimate: θ = %1").replace("%1", fmt_theta(result.theta))
            if result.se is not None:
                text += "\n" + self.tr("95% interval %1 (standard error %2)").replace(
                    "%1", fmt_interval(result.theta, result.se)).replace("%2", fmt_se(result.se))
            return (text + "\n\n" + self.tr("θ is on the item bank's scale: 0 is the average of the group "
                                            "the items were calibrated on; most students are between −2 and +2.")
                    + "\n\n" + saved)
        return saved

    def close_window(self) -> None:
        self._allow_close = True
        self.close()

    # ------------------------------------------------------------ input
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._message_button_shown() and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                    Qt.Key.Key_Space):
            self.message_page.button.click()     # the focus was elsewhere: Done/Back still work
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._ctl("confirm")
        elif key == Qt.Key.Key_Escape:
            self._ctl("cancel_confirm")          # never leaves the window
        else:
            choice = choice_for_key(event.text(), self._n_choices)
            if choice is not None:
                self._ctl("choose", choice)
            else:
                super().keyPressEvent(event)
                return
        event.accept()

    def event(self, e: QEvent) -> bool:
        # while a question (or a message without a button) is shown, keep Tab/Backtab from
        # walking the focus out of the window's key handling; on the end and error screens
        # Tab moves the focus as everywhere else (to Done / Back)
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) \
                and e.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not self._message_button_shown():
            return True
        return super().event(e)

    def ask_quit_password(self) -> None:
        """Proctor's way out: Ctrl+Alt+Q, then the quit password."""
        if self.controller is None:
            return
        if self.controller.can_close():
            self.close_window()
            return
        password, ok = QInputDialog.getText(self, self.tr("Proctor"), self.tr("Quit password:"),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.controller.try_quit(password)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self._kiosk
                and not self.isActiveWindow() and not self._allow_close):
            QTimer.singleShot(300, self.reclaim_focus)

    def reclaim_focus(self) -> None:
        """Kiosk: come back to the front when another window took it (not our own dialogs)."""
        if not self.isVisible() or self._allow_close:
            return
        active = QApplication.activeWindow()
        if active is self or (active is not None and self.isAncestorOf(active)):
            return
        if QApplication.activeModalWidget() is not None:
            return
        if QApplication.platformName() != "offscreen":   # no stacking order there to change
            self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._allow_close or (self.controller is not None and self.controller.can_close()):
            event.accept()
            self.closed.emit()
        else:
            event.ignore()
