"""Fixed-anchor calibration (anchors fixed, ability distribution estimated) and anchor drift."""
from __future__ import annotations

import numpy as np
import pytest

from dreamseed_desktop.cat.anchoring import calibrate_with_anchors, robust_z
from dreamseed_desktop.cat.calibration import calibrate, calibrate_long

JA, JN = 30, 10


def rmse(x, y):
    return float(np.sqrt(np.mean((np.asarray(x) - np.asarray(y)) ** 2)))


@pytest.fixture(scope="module")
def bank():
    rng = np.random.default_rng(7)
    return np.exp(rng.normal(0.1, 0.25, JA + JN)), rng.normal(0, 1, JA + JN)


def data(bank, seed, drift=(), pretest_share=1.0, n=3000, mean=0.5, sd=1.2):
    """Students from N(mean, sd^2) (not the bank's N(0, 1)); anchors in ``drift`` are 0.8
    harder than the bank says; new items are answered by ``pretest_share`` of the students."""
    a, b = bank
    rng = np.random.default_rng(seed)
    th = rng.normal(mean, sd, n)
    bt = b.copy()
    bt[list(drift)] += 0.8
    X = (rng.random((n, JA + JN)) < 1 / (1 + np.exp(-a * (th[:, None] - bt)))).astype(int)
    seen = np.ones_like(X, dtype=bool)
    seen[:, JA:] = rng.random((n, JN)) < pretest_share
    p, i = np.nonzero(seen)
    return [f"P{k}" for k in p], [f"I{k:02d}" for k in i], X[seen]


def anchors(bank):
    a, b = bank
    return {f"I{k:02d}": (float(a[k]), float(b[k]), 0.0) for k in range(JA)}


def new_rmse(res, bank):
    a, b = bank
    idx = [k for k, iid in enumerate(res.item_ids) if int(iid[1:]) >= JA]
    true = [int(res.item_ids[k][1:]) for k in idx]
    return rmse(res.b[idx], b[true]), rmse(res.a[idx], a[true])


def free_then_mean_mean(pid, iid, x, bank):
    """The alternative: free calibration of everything, then mean/mean linking on the anchors."""
    a, b = bank
    f = calibrate_long(pid, iid, x, "2pl", a_prior_sd=None)
    k = [j for j, v in enumerate(f.item_ids) if int(v[1:]) < JA]
    true = [int(f.item_ids[j][1:]) for j in k]
    A = np.mean(f.a[k]) / np.mean(a[true])
    B = np.mean(b[true]) - A * np.mean(f.b[k])
    f.b, f.a = A * f.b + B, f.a / A
    return f


@pytest.mark.slow
def test_fixed_anchor_recovery_matches_a_full_calibration_and_keeps_old_items(bank):
    a, b = bank
    pid, iid, x = data(bank, seed=1, pretest_share=0.4)  # new items: pretest for 40 %
    res = calibrate_long(pid, iid, x, "2pl", anchor_params=anchors(bank), a_prior_sd=None)
    assert res.converged and res.distribution_estimated
    # the old items are exactly the bank's
    for k, item in enumerate(res.item_ids):
        if int(item[1:]) < JA:
            assert res.fixed[k] and res.flags[k] == "fixed"
            assert (res.a[k], res.b[k], res.c[k]) == (a[int(item[1:])], b[int(item[1:])], 0.0)
            assert np.isnan(res.se_b[k])
    # the students' distribution (N(0.5, 1.2^2)) is estimated on the bank's scale
    assert res.theta_mean == pytest.approx(0.5, abs=0.08) and res.theta_sd == pytest.approx(1.2, abs=0.08)
    fipc_b, fipc_a = new_rmse(res, bank)
    full_b, full_a = new_rmse(free_then_mean_mean(pid, iid, x, bank), bank)
    assert fipc_b < 0.2 and fipc_b <= full_b * 1.25 + 0.02
    assert fipc_a <= full_a * 1.25 + 0.02
    s = res.summary()
    assert s["method"] == "fixed anchors (30 items)" and len(s["anchors"]) == JA
    assert s["ability_distribution"].endswith("estimated")
    assert np.all(np.abs(res.displacement[res.fixed]) < 0.3)  # no drift: small displacements


@pytest.mark.slow
def test_drifted_anchors_are_found_released_and_reported(bank):
    pid, iid, x = data(bank, seed=2, drift=(0, 1, 2))
    plain = calibrate_long(pid, iid, x, "2pl", anchor_params=anchors(bank), a_prior_sd=None)
    res, report = calibrate_with_anchors(pid, iid, x, "2pl", anchors(bank), a_prior_sd=None)
    dropped = sorted(r.item_id for r in report if r.dropped)
    assert dropped == ["I00", "I01", "I02"]
    assert all(r.displacement > 0.5 and r.robust_z > 2.7 for r in report if r.dropped)
    assert len(report) == JA and all(abs(r.robust_z) <= 2.7 for r in report if not r.dropped)
    # released anchors are re-estimated (free), close to where their answers put them
    for k, item in enumerate(res.item_ids):
        if item in dropped:
            assert not res.fixed[k] and res.b[k] == pytest.approx(bank[1][int(item[1:])] + 0.8, abs=0.25)
    # dropping them makes the new items better than keeping drifted anchors fixed
    assert new_rmse(res, bank)[0] < new_rmse(plain, bank)[0]
    assert new_rmse(res, bank)[0] < 0.2


def test_robust_z_and_anchor_validation():
    z = robust_z([0.0, 0.1, -0.1, 0.05, -0.05, 2.0])
    assert z[-1] > 10 and np.all(np.abs(z[:-1]) < 2)
    assert np.isnan(robust_z([0.1, 0.1, 0.1, 0.1])).all()  # MAD 0: no z
    p = np.array([0, 0, 1, 1, 2, 2])
    i = np.array([0, 1, 0, 1, 0, 1])
    x = np.array([1, 0, 0, 1, 1, 1])
    with pytest.raises(ValueError):
        calibrate(p, i, x, "2pl", anchors={5: (1.0, 0.0, 0.0)})
    with pytest.raises(ValueError):
        calibrate(p, i, x, "2pl", anchors={0: (-1.0, 0.0, 0.0)})
    with pytest.raises(ValueError):
        calibrate(p, i, x, "1pl", anchors={0: (1.0, 0.0, 0.0), 1: (1.5, 0.0, 0.0)})
    with pytest.raises(ValueError):
        calibrate(p, i, x, "2pl", estimate_distribution=True)
    with pytest.raises(ValueError):
        calibrate_with_anchors(["a"], ["i"], [1], "2pl", {})


def test_rasch_anchors_fix_the_slope():
    rng = np.random.default_rng(3)
    b = rng.normal(0, 1, 25)
    th = rng.normal(-0.4, 1.0, 2500)
    X = (rng.random((2500, 25)) < 1 / (1 + np.exp(-(th[:, None] - b)))).astype(int)
    p, i = np.nonzero(np.ones_like(X))
    res = calibrate(p, i, X.ravel(), "1pl", anchors={k: (1.0, float(b[k]), 0.0) for k in range(20)})
    assert np.all(res.a == 1.0)
    assert rmse(res.b[20:], b[20:]) < 0.12
    assert res.theta_mean == pytest.approx(-0.4, abs=0.08)


@pytest.mark.slow
def test_fixed_anchor_calibration_through_the_cli(bank, tmp_path, capsys):
    import argparse
    import csv
    import json

    from dreamseed_desktop.cli import cat_cmds

    a, b = bank
    pid, iid, x = data(bank, seed=4, drift=(5,), pretest_share=0.5)
    resp = tmp_path / "resp.csv"
    resp.write_text("person_id,item_id,correct\n" + "\n".join(f"{p},{i},{v}" for p, i, v in zip(pid, iid, x)) + "\n")
    anchor_file = tmp_path / "bank.csv"
    anchor_file.write_text("item_id,a,b,c\n" + "\n".join(f"I{k:02d},{a[k]},{b[k]},0" for k in range(JA)) + "\n")
    parser = argparse.ArgumentParser()
    cat_cmds.register(parser.add_subparsers(dest="command"))
    out = tmp_path / "params.csv"
    args = parser.parse_args(["calibrate", "--model", "2pl", "--a-prior", "none", "--responses", str(resp),
                              "--anchors", str(anchor_file), "--out", str(out)])
    assert args.func(args) == 0
    printed = capsys.readouterr().out
    assert "fixed anchors: 29 items" in printed and "I05 (displacement +0." in printed
    assert "theta ~ N(0, 1)" not in printed
    rows = {r["item_id"]: r for r in csv.DictReader(open(out))}
    assert rows["I00"]["flag"] == "fixed" and float(rows["I00"]["b"]) == pytest.approx(b[0], abs=1e-6)
    assert rows["I05"]["flag"] == "" and float(rows["I05"]["b"]) == pytest.approx(b[5] + 0.8, abs=0.3)
    assert rows["I35"]["flag"] == "" and float(rows["I35"]["b"]) == pytest.approx(b[35], abs=0.3)
    s = json.loads((tmp_path / "params.summary.json").read_text())
    assert s["method"] == "fixed anchors (29 items)" and "I05" not in s["anchors"]
    released = [d["item_id"] for d in s["drift_check"]["anchors"] if d["released"]]
    assert released == ["I05"] and s["ability_distribution"].startswith("N(0.")
