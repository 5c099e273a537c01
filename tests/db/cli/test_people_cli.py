"""``dreamseed-admin create-admin``, ``import roster`` and ``export roster`` end to end."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from dreamseed_desktop.cli import main
from dreamseed_desktop.services.core import passwords
from dreamseed_desktop.services.core.uow import Database
from dreamseed_desktop.services.people.organizations import OrganizationService
from dreamseed_desktop.services.people.service import PeopleService
from tests.fixtures.people import School, Services

ROSTER = "이름,이메일,학번,학년,반\n홍길동,hong@seoul.kr,00123,1,1-1\n김영희,young@seoul.kr,00124,1,\n"


def test_create_admin_creates_org_and_hashes_password(db_url: str, owner_db: Database,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["create-admin", "--database-url", db_url, "--email", "Head@Seoul.kr",
                 "--name", "교장", "--organization", "서울고등학교", "--password", "s3cret-pass"])
    out = capsys.readouterr().out
    assert code == 0 and "Created organization '서울고등학교'" in out
    org = OrganizationService(owner_db).find_by_name("서울고등학교")
    assert org is not None
    admin = PeopleService(owner_db).get_by_email("head@seoul.kr")
    assert (admin.role, admin.organization_id, admin.has_password) == ("admin", org.id, True)
    code = main(["create-admin", "--database-url", db_url, "--email", "second@seoul.kr",
                 "--name", "교감", "--organization", "서울고등학교", "--password", "another-pass"])
    assert code == 0 and "Created organization" not in capsys.readouterr().out
    assert OrganizationService(owner_db).get(org.id).people_count == 2


def test_create_admin_errors(db_url: str, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["create-admin", "--database-url", db_url, "--email", "bad", "--name", "X",
                 "--organization", "S", "--password", "long-enough"]) == 1
    assert "not a valid email" in capsys.readouterr().err
    assert main(["create-admin", "--database-url", db_url, "--email", "a@s.kr", "--name", "X",
                 "--organization", "S", "--password", "short"]) == 1
    assert "at least 8" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin-pw\n"))
    assert main(["create-admin", "--database-url", db_url, "--email", "a@s.kr", "--name", "X",
                 "--organization", "S"]) == 0


def test_create_admin_prompts_with_getpass(db_url: str, owner_db: Database,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Tty())
    answers = iter(["typed-password", "typed-password"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["create-admin", "--database-url", db_url, "--email", "p@s.kr", "--name", "P",
                 "--organization", "S"]) == 0
    with owner_db.session(readonly=True) as s:
        from sqlalchemy import text
        salt, digest = s.execute(text("SELECT salt, verifier FROM auth.credentials")).one()
    assert digest == passwords.stored_hash(passwords.proof("typed-password", salt))


def _write(tmp_path: Path, body: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "roster.csv"
    path.write_bytes(body.encode(encoding))
    return path


def test_import_dry_run_then_real(db_url: str, svc: Services, school: School, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, ROSTER, "cp949")
    args = ["import", "roster", str(path), "--organization", "서울고등학교", "--database-url", db_url]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Encoding: cp949" in out and "Dry run" in out
    assert "+ line 2: create student 홍길동 <hong@seoul.kr> grade 1 number 00123" in out
    assert "> line 2: enroll hong@seoul.kr in 1-1" in out
    assert svc.people.list(organization_id=school.org.id).total == 7
    assert main(args) == 0
    assert "2 created, 0 updated, 0 unchanged, 1 enrollments added" in capsys.readouterr().out
    assert svc.people.get_by_email("hong@seoul.kr").student_number == "00123"
    assert main(args) == 0
    assert "0 created, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_import_prints_every_bad_row_and_fails(db_url: str, svc: Services, school: School,
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    body = ROSTER + "나쁜메일,bad-mail,00125,1,\n없는반,x@seoul.kr,00126,1,9-9\n,y@seoul.kr,1,1,\n"
    path = _write(tmp_path, body)
    code = main(["import", "roster", str(path), "--organization", str(school.org.id),
                 "--database-url", db_url])
    err = capsys.readouterr().err
    assert code == 1
    assert "3 row(s) have problems; nothing was imported." in err
    assert "line 4 (email): 'bad-mail' is not a valid email address." in err
    assert "line 5 (class): Unknown class 9-9" in err
    assert "line 6 (name): The name is missing." in err
    assert svc.people.list(organization_id=school.org.id).total == 7


def test_import_options_and_missing_things(db_url: str, school: School, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "성명,메일주소,학년\n최학생,choi@seoul.kr,2\n")
    base = ["import", "roster", str(path), "--database-url", db_url]
    assert main([*base, "--organization", "서울고등학교", "--map", "email=메일주소",
                 "--encoding", "utf-8", "--dry-run"]) == 0
    assert main([*base, "--organization", "없는학교"]) == 1
    assert "no organization named" in capsys.readouterr().err
    assert main([*base, "--organization", "서울고등학교", "--map", "email"]) == 1
    assert "FIELD=HEADER" in capsys.readouterr().err
    assert main(["import", "roster", str(tmp_path / "nope.csv"), "--organization", "서울고등학교",
                 "--database-url", db_url]) == 1
    assert "Cannot read" in capsys.readouterr().err


def test_export_class_and_organization(db_url: str, svc: Services, school: School, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    svc.enrollment.bulk_enroll(school.klass.id, [s.student_id for s in school.students[:3]])
    out = tmp_path / "class.csv"
    assert main(["export", "roster", "--class", str(school.klass.id), "--out", str(out),
                 "--database-url", db_url]) == 0
    assert "Wrote 3 people" in capsys.readouterr().out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["student_number"] for r in rows] == ["00001", "00002", "00003"]
    whole = tmp_path / "org.csv"
    assert main(["export", "roster", "--organization", "서울고등학교", "--out", str(whole),
                 "--database-url", db_url]) == 0
    assert "Wrote 7 people" in capsys.readouterr().out
    assert main(["export", "roster", "--class", "999", "--out", str(whole),
                 "--database-url", db_url]) == 1
    assert "Class 999 does not exist" in capsys.readouterr().err


def test_import_roster_warns_about_lost_leading_zeros(db_url: str, svc: Services, school: School,
                                                      tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The school's 학번 00001 (seeded) comes back as 1 from a file Excel opened: the dry run
    says so and would change nothing."""
    src = tmp_path / "excel.csv"
    src.write_text("이름,학번,학년\n학생01,1,2\n", encoding="utf-8")
    assert main(["import", "roster", str(src), "--dry-run", "--organization", str(school.org.id),
                 "--database-url", db_url]) == 0
    out = capsys.readouterr().out
    assert "! line 2" in out and "00001" in out
    assert "would create 0, update 0, leave 1 unchanged" in out
