"""``dreamseed-admin itemfit``, ``dif`` and ``reliability``: checks a psychometrician expects.

itemfit
    S-X2 (Orlando-Thissen) with df and p-value, and infit/outfit mean squares, of every item
    in PARAMS.csv from long responses ``person_id,item_id,correct``. S-X2 assumes the items
    were not chosen adaptively (fixed forms, booklets, paper tests); see docs/cat.md.
dif
    Mantel-Haenszel DIF between two groups of persons (GROUPS.csv: ``person_id,group``)
    with the ETS A/B/C classes; matched on number correct, or on EAP θ strata with --params
    (adaptive data).
reliability
    Marginal reliability of a bank taken as one fixed test and of a CAT design (simulated),
    and the test-information curve (``--curve-out``).
Exit codes: 0 done, 1 bad input (nothing written).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

import numpy as np

from dreamseed_desktop.cat import CatConfig, load_bank_csv, load_responses_csv, simulate
from dreamseed_desktop.cat.dif import mantel_haenszel, theta_strata
from dreamseed_desktop.cat.estimation import QuadratureGrid
from dreamseed_desktop.cat.fit import infit_outfit, sx2
from dreamseed_desktop.cat.reliability import information_curve, reliability_of_items
from dreamseed_desktop.cat.wle import wle_matrix
from dreamseed_desktop.cli.cat_cmds import add_simulees_arguments
from dreamseed_desktop.cli.common import output_file
from dreamseed_desktop.cli.i18n import error_line, fill, input_problem, translate
from dreamseed_desktop.services.psychometrics.threads import pinned_blas

N_PARAMS = {"1pl": 1, "2pl": 2, "3pl": 3}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    responses_help = translate("Cli", "long format person_id,item_id,correct")
    fit = sub.add_parser("itemfit", help=translate("Cli", "item fit: S-X2 with p-value, infit/outfit"),
                         description=translate("Cli", "Orlando-Thissen S-X2 and infit/outfit of calibrated items."))
    fit.add_argument("--responses", type=Path, required=True, metavar="RESP.csv", help=responses_help)
    fit.add_argument("--params", type=Path, required=True, metavar="PARAMS.csv",
                     help=translate("Cli", "item_id,a,b[,c] (the output of calibrate, or a bank CSV)"))
    fit.add_argument("--model", choices=tuple(N_PARAMS), default="2pl",
                     help=translate("Cli", "model the parameters were estimated with (degrees of freedom)"))
    fit.add_argument("--theta", choices=("eap", "wle"), default="eap",
                     help=translate("Cli", "ability estimate used for infit/outfit (default eap)"))
    fit.add_argument("--out", type=output_file, required=True, metavar="FIT.csv",
                     help=translate("Cli", "where the fit table goes (CSV)"))
    fit.set_defaults(func=run_itemfit)

    dif = sub.add_parser("dif", help=translate("Cli", "Mantel-Haenszel DIF between two groups (ETS A/B/C)"),
                         description=translate("Cli", "Mantel-Haenszel DIF with ETS classes between two groups."))
    dif.add_argument("--responses", type=Path, required=True, metavar="RESP.csv", help=responses_help)
    dif.add_argument("--groups", type=Path, required=True, metavar="GROUPS.csv",
                     help=translate("Cli", "each person's group: person_id,group"))
    dif.add_argument("--reference", required=True, metavar="NAME", help=translate("Cli", "reference group name"))
    dif.add_argument("--focal", required=True, metavar="NAME", help=translate("Cli", "focal group name"))
    dif.add_argument("--params", type=Path, metavar="PARAMS.csv",
                     help=translate("Cli", "match on EAP θ strata (0.5 wide) instead of number correct (adaptive "
                                           "data)"))
    dif.add_argument("--out", type=output_file, required=True, metavar="DIF.csv",
                     help=translate("Cli", "where the DIF table goes (CSV)"))
    dif.set_defaults(func=run_dif)

    rel = sub.add_parser("reliability", help=translate("Cli", "marginal reliability and test-information curve"),
                         description=translate("Cli", "Marginal reliability of a bank as one test and of a CAT "
                                                      "design."))
    rel.add_argument("--bank", type=Path, required=True, metavar="BANK.csv",
                     help=translate("Cli", "bank CSV: item_id,a,b,c[,subject,grade,strand]"))
    rel.add_argument("--config", type=Path, metavar="cfg.json", help=translate("Cli", "CAT design to simulate"))
    add_simulees_arguments(rel)
    rel.add_argument("--curve-out", type=output_file, metavar="CURVE.csv",
                     help=translate("Cli", "also write the test-information curve: theta,information,se"))
    rel.add_argument("--out", type=output_file, metavar="REL.json",
                     help=translate("Cli", "also write the results as JSON"))
    rel.set_defaults(func=run_reliability)


def _params(path: Path) -> dict[str, tuple[float, float, float]]:
    """item_id -> (a, b, c) of the rows with a and b (uncalibrated rows are skipped)."""
    out: dict[str, tuple[float, float, float]] = {}
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if not {"item_id", "a", "b"} <= set(reader.fieldnames or []):
            raise ValueError(fill(translate("Cli", "%1 needs the columns item_id,a,b[,c]"), path))
        for row in reader:
            if not (row.get("a") or "").strip() or not (row.get("b") or "").strip():
                continue
            try:
                a, b = float(row["a"]), float(row["b"])
                c = float(row["c"]) if (row.get("c") or "").strip() else 0.0
            except ValueError:
                a, b, c = math.nan, math.nan, math.nan
            if not (math.isfinite(a) and a > 0 and math.isfinite(b) and 0 <= c < 1):
                raise ValueError(fill(translate("Cli", "bad parameters for item '%1'"), row["item_id"]))
            out[row["item_id"].strip()] = (a, b, c)
    if not out:
        raise ValueError(fill(translate("Cli", "%1 has no item with parameters"), path))
    return out


def _matrix(persons: list[str], items: list[str], correct: np.ndarray, keep: list[str]
            ) -> tuple[list[str], np.ndarray]:
    """Persons x ``keep`` items, NaN = not answered (answers to other items are ignored)."""
    col = {iid: j for j, iid in enumerate(keep)}
    row: dict[str, int] = {}
    for p, i in zip(persons, items):
        if i in col:
            row.setdefault(p, len(row))
    X = np.full((len(row), len(keep)), np.nan)
    for p, i, u in zip(persons, items, correct):
        j = col.get(i)
        if j is not None:
            if not math.isnan(X[row[p], j]):
                raise ValueError(fill(translate("Cli", "person '%1' answered item '%2' twice"), p, i))
            X[row[p], j] = float(u)
    return list(row), X


def _eap_matrix(X: np.ndarray, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    grid = QuadratureGrid()
    pts = grid.points
    P = np.clip(c[:, None] + (1 - c[:, None]) / (1 + np.exp(-a[:, None] * (pts - b[:, None]))), 1e-12, 1 - 1e-12)
    ans = ~np.isnan(X)
    u = np.nan_to_num(X)
    L = (np.where(ans, u, 0) @ np.log(P)) + (np.where(ans, 1 - u, 0) @ np.log1p(-P)) + grid.log_prior
    post = np.exp(L - L.max(1, keepdims=True))
    post /= post.sum(1, keepdims=True)
    return post @ pts


def _fmt(v: float, digits: int = 4) -> str:
    return f"{v:.{digits}f}" if math.isfinite(v) else ""


def run_itemfit(args: argparse.Namespace) -> int:
    try:
        params = _params(args.params)
        persons, items, correct = load_responses_csv(args.responses)
        keep = [i for i in params if i in set(items)]
        if not keep:
            raise ValueError(translate("Cli", "no answered item has parameters"))
        _, X = _matrix(persons, items, correct, keep)
    except (OSError, ValueError, KeyError) as exc:
        print(error_line(input_problem(exc)), file=sys.stderr)
        return 1
    a, b, c = (np.array([params[i][k] for i in keep]) for k in range(3))
    fit = sx2(X, a, b, c, n_params=N_PARAMS[args.model])
    theta = wle_matrix(X, a, b, c)[0] if args.theta == "wle" else _eap_matrix(X, a, b, c)
    infit, outfit = infit_outfit(X, theta, a, b, c)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["item_id", "n", "sx2", "df", "p", "infit", "outfit"])
        for k, iid in enumerate(keep):
            w.writerow([iid, int(fit.n[k]), _fmt(fit.sx2[k], 3), int(fit.df[k]), _fmt(fit.p_value[k]),
                        _fmt(infit[k], 3), _fmt(outfit[k], 3)])
    flagged = [keep[k] for k in range(len(keep)) if np.isfinite(fit.p_value[k]) and fit.p_value[k] < 0.01]
    print(fill(translate("Cli", "items: %1, persons: %2; S-X2 p < 0.01: %3%4; infit/outfit with %5 θ -> %6"),
               len(keep), X.shape[0], len(flagged), f" ({', '.join(flagged[:10])})" if flagged else "",
               args.theta.upper(), args.out))
    if np.isnan(X).any():
        print("  " + translate("Cli", "note: some persons did not answer every item; S-X2 groups them by number "
                                      "answered. If the items were chosen adaptively, S-X2 is not valid (see "
                                      "docs/cat.md)"), file=sys.stderr)
    return 0


def run_dif(args: argparse.Namespace) -> int:
    try:
        if args.reference == args.focal:
            raise ValueError(translate("Cli", "--reference and --focal must be different groups"))
        persons, items, correct = load_responses_csv(args.responses)
        groups: dict[str, str] = {}
        with open(args.groups, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not {"person_id", "group"} <= set(reader.fieldnames or []):
                raise ValueError(fill(translate("Cli", "%1 needs the columns person_id,group"), args.groups))
            for row in reader:
                groups[row["person_id"].strip()] = (row["group"] or "").strip()
        item_ids = list(dict.fromkeys(items))
        if args.params:
            params = _params(args.params)
            item_ids = [i for i in item_ids if i in params]
        pids, X = _matrix(persons, items, correct, item_ids)
        in_two = np.array([groups.get(p) in (args.reference, args.focal) for p in pids])
        if not in_two.any():
            raise ValueError(translate("Cli", "no person belongs to the reference or the focal group"))
        for name in (args.reference, args.focal):
            if name not in groups.values():
                raise ValueError(fill(translate("Cli", "no person is in group '%1'"), name))
    except (OSError, ValueError, KeyError) as exc:
        print(error_line(input_problem(exc)), file=sys.stderr)
        return 1
    X = X[in_two]
    focal = np.array([groups[p] == args.focal for p, keep in zip(pids, in_two) if keep])
    strata = None
    if args.params:
        a, b, c = (np.array([params[i][k] for i in item_ids]) for k in range(3))
        strata = theta_strata(_eap_matrix(X, a, b, c))
    results = mantel_haenszel(X, focal, strata)
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["item_id", "n_reference", "n_focal", "alpha_mh", "mh_d_dif", "se_d", "chi2", "p",
                    "ets_class"])
        for iid, r in zip(item_ids, results):
            w.writerow([iid, r.n_reference, r.n_focal, _fmt(r.alpha), _fmt(r.delta, 3), _fmt(r.se_delta, 3),
                        _fmt(r.chi2, 3), _fmt(r.p_value), r.ets_class])
    counts = {k: sum(r.ets_class == k for r in results) for k in "ABC"}
    matched = translate("Cli", "EAP θ strata") if args.params else translate("Cli", "number correct")
    print(fill(translate("Cli", "items: %1; reference %2 (%3), focal %4 (%5); matched on %6; ETS A %7, B %8, "
                                "C %9 -> %10"),
               len(item_ids), args.reference, int((~focal).sum()), args.focal, int(focal.sum()), matched,
               counts["A"], counts["B"], counts["C"], args.out))
    return 0


def run_reliability(args: argparse.Namespace) -> int:
    try:
        bank = load_bank_csv(args.bank)
        config = CatConfig.from_json(args.config.read_text(encoding="utf-8")) if args.config else None
        if args.examinees < 2:
            raise ValueError(translate("Cli", "--examinees must be at least 2"))
    except (OSError, ValueError, KeyError) as exc:
        print(error_line(input_problem(exc)), file=sys.stderr)
        return 1
    whole = reliability_of_items(bank.a, bank.b, bank.c)
    out: dict[str, object] = {"bank_size": len(bank), "reliability_whole_bank": whole}
    text = fill(translate("Cli", "items: %1; marginal reliability of the whole bank as one test %2"), len(bank),
                f"{whole:.3f}")
    if config is not None:
        with pinned_blas():
            report = simulate(bank, config, args.examinees, seed=args.seed)
        out["reliability_cat_design"] = report.marginal_reliability
        out["mean_length"] = report.mean_length
        out["bands"] = report.bands
        text += fill(translate("Cli", "; CAT design (simulated, simulees: %1, mean test length %2): %3"),
                     args.examinees, f"{report.mean_length:.1f}", f"{report.marginal_reliability:.3f}")
    theta, info, se = information_curve(bank.a, bank.b, bank.c)
    if args.curve_out:
        with open(args.curve_out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["theta", "information", "se"])
            w.writerows((f"{t:.2f}", f"{i:.4f}", f"{s:.4f}") for t, i, s in zip(theta, info, se))
    if args.out:
        args.out.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(text)
    return 0
