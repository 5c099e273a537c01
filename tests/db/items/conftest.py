"""This directory's tests use the small school built with plain inserts (tests/fixtures/exams_school.py)."""
from tests.fixtures.exams_school import school  # noqa: F401
