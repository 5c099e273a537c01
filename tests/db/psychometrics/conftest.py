"""This directory's tests use the simulated school (tests/fixtures/simulated_school.py)."""
from tests.fixtures.simulated_school import school  # noqa: F401
