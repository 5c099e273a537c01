"""``dreamseed-admin simulate`` and ``dreamseed-admin calibrate`` (CAT engine tools).

simulate
    Runs N simulated students through a CAT design on a bank CSV
    (``item_id,a,b,c`` and optional ``subject,grade,strand``) or on the
    built-in demo bank, and writes a JSON report (RMSE, bias, correlation,
    test length, conditional SE/RMSE by theta band, exposure, overlap).
    With ``exposure_control = "sympson_hetter"`` and no exposure parameters
    in the config, the parameters are first computed by simulation and the
    resulting config is stored in the report.
calibrate
    MML-EM calibration from long-format ``person_id,item_id,correct``; writes
    ``item_id,a,b,c,se_a,se_b,se_c,fit,n_obs,flag`` (blank = fixed or not estimated) and,
    beside it, ``<name>.summary.json``: model, priors, quadrature, iterations, convergence,
    log-likelihood and per-item flags. The priors are stated in the printout too.
    Exit codes: 0 done, 1 bad input, 3 EM did not converge.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from pathlib import Path

from dreamseed_desktop.cat import (
    CatConfig,
    calibrate_long,
    compute_sympson_hetter,
    demo_item_bank,
    load_bank_csv,
    load_responses_csv,
    simulate,
)
from dreamseed_desktop.cat.anchoring import AnchorDrift, calibrate_with_anchors
from dreamseed_desktop.cat.calibration import REASONS, UNCALIBRATED
from dreamseed_desktop.cli.common import output_file, positive_int
from dreamseed_desktop.cli.i18n import error_line, fill, input_problem, translate
from dreamseed_desktop.services.psychometrics.threads import pinned_blas

MIN_ANSWERS = 50  # the psychometrics screen's default minimum answers per item


def parse_a_prior(text: str) -> float | None:
    """``none`` -> None, ``lognormal:SD`` -> SD (> 0)."""
    t = text.strip().lower()
    if t == "none":
        return None
    kind, _, value = t.partition(":")
    try:
        sd = float(value)
    except ValueError:
        sd = math.nan
    if kind != "lognormal" or not (math.isfinite(sd) and sd > 0):
        raise ValueError(fill(translate("Cli", "--a-prior must be 'none' or 'lognormal:SD' with SD > 0, not '%1'"),
                              text))
    return sd


def parse_c_prior(text: str) -> tuple[float, float] | None:
    """``none`` -> None, ``beta:A,B`` -> (A, B) with A, B >= 1."""
    t = text.strip().lower()
    if t == "none":
        return None
    kind, _, value = t.partition(":")
    parts = value.split(",")
    try:
        ab = tuple(float(v) for v in parts)
    except ValueError:
        ab = ()
    if kind != "beta" or len(ab) != 2 or not all(math.isfinite(v) and v >= 1 for v in ab):
        raise ValueError(fill(translate("Cli", "--c-prior must be 'none' or 'beta:A,B' with A, B >= 1, not '%1'"),
                              text))
    return ab[0], ab[1]


def summary_path(out: Path) -> Path:
    """``params.csv`` -> ``params.summary.json`` (beside the output CSV)."""
    return out.with_name(out.stem + ".summary.json")


def add_simulees_arguments(parser: argparse.ArgumentParser) -> None:
    """``--examinees`` and ``--seed`` of the tools that simulate (simulate, reliability)."""
    parser.add_argument("--examinees", type=positive_int, default=1000, metavar="N",
                        help=translate("Cli", "number of simulees (default 1000)"))
    parser.add_argument("--seed", type=int, default=0, metavar="S", help=translate("Cli", "random seed (default 0)"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``simulate`` and ``calibrate`` sub-commands."""
    sim = sub.add_parser("simulate", help=translate("Cli", "simulate a CAT design on an item bank"),
                         description=translate("Cli", "Run simulated examinees through a CAT design and report "
                                                      "accuracy and exposure."))
    src = sim.add_mutually_exclusive_group(required=True)
    src.add_argument("--bank", type=Path, metavar="BANK.csv",
                     help=translate("Cli", "bank CSV: item_id,a,b,c[,subject,grade,strand]"))
    src.add_argument("--demo-bank", type=positive_int, metavar="N_ITEMS",
                     help=translate("Cli", "use the generated demo bank with N items"))
    add_simulees_arguments(sim)
    sim.add_argument("--config", type=Path, metavar="cfg.json",
                     help=translate("Cli", "CAT design as JSON (CatConfig; default: the built-in design)"))
    sim.add_argument("--theta-mean", type=float, metavar="M",
                     help=translate("Cli", "mean of the simulated students' true abilities (default: the design's "
                                           "prior mean)"))
    sim.add_argument("--theta-sd", type=float, metavar="SD",
                     help=translate("Cli", "SD of the simulated students' true abilities (default: the design's "
                                           "prior SD)"))
    sim.add_argument("--sh-examinees", type=positive_int, default=1000, metavar="N",
                     help=translate("Cli", "simulees per Sympson-Hetter iteration when parameters must be computed"))
    sim.add_argument("--sh-iterations", type=positive_int, default=12, metavar="K",
                     help=translate("Cli", "Sympson-Hetter iterations"))
    sim.add_argument("--item-rates", action="store_true", help=translate("Cli", "include every item's exposure rate"))
    sim.add_argument("--pretest-items", type=int, metavar="N",
                     help=translate("Cli", "seed N unscored pretest items into every sitting (0-10; default: the "
                                   "design's pretest_items); needs --pretest-bank"))
    sim.add_argument("--pretest-bank", type=Path, metavar="NEW.csv",
                     help=translate("Cli", "the new items to pretest, item_id,a,b,c with their true parameters (ids "
                                           "not in the bank); their answers go to --responses-out, for calibrate "
                                           "--anchors"))
    sim.add_argument("--out", type=output_file, required=True, metavar="result.json",
                     help=translate("Cli", "where the JSON report goes"))
    sim.add_argument("--responses-out", type=output_file, metavar="RESP.csv",
                     help=translate("Cli", "also write every simulated answer as person_id,item_id,correct (input for "
                                   "calibrate)"))
    sim.set_defaults(func=run_simulate)

    cal = sub.add_parser("calibrate", help=translate("Cli", "calibrate items (MML-EM) from responses"),
                         description=translate("Cli", "Marginal maximum likelihood (EM) calibration of 1PL/2PL/3PL "
                                              "items."))
    cal.add_argument("--model", choices=("1pl", "2pl", "3pl"), default="2pl",
                     help=translate("Cli", "IRT model (default 2pl)"))
    cal.add_argument("--responses", type=Path, required=True, metavar="RESP.csv",
                     help=translate("Cli", "long format person_id,item_id,correct (may be sparse)"))
    cal.add_argument("--out", type=output_file, required=True, metavar="PARAMS.csv",
                     help=translate("Cli", "where the item parameters go: item_id,a,b,c,se_a,se_b,se_c,fit"))
    cal.add_argument("--a-prior", default="lognormal:1.5", metavar="none|lognormal:SD",
                     help=translate("Cli", "prior on the discrimination a (2PL/3PL): none, or a normal prior with "
                                   "standard deviation SD on log a (default lognormal:1.5)"))
    cal.add_argument("--c-prior", default="beta:5,17", metavar="none|beta:A,B",
                     help=translate("Cli", "prior on the guessing c (3PL): none, or Beta(A, B) (default beta:5,17)"))
    cal.add_argument("--min-answers", type=int, default=MIN_ANSWERS, metavar="N",
                     help=fill(translate("Cli", "items with fewer answers are left uncalibrated (default %1, as in the "
                                        "psychometrics screen)"), MIN_ANSWERS))
    cal.add_argument("--quad-points", type=positive_int, default=41, metavar="Q",
                     help=translate("Cli", "quadrature points for theta ~ N(0, 1) (default 41)"))
    cal.add_argument("--quad-range", type=float, default=5.0, metavar="R",
                     help=translate("Cli", "quadrature nodes span [-R, R] (default 5)"))
    cal.add_argument("--anchors", type=Path, metavar="BANK.csv",
                     help=translate("Cli", "fixed-anchor calibration: items of this item_id,a,b[,c] file keep their "
                                   "parameters and the ability distribution is estimated (new items land on the "
                                   "bank's scale); drifted anchors are released first"))
    cal.add_argument("--drift-z", type=float, default=2.7, metavar="Z",
                     help=translate("Cli", "robust z above which an anchor has drifted (default 2.7)"))
    cal.add_argument("--drift-min-shift", type=float, default=0.3, metavar="LOGITS",
                     help=translate("Cli", "...and its displacement differs from the anchors' median by at least this "
                                   "(default 0.3)"))
    cal.add_argument("--no-drift-check", action="store_true", help=translate("Cli", "keep every anchor fixed"))
    cal.add_argument("--max-iter", type=positive_int, default=500, metavar="N",
                     help=translate("Cli", "at most this many EM iterations (default 500)"))
    cal.add_argument("--tol", type=float, default=1e-4, metavar="TOL",
                     help=translate("Cli", "stop when no parameter changes by more than this (default 0.0001)"))
    cal.set_defaults(func=run_calibrate)


def run_simulate(args: argparse.Namespace) -> int:
    """``simulate``, BLAS on one thread (services.psychometrics.threads)."""
    with pinned_blas():
        return _run_simulate(args)


def _run_simulate(args: argparse.Namespace) -> int:
    try:
        bank = demo_item_bank(args.demo_bank) if args.demo_bank else load_bank_csv(args.bank)
        config = CatConfig.from_json(args.config.read_text(encoding="utf-8")) if args.config else CatConfig()
        if args.theta_sd is not None and not (math.isfinite(args.theta_sd) and args.theta_sd >= 0):
            raise ValueError(translate("Cli", "--theta-sd must be a finite number of 0 or more"))
        if args.theta_mean is not None and not math.isfinite(args.theta_mean):
            raise ValueError(translate("Cli", "--theta-mean must be a finite number"))
        if args.pretest_items is not None:
            config = config.with_changes(pretest_items=args.pretest_items)
        pretest_bank = load_bank_csv(args.pretest_bank) if args.pretest_bank else None
        if config.pretest_items > 0 and pretest_bank is None:
            raise ValueError(translate("Cli", "the design seeds pretest items: give the new items with "
                                              "--pretest-bank"))
        if pretest_bank is not None and set(pretest_bank.item_ids) & set(bank.item_ids):
            clash = sorted(set(pretest_bank.item_ids) & set(bank.item_ids))[:3]
            raise ValueError(fill(translate("Cli", "pretest items must not be in the bank: %1"), ", ".join(clash)))
    except (OSError, ValueError, KeyError) as exc:
        print(error_line(input_problem(exc)), file=sys.stderr)
        return 1
    t0 = time.perf_counter()
    if config.exposure_control == "sympson_hetter" and not config.exposure_parameters:
        config = compute_sympson_hetter(bank, config, n_examinees=args.sh_examinees,
                                        iterations=args.sh_iterations, seed=args.seed)
    answers: list[tuple[int, str, int]] | None = [] if args.responses_out else None
    report = simulate(bank, config, args.examinees, seed=args.seed, include_item_rates=args.item_rates,
                      responses_out=answers, theta_mean=args.theta_mean, theta_sd=args.theta_sd,
                      pretest_bank=pretest_bank)
    if args.responses_out and answers is not None:
        with open(args.responses_out, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["person_id", "item_id", "correct"])
            writer.writerows((f"S{k:06d}", iid, u) for k, iid, u in answers)
    out = report.to_dict()
    out["bank_size"] = len(bank)
    out["theta_mean"] = config.prior_mean if args.theta_mean is None else args.theta_mean
    out["theta_sd"] = config.prior_sd if args.theta_sd is None else args.theta_sd
    out["seconds"] = round(time.perf_counter() - t0, 3)
    args.out.write_text(json.dumps(_finite(out), indent=2, allow_nan=False), encoding="utf-8")
    print(fill(translate("Cli", "simulees: %1, items: %2; RMSE %3, bias %4, r %5, test length %6 [%7-%8], "
                                "highest exposure %9, never used %10, overlap %11 -> %12"),
               report.n_examinees, len(bank), f"{report.rmse:.3f}", f"{report.bias:+.3f}",
               f"{report.correlation:.3f}", f"{report.mean_length:.1f}", report.min_length, report.max_length,
               f"{report.exposure_max:.3f}", f"{report.share_never_used:.1%}", f"{report.overlap_rate:.3f}",
               args.out))
    if report.pretest_answers:
        counts = sorted(report.pretest_answers.values())
        print(fill(translate("Cli", "pretest: %1 per sitting, items: %2, answers per item %3-%4 (unscored: θ, SE "
                                    "and test length as without them)"),
                   config.pretest_items, len(counts), counts[0], counts[-1]))
    return 0


def _finite(obj: object) -> object:
    """Replace NaN/inf (e.g. correlation of one simulee) by null for strict JSON."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj


def run_calibrate(args: argparse.Namespace) -> int:
    """``calibrate``, BLAS on one thread (services.psychometrics.threads)."""
    with pinned_blas():
        return _run_calibrate(args)


def _run_calibrate(args: argparse.Namespace) -> int:
    try:
        a_prior = parse_a_prior(args.a_prior)
        c_prior = parse_c_prior(args.c_prior)
        if args.min_answers < 1:
            raise ValueError(translate("Cli", "--min-answers must be at least 1"))
        persons, items, correct = load_responses_csv(args.responses)
        if not persons:
            raise ValueError(fill(translate("Cli", "%1 has no responses"), args.responses))
        options = dict(max_iter=args.max_iter, tol=args.tol, a_prior_sd=a_prior, c_prior=c_prior,
                       min_answers=args.min_answers, n_quad=args.quad_points, quad_range=args.quad_range)
        drift: list[AnchorDrift] = []
        if args.anchors:
            bank = load_bank_csv(args.anchors)
            present = set(items)
            anchor_params = {iid: (float(bank.a[k]), float(bank.b[k]), float(bank.c[k]))
                             for k, iid in enumerate(bank.item_ids) if iid in present}
            if not anchor_params:
                raise ValueError(fill(translate("Cli", "no item of %1 was answered: nothing to anchor on"),
                                      args.anchors))
            if args.no_drift_check:
                result = calibrate_long(persons, items, correct, args.model, anchor_params=anchor_params,
                                        **options)
            else:
                result, drift = calibrate_with_anchors(persons, items, correct, args.model, anchor_params,
                                                       z_limit=args.drift_z, min_shift=args.drift_min_shift,
                                                       min_drift_answers=args.min_answers,
                                                       **options)
        else:
            result = calibrate_long(persons, items, correct, args.model, **options)
    except (OSError, ValueError, KeyError) as exc:
        print(error_line(input_problem(exc)), file=sys.stderr)
        return 1
    result.save_csv(args.out)
    summary = result.summary()
    if args.anchors:
        summary["anchor_file"] = str(args.anchors)
        summary["drift_check"] = None if args.no_drift_check else {
            "rule": f"|robust z| > {args.drift_z:g} and |displacement - median| >= {args.drift_min_shift:g}",
            "anchors": [{"item_id": d.item_id, "b_fixed": d.b_fixed, "displacement": d.displacement,
                         "se_displacement": d.se_displacement, "robust_z": d.robust_z,
                         "released": d.dropped} for d in drift]}
    summary["responses"] = str(args.responses)
    summary["output"] = str(args.out)
    side = summary_path(args.out)
    side.write_text(json.dumps(_finite(summary), indent=2, allow_nan=False), encoding="utf-8")
    state = translate("Cli", "converged") if result.converged else translate("Cli", "NOT converged")
    priors = result.priors()
    print(fill(translate("Cli", "%1: items: %2 (calibrated: %3), persons: %4, answers: %5; priors: a %6, c %7; "
                                "theta ~ %8, quadrature points: %9 on [-%10, %10]; EM iterations: %11 (%12), "
                                "log-likelihood %13 -> %14, %15"),
               args.model, len(result.item_ids), summary["n_items_calibrated"], len(result.person_ids),
               len(persons), _prior_text(priors["a"]), _prior_text(priors["c"]),
               fill(translate("Cli", "N(%1, %2^2), estimated"), f"{result.theta_mean:.4f}", f"{result.theta_sd:.4f}")
               if result.distribution_estimated else translate("Cli", "N(0, 1), fixed"),
               result.n_quad, f"{result.quad_range:g}", result.iterations, state,
               f"{result.log_likelihood:.3f}", args.out, side))
    if args.anchors:
        released = [d for d in drift if d.dropped]
        shown = ", ".join(fill(translate("Cli", "%1 (displacement %2, z %3)"), d.item_id, f"{d.displacement:+.2f}",
                               f"{d.robust_z:.1f}") for d in released) or translate("Cli", "none")
        print("  " + fill(translate("Cli", "fixed anchors: %1 items; ability distribution estimated: mean %2, "
                                           "SD %3; drifted anchors released: %4"),
                          int(result.fixed.sum()), f"{result.theta_mean:.3f}", f"{result.theta_sd:.3f}", shown))
    for iid, flag in zip(result.item_ids, result.flags):
        for f in filter(None, flag.split(";")):
            if f == "fixed":
                continue
            line = (translate("Cli", "item %1: left uncalibrated: %2") if f in UNCALIBRATED
                    else translate("Cli", "item %1: warning: %2"))
            print("  " + fill(line, iid, translate("CatReason", REASONS[f])), file=sys.stderr)
    one, none = summary["n_persons_one_answer"], summary["n_persons_no_usable_answer"]
    if one or none:
        print("  " + fill(translate("Cli", "persons with a single usable answer: %1, with none: %2; they are kept "
                                           "in the marginal likelihood but add almost no information"), one, none),
              file=sys.stderr)
    return 0 if result.converged else 3


def _prior_text(prior: object) -> str:
    """A prior as the printout names it (``none`` in the chosen language)."""
    if prior in (None, "none"):
        return translate("Cli", "none")
    return translate("Cli", "not used") if prior == "not used" else str(prior)
