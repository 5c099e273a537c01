"""End-to-end checks of the simulate/calibrate sub-commands via argparse."""
from __future__ import annotations

import argparse
import csv
import json

import numpy as np
import pytest

from dreamseed_desktop.cat import demo_item_bank, load_bank_csv, prob, save_bank_csv
from dreamseed_desktop.cli import cat_cmds


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dreamseed-admin")
    cat_cmds.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.func(args)


@pytest.fixture()
def bank_csv(tmp_path):
    path = tmp_path / "bank.csv"
    save_bank_csv(demo_item_bank(120, seed=3), path)
    return path


def test_bank_csv_round_trip(bank_csv):
    bank = load_bank_csv(bank_csv)
    ref = demo_item_bank(120, seed=3)
    assert bank.item_ids == ref.item_ids and np.array_equal(bank.b, ref.b) and bank.subject == ref.subject


def test_bank_csv_minimal_columns(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("item_id,a,b,c\nq1,1.1,0.2,\nq2,0.9,-0.5,0.2\n", encoding="utf-8")
    bank = load_bank_csv(path)
    assert bank.c.tolist() == [0.0, 0.2] and bank.subject == ()
    path.write_text("item_id,a\nq1,1\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_bank_csv(path)


def test_simulate_command(bank_csv, tmp_path, capsys):
    out = tmp_path / "result.json"
    assert run(["simulate", "--bank", str(bank_csv), "--examinees", "80", "--seed", "4", "--out", str(out)]) == 0
    rep = json.loads(out.read_text())
    assert rep["n_examinees"] == 80 and rep["bank_size"] == 120
    for key in ("rmse", "bias", "correlation", "mean_length", "min_length", "max_length", "bands",
                "exposure_max", "share_never_used", "overlap_rate", "algorithm_version", "config"):
        assert key in rep
    assert "RMSE" in capsys.readouterr().out
    out2 = tmp_path / "again.json"
    run(["simulate", "--bank", str(bank_csv), "--examinees", "80", "--seed", "4", "--out", str(out2)])
    a, b = json.loads(out2.read_text()), rep
    a.pop("seconds"), b.pop("seconds")
    assert a == b


def test_simulate_with_config_and_sympson_hetter(bank_csv, tmp_path):
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps({"exposure_control": "sympson_hetter", "exposure_target": 0.4, "max_items": 10,
                               "se_target": None, "content_targets": {"math": 0.5, "english": 0.5}}))
    out = tmp_path / "r.json"
    code = run(["simulate", "--bank", str(bank_csv), "--examinees", "100", "--seed", "1", "--config", str(cfg),
                "--sh-examinees", "100", "--sh-iterations", "4", "--out", str(out)])
    assert code == 0
    rep = json.loads(out.read_text())
    assert rep["config"]["exposure_parameters"] and rep["mean_length"] == 10


def test_simulate_demo_bank_and_errors(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert run(["simulate", "--demo-bank", "300", "--examinees", "20", "--seed", "2", "--out", str(out)]) == 0
    assert json.loads(out.read_text())["bank_size"] == 300
    bad = tmp_path / "bad.json"
    bad.write_text('{"max_itmes": 4}')
    assert run(["simulate", "--demo-bank", "50", "--examinees", "5", "--config", str(bad), "--out", str(out)]) == 1
    assert "max_itmes" in capsys.readouterr().err


@pytest.mark.parametrize("model", ["1pl", "2pl", "3pl"])
def test_calibrate_command(tmp_path, model):
    rng = np.random.default_rng(0)
    a, b = np.exp(rng.normal(0, 0.2, 12)), rng.normal(0, 1, 12)
    th = rng.normal(size=800)
    x = rng.random((800, 12)) < prob(th, a, b)
    resp = tmp_path / "resp.csv"
    with open(resp, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["person_id", "item_id", "correct"])
        for p in range(800):
            for i in range(12):
                if (p + i) % 4:  # 25 % missing
                    w.writerow([f"s{p}", f"item{i}", int(x[p, i])])
    out = tmp_path / "params.csv"
    assert run(["calibrate", "--model", model, "--responses", str(resp), "--out", str(out)]) == 0
    with open(out, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["item_id", "a", "b", "c", "se_a", "se_b", "se_c", "fit", "n_obs", "flag"]
    assert all(r["flag"] == "" and int(r["n_obs"]) == 600 for r in rows)
    assert sorted(r["item_id"] for r in rows) == sorted(f"item{i}" for i in range(12))
    rows.sort(key=lambda r: int(r["item_id"][4:]))
    est_b = np.array([float(r["b"]) for r in rows])
    assert np.corrcoef(est_b, b)[0, 1] > 0.95
    assert all(float(r["se_b"]) > 0 for r in rows)
    assert all((r["se_c"] == "") == (model != "3pl") for r in rows)


def test_calibrate_rejects_bad_file(tmp_path, capsys):
    resp = tmp_path / "resp.csv"
    resp.write_text("person,item,score\n1,2,1\n")
    assert run(["calibrate", "--model", "2pl", "--responses", str(resp), "--out", str(tmp_path / "o.csv")]) == 1
    assert "error" in capsys.readouterr().err


@pytest.mark.slow
def test_simulate_then_calibrate_cat_data_on_demo_bank(tmp_path):
    bank_path = tmp_path / "demo.csv"
    save_bank_csv(demo_item_bank(300), bank_path)
    resp = tmp_path / "resp.csv"
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps({"max_items": 20, "se_target": None, "randomesque_k": 5}))
    assert run(["simulate", "--bank", str(bank_path), "--examinees", "400", "--seed", "7", "--config", str(cfg),
                "--out", str(tmp_path / "r.json"), "--responses-out", str(resp)]) == 0
    with open(resp, newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 400 * 20 and set(rows[0]) == {"person_id", "item_id", "correct"}
    out = tmp_path / "params.csv"
    assert run(["calibrate", "--model", "2pl", "--responses", str(resp), "--out", str(out)]) in (0, 3)
    bank = load_bank_csv(bank_path)
    with open(out, newline="") as fh:
        est = {r["item_id"]: float(r["b"]) for r in csv.DictReader(fh) if r["b"]}
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["item_id"]] = counts.get(r["item_id"], 0) + 1
    busy = [i for i, n in counts.items() if n >= 150]
    assert len(busy) >= 10 and all(i in est for i in busy)
    true_b = np.array([bank.b[bank.index_of(i)] for i in busy])
    assert np.corrcoef(true_b, [est[i] for i in busy])[0, 1] > 0.8


def test_simulate_for_another_group_with_restricted_exposure(bank_csv, tmp_path, capsys):
    """--theta-mean/--theta-sd draw the simulees from another group than the design's prior."""
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps({"exposure_control": "restricted", "exposure_target": 0.3, "max_items": 10,
                               "se_target": None}))
    out = tmp_path / "r.json"
    assert run(["simulate", "--bank", str(bank_csv), "--examinees", "150", "--seed", "1", "--config", str(cfg),
                "--theta-mean", "1.5", "--theta-sd", "0.5", "--out", str(out)]) == 0
    rep = json.loads(out.read_text())
    assert rep["theta_mean"] == 1.5 and rep["theta_sd"] == 0.5
    assert rep["exposure_max"] <= 0.3 + 1 / 150
    # the simulees' abilities really came from N(1.5, 0.5): most sit in the top bands
    top = sum(b["n"] for b in rep["bands"] if b["lo"] is not None and b["lo"] >= 1.0)
    assert top > 100
    assert run(["simulate", "--bank", str(bank_csv), "--examinees", "5", "--theta-sd", "-1",
                "--out", str(out)]) == 1
    assert "--theta-sd" in capsys.readouterr().err


def _read_params(path):
    with open(path, newline="") as fh:
        return {r["item_id"]: r for r in csv.DictReader(fh)}


def test_published_lsat6_through_the_cli_without_prior(tmp_path, capsys):
    """Bock & Lieberman's LSAT-6 reproduces ltm's published MML estimates with --a-prior none."""
    from tests.unit.cat import published as pub

    resp = tmp_path / "lsat6.csv"
    pub.write_long_csv(resp, pub.lsat6_matrix())
    out = tmp_path / "p.csv"
    assert run(["calibrate", "--model", "2pl", "--a-prior", "none", "--responses", str(resp),
                "--out", str(out), "--tol", "1e-6", "--max-iter", "2000"]) == 0
    printed = capsys.readouterr().out
    assert "priors: a none" in printed
    rows = _read_params(out)
    b = np.array([float(rows[f"Item{k}"]["b"]) for k in range(1, 6)])
    a = np.array([float(rows[f"Item{k}"]["a"]) for k in range(1, 6)])
    # ltm stops at max|grad| 0.024 with 21 Gauss-Hermite points; the rest is its tolerance
    np.testing.assert_allclose(b, pub.LSAT6_2PL_B, atol=0.003)
    np.testing.assert_allclose(a, pub.LSAT6_2PL_A, atol=0.001)
    summary = json.loads((tmp_path / "p.summary.json").read_text())
    assert summary["log_likelihood"] == pytest.approx(pub.LSAT6_2PL_LOGLIK, abs=1e-3)
    assert summary["priors"] == {"a": "none", "c": "not used"} and summary["a_prior_sd"] is None
    assert summary["converged"] is True and summary["n_items_calibrated"] == 5
    # the default prior (stated, now changeable) moves the tail items by a few hundredths
    out2 = tmp_path / "p2.csv"
    assert run(["calibrate", "--model", "2pl", "--responses", str(resp), "--out", str(out2),
                "--tol", "1e-6", "--max-iter", "2000"]) == 0
    assert "priors: a lognormal(0, 1.5)" in capsys.readouterr().out
    rows2 = _read_params(out2)
    b2 = np.array([float(rows2[f"Item{k}"]["b"]) for k in range(1, 6)])
    assert np.abs(b2 - np.array(pub.LSAT6_2PL_B)).max() > 0.02
    # 1PL (common slope): to the published 4 decimals
    out3 = tmp_path / "p3.csv"
    assert run(["calibrate", "--model", "1pl", "--responses", str(resp), "--out", str(out3),
                "--tol", "1e-7", "--max-iter", "5000"]) == 0
    rows3 = _read_params(out3)
    np.testing.assert_allclose([float(rows3[f"Item{k}"]["b"]) for k in range(1, 6)], pub.LSAT6_1PL_B,
                               atol=2e-4)
    assert float(rows3["Item1"]["a"]) == pytest.approx(pub.LSAT6_1PL_A, abs=1e-4)
    assert json.loads((tmp_path / "p3.summary.json").read_text())["log_likelihood"] == pytest.approx(
        pub.LSAT6_1PL_LOGLIK, abs=1e-3)


def test_calibrate_flags_degenerate_items_and_reports_them(tmp_path, capsys):
    rng = np.random.default_rng(5)
    a, b = np.exp(rng.normal(0, 0.2, 8)), rng.normal(0, 0.8, 8)
    th = rng.normal(size=400)
    x = (rng.random((400, 8)) < prob(th, a, b)).astype(int)
    resp = tmp_path / "resp.csv"
    lines = ["person_id,item_id,correct"]
    for p in range(400):
        lines += [f"s{p},item{i},{x[p, i]}" for i in range(8)]
        lines.append(f"s{p},easy,1")  # everyone right
        lines.append(f"s{p},hard,0")  # everyone wrong
        if p < 30:
            lines.append(f"s{p},rare,{p % 2}")  # 30 answers < 50
    lines.append("lonely,item0,1")  # a person with one answer
    resp.write_text("\n".join(lines) + "\n")
    out = tmp_path / "params.csv"
    assert run(["calibrate", "--model", "2pl", "--responses", str(resp), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    rows = _read_params(out)
    for iid, flag in (("easy", "all_correct"), ("hard", "all_wrong"), ("rare", "too_few_answers")):
        assert rows[iid]["flag"] == flag and rows[iid]["b"] == "" and rows[iid]["se_b"] == ""
        assert f"item {iid}: left uncalibrated" in captured.err
    assert all(rows[f"item{i}"]["flag"] == "" and -4 < float(rows[f"item{i}"]["b"]) < 4 for i in range(8))
    summary = json.loads(out.with_name("params.summary.json").read_text())
    assert summary["n_items"] == 11 and summary["n_items_calibrated"] == 8
    assert summary["n_persons"] == 401 and summary["n_persons_one_answer"] == 1
    assert summary["min_answers"] == 50
    flags = {i["item_id"]: i["flags"] for i in summary["items"]}
    assert flags["easy"] == ["all_correct"] and flags["item0"] == []
    assert "persons with a single usable answer: 1, with none: 0" in captured.err
    # lowering the minimum calibrates the rare item too
    assert run(["calibrate", "--model", "2pl", "--responses", str(resp), "--out", str(out),
                "--min-answers", "20"]) == 0
    assert _read_params(out)["rare"]["flag"] in ("", "at_bound")


@pytest.mark.parametrize("option,value", [("--a-prior", "normal:1"), ("--a-prior", "lognormal:-1"),
                                          ("--c-prior", "beta:5"), ("--c-prior", "beta:0.5,3"),
                                          ("--min-answers", "0")])
def test_calibrate_rejects_bad_priors(tmp_path, capsys, option, value):
    resp = tmp_path / "resp.csv"
    resp.write_text("person_id,item_id,correct\n1,a,1\n2,a,0\n")
    out = tmp_path / "o.csv"
    assert run(["calibrate", "--responses", str(resp), "--out", str(out), option, value]) == 1
    assert "error" in capsys.readouterr().err and not out.exists()


def test_calibrate_3pl_without_c_prior_states_it(tmp_path, capsys):
    rng = np.random.default_rng(2)
    a, b, c = np.exp(rng.normal(0.2, 0.2, 10)), rng.normal(0, 1, 10), np.full(10, 0.2)
    th = rng.normal(size=1500)
    x = (rng.random((1500, 10)) < prob(th, a, b, c)).astype(int)
    resp = tmp_path / "r.csv"
    resp.write_text("person_id,item_id,correct\n" + "\n".join(
        f"p{p},i{j},{x[p, j]}" for p in range(1500) for j in range(10)) + "\n")
    out = tmp_path / "o.csv"
    code = run(["calibrate", "--model", "3pl", "--c-prior", "none", "--a-prior", "lognormal:1",
                "--responses", str(resp), "--out", str(out)])
    assert code in (0, 3)
    assert "priors: a lognormal(0, 1), c none" in capsys.readouterr().out
    s = json.loads((tmp_path / "o.summary.json").read_text())
    assert s["priors"] == {"a": "lognormal(0, 1)", "c": "none"} and s["c_prior"] is None
    assert s["quadrature"]["points"] == 41 and s["iterations"] >= 1
