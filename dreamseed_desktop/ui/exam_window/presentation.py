"""Qt-free decisions about how things read: time format, keys → choices."""
from __future__ import annotations

import math

LETTERS = "ABCDEFGHIJ"
#: how choices are labelled on screen (Korean tests number them ①–⑤)
CHOICE_MARKS = "①②③④⑤⑥⑦⑧⑨⑩"

def format_remaining(seconds: float | None) -> str:
    """``m:ss`` (or ``h:mm:ss``); empty when the exam has no time limit."""
    if seconds is None:
        return ""
    total = max(0, int(math.ceil(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def choice_for_key(text: str, n_choices: int) -> int | None:
    """``"1".."9"`` or ``"A".."J"`` (any case, also full-width digits) → 1-based choice."""
    if len(text) != 1:
        return None
    ch = text.upper()
    if "１" <= ch <= "９":
        ch = chr(ord(ch) - ord("１") + ord("1"))
    if ch.isdigit() and ch != "0":
        n = int(ch)
    elif ch in LETTERS:
        n = LETTERS.index(ch) + 1
    else:
        return None
    return n if n <= n_choices else None


def progress_fraction(answered: int, max_items: int) -> float:
    """Bar position toward the maximum length (a CAT may stop earlier; never claims more)."""
    if max_items <= 0:
        return 0.0
    return max(0.0, min(1.0, answered / max_items))


def choice_mark(n: int) -> str:
    """The on-screen label of 1-based choice ``n`` (①, ②, …; the plain number past ⑩)."""
    return CHOICE_MARKS[n - 1] if 1 <= n <= len(CHOICE_MARKS) else str(n)
