"""The student's test window: full-screen, frameless, on top, and passive.

It implements :class:`~dreamseed_desktop.ui.exam_window.ports.ExamView` and forwards input to
the controller. Closing (Alt+F4, the window manager) is refused unless the controller allows
it; Escape only backs out of the confirmation step; Ctrl+Alt+Q asks for the proctor's quit
password.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dreamseed_desktop.services.core.errors import DomainError
from dreamseed_desktop.services.exams.api import PendingItem, SessionResult
from dreamseed_desktop.services.people.accommodations import Accommodations
from dreamseed_desktop.ui.a11y.focus_ring import install_focus_ring
from dreamseed_desktop.ui.a11y.names import install_default_names
from dreamseed_desktop.ui.a11y.theme import theme_for
from dreamseed_desktop.ui.content.render import Picture
from dreamseed_desktop.ui.exam_window.pages import ItemPage, MessagePage
from dreamseed_desktop.ui.exam_window.ports import Notice, SaveState
from dreamseed_desktop.ui.exam_window.presentation import (
    choice_for_key,
    format_remaining,
    progress_fraction,
)
from dreamseed_desktop.ui.exam_window.reading_aids import reading_aid_key, spoken_question
from dreamseed_desktop.ui.exam_window.style import exam_style, points
from dreamseed_desktop.ui.i18n import current_language, domain_message
from dreamseed_desktop.ui.score_text import fmt_interval, fmt_se, fmt_theta
from dreamseed_desktop.ui.speech import Speaker, SpeakerFactory

if TYPE_CHECKING:
    from dreamseed_desktop.ui.exam_window.controller import ExamController

#: zoom steps of Ctrl++ / Ctrl+- (1.0 = 100 %); Ctrl+0 goes back to 100 %
ZOOM_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)


class ExamWindow(QWidget):
    """Passive view of the student test window.

    Signals: ``closed()`` — the window really closed (exam over or quit by the proctor).
    """

    closed = Signal()
    zoom_changed = Signal(float)

    def __init__(self, title: str = "", parent: QWidget | None = None, *, kiosk: bool = True,
                 zoom: float = 1.0, high_contrast: bool = False) -> None:
        super().__init__(parent)
        self.controller: ExamController | None = None
        self._kiosk = kiosk
        self._n_choices = 0
        self._allow_close = False
        self.zoom = 1.0
        self.high_contrast = high_contrast
        self.accommodations: Accommodations | None = None
        self.colors = theme_for(self.palette(), high_contrast)
        self.setObjectName("examWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        install_default_names()
        if kiosk:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        top = QWidget(self)
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.top_bar = top
        self.title_label = QLabel(title, top)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setWordWrap(True)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.item_label = QLabel(top)
        self.item_label.setObjectName("itemLabel")
        self.progress = QProgressBar(top)
        self.progress.setObjectName("progressBar")      # in the theme's colours (high contrast too)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.time_label = QLabel(top)
        self.time_label.setObjectName("timeLabel")
        self.save_label = QLabel(top)
        self.save_label.setObjectName("saveLabel")
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.zoom_out_button = self._zoom_button("−", lambda: self.step_zoom(-1))
        self.zoom_label = QLabel(top)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_in_button = self._zoom_button("+", lambda: self.step_zoom(1))
        # the line reader's switch (shown with the accommodation; Ctrl+L from the keyboard)
        self.line_reader_button = self._zoom_button("", self.toggle_line_reader)
        self.line_reader_button.setObjectName("toolButton")
        self.line_reader_button.setCheckable(True)
        self.line_reader_button.hide()
        # reading aloud (with the accommodation, where this PC has a speech engine; Ctrl+R)
        self.speech_factory: SpeakerFactory | None = None
        self.speaker: Speaker | None = None
        self.read_aloud_button = self._zoom_button("", self.read_aloud)
        self.read_aloud_button.setObjectName("toolButton")
        self.read_aloud_button.hide()
        self.top_rows = (QHBoxLayout(), QHBoxLayout())
        self.top_column = QVBoxLayout(top)
        self.top_column.setContentsMargins(24, 10, 24, 10)
        self.top_column.setSpacing(6)
        for row in self.top_rows:
            row.setSpacing(18)
            self.top_column.addLayout(row)
        self._top_rows = 0

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
        for keys, step in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), 1),
                           ((QKeySequence.StandardKey.ZoomOut,), -1), (("Ctrl+0",), 0)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda s=step: self.step_zoom(s))
        line_reader_key = QShortcut(QKeySequence("Ctrl+L"), self)
        line_reader_key.setContext(Qt.ShortcutContext.WindowShortcut)
        line_reader_key.activated.connect(self.toggle_line_reader)
        read_key = QShortcut(QKeySequence("Ctrl+R"), self)
        read_key.setContext(Qt.ShortcutContext.WindowShortcut)
        read_key.activated.connect(self.read_aloud)
        self.set_remaining(None)
        self.set_save_state(SaveState.IDLE)
        self.item_label.setText("")
        self.set_zoom(zoom, announce=False)
        self.focus_ring = install_focus_ring(self)     # Done / Back and the fields show the focus
        self.focus_ring.color = QColor(self.colors.accent)

    # ------------------------------------------------------------ zoom and theme
    def _zoom_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self.top_bar)
        button.setObjectName("zoomButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # Ctrl++ / Ctrl+- from the keyboard
        button.clicked.connect(slot)
        return button

    def step_zoom(self, step: int) -> None:
        """Ctrl++ (1), Ctrl+- (-1), Ctrl+0 (0: back to 100 %)."""
        if step == 0:
            self.set_zoom(1.0)
            return
        if step > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def set_zoom(self, zoom: float, *, announce: bool = True) -> None:
        """Scale every text of the window (100–300 %); ``zoom_changed`` tells who remembers it."""
        zoom = min(max(float(zoom), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        changed = abs(zoom - self.zoom) > 1e-6
        self.zoom = zoom
        self.apply_style()
        percent = f"{round(zoom * 100)}%"
        self.zoom_label.setText(percent)
        self.zoom_label.setAccessibleName(self.tr("Text size %1").replace("%1", percent))
        self.zoom_in_button.setAccessibleName(self.tr("Larger text"))
        self.zoom_in_button.setAccessibleDescription(self.tr("Ctrl and plus"))
        self.zoom_out_button.setAccessibleName(self.tr("Smaller text"))
        self.zoom_out_button.setAccessibleDescription(self.tr("Ctrl and minus"))
        self.zoom_in_button.setEnabled(zoom < ZOOM_STEPS[-1] - 1e-6)
        self.zoom_out_button.setEnabled(zoom > ZOOM_STEPS[0] + 1e-6)
        self.progress.setFixedWidth(int(200 * min(zoom, 2.0)))
        self.arrange_top_bar()
        if changed and announce:
            self.zoom_changed.emit(zoom)

    def apply_accommodations(self, acc: Accommodations) -> None:
        """What staff set on the student: text size, high contrast, masking, line reader."""
        self.accommodations = acc
        self.set_zoom(acc.zoom, announce=False)
        self.set_high_contrast(acc.high_contrast)
        self.item_page.set_masking(acc.answer_masking)
        self.line_reader_button.setVisible(acc.line_reader)
        self.show_line_reader(acc.line_reader)
        self.set_read_aloud(acc.read_aloud)

    def set_read_aloud(self, wanted: bool) -> None:
        """The *Read aloud* button, only when the student has the accommodation and this PC a
        working speech engine (``speech_factory``, from the composition root)."""
        if wanted and self.speaker is None and self.speech_factory is not None:
            self.speaker = self.speech_factory(self, current_language())
        shown = wanted and self.speaker is not None
        if not shown and self.speaker is not None:
            self.speaker.stop()
        self.read_aloud_button.setVisible(shown)
        self.read_aloud_button.setText(self.tr("Read aloud (Ctrl+R)"))
        self.read_aloud_button.setAccessibleName(self.tr("Read aloud"))
        self.read_aloud_button.setAccessibleDescription(self.tr("Ctrl+R reads the reading passage, "
                                                                "the question and its answers "
                                                                "aloud; again to stop"))
        self.arrange_top_bar()

    def read_aloud(self) -> None:
        """Ctrl+R / the button: read the page aloud, or stop reading."""
        speaker = self.speaker
        if speaker is None or not self.read_aloud_button.isVisibleTo(self):
            return
        if speaker.speaking():
            speaker.stop()
        elif self.stack.currentWidget() is self.item_page:
            speaker.say(spoken_question(self.item_label.text(), self.item_page))
        else:
            speaker.say(f"{self.message_page.title.text()}. {self.message_page.body.text()}")

    def show_line_reader(self, shown: bool) -> None:
        """The reading band over the question (only with the line-reader accommodation)."""
        allowed = self.accommodations is not None and self.accommodations.line_reader
        shown = shown and allowed
        self.item_page.set_line_reader(shown)
        self.line_reader_button.setChecked(shown)
        self.line_reader_button.setText(self.tr("Line reader: on") if shown else self.tr("Line reader: off"))
        self.line_reader_button.setAccessibleName(self.tr("Line reader"))
        self.line_reader_button.setAccessibleDescription(self.tr("Ctrl+L turns it on or off"))
        self.arrange_top_bar()

    def toggle_line_reader(self) -> None:
        self.show_line_reader(not self.item_page.reader_on)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self.apply_style()

    def apply_style(self) -> None:
        self.colors = theme_for(QApplication.palette(), self.high_contrast)
        self.setStyleSheet(exam_style(self.zoom, self.colors))
        ring = getattr(self, "focus_ring", None)
        if ring is not None:                 # the theme's accent: 3:1 on its page (test_contrast)
            ring.color = QColor(self.colors.accent)
        self.item_page.set_zoom(self.zoom, points("mark", self.zoom))
        # each band dims with the colour of what it lies on: the page, the passage's box
        self.item_page.line_reader.set_colors(QColor(self.colors.page), QColor(self.colors.accent))
        self.item_page.passage_reader.set_colors(QColor(self.colors.choice), QColor(self.colors.accent))

    def arrange_top_bar(self) -> None:
        """One row when everything fits the window's width, else two (zoom, narrow screens):
        title, question number and progress above; time, saving state and text size below."""
        first = [self.title_label, self.item_label, self.progress]
        second = [self.time_label, self.save_label, self.read_aloud_button, self.line_reader_button,
                  self.zoom_out_button, self.zoom_label, self.zoom_in_button]
        margins = self.top_column.contentsMargins()
        spacing = self.top_rows[0].spacing()
        shown = [w for w in first[1:] + second if not w.isHidden()]
        needed = (sum(max(w.sizeHint().width(), w.minimumSizeHint().width(), w.minimumWidth())
                      for w in shown) + spacing * len(shown)
                  + max(self.title_label.fontMetrics().horizontalAdvance("M" * 8), 120)
                  + margins.left() + margins.right())
        rows = 1 if needed <= self.width() else 2
        if rows == self._top_rows:
            return
        self._top_rows = rows
        upper, lower = self.top_rows
        for row in self.top_rows:
            while row.count():
                row.takeAt(0)
        upper.addWidget(self.title_label, 1)
        upper.addWidget(self.item_label)
        upper.addWidget(self.progress)
        target = upper if rows == 1 else lower
        target.addWidget(self.time_label)
        if rows == 2:
            target.addStretch(1)
        target.addWidget(self.save_label)
        for w in second[2:]:
            target.addWidget(w)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt API
        super().resizeEvent(event)
        self.arrange_top_bar()

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
        if self.speaker is not None:
            self.speaker.stop()              # the previous question is not read on
        media = item.media
        pictures = {p.asset_id: Picture(p.media_type, p.data) for p in media.pictures}
        passage = None if media.passage is None else (media.passage.title, media.passage.body)
        self.item_page.set_item(item.stem, item.choices, pictures, passage)
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
        if self.time_label.property("low") != low:
            self.time_label.setProperty("low", low)
            self.time_label.style().unpolish(self.time_label)
            self.time_label.style().polish(self.time_label)
        self.arrange_top_bar()

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
        elif self.stack.currentWidget() is self.item_page and reading_aid_key(
                self.item_page, key, event.modifiers()):
            pass                                 # answer masking, line reader
        elif self.stack.currentWidget() is self.item_page and self.item_page.scroll_by_key(Qt.Key(key)):
            pass                                 # arrows, Page Up/Down, Home/End scroll
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
