"""The exam controller with a stub view, fake clock and in-memory server (no Qt)."""
from __future__ import annotations

from dreamseed_desktop.client.journal import AnswerJournal
from dreamseed_desktop.services.core.errors import NotFound, Unavailable
from dreamseed_desktop.ui.exam_window.controller import ExamController
from dreamseed_desktop.ui.exam_window.ports import Notice, Phase, SaveState
from tests.fixtures.exam_fakes import FakeClock, FakeExamServer, QueueRunner, StubView, answer


def make(server: FakeExamServer, journal: AnswerJournal, view: StubView, clock: FakeClock,
         runner: QueueRunner, **kw: object) -> ExamController:
    ctl = ExamController(api=server, journal=journal, view=view, scheduler=clock, runner=runner,
                         exam_id=1, user_id=9, **kw)  # type: ignore[arg-type]
    ctl.start()
    runner.drain()
    return ctl


def shown_seqs(view: StubView) -> list[int]:
    return [args[1] for args in view.calls("show_item")]


def test_answers_every_item_then_shows_result(server, journal, view, clock, runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    assert ctl.phase is Phase.ANSWERING and view.last("set_input_enabled") == (True,)
    assert view.last("set_progress") == (0, 5)
    for k in range(5):
        clock.advance(2.5)
        answer(ctl, runner, 1 if k % 2 == 0 else 2)
    assert shown_seqs(view) == [1, 2, 3, 4, 5]
    assert ctl.phase is Phase.FINISHED
    (result,) = view.last("show_finished")
    assert result.answered == 5 and result.n_correct == 3 and result.percent_correct == 60.0
    assert journal.pending() == [] and len(journal.entries(77)) == 5
    assert [s[1] for s in server.submits] == [1, 2, 3, 4, 5]
    assert all(rt == 2500 for (_, _, _, rt) in server.session.answers.values())
    assert ctl.can_close()
    ctl.done()
    assert view.closed


def test_journal_is_written_before_the_answer_is_sent(server, journal, view, clock, runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    ctl.choose(3)
    ctl.confirm()
    # not yet sent (runner not drained) but already durable on this PC
    (entry,) = journal.pending(77)
    assert (entry.seq, entry.choice, entry.item_id) == (1, 3, 101)
    assert server.submits == []
    assert view.last("set_save_state") == (SaveState.SAVING,)
    assert view.last("set_input_enabled") == (False,)
    runner.drain()
    assert server.submits == [(77, 1, entry.client_uuid)]
    assert journal.pending() == []
    assert view.last("set_save_state") == (SaveState.SAVED,)
    clock.advance(2.1)
    assert view.last("set_save_state") == (SaveState.IDLE,)


def test_keyboard_choices_and_confirm_step(server, journal, view, clock, runner) -> None:
    server.confirm = True
    ctl = make(server, journal, view, clock, runner)
    ctl.confirm()                       # nothing selected: ignored
    assert ctl.phase is Phase.ANSWERING
    ctl.choose(9)                       # out of range: ignored
    assert ctl.selected is None
    ctl.choose(4)
    ctl.confirm()
    assert ctl.phase is Phase.CONFIRMING and view.last("set_confirming") == (4,)
    ctl.cancel_confirm()
    assert ctl.phase is Phase.ANSWERING and view.last("set_confirming") == (None,)
    ctl.choose(2)
    ctl.confirm()
    ctl.confirm()
    runner.drain()
    assert server.session.answers[1][1] == 2
    assert shown_seqs(view) == [1, 2]


def test_outage_freezes_input_and_replays_until_acknowledged(server, journal, view, clock,
                                                             runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    server.online = False
    answer(ctl, runner, 2)
    assert ctl.phase is Phase.OUTAGE
    assert view.last("show_notice") == (Notice.WAITING_SERVER,)
    assert view.last("set_save_state") == (SaveState.WAITING,)
    assert view.last("set_input_enabled") == (False,)
    ctl.choose(3)                        # frozen: ignored
    assert len(journal.pending(77)) == 1
    clock.advance(1.0, runner)           # first retry after 1 s, still down
    clock.advance(2.0, runner)           # second after 2 s more, still down
    submits_tried = server.calls.count("submit")
    assert submits_tried == 3
    server.online = True
    clock.advance(4.0, runner)
    assert ctl.phase is Phase.ANSWERING and shown_seqs(view) == [1, 2]
    assert journal.pending() == [] and len(server.submits) == 1
    assert server.session.answers[1][1] == 2


def test_lost_acknowledgement_is_replayed_exactly_once(server, journal, view, clock,
                                                       runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    server.lose_ack = True               # the server stores the answer, the reply is lost
    answer(ctl, runner, 5)
    assert ctl.phase is Phase.OUTAGE and len(server.submits) == 1
    server.lose_ack = False
    clock.advance(1.0, runner)
    assert ctl.phase is Phase.ANSWERING and shown_seqs(view) == [1, 2]
    assert len(server.submits) == 1      # the replay returned the stored outcome
    (entry,) = journal.entries(77)
    assert entry.outcome is not None and entry.outcome["replayed"] is True


def test_crash_after_journalling_resumes_with_the_same_answer(server, journal, view, clock,
                                                              runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    answer(ctl, runner, 1)
    answer(ctl, runner, 2)
    ctl.choose(3)
    ctl.confirm()
    runner.queue.clear()                 # the process dies before the send happens
    assert len(journal.pending(77)) == 1 and len(server.submits) == 2
    view2, runner2 = StubView(), QueueRunner()
    make(server, journal, view2, clock, runner2)
    assert [s[1] for s in server.submits] == [1, 2, 3]
    assert server.session.answers[3][1] == 3
    assert shown_seqs(view2) == [4]      # resumes at the exact pending item
    assert journal.pending() == []


def test_resume_on_another_pc_shows_the_same_pending_item(server, journal, view, clock, runner,
                                                          tmp_path) -> None:
    ctl = make(server, journal, view, clock, runner)
    answer(ctl, runner, 1)
    assert shown_seqs(view) == [1, 2]
    other = AnswerJournal(tmp_path / "other-pc.sqlite3")
    view2, runner2 = StubView(), QueueRunner()
    ctl2 = make(server, other, view2, clock, runner2)
    assert shown_seqs(view2) == [2] and ctl2.item.item_id == ctl.item.item_id
    assert view2.last("set_progress") == (1, 5)
    other.close()


def test_countdown_from_server_clock_and_deadline(server, journal, view, clock, runner) -> None:
    server.time_limit = 30.0
    ctl = make(server, journal, view, clock, runner)
    assert view.last("set_remaining") == (30.0,)
    clock.advance(10.0, runner)
    assert view.last("set_remaining") == (20.0,)
    server.extra_sec = 60.0              # the proctor extended the time; next step resyncs
    answer(ctl, runner, 1)
    assert view.last("set_remaining") == (80.0,)
    clock.advance(81.0, runner)
    assert Notice.TIME_UP in [a[0] for a in view.calls("show_notice")]
    assert ctl.phase is Phase.FINISHED
    assert view.last("show_finished")[0].answered == 1


def test_heartbeat_notices_pause_and_resume(server, journal, view, clock, runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    ctl.choose(2)
    server.session.status = "suspended"
    clock.advance(15.0, runner)
    assert ctl.phase is Phase.PAUSED
    assert view.last("show_notice") == (Notice.PAUSED,)
    assert view.last("set_input_enabled") == (False,)
    server.session.status = "in_progress"
    clock.advance(3.0, runner)
    assert ctl.phase is Phase.ANSWERING and view.last("set_input_enabled") == (True,)
    assert shown_seqs(view) == [1, 1]    # the same item again, selection cleared
    assert ctl.selected is None


def test_terminated_by_proctor_ends_the_sitting(server, journal, view, clock, runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    server.session.status = "terminated"
    clock.advance(15.0, runner)
    assert ctl.phase is Phase.FINISHED
    assert view.last("show_finished")[0].status == "terminated"


def test_quit_password(server, journal, view, clock, runner) -> None:
    exits: list[bool] = []
    ctl = make(server, journal, view, clock, runner, quit_check=lambda p: p == "proctor",
               on_exit=lambda: exits.append(True))
    ctl.choose(1)
    ctl.confirm()                        # journalled, not sent yet
    assert not ctl.can_close()
    assert ctl.try_quit("guess") is False and not view.closed
    assert ctl.try_quit("proctor") is True
    assert view.closed and exits == [True] and ctl.can_close()
    runner.drain()                       # a late reply must not resurrect the window
    assert view.calls("show_item") == view.calls("show_item")[:1]
    assert len(journal.pending(77)) <= 1


def test_no_quit_password_configured_means_no_way_out(server, journal, view, clock,
                                                      runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    assert ctl.try_quit("") is False and not ctl.can_close()


def test_start_failure_is_shown_and_closable(journal, view, clock, runner) -> None:
    class Closed(FakeExamServer):
        def start(self, exam_id: int):  # type: ignore[override]
            raise NotFound("This exam is closed.")

    ctl = make(Closed(clock=clock.now), journal, view, clock, runner)
    assert ctl.phase is Phase.FAILED
    notice, detail = view.last("show_notice")
    assert notice is Notice.ERROR and detail.message == "This exam is closed."
    assert ctl.can_close()


def test_outage_while_starting_retries(server, journal, view, clock, runner) -> None:
    server.online = False
    ctl = make(server, journal, view, clock, runner)
    assert view.last("show_notice") == (Notice.RECONNECTING,)
    server.online = True
    clock.advance(1.0, runner)
    assert ctl.phase is Phase.ANSWERING and shown_seqs(view) == [1]


def test_outage_while_finishing_retries(server, journal, view, clock, runner) -> None:
    server.n_items = 1
    ctl = make(server, journal, view, clock, runner)
    ctl.choose(1)
    ctl.confirm()
    server_finish = server.finish

    def flaky(session_id: int):
        server.finish = server_finish
        raise Unavailable()

    server.finish = flaky  # type: ignore[method-assign]
    runner.drain()
    assert ctl.phase is Phase.FINISHING
    assert view.last("show_notice") == (Notice.RECONNECTING,)
    clock.advance(1.0, runner)
    assert ctl.phase is Phase.FINISHED and view.last("show_finished")[0].answered == 1


def test_missed_heartbeat_keeps_reading_and_says_offline(server, journal, view, clock,
                                                         runner) -> None:
    ctl = make(server, journal, view, clock, runner)
    server.online = False
    clock.advance(15.0, runner)
    assert ctl.phase is Phase.ANSWERING and view.last("set_input_enabled") == (True,)
    assert view.last("set_save_state") == (SaveState.OFFLINE,)
    server.online = True
    clock.advance(15.0, runner)
    assert view.last("set_save_state") == (SaveState.IDLE,)
