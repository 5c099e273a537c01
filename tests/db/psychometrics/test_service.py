"""PsychometricsService against real PostgreSQL: item analysis, calibration, acceptance, what-if."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from sqlalchemy import text

from dreamseed_desktop.cat import CatConfig
from dreamseed_desktop.services.core.errors import Conflict, PermissionDenied, ValidationError
from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.psychometrics.service import (
    CalibrationCancelled,
    CalibrationRequest,
    PsychometricsService,
)
from tests.fixtures.simulated_school import build_school


class Sink:
    """Records progress; cancels after ``cancel_after`` reports (None = never)."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))

    @property
    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after


@pytest.fixture
def svc(owner_db: Database) -> PsychometricsService:
    return PsychometricsService(owner_db)


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.session() as s:
        return s.execute(text(sql), params).scalar_one()


@pytest.mark.slow
def test_item_analysis_counts_expected_and_flags(owner_db, school, svc):
    target = school.item_ids["MATH-G10-0001"]
    before = {r.item_id: r for r in svc.item_analysis("math", min_attempts=10).rows}
    n_raw = _scalar(owner_db, "SELECT count(*) FROM attempts a JOIN exam_sessions es ON es.id ="
                    " a.exam_session_id WHERE a.item_id = :i AND es.status = 'completed'", i=target)
    row = before[target]
    assert row.n_attempts == n_raw > 10
    # expected p recomputed here from the session thetas and the item's parameters
    with owner_db.session() as s:
        thetas = [t for (t,) in s.execute(text(
            "SELECT es.theta FROM attempts a JOIN exam_sessions es ON es.id = a.exam_session_id "
            "WHERE a.item_id = :i AND es.status = 'completed'"), {"i": target})]
    p = row.c + (1 - row.c) / (1 + np.exp(-row.a * (np.array(thetas) - row.b)))
    assert row.p_expected == pytest.approx(p.mean(), rel=1e-9)
    assert all(0.0 <= r.exposure <= 1.0 for r in before.values())
    assert not row.flagged
    # infit / outfit recomputed here from the same thetas and answers
    with owner_db.session() as s:
        u = np.array([int(c) for (c,) in s.execute(text(
            "SELECT a.correct FROM attempts a JOIN exam_sessions es ON es.id = a.exam_session_id "
            "WHERE a.item_id = :i AND es.status = 'completed'"), {"i": target})])
    w = p * (1 - p)
    assert row.infit == pytest.approx(((u - p) ** 2).sum() / w.sum(), rel=1e-9)
    assert row.outfit == pytest.approx(((u - p) ** 2 / w).mean(), rel=1e-9)
    fits = [r.infit for r in before.values() if r.n_attempts >= 30]
    assert 0.7 < float(np.median(fits)) < 1.3  # data from the model: mean squares near 1
    # marginal reliability of the completed sessions' θ, recomputed from the sessions
    with owner_db.session() as s:
        th, se = np.array(s.execute(text(
            "SELECT DISTINCT es.id, es.theta, es.standard_error FROM attempts a JOIN exam_sessions es "
            "ON es.id = a.exam_session_id JOIN items i ON i.id = a.item_id WHERE i.subject = 'math' "
            "AND es.status = 'completed' AND es.theta IS NOT NULL")).all(), dtype=float)[:, 1:].T
    v = th.var(ddof=1)
    rel = before_rel(svc)
    assert rel == pytest.approx(v / (v + np.mean(se**2)), rel=1e-9) and 0 < rel < 1
    # an item whose answers are all flipped (e.g. a wrong key) must be flagged
    with owner_db.session() as s:
        s.execute(text("UPDATE attempts SET correct = NOT correct WHERE item_id = :i"), {"i": target})
    after = svc.item_analysis("math", min_attempts=10)
    assert target in {r.item_id for r in after.flagged}
    assert after.rows[0].n_attempts == before[after.rows[0].item_id].n_attempts


def before_rel(svc):
    return svc.item_analysis("math", min_attempts=10).reliability


def test_item_analysis_csv_names_every_column(school, svc):
    import csv
    import io

    analysis = svc.item_analysis("math", min_attempts=10)
    data = svc.item_analysis_csv(analysis)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["subject", "math"] and rows[0][4] == "marginal_reliability"
    assert float(rows[0][5]) == pytest.approx(analysis.reliability, abs=1e-4)
    header = rows[1]
    assert header == ["item", "status", "a", "b", "c", "answers", "correct", "observed_p", "expected_p",
                      "z", "infit", "outfit", "exposure", "flagged", "pretest_answers"]
    body = [dict(zip(header, r)) for r in rows[2:]]
    assert len(body) == 60
    first = next(r for r in analysis.rows if r.n_attempts)
    line = next(b for b in body if b["item"] == first.code)
    assert float(line["infit"]) == pytest.approx(first.infit, abs=1e-3)
    assert line["pretest_answers"] == str(first.n_pretest) == "0"


@pytest.mark.slow
def test_item_analysis_date_range_and_validation(school, svc):
    empty = svc.item_analysis("math", date_from=date(2020, 1, 1), date_to=date(2020, 2, 1))
    assert empty.n_sessions == 0 and all(r.n_attempts == 0 for r in empty.rows)
    first_month = svc.item_analysis("math", date_from=date(2026, 3, 1), date_to=date(2026, 3, 20))
    all_time = svc.item_analysis("math")
    assert 0 < first_month.n_sessions < all_time.n_sessions
    with pytest.raises(ValidationError):
        svc.item_analysis("math", date_from=date(2026, 5, 1), date_to=date(2026, 4, 1))


@pytest.mark.slow
def test_calibration_recovers_generating_parameters_and_writes_nothing(owner_db, svc):
    school = build_school(owner_db, per_class=40, sittings=3)
    versions_before = _scalar(owner_db, "SELECT sum(version) FROM items")
    sink = Sink()
    run = svc.calibrate(CalibrationRequest(subject="math", model="3PL", min_responses=60), sink)
    assert run.converged and run.n_responses > 5000
    assert [d for d, _, _ in sink.reports] == sorted(d for d, _, _ in sink.reports)
    eligible = run.eligible
    assert len(eligible) >= 12
    assert all(i.se_b <= 0.5 and i.se_a <= 0.5 for i in eligible)  # precision rule
    true_b = np.array([school.true_bank[i.code][1] for i in eligible])
    new_b = np.array([i.new_b for i in eligible])
    assert np.corrcoef(true_b, new_b)[0, 1] > 0.85
    assert abs(float(np.mean(new_b - true_b))) < 0.3  # linked to the bank's scale
    assert all(i.se_b and i.se_b > 0 and i.fit is not None for i in eligible)
    few = [i for i in run.items if not i.eligible]
    assert all(i.n_responses < 60 or i.note for i in few)
    assert _scalar(owner_db, "SELECT sum(version) FROM items") == versions_before


@pytest.mark.slow
def test_accept_creates_new_bank_version_and_keeps_history(owner_db, school, svc):
    run = svc.calibrate(CalibrationRequest(subject="math", model="2PL", min_responses=20,
                                           max_se_a=5.0, max_se_b=2.0))
    chosen = [i.item_id for i in run.eligible[:5]]
    sessions_before = _scalar(owner_db, "SELECT md5(string_agg(id || ':' || theta, ',' ORDER BY id))"
                              " FROM exam_sessions")
    result = svc.accept_calibration(run, chosen)
    assert result.n_items == 5 and set(result.bank_versions) == set(chosen)
    with owner_db.session() as s:
        for cal in run.eligible[:5]:
            item = s.execute(text("SELECT model, a, b, c, bank_version FROM items WHERE id = :i"),
                             {"i": cal.item_id}).one()
            assert (item.model, item.bank_version) == ("2PL", 2)
            assert (item.a, item.b, item.c) == pytest.approx((cal.new_a, cal.new_b, 0.0))
            hist = s.execute(text("SELECT bank_version, a, b, se_b, fit, source FROM "
                                  "item_param_history WHERE item_id = :i ORDER BY bank_version"),
                             {"i": cal.item_id}).all()
            assert [h.bank_version for h in hist] == [1, 2]
            assert (hist[0].a, hist[0].b) == pytest.approx((cal.old_a, cal.old_b))
            assert hist[1].source == "calibration" and hist[1].se_b == pytest.approx(cal.se_b)
        audit = s.execute(text("SELECT details FROM audit_log WHERE action = 'items.recalibrated'")).one()
        assert audit.details["n_items"] == 5
        assert audit.details["priors"] == {"a": "lognormal(0, 1.5)", "c": "not used"}
        assert audit.details["quadrature"]["points"] == 41 and audit.details["converged"] is True
    assert _scalar(owner_db, "SELECT md5(string_agg(id || ':' || theta, ',' ORDER BY id))"
                   " FROM exam_sessions") == sessions_before
    # the same run again is stale now: nothing more is written
    with pytest.raises(Conflict):
        svc.accept_calibration(run, chosen)
    assert _scalar(owner_db, "SELECT max(bank_version) FROM items") == 2


@pytest.mark.slow
def test_calibration_states_its_priors_and_can_drop_them(school, svc):
    run = svc.calibrate(CalibrationRequest(subject="math", model="3PL", min_responses=20,
                                           a_prior_sd=None, c_prior=None))
    assert run.priors == {"a": "none", "c": "none"}
    assert run.summary["quadrature"]["points"] == 41 and run.summary["iterations"] == run.iterations
    assert run.summary["n_persons"] == run.n_sessions
    with_prior = svc.calibrate(CalibrationRequest(subject="math", model="3PL", min_responses=20,
                                                  a_prior_sd=0.5, c_prior=(20.0, 60.0)))
    assert with_prior.priors == {"a": "lognormal(0, 0.5)", "c": "beta(20, 60)"}
    # a tight Beta(20, 60) (mean 0.25) pulls every c towards 0.25
    spread = lambda r: float(np.std([i.new_c for i in r.items if i.new_c is not None]))  # noqa: E731
    assert spread(with_prior) < spread(run)


def test_calibration_validation_cancel_and_permissions(owner_db, school, svc):
    with pytest.raises(ValidationError):
        svc.calibrate(CalibrationRequest(subject=None))
    with pytest.raises(ValidationError):
        svc.calibrate(CalibrationRequest(subject="math", model="4PL"))
    with pytest.raises(ValidationError):
        svc.calibrate(CalibrationRequest(subject="math", date_from=date(2019, 1, 1),
                                         date_to=date(2019, 12, 31)))
    for bad in ({"a_prior_sd": 0.0}, {"a_prior_sd": float("nan")}, {"c_prior": (0.5, 4.0)},
                {"c_prior": (5.0,)}):
        with pytest.raises(ValidationError) as err:
            svc.calibrate(CalibrationRequest(subject="math", **bad))  # type: ignore[arg-type]
        assert err.value.field in ("a_prior_sd", "c_prior")
    with pytest.raises(CalibrationCancelled):
        svc.calibrate(CalibrationRequest(subject="math"), Sink(cancel_after=1))
    teacher = PsychometricsService(Database(owner_db.engine, Identity(role="teacher")))
    with pytest.raises(PermissionDenied):
        teacher.calibrate(CalibrationRequest(subject="math"))


def test_what_if_simulation_on_the_real_bank(school, svc):
    cfg = CatConfig(min_items=5, max_items=15, se_target=0.35, exposure_target=0.3)
    sink = Sink()
    first = svc.what_if("math", cfg, n_examinees=250, seed=3, progress=sink)
    again = svc.what_if("math", cfg, n_examinees=250, seed=3)
    assert first.theta == again.theta and first.lengths == again.lengths
    assert first.n_examinees == 250 and len(first.lengths) == 250
    assert all(5 <= n <= 15 for n in first.lengths)
    assert sum(b.n for b in first.bands) == 250
    assert len(first.exposure) == first.n_items_in_bank == 60
    # exposure = administrations / examinees; summed it equals the mean test length
    assert sum(first.exposure) == pytest.approx(first.mean_length)
    err = np.array(first.theta) - np.array(first.true_theta)
    assert first.rmse == pytest.approx(float(np.sqrt(np.mean(err ** 2))))
    assert 0.15 < first.rmse < 0.8
    assert sink.reports[-1][0] == sink.reports[-1][1] == 250
    with pytest.raises(CalibrationCancelled):
        svc.what_if("math", cfg, n_examinees=250, progress=Sink(cancel_after=1))
    with pytest.raises(ValidationError):
        svc.what_if("physics", cfg, n_examinees=10)


def test_cancel_while_estimating_returns_at_once(school, svc, monkeypatch):
    import threading

    from dreamseed_desktop.services.psychometrics import calibration as pc

    release = threading.Event()
    real = pc.calibrate

    def slow_calibrate(*args, **kwargs):  # an estimation that runs until released
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(pc, "calibrate", slow_calibrate)

    class CancelDuringEstimation(Sink):
        @property
        def cancelled(self) -> bool:
            return any(t.startswith("Estimating") for _, _, t in self.reports[1:]) and len(self.reports) > 3

    sink = CancelDuringEstimation()
    with pytest.raises(CalibrationCancelled):
        svc.calibrate(CalibrationRequest(subject="math"), sink)
    assert not release.is_set()  # the estimation was still running: Cancel did not wait for it
    release.set()


@pytest.mark.slow
def test_fixed_anchor_calibration_of_new_items_and_its_record(owner_db, svc):
    """Items whose stored parameters are wrong (new items) are estimated with every other
    active item held fixed; the accepted version records method, anchors and priors."""
    school = build_school(owner_db, per_class=40, sittings=3)
    with owner_db.session() as s:
        counts = dict(s.execute(text(
            "SELECT i.code, count(*) FROM attempts a JOIN items i ON i.id = a.item_id "
            "WHERE i.subject = 'math' GROUP BY i.code")).all())
    busy = sorted((c for c in counts if counts[c] >= 150), key=lambda c: -counts[c])[:4]
    assert len(busy) == 4
    new_ids = tuple(school.item_ids[c] for c in busy)
    with owner_db.session() as s:  # the new items' stored difficulties are 1.2 too high
        s.execute(text("UPDATE items SET b = b + 1.2 WHERE id = ANY(:ids)"), {"ids": list(new_ids)})
    run = svc.calibrate(CalibrationRequest(subject="math", model="2PL", min_responses=20,
                                           max_se_a=5.0, max_se_b=2.0, method="anchors",
                                           new_item_ids=new_ids, a_prior_sd=1.5))
    assert run.method == "anchors" and run.link_slope == 1.0 and run.link_intercept == 0.0
    by_code = {i.code: i for i in run.items}
    for code in busy:
        cal = by_code[code]
        true_b = school.true_bank[code][1]
        assert not cal.anchor and cal.eligible
        assert abs(cal.new_b - true_b) < 0.6 < abs(cal.old_b - true_b)  # back near the truth
    anchors = [i for i in run.items if i.anchor and not i.released]
    assert len(anchors) > 40 and all(not i.eligible and i.new_b == pytest.approx(i.old_b) for i in anchors)
    assert "estimated" in run.summary["ability_distribution"]
    result = svc.accept_calibration(run, list(new_ids))
    assert result.n_items == 4
    with owner_db.session() as s:
        rec = s.execute(text("SELECT calibration FROM item_param_history WHERE item_id = :i AND "
                             "bank_version = 2"), {"i": new_ids[0]}).scalar_one()
        audit = s.execute(text("SELECT details FROM audit_log WHERE action = 'items.recalibrated'")).one()
    assert rec["method"].startswith("fixed anchors") and rec["model"] == "2PL"
    assert rec["priors"] == {"a": "lognormal(0, 1.5)", "c": "not used"}
    assert len(rec["anchors"]) == len(anchors) and busy[0] not in rec["anchors"]
    assert rec["drift_rule"].startswith("|robust z| > 2.7")
    assert audit.details["method"] == rec["method"] and audit.details["anchors"] == rec["anchors"]
    # bad requests change nothing
    for bad in ({"new_item_ids": ()}, {"method": "magic"}, {"new_item_ids": (999999,)},
                {"drift_z": 0.0}):
        with pytest.raises(ValidationError):
            fields = {"subject": "math", "method": "anchors", "new_item_ids": new_ids, **bad}
            svc.calibrate(CalibrationRequest(**fields))  # type: ignore[arg-type]


@pytest.mark.slow
def test_dif_between_classes_flags_an_item_that_is_harder_for_one_class(owner_db, svc):
    school = build_school(owner_db, per_class=40, sittings=3)
    groups = svc.dif_groups("math")
    assert len(groups) == 3 and all(g.n_sessions > 0 for g in groups)
    ref, others = groups[0].class_id, [g.class_id for g in groups[1:]]
    clean = svc.dif("math", [ref], others, min_answers=20)
    tested = [r for r in clean.rows if r.ets_class]
    assert len(tested) >= 10 and sum(r.ets_class == "A" for r in tested) >= 0.8 * len(tested)
    # the focal classes get item X wrong far more often (e.g. a topic they were not taught)
    target = max(tested, key=lambda r: min(r.n_reference, r.n_focal))
    with owner_db.session() as s:
        s.execute(text("UPDATE attempts a SET correct = false FROM exam_sessions es "
                       "WHERE es.id = a.exam_session_id AND a.item_id = :i AND es.class_id = ANY(:c) "
                       "AND a.id % 4 <> 0"), {"i": target.item_id, "c": others})
    after = {r.item_id: r for r in svc.dif("math", [ref], others, min_answers=20).rows}
    assert after[target.item_id].ets_class == "C" and after[target.item_id].delta < -1.5
    with pytest.raises(ValidationError):
        svc.dif("math", [ref], [ref], min_answers=20)
    with pytest.raises(ValidationError):
        svc.dif("math", [], others)
    assert school.org_id
