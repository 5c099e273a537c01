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
    assert list(rows[0]) == ["item_id", "a", "b", "c", "se_a", "se_b", "se_c", "fit"]
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
        est = {r["item_id"]: float(r["b"]) for r in csv.DictReader(fh)}
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["item_id"]] = counts.get(r["item_id"], 0) + 1
    busy = [i for i, n in counts.items() if n >= 150]
    assert len(busy) >= 10
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
