"""The exam window's tests read its English texts (tests/fixtures/exam_window.py)."""
import pytest


@pytest.fixture(autouse=True)
def _english_exam_ui(english_exam_ui: None) -> None:
    pass
