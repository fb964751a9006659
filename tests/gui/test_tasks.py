"""The one shape of background work (ui/tasks.py): done, error, progress, cancel, stale answers, stop —
and the model worker's chat stream through it, hung up mid-read by a cancel or by stop()."""
from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread

from liblitz_app.errors import UserError
from liblitz_app.ui.llm_worker import LlmWorker
from liblitz_app.ui.tasks import Lane, LaneStuck, Task, run_task
from tests.helpers.fake_ollama import FakeOllama, Reply
from tests.helpers.threads import ThreadWatch

TIMEOUT = 10000
REPLY = "Je me souviens de ta journée à Lyon avec Marc, et de ce que tu m'en as dit."


class Outcomes:
    """A done-callback that records what it was given, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[object, str | None]] = []
        self.threads: list[str] = []

    def __call__(self, result: object, error: str | None) -> None:
        self.calls.append((result, error))
        self.threads.append(threading.current_thread().name)


@pytest.fixture
def lane() -> Iterator[Lane]:
    lane = Lane("test-lane")
    yield lane
    lane.stop(timeout_s=5)



def test_the_work_runs_on_the_lane_and_its_result_comes_back_on_the_gui_thread(qtbot, lane: Lane) -> None:
    done = Outcomes()
    task = lane.submit(lambda task: (threading.current_thread().name, 42), done)
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT) as succeeded:
        pass
    assert done.calls == [(("test-lane", 42), None)]
    assert done.threads == [threading.main_thread().name]
    assert succeeded.args == [("test-lane", 42)]


def test_tasks_run_one_at_a_time_in_the_order_given(qtbot, lane: Lane) -> None:
    seen: list[int] = []
    tasks = [lane.submit(lambda task, n=n: seen.append(n)) for n in range(20)]
    with qtbot.waitSignal(tasks[-1].ended, timeout=TIMEOUT):
        pass
    assert seen == list(range(20))


def test_an_exception_becomes_a_sentence_and_its_traceback_goes_to_the_log(qtbot, lane: Lane, caplog) -> None:
    def broken(task: Task) -> None:
        raise ZeroDivisionError("a bug")
    done = Outcomes()
    with caplog.at_level(logging.ERROR, logger="liblitz"), qtbot.waitSignal(lane.submit(broken, done).failed,
                                                                           timeout=TIMEOUT) as failed:
        pass
    assert done.calls == [(None, failed.args[0])]
    assert "ZeroDivisionError" in failed.args[0]  # a sentence naming the kind, not a traceback
    assert any(record.exc_info and record.exc_info[0] is ZeroDivisionError for record in caplog.records)


def test_a_user_facing_error_keeps_its_sentence(qtbot, lane: Lane) -> None:
    def refused(task: Task) -> None:
        raise UserError("Le fichier « {name} » est vide : il n'y a rien à importer.", name="vide.csv")
    with qtbot.waitSignal(lane.submit(refused).failed, timeout=TIMEOUT) as failed:
        pass
    assert failed.args == ["Le fichier « vide.csv » est vide : il n'y a rien à importer."]


def test_progress_and_pieces_arrive_in_order_before_the_outcome(qtbot, lane: Lane) -> None:
    def work(task: Task) -> str:
        for n in range(1, 4):
            task.report(n, 3)
            task.send(f"morceau {n}")
        return "fini"
    task = lane.submit(work)
    progress, pieces = [], []
    task.progress.connect(lambda done, total: progress.append((done, total)))
    task.piece.connect(pieces.append)
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT):
        pass
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert pieces == ["morceau 1", "morceau 2", "morceau 3"]


def test_cancel_ends_a_blocking_call_through_its_hang_up(qtbot, lane: Lane) -> None:
    hung_up = threading.Event()
    started = threading.Event()

    def work(task: Task) -> str:
        task.on_cancel(hung_up.set)  # e.g. shutting an HTTP socket down
        started.set()
        hung_up.wait()
        return "arrêté" if task.cancelled() else "fini"
    task = lane.submit(work)
    started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT) as succeeded:
        pass
    assert succeeded.args == ["arrêté"] and task.cancelled()


def test_a_newer_task_under_the_same_key_overtakes_the_older_one(qtbot, lane: Lane) -> None:
    owner = QObject()
    gate = threading.Event()
    ran: list[str] = []
    older, newer, newest = Outcomes(), Outcomes(), Outcomes()

    started = threading.Event()

    def slow(task: Task) -> str:
        ran.append("older")
        started.set()
        gate.wait(5)
        return "older"
    first = lane.submit(slow, older, owner=owner, key="search")
    started.wait(5)
    second = lane.submit(lambda task: ran.append("newer") or "newer", newer, owner=owner, key="search")
    third = lane.submit(lambda task: ran.append("newest") or "newest", newest, owner=owner, key="search")
    assert first.cancelled() and first.stale and second.stale and not third.stale
    gate.set()
    with qtbot.waitSignals([first.ended, second.ended, third.ended], timeout=TIMEOUT):
        pass
    assert older.calls == [] and newer.calls == []  # dropped, never delivered
    assert newest.calls == [("newest", None)]
    assert ran == ["older", "newest"]  # overtaken before it started: `newer` never ran


def test_a_driven_task_delivers_what_its_driver_sends_and_keeps_the_stale_rule(qtbot) -> None:
    owner, pieces, first_done, second_done = QObject(), [], Outcomes(), Outcomes()
    first = Task.driven(first_done, owner=owner, key="reply")
    first.piece.connect(pieces.append)
    first.send("Bon")
    with qtbot.waitSignal(first.ended, timeout=TIMEOUT):
        first.finish("Bonjour", None)
    assert pieces == ["Bon"] and first_done.calls == [("Bonjour", None)]
    older = Task.driven(Outcomes(), owner=owner, key="reply")
    newer = Task.driven(second_done, owner=owner, key="reply")
    assert older.stale and older.cancelled() and not newer.stale
    with qtbot.waitSignals([older.ended, newer.ended], timeout=TIMEOUT):
        older.finish("trop tard", None)
        newer.finish(None, "Le modèle s'est arrêté.")
    assert second_done.calls == [(None, "Le modèle s'est arrêté.")]
    del first, older, newer  # before their owner: as in the window, where the pane holding them is the owner


def test_a_task_does_not_keep_its_owner_alive(qtbot) -> None:
    # A task holding its owner destroyed it while being destroyed itself: the owner's `destroyed` then
    # called into the half-deleted task (a segfault).
    owner, done = QObject(), Outcomes()
    task = Task.driven(done, owner=owner, key="reply")
    with qtbot.waitSignal(task.ended, timeout=TIMEOUT):
        task.finish("Bonjour", None)
    gone = []
    owner.destroyed.connect(lambda: gone.append(True))
    del owner
    assert gone == [True]  # the task did not keep it
    assert not task.is_current()
    del task


def test_an_overtaken_write_still_runs_to_its_end(qtbot, lane: Lane) -> None:
    owner = QObject()
    gate, started = threading.Event(), threading.Event()
    written: list[str] = []
    lane.submit(lambda task: (started.set(), gate.wait(5)), owner=owner)  # keeps the lane busy
    started.wait(5)
    first = lane.submit(lambda task: written.append("first"), owner=owner, key="say", skip=False)
    second = lane.submit(lambda task: written.append("second"), owner=owner, key="say", skip=False)
    assert first.stale and not first.cancelled()  # its answer will be dropped, but it is not stopped
    gate.set()
    with qtbot.waitSignals([first.ended, second.ended], timeout=TIMEOUT):
        pass
    assert written == ["first", "second"]


def test_other_keys_and_other_owners_are_not_overtaken(qtbot, lane: Lane) -> None:
    one, other = QObject(), QObject()
    outcomes = [Outcomes() for _ in range(3)]
    tasks = [lane.submit(lambda task: 1, outcomes[0], owner=one, key="a"),
             lane.submit(lambda task: 2, outcomes[1], owner=one, key="b"),
             lane.submit(lambda task: 3, outcomes[2], owner=other, key="a")]
    with qtbot.waitSignals([t.ended for t in tasks], timeout=TIMEOUT):
        pass
    assert [o.calls for o in outcomes] == [[(1, None)], [(2, None)], [(3, None)]]


def test_the_answer_for_a_deleted_owner_is_dropped(qtbot, lane: Lane) -> None:
    owner = QObject()
    gate = threading.Event()
    done = Outcomes()
    task = lane.submit(lambda task: gate.wait(5), done, owner=owner)
    shiboken6.delete(owner)
    assert task.cancelled() and task.stale
    gate.set()
    with qtbot.waitSignal(task.ended, timeout=TIMEOUT):
        pass
    assert done.calls == []


def test_stop_cancels_the_job_in_flight_and_the_thread_ends(qtbot) -> None:
    lane = Lane("test-stop")
    started, hung_up = threading.Event(), threading.Event()

    def work(task: Task) -> None:
        task.on_cancel(hung_up.set)
        started.set()
        hung_up.wait()
    lane.submit(work)
    started.wait(5)
    lane.stop(timeout_s=5)
    assert not lane.running


def test_stop_says_so_when_a_job_will_not_end(qtbot) -> None:
    lane = Lane("test-stuck")
    gate, started = threading.Event(), threading.Event()
    lane.submit(lambda task: (started.set(), gate.wait(5)))  # ignores cancel
    started.wait(5)
    with pytest.raises(LaneStuck):
        lane.stop(timeout_s=0.1)
    gate.set()
    lane.stop(timeout_s=5)
    assert not lane.running


def test_run_task_has_a_thread_of_its_own_that_ends_with_it(qtbot) -> None:
    done = Outcomes()
    lane, task = run_task(lambda task: threading.current_thread().name, done, name="test-download")
    with qtbot.waitSignal(task.ended, timeout=TIMEOUT):
        pass
    assert done.calls == [("test-download", None)]
    lane.stop()  # already ended: joins at once
    assert not lane.running


def test_the_watch_names_a_thread_left_running(monkeypatch) -> None:
    watch = ThreadWatch(monkeypatch)
    gate = threading.Event()
    thread = threading.Thread(target=gate.wait, name="forgotten")
    thread.start()
    qthread = QThread()
    qthread.setObjectName("forgotten-qthread")
    qthread.start()
    assert watch.left(grace=0.05) == ["forgotten", "forgotten-qthread"]
    gate.set()
    qthread.quit()
    assert watch.left() == []


# --- the model worker, through the same shape ------------------------------------------------------

@pytest.fixture
def llm(qtbot, fake: FakeOllama) -> Iterator[LlmWorker]:
    worker = LlmWorker(fake.url)
    yield worker
    worker.stop(timeout_s=5)


def test_a_chat_streams_its_pieces_then_the_whole_reply(qtbot, llm: LlmWorker, fake: FakeOllama) -> None:
    fake.script(Reply.text(REPLY))
    done, pieces = Outcomes(), []
    task = llm.chat("gemma3:4b", [{"role": "user", "content": "Tu te souviens de Lyon ?"}], done)
    task.piece.connect(pieces.append)
    with qtbot.waitSignal(task.ended, timeout=TIMEOUT):
        pass
    assert done.calls == [(REPLY, None)]
    assert "".join(pieces) == REPLY and len(pieces) > 1


def test_cancelling_a_chat_hangs_up_a_blocked_read(qtbot, llm: LlmWorker, fake: FakeOllama) -> None:
    thinking = threading.Event()  # never set by the test: the model "thinks" until the fake exits
    fake.script(Reply.stalled(REPLY, thinking, after_chunks=1))
    done = Outcomes()
    task = llm.chat("gemma3:4b", [{"role": "user", "content": "Raconte."}], done)
    with qtbot.waitSignal(task.piece, timeout=TIMEOUT):  # the first words came; the read is now blocked
        pass
    with qtbot.waitSignal(task.failed, timeout=TIMEOUT) as failed:
        task.cancel()
    assert failed.args == ["Demande annulée."]
    assert not thinking.is_set()  # ended by the hang-up, not by the model finishing


def test_stop_with_a_chat_in_flight_hangs_it_up_and_ends_the_thread(qtbot, fake: FakeOllama) -> None:
    thinking = threading.Event()
    fake.script(Reply.stalled(REPLY, thinking, after_chunks=1))
    worker = LlmWorker(fake.url)
    task = worker.chat("gemma3:4b", [{"role": "user", "content": "Raconte."}])
    with qtbot.waitSignal(task.piece, timeout=TIMEOUT):
        pass
    worker.stop(timeout_s=5)  # raises LaneStuck if the blocked read were not hung up
    assert not thinking.is_set()


def test_a_chat_can_be_asked_again_after_a_hang_up(qtbot, llm: LlmWorker, fake: FakeOllama) -> None:
    thinking = threading.Event()
    fake.script(Reply.stalled(REPLY, thinking, after_chunks=1), Reply.text("Oui."))
    first = llm.chat("gemma3:4b", [{"role": "user", "content": "Raconte."}])
    with qtbot.waitSignal(first.piece, timeout=TIMEOUT):
        pass
    first.cancel()
    second = llm.chat("gemma3:4b", [{"role": "user", "content": "Et alors ?"}])
    with qtbot.waitSignal(second.succeeded, timeout=TIMEOUT) as succeeded:
        pass
    assert succeeded.args == ["Oui."]


def test_a_newer_chat_of_the_same_owner_overtakes_one_in_flight(qtbot, llm: LlmWorker, fake: FakeOllama) -> None:
    thinking = threading.Event()
    fake.script(Reply.stalled(REPLY, thinking, after_chunks=1), Reply.text("La suite."))
    pane = QObject()
    older, newer = Outcomes(), Outcomes()
    first = llm.chat("gemma3:4b", [{"role": "user", "content": "Raconte."}], older, owner=pane, key="reply")
    with qtbot.waitSignal(first.piece, timeout=TIMEOUT):
        pass
    second = llm.chat("gemma3:4b", [{"role": "user", "content": "Non, autre chose."}], newer, owner=pane,
                      key="reply")
    with qtbot.waitSignals([first.ended, second.ended], timeout=TIMEOUT):
        pass
    assert older.calls == [] and newer.calls == [("La suite.", None)]
