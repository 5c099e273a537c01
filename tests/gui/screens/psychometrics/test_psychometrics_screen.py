"""The psychometrics screen: bank curves, calibrate → accept, what-if simulation, cancel."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from dreamseed_desktop.ui.common import messages
from dreamseed_desktop.ui.screens.psychometrics import create_psychometrics_screen

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")


@pytest.fixture
def school(owner_db, db_url):
    """A bigger school than the default so some recalibrated items are precise enough."""
    from tests.fixtures.simulated_school import build_school, with_admin

    ids = build_school(owner_db, per_class=30)
    owner_db.identity.organization_id = ids.org_id
    return with_admin(ids, db_url)


@pytest.fixture
def screen(qtbot: QtBot, ctx):
    widget = create_psychometrics_screen(ctx)
    widget.resize(1400, 900)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.bank_subject.count() == 2, timeout=10000)
    return widget


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.slow
def test_bank_information_of_the_real_bank(qtbot, screen):
    qtbot.waitUntil(lambda: bool(screen.bank_chart.info_curves)
                    and screen.bank_chart.info_curves[0].isVisible(), timeout=10000)
    theta, info, se = screen.bank_chart.curves(0)
    assert info.max() > 5 and se.min() < 0.5
    shot(screen, "chart_psychometrics_bank")


@pytest.mark.slow
def test_calibrate_then_accept_checked_items(qtbot, screen, ctx, owner_db, monkeypatch):
    tab = screen.calibration
    screen.tabs.setCurrentIndex(1)
    tab.subject_box.setCurrentIndex(tab.subject_box.findData("math"))
    tab.model_box.setCurrentIndex(tab.model_box.findData("2PL"))
    tab.min_responses.setValue(20)
    assert not tab.c_prior_box.isEnabled() and tab.a_prior_sd.isEnabled()  # 2PL: no c
    tab.a_prior_sd.setValue(1.2)
    assert tab.request().a_prior_sd == pytest.approx(1.2)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.run is not None, timeout=30000)
    assert tab.run.priors == {"a": "lognormal(0, 1.2)", "c": "not used"}
    assert "SD 1.2" in tab.summary.text() and "log-likelihood" in tab.summary.text()
    assert tab.model.rowCount() == 60
    assert all(r.se_b <= 0.5 for r in tab.run.eligible)
    eligible = len(tab.run.eligible)
    assert len(tab.model.checked_ids()) == eligible > 0
    first = tab.model.index(next(i for i, r in enumerate(tab.model.rows()) if r.eligible), 0)
    assert tab.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(tab.model.checked_ids()) == eligible - 1
    assert tab.curves.visible_curve_count() in (1, 2)
    assert len(tab.information.info_curves) >= 2 and tab.information.info_curves[1].isVisible()
    shot(screen, "chart_psychometrics_calibration")
    monkeypatch.setattr(messages, "ask", lambda *a: True)
    with qtbot.waitSignal(ctx.events.items_changed, timeout=20000):
        tab.accept_button.click()
    with owner_db.session() as s:
        n = s.execute(text("SELECT count(*) FROM items WHERE bank_version = 2")).scalar_one()
    assert n == eligible - 1
    assert not tab.accept_button.isEnabled()


@pytest.mark.slow
def test_prior_fields_follow_the_model(screen):
    tab = screen.calibration
    tab.model_box.setCurrentIndex(tab.model_box.findData("1PL"))
    assert not tab.a_prior_box.isEnabled() and not tab.c_prior_box.isEnabled()
    tab.model_box.setCurrentIndex(tab.model_box.findData("3PL"))
    assert tab.c_prior_box.isEnabled() and tab.c_alpha.isEnabled()
    tab.c_prior_box.setCurrentIndex(tab.c_prior_box.findData("none"))
    tab.a_prior_box.setCurrentIndex(tab.a_prior_box.findData("none"))
    assert not tab.c_alpha.isEnabled() and not tab.a_prior_sd.isEnabled()
    req = tab.request()
    assert req.a_prior_sd is None and req.c_prior is None
    tab.c_prior_box.setCurrentIndex(tab.c_prior_box.findData("beta"))
    tab.c_alpha.setValue(4.0)
    assert tab.request().c_prior == (4.0, 17.0)


@pytest.mark.slow
def test_what_if_simulation_in_the_gui(qtbot, screen):
    tab = screen.simulation
    screen.tabs.setCurrentIndex(2)
    tab.n_students.setValue(300)
    tab.max_items.setValue(15)
    tab.exposure.setCurrentIndex(tab.exposure.findData("none"))
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=60000)
    assert len(tab.lengths.counts()[1]) >= 1 and tab.lengths.counts()[1].sum() == 300
    rmse, bias = tab.bands.values()
    assert len(rmse) == 6
    assert len(tab.exposure_chart.bar_values()[0]) == 60
    assert "RMSE" in tab.summary.text() and "Marginal reliability 0." in tab.summary.text()
    assert 0.5 < tab.result.marginal_reliability < 1
    shot(screen, "chart_psychometrics_simulation")


@pytest.mark.slow
def test_what_if_with_wle_and_kl_first_items(qtbot, screen):
    tab = screen.simulation
    tab.n_students.setValue(100)
    tab.max_items.setValue(10)
    tab.estimator.setCurrentIndex(tab.estimator.findData("wle"))
    assert not tab.start_items.isEnabled()
    tab.start_rule.setCurrentIndex(tab.start_rule.findData("kl"))
    assert tab.start_items.isEnabled()
    tab.start_items.setValue(3)
    cfg = tab.config()
    assert (cfg.estimator, cfg.start_selection, cfg.start_selection_items) == ("wle", "kl", 3)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=60000)
    assert tab.result.config["start_selection"] == "kl" and tab.result.config["estimator"] == "wle"


@pytest.mark.slow
def test_inconsistent_design_is_refused_without_running(qtbot, screen):
    tab = screen.simulation
    tab.min_items.setValue(20)
    tab.max_items.setValue(10)
    tab.run_button.click()
    assert "min_items" in screen.status.text()
    assert tab.result is None and tab.run_button.isEnabled()


@pytest.mark.slow
def test_fixed_anchor_calibration_in_the_gui(qtbot, screen, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from dreamseed_desktop.ui.screens.psychometrics import new_items_dialog

    tab = screen.calibration
    screen.tabs.setCurrentIndex(1)
    tab.subject_box.setCurrentIndex(tab.subject_box.findData("math"))
    qtbot.waitUntil(lambda: len(tab.bank_items) == 60, timeout=10000)
    assert not tab.new_items_button.isEnabled()
    tab.method_box.setCurrentIndex(tab.method_box.findData("anchors"))
    assert tab.new_items_button.isEnabled() and not tab.link.isEnabled()
    new = tuple(i for i, _, _ in tab.bank_items[:3])

    def fake_exec(dialog):  # tick three items as a user would
        for row in range(3):
            dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
        assert dialog.chosen() == new
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(new_items_dialog.NewItemsDialog, "exec", fake_exec)
    tab.new_items_button.click()
    assert tab.new_item_ids == new and tab.new_items_label.text() == "3 new items"
    tab.model_box.setCurrentIndex(tab.model_box.findData("2PL"))
    tab.min_responses.setValue(5)
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.run is not None, timeout=60000)
    assert tab.run.method == "anchors" and "Fixed anchors:" in tab.summary.text()
    anchors = [r for r in tab.model.rows() if r.anchor]
    assert len(anchors) >= 50 and not any(r.eligible for r in anchors if not r.released)
    col = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    shift = col.index("Anchor displacement")
    row = next(k for k, r in enumerate(tab.model.rows()) if r.anchor and r.displacement is not None)
    assert "(z " in tab.model.index(row, shift).data()
    shot(screen, "chart_psychometrics_fixed_anchor")


@pytest.mark.slow
def test_dif_tab_between_classes(qtbot, screen):
    tab = screen.dif
    screen.tabs.setCurrentIndex(3)
    tab.subject_box.setCurrentIndex(tab.subject_box.findData("math"))
    qtbot.waitUntil(lambda: tab.reference_box.count() == 3, timeout=10000)
    assert tab.focal_box.count() == 4 and tab.focal_box.itemData(0) == -1  # "All other classes"
    tab.min_answers.setValue(10)
    req = tab.request()
    assert req["reference"] == [tab.groups[0].class_id] and len(req["focal"]) == 2
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.result is not None, timeout=20000)
    assert tab.model.rowCount() == len(tab.result.rows) > 0
    assert "A " in tab.summary.text() and "C " in tab.summary.text()
    shot(screen, "chart_psychometrics_dif")
