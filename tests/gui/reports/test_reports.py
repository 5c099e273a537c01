"""Student/class reports: data assembly on real data, PDF pages + text + rendering, CSV round trip."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QImage

from dreamseed_desktop.services.stats.reports import ReportService, escape_cell, read_csv, to_csv
from dreamseed_desktop.ui.fonts import load_bundled_fonts
from dreamseed_desktop.ui.reports import write_class_report, write_student_report
from tests.fixtures.simulated_school import SCHOOL_NAME

SHOTS = os.environ.get("DREAMSEED_SCREENSHOTS")  # set to docs/screenshots to refresh the images


@pytest.fixture
def fonts(qapp):
    load_bundled_fonts(qapp)


def pdf_text(path: Path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def render_first_page(pdf: Path, out_prefix: Path) -> QImage:
    """pdftoppm the first page and load it (the PDF must be a real, drawable document)."""
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(out_prefix)],
                   check=True, capture_output=True)
    png = next(out_prefix.parent.glob(out_prefix.name + "*.png"))
    image = QImage(str(png))
    assert not image.isNull()
    return image


def coloured_pixels(image: QImage) -> int:
    """Clearly coloured pixels (chart lines, markers, bars, bands); text is black/grey (0)."""
    return sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
               if image.pixelColor(x, y).hsvSaturation() > 25)


def keep(pdf: Path, name: str) -> None:
    if SHOTS:
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(Path(SHOTS) / name)], check=True)


@pytest.mark.slow
def test_student_report_pdf(owner_db, school, fonts, tmp_path):
    student = school.student_ids[0]
    data = ReportService(owner_db).student_report(student)
    assert data.school_name == SCHOOL_NAME and data.class_names == (school.class_names[0],)
    assert {c.subject for c in data.curves} == {"math", "english"}
    assert data.latest_trajectory is not None and len(data.latest_trajectory.seq) >= 12
    path = tmp_path / "student.pdf"
    pages = write_student_report(data, path)
    n, text = pdf_text(path)
    assert n == pages >= 2
    for expected in (SCHOOL_NAME, data.name, "Learning curve", "Session history",
                     data.generated_at.strftime("%Y-%m-%d")):
        assert expected in text
    assert text.count("Completed") >= data.stats.complete_exams  # one history row per session
    # every score under its name, and the definitions printed with them; no unnamed score column
    for name in ("Correct / answered", "% correct", "θ (ability)", "SE of θ", "95% interval of θ",
                 "Mean θ, ", "Correct / answered: items answered correctly", "Ended by"):
        assert name in text, name
    assert "Score" not in text
    first = data.history[0].score
    assert f"{first.n_correct} / {first.n_answered}" in text
    assert coloured_pixels(render_first_page(path, tmp_path / "s")) > 1000
    keep(path, "report_student")


@pytest.mark.slow
def test_class_report_pdf_and_empty_class(owner_db, school, fonts, tmp_path):
    service = ReportService(owner_db)
    data = service.class_report(school.class_ids[0])
    assert data.stats.n_students == 8 and len(data.distribution.theta) == 8
    assert data.stats.complete_exams < data.stats.total_exams  # two sessions still running
    path = tmp_path / "class.pdf"
    pages = write_class_report(data, path)
    n, text = pdf_text(path)
    assert n == pages >= 2
    for st in data.stats.students:
        assert st.name in text
    assert school.class_names[0] in text and "Ability distribution" in text
    # SE beside θ, means per subject with their SE, ranks with ties; no unnamed score
    for name in ("Latest θ", "SE of θ", "95% interval of θ", "Rank (ties)", "Mean θ", "(SE ",
                 "Per subject"):
        assert name in text, name
    assert "Score" not in text and "Average score" not in text
    e = data.standing[0]
    assert f"{e.score.se:.2f}" in text
    assert coloured_pixels(render_first_page(path, tmp_path / "c")) > 1000
    keep(path, "report_class")
    # a class nobody has tested yet still prints (charts show their "no data" state)
    from dreamseed_desktop.services.classes.service import ClassService
    empty = ClassService(owner_db).create("빈 반", 1, school_year=2026, organization_id=school.org_id)
    path2 = tmp_path / "empty.pdf"
    assert write_class_report(service.class_report(empty.id), path2) >= 1
    assert "빈 반" in pdf_text(path2)[1]


@pytest.mark.slow
def test_class_report_in_korean_names_the_subject_in_korean(owner_db, school, fonts, tmp_path, qapp):
    """Not "과목 math": the subject in the report's header is the school's word for it (the
    school's subjects list, which the main window installs after sign-in)."""
    from dreamseed_desktop.services.items.subjects import SubjectService
    from dreamseed_desktop.ui import i18n
    from dreamseed_desktop.ui.subject_names import install_catalog

    data = ReportService(owner_db).class_report(school.class_ids[0])
    assert data.subject == "math"
    install_catalog(SubjectService(owner_db).catalog(school.org_id))
    i18n.install_language("ko", qapp)
    try:
        write_class_report(data, tmp_path / "ko.pdf")
    finally:
        i18n.install_language("en", qapp)
    text = pdf_text(tmp_path / "ko.pdf")[1]
    assert "수학" in text and "math" not in text


@pytest.mark.slow
def test_csv_exports_round_trip(owner_db, school):
    service = ReportService(owner_db)
    cls = service.class_report(school.class_ids[1])
    raw = service.class_csv(cls)
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    rows = read_csv(raw)
    expected = [(s.name, sub.subject) for s in cls.stats.students for sub in s.subjects]
    assert [(r["name"], r["subject"]) for r in rows] == expected
    by_key = {(s.name, sub.subject): sub for s in cls.stats.students for sub in s.subjects}
    for row in rows:
        sub = by_key[(row["name"], row["subject"])]
        assert float(row["mean_theta"]) == pytest.approx(sub.theta.mean, abs=1e-6)
        assert float(row["mean_theta_se"]) == pytest.approx(sub.theta.se, abs=1e-6)
        assert int(row["complete_sessions"]) == sub.complete_exams
        assert "score" not in " ".join(row)  # no column called score
    student = service.student_report(school.student_ids[3])
    srows = read_csv(service.student_csv(student))
    assert len(srows) == len(student.history)
    assert {r["status"] for r in srows} == {"completed"}
    for r, h in zip(srows, student.history):
        assert int(r["number_correct"]) == h.score.n_correct and int(r["items_answered"]) == h.score.n_answered
        assert float(r["percent_correct"]) == pytest.approx(h.score.percent_correct)
        assert float(r["theta_se"]) == pytest.approx(h.score.se)
    negative = [r for r in srows if r["theta"].startswith("-")]
    assert all(float(r["theta"]) < 0 for r in negative)  # numbers are never escaped


def test_csv_formula_injection_is_escaped():
    nasty = ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "정상 이름"]
    raw = to_csv(["name", "value"], [[n, -1.5] for n in nasty])
    text = raw.decode("utf-8-sig")
    for n in nasty[:5]:
        assert escape_cell(n) == "'" + n
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'-2+3" in text
    assert escape_cell("정상 이름") == "정상 이름" and escape_cell(-0.25) == "-0.25"
    assert [r["name"] for r in read_csv(raw)] == nasty
    assert all(r["value"] == "-1.5" for r in read_csv(raw))


@pytest.mark.slow
def test_student_without_sessions_prints(owner_db, school, fonts, tmp_path):
    from dreamseed_desktop.services.people.service import PeopleService

    person = PeopleService(owner_db).create_student("new@school.kr", "신입생", 1,
                                                    organization_id=school.org_id)
    data = ReportService(owner_db).student_report(person.student_id)
    assert data.curves == () and data.latest_trajectory is None and data.class_names == ()
    path = tmp_path / "new.pdf"
    assert write_student_report(data, path) == 1
    n, text = pdf_text(path)
    assert "신입생" in text and "No completed sessions yet." in text
