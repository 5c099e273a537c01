"""Reading a NEIS-sized Excel roster: python-calamine (what the import uses) against openpyxl.

Run: ``python benchmarks/bench_roster_xlsx.py [--rows 1000,20000]`` (no database: this measures
only turning the workbook into checked rows, the part of an import that differs from CSV).

For each size a NEIS-like workbook (title rows, 번호/학년/반/성명/성별/생년월일, numbers as
numbers, dates as dates) is written with openpyxl, then read in the same run by
- ``roster_parse.read_rows`` (calamine; what the import wizard and the service call), and
- the peer: openpyxl's read-only mode turning the same sheet into the same text rows,
and both are checked to give the same rows (printed as ``same``). Then the whole check of the
rows (``parse_any``: header search, column mapping, per-row validation) is timed. Median of 5.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from dreamseed_desktop.services.classes.roster_parse import parse_any, read_rows
from dreamseed_desktop.services.classes.roster_sheet import cell_text


def workbook(rows: int) -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("학생명부")
    sheet.append(["2026학년도 학생 명렬표"])
    sheet.append([])
    sheet.append(["번호", "학년", "반", "성명", "성별", "생년월일"])
    for i in range(rows):
        sheet.append([i % 35 + 1, i % 6 + 1, i // 35 % 20 + 1, f"학생{i:06d}", "남여"[i % 2],
                      datetime(2010, i % 12 + 1, i % 28 + 1)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def openpyxl_rows(data: bytes) -> list[list[str]]:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    rows = [[cell_text(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows[2:]   # from the header row, as read_rows returns them


def median(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="1000,20000")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory():
        for n in (int(x) for x in args.rows.split(",")):
            data = workbook(n)
            ours, _first, _kind = read_rows(data)
            peer = openpyxl_rows(data)
            same = [r[:6] for r in ours] == [r[:6] for r in peer]
            t_ours = median(lambda d=data: read_rows(d))
            t_peer = median(lambda d=data: openpyxl_rows(d))
            t_all = median(lambda d=data: parse_any(d))
            print(f"{n:>7,} rows ({len(data) / 1024:,.0f} KiB): calamine {t_ours * 1000:8.1f} ms | "
                  f"openpyxl read-only {t_peer * 1000:8.1f} ms | ratio {t_ours / t_peer:5.2f}x | "
                  f"{'same' if same else 'DIFFERENT'} | read+check all rows {t_all * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
