"""Item bank container and CSV loading/saving (stdlib ``csv``).

An :class:`ItemBank` holds parallel arrays of 3PL parameters (logistic
metric, no 1.7 constant) plus optional content labels.  The *bank index* of
an item is its position in the bank, which is the order of the rows in the
CSV file / record list it was built from; item selection breaks ties by the
lowest bank index (see :mod:`.selection`).

CSV format: header with ``item_id,a,b,c`` (required) and optionally
``subject``, ``grade``, ``strand``.  An empty ``c`` means 0.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .errors import InputError

__all__ = ["ItemBank", "load_bank_csv", "save_bank_csv"]

CONTENT_FIELDS = ("subject", "grade", "strand")


@dataclass(frozen=True, eq=False)
class ItemBank:
    """Immutable item bank; parameters as float64 arrays aligned with ``item_ids``."""

    item_ids: tuple[str, ...]
    a: NDArray[np.float64]
    b: NDArray[np.float64]
    c: NDArray[np.float64]
    subject: tuple[str, ...] = ()
    grade: tuple[str, ...] = ()
    strand: tuple[str, ...] = ()
    _index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        n = len(self.item_ids)
        for name in ("a", "b", "c"):
            arr = np.ascontiguousarray(np.asarray(getattr(self, name), dtype=np.float64))
            if arr.shape != (n,):
                raise InputError("{name} must have one value per item", name=name)
            arr.setflags(write=False)
            object.__setattr__(self, name, arr)
        for name in CONTENT_FIELDS:
            vals = tuple(str(v) for v in getattr(self, name))
            if vals and len(vals) != n:
                raise InputError("{name} must be empty or have one value per item", name=name)
            object.__setattr__(self, name, vals)
        ids = tuple(str(i) for i in self.item_ids)
        object.__setattr__(self, "item_ids", ids)
        index = {iid: k for k, iid in enumerate(ids)}
        if len(index) != n:
            raise InputError("The bank lists an item_id twice.")
        if np.any(self.a <= 0) or np.any(~np.isfinite(self.b)):
            raise InputError("Every item needs a positive a and a finite b.")
        if np.any(self.c < 0) or np.any(self.c >= 1):
            raise InputError("Every item needs a c from 0 up to (not including) 1.")
        object.__setattr__(self, "_index", index)

    def __len__(self) -> int:
        return len(self.item_ids)

    def index_of(self, item_id: str) -> int:
        """Bank index of an item id (KeyError if absent)."""
        return self._index[str(item_id)]

    def __contains__(self, item_id: object) -> bool:
        return str(item_id) in self._index

    def content(self, key: str) -> tuple[str, ...]:
        """Content labels for ``subject``/``grade``/``strand`` (empty if absent)."""
        if key not in CONTENT_FIELDS:
            raise ValueError(f"unknown content key {key!r}")
        return getattr(self, key)

    def subset(self, indices: Sequence[int] | NDArray[np.int64]) -> ItemBank:
        idx = np.asarray(indices, dtype=np.int64)

        def pick(t: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(t[i] for i in idx) if t else ()

        return ItemBank(
            item_ids=tuple(self.item_ids[i] for i in idx), a=self.a[idx], b=self.b[idx], c=self.c[idx],
            subject=pick(self.subject), grade=pick(self.grade), strand=pick(self.strand),
        )

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> ItemBank:
        """Build from dict-like rows with keys item_id,a,b[,c,subject,grade,strand]."""
        rows = list(records)
        ids, a, b, c = [], [], [], []
        content: dict[str, list[str]] = {k: [] for k in CONTENT_FIELDS}
        for r in rows:
            ids.append(str(r["item_id"]))
            a.append(float(r["a"]))
            b.append(float(r["b"]))
            cv = r.get("c", 0.0)
            c.append(float(cv) if cv not in (None, "") else 0.0)
            for k in CONTENT_FIELDS:
                v = r.get(k)
                content[k].append("" if v is None else str(v))
        kw = {k: tuple(v) if any(x != "" for x in v) else () for k, v in content.items()}
        return cls(item_ids=tuple(ids), a=np.array(a), b=np.array(b), c=np.array(c),
                   subject=kw["subject"], grade=kw["grade"], strand=kw["strand"])

    def to_records(self) -> list[dict[str, Any]]:
        out = []
        for k, iid in enumerate(self.item_ids):
            rec: dict[str, Any] = {"item_id": iid, "a": float(self.a[k]), "b": float(self.b[k]), "c": float(self.c[k])}
            for name in CONTENT_FIELDS:
                vals = getattr(self, name)
                if vals:
                    rec[name] = vals[k]
            out.append(rec)
        return out


def load_bank_csv(path: str | Path) -> ItemBank:
    """Read a bank CSV (``item_id,a,b,c`` + optional ``subject,grade,strand``)."""
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = {f.strip() for f in (reader.fieldnames or [])}
        missing = {"item_id", "a", "b"} - fields
        if missing:
            raise InputError("The bank CSV {path} lacks the columns {columns}.", path=str(path),
                             columns=", ".join(sorted(missing)))
        rows = [{(k or "").strip(): (v.strip() if isinstance(v, str) else v) for k, v in row.items()} for row in reader]
    if not rows:
        raise InputError("The bank CSV {path} has no items.", path=str(path))
    for line, row in enumerate(rows, start=2):
        for column in ("a", "b", "c"):
            value = row.get(column)
            if column == "c" and value in (None, ""):
                continue
            try:
                float(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise InputError("Line {line} of {path}: {column} is not a number: '{value}'.", line=line,
                                 path=str(path), column=column, value=value or "") from None
    return ItemBank.from_records(rows)


def save_bank_csv(bank: ItemBank, path: str | Path) -> None:
    """Write a bank CSV with the columns present in the bank."""
    cols = ["item_id", "a", "b", "c"] + [k for k in CONTENT_FIELDS if getattr(bank, k)]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for rec in bank.to_records():
            w.writerow({k: (repr(v) if isinstance(v, float) else v) for k, v in rec.items()})
