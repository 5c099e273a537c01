"""This directory's tests use the people services' school (tests/fixtures/people.py)."""
from tests.fixtures.people import school, svc  # noqa: F401
