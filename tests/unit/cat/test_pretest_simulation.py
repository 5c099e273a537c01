"""Pretest seeding in the numpy engine end to end through dreamseed-admin (issue 18): simulate
an adaptive exam that seeds new items unscored (its figures equal the run without them), then
calibrate the new items from the collected answers with the operational items as fixed anchors."""
from __future__ import annotations

import argparse
import csv
import json

import numpy as np
import pytest

from dreamseed_desktop.cat.bank import ItemBank
from dreamseed_desktop.cat.config import CatConfig
from dreamseed_desktop.cat.simulation import simulate
from dreamseed_desktop.cli import cat_cmds


def _banks(n_old: int = 120, n_new: int = 12, seed: int = 2) -> tuple[ItemBank, ItemBank]:
    rng = np.random.default_rng(seed)

    def make(prefix: str, n: int) -> ItemBank:
        return ItemBank.from_records([{"item_id": f"{prefix}{k:03d}", "a": float(rng.uniform(0.8, 2.0)),
                                       "b": float(rng.normal(0, 1)), "c": 0.0} for k in range(n)])
    return make("I", n_old), make("N", n_new)


def test_simulation_with_pretest_items_scores_like_without() -> None:
    bank, new = _banks()
    config = CatConfig(min_items=6, max_items=20, se_target=0.35, randomesque_k=3)
    plain = simulate(bank, config, 300, seed=4)
    seeded = simulate(bank, config.with_changes(pretest_items=2), 300, seed=4, pretest_bank=new)
    same = ("rmse", "bias", "correlation", "mean_length", "min_length", "max_length", "stop_reasons",
            "exposure_max", "overlap_rate", "marginal_reliability")
    assert {k: getattr(plain, k) for k in same} == {k: getattr(seeded, k) for k in same}
    assert sum(seeded.pretest_answers.values()) == 600 and set(seeded.pretest_answers) <= set(new.item_ids)
    assert plain.pretest_answers == {}
    with pytest.raises(ValueError, match="not be in the bank"):
        simulate(bank, config.with_changes(pretest_items=1), 5, pretest_bank=bank)


@pytest.mark.slow
def test_pretest_answers_calibrate_with_fixed_anchors_through_the_cli(tmp_path, capsys) -> None:
    bank, new = _banks()
    bank_csv, new_csv = tmp_path / "bank.csv", tmp_path / "new.csv"
    for path, b in ((bank_csv, bank), (new_csv, new)):
        path.write_text("item_id,a,b,c\n" + "\n".join(
            f"{i},{b.a[k]},{b.b[k]},0" for k, i in enumerate(b.item_ids)) + "\n")
    config = tmp_path / "design.json"
    config.write_text(json.dumps({"min_items": 8, "max_items": 20, "se_target": 0.3, "randomesque_k": 3}))
    parser = argparse.ArgumentParser()
    cat_cmds.register(parser.add_subparsers(dest="command"))
    resp, report = tmp_path / "resp.csv", tmp_path / "report.json"
    args = parser.parse_args(["simulate", "--bank", str(bank_csv), "--config", str(config), "--examinees", "2000",
                              "--pretest-items", "3", "--pretest-bank", str(new_csv),
                              "--responses-out", str(resp), "--out", str(report), "--seed", "8"])
    assert args.func(args) == 0
    assert "pretest: 3 per sitting, items: 12" in capsys.readouterr().out
    out = json.loads(report.read_text())
    assert sum(out["pretest_answers"].values()) == 6000 and out["config"]["pretest_items"] == 3
    params = tmp_path / "params.csv"
    args = parser.parse_args(["calibrate", "--model", "2pl", "--a-prior", "none", "--responses", str(resp),
                              "--anchors", str(bank_csv), "--no-drift-check", "--out", str(params)])
    assert args.func(args) == 0
    rows = {r["item_id"]: r for r in csv.DictReader(open(params))}
    assert all(rows[i]["flag"] == "fixed" for i in bank.item_ids if i in rows)
    est = np.array([float(rows[i]["b"]) for i in new.item_ids])
    rmse_b = float(np.sqrt(np.mean((est - new.b) ** 2)))
    assert rmse_b < 0.2, rmse_b       # ~500 answers per new item, on the bank's scale
    # without the pretest answers the new items could not be calibrated at all
    assert not any(i in rows for i in new.item_ids if out["pretest_answers"].get(i, 0) == 0)


def test_cli_refuses_pretest_items_without_new_items(tmp_path, capsys) -> None:
    parser = argparse.ArgumentParser()
    cat_cmds.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["simulate", "--demo-bank", "60", "--pretest-items", "2",
                              "--out", str(tmp_path / "r.json")])
    assert args.func(args) == 1
    assert "--pretest-bank" in capsys.readouterr().err
