"""Benchmark of the bank-growing checks (issue 18) against mirt-py 1.2 and girth 0.8.

Same method, same data, both measured in this run (pure numpy: no database involved):

1. 2PL MML without a prior on LSAT-6 (Bock & Lieberman 1970): ours (`calibrate`, no prior),
   ``mirt.fit_mirt`` (61 points) and ``girth.twopl_mml``; difficulty/discrimination against ltm's
   published estimates, log-likelihood, wall time.
2. Rasch MML on LSAT-6: ours (``fixed_a=1``) vs ``girth.rasch_mml``.
3. Fixed-anchor calibration (30 anchors + 10 new 2PL items, 3000 students from N(0.5, 1.2²)):
   ours (``calibrate_long(anchor_params=...)``) vs ``mirt.fixed_item_calibration``; new items'
   RMSE of b and a against the generating values, wall time.
4. S-X² on LSAT-6 with the 2PL estimates: ours (``fit.sx2``) vs ``mirt.itemfit(["S_X2"])``.
5. Marginal reliability of the LSAT-6 2PL items: ours (``reliability_of_items``) vs
   ``mirt.marginal_rxx``.

Run: ``pip install -e .[bench]`` then ``python benchmarks/bench_psychometrics.py``. A peer that
is missing or fails is reported as n/a with the reason; ours always runs.
"""
from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.cat.calibration import calibrate, calibrate_long
from dreamseed_desktop.cat.fit import sx2
from dreamseed_desktop.cat.reliability import reliability_of_items
from tests.unit.cat import published as pub


def timed(fn: Any) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def guarded(name: str, fn: Any, notes: list[str]) -> Any:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn()
    except Exception as exc:  # noqa: BLE001 - a peer's failure is reported, not fatal
        notes.append(f"{name}: {type(exc).__name__}: {exc}")
        return None


def main() -> int:
    notes: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    X = pub.lsat6_matrix().astype(int)
    p, i = np.nonzero(np.ones_like(X))
    ltm_b, ltm_a = np.array(pub.LSAT6_2PL_B), np.array(pub.LSAT6_2PL_A)

    ours, t_ours = timed(lambda: calibrate(p, i, X.ravel(), "2pl", a_prior_sd=None, tol=1e-6, max_iter=2000))
    rows.append(("LSAT-6 2PL, max |b - ltm| / max |a - ltm|",
                 f"{np.abs(ours.b - ltm_b).max():.4f} / {np.abs(ours.a - ltm_a).max():.4f}", "", ""))

    def mirt_2pl() -> Any:
        import mirt
        fit, t = timed(lambda: mirt.fit_mirt(X, model="2PL", n_quadpts=61, tol=1e-6))
        return fit, t

    def girth_2pl() -> Any:
        import girth
        return timed(lambda: girth.twopl_mml(X.T))

    mi = guarded("mirt 2PL", mirt_2pl, notes)
    gi = guarded("girth 2PL", girth_2pl, notes)
    mb = np.asarray(mi[0].model.difficulty).ravel() if mi else None
    gb = np.asarray(gi[0]["Difficulty"]).ravel() if gi else None
    rows[-1] = (rows[-1][0], rows[-1][1],
                "n/a" if mb is None else f"mirt {np.abs(mb - ltm_b).max():.4f}",
                "n/a" if gb is None else f"girth {np.abs(gb - ltm_b).max():.4f}")
    rows.append(("LSAT-6 2PL, max |b ours - b peer|", "-",
                 "n/a" if mb is None else f"{np.abs(ours.b - mb).max():.4f}",
                 "n/a" if gb is None else f"{np.abs(ours.b - gb).max():.4f}"))
    rows.append(("LSAT-6 2PL, log-likelihood (ltm -2466.653)", f"{ours.log_likelihood:.4f}",
                 "n/a" if not mi else f"{float(mi[0].log_likelihood):.4f}", ""))
    rows.append(("LSAT-6 2PL, seconds (ratio peer/ours)", f"{t_ours:.3f}",
                 "n/a" if not mi else f"{mi[1]:.3f} ({mi[1] / t_ours:.1f}x)",
                 "n/a" if not gi else f"{gi[1]:.3f} ({gi[1] / t_ours:.1f}x)"))

    rasch, t_r = timed(lambda: calibrate(p, i, X.ravel(), "1pl", fixed_a=1.0, tol=1e-7, max_iter=5000))
    gr = guarded("girth Rasch", lambda: timed(lambda: __import__("girth").rasch_mml(X.T)), notes)
    grb = np.asarray(gr[0]["Difficulty"]).ravel() if gr else None
    rows.append(("LSAT-6 Rasch, max |b - ltm|", f"{np.abs(rasch.b - np.array(pub.LSAT6_RASCH_B)).max():.5f}", "",
                 "n/a" if grb is None else f"girth {np.abs(grb - np.array(pub.LSAT6_RASCH_B)).max():.5f}"))
    rows.append(("LSAT-6 Rasch, seconds (ratio peer/ours)", f"{t_r:.3f}", "",
                 "n/a" if not gr else f"{gr[1]:.3f} ({gr[1] / t_r:.1f}x)"))

    # fixed-anchor calibration
    rng = np.random.default_rng(7)
    J = 40
    a, b = np.exp(rng.normal(0.1, 0.25, J)), rng.normal(0, 1, J)
    th = rng.normal(0.5, 1.2, 3000)
    Y = (rng.random((3000, J)) < 1 / (1 + np.exp(-a * (th[:, None] - b)))).astype(int)
    pp, ii = np.nonzero(np.ones_like(Y))
    anchors = {f"I{k:02d}": (float(a[k]), float(b[k]), 0.0) for k in range(30)}
    fa, t_fa = timed(lambda: calibrate_long([f"P{k}" for k in pp], [f"I{k:02d}" for k in ii], Y.ravel(), "2pl",
                                           anchor_params=anchors, a_prior_sd=None))
    order = [int(v[1:]) for v in fa.item_ids]
    new = [k for k, o in enumerate(order) if o >= 30]
    ours_rmse = (np.sqrt(np.mean((fa.b[new] - b[[order[k] for k in new]]) ** 2)),
                 np.sqrt(np.mean((fa.a[new] - a[[order[k] for k in new]]) ** 2)))

    def mirt_fipc() -> Any:
        import mirt
        m = mirt.TwoParameterLogistic(n_items=J)
        m.set_parameters(discrimination=a, difficulty=b)
        res, t = timed(lambda: mirt.fixed_item_calibration(Y, m, anchor_items=list(range(30)), n_quadpts=41))
        nb = np.asarray(res.new_item_parameters["difficulty"]).ravel()
        na = np.asarray(res.new_item_parameters["discrimination"]).ravel()
        return np.sqrt(np.mean((nb - b[30:]) ** 2)), np.sqrt(np.mean((na - a[30:]) ** 2)), t

    mf = guarded("mirt fixed_item_calibration", mirt_fipc, notes)
    rows.append(("fixed anchors: new items RMSE b / a", f"{ours_rmse[0]:.4f} / {ours_rmse[1]:.4f}",
                 "n/a" if not mf else f"{mf[0]:.4f} / {mf[1]:.4f}", ""))
    rows.append(("fixed anchors: seconds (ratio peer/ours)", f"{t_fa:.3f}",
                 "n/a" if not mf else f"{mf[2]:.3f} ({mf[2] / t_fa:.1f}x)", ""))

    # S-X2 and marginal reliability with the same (our) parameters
    fit, t_s = timed(lambda: sx2(X, ours.a, ours.b, n_params=2))

    def mirt_sx2() -> Any:
        import mirt
        f = mirt.fit_mirt(X, model="2PL", n_quadpts=61, tol=1e-6)
        f.model.set_parameters(discrimination=ours.a, difficulty=ours.b)
        r, t = timed(lambda: mirt.itemfit(f, X, statistics=["S_X2"]))
        return np.asarray(r["S_X2"], dtype=float), np.asarray(r["df"], dtype=float), t, f

    ms = guarded("mirt itemfit S_X2", mirt_sx2, notes)
    rows.append(("S-X2 LSAT-6 (ours: stat/df per item)",
                 " ".join(f"{s:.2f}/{d}" for s, d in zip(fit.sx2, fit.df)),
                 "n/a" if not ms else " ".join(f"{s:.2f}/{int(d)}" for s, d in zip(ms[0], ms[1])), ""))
    rows.append(("S-X2 seconds (ratio peer/ours)", f"{t_s:.4f}",
                 "n/a" if not ms else f"{ms[2]:.4f} ({ms[2] / t_s:.1f}x)", ""))
    rel = reliability_of_items(ours.a, ours.b)
    mr = guarded("mirt marginal_rxx", lambda: float(__import__("mirt").marginal_rxx(ms[3])) if ms else None, notes)
    rows.append(("marginal reliability, LSAT-6 2PL items", f"{rel:.4f}", "n/a" if mr is None else f"{mr:.4f}", ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'ours':<34}  {'mirt':<34}  girth")
    for r in rows:
        print(f"{r[0]:<{width}}  {r[1]:<34}  {r[2]:<34}  {r[3]}")
    for n in notes:
        print("note:", n)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
