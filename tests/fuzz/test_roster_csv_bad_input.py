"""Roster CSV files a school office really produces, and some it should never produce.

Each bad file gets a clear ValidationError (with the line, where there is one) and nothing is
written; odd-but-valid files (CP949 from Korean Excel, formula-looking names, NFD names from a
Mac) import correctly.
"""
from __future__ import annotations

import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from dreamseed_desktop.services.classes.roster_csv import MAX_BYTES, RosterService
from dreamseed_desktop.services.classes.roster_parse import read_file
from dreamseed_desktop.services.core.errors import BulkValidationError, ValidationError
from dreamseed_desktop.services.core.uow import Database
from tests.fuzz.conftest import School, refused, unchanged

HEADER = "이름,이메일,역할,학번,학년,반\n"
ROW = "홍길동,hong@fuzz.kr,학생,10001,1,1-1\n"


def _preview_refused(owner_db: Database, db_url: str, school: School, data: bytes) -> ValidationError:
    err = refused(db_url, lambda: RosterService(owner_db).preview(data, organization_id=school.org_id))
    assert isinstance(err, ValidationError)
    return err


def test_empty_file(owner_db: Database, db_url: str, school: School) -> None:
    err = _preview_refused(owner_db, db_url, school, b"")
    assert "empty" in err.message and err.row == 1


@pytest.mark.slow
def test_only_header_imports_nothing(owner_db: Database, db_url: str, school: School) -> None:
    svc = RosterService(owner_db)
    with unchanged(db_url):
        plan = svc.preview(HEADER.encode(), organization_id=school.org_id)
        assert plan.ok and not plan.has_changes and plan.row_count == 0
        result = svc.commit(plan)
    assert (result.created, result.updated, result.enrolled) == (0, 0, 0)


@pytest.mark.slow
def test_50_mb_file_is_refused_without_reading_it(owner_db: Database, db_url: str, school: School,
                                                  tmp_path: Path) -> None:
    big = tmp_path / "roster_50mb.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        line = "김민수,student{:07d}@fuzz.kr,학생,{:07d},1,1-1\n"
        n = 0
        while fh.tell() < 50 * 1024 * 1024:
            fh.writelines(line.format(n + k, n + k) for k in range(10_000))
            n += 10_000
    data = big.read_bytes()
    assert len(data) > MAX_BYTES
    tracemalloc.start()
    try:
        err = _preview_refused(owner_db, db_url, school, data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "MB" in err.message
    assert peak < 5 * 1024 * 1024, f"refusing a 50 MB file allocated {peak / 2**20:.1f} MiB"
    # the CLI and the import wizard read through read_file, which checks the size first
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError, match="larger than 20 MB"):
            read_file(big)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
    small = tmp_path / "small.csv"
    small.write_bytes(b"a,b\n")
    assert read_file(small) == b"a,b\n"


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_wrong_delimiter_is_detected_or_named(owner_db: Database, db_url: str, school: School,
                                              sep: str) -> None:
    """Either the separator is recognised and the row reads right, or the error names the columns."""
    data = (HEADER + ROW).replace(",", sep).encode()
    try:
        with unchanged(db_url):
            plan = RosterService(owner_db).preview(data, organization_id=school.org_id)
    except ValidationError as err:
        assert err.field == "header" and "missing" in err.message and "이름" in err.message
        return
    assert plan.ok, plan.errors
    row = plan.to_create[0]
    assert (row.name, row.email, row.student_number, row.grade, row.classes) == (
        "홍길동", "hong@fuzz.kr", "10001", 1, ("1-1",))


def test_mixed_encodings_are_refused(owner_db: Database, db_url: str, school: School) -> None:
    data = (HEADER + ROW).encode("utf-8") + "김철수,kim@fuzz.kr,학생,10002,1,1-1\n".encode("cp949")
    err = _preview_refused(owner_db, db_url, school, data)
    assert err.field == "encoding" and "UTF-8" in err.message


def test_cp949_file_from_korean_excel_imports(owner_db: Database, school: School) -> None:
    plan = RosterService(owner_db).preview((HEADER + ROW).encode("cp949"), organization_id=school.org_id)
    assert plan.ok and plan.encoding == "cp949" and plan.to_create[0].name == "홍길동"


def test_nul_byte_in_a_cell_is_a_row_error(owner_db: Database, db_url: str, school: School) -> None:
    svc = RosterService(owner_db)
    plan = svc.preview((HEADER + ROW.replace("홍길동", "홍\x00길동")).encode(), organization_id=school.org_id)
    assert not plan.ok and plan.errors[0].row == 2 and plan.errors[0].field == "name"
    refused(db_url, lambda: svc.commit(plan))


def test_duplicate_rows_are_reported_with_both_lines(owner_db: Database, db_url: str, school: School) -> None:
    svc = RosterService(owner_db)
    plan = svc.preview((HEADER + ROW + ROW).encode(), organization_id=school.org_id)
    assert not plan.ok
    assert plan.errors[0].row == 3 and "line 2" in plan.errors[0].message
    assert isinstance(refused(db_url, lambda: svc.commit(plan)), BulkValidationError)


def test_formula_cells_are_stored_as_text_and_exported_escaped(owner_db: Database, school: School) -> None:
    svc = RosterService(owner_db)
    names = ['=HYPERLINK("http://evil.example","click")', "+SUM(A1:A9)", "@cmd", "-2+3"]
    body = "".join(f'"{n.replace(chr(34), chr(34) * 2)}",f{k}@fuzz.kr,학생,2000{k},1,1-1\n'
                   for k, n in enumerate(names))
    plan = svc.preview((HEADER + body).encode(), organization_id=school.org_id)
    assert plan.ok and sorted(r.name for r in plan.to_create) == sorted(names)
    svc.commit(plan)
    exported = svc.export_organization(school.org_id).decode("utf-8-sig")
    for n in names:
        assert "'" + n.replace('"', '""') in exported  # a spreadsheet shows it as text, never runs it
    again = svc.preview(exported.encode("utf-8-sig"), organization_id=school.org_id)
    assert again.ok and not again.to_create and not again.to_update  # the export re-imports unchanged


def test_nfd_name_from_a_mac_is_the_same_person(owner_db: Database, db_url: str, school: School) -> None:
    nfd = unicodedata.normalize("NFD", "학생0")
    assert nfd != "학생0"
    svc = RosterService(owner_db)
    with unchanged(db_url):
        plan = svc.preview((HEADER + f"{nfd},s0@fuzz.kr,학생,00000,1,\n").encode(), organization_id=school.org_id)
        assert plan.ok and plan.unchanged == 1 and not plan.to_create and not plan.to_update
