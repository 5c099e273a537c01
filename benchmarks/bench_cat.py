"""Benchmark of the DreamSeed CAT/IRT engine against catsim 0.21, mirt (PyPI) and girth.

Peers come from the optional ``bench`` extra (``pip install -e .[bench]``);
a peer that cannot be imported is reported as missing and skipped.

What is measured, in one run and on the same simulated responses:

1. Per CAT step (select the next item + update theta), fixed length tests:
   * bank of 500 items, ``--simulees`` (default 1000) x ``--length`` (30);
   * bank of 10,000 items (``--big-simulees`` simulees, default 300,
     because they need seconds per test there; the figure is per step).
   Ours runs twice: EAP (vs mirt's ``CATEngine``, EAP) and bounded MLE on
   [-6, 6] (vs catsim ``MaxInfoSelector`` + ``NumericalSearchEstimator``,
   which searches [-6, 6]; catsim uses Dodd's heuristic until the pattern is
   mixed, ours the documented bound rule).  Every simulee has one uniform
   number per bank item, so an item gets the same answer whichever engine
   gives it.  RMSE of the final theta against the true theta is reported.
2. Theta agreement on identical response strings: the item/answer sequences
   of our runs (prefixes of 5, 10 and 30 items) are re-scored by catsim's
   MLE (mixed patterns only) and by ``mirt.fscores`` EAP; ours uses the same
   settings (MLE bounds [-6, 6]; EAP with N(0,1) prior on a fine grid,
   mirt with 201 Gauss-Hermite points: with 61 its own quadrature error on
   peaked posteriors is ~2e-3).
3. Calibration, 2PL, 5,000 persons x 100 items from known parameters:
   wall time against ``mirt.fit_mirt`` and parameter RMSE against
   ``girth.twopl_mml`` (both peers' time and RMSE are shown).

Usage::

    python benchmarks/bench_cat.py            # full run (several minutes)
    python benchmarks/bench_cat.py --quick    # small smoke run
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dreamseed_desktop.cat import CatConfig, CatSession, ItemBank, calibrate, eap, mle
from dreamseed_desktop.cat.estimation import QuadratureGrid
from dreamseed_desktop.cat.selection import ItemSelector

warnings.filterwarnings("ignore")

#: per-step figures use the CPU time of this process (``--clock cpu``, default):
#: on a shared machine the wall clock also counts other programs' work.
CLOCK: Callable[[], float] = time.process_time


def make_bank(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = np.clip(np.exp(rng.normal(np.log(1.2), 0.25, n)), 0.4, 2.8)
    b = np.clip(rng.normal(0, 1, n), -3, 3)
    c = rng.uniform(0.15, 0.25, n)
    return a, b, c


class Responder:
    """Simulee k answers item j correctly iff U[k, j] < P_j(theta_k)."""

    def __init__(self, a, b, c, thetas, seed: int) -> None:
        self.a, self.b, self.c, self.thetas, self.seed = a, b, c, thetas, seed

    def for_simulee(self, k: int) -> Callable[[int], int]:
        u = np.random.default_rng([self.seed, k]).random(self.a.size)
        t = self.thetas[k]
        a, b, c = self.a, self.b, self.c
        return lambda j: int(u[j] < c[j] + (1 - c[j]) / (1 + math.exp(-a[j] * (t - b[j]))))


def rmse(x, y) -> float:
    return float(np.sqrt(np.mean((np.asarray(x) - np.asarray(y)) ** 2)))


# ----------------------------------------------------------------------------- engines
class Acc:
    """Accumulates one engine's time and estimates over interleaved blocks of simulees."""

    def __init__(self) -> None:
        self.time, self.steps, self.est, self.true, self.seqs = 0.0, 0, [], [], []

    def summary(self) -> dict[str, Any]:
        return {"step_us": 1e6 * self.time / max(self.steps, 1), "rmse": rmse(self.est, self.true),
                "n": len(self.est), "seqs": self.seqs}


def run_ours(a, b, c, thetas, resp: Responder, length: int, estimator: str, ks, acc: Acc) -> None:
    key = (a.size, estimator, length)
    if key not in _OURS:
        bank = ItemBank(tuple(f"i{j}" for j in range(a.size)), a, b, c)
        cfg = CatConfig(estimator=estimator, max_items=length, min_items=length, se_target=None,
                        mle_min=-6.0, mle_max=6.0)
        _OURS[key] = (bank, cfg, ItemSelector(bank, cfg))
    bank, cfg, selector = _OURS[key]
    est, seqs, total = acc.est, acc.seqs, 0.0
    for k in ks:
        answer = resp.for_simulee(k)
        t0 = CLOCK()
        s = CatSession(bank, cfg, selector=selector, rng=k)
        while (j := s.next_index()) is not None:
            s.record_index(j, answer(j))
        theta = s.theta
        total += CLOCK() - t0
        est.append(theta)
        acc.true.append(thetas[k])
        seqs.append((list(s.administered), list(s.responses)))
    acc.time += total
    acc.steps += len(ks) * length


_OURS: dict[Any, Any] = {}


def run_catsim(a, b, c, thetas, resp: Responder, length: int, ks, acc: Acc) -> None:
    from catsim.estimation import NumericalSearchEstimator
    from catsim.item_bank import ItemBank as CsBank
    from catsim.selection import MaxInfoSelector

    bank = CsBank(np.column_stack([a, b, c, np.ones_like(a)]))
    sel, estr = MaxInfoSelector(), NumericalSearchEstimator()
    est, total = acc.est, 0.0
    for k in ks:
        answer = resp.for_simulee(k)
        t0 = CLOCK()
        theta, items, resps = 0.0, [], []
        for _ in range(length):
            j = int(sel.select(item_bank=bank, administered_items=items, est_theta=theta))
            items.append(j)
            resps.append(bool(answer(j)))
            theta = float(estr.estimate(item_bank=bank, administered_items=items, response_vector=resps,
                                        est_theta=theta))
        total += CLOCK() - t0
        est.append(theta)
        acc.true.append(thetas[k])
    acc.time += total
    acc.steps += len(ks) * length


def mirt_model(a, b, c):
    import mirt

    m = mirt.ThreeParameterLogistic(n_items=a.size)
    m.set_parameters(discrimination=a, difficulty=b, guessing=c)
    m._is_fitted = True  # parameters are given, not fitted: mark the model usable for CAT/scoring
    return m


_MIRT: dict[Any, Any] = {}


def run_mirt(a, b, c, thetas, resp: Responder, length: int, ks, acc: Acc) -> None:
    from mirt.cat import CATEngine
    from mirt.cat.stopping import MaxItemsStop

    if (a.size, length) not in _MIRT:
        _MIRT[(a.size, length)] = CATEngine(mirt_model(a, b, c), item_selection="MFI",
                                            stopping_rule=MaxItemsStop(length), scoring_method="EAP",
                                            max_items=length, seed=0)
    eng = _MIRT[(a.size, length)]
    est, total = acc.est, 0.0
    for k in ks:
        answer = resp.for_simulee(k)
        t0 = CLOCK()
        eng.reset()
        st = eng.get_current_state()
        while not st.is_complete:
            st = eng.administer_item(answer(int(st.next_item)))
        total += CLOCK() - t0
        est.append(float(st.theta))
        acc.true.append(thetas[k])
    acc.time += total
    acc.steps += len(ks) * length


def guarded(name: str, fn: Callable[[], Any], notes: list[str]) -> Any:
    try:
        return fn()
    except Exception as exc:  # noqa: BLE001 - a peer that is missing or whose API changed is reported, not fatal
        notes.append(f"{name}: not measured ({type(exc).__name__}: {exc})")
        return None


# -------------------------------------------------------------------------- agreement
def agreement(a, b, c, seqs, notes: list[str]) -> dict[str, float | None]:
    prefixes = (5, 10, 30)
    out: dict[str, float | None] = {"catsim_mle": None, "mirt_eap": None}
    pats = [(items[:n], resps[:n]) for items, resps in seqs for n in prefixes if n <= len(items)]

    def cs() -> dict[str, Any]:
        from catsim.estimation import NumericalSearchEstimator
        from catsim.item_bank import ItemBank as CsBank

        bank = CsBank(np.column_stack([a, b, c, np.ones_like(a)]))
        estr = NumericalSearchEstimator()
        diffs = []
        for items, resps in pats:
            if 0 < sum(resps) < len(resps):
                theirs = estr.estimate(item_bank=bank, administered_items=items,
                                       response_vector=[bool(r) for r in resps], est_theta=0.0)
                ours = mle(resps, a[items], b[items], c[items], bounds=(-6.0, 6.0))[0]
                diffs.append(abs(theirs - ours))
        return {"max": max(diffs), "n": len(diffs)}

    def mi() -> dict[str, Any]:
        import mirt

        mat = np.full((len(pats), a.size), -1, dtype=int)
        for r, (items, resps) in enumerate(pats):
            mat[r, items] = resps
        sc = mirt.fscores(mirt_model(a, b, c), mat, method="EAP", n_quadpts=201)
        theirs = np.asarray(getattr(sc, "theta", None) if hasattr(sc, "theta") else sc).reshape(-1)
        grid = QuadratureGrid(-6.0, 6.0, 241)
        ours = np.array([eap(resps, a[items], b[items], c[items], grid)[0] for items, resps in pats])
        return {"max": float(np.max(np.abs(theirs - ours))), "n": len(pats)}

    r1 = guarded("catsim agreement", cs, notes)
    r2 = guarded("mirt agreement", mi, notes)
    out["catsim_mle"] = r1["max"] if r1 else None
    out["mirt_eap"] = r2["max"] if r2 else None
    out["n_catsim"] = r1["n"] if r1 else 0
    out["n_mirt"] = r2["n"] if r2 else 0
    return out


# ------------------------------------------------------------------------ calibration
def calibration(n_persons: int, n_items: int, seed: int, notes: list[str]) -> dict[str, Any]:
    rng = np.random.default_rng(seed)
    a = np.exp(rng.normal(0.0, 0.25, n_items))
    b = np.clip(rng.normal(0, 1, n_items), -2.5, 2.5)
    th = rng.normal(size=n_persons)
    x = (rng.random((n_persons, n_items)) < 1 / (1 + np.exp(-a * (th[:, None] - b)))).astype(np.int64)
    p, i = np.nonzero(np.ones_like(x))
    res: dict[str, Any] = {}
    t0 = time.perf_counter()
    ours = calibrate(p, i, x.ravel(), "2pl")
    res["ours"] = {"time_s": time.perf_counter() - t0, "rmse_a": rmse(ours.a, a), "rmse_b": rmse(ours.b, b)}
    res["ours_1thread"] = None
    try:  # on a busy machine a multi-threaded BLAS can be much slower than one thread
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            t0 = time.perf_counter()
            calibrate(p, i, x.ravel(), "2pl")
            res["ours_1thread"] = {"time_s": time.perf_counter() - t0}
    except ImportError:
        notes.append("threadpoolctl not installed: single-thread BLAS calibration time not measured")

    def mi() -> dict[str, Any]:
        import mirt

        t0 = time.perf_counter()
        fit = mirt.fit_mirt(x, model="2PL")
        t = time.perf_counter() - t0
        return {"time_s": t, "rmse_a": rmse(fit.model.discrimination, a), "rmse_b": rmse(fit.model.difficulty, b)}

    def gi() -> dict[str, Any]:
        import girth

        t0 = time.perf_counter()
        fit = girth.twopl_mml(x.T)
        t = time.perf_counter() - t0
        return {"time_s": t, "rmse_a": rmse(fit["Discrimination"], a), "rmse_b": rmse(fit["Difficulty"], b)}

    res["mirt"] = guarded("mirt calibration", mi, notes)
    res["girth"] = guarded("girth calibration", gi, notes)
    return res


# ----------------------------------------------------------------------------- report
def fmt(v: float | None, spec: str = ".1f") -> str:
    return "n/a" if v is None else format(v, spec)


def ratio(theirs: float | None, ours: float | None) -> str:
    return "n/a" if theirs is None or not ours else f"{theirs / ours:.1f}x"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--simulees", type=int, default=1000)
    ap.add_argument("--length", type=int, default=30)
    ap.add_argument("--big-bank", type=int, default=10_000)
    ap.add_argument("--big-simulees", type=int, default=300, help="simulees on the big bank (peers and ours)")
    ap.add_argument("--peer-simulees", type=int, default=None, help="limit peers on the 500-item bank")
    ap.add_argument("--persons", type=int, default=5000)
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--block", type=int, default=25, help="simulees per interleaved block")
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="cpu: process CPU time (robust to other load, default); wall: elapsed time")
    args = ap.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    if args.quick:
        args.simulees, args.big_simulees, args.persons, args.items = 40, 5, 1000, 30
    notes: list[str] = []
    rows: list[tuple[str, str, str, str, str, str]] = []
    figures: dict[str, Any] = {}

    for label, n_bank, n_sim, n_peer in (
        ("500-item bank", 500, args.simulees, args.peer_simulees or args.simulees),
        (f"{args.big_bank}-item bank", args.big_bank, args.big_simulees, args.big_simulees),
    ):
        a, b, c = make_bank(n_bank, args.seed)
        thetas = np.random.default_rng([args.seed, n_bank]).normal(size=n_sim)
        resp = Responder(a, b, c, thetas, args.seed)
        # engines run in interleaved blocks of simulees so that a change of machine
        # load during the run affects all of them alike
        accs = {name: Acc() for name in ("ours_eap", "ours_mle", "catsim", "mirt")}
        alive = {"catsim": True, "mirt": True}
        for start in range(0, n_sim, args.block):
            ks = list(range(start, min(start + args.block, n_sim)))
            run_ours(a, b, c, thetas, resp, args.length, "eap", ks, accs["ours_eap"])
            run_ours(a, b, c, thetas, resp, args.length, "mle", ks, accs["ours_mle"])
            pk = [k for k in ks if k < n_peer]
            for peer, fn in (("catsim", run_catsim), ("mirt", run_mirt)):
                if pk and alive[peer]:
                    call = functools.partial(fn, a, b, c, thetas, resp, args.length, pk, accs[peer])
                    alive[peer] = guarded(peer, lambda call=call: call() or True, notes)
        ours_eap, ours_mle = accs["ours_eap"].summary(), accs["ours_mle"].summary()
        cs = accs["catsim"].summary() if alive["catsim"] and accs["catsim"].steps else None
        mi = accs["mirt"].summary() if alive["mirt"] and accs["mirt"].steps else None
        # like-for-like RMSE: ours on the same simulees the peers ran
        n_cmp = min(n_peer, n_sim)
        ours_eap["rmse_peer_set"] = rmse(accs["ours_eap"].est[:n_cmp], thetas[:n_cmp])
        ours_mle["rmse_peer_set"] = rmse(accs["ours_mle"].est[:n_cmp], thetas[:n_cmp])
        figures[label] = {"ours_eap": {k: v for k, v in ours_eap.items() if k != "seqs"},
                          "ours_mle": {k: v for k, v in ours_mle.items() if k != "seqs"},
                          "catsim": cs and {k: v for k, v in cs.items() if k != "seqs"},
                          "mirt": mi and {k: v for k, v in mi.items() if k != "seqs"},
                          "n_sim": n_sim, "n_peer": n_peer}
        rows.append((f"{label}: us per step, MLE vs catsim ({n_sim}/{n_peer} sim)", fmt(ours_mle["step_us"]),
                     fmt(cs and cs["step_us"]), "", ratio(cs and cs["step_us"], ours_mle["step_us"]), ""))
        rows.append((f"{label}: us per step, EAP vs mirt ({n_sim}/{n_peer} sim)", fmt(ours_eap["step_us"]),
                     "", fmt(mi and mi["step_us"]), "", ratio(mi and mi["step_us"], ours_eap["step_us"])))
        rows.append((f"{label}: RMSE MLE (ours, peer simulees) / catsim", fmt(ours_mle["rmse_peer_set"], ".3f"),
                     fmt(cs and cs["rmse"], ".3f"), "", "", ""))
        rows.append((f"{label}: RMSE EAP (ours, peer simulees) / mirt", fmt(ours_eap["rmse_peer_set"], ".3f"), "",
                     fmt(mi and mi["rmse"], ".3f"), "", ""))
        if n_bank == 500:
            k = min(200, len(ours_eap["seqs"]))
            ag = agreement(a, b, c, ours_mle["seqs"][:k] + ours_eap["seqs"][:k], notes)
            figures["agreement"] = ag
            rows.append((f"max |theta diff| same responses (catsim {ag['n_catsim']}, mirt {ag['n_mirt']} strings)",
                         "-", fmt(ag["catsim_mle"], ".1e"), fmt(ag["mirt_eap"], ".1e"), "", ""))

    cal = calibration(args.persons, args.items, args.seed, notes)
    figures["calibration"] = cal
    o, m, g = cal["ours"], cal["mirt"], cal["girth"]
    rows.append((f"2PL calibration {args.persons}x{args.items}: seconds", fmt(o["time_s"], ".2f"), "",
                 fmt(m and m["time_s"], ".2f") + (f" / girth {fmt(g and g['time_s'], '.2f')}"), "",
                 ratio(m and m["time_s"], o["time_s"])))
    if cal["ours_1thread"]:
        o1 = cal["ours_1thread"]["time_s"]
        rows.append(("2PL calibration: seconds, ours with 1 BLAS thread", fmt(o1, ".2f"), "",
                     fmt(m and m["time_s"], ".2f"), "", ratio(m and m["time_s"], o1)))
    for par in ("a", "b"):
        rows.append((f"2PL calibration: RMSE {par} (ours / girth / mirt)", fmt(o[f"rmse_{par}"], ".4f"),
                     fmt(g and g[f"rmse_{par}"], ".4f") + " (girth)", fmt(m and m[f"rmse_{par}"], ".4f"),
                     "", ""))

    head = ("measure", "ours", "catsim / girth", "mirt", "catsim/ours", "mirt/ours")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(6)]
    line = " | ".join(h.ljust(w) for h, w in zip(head, widths))
    print(line)
    print("-|-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(v.ljust(w) for v, w in zip(r, widths)))
    print(f"note: per-step times are {'process CPU' if args.clock == 'cpu' else 'wall-clock'} time; "
          "engines ran in interleaved blocks on the same simulees and answers; "
          "calibration times are wall-clock (all engines may use several threads)")
    for n in notes:
        print("note:", n)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, default=float))
    return 0


if __name__ == "__main__":
    sys.exit(main())
