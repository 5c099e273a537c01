"""Item bank: CSV import through the screen, filters, detail with curves, keys for admins
only, retire/activate, export."""
from __future__ import annotations

import pytest

from dreamseed_desktop.ui.screens.items.screen import ItemsScreen

CSV = ("item_id,subject,grade,strand,model,a,b,c,stem,choices,key\n"
       "M-001,math,1,algebra,3PL,1.2,-0.5,0.2,2 + 3 = ?,4|5|6|7,2\n"
       "M-002,math,1,algebra,2PL,0.8,0.7,0,x + 1 = 3 이면 x = ?,1|2|3|4,2\n"
       "E-001,english,2,vocabulary,3PL,1.5,0.1,0.15,Choose the synonym of big.,large|small|thin|late,1\n")


def load(qtbot, ctx, tmp_path) -> ItemsScreen:
    path = tmp_path / "items.csv"
    path.write_text(CSV, encoding="utf-8")
    screen = ItemsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(ctx.events.items_changed, timeout=10000):
        screen.import_file(path)
    qtbot.waitUntil(lambda: screen.model.total == 3, timeout=10000)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)
    return screen


@pytest.mark.slow
def test_import_filter_detail_retire(qtbot, qtmodeltester, ctx, school, tmp_path, answer_yes):
    screen = load(qtbot, ctx, tmp_path)
    qtmodeltester.check(screen.model)
    assert screen.model.total == 3

    screen.subject.setCurrentIndex(screen.subject.findData("english"))
    qtbot.waitUntil(lambda: screen.model.total == 1)
    screen.subject.setCurrentIndex(0)
    qtbot.waitUntil(lambda: screen.model.total == 3)

    screen.view.selectRow(0)                       # M-... sorted by code: E-001 first
    qtbot.waitUntil(lambda: "E-001" in screen.detail.code.text())
    assert screen.detail.stem.text() == "Choose the synonym of big."
    assert screen.detail.choices.count() == 4
    assert screen.detail.choices.item(0).text().endswith("✓")     # admin sees the key
    assert screen.detail.key.text() == "1"

    screen.select_rows([1, 2])
    with qtbot.waitSignal(ctx.events.items_changed):
        screen.change_status("retired")
    assert "Retire 2 items?" in answer_yes[0]
    qtbot.waitUntil(lambda: screen.model.row_at(1).status == "retired")
    screen.status_box.setCurrentIndex(screen.status_box.findData("active"))
    qtbot.waitUntil(lambda: screen.model.total == 1)

    out = tmp_path / "export.csv"
    screen.export_file(out)
    qtbot.waitUntil(lambda: out.exists() and "Exported" in screen.status.text(), timeout=10000)
    assert "E-001" in out.read_text(encoding="utf-8-sig")


@pytest.mark.slow
def test_teacher_never_sees_keys(qtbot, ctx, ctx_for, school, tmp_path):
    screen = load(qtbot, ctx, tmp_path)
    teacher_view = ItemsScreen(ctx_for(school.teacher_email))
    qtbot.addWidget(teacher_view)
    teacher_view.show()
    qtbot.waitUntil(lambda: teacher_view.model.total == 3)
    teacher_view.view.selectRow(1)
    qtbot.waitUntil(lambda: "M-001" in teacher_view.detail.code.text())
    texts = [teacher_view.detail.choices.item(i).text() for i in range(4)]
    assert not any("✓" in t for t in texts)
    assert teacher_view.findChild(object, "importButton") is None
    assert screen.findChild(object, "importButton") is not None


@pytest.mark.slow
def test_bad_item_csv_reports_rows(qtbot, ctx, school, tmp_path, monkeypatch):
    from dreamseed_desktop.ui.common import messages

    shown = []
    monkeypatch.setattr(messages, "inform", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "bad.csv"
    path.write_text("item_id,subject,a,b,stem,choices,key\nX-1,math,-1,0,?,a|b,5\n", encoding="utf-8")
    screen = ItemsScreen(ctx)
    qtbot.addWidget(screen)
    screen.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "Row 2" in shown[0]


PIPE_CSV = ("item_id,subject,a,b,stem,choice_1,choice_2,choice_3,key\n"
            'SET-1,math,1.1,0.2,"Which set, exactly?","{x | x>0}","say ""a|b""",'
            '"집합\n(두 줄)",3\n')


def test_pipe_choices_round_trip_through_the_screen(qtbot, ctx, school, tmp_path):
    src = tmp_path / "sets.csv"
    src.write_text(PIPE_CSV, encoding="utf-8")
    screen = ItemsScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(ctx.events.items_changed, timeout=10000):
        screen.import_file(src)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=10000)
    items = ctx.services.items
    first = items.get(items.list(search="SET-1").items[0].id)
    assert first.choices == ("{x | x>0}", 'say "a|b"', "집합\n(두 줄)") and first.key == 3

    out = tmp_path / "export.csv"
    screen.export_file(out)
    qtbot.waitUntil(lambda: out.exists() and "Exported" in screen.status.text(), timeout=10000)
    with qtbot.waitSignal(ctx.events.items_changed, timeout=10000):
        screen.import_file(out)                      # the screen imports with update_existing
    qtbot.waitUntil(lambda: "Imported" in screen.status.text(), timeout=10000)
    assert "0 new, 0 updated" in screen.status.text()
    assert items.get(first.id) == first
