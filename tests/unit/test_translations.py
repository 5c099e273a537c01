"""The translation pipeline: catalogs cover the code, compile, and load with Qt's own.

* lupdate over the sources (into a copy of the catalogs) finds no text without a Korean
  translation and no ``%n`` text without its English plural forms;
* every translation keeps the placeholders of its source (``%1``, ``%n``, ``{name}``);
* the program compiles a catalog on first use into the cache, recompiles it when the ``.ts``
  changes (a stale ``.qm`` is never loaded) and, without a ``.ts`` (a packaged build), loads
  the shipped ``.qm``; without either it says so;
* plurals: "1 exam" / "2 exams" in English, "시험 2개" in Korean;
* Qt's own dialogs are Korean (qtbase_ko): message-box buttons and the file dialog.
"""
from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from dreamseed_desktop import i18n_build
from dreamseed_desktop.i18n_build import (
    TranslationToolError,
    catalog_name,
    compiled_catalog,
    set_translation,
    status,
    update,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDERS = re.compile(r"%[1-9n]|\{[^{}]*\}")


@pytest.fixture
def catalogs(tmp_path: Path) -> Path:
    """A copy of the repository's catalogs to run the tools on."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder / ts.name)
    return folder


def test_one_catalog_per_language_and_no_compiled_files_in_the_tree() -> None:
    assert sorted(p.name for p in TRANSLATIONS.glob("*.ts")) == ["dreamseed_en.ts", "dreamseed_ko.ts"]
    assert not list(TRANSLATIONS.glob("*.py")), "no Python dicts or scripts beside the catalogs"
    tracked_qm = [p.name for p in TRANSLATIONS.glob("*.qm")]
    gitignore = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "*.qm" in gitignore, tracked_qm


def test_the_catalogs_cover_every_text_in_the_code(catalogs: Path) -> None:
    update(catalogs)
    korean = status(catalogs / "dreamseed_ko.ts")
    english = status(catalogs / "dreamseed_en.ts")
    hint = "run: python -m dreamseed_desktop.i18n_build update, then translate (see docs/architecture.md)"
    assert korean.unfinished == [], hint
    assert english.unfinished == [], hint
    assert korean.finished > 900 and english.finished >= 20


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = ([f.text or "" for f in translation.iter("numerusform")]
                     if message.get("numerus") == "yes" else [translation.text or ""])
            out.append((context.findtext("name") or "", message.findtext("source") or "", forms))
    return out


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_translations_keep_the_placeholders_of_their_source(lang: str) -> None:
    messages = _messages(TRANSLATIONS / f"{catalog_name(lang)}.ts")
    bad = [(context, source, form) for context, source, forms in messages for form in forms
           if sorted(PLACEHOLDERS.findall(form)) != sorted(PLACEHOLDERS.findall(source))]
    assert bad == []
    plural_forms = {len(forms) for _, source, forms in messages if "%n" in source}
    assert plural_forms <= ({1} if lang == "ko" else {1, 2})


def test_english_catalog_holds_both_plural_forms() -> None:
    for _context, source, forms in _messages(TRANSLATIONS / "dreamseed_en.ts"):
        assert len(forms) == 2, source
        assert not any(re.search(r"\((e?s)\)", form) for form in forms), source
        if re.search(r"\((e?s)\)", source):    # "%n item(s)": "%n item" / "%n items"
            assert forms[0] != forms[1], source


def _translate(qm: Path, context: str, source: str, n: int = -1) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate(context, source, None, n)


def test_compiled_on_first_use_and_recompiled_when_the_catalog_changes(
        qapp, catalogs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = compiled_catalog("dreamseed_ko", catalogs, cache)
    assert first.parent == cache and first.stat().st_size > 10_000
    assert _translate(first, "Columns", "Started at") == "시작 시각"
    assert compiled_catalog("dreamseed_ko", catalogs, cache) == first    # cached

    set_translation("ko", "Columns", "Started at", ["시작한 때"], catalogs)
    second = compiled_catalog("dreamseed_ko", catalogs, cache)
    assert second != first and not first.exists()
    assert _translate(second, "Columns", "Started at") == "시작한 때"


def test_a_catalog_held_open_by_another_instance_does_not_stop_the_start(
        qapp, catalogs: Path, tmp_path: Path, monkeypatch) -> None:
    """Windows refuses to delete or replace a file another process has mapped (Qt maps .qm)."""
    cache = tmp_path / "cache"
    old = compiled_catalog("dreamseed_ko", catalogs, cache)
    set_translation("ko", "Columns", "Started at", ["시작한 때"], catalogs)
    real_unlink = Path.unlink

    def refuse_old(path: Path, missing_ok: bool = False) -> None:
        if path == old:
            raise PermissionError(13, "in use by another process", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_old)
    new = compiled_catalog("dreamseed_ko", catalogs, cache)
    assert new != old and old.exists() and _translate(new, "Columns", "Started at") == "시작한 때"

    def replace_refused(src: str, dst: str) -> None:
        raise PermissionError(13, "in use by another process", dst)

    monkeypatch.setattr(i18n_build.os, "replace", replace_refused)
    assert i18n_build.compile_catalog(catalogs / "dreamseed_ko.ts", new) == new   # theirs is used
    with pytest.raises(PermissionError):   # nothing there: the failure is not hidden
        i18n_build.compile_catalog(catalogs / "dreamseed_ko.ts", tmp_path / "elsewhere" / "x.qm")
    assert not list((tmp_path / "elsewhere").glob("*.tmp"))


def test_a_packaged_build_loads_its_shipped_catalog(qapp, tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    built = i18n_build.build(shipped)
    assert sorted(p.name for p in built) == ["dreamseed_en.qm", "dreamseed_ko.qm"]
    assert compiled_catalog("dreamseed_ko", shipped, tmp_path / "cache") == shipped / "dreamseed_ko.qm"
    assert _translate(shipped / "dreamseed_en.qm", "ExamListPane", "%n exam(s)", 1) == "%n exam"
    with pytest.raises(TranslationToolError, match="no translation catalog"):
        compiled_catalog("dreamseed_fr", shipped, tmp_path / "cache")


def test_set_refuses_a_text_that_is_not_in_the_catalog(catalogs: Path) -> None:
    with pytest.raises(TranslationToolError, match="0 messages"):
        set_translation("ko", "Columns", "No such column", ["없음"], catalogs)
    with pytest.raises(TranslationToolError, match="needs 2 form"):
        set_translation("en", "ExamListPane", "%n exam(s)", ["%n exams"], catalogs)


def test_check_command_lists_what_is_untranslated(catalogs: Path, monkeypatch, capsys) -> None:
    ts = catalogs / "dreamseed_ko.ts"
    text = ts.read_text(encoding="utf-8").replace(
        "<translation>시작 시각</translation>", '<translation type="unfinished"></translation>')
    ts.write_text(text, encoding="utf-8")
    monkeypatch.setattr(i18n_build, "translations_dir", lambda: catalogs)
    assert i18n_build.main(["check"]) == 1
    assert "[Columns] 'Started at'" in capsys.readouterr().out


# ---- loaded into the running program ---------------------------------------------------------

@pytest.fixture
def korean(qapp):
    from dreamseed_desktop.ui import i18n

    i18n.install_language("ko", qapp)
    yield i18n
    i18n.install_language("en", qapp)


@pytest.mark.parametrize(("lang", "one", "two"), [("en", "1 exam", "2 exams"),
                                                  ("ko", "시험 1개", "시험 2개")])
def test_counts_use_the_plural_forms_of_the_language(qapp, lang: str, one: str, two: str) -> None:
    from dreamseed_desktop.ui import i18n

    i18n.install_language(lang, qapp)
    try:
        assert QCoreApplication.translate("ExamListPane", "%n exam(s)", None, 1) == one
        assert QCoreApplication.translate("ExamListPane", "%n exam(s)", None, 2) == two
    finally:
        i18n.install_language("en", qapp)


def _visible_texts(widget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        for getter in ("text", "title", "placeholderText", "toolTip", "labelText"):
            value = getattr(child, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:
                    continue
                if isinstance(text, str) and text:
                    texts.append(text)
    return texts


def test_qt_message_box_buttons_are_korean(korean, qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = box.findChild(QDialogButtonBox)
    assert buttons is not None
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["예(&Y)", "취소"])


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_qt_file_dialog_is_korean(korean, qtbot, mode: str) -> None:
    dialog = QFileDialog(None, "제목")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    look_in = dialog.findChild(QLabel, "lookInLabel")
    assert look_in is not None and look_in.text() == "다음에서 찾기(&L):"
    assert len(texts) >= 8
    assert [t for t in texts if re.search(r"[A-Za-z]{2,}", t)] == []
    dialog.close()


def test_qt_file_lists_name_file_types_in_korean(korean, tmp_path: Path) -> None:
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    (tmp_path / "folder").mkdir()
    provider = QFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path / "folder"))) in ("폴더", "파일 폴더")


def test_qt_input_dialog_is_korean(korean, qtbot) -> None:
    dialog = QInputDialog()
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _visible_texts(dialog)
    assert "취소" in texts and "확인" in texts
    assert [t for t in texts if re.search(r"[A-Za-z]{2,}", t)] == []
    dialog.close()
