"""The demo school's sittings, taken through the exam API the students use.

Every demo sitting is a real adaptive exam: the demo student is signed in (``auth.login`` with
the student's own password proof), and ``CALL exam.start / exam.submit / exam.finish`` plus
``exam.next_item`` — the same procedures, called by the same client class
(:class:`~dreamseed_desktop.services.exams.api.ExamApi`) — pick the items, score the answers
against the hidden keys and store θ/SE. The seeder only decides what a simulated student of a
given ability answers (3PL response probabilities of the item the server gave).

The sittings lie in the past (months of a school year). The exam API reads the time from
``exam.clock()`` (revision 0020): ``now()`` for everyone, except on the owner's own connection
that has set ``dreamseed.clock`` — which the seeder is. So the server stamps every start, answer
time and end with the simulated time, and nothing else is different from a student's exam.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from dreamseed_desktop.services.core.uow import Database, Identity
from dreamseed_desktop.services.exams.api import ExamApi

# the design of every demo exam (exam.cat_config): a short CAT, randomesque among the five most
# informative items so students do not all see the same items
DEMO_CAT_CONFIG: dict[str, Any] = {"estimator": "eap", "min_items": 8, "max_items": 15,
                                   "se_target": 0.35, "randomesque_k": 5}


@dataclass(frozen=True)
class ItemTruth:
    """What the simulated student's answer depends on: the item's 3PL parameters and key."""

    a: float
    b: float
    c: float
    key: int
    n_choices: int


@dataclass(frozen=True)
class Planned:
    """One sitting to take: who, which exam, when it starts and the student's true ability."""

    when: datetime
    exam_id: int
    student_id: int
    email: str
    true_theta: float
    subject: str


class ClockedExamApi(ExamApi):
    """The student exam API on the owner's connection, with the server clock set per call.

    ``dreamseed.clock`` is a session setting of this connection; ``exam.clock()`` honours it
    only because the connection's login role is the owner (a client's setting is ignored)."""

    def prepare(self) -> None:
        """Demo sittings need no synchronous disk flush per answer (a seed that stops half-way is
        resumed from what was committed)."""
        self._one("SELECT pg_catalog.set_config('synchronous_commit', 'off', false)", ())

    def set_clock(self, when: datetime) -> None:
        """The time the exam API uses for the following calls on this connection."""
        self._one("SELECT pg_catalog.set_config('dreamseed.clock', %s, false)", (when.isoformat(),))

    def clear_clock(self) -> None:
        self._one("SELECT pg_catalog.set_config('dreamseed.clock', '', false)", ())


def take_sitting(api: ClockedExamApi, db: Database, token: str, plan: Planned,
                 items: dict[int, ItemTruth], rng: np.random.Generator) -> datetime:
    """Take one sitting through the exam API as the signed-in student; returns when it ended.

    A sitting left unfinished by an interrupted seed is resumed by ``exam.start``."""
    db.identity = Identity(token=token)
    clock = plan.when
    api.set_clock(clock)
    state = api.start(plan.exam_id)
    clock += timedelta(seconds=int(rng.integers(20, 90)))       # reading the instructions
    median_ms = 55_000 if plan.subject == "math" else 35_000
    finished = state.status in ("completed", "terminated")
    while not finished:
        item = api.next_item(state.session_id)
        if item is None:
            break
        truth = items[item.item_id]
        p = truth.c + (1.0 - truth.c) / (1.0 + np.exp(-truth.a * (plan.true_theta - truth.b)))
        if rng.random() < p:
            choice = truth.key
        else:
            choice = int(rng.choice([x for x in range(1, truth.n_choices + 1) if x != truth.key]))
        ms = int(median_ms * np.exp(rng.normal(0.0, 0.45)) * (1.0 + 0.15 * abs(truth.b - plan.true_theta)))
        clock += timedelta(milliseconds=ms)
        api.set_clock(clock)
        finished = api.submit(state.session_id, item.seq, item.item_id, choice, ms, uuid.uuid4()).finished
    clock += timedelta(seconds=int(rng.integers(5, 30)))
    api.set_clock(clock)
    api.finish(state.session_id)
    return clock
