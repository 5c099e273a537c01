"""Synthetic, realistically calibrated 3PL item bank for demos and tests.

Parameters (logistic metric, no 1.7 constant):

* ``a`` ~ lognormal with median 1.2 (log-sd 0.25), clipped to [0.4, 2.8];
* ``b`` ~ N(0, 1) clipped to [-3, 3], shifted by +0.25 per grade above 10
  so higher grades are slightly harder;
* ``c`` ~ Uniform(0.15, 0.25).

Items are spread evenly over subjects and grades 10-12; each subject has
named strands.  Item ids look like ``MATH-G10-0001``.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .bank import ItemBank
from .errors import InputError

__all__ = ["STRANDS", "demo_item_bank", "generate_demo_bank"]

STRANDS: dict[str, tuple[str, ...]] = {
    "math": ("algebra", "geometry", "statistics", "functions"),
    "english": ("reading", "vocabulary", "grammar", "writing"),
}
_DEFAULT_STRANDS = ("strand-a", "strand-b", "strand-c")


def generate_demo_bank(
    n_items: int = 300,
    subjects: Sequence[str] = ("math", "english"),
    seed: int = 2024,
    grades: Sequence[int] = (10, 11, 12),
) -> list[dict[str, object]]:
    """Return ``n_items`` records with item_id, subject, grade, strand, a, b, c.

    Deterministic for a given seed.  Items are assigned to subjects and
    grades round-robin so every (subject, grade) cell gets about the same
    number of items.
    """
    if n_items < 1:
        raise InputError("The demo bank needs at least one item.")
    subjects = list(subjects)
    if not subjects:
        raise ValueError("need at least one subject")
    rng = np.random.default_rng(seed)
    a = np.clip(np.exp(rng.normal(np.log(1.2), 0.25, n_items)), 0.4, 2.8)
    b = np.clip(rng.normal(0.0, 1.0, n_items), -3.0, 3.0)
    c = rng.uniform(0.15, 0.25, n_items)
    strand_pick = rng.integers(0, 1 << 30, n_items)
    cells = [(s, g) for s in subjects for g in grades]
    counters: dict[tuple[str, int], int] = {}
    records: list[dict[str, object]] = []
    for k in range(n_items):
        subject, grade = cells[k % len(cells)]
        counters[(subject, grade)] = counters.get((subject, grade), 0) + 1
        strands = STRANDS.get(subject, _DEFAULT_STRANDS)
        bk = float(np.clip(b[k] + 0.25 * (grade - grades[0]), -3.0, 3.0))
        records.append({
            "item_id": f"{subject.upper()[:4]}-G{grade}-{counters[(subject, grade)]:04d}",
            "subject": subject,
            "grade": grade,
            "strand": strands[int(strand_pick[k]) % len(strands)],
            "a": round(float(a[k]), 4),
            "b": round(bk, 4),
            "c": round(float(c[k]), 4),
        })
    return records


def demo_item_bank(n_items: int = 300, subjects: Sequence[str] = ("math", "english"), seed: int = 2024) -> ItemBank:
    """The demo bank as an :class:`ItemBank`."""
    return ItemBank.from_records(generate_demo_bank(n_items, subjects, seed))
